"""Story-page view models: article names, conflict cards, the lineage layout at 25 nodes, drift
filtering and the coverage chart."""

from __future__ import annotations

import re

from storyline.model import Article, DateCandidate
from storyline.web import present
from storyline.web.conflicts import conflict_cards, find_value
from storyline.web.coverage import coverage

from storydata import N_ARTICLES, aid, articles, big_story


def citer_for(story, arts):
    return present.Citer(story, {a.id: a for a in arts})


def test_articles_without_outlet_are_named_by_title_record_or_first_words():
    hashy = "a3f09c1d2e4b5a67"
    cases = [
        (Article(id=hashy, source="feed.jsonl#181", text="x", outlet="Harbour Times"), "Harbour Times"),
        (Article(id=hashy, source="feed.jsonl#181", text="x", title="Brücke gesperrt"), "“Brücke gesperrt”"),
        (Article(id=hashy, source="feed.jsonl#181", text="x", external_id="rec-55"), "record rec-55"),
        (Article(id=hashy, source="feed.jsonl#181", text="La mairie a fermé le pont ce matin après la crue."),
         "“La mairie a fermé le pont ce matin...”"),
    ]
    for article, name in cases:
        shown = present.label(article, article.id)
        assert shown == name
        assert hashy not in shown and "#181" not in shown


def test_ids_in_notes_become_names():
    story = big_story()
    c = citer_for(story, articles())
    assert c.named(f"only in {aid(21)}, not in {aid(0)}.") == "only in record rec-7781, not in Outlet A0."
    assert c.named("nothing to replace") == "nothing to replace"


def test_figure_conflict_card_groups_outlets_by_value_and_folds_copies():
    story = big_story()
    cards = conflict_cards(story, citer_for(story, articles()))
    figure = next(c for c in cards if c.kind == "number")
    assert [s.value for s in figure.sides] == ["3,200", "4,800"]
    low, high = figure.sides
    # a01 and a05 copy a00: one entry with two folded copies, one independent source
    assert (low.sources, low.articles) == (1, 3)
    assert [e.name for e in low.entries] == ["Outlet A0"]
    assert [n for n, _ in low.entries[0].copies] == ["Outlet B1", "Outlet F5"]
    assert low.entries[0].mark.marked == "3,200" and high.entries[0].mark.marked == "4,800"
    assert high.entries[0].name == "Outlet M12" and [n for n, _ in high.entries[0].copies] == ["Outlet N13"]


def test_speaker_conflict_card_shows_the_speakers_and_the_quote_once():
    story = big_story()
    cards = conflict_cards(story, citer_for(story, articles()))
    card = next(c for c in cards if c.kind == "speaker")
    assert [s.value for s in card.sides] == ["Mira Holt", "Jon Vask"]
    assert card.quote.startswith("We will rebuild the pier")
    assert all(e.text == "" for s in card.sides for e in s.entries)  # not the quote five times
    assert sum(len(s.entries) + sum(len(e.copies) for e in s.entries) for s in card.sides) == 5


def test_negation_and_valueless_statements():
    arts = [Article(id=i, source="x", text="t", outlet=o) for i, o in (("p", "Le Phare"), ("q", "Der Bote"))]
    story = {"article_ids": ["p", "q"], "lineage": [], "conflicts": [
        {"kind": "negation", "about": "whether the bridge reopened", "statements": [
            {"article_id": "p", "text": "Le pont a rouvert.", "value": "yes"},
            {"article_id": "q", "text": "Die Brücke ist nicht wieder offen.", "value": "no"}]},
        {"about": "an old report", "statements": [{"article_id": "p", "text": "a"}, {"article_id": "q", "text": "b"}]},
    ]}
    neg, old = conflict_cards(story, present.Citer(story, {a.id: a for a in arts}))
    assert [s.value for s in neg.sides] == ["states it", "denies it"]
    assert len(old.sides) == 2 and old.sides[0].value == "(no value given)"


def test_find_value_in_other_digit_grouping():
    assert find_value("Unos 3.450 evacuados", "3,450").marked == "3.450"
    assert find_value("rund 3 450 Menschen", "3,450").marked == "3 450"
    assert find_value("über 13450 Menschen", "3,450") is None  # part of another number
    assert find_value("Le 5 mars", "2024-03-05") is None


def boxes_overlap(a, b, gap=0):
    return a[0] < b[0] + b[2] + gap and b[0] < a[0] + a[2] + gap and a[1] < b[1] + b[3] + gap and b[1] < a[1] + a[3] + gap


