"""Segmentation of raw text, one hard case at a time, each one a reader would see go wrong."""

from __future__ import annotations

import pytest

from index import read_article, segment_article


def texts(write_article, body: str, title: str = "Titre de l'article") -> list[str]:
    article = read_article(write_article(f"{title}\n\n{body}\n"))
    units = segment_article(article, has_finite_verb=lambda _: True)
    for unit in units:
        assert article.text[unit.start : unit.end] == unit.text
    return [u.text for u in units[1:]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Il est parti.Le lendemain, il revint.", ["Il est parti.", "Le lendemain, il revint."]),
        (
            "«C'est la paix».«Notre inquiétude est vive.»",
            ["«C'est la paix».", "«Notre inquiétude est vive.»"],
        ),
        (
            '"Nous sommes en désaccord", a dit M. Peskov."Comment le dire?", a-t-il ajouté.',
            ['"Nous sommes en désaccord", a dit M. Peskov.', '"Comment le dire?", a-t-il ajouté.'],
        ),
        (
            "«Fin de la guerre», a-t-il dit. Rien d'autre.",
            ["«Fin de la guerre», a-t-il dit.", "Rien d'autre."],
        ),
        (
            "Je suis asthmatique et c'est très difficile de respirer ce matinOlivier",
            ["Je suis asthmatique et c'est très difficile de respirer ce matin", "Olivier"],
        ),
    ],
    ids=["period-glued", "guillemets-glued", "straight-quotes-glued", "quote-comma", "signed"],
)
def test_glued_sentences_are_split(write_article, body, expected):
    assert texts(write_article, body) == expected


def test_guillemets_with_narrow_no_break_spaces(write_article):
    body = "Il a dit\u202f: «\u202fC'est fini.\u00a0» Puis il est parti."
    assert texts(write_article, body) == [
        "Il a dit\u202f: «\u202fC'est fini.\u00a0»",
        "Puis il est parti.",
    ]


def test_a_quote_over_two_sentences_is_split_inside(write_article):
    body = "«Notre inquiétude est vive. La balle est dans leur camp», estiment-ils."
    assert texts(write_article, body) == [
        "«Notre inquiétude est vive.",
        "La balle est dans leur camp», estiment-ils.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "M. Dupont et Mme Martin ont rencontré le Dr Durand hier.",
        "Selon M. Peskov, Mme. Ortagus et Dr. House ne sont pas venus.",
        "George W. Bush a parlé aux U.S.A. hier soir.",
        "Le oui l'emporte à 77,92 % et 2.100 signalements ont été faits à 16h.",
        "Il cite Hugo, Zola, etc. et bien d'autres.",
        "Il a ajouté : « je n'ai pas l'intention de le persécuter (...) S'il vit, il paiera ».",
    ],
    ids=["titles", "titles-with-dots", "initials", "numbers", "etc", "elided-quote"],
)
def test_abbreviations_and_numbers_do_not_end_a_sentence(write_article, sentence):
    assert texts(write_article, sentence) == [sentence]


def test_title_abbreviation_after_a_glued_boundary(write_article):
    body = "Il reste dans un coma artificiel.M. Navalny, 44 ans, est connu."
    assert texts(write_article, body) == [
        "Il reste dans un coma artificiel.",
        "M. Navalny, 44 ans, est connu.",
    ]


def test_subheading_glued_to_the_next_sentence(write_article):
    body = "Les troupes restent à la frontière de l'Ukraine.L'UkraineEn Ukraine, la vie continue."
    assert texts(write_article, body) == [
        "Les troupes restent à la frontière de l'Ukraine.",
        "L'Ukraine",
        "En Ukraine, la vie continue.",
    ]


