"""The cues in one sentence that say who speaks, and the phrase each one names.

Rules over spaCy's French parse (`index.nlp`). A sentence is read for these cues:

* a reporting verb after the quote, with the speaker inverted after it
  (« … », estiment les conseillers ; …, a-t-il ajouté) -- the outer frame of the sentence. Right
  after a closing quote any verb frames it (« … », a-t-il commencé; souffle-t-il);
* a reporting verb with its subject before it (M. Peskov a jugé que …; Minsk avait dit que …),
  or with its agent after a passive ("a été saluée par les syndicats");
* a source introduced by "selon", "d'après", a sentence-initial "Pour X," or ", pour qui";
* a document or a statement that speaks ("Dans un communiqué, X « a marqué … »");
* a quotation whose clause has a person as subject and no cue ("Il offrira « … »").

A subject must be able to speak: a person, an organisation, a role, a text ("le communiqué"), not
"ces mesures" or "la vidéo" (`speakers.is_speaking_noun`); a verb of saying with nothing said is
an act, not a statement. Verbs inside quotation marks are the speaker's words, not the article's
framing, and are ignored (an incise left inside them is not). Each cue gives a `speakers.Mention`;
pronouns and unnamed roles go to the referent the article's `speakers.Tracker` finds salient.
Noun phrases are read by `index.phrases`; every word list lives in `data/lexicon.json`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from index.article import fold
from index.lexicon import lexicon
from index.nlp import end_of, start_of
from index.phrases import (
    OPENING_MARKS,
    acronym,
    adverbial_phrase_at,
    anonymous_source,
    apposition_end,
    bracket_end,
    capitalised_word,
    common_words,
    definite,
    finite_between,
    first_nominal,
    in_adverbial_phrase,
    infinitive_object,
    inside,
    join,
    nominal,
    noun_after_its_noun,
    noun_phrase,
    np_start,
    past_adverbs,
    past_age,
    person_entity,
    phrase_name,
    present_of_er_verb,
    presented_name,
    quoted_name_end,
    skip_adverbials,
    swallowed_name,
)
from index.quotes import Span
from index.speakers import (
    WINDOW,
    Mention,
    Tracker,
    former_role,
    gender_of_determiner,
    is_human_noun,
    is_person_role,
    is_proxy_role,
    is_role_word,
    is_speaking_noun,
    office,
    pronoun_fit,
    role_key,
)

#: How many sentences back the two people a plural pronoun takes up may have spoken.
PAIR_REACH = 3
#: How many words an aside between commas after a verb of saying may hold.
ASIDE_WORDS = 10
#: How far back from "de source …" its verb may be ("a appris l'AFP ce vendredi 6 octobre, de").
SOURCE_REACH = 10

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Entity


def sentence_mentions(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
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
        learned = _learned_from(doc, token, in_quote, tracker)
        if learned is not None:
            # "« … », a appris l'AFP de source gouvernementale": who learned it is no speaker
            mentions = [m for m in mentions if not _learns(doc[m.position])]
        mention = (
            _according_mention(doc, token, in_quote, tracker, mentions)
            or learned
            or _statement_by(doc, token, in_quote, tracker)
            or _read_in(doc, token, in_quote, tracker)
        )
        if mention:
            mentions.append(mention)
    if not mentions:
        issued = _issued_in_document(doc, in_quote, tracker)
        mentions = [issued] if issued is not None else []
    sources = lexicon().source_nouns
    if any(m.canonical.lower() not in sources for m in mentions):
        # "X s'est dit préoccupé, selon un communiqué": the communiqué is X's, not a source
        mentions = [m for m in mentions if m.canonical.lower() not in sources]
    mentions = [m for m in mentions if not _agent_of_the_object(doc, m, mentions, in_quote)]
    incises = [m.position for m in mentions if m.mode == "incise"]
    if incises:
        # ", assure l'Elysée" frames everything said before it in the sentence.
        mentions = [
            m
            for m in mentions
            if m.mode in ("incise", "according", "relative") or m.position > max(incises)
        ]
    return mentions


def _agent_of_the_object(
    doc: Doc, mention: Mention, mentions: list[Mention], in_quote: list[Span]
) -> bool:
    """Whether an agent's participle lies inside what another speaker's verb is about ("X a
    salué le retrait annoncé par Y, un « premier recul »"): Y did the thing X spoke of; the
    words are X's. Not when the participle's noun is words ("les appels lancés par Y") or the
    quotation stands between the participle and its agent ("un scrutin qualifié de « mensonge »
    par Y")."""
    if mention.mode != "agent":
        return False
    participle = doc[mention.position]
    agent = next((t.i for t in doc[participle.i :] if t.lower_ == "par"), len(doc))
    if participle.head.lower_ in lexicon().statement_nouns or any(
        inside(t, in_quote) for t in doc[participle.i : agent]
    ):
        return False
    verbs = {m.position for m in mentions if m is not mention and m.mode != "agent"}
    return any(t.i in verbs for t in participle.ancestors)


def _issued_in_document(doc: Doc, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "Dans un communiqué, la mairie a fixé la date du scrutin", "À travers un communiqué
    publié le 6 mars, la préfecture a officialisé l'arrivée du loup": a statement issued as a
    document is its subject's words, whatever the verb. The document has no owner of its own
    ("dans un communiqué du ministère" is the ministry's, left to the rules on sources)."""
    words = lexicon()
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or inside(root, in_quote):
        return None
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in root.children):
        return None  # "les clients seront prévenus par mail": they are told, they say nothing
    document = next(
        (
            t
            for t in doc
            if t.pos_ == "NOUN"
            and t.lower_ in words.statement_documents
            and not inside(t, in_quote)
            and _channel_before(doc, t.i)
        ),
        None,
    )
    if document is None:
        return None
    following = doc[document.i + 1] if document.i + 1 < len(doc) else None
    hour = document.i + 2 < len(doc) and doc[document.i + 2].text[:1].isdigit()
    if following is not None and following.lower_ in words.de_forms and not hour:
        return None  # "dans un communiqué du ministère": whose it is ("son bulletin de 16h": when)
    group = _verb_group_start(doc, root)
    subject = _subject(doc, root, group)
    if subject is None or subject.i > group or _as_pronoun(subject):
        return None
    span = noun_phrase(doc, _leading_name(doc, np_start(doc, subject)), in_quote)
    if span is None or not span[0] <= subject.i < span[1] or not _speaks(doc, span):
        return None
    cue = join(doc[_channel_start(doc, document.i) : document.i + 1])
    return phrase_mention(doc, span, cue, "preposed", root.i, tracker)


def _channel_start(doc: Doc, i: int) -> int:
    """Where the phrase that names the document at `i` as a channel begins ("dans un", "à
    travers un", "par voie de", "via son"), or `i` when none does."""
    j = i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 0:
        return i
    words = [t.lower_ for t in doc[max(0, j - 2) : j + 1]]
    for phrase in lexicon().document_channels:
        if words[-len(phrase) :] == list(phrase):
            return j - len(phrase) + 1
    return i


def _channel_before(doc: Doc, i: int) -> bool:
    return _channel_start(doc, i) < i


def _incise_in_quote(doc: Doc, token: Token, in_quote: list[Span]) -> list[Span] | None:
    """The quote spans with an incise cut out, when `token` is the verb of one left inside the
    marks: "« …, a-t-il lancé, citant X. … »", "« Nous sommes prêts, a déclaré le porte-parole
    Marc Lenoir. Le dialogue … »". The incise is the article's framing, not the speaker's words.
    """
    # "raconte" read as a name, "rappelle" as a foreign word
    misread = token.pos_ in ("PROPN", "NOUN", "X") and token.text[:1].islower()
    if (token.pos_ not in ("VERB", "AUX", "ADJ") and not misread) or token.dep_.startswith("aux"):
        return None
    group = _verb_group_start(doc, token)
    if group == 0 or doc[group - 1].text != ",":
        return None
    clitic = _inverted_clitic(doc, group, _clitic_end(doc, token.i + 1)) is not None
    if not clitic and _reporting_verb_end(doc, token) is None:
        return None
    # "« …, observe, ironique, Sabine Le Toquin, … »": how it was said, between commas
    first = token.i + 1 if clitic else _past_manner(doc, token.i + 1)
    end = next(
        (t.i for t in doc[first:] if t.text in (",", ".", ";", ":", "!", "?", '"')),
        len(doc),
    )
    if not clitic and (end - first < 1 or end - token.i > 12):
        return None  # a noun subject must follow, and an incise is short
    if not clitic and end < len(doc) and doc[end].text == ",":
        # "confirme Gloria, la gardienne de l'immeuble, encore sous le choc.": the speaker's
        # apposition is the article's words too
        stop = apposition_end(doc, past_age(doc, end + 1), [])
        if stop is not None and stop < len(doc) and doc[stop].text not in (",", "."):
            # "a précisé Thierry X, préfet de Mayotte à nos confrères de Y, vendredi": whom
            # the speaker told it, after the role, is the article's words too
            stop = next((t.i for t in doc[stop : stop + INCISE_TAIL] if t.text in (",", ".")), None)
        if stop is not None and stop < len(doc) and doc[stop].text in (",", "."):
            end = stop
    if _bracketed(doc, group, end):
        # "« L'usine serait déficitaire (cinq ans, assure la direction) »": the bracket quotes
        # another source for its own words; the quotation stays its speaker's
        return None
    hole = (start_of(doc[group]), end_of(doc[end - 1]))
    cut: list[Span] = []
    for start, stop in in_quote:
        if start <= hole[0] < stop:
            cut += [(start, hole[0]), (hole[1], stop)]
        else:
            cut.append((start, stop))
    return cut


#: How many words may follow the role of an incise's speaker, inside the quotation marks,
#: before the comma or full stop that ends the incise ("… à nos confrères de Mayotte La 1ère").
INCISE_TAIL = 8

#: How far a bracket's opening may sit before the incise it holds ("(cinq ans, assure …").
BRACKET_WORDS = 8


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """Whether an incise from token `start` to `end` sits inside round brackets opened
    shortly before it and closed within it ("(cinq ans, assure la direction)")."""
    for t in reversed(doc[max(0, start - BRACKET_WORDS) : start]):
        if t.text == ")":
            return False
        if t.text == "(":
            return any(u.text == ")" for u in doc[start : end + 1])
    return False


def without_incises(doc: Doc, in_quote: list[Span]) -> list[Span]:
    """The quote spans with every incise left inside the marks cut out ("« …, confirme Gloria,
    la gardienne de l'immeuble, encore sous le choc. … »"): the names there, and the roles
    they are given, are the article's, not the speaker's words."""
    spans = in_quote
    for token in doc:
        if inside(token, spans):
            spans = _incise_in_quote(doc, token, spans) or spans
    return spans


def _faire_read_as_noun(doc: Doc, token: Token) -> bool:
    """ "fait" or "font" tagged a noun, no determiner before it, followed by the rest of a phrase
    of saying headed by "faire" ("fait état de", "font part de")."""
    if token.lower_ not in ("fait", "font") or token.pos_ != "NOUN" or token.i + 1 >= len(doc):
        return False
    if token.i > 0 and doc[token.i - 1].pos_ == "DET":
        return False  # "le fait", "un fait"
    return any(
        phrase[0] == "faire" and phrase[1] == doc[token.i + 1].lower_
        for phrase in lexicon().reporting_phrases
    )


def _said_lemma(token: Token) -> str:
    """The verb a form stands for: the lexicon's verb of saying for a known form ("dit" is
    "dire" however the tagger read it), else the tagger's lemma."""
    return lexicon().reporting_forms.get(token.lower_) or token.lemma_.lower()


def narrative_infinitive(doc: Doc) -> bool:
    """A sentence opening "Et de" + a verb of saying in the infinitive (the French narrative
    infinitive: "Et d'ajouter que …"), whose subject is the speaker of the sentence before."""
    words = lexicon()
    if len(doc) < 3 or doc[0].lower_ != "et" or doc[1].lower_ not in words.de_forms:
        return False
    verb = doc[3] if doc[2].lower_ in words.reflexive_clitics and len(doc) > 3 else doc[2]
    lemma = _said_lemma(verb)
    return lemma in words.reporting_verbs or any(
        phrase[0] in words.reflexive_clitics and phrase[-1] == lemma
        for phrase in words.reporting_phrases
    )


def and_said(doc: Doc) -> bool:
    """ "Il a évoqué les motifs. Et a annoncé que …": a sentence opening on "Et" and a verb of
    saying with no subject goes on with the subject of the sentence before."""
    if len(doc) < 3 or doc[0].lower_ != "et" or doc[1].pos_ not in ("AUX", "VERB"):
        return False
    verb = next((t for t in doc[1:4] if t.pos_ == "VERB"), None)
    if verb is None or any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children
    ):
        return False
    return (_said_lemma(verb)) in lexicon().reporting_verbs


def participle_fragment(doc: Doc) -> bool:
    """A sentence that is only a verb of saying in the present participle ("Expliquant ensuite
    que la personne avait été identifiée …"): the speaker before goes on."""
    first = doc[0]
    lemma = _said_lemma(first)
    return (
        first.dep_ == "ROOT"
        and "Part" in first.morph.get("VerbForm")
        and "Pres" in first.morph.get("Tense")
        and lemma in lexicon().reporting_verbs
        and not any(t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == first.i for t in doc)
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
    ministère", "au sein de l'exécutif, on le dit", "chez Renault, on reconnaît": "on" speaks
    for the place the sentence puts it in, if it names one."""
    for token in doc:
        if inside(token, in_quote):
            continue
        start = None
        if token.lower_ in lexicon().impersonal_places:
            # "du côté de l'Élysée", "au sein de l'exécutif", "chez Renault"
            start = token.i + 1
            if start < len(doc) and doc[start].lower_ in lexicon().de_forms:
                start += 1
        elif (
            token.lower_ in lexicon().a_forms
            and token.pos_ != "AUX"  # the "a" of "a-t-on précisé" is the verb itself
            and (
                token.i == 0
                or doc[token.i - 1].text in (",", ":")
                or token.i == verb.i + 1
                or doc[token.i - 1].lower_ == "-on"  # "reconnaît-on à SNCF Voyageurs"
            )
        ):
            start = token.i + 1
        if start is None or start >= len(doc):
            continue
        while start < len(doc) and doc[start].pos_ == "DET":
            start += 1
        span = noun_phrase(doc, start, in_quote) if start < len(doc) else None
        # not "à la mi-journée"
        named = token.lower_ in lexicon().impersonal_places or doc[start].text[:1].isupper()
        if span is not None and named and _speaks(doc, span):
            return phrase_mention(doc, span, cue, "incise", verb.i, tracker)
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
    if token.i < 2 or token.dep_.startswith("aux"):
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return _misread_incise_verb(doc, token, in_quote)
    if token.dep_ in ("fixed", "case", "mark"):
        return None  # « … » étant donné la situation: a preposition built on a participle
    if token.dep_ == "cop":
        return None  # "découverte dans « … », était une commerçante": the copula says nothing
    if _infinitive(token) or (
        "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
    ):
        return None
    group = _verb_group_start(doc, token)
    if group < 1:
        return None
    before = doc[group - 1]
    after_quote = (
        before.text == "," and group >= 2 and closes_quotation(doc, group - 2, in_quote)
    ) or (before.text == '"' and not inside(before, in_quote))
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
    if (
        before.text == '"'
        and not (inverted or _reflexive(doc, token))
        and _reporting_verb_end(doc, token) is None
    ):
        # « Un homicide » a eu lieu: with no comma, the quotation is the subject unless the
        # verb says or feels something ("» s'est attristée X")
        return None
    if inverted:
        return token.i + 1
    if group == token.i and "Part" in token.morph.get("VerbForm") and _participle_form(token):
        # « … », tenu responsable de vingt attaques: a bare participle describes what the
        # sentence named; an incise has a finite verb (", a précisé", ", souligne")
        return None
    if token.dep_ != "ROOT" or group == token.i:
        return _infinitive_complement_end(doc, token, token.i + 1)
    # « … », s'est énervé auprès de l'AFP, X: a compound verb the parser makes the root frames
    # the quote too when its subject follows it (« Les Misérables », a été adapté: no subject)
    if _reporting_verb_end(doc, token) is None and _verb_before_quotation(doc, group - 2, in_quote):
        # "Le maire, évoquant un « fléau », a ouvert la séance": the quotation is the object of
        # a verb before it, and the verb after it, no verb of saying, goes on with the clause
        return None
    end = _infinitive_complement_end(doc, token, _clitic_end(doc, token.i + 1))
    return end if _inverted_subject(doc, group, end, None, in_quote) is not None else None


def _verb_before_quotation(doc: Doc, k: int, in_quote: list[Span]) -> bool:
    """Whether a verb stands before the quotation that token k closes (an incise frames a
    quotation that opens its clause, past an adverbial at most: "Pour lui, « … », a souri X")."""
    j = k
    while j >= 0 and (inside(doc[j], in_quote) or doc[j].is_quote):
        j -= 1
    return any(t.pos_ in ("VERB", "AUX") for t in doc[: j + 1])


def _infinitive_complement_end(doc: Doc, verb: Token, end: int) -> int:
    """Past the infinitive an incise verb governs, where the saying is ("», tente de se
    justifier ce chauffeur", "», tient à préciser le maire", "», a voulu rassurer X"): its
    subject comes after the infinitive, not after the verb."""
    words = lexicon()
    k = end
    if k < len(doc) and doc[k].lower_ in words.infinitive_markers:
        k += 1
    while k < len(doc) and doc[k].lower_ in words.reflexive_clitics:
        k += 1
    if k < len(doc) and "Inf" in doc[k].morph.get("VerbForm") and doc[k].head.i == verb.i:
        return k + 1
    return end


def _misread_incise_verb(doc: Doc, token: Token, in_quote: list[Span]) -> int | None:
    """A verb the tagger read as a noun or a name right after "», " ("», convient, de son côté,
    la ministre"; "», rappelle X" tagged foreign): it frames the quote when it looks finite and
    a subject follows it. A noun in apposition ("», thème de la campagne") has no subject after.
    """
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV", "X") or not token.text[:1].islower():
        return None
    words = lexicon()
    if _after_inverted_auxiliary(doc, token, in_quote):
        return token.i + 1  # "», a-t-elle scandé": "-elle" read as a determiner, "scandé" a noun
    # "», se lamente Lahcen": a reflexive clitic between the comma and the verb
    reflexive = token.i >= 3 and doc[token.i - 1].lower_ in words.reflexive_clitics
    comma = token.i - 1 - reflexive
    if doc[comma].text != "," or doc[comma - 1].text != '"':
        return None
    finite = (
        token.lower_.endswith(words.finite_endings)
        or token.lower_ + "r" in words.reporting_verbs
        or (reflexive and ("se", token.lower_ + "r") in words.reporting_phrases)
    )
    if inside(doc[comma - 1], in_quote) or not finite:
        return None
    if (
        token.pos_ == "ADV"
        and token.lower_.endswith("ment")
        and token.lower_ not in words.reporting_forms
    ):
        return None  # "», essentiellement sur le secteur de X": an adverb ("», dément X" is not)
    end = _clitic_end(doc, token.i + 1)
    if _inverted_clitic(doc, token.i, end) is not None:
        return end
    end = _infinitive_complement_end(doc, token, end)
    return end if _inverted_subject(doc, comma + 1, end, None, in_quote) is not None else None


def _after_inverted_auxiliary(doc: Doc, token: Token, in_quote: list[Span]) -> bool:
    """Whether a word follows "», a-t-elle" / "», avait-il": an auxiliary and its inverted
    subject right after a closing quotation, so that the word is the participle of an incise,
    whatever the tagger read it as."""
    j = token.i - 1
    if j < 0 or not _inverted_pronoun(doc[j]):
        return False
    j -= 1
    if j >= 0 and doc[j].lower_ == "-t":
        j -= 1
    if j < 2 or doc[j].lemma_ not in ("avoir", "être"):
        return False
    return doc[j - 1].text == "," and closes_quotation(doc, j - 2, in_quote)


def _reflexive(doc: Doc, verb: Token) -> bool:
    """Whether a reflexive clitic sits in the verb's own group ("s'est dit", "se désole"), not
    before another verb ("se prépare à défendre" is not "se défendre")."""
    clitics = lexicon().reflexive_clitics
    return any(t.lower_ in clitics for t in doc[_verb_group_start(doc, verb) : verb.i])


def _infinitive(token: Token) -> bool:
    """An infinitive by its tag and its ending: the small tagger calls "promet" one, and "tire"
    (of "tirer la sonnette d'alarme"), whose "-re" is the present of a verb in "-rer"."""
    if "Inf" not in token.morph.get("VerbForm") or not token.lower_.endswith(("er", "ir", "re")):
        return False
    words = lexicon()
    present = token.lower_ + "r"
    return present not in words.reporting_verbs and present not in words.phrase_heads


def _medial_incise(
    doc: Doc, group: int, verb_end: int, in_quote: list[Span]
) -> tuple[int, int] | None:
    """The subject of an incise set between commas inside its sentence ("Les élèves, explique
    la directrice, sont rentrés", "Le projet, a indiqué la préfecture, sera présenté lundi"):
    a phrase that opens the sentence, the verb of saying after its comma, a phrase that can
    speak, a comma, and the rest of the sentence with a conjugated verb of its own."""
    if group < 2 or doc[group - 1].text != ",":
        return None
    first = doc[group]
    if first.pos_ in ("VERB", "AUX") and "Fin" not in first.morph.get("VerbForm"):
        return None  # "…, confiée à la police judiciaire de Nice, …": a participle describes
    before = doc[: group - 1]
    if any("Fin" in t.morph.get("VerbForm") or inside(t, in_quote) for t in before):
        return None  # "Le maire a dit, …": the sentence's own verb came first
    start = skip_adverbials(doc, verb_end) or verb_end
    span = noun_phrase(doc, start, in_quote) if doc[start].pos_ != "ADP" else None
    if span is None or span[1] >= len(doc) or doc[span[1]].text != ",":
        return None
    rest = doc[span[1] + 1 :]
    if not any("Fin" in t.morph.get("VerbForm") for t in rest) or not _speaks(doc, span):
        return None
    return span


def _closes_on_its_subject(doc: Doc, token: Token) -> bool:
    """ "…, la mobilisation reconduite jusqu'à lundi, annonce la CGT": a form of a verb of saying
    the tagger read as a noun, after a comma, with only its inverted subject after it to the end
    ("Antonetti, débarqué, remercie les supporters", read as a verb, keeps its object)."""
    return (
        token.i >= 1
        and token.pos_ in ("NOUN", "ADJ", "PROPN", "X")
        and doc[token.i - 1].text == ","
        and token.text[:1].islower()
        and token.lower_ in lexicon().reporting_forms
        and _only_a_phrase_after(doc, token.i + 1)
    )


def _person_told_as_object(
    doc: Doc, verb: Token, group: int, verb_end: int, in_quote: list[Span]
) -> tuple[int, int] | None:
    """ "Les habitants de douze communes dont Rouen sont invités à rester chez eux, a annoncé le
    préfet.": after a comma, a verb whose listener takes "à" (`addressee_verbs`: one announces
    something to someone) followed only by a person to the end of the sentence has that person
    for its subject, whatever the parser made its subject and object."""
    if group == 0 or doc[group - 1].text != "," or not _only_a_phrase_after(doc, verb_end):
        return None
    if _said_lemma(verb) not in lexicon().addressee_verbs:
        return None
    span = noun_phrase(doc, verb_end, in_quote)
    if span is None:
        return None
    words = doc[span[0] : span[1]]
    if not (is_person_role(words) or any(t.ent_type_ == "PER" for t in words)):
        return None
    return span


def _only_a_phrase_after(doc: Doc, start: int) -> bool:
    """Whether the words from `start` to the end are one noun phrase ("la CGT", "le maire de
    Pau."): no verb, and a name or a noun in it."""
    rest = [t for t in doc[start:] if not t.is_punct and not t.is_space]
    return (
        bool(rest)
        and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "CCONJ") for t in rest)
        and any(t.pos_ in ("NOUN", "PROPN") for t in rest)
    )


def _hands_over_words(token: Token) -> bool:
    """A verb that hands over words (`handing_verbs`) with a noun of them as its own object or
    bare complement ("a livré quelques indications", "a apporté des précisions"), not as a
    preposition's ("a présenté le projet avec des précisions")."""
    words = lexicon()
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in words.handing_verbs
        and any(
            t.i > token.i
            and t.lower_ in words.content_nouns
            and not any(g.dep_ == "case" for g in t.children)
            for t in token.subtree
        )
    )


def _reporting_verb_end(doc: Doc, token: Token) -> int | None:
    """If `token` is a reporting verb, the index just past it ("mettre en garde": past "garde")."""
    words = lexicon()
    if token.lower_ in words.naming_words:
        return None  # "des « voitures lourdes », dites SUV": what they are called, not said
    if _hands_over_words(token):
        return token.i + 1  # "a livré ce jeudi, en conférence de presse, quelques indications"
    # "regrette" read as a name, "dénoncent" as an adverb: a known form still reports
    mistagged = token.pos_ in ("PROPN", "ADV", "X") and token.text[:1].islower()
    # "», a écrit X, attaché de presse": a participle the parser hung on the next one as
    # "aux:pass" is still the verb; true auxiliaries are tagged AUX or are être / avoir.
    # "fait valoir" read as a compound tense ("fait" an "aux:tense"): "faire" is never one
    auxiliary = token.dep_.startswith("aux") and (
        (token.pos_ == "AUX" and token.lemma_ != "faire") or token.lemma_ in ("être", "avoir")
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
    # "comme le demande la DGAC": after "comme le", a form of a verb of saying is that verb,
    # though the tagger reads "le demande" as a determiner and a noun
    # ("L'avocat l'assure, « … »": likewise right after a noun, its subject)
    as_clitic = (
        token.i >= 2
        and doc[token.i - 1].lower_ in ("le", "l'", "l’")
        and (doc[token.i - 2].lower_ == "comme" or doc[token.i - 2].pos_ in ("NOUN", "PROPN"))
        and token.lower_ in words.reporting_forms
    )
    # "ont fait savoir que …": the causative "faire" tagged as an auxiliary opens its phrase;
    # so does "fait" read as a noun before the rest of one ("Le maire fait état de 12 morts")
    causative = (token.pos_ == "AUX" and token.lemma_ == "faire") or _faire_read_as_noun(doc, token)
    # ", affirme-t-il,": a form of a verb of saying before an inverted clitic is that verb,
    # whatever the tagger read (here an auxiliary)
    before_clitic = (
        token.lower_ in words.reporting_forms
        and _inverted_clitic(doc, token.i + 1, _clitic_end(doc, token.i + 1)) is not None
    )
    # "Thomas X a nié toute intention": a participle of saying right after a form of "avoir"
    # is that participle, whatever the tagger read (here a determiner)
    after_auxiliary = (
        token.i >= 1
        and doc[token.i - 1].lower_ in words.perfect_auxiliaries
        and token.lower_ in words.reporting_forms
        and _participle_form(token)
    )
    # "…, annonce la CGT.": a verb of saying read as a noun, its subject after it (below)
    closing = _closes_on_its_subject(doc, token)
    incise = incise or closing
    mistagged = mistagged or incise or as_clitic or causative or before_clitic or after_auxiliary
    if (token.pos_ not in ("VERB", "ADJ", "NOUN") and not mistagged) or auxiliary:
        return None
    previous_token = doc[token.i - 1] if token.i > 0 else None
    form = words.reporting_forms.get(token.lower_) or (token.lemma_.lower() if incise else None)
    # The small tagger reads "estime" or "indique" as adjectives; "l'annonce" and
    # "une situation critique" stay nouns and adjectives.
    finite = form is not None and (
        token.lower_.endswith(words.finite_endings) or as_clitic or closing
    )
    if causative:
        form, finite = "faire", True  # only its phrases ("faire savoir") report, below
    # "… d'où est partie l'incendie déplore les pertes": a present tense read as an adjective of
    # the noun before it, yet followed by its own object
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # its object, past an adverb ("Sud-Rail critique notamment les changements")
    object_start = past_adverbs(doc, token.i + 1)
    object_first = doc[object_start] if object_start < len(doc) else None
    if (
        # or read as a noun right after its subject's noun ("L'association dénonce « … »")
        (token.pos_ == "ADJ" or noun_after_its_noun(token))
        and present_of_er_verb(token)
        and object_first is not None
        # its object: a determiner, a name ("Zelensky accuse Moscou de …"), or a quotation
        # ("un porte-parole de la SNCF évoque « un retour … »")
        and (
            object_first.pos_ == "DET"
            or object_first.like_num  # "le ministère annonce 22% de grévistes"
            or object_first.text[:1].isupper()
            or object_first.text in OPENING_MARKS
            or object_first.text == ":"  # "Un autre habitant raconte : « … »"
            or object_first.lower_ in words.completives  # "… de locataires considère que"
            # "le directeur conseille aux patients de se rendre à Lille"
            or (
                words.reporting_forms[token.lower_] in words.advice_verbs
                and infinitive_object(doc, object_start)
            )
        )
    ):
        finite, form = True, words.reporting_forms[token.lower_]
    # "la préfecture rappelle que …", "le maire craint que …": a present form read as an
    # adjective or a noun, with its own subject before it and a clause after it
    # ("la préfecture annonce aussi la mise en place …": its subject, and no article or
    # copula of its own that would make it the noun)
    if (
        form is not None
        and token.pos_ in ("ADJ", "NOUN")
        and following is not None
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        and (
            following.lower_ in words.completives
            or not any(c.dep_ in ("det", "cop") for c in token.children)
        )
    ):
        finite = True
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
                # "une décision qualifiée de « … » par ses opposants": its agent said it
                and not (
                    token.pos_ != "NOUN"
                    and _participle_form(token)
                    and _agent(doc, token.i + 1, []) is not None
                )
            )
        )
    ):
        return None
    lemma = form or token.lemma_.lower()
    previous = previous_token.lower_ if previous_token is not None else ""
    if _infinitive(token) and previous not in lexicon().infinitive_markers:
        return None  # "pour dire", "sans pouvoir préciser": not a speech act of the clause
    if _infinitive(token) and previous in ("à", "a") and _not_a_speech_act(doc, token.i - 1):
        return None  # "aucune victime n'est à déplorer", "À noter que …": nobody says it
    if (
        previous_token is not None
        and previous_token.pos_ == "ADP"
        and previous in lexicon().noun_prepositions
        and not _infinitive(token)
        and not token.lower_.endswith("ant")
        # "Le Snuipp en revendique un tiers": "en" the pronoun, between a subject and a verb
        # read as a noun, with its object after it
        and not (previous == "en" and finite and noun_after_its_noun(token))
    ):
        return None  # "placés en alerte maximale", "sans appel": a noun after its preposition
    if (
        previous == "en"
        and "Part" in token.morph.get("VerbForm")
        and not any(
            t.lower_ in words.completives or t.text in (":", '"', "«", "“")
            for t in doc[token.i + 1 : token.i + 3]
        )
    ):
        # "en dénonçant la corruption": a manner; "en rappelant que …" and "en lançant : « … »"
        # say something
        return None
    # The clitic must be this verb's: "se prépare à défendre" is not "se défendre".
    reflexive = _reflexive(doc, token)
    for phrase in words.reporting_phrases:
        head, *rest = phrase
        if head in words.reflexive_clitics:
            if (
                reflexive
                and (lemma == rest[0] or lemma == " ".join(phrase))
                # "s'est engagée à suivre le résultat" promises; "s'engage dans la course" acts
                and (lemma not in words.reporting_only_before_a or _a_infinitive(doc, token.i + 1))
            ):
                return token.i + 1
            continue
        # "font aujourd'hui part de leur déception": adverbs may come inside the phrase
        after = past_adverbs(doc, token.i + 1)
        if lemma == head and [t.lower_ for t in doc[after : after + len(rest)]] == rest:
            return after + len(rest)
    if lemma in words.not_reporting_before_a and _a_follows(doc, token.i + 1):
        return None  # "le tribunal l'a condamné à deux ans de prison": a sentence, not a word
    if (
        lemma in words.reporting_only_before_a
        and not any(
            t.lower_ in words.a_forms or t.lower_ in ("vœux", "voeux")  # "de ses vœux"
            for t in doc[token.i + 1 :]
        )
        and not any(t.is_quote or t.text == ":" for t in doc[token.i + 1 : token.i + 3])
    ):
        return None  # "les familles appellent la mairie": a phone call, not a call to act
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
    if (
        lemma in words.reporting_verbs
        and reflexive
        and token.i >= 2
        and doc[token.i - 2].text == ","
        and following is not None
        and (following.pos_ == "DET" or following.text[:1].isupper())
    ):
        # "« Le déficit reste exceptionnel, s'explique la préfecture. … »": in an incise, with
        # its subject after it, the reflexive form reports too
        return token.i + 1
    return None


def _not_a_speech_act(doc: Doc, a: int) -> bool:
    """Whether the "à" at `a` before a verb of saying opens the sentence ("À noter que …", the
    writer's aside) or follows "être" ("n'est à déplorer": something to be deplored), where
    "a tenu à rappeler" reports what was said."""
    clitics = lexicon().negation_clitics
    before = next(
        (t for t in reversed(doc[:a]) if t.pos_ != "ADV" and t.lower_ not in clitics), None
    )  # past "pas", "plus", "jamais": "ne sont pas à déplorer"
    return a == 0 or doc[a - 1].is_punct or (before is not None and before.lemma_ == "être")


def incise_pronoun(doc: Doc, in_quote: list[Span]) -> tuple[str, bool] | None:
    """(gender, plural) of the pronoun an incise names its speaker by ("», lance-t-il"), if
    the sentence has one: whoever a sentence's quotation is carried to must fit it. Inside the
    marks it is the speaker's own question ("« Peut-être vendent-ils moins ? »")."""
    for token in doc:
        if (
            token.i > 0
            and _inverted_pronoun(token)
            and not doc[token.i - 1].is_punct
            and not inside(token, in_quote)
        ):
            return pronoun_fit(token.lower_)
    return None


def _inverted_pronoun(token: Token) -> bool:
    """ "-il", "-elle", "-t-on" written after a verb ("a-t-elle", "estime-t-il")."""
    return token.text.startswith("-") and token.lower_.lstrip("-") in lexicon().subject_pronouns


def _a_infinitive(doc: Doc, i: int) -> bool:
    """ "à" and an infinitive, or "à ce que", right after the verb (past adverbs)."""
    i = past_adverbs(doc, i)
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in lexicon().a_forms
        and (_infinitive(doc[i + 1]) or doc[i + 1].lower_ == "ce")
    )


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
    if start == verb.i and "Part" in verb.morph.get("VerbForm"):
        start = _auxiliary_before_adverbials(doc, verb.i)
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


