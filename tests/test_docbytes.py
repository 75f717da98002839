"""storyline.docbytes writes exactly spaCy's DocBin bytes and reads them back as DocBin does."""

import pytest

pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

from storyline import docbytes  # noqa: E402
from storyline.extract import Extractor  # noqa: E402
from storyline.options import Options  # noqa: E402

TEXTS = [
    "Harbour Authority of Ekwall said on Tuesday that 40 cranes at Port Verrin stopped.\n\n"
    "Mayor Ines Brannock told reporters: \"We will reopen the docks by May 3.\"",
    "A quiet day _ nothing happened.",
    "",
    "Sunita Kaur-Ferreira (Ferreira Logistics, Ltd.) signed in Oslo; 3.5 million euros changed hands.",
]


@pytest.fixture(scope="module")
def docs():
    ex = Extractor(Options(workers=1))
    return list(ex.parse(TEXTS))


def _old_bytes(doc):
    return DocBin(docs=[doc], store_user_data=False).to_bytes()


def test_bytes_equal_docbin(docs):
    for doc in docs:
        assert docbytes.doc_to_bytes(doc) == _old_bytes(doc)


def test_read_back_as_docbin(docs):
    attrs = docbytes._layout()[0]
    for doc in docs:
        data = _old_bytes(doc)
        ours = docbytes.doc_from_bytes(data, doc.vocab)
        theirs = next(iter(DocBin().from_bytes(data).get_docs(doc.vocab)))
        assert ours.text == theirs.text == doc.text
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
        assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]


def test_entities_without_a_doc(docs):
    assert any(doc.ents for doc in docs)
    for doc in docs:
        data = docbytes.doc_to_bytes(doc)
        want = tuple((e.start_char, e.end_char, e.label_) for e in
                     next(iter(DocBin().from_bytes(data).get_docs(Vocab()))).ents)
        assert docbytes.doc_entities(data) == want


def test_not_a_parse():
    with pytest.raises(ValueError, match="not a stored parse"):
        docbytes.doc_entities(b"plain bytes")
