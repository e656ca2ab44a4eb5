"""Telegram callbacks: each reads the update, calls a plain function of `bot.replies`, replies.

Shared services live in ``application.bot_data``: the `Engine`, the per-user `Throttle`, the
`AnswerCache` of "more passages" and the `BotSettings`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Callable

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.config import BotSettings
from bot.engine import Engine
from bot.messages import detect, language_of, text
from bot.render import clean, cut, hit_html, speaker_names
from bot.replies import (
    AnswerCache,
    Reply,
    about_reply,
    answer_reply,
    article_reply,
    examples,
    more_reply,
    sources_reply,
    start_reply,
    statements_reply,
)
from bot.throttle import Throttle
from index import MAX_QUESTION_CHARS, clean_question

log = logging.getLogger(__name__)

ENGINE, THROTTLE, ANSWERS, SETTINGS = "engine", "throttle", "answers", "settings"
INLINE_RESULTS = 5
SEND_ATTEMPTS = 3


def services(
    context: ContextTypes.DEFAULT_TYPE,
) -> tuple[Engine, Throttle, AnswerCache, BotSettings]:
    data = context.bot_data
    return data[ENGINE], data[THROTTLE], data[ANSWERS], data[SETTINGS]


def user_language(update: Update, settings: BotSettings, message_text: str = "") -> str:
    """The question's language when it shows, else the user's Telegram language."""
    user = update.effective_user
    fallback = language_of(user.language_code if user else None, settings.language)
    return detect(message_text, fallback) if message_text else fallback


def allowed(update: Update, settings: BotSettings) -> bool:
    """Everyone when no allow-list is set; else the listed chats and users only."""
    if not settings.allowed_ids:
        return True
    chat = update.effective_chat
    user = update.effective_user
    return bool(
        (chat and chat.id in settings.allowed_ids) or (user and user.id in settings.allowed_ids)
    )


def addressed(message: Message, username: str, bot_id: int) -> bool:
    """In private chats every message; in groups a mention of the bot or a reply to it."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    if username and f"@{username.lower()}" in (message.text or "").lower():
        return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


def strip_mention(message_text: str, username: str) -> str:
    if not username:
        return message_text
    return re.sub(rf"@{re.escape(username)}\b", " ", message_text, flags=re.I).strip()


async def send(message: Message, reply: Reply) -> None:
    """Reply; a timeout or dropped connection is retried so the answer is not lost (a 429 is
    waited out by the AIORateLimiter, a 400 is not retried)."""
    for attempt in range(SEND_ATTEMPTS):
        try:
            await message.reply_html(reply.html, reply_markup=reply.buttons, do_quote=True)
            return
        except BadRequest:
            raise
        except NetworkError as error:
            if attempt + 1 == SEND_ATTEMPTS:
                raise
            log.warning("reply failed (%s); retrying", error)
            await asyncio.sleep(0.5 * (attempt + 1))


async def typing(message: Message) -> None:
    """Show "typing…"; an API that refuses the optional chat action does not stop the answer."""
    try:
        await message.chat.send_action(ChatAction.TYPING)
    except TelegramError as error:
        log.info("chat action refused: %s", error)


async def private_notice(update: Update, settings: BotSettings) -> None:
    message = update.effective_message
    if message and message.chat.type == ChatType.PRIVATE:
        await send(message, Reply(text("private", user_language(update, settings))))


async def reply_with(
    update: Update, context: ContextTypes.DEFAULT_TYPE, build: Callable[[Engine, str], Reply]
) -> None:
    """The common body of the informational commands: check access, reply in the user's language."""
    engine, _, _, settings = services(context)
    if not allowed(update, settings):
        await private_notice(update, settings)
        return
    await send(update.effective_message, build(engine, user_language(update, settings)))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet in the user's language, name the articles and offer three example questions."""
    await reply_with(update, context, start_reply)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask, and the commands."""
    username = clean(context.bot.username or "bot")
    await reply_with(
        update, context, lambda _, language: Reply(text("help", language, bot=username))
    )


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List who is quoted and how often, each a button to their statements."""
    await reply_with(update, context, sources_reply)


