"""Who an article attributes each sentence to: the article-wide pass over its units.

One sentence at a time, `index.naming` tells `speakers.Tracker` whom the sentence names and
`index.cues` finds the cue that says who speaks (a reporting verb and its subject, "selon",
"pour", a document, a title). This module reads the article as a whole around them: a quotation
running over several sentences, a quoted sentence that follows its speaker with no cue of its
own (also after a colon, in the next paragraph), and the quotation that opens a body under a
headline 'X : « … »' carry the speaker on; titles and headings that quote words said in the body
get that body sentence's speaker; an interview's answers get the interviewee; and the speakers
found are settled on one entity each, with every name and role the article gives them. Every
word list lives in `data/lexicon.json`; nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from index.article import Article, fold
from index.cues import (
    agent_before_quote,
    and_said,
    anonymous_source_name,
    headline_person,
    impersonal_cue,
    incise_pronoun,
    issued_documents,
    named_before_quote,
    narrative_infinitive,
    opinion_of,
    opinion_start,
    participle_fragment,
    post_signature,
    quote_subject,
    quotes_a_charge,
    sentence_mentions,
    signed_line,
    signed_quote,
    speaker_after_colon,
    speaker_in_title,
    speaker_label,
    speaking_subject,
    without_incises,
)
from index.lexicon import lexicon
from index.naming import known_people, known_things, observe_names
from index.nlp import start_of
from index.phrases import inside
from index.quotes import Span, passages, quote_spans, quoted_chars, quoted_share, quotes_in
from index.sentences import FIRST_PERSON, PULL_SIGNATURE, Sentence, is_site_furniture
from index.speakers import (
    SPEAKER,
    SUBJECT,
    Mention,
    Speaker,
    Tracker,
    acronym_aliases,
    canonical_names,
    resolve_roles,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ATTRIBUTION_KINDS", "NARRATION", "Attribution", "Speaker", "attribute_article"]

ATTRIBUTION_KINDS = ("direct", "indirect", "according_to", "none")
#: These kinds of unit are read for cues in reading order. The title is read first, on its own
#: (its cue, or a name before the colon that opens its quotation); other headings get a speaker
#: only through the body sentence that says the words they quote.
ATTRIBUTED_KINDS = ("lead", "body")
#: A sentence at least this much in quotation marks, with no cue, is its previous speaker's.
CARRIED_SHARE = 0.5
#: How many sentences back the last speaker may have spoken for a quotation nobody introduces
#: to go on with them (`Tracker.sole_voice`): one sentence of narration in between.
SOLE_VOICE_REACH = 2


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
    # The title names whom the article is about (a first line that reads as a paragraph is not
    # taken for one: `read_article`).
    titles = [i for i, unit in enumerate(units) if unit.kind == "title"][:1]
    parsed = parse([units[i].text for i in titles + readable])
    docs = dict(zip(readable, parsed[len(titles) :], strict=True))
    things = known_things(parsed)
    people = known_people(parsed) - things

    # Sentences of a quotation that runs over several of them take its cue (`_spread_over_quotes`).
    quotations = passages(spans, units, ATTRIBUTED_KINDS)
    in_passage = {i for _, covered in quotations for i in covered[1:]}
    # A sentence inside a quotation takes the quotation's speaker only afterwards; until then
    # the one that opened it speaks for it ("« … » « … »": the second quotation goes on).
    opened_by = {i: covered[0] for _, covered in quotations for i in covered[1:]}
    unmarked = _unmarked_speech(article.text, units, readable)
    tracker = Tracker()
    found: list[list[Mention]] = [[] for _ in units]
    for i, doc in zip(titles, parsed, strict=False):
        # "le ministre" in the lead, "il" further down, may be the person the title names.
        title_quotes = quoted_chars(spans, units[i])
        cases = _case_names(doc)
        for key in observe_names(doc, title_quotes, tracker, people, things):
            if not any(word in cases for word in fold(key).split()):
                tracker.make_topic(key)
        if quotes[i]:
            found[i] = speaker_in_title(doc, title_quotes, tracker)
        else:
            # "Les États-Unis nient toute implication…", "…, selon le ministre de la Santé X":
            # a headline reports words as a sentence does.
            found[i] = sentence_mentions(doc, [], tracker)
        for mention in found[i]:
            if mention.person and not mention.role:
                # the person a headline quotes is whom the body's roles may stand for
                tracker.make_topic(
                    tracker.observe(mention.canonical, SUBJECT, person=True, plural=False)
                )
            elif not mention.person and not mention.plural and mention.canonical[:1].isupper():
                # and the organisation it quotes, whom "l'association" takes up
                tracker.observe(mention.canonical, SUBJECT, person=False, plural=False)
    title_speaker = found[titles[0]][:1] if titles else []
    if titles and not title_speaker and not quotes[titles[0]]:
        title_speaker = headline_person(parsed[0], tracker)
    previous: int | None = None
    earlier: int | None = None  # the readable unit before `previous`
    subjects: dict[int, str] = {}  # unit -> the person it is about (its subject), if one
    # whether anyone but the person the headline quotes has spoken so far: until then, a
    # quoted paragraph with no cue is theirs (an interview set under headings)
    others_spoke = False
    headline = {fold(m.canonical) for m in title_speaker}
    label: Mention | None = None  # the name a label line gave the quotation to come
    for i, doc in docs.items():
        tracker.next_sentence()
        if any(p.match(units[i].text) for p in (_BYLINE, _CREDITS, _DATELINE)):
            continue  # "par Stéphane X et Layli Y", "(Reportage X)": the article's authors
        in_quote = quoted_chars(spans, units[i])
        wire = _WIRE_PREFIX.match(units[i].text)
        unseen = [(0, wire.end())] if wire else []  # "par Benjamin X PARIS (Reuters) -"
        observe_names(doc, without_incises(doc, in_quote) + unseen, tracker, people, things)
        signer = _pull_signer(units, previous, i)
        if signer is not None:
            # "… de respirer ce matin" + "Olivier", cut apart where the page glued them: the
            # name signs the pull quote before it and says nothing itself
            if previous is not None and not found[previous]:
                found[previous] = [_carried_person(signer, "?")]
            continue
        labelled = label  # the label line just before this sentence, if it was one
        label = None if quotes[i] else speaker_label(doc, tracker)
        if label is not None:
            continue  # "Le plus satisfait : Leonardo X (Monaco)" names the next quotation's voice
        if units[i].kind == "heading":
            # "Gérald X accuse l'Azerbaïdjan d'ingérence": a heading that reports, with its
            # own verb of saying, is its subject's, quoted or not
            heading = (
                speaker_in_title(doc, in_quote, tracker)
                if quotes[i]
                # (not a capitalised word read as a verb: "Xavier X – Cité du Vatican")
                else [m for m in sentence_mentions(doc, in_quote, tracker) if m.cue[:1].islower()]
            )
            found[i] = resolve_roles(heading, tracker)
            continue
        about = tracker.subject_of(tracker.sentence)
        if about is not None:
            subjects[i] = about.canonical
        mentions = sentence_mentions(doc, in_quote, tracker)
        if not mentions and not quotes[i]:
            mentions = opinion_of(doc, tracker)  # "Ça, c'est l'opinion du ministre."
        signed, signs_previous = ([], False) if quotes[i] else signed_line(doc, tracker)
        if signed and not signs_previous:
            mentions = signed  # the words before the dash are the signer's, whatever they say
        elif signed and not mentions:
            mentions = signed
            if previous is not None and not found[previous]:
                # "…, c'est que l'automobiliste roulait trop vite." then "– Indique une source"
                found[previous] = resolve_roles(
                    [replace(m, mode="carried") for m in signed[:1]], tracker
                )
        post = None if mentions else post_signature(doc, tracker)
        if post is not None:
            mentions = [post]
            # the post's first sentences, from the paragraph's start, are its writer's too
            j = i - 1
            while j in docs and units[j].paragraph == units[i].paragraph and not found[j]:
                found[j] = resolve_roles([replace(post, mode="carried")], tracker)
                j -= 1
        impersonal = not mentions and impersonal_cue(doc, in_quote)
        if impersonal and previous is not None and _paragraphs_apart(units, previous, i) <= 1:
            # "…, a-t-on appris de source judiciaire. …, a-t-on précisé.": the same source, in
            # the next sentence or the next paragraph (a wire's paragraphs are one sentence),
            # a heading between them or not
            mentions = [
                replace(m, mode="carried")
                for m in found[previous][:1]
                if anonymous_source_name(m.canonical)
            ]
        elif not mentions and quotes[i] and not impersonal:
            mentions = (
                quote_subject(doc, in_quote, tracker)
                or named_before_quote(doc, in_quote, tracker)
                or signed_quote(doc, in_quote, tracker)
                or speaker_after_colon(doc, in_quote, tracker)
                or agent_before_quote(doc, in_quote, tracker)
            )
        mentions = resolve_roles(mentions, tracker)
        mentions = [
            one
            for m in mentions
            for one in (
                (replace(m, plural=False, partner=""), replace(m, canonical=m.partner, partner=""))
                if m.partner
                else (m,)
            )
        ]
        if previous is not None and _takes_up_the_pair(mentions, found[previous]):
            # "…, ont indiqué Paris 2024 et World Triathlon. « … », ont-ils affirmé": "ils" is
            # the sources just named together, not a plural noun met before them
            mentions = [
                replace(
                    mentions[0],
                    canonical=m.canonical,
                    gender=m.gender,
                    plural=False,
                    person=m.person,
                    role=m.role,
                )
                for m in found[previous]
            ]
        if not mentions and labelled is not None and _opens_on_quotation(units[i].text):
            mentions = [replace(labelled, mode="carried")]
        if not mentions:
            mentions = _carried(
                doc,
                in_quote,
                1.0 if i in unmarked else quoted_share(spans, units[i]),
                units[i],
                units[previous] if previous is not None else None,
                found[previous] or found[opened_by.get(previous, previous)]
                if previous is not None
                else [],
                i in in_passage,
                [] if others_spoke else title_speaker,
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
        fit = incise_pronoun(doc, in_quote) if mentions and mentions[0].mode == "carried" else None
        if fit is not None and not _fits(mentions[0], *fit):
            # "« … », lance-t-il" when "il" fits nobody the article named: not the students
            # of the sentence before, whatever the paragraph says
            mentions = []
        if (
            mentions
            and previous is not None
            and units[previous].paragraph == units[i].paragraph
            and (
                (
                    not found[previous]
                    and (
                        _points_back(mentions[0].cue)
                        or _points_back_as_subject(doc)
                        or (not quotes[i] and _points_back_as_object(doc, mentions[0].cue))
                    )
                    and quoted_share(spans, units[previous]) >= CARRIED_SHARE
                )
                # "… est un acte inadmissible. C'est ce qu'a déclaré X.": the cleft names
                # the sentence before as what X said, quoted or not, over a speaker carried
                # from further back
                or (
                    all(m.mode == "carried" for m in found[previous]) and _points_back_as_cleft(doc)
                )
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
        elif (
            mentions
            and previous is not None
            and mentions[0].mode in ("subject", "preposed", "incise")
            and mentions[0].person
            and _named_in(mentions[0].canonical, doc)
        ):
            # "« … C'est apocalyptique. » Camille X est viticultrice et présidente de la
            # coopérative : « … »", "« … » Camille X n'a pas mâché ses mots", "Une réunion
            # « … ». Ce vendredi, …, a annoncé le porte-parole Olivier X.": the person the
            # sentence presents, then quotes or reports, said the quotation that opened the
            # paragraph too
            for j in _opening_quotation(units, docs, found, spans, previous, i):
                found[j] = [replace(mentions[0], mode="carried")]
        others_spoke = others_spoke or any(fold(m.canonical) not in headline for m in mentions)
        # A quotation running over several sentences is its speaker talking all along: "il"
        # after five quoted sentences still means them (the sentences get the speaker later,
        # in `_spread_over_quotes`).
        going_on = [
            replace(m, position=0)
            for m in (found[opened_by[i]][:1] if not mentions and i in in_passage else [])
        ]
        keys = []
        for mention in mentions or going_on:
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
            keys.append(key)
        for noun in issued_documents(doc) if mentions else []:
            tracker.issued(noun, keys[0])
        found[i] = mentions
        earlier, previous = previous, i

    found = [resolve_roles(mentions, tracker) for mentions in found]
    # an organisation's acronym in brackets, not a person's ("Marc X (CGT)" is no CGT)
    named = [m.canonical for mentions in found for m in mentions if not m.person]
    canonical = canonical_names(
        (m for mentions in found for m in mentions),
        tracker.full_names(),
        acronym_aliases(article.text, named),
    )
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


#: "appelé" as an apposition's participle (after a comma or a noun, no auxiliary before it),
#: folded: the name a thing or group is known by follows. "a appelé « à la retenue »" reports.
_CALLED = re.compile(
    r"(?:^|[^\w'])(?!(?:a|ont|avait|avaient|aura|auront|avoir|ete|est|sont|etait)\s)[\w'-]+,?"
    r"\s+appele(?:e|s|es)?$"
)


def _quoted_name(text: str, span: Span) -> bool:
    """A quotation that names rather than reports: a title or nickname after a naming word
    ("un article intitulé « … »", "surnommé « l'escroc des stars »"), an organisation's name
    after its noun ("le collectif « C'est pas demain la veille »") or a short gloss in
    brackets ("leurs factures détaillées (« fadettes »)")."""
    start, end = span
    before = fold(text[max(0, start - 30) : start]).rstrip(' «“"\u00a0')
    # "aux cris de « Pharma en colère »": the naming word may take "de" before the quotation
    bare = re.sub(r"\s(?:de|d'|d’|du)$", "", before)
    if any(b.endswith(fold(word)) for word in lexicon().naming_words for b in (before, bare)):
        return True
    quoted = text[start:end].strip(' «»“”"\u00a0')
    if _CALLED.search(before) and quoted[:1].isupper() and len(quoted.split()) <= TERM_WORDS:
        return True  # "un nouveau groupe, appelé « Blackout »": its name, not words it said
    # "le collectif « C'est pas demain la veille »": an organisation's name, not its words
    line = before.rsplit("\n", 1)[-1]
    last = line.rsplit(maxsplit=1)[-1] if line.strip() else ""
    if last in lexicon().organisation_nouns and text[start:end].lstrip()[:1].isupper():
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
    under a headline 'X : « … »' (`title_speaker`, empty once anybody else has spoken); a quotation
    after the sentence that introduced a person ("X était l'invité de RTL. « … »").
    """
    if quotes_a_charge(doc, in_quote, with_de=False):
        # "Une enquête est ouverte pour « mise en danger de la vie d'autrui »": the offence's
        # name, no words of whoever spoke or was spoken of before
        return []
    colon = before is not None and before.text.rstrip().endswith(":")  # "… obligé de rectifier :"
    carry = [replace(m, mode="carried") for m in before_mentions[:1]]
    opens_quoted_paragraph = (
        before is not None
        and before.kind in ("body", "lead")
        and unit.kind == "body"
        and unit.paragraph == before.paragraph + 1
        and _opens_on_quotation(unit.text)
        and share >= CARRIED_SHARE
    )
    # "X, propriétaire de la boutique, déplore les pertes." then a paragraph that is one
    # quotation, opening on its mark: X's words
    # ("Les opérateurs soulignent …" then « … notre priorité … »: a body speaks as "nous")
    quoted_paragraph = (
        opens_quoted_paragraph
        and bool(carry)
        and (carry[0].person or bool(_GROUP_SPEECH.search(unit.text)))
    )
    # "…, « et l'autopsie du corps sera programmée »." in the paragraph after X's quotation: words
    # that open on "et" / "mais" go on with what was just quoted
    goes_on = (
        before is not None
        and unit.paragraph == before.paragraph + 1
        and _continues_a_quotation(doc, in_quote)
    )
    # "Sans ordonnance, ce n'est donc pas gagné : « On est obligé de … »" in the paragraph after
    # X's quotation: a clause that speaks for nobody, then a colon, leads into X's next words
    # (as "Pour les patients hospitalisés, « … »" does: a framing phrase and its comma)
    led_in = (
        before is not None
        and unit.paragraph == before.paragraph + 1
        and (_quotation_after_colon(doc, in_quote) or _framed_quotation(doc, in_quote))
        and not speaking_subject(doc, in_quote)
    )
    if (
        carry
        and not in_passage
        and (
            (before.kind, before.paragraph) == (unit.kind, unit.paragraph)
            or colon
            or quoted_paragraph
            or goes_on
            or led_in
        )
        and share > 0
        and (
            share >= CARRIED_SHARE
            or not (speaking_subject(doc, in_quote) or _quotes_name_terms(doc, in_quote))
        )
    ):
        return carry
    if carry and (narrative_infinitive(doc) or participle_fragment(doc) or and_said(doc)):
        return carry
    # "La Région réagit via un communiqué." then "Le communiqué :" and the quotation: the
    # document's words are its author's, a person or not
    document = colon and _document_label(before.text)
    speaker = tracker.last_speaker(not document) if colon and not before_mentions else None
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
        # (or, within its paragraph, past a sentence about no one: "…, c'est le spectacle
        # auquel assiste Alain X. L'été est meurtrier pour lui. « … »")
        back = PARAGRAPH_LOOKBACK if opens_quoted_paragraph or colon else 2
        topic = next(
            (
                found
                for k in range(1, back + 1)
                if (found := tracker.subject_of(tracker.sentence - k)) is not None
                # a group speaks as "nous" or "on" ("Les deux éleveurs ont fait la découverte"
                # then "Le matin quand on est arrivés …"), not in any words ("Les cinq autres
                # prévenus ont été reconnus coupables." then « La cour n'a pas hésité … »)
                and (not found.plural or bool(_GROUP_SPEECH.search(unit.text)))
            ),
            None,
        )
        if topic is not None:
            return [_carried_person(topic.canonical, topic.gender)]
    voice = tracker.sole_voice(SOLE_VOICE_REACH) if before is not None else None
    if (
        voice is not None
        and not before_mentions
        and not in_passage
        and share >= CARRIED_SHARE
        and unit.paragraph - before.paragraph <= 1
    ):
        # "… », liste X." then "De plus, la demande ne cesse d'augmenter. « La situation est
        # très inquiétante. »": nobody else has come in; the quotation goes on with X
        return [_carried_person(voice.canonical, voice.gender)]
    return []


