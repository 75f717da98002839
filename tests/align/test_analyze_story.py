"""Cross-source alignment on a hand-written story (see fixtures.py)."""

from __future__ import annotations

import re

import pytest

from fixtures import build
from storyline.align import analyze_story
from storyline.model import Article, Extraction, LineageEdge, Story
from storyline.options import Options
from storyline.resources import embedder
from storyline.text import ngram_overlap, sentence_spans


@pytest.fixture(scope="module")
def story():
    return build()


@pytest.fixture(scope="module")
def result(story):
    s, arts, ext, edges = story
    return analyze_story(s, arts, ext, edges, Options())


def _family(edges, ids):
    from storyline.align.groups import family_map

    return family_map(ids, edges)


def test_every_item_cites_story_articles_with_valid_spans(story, result):
    _, arts, _, _ = story
    texts = {a.id: a.text for a in arts}
    for field in ("quotes", "claims", "timeline", "cited_sources", "brief"):
        for item in result[field]:
            assert item["article_ids"], (field, item)
            assert set(item["article_ids"]) <= set(texts), (field, item)
            for sp in item.get("spans", []) + item.get("variants", []):
                assert 0 <= sp["start"] < sp["end"] <= len(texts[sp["article_id"]])
    for v in (v for q in result["quotes"] for v in q["variants"]):
        assert texts[v["article_id"]][v["start"] : v["end"]] == v["text"]
    for c in result["claims"]:
        assert any(texts[sp["article_id"]][sp["start"] : sp["end"]] == c["text"] for sp in c["spans"])
    for x in result["conflicts"]:
        for st in x["statements"]:
            assert st["article_id"] in texts
            if "start" in st:
                assert 0 <= st["start"] < st["end"] <= len(texts[st["article_id"]])


def test_quote_variants_group_across_paraphrase_translation_and_reprint(result):
    groups = [q for q in result["quotes"] if any("pressure" in v["text"] or "pression" in v["text"] for v in q["variants"])]
    assert len(groups) == 1, [q["text"] for q in result["quotes"]]
    q = groups[0]
    assert set(q["article_ids"]) == {"a-origin", "b-reprint", "c-rewrite", "d-translation", "e-independent", "g-late"}
    assert q["speaker"] == "Gabriel Boric"
    texts = {v["text"] for v in q["variants"]}
    assert "we will not give in to pressure from any side" in texts
    assert "Nous ne c\u00e9derons \u00e0 la pression de personne" in texts
    assert {v["speaker"] for v in q["variants"]} == {"Gabriel Boric", "Carolina Toha"}


def test_partial_quote_joins_the_full_one():
    text_a = "\u201cWe will rebuild every school in the province before winter comes,\u201d said Governor Ana Ruiz on Friday."
    text_b = "Governor Ana Ruiz promised in Lima to \u201crebuild every school in the province\u201d after the storm."
    arts = [Article("qa", "t", text_a, language="en"), Article("qb", "t", text_b, language="en")]
    from storyline.model import Quote

    ext = {}
    for a, words in ((arts[0], "We will rebuild every school in the province before winter comes"),
                     (arts[1], "rebuild every school in the province")):
        s = a.text.index(words)
        ext[a.id] = Extraction(a.id, quotes=[Quote(a.id, s, s + len(words), words, speaker="Ana Ruiz")])
    r = analyze_story(Story("q", ["qa", "qb"]), arts, ext, [], Options())
    assert len(r["quotes"]) == 1 and set(r["quotes"][0]["article_ids"]) == {"qa", "qb"}
    assert not [x for x in r["conflicts"] if x["kind"] == "speaker"]


def test_misattribution_is_a_speaker_conflict(result):
    conflicts = [x for x in result["conflicts"] if x["kind"] == "speaker"]
    assert len(conflicts) == 1
    by_article = {st["article_id"]: st["value"] for st in conflicts[0]["statements"]}
    assert by_article["c-rewrite"] == "Carolina Toha"
    assert by_article["a-origin"] == "Gabriel Boric"
    assert conflicts[0]["within_family"] is False  # independent outlets name Boric too


