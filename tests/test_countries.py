"""Country names in every encoder language read as territory codes (storyline/countries.py)."""

from __future__ import annotations

import pytest

from storyline.countries import country_code, countries
from storyline.extract import merge_entities
from storyline.model import Extraction, Span
from storyline.options import Options


@pytest.mark.parametrize("name, language, code", [
    ("Thailand", None, "TH"), ("Tailandia", None, "TH"), ("Thaïlande", None, "TH"), ("Таиланд", None, "TH"),
    ("Tajlandii", "pl", "TH"),  # a case ending of a language that declines names
    ("Таиланде", "ru", "TH"),
    ("Tajlandii", "en", None),  # English declines no name: no stem matching there
    ("Italian", "en", None),  # an English adjective is no country, though it begins as Italy does in Italian ("Italia")
    ("Lindau", None, None),
])
def test_country_code(name, language, code):
    assert country_code(name, language) == code


def test_countries_of_a_text_in_order():
    assert countries("Talks between Thailand and Cambodia resumed; Tailandia accepted.") == ["TH", "KH", "TH"]


def _ext(aid: str, lang: str, text: str, start: int, label: str = "GPE") -> Extraction:
    x = Extraction(article_id=aid)
    x.entities = [Span(aid, start, start + len(text), "entity", label, text, {"lang": lang})]
    return x


def test_one_country_in_several_languages_and_cases_is_one_entity():
    ents = merge_entities([_ext("a", "en", "Thailand", 0), _ext("b", "pl", "Tajlandii", 5),
                           _ext("c", "es", "Tailandia", 3), _ext("d", "en", "Italian", 0, "NORP"),
                           _ext("e", "en", "Italy", 0)], Options())
    thai = [e for e in ents if "Thailand" in [e["name"], *e["aliases"]]]
    assert len(thai) == 1 and {"Tajlandii", "Tailandia"} <= {thai[0]["name"], *thai[0]["aliases"]}
    italy = next(e for e in ents if "Italy" in [e["name"], *e["aliases"]])
    assert "Italian" not in [italy["name"], *italy["aliases"]]
