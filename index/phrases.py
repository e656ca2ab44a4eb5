"""French noun phrases in spaCy's parse: where a speaker phrase starts and ends, what name it holds.

The small French parser mis-tags names ("Vladimir" as a verb, "Macron" as an adverb, "Anne" as
an adjective) and particles ("Bruno Le Maire"); these helpers read phrases by shape as much as by
tag, so that attribution (`index.attribution`) can ask for "the noun phrase after this verb" or
"the name this phrase holds" without caring how the tagger erred. Every word list is in
`data/lexicon.json`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from index.lexicon import lexicon
from index.nlp import NAME_WORDS, end_of, source_text, start_of
from index.quotes import Span
from index.sentences import CLOSING_QUOTES, OPENING_QUOTES
from index.speakers import is_human_noun, is_person_role, is_role_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Entity


#: The marks a quotation opens with as the parser sees them, straight or French or curly: a
#: verb's object that starts with one is words reported.
OPENING_MARKS = ('"', "«", "“")


def nominal(token: Token) -> bool:
    """A noun, or a capitalised word inside the sentence that the small tagger took for a verb,
    adjective, adverb or number ("Vladimir" tagged VERB, "Zelenskiy" NUM): French verbs are not
    capitalised mid-sentence, and numbers written in letters are not either.
    A capitalised particle between two capitalised words is part of a name ("Bruno Le Maire")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if (
        token.pos_ == "VERB"
        and token.i > 0
        and token.doc[token.i - 1].pos_ == "DET"
        and "Part" in token.morph.get("VerbForm")
    ):
        return True  # "l'accusé", "les élus": a participle used as a noun
    if token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubj:pass", "obj", "appos"):
        return True  # "l'immunologiste", "les hauts responsables" tagged ADJ by the small model
    if token.i == 0 or not token.text[:1].isupper():
        return False
    if token.pos_ == "NUM":
        return token.text.isalpha()  # "Zelenskiy" tagged NUM: a number has digits or is lowercase
    return token.pos_ in ("VERB", "ADJ", "AUX", "X", "ADV") or particle(token)


def particle(token: Token) -> bool:
    doc = token.doc
    return (
        token.text in lexicon().name_particles
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].text[:1].isupper()
        and doc[token.i - 1].pos_ in ("PROPN", "NOUN")
        and doc[token.i + 1].text[:1].isupper()
    )


def inside(token: Token, in_quote: list[Span]) -> bool:
    return any(start <= start_of(token) < end for start, end in in_quote)


def swallowed_name(doc: Doc, begin: int, stop: int) -> tuple[int, int] | None:
    """ "a déploré auprès de l'AFP Nadia Ferhat": the name the outlet's phrase ran into.

    When no subject follows the adverbials, the last two capitalised words of a run of three or
    more right before `stop` (a first name and a surname, after the outlet) are the subject; of
    a run of two, the last when an apposition presents it as a person.
    """
    end = stop
    while end > begin and doc[end - 1].is_punct:
        end -= 1
    first = end
    while first > begin and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    if end - first == 2 and presented_name(doc, doc[end - 1]):
        return end - 1, end  # "a raconté au Parisien Aurélien, un automobiliste présent"
    if end - first < 3:
        return None
    return name_start(doc, first, end), end


def presented_name(doc: Doc, token: Token) -> bool:
    """ "Ouali, un locataire du troisième étage, a compris", "…, résume Stéphanie, une autre
    habitante.", "confirme Gloria, la gardienne de l'immeuble": a first name alone that the
    tagger read as a noun or a thing, presented by a person's role in an apposition.
    ("Dimanche, un voisin a raconté": a day, and a phrase that is the verb's subject, not an
    apposition.)"""
    if not (token.text[:1].isupper() and token.text[1:].islower()) or (
        token.ent_type_ not in ("PER", "MISC") and token.pos_ != "PROPN" and not _opens(doc, token)
    ):
        return False
    if (token.i > 0 and doc[token.i - 1].pos_ == "DET") or token.lower_ in lexicon().adverbials:
        return False  # "Samedi, un voisin, …" is a day
    if token.i > 0 and doc[token.i - 1].lower_ in lexicon().de_forms and token.ent_type_ != "PER":
        return False  # "les Jeux de Paris, le préfet de police …": a place the phrase names
    start = token.i + 2
    if start + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    # "Mélanie, fonctionnaire de 48 ans, …": a bare role, whatever its tag (here an adjective)
    bare = (doc[start].pos_ == "NOUN" and is_person_role(doc[start : start + 1])) or (
        doc[start].pos_ == "ADJ" and is_role_word(doc[start])
    )
    if doc[start].lower_ not in lexicon().presenting_determiners and not bare:
        # "Gloria, la gardienne de l'immeuble", "Sofiane, chauffeur Uber interviewé par …";
        # not "Lyon, mardi, …"
        return False
    end = apposition_end(doc, start, [])  # None when a verb follows the phrase
    if end is None:
        return _unclosed_apposition(doc, token, start)
    head = next((t for t in doc[start:end] if t.pos_ == "NOUN"), None)
    return bare or is_person_role(doc[start:end]) or (head is not None and is_human_noun(head))


def _unclosed_apposition(doc: Doc, token: Token, start: int) -> bool:
    """ "Sylvia, une habitante de Brive (Corrèze) a publié …": the comma that closes the
    apposition left out, so the parser made its noun the verb's subject (or a second root). A
    first name opening the sentence, no place or body, presented by a person's noun."""
    if token.i != 0 or token.ent_type_ in ("LOC", "ORG"):
        return False
    head = next((t for t in doc[start:] if t.pos_ == "NOUN"), None)
    return head is not None and (is_person_role(doc[head.i : head.i + 1]) or is_human_noun(head))


def _opens(doc: Doc, token: Token) -> bool:
    """A capitalised word opening the sentence, read as a thing or a place ("Mélanie" tagged a
    noun and a LOC entity): still a first name when a person's role is apposed to it."""
    return token.i == 0 and token.pos_ in ("NOUN", "PROPN")


def _capitalised_run_end(doc: Doc, i: int) -> int:
    """Past capitalised words (and the particles between them) that the phrase stopped inside:
    the tagger may begin a person's entity within an outlet's name."""
    if i == 0 or not (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha):
        return i
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        i += 1
    return i


def name_start(doc: Doc, first: int, end: int) -> int:
    """Where a person's name ending at `end` starts, within the capitalised run from `first`:
    a surname, the particles it carries and one first name ("Laurent Berger", "Bruno Le Maire",
    "Marine Le Pen"). The tagger's entity is not trusted here: after an outlet it often starts
    inside the outlet's name ("Info Laurent Berger" from "sur France Info Laurent Berger")."""
    start = end - 1
    while start - 1 > first and doc[start - 1].text in lexicon().name_particles:
        start -= 1
    return max(first, start - 1)


def finite_between(doc: Doc, start: int, end: int) -> bool:
    """A conjugated verb between a subject and the cue, outside a relative clause; a
    capitalised word inside the sentence is a name, whatever its tag ("Virgilio Mota Da
    Silva", "Mota" read as a verb)."""
    relative = False
    for token in doc[start + 1 : end]:
        if token.lower_ in lexicon().relative_pronouns:
            relative = True
        elif token.text == ",":
            relative = False
        elif (
            not relative
            and token.pos_ in ("VERB", "AUX")
            and "Fin" in token.morph.get("VerbForm")
            and not token.text[:1].isupper()
        ):
            return True
    return False


