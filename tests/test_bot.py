"""The Telegram bot end to end: python-telegram-bot long-polling a Bot API stand-in over HTTP."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time
from collections.abc import AsyncIterator

import pytest

from bot.app import build_application, protect_logs
from bot.config import BotSettings
from bot.engine import Engine
from bot.handlers import TYPING_AFTER
from tests.botapi import TOKEN, BotApi
from tests.conftest import SEEDS, copy_seed_index, make_hash_embedder

pytestmark = pytest.mark.slow

SETTINGS = BotSettings(
    token=TOKEN,
    base_url=None,
    allowed_ids=frozenset(),
    admin_ids=frozenset({7}),
    language="fr",
    webhook_url=None,
    webhook_port=8443,
    webhook_secret=None,
    rate_limit=1000,
    rate_window=30.0,
    timeout=2.0,
)


@pytest.fixture(scope="module")
def engine(real_embedder, seed_index, tmp_path_factory) -> Engine:
    index = copy_seed_index(seed_index, tmp_path_factory.mktemp("bot") / "index")
    return Engine(SEEDS, index, real_embedder)


class Running:
    """A bot polling the stand-in; helpers wait (bounded) for what it sends."""

    def __init__(self, api: BotApi, application) -> None:
        self.api = api
        self.application = application

    async def replies(self, count: int, method: str = "sendMessage", timeout: float = 60):
        found = await asyncio.to_thread(self.api.wait_for, method, count, timeout)
        assert len(found) >= count, f"expected {count} {method}, got {len(found)}"
        return found


async def running(engine: Engine, **overrides) -> AsyncIterator[Running]:
    api = BotApi().start()
    settings = dataclasses.replace(SETTINGS, base_url=api.base_url, **overrides)
    application = build_application(settings, engine)
    try:
        async with application:
            await application.start()
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            yield Running(api, application)
            await application.updater.stop()
            await application.stop()
    finally:
        api.stop()


@pytest.fixture
async def bot(engine) -> AsyncIterator[Running]:
    async for started in running(engine):
        yield started


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


async def test_the_belarus_question_is_answered_with_the_elysee(bot):
    bot.api.send_text("what did the Élysée say about Belarus?")
    (reply,) = await bot.replies(1)
    html = reply.params["text"]
    assert "son intention de retirer ses troupes" in html and "<blockquote>" in html
    assert "— <b>l’Elysée</b>, assure" in html
    assert "ce que Emmanuel Macron et Vladimir Poutine" in html and "§ 4" in html
    assert reply.params["parse_mode"] == "HTML" and len(html) <= 4096
    more = reply.params["reply_markup"]["inline_keyboard"][0][0]
    assert "(2)" in more["text"] and len(more["callback_data"].encode()) <= 64


async def test_typing_is_shown_only_while_an_answer_is_slow(tmp_path):
    """An answer found in milliseconds comes without "typing…" (which would cost a round trip
    first, and linger after the reply); one slower than TYPING_AFTER is announced before it."""
    fast = make_hash_embedder()

    class Slow(type(fast)):
        def _encode(self, texts, query, progress):
            if query:
                time.sleep(TYPING_AFTER * 3)
            return super()._encode(texts, query, progress)

    for name, embedder in (("fast", fast), ("slow", Slow())):
        engine = Engine(SEEDS, tmp_path / name, embedder)
        async for started in running(engine):
            started.api.send_text("what did the Élysée say about Belarus?")
            (reply,) = await started.replies(1)
            actions = started.api.sent("sendChatAction")
            if name == "fast":
                assert not actions
            else:
                assert [a.params["action"] for a in actions] == ["typing"]
                assert actions[0].at < reply.at


async def test_more_passages_button(bot):
    message = bot.api.send_text(
        "Que pensent les conseillers du président français ?", language="fr"
    )
    (reply,) = await bot.replies(1)
    data = reply.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert "Autres passages" in reply.params["reply_markup"]["inline_keyboard"][0][0]["text"]
    bot.api.press(
        data, {**message, "from": {"id": 123456789, "is_bot": True, "first_name": "Article"}}
    )
    replies = await bot.replies(2)
    assert "Autres passages :" in replies[1].params["text"]
    assert replies[1].params["text"].count("<blockquote>") == 2
    assert bot.api.wait_for("answerCallbackQuery", 1)


async def test_an_unanswerable_question_says_so_with_a_hint(bot):
    bot.api.send_text("How do I bake bread?")
    (reply,) = await bot.replies(1)
    text = plain(reply.params["text"])
    assert "can’t find the answer" in text and "/sources" in text
    assert "reply_markup" not in reply.params


async def test_asking_for_someone_the_article_does_not_quote_names_who_it_does(bot):
    """Never another speaker's words as Putin's: the reply says he is not quoted, lists who
    is, and each source is a button to its statements."""
    bot.api.send_text("Qu'a déclaré Vladimir Poutine sur les troupes ?")
    (reply,) = await bot.replies(1)
    text = plain(reply.params["text"])
    assert "Vladimir Poutine n’est pas cité" in text and "Elysée" in text
    assert "<blockquote>" not in reply.params["text"]
    buttons = reply.params["reply_markup"]["inline_keyboard"]
    elysee = next(b[0] for b in buttons if "Elysée" in b[0]["text"])
    bot.api.press(
        elysee["callback_data"],
        {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "x"},
    )
    replies = await bot.replies(2)
    assert "Ce que dit" in plain(replies[1].params["text"])


@pytest.mark.parametrize(
    ("message", "start"), [("bonjour", "Bonjour !"), ("thanks!", "You’re welcome!")]
)
async def test_small_talk_gets_a_short_reply_and_a_question_to_try(bot, message, start):
    bot.api.send_text(message)
    (reply,) = await bot.replies(1)
    assert plain(reply.params["text"]).startswith(start)
    assert "<blockquote>" not in reply.params["text"]
    (button,) = reply.params["reply_markup"]["inline_keyboard"][0]
    assert button["text"].startswith(("Qu’a dit", "What did"))


async def test_start_greets_in_the_users_language_with_three_examples(bot):
    bot.api.send_text("/start", language="fr")
    bot.api.send_text("/start", user_id=43, language="en-GB")
    replies = await bot.replies(2)
    by_chat = {r.params["chat_id"]: r.params for r in replies}
    assert (
        by_chat[42]["text"].startswith("Bonjour")
        and "ce que Emmanuel Macron" in by_chat[42]["text"]
    )
    assert by_chat[43]["text"].startswith("Hello")
    buttons = by_chat[43]["reply_markup"]["inline_keyboard"]
    assert len(buttons) == 3 and buttons[0][0]["text"].startswith("What did")


async def test_example_button_asks_the_question(bot):
    bot.api.send_text("/start")
    (greeting,) = await bot.replies(1)
    data = greeting.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    bot.api.press(
        data, {"message_id": 5, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "Hello"}
    )
    replies = await bot.replies(2)
    assert "<blockquote>" in replies[1].params["text"]


async def test_sources_lists_who_is_quoted_with_buttons_to_their_statements(bot):
    bot.api.send_text("/sources")
    (listing,) = await bot.replies(1)
    text = plain(listing.params["text"])
    # One source under every name the article gives it: Paris, l'Elysée, la présidence française.
    assert "Elysée (4) — Paris, présidence française" in text and "Minsk (1)" in text
    buttons = listing.params["reply_markup"]["inline_keyboard"]
    minsk = next(b[0] for b in buttons if b[0]["text"].startswith("Minsk"))
    bot.api.press(
        minsk["callback_data"],
        {"message_id": 9, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "x"},
    )
    replies = await bot.replies(2)
    assert "Minsk avait dit" in replies[1].params["text"]


async def test_forged_and_foreign_buttons_show_nothing_of_others(bot):
    """Buttons carry unguessable keys (python-telegram-bot's arbitrary callback data): a forged
    key, an old-style "more:1", or another chat's "more passages" answer "ask again"."""
    bot.api.send_text("Que pensent les conseillers du président français ?", user_id=42)
    (reply,) = await bot.replies(1)
    data = reply.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    elsewhere = {"message_id": 3, "date": 0, "chat": {"id": 66, "type": "private"}, "text": "x"}
    for forged in ("more:1", "src:²", "0" * 64, data):
        bot.api.press(forged, elsewhere, user_id=66)
    replies = await bot.replies(5)
    answers = [plain(r.params["text"]) for r in replies[1:]]
    assert all("no longer available" in a for a in answers), answers
    assert len(bot.api.wait_for("answerCallbackQuery", 4)) == 4  # every spinner stopped


async def test_a_source_button_survives_a_reload(bot):
    bot.api.send_text("/sources")
    (listing,) = await bot.replies(1)
    buttons = listing.params["reply_markup"]["inline_keyboard"]
    minsk = next(b[0] for b in buttons if b[0]["text"].startswith("Minsk"))
    bot.api.send_text("/reload", user_id=7)
    await bot.replies(3, timeout=120)  # the listing, "rebuilding", "rebuilt"
    chat = {"message_id": 9, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "x"}
    bot.api.press(minsk["callback_data"], chat)
    replies = await bot.replies(4)
    assert "Minsk avait dit" in replies[3].params["text"]


async def test_help_article_and_about(bot):
    for command in ("/help", "/article", "/about"):
        bot.api.send_text(command)
    replies = await bot.replies(3)
    texts = [plain(r.params["text"]) for r in replies]
    assert any("/sources" in t and "@article_test_bot" in t for t in texts)
    assert any("Une heure quarante-cinq" in t for t in texts)
    assert any("multilingual-e5-small" in t and "BM25" in t for t in texts)


async def test_interface_language_follows_the_question(bot):
    bot.api.send_text("Quelle est la capitale de l'Australie ?", language="en")
    (reply,) = await bot.replies(1)
    assert "Je ne trouve pas la réponse" in reply.params["text"]


async def test_stickers_get_a_short_explanation(bot):
    bot.api.send_sticker()
    (reply,) = await bot.replies(1)
    assert "text" in reply.params["text"].lower() or "texte" in reply.params["text"]


async def test_edited_messages_are_answered_again(bot):
    message = bot.api.send_text("How do I bake bread?")
    await bot.replies(1)
    bot.api.send_update(
        "edited_message",
        {**message, "text": "What did Minsk say?", "edit_date": message["date"] + 5},
    )
    replies = await bot.replies(2)
    assert "Minsk avait dit" in replies[1].params["text"]


async def test_huge_and_empty_messages_are_refused_politely(bot):
    bot.api.send_text("x" * 5000)
    bot.api.send_text("   ?  ")
    replies = await bot.replies(2)
    texts = sorted(plain(r.params["text"]) for r in replies)
    assert any("5000 characters" in t for t in texts)
    assert any("Type a question" in t for t in texts)


async def test_markup_in_questions_is_escaped(bot):
    bot.api.send_text("<b>what did</b> the <i>Élysée</i> say about Belarus? & <script>")
    (reply,) = await bot.replies(1)
    assert "<script>" not in reply.params["text"] and "<blockquote>" in reply.params["text"]


async def test_in_groups_only_mentions_replies_and_commands_are_answered(bot):
    group = {"id": -100, "type": "supergroup", "title": "Newsroom"}
    chatter = bot.api.send_text("what did Minsk say?", user_id=50, chat=group)
    mention = bot.api.send_text("@article_test_bot what did Minsk say?", user_id=51, chat=group)
    own = {
        "message_id": 77,
        "date": 0,
        "chat": group,
        "text": "…",
        "from": {"id": 123456789, "is_bot": True, "first_name": "Article"},
    }
    follow_up = bot.api.send_text("and the Élysée?", user_id=52, chat=group, reply_to=own)
    command = bot.api.send_text("/sources@article_test_bot", user_id=53, chat=group)
    replies = await bot.replies(3)
    await asyncio.sleep(1.0)
    assert len(bot.api.sent()) == 3
    targets = {r.params["reply_parameters"]["message_id"]: r.params["text"] for r in replies}
    assert set(targets) == {mention["message_id"], follow_up["message_id"], command["message_id"]}
    assert chatter["message_id"] not in targets
    assert "Minsk avait dit" in targets[mention["message_id"]]
    assert "Elysée (4)" in plain(targets[command["message_id"]])


async def test_inline_mode_offers_the_top_passages(bot):
    bot.api.inline_query("elysee belarus troops")
    (call,) = await bot.replies(1, method="answerInlineQuery")
    results = call.params["results"]
    assert results and "Bélarus" in results[0]["input_message_content"]["message_text"]
    # Never cached for others: with an allow-list, a stranger must not see these results.
    assert call.params["is_personal"] is True


async def test_per_user_rate_limit_is_polite(engine):
    async for bot in running(engine, rate_limit=2):
        for _ in range(3):
            bot.api.send_text("What did Minsk say?", user_id=60)
        bot.api.send_text("What did Minsk say?", user_id=61)
        replies = await bot.replies(4)
        texts = [plain(r.params["text"]) for r in replies]
        assert sum("Easy" in t for t in texts) == 1
        assert sum("Minsk avait dit" in t for t in texts) == 3


async def test_inline_keystrokes_do_not_spend_the_question_budget(engine):
    """Inline queries arrive at every keystroke: typing one inline question must not leave the
    user rate-limited in the chat."""
    async for bot in running(engine, rate_limit=2):
        for typed in ("e", "el", "ely", "elysee", "elysee bel", "elysee belarus"):
            bot.api.inline_query(typed, user_id=80)
        await bot.replies(6, method="answerInlineQuery")
        bot.api.send_text("What did Minsk say?", user_id=80)
        (reply,) = await bot.replies(1)
        assert "Minsk avait dit" in reply.params["text"]


async def test_allow_list_keeps_strangers_out(engine):
    async for bot in running(engine, allowed_ids=frozenset({42})):
        bot.api.send_text("What did Minsk say?", user_id=99)
        bot.api.send_text("What did Minsk say?", user_id=42)
        replies = await bot.replies(2)
        by_chat = {r.params["chat_id"]: plain(r.params["text"]) for r in replies}
        assert "private" in by_chat[99] and "Minsk avait dit" in by_chat[42]


async def test_admin_reload_rebuilds_while_answering(bot):
    bot.api.send_text("/reload", user_id=8)
    (refused,) = await bot.replies(1)
    # To anyone but an administrator the command does not exist.
    assert plain(refused.params["text"]).startswith("I don’t know the command /reload")
    bot.api.send_text("/reload", user_id=7)
    bot.api.send_text("What did Minsk say?", user_id=9)
    replies = await bot.replies(4, timeout=120)
    texts = [plain(r.params["text"]) for r in replies]
    assert any("Minsk avait dit" in t for t in texts)
    assert any(t.startswith("Rebuilding") or t.startswith("Reconstruction") for t in texts)
    assert any("12 sentences" in t or "12 phrases" in t for t in texts)


@pytest.mark.parametrize("mode", ["429", "500", "slow", "drop"])
async def test_api_failures_on_send_lose_nothing_and_duplicate_nothing(bot, mode):
    """A refused send (429, 500) is sent again; one Telegram may have delivered (an answer
    slower than the timeout, a connection dropped after the request) is not: the user sees
    each reply exactly once."""
    bot.api.fail("sendMessage", mode, times=1, retry_after=1)
    bot.api.send_text("What did Minsk say?")
    bot.api.send_text("elysee belarus troops", user_id=43)
    await bot.replies(2, timeout=60)
    await asyncio.sleep(SETTINGS.timeout + 1.5)  # past the client's timeout: a resend shows now
    delivered = bot.api.wait_for("sendMessage", 0, timeout=0)
    texts = [plain(c.params["text"]) for c in delivered]
    assert len(texts) == 2, texts
    assert sum("Minsk avait dit" in t for t in texts) == 1
    assert sum("Bélarus" in t for t in texts) == 1
    assert sum(c.failed for c in bot.api.sent()) == (1 if mode in ("429", "500") else 0)


async def test_optional_calls_refused_by_the_api_do_not_stop_the_bot(engine):
    api_refusals = {"sendChatAction", "setMyCommands", "answerCallbackQuery"}
    async for bot in running(engine):
        bot.api.refuse |= api_refusals
        bot.api.send_text("What did Minsk say?")
        (reply,) = await bot.replies(1)
        assert "Minsk avait dit" in reply.params["text"]


async def test_polling_survives_getupdates_errors(bot):
    bot.api.fail("getUpdates", "500", times=2)
    bot.api.fail("getUpdates", "drop", times=1)
    bot.api.send_text("What did Minsk say?")
    (reply,) = await bot.replies(1, timeout=90)
    assert "Minsk avait dit" in reply.params["text"]


async def test_the_token_never_reaches_the_logs(engine, caplog):
    protect_logs(TOKEN)
    # Even if an operator turns httpx back up (it logs every URL, token included), the
    # redaction filter must hide the token.
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    with caplog.at_level(logging.DEBUG):
        async for bot in running(engine):
            bot.api.send_text("What did Minsk say?")
            await bot.replies(1, timeout=60)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    assert any("<token>" in r.getMessage() for r in caplog.records), "nothing was redacted"
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert all(TOKEN not in (r.exc_text or "") for r in caplog.records)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_webhook_mode_checks_the_secret_token(engine):
    import httpx

    api = BotApi().start()
    settings = dataclasses.replace(SETTINGS, base_url=api.base_url)
    application = build_application(settings, engine)
    try:
        async with application:
            await application.start()
            port = free_port()
            await application.updater.start_webhook(
                listen="127.0.0.1",
                port=port,
                url_path="telegram",
                webhook_url="https://bot.example.org/telegram",
                secret_token="s3cret",
            )
            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": 42, "type": "private"},
                    "from": api.user(42),
                    "text": "What did Minsk say?",
                },
            }
            async with httpx.AsyncClient() as client:
                url = f"http://127.0.0.1:{port}/telegram"
                wrong = await client.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
                )
                right = await client.post(
                    url,
                    json={**update, "update_id": 2},
                    headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"},
                )
            assert wrong.status_code == 403 and right.status_code == 200
            replies = await asyncio.to_thread(api.wait_for, "sendMessage", 1, 60)
            assert len(replies) == 1 and "Minsk avait dit" in replies[0].params["text"]
            webhook = api.sent("setWebhook")[0].params
            assert webhook["url"] == "https://bot.example.org/telegram"
            assert webhook["secret_token"] == "s3cret"
            await application.updater.stop()
            await application.stop()
    finally:
        api.stop()
