"""Who an article attributes each sentence to: the cue that says so, and the speaker it names.

Rules over spaCy's French parse (`index.nlp`). A sentence is read for these cues:

* a reporting verb after the quote, with the speaker inverted after it
  (« … », estiment les conseillers ; …, a-t-il ajouté) -- the outer frame of the sentence. Right
  after a closing quote any verb frames it (« … », a-t-il commencé; souffle-t-il);
* a reporting verb with its subject before it (M. Peskov a jugé que …; Minsk avait dit que …),
  or with its agent after a passive ("a été saluée par les syndicats");
* a source introduced by "selon", "d'après", a sentence-initial "Pour X," or ", pour qui";
* a quotation whose clause has a person as subject and no cue ("Il offrira « … »").

A subject must be able to speak: a person, an organisation, a role, a text ("le communiqué"), not
"ces mesures" or "la vidéo" (`speakers.is_speaking_noun`); a verb of saying with nothing said is
an act, not a statement. Verbs inside quotation marks are the speaker's words, not the article's
framing, and are ignored (an incise left inside them is not). A quotation running over several
sentences, a quoted sentence that follows its speaker with no cue of its own (also after a
colon, in the next paragraph), and the quotation that opens a body under a headline
'X : « … »' carry the speaker on. Pronouns and unnamed roles go to the referent
`speakers.Tracker` finds salient; titles and headings that quote words said in the body get
that body sentence's speaker. Noun phrases are read by `index.phrases`. Every word list lives in
`data/lexicon.json`; nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from index.article import Article, fold
from index.lexicon import lexicon
from index.phrases import (
    anonymous_source,
    apposition_end,
    definite,
    finite_between,
    first_nominal,
    in_adverbial_phrase,
    inside,
    join,
    nominal,
    noun_phrase,
    np_start,
    phrase_name,
    skip_adverbials,
    strip_titles,
    swallowed_name,
)
from index.quotes import Span, passages, quote_spans, quoted_chars, quoted_share, quotes_in
from index.sentences import Sentence
from index.speakers import (
    MENTIONED,
    SPEAKER,
    SUBJECT,
    Mention,
    Speaker,
    Tracker,
    agreement_gender,
    canonical_names,
    gender_of_determiner,
    is_person_role,
    is_proxy_role,
    is_role_word,
    is_speaking_noun,
    pronoun_fit,
    resolve_roles,
    role_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Entity

__all__ = ["ATTRIBUTION_KINDS", "NARRATION", "Attribution", "Speaker", "attribute_article"]

ATTRIBUTION_KINDS = ("direct", "indirect", "according_to", "none")
#: These kinds of unit are read for cues in reading order. The title is read first, on its own
#: (its cue, or a name before the colon that opens its quotation); other headings get a speaker
#: only through the body sentence that says the words they quote.
ATTRIBUTED_KINDS = ("lead", "body")
#: A sentence at least this much in quotation marks, with no cue, is its previous speaker's.
CARRIED_SHARE = 0.5


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
    #: Someone's words that the article does not attribute (a heading '- "Triomphal" -', a
    #: quoted sentence with no cue): never to be shown as the article's own narration.
    unattributed_quote: bool = False


NARRATION = Attribution()


def attribute_article(article: Article, units: Sequence[Sentence]) -> list[Attribution]:
    """Attribute every unit of one article (units in reading order, as `segment_article` gives).

    Returns:
        One `Attribution` per unit, in the same order.
    """
    from index.nlp import parse

    spans = [span for span in quote_spans(article) if not _quoted_name(article.text, span)]
    quotes = [quotes_in(article.text, spans, unit) for unit in units]
    # Headings are read for a cue of their own ("Climat : X reste « sourd … », dénoncent des
    # ONG" under a rubric title), in reading order, but carry nothing to the sentences after.
    readable = [
        i
        for i, unit in enumerate(units)
        if unit.kind in ATTRIBUTED_KINDS or (unit.kind == "heading" and len(unit.text) <= 300)
    ]
    # The title names whom the article is about; a long one is not a headline, so it is skipped.
    titles = [i for i, unit in enumerate(units) if unit.kind == "title" and len(unit.text) <= 300][
        :1
    ]
    parsed = parse([units[i].text for i in titles + readable])
    docs = dict(zip(readable, parsed[len(titles) :], strict=True))
    people = _known_people(parsed)

    # Sentences of a quotation that runs over several of them take its cue (`_spread_over_quotes`).
    quotations = passages(spans, units, ATTRIBUTED_KINDS)
    in_passage = {i for _, covered in quotations for i in covered[1:]}
    # A sentence inside a quotation takes the quotation's speaker only afterwards; until then
    # the one that opened it speaks for it ("« … » « … »": the second quotation goes on).
    opened_by = {i: covered[0] for _, covered in quotations for i in covered[1:]}
    tracker = Tracker()
    found: list[list[Mention]] = [[] for _ in units]
    for i, doc in zip(titles, parsed, strict=False):
        # "le ministre" in the lead, "il" further down, may be the person the title names.
        title_quotes = quoted_chars(spans, units[i])
        for key in _observe_names(doc, title_quotes, tracker, people):
            tracker.make_topic(key)
        if quotes[i]:
            found[i] = _title_speaker(doc, title_quotes, tracker)
        else:
            # "Les États-Unis nient toute implication…", "…, selon le ministre de la Santé X":
            # a headline reports words as a sentence does.
            found[i] = _sentence_mentions(doc, [], tracker)
        for mention in found[i]:
            if mention.person and not mention.role:
                # the person a headline quotes is whom the body's roles may stand for
                tracker.make_topic(
                    tracker.observe(mention.canonical, SUBJECT, person=True, plural=False)
                )
    title_speaker = found[titles[0]][:1] if titles else []
    if titles and not title_speaker and not quotes[titles[0]]:
        title_speaker = _headline_person(parsed[0], tracker)
    previous: int | None = None
    earlier: int | None = None  # the readable unit before `previous`
    subjects: dict[int, str] = {}  # unit -> the person it is about (its subject), if one
    spoken = False  # whether any sentence so far has a speaker
    for i, doc in docs.items():
        tracker.next_sentence()
        in_quote = quoted_chars(spans, units[i])
        _observe_names(doc, in_quote, tracker, people)
        if units[i].kind == "heading":
            heading = _title_speaker(doc, in_quote, tracker) if quotes[i] else []
            found[i] = resolve_roles(heading, tracker)
            continue
        about = tracker.subject_of(tracker.sentence)
        if about is not None:
            subjects[i] = about.canonical
        mentions = _sentence_mentions(doc, in_quote, tracker)
        impersonal = not mentions and _impersonal_cue(doc)
        if (
            impersonal
            and previous is not None
            and units[i].paragraph - units[previous].paragraph <= 1
        ):
            # "…, a-t-on appris de source judiciaire. …, a-t-on précisé.": the same source, in
            # the next sentence or the next paragraph (a wire's paragraphs are one sentence)
            mentions = [
                replace(m, mode="carried")
                for m in found[previous][:1]
                if _anonymous_source_name(m.canonical)
            ]
        elif not mentions and quotes[i] and not impersonal:
            mentions = _quote_subject(doc, in_quote, tracker) or _named_before_quote(
                doc, in_quote, tracker
            )
        mentions = resolve_roles(mentions, tracker)
        if not mentions:
            mentions = _carried(
                doc,
                in_quote,
                quoted_share(spans, units[i]),
                units[i],
                units[previous] if previous is not None else None,
                found[previous] or found[opened_by.get(previous, previous)]
                if previous is not None
                else [],
                i in in_passage,
                [] if spoken else title_speaker,
                tracker,
            )
        if (
            not mentions
            and earlier is not None
            and previous is not None
            and not found[previous]
            and i not in in_passage
            and units[earlier].paragraph == units[previous].paragraph == units[i].paragraph
            and quoted_share(spans, units[i]) >= CARRIED_SHARE
            and quoted_share(spans, units[earlier]) >= CARRIED_SHARE
            and tracker.subject_of(tracker.sentence - 1) is None
        ):
            # « A », said X. One sentence of the article's own. « B »: with nobody else named
            # in between, the second quotation of the paragraph is X's too
            mentions = [replace(m, mode="carried") for m in found[earlier][:1]]
        if (
            mentions
            and previous is not None
            and not found[previous]
            and units[previous].paragraph == units[i].paragraph
            and (
                (
                    (_points_back(mentions[0].cue) or _points_back_as_subject(doc))
                    and quoted_share(spans, units[previous]) >= CARRIED_SHARE
                )
                # "… est un acte inadmissible. C'est ce qu'a déclaré X.": the cleft names
                # the sentence before as what X said, quoted or not
                or _points_back_as_cleft(doc)
            )
        ):
            # "« … » La présidente, Christine X, l'a déclaré à Athènes.": the quotation just
            # before is what "l'" stands for
            found[previous] = [replace(m, mode="carried") for m in mentions[:1]]
        if not mentions and not quotes[i] and previous is not None:
            # "« C'est un coup de massue ». Jean-François X est sonné.": the quotation that
            # opens the paragraph is the person the next sentence introduces
            opening = _opening_quotation(units, docs, found, spans, previous, i)
            person = tracker.subject_of(tracker.sentence) if opening else None
            if person is not None and _named_in(person.canonical, doc):
                for j in opening:
                    found[j] = [_carried_person(person.canonical, person.gender)]
        spoken = spoken or bool(mentions)
        for mention in mentions:
            key = tracker.observe(
                mention.canonical,
                SPEAKER,
                position=mention.position,
                person=mention.person or bool(mention.role),
                plural=mention.plural,
                gender=mention.gender,
                role=mention.role,
            )
            if mention.gender != "?":
                tracker.set_gender(key, mention.gender)
        found[i] = mentions
        earlier, previous = previous, i

    found = [resolve_roles(mentions, tracker) for mentions in found]
    canonical = canonical_names(m for mentions in found for m in mentions)
    roles: dict[str, set[str]] = {}  # the roles of each entity, by its folded canonical name
    for mention in (m for mentions in found for m in mentions):
        name = canonical.get(fold(mention.canonical), mention.canonical)
        roles.setdefault(fold(name), set()).update(tracker.roles_of(mention.canonical))
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
        attributions.append(Attribution(speakers, mentions[0].cue or None, quotes[i], kind))
    carried = {i for i, mentions in enumerate(found) if mentions and mentions[0].mode == "carried"}
    attributions = _spread_over_quotes(units, spans, attributions, carried)
    attributions = _headings_from_body(units, attributions)
    attributions = _listed_statements(units, attributions)
    attributions = _interview_turns(units, attributions)
    attributions = _answers(units, attributions, subjects)
    # Every speaker, whichever pass gave it, gets the roles its entity holds: those linked to
    # any name the article settled on it, and those the tracker knows it by.
    attributions = [
        replace(
            a,
            speakers=tuple(
                replace(
                    s,
                    roles=tuple(
                        sorted({*roles.get(fold(s.canonical), ()), *tracker.roles_of(s.canonical)})
                    ),
                )
                for s in a.speakers
            ),
        )
        if a.speakers
        else a
        for a in attributions
    ]
    return [
        replace(a, unattributed_quote=True)
        if a.quotes
        and not a.speakers
        and (unit.kind != "body" or quoted_share(spans, unit) >= CARRIED_SHARE)
        else a
        for unit, a in zip(units, attributions, strict=True)
    ]


def _quoted_name(text: str, span: Span) -> bool:
    """A quotation that names rather than reports: a title or nickname after a naming word
    ("un article intitulé « … »", "surnommé « l'escroc des stars »") or a short gloss in
    brackets ("leurs factures détaillées (« fadettes »)")."""
    start, end = span
    before = fold(text[max(0, start - 30) : start]).rstrip(' «“"\u00a0')
    if any(before.endswith(fold(word)) for word in lexicon().naming_words):
        return True
    opening = text[max(0, start - 3) : start].rstrip(' «“"\u00a0')
    closing = text[end : end + 3].lstrip(' »”"\u00a0')
    return opening.endswith("(") and closing.startswith(")") and len(text[start:end].split()) <= 3


#: How many sentences back a quoted paragraph looks for the person the paragraph before it
#: was about.
PARAGRAPH_LOOKBACK = 3


def _carried(
    doc: Doc,
    in_quote: list[Span],
    share: float,
    unit: Sentence,
    before: Sentence | None,
    before_mentions: list[Mention],
    in_passage: bool,
    title_speaker: list[Mention],
    tracker: Tracker,
) -> list[Mention]:
    """The speaker a sentence with no cue of its own carries over, if any.

    In order: quoted words after the previous speaker in the same paragraph (or after its
    colon); the narrative infinitive ("Et d'ajouter que …"); the quotation that opens the body
    under a headline 'X : « … »' (`title_speaker`, empty once anybody has spoken); a quotation
    after the sentence that introduced a person ("X était l'invité de RTL. « … »").
    """
    colon = before is not None and before.text.rstrip().endswith(":")  # "… obligé de rectifier :"
    carry = [replace(m, mode="carried") for m in before_mentions[:1]]
    opens_quoted_paragraph = (
        before is not None
        and before.kind in ("body", "lead")
        and unit.kind == "body"
        and unit.paragraph == before.paragraph + 1
        and unit.text.lstrip()[:1] in '«“"'
        and share >= CARRIED_SHARE
    )
    # "X, propriétaire de la boutique, déplore les pertes." then a paragraph that is one
    # quotation, opening on its mark: X's words
    quoted_paragraph = opens_quoted_paragraph and bool(carry) and carry[0].person
    if (
        carry
        and not in_passage
        and (
            (before.kind, before.paragraph) == (unit.kind, unit.paragraph)
            or colon
            or quoted_paragraph
        )
        and share > 0
        and (share >= CARRIED_SHARE or not _speaking_subject(doc, in_quote))
    ):
        return carry
    if carry and (_narrative_infinitive(doc) or _participle_fragment(doc) or _and_said(doc)):
        return carry
    speaker = tracker.last_speaker() if colon and not before_mentions else None
    if speaker is not None and not in_passage and share >= CARRIED_SHARE:
        # "… un duo avec Mélanie X :" then a quoted paragraph: whoever the article has been
        # quoting goes on; the colon only introduced the topic
        return [_carried_person(speaker.canonical, speaker.gender)]
    if title_speaker and not in_passage and share >= CARRIED_SHARE:
        return [replace(m, mode="carried") for m in title_speaker]
    if (
        before is not None
        and not before_mentions
        and not in_passage
        and (before.paragraph == unit.paragraph or colon or opens_quoted_paragraph)
        and share >= CARRIED_SHARE
    ):
        # "X était l'invité de RTL. « … »", or a paragraph that is one quotation after one
        # about X ("Christophe a presque tout perdu. … Il ne décolère pas." then "« … »"):
        # the subject of the sentence before, or for a new paragraph, of one a little earlier
        back = PARAGRAPH_LOOKBACK if opens_quoted_paragraph else 1
        topic = next(
            (
                found
                for k in range(1, back + 1)
                if (found := tracker.subject_of(tracker.sentence - k)) is not None
            ),
            None,
        )
        if topic is not None:
            return [_carried_person(topic.canonical, topic.gender)]
    return []


def _opening_quotation(
    units: Sequence[Sentence],
    docs: dict[int, Doc],
    found: list[list[Mention]],
    spans: list[Span],
    previous: int,
    current: int,
) -> list[int]:
    """The units before `current` that open its paragraph with a quotation nobody was found
    to say (or only carried over from before), or [] when the paragraph opens otherwise."""
    order = list(docs)
    position = order.index(previous)
    opening: list[int] = []
    while position >= 0:
        j = order[position]
        if units[j].paragraph != units[current].paragraph:
            break
        if quoted_share(spans, units[j]) < CARRIED_SHARE or any(
            m.mode != "carried" for m in found[j]
        ):
            return []
        opening.append(j)
        position -= 1
    return opening


def _named_in(canonical: str, doc: Doc) -> bool:
    """Whether a sentence writes a person's name (its last word), not only a pronoun."""
    last = fold(canonical).split()[-1:] if canonical else []
    return bool(last) and last[0] in re.findall(r"[\w-]+", fold(doc.text))


