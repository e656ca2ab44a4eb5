"""Retrieval with the real bundled model over the seed: what a reader asking questions would see."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import MAX_QUESTION_CHARS, Retriever, open_index
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def retriever(real_embedder, seed_index) -> Retriever:
    index = open_index(SEEDS, seed_index, real_embedder)  # the session's build, reused as is
    return Retriever(index, real_embedder)


@pytest.mark.parametrize(
    "question",
    [
        "what did the Élysée say about Belarus?",
        "Que dit l'Elysée sur le Bélarus ?",
        "elysee belarus troops",
    ],
)
def test_belarus_question_quotes_the_belarus_sentence_with_the_elysee(retriever, question):
    answer = retriever.search(question)
    assert answer.answered
    top = answer.hits[0]
    assert "son intention de retirer ses troupes" in top.text
    assert [s.canonical for s in top.unit.speakers] == ["Elysée"]
    assert top.speaker_match or "elys" not in question.lower()


def test_a_quotation_over_two_sentences_comes_back_as_one_hit(retriever):
    answer = retriever.search("Que pensent les conseillers du président français ?")
    top = answer.hits[0]
    assert len(top.units) == 2
    assert top.units[0].text.startswith("«Notre inquiétude")
    assert top.units[1].text.startswith("La balle est dans le camp")
    assert all(u.speakers[0].canonical == "conseillers d’Emmanuel Macron" for u in top.units)


def test_a_named_source_comes_first(retriever):
    answer = retriever.search("What did Minsk say?")
    assert answer.hits[0].unit.speakers[0].canonical == "Minsk"
    assert [m.canonical for m in answer.sources] == ["Minsk"]


@pytest.mark.parametrize(
    ("question", "speaker"),
    [("What did the Élysée say?", "Elysée"), ("Qu'a dit Paris ?", "Elysée")],
)
def test_asking_only_what_a_source_said_lists_its_statements(retriever, question, speaker):
    """Paris, l'Élysée and la présidence française are one source of the seed (issue 10)."""
    answer = retriever.search(question)
    assert answer.answered
    assert all(speaker in [s.canonical for s in hit.unit.speakers] for hit in answer.hits)


def test_asking_what_an_unquoted_source_said_is_not_answered_as_someone_else(retriever):
    answer = retriever.search("What did the CGT say?")
    assert not answer.answered


def test_hits_carry_neighbouring_sentences_and_the_article(retriever):
    answer = retriever.search("What was Minsk's position in the morning?")
    top = answer.hits[0]
    assert top.before and top.before[0].text.startswith("Le président russe a par ailleurs")
    assert top.article.title.startswith("ce que Emmanuel Macron")
    assert len(answer.hits) == 3 and len({h.unit.id for h in answer.hits}) == 3


@pytest.mark.parametrize(
    "question",
    ["How do I bake bread?", "Quelle est la capitale de l'Australie ?", "Tell me a joke"],
)
def test_questions_the_article_cannot_answer_are_refused(retriever, question):
    assert not retriever.search(question).answered


@pytest.mark.parametrize("question", ["", "   ", "\x00\x07", "?"])
def test_empty_or_junk_questions_are_not_answered(retriever, question):
    answer = retriever.search(question)
    assert not answer.answered


def test_a_huge_question_is_cut_not_fatal(retriever):
    answer = retriever.search("Bélarus " * 20_000)
    assert len(answer.question) <= MAX_QUESTION_CHARS
    assert answer.hits


def test_a_person_the_article_names_but_does_not_quote_is_said_to_be_unquoted(retriever):
    """Putin is the article's subject, but every sentence about him is the Élysée's or the
    Kremlin's account: asking what he said must not quote them as his words."""
    answer = retriever.search("Qu'a déclaré Vladimir Poutine sur les troupes ?")
    assert not answer.answered and answer.reason == "source_not_quoted"
    assert answer.unquoted == ("Vladimir Poutine",) and answer.hits == ()


def test_a_role_no_source_fits_is_not_answered_with_another_speakers_words(retriever):
    """No mayor of Minsk is quoted; "Minsk" (the Belarusian government) is. Its words are not
    the mayor's, however close to the topic; the advisers of "the French president" are
    Macron's advisers, a description that fits in part, and do answer."""
    assert not retriever.search(
        "What did the mayor of Minsk say about the Russian troops in Belarus?"
    ).answered
    answer = retriever.search("Que pensent les conseillers du président français ?")
    assert answer.answered and "conseillers" in answer.hits[0].unit.speakers[0].canonical


def test_a_source_asked_about_a_topic_its_article_never_writes_has_not_spoken_of_it(retriever):
    """The Kremlin speaks in the seed, but of gas nobody writes a word: asked in French what it
    said "sur le gaz", the bot refuses, however close its words on NATO; the Élysée "sur le
    Bélarus" it answers."""
    assert not retriever.search("Qu'a dit le Kremlin sur le gaz ?").answered
    answer = retriever.search("Qu'a dit l'Élysée sur le Bélarus ?")
    assert answer.answered and "Bélarus" in answer.hits[0].text


