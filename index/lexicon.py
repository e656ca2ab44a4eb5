"""The closed word lists of `data/lexicon.json`, shared by segmentation and attribution."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Lexicon:
    """General French word lists, kept in one data file so no rule hides an article's words."""

    reporting_verbs: frozenset[str]
    reporting_phrases: tuple[tuple[str, ...], ...]
    phrase_heads: frozenset[str]  # the verb each phrase opens on ("tirer", "pointer")
    reporting_forms: dict[str, str]
    according_to: tuple[tuple[str, ...], ...]
    according_first_words: frozenset[str]  # the first word of each, checked on every token
    source_nouns: frozenset[str]
    findings_nouns: frozenset[str]
    non_sources: frozenset[str]
    adverbials: frozenset[str]
    time_units: frozenset[str]
    thing_determiners: frozenset[str]
    day_parts: frozenset[str]
    age_words: frozenset[str]
    unowned_source_nouns: frozenset[str]
    medium_nouns: frozenset[str]
    press_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    public_bodies: frozenset[str]
    opinion_nouns: frozenset[str]
    adverbial_phrases: tuple[tuple[str, ...], ...]
    title_abbreviations: frozenset[str]
    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    subject_pronouns: dict[str, str]
    de_forms: frozenset[str]
    name_titles: frozenset[str]
    address_nouns: frozenset[str]
    feminine_titles: frozenset[str]
    masculine_titles: frozenset[str]
    relative_pronouns: frozenset[str]
    quantifiers: frozenset[str]
    part_nouns: frozenset[str]
    statement_documents: frozenset[str]
    document_channels: tuple[tuple[str, ...], ...]
    definite_determiners: frozenset[str]
    organisation_nouns: frozenset[str]
    person_roles: frozenset[str]
    role_modifiers: frozenset[str]
    former_modifiers: frozenset[str]
    other_referent_modifiers: frozenset[str]
    body_name_prepositions: frozenset[str]
    speaking_nouns: frozenset[str]
    mute_nouns: frozenset[str]
    agent_suffixes: tuple[str, ...]
    mute_suffixes: tuple[str, ...]
    name_particles: frozenset[str]
    participle_endings: tuple[str, ...]
    not_reporting_before_a: frozenset[str]
    reporting_only_before_a: frozenset[str]
    advice_verbs: frozenset[str]
    noun_prepositions: frozenset[str]
    impersonal_subjects: frozenset[str]
    speech_question_words: frozenset[str]
    first_person_determiners: frozenset[str]
    possessive_determiners: frozenset[str]
    anaphors: dict[str, str]
    place_nouns: frozenset[str]
    place_of_nouns: frozenset[str]
    territorial_roles: frozenset[str]
    indefinite_pronouns: frozenset[str]
    statement_headings: frozenset[str]
    list_bullets: tuple[str, ...]
    incise_only_verbs: frozenset[str]
    reason_verbs: frozenset[str]
    reason_markers: tuple[tuple[str, ...], ...]
    participle_prepositions: frozenset[str]
    prepositions: frozenset[str]
    detached_prefixes: frozenset[str]
    condition_words: frozenset[str]
    concession_markers: tuple[tuple[str, ...], ...]
    perfect_auxiliaries: frozenset[str]
    elided_condition_subjects: frozenset[str]
    not_reporting_of_a_person: frozenset[str]
    anonymous_sources: frozenset[str]
    stressed_pronouns: frozenset[str]
    proxy_roles: frozenset[str]
    rank_roles: frozenset[str]
    reflexive_clitics: frozenset[str]
    negation_clitics: frozenset[str]
    infinitive_markers: frozenset[str]
    a_forms: frozenset[str]
    a_complement_roles: frozenset[str]
    showing_verbs: frozenset[str]
    ensuring_verbs: frozenset[str]
    completives: frozenset[str]
    conjunction_heads: frozenset[str]
    colleague_nouns: frozenset[str]
    interrogatives: frozenset[str]
    clause_pronouns: frozenset[str]
    er_participle_endings: tuple[str, ...]
    demonstratives: frozenset[str]
    addressee_verbs: frozenset[str]
    calling_verbs: frozenset[str]
    platform_nouns: frozenset[str]
    incise_openers: frozenset[str]
    continuing_conjunctions: frozenset[str]
    generic_roles: frozenset[str]
    named_thing_nouns: frozenset[str]
    party_roles: frozenset[str]
    decision_verbs: frozenset[str]
    decided_nouns: frozenset[str]
    person_participles: tuple[str, ...]
    people_adjectives: frozenset[str]
    manner_nouns: frozenset[str]
    epithet_nouns: frozenset[str]
    demonyms: frozenset[str]
    organisation_epithets: frozenset[str]
    modified_organisation_epithets: frozenset[str]
    taking_up_determiners: frozenset[str]
    demonstrative_determiners: frozenset[str]
    presenting_determiners: frozenset[str]
    contracted_articles: frozenset[str]
    people_nouns: frozenset[str]
    learned_from: frozenset[str]
    naming_words: tuple[str, ...]
    vote_verbs: frozenset[str]
    suspicion_words: frozenset[str]
    impersonal_places: frozenset[str]
    handing_verbs: frozenset[str]
    content_nouns: frozenset[str]
    idea_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    statement_verbs: frozenset[str]
    rubric_nouns: frozenset[str]
    offices: dict[str, str]
    finite_endings: tuple[str, ...]
    sentence_connectors: frozenset[str]
    object_clitics: frozenset[str]
    site_furniture: tuple[str, ...]


