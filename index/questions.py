"""Read a question before searching: small talk, whom it asks about, and what kind of answer.

A question about news names people in two ways that must not be confused. "What did the Élysée
say about Belarus?" asks the Élysée for its words (the **speaker** slot); "What was said about
Navalny?" asks about Navalny (the topic). Only the speaker slot decides whose statements answer,
and only a name in it that no article quotes makes the reply "not quoted here". The slot is read
from the shape of the question, in English and French, with the verbs and phrases of
`data/questions.json`:

* English: an auxiliary, the phrase, a verb of saying ("what did X say", "how did X react",
  "does X think"); "according to X"; "X's view"; "in X's opinion".
* French: a verb of saying, then the phrase ("qu'a dit X sur…", "que pense X de…"); the phrase,
  then an inverted verb ("comment X a-t-il réagi", "X juge-t-il"); "selon X", "d'après X",
  "pour X, …".

Nothing here knows the articles: `index.search` resolves the phrase against the index's sources.
Reading is plain string work (no parser): it costs microseconds per question.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from index.article import fold


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks, from its words alone.

    `speaker` is the phrase in the speaker slot as written ("François Bayrou", "le maire de
    Pau", "the CFDT boss"), or "" when the question does not ask for someone's words;
    `topic` is the question without that phrase and without its question and speech words
    ("" for "What did X say?"); `wants` is the kind of answer asked for (number, duration,
    date, person, place) or "".
    """

    text: str
    small_talk: str = ""
    speaker: str = ""
    topic: str = ""
    wants: str = ""


@dataclass(frozen=True, slots=True)
class _Words:
    small_talk: dict[str, str]
    fillers: frozenset[str]
    requests: tuple[str, ...]
    request_openers: tuple[str, ...]
    personal_requests: tuple[str, ...]
    verbs_en: frozenset[str]
    verbs_fr: frozenset[str]
    concern_verbs: frozenset[str]
    adverbs_en: frozenset[str]
    speech_nouns_en: frozenset[str]
    document_nouns_en: frozenset[str]
    after_speech_verb_en: frozenset[str]
    according_en: tuple[str, ...]
    according_fr: tuple[str, ...]
    topic_markers_fr: frozenset[str]
    determiners: frozenset[str]
    roles_en: dict[str, tuple[str, ...]]
    leader_words_fr: frozenset[str]
    asking_words: frozenset[str]
    findings_nouns: frozenset[str]
    about_words_fr: tuple[str, ...]
    calendar_en: dict[str, str]
    cognates_en: tuple[tuple[str, str], ...]
    wants: tuple[tuple[str, str], ...]
    number_words: frozenset[str]
    money_words: frozenset[str]
    change_words: tuple[str, ...]
    currency_words: frozenset[str]
    time_words: frozenset[str]
    months: frozenset[str]
    duration_words: frozenset[str]
    duration_prepositions: frozenset[str]
    clock_words: frozenset[str]
    place_prepositions: frozenset[str]
    non_person_openers: frozenset[str]
    asking_who_after: frozenset[str]
    reason_words: tuple[str, ...]
    verbs_asked: tuple[tuple[frozenset[str], tuple[str, ...]], ...]


@cache
def words() -> _Words:
    """The word lists of `data/questions.json`, folded for matching."""
    from index.lexicon import lexicon

    raw = json.loads(resources.files("index").joinpath("data/questions.json").read_text("utf-8"))
    small_talk = {
        _plain(phrase): kind for kind, phrases in raw["small_talk"].items() for phrase in phrases
    }
    verbs_fr = {fold(v) for v in lexicon().reporting_verbs} | {
        fold(v) for v in raw["speech_verbs_fr_extra"]
    }
    verbs_fr -= {fold(v) for v in raw["not_speech_in_questions"]}
    wants = tuple(
        sorted(
            ((_plain(p), kind) for kind, phrases in raw["wants"].items() for p in phrases),
            key=lambda pair: -len(pair[0]),
        )
    )
    return _Words(
        small_talk=small_talk,
        fillers=frozenset(_plain(w) for w in raw["small_talk_fillers"]),
        requests=tuple(_plain(w) for w in raw["small_talk_requests"]),
        request_openers=tuple(_plain(w) for w in raw["request_openers"]),
        personal_requests=tuple(_plain(w) for w in raw["personal_requests"]),
        verbs_en=frozenset(raw["speech_verbs_en"]),
        verbs_fr=frozenset(verbs_fr),
        concern_verbs=frozenset(fold(w) for w in raw["concern_verbs"]),
        adverbs_en=frozenset(raw["adverbs_en"]),
        speech_nouns_en=frozenset(raw["speech_nouns_en"]),
        document_nouns_en=frozenset(raw["document_nouns_en"]),
        after_speech_verb_en=frozenset(raw["after_speech_verb_en"]),
        according_en=tuple(raw["according_en"]),
        according_fr=tuple(fold(p) for p in raw["according_fr"]),
        topic_markers_fr=frozenset(fold(w) for w in raw["topic_markers_fr"]),
        determiners=frozenset(fold(w) for w in raw["determiners"]),
        roles_en={k: tuple(fold(w) for w in v) for k, v in raw["roles_en"].items()},
        leader_words_fr=frozenset(fold(w) for w in raw["leader_words_fr"]),
        asking_words=frozenset(fold(w) for w in raw["asking_words"]),
        findings_nouns=frozenset(fold(w) for w in raw["findings_nouns"]),
        about_words_fr=tuple(_plain(w) for w in raw["about_words_fr"]),
        calendar_en=dict(raw["calendar_en"]),
        cognates_en=tuple((en, fr) for en, fr in raw["cognate_endings_en"]),
        wants=wants,
        number_words=frozenset(fold(w) for w in raw["number_words"]),
        money_words=frozenset(fold(w) for w in raw["money_words"]),
        change_words=tuple(_plain(w) for w in raw["change_words"]),
        currency_words=frozenset(fold(w) for w in raw["currency_words"]),
        time_words=frozenset(fold(w) for w in raw["time_words"]),
        months=frozenset(fold(w) for w in raw["months"]),
        duration_words=frozenset(fold(w) for w in raw["duration_words"]),
        duration_prepositions=frozenset(raw["duration_prepositions"]),
        clock_words=frozenset(fold(w) for w in raw["clock_words"]),
        place_prepositions=frozenset(fold(w) for w in raw["place_prepositions"]),
        non_person_openers=frozenset(fold(w) for w in raw["non_person_openers"]),
        asking_who_after=frozenset(fold(w) for w in raw["asking_who_after"]),
        reason_words=tuple(_plain(w) for w in raw["reason_words"]),
        verbs_asked=tuple(
            (frozenset(fold(w) for w in entry["question"]), tuple(fold(c) for c in entry["cue"]))
            for entry in raw["verbs_asked"]
        ),
    )