def in_adverbial_phrase(doc: Doc, token: Token) -> bool:
    for phrase in lexicon().adverbial_phrases:
        for start in range(token.i - len(phrase) + 1, token.i + 1):
            if start >= 0 and [t.lower_ for t in doc[start : start + len(phrase)]] == list(phrase):
                return True
    return False


def first_nominal(doc: Doc, i: int, end: int) -> Token | None:
    while i < end:
        token = doc[i]
        if token.pos_ == "ADV" or token.lower_ in lexicon().adverbials:
            i += 1
        elif token.pos_ == "ADP" and token.lower_ not in lexicon().de_forms:
            i = past_prepositional_phrase(doc, i)
        elif nominal(token) or token.lower_ in lexicon().clause_pronouns:
            return token
        elif token.pos_ in ("DET", "ADJ", "NUM"):
            i += 1
        else:
            return None
    return None


def np_start(doc: Doc, head: Token) -> int:
    """Walk left from a noun over its title words: "le Premier ministre israélien Benjamin …"."""
    i = head.i
    while i > 0:
        previous = doc[i - 1]
        if doc[i].pos_ == "DET" and nominal(previous) and previous.dep_.startswith("obl"):
            # "À cette époque le maire", "Lundi le maire": the noun before is an adverbial
            break
        if (
            (previous.pos_ in ("DET", "ADJ", "NUM") or nominal(previous))
            and previous.text not in (",", '"')
        ) or (
            previous.lower_ in lexicon().de_forms
            and i >= 2
            and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            i -= 1
        else:
            break
    return i


def _manner_adverb(token: Token) -> bool:
    """ "solennellement", "calmement" whatever the small tagger says (it reads some as verbs): a
    lowercase word in -ment with no determiner before it is an adverb, not a noun."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text.islower()
        and len(token.text) > 6
        and token.text.endswith("ment")
        and (previous is None or previous.pos_ != "DET")
    )


#: A time of day as one token: "08H00", "18h", "9h30".
_CLOCK_TIME = re.compile(r"\d{1,2}[hH]\d{0,2}")


def past_adverbs(doc: Doc, i: int) -> int:
    """Past the adverbs from token i ("notamment", "également", "lundi")."""
    while i < len(doc) and (doc[i].pos_ == "ADV" or doc[i].lower_ in lexicon().adverbials):
        i += 1
    return i


def adverbial_phrase_at(doc: Doc, i: int) -> int:
    """How many tokens the lexicon's adverbial phrase starting at token i holds ("de son
    côté", "à l'envi"), 0 when none starts there."""
    if i < 0 or i >= len(doc):
        return 0
    return next(
        (
            len(p)
            for p in _adverbial_phrases_by_first().get(doc[i].lower_, ())
            if [t.lower_ for t in doc[i : i + len(p)]] == list(p)
        ),
        0,
    )


@cache
def _adverbial_phrases_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's adverbial phrases by their first word: every token of every sentence is
    looked up, most of them opening none."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon().adverbial_phrases:
        found.setdefault(phrase[0], []).append(tuple(phrase))
    return {first: tuple(phrases) for first, phrases in found.items()}


def bracket_end(doc: Doc, i: int, reach: int = 5) -> int | None:
    """Past a short bracketed aside opening at token i ("(AFP)", "(DVG)"), whose closing
    bracket comes within `reach` tokens; None when token i opens none."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next(
        (k for k in range(i + 1, min(len(doc), i + reach + 1)) if doc[k].text == ")"), None
    )
    return close + 1 if close is not None else None


def skip_adverbials(doc: Doc, i: int) -> int | None:
    """Past "vendredi", "de son côté", "dans un communiqué", to the inverted subject."""
    words = lexicon()
    while i < len(doc):
        token = doc[i]
        phrase = adverbial_phrase_at(doc, i)
        aside = bracket_end(doc, i)
        if phrase:
            i += phrase
        elif aside is not None:
            i = aside  # "à l'Agence France-Presse (AFP), Christophe X": an aside
        elif token.pos_ == "ADV" and i + 1 < len(doc) and doc[i + 1].lower_ in words.de_forms:
            end = past_prepositional_phrase(doc, i + 1)  # "auprès de l'AFP"
            swallowed = swallowed_name(doc, i, end)
            if swallowed is not None:
                return swallowed[0]
            i = end
        elif (
            token.text == ","
            or token.lower_ in words.adverbials
            or token.pos_ == "ADV"
            or _manner_adverb(token)
        ):
            i += 1
        elif (
            token.like_num
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in words.adverbials
            and doc[i + 1].pos_ != "PROPN"
        ):
            i += 2  # "mardi 2 juin", "le 15 mai"
            if i < len(doc) and doc[i].like_num and len(doc[i].text) == 4:
                i += 1  # "le 14 décembre 2019"
        elif (
            token.lower_ in ("le", "ce", "cette")
            and i + 1 < len(doc)
            and (doc[i + 1].like_num or doc[i + 1].lower_ in words.adverbials)
        ):
            i += 1  # "a mis en garde le 14 décembre le secrétaire général", "ce mardi"
        elif (later := _time_ago(doc, i)) > i:
            i = later
        elif token.pos_ == "ADP" and i + 1 < len(doc) and _CLOCK_TIME.fullmatch(doc[i + 1].text):
            i += 2  # "a précisé peu avant 08H00 l'une de ces sources"
        elif token.pos_ == "ADP" and token.lower_ not in lexicon().de_forms:
            end = _past_place_name(doc, i, past_prepositional_phrase(doc, i))
            if (later := _time_ago(doc, end)) > end:
                i = later  # "à l'Agence France Presse il y a quelques semaines"
                continue
            swallowed = swallowed_name(doc, i, _capitalised_run_end(doc, end))
            if swallowed is not None:
                return swallowed[0]  # "sur France Info Laurent Berger"
            i = end
        else:
            return i
    return None


def _past_place_name(doc: Doc, start: int, end: int) -> int:
    """Past the name that completes the phrase's noun ("interpellé à l'aéroport de Roissy",
    "à la mairie de Lille"): the parser hangs it on that noun, so it belongs to the place,
    where a name after the phrase without "de" is the subject ("sur BFMTV Laurent X")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in lexicon().de_forms:
        return end
    name = doc[end + 1]
    capitalised = name.pos_ in ("PROPN", "NOUN") and name.text[:1].isupper()
    if not capitalised or name.dep_ != "nmod" or not start <= name.head.i < end:
        return end
    k = end + 2
    while k < len(doc) and doc[k].dep_ == "flat:name" and doc[k].head.i >= name.i:
        k += 1
    return k


def _time_ago(doc: Doc, i: int) -> int:
    """Past "il y a quelques semaines", "il y a deux ans" (an adverbial of time, though it has a
    pronoun and a verb), else i."""
    if [t.lower_ for t in doc[i : i + 3]] != ["il", "y", "a"]:
        return i
    k = i + 3
    while k < len(doc) and doc[k].pos_ in ("DET", "NUM", "ADJ"):
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].lower_ in lexicon().time_units:
        return k + 1
    return i


