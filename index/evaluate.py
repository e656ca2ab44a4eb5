"""Measure answering on every development set, per kind of question, beside the naive baseline.

Naive = the tutorial pipeline with the same model: embed every sentence as it is written, return
the nearest ones by cosine, never refuse. (Ours embeds a quoted sentence after its speaker's
names, `index.store.dense_texts`; the baseline does not, so its sentences are re-embedded bare.)
Ours = `Retriever.search` (hybrid, speaker-aware, abstaining).

Question kinds: **who** (the gold names a speaker), **fact** (no speaker), **near miss** (looks
related, but the articles do not answer it: a source they do not quote, a topic they do not
cover), **off-topic** (everyday questions), and for the PIAF answerability set **own** (a question
about an indexed article: answer it) and **other** (about an article not in the index: refuse).
A user sees an answer only when the bot answers, so "right first" counts answered questions whose
first passage holds the gold, and a refused answerable question is "refused", not right.

The development files live outside the product (``../shared``); only this module reads them.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from index.article import fold
from index.lexical import Lexical
from index.search import Answer, Retriever
from index.store import Index, open_index
from index.units import Unit

if TYPE_CHECKING:
    import numpy as np

    from index.embedder import Embedder

#: Kinds that must be answered, and kinds that must not.
ANSWERABLE = ("who", "fact", "own")
MUST_REFUSE = ("near miss", "off-topic", "other")
#: Two `news_more` articles whose questions stay out of development (the first two names by
#: SHA-256 of "answering:<name>"); `--reveal-set-aside` scores them.
SET_ASIDE = ("masque_travail_borne.txt", "trump_depistage.txt")


@dataclass(frozen=True, slots=True)
class Question:
    """One labelled question: what is asked, of which article, and what a right answer holds."""

    text: str
    kind: str
    article: str
    #: Fragments of the text of the gold sentence(s); any unit containing one is right.
    gold: tuple[str, ...] = ()
    #: Folded names acceptable as the speaker of the answer (who-questions).
    speakers: tuple[str, ...] = ()
    #: PIAF: the gold unit is the one holding this character offset of the article file.
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one system did with one question."""

    question: Question
    answered: bool
    right_first: bool
    right_in_3: bool
    right_speaker: bool | None
    answer: Answer | None = None


@dataclass
class Row:
    """Counts for one kind of question, one system."""

    kind: str
    system: str
    n: int = 0
    answered: int = 0
    right_first: int = 0
    right_in_3: int = 0
    speaker_asked: int = 0
    speaker_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.n += 1
        self.answered += outcome.answered
        self.right_first += outcome.right_first
        self.right_in_3 += outcome.right_in_3
        if outcome.right_speaker is not None:
            self.speaker_asked += 1
            self.speaker_right += outcome.right_speaker
        wrong = (
            outcome.answered
            if self.kind in MUST_REFUSE
            else not (
                outcome.answered and outcome.right_first and outcome.right_speaker is not False
            )
        )
        if wrong:
            self.misses.append(outcome.question.text)

    def cells(self) -> list[str]:
        if self.kind in MUST_REFUSE:
            return [
                str(self.n),
                "-",
                "-",
                _share(self.answered, self.n),
                _share(self.n - self.answered, self.n),
                "-",
            ]
        return [
            str(self.n),
            _share(self.right_first, self.n),
            _share(self.right_in_3, self.n),
            _share(self.answered - self.right_first, self.n),
            _share(self.n - self.answered, self.n),
            _share(self.speaker_right, self.speaker_asked) if self.speaker_asked else "-",
        ]


HEADER = ["kind", "system", "n", "right 1st", "right in 3", "wrong ans.", "refused", "speaker"]


def _share(count: int, total: int) -> str:
    return f"{count / total:.2f} ({count})" if total else "-"


