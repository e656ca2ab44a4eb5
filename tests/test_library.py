"""Adding articles from links and files: real pages served on 127.0.0.1, the real index."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

import pytest

from index import (
    ExtractError,
    FetchError,
    LibraryError,
    Retriever,
    add_article,
    fold,
    open_index,
    read_source,
    remove_article,
)
from index.store import load_index
from tests.conftest import ROOT, SEEDS, copy_seed_index, shared
from tests.newspages import NewsSite, article_page

pytestmark = pytest.mark.slow

NEWS = shared("data", "news_more")
SEED_NAMES = {p.name for p in SEEDS.glob("*.txt")}
PAGES = [
    ("ryanair_le_maire.txt", "Le Quotidien", "Jeanne Martin", "2020-06-02", False),
    ("bayrou_macron_alliance.txt", "La Gazette", "Paul Roux", "2017-02-22", True),
    ("extinction_rebellion_journaux.txt", "Le Courrier", "Ana Silva", "2020-09-05", False),
    ("macron_tf1_demission.txt", "Le Soir", "Marc Petit", "2016-08-30", False),
]


@pytest.fixture(scope="module")
def site():
    pages = [
        article_page(NEWS / name, outlet, author, date, paywall)
        for name, outlet, author, date, paywall in PAGES
    ]
    with NewsSite(pages) as running:
        yield running


@pytest.fixture(autouse=True)
def local_site_allowed(monkeypatch):
    """The local news site is on loopback: allowed, and nothing else internal is."""
    monkeypatch.setenv("ARTICLE_BOT_ALLOW_PRIVATE_URLS", "127.0.0.1")


def similarity(found: str, expected: str) -> float:
    return difflib.SequenceMatcher(None, _plain(found), _plain(expected), autojunk=False).ratio()


def _plain(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("number", range(len(PAGES)))
def test_a_news_page_gives_the_article_text_and_its_metadata(site, number):
    """Navigation, cookie banner, share bar, related links, newsletter, comments and footer go;
    the article's own paragraphs stay (only those before the paywall on the paywalled page)."""
    page = list(site.pages.values())[number]
    extracted = read_source(site.url(page.path))
    expected = "\n\n".join(page.paragraphs[: page.visible])
    score = similarity(extracted.text, expected)
    print(f"{page.path}: similarity {score:.3f}")
    assert score >= 0.97
    assert extracted.title == page.title
    assert (extracted.date, extracted.outlet, extracted.author) == (
        page.date,
        page.outlet,
        page.author,
    )
    assert extracted.url == site.url(page.path)
    for boilerplate in ("cookies", "Commentaires", "À lire aussi", "Abonnez-vous", "Mentions"):
        assert boilerplate not in extracted.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/", "no article text"),
        ("/missing", "answered 404"),
        ("/to-private", "internal address (10.0.0.1)"),
        ("/to-metadata", "internal address (169.254.169.254)"),
        ("/loop", "more than 5 redirects"),
        ("/huge.html", "over the 5 MiB limit"),
        ("/report.pdf", "application/pdf is not a web page"),
    ],
)
def test_a_link_that_is_not_an_article_gets_a_one_line_reason(site, path, reason):
    with pytest.raises((FetchError, ExtractError)) as caught:
        read_source(site.url(path))
    message = str(caught.value)
    assert reason in message and "\n" not in message


@pytest.mark.parametrize(
    "link", ["ftp://example.org/article.html", "file:///etc/passwd", "http:///no-host"]
)
def test_only_complete_http_links_are_fetched(link):
    with pytest.raises(FetchError, match=r"http|host"):
        read_source(link)


def test_loopback_links_are_refused_unless_allowed(site, monkeypatch):
    monkeypatch.delenv("ARTICLE_BOT_ALLOW_PRIVATE_URLS")
    with pytest.raises(FetchError, match="internal address"):
        read_source(site.url(next(iter(site.pages))))


@pytest.fixture
def library(tmp_path, seed_index):
    """A seeds folder with the commissioned article and a copy of its index."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    return seeds, copy_seed_index(seed_index, tmp_path / "index")


class CountingEmbedder:
    """The real embedder, counting the documents it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.documents = 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_documents(self, texts, progress=False):
        self.documents += len(texts)
        return self.inner.encode_documents(texts, progress=progress)


