"""Facts: one figure stated by several articles, counted once per lineage family."""

from __future__ import annotations

import re

import pytest

from storyline.align import analyze_story
from storyline.align.facts import describe
from storyline.align.units import NumberFact, Unit
from storyline.model import Article, LineageEdge, Story
from storyline.options import Options

RATE_A = (
    "The Central Bank of Valdoria on Tuesday lowered its policy rate to 6.5% from 7.25%, taking investors "
    "by surprise with a three-quarter-point move. Governor Isabel Fuentes said prices were falling faster "
    "than forecast. Exporters welcomed the decision."
)
RATE_B = (
    "Valdoria's currency weakened on Wednesday. The Central Bank of Valdoria reduced its benchmark rate to "
    "6.50% on Tuesday, its largest cut since 2014. Analysts at Banco Austral expect one more cut this year."
)
RATE_C = (
    "Farmers in Valdoria protested on Thursday against a new water tax. The Central Bank of Valdoria held "
    "talks with 8 farm groups about credit lines."
)
OTHER = (
    "In neighbouring Corvania, the Corvanian central bank raised its deposit rate to 6.5% on Tuesday to defend "
    "the lira."
)


def _art(aid: str, text: str, outlet: str) -> Article:
    return Article(aid, f"{aid}.txt", text, outlet=outlet, language="en")


@pytest.fixture(scope="module")
def result():
    arts = [
        _art("a", RATE_A, "Pacific Business Review"),
        _art("a-copy", RATE_A + " Copyright Pacific.", "Daily Reprint"),
        _art("b", RATE_B, "Southern Economic Monitor"),
        _art("c", RATE_C, "Farm Journal"),
        _art("d", OTHER, "Corvania Times"),
    ]
    edges = [LineageEdge(origin="a", derived="a-copy", kind="near_duplicate", score=0.98, confidence=0.9)]
    story = Story("s1", [a.id for a in arts])
    return analyze_story(story, arts, {}, edges, Options())


def test_independent_reports_of_one_figure_form_one_fact(result):
    rate = [f for f in result["facts"] if f["value"].rstrip("%") in ("6.5", "6.50") and "b" in f["article_ids"]]
    assert len(rate) == 1
    fact = rate[0]
    # The reprint is named but is not a second source.
    assert set(fact["article_ids"]) >= {"a", "a-copy", "b"}
    assert fact["independent_sources"] == 2 and fact["status"] == "corroborated"
    for span in fact["spans"]:
        text = {"a": RATE_A, "a-copy": RATE_A, "b": RATE_B, "d": OTHER}[span["article_id"]]
        assert text[span["start"]:span["end"]].rstrip("%") in ("6.5", "6.50")
    # Every claim it names states the figure.
    claims = {c["id"]: c for c in result["claims"]}
    assert fact["claim_ids"] and all(fact["id"] in claims[c]["fact_ids"] for c in fact["claim_ids"])


def test_same_value_about_another_subject_is_not_the_same_fact(result):
    # Corvania's 6.5% deposit rate names none of Valdoria's actors.
    assert not any("d" in f["article_ids"] for f in result["facts"])


def test_brief_states_the_agreed_figure_and_drops_only(result):
    agreed = [b for b in result["brief"] if b["kind"] == "agreed_figure"]
    assert agreed, result["brief"]
    b = agreed[0]
    # Stated in a report's own sentence, with its sources and their count (the reprint named, not counted).
    assert "(two independent sources: " in b["text"] and "6.5" in b["statement"]
    assert "6.5%" in b["figure"] and set(b["article_ids"]) >= {"a", "a-copy", "b"}
    for st in b["statements"]:
        assert "6.5" in st["text"]
    # Stated once: the other outlet's wording of the same figure is the same fact.
    assert sum(bool(re.search(r"6\.50?%", x["text"])) for x in result["brief"]) == 1, result["brief"]
    # Nothing that gives an agreed figure is framed "Only X reports that".
    singles = [x for x in result["brief"] if x["kind"] == "single_source"]
    assert all(not (x["text"].startswith("Only ") and "6.5" in x["text"]) for x in singles)


def _fact(text: str, raw: str, noun: str, verb_form: str | None = None, hedge: str | None = None) -> str:
    i = text.index(raw)
    n = NumberFact(0.0, raw, noun, None, hedge is not None, i, i + len(raw), verb_form, hedge)
    return describe(n, Unit(0, "x", 0, len(text), text, 0, True))


def test_describe_uses_the_printed_words():
    assert _fact("killing at least 57 people and injuring 412", "57", "person", "killed", "least") == \
        "at least 57 people killed"
    assert _fact("A magnitude 6.4 earthquake struck eastern Turkey", "6.4", "earthquake", "struck") == \
        "magnitude 6.4 earthquake struck"
    assert _fact("lowered its policy rate to 6.5% from 7.25%", "6.5", "percent", "lowered") == "policy rate to 6.5%"
    assert _fact("said 38 buildings had collapsed", "38", "building", "collapsed") == "38 buildings collapsed"
    assert _fact("more than 1,200 rescue workers had been sent", "1,200", "worker", "sent", "than") == \
        "more than 1,200 rescue workers sent"
    assert _fact("cut its rate by 75 basis points to 6.50%", "75", "basis", "cut") == "75 basis points cut"
    assert _fact("killed 12 people, officials said", "12", "person", "killed") == "12 people killed"


def _counted(text: str, raw: str, noun: str) -> bool:
    from storyline.align.facts import counted_after as _counted_after

    i = text.index(raw)
    n = NumberFact(0.0, raw, noun, None, False, i, i + len(raw))
    return _counted_after(n, Unit(0, "x", 0, len(text), text, 0, True))


def test_only_counts_are_facts():
    assert _counted("killing at least 57 people", "57", "person")
    assert _counted("cut its rate to 6.5 per cent", "6.5", "percent")
    # Compounds, scores, records, a figure after its noun, an age in apposition.
    assert not _counted("a 66-year-old woman was hit", "66", "year")
    assert not _counted("a 65 - 53 victory over Drake", "53", "victory")
    assert not _counted("Rahman (45-7-2, 36 KOs) fell", "45", "ko")
    assert not _counted("a death toll of 57 on Sunday", "57", "toll")
    assert not _counted("Pitman, 24, was charged", "24", "pitman")


def test_a_rank_is_not_a_count():
    assert not _counted("Felt, the No. 2 official at the FBI", "2", "official")
