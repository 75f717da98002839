from storyline.extract.sources import find_sources


def _labels(text, own=None):
    return [s.label for s in find_sources(text, "a", own)]


def test_cited_sources_in_many_patterns():
    text = (
        "KYIV (Reuters) - The Financial Times reported on Monday that troops moved, according to AFP. "
        "Officials told the BBC the plan was final, reported Folha. With reports from El Universal and AP."
    )
    got = _labels(text)
    assert got == ["Reuters", "Financial Times", "AFP", "BBC", "Folha", "El Universal", "AP"]


def test_own_outlet_is_not_cited():
    text = "KYIV (Reuters) - Officials told Reuters the plan was final, according to AFP."
    assert _labels(text, own="Reuters") == ["AFP"]
    assert _labels(text, own="www.reuters.com") == ["AFP"]


def test_non_media_attributions_are_not_sources():
    text = "According to police, nobody died. The minister told Congress he agreed. According to Smith, it rained."
    assert _labels(text) == []


def test_spans_point_at_the_name(extract):
    text = "The strike began, the Financial Times reported."
    x = extract(text, outlet="Reuters")
    [s] = x.cited_sources
    assert text[s.start : s.end] == "the Financial Times" and s.kind == "source"
