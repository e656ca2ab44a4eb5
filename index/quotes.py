"""Where an article quotes someone: the spans between quotation marks, and the words they hold.

Straight quotes are told open from close by `sentences.quote_roles`; a quotation left open at the
end of a block closes there, so a stray mark cannot swallow the rest of the article. Offsets are
article offsets throughout, kept sorted so every lookup is a bisect (long articles stay linear).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from index.article import Article, Block
from index.sentences import CLOSING_QUOTES, OPENING_QUOTES, Sentence, quote_roles, wrapped_line

Span = tuple[int, int]


def quote_spans(article: Article) -> list[Span]:
    """(start, end) offsets of the text between each pair of quotation marks, block by block."""
    spans = []
    text = article.text
    blocks = (article.title, *article.blocks) if article.title else article.blocks
    all_roles = [quote_roles(text, block.start, block.end) for block in blocks]
    first_marks = [
        _first_mark(text, block.start, block.end, roles)
        for block, roles in zip(blocks, all_roles, strict=True)
    ]
    left_open = False
    for number, (block, roles) in enumerate(zip(blocks, all_roles, strict=True)):
        opened: int | None = None
        depth = 0  # guillemets nest: « … parler de « bordel », mais … »
        if left_open and _closed_later(first_marks[number:]):
            # A quotation running over paragraphs without the « that French reopens them with:
            # the next mark closes it, so the paragraph goes on inside it (one span, so that
            # its speaker covers every paragraph of it).
            opened = spans.pop()[0]
        left_open = False
        for position in range(block.start, block.end):
            char = text[position]
            if char == "\n" and opened is not None and _line_closes(text, position, block, roles):
                spans.append((opened, position))
                opened, depth = None, 0
            elif char in OPENING_QUOTES or roles.get(position) == "open":
                if opened is None:
                    opened = position + 1
                elif char in OPENING_QUOTES:
                    depth += 1
            elif (char in CLOSING_QUOTES or roles.get(position) == "close") and opened is not None:
                if depth and char in CLOSING_QUOTES:
                    depth -= 1
                    continue
                spans.append((opened, position))
                opened, depth = None, 0
        if opened is not None:
            spans.append((opened, block.end))
            left_open = True
    return spans


def _line_closes(text: str, newline: int, block: Block, roles: dict[int, str]) -> bool:
    """Whether a quotation still open at a line break ends there: the line ends its sentence
    (not hard-wrapped text) and the next line does not close a quotation first. A mark the
    writer forgot (`doit "vérifier si … du 1er septembre.` then `AFP - Le procureur a annoncé`)
    must not put the next lines' own cues inside the quotation."""
    if wrapped_line(text, newline, block.end):
        return False
    end = text.find("\n", newline + 1, block.end)
    end = block.end if end < 0 else end
    return _first_mark(text, newline + 1, end, roles) != "close"


def _first_mark(text: str, start: int, end: int, roles: dict[int, str]) -> str:
    """ "open" or "close": the first quotation mark of a block; "" when it has none."""
    for position in range(start, end):
        char = text[position]
        if char in OPENING_QUOTES or roles.get(position) == "open":
            return "open"
        if char in CLOSING_QUOTES or roles.get(position) == "close":
            return "close"
    return ""


def _closed_later(first_marks: list[str], reach: int = 4) -> bool:
    """Whether, from this block on, the next quotation mark (within `reach` blocks) closes."""
    return next((mark for mark in first_marks[:reach] if mark), "") == "close"


def overlapping(spans: list[Span], unit: Sentence) -> list[Span]:
    """The sorted, disjoint quote spans that overlap a unit."""
    first = max(0, bisect.bisect_right(spans, (unit.start, unit.start)) - 1)
    found = []
    for start, end in spans[first:]:
        if start >= unit.end:
            break
        if end > unit.start:
            found.append((start, end))
    return found


def quotes_in(text: str, spans: list[Span], unit: Sentence) -> tuple[str, ...]:
    """The quoted words of one unit, as written, without their marks."""
    found = []
    for start, end in overlapping(spans, unit):
        start, end = max(start, unit.start), min(end, unit.end)
        quoted = text[start:end].strip().strip('«»“”"').strip()
        if end > start and any(c.isalnum() for c in quoted):
            found.append(quoted)
    return tuple(found)


def quoted_chars(spans: list[Span], unit: Sentence) -> list[Span]:
    """Quote spans relative to the unit's own text (what the parser's offsets are)."""
    return [
        (max(s, unit.start) - unit.start, min(e, unit.end) - unit.start)
        for s, e in overlapping(spans, unit)
    ]


def quoted_share(spans: list[Span], unit: Sentence) -> float:
    """The fraction of a unit's letters that stand inside quotation marks."""
    text = unit.text
    letters = sum(c.isalnum() for c in text)
    if not letters:
        return 0.0
    inside = sum(c.isalnum() for start, end in quoted_chars(spans, unit) for c in text[start:end])
    return inside / letters


def passages(
    spans: list[Span], units: Sequence[Sentence], readable: Sequence[str]
) -> list[tuple[Span, list[int]]]:
    """Each quotation that runs over two or more readable units, with those units' positions."""
    starts = [u.start for u in units]
    found = []
    for start, end in spans:
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, end)
        covered = [
            i
            for i in range(first, last)
            if units[i].start < end and units[i].end > start and units[i].kind in readable
        ]
        if len(covered) >= 2:
            found.append(((start, end), covered))
    return found
