"""Lineage as stages: the partitioned candidate indexes give the pairs of the one-process ones,
verification blocks give the edges of one pass, drift reads given mentions, the memo is exact."""

from __future__ import annotations

import json

import numpy as np
import pytest

from storyline.lineage import LineageDetector, candidates as cand, stages
from storyline.lineage.prepare import prepare
from storyline.model import Article
from storyline.options import Options

ORIGIN = (
    "Flood waters rose above the old harbour wall in Pellingford on Sunday night, forcing 1,400 residents from their homes.\n"
    "The river authority said the water level peaked at 4.7 metres shortly before midnight.\n"
    "Mayor Odile Varne said emergency shelters had been opened in three schools and the sports hall.\n"
    "\"Nobody should try to drive through the flooded streets,\" Varne told reporters at the town hall.\n"
    "Rail services between Pellingford and the coast were suspended until at least Tuesday.\n"
    "Forecasters expect more heavy rain in the hills upstream during the next two days.\n"
)
# A reprint that changes a figure and the speaker of the quote.
EDITED = ORIGIN.replace("1,400", "2,100").replace("Varne told reporters", "Councillor Brandt Hollis told reporters") \
    .replace("The river authority said", "Engineer Talia Wenck of the river authority said")
# A paraphrase, sentence by sentence.
REWRITE = (
    "On Sunday night the floodwater climbed over Pellingford's old harbour wall and drove 1,400 people out of their houses.\n"
    "According to the river authority, the level reached a peak of 4.7 metres just before midnight.\n"
    "Three schools and the sports hall now serve as emergency shelters, Mayor Odile Varne said.\n"
    "\"Nobody should try to drive through the flooded streets,\" Varne told journalists at the town hall.\n"
    "Trains linking Pellingford with the coast will not run before Tuesday at the earliest.\n"
    "Meteorologists forecast further heavy rainfall over the upstream hills in the coming two days.\n"
)
FRENCH = (
    "Les eaux de crue ont dépassé dimanche soir le vieux mur du port de Pellingford, obligeant 1 400 habitants à quitter leur logement.\n"
    "L'autorité fluviale a indiqué que le niveau de l'eau avait culminé à 4,7 mètres peu avant minuit.\n"
    "La maire Odile Varne a déclaré que des abris d'urgence avaient été ouverts dans trois écoles et dans la salle de sport.\n"
    "« Personne ne doit essayer de traverser en voiture les rues inondées », a dit Varne aux journalistes à la mairie.\n"
    "Les trains entre Pellingford et la côte sont suspendus au moins jusqu'à mardi.\n"
    "Les prévisionnistes attendent de nouvelles fortes pluies sur les collines en amont dans les deux prochains jours.\n"
)
OTHER = (
    "A new cycle bridge over the canal in Dornmere opened to the public on Saturday after two years of work.\n"
    "The bridge cost 3.2 million and links the station with the university campus.\n"
    "Local cyclists said the crossing would cut their commute by ten minutes.\n"
)


def corpus() -> list[Article]:
    return [
        Article(id="origin", source="t", text=ORIGIN, language="en", published="2025-02-02", outlet="River Wire"),
        Article(id="edited", source="t", text=EDITED, language="en", published="2025-02-03", outlet="Coast Post"),
        Article(id="rewrite", source="t", text=REWRITE, language="en", published="2025-02-03", outlet="Hill News"),
        Article(id="french", source="t", text=FRENCH, language="fr", published="2025-02-04", outlet="Le Courrier"),
        Article(id="other", source="t", text=OTHER, language="en", published="2025-02-02", outlet="Canal Times"),
    ]


def test_banded_lsh_gives_the_pairs_of_datasketch():
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, size=(40, 128), dtype=np.uint64)
    sigs = base.copy()
    # Near copies: a share of their values equal to another row's, so some bands collide.
    for i in range(0, 40, 4):
        keep = rng.random(128) < rng.uniform(0.2, 0.9)
        sigs[i + 1, keep] = sigs[i, keep]
    expected = cand.lsh_pairs(sigs, 0.3)
    assert expected, "the planted copies must collide somewhere for the comparison to mean anything"
    assert cand.banded_lsh_pairs(sigs, 0.3) == expected
    assert cand.banded_lsh_pairs(sigs.astype(np.uint32), 0.3) == expected