def table(title: str, outcomes: dict[str, list[Outcome]]) -> tuple[str, dict[str, Row]]:
    """A plain-text table of `outcomes` (by system), one row per kind and system, with a line
    for all answerable and all must-refuse questions. Also returns ours' rows by kind."""
    rows: dict[tuple[str, str], Row] = {}
    for system, found in outcomes.items():
        for outcome in found:
            for kind in (outcome.question.kind, _group(outcome.question.kind)):
                rows.setdefault((kind, system), Row(kind, system)).add(outcome)
    order = ["who", "fact", "own", "answerable", "near miss", "off-topic", "other", "must refuse"]
    lines = [[*HEADER]]
    for kind in order:
        for system in outcomes:
            row = rows.get((kind, system))
            if row:
                lines.append([kind if system == next(iter(outcomes)) else "", system, *row.cells()])
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    text = "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )
    ours = {kind: row for (kind, system), row in rows.items() if system == "ours"}
    return f"{title}\n{text}", ours


def _group(kind: str) -> str:
    return "must refuse" if kind in MUST_REFUSE else "answerable"


# --- running the systems -------------------------------------------------------------------


def run(
    retriever: Retriever, questions: Sequence[Question]
) -> tuple[list[Outcome], list[Outcome], list[float]]:
    """Ours and naive on `questions` (embedded once, in one batch), with ours' latencies (s).

    The latency is that of `Retriever.search_vector`: everything but the question's encoding,
    which `bench/performance.py` measures with the rest.
    """
    index = retriever.index
    queries = retriever.embedder.encode_queries([q.text for q in questions])
    bare = Bare(index, retriever.embedder)
    ours, naive, latencies = [], [], []
    gold_units = _gold_positions(index, questions)
    for question, query, gold in zip(questions, queries, gold_units, strict=True):
        started = time.perf_counter()
        answer = retriever.search_vector(question.text, query[None, :], k=3)
        latencies.append(time.perf_counter() - started)
        groups = [[u for u in hit.units] for hit in answer.hits]
        ours.append(_outcome(question, answer.answered, groups, gold, answer))
        baseline = [[index.units[p]] for p in bare.nearest(query, 3)]
        naive.append(_outcome(question, True, baseline, gold, None))
    return ours, naive, latencies


class Bare:
    """The naive baseline's vectors: every sentence embedded alone. The index's own vectors are
    reused where they are the bare sentence (no speaker before it); only the others are
    embedded again."""

    def __init__(self, index: Index, embedder: Embedder) -> None:
        import numpy as np

        from index.store import dense_texts

        count = index.vectors.ntotal
        self.vectors = (
            index.vectors.reconstruct_n(0, count)
            if count
            else np.zeros((0, embedder.dimension), dtype=np.float32)
        )
        texts = dense_texts(index.units)
        changed = [p for p, unit in enumerate(index.units) if texts[p] != unit.text]
        if changed:
            self.vectors[changed] = embedder.encode_documents(
                [index.units[p].text for p in changed]
            )

    def nearest(self, query: np.ndarray, k: int) -> list[int]:
        """Positions of the k units closest to one query vector, best first."""
        scores = self.vectors @ query.reshape(-1)
        k = min(k, len(scores))
        if not k:
            return []
        top = scores.argpartition(-k)[-k:]
        return [int(p) for p in top[scores[top].argsort()[::-1]]]


def _gold_positions(index: Index, questions: Sequence[Question]) -> list[set[str]]:
    """The ids of the units that answer each question (empty for must-refuse questions)."""
    by_article: dict[str, list[Unit]] = {}
    for unit in index.units:
        by_article.setdefault(unit.article, []).append(unit)
    found = []
    for question in questions:
        units = by_article.get(question.article.removesuffix(".txt"), [])
        if question.offset is not None:
            ids = {u.id for u in units if u.start <= question.offset < u.end}
        elif question.gold:
            pool = units or index.units
            ids = {u.id for u in pool if any(g in u.text for g in question.gold)}
        else:
            ids = set()
        found.append(ids)
    return found


def _outcome(
    question: Question,
    answered: bool,
    groups: list[list[Unit]],
    gold: set[str],
    answer: Answer | None,
) -> Outcome:
    first = bool(groups) and any(u.id in gold for u in groups[0])
    in_3 = any(u.id in gold for group in groups[:3] for u in group)
    speaker = None
    if question.speakers and first:
        speaker = any(_speaker_ok(u, question.speakers) for u in groups[0])
    return Outcome(question, answered, answered and first, answered and in_3, speaker, answer)


def _speaker_ok(unit: Unit, spellings: Iterable[str]) -> bool:
    keys = [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]
    return any(fold(spelling) in key for key in keys for spelling in spellings)


