"""Recognise the sources a question names, across languages and spellings.

Every speaker of the index gets keys: its folded canonical name, its names as written without the
determiner, a person's surname, and, through `data/sources.json`, the other names of its group
(Élysée = French presidency = présidence française; Moscou = Moscow = Russia = the Russians;
conseillers = advisers). A question names a speaker when one of its keys occurs in the folded
question as whole words. Matches are ranked: a longer key is more specific ("french presidency"
over "french"), and the speaker's own name beats a name borrowed from its group.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from index.article import fold
from index.lexicon import lexicon
from index.speakers import Speaker

_DETERMINERS = re.compile(r"^(?:l'|le |la |les |un |une |des |du |de la |de l'|d')", re.I)
_TOKEN = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"'s\b")


def _words(text: str) -> str:
    """Folded words joined by single spaces; elisions and possessives split off
    ("l'Elysée" -> "l elysee", "Macron's" -> "macron")."""
    return " ".join(_TOKEN.findall(_POSSESSIVE.sub("", fold(text))))


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """A speaker named by a question and how strongly: (own name?, words in the matched key)."""

    canonical: str
    key: str
    strength: tuple[int, int]


@cache
def _groups() -> tuple[frozenset[str], ...]:
    raw = json.loads(resources.files("index").joinpath("data/sources.json").read_text("utf-8"))
    return tuple(frozenset(_words(name) for name in group) for group in raw["groups"])


@cache
def _same_source() -> dict[str, tuple[int, int]]:
    """Every name of the `same_source` entries: (entry number, rank of its group in the entry)."""
    raw = json.loads(resources.files("index").joinpath("data/sources.json").read_text("utf-8"))
    heads = {_words(group[0]): group for group in raw["groups"]}
    names: dict[str, tuple[int, int]] = {}
    for number, entry in enumerate(raw["same_source"]):
        for rank, head in enumerate(entry):
            for name in heads[_words(head)]:
                names.setdefault(_words(name), (number, rank))
    return names


def source_entity(name: str) -> tuple[int, int] | None:
    """Which one-source entry of `sources.json` a speaker's name belongs to, if any: "Paris",
    "l'Élysée" and "la présidence française" give the same entry. The second number ranks the
    name's group in the entry: the institution (0) is a more precise name than the capital."""
    return _same_source().get(_clean(name))


def _clean(name: str) -> str:
    folded = fold(name).strip(" ,.;:")
    folded = _DETERMINERS.sub("", folded)
    titles = {fold(title) for title in lexicon().name_titles}
    return _words(" ".join(w for w in folded.split() if w not in titles))


def own_keys(canonical: str, names: Iterable[str]) -> set[str]:
    """Keys made from the speaker's own names (no borrowed group names)."""
    keys = {_clean(canonical)} | {_clean(n) for n in names}
    words = _clean(canonical).split()
    if len(words) >= 2 and all(w[:1].isalpha() for w in words) and canonical[:1].isupper():
        keys.add(words[-1])  # a person's surname: "Peskov" for "Dmitri Peskov"
    pronouns = lexicon().subject_pronouns
    return {k for k in keys if len(k) >= 2 and k not in pronouns}


def group_keys(keys: set[str]) -> set[str]:
    """Names borrowed from the `sources.json` groups holding one of the keys or its head word."""
    borrowed: set[str] = set()
    for key in keys:
        head = key.split()[0] if key else key
        for group in _groups():
            if key in group or head in group:
                borrowed |= group
    return borrowed - keys


class SourceIndex:
    """The speakers of an index with their keys, to find the ones a question names."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        names: dict[str, set[str]] = {}
        spelled: dict[str, str] = {}
        for speaker in speakers:
            key = fold(speaker.canonical)
            names.setdefault(key, set()).add(speaker.name)
            spelled.setdefault(key, speaker.canonical)
        self._keys: dict[str, list[tuple[str, bool]]] = {}
        for key, surfaces in names.items():
            own = own_keys(spelled[key], surfaces)
            entries = [(k, True) for k in own] + [(k, False) for k in group_keys(own)]
            self._keys[key] = entries
        self._canonical = spelled

    def named_in(self, question: str) -> list[SourceMatch]:
        """The speakers the question names, strongest match first."""
        text = f" {_words(question)} "
        matches = []
        for speaker, entries in self._keys.items():
            best: SourceMatch | None = None
            for key, own in entries:
                if f" {key} " in text:
                    strength = (int(own), len(key.split()))
                    if best is None or strength > best.strength:
                        best = SourceMatch(self._canonical[speaker], key, strength)
            if best:
                matches.append(best)
        return sorted(matches, key=lambda m: m.strength, reverse=True)
