"""Values spilled to a temporary file and read back one at a time."""

import numpy as np
import pytest

from storyline.spill import SpilledList, SpilledMap


def test_spilled_list_reads_back_json_values_in_order():
    spilled = SpilledList()
    values = [{"a": [1, 2], "ü": "Straße"}, "текст", 3.25, None, ["x", {"k": "日本語"}]]
    for v in values:
        spilled.append(v)
    assert len(spilled) == len(values) and list(spilled) == values and spilled == values
    assert spilled[-1] == values[-1] and spilled[1:3] == values[1:3]
    with pytest.raises(IndexError):
        spilled[len(values)]
    spilled.append({"late": True})  # appending after reads keeps the earlier values
    assert spilled[0] == values[0] and spilled[-1] == {"late": True} and spilled != values
    spilled.close()


def test_spilled_map_keeps_the_last_value_of_a_key():
    m = SpilledMap()
    m["b"] = {"person": ["ana"]}
    m["a"] = {}
    m["b"] = {"place": ["lisboa", "évora"]}
    assert len(m) == 2 and list(m) == ["b", "a"] and "a" in m and "c" not in m
    assert m["b"] == {"place": ["lisboa", "évora"]} and m.get("a") == {} and m.get("c") is None
    with pytest.raises(KeyError):
        m["c"]
    m.close()


def test_spilled_vectors_are_bit_identical_float32():
    m = SpilledMap(vectors=True)
    rng = np.random.default_rng(3)
    rows = {f"id{k}": rng.standard_normal(512).astype(np.float32) for k in range(4)}
    for key, row in rows.items():
        m[key] = row
    for key, row in rows.items():
        got = m[key]
        assert got.dtype == np.float32 and got.flags.writeable and np.array_equal(got, row)
    m.close()
