"""Retrieval with the real bundled model over the seed: what a reader asking questions would see."""

from __future__ import annotations

import pytest

from index import MAX_QUESTION_CHARS, Retriever, open_index
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def retriever(real_embedder, seed_index) -> Retriever:
    index = open_index(SEEDS, seed_index, real_embedder)  # the session's build, reused as is
    return Retriever(index, real_embedder)


@pytest.mark.parametrize(
    "question",
    [
        "what did the Élysée say about Belarus?",
        "Que dit l'Elysée sur le Bélarus ?",
        "elysee belarus troops",
    ],
)
def test_belarus_question_quotes_the_belarus_sentence_with_the_elysee(retriever, question):
    answer = retriever.search(question)
    assert answer.answered
    top = answer.hits[0]
    assert "son intention de retirer ses troupes" in top.text
    assert [s.canonical for s in top.unit.speakers] == ["Elysée"]
    assert top.speaker_match or "elys" not in question.lower()


def test_a_quotation_over_two_sentences_comes_back_as_one_hit(retriever):
    answer = retriever.search("Que pensent les conseillers du président français ?")
    top = answer.hits[0]
    assert len(top.units) == 2
    assert top.units[0].text.startswith("«Notre inquiétude")
    assert top.units[1].text.startswith("La balle est dans le camp")
    assert all(u.speakers[0].canonical == "conseillers d’Emmanuel Macron" for u in top.units)


def test_a_named_source_comes_first(retriever):
    answer = retriever.search("What did Minsk say?")
    assert answer.hits[0].unit.speakers[0].canonical == "Minsk"
    assert [m.canonical for m in answer.sources] == ["Minsk"]


@pytest.mark.parametrize(
    ("question", "speaker"),
    [("What did the Élysée say?", "Elysée"), ("Qu'a dit Paris ?", "Elysée")],
)
def test_asking_only_what_a_source_said_lists_its_statements(retriever, question, speaker):
    """Paris, l'Élysée and la présidence française are one source of the seed (issue 10)."""
    answer = retriever.search(question)
    assert answer.answered
    assert all(speaker in [s.canonical for s in hit.unit.speakers] for hit in answer.hits)


def test_asking_what_an_unquoted_source_said_is_not_answered_as_someone_else(retriever):
    answer = retriever.search("What did the CGT say?")
    assert not answer.answered


def test_hits_carry_neighbouring_sentences_and_the_article(retriever):
    answer = retriever.search("What was Minsk's position in the morning?")
    top = answer.hits[0]
    assert top.before and top.before[0].text.startswith("Le président russe a par ailleurs")
    assert top.article.title.startswith("ce que Emmanuel Macron")
    assert len(answer.hits) == 3 and len({h.unit.id for h in answer.hits}) == 3


@pytest.mark.parametrize(
    "question",
    ["How do I bake bread?", "Quelle est la capitale de l'Australie ?", "Tell me a joke"],
)
def test_questions_the_article_cannot_answer_are_refused(retriever, question):
    assert not retriever.search(question).answered


@pytest.mark.parametrize("question", ["", "   ", "\x00\x07", "?"])
def test_empty_or_junk_questions_are_not_answered(retriever, question):
    answer = retriever.search(question)
    assert not answer.answered


def test_a_huge_question_is_cut_not_fatal(retriever):
    answer = retriever.search("Bélarus " * 20_000)
    assert len(answer.question) <= MAX_QUESTION_CHARS
    assert answer.hits
