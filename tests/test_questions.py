"""Reading a question before searching, and finding which source it asks for.

The questions and speakers here are invented (none comes from the development data), so that
these checks say whether the rules read French and English questions in general.
"""

from __future__ import annotations

import pytest

from index.article import fold
from index.evidence import has_wanted, names_in
from index.questions import read, small_talk, speaker_phrase, wants
from index.sources import SourceIndex
from index.speakers import Speaker


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did the Élysée say about Belarus?", "the Élysée"),
        ("How did the mayor of Lyon react to the strike?", "the mayor of Lyon"),
        ("Does the housing minister think rents will fall?", "the housing minister"),
        # a verb of preference or intention closes the phrase like a verb of saying
        ("What does prefect Anne Roc prefer to call the decree?", "prefect Anne Roc"),
        ("According to the fire brigade, how did the fire start?", "the fire brigade"),
        ("What was Greenpeace's reaction?", "Greenpeace"),
        ("Qu'a dit Marie Durand sur le logement ?", "Marie Durand"),
        ("Qu'a déclaré lundi le syndicat Sud-Rail ?", "le syndicat Sud-Rail"),
        ("Que pense le maire de Lyon de la réforme ?", "le maire de Lyon"),
        # after a role and a name, "des …" is the topic
        ("Que dit le commandant Rivoire des mégots ?", "le commandant Rivoire"),
        ("Qu'a dénoncé la secrétaire générale de la CGT chez Renault ?",
         "la secrétaire générale de la CGT"),
        ("Comment Les Verts ont-ils réagi à la décision ?", "Les Verts"),
        ("Quelle mesure Jean Dupont juge-t-il urgente ?", "Jean Dupont"),
        ("Selon l'avocate de la famille, que s'est-il passé ?", "l'avocate de la famille"),
        ("D'après la préfecture, combien de manifestants ?", "la préfecture"),
        ("Qu'a dit Dupont du Parti socialiste ?", "Dupont"),
        ("que pense jean dupont de la grève", "jean dupont"),
        # a title's full stop does not end the phrase at "M"
        ("Qui a porté plainte selon M. Dupont ?", "Dupont"),
        ("What did Dr. Martin say about masks?", "Martin"),
        # "judge" after "the" is the noun, not the verb of saying
        ("What did the judge warn before the verdict?", "the judge"),
        # a non-native past form after "did" still asks about the subject before it
        ("What did Paul added?", "Paul"),
        ("What does the minister plan to do about pensions?", "the minister"),
        # spoken French keeps the subject before the verb after "est-ce que"; "Di" is no "dit"
        ("Qu'est-ce que Di Meco reproche aux dirigeants ?", "Di Meco"),
        ("Est-ce que le maire a parlé de la crue ?", "le maire"),
        # what the source issued goes with it: the source is the name before it
        ("When will traffic be disrupted according to the DGAC statement?", "the DGAC"),
        ("What did the union's leaflet say?", "the union"),
        # a reflexive verb of saying in the perfect: "s'est-il exprimé", "se sont-ils félicités"
        ("Sur quelle radio Trotignon s'est-il exprimé ?", "Trotignon"),
        ("De quoi les syndicats se sont-ils félicités ?", "les syndicats"),
        # a verb's form before another noun is part of the noun ("call assistants")
        ("What do the striking call assistants demand?", "the striking call assistants"),
        # what someone felt or believes is asked of them as what they said is
        ("Qu'a ressenti Marie Lenoir en apprenant la nouvelle ?", "Marie Lenoir"),
        ("Qu'a éprouvé le pilote pendant l'atterrissage ?", "le pilote"),
        # what worries someone is what they said worried them
        ("What worries the transport minister about the strike?", "the transport minister"),
        ("Qu'est-ce qui inquiète la maire de Nantes dans ce projet ?", "la maire de Nantes"),
        # an adverb before the verb is not part of the one asked about
        ("What has the mayor already said about the bridge?", "the mayor"),
        # "Quel(le)s N a VERB X": which of what X said; "Quelle question X a-t-il posée"
        ("Quelles mesures a annoncées le préfet ?", "le préfet"),
        ("Quelle question la fédération a-t-elle posée aux candidats ?", "la fédération"),
        ("Quelle promesse le maire a-t-il faite aux parents ?", "le maire"),
        # a name after an elided article is capitalised: the noun before the subject is no part
        ("Quelle hausse la direction d'Airbus propose-t-elle ?", "la direction d'Airbus"),
        # "Combien de N" and "quel N" ask about the noun; the subject opens at its article
        ("Combien de blessés le maire redoute-t-il ?", "le maire"),
        ("quelle hausse le syndicat réclame-t-il ?", "le syndicat"),
    ],
)  # fmt: skip
def test_the_speaker_a_question_asks_for_is_read_from_its_shape(question, speaker):
    assert speaker_phrase(question) == speaker