def test_quoted_subheading_glued_to_the_next_sentence(write_article):
    body = 'Il a parlé. Une "escalade dangereuse"En France, le président a réagi.'
    units = texts(write_article, body)
    assert units == ["Il a parlé.", 'Une "escalade dangereuse"', "En France, le président a réagi."]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Il a parlé. UN "PROFOND RESPECT" POUR LE MAIREIl a salué son action.',
            ["Il a parlé.", 'UN "PROFOND RESPECT" POUR LE MAIRE', "Il a salué son action."],
        ),
        (
            'Il a parlé. "LA DIVISION NE PEUT QU\'AGGRAVER" Il a ensuite critiqué la gauche.',
            [
                "Il a parlé.",
                '"LA DIVISION NE PEUT QU\'AGGRAVER"',
                "Il a ensuite critiqué la gauche.",
            ],
        ),
        # one word in capitals is an acronym opening the sentence, not a subheading
        (
            "Il a parlé. ONU Les casques bleus partent.",
            ["Il a parlé.", "ONU Les casques bleus partent."],
        ),
    ],
    ids=["glued", "quoted-then-space", "acronym"],
)
def test_subheading_in_capitals_run_into_the_next_sentence(write_article, body, expected):
    """Pages that set subheadings in capitals lose the line break after them: the subheading
    is a heading of its own, not the start of the sentence (a question about the sentence would
    otherwise match the subheading's words)."""
    assert texts(write_article, body) == expected


def test_dash_framed_subheading(write_article):
    body = 'Le vote est clos.- "Triomphal" -Autant de mesures destinées à durer.'
    assert texts(write_article, body) == [
        "Le vote est clos.",
        '"Triomphal"',
        "Autant de mesures destinées à durer.",
    ]


def test_names_in_camel_case_are_not_headings(write_article):
    body = "Le sénateur McCain a acheté un iPhone chez MacDonald hier."
    assert texts(write_article, body) == [body]


def test_kinds_title_caption_lead_heading_body(write_article):
    text = (
        "Le grand titre\n\nAlice et Bob, le 7 février à Paris.\n\nLe grand titre\n\n"
        "Alice a rencontré Bob dimanche.\n\nUn intertitre\n\n"
        "Ils ont parlé longtemps. Puis ils sont partis.\n\n»\n"
    )
    article = read_article(write_article(text))
    units = segment_article(article)
    assert [(u.kind, u.text) for u in units] == [
        ("title", "Le grand titre"),
        ("caption", "Alice et Bob, le 7 février à Paris."),
        ("lead", "Alice a rencontré Bob dimanche."),
        ("heading", "Un intertitre"),
        ("body", "Ils ont parlé longtemps."),
        ("body", "Puis ils sont partis."),
    ]
    assert [u.paragraph for u in units] == [0, 1, 2, 3, 4, 4]
    assert [u.index for u in units] == [0, 0, 0, 0, 0, 1]


def test_paragraphs_a_single_line_break_apart_with_their_subheadings(write_article):
    """Pages scraped without blank lines: each line is a paragraph, and a short line with no
    full stop among them is a subheading, so that a question about the paragraph after it is
    not answered with the subheading's words and a quotation opening a line opens a paragraph."""
    text = (
        "Le titre\n\n"
        "Le conseil a voté le budget. Il entre en vigueur lundi.\n"
        "Les élus « inquiets »\n"
        "« Nous attendons des garanties », a dit le maire.\n"
        "La séance a été levée à minuit.\n"
    )
    units = segment_article(read_article(write_article(text)))
    assert [(u.kind, u.paragraph) for u in units[1:]] == [
        ("body", 1),
        ("body", 1),
        ("heading", 2),
        ("body", 3),
        ("body", 4),
    ]


def test_a_subheading_on_its_own_line_may_open_on_a_number(write_article):
    """ "14 millions de visiteurs attendus" between two paragraphs is a subheading like any
    other, so that "How many visitors are expected?" is answered by the sentence that says
    who expects them, not by the subheading that repeats the question."""
    text = (
        "Le titre\n\n"
        "Le musée rouvre en mars.\n"
        "14 millions de visiteurs attendus\n"
        "Le recteur dit s'attendre à 14 millions de visiteurs.\n"
    )
    units = segment_article(read_article(write_article(text)))
    assert [u.kind for u in units[1:]] == ["body", "heading", "body"]


def test_a_pull_quote_signed_after_its_marks_is_a_statement_not_a_subheading(write_article):
    """A quotation on a line of its own signed after its closing mark with the speaker's name
    (and the outlet it spoke to) is what that person said, ranked as any sentence; a short
    quoted phrase before a name stays a subheading."""
    text = (
        "Le titre\n\n"
        "La préfète a visité le dépôt de carburant lundi.\n\n"
        '"Nous avons doublé les livraisons de gazole dans toute la région" Claire Durand '
        "franceinfo\n\n"
        "« Très préoccupés » Les transporteurs\n\n"
        "Le dépôt rouvrira mardi. Les camions attendent.\n"
    )
    units = segment_article(read_article(write_article(text)))
    assert [u.kind for u in units[1:]] == ["lead", "body", "heading", "body", "body"]