def _fits(mention: Mention, gender: str, plural: bool) -> bool:
    """Whether a speaker may be what a pronoun of this gender and number stands for."""
    return mention.plural == plural and (
        plural or gender == "any" or mention.gender in ("?", gender)
    )


def _case_names(doc: Doc) -> set[str]:
    """The folded names a headline gives a case or an event ("Affaire Bettencourt :", "Procès
    X"): the case is what the article is about, not a person its roles stand for."""
    rubrics = lexicon().rubric_nouns
    named = {
        fold(doc[t.i + 1].text)
        for t in doc[:-1]
        if t.lower_ in rubrics and doc[t.i + 1].text[:1].isupper()
    }
    # "Réformes des collèges :" read as a person: the rubric word names nobody either
    return named | {fold(t.text) for t in doc if t.lemma_.lower() in rubrics or t.lower_ in rubrics}


def _continues_a_quotation(doc: Doc, in_quote: list[Span]) -> bool:
    """Whether a quotation in the sentence opens on a coordinating conjunction or an ellipsis:
    a fragment that continues words already quoted ("« et l'autopsie sera programmée »")."""
    first = next((t for t in doc if inside(t, in_quote) and t.text not in '«“"'), None)
    return first is not None and (
        first.text in ("…", "...") or first.text in lexicon().continuing_conjunctions
    )


