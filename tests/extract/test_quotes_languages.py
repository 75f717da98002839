"""Quotes in every language: kinds, speakers from each language's reporting clause, names
made whole. The texts are written for these tests."""

import pytest

from storyline.extract.quotes import find_quotes, lexicon


def _quotes(text, language, entities=()):
    return find_quotes(text, "a1", None, list(entities), language=language)


def _one(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return hits[0]


@pytest.mark.parametrize(
    "language, text, words, speaker",
    [
        ("nl", "„We openen de brug pas in het voorjaar”, zegt wethouder Pieter de Wolf.", "brug", "Pieter de Wolf"),
        ("nl", "„De rente blijft voorlopig hoog”, aldus Femke Jansen, econoom bij Delta Invest.", "rente", "Femke Jansen"),
        ("fr", "« Nous ne fermerons aucune école », a déclaré la rectrice Odile Marchand jeudi.", "école", "Odile Marchand"),
        ("fr", "« Le chantier prendra deux ans », a précisé à l'agence Presse Ouest le maire de Brissac, Paul Aubry.",
         "chantier", "Paul Aubry"),
        ("es", "—No vamos a subir las tarifas —dijo Lucía Ferrer, directora de la compañía.", "tarifas", "Lucía Ferrer"),
        ("es", '"El puente estará listo en mayo", aseguró el alcalde de Soria, Andrés Vidal.', "puente", "Andrés Vidal"),
        ("de", "„Die Strecke bleibt bis Freitag gesperrt“, sagte Bahnsprecherin Jana Krüger am Morgen.", "Strecke",
         "Jana Krüger"),
        ("tr", 'Belediye Başkanı Selin Aydın, "Su kesintisi yarın sona erecek" dedi.', "kesintisi", "Selin Aydın"),
        ("tr", '"Yeni hat iki yıl içinde açılacak" dedi Murat Kaya.', "hat", "Murat Kaya"),
        ("it", '"Il ponte riaprirà a giugno", ha detto l\'assessore Marco Bellini ai giornalisti.', "ponte", "Marco Bellini"),
        ("pt", '"Vamos reabrir a fábrica em março", disse o diretor Rui Alves, da empresa Lusotex.', "fábrica", "Rui Alves"),
        ("pl", "Burmistrz Anna Nowicka powiedziała: „Szkoła zostanie otwarta we wrześniu”.", "Szkoła", "Anna Nowicka"),
        ("pl", "„Woda opada powoli” – mówi Tomasz Wrona, hydrolog z Opola.", "Woda", "Tomasz Wrona"),
        ("en", 'Elena Morris: "We will not sell the stadium."', "stadium", "Elena Morris"),
    ],
)
def test_speaker_in_each_language_style(language, text, words, speaker):
    q = _one(_quotes(text, language), words)
    assert q.speaker == speaker
    assert q.kind == "direct"


def test_role_alone_names_the_person_it_was_given_to():
    text = ("La consejera de Sanidad, Marta Ibáñez, visitó el hospital el lunes.\n"
            '"Hemos reforzado todas las plantillas", afirmó la responsable regional.')
    q = _one(_quotes(text, "es"), "plantillas")
    assert q.speaker == "Marta Ibáñez"


def test_surname_only_takes_the_full_name_seen_in_the_article():
    text = ("Le ministre Henri Lavaud a visité le port.\n"
            "« Les quais seront rénovés », a affirmé M. Lavaud devant les dockers.")
    q = _one(_quotes(text, "fr"), "quais")
    assert q.speaker == "Henri Lavaud"


def test_particles_keep_the_whole_surname():
    text = "„We kiezen voor groei”, zei topvrouw Anke van der Berg van Noordbank, die de leiding krijgt."
    q = _one(_quotes(text, "nl"), "groei")
    assert q.speaker == "Anke van der Berg"


def test_dropped_subject_continues_the_previous_speaker():
    text = ('"Seguimos cavando toda la noche", dijo el bombero Diego Soto.\n'
            '"Bajamos por ellos y los sacamos a todos", añadió.')
    q = _one(_quotes(text, "es"), "Bajamos")
    assert q.speaker == "Diego Soto"


def test_partial_quote_inside_reported_speech():
    text = ('La empresa Transportes Ribera aseguró que sus conductores "respetaron cada límite de horas" '
            "y que los camiones habían sido revisados.")
    q = _one(_quotes(text, "es"), "límite de horas")
    assert q.kind == "partial"
    assert q.speaker == "Transportes Ribera"


def test_dash_signature_after_a_quotation():
    text = "“The new library changed our street.” ― Olga Brandt\n“We waited ten years for it.” ― Samuel Oyelowo"
    qs = _quotes(text, "en")
    assert _one(qs, "library").speaker == "Olga Brandt"
    assert _one(qs, "waited").speaker == "Samuel Oyelowo"


def test_quoted_defined_term_is_no_quote():
    text = 'Nordhaven Holding N.V. ("Nordhaven") said on Monday it would buy Keller AG.'
    assert not [q for q in _quotes(text, "en") if q.text == "Nordhaven"]


def test_a_place_after_a_preposition_is_not_the_speaker():
    text = "« Rien ne sera décidé avant l'été », a dit jeudi à Lyon la porte-parole Inès Garnier."
    q = _one(_quotes(text, "fr"), "Rien")
    assert q.speaker == "Inès Garnier"


def test_speaker_is_never_a_clause_or_a_page_label():
    text = 'Trending: "Ten ways to cut your energy bill this winter, ranked by savings"'
    for q in _quotes(text, "en"):
        assert q.speaker is None or "trending" not in q.speaker.lower()


def test_lexicon_holds_each_languages_verbs():
    assert lexicon("pl").verbs.search("– powiedziała")
    assert lexicon("tr").verbs.search("diye konuştu")
    assert not lexicon("de").verbs.search("dijo")


def test_head_final_clause_takes_its_last_part_and_an_unnamed_role_stays_unnamed():
    text = ("Bakan Ayşe Tan dün istifa etti.\n"
            'Meclis Plan ve Bütçe Komisyonu üyesi bir milletvekili, "Açıklama yapılmalı" dedi.')
    q = _one(_quotes(text, "tr"), "Açıklama")
    assert q.speaker == "milletvekili"


def test_indefinite_role_is_not_the_last_named_holder():
    text = ("Minister Jane Holt opened the bridge.\n"
            '"It should have been done years ago," a minister from the opposition said.')
    q = _one(_quotes(text, "en"), "years ago")
    assert q.speaker != "Jane Holt"


def test_role_with_its_organisation_then_the_name_in_apposition():
    text = ("Le président du syndicat CGA, Hugo Ferrand, a dénoncé une réforme qui « ne règle rien ».")
    q = _one(_quotes(text, "fr"), "ne règle rien")
    assert q.kind == "partial"
    assert q.speaker == "Hugo Ferrand"


def test_title_without_period_is_not_part_of_the_name():
    text = '"The river rose in an hour," said Ms Okafor, who runs the bakery.'
    q = _one(_quotes(text, "en"), "river rose")
    assert q.speaker == "Okafor"


@pytest.mark.parametrize(
    "language, text, words, speaker",
    [
        ("fr", "La ministre Odile Marchand a déclaré jeudi que les écoles rouvriraient lundi.", "écoles", "Odile Marchand"),
        ("es", "El alcalde Andrés Vidal dijo que el puente estará listo en mayo.", "puente", "Andrés Vidal"),
        ("de", "Bahnsprecherin Jana Krüger sagte, dass die Strecke bis Freitag gesperrt bleibt.", "Strecke", "Jana Krüger"),
        ("nl", "Wethouder Pieter de Wolf zei dat de brug pas in het voorjaar opengaat.", "brug", "Pieter de Wolf"),
        ("it", "L'assessore Marco Bellini ha detto che il ponte riaprirà a giugno.", "ponte", "Marco Bellini"),
        ("pl", "Burmistrz Anna Nowicka powiedziała, że szkoła zostanie otwarta we wrześniu.", "szkoła", "Anna Nowicka"),
    ],
)
def test_reported_speech_in_each_language(language, text, words, speaker):
    q = _one(_quotes(text, language), words)
    assert q.kind == "indirect" and not q.direct
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Selon le maire Paul Roux, « les travaux dureront deux ans »."),
        ("es", 'Según el alcalde Paul Roux, "las obras durarán dos años".'),
    ],
)
def test_according_to_names_the_source_of_the_quotation(language, text):
    q = _quotes(text, language)[0]
    assert q.speaker == "Paul Roux" and q.kind == "direct"


