"""The fast paths of extraction give exactly what the plain forms they replace give."""

from __future__ import annotations

import unicodedata

from storyline.extract import dates as D
from storyline.extract.quotes import _Ranges
from storyline.extract.sources import _CueMatcher, _cues, _CASED
from storyline.text import fold

TEXTS = [
    "On Tuesday, March 3, 2021 the council met; by early 2020 and in the mid-'90s (or Amid ’80s) it "
    "had grown. The 2021-03-04 vote came two weeks ago, last night and this morning; the first quarter "
    "of 2019 fell, fiscal 2018 rose. $2020 and No. 1999 are no years; 1500 troops neither.",
    "Yearly '70s revival, the late ’80s, in May and may be; since June, until next Friday, 4 July 2022.",
    "Le 3 mars 2021, à Paris: «nous partirons», a dit Marie Dupont. Am Dienstag, 5. Mai 2020.",
    "x2020 y-2021 2022% 2023-4 the 1990s' boom, ’60s and '05 — summer of 2015, last spring.",
]


def test_grammar_matches_equal_finditer() -> None:
    for text in TEXTS:
        plain = [(m.span(), m.groupdict()) for m in D._grammar().finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in D._grammar_matches(text)]
        assert fast == plain
        assert plain  # every text holds dates, so the comparison is not vacuous


def test_ranges_membership_equals_any() -> None:
    ranges = [(5, 9), (7, 12), (20, 21), (30, 30), (40, 45), (45, 47), (3, 4)]
    r = _Ranges(ranges)
    for pos in range(-2, 60):
        assert (pos in r) == any(s <= pos < e for s, e in ranges), pos


def test_fold_ascii_fast_path_equals_general_path() -> None:
    def general(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()

    for s in ["Plain ASCII, Text!", "Ça déjà", "“Zürich’s”", "ŁÓDŹ", "İstanbul", "", "MIXED Case 42"]:
        assert fold(s) == general(s)


def test_cue_matcher_word_keys_match_the_single_regex() -> None:
    import re

    for name in ("CITE_BEFORE", "REPORT_AFTER"):
        m = _cues(name, _CASED)
        assert isinstance(m, _CueMatcher)
        rx = re.compile(m.pattern, re.IGNORECASE)
        for text in TEXTS + ["According to the Daily Planet, it rose; segun El Diario, subió, told Reuters."]:
            plain = [x.span() for x in rx.finditer(text) if x.end() > x.start()]
            assert [x.span() for x in m.finditer(text)] == plain


def test_full_name_ties_do_not_depend_on_string_hashing() -> None:
    """Two equally long forms of one name (one with the sentence's full stop): the same pick in
    every process, whatever PYTHONHASHSEED is."""
    import subprocess
    import sys

    code = (
        "from storyline.extract.quotes import NameIndex, lexicon\n"
        "from storyline.model import Span\n"
        "t = 'Talks ended, said her agent, Pia Nordqvist.\\nPia Nordqvist later added more. Nordqvist left.'\n"
        "e = [Span('a', 29, 43, 'entity', 'PERSON', t[29:43], {})]\n"
        "print(NameIndex(t, e, lexicon('en')).full_name('Nordqvist'))\n"
    )
    picks = {subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": str(seed)}, capture_output=True,
                            text=True, check=True).stdout.strip() for seed in range(6)}
    assert len(picks) == 1 and picks.pop().startswith("Pia Nordqvist")


def test_doc_text_is_the_parsed_string() -> None:
    import spacy

    from storyline.extract import _kept
    from storyline.text import doc_text

    nlp = spacy.blank("en")
    for text in ["Two words.", "  Lead space\nand a line  ", "Ünïcode — “quotes”"]:
        doc = _kept(nlp.make_doc(text), text)
        assert doc_text(doc) == doc.text == text
        assert doc_text(nlp.make_doc(text)) == text  # no kept string: read from the tokens