def past_prepositional_phrase(doc: Doc, i: int) -> int:
    """Past "dans un communiqué", "sur BFM-TV"; a name right after a common noun is not part of
    it ("a déclaré dans un communiqué Alanna Byrne"). "au micro d'Europe 1": after where it
    was said, the outlet's name is part of it too."""
    end = _past_object(doc, i)
    medium = end > i + 1 and doc[end - 1].lower_ in lexicon().medium_nouns
    if medium and end + 1 < len(doc) and doc[end].lower_ in lexicon().de_forms:
        return _past_object(doc, end)
    return _past_noun_complements(doc, end) if end > i + 1 else end


def _past_noun_complements(doc: Doc, i: int) -> int:
    """Past what completes the phrase's noun: "lors d'une conférence *de presse*", "en milieu
    *de journée*", "à la sortie *du conseil*". Only a common noun in lower case: "dans un
    communiqué de Greenpeace" names whose it is, and "des" may open a subject of its own
    ("ont dénoncé dans un communiqué des élus")."""
    words = lexicon()
    while i + 1 < len(doc) and doc[i].lower_ in ("de", "d'", "du"):
        k = i + 1
        while k < len(doc) and doc[k].pos_ == "DET" and doc[k].lower_ != "des":
            k += 1
        noun = doc[k] if k < len(doc) else None
        if (
            noun is None
            or not noun.text[:1].islower()
            or noun.ent_type_ == "PER"
            or not (noun.pos_ == "NOUN" or noun.lower_ in words.adverbials)
        ):
            break
        i = k + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
            i += 1
    return i


