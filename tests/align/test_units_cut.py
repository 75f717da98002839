"""Claim units' sentence docs, cut from the article parse, equal spaCy's Span.as_doc."""

from __future__ import annotations

import pytest

from storyline.align.units import _as_doc
from storyline.text import sentence_spans

TEXTS = [
    "Maria Lopez of Banco Central said on Monday that rates will rise. The Bank of Lima disagreed.\n"
    "Officials in New York City, and later in Buenos Aires, said 57 people were killed.",
    "Dr. Anna Weber told Reuters the plan failed. \"We tried,\" she said. Berlin and Paris will meet in June.",
]


@pytest.fixture(scope="module")
def nlp():
    from storyline.resources import spacy_nlp

    return spacy_nlp()


def test_same_doc_as_span_as_doc(nlp) -> None:
    from storyline.extract import Extractor
    from storyline.options import Options
    from storyline.pipeline import doc_from_bytes, doc_to_bytes

    ex = Extractor(Options())
    ex.nlp = nlp
    cut = 0
    for text, parsed in zip(TEXTS, ex.parse(TEXTS)):
        doc = doc_from_bytes(doc_to_bytes(parsed), nlp.vocab)  # as the align stage gets it
        head = doc._get_array_attrs()
        a_rows, b_rows = doc.to_array(head), doc.to_array(head)
        bounds = [(e.start, e.end) for e in doc.ents]
        spans = [doc.char_span(s, e) for s, e in sentence_spans(text)]
        spans += [doc.char_span(0, 40, alignment_mode="contract")]  # an edge through an entity
        for span in filter(None, spans):
            a = span.as_doc(array_head=head, array=a_rows)
            b = _as_doc(span, head, b_rows, bounds)
            assert a.to_bytes() == b.to_bytes()
            assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]
            assert [(t.dep_, t.head.i, t.lemma_, t.pos_) for t in a] == [(t.dep_, t.head.i, t.lemma_, t.pos_) for t in b]
            cut += 1
    assert cut >= 6