def test_the_source_asked_for_speaks_not_the_source_asked_about(retriever):
    answer = retriever.search("What did the Kremlin say about Minsk?")
    assert answer.answered
    assert answer.hits[0].unit.speakers[0].canonical == "Kremlin"


def test_a_role_in_english_reaches_the_french_source(retriever):
    answer = retriever.search("What do Macron's advisers think about diplomacy?")
    assert answer.answered
    assert "conseillers" in answer.hits[0].unit.speakers[0].canonical


@pytest.mark.parametrize("message", ["bonjour !", "merci", "ok", "who are you?"])
def test_small_talk_is_not_answered_with_a_quote(retriever, message):
    answer = retriever.search(message)
    assert answer.reason == "small_talk" and not answer.answered and answer.hits == ()


@pytest.mark.parametrize(
    "question", ["Kremlin ?", "qu'a dit l'elysee sur le belarus", "wat did elysee say abuot troops"]
)
def test_one_word_unaccented_or_misspelt_questions_are_answered(retriever, question):
    answer = retriever.search(question)
    assert answer.answered and answer.reason == "answered"


def first_speakers(answer) -> list[str]:
    """The canonical speakers of the answer's first passage, as a reader sees them."""
    return [s.canonical for s in answer.hits[0].unit.speakers]


def seed_index_with(real_embedder, index_copy: Path, tmp_path: Path, *texts: str) -> Retriever:
    """A copy of the seed index with more articles added, one by one, the way `/add` adds them."""
    import shutil

    from index.store import add_to_index

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    index = None
    for number, text in enumerate(texts):

        def write(name: str = f"added{number or ''}.txt", text: str = text) -> Path:
            path = seeds / name
            path.write_text(text, encoding="utf-8")
            return path

        index = add_to_index(seeds, index_copy, real_embedder, write)
    return Retriever(index, real_embedder)


def test_the_sites_furniture_and_the_articles_own_questions_never_answer(
    real_embedder, index_copy, tmp_path
):
    """Scraped text keeps a paywall prompt and an interviewer's question; asked something they
    seem to match, the bot answers from the article's prose or not at all."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Entretien avec une nageuse\n\n"
        "Quel regard portez-vous sur votre saison ?\n\n"
        "J'ai beaucoup nagé cette année et je suis fière de ma médaille.\n\n"
        "Vous êtes abonné(e) ? Identifiez-vous\n\n"
        "Lire la suite de l'article sur notre site\n",
    )
    for question in (
        "How do I log in to my subscription?",
        "Quel regard portez-vous sur la saison ?",
        "Où lire la suite ?",
    ):
        answer = retriever.search(question)
        texts = [hit.text for hit in answer.hits]
        assert not any("Identifiez-vous" in t or t.endswith("?") for t in texts), question
        assert not any(t.startswith("Lire la suite") for t in texts), question


def test_an_image_path_or_a_photo_credit_left_by_the_page_never_answers(
    real_embedder, index_copy, tmp_path
):
    """Scraped pages leave an image's path and its credit on lines of their own: whatever the
    question, the bot quotes the article's sentences, never "/2025/10/22/….jpg)"."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Vol au musée de Nancy : deux tableaux dérobés\n\n"
        "/2025/10/22/080-hl-jdupont-2927240-68f90ea9df8005.jpg)\n\n"
        "(Photo by Jean DUPONT / AFP via Getty Images)\n\n"
        "Deux tableaux ont été volés dimanche matin au musée des Beaux-Arts de Nancy.\n\n"
        "Quiconque les achèterait se rendrait coupable de recel, rappelle le parquet.\n",
    )
    for question in (
        "What happens to anyone who buys the stolen paintings?",
        "Show me the photo",
        "Qui a pris la photo ?",
    ):
        texts = [hit.text for hit in retriever.search(question).hits]
        assert not any(t.startswith(("/", "(Photo")) for t in texts), (question, texts)


def test_a_where_question_is_answered_by_the_sentence_that_names_the_place(
    real_embedder, index_copy, tmp_path
):
    """ "Où le suspect a-t-il été interpellé ?": the sentence that tells the arrest "à la gare
    de Perrache" answers, not the closer one that tells the arrests and only whose prosecutor
    announced them ("la procureure de Lyon")."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Braquage d'une bijouterie : deux suspects interpellés\n\n"
        "Les deux suspects du braquage ont été interpellés samedi, a annoncé la procureure de "
        "Lyon.\n\n"
        "Le premier, interpellé à la gare de Perrache juste avant de monter dans un train, est "
        "un Belge de 28 ans.\n\n"
        "Le butin n'a pas été retrouvé.\n",
    )
    answer = retriever.search("Où le premier suspect a-t-il été interpellé ?")
    assert answer.answered and "gare de Perrache" in answer.hits[0].text


def test_a_subheading_yields_to_the_body_sentence_that_says_it_in_other_forms(
    real_embedder, index_copy, tmp_path
):
    """ "Combien de visiteurs sont attendus ?": the subheading "14 millions de visiteurs
    attendus" repeats the question; the body sentence "on s'attend à 14 millions de visiteurs"
    says the same with other forms of its words, and says who expects them."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Le musée de Lyon rouvre en mars\n\n"
        "Après trois ans de travaux, le musée de Lyon rouvrira le 8 mars.\n"
        "14 millions de visiteurs attendus\n"
        "Le musée sera plus grand, car « on s'attend à 14 millions de visiteurs », a dit le "
        "directeur Paul Morel.\n",
    )
    answer = retriever.search("Combien de visiteurs sont attendus ?")
    assert answer.answered and answer.hits[0].text.startswith("Le musée sera plus grand")


