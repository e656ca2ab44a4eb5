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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from index.article import fold
from index.lexicon import lexicon
from index.speakers import Speaker, folded_de_forms, office

_DETERMINERS = re.compile(r"^(?:l'|le |la |les |un |une |des |du |de la |de l'|d')", re.I)
_TOKEN = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"'s\b")


def _words(text: str) -> str:
    """Folded words joined by single spaces; elisions and possessives split off
    ("l'Elysée" -> "l elysee", "Macron's" -> "macron")."""
    return " ".join(_TOKEN.findall(_POSSESSIVE.sub("", fold(text))))


#: Share of a role phrase's words that must be among a source's words ("the former economy
#: minister": 3 of 3 for "l'ancien ministre de l'Économie").
ROLE_COVERAGE = 0.66
#: How close a misspelt name must be to the source's (difflib ratio: one letter changed in a
#: six-letter name, "durant" / "durand", is 0.83; "tuker" / "tucker" 0.91).
NAME_SIMILARITY = 0.8


def _bag(canonical: str, names: Iterable[str]) -> frozenset[str]:
    """Every folded word the articles use for a source, determiners and pronouns aside."""
    pronouns = lexicon().subject_pronouns
    found: set[str] = set()
    for name in (canonical, *names):
        for word in _TOKEN.findall(fold(name).replace("'", " ")):
            # "député-maire": the compound and each of its parts ("the deputy mayor")
            parts = [p for p in word.split("-") if len(p) >= 3] if "-" in word else []
            for part in (word, *parts):
                if len(part) >= 2 and part not in pronouns:
                    found.add(part)
    return frozenset(found)


def _head_words(canonical: str) -> frozenset[str]:
    """The folded words of a source's name before any complement: "François Bayrou" whole,
    "Fonds" of "Fonds de lutte contre la corruption d'Alexeï Navalny"."""
    head = re.split(r"\s(?:de|du|des|of)\s|\sd'", fold(canonical).replace("’", "'"))[0]
    return frozenset(_TOKEN.findall(head))


_COMPLEMENT = re.compile(
    r"(?:\b(?:de|du|des|of)\s+(?:la\s+|les\s+|l')?|\bd')"
    r"[A-ZÀ-Ý][\w-]*(?:\s+(?:[A-ZÀ-Ý][\w-]*|de|du|von|van|le|la))*"
)


def _outside_complements(name: str) -> set[str]:
    """The folded words of a name as written, without its complements ("du Kremlin" in "le
    porte-parole du Kremlin, Dmitri Peskov"), pronouns and determiners."""
    kept = _COMPLEMENT.sub(" ", name.replace("’", "'"))
    pronouns = lexicon().subject_pronouns
    skip = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "son", "sa", "ses"}
    return {
        w
        for w in _TOKEN.findall(fold(kept).replace("'", " "))
        if len(w) >= 2 and w not in pronouns and w not in skip
    }


@cache
def _person_role_words() -> frozenset[str]:
    """The lexicon's roles a person holds, folded: "maire", "ministre", "procureur"."""
    return frozenset(fold(r) for r in lexicon().person_roles)


def _role_heads(phrases: Iterable[str]) -> set[str]:
    """The first word of each role or name a source is given, past its determiner ("procureur"
    of "le procureur de Meaux, Jean-Baptiste X", "adjoint" of "adjoint à la maire"), and that
    of the office it names ("l'édile" holds the office of "maire")."""
    determiners = {"le", "la", "les", "l", "un", "une", "des", "du"}
    heads = set()
    for phrase in phrases:
        held = office(phrase)
        for words in (phrase, held):
            first = [
                w for w in _TOKEN.findall(fold(words).replace("'", " ")) if w not in determiners
            ]
            heads.update(first[:1])
    return heads


