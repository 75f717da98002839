"""Full-text search (storyline/store/search.py): terms, query syntax, and one suite run against every
backend (SQLite FTS5 always, PostgreSQL tsvector when STORYLINE_TEST_PG names a server)."""

from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
import sys
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.store import open_store
from storyline.store import search as S
from storyline.store.search import SearchError, parse_query, terms

sys.path.insert(0, str(Path(__file__).parent))
# The backend fixtures of the store contract suite: the same SQLite file / throwaway PostgreSQL schema.
from test_store_contract import backend, pg_url, store, url  # noqa: E402,F401


# --- a small multilingual corpus, written for these tests ------------------------------------

DE = ("Das Hochwasser in Kleinmünden erreichte am Dienstag 4,2 Meter. Bürgermeisterin Jördis Kähler "
      "ließ die Straße am Fluss sperren.")
FR = "La préfecture de Montrivel a ordonné l'évacuation de trois écoles après la crue de la Sèvre."
RU = "Ураган «Ёжик» обрушился на посёлок Зареченск; мэрия сообщила о двух пострадавших."
JA = "東京湾で大きな地震があり、港の倉庫が倒れた。"
ZH = "昨天北海市发生洪水，三座桥梁被冲毁。"
KO = "서울에서 폭우로 지하철 운행이 중단됐다."
TH = "น้ำท่วมหนักในจังหวัดริมแม่น้ำ ชาวบ้านต้องอพยพ"
EN = ("The council of Port Alder approved a new flood barrier on Monday. The barrier will cost 12 million "
      "dollars, the mayor said.")
EN2 = "Port Alder flood barrier approved. Residents said the flood wall was overdue."


def _articles() -> list[Article]:
    def a(i, text, title, lang, outlet):
        return Article(id=f"a-{i}", source=f"{i}.txt", text=text, title=title, language=lang, outlet=outlet,
                       published="2024-05-0%d" % (len(text) % 9 + 1))

    return [
        a("de", DE, "Hochwasser: Straße gesperrt", "de", "Rheinbote"),
        a("fr", FR, "Évacuation à Montrivel", "fr", "L'Écho du Val"),
        a("ru", RU, "Ураган в Зареченске", "ru", "Северный вестник"),
        a("ja", JA, "東京湾で地震", "ja", "湾岸新報"),
        a("zh", ZH, "北海市洪水", "zh", "北海日报"),
        a("ko", KO, "서울 폭우", "ko", "한강일보"),
        a("th", TH, "น้ำท่วม", "th", "ข่าวริมน้ำ"),
        a("en", EN, "Flood barrier approved", "en", "Alder Gazette"),
        a("en2", EN2, "Barrier vote", "en", "Harbour Post"),
    ]


def _story(sid, ids, claims=(), quotes=(), title=""):
    return {"id": sid, "title": title or sid, "article_ids": list(ids), "keywords": [], "outlets": [],
            "entities": [], "claims": list(claims), "quotes": list(quotes), "conflicts": []}


def _claim(cid, text, article_id, source):
    start = source.index(text)
    return {"id": cid, "text": text, "article_ids": [article_id], "independent_sources": 1,
            "status": "single_source", "spans": [{"article_id": article_id, "start": start, "end": start + len(text)}]}


def _quote(speaker, variants):
    return {"speaker": speaker, "text": variants[0][1], "article_ids": [v[0] for v in variants],
            "variants": [{"article_id": aid, "text": t, "speaker": spk or speaker, "start": 0, "end": len(t)}
                         for aid, t, spk in variants]}


