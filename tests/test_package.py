"""The package as `pip install .` makes it (what the Docker image runs), not the editable
install of `make test`: a data file missing from the wheel fails here, not in production."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, TEST_DATA, copy_seed_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the tree (setuptools leaves a build/ folder behind)."""
    import shutil

    out = tmp_path_factory.mktemp("wheel")
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree)
    for package in ("index", "bot"):
        shutil.copytree(
            ROOT / package, tree / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(tree)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (found,) = out.glob("article_bot-*.whl")
    return found


def test_the_wheel_carries_every_data_file_the_code_reads(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for data in (ROOT / "index" / "data").iterdir():
        assert f"index/data/{data.name}" in names, f"{data.name} is not in the wheel"


def test_the_installed_wheel_answers_a_question(wheel, tmp_path, seed_index):
    """A fresh virtual environment with the wheel alone (the dependencies are borrowed from the
    test environment through a path entry, so nothing is downloaded), run from a folder where
    the source tree is not importable."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    site = next((environment / "lib").glob("python3*/site-packages"))
    # Only the dependencies: a plain path line does not process the editable install's own
    # .pth files, so `index` and `bot` can only come from the wheel.
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    python = environment / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    where = subprocess.run(
        [str(python), "-c", "import index; print(index.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site)), where.stdout
    data = tmp_path / "data"
    (data / "models").mkdir(parents=True)
    (data / "models" / "multilingual-e5-small").symlink_to(
        TEST_DATA / "models" / "multilingual-e5-small"
    )
    copy_seed_index(seed_index, data / "index")
    seeds = tmp_path / "seeds"
    seeds.symlink_to(SEEDS)
    asked = subprocess.run(
        [str(environment / "bin" / "article-bot"), "ask", "what did the Élysée say about Belarus?"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "ARTICLE_BOT_DATA": str(data)},
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert "son intention de retirer ses troupes" in asked.stdout and "Elysée" in asked.stdout
