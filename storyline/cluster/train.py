"""Fit the pair scorer on labelled stories and write ``pair_model.json``.

The pair score stays the combined similarity of :mod:`storyline.cluster.features`; what is
learned is how much two articles' event evidence moves it: the event years their texts state
and the event arguments of their extractions (:mod:`storyline.cluster.signals`: typed names,
numbers with what they count, resolved event days, weekdays). A logistic regression over
candidate pairs reads

    logit P(same story) = a * ln(score) + sum_f b_f * x_f + sum_c d_c * control_c + e

(the ``x_f`` include ``signals.CROSSED``: evidence of two events times the leads' shared
names, so a conflict can outweigh the lift that shared names give same-kind events too)
so ``P`` is monotone in ``score * exp(sum_f b_f / a * x_f)`` (controls held fixed): the
exponentials are the score factors, written to the model file as ``year_shared`` /
``year_disjoint`` and ``signal_weights`` (``b_f / a``, the ln of each factor). Controls
(``signals.CONTROLS``: both dated, one dated, weekdays comparable) are fitted and not shipped:
in ECB+ one event's reports are dated and the other's are not, and without them the fit would
learn "undated against dated = another story". A feature whose sign contradicts its meaning is
dropped and the rest refitted (:func:`fit`). Candidate pairs are the ones clustering compares
(each article's top-k neighbours within the date window), scored with every factor off; the
fit uses the pairs scoring at least ``FIT_MIN_SCORE``, the ones a factor can move across a
threshold.

Cross-validation is grouped by topic: topics are split into folds and a pair is kept only when
both its articles' topics are in one fold, so no topic is on both sides of a split.

Refit (ECB+ topics 1-35; the extraction of the 772 articles takes a few minutes)::

    python -m storyline.cluster.train /work/shared/data/ecbplus/articles.jsonl [--write] [--extract-cache F]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from storyline.cluster.features import Features, density_scale, featurize
from storyline.cluster.graph import copy_groups, kth_best, knn_edges
from storyline.cluster.signals import CONTROLS, control_features, pair_features
from storyline.cluster.signals import FEATURES as SIGNAL_FEATURES
from storyline.model import Article, Extraction
from storyline.options import Options

MODEL_PATH = Path(__file__).with_name("pair_model.json")
# Pairs scoring under this (every factor off) are far below any threshold a factor could lift
# them to (the default is 0.22; factors stay within about 0.6-2): fitting on them would tune
# the model to cross-topic pairs that never decide anything.
FIT_MIN_SCORE = 0.1
FEATURES = ("ln_score", "shared_year", "disjoint_years", *SIGNAL_FEATURES, *CONTROLS)


def pair_table(feats: Features, options: Options) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs (i, j) and their features (FEATURES order), years not applied to the score."""
    co = options.cluster
    feats.year_disjoint = feats.year_shared = 1.0
    feats.signal_weights = None
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
    if feats.signals is not None:
        sig = pair_features(feats.signals, i, j)
        ctl = control_features(feats.signals, ~np.isnan(feats.days), i, j)
    else:
        sig, ctl = np.zeros((len(i), len(SIGNAL_FEATURES))), np.zeros((len(i), len(CONTROLS)))
    return i, j, np.hstack([x, sig, ctl])


def expected_sign(feature: str) -> int:
    """+1 for evidence of one event (shared, overlapping, agreeing), -1 for evidence of two
    (disjoint, conflicting), 0 for the score itself and the controls."""
    if feature == "ln_score" or feature in CONTROLS:
        return 0
    return -1 if ("disjoint" in feature or "conflict" in feature) else 1


def fit(x: np.ndarray, y: np.ndarray, use: list[str] | None = None) -> dict:
    """Logistic regression on the FEATURES columns named in ``use`` (all when None) plus
    ``ln_score`` and the CONTROLS; every coefficient divided by the ``ln_score`` one is the ln
    of a score factor (the controls' are fitted and dropped).

    A feature whose fitted sign contradicts what it means (a shared place lowering the score,
    a conflicting figure raising it) is collinear noise, not evidence: it is dropped and the
    rest refitted, until every sign agrees.
    """
    from sklearn.linear_model import LogisticRegression

    names = ["ln_score", *[f for f in FEATURES[1:] if use is None or f in use or f in CONTROLS]]
    while True:
        cols = [FEATURES.index(f) for f in names]
        model = LogisticRegression(C=1.0, max_iter=2000).fit(x[:, cols], y)
        coef = {f: float(v) for f, v in zip(names, model.coef_[0])}
        wrong = [f for f in names if expected_sign(f) * coef[f] < 0]
        if not wrong:
            break
        worst = max(wrong, key=lambda f: abs(coef[f]))
        names.remove(worst)
    a = coef["ln_score"]
    return {
        "coef": coef,
        "intercept": float(model.intercept_[0]),
        "year_shared": float(np.exp(coef.get("shared_year", 0.0) / a)),
        "year_disjoint": float(np.exp(coef.get("disjoint_years", 0.0) / a)),
        "signal_weights": {f: coef.get(f, 0.0) / a for f in SIGNAL_FEATURES if f in coef},
    }