def test_independent_sources_count_families_once(story, result):
    _, arts, _, edges = story
    fam = _family(edges, [a.id for a in arts])
    for c in result["claims"]:
        assert c["independent_sources"] == len({fam[a] for a in c["article_ids"]})
        if c["independent_sources"] >= 2 and c["status"] != "disputed":
            assert c["status"] == "corroborated"
        if c["independent_sources"] == 1 and c["status"] != "disputed":
            assert c["status"] == "single_source"
    toll = next(c for c in result["claims"] if "killing 12 people" in c["text"] or "killed 12 people" in c["text"])
    # Origin, reprint, translation (one family) and the independent report with its copy.
    assert {"a-origin", "b-reprint", "e-independent"} <= set(toll["article_ids"])
    assert "c-rewrite" not in toll["article_ids"] and "f-dissent" not in toll["article_ids"]
    assert toll["independent_sources"] == 2
    rescue = next(c for c in result["claims"] if c["text"].startswith("Rescue teams"))
    assert rescue["independent_sources"] == 2 and rescue["status"] == "corroborated"
    codelco = [c for c in result["claims"] if "Codelco" in c["text"]]
    assert all(c["independent_sources"] == 1 for c in codelco) or len(codelco) == 1


def test_number_conflict_lists_each_value_and_disputes_claims(result):
    nums = [x for x in result["conflicts"] if x["kind"] == "number"]
    assert len(nums) == 1, nums
    x = nums[0]
    values = {st["article_id"]: st["value"] for st in x["statements"]}
    assert values["a-origin"] == "12" and values["f-dissent"] == "20"
    # The rewrite's 15 is its family's drift (on the lineage edge), not a third side.
    assert "c-rewrite" not in values
    assert x["within_family"] is False and "people" in x["about"]
    claims = {c["id"]: c for c in result["claims"]}
    assert x["claim_ids"] and all(claims[i]["status"] == "disputed" for i in x["claim_ids"])


def test_rewrite_that_changes_a_number_is_drift_not_a_conflict(story):
    _, arts, ext, edges = story
    keep = ["a-origin", "b-reprint", "c-rewrite"]
    sub = [a for a in arts if a.id in keep]
    r = analyze_story(Story("s2", keep), sub, {k: ext[k] for k in keep}, [e for e in edges if e.derived in keep], Options())
    # One family: its copy's changed toll and speaker are drift, never a dispute between sources.
    assert not [x for x in r["conflicts"] if x["kind"] in ("number", "speaker", "date", "negation")]
    # ... and the brief never states the copy's changed figure as fact.
    assert not any("15 people" in b["text"] for b in r["brief"])


def test_same_topic_opposite_fact_and_negation_do_not_merge():
    a = Article("n1", "t", "The court in Lyon convicted Pierre Martin of fraud on Tuesday after a two-week trial.", language="en")
    b = Article("n2", "t", "The court in Lyon did not convict Pierre Martin of fraud on Tuesday after a two-week trial.", language="en")
    c = Article("n3", "t", "The court in Lyon convicted Pierre Martin of fraud on Tuesday after a two-week trial, prosecutors said.", language="en")
    r = analyze_story(Story("n", ["n1", "n2", "n3"]), [a, b, c], {}, [], Options())
    groups = {frozenset(cl["article_ids"]) for cl in r["claims"]}
    assert frozenset({"n1", "n3"}) in groups
    assert not any("n2" in g and len(g) > 1 for g in groups)
    neg = [x for x in r["conflicts"] if x["kind"] == "negation"]
    assert len(neg) == 1 and {st["article_id"] for st in neg[0]["statements"]} >= {"n2"}


def test_article_date_conflict_flags_the_late_copy(result):
    dated = [x for x in result["conflicts"] if x["kind"] == "article_date"]
    assert len(dated) == 1
    assert dated[0]["statements"][0]["article_id"] == "g-late"
    assert "2027-06-01" in dated[0]["statements"][0]["text"]


def test_internal_inconsistency(result):
    internal = [x for x in result["conflicts"] if x["kind"] == "internal"]
    assert len(internal) == 1
    assert {st["article_id"] for st in internal[0]["statements"]} == {"h-self"}
    assert "8 years" in internal[0]["note"]


def test_timeline_is_sorted_and_merged(result):
    tl = result["timeline"]
    dates = [e["date"] for e in tl]
    assert dates == sorted(dates)
    for e in tl:
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"])
    quake = [e for e in tl if e["date"] == "2024-03-10"]
    assert len(quake) == 1
    assert {"a-origin", "d-translation", "e-independent", "f-dissent"} <= set(quake[0]["article_ids"])
    rescue = [e for e in tl if e["date"] == "2024-03-11"]
    assert len(rescue) == 1 and {"a-origin", "f-dissent"} <= set(rescue[0]["article_ids"])
    assert [e["date"] for e in tl if e["date"] < "2024"] == ["2010", "2014", "2018"]


def test_cited_sources_merge_case_variants(result):
    office = [c for c in result["cited_sources"] if c["name"].lower() == "national emergency office"]
    assert len(office) == 1 and set(office[0]["article_ids"]) == {"a-origin", "b-reprint", "c-rewrite"}


