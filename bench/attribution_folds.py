"""Fit the salience weights with folds by article, and report them on the article left out.

The pronoun and role resolver (`index.speakers`) has five numbers: how fast salience decays per
sentence, the bonus of a person's first mention, the weight of a referent of unknown gender,
how much a person outranks an organisation, and the salience a person named in the title keeps
for definite roles. For each development article (the set-aside ones excluded), the values are
chosen on the other articles and scored on it: the sum over folds is the out-of-fold figure,
next to the in-sample figure of the values the code ships with.

Run: .venv/bin/python -m bench.attribution_folds   (reads ../shared; about three minutes)
"""

from __future__ import annotations

import itertools
import json
import logging
from pathlib import Path

import index.speakers as speakers
from bench.attribution import SET_ASIDE, SHARED, find, matches, seed_score
from index import read_article
from index.units import article_units

ROOT = Path(__file__).resolve().parent.parent
GRID = {
    "DECAY": (0.3, 0.4, 0.5, 0.6),
    "NOVELTY": (0.0, 0.4, 0.8),
    "UNKNOWN_GENDER": (0.5, 0.75, 1.0),
    "PERSON_BONUS": (1.5, 3.0),
    "TOPIC": (0.0, 0.15, 0.3),
}


def right_per_article(paths: list[Path]) -> dict[str, int]:
    """Attributed and narration items right, per article, with the weights now set."""
    news_fr = json.loads((SHARED / "data/news_fr/dev_gold.json").read_text("utf-8"))
    news_more = json.loads((SHARED / "data/news_more/dev_gold.json").read_text("utf-8"))
    found = {}
    for path in paths:
        units = article_units(read_article(path))
        if path.parent.name == "seeds":
            score = seed_score(units)
            found[path.name] = sum(score.right.values())
            continue
        gold = news_more["articles"].get(path.name) or {
            "attribution": [i for i in news_fr["attribution"] if find(units, i["contains"])],
            "narrator": [f for f in news_fr["narrator"] if find(units, f)],
        }
        right = sum(
            bool((u := find(units, i["contains"])) and matches(u, i["speaker"]))
            for i in gold["attribution"]
        )
        right += sum(bool((u := find(units, f)) and not u.speakers) for f in gold["narrator"])
        found[path.name] = right
    return found


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    seed = json.loads((SHARED / "gold/seed_article.json").read_text("utf-8"))["article"]
    paths = [ROOT / "seeds" / seed, *sorted((SHARED / "data/news_fr").glob("*.txt"))]
    more = sorted((SHARED / "data/news_more").glob("*.txt"))
    paths += [p for p in more if p.name not in SET_ASIDE]
    shipped = {name: getattr(speakers, name) for name in GRID}
    table = {}
    for values in itertools.product(*GRID.values()):
        for name, value in zip(GRID, values, strict=True):
            setattr(speakers, name, value)
        table[values] = right_per_article(paths)
    for name, value in shipped.items():
        setattr(speakers, name, value)
    default = tuple(shipped.values())
    articles = [p.name for p in paths]
    out_of_fold = 0
    for held in articles:
        # Ties go to the shipped values, then to the first of the grid.
        best = max(
            table,
            key=lambda v: (sum(table[v][a] for a in articles if a != held), v == default),
        )
        out_of_fold += table[best][held]
        print(f"{held:36} chosen on the others: {dict(zip(GRID, best, strict=True))}")
    total = sum(table[default].values())
    print(f"\nin-sample, shipped values {shipped}: {total} items right")
    print(f"out-of-fold (each article scored with values chosen on the others): {out_of_fold}")
    spread = [sum(t.values()) for t in table.values()]
    print(f"over the whole grid: {min(spread)} to {max(spread)} items right")


if __name__ == "__main__":
    main()
