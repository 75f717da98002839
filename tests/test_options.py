import pytest

from storyline.options import Options


def test_overrides_apply_to_one_group_only():
    o = Options().with_overrides({"lineage.lsh_threshold": 0.4, "workers": 2})
    assert o.lineage.lsh_threshold == 0.4 and o.workers == 2
    assert Options().lineage.lsh_threshold != 0.4  # defaults untouched


@pytest.mark.parametrize("key", ["nope", "lineage.nope"])
def test_unknown_option_is_an_error(key):
    with pytest.raises(KeyError):
        Options().with_overrides({key: 1})


def test_nested_overrides_reach_one_option_of_a_sub_group():
    o = Options().with_overrides({"align.conflicts.quantity_match": 0.6, "align.claim_match": 0.7})
    assert o.align.conflicts.quantity_match == 0.6 and o.align.claim_match == 0.7
    assert o.align.conflicts.max_ratio == Options().align.conflicts.max_ratio  # siblings keep their defaults
    assert o.align.brief == Options().align.brief
    assert Options().align.conflicts.quantity_match != 0.6


@pytest.mark.parametrize("key", ["align.conflicts.nope", "align.nope.quantity_match", "workers.nope",
                                 "align", "align.conflicts"])
def test_unknown_nested_options_and_whole_groups_are_errors(key):
    with pytest.raises(KeyError, match="unknown option"):
        Options().with_overrides({key: 1})


@pytest.mark.parametrize("key, value, message", [
    ("align.conflicts.quantity_match", "abc", "must be float"),
    ("align.conflicts.lead_sentences", 1.5, "must be int"),
    ("align.facts.fact_match", 1.5, "between 0 and 1"),
    ("align.brief.rival_ratio", 0.5, "at least 1"),
    ("align.conflicts.same_name_ratio", 101, "between 0 and 100"),
    ("align.quotes.family_match", -0.1, "non-negative"),
])
def test_a_bad_nested_value_names_the_option(key, value, message):
    with pytest.raises(ValueError, match=message) as err:
        Options().with_overrides({key: value})
    assert key in str(err.value)


def test_a_changed_nested_option_changes_the_memo_keys():
    # Story reports and lineage pair decisions are memoised under a hash of the output options:
    # a changed threshold deep in a group must give other keys, or a re-run would serve stale reports.
    from storyline.pipeline import _output_options

    base = _output_options(Options())
    assert _output_options(Options().with_overrides({"align.conflicts.quantity_match": 0.6})) != base
    assert _output_options(Options().with_overrides({"align.brief.novelty_floor": 0.5})) != base
    assert _output_options(Options().with_overrides({"workers": 2})) == base  # how the work runs, not what it gives


def test_a_changed_nested_extraction_option_changes_the_extraction_version():
    # Cached extractions are kept under enrich_version, which hashes the extract group with its sub-groups.
    from storyline.pipeline import enrich_version

    base = enrich_version(Options())
    assert enrich_version(Options().with_overrides({"extract.quotes.short_quote_words": 1})) != base
    assert enrich_version(Options().with_overrides({"extract.sources.window": 80})) != base


@pytest.mark.parametrize("key, value, message", [
    ("align.claims.approx_ratio", 0.5, "at least 1"),
    ("align.units.max_quoted_share", 1.2, "between 0 and 1"),
    ("align.units.min_words", 2.5, "must be int"),
    ("lineage.min_longer_share", -0.1, "non-negative"),
    ("lineage.name_token_ratio", 150, "between 0 and 100"),
    ("extract.entity_spelling_match", "close", "must be float"),
    ("ingest.clean.comments_after_share", 2, "between 0 and 1"),
])
def test_a_bad_value_of_a_moved_inline_threshold_names_the_option(key, value, message):
    with pytest.raises(ValueError, match=message) as err:
        Options().with_overrides({key: value})
    assert key in str(err.value)


class _NoParse:
    """Non-English sentences are never parsed: a pipeline asked to parse one fails the test."""

    def pipe(self, texts, **_):
        assert not list(texts)
        return iter(())


def test_align_units_min_words_decides_which_sentences_are_statements():
    from storyline.align.units import build_units
    from storyline.model import Article

    text = "Die Feuerwehr von Lindau meldete am Montag 42 Verletzte nach dem Brand."  # 12 words
    a = Article(id="de", source="t", text=text, language="de")
    assert [u.text for u in build_units([a], {}, _NoParse())] == [text]
    longer = Options().with_overrides({"align.units.min_words": 13}).align.units
    assert build_units([a], {}, _NoParse(), None, longer) == []


def test_lineage_name_spelling_ratios_decide_whether_a_name_is_respelt_or_another():
    from storyline.lineage.drift import _name_present
    from storyline.text import fold, words

    other = "Minister Krzysztof Wiśniewsky przyjechał w poniedziałek do Gdańska."
    args = ("Krzysztof Wiśniewski", fold(other), set(words(other)))
    assert _name_present(*args)  # one letter respelt: the same person
    exact = Options().with_overrides({"lineage.name_spelling_ratio": 100, "lineage.name_token_ratio": 100})
    assert not _name_present(*args, exact.lineage)


def test_extract_tense_day_gap_decides_the_year_of_a_date_without_one():
    from storyline.extract.dates import find_dates_dateparser
    from storyline.text import sentence_spans

    # Written in late February about "20 December" in the future tense: the coming December,
    # as the nearest one (67 days back) is further back than the gap allows.
    text = "El ayuntamiento terminará el nuevo puente sobre el río el 20 de diciembre."

    def values(opts=None):
        extra = (opts,) if opts else ()
        return [d.value for d in find_dates_dateparser(text, "a", "2026-02-25", "es", sentence_spans(text), *extra)]

    assert values() == ["2026-12-20"]
    assert values(Options().with_overrides({"extract.tense_day_gap": 90}).extract) == ["2025-12-20"]


def test_clean_language_min_chars_decides_when_the_detector_is_asked():
    from storyline.clean.metadata import detect_language

    text = "De gemeenteraad van Zandvoort heeft dinsdag het nieuwe plan voor de haven goedgekeurd."
    assert detect_language(text, "en") == "nl"
    longer = Options().with_overrides({"ingest.clean.language_min_chars": 200}).ingest.clean
    assert detect_language(text, "en", longer) == "en"  # too short to ask: the default stands


def test_lineage_about_heading_max_words_decides_a_press_release_heading():
    from storyline.lineage import cues

    line = "Über die Nordhafen Logistik GmbH"  # a press release's "About ..." heading, five words
    assert cues.is_provenance(line)
    assert not cues.is_provenance(line, Options().with_overrides({"lineage.about_heading_max_words": 4}).lineage)


def test_extract_own_name_min_chars_decides_when_one_outlet_name_holds_another():
    from storyline.extract.sources import _is_own

    assert _is_own("Jornal do Vale", ["Jornal do Vale Online"])
    strict = Options().with_overrides({"extract.sources.own_name_min_chars": 20}).extract.sources
    assert not _is_own("Jornal do Vale", ["Jornal do Vale Online"], strict)
