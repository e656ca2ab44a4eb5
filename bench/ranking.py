"""Fit the candidate ranker (`index/ranker.py`) on the development sets, with folds by article.

    python bench/ranking.py            # right-first, hybrid order against the ranker out of fold
    python bench/ranking.py --write    # also write index/data/ranking.json (fitted on all)
    python bench/ranking.py --reveal-set-aside   # the two set-aside articles in the folds too

The questions with a gold sentence of `article-bot eval` (the seed, `news_fr`, `news_more`
without its two set-aside articles, and PIAF with every article in one index) go through the
real `Retriever.pool`; each question's `RERANK_DEPTH` best candidates are rows, labelled 1 when
the candidate holds the gold. A logistic regression (scikit-learn; each question weighs the
same, each set the same) is fitted on the questions of some articles and ranks the others'
(five folds by article): those out-of-fold figures say how it carries to new articles. A
question whose gold is not among the candidates counts as a miss for both orders.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import load_embedder  # noqa: E402
from index.evaluate import (  # noqa: E402
    ANSWERABLE,
    Question,
    QuestionSet,
    _gold_positions,
    news_fr_set,
    news_more_set,
    open_set,
    piaf_articles,
    seed_set,
)
from index.logistic import floor_discrete_scale  # noqa: E402
from index.ranker import Candidate  # noqa: E402
from index.search import Answer  # noqa: E402

FOLDS = 5
#: Inverse strength of the L2 penalty (scikit-learn C).
REGULARISATION = float(__import__("os").environ.get("RANKER_C", "1.0"))


@dataclass(frozen=True)
class Asked:
    set_name: str
    kind: str
    article: str
    rows: list[Candidate]
    gold: list[bool]


def piaf_set(shared: Path, work: Path) -> QuestionSet:
    articles = piaf_articles(shared, work / "seeds-piaf")
    questions = [
        Question(q, "fact", path.name, offset=offset)
        for path, asked in articles
        for q, offset in asked
    ]
    return QuestionSet("piaf", tuple(path for path, _ in articles), tuple(questions))


def collect(
    shared: Path, seeds: Path, work: Path, models: Path, reveal: bool = False
) -> list[Asked]:
    embedder = load_embedder(None, models)
    found = []
    sets = [seed_set(shared, seeds), news_fr_set(shared, seeds), news_more_set(shared, seeds)]
    if reveal:
        sets.append(news_more_set(shared, seeds, set_aside=True))
    sets.append(piaf_set(shared, work))
    for question_set in sets:
        retriever = open_set(question_set, work, embedder)
        name = question_set.name.removesuffix(" set aside")  # one set, one weight
        questions = [q for q in question_set.questions if q.kind in ANSWERABLE]
        gold = _gold_positions(retriever.index, questions)
        queries = embedder.encode_queries([q.text for q in questions])
        for question, query, ids in zip(questions, queries, gold, strict=True):
            pool = retriever.pool(question.text, query[None, :])
            if isinstance(pool, Answer):
                found.append(Asked(name, question.kind, question.article, [], []))
                continue
            rows = retriever.candidates(pool)
            units = retriever.index.units
            found.append(
                Asked(
                    name,
                    question.kind,
                    question.article,
                    [c for _, c in rows],
                    [units[p].id in ids or _in_passage(retriever, p, ids) for p, _ in rows],
                )
            )
    return found


def _in_passage(retriever, position: int, ids: set[str]) -> bool:
    """A hit shows the whole quotation a sentence belongs to: the gold anywhere in it counts."""
    return any(u.id in ids for u in retriever._passage(position))


def _fold(article: str) -> int:
    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % FOLDS


def fit(questions: list[Asked]):
    """A pairwise model (RankNet/RankSVM-style, with logistic loss): for each question, every
    (gold, other) pair of candidates is a difference of standardised signals labelled 1, its
    opposite 0; each question weighs the same, and each set the same."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    usable = [q for q in questions if any(q.gold) and not all(q.gold)]
    matrix = np.array([r.vector() for q in usable for r in q.rows])
    scaler = StandardScaler().fit(matrix)
    floor_discrete_scale(matrix, scaler)
    per_set: dict[str, int] = {}
    for q in usable:
        per_set[q.set_name] = per_set.get(q.set_name, 0) + 1
    x, y, w = [], [], []
    for q in usable:
        rows = scaler.transform(np.array([r.vector() for r in q.rows]))
        good = [i for i, g in enumerate(q.gold) if g]
        bad = [i for i, g in enumerate(q.gold) if not g]
        weight = 1.0 / (len(good) * len(bad)) / per_set[q.set_name]
        for i in good:
            for j in bad:
                x.extend([rows[i] - rows[j], rows[j] - rows[i]])
                y.extend([1, 0])
                w.extend([weight, weight])
    x, y, w = np.array(x), np.array(y), np.array(w)
    w *= len(w) / w.sum()
    model = LogisticRegression(C=REGULARISATION, max_iter=2000, fit_intercept=False)
    model.fit(x, y, sample_weight=w)
    return scaler, model


