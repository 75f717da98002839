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
