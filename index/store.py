"""The on-disk index: a directory a person can read, rebuilt when its seeds, model or code change.

Layout of ``<index dir>``::

    CURRENT                 name of the live build (swapped atomically with os.replace)
    build-<time>-<hash>/
        manifest.json       model, dimension, count, seeds hash, code version, libraries, time
        units.jsonl         one unit per line (the `sentences --json` object, plus position data)
        vectors.faiss       FAISS inner-product index over L2-normalised vectors
        bm25/               the bm25s lexical index
        cohort.npy          embeddings of the background cohort (see `index.search`)

Below `APPROXIMATE_ABOVE` units the FAISS index is exact (IndexFlatIP); above, HNSW
(IndexHNSWFlat, M=48), whose recall against exact search `bench/performance.py` measures.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.article import (
    Article,
    first_line,
    fold,
    load_articles,
    read_article,
    seeds_fingerprint,
    text_fingerprint,
)
from index.units import Unit, article_units

if TYPE_CHECKING:
    import faiss
    import numpy as np

    from index.embedder import Embedder
    from index.lexical import Lexical

log = logging.getLogger(__name__)
progress = logging.getLogger("index.progress")

FORMAT_VERSION = 4
#: Exact search is fast enough below this many units (measured: see README "Performance").
APPROXIMATE_ABOVE = 50_000
HNSW_NEIGHBOURS = 48
#: Graph degree and search depth of HNSW, from recall@10 measured on a fitted synthetic archive
#: (bench/performance.py): 0.962 at a million units (18.5 ms p50); depth 1024 gave 0.938
#: (14 ms), and 0.997 at 100 000 units (6.5 ms). M=32 gave 0.85 at a million for depth 1024.
HNSW_SEARCH_DEPTH = 1400
COHORT_FILE = "data/cohort_fr.txt"


class StoreError(RuntimeError):
    """An index directory is missing, truncated, corrupt or stale; the message names the file."""


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What an answer says about where a unit comes from."""

    id: str
    title: str
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    #: `article.text_fingerprint` of the article's text: the same text added again is found
    #: without reading every article (None in builds made before it was recorded).
    text_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index was built from; a mismatch with the running setup means rebuild."""

    format: int
    model: str
    model_revision: str
    dimension: int
    count: int
    seeds_sha256: str
    code_version: str
    index_type: str
    libraries: dict[str, str]
    created: str
    articles: list[dict[str, Any]]


@dataclass
class Index:
    """A loaded index: units, their vectors, the lexical ranker and the background cohort."""

    directory: Path
    manifest: Manifest
    units: list[Unit]
    articles: dict[str, ArticleInfo]
    vectors: faiss.Index
    lexical: Lexical
    cohort: np.ndarray

    def dense(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions) of the k nearest units per query; positions -1 mean none."""
        k = max(1, min(k, len(self.units)))
        return self.vectors.search(queries, k)


def code_version() -> str:
    """A hash of the code, word lists and French parser that make units: changing any of them
    rebuilds the index."""
    from index.nlp import parser_version

    digest = hashlib.sha256(metadata.version("article-bot").encode())
    digest.update(parser_version().encode())  # another parse gives other speakers
    package = resources.files("index")
    for name in (
        "article.py",
        "sentences.py",
        "quotes.py",
        "attribution.py",
        "naming.py",
        "cues.py",
        "phrases.py",
        "speakers.py",
        "sources.py",
        "nlp.py",
        "units.py",
        "lexicon.py",
        "data/lexicon.json",
        "data/sources.json",
        COHORT_FILE,
        "store.py",
        "lexical.py",
    ):
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def open_index(seeds: Path, directory: Path, embedder: Embedder, rebuild: bool = False) -> Index:
    """The index of `seeds` for `embedder`: reused when up to date, else (re)built atomically.

    Builds of one index folder take turns (a lock file in it): a second process that finds the
    index stale waits for the first, then uses what the first built instead of building again.
    """
    if not rebuild:
        current = _current(directory, seeds, embedder)
        if current is not None:
            return current
    with _build_lock(directory):
        if not rebuild:
            current = _current(directory, seeds, embedder, quiet=True)
            if current is not None:
                return current
        return _build(seeds, directory, embedder)


def _current(directory: Path, seeds: Path, embedder: Embedder, quiet: bool = False) -> Index | None:
    """The live build when it is complete and up to date, else None (saying why, once)."""
    try:
        index = load_index(directory)
    except StoreError as error:
        if (directory / "CURRENT").exists() and not quiet:
            log.warning("rebuilding the index: %s", error)
        return None
    reason = _stale(index.manifest, seeds, embedder)
    if reason is None:
        return index
    if not quiet:
        log.info("rebuilding the index: %s", reason)
    return None


