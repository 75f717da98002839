"""Speaker rules added in the third PolNeAR round: each test pins one of them."""


def _quote(x, words):
    hits = [q for q in x.quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in x.quotes]}"
    return hits[0]


def _span(text, q):
    assert q.speaker_span is not None, f"no speaker for {q.text!r}"
    return text[q.speaker_span[0] : q.speaker_span[1]]


def test_according_to_names_a_document_as_source(extract):
    # A summary cannot hold a view, but "according to" names the source all the same.
    text = "The employee, though, did not delete the emails immediately, according to the summary."
    q = _quote(extract(text), "did not delete the emails")
    assert q.cue == "according to"
    assert _span(text, q) == "the summary"


def test_percentage_of_a_group_is_a_speaker(extract):
    text = "In Virginia, 85% of Democrats said the nation's economic system favors the wealthy."
    q = _quote(extract(text), "economic system favors the wealthy")
    assert "85%" in _span(text, q)


def test_as_someone_put_it_reports_a_quotation(extract):
    text = 'As John Cornyn, the No. 2 in the leadership, put it: "This person will not be confirmed."'
    q = _quote(extract(text), "This person will not be confirmed")
    assert q.direct and q.speaker == "John Cornyn"


def test_as_someone_put_it_reports_a_clause(extract):
    text = "Mitch McConnell agreed. As John Cornyn put it, the nominee will not be confirmed this year."
    q = _quote(extract(text), "the nominee will not be confirmed")
    assert not q.direct and q.speaker == "John Cornyn"


def test_colon_after_a_clause_without_cue_takes_its_subject(extract):
    # No reporting verb before the colon; the chain from the previous quote would say "Clinton",
    # but the clause ending in the colon has its own subject.
    text = ("“I have more votes than anyone,” Hillary Clinton said.\n\n"
            "Her rival Bernie Sanders then addressed the crowd: “No one is tearing this up.”")
    q = _quote(extract(text), "No one is tearing this up")
    assert q.speaker == "Bernie Sanders"


def test_colon_after_an_organisation_clause(extract):
    text = "The Illinois Board of Elections was conclusive in its findings: “Further discussion is unnecessary.”"
    q = _quote(extract(text), "Further discussion is unnecessary")
    assert "Illinois Board of Elections" in _span(text, q)


def test_colon_subject_must_be_an_agent(extract):
    text = "The road was closed on the day of the parade: “Nobody came.”"
    x = extract(text)
    assert all(q.speaker_span is None for q in x.quotes if "Nobody came" in q.text)


def test_passive_verb_subject_says_its_infinitive(extract):
    text = ('The debate was so subdued that Mr. Donald Trump was prompted to say, '
            '"So far, I cannot believe how civil it has been up here."')
    q = _quote(extract(text), "I cannot believe how civil")
    assert q.speaker == "Donald Trump"


def test_infinitive_of_purpose_takes_the_main_subject(extract):
    text = 'The columnist David Auerbach went so far as to say, "Twitter as we know it is over."'
    q = _quote(extract(text), "Twitter as we know it is over")
    assert q.speaker == "David Auerbach"


def test_inverted_cue_with_a_common_noun_speaker(extract):
    text = '"It is not correct to say anything against migrants," tweeted a German user from Hanover.'
    q = _quote(extract(text), "not correct to say anything")
    assert _span(text, q).startswith("a German user")


def test_two_word_object_of_a_stance_is_content(extract):
    text = "A campaign spokeswoman for the senator disputed their account on Friday."
    q = _quote(extract(text), "their account")
    assert not q.direct and q.cue == "disputed"
    assert _span(text, q).startswith("A campaign spokeswoman")


def test_quoted_show_title_is_no_quote(extract):
    # The programme's name is where it was said, not what was said.
    text = "Mr. Paul Manafort said on CBS's \"Face the Nation\" that the delegates would hold."
    x = extract(text)
    assert not any("Face the Nation" in q.text for q in x.quotes)
    q = _quote(x, "the delegates would hold")
    assert q.speaker == "Paul Manafort"


