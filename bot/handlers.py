"""Telegram callbacks: each reads the update, calls a plain function of `bot.replies`, replies.

Shared services live in ``application.bot_data``: the `Engine`, the per-user `Throttle`s and the
`BotSettings`. Two rules keep one user from stalling everyone:

* every update the bot acts on (question, command, button, file) counts against its sender's
  limit, and a user over it gets one "slow down" notice per window, then silence;
* replies are sent by tasks of their own, so an update's slot is free as soon as the reply is
  ready: python-telegram-bot's `AIORateLimiter` may hold a reply back for a minute (Telegram
  allows 20 messages a minute in a group) without holding up anyone else's answer.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Callable

import httpx
from telegram import (
    CallbackQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import ContextTypes

from bot.config import BotSettings
from bot.engine import Engine
from bot.messages import detect, language_of, text
from bot.render import clean, cut, fit, hit_html, speaker_names
from bot.replies import (
    ExampleQuestion,
    MorePassages,
    Reply,
    SourceStatements,
    about_reply,
    added_reply,
    answer_reply,
    article_reply,
    articles_label,
    examples,
    more_reply,
    sources_reply,
    start_reply,
    statements_reply,
)
from bot.throttle import Throttle
from index import (
    MAX_QUESTION_CHARS,
    Answer,
    ArticleError,
    ExtractError,
    FetchError,
    LibraryError,
    StoreError,
    clean_question,
    read_source,
    read_upload,
)

log = logging.getLogger(__name__)

ENGINE, THROTTLE, INLINE_THROTTLE, SETTINGS = "engine", "throttle", "inline_throttle", "settings"
ADD_THROTTLE, ADDING = "add_throttle", "adding"
#: A link alone in a message is an article to add (for those who may add articles).
LINK = re.compile(r"^\s*(https?://\S+)\s*$", re.IGNORECASE)
#: The largest document read when one is sent to be added.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
#: What adding an article can fail with: each says why in one line.
ADD_ERRORS = (FetchError, ExtractError, LibraryError, ArticleError, StoreError)
INLINE_RESULTS = 5
SEND_ATTEMPTS = 3


def services(context: ContextTypes.DEFAULT_TYPE) -> tuple[Engine, BotSettings]:
    data = context.bot_data
    return data[ENGINE], data[SETTINGS]


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


def never_sent(error: TelegramError) -> bool:
    """True when a failed call cannot have reached Telegram, so sending again is safe.

    A call that timed out while waiting for the answer, or whose connection broke after the
    request went out, may well have been delivered: sending it again would show the user the
    reply twice. Only a refused or timed-out connection, a full connection pool, or an error
    answer from the API (5xx) prove that nothing was delivered.
    """
    cause = error.__cause__
    if isinstance(error, TimedOut):
        return isinstance(cause, httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        return cause is None or isinstance(cause, httpx.ConnectError)
    return False


async def send(message: Message, reply: Reply) -> None:
    """Reply, retrying only what cannot have been delivered (see `never_sent`); 429s are waited
    out by the AIORateLimiter."""
    for attempt in range(SEND_ATTEMPTS):
        try:
            await message.reply_html(reply.html, reply_markup=reply.buttons, do_quote=True)
            return
        except TelegramError as error:
            if not never_sent(error):
                log.warning("reply may not have been delivered (%s); not sent again", error)
                return
            if attempt + 1 == SEND_ATTEMPTS:
                raise
            log.warning("reply not delivered (%s); retrying", error)
            await asyncio.sleep(0.5 * (attempt + 1))


def deliver(
    update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message, reply: Reply
) -> None:
    """Send `reply` from a task of its own, so the update's slot is free while it waits for
    Telegram's pace; a failure still reaches the error handler with its update."""
    context.application.create_task(send(message, reply), update=update)


#: Seconds an answer may take before the chat shows "typing…". Most answers take milliseconds:
#: announcing those would cost a round trip to Telegram before the search, and an announcement
#: that lands after the reply leaves the indicator on for five seconds.
TYPING_AFTER = 0.3


async def typing(message: Message) -> None:
    """Show "typing…"; an API that refuses the optional chat action does not stop the answer."""
    try:
        await message.chat.send_action(ChatAction.TYPING)
    except TelegramError as error:
        log.info("chat action refused: %s", error)


async def answer_for(engine: Engine, message: Message, asked: str) -> Answer:
    """The engine's answer, searched in a thread (encoding a question is CPU work the event loop
    must not wait on), with "typing…" shown if it is slower than `TYPING_AFTER`."""
    searching = asyncio.ensure_future(asyncio.to_thread(engine.search, asked))
    done, _ = await asyncio.wait({searching}, timeout=TYPING_AFTER)
    if not done:
        await typing(message)
    return await searching


