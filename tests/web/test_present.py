"""View helpers: word diffs, span highlighting, URL safety, lineage layout; and the job runner."""

from __future__ import annotations

import threading
import time

from storyline.model import Article
from storyline.web import present
from storyline.web.jobs import JobRunner


def test_word_diff_marks_only_the_changed_words():
    left, right = present.word_diff("About 40 tonnes leaked.", "About 400 tonnes leaked today.")
    assert [(s.op, s.text) for s in left] == [("same", "About "), ("del", "40"), ("same", " tonnes leaked.")]
    assert [s.text for s in left if s.op == "del"] == ["40"]
    assert [s.text for s in right if s.op == "ins"] == ["400", " today"]
    assert "".join(s.text for s in right) == "About 400 tonnes leaked today."


def test_highlight_bounds():
    mark, problem = present.highlight("abcdef", 1, 3)
    assert (mark.before, mark.marked, mark.after, problem) == ("a", "bc", "def", None)
    assert present.highlight("abcdef", 3, 3)[0] is None
    assert present.highlight("abcdef", 2, 7)[1].startswith("span 2-7 is outside")
    assert present.highlight("abcdef", None, None) == (None, None)


def test_safe_url_allows_only_http():
    assert present.safe_url("https://a.example/x") == "https://a.example/x"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "//evil", "x"):
        assert present.safe_url(bad) is None, bad


def test_lineage_layout_puts_copies_right_of_origins():
    arts = {i: Article(id=i, source=f"{i}.txt", text="t", outlet=f"Outlet {i}") for i in ("a", "b", "c", "d")}
    story = {"article_ids": ["a", "b", "c", "d"]}
    edges = [
        {"origin": "a", "derived": "b", "kind": "duplicate", "score": 1, "confidence": 0.9, "drift": []},
        {"origin": "b", "derived": "c", "kind": "rewrite", "score": 0.5, "confidence": 0.8, "drift": []},
        {"origin": "a", "derived": "d", "kind": "rewrite", "score": 0.5, "confidence": 0.5, "direction": "unknown",
         "drift": [{"origin_text": "x y", "derived_text": "x z", "note": "changed"}]},
    ]
    view = present.lineage_view(edges, present.Citer(story, arts))
    x = {n.id: n.x for n in view.nodes}
    assert x["a"] < x["b"] < x["c"] and x["a"] < x["d"]
    unknown = next(e for e in view.edges if e.derived == "d")
    assert not unknown.known and [e.known for e in view.edges].count(True) == 2
    assert [t.node.id for t in view.trees] == ["a"]
    assert {c.node.id for c in view.trees[0].children} == {"b", "d"}
    assert len(view.drifts) == 1 and view.width > 0 and view.height > 0
    # a cycle (which lineage should not produce) still lays out and lists every node once
    cyc = [{"origin": "a", "derived": "b", "kind": "duplicate", "score": 1, "confidence": 1, "drift": []},
           {"origin": "b", "derived": "a", "kind": "duplicate", "score": 1, "confidence": 1, "drift": []}]
    view = present.lineage_view(cyc, present.Citer(story, arts))
    assert sorted(n.id for n in view.nodes) == ["a", "b"] and view.trees


class FakeService:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.gate = threading.Event()
        self.calls = 0
        self.last_timings = {"lineage": 0.5}

    def analyze(self, progress=None):
        self.calls += 1
        self.gate.wait(5)
        if progress:
            progress("cluster", 2, 4)
        if self.fail:
            raise RuntimeError("model missing")
        return {"stories": [{}, {}], "articles": [{}], "rejected": []}


def wait(runner, job_id):
    for _ in range(500):
        job = runner.get(job_id)
        if job.state in ("done", "failed"):
            return job
        time.sleep(0.01)
    raise AssertionError("job did not finish")


def test_jobs_run_in_background_and_coalesce():
    svc = FakeService()
    runner = JobRunner(svc)
    first = runner.submit_analyze({"added": 1, "existing": 0, "rejected": [], "article_ids": ["x"]})
    for _ in range(200):  # let the first job start, so the next two queue behind it
        if runner.get(first.id).state == "running":
            break
        time.sleep(0.01)
    second = runner.submit_analyze({"added": 1, "existing": 0, "rejected": [], "article_ids": ["y"]})
    third = runner.submit_analyze({"added": 2, "existing": 1, "rejected": [], "article_ids": ["z", "w", "v"]})
    assert second.id == third.id != first.id  # joined the queued run
    assert second.ingest["added"] == 3 and second.ingest["article_ids"] == ["y", "z", "w", "v"]
    svc.gate.set()
    assert wait(runner, first.id).result["stories"] == 2
    done = wait(runner, second.id)
    assert done.state == "done" and (done.stage, done.done, done.total) == ("cluster", 2, 4)
    assert svc.calls == 2
    assert [j.id for j in runner.recent()] == [second.id, first.id]
    runner.shutdown()


def test_failed_job_reports_the_error():
    svc = FakeService(fail=True)
    svc.gate.set()
    runner = JobRunner(svc)
    job = wait(runner, runner.submit_analyze().id)
    assert job.state == "failed" and job.error == "RuntimeError: model missing"
    runner.shutdown()
