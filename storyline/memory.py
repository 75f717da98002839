"""Giving freed memory back to the operating system in the analysis driver (glibc's allocator).

A driver that runs stage after stage over a large corpus allocates and frees a great deal: task
payloads read from the store, pickles on their way to workers, a barrier's working set. glibc
keeps what is freed inside its heap, and after the first large block is freed it serves even
multi-megabyte requests from that heap (its mmap threshold rises), so transient buffers end up
between long-lived objects and the heap never shrinks: measured on a 3,000-article analysis, the
allocator held 292 MB of which 91 MB were in use. :func:`tune` keeps large blocks in their own
mappings (returned whole when freed) and :func:`release` hands the free pages inside the heap back.

Both are no-ops where the C library is not glibc (macOS, musl): nothing else depends on them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


@functools.lru_cache(maxsize=1)
def _glibc() -> "ctypes.CDLL | None":
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.gnu_get_libc_version  # glibc only: mallopt's parameters and malloc_trim are its own
    except (OSError, AttributeError):
        return None
    return libc


def tune(mmap_threshold: int = 256 * 1024, trim_threshold: int = 16 * 1024 * 1024) -> bool:
    """Serve blocks of ``mmap_threshold`` bytes or more from their own mappings (a fixed threshold:
    glibc's dynamic one rises to the largest block freed), and trim the heap's top past
    ``trim_threshold`` free bytes. Process-wide; True when applied."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold)) and bool(libc.mallopt(_M_TRIM_THRESHOLD, trim_threshold))


def release() -> bool:
    """Return the free pages inside the allocator's heaps to the system (``malloc_trim(0)``);
    True when some memory was released."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


def peak_rss_mb() -> float | None:
    """This process's resident-set high-water mark in MB, as the kernel counts it (``ru_maxrss``);
    None where the platform has no ``resource`` module."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)  # bytes on macOS, KB elsewhere


__all__ = ["peak_rss_mb", "release", "tune"]
