"""`show --why`: each article's strongest link in words, and articles named as a reader knows them."""

from click.testing import CliRunner

from storyline.cli import main
from storyline.model import Article
from storyline.render import story_terminal, why_markdown
from storyline.store import open_store


def _story():
    arts = {
        "a": Article("a", "feed.jsonl#181", "Le barrage de Lunel a cédé mardi, a indiqué la préfecture.",
                     outlet="Courrier du Sud"),
        "b": Article("b", "feed.jsonl#182", "", title="Dam at Lunel gives way"),
        "c": Article("c", "dump.jsonl#7", "Die Talsperre von Lunel ist am Dienstag gebrochen, teilte die Präfektur mit."),
    }
    story = {"id": "s1", "title": "Dam", "article_ids": ["a", "b", "c"], "brief": [], "quotes": [], "conflicts": [],
             "timeline": [], "lineage": [], "entities": [], "claims": []}
    why = [
        {"article_id": "a", "with": "c", "score": 0.71, "embedding": 0.3, "words": 0.01, "names": 0.4,
         "date_factor": 1.0, "year_factor": 1.0, "shared_names": ["Lunel"], "top": ["names", "embedding", "words"],
         "lineage": {"with": "c", "kind": "translation", "role": "origin"}},
        {"article_id": "b", "with": "a", "score": 0.2, "embedding": 0.25, "words": 0.0, "names": 0.0,
         "date_factor": 0.8, "year_factor": 0.5, "argument_factor": 0.7,
         "arguments": ["lead_disjoint_place", "count_conflict", "weekday_agree", "a_future_feature"],
         "shared_names": [], "top": ["embedding"], "lineage": None},
        {"article_id": "c", "with": "a", "score": 0.71, "embedding": 0.3, "words": 0.01, "names": 0.4,
         "date_factor": 1.0, "year_factor": 1.0, "shared_names": ["Lunel"], "top": ["names", "embedding", "words"],
         "lineage": {"with": "a", "kind": "translation", "role": "derived"}},
    ]
    return story, arts, why


def test_why_names_the_link_and_its_largest_parts_first():
    story, arts, why = _story()
    lines = why_markdown(story, arts, why).splitlines()
    assert lines[0] == "## Why these articles are in this story"
    a, b, c = lines[2:5]
    assert a.startswith("- Courrier du Sud [1] ↔ “Die Talsperre von Lunel ist am Dienstag gebrochen,...” [3]: score 0.71 = "), a
    assert a.index("shared names and numbers 0.40 (Lunel)") < a.index("similar meaning 0.30") < a.index("shared words")
    assert a.endswith("Die Talsperre von Lunel ist am Dienstag gebrochen,...” [3] is a translation of it (copies stay in one story)")
    assert c.endswith("; a translation of Courrier du Sud [1] (copies stay in one story)")
    assert b.startswith("- “Dam at Lunel gives way” [2] ↔ Courrier du Sud [1]: score 0.20 = similar meaning 0.25")
    assert "publication dates apart: x0.80" in b and "years stated differ: x0.50" in b
    assert b.endswith("; event arguments: x0.70 (different places in the leads, different figures, same weekday, "
                      "a future feature)")
    assert "event arguments" not in a  # a factor of 1 (or none, from an older report) says nothing
    text = "\n".join(lines)
    assert "jsonl#" not in text  # an input path is no name for a reader


def test_terminal_adds_the_why_section_only_when_asked():
    story, arts, why = _story()
    assert "Why these articles" not in story_terminal(story, arts)
    assert story_terminal(story, arts, why).rstrip().endswith("(copies stay in one story)")
    assert "nothing to link" in why_markdown(story, arts, [])


def test_show_why_on_a_one_article_story(tmp_path):
    db = str(tmp_path / "s.db")
    store = open_store(db)
    store.add_articles([Article(id="a1", source="x.txt", text="Sel gölü taştı.", title="Göl taştı", outlet="Ova")])
    store.replace_stories([{"id": "s-1", "title": "Göl taştı", "article_ids": ["a1"], "keywords": [], "lineage": [],
                            "entities": [], "quotes": [], "claims": [], "conflicts": [], "timeline": [],
                            "cited_sources": [], "brief": []}])
    store.close()
    r = CliRunner().invoke(main, ["show", "s-1", "--db", db, "--why"])
    assert r.exit_code == 0 and "One article: nothing to link." in r.output
    r = CliRunner().invoke(main, ["show", "s-1", "--db", db, "--why", "--json"])
    assert r.exit_code == 0 and '"why": []' in r.output
    r = CliRunner().invoke(main, ["show", "s-1", "--db", db])
    assert "Why these articles" not in r.output
