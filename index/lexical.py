"""The lexical ranker: BM25 (the bm25s library) over accent-folded, stemmed words.

Folding makes "Elysée", "Élysée" and "elysee" one word, and "Bélarus" match "Belarus" in an
English question; the Snowball French stemmer (PyStemmer) joins "troupes" and "troupe".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.article import fold

if TYPE_CHECKING:
    import bm25s
    import numpy as np

_WORD = re.compile(r"\w\w+")
TOKENS_FILE = "tokens.jsonl"


@cache
def stopwords() -> frozenset[str]:
    """The folded French and English function words BM25 leaves out."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH

    return frozenset(fold(w) for w in (*STOPWORDS_EN_PLUS, *STOPWORDS_FRENCH))


@cache
def _bm25s():
    """Import bm25s, which sets its own logger to DEBUG at import: put it back to WARNING."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("french")


def words(text: str) -> list[str]:
    """Folded, stemmed content words of a text: what BM25 counts.

    Example:
        >>> words("L'Élysée retire ses troupes")
        ['elyse', 'retir', 'troup']
    """
    stop = stopwords()
    tokens = [w for w in _WORD.findall(fold(text)) if w not in stop]
    return _stemmer().stemWords(tokens)


class Lexical:
    """A BM25 index over the units, in unit order."""

    def __init__(self, model: bm25s.BM25, size: int, tokens: list[list[str]] | None = None) -> None:
        self.model = model
        self.size = size
        #: Each unit's stemmed words, kept with the build so that adding an article re-counts
        #: BM25 without stemming the archive again.
        self.tokens = tokens

    @classmethod
    def build(cls, texts: Sequence[str]) -> Lexical:
        return cls.from_tokens([words(t) or ["∅"] for t in texts])

    @classmethod
    def from_tokens(cls, corpus: list[list[str]]) -> Lexical:
        model = _bm25s().BM25()
        model.index(corpus, show_progress=False)
        return cls(model, len(corpus), corpus)

    def save(self, directory: Path) -> None:
        import json

        self.model.save(str(directory))
        if self.tokens is not None:
            with (directory / TOKENS_FILE).open("w", encoding="utf-8") as out:
                for unit in self.tokens:
                    out.write(json.dumps(unit, ensure_ascii=False) + "\n")

    @staticmethod
    def stored_tokens(directory: Path, size: int) -> list[list[str]] | None:
        """The stemmed words a build kept, or None (an older build, or a damaged file)."""
        import json

        try:
            with (directory / TOKENS_FILE).open(encoding="utf-8") as lines:
                tokens = [json.loads(line) for line in lines]
        except (OSError, ValueError):
            return None
        return tokens if len(tokens) == size else None

    @classmethod
    def load(cls, directory: Path, size: int) -> Lexical:
        return cls(_bm25s().BM25.load(str(directory)), size)

    def search(self, question: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(unit positions, scores) of the k best units; empty when no question word is known."""
        import numpy as np

        query = [w for w in words(question) if w in self.model.vocab_dict]
        if not query or self.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        k = min(k, self.size)
        # n_threads=0 maps in this thread; any other value starts a thread pool per question,
        # which cost more (0.7 ms) than the search itself.
        positions, scores = self.model.retrieve([query], k=k, show_progress=False, n_threads=0)
        keep = scores[0] > 0
        return positions[0][keep].astype(np.int64), scores[0][keep].astype(np.float32)
