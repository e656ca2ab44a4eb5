"""Render units and answers for a person (terminal) or a program (JSON lines)."""

from __future__ import annotations

import html
import json
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
        return ""
    if attribution.kind == "according_to":
        return f"— {attribution.cue or 'selon'} {names}"
    return f"— {names}, {attribution.cue}" if attribution.cue else f"— {names}"


def answer_record(answer: Answer) -> dict[str, Any]:
    """The `article-bot ask --json` object (a contract). Results are empty when not answered."""
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
    return {"question": answer.question, "answered": answer.answered, "results": results}


def answer_json(answer: Answer) -> str:
    return json.dumps(answer_record(answer), ensure_ascii=False)


def answer_console(answer: Answer) -> str:
    """An answer for a terminal: the sentence quoted exactly, who said it, where it comes from."""
    if not answer.answered:
        return (
            "The articles do not answer that. Try asking who said what, e.g. "
            '"What did the Élysée say about Belarus?"'
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


def hit_html(hit: Hit, language: str) -> str:
    """One answer: the passage quoted exactly, its attribution, its article and paragraph."""
    from bot.messages import text

    limit = MAX_QUOTE_CHARS
    quote = clean(cut(hit.text, limit))
    while len(quote) > MAX_QUOTE_CHARS:  # escaping (&amp;) made it longer
        limit //= 2
        quote = clean(cut(hit.text, limit))
    lines = [f"<blockquote>{quote}</blockquote>"]
    unit = hit.units[-1] if hit.units[-1].speakers else hit.unit
    attribution = unit.attribution
    names = speaker_names(hit)
    if names:
        if attribution.kind == "according_to":
            cue = attribution.cue or text("according", language)
            lines.append(f"— {clean(cue)} <b>{clean(names)}</b>")
        else:
            cue = f", {clean(attribution.cue)}" if attribution.cue else ""
            lines.append(f"— <b>{clean(names)}</b>{cue}")
    title = clean(cut(hit.article.title, 200))
    if hit.article.url and hit.article.url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(hit.article.url, quote=True)}">{title}</a>'
    where = [f"<i>{title}</i>"]
    if hit.article.date:
        where.append(clean(hit.article.date[:40]))
    where.append(text("paragraph", language, number=hit.unit.paragraph))
    lines.append(" · ".join(where))
    return "\n".join(lines)


def fit(blocks: list[str], limit: int = TELEGRAM_LIMIT) -> str:
    """Join message blocks, dropping trailing ones that would pass Telegram's limit."""
    kept: list[str] = []
    for block in blocks:
        candidate = "\n\n".join([*kept, block])
        if len(candidate) > limit:
            break
        kept.append(block)
    if not kept:
        return blocks[0][: limit - 1] + "…" if blocks else ""
    return "\n\n".join(kept)