_TOKEN = re.compile(r"[\w'’-]+|[?,;:!.]")
_PLAIN = re.compile(r"[^\w' ]+")


def _plain(text: str) -> str:
    """Folded words separated by single spaces, punctuation and emoji dropped."""
    return " ".join(_PLAIN.sub(" ", fold(text).replace("-", " ")).split())


def read(question: str) -> Asked:
    """Read one (already cleaned) question."""
    small = small_talk(question)
    if small:
        return Asked(question, small_talk=small)
    speaker = speaker_phrase(question)
    return Asked(question, "", speaker, _topic(question, speaker), wants(question))


def small_talk(question: str) -> str:
    """The kind of small talk ("greeting", "thanks", "ack", "identity", "wellbeing", "bye") when
    the whole message is small talk, else ""; "merci, et que dit le Kremlin ?" is a question."""
    text = _plain(question)
    if not text:
        return ""
    table = words().small_talk
    if text in table:
        return table[text]
    if any(f" {p} " in f" {text} " for p in words().personal_requests):
        return "identity"  # "which pharmacy is open tonight near me?": not in any article
    request = text
    for opener in words().request_openers:
        request = request.removeprefix(opener + " ")  # "can you book me a taxi"
    if any(
        said == r or said.startswith(r + " ") for said in (text, request) for r in words().requests
    ):
        return "identity"  # "tell me a joke about teachers": not what the bot is for
    # "bonjour !", "ok merci", "salut le bot": small-talk phrases and fillers only, greedily.
    tokens = text.split()
    found = ""
    position = 0
    while position < len(tokens):
        for length in (4, 3, 2, 1):
            phrase = " ".join(tokens[position : position + length])
            if phrase in table:
                found = found or table[phrase]
                position += length
                break
        else:
            if tokens[position] not in words().fillers:
                return ""
            position += 1
    return found


def wants(question: str) -> str:
    """The kind of answer a question asks for, from its question words ("" when none shows)."""
    text = f" {_plain(question)} "
    # the question word that opens the question decides ("Qui est le chef … quand X la
    # rejoint ?" asks for a person); at one place, the longest phrase ("combien de temps")
    found = sorted(
        (at, -len(phrase), kind)
        for phrase, kind in words().wants
        if (at := text.find(f" {phrase} ")) >= 0
        and not (kind == "person" and _relative_at(text, at, phrase))
    )
    accented = re.findall(r"(?<!\w)(où|ou)(?!\w)", question.lower())
    if "où" in accented and "ou" not in accented:
        # "Où a-t-il été interpellé ?": folded, "où" is "ou" (or), which asks nothing; with its
        # accent, and no plain "ou" to confuse it with, it asks for a place
        found = sorted([*found, (text.find(" ou "), -2, "place")])
    if not found:
        return ""
    kind = found[0][2]
    if (
        kind == "number"
        and set(text.split()) & words().money_words
        and not any(f" {w} " in text for w in words().change_words)
    ):
        # "Combien coûte …", "How much does … cost": a sum, not a count ("De combien le
        # tarif a-t-il augmenté ?" takes a percentage: a number)
        return "money"
    return kind