def _supports(article: Article, statement: str) -> bool:
    sents = [article.text[s:e] for s, e in sentence_spans(article.text)]
    vecs = embedder().encode([statement] + sents)
    return any(float(vecs[0] @ v) >= 0.75 for v in vecs[1:]) or any(ngram_overlap(statement, s, 3) >= 0.6 for s in sents)


def test_brief_cites_supporting_articles_in_order(story, result):
    _, arts, _, _ = story
    by_id = {a.id: a for a in arts}
    brief = result["brief"]
    assert 1 <= len(brief) <= Options().align.brief_sentences
    sections = [b["section"] for b in brief]
    # What happened, what independent sources agree on, the disputes, then what single sources add.
    rank = {"lead": 0, "agreed": 1, "disputed": 2, "added": 3}
    assert sections == sorted(sections, key=rank.__getitem__)
    assert sections[0] == "lead" and "added" in sections and "disputed" in sections
    assert len({b["text"] for b in brief}) == len(brief)
    for b in brief:
        assert b["text"].strip() and b["article_ids"]
        if b["kind"] == "disputed":
            for st in b["statements"]:
                assert _supports(by_id[st["article_id"]], st["text"])
            continue
        if b["kind"] == "agreed_figure":
            # Every cited article prints the figure in the sentence given as its statement.
            assert b["independent_sources"] >= 2
            for st in b["statements"]:
                assert st["text"] in by_id[st["article_id"]].text
                assert b["figure"].split()[0] in st["text"]
            continue
        statement = b["statement"]
        if b["single_source"]:
            assert b["independent_sources"] == 1
            facts = {f["id"] for f in result["facts"] if f["status"] == "corroborated"}
            claim = next(c for c in result["claims"] if c["id"] == b["claim"])
            # Never "Only X reports" where independent reports give one of its figures.
            partly = bool(facts & set(claim.get("fact_ids", [])))
            assert not (partly and b["text"].startswith("Only "))
        for aid in b["article_ids"]:
            assert _supports(by_id[aid], statement), (aid, statement)
    # "Only X" once per source, not on every line.
    only = [b["text"].split(" reports that ", 1)[0] for b in brief if b["text"].startswith("Only ")]
    assert len(only) == len(set(only))
    # No boilerplate reaches the brief.
    assert not any("rights reserved" in b["text"].lower() for b in brief)


def test_runs_without_extractions_and_with_one_article():
    a = Article("solo", "t", "Police in Denver arrested two men on Friday after a bank robbery downtown. Copyright 2020.", language="en")
    r = analyze_story(Story("solo", ["solo"]), [a], {}, [], Options())
    assert r["quotes"] == [] and r["timeline"] == []
    assert [c["status"] for c in r["claims"]] == ["single_source"]
    assert r["brief"] and r["brief"][0]["single_source"] is True


def test_unknown_story_article_is_an_error():
    a = Article("x", "t", "Police in Denver arrested two men on Friday.", language="en")
    with pytest.raises(ValueError):
        analyze_story(Story("s", ["x", "missing"]), [a], {}, [], Options())


def test_edited_figure_of_a_copy_is_not_a_conflict():
    a = Article("f1", "t", "The ferry from Dover left the harbour at 9:25 on Thursday with Captain John Hale in command.", language="en")
    b = Article("f2", "t", "The ferry from Dover left the harbour at 9:55 on Thursday with Captain John Hale in command.", language="en")
    edges = [LineageEdge("f1", "f2", "near_duplicate", 0.9, 0.5, direction="unknown")]
    r = analyze_story(Story("f", ["f1", "f2"]), [a, b], {}, edges, Options())
    # A copy's edited figure is drift: no conflict, and the two sentences are not one claim.
    assert not [x for x in r["conflicts"] if x["kind"] == "number"]
    assert all(len(c["article_ids"]) == 1 for c in r["claims"])


def test_brief_sentences_drop_wire_datelines():
    from storyline.align.brief import without_dateline

    assert without_dateline("SAN AURELIO, March 12 (Meridian Markets) - The Central Bank cut its rate by 75 basis "
                            "points.") == ("The Central Bank cut its rate by 75 basis points.", True)
    assert without_dateline("SAN AURELIO - Valdoria's peso fell to a four-month low on Wednesday.")[0] \
        .startswith("Valdoria's peso")
    # Not datelines: an aside between dashes, a sentence with no dateline at all.
    assert without_dateline("NATO - the alliance - met today in Brussels.")[1] is False
    assert without_dateline("The quake hit at 4:17 a.m. local time.")[1] is False
