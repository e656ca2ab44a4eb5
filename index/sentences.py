"""Split an article into sentence units with exact offsets, surviving raw scraped text.

Raw news text glues sentences ("paix».«Notre", "Kremlin.Le"), glues a subheading to the next
paragraph ("retenueCet assassinat", 'tensions"En France'), frames AFP subheadings with dashes
('- "Triomphal" -Autant'), and mixes «guillemets» with straight quotes. pysbd was measured on this
text and rejected: it leaves glued sentences joined, cuts "M. Navalny" after a glued boundary and
takes about 47 s per MB. This module is a single linear scan instead: candidate boundaries from one
regular expression, each kept or dropped by a few readable rules, with a quote state so that a
straight quote is known to open or close.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from index.article import Article, Block, fold, is_punctuation_only
from index.lexicon import lexicon

KINDS = ("title", "lead", "caption", "heading", "body")

#: A lead is a short standfirst; a first block longer than this is the body itself.
MAX_LEAD_SENTENCES = 3
MAX_CAPTION_WORDS = 35
MAX_HEADING_WORDS = 25

OPENING_QUOTES = "«“„‹"
CLOSING_QUOTES = "»”›"
CLOSERS = "»”›’)]"
TERMINALS = ".!?…"
UPPER = "A-ZÀ-ÖØ-ÞŒ"
LOWER = "a-zß-öø-ÿœ"

_CANDIDATES = re.compile(
    rf"""
      (?P<newline>\n)
    | (?P<dash>(?<![\w-])-[ \u00a0](?P<heading>[^\n]{{1,150}}?)[ \u00a0]-(?=[ \u00a0]?[{UPPER}«"“]))
    | (?P<terminal>[{re.escape(TERMINALS)}]+)
    | (?P<quote>["»”])(?=[{UPPER}«"“])
    | (?P<case>[{LOWER}])(?=[{UPPER}][{LOWER}]*['’]?)
    | (?P<caps>[{UPPER}]{{2}}["»”]?)[ \u00a0]?(?=[{UPPER}][{LOWER}])
    """,
    re.X,
)
#: A sentence signed after a dash by whoever said it ("… le coup ! - Un maire démissionnaire"):
#: a pull quote without quotation marks, prose though it does not end on a full stop.
_SIGNED = re.compile(
    rf"[{re.escape(TERMINALS + CLOSERS)}\"][ \u00a0]+[-–—][ \u00a0]+"
    rf"[{UPPER}][^{TERMINALS}\n]{{0,80}}$"
)
#: A pull quote whose marks close before its signer's name, with no dash between (`"Nous avons
#: augmenté les livraisons de 50 %" Marie X franceinfo`, "« … » Marie X, maire de Y"): a
#: statement, as `_SIGNED`'s, once the quotation holds a sentence's worth of words
#: (`PULL_QUOTE_WORDS`: `« Préoccupé » Washington` stays a subheading).
_MARK_SIGNED = re.compile(
    rf"^[{OPENING_QUOTES}\"](?P<quote>[^\n]+)[{CLOSING_QUOTES}\"][ \u00a0]+"
    rf"[{UPPER}][^{TERMINALS}\n]{{0,80}}$"
)
#: A pull quote signed with its speaker's name glued to its last word, as scraped pages give
#: them ("… de respirer ce matinOlivier", "… du 15Pierre-André Durandà franceinfo"): the name
#: (two to four capitalised words, or one) and the outlet it spoke to end the block's last line.
#: Or set after a space with the speaker's role, its capitalised article the sign of the seam
#: ("… qu'on devrait obtenir plus Le PDG de la SNCF Jean-Pierre X"): then a name of two words
#: or more ends it. Or set after a space alone ("Nous craignons les mouvements de foule Aniza
#: X"): a name of two words or more, after words in the first person (`_pull_signature`).
PULL_SIGNATURE = re.compile(
    rf"(?<=[{LOWER}0-9])(?:(?P<role> (?:Le|La|Les|L['’])[ {LOWER}{UPPER}'’-]{{0,60}}? )"
    rf"(?=[{UPPER}][{LOWER}]+[- ][{UPPER}])|(?P<spaced> )(?=[{UPPER}][{LOWER}]+[- ][{UPPER}]))?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[- ][{UPPER}][{LOWER}]+){{0,3}})(?:à [\w.-]+)?$"
)
#: Words of a speaker talking of themselves: a line that holds one is someone's words.
FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|on|me|moi|mon|ma|mes|notre|nos)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.°'’-]+)$")
_WORD_AFTER = re.compile(r"[\w]+")


class Break(Enum):
    """What separates a piece from the next one."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    HEADING = "heading"


@dataclass(frozen=True, slots=True)
class Piece:
    """A span of a block between two boundaries, before it is given a kind."""

    start: int
    end: int
    heading: bool
    new_paragraph: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of an article: exact text, offsets into the source file and where it sits.

    `id` is ``<article id>:<position>``, stable as long as the file does not change.
    """

    id: str
    article: str
    kind: str
    paragraph: int
    index: int
    position: int
    start: int
    end: int
    text: str


def quote_roles(text: str, start: int = 0, end: int | None = None) -> dict[int, str]:
    """Whether each straight quote in text[start:end] opens or closes, keyed by offset.

    The spaces around a quote decide when they can ('a "b' opens, 'b" c' closes); a quote glued on
    both sides ('journalistes."Comment', 'tensions"En') takes the role the quote state gives it.
    """
    end = len(text) if end is None else end
    roles: dict[int, str] = {}
    inside = False
    for position in range(start, end):
        char = text[position]
        if char in OPENING_QUOTES:
            inside = True
            continue
        if char in CLOSING_QUOTES:
            inside = False
            continue
        if char != '"':
            continue
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if (
            (before.isspace() or before in "([{-/")
            and not after.isspace()
            and after not in ",.;:!?)]"
        ):
            # a mark that punctuation follows closes, spaced or not: '… Fourmeillerie ", explique'
            role = "open"
        elif not before.isspace() and (after.isspace() or after in ",.;:!?)]…"):
            role = "close"
        else:
            role = "close" if inside else "open"
        roles[position] = role
        inside = role == "open"
    return _without_inner_closes(text, roles)


#: A single quote opening a word after a space: "le mot 'guerre" quotes inside a quotation.
_SINGLE_OPENING = re.compile(r"(?:^|\s)['‘]\w")


def _without_inner_closes(text: str, roles: dict[int, str]) -> dict[int, str]:
    """Drop a closing straight quote that ends a word quoted in single marks inside a quotation,
    when another close follows before any open: '"Les pompiers ont utilisé le mot 'guerre" pour
    qualifier l'incendie. … des hommes".' is one quotation, not one that ends at "guerre"."""
    marks = sorted(roles)
    opened = None
    for k, position in enumerate(marks):
        if roles[position] == "open":
            opened = position
            continue
        following = marks[k + 1] if k + 1 < len(marks) else None
        if (
            opened is not None
            and following is not None
            and roles[following] == "close"
            and _SINGLE_OPENING.search(text, opened + 1, position)
        ):
            del roles[position]
            continue
        opened = None
    return roles


def split_block(text: str, block: Block) -> list[Piece]:
    """Cut one block into pieces: sentences, glued paragraphs and inline subheadings."""
    roles = quote_roles(text, block.start, block.end)
    cuts: list[tuple[int, int, Break]] = []  # (end of piece, start of next, break)
    skip_until = block.start
    for match in _CANDIDATES.finditer(text, block.start, block.end):
        if match.start() < skip_until:
            continue
        kind = match.lastgroup
        if kind == "newline":
            if not wrapped_line(text, match.start(), block.end):
                line = max(text.rfind("\n", block.start, match.start()) + 1, block.start)
                heading = _heading_line(text, line, match.start(), block.start, cuts)
                cuts.append(
                    (match.start(), match.end(), Break.HEADING if heading else Break.PARAGRAPH)
                )
        elif kind == "dash" and _at_sentence_start(text, block.start, match.start()):
            cuts.append((match.start(), match.start("heading"), Break.PARAGRAPH))
            cuts.append((match.end("heading"), match.end(), Break.HEADING))
            skip_until = match.end()
        elif kind == "terminal":
            cut = _terminal_cut(text, match, block.end, roles)
            if cut:
                cuts.append(cut)
                skip_until = cut[1]
        elif kind == "quote":
            if text[match.start()] == '"' and roles.get(match.start()) != "close":
                continue
            cuts.append((match.end(), match.end(), Break.HEADING))
        elif kind == "case" and _glued_heading(text, match.end(), block.start):
            cuts.append((match.end(), match.end(), Break.HEADING))
        elif kind == "caps":
            opened = max((cut[1] for cut in cuts), default=block.start)
            if _capitals_heading(text, opened, match.end("caps"), match.end()):
                cuts.append((match.end("caps"), match.end(), Break.HEADING))
    signature = _pull_signature(text, block)
    if signature is not None:
        cuts.append((signature, signature, Break.SENTENCE))
    return _pieces(text, block, cuts)


def _heading_line(
    text: str, start: int, end: int, block_start: int, cuts: list[tuple[int, int, Break]]
) -> bool:
    """A subheading on a line of its own among paragraphs a single line break apart, as pages
    scraped without blank lines give them ("…pas être présente.\nLe gouvernement « déterminé à
    agir »\nInterpellée ce mardi…"): the whole line is one piece (it opens the block or follows
    a paragraph break, and nothing was cut inside it), opens on a capital, a digit or a
    quotation mark, and has a heading's shape (`_heading_shape`)."""
    opens_line = start == block_start or any(cut[1] == start for cut in cuts)
    whole = all(cut[1] <= start for cut in cuts)
    line = text[start:end].strip()
    return (
        opens_line
        and whole
        and bool(line)
        # "14 millions de visiteurs attendus": a heading may open on a number
        and (line[0].isupper() or line[0].isdigit() or line[0] in OPENING_QUOTES + '"')
        and _heading_shape(line)
    )


def _heading_shape(text: str) -> bool:
    """No full stop, no colon announcing what follows, no signature, few words."""
    return (
        not ends_like_sentence(text)
        and not _SIGNED.search(text)
        and not _signed_after_its_marks(text)
        and not text.rstrip().endswith(":")  # it introduces a quote
        and len(text.split()) <= MAX_HEADING_WORDS
    )


#: The fewest words a pull quote holds before the name glued to it.
PULL_QUOTE_WORDS = 5


def _signed_after_its_marks(text: str) -> bool:
    """A line that is a quotation of `PULL_QUOTE_WORDS` words or more signed after its closing
    mark (`_MARK_SIGNED`)."""
    match = _MARK_SIGNED.search(text.strip())
    return match is not None and len(match.group("quote").split()) >= PULL_QUOTE_WORDS


def _pull_signature(text: str, block: Block) -> int | None:
    """Where the signature glued or spaced onto the end of a pull quote starts
    (`PULL_SIGNATURE`), on the block's last line, if that line is a few words of prose with no
    full stop of its own."""
    line_start = text.rfind("\n", block.start, block.end) + 1 or block.start
    line = text[max(line_start, block.start) : block.end].rstrip()
    match = PULL_SIGNATURE.search(line)
    if match is None:
        return None
    words = line[: match.start()].split()
    if len(words) < PULL_QUOTE_WORDS or line[: match.start()].rstrip()[-1:] in TERMINALS:
        return None
    if words[-1][:1].isupper():
        return None  # "… chez McDonald", "… de LaFarge": one name, capitals inside it
    if match.group("spaced") and (
        not FIRST_PERSON.search(line[: match.start()])
        or words[-1].lower() in lexicon().prepositions | lexicon().definite_determiners
    ):
        return None  # "Les adieux de Zinedine X", "Nous irons voir la Tour Eiffel": no signer
    return max(line_start, block.start) + match.start()


def wrapped_line(text: str, newline: int, block_end: int) -> bool:
    """A line break inside a sentence, which a paragraph break would have ended first.

    Hard-wrapped text ends a line on a letter or a comma and goes on in lowercase ("guidé par
    une pulsion qu'il\nne connaissait pas"; wire copy also pads its lines with spaces). Pages
    scraped with each quotation on a line of its own break around the marks: the next line opens
    on a comma (`"…"\n, a lancé un agriculteur`), a line goes on in lowercase after a closing
    mark (`"…"\npar la suite.`), or a line holds nothing but a quotation that the text around it
    continues (`le blocage était\n"prévu pour la nuit"\n, avant`). No paragraph opens on a comma.
    A blank line inside a block is one `read_article` rejoined (`_rejoined`): it is read past.
    """
    end = newline
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    before = text[end - 1] if end > 0 else ""
    after = _line_start(text, newline + 1, block_end)
    if after >= block_end or before in TERMINALS or not before:
        return False
    if _continues(text, after):
        return before.isalpha() or before in ',"' + CLOSING_QUOTES
    if not before.isalpha() or text[after] not in '"' + OPENING_QUOTES:
        return False
    line_end = text.find("\n", after, block_end)
    if line_end < 0:
        return False
    closing = text[after:line_end].rstrip(" \t,")
    following = _line_start(text, line_end + 1, block_end)
    return (
        len(closing) > 1
        and closing[-1] in '"' + CLOSING_QUOTES
        and following < block_end
        and _continues(text, following)
    )


def _line_start(text: str, position: int, limit: int) -> int:
    while position < limit and text[position] in " \t\n":
        position += 1
    return position


def _continues(text: str, position: int) -> bool:
    """A line that cannot open a paragraph: it starts on a comma or in lowercase."""
    char = text[position]
    return char == "," or (char.isalpha() and char.islower())


def _at_sentence_start(text: str, block_start: int, position: int) -> bool:
    before = text[block_start:position].rstrip()
    return not before or before[-1] in TERMINALS + CLOSERS + '"'


def _terminal_cut(
    text: str, match: re.Match[str], limit: int, roles: dict[int, str]
) -> tuple[int, int, Break] | None:
    """Decide whether terminal punctuation ends a sentence, and where the next one starts."""
    start, end = match.span()
    if text[start - 1 : start] in "([" and text[end : end + 1] in ")]":
        return None  # "(...)" marks a cut inside a quotation, not a sentence end
    while end < limit:
        char = text[end]
        if (char in CLOSERS and not (char == "’" and text[end + 1 : end + 2].isalpha())) or (
            char == '"' and roles.get(end) == "close"
        ):
            end += 1
        elif char in " \u00a0\u202f\u2009" and text[end + 1 : end + 2] in CLOSING_QUOTES:
            end += 2  # French spacing: "fini. »"
        else:
            break
    following = end
    while following < limit and (text[following].isspace() or text[following] == "\ufeff"):
        following += 1
    if following >= limit:
        return None
    next_char = text[following]
    glued = following == end
    opens = next_char in OPENING_QUOTES or (next_char == '"' and roles.get(following) == "open")
    # "… d'EDF. (Reportage X, rédigé par Y)": a bracketed sentence or credit after a full stop
    bracketed = next_char == "(" and not glued and text[following + 1 : following + 2].isupper()
    if not (next_char.isupper() or opens or bracketed or (next_char.isdigit() and not glued)):
        return None
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    previous = word.group(1) if word else ""
    if text[start] == "." and _is_abbreviation(previous, glued):
        return None
    if glued and text[start] == "." and next_char.isupper():
        # "77,92%.L'un" and "Kremlin.Le" are glued paragraphs; "U.S.A" and "J.K." are not.
        after = _WORD_AFTER.match(text, following)
        initial = after and len(after.group()) == 1 and text[after.end() : after.end() + 1] == "."
        if initial and len(previous) <= 1:
            return None
    # "… transpartisane.\n« Un vrai fléau. »": a line break after the full stop ends the
    # paragraph, as pages scraped without blank lines between paragraphs give them
    new_line = "\n" in text[end:following]
    return (end, following, Break.PARAGRAPH if glued or new_line else Break.SENTENCE)


def _is_abbreviation(word: str, glued: bool) -> bool:
    """A title like "M." or "Mme." never ends a sentence; neither does an initial like "W."."""
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # U.S.A, e.g, J.K
    bare = re.split(r"[.'’(-]", word)[-1]
    words = lexicon()
    if bare in words.title_abbreviations:
        return True
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True
    return glued and bare.lower() in {a.lower() for a in words.abbreviations}


def _glued_heading(text: str, position: int, block_start: int) -> bool:
    """'retenueCet' or 'UkraineEn': a lowercase letter glued to a capitalised sentence opener."""
    word = re.match(rf"[{UPPER}][{LOWER}]*", text[position : position + 30])
    if not word or word.group() not in lexicon().sentence_starters:
        return False
    after = position + word.end()
    if after < len(text) and text[after].isalpha():
        return False  # "MadeInLens", "LaPoste": a name in camel case, not a glued opener
    letters_before = 0
    while (
        position - letters_before - 1 >= block_start
        and text[position - letters_before - 1].isalpha()
    ):
        letters_before += 1
    # "McCain", "iPhone": a single lowercase letter before the capital is part of a name.
    return letters_before >= 3 and text[position - 2].islower()


def _capitals_heading(text: str, start: int, end: int, following: int) -> bool:
    """'UN "PROFOND RESPECT" POUR FRANCOIS HOLLANDEIl a par ailleurs…': a subheading in
    capitals run into the sentence after it. Everything since the piece opened is in capitals
    (two words at least, so that 'SNCF Le' is no heading) and a sentence opener follows."""
    stretch = text[start:end]
    if any(char.islower() for char in stretch):
        return False
    if len(re.findall(rf"[{UPPER}]{{2,}}", stretch)) < 2:
        return False
    word = re.match(rf"[{UPPER}][{LOWER}]*", text[following : following + 30])
    return bool(word) and word.group() in lexicon().sentence_starters


def _pieces(text: str, block: Block, cuts: list[tuple[int, int, Break]]) -> list[Piece]:
    pieces = []
    start, new_paragraph = block.start, True
    for end, next_start, kind in sorted(cuts):
        piece = _trim(text, start, end)
        if piece:
            heading = kind is Break.HEADING
            pieces.append(Piece(*piece, heading=heading, new_paragraph=new_paragraph or heading))
            new_paragraph = False
        if kind is not Break.SENTENCE:
            new_paragraph = True
        start = max(start, next_start)
    piece = _trim(text, start, block.end)
    if piece:
        pieces.append(Piece(*piece, heading=False, new_paragraph=new_paragraph))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or is_punctuation_only(text[start:end]):
        return None
    return start, end


def ends_like_sentence(text: str) -> bool:
    """True when the text ends with terminal punctuation, ignoring closing quotes and brackets."""
    stripped = text.rstrip().rstrip(CLOSERS + '"').rstrip()
    return bool(stripped) and stripped[-1] in TERMINALS


def segment_article(
    article: Article, has_finite_verb: Callable[[str], bool] | None = None
) -> list[Sentence]:
    """All units of an article in reading order, each with its kind and paragraph.

    Args:
        article: the parsed article.
        has_finite_verb: tells a caption ("X et Y, le 7 février à Moscou.") from a lead; when
            None, the French parser is used.

    Returns:
        Units whose `text` is exactly ``article.text[start:end]``.
    """
    if has_finite_verb is None:
        from index.nlp import has_finite_verb
    units: list[Sentence] = []
    if article.title:
        units.append(_unit(article, "title", 0, 0, 0, article.title.start, article.title.end))
    blocks = [split_block(article.text, block) for block in article.blocks]
    kinds = _block_kinds(article, blocks, has_finite_verb)
    paragraph = 0
    for pieces, block_kind in zip(blocks, kinds, strict=True):
        index = 0
        for piece in pieces:
            if piece.new_paragraph:
                paragraph += 1
                index = 0
            kind = "heading" if piece.heading else block_kind
            units.append(_unit(article, kind, paragraph, index, len(units), piece.start, piece.end))
            index += 1
    return units


def _block_kinds(
    article: Article, blocks: list[list[Piece]], has_finite_verb: Callable[[str], bool]
) -> list[str]:
    """Caption and lead are told by position and shape, headings by their missing full stop."""
    text = article.text
    kinds = []
    for pieces in blocks:
        only = pieces[0] if len(pieces) == 1 else None
        if only and _heading_shape(text[only.start : only.end]):
            kinds.append("heading")
        else:
            kinds.append("body")
    prose = [i for i, kind in enumerate(kinds) if kind == "body"]
    if prose:
        first = prose[0]
        pieces = blocks[first]
        first_text = text[pieces[0].start : pieces[-1].end]
        if (
            first == 0
            and len(pieces) == 1
            and len(first_text.split()) <= MAX_CAPTION_WORDS
            and len(prose) > 1
            and not has_finite_verb(first_text)
        ):
            kinds[first] = "caption"
            prose = prose[1:]
    if len(prose) > 1 and len(blocks[prose[0]]) <= MAX_LEAD_SENTENCES:
        kinds[prose[0]] = "lead"
    return kinds


def _unit(
    article: Article, kind: str, paragraph: int, index: int, position: int, start: int, end: int
) -> Sentence:
    return Sentence(
        id=f"{article.id}:{position}",
        article=article.id,
        kind=kind,
        paragraph=paragraph,
        index=index,
        position=position,
        start=start,
        end=end,
        text=article.text[start:end],
    )


def iter_sentences(articles: list[Article]) -> Iterator[Sentence]:
    """Units of several articles, one article after another."""
    for article in articles:
        yield from segment_article(article)


#: Longer units are prose, whatever words of a site's furniture they hold.
FURNITURE_CHARS = 160

#: A unit that is one address, a link or an image's path ("/2025/10/22/080-hl-….jpg)",
#: "https://…"): what a page's markup leaves behind when its text is scraped.
_ADDRESS = re.compile(r"^[(\[]?\s*(?:https?://|www\.|/)\S*\s*[)\]]?$")


def is_site_furniture(text: str) -> bool:
    """A short unit holding a phrase of the site around the article (`site_furniture` in the
    lexicon: "Abonnez-vous", "Lire la suite", "Crédit photo"): scraped text keeps them, and
    they must not answer ("How do I reset my password?" is not answered with "Identifiez-vous")."""
    if len(text) > FURNITURE_CHARS:
        return False
    if _ADDRESS.match(text.strip()):
        return True
    folded = fold(text).strip(" \t-–—|•*")
    # a phrase of several words anywhere ("vous êtes abonné"); one word only opening the unit
    # ("Publicité", "Copyright ©…"), for "la publicité a été interdite" is prose
    return any(
        (phrase in folded) if " " in phrase else folded.startswith(phrase)
        for phrase in lexicon().site_furniture
    )
