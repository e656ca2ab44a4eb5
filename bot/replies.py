"""The bot's replies as plain values (HTML text + buttons), built without talking to Telegram."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine import Engine
from bot.messages import text
from bot.render import clean, cut, fit, hit_html
from index import Added, Answer, Hit

#: Speakers listed by /sources, and statements shown per speaker.
MAX_SOURCES = 12
MAX_STATEMENTS = 8


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send: Telegram HTML (≤ 4096 characters) and optional buttons."""

    html: str
    buttons: InlineKeyboardMarkup | None = None


# What a button carries. python-telegram-bot's `arbitrary_callback_data` keeps these objects in
# its own bounded cache and sends Telegram an unguessable key: a forged or stale key (another
# chat's, or one from before a restart) arrives as `InvalidCallbackData`, never as someone
# else's data.


@dataclass(frozen=True, slots=True)
class MorePassages:
    """The passages after the first, for the chat that asked."""

    hits: tuple[Hit, ...]
    chat_id: int
    language: str


@dataclass(frozen=True, slots=True)
class SourceStatements:
    """What one source says; by name, so the button survives a /reload that reorders sources."""

    canonical: str
    language: str


@dataclass(frozen=True, slots=True)
class ExampleQuestion:
    """A question to ask on the user's behalf."""

    question: str
    language: str


def articles_label(engine: Engine, language: str) -> str:
    titles = engine.titles
    if len(titles) == 1:
        return f"« {cut(titles[0], 120)} »" if language == "fr" else f"“{cut(titles[0], 120)}”"
    return f"{len(titles)} articles"


def examples(engine: Engine, language: str, count: int = 3) -> list[str]:
    """Example questions built from the most quoted sources of the articles."""
    found = [
        text("example_speaker", language, speaker=s.canonical) for s in engine.sources()[:count]
    ]
    return found or [text("example_generic", language)]


def start_reply(engine: Engine, language: str) -> Reply:
    greeting = text("start", language, articles=clean(articles_label(engine, language)))
    keyboard = [
        [InlineKeyboardButton(cut(q, 60), callback_data=ExampleQuestion(q, language))]
        for q in examples(engine, language)
    ]
    return Reply(greeting, InlineKeyboardMarkup(keyboard))


#: Sources offered as buttons when a question asks for someone the articles do not quote.
MAX_SOURCE_BUTTONS = 4


def answer_reply(engine: Engine, answer: Answer, language: str, chat_id: int) -> Reply:
    """The best passage with its attribution; further passages behind a button.

    Not answered: small talk gets a short reply and an example question to tap; a source the
    articles do not quote gets "not quoted here", with who is (as buttons); anything else
    "can't find", with an example.
    """
    articles = clean(articles_label(engine, language))
    if answer.reason == "small_talk":
        example = examples(engine, language, 1)[0]
        reply = text(
            f"small_talk_{answer.small_talk}", language, articles=articles, example=clean(example)
        )
        button = InlineKeyboardButton(
            cut(example, 60), callback_data=ExampleQuestion(example, language)
        )
        return Reply(reply, InlineKeyboardMarkup([[button]]))
    if answer.reason == "source_not_quoted":
        name = f"<b>{clean(cut(', '.join(answer.unquoted), 120))}</b>"
        quoted = engine.sources()[:MAX_SOURCE_BUTTONS]
        if not quoted:
            return Reply(text("not_quoted_nobody", language, name=name, articles=articles))
        names = clean(", ".join(s.canonical for s in quoted))
        keyboard = [
            [
                InlineKeyboardButton(
                    cut(text("example_speaker", language, speaker=s.canonical), 60),
                    callback_data=SourceStatements(s.canonical, language),
                )
            ]
            for s in quoted
        ]
        reply = text("not_quoted", language, name=name, articles=articles, quoted=names)
        return Reply(reply, InlineKeyboardMarkup(keyboard))
    if not answer.answered or not answer.hits:
        example = examples(engine, language, 1)[0]
        return Reply(
            text(
                "not_answered",
                language,
                articles=clean(articles_label(engine, language)),
                example=clean(example),
            )
        )
    body = fit([hit_html(answer.hits[0], language)])
    rest = answer.hits[1:]
    if not rest:
        return Reply(body)
    button = InlineKeyboardButton(
        text("more", language, count=len(rest)),
        callback_data=MorePassages(tuple(rest), chat_id, language),
    )
    return Reply(body, InlineKeyboardMarkup([[button]]))