def _relative_at(text: str, at: int, phrase: str) -> bool:
    """Whether the "who" / "qui" at `at` of the padded, plain question opens a relative clause
    ("What happens to anyone who buys the jewels?", "Que risquent ceux qui achètent ?"): it
    then asks for no person. At the question's start, after a preposition or a copula, or at
    its end ("C'est qui ?") it asks."""
    before = text[:at].split()
    after = text[at + len(phrase) + 1 :].split()
    return bool(before) and bool(after) and before[-1] not in words().asking_who_after


# --- the speaker slot ----------------------------------------------------------------------

#: Not "is"/"was": "Is a Russian invasion expected?" has no speaker.
_EN_AUX = ("did", "does", "do", "has", "have", "had", "will", "would")
_EN_OPENERS = ("what", "how", "why", "when", "where", "which", "who")
_POSSESSIVE_STOPS = frozenset([*_EN_AUX, *_EN_OPENERS, "in", "of", "is", "was", "are", "were"])
#: Perfect-tense inversions ("a-t-il dit", "s'est-il exprimé", "se sont-ils plaints"), not
#: passives ("sont-elles taxées": no verb of saying follows).
_FR_INVERSION = re.compile(
    r"^(?:a|ont|avait|avaient|aurait|s'est|s'etait|sont|etaient)-?t?-(?:il|elle|ils|elles|on)$"
)
_FR_PRONOUN_SUFFIX = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)$")


#: English verbs of intention, which are nouns too ("the social plan"): verbs only before "to".
_INTENTION_VERBS = frozenset({"plan", "plans", "intend", "intends", "prefer", "prefers"})


_DOTTED_TITLE = re.compile(r"\b(?:M|MM|Mr|Mrs|Ms|Dr|Pr|Me|Mgr)\.\s+(?=[A-ZÀ-Ý])")


def speaker_phrase(question: str) -> str:
    """The phrase in the speaker slot, as written, or "" (see the module docstring)."""
    # "selon M. Courroye": the title's full stop would end the phrase at "M"
    question = _DOTTED_TITLE.sub("", question)
    tokens = _TOKEN.findall(question.replace("’", "'"))
    for reader in (
        _according,
        _feeling,
        _english,
        _french_est_ce_que,
        _french_after_verb,
        _french_before_verb,
    ):
        found = reader(tokens)
        if found:
            phrase = _without_document(_trim(found))
            if phrase and not _only_pronoun(phrase) and not _findings(phrase):
                return phrase
    return ""


def _findings(phrase: str) -> bool:
    """ "l'autopsie du chasseur", "the inquiry": what an examination found is asked about,
    nobody's words (`findings_nouns`); the phrase's head is its first word past a determiner."""
    tokens = [fold(t) for t in _TOKEN.findall(phrase.replace("’", "'"))]
    determiners = words().determiners
    head = next((t for t in tokens if t not in determiners and t not in ("l'", "d'")), "")
    return head.removeprefix("l'") in words().findings_nouns


def _without_document(phrase: str) -> str:
    """ "the DGAC statement" -> "the DGAC", "the union's leaflet" -> "the union": the source
    of what it issued (`document_nouns_en`); a phrase of two words keeps its noun ("the
    statement" names no source)."""
    parts = phrase.split()
    if len(parts) < 3 or parts[-1].lower() not in words().document_nouns_en:
        return phrase
    return " ".join(parts[:-1]).removesuffix("'s")


def _according(tokens: list[str]) -> list[str]:
    """ "according to X", "selon X", "d'après X", "pour X, …" (the last only at the start)."""
    folded = [fold(t) for t in tokens]
    for phrase in (*words().according_en, *words().according_fr):
        size = len(phrase.split())
        for start in range(len(folded) - size):
            if " ".join(folded[start : start + size]) != phrase:
                continue
            if phrase == "pour" and (start > 0 or "," not in folded):
                continue
            rest = tokens[start + size :]
            if rest and fold(rest[0]) in _FR_QUESTION_WORDS | {"quoi"}:
                continue  # "Pour quelle raison, …"
            return _until_topic(rest, english=phrase in words().according_en)
    # "d'après" is one token with its apostrophe.
    for start, token in enumerate(folded):
        if token == "d'apres":
            return _until_topic(tokens[start + 1 :], english=False)
    return []


def _feeling(tokens: list[str]) -> list[str]:
    """ "what worries the health minister about …", "qu'est-ce qui inquiète la maire ?": the
    one a worry or anger is felt by is whose words answer (`concern_verbs`)."""
    folded = [fold(t) for t in tokens]
    for k in range(1, len(folded) - 1):
        after = tokens[k + 1]
        named = after[:1].isupper() or folded[k + 1] in words().determiners
        if folded[k] not in words().concern_verbs or not named:
            continue  # "what concerns were raised": a noun, no one who feels
        if folded[k - 1] == "what":
            return _until_topic(tokens[k + 1 :], english=True)
        if folded[k - 1] == "qui" and k >= 2 and folded[k - 2] in ("qu'est-ce", "ce"):
            return _until_topic(tokens[k + 1 :], english=False)
    return []


def _english_adverb(token: str) -> bool:
    """ "first", "already", "publicly": a word that says when or how, not who (a listed one:
    "family" and "assembly" end in -ly too)."""
    return token.islower() and token in words().adverbs_en


