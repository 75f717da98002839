"""A wire dateline that names its agency in a script without capitals (texts written for this test)."""

from storyline.extract.sources import find_sources


def test_thai_wire_dateline_cites_the_agency():
    text = "ขอนแก่น 4 ส.ค. 2572 (รอยเตอร์) - เทศบาลประกาศปิดถนนสายหลักเพื่อซ่อมท่อประปา\n"
    found = find_sources(text, "a1", None)
    assert [(s.label, s.text) for s in found] == [("Reuters", "รอยเตอร์")]


def test_an_unknown_bracketed_word_is_no_dateline():
    text = "ขอนแก่น 4 ส.ค. 2572 (ชั่วคราว) - เทศบาลประกาศปิดถนนสายหลักเพื่อซ่อมท่อประปา\n"
    assert find_sources(text, "a1", None) == []
