from storyline.extract import merge_entities
from storyline.extract.entities import initials, name_key
from storyline.model import Extraction, Span


def _ext(aid, *mentions):
    """mentions: (text, label) or (text, label, extra attrs)."""
    spans = []
    pos = 0
    for m in mentions:
        text, label = m[0], m[1]
        attrs = dict(m[2]) if len(m) > 2 else {}
        attrs.setdefault("canonical", text)
        spans.append(Span(aid, pos, pos + len(text), "entity", label, text, attrs))
        pos += len(text) + 1
    return Extraction(article_id=aid, entities=spans)


def _find(ents, alias):
    hits = [e for e in ents if e["name"] == alias or alias in e["aliases"]]
    assert len(hits) == 1, (alias, ents)
    return hits[0]


def test_keys_fold_case_accents_hyphens():
    assert name_key("Jean-Luc Mélenchon") == name_key("Jean Luc Melenchon") == name_key("JEAN-LUC MELENCHON")
    assert name_key("Erdoğan") == name_key("Erdogan")
    assert initials("World Health Organization") == "WHO"


def test_hyphen_case_and_accent_variants_merge_keeping_aliases():
    ents = merge_entities([
        _ext("a", ("Jean-Luc Mélenchon", "PERSON"), ("Recep Tayyip Erdoğan", "PERSON")),
        _ext("b", ("Jean Luc Melenchon", "PERSON"), ("Recep Tayyip Erdogan", "PERSON")),
    ])
    m = _find(ents, "Jean Luc Melenchon")
    assert m["name"] == "Jean-Luc Mélenchon"  # accents kept in the canonical form
    assert m["article_ids"] == ["a", "b"] and m["mentions"] == 2
    assert _find(ents, "Recep Tayyip Erdogan")["name"] == "Recep Tayyip Erdoğan"


def test_transliterations_merge():
    ents = merge_entities([
        _ext("a", ("Volodymyr Zelensky", "PERSON")),
        _ext("b", ("Volodymyr Zelenskyy", "PERSON")),
        _ext("c", ("Volodymyr Zelenskiy", "PERSON")),
    ])
    persons = [e for e in ents if e["type"] == "PERSON"]
    assert len(persons) == 1 and persons[0]["mentions"] == 3


def test_misspelling_needs_shared_context():
    with_context = merge_entities([
        _ext("a", ("Guterres", "PERSON"), ("United Nations", "ORG")),
        _ext("b", ("Gutteres", "PERSON"), ("United Nations", "ORG")),
    ])
    assert len([e for e in with_context if e["type"] == "PERSON"]) == 1
    without = merge_entities([
        _ext("a", ("Guterres", "PERSON"), ("United Nations", "ORG")),
        _ext("b", ("Gutteres", "PERSON"), ("Football Club", "ORG")),
    ])
    assert len([e for e in without if e["type"] == "PERSON"]) == 2


def test_surname_only_attaches_to_the_single_full_name():
    ents = merge_entities([_ext("a", ("Olaf Scholz", "PERSON")), _ext("b", ("Scholz", "PERSON"))])
    assert _find(ents, "Scholz")["name"] == "Olaf Scholz"


def test_different_people_sharing_a_surname_never_merge(extract):
    ents = merge_entities([
        _ext("a", ("Hillary Clinton", "PERSON"), ("Bill Clinton", "PERSON")),
        _ext("b", ("Clinton", "PERSON")),
    ])
    names = {e["name"] for e in ents}
    assert {"Hillary Clinton", "Bill Clinton", "Clinton"} <= names  # bare Clinton stays apart
    x = extract("Hillary Clinton and Bill Clinton arrived. Clinton spoke first.")
    bare = [s for s in x.entities if s.text == "Clinton"]
    assert bare and bare[0].attrs.get("ambiguous")
    assert bare[0].attrs["canonical"] == "Clinton"


def test_acronym_defined_in_text_and_by_initials(extract):
    x = extract("Crown Prince Mohammed bin Salman (MBS) met officials. MBS later flew to Riyadh.")
    mbs = [s for s in x.entities if s.text == "MBS"]
    assert len(mbs) == 2 and all(s.attrs["canonical"] == "Mohammed bin Salman" for s in mbs)
    ents = merge_entities([_ext("a", ("World Health Organization", "ORG")), _ext("b", ("WHO", "ORG"))])
    assert _find(ents, "WHO")["name"] == "World Health Organization"


def test_title_mention_resolves_in_article(extract):
    x = extract("German Chancellor Olaf Scholz met the unions. On Friday the chancellor signed the deal.")
    chancellor = [s for s in x.entities if s.text.lower() == "the chancellor"]
    assert chancellor and chancellor[0].attrs["canonical"] == "Olaf Scholz"
    merged = merge_entities([x])
    assert "the chancellor" in _find(merged, "Olaf Scholz")["aliases"]


def test_descriptive_epithet_resolves_only_with_one_candidate(extract):
    x = extract("Saudi Arabia raised oil output. The Gulf kingdom said prices were too high.")
    gulf = [s for s in x.entities if s.text.lower() == "the gulf kingdom"]
    assert gulf and gulf[0].attrs["canonical"] == "Saudi Arabia"
    y = extract("Saudi Arabia and Bahrain raised output. The Gulf kingdom said prices were too high.")
    assert not [s for s in y.entities if s.text.lower() == "the gulf kingdom"]


def test_different_orgs_sharing_words_stay_apart():
    ents = merge_entities([_ext("a", ("University of Texas", "ORG")), _ext("b", ("University of Toronto", "ORG"))])
    assert len(ents) == 2


def test_merge_sets_canonical_on_spans_and_quote_speakers():
    x = _ext("a", ("Zelenskiy", "PERSON"), ("Volodymyr Zelenskiy", "PERSON"))
    y = _ext("b", ("Volodymyr Zelensky", "PERSON"), ("Volodymyr Zelensky", "PERSON"))
    from storyline.model import Quote

    x.quotes.append(Quote("a", 0, 5, "hello", speaker="Volodymyr Zelenskiy"))
    merge_entities([x, y])
    names = {s.attrs["canonical"] for s in x.entities + y.entities}
    assert names == {"Volodymyr Zelensky"}
    # The article's own spelling stays the speaker; the story's name is the speaker's entity.
    assert (x.quotes[0].speaker, x.quotes[0].speaker_entity) == ("Volodymyr Zelenskiy", "Volodymyr Zelensky")
