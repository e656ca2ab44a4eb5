"""Render units and answers for a person (terminal) or a program (JSON lines)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from index import Answer, Hit, Unit


def unit_line(unit: Unit) -> str:
    """`id  kind  speaker | text` on one line, the speaker shown as its canonical name."""
    speakers = ", ".join(s.canonical for s in unit.speakers) or "-"
    return f"{unit.id}\t{unit.kind}\t{speakers}\t{unit.text}"


def unit_json(unit: Unit) -> str:
    """One JSON object per line, UTF-8 kept readable (no \\u escapes)."""
    return json.dumps(unit.to_json(), ensure_ascii=False)


def attribution_line(hit: Hit) -> str:
    """ "— l’Elysée, assure" / "— selon Moscou, Paris" / "" for the article's own narration."""
    unit = hit.units[-1] if hit.units[-1].speakers else hit.unit
    attribution = unit.attribution
    names = speaker_names(hit)
    if not names:
        return (
            "— quoted words; the article does not say who said them"
            if (attribution.unattributed_quote)
            else ""
        )
    if attribution.kind == "according_to":
        return f"— {attribution.cue or 'selon'} {names}"
    return f"— {names}, {attribution.cue}" if attribution.cue else f"— {names}"


def answer_record(answer: Answer) -> dict[str, Any]:
    """The `article-bot ask --json` object (a contract). Results are empty when not answered;
    `reason` is one of `index.REASONS`, `unquoted` the names asked about that no article
    quotes."""
    results = []
    for hit in answer.hits if answer.answered else ():
        speakers: list[dict[str, str]] = []
        for unit in hit.units:
            for s in unit.speakers:
                entry = {"name": s.name, "canonical": s.canonical}
                if entry not in speakers:
                    speakers.append(entry)
        results.append(
            {
                "id": hit.unit.id,
                "article": {"id": hit.article.id, "title": hit.article.title},
                "text": hit.text,
                "score": hit.score,
                "speakers": speakers,
                "cue": hit.unit.attribution.cue,
                "quotes": [q for u in hit.units for q in u.attribution.quotes],
                "context": {
                    "before": [u.text for u in hit.before],
                    "after": [u.text for u in hit.after],
                },
            }
        )
    return {
        "question": answer.question,
        "answered": answer.answered,
        "reason": answer.reason,
        "unquoted": list(answer.unquoted),
        "results": results,
    }


def answer_json(answer: Answer) -> str:
    return json.dumps(answer_record(answer), ensure_ascii=False)


def answer_console(answer: Answer, quoted: Sequence[str] = (), articles: str = "") -> str:
    """An answer for a terminal: the sentence quoted exactly, who said it, where it comes from;
    otherwise what the Telegram bot says in the same case, in the question's language.

    `quoted` lists the sources the articles quote, most quoted first (for the "not quoted"
    reply and the example question); `articles` names them ("the articles" by default).
    """
    from bot.messages import detect, text

    if not answer.answered:
        language = detect(answer.question, "en")
        where = articles or ("les articles" if language == "fr" else "the articles")
        example = (
            text("example_speaker", language, speaker=quoted[0])
            if quoted
            else text("example_generic", language)
        )
        if answer.reason == "small_talk":
            key = f"small_talk_{answer.small_talk}"
            return text(key, language, articles=where, example=example)
        if answer.reason == "source_not_quoted":
            name = ", ".join(answer.unquoted)
            if not quoted:
                return text("not_quoted_nobody", language, name=name, articles=where)
            return text(
                "not_quoted", language, name=name, articles=where, quoted=", ".join(quoted[:8])
            )
        return (
            f'The articles do not answer that. Try asking who said what, e.g. "{example}"'
            if language == "en"
            else f"Les articles ne répondent pas à cela. Essayez par exemple : « {example} »"
        )
    blocks = []
    for number, hit in enumerate(answer.hits, start=1):
        lines = [f"{number}. {hit.text}"]
        attribution = attribution_line(hit)
        if attribution:
            lines.append(f"   {attribution}")
        lines.append(f"   ({hit.article.title}, paragraph {hit.unit.paragraph})")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


