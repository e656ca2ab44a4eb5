"""Who a sentence names: the people of an article, and the names and roles each sentence gives them.

Read before the cues so that `speakers.Tracker` knows every person a pronoun or a role may
point back to ("Marie Durand, ministre du Logement, …" then "la ministre").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.article import fold
from index.cues import OBJECT_CLITICS, phrase_mention
from index.lexicon import lexicon
from index.nlp import organisation_noun_before
from index.phrases import (
    apposition_end,
    common_words,
    definite,
    inside,
    join,
    names_after_a_place,
    nominal,
    noun_phrase,
    np_start,
    past_age,
    person_entity,
    presented_name,
    strip_titles,
)
from index.quotes import Span
from index.speakers import (
    MENTIONED,
    SUBJECT,
    Tracker,
    agreement_gender,
    gender_of_determiner,
    is_human_noun,
    is_person_role,
    is_proxy_role,
    is_role_word,
    is_speaking_noun,
    pronoun_fit,
    role_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def known_people(docs: Sequence[Doc]) -> frozenset[str]:
    """Folded names the article shows to be people: the parser's PER entities and any
    capitalised word after "M." or "Mme" (the small parser misses "M. Macron")."""
    titles = lexicon().name_titles
    names = set()
    for doc in docs:
        for ent in doc.ents:
            # "président de la République" tagged PER: a name opens on a capital
            if (
                person_entity(ent)
                and ent.text[:1].isupper()
                and sum(c.isalpha() for c in ent.text) >= 2  # "sur X." is a network
                and not _role_label(doc, ent.start, ent.end)
            ):
                words = [w for w in strip_titles(ent.text).split() if w[:1].isupper()]
                # the tokenizer splits "Vallaud-Belkacem": its last part finds it again
                names.update(fold(part) for w in words[-1:] for part in (w, w.split("-")[-1]))
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if token.text in titles and following.text[:1].isupper():
                names.add(fold(following.text))
            if presented_name(doc, token):
                names.add(fold(token.text))
    return frozenset(names)


def known_things(docs: Sequence[Doc]) -> frozenset[str]:
    """Folded capitalised words the article writes as things: after an article or a quantifier
    ("le Doliprane", "autres Efferalgan"), and the words listed with one of them ("Doliprane,
    Dafalgan et Efferalgan"). Brands and products, which the tagger often reads as people, so
    that "il" then means a medicine. A capitalised word before the article keeps a person's
    particle ("Joachim du Bellay"). Places after a noun of place ("la baie d'Aytré") and names
    after a noun of a named thing ("la tempête Ciaran") too."""
    things: set[str] = set()
    words = lexicon()
    determiners = words.thing_determiners
    for doc in docs:
        for token in doc[1:]:
            before = doc[token.i - 1]
            thing = (
                before.text in determiners
                and not (token.i >= 2 and doc[token.i - 2].text[:1].isupper())
                and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())
            )
            # "la baie d'Aytré", "l'hôpital d'Armentières": a place, even where the headline's
            # tagger read the bare name ("Aytré : …") as a person
            place = (
                before.lower_ in words.de_forms
                and token.i >= 2
                and doc[token.i - 2].lower_ in words.place_of_nouns
            )
            # "la tempête Ciaran", "les tempêtes Lothar et Martin", "l'opération Sentinelle":
            # the name of a storm, an operation or a ship, which never speaks
            named_thing = before.lower_ in words.named_thing_nouns
            if _single_name(token) and (thing or place or named_thing):
                things.add(fold(token.text))
    for doc in docs:
        for listed in _listed_names(doc):
            if things.intersection(listed):
                things.update(listed)
    return frozenset(things)


def _single_name(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not token.text.isupper()


def _listed_names(doc: Doc) -> list[set[str]]:
    """The single capitalised words of each list "X, Y et Z" in a sentence, folded."""
    lists: list[set[str]] = []
    i = 0
    while i < len(doc):
        if not _single_name(doc[i]):
            i += 1
            continue
        items, j = [doc[i]], i + 1
        while j + 1 < len(doc) and doc[j].text in (",", "et", "ou") and _single_name(doc[j + 1]):
            items.append(doc[j + 1])
            j += 2
        if len(items) >= 2:
            lists.append({fold(t.text) for t in items})
        i = j
    return lists


def _cataphoric(doc: Doc, pronoun: Token, persons: list[tuple[int, int, str, float]]) -> bool:
    """ "Dès qu'il a appris la nouvelle, Maxence s'est habillé": the subject pronoun of a
    subordinate clause that opens the sentence stands for the person named right after that
    clause's comma, not for someone named before (read backwards, it made a painter in the
    previous sentence the speaker of Maxence's words)."""
    verb = pronoun.head
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < pronoun.i), None)
    if mark is None or verb.dep_ == "ROOT":
        return False
    comma = next((t.i for t in doc[verb.i :] if t.text == ","), None)
    if comma is None or any(t.text in (".", ";", ":") for t in doc[mark.i : comma]):
        return False
    named_after = any(comma < start <= comma + 2 for start, _, _, _ in persons)
    named_before = any(start < mark.i for start, _, _, _ in persons)
    return named_after and not named_before


