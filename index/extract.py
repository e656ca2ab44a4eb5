"""Turn a news page (or a text file) into an article: title, text, date, outlet, author.

Pages are read by trafilatura (boilerplate removal: navigation, cookie banners, related links
and comments go; metadata from Open Graph, JSON-LD and meta tags). A page without article text
(a home page, a login wall, an error page) raises `ExtractError` with one line saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: Below this much text, or without one real paragraph, a page holds no article.
MIN_TEXT_CHARS = 300
MIN_PARAGRAPH_CHARS = 80
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)


class ExtractError(RuntimeError):
    """No article could be read from the input; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article ready to be written as a seed file."""

    title: str
    paragraphs: tuple[str, ...]
    url: str = ""
    date: str = ""
    outlet: str = ""
    author: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")


def from_html(html: bytes | str, url: str = "", where: str = "") -> Extracted:
    """The article of one HTML page; `where` names it in errors (its URL or file)."""
    import trafilatura

    where = where or url or "the page"
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if document is None or not (document.text or "").strip():
        raise ExtractError(f"{where}: no article text on this page (a home page, a login wall?)")
    title = _one_line(document.title or "")
    paragraphs = [_one_line(p) for p in document.text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline repeated at the top of the text
    if not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    _check_article(where, title, paragraphs)
    return Extracted(
        title=title,
        paragraphs=tuple(paragraphs),
        url=url or (document.url or ""),
        date=document.date or "",
        outlet=_one_line(document.sitename or ""),
        author=_one_line(document.author or ""),
    )


def from_text(text: str, where: str) -> Extracted:
    """A plain-text article: its first non-empty line is the title, blank lines part blocks."""
    blocks = [_one_line(b) for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    blocks = [b for b in blocks if b]
    if not blocks:
        raise ExtractError(f"{where}: empty")
    first, _, rest = text.strip().partition("\n")
    title = _one_line(first)
    paragraphs = [_one_line(b) for b in re.split(r"\n\s*\n", rest.replace("\r\n", "\n"))]
    paragraphs = [p for p in paragraphs if p]
    _check_article(where, title, paragraphs)
    return Extracted(title=title, paragraphs=tuple(paragraphs))


def from_file(path: Path) -> Extracted:
    """A local `.html` / `.htm` page or `.txt` article."""
    _check_suffix(path.name)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExtractError(f"{path}: cannot be read ({error.strerror})") from error
    return from_bytes(path.name, raw)


def from_bytes(name: str, raw: bytes) -> Extracted:
    """A file's bytes, read as the page or text its name's suffix says (a local file, or a
    document sent to the bot)."""
    _check_suffix(name)
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return from_html(raw, where=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExtractError(f"{name}: not UTF-8 text") from error
    if "\x00" in text:
        raise ExtractError(f"{name}: a binary file, not a text")
    return from_text(text, name)


def _check_suffix(name: str) -> None:
    if Path(name).suffix.lower() not in HTML_SUFFIXES + TEXT_SUFFIXES:
        raise ExtractError(f"{name}: only .html and .txt files can be added")


def _check_article(where: str, title: str, paragraphs: list[str]) -> None:
    body = sum(len(p) for p in paragraphs)
    real = [p for p in paragraphs if len(p) >= MIN_PARAGRAPH_CHARS and _SENTENCE_END.search(p)]
    if not title or body < MIN_TEXT_CHARS or not real:
        raise ExtractError(
            f"{where}: no article text here ({body} characters of text, "
            f"{len(real)} real paragraph(s)); a home page or a page of links?"
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())
