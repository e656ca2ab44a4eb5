"""Add an article to the seeds folder and the index from a link or a file, or remove one.

An added article is written in the seeds format the README documents (front matter with `url`,
`date`, `outlet`, `author`; the title; one block per paragraph), under an id made from its
title, atomically (a temporary file renamed into place). The same URL, or the same text, again
changes nothing and says which article already holds it. Only the new article is attributed
and embedded (`store.add_to_index`); if that fails, its file is taken out again.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.article import fold, load_articles, text_fingerprint
from index.extract import Extracted, from_bytes, from_file, from_html, from_text
from index.fetch import fetch

if TYPE_CHECKING:
    from index.embedder import Embedder
    from index.store import Index

#: Longest article id made from a title.
MAX_ID_CHARS = 60


class LibraryError(RuntimeError):
    """The article cannot be added or removed; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Added:
    """The outcome of one add: the article's id and what it holds, or where it already was."""

    id: str
    title: str
    date: str
    outlet: str
    sentences: int
    sources: tuple[str, ...]
    already: bool = False
    #: Three questions a reader could ask of it (by its most quoted sources).
    examples: tuple[str, ...] = ()


def read_source(source: str) -> Extracted:
    """The article at a URL or in a local file (raises `FetchError` / `ExtractError`)."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source.strip()):
        page = fetch(source)
        if page.content_type == "text/plain":
            text = page.body.decode(page.charset or "utf-8", errors="replace")
            found = from_text(text, page.url)
            return Extracted(found.title, found.paragraphs, url=page.url)
        return from_html(page.body, url=page.url, where=page.url)
    path = Path(source).expanduser()
    if not path.is_file():
        raise LibraryError(f"{source}: neither a link (http/https) nor a file")
    return from_file(path)


def read_upload(name: str, data: bytes) -> Extracted:
    """The article in an uploaded file (a Telegram document): `.html` / `.htm` or `.txt`."""
    return from_bytes(name, data)


def add(extracted: Extracted, seeds: Path, index_dir: Path, embedder: Embedder) -> Added:
    """Write `extracted` into `seeds` and add it to the index there (see the module docstring)."""
    from index.store import add_to_index

    seeds.mkdir(parents=True, exist_ok=True)
    existing = _already_there(extracted, seeds, index_dir)
    if existing is not None:
        return existing
    written: list[Path] = []

    def write() -> Path:
        path = _free_path(seeds, article_id(extracted.title))
        _write_atomically(path, seed_text(extracted))
        written.append(path)
        return path

    try:
        index = add_to_index(seeds, index_dir, embedder, write)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return _summary(index, written[0].stem)


def remove(identifier: str, seeds: Path, index_dir: Path, embedder: Embedder) -> str:
    """Take the article `identifier` out of `seeds` and the index; returns its title."""
    from index.store import remove_from_index

    path = seeds / f"{identifier}.txt"
    if "/" in identifier or identifier.startswith(".") or not path.is_file():
        known = sorted(p.stem for p in seeds.glob("*.txt"))
        hint = ", ".join(known[:5]) + (" …" if len(known) > 5 else "")
        raise LibraryError(f"no article {identifier!r} in {seeds} (articles: {hint or 'none'})")
    title = next(
        (line.strip() for line in _body_lines(path.read_text("utf-8", errors="replace"))), ""
    )
    sidecar = path.with_suffix(".json")

    def delete() -> None:
        path.unlink()
        sidecar.unlink(missing_ok=True)

    remove_from_index(seeds, index_dir, embedder, identifier, delete)
    return title


def article_id(title: str) -> str:
    """A file-name-safe id from a title: folded, words joined by "_", at most `MAX_ID_CHARS`."""
    words = re.findall(r"[a-z0-9]+", fold(title))
    slug = ""
    for word in words:
        candidate = f"{slug}_{word}" if slug else word
        if len(candidate) > MAX_ID_CHARS:
            break
        slug = candidate
    return slug or "article_" + hashlib.sha256(title.encode()).hexdigest()[:8]


def seed_text(extracted: Extracted) -> str:
    """The article as a seed file: front matter, title, then one block per paragraph."""
    meta = [
        f"{key}: {value}"
        for key, value in (
            ("url", extracted.url),
            ("date", extracted.date),
            ("outlet", extracted.outlet),
            ("author", extracted.author),
        )
        if value
    ]
    head = "---\n" + "\n".join(meta) + "\n---\n" if meta else ""
    return head + extracted.title + "\n\n" + "\n\n".join(extracted.paragraphs) + "\n"


def _already_there(extracted: Extracted, seeds: Path, index_dir: Path) -> Added | None:
    """The article already holding this URL or this text, if any: from the live index's
    manifest when it is up to date (no article read), else from the seed files."""
    from index.store import article_info, indexed_articles

    wanted = text_fingerprint(extracted.text)
    known = indexed_articles(seeds, index_dir)
    if known is None:
        known = [article_info(article) for article in load_articles(seeds)]
    for info in known:
        same_url = bool(extracted.url) and info.url == extracted.url
        if same_url or info.text_sha256 == wanted:
            return Added(info.id, info.title, info.date or "", info.outlet or "", 0, (), True)
    return None


def _summary(index: Index, identifier: str) -> Added:
    from collections import Counter

    units = [u for u in index.units if u.article == identifier]
    counts = Counter(
        s.canonical for u in units for s in {x.canonical: x for x in u.speakers}.values()
    )
    info = index.articles.get(identifier)
    sources = tuple(name for name, _ in counts.most_common())
    return Added(
        identifier,
        info.title if info else identifier,
        (info.date if info else "") or "",
        (info.outlet if info else "") or "",
        len(units),
        sources,
    )


def _free_path(seeds: Path, identifier: str) -> Path:
    path = seeds / f"{identifier}.txt"
    number = 2
    while path.exists():
        path = seeds / f"{identifier}_{number}.txt"
        number += 1
    return path


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".adding-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _body_lines(text: str):
    """The lines of a seed file after its front matter."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        lines = lines[end + 1 :]
    return (line for line in lines if line.strip())