def _points_back(cue: str) -> bool:
    """A cue whose object pronoun stands for words already given ("l'a déclaré", "le dit")."""
    words = fold(cue).replace("’", "'").split()
    return bool(words) and (words[0].startswith("l'") or words[0] == "le")


def _points_back_as_subject(doc: Doc) -> bool:
    """ "Tel est le mot d'ordre lancé par X", "Telle est la position de X": the sentence names
    the words just given as its subject."""
    return (
        len(doc) > 1
        and doc[0].lower_ in ("tel", "telle", "tels", "telles")
        and (doc[1].lemma_ == "être")
    )


def _points_back_as_cleft(doc: Doc) -> bool:
    """ "C'est ce qu'a déclaré X", "Voilà ce qu'affirme X": a sentence that is only a cleft
    pointing at what was just said, with the verb of saying after "ce que"."""
    words = [t.lower_ for t in doc[:4]]
    opener = words[:3] in (["c'", "est", "ce"], ["voilà", "ce", "qu'"], ["voilà", "ce", "que"])
    return opener and not any(t.text == "," for t in doc[:6])


def _carried_person(canonical: str, gender: str) -> Mention:
    """A person the tracker knows, speaking on in a sentence with no cue of its own."""
    return Mention(canonical, canonical, "", "carried", 0, gender, False, True)


def _spread_over_quotes(
    units: Sequence[Sentence],
    spans: list[Span],
    attributions: list[Attribution],
    carried: set[int],
) -> list[Attribution]:
    """Give each sentence inside a multi-sentence quotation the attribution of the quotation.

    A cue of the quotation's own outranks a speaker carried over from the sentence before it.
    """
    result = list(attributions)
    for (start, end), covered in passages(spans, units, ATTRIBUTED_KINDS):
        own_cue = [i for i in covered if i not in carried]
        # The cue usually follows the closing mark ("…», estiment X"); else it opened the quote.
        source = (
            next(
                (result[i] for i in reversed(own_cue) if result[i].kind in ("direct", "indirect")),
                None,
            )
            or next((result[i] for i in own_cue if result[i].kind != "none"), None)
            or next((result[i] for i in covered if result[i].kind != "none"), None)
        )
        if source is None:
            continue
        for i in covered:
            has_own = result[i].kind != "none" and i not in carried
            own = result[i] if has_own else replace(source, kind="direct")
            result[i] = replace(own, quotes=result[i].quotes, passage=(start, end))
    return result


def _headings_from_body(
    units: Sequence[Sentence], attributions: list[Attribution]
) -> list[Attribution]:
    """A title or heading quoting words ("- "Triomphal" -") gets the speaker who said them.

    The words are looked for among the quotations of the article's attributed sentences; when
    nobody in the article says them, the unit keeps its quotes and no speaker: a quote without
    a speaker, never the article's own narration.
    """
    said = [
        (fold(quote), attribution)
        for unit, attribution in zip(units, attributions, strict=True)
        if unit.kind in ATTRIBUTED_KINDS and attribution.speakers
        for quote in attribution.quotes
    ]
    # Failing a quotation, an attributed sentence using the words ("Washington s'est dit
    # préoccupé" for a title 'Washington "préoccupé"').
    said += [
        (fold(unit.text), attribution)
        for unit, attribution in zip(units, attributions, strict=True)
        if unit.kind in ATTRIBUTED_KINDS and attribution.speakers
    ]
    quoted = [
        (_stems(quote), attribution)
        for unit, attribution in zip(units, attributions, strict=True)
        if unit.kind in ATTRIBUTED_KINDS and attribution.speakers
        for quote in attribution.quotes
    ]
    result = list(attributions)
    for i, unit in enumerate(units):
        if unit.kind == "title" and not attributions[i].speakers:
            # "Griveaux : l'exécutif va maintenir un « rythme dense » de réformes"
            named = _named_before_colon(unit.text, units, attributions)
            if named is not None:
                kind = "direct" if attributions[i].quotes else "indirect"
                result[i] = Attribution(named.speakers, named.cue, attributions[i].quotes, kind)
                continue
            if not attributions[i].quotes:
                continue
        own_cue = attributions[i].cue is not None  # "…, dénoncent des ONG" says who itself
        if unit.kind in ATTRIBUTED_KINDS or not attributions[i].quotes or own_cue:
            continue
        for quote in attributions[i].quotes:
            words = fold(quote).strip(" .,;:!?")
            source = next((a for q, a in said if len(words) >= 3 and words in q), None)
            if source is None:
                # A headline rewords the quotation it announces ("Cela dépasse les limites de
                # la décence" for « dépassent les limites … de la décence »): most of its content
                # words, by stem, in one quotation of the body.
                source = _reworded_quotation(_stems(quote), quoted)
            if source is None:
                continue
            speakers = source.speakers
            if attributions[i].speakers:
                # "Macron s'attire les foudres de Moscou : « Cela dépasse … »": the body says
                # whose words the headline quotes, whoever its subject is
                speakers = source.speakers[:1]
                if fold(speakers[0].canonical) in {
                    fold(s.canonical) for s in attributions[i].speakers
                }:
                    break
            result[i] = Attribution(speakers, source.cue, attributions[i].quotes, "direct")
            break
    return result


def _named_before_colon(
    title: str, units: Sequence[Sentence], attributions: list[Attribution]
) -> Attribution | None:
    """ "Hadjizade : les déclarations de la ministre ne contribuent pas à la paix": a headline
    naming a body speaker before its colon, then rewording what that speaker said (half its
    content words, by stem, in one of the speaker's sentences), reports that speaker."""
    name, colon, rest = title.partition(":")
    named = fold(name).split()
    if not colon or not 1 <= len(named) <= 3:
        return None
    stems = _stems(rest)
    if len(stems) < 3:
        return None
    for unit, attribution in zip(units, attributions, strict=True):
        if unit.kind not in ATTRIBUTED_KINDS or not attribution.speakers:
            continue
        speaker = attribution.speakers[0]
        if not set(named) <= set(fold(speaker.canonical).split()):
            continue
        if len(stems & _stems(unit.text)) >= len(stems) / 2:
            return Attribution(attribution.speakers[:1], attribution.cue, (), "indirect")
    return None


def _stems(text: str) -> frozenset[str]:
    """The content words of a text, folded and cut to five letters (a crude French stem that
    is enough to match "dépasse" with "dépassent")."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = re.findall(r"\w+", fold(text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in STOP_WORDS)


def _reworded_quotation(
    stems: frozenset[str], quoted: list[tuple[frozenset[str], Attribution]]
) -> Attribution | None:
    """The attribution of the body quotation holding at least two thirds of a headline
    quotation's content words (three or more of them), the best such one."""
    if len(stems) < 3:
        return None
    best, share = None, 2 / 3
    for words, attribution in quoted:
        found = len(stems & words) / len(stems)
        if found >= share and (best is None or found > share):
            best, share = attribution, found
    return best


_STATEMENTS_OF = re.compile(r"^(\w+)\s+(?:de|d['’]|du|des)\s*(.+?)\s*:?$", re.IGNORECASE)


def _listed_statements(
    units: Sequence[Sentence], attributions: list[Attribution]
) -> list[Attribution]:
    """ "Déclarations de Sergueï X" over a bulleted list: each item is that source's statement,
    up to the next such heading or the first line that is no item."""
    words = lexicon()
    result = list(attributions)
    source: Speaker | None = None
    heading = ""
    for i, unit in enumerate(units):
        text = unit.text.strip()
        match = _STATEMENTS_OF.match(text)
        if (
            match
            and match.group(1).lower() in words.statement_headings
            and len(text) <= 80
            and match.group(2)[:1].isupper()
        ):
            source, heading = Speaker(match.group(2), match.group(2)), text
            continue
        if source is None:
            continue
        if not text.startswith(words.list_bullets):
            source = None
        elif not attributions[i].speakers:
            result[i] = _given(attributions[i], (source,), heading, "according_to")
    return result


def _answers(
    units: Sequence[Sentence], attributions: list[Attribution], subjects: dict[int, str]
) -> list[Attribution]:
    """An interview: the paragraph after a paragraph that only asks ("… ?", or a short prompt
    trailing off: "Le podium s'éloigne…") is the interviewee's answer. The interviewee is the
    person a headline quotes ("X : « … »"), else, when the article asks at least
    `INTERVIEW_QUESTIONS` questions, the person its first paragraph is about ("Le professeur
    X est épidémiologiste à l'Inserm.")."""
    last_of: dict[int, int] = {}
    for i, unit in enumerate(units):
        last_of[unit.paragraph] = i
    spoken = {u.paragraph for u, a in zip(units, attributions, strict=True) if a.speakers}

    def prompt(i: int) -> bool:
        text = units[i].text.rstrip()
        trailing = text.endswith(("…", "...")) and len(text) <= PROMPT_CHARS
        return text.endswith("?") or (trailing and units[i].paragraph != units[i - 1].paragraph)

    # the first question may read as a caption, its answer as the lead
    asked = {
        paragraph
        for paragraph, i in last_of.items()
        if units[i].kind in ("body", "lead", "caption") and prompt(i) and paragraph not in spoken
    }
    title = next((i for i, u in enumerate(units) if u.kind == "title"), None)
    if title is not None and attributions[title].speakers:
        speakers = attributions[title].speakers
    else:
        first = next(
            (i for i, u in enumerate(units) if u.kind in ("lead", "body") and i in subjects), None
        )
        if (
            first is None
            or len(asked) < INTERVIEW_QUESTIONS
            or min(asked) <= units[first].paragraph
        ):
            return attributions
        speakers = (Speaker(subjects[first], subjects[first]),)
    # An answer may run over several paragraphs: the next ones, up to another question, go on
    # with it while they speak in the first person ("On aurait pu prendre 30 ans…").
    answering = {p + 1 for p in asked}
    for paragraph in sorted(last_of):
        if (
            paragraph - 1 in answering
            and paragraph not in asked
            and paragraph not in spoken
            and _first_person(" ".join(u.text for u in units if u.paragraph == paragraph))
        ):
            answering.add(paragraph)
    result = list(attributions)
    for i, unit in enumerate(units):
        if (
            unit.kind in ATTRIBUTED_KINDS
            and unit.paragraph in answering
            and not attributions[i].speakers
            and not _stage_direction(unit.text)
        ):
            result[i] = _given(attributions[i], speakers)
    return result


