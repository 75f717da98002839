"""Values kept in a temporary file instead of memory, read back one at a time.

The analysis driver holds a few things per article from one stage to a later one (the event
arguments clustering weighs, the clustering lead's vector, the lineage edges, the story reports).
As Python objects they cost kilobytes an article, spread over many small blocks that fragment the
heap; at a hundred thousand articles that alone is gigabytes. Spilled, each costs the driver an
offset and a length; the bytes go back to the reader that needs them, when it needs them.

The file is anonymous (``tempfile.TemporaryFile``): it goes when the spill is closed or collected,
and nothing is left behind by a crash.
"""

from __future__ import annotations

import json
import tempfile
from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np


class _File:
    """Append-only bytes in an anonymous temporary file; each write returns where it went."""

    def __init__(self, prefix: str) -> None:
        self._file = tempfile.TemporaryFile(prefix=prefix)
        self._end = 0
        self._pos = 0  # where the file's position is

    def write(self, data: bytes) -> int:
        # A seek flushes the file's write buffer (a system call per value): writes in a row are
        # appended where the last one ended, without one.
        if self._pos != self._end:
            self._file.seek(self._end)
        self._file.write(data)
        at, self._end = self._end, self._end + len(data)
        self._pos = self._end
        return at

    def read(self, at: int, size: int) -> bytes:
        self._file.seek(at)
        data = self._file.read(size)
        self._pos = at + len(data)
        if len(data) != size:
            raise OSError(f"spill file {self._file.name}: read {len(data)} of {size} bytes at {at}")
        return data

    def close(self) -> None:
        self._file.close()


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


class SpilledSequence(Sequence[Any]):
    """What every spilled sequence shares: indexing (slices too) through ``_read(k)``, iteration,
    and equality with any sequence of the same items, as a list's."""

    def _read(self, k: int) -> Any:
        raise NotImplementedError

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self._read(k)

    def __iter__(self) -> Iterator[Any]:
        for k in range(len(self)):
            yield self._read(k)

    def __eq__(self, other: object) -> bool:
        # Equal to any sequence of the same items (a list, another spill), as a list would be.
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list


class SpilledList(SpilledSequence):
    """A list of JSON values in a temporary file. What is read back is what JSON gives (lists,
    string keys), the same as a store or a report file would receive."""

    def __init__(self, prefix: str = "storyline-spill-") -> None:
        self._file = _File(prefix)
        self._at = array("q")
        self._size = array("q")

    def append(self, value: Any) -> None:
        data = _json(value)
        self._at.append(self._file.write(data))
        self._size.append(len(data))

    def reserve(self, n: int) -> None:
        """Add ``n`` places at the end, to be filled by :meth:`put` in any order (results that come
        in another order than they are read); reading a place not yet filled is an error."""
        self._at.extend([-1] * n)
        self._size.extend([0] * n)

    def put(self, k: int, value: Any) -> None:
        """Fill (or refill) place ``k``: the last value put there is the one read back."""
        if not 0 <= k < len(self._at):
            raise IndexError(k)
        data = _json(value)
        self._at[k] = self._file.write(data)
        self._size[k] = len(data)

    def __len__(self) -> int:
        return len(self._at)

    def _read(self, k: int) -> Any:
        if self._at[k] < 0:
            raise LookupError(f"place {k} of the spilled list was reserved and never filled")
        return json.loads(self._file.read(self._at[k], self._size[k]).decode("utf-8"))

    def close(self) -> None:
        self._file.close()


class SpilledMap(Mapping[str, Any]):
    """A string-keyed map of JSON values (or, with ``vectors=True``, of float32 vectors) in a
    temporary file. Setting a key again keeps the last value (the earlier bytes stay in the file
    unread). Keys are kept in memory; values are read back on each access."""

    def __init__(self, prefix: str = "storyline-spill-", vectors: bool = False) -> None:
        self._file = _File(prefix)
        self._vectors = vectors
        self._slot: dict[str, int] = {}
        self._at = array("q")
        self._size = array("q")

    def __setitem__(self, key: str, value: Any) -> None:
        if self._vectors:
            data = np.ascontiguousarray(value, dtype="<f4").tobytes()
        else:
            data = _json(value)
        at = self._file.write(data)
        slot = self._slot.get(key)
        if slot is None:
            self._slot[key] = len(self._at)
            self._at.append(at)
            self._size.append(len(data))
        else:
            self._at[slot], self._size[slot] = at, len(data)

    def __getitem__(self, key: str) -> Any:
        slot = self._slot[key]
        data = self._file.read(self._at[slot], self._size[slot])
        if self._vectors:
            return np.frombuffer(data, dtype="<f4").astype(np.float32)
        return json.loads(data.decode("utf-8"))

    def __contains__(self, key: object) -> bool:
        return key in self._slot

    def __iter__(self) -> Iterator[str]:
        return iter(self._slot)

    def __len__(self) -> int:
        return len(self._slot)

    def close(self) -> None:
        self._file.close()


__all__ = ["SpilledList", "SpilledMap", "SpilledSequence"]
