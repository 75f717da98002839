"""Conflict recall between independent families: one specific quantity (a counted class of people,
an amount of one currency, a measure) given two values, across languages, outside the opening
sentences and in different wordings; and the cases that must stay quiet (copies, paraphrases,
durations, two events in two places, a report that prints both figures itself)."""

from __future__ import annotations

from storyline.align import analyze_story
from storyline.align.conflicts import _agree, _quantity_class
from storyline.align.units import NumberFact
from storyline.model import Article, LineageEdge, Story
from storyline.options import Options


def _art(aid: str, text: str, language: str, outlet: str) -> Article:
    return Article(aid, f"{aid}.txt", text, outlet=outlet, language=language)


def _numbers(arts: list[Article], edges: list[LineageEdge] | None = None) -> list[dict]:
    r = analyze_story(Story("s", [a.id for a in arts]), arts, {}, edges or [], Options())
    return [c for c in r["conflicts"] if c["kind"] == "number"]


def _values(conflict: dict) -> set[str]:
    return {st["value"] for st in conflict["statements"]}


def _n(value: float, raw: str, approx: bool = False, hedge: str | None = None, **kw) -> NumberFact:
    return NumberFact(value, raw, kw.pop("noun", None), kw.pop("verb", None), approx, 0, len(raw), hedge=hedge, **kw)


def test_people_like_nouns_are_one_counted_class():
    assert _quantity_class(_n(37, "37", noun="employees", verb="evacuate")) == "people"
    assert _quantity_class(_n(450, "450", noun="crew members", verb="join")) == "people"
    assert _quantity_class(_n(40, "40", noun="people", verb="evacuate")) == "people"
    # A compound's head decides; durations and shares are no specific quantity.
    assert _quantity_class(_n(450, "450", noun="full-time positions")) == "jobs"
    assert _quantity_class(_n(2400, "2,400", noun="square metres")) is None
    assert _quantity_class(_n(3, "three", noun="weeks", measure="wk")) is None
    assert _quantity_class(_n(150e6, "150 million roubles", noun="rub", measure="RUB")) == "RUB"
    assert _quantity_class(_n(15, "$15", measure="USD")) is None  # a price, not a disputed sum


def test_an_approximate_figure_holds_to_its_rounding_place():
    assert not _agree(_n(320, "320", approx=True, hedge="about"), _n(280, "280"))
    assert _agree(_n(1800, "1,800", approx=True, hedge="about"), _n(1830, "1,830"))
    # A floor holds for any larger count.
    assert _agree(_n(57, "57", approx=True, hedge="least"), _n(61, "61"))


STRIKE = [
    _art("a", "Ferry services between Kestrel and Vardo were cancelled on Tuesday. The union said 450 crew members "
              "joined the strike over pay.", "en", "Harbour Wire"),
    _art("b", "Die Fähren zwischen Kestrel und Vardo fielen am Dienstag aus. Nach Angaben der Gewerkschaft "
              "beteiligen sich 410 Beschäftigte an dem Streik.", "de", "Nordblatt"),
    _art("b-en", "Ferries between Kestrel and Vardo were cancelled on Tuesday. According to the union, 410 employees "
                 "are taking part in the strike.", "en", "Nordblatt English"),
]


def test_counts_worded_differently_conflict_between_families():
    nums = _numbers(STRIKE, [LineageEdge("b", "b-en", "translation", 0.9, 0.9)])
    assert len(nums) == 1, nums
    assert {"450", "410"} <= _values(nums[0])
    assert nums[0]["within_family"] is False


def test_the_same_counts_within_one_family_are_no_conflict():
    edges = [LineageEdge("b", "b-en", "translation", 0.9, 0.9), LineageEdge("b", "a", "rewrite", 0.7, 0.8)]
    assert _numbers(STRIKE, edges) == []


FIRE = [
    _art("ru", "В Самаре загорелся склад. Пожар охватил 2 400 квадратных метров. Ответственность выясняется. "
               "Пострадавших нет. Ущерб компания оценивает в 150 миллионов рублей.", "ru", "Волжские вести"),
    _art("en", "A warehouse fire broke out in Samara on Friday. Nobody was hurt. The blaze covered 2,400 square "
               "metres. Firefighters worked through the night. The company put the damage at 200 million "
               "roubles.", "en", "Volga Wire"),
]