def _stage_direction(text: str) -> bool:
    """ "(Il sourit).": the interviewer's note inside an answer, not the interviewee's words."""
    stripped = text.strip().rstrip(".")
    return stripped.startswith("(") and stripped.endswith(")") and "(" not in stripped[1:]


#: A prompt trailing off ("Le podium s'éloigne…") is a question when it is this short.
PROMPT_CHARS = 80
#: Questions an article must ask before the person of its first paragraph is taken for the
#: interviewee of a headline that quotes nobody.
INTERVIEW_QUESTIONS = 2

_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|on|me|moi|mon|ma|mes|notre|nos)\b", re.IGNORECASE)


def _first_person(text: str) -> bool:
    """Whether a paragraph speaks in the first person (outside quotation marks, which quote
    someone else)."""
    return bool(_FIRST_PERSON.search(re.sub(r"[«“\"][^«»“”\"]*[»”\"]", "", text)))


def _given(
    attribution: Attribution,
    speakers: tuple[Speaker, ...],
    cue: str | None = None,
    unquoted: str = "indirect",
) -> Attribution:
    """A unit's quotes, now said by `speakers` (the kind `unquoted` when it quotes nothing)."""
    quotes = attribution.quotes
    return Attribution(speakers, cue, quotes, "direct" if quotes else unquoted)


_TURN = re.compile(r"^([A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3}) ?: ")


def _interview_turns(
    units: Sequence[Sentence], attributions: list[Attribution]
) -> list[Attribution]:
    """An interview written as turns, "Boursier.com : …" then "Benoît X : …" and "B.X : …":
    each turn is its label's, up to the next turn in the same paragraph. Two labelled turns at
    least, so that a lone "Paris : …" stays what the sentence says."""
    starters = lexicon().sentence_starters
    turns = {}
    for i, unit in enumerate(units):
        match = _TURN.match(unit.text)
        if not match or unit.kind != "body":
            continue
        words = match.group(1).split()
        # "Le Parisien : …" is a label, "La raison : …" a sentence (caught by the pattern
        # only when capitalised, so a determiner needs a capitalised name after it)
        if words[0] not in starters or (len(words) > 1 and words[1][:1].isupper()):
            turns[i] = match.group(1)
    if len(turns) < 2 or len(set(turns.values())) < 2:
        return attributions
    names: dict[str, str] = {}  # initials -> the full label they stand for
    for label in turns.values():
        if " " in label:
            names["".join(w[0] for w in label.split()).lower()] = label
    result = list(attributions)
    current: tuple[str, int] | None = None
    for i, unit in enumerate(units):
        if i in turns:
            label = turns[i]
            initials = re.sub(r"[^\w]", "", label).lower()
            label = names.get(initials, label) if len(initials) <= 3 else label
            current = (label, unit.paragraph)
        elif current is None or current[1] != unit.paragraph or unit.kind != "body":
            current = None
            continue
        if not attributions[i].speakers:
            result[i] = _given(attributions[i], (Speaker(current[0], current[0]),))
    return result


# --- who the sentence names -------------------------------------------------------------------


def _known_people(docs: Sequence[Doc]) -> frozenset[str]:
    """Folded names the article shows to be people: the parser's PER entities and any
    capitalised word after "M." or "Mme" (the small parser misses "M. Macron")."""
    titles = lexicon().name_titles
    names = set()
    for doc in docs:
        for ent in doc.ents:
            # "président de la République" tagged PER: a name opens on a capital
            if (
                ent.label_ == "PER"
                and ent.text[:1].isupper()
                and sum(c.isalpha() for c in ent.text) >= 2  # "sur X." is a network
                and not _role_label(doc, ent.start, ent.end)
            ):
                words = [w for w in strip_titles(ent.text).split() if w[:1].isupper()]
                names.update(fold(w) for w in words[-1:])
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if token.text in titles and following.text[:1].isupper():
                names.add(fold(following.text))
    return frozenset(names)


def _name_spans(doc: Doc, people: frozenset[str]) -> list[tuple[int, int, bool]]:
    """(start, end, person) of every name in a sentence: the parser's PER and ORG entities, and
    runs of capitalised words that hold a known person's name ("Emmanuel Macron" read as MISC,
    "M. Macron" read as nothing, "Bruno Le Maire" with its particle)."""
    found: list[tuple[int, int, bool]] = []
    covered: set[int] = set()
    titles = lexicon().name_titles

    def in_name(token: Token) -> bool:
        return token.text[:1].isupper() and nominal(token) and token.text not in titles

    for start, end in _names_after_roles(doc):
        found.append((start, end, True))
        covered.update(range(start, end))
    for token in doc:
        if token.i in covered or fold(token.text) not in people or not in_name(token):
            continue
        start, end = token.i, token.i + 1
        while (
            start > 0
            and in_name(doc[start - 1])
            and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ == "PER")
            and not (start - 1 == 0 and doc[0].pos_ == "DET")
        ):
            start -= 1  # "Emmanuel Macron", not "l'Intérieur Gérald Martin"
        while end < len(doc) and in_name(doc[end]):
            end += 1
        entity = next(
            (e for e in doc.ents if e.label_ == "PER" and e.start <= token.i < e.end), None
        )
        if entity is not None:  # "Anne Vidal" with "Anne" tagged ADJ but inside the PER entity
            start, end = min(start, entity.start), max(end, entity.end)
        start = _past_rubric(doc, start, token.i)
        while (
            start < token.i
            and start >= 2
            and doc[start - 1].pos_ == "DET"
            and doc[start - 2].lower_ in lexicon().de_forms
        ):
            start += 1  # "le président de la République François X": a complement, not a name
        while (
            start < token.i
            and start >= 1
            and doc[start - 1].lower_ in lexicon().de_forms
            and (
                doc[start].ent_type_ in ("LOC", "ORG")
                or "-" in doc[start].text
                or (end - start >= 3 and doc[start - 2].lower_ in lexicon().territorial_roles)
            )
        ):
            # "la députée des Bouches-du-Rhône Valérie X", "le maire de Marcory Lamine X": the
            # place is no first name
            start += 1
        found.append((start, end, not _role_label(doc, start, end)))
        covered.update(range(start, end))
    for ent in doc.ents:
        if (
            ent.label_ in ("PER", "ORG")
            and ent.text[:1].isupper()
            and not covered.intersection(range(ent.start, ent.end))
        ):
            person = ent.label_ == "PER" and not _role_label(doc, ent.start, ent.end)
            start = _past_rubric(doc, ent.start, ent.end)
            if start < ent.end:
                found.append((start, ent.end, person))
    return sorted(found)


def _past_rubric(doc: Doc, start: int, limit: int) -> int:
    """Past the common nouns of a rubric opening a name ("Affaire Bettencourt": the case's
    name, not a person "Affaire"), up to `limit`."""
    while start < limit and doc[start].lower_ in lexicon().rubric_nouns:
        start += 1
    return start


def _names_after_roles(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised words right after a person's role ("sa présidente Marine Le Pen", "le
    ministre Paul Roux"): a person's name, even when the tagger saw no entity there ("Pen"
    read as a noun). Two words at least, the last one capitalised."""
    words = lexicon()
    found = []
    for token in doc[:-2]:
        if token.lower_ not in words.person_roles or token.pos_ != "NOUN":
            continue
        end = token.i + 1
        while end < len(doc) and (
            (doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADJ"))
            or (
                doc[end].lower_ in words.name_particles
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
            )
        ):
            end += 1
        while end > token.i + 1 and not doc[end - 1].text[:1].isupper():
            end -= 1
        first = doc[token.i + 1]
        if end - (token.i + 1) >= 2 and first.pos_ != "DET" and first.ent_type_ != "ORG":
            found.append((token.i + 1, end))
    return found + [span for span in _appositive_names(doc) if span not in found]


#: A person's name between commas is two to four capitalised words.
NAME_WORDS = (2, 4)


def _appositive_names(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised words set off by a comma from a person's role: "Karine X, élue de …",
    "Le maire de Chailles, Florent X, a vécu …". The apposition makes them a person's name
    whatever the tagger saw there (no entity, or a place)."""
    words = lexicon()
    roles = words.person_roles | words.territorial_roles
    titles = set(words.name_titles)

    def capitalised(token: Token) -> bool:
        return (
            token.text[:1].isupper()
            and token.text.replace("-", "").isalpha()
            and token.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ")
            and token.text not in titles
        )

    def role_at(i: int) -> bool:  # "élue de …", "la maire de …", "le délégué …"
        while i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        while i < len(doc) and doc[i].lower_ in words.role_modifiers:
            i += 1
        return i < len(doc) and doc[i].lower_ in roles

    def role_before(comma: int) -> bool:  # "Le maire de Chailles, …"
        start = np_start(doc, doc[comma - 1]) if comma >= 1 else comma
        return any(
            t.lower_ in roles and t.pos_ in ("NOUN", "VERB", "ADJ") for t in doc[start:comma]
        )

    found = []
    i = 0
    while i < len(doc):
        if not capitalised(doc[i]):
            i += 1
            continue
        end = i
        while end < len(doc) and capitalised(doc[end]):
            end += 1
        size = end - i
        followed = end + 1 < len(doc) and doc[end].text == ","
        preceded = i >= 2 and doc[i - 1].text == ","
        if NAME_WORDS[0] <= size <= NAME_WORDS[1] and (
            (followed and role_at(end + 1)) or (preceded and followed and role_before(i - 1))
        ):
            found.append((i, end))
        i = end
    return found


def _role_label(doc: Doc, start: int, end: int | None = None) -> bool:
    """ "Alain X, maire Horizons de Vesoul": capitalised words right after the role given to a
    name just before are the role's party or place, not a second person; "rue Jacqueline-X",
    "lycée Victor-X": a place named after one; "la maire de Villeneuve": the place of an office."""
    words = lexicon()
    if start >= 1 and doc[start - 1].lower_ in words.place_nouns:
        return True
    # two words at most: "le maire de Marcory Lamine X" tagged as one name is still X
    short = end is not None and end - start <= 2
    if short and start >= 2 and doc[start - 1].lower_ in words.de_forms:
        office = " ".join(t.lower_ for t in doc[max(0, start - 3) : start - 1])
        if doc[start - 2].lower_ in words.territorial_roles or office in words.territorial_roles:
            return True
    if start < 3 or doc[start - 2].text != ",":
        return False
    role = doc[start - 1]
    return (
        role.text[:1].islower()
        and is_person_role(doc[start - 1 : start])
        and doc[start - 3].ent_type_ == "PER"
    )


