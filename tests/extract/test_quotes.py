import pytest

from storyline.extract.quotes import find_quote_marks


def _quote(x, words):
    hits = [q for q in x.quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in x.quotes]}"
    return hits[0]


def _span_ok(text, x):
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_span:
            assert 0 <= q.speaker_span[0] < q.speaker_span[1] <= len(text)


@pytest.mark.parametrize(
    "opening,closing",
    [('"', '"'), ("“", "”"), ("‘", "’"), ("``", "''"), ("«", "»"), ("« ", " »"), ("„", "“")],
)
def test_each_quotation_style(extract, opening, closing):
    text = f"Mayor Anne Hidalgo spoke on Monday. {opening}We will rebuild the bridge quickly,{closing} Hidalgo said."
    x = extract(text)
    q = _quote(x, "We will rebuild the bridge quickly")
    assert q.text.startswith("We will") and q.text.rstrip(",").endswith("quickly")
    assert q.speaker == "Anne Hidalgo"
    assert q.direct
    _span_ok(text, x)


def test_missing_closing_mark_runs_to_paragraph_end(extract):
    text = "Chancellor Olaf Scholz addressed parliament.\n\nHe said: “The coalition will hold and the budget will pass\n\nThe vote is on Friday."
    x = extract(text)
    q = _quote(x, "The coalition will hold")
    assert q.text == "The coalition will hold and the budget will pass"
    assert q.speaker == "Olaf Scholz"


def test_missing_opening_mark_starts_at_paragraph(extract):
    text = "Chancellor Olaf Scholz addressed parliament.\n\nThe coalition will hold and the budget will pass,” Scholz said."
    x = extract(text)
    q = _quote(x, "The coalition will hold")
    assert q.start == text.index("The coalition")
    assert q.speaker == "Olaf Scholz"


def test_paragraph_continuation_keeps_speaker():
    text = "“The first part of a long statement\n\n“and its second part,” she said."
    raws = find_quote_marks(text)
    assert len(raws) == 2
    assert raws[0].continues and raws[0].close_mark is None
    assert text[raws[1].start : raws[1].end] == "and its second part,"


def test_multi_sentence_quote(extract):
    text = "“This is final. We are united. Nobody will divide us,” said Chancellor Olaf Scholz."
    x = extract(text)
    q = _quote(x, "This is final")
    assert "Nobody will divide us" in q.text
    assert q.speaker == "Olaf Scholz"


def test_split_quote_gets_one_speaker_for_both_parts(extract):
    text = "“This will continue,” said Foreign Minister Annalena Baerbock, “and we will win.”"
    x = extract(text)
    a, b = _quote(x, "This will continue"), _quote(x, "and we will win")
    assert a is not b
    assert a.speaker == b.speaker == "Annalena Baerbock"


def test_partial_quote_inside_sentence(extract):
    text = "Health Minister Karl Lauterbach called the plan “a disaster for patients” in an interview."
    x = extract(text)
    q = _quote(x, "a disaster for patients")
    assert q.text == "a disaster for patients"
    assert q.speaker == "Karl Lauterbach"


def test_speaker_through_pronoun(extract):
    text = "Emmanuel Macron arrived in Berlin on Tuesday. “Europe must stand together,” he told reporters."
    x = extract(text)
    q = _quote(x, "Europe must stand together")
    assert q.speaker == "Emmanuel Macron"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "he"


def test_speaker_through_role_noun_resolves_organisation(extract):
    text = (
        "Saudi Arabia announced new measures. “The attackers were arrested,” a spokesman for the kingdom’s "
        "interior ministry said."
    )
    x = extract(text)
    q = _quote(x, "The attackers were arrested")
    assert q.speaker == "Saudi Arabia’s interior ministry"
    assert "spokesman" in text[q.speaker_span[0] : q.speaker_span[1]]


def test_unresolvable_role_noun_keeps_the_role(extract):
    text = "“The attackers were arrested,” a spokesman for the interior ministry said."
    x = extract(text)
    q = _quote(x, "The attackers were arrested")
    assert q.speaker == "interior ministry spokesman"


def test_title_reference_resolves_to_person(extract):
    text = (
        "German Chancellor Olaf Scholz met the unions. Later the chancellor said: “We found a compromise on wages.”"
    )
    x = extract(text)
    q = _quote(x, "We found a compromise")
    assert q.speaker == "Olaf Scholz"


def test_indirect_speech(extract):
    text = "Olaf Scholz said that the government would raise the minimum wage next year."
    x = extract(text)
    q = _quote(x, "the government would raise the minimum wage")
    assert not q.direct
    assert q.speaker == "Olaf Scholz"


def test_scare_quotes_without_speaker_are_not_quotes(extract):
    text = "The so-called “peace plan” was published on Monday."
    x = extract(text)
    assert not [q for q in x.quotes if q.direct]


def test_non_english_quotes_by_punctuation(extract):
    text = "« Nous allons reconstruire le pont », a déclaré la maire."
    x = extract(text, language="fr")
    assert [q.text for q in x.quotes] == ["Nous allons reconstruire le pont"]
    assert not x.entities  # no English NER on French text


def test_scare_quote_length_comes_from_the_options():
    from storyline.extract.quotes import find_quotes
    from storyline.options import QuoteOptions

    for text, code in [("Le maire a parlé d'un « vrai désastre » hier soir.", "fr"),
                       ('The mayor called it a "real disaster" on Monday.', "en"),
                       ("Der Bürgermeister sprach von einer „echten Katastrophe“ am Montag.", "de")]:
        # Two words with nobody saying them: scare quotes under the default short_quote_words (3).
        assert find_quotes(text, "a", None, [], language=code) == []
        kept = find_quotes(text, "a", None, [], language=code, opts=QuoteOptions(short_quote_words=1))
        assert len(kept) == 1 and kept[0].speaker is None


def test_a_speakers_name_does_not_reach_into_the_sentence_before(extract):
    # The name of a body that speaks is read back from the capitalised words before it; a weekday
    # closing the sentence before is not part of it. Initials are ("H.R. Dunmore").
    text = ("The harbour authority said the quay would stay closed until Friday. Harbour Police said there was no "
            "sign of sabotage. Inspector H.R. Dunmore said the divers would return at dawn.")
    x = extract(text)
    assert _quote(x, "no sign of sabotage").speaker == "Harbour Police"
    assert _quote(x, "divers would return").speaker == "H.R. Dunmore"
    _span_ok(text, x)
