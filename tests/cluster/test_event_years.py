"""Event years: what an article's text and date say about when its event happened, and how a
pair of articles' years moves their score (hand-written reports, several languages)."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.cluster.features import (
    YEAR_FIRST,
    Features,
    Vocabulary,
    event_years,
    pair_model,
    year_factors,
    year_matrix,
)
from storyline.model import Article
from storyline.options import Options
import scipy.sparse as sp


def art(text: str, published: str | None = None, title: str | None = None) -> Article:
    return Article(id="a", source="t", text=text, title=title, published=published)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # A report published on 2 January about "last Sunday" (late December): the publication
        # year and the stated previous year both stand.
        ("The storm that hit the coast last Sunday, the worst since 2019, left 3,000 homes without power.",
         "2025-01-02", [2019, 2025]),
        ("Las elecciones de 2013 dieron la victoria al presidente, como en 2008.", None, [2008, 2013]),
        ("Die Wahl im Jahr 2013 bestätigte den Präsidenten.", None, [2013]),
        ("2009年の地震では多くの家屋が倒壊した。", None, [2009]),
        ("Le séisme de dimanche a fait 612 morts.", "2017-11-14", [2017]),
    ],
)
def test_stated_and_published_years(text: str, published: str | None, expected: list[int]) -> None:
    assert event_years(art(text, published), 800) == expected


def test_counts_amounts_and_decimals_are_not_years() -> None:
    text = "Police said 1500 troops and 2,013 volunteers searched; the quake measured 2010.5 on no scale, 12019 km."
    assert event_years(art(text), 800) == []


def test_only_the_lead_is_searched() -> None:
    text = "The vote was held on Sunday. " + "Filler sentence without a date. " * 40 + "Back in 1998 things differed."
    assert event_years(art(text), 800) == []
    assert event_years(art(text), 5000) == [1998]


def features(years: list[list[int]], days: list[float], disjoint: float, shared: float) -> Features:
    n = len(years)
    return Features(
        np.eye(n, 4, dtype=np.float32), sp.csr_matrix((n, 1), dtype=np.float32), np.array(days, dtype=np.float64),
        Vocabulary(), Vocabulary(), {}, 1.0, 365.0,
        years=year_matrix(years), year_disjoint=disjoint, year_shared=shared,
    )


def test_year_factors_apply_only_where_a_date_is_missing() -> None:
    nan = float("nan")
    # 0: undated, says 2008; 1: undated, says 2013; 2: dated 2013; 3: dated 2013; 4: undated, no year.
    f = features([[2008], [2013], [2013], [2013], []], [nan, nan, 735000.0, 735001.0, nan], 0.5, 1.5)
    a = np.array([0, 1, 2, 0])
    b = np.array([1, 2, 3, 4])
    # another year -> damped; same year -> raised; both dated -> their dates decide; no year -> no evidence
    assert f.year_factors(a, b).tolist() == [0.5, 1.5, 1.0, 1.0]
    block = f.year_block(np.arange(5), np.arange(5))
    assert block[0, 1] == 0.5 and block[1, 2] == 1.5 and block[2, 3] == 1.0 and block[0, 4] == 1.0
    # pair and block forms agree everywhere
    rows, cols = np.meshgrid(np.arange(5), np.arange(5), indexing="ij")
    assert np.array_equal(f.year_factors(rows.ravel(), cols.ravel()).reshape(5, 5), block)


def test_year_matrix_columns() -> None:
    m = year_matrix([[YEAR_FIRST, 2013], []])
    assert m.shape[0] == 2 and m[0, 0] == 1 and m[0, 2013 - YEAR_FIRST] == 1 and m[1].nnz == 0


def test_factors_come_from_the_fitted_model_unless_set() -> None:
    model = pair_model()
    # A year the texts do not share makes a pair less likely the same story, a shared one more.
    assert 0 < model["year_disjoint"] < 1 < model["year_shared"]
    assert year_factors(Options()) == (model["year_disjoint"], model["year_shared"])
    off = Options().with_overrides({"cluster.year_disjoint": 1.0, "cluster.year_shared": 1.0})
    assert year_factors(off) == (1.0, 1.0)


def test_why_names_the_strongest_link_and_its_shared_names() -> None:
    from storyline.cluster.explain import why

    arts = [
        Article(id="en", source="t", title="Flood in Valdora kills 12",
                text="Floods hit Valdora on Sunday, killing 12 people, mayor Ilse Marten said.", published="2024-03-04"),
        Article(id="es", source="t", title="Inundación en Valdora deja 12 muertos",
                text="Las inundaciones en Valdora causaron 12 muertos, dijo la alcaldesa Ilse Marten.",
                published="2024-03-04"),
        Article(id="de", source="t", title="Hochwasser in Valdora",
                text="Beim Hochwasser in Valdora starben 12 Menschen, sagte Bürgermeisterin Ilse Marten.",
                published="2024-03-05"),
    ]
    out = why(arts, ["en", "es", "de"], Options())
    assert set(out) == {"en", "es", "de"}
    for aid, link in out.items():
        assert link["with"] != aid and link["with"] in out
        assert link["score"] == pytest.approx(
            (link["embedding"] + link["words"] + link["names"]) * link["date_factor"] * link["year_factor"], abs=2e-3
        )
        assert "Valdora" in link["shared_names"] or "Ilse Marten" in link["shared_names"]
    assert why(arts, ["en"], Options()) == {}