def _observe_names(
    doc: Doc, in_quote: list[Span], tracker: Tracker, people: frozenset[str]
) -> list[str]:
    """Record the people and organisations a sentence names or refers to, and their roles.

    "La ministre du Travail, Muriel Pénicaud," and "le ministre de l'Économie Bruno Le Maire"
    link a role to a name; "M." and "Mme" and a gendered role give the person's gender. Subject
    pronouns and unnamed roles in the subject ("Il a répété", "Le ministre sortant a souligné")
    keep their referent salient even when their verb is not a reporting one.
    """
    words = lexicon()
    keys = []
    # A sentence with no conjugated verb ("Même sentiment chez X, un client de 23 ans.") is
    # about the names it holds.
    verbless = not any("Fin" in t.morph.get("VerbForm") for t in doc if not inside(t, in_quote))
    for start, end, person in _name_spans(doc, people):
        if inside(doc[start], in_quote):
            continue
        if (
            not person
            and start >= 2
            and doc[start - 1].lower_ in words.de_forms
            and doc[start - 2].pos_ == "NOUN"
        ):
            continue  # "le président du MoDem": the organisation is not the one acting
        name = strip_titles(join(doc[start:end])) if person else join(doc[start:end])
        if not name or not name[:1].isupper():
            continue
        role_start = np_start(doc, doc[start])
        if role_start == start and start >= 2 and doc[start - 1].text == ",":
            role_start = np_start(doc, doc[start - 2])
            role_tokens = doc[role_start : start - 1]
        else:
            role_tokens = doc[role_start:start]
            before = doc[start - 1] if start > 0 else None
            if before is not None and not (
                before.text[:1].isupper() or is_person_role(doc[start - 1 : start])
            ):
                role_tokens = doc[start:start]  # "l'administration Trump": no role of Trump's
        if not len(role_tokens):
            role_tokens = _role_before(doc, start)
        after = _apposition_after(doc, end, in_quote)
        role_tokens = role_tokens if len(role_tokens) else after
        # "le porte-parole du gouvernement, Houmedi X": a proxy's full role names him too
        named_role = is_person_role(role_tokens) or is_proxy_role(role_tokens)
        role = role_key(role_tokens) if len(role_tokens) and named_role else ""
        gender = "?"
        title = doc[start - 1] if start > 0 else None
        if title is not None and title.text in words.feminine_titles:
            gender = "fem"
        elif title is not None and title.text in words.masculine_titles:
            gender = "masc"
        elif role and len(role_tokens):
            gender = gender_of_determiner(role_tokens)
        complement = start > 0 and doc[start - 1].lower_ in words.de_forms
        heads = [*doc[start:end], *role_tokens]
        subject = next((t for t in heads if t.dep_ in ("nsubj", "nsubj:pass")), None)
        subject = None if complement else subject  # "la démission d'Emmanuel Macron est …"
        key = tracker.observe(
            name,
            SUBJECT if subject is not None or verbless else MENTIONED,
            position=start,
            person=person,
            plural=False,
            gender=gender,
            role=role if person else "",
        )
        keys.append(key)
        if subject is not None:
            tracker.set_gender(key, agreement_gender(doc, subject.head))
            attribute = subject.head
            if (
                person
                and attribute.i != subject.i
                and any(c.dep_ == "cop" for c in attribute.children)
                and is_role_word(attribute)
            ):
                # "Le professeur Antoine X est épidémiologiste à l'Inserm": "l'épidémiologiste"
                # is X too
                tracker.add_role(key, fold(attribute.text))
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubj:pass") or inside(token, in_quote):
            continue
        if token.pos_ == "PRON" and token.lower_ in words.subject_pronouns:
            fit = pronoun_fit(token.lower_)
            chosen = tracker.resolve(*fit, before=token.i) if fit else None
            if chosen is not None:
                tracker.observe(
                    chosen.canonical,
                    SUBJECT,
                    position=token.i,
                    person=chosen.person,
                    plural=chosen.plural,
                )
        elif token.pos_ == "NOUN" and not any(
            t.ent_type_ and t.text[:1].isupper() for t in (token, *token.children)
        ):
            span = (np_start(doc, token), token.i + 1)
            tokens = doc[span[0] : span[1]]
            if (
                is_person_role(tokens)
                and definite(tokens)
                and "Plur" not in token.morph.get("Number")
            ):
                mention = _mention(doc, span, "", "subject", token.i, tracker)
                target = tracker.named_for(mention.role) or mention.antecedent
                tracker.observe(
                    target or mention.canonical,
                    SUBJECT,
                    position=token.i,
                    person=True,
                    plural=False,
                    gender=mention.gender,
                )
            elif not definite(tokens) and is_speaking_noun(token):
                # "une mère de famille installe sa fille", "d'autres habitants sont restés":
                # someone new, whom the next "glisse-t-elle" or "racontent-ils" is about.
                phrase = noun_phrase(doc, span[0], in_quote) or span
                mention = _mention(doc, phrase, "", "subject", token.i, tracker)
                tracker.observe(
                    mention.canonical,
                    SUBJECT,
                    position=token.i,
                    person=is_person_role(tokens),
                    plural=mention.plural,
                    gender=mention.gender,
                )
    return keys


def _role_before(doc: Doc, start: int) -> Span | Sequence[Token]:
    """The role written right before a name, from its determiner ("le président de la
    République François Hollande", wherever the parser hung the name): the words from the
    nearest determiner, with no punctuation or verb between, when they make a person's role."""
    k = start - 1
    while k >= max(0, start - 8):
        token = doc[k]
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        if token.pos_ == "DET" and (k == 0 or doc[k - 1].lower_ not in lexicon().de_forms):
            tokens = doc[k:start]
            return tokens if is_person_role(tokens) else doc[start:start]
        k -= 1
    return doc[start:start]


def _apposition_after(doc: Doc, end: int, in_quote: list[Span]) -> Sequence[Token]:
    """ ", ministre du Travail," after a name: the role words, or nothing."""
    if end >= len(doc) or doc[end].text != ",":
        return doc[end:end]
    stop = apposition_end(doc, end + 1, in_quote)
    if stop is None or stop == end + 1:
        return doc[end:end]
    return doc[end + 1 : stop]


# --- cues in one sentence ---------------------------------------------------------------------


def _sentence_mentions(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    mentions: list[Mention] = []
    for token in doc:
        quoted = in_quote
        if inside(token, in_quote):
            quoted = _incise_in_quote(doc, token, in_quote)
            if quoted is None:
                continue
        verb_end = _reporting_verb_end(doc, token) or _after_quote_verb_end(doc, token, quoted)
        if verb_end is not None:
            mention = _verb_mention(doc, token, verb_end, quoted, tracker)
            if mention:
                joined = _coordinated(doc, mention, in_quote, tracker)
                if joined and not _plural_verb(doc[mention.position]):
                    # "Le ministre d'État chargé des eaux, …, de l'environnement et de
                    # l'écologie, Mohamed X, a affirmé": one person, the role is the name's.
                    mentions.append(replace(joined[0], role=mention.role))
                    continue
                mentions.append(mention)
                mentions.extend(joined)
            continue
        mention = (
            _according_mention(doc, token, in_quote, tracker, mentions)
            or _learned_from(doc, token, in_quote, tracker)
            or _statement_by(doc, token, in_quote, tracker)
        )
        if mention:
            mentions.append(mention)
    sources = lexicon().source_nouns
    if any(m.canonical.lower() not in sources for m in mentions):
        # "X s'est dit préoccupé, selon un communiqué": the communiqué is X's, not a source
        mentions = [m for m in mentions if m.canonical.lower() not in sources]
    incises = [m.position for m in mentions if m.mode == "incise"]
    if incises:
        # ", assure l'Elysée" frames everything said before it in the sentence.
        mentions = [
            m
            for m in mentions
            if m.mode in ("incise", "according", "relative") or m.position > max(incises)
        ]
    return mentions


def _incise_in_quote(doc: Doc, token: Token, in_quote: list[Span]) -> list[Span] | None:
    """The quote spans with an incise cut out, when `token` is the verb of one left inside the
    marks: "« …, a-t-il lancé, citant X. … »", "« Nous sommes prêts, a déclaré le porte-parole
    Marc Lenoir. Le dialogue … »". The incise is the article's framing, not the speaker's words.
    """
    misread = token.pos_ in ("PROPN", "NOUN") and token.text[:1].islower()  # "raconte"/PROPN
    if (token.pos_ not in ("VERB", "AUX", "ADJ") and not misread) or token.dep_.startswith("aux"):
        return None
    group = _verb_group_start(doc, token)
    if group == 0 or doc[group - 1].text != ",":
        return None
    clitic = _inverted_clitic(doc, group, _clitic_end(doc, token.i + 1)) is not None
    if not clitic and _reporting_verb_end(doc, token) is None:
        return None
    end = next(
        (t.i for t in doc[token.i + 1 :] if t.text in (",", ".", ";", ":", "!", "?", '"')),
        len(doc),
    )
    if not clitic and (end - token.i < 2 or end - token.i > 12):
        return None  # a noun subject must follow, and an incise is short
    hole = (doc[group].idx, doc[end - 1].idx + len(doc[end - 1].text))
    cut: list[Span] = []
    for start, stop in in_quote:
        if start <= hole[0] < stop:
            cut += [(start, hole[0]), (hole[1], stop)]
        else:
            cut.append((start, stop))
    return cut


def _narrative_infinitive(doc: Doc) -> bool:
    """A sentence opening "Et de" + a verb of saying in the infinitive (the French narrative
    infinitive: "Et d'ajouter que …"), whose subject is the speaker of the sentence before."""
    words = lexicon()
    if len(doc) < 3 or doc[0].lower_ != "et" or doc[1].lower_ not in words.de_forms:
        return False
    verb = doc[3] if doc[2].lower_ in words.reflexive_clitics and len(doc) > 3 else doc[2]
    lemma = words.reporting_forms.get(verb.lower_) or verb.lemma_.lower()
    return lemma in words.reporting_verbs or any(
        phrase[0] in words.reflexive_clitics and phrase[-1] == lemma
        for phrase in words.reporting_phrases
    )


def _and_said(doc: Doc) -> bool:
    """ "Il a évoqué les motifs. Et a annoncé que …": a sentence opening on "Et" and a verb of
    saying with no subject goes on with the subject of the sentence before."""
    if len(doc) < 3 or doc[0].lower_ != "et" or doc[1].pos_ not in ("AUX", "VERB"):
        return False
    verb = next((t for t in doc[1:4] if t.pos_ == "VERB"), None)
    if verb is None or any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children
    ):
        return False
    return (
        lexicon().reporting_forms.get(verb.lower_) or verb.lemma_.lower()
    ) in lexicon().reporting_verbs


def _participle_fragment(doc: Doc) -> bool:
    """A sentence that is only a verb of saying in the present participle ("Expliquant ensuite
    que la personne avait été identifiée …"): the speaker before goes on."""
    first = doc[0]
    lemma = lexicon().reporting_forms.get(first.lower_) or first.lemma_.lower()
    return (
        first.dep_ == "ROOT"
        and "Part" in first.morph.get("VerbForm")
        and "Pres" in first.morph.get("Tense")
        and lemma in lexicon().reporting_verbs
        and not any(t.dep_ in ("nsubj", "nsubj:pass") and t.head is first for t in doc)
    )


def _clitic_end(doc: Doc, i: int) -> int:
    """Past the subject clitic of a simple tense: "lâche-t-il", "souffle-t-elle"."""
    while i < len(doc) and doc[i].text.startswith("-") and len(doc[i]) > 1:
        i += 1
    return i


