from __future__ import annotations

from collections import Counter

import pytest

from storyline.cluster.features import Vocabulary


def vocab() -> Vocabulary:
    v = Vocabulary()
    for k in range(10):
        # "malatya" in half the batch (the story's subject), "teacher" in one article.
        v.add_doc(Counter({"malatya": 1, **({"teacher": 1} if k == 0 else {})}) if k < 5 else Counter({"rate": 1}))
    return v


def test_background_prior_keeps_a_batch_wide_subject_from_looking_common() -> None:
    v = vocab()
    col_subject, col_rare = v.index["malatya"], v.index["teacher"]
    plain, prior = v.idf(), v.idf(1000)
    # Without the prior the subject weighs well under half of a one-off word; with it, close to it.
    assert plain[col_subject] / plain[col_rare] < 0.6
    assert prior[col_subject] / prior[col_rare] > 0.75


def test_idf_of_matches_the_vector_form() -> None:
    v = vocab()
    for col in range(len(v.tokens)):
        assert v.idf_of(col, 1000) == pytest.approx(float(v.idf(1000)[col]), rel=1e-5)