def test_a_source_is_asked_for_by_a_role_the_article_gave_it_elsewhere(
    real_embedder, index_copy, tmp_path
):
    """The article calls her "maire de Villeneuve" in a sentence that quotes nobody, then
    quotes her as "elle" and "l'élue": asked for "the mayor", or by name about one topic, the
    bot answers with her words on that topic."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Villeneuve : le budget de la commune présenté au conseil\n\n"
        "Jeanne Morel, maire de Villeneuve, a présenté lundi soir le budget de la commune "
        "devant le conseil municipal réuni en séance publique.\n\n"
        "« Nous allons rénover les trois écoles du centre avant la rentrée », a-t-elle "
        "promis.\n\n"
        "Jeanne Morel a ensuite quitté la séance sous les applaudissements de ses soutiens.\n\n"
        "« La dette de la ville baissera de dix pour cent en deux ans », a ajouté l'élue.\n\n"
        "Le conseil votera le budget le 12 mars.\n",
    )
    for question, fragment in (
        ("What did the mayor say about the debt?", "La dette"),
        ("What did Jeanne Morel say about the schools?", "trois écoles"),
    ):
        answer = retriever.search(question)
        assert answer.answered, question
        assert fragment in answer.hits[0].text, question
        assert first_speakers(answer) == ["Jeanne Morel"], question


def test_a_role_placed_in_a_hyphenated_town_finds_the_source_of_that_town(
    real_embedder, index_copy, tmp_path
):
    """The article says where in its title and first sentence ("Saint-Martin-des-Prés"); the
    mayor is quoted as "l'élue" and "la maire": "the mayor of Saint-Martin-des-Prés" is her."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Crue à Saint-Martin-des-Prés : la rivière est sortie de son lit\n\n"
        "À Saint-Martin-des-Prés, l'eau se retirait lentement mercredi. Hélène Vautrin, la "
        "maire, faisait le tour du hameau.\n\n"
        "« Construire au bord de la rivière, je trouve que c'est risqué », déclare l'élue.\n",
    )
    answer = retriever.search("What did the mayor of Saint-Martin-des-Prés say about building?")
    assert answer.answered
    assert "Construire au bord" in answer.hits[0].text
    assert first_speakers(answer) == ["Hélène Vautrin"]


def test_an_english_adjective_of_place_finds_the_french_complement_of_the_role(
    real_embedder, index_copy, tmp_path
):
    """Two prefects speak; "the regional prefect" is "le préfet de région", whose words answer,
    not the police prefect's; "the priest" is the parish priest the article calls "le père …,
    curé de la paroisse"."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Incendie à Nîmes : un entrepôt détruit\n\n"
        "Un entrepôt a brûlé dans la nuit à Nîmes. « Les pompiers ont évité que le feu gagne "
        "les maisons », a déclaré le préfet de région Alain Cordier.\n\n"
        "« Le périmètre restera fermé jusqu'à demain », a ajouté le préfet de police Henri "
        "Bastide.\n\n"
        "Le père Luc Morin, curé de la paroisse voisine, a ouvert son église aux sinistrés. « Ils "
        "resteront ici le temps qu'il faudra », a-t-il promis.\n",
    )
    answer = retriever.search("What did the regional prefect say?")
    assert answer.answered
    assert first_speakers(answer) == ["Alain Cordier"]
    answer = retriever.search("What did the priest promise?")
    assert answer.answered
    assert first_speakers(answer) == ["Luc Morin"]


def test_a_role_given_by_est_and_a_count_the_passage_does_not_give(
    real_embedder, index_copy, tmp_path
):
    """ "Le professeur Paul X est épidémiologiste" makes him "the epidemiologist"; "how many
    died according to the minister" is not answered with her sentence that only has a date."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Grippe : le pic approche\n\n"
        "Le professeur Paul Ménard est épidémiologiste à l'Inserm. Il suit l'épidémie chaque "
        "hiver depuis vingt ans.\n\n"
        "« Le pic arrivera sans doute avant la rentrée des classes », estime-t-il.\n\n"
        "« Le bilan sera probablement lourd cette année », avait prévenu la ministre de la "
        "Santé, Claire Dumas, le 11 janvier.\n",
    )
    answer = retriever.search("What did the epidemiologist say about the peak?")
    assert answer.answered and "Le pic arrivera" in answer.hits[0].text
    assert first_speakers(answer) == ["Paul Ménard"]
    answer = retriever.search("Combien de morts la grippe a-t-elle fait selon Claire Dumas ?")
    assert not answer.answered


