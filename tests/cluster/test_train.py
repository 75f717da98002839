"""The pair-scorer fit (storyline/cluster/train.py) on synthetic pair tables: the score factors it
writes, the sign check, the crossed features."""

from __future__ import annotations

import numpy as np

from storyline.cluster.train import CONTROLS, FEATURES, expected_sign, fit


def _table(n: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = np.zeros((n, len(FEATURES)))
    x[:, 0] = np.log(rng.uniform(0.1, 0.6, n))
    return x


def test_every_feature_has_the_sign_its_name_says() -> None:
    assert expected_sign("ln_score") == 0 and all(expected_sign(c) == 0 for c in CONTROLS)
    assert expected_sign("count_conflict_x_lead_shared") == -1
    assert expected_sign("lead_disjoint_person_x_lead_shared") == -1
    assert expected_sign("lead_overlap_place") == 1 and expected_sign("day_shared") == 1


def test_fit_turns_coefficients_into_score_factors_and_recovers_a_crossed_conflict() -> None:
    # Same story is more likely with a higher score and with a shared event day; a conflicting
    # figure costs a little alone and much more where the leads share names.
    rng = np.random.default_rng(7)
    n = 6000
    x = _table(n)
    col = {f: k for k, f in enumerate(FEATURES)}
    x[:, col["day_shared"]] = rng.random(n) < 0.3
    share = rng.random(n) * (rng.random(n) < 0.5)
    conflict = (rng.random(n) < 0.3).astype(float)
    x[:, col["lead_overlap_place"]] = share
    x[:, col["count_conflict"]] = conflict
    x[:, col["count_conflict_x_lead_shared"]] = conflict * share
    logit = 4.0 * (x[:, 0] + 1.4) + 1.2 * x[:, col["day_shared"]] - 0.3 * conflict - 2.5 * conflict * share
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    model = fit(x, y)
    w = model["signal_weights"]
    a = model["coef"]["ln_score"]
    assert a > 0
    assert w["day_shared"] > 0 and w["count_conflict_x_lead_shared"] < 0
    assert w["count_conflict_x_lead_shared"] == model["coef"]["count_conflict_x_lead_shared"] / a
    assert w["count_conflict_x_lead_shared"] < w.get("count_conflict", 0.0)


def test_a_feature_whose_sign_contradicts_its_meaning_is_dropped() -> None:
    # "Disjoint places" that, in this table, goes with the same story: collinear noise, not
    # evidence of one event; the fit leaves it out instead of shipping a factor that rewards it.
    rng = np.random.default_rng(11)
    n = 4000
    x = _table(n)
    col = {f: k for k, f in enumerate(FEATURES)}
    x[:, col["disjoint_place"]] = rng.random(n) < 0.4
    logit = 4.0 * (x[:, 0] + 1.4) + 1.0 * x[:, col["disjoint_place"]]
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    model = fit(x, y)
    assert "disjoint_place" not in model["signal_weights"]
    assert all(expected_sign(f) * v >= 0 for f, v in model["signal_weights"].items())
