"""Adding articles in Telegram, end to end: the bot polls the Bot API stand-in, fetches real
pages from a news site on 127.0.0.1, and answers about what it added."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator

import pytest

from bot.engine import Engine
from tests.conftest import SEEDS, copy_seed_index, shared
from tests.newspages import NewsSite, article_page
from tests.test_bot import Running, plain, running

pytestmark = pytest.mark.slow

ADMIN, READER = 7, 42
NEWS = shared("data", "news_more")


@pytest.fixture(scope="module")
def site():
    pages = [
        article_page(NEWS / "ryanair_le_maire.txt", "Le Quotidien", "Jeanne Martin", "2020-06-02"),
        article_page(NEWS / "trump_depistage.txt", "Le Monde libre", "Ana Silva", "2020-06-23"),
    ]
    with NewsSite(pages) as running_site:
        yield running_site


@pytest.fixture(autouse=True)
def local_site_allowed(monkeypatch):
    monkeypatch.setenv("ARTICLE_BOT_ALLOW_PRIVATE_URLS", "127.0.0.1")


@pytest.fixture
def engine(real_embedder, seed_index, tmp_path) -> Engine:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    return Engine(seeds, copy_seed_index(seed_index, tmp_path / "index"), real_embedder)


@pytest.fixture
async def bot(engine) -> AsyncIterator[Running]:
    async for started in running(engine):
        yield started


def ryanair(site) -> str:
    return site.url(next(p for p in site.pages if "ryanair" in p))


async def test_an_admin_sends_a_link_and_can_ask_about_the_article_at_once(bot, site, engine):
    bot.api.send_text(ryanair(site), user_id=ADMIN, language="en")
    reading, added = await bot.replies(2)
    assert plain(reading.params["text"]).startswith("Reading the article")
    summary = plain(added.params["text"])
    assert summary.startswith("Added: Menaces de licenciement chez Ryanair")
    assert "2020-06-02 · Le Quotidien" in summary and "Bruno Le Maire" in summary
    buttons = added.params["reply_markup"]["inline_keyboard"]
    assert len(buttons) == 3 and buttons[0][0]["text"].startswith("What did")
    bot.api.send_text("What did Bruno Le Maire say about blackmail?", user_id=ADMIN)
    answer = (await bot.replies(3))[2]
    assert "<blockquote>" in answer.params["text"] and "Bruno Le Maire" in answer.params["text"]
    assert "Menaces de licenciement chez Ryanair" in answer.params["text"]


async def test_a_reader_link_is_answered_politely_and_adds_nothing(bot, site, engine):
    before = sorted(engine.seeds.iterdir())
    bot.api.send_text(ryanair(site), user_id=READER, language="en")
    (reply,) = await bot.replies(1)
    assert plain(reply.params["text"]).startswith("Only this bot’s administrators can add")
    assert sorted(engine.seeds.iterdir()) == before


async def test_opened_adding_has_its_own_limit(engine, site):
    async for bot in running(engine, open_adding=True, add_limit=1):
        bot.api.send_text(f"/add {ryanair(site)}", user_id=READER, language="en")
        await bot.replies(2)
        bot.api.send_text(f"/add {site.url('/articles/trump_depistage.html')}", user_id=READER)
        third = (await bot.replies(3))[2]
        assert "wait" in plain(third.params["text"])


async def test_a_document_is_added_and_a_bad_link_gets_its_reason(bot, site, engine):
    page = next(p for p in site.pages.values() if "trump" in p.path)
    bot.api.send_document("article.html", page.html.encode(), user_id=ADMIN)
    replies = await bot.replies(2)
    assert plain(replies[1].params["text"]).startswith(("Ajouté : Coronavirus", "Added: Corona"))
    bot.api.send_text(f"/add {site.url('/report.pdf')}", user_id=ADMIN, language="en")
    replies = await bot.replies(4)
    reason = plain(replies[3].params["text"])
    assert reason.startswith("Article not added:") and "application/pdf" in reason


async def test_articles_are_listed_and_an_admin_removes_one(bot, site, engine):
    bot.api.send_text(ryanair(site), user_id=ADMIN, language="en")
    await bot.replies(2)
    bot.api.send_text("/article", user_id=ADMIN, language="en")
    listing = plain((await bot.replies(3))[2].params["text"])
    assert "2020-06-02 · Le Quotidien" in listing and "quoted source(s): " in listing
    article_id = next(p.stem for p in engine.seeds.glob("menaces*.txt"))
    assert article_id in listing
    bot.api.send_text(f"/remove {article_id}", user_id=READER, language="en")
    assert "don’t know the command" in plain((await bot.replies(4))[3].params["text"])
    bot.api.send_text(f"/remove {article_id}", user_id=ADMIN, language="en")
    assert plain((await bot.replies(5))[4].params["text"]).startswith("Removed: Menaces")
    assert not list(engine.seeds.glob("menaces*.txt"))
    assert all(u.article != article_id for u in engine.units)