# --- the development sets ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionSet:
    """Questions over one index built from `articles` (article files)."""

    name: str
    articles: tuple[Path, ...]
    questions: tuple[Question, ...]


def development_articles(shared: Path, seeds: Path) -> list[Path]:
    """The seed, `news_fr` and `news_more` articles: the ten development articles."""
    return [
        *sorted(seeds.glob("*.txt")),
        *sorted((shared / "data/news_fr").glob("*.txt")),
        *sorted((shared / "data/news_more").glob("*.txt")),
    ]


def seed_set(shared: Path, seeds: Path) -> QuestionSet:
    """The commissioned article's questions, against it alone."""
    units = json.loads((shared / "gold/seed_article.json").read_text("utf-8"))["units"]
    raw = json.loads((shared / "gold/dev_questions.json").read_text("utf-8"))
    article = sorted(seeds.glob("*.txt"))[0].name
    questions = [
        Question(
            item["q"],
            "who" if item.get("speaker") else "fact",
            article,
            tuple(units[key] for key in item["gold"]),
            _names(item.get("speaker")),
        )
        for item in raw["questions"]
    ]
    questions += [Question(q, "off-topic", article) for q in raw["offtopic"]]
    return QuestionSet("seed", (sorted(seeds.glob("*.txt"))[0],), tuple(questions))


def news_fr_set(shared: Path, seeds: Path) -> QuestionSet:
    """`news_fr` questions, with the seed and the three articles in one index."""
    raw = json.loads((shared / "data/news_fr/dev_gold.json").read_text("utf-8"))
    articles = [*sorted(seeds.glob("*.txt")), *sorted((shared / "data/news_fr").glob("*.txt"))]
    questions = []
    for item in raw["questions"]:
        article = _article_of(item["gold"], articles)
        kind = "who" if item.get("speaker") else "fact"
        questions.append(
            Question(item["q"], kind, article, tuple(item["gold"]), _names(item.get("speaker")))
        )
    questions += [Question(q, "off-topic", "") for q in raw["offtopic"]]
    return QuestionSet("news_fr", tuple(articles), tuple(questions))


def news_more_set(shared: Path, seeds: Path, set_aside: bool = False) -> QuestionSet:
    """`news_more` questions, near misses and off-topic questions over all ten development
    articles in one index. `set_aside`: the two set-aside articles' questions instead of the
    other four's."""
    raw = json.loads((shared / "data/news_more/dev_gold.json").read_text("utf-8"))
    questions = []
    for article, gold in raw["articles"].items():
        if (article in SET_ASIDE) != set_aside:
            continue
        for item in gold["questions"]:
            kind = "who" if item.get("speaker") else "fact"
            questions.append(
                Question(item["q"], kind, article, tuple(item["gold"]), _names(item["speaker"]))
            )
        questions += [Question(q, "near miss", article) for q in gold["nearmiss"]]
        questions += [Question(q, "off-topic", article) for q in gold["offtopic"]]
    name = "news_more set aside" if set_aside else "news_more"
    return QuestionSet(name, tuple(development_articles(shared, seeds)), tuple(questions))


def _names(speaker: str | list[str] | None) -> tuple[str, ...]:
    if not speaker:
        return ()
    return (speaker,) if isinstance(speaker, str) else tuple(speaker)


def _article_of(fragments: list[str], articles: list[Path]) -> str:
    for path in articles:
        text = path.read_text("utf-8")
        if any(f in text for f in fragments):
            return path.name
    return ""


