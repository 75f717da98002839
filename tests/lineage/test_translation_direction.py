"""Translations between any two languages, direction from evidence, provenance cues in several languages."""

from __future__ import annotations

import pytest

from storyline.lineage import LineageDetector, cues
from storyline.lineage.drift import numbers
from storyline.model import Article, DateCandidate, LineageEdge
from storyline.options import Options

FRENCH = (
    "Un séisme de magnitude 6,1 a frappé mardi à l'aube la province côtière de Valdora, faisant au moins 57 morts.\n"
    "La secousse s'est produite à 4h12 heure locale, à environ 30 kilomètres au sud de la ville portuaire de Marren.\n"
    "Le ministre de l'Intérieur, Lavrov, a indiqué que les secours fouillaient les immeubles effondrés dans trois quartiers.\n"
    "« Nous faisons tout notre possible pour atteindre les personnes coincées sous les décombres », a déclaré Lavrov.\n"
    "Les hôpitaux de Marren auraient manqué de sang et ont appelé les habitants à donner.\n"
    "L'institut géologique national a enregistré plus de 40 répliques au cours de la matinée.\n"
    "L'électricité a été coupée dans quelque 200 000 foyers et la route principale vers la capitale a été fermée.\n"
    "Le gouvernement a décrété trois jours de deuil national et débloqué des fonds d'urgence pour la région.\n"
)

GERMAN = (
    "Ein Erdbeben der Stärke 6,1 hat am frühen Dienstag die Küstenprovinz Valdora erschüttert und mindestens 57 Menschen getötet.\n"
    "Das Beben ereignete sich um 4.12 Uhr Ortszeit, etwa 30 Kilometer südlich der Hafenstadt Marren.\n"
    "Innenminister Lavrov sagte, Rettungsteams durchsuchten eingestürzte Gebäude in drei Bezirken.\n"
    "„Wir tun alles, um die Menschen unter den Trümmern zu erreichen“, sagte Lavrov vor Journalisten.\n"
    "Den Krankenhäusern in Marren ging Berichten zufolge das Blut aus, sie baten die Bewohner um Spenden.\n"
    "Das nationale geologische Institut verzeichnete am Vormittag mehr als 40 Nachbeben.\n"
    "Rund 200.000 Haushalte waren ohne Strom, die Hauptstraße in die Hauptstadt wurde durch Erdrutsche gesperrt.\n"
    "Die Regierung rief drei Tage Staatstrauer aus und gab Nothilfemittel für die Region frei.\n"
)

# English written from the French: the French page is the origin.
ENGLISH = (
    "A magnitude 6.1 earthquake struck the coastal province of Valdora early on Tuesday, killing at least 57 people.\n"
    "The quake hit at 4:12 a.m. local time, about 30 kilometres south of the port city of Marren.\n"
    "Interior Minister Lavrov said rescue teams were searching collapsed buildings in three districts.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov said.\n"
    "Hospitals in Marren reportedly ran short of blood and asked residents to donate.\n"
    "The national geological institute recorded more than 40 aftershocks during the morning.\n"
    "Power was cut to some 200,000 homes and the main road to the capital was closed.\n"
    "The government declared three days of national mourning and released emergency funds for the region.\n"
)

# An independent Spanish report of the same event: other facts, another order, one shared figure.
INDEPENDENT_ES = (
    "Cientos de vecinos de Marren pasaron la noche en la calle por miedo a volver a sus casas agrietadas.\n"
    "Una maestra, Marta Oliva, contó que su edificio se balanceó casi un minuto antes de que se fuera la luz.\n"
    "Voluntarios de pueblos vecinos llegaron al mediodía con tiendas de campaña, agua y generadores.\n"
    "En el estadio municipal, la Media Luna Roja instaló una cocina de campaña para las familias.\n"
    "Los ingenieros empezaron a revisar el viejo puente sobre el río Sella, que presenta grietas visibles.\n"
    "Las escuelas permanecerán cerradas el resto de la semana, anunció la oficina regional de educación.\n"
)


def art(aid: str, text: str, language: str, published: str | None = None, stamp: str | None = None,
        removed: list[str] | None = None, outlet: str | None = None) -> Article:
    a = Article(id=aid, source="test", text=text, language=language, published=published,
                removed=list(removed or []), outlet=outlet)
    if stamp and published:
        a.date_candidates = [DateCandidate(published, "field", 0.9, stamp)]
    return a


@pytest.fixture(scope="module")
def detector() -> LineageDetector:
    det = LineageDetector(Options())
    det.setup()
    return det


def only_edge(edges: list[LineageEdge], a: str, b: str) -> LineageEdge:
    found = [e for e in edges if {e.origin, e.derived} == {a, b}]
    assert len(found) == 1, [(e.origin, e.derived, e.kind) for e in edges]
    return found[0]