@pytest.mark.parametrize(
    "question",
    [
        "What was said about Navalny?",
        "Is a Russian invasion of the Donbass expected?",
        "Qui a écrit Les Misérables ?",
        "Que signifie le mot pomerium ?",
        "Que veut dire le mot rex ?",
        "Pour quelle raison Paul est-il parti ?",
        "Pourquoi les marchandises sont-elles taxées ?",
        "Qu'a-t-il dit ensuite ?",
        "Qu'est-ce qu'on reprochait aux anciens courants ?",
        "Qu'est-ce que la grève ?",
        "How many people were arrested?",
        # a participle then "of" describes the noun: "accused" is no verb of the question
        "When will the trial of the young man accused of arson take place?",
        # "plan" without "to" is the noun
        "How many jobs does the company's social plan cut?",
        # "concerns" before a verb is the noun: nobody who feels is named
        "What concerns were raised about the bridge?",
        # an adverb between the auxiliary and the verb names nobody
        "Who had first suggested closing the bridge?",
    ],
)
def test_a_question_about_someone_or_something_asks_for_no_speaker(question):
    """A name in the topic ("said about Navalny") or a pronoun is not a source asked about."""
    assert speaker_phrase(question) == ""


@pytest.mark.parametrize(
    ("question", "topic_word"),
    [
        ("Combien de manifestants ont été interpellés ?", "interpellés"),
        ("How many students were warned?", "warned"),
        ("Le couvre-feu a-t-il été annoncé ?", "annoncé"),
    ],
)
def test_with_nobody_asked_for_a_verb_of_saying_is_the_topic(question, topic_word):
    """A verb of saying asks for a source's words only when a source is asked for; otherwise
    it is what the question is about, and a passage without it does not answer."""
    asked = read(question)
    assert asked.speaker == ""
    assert topic_word in asked.topic.split()


@pytest.mark.parametrize(
    ("question", "topic_word"),
    [
        ("Qu'a annoncé le maire sur la piscine ?", "annoncé"),
        ("What did the mayor warn about the pool?", "warn"),
    ],
)
def test_a_verb_asking_for_a_sources_words_is_no_topic(question, topic_word):
    asked = read(question)
    assert asked.speaker and topic_word not in asked.topic.split()


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("bonjour", "greeting"),
        ("Salut le bot !", "greeting"),
        ("merci beaucoup 🙏", "thanks"),
        ("ok merci", "ack"),
        ("Thanks!", "thanks"),
        ("who are you?", "identity"),
        ("ça va ?", "wellbeing"),
        ("au revoir", "bye"),
        # a compliment or thanks for the help, with or without a thank-you
        ("you're great, thanks", "ack"),
        ("C'est super, merci !", "ack"),
        ("merci pour ton aide", "thanks"),
        ("Thank you for your help!", "thanks"),
        # a request for something else than the articles, whatever follows it
        ("Tell me a joke about teachers", "identity"),
        ("Raconte-moi une blague !", "identity"),
        ("Book me a flight to Nice", "identity"),
        ("Can you recommend a good pizza?", "identity"),
        ("Peux-tu me recommander un restaurant ?", "identity"),
        # a polite opening before the request changes nothing
        ("Can you book me a taxi?", "identity"),
        ("Pouvez-vous me réserver une table ?", "identity"),
        # the reader's own place is in no article
        ("Which pharmacy is open tonight near me?", "identity"),
        ("Quelle pharmacie est de garde près de chez moi ?", "identity"),
    ],
)
def test_small_talk_is_recognised_whole(message, kind):
    assert small_talk(message) == kind
    assert read(message).small_talk == kind


