"""A name's initials leave out the small words of every language (lang/<code>/entities.py INITIALS_SKIP),
so an acronym matches its full name in any language."""

from __future__ import annotations

import pytest

from storyline.extract.entities import initials


@pytest.mark.parametrize("name,acronym", [
    ("Institut für Wasser und Boden", "IWB"),
    ("Agenzia per la Protezione delle Coste", "APC"),
    ("Instituto dos Recursos Hídricos", "IRH"),
    ("Dienst voor het Kustbeheer", "DK"),
    ("Servicio de Guardacostas y Rescate", "SGR"),
    ("Office pour la Protection du Littoral", "OPL"),
    ("Board of Coastal Works", "BCW"),
])
def test_initials_skip_small_words_of_every_language(name: str, acronym: str) -> None:
    assert initials(name) == acronym