def _name_spans(
    doc: Doc, people: frozenset[str], things: frozenset[str] = frozenset()
) -> list[tuple[int, int, bool]]:
    """(start, end, person) of every name in a sentence: the parser's PER and ORG entities, and
    runs of capitalised words that hold a known person's name ("Emmanuel Macron" read as MISC,
    "M. Macron" read as nothing, "Bruno Le Maire" with its particle)."""
    found: list[tuple[int, int, bool]] = []
    covered: set[int] = set()
    titles = lexicon().name_titles

    def in_name(token: Token) -> bool:
        if token.text == "-" and 0 < token.i < len(doc) - 1:
            # the hyphen inside "Vallaud-Belkacem", glued to two capitalised parts
            before, after = doc[token.i - 1], doc[token.i + 1]
            return not before.whitespace_ and not token.whitespace_ and after.text[:1].isupper()
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
            # "… de second degré SNES-FSU Sophie X": the union's name ends where hers begins
            and not (
                doc[start].ent_iob_ == "B"
                and doc[start].ent_type_ == "PER"
                and doc[start - 1].ent_type_ in ("ORG", "MISC", "LOC")
            )
            and not (
                start >= 2
                and (
                    doc[start - 2].lower_ in lexicon().contracted_articles
                    or (doc[start - 2].pos_ == "DET" and not doc[start - 2].text[:1].isupper())
                )
            )
        ):
            # "Emmanuel Macron", not "l'Intérieur Gérald Martin" nor "a raconté au Parisien
            # Aurélien" nor "a déclaré à l'AFP Sophie X" (a word after an article is a title,
            # never a first name)
            start -= 1
        while (
            end < len(doc)
            and in_name(doc[end])
            # "la présidente d'Enedis Marianne X": the company's name ends where the person's
            # begins
            and not (
                doc[end].ent_iob_ == "B"
                and doc[end - 1].ent_type_ in ("ORG", "LOC")
                and doc[end].ent_type_ != doc[end - 1].ent_type_
            )
        ):
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
                or (
                    end - start >= 3
                    and (
                        doc[start - 2].lower_ in lexicon().territorial_roles
                        or is_person_role(doc[start - 2 : start - 1])
                    )
                )
            )
        ):
            # "la députée des Bouches-du-Rhône Valérie X", "le maire de Marcory Lamine X": the
            # place is no first name; "la présidente d'Enedis Marianne X": nor the company
            start += 1
        found.append((start, end, not _role_label(doc, start, end)))
        covered.update(range(start, end))
    for ent in doc.ents:
        if (
            ent.label_ in ("PER", "ORG")
            and ent.text[:1].isupper()
            and not covered.intersection(range(ent.start, ent.end))
            # "Lundi, ils sont venus", "Orage de grêle : …": common words, no referent
            and not (ent.label_ == "PER" and common_words(ent))
            # "1300 MW", "300 TWh": a unit after its number
            and not (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].like_num)
        ):
            person = (
                person_entity(ent)
                and not _role_label(doc, ent.start, ent.end)
                # "Platin d'Aytré" where the article writes "la baie d'Aytré": its names
                # are things
                and not all(fold(t.text) in things for t in ent if t.text[:1].isupper())
            )
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
    found += [span for span in names_after_a_place(doc) if span not in found]
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
        if i > 0 and (
            doc[i - 1].lower_ in lexicon().contracted_articles
            or (doc[i - 1].pos_ == "DET" and doc[i - 1].text.islower())
        ):
            # "au Progrès Yanis, un riverain", "à l'AFP Sophie X, la secrétaire générale": the
            # word after the article is the paper
            i += 1
        size = end - i
        followed = end + 1 < len(doc) and doc[end].text == ","
        preceded = i >= 2 and doc[i - 1].text == ","
        apposed = NAME_WORDS[0] <= size <= NAME_WORDS[1] and (
            (followed and role_at(end + 1)) or (preceded and followed and role_before(i - 1))
        )
        # "Sofiane, chauffeur Uber interviewé par …": a first name alone its apposition presents
        if apposed or (size == 1 and presented_name(doc, doc[i])):
            found.append((i, end))
        i = end
    return found