@pytest.mark.parametrize(
    "language, text, words, speaker",
    [
        ("de", "Landrätin Petra Ost besuchte den Ort. „Wir helfen sofort allen“, sagte sie.", "helfen", "Petra Ost"),
        ("nl", 'Burgemeester Eva Smit sprak de bewoners toe. "We blijven hier wonen", zei ze.', "blijven", "Eva Smit"),
        ("fr", "La ministre Claire Aubert était sur place. « Nous serons là demain », a-t-elle assuré.", "serons",
         "Claire Aubert"),
        ("it", 'Il sindaco Luca Neri ha visitato la zona. "Siamo vicini alle famiglie", ha aggiunto.', "famiglie",
         "Luca Neri"),
        ("pt", 'O ministro Rui Lopes visitou a zona. "Estamos todos juntos nisto", disse.', "juntos", "Rui Lopes"),
        ("pl", "Wojewoda Jan Kos odwiedził szpital.\n– Sytuacja jest stabilna – powiedział dziennikarzom.", "stabilna",
         "Jan Kos"),
    ],
)
def test_dropped_or_verb_bound_subject_is_the_person_introduced(language, text, words, speaker):
    assert _one(_quotes(text, language), words).speaker == speaker


def test_a_subject_that_is_neither_name_nor_role_is_not_replaced_by_the_last_person():
    text = 'Minister Jane Holt spoke first.\n"The vote is postponed," the statement said.'
    assert _one(_quotes(text, "en"), "postponed").speaker != "Jane Holt"


def test_quoted_bare_name_is_no_quote_in_english_either(extract):
    x = extract('"Halvard Bank," he said when asked who was to blame.')
    assert not [q for q in x.quotes if q.kind != "indirect" and "Halvard" in q.text]
