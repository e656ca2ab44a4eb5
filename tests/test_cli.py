"""The `article-bot` command line, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