@pytest.mark.parametrize(
    "message",
    [
        "merci, et que dit le Kremlin ?",
        "bonjour, qui a parlé de la grève ?",
        "Kremlin ?",
        "ok go",
        "Tell me what the Kremlin said",
        "Can you tell me what the Kremlin said?",
        "What did the minister recommend?",
        "Rappelle-moi ce qu'a dit le Kremlin",
    ],
)
def test_a_question_is_not_small_talk_because_it_is_polite(message):
    assert small_talk(message) == ""


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people were arrested?", "number"),
        ("Combien de temps a duré la grève ?", "duration"),
        ("Quand aura lieu le vote ?", "date"),
        ("In which year was the law passed?", "date"),
        ("What year was the law passed?", "date"),
        ("What hours will the pool be open?", "clock"),
        ("À quelle heure ferme la mairie ?", "clock"),
        ("Quels sont les horaires d'ouverture de la piscine ?", "clock"),
        ("Où le suspect a-t-il été arrêté ?", "place"),
        ("Il a été arrêté où ?", "place"),
        ("À qui le maire a-t-il écrit ?", "person"),
        # "who" / "qui" after a noun or pronoun opens a relative clause, and asks nothing
        ("What happens to anyone who buys the stolen paintings?", ""),
        ("Que risquent ceux qui achètent les tableaux volés ?", ""),
        ("Qui a signé le texte ?", "person"),
        ("Why did the talks fail?", "reason"),
        ("Pour quelle raison la préfète interdit-elle la marche ?", "reason"),
        ("Quelles températures sont attendues dans le Sud ?", "number"),
        ("What price did the regulator propose?", "money"),
        ("Combien coûte une boîte de sirop ?", "money"),
        ("How much does the new ticket cost?", "money"),
        ("How much rain fell on Brest?", "number"),
        ("Combien de pays ont signé l'accord ?", "number"),
        ("De combien le tarif réglementé a-t-il augmenté ?", "number"),
        ("Quelle hausse le ministre a-t-il annoncée ?", "number"),
        ("What did the minister say?", ""),
        # the question word that opens the question decides, not a later one
        ("Qui dirige l'équipe quand Florian X la rejoint ?", "person"),
        ("Depuis quand dure la grève ?", "date"),
    ],
)
def test_the_kind_of_answer_asked_for(question, kind):
    assert wants(question) == kind


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Les urgences seront ouvertes uniquement en journée, de 8h30 à 18h30.", 1.0),
        ("La piscine ouvre à 9 h et ferme à 20 h.", 1.0),
        ("La piscine est ouverte aux familles.", -1.0),
    ],
)
def test_a_clock_time_answers_when(sentence, signal):
    """ "What hours will it be open?": "de 8h30 à 18h30" is the time asked for."""
    assert has_wanted("date", sentence) == signal


@pytest.mark.parametrize(
    ("kind", "sentence", "signal"),
    [
        # a day is no time of day
        ("clock", "Le musée a été cambriolé dimanche matin.", -1.0),
        ("clock", "Le vol a eu lieu vers 9h30.", 1.0),
        # a name after a preposition of place is a place; whose prosecutor she is, is not
        ("place", "Cinq suspects ont été interpellés, a annoncé la procureure de Lyon.", -1.0),
        ("place", "Le premier a été interpellé à la gare de Perrache.", 1.0),
    ],
)
def test_a_time_of_day_and_a_place_are_told_by_their_own_words(kind, sentence, signal):
    """ "À quelle heure … ?" wants "9h30", "Où … ?" a name after "à", "en", "dans"."""
    assert has_wanted(kind, sentence) == signal


def test_who_is_not_answered_by_the_person_the_question_names():
    """ "Qui accompagnera Paul Morel à Lyon ?": a sentence whose only person is Paul Morel
    (nor "Intérieur", a ministry) names no one else; the one naming Anne Roux does."""
    asked = names_in("Qui accompagnera Paul Morel à Lyon ?")
    alone = "Le ministre de l'Intérieur Paul Morel est attendu à Lyon lundi."
    assert has_wanted("person", alone, False, asked) == -1.0
    assert (
        has_wanted(
            "person", "Il sera accompagné de la ministre des Sports, Anne Roux.", False, asked
        )
        == 1.0
    )


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Le musée restera fermé pendant un mois.", 1.0),
        ("La route est coupée depuis une semaine.", 1.0),
        ("La grève a duré trois jours.", 1.0),
        # one unit with no word of length is a moment, not a length
        ("Un mois plus tard, le musée a rouvert.", -1.0),
        ("Elle a été harcelée pendant plus d'un an.", 1.0),
        # a person's years are an age, not a length
        ("Une lycéenne de 17 ans a été entendue.", -1.0),
        ("Un homme âgé de 28 ans a été interpellé.", -1.0),
    ],
)
def test_one_unit_after_a_word_of_length_answers_how_long(sentence, signal):
    """ "Combien de temps le musée va-t-il fermer ?": "pendant un mois" is the length asked
    for, though "un" is no number."""
    assert has_wanted("duration", sentence) == signal


