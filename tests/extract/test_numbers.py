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
