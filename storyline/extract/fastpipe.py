"""spaCy's attribute_ruler and rule lemmatizer, applied by table lookup: the same annotations
at a fraction of the cost.

The English pipeline's ``attribute_ruler`` runs a Matcher of 179 token rules over every token
(tag -> POS and morphology, pronoun and auxiliary exceptions) and the ``lemmatizer`` walks
every token in Python: together a fifth of the parse. Quotes and claims read ``pos_`` and
``lemma_``, so neither can be left out. Here the ruler's own rules are indexed by the
attribute values they test (a token looks up only the rules that can match it) and the
lemmatizer's own cache and rules are consulted over the doc's attribute arrays; the values
written are the rules' own, in the ruler's precedence (a later rule overrides an earlier
one), so every token gets exactly what the components give (tests/extract/test_fastpipe.py
compares whole parses).

Neither component reads what ``ner`` writes, nor ``ner`` what they write (its features are
NORM, PREFIX, SUFFIX and SHAPE), so they run here after the pipeline instead of between the
parser and the entity recogniser. A pipeline whose rules use a test not handled here gets
``None`` from :func:`fast_rules` and keeps its own components.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language
    from spacy.tokens import Doc

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # token tests the rules may use, in lookup order


_SPACY_RULES_VERSION = "3.8"  # the spaCy release whose Lemmatizer.rule_lemmatize _rule_lemmatize_fast copies


def _spacy_minor() -> str:
    import spacy

    return ".".join(spacy.__version__.split(".")[:2])


class _Unsupported(Exception):
    pass


class _TokenTest:
    """One token of a rule's pattern: attribute tests, all of which must hold."""

    __slots__ = ("tests",)

    def __init__(self, spec: dict[str, Any], strings: Any) -> None:
        tests: list[tuple[int, str, Any]] = []  # (column, kind, value)
        for key, value in spec.items():
            if key not in _COLUMNS:
                raise _Unsupported(key)
            col = _COLUMNS.index(key)
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    raise _Unsupported(f"{key}={value!r}")
                tests.append((col, "eq", int(value)))
            elif isinstance(value, str):
                tests.append((col, "eq", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                    tests.append((col, op, frozenset(strings.add(a) for a in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((col, "re", re.compile(arg)))
                else:
                    raise _Unsupported(f"{key}: {op}")
            else:
                raise _Unsupported(f"{key}={value!r}")
        if not tests:
            raise _Unsupported("a token with no test")
        self.tests = tests

    def keys(self) -> list[tuple[int, int]]:
        """(column, value) pairs of which a matching token must show one (the lookup index)."""
        for col, kind, value in self.tests:
            if kind == "eq":
                return [(col, value)]
        for col, kind, value in self.tests:
            if kind == "IN":
                return [(col, v) for v in value]
        return []  # no equality or membership test: tried on every token

    def holds(self, row: tuple[int, ...], strings: Any) -> bool:
        for col, kind, value in self.tests:
            v = row[col]
            if kind == "eq":
                if v != value:
                    return False
            elif kind == "IN":
                if v not in value:
                    return False
            elif kind == "NOT_IN":
                if v in value:
                    return False
            elif not value.search(strings[v]):
                return False
        return True


class FastRules:
    """The ruler and lemmatizer of one pipeline, applied to parsed docs (see the module doc)."""

    def __init__(self, nlp: "spacy.language.Language") -> None:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        ruler, lemmatizer = nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            raise _Unsupported("lemmatizer mode")
        names = nlp.pipe_names
        if names.index(RULER) + 1 != names.index(LEMMATIZER) or names[names.index(LEMMATIZER) + 1:] not in ([], ["ner"]):
            raise _Unsupported(f"pipeline order {names}")
        self.vocab = nlp.vocab
        self.ruler, self.lemmatizer = ruler, lemmatizer
        strings = nlp.vocab.strings
        self.read = [LOWER, TAG, DEP, IS_SPACE]
        self.write = [POS, MORPH, LEMMA, TAG, DEP]
        self.lemma_read = [ORTH, POS, MORPH, LEMMA]
        write_col = {a: i for i, a in enumerate(self.write)}
        # rule index -> [(column of write, value)], the values the ruler itself would write
        self.sets: list[list[tuple[int, int]]] = []
        for attrs in ruler.attrs:
            row = []
            for attr, value in attrs.items():
                if attr not in write_col:
                    raise _Unsupported(f"sets {attr}")
                row.append((write_col[attr], int(value)))
            self.sets.append(row)
        # (column, value) of a pattern's first token -> [(rule, index, token tests)]
        self.index: dict[tuple[int, int], list[tuple[int, int, list[_TokenTest]]]] = {}
        self.always: list[tuple[int, int, list[_TokenTest]]] = []
        self._longer: list[tuple[tuple[int, np.ndarray] | None, tuple[int, int, list[_TokenTest]]]] = []
        for rule in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(rule))
            for pattern in patterns:
                tests = [_TokenTest(spec, strings) for spec in pattern]
                entry = (rule, ruler.indices[rule], tests)
                keys = tests[0].keys()
                for k in keys:
                    self.index.setdefault(k, []).append(entry)
                if not keys:
                    self.always.append(entry)
                if len(tests) > 1:
                    # Rules over several tokens are tried only where their first token passes
                    # its first equality or membership test (found over the whole column at once).
                    first = next(((c, np.array(sorted(v if kind == "IN" else {v}), dtype=np.uint64))
                                  for c, kind, v in tests[0].tests if kind in ("eq", "IN")), None)
                    self._longer.append((first, entry))
        self._memo: dict[tuple[int, ...], tuple[int, ...]] = {}
        # (orth, pos, morph) -> lemma: the lemmatizer's rules read only these (its cache's key)
        self._lemmas: dict[tuple[int, int, int], int] = {}
        from spacy.pipeline import Lemmatizer

        # rule_lemmatize as spaCy 3.8 writes it (the copy below checks its index in a set), unless a
        # subclass or another spaCy version has its own.
        self._stock_rules = (type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
                             and _SPACY_RULES_VERSION == _spacy_minor())
        self._index_sets: dict[str, frozenset[str]] = {}

    def _rule_lemmatize(self, token: Any) -> list[str]:
        # spaCy's own method where the lemmatizer is not the stock one this copy was made from.
        if self._stock_rules:
            return _rule_lemmatize_fast(self.lemmatizer, token, self._index_sets)
        return self.lemmatizer.rule_lemmatize(token)

    def __call__(self, doc: "Doc") -> "Doc":
        n = len(doc)
        if not n:
            return doc
        self._rule(doc, n)
        self._lemmatize(doc)
        return doc

    def _single(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules that match a token with these attribute values."""
        strings = self.vocab.strings
        found = [rule for rule, _, tests in self._candidates(row) if len(tests) == 1 and tests[0].holds(row, strings)]
        return tuple(found)

    def _candidates(self, row: tuple[int, ...]) -> list[tuple[int, int, list[_TokenTest]]]:
        cands = list(self.always)
        for col in range(4):
            found = self.index.get((col, row[col]))
            if found:
                cands.extend(found)
        return cands

    def _rule(self, doc: "Doc", n: int) -> None:
        strings = self.vocab.strings
        cols = doc.to_array(self.read)
        # One-token rules depend on a token's values alone: worked out once per distinct row of
        # values (a few thousand in an article), and written column by column.
        uniq, inverse = _unique_rows(cols)
        memo = self._memo
        rules_of: list[tuple[int, ...]] = []
        for row in map(tuple, uniq.tolist()):
            rules = memo.get(row)
            if rules is None:
                rules = memo[row] = self._single(row)
                if len(memo) > 200_000:
                    memo.clear()
            rules_of.append(rules)
        extra: dict[int, list[int]] = {}  # token -> rules over several tokens that set it
        for first, (rule, at, tests) in self._longer:
            where = range(n) if first is None else np.flatnonzero(np.isin(cols[:, first[0]], first[1])).tolist()
            for i in where:
                end = i + len(tests)
                if end > n:
                    continue
                if all(t.holds(tuple(cols[i + k].tolist()), strings) for k, t in enumerate(tests)):
                    tok = i + at if at >= 0 else end + at
                    if not i <= tok < end:
                        raise IndexError(f"rule {rule}: index {at} outside its match")  # as the ruler does
                    extra.setdefault(tok, []).append(rule)
        if not extra and not any(rules_of):
            return
        arr = doc.to_array(self.write)
        width = len(self.write)
        value = np.zeros((len(uniq), width), dtype=np.uint64)
        has = np.zeros((len(uniq), width), dtype=bool)
        for k, rules in enumerate(rules_of):
            for col, v in self._merged(rules):
                value[k, col] = v
                has[k, col] = True
        for col in range(width):
            mask = has[inverse, col]
            arr[mask, col] = value[inverse[mask], col]
        for tok, rules in extra.items():
            for col, v in self._merged(rules_of[inverse[tok]] + tuple(rules)):
                arr[tok, col] = v
        doc.from_array(self.write, arr)

    def _merged(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The values a token matched by ``rules`` ends with: a later rule overrides an earlier
        one, as in the ruler (it applies them by rule index)."""
        merged: dict[int, int] = {}
        for rule in sorted(set(rules)):
            for col, v in self.sets[rule]:
                merged[col] = v
        return tuple(merged.items())

    def _lemmatize(self, doc: "Doc") -> None:
        lem = self.lemmatizer
        if not lem._validated:
            from spacy.errors import Errors

            lem._validate_tables(Errors.E1004)
        arr = doc.to_array(self.lemma_read)
        todo = np.flatnonzero(arr[:, 3] == 0)
        if not len(todo):
            return
        # The lemmatizer's rules read a token's form, part of speech and morphology only (its
        # cache's key), so each distinct triple is lemmatised once.
        uniq, inverse = _unique_rows(arr[todo, :3])
        first = np.zeros(len(uniq), dtype=np.int64)
        first[inverse[::-1]] = np.arange(len(inverse))[::-1]  # a token of each distinct row
        cache, add, known = lem.cache, self.vocab.strings.add, self._lemmas
        table = np.empty(len(uniq), dtype=np.uint64)
        for k, (key, i) in enumerate(zip(map(tuple, uniq.tolist()), todo[first].tolist())):
            lemma = known.get(key)
            if lemma is None:
                forms = cache.get(key)
                if forms is None:  # the lemmatizer's own rules (they fill its cache)
                    forms = self._rule_lemmatize(doc[i])
                lemma = known[key] = add(forms[0])
                if len(known) > 500_000:
                    known.clear()
            table[k] = lemma
        lemmas = arr[:, 3].copy()
        lemmas[todo] = table[inverse]
        doc.from_array([self.lemma_read[3]], lemmas.reshape(-1, 1))


def _rule_lemmatize_fast(lem: Any, token: Any, index_sets: dict[str, frozenset[str]]) -> list[str]:
    """spaCy's ``Lemmatizer.rule_lemmatize`` (v3.8), line for line, except that a candidate form is
    looked up in a set of the part of speech's lemma index: spaCy's index tables are lists (57,528
    nouns in the English one), scanned once per rule that fits, which made this a twentieth of the
    parse (about 0.1 ms a new word)."""
    import warnings

    from spacy.errors import Warnings

    cache_key = (token.orth, token.pos, token.morph.key)
    if cache_key in lem.cache:
        return lem.cache[cache_key]
    string = token.text
    univ_pos = token.pos_.lower()
    if univ_pos in ("", "eol", "space"):
        if univ_pos == "":
            warnings.warn(Warnings.W108)
        return [string.lower()]
    if lem.is_base_form(token):
        return [string.lower()]
    index_table = lem.lookups.get_table("lemma_index", {})
    exc_table = lem.lookups.get_table("lemma_exc", {})
    rules_table = lem.lookups.get_table("lemma_rules", {})
    if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
        if univ_pos == "propn":
            return [string]
        return [string.lower()]
    index = index_sets.get(univ_pos)
    if index is None:
        index = index_sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
    exceptions = exc_table.get(univ_pos, {})
    rules = rules_table.get(univ_pos, {})
    orig = string
    string = string.lower()
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if string.endswith(old):
            form = string[: len(string) - len(old)] + new
            if not form:
                pass
            elif form in index or not form.isalpha():
                if form in index:
                    forms.insert(0, form)
                else:
                    forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(string, []):
        if form not in forms:
            forms.insert(0, form)
    if not forms:
        forms.extend(oov_forms)
    if not forms:
        forms.append(orig)
    lem.cache[cache_key] = forms
    return forms


def _unique_rows(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of ``a`` and, for each row, the index of its distinct row (as
    ``np.unique(a, axis=0, return_inverse=True)``, through one integer key per row)."""
    key = np.zeros(len(a), dtype=np.int64)
    span = 1
    for c in range(a.shape[1]):
        values, codes = np.unique(a[:, c], return_inverse=True)
        span *= len(values)
        if span >= 2**63:  # too many combinations for one integer key (never for a parse)
            uniq, inverse = np.unique(a, axis=0, return_inverse=True)
            return uniq, inverse.reshape(-1)
        key = key * len(values) + codes.reshape(-1)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return a[first], inverse.reshape(-1)


_made: dict[int, tuple[Any, FastRules | None]] = {}


def fast_rules(nlp: "spacy.language.Language") -> FastRules | None:
    """The fast ruler and lemmatizer of ``nlp`` (built once per pipeline), or None when it has
    no such components or uses a rule this module does not handle."""
    held = _made.get(id(nlp))
    if held is not None and held[0] is nlp:
        return held[1]
    fast: FastRules | None = None
    if RULER in nlp.pipe_names and LEMMATIZER in nlp.pipe_names:
        try:
            fast = FastRules(nlp)
        except _Unsupported:
            fast = None
    _made[id(nlp)] = (nlp, fast)
    return fast