@pytest.mark.parametrize(
    ("question", "topic_word"),
    [
        # English nouns that look like French verbs of saying ("tonner", "pester") stay
        ("How many tonnes of waste were left according to the city?", "tonnes"),
        ("What worries the health minister about pest control?", "pest"),
        # nor is a French plural noun a second-person verb
        ("Qu'a dit le maire sur les tonnes de déchets ?", "tonnes"),
    ],
)
def test_a_noun_that_looks_like_a_verb_of_saying_stays_in_the_topic(question, topic_word):
    assert topic_word in read(question).topic.split()


def test_a_sentence_said_by_a_named_source_answers_who():
    """ "Who announced two more inquiries?": "…, a ajouté le chef du parquet" names no one in
    its words, but the article named the prosecutor, and he is the answer."""
    sentence = "Deux autres enquêtes sont ouvertes, a ajouté le chef du parquet."
    assert has_wanted("person", sentence, named_speaker=True) == 1.0
    assert has_wanted("person", sentence, named_speaker=False) == -1.0


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Parce que les organisateurs n'ont pas souhaité travailler avec nous.", 1.0),
        ("La grève est reconduite en raison du blocage des négociations.", 1.0),
        # a cause told without a word of cause is no wrong answer: no penalty
        ("Il n'y a eu aucune concertation avec les organisateurs.", 0.0),
    ],
)
def test_a_sentence_that_gives_a_cause_answers_why(sentence, signal):
    """ "Why was there no consultation?": the interviewee's "Parce que …" beats the
    interviewer's sentence that repeats the question's words."""
    assert has_wanted("reason", sentence) == signal


@pytest.fixture(scope="module")
def sources() -> SourceIndex:
    speakers = [
        ("la ministre du Logement, Marie Durand", "Marie Durand"),
        ("Marie Durand", "Marie Durand"),
        ("elle", "Marie Durand"),
        ("le secrétaire général de la CGT Jean Martin", "Jean Martin"),
        ("l'Élysée", "Élysée"),
        ("Paris", "Élysée"),
        ("le Fonds de défense d'Anne Roche", "Fonds de défense d'Anne Roche"),
        ("le maire de Lyon", "Paul Girard"),
        ("Paul Girard", "Paul Girard"),
        ("le philosophe Léa Roux", "Léa Roux"),
        ("cette prof de musique", "prof de musique"),
        ("Jean-Rémi Giraud, secrétaire national", "Jean-Rémi Giraud"),
        ("l'Italie", "Italie"),
        ("Bruxelles", "Bruxelles"),
        ("le prévenu", "Karim Benali"),
        ("ils", "étudiants"),
        ("la mairie de Nantes", "mairie de Nantes"),
        ("les éboueurs de la régie", "éboueurs de la régie"),
    ]  # fmt: skip
    return SourceIndex(Speaker(name, canonical) for name, canonical in speakers)


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("Marie Durand", "Marie Durand"),
        ("Durand", "Marie Durand"),
        ("Marie Durant", "Marie Durand"),  # a typo
        ("the housing minister", "Marie Durand"),
        ("la ministre du Logement", "Marie Durand"),
        ("the CGT boss", "Jean Martin"),
        ("le patron de la CGT", "Jean Martin"),
        ("the French presidency", "Élysée"),
        ("the mayor of Lyon", "Paul Girard"),
        ("Italy", "Italie"),
        ("the Italian government", "Italie"),
        ("the European Union", "Bruxelles"),
        # an English role word no list holds reaches its French cognate
        ("the philosopher", "Léa Roux"),
        ("the music teacher", "prof de musique"),
        # the organisation a person is "of" places them; it is not a second name to match
        ("Jean-Rémi Giraud of the Snalc", "Jean-Rémi Giraud"),
        # the people of a courtroom and a lecture hall, in English
        ("the defendant", "Karim Benali"),
        ("the students", "étudiants"),
        # a town's council and its workers, in English
        ("the Nantes city hall", "mairie de Nantes"),
        ("the bin collectors", "éboueurs de la régie"),
    ],
)
def test_a_speaker_phrase_reaches_the_source_by_name_role_or_language(sources, phrase, canonical):
    resolution = sources.resolve(phrase)
    assert [m.canonical for m in resolution.sources] == [canonical]
    assert resolution.unquoted == ""