def _past_object(doc: Doc, i: int) -> int:
    i += 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NUM", "ADP") and doc[i].text != ",":
        i += 1
    start = i
    while i < len(doc):
        if i > start and _outlet_after_press_noun(doc, i):
            # "au quotidien Presse-Océan", "au journal Le Parisien": the paper's name, whatever
            # the tagger made of it
            i += 1
            continue
        if not (
            doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
            or (i > start and doc[i].text[:1].isupper() and doc[i - 1].text[:1].isupper())
            # "Europe 1", "France 2": a channel's number
            or (i > start and doc[i].text.isdigit() and doc[i - 1].text[:1].isupper())
        ):
            break
        if (
            i > start
            and (
                (doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PER")
                # "à l'AFP SUD-Rail": an acronym is a whole name; a capitalised word after it is
                # the next one
                or (i - 1 == start and acronym(doc[start]) and doc[i].text[:1].isupper())
                or (
                    doc[i].text[:1].isupper()
                    and doc[i - 1].pos_ == "NOUN"
                    and doc[i - 1].text[:1].islower()
                    # "sur son site Internet", "sur son compte Twitter": the platform's name
                    and not (
                        doc[i - 1].lower_ in lexicon().platform_nouns and doc[i].ent_type_ != "PER"
                    )
                )
            )
        ):
            break
        i += 1
    return i


def _outlet_after_press_noun(doc: Doc, i: int) -> bool:
    """A capitalised word right after "quotidien", "hebdomadaire", "radio" …, the newspaper's
    or channel's name, unless a second capitalised word makes it a person's full name
    ("au journal Jean Dupont" is no paper)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i - 1].lower_ in lexicon().press_nouns
        and doc[i].text[:1].isupper()
        and not (
            following is not None and following.ent_type_ == "PER" and doc[i].ent_type_ == "PER"
        )
    )


def acronym(token: Token) -> bool:
    return token.is_alpha and len(token.text) >= 2 and token.text.isupper()


def _role_a_complement(doc: Doc, i: int) -> bool:
    """Whether the "à" at token i opens the complement of the role before it ("adjoint à la
    mairie", "déléguée aux sports"); a capitalised noun after it is whom the speaker told ("le
    conseiller à l'AFP")."""
    words = lexicon()
    if i == 0 or doc[i].lower_ not in words.a_forms:
        return False
    if doc[i - 1].lower_ not in words.a_complement_roles:
        return False
    k = i + 1
    if k < len(doc) and doc[i].lower_ == "à" and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].text.islower()


def noun_phrase(doc: Doc, i: int, in_quote: list[Span]) -> tuple[int, int] | None:
    """The speaker noun phrase starting at token i, with a name in apposition but no clause.

    "le directeur du Fonds, Ivan Jdanov" and "Dmitri Peskov, porte-parole du président" are
    kept whole; "Paris, pour qui", "M. Peskov, qui …" and "… Poutine lors d'une conversation"
    stop before the comma or preposition.
    """
    start = i
    head_seen = False
    after_de = False
    in_complement = False  # past a "de" or "pour" of the head: "… pour la défense et la sécurité"
    apposition_done = False
    while i < len(doc):
        token = doc[i]
        if inside(token, in_quote):
            break
        if (
            (
                (token.pos_ == "DET" or (token.pos_ == "NUM" and not nominal(token)))
                and not particle(token)
            )
            or (token.lower_ in lexicon().quantifiers)
            or _indefinite_article(doc, i, start)
        ):
            # "le journal Les Echos", "le quotidien régional Le Progrès": the title keeps its
            # own article
            kind = i - 1
            while kind > start and doc[kind].pos_ == "ADJ" and doc[kind].text.islower():
                kind -= 1
            titled = (
                i > 0
                and i + 1 < len(doc)
                and doc[i + 1].text[:1].isupper()
                and (
                    doc[kind].lower_ in lexicon().organisation_nouns
                    # "la chaîne de télévision publique marocaine Al Aoula": a capitalised
                    # article mid-phrase opens the name of the organisation the phrase began with
                    or (
                        token.text[:1].isupper()
                        and any(t.lower_ in lexicon().organisation_nouns for t in doc[start:i])
                    )
                )
            )
            if head_seen and token.pos_ == "DET" and not after_de and not titled:
                break
            i += 1
        elif head_seen and (_verb_before_infinitive(doc, i) or _verb_read_as_noun(doc, i)):
            break  # "l'ex-locataire de Bercy compte présenter": "compte" is the verb
        elif (
            head_seen
            and not after_de
            and token.text.islower()
            and token.lower_ in lexicon().adverbials
        ):
            break  # "a rassuré l'ANSM mardi 26 décembre": when it spoke, not its name
        elif nominal(token) or token.text in lexicon().name_titles:
            head_seen = True
            i += 1
        elif (
            token.pos_ == "ADJ"
            or (token.pos_ == "VERB" and token.dep_ == "amod")
            or (token.text.startswith("-") and head_seen)
        ):
            i += 1
        elif (
            token.lower_ in lexicon().de_forms
            and head_seen
            and i + 1 < len(doc)
            # "des Outre-mer", a capitalised complement the tagger read as a number
            and (
                doc[i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ") or doc[i + 1].text[:1].isupper()
            )
            and not _manner_after(doc, i + 1)
        ):
            i += 1
            after_de = in_complement = True
            continue
        elif (
            in_complement
            and doc[i - 1].lower_ in ("l'", "l’")
            and token.lower_ in ("un", "une")
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in lexicon().de_forms
        ):
            i += 1  # "l'avocate de l'un des suspects, X": one of a group, the complement goes on
            continue
        elif (
            token.lower_ == "en"
            and head_seen
            and i + 2 < len(doc)
            and doc[i + 1].lower_ == "charge"
            and doc[i + 2].lower_ in lexicon().de_forms
        ):
            i += 2  # "le président de l'établissement en charge de la restauration, X"
            continue
        elif (
            token.lower_ in ("chargé", "chargée", "chargés", "chargées")
            and head_seen
            and any(is_role_word(t) for t in doc[start:i])
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in lexicon().de_forms
        ):
            i += 1  # "l'adjointe au maire chargée du logement, X": the office's matter
            continue
        elif head_seen and not in_complement and _role_a_complement(doc, i):
            i += 1  # "le premier adjoint à la mairie de Paris, X", "la déléguée aux sports"
            after_de = in_complement = True
            continue
        elif (
            token.lower_ in lexicon().body_name_prepositions
            and in_complement
            and i + 2 < len(doc)
            and doc[i + 1].pos_ == "DET"
            and nominal(doc[i + 2])
            and _in_body_name(doc, start, i)
        ):
            # "la présidente de l'Institut national d'études et de lutte contre la punaise de
            # lit (INELP) Marie X": the body's name goes on past its preposition
            i += 1
            after_de = True
            continue
        elif (
            token.lower_ == "pour"
            and head_seen
            and is_role_word(doc[i - 1])
            and i + 2 < len(doc)
            and doc[i + 1].pos_ == "DET"
            and doc[i + 2].pos_ == "NOUN"
        ):
            i += 1  # "le préfet délégué pour la défense et la sécurité en Gironde, X"
            after_de = in_complement = True
            continue
        elif (
            token.lower_ == "en"
            and in_complement
            and i + 1 < len(doc)
            and doc[i + 1].pos_ == "PROPN"
            and doc[i + 1].text[:1].isupper()
        ):
            i += 1  # "… la sécurité en Gironde", "ambassadeur de France en Italie"
            continue
        elif (
            token.lower_ == "et"
            and in_complement
            and i + 2 < len(doc)
            and doc[i + 1].pos_ == "DET"
            and doc[i + 2].pos_ == "NOUN"
            and not is_role_word(doc[i + 2])
            and not is_human_noun(doc[i + 2])
        ):
            i += 1  # "… pour la défense et la sécurité": one office, two of its matters
            after_de = True
            continue
        elif token.lower_ == "et" and head_seen and _second_role(doc, i + 1):
            i += 1  # "le député et dirigeant de LFI X": one person, two roles, no article
            continue
        elif (
            token.lower_ == "et"
            and head_seen
            and i + 2 < len(doc)
            and doc[i + 1].lower_ in lexicon().de_forms
            and any(t.lower_ in lexicon().de_forms for t in doc[start:i])
        ):
            i += 1  # "le ministre de la Santé et de la Prévention François X": one office
            continue
        elif (
            token.text == "("
            and head_seen
            and i + 3 < len(doc)
            and doc[i + 1].text.isupper()
            and doc[i + 2].text == ")"
            and doc[i + 3].text[:1].isupper()
            and nominal(doc[i + 3])
        ):
            i += 3  # "Le premier secrétaire du Parti socialiste (PS) Olivier Faure"
        elif (
            token.text == "("
            and head_seen
            and not apposition_done
            and i + 4 < len(doc)
            and doc[i + 1].text.isupper()
            and doc[i + 2].text == ")"
            and doc[i + 3].text == ","
            and apposition_end(doc, i + 4, in_quote) is not None
        ):
            i += 3  # "le président de l'Union … (USPO), Pierre-Olivier X": the apposition next
        elif (
            token.text == "("
            and head_seen
            and in_complement
            and i + 2 < len(doc)
            and doc[i + 1].text[:1].isupper()
            and doc[i + 1].text.isalpha()
            and doc[i + 2].text == ")"
            and is_person_role(doc[start:i])
        ):
            # "le président de la Fédération nationale de l'aviation et de ses métiers (Fnam)":
            # the body's short name, by which a reader will ask for its head (an organisation
            # and its bracketed acronym are one name already: `acronym_aliases`)
            i += 3
            apposition_done = apposition_done or i >= len(doc) or doc[i].text != ","
        elif (
            head_seen
            and not apposition_done
            and "Part" in token.morph.get("VerbForm")
            and "Pres" in token.morph.get("Tense")
            and (holder := _clause_holder(doc[start:i])) is not None
            and (comma := _comma_before_name(doc, i, in_quote, holder)) is not None
        ):
            # "le président de la principale organisation regroupant les entreprises du
            # transport aérien, Pascal X", "la société exploitant ces axes, Vinci Autoroutes":
            # what the body does, then the name apposed to the role or the body
            i = comma
            continue
        elif (
            token.lower_ in lexicon().a_forms
            and in_complement
            and (name := _portfolio_before_name(doc, i)) is not None
        ):
            i = name  # "l'adjoint à la mairie de Paris aux JO et à la Seine Pierre X"
            continue
        elif (
            token.lower_ in ("à", "a", "au", "aux")
            and in_complement
            and (comma := _place_before_comma(doc, i + 1)) is not None
        ):
            # "le délégué CGT de Michelin à La Roche-sur-Yon (Vendée), Antony X", "le président
            # du groupe Renaissance à l'Assemblée nationale, Sylvain X", "… LR au Sénat, Bruno X"
            i = comma
            continue
        elif token.text == "," and head_seen and not apposition_done:
            end = apposition_end(doc, past_age(doc, i + 1), in_quote)
            if end is None:
                end = _unclosed_name(doc, start, i)
            if end is None or not (_names_someone(doc, start, i) or _names_someone(doc, i, end)):
                # "selon le parquet, le chasseur touché, …", "est, selon le parquet, un fusil
                # de chasse": two common phrases are the source and the clause it frames
                break
            i, apposition_done = end, True
        else:
            break
        after_de = False
    if (
        head_seen
        and i < len(doc)
        and doc[i].lower_ in lexicon().a_forms
        and any(t.lower_ in lexicon().anonymous_sources for t in doc[start:i])
    ):
        i = past_prepositional_phrase(doc, i)  # "une source à la préfecture": where it works
    while i > start and (
        doc[i - 1].pos_ in ("DET", "ADP", "CCONJ") or doc[i - 1].text in (",", "-")
    ):
        i -= 1
    if not head_seen or i <= start:
        return None
    return start, i


#: How many words a participle clause inside a role may hold ("regroupant les entreprises du
#: transport aérien").
PARTICIPLE_CLAUSE_WORDS = 10


def _in_body_name(doc: Doc, start: int, i: int) -> bool:
    """Whether the phrase from `start` has reached, before token i, the capitalised noun that
    opens a body's name ("de l'Institut national …", "de la Ligue …")."""
    return any(
        t.text[:1].isupper() and t.lower_ in lexicon().organisation_nouns
        for t in doc[start + 1 : i]
    )


def _clause_holder(words: Span) -> str | None:
    """Who a participle clause after these words can describe before their apposed name:
    "PER" after a role ("le président de l'organisation regroupant …"), "ORG" after an
    organisation's common noun ("la société exploitant ces axes"); None otherwise."""
    if any(is_role_word(t) for t in words):
        return "PER"
    if any(t.lower_ in lexicon().organisation_nouns for t in words):
        return "ORG"
    return None


def _comma_before_name(doc: Doc, i: int, in_quote: list[Span], holder: str) -> int | None:
    """The comma closing a short participle clause from token i, when the holder's name (a
    person's after a role, a body's after an organisation noun) is apposed right after it;
    None otherwise (", qui …", a clause that runs on, "…, le week-end")."""
    for k in range(i + 1, min(len(doc), i + PARTICIPLE_CLAUSE_WORDS + 1)):
        token = doc[k]
        if inside(token, in_quote) or "Fin" in token.morph.get("VerbForm"):
            return None
        if token.text == ",":
            end = apposition_end(doc, k + 1, in_quote)
            if end is None:
                return None
            apposed = doc[k + 1 : end]
            if holder == "PER":
                named = any(t.ent_type_ == "PER" for t in apposed)
            else:
                named = any(
                    t.ent_type_ in ("ORG", "MISC")
                    or (t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "LOC")
                    for t in apposed
                )
            return k if named else None
    return None


def _names_someone(doc: Doc, start: int, end: int) -> bool:
    """Whether words hold a name: a person's entity or a capitalised noun inside them (not a
    letter: "un fusil de catégorie C")."""
    return any(
        t.ent_type_ == "PER" or (nominal(t) and t.text[:1].isupper() and len(t) > 1 and t.i > 0)
        for t in doc[start:end]
    )


def _portfolio_before_name(doc: Doc, i: int) -> int | None:
    """Where the person's name starts after the matters a role covers, from the "à" at token i
    ("aux JO et à la Seine Pierre X"): one or more "à" phrases joined by "et", then a name the
    tagger calls a person; None when no name follows them."""
    words = lexicon()
    while i < len(doc) and doc[i].lower_ in words.a_forms:
        i += 1
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        start = i
        while (
            i < len(doc) and (nominal(doc[i]) or doc[i].pos_ == "ADJ") and doc[i].ent_type_ != "PER"
        ):
            i += 1
        if i == start:
            return None
        if i + 1 < len(doc) and doc[i].lower_ == "et" and doc[i + 1].lower_ in words.a_forms:
            i += 1
    if i < len(doc) and doc[i].ent_type_ == "PER" and doc[i].ent_iob_ == "B":
        return i
    return None


def _place_before_comma(doc: Doc, i: int) -> int | None:
    """The comma after a place and its bracketed region from token i ("La Roche-sur-Yon
    (Vendée),", "l'Assemblée nationale,"), where a role's complement ends before the name
    apposed to it; None when no comma and a name follow the place (else "à" is where the
    speaker spoke: "a dit le ministre à Lyon, avant de partir")."""
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1  # "La Roche-sur-Yon", "Le Havre"; "à l'Assemblée nationale"
    start = i
    while i < len(doc) and doc[i].text[:1].isupper() and nominal(doc[i]):
        i += 1
    if i == start:
        return None
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1  # "l'Assemblée nationale", "le Conseil régional"
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 6] if t.text == ")"), None)
        if close is None or not all(t.text[:1].isupper() for t in doc[i + 1 : close]):
            return None
        i = close + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    # a name follows: "à Lyon, avant de partir" is where and when the speaker spoke
    return i if doc[i + 1].ent_type_ == "PER" or doc[i + 1].pos_ == "PROPN" else None