def _stories() -> list[dict]:
    return [
        _story("s-flood", ["a-en", "a-en2", "a-de"], title="Flood barrier", claims=[
            _claim("c1", "The barrier will cost 12 million dollars", "a-en", EN),
            _claim("c2", "Das Hochwasser in Kleinmünden erreichte am Dienstag 4,2 Meter.", "a-de", DE),
        ], quotes=[
            _quote("Mara Quint", [("a-en", "the flood wall was overdue", None),
                                  ("a-en2", "the flood wall was overdue", None),
                                  ("a-de", "the flood wall was long overdue", "Mara Quinto")]),
        ]),
        _story("s-east", ["a-ja", "a-zh", "a-ko", "a-th", "a-ru", "a-fr"], title="Storms east", claims=[
            _claim("c1", "三座桥梁被冲毁", "a-zh", ZH),
            _claim("c2", "мэрия сообщила о двух пострадавших", "a-ru", RU),
        ]),
    ]


@pytest.fixture
def filled(store):
    store.add_articles(_articles())
    store.replace_stories(_stories())
    return store


def _found(store, query, **kw):
    return [(r["kind"], r["article_id"], r["item"]) for r in store.search(query, **kw)["results"]]


def _articles_found(store, query, **kw):
    return sorted(r["article_id"] for r in store.search(query, kinds=["article"], **kw)["results"])


# --- terms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Grüße aus KÖLN", ["grusse", "aus", "koln"]),
    ("Straße", ["strasse"]),
    ("préfecture Évacuation l'Écho", ["prefecture", "evacuation", "l", "echo"]),
    ("Посёлок ЁЖИК", ["поселок", "ежик"]),
    ("Łódź, İzmir, Ørsted", ["lodz", "izmir", "orsted"]),
    ("COVID-19 3,4 ½", ["covid", "19", "3", "4", "1", "2"]),
    ("ｶﾀｶﾅ ＡＢＣ", ["カ", "タ", "カ", "ナ", "abc"]),
    ("東京で地震", ["東", "京", "で", "地", "震"]),
    ("서울에서", ["서", "울", "에", "서"]),
    ("ไปโรงเรียน", ["ไ", "ป", "โ", "ร", "ง", "เ", "รี", "ย", "น"]),  # a vowel sign stays with its letter
    ("がか", ["が", "か"]),  # the voiced mark makes another syllable: kept
    ("مُحَمَّد", ["محمد"]),  # Arabic vowel marks off
    ("x" * 101 + " ok", ["ok"]),  # noise longer than a word is no term
])
def test_terms_fold_case_accents_and_cut_unspaced_scripts(text, expected):
    assert terms(text) == expected


def test_scan_offsets_point_into_the_text():
    text = "Die Straße, 東京!"
    assert [(t, text[s:e]) for t, s, e in S.scan(text)] == [
        ("die", "Die"), ("strasse", "Straße"), ("東", "東"), ("京", "京")]


def test_fts5_indexes_exactly_the_terms_cut_here(tmp_path):
    """SQLite's tokenizer must neither split nor fold the terms further: both backends then hold the same terms."""
    text = " ".join([DE, FR, RU, JA, ZH, KO, TH, "मुंबई में बारिश", "Ørsted ½ ﬁnal"])
    with open_store(tmp_path / "s.db") as s:
        s.add_articles([Article(id="x", source="x.txt", text=text)])
        db = sqlite3.connect(tmp_path / "s.db")
        db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'row')")
        indexed = {r[0] for r in db.execute("SELECT term FROM temp.v")}
        db.close()
    assert indexed == set(terms(text))


# --- the query language --------------------------------------------------------------------

def test_queries_parse_to_quoted_terms_on_both_backends():
    q = parse_query('flood "Port Alder" barr* -council NOT "city hall" wall OR levee')
    assert q.fts5() == ('((("flood") AND ("port alder") AND ("barr" *) AND ("wall" OR "levee")) '
                        'NOT "council") NOT "city hall"')
    assert q.tsquery() == ("('flood') & ('port' <-> 'alder') & ('barr':*) & (('wall') | ('levee')) "
                           "& !('council') & !('city' <-> 'hall')")
    assert parse_query("covid-19").groups == ((S.Atom(("covid", "19")),),)  # one word, two terms: a phrase
    assert parse_query("地震").groups == ((S.Atom(("地", "震")),),)  # characters in a row
    assert parse_query("near AND or").groups == ((S.Atom(("near",)),), (S.Atom(("or",)),))  # lower case: words
    assert parse_query("flood & | ! ( )").fts5() == '("flood")'  # lone punctuation is no word


