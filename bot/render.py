"""Render units for a person (terminal) or a program (JSON lines)."""

from __future__ import annotations

import json

from index import Unit


def unit_line(unit: Unit) -> str:
    """`id  kind  speaker | text` on one line, the speaker shown as its canonical name."""
    speakers = ", ".join(s.canonical for s in unit.speakers) or "-"
    return f"{unit.id}\t{unit.kind}\t{speakers}\t{unit.text}"


def unit_json(unit: Unit) -> str:
    """One JSON object per line, UTF-8 kept readable (no \\u escapes)."""
    return json.dumps(unit.to_json(), ensure_ascii=False)
