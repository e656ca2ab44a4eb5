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

    prepare = commands.add_parser(
        "prepare", help="materialise the embedding model now (the Docker image does it at build)"
    )
    prepare.add_argument(
        "--models",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the bundled model goes "
        "(default: $ARTICLE_BOT_MODELS or $ARTICLE_BOT_DATA/models)",
    )
    prepare.add_argument("--model", default=None, metavar="NAME", help=argparse.SUPPRESS)
    prepare.set_defaults(handler=_prepare)

    build = commands.add_parser("build", help="(re)build the search index of the seed articles")
    _add_seeds(build)
    _add_index(build)
    build.set_defaults(handler=_build)

    add = commands.add_parser(
        "add", help="add articles from links or .html/.txt files, without a rebuild"
    )
    add.add_argument("sources", nargs="+", metavar="URL|FILE", help="http(s) links or files")
    _add_seeds(add)
    _add_index(add)
    add.set_defaults(handler=_add)

    remove = commands.add_parser("remove", help="remove an article by its id")
    remove.add_argument("id", help="the article id (its file name without .txt)")
    _add_seeds(remove)
    _add_index(remove)
    remove.set_defaults(handler=_remove)

    ask = commands.add_parser("ask", help="answer one question, or one per line of stdin with -")
    ask.add_argument("question", help='the question, or "-" to read one question per line')
    ask.add_argument("-k", type=int, default=3, metavar="N", help="results to show (default 3)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    _add_seeds(ask)
    _add_index(ask)
    ask.set_defaults(handler=_ask)

    chat = commands.add_parser("chat", help="a console chat over the same answers as the bot")
    _add_seeds(chat)
    _add_index(chat)
    chat.set_defaults(handler=_chat)

    serve = commands.add_parser(
        "serve", help="run the Telegram bot (long polling, or webhook if configured)"
    )
    _add_seeds(serve)
    _add_index(serve)
    serve.set_defaults(handler=_serve)

    health = commands.add_parser("health", help="exit 0 when a running bot is alive (healthcheck)")
    health.add_argument(
        "--max-age",
        type=int,
        default=120,
        metavar="SECONDS",
        help="oldest acceptable heartbeat (default 120)",
    )
    health.set_defaults(handler=_health)

    evaluate = commands.add_parser(
        "eval", help="measure retrieval on the development data beside the naive baseline"
    )
    evaluate.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        metavar="DIR",
        help="the development data folder (default ../shared)",
    )
    evaluate.add_argument(
        "--piaf-limit",
        type=int,
        default=None,
        metavar="N",
        help="score only the first N PIAF questions",
    )
    evaluate.add_argument(
        "--misses", action="store_true", help="list the questions ours got wrong, per kind"
    )
    evaluate.add_argument(
        "--reveal-set-aside",
        action="store_true",
        help="also score the questions of the two news_more articles kept out of development",
    )
    _add_seeds(evaluate)
    evaluate.set_defaults(handler=_eval)
    return parser


def _add_seeds(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of UTF-8 .txt articles (default: $ARTICLE_BOT_SEEDS or ./seeds)",
    )
    parser.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="sentence-transformers model id or folder (default: $EMBEDDING_MODEL or the "
        "bundled multilingual-e5-small)",
    )


def _add_index(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        metavar="DIR",
        help="index folder (default: $ARTICLE_BOT_DATA/index)",
    )


def _sentences(args: argparse.Namespace) -> int:
    from bot.config import paths
    from bot.render import unit_json, unit_line
    from index import iter_units, load_articles

    seeds = paths(args.seeds, None).seeds
    articles = load_articles(seeds)
    if not articles:
        raise UsageError(f"no readable article in {seeds}; add UTF-8 .txt files there")
    render = unit_json if args.json else unit_line
    for unit in iter_units(articles):
        print(render(unit))
    return 0


