"""The python-telegram-bot Application: built once, long polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from pathlib import Path
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import handlers
from bot.config import BotSettings
from bot.engine import Engine
from bot.throttle import Throttle

log = logging.getLogger(__name__)

#: Updates processed at once; encoding runs in threads and replies are sent by tasks of their
#: own, so a slot is held only while a question is encoded and searched.
CONCURRENT_UPDATES = 8
#: Connections kept to the Bot API for sending. python-telegram-bot's default is 256; Telegram
#: takes about 30 messages a second, so more than this buys nothing, and httpcore looks over
#: every pooled connection before each request (a burst of replies cost twice the time with
#: 100 connections open).
SEND_CONNECTIONS = 16
HEARTBEAT_SECONDS = 30
#: Inline queries arrive at every keystroke: their budget is this many times the questions'.
INLINE_BUDGET = 5
#: Long-polling wait of getUpdates (s): a live bot completes a call at least this often.
POLL_TIMEOUT = 10
#: Stands for "python-telegram-bot's own AIORateLimiter" in `build_application`.
TELEGRAM_PACE = object()


class Liveness:
    """When the bot last heard from Telegram: the heartbeat and the stall watchdog read it.

    Fed by every successful getUpdates (long polling) or webhook check, so a bot whose polling
    died (a revoked token ends python-telegram-bot's polling loop, the process stays up) stops
    looking healthy.
    """

    def __init__(self) -> None:
        self.last = time.time()

    def alive(self) -> None:
        self.last = time.time()

    def silent_for(self) -> float:
        return time.time() - self.last


class PollingRequest(HTTPXRequest):
    """The getUpdates connection; each call Telegram answers with 200 marks the bot alive."""

    def __init__(self, liveness: Liveness, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.liveness = liveness

    async def do_request(self, *args: object, **kwargs: object) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)  # type: ignore[arg-type]
        if 200 <= code < 300:
            self.liveness.alive()
        return code, payload


COMMANDS = {
    "fr": [
        ("start", "Présentation et exemples"),
        ("help", "Comment poser une question"),
        ("sources", "Qui est cité"),
        ("article", "Les articles"),
        ("about", "Comment les réponses sont trouvées"),
        ("add", "Ajouter un article (lien)"),
    ],
    "en": [
        ("start", "Introduction and examples"),
        ("help", "How to ask"),
        ("sources", "Who is quoted"),
        ("article", "The articles"),
        ("about", "How answers are found"),
        ("add", "Add an article (link)"),
    ],
}

#: Documents the bot reads as articles to add.
ARTICLE_FILES = (
    filters.Document.FileExtension("txt")
    | filters.Document.FileExtension("html")
    | filters.Document.FileExtension("htm")
)
UNSUPPORTED = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
)


class RedactToken(logging.Filter):
    """Replace the bot token wherever it would reach a log line (URLs of failed requests)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "<token>")
            record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = (
                logging.Formatter().formatException(record.exc_info).replace(self.token, "<token>")
            )
        return True