def test_an_added_article_is_answered_and_nothing_else_is_embedded_again(
    site, library, real_embedder
):
    seeds, index_dir = library
    before = load_index(index_dir)
    counting = CountingEmbedder(real_embedder)
    page = next(p for p in site.pages.values() if "ryanair" in p.path)
    added = add_article(read_source(site.url(page.path)), seeds, index_dir, counting)
    assert not added.already and added.title == page.title
    assert added.sentences >= 15 and "Bruno Le Maire" in added.sources
    assert counting.documents == added.sentences  # the seed's units were not embedded again
    after = load_index(index_dir)
    assert after.manifest.count == before.manifest.count + added.sentences
    assert after.units[: len(before.units)] == before.units
    assert (after.vectors.reconstruct(0) == before.vectors.reconstruct(0)).all()
    # The manifest is true: opening the index for these seeds does not rebuild it.
    reopened = open_index(seeds, index_dir, real_embedder)
    assert reopened.directory == after.directory
    answer = Retriever(reopened, real_embedder).search(
        "What did Bruno Le Maire say about blackmail at Ryanair?"
    )
    assert answer.answered and answer.hits[0].article.id == added.id
    assert answer.hits[0].unit.speakers[0].canonical == "Bruno Le Maire"
    text = (seeds / f"{added.id}.txt").read_text("utf-8")
    assert text.startswith("---\nurl: http://127.0.0.1:") and "outlet: Le Quotidien" in text


def test_the_same_link_or_the_same_text_again_changes_nothing(site, library, real_embedder):
    seeds, index_dir = library
    page = next(p for p in site.pages.values() if "demission" in p.path)
    first = add_article(read_source(site.url(page.path)), seeds, index_dir, real_embedder)
    files = sorted(seeds.iterdir())
    build = load_index(index_dir).directory
    again = add_article(read_source(site.url(page.path)), seeds, index_dir, real_embedder)
    same_text = add_article(
        read_source(str(NEWS / "macron_tf1_demission.txt")), seeds, index_dir, real_embedder
    )
    assert again.already and same_text.already and again.id == same_text.id == first.id
    assert sorted(seeds.iterdir()) == files and load_index(index_dir).directory == build


def test_removing_an_article_drops_its_sentences(site, library, real_embedder):
    seeds, index_dir = library
    page = next(p for p in site.pages.values() if "extinction" in p.path)
    added = add_article(read_source(site.url(page.path)), seeds, index_dir, real_embedder)
    count = load_index(index_dir).manifest.count
    title = remove_article(added.id, seeds, index_dir, real_embedder)
    assert title == page.title and not (seeds / f"{added.id}.txt").exists()
    index = load_index(index_dir)
    assert index.manifest.count == count - added.sentences
    assert all(u.article != added.id for u in index.units)
    assert open_index(seeds, index_dir, real_embedder).directory == index.directory
    with pytest.raises(LibraryError, match="no article"):
        remove_article("nothing_like_this", seeds, index_dir, real_embedder)


class BrokenEmbedder(CountingEmbedder):
    def encode_documents(self, texts, progress=False):
        raise RuntimeError("the model crashed")


def test_a_failure_half_way_leaves_the_previous_index_and_no_file(site, library, real_embedder):
    seeds, index_dir = library
    files = sorted(seeds.iterdir())
    build = load_index(index_dir).directory
    page = next(p for p in site.pages.values() if "bayrou" in p.path)
    with pytest.raises(RuntimeError, match="crashed"):
        add_article(
            read_source(site.url(page.path)), seeds, index_dir, BrokenEmbedder(real_embedder)
        )
    assert sorted(seeds.iterdir()) == files
    assert load_index(index_dir).directory == build
    assert open_index(seeds, index_dir, real_embedder).directory == build


def test_local_html_and_text_files_are_added_and_others_refused(tmp_path, site):
    page = next(iter(site.pages.values()))
    html_file = tmp_path / "page.html"
    html_file.write_text(page.html, encoding="utf-8")
    assert read_source(str(html_file)).title == page.title
    assert read_source(str(NEWS / "trump_depistage.txt")).title.startswith("Coronavirus")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(ExtractError, match=r"only \.html and \.txt"):
        read_source(str(pdf))
    with pytest.raises(LibraryError, match="neither a link"):
        read_source(str(tmp_path / "missing.txt"))


def test_the_add_command_says_what_each_source_got(site, library, real_embedder, tmp_path):
    seeds, index_dir = library
    good = next(p for p in site.pages.values() if "ryanair" in p.path)
    urls = [site.url(good.path), site.url("/report.pdf"), site.url("/to-private")]
    result = subprocess.run(
        [str(ROOT / ".venv/bin/article-bot"), "add", *urls, "--seeds", str(seeds), "--index",
         str(index_dir)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )  # fmt: skip
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 3, result.stderr
    assert lines[0].startswith("added ") and "Le Quotidien" in lines[0]
    assert lines[1].startswith("not added: ") and "application/pdf" in lines[1]
    assert lines[2].startswith("not added: ") and "internal address" in lines[2]
    assert "Traceback" not in result.stderr
    written = sorted(p.name for p in seeds.iterdir() if p.name not in SEED_NAMES)
    assert len(written) == 1 and written[0].startswith(fold("menaces"))  # the bad ones: nothing


def _env() -> dict[str, str]:
    import os

    from tests.conftest import TEST_DATA

    return {
        **os.environ,
        "ARTICLE_BOT_ALLOW_PRIVATE_URLS": "127.0.0.1",
        "ARTICLE_BOT_MODELS": str(TEST_DATA / "models"),
        "ARTICLE_BOT_DATA": str(Path(TEST_DATA) / "cli-data"),
    }