def _organisations_of_role(name: str) -> set[str]:
    """Single capitalised words after a person's role in a source's written name: the
    organisation that person speaks for ("directrice générale de l'Institut … (InVS)",
    "délégué syndical Sud", "le porte-parole du Kremlin"). A word of a longer capitalised run
    is a person's name ("les conseillers d'Emmanuel Macron"), and a name with no role before
    it ("le Fonds … d'Alexeï Navalny") names no one the source speaks for."""
    words = lexicon()
    roles = {fold(r) for r in words.person_roles | words.proxy_roles}
    tokens = _TOKEN_CASED.findall(name.replace("’", "'"))
    found: set[str] = set()
    role_seen = False
    for i, token in enumerate(tokens):
        bare = token.split("'")[-1]
        if fold(bare) in roles:
            role_seen = True
            continue
        capital = bare[:1].isupper()
        before = tokens[i - 1].split("'")[-1] if i and "'" not in token else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        acronym = len(bare) >= 2 and bare.isupper()
        alone = not before[:1].isupper() and not after[:1].isupper()
        if role_seen and capital and len(bare) >= 2 and (acronym or alone):
            found.add(fold(bare))
    return found


_TOKEN_CASED = re.compile(r"[\w'’-]+|[^\w\s]")


#: The French word every English "chief", "head", "boss" and "leader" may stand for.
_GENERIC_HEAD = "chef"


def _english_modifier(wanted: list[tuple[str, ...]], head: int, names: set[str]) -> int | None:
    """The English noun or adjective right before the role's head ("police" of "the police
    chief", "regional" of "the regional prefect"), which French puts in the role's complement
    ("le chef de la police"): the role asked for is that one, so a source without it is
    another person, however many other words fit. None for a French phrase, a name ("the CFDT
    boss") or a place before the head."""
    if head < 1:
        return None
    from index.questions import words

    english = words().roles_en
    before, role = wanted[head - 1][0], wanted[head][0]
    if before in names or before not in english or role not in english:
        return None
    if set(english[before]) & lexicon().role_modifiers:
        return None  # "the former minister", "the new prefect": a time, not which office
    return head - 1


def _covers_named(bag: frozenset[str], run: tuple[str, ...]) -> bool:
    """`_covers`, or by another name of the run's `sources.json` group ("the Red Cross
    president" and "la présidente départementale de la Croix Rouge")."""
    if _covers(bag, run):
        return True
    name = " ".join(run)
    return any(
        all(word in bag for word in other.split())
        for group in _groups()
        if name in group
        for other in group
        if other != name
    )


def _covers(bag: frozenset[str], run: tuple[str, ...]) -> bool:
    """Every word of a name is a word of the source, or within a typo of one."""
    from difflib import SequenceMatcher

    for word in run:
        if word in bag:
            continue
        # "CFDT-Cheminots" is not "CGT-Cheminots" misspelt: a compound is checked part by part,
        # as is a name with an apostrophe inside ("Dall'Oglio", "N'Golo")
        for part in [p for p in re.split(r"[-'’]", word) if len(p) > 1]:
            if part in bag:
                continue
            if len(part) < 4 or not any(
                SequenceMatcher(None, part, known).ratio() >= NAME_SIMILARITY for known in bag
            ):
                return False
    return True


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """A speaker named by a question and how strongly: (own name?, words in the matched key)."""

    canonical: str
    key: str
    strength: tuple[int, int]


def _singular(word: str) -> str:
    """A French plural's singular by its last letter ("habitants" -> "habitant"), else the
    word: a question about "les habitants" asks for each resident quoted."""
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _in_bag(group: Sequence[str], bag: frozenset[str]) -> bool:
    """Whether one of a role word's forms (with its translations) is among a source's words,
    in the plural the question used or the singular the article gave one speaker."""
    return any(w in bag or _singular(w) in bag for w in group)


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
    written = canonical.split()
    particles = {fold(p) for p in lexicon().name_particles}
    person_like = (
        len(written) <= 4
        and all(w[:1].isupper() or fold(w) in particles for w in written)
        and not _organisation_named(canonical, names)
    )
    if len(words) >= 2 and all(w[:1].isalpha() for w in words) and person_like:
        # a person's surname: "Peskov" for "Dmitri Peskov"; not "Navalny" for "le Fonds de
        # lutte contre la corruption d'Alexeï Navalny", a name of which a person is a part.
        keys.add(words[-1])
    pronouns = lexicon().subject_pronouns
    return {k for k in keys if len(k) >= 2 and k not in pronouns}