@pytest.mark.parametrize(
    ("phrase", "unquoted"),
    [
        ("Justin Trudeau", "justin trudeau"),
        ("Home Secretary Jane Doe", "jane doe"),
        ("Pierre Durand", "pierre durand"),  # another Durand
        ("Anne Roche", "anne roche"),  # named only inside the fund's name
        ("the Guardian", "guardian"),
    ],
)
def test_a_name_no_article_quotes_is_reported_not_matched_to_another_source(
    sources, phrase, unquoted
):
    resolution = sources.resolve(phrase)
    assert resolution.sources == ()
    assert resolution.unquoted == unquoted


def test_someone_named_with_an_organisation_in_another_role_is_not_the_one_asked_for(sources):
    """ "le vice-président de la CGT" is not the CGT's secretary general, the one source named
    with the CGT: his words would be shown as another man's."""
    assert sources.resolve("le vice-président de la CGT").sources == ()
    assert [m.canonical for m in sources.resolve("le secrétaire général de la CGT").sources] == [
        "Jean Martin"
    ]


def test_an_office_no_quoted_minister_holds_is_reported_not_answered_by_another(sources):
    """ "le ministre de l'Agriculture" when the articles quote the housing minister only: the
    office's holder is quoted nowhere, and another minister's words are not his."""
    resolution = sources.resolve("le ministre de l'Agriculture")
    assert resolution.sources == ()
    assert resolution.unquoted == "le ministre de l'Agriculture"
    assert [m.canonical for m in sources.resolve("la ministre du Logement").sources] == [
        "Marie Durand"
    ]


@pytest.mark.parametrize("phrase", ["le groupe de Rupert Murdoch", "the newsagent"])
def test_a_role_the_articles_do_not_describe_is_neither_matched_nor_called_unquoted(
    sources, phrase
):
    """A description can be worded many ways: finding no source for it is not proof that the
    source is absent, so the question is answered (or not) on its content."""
    resolution = sources.resolve(phrase)
    assert resolution.sources == () and resolution.unquoted == ""


def test_an_acronym_the_article_defines_names_its_source():
    """ "Les Amis du Rail (ADR)" in the text: a question about "ADR" reaches Les Amis du Rail;
    an acronym the articles never define stays a name nobody quotes."""
    index = SourceIndex(
        [Speaker("Les Amis du Rail", "Amis du Rail"), Speaker("la préfecture", "préfecture")],
        ["Selon Les Amis du Rail (ADR), la ligne fermera.", "Le parc (PNR) est fermé."],
    )
    assert [m.canonical for m in index.resolve("ADR").sources] == ["Amis du Rail"]
    assert [m.canonical for m in index.named_in("What did ADR say about the line?")] == [
        "Amis du Rail"
    ]
    assert index.resolve("PNR").unquoted == "pnr"


def test_a_role_placed_by_a_complement_finds_the_source_of_the_article_that_says_where():
    """ "the prefect of Corsica": the prefect's own words do not say Corsica, the article he is
    quoted in does (its title, a dateline); a prefect quoted elsewhere does not fit."""
    articles = {"préfet": "Tempête en Corse : les écoles fermées", "Jean Roux": "Crue à Nantes"}
    index = SourceIndex(
        [Speaker("le préfet", "préfet"), Speaker("le préfet Jean Roux", "Jean Roux")],
        located=lambda key: frozenset(
            fold(articles["préfet" if key == "prefet" else "Jean Roux"]).split()
        ),
    )
    assert [m.canonical for m in index.resolve("the prefect of Corse").sources] == ["préfet"]
    assert [m.canonical for m in index.resolve("le préfet de Nantes").sources] == ["Jean Roux"]


def test_a_role_named_with_its_place_is_not_the_same_role_elsewhere():
    """ "la maire de Paris Anne X" is not "le maire de Lyon", though her article mentions Lyon
    ("suivant l'exemple de Lyon"): only a mayor of Lyon would be."""
    index = SourceIndex(
        [Speaker("la maire de Paris Anne Dupont", "Anne Dupont")],
        located=lambda key: frozenset(fold("Suivant l'exemple de Lyon Paris vote").split()),
    )
    assert index.resolve("le maire de Lyon").sources == ()
    assert [m.canonical for m in index.resolve("the mayor of Paris").sources] == ["Anne Dupont"]