def _impersonal_source(
    doc: Doc, verb: Token, cue: str, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    """ "Du côté de l'Élysée, on parle de …", "au Château, on nie …", "jure-t-on du côté du
    ministère": "on" speaks for the place the sentence puts it in, if it names one."""
    for token in doc:
        if inside(token, in_quote):
            continue
        start = None
        if token.lower_ == "côté":
            start = token.i + 1
            if start < len(doc) and doc[start].lower_ in lexicon().de_forms:
                start += 1
        elif (
            token.lower_ in lexicon().a_forms
            and token.pos_ != "AUX"  # the "a" of "a-t-on précisé" is the verb itself
            and (token.i == 0 or doc[token.i - 1].text in (",", ":") or token.i == verb.i + 1)
        ):
            start = token.i + 1
        if start is None or start >= len(doc):
            continue
        while start < len(doc) and doc[start].pos_ == "DET":
            start += 1
        span = noun_phrase(doc, start, in_quote) if start < len(doc) else None
        named = token.lower_ == "côté" or doc[start].text[:1].isupper()  # not "à la mi-journée"
        if span is not None and named and _speaks(doc, span):
            return _mention(doc, span, cue, "incise", verb.i, tracker)
    return None


def _inverted_clitic(doc: Doc, start: int, end: int) -> Token | None:
    """The inverted subject pronoun of a verb group ("a-t-il ajouté" -> "-il"), if any."""
    return next(
        (t for t in doc[start:end] if t.text.startswith("-") and len(t) > 1 and t.lower_ != "-t"),
        None,
    )


def _after_quote_verb_end(doc: Doc, token: Token, in_quote: list[Span]) -> int | None:
    """Any verb that opens an incise right after a closing quote frames the quote.

    « … », a-t-il commencé / souffle-t-il / s'est-elle insurgée: French puts only speech framing
    there, so no verb list is needed (the list still serves every other position).
    """
    if token.pos_ not in ("VERB", "AUX") or token.dep_.startswith("aux") or token.i < 2:
        return None
    if _infinitive(token) or (
        "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
    ):
        return None
    group = _verb_group_start(doc, token)
    if group < 1:
        return None
    before = doc[group - 1]
    after_quote = (before.text == "," and group >= 2 and doc[group - 2].text == '"') or (
        before.text == '"' and not inside(before, in_quote)
    )
    if not after_quote:
        return None
    inverted = _inverted_clitic(doc, group, _clitic_end(doc, token.i + 1)) is not None
    if (
        before.text == '"'
        and group == token.i
        and not inverted
        and "Part" in token.morph.get("VerbForm")
    ):
        return None  # « un chantage » exercé par la compagnie: the participle describes the words
    return token.i + 1 if inverted or token.dep_ != "ROOT" or group == token.i else None


def _infinitive(token: Token) -> bool:
    """An infinitive by its tag and its ending: the small tagger calls "promet" one."""
    return "Inf" in token.morph.get("VerbForm") and token.lower_.endswith(("er", "ir", "re"))


def _reporting_verb_end(doc: Doc, token: Token) -> int | None:
    """If `token` is a reporting verb, the index just past it ("mettre en garde": past "garde")."""
    words = lexicon()
    # "regrette" read as a name, "dénoncent" as an adverb: a known form still reports
    mistagged = token.pos_ in ("PROPN", "ADV") and token.text[:1].islower()
    # "», a écrit X, attaché de presse": a participle the parser hung on the next one as
    # "aux:pass" is still the verb; true auxiliaries are tagged AUX or are être / avoir.
    auxiliary = token.dep_.startswith("aux") and (
        token.pos_ == "AUX" or token.lemma_ in ("être", "avoir")
    )
    # "», résume l'édile": right after a closing quotation mark and its comma, a verb of saying
    # is a verb, whatever tag the parser gave it ("résume" read as a pronoun)
    incise = (
        token.i >= 2
        and doc[token.i - 1].text == ","
        and doc[token.i - 2].text in ('"', "»", "”")
        and token.text[:1].islower()
        and token.lemma_.lower() in words.reporting_verbs
    )
    mistagged = mistagged or incise
    if (token.pos_ not in ("VERB", "ADJ", "NOUN") and not mistagged) or auxiliary:
        return None
    previous_token = doc[token.i - 1] if token.i > 0 else None
    form = words.reporting_forms.get(token.lower_) or (token.lemma_.lower() if incise else None)
    # The small tagger reads "estime" or "indique" as adjectives; "l'annonce" and
    # "une situation critique" stay nouns and adjectives.
    finite = form is not None and token.lower_.endswith(words.finite_endings)
    # "… d'où est partie l'incendie déplore les pertes": a present tense read as an adjective of
    # the noun before it, yet followed by its own object
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        token.pos_ == "ADJ"
        and token.lower_.endswith("e")
        and token.lower_ + "r" in words.reporting_verbs
        and following is not None
        and following.pos_ == "DET"
    ):
        finite, form = True, token.lower_ + "r"
    # "», a-t-elle promis": after an inverted subject clitic comes the participle, however the
    # tagger read the two ("-elle" as a determiner, "promis" as a noun)
    after_clitic = previous_token is not None and _inverted_pronoun(previous_token)
    if (
        (token.pos_ in ("ADJ", "NOUN") or mistagged)
        and not finite
        and (
            form is None
            or (
                previous_token is not None
                and previous_token.pos_ in ("DET", "NOUN")
                and not after_clitic
            )
        )
    ):
        return None
    lemma = form or token.lemma_.lower()
    previous = previous_token.lower_ if previous_token is not None else ""
    if _infinitive(token) and previous not in lexicon().infinitive_markers:
        return None  # "pour dire", "sans pouvoir préciser": not a speech act of the clause
    if (
        previous == "en"
        and "Part" in token.morph.get("VerbForm")
        and not any(t.lower_ in words.completives for t in doc[token.i + 1 : token.i + 3])
    ):
        return None  # "en dénonçant la corruption": a manner; "en rappelant que …" says
    # The clitic must be this verb's: "se prépare à défendre" is not "se défendre".
    reflexive = any(
        t.lower_ in words.reflexive_clitics for t in doc[_verb_group_start(doc, token) : token.i]
    )
    for phrase in words.reporting_phrases:
        head, *rest = phrase
        if head in words.reflexive_clitics:
            if reflexive and (lemma == rest[0] or lemma == " ".join(phrase)):
                return token.i + 1
            continue
        if lemma == head and [t.lower_ for t in doc[token.i + 1 : token.i + len(phrase)]] == rest:
            return token.i + len(phrase)
    if lemma in words.not_reporting_before_a and _a_follows(doc, token.i + 1):
        return None  # "le tribunal l'a condamné à deux ans de prison": a sentence, not a word
    if (
        lemma in words.not_reporting_of_a_person
        and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i for c in token.children)
        and any(
            c.dep_ == "obj" and (c.ent_type_ == "PER" or is_person_role(doc[c.i : c.i + 1]))
            for c in token.children
        )
    ):
        return None  # "les ouvriers ont reconnu le héros national": recognised, not admitted
    if lemma in words.reporting_verbs and not reflexive:
        return token.i + 1  # "s'assurer", "se demander" are not reporting
    return None


def _inverted_pronoun(token: Token) -> bool:
    """ "-il", "-elle", "-t-on" written after a verb ("a-t-elle", "estime-t-il")."""
    return token.text.startswith("-") and token.lower_.lstrip("-") in lexicon().subject_pronouns


def _a_follows(doc: Doc, i: int) -> bool:
    """An "à" complement in the rest of the clause ("… l'ancien maire à deux ans de prison")."""
    for token in doc[i:]:
        if token.is_punct or token.lower_ in lexicon().relative_pronouns:
            return False
        if token.lower_ in lexicon().a_forms:
            return True
    return False


def _verb_group_start(doc: Doc, verb: Token) -> int:
    """The first token of "a-t-il ajouté", "s'est félicité", "a pour sa part jugé"."""
    start = verb.i
    for child in verb.children:
        # Only the verb's own group: no quotation mark or punctuation between ("Il m'a …
        # envoyé « … » », a expliqué X": the parser may hang the quote's "a" on "expliqué").
        between = doc[child.i + 1 : verb.i]
        if (
            child.i < verb.i
            and verb.i - child.i <= 12
            and (not any(t.is_punct for t in between) or _comma_aside(between))
            and (
                child.dep_.startswith("aux")
                or child.lower_ in lexicon().reflexive_clitics
                or (child.text.startswith("-") and len(child.text) > 1)
            )
        ):
            start = min(start, child.i)
    while start > 0 and (
        (doc[start - 1].lemma_ in ("avoir", "être") and doc[start - 1].pos_ in ("AUX", "VERB"))
        or (  # ", nous a déclaré X", ", m'a confié X"
            doc[start - 1].pos_ == "PRON" and doc[start - 1].lower_ in lexicon().object_clitics
        )
        or (doc[start - 1].text.startswith("-") and len(doc[start - 1].text) > 1)
        or doc[start - 1].lower_ in lexicon().reflexive_clitics | lexicon().negation_clitics
    ):
        start -= 1
    return start


