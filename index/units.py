"""Units: a sentence of an article together with who the article attributes it to.

This is the value everything downstream (embeddings, index, answers) is built from, and its JSON
form is a contract that other tools read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.article import Article, load_articles
from index.attribution import Attribution, Speaker, attribute_article
from index.sentences import Sentence, segment_article


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence with its attribution; `text` is exactly the source between start and end."""

    id: str
    article: str
    kind: str
    paragraph: int
    sentence: int
    text: str
    start: int
    end: int
    attribution: Attribution

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self.attribution.speakers

    def to_json(self) -> dict[str, Any]:
        """The `article-bot sentences --json` object (a contract: keys and meanings are stable)."""
        return {
            "id": self.id,
            "article": self.article,
            "kind": self.kind,
            "paragraph": self.paragraph,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speakers": [
                {"name": s.name, "canonical": s.canonical, "roles": list(s.roles)}
                for s in self.speakers
            ],
            "cue": self.attribution.cue,
            "quotes": list(self.attribution.quotes),
            "attribution": self.attribution.kind,
            "unattributed_quote": self.attribution.unattributed_quote,
        }

    def to_record(self) -> dict[str, Any]:
        """`to_json` plus what the index needs: sentence index and quotation span."""
        passage = self.attribution.passage
        return {
            **self.to_json(),
            "sentence": self.sentence,
            "passage": list(passage) if passage else None,
        }

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Unit:
        """Rebuild a unit from `to_record` (or `to_json`) output."""
        passage = row.get("passage")
        attribution = Attribution(
            speakers=tuple(
                Speaker(s["name"], s["canonical"], tuple(s.get("roles", ())))
                for s in row["speakers"]
            ),
            cue=row["cue"],
            quotes=tuple(row["quotes"]),
            kind=row["attribution"],
            passage=(passage[0], passage[1]) if passage else None,
            unattributed_quote=row.get("unattributed_quote", False),
        )
        return cls(
            id=row["id"],
            article=row["article"],
            kind=row["kind"],
            paragraph=row["paragraph"],
            sentence=row.get("sentence", 0),
            text=row["text"],
            start=row["start"],
            end=row["end"],
            attribution=attribution,
        )


def article_units(article: Article) -> list[Unit]:
    """Segment and attribute one article."""
    sentences = segment_article(article)
    attributions = attribute_article(article, sentences)
    return [_unit(s, a) for s, a in zip(sentences, attributions, strict=True)]


def iter_units(articles: list[Article]) -> Iterator[Unit]:
    for article in articles:
        yield from article_units(article)


def load_units(seeds: Path) -> list[Unit]:
    """All units of every readable article in a seeds folder, in file then reading order."""
    return list(iter_units(load_articles(seeds)))


def _unit(sentence: Sentence, attribution: Attribution) -> Unit:
    return Unit(
        id=sentence.id,
        article=sentence.article,
        kind=sentence.kind,
        paragraph=sentence.paragraph,
        sentence=sentence.index,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        attribution=attribution,
    )
