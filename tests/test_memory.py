"""The driver's allocator settings (glibc): large blocks in their own mappings, free pages released."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline import memory


CHECK = """
import ctypes, sys
from storyline import memory


class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                  "fsmblks", "uordblks", "fordblks", "keepcost")]


libc = memory._glibc()
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "tuned":
    assert memory.tune(mmap_threshold=256 * 1024)
# Raise glibc's dynamic threshold as a run does (a large mapped block freed), then allocate below
# that raised threshold but above the fixed one: tuned, it gets a mapping of its own.
libc.free(libc.malloc(8 * 1024 * 1024))
before = libc.mallinfo2().hblks
block = libc.malloc(1024 * 1024)
print(libc.mallinfo2().hblks - before)
libc.free(block)
"""


@pytest.mark.skipif(memory._glibc() is None, reason="glibc's allocator only")
@pytest.mark.parametrize("mode, mapped", [("tuned", 1), ("untuned", 0)])
def test_after_tuning_a_large_block_is_mapped_on_its_own(mode, mapped):
    # A fresh interpreter: what a process freed before decides where a block comes from.
    out = subprocess.run([sys.executable, "-c", CHECK, mode], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert int(out.stdout.strip()) == mapped


def test_release_returns_whether_memory_went_back():
    assert isinstance(memory.release(), bool)


def test_without_glibc_both_are_no_ops(monkeypatch):
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.tune() is False and memory.release() is False


PEAK = """
from storyline import memory


def resident():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


before = resident()
block = b"x" * (64 * 1024 * 1024)  # written, so resident
after = memory.peak_rss_mb()
del block
print(before, after, memory.peak_rss_mb())
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the resident size from /proc (Linux)")
def test_peak_rss_is_the_high_water_mark_in_megabytes():
    # A fresh interpreter: in this one, earlier tests may have left the high-water mark far above
    # what is resident now.
    out = subprocess.run([sys.executable, "-c", PEAK], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    before, after, last = map(float, out.stdout.split())
    assert after >= before + 60  # what was resident plus the 64 MB block, at least
    assert last >= after  # a high-water mark never goes down