def _english(tokens: list[str]) -> list[str]:
    """ "what did X say", "how did X react", "did X criticise", "X's view"."""
    folded = [t.lower() for t in tokens]
    if not folded:
        return []
    verbs = words().verbs_en
    for start, token in enumerate(folded):
        if token not in _EN_AUX or start > 3:
            continue
        # "what did X say", "and what did X say"; "wat did X say" (a misspelt opener) too
        if start > 2 and folded[start - 1] not in _EN_OPENERS and folded[0] not in _EN_OPENERS:
            continue
        for end in range(start + 1, min(start + 9, len(folded))):
            # "what did the judge warn": a verb's form right after a determiner is a noun
            noun = folded[end - 1] in ("the", "a", "an", "his", "her", "their", "its")
            # "when will the young man accused of arson be tried": after "did" or "will", a
            # form in -ed then "of" or "by" describes the noun before it ("what did X added"
            # is still a question about X)
            participle = (
                token not in ("has", "have", "had")
                and folded[end].endswith("ed")
                and end + 1 < len(folded)
                and folded[end + 1] in ("of", "by")
            )
            # "does the social plan cut": a verb of intention takes "to" ("plan to close")
            intention = folded[end] in _INTENTION_VERBS and folded[end + 1 : end + 2] != ["to"]
            # "what do the striking call assistants demand": a verb's form before another
            # noun, with a verb of saying still to come, is part of the noun ("call centre")
            compound = (
                end + 1 < len(folded)
                and folded[end + 1].isalpha()
                and folded[end + 1] not in words().after_speech_verb_en
                and any(folded[k] in verbs for k in range(end + 2, min(start + 9, len(folded))))
            )
            # "who had first suggested": an adverb between the auxiliary and the verb is no one;
            # "what has the minister already said": nor is it part of the one named
            last = end
            while last > start + 1 and _english_adverb(tokens[last - 1]):
                last -= 1
            if (
                folded[end] in verbs
                and last > start + 1
                and not (noun or participle or intention or compound)
            ):
                return tokens[start + 1 : last]
            if folded[end] in "?,;:!.":
                break
    for position, token in enumerate(folded):
        possessive = token.endswith(("'s", "’s")) and position + 1 < len(folded)
        if possessive and folded[position + 1] in words().speech_nouns_en:
            first = position
            while first > 0 and folded[first - 1] not in _POSSESSIVE_STOPS:
                first -= 1
            return [*tokens[first:position], tokens[position][:-2]]
    return []


def _french_est_ce_que(tokens: list[str]) -> list[str]:
    """ "Qu'est-ce que X reproche aux dirigeants ?", "Est-ce que le ministre a dit …": spoken
    French keeps the subject before its verb after "est-ce que"."""
    folded = [fold(t) for t in tokens]
    opener = next((i + 1 for i, w in enumerate(folded[:3]) if w in ("qu'est-ce", "est-ce")), None)
    if opener is None or opener >= len(folded) or folded[opener] not in ("que", "qu'"):
        return []
    start = opener + 1
    for position in range(start + 1, min(len(folded), start + 8)):
        if not _is_french_speech_verb(folded[position]):
            continue
        phrase = tokens[start:position]
        return _without_auxiliary(phrase)  # "Est-ce que le ministre a dit"
    return []


def _without_auxiliary(phrase: list[str]) -> list[str]:
    """A subject phrase without the auxiliary its verb left at its end ("le ministre a")."""
    if phrase and fold(phrase[-1]) in ("se", "s'"):
        phrase = phrase[:-1]  # "les syndicats se" of "se sont-ils félicités"
    if phrase and fold(phrase[-1]) in _FR_AUXILIARIES:
        return phrase[:-1]
    return phrase


def _french_after_verb(tokens: list[str]) -> list[str]:
    """ "qu'a dit X …", "qu'ont répondu X …", "que pense X de …", "qu'est-ce qu'a dit X"."""
    folded = [fold(t) for t in tokens]
    for position, token in enumerate(folded[:6]):
        if not _is_french_speech_verb(token):
            continue
        before = folded[:position]
        # "Qu'a dit X", not "Qui a écrit X": after "qui", X is what was said, not who said it;
        # the verb follows the "qu'a" at once (an auxiliary or an adverb between at most).
        opener = [
            i
            for i, w in enumerate(before)
            if w in _FR_WHAT_WAS_SAID
            # "Quelles mesures a annoncées le préfet ?": which of what X said
            or (w in _FR_AUXILIARIES and i in (2, 3) and before[0] in _FR_WHICH)
        ]
        if not opener or position - opener[-1] > 3 or "qui" in before:
            continue
        if any(w in ("qu'on", "on") for w in before) or (before and before[-1] in _WANT):
            return []  # "qu'on reprochait", "que veut dire X": no source asked about
        if _FR_PRONOUN_SUFFIX.search(token) or (
            position + 1 < len(folded) and _FR_INVERSION.match(folded[position + 1])
        ):
            return []  # "que pense-t-il", "qu'a-t-il dit": a pronoun, not a name
        return _until_topic(tokens[position + 1 :], english=False)
    return []


