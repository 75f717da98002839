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
