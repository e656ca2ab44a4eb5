"""Measure retrieval quality on the development data, beside the naive baseline.

Naive = the tutorial pipeline with the same model: embed every sentence, return the nearest ones
by cosine, never refuse. Ours = `Retriever.search` (hybrid, speaker-aware, abstaining).
The development files live outside the product (``../shared``); only this command reads them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.article import fold
from index.embedder import Embedder
from index.lexical import Lexical
from index.search import Answer, Retriever
from index.store import Index, open_index
from index.units import Unit


@dataclass
class Tally:
    """Counts for one question set, for one system."""

    name: str
    questions: int = 0
    top1: int = 0
    top3: int = 0
    named: int = 0
    speaker_top1: int = 0
    answerable_refused: int = 0
    offtopic: int = 0
    offtopic_refused: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"top-1 {self.top1}/{self.questions}", f"top-3 {self.top3}/{self.questions}"]
        if self.named:
            parts.append(f"named speaker on top hit {self.speaker_top1}/{self.named}")
        parts.append(f"off-topic refused {self.offtopic_refused}/{self.offtopic}")
        parts.append(f"answerable refused {self.answerable_refused}/{self.questions}")
        return f"{self.name:<11} " + ", ".join(parts)


@dataclass
class Recall:
    """Sentence-level recall@1 and @5 on PIAF for one ranker."""

    name: str
    found1: int = 0
    found5: int = 0
    total: int = 0

    def line(self) -> str:
        return (
            f"{self.name:<7}recall@1 {self.found1 / self.total:.3f}  "
            f"recall@5 {self.found5 / self.total:.3f}  ({self.total} questions)"
        )


def _naive(index: Index, query: Any, k: int) -> list[Unit]:
    _, positions = index.dense(query, k)
    return [index.units[int(p)] for p in positions[0] if p >= 0]


def _speaker_ok(unit: Unit, spellings: list[str]) -> bool:
    keys = [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]
    return any(fold(sp) in key for key in keys for sp in spellings)


def question_set(
    name_suffix: str,
    retriever: Retriever,
    questions: list[dict[str, Any]],
    offtopic: list[str],
    is_gold: Callable[[Unit, dict[str, Any]], bool],
) -> tuple[Tally, Tally, list[float]]:
    """Score ours and naive on one question set; also returns per-question latencies (s)."""
    ours, naive = Tally("ours" + name_suffix), Tally("naive" + name_suffix)
    latencies = []
    for item in questions:
        started = time.perf_counter()
        answer = retriever.search(item["q"], k=3)
        latencies.append(time.perf_counter() - started)
        query = retriever.embedder.encode_queries([item["q"]])
        baseline = _naive(retriever.index, query, 3)
        spellings = item.get("speaker")
        spellings = [spellings] if isinstance(spellings, str) else spellings
        for tally, units in (
            (ours, [h.units for h in answer.hits]),
            (naive, [(u,) for u in baseline]),
        ):
            tally.questions += 1
            hit1 = bool(units) and any(is_gold(u, item) for u in units[0])
            tally.top1 += hit1
            tally.top3 += any(is_gold(u, item) for group in units[:3] for u in group)
            if spellings:
                tally.named += 1
                tally.speaker_top1 += bool(units) and any(
                    _speaker_ok(u, spellings) for u in units[0]
                )
            if not hit1:
                tally.misses.append(item["q"])
        ours.answerable_refused += not answer.answered
    for question in offtopic:
        answer = retriever.search(question, k=3)
        ours.offtopic += 1
        naive.offtopic += 1
        ours.offtopic_refused += not answer.answered
    return ours, naive, latencies


def seed_questions(shared: Path, seeds: Path, work: Path, embedder: Embedder):
    """dev_questions.json against the seed article alone."""
    gold = json.loads((shared / "gold/seed_article.json").read_text("utf-8"))
    questions = json.loads((shared / "gold/dev_questions.json").read_text("utf-8"))
    index = open_index(seeds, work / "index-seed", embedder)
    texts = gold["units"]

    def is_gold(unit: Unit, item: dict[str, Any]) -> bool:
        return unit.text in {texts[key] for key in item["gold"]}

    return question_set(
        " seed", Retriever(index, embedder), questions["questions"], questions["offtopic"], is_gold
    )


def news_questions(shared: Path, seeds: Path, work: Path, embedder: Embedder):
    """news_fr dev questions, with the seed and the three articles in one index."""
    folder = work / "seeds-news"
    _copy_articles([seeds, shared / "data/news_fr"], folder)
    gold = json.loads((shared / "data/news_fr/dev_gold.json").read_text("utf-8"))
    index = open_index(folder, work / "index-news", embedder)

    def is_gold(unit: Unit, item: dict[str, Any]) -> bool:
        return any(fragment in unit.text for fragment in item["gold"])

    return question_set(
        " news", Retriever(index, embedder), gold["questions"], gold["offtopic"], is_gold
    )


def piaf(shared: Path, work: Path, embedder: Embedder, limit: int | None = None):
    """Sentence-level recall@1/@5 on the PIAF development half: ours, naive dense, BM25."""
    folder = work / "seeds-piaf"
    answers = _write_piaf(shared / "data/piaf/piaf_dev.json", folder)
    index = open_index(folder, work / "index-piaf", embedder)
    retriever = Retriever(index, embedder)
    by_article: dict[str, list[Unit]] = {}
    for unit in index.units:
        by_article.setdefault(unit.article, []).append(unit)
    questions = answers[:limit] if limit else answers
    queries = embedder.encode_queries([q for q, _, _ in questions])
    # The BM25 baseline reads the sentence alone, as a tutorial would; ours also reads the title.
    plain_bm25 = Lexical.build([u.text for u in index.units])
    tallies = [Recall("ours"), Recall("naive"), Recall("bm25")]
    for (question, article, offset), query in zip(questions, queries, strict=True):
        gold = next((u.id for u in by_article.get(article, ()) if u.start <= offset < u.end), None)
        if gold is None:
            continue
        answer: Answer = retriever.search_vector(question, query[None, :], k=5)
        ours = [[u.id for u in h.units] for h in answer.hits]
        naive = [[u.id] for u in _naive(index, query[None, :], 5)]
        positions, _ = plain_bm25.search(question, 5)
        bm25 = [[index.units[int(p)].id] for p in positions]
        for tally, ranked in zip(tallies, (ours, naive, bm25), strict=True):
            tally.total += 1
            tally.found1 += bool(ranked) and gold in ranked[0]
            tally.found5 += any(gold in group for group in ranked[:5])
    return tallies


def _copy_articles(sources: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        for path in sorted(source.glob("*.txt")):
            target = folder / path.name
            if not target.exists() or target.read_bytes() != path.read_bytes():
                target.write_bytes(path.read_bytes())


def _write_piaf(path: Path, folder: Path) -> list[tuple[str, str, int]]:
    """One article file per PIAF title (title, then one block per paragraph).

    Returns:
        (question, article id, offset of the answer in that file) for every question.
    """
    data = json.loads(path.read_text("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    questions = []
    for number, article in enumerate(data["data"]):
        article_id = f"piaf_{number:03d}"
        text = article["title"].strip() + "\n\n"
        for paragraph in article["paragraphs"]:
            start = len(text)
            context = paragraph["context"].replace("\n", " ")
            text += context + "\n\n"
            for qa in paragraph["qas"]:
                if qa["answers"]:
                    questions.append(
                        (qa["question"], article_id, start + qa["answers"][0]["answer_start"])
                    )
        target = folder / f"{article_id}.txt"
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return questions