def _paragraphs_apart(units: Sequence[Sentence], earlier: int, later: int) -> int:
    """How many paragraphs of text lie from unit `earlier` to unit `later`: a heading set
    between two paragraphs parts no statement from the one it goes on with."""
    headings = {u.paragraph for u in units[earlier + 1 : later] if u.kind == "heading"}
    return units[later].paragraph - units[earlier].paragraph - len(headings)


def _opens_on_quotation(text: str) -> bool:
    """Whether a sentence's first character, past spaces, opens a quotation."""
    return text.lstrip()[:1] in '«“"'


def _before_first_quotation(doc: Doc, in_quote: list[Span]) -> int | None:
    """The index of the token just before the sentence's first quotation mark, or None when
    nothing is quoted (-1 when the quotation opens the sentence)."""
    first = next((t for t in doc if inside(t, in_quote)), None)
    if first is None:
        return None
    k = first.i - 1
    while k >= 0 and doc[k].text in '«“"':
        k -= 1
    return k


def _quotation_after_colon(doc: Doc, in_quote: list[Span]) -> bool:
    """Whether the sentence's first quotation opens right after a colon of its own."""
    k = _before_first_quotation(doc, in_quote)
    return k is not None and k > 0 and doc[k].text == ":"


def _framed_quotation(doc: Doc, in_quote: list[Span]) -> bool:
    """Whether the sentence is an opening phrase and a comma, then a quotation to its end,
    with no verb of its own outside it ("Pour les patients hospitalisés, « les services … »",
    "Concernant les urgences, « … »"): the phrase frames the words, it names no one who says
    them."""
    k = _before_first_quotation(doc, in_quote)
    if k is None or k <= 0:
        return False
    outside = [t for t in doc if not inside(t, in_quote) and not t.is_punct]
    frame = [t for t in outside if t.i < k]
    return (
        doc[k].text == ","
        # "Pour …", "Concernant …": a preposition or a present participle
        and (
            doc[0].pos_ == "ADP"
            or (doc[0].lower_.endswith("ant") and "Part" in doc[0].morph.get("VerbForm"))
        )
        and all(t.i < k for t in outside)
        and not any("Fin" in t.morph.get("VerbForm") for t in frame)
    )