def _role_label(doc: Doc, start: int, end: int | None = None) -> bool:
    """ "Alain X, maire Horizons de Vesoul": capitalised words right after the role given to a
    name just before are the role's party or place, not a second person; "rue Jacqueline-X",
    "lycée Victor-X": a place named after one; "la maire de Villeneuve": the place of an office;
    "l'association Mazone": an organisation's own name."""
    words = lexicon()
    if start >= 1 and doc[start - 1].lower_ in words.place_nouns:
        return True
    if _organisation_name(doc, start):
        return True
    # two words at most: "le maire de Marcory Lamine X" tagged as one name is still X
    short = end is not None and end - start <= 2
    if short and start >= 2 and doc[start - 1].lower_ in words.de_forms:
        office = " ".join(t.lower_ for t in doc[max(0, start - 3) : start - 1])
        if doc[start - 2].lower_ in words.territorial_roles or office in words.territorial_roles:
            return True
        # "l'hôpital d'Armentières", "le centre hospitalier de Cannes": where the place is
        if any(t.lower_ in words.place_of_nouns for t in doc[max(0, start - 3) : start - 1]):
            return True
    if start < 3 or doc[start - 2].text != ",":
        return False
    role = doc[start - 1]
    return (
        role.text[:1].islower()
        and is_person_role(doc[start - 1 : start])
        and doc[start - 3].ent_type_ == "PER"
    )


def _named_role(doc: Doc, start: int, in_quote: list[Span], person: str) -> str:
    """The role words of the phrase at `start` when they hold a capitalised name after the
    first word ("le président de l'association Mazone", "la maire de Pau"): a role precise
    enough to give the person it resolves to. A bare "le président" adds nothing, and may be
    wrong."""
    span = noun_phrase(doc, start, in_quote)
    if span is None or not any(t.text[:1].isupper() for t in doc[span[0] + 1 : span[1]]):
        return ""
    role = role_key(doc[span[0] : span[1]])
    names = set(fold(person).split())
    people = [
        t
        for t in doc[span[0] : span[1]]
        if t.ent_type_ == "PER" and not _organisation_name(doc, t.i)
    ]
    if people or names & set(role.split()):
        return ""  # "le président russe Vladimir Poutine" names its own person
    return role


def _organisation_name(doc: Doc, start: int) -> bool:
    """A name right after "l'association", "le syndicat", "la société": the organisation's own
    name ("l'association Horizon"), whatever the tagger says."""
    return (
        start >= 2
        and doc[start - 1].lower_ in lexicon().organisation_nouns
        and doc[start - 2].pos_ == "DET"
    )