def _french_before_verb(tokens: list[str]) -> list[str]:
    """ "comment X a-t-il réagi", "X juge-t-il …", "pourquoi X a-t-elle dit"."""
    folded = [fold(t) for t in tokens]
    for position, token in enumerate(folded):
        inverted = _FR_INVERSION.match(token) or (
            _FR_PRONOUN_SUFFIX.search(token) and _is_french_speech_verb(token.split("-")[0])
        )
        if not inverted or position == 0:
            continue
        if token.startswith(("sont", "etaient")) and folded[position - 1] != "se":
            continue  # "se sont-ils plaints", not the passive "sont-elles taxées"
        if _FR_INVERSION.match(token):
            from index.lexicon import lexicon

            # "a-t-elle dit", "a-t-elle aussi demandé": an adverb may come between
            following = [w for w in folded[position + 1 : position + 4]]
            while following and following[0] in lexicon().adverbials | {"pas", "jamais"}:
                following = following[1:]
            if not (following and _is_french_speech_verb(following[0])) and not _which_statement(
                folded
            ):
                continue
        first = max((i + 1 for i in range(position) if tokens[i] in "?,;:!."), default=0)
        counted = first < position and folded[first] == "combien"
        if counted:
            first += 1
            if first < position and folded[first] in ("de", "d'"):
                first += 1
        asked_noun = counted or (first < position and folded[first] in _FR_WHICH)
        while first < position and folded[first] in _FR_QUESTION_WORDS:
            first += 1
        if first == 1 and _which_statement(folded):
            first = 2  # past "Quelle question"
        if asked_noun:
            # "Combien de morts le préfet craint-il ?", "quelle menace le maire juge-t-il":
            # the noun asked about comes first; the subject opens at a determiner or a name
            opening = next(
                (
                    k
                    for k in range(first + 1, position)
                    if folded[k] in words().determiners or tokens[k][:1].isupper()
                ),
                None,
            )
            first = opening if opening is not None else first
        phrase = _without_auxiliary(tokens[first:position])
        # "Quelle menace Bayrou juge-t-il": the subject starts at a name or a determiner.
        lowercase = _all_lowercase(tokens)
        while phrase and (
            not _opens_phrase(phrase[0], lowercase)
            or (phrase[0] is tokens[0] and not lowercase and folded[0] in _FR_LEADING)
        ):
            phrase = phrase[1:]
        return phrase
    return []


_FR_AUXILIARIES = frozenset(["a", "ont", "avait", "avaient", "aurait"])
_FR_WHICH = frozenset(["quel", "quelle", "quels", "quelles"])


def asks_about_a_topic(asked: Asked) -> bool:
    """Whether the words after a question's source open on a word of aboutness ("Qu'a dit X
    sur la météo ?", "… à propos des salaires"): what the source was asked about."""
    if not asked.speaker or asked.speaker not in asked.text:
        return False
    after = _plain(asked.text.split(asked.speaker, 1)[1])
    return any(after == w or after.startswith(f"{w} ") for w in words().about_words_fr)


def asks_about_a_question(question: str) -> bool:
    """Whether a question asks what someone asked ("Quelle question la mairie a-t-elle
    posée ?", "What did the union ask the minister?"): a quoted question can answer it."""
    return bool(set(_plain(question).split()) & words().asking_words)


def _which_statement(folded: list[str]) -> bool:
    """ "Quelle question la mairie a-t-elle posée ?", "Quelle promesse X a-t-il faite ?": a
    question after one of the source's statements (`statement_nouns`), whatever its verb."""
    return len(folded) > 1 and folded[0] in _FR_WHICH and folded[1] in _statement_nouns()


@cache
def _statement_nouns() -> frozenset[str]:
    """The lexicon's nouns of speech, folded ("reponse", "declaration")."""
    from index.lexicon import lexicon

    return frozenset(fold(n) for n in lexicon().statement_nouns)


_WANT = frozenset(["veut", "voulait", "veulent", "voulaient", "voudrait"])
_FR_WHAT_WAS_SAID = frozenset(
    ["qu'a", "qu'ont", "que", "qu'avait", "qu'avaient", "qu'aurait", "qu'est-ce"]
)
#: Capitalised only because they open the question ("Pendant quel morceau …").
_FR_LEADING = frozenset(
    [
        "pendant",
        "dans",
        "sur",
        "pour",
        "avec",
        "depuis",
        "apres",
        "avant",
        "selon",
        "a",
        "au",
        "en",
        "par",
        "chez",
        "lors",
        "durant",
        "malgre",
        "contre",
        "entre",
        "vers",
        "jusqu'ou",
    ]
)
_FR_QUESTION_WORDS = frozenset(
    [
        "comment",
        "pourquoi",
        "quand",
        "ou",
        "que",
        "qu'",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qui",
        "qu'est-ce",
        "est-ce",
        "combien",
        "quoi",
        "de",
        "en",
        "a",
        "dans",
        "sur",
        "avec",
    ]
)


