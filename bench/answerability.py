"""Fit the answer-or-stay-silent model on the development sets, with folds by article.

    python bench/answerability.py            # out-of-fold and in-sample error rates
    python bench/answerability.py --write    # also write index/data/answerability.json
    python bench/answerability.py --reveal-set-aside   # set-aside articles in the folds too

Every labelled question of `article-bot eval` (the seed, `news_fr`, `news_more` without its
two set-aside articles, PIAF answerability) goes through the real `Retriever.search_vector`,
which returns the `Evidence` its decision reads. Must-answer questions are labelled 1,
must-refuse 0. A logistic regression (scikit-learn, class-balanced, each set weighing the same)
is fitted on the questions of some articles and scored on the others' (five folds by article,
the PIAF articles and the news articles in every fold), with the threshold chosen inside the
training folds; the out-of-fold figures are the ones that say how it carries to new articles.
The shipped weights are then fitted on everything (in-sample figures printed apart).
Questions decided before any evidence (small talk, a source nobody quotes, "what did X say?")
are counted by their rule, not fitted.
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
    MUST_REFUSE,
    all_sets,
    open_set,
    run,
)
from index.evidence import Evidence  # noqa: E402
from index.logistic import floor_discrete_scale  # noqa: E402

FOLDS = 5
#: Refusing an answerable question costs this many times a wrongly answered must-refuse one
#: when the threshold is chosen (the issue asks ≤ 0.05 of the first, ≤ 0.10 of the second).
REFUSAL_COST = 2.0


@dataclass(frozen=True)
class Sample:
    set_name: str
    article: str
    question: str
    label: int
    evidence: Evidence | None
    answered_by_rule: bool | None


def collect(
    shared: Path, seeds: Path, work: Path, models: Path, reveal: bool = False
) -> list[Sample]:
    embedder = load_embedder(None, models)
    samples = []
    for question_set in all_sets(shared, seeds, work, reveal):
        retriever = open_set(question_set, work, embedder)
        ours, _, _ = run(retriever, question_set.questions)
        for outcome in ours:
            answer = outcome.answer
            label = int(outcome.question.kind not in MUST_REFUSE)
            article = outcome.question.article or f"{question_set.name}-offtopic"
            rule = None if answer and answer.evidence is not None else outcome.answered
            evidence = answer.evidence if answer else None
            if evidence is not None and answer.reason == "answered" and _by_rule(answer):
                rule, evidence = True, None
            samples.append(
                Sample(
                    question_set.name.removesuffix(" set aside"),
                    article,
                    outcome.question.text,
                    label,
                    evidence,
                    rule,
                )
            )
    return samples


def _by_rule(answer) -> bool:
    """ "What did X say?" is answered whatever the model says (the source's statements)."""
    from index.questions import read
    from index.search import topic_words

    asked = read(answer.question)
    return bool(asked.speaker) and not topic_words(asked) and bool(answer.sources)


def _fold(article: str) -> int:
    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % FOLDS


def fit(samples: list[Sample]):
    """(scaler, model, threshold) fitted on `samples` with evidence."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([s.evidence.vector() for s in samples])
    y = np.array([s.label for s in samples])
    per_set: dict[str, int] = {}
    for s in samples:
        per_set[s.set_name] = per_set.get(s.set_name, 0) + 1
    weight = np.array([1.0 / per_set[s.set_name] for s in samples])
    weight *= len(samples) / weight.sum()
    scaler = StandardScaler().fit(x)
    floor_discrete_scale(x, scaler)
    model = LogisticRegression(class_weight="balanced", C=1.0, max_iter=1000)
    model.fit(scaler.transform(x), y, sample_weight=weight)
    probability = model.predict_proba(scaler.transform(x))[:, 1]
    threshold = _threshold(probability, y, weight)
    return scaler, model, threshold


def _threshold(probability, labels, weight) -> float:
    best, best_cost = 0.5, float("inf")
    for candidate in [i / 100 for i in range(5, 96)]:
        refused = (probability < candidate) & (labels == 1)
        answered = (probability >= candidate) & (labels == 0)
        cost = REFUSAL_COST * (weight * refused).sum() / max(1e-9, (weight * labels).sum())
        cost += (weight * answered).sum() / max(1e-9, (weight * (1 - labels)).sum())
        if cost < best_cost:
            best, best_cost = candidate, cost
    return best


def predict(fitted, samples: list[Sample]) -> list[bool]:
    import numpy as np

    scaler, model, threshold = fitted
    x = np.array([s.evidence.vector() for s in samples])
    decided = model.predict_proba(scaler.transform(x))[:, 1] >= threshold
    # the floor of `Retriever.search_vector`: closer to the background than to the articles,
    # and not by the source asked for
    return [
        bool(d) and (s.evidence.cohort > 0.0 or s.evidence.speaker > 0)
        for d, s in zip(decided, samples, strict=True)
    ]


def report(title: str, samples: list[Sample], decided: dict[int, bool]) -> None:
    print(title)
    print(f"  {'set':<22}{'answerable refused':>22}{'must-refuse answered':>24}")
    names = sorted({s.set_name for s in samples}, key=[s.set_name for s in samples].index)
    for name in [*names, "all"]:
        chosen = [i for i, s in enumerate(samples) if name in ("all", s.set_name)]
        answerable = [i for i in chosen if samples[i].label == 1]
        refuse = [i for i in chosen if samples[i].label == 0]
        refused = sum(not decided[i] for i in answerable)
        answered = sum(decided[i] for i in refuse)
        print(
            f"  {name:<22}{_rate(refused, len(answerable)):>22}{_rate(answered, len(refuse)):>24}"
        )


def _rate(count: int, total: int) -> str:
    return f"{count / total:.3f} ({count}/{total})" if total else "-"


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

    where = paths(ROOT / "seeds", None)  # the folders `article-bot eval` uses
    samples = collect(
        args.shared, where.seeds, where.data / "eval", where.models, args.reveal_set_aside
    )
    with_evidence = [i for i, s in enumerate(samples) if s.evidence is not None]
    decided: dict[int, bool] = {
        i: bool(s.answered_by_rule) for i, s in enumerate(samples) if s.evidence is None
    }
    for fold in range(FOLDS):
        train = [samples[i] for i in with_evidence if _fold(samples[i].article) != fold]
        test = [i for i in with_evidence if _fold(samples[i].article) == fold]
        fitted = fit(train)
        for i, verdict in zip(test, predict(fitted, [samples[i] for i in test]), strict=True):
            decided[i] = verdict
    report(f"out of fold ({FOLDS} folds by article; rules as they are)", samples, decided)
    fitted = fit([samples[i] for i in with_evidence])
    in_sample = dict(decided)
    for i, verdict in zip(
        with_evidence, predict(fitted, [samples[i] for i in with_evidence]), strict=True
    ):
        in_sample[i] = verdict
    report("in sample (the shipped weights, fitted on all of it)", samples, in_sample)
    scaler, model, threshold = fitted
    names = Evidence.names_of_fields()
    print("weights (per standard deviation):")
    for name, weight in zip(names, model.coef_[0], strict=True):
        print(f"  {name:<12}{weight:+.3f}")
    print(f"  threshold {threshold:.2f}")
    if args.write:
        target = ROOT / "index/data/answerability.json"
        record = {
            "_about": (
                "Logistic regression deciding whether the best passage answers a question "
                "(index/evidence.py). Fitted by bench/answerability.py on the development "
                "sets; its out-of-fold figures are in the README."
            ),
            "features": list(names),
            "mean": [round(float(v), 6) for v in scaler.mean_],
            "scale": [round(float(v), 6) for v in scaler.scale_],
            "coefficients": [round(float(v), 6) for v in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6),
            "threshold": threshold,
        }
        target.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