def test_key_shuffle_partitions_reduce_to_the_same_groups():
    rng = np.random.default_rng(5)
    keys = rng.integers(0, 60, size=400).astype(np.uint64)
    owners = np.arange(400) // 4
    whole = {k: tuple(g) for k, g in cand.keyed_groups(keys, owners)}
    parts: dict[int, tuple[int, ...]] = {}
    for p in range(3):  # each partition (keys by hash) reduced on its own
        mask = keys % 3 == p
        parts.update({k: tuple(g) for k, g in cand.keyed_groups(keys[mask], owners[mask])})
    assert whole and parts == whole


def test_shared_key_pairs_match_shared_sentences():
    arts = corpus() + [Article(id="cut", source="t", text="\n".join(ORIGIN.split("\n")[:3]), language="en")]
    prepared = [prepare(a, 5, a.language or "en") for a in arts]
    keys = [stages._keys(p, 8) for p in prepared]
    assert cand.shared_key_pairs(keys) == cand.shared_sentence_pairs(prepared)
    assert (0, 5) in cand.shared_key_pairs(keys)


def test_blocks_of_any_size_give_the_same_edges(monkeypatch):
    det = LineageDetector(Options())
    whole = [e.to_report() for e in det.detect(corpus())]
    kinds = {(e["origin"], e["derived"]): e["kind"] for e in whole}
    assert kinds.get(("origin", "french")) == "translation"
    assert kinds.get(("origin", "rewrite")) == "rewrite"
    assert ("origin", "edited") in kinds and ("other" not in {x for k in kinds for x in k})
    monkeypatch.setattr(stages, "VERIFY_PAIRS", 1)  # one pair per task
    det2 = LineageDetector(Options())
    assert [e.to_report() for e in det2.detect(corpus())] == whole
    assert det2.direction_features == det.direction_features


def _items(mentions: dict[str, list[tuple[int, int, str]]]) -> list[stages.LineageItem]:
    return [stages.LineageItem(a, None, None, mentions.get(a.id, [])) for a in corpus()]


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_drift_reads_the_given_mentions_and_parses_nothing(monkeypatch):
    import storyline.resources as resources

    def no_parser(*args, **kwargs):
        raise AssertionError("drift must not load a parser: the enrichment's mentions are given")

    monkeypatch.setattr(resources, "spacy_nlp", no_parser)
    monkeypatch.setattr(resources, "spacy_ner", no_parser)
    people = {
        "origin": [(*_span(ORIGIN, "Odile Varne"), "PERSON"), (*_span(ORIGIN, "Varne told"), "PERSON")],
        "edited": [(*_span(EDITED, "Talia Wenck"), "PERSON"), (*_span(EDITED, "Odile Varne"), "PERSON"),
                   (*_span(EDITED, "Brandt Hollis"), "PERSON")],
    }
    people["origin"][1] = (people["origin"][1][0], people["origin"][1][0] + len("Varne"), "PERSON")
    result = stages.run_lineage(_items(people), Options())
    edge = next(e for e in result.edges if {e.origin, e.derived} == {"origin", "edited"})
    notes = " | ".join(d.note for d in edge.drift)
    assert "1400" in notes and "2100" in notes, notes
    assert "speaker" in notes and "Varne" in notes and "Brandt Hollis" in notes, notes
    assert "person added: Talia Wenck" in notes, notes

    # The same names given as places: a new place in a sentence is no added person or organisation,
    # so the note comes and goes with the given labels (nothing re-parsed the sentence).
    places = {k: [(s, e, "GPE") for s, e, _ in v] for k, v in people.items()}
    again = stages.run_lineage(_items(places), Options())
    edge = next(e for e in again.edges if {e.origin, e.derived} == {"origin", "edited"})
    assert not any("Talia Wenck" in d.note and "added" in d.note for d in edge.drift), [d.note for d in edge.drift]


