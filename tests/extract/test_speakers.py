"""Speaker resolution: pronouns in reported clauses, paragraph breaks, continued quotes."""

from storyline.extract import Extractor


def _quote(x, words):
    hits = [q for q in x.quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in x.quotes]}"
    return hits[0]


def _span(text, q):
    assert q.speaker_span is not None, f"no speaker for {q.text!r}"
    return text[q.speaker_span[0] : q.speaker_span[1]]


def test_pronoun_in_reported_clause_is_the_reporter(extract):
    # "he" in the reported clause is Longabaugh himself: the speaker is his named mention.
    text = ("Mark Longabaugh, a senior adviser to the campaign, said he believed the campaign would be "
            "well represented on all the committees.")
    x = extract(text)
    inner = [q for q in x.quotes if q.cue == "believed"]
    assert inner, [(q.text, q.cue) for q in x.quotes]
    assert _span(text, inner[0]) == "Mark Longabaugh"


def test_pronoun_of_a_group_is_the_group(extract):
    text = "Half of the Vermont voters said they want the next president to be more liberal than the last one."
    x = extract(text)
    inner = [q for q in x.quotes if q.cue == "want"]
    assert inner, [(q.text, q.cue) for q in x.quotes]
    assert _span(text, inner[0]) == "Half of the Vermont voters"


def test_pronoun_with_its_own_clause_is_kept(extract):
    # A coordinated clause with its own subject is that pronoun's, not the first subject's mention.
    text = ("Joe Biden seriously contemplated another presidential run, but he ultimately decided to stay "
            "out of the race after long talks with his family.")
    x = extract(text)
    hits = [q for q in x.quotes if "stay out" in q.text and q.speaker_span is not None]
    assert hits, [q.text for q in x.quotes]
    assert _span(text, hits[0]) == "he"


def test_parse_breaks_sentences_at_line_breaks(extractor: Extractor):
    doc = next(iter(extractor.parse(["His campaign sent out the email\n\nSanders said it was fine today."])))
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("Sanders") in starts


def test_quote_does_not_take_a_verb_across_a_paragraph(extract):
    # Without the forced break the parser joins the two paragraphs and "said" governs the quote.
    text = ("The letter was signed by “dozens of former officials”\n\n"
            "Officials in the ministry said nothing about it on Monday.")
    x = extract(text)
    q = _quote(x, "dozens of former")
    assert q.speaker_span is None or "Officials" not in _span(text, q)


def test_continued_quote_keeps_speaker_over_a_paragraph(extract):
    # A speakerless title in between does not end the chain.
    text = ("“CNN has done an awful job this election,” Barkley said. He held up “The Art of the Deal by "
            "Donald Trump” on the stage.\n\n"
            "“And it has become sad that our company has sold its soul for ratings.”")
    q = _quote(extract(text), "sold its soul")
    assert _span(text, q) == "Barkley"


def test_paragraph_ending_in_colon_introduces_the_quote(extract):
    text = ("The senator spoke for an hour.\n\nTed Cruz continued:\n\n"
            "“We will win this race, and then we will win the next one as well.”")
    q = _quote(extract(text), "win this race")
    assert q.speaker == "Ted Cruz"


def test_direct_only_cue_names_the_speaker(extract):
    text = "“Silly boys acting like they have never seen a girl before,” scoffed Arianna Gil, a founder of the group."
    q = _quote(extract(text), "Silly boys")
    assert q.speaker == "Arianna Gil"


def test_direct_only_cue_reports_no_indirect_content(extract):
    x = extract("She read the long report about the war in the library yesterday.")
    assert not [q for q in x.quotes if q.cue == "read"]
