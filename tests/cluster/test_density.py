"""Density scaling and undated reach: two same-kind events inside one crowded topic must split."""

from __future__ import annotations

import json

import numpy as np
import pytest

from storyline.cluster import StreamClusterer, cluster_batch
from storyline.cluster import graph
from storyline.cluster.features import density_scale
from storyline.cluster.graph import kth_best
from storyline.model import Article, Story
from storyline.options import Options
from storyline.resources import embedder

# Two drunk-driving arrests of two players of one team: same trigger, same team, same wording;
# only the arguments (who, where, which day) differ.
JACKSON = [
    ("Chargers receiver Vincent Jackson arrested on suspicion of DUI",
     "San Diego Chargers wide receiver Vincent Jackson was arrested early Tuesday on suspicion of drunken driving, "
     "police said. Jackson, 25, was stopped by officers in Mission Valley at about 2 a.m. and booked into the county "
     "jail. The Chargers said they were aware of the arrest and were gathering information."),
    ("Chargers' Jackson held on drunken-driving charge",
     "Vincent Jackson of the San Diego Chargers was taken into custody on suspicion of driving under the influence, "
     "San Diego police said Tuesday. Officers pulled Jackson over in Mission Valley before dawn. The receiver was "
     "released on bail later in the morning, and the Chargers declined to comment further."),
    ("Police: Chargers WR Vincent Jackson arrested for DUI",
     "Police arrested Chargers wide receiver Vincent Jackson on suspicion of drunk driving in Mission Valley early "
     "Tuesday. Jackson, 25, was booked into San Diego county jail and released on bail. The team said it was looking "
     "into the arrest of the receiver."),
    ("Vincent Jackson arrested, Chargers gather facts",
     "The San Diego Chargers were gathering facts after receiver Vincent Jackson was arrested on suspicion of DUI. "
     "Jackson was stopped by police in Mission Valley around 2 a.m. Tuesday and spent several hours in the county jail "
     "before being released on bail."),
    ("Jackson arrest: receiver booked on DUI suspicion",
     "Chargers receiver Vincent Jackson was booked on suspicion of driving under the influence after a traffic stop in "
     "Mission Valley on Tuesday morning, according to San Diego police. Jackson, 25, posted bail. The Chargers said "
     "they would handle the matter internally."),
    ("Chargers WR Vincent Jackson faces DUI charge after Mission Valley stop",
     "Vincent Jackson, the Chargers' leading receiver, faces a possible drunken-driving charge after San Diego police "
     "stopped his car in Mission Valley early Tuesday. Jackson was released on bail from county jail. The team is "
     "reviewing the arrest."),
]
WILLIAMS = [
    ("Chargers tackle Jamal Williams arrested on suspicion of DUI",
     "San Diego Chargers defensive tackle Jamal Williams was arrested early Sunday on suspicion of drunken driving, "
     "police said. Williams, 32, was stopped by California Highway Patrol officers on Interstate 15 in Poway and "
     "booked into the county jail. The Chargers said they were aware of the arrest and were gathering information."),
    ("Chargers' Williams held on drunken-driving charge",
     "Jamal Williams of the San Diego Chargers was taken into custody on suspicion of driving under the influence, "
     "the California Highway Patrol said Sunday. Officers pulled Williams over on Interstate 15 near Poway. The "
     "defensive tackle was released on bail later that morning, and the Chargers declined to comment further."),
    ("CHP: Chargers DT Jamal Williams arrested for DUI",
     "The Highway Patrol arrested Chargers defensive tackle Jamal Williams on suspicion of drunk driving on "
     "Interstate 15 in Poway early Sunday. Williams, 32, was booked into San Diego county jail and released on bail. "
     "The team said it was looking into the arrest of the tackle."),
    ("Jamal Williams arrested, Chargers gather facts",
     "The San Diego Chargers were gathering facts after defensive tackle Jamal Williams was arrested on suspicion of "
     "DUI. Williams was stopped by the Highway Patrol on Interstate 15 near Poway early Sunday and spent several "
     "hours in the county jail before being released on bail."),
    ("Williams arrest: tackle booked on DUI suspicion",
     "Chargers defensive tackle Jamal Williams was booked on suspicion of driving under the influence after a traffic "
     "stop on Interstate 15 near Poway on Sunday morning, according to the Highway Patrol. Williams, 32, posted bail. "
     "The Chargers said they would handle the matter internally."),
    ("Chargers DT Jamal Williams faces DUI charge after Poway stop",
     "Jamal Williams, the Chargers' veteran defensive tackle, faces a possible drunken-driving charge after the "
     "Highway Patrol stopped his car on Interstate 15 near Poway early Sunday. Williams was released on bail from county jail. "
     "The team is reviewing the arrest."),
]
SPLIT = {frozenset(f"j{k}" for k in range(6)), frozenset(f"w{k}" for k in range(6))}