def _unclosed_name(doc: Doc, start: int, comma: int) -> int | None:
    """End of a person's name apposed to a role with no comma to close it ("Le délégué CGT de
    Michelin, Antony X fait valoir"): the parser makes the role and the name two subjects of
    the same verb, or the sentence opens on the role and the name's verb follows; a new clause
    ("Pour le délégué, X a menti") does neither."""
    name = next((e for e in doc.ents if e.start == comma + 1 and e.label_ == "PER"), None)
    head = next((t for t in doc[start:comma] if nominal(t)), None)
    if name is None or head is None or not is_role_word(head):
        return None
    subject = doc[name.start]
    if subject.dep_ == "nsubj" and head.dep_ == "nsubj" and subject.head.i == head.head.i:
        return name.end
    # or the sentence opens on the role, with no preposition to make it a frame, and a verb
    # follows the name (the parser read the role as an adverbial)
    after = next((t for t in doc[name.end :] if not t.is_space), None)
    if start == 0 and after is not None and after.pos_ in ("VERB", "AUX"):
        return name.end
    return None


def present_of_er_verb(token: Token) -> bool:
    """Whether a word is the present of a verb of saying in -er ("critique", "considère" of
    "considérer"), not its participle ("jugée")."""
    form = lexicon().reporting_forms.get(token.lower_, "")
    return (
        token.lower_.endswith("e")
        and not token.lower_.endswith("ée")
        and form.endswith("er")
        and form in lexicon().reporting_verbs
    )


def infinitive_object(doc: Doc, i: int) -> bool:
    """Whether token i opens the object of a verb of advice: "de" and an infinitive, after an
    addressee in "à" or not ("conseille de se rendre à Lille", "conseille aux habitants de
    rester chez eux"). The small tagger reads "conseille" as an adjective; this object is a
    verb's, never an adjective's."""
    words = lexicon()
    if i < len(doc) and doc[i].lower_ in words.a_forms:
        # the addressee, up to its "de" within a few words, no punctuation between
        end = min(len(doc), i + 7)
        i = next(
            (k for k in range(i + 1, end) if doc[k].lower_ in words.de_forms or doc[k].is_punct),
            end,
        )
    if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "d’"):
        return False
    i += 1
    clitics = words.reflexive_clitics | words.object_clitics | words.negation_clitics
    while i < len(doc) and doc[i].lower_ in clitics:
        i += 1
    return i < len(doc) and "Inf" in doc[i].morph.get("VerbForm")


def noun_after_its_noun(token: Token) -> bool:
    """A lowercase word read as a noun right after another noun, with no article of its own
    ("L'association dénonce", "… de locataires considère", or past the apposition that
    closes the subject: "La ministre, Élisabeth X, annonce"): two nouns in a row are seldom
    French, a subject and its verb often are."""
    doc = token.doc
    before = token.i - 1
    if before > 0 and doc[before].lower_ in ("en", "y"):
        before -= 1  # "Le Snuipp en revendique un tiers": the pronoun "en" between them
    if (
        before > 1
        and doc[before].text == ","
        and sum(t.text == "," for t in doc[:before]) == 1
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[:before])
    ):
        # "La Première ministre, Élisabeth X, annonce …": the subject and its apposition,
        # with no verb before the second comma
        before -= 1
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and before >= 0
        and doc[before].pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "det" for c in token.children)
    )


