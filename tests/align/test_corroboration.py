"""Corroboration and conflicts across languages and wordings, counted by lineage family.

Small invented stories: one figure stated in several languages and number formats, reports
that disagree on a count or a year, paraphrases that must not be read as disagreement, and a
copy whose changed figure is drift, never a dispute or a fact.
"""

from __future__ import annotations

from storyline.align import analyze_story
from storyline.model import Article, LineageEdge, Story
from storyline.options import Options


def _art(aid: str, text: str, language: str, outlet: str | None = None) -> Article:
    return Article(aid, f"{aid}.txt", text, outlet=outlet, language=language)


def _run(arts: list[Article], edges: list[LineageEdge] | None = None) -> dict:
    return analyze_story(Story("s", [a.id for a in arts]), arts, {}, edges or [], Options())


def _fact(result: dict, *needles: str) -> dict | None:
    return next((f for f in result["facts"] if any(n in f["text"] or n == f["value"] for n in needles)), None)


GAUGE = [
    _art("pl", "W niedzielę rzeka Wartawa osiągnęła 5,83 m na wodowskazie w Borzęcinie, podał instytut PIHM. "
               "Z zagrożonych terenów w Borzęcinie ewakuowano około 3 400 osób.", "pl", "Gazeta Nadrzeczna"),
    _art("en-tr", "On Sunday the Wartawa river reached 5.83 m on the gauge in Borzecin, the PIHM institute reported. "
                  "About 3,400 people were evacuated from areas at risk in Borzecin.", "en", "River Post"),
    _art("en-wire", "The Wartawa river peaked at 5.83 metres in the town of Borzecin early on Sunday, the PIHM "
                    "institute said. Officials said about 3,400 people had been evacuated in Borzecin.", "en", "Wire One"),
    _art("de", "Der Fluss Wartawa erreichte am Sonntag in Borzecin einen Pegel von 5,83 Metern, teilte das Institut "
               "PIHM mit. Mehr als 5.200 Menschen wurden in Borzecin in Sicherheit gebracht.", "de", "Rheinblatt"),
]
GAUGE_EDGES = [LineageEdge("pl", "en-tr", "translation", 0.9, 0.9)]


def test_one_figure_in_three_languages_is_one_fact_counted_by_family():
    r = _run(GAUGE, GAUGE_EDGES)
    level = _fact(r, "5,83", "5.83")
    assert level is not None, r["facts"]
    assert set(level["article_ids"]) == {"pl", "en-tr", "en-wire", "de"}
    # The translation is not a second source.
    assert level["independent_sources"] == 3


def test_counts_differing_between_independent_reports_conflict_across_languages():
    r = _run(GAUGE, GAUGE_EDGES)
    nums = [x for x in r["conflicts"] if x["kind"] == "number"]
    assert len(nums) == 1, nums
    values = {st["article_id"]: st["value"] for st in nums[0]["statements"]}
    assert values.get("de") == "5.200" and {"3,400", "3 400"} & set(values.values())
    assert nums[0]["within_family"] is False
    # The brief states the dispute as a dispute and never the disputed count as fact.
    disputed = [b for b in r["brief"] if b["kind"] == "disputed"]
    assert disputed and "5.200" in disputed[0]["text"]
    assert not any("5.200" in b["text"] for b in r["brief"] if b["kind"] != "disputed")


def test_paraphrased_amounts_agree():
    arts = [
        _art("a", "The city of Norhaven fined the operator $1 million on Monday for the spill.", "en", "Coast Daily"),
        _art("b", "Norhaven city council fined the operator one-million dollars over the spill on Monday.", "en", "Harbour Times"),
        _art("c", "Norhaven fined the spill operator $US1 million ($1.52 million) on Monday.", "en", "Southern Herald"),
    ]
    r = _run(arts)
    assert not [x for x in r["conflicts"] if x["kind"] == "number"], r["conflicts"]
    fine = _fact(r, "$1 million", "one-million dollars", "$US1 million")
    assert fine is not None and fine["independent_sources"] == 3


def test_an_extra_quote_is_no_negation():
    a = _art("a", "Police in Dunmere arrested two men after the robbery on Friday.", "en", "Dunmere Echo")
    b = _art("b", "Police in Dunmere arrested two men after the robbery on Friday, saying \u201cwe will not "
                  "tolerate this\u201d.", "en", "County News")
    r = _run([a, b])
    assert not [x for x in r["conflicts"] if x["kind"] == "negation"], r["conflicts"]


def test_years_of_one_event_conflict_even_beside_other_dates():
    a = _art("a", "The Kessel bridge was opened in 1972 and was closed for repairs in March 2024, the council said.",
             "en", "Valley News")
    b = _art("b", "Opened in 1982, the Kessel bridge was closed for repairs in March 2024, the council said.", "en",
             "Kessel Courier")
    c = _art("c", "Le pont de Kessel, inauguré en 1972, a été fermé pour travaux en mars 2024, selon la mairie.",
             "fr", "Le Petit Kessel")
    r = _run([a, b, c])
    dates = [x for x in r["conflicts"] if x["kind"] == "date"]
    assert len(dates) == 1, r["conflicts"]
    values = {st["article_id"]: st["value"] for st in dates[0]["statements"]}
    assert values["b"] == "1982" and values["a"] == "1972"


def test_a_copy_that_changed_a_figure_is_drift_not_a_conflict_nor_a_fact():
    origin = _art("o", "Carmine Bank agreed to buy Ostra Bank for 1.5 billion euros on Tuesday, the banks said. "
                       "The deal will cut about 380 jobs over three years.", "en", "Money Wire")
    copy = _art("r", "Carmine Bank is buying Ostra Bank in a deal worth 1.7 billion euros, the banks said on Tuesday. "
                     "The deal will cut about 380 jobs over three years.", "en", "Buzz Finance")
    other = _art("i", "Carmine Bank neemt Ostra Bank over voor 1,5 miljard euro, maakten de banken dinsdag bekend.",
                 "nl", "Beursbode")
    r = _run([origin, copy, other], [LineageEdge("o", "r", "rewrite", 0.6, 0.8)])
    assert not [x for x in r["conflicts"] if x["kind"] == "number"], r["conflicts"]
    assert not any("1.7 billion" in b["text"] for b in r["brief"])
    price = _fact(r, "1.5 billion", "1,5 miljard")
    assert price is not None and {"o", "i"} <= set(price["article_ids"]) and price["independent_sources"] == 2


def test_articles_without_outlet_are_named_by_title_or_record_id():
    from storyline.align.brief import source_name

    assert source_name(Article("3f9a0c", "x.jsonl#4", "Text here.", title="Floods close schools")) == \
        "\u201cFloods close schools\u201d"
    assert source_name(Article("3f9a0c", "x.jsonl#4", "Text here.", external_id="rec-17")) == "record rec-17"
    assert "3f9a0c" not in source_name(Article("3f9a0c", "x.jsonl#4", "Floods closed schools in Dunmere."))


def test_a_wire_copy_without_outlet_is_named_by_its_agency():
    from storyline.align.brief import source_name

    wire = Article("9c1d", "w.txt", "LISBON, June 4, 2025 (Tagus Press Agency) — Dockers at the port began a strike.")
    assert source_name(wire) == "Tagus Press Agency"
    plain = Article("9c1e", "p.txt", "PORTO, June 4 - Dockers at the port began a strike on Friday morning.")
    assert "PORTO" not in source_name(plain) and "Dockers" in source_name(plain)