def test_credited_translation_into_english_points_at_the_french_origin(detector: LineageDetector) -> None:
    # The credit line sits in what cleaning removed; English must not be taken as the origin.
    en = art("a-en", ENGLISH, "en", removed=["Translated from French by Jo Carver."], outlet="Valdora Today")
    fr = art("b-fr", FRENCH, "fr", outlet="Le Courrier de Marren")
    e = only_edge(detector.detect([en, fr]), "a-en", "b-fr")
    assert e.kind == "translation"
    assert (e.origin, e.derived, e.direction) == ("b-fr", "a-en", "known")
    assert any("translation" in x for x in e.evidence)


def test_credit_in_the_body_in_german_names_the_english_origin(detector: LineageDetector) -> None:
    de = art("a-de", "Übersetzt aus dem Englischen von der Redaktion.\n" + GERMAN, "de")
    en = art("b-en", ENGLISH, "en")
    e = only_edge(detector.detect([de, en]), "a-de", "b-en")
    assert e.kind == "translation"
    assert (e.origin, e.derived) == ("b-en", "a-de")


def test_unlabelled_translation_is_directed_by_clock_times(detector: LineageDetector) -> None:
    # Same day; the German page is published hours after the French one (zones given).
    fr = art("z-fr", FRENCH, "fr", "2024-05-07", "2024-05-07T09:10:00+02:00")
    de = art("a-de", GERMAN, "de", "2024-05-07", "Tue, 07 May 2024 13:40:00 +0100")
    e = only_edge(detector.detect([fr, de]), "a-de", "z-fr")
    assert (e.origin, e.derived, e.direction) == ("z-fr", "a-de", "known")
    assert any("UTC" in x for x in e.evidence)


def test_unlabelled_undated_translation_has_unknown_direction(detector: LineageDetector) -> None:
    e = only_edge(detector.detect([art("es", INDEPENDENT_ES, "es"), art("x-fr", FRENCH, "fr"),
                                   art("y-de", GERMAN, "de")]), "x-fr", "y-de")
    assert e.kind == "translation"
    assert e.direction == "unknown" and e.confidence == 0.5
    assert e.drift == [], [d.note for d in e.drift]  # "6,1" = "6.1", "200 000" = "200.000"


def test_a_missing_date_never_flips_an_edge(detector: LineageDetector) -> None:
    e = only_edge(detector.detect([art("a-fr", FRENCH, "fr"), art("b-de", GERMAN, "de", "2024-05-01")]),
                  "a-fr", "b-de")
    assert e.direction == "unknown"
    assert not any("published" in x for x in e.evidence)


def test_independent_report_in_another_language_is_not_linked(detector: LineageDetector) -> None:
    edges = detector.detect([art("fr", FRENCH, "fr"), art("es", INDEPENDENT_ES, "es")])
    assert edges == []


def test_number_changed_in_translation_is_drift(detector: LineageDetector) -> None:
    changed = GERMAN.replace("mindestens 57", "mindestens 75")
    e = only_edge(detector.detect([art("fr", FRENCH, "fr"), art("de", changed, "de")]), "fr", "de")
    assert any(d.kind == "number" and "57" in d.note and "75" in d.note for d in e.drift), \
        [d.note for d in e.drift]


# --- cues, in several languages ------------------------------------------------------------------


@pytest.mark.parametrize("line, code", [
    ("Translated from French by Jo Carver.", "fr"),
    ("Traduit de l'anglais par la rédaction.", "en"),
    ("Traducido del portugués por la redacción.", "pt"),
    ("Übersetzt aus dem Italienischen.", "it"),
    ("Przetłumaczono z języka tureckiego.", "tr"),
])
def test_translation_lines_and_the_language_they_name(line: str, code: str) -> None:
    assert cues.translation_line([line]) == line
    assert code in cues.languages_named(line)


@pytest.mark.parametrize("line", [
    "Dieser Beitrag ist eine Übersetzung eines Artikels des Lindauer Kuriers.",
    "Es handelt sich um die Übersetzung einer Meldung der Agentur.",
])
def test_a_translation_of_a_named_report_is_a_translation_line(line: str) -> None:
    # "Übersetzung eines/einer/des/der ...": German says "translation of" with a genitive.
    assert cues.translation_line([line]) == line


def test_a_page_timestamp_is_not_an_update_line() -> None:
    assert cues.update_line(["June 12, 2026 4:12 PM UTC Updated 2 hours ago"]) is None
    assert cues.update_line(["Mis à jour : le ministère a corrigé le bilan."]) is not None