def more_reply(more: MorePassages | None, chat_id: int, language: str) -> Reply:
    """The further passages, in the language of the answer they continue; "expired", in the
    presser's `language`, for a button of another chat or from before a restart."""
    if more is None or more.chat_id != chat_id:
        return Reply(text("expired", language))
    shown = [hit_html(h, more.language) for h in more.hits]
    return Reply(fit([text("more_title", more.language), *shown]))


def sources_reply(engine: Engine, language: str) -> Reply:
    listed = engine.sources()[:MAX_SOURCES]
    if not listed:
        return Reply(text("no_sources", language))
    lines = [text("sources", language)] + [
        f"• {clean(s.canonical)} ({s.count})"
        + (f" — {clean(', '.join(s.aliases))}" if s.aliases else "")
        for s in listed
    ]
    keyboard = [
        [
            InlineKeyboardButton(
                cut(f"{s.canonical} ({s.count})", 60),
                callback_data=SourceStatements(s.canonical, language),
            )
        ]
        for s in listed
    ]
    return Reply(fit(["\n".join(lines)]), InlineKeyboardMarkup(keyboard))


def statements_reply(engine: Engine, speaker: str, language: str) -> Reply:
    statements = engine.statements(speaker)
    if not statements:  # the articles changed since the button was made
        return Reply(text("expired", language))
    blocks = [text("statements", language, speaker=f"<b>{clean(speaker)}</b>")]
    for unit in statements[:MAX_STATEMENTS]:
        cue = f" — {clean(unit.attribution.cue)}" if unit.attribution.cue else ""
        blocks.append(
            f"<blockquote>{clean(cut(unit.text, 700))}</blockquote>"
            f"{cue} · {text('paragraph', language, number=unit.paragraph)}"
        )
    return Reply(fit(blocks))


def article_reply(engine: Engine, language: str) -> Reply:
    """Each article: title, date and outlet, its id (for /remove), its most quoted sources
    and its first sentence."""
    quoted: dict[str, dict[str, int]] = {}
    for unit in engine.units:
        for speaker in {s.canonical for s in unit.speakers}:
            counts = quoted.setdefault(unit.article, {})
            counts[speaker] = counts.get(speaker, 0) + 1
    blocks = []
    infos = engine.retriever.index.articles
    for (title, lead), info in zip(engine.leads(), infos.values(), strict=False):
        about = " · ".join(clean(x) for x in (info.date, info.outlet) if x)
        counts = quoted.get(info.id, {})
        top = sorted(counts, key=counts.__getitem__, reverse=True)[:3]
        sources = text("article_line", language, sources=len(counts))
        if top:
            sources += " : " if language == "fr" else ": "
            sources += clean(", ".join(top))
        head = f"<b>{clean(cut(title, 300))}</b>" + (f"\n{about}" if about else "")
        blocks.append(f"{head}\n<code>{clean(info.id)}</code> · {sources}\n{clean(cut(lead, 600))}")
    return Reply(fit(blocks))


def added_reply(added: Added, language: str) -> Reply:
    """What an added article holds, with three questions about it to tap."""
    title = clean(cut(added.title, 300))
    if added.already:
        return Reply(text("already_added", language, title=title))
    about = " · ".join(clean(x) for x in (added.date, added.outlet) if x)
    sources = f" ({clean(cut(', '.join(added.sources[:5]), 300))})" if added.sources else ""
    reply = text(
        "added",
        language,
        title=title,
        about=f"\n{about}" if about else "",
        sentences=added.sentences,
        count=len(added.sources),
        sources=sources,
    )
    questions = [text("example_speaker", language, speaker=s) for s in added.sources[:3]]
    if not questions:
        questions = [text("example_generic", language)]
    keyboard = [
        [InlineKeyboardButton(cut(q, 60), callback_data=ExampleQuestion(q, language))]
        for q in questions
    ]
    return Reply(reply, InlineKeyboardMarkup(keyboard))


def about_reply(engine: Engine, language: str) -> Reply:
    manifest = engine.retriever.index.manifest
    return Reply(
        text(
            "about",
            language,
            model=clean(manifest.model),
            count=manifest.count,
            articles=len(manifest.articles),
        )
    )
