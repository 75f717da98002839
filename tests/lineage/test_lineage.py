from __future__ import annotations

import pytest

from storyline.lineage import LineageDetector, detect_lineage, families, family_of
from storyline.model import Article, LineageEdge
from storyline.options import Options

WIRE = (
    "A magnitude 6.1 earthquake struck the coastal province of Valdora early on Tuesday, killing at least 57 people.\n"
    "The quake hit at 4:12 a.m. local time, about 30 kilometres south of the port city of Marren.\n"
    "Interior Minister Lavrov said rescue teams were searching collapsed buildings in three districts.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told reporters.\n"
    "Hospitals in Marren reportedly ran short of blood and asked residents to donate.\n"
    "The national geological institute recorded more than 40 aftershocks during the morning.\n"
    "Power was cut to roughly 200,000 homes and the main highway to the capital was closed by landslides.\n"
    "The government declared three days of national mourning and released emergency funds for the region.\n"
)

REWRITE = (
    "Early on Tuesday a 6.1-magnitude quake hit Valdora's coastal province, leaving at least 57 people dead.\n"
    "The tremor struck around 30 kilometres to the south of the harbour town of Marren at 4:12 a.m. local time.\n"
    "Rescue crews were combing through fallen buildings across three districts, Interior Minister Lavrov stated.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told journalists.\n"
    "Medical centres in Marren reportedly faced a shortage of blood and urged locals to give.\n"
    "Over 40 aftershocks were registered by the national geological institute throughout the morning.\n"
    "Electricity was knocked out to about 200,000 households, and landslides shut the main road to the capital.\n"
    "Authorities announced three days of national mourning and freed up emergency money for the area.\n"
)

SPANISH = (
    "Un terremoto de magnitud 6,1 sacudió la provincia costera de Valdora en la madrugada del martes y dejó al menos 57 muertos.\n"
    "El sismo se produjo a las 4:12 hora local, a unos 30 kilómetros al sur de la ciudad portuaria de Marren.\n"
    "El ministro del Interior, Lavrov, dijo que los equipos de rescate buscaban entre los edificios derrumbados en tres distritos.\n"
    "\"Estamos haciendo todo lo posible para llegar a las personas atrapadas bajo los escombros\", dijo Lavrov a los periodistas.\n"
    "Según informes, los hospitales de Marren se quedaron sin sangre y pidieron a los vecinos que donaran.\n"
    "El instituto geológico nacional registró más de 40 réplicas durante la mañana.\n"
    "Se cortó la electricidad en unos 200.000 hogares y la carretera principal hacia la capital quedó cerrada por deslizamientos.\n"
    "El gobierno declaró tres días de luto nacional y liberó fondos de emergencia para la región.\n"
)

INDEPENDENT = (
    "Residents of Marren spent the night in the streets after Tuesday's earthquake, afraid to return to cracked homes.\n"
    "Maria Ostend, a teacher, said her apartment block swayed for almost a minute before the lights went out.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told reporters.\n"
    "Volunteers from neighbouring towns arrived with tents, water and generators by midday.\n"
    "At the central stadium, the Red Crescent set up a field kitchen serving soup and bread to families.\n"
    "Engineers began inspecting the old bridge over the Sella river, which showed visible cracks.\n"
    "Schools will stay closed for the rest of the week, the regional education office announced.\n"
)

UPDATE_PARA = (
    "UPDATE: Officials later raised the death toll to 64 and said 312 people had been treated in hospitals in Marren "
    "and Lisca."
)


def art(aid: str, text: str, published: str | None = None, language: str | None = "en") -> Article:
    return Article(id=aid, source="test", text=text, published=published, language=language)


@pytest.fixture(scope="module")
def detector() -> LineageDetector:
    det = LineageDetector(Options())
    det.setup()
    return det


def only_edge(edges: list[LineageEdge], a: str, b: str) -> LineageEdge:
    found = [e for e in edges if {e.origin, e.derived} == {a, b}]
    assert len(found) == 1, [(e.origin, e.derived, e.kind) for e in edges]
    return found[0]


