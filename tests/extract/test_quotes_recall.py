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
    text = "Voters were split over Donald Trump's plan to build a wall on the southern border."
    q = _quote(extract(text), "build a wall on the southern border")
    assert q.speaker == "Donald Trump"


def test_participle_modifier_speaks_for_its_noun(extract):
    text = "Protesters demanding a recount of the ballots gathered outside the state capitol on Monday."
    q = _quote(extract(text), "a recount of the ballots")
    assert q.speaker_span is not None
    assert text[q.speaker_span[0] : q.speaker_span[1]].startswith("Protesters")