def test_in_a_many_article_index_the_article_the_question_names_answers(
    real_embedder, index_copy, tmp_path
):
    """Two fire reports quote "un voisin" alike; asked for the neighbour "in Brest" or "à
    Lyon", the bot answers from the article about that town, not the closer-worded other."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Incendie dans un immeuble à Lyon\n\n"
        "Un incendie a ravagé mardi un immeuble du centre de Lyon. « J'ai vu les flammes "
        "sortir par les fenêtres du troisième étage », raconte un voisin.\n",
        "Incendie dans un immeuble à Brest\n\n"
        "Un incendie a détruit mardi un appartement du port de Brest. « J'ai entendu "
        "l'alarme et j'ai vu de la fumée dans l'escalier », raconte un voisin.\n",
    )
    for question, fragment in (
        ("What did the neighbour in Brest see?", "l'alarme"),
        ("Qu'a vu le voisin à Lyon ?", "les flammes"),
    ):
        answer = retriever.search(question)
        assert answer.hits and fragment in answer.hits[0].text, question


def test_a_role_given_in_an_incise_inside_the_quotation_marks_finds_the_speaker(
    real_embedder, index_copy, tmp_path
):
    """ "« …, confirme Gloria, la gardienne de l'immeuble, encore sous le choc. … »": the press
    leaves the incise inside the marks; the role it gives is still hers to be asked by."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Incendie rue des Lilas : l'immeuble évacué\n\n"
        "« Tout le monde est descendu dans la cour en pyjama, confirme Gloria, la gardienne "
        "de l'immeuble, encore sous le choc. Les pompiers sont arrivés en dix minutes. »\n",
    )
    answer = retriever.search("Qu'a dit la gardienne de l'immeuble ?")
    assert answer.answered
    assert first_speakers(answer) == ["Gloria"]
    assert "gardienne" in " ".join(answer.hits[0].unit.speakers[0].roles)


def test_an_official_asked_for_in_english_is_the_role_written_after_the_name(
    real_embedder, index_copy, tmp_path
):
    """ "Hormis ces cas, Patrick Roux secrétaire général adjoint de la FNSEA n'a pas eu
    connaissance …": the role after the name, with no comma and words before it that are no
    role, is his; "the FNSEA official" is that person, as "le responsable de la FNSEA" is."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Loups : le Cantal relativement épargné\n\n"
        "Hormis ces deux cas, Patrick Roux secrétaire général adjoint de la FNSEA n'a pas eu "
        "connaissance d'autres attaques. « Le Cantal est relativement épargné par les loups », "
        "estime-t-il.\n",
    )
    for question in ("What did the FNSEA official say?", "Qu'a dit le responsable de la FNSEA ?"):
        answer = retriever.search(question)
        assert answer.answered, question
        assert first_speakers(answer) == ["Patrick Roux"], question
        assert "secretaire general adjoint de fnsea" in answer.hits[0].unit.speakers[0].roles


def test_a_source_asked_for_by_the_company_its_article_names_is_found(
    real_embedder, index_copy, tmp_path
):
    """ "the Dufresne employee" and "the Dufresne site director Paul Girard": the company is
    in the article's title, not in the words that name the source, which are still theirs."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Vierzon : le groupe Dufresne ferme son usine\n\n"
        "Tôt ce jeudi, la direction est entrée dans l'usine sous les sifflets. « On ne sait pas "
        "ce qui va nous arriver. Qui va nous embaucher après 50 ans ? », s'inquiète une "
        "salariée.\n\n"
        "« Je comprends à quel point c'est un choc pour vos familles », est venu dire devant le "
        "portail le directeur du site, Paul Girard, entouré de ses salariés.\n",
    )
    answer = retriever.search("What did the Dufresne employee say about finding work?")
    assert answer.answered
    assert "embaucher après 50 ans" in answer.hits[0].text
    answer = retriever.search("What did the Dufresne site director Paul Girard say?")
    assert answer.answered
    assert first_speakers(answer) == ["Paul Girard"]
    assert not retriever.search("What did the Vernier employee say?").answered