def observe_names(
    doc: Doc,
    in_quote: list[Span],
    tracker: Tracker,
    people: frozenset[str],
    things: frozenset[str] = frozenset(),
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
    apposed: set[int] = set()  # the words of an apposition presenting a named person
    persons: list[tuple[int, int, str, float]] = []  # start, end, name, weight of each person
    for start, end, person in _name_spans(doc, people, things):
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
        if _closes_an_opening_phrase(doc, start):
            # "À peine nommée au gouvernement de Gabriel X, la ministre de l'Éducation …
            # déchaîne": the role after the comma is the sentence's subject, not his
            after = doc[end:end]
        if not (len(role_tokens) and (is_person_role(role_tokens) or is_proxy_role(role_tokens))):
            # "Hormis ces deux cas, Patrick X secrétaire général de la FNSEA": the words
            # before the name are no role; those after it are
            role_tokens = after if len(after) else role_tokens
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
        # "Ouali, un locataire du troisième étage, a compris": the parser may make the
        # apposition the verb's subject; the person it presents is
        heads = [*doc[start:end], *role_tokens, *after]
        if start >= 1 and doc[start - 1].lower_ in words.address_nouns:
            heads.append(doc[start - 1])  # "Le père Luc X, curé …, a ouvert": "père" is the subject
        subject = next((t for t in heads if t.dep_ in ("nsubj", "nsubj:pass")), None)
        if person:
            apposed.update(t.i for t in after)
        subject = None if complement else subject  # "la démission d'Emmanuel Macron est …"
        key = tracker.observe(
            name,
            SUBJECT if subject is not None or verbless else MENTIONED,
            position=start,
            person=person,
            plural=False,
            gender=gender,
            role=role if person else "",
            # "la colère d'Annick X, maire de la commune": a role in apposition presents her
            introduced=not complement or (len(after) > 0 and is_person_role(after)),
        )
        keys.append(key)
        if not person:
            kind = organisation_noun_before(doc, start)
            if kind:
                tracker.add_kind(key, kind)
        apposed_role = len(after) and (is_person_role(after) or is_proxy_role(after))
        if person and apposed_role and role != role_key(after):
            # "le lieutenant-colonel Najima X, porte-parole de la gendarmerie": the role after
            # the name is hers too, so "la porte-parole" further on is she
            tracker.add_role(key, role_key(after))
        if person and apposed_role and after[0].lower_ in words.possessive_determiners:
            # "La fédération ovine exige … Richard X, son président, souligne": he is the
            # president of the organisation the sentence before spoke of
            organisation = tracker.previous_organisation()
            if organisation is not None:
                tracker.add_role(key, f"{role_key(after)} de {fold(organisation.canonical)}")
        if person:
            persons.append((start, end, name, SUBJECT if subject is not None else MENTIONED))
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
    for names, weight, start in _coordinated_people(doc, persons):
        # "deux adolescents, Anice et Nahel, …" then "« … », disent-ils": the two together
        tracker.observe(" et ".join(names), weight, position=start, person=True, plural=True)
    for token in doc:
        if token.dep_ == "obl:agent" and not inside(token, in_quote):
            _observe_plural_agent(doc, token, in_quote, tracker)
        if token.dep_ not in ("nsubj", "nsubj:pass") or inside(token, in_quote):
            continue
        if token.i in apposed:
            continue  # "Ouali, un locataire, a compris": one person, already observed
        if token.lower_ in OBJECT_CLITICS:
            continue  # "Ce dernier leur a reproché": "leur" is whom, not who
        if (
            token.pos_ == "NOUN"
            and token.head.dep_.startswith("acl")
            and "Fin" in token.head.morph.get("VerbForm")
        ):
            continue  # "la relation que l'accusé entretenait": not whom the sentence is about
        if token.pos_ == "PRON" and token.lower_ in words.subject_pronouns:
            if _cataphoric(doc, token, persons):
                continue  # the person named after the clause, observed with the names
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
            t.ent_type_ and t.text[:1].isupper() and not _organisation_name(doc, t.i)
            for t in (token, *token.children)
            # "Les trois opérateurs (Lime, Dott, Tier) ont tenté …": the bracketed list names
            # the members; the group is the subject "ils" takes up
            if not _bracketed_after(doc, token.i, t.i)
        ):
            span = (np_start(doc, token), token.i + 1)
            tokens = doc[span[0] : span[1]]
            if (
                is_person_role(tokens)
                and definite(tokens)
                and "Plur" not in token.morph.get("Number")
            ):
                mention = phrase_mention(doc, span, "", "subject", token.i, tracker)
                target = (
                    tracker.named_for(mention.role, mention.gender, definite=True)
                    or mention.antecedent
                )
                tracker.observe(
                    target or mention.canonical,
                    SUBJECT,
                    position=token.i,
                    person=True,
                    plural=False,
                    gender=mention.gender,
                    # "Éric X … Le président de l'association Mazone avait vécu …": a role with
                    # a name in it is his, and a question for "Mazone's president" finds him
                    # (a bare "le président" or "la ministre" adds nothing and may be wrong)
                    role=_named_role(doc, span[0], in_quote, target) if target else "",
                )
            elif is_speaking_noun(token) and (
                not definite(tokens)
                or (is_human_noun(token) and tokens[0].lower_ in lexicon().taking_up_determiners)
                # "les éleveurs ont préféré redescendre": the group whose words may follow
                or ("Plur" in token.morph.get("Number") and tokens[0].lower_ in ("les", "ces"))
            ):
                # "une mère de famille installe sa fille", "d'autres habitants sont restés":
                # someone new, whom the next "glisse-t-elle" or "racontent-ils" is about;
                # "cette habitante revit les cris", "la jeune femme tremble": someone new or
                # described again (`phrase_mention` tells which)
                phrase = noun_phrase(doc, span[0], in_quote) or span
                mention = phrase_mention(doc, phrase, "", "subject", token.i, tracker)
                # "pas question pour Gilles X de laisser croire que les médecins veulent …":
                # the subject of what someone says or thinks is not whom the sentence is about
                said = any(
                    c.dep_ == "mark" and c.lower_ in words.completives for c in token.head.children
                )
                tracker.observe(
                    mention.canonical,
                    MENTIONED if said else SUBJECT,
                    position=token.i,
                    person=is_person_role(tokens) or mention.person,
                    plural=mention.plural,
                    gender=mention.gender,
                    introduced=not said,
                )
    return keys