def _verb_read_as_noun(doc: Doc, i: int) -> bool:
    """A verb of saying in the present the tagger read as a noun right after its subject's
    noun, before its object or clause ("L'association dénonce « … »", "L'association de
    locataires considère que …")."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (
        noun_after_its_noun(token)
        and present_of_er_verb(token)
        and following is not None
        and (
            following.pos_ == "DET"
            or following.text in OPENING_MARKS
            or following.lower_ in lexicon().completives
        )
    )


def _verb_before_infinitive(doc: Doc, i: int) -> bool:
    """A lowercase word tagged a noun, with no article or preposition before it, right before
    an infinitive: the finite verb the tagger missed ("… de Bercy compte présenter")."""
    token = doc[i]
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and doc[i - 1].pos_ not in ("DET", "ADP")
        and i + 1 < len(doc)
        and doc[i + 1].pos_ in ("VERB", "AUX")
        and "Inf" in doc[i + 1].morph.get("VerbForm")
    )


def _indefinite_article(doc: Doc, i: int, start: int) -> bool:
    """ "des" opening the phrase though tagged a preposition ("», dénoncent des ONG"): the
    plural indefinite article, when a noun follows."""
    return (
        i == start
        and doc[i].pos_ == "ADP"
        and doc[i].lower_ in ("des", "de", "d'", "d’")
        and i + 1 < len(doc)
        and nominal(doc[i + 1])
    )


def past_age(doc: Doc, i: int) -> int:
    """Past an age apposition and its comma from token i (", âgé de 76 ans, maire de X",
    ", 52 ans, éleveur"), where the role apposition begins; i when there is none."""
    j = i
    if j < len(doc) and doc[j].lower_ in lexicon().age_words:
        j += 1
        if j < len(doc) and doc[j].lower_ == "de":
            j += 1
    if (
        j + 2 < len(doc)
        and doc[j].like_num
        and doc[j + 1].lower_ in lexicon().time_units
        and doc[j + 2].text == ","
    ):
        return j + 3
    return i


def apposition_end(doc: Doc, i: int, in_quote: list[Span]) -> int | None:
    """End of ", Ivan Jdanov" or ", porte-parole du président" if it is an apposition."""
    end, has_name = _apposition_words(doc, i, in_quote)
    if end == i or doc[i].pos_ == "NUM":
        return None
    first = doc[i]
    title_noun = (
        first.pos_ == "NOUN"
        or (first.pos_ == "DET" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN")
        or (first.text.islower() and first.lower_ in lexicon().person_roles)
        or (first.pos_ == "ADJ" and first.text.islower() and is_role_word(first))
    )
    if not has_name and not title_noun:
        return None
    head = next((t for t in doc[i:end] if nominal(t)), None)
    if not has_name and head is not None and head.lower_ in lexicon().manner_nouns:
        return None  # ", la gorge serrée": how the speaker looks, not who they are
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "et"
        and doc[end + 1].pos_ in ("NOUN", "ADJ")
        and doc[end + 1].text.islower()
    ):
        # "secrétaire nationale de la CFDT-Cheminots et contrôleuse": a second role of hers
        end = _apposition_words(doc, end + 1, in_quote)[0]
    stop = doc[end] if end < len(doc) else None
    # Closed by punctuation or a phrase ("…, porte-parole, lors de…"); a verb right after it
    # means the "apposition" was the subject of a new clause ("Pour X, la crise durera").
    gerund = (
        stop is not None
        and "Part" in stop.morph.get("VerbForm")
        and "Pres" in stop.morph.get("Tense")
    )
    if (
        stop is not None
        and "Part" in stop.morph.get("VerbForm")
        and "Past" in stop.morph.get("Tense")
        and end + 1 < len(doc)
        and doc[end + 1].lower_ == "par"
    ):
        # "Ibrahim, un habitant de Mayotte joint par l'AFP, a …": who reached the person is
        # part of how the apposition presents them, up to its comma
        comma = next(
            (k for k in range(end + 2, min(len(doc), end + AGENT_WORDS)) if doc[k].text == ","),
            None,
        )
        if comma is not None:
            return comma
    if stop is not None and stop.pos_ not in ("ADP", "PUNCT", "ADV") and not gerund:
        return None
    return end


#: How many words "joint par l'Agence France-Presse," may take after an apposition's noun.
AGENT_WORDS = 8


def _manner_after(doc: Doc, i: int) -> bool:
    """Whether a phrase of manner starts at i, past its determiner ("souffle ce quadragénaire
    d'une voix à peine audible": how he speaks, not whose he is)."""
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    return i < len(doc) and doc[i].lower_ in lexicon().manner_nouns


def _second_role(doc: Doc, i: int) -> bool:
    """Whether a role without its article starts at i, past lowercase adjectives ("et
    ancienne ministre", "et dirigeant"): the same person's second title, where "et le
    ministre" would be a second person."""
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    return i < len(doc) and doc[i].text.islower() and is_role_word(doc[i])


def _apposition_words(doc: Doc, i: int, in_quote: list[Span]) -> tuple[int, bool]:
    """Past the words an apposition may hold from token i, and whether one is a name."""
    end = i
    has_name = False
    while end < len(doc):
        token = doc[end]
        if inside(token, in_quote):
            break
        if (
            token.pos_ in ("DET", "ADJ")
            or nominal(token)
            or token.lower_ in lexicon().de_forms
            or (token.text.startswith("-"))
            or (token.pos_ == "VERB" and token.dep_ == "amod")
            or (token.text.islower() and token.lower_ in lexicon().person_roles)
            # "fonctionnaire de 48 ans": an age
            or (
                token.like_num
                and end + 1 < len(doc)
                and doc[end + 1].lower_ in lexicon().time_units
            )
        ):
            has_name = has_name or (nominal(token) and token.text[:1].isupper())
            end += 1
        elif end > i and (aside := bracket_end(doc, end, 4)) is not None:
            end = aside  # "président (DVG) de la métropole": the party, an aside
        elif (
            end > i
            and token.lower_ == "et"
            and end + 1 < len(doc)
            and doc[end + 1].lower_.replace("’", "'") in lexicon().de_forms
        ):
            end += 1  # "directeur des services d'incendie et de secours": one body, two matters
        else:
            break
    return end, has_name


def definite(tokens: Sequence[Token]) -> bool:
    return tokens[0].pos_ == "DET" and tokens[0].lower_ in lexicon().definite_determiners


def _in_complement(doc: Doc, start: int, position: int) -> bool:
    """Whether a name at `position` is a complement after "de" ("l'avocate de Mohamed
    Abrini", with only "Abrini" tagged as the entity): the phrase names someone else."""
    k = position
    while k > start and doc[k - 1].text[:1].isupper():
        k -= 1
    if k < position and doc[position].ent_iob_ == "B" and doc[position - 1].ent_type_:
        return False  # "le député Renaissance de Gironde Pascal X": the place is the complement
    return k > start and doc[k - 1].lower_ in lexicon().de_forms


_SAINT = re.compile(r"^Saint(?:e|es|s)?-[A-ZÀ-Ý]", re.IGNORECASE)


def saint_place(name: str) -> bool:
    """ "Saint-Sébastien", "Sainte-Suzanne": a saint's name joined by a hyphen is a place (a
    town, a hospital, a festival's), whatever the tagger says; the person is "saint Sébastien"."""
    return bool(_SAINT.match(name.strip())) and " " not in name.strip()


def common_words(entity: Sequence[Token]) -> bool:
    """A "person" the tagger found in common words: a phrase with a lowercase word that is no
    particle ("Orage de grêle : …"), a day, an adverb or a rubric alone ("Lundi, ils …",
    "Vidéo Les chauffeurs …"), or an adjective alone opening a headline ("Gros dégâts après
    …"). "Charles de Gaulle" and "Ursula von der Leyen" keep their particles."""
    particles = {p.lower() for p in lexicon().name_particles} | {"d'", "d’"}
    if any(t.is_alpha and t.text[:1].islower() and t.lower_ not in particles for t in entity):
        return True
    if len(entity) == 1 and entity[0].lower_ in lexicon().adverbials:
        return True  # "Lundi, ils sont venus": a day opening the sentence
    if len(entity) == 1 and entity[0].lower_ in lexicon().rubric_nouns:
        return True  # "Vidéo Les chauffeurs … bloquent": a headline's label
    first = entity[0]
    if (
        len(entity) > 2
        and first.is_sent_start
        and first.pos_ == "NOUN"
        and entity[1].lower_ in lexicon().de_forms
    ):
        # "Pénurie de Doliprane pour enfants : « … »": a headline's noun and its complement,
        # capitalised only as the sentence opens (a first name is tagged a proper noun)
        return True
    return len(entity) == 1 and first.i == 0 and first.pos_ == "ADJ"


def person_entity(entity: Entity) -> bool:
    """A PER entity of the tagger that can be a person: not a saint's name for a place
    (`saint_place`) nor common words (`common_words`)."""
    return entity.label_ == "PER" and not saint_place(entity.text) and not common_words(entity)


def _capital_article(doc: Doc, token: Token) -> bool:
    """An article written with a capital inside a sentence belongs to a title ("Les Echos"),
    unless a dash opens a phrase there ("… ! - Une infirmière retraitée")."""
    return token.i > 0 and token.text[:1].isupper() and doc[token.i - 1].text not in ("-", "–", "—")


def _organisation_name(doc: Doc, start: int, end: int) -> str | None:
    """The name right after an organisation noun that opens the phrase ("l'association
    Consommation Logement Cadre de Vie", "le collectif Nous Toutes"), with its lowercase
    particles: an organisation's name, though the tagger may read it as a person's."""
    i = start
    while i < end and doc[i].pos_ == "DET" and not _capital_article(doc, doc[i]):
        i += 1
    if i + 1 >= end or doc[i].lower_ not in lexicon().organisation_nouns:
        return None
    first = i + 1
    quoted = quoted_name_end(doc, i)
    if quoted is not None:
        return join(doc[first:quoted])  # "le collectif « Médecins pour demain »"
    if not capitalised_word(doc[first]) or doc[first].text.isupper():
        return None  # acronyms and "l'association SOS Machin" keep the path they had
    # "l'Agence Régionale de Santé": a capitalised noun with an adjective after it is the
    # name's first word, not what kind of body the name that follows is
    opening = i if _opens_the_name(doc[i], doc[first]) else first
    last = first
    j = first + 1
    while j < end:
        if capitalised_word(doc[j]):
            last = j
        elif not (doc[j].lower_ in ("de", "du", "des", "d'", "et") and j + 1 < end):
            break
        j += 1
    sentence_case = _sentence_case_name_end(doc, first, end)
    if sentence_case is not None and sentence_case > last + 1:
        return join(doc[opening:sentence_case])
    if last == first and opening == first:
        return None  # one word: "l'association Mazone" is found as it was
    return join(doc[opening : last + 1])


def _opens_the_name(noun: Token, following: Token) -> bool:
    """Whether a capitalised organisation noun is the first word of the name after it, an
    adjective going on ("l'Agence Régionale de Santé"), not what kind of body it names
    ("le syndicat Sud-Rail", "l'Association Mazone")."""
    return capitalised_word(noun) and following.pos_ == "ADJ"


#: Quotation marks as written (the parser sees straight ones, or none around a body's name).
_MARKS = OPENING_QUOTES + CLOSING_QUOTES + '"'


def quoted_name_end(doc: Doc, noun: int) -> int | None:
    """Where the name in quotation marks after the organisation noun at `noun` ends, in the
    text as written ("le collectif « Médecins pour demain » appelle"; the parser was shown
    it without its marks): the token after the one the closing mark follows. None when no
    mark opens right after the noun, or none closes within `NAME_WORDS` words."""
    source = doc.user_data.get("source", doc.text)
    first = noun + 1
    if first >= len(doc):
        return None
    if not any(m in source[end_of(doc[noun]) : start_of(doc[first])] for m in _MARKS):
        return None
    for j in range(first, min(len(doc), first + NAME_WORDS)):
        following = start_of(doc[j + 1]) if j + 1 < len(doc) else len(source)
        if any(m in source[end_of(doc[j]) : following] for m in _MARKS):
            return j + 1
    return None


def _sentence_case_name_end(doc: Doc, first: int, end: int) -> int | None:
    """Where a body's name written in sentence case ends ("l'association Action droits des
    musulmans a expliqué", "l'association Aide aux victimes du terrorisme, …"): its lowercase
    words run on to the phrase's end, its comma or its bracketed acronym, with no verb or
    relative pronoun between; None when they stop short of it (then they are no part of the
    name)."""
    words = lexicon()
    k = first + 1
    while (
        k < end
        and doc[k].text[:1].islower()
        and doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET", "CCONJ")
        and doc[k].lower_ not in words.relative_pronouns
    ):
        k += 1
    if k == first + 1 or not (k == end or doc[k].text in (",", "(")):
        return None
    return k if doc[k - 1].pos_ in ("NOUN", "ADJ") else None


def capitalised_word(token: Token) -> bool:
    """A word written with a capital, hyphens allowed ("Vallaud-Belkacem", "JEAN-PAUL")."""
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def names_after_a_place(doc: Doc) -> list[tuple[int, int]]:
    """ "le député des Côtes-d'Armor Eric X": the name after the place a role holds, which the
    tagger may fold into the place (one LOC entity); the parser hangs it on the role or the
    place as an apposition."""
    words = lexicon()
    found = []
    for token in doc[:-3]:
        if token.lower_ not in words.person_roles or doc[token.i + 1].lower_ not in words.de_forms:
            continue
        k = token.i + 2
        place = doc[k]
        if place.ent_type_ == "LOC" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I"):
            # "la préfète des Deux-Sèvres Claire X": a place of one word, then two or three
            # capitalised words that are no place
            end = k + 1
            while end < len(doc) and capitalised_word(doc[end]) and doc[end].ent_type_ != "LOC":
                end += 1
            if 2 <= end - (k + 1) <= 3:
                found.append((k + 1, end))
                continue
        while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text in ("-", "d'", "d’")):
            head = doc[k].head.i
            if (
                k > token.i + 2
                and doc[k].dep_ == "appos"
                and (head == token.i or token.i < head < k)
            ):
                end = k + 1
                while end < len(doc) and doc[end].dep_ == "flat:name":
                    end += 1
                if end - k >= 2:
                    found.append((k, end))
                break
            k += 1
    return found


