"""Event arguments for the pair scorer (storyline/cluster/signals.py): typed names that cross
types, numbers with what they count, event days across a year boundary, weekdays of undated
reports; hand-written reports in several languages."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.cluster.features import Features, featurize, pair_model, signal_weights
from storyline.cluster.signals import (
    FEATURES,
    article_signals,
    block_features,
    pair_features,
    signal_matrices,
)
from storyline.model import Article, DateMention, Extraction, Span
from storyline.options import Options


def art(aid: str, text: str, published: str | None = None, language: str = "en") -> Article:
    return Article(id=aid, source="t", text=text, published=published, language=language)


def ent(aid: str, text: str, label: str, start: int = 0) -> Span:
    return Span(aid, start, start + len(text), "entity", label, text, {"canonical": text})


def num(aid: str, value: str, unit: str) -> Span:
    return Span(aid, 0, 1, "number", value, value, {"unit": unit})


def when(aid: str, text: str, value: str | None, granularity: str | None = "day") -> DateMention:
    return DateMention(aid, 0, len(text), text, value, granularity if value else None, relative=True)


def features_of(*pairs: tuple[Article, Extraction]) -> dict[str, float]:
    """The FEATURES of the first two articles, as a name -> value dict."""
    sig = signal_matrices([article_signals(a, x, 800) for a, x in pairs])
    row = pair_features(sig, np.array([0]), np.array([1]))[0]
    return dict(zip(FEATURES, row.tolist()))


def test_a_name_typed_differently_is_still_shared() -> None:
    # One recogniser calls the town a place, another a person: the same argument, no conflict.
    a = art("a", "A blast hit Port Adrin on Monday.")
    b = art("b", "Una explosión sacudió Port Adrin el lunes.", language="es")
    f = features_of(
        (a, Extraction("a", entities=[ent("a", "Port Adrin", "GPE", 12)])),
        (b, Extraction("b", entities=[ent("b", "Port Adrin", "PERSON", 28)])),
    )
    assert f["overlap_place"] > 0 and f["overlap_person"] > 0
    assert f["disjoint_place"] == 0 and f["disjoint_person"] == 0
    assert f["lead_disjoint_place"] == 0 and f["lead_overlap_place"] > 0


def test_a_short_name_meets_its_long_form_and_different_bodies_are_disjoint() -> None:
    a = art("a", "Kessler Group will close its plant.")
    b = art("b", "Kessler schließt sein Werk.", language="de")
    c = art("c", "Varnholt Works will close its plant.")
    ea = Extraction("a", entities=[ent("a", "Kessler Group", "ORG")])
    eb = Extraction("b", entities=[ent("b", "Kessler", "ORG")])
    ec = Extraction("c", entities=[ent("c", "Varnholt Works", "ORG")])
    same = features_of((a, ea), (b, eb))
    assert same["overlap_org"] > 0 and same["disjoint_org"] == 0
    other = features_of((a, ea), (c, ec))
    assert other["overlap_org"] == 0 and other["disjoint_org"] == 1 and other["lead_disjoint_org"] == 1


def test_counted_figures_agree_across_languages_and_conflict_within_one_kind() -> None:
    en = (art("a", "The quake killed 12 people."), Extraction("a", numbers=[num("a", "12", "people")]))
    es = (art("b", "El sismo mató a 12 personas.", language="es"), Extraction("b", numbers=[num("b", "12", "personas")]))
    de = (art("c", "Das Beben tötete 40 Menschen.", language="de"), Extraction("c", numbers=[num("c", "40", "Menschen")]))
    agree = features_of(en, es)
    assert agree["count_agree"] > 0 and agree["count_conflict"] == 0
    conflict = features_of(en, de)
    assert conflict["count_agree"] == 0 and conflict["count_conflict"] == 1
    # Different things counted are no conflict.
    money = (art("d", "Aid of $12 million was pledged."), Extraction("d", numbers=[num("d", "12000000", "USD")]))
    assert features_of(en, money)["count_conflict"] == 0


def test_event_days_across_a_year_boundary() -> None:
    # Published on 1 January about "Wednesday" (30 December), and on 31 December about the
    # same Wednesday: one event day although the publication years differ.
    a = art("a", "The ferry sank on Wednesday.", "2027-01-01")
    b = art("b", "El ferry se hundió el miércoles.", "2026-12-31", "es")
    c = art("c", "Le ferry a coulé mercredi.", "2027-01-08", "fr")
    xa = Extraction("a", dates=[when("a", "Wednesday", "2026-12-30")])
    xb = Extraction("b", dates=[when("b", "miércoles", "2026-12-30")])
    xc = Extraction("c", dates=[when("c", "mercredi", "2027-01-06")])
    same = features_of((a, xa), (b, xb))
    assert same["day_shared"] == 1 and same["day_disjoint"] == 0 and same["month_disjoint"] == 0
    other = features_of((a, xa), (c, xc))
    assert other["day_shared"] == 0 and other["day_disjoint"] == 1 and other["month_disjoint"] == 1


def test_a_scheduled_day_after_publication_is_not_the_event_day() -> None:
    a = art("a", "The court will rule on Friday.", "2026-05-04")
    signals = article_signals(a, Extraction("a", dates=[when("a", "Friday", "2026-05-08")]), 800)
    assert "day" not in signals and "month" not in signals and "weekday_event" not in signals


@pytest.mark.parametrize("stated,language", [("Sunday", "en"), ("domingo", "es"), ("Sonntag", "de"), ("dimanche", "fr")])
def test_an_undated_report_s_weekday_against_a_dated_event(stated: str, language: str) -> None:
    # "Sunday's earthquake" with no date: compatible with a dated report of an event on a Sunday
    # (2026-11-29), in conflict with one of an event on a Wednesday (2026-11-25).
    undated = (art("u", f"{stated}: quake", None, language),
               Extraction("u", dates=[when("u", stated, None)]))
    sunday = (art("s", "The quake struck on Sunday.", "2026-11-30"),
              Extraction("s", dates=[when("s", "Sunday", "2026-11-29")]))
    wednesday = (art("w", "The quake struck on Wednesday.", "2026-11-26"),
                 Extraction("w", dates=[when("w", "Wednesday", "2026-11-25")]))
    agree = features_of(undated, sunday)
    assert agree["weekday_agree"] == 1 and agree["weekday_conflict"] == 0
    conflict = features_of(wednesday, undated)
    assert conflict["weekday_agree"] == 0 and conflict["weekday_conflict"] == 1


def test_no_extraction_gives_no_features() -> None:
    f = features_of((art("a", "x"), None), (art("b", "y"), Extraction("b", entities=[ent("b", "Velmora", "GPE")])))
    assert not any(f.values())


@pytest.mark.parametrize("indicator_cells", [1_000_000, 0])
def test_block_features_equal_pair_features(indicator_cells: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Both ways of a small block (one indicator over every kind's columns, or each product over
    # its two kinds' columns) give the pair features.
    import storyline.cluster.signals as signals

    monkeypatch.setattr(signals, "_DENSE_INDICATOR", indicator_cells)
    xs = [
        (art("a", "Velmora quake"), Extraction("a", entities=[ent("a", "Velmora", "GPE")],
                                               numbers=[num("a", "12", "people")])),
        (art("b", "Velmora"), Extraction("b", entities=[ent("b", "Velmora", "PERSON")],
                                         numbers=[num("b", "40", "people")])),
        (art("c", "Ostrava"), Extraction("c", entities=[ent("c", "Ostrava", "ORG")])),
    ]
    sig = signal_matrices([article_signals(a, x, 800) for a, x in xs])
    rows = np.arange(3)
    block = block_features(sig, rows, rows)
    for i in range(3):
        for j in range(3):
            assert np.allclose(block[:, i, j], pair_features(sig, np.array([i]), np.array([j]))[0])


def test_shipped_weights_say_what_the_features_mean() -> None:
    # The fitted model (train.py) keeps only weights whose sign agrees with the feature.
    weights = dict(zip(FEATURES, signal_weights(Options()).tolist()))
    assert pair_model()["arguments"]["signal_weights"]
    for name, w in weights.items():
        if "disjoint" in name or "conflict" in name:
            assert w <= 0, name
        else:
            assert w >= 0, name
    off = Options().with_overrides({"cluster.event_signals": False})
    assert signal_weights(off) is None


def _factor(feats: Features, i: int, j: int) -> float:
    return float(feats.pair_factor(np.array([i]), np.array([j]))[0])


def test_factor_raises_agreeing_and_lowers_conflicting_pairs() -> None:
    # Reports of quakes on one invented island: two give the same toll and day, a third another
    # toll and another day. The model's factor ranks the agreeing pair above the conflicting one,
    # and the conflicting toll and day lower the factor against the same report without them.
    arts = [
        art("a", "A quake on Velmora killed 12 people on Wednesday.", "2027-01-01"),
        art("b", "Un sismo en Velmora mató a 12 personas el miércoles.", "2026-12-31", "es"),
        art("c", "Ein Beben auf Velmora tötete am Montag 40 Menschen.", "2027-03-02", "de"),
    ]
    velmora = {"a": ent("a", "Velmora", "GPE", 11), "b": ent("b", "Velmora", "GPE", 12),
               "c": ent("c", "Velmora", "PERSON", 18)}
    ext = {
        "a": Extraction("a", entities=[velmora["a"]], numbers=[num("a", "12", "people")],
                        dates=[when("a", "Wednesday", "2026-12-30")]),
        "b": Extraction("b", entities=[velmora["b"]], numbers=[num("b", "12", "personas")],
                        dates=[when("b", "miércoles", "2026-12-30")]),
        "c": Extraction("c", entities=[velmora["c"]], numbers=[num("c", "40", "Menschen")],
                        dates=[when("c", "Montag", "2027-03-01")]),
    }
    feats = featurize(arts, Options(), ext)
    assert feats.signals is not None and feats.signal_weights is not None
    assert _factor(feats, 0, 1) > 1.0
    assert _factor(feats, 0, 1) > _factor(feats, 0, 2)
    quiet = featurize(arts, Options(), {**ext, "c": Extraction("c", entities=[velmora["c"]])})
    assert _factor(quiet, 0, 2) > _factor(feats, 0, 2)
    assert featurize(arts, Options()).signals is None  # without extractions: no argument factor


def test_spilled_signals_and_enriched_leads_give_the_features_of_extractions() -> None:
    """The pipeline hands clustering each article's signals and lead vector from a spill file
    (read one article at a time): the features are those made from the extractions, and no lead
    with a vector is encoded again."""
    from storyline.cluster.features import lead_text
    from storyline.resources import embedder
    from storyline.spill import SpilledMap

    arts = [
        art("a", "Lava from the Orvik volcano reached the coast road on Friday, officials said.", "2027-05-07"),
        art("b", "La lave du volcan Orvik a atteint vendredi la route côtière.", "2027-05-07", "fr"),
        art("c", "The Orvik ferry resumed service on Monday after repairs.", "2027-05-10"),
    ]
    ext = {a.id: Extraction(a.id, entities=[ent(a.id, "Orvik", "GPE", a.text.index("Orvik"))]) for a in arts}
    opts = Options()
    plain = featurize(arts, opts, ext)
    signals, leads = SpilledMap(), SpilledMap(vectors=True)
    for a in arts:
        signals[a.id] = article_signals(a, ext[a.id], opts.cluster.lead_names_chars)
    enc = embedder()
    for a in arts[:2]:  # the third lead has no vector: encoded at the barrier
        leads[a.id] = enc.encode([lead_text(a, opts.cluster.embed_chars)])[0]
    misses = enc.misses
    spilled = featurize(arts, opts, signals=signals, leads=leads)
    assert enc.misses - misses <= 1
    assert np.array_equal(spilled.emb, plain.emb)
    assert (spilled.sparse != plain.sparse).nnz == 0
    for kind in plain.signals.raw:
        assert all(np.array_equal(x, y) for x, y in zip(spilled.signals.raw[kind], plain.signals.raw[kind]))
    signals.close()
    leads.close()


def test_why_names_the_arguments_behind_a_link() -> None:
    from storyline.cluster.explain import why

    arts = [
        art("a", "A quake on Velmora killed 12 people on Wednesday.", "2027-01-01"),
        art("b", "Un sismo en Velmora mató a 12 personas el miércoles.", "2026-12-31", "es"),
    ]
    ext = {
        "a": Extraction("a", entities=[ent("a", "Velmora", "GPE", 11)], numbers=[num("a", "12", "people")],
                        dates=[when("a", "Wednesday", "2026-12-30")]),
        "b": Extraction("b", entities=[ent("b", "Velmora", "GPE", 12)], numbers=[num("b", "12", "personas")],
                        dates=[when("b", "miércoles", "2026-12-30")]),
    }
    links = why(arts, ["a", "b"], Options(), ext)
    assert links["a"]["with"] == "b" and links["a"]["argument_factor"] > 1.0
    assert {"count_agree", "day_shared"} <= set(links["a"]["arguments"])
    assert why(arts, ["a", "b"], Options())["a"]["argument_factor"] == 1.0


def test_conflicts_crossed_with_shared_lead_names() -> None:
    # Two ferry accidents in one strait, reported in three languages: the leads of the first two
    # share the strait's name and give other tolls; the third names another place in its lead.
    # The crossed feature is the conflict times the largest lead overlap: it fires only where
    # the leads share names, and is zero where they do not (the plain conflict still fires).
    strait = "Korvan Strait"
    a = (art("a", f"A ferry sank in the {strait}, killing 12 people."),
         Extraction("a", entities=[ent("a", strait, "LOC", 19)], numbers=[num("a", "12", "people")]))
    b = (art("b", f"Un ferry se hundió en el {strait}: 40 personas murieron.", language="es"),
         Extraction("b", entities=[ent("b", strait, "GPE", 25)], numbers=[num("b", "40", "personas")]))
    c = (art("c", "Eine Fähre sank vor Ostrava: 40 Menschen starben.", language="de"),
         Extraction("c", entities=[ent("c", "Ostrava", "GPE", 20)], numbers=[num("c", "40", "Menschen")]))
    shared = features_of(a, b)
    assert shared["count_conflict"] == 1 and shared["lead_overlap_place"] > 0
    share = max(shared["lead_overlap_person"], shared["lead_overlap_org"], shared["lead_overlap_place"])
    assert shared["count_conflict_x_lead_shared"] == pytest.approx(share)
    apart = features_of(a, c)
    assert apart["count_conflict"] == 1 and apart["lead_disjoint_place"] == 1
    assert apart["count_conflict_x_lead_shared"] == 0 and apart["lead_disjoint_place_x_lead_shared"] == 0
    # Agreeing reports: nothing crossed fires.
    agree = features_of(b, (art("d", f"A ferry sank in the {strait}; 40 dead."),
                            Extraction("d", entities=[ent("d", strait, "LOC", 19)], numbers=[num("d", "40", "dead")])))
    assert not any(v for k, v in agree.items() if k.endswith("_x_lead_shared"))


def test_a_conflict_costs_more_where_the_leads_share_names() -> None:
    # The shipped model: among pairs whose leads share names, a conflicting figure lowers the
    # factor by more than among pairs whose leads share none (the shared-name lift is what a
    # same-kind event also gets). Reports in English, French and Italian.
    weights = dict(zip(FEATURES, signal_weights(Options()).tolist()))
    crossed = [f for f in FEATURES if f.endswith("_x_lead_shared")]
    assert any(weights[f] < 0 for f in crossed)

    def pair(lead_name: str, toll: str) -> float:
        arts = [art("a", "Un traghetto è affondato a Velmora: 12 vittime.", "2026-06-02", "it"),
                art("b", f"Un ferry a coulé à {lead_name} : {toll} victimes.", "2026-06-02", "fr")]
        ext = {"a": Extraction("a", entities=[ent("a", "Velmora", "GPE", 26)], numbers=[num("a", "12", "vittime")]),
               "b": Extraction("b", entities=[ent("b", lead_name, "GPE", 19)], numbers=[num("b", toll, "victimes")])}
        feats = featurize(arts, Options(), ext)
        return _factor(feats, 0, 1)

    same_place_agree = pair("Velmora", "12")
    same_place_conflict = pair("Velmora", "40")
    other_place_agree = pair("Ostrava", "12")
    other_place_conflict = pair("Ostrava", "40")
    assert same_place_conflict / same_place_agree < other_place_conflict / other_place_agree < 1.0


def test_every_feature_has_words_for_show_why() -> None:
    from storyline.render import argument_words

    assert argument_words("count_conflict_x_lead_shared") == "different figures though the leads share names"
    assert argument_words("lead_disjoint_person_x_lead_shared") == (
        "different people in the leads though the leads share names")
    assert all("_" not in argument_words(f) for f in FEATURES)


def test_lead_names_are_the_first_sentence_s_not_the_names_a_report_recalls() -> None:
    # Two resignations from one post: each report names its own minister first and recalls the
    # other one further down. The lead (Options.cluster.lead_names_chars) holds only the first.
    filler_en = " The vote had been delayed twice. Opposition members walked out of the chamber. " * 2
    filler_fr = " Le vote avait été reporté deux fois. L'opposition a quitté l'hémicycle. " * 2
    text_a = ("Minister Aldo Varenne resigned on Tuesday after the port contract vote failed." + filler_en
              + "His predecessor Bruna Kostell left the same post after a similar dispute.")
    text_b = ("La ministre Bruna Kostell a démissionné mardi après l'échec du vote sur le port." + filler_fr
              + "Son prédécesseur Aldo Varenne avait quitté le même poste après un différend semblable.")
    a, b = art("a", text_a), art("b", text_b, language="fr")

    def names(aid: str, text: str) -> Extraction:
        people = ("Aldo Varenne", "Bruna Kostell")
        return Extraction(aid, entities=[ent(aid, n, "PERSON", text.index(n)) for n in people])

    lead = Options().cluster.lead_names_chars
    assert text_a.index("Bruna Kostell") > lead and text_b.index("Aldo Varenne") > lead
    sig = signal_matrices([article_signals(a, names("a", text_a), lead), article_signals(b, names("b", text_b), lead)])
    f = dict(zip(FEATURES, pair_features(sig, np.array([0]), np.array([1]))[0].tolist()))
    assert f["overlap_person"] > 0.9  # both name both ministers
    assert f["lead_disjoint_person"] == 1.0 and f["lead_overlap_person"] == 0.0
    # A lead as long as the recalled name's position shares it: no conflict left to see.
    old = features_of((a, names("a", text_a)), (b, names("b", text_b)))
    assert old["lead_disjoint_person"] == 0.0 and old["lead_overlap_person"] > 0
