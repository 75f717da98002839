"""In Chromium: conflict cards, the lineage graph at 25 nodes, the coverage chart, the page at
phone width, article names, and /docs (Swagger UI) with every request to another host refused.

Screenshots go to $STORYLINE_SHOTS when set (for looking at them), else to the test's tmp folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from storydata import N_ARTICLES, aid, build_big_store
from test_browser import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS
from webdata import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}")
    from storyline.web.app import create_app

    with serving(create_app(build_big_store(tmp_path_factory.mktemp("views") / "s.db"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def open_page(browser, base_url, width=1280):
    """A page that refuses every request to another host (as if offline) and records problems."""
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.outside = outside
    return context, page


def shot(page, name, tmp_path, selector=None):
    folder = Path(os.environ.get("STORYLINE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    if selector:
        page.locator(selector).first.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path))
    assert path.stat().st_size > 2_000


@pytest.fixture
def story(browser, base_url):
    context, page = open_page(browser, base_url)
    page.goto("/stories/s-brenna")
    yield page
    assert page.outside == [] and page.errors == [], (page.outside, page.errors)
    context.close()


def test_conflict_cards_show_who_says_what(story, tmp_path):
    cards = story.locator("#conflicts .conflict")
    assert cards.count() == 2
    figure = story.locator('#conflicts .conflict[data-kind="number"]')
    sides = figure.locator(".side")
    assert sides.count() == 2
    assert sides.nth(0).locator(".side-value mark.value").inner_text() == "3,200"
    assert sides.nth(1).locator(".side-value mark.value").inner_text() == "4,800"
    # the value is highlighted inside the statement too
    assert sides.nth(0).locator(".statement mark.value").inner_text() == "3,200"
    # copies are folded under their origin: one outlet shown, its copies behind a toggle
    first = sides.nth(0)
    assert first.locator(".side-outlets > li > .outlet").all_inner_texts() == ["Outlet A0"]
    copies = first.locator("details.copies li")
    assert copies.count() == 2 and not copies.first.is_visible()
    assert "Outlet B1" in first.locator("details.copies summary").inner_text()
    first.locator("details.copies summary").click()
    assert copies.first.is_visible()
    # side by side on a desktop screen
    a, b = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert abs(a["y"] - b["y"]) < 1 and a["x"] + a["width"] <= b["x"]

    speaker = story.locator('#conflicts .conflict[data-kind="speaker"]')
    assert speaker.locator(".side-value mark.value").all_inner_texts() == ["Mira Holt", "Jon Vask"]
    text = speaker.inner_text()
    assert text.count("We will rebuild the pier before the summer season starts") == 2  # heading and quote, once each
    shot(story, "conflicts", tmp_path, "#conflicts")


def test_lineage_graph_fits_its_box_at_25_nodes(story, tmp_path):
    svg = story.locator("svg.lineage-graph")
    assert svg.locator(".node").count() == N_ARTICLES
    geometry = story.evaluate("""() => {
        const svg = document.querySelector('svg.lineage-graph');
        const vb = svg.viewBox.baseVal;
        const fig = svg.closest('figure');
        const box = (b) => ({x: b.x, y: b.y, width: b.width, height: b.height});
        const nodes = [...svg.querySelectorAll('.node')].map(g => {
            const r = g.querySelector('rect'), t = g.querySelector('text');
            return {rect: box(r.getBBox()), text: box(t.getBBox()), screen: box(t.getBoundingClientRect())};
        });
        const bbox = svg.getBBox();
        return {vb: {x: vb.x, y: vb.y, w: vb.width, h: vb.height}, nodes,
                content: {x: bbox.x, y: bbox.y, w: bbox.width, h: bbox.height},
                figure: {scroll: fig.scrollWidth, client: fig.clientWidth},
                drawn: svg.getBoundingClientRect().width};
    }""")
    vb, content = geometry["vb"], geometry["content"]
    # nothing outside the viewBox
    assert content["x"] >= vb["x"] and content["y"] >= vb["y"]
    assert content["x"] + content["w"] <= vb["x"] + vb["w"] + 0.5
    assert content["y"] + content["h"] <= vb["y"] + vb["h"] + 0.5
    # the graph fits its box: no horizontal scrolling, drawn at full size (not shrunk to fit)
    assert geometry["figure"]["scroll"] <= geometry["figure"]["client"]
    assert geometry["drawn"] >= vb["w"] - 1
    texts = [n["text"] for n in geometry["nodes"]]
    for n in geometry["nodes"]:  # each label inside its box, readable
        r, t = n["rect"], n["text"]
        assert r["x"] <= t["x"] and t["x"] + t["width"] <= r["x"] + r["width"], (r, t)
        assert r["y"] <= t["y"] and t["y"] + t["height"] <= r["y"] + r["height"] + 1, (r, t)
        assert n["screen"]["height"] >= 12
    for i, a in enumerate(texts):  # no two labels overlap
        for b in texts[i + 1 :]:
            assert (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                    or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]), (a, b)
    shot(story, "lineage-25", tmp_path, "#lineage figure")
    # drift: only the real changes, articles named
    drift = story.locator("#lineage .drift")
    assert drift.count() == 3
    assert "punctuation" not in story.locator("#lineage").inner_text()


def test_coverage_chart(story, tmp_path):
    chart = story.locator("svg.coverage-chart")
    assert chart.get_attribute("role") == "img"
    labelled = chart.get_attribute("aria-labelledby").split()
    assert story.locator(f"#{labelled[0]}").text_content() == "Articles per hour by outlet"
    desc = story.locator(f"#{labelled[1]}").text_content()
    assert "23 dated articles by hour" in desc and "2 articles without a publication date" in desc
    assert chart.locator("rect.bar").count() == N_ARTICLES - 2 + 1  # one bar piece per dated article + undated
    assert chart.locator("rect.undated").count() == 1
    assert story.locator(".first-published").inner_text() == "First published: Outlet A0, 2025-03-03 06:00 UTC"
    assert "Outlet X23; Outlet Y24" in story.locator(".undated-note").inner_text()
    story.locator("details.coverage-data summary").click()
    assert story.locator("details.coverage-data tbody tr").count() > 3
    shot(story, "coverage", tmp_path, "#coverage")


def test_articles_are_named_never_by_hash(story):
    text = story.locator("#story").inner_text()
    for n in range(N_ARTICLES):
        assert aid(n) not in text
    assert not re.search(r"\.jsonl#\d", text)
    assert "Storm cuts Brenna off from the mainland" in text and "record rec-7781" in text


def test_phone_width_does_not_spill(browser, base_url, tmp_path):
    context, page = open_page(browser, base_url, width=375)
    for url in ("/stories/s-brenna", "/stories", "/docs"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
    page.goto("/stories/s-brenna")
    page.locator("#conflicts").scroll_into_view_if_needed()
    shot(page, "phone-conflicts", tmp_path)
    context.close()


def test_docs_serves_swagger_ui_offline(browser, base_url, tmp_path):
    context, page = open_page(browser, base_url)
    page.goto("/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() >= 10
    assert page.locator(".opblock-summary-path", has_text="/api/stories").count() >= 1
    # try one call from the page
    page.locator(".opblock-summary", has_text="/api/jobs/{job_id}").first.click()
    # The operation expands after the click (an animation): wait for it rather than race it.
    page.locator(".try-out__btn").first.wait_for(state="visible")
    assert page.locator(".try-out__btn").first.is_visible()
    assert page.outside == [], page.outside  # nothing fetched from another host
    assert page.errors == [], page.errors  # no CSP violation, no script error
    shot(page, "docs", tmp_path)
    context.close()