def test_a_sentence_a_page_cut_with_a_blank_line_is_one_sentence(write_article):
    """A paragraph that breaks off with no full stop, then a block opening in lowercase: the
    page cut one sentence in two, and who said it is in its first half. A short line with no
    sentence in it (a heading, a dateline) before a lowercase line is left apart."""
    text = (
        "Le titre\n\n"
        "Le vent a soufflé toute la nuit. Pour Anne Roux, météorologue à Brest, la tempête\n\n"
        "restera dans les mémoires. Les routes sont coupées.\n\n"
        "Paris, 3 janvier 2023\n\n"
        "par Marie Durand\n"
    )
    units = segment_article(read_article(write_article(text)))
    assert [u.text for u in units[1:]] == [
        "Le vent a soufflé toute la nuit.",
        "Pour Anne Roux, météorologue à Brest, la tempête\n\nrestera dans les mémoires.",
        "Les routes sont coupées.",
        "Paris, 3 janvier 2023",
        "par Marie Durand",
    ]


def test_unit_ids_are_stable_article_and_position(write_article):
    article = read_article(write_article("Titre\n\nUne phrase. Une autre.", name="abc.txt"))
    assert [u.id for u in segment_article(article)] == ["abc:0", "abc:1", "abc:2"]


def test_english_sentences(write_article):
    body = 'Mr. Smith went to Washington. He said: "It\'s over!" Then he left.'
    assert texts(write_article, body) == [
        "Mr. Smith went to Washington.",
        'He said: "It\'s over!"',
        "Then he left.",
    ]


def test_a_name_in_camel_case_is_not_a_glued_sentence(write_article):
    article = read_article(
        write_article("Un titre\n\nPropos recueillis par Jean Roux pour MadeInLens\n")
    )
    texts = [u.text for u in segment_article(article)]
    assert texts[-1] == "Propos recueillis par Jean Roux pour MadeInLens"


def test_a_hard_wrapped_line_stays_in_its_sentence(write_article):
    article = read_article(
        write_article(
            "Un titre\n\nL'avocat racontera le destin d'un homme, guidé par une pulsion qu'il\n"
            "ne connaissait pas. Le verdict tombera lundi.\nLa salle était comble.\n"
        )
    )
    units = segment_article(article)
    assert [u.text.replace("\n", " ") for u in units[1:]] == [
        "L'avocat racontera le destin d'un homme, guidé par une pulsion qu'il ne connaissait pas.",
        "Le verdict tombera lundi.",
        "La salle était comble.",
    ]
    assert units[1].paragraph == units[2].paragraph


def test_wire_copy_padded_with_spaces_keeps_its_sentences_whole(write_article):
    """Agency copy (Reuters through a portal) indents its paragraphs and pads each line with
    spaces: the padding must not make every line a sentence of its own."""
    article = read_article(
        write_article(
            "Un titre\n\n    PARIS, 30 janvier (Reuters) - Le fils du ministre a été mis en \n"
            "examen samedi, a-t-on appris de source judiciaire.  \n"
            "    Il est ressorti libre, selon cette même \nsource.  \n"
        )
    )
    texts = [" ".join(u.text.split()) for u in segment_article(article)[1:]]
    assert texts == [
        "PARIS, 30 janvier (Reuters) - Le fils du ministre a été mis en examen samedi, a-t-on "
        "appris de source judiciaire.",
        "Il est ressorti libre, selon cette même source.",
    ]


def test_a_bracketed_credit_after_a_full_stop_is_its_own_unit(write_article):
    """A wire's credits, "(Reportage X, édité par Y)", after the last sentence: a unit of its
    own, so that the sentence's speaker does not sign the credits; "(...)" after a full stop
    stays where it is."""
    assert texts(
        write_article,
        "L'Autorité a fait savoir qu'elle se prononcerait bientôt. (Reportage Jean Dupont, édité "
        "par Paul Durand)",
    ) == [
        "L'Autorité a fait savoir qu'elle se prononcerait bientôt.",
        "(Reportage Jean Dupont, édité par Paul Durand)",
    ]
    assert texts(write_article, "« On a fait un match moyen. (...) Certains ont déçu. »")[0] != (
        "(...) Certains ont déçu. »"
    )