def _comma_aside(tokens: Span) -> bool:
    """ ", dans son compte-rendu à la presse," between "a" and "annoncé": an aside set off by
    commas (no quotation mark, no other clause) inside one verb group."""
    return (
        len(tokens) >= 3
        and tokens[0].text == ","
        and tokens[-1].text == ","
        and not any(t.text == '"' or t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def _verb_mention(
    doc: Doc, verb: Token, verb_end: int, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    group = _verb_group_start(doc, verb)
    verb_end = _clitic_end(doc, verb_end)
    cue = join(doc[group:verb_end])
    clitic = _inverted_clitic(doc, group, verb_end)
    if clitic is not None and clitic.lower_.endswith("on"):
        return _impersonal_source(doc, verb, cue, in_quote, tracker)  # "jure-t-on du côté de X"
    if clitic is not None:
        return _pronoun_mention(clitic.lower_, cue, "incise", verb.i, tracker)
    if group > 0 and doc[group - 1].lower_ == "on":
        return _impersonal_source(doc, verb, cue, in_quote, tracker)  # "à Matignon, on assure"
    if _suspected_act(doc, group):
        return None  # "soupçonné d'avoir informé X": an act alleged, not words reported
    participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    past_participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    reflexive = any(t.lower_ in lexicon().reflexive_clitics for t in doc[group : verb.i])
    passive = (
        past_participle
        and not reflexive  # "s'est dit préoccupé", "s'est félicité" are active
        and not _present_like_participle(doc, verb, group, verb_end)
        and (
            group == verb.i
            or any(c.dep_ == "aux:pass" for c in verb.children)
            or any(t.lemma_ == "être" for t in doc[group : verb.i])
        )
    )
    adjectival = verb.pos_ == "ADJ" and group == verb.i and _participle_form(verb)
    # "Interrogé par la radio X, le ministre a dit": a participle opening the sentence describes
    # its subject, and its agent is the interviewer, not a source.
    opening = group == 0 or all(t.is_punct for t in doc[:group])
    agent = _agent(doc, verb_end, in_quote) if (passive or adjectival) and not opening else None
    if agent:
        # "a été saluée par les syndicats", "dénoncées par X": the agent speaks.
        return _mention(doc, agent, cue, "agent", verb.i, tracker)
    subject = _subject(doc, verb, group)
    # "a été confiée à la PJ de Lille": a passive in a compound tense has no inverted subject
    compound_passive = any(t.lower_ == "été" for t in doc[group : verb.i])
    incise = (
        None
        if participle or compound_passive
        else _inverted_subject(doc, group, verb_end, subject, in_quote)
    )
    if incise:
        # Right after a closing quotation only speech is framed: whoever follows the verb
        # said it ("», lance l'une d'entre eux", "», témoigne une rescapée").
        after_quote = doc[group - 1].text == '"' or (
            group >= 2 and doc[group - 1].text == "," and doc[group - 2].text == '"'
        )
        speaks = _speaks(doc, incise) or after_quote
        return _mention(doc, incise, cue, "incise", verb.i, tracker) if speaks else None
    if passive or adjectival:
        return None  # "qualifié de …", "a été condamnée": a description, not a statement
    if subject is None or inside(subject, in_quote):
        return None
    mode = "participle" if participle else "preposed"
    if not in_quote and _says_nothing(doc, verb, verb_end):
        return None  # "Elle répondait sans masque à trois journalistes": an act, no statement
    if _continues_something(doc, verb, verb_end):
        return None  # "La Russie poursuivra ses livraisons": not "« … », a poursuivi X"
    if _object_relative(doc, verb, group):
        return None  # "les résultats que le groupe avait annoncés": a description of results
    pronoun = _as_pronoun(subject)
    if pronoun:
        return _pronoun_mention(pronoun, cue, mode, verb.i, tracker)
    span = noun_phrase(doc, _leading_name(doc, np_start(doc, subject)), in_quote)
    if span is not None and span[0] < group < span[1]:
        span = (span[0], group)  # the mis-tagged verb is not part of its subject
    if span is None or not _speaks(doc, span):
        return None
    return _mention(doc, span, cue, mode, verb.i, tracker)


def _suspected_act(doc: Doc, group: int) -> bool:
    """Whether the verb group is "d'avoir …" after a word of suspicion ("soupçonné d'avoir
    informé", "accusé d'avoir menti")."""
    i = group
    if i > 0 and doc[i - 1].lower_ in ("avoir", "être"):
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in ("de", "d'"):
        return False
    return doc[i - 2].lower_ in lexicon().suspicion_words


def _says_nothing(doc: Doc, verb: Token, verb_end: int) -> bool:
    """A verb of saying used with no said content: no quotation in the sentence, no object,
    clause or infinitive, no "que" or colon after it ("lorsqu'ils ne parlaient pas")."""
    if verb_end > verb.i + 1:
        return False  # a phrase ("pointer du doigt") carries its own object
    group = doc[_verb_group_start(doc, verb) : verb.i]
    if any(t.lower_ in lexicon().reflexive_clitics for t in group):
        return False  # "s'est dit préoccupé", "s'est inquiété": the attitude is the statement
    if any(t.lower_ in ("le", "l'", "l’") and t.pos_ == "PRON" for t in group):
        return False  # "nous le confirme": what was said is the sentence it points at
    first = _next_word(doc, verb_end)
    if first is not None and (
        first.pos_ in ("DET", "NOUN", "PROPN") or first.lower_ in lexicon().de_forms
    ):
        # "a rejeté toute comparaison", "a parlé d'un arsenal": the parse may not call it an object
        return False
    if verb.pos_ != "VERB":
        # A misread verb's dependents cannot be trusted: only "ils ne parlaient pas," is empty.
        rest = []
        for token in doc[verb_end:]:
            if token.is_punct:
                break
            rest.append(token)
        return all(t.pos_ == "ADV" for t in rest)
    content = {"obj", "ccomp", "xcomp", "parataxis", "csubj"}
    lemma = lexicon().reporting_forms.get(verb.lower_) or verb.lemma_.lower()
    if lemma not in lexicon().addressee_verbs:
        # "a appelé à la grève", "a plaidé pour une peine": the complement is what was said;
        # "répondait à trois journalistes" names whom it was said to.
        content |= {"obl:arg", "iobj"}
    if any(child.dep_ in content for child in verb.children):
        return False
    following = [t.lower_ for t in doc[verb_end : verb_end + 4]]
    if any(t in lexicon().completives or t == ":" for t in following):
        return False
    # "il confiait à la cour et aux jurés :": what was said is the quotation that follows
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return not (last is not None and last.text == ":" and not _finite_after(doc, verb_end))


def _finite_after(doc: Doc, start: int) -> bool:
    """Whether a conjugated verb follows `start` in the sentence (another clause)."""
    return any("Fin" in t.morph.get("VerbForm") for t in doc[start:])


def _present_like_participle(doc: Doc, verb: Token, group: int, verb_end: int) -> bool:
    """ "Cécile, une habitante, décrit « … »": "dit", "écrit", "décrit" are also the present
    tense; with no auxiliary, after its subject and no "par" agent, the verb is the present."""
    lemma = lexicon().reporting_forms.get(verb.lower_) or verb.lemma_.lower()
    if group != verb.i or not (verb.lower_.endswith("it") and lemma.endswith("ire")):
        return False
    before = doc[verb.i - 1] if verb.i > 0 else None
    agent = any(t.lower_ == "par" for t in doc[verb_end : verb_end + 3])
    return (
        before is not None
        and (before.text == "," or before.pos_ in ("NOUN", "PROPN"))
        and (not agent)
    )


def _object_relative(doc: Doc, verb: Token, group: int) -> bool:
    """Whether the verb sits in a relative clause about a noun it has for object ("aux
    résultats que le concepteur avait annoncés fin avril", "ce que X a dit"): no statement of
    the sentence."""
    if any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    for i in range(group - 1, max(-1, group - 10), -1):
        token = doc[i]
        if token.is_punct:
            return False
        if token.lower_ in lexicon().completives:
            before = doc[i - 1] if i > 0 else None
            if before is not None and before.lower_ == "ce":
                # "Ce que X et Y se sont dit": what was said, named, not said; but "c'est ce
                # qu'a expliqué X" points back at words the article gave
                return i < 2 or doc[i - 2].lemma_ != "être"
            return before is not None and before.pos_ in ("NOUN", "ADJ", "PROPN")
    return False


def _continues_something(doc: Doc, verb: Token, verb_end: int) -> bool:
    """A verb that reports only as an incise, used before its object instead of a colon, a
    quotation or "que" ("poursuivre ses livraisons", "conclure un accord")."""
    words = lexicon()
    lemma = words.reporting_forms.get(verb.lower_) or verb.lemma_.lower()
    if lemma not in words.incise_only_verbs:
        return False
    following = _next_word(doc, verb_end)
    return following is not None and not (
        following.text in (":", '"') or following.lower_ in words.completives
    )


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token from `i` that is no adverb, within three ("a rejeté hier toute …")."""
    return next((t for t in doc[i : i + 3] if t.pos_ != "ADV"), None)


def _participle_form(token: Token) -> bool:
    """Whether a word tagged ADJ is written like a past participle ("qualifié", "promise"),
    rather than a present tense the tagger misread ("évoque", "estime")."""
    words = lexicon()
    lemma = words.reporting_forms.get(token.lower_) or token.lemma_.lower()
    if lemma.endswith("er"):
        return token.lower_.endswith(words.er_participle_endings)
    return token.lower_.endswith(words.participle_endings)


def _coordinated(
    doc: Doc, mention: Mention, in_quote: list[Span], tracker: Tracker
) -> list[Mention]:
    """ "X et Y ont appelé à …", "« … », ont déclaré X et Y": every name joined to the subject
    speaks too."""
    if mention.mode not in ("preposed", "incise"):
        return []
    verb = doc[mention.position]
    if mention.mode == "incise":
        return _coordinated_after(doc, mention, in_quote, tracker)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    found = []
    for subject in subjects:
        for other in subject.conjuncts:
            if other.i > verb.i or inside(other, in_quote):
                continue
            span = noun_phrase(doc, np_start(doc, other), in_quote)
            if span is not None and _speaks(doc, span):
                extra = _mention(doc, span, mention.cue, "preposed", verb.i, tracker)
                if fold(extra.canonical) != fold(mention.canonical):
                    found.append(replace(extra, plural=False))
    if not _plural_verb(verb):
        # A singular verb has one subject: a name "joined" to an unnamed role is its apposition
        # (the tagger read a list inside the role as coordination); anything else is no speaker.
        named = [m for m in found if m.person]
        return named[:1] if named and not mention.person and mention.role else []
    return found


def _plural_verb(verb: Token) -> bool:
    """Whether the verb group is plural (or its number is unknown)."""
    numbers = _numbers(verb)
    return not numbers or "Plur" in numbers


def _numbers(verb: Token) -> list[str]:
    """The grammatical numbers the verb and its auxiliaries show."""
    group = (verb, *[c for c in verb.children if c.dep_.startswith("aux")])
    return [n for t in group for n in t.morph.get("Number")]


def _coordinated_after(
    doc: Doc, mention: Mention, in_quote: list[Span], tracker: Tracker
) -> list[Mention]:
    """The name after "et" that closes an inverted subject ("ont déclaré X et Y, deux élus")."""
    verb = doc[mention.position]
    if "Plur" not in _numbers(verb):
        return []  # the number unknown counts as singular here: an incise rarely has two
    for token in doc[verb.i + 1 :]:
        if token.is_punct or inside(token, in_quote):
            return []
        if token.pos_ == "CCONJ" and token.i + 1 < len(doc):
            span = noun_phrase(doc, token.i + 1, in_quote)
            if span is not None and _speaks(doc, span):
                return [_mention(doc, span, mention.cue, "incise", verb.i, tracker)]
            return []
    return []


def _agent(doc: Doc, i: int, in_quote: list[Span]) -> tuple[int, int] | None:
    """The noun phrase after "par" that follows a passive participle, past any adverb."""
    while i < len(doc) and (doc[i].pos_ == "ADV" or doc[i].lower_ in lexicon().adverbials):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "par":
        return None
    span = noun_phrase(doc, i + 1, in_quote)
    if span and _is_document(doc, span) and span[1] - span[0] <= 2:
        return None  # "seront prévenus par mail": a channel, not who speaks
    return span if span and _speaks(doc, span) else None


def _speaks(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase can name a source: a name, an entity, or a noun that speaks."""
    tokens = doc[span[0] : span[1]]
    if any(t.ent_type_ in ("PER", "ORG") for t in tokens) or anonymous_source(tokens):
        return True
    titles = lexicon().name_titles
    if any(
        t.text in titles and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() for t in tokens
    ):
        return True  # "M. Macron", "Mme Borne"
    head = next((t for t in tokens if nominal(t) or t.pos_ == "PRON"), None)
    if head is None:
        return False
    if head.pos_ == "PROPN" or head.pos_ == "PRON" or (head.text[:1].isupper() and head.i > 0):
        return True
    if is_speaking_noun(head):
        return True
    # "une partie des syndicats", "plusieurs cadres du parti": a part of those who speak
    complement = next(
        (t for t in doc[head.i + 1 : span[1]] if t.pos_ in ("NOUN", "PROPN") and t.i > head.i),
        None,
    )
    return (
        complement is not None
        and doc[complement.i - 1].lower_ in lexicon().de_forms | {"l'", "la", "le", "les"}
        and (complement.pos_ == "PROPN" or is_speaking_noun(complement))
    )


def _leading_name(doc: Doc, start: int) -> int:
    """Step back to a name the phrase is in apposition to: "Anna Weber, la porte-parole, a dit"."""
    if start < 2 or doc[start - 1].text != ",":
        return start
    j = start - 2
    while (
        j >= 0 and doc[j].text not in (",", '"', ";", ":") and doc[j].pos_ not in ("SCONJ", "CCONJ")
    ):
        j -= 1
    if j >= 1 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN":
        return start  # "une intersyndicale CFDT, CGT, Unsa, les salariés": the end of a list
    name = first_nominal(doc, j + 1, start - 1)
    is_name = name is not None and (
        name.ent_type_ == "PER" or (name.pos_ == "PROPN" and name.i > 0)
    )
    if not is_name or finite_between(doc, j, start - 1):
        return start
    return np_start(doc, name)


def _inverted_subject(
    doc: Doc, group: int, verb_end: int, subject: Token | None, in_quote: list[Span]
) -> tuple[int, int] | None:
    """The subject of an incise (", assure l'Elysée"; "», estiment les conseillers"), if any.

    An incise follows a comma or a closing quote and has its subject after the verb; the noun
    phrase after the verb is no subject when an infinitive or "que" follows it ("a enjoint
    Moscou à enquêter"), or when the clause before has a subject of its own.
    """
    openers = lexicon().incise_openers
    opener = group > 0 and (
        doc[group - 1].lower_ in openers
        or (
            group > 1 and doc[group - 1].lower_ in ("l'", "le") and doc[group - 2].lower_ in openers
        )
    )
    if group == 0 or (doc[group - 1].text not in (",", '"', ":") and not opener):
        return None
    after_quote = (group >= 2 and doc[group - 2].text == '"') or doc[group - 1].text == '"'
    verb = doc[verb_end - 1]
    parsed_inverted = any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in doc[group].head.children
    ) or any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in verb.children)
    # ", ainsi que quatre blessés, a déclaré le ministre": a comma before a verb the parser
    # gives no subject at all means its subject comes after it.
    subjectless = (
        doc[group - 1].text == ","
        and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
            for t in (verb, *[a for a in verb.children if a.dep_.startswith("aux")])
            for c in t.children
        )
        and verb.dep_ == "ROOT"
        and not (subject is not None and _in_a_subject(subject))
    )
    # "Ce sont des traces de nitrate qui ont été retrouvées, a précisé la source": a cleft
    # sentence's noun is no subject of the verb after its comma.
    cleft = (
        doc[group - 1].text == ","
        and len(doc) > 2
        and doc[0].lower_ in lexicon().demonstratives
        and doc[1].lemma_ == "être"
    )
    if (
        subject is not None
        and subject.i < group
        and not after_quote
        and not opener
        and not parsed_inverted
        and not subjectless
        and not cleft
        and not finite_between(doc, subject.i, group)
        and not _closing_incise(doc, group, verb_end, in_quote)
        and not inside(subject, in_quote)  # "« La colère monte, observe le responsable, …"
    ):
        return None
    start = skip_adverbials(doc, verb_end)
    span = noun_phrase(doc, start, in_quote) if start is not None else None
    if span is None and start is not None and after_quote:
        span = _pronoun_phrase(doc, start)
    if span is None:
        span = swallowed_name(doc, verb_end, len(doc) if start is None else start)
    if span is None:
        return None
    follower = doc[span[1]] if span[1] < len(doc) else None
    if follower is not None and (
        follower.lower_ in lexicon().completives
        or (
            follower.lower_ in lexicon().infinitive_markers
            and span[1] + 1 < len(doc)
            and "Inf" in doc[span[1] + 1].morph.get("VerbForm")
        )
    ):
        return None
    return span


def _closing_incise(doc: Doc, group: int, verb_end: int, in_quote: list[Span]) -> bool:
    """ "…, les agriculteurs entendent continuer …, a fait savoir la FNSEA.": a comma, a verb
    of saying and a noun phrase that ends the sentence are an incise framing all before it,
    whatever subject the clause before has."""
    if group == 0 or doc[group - 1].text != ",":
        return False
    start = skip_adverbials(doc, verb_end)
    span = noun_phrase(doc, start, in_quote) if start is not None else None
    if span is None or not _speaks(doc, span):
        return False
    if doc[span[0]].lower_ in lexicon().possessive_determiners:
        return False  # "…, Joe X, dénonce avec virulence sa gestion": an object, not a speaker
    rest = [t for t in doc[span[1] :] if not t.is_space]
    clause_before = (
        finite_between(doc, 0, group - 1)
        or any(  # "les agriculteurs entendent …,"
            t.pos_ == "ADV" and t.lower_.endswith("ent") and not t.lower_.endswith("ment")
            for t in doc[: group - 1]  # a verb in -ent the tagger reads as an adverb
        )
    )
    return clause_before and all(t.is_punct for t in rest) and bool(rest)