def phrase_name(doc: Doc, span: tuple[int, int]) -> tuple[str, bool]:
    """The entity a speaker phrase names: a person's name if it has one, else the phrase itself.

    "le directeur du Fonds, Ivan Jdanov" -> Ivan Jdanov; "un communiqué du Kremlin" -> Kremlin;
    "l'association SOS Machin" -> SOS Machin; "les conseillers d'Emmanuel Macron" stays
    "conseillers d'Emmanuel Macron" (the name is a complement, not the speaker).
    """
    start, end = span
    words = lexicon()
    people = [
        ent
        for ent in doc.ents
        if person_entity(ent)
        and start <= ent.start < end
        and not _in_complement(doc, start, ent.start)
        and any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ != "ADJ") for t in ent)
    ]

    # "président de la République" tagged PER beside "Emmanuel Macron": a name opens on a
    # capital; "Renaissance de Gironde" beside "Pascal X": a name placed by "de" is where the
    # person sits, when the phrase holds another
    def order(ent: Entity) -> tuple[bool, bool, int]:
        placed = any(t.lower_ in words.de_forms for t in ent[1:]) and len(people) > 1
        return (not ent[0].text[:1].isupper(), placed, -len(ent))

    organisation = _organisation_name(doc, start, end)
    if organisation is not None:
        return organisation, False  # "l'association Consommation Logement Cadre de Vie"
    if presented_name(doc, doc[start]):
        return doc[start].text, True  # "Ouali, un locataire", "Sofiane, chauffeur Uber …"
    for ent in sorted(people, key=order):
        first = ent.start
        while first < ent.end and not doc[first].text[:1].isupper():
            first += 1  # "procureur Vasseur" tagged PER: the role word is no part of the name
        if first == ent.end:
            continue
        name = strip_titles(join(doc[first : _name_end(doc, ent.end, end)]))
        if name:
            return name, True
    for first, last in names_after_a_place(doc):
        if start <= first and last <= end:
            return join(doc[first:last]), True  # "le député des Côtes-d'Armor Eric X"
    name = capitalised_run(doc, start, end)
    if name:
        return name, True
    last = doc[end - 1]
    if (
        end - start >= 2
        and last.text[:1].isupper()
        and nominal(last)
        and last.text not in words.name_titles
        and doc[end - 2].lower_ in words.person_roles
    ):
        return last.text, True  # "le procureur Courroye": a surname right after the role
    tokens = [t for t in doc[start:end]]
    while (
        tokens
        # "une des sources proches du dossier" keeps its "une", as "l'un des enquêteurs" does
        and not (
            tokens[0].lower_ in ("un", "une")
            and len(tokens) > 1
            and tokens[1].lower_ in words.de_forms
        )
    ) and (
        (tokens[0].pos_ == "DET" and not _capital_article(doc, tokens[0]))
        or (tokens[0].i == start and _indefinite_article(doc, start, start))
        or tokens[0].lower_ in words.quantifiers
        or (tokens[0].text in words.name_titles and len(tokens) > 1)
    ):
        tokens = tokens[1:]
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma and any(t.text[:1].isupper() and nominal(t) for t in tokens[:comma]):
        tokens = tokens[:comma]  # "la CGT, premier syndicat de France": the union's own name
    elif comma:
        named = [t for t in tokens[comma + 1 :] if t.pos_ != "DET"]
        if named and named[0].text[:1].isupper() and nominal(named[0]):
            tokens = named  # "le syndicat, la CGT": the name apposed to the common noun
    if anonymous_source(tokens):
        return join(tokens), False  # "source proche de l'enquête" speaks, not "l'enquête"
    if len(tokens) >= 2 and tokens[0].lower_ in words.organisation_nouns:
        named = [t for t in tokens[1:] if t.text[:1].isupper() or t.text[:1].isdigit()]
        # "l'Agence Régionale de Santé": an adjective after the noun is the name going on,
        # the noun its first word
        if named and named[0] is tokens[1] and not _opens_the_name(tokens[0], tokens[1]):
            return join(tokens[1 : 1 + run_length(tokens[1:])]), False
        first = named[0] if named else None
        if (
            first is not None
            and first.i - 1 > tokens[0].i
            and doc[first.i - 1].pos_ in ("NOUN", "ADJ")
            and doc[first.i - 1].text.islower()
            and first.i + run_length(doc[first.i : tokens[-1].i + 1]) == tokens[-1].i + 1
        ):
            # "l'association de consommateurs CLCV", "le syndicat des pilotes SNPL": the name
            # that ends the phrase after what kind of body it is ("le syndicat des salariés de
            # Renault" has no name of its own: "de" places it)
            return join(doc[first.i : tokens[-1].i + 1]), False
    documents = words.source_nouns | words.findings_nouns
    lead = next((k for k, t in enumerate(tokens) if t.pos_ != "ADJ"), len(tokens))
    if lead < len(tokens) and tokens[lead].lower_ in documents:
        # a document or findings of someone: "le dernier bilan de la préfecture fait état"
        for k, token in enumerate(tokens):
            if token.lower_ in words.de_forms and k + 1 < len(tokens):
                rest = tokens[k + 1 :]
                while rest and rest[0].pos_ == "DET":
                    rest = rest[1:]
                if rest:
                    # "une tribune du naturaliste David Attenborough": the author, by name
                    named = capitalised_run(doc, rest[0].i, rest[-1].i + 1)
                    if named:
                        return named, True
                    if rest[0].text[:1].isupper():
                        # "le bulletin de Météo-France valable de 11H00 à minuit": the name
                        return join(rest[: run_length(rest)]), False
                    return join(rest), False
    if not tokens:
        return join(doc[start:end]), False
    if (
        tokens[0].text[:1].isupper()
        and (run_length(tokens) >= 2 or any(c.isupper() or c == "-" for c in tokens[0].text[1:]))
        and all(t.pos_ == "ADJ" for t in tokens[run_length(tokens) :])
    ):
        # "le bulletin de Météo-France valable de 11H00": an adjective after a whole name
        # qualifies the document ("la Commission électorale" is one name)
        tokens = tokens[: run_length(tokens)]
    return join(tokens), False