def test_exact_duplicate_without_dates_has_unknown_direction(detector: LineageDetector) -> None:
    edges = detector.detect([art("b", WIRE), art("a", WIRE.replace("\n", "\n\n"))])
    e = only_edge(edges, "a", "b")
    assert e.kind == "duplicate"
    assert e.direction == "unknown" and e.confidence == 0.5
    assert (e.origin, e.derived) == ("a", "b")  # the lexically smaller id when unknown
    assert e.drift == []
    assert len(e.aligned) == 8 and all(s >= 0.99 for _, _, s in e.aligned)


def test_direction_from_dates(detector: LineageDetector) -> None:
    edges = detector.detect([art("a", WIRE, "2024-05-02"), art("b", WIRE, "2024-05-01")])
    e = only_edge(edges, "a", "b")
    assert (e.origin, e.derived, e.direction) == ("b", "a", "known")
    assert e.confidence > 0.8
    assert any("published" in x for x in e.evidence)


def test_near_duplicate_with_added_update_paragraph(detector: LineageDetector) -> None:
    edges = detector.detect([art("copy", WIRE + UPDATE_PARA), art("wire", WIRE)])
    e = only_edge(edges, "copy", "wire")
    assert e.kind == "near_duplicate"
    # The update marks the longer text as the later one, no dates needed.
    assert (e.origin, e.derived, e.direction) == ("wire", "copy", "known")
    assert any(d.kind == "addition" and "64" in d.note for d in e.drift)


def test_condensation_is_the_derived_text(detector: LineageDetector) -> None:
    lines = WIRE.strip().split("\n")
    short = "\n".join(lines[:3] + lines[5:7])
    edges = detector.detect([art("a-short", short), art("z-full", WIRE)])
    e = only_edge(edges, "a-short", "z-full")
    assert e.kind == "near_duplicate"
    assert (e.origin, e.derived, e.direction) == ("z-full", "a-short", "known")
    assert any("condensation" in x for x in e.evidence)
    assert e.drift == []


def test_rewrite_detected_and_synonyms_are_not_drift(detector: LineageDetector) -> None:
    edges = detector.detect([art("orig", WIRE, "2024-05-01"), art("spun", REWRITE, "2024-05-03")])
    e = only_edge(edges, "orig", "spun")
    assert e.kind == "rewrite"
    assert (e.origin, e.derived) == ("orig", "spun")
    assert len(e.aligned) >= 7
    assert e.drift == [], [d.note for d in e.drift]


def test_translation_spanish_english(detector: LineageDetector) -> None:
    edges = detector.detect([art("en", WIRE), art("es", SPANISH, language="es")])
    e = only_edge(edges, "en", "es")
    assert e.kind == "translation"
    assert len(e.aligned) >= 6
    # No date, no credit: English is not assumed to be the origin.
    assert e.direction == "unknown" and e.confidence == 0.5
    assert e.drift == [], [d.note for d in e.drift]


def test_translation_language_is_detected_when_missing(detector: LineageDetector) -> None:
    edges = detector.detect([art("en", WIRE, language=None), art("es", SPANISH, language=None)])
    assert only_edge(edges, "en", "es").kind == "translation"


def test_independent_report_sharing_a_quote_is_not_copying(detector: LineageDetector) -> None:
    edges = detector.detect([art("wire", WIRE), art("local", INDEPENDENT)])
    assert edges == []


def test_drift_number_changed(detector: LineageDetector) -> None:
    edited = WIRE.replace("at least 57 people", "at least 75 people")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    assert e.kind == "near_duplicate"
    assert [d.kind for d in e.drift] == ["number"]
    assert e.drift[0].note == "number changed: 57 -> 75"
    assert "57" in e.drift[0].origin_text and "75" in e.drift[0].derived_text


def test_drift_speaker_swapped(detector: LineageDetector) -> None:
    edited = WIRE.replace("Interior Minister Lavrov said", "Interior Minister Peskov said")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    notes = [d.note for d in e.drift]
    assert "speaker changed: Lavrov -> Peskov" in notes, notes


