"""Conflict labels name measures in words a reader knows, not the symbols figures are keyed by."""

from storyline.align.conflicts import measure_name


def test_measure_symbols_are_named():
    assert measure_name("m") == "metres"
    assert measure_name("h") == "hours"
    assert measure_name("t") == "tonnes"
    assert measure_name("deg") == "degrees Celsius"
    assert measure_name("bp") == "basis points"


def test_every_symbol_the_languages_map_to_has_a_name():
    from storyline.lang import mapping

    symbols = set(mapping("numbers", "UNIT_WORDS").values())
    assert symbols, "no unit words found"
    unnamed = sorted(s for s in symbols if measure_name(s) == s)
    assert unnamed == []


def test_unknown_symbol_is_kept():
    assert measure_name("xyz") == "xyz"
