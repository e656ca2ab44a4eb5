"""Who a speaker phrase refers to: one entity per source of an article, with all its names.

An article names a source many ways: "Élisabeth Borne", "la ministre du Travail", "elle",
"Mme Borne"; "Dmitri Peskov", "le porte-parole du Kremlin", "M. Peskov"; "l'Élysée", "la présidence
française". `Tracker` follows the people and organisations of an article sentence by sentence
(who is the subject, who spoke, who was only mentioned) and answers two questions:

* which earlier referent a pronoun or an unnamed role points at -- the most *salient* one that
  fits its gender and number, where salience decays with distance and weighs a speaker above a
  subject above a mere mention (the centering idea, as simple weights);
* which name a role stands for, from the article's own appositions ("Muriel Pénicaud, ministre du
  Travail"; "le ministre de l'Économie Bruno Le Maire").

`canonical_names` then settles one spelling per entity. Nothing here knows a name: the word lists
are in `data/lexicon.json` and `data/sources.json`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from index.article import fold
from index.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How fast salience fades: a referent of the previous sentence counts 0.4 as much.
DECAY = 0.4
#: Weights of a referent's roles in a sentence (speaker > subject > any other mention).
SPEAKER, SUBJECT, MENTIONED = 1.0, 0.8, 0.45
#: How many sentences back a pronoun or role may reach; keeps long articles linear.
WINDOW = 12
#: Salience that a person named in the title keeps all through the article, for an unnamed
#: role in the definite ("le président") to point back at.
TOPIC = 0.3
#: Added to the weight of a person's first mention in the article.
NOVELTY = 0.4
#: How much a referent of unknown gender counts for "il" or "elle", against one that fits.
UNKNOWN_GENDER = 0.75
#: How much more a person than an organisation is what a singular pronoun means.
PERSON_BONUS = 3.0
#: Below this salience nobody is close enough to be what "il" means.
FLOOR = 0.02
#: How many sentences back "la jeune femme" or "l'habitante" may take up someone called so.
TAKE_UP_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source as the article writes it (`name`) and as one entity of the article (`canonical`)."""

    name: str
    canonical: str
    #: The roles the article gives this source anywhere, folded ("maire de villeneuve" from
    #: "Jeanne Morel, maire de Villeneuve, a présenté…"), though the sentences that quote it
    #: say only "elle": a question asking for "the mayor" finds her by them.
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker found in one sentence, before canonical names are settled across the article."""

    name: str
    canonical: str
    cue: str
    mode: str  # incise | preposed | participle | according | relative | agent | subject | carried
    position: int
    gender: str  # masc | fem | ?
    plural: bool
    person: bool
    #: The folded role words when the phrase is a role ("ministre du travail"), else "".
    role: str = ""
    #: For an unnamed role: the salient person it most likely means, settled at the end.
    antecedent: str = ""
    #: For a plural pronoun that takes up two people the article quoted apart ("selon elles"
    #: after Nour, then Issra): the other one, who speaks too.
    partner: str = ""


@dataclass
class _Entity:
    """What the article has said of one referent so far."""

    canonical: str
    person: bool
    plural: bool
    gender: str = "?"
    roles: set[str] = field(default_factory=set)
    seen: list[tuple[int, float, int]] = field(default_factory=list)  # sentence, weight, token
    #: Which of `seen` first named the person, and so weighs `NOVELTY` more.
    introduced: int | None = None


class Tracker:
    """The referents of one article, read in order, with their salience at the current sentence."""

    def __init__(self) -> None:
        self._entities: dict[str, _Entity] = {}
        self._links: list[tuple[str, str, int]] = []  # (role key, person key, sentence)
        self._topics: set[str] = set()
        self._documents: dict[str, str] = {}  # document noun -> key of who issued the last one
        self.sentence = 0

    # -- reading ------------------------------------------------------------------------------

    def next_sentence(self) -> None:
        self.sentence += 1

    def issued(self, noun: str, key: str) -> None:
        """Record that a source (its entity key) spoke in a document ("indique l'établissement
        dans un communiqué"): what "le communiqué" means further on."""
        self._documents[noun] = key

    def issuer_of(self, noun: str) -> str | None:
        """The name of who issued the last document of that kind the article named, if any."""
        entity = self._entities.get(self._documents.get(noun, ""))
        return entity.canonical if entity is not None else None

    def key(self, canonical: str) -> str:
        """The entity key of a name: a lone surname, or a lone first name ("Annick Deloziere …
        Annick va devoir"), joins the one full name already seen that it belongs to."""
        folded = fold(canonical)
        if "." in folded:
            # "G.Attal", "G. Attal" in a headline
            initialled = _initialled(folded, self._people())
            if initialled is not None:
                return initialled
        if folded in self._entities or " " in folded:
            return folded
        return _full_name(folded, self._people()) or folded

    def known_person(self, canonical: str) -> bool:
        """Whether a name is a person the article has named ("Macron" after "Emmanuel
        Macron"), whatever the tagger made of the word alone."""
        key = self.key(canonical)
        entity = self._entities.get(key)
        return entity is not None and entity.person and not entity.plural and " " in key

    def _people(self) -> list[str]:
        """The keys of the single persons met so far."""
        return [k for k, e in self._entities.items() if e.person and not e.plural]

    def observe(
        self,
        canonical: str,
        weight: float,
        *,
        person: bool,
        plural: bool,
        position: int = 0,
        gender: str = "?",
        role: str = "",
        introduced: bool = True,
    ) -> str:
        """Record that the current sentence mentions a referent; returns its entity key.

        A person named for the first time weighs more (`NOVELTY`), unless the name only
        completes another noun (`introduced` false: "au local de Breil", "la démission de X").
        """
        key = self.key(canonical)
        if " " in key and key not in self._entities and not plural:
            # The full name arrives after the surname: the surname's history becomes its own.
            surname = key.split()[-1]
            if surname in self._entities and self._entities[surname].person:
                self._entities[key] = self._entities.pop(surname)
                self._entities[key].canonical = canonical
                self._links = [
                    (role, key if linked == surname else linked, sentence)
                    for role, linked, sentence in self._links
                ]
                if surname in self._topics:
                    self._topics = (self._topics - {surname}) | {key}
        novel = key not in self._entities
        entity = self._entities.setdefault(key, _Entity(canonical, person, plural))
        if novel and person and introduced:
            weight += NOVELTY  # a person just introduced is who the next sentences are about
            entity.introduced = len(entity.seen)
        entity.person = entity.person or person
        if entity.gender == "?" and gender != "?":
            entity.gender = gender
        if role:
            entity.roles.add(role)
            if person:
                self._links.append((role, key, self.sentence))
        entity.seen.append((self.sentence, weight, position))
        self._entities[key] = self._entities.pop(key)  # most recently seen last
        return key

    def add_role(self, key: str, role: str) -> None:
        """Another role the article gives a person it has named ("X est épidémiologiste"),
        without making the person more salient."""
        entity = self._entities.get(key)
        if entity is not None and role:
            entity.roles.add(role)
            self._links.append((role, key, self.sentence))

    def add_kind(self, key: str, noun: str) -> None:
        """The common noun an organisation was introduced with ("le groupe de santé Ramsay"):
        "le groupe" further on may take it up though it never acted (`salient_organisation`)."""
        entity = self._entities.get(key)
        if entity is not None and not entity.person:
            entity.roles.add(noun)

    def make_topic(self, key: str) -> None:
        """A person the title names stays salient for roles through the article (`TOPIC`)."""
        if key in self._entities and self._entities[key].person:
            self._topics.add(key)

    def set_gender(self, key: str, gender: str) -> None:
        """Evidence from agreement ("s'est dite choquée") or a title (Mme) about a referent."""
        entity = self._entities.get(key)
        if entity is not None and entity.gender == "?" and gender in ("masc", "fem"):
            entity.gender = gender

    # -- resolving ----------------------------------------------------------------------------

    def _recent(self) -> Iterator[tuple[str, _Entity]]:
        """Referents seen within `WINDOW` sentences, latest first: long articles stay linear."""
        seen = set()
        for key in reversed(self._entities):
            entity = self._entities[key]
            if self.sentence - entity.seen[-1][0] > WINDOW:
                break
            seen.add(key)
            yield key, entity
        for key in self._topics - seen:
            yield key, self._entities[key]

    def salience(self, key: str, before: int | None = None, topical: bool = False) -> float:
        """Decayed weight of a referent's mentions; in the current sentence only those before
        token `before` count (a pronoun points back, not at a name that follows it)."""
        entity = self._entities[key]
        # A definite role ("le président") may name the article's topic however far back it
        # was named; a pronoun points at what was just said (`TOPIC` counts for roles only).
        return (TOPIC if topical and key in self._topics else 0.0) + sum(
            weight * DECAY ** (self.sentence - sentence)
            for sentence, weight, position in entity.seen
            if self.sentence - sentence <= WINDOW
            and (sentence < self.sentence or before is None or position < before)
        )

    def resolve(
        self,
        gender: str,
        plural: bool,
        *,
        people_only: bool = False,
        before: int | None = None,
        role: bool = False,
        role_head: str = "",
        asked_role: str = "",
    ) -> _Entity | None:
        """The most salient referent that fits a pronoun's gender and number.

        A referent whose gender the article never showed fits both, at a lower weight, so a known
        "la ministre" beats an unknown name for "elle"; people outrank organisations for a
        singular pronoun, which in reported speech is almost always a person.
        """
        best, best_score = None, FLOOR
        for key, entity in self._recent():
            if entity.plural != plural or (people_only and not entity.person):
                continue
            if role_head and not self._may_hold(entity, role_head, asked_role):
                continue
            if gender == "any":  # a possessive ("selon son récit") shows no gender
                factor = 1.0
            elif entity.gender == "?":
                factor = UNKNOWN_GENDER
            elif entity.gender == gender or (plural and gender == "masc"):
                factor = 1.0
            else:
                continue
            if not plural and entity.person:
                factor *= PERSON_BONUS
            score = self.salience(key, before, topical=role) * factor
            if score > best_score:
                best, best_score = entity, score
        return best

    @staticmethod
    def _may_hold(entity: _Entity, role_head: str, role: str = "") -> bool:
        """Whether an unnamed role ("le procureur") may be this referent: one the article gave
        that role, or a person it named; not someone known only by another role ("l'auteur
        présumé de l'attaque" is not "le procureur de Paris" of the same sentence), and not,
        for an office the lexicon knows ("le chef de l'État"), a person the article gave
        other roles only ("le directeur du site")."""
        held = [
            r
            for r in (*entity.roles, fold(entity.canonical))
            # "l'ancien ministre de la Santé" is not "le ministre de la Santé"
            if r and (former_role(role) or not former_role(r))
        ]
        if any(r.split()[0] == role_head for r in held):
            # "le responsable syndical", then "le responsable"; but "le président du conseil
            # régional" is not the one named "président du conseil départemental"
            # (a complement in other words, "du premier syndicat agricole" for "de la FNSEA",
            # may be the same office: only one that overlaps without fitting is another)
            asked = _role_words(role) - {role_head}
            return any(
                r.split()[0] == role_head
                and (
                    not (given := _role_words(r) - {role_head}) & asked
                    or asked <= given
                    or given <= asked
                )
                for r in held
            )
        if not former_role(role) and any(
            r.split()[0] == role_head and former_role(r) for r in entity.roles
        ):
            return False  # the one the article called "l'ancien ministre" holds it no more
        parties = lexicon().party_roles
        if entity.roles and all(r.split()[0] in parties for r in entity.roles if r):
            return False  # "le prévenu" Vincent X is not "le procureur" of his hearing
        if former_role(role):
            # "l'ancien porte-parole du gouvernement a ensuite raconté" of the minister the
            # article is about: an office left is an epithet for someone holding another now
            return entity.canonical[:1].isupper()
        words = lexicon()
        asked = office(role) if role else ""
        # "le représentant de l'État" is another name of an office (the prefect's), not a
        # proxy speaking for someone
        periphrasis = bool(asked) and asked != _bare(role)
        if (
            role_head in words.proxy_roles
            and not periphrasis
            and any(
                r and r.split()[0] in _folded_person_roles() and r not in words.rank_roles
                for r in entity.roles
            )
        ):
            # "le président du Sénat X" is not "le porte-parole des pompiers" of the next
            # sentence; "le lieutenant-colonel X", a rank, may be
            return False
        if asked and entity.roles:
            generic = lexicon().generic_roles
            return any(
                office(r) == asked or r.split()[0] in (asked.split()[0], *generic)
                for r in entity.roles
                if r
            )
        return entity.canonical[:1].isupper()

    def take_up(self, noun: str, gender: str, before: int | None = None) -> _Entity | None:
        """The person "la jeune femme" or "cette habitante" describes again: one the article
        called by that noun, else, for a word of sex or age only, the most salient person of
        that gender (a word of where one lives is someone new unless used before: "cette
        habitante" after a mayor is not the mayor)."""
        folded = fold(noun)
        candidates = [
            (self.salience(key, before), entity)
            for key, entity in self._recent()
            if entity.person and not entity.plural and entity.gender in (gender, "?")
        ]
        voice = self._spoke_within(1, kept=lambda e: e.person and not e.roles)
        if (
            noun in lexicon().people_nouns
            and voice is not None
            and not voice.plural
            and voice.gender in (gender, "?")
        ):
            # "Un autre ajoute : « … ». Cet habitant avait déjà vu …", "raconte Jean-Noël. Cet
            # habitant …": the private person who has just spoken (one with an office, "cette
            # habitante" after a mayor, is someone new)
            return voice
        called = [
            c
            for c in candidates
            if (
                folded in fold(c[1].canonical).split()
                or any(folded in role.split() for role in c[1].roles)
            )
            # seen lately: "ce jeune homme" of the verdict's paragraph is not "l'homme" who
            # stands up in the courtroom eight sentences on
            and any(seen >= self.sentence - TAKE_UP_SENTENCES for seen, _, _ in c[1].seen)
        ]
        if not called and (noun in lexicon().epithet_nouns or noun in lexicon().demonyms):
            # only someone who spoke in the sentence before or this one: a witness whose words
            # the article goes on with, not a name in passing ("près de Chevenon"), nor someone
            # acting in between ("un policier est intervenu. L'homme a élevé la voix")
            called = [
                c
                for c in candidates
                if c[1].gender == gender
                and any(
                    weight >= SPEAKER and seen >= self.sentence - 1 for seen, weight, _ in c[1].seen
                )
            ]
            if not called:
                # "Camille X a dû quitter sa maison. « … », a dit la jeune femme": a person the
                # sentence before named as its subject, whose first name tells no gender
                called = [
                    c
                    for c in candidates
                    if c[1].introduced is not None
                    and _proper_name(c[1].canonical)
                    and any(
                        weight >= SUBJECT and seen == self.sentence - 1
                        for seen, weight, _ in c[1].seen
                    )
                ]
                called = called if len(called) == 1 else []
        return max(called, key=lambda c: c[0])[1] if called else None

    def salient_organisation(self, noun: str, before: int | None = None) -> _Entity | None:
        """The organisation known by a name ("le SNES-FSU") that "le syndicat" or "cette
        organisation" takes up: one whose name holds the noun ("l'Institut" is the Institut de
        veille sanitaire), else the most salient; a common noun ("la préfecture") is no name."""
        folded = fold(noun)
        candidates = [
            (
                self.salience(key, before),
                folded in fold(entity.canonical).split() or noun in entity.roles,
                entity,
            )
            for key, entity in self._recent()
            if not entity.person
            and not entity.plural
            and entity.canonical[:1].isupper()
            # one that acted or spoke, not a name in passing ("les lecteurs du Times"), unless
            # the article introduced it with that very noun ("du groupe de santé Ramsay")
            and (any(weight >= SUBJECT for _, weight, _ in entity.seen) or noun in entity.roles)
        ]
        named = [c for c in candidates if c[1]]
        if not named and noun not in lexicon().public_bodies:
            # "le syndicat" for the CGT, named by its acronym alone; not "le ministère" for a
            # union the article named last (a public body is its own source)
            named = [c for c in candidates if c[0] > FLOOR]
        return max(named, key=lambda c: c[0])[2] if named else None

    def last_outlet(self) -> _Entity | None:
        """The newspaper, channel or agency the article named last ("selon des informations du
        journal Le Parisien"): whom "nos confrères" further on means."""
        press = lexicon().press_nouns
        return next(
            (e for _, e in self._recent() if not e.person and e.roles & press),
            None,
        )

    def previous_organisation(self) -> _Entity | None:
        """The organisation the sentence before had as its subject ("La fédération ovine
        exige …"): what "son président" in this sentence is the president of."""
        found = [
            entity
            for _, entity in self._recent()
            if not entity.person
            and not entity.plural
            and any(s == self.sentence - 1 and w >= SUBJECT for s, w, _ in entity.seen)
        ]
        return found[-1] if len(found) == 1 else None

    def organisation_echoing(
        self, adjectives: list[str], before: int | None = None
    ) -> _Entity | None:
        """The most salient organisation whose name an adjective echoes by its first letters
        ("météorologique" and "Météo-France", "sanitaire" and "Agence sanitaire X"): what "le
        service météorologique" describes. Folded adjectives; stems of five letters at least."""
        stems = [a[:STEM] for a in adjectives if len(a) >= STEM]
        candidates = [
            (self.salience(key, before), entity)
            for key, entity in self._recent()
            if not entity.person
            and entity.canonical[:1].isupper()
            and any(stem in _own_name(entity.canonical) for stem in stems)
        ]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def last_speaker(self, people_only: bool = True) -> _Entity | None:
        """The person (or any source) who spoke most recently (within `WINDOW` sentences)."""
        found = self._last_spoken(people_only)
        return found[1] if found is not None else None

    def recent_speaker(self, within: int) -> _Entity | None:
        """Whoever spoke last, person or not, if within `within` sentences."""
        return self._spoke_within(within)

    def _spoke_within(
        self, within: int, kept: Callable[[_Entity], bool] | None = None
    ) -> _Entity | None:
        """The last speaker `kept` accepts (person or not), if within `within` sentences."""
        found = self._last_spoken(people_only=False, kept=kept)
        return found[1] if found is not None and self.sentence - found[0] <= within else None

    def _last_spoken(
        self, people_only: bool = True, kept: Callable[[_Entity], bool] | None = None
    ) -> tuple[int, _Entity] | None:
        """`last_speaker` with the sentence it last spoke in; `kept` keeps the speakers it
        accepts."""
        best: tuple[int, _Entity] | None = None
        for _, entity in self._recent():
            spoke = self._spoken(entity)
            if (
                (entity.person or not people_only)
                and (kept is None or kept(entity))
                and spoke
                and (best is None or max(spoke) > best[0])
            ):
                best = (max(spoke), entity)
        return best

    def last_speaker_named(self, named: Callable[[str], bool]) -> _Entity | None:
        """The last speaker whose name `named` accepts: the unnamed source "de source
        gouvernementale" that "cette source" takes up."""
        found = self._last_spoken(people_only=False, kept=lambda e: named(e.canonical))
        return found[1] if found is not None else None

    def has_spoken(self, canonical: str) -> bool:
        """Whether the referent of this name has spoken before the current sentence."""
        entity = self._entities.get(self.key(canonical))
        return entity is not None and any(s < self.sentence for s in self._spoken(entity))

    def recent_institution(self, within: int) -> _Entity | None:
        """The body (no person, not plural) that spoke last, if within `within` sentences:
        whom "l'établissement" takes up after "a précisé l'hôpital"."""
        return self._spoke_within(within, kept=lambda e: not e.person and not e.plural)

    def sole_voice(self, within: int) -> _Entity | None:
        """The last speaker, if it spoke within `within` sentences and no other person has
        been a subject or a speaker since: whom an unintroduced quotation goes on with."""
        found = self._last_spoken()
        if found is None:
            return None
        last, speaker = found
        if self.sentence - last > within:
            return None
        for _, entity in self._recent():
            if entity is not speaker and any(
                s > last and weight >= SUBJECT for s, weight, _ in entity.seen
            ):
                return None
        return speaker

    def recent_pair(self, within: int) -> tuple[_Entity, _Entity] | None:
        """The last two sources who spoke, each a single one named (a person, or a name the
        tagger did not know for one), both within `within` sentences: whom a plural pronoun
        takes up when no group was named ("« … », déplore Nour. « … », défend Issra. … selon
        elles"). No gender is asked: the tagger's gender of an unknown first name is a guess."""
        spoke = [
            (max(sentences), entity)
            for _, entity in self._recent()
            if (entity.person or entity.canonical[:1].isupper())
            and not entity.plural
            and (sentences := self._spoken(entity))
            and self.sentence - max(sentences) <= within
        ]
        spoke.sort(key=lambda found: found[0])
        if len(spoke) < 2:
            return None
        return spoke[-1][1], spoke[-2][1]

    def only_person_since(self, within: int) -> _Entity | None:
        """The last speaker, if it spoke within `within` sentences and the article has named
        no other person, nor heard anything else speak, since: whom ", dénonce-t-il" means
        after some sentences of narration that named only a body or a thing."""
        found = self._last_spoken()
        if found is None or self.sentence - found[0] > within:
            return None
        last, speaker = found
        for _, entity in self._recent():
            if entity is speaker:
                continue
            if any(s > last for s in self._spoken(entity)) or (
                entity.person and any(s > last for s, _, _ in entity.seen)
            ):
                return None
        return speaker

    def subject_of(self, sentence: int) -> _Entity | None:
        """The person a sentence was about (its subject), if exactly one."""
        found = [
            entity
            for _, entity in self._recent()
            if entity.person
            and any(s == sentence and weight >= SUBJECT for s, weight, _ in entity.seen)
        ]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _spoken(entity: _Entity) -> list[int]:
        """The sentences in which a referent spoke: being introduced is no speaking ("Les cinq
        autres prévenus ont été reconnus coupables." is about them, not by them)."""
        return [
            s
            for k, (s, weight, _) in enumerate(entity.seen)
            if weight - (NOVELTY if k == entity.introduced else 0.0) >= SPEAKER
        ]

    def named_for(self, role: str, gender: str = "?", *, definite: bool = False) -> str | None:
        """The person the article named with this role words, if exactly one (a role the
        article only ever used unnamed, "pour l'éleveur", names nobody). A role said in the
        masculine ("le ministre") is not a woman ("la Première ministre Élisabeth X"); the
        masculine of a rank may name a woman ("le lieutenant-colonel Claire X"), so a man is
        not ruled out for a feminine role. `definite`: the role was written with a definite
        article, so that a longer role than the one a person was given ("le sous-préfet
        d'Albertville" for "le sous-préfet" Nicolas X) may be that person."""
        if not role:
            return None
        # a role seen unnamed ("la porte-parole de la gendarmerie", linked to itself without its
        # determiners) names nobody
        links = [
            (linked, key)
            for linked, key, _ in self._links
            if key != linked
            and self._entities[key].canonical[:1].isupper()
            and not (gender == "masc" and self._entities[key].gender == "fem")
            # "le ministre de la Santé" is not the one the article called "l'ancien ministre
            # de la Santé"; "l'ancien ministre" may be the one it gave the office before
            and (former_role(role) or not former_role(linked))
        ]
        names = {key for linked, key in links if linked == role}
        if len(names) == 1:
            return self._entities[names.pop()].canonical
        held = office(role)
        if held:
            # "le chef de l'État" for the person named "le président de la République X"
            names = {key for linked, key in links if office(linked) == held}
            if len(names) == 1:
                return self._entities[names.pop()].canonical
        head = role.split()[0]
        holders = {key for linked, key in links if linked.split()[0] == head}
        if len(holders) == 1 and len(role.split()) == 1:
            return self._entities[next(iter(holders))].canonical
        asked = _role_words(role)
        if len(asked) >= 2:
            # "le président de l'Union des syndicats de pharmaciens" for the person named "le
            # président de l'Union de syndicats des pharmaciens d'officine (USPO)": the same
            # head and every word of the shorter phrase, whatever its articles
            names = {
                key
                for linked, key in links
                if linked.split()[0] == head and asked <= _role_words(linked)
            }
            if len(names) == 1:
                return self._entities[names.pop()].canonical
            # "le maire de La Teste-de-Buch en Gironde" in a headline for the person the body
            # names "maire de La Teste-de-Buch": every word of the named role, with its place
            names = {
                key
                for linked, key in links
                if linked.split()[0] == head
                and len(given := _role_words(linked)) >= 2
                and given <= asked
            }
            if len(names) == 1:
                return self._entities[names.pop()].canonical
            # "le sous-préfet d'Albertville déclare : « … »" before the article names anyone,
            # then "Nicolas X" and "a ajouté le sous-préfet": the one person given that head,
            # when none of his roles of that head names another place or body (in the
            # definite: "un pharmacien de Lyon" may be anyone)
            if definite and len(holders) == 1:
                key = next(iter(holders))
                same = [r for r in self._entities[key].roles if r and r.split()[0] == head]
                if same and all(_role_words(r) <= asked for r in same):
                    return self._entities[key].canonical
        return None

    def names_role(self, role: str) -> bool:
        """Whether the article gave these exact role words to a named person."""
        return any(linked == role for linked, _, _ in self._links)

    def full_names(self) -> dict[str, str]:
        """Every person named with more than one word, folded key to spelling: a speaker the
        article goes on calling "Sophie" or "Marchetti" is one of them."""
        return {
            k: e.canonical
            for k, e in self._entities.items()
            if e.person and not e.plural and " " in k
        }

    def roles_of(self, canonical: str) -> tuple[str, ...]:
        """The role words the article linked to a referent (`observe`), in a stable order."""
        entity = self._entities.get(self.key(canonical))
        return tuple(sorted(entity.roles)) if entity else ()

    def gender_of(self, canonical: str) -> str:
        entity = self._entities.get(self.key(canonical))
        return entity.gender if entity else "?"


#: How many first letters of an adjective must be in an organisation's name to echo it.
STEM = 5


def office(role: str) -> str:
    """The office a role phrase names, when the lexicon knows it under several names (role
    keys carry no determiners: "chef de etat" for "le chef de l'État")."""
    other_names, offices = _offices()
    role = _bare(role)
    return other_names.get(role, role if role in offices else "")


@cache
def _offices() -> tuple[dict[str, str], frozenset[str]]:
    """The lexicon's `offices` with bare keys (other name -> office), and the offices
    themselves: built once, as every role of every article is looked up in it."""
    other_names = {_bare(k): _bare(v) for k, v in lexicon().offices.items()}
    return other_names, frozenset(other_names.values())


@cache
def _role_words(role: str) -> frozenset[str]:
    """The words of a folded role key that carry meaning: no articles, "de" forms, elided
    letters or brackets ("president de union de syndicats des pharmaciens d' officine ( uspo )"
    -> president, union, syndicats, pharmaciens, officine, uspo)."""
    function = {*lexicon().de_forms, "le", "la", "les", "l'", "d'", "(", ")", ","}
    return frozenset(w for w in role.replace("’", "'").split() if w not in function)


def _bare(role: str) -> str:
    words = fold(role).replace("’", "'").replace("l'", "").split()
    return " ".join(w for w in words if w not in ("le", "la", "les"))


def resolve_roles(mentions: list[Mention], tracker: Tracker) -> list[Mention]:
    """Give an unnamed role the person it stands for: the article's apposition, else salience."""
    resolved = []
    for mention in mentions:
        if mention.person or not mention.role:
            resolved.append(mention)
            continue
        named = (
            tracker.named_for(mention.role, mention.gender, definite=_definite(mention.name))
            or mention.antecedent
        )
        resolved.append(replace(mention, canonical=named, person=True) if named else mention)
    return resolved


def _definite(written: str) -> bool:
    """Whether a phrase as written opens on a definite article ("le sous-préfet …")."""
    first = fold(written).replace("’", "'").split(" ", 1)[0]
    return first in ("le", "la", "les") or first.startswith("l'")


def role_key(tokens: Sequence[Token]) -> str:
    """The folded role words of a phrase: "la ministre du Travail" -> "ministre du travail"; a
    bracketed aside ("président (DVG) de la métropole") and an opening modifier ("le nouveau
    ministre") are left out, unless with it the words are an office the lexicon knows ("la
    Première ministre" -> "premiere ministre"); a modifier that puts the role in the past is
    kept at the end ("l'ancien ministre de la Santé" -> "ministre de la sante ancien")."""
    depth, kept = 0, []
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and token.text != ")":
            kept.append(token)
    words = [t for t in kept if t.pos_ != "DET" and t.text not in (",", '"', "-")]
    former = False
    while words and (words[0].pos_ == "ADJ" or words[0].lower_ in lexicon().role_modifiers):
        if office(fold(" ".join(t.text for t in words))):
            break  # "la Première ministre" holds another office than "le ministre du Travail"
        former = former or words[0].lower_ in lexicon().former_modifiers
        words = words[1:]
    key = fold(" ".join(t.text for t in words))
    return f"{key} {FORMER}" if former and key else key


#: The word a role key ends with when its holder held it before ("l'ancien ministre de la
#: Santé" -> "ministre de la sante ancien"): after the head, so that the head still groups it
#: with the role, but no present holder of the role is taken for its former one.
FORMER = "ancien"


def former_role(role: str) -> bool:
    """Whether a role key is a former one (`FORMER`)."""
    return role.endswith(f" {FORMER}")


def is_person_role(tokens: Sequence[Token]) -> bool:
    """A phrase whose head is a role a person holds ("le ministre", "l'ex-locataire de Bercy").

    A proxy ("l'avocat", "le porte-parole") counts only bare: "le porte-parole du Kremlin" is a
    new person, not the one the article was talking about.
    """
    words = lexicon()
    for k, token in enumerate(tokens):
        # "Wa X, agent d'accueil, …": a listed role the tagger read as an adverb
        misread = (
            token.pos_ == "ADV" and token.text.islower() and token.lower_ in words.person_roles
        )
        if token.lower_ in words.address_nouns and _name_follows(tokens, k):
            continue  # "le père Loïc X, curé de …": a word of address, the role comes after
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or misread:
            word = _unprefixed(token.lower_)
            lemma = token.lemma_.lower()
            if (
                word in words.role_modifiers
                and k + 1 < len(tokens)
                and tokens[k + 1].pos_ == "NOUN"
            ):
                continue  # "le premier volet": the noun after the modifier is the head
            if is_human_noun(token):
                return False  # "cet habitant": someone taken up, not the holder of a role
            if word in words.person_roles or lemma in words.person_roles:
                return True
            if word in words.proxy_roles or lemma in words.proxy_roles:
                rest = tokens[k + 1 :]
                return not any(t.lower_ in words.de_forms for t in rest)
            if token.pos_ in ("NOUN", "PROPN"):
                # An epithet for a person: "le milliardaire républicain", "l'immunologiste"
                return token.pos_ == "NOUN" and _agent_noun(token)
    return False


def _name_follows(tokens: Sequence[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()


def is_human_noun(token: Token) -> bool:
    """A noun for a private person, by sex or age ("la jeune femme", "le quinquagénaire") or by
    where they live or what they saw ("une habitante", "ce voisin"): someone, though no role."""
    words = lexicon()
    forms = {token.lower_, token.lemma_.lower()}
    return not (forms.isdisjoint(words.epithet_nouns) and forms.isdisjoint(words.people_nouns))


def _unprefixed(word: str) -> str:
    """A role word without the prefix that ranks it ("ex-ministre", "sous-préfet", "vice-…")."""
    for prefix in ("ex-", "co-", "sous-", "vice-"):
        word = word.removeprefix(prefix)
    return word


def is_role_word(token: Token) -> bool:
    """One word naming what a person is, whatever its tag ("épidémiologiste" read as an
    adjective after "est"): a role of the lexicon or an agent noun."""
    words = lexicon()
    word = _unprefixed(token.lower_)
    return (
        word in words.person_roles
        or token.lemma_.lower() in words.person_roles
        or (token.pos_ in ("NOUN", "ADJ") and _agent_noun(token))
    )


def is_proxy_role(tokens: Sequence[Token]) -> bool:
    """A phrase headed by a proxy's role ("le porte-parole du gouvernement", "l'avocat de X")."""
    words = lexicon()
    content = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    if len(content) > 1 and _unprefixed(content[0].lower_) in words.role_modifiers:
        content = content[1:]  # "l'ancien porte-parole du gouvernement": the noun is the head
    head = content[0] if content else None
    return head is not None and (
        head.lower_ in words.proxy_roles or head.lemma_.lower() in words.proxy_roles
    )


def _agent_noun(token: Token) -> bool:
    """A noun that names a person by what they do, by its suffix (-iste, -aire, -eur…)."""
    words = lexicon()
    lower, lemma = token.lower_, token.lemma_.lower()
    listed = any(w in words.speaking_nouns or w in words.source_nouns for w in (lower, lemma))
    if listed or _mute(lower, lemma) or is_human_noun(token):
        # "le secteur", groups ("le syndicat") that are not one person, and a word of age or
        # of where one lives ("ce quadragénaire", "cet habitant"), which takes up a person
        # rather than naming a role
        return False
    return lower.endswith(words.agent_suffixes) and "Plur" not in token.morph.get("Number")


def is_speaking_noun(token: Token) -> bool:
    """Can a common noun head name a source? People, groups, institutions, a text: yes;
    "ces mesures", "la vidéo", "l'idée": no. Agent suffixes (-eur, -iste, -ant…) cover roles
    the lists miss."""
    words = lexicon()
    lower = _unprefixed(token.lower_)
    lemma = _unprefixed(token.lemma_.lower())
    if lower in words.person_roles or lemma in words.person_roles:
        return True
    if lower in words.speaking_nouns or lemma in words.speaking_nouns or is_human_noun(token):
        return True
    if lower in words.people_adjectives:
        return True  # "un jeune a raconté"
    if lower in words.source_nouns or lemma in words.source_nouns:
        return True
    if _mute(lower, lemma):
        return False
    return lemma.endswith(words.agent_suffixes) or lower.endswith(words.agent_suffixes)


def _mute(lower: str, lemma: str) -> bool:
    """A noun for a thing, listed ("le secteur") or by its ending (-ment, -tion, -ité…)."""
    words = lexicon()
    return (
        lower in words.mute_nouns
        or lemma in words.mute_nouns
        or lower.endswith(words.mute_suffixes)
        or lemma.endswith(words.mute_suffixes)
    )


def pronoun_fit(pronoun: str) -> tuple[str, bool] | None:
    """(gender, plural) of a subject pronoun as written ("-t-elle", "ils", "lui")."""
    table = lexicon().subject_pronouns
    fit = table.get(pronoun) or table.get(pronoun.removeprefix("-t").removeprefix("-"))
    if fit is None:
        return None
    gender, number = fit.split("_")
    return gender, number == "plur"


def acronym_aliases(text: str, names: Iterable[str]) -> dict[str, str]:
    """Folded names and the acronyms the article gives them in brackets, either way round ("la
    Direction générale de l'aviation civile (DGAC)", "le SNCTA (Syndicat national des
    contrôleurs du trafic aérien)"), each to the one of the pair the article writes more often:
    one source under one name."""
    names = {name for name in names if name[:1].isupper()}  # names, not "le président de …"
    pairs: list[tuple[str, str]] = []  # (long name, acronym)
    for name in names:
        if len(name.split()) >= 2:
            after = re.search(re.escape(name) + r"\s*\(([A-Z][A-Z0-9&-]{1,9})\)", text)
            if after:
                pairs.append((name, after.group(1)))
        elif name.isupper() and len(name) >= 2:
            inside = re.search(re.escape(name) + r"\s*\(([^()]{5,120})\)", text)
            if inside and inside.group(1) in names:
                pairs.append((inside.group(1), name))
    aliases: dict[str, str] = {}
    for long, short in pairs:
        # the one the article writes more often ("DGAC"; "Extinction Rebellion", not "XR")
        chosen = max((short, long), key=lambda n: len(re.findall(rf"\b{re.escape(n)}\b", text)))
        aliases[fold(long)] = aliases[fold(short)] = chosen
    return aliases


def canonical_names(
    mentions: Iterable[Mention],
    people: dict[str, str] | None = None,
    aliases: dict[str, str] | None = None,
) -> dict[str, str]:
    """Map each folded canonical name to the one spelling used for the article.

    Later short mentions join the full name ("Peskov" -> "Dmitri Peskov"), also one the article
    gave a person it did not quote (`people`, folded to spelling); accent variants join
    the best-accented spelling ("Elysee"/"Elysée" -> "Élysée" when the article has it); names of
    one source in `sources.json` ("Paris", "l'Élysée", "la présidence française") become the one
    the article uses most; a name and the acronym the article gives it in brackets become the
    one of the two it writes more often (`aliases`, from `acronym_aliases`).
    """
    from index.sources import source_entity

    spellings: dict[str, list[str]] = {}
    people_keys = set()
    for mention in mentions:
        spellings.setdefault(fold(mention.canonical), []).append(mention.canonical)
        if mention.person:
            people_keys.add(fold(mention.canonical))
    chosen = {key: max(names, key=_accent_score) for key, names in spellings.items()}
    full_names = {key: name for key, name in chosen.items() if len(key.split()) >= 2}
    for key, name in (people or {}).items():
        full_names.setdefault(key, name)
        people_keys.add(key)
    result = {}
    for key, name in chosen.items():
        # a lone word, or a surname with its particle ("Le Floc'h", "de Villepin")
        words = key.split()
        particle = 1 < len(words) <= 3 and words[0] in _PARTICLES
        initialled = _initialled(key, full_names)
        if initialled is not None:
            name = full_names[initialled]  # "G.Attal" is "Gabriel Attal"
        elif len(words) == 1 or particle:
            # a common noun is no surname: "l'habitant" is not "un autre habitant", though "le
            # préfet" is "le préfet des Pyrénées-Orientales"; "de Villepin" is a surname though
            # it opens lowercase, when it ends a person's full name ("M. de Rugy", which the
            # parser may not read as a person, is "François de Rugy")
            full = _full_name(key, full_names, people_keys, surname=name[:1].isupper() or particle)
            if particle and key not in people_keys and full not in people_keys:
                full = None
            name = full_names[full] if full else name
        elif key in people_keys and not name.split()[0].isupper():
            # "Le procureur de Nanterre Philippe X": a role run into the name it ends with; not
            # "les proches de François X", who are not him
            shorter = [
                k
                for k in people_keys
                if len(k.split()) >= 2
                and key.endswith(" " + k)
                and key[: -len(k)].split()[-1] not in _DE_FORMS
                # "… du fils d'Amélie X" is not Amélie X
                and not key[: -len(k)].split()[-1].startswith(("d'", "d’"))
                # "Pascal de Izaguirre" is not run into "de Izaguirre", his own surname
                and k.split()[0] not in _PARTICLES
            ]
            if shorter:
                name = full_names.get(max(shorter, key=len), name)
        result[key] = (aliases or {}).get(fold(name), name)
    by_entity: dict[int, list[tuple[int, str]]] = {}
    for key in result:
        entity = source_entity(key)
        if entity is not None:
            by_entity.setdefault(entity[0], []).append((entity[1], key))
    for ranked in by_entity.values():
        if len(ranked) > 1:
            best_rank = min(rank for rank, _ in ranked)
            main = max(
                (key for rank, key in ranked if rank == best_rank),
                key=lambda k: len(spellings[k]),
            )
            for _, key in ranked:
                result[key] = result[main]
    return result


#: "de" as folded names write it ("d'Alexeï" folds to "d alexei").
_DE_FORMS = frozenset({"de", "du", "des", "d"})
_ARTICLES = frozenset({"le", "la", "les", "l"})


def _completes(name: str, word: str) -> bool:
    """Whether `word` ends the folded `name` as the complement of another noun ("critiques du
    kremlin", "critiques de la commission"), not as its surname."""
    before = name.removesuffix(" " + word).split()
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in _DE_FORMS


#: Words a surname may open with, that make it more than one word ("Le Floc'h", "Van Damme").
_PARTICLES = frozenset(
    {"le", "la", "de", "du", "des", "d", "van", "von", "der", "di", "da", "del", "della", "ben"}
)


def _initialled(folded: str, names: Iterable[str]) -> str | None:
    """The one folded full name a name written with its first name's initial stands for
    ("g.attal", "g. attal" -> "gabriel attal"); None when it is no such name, or several fit."""
    initial, dot, surname = folded.partition(".")
    surname = surname.strip()
    if len(initial) != 1 or not dot or not surname or " " in surname:
        return None
    fits = [
        n
        for n in names
        if n[:1] == initial and n.endswith(" " + surname) and "." not in n.split()[0]
    ]
    return fits[0] if len(fits) == 1 else None


def _full_name(
    word: str,
    names: Iterable[str],
    people: AbstractSet[str] | None = None,
    *,
    surname: bool = True,
) -> str | None:
    """The one folded full name a lone folded word stands for: its surname, else (a person an
    article calls by first name) the first name of one of `people` (all `names` when None);
    None when no name or several fit."""
    size = len(word.split())
    full = [name for name in names if len(name.split()) > size]
    # "Le Floc'h" is the end of "Véronique Le Floc'h" as "Peskov" is of "Dmitri Peskov"
    # ("Kremlin" is not "les critiques du Kremlin": a name after "de" in a phrase that names
    # no person completes another noun)
    fits = [
        name
        for name in full
        if surname
        and name.endswith(" " + word)
        and (people is None or name in people or not _completes(name, word))
    ]
    if fits:
        shortest = min(fits, key=len)
        if all(name == shortest or name.endswith(" " + shortest) for name in fits):
            fits = [shortest]  # "Courroye": "Philippe Courroye", not "le procureur … Courroye"
    if not fits and size == 1:
        persons = full if people is None else [name for name in full if name in people]
        fits = [name for name in persons if name.split()[0] == word]
    return fits[0] if len(fits) == 1 else None


def _accent_score(name: str) -> tuple[int, int]:
    marks = sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))
    return marks, -len(name)


def gender_of_determiner(tokens: Sequence[Token]) -> str:
    """The gender a phrase's own determiner or title shows ("la maire", "Mme X"), else "?"."""
    words = lexicon()
    first = tokens[0]
    if first.text in words.feminine_titles:
        return "fem"
    if first.text in words.masculine_titles:
        return "masc"
    if first.pos_ == "DET" and first.morph.get("Gender"):
        return {"Fem": "fem", "Masc": "masc"}.get(first.morph.get("Gender")[0], "?")
    return "?"


#: Subject clitics a question repeats after its verb ("François X peut-il …"), by gender.
_CLITIC_GENDER = {"-il": "masc", "-t-il": "masc", "-elle": "fem", "-t-elle": "fem"}


def agreement_gender(doc: Doc, verb: Token) -> str:
    """Gender shown by a participle agreeing with its subject ("s'est dite choquée") or by the
    clitic a question repeats it with ("François X peut-il encore compter …"); a masculine
    plural shows none of each person's ("Louise X et Nicolas Y se sont relayés")."""
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _CLITIC_GENDER:
        return _CLITIC_GENDER[after.lower_]
    for token in (verb, *[c for c in verb.children if c.dep_ in ("xcomp", "acomp", "obj")]):
        if "Part" in token.morph.get("VerbForm") or token.pos_ == "ADJ":
            aux = [c for c in verb.children if c.dep_.startswith("aux") and c.lemma_ == "être"]
            if "Plur" in token.morph.get("Number") and token.morph.get("Gender") != ["Fem"]:
                return "?"  # "X et Y se sont relayés": a masculine plural covers a woman too
            if (aux or token.i != verb.i) and token.morph.get("Gender"):
                gender = {"Fem": "fem", "Masc": "masc"}.get(token.morph.get("Gender")[0], "?")
                if gender == "fem" and not token.lower_.endswith(("e", "es")):
                    # "François X a été accueilli", which the tagger calls feminine: a
                    # feminine participle or adjective ends in -e
                    return "masc"
                return gender
    return "?"


def _proper_name(canonical: str) -> bool:
    """A name written as one ("Camille Delay"), not a role ("habitante")."""
    return all(word[:1].isupper() for word in canonical.split())


@cache
def _folded_person_roles() -> frozenset[str]:
    return frozenset(fold(r) for r in lexicon().person_roles)


@cache
def folded_de_forms() -> frozenset[str]:
    """The lexicon's `de_forms` folded and without their elision mark ("d'" -> "d"): how they
    read among the words of a folded name split on spaces and apostrophes."""
    return frozenset(fold(w).rstrip("'’") for w in lexicon().de_forms)


def _own_name(canonical: str) -> str:
    """An organisation's folded name without the place it is of: "Conseil de Paris" is no
    echo of "la droite parisienne"; "Météo-France" stays whole."""
    words = re.split(r"[\s']+", fold(canonical))
    de_forms = folded_de_forms()
    return " ".join(w for k, w in enumerate(words) if k == 0 or words[k - 1] not in de_forms)
