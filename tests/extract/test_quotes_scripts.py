"""Quotes in scripts without spaces or with their own quotation marks, and speakers written in
them (Japanese corner brackets, Korean quotative endings, Chinese and Thai quotes without a
speaker, a German addressee after the speaker's name)."""

from storyline.extract.quotes import find_quotes


def _q(text, language):
    return [(q.text, q.speaker, q.kind) for q in find_quotes(text, "a", None, [], language=language)]


def test_japanese_corner_brackets_quote_and_the_subject_speaks():
    text = "山本氏は「堤防の補強は急務であり、予算を確保する」と述べた。"
    assert _q(text, "ja") == [("堤防の補強は急務であり、予算を確保する", "山本", "direct")]


def test_white_corner_brackets_inside_a_quotation_stay_in_it():
    text = "佐藤氏は「住民は『もう限界だ』と話している」と語った。"
    assert _q(text, "ja") == [("住民は『もう限界だ』と話している", "佐藤", "direct")]


def test_unspaced_quotes_without_a_speaker_are_counted_in_words_not_chunks():
    # One space-separated chunk, many words: a whole quotation, not a scare quote.
    assert _q("“我们尊重法院对这项法律作出的裁决。”", "zh") == [("我们尊重法院对这项法律作出的裁决。", None, "direct")]
    th = "ผู้ว่าฯ กล่าวว่า \"เราต้องอพยพประชาชนออกจากพื้นที่ริมแม่น้ำทันที\""
    assert [(t, k) for t, _, k in _q(th, "th")] == [("เราต้องอพยพประชาชนออกจากพื้นที่ริมแม่น้ำทันที", "direct")]


def test_a_quotation_after_a_full_width_sentence_end_opens_its_sentence():
    text = "法院周五作出裁决。“这条规定侵犯了言论自由，必须废除。”"
    assert [k for _, _, k in _q(text, "zh")] == ["direct"]
    text = "声明全文如下：“我们将遵守这一裁决并修改法律。”"
    assert [k for _, _, k in _q(text, "zh")] == ["direct"]


def test_korean_topic_speaker_before_a_quotative_ending():
    text = "오세린 대변인은 기자들에게 \"우리는 법원의 판단을 존중한다\"라고 말했다."
    assert _q(text, "ko") == [("우리는 법원의 판단을 존중한다", "오세린", "direct")]
    text = "한지훈 교수는 \"법원이 분명한 선을 그었다\"이라고 밝혔다."
    assert _q(text, "ko") == [("법원이 분명한 선을 그었다", "한지훈", "direct")]


def test_german_addressee_after_the_name_is_not_part_of_it():
    text = ("Die Vorsitzende der Fraktion, Petra Ekwall, reagierte rasch. „Das ist ein klares Signal an die "
            "Regierung“, sagte Ekwall der Zeitung am Abend.")
    assert [s for _, s, _ in _q(text, "de")] == ["Petra Ekwall"]
    text = "„Wir prüfen das Urteil genau“, sagte Marek Sommerfeld dem Sender."
    assert [s for _, s, _ in _q(text, "de")] == ["Marek Sommerfeld"]
    # A particle that opens a surname stays ("van der Berg").
    text = "„Wir prüfen das Urteil genau“, sagte Anke van der Berg."
    assert [s for _, s, _ in _q(text, "de")] == ["Anke van der Berg"]


def test_a_recognised_name_that_took_the_addressee_along_is_trimmed():
    from storyline.model import Span

    text = "Der Chef, Jonas Berger, kam. „Das ist eine Ohrfeige für die Regierung“, sagte Berger der Zeitung."
    i = text.index("Berger der Zeitung")
    ent = Span("a", i, i + len("Berger der Zeitung"), "PERSON", "Berger der Zeitung", "Berger der Zeitung")
    got = [q.speaker for q in find_quotes(text, "a", None, [ent], language="de")]
    assert got == ["Jonas Berger"]


def test_korean_role_after_an_organisation_noun_names_the_person_not_the_organisation():
    text = "최민 정부 대변인은 \"우리는 결정을 받아들인다\"라고 밝혔다."
    assert [s for _, s, _ in _q(text, "ko")] == ["최민"]
    # A name the article gives in Latin letters in brackets is the speaker.
    text = "하나 로웰(Hana Lowell) 정부 대변인은 방문 중 \"우리는 결정을 받아들인다\"라고 밝혔다."
    assert [s for _, s, _ in _q(text, "ko")] == ["Hana Lowell"]