def _document_label(text: str) -> bool:
    """A label that names a document before its text: "Le communiqué :", "Extrait de la
    lettre :"."""
    words = text.rstrip().removesuffix(":").split()
    return 0 < len(words) <= 4 and words[-1].lower() in lexicon().source_nouns


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


def _points_back_as_object(doc: Doc, cue: str) -> bool:
    """ "« … » Adrien X, l'éleveur, raconte cette macabre découverte.": a verb of saying
    whose object, with a demonstrative, ends the sentence, names the quotation before."""
    last = fold(cue).split()[-1:] if cue else []
    if not last:
        return False
    for token in doc[:-1]:
        if (
            fold(token.text) == last[0]
            and doc[token.i + 1].lower_ in lexicon().demonstrative_determiners
        ):
            rest = [t for t in doc[token.i + 2 :] if not t.is_punct]
            return 0 < len(rest) <= 3
    return False


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
    words = [t.lower_.replace("’", "'") for t in doc[:4]]  # "C’est ce qu’ont annoncé"
    opener = words[:3] in (["c'", "est", "ce"], ["voilà", "ce", "qu'"], ["voilà", "ce", "que"])
    return (opener and not any(t.text == "," for t in doc[:6])) or opinion_start(doc) is not None


#: The most words a quoted term holds ("les « gilets jaunes »", "le « bouclier tarifaire »").
TERM_WORDS = 3


