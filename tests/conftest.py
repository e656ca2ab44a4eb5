"""Shared paths and helpers for the tests: the read-only development data lives in ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


def shared(*parts: str) -> Path:
    """A file of ../shared; a missing one fails loudly (CI lays shared/ beside the checkout)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read the development data in ../shared")
    return path


def load_json(*parts: str) -> dict:
    return json.loads(shared(*parts).read_text(encoding="utf-8"))


@pytest.fixture
def write_article(tmp_path: Path):
    """Write text (or bytes) as an article file in a fresh seeds folder and return its path."""

    def write(text: str | bytes, name: str = "article.txt") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    return write
