"""Attribution patterns added for PolNeAR recall: each test pins one of them."""

from storyline.extract.quotes import _sentence_end, find_quote_marks


def _quote(x, words):
    hits = [q for q in x.quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in x.quotes]}"
    return hits[0]


def test_double_apostrophe_marks_open_and_close():
    # NYT style: '' on both sides; the words between two quotes are no quote.
    text = "''We will win,'' Ms. Sherry said, ''and then we will govern.''"
    raws = [text[r.start : r.end] for r in find_quote_marks(text)]
    assert raws == ["We will win,", "and then we will govern."]


def test_double_apostrophe_quote_gets_its_speaker(extract):
    text = ("Ms. Ellen Sherry wrote a novel.\n\n''Isabelle thinks it is fine to want to make money,'' "
            "Ms. Sherry said, ''and ambition is not a bad thing.''")
    x = extract(text)
    a, b = _quote(x, "Isabelle thinks"), _quote(x, "ambition is not")
    assert a.speaker == b.speaker == "Ellen Sherry"
    assert not any("Sherry said" in q.text for q in x.quotes)


def test_title_abbreviation_is_no_sentence_end():
    assert _sentence_end(" Mr. Khan said. Then") == len(" Mr. Khan said.")
    assert _sentence_end(" said Sen. Ted Cruz. Then") == len(" said Sen. Ted Cruz.")
    assert _sentence_end(" he said. Then") == len(" he said.")


def test_speaker_after_title_abbreviation(extract):
    text = ("Khizr Khan spoke at the convention.\n\n“I implore those patriotic Americans to vote for unity "
            "in November,” Mr. Khan said.")
    q = _quote(extract(text), "I implore")
    assert q.speaker == "Khizr Khan"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "Khan"


def test_hoping_is_hope_not_hop(extract):
    text = "Senator Maria Lopez is hoping to win over rural voters before the primary."
    q = _quote(extract(text), "win over rural voters")
    assert not q.direct
    assert q.speaker == "Maria Lopez"


def test_named_agent_act_on_object(extract):
    text = "Governor Paul Reed decided to veto the education budget passed by the legislature."
    q = _quote(extract(text), "veto the education budget")
    assert q.speaker == "Paul Reed"
    assert q.cue == "decided"


def test_agent_act_needs_a_named_agent(extract):
    # The same verb with a non-agent subject is no attribution.
    text = "The weather decided the outcome of the long football game on Sunday."
    assert not any("outcome" in q.text for q in extract(text).quotes)


def test_possessed_plan_of_named_person(extract):
    # Content of the owner's plan; no speaker claimed (it is often inside another attribution).
    text = "Voters were split over Donald Trump's plan to build a wall on the southern border."
    q = _quote(extract(text), "build a wall on the southern border")
    assert not q.direct and q.cue == "plan"
    assert q.speaker is None


def test_participle_modifier_speaks_for_its_noun(extract):
    text = "Protesters demanding a recount of the ballots gathered outside the state capitol on Monday."
    q = _quote(extract(text), "a recount of the ballots")
    assert q.speaker_span is not None
    assert text[q.speaker_span[0] : q.speaker_span[1]].startswith("Protesters")


def test_parenthetical_cue_with_trailing_comma(extract):
    text = "Mrs. Clinton, these people said, would be open to other measures to ground the air force."
    q = _quote(extract(text), "would be open to other measures")
    assert q.cue == "said"
    assert text[q.speaker_span[0] : q.speaker_span[1]].endswith("people")


def test_subject_next_to_cue_wins_over_quote_subject(extract):
    text = "Donald Trump celebrated the holiday online.\n\n“Happy Cinco de Mayo!,” he tweeted. “I love tacos!”"
    q = _quote(extract(text), "Happy Cinco de Mayo")
    assert q.speaker == "Donald Trump"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "he"


def test_accused_object_of_reason(extract):
    text = "After Hillary Clinton accused him of sexism, the campaign changed its tone."
    q = _quote(extract(text), "him of sexism")
    assert q.speaker == "Hillary Clinton"


def test_interview_letters_are_no_speakers(extract):
    text = "Q: What would have happened to the country then?\nA: I think they would have been set back badly."
    x = extract(text)
    q = _quote(x, "they would have been set back")
    assert q.speaker is None and q.speaker_span is None


def test_verb_beats_colon_name(extract):
    text = "On Saturday, Donald Trump said on Twitter: “Hillary Clinton has announced that she is letting her husband out.”"
    q = _quote(extract(text), "Hillary Clinton has announced")
    assert q.speaker == "Donald Trump"


def test_clause_clipped_where_quotation_starts(extract):
    text = ("Mike Pence said in politics it takes time to develop those relationships but added, "
            "“I strongly support Paul Ryan and his re-election.”")
    x = extract(text)
    q = _quote(x, "it takes time to develop")
    assert not q.direct
    assert "strongly" not in q.text
    assert q.speaker == "Mike Pence"


def test_participle_after_preposition_takes_main_subject(extract):
    text = ("John Kasich cautioned his supporters on Tuesday before predicting that a contested "
            "convention could have a healing effect on the party.")
    q = _quote(extract(text), "a contested convention could have")
    assert q.speaker == "John Kasich"


def test_passive_subject_is_no_speaker(extract):
    text = "Senator Maria Lopez is expected to win the primary by a wide margin next week."
    x = extract(text)
    assert all(q.speaker_span is None for q in x.quotes if "win the primary" in q.text)


def test_according_to_mid_sentence_takes_the_longer_side(extract):
    text = "And it has not gone unnoticed: according to recent polls, Trump holds only 14 percent of the Latino vote."
    q = _quote(extract(text), "Trump holds only 14 percent")
    assert q.cue == "according to"


def test_stance_towards_a_short_name_is_kept(extract):
    # A one-name object is content of a stance ("endorsed Mrs. Clinton"); a short common noun is not.
    x = extract("Senator Bernie Sanders endorsed Hillary Clinton on Tuesday.")
    q = _quote(x, "Hillary Clinton")
    assert q.speaker == "Bernie Sanders" and q.cue == "endorsed"
    y = extract("Senator Bernie Sanders endorsed it on Tuesday.")
    assert not any(q.cue == "endorsed" for q in y.quotes)
