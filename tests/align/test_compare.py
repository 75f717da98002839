"""Number judgements between two claim units: bounds, tallies, and counts of one quantity."""

from __future__ import annotations

from storyline.align.claims import count_disagreement
from storyline.align.compare import number_disagreement
from storyline.align.units import NumberFact, Unit


def unit(article: str, value: float, hedge: str | None = None, noun: str = "people", verb: str = "kill",
         dates: list | None = None) -> Unit:
    raw = f"{value:g}"
    fact = NumberFact(value, raw, noun, verb, hedge is not None, 0, len(raw), "killed", hedge)
    return Unit(index=0, article_id=article, start=0, end=10, text=f"{raw} {noun} {verb}", sentence_index=0,
                english=True, numbers=[fact], dates=dates or [])


def test_two_tallies_of_one_toll_disagree() -> None:
    d = number_disagreement(unit("a", 57, "least"), unit("b", 61, "least"))
    assert d is not None and d.values == ("57", "61") and d.key == "people|kill"


def test_an_exact_count_above_a_floor_agrees_and_below_it_disagrees() -> None:
    assert number_disagreement(unit("a", 12, "than"), unit("b", 15)) is None
    assert number_disagreement(unit("a", 12, "than"), unit("b", 9)) is not None


def test_an_exact_count_under_a_ceiling_agrees() -> None:
    assert number_disagreement(unit("a", 300, "up"), unit("b", 250)) is None
    assert number_disagreement(unit("a", 300, "under"), unit("b", 320)) is not None


def test_vague_estimates_agree_when_close() -> None:
    assert number_disagreement(unit("a", 100, "about"), unit("b", 110)) is None
    assert number_disagreement(unit("a", 100, "about"), unit("b", 400)) is not None


def test_count_disagreement_needs_undated_comparable_counts() -> None:
    assert count_disagreement(unit("a", 57, "least"), unit("b", 61, "least")) is not None
    # Background about another event, or a count of another scope.
    assert count_disagreement(unit("a", 57, "least"), unit("b", 61, "least", dates=[("2023-02", "month")])) is None
    assert count_disagreement(unit("a", 57, "least"), unit("b", 50000, "least")) is None
    assert count_disagreement(unit("a", 57, noun="people", verb="kill"), unit("b", 61, noun="house", verb="kill")) is None


def test_a_peak_bounds_the_closing_figure() -> None:
    # "weakened as much as 1.3%" (intraday peak) and "weakened 0.6%" can both be right.
    assert number_disagreement(unit("a", 1.3, "much", noun="percent", verb="weaken"),
                               unit("b", 0.6, noun="percent", verb="weaken")) is None
