"""Story reports spilled as alignment makes them, and the report file written a story at a time."""

import json
import re

from storyline.pipeline import StoryReports
from storyline.report import write_report
from storyline.service import Storyline

ARTICLES = [
    {"id": "r1", "outlet": "Valley Courier", "published": "2025-02-11", "title": "Bridge closed after cracks found",
     "text": "Engineers closed the Tarnow river bridge on Monday after finding cracks in two support beams, the "
             "county roads office said. \"Nobody will cross it until we know why,\" chief engineer Ilse Varga said."},
    {"id": "r2", "outlet": "Plains Herald", "published": "2025-02-11", "title": "Tarnow bridge shut over cracks",
     "text": "The Tarnow river bridge was closed on Monday after engineers found cracks in two support beams, "
             "according to the county roads office. \"Nobody will cross it until we know why,\" Ilse Varga said."},
    {"id": "r3", "outlet": "Diario del Valle", "published": "2025-02-12", "title": "Cierran el puente de Tarnow",
     "text": "Los ingenieros cerraron el lunes el puente sobre el río Tarnow tras hallar grietas en dos vigas, "
             "informó la oficina de carreteras del condado."},
    {"id": "r4", "outlet": "Valley Courier", "published": "2025-02-13", "title": "Library opens new wing",
     "text": "The city library opened a new children's wing on Wednesday with 4,000 books, librarian Tomas Reyes "
             "said, after two years of fundraising by parents."},
]


def _corpus(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    return src


def test_spilled_reports_read_back_as_written():
    reports = StoryReports()
    written = [{"id": "s1", "title": "Grüße", "n": 1.5, "xs": [1, 2]}, {"id": "s2", "nested": {"k": ["ü", None]}}]
    for r in written:
        reports.append(r)
    assert len(reports) == 2 and reports[1] == written[1] and reports[-1] == written[1]
    assert list(reports) == written and reports == written and reports[0:1] == written[:1]
    reports.append({"id": "s3"})  # appending after reads keeps the earlier ones
    assert reports[0] == written[0] and len(reports) == 3 and reports != written
    reports.close()


def test_spilled_reports_filled_out_of_order_read_back_in_place_order():
    import pytest

    reports = StoryReports()
    reports.append({"id": "s0"})
    reports.reserve(3)
    reports.put(3, {"id": "s3"})
    reports.put(1, {"id": "s1"})
    with pytest.raises(LookupError, match="never filled"):
        reports[2]
    reports.put(2, {"id": "stale"})
    reports.put(2, {"id": "s2"})  # the last value put is the one read back
    assert [r["id"] for r in reports] == ["s0", "s1", "s2", "s3"]
    with pytest.raises(IndexError):
        reports.put(4, {"id": "s4"})
    reports.close()


def test_largest_stories_are_aligned_first_and_reported_in_story_order(tmp_path, monkeypatch):
    """The align tasks go to the executor largest story first (a large one taken late leaves the
    other workers idle); the reports keep the stories' order, the same as one at a time."""
    from storyline import pipeline

    # The one-article story founded first (stories go by their first report's day), so story order
    # is not size order.
    src = tmp_path / "in.jsonl"
    first = {**ARTICLES[3], "published": "2025-02-09"}
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in [first, *ARTICLES[:3]]) + "\n",
                   encoding="utf-8")
    plain = Storyline.open(tmp_path / "plain.db")
    plain.ingest([str(src)])
    expected = plain.analyze()
    sizes: list[int] = []
    real = pipeline.story_report
    monkeypatch.setattr(pipeline, "story_report",
                        lambda task, *a, **k: sizes.append(len(task.story.article_ids)) or real(task, *a, **k))
    svc = Storyline.open(tmp_path / "ordered.db")
    svc.ingest([str(src)])
    report = svc.analyze()
    assert sizes == sorted(sizes, reverse=True) and len(sizes) == len(report["stories"]) >= 2
    in_report = [len(s["article_ids"]) for s in report["stories"]]
    assert in_report != sizes  # reordered for the work, and put back
    strip = lambda r: {k: v for k, v in r.items() if k != "generated_at"}  # noqa: E731
    assert strip(report) == strip(expected)


def test_report_file_written_a_story_at_a_time_is_the_whole_report(tmp_path):
    src = _corpus(tmp_path)
    strip = lambda p: re.sub(r'"generated_at": "[^"]*"', "", p.read_text(encoding="utf-8"))  # noqa: E731

    streamed = Storyline.open(tmp_path / "a.db")
    streamed.ingest([str(src)])
    counts = streamed.analyze_to(tmp_path / "streamed.json")
    whole = Storyline.open(tmp_path / "b.db")
    whole.ingest([str(src)])
    report = whole.analyze()
    write_report(report, tmp_path / "whole.json")

    assert counts == (len(ARTICLES), len(report["stories"]))
    assert strip(tmp_path / "streamed.json") == strip(tmp_path / "whole.json")
    # What the store keeps of the run is what the file says.
    stored = {s["id"]: s for s in streamed.store.stories()}
    assert stored == {s["id"]: s for s in report["stories"]}
    assert streamed.run() == counts  # a run without a report: same numbers, same stories stored
    assert {s["id"]: s for s in streamed.store.stories()} == stored


def test_releasing_memory_changes_nothing_in_the_report(tmp_path, monkeypatch):
    """Giving freed memory back (storyline.memory) is called between and within stages and only
    touches the allocator: the same report with the switch on or off."""
    from storyline import memory
    from storyline.options import Options

    src = _corpus(tmp_path)
    calls = []
    real = memory.release
    monkeypatch.setattr(memory, "release", lambda: calls.append(1) or real())
    reports = []
    for name, on in (("on", True), ("off", False)):
        svc = Storyline.open(tmp_path / f"{name}.db", Options(release_memory=on))
        svc.ingest([str(src)])
        before = len(calls)
        report = svc.analyze()
        assert (len(calls) > before) == on
        if memory.peak_rss_mb() is not None:  # each stage says the driver's high-water mark at its end
            peaks = svc.last_peak_rss
            assert set(peaks) == set(svc.last_timings) and list(peaks.values()) == sorted(peaks.values())
        report.pop("generated_at")
        reports.append(report)
    assert reports[0] == reports[1]
