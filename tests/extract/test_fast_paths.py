"""The fast paths of extraction give exactly what the plain forms they replace give."""

from __future__ import annotations

import unicodedata

from storyline.extract import dates as D
from storyline.model import Article
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


# Reported speech of every kind the indirect rules read: a that-clause, a parenthetical cue, an
# "according to" phrase, an "as X put it" clause, a name and a colon, a stance noun and verb, an
# agent's act and a possessed plan; plus a direct quotation whose words the rules must skip.
INDIRECT_TEXTS = [
    "The mayor said that the bridge would reopen in May. Overall, she said, the repairs cost less than "
    "planned. According to the city engineer, the cables were replaced.\n"
    "As Ms. Ortega put it, the river decides the schedule. Officials warned of further delays, and "
    "critics accused the council of secrecy.\n"
    "Ortega: We will publish every invoice.\n"
    "“We never hid anything,” Ortega told reporters. The union's plan to strike next week was "
    "criticized by the transport minister, who believes the talks can still succeed.",
    "Investors fear that the merger will cut jobs. The regulator decided to delay its ruling, a "
    "spokesman said. The board's promise to keep both brands was welcomed by the staff council, which "
    "hoped the deal would close soon.",
    "As Ms. Ortega put it, the river decides the schedule. The council says the bridge is safe, and "
    "engineers agreed.",
]


def test_indirect_candidates_give_what_every_token_gives(extractor, monkeypatch) -> None:
    """The indirect pass visits only the tokens its rules can open on; visiting every token of
    the parse gives the same quotes."""
    from storyline.extract import quotes as Q

    for text in INDIRECT_TEXTS:
        x, doc = extractor.extract_with_docs([Article(id="a1", source="test", text=text, language="en")])[0]
        marks = [(r.start, r.end) for r in Q.find_quote_marks(text)]
        att = Q.Attributor(doc, x.entities)
        fast = Q._indirect(att, doc, marks, "a1")
        with monkeypatch.context() as m:
            m.setattr(Q, "_indirect_candidates", lambda d: range(len(d)))
            every = Q._indirect(att, doc, marks, "a1")
        assert [(q.start, q.end, q.speaker, q.cue) for q in fast] == [(q.start, q.end, q.speaker, q.cue) for q in every]
        assert len(fast) >= 2  # the texts hold reported speech, so the comparison is not vacuous
        assert len(Q._indirect_candidates(doc)) < len(doc) // 4  # and the pass skips most tokens


def _full_name_reference(names, name: str) -> str:
    """NameIndex.full_name as it was before its keys were kept and a run's tail tested first."""
    from storyline.extract.entities import name_key
    from storyline.extract.quotes import _is_role

    key = name_key(name).split()
    if not key:
        return name
    longer = set()
    orgs = {name_key(str(x.attrs.get("canonical", x.text))) for x in names.entities if x.label == "ORG"}
    for s, e in names.runs:
        cand = names.text[s:e]
        ck = name_key(cand).split()
        while len(ck) > len(key) and (_is_role(ck[0], names.lex) or ck[0] in orgs):
            ck = ck[1:]
            cand = cand.split(None, 1)[1] if len(cand.split(None, 1)) > 1 else cand
        if len(ck) > len(key) and ck[-len(key):] == key:
            longer.add(cand)
    for ent in names.entities:
        if ent.label != "PERSON":
            continue
        cand = str(ent.attrs.get("canonical", ent.text))
        ck = name_key(cand).split()
        if len(ck) > len(key) and ck[-len(key):] == key:
            longer.add(cand)
    if not longer:
        return name
    top = max(sorted(longer), key=lambda c: len(name_key(c).split()))
    tk = name_key(top).split()
    if all(tk[-len(name_key(c).split()):] == name_key(c).split() for c in longer):
        return top
    return name


def test_full_name_equals_the_plain_walk(extract) -> None:
    """full_name over the index's kept keys, skipping runs whose tail cannot match, gives what
    the walk over every run gives, for names of one word and several, with and without roles."""
    from storyline.extract.quotes import NameIndex, lexicon

    text = ("Anke van der Berg, the minister of finance, met Jana Verhoef van Veldmark in Utrecht. "
            "Finance Minister Berg said the plan stands; Verhoef disagreed. Carolina Ruiz Díaz of Díaz "
            "Group spoke last, and Ruiz was cheered. Spokesman Tomás Ruiz declined to comment.")
    x = extract(text)
    lex = lexicon("en")
    names = NameIndex(text, x.entities, lex)
    found = {}
    for name in ("Berg", "van der Berg", "Verhoef", "Ruiz", "Díaz", "Ruiz Díaz", "Carolina", "Tomás Ruiz", "Nobody"):
        found[name] = names.full_name(name)
        assert found[name] == _full_name_reference(names, name), name
    assert found["Verhoef"] == "Jana Verhoef"  # names made whole: the comparison is not vacuous
    assert sum(found[n] != n for n in found) >= 3