def test_drift_hedge_turned_into_certainty(detector: LineageDetector) -> None:
    edited = WIRE.replace("Hospitals in Marren reportedly ran short", "Hospitals in Marren ran short")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    assert [d.kind for d in e.drift] == ["hedge"]
    assert "reportedly" in e.drift[0].note


def test_spelling_variant_of_a_name_is_not_drift(detector: LineageDetector) -> None:
    base = WIRE.replace("Lavrov", "Zelensky")
    edited = WIRE.replace("Lavrov", "Zelenskyy")
    edges = detector.detect([art("o", base, "2024-05-01"), art("d", edited, "2024-05-02")])
    assert only_edge(edges, "o", "d").drift == []


def test_detect_lineage_and_families() -> None:
    arts = [art("w", WIRE, "2024-05-01"), art("c", WIRE + UPDATE_PARA, "2024-05-02"), art("x", INDEPENDENT)]
    edges = detect_lineage(arts, Options())
    assert [(e.origin, e.derived) for e in edges] == [("w", "c")]
    assert families(["x", "w", "c", "solo"], edges) == [["c", "w"], ["solo"], ["x"]]
    assert family_of(["x", "w", "c"], edges) == {"c": "c", "w": "c", "x": "x"}


def test_families_chain_and_singletons() -> None:
    edges = [LineageEdge("a", "b", "duplicate", 1.0, 0.5), LineageEdge("b", "c", "rewrite", 0.8, 0.5)]
    assert families(["d", "c", "b", "a"], edges) == [["a", "b", "c"], ["d"]]


def test_repeated_ids_rejected(detector: LineageDetector) -> None:
    with pytest.raises(ValueError, match="unique"):
        detector.detect([art("a", WIRE), art("a", REWRITE)])


def test_text_compiled_from_a_third_article_is_derived(detector: LineageDetector) -> None:
    borrowed = "\n".join(INDEPENDENT.strip().split("\n")[3:5])
    arts = [art("a-mix", WIRE + borrowed), art("b-wire", WIRE), art("c-local", INDEPENDENT)]
    e = only_edge(detector.detect(arts), "a-mix", "b-wire")
    assert any("compiled" in x for x in e.evidence)
    # The cue's weight is fitted on labelled copies, where real wire texts shared by several
    # reports make it weak: alone it may leave the direction unknown, never reversed.
    assert e.direction == "unknown" or (e.origin, e.derived) == ("b-wire", "a-mix")


# Sentence by sentence, every sentence reworded (few shared words), the death toll changed:
# what a content farm does to a wire story.
FARM = (
    "At least 75 people lost their lives when a 6.1-magnitude tremor rocked Valdora's coast before sunrise on Tuesday.\n"
    "It struck at 4:12 in the morning, some 30 km south of Marren, a harbour town.\n"
    "Search crews scoured flattened structures in three districts, according to Interior Minister Lavrov.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told journalists.\n"
    "Blood supplies at Marren's hospitals reportedly ran low, prompting appeals to the public.\n"
    "Upwards of 40 aftershocks followed over the morning, the geology institute said.\n"
    "Around 200,000 households lost power, and landslides blocked the highway to the capital.\n"
    "Three days of mourning were declared nationwide, with emergency cash sent to the region.\n"
)


def test_sentence_by_sentence_paraphrase_is_a_rewrite_with_its_drift(detector: LineageDetector) -> None:
    edges = detector.detect([art("wire", WIRE, "2024-05-01"), art("farm", FARM, "2024-05-02"),
                             art("local", INDEPENDENT, "2024-05-01")])
    e = only_edge(edges, "wire", "farm")
    assert (e.kind, e.origin) == ("rewrite", "wire")
    assert "number changed: 57 -> 75" in [d.note for d in e.drift], [d.note for d in e.drift]
    assert not [x for x in edges if "local" in (x.origin, x.derived)]