@contextlib.contextmanager
def _build_lock(directory: Path) -> Iterator[None]:
    """Hold `directory/.build.lock` (an advisory lock the kernel drops if the holder dies)."""
    import fcntl

    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = (directory / ".build.lock").open("a")
    except OSError as error:
        raise StoreError(
            f"{directory}: cannot write the index there ({error.strerror}); "
            "pass --index DIR or set ARTICLE_BOT_DATA to a writable folder"
        ) from error
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("waiting for another build of %s to finish", directory)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _stale(manifest: Manifest, seeds: Path, embedder: Embedder) -> str | None:
    if manifest.model != embedder.name:
        return f"it was built with model {manifest.model!r}, not {embedder.name!r}"
    if manifest.model_revision != embedder.revision:
        return f"model {embedder.name!r} has new weights"
    if manifest.dimension != embedder.dimension:
        return f"its dimension {manifest.dimension} is not the model's {embedder.dimension}"
    if manifest.code_version != code_version():
        return "article-bot's segmentation or attribution changed"
    if seeds.is_dir() and manifest.seeds_sha256 != seeds_fingerprint(seeds):
        return f"the articles in {seeds} changed"
    return None


def build_index(seeds: Path, directory: Path, embedder: Embedder) -> Index:
    """Segment, attribute and embed every article of `seeds` into a new build, then swap it in
    (after any other build of `directory` has finished)."""
    with _build_lock(directory):
        return _build(seeds, directory, embedder)


def _build(seeds: Path, directory: Path, embedder: Embedder) -> Index:
    import numpy as np

    from index.lexical import Lexical

    articles = load_articles(seeds)
    if not articles:
        raise StoreError(f"{seeds}: no readable article to index; add UTF-8 .txt files there")
    progress.info("building the index of %d article(s) from %s…", len(articles), seeds)
    units = list(_with_bar(articles, "reading articles"))
    titles = {a.id: a.title_text for a in articles}
    started = time.perf_counter()
    vectors = embedder.encode_documents(dense_texts(units), progress=True)
    cohort = _reusable_cohort(directory, embedder)
    if cohort is None:
        cohort = embedder.encode_documents(_cohort_sentences())
    log.info("embedded %d units in %.1f s", len(units), time.perf_counter() - started)
    faiss_index = vector_index(vectors)
    manifest = Manifest(
        format=FORMAT_VERSION,
        model=embedder.name,
        model_revision=embedder.revision,
        dimension=embedder.dimension,
        count=len(units),
        seeds_sha256=seeds_fingerprint(seeds),
        code_version=code_version(),
        index_type="hnsw" if len(units) > APPROXIMATE_ABOVE else "flat",
        libraries=_libraries(),
        created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        articles=[asdict(article_info(a)) for a in articles],
    )
    lexical = Lexical.build(lexical_texts(units, titles))
    directory.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=f"build-{time.strftime('%Y%m%d%H%M%S')}-", dir=directory))
    try:
        _write_build(build, manifest, units, faiss_index, lexical, np.asarray(cohort))
        _swap_in(directory, build)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return load_index(directory)


def add_to_index(
    seeds: Path, directory: Path, embedder: Embedder, write: Callable[[], Path]
) -> Index:
    """Add one article to the live index without rebuilding it: only the new article's
    sentences are attributed and embedded; FAISS gains their vectors, BM25 is re-counted over
    the stored texts, and a new build is swapped in atomically as `build_index` does.

    `write` puts the article's file into `seeds` and returns its path; it runs under the build
    lock, after the live index was found up to date, so two adds never interleave. When the
    live index is missing or stale the whole index is rebuilt instead. A failure leaves the
    previous build live.
    """
    with _build_lock(directory):
        live = _current(directory, seeds, embedder, quiet=True)
        path = write()
        if live is None:
            return _build(seeds, directory, embedder)
        article = read_article(path)
        added = list(article_units(article))
        kept = [i for i, u in enumerate(live.units) if u.article != article.id]
        infos = [a for a in live.manifest.articles if a["id"] != article.id]
        infos.append(asdict(article_info(article)))
        vectors = embedder.encode_documents(dense_texts(added)) if added else None
        return _write_change(seeds, directory, embedder, live, kept, added, vectors, infos)


