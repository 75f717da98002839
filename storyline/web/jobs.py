"""A small in-process job runner: analysis after an upload runs in the background with status.

One worker thread: the pipeline rewrites the whole set of stories, so two analyses must never
overlap. Requests that arrive while an analysis is still queued join it instead of queueing
another full run; requests that arrive while one runs queue exactly one more, which picks up
everything stored meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from storyline.service import Storyline

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED, SKIPPED = "queued", "running", "done", "failed", "skipped"
FINAL_STATES = (DONE, FAILED, SKIPPED)


@dataclass(slots=True)
class Job:
    id: str
    kind: str  # "analyze"
    state: str = QUEUED
    stage: str | None = None
    done: int = 0
    total: int = 0
    message: str = ""
    error: str | None = None
    created_at: float = field(default_factory=time.time)
    started_at: float | None = None
    finished_at: float | None = None
    ingest: dict[str, Any] | None = None  # what the triggering upload(s) added, merged
    result: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "finished": self.state in FINAL_STATES,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "message": self.message,
            "error": self.error,
            "created_at": self.created_at,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "ingest": self.ingest,
            "result": self.result,
        }


def merge_ingest(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    if a is None or b is None:
        return a or b
    return {
        "added": a["added"] + b["added"],
        "existing": a["existing"] + b["existing"],
        "rejected": a["rejected"] + b["rejected"],
        "article_ids": a["article_ids"] + b["article_ids"],
    }


class JobRunner:
    def __init__(self, service: Storyline, keep: int = 200) -> None:
        self.service = service
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-job")
        return self._executor

    def _remember(self, job: Job) -> None:
        self._jobs[job.id] = job
        while len(self._jobs) > self.keep:
            oldest = next(iter(self._jobs.values()))
            if oldest.state not in FINAL_STATES:
                break
            self._jobs.popitem(last=False)

    def submit_analyze(self, ingest: dict[str, Any] | None = None) -> Job:
        with self._lock:
            for job in self._jobs.values():
                if job.kind == "analyze" and job.state == QUEUED:
                    job.ingest = merge_ingest(job.ingest, ingest)
                    return job
            job = Job(id=uuid.uuid4().hex, kind="analyze", ingest=ingest, message="waiting for the analyzer")
            self._remember(job)
        self._pool().submit(self._run, job)
        return job

    def skipped(self, ingest: dict[str, Any] | None, message: str) -> Job:
        """Record an upload that needs no analysis (nothing new), so every upload has a job to show."""
        now = time.time()
        job = Job(
            id=uuid.uuid4().hex, kind="analyze", state=SKIPPED, message=message, ingest=ingest,
            started_at=now, finished_at=now,
        )
        with self._lock:
            self._remember(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, n: int = 20) -> list[Job]:
        with self._lock:
            return list(reversed(self._jobs.values()))[:n]

    def _run(self, job: Job) -> None:
        with self._lock:
            job.state = RUNNING
            job.started_at = time.time()
            job.message = "analyzing"

        def progress(stage: str, done: int, total: int) -> None:
            job.stage, job.done, job.total = stage, done, total

        try:
            report = self.service.analyze(progress=progress)
        except Exception as exc:  # reported on the job page and in the API, and logged
            log.exception("analysis job %s failed", job.id)
            with self._lock:
                job.state = FAILED
                job.error = f"{type(exc).__name__}: {exc}"
                job.message = "analysis failed"
                job.finished_at = time.time()
            return
        with self._lock:
            job.state = DONE
            job.finished_at = time.time()
            job.result = {
                "stories": len(report.get("stories", [])),
                "articles": len(report.get("articles", [])),
                "rejected": len(report.get("rejected", [])),
                "timings": {k: round(v, 3) for k, v in self.service.last_timings.items()},
            }
            job.message = f"analysis finished: {job.result['stories']} stories"

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