@pytest.mark.parametrize("query, message", [
    ('"port alder', "unclosed quote"),
    ("flood OR", "OR needs a word"),
    ("OR flood", "OR needs a word"),
    ("flood OR OR storm", "OR needs a word"),
    ("flood OR -storm", "cannot be part of an OR"),
    ("-flood", "at least one word to find"),
    ("NOT flood", "at least one word to find"),
    ("flood NOT", "NOT needs a word"),
    ("- -", "no words to search for"),
    ("& | ! ( )", "no words to search for"),
    ('""', "no words to search for"),
    ("   ", "empty search"),
    ("f*", "at least 2 letters"),
    ("-!!", "excludes nothing"),
    ("x" * 1001, "too long"),
    (" ".join(f"w{i}" for i in range(40)), "too many words"),
])
def test_malformed_queries_say_what_is_wrong(query, message):
    with pytest.raises(SearchError, match=message):
        parse_query(query)


def test_bad_requests_are_search_errors(filled):
    for kw, message in [({"kinds": ["claims"]}, "unknown kind"), ({"limit": 0}, "limit"),
                        ({"limit": 5000}, "limit"), ({"offset": -1}, "offset")]:
        with pytest.raises(SearchError, match=message):
            filled.search("flood", **kw)


def test_random_query_syntax_never_reaches_the_database_as_syntax(filled):
    """Stray quotes, operators and FTS5/tsquery punctuation: every query either runs or is a SearchError."""
    pieces = ['"', "'", "*", "-", "(", ")", ":", "^", "+", "&", "|", "!", "<->", "NEAR", "NEAR(", "OR", "AND",
              "NOT", "flood", "barrier", "地震", "\\", "{", "}", "col:", ",", "~", "\x00", "\ud800", "ü"]
    rng = random.Random(7)
    ran = refused = 0
    for _ in range(300):
        query = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        try:
            found = filled.search(query)
        except SearchError:
            refused += 1
            continue
        ran += 1
        assert found["total"] >= len(found["results"])
    assert ran > 50 and refused > 50  # both paths exercised


# --- the shared suite: every backend --------------------------------------------------------

def test_words_are_found_whatever_their_accents_and_case(filled):
    assert _articles_found(filled, "kleinmunden") == ["a-de"]
    assert _articles_found(filled, "KLEINMÜNDEN straße") == ["a-de"]
    assert _articles_found(filled, "strasse jordis kahler") == ["a-de"]
    assert _articles_found(filled, "prefecture evacuation") == ["a-fr"]
    assert _articles_found(filled, "PRÉFECTURE Sèvre") == ["a-fr"]
    assert _articles_found(filled, "echo") == []  # an outlet's name is not the article's text
    assert _articles_found(filled, "поселок") == ["a-ru"] and _articles_found(filled, "ПОСЁЛОК ёжик") == ["a-ru"]
    assert _articles_found(filled, "зареченск") == ["a-ru"]  # in the text (the title says Зареченске)


def test_unspaced_scripts_are_found_inside_longer_runs(filled):
    assert _articles_found(filled, "地震") == ["a-ja"]
    assert _articles_found(filled, "倉庫") == ["a-ja"]
    assert _articles_found(filled, "洪水") == ["a-zh"]
    assert _articles_found(filled, "桥梁 冲毁") == ["a-zh"]
    assert _articles_found(filled, "서울") == ["a-ko"] and _articles_found(filled, "지하철") == ["a-ko"]
    assert _articles_found(filled, "อพยพ") == ["a-th"] and _articles_found(filled, "น้ำท่วม") == ["a-th"]
    assert _articles_found(filled, "地球") == []  # both characters, but not together
    assert _articles_found(filled, "京湾") == ["a-ja"]  # any substring, as the stories search


