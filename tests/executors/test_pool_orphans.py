"""A pool's workers end when the analysis that started them is killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

DRIVER = '''
import os, sys, time
from storyline.executors.pool import PoolExecutor
from storyline.options import Options


class Sleep:
    name = "sleep"

    def setup(self, options):
        pass

    def process(self, batch):
        print(os.getpid(), flush=True)
        time.sleep(300)  # a long batch: the worker is busy when its parent dies
        return batch


if __name__ == "__main__":
    list(PoolExecutor(Options(workers=2), 2).imap(Sleep(), [1, 2], 1))
'''


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            state = next(line for line in f if line.startswith("State:"))
    except (FileNotFoundError, ProcessLookupError):
        return False
    return " Z " not in state and "zombie" not in state  # an unreaped zombie has ended


def test_workers_end_when_the_driver_is_killed(tmp_path):
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    driver = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        workers = [int(driver.stdout.readline()) for _ in range(2)]
        assert all(_alive(p) for p in workers)
        driver.send_signal(signal.SIGKILL)
        driver.wait(10)
        deadline = time.monotonic() + 20
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(p) for p in workers), "pool workers outlived their killed parent"
    finally:
        driver.kill()
        for p in locals().get("workers", []):
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
