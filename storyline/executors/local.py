"""In-process executor: stages run one after another, each timed."""

from __future__ import annotations

import logging
import time

from storyline.pipeline import Context, Stage

log = logging.getLogger(__name__)


class LocalExecutor:
    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages

    def run(self, ctx: Context) -> Context:
        for stage in self.stages:
            start = time.perf_counter()
            stage.setup(ctx)
            stage.run(ctx)
            ctx.timings[stage.name] = ctx.timings.get(stage.name, 0.0) + time.perf_counter() - start
            log.info("stage %s took %.2fs", stage.name, ctx.timings[stage.name])
        return ctx