def _as_pronoun(subject: Token) -> str:
    """The pronoun a subject is or stands for ("ce dernier" is "il"), else ""."""
    if subject.pos_ == "PRON":
        return subject.lower_
    previous = subject.doc[subject.i - 1].lower_ if subject.i > 0 else ""
    if previous in ("ce", "cette", "ces"):
        return lexicon().anaphors.get(subject.lower_, "")
    return ""


def _in_a_subject(token: Token) -> bool:
    """Whether a word is a subject or a name in apposition to one ("Le maire, Paul Roche,")."""
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if token.dep_ not in ("appos", "flat:name", "flat") or token.head is token:
            return False
        token = token.head
    return False


def _pronoun_phrase(doc: Doc, start: int) -> tuple[int, int] | None:
    """ "l'un des sauveteurs", "l'une d'entre eux", "une autre": an unnamed speaker, up to the
    punctuation that closes the incise."""
    first = next((t for t in doc[start : start + 2] if t.lower_ not in ("l'", "l’")), None)
    if first is None or first.lower_ not in lexicon().indefinite_pronouns:
        return None
    end = start
    while end < len(doc) and not doc[end].is_punct:
        end += 1
    return (start, end) if end > first.i else None


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
            if in_adverbial_phrase(doc, subject):
                break  # "s'est d'autre part dit": "part" is no subject
            if (
                subject.i > 0
                and doc[subject.i - 1].pos_ == "ADP"
                and doc[subject.i - 1].lower_ not in lexicon().de_forms
            ):
                break  # "soignant l'opposant à Berlin ont annoncé": a noun inside a phrase
            if subject.lower_ == "qui":
                antecedent = current.head
                return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None
            return subject
        if subjects and verb.i == 0 and verb.i < subjects[0].i:
            return subjects[0]  # "Dénonçant …, l'ONG Golos a reçu …"
        if current is verb and not subjects:
            own = _coordinated_clause_subject(doc, group)
            if own is not None:
                return own
        if current.dep_ in ("xcomp", "conj", "advcl", "acl") and current.head is not current:
            current = current.head
            continue
        break
    return _clause_subject(doc, group)


def _coordinated_clause_subject(doc: Doc, group: int) -> Token | None:
    """The noun opening a clause joined by "mais" / "et" right before the verb ("Le
    gouvernement se tenait prêt … mais le président Emmanuel Macron a déclaré"): the parser
    often hangs that noun on the first clause, but it is the subject of the verb after it."""
    i = group - 1
    while i >= 0 and not doc[i].is_punct and doc[i].pos_ not in ("CCONJ", "SCONJ"):
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
        i -= 1
    if i < 0 or doc[i].pos_ != "CCONJ" or i + 1 >= group:
        return None
    return first_nominal(doc, i + 1, group)


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
        stressed = len(chunk) == 1 and chunk[0].lower_ in lexicon().stressed_pronouns
        if not len(chunk) or stressed or chunk[0].lower_ in lexicon().relative_pronouns:
            if i < 0 or doc[i].text != ",":
                return None
            end = i
            continue
        nominal = first_nominal(doc, i + 1, end)
        if nominal is None and i > 0 and doc[i].text == ",":
            # ", figure très respectée aux Etats-Unis, s'est dit": an aside the tagger misread
            j = i - 1
            while j >= 0 and doc[j].text not in (",", '"', ";", ":"):
                j -= 1
            earlier = first_nominal(doc, j + 1, i)
            if earlier is not None and earlier.dep_ in ("nsubj", "nsubj:pass"):
                return earlier
        if nominal is not None and i > 0 and doc[i].text == ",":
            # "Peter Stano, le porte-parole …, a enjoint": the name opens the phrase.
            j = i - 1
            while (
                j >= 0
                and doc[j].text not in (",", '"', ";", ":")
                and doc[j].pos_ not in ("SCONJ", "CCONJ")
            ):
                j -= 1
            earlier = first_nominal(doc, j + 1, i)
            # "Peter Stano, le porte-parole, a enjoint"; "l'officier X, présent sur place, donne"
            is_name = earlier is not None and any(
                t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in doc[earlier.i : i]
            )
            if is_name and not finite_between(doc, j, i):
                return earlier
        return nominal
    return None


def _according_mention(
    doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker, same_sentence: list[Mention]
) -> Mention | None:
    words = lexicon()
    if token.lower_ not in words.according_first_words:
        return None
    for phrase in words.according_to:
        size = len(phrase)
        if [t.lower_ for t in doc[token.i : token.i + size]] != list(phrase):
            continue
        after = token.i + size
        if after >= len(doc) or doc[after].lower_ in words.relative_pronouns:
            return None
        cue = join(doc[token.i : after])
        if phrase == ("pour",):
            return _pour_mention(doc, token, in_quote, tracker, same_sentence)
        nxt = doc[after]
        if nxt.pos_ == "NOUN" and not nxt.text[:1].isupper() and phrase != ("dixit",):
            return None  # "en conférence de presse d'après match": a time, not a source
        if nxt.pos_ == "PRON" and nxt.lower_ in words.subject_pronouns:
            return _pronoun_mention(nxt.lower_, cue, "according", token.i, tracker)
        span = noun_phrase(doc, after, in_quote)
        if span and not _is_non_source(doc, span):
            if _is_document(doc, span):
                return _document_source(doc, span, cue, token.i, in_quote, tracker)
            return _mention(doc, span, cue, "according", token.i, tracker)
        return None
    return None


