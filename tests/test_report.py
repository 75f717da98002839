import json

import pytest

from storyline.model import Article, OutletEdition, Rejected
from storyline.report import ReportError, build_report, schema, validate_report, write_report


def _story(**over):
    s = {
        "id": "s-1", "title": "T", "article_ids": ["a1", "a2"],
        "lineage": [{"origin": "a1", "derived": "a2", "kind": "rewrite", "score": 0.8, "confidence": 0.7,
                     "drift": [{"origin_text": "57 dead", "derived_text": "75 dead", "note": "number changed"}]}],
        "entities": [{"name": "Ankara", "type": "GPE", "aliases": [], "article_ids": ["a1"]}],
        "quotes": [{"speaker": "X", "text": "hello", "article_ids": ["a1"],
                    "variants": [{"article_id": "a1", "text": "hello", "speaker": "X", "start": 0, "end": 5}]}],
        "claims": [{"text": "hello world", "article_ids": ["a1"], "independent_sources": 1,
                    "status": "single_source", "spans": [{"article_id": "a1", "start": 0, "end": 11}]}],
        "conflicts": [{"about": "toll", "statements": [{"article_id": "a1", "text": "57"}, {"article_id": "a2", "text": "75"}]}],
        "timeline": [{"date": "2024-03", "text": "x", "article_ids": ["a2"]}],
        "cited_sources": [{"name": "AFP", "article_ids": ["a2"]}],
        "brief": [{"text": "Hello world.", "article_ids": ["a1"]}],
    }
    s.update(over)
    return s


def _report(**over):
    arts = [Article(id="a1", source="f.txt", text="hello world"), Article(id="a2", source="g.txt", text="bye")]
    return build_report(arts, [_story(**over)], [["a1", "a2"]], [Rejected("bad.bin", "binary file")])


def test_full_report_validates():
    r = _report()
    validate_report(r)
    assert r["version"] == 1 and r["families"] == [["a1", "a2"]]
    assert r["articles"][1]["family"] == "a1"
    assert r["rejected"] == [{"source": "bad.bin", "reason": "binary file"}]


@pytest.mark.parametrize(
    "over, message",
    [
        ({"article_ids": ["a1", "zz"]}, "unknown article zz"),
        ({"brief": [{"text": "x", "article_ids": []}]}, "schema"),
        ({"brief": [{"text": "x", "article_ids": ["nope"]}]}, "cites unknown article nope"),
        ({"claims": [{"text": "c", "article_ids": ["a1"], "independent_sources": 1, "status": "maybe", "spans": []}]}, "schema"),
        ({"claims": [{"text": "c", "article_ids": ["a1"], "independent_sources": 1, "status": "single_source",
                      "spans": [{"article_id": "a1", "start": 3, "end": 99}]}]}, "outside article a1"),
        ({"timeline": [{"date": "March 2014", "text": "x", "article_ids": ["a1"]}]}, "schema"),
        ({"lineage": [{"origin": "a1", "derived": "a2", "kind": "copy", "score": 1, "confidence": 1, "drift": []}]}, "schema"),
    ],
)
def test_invalid_reports_are_rejected(over, message):
    with pytest.raises(ReportError, match=message):
        validate_report(_report(**over))


def test_missing_contract_field_is_rejected():
    r = _report()
    del r["stories"][0]["conflicts"]
    with pytest.raises(ReportError, match="conflicts"):
        validate_report(r)


def test_schema_keeps_the_contract_fields():
    story = schema()["properties"]["stories"]["items"]
    assert set(story["required"]) >= {"id", "title", "article_ids", "lineage", "entities", "quotes", "claims",
                                     "conflicts", "timeline", "cited_sources", "brief"}


def test_outlet_edition_is_an_optional_extension():
    ed = OutletEdition(label="Deutsche Ausgabe", language="de")
    arts = [Article(id="a1", source="f.txt", text="hello world", outlet="Harbour Ledger", outlet_edition=ed),
            Article(id="a2", source="g.txt", text="bye")]
    r = build_report(arts, [_story()], [["a1", "a2"]], [])
    validate_report(r)
    assert r["articles"][0]["outlet"] == "Harbour Ledger"
    assert r["articles"][0]["outlet_edition"] == {"label": "Deutsche Ausgabe", "language": "de", "local_name": None}
    assert r["articles"][1]["outlet_edition"] is None
    del r["articles"][1]["outlet_edition"]  # a report written before the field still validates
    validate_report(r)
    r["articles"][0]["outlet_edition"] = {"label": 3}
    with pytest.raises(ReportError, match="schema"):
        validate_report(r)


def test_write_report_is_atomic(tmp_path):
    out = tmp_path / "r.json"
    write_report(_report(), out)
    assert json.loads(out.read_text())["version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


# --- the report written a story at a time ----------------------------------------------------------


def _stripped(path):
    import re

    return re.sub(r'"generated_at": "[^"]*"', "", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("stories", [[], [_story()], [_story(), _story(id="s-2", article_ids=["a2"], quotes=[],
                                                                     claims=[], brief=[])]])
@pytest.mark.parametrize("families", [[], [["a1", "a2"]]])
def test_streamed_report_is_the_bytes_of_the_whole_one(tmp_path, stories, families):
    from storyline.report import write_report_stream

    arts = [Article(id="a1", source="f.txt", text="hello world"), Article(id="a2", source="g.txt", text="bye ü")]
    whole = build_report(arts, stories, families, [Rejected("bad.bin", "binary file")])
    write_report(whole, tmp_path / "whole.json")
    counts = write_report_stream(tmp_path / "stream.json", iter(arts), iter(stories), families,
                                 [Rejected("bad.bin", "binary file")])
    assert counts == (2, len(stories))
    assert _stripped(tmp_path / "stream.json") == _stripped(tmp_path / "whole.json")
    assert json.loads((tmp_path / "stream.json").read_text(encoding="utf-8"))["stories"] == stories


def test_streamed_report_with_no_articles(tmp_path):
    from storyline.report import write_report_stream

    write_report(build_report([], []), tmp_path / "whole.json")
    assert write_report_stream(tmp_path / "stream.json", [], []) == (0, 0)
    assert _stripped(tmp_path / "stream.json") == _stripped(tmp_path / "whole.json")


@pytest.mark.parametrize("bad, message", [
    ({"claims": [{"text": "x", "article_ids": ["a1"], "independent_sources": 1, "status": "single_source",
                  "spans": [{"article_id": "a2", "start": 0, "end": 99}]}]}, "outside article a2"),
    ({"article_ids": ["a1", "zz"]}, "unknown article zz"),
    ({"title": 7}, "stories/1/title"),
])
def test_streamed_report_refuses_a_bad_story_and_leaves_no_file(tmp_path, bad, message):
    from storyline.report import write_report_stream

    arts = [Article(id="a1", source="f.txt", text="hello world"), Article(id="a2", source="g.txt", text="bye")]
    out = tmp_path / "r.json"
    out.write_text("the previous report", encoding="utf-8")
    with pytest.raises(ReportError, match=message):
        write_report_stream(out, arts, [_story(), _story(id="s-2", **bad)])
    assert out.read_text(encoding="utf-8") == "the previous report"  # kept whole, nothing half-written
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_streamed_report_refuses_an_article_listed_twice(tmp_path):
    from storyline.report import write_report_stream

    arts = [Article(id="a1", source="f.txt", text="x"), Article(id="a1", source="g.txt", text="y")]
    with pytest.raises(ReportError, match="twice"):
        write_report_stream(tmp_path / "r.json", arts, [])
    assert not (tmp_path / "r.json").exists()
