"""Settings from the environment (and an optional `.env`), with the defaults `make run` uses."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEEDS = Path("seeds")


def default_data_dir() -> Path:
    """``$ARTICLE_BOT_DATA``, else ``$XDG_DATA_HOME/article-bot`` (~/.local/share/article-bot)."""
    configured = os.environ.get("ARTICLE_BOT_DATA")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "article-bot"


@dataclass(frozen=True, slots=True)
class Paths:
    """Where the articles, the model cache and the index live."""

    seeds: Path
    data: Path
    index: Path


def load_dotenv_file(path: Path = Path(".env")) -> None:
    """Read `.env` into the environment without overriding variables already set."""
    if path.is_file():
        from dotenv import load_dotenv

        load_dotenv(path, override=False)


def paths(seeds: Path | None, index: Path | None) -> Paths:
    """Resolve command-line overrides against the environment defaults."""
    data = default_data_dir()
    seeds = seeds or Path(os.environ.get("ARTICLE_BOT_SEEDS", DEFAULT_SEEDS))
    return Paths(seeds=seeds, data=data, index=index or data / "index")