def test_pair_memo_is_reused_and_exact():
    items = _items({})
    first = stages.PairMemo("base", {a.id: a.text for a in corpus()})
    edges = stages.run_lineage(items, Options(), memo=first).edges
    assert first.gained and first.reused == 0
    stored = json.loads(json.dumps(dict(first.new_entries())))  # as a store keeps it
    second = stages.PairMemo("base", {a.id: a.text for a in corpus()}, stored)
    again = stages.run_lineage(items, Options(), memo=second).edges
    assert second.reused == len(first.used) and not second.gained
    assert [e.to_report() for e in again] == [e.to_report() for e in edges]
    assert [e.aligned for e in again] == [e.aligned for e in edges]
    # Another version of a text is another key: nothing of the old pair is served.
    changed = stages.PairMemo("base", {a.id: a.text + ("x" if a.id == "edited" else "") for a in corpus()}, stored)
    stages.run_lineage(items, Options(), memo=changed)
    assert changed.reused < second.reused


def test_repeated_ids_rejected():
    arts = corpus()
    with pytest.raises(ValueError):
        stages.run_lineage([stages.LineageItem(a) for a in arts + arts[:1]], Options())


def test_prepared_articles_are_kept_across_blocks_by_id_and_text():
    import numpy as np

    from storyline.lineage.detector import LineageDetector
    from storyline.lineage.stages import ArticleData
    from storyline.model import Article
    from storyline.options import Options

    det = LineageDetector(Options())
    vec = np.zeros(4, dtype=np.float32)
    one = ArticleData(Article(id="x", source="s", text="Le pont a rouvert. Les travaux ont duré un an."), "fr",
                      vec, None, None)
    p1 = det._prepared_for(one)
    again = ArticleData(Article(id="x", source="s", text=one.article.text, outlet="Le Phare"), "fr", vec, None, None)
    p2 = det._prepared_for(again)
    assert p2 is p1 and p2.article.outlet == "Le Phare"  # the block's own record, features kept
    changed = ArticleData(Article(id="x", source="s", text="Le pont reste fermé."), "fr", vec, None, None)
    p3 = det._prepared_for(changed)
    assert p3 is not p1 and p3.sentences == ["Le pont reste fermé."]


def test_filled_items_give_the_edges_of_full_ones_batch_by_batch(monkeypatch):
    """The pipeline gives lineage items without vectors (its store keeps them): a fill reads them
    a batch at a time as feature and verification tasks are made, with the edges of full items."""
    from storyline.resources import embedder

    want = stages.run_lineage(_items({}), Options()).edges
    sentences = {a.id: prepare(a, 3, a.language).sentences for a in corpus()}
    vectors = {i: dict(zip(s, embedder().encode(s))) for i, s in sentences.items()}
    calls: list[tuple[int, bool]] = []

    def fill(items, with_docs):
        calls.append((len(items), with_docs))
        return [stages.LineageItem(it.article, vectors[it.article.id], None, it.entities) for it in items]

    monkeypatch.setattr(stages, "VERIFY_PAIRS", 1)  # a block per pair
    monkeypatch.setattr(stages, "FILLED_KEPT", 1)  # and articles filled again between blocks
    monkeypatch.setattr(stages, "FEATURE_BATCH", 2)
    got = stages.run_lineage(_items({}), Options(), fill=fill)
    assert [e.to_report() for e in got.edges] == [e.to_report() for e in want]
    assert got.blocks > 2 and want
    feature_calls = [n for n, docs in calls if docs]
    assert sum(feature_calls) == len(corpus()) and max(feature_calls) <= 2
    assert any(not docs for _, docs in calls)  # verification fills vectors only
    assert max(n for n, docs in calls if not docs) <= 2


def test_pair_memo_reads_and_writes_its_entries_in_chunks(monkeypatch):
    """Through a store: entries are looked up block by block and new ones handed to the sink as
    verification goes, so only keys stay in memory; a second run serves every pair from them."""
    monkeypatch.setattr(stages, "MEMO_CHUNK", 1)
    monkeypatch.setattr(stages, "VERIFY_PAIRS", 2)
    kept: dict[str, dict] = {}
    lookups: list[int] = []
    writes: list[int] = []

    def lookup(keys):
        lookups.append(len(keys))
        return {k: json.loads(json.dumps(kept[k])) for k in keys if k in kept}

    def sink(entries):
        writes.append(len(entries))
        kept.update(json.loads(json.dumps(dict(entries))))

    hashes = {a.id: a.text for a in corpus()}
    first = stages.PairMemo("base", hashes, lookup=lookup)
    edges = stages.run_lineage(_items({}), Options(), memo=first, memo_sink=sink).edges
    sink(first.take_new())
    assert len(writes) > 2 and not first.pending and len(kept) == len(first.used) == first.gained
    assert lookups and max(lookups) <= 2 and first.reused == 0
    second = stages.PairMemo("base", hashes, lookup=lookup)
    again = stages.run_lineage(_items({}), Options(), memo=second, memo_sink=sink).edges
    assert second.reused == len(first.used) and not second.gained and not second.pending
    assert [e.to_report() for e in again] == [e.to_report() for e in edges]