def admitted(update: Update, context: ContextTypes.DEFAULT_TYPE, language: str) -> bool:
    """Count the update against its sender's limit; over it, one notice per window."""
    throttle: Throttle = context.bot_data[THROTTLE]
    user = update.effective_user
    chat = update.effective_chat
    sender = user.id if user else chat.id if chat else 0
    verdict = throttle.check(sender)
    if verdict.allowed:
        return True
    message = update.effective_message
    if verdict.notify and message is not None and update.callback_query is None:
        seconds = max(1, round(verdict.wait))
        deliver(update, context, message, Reply(text("slow_down", language, seconds=seconds)))
    return False


def private_notice(update: Update, context: ContextTypes.DEFAULT_TYPE, language: str) -> None:
    message = update.effective_message
    if message and message.chat.type == ChatType.PRIVATE:
        deliver(update, context, message, Reply(text("private", language)))


def welcome(update: Update, context: ContextTypes.DEFAULT_TYPE, language: str) -> bool:
    """Within the sender's limit and allowed to use the bot (else told so, once)."""
    _, settings = services(context)
    if not admitted(update, context, language):
        return False
    if not allowed(update, settings):
        private_notice(update, context, language)
        return False
    return True


async def reply_with(
    update: Update, context: ContextTypes.DEFAULT_TYPE, build: Callable[[Engine, str], Reply]
) -> None:
    """The common body of the informational commands: limit, check access, reply in the user's
    language."""
    engine, settings = services(context)
    message = update.effective_message
    if message is None:
        return
    language = user_language(update, settings)
    if not welcome(update, context, language):
        return
    deliver(update, context, message, build(engine, language))


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
    """Rebuild the index from the seeds (admins only) while the bot keeps answering; to anyone
    else the command does not exist."""
    engine, settings = services(context)
    user = update.effective_user
    if not user or user.id not in settings.admin_ids:
        await unknown_command(update, context)
        return
    message = update.effective_message
    language = user_language(update, settings)
    deliver(update, context, message, Reply(text("reloading", language)))
    context.application.create_task(_rebuild(message, engine, language), update=update)


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
    engine, settings = services(context)
    if message is None or message.text is None:
        return
    if not addressed(message, context.bot.username, context.bot.id):
        return
    asked = strip_mention(message.text, context.bot.username)
    language = user_language(update, settings, asked)
    if not admitted(update, context, language):
        return
    if not allowed(update, settings):
        private_notice(update, context, language)
        return
    if len(asked) > MAX_QUESTION_CHARS:
        reply = Reply(text("too_long", language, length=len(asked), limit=MAX_QUESTION_CHARS))
        deliver(update, context, message, reply)
        return
    if not clean_question(asked).strip(" ?!.,;:"):
        example = clean(examples(engine, language, 1)[0])
        deliver(update, context, message, Reply(text("empty", language, example=example)))
        return
    link = LINK.match(asked)
    if link:
        # A link's words say nothing of the sender's language: their Telegram one does.
        language = user_language(update, settings)
        await _add_from(update, context, language, lambda: read_source(link.group(1)))
        return
    answer = await answer_for(engine, message, asked)
    deliver(update, context, message, answer_reply(engine, answer, language, message.chat.id))


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add URL: read the page and add its article (who may add: see `may_add`)."""
    message = update.effective_message
    _, settings = services(context)
    if message is None or not message.text:
        return
    language = user_language(update, settings)
    if not welcome(update, context, language):
        return
    parts = message.text.split()
    if len(parts) != 2 or not LINK.match(parts[1]):
        deliver(update, context, message, Reply(text("add_usage", language)))
        return
    await _add_from(update, context, language, lambda: read_source(parts[1]))


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A .txt or .html file sent to the bot: an article to add."""
    message = update.effective_message
    _, settings = services(context)
    if message is None or message.document is None or message.chat.type != ChatType.PRIVATE:
        return
    language = user_language(update, settings)
    if not welcome(update, context, language):
        return
    upload = message.document
    name = upload.file_name or "article.txt"
    if (upload.file_size or 0) > MAX_UPLOAD_BYTES:
        reason = clean(f"{name}: over the {MAX_UPLOAD_BYTES >> 20} MiB limit")
        deliver(update, context, message, Reply(text("not_added", language, reason=reason)))
        return

    async def download() -> bytes:
        found = await upload.get_file()
        return bytes(await found.download_as_bytearray())

    await _add_from(update, context, language, None, download, name)


def may_add(update: Update, settings: BotSettings) -> bool:
    """Administrators may add articles; anyone allowed may, when adding is opened to all."""
    user = update.effective_user
    return bool(user) and (user.id in settings.admin_ids or settings.open_adding)