def test_a_name_after_at_is_where_the_speaker_works_not_a_name_nobody_quotes(sources):
    resolution = sources.resolve("the mayor at Lyon")
    assert [m.canonical for m in resolution.sources] == ["Paul Girard"]
    assert sources.resolve("the unions at Renault").unquoted == ""


def test_an_acronym_after_a_persons_role_names_that_person():
    """ "Ana Lima, directrice de l'Office des forêts (OdF)": asked what the OdF said, the bot
    answers with its director's words; a credit such as "(Reuters)" names nobody."""
    index = SourceIndex(
        [Speaker("Ana Lima, directrice de l'Office des forêts", "Ana Lima")],
        [
            "Selon Ana Lima, directrice de l'Office des forêts (OdF), la sécheresse dure.",
            "PARIS (Reuters) - La sécheresse dure, selon Ana Lima.",
        ],
    )
    assert [m.canonical for m in index.resolve("the OdF").sources] == ["Ana Lima"]
    assert index.resolve("Reuters").unquoted == "reuters"


@pytest.mark.parametrize(
    ("phrase", "canonical", "fits"),
    [
        ("les conseillers du président français", "conseillers d'Emmanuel Martin", True),
        ("the health experts", "experts", True),
        ("the mayor of Sainte-Anne", "habitante", False),
        ("the Irish government", "Bruno Le Maire", False),
    ],
)
def test_a_phrase_no_source_fits_whole_may_still_describe_one_in_part(phrase, canonical, fits):
    index = SourceIndex(
        [
            Speaker("les conseillers d'Emmanuel Martin", "conseillers d'Emmanuel Martin"),
            Speaker("des experts de la santé", "experts"),
            Speaker("une habitante", "habitante"),
            Speaker("le ministre de l'Économie Bruno Le Maire", "Bruno Le Maire"),
        ]
    )
    assert index.partly_fits(phrase, canonical) is fits


def test_a_role_is_the_one_who_holds_it_not_one_whose_role_names_it():
    """ "the mayor" is the mayor, not her deputy "adjoint à la maire"; an English plural
    finds its French cognate ("the operators": "les opérateurs")."""
    index = SourceIndex(
        [
            Speaker("Luc Arnaud, adjoint à la maire de Lille", "Luc Arnaud", ("adjoint",)),
            Speaker("la maire de Lille, Nora Benali", "Nora Benali", ("maire de lille",)),
            Speaker("les deux opérateurs de navettes", "deux opérateurs de navettes"),
        ]
    )
    assert [m.canonical for m in index.resolve("the mayor").sources] == ["Nora Benali"]
    assert [m.canonical for m in index.resolve("the operators").sources] == [
        "deux opérateurs de navettes"
    ]


def test_an_english_prefixed_role_finds_the_french_one():
    """ "the sub-prefect" is "le sous-préfet", not any prefect of the articles."""
    index = SourceIndex(
        [
            Speaker("Marc Roy, sous-préfet de Langon", "Marc Roy", ("sous-prefet de langon",)),
            Speaker("le préfet de Gironde, Anne Vidal", "Anne Vidal", ("prefet de gironde",)),
        ]
    )
    assert [m.canonical for m in index.resolve("the sub-prefect").sources] == ["Marc Roy"]
    providers = SourceIndex([Speaker("le fournisseur d'électricité", "fournisseur d'électricité")])
    assert [m.canonical for m in providers.resolve("the provider").sources] == [
        "fournisseur d'électricité"
    ]


def test_function_words_in_a_name_are_no_names_but_acronyms_are():
    """ "Les" of "Les Flots Bleus" or "La" of "La Teste" would be found in any sentence."""
    assert names_in("What did the staff of Les Flots Bleus say at La Teste?") == {
        "flots",
        "bleus",
        "teste",
    }
    assert names_in("What did the UN say about the US?") == {"un", "us"}
    # a day is written in French in the articles
    assert names_in("How many homes had power on Saturday?") == {"samedi"}