def test_phrases_prefixes_exclusions_and_or(filled):
    assert _articles_found(filled, "flood barrier") == ["a-en", "a-en2"]
    assert _articles_found(filled, '"flood barrier"') == ["a-en", "a-en2"]
    assert _articles_found(filled, '"barrier flood"') == []
    assert _articles_found(filled, '"flood wall"') == ["a-en2"]
    assert _articles_found(filled, "barr*") == ["a-en", "a-en2"] and _articles_found(filled, "barr") == []
    assert _articles_found(filled, '"flood wa*"') == ["a-en2"] == _articles_found(filled, '"flood wa"*')
    assert _articles_found(filled, "barrier -council") == ["a-en2"]
    assert _articles_found(filled, 'barrier NOT "port alder"') == []
    assert _articles_found(filled, "council OR residents") == ["a-en", "a-en2"]
    assert _articles_found(filled, "barrier overdue OR million") == ["a-en", "a-en2"]
    assert _articles_found(filled, "hochwasser OR 洪水 OR зареченск") == ["a-de", "a-ru", "a-zh"]


def test_claims_and_quotes_point_at_their_story_article_and_span(filled):
    hits = filled.search("barrier million", kinds=["claim"])["results"]
    assert [(h["kind"], h["item"], h["article_id"]) for h in hits] == [("claim", "c1", "a-en")]
    claim = hits[0]
    assert EN[claim["start"] : claim["end"]] == "The barrier will cost 12 million dollars"
    assert claim["stories"] == [{"id": "s-flood", "title": "Flood barrier"}] and claim["article_ids"] == ["a-en"]
    assert claim["title"] == "Flood barrier approved" and claim["outlet"] == "Alder Gazette"

    quotes = filled.search("overdue", kinds=["quote"])["results"]
    # Two wordings of one quote: one row each, with every article that has that wording.
    assert sorted((q["item"], q["speaker"], tuple(q["article_ids"])) for q in quotes) == [
        ("q1.1", "Mara Quint", ("a-en", "a-en2")), ("q1.2", "Mara Quinto", ("a-de",))]
    assert _found(filled, '"long overdue"', kinds=["quote"]) == [("quote", "a-de", "q1.2")]
    assert _found(filled, "quinto", kinds=["quote"]) == [("quote", "a-de", "q1.2")]  # the speaker is searched
    assert sorted(_found(filled, "мэрия")) == [("article", "a-ru", None), ("claim", "a-ru", "c2")]
    assert _found(filled, "冲毁", kinds=["claim"]) == [("claim", "a-zh", "c1")]


def test_kind_and_story_filters(filled):
    everything = sorted(_found(filled, "flood"))
    assert everything == [("article", "a-en", None), ("article", "a-en2", None),
                          ("quote", "a-de", "q1.2"), ("quote", "a-en", "q1.1")]
    assert sorted(_found(filled, "flood", kinds=["quote", "claim"])) == everything[2:]
    assert sorted(_found(filled, "flood", story_id="s-flood")) == everything
    assert _found(filled, "flood", story_id="s-east") == []
    assert sorted(_found(filled, "hochwasser", story_id="s-flood")) == [("article", "a-de", None), ("claim", "a-de", "c2")]
    assert _found(filled, "洪水", story_id="s-flood") == [] and _found(filled, "洪水", story_id="s-east") == [
        ("article", "a-zh", None)]
    assert _found(filled, "flood", story_id="no-such-story") == []
    art = filled.search("hochwasser", kinds=["article"])["results"][0]
    assert art["stories"] == [{"id": "s-flood", "title": "Flood barrier"}]


def test_title_words_rank_above_text_words(store):
    body = "Engineers inspected the old levee north of the harbour for a whole week."
    store.add_articles([
        Article(id="a-1", source="1.txt", text=body + " A levee report followed.", title="Harbour repairs"),
        Article(id="a-2", source="2.txt", text=body + " A harbour report followed.", title="Levee repairs"),
    ])
    hits = store.search("levee")["results"]
    assert [h["article_id"] for h in hits] == ["a-2", "a-1"]  # in the title and once in the text: first
    assert hits[0]["score"] > hits[1]["score"] > 0
    assert hits[0]["title_highlights"] == [[0, 5]]