def test_someone_naming_something_is_a_stance_not_a_title(extract):
    # Someone calling Merkel a name is a stance; a book "called" a name is only a title.
    text = "Within minutes, Donald Trump called Rubio “Little Marco” multiple times."
    q = _quote(extract(text), "Little Marco")
    assert q.speaker == "Donald Trump"
    y = extract("Ivanka Trump published a book called “Women Who Work” last year.")
    assert not any("Women Who Work" in q.text for q in y.quotes)


def test_go_on_next_to_a_quotation_is_a_cue(extract):
    text = ("Megyn Kelly answered him.\n\n"
            "“You know, it happens, right?” Donald Trump went on, as if he did not hear her.")
    q = _quote(extract(text), "it happens, right")
    assert q.speaker == "Donald Trump"


def test_partial_quote_takes_the_verb_that_governs_it(extract):
    # The cue after the quotation ("charged") is another clause's; "called" governs the words.
    text = ('In 2009, under what John Hedge called "the prior economy model," the Marsh Landing '
            'Country Club charged members a high fee.')
    q = _quote(extract(text), "the prior economy model")
    assert q.speaker == "John Hedge"


def test_headline_name_before_colon_speaks_the_quotation(extract):
    # The NER misses the name in a title-case headline; a name and colon opening the line say who.
    text = ("Cecile Richards: ‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’\n\n"
            "The group's president spoke on Sunday.")
    q = _quote(extract(text), "Sick Of Men")
    assert _span(text, q) == "Cecile Richards"


def test_interview_letter_before_colon_is_still_no_speaker(extract):
    text = "Q: Did the immigration service take care of you?\nA: ‘No, no one did.’"
    x = extract(text)
    assert all(q.speaker_span is None for q in x.quotes if "no one did" in q.text)


def test_partial_quote_deep_below_its_reporting_verb(extract):
    # "said" governs the quote more than four steps up the parse, through "about ensuring that ...".
    text = ('Senator Bob Corker said he and his partners were "meticulous" about ensuring that they were '
            '"in no way involving any language that would touch the deal," a formal acronym for the Iran deal.')
    q = _quote(extract(text), "in no way involving")
    assert q.speaker == "Bob Corker"


def test_pronoun_in_reported_clause_takes_the_reporters_pronoun(extract):
    # No name in the sentence: the speaker is the reporter's "He", not the inner "he".
    text = "He said that he would offer “a prayer” for the eventual Republican nominee."
    q = _quote(extract(text), "a prayer")
    assert q.speaker_span is not None and q.speaker_span[0] == 0


def test_reporting_verb_sourced_by_according_to(extract):
    # The words reach the article through the pool report: it is the source of the quotation.
    text = ("“They do not care about politics,” Barack Obama said of the families of gun violence victims, "
            "according to a White House pool report.")
    q = _quote(extract(text), "They do not care about politics")
    assert q.direct
    assert _span(text, q) == "a White House pool report"


def test_as_clause_with_a_reporting_verb_reports_its_main_clause(extract):
    text = ("The awkward part, as Paul Krugman of the New York Times points out, is that the party has "
            "always attacked the government.")
    q = _quote(extract(text), "the party has always attacked the government")
    assert not q.direct and q.speaker == "Paul Krugman"


def test_evidence_verb_takes_a_thing_as_source(extract):
    # Photos and polls cannot hold a view, but what they show is attributed to them.
    text = "News footage from the scene showed the windshield of the truck riddled with bullet holes."
    q = _quote(extract(text), "the windshield of the truck")
    assert _span(text, q).startswith("News footage")


def test_passive_stance_with_agent(extract):
    # The agent criticises; the passive subject is what the stance is about.
    text = "The proposal was rejected by 64 percent of the electorate in the state."
    x = extract(text)
    q = _quote(x, "The proposal")
    assert q.cue == "rejected"
    assert _span(text, q).startswith("64 percent")
