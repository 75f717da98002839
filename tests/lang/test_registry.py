from storyline import lang


def test_every_language_has_a_package():
    for code in lang.LANGUAGES:
        mod = __import__(f"storyline.lang.{code}", fromlist=["_"])
        assert mod.__doc__


def test_missing_concern_contributes_nothing():
    assert lang.table("no_such_concern", "fr") is None
    assert lang.values("no_such_concern", "WORDS") == []
    assert lang.table("cleaning", "xx") is None
