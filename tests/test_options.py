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