def _quotes_name_terms(doc: Doc, in_quote: list[Span]) -> bool:
    """Whether every quotation of the sentence is a short term after its article or "de"
    ("la crise des « gilets jaunes »", "un « job-dating »"): a name the article puts in marks,
    no words it goes on quoting ("jugée « inacceptable »", "aurait « renié sa parole »")."""
    words = lexicon()
    for start, end in in_quote:
        tokens = [t for t in doc if start <= start_of(t) < end and not t.is_punct]
        if not tokens or len(tokens) > TERM_WORDS:
            return False
        before = next((t for t in reversed(doc[: tokens[0].i]) if not t.is_punct), None)
        if before is None or not (before.pos_ == "DET" or before.lower_ in words.de_forms):
            return False
    return bool(in_quote)


def _pull_signer(units: Sequence[Sentence], previous: int | None, i: int) -> str | None:
    """The name of a pull quote's signature (`PULL_SIGNATURE`): a unit that is only that name
    (maybe after a role, maybe before the outlet), glued or set after a space to the end of
    the unit before it in its paragraph."""
    if previous is None:
        return None
    before, unit = units[previous], units[i]
    gap = unit.start - before.end  # none when glued, a space before a role
    if before.paragraph != unit.paragraph or not 0 <= gap <= 1:
        return None
    match = PULL_SIGNATURE.search(before.text[-1:] + " " * gap + unit.text)
    return match.group("name") if match is not None and match.start() == 1 else None


