"""The `article-bot` command line.

Heavy libraries are imported inside the commands that use them, so `article-bot --help` is
instant and a typo costs nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

DEFAULT_SEEDS = Path("seeds")


class UsageError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="article-bot",
        description="Answer questions about news articles, quoting who said what.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sentences = commands.add_parser(
        "sentences", help="print the sentence units of the seed articles with their speakers"
    )
    _add_seeds(sentences)
    sentences.add_argument(
        "--json", action="store_true", help="one JSON object per unit (a stable contract)"
    )
    sentences.set_defaults(handler=_sentences)
    return parser


def _add_seeds(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seeds",
        type=Path,
        default=Path(os.environ.get("ARTICLE_BOT_SEEDS", DEFAULT_SEEDS)),
        metavar="DIR",
        help="folder of UTF-8 article files (default: $ARTICLE_BOT_SEEDS or ./seeds)",
    )


def _sentences(args: argparse.Namespace) -> int:
    from bot.render import unit_json, unit_line
    from index import iter_units, load_articles

    articles = load_articles(args.seeds)
    if not articles:
        raise UsageError(f"no readable article in {args.seeds}; add UTF-8 .txt files there")
    render = unit_json if args.json else unit_line
    for unit in iter_units(articles):
        print(render(unit))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; user errors print one line and return 2, never a traceback."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from index import ArticleError, NlpError

    try:
        return args.handler(args)
    except (UsageError, ArticleError, NlpError) as error:
        print(f"article-bot: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `article-bot sentences | head` closed our stdout: not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
