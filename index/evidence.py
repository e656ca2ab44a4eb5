"""Whether the best passage answers the question: evidence beyond one cosine, and its weights.

e5 cosines are high for everything, and a cosine alone cannot tell "the article is about this"
from "this sentence answers it". The decision reads several signals of the best passage, each
cheap (sets of stemmed words, one dot product):

* `cohort`: how far the best cosine stands above the question's closest background sentences
  (`data/cohort_fr.txt`), in standard deviations of its cohort scores -- a per-question
  normalisation, as in speaker verification;
* `cosine`: the passage's cosine; `gap`: how far below the best cosine of any passage it is
  (a source asked about who said nothing close to the question has a large gap); `rank`: the
  ranker's probability that the passage is the answer (`index.ranker`);
* `covered`: the share of the question's own words (its topic: no question or speech words, no
  speaker phrase) found in the passage, stemmed; `in_article`: the same in the passage's whole
  article; `covered_fr` and `in_article_fr`: the same for a French question, 0 for an English
  one (a linear model cannot otherwise learn that word overlap means more in French);
  `names`: the share of the question's names and numbers found in that article;
* `wanted`: +1 when the question asks for a number, a date, a duration, a person or a place
  and the passage has one (a person: a name in its words, or a speaker the article names),
  -1 when it has none, 0 when the question asks for no such thing;
  for "why", +1 when the passage gives a cause ("parce que", "en raison de"), else 0;
* `agree`: whether the lexical ranker (BM25) also puts the passage in its top ten;
* `speaker`: whether the question asks for a source's words and the passage is that source's;
  `unresolved`: whether it asks for someone's words ("what did the Irish government say")
  whom no source of the articles fits;
* `english`: whether the question is in English (word overlap with French text then means less);
* `title`: whether the passage is a title or a heading.

`data/answerability.json` holds the weights of a logistic regression over these, fitted by
`bench/answerability.py` on the development sets with folds by article, and the threshold on
its probability; that script prints the out-of-fold error rates the README reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from index.article import fold
from index.logistic import Signals

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Set as AbstractSet

    from index.logistic import Logistic


@dataclass(frozen=True, slots=True)
class Evidence(Signals):
    """The signals for one question and its best passage (see the module docstring)."""

    cohort: float
    cosine: float
    gap: float
    rank: float
    covered: float
    in_article: float
    covered_fr: float
    in_article_fr: float
    names: float
    wanted: float
    agree: float
    speaker: float
    unresolved: float
    english: float
    title: float


@cache
def weights() -> Logistic:
    """The shipped answerability model (`data/answerability.json`)."""
    from index.logistic import load

    fitted = load("answerability.json", Evidence, "`python bench/answerability.py --write`")
    if fitted is None:
        raise RuntimeError("index/data/answerability.json is missing from the package")
    return fitted


# --- the signals ---------------------------------------------------------------------------

#: A number that counts: not a digit inside a name ("l'A62", "TF1", "l'échangeur n°7", "Covid-19")
_NUMBER = re.compile(r"(?<![\w°])(?<!\w-)\d")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
#: A time of day: "8h30", "18 h", "20h00", "9:45"
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])\s?h(?:[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w'-]+|\b\d[\d.,]*\b")


def share(wanted: set[str], found: set[str] | frozenset[str]) -> float:
    """The share of `wanted` in `found`; 1.0 when nothing is wanted (nothing is missing)."""
    return sum(w in found for w in wanted) / len(wanted) if wanted else 1.0


def names_in(question: str) -> set[str]:
    """Folded capitalised words (not the first word) and numbers of a question; function words
    in a name ("La" of "La Teste-de-Buch", "Les" of "Les Flots Bleus") name nothing.
    English days and months are looked for in French."""
    from index.lexical import stopwords
    from index.questions import words

    found = set()
    for number, match in enumerate(_NAME.finditer(question)):
        if number == 0 and match.start() == 0 and not match.group()[0].isdigit():
            continue
        name = fold(match.group()).removesuffix("'s").strip("'-")  # "Gueye's": Gueye
        if name in stopwords() and not match.group().isupper():
            continue  # "La", "Les"; not "UN" nor "US"
        found.add(words().calendar_en.get(name, name))  # "Saturday" is written "samedi"
    return {n for n in found if len(n) >= 2 or n.isdigit()}


#: How many words a place's name may follow its preposition by ("à l'aéroport de Roissy").
LOCATIVE_REACH = 4


def _names_and_words_before(text: str, reach: int) -> Iterator[tuple[str, list[str]]]:
    """Each capitalised word of a text but its first (numbers left out), with the `reach`
    folded words before it: what `_person_names` and `_names_a_place` read."""
    for match in _NAME.finditer(text):
        if match.start() == 0 or match.group()[0].isdigit():
            continue
        before = re.findall(r"\w+", text[: match.start()])[-reach:]
        yield match.group(), [fold(w) for w in before]


def _person_names(text: str) -> set[str]:
    """The folded capitalised words of a text that may name a person: not its first word, nor
    one right after "de", an article or a preposition of place ("le ministre de l'Intérieur
    Bruno X" names Bruno X, not "Intérieur")."""
    from index.questions import words

    openers = words().non_person_openers
    return {
        fold(name).strip("'-")
        for name, before in _names_and_words_before(text, 1)
        if not (before and before[0] in openers)
    }


def _names_a_place(text: str) -> bool:
    """Whether a capitalised name comes a few words after a preposition of place: "Where was
    he arrested?" is answered by "interpellé à l'aéroport de Roissy", not by "…, a annoncé la
    procureure de Paris", whose name only says whose prosecutor she is."""
    from index.questions import words

    prepositions = words().place_prepositions
    return any(
        any(word in prepositions for word in before)
        for _, before in _names_and_words_before(text, LOCATIVE_REACH)
    )


def _gives_length(text: str) -> bool:
    """A count and its unit together ("pendant 24 heures", "vingt-quatre heures", "deux ans",
    "pendant plus d'un an"): "vers 2h, dans la nuit du 10 au 11" holds a clock time and a night,
    no length, and "une lycéenne de 17 ans" an age."""
    from index.questions import words

    vocabulary = words()
    # "d'un an" is "d" "un" "an": the one unit is counted as "un mois" is
    sequence = re.findall(r"[\w%-]+", fold(text).replace("'", " "))
    people = _person_words()
    for k, (count, unit) in enumerate(pairwise(sequence)):
        if unit not in vocabulary.duration_words:
            continue
        before = sequence[max(0, k - 3) : k]
        if (
            before[-1:] == ["de"]
            and len(before) >= 2
            and (before[-2] in people or before[-2].startswith("age"))
        ):
            continue  # "une adolescente de 14 ans", "âgé de 28 ans": an age, not a length
        if (
            re.fullmatch(r"\d+(?:[.,]\d+)?", count)
            or any(part in vocabulary.number_words for part in count.split("-"))
            or count in vocabulary.duration_words  # "quelques jours", "plusieurs années"
        ):
            return True
        if count in ("un", "une") and not set(before).isdisjoint(vocabulary.duration_prepositions):
            return True  # "pendant un mois", "depuis plus d'un an"; not "un mois plus tard"
    # "pendant 24h", "en 48h": an hour count glued to its unit, after a word of length
    return any(
        before in vocabulary.duration_prepositions and bool(re.fullmatch(r"\d+h", hours))
        for before, hours in pairwise(sequence)
    )


@cache
def _person_words() -> frozenset[str]:
    """Folded nouns for a person, before whose "de 17 ans" is an age."""
    from index.lexicon import lexicon

    words = lexicon()
    nouns = words.epithet_nouns | words.people_nouns | words.person_roles | words.speaking_nouns
    return frozenset(fold(w) for w in nouns)


_LABEL_NUMBER = re.compile(r"\b(?:le|la|au|du)\s+\d+(?![\d,.%]|\s*%|\s\d{3})")


def has_wanted(
    kind: str, text: str, named_speaker: bool = False, asked: AbstractSet[str] = frozenset()
) -> float:
    """+1 when `text` holds the kind of answer asked for, -1 when not, 0 for no kind. A
    sentence a named source says answers "who" by its speaker ("Who announced two more
    inquiries?": "…, a ajouté le chef du parquet", whom the article names). `asked` are the
    question's own names (`names_in`): "Qui accompagnera Bruno X ?" is not answered by a
    sentence whose only name is his."""
    if not kind:
        return 0.0
    from index.questions import words

    vocabulary = words()
    tokens = set(re.findall(r"[\w%'-]+", fold(text)))
    if kind in ("number", "money"):
        # "le 11 janvier", "en 2017": a date's numbers count nothing
        counts = _YEAR.sub(" ", fold(text))
        months = "|".join(sorted(vocabulary.months))
        counts = re.sub(rf"\b\d{{1,2}}(?:er)?\s+(?:{months})\b", " ", counts)
        # "appeler le 15", "sur la 5": a number after a singular article names something (a
        # phone line, a channel); a count of things takes "les" or none
        counts = _LABEL_NUMBER.sub(" ", counts)
        found = bool(_NUMBER.search(counts)) or bool(tokens & vocabulary.number_words)
        if kind == "money":
            # "Combien coûte une boîte ?" is not answered by "une centaine de boîtes" nor by
            # "60 % des TGV": a sum has its currency ("2,18 euros", "15 €")
            signs = {c for c in "€$£" if c in text}
            found = found and bool((tokens | signs) & vocabulary.currency_words)
    elif kind == "date":
        found = (
            bool(_YEAR.search(text))
            or bool(_CLOCK.search(text))
            or bool(tokens & vocabulary.time_words)
        )
    elif kind == "clock":
        found = bool(_CLOCK.search(text)) or bool(tokens & vocabulary.clock_words)
    elif kind == "duration":
        found = _gives_length(text)
    elif kind == "person":
        found = bool(_person_names(text) - asked) or named_speaker
    elif kind == "place":
        found = _names_a_place(text)
    elif kind == "reason":
        # "parce que", "en raison de": +1 when given; a cause told without one is no miss
        plain = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
        return 1.0 if any(f" {w} " in plain for w in vocabulary.reason_words) else 0.0
    else:
        return 0.0
    return 1.0 if found else -1.0


@cache
def _english_words() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return frozenset(STOPWORDS_EN_PLUS)


@cache
def _french_words() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_FRENCH

    return frozenset(fold(w) for w in STOPWORDS_FRENCH)


def is_english(question: str) -> bool:
    """More English function words than French ones ("what did the" against "qu'a dit le")."""
    tokens = re.findall(r"[a-z]+", fold(question))
    english = sum(t in _english_words() and t not in _french_words() for t in tokens)
    french = sum(t in _french_words() and t not in _english_words() for t in tokens)
    return english > french
