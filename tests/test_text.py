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


def _split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_full_width_terminators_end_sentences_without_a_space():
    # Chinese and Japanese put no space after 。！？; a terminator inside a closing quote mark ends
    # the quotation, and the sentence goes on to its speech verb.
    assert _split("市は避難所を開いた。知事は「全力で支援する。」と述べた。本当か？はい！") == [
        "市は避難所を開いた。", "知事は「全力で支援する。」と述べた。", "本当か？", "はい！"]
    assert _split("工厂周三停产。工会表示：“我们会继续谈判。”谈判下周开始。") == [
        "工厂周三停产。", "工会表示：“我们会继续谈判。”谈判下周开始。"]


def test_arabic_question_mark_ends_a_sentence():
    assert _split("هل انتهت الأزمة؟ قال الوزير إن العمل مستمر.") == [
        "هل انتهت الأزمة؟", "قال الوزير إن العمل مستمر."]


def test_ordinal_days_and_abbreviations_of_other_languages_do_not_end_sentences():
    assert _split("Der Vertrag wurde am 3. März 2025 unterzeichnet. Nach Art. 4 Abs. 1 gilt er sofort.") == [
        "Der Vertrag wurde am 3. März 2025 unterzeichnet.", "Nach Art. 4 Abs. 1 gilt er sofort."]
    assert _split("Mme. Lefort a parlé. Le texte, art. 9, reste.") == ["Mme. Lefort a parlé.", "Le texte, art. 9, reste."]
    assert _split("Prof. Nowak i dr Wiśniewska przyjechali. Spotkanie trwało dwie godziny.") == [
        "Prof. Nowak i dr Wiśniewska przyjechali.", "Spotkanie trwało dwie godziny."]


def test_common_words_still_end_sentences():
    # Abbreviations are merged over languages, so none may be an ordinary word of another one; a
    # number abbreviation holds only before a number.
    assert _split("The door stayed shut. Nobody came out. The gallery shows modern art. The rest is closed.") == [
        "The door stayed shut.", "Nobody came out.", "The gallery shows modern art.", "The rest is closed."]
    assert _split("Prices rose in 2009. May was colder.") == ["Prices rose in 2009.", "May was colder."]


def test_period_ends_sentence_except_after_initials_and_abbreviations():
    from storyline.text import period_ends_sentence

    assert period_ends_sentence("Friday.") and period_ends_sentence("harbour.")
    assert not any(period_ends_sentence(w) for w in ("J.", "H.R.", "U.S.", "Mr.", "St.", "Friday", "Inc."))