def _name_end(doc: Doc, end: int, limit: int) -> int:
    """Past the particles and surname the tagger left out of a name: its entity for "Bruno Le
    Maire" is often "Bruno" alone, and for "Emmanuel Macron" after a quotation "Emmanuel"."""
    while end < limit:
        token = doc[end]
        if (
            end + 1 < limit
            and token.text in lexicon().name_particles
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].is_alpha
        ):
            end += 2
        elif (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.is_alpha
            and token.ent_type_ in ("", "PER")
        ):
            end += 1
        else:
            break
    return end


def anonymous_source(tokens: Sequence[Token]) -> bool:
    """ "une source proche de l'enquête", "des sources diplomatiques": someone unnamed."""
    words = [t for t in tokens if t.pos_ != "DET"]
    # "proche de", "policière"; "à l'Élysée", "au ministère": where the unnamed person is
    return (
        len(words) >= 2
        and words[0].lower_ in lexicon().anonymous_sources
        and (words[1].pos_ == "ADJ" or words[1].lower_ in lexicon().a_forms)
    )


def run_length(tokens: Sequence[Token]) -> int:
    """How many tokens from the first make one name ("SOS Racisme", "Les Républicains")."""
    n = 0
    while n < len(tokens) and (
        tokens[n].text[:1].isupper() or tokens[n].text[:1].isdigit() or tokens[n].text == "-"
    ):
        n += 1
    return max(n, 1)


def capitalised_run(doc: Doc, start: int, end: int) -> str | None:
    """Two or more capitalised words in a row, not after "de": a name the tagger missed."""
    titles = lexicon().name_titles
    best: list[Token] = []
    run: list[Token] = []
    for token in doc[start:end]:
        if (
            token.text == "-"
            and run
            and token.i + 1 < end
            and run[-1].text.istitle()
            and doc[token.i + 1].text.istitle()
            and not run[-1].whitespace_
            and not token.whitespace_
        ):
            run.append(token)  # "Vallaud-Belkacem", split by the tokenizer ("Snes-FSU" is no name)
        elif token.text[:1].isupper() and nominal(token) and token.text not in titles:
            after_de = token.i > start and (
                doc[token.i - 1].lower_ in lexicon().de_forms
                or (token.i > start + 1 and doc[token.i - 2].lower_ in lexicon().de_forms)
            )
            if not run and after_de:
                continue
            run.append(token)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    name = join(best) if best else ""
    # two words at least: a hyphenated place alone ("Centre-Val") is no one's name
    return name if len(name.split()) >= 2 else None


def join(tokens: Sequence[Token]) -> str:
    """The words as the article writes them (curly apostrophes and all)."""
    text = source_text(tokens[0].doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return text.strip(" ,")


def strip_titles(name: str) -> str:
    parts = name.split()
    while parts and parts[0] in lexicon().name_titles:
        parts = parts[1:]
    return " ".join(parts)