def remove_from_index(
    seeds: Path, directory: Path, embedder: Embedder, article_id: str, delete: Callable[[], None]
) -> Index:
    """Drop one article's units from the live index (no embedding at all), after `delete` has
    taken its file out of `seeds`; a stale or missing live index is rebuilt instead."""
    with _build_lock(directory):
        live = _current(directory, seeds, embedder, quiet=True)
        delete()
        if live is None:
            return _build(seeds, directory, embedder)
        kept = [i for i, u in enumerate(live.units) if u.article != article_id]
        infos = [a for a in live.manifest.articles if a["id"] != article_id]
        return _write_change(seeds, directory, embedder, live, kept, [], None, infos)


def _write_change(
    seeds: Path,
    directory: Path,
    embedder: Embedder,
    live: Index,
    kept: list[int],
    added: list[Unit],
    added_vectors: np.ndarray | None,
    infos: list[dict[str, Any]],
) -> Index:
    """A new build from the live one: the units at `kept` (their vectors copied, not
    recomputed), then `added` with `added_vectors`; swapped in atomically."""
    import numpy as np

    from index.lexical import Lexical, words

    if not kept and not added:
        raise StoreError(f"{seeds}: no article would be left in the index; add one first")
    units = [live.units[i] for i in kept] + added
    crosses = not hasattr(live.vectors, "hnsw") and len(units) > APPROXIMATE_ABOVE
    if len(kept) == len(live.units) and not crosses:
        vectors = _copied(live.vectors)  # every stored vector stays: copy, then add
        if added_vectors is not None:
            vectors.add(np.asarray(added_vectors, dtype=np.float32))
    else:  # units removed, or the index grows past exact search: rebuild from stored vectors
        vectors = vector_index(_stacked(live.vectors, kept, added_vectors))
    titles = {a["id"]: a["title"] for a in infos}
    stored = Lexical.stored_tokens(live.directory / "bm25", len(live.units))
    if stored is None:  # a build from before tokens were kept: stem everything once
        lexical = Lexical.build(lexical_texts(units, titles))
    else:
        new = [words(text) or ["∅"] for text in lexical_texts(added, titles)]
        lexical = Lexical.from_tokens([stored[i] for i in kept] + new)
    manifest = Manifest(
        **{
            **asdict(live.manifest),
            "count": len(units),
            "seeds_sha256": seeds_fingerprint(seeds),
            "index_type": "hnsw" if hasattr(vectors, "hnsw") else "flat",
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "articles": infos,
        }
    )
    build = Path(tempfile.mkdtemp(prefix=f"build-{time.strftime('%Y%m%d%H%M%S')}-", dir=directory))
    try:
        _write_build(build, manifest, units, vectors, lexical, live.cohort)
        _swap_in(directory, build)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return load_index(directory)


def _copied(vectors: faiss.Index) -> faiss.Index:
    import faiss

    return faiss.clone_index(vectors)


def _stacked(vectors: faiss.Index, kept: list[int], added: np.ndarray | None) -> np.ndarray:
    """The stored vectors at `kept`, then `added` (read back from FAISS: no re-embedding)."""
    import numpy as np

    stored = vectors.reconstruct_n(0, vectors.ntotal) if vectors.ntotal else None
    parts = [stored[kept]] if stored is not None and kept else []
    if added is not None:
        parts.append(np.asarray(added, dtype=np.float32))
    return np.vstack(parts)


def _reusable_cohort(directory: Path, embedder: Embedder) -> np.ndarray | None:
    """The live build's cohort vectors when they were made by this very model from this very
    cohort file (both in the manifest): a /reload of a few articles then embeds just them, not
    the 599 cohort sentences again."""
    import numpy as np

    try:
        build = directory / (directory / "CURRENT").read_text().strip()
        manifest = _read_manifest(build / "manifest.json")
        if (manifest.model, manifest.model_revision, manifest.code_version) != (
            embedder.name,
            embedder.revision,
            code_version(),
        ):
            return None
        cohort = np.load(build / "cohort.npy")
    except (OSError, ValueError, StoreError):
        return None
    return cohort if cohort.ndim == 2 and cohort.shape[1] == embedder.dimension else None


def _with_bar(articles: list[Article], description: str) -> Iterator[Unit]:
    """Units of every article, with a progress bar over the articles on a terminal (the French
    parse takes about a second per ten articles, and seconds more to load the first time)."""
    from tqdm import tqdm

    for article in tqdm(articles, desc=description, unit="article", disable=None, leave=False):
        yield from article_units(article)


_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "on", "celui-ci", "celle-ci"})
#: Other names of a speaker (roles) put before its sentences, at most this many.
ROLE_NAMES = 3


