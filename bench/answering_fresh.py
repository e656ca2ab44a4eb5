"""Score answering on a folder of articles with questions written by hand before any run.

The folder holds the articles (`*.txt`) and `questions.json`:
``{"questions": [{"q", "kind": "who"|"fact", "article", "gold": [fragments], "speaker":
[spellings]}, …], "near_miss": [questions], "offtopic": [questions]}``. Every article goes into
one index (built under the eval work folder); the table is `article-bot eval`'s: right first /
in 3, wrongly answered, refused, right speaker, ours beside naive dense. This is how the fresh
answering check of issues 10 and 11 was scored; its texts are third-party and are not in the
repository.

Run: .venv/bin/python bench/answering_fresh.py FOLDER [--misses]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from bot.config import paths
from index import load_embedder
from index.evaluate import Question, QuestionSet, open_set, run, table


def questions(folder: Path) -> QuestionSet:
    raw = json.loads((folder / "questions.json").read_text("utf-8"))
    asked = [
        Question(
            item["q"], item["kind"], item["article"], tuple(item["gold"]),
            tuple(item.get("speaker", ())),
        )
        for item in raw["questions"]
    ]  # fmt: skip
    asked += [Question(q, "near miss", "") for q in raw.get("near_miss", ())]
    asked += [Question(q, "off-topic", "") for q in raw.get("offtopic", ())]
    articles = tuple(sorted(folder.glob("*.txt")))
    return QuestionSet(f"fresh-{folder.name}", articles, tuple(asked))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--misses", action="store_true", help="print what ours got wrong")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    question_set = questions(args.folder)
    where = paths(args.folder, None)
    embedder = load_embedder(None, where.models)
    retriever = open_set(question_set, where.data / "eval", embedder)
    ours, naive, _ = run(retriever, question_set.questions)
    text, rows = table(
        f"{question_set.name}: {len(question_set.articles)} article(s) in one index",
        {"ours": ours, "naive": naive},
    )
    print(text)
    if args.misses:
        for kind, row in rows.items():
            if kind in ("answerable", "must refuse"):
                continue  # the kinds' own rows list them
            for miss in row.misses:
                print(f"  {kind}: {miss}")


if __name__ == "__main__":
    main()
