"""Print attribution figures per article: right/total for attributed and narrated sentences.

Covers the seed, `news_fr` (3 articles) and `news_more` (6 articles). Two `news_more` articles are
set aside (chosen before any of their failures were read: the first two names by SHA-256); their
figure is printed apart, as the estimate for an unseen article, and their failures are only shown
with --reveal-set-aside.

Run: .venv/bin/python bench/attribution.py [--failures] [--set-aside] [--reveal-set-aside]
     [--long] [--json FILE]
(reads the development data in ../shared)
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from index import Unit, fold, read_article
from index.nlp import pipeline
from index.units import article_units

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SET_ASIDE = ("trump_depistage.txt", "masque_travail_borne.txt")


@dataclass
class Score:
    """Right and total per kind of gold item for one article, with the failures."""

    article: str
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, kind: str, ok: bool, failure: str) -> None:
        self.total[kind] += 1
        self.right[kind] += ok
        if not ok:
            self.failures.append(failure)

    def cell(self, kind: str) -> str:
        return f"{self.right[kind]}/{self.total[kind]}" if self.total[kind] else "-"


def speaker_keys(unit: Unit) -> list[str]:
    return [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]


def matches(unit: Unit, spellings: list[str]) -> bool:
    keys = speaker_keys(unit)
    return any(fold(sp) in key for key in keys for sp in spellings)


def find(units: list[Unit], fragment: str) -> Unit | None:
    return next((u for u in units if fragment in u.text), None)


def score_items(name: str, units: list[Unit], attribution: list, narrator: list) -> Score:
    score = Score(name)
    for item in attribution:
        unit = find(units, item["contains"])
        ok = unit is not None and matches(unit, item["speaker"])
        got = speaker_keys(unit) if unit else "segmentation lost it"
        score.add("attributed", ok, f"{item['contains'][:70]!r}: want {item['speaker']}, got {got}")
    for fragment in narrator:
        unit = find(units, fragment)
        ok = unit is not None and not unit.speakers
        got = speaker_keys(unit) if unit else "segmentation lost it"
        score.add("narration", ok, f"{fragment[:70]!r}: narration given to {got}")
    return score


def seed_score(units: list[Unit]) -> Score:
    gold = json.loads((SHARED / "gold/seed_article.json").read_text("utf-8"))
    texts = {u.text: u for u in units}
    attribution, narrator = [], []
    for key, text in gold["units"].items():
        if key.startswith("S") and text in texts:
            expected = gold["speakers"].get(key)
            if expected:
                attribution.append({"contains": text, "speaker": expected})
            else:
                narrator.append(text)
    return score_items("seed", units, attribution, narrator)


def _per_class(path: Path, units: dict, news_more: dict, reveal: bool) -> None:
    """Right/total per class over the hand-labelled items (`attribution_classes.json`)."""
    right, total = Counter(), Counter()
    for article, fragment, label in json.loads(path.read_text("utf-8"))["items"]:
        if article in SET_ASIDE and not reveal:
            continue
        gold = news_more["articles"][article]
        unit = find(units[article], fragment)
        item = next((i for i in gold["attribution"] if fragment in i["contains"]), None)
        if item is not None:
            ok = unit is not None and matches(unit, item["speaker"])
        else:
            ok = unit is not None and not unit.speakers  # a narration item
        total[label] += 1
        right[label] += ok
    print("per class:", ", ".join(f"{k}: {right[k]}/{total[k]}" for k in sorted(total)))


def _time_long_article(paths: list[Path]) -> None:
    """Ingest one article of about 1 MB: the ten bodies repeated, each a paragraph of its own."""
    import tempfile

    bodies = [path.read_text("utf-8").split("\n\n", 1)[-1].strip() for path in paths]
    body, size = [], 0
    while size < 1_000_000:
        for text in bodies:
            body.append(text)
            size += len(text.encode()) + 2
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "long.txt")
        path.write_text("Un long article\n\n" + "\n\n".join(body) + "\n", "utf-8")
        started = time.perf_counter()
        units = article_units(read_article(path))
        seconds = time.perf_counter() - started
    print(f"a {size / 1e6:.2f} MB article, {len(units)} units: {seconds:.1f} s to ingest")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the development failures")
    parser.add_argument("--set-aside", action="store_true", help="print the set-aside figures")
    parser.add_argument("--reveal-set-aside", action="store_true", help="list their failures too")
    parser.add_argument("--json", type=Path, help="write the per-article figures here")
    parser.add_argument(
        "--classes", type=Path, help="right/total per error class of the labelled items"
    )
    parser.add_argument(
        "--long", action="store_true", help="also time one 1 MB article made of the ten"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)

    started = time.perf_counter()
    pipeline()
    load_seconds = time.perf_counter() - started

    seed_gold = json.loads((SHARED / "gold/seed_article.json").read_text("utf-8"))
    paths = [ROOT / "seeds" / seed_gold["article"]]
    paths += sorted((SHARED / "data/news_fr").glob("*.txt"))
    paths += sorted((SHARED / "data/news_more").glob("*.txt"))
    started = time.perf_counter()
    units = {path.name: article_units(read_article(path)) for path in paths}
    work_seconds = time.perf_counter() - started

    scores = [seed_score(units[paths[0].name])]
    news_fr = json.loads((SHARED / "data/news_fr/dev_gold.json").read_text("utf-8"))
    for path in paths[1:4]:
        mine = [i for i in news_fr["attribution"] if find(units[path.name], i["contains"])]
        narr = [f for f in news_fr["narrator"] if find(units[path.name], f)]
        scores.append(score_items(path.name, units[path.name], mine, narr))
    news_more = json.loads((SHARED / "data/news_more/dev_gold.json").read_text("utf-8"))
    for name, gold in news_more["articles"].items():
        scores.append(score_items(name, units[name], gold["attribution"], gold["narrator"]))

    print(f"{'article':40} {'attributed':>10} {'narration':>10}")
    groups = {
        "development": [s for s in scores if s.article not in SET_ASIDE],
        "news_more development": [s for s in scores[4:] if s.article not in SET_ASIDE],
        "set aside (news_more)": [s for s in scores if s.article in SET_ASIDE],
    }
    for score in scores:
        if score.article in SET_ASIDE and not args.set_aside:
            continue
        mark = " (set aside)" if score.article in SET_ASIDE else ""
        cells = f"{score.cell('attributed'):>10} {score.cell('narration'):>10}"
        print(f"{score.article + mark:40} {cells}")
    print()
    for label, members in groups.items():
        if label.startswith("set aside") and not args.set_aside:
            continue
        right = sum((s.right for s in members), Counter())
        total = sum((s.total for s in members), Counter())
        figures = ", ".join(
            f"{kind} {right[kind]}/{total[kind]} = {right[kind] / total[kind]:.3f}"
            for kind in ("attributed", "narration")
        )
        print(f"{label:24} {figures}")
    print(
        f"\n{len(paths)} articles, {sum(map(len, units.values()))} units: {work_seconds:.2f} s to "
        f"ingest, segment and attribute (+ {load_seconds:.2f} s to load the parser once)"
    )
    if args.classes:
        _per_class(args.classes, units, news_more, args.reveal_set_aside)
    if args.long:
        _time_long_article(paths)
    if args.failures:
        for score in scores:
            if score.article in SET_ASIDE and not args.reveal_set_aside:
                continue
            for failure in score.failures:
                print(f"  {score.article}: {failure}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {s.article: {k: [s.right[k], s.total[k]] for k in s.total} for s in scores},
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
