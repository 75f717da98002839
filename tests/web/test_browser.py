"""Real-browser checks with Playwright driving the system Chromium (/usr/bin/chromium).

Run: ``pytest tests/web -m browser``. They skip, saying why, when Chromium or the playwright
package is missing (never ``playwright install``: these use the system browser). Set
STORYLINE_SCREENSHOT=docs/screenshot-story.png to keep the story-page screenshot.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from webdata import HOSTILE_TEXT, WIRE, build_store, one_story_per_new_article, serving, span

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium), not found")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def slow_analyze(self, progress=None):
    """The stand-in analysis, slowed so the job page has to poll before it sees 'done'."""
    time.sleep(1.5)
    return one_story_per_new_article(self, progress)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from storyline.service import Storyline
    from storyline.web.app import create_app

    mp = pytest.MonkeyPatch()
    mp.setattr(Storyline, "analyze", slow_analyze)  # STAND-IN for the (heavy) real pipeline
    app = create_app(build_store(tmp_path_factory.mktemp("web") / "s.db"))
    with serving(app) as url:
        yield url
    mp.undo()


class Watch:
    """Everything a page does that a hostile article could trigger, and CSP complaints."""

    def __init__(self, page) -> None:
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    pg.watch = Watch(pg)
    yield pg
    context.close()


def assert_clean(page, base_url):
    assert page.watch.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title().endswith("· Storyline")  # the hostile script would set it to 'pwned'
    # our own pages must work under the strict CSP: no violation reports at all
    assert not [m for m in page.watch.console_errors if "Content Security Policy" in m], page.watch.console_errors
    assert all(u.startswith(base_url) for u in page.watch.requests), page.watch.requests  # nothing from elsewhere


def test_story_list_story_and_citation_to_highlighted_span(page, base_url, tmp_path):
    page.goto("/stories")
    link = page.get_by_role("link", name="Chemical spill closes port of Valdera")
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/stories/s-valdera")
    assert page.locator("h1").inner_text() == "Chemical spill closes port of Valdera"
    assert page.locator("svg.lineage-graph .node").count() == 3
    assert page.locator("table.diff del").first.inner_text() == "40"
    shot = Path(os.environ.get("STORYLINE_SCREENSHOT") or tmp_path / "story.png")
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1350})
    page.screenshot(path=str(shot), full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})
    assert shot.stat().st_size > 10_000

    # the brief's second sentence cites the Wire at the exact words
    cited = span("a-wire", WIRE, "About 40 tonnes of sulphuric acid leaked from a storage tank")
    page.locator("#brief li").nth(1).locator("a.cite").first.click()
    page.wait_for_url(f"**/articles/a-wire?start={cited['start']}&end={cited['end']}#hl")
    mark = page.locator("mark#hl")
    assert mark.is_visible()
    assert mark.inner_text() == WIRE[cited["start"] : cited["end"]]
    assert page.evaluate(
        "() => { const r = document.getElementById('hl').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    ), "the highlighted span is scrolled into view"
    # removed boilerplate sits behind a toggle
    assert not page.get_by_text("Subscribe to our newsletter").is_visible()
    page.locator("details.removed summary").click()
    assert page.get_by_text("Subscribe to our newsletter").is_visible()
    assert_clean(page, base_url)


def test_upload_through_the_form_and_see_the_story(page, base_url):
    page.goto("/ingest")
    page.set_input_files(
        "#files",
        files=[{"name": "harbour.txt", "mimeType": "text/plain",
                "buffer": b"Harbour cranes restart in Ostby\n\nThe cranes at Ostby harbour restarted on Monday."}],
    )
    page.locator("#ingest-submit").click()
    page.wait_for_url("**/jobs/**")
    assert page.locator("#added").inner_text() == "1"
    # the page polls /api/jobs/{id} until the background analysis is done
    sync_api = pytest.importorskip("playwright.sync_api")
    sync_api.expect(page.locator("#job-state")).to_have_text("done", timeout=TIMEOUT_MS)
    assert page.locator("#job-done").is_visible()
    page.get_by_role("link", name="See the stories").click()
    page.wait_for_url("**/stories")
    assert page.get_by_role("link", name="Harbour cranes restart in Ostby").is_visible()
    assert_clean(page, base_url)


def test_hostile_article_does_not_execute(page, base_url):
    for url in ["/stories", "/stories/s-evil", "/articles/a-evil", "/articles/a-evil?start=9&end=60#hl"]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert_clean(page, base_url)
        assert page.locator("a[href^='javascript:'], [onerror], [onload], img[src='x']").count() == 0
    page.goto("/articles/a-evil")
    assert page.locator("#text").inner_text() == HOSTILE_TEXT  # shown as text, verbatim
    assert "<script>window.__pwned=9</script>" in page.locator("h1").inner_text()

    # and one arriving through the upload form
    page.goto("/ingest")
    page.locator("#name").fill("evil.txt")
    page.locator("#text").fill("<script>alert('up')</script> Uploaded\n\n<img src=x onerror=alert('up2')> body text.")
    page.locator("#ingest-submit").click()
    page.wait_for_url("**/jobs/**")
    page.locator("details summary").first.click()
    page.locator("#job details a").first.click()
    page.wait_for_url("**/articles/**")
    assert "<img src=x onerror=alert('up2')>" in page.locator("#text").inner_text()
    page.wait_for_timeout(300)
    assert_clean(page, base_url)
