from storyline import lang


def test_every_language_has_a_package():
    for code in lang.LANGUAGES:
        mod = __import__(f"storyline.lang.{code}", fromlist=["_"])
        assert mod.__doc__


def test_missing_concern_contributes_nothing():
    assert lang.table("no_such_concern", "fr") is None
    assert lang.values("no_such_concern", "WORDS") == []
    assert lang.table("cleaning", "xx") is None


def test_words_are_one_set_per_table_and_languages():
    every = lang.words("claims", "NEGATION_WORDS")
    assert lang.words("claims", "NEGATION_WORDS", ["de"]) <= every
    assert "nicht" in lang.words("claims", "NEGATION_WORDS", ["de"])
    assert "nicht" not in lang.words("claims", "NEGATION_WORDS", ["en"])
    # folded as storyline.text.fold writes text: accents and case off
    assert "jamas" in lang.words("claims", "NEGATION_WORDS", ["es"], folded=True)
    assert lang.words("no_such_concern", "WORDS") == frozenset()