#: Endings of first-group (-er) verbs in the tenses news reports use; the small lemmatiser
#: misses some of them ("indique" -> "indique"), so surface forms are matched as well.
_ER_ENDINGS = (
    "e",
    "ent",
    "é",
    "ée",
    "és",
    "ées",
    "ait",
    "aient",
    "ant",
    "a",
    "èrent",
    "era",
    "eront",
    "erait",
    "eraient",
    "ons",
    "ez",
)


#: The same for second-group (-ir, "finir") verbs: "a réagi", "avertit", "réagissent".
_IR_ENDINGS = ("i", "ie", "is", "ies", "it", "issent", "issait", "issaient", "issant", "ira")


#: Present and future endings after which "é"/"e" of the stem becomes "è" or the consonant
#: doubles: répéter -> répète, marteler -> martèle, appeler -> appelle.
_CHANGED_STEM_ENDINGS = ("e", "es", "ent", "era", "eront", "erait", "eraient")
_STEM_VOWEL = re.compile(r"[ée]([^aeiouyéèêë]+)$")


def _first_group_forms(verbs: list[str]) -> dict[str, str]:
    forms = {}
    # a phrase's verb too ("tirer la sonnette d'alarme": "tire" is "tirer"), not its clitic
    heads = [v.split()[0] for v in verbs if " " in v and not v.startswith(("se ", "s'"))]
    for verb in [*verbs, *heads]:
        if " " in verb or "'" in verb:
            continue
        stem = verb[:-2]
        endings = _ER_ENDINGS if verb.endswith("er") else _IR_ENDINGS if verb.endswith("ir") else ()
        for ending in endings:
            forms.setdefault(stem + ending, verb)
            if verb.endswith(("cer", "ger")) and ending[:1] in ("a", "o"):
                # "lançant", "annonça", "jugeait": c and g keep their sound before a and o
                soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e"
                forms.setdefault(soft + ending, verb)
        changed = _STEM_VOWEL.search(stem) if verb.endswith("er") else None
        if changed:
            grave = stem[: changed.start()] + "è" + changed.group(1)
            doubled = stem + stem[-1]
            for ending in _CHANGED_STEM_ENDINGS:
                forms.setdefault(grave + ending, verb)
                if stem[-1] in "lt":
                    forms.setdefault(doubled + ending, verb)
    return forms