def test_an_interview_answer_is_found_by_the_words_of_the_question_it_answers(
    real_embedder, index_copy, tmp_path
):
    """ "Comment avez-vous accueilli les polémiques sur l'aménagement du parvis ?" then "M. D. :
    Je les ai trouvées absurdes.": the topic is in the interviewer's question, not in the
    answer; asked about those polemics, the bot quotes that answer, not the interviewee's other
    words."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Reconstruire le stade : « un combat quotidien »\n\n"
        "Le directeur du chantier, Marc Delorme, répond à nos questions.\n\n"
        "Êtes-vous serein pour la fin du chantier ?\n\n"
        "Marc Delorme : Je suis confiant. Nous tiendrons le délai de trois ans fixé par la "
        "mairie. Les équipes travaillent sept jours sur sept. Nous avons revu l'aménagement "
        "des tribunes pour gagner du temps. Ce que pensent les gens du chantier compte pour "
        "moi.\n\n"
        "Comment avez-vous accueilli les polémiques sur l'aménagement du parvis ?\n\n"
        "M. D. : Je les ai trouvées absurdes et finalement assez tristes. Le stade est avant "
        "tout un lieu de fête.\n",
    )
    answer = retriever.search("Que dit Marc Delorme de la polémique du parvis ?")
    assert answer.answered
    assert answer.hits[0].text.startswith("M. D. : Je les ai trouvées absurdes")
    assert first_speakers(answer) == ["Marc Delorme"]


def test_a_road_number_is_no_count_and_a_name_before_a_role_is_the_person(
    real_embedder, index_copy, tmp_path
):
    """ "Combien de marins ont été interpellés sur la N165 ?": a sentence whose only digits name
    a road or an exit ("la N165", "la sortie n°3") and whose only "une" is an article gives no
    count, so the bot stays silent; asked how many trawlers stayed in port, it gives the
    sentence with the number. "Yannick the skipper"
    is Yannick, whatever role the article gave him."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Pêche : les marins bloquent le port de Lorient\n\n"
        "Les marins-pêcheurs ont passé la nuit sur le quai, devant la criée, après une "
        "première journée de blocage de la route N165, au niveau de la sortie n°3.\n\n"
        "Quelque 80 chalutiers sont restés à quai mardi.\n\n"
        "« Nous ne repartirons pas en mer sans garanties », prévient Yannick, patron pêcheur "
        "de 52 ans.\n\n"
        "La préfecture annonce une réunion avec les marins jeudi sur France 3.\n",
    )
    for question in (
        "Combien de marins ont été interpellés sur la N165 ?",
        "How many fishermen were arrested on the N165?",
    ):
        assert not retriever.search(question).answered, question
    answer = retriever.search("Combien de chalutiers sont restés à quai ?")
    assert answer.answered and answer.hits[0].text.startswith("Quelque 80 chalutiers")
    answer = retriever.search("What did Yannick the skipper say?")
    assert answer.answered and answer.reason == "answered"
    assert first_speakers(answer) == ["Yannick"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did the CGT union write in its leaflet?", "trois réunions stériles"),
        ("Qu'a promis la CGT ?", "aucune grève à Noël"),
        ("What did the CGT add?", "cent euros"),
        ("What does the CGT urge the inspectors to do?", "appelle les contrôleurs"),
    ],
)
def test_the_verb_a_question_asks_with_finds_that_statement(
    real_embedder, index_copy, tmp_path, question, expected
):
    """A source quoted several times: "what did X write / promise / add" wants the sentence
    whose verb is that one ("a-t-il écrit", "a promis", "a ajouté"), not X's nearest other
    statement."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Grève des contrôleurs : la CGT durcit le ton\n\n"
        "La CGT appelle les contrôleurs à la grève le week-end prochain. « La direction ne "
        "nous écoute pas », déclare le syndicat.\n\n"
        "Le syndicat a mis sa menace à exécution après « trois réunions stériles », a-t-il "
        "écrit dans un tract. « Nous voulons de meilleurs plannings », a-t-il affirmé.\n\n"
        "« Il n'y aura aucune grève à Noël », a promis la CGT. « Et nous demandons cent euros "
        "de plus par mois », a-t-elle ajouté.\n",
    )
    answer = retriever.search(question)
    assert answer.answered and expected in answer.hits[0].text


def test_a_price_question_wants_a_sum_not_a_count(real_embedder, index_copy, tmp_path):
    """ "Combien coûte une boîte de sirop ?" over an article that counts boxes but prices none:
    a count is no price, so the bot says the articles do not answer; asked how many boxes are
    left, it gives the count."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Pénurie de sirop dans les pharmacies de Brest\n\n"
        "Les pharmacies de Brest manquent de sirop pour enfants depuis un mois.\n\n"
        "Il ne reste plus qu'une vingtaine de boîtes de sirop à la pharmacie du port, selon "
        "son gérant.\n\n"
        "« On reçoit les cartons au compte-gouttes », explique Anne Kerbrat, pharmacienne.\n",
    )
    for question in ("Combien coûte une boîte de sirop ?", "How much does a box of syrup cost?"):
        answer = retriever.search(question)
        assert not answer.answered and answer.reason == "not_in_articles", question
    answer = retriever.search("Combien de boîtes de sirop reste-t-il à la pharmacie du port ?")
    assert answer.answered and "une vingtaine de boîtes" in answer.hits[0].text


