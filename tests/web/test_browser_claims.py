"""In Chromium: a story with many claims shows the top ones and folds the rest; CSV links download CSV."""

from __future__ import annotations

import copy

import pytest

from test_browser import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS  # noqa: F401  (shared launch settings)
from webdata import build_store, serving, valdera_story

pytestmark = pytest.mark.browser

N_CLAIMS = 25


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}")
    from storyline.store import open_store
    from storyline.web.app import create_app

    db = build_store(tmp_path_factory.mktemp("claims") / "s.db")
    story = copy.deepcopy(valdera_story())
    story["id"], story["title"] = "s-many", "A story with many claims"
    claim = story["claims"][0]
    story["claims"] = []
    for i in range(N_CLAIMS):
        c = copy.deepcopy(claim)
        c["id"] = f"c{i}"
        c["text"] = f"Numbered claim {i:02d} about the port."
        c["status"], c["independent_sources"] = ("corroborated", 2) if i % 5 == 0 else ("single_source", 1)
        story["claims"].append(c)
    store = open_store(db)
    store.replace_stories([valdera_story(), story])
    store.close()
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url):
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = b.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        yield context.new_page()
        b.close()


def test_claims_fold_after_the_top_ones(page):
    from storyline.options import Options

    shown = Options().align.claims_shown
    page.goto("/stories/s-many")
    in_page = page.locator("#claims li.claim").count()
    assert page.locator("#claims li.claim:visible").count() == shown
    assert in_page == N_CLAIMS  # all in the page, the rest folded
    top = page.locator("#claims li.claim").all_inner_texts()[:5]
    # the 5 corroborated claims (00, 05, 10, 15, 20) are ranked before the single-source ones
    assert [t.split("Numbered claim ")[1][:2] for t in top] == ["00", "05", "10", "15", "20"]
    page.locator("details.more-claims summary").click()
    assert page.locator("#claims li.claim:visible").count() == N_CLAIMS


def test_csv_links_download_csv(page):
    page.goto("/stories/s-many")
    links = page.locator("p.exports a.csv")
    assert links.count() == 6
    href = links.first.get_attribute("href")
    r = page.request.get(href)
    assert r.status == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text().splitlines()[0].startswith("story_id,")