def _organisation_named(canonical: str, names: Iterable[str]) -> bool:
    """Whether the article writes the name after a noun of organisation ("le groupe Changer
    Paris", "l'association Vélo Cité"): a body's name, whose last word is no surname ("Paris"
    asks about the city, not the group)."""
    organisations = {fold(n) for n in lexicon().organisation_nouns}
    own = fold(canonical)
    for name in names:
        before, found, _ = fold(name).partition(own)
        if found and before.split()[-1:] and before.split()[-1].strip("'") in organisations:
            return True
    return False


def group_keys(keys: set[str]) -> set[str]:
    """Names borrowed from the `sources.json` groups holding one of the keys or its head word."""
    borrowed: set[str] = set()
    for key in keys:
        head = key.split()[0] if key else key
        for group in _groups():
            if key in group or head in group:
                borrowed |= group
    return borrowed - keys


#: "(XR)", "(CGT)", "(InVS)": a capital, then at least one more among up to eight characters
#: ("(Reuters)" and "(Belga)" are credits, not acronyms).
_ACRONYM = re.compile(r"\(([A-Z](?=[a-z0-9&-]*[A-Z])[A-Za-z0-9&-]{1,7})\)")


def acronyms(texts: Iterable[str], spelled: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(source key, acronym) for each source an article writes out, by any of its names as
    written, before the acronym it then uses: "Extinction Rebellion (XR)", "la Confédération
    générale du travail (CGT)", "directrice générale de l'Institut national de veille sanitaire
    (InVS)" (the acronym is then a name of whoever that phrase is)."""
    by_last_word: dict[str, list[tuple[str, str]]] = {}
    for key, names in spelled.items():
        for name in names:
            written = _words(name)
            if written:
                by_last_word.setdefault(written.split()[-1], []).append((key, written))
    found = []
    for text in texts:
        for match in _ACRONYM.finditer(text):
            before = _words(text[max(0, match.start() - 120) : match.start()])
            last = before.rsplit(" ", 1)[-1]
            for key, written in by_last_word.get(last, ()):
                if f" {before}".endswith(f" {written}"):
                    found.append((key, match.group(1)))
    return found


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a speaker phrase resolves to: the sources it means (best first), or the name in it
    that no article quotes (`unquoted`), or neither (a role the articles do not describe)."""

    sources: tuple[SourceMatch, ...] = ()
    unquoted: str = ""


class SourceIndex:
    """The speakers of an index with their keys, to find the ones a question names."""

    def __init__(
        self,
        speakers: Iterable[Speaker],
        texts: Iterable[str] = (),
        located: Callable[[str], frozenset[str]] | None = None,
        titled: Callable[[str], frozenset[str]] | None = None,
    ) -> None:
        """`texts`: unit texts that may define an acronym; `located`: the folded words of the
        articles a source (by folded canonical name) is quoted in, where a question's "the
        prefect of Mayotte" may find "Mayotte" though the source's own words do not hold it;
        `titled`: the folded words of those articles' titles, where "the Buitoni employee"
        finds the company."""
        names: dict[str, set[str]] = {}
        spelled: dict[str, str] = {}
        role_heads: dict[str, set[str]] = {}
        for speaker in speakers:
            key = fold(speaker.canonical)
            names.setdefault(key, set()).add(speaker.name)
            names[key].update(speaker.roles)
            role_heads.setdefault(key, set()).update(_role_heads((speaker.name, *speaker.roles)))
            spelled.setdefault(key, speaker.canonical)
        for key, acronym in acronyms(texts, {k: {spelled[k], *names[k]} for k in names}):
            names[key].add(acronym)  # "Extinction Rebellion (XR)": "XR" names it too
        for surfaces in names.values():
            # "l'édile" holds the office of "maire": "the mayor" asks for her too
            surfaces.update({held for n in surfaces if (held := office(n)) and held != fold(n)})
        self._keys: dict[str, list[tuple[str, bool]]] = {}
        for key, surfaces in names.items():
            own = own_keys(spelled[key], surfaces)
            entries = [(k, True) for k in own] + [(k, False) for k in group_keys(own)]
            self._keys[key] = entries
        self._canonical = spelled
        borrowed = {
            key: {w for k, own in self._keys[key] if not own for w in k.split()} for key in names
        }
        self._heads = {
            key: _head_words(spelled[key])
            | borrowed[key]
            | {w for name in surfaces for w in _outside_complements(name)}
            for key, surfaces in names.items()
        }
        self._bags = {
            key: _bag(spelled[key], surfaces) | borrowed[key] for key, surfaces in names.items()
        }
        #: the head word of each role a source holds ("adjoint" of "adjoint à la maire de
        #: Paris"): what "the mayor" must be, not a word of a complement
        self._role_heads = role_heads
        #: the places the roles a source is named with hold ("maire", "paris" of "la maire de
        #: Paris Anne X"): "le maire de Lyon" is not she
        self._role_places = {key: _role_places(surfaces) for key, surfaces in names.items()}
        self._located = located
        self._titled = titled
        self._speaks_for = {
            key: frozenset(w for name in surfaces for w in _organisations_of_role(name))
            for key, surfaces in names.items()
        }

    def resolve(self, phrase: str) -> Resolution:
        """The sources a question's speaker phrase means, or the name in it nobody quotes.

        A phrase's **names** are its runs of capitalised words that are not role words or
        determiners, outside complements ("Priti Patel" in "Home Secretary Priti Patel"; not
        "Rupert Murdoch" in "le groupe de Rupert Murdoch"). A source fits when every name is
        among the words the articles use for it (a letter or two of typo allowed). Then, in
        order: a name or group name of a fitting source inside the phrase (`named_in`, the
        most specific kind of match only); the phrase's role words, translated from English
        where needed, found among the source's words ("the CFDT boss" is "le secrétaire
        général de la CFDT Laurent Berger"); a misspelt name ("Emma Tuker"). Several sources
        can fit a role ("the Labour minister" of two articles): all come back, and the
        question's other words choose. A name that fits no source is `unquoted`.
        """
        from index.questions import (
            located_names,
            name_runs,
            name_then_role,
            role_head,
            role_vocabulary,
            role_words,
        )

        runs = name_runs(phrase)
        wanted = role_words(phrase)
        in_runs = {w for run in runs for w in run}
        if any(group[0] not in in_runs for group in wanted):
            # "the CFDT boss": the name describes the role, anywhere in the source's names
            fitting = {
                k for k, bag in self._bags.items() if all(_covers_named(bag, r) for r in runs)
            }
            if not fitting and self._titled is not None:
                fitting = self._employed_by(runs, wanted[role_head(phrase)])
        else:
            # "Navalny" alone: the source's own name, not a name inside it ("le Fonds … d'Alexeï
            # Navalny" is a fund, not Navalny)
            fitting = {k for k, own in self._heads.items() if all(_covers(own, r) for r in runs)}
        roles = role_vocabulary()
        placed = located_names(phrase)
        named = [
            m
            for m in self.named_in(phrase)
            if fold(m.canonical) in fitting
            # "ministre" from "le ministre" is a role, weighed with the role words below
            and not (m.strength[0] == 1 and all(w in roles for w in m.key.split()))
            # "the mayor of Minsk" is not Minsk: a complement places the role
            and not (wanted and set(m.key.split()) <= placed)
        ]
        head = role_head(phrase)
        if named and named[0].strength[0] == 1:
            people = self._speaking_for(named[0], wanted[head] if wanted else ())
            if people:
                # "the CGT leader": the person who leads the CGT, not the CGT itself
                return Resolution(
                    tuple(SourceMatch(self._canonical[k], fold(phrase), (0, 1)) for k in people)
                )
            if (
                wanted
                and not name_then_role(phrase)
                and self._leader_of_organisation(named[0], phrase, wanted[head])
            ):
                # "le patron des Jeunes agriculteurs" when only the organisation is quoted: his
                # words are nowhere, and the organisation's are not his
                return Resolution((), phrase)
            best = [m for m in named if m.strength == named[0].strength]
            holding = [
                m for m in best if not wanted or self._holds(fold(m.canonical), wanted[head])
            ]
            if holding:
                return Resolution(tuple(holding))
            # "le vice-président de la FNSEA": whoever is named with the FNSEA but not in that
            # role is not who was asked for; the role words below decide
        scored: list[tuple[float, str]] = []
        modifier = _english_modifier(wanted, head, in_runs | placed) if wanted else None
        for key in sorted(fitting) if wanted else ():
            bag = self._bags[key]
            found = [_in_bag(group, bag) for group in wanted]
            if not found[head] and wanted[head][0] not in placed:
                continue  # the role itself is not this source's
            if placed and _placed_elsewhere(self._role_places[key], wanted[head], placed):
                continue  # "le maire de Lyon" is not "la maire de Paris", whatever her words
            if placed and self._located is not None and not all(found):
                where = self._located(key)  # only now: it reads the source's articles
                found = [
                    f or (g[0] in placed and g[0] in where)
                    for f, g in zip(found, wanted, strict=True)
                ]
            covered = sum(found) / len(wanted)
            if modifier is not None and not found[modifier]:
                continue  # "the police chief" is not "le directeur de l'hôpital"
            if found[head] and covered >= ROLE_COVERAGE:  # "les conseillers du président"
                scored.append((covered, key))
        # "the mayor" is the one whose role is mayor, not her deputy "adjoint à la maire" (a
        # group asked for, "the unions", is any that speaks as one)
        asked_heads = {*wanted[head], *(_singular(w) for w in wanted[head])} if wanted else set()
        if asked_heads & _person_role_words():
            headed = [(c, k) for c, k in scored if self._role_heads[k] & asked_heads]
            scored = headed or scored
        if scored:
            best = max(score for score, _ in scored)
            return Resolution(
                tuple(
                    SourceMatch(self._canonical[key], fold(phrase), (0, len(wanted)))
                    for score, key in scored
                    if score == best
                )
            )
        if named and not wanted:
            return Resolution(tuple(m for m in named if m.strength == named[0].strength))
        if runs and fitting:
            # Every name fits these sources, with a typo: "Emma Tuker"; in the role asked for,
            # if one is ("le vice-président de la CGT" is not the CGT's secretary general)
            if wanted and wanted[head][0] not in in_runs:
                holding = {k for k in fitting if self._holds(k, wanted[head])}
                if not holding and not name_then_role(phrase):
                    return Resolution((), "")
                fitting = holding or fitting
            strength = (1, sum(len(r) for r in runs))
            return Resolution(
                tuple(
                    SourceMatch(self._canonical[k], fold(phrase), strength) for k in sorted(fitting)
                )
            )
        if runs and not fitting and all(len(r) == 1 for r in runs):
            # "the InVS", "the Sud union": an organisation someone quoted works for and speaks
            # for ("directrice générale de l'InVS", "délégué syndical Sud"); a person's name
            # inside a name ("les conseillers d'Emmanuel Macron") is not one
            speaking = [
                k for k, orgs in self._speaks_for.items() if all(r[0] in orgs for r in runs)
            ]
            if speaking:
                return Resolution(
                    tuple(
                        SourceMatch(self._canonical[k], fold(phrase), (0, len(runs)))
                        for k in sorted(speaking)
                    )
                )
        if runs and not fitting and wanted and self._located is not None:
            # "the Sainte-Suzanne resident": English puts the place before a role tied to a
            # place; a source in that role whose article names the place is the one meant
            # ("the Coordination rurale president" is no place's)
            territorial = {fold(r) for r in lexicon().territorial_roles}
            placed_role = [
                key
                for key, bag in sorted(self._bags.items())
                if any(w in territorial for w in wanted[head])
                and any(w in bag for w in wanted[head])
                and all(w in self._located(key) for run in runs for w in run)
            ]
            if placed_role:
                return Resolution(
                    tuple(
                        SourceMatch(self._canonical[key], fold(phrase), (0, len(wanted)))
                        for key in placed_role
                    )
                )
        if (
            not runs
            and len(wanted) > 1
            and asked_heads & _person_role_words()
            and any(_in_bag(wanted[head], self._bags[k]) for k in fitting)
        ):
            # "le ministre du Logement" when the articles quote the ministers of other things
            # only: a person in that office, whom nobody quotes
            return Resolution((), phrase)
        unquoted = next((" ".join(r) for r in runs), "")
        return Resolution((), unquoted if not fitting else "")

    def _holds(self, key: str, role: Sequence[str]) -> bool:
        """Whether a source's words hold a role, by any of the words that may stand for it."""
        bag = self._bags.get(key, frozenset())
        return any(w in bag for w in role)

    def _employed_by(self, runs: list[tuple[str, ...]], head: tuple[str, ...]) -> set[str]:
        """ "the Buitoni employee", "the Seita site director Sébastien X": sources in the role
        asked for whose own words leave out the company that employs them, which their
        article's title names (an organisation the body only mentions may be anyone's); the
        names the source has must still be its own."""
        assert self._titled is not None
        found = set()
        for key, bag in self._bags.items():
            if not self._holds(key, head):
                continue
            missing = [r for r in runs if not _covers(bag, r)]
            if len(missing) < len(runs) or len(runs) == 1:
                where = self._titled(key)  # only now: it reads the source's articles
                if all(w in where for r in missing for w in r):
                    found.add(key)
        return found

    def _speaking_for(self, organisation: SourceMatch, role: Sequence[str]) -> list[str]:
        """The sources that speak for a named organisation in the role a phrase asks for
        ("le secrétaire général de la CGT X" for "the CGT leader"), when the organisation's
        own words do not hold that role."""
        key = fold(organisation.canonical)
        if not role or any(w in self._bags.get(key, frozenset()) for w in role):
            return []
        found = sorted(
            k
            for k, orgs in self._speaks_for.items()
            if k != key and organisation.key in orgs and any(w in self._bags[k] for w in role)
        )
        if found:
            return found
        # "le président de la fédération ovine": a person given that role with the
        # organisation's whole name ("Richard X, son président" after the federation spoke)
        named = set(key.split())
        return sorted(
            k
            for k, bag in self._bags.items()
            if k != key and named <= bag and any(w in bag for w in role)
        )

    def _leader_of_organisation(
        self, organisation: SourceMatch, phrase: str, role: Sequence[str]
    ) -> bool:
        """Whether a phrase asks for a person who heads a quoted organisation (a person's role,
        not a spokesman's, which speaks for it) that no source holds."""
        from index.questions import asks_for_a_person

        words = lexicon()
        key = fold(organisation.canonical)
        if any(w in self._bags.get(key, frozenset()) for w in role):
            return False
        proxies = {fold(r) for r in words.proxy_roles}
        return asks_for_a_person(phrase) and not any(fold(w) in proxies for w in role)

    def partly_fits(self, phrase: str, canonical: str) -> bool:
        """Whether a speaker phrase that fits no source whole describes this one in part: one
        of its role words, translated from English where needed, is among the source's words
        ("the health experts" and "experts"; not "the mayor of X" and "une habitante")."""
        from index.questions import located_names, name_runs, role_head, role_vocabulary, role_words

        bag = self._bags.get(fold(canonical), frozenset())
        roles = role_vocabulary()
        wanted = role_words(phrase)
        names = {w for run in name_runs(phrase) for w in run} | located_names(phrase)
        head = role_head(phrase)
        modifier = _english_modifier(wanted, head, names) if wanted else None
        if (
            modifier is not None
            and _GENERIC_HEAD in wanted[head]
            and not any(w in bag for w in wanted[modifier])
        ):
            # "the police chief" is not partly "le directeur de l'hôpital": a head that only
            # says "who leads" names no office without its modifier (a specific one, "the
            # government spokesman", still describes a "porte-parole" in part)
            return False
        return any(any(w in bag for w in group) for group in wanted if group[0] in roles)

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


def _role_places(surfaces: Iterable[str]) -> frozenset[tuple[str, str]]:
    """(role word, place) for each "role de Place" in the names a source is given ("la maire
    de Paris Anne X" gives ("maire", "paris")), both folded."""
    de_forms = folded_de_forms()
    found = set()
    for surface in surfaces:
        tokens = re.findall(r"[\w-]+", surface)
        for i in range(len(tokens) - 2):
            if fold(tokens[i + 1]) in de_forms and tokens[i + 2][:1].isupper():
                found.add((fold(tokens[i]), fold(tokens[i + 2])))
    return frozenset(found)


def _placed_elsewhere(
    places: frozenset[tuple[str, str]], heads: Sequence[str], asked: set[str] | frozenset[str]
) -> bool:
    """Whether a source holds the role asked for only in another place than the one asked."""
    held = {place for role, place in places if role in heads}
    return bool(held) and not held & asked
