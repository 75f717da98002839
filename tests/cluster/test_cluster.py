"""Story clustering: batch and streaming behaviour on small hand-written reports."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from storyline.cluster import StreamClusterer, assign_ids, cluster_batch, story_id
from storyline.cluster.features import lead_text
from storyline.model import Article, Story
from storyline.options import Options
from storyline.resources import embedder

ITALY = [
    (
        "Earthquake kills at least 120 in central Italy",
        "A magnitude 6.2 earthquake struck central Italy near the town of Amatrice early on Wednesday, killing at "
        "least 120 people and flattening buildings. Amatrice mayor Sergio Pirozzi said half the town was gone. "
        "Rescuers from the Civil Protection agency dug through rubble in Amatrice, Accumoli and Pescara del Tronto.",
    ),
    (
        "Italy quake: death toll rises as rescuers search Amatrice rubble",
        "Rescue teams pulled survivors from collapsed homes in Amatrice after the magnitude 6.2 quake that hit "
        "central Italy on Wednesday. Prime Minister Matteo Renzi visited Amatrice and promised help. The Civil "
        "Protection agency said at least 120 people died in Amatrice, Accumoli and Arquata del Tronto.",
    ),
    (
        "Amatrice earthquake: survivors spend night in tents",
        "Survivors of the earthquake that devastated Amatrice in central Italy slept in tents set up by the Civil "
        "Protection agency. The magnitude 6.2 tremor killed at least 120 people. Mayor Sergio Pirozzi said the "
        "historic centre of Amatrice was destroyed; Matteo Renzi declared a state of emergency.",
    ),
]
IRAN = [
    (
        "Powerful earthquake on Iran-Iraq border kills hundreds",
        "A magnitude 7.3 earthquake struck the Iran-Iraq border region on Sunday night, killing at least 400 people "
        "in Kermanshah province. Most victims were in the town of Sarpol-e Zahab, Iranian state television said. "
        "Iran's Red Crescent sent rescue teams to Kermanshah.",
    ),
    (
        "Iran quake: rescuers dig for survivors in Kermanshah",
        "Rescuers in Kermanshah province searched for survivors after the magnitude 7.3 quake near the Iraq border. "
        "President Hassan Rouhani visited Sarpol-e Zahab on Tuesday and promised to rebuild. More than 400 people "
        "died and thousands were injured, Iran's Red Crescent said.",
    ),
    (
        "Kermanshah earthquake survivors face cold nights",
        "Thousands of survivors of the magnitude 7.3 earthquake in Iran's Kermanshah province spent the night outside "
        "in the cold. The death toll rose above 400, most of them in Sarpol-e Zahab. Hassan Rouhani said the "
        "government would rebuild every destroyed home in Kermanshah.",
    ),
]
SPANISH_ITALY = (
    "Un terremoto de magnitud 6,2 deja al menos 120 muertos en Italia",
    "Un terremoto de magnitud 6,2 sacudió el centro de Italia cerca de Amatrice el miércoles y mató al menos a 120 "
    "personas. El alcalde de Amatrice, Sergio Pirozzi, dijo que la mitad del pueblo ha desaparecido. La Protección "
    "Civil busca supervivientes entre los escombros en Amatrice y Accumoli.",
)


def make(prefix: str, items: list[tuple[str, str]], published: str | None = None) -> list[Article]:
    return [
        Article(id=f"{prefix}{k}", source="test", title=t, text=x, published=published)
        for k, (t, x) in enumerate(items)
    ]


def grouping(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


@pytest.fixture(scope="module")
def options() -> Options:
    embedder()  # load once for the module
    return Options()


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return make("it", ITALY, "2016-08-24") + make("ir", IRAN, "2017-11-13")


def test_two_events_of_the_same_kind_stay_apart_and_each_clusters(options, corpus):
    stories = cluster_batch(corpus, options)
    assert grouping(stories) == {frozenset({"it0", "it1", "it2"}), frozenset({"ir0", "ir1", "ir2"})}
    italy = next(s for s in stories if "it0" in s.article_ids)
    assert italy.id == story_id("it0")
    assert "Amatrice" in italy.top_entities
    assert "amatrice" in italy.keywords
    assert italy.title in {t for t, _ in ITALY}


def test_undated_reports_of_two_events_stay_apart(options):
    corpus = make("it", ITALY) + make("ir", IRAN)
    assert grouping(cluster_batch(corpus, options)) == {
        frozenset({"it0", "it1", "it2"}),
        frozenset({"ir0", "ir1", "ir2"}),
    }


def test_spanish_report_joins_its_english_story(options, corpus):
    es = Article(id="es0", source="test", title=SPANISH_ITALY[0], text=SPANISH_ITALY[1], published="2016-08-25")
    stories = cluster_batch([*corpus, es], options)
    assert frozenset({"it0", "it1", "it2", "es0"}) in grouping(stories)
    sc = StreamClusterer(options)
    for a in [*corpus[:3], es, *corpus[3:]]:  # in time order
        sc.add(a)
    assert frozenset({"it0", "it1", "it2", "es0"}) in grouping(sc.stories())


def test_families_are_forced_together(options, corpus):
    stories = cluster_batch(corpus, options, families=[["it1", "ir2"], ["unknown-id"]])
    together = next(s for s in stories if "it1" in s.article_ids)
    assert "ir2" in together.article_ids
    assert sorted(a for s in stories for a in s.article_ids) == sorted(a.id for a in corpus)


def test_stream_family_of_forces_the_story(options, corpus):
    sc = StreamClusterer(options)
    for a in corpus[:3]:
        sc.add(a)
    events = sc.add(corpus[3], family_of="it0")
    assert events[0].kind == "add" and events[0].story_id == story_id("it0")


def test_ids_stable_across_incremental_batch_runs(options, corpus):
    first = cluster_batch(corpus, options)
    extra = Article(id="it9", source="test", title=ITALY[0][0], text=ITALY[1][1], published="2016-08-26")
    second = cluster_batch([*corpus, extra], options)
    before = {frozenset(s.article_ids): s.id for s in first}
    after = {s.id: set(s.article_ids) for s in second}
    iran = before[frozenset({"ir0", "ir1", "ir2"})]
    italy = before[frozenset({"it0", "it1", "it2"})]
    assert after[iran] == {"ir0", "ir1", "ir2"}
    assert after[italy] == {"it0", "it1", "it2", "it9"}
    # A re-clustering whose founders changed still gets the previous ids by overlap.
    previous = [Story(id="s-old-italy", article_ids=["it1", "it2"]), Story(id="s-old-iran", article_ids=["ir0"])]
    mapped = {s.id: set(s.article_ids) for s in cluster_batch([*corpus, extra], options, previous=previous)}
    assert mapped["s-old-italy"] == {"it0", "it1", "it2", "it9"}
    assert mapped["s-old-iran"] == {"ir0", "ir1", "ir2"}


def test_assign_ids_splits_keep_id_on_larger_part_and_new_ids_do_not_collide():
    previous = [Story(id="s-a", article_ids=["a", "b", "c"]), Story(id=story_id("x"), article_ids=["y"])]
    stories = [
        Story(id=story_id("a"), article_ids=["a"]),
        Story(id=story_id("b"), article_ids=["b", "c"]),
        Story(id=story_id("x"), article_ids=["x"]),
    ]
    assign_ids(stories, previous)
    assert [s.id for s in stories][1] == "s-a"
    assert stories[0].id == story_id("a")
    # "x" founds a story whose derived id a previous, different story already carries.
    assert stories[2].id == story_id("x") + "-2"


def _embedding_only() -> Options:
    # Embedding-only scores do not depend on corpus statistics, so the test can compute
    # them up front and pick a threshold that forces the situation it checks.
    return Options().with_overrides(
        {
            "cluster.embedding_weight": 1.0,
            "cluster.tfidf_weight": 0.0,
            "cluster.entity_weight": 0.0,
        }
    )


def _cosines(articles: list[Article], options: Options) -> np.ndarray:
    e = embedder().encode([lead_text(a, options.cluster.embed_chars) for a in articles])
    return e @ e.T


def test_stream_join_new_and_merge_are_recorded(options):
    base = _embedding_only()
    pool = make("it", ITALY)
    sims = _cosines(pool, base)
    # The two least similar reports arrive first; the third bridges them.
    a1, a2 = min(itertools.combinations(range(3), 2), key=lambda p: sims[p])
    a3 = 3 - a1 - a2
    assert sims[a1, a2] < min(sims[a1, a3], sims[a2, a3])
    # Below the merged linkage (s12 + min) / 2 by a margin, above s12.
    threshold = float(sims[a1, a2] + 0.25 * (min(sims[a1, a3], sims[a2, a3]) - sims[a1, a2]))
    opts = base.with_overrides({"cluster.threshold": threshold})
    sc = StreamClusterer(opts)
    e1 = sc.add(pool[a1])
    e2 = sc.add(pool[a2])
    assert [e.kind for e in e1] == ["create"] and [e.kind for e in e2] == ["create"]
    e3 = sc.add(pool[a3])
    assert e3[0].kind == "add"
    joined = e3[0].story_id
    merges = [e for e in e3 if e.kind == "merge"]
    assert len(merges) == 1 and merges[0].story_id == joined
    gone = merges[0].other_ids[0]
    assert gone in {story_id(pool[a1].id), story_id(pool[a2].id)} and gone != joined
    assert grouping(sc.stories()) == {frozenset(a.id for a in pool)}
    assert [s.id for s in sc.stories()] == [joined]
    assert [e.kind for e in sc.events()] == ["create", "create", "add", "merge"]


def test_stream_split_keeps_id_on_larger_part(options):
    base = _embedding_only()
    pool = make("it", ITALY) + make("ir", IRAN)[:1]
    sims = _cosines(pool, base)
    pairs = sorted(itertools.combinations(range(4), 2), key=lambda p: sims[p])
    # Choose three articles where s(a2, a3) < s(a1, a2) < s(a1, a3).
    for x, y, z in itertools.permutations(range(4), 3):
        if sims[y, z] < sims[x, y] < sims[x, z] and (sims[x, y] + sims[y, z]) / 2 < min(
            sims[x, y], (sims[x, z] + sims[y, z]) / 2
        ):
            a1, a2, a3 = x, y, z
            break
    else:
        pytest.fail(f"no ordering fits the split scenario: {pairs}")
    low = (sims[a1, a2] + sims[a2, a3]) / 2  # linkage of a2 to {a1, a3}: must fall below
    high = min(sims[a1, a2], (sims[a1, a3] + sims[a2, a3]) / 2)  # joins: must reach
    threshold = float(low + 0.75 * (high - low))
    sc = StreamClusterer(base.with_overrides({"cluster.threshold": threshold}))
    sc.add(pool[a1])
    assert sc.add(pool[a2])[0].kind == "add"
    events = sc.add(pool[a3])
    assert events[0].kind == "add"
    splits = [e for e in events if e.kind == "split"]
    assert len(splits) == 1
    assert splits[0].story_id == story_id(pool[a1].id)
    assert splits[0].article_ids == [pool[a2].id]
    assert splits[0].other_ids == [story_id(pool[a2].id)]
    assert grouping(sc.stories()) == {frozenset({pool[a1].id, pool[a3].id}), frozenset({pool[a2].id})}


def test_stream_matches_events_and_state_round_trips(options):
    corpus = make("it", ITALY) + make("ir", IRAN)  # undated: arrival order is the only clock
    es = Article(id="es0", source="test", title=SPANISH_ITALY[0], text=SPANISH_ITALY[1])
    order = [corpus[0], corpus[3], corpus[1], es, corpus[4], corpus[2], corpus[5]]
    live = StreamClusterer(options)
    for a in order[:3]:
        live.add(a)
    state = json.loads(json.dumps(live.to_state()))
    restored = StreamClusterer.from_state(options, state)
    for a in order[3:]:
        assert live.add(a) == restored.add(a)
    assert live.stories() == restored.stories()
    assert live.events() == restored.events()
    assert grouping(live.stories()) == {
        frozenset({"it0", "it1", "it2", "es0"}),
        frozenset({"ir0", "ir1", "ir2"}),
    }
    with pytest.raises(ValueError):
        restored.add(corpus[0])


def test_stream_closes_old_stories_and_keeps_them(options, corpus):
    sc = StreamClusterer(options)
    for a in corpus[:3]:
        sc.add(a)
    later = Article(id="late", source="test", title=IRAN[0][0], text=IRAN[0][1], published="2017-11-13")
    sc.add(later)
    state = sc.to_state()
    assert {rec["id"] for rec in state["items"]} == {"late"}
    italy = next(s for s in sc.stories() if "it0" in s.article_ids)
    assert set(italy.article_ids) == {"it0", "it1", "it2"} and italy.title
    # A closed story is never joined again, even by a report of the same event.
    events = StreamClusterer.from_state(options, json.loads(json.dumps(state))).add(
        Article(id="it7", source="test", title=ITALY[1][0], text=ITALY[1][1], published="2017-11-14")
    )
    assert events[0].kind == "create"


def test_stream_regroups_the_neighbourhood_of_an_arrival_as_batch_mode_would(options):
    # Stories kept apart under a stricter threshold (state saved, then loaded with a looser one) link
    # above the new threshold with each other; an arrival that joins neither of them re-clusters its
    # neighbourhood, and they merge, as batch mode would cluster the same articles. (No density
    # scaling: the scores are the cosines, so the thresholds can be read off them.)
    base = _embedding_only().with_overrides({"cluster.density_neighbours": 0})
    italy, iran = make("it", ITALY), make("ir", IRAN)
    sims = _cosines(italy + iran, base)
    within = sims[:3, :3][np.triu_indices(3, 1)]
    across = float(sims[:3, 3:].max())
    assert across < within.min()
    strict = base.with_overrides({"cluster.threshold": float(within.max()) + 0.05})
    loose = base.with_overrides({"cluster.threshold": float(across + within.min()) / 2})
    sc = StreamClusterer(strict)
    for a in [*italy, *iran[:2]]:
        sc.add(a)
    assert {frozenset({a.id}) for a in italy} <= grouping(sc.stories())
    sc = StreamClusterer.from_state(loose, json.loads(json.dumps(sc.to_state())))
    events = sc.add(iran[2])
    assert events[0].kind == "add" and events[0].story_id in {story_id("ir0"), story_id("ir1")}
    assert [e.kind for e in events[1:]].count("merge") >= 2
    expected = {frozenset({"it0", "it1", "it2"}), frozenset({"ir0", "ir1", "ir2"})}
    assert grouping(cluster_batch([*italy, *iran], loose)) == expected
    assert grouping(sc.stories()) == expected


def test_stream_without_density_scaling_loads_its_state(options, corpus):
    opts = options.with_overrides({"cluster.density_neighbours": 0})  # 0 turns the scaling off
    sc = StreamClusterer(opts)
    for a in corpus[:3]:
        sc.add(a)
    restored = StreamClusterer.from_state(opts, json.loads(json.dumps(sc.to_state())))
    assert restored.add(corpus[3]) == sc.add(corpus[3])
    assert restored.stories() == sc.stories()


def test_stream_keeps_an_undated_reports_story_open_within_undated_reach(options):
    # An undated report comes first; dated reports of another event then set the clock. The undated
    # report has no date to age by, so, as in batch mode, it meets whatever arrives within
    # ``undated_reach`` arrivals: a later undated report of its event joins its story.
    first = Article(id="it0", source="test", title=ITALY[0][0], text=ITALY[0][1])
    second = Article(id="it1", source="test", title=ITALY[1][0], text=ITALY[1][1])
    order = [first, *make("ir", IRAN, "2017-11-13"), second]
    sc = StreamClusterer(options)
    for a in order:
        sc.add(a)
    expected = {frozenset({"it0", "it1"}), frozenset({"ir0", "ir1", "ir2"})}
    assert grouping(cluster_batch(order, options)) == expected
    assert grouping(sc.stories()) == expected


def test_stream_closes_an_undated_reports_story_beyond_undated_reach(options):
    # The reach bounds what the stream keeps: once that many articles have arrived since its undated
    # report, a story whose dated members are old closes at the next move of the clock.
    opts = options.with_overrides({"cluster.undated_reach": 2})
    sc = StreamClusterer(opts)
    sc.add(Article(id="it0", source="test", title=ITALY[0][0], text=ITALY[0][1]))
    sc.add(Article(id="ir0", source="test", title=IRAN[0][0], text=IRAN[0][1], published="2017-11-13"))
    assert "it0" in {rec["id"] for rec in sc.to_state()["items"]}  # one arrival since it: still open
    sc.add(Article(id="ir1", source="test", title=IRAN[1][0], text=IRAN[1][1], published="2017-11-14"))
    assert "it0" not in {rec["id"] for rec in sc.to_state()["items"]}
    assert any(s.article_ids == ["it0"] for s in sc.stories())


def test_empty_and_duplicate_input(options, corpus):
    assert cluster_batch([], options) == []
    with pytest.raises(ValueError):
        cluster_batch([corpus[0], corpus[0]], options)


def test_add_many_equals_one_by_one(options, corpus):
    one = StreamClusterer(options)
    events = [e for a in corpus for e in one.add(a)]
    many = StreamClusterer(options)
    assert many.add_many(corpus) == events
    assert many.stories() == one.stories()