# --- Telegram HTML ---------------------------------------------------------------------------

TELEGRAM_LIMIT = 4096
#: A single quoted passage is cut past this many characters (a pathological run-on sentence).
MAX_QUOTE_CHARS = 3000
_PRONOUNS = ("il", "elle", "ils", "elles", "lui", "eux")


def clean(text: str) -> str:
    """Text safe to put in a Telegram message: no control characters, HTML-escaped."""
    printable = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    return html.escape(printable, quote=False)


def cut(text: str, limit: int) -> str:
    """`text` itself when short enough, else its first words and "[…]"."""
    if len(text) <= limit:
        return text
    return text[: limit - 4].rsplit(" ", 1)[0] + " […]"


def speaker_names(hit: Hit) -> str:
    unit = hit.units[-1] if hit.units[-1].speakers else hit.unit
    names = []
    for speaker in unit.speakers:
        name = speaker.canonical if speaker.name.lower() in _PRONOUNS else speaker.name
        if name not in names:
            names.append(name)
    return ", ".join(names)


def bounded(text: str, limit: int) -> str:
    """`text` safe for Telegram HTML (`clean`) and at most `limit` characters once escaped:
    escaping can make a text five times longer ("&" becomes "&amp;")."""
    raw_limit = limit
    escaped = clean(cut(text, raw_limit))
    while len(escaped) > limit and raw_limit > 16:
        raw_limit //= 2
        escaped = clean(cut(text, raw_limit))
    return escaped


#: Links longer than this once escaped are shown without their address (Telegram refuses
#: over-long entities, and the message must stay within its limit).
MAX_URL_CHARS = 1024


def hit_html(hit: Hit, language: str) -> str:
    """One answer: the passage quoted exactly, its attribution, its article and paragraph.

    Every part has a bound of its own, so that the whole stays under Telegram's limit however
    long an article's title, source names or metadata are: `fit` never has to cut it.
    """
    from bot.messages import text

    lines = [f"<blockquote>{bounded(hit.text, MAX_QUOTE_CHARS)}</blockquote>"]
    unit = hit.units[-1] if hit.units[-1].speakers else hit.unit
    attribution = unit.attribution
    names = bounded(speaker_names(hit), 200)
    if names:
        if attribution.kind == "according_to":
            cue = bounded(attribution.cue or text("according", language), 60)
            lines.append(f"— {cue} <b>{names}</b>")
        else:
            cue = f", {bounded(attribution.cue, 60)}" if attribution.cue else ""
            lines.append(f"— <b>{names}</b>{cue}")
    elif attribution.unattributed_quote:
        lines.append(f"— <i>{text('unattributed_quote', language)}</i>")
    title = bounded(hit.article.title, 200)
    url = hit.article.url or ""
    href = html.escape(url, quote=True)  # the escaped form is what counts against the limit
    if url.startswith(("http://", "https://")) and len(href) <= MAX_URL_CHARS:
        title = f'<a href="{href}">{title}</a>'
    where = [f"<i>{title}</i>"]
    if hit.article.date:
        where.append(bounded(hit.article.date, 40))
    where.append(text("paragraph", language, number=hit.unit.paragraph))
    lines.append(" · ".join(where))
    return "\n".join(lines)


def fit(blocks: list[str], limit: int = TELEGRAM_LIMIT) -> str:
    """Join message blocks, dropping trailing ones that would pass Telegram's limit.

    A first block too long on its own is sent as plain text, cut between words: cutting the
    HTML itself could leave a tag open, and Telegram refuses the whole message then.
    """
    kept: list[str] = []
    for block in blocks:
        candidate = "\n\n".join([*kept, block])
        if len(candidate) > limit:
            break
        kept.append(block)
    if not kept:
        if not blocks:
            return ""
        return bounded(html.unescape(re.sub(r"<[^>]*>", "", blocks[0])), limit)
    return "\n\n".join(kept)
