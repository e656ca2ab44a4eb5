"""Settings from the environment (and an optional `.env`), with the defaults `make run` uses."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
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
    models: Path


def load_dotenv_file(path: Path = Path(".env")) -> None:
    """Read `.env` into the environment without overriding variables already set."""
    if path.is_file():
        from dotenv import load_dotenv

        load_dotenv(path, override=False)


def paths(seeds: Path | None, index: Path | None) -> Paths:
    """Resolve command-line overrides against the environment defaults."""
    data = default_data_dir()
    seeds = seeds or Path(os.environ.get("ARTICLE_BOT_SEEDS", DEFAULT_SEEDS))
    models = Path(os.environ.get("ARTICLE_BOT_MODELS") or data / "models").expanduser()
    return Paths(seeds=seeds, data=data, index=index or data / "index", models=models)


#: A Bot API token: the bot id, a colon, then 35 url-safe characters (BotFather's format).
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable and the fix."""


@dataclass(frozen=True, slots=True)
class BotSettings:
    """Everything `article-bot serve` reads from the environment.

    The token and the webhook secret stay out of ``repr()``: settings end up in logs and
    tracebacks.
    """

    token: str = field(repr=False)
    base_url: str | None
    allowed_ids: frozenset[int]
    admin_ids: frozenset[int]
    language: str
    webhook_url: str | None
    webhook_port: int
    webhook_secret: str | None = field(repr=False)
    rate_limit: int
    rate_window: float
    timeout: float = 15.0
    #: The webhook server's address: loopback behind a reverse proxy that terminates TLS.
    webhook_listen: str = "127.0.0.1"
    #: Anyone allowed to use the bot may add articles (else administrators only), at most
    #: `add_limit` per user per hour.
    open_adding: bool = False
    add_limit: int = 5
    #: Updates unreachable this long (getUpdates failing, or the Bot API in webhook mode): the
    #: bot stops, so that a process manager restarts it instead of keeping a deaf bot "up".
    stall_seconds: float = 300.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> BotSettings:
        env = dict(os.environ if environ is None else environ)
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set; create a bot with @BotFather and set it, "
                "or run `article-bot chat` for the console"
            )
        if not _TOKEN.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected <digits>:<35 "
                "characters> from @BotFather)"
            )
        language = env.get("ARTICLE_BOT_LANGUAGE", "fr").strip().lower() or "fr"
        if language not in ("fr", "en"):
            raise ConfigError(f"ARTICLE_BOT_LANGUAGE={language!r}: use fr or en")
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip() or None
        secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError("TELEGRAM_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and -")
        if webhook_url and not secret:
            # Without it anyone who finds the URL can post updates claiming any user id.
            raise ConfigError(
                "TELEGRAM_WEBHOOK_URL is set without TELEGRAM_WEBHOOK_SECRET; set a secret of "
                "16 or more characters (A-Z, a-z, 0-9, _ and -), e.g. `openssl rand -hex 32`"
            )
        return cls(
            token=token,
            base_url=env.get("TELEGRAM_BASE_URL", "").strip() or None,
            allowed_ids=_ids(env, "TELEGRAM_ALLOWED_IDS"),
            admin_ids=_ids(env, "TELEGRAM_ADMIN_IDS"),
            language=language,
            webhook_url=webhook_url,
            webhook_port=_number(env, "TELEGRAM_WEBHOOK_PORT", 8443),
            webhook_secret=secret,
            rate_limit=_number(env, "ARTICLE_BOT_RATE_LIMIT", 6),
            rate_window=float(_number(env, "ARTICLE_BOT_RATE_WINDOW", 30)),
            timeout=float(_number(env, "TELEGRAM_TIMEOUT", 15)),
            webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            stall_seconds=float(_number(env, "TELEGRAM_STALL_SECONDS", 300)),
            open_adding=env.get("ARTICLE_BOT_OPEN_ADDING", "").strip().lower()
            in ("1", "true", "yes", "on"),
            add_limit=_number(env, "ARTICLE_BOT_ADD_LIMIT", 5),
        )


def _ids(env: dict[str, str], name: str) -> frozenset[int]:
    raw = env.get(name, "").replace(";", ",")
    try:
        return frozenset(int(part) for part in raw.split(",") if part.strip())
    except ValueError as error:
        raise ConfigError(f"{name} must be comma-separated numeric ids, got {raw!r}") from error


def _number(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise ConfigError(f"{name} must be a positive whole number, got {raw!r}")
    return int(raw)