def test_press_release_marks() -> None:
    pr = Article(id="p", source="t", text="AMSTERDAM, 3 May 2024 /Wire Europe/ -- Two banks agreed to merge.\n")
    assert cues.press_release(pr, []) is not None
    about = Article(id="q", source="t", text="Zwei Banken fusionieren.\nÜber Nordbank AG\nDie Nordbank ist ...\n")
    assert cues.press_release(about, []) == "Über Nordbank AG"
    news = Article(id="n", source="t", text="The two banks said on Monday they would merge.\n")
    assert cues.press_release(news, cues.provenance_lines(news, ["The two banks said on Monday they would merge."])) is None


def test_clock_times_with_and_without_zones() -> None:
    a = art("a", "x", "en", "2024-05-07", "2024-05-07 13:05:00")  # no zone
    b = art("b", "x", "en", "2024-05-07", "2024-05-07T18:45:00+01:00")
    order = cues.time_order(a, b, 20, 180)
    assert order is not None and order[0] == 1 and "no zone" in order[1]
    c = art("c", "x", "en", "2024-05-07", "2024-05-07T14:00:00+01:00")
    assert cues.time_order(a, c, 20, 180) is None  # 55 minutes apart with a zone guessed: no evidence


def test_numbers_are_read_across_locales() -> None:
    assert numbers("6,1 Prozent") == numbers("6.1 percent")
    assert numbers("1.100 personas") == numbers("1,100 people")
    assert numbers("nine miners")["9"] == 1
    assert numbers("neun Bergleute", "de")["9"] == 1
    assert "10" not in numbers("on Monday", "en")  # Turkish "on" (10) is not read in English
    assert numbers("on milyar", "tr")["10"] == 1


def test_drift_of_an_edge_without_direction_is_told_as_a_difference(detector: LineageDetector) -> None:
    changed = GERMAN.replace("mindestens 57", "mindestens 75")
    e = only_edge(detector.detect([art("fr", FRENCH, "fr"), art("de", changed, "de")]), "fr", "de")
    assert e.direction == "unknown"
    notes = [d.note for d in e.drift if d.kind == "number"]
    assert notes and all("->" not in n and "differs" in n for n in notes), notes


PRESS = (
    "PRESS RELEASE\n"
    "MARREN, 7 May 2024 /Valdora Newswire/ -- Nordsee Energie AG today announced that it will build a 400-megawatt "
    "offshore wind farm off the coast of Valdora.\n"
    "Construction is due to start in March 2025 and the farm is expected to supply 380,000 homes from 2027.\n"
    "The project will cost about 1.5 billion euros and create 650 jobs during construction.\n"
    "\"This is the largest investment in our history,\" said chief executive Ilse Brandt.\n"
    "The company has signed a 20-year supply contract with the regional grid operator.\n"
    "About Nordsee Energie\n"
    "Nordsee Energie AG operates wind and solar farms in six countries.\n"
    "Media contact: press@nordsee-energie.example\n"
)


def test_a_press_release_is_the_origin_of_the_article_built_on_it(detector: LineageDetector) -> None:
    body = PRESS.split("\n")[1:6]
    news = "\n".join([body[0].split("-- ", 1)[1]] + body[1:])
    e = only_edge(detector.detect([art("a-news", news, "en"), art("z-pr", PRESS, "en")]), "a-news", "z-pr")
    assert (e.origin, e.derived, e.direction) == ("z-pr", "a-news", "known")
    assert any("press release" in x for x in e.evidence)


def test_an_update_line_both_texts_carry_is_no_evidence(detector: LineageDetector) -> None:
    line = "UPDATE 2: adds details on aftershocks"
    lines = ENGLISH.strip().split("\n")
    a = art("a", line + "\n" + ENGLISH, "en")
    b = art("b", line + "\n" + "\n".join(lines[:6]) + "\n", "en")
    e = only_edge(detector.detect([a, b]), "a", "b")
    assert not any("update" in x for x in e.evidence)


def test_provenance_reach_comes_from_the_options() -> None:
    from storyline.options import LineageOptions

    page = Article(id="t", source="t", text="x")
    sentences = ["Ein Satz.", "Zweiter Satz.", "Dritter Satz.", "Vierter Satz.",
                 "Traduit de l'allemand par la rédaction.", "Fin."]
    # The credit sits second from the bottom: inside the default reach of three edge sentences.
    assert "Traduit de l'allemand par la rédaction." in cues.provenance_lines(page, sentences)
    assert "Traduit de l'allemand par la rédaction." not in cues.provenance_lines(
        page, sentences, LineageOptions(provenance_edge_sentences=1))
    assert cues.provenance_lines(page, sentences, LineageOptions(provenance_max_words=1)) == ["Fin."]