def test_snippets_show_the_matches(filled, store):
    hit = filled.search("sperren Kähler", kinds=["article"])["results"][0]
    marked = [hit["snippet"][s:e] for s, e in hit["highlights"]]
    assert marked == ["Kähler", "sperren"]
    assert hit["start"] is not None and DE[hit["start"] : hit["end"]] == "Kähler"
    zh = filled.search("桥梁", kinds=["article"])["results"][0]
    assert [zh["snippet"][s:e] for s, e in zh["highlights"]] == ["桥梁"]
    quote = filled.search("quinto", kinds=["quote"])["results"][0]
    assert quote["speaker"] == "Mara Quinto" and quote["speaker_highlights"] == [[5, 11]]
    # A long article: the snippet is the passage around the matches, cut at spaces, marked as cut.
    filler = "The weather stayed calm and the boats went out as usual. " * 40
    store.add_articles([Article(id="long", source="l.txt", text=filler + "Then the levee broke near the mill. "
                                + filler, title="Long day")])
    long = store.search('"levee broke" mill')["results"][0]
    assert long["snippet"].startswith("…") and long["snippet"].endswith("…")
    assert len(long["snippet"]) <= S.SNIPPET_CHARS + 2
    assert [long["snippet"][s:e] for s, e in long["highlights"]] == ["levee broke", "mill"]


def test_paging_and_totals(store):
    store.add_articles([Article(id=f"p{i:02d}", source=f"p{i}.txt", text=f"Harbour note {i}. " + "tide " * (i + 1))
                        for i in range(25)])
    first = store.search("tide", limit=10)
    assert first["total"] == 25 and len(first["results"]) == 10 and first["offset"] == 0
    rest = store.search("tide", limit=10, offset=20)
    assert rest["total"] == 25 and len(rest["results"]) == 5
    past = store.search("tide", limit=10, offset=40)
    assert past["total"] == 25 and past["results"] == []
    everything = [r["article_id"] for o in (0, 10, 20) for r in store.search("tide", limit=10, offset=o)["results"]]
    assert sorted(everything) == [f"p{i:02d}" for i in range(25)]  # pages neither repeat nor skip
    assert store.search("nothinglikethis") == {"query": "nothinglikethis", "total": 0, "offset": 0, "limit": 20,
                                               "results": []}


def test_the_index_follows_the_stories(filled):
    assert _found(filled, "million", kinds=["claim"]) == [("claim", "a-en", "c1")]
    replaced = _stories()
    replaced[0]["claims"] = [_claim("c9", "approved a new flood barrier on Monday", "a-en", EN)]
    replaced[0]["quotes"] = []
    replaced[0]["article_ids"] = ["a-en", "a-en2"]
    filled.replace_stories(replaced)
    assert _found(filled, "million", kinds=["claim"]) == []  # the old analysis's claim is gone
    assert _found(filled, "monday", kinds=["claim"]) == [("claim", "a-en", "c9")]
    assert _found(filled, "overdue", kinds=["quote"]) == []
    assert _found(filled, "hochwasser", story_id="s-flood") == []  # the article left the story
    assert _articles_found(filled, "hochwasser") == ["a-de"]  # and is still an article
    filled.replace_stories([])
    assert _found(filled, "monday", kinds=["claim", "quote"]) == [] and _articles_found(filled, "monday") == ["a-en"]


def test_a_failed_replace_leaves_the_searchable_analysis(filled):
    with pytest.raises(KeyError):
        filled.replace_stories([_story("s-new", ["a-en"], claims=[_claim("c1", "cost 12 million", "a-en", EN)]),
                                {"id": "broken"}])  # no article_ids: fails while being stored
    assert _found(filled, "million", kinds=["claim"]) == [("claim", "a-en", "c1")]
    assert [c["id"] for c in filled.story("s-flood")["claims"]] == ["c1", "c2"]


