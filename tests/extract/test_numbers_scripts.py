"""Figures in scripts that write digits onto words (Chinese, Japanese, Korean, Thai) and in
Arabic-Indic digits with the Arabic separators."""

from storyline.extract.numbers import counted_class, find_numbers, find_quantities, parse_number


def _q(text, language):
    return [(q.value, q.unit, q.year) for q in find_quantities(text, language)]


def test_digits_written_onto_han_kana_and_hangul_are_figures():
    assert _q("洪水后约3100人撤离，河水在12小时内上涨。", "zh") == [(3100.0, None, False), (12.0, "h", False)]
    assert _q("堤防の水位は5.28メートルに達し、約900人が避難した。", "ja") == [(5.28, "m", False), (900.0, None, False)]
    assert _q("주민 450명이 48시간 동안 대피했다.", "ko") == [(450.0, None, False), (48.0, "h", False)]
    assert _q("น้ำสูง 3.5เมตร", "th") == [(3.5, "m", False)]


def test_number_words_keep_their_boundaries():
    # "十分" (very) and "一些" hold number characters but no figure.
    assert _q("这个决定十分重要，一些居民表示担忧。", "zh") == []


def test_a_numbered_article_is_a_designation_not_an_amount():
    # "조" is also the scale word for a trillion; after the ordinal prefix it names an article.
    assert _q("제9조는 위헌이다.", "ko") == [(9.0, None, False)]
    assert _q("第9条被裁定违宪。", "zh") == [(9.0, None, False)]
    assert _q("予算は3兆円", "ja") == [(3e12, "JPY", False)]


def test_a_year_written_with_its_year_character_is_a_calendar_year():
    assert _q("법은 2031년에 시행된다.", "ko") == [(2031.0, None, True)]
    assert _q("该法将于2031年生效。", "zh") == [(2031.0, None, True)]
    assert _q("工事は3年間かかる。", "ja") == [(3.0, "yr", False)]


def test_what_a_joined_figure_counts_comes_from_the_language_tables():
    spans = find_numbers("주민 450명의 집이 잠겼다. 물은 48시간 만에 빠졌다.", "a", None, [], "ko")
    assert [(s.label, s.attrs["unit"]) for s in spans] == [("450", "명의"), ("48", "시간")]
    assert counted_class(spans[0].attrs["unit"]) == "people"
    spans = find_numbers("約900人が避難した。", "a", None, [], "ja")
    assert [(s.label, s.attrs["unit"]) for s in spans] == [("900", "人")]
    assert counted_class("人") == "people"


def test_arabic_indic_digits_and_separators():
    assert parse_number("٥٫٢٨", "ar") == 5.28
    assert parse_number("٣٬١٠٠", "ar") == 3100.0
    assert parse_number("۱۲٫۵", "ar") == 12.5  # Persian digits
    assert _q("بلغ منسوب النهر ٥٫٢٨ متر وتم إجلاء ٣٬١٠٠ شخص", "ar") == [(5.28, "m", False), (3100.0, None, False)]
    # A conjunction written onto the figure ("و" + figure) does not hide it.
    assert _q("و٤٥٠ شخصا", "ar") == [(450.0, None, False)]


def test_values_compare_across_scripts():
    en = find_quantities("The river peaked at 5.28 metres.", "en")[0]
    ar = find_quantities("بلغ النهر ٥٫٢٨ متر", "ar")[0]
    ja = find_quantities("水位は５．２８メートル", "ja")[0]
    assert en.value == ar.value == ja.value == 5.28
    assert en.unit == ar.unit == ja.unit == "m"


def test_a_figure_after_an_ordinal_prefix_is_marked_a_designation():
    # "第12条" / "제12조": article 12, not twelve of anything; a plain count is no designation.
    for text, language in (("法律第12条被裁定违宪", "zh"), ("법률 제12조는 위헌이다", "ko"), ("第12条が無効とされた", "ja")):
        q = find_quantities(text, language)[0]
        assert (q.value, q.designation) == (12.0, True), text
    assert not find_quantities("约3100人撤离", "zh")[0].designation