def piaf_articles(shared: Path, folder: Path) -> list[tuple[Path, list[tuple[str, int]]]]:
    """One article file per PIAF title (title, then one block per paragraph), written into
    `folder`, with (question, offset of its answer in that file) for each."""
    data = json.loads((shared / "data/piaf/piaf_dev.json").read_text("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    for number, article in enumerate(data["data"]):
        text = article["title"].strip() + "\n\n"
        questions = []
        for paragraph in article["paragraphs"]:
            start = len(text)
            text += paragraph["context"].replace("\n", " ") + "\n\n"
            for qa in paragraph["qas"]:
                if qa["answers"]:
                    questions.append((qa["question"], start + qa["answers"][0]["answer_start"]))
        target = folder / f"piaf_{number:03d}.txt"
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, encoding="utf-8")
        found.append((target, questions))
    return found


def piaf_answerability_set(shared: Path, folder: Path, per_article: int = 12) -> QuestionSet:
    """Cross-article answerability: half the PIAF articles (by a hash of their name) in one
    index; up to `per_article` questions of each indexed article must be answered ("own"), the
    same number of each other article's must be refused ("other")."""
    articles = piaf_articles(shared, folder)
    indexed, questions = [], []
    for path, asked in articles:
        own = int(hashlib.sha256(path.name.encode()).hexdigest(), 16) % 2 == 0
        if own:
            indexed.append(path)
        for question, offset in asked[:per_article]:
            if own:
                questions.append(Question(question, "own", path.name, offset=offset))
            else:
                questions.append(Question(question, "other", path.name))
    return QuestionSet("PIAF answerability", tuple(indexed), tuple(questions))


# --- PIAF recall ---------------------------------------------------------------------------


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


def piaf_recall(shared: Path, work: Path, embedder: Embedder, limit: int | None = None):
    """Sentence-level recall@1/@5 on the PIAF development half, every article in one index:
    ours (whether or not it answers), naive dense, BM25 alone."""
    folder = work / "seeds-piaf"
    articles = piaf_articles(shared, folder)
    index = open_index(folder, work / "index-piaf", embedder)
    retriever = Retriever(index, embedder)
    by_article: dict[str, list[Unit]] = {}
    for unit in index.units:
        by_article.setdefault(unit.article, []).append(unit)
    asked = [(q, path.stem, offset) for path, qs in articles for q, offset in qs]
    asked = asked[:limit] if limit else asked
    queries = embedder.encode_queries([q for q, _, _ in asked])
    # The BM25 baseline reads the sentence alone, as a tutorial would; ours also reads the title.
    plain_bm25 = Lexical.build([u.text for u in index.units])
    bare = Bare(index, embedder)
    tallies = [Recall("ours"), Recall("naive"), Recall("bm25")]
    for (question, article, offset), query in zip(asked, queries, strict=True):
        gold = next((u.id for u in by_article.get(article, ()) if u.start <= offset < u.end), None)
        if gold is None:
            continue
        answer = retriever.search_vector(question, query[None, :], k=5)
        ours = [[u.id for u in h.units] for h in answer.hits]
        naive = [[index.units[p].id] for p in bare.nearest(query, 5)]
        bm25 = [[index.units[int(p)].id] for p in plain_bm25.search(question, 5)[0]]
        for tally, ranked in zip(tallies, (ours, naive, bm25), strict=True):
            tally.total += 1
            tally.found1 += bool(ranked) and gold in ranked[0]
            tally.found5 += any(gold in group for group in ranked[:5])
    return tallies


def open_set(question_set: QuestionSet, work: Path, embedder: Embedder) -> Retriever:
    """An index of the set's articles (copied into a folder of its own, reused when unchanged)."""
    slug = question_set.name.replace(" ", "-").split("-set")[0]
    folder = work / f"seeds-{slug}"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {path.name for path in question_set.articles}
    for stale in folder.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    for path in question_set.articles:
        target = folder / path.name
        if not target.exists() or target.read_bytes() != path.read_bytes():
            target.write_bytes(path.read_bytes())
    return Retriever(open_index(folder, work / f"index-{slug}", embedder), embedder)


def all_sets(shared: Path, seeds: Path, work: Path, reveal: bool = False) -> list[QuestionSet]:
    """Every development question set, in the order `article-bot eval` prints them."""
    sets = [seed_set(shared, seeds), news_fr_set(shared, seeds), news_more_set(shared, seeds)]
    if reveal:
        sets.append(news_more_set(shared, seeds, set_aside=True))
    sets.append(piaf_answerability_set(shared, work / "seeds-piaf"))
    return sets


def describe(question_set: QuestionSet) -> str:
    kinds: dict[str, int] = {}
    for question in question_set.questions:
        kinds[question.kind] = kinds.get(question.kind, 0) + 1
    counts = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    return f"{question_set.name}: {len(question_set.articles)} article(s) in one index; {counts}"