def _opens_phrase(token: str, lowercase: bool) -> bool:
    folded = fold(token)
    return (
        lowercase
        or token[:1].isupper()
        or folded in words().determiners
        or folded.startswith(("l'", "d'"))
    )


def _all_lowercase(tokens: list[str]) -> bool:
    """A question typed without capitals ("que pense john jones"): capitals tell nothing. A
    name after an elided article is a capital too ("la direction d'Esso")."""
    return not any(part[:1].isupper() for t in tokens[1:] for part in t.split("'"))


def _is_french_speech_verb(token: str) -> bool:
    """A French verb of saying in a form a question uses: dit, déclaré, répondu, pense, juge."""
    from index.lexicon import lexicon

    if len(token) < 3:
        return False  # "Di Meco": no verb of saying is that short ("dit" is the shortest)
    verbs = words().verbs_fr
    forms = lexicon().reporting_forms
    if token in forms and fold(forms[token]) in verbs:
        return True
    stems = {token}
    for ending, infinitive in (
        ("ees", "er"), ("ee", "er"), ("es", "er"), ("e", "er"), ("ent", "er"),
        ("is", "ir"), ("i", "ir"), ("it", "ire"), ("u", "re"), ("ent", "re"), ("t", "re"),
        ("", "er"), ("", "ir"), ("", "re"),
    ):  # fmt: skip
        if token.endswith(ending):
            stems.add(token[: len(token) - len(ending)] + infinitive)
    return any(stem in verbs or f"s'{stem}" in verbs or f"se {stem}" in verbs for stem in stems)


def _until_topic(tokens: list[str], english: bool) -> list[str]:
    """The phrase naming the source at the start of `tokens`, up to where the topic begins.

    A proper name stops at its last capitalised word ("Bayrou du Parti socialiste" is Bayrou);
    a role runs on through its complements ("le numéro un de Force ouvrière", "le maire de
    Pau", "le ministre de l'Économie") and stops at a topic word or a second determiner.
    """
    markers = words().topic_markers_fr
    determiners = words().determiners
    from index.lexicon import lexicon

    skippable = lexicon().adverbials | words().time_words
    while tokens and fold(tokens[0]) in skippable:
        tokens = tokens[1:]  # "Qu'a dénoncé lundi le syndicat"
    if tokens and fold(tokens[0]) in words().topic_markers_fr - {"ce", "cette", "ces"}:
        return []  # "qu'on reprochait aux anciens courants": no source named
    phrase: list[str] = []
    lowercase = _all_lowercase(tokens)
    role = bool(tokens) and (
        fold(tokens[0]) in determiners or fold(tokens[0]).startswith(("l'", "d'"))
    )
    position = 0
    while position < len(tokens):
        token = tokens[position]
        folded = fold(token)
        if token in "?,;:!.":
            break
        if english and folded == "of" and role and position + 1 < len(tokens):
            phrase.extend([token, tokens[position + 1]])  # "the mayor of Pau"
            position += 2
            continue
        if english and folded in ("about", "on", "of", "regarding", "concerning", "to", "after"):
            break
        if folded in ("de", "du", "des", "d'") or folded.startswith("d'"):
            nxt = tokens[position + 1] if position + 1 < len(tokens) else ""
            target = token[2:] if folded.startswith("d'") and len(token) > 2 else nxt
            if not role or not target or _role_then_name(phrase):
                break  # "le commandant Rivoire des mégots": after the name comes the topic
            if fold(target) in determiners and fold(target) != "l'":
                # "de la CGT", "de la famille": a determiner, then a name or a role noun
                after = tokens[position + 2] if position + 2 < len(tokens) else ""
                if folded in ("de",) and (after[:1].isupper() or fold(after) in role_vocabulary()):
                    phrase.extend([token, nxt, after])
                    position += 3
                    continue
                break
            if fold(target).startswith("l'") and not target[2:3].isupper():
                break
            if folded.startswith("d'") and len(token) > 2:
                phrase.append(token)
                position += 1
                continue
            phrase.extend([token, nxt])
            position += 2
            continue
        if folded in markers and phrase:
            break
        possessive = bool(phrase) and fold(phrase[-1]).endswith("'s")
        # "Santé publique France": one lowercase word inside a capitalised name
        inside_name = (
            position + 1 < len(tokens)
            and tokens[position + 1][:1].isupper()
            and len(folded) > 3
            and folded not in markers
        )
        if (
            phrase
            and not (role or lowercase or possessive or inside_name)
            and not token[:1].isupper()
            and folded not in determiners
        ):
            break  # the end of a proper name
        phrase.append(token)
        position += 1
    return phrase


def _role_then_name(phrase: list[str]) -> bool:
    """ "le commandant Rivoire": a determiner, a role in lower case, then a capitalised name (a
    role's own complement comes before the name: "le maire de Pau Paul X")."""
    capitals = [i for i, token in enumerate(phrase) if token[:1].isupper()]
    return len(phrase) >= 3 and bool(capitals) and capitals[0] >= 2 and phrase[1].islower()


def _trim(phrase: list[str]) -> str:
    return " ".join(phrase).strip(" ,;:?!.'")


