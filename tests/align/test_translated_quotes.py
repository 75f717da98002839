"""A quote and its translation, each the only quote of two sentences a translation edge aligned,
are one quote even where the encoder reads them far apart (texts written for this test)."""

import numpy as np

from storyline.align.groups import join_translations, translated_items
from storyline.model import LineageEdge

ORIG = "Der Bürgermeister sprach. \"Wir bauen die Brücke neu\", sagte er. Ende."
TRANS = "The mayor spoke. \"We will rebuild the bridge,\" he said. The end."


def _edge(kind="translation"):
    return LineageEdge(origin="o", derived="t", kind=kind, score=0.6, confidence=0.9, aligned=[(1, 1, 0.7)])


def test_quotes_of_aligned_sentences_pair():
    items = [("o", ORIG.index("\""), ORIG.index("\"", ORIG.index("\"") + 1) + 1),
             ("t", TRANS.index("\""), TRANS.index("\"", TRANS.index("\"") + 1) + 1)]
    texts = {"o": ORIG, "t": TRANS}
    assert translated_items(items, texts, [_edge()]) == {(0, 1)}
    assert translated_items(items, texts, [_edge("rewrite")]) == set()


def test_a_translation_reads_as_its_original_against_the_rest():
    # 0: original, 1: its translation, 2 and 3: other outlets' versions close to the translation only.
    score = np.array([[0, .5, .4, .4], [.5, 0, .9, .9], [.4, .9, 0, .9], [.4, .9, .9, 0]], dtype=np.float32)
    join_translations(score, {(0, 1)}, 0.7)
    assert score[0, 1] >= 0.7 and score[0, 2] == np.float32(.9) and score[0, 0] == 0.0