def topic_cv(x: np.ndarray, y: np.ndarray, ti: np.ndarray, tj: np.ndarray, folds: int = 5) -> dict[str, float]:
    """Pair ROC AUC of the fitted model and of the score alone, topic-grouped ``folds``-fold CV."""
    from sklearn.metrics import roc_auc_score

    fold_i, fold_j = ti % folds, tj % folds
    keep = (fold_i == fold_j) & (x[:, 0] >= np.log(FIT_MIN_SCORE))
    x, y, f = x[keep], y[keep], fold_i[keep]
    full = np.zeros(len(y))
    base = x[:, 0].copy()
    shipped = [FEATURES.index(n) for n in FEATURES if n not in CONTROLS]
    for k in range(folds):
        test = f == k
        if not test.any() or len(np.unique(y[~test])) < 2:
            continue
        model = fit(x[~test], y[~test])
        # What clustering applies: ln(score) plus the shipped factors (controls dropped).
        w = np.zeros(len(FEATURES))
        w[0] = 1.0
        w[FEATURES.index("shared_year")] = np.log(model["year_shared"])
        w[FEATURES.index("disjoint_years")] = np.log(model["year_disjoint"])
        for name, v in model["signal_weights"].items():
            w[FEATURES.index(name)] = v
        full[test] = x[test][:, shipped] @ w[shipped]
    within = ti[keep] == tj[keep]
    out = {"pairs": int(len(y)), "positive": int(y.sum())}
    for name, score in (("model", full), ("score_only", base)):
        out[f"auc_{name}"] = round(float(roc_auc_score(y, score)), 4)
        if len(np.unique(y[within])) > 1:
            out[f"auc_{name}_within_topic"] = round(float(roc_auc_score(y[within], score[within])), 4)
    return out


def unfitted(options: Options) -> Options:
    """The options with every fitted factor off: what the pair table is read with."""
    return replace(options, cluster=replace(options.cluster, year_disjoint=1.0, year_shared=1.0,
                                            event_signals=False))


def fit_years(x: np.ndarray, y: np.ndarray) -> dict:
    """The years-only model, for clustering without extractions: ``ln_score`` and the two year
    features on every candidate pair, no controls (as first fitted; see BENCHMARKS.md)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000).fit(x[:, :3], y)
    a, b_sh, b_dis = (float(v) for v in model.coef_[0])
    return {
        "coef": {"ln_score": a, "shared_year": b_sh, "disjoint_years": b_dis},
        "intercept": float(model.intercept_[0]),
        "year_shared": float(np.exp(b_sh / a)),
        "year_disjoint": float(np.exp(b_dis / a)),
        "features": list(FEATURES[:3]),
        "trained_on": {"pairs": int(len(y)), "positive": int(y.sum())},
    }


def train_features(feats: Features, gold: list[str], options: Options, use: list[str] | None = None) -> dict:
    """Fit on the candidate pairs of ``feats`` (featurized with extractions); returns the model
    file's content: the years-only fit, with the fit on years and arguments as ``"arguments"``."""
    i, j, x = pair_table(feats, unfitted(options))
    g = np.asarray(gold)
    y = (g[i] == g[j]).astype(int)
    near = x[:, 0] >= np.log(FIT_MIN_SCORE)
    args = fit(x[near], y[near], use)
    args["features"] = [f for f in FEATURES if f not in CONTROLS]
    args["controls"] = list(CONTROLS)
    args["fit_min_score"] = FIT_MIN_SCORE
    args["trained_on"] = {"articles": len(gold), "pairs": int(near.sum()), "positive": int(y[near].sum())}
    model = fit_years(x, y)
    model["arguments"] = args
    return model


def train(
    articles: list[Article], topics: list[int], gold: list[str], options: Options,
    extractions: dict[str, Extraction] | None = None,
) -> dict:
    feats = featurize(articles, unfitted(options), extractions)
    i, j, x = pair_table(feats, unfitted(options))
    t = np.asarray(topics)
    g = np.asarray(gold)
    y = (g[i] == g[j]).astype(int)
    return {"cv": topic_cv(x, y, t[i], t[j]), "model": train_features(feats, gold, options)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="ECB+ articles.jsonl (id, topic, story, text)")
    ap.add_argument("--write", action="store_true", help=f"write the fitted model to {MODEL_PATH.name}")
    ap.add_argument("--extract-cache", help="pickle file keeping the articles' extractions between runs")
    args = ap.parse_args(argv)
    # The ECB+ reader (header lines -> url, title, date) lives with the clustering benchmark.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from cluster_ecbplus import extract, load  # type: ignore[import-not-found]

    articles, topics, gold = load(args.data)
    options = Options()
    report = train(articles, topics, gold, options, extract(articles, options, args.extract_cache))
    if args.write:
        MODEL_PATH.write_text(json.dumps(report["model"], indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