def _takes_up_the_pair(mentions: list[Mention], before: list[Mention]) -> bool:
    """Whether a sentence's one speaker is a plural subject pronoun ("ils", "elles") right after
    a sentence that several sources said together, each named as singular."""
    return (
        bool(mentions)
        and all(fold(m.name) in ("ils", "elles") for m in mentions)
        and len({m.canonical for m in mentions}) == 1
        and len(before) >= 2
        and len({m.position for m in before}) == 1  # one verb's subjects, named together
        and all(not m.plural and m.mode != "carried" for m in before)
    )


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
    quotations = [
        (fold(quote), attribution)
        for unit, attribution in zip(units, attributions, strict=True)
        if unit.kind in ATTRIBUTED_KINDS and attribution.speakers
        for quote in attribution.quotes
    ]
    # Failing a quotation, an attributed sentence using the words ("Washington s'est dit
    # préoccupé" for a title 'Washington "préoccupé"').
    said = quotations + [
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
        if unit.kind == "heading" and not attributions[i].quotes and not attributions[i].speakers:
            # "Je ne sais pas quand les touristes pourront revenir" over the paragraph that
            # quotes it: a heading that is a body quotation's words, without their marks
            words = fold(unit.text).strip(" .,;:!?-")
            source = next(
                (a for q, a in quotations if len(words.split()) >= 4 and words in q), None
            )
            if source is not None:
                result[i] = Attribution(source.speakers, source.cue, (unit.text,), "direct")
            continue
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
        else:
            # Words the body never says: a heading's are those of the one person its section
            # quotes ("- « C'est atroce » -" over the breeder's account); a title that opens on
            # them, those of the one person the whole article quotes, more than once.
            stop = next(
                (j for j in range(i + 1, len(units)) if units[j].kind in ("title", "heading")),
                len(units),
            )
            title = unit.kind == "title"
            if title and not _opens_on_quotation(unit.text):
                continue  # "Les enseignants en grève pour « un avertissement »": theirs
            sole = _sole_quoted(
                units, attributions, i + 1, len(units) if title else stop, 2 if title else 1
            )
            if (
                sole is not None
                and not attributions[i].speakers
                and not is_site_furniture(unit.text)
            ):
                result[i] = Attribution(sole.speakers[:1], None, attributions[i].quotes, "direct")
    return result


def _sole_quoted(
    units: Sequence[Sentence],
    attributions: list[Attribution],
    start: int,
    stop: int,
    at_least: int = 1,
) -> Attribution | None:
    """The attribution of the one speaker whose words units start…stop quote (in at least
    `at_least` sentences: a title's voice is the article's main one, not a passing quote),
    or None when they quote nobody, several, or too little."""
    quoted = [
        a
        for unit, a in zip(units[start:stop], attributions[start:stop], strict=True)
        if unit.kind in ATTRIBUTED_KINDS and a.speakers and a.quotes and a.kind == "direct"
    ]
    speakers = {fold(a.speakers[0].canonical) for a in quoted}
    return quoted[0] if len(speakers) == 1 and len(quoted) >= at_least else None


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
    quotation's content words (three or more of them), the best such one; for a shorter
    headline quotation ("Il faut tout réadapter" for « il faut totalement se réadapter »), the
    quotations holding all its content words, when they are one speaker's."""
    if len(stems) < 3:
        holders = [a for words, a in quoted if stems and stems <= words]
        voices = {fold(a.speakers[0].canonical) for a in holders}
        return holders[0] if len(voices) == 1 else None
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
    person a headline quotes ("X : « … »", not "X appelle au vote"), else, when the article
    asks at least `INTERVIEW_QUESTIONS` questions, the person its first paragraph is about
    ("Le professeur X est épidémiologiste à l'Inserm.")."""
    last_of: dict[int, int] = {}
    for i, unit in enumerate(units):
        last_of[unit.paragraph] = i
    spoken = _spoken_paragraphs(units, attributions)

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
    # an answer the rules already gave a speaker ("Nous avons fait le point avec le procureur
    # X." then "Le JDM : … ?" and « … ») names the interviewee of the others
    answered = {
        s.canonical: s
        for u, a in zip(units, attributions, strict=True)
        if u.paragraph - 1 in asked
        for s in a.speakers
    }
    if title is not None and attributions[title].speakers and attributions[title].quotes:
        # the headline quotes its interviewee; one that reports ("X appelle au vote") is
        # about a person, whose article may still ask itself a question and answer it
        speakers = attributions[title].speakers
    elif len(answered) == 1 and len(asked) >= INTERVIEW_QUESTIONS:
        speakers = tuple(answered.values())
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
    text_of = _paragraph_texts(units)
    for paragraph in sorted(last_of):
        if (
            paragraph - 1 in answering
            and paragraph not in asked
            and paragraph not in spoken
            and _first_person(text_of[paragraph])
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


def _spoken_paragraphs(units: Sequence[Sentence], attributions: list[Attribution]) -> set[int]:
    """The paragraphs in which some unit already has a speaker."""
    return {u.paragraph for u, a in zip(units, attributions, strict=True) if a.speakers}


def _paragraph_texts(units: Sequence[Sentence]) -> dict[int, str]:
    """Each paragraph's text, its units joined by spaces."""
    texts: dict[int, list[str]] = {}
    for unit in units:
        texts.setdefault(unit.paragraph, []).append(unit.text)
    return {paragraph: " ".join(parts) for paragraph, parts in texts.items()}


def _stage_direction(text: str) -> bool:
    """ "(Il sourit).": the interviewer's note inside an answer, not the interviewee's words."""
    stripped = text.strip().rstrip(".")
    return stripped.startswith("(") and stripped.endswith(")") and "(" not in stripped[1:]


#: A prompt trailing off ("Le podium s'éloigne…") is a question when it is this short.
PROMPT_CHARS = 80
#: Questions an article must ask before the person of its first paragraph is taken for the
#: interviewee of a headline that quotes nobody.
INTERVIEW_QUESTIONS = 2

_BYLINE_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de\s+|d['’]|le\s+|la\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
#: A byline: "Par Eric X Publié le 24 décembre 2022 à 09h56", "par X et Y", "By X, AFP".
_BYLINE = re.compile(
    rf"^\s*(?:[Pp]ar|PAR|[Bb]y)\s+{_BYLINE_NAME}(?:\s*(?:,|et|and)\s+{_BYLINE_NAME})*"
    r"(?:\s*[,|–-]?\s*(?:[Pp]ublié|[Mm]is à jour|[Ll]e \d|AFP|avec)\b.*)?\s*$"
)
_AGENCIES = r"\((?:Reuters|AFP|AP|Belga|ATS|Bloomberg|dpa)\)"
#: A wire's opening before its first sentence: an update note, a byline, the place and date and
#: the agency ("(Actualisé avec …) PARIS, 7 mars (Reuters) - ", "par Benjamin X PARIS (Reuters) -
#: "): no one in it is in the story.
_WIRE_PREFIX = re.compile(
    r"^\s*(?:\([^()]{0,80}\)\s*)?(?:(?:[Pp]ar|PAR)\s+[^()\n]{2,60}?\s+)?"
    r"[A-ZÀ-Ý][A-ZÀ-Ý' -]{1,30}(?:,\s*\d{1,2}(?:er)?\s+\w+\.?)?\s*"
    rf"{_AGENCIES}\s*[-–—]\s*"
)
#: A dateline on a line of its own, as sites print a wire: "Corbeil-Essonnes, 22 août 2022
#: (AFP)". The agency is the wire's credit, never an organisation of the story that
#: "l'établissement" could take up.
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’ -]{1,40},\s*(?:le\s+)?\d{1,2}(?:er)?\s+\w+\.?(?:\s+\d{4})?"
    rf"\s*{_AGENCIES}\s*[-–—]?\s*$"
)
#: A wire's credits at its end: "(Reportage X, rédigé par Y, édité par Z)".
_CREDITS = re.compile(
    r"^\s*\((?:[Rr]eportage|[Rr]édigé|[Ee]dité|[Éé]dité|[Aa]vec|[Vv]ersion française)\b[^()]*\)\s*$"
)
_GROUP_SPEECH = re.compile(r"\b(?:nous|on|notre|nos)\b", re.IGNORECASE)


