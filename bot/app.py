"""The python-telegram-bot Application: built once, long polling or webhook."""

from __future__ import annotations

import asyncio
import logging
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
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import handlers
from bot.config import BotSettings
from bot.engine import Engine
from bot.replies import AnswerCache
from bot.throttle import Throttle

log = logging.getLogger(__name__)

#: Updates processed at once; encoding runs in threads, so one slow question stalls nobody.
CONCURRENT_UPDATES = 8
HEARTBEAT_SECONDS = 30

COMMANDS = {
    "fr": [
        ("start", "Présentation et exemples"),
        ("help", "Comment poser une question"),
        ("sources", "Qui est cité"),
        ("article", "Les articles"),
        ("about", "Comment les réponses sont trouvées"),
    ],
    "en": [
        ("start", "Introduction and examples"),
        ("help", "How to ask"),
        ("sources", "Who is quoted"),
        ("article", "The articles"),
        ("about", "How answers are found"),
    ],
}

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
) -> Application:
    """The Application with its services in `bot_data` and every handler registered."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(CONCURRENT_UPDATES)
        .connect_timeout(settings.timeout)
        .read_timeout(settings.timeout)
        .write_timeout(settings.timeout)
        .pool_timeout(settings.timeout)
        .get_updates_read_timeout(settings.timeout + 25)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url).base_file_url(
            settings.base_url.removesuffix("/bot") + "/file/bot"
        )
    application = builder.build()
    application.bot_data.update(
        {
            handlers.ENGINE: engine,
            handlers.THROTTLE: Throttle(settings.rate_limit, settings.rate_window),
            handlers.ANSWERS: AnswerCache(),
            handlers.SETTINGS: settings,
            "heartbeat": heartbeat,
        }
    )
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("sources", handlers.sources))
    application.add_handler(CommandHandler("article", handlers.article))
    application.add_handler(CommandHandler("about", handlers.about))
    application.add_handler(CommandHandler("reload", handlers.reload))
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
        application.bot_data["heartbeat_task"] = asyncio.create_task(_beat(heartbeat))
    log.info("serving as @%s", application.bot.username)


async def _beat(path: Path) -> None:
    """Touch a file every few seconds: the container healthcheck reads its age."""
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{time.time():.0f}\n")
        await asyncio.sleep(HEARTBEAT_SECONDS)


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


def serve(settings: BotSettings, engine: Engine, heartbeat: Path | None = None) -> None:
    """Run until stopped: webhook when TELEGRAM_WEBHOOK_URL is set, else long polling."""
    protect_logs(settings.token)
    application = build_application(settings, engine, heartbeat)
    if settings.webhook_url:
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.webhook_port,
            url_path=urlparse(settings.webhook_url).path.strip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
