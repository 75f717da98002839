"""The driver's allocator settings (glibc): large blocks in their own mappings, free pages released."""

from __future__ import annotations

import ctypes

import pytest

from storyline import memory


class _MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                  "fsmblks", "uordblks", "fordblks", "keepcost")]


def _mapped_blocks() -> int:
    libc = memory._glibc()
    libc.mallinfo2.restype = _MallInfo2
    return libc.mallinfo2().hblks


@pytest.mark.skipif(memory._glibc() is None, reason="glibc's allocator only")
def test_after_tuning_a_large_block_is_mapped_on_its_own_and_given_back_when_freed():
    libc = memory._glibc()
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    assert memory.tune(mmap_threshold=256 * 1024)
    # Raise glibc's dynamic threshold as a run does (a large mapped block freed), then allocate
    # below that raised threshold but above the fixed one: tuned, it gets its own mapping.
    big = libc.malloc(8 * 1024 * 1024)
    libc.free(big)
    before = _mapped_blocks()
    block = libc.malloc(1024 * 1024)
    try:
        assert _mapped_blocks() == before + 1
    finally:
        libc.free(block)
    assert _mapped_blocks() == before
    assert isinstance(memory.release(), bool)


def test_without_glibc_both_are_no_ops(monkeypatch):
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.tune() is False and memory.release() is False