def dense_texts(units: list[Unit]) -> list[str]:
    """What the embedding model reads for each unit: the sentence after its speakers' names and
    the roles its article gives them ("François Bayrou, le président du MoDem : « … »").

    A quotation seldom names its speaker ("« … », a-t-il ajouté"), so "what did Bayrou say about
    the country?" would otherwise match the narration that names him better than his own words.
    BM25 and the quoted text are untouched: only the vector sees the names."""
    written: dict[tuple[str, str], list[str]] = {}
    for unit in units:
        for speaker in unit.speakers:
            found = written.setdefault((unit.article, speaker.canonical), [])
            found += [speaker.name.strip(), *speaker.roles]
    others: dict[tuple[str, str], list[str]] = {}
    for (article, canonical), names in written.items():
        kept: list[str] = []
        seen = [fold(canonical)]
        for name in sorted(names, key=len, reverse=True):
            folded = fold(name)
            if folded in _PRONOUNS or any(folded in s or s in folded for s in seen):
                continue
            seen.append(folded)
            kept.append(name)
        others[(article, canonical)] = kept[:ROLE_NAMES]
    texts = []
    for unit in units:
        names = []
        for canonical in dict.fromkeys(s.canonical for s in unit.speakers):
            names += [canonical, *others[(unit.article, canonical)]]
        texts.append(f"{', '.join(names)} : {unit.text}" if names else unit.text)
    return texts


def lexical_text(unit: Unit, titles: dict[str, str], prompt: str = "") -> str:
    """What BM25 reads for a unit: its article's title, then the sentence (and the interviewer's
    question it answers, if any: `interview_prompts`).

    A sentence often leans on its article for its subject; the title's words let BM25 find the
    right article for "Quelle est la population du Canada ?" even when the sentence only says
    "Le pays compte…"; on PIAF it was worth about three points of hybrid recall@1.
    The dense side embeds the sentence alone: a title shared by every sentence of an article
    would blur the differences between them.
    """
    title = titles.get(unit.article)
    text = unit.text if unit.kind == "title" or not title else f"{title} {unit.text}"
    return f"{text} {prompt}" if prompt else text


def lexical_texts(units: list[Unit], titles: dict[str, str]) -> list[str]:
    """`lexical_text` of each unit, in order, with the question each interview answer answers."""
    prompts = interview_prompts(units)
    return [lexical_text(u, titles, prompts.get(i, "")) for i, u in enumerate(units)]


def interview_prompts(units: list[Unit]) -> dict[int, str]:
    """The interviewer's question each answer of an interview answers, by unit position.

    "Comment avez-vous accueilli les polémiques … ?" then "J.-L. G. : Je les ai trouvées
    absurdes.": the answer's topic is in the question, not in the answer, so BM25 reads the
    question with every attributed sentence of the paragraph after it. A question paragraph is
    one unit of narration (nobody's words) ending on "?"."""
    prompts: dict[int, str] = {}
    paragraphs: dict[tuple[str, int], list[int]] = {}
    for i, unit in enumerate(units):
        paragraphs.setdefault((unit.article, unit.paragraph), []).append(i)
    for (article, paragraph), members in paragraphs.items():
        before = paragraphs.get((article, paragraph - 1), [])
        if len(before) != 1:
            continue
        question = units[before[0]]
        if question.speakers or question.kind != "body" or not question.text.rstrip().endswith("?"):
            continue
        for i in members:
            if units[i].speakers:
                prompts[i] = question.text
    return prompts


def load_index(directory: Path) -> Index:
    """Read the live build of an index directory; any damage raises `StoreError` naming the file."""
    import faiss
    import numpy as np

    from index.lexical import Lexical

    pointer = directory / "CURRENT"
    try:
        build = directory / pointer.read_text().strip()
    except OSError as error:
        raise StoreError(f"{pointer}: no index yet ({error.strerror})") from error
    manifest = _read_manifest(build / "manifest.json")
    units = _read_units(build / "units.jsonl", manifest.count)
    vectors_path = build / "vectors.faiss"
    try:
        vectors = faiss.read_index(str(vectors_path))
    except RuntimeError as error:
        raise StoreError(f"{vectors_path}: unreadable FAISS index ({first_line(error)})") from error
    if vectors.ntotal != manifest.count or vectors.d != manifest.dimension:
        raise StoreError(
            f"{vectors_path}: holds {vectors.ntotal} vectors of dimension {vectors.d}, "
            f"manifest says {manifest.count} of {manifest.dimension}"
        )
    if hasattr(vectors, "hnsw"):
        vectors.hnsw.efSearch = HNSW_SEARCH_DEPTH
    cohort_path = build / "cohort.npy"
    try:
        cohort = np.load(cohort_path)
        lexical = Lexical.load(build / "bm25", len(units))
    except (OSError, ValueError) as error:
        raise StoreError(f"{build}: damaged ({first_line(error)})") from error
    if cohort.ndim != 2 or cohort.shape[1] != manifest.dimension:
        raise StoreError(f"{cohort_path}: wrong shape {cohort.shape}")
    articles = {a["id"]: ArticleInfo(**a) for a in manifest.articles}
    return Index(build, manifest, units, articles, vectors, lexical, cohort)