def first_is_gold(fitted, question: Asked) -> bool:
    import numpy as np

    if not question.rows:
        return False
    scaler, model = fitted
    scores = scaler.transform(np.array([r.vector() for r in question.rows])) @ model.coef_[0]
    return question.gold[int(np.argmax(scores))]


def report(title: str, questions: list[Asked], ranked: dict[int, bool]) -> None:
    print(title)
    print(f"  {'set':<14}{'kind':<6}{'n':>6}{'hybrid first':>16}{'ranker first':>16}")
    groups: dict[tuple[str, str], list[int]] = {}
    for i, q in enumerate(questions):
        groups.setdefault((q.set_name, q.kind), []).append(i)
    for (name, kind), members in groups.items():
        hybrid = sum(bool(questions[i].gold) and questions[i].gold[0] for i in members)
        ours = sum(ranked[i] for i in members)
        n = len(members)
        hybrid_cell = f"{hybrid / n:>11.3f} ({hybrid:>3})"
        print(f"  {name:<14}{kind:<6}{n:>6}{hybrid_cell}{ours / n:>11.3f} ({ours:>3})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all")
    parser.add_argument(
        "--reveal-set-aside",
        action="store_true",
        help="fit and score the two set-aside news_more articles too (their own folds)",
    )
    args = parser.parse_args()
    from bot.config import paths

    where = paths(ROOT / "seeds", None)
    questions = collect(
        args.shared, where.seeds, where.data / "eval", where.models, args.reveal_set_aside
    )
    out_of_fold: dict[int, bool] = {}
    for fold in range(FOLDS):
        train = [q for q in questions if _fold(q.article) != fold]
        fitted = fit(train)
        for i, q in enumerate(questions):
            if _fold(q.article) == fold:
                out_of_fold[i] = first_is_gold(fitted, q)
    report(f"out of fold ({FOLDS} folds by article)", questions, out_of_fold)
    fitted = fit(questions)
    report("in sample", questions, {i: first_is_gold(fitted, q) for i, q in enumerate(questions)})
    scaler, model = fitted
    print("weights (per standard deviation):")
    for name, weight in zip(Candidate.names_of_fields(), model.coef_[0], strict=True):
        print(f"  {name:<12}{weight:+.3f}")
    if args.write:
        target = ROOT / "index/data/ranking.json"
        record = {
            "_about": (
                "Logistic regression reordering the best candidates (index/ranker.py). Fitted "
                "by bench/ranking.py on the development sets; out-of-fold figures in the README."
            ),
            "features": list(Candidate.names_of_fields()),
            "mean": [round(float(v), 6) for v in scaler.mean_],
            "scale": [round(float(v), 6) for v in scaler.scale_],
            "coefficients": [round(float(v), 6) for v in model.coef_[0]],
            "intercept": 0.0,
        }
        target.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
