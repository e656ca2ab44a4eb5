"""The answering engine shared by every front end, and its rebuild while the bot keeps serving."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from index import (
    Added,
    Answer,
    Embedder,
    Extracted,
    Retriever,
    Unit,
    add_article,
    load_embedder,
    load_index,
    open_index,
    remove_article,
)

log = logging.getLogger(__name__)


#: How many other names /sources shows beside a source's canonical one.
MAX_ALIASES = 3


@dataclass(frozen=True, slots=True)
class SourceCount:
    """A speaker of the articles and how many sentences it is given."""

    canonical: str
    count: int
    #: The other names the articles give this source ("la présidence française", "Paris").
    aliases: tuple[str, ...] = ()


class Engine:
    """Holds the live `Retriever`; `rebuild` swaps in a new one without stopping `search`."""

    def __init__(self, seeds: Path, index_dir: Path, embedder: Embedder) -> None:
        self.seeds = seeds
        self.index_dir = index_dir
        self.embedder = embedder
        self.retriever = Retriever(open_index(seeds, index_dir, embedder), embedder)
        self._rebuilding = threading.Lock()
        self._sources: tuple[Retriever, list[SourceCount]] | None = None

    @classmethod
    def load(cls, seeds: Path, models_dir: Path, index_dir: Path, model: str | None) -> Engine:
        return cls(seeds, index_dir, load_embedder(model, models_dir))

    def search(self, question: str, k: int = 3) -> Answer:
        # Read the attribute once: a concurrent rebuild swaps it whole.
        return self.retriever.search(question, k)

    def rebuild(self) -> Retriever | None:
        """Rebuild from the seeds; None when a rebuild is already running. Blocking: run it in a
        thread. The old retriever keeps answering until the new one is complete."""
        if not self._rebuilding.acquire(blocking=False):
            return None
        try:
            retriever = Retriever(
                open_index(self.seeds, self.index_dir, self.embedder, rebuild=True), self.embedder
            )
            self.retriever = retriever
            return retriever
        finally:
            self._rebuilding.release()

    def add(self, extracted: Extracted) -> Added:
        """Add one article to the seeds and the live index (blocking: run it in a thread).
        The old retriever answers until the new build is swapped in."""
        added = add_article(extracted, self.seeds, self.index_dir, self.embedder)
        if not added.already:
            self.retriever = Retriever(load_index(self.index_dir), self.embedder)
        return added

    def remove(self, article_id: str) -> str:
        """Remove one article (blocking); returns its title. Raises `LibraryError` if unknown."""
        title = remove_article(article_id, self.seeds, self.index_dir, self.embedder)
        self.retriever = Retriever(load_index(self.index_dir), self.embedder)
        return title

    @property
    def units(self) -> list[Unit]:
        return self.retriever.index.units

    @property
    def titles(self) -> list[str]:
        return [a["title"] for a in self.retriever.index.manifest.articles]

    def sources(self) -> list[SourceCount]:
        """Speakers by number of sentences attributed to them, most quoted first.

        Computed once per index (it scans every unit, and every "no answer" reply asks for it).
        """
        retriever = self.retriever
        if self._sources is None or self._sources[0] is not retriever:
            self._sources = (retriever, count_sources(retriever.index.units))
        return self._sources[1]

    def statements(self, canonical: str) -> list[Unit]:

        key = canonical.casefold()
        return [u for u in self.units if any(s.canonical.casefold() == key for s in u.speakers)]

    def leads(self) -> list[tuple[str, str]]:
        """(title, first lead or body sentence) for each article."""
        found: dict[str, str] = {}
        for unit in self.units:
            if unit.kind in ("lead", "body") and unit.article not in found:
                found[unit.article] = unit.text
        return [
            (a["title"], found.get(a["id"], "")) for a in self.retriever.index.manifest.articles
        ]


def count_sources(units: list[Unit]) -> list[SourceCount]:
    """Speakers by number of sentences attributed to them, with their other names."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    aliases: dict[str, dict[str, None]] = {}
    for unit in units:
        for speaker in {s.canonical: s for s in unit.speakers}.values():
            key = speaker.canonical.casefold()
            counts[key] += 1
            spelling.setdefault(key, speaker.canonical)
        for speaker in unit.speakers:
            alias = _alias(speaker.name)
            if alias and alias.casefold() not in speaker.canonical.casefold():
                aliases.setdefault(speaker.canonical.casefold(), {})[alias] = None
    return [
        SourceCount(spelling[k], n, tuple(aliases.get(k, {}))[:MAX_ALIASES])
        for k, n in counts.most_common()
    ]


def _alias(name: str) -> str:
    """A speaker's name as written, without its determiner; nothing for a pronoun."""
    words = name.split()
    if len(words) == 1 and words[0].islower():
        return ""  # il, elle, lui
    for prefix in ("l'", "l’", "le ", "la ", "les ", "un ", "une ", "d'", "d’"):
        if name.casefold().startswith(prefix):
            return name[len(prefix) :]
    return name
