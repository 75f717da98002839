"""Number judgements between two claim units: bounds, tallies, and counts of one quantity."""

from __future__ import annotations

from storyline.align.claims import count_disagreement
from storyline.align.compare import number_disagreement
from storyline.align.units import NumberFact, Unit


def unit(article: str, value: float, hedge: str | None = None, noun: str = "people", verb: str = "kill",
         dates: list | None = None, sentence: int = 0, entities: frozenset = frozenset({"malatya"})) -> Unit:
    raw = f"{value:g}"
    fact = NumberFact(value, raw, noun, verb, hedge is not None, 0, len(raw), "killed", hedge)
    return Unit(index=0, article_id=article, start=0, end=10, text=f"{raw} {noun} {verb}", sentence_index=sentence,
                english=True, numbers=[fact], dates=dates or [], entities=entities)


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
    # Figures deep in an article, or about nothing named in common.
    assert count_disagreement(unit("a", 57, "least"), unit("b", 61, "least", sentence=9)) is None
    assert count_disagreement(unit("a", 57, "least"), unit("b", 61, "least", entities=frozenset({"oakland"}))) is None
    assert count_disagreement(unit("a", 57, noun="people", verb="kill"), unit("b", 61, noun="house", verb="kill")) is None


def test_a_peak_bounds_the_closing_figure() -> None:
    # "weakened as much as 1.3%" (intraday peak) and "weakened 0.6%" can both be right.
    assert number_disagreement(unit("a", 1.3, "much", noun="percent", verb="weaken"),
                               unit("b", 0.6, noun="percent", verb="weaken")) is None


def test_mutual_best_sentences_of_two_copies_reach_the_claim_threshold() -> None:
    import numpy as np

    from storyline.align.groups import align_copies
    from storyline.options import ClaimOptions

    FAMILY_MATCH = ClaimOptions().family_match

    units = [Unit(index=k, article_id=a, start=0, end=1, text="x", sentence_index=k % 2, english=a == "en")
             for k, a in enumerate(["en", "en", "es", "es"])]
    score = np.eye(4, dtype=np.float32)
    score[0, 2] = score[2, 0] = 0.68  # a translated sentence and its original
    score[1, 3] = score[3, 1] = 0.5  # too weak even for copies
    score[0, 3] = score[3, 0] = 0.62  # not the best match of either
    copies = score.copy()
    items = [(u.article_id, u.index) for u in units]
    align_copies(copies, items, {"en": "f", "es": "f"}, 0.75, FAMILY_MATCH)
    assert copies[0, 2] == copies[2, 0] == 0.75
    assert copies[1, 3] == 0.5 and copies[0, 3] == np.float32(0.62)
    # Independent articles are never raised.
    independent = score.copy()
    align_copies(independent, items, {"en": "en", "es": "es"}, 0.75, FAMILY_MATCH)
    assert (independent == score).all()
