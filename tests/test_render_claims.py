"""Claims are ranked and folded for reading; the JSON keeps them all."""

from storyline.render import ranked, shown_and_folded, story_html, story_markdown


def _claim(text, status, n, start):
    return {"text": text, "status": status, "independent_sources": n, "article_ids": ["a"],
            "spans": [{"article_id": "a", "start": start, "end": start + len(text)}]}


def _story(claims):
    return {"id": "s-1", "title": "T", "article_ids": ["a"], "brief": [], "claims": claims, "facts": [],
            "conflicts": [], "quotes": [], "timeline": [], "lineage": [], "entities": [], "cited_sources": []}


def test_ranking_prefers_corroborated_figures_near_the_lead():
    claims = [
        _claim("A late single-source remark.", "single_source", 1, 900),
        _claim("The council approved 12 new homes.", "corroborated", 2, 400),
        _claim("Three outlets agree the vote was held on Monday.", "corroborated", 3, 800),
        _claim("The mayor said the plan was fair.", "corroborated", 2, 10),
        _claim("It is disputed how many homes.", "disputed", 2, 50),
    ]
    order = [c["text"] for c in ranked(claims)]
    assert order[0].startswith("Three outlets")  # most independent sources
    assert order[1].startswith("The council approved 12")  # a figure before a plain statement
    assert order[2].startswith("The mayor")
    assert order[-1].startswith("A late")


def test_markdown_and_html_fold_the_rest():
    claims = [_claim(f"Claim number {i} about the vote.", "single_source", 1, i * 10) for i in range(25)]
    top, rest = shown_and_folded(claims, 10)
    assert len(top) == 10 and len(rest) == 15
    md = story_markdown(_story(claims), {})
    assert "<details><summary>15 more claims</summary>" in md
    assert md.count("Claim number") == 25  # folded, not dropped
    page = story_html(_story(claims), {})
    assert "<details><summary>15 more claims</summary>" in page and page.count("Claim number") == 25
