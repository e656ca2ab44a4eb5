"""Recall@10 of the approximate index (HNSW, as built by index/store.py) against exact search.

Run: .venv/bin/python bench/ann_recall.py [N ...]   (default: 10000 50000 100000)
Vectors: random unit vectors (the hardest case for HNSW) plus queries that are noisy copies of
stored vectors (closer to real questions, whose answers exist in the index).
"""

from __future__ import annotations

import sys
import time

import faiss
import numpy as np

from index import store

DIMENSION = 384
QUERIES = 500


def unit_rows(rng: np.random.Generator, count: int) -> np.ndarray:
    rows = rng.standard_normal((count, DIMENSION)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def main(sizes: list[int]) -> None:
    rng = np.random.default_rng(0)
    print(f"HNSW M={store.HNSW_NEIGHBOURS}, efConstruction=80, efSearch={store.HNSW_SEARCH_DEPTH}")
    for size in sizes:
        vectors = unit_rows(rng, size)
        exact = faiss.IndexFlatIP(DIMENSION)
        exact.add(vectors)
        started = time.perf_counter()
        approximate = faiss.IndexHNSWFlat(
            DIMENSION, store.HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT
        )
        approximate.hnsw.efConstruction = 80
        approximate.add(vectors)
        approximate.hnsw.efSearch = store.HNSW_SEARCH_DEPTH
        build = time.perf_counter() - started
        for label, queries in (
            ("random queries", unit_rows(rng, QUERIES)),
            ("near-copy queries", _near(vectors, rng)),
        ):
            _, truth = exact.search(queries, 10)
            started = time.perf_counter()
            _, found = approximate.search(queries, 10)
            per_query = (time.perf_counter() - started) / QUERIES * 1000
            recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
            print(
                f"{size:>8} units  build {build:6.1f} s  {label:<18} recall@10 {recall:.3f}  "
                f"{per_query:.2f} ms/query"
            )


def _near(vectors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    picked = vectors[rng.integers(0, len(vectors), QUERIES)]
    noisy = picked + 0.01 * rng.standard_normal(picked.shape).astype(np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 50_000, 100_000])