def test_edges_without_their_alignment_report_the_same():
    """The pipeline drops each edge's sentence alignment once verified (it reads only what the
    report shows), a translation's apart: the same edges and reports; the library keeps every
    alignment by default."""
    full = stages.run_lineage(_items({}), Options()).edges
    lean = stages.run_lineage(_items({}), Options(), keep_aligned=False).edges
    assert full and all(e.aligned for e in full)
    assert not any(e.aligned for e in lean if e.kind != "translation")
    assert [e.to_report() for e in lean] == [e.to_report() for e in full]


def test_nearest_partners_keep_each_members_best_and_break_ties_to_the_earlier():
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, size=24, dtype=np.uint64)
    # An original (row 0) and copies that each change their own positions: every copy agrees
    # most with the original, so each copy's best partner is row 0.
    rows, at = [base.copy()], 0
    for d in range(1, 6):
        row = base.copy()
        row[at : at + d] = rng.integers(0, 2**32, size=d, dtype=np.uint64)
        at += d
        rows.append(row)
    pairs = cand.nearest_partners(np.vstack(rows), 1)
    assert {(0, i) for i in range(1, 6)} <= pairs and len(pairs) <= 6
    # Equal signatures (verbatim copies): ties go to the earlier rows.
    same = np.vstack([base] * 6)
    pairs = cand.nearest_partners(same, 2)
    assert pairs == {(0, 1), (0, 2), (1, 2)} | {(0, r) for r in range(3, 6)} | {(1, r) for r in range(3, 6)}
    assert cand.nearest_partners(same, 10) == {(a, b) for a in range(6) for b in range(a + 1, 6)}


def test_a_large_lsh_bucket_gives_each_member_its_nearest_partners_only():
    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**32, size=128, dtype=np.uint64)
    family = []
    for i in range(14):  # a story and 13 reprints with a few changed positions each
        row = base.copy()
        row[rng.choice(128, size=i % 4, replace=False)] = rng.integers(0, 2**32, size=i % 4, dtype=np.uint64)
        family.append(row)
    other = rng.integers(0, 2**32, size=128, dtype=np.uint64)
    pair = [other, other.copy()]
    sigs = np.vstack(family + pair)
    every = cand.banded_lsh_pairs(sigs, 0.3)
    capped = cand.banded_lsh_pairs(sigs, 0.3, partners=3)
    assert len(every) == 14 * 13 // 2 + 1
    assert capped <= every and (14, 15) in capped and len(capped) <= 14 * 3
    # Still one family: every reprint is linked, through its nearest copies, to the story.
    import networkx as nx

    graph = nx.Graph(list(capped))
    assert nx.node_connected_component(graph, 0) == set(range(14))
    assert cand.banded_lsh_pairs(sigs, 0.3, partners=13) == every  # a bucket of k + 1 keeps every pair


def test_bucket_partners_option_is_checked():
    with pytest.raises(ValueError):
        Options().with_overrides({"lineage.lsh_bucket_partners": -1})
    assert Options().with_overrides({"lineage.lsh_bucket_partners": 0}).lineage.lsh_bucket_partners == 0


def test_a_sentence_shared_by_many_pairs_each_with_its_nearest_only():
    rng = np.random.default_rng(9)
    base = rng.integers(0, 2**32, size=64, dtype=np.uint64)
    sigs = []
    for i in range(10):
        row = base.copy()
        row[: i % 3] = rng.integers(0, 2**32, size=i % 3, dtype=np.uint64)
        sigs.append(row)
    sigs = np.vstack(sigs)
    keys = [np.array([7, 100 + i], dtype=np.uint64) for i in range(10)]  # key 7 printed by all ten
    every = cand.shared_key_pairs(keys)
    bounded = cand.shared_key_pairs(keys, signatures=sigs, partners=2)
    assert len(every) == 45 and bounded <= every and len(bounded) <= 20
    import networkx as nx

    assert nx.is_connected(nx.Graph(list(bounded)))
    assert cand.shared_key_pairs(keys, signatures=sigs, partners=0) == every


