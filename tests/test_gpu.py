"""The torch encoder reproduces the numpy one (checked on the CPU; no GPU needed)."""

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="the [gpu] extra is not installed")

from storyline.gpu import torch_encoder  # noqa: E402
from storyline.resources import Embedder  # noqa: E402

TEXTS = [
    "The council approved the budget on Tuesday by seven votes to two.",
    "Le conseil a approuvé le budget mardi par sept voix contre deux.",
    "Rada zatwierdziła budżet we wtorek siedmioma głosami do dwóch.",
    "議会は火曜日に予算を承認した。",
    "Short.",
    "",
    "A much longer sentence that goes on and on " * 8,
]


def test_torch_matches_numpy_on_cpu():
    emb = Embedder()
    ref = emb._use.encode([t or " " for t in TEXTS])
    enc = torch_encoder(emb._use, "cpu", token_budget=40)  # a small budget forces several batches
    got = enc.encode([t or " " for t in TEXTS])
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    got /= np.linalg.norm(got, axis=1, keepdims=True)
    assert (ref * got).sum(axis=1).min() > 0.9999


def test_embedder_on_a_torch_device_gives_the_same_vectors():
    cpu = Embedder().encode(TEXTS)
    dev = Embedder(device="cpu" if not torch.cuda.is_available() else "cuda")
    if dev._gpu is None:  # no CUDA here: drive the torch path on the CPU device
        dev._gpu = torch_encoder(dev._use, "cpu")
    got = dev.encode(TEXTS)
    assert np.abs((cpu * got).sum(axis=1) - 1).max() < 1e-4
