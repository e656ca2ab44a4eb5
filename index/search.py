"""Answer a question from the index: hybrid retrieval, speaker-aware ranking, calibrated silence.

1. **Hybrid.** The dense ranker (cosine of e5 embeddings) and BM25 over folded, stemmed words
   each propose candidates; a candidate's score is its cosine plus `LEXICAL_WEIGHT` times its
   BM25 score divided by the best BM25 score of the question. Cosine carries meaning across
   languages; BM25 rewards the exact rare words (names, numbers) that embeddings blur.
2. **Speaker-aware.** When the question names a source (`index.sources`), candidates attributed
   to it come first, provided they are within `SPEAKER_MARGIN` of the best score: naming the
   Élysée should surface what the Élysée said, not any sentence it said.
3. **Abstention.** e5 cosines are high for everything (0.72-0.85 for off-topic questions), so a
   fixed threshold cannot work. Each question is also scored against a fixed background cohort
   (`data/cohort_fr.txt`: Wikipedia and everyday-topic sentences the articles are not about);
   the evidence is how far the best article score stands above the question's 3 closest
   cohort sentences, in standard deviations of its cohort scores -- a per-question normalisation,
   like the cohort normalisation of speaker verification. A question that is merely "close to
   everything" is close to the cohort too and gets a low value. `ANSWER_THRESHOLD` sits in the
   gap measured on the development questions; `article-bot eval` reports both error rates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.article import fold
from index.sources import SourceIndex, SourceMatch
from index.store import ArticleInfo, Index
from index.units import Unit

if TYPE_CHECKING:
    import numpy as np

    from index.embedder import Embedder

CANDIDATES = 50
LEXICAL_WEIGHT = 0.05
SPEAKER_MARGIN = 0.04
ANSWER_THRESHOLD = 0.9
COHORT_TOP = 3
#: Longer questions are cut here: no real question needs more, and encoding stays fast.
MAX_QUESTION_CHARS = 1000
CONTEXT_SENTENCES = 1


@dataclass(frozen=True, slots=True)
class Hit:
    """One answer sentence (or a quotation running over several) with where it comes from.

    `units` holds the sentences to quote, in order (several when one quotation spans them);
    `before` and `after` are the neighbouring sentences of the same paragraph, for context.
    """

    unit: Unit
    score: float
    units: tuple[Unit, ...]
    before: tuple[Unit, ...]
    after: tuple[Unit, ...]
    article: ArticleInfo
    speaker_match: bool

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.units)


@dataclass(frozen=True, slots=True)
class Answer:
    """The outcome for one question: `answered` is False when the articles do not answer it."""

    question: str
    answered: bool
    hits: tuple[Hit, ...]
    confidence: float
    sources: tuple[SourceMatch, ...]


class Retriever:
    """Searches one loaded index with one embedder."""

    def __init__(self, index: Index, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self.sources = SourceIndex(s for u in index.units for s in u.speakers)
        self._position = {u.id: i for i, u in enumerate(index.units)}

    def search(self, question: str, k: int = 3) -> Answer:
        """Rank the units for a question and decide whether they answer it.

        Returns:
            An `Answer` with up to `k` hits (best first), even when `answered` is False, so
            that a front end can still offer "closest sentences".
        """
        question = clean_question(question)
        if not question or not self.index.units:
            return Answer(question, False, (), 0.0, ())
        query = self.embedder.encode_queries([question])
        return self.search_vector(question, query, k)

    def search_vector(self, question: str, query: np.ndarray, k: int = 3) -> Answer:
        """`search` with the question already embedded (batch evaluation embeds many at once)."""
        import numpy as np

        dense_scores, dense_positions = self.index.dense(query, CANDIDATES)
        candidates: dict[int, float] = {
            int(p): float(s)
            for p, s in zip(dense_positions[0], dense_scores[0], strict=True)
            if p >= 0
        }
        lexical_positions, lexical_scores = self.index.lexical.search(question, CANDIDATES)
        for position in lexical_positions:
            if int(position) not in candidates:
                vector = self.index.vectors.reconstruct(int(position))
                candidates[int(position)] = float(np.dot(vector, query[0]))
        best_dense = max(candidates.values())
        lexical = dict(zip(map(int, lexical_positions), map(float, lexical_scores), strict=True))
        top_lexical = max(lexical.values(), default=0.0)
        fused = {
            p: s + (LEXICAL_WEIGHT * lexical.get(p, 0.0) / top_lexical if top_lexical else 0.0)
            for p, s in candidates.items()
        }
        sources = self.sources.named_in(question)
        confidence = self._confidence(best_dense, query)
        answered = confidence >= ANSWER_THRESHOLD
        if sources and _asks_only_what_was_said(question, sources[0]):
            # "What did the Élysée say?": what it said is the answer, whatever the topic score.
            answered = True
            ranked = self._rank(fused, sources, margin=float("inf"))
        else:
            ranked = self._rank(fused, sources)
        hits = self._hits(ranked, fused, sources, k)
        return Answer(question, answered, hits, confidence, tuple(sources))

    def _rank(
        self, fused: dict[int, float], sources: list[SourceMatch], margin: float = SPEAKER_MARGIN
    ) -> list[int]:
        order = sorted(fused, key=fused.__getitem__, reverse=True)
        if not sources:
            return order
        best = fused[order[0]]
        strength = {fold(m.canonical): m.strength for m in sources}

        def speaker_strength(position: int) -> tuple[int, int]:
            unit = self.index.units[position]
            found = [
                strength[fold(s.canonical)] for s in unit.speakers if fold(s.canonical) in strength
            ]
            if not found or fused[position] < best - margin:
                return (0, 0)
            return max(found)

        return sorted(order, key=lambda p: (speaker_strength(p), fused[p]), reverse=True)

    def _confidence(self, best: float, query: np.ndarray) -> float:
        """How far the best article score stands above the question's closest background
        sentences (mean of the top `COHORT_TOP`), in standard deviations of its cohort scores."""
        import numpy as np

        cohort = self.index.cohort @ query[0]
        spread = float(cohort.std()) or 1e-6
        closest = np.partition(cohort, -COHORT_TOP)[-COHORT_TOP:]
        return (best - float(closest.mean())) / spread

    def _hits(
        self, ranked: list[int], fused: dict[int, float], sources: list[SourceMatch], k: int
    ) -> tuple[Hit, ...]:
        named = {fold(m.canonical) for m in sources}
        hits: list[Hit] = []
        seen: set[str] = set()
        for position in ranked:
            if len(hits) >= k:
                break
            unit = self.index.units[position]
            if unit.id in seen:
                continue
            group = self._passage(position)
            seen.update(u.id for u in group)
            hits.append(
                Hit(
                    unit=unit,
                    score=round(fused[position], 4),
                    units=group,
                    before=self._neighbours(self._position[group[0].id], -1),
                    after=self._neighbours(self._position[group[-1].id], +1),
                    article=self.index.articles.get(
                        unit.article, ArticleInfo(unit.article, unit.article)
                    ),
                    speaker_match=any(fold(s.canonical) in named for s in unit.speakers),
                )
            )
        return tuple(hits)

    def _passage(self, position: int) -> tuple[Unit, ...]:
        """The unit with the other sentences of the quotation it belongs to, in order."""
        units = self.index.units
        unit = units[position]
        span = unit.attribution.passage
        if span is None:
            return (unit,)
        first, last = position, position
        while first > 0 and _same_passage(units[first - 1], unit):
            first -= 1
        while last + 1 < len(units) and _same_passage(units[last + 1], unit):
            last += 1
        return tuple(units[first : last + 1])

    def _neighbours(self, position: int, step: int) -> tuple[Unit, ...]:
        units = self.index.units
        found = []
        current = position + step
        while 0 <= current < len(units) and len(found) < CONTEXT_SENTENCES:
            neighbour = units[current]
            if (neighbour.article, neighbour.paragraph) != (
                units[position].article,
                units[position].paragraph,
            ):
                break
            found.append(neighbour)
            current += step
        return tuple(found if step > 0 else reversed(found))


def _same_passage(a: Unit, b: Unit) -> bool:
    return a.article == b.article and a.attribution.passage == b.attribution.passage


_SPACES = re.compile(r"\s+")


def clean_question(text: str) -> str:
    """Printable text on one line, cut at `MAX_QUESTION_CHARS`; control characters dropped."""
    printable = "".join(c if c.isprintable() or c.isspace() else " " for c in text)
    return _SPACES.sub(" ", printable).strip()[:MAX_QUESTION_CHARS]


def _asks_only_what_was_said(question: str, source: SourceMatch) -> bool:
    """True when a question names a source by its own name and asks nothing else of it."""
    from index.lexical import words
    from index.lexicon import lexicon

    if source.strength[0] != 1:
        return False
    asked = set(words(question)) - set(words(source.key))
    return asked <= set(words(" ".join(lexicon().speech_question_words)))
