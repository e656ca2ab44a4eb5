"""The development gold files as tests: each failure is listed by unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Unit, fold, load_units, read_article
from index.units import article_units
from tests.conftest import SEEDS, load_json, shared

SEED_FILE = "000_c9c287021a9f0b6e.txt"
KIND_BY_PREFIX = {"T": "title", "C": "caption", "S": "body", "H": "heading"}


def speaker_keys(unit: Unit) -> list[str]:
    """Folded surface and canonical names, the form the gold spellings are written in."""
    return [fold(k) for s in unit.speakers for k in (s.name, s.canonical)]


def matches(unit: Unit, spellings: list[str]) -> bool:
    return any(fold(spelling) in key for key in speaker_keys(unit) for spelling in spellings)


@pytest.fixture(scope="module")
def seed_units() -> list[Unit]:
    return article_units(read_article(SEEDS / SEED_FILE))


def test_seed_is_the_commissioned_article_byte_for_byte():
    assert (SEEDS / SEED_FILE).read_bytes() == shared("seeds", SEED_FILE).read_bytes()


def test_seed_units_are_reproduced_exactly(seed_units):
    gold = load_json("gold", "seed_article.json")["units"]
    texts = [u.text for u in seed_units]
    missing = {key: text for key, text in gold.items() if text not in texts}
    assert not missing, f"units not reproduced: {missing}"
    assert len(seed_units) == len(gold), f"extra units: {set(texts) - set(gold.values())}"


def test_seed_units_have_the_right_kind(seed_units):
    gold = load_json("gold", "seed_article.json")["units"]
    by_text = {u.text: u for u in seed_units}
    wrong = {
        key: by_text[text].kind
        for key, text in gold.items()
        if text in by_text and by_text[text].kind != KIND_BY_PREFIX[key[0]]
    }
    assert not wrong, f"wrong kinds: {wrong}"


def test_seed_attribution_body_sentences(seed_units):
    gold = load_json("gold", "seed_article.json")
    by_text = {u.text: u for u in seed_units}
    failures = []
    for key, text in gold["units"].items():
        if not key.startswith("S"):
            continue
        unit = by_text[text]
        expected = gold["speakers"].get(key)
        if expected is None and unit.speakers:
            failures.append(f"{key}: narration given to {speaker_keys(unit)}")
        elif expected is not None and not matches(unit, expected):
            failures.append(f"{key}: expected {expected}, got {speaker_keys(unit)}")
    assert not failures, "\n".join(failures)


def test_offsets_point_at_the_exact_source(seed_units):
    text = (SEEDS / SEED_FILE).read_text(encoding="utf-8")
    for unit in seed_units:
        assert text[unit.start : unit.end] == unit.text, unit.id


@pytest.fixture(scope="module")
def news_units() -> list[Unit]:
    return load_units(shared("data", "news_fr"))


def find(units: list[Unit], fragment: str) -> Unit:
    hits = [u for u in units if fragment in u.text]
    assert hits, f"no unit contains {fragment!r}: segmentation lost it"
    return hits[0]


def test_news_attribution_items(news_units):
    gold = load_json("data", "news_fr", "dev_gold.json")["attribution"]
    failures = [
        f"{item['contains'][:50]!r}: expected {item['speaker']}, got "
        f"{speaker_keys(find(news_units, item['contains']))}"
        for item in gold
        if not matches(find(news_units, item["contains"]), item["speaker"])
    ]
    right = len(gold) - len(failures)
    assert right >= 16, f"{right}/{len(gold)} right:\n" + "\n".join(failures)


def test_news_narration_has_no_speaker(news_units):
    gold = load_json("data", "news_fr", "dev_gold.json")["narrator"]
    wrong = {f: speaker_keys(find(news_units, f)) for f in gold if find(news_units, f).speakers}
    assert not wrong, f"narration attributed: {wrong}"


def test_every_news_unit_is_an_exact_slice_of_its_file(news_units):
    folder = shared("data", "news_fr")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in Path(folder).glob("*.txt")}
    for unit in news_units:
        assert texts[unit.article][unit.start : unit.end] == unit.text, unit.id
