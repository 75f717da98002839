import pytest

from storyline.extract.numbers import find_numbers


def _nums(extract, text):
    x = extract(text)
    for n in x.numbers:
        assert text[n.start : n.end] == n.text
    return {n.text: n for n in x.numbers}


def test_numbers_with_units(extract):
    text = (
        "Officials sent 3,400 troops and 57 nurses and doctors after a vote of 141 countries. "
        "They must leave within 48 hours; $2.5 billion in aid was pledged and two people died."
    )
    n = _nums(extract, text)
    assert (n["3,400"].label, n["3,400"].attrs["unit"]) == ("3400", "troops")
    assert n["57"].attrs["unit"] == "nurses and doctors"
    assert n["141"].attrs["unit"] == "countries"
    assert n["48"].attrs["unit"] == "hours"
    assert (n["$2.5 billion"].label, n["$2.5 billion"].attrs["unit"]) == ("2500000000", "USD")
    assert (n["two"].label, n["two"].attrs["unit"]) == ("2", "people")


def test_percent_and_word_numbers(extract):
    n = _nums(extract, "Unemployment hit 5.2 percent as twenty-five thousand jobs were lost.")
    assert n["5.2 percent"].attrs["unit"] == "percent" and n["5.2 percent"].label == "5.2"
    assert n["twenty-five thousand"].label == "25000"


def test_dates_and_pronoun_one_are_not_counts(extract):
    n = _nums(extract, "No one was hurt in the blast on March 3, 2021.")
    assert not n


def test_without_parse_unit_from_following_words():
    text = "Il y a 12 morts et 3 blessés."
    spans = find_numbers(text, "a", None, [])
    assert [(s.label, s.attrs["unit"]) for s in spans] == [("12", "morts"), ("3", "blessés")]


# --- the shared number reader: separators, scale and currency words in several languages ---------

from storyline.extract.numbers import find_codes, find_quantities, parse_number, words_to_number  # noqa: E402


def test_separators_follow_the_language():
    assert parse_number("5,83", "pl") == 5.83 and parse_number("5.83", "en") == 5.83
    for code in ("de", "es", "pt", "it", "nl", "pl", "tr"):
        assert parse_number("1.100", code) == 1100, code
    assert parse_number("3,400", "en") == 3400
    assert parse_number("1,200", "de") == 1.2  # a decimal comma where the language writes one
    assert parse_number("3 400", "pl") == 3400 and parse_number("38\u202f000", "fr") == 38000
    assert parse_number("1.234.567,5", "es") == 1234567.5 and parse_number("1,234,567.5", "en") == 1234567.5


def test_number_words_in_several_languages():
    assert words_to_number("twenty-five thousand") == 25000
    assert words_to_number("one-million") == 1_000_000
    assert words_to_number("due milioni", "it") == 2_000_000
    assert words_to_number("dwie", "pl") == 2 and words_to_number("drei", "de") == 3


def _q(text, language):
    return [(q.value, q.unit) for q in find_quantities(text, language)]


def test_one_amount_written_many_ways():
    billion = 1_500_000_000
    assert _q("a deal worth €1.5bn", "en") == [(billion, "EUR")]
    assert _q("a deal worth 1.5 billion euros", "en") == [(billion, "EUR")]
    assert _q("transakcja warta 1,5 mld zł", "pl") == [(billion, "PLN")]
    assert _q("een deal van 1,5 miljard euro", "nl") == [(billion, "EUR")]
    assert _q("un affare da 1,5 miliardi", "it") == [(billion, None)]
    assert _q("7,3 milyar lira", "tr") == [(7_300_000_000, "TRY")]


def test_measures_and_percent_in_several_languages():
    assert _q("the river reached 5.83 metres", "en") == [(5.83, "m")]
    assert _q("rzeka osiągnęła 5,83 m", "pl") == [(5.83, "m")]
    assert _q("registou 43,2 graus", "pt") == [(43.2, "deg")]
    assert _q("within 48 hours", "en") == [(48, "h")] and _q("dans un délai de 48 heures", "fr") == [(48, "h")]
    assert _q("prices rose 5.2 percent", "en") == [(5.2, "percent")] and _q("yüzde 5", "tr") == [(5, "percent")]


def test_a_bracketed_conversion_is_an_aside():
    qs = find_quantities("a fine of $US1 million ($1.52 million) and 320 metres (1,050 feet) down", "en")
    assert [(q.value, q.aside) for q in qs] == [(1e6, False), (1.52e6, True), (320, False), (1050, True)]
    assert [q.value for q in find_quantities("one-million dollars", "en")] == [1e6]


def test_years_ordinals_and_codes():
    qs = find_quantities("In 2027 the 1st phase of region ap-south-2 opens; the A380 waits.", "en")
    assert [(q.value, q.year) for q in qs] == [(2027, True)]
    assert [c[2] for c in find_codes("region ap-south-2 and the A380 jet")] == ["ap-south-2", "A380"]


@pytest.mark.parametrize("text, language, value", [
    ("Четырнадцать человек получили помощь.", "ru", 14),
    ("Девяносто домов остались без света.", "ru", 90),
    ("Siebzehn Menschen wurden verletzt.", "de", 17),
    ("Czternaście osób trafiło do szpitala.", "pl", 14),
    ("Dieciocho personas fueron rescatadas.", "es", 18),
    ("Sedici persone sono state soccorse.", "it", 16),
    ("Dezoito pessoas foram resgatadas.", "pt", 18),
    ("Zeventien mensen raakten gewond.", "nl", 17),
    ("Seksen kişi kurtarıldı.", "tr", 80),
])
def test_teens_and_tens_written_as_words(text, language, value):
    # A translation that writes a count as a word must give the same figure as the original's digits,
    # or a changed count between them goes unseen.
    found = find_numbers(text, "a", None, [], language)
    assert found, text
    assert words_to_number(found[0].text, language) == value