def grouping(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


@pytest.fixture(scope="module")
def arrests() -> list[Article]:
    embedder()  # load once for the module
    return [Article(id=f"j{k}", source="t", title=t, text=x) for k, (t, x) in enumerate(JACKSON)] + [
        Article(id=f"w{k}", source="t", title=t, text=x) for k, (t, x) in enumerate(WILLIAMS)
    ]


def test_density_scale_leaves_sparse_neighbourhoods_alone_and_damps_crowded_ones():
    assert density_scale(0.1, 0.3) == pytest.approx(1.0)
    assert density_scale(-np.inf, 0.3) == pytest.approx(1.0)
    assert density_scale(0.75, 0.3) == pytest.approx(np.sqrt(0.4))
    assert np.allclose(density_scale(np.array([0.2, 1.2]), 0.3), [1.0, 0.5])
    assert density_scale(0.9, 0.0) == 1.0  # floor 0: off


def test_kth_best_counts_each_edge_for_both_ends():
    i, j = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
    s = np.array([0.9, 0.5, 0.7, 0.4])
    assert kth_best(5, i, j, s, 1).tolist() == [0.9, 0.9, 0.7, 0.4, -np.inf]
    assert kth_best(5, i, j, s, 2)[:3].tolist() == [0.5, 0.7, 0.5]
    assert np.isneginf(kth_best(5, i, j, s, 2)[3:]).all()


def test_two_same_kind_arrests_split_and_each_joins_in_batch(arrests):
    assert grouping(cluster_batch(arrests, Options())) == SPLIT
    # The density term is what separates them: with it off, one threshold merges the topic.
    off = Options().with_overrides({"cluster.density_neighbours": 0})
    assert grouping(cluster_batch(arrests, off)) == {frozenset(a.id for a in arrests)}


@pytest.mark.parametrize("interleave", [False, True])
def test_stream_splits_the_arrests_like_batch(arrests, interleave):
    order = [a for pair in zip(arrests[:6], arrests[6:]) for a in pair] if interleave else arrests
    sc = StreamClusterer(Options())
    sc.add_many(order)
    assert grouping(sc.stories()) == SPLIT


def test_stream_density_state_round_trips(arrests):
    live = StreamClusterer(Options())
    for a in arrests[:7]:
        live.add(a)
    restored = StreamClusterer.from_state(Options(), json.loads(json.dumps(live.to_state())))
    for a in arrests[7:]:
        assert live.add(a) == restored.add(a)
    assert live.stories() == restored.stories()


def test_undated_articles_meet_beyond_their_arrival_dates(arrests, monkeypatch):
    # One row per candidate block, so the arrival-date window is applied per article.
    monkeypatch.setattr(graph, "_BLOCK", 1)
    iran = [
        Article(id="d0", source="t", title="Iran quake kills 400", text="A magnitude 7.3 earthquake hit Kermanshah.",
                published="2020-01-01"),
        Article(id="d1", source="t", title="Port strike in Eastmouth", text="Dockers at Eastmouth walked out.",
                published="2020-06-01"),
    ]
    # Undated Jackson reports arrive either side of a dated article five months later.
    corpus = [iran[0], *arrests[:3], iran[1], *arrests[3:6]]
    together = frozenset(f"j{k}" for k in range(6))
    assert together in grouping(cluster_batch(corpus, Options()))
    apart = grouping(cluster_batch(corpus, Options().with_overrides({"cluster.undated_reach": 0})))
    assert together not in apart


def test_wire_copies_do_not_make_a_crowd_that_sheds_independent_reports():
    from tests.cluster.test_cluster import IRAN, ITALY, SPANISH_ITALY, make

    copies = [
        Article(id=f"wire{k}", source="t", title=ITALY[0][0], text=ITALY[0][1], published="2016-08-24")
        for k in range(30)
    ]
    es = Article(id="es0", source="t", title=SPANISH_ITALY[0], text=SPANISH_ITALY[1], published="2016-08-25")
    corpus = [*copies, *make("it", ITALY[1:], "2016-08-24"), es, *make("ir", IRAN, "2016-08-25")]
    italy = frozenset(a.id for a in corpus if not a.id.startswith("ir"))
    assert italy in grouping(cluster_batch(corpus, Options()))
    sc = StreamClusterer(Options())
    sc.add_many(corpus)
    assert italy in grouping(sc.stories())
    # Counting the 30 copies as a crowd damps the copies' scores enough to shed a report
    # (reattachment off: it would bring the shed report back).
    no_cap = Options().with_overrides({"cluster.density_copy_score": float("inf"), "cluster.reattach_size": 0})
    assert italy not in grouping(cluster_batch(corpus, no_cap))
