"""Shared paths and helpers for the tests: the read-only development data lives in ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


def shared(*parts: str) -> Path:
    """A file of ../shared; a missing one fails loudly (CI lays shared/ beside the checkout)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read the development data in ../shared")
    return path


def load_json(*parts: str) -> dict:
    return json.loads(shared(*parts).read_text(encoding="utf-8"))


@pytest.fixture
def write_article(tmp_path: Path):
    """Write text (or bytes) as an article file in a fresh seeds folder and return its path."""

    def write(text: str | bytes, name: str = "article.txt") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    return write


#: The real bundled model is materialised once here and reused by later runs (gitignored).
TEST_DATA = ROOT / ".test-data"


def make_hash_embedder(name: str = "hash-test", dimension: int = 64):
    """A deterministic embedder from word hashes: a real `Embedder` subclass for fast tests.

    Texts sharing words get close vectors, so retrieval over it behaves like retrieval, without
    loading a model.
    """
    import hashlib
    import re

    import numpy as np

    from index import Embedder, fold

    class _Hash(Embedder):
        def __init__(self) -> None:
            self.name = name
            self.dimension = dimension

        def _encode(self, texts, query, progress):
            vectors = np.zeros((len(texts), dimension), dtype=np.float32)
            for row, text in enumerate(texts):
                for word in re.findall(r"\w+", fold(text)):
                    digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                    vectors[row, int.from_bytes(digest[:4], "little") % dimension] += 1.0
                norm = np.linalg.norm(vectors[row])
                vectors[row] = vectors[row] / norm if norm else 1.0 / np.sqrt(dimension)
            return vectors

    return _Hash()


@pytest.fixture(scope="session")
def real_embedder():
    """The bundled multilingual-e5-small, loaded once for the quality tests."""
    from index import load_embedder

    return load_embedder("multilingual-e5-small", TEST_DATA / "models")


@pytest.fixture(scope="session")
def seed_index(real_embedder, tmp_path_factory) -> Path:
    """The seed article's index, built once per session with the real model: embedding the
    599-sentence abstention cohort costs about ten seconds a build. Tests that need an index
    of their own take a copy (`copy_seed_index`), which `open_index` reuses as it stands."""
    from index import open_index

    directory = tmp_path_factory.mktemp("seed-index") / "index"
    open_index(SEEDS, directory, real_embedder)
    return directory


def copy_seed_index(seed_index: Path, target: Path) -> Path:
    """A private copy of the session's seed index at `target` (a folder that does not exist)."""
    import shutil

    shutil.copytree(seed_index, target)
    return target


@pytest.fixture
def index_copy(seed_index, tmp_path) -> Path:
    return copy_seed_index(seed_index, tmp_path / "index")
