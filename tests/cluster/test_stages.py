"""Clustering as map stages (storyline/cluster/stages.py): the local, pool and Ray executors give the
stories of ``cluster_batch``, and each task holds only the feature rows of its window or component."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from storyline.cluster import cluster_batch, graph
from storyline.cluster.batch import family_groups
from storyline.cluster.features import featurize
from storyline.cluster.stages import Component, EdgeBlock, cluster_labels
from storyline.executors.local import LocalExecutor
from storyline.model import Article, DateMention, Extraction, Span
from storyline.options import Options
from storyline.resources import embedder

# (id, published, language, title, text, names): three stories weeks apart in five languages, reports
# without a date, an unrelated note, and a reprint and a translation of the first report (a family).
FLOOD = "Flash floods swept through the hill town of Orvasco on Monday, killing 14 people, the regional " \
        "civil defence agency said. Rescuers searched for 9 missing residents along the Tessa river, and mayor " \
        "Livia Marchetti said 300 homes were flooded."
CORPUS = [
    ("fl-en", "2025-03-03", "en", "Flash floods kill 14 in Orvasco", FLOOD, ["Orvasco", "Livia Marchetti"]),
    ("fl-copy", "2025-03-03", "en", "Floods kill 14 in hill town", FLOOD, ["Orvasco", "Livia Marchetti"]),
    ("fl-es", "2025-03-04", "es", "Inundaciones dejan 14 muertos en Orvasco",
     "Unas inundaciones repentinas arrasaron el lunes la localidad de Orvasco y mataron a 14 personas, según la "
     "defensa civil regional. Los rescatistas buscan a 9 desaparecidos junto al río Tessa y la alcaldesa Livia "
     "Marchetti dijo que 300 viviendas quedaron inundadas.", ["Orvasco", "Livia Marchetti"]),
    ("fl-de", "2025-03-04", "de", "Sturzfluten in Orvasco: 14 Tote",
     "Sturzfluten haben am Montag die Bergstadt Orvasco verwüstet und 14 Menschen getötet, teilte der regionale "
     "Zivilschutz mit. Helfer suchen entlang des Flusses Tessa nach 9 Vermissten; Bürgermeisterin Livia Marchetti "
     "sagte, 300 Häuser seien überflutet.", ["Orvasco", "Livia Marchetti"]),
    ("fl-en2", "2025-03-05", "en", "Orvasco counts the cost of deadly floods",
     "Residents of Orvasco began clearing mud from their homes two days after flash floods killed 14 people. "
     "Mayor Livia Marchetti asked for state aid, and the civil defence agency said 9 people were still missing "
     "near the Tessa river.", ["Orvasco", "Livia Marchetti"]),
    ("st-en", "2025-03-24", "en", "Dock workers strike at Port Hallow",
     "Dock workers at Port Hallow walked out on Friday in their first strike in 20 years, leaving 40 ships "
     "waiting at anchor. Union leader Tomas Brenner said the 1,800 members wanted a pay rise of 9 percent.",
     ["Port Hallow", "Tomas Brenner"]),
    ("st-fr", "2025-03-24", "fr", "Grève des dockers à Port Hallow",
     "Les dockers de Port Hallow ont cessé le travail vendredi pour leur première grève depuis 20 ans, laissant "
     "40 navires à l'ancre. Le dirigeant syndical Tomas Brenner a déclaré que les 1 800 membres réclamaient une "
     "hausse de salaire de 9 %.", ["Port Hallow", "Tomas Brenner"]),
    ("st-it", "2025-03-25", "it", "Sciopero dei portuali a Port Hallow",
     "I portuali di Port Hallow hanno incrociato le braccia venerdì nel primo sciopero da 20 anni, lasciando 40 "
     "navi all'ancora. Il sindacalista Tomas Brenner ha detto che i 1.800 iscritti chiedono un aumento del 9 per "
     "cento.", ["Port Hallow", "Tomas Brenner"]),
    ("rc-en", "2025-04-14", "en", "Carmody recalls 60,000 kettles over fire risk",
     "Appliance maker Carmody is recalling 60,000 electric kettles after 12 reports of units overheating, the "
     "consumer safety office said on Monday. Owners of the Brightboil model should stop using it at once.",
     ["Carmody", "Brightboil"]),
    ("rc-pt", "2025-04-15", "pt", "Carmody recolhe 60 mil chaleiras",
     "A fabricante Carmody está a recolher 60 mil chaleiras elétricas depois de 12 casos de sobreaquecimento, "
     "informou na segunda-feira o gabinete de segurança do consumidor. Quem tem o modelo Brightboil deve "
     "deixar de o usar.", ["Carmody", "Brightboil"]),
    ("fl-nl", None, "nl", "Overstromingen in Orvasco",
     "Plotselinge overstromingen hebben de bergstad Orvasco getroffen; 14 mensen kwamen om. Burgemeester Livia "
     "Marchetti zei dat 300 huizen onder water staan en dat 9 inwoners worden vermist.",
     ["Orvasco", "Livia Marchetti"]),
    ("st-en2", None, "en", "Port Hallow strike enters second day",
     "The strike at Port Hallow entered its second day with 40 ships still waiting. Tomas Brenner said the "
     "union would not return without a 9 percent rise for its 1,800 members.", ["Port Hallow", "Tomas Brenner"]),
    ("choir", "2025-03-26", "en", "Village choir wins regional prize",
     "The village choir of Lindmere won first prize at the regional festival on Saturday. Its conductor said "
     "the 35 singers had rehearsed every week since the autumn.", ["Lindmere"]),
    ("fl-copy-fr", "2025-03-04", "fr", "Crues meurtrières à Orvasco",
     "Des crues soudaines ont balayé lundi la ville de montagne d'Orvasco, tuant 14 personnes, selon la défense "
     "civile régionale. Les secouristes recherchent 9 disparus le long de la rivière Tessa et la maire Livia "
     "Marchetti a indiqué que 300 maisons avaient été inondées.", ["Orvasco", "Livia Marchetti"]),
]
FAMILY = [["fl-en", "fl-copy", "fl-copy-fr"]]


def articles() -> list[Article]:
    return [Article(id=i, source="test", text=x, title=t, published=p, language=lang)
            for i, p, lang, t, x, _ in CORPUS]


def extractions() -> dict[str, Extraction]:
    """Hand-made extractions: the names each report gives, its death toll and its event day."""
    out = {}
    for aid, published, _, _, text, names in CORPUS:
        ents = [Span(aid, text.find(n), text.find(n) + len(n), "entity", "GPE" if k == 0 else "PERSON", n,
                     {"canonical": n}) for k, n in enumerate(names) if n in text]
        nums = [Span(aid, text.find("14"), text.find("14") + 2, "number", "14", "14", {"unit": "people"})] \
            if "14" in text else []
        dates = [DateMention(aid, 0, 6, "Monday", published, "day")] if published else []
        out[aid] = Extraction(aid, entities=ents, numbers=nums, dates=dates)
    return out


@pytest.fixture(scope="module")
def base() -> Options:
    embedder()  # load once for the module
    return Options()


@pytest.fixture
def narrow(base: Options, monkeypatch: pytest.MonkeyPatch) -> Options:
    """Options and block size that cut this small corpus into many windows, tasks and components."""
    monkeypatch.setattr(graph, "_BLOCK", 2)
    return replace(base, cluster=replace(base.cluster, window_days=3, undated_reach=2, edge_task_rows=2))


def stories_equal(a, b) -> None:
    assert [(s.id, s.article_ids, s.title, s.keywords) for s in a] == \
        [(s.id, s.article_ids, s.title, s.keywords) for s in b]


def test_local_stages_give_the_stories_of_cluster_batch(base: Options, narrow: Options) -> None:
    arts, ext = articles(), extractions()
    for options in (base, narrow):
        for x in (None, ext):
            want = cluster_batch(arts, options, families=FAMILY, extractions=x)
            with LocalExecutor(options) as ex:
                got = cluster_batch(arts, options, families=FAMILY, extractions=x, executor=ex)
            stories_equal(got, want)
    # The comparison means something: stories of several members, the family in one of them, and
    # the strike apart from the flood.
    story = {a: s.id for s in want for a in s.article_ids}
    assert len(want) >= 3 and max(len(s.article_ids) for s in want) >= 3
    assert story["fl-en"] == story["fl-copy"] == story["fl-copy-fr"]
    assert story["fl-en"] != story["st-en"]


class Recording(LocalExecutor):
    """A local executor that keeps every item it is given."""

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.items: list = []

    def map(self, stage, items, batch_size, on_batch=None):
        self.items.extend(items)
        return super().map(stage, items, batch_size, on_batch)


def test_tasks_hold_only_their_window_or_component(narrow: Options) -> None:
    arts = articles()
    feats = featurize(arts, narrow, extractions())
    groups = family_groups([a.id for a in arts], FAMILY)
    ex = Recording(narrow)
    labels = cluster_labels(feats, groups, narrow, ex)
    n = len(arts)
    edges = [it for it in ex.items if isinstance(it, EdgeBlock)]
    comps = [it for it in ex.items if isinstance(it, Component)]
    assert len(edges) > 2 and comps
    days = graph.effective_days(feats.days)
    span = 2.0 * narrow.cluster.window_days
    undated = set(np.flatnonzero(np.isnan(feats.days)).tolist())
    for it in edges:
        # Its feature rows are its articles', nobody else's: same rows, same order as the ids.
        assert it.feats.emb.shape[0] == len(it.ids) == it.feats.sparse.shape[0] < n
        assert np.array_equal(it.feats.emb, feats.emb[it.ids])
        rows = np.unique(np.concatenate([it.ids[r] for r, _ in it.blocks]))
        for a in it.ids.tolist():
            # Every article is a row, within twice the window of a row, or an undated row's neighbour.
            near = np.abs(days[rows] - days[a]) <= span
            reach = [r for r in rows.tolist() if r in undated and abs(r - a) <= narrow.cluster.undated_reach]
            assert a in rows or near.any() or reach
    story_of = labels
    members_seen: set[int] = set()
    for it in comps:
        assert it.feats.emb.shape[0] == len(it.ids) > 1
        assert np.array_equal(it.feats.emb, feats.emb[it.ids])
        assert np.array_equal(it.feats.scale, feats.scale[it.ids])
        inside = set(it.ids.tolist())
        assert not inside & members_seen, "an article is in one component task only"
        members_seen |= inside
        # A story never reaches outside the component that made it.
        for lab in np.unique(story_of[it.ids]):
            assert set(np.flatnonzero(story_of == lab).tolist()) <= inside
    assert max(len(it.ids) for it in comps) < n


def test_a_row_subset_scores_as_the_whole(base: Options) -> None:
    arts = articles()
    feats = featurize(arts, base, extractions())
    feats.scale = np.linspace(0.7, 1.0, len(arts))
    rows = np.array([10, 0, 4, 11, 2])
    sub = feats.take(rows)
    a, b = np.array([0, 1, 3, 2]), np.array([1, 2, 4, 3])
    assert np.array_equal(sub.pair_scores(a, b, 30), feats.pair_scores(rows[a], rows[b], 30))
    assert np.array_equal(sub.pair_factor(a, b), feats.pair_factor(rows[a], rows[b]))
    assert np.array_equal(sub.block_scores(np.arange(5), np.arange(5), 30), feats.block_scores(rows, rows, 30))
    # Common columns come from the whole corpus, not from the five rows.
    assert np.array_equal(graph.common_columns(sub), graph.common_columns(feats))
    assert sub.terms.tokens == [] and sub.names.tokens == []  # token lists stay with the whole


def test_pool_stages_give_the_stories_of_cluster_batch(narrow: Options) -> None:
    from storyline.executors.pool import PoolExecutor

    arts, ext = articles(), extractions()
    want = cluster_batch(arts, narrow, families=FAMILY, extractions=ext)
    with PoolExecutor(narrow, 2) as ex:
        got = cluster_batch(arts, narrow, families=FAMILY, extractions=ext, executor=ex)
    stories_equal(got, want)


def test_ray_stages_give_the_stories_of_cluster_batch(narrow: Options) -> None:
    ray = pytest.importorskip("ray", reason="the [ray] extra is not installed")
    from storyline.executors.ray import RayExecutor

    arts, ext = articles(), extractions()
    want = cluster_batch(arts, narrow, families=FAMILY, extractions=ext)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with RayExecutor(narrow, 2) as ex:
            got = cluster_batch(arts, narrow, families=FAMILY, extractions=ext, executor=ex)
    finally:
        ray.shutdown()
    stories_equal(got, want)


def test_stages_with_one_article_and_with_no_edge_over_the_threshold(base: Options) -> None:
    arts = articles()
    apart = replace(base, cluster=replace(base.cluster, threshold=5.0, density_neighbours=0, reattach_size=0))
    for corpus, options in ((arts[:1], base), (arts, apart)):
        want = cluster_batch(corpus, options)
        with LocalExecutor(options) as ex:
            got = cluster_batch(corpus, options, executor=ex)
        stories_equal(got, want)
    assert len(got) == len(arts)  # no pair scores 5: every article is a story of its own