def _index(url, backend):
    """Every claim and quote row of a store's index with the terms it is indexed under, rowids aside."""
    cols = "kind, article_id, story_id, item, span_start, span_end, speaker, text, article_ids"
    if backend == "sqlite":
        db = sqlite3.connect(url)
        try:
            db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'instance')")
            indexed: dict[int, list] = {}
            for term, doc, col, offset in db.execute("SELECT term, doc, col, offset FROM temp.v"):
                indexed.setdefault(doc, []).append((col, offset, term))
            rows = [(*r[1:], tuple(sorted(indexed.get(r[0], []))))
                    for r in db.execute(f"SELECT id, {cols} FROM search_docs WHERE kind IN ('claim', 'quote')")]
        finally:
            db.close()
    else:
        import psycopg

        with psycopg.connect(url) as db:
            rows = [tuple(r) for r in db.execute(
                f"SELECT {cols}, tsv::text FROM search_docs WHERE kind IN ('claim', 'quote')")]
    return sorted(rows, key=repr)


def _searches(store):
    return [store.search(q, limit=50) for q in ("flood", "barrier", "million", "overdue", "мэрия", "地震", "桥梁",
                                                "monday", "quint*", "hochwasser")]


def test_replacing_stories_reindexes_only_changed_ones_and_equals_a_full_rebuild(url, backend, monkeypatch):
    """A story whose claims and quotes are unchanged keeps its rows; changed, renamed, new and gone
    stories are re-indexed; the index (rows and their terms) and every search then equal what a
    rebuild of the whole index from the stored stories gives."""
    cut: list[str] = []
    story_docs = S.story_docs

    def spy(story):
        cut.append(story["id"])
        return story_docs(story)

    with open_store(url) as s:
        s.add_articles(_articles())
        first = _stories() + [_story("s-vote", ["a-en2"], claims=[
            _claim("c1", "Residents said the flood wall was overdue", "a-en2", EN2)])]
        s.replace_stories(first)
        monkeypatch.setattr(S, "story_docs", spy)
        s.replace_stories(first)  # nothing changed: nothing cut again
        assert cut == []
        second = _stories()
        second[0]["claims"] = [_claim("c9", "approved a new flood barrier on Monday", "a-en", EN)]  # changed
        second[0]["title"] = "Flood barrier vote"  # not indexed with the claims: no reason to cut again
        second[1]["id"] = "s-storms"  # renamed: its rows point at the story by id
        second.append(_story("s-de", ["a-de"], quotes=[  # new; s-vote is gone
            _quote("Jördis Kähler", [("a-de", "Die Straße bleibt gesperrt", None)])]))
        s.replace_stories(second)
        assert sorted(cut) == ["s-de", "s-flood", "s-storms"]
        assert _found(s, "million", kinds=["claim"]) == [] and _found(s, "monday", kinds=["claim"]) == [
            ("claim", "a-en", "c9")]
        assert _found(s, "residents", kinds=["claim"]) == []  # the gone story's claim went with it
        assert [x["id"] for r in s.search("мэрия", kinds=["claim"])["results"] for x in r["stories"]] == ["s-storms"]
        partial, found = _index(url, backend), _searches(s)
    monkeypatch.setattr(S, "INDEX_VERSION", S.INDEX_VERSION + 1)
    with open_store(url) as s:  # a new index version: everything indexed again from the stored stories
        assert _index(url, backend) == partial and _searches(s) == found
        cut.clear()
        s.replace_stories(second)  # a rebuild forgets the digests: the next replace cuts every story again
        assert sorted(cut) == ["s-de", "s-flood", "s-storms"]
        assert _index(url, backend) == partial and _searches(s) == found


def test_articles_are_searchable_exactly_when_stored(store):
    store.add_articles([Article(id="k1", source="k1.txt", text="The kestrel nested on the tower.")])

    def broken():
        yield Article(id="k2", source="k2.txt", text="A kestrel chick hatched.")
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        store.add_articles(broken())
    assert _articles_found(store, "kestrel") == ["k1"]
    again = Article(id="k1", source="k1-copy.txt", text="The kestrel nested on the tower.")
    store.add_articles([again, again])  # stored already, and twice in one batch: no second row
    assert store.search("kestrel")["total"] == 1


