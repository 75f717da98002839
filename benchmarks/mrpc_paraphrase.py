"""Sentence matcher of the lineage verifier on MRPC (paraphrase or not).

Usage: python benchmarks/mrpc_paraphrase.py /work/shared/data/mrpc/train.tsv

Thresholds are cross-validated (5 folds: chosen on 4, scored on the 5th; figures pooled).
Scored:
* cosine of multilingual USE sentence vectors alone;
* the verifier's matcher, max(word Dice, cosine) (what storyline.lineage.align uses);
* a logistic regression over cosine, word Dice, character similarity, number agreement
  and capitalised-name agreement (MRPC's negatives are mostly near-identical sentences
  that differ in a fact, which these last features see).
Published on the MRPC test set: all-positive F1 79.9, TF-KLD F1 85.9, XLNet F1 93.0.
Last line: one JSON object with the figures.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time

import numpy as np
from rapidfuzz import fuzz
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from storyline.lineage.align import dice
from storyline.lineage.drift import numbers
from storyline.resources import embedder
from storyline.text import fold, words


def load(path: str) -> tuple[list[str], list[str], np.ndarray]:
    a, b, y = [], [], []
    with open(path, encoding="utf-8-sig") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 5 or row[0] not in ("0", "1"):
                continue
            y.append(int(row[0]))
            a.append(row[3])
            b.append(row[4])
    return a, b, np.array(y)


def names(s: str) -> set[str]:
    return {fold(t) for t in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'-]+", s)}


def features(a: list[str], b: list[str], cos: np.ndarray) -> np.ndarray:
    rows = []
    for x, y, c in zip(a, b, cos):
        wx, wy = frozenset(words(x)), frozenset(words(y))
        nx, ny = numbers(x), numbers(y)
        num_agree = 1.0 if nx == ny else 0.0
        mx, my = names(x), names(y)
        name_j = len(mx & my) / len(mx | my) if mx | my else 1.0
        len_ratio = min(len(wx), len(wy)) / max(len(wx), len(wy), 1)
        rows.append([c, dice(wx, wy), fuzz.token_set_ratio(fold(x), fold(y)) / 100.0, num_agree, name_j, len_ratio])
    return np.array(rows)


def best_threshold(score: np.ndarray, y: np.ndarray) -> float:
    grid = np.unique(np.round(score, 3))
    best, best_acc = 0.5, -1.0
    for t in grid:
        acc = float(np.mean((score >= t) == y))
        if acc > best_acc:
            best, best_acc = float(t), acc
    return best


def scores(pred: np.ndarray, y: np.ndarray) -> dict:
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"accuracy": round(float(np.mean(pred == (y == 1))) * 100, 1),
            "f1": round(2 * p * r / (p + r) * 100 if p + r else 0.0, 1)}


def main(path: str) -> None:
    a, b, y = load(path)
    t0 = time.perf_counter()
    emb = embedder()
    va, vb = emb.encode(a), emb.encode(b)
    cos = np.sum(va * vb, axis=1)
    X = features(a, b, cos)
    matcher = np.maximum(X[:, 0], X[:, 1])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    pred = {"cosine": np.zeros(len(y), bool), "matcher": np.zeros(len(y), bool), "logreg": np.zeros(len(y), bool)}
    thresholds = {"cosine": [], "matcher": []}
    for train, test in folds.split(X, y):
        for name, s in (("cosine", X[:, 0]), ("matcher", matcher)):
            t = best_threshold(s[train], y[train])
            thresholds[name].append(t)
            pred[name][test] = s[test] >= t
        lr = LogisticRegression(max_iter=1000).fit(X[train], y[train])
        prob = lr.predict_proba(X[train])[:, 1]
        t = best_threshold(prob, y[train])
        pred["logreg"][test] = lr.predict_proba(X[test])[:, 1] >= t
    figures = {
        "pairs": int(len(y)),
        "positive_share": round(float(np.mean(y)), 3),
        "all_positive": scores(np.ones(len(y), bool), y),
        **{name: scores(p, y) for name, p in pred.items()},
        "cv_thresholds": {k: [round(t, 3) for t in v] for k, v in thresholds.items()},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