def _engine(args: argparse.Namespace, rebuild: bool = False):
    """Load the embedder and the (re)built index: the same engine for ask, chat and the bot."""
    from bot.config import paths
    from index import Retriever, load_embedder, open_index

    where = paths(args.seeds, getattr(args, "index", None))
    _note("loading the embedding model…")
    embedder = load_embedder(args.model, where.models)
    index = open_index(where.seeds, where.index, embedder, rebuild=rebuild)
    return Retriever(index, embedder)


def _prepare(args: argparse.Namespace) -> int:
    from bot.config import paths
    from index import load_embedder

    models = args.models or paths(None, None).models
    embedder = load_embedder(args.model, models)
    print(f"{embedder.name} ready in {models}")
    return 0


def _build(args: argparse.Namespace) -> int:
    retriever = _engine(args, rebuild=True)
    manifest = retriever.index.manifest
    print(
        f"indexed {manifest.count} units of {len(manifest.articles)} article(s) with "
        f"{manifest.model} into {retriever.index.directory}"
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    """Add each source in turn; one line each: what was added, where it already was, or why
    nothing was added. Exit status 1 when any source could not be added."""
    from bot.config import paths
    from index import (
        ArticleError,
        ExtractError,
        FetchError,
        LibraryError,
        add_article,
        load_embedder,
        read_source,
    )

    where = paths(args.seeds, args.index)
    embedder = None
    failed = 0
    for source in args.sources:
        try:
            extracted = read_source(source)
            if embedder is None:
                _note("loading the embedding model…")
                embedder = load_embedder(args.model, where.models)
            added = add_article(extracted, where.seeds, where.index, embedder)
        except (FetchError, ExtractError, LibraryError, ArticleError) as error:
            print(f"not added: {error}")
            failed += 1
            continue
        if added.already:
            print(f"already there: {added.id} ({added.title})")
            continue
        about = ", ".join(x for x in (added.date, added.outlet) if x)
        sources = ", ".join(added.sources[:5]) or "nobody"
        print(
            f"added {added.id}: {added.title}"
            + (f" ({about})" if about else "")
            + f"; {added.sentences} sentences, quoting {sources}"
        )
    return 1 if failed else 0


def _remove(args: argparse.Namespace) -> int:
    from bot.config import paths
    from index import LibraryError, load_embedder, remove_article

    where = paths(args.seeds, args.index)
    embedder = load_embedder(args.model, where.models)
    try:
        title = remove_article(args.id, where.seeds, where.index, embedder)
    except LibraryError as error:
        raise UsageError(str(error)) from error
    print(f"removed {args.id} ({title})")
    return 0


def _questions(question: str):
    if question != "-":
        yield question
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def _ask(args: argparse.Namespace) -> int:
    from bot.render import answer_console, answer_json

    if args.k < 1:
        raise UsageError("-k must be at least 1")
    from bot.engine import count_sources

    retriever = _engine(args)
    quoted = [s.canonical for s in count_sources(retriever.index.units)]
    for question in _questions(args.question):
        answer = retriever.search(question, k=args.k)
        shown = answer_json(answer) if args.json else answer_console(answer, quoted)
        print(shown, flush=True)
    return 0


def _chat(args: argparse.Namespace) -> int:
    from bot.engine import count_sources
    from bot.render import answer_console

    retriever = _engine(args)
    quoted = [s.canonical for s in count_sources(retriever.index.units)]
    interactive = sys.stdin.isatty()
    if interactive:
        titles = ", ".join(a["title"] for a in retriever.index.manifest.articles)
        print(f"Ask about: {titles}\n(empty line or Ctrl-D to quit)")
    while True:
        try:
            question = input("› " if interactive else "")
        except EOFError:
            break
        if not question.strip():
            if interactive:
                break
            continue
        print(answer_console(retriever.search(question), quoted), flush=True)
        if interactive:
            print()
    return 0


def _serve(args: argparse.Namespace) -> int:
    from bot.app import check_token, protect_logs, serve
    from bot.config import BotSettings, ConfigError, paths
    from bot.engine import Engine

    try:
        settings = BotSettings.from_env()
    except ConfigError as error:
        raise UsageError(str(error)) from error
    protect_logs(settings.token)
    import asyncio

    from telegram.error import InvalidToken, NetworkError

    try:
        username = asyncio.run(check_token(settings))
    except InvalidToken as error:
        raise UsageError(
            "Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather"
        ) from error
    except NetworkError as error:
        where_api = settings.base_url or "api.telegram.org"
        raise UsageError(f"cannot reach the Bot API at {where_api} ({error})") from error
    where = paths(args.seeds, args.index)
    engine = Engine.load(where.seeds, where.models, where.index, args.model)
    _note(f"serving as @{username}")
    if not serve(settings, engine, heartbeat=where.data / "heartbeat"):
        print(
            f"article-bot: no update from Telegram for {settings.stall_seconds:.0f} s; stopped "
            "so that the process manager restarts the bot (see the log above for why)",
            file=sys.stderr,
        )
        return 1
    return 0


def _health(args: argparse.Namespace) -> int:
    import time

    from bot.config import default_data_dir

    beat = default_data_dir() / "heartbeat"
    try:
        age = time.time() - beat.stat().st_mtime
    except OSError:
        print(f"unhealthy: no heartbeat at {beat}", file=sys.stderr)
        return 1
    if age > args.max_age:
        print(f"unhealthy: last heartbeat {age:.0f} s ago", file=sys.stderr)
        return 1
    print(f"healthy: last heartbeat {age:.0f} s ago")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from bot.config import paths
    from index import load_embedder
    from index.evaluate import all_sets, describe, open_set, piaf_recall, run, table

    if not args.shared.is_dir():
        raise UsageError(f"{args.shared}: no development data folder; pass --shared DIR")
    where = paths(args.seeds, None)
    embedder = load_embedder(args.model, where.models)
    work = where.data / "eval"
    for question_set in all_sets(args.shared, where.seeds, work, args.reveal_set_aside):
        retriever = open_set(question_set, work, embedder)
        ours, naive, latencies = run(retriever, question_set.questions)
        shown, rows = table(describe(question_set), {"ours": ours, "naive": naive})
        print(shown)
        median = sorted(latencies)[len(latencies) // 2]
        print(f"latency per question (ours, embedded question): p50 {1000 * median:.1f} ms")
        if args.misses and not question_set.name.endswith("set aside"):
            for kind, row in rows.items():
                if kind not in ("answerable", "must refuse") and row.misses:
                    print(f"  ours, {kind}, missed: {row.misses}")
        print()
    print("PIAF sentence recall, every article in one index")
    for tally in piaf_recall(args.shared, work, embedder, args.piaf_limit):
        print(tally.line())
    return 0


def _note(message: str) -> None:
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; user errors print one line and return 2, never a traceback."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser().parse_args(argv or ["serve"])
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from bot.config import load_dotenv_file
    from index import ArticleError, EmbedderError, NlpError, StoreError

    load_dotenv_file()
    _quiet_libraries(args.verbose)
    try:
        return args.handler(args)
    except (UsageError, ArticleError, NlpError, EmbedderError, StoreError) as error:
        print(f"article-bot: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `article-bot sentences | head` closed our stdout: not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def _quiet_libraries(verbose: bool) -> None:
    """Library chatter (HTTP request URLs, weight loading bars) is not for the user; what a
    first run is doing (materialising the model, building the index) is, in plain words."""
    for name in ("httpx", "sentence_transformers", "transformers", "bm25s", "faiss"):
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)
    progress = logging.getLogger("index.progress")
    progress.setLevel(logging.INFO)
    if not verbose:
        shown = logging.StreamHandler()
        shown.setFormatter(logging.Formatter("%(message)s"))
        progress.addHandler(shown)
        progress.propagate = False
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