def test_text_a_database_cannot_hold_is_searchable(store):
    bad = Article(id="b1", source="b.txt", text="Der Deich\ud800 hielt. Null\x00byte bleibt.", title="Deich\udfff")
    store.add_articles([bad])
    store.replace_stories([_story("s-b", ["b1"], quotes=[_quote("Anna\ud83d", [("b1", "Der Deich\ud800 hielt", None)])])])
    hits = store.search("deich")["results"]
    assert sorted(h["kind"] for h in hits) == ["article", "quote"]
    assert all("\ud800" not in h["snippet"] for h in hits)


def test_a_long_article_is_found_by_early_and_late_words(store):
    words = [f"w{i}" for i in range(20000)]  # past PostgreSQL's last word position (16,383)
    store.add_articles([Article(id="big", source="big.txt", text="Opening levee breach. " + " ".join(words)
                                + " closing floodgate words.", title="Big")])
    assert _articles_found(store, '"levee breach"') == ["big"]
    assert _articles_found(store, "floodgate levee") == ["big"]
    assert _articles_found(store, "w19999 w3") == ["big"]


def _store_before_search(url: str, backend: str) -> int:
    """A store at the schema version before search, made by that version's migrations, with the test
    articles and stories in it; returns that version."""
    if backend == "sqlite":
        from storyline.store.sqlite import MIGRATIONS, _split_sql

        before = next(i for i, m in enumerate(MIGRATIONS) if "search_fts" in m)
        db = sqlite3.connect(url)
        for m in MIGRATIONS[:before]:
            for statement in _split_sql(m):
                db.execute(statement)
        db.execute(f"PRAGMA user_version={before}")
        for a in _articles():
            db.execute("INSERT INTO articles (id, source, title, text, ingested_at) VALUES (?,?,?,?,0)",
                       (a.id, a.source, a.title, a.text))
        for s in _stories():
            db.execute("INSERT INTO stories (id, title, size, data, updated_at) VALUES (?,?,?,?,0)",
                       (s["id"], s["title"], len(s["article_ids"]), json.dumps(s)))
            db.executemany("INSERT INTO story_articles VALUES (?,?)", [(s["id"], a) for a in s["article_ids"]])
        db.commit()
        db.close()
    else:
        import psycopg

        from storyline.store.postgres import MIGRATIONS

        before = next(i for i, m in enumerate(MIGRATIONS) if "search_docs" in m)
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for number, m in enumerate(MIGRATIONS[:before]):
                db.execute(m)
                db.execute("INSERT INTO schema_version VALUES (%s)", (number + 1,))
            for a in _articles():
                db.execute("INSERT INTO articles (id, source, title, text, ingested_at) VALUES (%s,%s,%s,%s,0)",
                           (a.id, a.source, a.title, a.text))
            for position, s in enumerate(_stories()):
                db.execute("INSERT INTO stories (id, position, title, size, data, updated_at) VALUES (%s,%s,%s,%s,%s,0)",
                           (s["id"], position, s["title"], len(s["article_ids"]), json.dumps(s)))
                for a in s["article_ids"]:
                    db.execute("INSERT INTO story_articles VALUES (%s,%s)", (s["id"], a))
    return before


def test_a_store_made_before_search_is_indexed_when_opened(url, backend):
    """A store made before search is indexed whole on first open, once."""
    before = _store_before_search(url, backend)
    with open_store(url) as s:
        assert s.schema_version > before
        assert _articles_found(s, "kleinmunden") == ["a-de"] and _articles_found(s, "地震") == ["a-ja"]
        assert _found(s, "million", kinds=["claim"]) == [("claim", "a-en", "c1")]
        assert s.search("overdue", story_id="s-flood")["total"] == 3  # an article, 2 quote wordings
        total = s.search("flood")["total"]
    with open_store(url) as s:  # opened again: nothing indexed twice
        assert s.search("flood")["total"] == total