def test_an_amount_deep_in_two_reports_of_two_languages_conflicts():
    nums = _numbers(FIRE)
    assert len(nums) == 1, nums
    assert _values(nums[0]) == {"150 миллионов рублей", "200 million roubles"}


def test_an_amount_and_its_paraphrase_do_not_conflict():
    arts = [FIRE[0], _art("en2", "A warehouse fire broke out in Samara on Friday. Nobody was hurt. Firefighters "
                                 "worked through the night. The company put the damage at 150 million roubles "
                                 "($1.9 million).", "en", "Volga Wire")]
    assert _numbers(arts) == []


def test_a_report_that_gives_two_such_values_is_no_side():
    arts = [FIRE[0], _art("en3", "A warehouse fire broke out in Samara on Friday. Nobody was hurt. Firefighters "
                                 "worked through the night. The company first put the damage at 150 million "
                                 "roubles. Insurers later spoke of 200 million roubles.", "en", "Volga Wire")]
    assert _numbers(arts) == []


def test_amounts_of_two_events_in_two_places_do_not_conflict():
    arts = [
        _art("p", "Armed robbers stole gems worth 85 million euros from a jeweller in Lyon on Friday.", "en", "One"),
        _art("q", "A gunman made off with jewels worth 103 million euros from the Grand Hotel in Nice last month.",
             "en", "Two"),
    ]
    assert _numbers(arts) == []


def test_durations_are_no_disputed_quantity():
    arts = [
        _art("x", "Page had been in hospital in Dunmere for the past three weeks with pneumonia.", "en", "One"),
        _art("y", "She had been treated in a Dunmere hospital for four weeks for pneumonia.", "en", "Two"),
    ]
    assert _numbers(arts) == []


def test_a_measure_given_by_one_report_against_the_rest_across_languages():
    arts = [
        _art("w", "Nine cavers were brought out near Valdora on Monday. They had been trapped some 410 metres "
                  "underground after a flash flood on Saturday, the rescue service said.", "en", "Karst Wire"),
        _art("e", "Nueve espeleólogos fueron rescatados cerca de Valdora el lunes. Estaban atrapados a unos 410 "
                  "metros de profundidad tras una crecida el sábado, según el servicio de rescate.", "es",
             "Diario del Valle"),
        _art("g", "El jefe de los rescatistas explicó que los espeleólogos se encontraban a 340 metros de profundidad "
                  "cuando subió el agua, y que el campamento estaba a menos de 150 metros del sifón.", "es",
             "Radio Valle"),
    ]
    nums = _numbers(arts)
    assert len(nums) == 1, nums
    assert {"410", "340"} <= _values(nums[0])


def test_a_round_figure_agrees_with_what_rounds_to_it():
    assert _agree(_n(140e6, "$140 million", measure="USD"), _n(142e6, "$142 million", approx=True, hedge="over",
                                                               measure="USD"))
    # Small counts are exact: three cables are not two.
    assert not _agree(_n(3, "three"), _n(2, "two"))
    assert not _agree(_n(450, "450"), _n(410, "410"))


def test_a_question_asserts_no_figure():
    arts = [
        _art("k", "The Harbour club pays its Norhaven striker 21 million euros a season, club sources said.", "en",
             "One"),
        _art("m", "Should the Harbour club pay its Norhaven striker 25 million euros a season?", "en", "Two"),
    ]
    assert _numbers(arts) == []
    # Stated, the same figures dispute one salary.
    arts[1] = _art("m", "The Harbour club pays its Norhaven striker 25 million euros a season.", "en", "Two")
    assert len(_numbers(arts)) == 1


def test_conflict_thresholds_come_from_the_options():
    from storyline.options import ConflictOptions

    about, other = _n(320, "320", approx=True, hedge="about"), _n(280, "280")
    assert not _agree(about, other)  # default: good to a tenth of 320
    assert _agree(about, other, ConflictOptions(approx_share=0.2))  # a looser reading of "about"
    price = _n(15, "$15", measure="USD")
    assert _quantity_class(price, ConflictOptions(min_amount=10)) == "USD"


def test_the_claims_approximation_ratio_also_holds_in_conflicts():
    # One option says how far an approximate figure may stray: claims and conflicts read the same one.
    from storyline.options import ClaimOptions, ConflictOptions

    about, exact = _n(200, "200", approx=True, hedge="about"), _n(230, "230")
    assert _agree(about, exact)
    assert not _agree(about, exact, ConflictOptions(), ClaimOptions(approx_ratio=1.05))