def test_the_last_word_of_an_organisation_name_is_no_surname():
    """ "le groupe Changer Lyon": "Lyon" in a question is the city, not the group; a person's
    surname alone still names the person."""
    index = SourceIndex(
        [
            Speaker("le groupe Changer Lyon", "Changer Lyon"),
            Speaker("Paul Girard", "Paul Girard"),
        ]
    )
    assert index.named_in("What will the buses offer in Lyon?") == []
    assert [m.canonical for m in index.named_in("What did Girard say?")] == ["Paul Girard"]


def test_the_leader_of_a_quoted_organisation_is_its_leader_not_the_organisation():
    """ "the CGT leader" when the CGT itself is quoted too: the person who leads it speaks."""
    index = SourceIndex(
        Speaker(name, canonical)
        for name, canonical in [
            ("la CGT", "CGT"),
            ("le secrétaire général de la CGT, Paul Marchal", "Paul Marchal"),
        ]
    )
    assert [m.canonical for m in index.resolve("the CGT leader").sources] == ["Paul Marchal"]
    assert [m.canonical for m in index.resolve("la CGT").sources] == ["CGT"]


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("the victim's sister", "Souad Karri"),
        ("the deputy mayor of Provins", "député-maire de Provins"),
    ],
)
def test_family_roles_and_compound_roles_reach_their_source(phrase, canonical):
    index = SourceIndex(
        Speaker(name, canonical)
        for name, canonical in [
            ("Souad Karri, la sœur de la victime", "Souad Karri"),
            ("le député-maire de Provins", "député-maire de Provins"),
            ("la mère de la victime", "mère de la victime"),
        ]
    )
    assert [m.canonical for m in index.resolve(phrase).sources] == [canonical]


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [("a protester", "manifestant"), ("a striker", "gréviste"), ("the drivers", "chauffeurs")],
)
def test_someone_of_the_crowd_asked_in_english_reaches_the_unnamed_source(phrase, canonical):
    """ "« … », lâchait un manifestant": "What did a protester say?" is asking for him."""
    index = SourceIndex(
        Speaker(name, canonical)
        for name, canonical in [
            ("un manifestant", "manifestant"),
            ("un gréviste", "gréviste"),
            ("les chauffeurs", "chauffeurs"),
            ("le préfet", "préfet"),
        ]
    )
    assert [m.canonical for m in index.resolve(phrase).sources] == [canonical]


def test_the_head_of_an_organisation_quoted_only_as_itself_is_not_quoted():
    """ "le patron des Jeunes éleveurs" when only the organisation speaks: his words are nowhere,
    and the organisation's are not his; its spokesman would speak for it."""
    index = SourceIndex(
        Speaker(name, canonical)
        for name, canonical in [
            ("les Jeunes éleveurs", "Jeunes éleveurs"),
            ("un automobiliste", "automobiliste"),
        ]
    )
    resolution = index.resolve("le patron des Jeunes éleveurs")
    assert resolution.sources == () and resolution.unquoted == "le patron des Jeunes éleveurs"
    assert [m.canonical for m in index.resolve("les Jeunes éleveurs").sources] == [
        "Jeunes éleveurs"
    ]
    assert [m.canonical for m in index.resolve("the motorist").sources] == ["automobiliste"]


def test_a_role_asked_by_another_name_of_its_office_finds_the_source():
    """ "l'édile" holds the office of "maire": asked for "the mayor", the bot finds her."""
    index = SourceIndex([Speaker("l'édile", "Karine Roux"), Speaker("le préfet", "préfet")])
    assert [m.canonical for m in index.resolve("the mayor").sources] == ["Karine Roux"]


def test_a_unions_acronym_finds_the_union_quoted_by_its_full_name():
    index = SourceIndex([Speaker("le délégué syndical central Force ouvrière", "Force ouvrière")])
    resolution = index.resolve("the FO union delegate")
    assert [m.canonical for m in resolution.sources] == ["Force ouvrière"]
    assert resolution.unquoted == ""


def test_a_place_written_before_a_role_tied_to_places_is_where_the_source_lives():
    """ "the Ste-Suzanne resident": the place is in the article that quotes "une habitante";
    "the Coordination rurale president" is no place's role, and nobody quotes that union."""
    articles = {
        "habitante": "ste-suzanne : les habitants attendent la mairie",
        "arnaud roux": "la fnsea et la coordination rurale appellent a manifester",
    }
    index = SourceIndex(
        [Speaker("une habitante", "habitante"), Speaker("le président Arnaud Roux", "Arnaud Roux")],
        located=lambda key: frozenset(articles[key].split()),
    )
    resolution = index.resolve("the Ste-Suzanne resident")
    assert [m.canonical for m in resolution.sources] == ["habitante"]
    assert index.resolve("the Coordination rurale president").sources == ()


