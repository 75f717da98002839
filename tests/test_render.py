"""Markdown and HTML renderings list claims and figures with their independent sources."""

from storyline.model import Article
from storyline.render import story_html, story_markdown


def _story() -> tuple[dict, dict[str, Article]]:
    arts = {
        "a": Article("a", "a.txt", "The bank cut its rate to 6.5%.", outlet="Pacific Review"),
        "b": Article("b", "b.txt", "Rates fell to 6.5% <script>.", outlet="Monitor"),
    }
    story = {
        "id": "s1", "title": "Rate cut", "article_ids": ["a", "b"], "brief": [], "quotes": [], "conflicts": [],
        "timeline": [], "lineage": [], "entities": [],
        "claims": [{"text": "The bank cut its rate.", "status": "single_source", "independent_sources": 1,
                    "article_ids": ["a"]}],
        "facts": [{"text": "rate to 6.5% <b>", "status": "corroborated", "independent_sources": 2,
                   "article_ids": ["a", "b"]}],
    }
    return story, arts


def test_markdown_lists_figures_after_claims():
    story, arts = _story()
    md = story_markdown(story, arts)
    assert md.index("## Claims") < md.index("## Figures")
    assert "- rate to 6.5% <b> — corroborated, 2 independent sources [1][2]" in md


def test_html_escapes_figures():
    story, arts = _story()
    page = story_html(story, arts)
    assert "<h2>Figures</h2>" in page and "rate to 6.5% &lt;b&gt;" in page and "<b>" not in page


def test_story_without_facts_field_still_renders():
    story, arts = _story()
    del story["facts"]  # reports written before facts existed
    assert "## Figures" not in story_markdown(story, arts)
