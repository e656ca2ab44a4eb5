"""Score attribution on a folder of articles annotated by hand, before or after looking at them.

The folder holds the articles (`*.txt`) and `gold.json`:
``{"attribution": [[file, fragment, [speaker spellings]], …], "narrator": [[file, fragment], …]}``.
A unit containing the fragment is right when a folded speaker name (as written or canonical)
contains one of the spellings; a narrator unit is right when it has no speaker. This is how the
fresh checks of issue 10 were scored; their texts are third-party and are not in the repository.

Run: .venv/bin/python bench/attribution_fresh.py FOLDER
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from index import Unit, fold, read_article
from index.units import article_units


def speaker_keys(unit: Unit) -> list[str]:
    return [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    gold = json.loads((args.folder / "gold.json").read_text("utf-8"))
    units = {p.name: article_units(read_article(p)) for p in sorted(args.folder.glob("*.txt"))}

    def find(name: str, fragment: str) -> Unit | None:
        return next((u for u in units[name] if fragment in u.text), None)

    right = 0
    for name, fragment, spellings in gold["attribution"]:
        unit = find(name, fragment)
        ok = unit is not None and any(
            fold(s) in key for key in speaker_keys(unit) for s in spellings
        )
        right += ok
        if not ok:
            print(f"  miss {name}: {fragment!r} -> {speaker_keys(unit) if unit else 'lost'}")
    quiet = 0
    for name, fragment in gold["narrator"]:
        unit = find(name, fragment)
        ok = unit is not None and not unit.speakers
        quiet += ok
        if not ok:
            print(f"  narration {name}: {fragment!r} -> {speaker_keys(unit) if unit else 'lost'}")
    print(
        f"attributed {right}/{len(gold['attribution'])}, narration {quiet}/{len(gold['narrator'])}"
    )


if __name__ == "__main__":
    main()