def _unmarked_speech(text: str, units: Sequence[Sentence], readable: list[int]) -> set[int]:
    """The units of a line that a line ending on a colon introduces and that speaks in the
    first person with no quotation mark at all ("… 29 sont sérieusement blessées :" then "Le
    matin quand on est arrivés, on a tout de suite vu …"): someone's words, transcribed
    without marks, as radio and regional sites do. The line ends them ("Le paysage … s'est
    transformé", on the next line, is the article's again)."""
    found: set[int] = set()
    for before, current in pairwise(readable):
        opening = units[current]
        if (
            not units[before].text.rstrip().endswith(":")
            or "\n" not in text[units[before].end : opening.start]
        ):
            continue
        line_end = text.find("\n", opening.start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[opening.start : line_end]
        if re.search(r"[«»“”\"]", line) or not _first_person(line):
            continue
        found.update(
            i
            for i in readable
            if opening.start <= units[i].start < line_end and units[i].kind == "body"
        )
    return found


def _first_person(text: str) -> bool:
    """Whether a paragraph speaks in the first person (outside quotation marks, which quote
    someone else)."""
    return bool(FIRST_PERSON.search(re.sub(r"[«“\"][^«»“”\"]*[»”\"]", "", text)))


def _given(
    attribution: Attribution,
    speakers: tuple[Speaker, ...],
    cue: str | None = None,
    unquoted: str = "indirect",
) -> Attribution:
    """A unit's quotes, now said by `speakers` (the kind `unquoted` when it quotes nothing)."""
    quotes = attribution.quotes
    return Attribution(speakers, cue, quotes, "direct" if quotes else unquoted)


#: A turn's label: up to four capitalised words ("Benoît X", "Le Parisien"), or one word in
#: lower case, as some outlets write their own name ("franceinfo : …").
_TURN = re.compile(r"^([A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3}|[a-zà-ÿ][\w.'’-]{3,}) ?: ")


def _interview_turns(
    units: Sequence[Sentence], attributions: list[Attribution]
) -> list[Attribution]:
    """An interview written as turns, "Boursier.com : …" then "Benoît X : …" and "B.X : …":
    each turn is its label's, up to the next turn in the same paragraph, whoever its sentences
    mention. Two labelled turns at
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
        # "Mathias Girel", not "M. G." (initials themselves)
        if " " in label and all(len(w.strip(".")) > 1 for w in label.split()):
            names["".join(w[0] for w in label.split()).lower()] = label
            # "J.-L. G." for "Jean-Louis Georgelin": a compound first name gives two initials
            parts = [part for w in label.split() for part in w.split("-") if part]
            names["".join(part[0] for part in parts).lower()] = label
    text_of = _paragraph_texts(units)
    spoken = _spoken_paragraphs(units, attributions)
    # "Colonel Jérôme X : …" is the Jérôme X the article quotes elsewhere
    known = {fold(s.canonical): s.canonical for a in attributions for s in a.speakers}

    def speaker(label: str) -> Speaker:
        folded = fold(label)
        same = [c for k, c in known.items() if folded == k or folded.endswith(" " + k)]
        return Speaker(label, max(same, key=len) if same else label)

    result = list(attributions)
    current: tuple[str, int] | None = None
    for i, unit in enumerate(units):
        if i in turns:
            label = turns[i]
            initials = re.sub(r"[^\w]", "", label).lower()
            label = names.get(initials, label) if len(initials) <= 3 else label
            current = (label, unit.paragraph)
        elif current is not None and current[1] != unit.paragraph and unit.kind != "title":
            # a turn runs on over the next paragraphs, up to the next turn, while they speak in
            # the first person; a pull quote in between (its own speaker's, or set as a
            # heading) does not stop it
            if unit.paragraph in spoken or (unit.kind != "body" and attributions[i].quotes):
                continue
            if unit.kind != "body":
                current = None
                continue
            if _first_person(text_of[unit.paragraph]):
                current = (current[0], unit.paragraph)
            else:
                current = None
                continue
        elif current is None or unit.kind != "body":
            current = None
            continue
        # every sentence of a turn is its label's: "Emmanuelle X : Parce que les organisateurs
        # n'ont pas souhaité …" is her answer, not the organisers' statement
        result[i] = _given(attributions[i], (speaker(current[0]),))
    return result