def _only_pronoun(phrase: str) -> bool:
    return fold(phrase) in {
        "il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "lui", "eux", "you",
        "vous", "tu", "i", "je", "we", "nous", "people", "les gens", "someone", "quelqu'un",
    }  # fmt: skip


def _topic(question: str, speaker: str) -> str:
    """The question's words without the speaker phrase, question words and speech verbs."""
    text = question
    if speaker:
        # "the union's leaflet", "the DGAC statement": what the source issued goes with it
        documents = "|".join(sorted(words().document_nouns_en))
        text = re.sub(re.escape(speaker) + rf"(?:'s)?\s+(?:{documents})\b", " ", text)
        text = text.replace(speaker, " ")
    from index.evidence import is_english

    kept = []
    verbs = words().verbs_en | words().verbs_fr
    # "tonnes" and "pest" look like forms of "tonner" and "pester" only in a French question
    french = not is_english(question)
    for token in _TOKEN.findall(text.replace("’", "'")):
        folded = fold(token)
        if token in "?,;:!.":
            continue
        # "félicités" is a participle, "tonnes" a noun: a question asks nobody "tu tonnes"
        plural_noun = token.endswith("es") and not token.endswith(("és", "ées"))
        guessed = french and not plural_noun and _is_french_speech_verb(folded)
        if speaker and (folded in verbs or guessed):
            # "What did X announce about…": the verb asks for X's words. With nobody asked
            # for, a verb is the topic ("Combien d'agriculteurs ont été interpellés ?")
            continue
        kept.append(token)
    return " ".join(kept)


@cache
def role_vocabulary() -> frozenset[str]:
    """Folded words that describe a role or an institution rather than name one."""
    from index.lexicon import lexicon

    lex = lexicon()
    french = (
        lex.person_roles | lex.organisation_nouns | lex.speaking_nouns | lex.role_modifiers
    ) | {t.strip(".") for t in lex.name_titles}
    translated = {w for values in words().roles_en.values() for w in values}
    return frozenset(fold(w) for w in (*words().roles_en, *french, *translated))


#: Words after which a name in a speaker phrase is a complement: where the speaker works or
#: what it belongs to ("the mayor of Pau", "the unions at IBM France", "le délégué chez Bosch").
_COMPLEMENT_MARKERS = frozenset({"de", "du", "des", "of", "at", "in", "from", "chez", "au", "aux"})


def located_names(phrase: str) -> frozenset[str]:
    """The folded names in a speaker phrase's complements ("Mayotte" in "the prefect of
    Mayotte"): they place the role, and the article may say so anywhere (its title, its
    dateline), not in the source's own words."""
    roles = role_vocabulary()
    determiners = words().determiners
    found: set[str] = set()
    complement = False
    for token in _TOKEN.findall(phrase.replace("’", "'")):
        folded = fold(token)
        bare = folded.removeprefix("d'").removeprefix("l'")
        if folded in _COMPLEMENT_MARKERS or folded.startswith("d'"):
            complement = True  # "d'Alexeï": the elided marker holds the name itself
        capital = token[:1].isupper() or (token[2:3].isupper() and folded[:2] in ("d'", "l'"))
        if complement and capital and bare not in roles and bare not in determiners:
            found.add(bare)
        elif not capital and folded not in _COMPLEMENT_MARKERS and bare not in determiners:
            complement = False
    return frozenset(found)


def name_then_role(phrase: str) -> bool:
    """Whether the phrase opens on a name followed by a described role: "Benoît the cereal
    farmer", "Benoît, le céréalier". The name heads it; the role only describes whom it names
    (unlike "le vice-président de la CGT", where the role is who is asked for)."""
    tokens = [fold(t) for t in _TOKEN.findall(phrase.replace("’", "'")) if t != ","]
    runs = name_runs(phrase)
    if not runs or len(tokens) <= len(runs[0]) + 1:
        return False
    width = len(runs[0])
    return tuple(tokens[:width]) == runs[0] and tokens[width] in words().determiners


def name_runs(phrase: str) -> list[tuple[str, ...]]:
    """The names in a speaker phrase: runs of capitalised words (folded) that are neither
    determiners nor role words, leaving out complements ("de Force ouvrière", "of Pau",
    "Macron's advisers"), which name something the speaker belongs to, not the speaker.
    "Home Secretary Priti Patel" -> [("priti", "patel")]."""
    tokens = _TOKEN.findall(phrase.replace("’", "'"))
    roles = role_vocabulary()
    determiners = words().determiners
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    complement = False
    for position, token in enumerate(tokens):
        folded = fold(token)
        bare = folded.removeprefix("d'").removeprefix("l'")
        after_de = folded.startswith("d'") or (
            position > 0 and fold(tokens[position - 1]) in _COMPLEMENT_MARKERS
        )
        # "Jean-Rémi X of the Snalc": an English article between the marker and the name
        after_de = after_de or (
            position > 1
            and fold(tokens[position - 1]) == "the"
            and fold(tokens[position - 2]) in _COMPLEMENT_MARKERS
        )
        capital = token[:1].isupper() or (token[2:3].isupper() and folded[:2] in ("d'", "l'"))
        is_name = capital and bare not in determiners and bare not in roles
        if is_name and folded not in ("de", "du", "des"):
            if not current:
                complement = after_de and position > 0
            current.append(bare.removesuffix("'s"))
            if folded.endswith("'s"):
                current, complement = [], False  # "Macron's advisers": the advisers speak
            continue
        if current and not complement:
            runs.append(tuple(current))
        current, complement = [], False
    if current and not complement:
        runs.append(tuple(current))
    return runs