def test_a_name_with_an_apostrophe_inside_is_the_source_it_names(
    real_embedder, index_copy, tmp_path
):
    """ "Olivier Dall'Oglio", "N'Golo Kanté": the apostrophe is part of the name, so asking
    what they said finds their words, not a reply that nobody by that name is quoted."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Dijon tient le nul à Lille\n\n"
        "« À la mi-temps, j'étais très inquiet », a reconnu Olivier Dall'Oglio, l'entraîneur de "
        "Dijon.\n\n"
        "« On a manqué de justesse devant le but », a regretté N'Golo Kanté après le match.\n",
    )
    answer = retriever.search("How did Olivier Dall'Oglio feel at half-time?")
    assert answer.answered and answer.reason == "answered"
    assert first_speakers(answer) == ["Olivier Dall'Oglio"]
    answer = retriever.search("Qu'a dit N'Golo Kanté ?")
    assert answer.answered and "manqué de justesse" in answer.hits[0].text


def test_a_source_asked_about_another_articles_topic_has_not_spoken_of_it(
    real_embedder, index_copy, tmp_path
):
    """A pharmacist quoted about syrup in Brest, asked what she said about the Donbass, which
    only the other article writes: she said nothing of it, so the bot does not put her words
    forward; asked about Brest, her article's own topic, she answers."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Pénurie de sirop dans les pharmacies de Brest\n\n"
        "Les pharmacies de Brest manquent de sirop pour enfants depuis un mois.\n\n"
        "« On reçoit les cartons au compte-gouttes », explique Anne Kerbrat, pharmacienne à "
        "Brest.\n",
    )
    for question in (
        "What did Anne Kerbrat say about the Donbass?",
        "Qu'a dit Anne Kerbrat sur le Donbass ?",
    ):
        answer = retriever.search(question)
        assert not answer.answered and answer.reason == "not_in_articles", question
    answer = retriever.search("What did Anne Kerbrat say about the deliveries in Brest?")
    assert answer.answered and "compte-gouttes" in answer.hits[0].text


def test_a_question_for_a_sum_takes_the_close_passage_that_gives_one(
    real_embedder, index_copy, tmp_path
):
    """ "How much was the foal worth?": the passage that tells of the foal's death is closest
    to the question's words, but the next one gives the sum; that one answers."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Un poulain tué par un loup dans le Jura\n\n"
        "Dans le Jura, un poulain de trois jours a été tué par un loup dans la nuit de lundi à "
        "mardi.\n\n"
        "Son propriétaire, qui évalue sa perte à 2 500 €, s'inquiète pour le reste du "
        "troupeau.\n",
    )
    answer = retriever.search("How much was the foal worth to its owner in the Jura?")
    assert answer.answered and "2 500 €" in answer.hits[0].text


def test_a_count_told_in_the_next_sentence_is_quoted_with_the_sentence_it_counts(
    real_embedder, index_copy, tmp_path
):
    """ "Quelle part … ?": the sentence that names what is asked about gives no share; the next
    sentence of its paragraph does, with a pronoun for it. The two are quoted together, not a
    sentence of another paragraph that merely holds a number."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Les boulangers de Lyon en grève\n\n"
        "Plusieurs centaines de clients ont trouvé porte close, selon la chambre des métiers.\n\n"
        "Les boulangers de Lyon ont baissé le rideau samedi et dimanche pour protester contre le "
        "prix de l'énergie. Le mouvement a été suivi par près de 60 % d'entre eux.\n",
    )
    answer = retriever.search("Quelle part des boulangers de Lyon a baissé le rideau ce week-end ?")
    assert answer.answered
    assert "60 %" in answer.hits[0].text and "baissé le rideau" in answer.hits[0].text


def test_a_role_given_with_a_possessive_names_the_organisation_before_it(
    real_embedder, index_copy, tmp_path
):
    """ "La fédération des chasseurs exige … Paul Girard, son président, souligne : « … »":
    asked what the president of the hunters' federation said, the bot gives Paul Girard's
    words, not a reply that nobody in that role is quoted."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Les chasseurs demandent des battues\n\n"
        "La fédération départementale des chasseurs exige des battues contre les sangliers. "
        "Paul Girard, son président, souligne : « Les cultures sont ravagées chaque nuit. »\n",
    )
    for question in (
        "Qu'a dit le président de la fédération des chasseurs ?",
        "What did the president of the hunters' federation say?",
    ):
        answer = retriever.search(question)
        assert answer.answered, question
        assert first_speakers(answer) == ["Paul Girard"], question


def test_a_phone_line_is_no_count_and_a_demand_is_what_was_claimed(
    real_embedder, index_copy, tmp_path
):
    """ "appeler le 15" names a phone line: asked how many doctors are missing, the bot gives
    the sentence that counts them. Asked what the strikers demand, it gives what they
    "revendiquent", not what they noticed."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Les urgences de Vierzon filtrent les patients\n\n"
        "Au centre hospitalier de Vierzon, les urgences sont ouvertes, mais il faut appeler le "
        "15 auparavant. Il manque ici 12 médecins urgentistes.\n\n"
        "Les assistants de régulation médicale du Samu décrochent quand on appelle le 15. En "
        "grève depuis lundi, les assistants revendiquent « des effectifs à la hauteur des "
        "besoins ». Depuis un an, les assistants ont constaté une hausse de l'activité.\n",
    )
    answer = retriever.search("Combien de médecins urgentistes manque-t-il à Vierzon ?")
    assert answer.answered and "12 médecins" in answer.hits[0].text
    answer = retriever.search("What do the striking call assistants demand?")
    assert answer.answered and "revendiquent" in answer.hits[0].text