def protect_logs(token: str) -> None:
    """httpx logs every request URL (token included) at INFO: keep it at WARNING, and redact."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    redactor = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)


def build_application(
    settings: BotSettings,
    engine: Engine,
    heartbeat: Path | None = None,
    rate_limiter: BaseRateLimiter | object | None = TELEGRAM_PACE,
) -> Application:
    """The Application with its services in `bot_data` and every handler registered.

    Args:
        heartbeat: a file touched with the time of the last update from Telegram (the
            container healthcheck reads its age); with it, a bot cut off for
            `settings.stall_seconds` stops itself so that its process manager restarts it.
        rate_limiter: python-telegram-bot's `AIORateLimiter` by default (Telegram's limits:
            about 30 messages a second, 20 a minute per group); tests of the handlers that are
            not about pacing pass None.
    """
    liveness = Liveness()
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .arbitrary_callback_data(True)
        .concurrent_updates(CONCURRENT_UPDATES)
        .connection_pool_size(SEND_CONNECTIONS)
        .connect_timeout(settings.timeout)
        .read_timeout(settings.timeout)
        .write_timeout(settings.timeout)
        .pool_timeout(settings.timeout)
        .get_updates_request(
            PollingRequest(
                liveness,
                connection_pool_size=1,
                connect_timeout=settings.timeout,
                read_timeout=settings.timeout + POLL_TIMEOUT,
                write_timeout=settings.timeout,
                pool_timeout=settings.timeout,
            )
        )
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if rate_limiter is TELEGRAM_PACE:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    elif rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)  # type: ignore[arg-type]
    if settings.base_url:
        builder = builder.base_url(settings.base_url).base_file_url(
            settings.base_url.removesuffix("/bot") + "/file/bot"
        )
    application = builder.build()
    application.bot_data.update(
        {
            handlers.ENGINE: engine,
            handlers.THROTTLE: Throttle(settings.rate_limit, settings.rate_window),
            handlers.INLINE_THROTTLE: Throttle(
                settings.rate_limit * INLINE_BUDGET, settings.rate_window
            ),
            handlers.ADD_THROTTLE: Throttle(settings.add_limit, 3600.0),
            handlers.SETTINGS: settings,
            "heartbeat": heartbeat,
            "liveness": liveness,
            "stalled": False,
        }
    )
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("sources", handlers.sources))
    application.add_handler(CommandHandler("article", handlers.article))
    application.add_handler(CommandHandler("about", handlers.about))
    application.add_handler(CommandHandler("reload", handlers.reload))
    application.add_handler(CommandHandler("add", handlers.add_command))
    application.add_handler(CommandHandler("remove", handlers.remove_command))
    application.add_handler(MessageHandler(ARTICLE_FILES, handlers.document))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    application.add_handler(MessageHandler(UNSUPPORTED, handlers.unsupported))
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline))
    application.add_error_handler(handlers.error_handler)
    return application


async def _post_init(application: Application) -> None:
    """Publish the command menu (optional: an API that refuses it does not stop the bot)."""
    for language, commands in COMMANDS.items():
        try:
            await application.bot.set_my_commands(
                [BotCommand(name, description) for name, description in commands],
                language_code=language if language != "fr" else None,
            )
        except TelegramError as error:
            log.warning("setMyCommands refused (%s); continuing without a command menu", error)
    heartbeat = application.bot_data.get("heartbeat")
    if heartbeat is not None:
        application.bot_data["heartbeat_task"] = asyncio.create_task(_watch(application, heartbeat))
    log.info("serving as @%s", application.bot.username)


async def _watch(application: Application, heartbeat: Path) -> None:
    """Write the heartbeat with the time Telegram was last heard from; stop the bot when that
    is longer ago than the stall limit (python-telegram-bot does not stop by itself when its
    polling loop ends, and compose does not restart an unhealthy container: an exit does)."""
    settings: BotSettings = application.bot_data[handlers.SETTINGS]
    liveness: Liveness = application.bot_data["liveness"]
    interval = min(HEARTBEAT_SECONDS, settings.stall_seconds / 4)
    while True:
        heartbeat.parent.mkdir(parents=True, exist_ok=True)
        heartbeat.write_text(f"{liveness.last:.0f}\n")
        os.utime(heartbeat, (liveness.last, liveness.last))
        silent = liveness.silent_for()
        if silent > settings.stall_seconds:
            log.error(
                "no update from Telegram for %.0f s (polling failed or the webhook is gone); "
                "stopping so that the bot is restarted",
                silent,
            )
            application.bot_data["stalled"] = True
            updater = application.updater
            if updater is not None and updater.running:
                # Stopping re-raises the polling loop's last error (InvalidToken…), logged
                # already; left to run_polling it would escape as a traceback.
                with contextlib.suppress(TelegramError):
                    await updater.stop()
            application.stop_running()
            return
        await asyncio.sleep(interval)
        if settings.webhook_url:
            await _check_webhook(application, settings.webhook_url, liveness)


async def _check_webhook(application: Application, url: str, liveness: Liveness) -> None:
    """In webhook mode nothing polls: the bot is alive while Telegram still posts to its URL."""
    try:
        info = await application.bot.get_webhook_info()
    except TelegramError as error:
        log.warning("cannot check the webhook: %s", error)
        return
    if info.url == url:
        liveness.alive()
    else:
        log.warning("the webhook is set to %r, not %r", info.url, url)


async def _post_shutdown(application: Application) -> None:
    task = application.bot_data.get("heartbeat_task")
    if task is not None:
        task.cancel()


async def check_token(settings: BotSettings, attempts: int = 5) -> str:
    """Ask the Bot API who we are before serving: a rejected token is reported in one line
    (InvalidToken propagates), an unreachable API is retried a few times first.

    Returns:
        The bot's username.
    """
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError

    bot = Bot(settings.token, base_url=settings.base_url or "https://api.telegram.org/bot")
    for attempt in range(attempts):
        try:
            async with bot:
                return bot.username
        except InvalidToken:
            raise
        except NetworkError as error:
            if attempt + 1 == attempts:
                raise
            log.warning("cannot reach the Bot API yet (%s); retrying", error)
            await asyncio.sleep(2 * (attempt + 1))
    raise AssertionError("unreachable")


def serve(settings: BotSettings, engine: Engine, heartbeat: Path | None = None) -> bool:
    """Run until stopped: webhook when TELEGRAM_WEBHOOK_URL is set, else long polling.

    Returns:
        False when the bot stopped itself because Telegram was unreachable for too long.
    """
    protect_logs(settings.token)
    application = build_application(settings, engine, heartbeat)
    if settings.webhook_url:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlparse(settings.webhook_url).path.strip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=POLL_TIMEOUT)
    return not application.bot_data["stalled"]
