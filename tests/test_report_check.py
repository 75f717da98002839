"""The compiled schema check vouches only for reports jsonschema accepts, and for most valid ones."""

from __future__ import annotations

import copy
import random

import jsonschema
import pytest

from storyline.model import Article
from storyline.report import _compile, _fast_check, _Unsupported, build_report, schema


def _valid() -> dict:
    arts = [Article(id="a1", source="f.txt", text="Ein Satz. Un autre."), Article(id="a2", source="g.txt", text="Otra.")]
    story = {
        "id": "s-1", "title": "T", "article_ids": ["a1", "a2"], "keywords": ["satz"],
        "lineage": [{"origin": "a1", "derived": "a2", "kind": "translation", "score": 0.8, "confidence": 0.7,
                     "direction": "unknown", "evidence": [], "drift": []}],
        "entities": [{"name": "Lyon", "type": "GPE", "aliases": ["Lyons"], "article_ids": ["a1"]}],
        "quotes": [{"speaker": "Ana", "text": "hola", "article_ids": ["a2"],
                    "variants": [{"article_id": "a2", "text": "hola", "speaker": "Ana", "start": 0, "end": 4}]}],
        "claims": [{"text": "Ein Satz.", "article_ids": ["a1"], "independent_sources": 1, "status": "single_source",
                    "spans": [{"article_id": "a1", "start": 0, "end": 9}]}],
        "conflicts": [], "timeline": [{"date": "2024-03-05", "text": "x", "article_ids": ["a2"]}],
        "cited_sources": [{"name": "Agence", "article_ids": ["a1"]}],
        "brief": [{"text": "Ein Satz.", "article_ids": ["a1"]}],
    }
    return build_report(arts, [story], [["a1", "a2"]])


def _jsonschema_ok(report: dict) -> bool:
    return not any(True for _ in jsonschema.Draft202012Validator(schema()).iter_errors(report))


def _nodes(x, path=()):
    yield path
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _nodes(v, path + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from _nodes(v, path + (i,))


def test_the_report_schema_compiles_and_vouches_for_a_valid_report() -> None:
    check = _fast_check()
    assert check is not None
    report = _valid()
    assert _jsonschema_ok(report) and check(report)


def test_never_vouches_for_what_jsonschema_refuses() -> None:
    """Every node of a valid report replaced by values of other types and edge values: the check
    vouches only where jsonschema finds no error, and it catches the plain violations."""
    check = _fast_check()
    base = _valid()
    replacements = [None, True, 0, -1, 1.5, 2.0, "", "x", "2024-13", [], [1], {}, {"a": 1}, float("nan")]
    caught = 0
    for path in list(_nodes(base))[1:]:
        for value in replacements:
            r = copy.deepcopy(base)
            parent = r
            for p in path[:-1]:
                parent = parent[p]
            parent[path[-1]] = value
            ok = _jsonschema_ok(r)
            if check(r):
                assert ok, (path, value)
            elif not ok:
                caught += 1
    assert caught > 100
    # Deleting a key: a required one must be caught.
    rng = random.Random(3)
    for path in rng.sample([p for p in _nodes(base) if p and isinstance(p[-1], str)], 60):
        r = copy.deepcopy(base)
        parent = r
        for p in path[:-1]:
            parent = parent[p]
        del parent[path[-1]]
        assert not check(r) or _jsonschema_ok(r), path


def test_unknown_keywords_decline() -> None:
    for node in ({"type": "object", "additionalProperties": False}, {"$ref": "#/x"}, {"type": "tuple"},
                 {"items": [{"type": "string"}]}, True):
        with pytest.raises(_Unsupported):
            _compile(node)
    check = _compile({"type": ["integer", "null"], "minimum": 0, "enum": [0, 1, None]})
    assert check(1) and check(None) and not check(True) and not check(-1) and not check(2)
