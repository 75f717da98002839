"""Years of a language's own era and designations in a script without capitals (texts written for
this test)."""

from storyline.extract.numbers import find_quantities


def test_a_thai_buddhist_era_year_is_its_common_era_year():
    qs = find_quantities("สะพานแห่งใหม่จะเปิดใช้ในเดือนมีนาคม 2573 ตามแผนของจังหวัด", "th")
    years = [q for q in qs if q.year]
    assert [(q.number, q.value) for q in years] == [("2573", 2030.0)]


def test_a_counted_figure_of_the_era_range_is_no_year():
    qs = find_quantities("ผู้ชมกว่า 2500 คนมาร่วมงาน", "th")
    assert [(q.value, q.year) for q in qs] == [(2500.0, False)]


def test_other_languages_keep_the_figure_as_printed():
    qs = find_quantities("The dam holds 2573 tonnes of silt, built in 2030.", "en")
    assert [(q.value, q.year) for q in qs] == [(2573.0, False), (2030.0, True)]


def test_a_figure_after_a_thai_designation_word_is_a_designation():
    qs = find_quantities("สภาแก้ไขมาตรา 12 ของกฎหมายประมง และเพิ่มเรืออีก 12 ลำ", "th")
    assert [(q.value, q.designation) for q in qs] == [(12.0, True), (12.0, False)]
