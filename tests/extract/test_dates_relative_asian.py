"""Body dates in Thai, Chinese, Japanese and Korean resolved against the publication date:
Buddhist-era years (Thai only), "last year + month" and weekdays, from per-language data."""

import pytest

from storyline.extract.dates import find_dates_dateparser

PUBLISHED = "2024-03-09"  # a Saturday


def _dates(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.granularity) for d in
            find_dates_dateparser(text, "a1", PUBLISHED, language, [(0, len(text))])]


def test_thai_buddhist_era_year_in_body():
    assert ("1 ตุลาคม 2568", "2025-10-01", "day") in _dates("ห้องสมุดจะเปิดให้บริการในวันที่ 1 ตุลาคม 2568 ตามแผนเดิม", "th")


def test_buddhist_era_is_thai_only():
    # "2568" in another language is a number, not a year of the Buddhist era.
    assert all(v is None or not v.startswith("2025") for _, v, _ in _dates("Le 1 octobre 2568 personnes", "fr"))


@pytest.mark.parametrize("language,text,span", [
    ("zh", "该项目去年10月开始规划。", "去年10月"),
    ("ja", "計画は昨年10月に始まった。", "昨年10月"),
    ("ko", "이 사업은 지난해 10월 계획됐다.", "지난해 10월"),
    ("th", "โครงการนี้เริ่มวางแผนตั้งแต่เดือนตุลาคมปีที่แล้ว", "ตุลาคมปีที่แล้ว"),
])
def test_last_year_and_month(language, text, span):
    assert (span, "2023-10", "month") in _dates(text, language)


@pytest.mark.parametrize("language,text,span", [
    ("zh", "图书馆周五正式开放。", "周五"),
    ("zh", "图书馆星期五正式开放。", "星期五"),
    ("ja", "図書館は金曜日に開館した。", "金曜日"),
    ("ko", "도서관은 금요일에 개관했다.", "금요일"),
    ("th", "ห้องสมุดเปิดเมื่อวันศุกร์ที่ผ่านมา", "วันศุกร์"),
])
def test_weekday_is_the_latest_one(language, text, span):
    assert (span, "2024-03-08", "day") in _dates(text, language)


@pytest.mark.parametrize("language,text,span", [
    ("zh", "图书馆上周五正式开放。", "上周五"),
    ("ja", "図書館は先週金曜日に開館した。", "先週金曜日"),
    ("ko", "도서관은 지난주 금요일 개관했다.", "지난주 금요일"),
    ("th", "ห้องสมุดเปิดเมื่อวันศุกร์สัปดาห์ที่แล้ว", "วันศุกร์สัปดาห์ที่แล้ว"),
])
def test_weekday_of_last_week(language, text, span):
    assert (span, "2024-03-01", "day") in _dates(text, language)


def test_weekday_followed_by_a_time_of_day_stays_in_its_week():
    assert ("周五", "2024-03-08", "day") in _dates("图书馆周五下午开放。", "zh")
