"""A date stamp followed by its update time in brackets ("... (updated ...)", "…（更新：…）"):
the first date is the publication date, the bracketed one the update."""

from datetime import date

import pytest

from storyline.clean.dates import parse_date_line, read_stamp


@pytest.mark.parametrize("line", [
    "2024年3月5日 07:20（更新：2024年3月6日 10:05）",
    "2024年3月5日 07:20（更新时间：2024年3月6日 10:05）",
    "5 March 2024, 07:20 (updated 6 March 2024 10:05)",
    "5 March 2024, 07:20 (Updated: 6 March 2024, 10:05)",
    "5 marca 2024, 07:20 (aktualizacja 6 marca 2024 10:05)",
    "5 marca 2024, 07:20 (aktualizacja: 6 marca 2024, 10:05)",
    "2024년 3월 5일 07:20 (수정: 2024년 3월 6일 10:05)",
    "5. März 2024, 07:20 [aktualisiert 6. März 2024, 10:05]",
])
def test_bracketed_update_keeps_the_first_date_as_published(line):
    st = read_stamp(line)
    assert st.is_stamp
    assert st.published == date(2024, 3, 5)
    assert st.updated == date(2024, 3, 6)
    assert parse_date_line(line)[:2] == (date(2024, 3, 5), "")


def test_thai_buddhist_era_stamp_still_converts():
    st = read_stamp("เผยแพร่ 5 มีนาคม 2567 เวลา 07.20 น. (ปรับปรุง 6 มีนาคม 2567 เวลา 10.05 น.)")
    assert st.is_stamp and st.published == date(2024, 3, 5) and st.updated == date(2024, 3, 6)


def test_a_sentence_with_a_bracketed_update_is_not_a_stamp():
    line = "The council met on 5 March 2024 to discuss the budget (updated figures followed on 6 March 2024)."
    assert not read_stamp(line).is_stamp
