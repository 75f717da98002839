from storyline.text import fold, ngram_overlap, sentence_spans, shingles, words


def test_sentence_spans_point_into_the_text():
    t = 'Mr. Smith went to Washington. He said "No." Then U.S. officials left!\nNew line here.'
    spans = sentence_spans(t)
    assert [t[s:e] for s, e in spans] == [
        "Mr. Smith went to Washington.", 'He said "No."', "Then U.S. officials left!", "New line here."]


def test_fold_and_words():
    assert fold("Erdoğan’s") == "erdogan's"
    assert words("Jean-Luc Mélenchon, 3.5%") == ["jean-luc", "melenchon", "3.5"]


def test_overlap():
    a = "the quick brown fox jumps over the lazy dog today"
    assert ngram_overlap(a, a) == 1.0
    assert ngram_overlap(a, "completely different words in this other sentence here now") == 0.0
    assert len(shingles("a b c", 5)) == 1