def test_lineage_layout_at_25_nodes_fits_without_overlap():
    story = big_story()
    view = present.lineage_view(story["lineage"], citer_for(story, articles()))
    assert len(view.nodes) == N_ARTICLES
    assert view.width <= present.FIT_WIDTH
    rects = [(n.x, n.y, n.w, n.h) for n in view.nodes]
    for i, a in enumerate(rects):
        assert 0 <= a[0] and a[0] + a[2] <= view.width and 0 <= a[1] and a[1] + a[3] <= view.height
        for b in rects[i + 1 :]:
            assert not boxes_overlap(a, b), (a, b)
    # every label fits its box by the (generous) width estimate
    for n in view.nodes:
        assert present.text_px(n.text) <= n.w - 2 * present.LABEL_INSET
        assert n.text.startswith(f"[{n.number}] ")
    # copies right of their origins; edges start at the origin box and end at the copy's
    by_id = {n.id: n for n in view.nodes}
    for e in view.edges:
        o, d = by_id[e.origin], by_id[e.derived]
        assert o.x < d.x
        assert e.points[0] == (o.x + o.w, o.y + o.h // 2) and e.points[-1] == (d.x, d.y + d.h // 2)
        # a long edge runs through the gaps between boxes, never across one
        for (x1, y1), (x2, y2) in zip(e.points[1:-2], e.points[2:-1]):
            if y1 == y2:
                for n in view.nodes:
                    if n.id not in (e.origin, e.derived) and n.y <= y1 <= n.y + n.h:
                        assert x2 <= n.x or x1 >= n.x + n.w


def test_a_deep_chain_narrows_its_boxes_to_the_column():
    arts = [Article(id=f"k{i}", source="x", text="t", outlet=f"Zeitung Nummer {i}") for i in range(7)]
    story = {"article_ids": [a.id for a in arts]}
    edges = [{"origin": f"k{i}", "derived": f"k{i + 1}", "kind": "rewrite", "score": .5, "confidence": .5, "drift": []}
             for i in range(6)]
    view = present.lineage_view(edges, present.Citer(story, {a.id: a for a in arts}))
    assert sorted({n.x for n in view.nodes}) == [n.x for n in sorted(view.nodes, key=lambda n: n.id)]
    assert all(n.w == present.NODE_W_MIN for n in view.nodes)
    assert all(n.text.endswith("…") or present.text_px(n.text) <= n.w for n in view.nodes)


def test_drift_lists_real_changes_only():
    story = big_story()
    view = present.lineage_view(story["lineage"], citer_for(story, articles()))
    notes = [d.note for d in view.drifts]
    assert "punctuation" not in notes  # the same words: no change
    assert any(n.startswith("date differs: Monday (“Storm cuts") for n in notes)  # ids named
    assert not any(re.search(r"a\d\df3c9", n) for n in notes)
    paraphrase = next(d for d in view.drifts if d.kind == "number")
    # a paraphrase marks only the changed figure, not every reworded word
    assert [s.text for s in paraphrase.left if s.op == "del"] == ["3,200"]
    assert [s.text for s in paraphrase.right if s.op == "ins"] == ["4,800"]
    added = next(d for d in view.drifts if d.one_sided)
    assert added.one_sided == "added" and added.right[0].text == "Residents queued for the last boat."


def test_coverage_by_hour_with_undated_articles_apart():
    story = big_story()
    arts = articles()
    cov = coverage(story, {a.id: a for a in arts}, citer_for(story, arts))
    assert cov.unit == "hour"
    assert sum(b.total for b in cov.buckets) == N_ARTICLES - 2
    assert cov.undated == ["Outlet X23", "Outlet Y24"]
    assert cov.first == "Outlet A0, 2025-03-03 06:00 UTC"
    assert "2 articles without a publication date" in cov.summary
    assert cov.undated_rect is not None and cov.undated_rect.x > cov.plot_right
    assert all(r.x + r.w <= cov.plot_right + 0.5 and r.y >= 0 for r in cov.rects)
    assert len(cov.outlets) == 8 and cov.outlets[-1][0] == "16 other outlets"


def test_coverage_by_day_and_month_and_nothing_dated():
    def art(i, day, outlet="Diario Sur"):
        return Article(id=f"d{i}", source="x", text="t", outlet=outlet, published=day)

    arts = [art(0, "2024-05-01"), art(1, "2024-05-01", "Le Courrier"), art(2, "2024-05-03"), art(3, None)]
    story = {"article_ids": [a.id for a in arts]}
    cov = coverage(story, {a.id: a for a in arts}, present.Citer(story, {a.id: a for a in arts}))
    assert cov.unit == "day" and [b.label for b in cov.buckets] == ["2024-05-01", "2024-05-02", "2024-05-03"]
    assert [b.total for b in cov.buckets] == [2, 0, 1]
    assert cov.first == "Diario Sur, Le Courrier (all on 2024-05-01; the times are not known)"
    arts = [art(0, "2021-01-10"), art(1, "2024-06-02")]
    story = {"article_ids": [a.id for a in arts]}
    cov = coverage(story, {a.id: a for a in arts}, present.Citer(story, {a.id: a for a in arts}))
    assert cov.unit == "month" and cov.buckets[0].label == "2021-01" and cov.buckets[-1].label == "2024-06"
    arts = [art(0, None)]
    story = {"article_ids": ["d0"]}
    cov = coverage(story, {"d0": arts[0]}, present.Citer(story, {"d0": arts[0]}))
    assert cov.buckets == [] and cov.undated == ["Diario Sur"]


def test_coverage_uses_clock_times_only_when_every_article_has_one():
    arts = [Article(id="t1", source="x", text="t", outlet="Kurier", published="2024-05-01",
                    date_candidates=[DateCandidate("2024-05-01", "published", .9, "2024-05-01 09:15 +02:00")]),
            Article(id="t2", source="x", text="t", outlet="Gazeta", published="2024-05-01")]
    story = {"article_ids": ["t1", "t2"]}
    cov = coverage(story, {a.id: a for a in arts}, present.Citer(story, {a.id: a for a in arts}))
    assert cov.unit == "day" and cov.first.startswith("Kurier, Gazeta (all on 2024-05-01")
    arts[1] = Article(id="t2", source="x", text="t", outlet="Gazeta", published="2024-05-01",
                      date_candidates=[DateCandidate("2024-05-01", "published", .9, "2024-05-01T07:40:00Z")])
    cov = coverage(story, {a.id: a for a in arts}, present.Citer(story, {a.id: a for a in arts}))
    assert cov.unit == "hour" and cov.first == "Kurier, 2024-05-01 07:15 UTC"


def test_first_publisher_with_a_time_of_unknown_zone_says_so():
    arts = [Article(id="n1", source="x", text="t", outlet="Il Corriere", published="2024-05-01",
                    date_candidates=[DateCandidate("2024-05-01", "header", .7, "1 maggio 2024, 08:30")]),
            Article(id="n2", source="x", text="t", outlet="Ekspres", published="2024-05-01",
                    date_candidates=[DateCandidate("2024-05-01", "published", .9, "2024-05-01T10:00:00+00:00")])]
    story = {"article_ids": ["n1", "n2"]}
    cov = coverage(story, {a.id: a for a in arts}, present.Citer(story, {a.id: a for a in arts}))
    assert cov.first == "Il Corriere, 2024-05-01 08:30 UTC (the page gave no time zone)"
    assert [t for _, t in cov.y_ticks] == [0, 1]  # the axis keeps its zero


def test_drift_marks_whole_figures_and_only_the_noted_values_in_a_paraphrase():
    arts = [Article(id=i, source="x", text="t", outlet=o) for i, o in (("o", "Agencia Sur"), ("c", "Wiener Blatt"))]
    story = {"article_ids": ["o", "c"]}
    edge = {"origin": "o", "derived": "c", "kind": "rewrite", "score": .7, "confidence": .9, "drift": [
        {"origin_text": "Die Temperatur stieg auf 41.2 Grad in Alvera.",
         "derived_text": "Die Temperatur stieg auf 42.7 Grad in Alvera.",
         "note": "number changed: 41.2 -> 42.7", "kind": "number"},
        {"origin_text": "El termómetro marcó 41.2 grados el lunes en la ciudad, según la agencia.",
         "derived_text": "Según datos oficiales, la ciudad alcanzó un récord de 42.7 grados.",
         "note": "number changed: 41.2 -> 42.7", "kind": "number"},
        {"origin_text": "Le maire a parlé.", "derived_text": "Le maire a parlé, dit-on, deux fois.",
         "note": "number added: 2", "kind": "number"},
    ]}
    edited, paraphrase, unfound = present.lineage_view([edge], present.Citer(story, {a.id: a for a in arts})).drifts
    assert [s.text for s in edited.left if s.op == "del"] == ["41.2"]  # the figure whole, not "47" and ".5"
    assert [s.text for s in edited.right if s.op == "ins"] == ["42.7"]
    assert [s.text for s in paraphrase.left if s.op != "same"] == ["41.2"]
    assert [s.text for s in paraphrase.right if s.op != "same"] == ["42.7"]
    assert all(s.op == "same" for s in unfound.left + unfound.right)  # nothing to mark: the note says it


def test_a_very_deep_graph_scrolls_instead_of_shrinking_unreadably():
    arts = [Article(id=f"k{i}", source="x", text="t", outlet=f"Zeitung {i}") for i in range(12)]
    story = {"article_ids": [a.id for a in arts]}
    edges = [{"origin": f"k{i}", "derived": f"k{i + 1}", "kind": "rewrite", "score": .5, "confidence": .5,
              "evidence": [f"k{i + 1} credits k{i}"], "drift": []} for i in range(11)]
    view = present.lineage_view(edges, present.Citer(story, {a.id: a for a in arts}))
    assert view.scroll and view.width > present.FIT_WIDTH
    assert view.edges[0].evidence == ["Zeitung 1 credits Zeitung 0"]  # named, not by id
    shallow = present.lineage_view(edges[:3], present.Citer(story, {a.id: a for a in arts}))
    assert not shallow.scroll
