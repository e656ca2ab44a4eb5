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
    assert belarus["speakers"] == [{"name": "l’Elysée", "canonical": "Elysée"}]
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
    result = run("--help")
    assert result.returncode == 0 and "sentences" in result.stdout


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
def test_ask_json_is_the_contract(tmp_path, real_embedder):
    result = engine_run(
        "ask",
        "what did the Élysée say about Belarus?",
        "--json",
        "-k",
        "2",
        index=tmp_path / "index",
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    answer = json.loads(line)
    assert set(answer) == {"question", "answered", "results"} and answer["answered"] is True
    top = answer["results"][0]
    assert set(top) == ANSWER_KEYS and len(answer["results"]) == 2
    assert "Bélarus" in top["text"] and top["speakers"][0]["canonical"] == "Elysée"
    assert top["article"]["title"].startswith("ce que Emmanuel Macron")
    assert set(top["context"]) == {"before", "after"}


@pytest.mark.slow
def test_ask_reads_one_question_per_line_from_stdin(tmp_path, real_embedder):
    questions = "What was Minsk's position in the morning?\n\nHow do I bake bread?\n"
    result = engine_run("ask", "-", "--json", stdin=questions, index=tmp_path / "index")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    assert "Minsk" in answers[0]["results"][0]["text"] and answers[1]["results"] == []


@pytest.mark.slow
def test_chat_with_piped_input_answers_each_line_and_exits(tmp_path, real_embedder):
    result = engine_run(
        "chat", stdin="elysee belarus troops\nTell me a joke\n", index=tmp_path / "index"
    )
    assert result.returncode == 0, result.stderr
    assert "son intention de retirer ses troupes" in result.stdout
    assert "— l’Elysée, assure" in result.stdout
    assert "do not answer" in result.stdout


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
def test_python_m_bot_serves_until_stopped(tmp_path, real_embedder):
    """The real entry point: long polling against the stand-in, a heartbeat, a clean SIGTERM."""
    import os
    import signal
    import time

    from tests.botapi import TOKEN, BotApi
    from tests.conftest import TEST_DATA

    api = BotApi().start()
    data = tmp_path / "data"
    (data / "models").mkdir(parents=True)
    (data / "models" / "multilingual-e5-small").symlink_to(
        TEST_DATA / "models" / "multilingual-e5-small"
    )
    env = {
        **os.environ,
        "ARTICLE_BOT_DATA": str(data),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": api.base_url,
        "ARTICLE_BOT_SEEDS": str(SEEDS),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
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
            env=env,
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
