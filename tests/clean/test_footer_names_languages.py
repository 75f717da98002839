"""A footer fragment whose last word is a footer word of any language (lang/<code>/cleaning.py
FOOTER_NOT_NAMES) is no outlet name."""

from __future__ import annotations

import pytest

from storyline.clean.metadata import clean_outlet_name


@pytest.mark.parametrize("fragment", [
    "Privacy Policy", "Impressum", "Datenschutzerklärung", "Mentions légales", "Política de privacidad",
    "Alle rechten voorbehouden", "Tutti i diritti riservati",
])
def test_footer_words_are_no_outlet_name(fragment: str) -> None:
    assert clean_outlet_name(fragment) is None


@pytest.mark.parametrize("name", ["Nordhafener Rundschau", "Le Courrier du Littoral", "Diário da Serra"])
def test_outlet_names_stay(name: str) -> None:
    assert clean_outlet_name(name) == name
