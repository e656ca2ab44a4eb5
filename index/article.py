"""Read a seeds folder of plain-text articles into `Article` values, never failing on one bad file.

An article file is UTF-8 text. An optional front-matter block (``---`` lines around ``key: value``
lines) or a sidecar ``<name>.json`` carries metadata (url, date, outlet). The first non-empty line
after it is the title; blocks are separated by blank lines. Offsets everywhere are indices into the
decoded file text, so ``article.text[start:end]`` is always the exact source of a unit.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

#: Files larger than this are not articles; reading one would only stall the build.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt",)
METADATA_KEYS = ("url", "date", "outlet", "author")

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0\u202f\ufeff]*\n")
#: A first line this long is a paragraph, never a headline (news headlines run to about 120).
MAX_TITLE_CHARS = 300
#: Past this length, a first line closed by a full stop reads as prose: headlines rarely end
#: on one, and the long ones that do are a lead pasted without its title.
PROSE_TITLE_CHARS = 150
_FULL_STOP_END = re.compile(r"[^.]\.[»”\"’)]*$")
_INNER_SENTENCE = re.compile(r"[^.][.!?][»”\"]?\s+[«\"“]?\s*[A-ZÀ-ÖØ-Þ]")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines: a title, caption, lead, heading or body paragraph(s)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article's decoded text, its blocks in reading order and optional metadata."""

    id: str
    path: str
    text: str
    title: Block | None
    blocks: tuple[Block, ...]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def title_text(self) -> str:
        return self.text[self.title.start : self.title.end] if self.title else self.id

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message names the file and the fix."""


def article_id(path: Path) -> str:
    """The file name without its suffix: stable across machines and readable in answers.

    A name that does not decode (bytes that are not UTF-8 reach Python as surrogates) or holds
    characters that would break a unit id (``:``, controls, spaces) keeps its readable part,
    plus a short hash of the raw name so that two such files never share an id.
    """
    stem = path.stem
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)
    if safe == stem and stem.isprintable() and safe.strip("._"):
        return stem
    raw = os.fsencode(path.name)
    return f"{safe.strip('_')[:60] or 'article'}-{hashlib.sha256(raw).hexdigest()[:8]}"


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes unified: the key used to compare spellings.

    Cached: a question is folded by every reader of it (the slot, the kind of answer, BM25, the
    ranker's features), and an article's names by every sentence that meets them."""
    import unicodedata

    text = text.replace("’", "'").replace("`", "'").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def first_line(error: BaseException) -> str:
    """An error's first line (its type when it has no message): what a one-line report shows."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def text_fingerprint(text: str) -> str:
    """A hash of a text's folded words: the same article however it was spaced or accented
    (a page's paragraphs and the seed file they were written to give the same value)."""
    words = re.findall(r"\w+", fold(text))
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def is_punctuation_only(text: str) -> bool:
    """True for lines like a lone "»" or "***" that carry no words."""
    return not any(c.isalnum() for c in text)


def read_article(path: Path) -> Article:
    """Decode and split one file; raises `ArticleError` for empty, binary or non-UTF-8 input."""
    try:
        with path.open("rb") as source:
            # Never more than the limit in memory: a 1 GiB file is refused after 20 MiB.
            raw = source.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleError(f"{_shown(path)}: cannot read ({error.strerror})") from error
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{_shown(path)}: over the {MAX_ARTICLE_BYTES // 2**20} MiB limit of an article"
        )
    if b"\x00" in raw:
        raise ArticleError(
            f"{_shown(path)}: binary file, not a text article; remove it from the seeds"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{_shown(path)}: not UTF-8 (byte {error.start}); re-save it as UTF-8"
        ) from error
    if not text.strip() or is_punctuation_only(text):
        raise ArticleError(f"{_shown(path)}: empty article")

    metadata, body_start = _front_matter(text)
    metadata = {**_sidecar_metadata(path), **metadata}
    blocks = list(_blocks(text, body_start))
    if not blocks:
        raise ArticleError(f"{_shown(path)}: empty article")
    title, rest = _split_title(text, blocks)
    rest = _rejoined(text, rest)
    title_key = fold(text[title.start : title.end]).strip() if title else None
    kept = tuple(
        block
        for block in rest
        if not is_punctuation_only(text[block.start : block.end])
        and fold(text[block.start : block.end]).strip() != title_key
    )
    return Article(
        id=article_id(path),
        path=_shown(path),
        text=text,
        title=title,
        blocks=kept,
        metadata=metadata,
    )


def iter_article_paths(seeds: Path) -> list[Path]:
    """Files of a seeds folder in a stable order, hidden files and sidecar metadata left out."""
    return [p for p in _seed_files(seeds, warn=True) if p.suffix.lower() != ".json"]


def _seed_files(seeds: Path, warn: bool = False) -> list[Path]:
    """Regular files of the seeds folder, sorted; links that lead outside it are skipped (a
    link in a mounted folder must not expose the rest of the disk). Only reading the articles
    warns about them: the staleness check lists the folder too, on every start."""
    if not seeds.is_dir():
        raise ArticleError(f"{seeds}: no such seeds folder; pass --seeds DIR or create it")
    root = seeds.resolve()
    found = []
    for path in seeds.iterdir():
        if path.name.startswith("."):
            continue
        try:
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                if warn:
                    log.warning("skipped %s: a link to a file outside %s", _shown(path), seeds)
                continue
            if path.is_file():
                found.append(path)
        except OSError as error:  # a link loop, a vanished file
            if warn:
                log.warning("skipped %s: %s", _shown(path), error.strerror)
    return sorted(found)


def _shown(path: Path) -> str:
    """A path as a person can read it in a log line, whatever bytes its name holds."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def load_articles(seeds: Path) -> list[Article]:
    """Every readable article of `seeds`; each unreadable file costs one warning, not the build."""
    articles = []
    for path in iter_article_paths(seeds):
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            log.warning(
                "skipped %s: not an article (only %s files are read)",
                _shown(path),
                " and ".join(ARTICLE_SUFFIXES),
            )
            continue
        try:
            articles.append(read_article(path))
        except ArticleError as error:
            log.warning("skipped %s", error)
    return articles


def seeds_fingerprint(seeds: Path) -> str:
    """A hash of what the index is built from, to tell when it is stale: the bytes of every
    article and sidecar (read in chunks), and only the name, size and time of other files and of
    articles over the size limit (they are skipped anyway, so hashing a 1 GiB file on every
    start would buy nothing). A file that cannot be read counts as its error."""
    digest = hashlib.sha256()
    for path in _seed_files(seeds):
        digest.update(os.fsencode(path.name) + b"\0")
        try:
            status = path.stat()
            if (
                path.suffix.lower() not in (*ARTICLE_SUFFIXES, ".json")
                or status.st_size > MAX_ARTICLE_BYTES
            ):
                digest.update(f"{status.st_size}:{status.st_mtime_ns}".encode())
                continue
            with path.open("rb") as source:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
        except OSError as error:
            digest.update(f"unreadable:{error.errno}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    metadata = {}
    for line in match["body"].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in METADATA_KEYS and value.strip():
            metadata[key.strip().lower()] = value.strip()
    return metadata, match.end()


def _sidecar_metadata(path: Path) -> dict[str, str]:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("ignored metadata %s: %s", sidecar, error)
        return {}
    if not isinstance(values, dict):
        return {}
    return {k: str(v) for k, v in values.items() if k in METADATA_KEYS and v}


def _blocks(text: str, start: int) -> Iterator[Block]:
    """Blank-line separated blocks, trimmed of surrounding whitespace, as offsets into `text`."""
    position = start
    for separator in _BLANK_LINE.finditer(text, start):
        yield from _trimmed(text, position, separator.start())
        position = separator.end() - 1
    yield from _trimmed(text, position, len(text))


def _rejoined(text: str, blocks: list[Block]) -> list[Block]:
    """Blocks with a sentence a page cut with a blank line made whole again: a block that
    opens on a lowercase letter goes on from the paragraph before it when that one, prose
    (a sentence ends inside it), breaks off with no full stop ("… dans les terres. Pour Yann
    X, météorologue, Ciaran" + "fera date dans le sens où …"). An edited paragraph never opens
    in lowercase; a line after a heading, a dateline or a signature ("par Charlotte X", "à
    franceinfo", "information fournie par Reuters") is left alone."""
    joined: list[Block] = []
    for block in blocks:
        first = text[block.start]
        previous = text[joined[-1].start : joined[-1].end] if joined else ""
        if (
            first.isalpha()
            and first.islower()
            and previous[-1:] not in '.!?…:»”"'
            and re.search(r"[.!?…]\s*\S", previous) is not None
        ):
            joined[-1] = Block(joined[-1].start, block.end)
        else:
            joined.append(block)
    return joined


def _trimmed(text: str, start: int, end: int) -> Iterator[Block]:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Block(start, end)


def _split_title(text: str, blocks: list[Block]) -> tuple[Block | None, list[Block]]:
    """The first line of the first block is the title; the rest of that block is content.

    A text pasted without its headline (a wire excerpt, a lead copied from a page) opens on a
    paragraph: read as a title, its quotations would go unattributed and its sentences would
    rank as a headline. Such a first line is kept as content and the article has no title.
    """
    first = blocks[0]
    newline = text.find("\n", first.start, first.end)
    line = next(_trimmed(text, first.start, first.end if newline == -1 else newline))
    if _reads_as_prose(text[line.start : line.end]):
        return None, blocks
    if newline == -1:
        return first, blocks[1:]
    remainder = list(_trimmed(text, newline + 1, first.end))
    return line, remainder + blocks[1:]


def _reads_as_prose(line: str) -> bool:
    """A paragraph rather than a headline: too long for one, or sentences closed by full stops."""
    if len(line) > MAX_TITLE_CHARS:
        return True
    if not _FULL_STOP_END.search(line):
        return False
    return len(line) >= PROSE_TITLE_CHARS or bool(_INNER_SENTENCE.search(line))
