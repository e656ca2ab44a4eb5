"""Render units and answers for a person (terminal) or a program (JSON lines)."""

from __future__ import annotations

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
    if not attribution.speakers:
        return ""
    names = ", ".join(
        s.name if s.name not in ("il", "elle", "ils", "elles", "lui", "eux") else s.canonical
        for s in attribution.speakers
    )
    if attribution.kind == "according_to":
        return f"— {attribution.cue or 'selon'} {names}" if attribution.cue else f"— {names}"
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
