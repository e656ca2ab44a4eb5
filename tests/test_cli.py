"""The `article-bot` command line, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

CONTRACT_KEYS = {
    "id",
    "article",
    "kind",
    "paragraph",
    "text",
    "start",
    "end",
    "speakers",
    "cue",
    "quotes",
    "attribution",
    "unattributed_quote",  # added in issue 10; every earlier key keeps its meaning
}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_sentences_json_is_the_contract():
    result = run("sentences", "--json", "--seeds", str(SEEDS))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 12
    assert all(set(row) == CONTRACT_KEYS for row in rows)
    assert {row["attribution"] for row in rows} <= {"direct", "indirect", "according_to", "none"}
    belarus = next(row for row in rows if "Bélarus" in row["text"])
    [elysee] = belarus["speakers"]
    assert (elysee["name"], elysee["canonical"]) == ("l’Elysée", "Elysée")
    assert isinstance(elysee["roles"], list)  # a key added since: the source's other roles
    assert belarus["cue"] == "assure" and belarus["attribution"] == "direct"
    assert "son intention de retirer ses troupes" in belarus["quotes"]


def test_sentences_plain_output_shows_id_speaker_and_text():
    result = run("sentences", "--seeds", str(SEEDS))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "Minsk avait dit" in line)
    unit_id, kind, speaker, text = line.split("\t")
    assert unit_id.startswith("000_c9c287021a9f0b6e:") and kind == "body"
    assert speaker == "Minsk" and text.startswith("Dans la matinée")


def test_missing_seeds_folder_is_one_clear_line_and_exit_2(tmp_path):
    result = run("sentences", "--seeds", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such seeds folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_seeds_folder_without_articles(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    result = run("sentences", "--seeds", str(tmp_path))
    assert result.returncode == 2
    assert "no readable article" in result.stderr and "Traceback" not in result.stderr


def test_help_is_instant_and_lists_commands():
    """`--help` loads none of the heavy libraries (seconds each), so it answers at once."""
    import time

    started = time.monotonic()
    result = run("--help")
    elapsed = time.monotonic() - started
    assert result.returncode == 0 and "sentences" in result.stdout and "prepare" in result.stdout
    assert elapsed < 3.0, f"--help took {elapsed:.1f} s"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from bot.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = {'torch', 'onnxruntime', 'faiss', 'spacy', 'telegram',"
            " 'sentence_transformers'}\nprint(sorted(heavy & set(sys.modules)))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip().splitlines()[-1] == "[]", probe.stdout + probe.stderr


def engine_run(*args: str, stdin: str | None = None, index: Path | None = None, env=None):
    """Run a command that loads the real model (cached in .test-data) and an index in tmp."""
    import os

    from tests.conftest import TEST_DATA

    environment = {**os.environ, "ARTICLE_BOT_DATA": str(TEST_DATA), **(env or {})}
    extra = ["--index", str(index)] if index else []
    return subprocess.run(
        [sys.executable, "-m", "bot", *args, "--seeds", str(SEEDS), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        input=stdin,
        env=environment,
    )


ANSWER_KEYS = {"id", "article", "text", "score", "speakers", "cue", "quotes", "context"}


@pytest.mark.slow
def test_ask_json_is_the_contract(index_copy):
    result = engine_run(
        "ask",
        "what did the Élysée say about Belarus?",
        "--json",
        "-k",
        "2",
        index=index_copy,
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    answer = json.loads(line)
    assert set(answer) == {"question", "answered", "reason", "unquoted", "results"}
    assert answer["answered"] is True and answer["reason"] == "answered"
    assert answer["unquoted"] == []
    top = answer["results"][0]
    assert set(top) == ANSWER_KEYS and len(answer["results"]) == 2
    assert "Bélarus" in top["text"] and top["speakers"][0]["canonical"] == "Elysée"
    assert top["article"]["title"].startswith("ce que Emmanuel Macron")
    assert set(top["context"]) == {"before", "after"}


@pytest.mark.slow
def test_ask_reads_one_question_per_line_from_stdin(index_copy):
    questions = "What was Minsk's position in the morning?\n\nHow do I bake bread?\n"
    result = engine_run("ask", "-", "--json", stdin=questions, index=index_copy)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    assert "Minsk" in answers[0]["results"][0]["text"] and answers[1]["results"] == []


@pytest.mark.slow
def test_ask_json_says_why_a_question_is_not_answered(index_copy):
    questions = (
        "What did Justin Trudeau say about Belarus?\n"
        "merci !\n"
        "What's a good recipe for banana bread?\n"
    )
    result = engine_run("ask", "-", "--json", stdin=questions, index=index_copy)
    assert result.returncode == 0, result.stderr
    trudeau, thanks, recipe = [json.loads(line) for line in result.stdout.splitlines()]
    assert trudeau["reason"] == "source_not_quoted" and trudeau["unquoted"] == ["Justin Trudeau"]
    assert thanks["reason"] == "small_talk" and thanks["results"] == []
    assert recipe["reason"] == "not_in_articles" and recipe["unquoted"] == []
    assert not any(a["answered"] for a in (trudeau, thanks, recipe))


@pytest.mark.slow
def test_chat_says_in_words_who_is_not_quoted_and_who_is(index_copy):
    result = engine_run("chat", stdin="Qu'a dit Justin Trudeau ?\nbonjour\n", index=index_copy)
    assert result.returncode == 0, result.stderr
    not_quoted, greeting = result.stdout.strip().split("\n")
    assert "Justin Trudeau n’est pas cité" in not_quoted and "Elysée" in not_quoted
    assert greeting.startswith("Bonjour !") and "«" in greeting


@pytest.mark.slow
def test_chat_with_piped_input_answers_each_line_and_exits(index_copy):
    result = engine_run(
        "chat",
        stdin="elysee belarus troops\nWhat will the weather be in Lyon tomorrow?\nTell me a joke\n",
        index=index_copy,
    )
    assert result.returncode == 0, result.stderr
    assert "son intention de retirer ses troupes" in result.stdout
    assert "— l’Elysée, assure" in result.stdout
    assert "do not answer" in result.stdout
    assert "I’m a bot that answers questions" in result.stdout  # a joke is not what it is for


@pytest.mark.slow
def test_build_reports_what_it_indexed(tmp_path, real_embedder):
    result = engine_run("build", index=tmp_path / "index")
    assert result.returncode == 0, result.stderr
    assert "indexed 12 units of 1 article(s) with multilingual-e5-small" in result.stdout


def test_unknown_model_is_one_line_and_exit_2(tmp_path):
    result = engine_run("ask", "question", "--model", "./no/such/model", index=tmp_path / "i")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "EMBEDDING_MODEL" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("token", "message"),
    [("", "TELEGRAM_BOT_TOKEN is not set"), ("12345", "does not look like a bot token")],
    ids=["missing", "malformed"],
)
def test_serve_without_a_usable_token_is_one_line_and_exit_2(tmp_path, token, message):
    result = engine_run("serve", index=tmp_path / "i", env={"TELEGRAM_BOT_TOKEN": token})
    assert result.returncode == 2
    assert message in result.stderr and result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_serve_with_a_token_telegram_rejects_is_one_line_and_exit_2(tmp_path, real_embedder):
    from tests.botapi import BotApi

    api = BotApi(token="999999999:" + "B" * 35).start()  # knows another token: 401 for ours
    try:
        result = engine_run(
            "serve",
            index=tmp_path / "i",
            env={"TELEGRAM_BOT_TOKEN": "123456789:" + "C" * 35, "TELEGRAM_BASE_URL": api.base_url},
        )
    finally:
        api.stop()
    assert result.returncode == 2, result.stderr
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr and "C" * 35 not in result.stderr


@pytest.mark.slow
def test_python_m_bot_serves_until_stopped(tmp_path, seed_index):
    """The real entry point: long polling against the stand-in, a heartbeat, a clean SIGTERM."""
    import os
    import signal
    import time

    from tests.botapi import TOKEN, BotApi

    api = BotApi().start()
    process, data = _serve_process(
        tmp_path, seed_index, {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}
    )
    try:
        api.send_text("what did the Élysée say about Belarus?")
        (reply,) = api.wait_for("sendMessage", 1, timeout=240)
        assert "son intention de retirer ses troupes" in reply.params["text"]
        assert api.sent("setMyCommands") and api.sent("deleteWebhook")
        deadline = time.monotonic() + 30
        while not (data / "heartbeat").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        health = subprocess.run(
            [sys.executable, "-m", "bot", "health"],
            env={**os.environ, "ARTICLE_BOT_DATA": str(data)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert health.returncode == 0, health.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=60)
        finally:
            process.kill()
            api.stop()
    assert process.returncode == 0, stderr
    assert TOKEN not in stderr and "Traceback" not in stderr


def _serve_process(tmp_path: Path, seed_index: Path, env: dict[str, str]) -> tuple:
    """`python -m bot` with its data in tmp (the session's seed index, the cached model)."""
    import os

    from tests.conftest import TEST_DATA, copy_seed_index

    data = tmp_path / "data"
    (data / "models").mkdir(parents=True)
    (data / "models" / "multilingual-e5-small").symlink_to(
        TEST_DATA / "models" / "multilingual-e5-small"
    )
    copy_seed_index(seed_index, data / "index")
    environment = {**os.environ, "ARTICLE_BOT_DATA": str(data), "ARTICLE_BOT_SEEDS": str(SEEDS)}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**environment, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return process, data


@pytest.mark.slow
def test_a_bot_cut_off_from_telegram_stops_and_stops_looking_healthy(tmp_path, seed_index):
    """A revoked token ends python-telegram-bot's polling while the process stays up: the
    heartbeat stops at the last update received, and after the stall limit the bot exits
    non-zero, so that Docker's `restart:` brings it back (compose never restarts a merely
    unhealthy container)."""
    import os
    import time

    from tests.botapi import TOKEN, BotApi

    api = BotApi().start()
    process, data = _serve_process(
        tmp_path,
        seed_index,
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "TELEGRAM_STALL_SECONDS": "4",
        },
    )
    try:
        api.send_text("What did Minsk say?")
        assert api.wait_for("sendMessage", 1, timeout=120), "the bot never answered"
        api.token = "999999999:" + "B" * 35  # the token is revoked: getUpdates now gets 401
        revoked = time.time()
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
        api.stop()
    assert process.returncode == 1, stderr
    assert "no update from Telegram for 4 s" in stderr and TOKEN not in stderr
    # A long poll already waiting when the token was revoked still ends in a 200, up to the
    # stand-in's one-second hold later; a heartbeat still beating would be 4 s on.
    assert os.stat(data / "heartbeat").st_mtime <= revoked + 2
    health = subprocess.run(
        [sys.executable, "-m", "bot", "health", "--max-age", "2"],
        env={**os.environ, "ARTICLE_BOT_DATA": str(data)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert health.returncode == 1 and "unhealthy" in health.stderr


def test_a_webhook_without_a_secret_does_not_start(tmp_path):
    result = engine_run(
        "serve",
        index=tmp_path / "i",
        env={
            "TELEGRAM_BOT_TOKEN": "123456789:" + "A" * 35,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram",
        },
    )
    assert result.returncode == 2 and "TELEGRAM_WEBHOOK_SECRET" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def _outside_address() -> str | None:
    """This machine's address on its default route (not loopback), if it has one."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.mark.slow
def test_the_webhook_listens_on_loopback_and_refuses_forged_updates(tmp_path, seed_index):
    """The audit's attack: a POST without the secret, claiming an administrator's id, asking for
    /reload. It gets 403 and nothing is rebuilt; the real update (with the secret) is answered;
    the server is not reachable on the machine's outside address."""
    import socket
    import time

    import httpx

    from tests.botapi import TOKEN, BotApi

    api = BotApi().start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process, _ = _serve_process(
        tmp_path,
        seed_index,
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram",
            "TELEGRAM_WEBHOOK_SECRET": "s3cret-s3cret-s3cret",
            "TELEGRAM_WEBHOOK_PORT": str(port),
            "TELEGRAM_ADMIN_IDS": "7",
            "TELEGRAM_STALL_SECONDS": "4",
        },
    )

    def update(number: int, text: str, user: int) -> dict:
        message = {"message_id": number, "date": 0, "chat": {"id": user, "type": "private"}}
        message |= {"from": api.user(user), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
        return {"update_id": number, "message": message}

    try:
        assert api.wait_for("setWebhook", 1, timeout=120), "the webhook was never set"
        url = f"http://127.0.0.1:{port}/telegram"
        deadline = time.monotonic() + 30
        while True:
            try:
                forged = httpx.post(url, json=update(1, "/reload", 7), timeout=5)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the webhook server never listened"
                time.sleep(0.2)
        wrong = httpx.post(
            url, json=update(2, "/reload", 7), headers={"X-Telegram-Bot-Api-Secret-Token": "no"}
        )
        right = httpx.post(
            url,
            json=update(3, "What did Minsk say?", 42),
            headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-s3cret-s3cret"},
        )
        assert (forged.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
        (reply,) = api.wait_for("sendMessage", 1, timeout=60)
        assert "Minsk avait dit" in reply.params["text"]
        time.sleep(1.0)
        assert len(api.sent()) == 1, "a forged update was acted on"
        outside = _outside_address()
        if outside:
            with pytest.raises(httpx.ConnectError):
                httpx.post(f"http://{outside}:{port}/telegram", json=update(4, "x", 7), timeout=5)
        # No polling in webhook mode: the bot stays alive while Telegram still has its URL.
        assert len(api.wait_for("getWebhookInfo", 5, timeout=30)) >= 5
        assert process.poll() is None, "a live webhook bot stopped itself"
    finally:
        process.terminate()
        process.communicate(timeout=60)
        api.stop()