def _read_manifest(path: Path) -> Manifest:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict) and raw.get("format") != FORMAT_VERSION:
            raise StoreError(
                f"{path}: format {raw.get('format')}, this version reads {FORMAT_VERSION}"
            )
        return Manifest(**raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
        raise StoreError(f"{path}: missing or corrupt ({first_line(error)})") from error


def _read_units(path: Path, count: int) -> list[Unit]:
    try:
        with path.open(encoding="utf-8") as lines:
            units = [Unit.from_record(json.loads(line)) for line in lines]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise StoreError(f"{path}: missing or corrupt ({first_line(error)})") from error
    if len(units) != count:
        raise StoreError(f"{path}: {len(units)} units, manifest says {count} (truncated?)")
    return units


def _write_build(
    build: Path,
    manifest: Manifest,
    units: list[Unit],
    vectors: faiss.Index,
    lexical: Lexical,
    cohort: np.ndarray,
) -> None:
    import faiss
    import numpy as np

    with (build / "units.jsonl").open("w", encoding="utf-8") as out:
        for unit in units:
            out.write(json.dumps(unit.to_record(), ensure_ascii=False) + "\n")
    faiss.write_index(vectors, str(build / "vectors.faiss"))
    lexical.save(build / "bm25")
    np.save(build / "cohort.npy", cohort)
    # The manifest goes last: a build without one is incomplete and never loaded.
    (build / "manifest.json").write_text(json.dumps(asdict(manifest), indent=2, ensure_ascii=False))
    build.chmod(0o755)


def _swap_in(directory: Path, build: Path) -> None:
    """Point CURRENT at the new build atomically, then remove the build it replaced and any
    incomplete build (no manifest) a crashed process left. Callers hold the build lock, so no
    other build is being written; a complete build CURRENT does not name is left alone."""
    pointer = directory / "CURRENT"
    try:
        replaced = directory / pointer.read_text().strip()
    except OSError:
        replaced = None
    staged = directory / f".CURRENT.{os.getpid()}"
    staged.write_text(build.name + "\n")
    os.replace(staged, pointer)
    for old in directory.glob("build-*"):
        if old == build or not old.is_dir():
            continue
        if old == replaced or not (old / "manifest.json").exists():
            shutil.rmtree(old, ignore_errors=True)


def vector_index(vectors: np.ndarray) -> faiss.Index:
    """The FAISS index the store builds for these L2-normalised vectors (exact or HNSW by size);
    public so that `bench/performance.py` measures exactly what the product builds."""
    import faiss

    dimension = vectors.shape[1]
    if len(vectors) > APPROXIMATE_ABOVE:
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    else:
        index = faiss.IndexFlatIP(dimension)
    index.add(vectors)
    return index


def _cohort_sentences() -> list[str]:
    text = resources.files("index").joinpath(COHORT_FILE).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def article_info(article: Article) -> ArticleInfo:
    meta = article.metadata
    body = "\n".join(article.block_text(b) for b in article.blocks)
    return ArticleInfo(
        article.id,
        article.title_text,
        meta.get("url"),
        meta.get("date"),
        meta.get("outlet"),
        text_fingerprint(body),
    )


def indexed_articles(seeds: Path, directory: Path) -> list[ArticleInfo] | None:
    """The articles of the live build when it is up to date with `seeds` and records their
    text fingerprints; else None (read the seeds themselves)."""
    try:
        build = directory / (directory / "CURRENT").read_text().strip()
        manifest = _read_manifest(build / "manifest.json")
    except (OSError, StoreError):
        return None
    if manifest.seeds_sha256 != seeds_fingerprint(seeds):
        return None
    infos = [ArticleInfo(**a) for a in manifest.articles]
    return infos if all(info.text_sha256 for info in infos) else None


def _libraries() -> dict[str, str]:
    names = (
        "article-bot",
        "faiss-cpu",
        "onnxruntime",
        "sentence-transformers",
        "torch",
        "bm25s",
        "spacy",
    )
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "absent"
    return found