def test_a_name_with_a_lowercase_word_inside_is_one_source():
    assert read("Selon Santé publique France, le pic est-il passé ?").speaker == (
        "Santé publique France"
    )
    assert read("Qu'a dit Bayrou du Parti socialiste au pouvoir ?").speaker == "Bayrou"


def test_a_compound_union_name_is_not_a_typo_of_another_compound():
    """ "la CFDT-Cheminots" is not "la CGT-Cheminots" misspelt: the question asks for the
    CFDT's official, who speaks for it, not the CGT's words."""
    index = SourceIndex(
        [
            Speaker("la CGT-Cheminots", "CGT-Cheminots"),
            Speaker(
                "Léa Morin, secrétaire nationale de la CFDT-Cheminots et contrôleuse", "Léa Morin"
            ),
        ]
    )
    assert [m.canonical for m in index.resolve("la CFDT-Cheminots").sources] == ["Léa Morin"]
    assert [m.canonical for m in index.resolve("la CGT-Cheminots").sources] == ["CGT-Cheminots"]


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("the station reception agent", "Yanis Ferrah"),
        ("the inspectors", "contrôleurs"),
    ],
)
def test_railway_jobs_asked_in_english_reach_the_french_source(phrase, canonical):
    index = SourceIndex(
        [
            Speaker("Yanis Ferrah, agent d'accueil", "Yanis Ferrah"),
            Speaker("les contrôleurs", "contrôleurs"),
            Speaker("le préfet", "préfet"),
        ]
    )
    assert [m.canonical for m in index.resolve(phrase).sources] == [canonical]


def test_people_of_an_accident_asked_in_english_find_the_french_ones():
    """ "the shooter", "the hunters", "the passenger": an accident's people, as the French
    articles call them."""
    index = SourceIndex(
        [
            Speaker("l'auteur présumé du tir", "auteur présumé du tir"),
            Speaker("les chasseurs", "chasseurs"),
            Speaker("la passagère", "passagère"),
        ]
    )
    assert [m.canonical for m in index.resolve("the presumed shooter").sources] == [
        "auteur présumé du tir"
    ]
    assert [m.canonical for m in index.resolve("the hunters").sources] == ["chasseurs"]
    assert [m.canonical for m in index.resolve("the passenger").sources] == ["passagère"]


def test_what_an_examination_found_is_asked_about_not_asked_of():
    """ "Qu'a conclu l'autopsie ?" asks what the autopsy showed: its words are the topic, and
    no source is looked for; a judge or a prosecutor asked so is still a source."""
    assert speaker_phrase("Qu'a conclu l'autopsie du randonneur ?") == ""
    assert "autopsie" in read("Qu'a conclu l'autopsie du randonneur ?").topic
    assert speaker_phrase("What did the inquiry conclude about the fire?") == ""
    assert speaker_phrase("Qu'a conclu le juge d'instruction ?") == "le juge d'instruction"


def test_a_commander_or_an_instructor_asked_in_english_is_the_french_one():
    """ "the PGHM commander" is "le commandant du PGHM"; "the instructor" the ski school's
    "moniteur"."""
    index = SourceIndex(
        [
            Speaker(
                "le capitaine Paul Roux, commandant du PGHM", "Paul Roux", ("commandant du pghm",)
            ),
            Speaker("le moniteur", "moniteur"),
        ]
    )
    assert [m.canonical for m in index.resolve("the PGHM commander").sources][:1] == ["Paul Roux"]
    assert [m.canonical for m in index.resolve("the instructor").sources] == ["moniteur"]


def test_residents_asked_for_in_the_plural_are_each_resident_quoted():
    """ "les habitants de Taroudant" asks for what the residents said: the article quotes one,
    "un habitant de la province de Taroudant"; a resident of elsewhere is not asked for."""
    index = SourceIndex(
        [
            Speaker(
                "un habitant de la province de Taroudant", "habitant de la province de Taroudant"
            ),
            Speaker("un habitant de Salé", "habitant de Salé"),
        ],
        located=lambda key: frozenset(fold(key).split()),
    )
    found = index.resolve("les habitants de Taroudant").sources
    assert [m.canonical for m in found] == ["habitant de la province de Taroudant"]
