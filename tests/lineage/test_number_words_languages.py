"""Number words that drift does not read as a figure alone (lang/<code>/lineage.py NOT_NUMBER_WORDS)."""

from __future__ import annotations

import pytest

from storyline.lineage.drift import numbers


@pytest.mark.parametrize("language,text", [
    ("it", "La disoccupazione a Valmora è salita al 5 per cento in un anno."),
    ("es", "El desempleo en Valdelobo subió al 5 por ciento en un año."),
    ("pt", "O desemprego em Vilaverde subiu para 5 por cento num ano."),
    ("fr", "Le chômage à Valmont a augmenté de 5 pour cent en un an."),
])
def test_a_percent_word_is_no_hundred(language: str, text: str) -> None:
    assert numbers(text, language) == {"5": 1}


def test_other_number_words_still_count() -> None:
    assert numbers("Sono state evacuate tre famiglie a Valmora.", "it") == {"3": 1}