def test_a_question_for_a_length_takes_the_passage_that_gives_one(
    real_embedder, index_copy, tmp_path
):
    """ "Pendant combien de temps … ?": the lead tells when it happened (a clock time, a night)
    and a later sentence how long it lasts; that one answers."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Coupure d'électricité à Quimper : les écoles fermées\n\n"
        "Vers 3h, dans la nuit de lundi à mardi, les écoles de Quimper ont été fermées après "
        "une coupure d'électricité.\n\n"
        "« Nous garderons les établissements clos pendant 48 heures », a indiqué la maire, "
        "Claire Le Goff. Les parents ont été prévenus par SMS.\n",
    )
    answer = retriever.search("Pendant combien de temps les écoles de Quimper sont-elles fermées ?")
    assert answer.answered and "48 heures" in answer.hits[0].text


def test_a_ransom_question_wants_a_sum(real_embedder, index_copy, tmp_path):
    """ "Quelle rançon … ?" asks for a sum: over an article that tells of a ransom but gives no
    amount, the bot says the articles do not answer."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Cyberattaque contre la mairie de Vannes\n\n"
        "La mairie de Vannes a été victime d'une cyberattaque dans la nuit de samedi. Les "
        "données de plus de 40.000 habitants ont été dérobées.\n\n"
        "Les pirates ont réclamé une rançon, mais la mairie refuse de payer, a indiqué le "
        "maire, Jean Le Bihan.\n",
    )
    for question in (
        "Quelle rançon a été demandée à la mairie de Vannes ?",
        "What ransom did the hackers demand from Vannes?",
    ):
        answer = retriever.search(question)
        assert not answer.answered and answer.reason == "not_in_articles", question


def test_a_second_role_after_a_party_aside_finds_the_speaker(real_embedder, index_copy, tmp_path):
    """ "Christophe X, président (DVG) de la métropole et maire de Pont-de-Claix": asked what
    the mayor of Pont-de-Claix said, or what a woman shouted, the bot gives their words."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "L'usine de papier de Lannion fermera en juin\n\n"
        "La direction a annoncé jeudi la fermeture de l'usine de papier de Lannion.\n\n"
        "« C'est un coup dur pour tout le bassin d'emploi », a déclaré à l'AFP Erwan Kerhervé, "
        "président (DVG) de l'agglomération et maire de Perros-Guirec.\n\n"
        "« C'est une honte ! », a hurlé une femme devant les grilles.\n",
    )
    for question in (
        "What did the mayor of Perros-Guirec say?",
        "Qu'a dit le maire de Perros-Guirec ?",
    ):
        answer = retriever.search(question)
        assert answer.answered, question
        assert first_speakers(answer) == ["Erwan Kerhervé"], question
    answer = retriever.search("What did a woman shout in front of the gates?")
    assert answer.answered and "C'est une honte" in answer.hits[0].text


def test_a_quoted_question_answers_what_was_asked_and_a_heading_yields_to_its_sentence(
    real_embedder, index_copy, tmp_path
):
    """A source's question in quotation marks answers "what question did X ask" and nothing
    else; a heading that repeats a statement's words gives way to the sentence that says who
    made it."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Piscine de Vannes : les usagers en colère\n\n"
        "La question que l'association des usagers a posée aux élus était : « Pourquoi fermer "
        "le bassin tout l'été ? »\n\n"
        "« Une décision ni concertée, ni expliquée »\n\n"
        "« Nous découvrons une décision ni concertée, ni expliquée, ni nécessaire », ont dénoncé "
        "les usagers dans un communiqué.\n",
    )
    asked = retriever.search("Quelle question l'association des usagers a-t-elle posée aux élus ?")
    assert asked.answered and "Pourquoi fermer le bassin" in asked.hits[0].text
    judged = retriever.search("Pourquoi les usagers jugent-ils la décision ni concertée ?")
    assert judged.hits[0].text.endswith("dans un communiqué.")
    closed = retriever.search("Pourquoi fermer le bassin tout l'été ?")
    assert not any("Pourquoi fermer" in hit.text for hit in closed.hits)