def _auxiliary_before_adverbials(doc: Doc, i: int) -> int:
    """Where a participle's group starts when the parser hung it elsewhere: "La CGT a de son
    côté dénoncé « … »" (read as "côté dénoncé"), "a pour sa part jugé": past the adverbs and
    the lexicon's adverbial phrases back to "avoir" or "être"; i itself when none is there."""
    k = i
    while k > 0:
        phrase = next(
            (n for n in range(2, 5) if k - n >= 0 and adverbial_phrase_at(doc, k - n) == n), 0
        )
        if phrase:
            k -= phrase
        elif doc[k - 1].pos_ == "ADV" or doc[k - 1].lower_ in lexicon().adverbials:
            k -= 1
        else:
            break
    auxiliary = doc[k - 1] if 0 < k < i else None
    is_auxiliary = (
        auxiliary is not None
        and auxiliary.lemma_ in ("avoir", "être")
        and auxiliary.pos_ in ("AUX", "VERB")
    )
    return k - 1 if is_auxiliary else i


def _comma_aside(tokens: Span) -> bool:
    """ ", dans son compte-rendu à la presse," between "a" and "annoncé": an aside set off by
    commas (no quotation mark, no other clause) inside one verb group."""
    return (
        len(tokens) >= 3
        and tokens[0].text == ","
        and tokens[-1].text == ","
        and not any(t.text == '"' or t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def _framed_start(doc: Doc, group: int) -> int:
    """Where the words an incise frames begin to count for its pronoun: "Un contrôleur sur deux
    a fait part de son intention …, affirme-t-il": "il" is the source of the statement, not the
    subject of the clause it reports (a name before that subject, "Pour Marie X, « … »,
    estime-t-elle", still counts)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i >= group:
        return group
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.i > root.i or subject.pos_ == "PRON":
        return group
    return subject.left_edge.i


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
        taken_up = _pronoun_mention(
            clitic.lower_, cue, "incise", verb.i, tracker, before=_framed_start(doc, group)
        )
        own = (
            None
            if taken_up is not None
            else _clause_subject_for_clitic(doc, group, clitic, in_quote)
        )
        if own is not None:
            # "Les organisateurs restent « confiants », ont-ils dit" with no one before them
            # whom "ils" could take up: the clause's own subject
            return phrase_mention(doc, own, cue, "incise", verb.i, tracker)
        return taken_up
    if group > 0 and doc[group - 1].lower_ == "on":
        return _impersonal_source(doc, verb, cue, in_quote, tracker)  # "à Matignon, on assure"
    if _suspected_act(doc, group):
        return None  # "soupçonné d'avoir informé X": an act alleged, not words reported
    if _hypothetical(doc, verb, group):
        return None  # "… au-delà si les grévistes le jugent nécessaire": no one has said it
    participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    # "estime par ses analyses que": a present the tagger reads as a participle before "par"
    # is no participle unless written as one ("estimé")
    past_participle = (
        "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and _participle_form(verb)
    )
    reflexive = _reflexive(doc, verb)
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
    adjectival = (
        verb.pos_ == "ADJ"
        and group == verb.i
        and _participle_form(verb)
        and not _present_like_participle(doc, verb, group, verb_end)  # "le maire craint que"
    )
    # "Interrogé par la radio X, le ministre a dit": a participle opening the sentence describes
    # its subject, and its agent is the interviewer, not a source.
    opening = group == 0 or all(t.is_punct for t in doc[:group])
    # past when and where it was said ("soulignée ce lundi dans la Matinale sur RMC par X")
    agent = (
        _agent(doc, _past_verb_adverbials(doc, verb, verb_end), in_quote)
        if (passive or adjectival) and not opening
        else None
    )
    ensured = passive and _said_lemma(verb) in lexicon().ensuring_verbs
    if agent and (
        _decision(verb, ("nsubj", "nsubj:pass")) or _act_by_agent(doc, verb, verb_end) or ensured
    ):
        # "la motion … a été rejetée par les députés": a vote, no statement; "un préavis
        # lancé par le syndicat", "le ramassage est assuré par des sociétés privées": an act
        return None
    if agent:
        # "a été saluée par les syndicats", "dénoncées par X": the agent speaks.
        return phrase_mention(doc, agent, cue, "agent", verb.i, tracker)
    closed_relative = _relative_closed_before(doc, group)
    subject = closed_relative or _subject(doc, verb, group)
    if subject is not None and subject.dep_ in ("nsubj", "nsubj:pass"):
        # "Maëlys X, la co secrétaire générale …, a déclaré": the parser made the role the
        # subject; the name it is apposed to speaks
        subject = _name_before_role(doc, subject) or subject
    if subject is not None and subject.i == 0 and "Part" in subject.morph.get("VerbForm"):
        # "Invitée sur franceinfo, jeudi, Maëlys X, salue …": the opening participle the
        # parser made the subject describes the one the clause names before its verb
        subject = _clause_subject(doc, group)
    if subject is None and participle:
        subject = _subject_after_opening_participle(doc, group, in_quote)
    # "a été confiée à la PJ de Lille": a passive in a compound tense has no inverted subject,
    # nor "« … » sera assuré dès la rentrée", one with "être" in another tense ("est venu
    # dire" is a verb of movement before one of saying, not a passive)
    compound_passive = any(t.lower_ == "été" for t in doc[group : verb.i]) or (
        past_participle
        and not reflexive
        and verb_end == verb.i + 1
        and any(t.lemma_ == "être" and t.pos_ == "AUX" for t in doc[group : verb.i])
    )
    incise = (
        None
        if participle or compound_passive
        else _inverted_subject(doc, group, verb_end, subject, in_quote)
    )
    if incise is None and not (participle or compound_passive):
        # "Le projet, a indiqué la préfecture, sera présenté lundi": an incise between commas
        incise = _medial_incise(doc, group, verb_end, in_quote)
    if incise is None and group == verb.i and _closes_on_its_subject(doc, verb):
        # "…, annonce la CGT": the phrase that ends the sentence is the subject, whatever the
        # parser made the subject (if it can speak: "X, Y, annonce ce jeudi le placement …"
        # is its object)
        closing = noun_phrase(doc, verb_end, in_quote)
        incise = closing if closing is not None and _speaks(doc, closing) else None
    if incise is None and not (participle or compound_passive):
        incise = _person_told_as_object(doc, verb, group, verb_end, in_quote)
    if incise is not None and group > 0 and _relative_of_a_noun(doc, group - 1, verb):
        # "C'est une annonce que redoutait toute la filière": a relative clause, its subject
        # put after the verb, describes the noun; "…, ce que confirme le maire" reports
        incise = None
    # Right after a closing quotation only speech is framed: whoever follows the verb said it
    # ("», lance l'une d'entre eux", "», témoigne une rescapée").
    after_quote = group > 0 and (
        closes_quotation(doc, group - 1, in_quote)
        or (
            group >= 2 and doc[group - 1].text == "," and closes_quotation(doc, group - 2, in_quote)
        )
    )
    incise_place = after_quote or (incise is None and group > 0 and doc[group - 1].text == ",")
    if incise_place and not (participle or compound_passive):
        # whether or not the parser made "celui" a phrase of its own
        demonstrative = _demonstrative_subject(doc, verb_end)
        if demonstrative:
            # "», s'est exprimé celui qui a été nommé …": the man the article is about
            return _pronoun_mention(demonstrative, cue, "incise", verb.i, tracker)
    if incise:
        # "», écrit l'ancien ministre du Travail, qui a participé …, Olivier X.": the name
        # that closes the sentence after the role's relative clause is the role's holder
        incise = _name_closing_the_incise(doc, incise) or incise
        if _speaks(doc, incise) or after_quote:
            # "a confirmé ce qu'avait annoncé X": X is inverted in the object of another verb
            # of saying, the source of what is confirmed; it frames nothing before it
            embedded = (
                group >= 3
                and doc[group - 1].lower_ in ("que", "qu'", "qu’")
                and doc[group - 2].lower_ == "ce"
                and doc[group - 3].pos_ in ("VERB", "AUX")
            )
            mode = "relative" if embedded else "incise"
            return phrase_mention(doc, incise, cue, mode, verb.i, tracker)
        if (
            subject is None
            or subject.i > group
            or not (subject.pos_ == "PROPN" or _capitalised_name_word(subject))
        ):
            return None
        # "Invitée sur franceinfo, jeudi, Sophie X, salue le retrait …": the comma before
        # the verb made its object look like an incise's subject; the name before it speaks
        # (a first name the tagger read as a common noun too: "Laurence des Cars, qui …,")
    if passive or adjectival:
        return None  # "qualifié de …", "a été condamnée": a description, not a statement
    if subject is not None and inside(subject, in_quote):
        return None
    mode = "participle" if participle else "preposed"
    if not in_quote and _says_nothing(doc, verb, verb_end):
        return None  # "Elle répondait sans masque à trois journalistes": an act, no statement
    if not in_quote and _shows(doc, verb, verb_end):
        return None  # "les vidéos ont afflué, témoignant une inquiétude croissante"
    if not in_quote and _decision(verb, ("obj",)):
        return None  # "L'Assemblée a rejeté la motion": a vote, no statement
    if not in_quote and _counted_vote(doc, verb, subject):
        return None  # "89 % des votants s'étaient prononcés contre": a ballot's count
    if _continues_something(doc, verb, verb_end):
        return None  # "La Russie poursuivra ses livraisons": not "« … », a poursuivi X"
    if closed_relative is None and _object_relative(doc, verb, group):
        return None  # "les résultats que le groupe avait annoncés": a description of results
    if subject is None:
        span = _pronoun_subject(doc, group)
        if span is None or not (_bare_pronoun(doc, span) or _speaks(doc, span)):
            return None  # "Une rencontre est prévue « dès jeudi »"
        return phrase_mention(doc, span, cue, mode, verb.i, tracker)
    pronoun = _as_pronoun(subject)
    if pronoun:
        return _pronoun_mention(pronoun, cue, mode, verb.i, tracker)
    start = np_start(doc, subject)
    after = subject.i + 1
    while after < len(doc) and doc[after].dep_ == "flat:name":
        after += 1
    relative = after < len(doc) and (
        doc[after].lower_ == "qui"
        or (doc[after].text == "," and after + 1 < len(doc) and doc[after + 1].lower_ == "qui")
    )
    name_start = subject.i
    while name_start > 0 and doc[name_start - 1].pos_ == "PROPN":
        name_start -= 1
    if subject.dep_ == "nmod" and relative:
        # "les déclarations d'Agnès X qui avait qualifié": she, not they; "C'est le cas de
        # Fort-Mahon-Plage, qui considère que …": the town, not the case
        start = subject.i
    elif (
        relative
        and subject.pos_ == "PROPN"
        and name_start > 0
        and doc[name_start - 1].lower_ in lexicon().de_forms
    ):
        # "au lendemain du départ d'Emmanuel Macron qui a déclaré": the name the complement
        # ends on, however the parser hung it
        start = name_start
    span = noun_phrase(doc, _leading_name(doc, start), in_quote)
    if span is None and subject.text[:1].isupper() and subject.pos_ in ("VERB", "ADJ"):
        span = (subject.i, after)  # "Tondelier reproche …": a surname in -ier read as a verb
    if span is None and _partitive(subject) and subject.i + 2 < len(doc):
        # "Deux de ses camarades", "certains d'entre eux": the group they are part of
        inner = noun_phrase(doc, subject.i + 2, in_quote)
        span = (subject.i, inner[1]) if inner is not None else None
    if span is not None and span[0] < group < span[1]:
        span = (span[0], group)  # the mis-tagged verb is not part of its subject
    if (
        span is not None
        and span[1] == group - 1
        and doc[span[1]].pos_ == "CCONJ"
        and span[1] - 1 > subject.i
        and doc[span[1] - 1].lower_ in lexicon().reporting_forms
    ):
        span = (span[0], span[1] - 1)  # "la préfecture réagit et indique": "réagit" read as a noun
    if span is not None and _nominalised_participle(doc, span) and span[1] + 2 <= group:
        span = (span[0], span[1] + 2)  # "le mis en cause": the whole phrase names him
    if (span is None or not _speaks(doc, span)) and subject.pos_ == "PROPN":
        # "L'homme orchestre de la cérémonie, le metteur en scène Thomas X a affirmé": past
        # stacked appositions the parse cannot close, the name the subject ends is the subject
        named = _name_ending_at(doc, subject.i)
        if named is None or not _speaks(doc, named):
            return None
        return _apposed_name(doc, named, cue, mode, verb.i, tracker)
    elif (
        span is not None
        and span[1] < group
        and not any(t.pos_ == "PROPN" for t in doc[span[0] : span[1]])
    ):
        # the same when the parse made the first noun the subject: the name right before the
        # verb, after a comma, closes the appositions of "L'homme orchestre de la cérémonie"
        named = _name_ending_at(doc, group - 1)
        if named is not None and any(t.text == "," for t in doc[span[1] : named[0]]):
            return _apposed_name(doc, named, cue, mode, verb.i, tracker)
    if span is None or not _speaks(doc, span):
        return None
    return phrase_mention(doc, span, cue, mode, verb.i, tracker)


def _apposed_name(
    doc: Doc, named: tuple[int, int], cue: str, mode: str, position: int, tracker: Tracker
) -> Mention:
    """The mention of a name that closes a subject's appositions, with the gender the article
    of the role right before it shows ("…, le metteur en scène Thomas X")."""
    mention = phrase_mention(doc, named, cue, mode, position, tracker)
    comma = max((t.i for t in doc[: named[0]] if t.text == ","), default=-1)
    if mention.gender == "?" and comma + 1 < named[0]:
        mention = replace(mention, gender=gender_of_determiner(doc[comma + 1 : named[0]]))
    return mention


def _name_ending_at(doc: Doc, last: int) -> tuple[int, int] | None:
    """The run of two or more capitalised proper nouns that ends at token `last`, if any."""
    first = last
    while first > 0 and doc[first - 1].pos_ == "PROPN" and capitalised_word(doc[first - 1]):
        first -= 1
    return (first, last + 1) if last > first and capitalised_word(doc[last]) else None


def _subject_after_opening_participle(doc: Doc, group: int, in_quote: list[Span]) -> Token | None:
    """ "Évoquant un « fléau », le patron des députés avait ouvert le bal", "À l'Assemblée,
    évoquant …, le patron …": a participle that opens the sentence, past an adverbial at most,
    describes the subject after the comma that closes its complement (the parser, lost in such
    sentences, often gives it none)."""
    if group > 0 and _past_opening_adverbial(doc, group) != group:
        return None
    comma = next((t.i for t in doc[group + 1 :] if t.text == "," and not inside(t, in_quote)), None)
    if comma is None:
        return None
    subject = first_nominal(doc, comma + 1, len(doc))
    if subject is None or subject.i > comma + 3 or inside(subject, in_quote):
        return None
    return subject if _finite_after(doc, subject.i + 1) else None


def _clause_subject_for_clitic(
    doc: Doc, group: int, clitic: Token, in_quote: list[Span]
) -> tuple[int, int] | None:
    """The phrase an incise's inverted pronoun stands for when the sentence opens on a clause
    of its own whose subject can speak and agrees with it ("Le maire reste « confiant » sur la
    tenue des épreuves, a-t-il dit", the first statement of its article): with no one before
    whom the pronoun could take up, it takes up that subject."""
    root = doc[0].sent.root if len(doc) else None
    if root is None or root.i >= group:
        return None  # (the root may be quoted: "restent « prudents »")
    subject = next(
        (c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and c.pos_ != "PRON"),
        None,
    )
    if subject is None or inside(subject, in_quote):
        return None
    pronoun = clitic.lower_.lstrip("-")
    plural = pronoun.endswith("s")
    feminine = pronoun.startswith("elle")
    # "Le comité …, la fédération … ainsi que les autorités ont pris …": joined, they are many,
    # and "ils" takes up men and women together
    start = np_start(doc, subject)
    joined = any(c.dep_ == "conj" for c in subject.children) or (
        start > 0 and doc[start - 1].lower_ in ("et", "que") and doc[0].pos_ in ("DET", "PROPN")
    )
    many = "Plur" in subject.morph.get("Number") or joined
    gender = subject.morph.get("Gender")
    if many != plural or (feminine and "Masc" in gender):
        return None
    if not feminine and "Fem" in gender and not joined:
        return None
    span = noun_phrase(doc, _leading_name(doc, start), in_quote)
    return span if span is not None and span[1] <= root.i and _speaks(doc, span) else None


def _demonstrative_subject(doc: Doc, verb_end: int) -> str:
    """ "celui qui …" / "celle qui …", or "ce dernier" / "cette dernière", as the inverted
    subject: the pronoun it stands for."""
    if (
        verb_end + 1 < len(doc)
        and doc[verb_end].lower_ in lexicon().demonstrative_determiners
        and doc[verb_end + 1].lower_ in lexicon().anaphors
    ):
        # "…, précisait cette dernière": the last one named, as a pronoun would (looked for
        # before the adverbials are skipped, which take "dernière" for "mardi dernière")
        return lexicon().anaphors[doc[verb_end + 1].lower_]
    if verb_end < len(doc) and doc[verb_end].lower_.endswith("-ci"):
        return lexicon().anaphors.get(doc[verb_end].lower_[:-3], "")  # "…, a précisé celle-ci"
    start = skip_adverbials(doc, verb_end)
    if start is None or start + 1 >= len(doc) or doc[start + 1].lower_ != "qui":
        return ""
    return {"celui": "il", "celle": "elle"}.get(doc[start].lower_, "")


def _decision(verb: Token, deps: tuple[str, ...]) -> bool:
    """A verb of deciding on a proposal: its passive subject ("la motion a été rejetée", with
    the subject dependencies) or its active object ("a rejeté la motion", "n'a pas soutenu le
    texte", with "obj") is among `decided_nouns`. A vote or a ruling, not words reported."""
    words = lexicon()
    if verb.lemma_.lower() not in words.decision_verbs:
        return False
    return any(
        c.dep_ in deps and (c.lower_ in words.decided_nouns or c.lemma_ in words.decided_nouns)
        for c in verb.children
    )


def _counted_vote(doc: Doc, verb: Token, subject: Token | None) -> bool:
    """ "89 % des votants s'étaient prononcés contre", "103 000 personnes se sont prononcées
    pour": a counted subject that "se prononce" (`vote_verbs`) gives a ballot's result; a
    person who "s'est prononcé pour la réforme" said so."""
    if subject is None or verb.lemma_.lower() not in lexicon().vote_verbs:
        return False
    if not _reflexive(doc, verb):
        return False
    return any(t.like_num or t.text == "%" for t in subject.subtree)


def _suspected_act(doc: Doc, group: int) -> bool:
    """Whether the verb group is "d'avoir …" after a word of suspicion ("soupçonné d'avoir
    informé", "accusé d'avoir menti")."""
    i = group
    if i > 0 and doc[i - 1].lower_ in ("avoir", "être"):
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in ("de", "d'"):
        return False
    return doc[i - 2].lower_ in lexicon().suspicion_words


def _shows(doc: Doc, verb: Token, verb_end: int) -> bool:
    """ "témoignant une inquiétude croissante": a verb of saying that, with a noun for its
    direct object and no quotation in the sentence, means "to show" (`showing_verbs`)."""
    lemma = _said_lemma(verb)
    if lemma not in lexicon().showing_verbs:
        return False
    first = _next_word(doc, verb_end)
    return first is not None and first.pos_ == "DET"


def _past_verb_adverbials(doc: Doc, verb: Token, i: int) -> int:
    """The first token from `i` outside the verb's adverbials that follow it ("a annoncé en
    fin d'après-midi via le réseau social X que …": when and where it was said, as the parse
    attaches them), where the said content may start."""
    adverbials = [c for c in verb.children if c.i >= i and c.dep_ in ("obl", "obl:mod", "advmod")]
    while i < len(doc) and any(c == doc[i] or c.is_ancestor(doc[i]) for c in adverbials):
        if doc[i].lower_ in lexicon().completives or doc[i].lower_ == "par":
            break  # the parse may hang the clause, or the agent, on the adverbial
        i += 1
    return i


def _infinitive_clause_at(doc: Doc, i: int) -> bool:
    """Whether an infinitive opens at token `i`, past its clitics ("s'être inspiré",
    "avoir menti", "en avoir parlé")."""
    clitics = lexicon().reflexive_clitics | {"en", "y"}
    while i < len(doc) and doc[i].lower_.replace("’", "'") in clitics:
        i += 1
    return i < len(doc) and "Inf" in doc[i].morph.get("VerbForm")


def _says_nothing(doc: Doc, verb: Token, verb_end: int) -> bool:
    """A verb of saying used with no said content: no quotation in the sentence, no object,
    clause or infinitive, no "que" or colon after it ("lorsqu'ils ne parlaient pas")."""
    if verb_end > verb.i + 1:
        return False  # a phrase ("pointer du doigt") carries its own object
    if _reflexive(doc, verb):
        return False  # "s'est dit préoccupé", "s'est inquiété": the attitude is the statement
    group = doc[_verb_group_start(doc, verb) : verb.i]
    if any(t.lower_ in ("le", "l'", "l’") and t.pos_ == "PRON" for t in group):
        return False  # "nous le confirme": what was said is the sentence it points at
    first = _next_word(doc, _past_aside(doc, verb_end))
    if first is not None and (
        first.pos_ in ("DET", "NOUN", "PROPN") or first.lower_ in lexicon().de_forms
    ):
        # "a rejeté toute comparaison", "a parlé d'un arsenal": the parse may not call it an object
        return False
    if first is not None and _infinitive_clause_at(doc, first.i):
        return False  # "a démenti s'être inspiré de …", "a nié avoir menti": the clause said
    if _through_a_document(doc, verb_end):
        return False  # "la Région réagit via un communiqué": the statement is that document
    after = _past_verb_adverbials(doc, verb, _past_aside(doc, verb_end))
    following = [t.lower_ for t in doc[after : after + 4]]
    said = lexicon().completives | lexicon().interrogatives
    if any(t in said or t == ":" for t in following):
        # "… que", "rappelle à quel point …": a clause says it, past an aside too ("le préfet
        # annonce, devant 300 agriculteurs, qu'un chevreuil …", however the verb was tagged)
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
    lemma = _said_lemma(verb)
    if lemma not in lexicon().addressee_verbs:
        # "a appelé à la grève", "a plaidé pour une peine": the complement is what was said;
        # "répondait à trois journalistes" names whom it was said to.
        content |= {"obl:arg", "iobj"}
    if any(child.dep_ in content for child in verb.children):
        return False
    if _asks_to_do(doc, verb_end):
        return False  # "demande depuis mercredi aux pharmaciens de limiter …": the request
    # "il confiait à la cour et aux jurés :": what was said is the quotation that follows
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return not (last is not None and last.text == ":" and not _finite_after(doc, verb_end))


def _asks_to_do(doc: Doc, start: int) -> bool:
    """An infinitive after "de" or "à" in the rest of the clause: what someone was asked or
    urged to do is what was said, wherever the parser hung it."""
    markers = lexicon().infinitive_markers
    for token in doc[start:-1]:
        if token.is_punct:
            return False
        if token.lower_ in markers and "Inf" in doc[token.i + 1].morph.get("VerbForm"):
            return True
    return False


def _through_a_document(doc: Doc, start: int) -> bool:
    """Whether a preposition right after the verb names the document that carries the words:
    "réagit via un communiqué", "a réagi dans une lettre", "s'exprime sur son compte"."""
    words = lexicon()
    tokens = doc[start : start + 4]
    if not len(tokens) or tokens[0].pos_ != "ADP":
        return False
    return any(t.lower_ in words.source_nouns for t in tokens[1:] if t.pos_ == "NOUN")


def _finite_after(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether a conjugated verb follows `start` in the sentence, before `end` if given
    (another clause)."""
    return any("Fin" in t.morph.get("VerbForm") for t in doc[start:end])


def _present_like_participle(doc: Doc, verb: Token, group: int, verb_end: int) -> bool:
    """ "Cécile, une habitante, décrit « … »": "dit", "écrit", "décrit", "craint" are also the
    present tense; with no auxiliary, after its subject and no "par" agent, the verb is the present.
    "La Région réagit" is the present whatever the tagger says."""
    lemma = _said_lemma(verb)
    if group != verb.i or not verb.lower_.endswith(("it", "int")):
        return False
    if lemma.endswith("ir") and verb.lower_.endswith("it"):
        return True  # "réagit", "avertit": an -ir verb's participle ends in -i, -u or -ert
    if not lemma.endswith(("ire", "ndre")):
        return False  # "dit", "écrit"; "craint", "se plaint": the same form in both tenses
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
    the sentence. (A relative clause complete before the verb, `_relative_closed_before`, is
    its subject's; the caller rules it out first.)"""
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
            if _cleft_opening(doc, i):
                return False  # "C'est un moratoire qu'elle demande": what she asks for, said
            return before is not None and before.pos_ in ("NOUN", "ADJ", "PROPN")
    return False


def _relative_closed_before(doc: Doc, group: int) -> Token | None:
    """The noun an object relative clause describes when that clause, complete with its own
    subject and verb, ends right before the verb group ("un habitant que nous avons rencontré
    constate …"): that noun is the verb's subject. The parser often reads the verb as the
    relative's complement and takes the relative's "nous" for its subject."""
    if group < 4 or doc[group - 1].pos_ != "VERB":
        return None
    for i in range(group - 2, max(0, group - 8), -1):
        token = doc[i]
        if token.is_punct:
            return None
        if token.lower_.replace("’", "'") in lexicon().completives:
            before = doc[i - 1]
            inner = doc[i + 1 : group - 1]
            subject = any(t.pos_ in ("PRON", "NOUN", "PROPN") for t in inner)
            return before if before.pos_ in ("NOUN", "PROPN") and subject else None
    return None


def _cleft_opening(doc: Doc, que: int) -> bool:
    """Whether the "que" at `que` closes a cleft opening the sentence ("C'est X que …")."""
    return (
        que >= 3
        and doc[0].lower_ in ("c'", "c’", "ce")
        and doc[1].lemma_ == "être"
        and not any(t.is_punct or t.lower_ in lexicon().completives for t in doc[2:que])
    )


def _act_by_agent(doc: Doc, verb: Token, verb_end: int) -> bool:
    """A verb that reports only as an incise, as a participle with its agent after a noun that
    names no words: "un préavis de grève lancé par le SNCTA", "une réquisition lancée jeudi par
    le gouvernement" are acts ("le mot d'ordre lancé par X", "les appels lancés par Y" are
    words, `statement_nouns`)."""
    words = lexicon()
    lemma = _said_lemma(verb)
    following = _past_adverbials(doc, verb_end)
    return (
        lemma in words.incise_only_verbs
        and lemma not in words.reason_verbs
        and "Part" in verb.morph.get("VerbForm")
        and following < len(doc)
        and doc[following].lower_ == "par"
        and not (verb.i > 0 and doc[verb.i - 1].lower_ in words.statement_nouns)
    )


#: How far after its verb an idea may stand, past an adverbial ("a écarté en revanche l'idée").
IDEA_REACH = 5


def _continues_something(doc: Doc, verb: Token, verb_end: int) -> bool:
    """A verb that reports only as an incise, used before its object instead of a colon, a
    quotation or "que" ("poursuivre ses livraisons", "conclure un accord"), or an idea
    (`idea_nouns`: "écarter l'idée de …" gives a view, "écarter le joueur" does not)."""
    words = lexicon()
    lemma = _said_lemma(verb)
    # "mettre en avant ses produits": a phrase of saying is looked up whole
    phrase = " ".join([lemma, *(t.lower_ for t in doc[verb.i + 1 : verb_end])])
    if lemma not in words.incise_only_verbs and phrase not in words.incise_only_verbs:
        return False
    if any(
        (
            t.lower_ in words.completives
            and doc[t.i - 1].lower_ not in words.conjunction_heads
            # "ont interpellé le président, qui a répondu que …": another verb's clause
            and not _finite_after(doc, verb_end, t.i)
        )
        or (t.text in OPENING_MARKS and not _finite_after(doc, verb_end, t.i))
        for t in doc[verb_end:]
    ):
        # "a relevé dans un communiqué que …", however the parser hung the clause; "justifie
        # cette volonté « par les antécédents … »": what follows is what was said (not a
        # quotation another verb governs: "partage le stade et dispute le « derby »")
        return False
    if lemma in words.reason_verbs and any(
        _marker_at(doc, i, marker)
        for i in range(verb_end, len(doc))
        for marker in words.reason_markers
    ):
        # "justifie la restructuration par le passage au numérique", "a justifié ce choix en
        # raison de l'absentéisme": the reason given
        return False
    if any(
        t.lower_ in words.idea_nouns and doc[t.i - 1].pos_ == "DET"
        for t in doc[verb_end + 1 : verb_end + IDEA_REACH]
    ):
        return False  # "a écarté en revanche l'idée de baisser les allocations": a view given
    following = _next_word(doc, verb_end)
    return following is not None and not (
        following.text == ":"
        or following.text in OPENING_MARKS
        or following.lower_ in words.completives
    )


def _past_aside(doc: Doc, i: int) -> int:
    """Past a short aside between commas at `i` (", la semaine dernière,", ", lors de son
    audition en garde à vue,"), else `i`."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    for j in range(i + 1, min(len(doc), i + ASIDE_WORDS + 1)):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in ('"', ":", ";"):
            return i
        if doc[j].text == ",":
            return j + 1
    return i


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token from `i` that is no adverb, within three ("a rejeté hier toute …")."""
    return next((t for t in doc[i : i + 3] if t.pos_ != "ADV"), None)


def _participle_form(token: Token) -> bool:
    """Whether a word is written like a past participle ("qualifié", "promise"), rather than
    a present tense the tagger misread as an adjective or a participle ("évoque", "estime")."""
    words = lexicon()
    lemma = _said_lemma(token)
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
                extra = phrase_mention(doc, span, mention.cue, "preposed", verb.i, tracker)
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
            if doc[token.i + 1].lower_ in lexicon().de_forms:
                return []  # "les préfectures des Vosges et de Haute-Saône": one complement
            span = noun_phrase(doc, token.i + 1, in_quote)
            if span is not None and _speaks(doc, span):
                return [phrase_mention(doc, span, mention.cue, "incise", verb.i, tracker)]
            return []
    return []


def _agent(doc: Doc, i: int, in_quote: list[Span]) -> tuple[int, int] | None:
    """The noun phrase after "par" that follows a passive participle, past any adverb and past
    the words it was called ("qualifiée de « passage en force » par ses opposants"), and past
    an adverbial phrase ("répétée à l'envi par X", "affirmée à plusieurs reprises par X"), or
    between commas ("sont accusées, par leurs détracteurs, d'être …")."""
    between_commas = i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "par"
    if between_commas:
        i += 1
    i = _past_adverbials(doc, i)
    # the words it was called, quoted, maybe several: 'jugées "décevantes" et
    # "disproportionnées" par la Grande-Bretagne'
    while i + 2 < len(doc):
        start = i + 1 if doc[i].lower_ in ("de", "d'") else i
        if doc[start].text != '"':
            break
        close = next((t.i for t in doc[start + 1 :] if t.text == '"'), None)
        if close is None:
            break
        i = close + 1
        if i + 1 < len(doc) and doc[i].lower_ in ("et", "ou", ",") and doc[i + 1].text == '"':
            i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "par":
        return None
    span = noun_phrase(doc, i + 1, in_quote)
    if span and _is_document(doc, span) and span[1] - span[0] <= 2:
        return None  # "seront prévenus par mail": a channel, not who speaks
    if between_commas and (span is None or span[1] >= len(doc) or doc[span[1]].text != ","):
        return None  # "élu, par ailleurs, …": the commas must close on the agent
    return span if span and _speaks(doc, span) else None


def _past_adverbials(doc: Doc, i: int) -> int:
    """The first token from `i` past any adverbs and adverbial phrases ("lancée jeudi par",
    "répétée à l'envi par")."""
    while True:
        i = past_adverbs(doc, i)
        phrase = adverbial_phrase_at(doc, i)
        if not phrase:
            return i
        i += phrase


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
    if _nominalised_participle(doc, span):
        return True  # "le mis en cause a déclaré"
    head = next((t for t in tokens if nominal(t) or t.pos_ == "PRON"), None)
    if head is None:
        return False
    if head.pos_ == "PROPN" or head.pos_ == "PRON" or (head.text[:1].isupper() and head.i > 0):
        return True
    if head.text[:1].isupper() and any(c.isupper() for c in head.text[1:]):
        return True  # "Sud-Rail critique …", "CGT": a capital inside the word, even at the start
    if is_speaking_noun(head) or _listed_speaker(_past_epithet(doc, head, span[1])):
        return True
    # "une partie des syndicats", "une dizaine d'élus": a part of those who speak ("un retour
    # des prédateurs" is no part of them); "le dernier bilan de la préfecture": the findings
    # of one who speaks
    owners = lexicon().part_nouns | lexicon().findings_nouns
    if head.lower_ not in owners and head.lemma_.lower() not in owners:
        return False
    complement = next(
        (t for t in doc[head.i + 1 : span[1]] if t.pos_ in ("NOUN", "PROPN") and t.i > head.i),
        None,
    )
    return (
        complement is not None
        and doc[complement.i - 1].lower_ in lexicon().de_forms | {"l'", "la", "le", "les"}
        and (complement.pos_ == "PROPN" or is_speaking_noun(complement))
    )


def _past_epithet(doc: Doc, head: Token, end: int) -> Token:
    """ "Le vénérable institut", "le célèbre syndicat": the tagger may read an adjective before
    the noun as the head, and the noun as an adjective or even a verb hung anywhere; the word
    right after the determiner's "head" is then the noun that says who speaks."""
    after = head.i + 1
    if (
        after < end
        and head.i > 0
        and doc[head.i - 1].pos_ == "DET"
        and doc[after].text.islower()
        and "Fin" not in doc[after].morph.get("VerbForm")
    ):
        return doc[after]
    return head


def _listed_speaker(token: Token) -> bool:
    """A noun the lexicon lists as one that speaks (a role, a body, a group), not one that only
    looks like it by its suffix ("persistantes", "inquiétant")."""
    words = lexicon()
    lists = (words.person_roles, words.speaking_nouns, words.organisation_nouns)
    return any(token.lower_ in listed or token.lemma_.lower() in listed for listed in lists)


def _nominalised_participle(doc: Doc, span: tuple[int, int]) -> bool:
    """ "le mis en cause", "le mis en examen": a participle phrase that names a person."""
    words = [t.lower_ for t in doc[span[0] : min(len(doc), span[1] + 2)]]
    text = " ".join(words)
    return any(phrase in text for phrase in lexicon().person_participles)


def _leading_name(doc: Doc, start: int) -> int:
    """Step back to a name the phrase is in apposition to: "Anna Weber, la porte-parole, a dit".

    The phrase may be the organisation a role between them names ("Marie Durand, présidente du
    premier syndicat, la FSU, a annoncé"): the person with that role is the subject, not it.
    """
    if start < 2 or doc[start - 1].text != ",":
        return start
    j = _chunk_start(doc, start - 2)
    name = first_nominal(doc, j + 1, start - 1)
    if (
        name is not None
        and not _is_name(name)
        and doc[start].ent_type_ != "PER"
        and is_person_role(doc[name.i : start - 1])
        and j >= 1
        and doc[j].text == ","
    ):
        k = _chunk_start(doc, j - 1)
        earlier = first_nominal(doc, k + 1, j)
        if earlier is not None and earlier.ent_type_ == "PER" and not finite_between(doc, k, j):
            return np_start(doc, earlier)
    if (
        name is not None
        and not _is_name(name)
        and (j < 0 or doc[j].text in ('"', ":") or _opening_adverbial_end(doc, j))
        and (is_person_role(doc[j + 1 : start - 1]) or is_proxy_role(doc[j + 1 : start - 1]))
        and any(t.ent_type_ == "PER" for t in doc[start : start + 4])
        and not finite_between(doc, j, start - 1)
        and (whole := noun_phrase(doc, j + 1, [])) is not None
        and whole[1] > start
    ):
        # "Le porte-parole du gouvernement, Olivier X, a déclaré": the role that opens the
        # clause is his (when the phrase reads through to his name)
        return j + 1
    if j >= 1 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN":
        return start  # "une intersyndicale CFDT, CGT, Unsa, les salariés": the end of a list
    if name is None or not _is_name(name) or finite_between(doc, j, start - 1):
        return start
    if _in_prepositional_stretch(doc, name, start - 1):
        return start
    if not all(t.pos_ == "PROPN" or t.ent_type_ for t in doc[name.i : start - 1]):
        return start  # "Écharpe tricolore à l'épaule, des élus ont dénoncé": no name, a manner
    return np_start(doc, name)


def _opening_adverbial_end(doc: Doc, comma: int) -> bool:
    """Whether the comma ends the adverbial that opens the sentence ("Ce vendredi 29 septembre
    au matin, le premier adjoint …"): the clause starts after it."""
    return doc[comma].text == "," and (skip_adverbials(doc, 0) or 0) > comma


def _chunk_start(doc: Doc, j: int, conjunctions: bool = True) -> int:
    """The comma, quote, colon or (with `conjunctions`) conjunction before the chunk ending at
    token j (or -1)."""
    while (
        j >= 0
        and doc[j].text not in (",", '"', ";", ":")
        and not (conjunctions and doc[j].pos_ in ("SCONJ", "CCONJ"))
    ):
        j -= 1
    return j


def _is_name(token: Token) -> bool:
    return token.ent_type_ == "PER" or (token.pos_ == "PROPN" and token.i > 0)


def _past_manner(doc: Doc, start: int) -> int:
    """Past how the speaker said it, between the verb and an inverted subject: "a déclaré très
    émue la jeune réalisatrice", "a dit, ému, le maire"."""
    k = start + 1 if doc[start].text == "," else start
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k + 1 >= len(doc):
        return start
    agreeing = doc[k].pos_ == "ADJ" or (
        doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm")
    )
    if not agreeing or not doc[k].text[:1].islower():
        return start
    after = k + 2 if doc[k + 1].text == "," else k + 1
    # "observe, ironique, Sabine Le Toquin": a name after the comma, as well as "le maire"
    if after < len(doc) and (
        doc[after].pos_ == "DET" or (doc[k + 1].text == "," and _is_name(doc[after]))
    ):
        return after
    return start


def _relative_of_a_noun(doc: Doc, que: int, verb: Token) -> bool:
    """Whether the "que" at `que` opens a relative clause on a common noun, whose subject put
    after the verb only describes it: "une annonce que redoutait toute la filière" (the sector
    feared it, someone else made it); not "la déclaration que fait le ministre" (a noun of
    words and a verb of making them: his), nor "…, ce que confirme le maire"."""
    if doc[que].lower_ not in ("que", "qu'", "qu’") or que == 0:
        return False
    noun = doc[que - 1]
    words = lexicon()
    if _said_lemma(verb) not in words.incise_only_verbs and not any(
        "Fin" in t.morph.get("VerbForm") for t in doc if t.i != verb.i
    ):
        # "Une menace que déplore le PDG X, interrogé sur RTL.": a sentence with no verb but
        # the relative's reports what X said of it ("une annonce que redoutait toute la
        # filière", a fear, still only describes)
        return False
    # "une nouvelle que …": the tagger may read the noun after its determiner as an adjective
    after_determiner = noun.pos_ == "ADJ" and que >= 2 and doc[que - 2].pos_ == "DET"
    return (noun.pos_ == "NOUN" or after_determiner) and (
        noun.lower_ not in words.statement_nouns or verb.lemma_.lower() not in words.statement_verbs
    )


def _inverted_subject(
    doc: Doc, group: int, verb_end: int, subject: Token | None, in_quote: list[Span]
) -> tuple[int, int] | None:
    """The subject of an incise (", assure l'Elysée"; "», estiment les conseillers"), if any.

    An incise follows a comma or a closing quote and has its subject after the verb; the noun
    phrase after the verb is no subject when an infinitive or "que" follows it ("a enjoint
    Moscou à enquêter"), or when the clause before has a subject of its own. After a quotation,
    "que" and a clause with its own subject is the phrase's relative ("», témoigne un habitant
    que Le360 a interrogé").
    """
    openers = lexicon().incise_openers
    opener = group > 0 and (
        doc[group - 1].lower_ in openers
        or (
            group > 1 and doc[group - 1].lower_ in ("l'", "le") and doc[group - 2].lower_ in openers
        )
    )
    comma = group > 0 and doc[group - 1].text == ","
    # only where no comma frames the incise: it parses a phrase for every verb of saying
    without_comma = (
        group > 0 and not comma and _incise_without_comma(doc, group, verb_end, in_quote)
    )
    if group == 0 or (
        doc[group - 1].text not in (",", '"', ":") and not opener and not without_comma
    ):
        return None
    after_quote = (group >= 2 and closes_quotation(doc, group - 2, in_quote)) or closes_quotation(
        doc, group - 1, in_quote
    )
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
        # "Sofiane, chauffeur Uber interviewé par Europe 1, regrette …": the first name its
        # apposition presents is the subject before the comma
        and not (subject is not None and presented_name(doc, subject))
    )
    # "Ce sont des traces de nitrate qui ont été retrouvées, a précisé la source": a cleft
    # sentence's noun is no subject of the verb after its comma.
    # "À La Teste, ce sont 700 hectares qui sont touchés, a indiqué le maire": the same after
    # an opening phrase.
    cleft = doc[group - 1].text == "," and any(
        doc[p].lower_ in lexicon().demonstratives
        and doc[p + 1].lemma_ == "être"
        and (p == 0 or doc[p - 1].text == ",")
        for p in range(min(group - 2, len(doc) - 2))
    )
    # "Un terrain difficile d'accès … qui n'est pas contrôlé, a précisé un responsable": the
    # parser's subject before the comma is a thing, which says nothing
    mute = (
        subject is not None
        and (comma or without_comma)
        and subject.pos_ == "NOUN"
        # a conjugated verb: "confiée à la police judiciaire de Nice" describes
        and (group < verb.i or "Fin" in verb.morph.get("VerbForm"))
        and not _speaks(doc, (np_start(doc, subject), subject.i + 1))
    )
    if (
        subject is not None
        and subject.i < group
        and not after_quote
        and not opener
        and not parsed_inverted
        and not subjectless
        and not cleft
        and not mute
        and not finite_between(doc, subject.i, group)
        and not _closing_incise(doc, group, verb_end, in_quote)
        and not inside(subject, in_quote)  # "« La colère monte, observe le responsable, …"
    ):
        return None
    start = skip_adverbials(doc, verb_end)
    if start is not None:
        start = _past_manner(doc, start)
    if start is not None and start > verb_end and doc[start - 1].lower_ in lexicon().completives:
        # "le syndicat, estime même que les annonces du ministre ont …": what follows "que"
        # is the clause reported, its subject no incise's
        return None
    span = noun_phrase(doc, start, in_quote) if start is not None else None
    if span is None and start is not None and (after_quote or _one_of(doc, start)):
        span = _pronoun_phrase(doc, start)
    if span is None:
        span = swallowed_name(doc, verb_end, len(doc) if start is None else start)
    if span is None or (
        doc[span[0]].ent_iob_ == "I"
        and span[0] - 1 >= verb_end
        and (not after_quote or _quoted_name_before(doc, group))
        and subject is not None
        and subject.i < group
    ):
        # "Le maire … témoignent sur France Bleu Gironde": a name cut after its first word by
        # the preposition skipped before it is where a clause with its own subject speaks
        return None
    follower = doc[span[1]] if span[1] < len(doc) else None
    words = lexicon()
    relative = (
        after_quote
        and follower is not None
        and follower.lower_ in words.completives
        and _finite_after(doc, span[1] + 1)
    )
    if follower is not None and (
        (follower.lower_ in words.completives and not relative)
        or (
            follower.lower_ in words.infinitive_markers
            and span[1] + 1 < len(doc)
            and "Inf" in doc[span[1] + 1].morph.get("VerbForm")
        )
        # "a appelé les aiguilleurs du ciel à des arrêts de travail": whom it calls on
        or (follower.lower_ in ("à", "a", "au", "aux") and _said_lemma(verb) in words.calling_verbs)
    ):
        return None
    return span


def closes_quotation(doc: Doc, k: int, in_quote: list[Span]) -> bool:
    """Whether token k is the closing mark of a quotation (words someone said), not of a name
    set in marks ("un groupe, appelé « Blackout », a revendiqué l'attaque": what follows the
    name is no incise)."""
    return (
        doc[k].text == '"'
        and k > 0
        and (inside(doc[k - 1], in_quote) or (k > 1 and inside(doc[k - 2], in_quote)))
    )


def _quoted_name_before(doc: Doc, group: int) -> bool:
    """Whether the quotation that closes right before the verb is a short name set after a
    common noun ('le patron du camping "Les flots bleus" témoignent'): part of the subject,
    not a statement whose speaker follows the verb."""
    close = group - 1 if doc[group - 1].text == '"' else group - 2
    opening = next((t.i for t in reversed(doc[:close]) if t.text == '"'), None)
    return (
        opening is not None
        and opening > 0
        and close - opening <= 5
        and doc[opening - 1].pos_ == "NOUN"
        and doc[opening - 1].text.islower()
    )


def _incise_without_comma(doc: Doc, group: int, verb_end: int, in_quote: list[Span]) -> bool:
    """ "… une nouvelle organisation du travail a déclaré Claude X, président …": a compound
    verb of saying right before a person's name, after a clause that has its own conjugated
    verb or with the name parsed as its subject, is an incise whose comma the writer left out
    ("Le ministre a déclaré Paul X persona non grata" is neither); so is a simple one before a
    definite phrase that can speak and ends the sentence ("C'est 90 000 de moins que la veille
    précise le fournisseur d'électricité.")."""
    if verb_end >= len(doc):
        return False
    if group == verb_end - 1:
        return _closing_without_comma(doc, group, verb_end, in_quote)
    if doc[group].lemma_ != "avoir":
        return False
    name = doc[verb_end]
    if name.ent_type_ != "PER" or not name.text[:1].isupper():
        return _parsed_speaking_subject(doc, verb_end, in_quote)
    if name.dep_ == "nsubj" and name.head.i == verb_end - 1:
        return True  # the parser read the name as the verb's subject after it
    return any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        for t in doc[:group]
    )


#: The definite articles a phrase that ends an incise opens on ("précise le fournisseur").
_DEFINITE_ARTICLES = ("le", "la", "l'", "l’", "les")


def _parsed_speaking_subject(doc: Doc, verb_end: int, in_quote: list[Span]) -> bool:
    """ "« Deux corps » ont été découverts ont indiqué les pompiers": a definite phrase that can
    speak, right after a compound verb of saying that follows a clause of its own, and parsed
    as that verb's subject, is an incise whose comma the writer left out."""
    if verb_end < 4 or doc[verb_end].lower_ not in _DEFINITE_ARTICLES:
        return False
    # the compound verb right after a participle or a closing quotation: a clause of its own
    if doc[verb_end - 2].pos_ != "AUX" or not (
        doc[verb_end - 3].pos_ == "VERB" or doc[verb_end - 3].text in ('"', "»")
    ):
        return False
    span = noun_phrase(doc, verb_end, in_quote)
    if span is None:
        return False
    verb = doc[verb_end - 1]
    return (
        any(
            t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == verb.i for t in doc[span[0] : span[1]]
        )
        and not _is_document(doc, span)
        and _speaks(doc, span)
    )


def _closing_without_comma(doc: Doc, group: int, verb_end: int, in_quote: list[Span]) -> bool:
    """A simple verb of saying, then a definite phrase that can speak (no document) and ends the
    sentence, after a conjugated verb and with no subject before it that can speak."""
    span = noun_phrase(doc, verb_end, in_quote)
    if (
        span is None
        or "Fin" not in doc[group].morph.get("VerbForm")  # "prêts à poursuivre leur mouvement"
        or _said_lemma(doc[group]) in lexicon().incise_only_verbs
        or doc[verb_end].lower_ not in _DEFINITE_ARTICLES
        or any(not t.is_punct for t in doc[span[1] :])
        or _is_document(doc, span)
        or not _speaks(doc, span)
    ):
        return False
    verb = doc[group]
    before = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < group]
    if any(_speaks(doc, (np_start(doc, c), c.i + 1)) or c.pos_ == "PRON" for c in before):
        return False  # "… que le maire précise le calendrier"
    return any("Fin" in t.morph.get("VerbForm") for t in doc[:group] if t.pos_ in ("VERB", "AUX"))


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
    # or where it was said, with no clause of its own: "…, a rappelé l'ASN dans une note
    # publiée sur son site", "…, a déclaré le ministre lors d'une conférence de presse"
    channel = (
        bool(rest)
        and rest[0].lower_ in CHANNEL_PREPOSITIONS
        and not any("Fin" in t.morph.get("VerbForm") for t in rest)
        and not any(t.lower_ in lexicon().completives for t in rest)
    )
    tokens = doc[span[0] : span[1]]
    person = is_person_role(tokens) or any(person_entity(e) for e in tokens.ents)
    if channel and not person and any(t.lower_ in lexicon().source_nouns for t in rest):
        # "…, a rappelé l'ASN dans une note …": a document says it is words, whatever the
        # tagger made of the clause before (a verb read as an adjective); not a person after
        # the verb with no clause before ("Ce lundi, Hermeline X, …, a interpellé le chef de
        # l'État Emmanuel Macron dans un courrier": whom she wrote to)
        return True
    # or how, in a gerund after a comma: "…, annonce le procureur, en évoquant « … »"
    gerund = (
        len(rest) >= 3
        and rest[0].text == ","
        and rest[1].lower_ == "en"
        and rest[2].lower_.endswith("ant")
    )
    return clause_before and bool(rest) and (all(t.is_punct for t in rest) or channel or gerund)


#: The prepositions of where or through what words were said, after an incise's subject.
CHANNEL_PREPOSITIONS = frozenset({"dans", "sur", "lors", "devant", "auprès", "à", "au", "en"})


def _partitive(subject: Token) -> bool:
    """ "Deux de ses camarades ont rapporté": a numeral or quantifier the tagger reads as a
    pronoun, then "de" and the group it is part of (the speaker named after it)."""
    doc = subject.doc
    return (
        subject.pos_ == "PRON"
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].lower_ in lexicon().de_forms
    )


def _as_pronoun(subject: Token) -> str:
    """The pronoun a subject is or stands for ("ce dernier" is "il"), else ""."""
    if subject.pos_ == "PRON":
        if _partitive(subject):
            return ""
        # "Celui qui a été nommé préfet …, assure …": the person the article is about
        following = subject.doc[subject.i + 1].lower_ if subject.i + 1 < len(subject.doc) else ""
        if following == "qui" and subject.lower_ in lexicon().anaphors:
            return lexicon().anaphors[subject.lower_]
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
        if token.dep_ not in ("appos", "flat:name", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _one_of(doc: Doc, start: int) -> bool:
    """ "l'une de ces sources", "l'un des syndicats", "une des sources proches du dossier": one
    of a group, a speaker even where the verb does not follow a quotation."""
    if start < len(doc) and doc[start].lower_ in ("l'", "l’"):
        start += 1
    return (
        start + 1 < len(doc)
        and doc[start].lower_ in ("un", "une")
        and doc[start + 1].lower_ in lexicon().de_forms
    )


def _pronoun_phrase(doc: Doc, start: int) -> tuple[int, int] | None:
    """ "l'un des sauveteurs", "l'une d'entre eux", "une autre": an unnamed speaker, up to the
    punctuation that closes the incise."""
    first = next((t for t in doc[start : start + 2] if t.lower_ not in ("l'", "l’")), None)
    if first is None or first.lower_ not in lexicon().indefinite_pronouns:
        return None
    end = start
    # up to the incise's end, or a participle or relative clause that describes the speaker
    # ("une des sources proches du dossier confirmant une information de …")
    while (
        end < len(doc)
        and not doc[end].is_punct
        and not (end > first.i + 1 and _clause_after_speaker(doc[end]))
    ):
        end += 1
    return (start, end) if end > first.i else None


def _clause_after_speaker(token: Token) -> bool:
    """A present participle ("confirmant") or a relative pronoun ("qui"): where a clause about
    the speaker begins after the phrase that names them."""
    participle = "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
    return participle or token.lower_ in ("qui", "dont")


def _pronoun_subject(doc: Doc, group: int) -> tuple[int, int] | None:
    """ "Un autre ajoute", "L'une d'elles raconte": an indefinite pronoun that opens the clause
    before the verb. The small parser reads "un autre" as a determiner and an adjective and
    finds no subject; the words still name someone who speaks, unnamed."""
    start = group
    while (
        start > 0 and not doc[start - 1].is_punct and doc[start - 1].pos_ not in ("CCONJ", "SCONJ")
    ):
        start -= 1
    span = _pronoun_phrase(doc, start)
    return (start, group) if span is not None and start < group <= span[1] else None


def _bare_pronoun(doc: Doc, span: tuple[int, int]) -> bool:
    """An indefinite pronoun with no noun of its own before any "de": "un autre", "l'une
    d'elles", "l'un des sauveteurs"; not "une porte-parole", whose noun says who it is."""
    if _pronoun_phrase(doc, span[0]) is None:
        return False
    for token in doc[span[0] : span[1]]:
        if token.pos_ == "ADP" or token.lower_ in lexicon().de_forms:
            return True
        if token.pos_ in ("NOUN", "PROPN"):
            return False
    return True


#: Pronouns that stand between a subject and its verb as its indirect object ("nous a dit"),
#: which the parser may take for the subject.
OBJECT_CLITICS = frozenset({"nous", "vous", "me", "m'", "te", "t'", "lui", "leur"})


def _subject(doc: Doc, verb: Token, group: int) -> Token | None:
    """The verb's subject before it: the parser's nearest nsubj, else the noun just before.

    Looks through "persistait à dire", "en annonçant" and coordination to the governing verb.
    """
    current = verb
    if _participle_on_a_noun(doc, verb, group):
        # "ont voté un « acte 2 » de la grève, promettant …": the parser hung the participle on
        # the object noun; it describes the clause's subject
        current = verb.sent.root
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if current.i == verb.i and not subjects:
            # "Elle a d'ailleurs confié …": an adverbial inside the verb group, and the parser
            # hung the subject on the auxiliary
            subjects = [
                c
                for t in doc[group : verb.i]
                for c in t.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < group
            ]
        before = [c for c in subjects if c.i < group]
        if len(before) > 1 and max(before, key=lambda c: c.i).lower_ in OBJECT_CLITICS:
            # "le sous-préfet nous a expliqué": "nous" is whom he told, not who spoke
            before = [c for c in before if c.lower_ not in OBJECT_CLITICS]
        if _impersonal_frame(current, verb):
            return None  # "il était impossible d'indiquer": "il" is nobody
        if before:
            subject = max(before, key=lambda c: c.i)
            if subject.i > 0 and doc[subject.i - 1].lower_ in lexicon().de_forms:
                # "Le ministre de l'Intérieur et des Outre-mer a pointé …": the "subject" is a
                # complement of the role the parser split in two; the role's head opens the
                # stretch of words it ends
                j = subject.i - 1
                while j > 0 and not doc[j - 1].is_punct and doc[j - 1].pos_ not in ("VERB", "AUX"):
                    j -= 1
                subject = next((t for t in doc[j : subject.i] if nominal(t)), subject)
            if (
                subject.lower_ in OBJECT_CLITICS
                and subject.i > 0
                and doc[subject.i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
            ):
                # "Ce dernier leur a reproché": "leur", read as the subject noun, is whom he
                # reproached; the word before it is the subject
                subject = doc[subject.i - 1]
            if in_adverbial_phrase(doc, subject):
                # "s'est d'autre part dit": "part" is no subject; "De son côté, Carole X, …, a
                # soutenu cette demande, annonçant …": the subject follows the phrase's comma
                after = subject.i + 1
                if after < group and doc[after].text == ",":
                    return first_nominal(doc, after + 1, group)
                break
            if (
                subject.lower_ in lexicon().adverbials
                and subject.i + 1 < group
                and doc[subject.i + 1].text == ","
            ):
                # "Lundi, le Snes-FSU, … a dénoncé": the parser took the opening day for the
                # subject; the subject is the noun after its comma
                return first_nominal(doc, subject.i + 2, group)
            time_comma = (
                next((t.i for t in doc[subject.i + 1 : group] if t.text == ","), None)
                if _is_time_noun(subject) and subject.i <= 1
                else None
            )
            if time_comma is not None and not _finite_after(doc, subject.i + 1, time_comma):
                # "Une semaine après son plongeon dans la Seine, Amélie X a rassuré …": an
                # opening phrase of time, taken for the subject
                return first_nominal(doc, time_comma + 1, group)
            if (
                subject.i > 0
                and doc[subject.i - 1].pos_ == "ADP"
                and doc[subject.i - 1].lower_ not in lexicon().de_forms
            ):
                break  # "soignant l'opposant à Berlin ont annoncé": a noun inside a phrase
            if (
                subject.i > 1
                and doc[subject.i - 1].pos_ == "DET"
                and doc[subject.i - 2].lower_ in ("de", "d'", "d’")
            ):
                break  # "« … » de la Direction générale, a précisé X": a complement
            opener = _past_opener(doc, subject.i + 1, group)
            if (
                opener > subject.i + 1
                and doc[opener - 1].lower_ not in ("où", "que", "qu'", "qu’")
                and not any(t.text == "," for t in doc[opener:group])
            ):
                # "Les ARM décrochent le téléphone lorsque les usagers appellent le 15": a
                # subordinate clause opens between the noun and the verb and is still open at
                # the verb, whatever the parser hung on what; the verb's subject is in it
                return first_nominal(doc, opener, group)
            if subject.lower_ == "qui":
                antecedent = _relative_antecedent(doc, subject, current)
                return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None
            return subject
        if subjects and verb.i == 0 and verb.i < subjects[0].i:
            return subjects[0]  # "Dénonçant …, l'ONG Golos a reçu …"
        if (
            current.i == verb.i
            and not subjects
            and current.dep_ in ("dep", "aux", "aux:tense")
            and current.head.i == current.i + 1
        ):
            # "Le maire fait état de 12 morts": the parser read "fait" as the auxiliary of the
            # phrase's noun and hung the subject on "état"
            current = current.head
            continue
        if (
            current.i == verb.i
            and not subjects
            and group > 0
            and doc[group - 1].pos_ == "PRON"
            and doc[group - 1].dep_ == "nsubj"  # of whatever the parser hung it on
            and doc[group - 1].lower_ in lexicon().subject_pronouns
        ):
            # "Elle évoque un « droit … »": a subject pronoun right before the verb is its
            # subject, though the parser hung the verb on it as an adjective
            return doc[group - 1]
        if current.i == verb.i and not subjects:
            own = _coordinated_clause_subject(doc, group)
            if own is not None:
                return own
        if (
            current.i == verb.i
            and current.dep_ == "acl"
            and current.head.i < group
            and current.head.pos_ in ("NOUN", "PROPN")
            and noun_after_its_noun(current)
        ):
            # "La Première ministre, Élisabeth X, annonce …": a verb of saying read as a noun
            # hung on its subject
            return current.head
        if (
            current.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp")
            and current.head.i != current.i
        ):
            clause = _past_opener(doc, current.head.i + 1, group)
            adverbial = current.dep_ in ("conj", "ccomp") and _adverbial_opener(doc, clause - 1)
            if (current.dep_ in ("advcl", "acl") or adverbial) and clause > current.head.i + 1:
                # "… à Marseille où la candidate X, …, a revendiqué": the subordinate clause
                # has its own subject, not the main clause's; so has "La mesure intervient
                # alors que X, …, a plaidé", which the parser may join to the main verb
                return first_nominal(doc, clause, group)
            if current.dep_ == "ccomp":
                break  # "X a dit qu'il a …": a completive clause has its own subject
            current = current.head
            continue
        if current.i != verb.i and not subjects:
            # "Carole X, …, a soutenu cette demande, annonçant …": with no subject of its own
            # before it ("…, l'hôpital assurant …" has one), the participle's subject is the
            # governing verb's, found before that verb as for the verb itself
            return _clause_subject(doc, group) or _clause_subject(
                doc, _verb_group_start(doc, current)
            )
        break
    return _clause_subject(doc, group)


def _impersonal_frame(head: Token, verb: Token) -> bool:
    """ "il est impossible d'indiquer", "il sera difficile de dire": the infinitive of saying
    hangs on an adjective whose subject is the impersonal "il", which speaks for nobody."""
    return (
        head.i != verb.i
        and head.pos_ == "ADJ"
        and any(c.lemma_ == "être" for c in head.children if c.dep_ == "cop")
        and any(c.lower_ == "il" and c.dep_ in ("nsubj", "expl:subj") for c in head.children)
        and any(c.lower_ in ("de", "d'", "d’") for c in verb.children)
    )


def _participle_on_a_noun(doc: Doc, verb: Token, group: int) -> bool:
    """A present participle after a comma ("…, promettant de …") that the parser attached to
    a noun of the clause rather than to its verb."""
    return (
        "Part" in verb.morph.get("VerbForm")
        and "Pres" in verb.morph.get("Tense")
        and group > 0
        and doc[group - 1].text == ","
        and verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and verb.sent.root.pos_ in ("VERB", "AUX")
        and verb.sent.root.i < verb.head.i
    )


def _relative_antecedent(doc: Doc, qui: Token, verb: Token) -> Token:
    """What "qui" stands for: the noun the clause hangs on, or the noun right before "qui" when
    only that one agrees with the verb in number ("les déclarations d'Agnès X qui avait
    qualifié": she qualified, not the statements) or only that one can speak."""
    head = verb.head
    holder = head.head
    if (
        head.dep_ == "nmod"
        and head.i == qui.i - 1
        and holder.pos_ == "NOUN"
        and is_person_role(doc[holder.i : holder.i + 1])
        and head.ent_type_ != "PER"
        and not is_person_role(doc[head.i : head.i + 1])
    ):
        return holder  # "la présidente du tribunal qui le reprend": she, not the court
    near = doc[qui.i - 1] if qui.i > 0 else head
    while near.i > head.i and near.dep_ == "flat:name":
        near = near.head
    if near.i == head.i or near.pos_ not in ("NOUN", "PROPN") or near.head.i != head.i:
        return head
    number = _clause_number(verb)
    if not number or number in head.morph.get("Number"):
        # "la mesure prise par la municipalité qui renvoie la faute": a measure does not speak
        speaks = near.pos_ == "PROPN" or is_speaking_noun(near)
        mute = head.pos_ != "PROPN" and not is_speaking_noun(head)
        agrees = not number or number in near.morph.get("Number")
        return near if mute and speaks and agrees else head
    return near if near.pos_ == "PROPN" or number in near.morph.get("Number") else head


def _clause_number(verb: Token) -> str:
    """ "Sing" or "Plur": the number of a finite verb or of its auxiliary, "" when unknown."""
    for token in (*[c for c in verb.children if c.dep_.startswith("aux")], verb):
        if "Fin" in token.morph.get("VerbForm") and token.morph.get("Number"):
            return token.morph.get("Number")[0]
    return ""


def _coordinated_clause_subject(doc: Doc, group: int) -> Token | None:
    """The noun opening a clause joined by "mais" / "et" right before the verb ("Le
    gouvernement se tenait prêt … mais le président Emmanuel Macron a déclaré"): the parser
    often hangs that noun on the first clause, but it is the subject of the verb after it."""
    i = group - 1
    while i >= 0 and not doc[i].is_punct and doc[i].pos_ not in ("CCONJ", "SCONJ"):
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
        i -= 1
    if i < 0 or doc[i].pos_ != "CCONJ":
        return None
    if i + 1 >= group:
        # "la préfecture réagit et indique …": two verbs of one subject, the first one read as
        # a noun and the second hung on another clause's verb
        before = doc[i - 1] if i > 0 else None
        if before is None or not (
            before.pos_ == "VERB" or before.lower_ in lexicon().reporting_forms
        ):
            return None
        return _clause_subject(doc, _verb_group_start(doc, before))
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
        comma = _chunk_start(doc, end - 1, conjunctions=False)
        if (
            comma > 0
            and doc[comma].text == ","
            and comma + 1 < end
            and doc[comma + 1].lower_ in lexicon().relative_pronouns
        ):
            # ", qui a dirigé les musées d'Orsay et de l'Orangerie,": a relative clause between
            # commas is skipped whole, whatever conjunction it holds
            end = comma
            continue
        i = _chunk_start(doc, end - 1)
        while (
            i > 0
            and doc[i].pos_ == "CCONJ"
            and i + 1 < end
            and is_role_word(doc[i + 1])  # no article: "et le secrétaire général" is another
        ):
            # "…, recteur de Notre-Dame et administrateur de Saint-Germain, a confirmé": a
            # second role of the same apposition, not a clause of its own
            i = _chunk_start(doc, i - 1)
        chunk = doc[i + 1 : end]
        stressed = len(chunk) == 1 and chunk[0].lower_ in lexicon().stressed_pronouns
        # ", invité lundi sur franceinfo, appelle": a participle's aside, like a relative clause
        aside = (
            len(chunk) > 0
            and i > 0
            and chunk[0].text.islower()
            and "Part" in chunk[0].morph.get("VerbForm")
            and "Past" in chunk[0].morph.get("Tense")
        )
        if not len(chunk) or stressed or aside or chunk[0].lower_ in lexicon().relative_pronouns:
            if i < 0 or doc[i].text != ",":
                return None
            end = i
            continue
        nominal = first_nominal(doc, _past_opener(doc, i + 1, end), end)
        if nominal is None and i > 0 and doc[i].text == ",":
            # ", figure très respectée aux Etats-Unis, s'est dit": an aside the tagger misread
            j = _chunk_start(doc, i - 1, conjunctions=False)
            earlier = first_nominal(doc, _past_opener(doc, j + 1, i), i)
            if earlier is not None and earlier.dep_ in ("nsubj", "nsubj:pass"):
                return earlier
        if nominal is not None and i > 0 and doc[i].text == ",":
            # "Peter Stano, le porte-parole …, a enjoint": the name opens the phrase.
            j = _past_opener(doc, _chunk_start(doc, i - 1) + 1, i) - 1
            earlier = first_nominal(doc, j + 1, i)
            # "Peter Stano, le porte-parole, a enjoint"; "l'officier X, présent sur place, donne"
            is_name = (
                earlier is not None
                and any(
                    t.pos_ == "PROPN"
                    or t.ent_type_ in ("PER", "ORG")
                    or acronym(t)  # "Le SNPL, premier syndicat, …"
                    for t in doc[earlier.i : i]
                )
                and not _participial_opening(doc, earlier)
                and not _in_prepositional_stretch(doc, earlier, i)
            )
            if is_name and not finite_between(doc, j, i):
                return _name_before_role(doc, earlier) or earlier
        return nominal
    return None


def _capitalised_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and not acronym(token)


def _name_before_role(doc: Doc, role: Token) -> Token | None:
    """The person's name that a role in apposition follows, when the role itself was found as
    the subject ("Guislaine X, la co secrétaire générale et porte-parole du SNUipp-FSU, autre
    syndicat enseignant, a déclaré": the name, not "porte-parole du SNUipp-FSU")."""
    words = lexicon()
    if role.pos_ == "PROPN" or role.ent_type_ == "PER":
        return None
    if (
        role.lower_ not in words.person_roles
        and role.lower_ not in words.proxy_roles
        and not is_human_noun(role)  # "Ibrahim, un habitant de Mayotte joint par l'AFP, a …"
    ):
        return None
    k = role.i - 1
    while k >= 0 and doc[k].text != "," and doc[k].text.islower():
        k -= 1  # back over the role's words ("la co secrétaire générale et")
    # the tagger may read an unknown name as an organisation ("Maëlys X"): a capitalised run
    if k < 1 or doc[k].text != "," or not _capitalised_name_word(doc[k - 1]):
        return None
    first = k - 1
    while first > 0 and _capitalised_name_word(doc[first - 1]):
        first -= 1
    if first > 0 and not doc[first - 1].is_punct:
        return None  # "… selon Guislaine X, …": a name inside a phrase is no subject
    if not any(t.pos_ == "PROPN" for t in doc[first:k]) or any(
        t.lower_ in words.adverbials for t in doc[first:k]
    ):
        return None  # "Samedi, le procureur …": a day, no name
    return doc[first]


def _in_prepositional_stretch(doc: Doc, name: Token, comma: int) -> bool:
    """ "…, à Melle et Chizé, la préfecture réagit": the name before `comma` follows a
    preposition in its stretch between commas, so it is a place or a complement, not a subject
    the next phrase stands in apposition to."""
    start = next((t.i for t in reversed(doc[:comma]) if t.text == ","), -1)
    return any(t.pos_ == "ADP" for t in doc[start + 1 : name.i])


def _past_opener(doc: Doc, start: int, end: int) -> int:
    """Past the last "où" or subordinating conjunction of a chunk ("La situation est confuse à
    Toulon où le candidat X, …, a revendiqué"): the clause the verb closes opens there."""
    openers = [t.i for t in doc[start:end] if t.lower_ == "où" or t.pos_ == "SCONJ"]
    return openers[-1] + 1 if openers else start


def _adverbial_opener(doc: Doc, i: int) -> bool:
    """Whether token i opens an adverbial clause ("alors que", "tandis que", "lorsque"), not
    the completive "que" of a verb of saying ("a affirmé que …")."""
    if i < 0 or doc[i].pos_ != "SCONJ":
        return False
    if doc[i].lower_ in ("que", "qu'", "qu’"):
        return i > 0 and doc[i - 1].pos_ in ("ADV", "ADP")
    return doc[i].lower_ != "si"


def _participial_opening(doc: Doc, token: Token) -> bool:
    """A sentence opening on a participle and its complement ("Interrogée sur la capacité à
    mobiliser, Frédérique X rétorque"): capitalised, the tagger may take it for a name."""
    return (
        token.i == 0
        and token.ent_type_ != "PER"
        and len(doc) > 1
        and doc[1].pos_ == "ADP"
        and _participle_form(token)
    )


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
        if after < len(doc) and doc[after].lower_ in words.relative_pronouns:
            # "…, la leader d'extrême droite Marine X, selon qui « … »": the phrase before
            return _relative_according(doc, token, after, in_quote, tracker)
        if after >= len(doc):
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
        owner = _findings_owner(doc, span, in_quote) if span else None
        if owner is not None:
            return phrase_mention(doc, owner, cue, "according", token.i, tracker)
        if (
            span
            and _head(doc, span).lower_ in words.findings_nouns
            and doc[span[0]].lower_ in words.possessive_determiners
            and doc[span[0]].lower_ not in words.first_person_determiners
        ):
            # "Selon ses informations, quatre raffineries …": the findings of the one the
            # article just quoted ("selon nos informations" is the outlet's own)
            return _document_source(doc, span, cue, token.i, in_quote, tracker)
        outlet = tracker.last_outlet() if span and _colleagues_alone(doc, span) else None
        if outlet is not None:
            # "Toujours selon nos confrères, …" after "selon le journal Le Parisien": that outlet
            return Mention(
                join(doc[span[0] : span[1]]),
                outlet.canonical,
                cue,
                "according",
                token.i,
                outlet.gender,
                False,
                False,
            )
        if span and not _is_non_source(doc, span):
            if _is_document(doc, span):
                return _document_source(doc, span, cue, token.i, in_quote, tracker)
            return phrase_mention(doc, span, cue, "according", token.i, tracker)
        return None
    return None


def _marker_at(doc: Doc, i: int, marker: tuple[str, ...]) -> bool:
    """Whether the words from token i are `marker`, its closing "de" in any of its forms ("en
    raison de" matches "en raison du", "des", "d'")."""
    found = tuple(t.lower_ for t in doc[i : i + len(marker)])
    if len(found) != len(marker):
        return False
    if marker[-1] == "de":
        return found[:-1] == marker[:-1] and found[-1] in lexicon().de_forms
    return found == marker


def _relative_according(
    doc: Doc, token: Token, after: int, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    """ "…, Marine X, selon qui « … »": the source is the phrase the relative takes up, right
    before the comma that opens "selon qui"; only a person's ("…, le texte, selon lequel …"
    is a document's content, left alone)."""
    if token.i < 2 or doc[token.i - 1].text != "," or doc[after].lower_ != "qui":
        return None
    start = np_start(doc, doc[token.i - 2])
    words = lexicon()
    while (
        start > 0
        and not doc[start - 1].is_punct
        and doc[start - 1].pos_ not in ("AUX", "PRON", "CCONJ", "SCONJ")
        # (a "verb" after a determiner is a noun: "la leader")
        and (doc[start - 1].pos_ != "VERB" or (start >= 2 and doc[start - 2].pos_ == "DET"))
        and (doc[start - 1].pos_ != "ADP" or doc[start - 1].lower_ in words.de_forms)
    ):
        start -= 1  # back to the role's determiner: "la leader d'extrême droite Marine X"
    span = (start, token.i - 1)
    if inside(doc[start], in_quote) or not _speaks(doc, span):
        return None
    mention = phrase_mention(
        doc, span, join(doc[token.i : after + 1]), "according", token.i, tracker
    )
    return mention if mention.person else None


def _is_time_noun(token: Token) -> bool:
    return token.lower_ in lexicon().time_units or token.lower_ in lexicon().day_parts


def _findings_owner(
    doc: Doc, span: tuple[int, int], in_quote: list[Span]
) -> tuple[int, int] | None:
    """ "selon les chiffres de la préfecture", "d'après les informations du commandant X", "les
    chiffres recueillis par l'AFP", "selon un dernier bilan de la préfecture": the one whose
    findings or document they are (`findings_nouns`, `source_nouns`), when that one can
    speak."""
    words = lexicon()
    head = _head(doc, span)
    owned = words.findings_nouns | (words.source_nouns - words.unowned_source_nouns)
    if head.lower_ not in owned or head.i + 2 >= len(doc):
        return None
    after = doc[head.i + 1]
    if after.lower_ in ("dans", "en", "lors") and head.i + 4 < len(doc):
        # "un bilan dans la soirée du ministre": when it came, then whose it is
        time = next((t for t in doc[after.i + 1 : after.i + 4] if _is_time_noun(t)), None)
        if time is not None and doc[time.i + 1].lower_.replace("’", "'") in words.de_forms:
            after = doc[time.i + 1]
    while after.i + 1 < len(doc) and (
        (after.pos_ in ("ADJ", "ADV") and not (after.pos_ == "ADJ" and _participle_form(after)))
        or after.text == "("
    ):
        if after.text == "(":
            close = bracket_end(doc, after.i, 4)  # "un bilan (provisoire) établi par …"
            if close is None or close >= len(doc):
                break
            after = doc[close]
            continue
        after = doc[after.i + 1]  # "les résultats finaux publiés …", "un bilan encore provisoire"
    misread = after.pos_ in ("PROPN", "NOUN") and after.text.islower()
    if (after.pos_ in ("VERB", "ADJ") or misread) and _participle_form(after):
        # "les chiffres recueillis par les journalistes de l'AFP", "les résultats publiés jeudi
        # par la Commission électorale", "un bilan lu à la radio par le préfet" ("lu" read as a
        # name): who gathered, published or read them
        agent = _agent(doc, after.i + 1, in_quote) or _agent_later(doc, after.i + 1, in_quote)
        if agent is not None:
            return agent
        after = doc[after.i + 1]  # "les chiffres publiés sur le site de …"
    if (
        after.lower_ in ("sur", "dans")
        and after.i + 3 < len(doc)
        and doc[after.i + 1].pos_ == "DET"
        and doc[after.i + 2].lower_ in words.platform_nouns
    ):
        after = doc[after.i + 3]  # "les données disponibles sur le site de l'agence": its site
    elif (
        after.lower_ in ("de", "d'", "d’")
        and head.i + 3 < len(doc)
        and doc[head.i + 2].pos_ == "NOUN"
        and doc[head.i + 3].lower_ in ("de", "d'", "d’", "du", "des")
    ):
        after = doc[head.i + 3]  # "l'enquête de rentrée de cette organisation"
    of = after
    if of.lower_ not in ("de", "d'", "d’", "du", "des"):
        return None
    # "du"/"des" hold the article: the owner's phrase starts at the next word
    owner = noun_phrase(doc, of.i + 1, in_quote)
    return owner if owner is not None and _speaks(doc, owner) else None


def _agent_later(doc: Doc, i: int, in_quote: list[Span]) -> tuple[int, int] | None:
    """The agent "par X" further on in the participle's clause, past a phrase of where or how
    ("un bilan lu à la radio par le préfet"), when X speaks."""
    clause_end = next((t.i for t in doc[i:] if t.text in (",", ";", ":")), len(doc))
    for token in doc[i:clause_end]:
        if token.lower_ == "par" and token.i + 1 < clause_end:
            agent = noun_phrase(doc, token.i + 1, in_quote)
            if agent is not None and _speaks(doc, agent):
                return agent
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
    agent = _agent_later(doc, head.i + 1, in_quote)
    if agent is not None:
        return phrase_mention(doc, agent, cue, "according", position, tracker)
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
    return phrase_mention(doc, (span[0], stop or span[1]), cue, "according", position, tracker)


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
    if token.lower_ in ("de", "d'", "du", "des") and not inside(token, in_quote):
        anonymous = _de_source(doc, token, tracker) if token.lower_ in ("de", "d'") else None
        return anonymous or _learned_straight_from(doc, token, in_quote, tracker)
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
    return phrase_mention(doc, span, cue, "according", token.i, tracker)


def _learned_straight_from(
    doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    """ "…, a-t-on appris du parquet d'Alençon", "a-t-on appris de la préfecture": the
    preposition right after the verb of learning (its "-on" between) names the source, as
    "auprès de" does."""
    before = token.i - 1
    while before >= 0 and doc[before].lower_ in ("-on", "-t", "-t-on", "on"):
        before -= 1
    # learned, not known: "ce que l'on sait de l'accident" is what is known about it
    if before < 0 or doc[before].lemma_.lower() != "apprendre" or inside(doc[before], in_quote):
        return None
    span = noun_phrase(doc, token.i + 1, in_quote)
    if span is None or not _speaks(doc, span):
        return None
    cue = join(doc[before : token.i + 1])
    return phrase_mention(doc, span, cue, "according", token.i, tracker)


def _read_in(doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "« … », lit-on dans le communiqué", "peut-on lire dans un communiqué de la CGT", "Dans
    sa lettre, on peut lire : « … »": what one reads in a document is its author's, or the
    document's when it names none."""
    if inside(token, in_quote) or token.lower_ not in ("lit", "lire", "lisait"):
        return None
    clitic = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "-on"
    impersonal = any(t.lower_ in ("on", "-on") for t in doc[max(0, token.i - 3) : token.i])
    if not (clitic or impersonal):
        return None
    after = token.i + (2 if clitic else 1)
    if after + 1 < len(doc) and doc[after].lower_ in ("dans", "sur"):
        start = after + 1
    elif doc[0].lower_ in ("dans", "sur") and any(t.text == "," for t in doc[1 : token.i]):
        start = 1  # "Dans sa lettre, on peut lire : …"
    else:
        return None
    span = noun_phrase(doc, start, in_quote)
    if span is None or not _is_document(doc, span):
        return None
    cue = join(doc[token.i : after])
    owner = _findings_owner(doc, span, in_quote)
    if owner is not None:
        return phrase_mention(doc, owner, cue, "incise", token.i, tracker)
    return _document_source(doc, span, cue, token.i, in_quote, tracker)


def _statement_by(doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "L'annonce a été faite par le ministre de l'Intérieur, Bernard X, dans un communiqué":
    a noun of speech, subject of a passive, makes the agent the speaker."""
    if inside(token, in_quote) or token.pos_ not in ("VERB", "ADJ"):
        return None
    # made, read out, issued, given: not "les révélations étaient orchestrées par l'État"
    if token.lemma_.lower() not in lexicon().statement_verbs:
        return None
    statements = lexicon().statement_nouns
    relative = any(c.lower_ in ("que", "qu'", "qu’") and c.i < token.i for c in token.children)
    if (
        token.dep_ in ("acl:relcl", "acl")
        and relative
        and token.head.lower_ in statements
        and token.head.i < token.i
    ):
        return _relative_asker(doc, token, in_quote, tracker)
    # "C'est l'explication fournie par la CGT": the participle describes the noun of speech
    described = token.dep_ in ("acl", "amod") and token.head.lower_ in statements
    if not described:
        if not any(c.dep_ == "aux:pass" for c in token.children):
            return None
        subjects = [
            c for c in token.children if c.dep_ in ("nsubj:pass", "nsubj") and c.i < token.i
        ]
        if not any(c.lower_ in statements for c in subjects):
            return None
    agent = _agent(doc, token.i + 1, in_quote)
    if agent is None:
        return None
    return phrase_mention(doc, agent, join(doc[token.i : token.i + 1]), "agent", token.i, tracker)


def _relative_asker(
    doc: Doc, verb: Token, in_quote: list[Span], tracker: Tracker
) -> Mention | None:
    """ "La question que la mairie a posée aux électeurs était : « … »": the subject of the
    relative clause made the statement the sentence then quotes (a quotation or a colon must
    give its words: "la réponse qu'il a donnée a déçu" tells no words)."""
    if not in_quote and not any(t.text == ":" for t in doc[verb.i :]):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or _as_pronoun(subject):
        return None
    span = noun_phrase(doc, np_start(doc, subject), in_quote)
    if span is None or not span[0] <= subject.i < span[1] or not _speaks(doc, span):
        return None
    return phrase_mention(doc, span, join(doc[verb.i : verb.i + 1]), "preposed", verb.i, tracker)


def _learns(token: Token) -> bool:
    """Whether a verb is one of learning ("a appris l'AFP"): its subject heard, not said."""
    return token.lemma_.lower() in lexicon().learned_from


def _clause_before(doc: Doc, end: int, reach: int) -> Span:
    """The words before `end`, back to `reach` words or the closing quotation mark before them:
    "a appris l'AFP ce vendredi 6 octobre, de source …" keeps its verb past a date."""
    start = max(0, end - reach)
    for t in reversed(doc[start:end]):
        if t.is_quote:
            start = t.i + 1
            break
    return doc[start:end]


def _de_source(doc: Doc, token: Token, tracker: Tracker) -> Mention | None:
    """ "de source judiciaire", "de même source" after a verb of learning or saying: the wire
    services' way of naming an unnamed source."""
    words = lexicon()
    start = token.i + 1
    while start < len(doc) and (doc[start].is_space or doc[start].lower_ == "même"):
        start += 1  # a hard-wrapped line ("appris de\nsource judiciaire") parses a space token
    if start >= len(doc) or doc[start].lower_ not in words.anonymous_sources:
        return None
    end = start + 1
    while end < len(doc) and (
        doc[end].pos_ == "ADJ" or (doc[end].dep_ == "amod" and doc[end].text.islower())
    ):
        # "de source judiciaire", "de sources policières concordantes"; "préfectorales" is
        # read as a noun, though hung on "sources" as its adjective
        end += 1
    verbs = words.learned_from | words.reporting_verbs
    before = _clause_before(doc, token.i, SOURCE_REACH)
    opening = token.i == 0 and end < len(doc) and doc[end].text == ","
    if not opening and not any(_said_lemma(t) in verbs for t in before):
        return None  # "De source judiciaire, le suspect …" opens on its source
    first = next(t.i for t in doc[token.i + 1 : end] if not t.is_space)
    return phrase_mention(
        doc, (first, end), join(doc[token.i : first]), "according", token.i, tracker
    )


def anonymous_source_name(canonical: str) -> bool:
    """Whether a canonical name is an unnamed source ("source judiciaire", "même source")."""
    words = fold(canonical).split()
    words = words[1:] if words[:1] == ["meme"] else words
    return bool(words) and words[0] in lexicon().anonymous_sources


def impersonal_cue(doc: Doc, in_quote: list[Span]) -> bool:
    """ "a-t-on précisé", "on indique": a verb of saying whose subject is "on" says who spoke
    only through a place or a source named with it; nobody else in the sentence is the speaker.
    An "on" inside the quotation marks is the speaker's own ("« on appelle ça … »")."""
    words = lexicon()
    for token in doc:
        if inside(token, in_quote):
            continue
        # "a-t-on précisé": the parser may call the inverted "-on" an expletive subject, or
        # fix it to the "-t" it calls so
        subject = token.head if token.dep_ == "fixed" else token
        if token.lower_.lstrip("-") == "on" and subject.dep_ in ("nsubj", "expl:subj"):
            verb = subject.head
            lemma = _said_lemma(verb)
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
    pronoun = nxt.pos_ == "PRON" and nxt.lower_ in words.subject_pronouns
    # "… doit être supprimée et pour lui, c'est la fin": a conjunction opens a clause inside the
    # sentence as it opens one at its start; only "pour lui," is sure to be an opinion there
    # ("pour les hôpitaux et pour les cliniques, …" names no source)
    joined = pronoun and before is not None and before.lower_ in words.sentence_connectors
    if before is not None and before.text not in (",", ":") and not (opening_conjunction or joined):
        return None  # "Car pour la magistrate, …" and "Mais pour X, …" open like "Pour X, …"
    if pronoun:
        if token.i + 2 < len(doc) and doc[token.i + 2].text == ",":
            return _pronoun_mention(nxt.lower_, "pour", "according", token.i, tracker)
        return None
    if any("Inf" in t.morph.get("VerbForm") for t in doc[token.i + 1 : token.i + 3]):
        return None  # "pour la combattre, …", "pour lutter contre …": a purpose, not a source
    comma = next((t.i for t in doc[token.i + 1 : token.i + 16] if t.text == ","), None)
    span = noun_phrase(doc, token.i + 1, in_quote)
    if span and span[1] >= len(doc):
        return None  # "Une « atteinte … », pour les plaignants": a heading's last words
    if span and doc[span[1]].text == "(":
        # "Pour Laurent Escure (Unsa), …": the bracket is an aside to the name
        close = next((t.i for t in doc[span[1] : span[1] + 8] if t.text == ")"), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
            return phrase_mention(doc, span, "pour", "according", token.i, tracker)
    if span and (token.i == 0 or opening_conjunction) and _opinion_without_comma(doc, span):
        # "Pour le préfet Paul X en tout cas il ne faut pas céder à la panique": a named
        # person, then the impersonal clause that is the opinion, with no comma between
        return phrase_mention(doc, span, "pour", "according", token.i, tracker)
    if not span or comma is None or finite_between(doc, token.i, comma):
        return None
    if span[0] < comma < span[1]:
        span = (span[0], comma)  # "Pour le camp Fillon, les révélations …": no apposition
    if (token.i == 0 or opening_conjunction) and doc[span[1]].pos_ == "ADP":
        span = (span[0], comma)  # "Pour le Fonds de lutte contre la corruption, …"
    if doc[span[1]].text != "," or _is_non_source(doc, span) or not _speaks(doc, span):
        return None  # "pour la combattre, …" (a verb the tagger read as a noun) is no source
    return phrase_mention(doc, span, "pour", "according", token.i, tracker)


def _opinion_without_comma(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether "Pour" and the noun phrase at `span` name whose opinion the rest of the sentence
    is, though no comma closes them: the phrase names a person (a name, or a role with a name
    the tagger did not see as one), and right after it (past an adverbial such as "en tout
    cas") an impersonal clause begins. ("Pour Paul il a acheté un livre" would pass too; a news
    sentence so shaped is an opinion.)"""
    tokens = doc[span[0] : span[1]]
    named_role = is_person_role(tokens) and any(
        t.pos_ == "PROPN" and t.ent_type_ not in ("LOC", "ORG") for t in tokens
    )
    if not (named_role or any(person_entity(e) for e in tokens.ents)):
        return False
    after = past_adverbs(doc, span[1])
    after += adverbial_phrase_at(doc, after)
    if after >= len(doc) or doc[after].lower_ not in lexicon().impersonal_subjects:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1 : after + 4])


def _colleagues_of(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether "nos …" is people of the writer's kind at another outlet, by name: "nos
    confrères du Parisien", "nos collègues de France Bleu"."""
    head = doc[span[0] + 1] if span[0] + 1 < span[1] else None
    if head is None or not is_speaking_noun(head):
        return False
    after = head.i + 1
    if after + 1 >= span[1] or doc[after].lower_ not in lexicon().de_forms:
        return False
    named = after + 1
    while named < span[1] and doc[named].pos_ == "DET":
        named += 1
    return named < span[1] and doc[named].text[:1].isupper()


def _colleagues_alone(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase is "nos confrères" with no outlet named after it: journalists of the
    outlet the article cited last."""
    return (
        span[1] - span[0] == 2
        and doc[span[0]].lower_ in lexicon().first_person_determiners
        and is_speaking_noun(doc[span[0] + 1])
        and doc[span[0] + 1].lemma_.lower() in lexicon().colleague_nouns
    )


def _is_non_source(doc: Doc, span: tuple[int, int]) -> bool:
    words = lexicon()
    if doc[span[0]].lower_ in words.first_person_determiners:
        # "selon nos informations": the outlet itself; "selon nos confrères de La Voix du
        # Nord": its colleagues of another, named one
        return not _colleagues_of(doc, span)
    heads = [t for t in doc[span[0] : span[1]] if t.pos_ in ("NOUN", "PROPN")]
    if heads and heads[0].i > 0 and heads[0].text[:1].isupper():
        return False  # "selon l'Ordre des pharmaciens": a body's name, not "selon l'ordre"
    return (
        not heads
        or fold(heads[0].text) in _folded_non_sources()
        or heads[0].lemma_ in words.non_sources
    )


@cache
def _folded_non_sources() -> frozenset[str]:
    """The non-source heads without accents: web text drops them ("selon les premiers echos")."""
    return frozenset(fold(w) for w in lexicon().non_sources)


def speaker_in_title(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """Who a title quotes: its own cue ("…», dit Annick Girardin"; "X appelle à « … »"), or
    the name before a colon that opens the quotation ('Arvin Boolell, leader de l'opposition :
    « … »', the commonest headline of reported speech)."""
    mentions = sentence_mentions(doc, in_quote, tracker) or quote_subject(doc, in_quote, tracker)
    if mentions:
        return mentions
    signed, own_line = signed_line(doc, tracker)
    if signed and not own_line:
        return signed  # "Engagement des joueurs : « On était en retard » - Samuel Piette"
    after = _name_then_verb_after_quote(doc, in_quote, tracker)
    if after is not None:
        return [after]  # "Cérémonie : « … », Thierry X assume": the name after the quotation
    colon = next(
        (
            t.i
            for t in doc
            if (t.text == ":" and t.i + 1 < len(doc) and inside(doc[t.i + 1], in_quote))
            or (t.text == ":" and t.i + 2 < len(doc) and doc[t.i + 1].text in OPENING_MARKS)
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
        mention = phrase_mention(doc, span, "", "incise", colon, tracker)
        return [mention] if mention.person else []
    span = noun_phrase(doc, start, in_quote)
    if span is None or span[1] > colon or not _speaks(doc, span):
        return []
    mention = phrase_mention(doc, span, "", "incise", colon, tracker)
    return [mention] if mention.person else []


def _name_then_verb_after_quote(doc: Doc, in_quote: list[Span], tracker: Tracker) -> Mention | None:
    """ "Cérémonie : « … », Thierry X assume", "…», Emmanuel X prévient": a headline that ends
    on a name and a verb of saying, subject first, after the quotation and its comma (the
    tagger reads the verb as anything, often as part of the name)."""
    end = len(doc)
    while end > 0 and doc[end - 1].is_punct:
        end -= 1
    if end < 4 or not doc[end - 1].text.islower():
        return None
    verb = doc[end - 1]
    if lexicon().reporting_forms.get(verb.lower_) is None:
        return None
    span = _name_ending_at(doc, end - 2)
    if span is None or span[0] < 2 or doc[span[0] - 1].text != ",":
        return None
    if not closes_quotation(doc, span[0] - 2, in_quote):
        return None
    mention = phrase_mention(doc, span, verb.text, "incise", verb.i, tracker)
    return mention if mention.person else None


def _person_at(doc: Doc, start: int) -> Entity | None:
    """The person entity opening a headline at `start`: the tagger may read a first name as a
    verb ("Nasser" VERB), and the entity is more reliable there than the parts of speech."""
    person = next((e for e in doc.ents if e.start == start and e.label_ == "PER"), None)
    if person is not None and person[0].lower_ in lexicon().rubric_nouns:
        return None  # "Affaire Bettencourt : …" names a case
    if person is not None and common_words(person):
        return None  # "Orage de grêle : …", "Gros dégâts après …"
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
        # a surname alone the small model calls MISC ("Mendy : « … »") is still a name
        and all(
            t.ent_type_ in ("", "PER") or (len(tokens) == 1 and t.pos_ == "PROPN") for t in tokens
        )
        and not any(t.pos_ in ("NOUN", "DET", "PRON", "NUM") for t in tokens)
        and not any(t.text in words.sentence_starters for t in tokens)
    )


def headline_person(doc: Doc, tracker: Tracker) -> list[Mention]:
    """The person a verbless headline opens with ("Michael X après la défaite de …"): an
    interview's headline, whose body opens with that person's quotation."""
    if any("Fin" in t.morph.get("VerbForm") for t in doc) or (
        len(doc) and doc[0].lower_ in lexicon().rubric_nouns
    ):
        return []  # "Affaire Bettencourt : …" opens on the case, not on a person
    person = _person_at(doc, 0)
    end = person.end if person is not None else 0
    while end > 0 and doc[end - 1].is_punct:
        end -= 1  # the small model's entities may take the colon after the name in
    span = (0, end) if end else noun_phrase(doc, 0, [])
    if span is None or not _speaks(doc, span):
        return []
    mention = phrase_mention(doc, span, "", "incise", 0, tracker)
    return [mention] if mention.person else []


def _quoted_tokens(doc: Doc, in_quote: list[Span]) -> list[int]:
    return [t.i for t in doc if inside(t, in_quote) and not t.is_punct]


def _in_clause_of(token: Token, root: Token) -> bool:
    """Whether a token hangs from `root` without passing through a present participle that
    describes a noun ("une information du Parisien évoquant « … »")."""
    current = token
    for _ in range(40):
        if current.i == root.i or current.head.i == current.i:
            return True  # the small parser may give the sentence a second root: still its clause
        if current.dep_ == "acl" and "Pres" in current.morph.get("Tense"):
            return False
        current = current.head
    return True


def speaking_subject(doc: Doc, in_quote: list[Span]) -> bool:
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


def _named_subject(token: Token) -> bool:
    """A subject named as a person or a body: not a lone capitalised first word the tagger
    took for a name ("Inquiétude relayée par …")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_type_ in ("PER", "ORG") and (
        token.i > 0 or (following is not None and following.ent_iob_ == "I")
    )


def quote_subject(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
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
    if not roots:
        # "Dans un communiqué, X « a marqué le caractère inacceptable … »", "Jean-Paul X,
        # maire de la commune, « a pris la décision de … »": the quotation may open on the verb
        # itself, in a statement's frame or after a subject named as a person or a body
        framed = _statement_frame(doc)
        roots = [
            t
            for t in doc
            if t.dep_ == "ROOT"
            and any(
                c.dep_ in ("nsubj", "nsubj:pass")
                and c.i < t.i
                and not inside(c, in_quote)
                and (framed or _named_subject(c))
                for c in t.children
            )
        ]
    if not roots and doc[0].pos_ in ("NOUN", "ADJ") and doc[0].dep_ in ("ROOT", "amod"):
        # "Première personnalité politique à se baigner …, Amélie X n'a « pas de séquelle »":
        # an opening apposition the parser made the root; the clause is the named subject's
        roots = [
            t
            for t in doc
            if t.dep_ != "ROOT"
            and any(
                c.dep_ == "nsubj" and c.i < t.i and _named_subject(c) and not inside(c, in_quote)
                for c in t.children
            )
        ][:1]
    if not roots:
        return _name_the_parser_made_the_root(doc, in_quote, tracker)
    root = roots[0]
    if not any(_in_clause_of(doc[i], root) for i in _quoted_tokens(doc, in_quote)):
        return []  # "… une information du Parisien évoquant une « soufflante »": not hers
    # the nearest: "On est loin de …, mais il donne …" hangs both subjects on "donne"
    subject = max(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i),
        key=lambda c: c.i,
    )
    # "Ibrahim, un habitant de Mayotte joint par l'AFP, a tenté … « … »": the parser made the
    # apposition the subject; the name before it is
    parsed = subject
    subject = _name_before_role(doc, subject) or subject
    if subject.i == 0 and len(doc) > 1 and doc[1].pos_ == "ADP":
        # "Joint par LCI, l'officier X … donne des précisions : « … »": the opening participle
        # is an aside; the subject is the phrase right before the verb.
        subject = _clause_subject(doc, _verb_group_start(doc, root)) or subject
    if inside(subject, in_quote):
        return []
    if subject.dep_ == "nsubj:pass" and (
        quotes_a_charge(doc, in_quote)
        or not (inside(root, in_quote) or _colon_closes_clause(doc, root, in_quote))
    ):
        # "Il est renvoyé devant le tribunal pour « homicide involontaire »": the subject
        # undergoes the act; the words are the charge, not his; "Il a été identifié grâce à
        # son ADN retrouvé sur « un des scooters »": nor are the words of those who found it
        return []
    described = {t.i for t in parsed.subtree}  # (the name before a role may be the root)
    if all(i in described for i in _quoted_tokens(doc, in_quote)):
        # "La femme, découverte dans « une mare de sang », était commerçante": the words
        # describe the subject; someone else said them
        return []
    group = _verb_group_start(doc, root)
    cue = join(doc[group : root.i + 1])
    if inside(root, in_quote):
        # the verb's words outside the quotation ("n'a" of "n'a « pas de séquelle »"), not the
        # quoted noun the parser made the predicate
        after = subject.i + 1
        while after < len(doc) and doc[after].dep_ == "flat:name":
            after += 1
        end = next((t.i for t in doc[after:] if t.is_quote or inside(t, in_quote)), after)
        cue = join(doc[after:end]) if end > after else cue
    pronoun = _as_pronoun(subject)
    if pronoun:
        mention = _pronoun_mention(pronoun, cue, "subject", root.i, tracker)
        # "Ils ont saisi …, pour lui demander d'« … »": a group taken up counts once it has
        # spoken ("Les requérants estiment …"); a thing taken up never does
        speaks = mention is not None and (mention.person or tracker.has_spoken(mention.canonical))
        return [mention] if speaks else []
    span = noun_phrase(doc, _leading_name(doc, np_start(doc, subject)), in_quote)
    if span is None:
        return []
    mention = phrase_mention(doc, span, cue, "subject", root.i, tracker)
    if not (mention.person or mention.antecedent) and mention.role and _statement_frame(doc):
        # "Dans un communiqué, le directeur de cabinet de la ministre …, « a marqué … »": the
        # frame makes the subject the statement's author, a person the article names only so
        written = join(doc[span[0] : span[1]])
        canonical = re.sub(r"^(?:le|la|les)\s+|^l['’]", "", written, flags=re.IGNORECASE)
        return [replace(mention, name=written, canonical=canonical, person=True)]
    if mention.person or mention.antecedent:
        return [mention]
    if (
        _colon_closes_clause(doc, root, in_quote)
        and _speaks(doc, span)
        and not _is_document(doc, span)
    ):
        # "La RATP est catégorique : « … »", "Le syndicat a été clair : « … »": the clause
        # presents the quotation that its colon opens, whoever its subject is ("Le message est
        # clair : « … »" is the words, not who said them)
        return [mention]
    if not mention.plural and tracker.has_spoken(mention.canonical):
        # "L'agence s'est assurée de « répartir … »" after the agency was quoted: a body the
        # article has quoted speaks through its quotations as a person does (one it has not,
        # "Voix ouvrière regroupe les anciens du « groupe Barta »", is only described)
        return [mention]
    return []


def _colon_closes_clause(doc: Doc, root: Token, in_quote: list[Span]) -> bool:
    """Whether the clause ends on a colon, within `COLON_REACH` words of its verb or
    predicate, right before the quotation it introduces."""
    colon = next((t.i for t in doc[root.i + 1 : root.i + 2 + COLON_REACH] if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc):
        return False
    if any(t.is_punct for t in doc[root.i + 1 : colon]):
        return False
    following = doc[colon + 1]
    return following.text in OPENING_MARKS or inside(following, in_quote)


#: How many words may stand between a clause's verb or predicate and the colon that opens the
#: quotation it presents ("est très clair :", "ne lâche rien :").
COLON_REACH = 3


def quotes_a_charge(doc: Doc, in_quote: list[Span], *, with_de: bool = True) -> bool:
    """Whether the first quotation follows "pour" or (`with_de`) "de" ("poursuivi pour « … »",
    "accusé d'« … »"): the name of an offence or a reason, as a passive verb gives them ("de"
    alone also brings quoted words: "pas moins de « 3400 hectares … »")."""
    quoted = _quoted_tokens(doc, in_quote)
    if not quoted:
        return False
    before = [t for t in doc[: quoted[0]] if not (t.is_punct or t.is_quote)]
    word = before[-1].lower_.replace("’", "'") if before else ""
    return word == "pour" or (with_de and word in lexicon().de_forms)


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


def opinion_start(doc: Doc) -> int | None:
    """Where the owner's phrase starts in "Ça, c'est l'opinion du ministre", "C'est l'avis de
    la CGT", "Telle est la position de X": a sentence that names whose view the sentence
    before gave (`opinion_nouns`); None for any other sentence."""
    words = [t.lower_.replace("’", "'") for t in doc]
    k = 0
    if words[:1] in (["ça"], ["ca"], ["cela"]):
        k = 2 if words[1:2] == [","] else 1
    if words[k : k + 2] == ["c'", "est"] or words[k : k + 2] in (["telle", "est"], ["tel", "est"]):
        k += 2
    else:
        return None
    if k < len(words) and words[k] in ("l'", "la", "le"):
        k += 1
    if k + 2 >= len(words) or words[k] not in lexicon().opinion_nouns:
        return None
    return k + 2 if words[k + 1] in lexicon().de_forms else None


def opinion_of(doc: Doc, tracker: Tracker) -> list[Mention]:
    """The owner of the view "Ça, c'est l'opinion du ministre" names, as a mention."""
    start = opinion_start(doc)
    if start is None:
        return []
    span = noun_phrase(doc, start, [])
    if span is None or not _speaks(doc, span):
        return []
    return [phrase_mention(doc, span, join(doc[: span[0]]), "subject", span[0], tracker)]


def named_before_quote(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
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
    start = _past_opening_adverbial(doc, colon)
    person = _person_at(doc, start)
    end = person.end if person is not None else start
    if person is None:
        while end < colon and doc[end].pos_ == "PROPN":
            end += 1
        if end < start + 2:
            return []
    others = [e for e in doc.ents if e.label_ == "PER" and end <= e.start < colon]
    if others:
        return []
    mention = phrase_mention(doc, (start, end), "", "subject", colon, tracker)
    return [mention] if mention.person else []


def _past_opening_adverbial(doc: Doc, limit: int) -> int:
    """Where the clause starts past an opening gerund or adverbial and its comma ("En
    traversant la salle d'attente pleine à craquer, Sébastien X …"); 0 when the sentence
    opens on its clause (a capitalised word, or no comma within `OPENING_ADVERBIAL_WORDS`)."""
    first = doc[0]
    gerund = first.lower_ == "en" and len(doc) > 1 and doc[1].lower_.endswith("ant")
    if not (gerund or first.pos_ in ("ADP", "ADV", "SCONJ")):
        return 0
    comma = next(
        (t.i for t in doc[1 : min(limit, OPENING_ADVERBIAL_WORDS + 1)] if t.text == ","), None
    )
    if comma is None or any("Fin" in t.morph.get("VerbForm") for t in doc[1:comma]):
        return 0
    return comma + 1


def agent_before_quote(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """ "Inquiétude relayée par la présidente de la FNSEA Christiane X « … »", "Un avis partagé
    par le maire : « … »": a lead with no verb of its own but a participle whose agent, a
    person, closes it right before the quotation: the agent said it."""
    first = next((t for t in doc if inside(t, in_quote)), None)
    if first is None:
        return []
    opening = first.i if first.is_quote else first.i - 1
    end = opening - 1 if opening > 0 and doc[opening - 1].text == ":" else opening
    if end < 3 or not doc[opening].is_quote:
        return []
    lead = doc[:end]
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in lead):
        return []
    agent = next((t.i for t in reversed(lead) if t.lower_ == "par"), None)
    if agent is None or agent < 1 or not _participle_form(doc[agent - 1]):
        return []
    span = noun_phrase(doc, agent + 1, in_quote)
    if span is None or span[1] != end or not _speaks(doc, span):
        return []
    mention = phrase_mention(doc, span, join(doc[agent - 1 : agent + 1]), "subject", agent, tracker)
    return [mention] if mention.person or mention.role else []


#: How many words an opening adverbial may hold before the subject ("sous le choc d'une nuit
#: « infernale »,").
OPENING_ADVERBIAL_WORDS = 15


def speaker_after_colon(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """ "« De chez moi, je voyais les gens crier » : sous le choc, cette habitante de la rue X
    revit les cris …": a lead that opens on a quotation and a colon, then shows the person who
    said it as the subject of what follows (the verb need not be one of saying, and the parser
    often loses it in such long sentences, so the subject is found by position)."""
    if not len(doc) or not (
        inside(doc[0], in_quote) or (len(doc) > 1 and inside(doc[1], in_quote))
    ):
        return []
    k = 0
    while k < len(doc) and (inside(doc[k], in_quote) or doc[k].is_quote):
        k += 1
    if k >= len(doc) - 1 or doc[k].text != ":":
        return []
    start = k + 1
    cleft = _cleft_end(doc, start)
    if cleft is not None:
        # "« … » : c'est en ces termes que la maire X a proposé …": the cleft's subject
        start = cleft
    elif doc[start].pos_ not in ("DET", "PROPN", "NOUN", "PRON"):
        # "sous le choc d'une nuit « infernale », cette habitante", "encore émue, …": past
        # the adverbial
        comma = next(
            (
                t.i
                for t in doc[start : start + OPENING_ADVERBIAL_WORDS]
                if t.text == "," and not inside(t, in_quote)
            ),
            None,
        )
        if comma is None:
            return []
        start = comma + 1
    span = noun_phrase(doc, start, in_quote) if start < len(doc) else None
    if span is None or not _speaks(doc, span):
        return []
    mention = phrase_mention(doc, span, "", "subject", start, tracker)
    return [mention] if mention.person or mention.role else []


#: The most words between "c'est" and "que" in a cleft ("c'est en ces termes que").
CLEFT_WORDS = 5


def _cleft_end(doc: Doc, start: int) -> int | None:
    """Past "c'est … que" from `start` ("c'est en ces termes que", "c'est ainsi que"), where
    the clause the cleft points with begins; None when no cleft opens there."""
    words = [t.lower_.replace("’", "'") for t in doc[start : start + 2]]
    if words != ["c'", "est"]:
        return None
    for t in doc[start + 2 : start + 2 + CLEFT_WORDS]:
        if t.lower_.replace("’", "'") in ("que", "qu'"):
            return t.i + 1 if t.i + 1 < len(doc) else None
        if t.is_punct:
            return None
    return None


def signed_quote(doc: Doc, in_quote: list[Span], tracker: Tracker) -> list[Mention]:
    """ "« Nous ne lâcherons rien. » Marie X, secrétaire générale de la CGT": a quotation signed
    by the person named after it, with no verb after the quotation (a pull quote, a caption)."""
    quoted = [t.i for t in doc if inside(t, in_quote)]
    if not quoted or (not inside(doc[0], in_quote) and not doc[0].is_punct):
        return []
    rest = [t for t in doc[quoted[-1] + 1 :] if not t.is_punct]
    if not rest or any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in rest):
        return []
    start = rest[0].i
    span = noun_phrase(doc, start, in_quote)
    if span is None or not _speaks(doc, span):
        return []
    mention = phrase_mention(doc, span, "", "subject", start, tracker)
    return [mention] if mention.person else []


#: How many words the bracket after a label's name may hold ("(entraîneur de Toulouse)").
LABEL_BRACKET_WORDS = 8


def speaker_label(doc: Doc, tracker: Tracker) -> Mention | None:
    """ "Le plus satisfait : Leonardo X (Monaco)", "Pascal X (entraîneur de Toulouse)": a line
    with no verb that ends on a person's name, perhaps with their side in brackets, after a
    colon or alone; in a round-up of reactions it heads the quotation that follows, whose
    speaker it names (the line itself says nothing)."""
    opening = _name_with_role_line(doc, tracker)
    if opening is not None:
        return opening
    if any("Fin" in t.morph.get("VerbForm") for t in doc):
        return None
    end = len(doc)
    while end > 0 and doc[end - 1].text in (".", ":", ";"):
        end -= 1
    if end and doc[end - 1].text == ")":
        opening = next((t.i for t in reversed(doc[:end]) if t.text == "("), None)
        if opening is None or end - opening - 2 > LABEL_BRACKET_WORDS:
            return None
        end = opening
    name = next((e for e in doc.ents if e.end == end and e.label_ == "PER"), None)
    if name is None or not person_entity(name) or not name.text[:1].isupper():
        return None
    if name.start > 0 and doc[name.start - 1].text != ":":
        return None
    return phrase_mention(doc, (name.start, name.end), "", "subject", name.start, tracker)


#: The most words of a name that opens a label line ("JEAN-PAUL DE LA FONTAINE, …").
LABEL_NAME_WORDS = 5


def _name_with_role_line(doc: Doc, tracker: Tracker) -> Mention | None:
    """ "ERIC X, président des Républicains (LR), sur X": a verbless line that opens on a
    person's name, in capitals or not, then a comma and the person's role: a wire's round-up
    of reactions heads each quotation so. The tagger reads names in capitals as anything, so
    the shape decides: capitalised words only before the comma, a role after it."""
    comma = next((t.i for t in doc[: LABEL_NAME_WORDS + 1] if t.text == ","), None)
    if comma is None or comma < 2 or doc[-1].text in (".", "!", "?", "»", '"'):
        return None  # a label ends on its role or its medium, no full stop
    words = doc[:comma]
    if not all(_label_name_word(t) for t in words):
        return None
    after = comma + 1
    stop = next((t.i for t in doc[after:] if t.text in (",", "(")), len(doc))
    role = doc[after:stop]
    if not len(role) or not (is_person_role(role) or is_proxy_role(role)):
        return None
    # (the role's own word may be read as a verb: "candidate Reconquête")
    if any(t.pos_ in ("VERB", "AUX") for t in doc if t.i != after):
        return None
    written = join(words)
    canonical = " ".join(w.capitalize() if w.isupper() else w for w in written.split())
    mention = phrase_mention(doc, (0, comma), "", "subject", 0, tracker)
    return replace(mention, name=written, canonical=canonical, person=True)


def _label_name_word(token: Token) -> bool:
    """A word of a name as a label writes it: capitalised, or in capitals ("MARÉCHAL"), with
    hyphens ("JEAN-PAUL"), or a particle ("de")."""
    return token.lower_ in lexicon().name_particles or capitalised_word(token)


#: The signature an embedded social-media post ends on, as news sites print it: "— SUD-Rail
#: Fédération (@Fede_SUD_Rail) April 4, 2025", "— Jean X (@jeanx) 4 avril 2025".
_POST_SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[^—–()@\n]{2,80}?)\s*\(@\w{1,30}\)"
    r"\s*(?:[A-Za-zéû]+\.? \d{1,2},? \d{4}|\d{1,2}(?:er)? [a-zéû]+\.? \d{4})?\s*$"
)


def post_signature(doc: Doc, tracker: Tracker) -> Mention | None:
    """Who wrote an embedded post (a tweet) the sentence ends: the name of its signature, before
    the account's handle and the date. The post's words are that account's."""
    match = _POST_SIGNATURE.search(doc.text)
    if match is None:
        return None
    span = doc.char_span(*match.span("name"), alignment_mode="expand")
    if span is None:
        return None
    end = span.end
    while end > span.start and not doc[end - 1].text[:1].isalnum():
        end -= 1  # "SUD-Rail Fédération ⏚": a symbol after the name
    if end == span.start or not doc[span.start].text[:1].isupper():
        return None
    return phrase_mention(doc, (span.start, end), "", "subject", span.start, tracker)


#: The dashes that set a signature off from the words it signs.
SIGNATURE_DASHES = ("-", "–", "—")
#: How many words a signature after a dash may hold ("Une infirmière retraitée").
SIGNATURE_WORDS = 8


def signed_line(doc: Doc, tracker: Tracker) -> tuple[list[Mention], bool]:
    """Words signed after a dash by whoever said them: a pull quote, with or without marks
    ("Décision difficile, mais faut qu'on marque le coup ! - Un maire démissionnaire", a
    headline's "« On était en retard » - Samuel X"), or a line that signs the sentence before it
    ("– Indique une source policière").

    Returns:
        The signer (nobody when the line is no signature) and whether the signature stands on a
        line of its own, so that the words it signs are the sentence before.
    """
    dashes = [t.i for t in doc if t.text in SIGNATURE_DASHES]
    if not dashes:
        return [], False
    dash = dashes[-1]
    own_line = dash == 0
    if not own_line and (dash < 2 or doc[dash - 1].text[-1:] not in '.!?…"'):
        return [], False
    start = dash + 1
    end = len(doc)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if not 0 < end - start <= SIGNATURE_WORDS:
        return [], False
    cue = ""
    if own_line:
        verb = doc[start]
        if verb.lower_ + "r" not in lexicon().reporting_verbs and (
            verb.lemma_.lower() not in lexicon().reporting_verbs
        ):
            return [], False
        cue, start = verb.text, start + 1
    if any(
        t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and not _participle_form(t)
        for t in doc[start:end]
    ):
        return [], False
    span = noun_phrase(doc, start, [])
    if span is None or not _speaks(doc, span):
        return [], False
    if all(t.pos_ == "ADJ" or _participle_form(t) for t in doc[span[1] : end]):
        span = (span[0], end)  # "Une infirmière retraitée"
    elif span[1] < end:
        return [], False
    mention = phrase_mention(doc, span, cue, "subject", start, tracker)
    return ([mention] if mention.person or mention.role or own_line else []), own_line


# --- speakers ---------------------------------------------------------------------------------


def phrase_mention(
    doc: Doc, span: tuple[int, int], cue: str, mode: str, position: int, tracker: Tracker
) -> Mention:
    noun = span[0] + (doc[span[0]].pos_ == "DET")
    if noun < len(doc) and doc[noun].lower_ in lexicon().organisation_nouns:
        # "le collectif « Médecins pour demain »": the phrase runs to the name's closing mark
        span = (span[0], max(span[1], quoted_name_end(doc, noun) or 0))
    tokens = doc[span[0] : span[1]]
    name = _closed_marks(join(tokens))
    canonical, person = phrase_name(doc, span)
    # "un autre", "l'une d'elles": an unnamed someone who speaks, whom "il" / "elle" may take up
    person = person or _bare_pronoun(doc, span)
    if not person and len(tokens) == 1 and tokens[0].text[:1].isupper():
        # "a déclaré Macron": a surname alone, which the tagger may not read as a person, of
        # someone the article named in full
        person = tracker.known_person(canonical)
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    # Only the phrase's own determiner tells its gender ("la maire", not "de la CGT").
    gender = gender_of_determiner(tokens)
    if gender == "?" and not person:
        gender = {"Fem": "fem", "Masc": "masc"}.get(next(iter(head.morph.get("Gender")), ""), "?")
    if person and gender == "?":
        gender = tracker.gender_of(canonical)
    # "X et Y" are two; "X, recteur de A et administrateur de B" is one with two roles
    plural = "Plur" in head.morph.get("Number") or any(
        t.pos_ == "CCONJ" and not (t.i + 1 < len(doc) and is_role_word(doc[t.i + 1]))
        for t in tokens
    )
    if not person and not plural and _organisation_epithet(tokens):
        # "l'électricien public", "le gendarme du nucléaire": the organisation it describes
        named = tracker.salient_organisation(head.lower_, before=span[0])
        if named is not None:
            return Mention(name, named.canonical, cue, mode, position, gender, False, False)
    # "Gaëlle X, porte-parole de l'association Y": a named person's proxy role is hers
    proxy = person and any(t.lower_ in lexicon().proxy_roles for t in tokens)
    role = role_key(tokens) if is_person_role(tokens) or proxy else ""
    if role and person:
        # "le chef de la diplomatie ukrainienne Dmytro Kouleba": the role is the words before
        # the name, so that "le chef de la diplomatie ukrainienne" alone finds him again.
        # "colonel Jérôme X, porte-parole de …": the words before the name, else those after
        # it ("Fabien X, délégué syndical")
        folded = fold(canonical)
        # the tokenizer keeps "Nourry-Gardien" whole but splits "Vallaud - Belkacem"
        folded = folded if folded in role else folded.replace("-", " ")
        before, _, after = role.partition(folded)
        titles = _folded_titles()
        before = " ".join(w for w in before.split() if w.rstrip(".") not in titles)
        role = before or after.strip()  # "Me Olivier X, avocat de …": "Me" is no role
    later = ""
    if not role and not person and definite(tokens) and is_proxy_role(tokens):
        # "le porte-parole du gouvernement" again: the person the article named so, if any;
        # a headline's "l'avocate de X" is the one the body names so, once it has been read
        proxy = role_key(tokens)
        if tracker.names_role(proxy) or office(proxy) or former_role(proxy):
            # ("le représentant de l'État", another name of the prefect's office, is whoever
            # holds that office; "l'ancien porte-parole du gouvernement" speaks for nobody
            # now, a person the article is about)
            role = proxy
        else:
            later = proxy
    antecedent = ""
    of_someone = former_role(role) and any(t.ent_type_ == "PER" for t in tokens)
    if role and not person and not plural and definite(tokens) and not of_someone:
        # "le maire de Pau a indiqué", "l'ex-locataire de Bercy": an unnamed role in the
        # definite is someone the article is already about ("l'ancienne institutrice du fils
        # d'Amélie X" is someone new, no epithet)
        chosen = tracker.resolve(
            gender,
            False,
            people_only=True,
            before=span[0],
            role=True,
            # "le nouveau préfet" is "le préfet": a modifier is no role's head
            role_head=next(
                (w for w in role.split() if w not in _folded_modifiers()), role.split()[0]
            ),
            asked_role=role,
        )
        antecedent = chosen.canonical if chosen is not None else ""
        if antecedent and fold(antecedent).split()[-1] in fold(name).split():
            antecedent = ""  # "l'avocate de Mohamed Abrini" is never Abrini
    role = role or later
    institution = (
        len(tokens) == 2
        and tokens[0].lower_ in _ANAPHORIC_DETERMINERS
        and tokens[1].lower_ in lexicon().institution_nouns
    )
    organisation = _organisation_anaphor(tokens)
    if not role and not person and not plural and (organisation or institution):
        # "le syndicat", "cette organisation": the organisation the article just named
        body = _body_before_quotation(doc, span[0]) if institution else None
        named = None
        if body is not None:
            # "la Défenseure « n'est pas en mesure … », a souligné l'institution": the body
            # the quoted clause is about, named in the same sentence
            canonical = phrase_name(doc, body)[0]
        elif organisation:
            named = tracker.salient_organisation(head.lower_, before=span[0])
        if body is None and named is None and institution:
            # "a précisé l'hôpital dans un communiqué. … souligne l'établissement": the body
            # that spoke just before, however the article named it
            named = tracker.recent_institution(DOCUMENT_REACH + 1)
        canonical = named.canonical if named is not None else canonical
    elif not role and not person and not plural and _described_organisation(tokens):
        # "le service météorologique" after "Météo-France": an adjective that echoes the name
        named = tracker.organisation_echoing([fold(t.text) for t in tokens[2:]], before=span[0])
        canonical = named.canonical if named is not None else canonical
    elif not role and not person and _source_anaphor(tokens):
        # "…, de source gouvernementale. « … », a souligné cette source": the same unnamed one;
        # "la même source", "de même source": the same as the last, named or not ("…, a
        # affirmé Eurocontrol. De même source, d'autres vols …")
        named = tracker.last_speaker_named(anonymous_source_name)
        if named is None and any(t.lower_ in ("même", "mêmes") for t in tokens):
            named = tracker.recent_speaker(DOCUMENT_REACH)
        canonical = named.canonical if named is not None else canonical
    elif (
        not role
        and not person
        and not plural
        and ((anaphor := _document_anaphor(tokens)) or _new_statement_document(tokens))
    ):
        # "indique l'établissement dans un communiqué. … selon le communiqué": the source whose
        # document of that kind the article named; else ("Chelsea annonce le licenciement de
        # X. « … », précise le communiqué"; "Ils ont confirmé que … « … », indique un communiqué
        # commun", a new document that names no author) that of the source that has just spoken
        issuer = tracker.recent_speaker(DOCUMENT_REACH)
        canonical = (tracker.issuer_of(head.lower_) if anaphor else None) or (
            issuer.canonical if issuer is not None else canonical
        )
    # "», continue le Corse", "l'Argentin a confié": a person named again by their origin
    demonym = (
        head.text[:1].isupper()
        and head.lower_ in lexicon().demonyms
        and tokens[0].lower_ in lexicon().taking_up_determiners
    )
    if not role and not person and not plural and (is_human_noun(head) or demonym):
        if tokens[0].lower_ in lexicon().taking_up_determiners and gender != "?":
            # "La jeune femme se dit « un peu choquée »" after "cette habitante … revit les
            # cris": the person described again, if the article introduced one so
            chosen = tracker.take_up(head.lower_, gender, before=span[0])
            canonical = chosen.canonical if chosen is not None else canonical
        person = True  # "une habitante", "le voisin": someone, whom "elle" or "il" takes up
    return Mention(name, canonical, cue, mode, position, gender, plural, person, role, antecedent)


#: Determiners that point back at a referent already named ("le syndicat", "cette organisation").
_ANAPHORIC_DETERMINERS = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})

#: How many sentences back "le communiqué" still means the one of the source that spoke last.
DOCUMENT_REACH = 2


def _organisation_epithet(tokens: Span) -> bool:
    """ "l'avionneur", "l'électricien public", "le gendarme du nucléaire": a definite noun of a
    company's trade or a body's function (`organisation_epithets`), with no name in it; one
    that may be a person's trade or rank needs a modifier ("le gendarme" is a person;
    `modified_organisation_epithets`)."""
    if len(tokens) < 2 or tokens[0].lower_ not in ("le", "la", "l'", "l’"):
        return False
    noun, rest = tokens[1], tokens[2:]
    if noun.lower_ not in lexicon().organisation_epithets or any(
        t.ent_type_ == "PER" for t in rest
    ):
        return False
    return bool(rest) or noun.lower_ not in lexicon().modified_organisation_epithets


def issued_documents(doc: Doc) -> list[str]:
    """The documents a sentence names as new, of its speaker's ("dans un communiqué", "selon
    son communiqué", "via une lettre"): the nouns that "le communiqué" may take up later."""
    words = lexicon()
    nouns = words.source_nouns - words.unowned_source_nouns
    return [
        t.lower_
        for t in doc
        if t.lower_ in nouns
        and t.i > 0
        and (
            doc[t.i - 1].lower_ in ("un", "une")
            or doc[t.i - 1].lower_ in words.possessive_determiners
        )
    ]


def _new_statement_document(tokens: Span) -> bool:
    """ "un communiqué commun", "une lettre ouverte": a document a source issues
    (`statement_documents`), newly named, with no author nor name in the phrase."""
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in ("un", "une")
        and tokens[1].lower_ in lexicon().statement_documents
        and all(t.pos_ == "ADJ" for t in tokens[2:])
    )


def _document_anaphor(tokens: Span) -> bool:
    """ "le communiqué", "cette lettre": a document named again, with no author of its own."""
    words = lexicon()
    return (
        len(tokens) == 2
        and tokens[0].lower_ in _ANAPHORIC_DETERMINERS
        and tokens[1].lower_ in words.source_nouns - words.unowned_source_nouns
    )


@cache
def _folded_modifiers() -> frozenset[str]:
    """The lexicon's role modifiers folded ("nouveau", "ancien", "ex")."""
    return frozenset(fold(w) for w in lexicon().role_modifiers)


@cache
def _folded_titles() -> frozenset[str]:
    """The lexicon's name titles and words of address folded and without their full stop
    ("me", "dr", "pere"), read once."""
    words = lexicon()
    return frozenset(fold(t).rstrip(".") for t in (*words.name_titles, *words.address_nouns))


def _described_organisation(tokens: Sequence[Token]) -> bool:
    """A definite noun and its adjectives only ("le service météorologique", "l'institut
    sanitaire"): a body described, maybe the one the article named."""
    return (
        len(tokens) >= 3
        and tokens[0].lower_ in _ANAPHORIC_DETERMINERS
        and tokens[1].pos_ in ("NOUN", "PROPN")  # "l'institut" read as a name, lowercase
        and tokens[1].text.islower()
        and all(t.pos_ == "ADJ" and t.text.islower() for t in tokens[2:])
    )


def _source_anaphor(tokens: Sequence[Token]) -> bool:
    """ "cette source", "la même source", "ces sources": an unnamed source taken up, with no
    word of its own to say which ("une source proche du dossier" is a new one)."""
    words = [t.lower_ for t in tokens]
    if not words or words[-1] not in lexicon().anonymous_sources:
        return False
    before = words[:-1]
    demonstrative = before[:1] in (["ce"], ["cet"], ["cette"], ["ces"])
    same = "même" in before or "mêmes" in before
    return len(before) <= 2 and (demonstrative or same)


def _name_closing_the_incise(doc: Doc, incise: tuple[int, int]) -> tuple[int, int] | None:
    """The name after an incise's role and its relative clause, when it ends the sentence
    ("…, écrit l'ancien ministre du Travail, qui a participé à l'écriture de la loi, Olivier
    X."); None otherwise."""
    start, end = incise
    words = lexicon()
    if (
        end + 1 >= len(doc)
        or doc[end].text != ","
        or doc[end + 1].lower_ not in words.relative_pronouns
    ):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in doc[start:end]):
        return None  # the incise names its person already
    last = len(doc)
    while last > end and doc[last - 1].is_punct and doc[last - 1].text != ",":
        last -= 1
    comma = next((t.i for t in reversed(doc[end + 1 : last]) if t.text == ","), None)
    if comma is None or not 1 <= last - comma - 1 <= LABEL_NAME_WORDS:
        return None
    name = doc[comma + 1 : last]
    if not all(_label_name_word(t) for t in name) or not any(t.pos_ == "PROPN" for t in name):
        return None
    return comma + 1, last


def _name_the_parser_made_the_root(
    doc: Doc, in_quote: list[Span], tracker: Tracker
) -> list[Mention]:
    """ "Jordan X, président du Rassemblement national, voit dans la décision « un coup de force
    … »": the parser made the opening name the root and its verb a clause describing it; the
    person is the subject whose words the quotation gives."""
    name = doc[0] if len(doc) else None
    if name is None or name.dep_ != "ROOT" or name.ent_type_ != "PER" or inside(name, in_quote):
        return []
    verb = next(
        (
            c
            for c in name.children
            if c.pos_ == "VERB" and "Fin" in c.morph.get("VerbForm") and not inside(c, in_quote)
        ),
        None,
    )
    quoted = _quoted_tokens(doc, in_quote)
    if verb is None or not quoted or min(quoted) < verb.i:
        return []
    span = noun_phrase(doc, 0, in_quote)
    if span is None:
        return []
    mention = phrase_mention(doc, span, join(doc[verb.i : verb.i + 1]), "subject", verb.i, tracker)
    return [mention] if mention.person else []


def _hypothetical(doc: Doc, verb: Token, group: int) -> bool:
    """Whether the verb of saying stands in a condition ("si les grévistes le jugent
    nécessaire", "s'ils le demandent"): words that may be said, not words reported. The
    clause's "si" opens it, before its subject. A main clause that concedes ("Si l'agence
    estime que …, les recommandations sont malgré tout de …") makes it words reported."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    start = group - 1
    while start >= 0 and not doc[start].is_punct and not _condition(doc, doc[start]):
        start -= 1
    condition = any(_condition(doc, m) for m in marks) or (
        start >= 0 and _condition(doc, doc[start]) and group - start <= 4
    )
    return condition and not _concedes(doc, verb.i + 1)


def _concedes(doc: Doc, start: int) -> bool:
    """Whether the words from `start` hold a mark of concession (`concession_markers`)."""
    words = [t.lower_.replace("’", "'") for t in doc[start:]]
    return any(
        tuple(words[i : i + len(marker)]) == marker
        for marker in lexicon().concession_markers
        for i in range(len(words))
    )


def _condition(doc: Doc, token: Token) -> bool:
    """ "si", or the "s'" of "s'il" and "s'ils" (not the reflexive of "s'énerve")."""
    if token.lower_ not in lexicon().condition_words:
        return False
    elided = token.lower_ != "si"
    return not elided or (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lexicon().elided_condition_subjects
    )


def _closed_marks(name: str) -> str:
    """A speaker's phrase as shown, with the guillemet its quoted name opens closed ("le
    collectif « Médecins pour demain »"; the closing mark is no token of the phrase)."""
    return f"{name} »" if name.count("«") > name.count("»") else name


def _body_before_quotation(doc: Doc, end: int) -> tuple[int, int] | None:
    """The noun phrase right before the last quotation that closes before token `end`, if it
    names a body, not a person: the subject of the quoted clause ("la Défenseure « n'est pas en
    mesure … »"), whom an incise's "l'institution" takes up."""
    marks = [t.i for t in doc[:end] if t.is_quote]
    if len(marks) < 2 or len(marks) % 2:
        return None
    opening = marks[-2]
    if opening == 0 or doc[opening - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    start = np_start(doc, doc[opening - 1])
    tokens = doc[start:opening]
    if not (tokens[0].pos_ == "DET" or tokens[0].text[:1].isupper()):
        return None
    if is_person_role(tokens) or phrase_name(doc, (start, opening))[1]:
        return None
    return start, opening


def _organisation_anaphor(tokens: Sequence[Token]) -> bool:
    """A definite or demonstrative organisation noun standing alone ("le syndicat", "cette
    organisation"), with no name or complement of its own: it takes up an organisation."""
    if len(tokens) < 2 or tokens[0].lower_ not in _ANAPHORIC_DETERMINERS:
        return False
    demonstrative = tokens[0].lower_.startswith("c")
    # "le syndicat majoritaire" may be another union; "ce syndicat" is the one just named
    rest = [t for t in tokens[1:] if not (demonstrative and t.pos_ == "ADJ")]
    words = lexicon()
    while (
        len(rest) >= 2
        and rest[-1].lower_ in words.organisation_nouns
        and rest[0].text.islower()
        and rest[0].pos_ in ("ADJ", "ADV", "NOUN")
        and rest[0].lower_ not in words.organisation_nouns
        and rest[0].lower_ not in words.other_referent_modifiers
    ):
        # "la haute juridiction", "la puissante fédération": an adjective before the noun
        # praises or ranks the body the article named, where one after it ("le syndicat
        # majoritaire") may pick out another; "l'autre syndicat" is another
        rest = rest[1:]
    if (
        len(rest) >= 3
        and rest[0].lower_ in words.organisation_nouns
        and rest[1].lower_ in words.de_forms
        and all(t.text.islower() for t in rest)
    ):
        # "l'association de consommateurs", "le syndicat des pilotes": what kind of body, in
        # common nouns only, takes up the one of that kind the article named ("la Cour des
        # comptes" is a name)
        rest = rest[:1]
    return len(rest) == 1 and rest[0].lower_ in words.organisation_nouns


def _pronoun_mention(
    pronoun: str, cue: str, mode: str, position: int, tracker: Tracker, before: int | None = None
) -> Mention | None:
    """Resolve il/elle/lui/eux to the most salient referent that fits (`Tracker.resolve`),
    among those mentioned before token `before` of the sentence (default: `position`)."""
    fit = pronoun_fit(pronoun)
    if fit is None:
        return None
    gender, plural = fit
    chosen = tracker.resolve(gender, plural, before=position if before is None else before)
    if chosen is None:
        # ", dénonce-t-il" some sentences of narration after the last quotation: too far for
        # salience, still the one voice of the article since
        voice = tracker.only_person_since(WINDOW)
        if voice is not None and voice.plural == plural and voice.gender in (gender, "?"):
            chosen = voice
    written = pronoun.removeprefix("-t").removeprefix("-")
    if chosen is None and plural and (pair := tracker.recent_pair(PAIR_REACH)):
        # no group named: "elles" is the two people just quoted, each on their own
        first, second = pair
        return Mention(
            written,
            first.canonical,
            cue,
            mode,
            position,
            gender,
            True,
            True,
            partner=second.canonical,
        )
    if chosen is None:
        return None
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