@cache
def question_words() -> tuple[str, ...]:
    """Words that only make a question a question ("what", "selon", "pourquoi")."""
    raw = json.loads(resources.files("index").joinpath("data/questions.json").read_text("utf-8"))
    return tuple(raw["question_words"])


def role_head(phrase: str) -> int:
    """Which of `role_words(phrase)` is the head noun: the first one in French ("les
    conseillers du président", "le Premier ministre britannique" after its modifier), the last
    one before "of" in English ("the CFDT boss", "the mayor of Pau")."""
    from index.lexicon import lexicon

    found = role_words(phrase)
    if not found:
        return 0
    tokens = [fold(t) for t in _TOKEN.findall(phrase.replace("’", "'"))]
    french = bool(tokens) and (
        tokens[0] in ("le", "la", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur")
        or tokens[0].startswith(("l'", "d'"))
        or any(t in ("de", "du", "des") or t.startswith("d'") for t in tokens)
    )
    if french:
        modifiers = {fold(m) for m in lexicon().role_modifiers}
        return next((i for i, g in enumerate(found) if g[0] not in modifiers), 0)
    marker = next((t for t in tokens if t in _COMPLEMENT_MARKERS), None)
    if marker is not None:
        # "the mayor of Pau", "the unions at IBM France": the head is before the complement
        before = [t for t in tokens[: tokens.index(marker)]]
        return max(0, len(role_words(" ".join(before))) - 1)
    return len(found) - 1


def asks_for_a_person(phrase: str) -> bool:
    """Whether a speaker phrase's head is a person's role ("the Nanterre prosecutor", "le
    patron de la CGT") or a person described ("the neighbour", "la jeune femme"), not an
    institution ("the electoral commission")."""
    from index.lexicon import lexicon

    found = role_words(phrase)
    if not found:
        return False
    words = lexicon()
    people = words.person_roles | words.proxy_roles | words.people_nouns | words.epithet_nouns
    roles = {fold(r) for r in people}
    return any(w in roles for w in found[role_head(phrase)])


def role_words(phrase: str) -> list[tuple[str, ...]]:
    """The content words of a speaker phrase, each with the folded French words it may stand
    for: "the economy minister" -> [("economy", "economie"), ("minister", "ministre")]; French
    words stand for themselves. Determiners and prepositions are dropped."""
    roles = words().roles_en
    determiners = words().determiners
    found = []
    for token in _TOKEN.findall(phrase.replace("’", "'")):
        folded = fold(token).removeprefix("l'").removeprefix("d'")
        if token.isupper() and folded in roles:  # "UN" is l'ONU, not the article "un"
            found.append((folded, *roles[folded]))
            continue
        if token in "?,;:!." or folded in determiners or len(folded) < 2:
            continue
        if folded in _COMPLEMENT_MARKERS or folded in ("the", "and", "et", "a", "en"):
            continue
        if folded.endswith("'s"):
            folded = folded[:-2]
        if folded in words().leader_words_fr:
            found.append((folded, *roles["leader"]))  # "le patron de la CGT": whoever leads it
            continue
        translations = tuple(roles.get(folded) or _cognates(folded))
        prefix, _, rest = folded.partition("-")
        if folded not in roles and rest in roles and prefix in _ROLE_PREFIXES:
            # "the sub-prefect" is "le sous-préfet", "the vice-president" "le vice-président"
            translations = tuple(f"{_ROLE_PREFIXES[prefix]}-{t}" for t in roles[rest])
        if any(t in words().leader_words_fr for t in translations):
            # "the FNSEA official" is "le responsable de la FNSEA": whoever leads it, too
            translations = (*translations, *roles["leader"])
        found.append((folded, *translations))
    return found


#: English prefixes of a role and their French spelling.
_ROLE_PREFIXES = {"sub": "sous", "vice": "vice", "co": "co", "ex": "ex"}


def _cognates(word: str) -> tuple[str, ...]:
    """The French words an English role word not in `roles_en` is likely to be, by the endings
    the two languages trade ("philosopher" -> "philosophe", "sociologist" -> "sociologue",
    "historian" -> "historien", "music" -> "musique"): the role words of the articles are
    matched against them."""
    if len(word) < 5:
        return ()
    found = tuple(
        word[: len(word) - len(en)] + fr for en, fr in words().cognates_en if word.endswith(en)
    )
    if not found and word.endswith("s") and not word.endswith("ss"):
        # "the operators" -> "operateurs": a plural's French cognate takes its "s" back
        found = tuple(w + "s" for w in _cognates(word[:-1]))
    return found
