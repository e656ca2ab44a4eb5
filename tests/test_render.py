"""Whatever the question or the article text, a reply is valid Telegram HTML within 4 096 chars."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.render import MAX_QUOTE_CHARS, TELEGRAM_LIMIT, fit, hit_html
from bot.replies import (
    ExampleQuestion,
    MorePassages,
    SourceStatements,
    answer_reply,
    article_reply,
    more_reply,
    sources_reply,
    statements_reply,
)
from tests.conftest import SEEDS, make_hash_embedder

#: The tags Telegram's HTML parse mode accepts that we use.
ALLOWED = {"b", "i", "a", "blockquote", "code"}


class TelegramHtml(HTMLParser):
    """Checks tags are allowed and balanced, as Telegram's parser requires."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED, f"tag <{tag}> would be rejected"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def assert_valid(html: str) -> None:
    assert 0 < len(html) <= TELEGRAM_LIMIT
    parser = TelegramHtml()
    parser.feed(html)
    parser.close()
    assert not parser.stack, f"unclosed {parser.stack}"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    seeds = tmp_path_factory.mktemp("seeds")
    shutil.copy(SEEDS / "000_c9c287021a9f0b6e.txt", seeds)
    hostile = (
        "Titre <b>gras</b> & «citations»\n\n"
        + "«<script>alert(1)</script> & <i>balise</i> ouverte <b», a déclaré M. O'Brien & Cie. " * 3
        + "\n\n"
        + ("Une phrase interminable " * 400)
        + ".\n"
    )
    (seeds / "hostile.txt").write_text(hostile, encoding="utf-8")
    return Engine(seeds, tmp_path_factory.mktemp("index"), make_hash_embedder())


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(question=st.text(max_size=2000))
def test_any_question_gives_valid_html(engine: Engine, question: str) -> None:
    for language in ("fr", "en"):
        answer = engine.search(question)
        reply = answer_reply(engine, answer, language, chat_id=42)
        assert_valid(reply.html)
        if reply.buttons:
            more = reply.buttons.inline_keyboard[0][0].callback_data
            # small talk offers a question to try; a source nobody quotes, who is quoted
            assert isinstance(more, MorePassages | ExampleQuestion | SourceStatements)
            if not isinstance(more, MorePassages):
                continue
            assert_valid(more_reply(more, 42, language).html)
            # Another chat's button (or a forged one) shows nothing of these passages.
            assert "<blockquote>" not in more_reply(more, 43, language).html


def test_sources_and_statements_stay_valid_on_hostile_text(engine: Engine) -> None:
    for language in ("fr", "en"):
        assert_valid(sources_reply(engine, language).html)
        for source in engine.sources():
            assert_valid(statements_reply(engine, source.canonical, language).html)
        assert_valid(article_reply(engine, language).html)


def test_a_huge_sentence_is_cut_not_sent_whole(engine: Engine) -> None:
    answer = engine.search("Une phrase interminable")
    top = answer.hits[0]
    assert len(top.text) > MAX_QUOTE_CHARS
    html = hit_html(top, "fr")
    assert "[…]" in html
    assert_valid(html)


metadata_text = st.one_of(
    # A NUL makes the file binary (skipped, rightly): not metadata a page can carry.
    st.text(max_size=300).map(lambda t: t.replace("\x00", "")),
    st.integers(1, 20_000).map(lambda n: "&<" * n),
    st.integers(1, 20_000).map(lambda n: "é" * n),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    title=metadata_text.filter(lambda t: t.strip() and "\n" not in t and "\r" not in t),
    url=st.one_of(st.just("https://example.org/a"), metadata_text.map("https://x.org/".__add__)),
    date=metadata_text,
)
def test_hostile_metadata_never_breaks_the_markup(tmp_path_factory, title, url, date) -> None:
    """A title, link or date of any length or content: answers, inline results (`fit` of one
    passage) and /article stay valid HTML within the limit, the quote itself intact."""
    seeds = tmp_path_factory.mktemp("meta")
    date_line = date.replace("\n", " ").replace("\r", " ")
    front = f"---\nurl: {url}\ndate: {date_line}\noutlet: {date_line}\n---\n"
    body = "«Nous partirons demain», a déclaré le ministre. Le ministre a quitté Paris."
    (seeds / "a.txt").write_text(f"{front}{title}\n\n{body}\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path_factory.mktemp("meta-index"), make_hash_embedder())
    hit = engine.search("Qu'a déclaré le ministre ?").hits[0]
    for language in ("fr", "en"):
        html = hit_html(hit, language)
        assert_valid(html)
        assert fit([html]) == html and "<blockquote>" in html
        assert_valid(article_reply(engine, language).html)