def test_a_new_index_version_rebuilds_the_index(url, monkeypatch):
    with open_store(url) as s:
        s.add_articles(_articles())
        s.replace_stories(_stories())
        before = s.search("flood")
    monkeypatch.setattr(S, "INDEX_VERSION", S.INDEX_VERSION + 1)
    with open_store(url) as s:
        assert s.get_state(S.STATE_KEY) == S.INDEX_VERSION
        after = s.search("flood")
    assert [(r["kind"], r["article_id"], r["item"]) for r in after["results"]] == \
        [(r["kind"], r["article_id"], r["item"]) for r in before["results"]]


def test_a_store_made_before_search_opened_by_three_processes_at_once_is_indexed_once(pg_url):
    import threading

    _store_before_search(pg_url, "postgres")
    stores: list = []
    errors: list = []

    def open_one():
        try:
            stores.append(open_store(pg_url))
        except Exception as exc:  # reported below: any failure to open fails the test
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert not errors and len(stores) == 3
        assert [s.search("flood")["total"] for s in stores] == [4, 4, 4]  # 2 articles, 2 quote wordings
    finally:
        for s in stores:
            s.close()


def test_kinds_may_be_one_string(filled):
    assert _found(filled, "million", kinds="claim") == [("claim", "a-en", "c1")]


# --- SQLite only --------------------------------------------------------------------------

def test_sqlite_contentless_index_forgets_replaced_rows_exactly(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as s:
        s.add_articles(_articles())
        for _ in range(3):
            s.replace_stories(_stories())
        replaced = _stories()
        replaced[0]["claims"], replaced[0]["quotes"] = [], []
        s.replace_stories(replaced)
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'row')")
    docs = dict(db.execute("SELECT term, doc FROM temp.v"))
    db.close()
    assert "quinto" not in docs and "long" not in docs  # only the removed quote had them
    assert docs["million"] == 1 and docs["barrier"] == 2  # the articles only: their claim went
    assert docs["冲"] == 2  # the other story's claim is still there, once, beside its article


# --- PostgreSQL only -----------------------------------------------------------------------

def test_postgres_search_uses_its_gin_index(pg_url):
    import psycopg

    with open_store(pg_url) as s:
        s.add_articles(_articles())
    with psycopg.connect(pg_url) as db:
        db.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in db.execute(
            "EXPLAIN SELECT id FROM search_docs WHERE tsv @@ %s::tsquery", (parse_query("flood barr*").tsquery(),)))
    assert "search_docs_tsv" in plan, plan


def test_postgres_and_sqlite_find_the_same(pg_url, tmp_path):
    queries = ["flood", "flood barrier", "barr*", '"flood wall"', "kleinmunden", "地震", "서울", "น้ำท่วม",
               "поселок", "prefecture OR hochwasser", "barrier -council", "overdue", "million"]
    answers = []
    for where in (str(tmp_path / "s.db"), pg_url):
        with open_store(where) as s:
            s.add_articles(_articles())
            s.replace_stories(_stories())
            answers.append({q: sorted((r["kind"], r["article_id"], r["item"], r["snippet"], json.dumps(r["highlights"]),
                                       r["start"], r["end"])
                                      for r in s.search(q)["results"]) for q in queries})
    assert answers[0] == answers[1]
    assert all(answers[0][q] for q in queries)


def test_tsvector_literal_weights_positions_and_limits():
    assert S.tsvector_literal(["flood"], ["flood", "it's"]) == "'flood':1A,3 'it''s':4"
    many = S.tsvector_literal([], ["w"] * 20000)
    assert many.startswith("'w':1,2,") and many.endswith(",16383")
    big = S.tsvector_literal([], [f"t{i:07d}" for i in range(200000)])
    assert len(big.encode()) < 1_000_000  # PostgreSQL's tsvector limit