async def _add_from(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    language: str,
    read: Callable[[], object] | None,
    download: Callable[[], object] | None = None,
    name: str = "",
) -> None:
    """Say that the article is being read, read and add it in a thread, then say what it
    holds with three questions to tap -- or, in one line, why nothing was added."""
    message = update.effective_message
    engine, settings = services(context)
    if not may_add(update, settings):
        articles = clean(articles_label(engine, language))
        deliver(
            update, context, message, Reply(text("add_admins_only", language, articles=articles))
        )
        return
    user = update.effective_user
    if user.id not in settings.admin_ids:
        verdict = context.bot_data[ADD_THROTTLE].check(user.id)
        if not verdict.allowed:
            seconds = max(1, round(verdict.wait))
            deliver(update, context, message, Reply(text("slow_down", language, seconds=seconds)))
            return
    adding: asyncio.Lock = context.bot_data.setdefault(ADDING, asyncio.Lock())
    if adding.locked():
        deliver(update, context, message, Reply(text("add_busy", language)))
        return
    async with adding:
        deliver(update, context, message, Reply(text("adding", language)))
        await typing(message)
        try:
            if download is not None:
                data = await download()
                extracted = await asyncio.to_thread(read_upload, name, data)
            else:
                extracted = await asyncio.to_thread(read)
            added = await asyncio.to_thread(engine.add, extracted)
        except ADD_ERRORS as error:
            reason = clean(cut(str(error).splitlines()[0], 300))
            deliver(update, context, message, Reply(text("not_added", language, reason=reason)))
            return
        except TelegramError as error:
            reason = clean(cut(str(error).splitlines()[0], 200))
            deliver(update, context, message, Reply(text("not_added", language, reason=reason)))
            return
    deliver(update, context, message, added_reply(added, language))


async def remove_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/remove ID (administrators only; to anyone else the command does not exist)."""
    engine, settings = services(context)
    user = update.effective_user
    message = update.effective_message
    if not user or user.id not in settings.admin_ids or message is None or not message.text:
        await unknown_command(update, context)
        return
    language = user_language(update, settings)
    parts = message.text.split()
    if len(parts) != 2:
        deliver(update, context, message, Reply(text("remove_usage", language)))
        return
    try:
        title = await asyncio.to_thread(engine.remove, parts[1])
    except ADD_ERRORS as error:
        reason = clean(cut(str(error).splitlines()[0], 300))
        deliver(update, context, message, Reply(text("not_added", language, reason=reason)))
        return
    deliver(update, context, message, Reply(text("removed", language, title=clean(title))))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have: say so and point to /help, rather than stay silent."""
    message = update.effective_message
    _, settings = services(context)
    if message is None or not message.text:
        return
    if not addressed(message, context.bot.username, context.bot.id):
        return
    language = user_language(update, settings)
    if not admitted(update, context, language) or not allowed(update, settings):
        return
    command = clean(cut(message.text.split()[0], 40))
    deliver(update, context, message, Reply(text("unknown_command", language, command=command)))


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, files: explain that only text is read."""
    message = update.effective_message
    _, settings = services(context)
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    language = user_language(update, settings)
    if not admitted(update, context, language) or not allowed(update, settings):
        return
    deliver(update, context, message, Reply(text("unsupported", language)))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons: an example question, more passages, or a source's statements."""
    query = update.callback_query
    engine, settings = services(context)
    language = user_language(update, settings)
    if not admitted(update, context, language):
        await _answer_query(query, text("slow_down_short", language))
        return
    await _answer_query(query)
    if not allowed(update, settings) or query.message is None:
        return
    data = query.data
    message = query.message
    chat_id = message.chat.id
    if isinstance(data, MorePassages):
        reply = more_reply(data, chat_id, language)
    elif isinstance(data, SourceStatements):
        reply = statements_reply(engine, data.canonical, data.language)
    elif isinstance(data, ExampleQuestion):
        answer = await asyncio.to_thread(engine.search, data.question)
        reply = answer_reply(engine, answer, data.language, chat_id)
    else:  # InvalidCallbackData: forged, or from before a restart or the cache's turnover
        reply = Reply(text("expired", language))
    deliver(update, context, message, reply)


async def _answer_query(query: CallbackQuery, notice: str | None = None) -> None:
    """Stop the button's spinner (Telegram shows it until the query is answered)."""
    try:
        await query.answer(notice)
    except TelegramError as error:
        log.info("callback answer refused: %s", error)


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot question` in any chat: the best passages as results to send.

    Inline queries arrive at every keystroke, so they have a budget of their own and do not
    spend the sender's questions. Results are personal: with an allow-list, a cached answer
    must never be shown to someone outside it.
    """
    query = update.inline_query
    engine, settings = services(context)
    if query is None or not allowed(update, settings):
        return
    asked = query.query[:MAX_QUESTION_CHARS]
    if not clean_question(asked).strip(" ?!.,;:"):
        await query.answer([], cache_time=5, is_personal=True)
        return
    language = user_language(update, settings, asked)
    if not context.bot_data[INLINE_THROTTLE].check(query.from_user.id).allowed:
        await query.answer([], cache_time=1, is_personal=True)
        return
    answer = await asyncio.to_thread(engine.search, asked, INLINE_RESULTS)
    results = [
        InlineQueryResultArticle(
            id=uuid.uuid4().hex,
            title=cut(hit.text, 120),
            description=cut(speaker_names(hit) or hit.article.title, 100),
            input_message_content=InputTextMessageContent(
                fit([hit_html(hit, language)]), parse_mode=ParseMode.HTML
            ),
        )
        for hit in (answer.hits if answer.answered else ())
    ]
    await query.answer(results, cache_time=60, is_personal=True)


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
