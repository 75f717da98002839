"""The table-lookup ruler and lemmatizer give exactly the annotations of spaCy's components."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.extract.fastpipe import LEMMATIZER, RULER, FastRules, fast_rules

TEXTS = [
    "The minister said on Tuesday that the bridge will reopen. \"We ain't gonna wait,\" she told reporters.",
    "There is a dog; there are cats. Let's go!  I told you it's there, and you gave it to me.\n\nBut he didn't.",
    "Officials have warned that 57 people were killed, according to the agency. Y'all gotta see it.",
    "Le ministre a déclaré mardi que le pont rouvrira. Der Minister sagte am Dienstag, die Brücke öffne wieder.",
    "   \n  Lead spaces, dashes -- and 'quotes' – “curly” ones; 3.5% of $20m... which was that?",
    "",
]
ATTRS = ["ORTH", "LOWER", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "NORM"]


@pytest.fixture(scope="module")
def nlp():
    from storyline.resources import spacy_nlp

    return spacy_nlp()


def test_same_parse_as_the_components(nlp) -> None:
    fast = fast_rules(nlp)
    assert isinstance(fast, FastRules)
    plain = list(nlp.pipe(TEXTS))
    quick = [fast(d) for d in nlp.pipe(TEXTS, disable=[RULER, LEMMATIZER])]
    for a, b in zip(plain, quick):
        assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in a] == \
               [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in b]
        assert a.to_bytes() == b.to_bytes()
    # The rules were exercised: auxiliaries, pronoun case and contraction lemmas.
    toks = [t for d in quick for t in d]
    assert {"AUX", "PRON", "VERB", "SPACE"} <= {t.pos_ for t in toks}
    assert "be" in {t.lemma_ for t in toks if t.lower_ == "ai"}


def test_extractor_parse_uses_it_and_matches(nlp) -> None:
    from storyline.extract import Extractor
    from storyline.options import Options

    ex = Extractor(Options())
    ex.nlp = nlp
    docs = list(ex.parse(TEXTS[:3]))
    for text, doc in zip(TEXTS, docs):
        ref = nlp(text)
        # The extractor also starts a sentence at every line break; the rest must agree.
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in doc] == [(t.pos_, t.lemma_, str(t.morph)) for t in ref] \
            or "\n" in text


def test_unhandled_rules_keep_the_components() -> None:
    import spacy

    blank = spacy.blank("en")
    assert fast_rules(blank) is None  # no ruler, no lemmatizer
    nlp2 = spacy.blank("en")
    ruler = nlp2.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})  # an operator: not handled here
    nlp2.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert fast_rules(nlp2) is None


def test_rule_lemmas_as_spacys_lemmatizer(nlp) -> None:
    """The copy of Lemmatizer.rule_lemmatize that looks lemma index entries up in a set gives
    spaCy's forms for every token, its cache cleared so neither answers from it."""
    from storyline.extract.fastpipe import _rule_lemmatize_fast

    lem = nlp.get_pipe(LEMMATIZER)
    more = ["The wolves were running faster than the geese; the happier oxen studied quietly.",
            "Qwertyly zorbing blicks flombed the grelliest snarfs, and Veloria's crews were mooring barges."]
    docs = list(nlp.pipe(TEXTS + more, disable=[LEMMATIZER]))  # the ruler has set POS and morphology
    saved = dict(lem.cache)
    index_sets: dict = {}
    try:
        checked = 0
        for doc in docs:
            for tok in doc:
                lem.cache.clear()
                want = lem.rule_lemmatize(tok)
                lem.cache.clear()
                assert _rule_lemmatize_fast(lem, tok, index_sets) == want, tok.text
                checked += 1
        assert checked > 80 and index_sets  # the index lookups were exercised
    finally:
        lem.cache.clear()
        lem.cache.update(saved)