def test_a_bounded_bucket_of_two_sub_families_keeps_their_closest_pair():
    """Two originals that share part of their text, each with its own reprints: every member's
    nearest partners are in its own sub-family, and the closest pair across them is kept."""
    rng = np.random.default_rng(11)
    a = rng.integers(0, 2**32, size=64, dtype=np.uint64)
    b = a.copy()
    b[:40] = rng.integers(0, 2**32, size=40, dtype=np.uint64)  # B shares 24 of 64 positions with A
    rows = []
    for base, flips in ((a, 6), (b, 6)):
        for i in range(flips):
            row = base.copy()
            row[40 + i] = rng.integers(0, 2**32, dtype=np.uint64)  # each reprint edits one shared position
            rows.append(row)
    sigs = np.vstack(rows)
    near = cand.nearest_partners(sigs, 2)
    assert all((x < 6) == (y < 6) for x, y in near)  # nearest partners never cross
    tree = cand.spanning_pairs(sigs)
    assert len(tree) == len(rows) - 1
    import networkx as nx

    assert nx.is_connected(nx.Graph(list(tree)))
    crossing = [(x, y) for x, y in tree if (x < 6) != (y < 6)]
    agree = (sigs[:6, None, :] == sigs[None, 6:, :]).sum(axis=2)
    assert len(crossing) == 1 and agree[crossing[0][0], crossing[0][1] - 6] == agree.max()
    bounded = cand.bounded_group_pairs([np.arange(len(rows))], sigs, 2)
    assert crossing[0] in bounded and nx.is_connected(nx.Graph(list(bounded)))


def test_articles_in_two_languages_are_candidates_at_the_lower_cross_language_cosine() -> None:
    # cos(a, b) = 0.7: under the same-language floor, over the cross-language one.
    vectors = np.array([[1.0, 0.0], [0.7, np.sqrt(1 - 0.49)]], dtype=np.float32)
    assert cand.embedding_pairs(vectors, 5, 0.8) == set()
    assert cand.embedding_pairs(vectors, 5, 0.8, languages=["en", "en"], cross_min_similarity=0.65) == set()
    assert cand.embedding_pairs(vectors, 5, 0.8, languages=["en", "ja"], cross_min_similarity=0.65) == {(0, 1)}