def test_a_town_asked_by_the_first_part_of_its_name_picks_its_article(
    real_embedder, index_copy, tmp_path
):
    """ "à Saint-Gervais" for an article that writes "Saint-Gervais-les-Bains": the guide of
    that article answers, not the guide of the other avalanche."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Avalanche à Saint-Gervais-les-Bains\n\n"
        "Une coulée a emporté deux skieurs jeudi à Saint-Gervais-les-Bains. « La neige "
        "reste instable sur les pentes exposées au nord », explique un guide.\n",
        "Avalanche à Chamonix\n\n"
        "Une coulée a emporté un skieur jeudi à Chamonix. « Le manteau neigeux est fragile : "
        "ce manteau neigeux a souffert du redoux », explique un guide.\n",
    )
    answer = retriever.search("Qu'explique le guide sur le manteau neigeux à Saint-Gervais ?")
    assert answer.hits and "pentes exposées au nord" in answer.hits[0].text


def test_a_why_question_is_answered_by_the_sentence_that_gives_the_cause(
    real_embedder, index_copy, tmp_path
):
    """ "Why was Lucas not operated on?": the sentence of his quotation that says "à cause d'une
    panne" answers, not the narration that names him and tells only that he went home; and
    the question is still answered (the decision reads the closest passage, which shares the
    question's words)."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Panne informatique à l'hôpital de Dax\n\n"
        "C'est une mauvaise surprise pour Lucas ce mardi matin : à peine arrivé à l'hôpital de "
        "Dax pour être opéré, il a dû rentrer chez lui. \"On devait m'opérer du genou. Et on m'a "
        "dit que tout était reporté à cause d'une panne des ordinateurs\", raconte-t-il.\n\n"
        "Un tiers des opérations a été déprogrammé. Une cellule de crise a été ouverte.\n",
    )
    answer = retriever.search("Pourquoi Lucas n'a-t-il pas été opéré ?")
    assert answer.answered
    assert "à cause d'une panne" in answer.hits[0].unit.text


def test_an_english_noun_before_the_role_names_the_office(real_embedder, index_copy, tmp_path):
    """ "the police chief of Dax" is "le chef de la police": the hospital's director, whose
    role shares "chief" and the town, is another person and his words no answer; "the hospital
    director" is he."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Cyberattaque à l'hôpital de Dax\n\n"
        "L'hôpital de Dax a été visé lundi par une cyberattaque. « Nous avons coupé tout le "
        "réseau par précaution », a déclaré Marc Olivier, le directeur de l'hôpital de Dax.\n",
    )
    answer = retriever.search("What did the police chief of Dax say?")
    assert not answer.answered
    answer = retriever.search("What did the hospital director say?")
    assert answer.answered
    assert first_speakers(answer) == ["Marc Olivier"]


def test_a_body_asked_for_by_its_bracketed_short_name_or_in_english(
    real_embedder, index_copy, tmp_path
):
    """ "le président de la Fédération … (Fapa)" is asked for as "le président de la Fapa", and
    "la Direction générale de l'aviation civile" as "the civil aviation authority": both reach
    the sentence their words are in."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Grève dans les aéroports\n\n"
        "« On nous annonce 60 % de vols supprimés à Lyon », a déclaré le président de la "
        "Fédération des aéroports de province et d'Auvergne (Fapa).\n\n"
        "La Direction générale de l'aviation civile a invité « les passagers à reporter leur "
        "voyage ».\n",
    )
    answer = retriever.search("Qu'a dit le président de la Fapa ?")
    assert answer.answered and "60 %" in answer.hits[0].unit.text
    answer = retriever.search("What did the civil aviation authority tell passengers?")
    assert answer.answered and "reporter leur voyage" in answer.hits[0].unit.text


def test_an_institution_asked_for_by_its_english_name_inside_a_role(
    real_embedder, index_copy, tmp_path
):
    """ "the Red Cross president" is the person the article calls "la présidente départementale
    de la Croix Rouge": her words answer, and she is not "a source nobody quotes"."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Inondations dans le Nord\n\n"
        "« Nous avons ouvert douze centres d'hébergement », a déclaré la présidente "
        "départementale de la Croix Rouge, Anne Vasseur.\n",
    )
    answer = retriever.search("What did the Red Cross president say?")
    assert answer.answered
    assert first_speakers(answer) == ["Anne Vasseur"]


def test_the_topic_tells_apart_the_statements_of_the_source_asked_for(
    real_embedder, index_copy, tmp_path
):
    """ "Qu'a dit X sur les gardes ?": the sentence that names X shares the question's name
    words, but the one of his statements that speaks of night duty answers."""
    retriever = seed_index_with(
        real_embedder,
        index_copy,
        tmp_path,
        "Manque de médicaments dans les pharmacies de Quimper\n\n"
        "Des manques sur les étagères des officines : cela touche surtout les sirops pour "
        "enfants, confirme un pharmacien du Finistère.\n\n"
        "Que se passe-t-il quand un patient ne peut pas avoir son médicament ? « Dans la "
        "journée, quand on est plusieurs, on arrive à se procurer presque tout, on trouve des "
        "solutions en téléphonant au médecin pour changer l'ordonnance, selon chaque cas », "
        "tempère Jean-Jacques Morvan. « Là où c'est plus dur, c'est quand on est en service de "
        "garde, devant un papa très inquiet, et qu'on n'a pas de sirop contre la fièvre. "
        "Jusqu'ici, on a demandé aux grossistes de livrer des stocks en avance. »\n\n"
        "Sans ordonnance, c'est plus compliqué : « On doit trier les demandes, on a quatre "
        "flacons en réserve, donc presque rien. C'est la débrouille. »\n",
    )
    answer = retriever.search("Qu'a dit Jean-Jacques Morvan sur les gardes ?")
    assert answer.answered
    assert "service de garde" in answer.hits[0].unit.text