def _document_source(
    doc: Doc, span: tuple[int, int], cue: str, position: int, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    """ "selon un bilan lu à la radio par le porte-parole", "selon son récit": a document's
    author is the source, named by "par X" or by the possessive; a document has no apposition,
    so "selon son récit, Kolofata, située …" does not make Kolofata the source."""
    words = lexicon()
    head = _head(doc, span)
    stop = next((t.i for t in doc[head.i : span[1]] if t.text == ","), None)
    clause_end = next((t.i for t in doc[head.i :] if t.text in (",", ";", ":")), len(doc))
    for token in doc[head.i + 1 : clause_end]:
        if token.lower_ == "par" and token.i + 1 < clause_end:
            agent = noun_phrase(doc, token.i + 1, in_quote)
            if agent is not None and _speaks(doc, agent):
                return _mention(doc, agent, cue, "according", position, tracker)
    determiner = doc[span[0]]
    if determiner.lower_ in words.possessive_determiners:
        chosen = tracker.resolve("any", determiner.lower_.startswith("leur"), before=span[0])
        if chosen is not None:
            name = join(doc[span[0] : stop or span[1]])
            return Mention(
                name,
                chosen.canonical,
                cue,
                "according",
                position,
                chosen.gender,
                chosen.plural,
                chosen.person,
                "",
                "",
            )
    # "d'après ce mail, …": without its author, the document itself is the source given
    return _mention(doc, (span[0], stop or span[1]), cue, "according", position, tracker)


def _head(doc: Doc, span: tuple[int, int]) -> Token:
    return next((t for t in doc[span[0] : span[1]] if t.pos_ in ("NOUN", "PROPN")), doc[span[0]])


def _is_document(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase names a document or channel ("un bilan", "son récit", "ce mail")."""
    return _head(doc, span).lower_ in lexicon().source_nouns and not anonymous_source(
        doc[span[0] : span[1]]
    )


def _learned_from(doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "…, a appris l'AFP auprès du parquet d'Ajaccio": the parquet is the source; so is the
    source of "a-t-on appris de source judiciaire", "a-t-on précisé de même source"."""
    words = lexicon()
    if token.lower_ in ("de", "d'") and not inside(token, in_quote):
        return _de_source(doc, token, tracker)
    if token.lower_ != "auprès" or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].lower_ not in words.de_forms:
        return None
    if not any(t.lemma_.lower() in words.learned_from for t in doc[max(0, token.i - 6) : token.i]):
        return None
    start = token.i + 2 if doc[token.i + 1].lower_ in ("de", "d'") else token.i + 1
    if doc[token.i + 1].lower_ in ("du", "des"):
        start = token.i + 2
    span = noun_phrase(doc, start, in_quote)
    if span is None or not _speaks(doc, span):
        return None
    cue = join(doc[token.i : token.i + 2])
    return _mention(doc, span, cue, "according", token.i, tracker)


def _statement_by(doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "L'annonce a été faite par le ministre de l'Intérieur, Bernard X, dans un communiqué":
    a noun of speech, subject of a passive, makes the agent the speaker."""
    if inside(token, in_quote) or token.pos_ not in ("VERB", "ADJ"):
        return None
    # made, read out, issued: not "les révélations étaient orchestrées par l'État"
    if token.lemma_.lower() not in ("faire", "lire", "prononcer", "formuler", "publier", "émettre"):
        return None
    if not any(c.dep_ == "aux:pass" for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj:pass", "nsubj") and c.i < token.i]
    if not any(c.lower_ in lexicon().statement_nouns for c in subjects):
        return None
    agent = _agent(doc, token.i + 1, in_quote)
    if agent is None:
        return None
    return _mention(doc, agent, join(doc[token.i : token.i + 1]), "agent", token.i, tracker)


def _de_source(doc: Doc, token: Token, tracker: Tracker) -> Mention | None:
    """ "de source judiciaire", "de même source" after a verb of learning or saying: the wire
    services' way of naming an unnamed source."""
    words = lexicon()
    start = token.i + 1
    while start < len(doc) and (doc[start].is_space or doc[start].lower_ == "même"):
        start += 1  # a hard-wrapped line ("appris de\nsource judiciaire") parses a space token
    if start >= len(doc) or doc[start].lower_ not in words.anonymous_sources:
        return None
    verbs = words.learned_from | words.reporting_verbs
    before = doc[max(0, token.i - 5) : token.i]
    if not any((words.reporting_forms.get(t.lower_) or t.lemma_.lower()) in verbs for t in before):
        return None
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "ADJ":
        end += 1  # "de source judiciaire", "de sources policières concordantes"
    first = next(t.i for t in doc[token.i + 1 : end] if not t.is_space)
    return _mention(doc, (first, end), join(doc[token.i : first]), "according", token.i, tracker)


def _anonymous_source_name(canonical: str) -> bool:
    """Whether a canonical name is an unnamed source ("source judiciaire", "même source")."""
    words = fold(canonical).split()
    words = words[1:] if words[:1] == ["meme"] else words
    return bool(words) and words[0] in lexicon().anonymous_sources


def _impersonal_cue(doc: Doc) -> bool:
    """ "a-t-on précisé", "on indique": a verb of saying whose subject is "on" says who spoke
    only through a place or a source named with it; nobody else in the sentence is the speaker."""
    words = lexicon()
    for token in doc:
        # "a-t-on précisé": the parser may call the inverted "-on" an expletive subject
        if token.lower_.lstrip("-") == "on" and token.dep_ in ("nsubj", "expl:subj"):
            verb = token.head
            lemma = words.reporting_forms.get(verb.lower_) or verb.lemma_.lower()
            if lemma in words.reporting_verbs or lemma in words.learned_from:
                return True
    return False


def _pour_mention(
    doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker, same_sentence: list[Mention]
) -> Mention | None:
    """ "Pour ses détracteurs, …" names a source; ", pour qui …" repeats the previous one."""
    words = lexicon()
    before = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1]
    if before is not None and before.text == "," and nxt.lower_ == "qui":
        previous = [m for m in same_sentence if m.position < token.i]
        if previous:
            return replace(previous[-1], cue="pour qui", mode="relative", position=token.i)
        return None
    opening_conjunction = (
        token.i == 1 and before is not None and before.lower_ in words.sentence_connectors
    )
    if before is not None and before.text not in (",", ":") and not opening_conjunction:
        return None  # "Car pour la magistrate, …" and "Mais pour X, …" open like "Pour X, …"
    if nxt.pos_ == "PRON" and nxt.lower_ in words.subject_pronouns:
        if token.i + 2 < len(doc) and doc[token.i + 2].text == ",":
            return _pronoun_mention(nxt.lower_, "pour", "according", token.i, tracker)
        return None
    if any("Inf" in t.morph.get("VerbForm") for t in doc[token.i + 1 : token.i + 3]):
        return None  # "pour la combattre, …", "pour lutter contre …": a purpose, not a source
    comma = next((t.i for t in doc[token.i + 1 : token.i + 16] if t.text == ","), None)
    span = noun_phrase(doc, token.i + 1, in_quote)
    if span and doc[span[1]].text == "(":
        # "Pour Laurent Escure (Unsa), …": the bracket is an aside to the name
        close = next((t.i for t in doc[span[1] : span[1] + 8] if t.text == ")"), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
            return _mention(doc, span, "pour", "according", token.i, tracker)
    if not span or comma is None or finite_between(doc, token.i, comma):
        return None
    if span[0] < comma < span[1]:
        span = (span[0], comma)  # "Pour le camp Fillon, les révélations …": no apposition
    if (token.i == 0 or opening_conjunction) and doc[span[1]].pos_ == "ADP":
        span = (span[0], comma)  # "Pour le Fonds de lutte contre la corruption, …"
    if doc[span[1]].text != "," or _is_non_source(doc, span) or not _speaks(doc, span):
        return None  # "pour la combattre, …" (a verb the tagger read as a noun) is no source
    return _mention(doc, span, "pour", "according", token.i, tracker)


def _is_non_source(doc: Doc, span: tuple[int, int]) -> bool:
    words = lexicon()
    if doc[span[0]].lower_ in words.first_person_determiners:
        return True  # "selon nos informations": the outlet itself
    heads = [t for t in doc[span[0] : span[1]] if t.pos_ in ("NOUN", "PROPN")]
    return not heads or heads[0].lower_ in words.non_sources or heads[0].lemma_ in words.non_sources


def _title_speaker(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """Who a title quotes: its own cue ("…», dit Annick Girardin"; "X appelle à « … »"), or
    the name before a colon that opens the quotation ('Arvin Boolell, leader de l'opposition :
    « … »', the commonest headline of reported speech)."""
    mentions = _sentence_mentions(doc, in_quote, tracker) or _quote_subject(doc, in_quote, tracker)
    if mentions:
        return mentions
    colon = next(
        (
            t.i
            for t in doc
            if (t.text == ":" and t.i + 1 < len(doc) and inside(doc[t.i + 1], in_quote))
            or (t.text == ":" and t.i + 2 < len(doc) and doc[t.i + 1].text in ('"', "«", "“"))
        ),
        None,
    )
    # "Mondial U20 : Malick Daf : « … »", "Équipe de France - Pogba : « … »": the speaker
    # follows the rubric's colon or dash
    start = max((t.i + 1 for t in doc[:colon] if _rubric_end(t)), default=0) if colon else 0
    if colon is None or colon == start:
        return []
    if _bare_name(doc[start:colon]):
        # "Deschamps : « … »": a surname alone, which the small tagger reads as anything
        name = join(doc[start:colon])
        return [Mention(name, name, "", "incise", colon, "?", False, True)]
    person = _person_at(doc, start)
    if person is not None and person.end <= colon:
        # "Nasser Al-Khelaïfi après PSG-Real : « … »"
        end = person.end
        while end < colon and (doc[end].text[:1].isupper() or doc[end].text == "-"):
            end += 1
        span = (start, min(end, colon))
        mention = _mention(doc, span, "", "incise", colon, tracker)
        return [mention] if mention.person else []
    span = noun_phrase(doc, start, in_quote)
    if span is None or span[1] > colon or not _speaks(doc, span):
        return []
    mention = _mention(doc, span, "", "incise", colon, tracker)
    return [mention] if mention.person else []


def _person_at(doc: Doc, start: int) -> Entity | None:
    """The person entity opening a headline at `start`: the tagger may read a first name as a
    verb ("Nasser" VERB), and the entity is more reliable there than the parts of speech."""
    person = next((e for e in doc.ents if e.start == start and e.label_ == "PER"), None)
    if person is not None and person[0].lower_ in lexicon().rubric_nouns:
        return None  # "Affaire Bettencourt : …" names a case
    return person


def _rubric_end(token: Token) -> bool:
    """A colon, or a dash or bar with spaces around it ("Équipe de France - Pogba"; not the
    hyphen of "Al-Khelaïfi"), after a headline's rubric."""
    if token.text == ":":
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return spaced and token.text in ("-", "–", "—", "|")


def _bare_name(tokens: Sequence[Token]) -> bool:
    """One to three capitalised words that the parser does not read as a place, an
    organisation, a common noun or a function word: a person's name, however it tagged it."""
    words = lexicon()
    return (
        1 <= len(tokens) <= 3
        and all(t.text[:1].isupper() and t.text[1:].islower() for t in tokens)
        and all(t.ent_type_ in ("", "PER") for t in tokens)
        and not any(t.pos_ in ("NOUN", "DET", "PRON", "NUM") for t in tokens)
        and not any(t.text in words.sentence_starters for t in tokens)
    )


def _headline_person(doc: Doc, tracker: Tracker) -> list[Mention]:
    """The person a verbless headline opens with ("Michael X après la défaite de …"): an
    interview's headline, whose body opens with that person's quotation."""
    if any("Fin" in t.morph.get("VerbForm") for t in doc) or (
        len(doc) and doc[0].lower_ in lexicon().rubric_nouns
    ):
        return []  # "Affaire Bettencourt : …" opens on the case, not on a person
    person = _person_at(doc, 0)
    span = (0, person.end) if person is not None else noun_phrase(doc, 0, [])
    if span is None or not _speaks(doc, span):
        return []
    mention = _mention(doc, span, "", "incise", 0, tracker)
    return [mention] if mention.person else []


def _quoted_tokens(doc: Doc, in_quote: list[Span]) -> list[int]:
    return [t.i for t in doc if inside(t, in_quote) and not t.is_punct]


def _in_clause_of(token: Token, root: Token) -> bool:
    """Whether a token hangs from `root` without passing through a present participle that
    describes a noun ("une information du Parisien évoquant « … »")."""
    current = token
    for _ in range(40):
        if current is root or current.head is current:
            return True  # the small parser may give the sentence a second root: still its clause
        if current.dep_ == "acl" and "Pres" in current.morph.get("Tense"):
            return False
        current = current.head
    return True


def _speaking_subject(doc: Doc, in_quote: list[Span]) -> bool:
    """Whether the main clause has a subject outside the quotation that could speak for itself
    (a name, a person, an institution), so that its quoted words are not simply the previous
    speaker's. "cela" and quoted words ("« cela pourrait … »") speak for nobody."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = (
        next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if root is not None
        else None
    )
    if subject is None or inside(subject, in_quote):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ not in lexicon().demonstratives
    return _speaks(doc, (subject.i, subject.i + 1))


def _quote_subject(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """A sentence that quotes words with no cue: the person its main clause is about said them.

    "Il offrira « à tous les progressistes de travailler ensemble »"; "M. X voit dans sa démission
    « la suite logique »". Only a person (a name, a role, a pronoun that resolves to one) counts:
    "Une liberté qui n'était « pas compatible »" is left to the quote carried from before.
    """
    # The small parser sometimes gives a sentence two roots ("La députée X est furieuse : «…»"):
    # the first one outside the quotation with a subject before it is the clause.
    roots = [
        t
        for t in doc
        if t.dep_ == "ROOT"
        and not inside(t, in_quote)
        and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
        and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i for c in t.children)
    ]
    if not roots and _statement_frame(doc):
        # "Dans un communiqué, X « a marqué le caractère inacceptable … »": the quotation
        # may open on the verb itself
        roots = [
            t
            for t in doc
            if t.dep_ == "ROOT"
            and any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i and not inside(c, in_quote)
                for c in t.children
            )
        ]
    if not roots:
        return []
    root = roots[0]
    if not any(_in_clause_of(doc[i], root) for i in _quoted_tokens(doc, in_quote)):
        return []  # "… une information du Parisien évoquant une « soufflante »": not hers
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i)
    if subject.i == 0 and len(doc) > 1 and doc[1].pos_ == "ADP":
        # "Joint par LCI, l'officier X … donne des précisions : « … »": the opening participle
        # is an aside; the subject is the phrase right before the verb.
        subject = _clause_subject(doc, _verb_group_start(doc, root)) or subject
    if inside(subject, in_quote):
        return []
    group = _verb_group_start(doc, root)
    cue = join(doc[group : root.i + 1])
    pronoun = _as_pronoun(subject)
    if pronoun:
        mention = _pronoun_mention(pronoun, cue, "subject", root.i, tracker)
        return [mention] if mention is not None and mention.person else []
    span = noun_phrase(doc, _leading_name(doc, np_start(doc, subject)), in_quote)
    if span is None:
        return []
    mention = _mention(doc, span, cue, "subject", root.i, tracker)
    if not (mention.person or mention.antecedent) and mention.role and _statement_frame(doc):
        # "Dans un communiqué, le directeur de cabinet de la ministre …, « a marqué … »": the
        # frame makes the subject the statement's author, a person the article names only so
        written = join(doc[span[0] : span[1]])
        canonical = re.sub(r"^(?:le|la|les)\s+|^l['’]", "", written, flags=re.IGNORECASE)
        return [replace(mention, name=written, canonical=canonical, person=True)]
    return [mention] if mention.person or mention.antecedent else []


def _statement_frame(doc: Doc) -> bool:
    """A sentence opening on the statement it reports: "Dans un communiqué, …", "Dans une
    lettre aux salariés, …" (`source_nouns` of the lexicon)."""
    words = [t.lower_ for t in doc[:3]]
    return (
        len(words) == 3
        and words[0] == "dans"
        and doc[1].pos_ == "DET"
        and words[2] in lexicon().source_nouns
    )


def _named_before_quote(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """ "Adama X, conseiller à la commune, voisin des boutiques, a tout vu : « … »": a sentence
    that opens on a person's name, names nobody else, and introduces a quotation with a colon
    is that person's, however the parser read the words between."""
    colon = next(
        (
            t.i
            for t in doc
            if t.text == ":"
            and t.i + 2 < len(doc)
            and (inside(doc[t.i + 1], in_quote) or inside(doc[t.i + 2], in_quote))
        ),
        None,
    )
    if colon is None or colon < 2:
        return []
    person = _person_at(doc, 0)
    end = person.end if person is not None else 0
    if person is None:
        while end < colon and doc[end].pos_ == "PROPN":
            end += 1
        if end < 2:
            return []
    others = [e for e in doc.ents if e.label_ == "PER" and end <= e.start < colon]
    if others:
        return []
    mention = _mention(doc, (0, end), "", "subject", colon, tracker)
    return [mention] if mention.person else []


# --- speakers ---------------------------------------------------------------------------------


def _mention(
    doc: Doc, span: tuple[int, int], cue: str, mode: str, position: int, tracker: Tracker
) -> Mention:
    tokens = doc[span[0] : span[1]]
    name = join(tokens)
    canonical, person = phrase_name(doc, span)
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    # Only the phrase's own determiner tells its gender ("la maire", not "de la CGT").
    gender = gender_of_determiner(tokens)
    if gender == "?" and not person:
        gender = {"Fem": "fem", "Masc": "masc"}.get(next(iter(head.morph.get("Gender")), ""), "?")
    if person and gender == "?":
        gender = tracker.gender_of(canonical)
    plural = "Plur" in head.morph.get("Number") or any(t.pos_ == "CCONJ" for t in tokens)
    role = role_key(tokens) if is_person_role(tokens) else ""
    if role and person:
        # "le chef de la diplomatie ukrainienne Dmytro Kouleba": the role is the words before
        # the name, so that "le chef de la diplomatie ukrainienne" alone finds him again.
        role = role.removesuffix(fold(canonical)).strip()
    later = ""
    if not role and not person and definite(tokens) and is_proxy_role(tokens):
        # "le porte-parole du gouvernement" again: the person the article named so, if any;
        # a headline's "l'avocate de X" is the one the body names so, once it has been read
        proxy = role_key(tokens)
        if tracker.names_role(proxy):
            role = proxy
        else:
            later = proxy
    antecedent = ""
    if role and not person and not plural and definite(tokens):
        # "le maire de Pau a indiqué", "l'ex-locataire de Bercy": an unnamed role in the
        # definite is someone the article is already about.
        chosen = tracker.resolve(
            gender, False, people_only=True, before=span[0], role=True, role_head=role.split()[0]
        )
        antecedent = chosen.canonical if chosen is not None else ""
        if antecedent and fold(antecedent).split()[-1] in fold(name).split():
            antecedent = ""  # "l'avocate de Mohamed Abrini" is never Abrini
    role = role or later
    return Mention(name, canonical, cue, mode, position, gender, plural, person, role, antecedent)


def _pronoun_mention(
    pronoun: str, cue: str, mode: str, position: int, tracker: Tracker
) -> Mention | None:
    """Resolve il/elle/lui/eux to the most salient referent that fits (`Tracker.resolve`)."""
    fit = pronoun_fit(pronoun)
    if fit is None:
        return None
    gender, plural = fit
    chosen = tracker.resolve(gender, plural, before=position)
    if chosen is None:
        return None
    written = pronoun.removeprefix("-t").removeprefix("-")
    return Mention(
        written,
        chosen.canonical,
        cue,
        mode,
        position,
        chosen.gender if chosen.gender != "?" else gender,
        plural,
        chosen.person,
    )