def test_embedding_neighbours_do_not_depend_on_how_many_rows_are_scored_at_once():
    """A large corpus scores fewer rows at a time (the block's similarities are bounded in cells):
    the same pairs, exact copies (tied neighbours) included."""
    rng = np.random.default_rng(11)
    base = rng.standard_normal((120, 64)).astype(np.float32)
    vectors = np.vstack([base, base[:40], base[:40] + 0.05 * rng.standard_normal((40, 64)).astype(np.float32)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    languages = [("en", "fr", "ja")[i % 3] for i in range(len(vectors))]
    want = cand.embedding_pairs(vectors, 3, 0.5, languages=languages, cross_min_similarity=0.3)
    assert len(want) > 80
    for cells in (len(vectors) * 50, len(vectors) * 17):  # blocks of 50 and 17 rows, not 1,024
        assert cand.embedding_pairs(vectors, 3, 0.5, languages=languages, cross_min_similarity=0.3,
                                    cells=cells) == want


@pytest.mark.parametrize("text", [
    "約1300人が乗船し、船は3.58ノットで進んだ。運航は2031年まで続く。",
    "승객은 1300명이며 배는 3.58노트로 움직였고, 운항은 2031년까지 계속된다.",
    "صعد ١٣٠٠ راكب وسارت السفينة بسرعة ٣٫٥٨ عقدة حتى عام ٢٠٣١.",
])
def test_figures_written_against_cjk_counters_or_in_arabic_digits_are_anchors(text: str) -> None:
    english = "About 1,300 passengers boarded as the ship made 3.58 knots; the service runs until 2031."
    mine = stages.anchors(prepare(Article(id="x", source="t", text=text), 5, None))
    theirs = stages.anchors(prepare(Article(id="y", source="t", text=english), 5, "en"))
    assert {"#1300", "#3.58", "#2031"} <= mine & theirs


def test_a_figure_inside_a_latin_word_is_no_anchor() -> None:
    assert not {a for a in stages.anchors(prepare(Article(id="x", source="t", text="The A320 and model X12 flew."), 5, "en"))
                if a.startswith("#")}


def test_a_translation_keeps_its_alignment_when_the_others_drop_theirs():
    # The story analysis pairs a sentence with its translation by the edge's alignment.
    from tests.lineage.test_lineage import JAPANESE, WIRE

    items = [stages.LineageItem(Article(id="en", source="t", text=WIRE, language="en"), None, None, []),
             stages.LineageItem(Article(id="ja", source="t", text=JAPANESE, language="ja"), None, None, [])]
    edges = stages.run_lineage(items, Options(), keep_aligned=False).edges
    assert [e.kind for e in edges] == ["translation"] and len(edges[0].aligned) >= 6


def test_features_keep_mentions_and_anchors_as_arrays_and_round_trip():
    """What the barrier holds of an article is a few numpy arrays: its entity mentions one int32
    row each (no tuple per mention) and its anchors as 64-bit hashes (no string each); the
    mentions verification reads are the ones given, and the memo's JSON gives them back exactly."""
    text = ORIGIN
    given = sorted([(*_span(text, "Odile Varne"), "PERSON"), (*_span(text, "Pellingford"), "GPE"),
                    (*_span(text, "Sunday"), "DATE")])
    stage = stages.FeatureStage()
    stage.setup(Options())
    item = stages.LineageItem(corpus()[0], None, None, given)
    (f,) = stage.process([item])
    assert isinstance(f.mentions, stages.Mentions)
    assert f.mentions.rows.dtype == np.int32 and f.mentions.rows.shape == (3, 3)
    assert f.mentions.tuples() == tuple(given)
    assert f.anchors.dtype == np.uint64 and len(f.anchors) == len(stages.anchors(prepare(item.article, 5, "en")))
    back = stages.features_from_dict(json.loads(json.dumps(stages.features_to_dict(f))))
    assert back.mentions == f.mentions and back.mentions.tuples() == tuple(given)
    assert back.anchors.dtype == np.uint64 and np.array_equal(back.anchors, f.anchors)
    blocks = list(stages.pair_blocks([(0, 1)], [item, item], [f, back], {}))
    assert blocks[0].articles[f.id].mentions == tuple(given)


def test_anchor_pairs_over_hashes_are_those_over_the_anchors():
    """Anchors are compared by their hashes: the pairs that counting the strings themselves gives
    (common anchors, printed by more than ``max_posting`` articles, skipped)."""
    import random

    rng = random.Random(5)
    pool = [f"#{n}" for n in range(40)] + [f"name{n}" for n in range(40)]
    sets = [frozenset(rng.sample(pool, rng.randrange(0, 12))) for _ in range(60)]
    languages = [rng.choice(["en", "fr", "ja"]) for _ in sets]
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(sets):
        for a in s:
            postings.setdefault(a, []).append(i)
    counts: dict[tuple[int, int], int] = {}
    for docs in postings.values():
        if 1 < len(docs) <= 8:
            for x, i in enumerate(docs):
                for j in docs[x + 1 :]:
                    if languages[i] != languages[j]:
                        counts[(i, j)] = counts.get((i, j), 0) + 1
    want = {p for p, n in counts.items() if n >= 2 and n >= min(len(sets[p[0]]), len(sets[p[1]])) / 3}
    keys = [np.array(sorted({stages.key_hash(a) for a in s}), dtype=np.uint64) for s in sets]
    assert want and cand.anchor_pairs(keys, languages, 2, max_posting=8) == want


def test_new_features_go_to_the_sink_in_chunks_before_verification(monkeypatch):
    """The features a run makes are handed over in chunks as the feature map yields them (the
    pipeline writes them to its memo), before any pair is verified; known ones are not."""
    monkeypatch.setattr(stages, "FEATURES_CHUNK", 2)
    events: list[tuple[str, list[str]]] = []

    class Recording(stages.VerifyStage):
        def process(self, batch):
            events.append(("verify", []))
            return super().process(batch)

    known_id = corpus()[0].id
    stage = stages.FeatureStage()
    stage.setup(Options())
    known = {known_id: stage.process(_items({})[:1])[0]}
    want = stages.run_lineage(_items({}), Options()).edges
    got = stages.run_lineage(_items({}), Options(), known=known, verify_stage=Recording(),
                             features_sink=lambda made: events.append(("features", [f.id for f in made])))
    sunk = [ids for kind, ids in events if kind == "features"]
    assert [len(ids) for ids in sunk] == [2, 2]
    assert sorted(i for ids in sunk for i in ids) == sorted(a.id for a in corpus() if a.id != known_id)
    assert got.features_made == len(corpus()) - 1
    first_verify = [kind for kind, _ in events].index("verify")
    assert all(kind == "features" for kind, _ in events[:first_verify])
    assert [e.to_report() for e in got.edges] == [e.to_report() for e in want]



def test_candidate_pairs_are_the_sorted_union_of_the_indexes_as_one_array():
    """The barrier keeps its candidate pairs as an (pairs, 2) int64 array, each index packed as it
    is made: the same pairs, in the same order, as the union of the indexes' sets."""
    opt = Options().lineage
    stage = stages.FeatureStage()
    stage.setup(Options())
    features = stage.process(_items({}))
    signatures = np.vstack([f.signature for f in features])
    langs = [f.language for f in features]
    want = set(cand.banded_lsh_pairs(signatures, opt.lsh_threshold, opt.lsh_bucket_partners))
    want |= cand.shared_key_pairs([f.exact_keys for f in features], signatures=signatures,
                                  partners=opt.lsh_bucket_partners)
    want |= cand.embedding_pairs(np.vstack([f.doc_vector for f in features]), opt.embedding_neighbours,
                                 opt.embedding_min_similarity, languages=langs,
                                 cross_min_similarity=opt.embedding_cross_min_similarity)
    want |= cand.anchor_pairs([f.anchors for f in features], langs, opt.anchor_min_shared)
    want |= cand.credit_pairs([f.outlet for f in features], [f.credit_lines for f in features], opt)
    got = stages.candidate_pairs(features, opt)
    assert got.dtype == np.int64 and got.shape == (len(want), 2)
    assert [tuple(p) for p in got.tolist()] == sorted(want) and len(want) >= 3
    assert stages.candidate_pairs(features[:1], opt).shape == (0, 2)


def test_packed_pairs_sort_as_the_pairs_and_come_back_whole():
    n = 3_000_000_000  # past 32 bits: the packing is 64-bit
    pairs = {(5, n - 1), (0, 7), (5, 6), (n - 2, n - 1)}
    packed = cand.packed_pairs(pairs, n)
    assert [tuple(p) for p in cand.unpacked_pairs(np.sort(packed), n).tolist()] == sorted(pairs)
    assert cand.packed_pairs(set(), n).shape == (0,)


def test_dropping_the_candidate_fields_keeps_what_verification_reads():
    """After candidates, a feature keeps only what the verification blocks read: the blocks made
    from the emptied features are those made from whole ones."""
    stage = stages.FeatureStage()
    stage.setup(Options())
    items = _items({})
    features = stage.process(items)
    pairs = stages.candidate_pairs(features, Options().lineage)
    posted = stages.postings(features)
    before = list(stages.pair_blocks(pairs, items, features, posted))
    stages.drop_candidate_fields(features)
    assert all(len(f.signature) == len(f.exact_keys) == len(f.anchors) == 0 and f.credit_lines == () for f in features)
    after = list(stages.pair_blocks(pairs, items, features, posted))
    assert [b.pairs for b in after] == [b.pairs for b in before] and after[0].pairs
    assert [b.postings for b in after] == [b.postings for b in before]
    for x, y in zip(before, after):
        assert x.articles.keys() == y.articles.keys()
        for k in x.articles:
            assert np.array_equal(x.articles[k].doc_vector, y.articles[k].doc_vector)
            assert np.array_equal(x.articles[k].posting_keys, y.articles[k].posting_keys)
            assert x.articles[k].mentions == y.articles[k].mentions
