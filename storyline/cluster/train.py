"""Fit the pair scorer's event-year factors on labelled stories and write ``pair_model.json``.

The pair score stays the combined similarity of :mod:`storyline.cluster.features` (so group
averages remain dot products of sums, in batch and streaming alike); what is learned is how
much two articles' event years move it. A logistic regression over candidate pairs reads

    logit P(same story) = a * ln(score) + b_shared * shared_year + b_disjoint * disjoint_years + c

so ``P`` is monotone in ``score * exp(b_shared / a * shared) * exp(b_disjoint / a * disjoint)``:
the two exponentials are the score factors written to the model file (``year_shared``,
``year_disjoint``). Candidate pairs are the ones clustering compares (each article's top-k
neighbours within the date window), scored with the years turned off.

Cross-validation is grouped by topic: topics are split into folds and a pair is kept only when
both its articles' topics are in one fold, so no topic is on both sides of a split.

Refit (ECB+ topics 1-35, see ``../shared/data/README.md``)::

    python -m storyline.cluster.train /work/shared/data/ecbplus/articles.jsonl [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from storyline.cluster.features import Features, featurize
from storyline.cluster.graph import copy_groups, kth_best, knn_edges
from storyline.cluster.features import density_scale
from storyline.model import Article
from storyline.options import Options

MODEL_PATH = Path(__file__).with_name("pair_model.json")
FEATURES = ("ln_score", "shared_year", "disjoint_years")


def pair_table(feats: Features, options: Options) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs (i, j) and their features (FEATURES order), years not applied to the score."""
    co = options.cluster
    feats.year_disjoint = feats.year_shared = 1.0
    n = feats.emb.shape[0]
    feats.scale = None
    i, j, s = knn_edges(feats, co.neighbours, co.window_days, -np.inf, co.undated_reach)
    if co.density_neighbours > 0:
        feats.scale = density_scale(
            kth_best(n, i, j, s, co.density_neighbours, co.density_copy_score, copy_groups(n)), co.density_floor
        )
        s = s * feats.scale[i] * feats.scale[j]
    assert feats.years is not None
    has = np.diff(feats.years.indptr) > 0
    shared = np.asarray(feats.years[i].multiply(feats.years[j]).sum(axis=1)).ravel() > 0
    # As in Features.year_factors: years count only where a publication date is missing.
    undated = np.isnan(feats.days[i]) | np.isnan(feats.days[j])
    shared &= undated
    disjoint = has[i] & has[j] & ~shared & undated
    x = np.stack([np.log(np.maximum(s, 1e-4)), shared.astype(float), disjoint.astype(float)], axis=1)
    return i, j, x


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    a, b_sh, b_dis = (float(v) for v in model.coef_[0])
    return {
        "coef": {"ln_score": a, "shared_year": b_sh, "disjoint_years": b_dis},
        "intercept": float(model.intercept_[0]),
        "year_shared": float(np.exp(b_sh / a)),
        "year_disjoint": float(np.exp(b_dis / a)),
    }


def topic_cv(x: np.ndarray, y: np.ndarray, ti: np.ndarray, tj: np.ndarray, folds: int = 5) -> dict[str, float]:
    """Pair ROC AUC of the fitted model and of the score alone, topic-grouped ``folds``-fold CV."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    fold_i, fold_j = ti % folds, tj % folds
    keep = fold_i == fold_j
    x, y, f = x[keep], y[keep], fold_i[keep]
    full = np.zeros(len(y))
    base = np.zeros(len(y))
    for k in range(folds):
        test = f == k
        if not test.any() or len(np.unique(y[~test])) < 2:
            continue
        full[test] = LogisticRegression(C=1.0, max_iter=1000).fit(x[~test], y[~test]).decision_function(x[test])
        base[test] = x[test, 0]
    within = ti[keep] == tj[keep]
    out = {"pairs": int(len(y)), "positive": int(y.sum())}
    for name, score in (("model", full), ("score_only", base)):
        out[f"auc_{name}"] = round(float(roc_auc_score(y, score)), 4)
        if len(np.unique(y[within])) > 1:
            out[f"auc_{name}_within_topic"] = round(float(roc_auc_score(y[within], score[within])), 4)
    return out


def train(articles: list[Article], topics: list[int], gold: list[str], options: Options) -> dict:
    # Years are read with the model's own factors off: the fit sees the raw signals.
    options = replace(options, cluster=replace(options.cluster, year_disjoint=1.0, year_shared=1.0))
    feats = featurize(articles, options)
    i, j, x = pair_table(feats, options)
    t = np.asarray(topics)
    g = np.asarray(gold)
    y = (g[i] == g[j]).astype(int)
    report = {"cv": topic_cv(x, y, t[i], t[j])}
    model = fit(x, y)
    model["features"] = list(FEATURES)
    model["trained_on"] = {"articles": len(articles), "pairs": int(len(y)), "positive": int(y.sum())}
    report["model"] = model
    return report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="ECB+ articles.jsonl (id, topic, story, text)")
    ap.add_argument("--write", action="store_true", help=f"write the fitted model to {MODEL_PATH.name}")
    args = ap.parse_args(argv)
    # The ECB+ reader (header lines -> url, title, date) lives with the clustering benchmark.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from cluster_ecbplus import load  # type: ignore[import-not-found]

    articles, topics, gold = load(args.data)
    report = train(articles, topics, gold, Options())
    if args.write:
        MODEL_PATH.write_text(json.dumps(report["model"], indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
