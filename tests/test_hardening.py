"""Hostile messages, floods and faults: the bot keeps answering within Telegram's rules and
loses nothing.

The bot runs for real (python-telegram-bot long-polling the Bot API stand-in over HTTP) in a
thread of its own, so that hypothesis can drive it from ordinary test functions.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import shutil
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import TELEGRAM_PACE, build_application
from bot.engine import Engine
from bot.replies import answer_reply, more_reply
from tests.botapi import BotApi, Call
from tests.conftest import SEEDS, copy_seed_index, make_hash_embedder
from tests.test_bot import SETTINGS, plain
from tests.test_render import assert_valid

pytestmark = pytest.mark.slow


class BotThread:
    """The application polling a fresh stand-in, on an event loop in a daemon thread."""

    def __init__(self, engine: Engine, rate_limiter=TELEGRAM_PACE, **overrides) -> None:
        self.api = BotApi().start()
        self.settings = dataclasses.replace(SETTINGS, base_url=self.api.base_url, **overrides)
        self.application = build_application(self.settings, engine, rate_limiter=rate_limiter)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.run(self._start())

    def run(self, coroutine, timeout: float = 120):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _start(self) -> None:
        await self.application.initialize()
        await self.application.start()
        await self.application.updater.start_polling(poll_interval=0.0, timeout=1)

    async def _stop(self) -> None:
        await self.application.updater.stop()
        await self.application.stop()
        await self.application.shutdown()

    def stop(self) -> None:
        try:
            self.run(self._stop(), timeout=60)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=10)
            self.loop.close()
            self.api.stop()

    def replies_to(self, messages: list[dict], timeout: float = 120) -> dict[int, list[Call]]:
        """Wait (bounded) until every message has a reply; returns replies by message id."""
        wanted = {m["message_id"] for m in messages}
        deadline = time.monotonic() + timeout
        found: dict[int, list[Call]] = {}
        seen = 0  # calls already looked at: the list grows to tens of thousands
        while True:
            with self.api._lock:
                new = self.api.calls[seen:]
            seen += len(new)
            for call in new:
                if call.method != "sendMessage" or call.failed:
                    continue
                target = call.params.get("reply_parameters", {}).get("message_id")
                if target in wanted:
                    found.setdefault(target, []).append(call)
            if len(found) == len(wanted) or time.monotonic() > deadline:
                return found
            time.sleep(0.02)


class Errors(logging.Handler):
    """Collects the bot's ERROR records: its error handler logs every update that failed.
    (python-telegram-bot logs a failed getUpdates at ERROR too, then retries: not ours.)"""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.split(".")[0] in ("bot", "index"):
            self.records.append(record)


@pytest.fixture
def errors() -> Iterator[Errors]:
    handler = Errors()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


def fresh_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "000_c9c287021a9f0b6e.txt", seeds)
    return seeds


# --- what hostile users send -------------------------------------------------------------------

COMMANDS = ["/start", "/help", "/sources", "/article", "/about", "/reload", "/more", "/x", "/"]
INJECTION = [
    "<b>",
    "</blockquote>",
    "<a href='javascript:alert(1)'>x</a>",
    "<script>alert(1)</script>",
    "*bold* _italic_ `code` [link](http://example.com) ~~strike~~ ||spoiler||",
    "&amp; &lt; &#0; &#x110000; &bogus;",
    "\u202eevil\u202c",
]
hostile_text = st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(alphabet=" \t\n\r\u00a0\u2028\u200b\ufeff", min_size=1, max_size=40),
    st.integers(4_000, 100_000).map(lambda n: "é" * n),
    st.text(
        alphabet="\u0627\u0644\u0639\u0631\u0628\u064a\u05e9\u05dc\u05d5\u05dd \u200f\u202b",
        min_size=1,
        max_size=200,
    ),
    st.text(alphabet="🎉😀👍🏽🇫🇷\u200d\ufe0f❤", min_size=1, max_size=100),
    st.text(alphabet=st.characters(max_codepoint=0x1F), min_size=1, max_size=50),
    st.tuples(st.sampled_from(INJECTION), st.text(max_size=100)).map("".join),
    st.tuples(st.sampled_from(COMMANDS), st.text(max_size=100)).map(" ".join),
)


@pytest.fixture(scope="module")
def real_engine(real_embedder, seed_index, tmp_path_factory) -> Engine:
    index = copy_seed_index(seed_index, tmp_path_factory.mktemp("hardening") / "index")
    return Engine(SEEDS, index, real_embedder)


#: Distinct answers the hostile questions produced, rendered once each.
_RENDERED: set[tuple[bool, tuple[str, ...]]] = set()


@settings(
    max_examples=500,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(question=hostile_text)
def test_hostile_questions_through_the_real_answer_path(real_engine, question):
    """The real model and retriever take any text; every distinct answer it gives renders as
    valid Telegram HTML. (Over 12 sentences, 10 000 questions gave the same few dozen answers
    as 1 000, so 500 run here, half the time on the 2-core machine: rendering is fuzzed over
    those answers, and over hostile articles in test_render.py.)"""
    answer = real_engine.search(question)
    assert answer.question is not None
    key = (answer.answered, tuple(hit.unit.id for hit in answer.hits))
    if key in _RENDERED:
        return
    _RENDERED.add(key)
    for language in ("fr", "en"):
        reply = answer_reply(real_engine, answer, language, chat_id=5)
        assert_valid(reply.html)
        if reply.buttons:
            more = reply.buttons.inline_keyboard[0][0].callback_data
            assert_valid(more_reply(more, 5, language).html)


@pytest.fixture(scope="module")
def hashed_bot(tmp_path_factory) -> Iterator[BotThread]:
    """A bot over the word-hash embedder, without Telegram's pace: these tests are about the
    handlers, not ranking (the answer path above uses the real model) and not pacing (the flood
    test below keeps python-telegram-bot's AIORateLimiter). With the pacing, 5 000 replies
    would wait 3 minutes for Telegram's 30 messages a second."""
    engine = Engine(SEEDS, tmp_path_factory.mktemp("hashed-index"), make_hash_embedder())
    running = BotThread(engine, rate_limiter=None)
    yield running
    running.stop()


#: Messages per hypothesis example; 50 examples make 5 000 messages (10 000 until the
#: 2-core machine ran at half speed and the suite reached its 8-minute bound).
BATCH = 100


# a failing batch is 100 messages: hypothesis's report of it is large, and must not hide it
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(
    max_examples=5_000 // BATCH,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    texts=st.lists(hostile_text, min_size=BATCH, max_size=BATCH),
    kinds=st.lists(
        st.sampled_from(["text", "text", "text", "edited", "sticker"]),
        min_size=BATCH,
        max_size=BATCH,
    ),
)
def test_five_thousand_hostile_messages_through_the_handlers(hashed_bot, errors, texts, kinds):
    api = hashed_bot.api
    sent = []
    for number, (message_text, kind) in enumerate(zip(texts, kinds, strict=True)):
        user = 1000 + number
        if kind == "sticker":
            sent.append(api.send_sticker(user_id=user))
        else:
            sent.append(api.send_text(message_text, user_id=user, edited=kind == "edited"))
    replies = hashed_bot.replies_to(sent)
    missing = [m.get("text", "<sticker>")[:80] for m in sent if m["message_id"] not in replies]
    assert not missing, f"no reply to {missing}"
    for message in sent:
        (reply,) = replies[message["message_id"]]  # exactly one reply each
        assert_valid(reply.params["text"])
        assert "Traceback" not in reply.params["text"]
    assert not errors.records, [r.getMessage() for r in errors.records]


def test_unknown_commands_point_to_help(hashed_bot):
    message = hashed_bot.api.send_text("/frobnicate now", user_id=77)
    (reply,) = hashed_bot.replies_to([message])[message["message_id"]]
    assert "/frobnicate" in plain(reply.params["text"]) and "/help" in reply.params["text"]


# --- floods ------------------------------------------------------------------------------------


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _flood(bot: BotThread, users: int, each: int, first_user: int) -> list[dict]:
    questions = [
        "what did the Élysée say about Belarus?",
        "Que pensent les conseillers du président français ?",
        "How long did the phone call last?",
        "Quelle est la recette de la ratatouille ?",
    ]
    sent = []
    for round_ in range(each):
        for user in range(users):
            sent.append(
                bot.api.send_text(
                    questions[(round_ + user) % len(questions)], user_id=first_user + user
                )
            )
    return sent


def _settled_replies(bot: BotThread, expected: int, timeout: float) -> list[Call]:
    """The delivered replies once `expected` have arrived and a further second brings none."""
    bot.api.wait_for("sendMessage", expected, timeout=timeout)
    time.sleep(1.0)
    return bot.api.wait_for("sendMessage", 0, timeout=0)


def test_fifty_users_sending_twenty_messages_each(real_engine, errors):
    """1 000 messages at once, default limit (6 per 30 s), Telegram's pace kept by
    python-telegram-bot's AIORateLimiter: each user's first 6 are answered, the 7th gets the
    one "slow down" notice of the window, the other 13 cost nothing; memory stays bounded."""
    bot = BotThread(real_engine, rate_limit=6, rate_window=30.0)
    try:
        _flood(bot, users=5, each=2, first_user=4000)  # warm up: threads, caches, allocator
        _settled_replies(bot, 5 * 2, timeout=60)
        before_calls = len(bot.api.sent())
        before = _rss_mib()
        started = time.monotonic()
        sent = _flood(bot, users=50, each=20, first_user=5000)
        replies = _settled_replies(bot, before_calls + 50 * 7, timeout=180)[before_calls:]
        elapsed = time.monotonic() - started
        after = _rss_mib()
    finally:
        bot.stop()
    by_message = {m["message_id"]: m for m in sent}
    per_user: dict[int, list[tuple[int, str]]] = {}
    for reply in replies:
        message = by_message[reply.params["reply_parameters"]["message_id"]]
        assert_valid(reply.params["text"])
        per_user.setdefault(message["chat"]["id"], []).append(
            (message["message_id"], plain(reply.params["text"]))
        )
    assert len(per_user) == 50
    for user, got in per_user.items():
        own = [m["message_id"] for m in sent if m["chat"]["id"] == user]
        notices = [target for target, text in got if "Easy" in text or "Doucement" in text]
        served = sorted(target for target, text in got if target not in notices)
        assert served == own[:6], f"user {user}: served {served}, first six {own[:6]}"
        assert notices == [own[6]], f"user {user}: notices on {notices}"
    # Telegram's pace: at most about 30 messages a second after the limiter's first burst.
    times = sorted(r.at for r in replies)
    assert (len(times) - 30) / (times[-1] - times[0]) <= 33, "sent faster than Telegram allows"
    latencies = sorted(
        r.at - bot.api.pushed_at[r.params["reply_parameters"]["message_id"]] for r in replies
    )
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    assert not errors.records, [r.getMessage() for r in errors.records]
    assert after - before < 150, f"memory grew {after - before:.0f} MiB over 1 000 messages"
    print(
        f"\nflood: 1000 messages, {len(replies)} replies in {elapsed:.1f} s; reply latency "
        f"p50 {statistics.median(latencies):.1f} s, p95 {p95:.1f} s; "
        f"RSS {before:.0f} -> {after:.0f} MiB"
    )


# --- one user, or one busy group, must not hold up everyone else ------------------------------


def test_a_user_repeating_commands_gets_one_notice_then_silence(hashed_bot):
    """Commands count against the limit like questions: 40 /help in a group give the limit's
    worth of replies and a single notice, not 40 messages that Telegram makes wait."""
    bot = BotThread(hashed_bot.application.bot_data["engine"], rate_limiter=None, rate_limit=6)
    try:
        group = {"id": -300, "type": "supergroup", "title": "Busy"}
        sent = [bot.api.send_text("/help", user_id=90, chat=group) for _ in range(40)]
        press = {"message_id": 1, "date": 0, "chat": {"id": 90, "type": "private"}, "text": "x"}
        bot.api.press("forged-button-data", press, user_id=90)  # a button counts too
        replies = _settled_replies(bot, 7, timeout=30)
    finally:
        bot.stop()
    texts = [plain(r.params["text"]) for r in replies]
    assert sum("/sources" in t for t in texts) == 6
    assert sum("Easy" in t for t in texts) == 1 and len(texts) == 7
    targets = [r.params["reply_parameters"]["message_id"] for r in replies]
    assert sorted(targets) == [m["message_id"] for m in sent[:7]]
    (answered,) = bot.api.sent("answerCallbackQuery")  # the over-limit button is answered
    assert "Easy" in answered.params.get("text", "")


def test_a_paced_group_does_not_hold_up_a_private_answer(hashed_bot):
    """Telegram allows 20 messages a minute in a group, and the AIORateLimiter waits for it.
    28 users each sending /help in one group leave 8 replies waiting up to 24 s: a private
    question asked meanwhile is still answered at once (the waiting is done by send tasks, not
    by the 8 update slots)."""
    bot = BotThread(hashed_bot.application.bot_data["engine"], rate_limit=1000)
    try:
        group = {"id": -400, "type": "supergroup", "title": "Newsroom"}
        for user in range(28):
            bot.api.send_text("/help", user_id=600 + user, chat=group)
        bot.api.wait_for("sendMessage", 20, timeout=30)
        asked = bot.api.send_text("What did Minsk say?", user_id=700)
        private = bot.replies_to([asked], timeout=30)[asked["message_id"]][0]
        latency = private.at - bot.api.pushed_at[asked["message_id"]]
        delivered = bot.api.wait_for("sendMessage", 29, timeout=60)
        group_replies = [c for c in delivered if c.params["chat_id"] == -400]
    finally:
        bot.stop()
    assert latency < 2.0, f"the private answer waited {latency:.1f} s behind the group"
    assert len(group_replies) == 28
    paced = sorted(c.at for c in group_replies)
    assert paced[-1] - paced[0] > 15, "the group's replies were not paced to Telegram's limit"


# --- faults ------------------------------------------------------------------------------------


def _ask(bot: BotThread, question: str, user_id: int = 42, timeout: float = 120) -> str:
    message = bot.api.send_text(question, user_id=user_id)
    found = bot.replies_to([message], timeout=timeout)
    assert message["message_id"] in found, f"no reply to {question!r}"
    return plain(found[message["message_id"]][-1].params["text"])


def _reload(bot: BotThread) -> str:
    """/reload as the admin; the text of the message that reports the outcome."""
    before = len(bot.api.sent())
    bot.api.send_text("/reload", user_id=7)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        texts = [plain(c.params["text"]) for c in bot.api.sent()[before:] if not c.failed]
        done = [t for t in texts if t.startswith(("Index rebuilt", "The rebuild failed"))]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError("the rebuild never reported back")


def test_index_files_damaged_or_deleted_while_serving(tmp_path, errors, real_embedder, index_copy):
    seeds, index = fresh_seeds(tmp_path), index_copy
    embedder = real_embedder
    bot = BotThread(Engine(seeds, index, embedder))
    try:
        assert "Minsk avait dit" in _ask(bot, "What did Minsk say?")
        build = index / (index / "CURRENT").read_text().strip()
        (build / "vectors.faiss").write_bytes(b"\0" * 10)  # truncated
        (build / "units.jsonl").unlink()
        # The loaded index is in memory: answers go on.
        assert "Minsk avait dit" in _ask(bot, "What did Minsk say?", user_id=43)
        assert _reload(bot).startswith("Index rebuilt: 12 sentences")
        assert "Minsk avait dit" in _ask(bot, "What did Minsk say?", user_id=44)
        shutil.rmtree(index)  # the whole index folder, while serving
        assert "Minsk avait dit" in _ask(bot, "What did Minsk say?", user_id=45)
        assert _reload(bot).startswith("Index rebuilt: 12 sentences")
    finally:
        bot.stop()
    # A restart over a damaged index rebuilds it instead of failing.
    build = index / (index / "CURRENT").read_text().strip()
    (build / "manifest.json").write_text("{not json")
    restarted = Engine(seeds, index, embedder)
    assert "Minsk avait dit" in restarted.search("What did Minsk say?").hits[0].text
    assert not errors.records, [r.getMessage() for r in errors.records]


def test_a_binary_file_dropped_into_the_seeds_is_skipped(
    tmp_path, errors, caplog, real_embedder, index_copy
):
    seeds = fresh_seeds(tmp_path)
    bot = BotThread(Engine(seeds, index_copy, real_embedder))
    try:
        (seeds / "scan.txt").write_bytes(bytes(range(256)) * 64)
        (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(4096))
        with caplog.at_level(logging.WARNING):
            outcome = _reload(bot)
        assert outcome.startswith("Index rebuilt: 12 sentences from 1 article"), outcome
        assert "scan.txt" in caplog.text
        assert "Minsk avait dit" in _ask(bot, "What did Minsk say?")
    finally:
        bot.stop()
    assert not errors.records, [r.getMessage() for r in errors.records]


def test_api_faults_during_a_burst_lose_no_reply(real_engine, errors):
    """429s, 500s, responses slower than the client's timeout and reset connections, mixed
    into a burst of 40 questions: every question still gets its reply."""
    bot = BotThread(real_engine, rate_limit=1000)
    try:
        _burst_with_faults(bot)
    finally:
        bot.stop()
    assert not errors.records, [r.getMessage() for r in errors.records]


def _burst_with_faults(bot: BotThread) -> None:
    api = bot.api
    for mode, times in (("429", 3), ("500", 3), ("slow", 2), ("drop", 3)):
        api.fail("sendMessage", mode, times=times, retry_after=1)
    api.fail("getUpdates", "500", times=1)
    api.fail("getUpdates", "drop", times=1)
    sent = [api.send_text("What did Minsk say?", user_id=9000 + n) for n in range(40)]
    replies = bot.replies_to(sent, timeout=180)
    time.sleep(1.0)  # a duplicate would come now
    replies = bot.replies_to(sent, timeout=0)
    assert len(replies) == 40, f"{40 - len(replies)} questions lost"
    assert all(len(r) == 1 for r in replies.values()), "a reply was delivered twice"
    assert all("Minsk avait dit" in plain(r[0].params["text"]) for r in replies.values())
    assert sum(c.failed for c in api.sent()) == 6  # the 429s and 500s, each sent again