async def article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the titles and leads of the articles."""
    await reply_with(update, context, article_reply)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say how answers are found, and with which model."""
    await reply_with(update, context, about_reply)


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Rebuild the index from the seeds (admins only) while the bot keeps answering."""
    engine, _, _, settings = services(context)
    language = user_language(update, settings)
    user = update.effective_user
    if not user or user.id not in settings.admin_ids:
        await send(update.effective_message, Reply(text("admins_only", language)))
        return
    await send(update.effective_message, Reply(text("reloading", language)))
    context.application.create_task(
        _rebuild(update.effective_message, engine, language), update=update
    )


async def _rebuild(message: Message, engine: Engine, language: str) -> None:
    try:
        retriever = await asyncio.to_thread(engine.rebuild)
    except Exception as error:  # the old index keeps serving; the admin learns why
        log.exception("reload failed")
        await send(
            message,
            Reply(
                text("reload_failed", language, error=clean(cut(str(error).splitlines()[0], 200)))
            ),
        )
        return
    if retriever is None:
        await send(message, Reply(text("reload_busy", language)))
        return
    manifest = retriever.index.manifest
    await send(
        message,
        Reply(text("reloaded", language, count=manifest.count, articles=len(manifest.articles))),
    )


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message, or an edited one, with the passage of the articles that answers."""
    message = update.effective_message
    engine, throttle, answers, settings = services(context)
    if message is None or message.text is None:
        return
    if not addressed(message, context.bot.username, context.bot.id):
        return
    if not allowed(update, settings):
        await private_notice(update, settings)
        return
    asked = strip_mention(message.text, context.bot.username)
    language = user_language(update, settings, asked)
    if len(asked) > MAX_QUESTION_CHARS:
        await send(
            message, Reply(text("too_long", language, length=len(asked), limit=MAX_QUESTION_CHARS))
        )
        return
    if not clean_question(asked).strip(" ?!.,;:"):
        await send(
            message, Reply(text("empty", language, example=clean(examples(engine, language, 1)[0])))
        )
        return
    user_id = update.effective_user.id if update.effective_user else message.chat.id
    wait = throttle.wait_for(user_id)
    if wait:
        await send(message, Reply(text("slow_down", language, seconds=max(1, round(wait)))))
        return
    await typing(message)
    answer = await asyncio.to_thread(engine.search, asked)
    await send(message, answer_reply(engine, answer, language, answers))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have: say so and point to /help, rather than stay silent."""
    message = update.effective_message
    _, _, _, settings = services(context)
    if message is None or not message.text or not allowed(update, settings):
        return
    if not addressed(message, context.bot.username, context.bot.id):
        return
    command = clean(cut(message.text.split()[0], 40))
    await send(
        message, Reply(text("unknown_command", user_language(update, settings), command=command))
    )


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, files: explain that only text is read."""
    message = update.effective_message
    _, _, _, settings = services(context)
    if message is None or message.chat.type != ChatType.PRIVATE or not allowed(update, settings):
        return
    await send(message, Reply(text("unsupported", user_language(update, settings))))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons: an example question, more passages, or a source's statements."""
    query = update.callback_query
    engine, throttle, answers, settings = services(context)
    try:
        await query.answer()
    except TelegramError as error:
        log.info("callback answer refused: %s", error)
    if not allowed(update, settings) or not query.data or query.message is None:
        return
    kind, _, rest = query.data.partition(":")
    value, _, language = rest.partition(":")
    language = language if language in ("fr", "en") else settings.language
    message = query.message
    if kind == "more":
        await send(message, more_reply(answers.get(value), language))
    elif kind == "src" and value.isdigit():
        await send(message, statements_reply(engine, int(value), language))
    elif kind == "ex" and value.isdigit():
        asked = examples(engine, language)
        if int(value) < len(asked):
            if throttle.wait_for(query.from_user.id):
                return
            answer = await asyncio.to_thread(engine.search, asked[int(value)])
            await send(message, answer_reply(engine, answer, language, answers))


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot question` in any chat: the best passages as results to send."""
    query = update.inline_query
    engine, throttle, _, settings = services(context)
    if query is None or not allowed(update, settings):
        return
    asked = query.query[:MAX_QUESTION_CHARS]
    if not clean_question(asked).strip(" ?!.,;:"):
        await query.answer([], cache_time=5)
        return
    language = user_language(update, settings, asked)
    if throttle.wait_for(query.from_user.id):
        await query.answer([], cache_time=1, is_personal=True)
        return
    answer = await asyncio.to_thread(engine.search, asked, INLINE_RESULTS)
    results = [
        InlineQueryResultArticle(
            id=uuid.uuid4().hex,
            title=cut(hit.text, 120),
            description=speaker_names(hit) or hit.article.title[:100],
            input_message_content=InputTextMessageContent(
                hit_html(hit, language), parse_mode=ParseMode.HTML
            ),
        )
        for hit in (answer.hits if answer.answered else ())
    ]
    await query.answer(results, cache_time=60)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with its traceback; tell the user politely, never show the traceback."""
    log.error("update failed", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_message is None:
        return
    settings: BotSettings = context.bot_data[SETTINGS]
    try:
        await send(update.effective_message, Reply(text("error", user_language(update, settings))))
    except TelegramError as error:
        log.warning("could not tell the user about the failure: %s", error)
