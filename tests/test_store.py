"""The on-disk index: readable layout, reuse, atomic rebuilds, and damage that names its file."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from index import StoreError, load_index, open_index
from index import store as store_module
from tests.conftest import SEEDS, make_hash_embedder


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEEDS / "000_c9c287021a9f0b6e.txt", folder)
    return folder


def test_index_is_a_readable_directory(seeds, tmp_path):
    index = open_index(seeds, tmp_path / "index", make_hash_embedder())
    build = index.directory
    assert (tmp_path / "index" / "CURRENT").read_text().strip() == build.name
    manifest = json.loads((build / "manifest.json").read_text())
    assert manifest["model"] == "hash-test" and manifest["dimension"] == 64
    assert manifest["count"] == 12 and manifest["index_type"] == "flat"
    assert {"seeds_sha256", "code_version", "libraries", "created", "format"} <= set(manifest)
    assert manifest["articles"][0]["title"].startswith("ce que Emmanuel Macron")
    lines = (build / "units.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and json.loads(lines[8])["speakers"][0]["canonical"] == "Elysée"
    assert (build / "vectors.faiss").stat().st_size > 0


def test_unchanged_seeds_and_model_reuse_the_index(seeds, tmp_path):
    first = open_index(seeds, tmp_path / "index", make_hash_embedder())
    again = open_index(seeds, tmp_path / "index", make_hash_embedder())
    assert again.directory == first.directory


def test_changed_seeds_or_model_rebuild(seeds, tmp_path, caplog):
    first = open_index(seeds, tmp_path / "index", make_hash_embedder())
    (seeds / "extra.txt").write_text("Un autre titre\n\nLe ministre a parlé hier.", "utf-8")
    second = open_index(seeds, tmp_path / "index", make_hash_embedder())
    assert second.directory != first.directory and second.manifest.count == 14
    assert not first.directory.exists(), "the old build is removed after the swap"
    third = open_index(seeds, tmp_path / "index", make_hash_embedder(name="other", dimension=32))
    assert third.manifest.model == "other" and third.manifest.dimension == 32


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (
            lambda b: (b / "units.jsonl").write_text((b / "units.jsonl").read_text()[:200]),
            "units.jsonl",
        ),
        (lambda b: (b / "vectors.faiss").write_bytes(b"not a faiss index"), "vectors.faiss"),
        (lambda b: (b / "vectors.faiss").unlink(), "vectors.faiss"),
        (lambda b: (b / "manifest.json").write_text("{"), "manifest.json"),
    ],
    ids=["truncated-units", "corrupt-faiss", "deleted-faiss", "corrupt-manifest"],
)
def test_damaged_index_is_named_and_rebuilt(seeds, tmp_path, caplog, damage, named):
    directory = tmp_path / "index"
    build = open_index(seeds, directory, make_hash_embedder()).directory
    damage(build)
    with pytest.raises(StoreError, match=named):
        load_index(directory)
    with caplog.at_level(logging.WARNING):
        rebuilt = open_index(seeds, directory, make_hash_embedder())
    assert rebuilt.manifest.count == 12
    assert any(named in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records)


def test_empty_seeds_folder_is_a_clear_error(tmp_path):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(StoreError, match="no readable article"):
        open_index(tmp_path / "seeds", tmp_path / "index", make_hash_embedder())


def test_large_corpora_use_an_approximate_index(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "APPROXIMATE_ABOVE", 5)
    index = open_index(seeds, tmp_path / "index", make_hash_embedder())
    assert index.manifest.index_type == "hnsw" and hasattr(index.vectors, "hnsw")
    vector = make_hash_embedder().encode_queries(["son intention de retirer ses troupes"])
    _, positions = index.dense(vector, 3)
    assert "Bélarus" in index.units[int(positions[0][0])].text


def test_two_builds_of_one_index_folder_take_turns(seeds, tmp_path):
    """Two processes (here: threads) rebuilding one folder at once, one of them slow: both
    finish, CURRENT names a complete build, and neither removed the other's work."""
    import threading
    import time

    class Slow(type(make_hash_embedder())):
        def _encode(self, texts, query, progress):
            time.sleep(0.5)
            return super()._encode(texts, query, progress)

    slow = Slow()
    directory = tmp_path / "index"
    results: dict[str, object] = {}

    def build(name, embedder, rebuild):
        try:
            results[name] = open_index(seeds, directory, embedder, rebuild=rebuild)
        except Exception as error:  # reported below
            results[name] = error

    threads = [
        threading.Thread(target=build, args=("slow", slow, True)),
        threading.Thread(target=build, args=("fast", make_hash_embedder(), True)),
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join(timeout=60)
    assert all(not isinstance(r, Exception) for r in results.values()), results
    live = load_index(directory)
    assert live.directory.is_dir() and live.manifest.count == 12
    assert [p.name for p in directory.glob("build-*")] == [live.directory.name]


def test_a_stale_index_found_by_two_readers_is_built_once(seeds, tmp_path):
    import threading

    directory = tmp_path / "index"
    found = []
    threads = [
        threading.Thread(
            target=lambda: found.append(open_index(seeds, directory, make_hash_embedder()))
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len({index.directory for index in found}) == 1


def test_a_build_left_incomplete_by_a_crash_is_cleared_by_the_next(seeds, tmp_path):
    directory = tmp_path / "index"
    first = open_index(seeds, directory, make_hash_embedder())
    crashed = directory / "build-20260101000000-crashed"
    crashed.mkdir()
    (crashed / "units.jsonl").write_text("{}\n")  # no manifest: never finished
    (seeds / "extra.txt").write_text("Un autre titre\n\nLe ministre a parlé hier.", "utf-8")
    second = open_index(seeds, directory, make_hash_embedder())
    assert not crashed.exists() and not first.directory.exists() and second.directory.is_dir()
