"""The bot's replies as plain values (HTML text + buttons), built without talking to Telegram."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine import Engine
from bot.messages import text
from bot.render import clean, cut, fit, hit_html
from index import Answer, Hit

#: Speakers listed by /sources, and statements shown per speaker.
MAX_SOURCES = 12
MAX_STATEMENTS = 8


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send: Telegram HTML (≤ 4096 characters) and optional buttons."""

    html: str
    buttons: InlineKeyboardMarkup | None = None


@dataclass
class AnswerCache:
    """Recent answers, so a "more passages" button can show the rest without searching again."""

    size: int = 512
    entries: OrderedDict[str, tuple[Hit, ...]] = field(default_factory=OrderedDict)
    counter: int = 0

    def put(self, hits: tuple[Hit, ...]) -> str:
        self.counter += 1
        key = format(self.counter, "x")
        self.entries[key] = hits
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)
        return key

    def get(self, key: str) -> tuple[Hit, ...] | None:
        return self.entries.get(key)


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
        [InlineKeyboardButton(cut(q, 60), callback_data=f"ex:{i}:{language}")]
        for i, q in enumerate(examples(engine, language))
    ]
    return Reply(greeting, InlineKeyboardMarkup(keyboard))


def answer_reply(engine: Engine, answer: Answer, language: str, cache: AnswerCache) -> Reply:
    """The best passage with its attribution; further passages behind a button."""
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
    key = cache.put(rest)
    button = InlineKeyboardButton(
        text("more", language, count=len(rest)), callback_data=f"more:{key}:{language}"
    )
    return Reply(body, InlineKeyboardMarkup([[button]]))


def more_reply(hits: tuple[Hit, ...] | None, language: str) -> Reply:
    if hits is None:
        return Reply(text("expired", language))
    return Reply(fit([text("more_title", language)] + [hit_html(h, language) for h in hits]))


def sources_reply(engine: Engine, language: str) -> Reply:
    listed = engine.sources()[:MAX_SOURCES]
    if not listed:
        return Reply(text("no_sources", language))
    lines = [text("sources", language)] + [f"• {clean(s.canonical)} ({s.count})" for s in listed]
    keyboard = [
        [
            InlineKeyboardButton(
                cut(f"{s.canonical} ({s.count})", 60), callback_data=f"src:{i}:{language}"
            )
        ]
        for i, s in enumerate(listed)
    ]
    return Reply(fit(["\n".join(lines)]), InlineKeyboardMarkup(keyboard))


def statements_reply(engine: Engine, index: int, language: str) -> Reply:
    listed = engine.sources()[:MAX_SOURCES]
    if not 0 <= index < len(listed):
        return Reply(text("expired", language))
    speaker = listed[index].canonical
    blocks = [text("statements", language, speaker=f"<b>{clean(speaker)}</b>")]
    for unit in engine.statements(speaker)[:MAX_STATEMENTS]:
        cue = f" — {clean(unit.attribution.cue)}" if unit.attribution.cue else ""
        blocks.append(
            f"<blockquote>{clean(cut(unit.text, 700))}</blockquote>"
            f"{cue} · {text('paragraph', language, number=unit.paragraph)}"
        )
    return Reply(fit(blocks))


def article_reply(engine: Engine, language: str) -> Reply:
    blocks = [
        f"<b>{clean(cut(title, 300))}</b>\n{clean(cut(lead, 800))}"
        for title, lead in engine.leads()
    ]
    return Reply(fit(blocks))


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