def _bracketed_after(doc: Doc, head: int, i: int) -> bool:
    """Whether token i lies in brackets opened after the head noun at `head`."""
    opening = next((t.i for t in reversed(doc[head + 1 : i]) if t.text in "()"), None)
    return opening is not None and doc[opening].text == "("


def _observe_plural_agent(doc: Doc, token: Token, in_quote: list[Span], tracker: Tracker) -> None:
    """ "les chiffres remontés par les professionnels de l'extermination": a group that gave
    what the sentence reports, whom the next "selon eux" may mean."""
    span = (np_start(doc, token), token.i + 1)
    tokens = doc[span[0] : span[1]]
    if (
        token.pos_ != "NOUN"
        or "Plur" not in token.morph.get("Number")
        or not is_speaking_noun(token)
        or tokens[0].lower_ not in ("les", "ces")
    ):
        return
    phrase = noun_phrase(doc, span[0], in_quote) or span
    mention = phrase_mention(doc, phrase, "", "agent", token.i, tracker)
    tracker.observe(
        mention.canonical,
        MENTIONED,
        position=token.i,
        person=is_person_role(tokens) or mention.person,
        plural=True,
        gender=mention.gender,
    )


def _coordinated_people(
    doc: Doc, persons: list[tuple[int, int, str, float]]
) -> list[tuple[list[str], float, int]]:
    """Runs of people named together ("Anice et Nahel", "X, Y et Z"): a group a plural
    pronoun may stand for, with the weight of its most prominent member and where it starts."""
    runs: list[list[tuple[int, int, str, float]]] = []
    for person in persons:
        first = person[0] - 2
        if (
            first >= 2
            and doc[first + 1].lower_ == "et"
            and doc[first].text[:1].isupper()
            and doc[first - 1].text == ","
            and "Plur" in doc[first - 2].morph.get("Number")
            and is_speaking_noun(doc[first - 2])
            and not any(first == p[1] - 1 for p in persons)
        ):
            # "deux adolescents, Anice et Nahel": a name the tagger took for a place, listed
            # with a person under a plural noun for people, is a person too
            runs.append([(first, first + 1, doc[first].text, person[3])])
        if runs and runs[-1][-1][1] + 1 == person[0] and doc[person[0] - 1].lower_ in (",", "et"):
            runs[-1].append(person)
        else:
            runs.append([person])
    return [
        ([name for _, _, name, _ in run], max(weight for *_, weight in run), run[0][0])
        for run in runs
        if len(run) > 1 and doc[run[-1][0] - 1].lower_ == "et"
    ]


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
            if doc[start - 1].lower_ in lexicon().de_forms:
                return doc[start:start]  # "l'institutrice du fils d'Amélie X": not her role
            return tokens if is_person_role(tokens) else doc[start:start]
        k -= 1
    return doc[start:start]


def _closes_an_opening_phrase(doc: Doc, start: int) -> bool:
    """Whether the name at `start` completes a noun ("de Gabriel X") in the phrase that opens
    the sentence on a preposition or a participle, before its subject: what follows its comma
    is the main clause, not an apposition to the name."""
    words = lexicon()
    if start < 2 or doc[start - 1].lower_ not in words.de_forms:
        return False
    opening = doc[0].pos_ in ("ADP", "ADV") or "Part" in doc[0].morph.get("VerbForm")
    return opening and not any(t.dep_ in ("nsubj", "nsubj:pass") for t in doc[:start])


def _apposition_after(doc: Doc, end: int, in_quote: list[Span]) -> Sequence[Token]:
    """ ", ministre du Travail," after a name: the role words, or nothing. A role written
    with no comma ("Patrick X secrétaire général adjoint de la FNSEA") counts too."""
    if end >= len(doc):
        return doc[end:end]
    if doc[end].text != ",":
        word = doc[end]
        if word.text[:1].islower() and word.lower_ in lexicon().person_roles:
            stop = apposition_end(doc, end, in_quote)
            return doc[end:stop] if stop is not None else doc[end:end]
        return doc[end:end]
    start = past_age(doc, end + 1)  # ", âgé de 76 ans, maire de X": the role after the age
    stop = apposition_end(doc, start, in_quote)
    if stop is None or stop == start:
        return doc[end:end]
    return doc[start:stop]