@cache
def lexicon() -> Lexicon:
    """Read the packaged word lists (cached: the file is read once per process)."""
    from index.article import fold

    raw = json.loads(resources.files("index").joinpath("data/lexicon.json").read_text("utf-8"))
    verbs = raw["reporting_verbs"]
    according = tuple(tuple(p.replace("'", "' ").split()) for p in raw["according_to"])
    return Lexicon(
        reporting_verbs=frozenset(v for v in verbs if " " not in v and "'" not in v),
        reporting_phrases=tuple(
            tuple(v.replace("'", "' ").split()) for v in verbs if " " in v or "'" in v
        ),
        phrase_heads=frozenset(v.split()[0] for v in verbs if " " in v),
        reporting_forms={**_first_group_forms(verbs), **raw["reporting_forms"]},
        according_to=according,
        according_first_words=frozenset(phrase[0] for phrase in according),
        source_nouns=frozenset(raw["source_nouns"]),
        findings_nouns=frozenset(raw["findings_nouns"]),
        non_sources=frozenset(raw["non_sources"]),
        adverbials=frozenset(raw["adverbials"]),
        time_units=frozenset(raw["time_units"]),
        thing_determiners=frozenset(raw["thing_determiners"]),
        day_parts=frozenset(raw["day_parts"]),
        age_words=frozenset(raw["age_words"]),
        unowned_source_nouns=frozenset(raw["unowned_source_nouns"]),
        medium_nouns=frozenset(raw["medium_nouns"]),
        press_nouns=frozenset(raw["press_nouns"]),
        institution_nouns=frozenset(raw["institution_nouns"]),
        public_bodies=frozenset(raw["public_bodies"]),
        opinion_nouns=frozenset(raw["opinion_nouns"]),
        adverbial_phrases=tuple(
            tuple(p.replace("'", "' ").split()) for p in raw["adverbial_phrases"]
        ),
        title_abbreviations=frozenset(raw["title_abbreviations"]),
        abbreviations=frozenset(raw["abbreviations"]),
        sentence_starters=frozenset(raw["sentence_starters"]),
        subject_pronouns=dict(raw["subject_pronouns"]),
        de_forms=frozenset(raw["de_forms"]),
        name_titles=frozenset(raw["name_titles"]),
        address_nouns=frozenset(raw["address_nouns"]),
        feminine_titles=frozenset(raw["feminine_titles"]),
        masculine_titles=frozenset(raw["masculine_titles"]),
        relative_pronouns=frozenset(raw["relative_pronouns"]),
        quantifiers=frozenset(raw["quantifiers"]),
        part_nouns=frozenset(raw["part_nouns"]),
        statement_documents=frozenset(raw["statement_documents"]),
        document_channels=tuple(tuple(p.split()) for p in raw["document_channels"]),
        definite_determiners=frozenset(raw["definite_determiners"]),
        organisation_nouns=frozenset(raw["organisation_nouns"]),
        person_roles=frozenset(raw["person_roles"]),
        role_modifiers=frozenset(raw["role_modifiers"]),
        former_modifiers=frozenset(raw["former_modifiers"]),
        other_referent_modifiers=frozenset(raw["other_referent_modifiers"]),
        body_name_prepositions=frozenset(raw["body_name_prepositions"]),
        speaking_nouns=frozenset(w.lower() for w in raw["speaking_nouns"]),
        mute_nouns=frozenset(raw["mute_nouns"]),
        agent_suffixes=tuple(raw["agent_suffixes"]),
        mute_suffixes=tuple(raw["mute_suffixes"]),
        name_particles=frozenset(raw["name_particles"]),
        participle_endings=tuple(raw["participle_endings"]),
        not_reporting_before_a=frozenset(raw["not_reporting_before_a"]),
        reporting_only_before_a=frozenset(raw["reporting_only_before_a"]),
        advice_verbs=frozenset(raw["advice_verbs"]),
        noun_prepositions=frozenset(raw["noun_prepositions"]),
        impersonal_subjects=frozenset(raw["impersonal_subjects"]),
        speech_question_words=frozenset(raw["speech_question_words"]),
        first_person_determiners=frozenset(raw["first_person_determiners"]),
        possessive_determiners=frozenset(raw["possessive_determiners"]),
        anaphors=dict(raw["anaphors"]),
        place_nouns=frozenset(raw["place_nouns"]),
        place_of_nouns=frozenset(raw["place_of_nouns"]),
        territorial_roles=frozenset(raw["territorial_roles"]),
        indefinite_pronouns=frozenset(raw["indefinite_pronouns"]),
        statement_headings=frozenset(raw["statement_headings"]),
        list_bullets=tuple(raw["list_bullets"]),
        incise_only_verbs=frozenset(raw["incise_only_verbs"]),
        reason_verbs=frozenset(raw["reason_verbs"]),
        reason_markers=tuple(tuple(m.split()) for m in raw["reason_markers"]),
        participle_prepositions=frozenset(raw["participle_prepositions"]),
        prepositions=frozenset(raw["prepositions"]),
        detached_prefixes=frozenset(raw["detached_prefixes"]),
        condition_words=frozenset(raw["condition_words"]),
        concession_markers=tuple(tuple(m.split()) for m in raw["concession_markers"]),
        perfect_auxiliaries=frozenset(raw["perfect_auxiliaries"]),
        elided_condition_subjects=frozenset(raw["elided_condition_subjects"]),
        not_reporting_of_a_person=frozenset(raw["not_reporting_of_a_person"]),
        anonymous_sources=frozenset(raw["anonymous_sources"]),
        stressed_pronouns=frozenset(raw["stressed_pronouns"]),
        proxy_roles=frozenset(raw["proxy_roles"]),
        rank_roles=frozenset(raw["rank_roles"]),
        reflexive_clitics=frozenset(raw["reflexive_clitics"]),
        negation_clitics=frozenset(raw["negation_clitics"]),
        infinitive_markers=frozenset(raw["infinitive_markers"]),
        a_forms=frozenset(raw["a_forms"]),
        a_complement_roles=frozenset(raw["a_complement_roles"]),
        showing_verbs=frozenset(raw["showing_verbs"]),
        ensuring_verbs=frozenset(raw["ensuring_verbs"]),
        completives=frozenset(raw["completives"]),
        conjunction_heads=frozenset(raw["conjunction_heads"]),
        colleague_nouns=frozenset(raw["colleague_nouns"]),
        interrogatives=frozenset(raw["interrogatives"]),
        clause_pronouns=frozenset(raw["clause_pronouns"]),
        er_participle_endings=tuple(raw["er_participle_endings"]),
        demonstratives=frozenset(raw["demonstratives"]),
        addressee_verbs=frozenset(raw["addressee_verbs"]),
        calling_verbs=frozenset(raw["calling_verbs"]),
        platform_nouns=frozenset(raw["platform_nouns"]),
        incise_openers=frozenset(raw["incise_openers"]),
        continuing_conjunctions=frozenset(raw["continuing_conjunctions"]),
        generic_roles=frozenset(raw["generic_roles"]),
        named_thing_nouns=frozenset(raw["named_thing_nouns"]),
        party_roles=frozenset(raw["party_roles"]),
        decision_verbs=frozenset(raw["decision_verbs"]),
        decided_nouns=frozenset(raw["decided_nouns"]),
        person_participles=tuple(raw["person_participles"]),
        people_adjectives=frozenset(raw["people_adjectives"]),
        manner_nouns=frozenset(raw["manner_nouns"]),
        epithet_nouns=frozenset(raw["epithet_nouns"]),
        demonyms=frozenset(raw["demonyms"]),
        organisation_epithets=frozenset(raw["organisation_epithets"]),
        modified_organisation_epithets=frozenset(raw["modified_organisation_epithets"]),
        taking_up_determiners=frozenset(raw["taking_up_determiners"]),
        demonstrative_determiners=frozenset(raw["demonstrative_determiners"]),
        presenting_determiners=frozenset(raw["presenting_determiners"]),
        contracted_articles=frozenset(raw["contracted_articles"]),
        people_nouns=frozenset(raw["people_nouns"]),
        learned_from=frozenset(raw["learned_from"]),
        naming_words=tuple(raw["naming_words"]),
        vote_verbs=frozenset(raw["vote_verbs"]),
        suspicion_words=frozenset(raw["suspicion_words"]),
        impersonal_places=frozenset(raw["impersonal_places"]),
        handing_verbs=frozenset(raw["handing_verbs"]),
        content_nouns=frozenset(raw["content_nouns"]),
        idea_nouns=frozenset(raw["idea_nouns"]),
        statement_nouns=frozenset(raw["statement_nouns"]),
        statement_verbs=frozenset(raw["statement_verbs"]),
        rubric_nouns=frozenset(raw["rubric_nouns"]),
        offices=dict(raw["offices"]),
        finite_endings=tuple(raw["finite_endings"]),
        sentence_connectors=frozenset(raw["sentence_connectors"]),
        object_clitics=frozenset(raw["object_clitics"]),
        site_furniture=tuple(fold(p) for p in raw["site_furniture"]),
    )
