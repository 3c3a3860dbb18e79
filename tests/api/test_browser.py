"""The dashboard in a real Chromium (Debian's, driven by Playwright), as an analyst would use it.

Screenshots go to test-artifacts/screenshots/. Without /usr/bin/chromium these tests skip,
except in CI (CI=true), where a missing browser is a failure: scripts/ensure_chromium.sh
installs it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .hostile import SCRIPT, hostile_article
from .server import serving

pytestmark = [pytest.mark.model, pytest.mark.slow]
CHROMIUM = Path(os.environ.get("SITROOM_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def _need(what: str) -> None:
    message = f"{what} is missing: run scripts/ensure_chromium.sh (apt-get install chromium)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("the playwright package")
    if not CHROMIUM.exists():
        _need(str(CHROMIUM))
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def live(demo_db):
    with serving(demo_db) as base:
        yield base


@pytest.fixture()
def page(browser, live):
    """A fresh page that records console errors, uncaught exceptions and every request's host."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.requested = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requested.append(r.url))  # type: ignore[attr-defined]
    yield pg
    context.close()


def _shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _offline(pg, live: str) -> None:
    outside = [u for u in pg.requested if not u.startswith(live) and not u.startswith("data:")]
    assert not outside, f"requests left the server: {outside}"
    assert not pg.problems, pg.problems


def test_ledger_filter_claim_and_mention(page, live):
    page.goto(live + "/")
    rows = page.locator("table.ledger tbody tr a.claim-link")
    assert rows.count() > 0
    _shot(page, "ledger")
    page.fill("input[name=actor]", "PRK")  # North Korea: the demo article's claims, not the hostile one's
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: "actor=PRK" in url)
    status = page.locator("table.ledger tbody tr .status").first.inner_text().strip()
    page.select_option("select[name=status]", status)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: f"status={status}" in url and "actor=PRK" in url)
    shown = page.locator("table.ledger tbody tr .status").all_inner_texts()
    assert shown and {s.strip() for s in shown} == {status}
    _shot(page, "ledger-filtered")

    page.locator("table.ledger tbody tr a.claim-link").first.click()
    page.wait_for_url("**/claims/*")
    assert page.locator("ul.mentions li.mention").count() > 0
    sentence = page.locator("blockquote.sentence").first.inner_text()
    _shot(page, "claim")

    page.locator("a.mention-link").first.click()
    page.wait_for_url("**/documents/*focus=ev-*")
    assert hostile_article().document.id not in page.url
    focused = page.locator("mark.focus")
    assert focused.count() > 0 and focused.first.is_visible()
    words = " ".join(focused.all_inner_texts())
    assert words.split()[0] in sentence
    assert page.evaluate("(el) => el.getBoundingClientRect().top < window.innerHeight", focused.first.element_handle())
    _shot(page, "article-focused")
    _offline(page, live)


@pytest.mark.parametrize("path", ["/timeline", "/map", "/network"])
def test_charts_render_offline_without_errors(page, live, path):
    page.goto(live + path)
    page.wait_for_selector("[data-drawn=true]", timeout=30_000)
    assert page.locator(".chart .main-svg").count() > 0
    if path == "/map":
        page.wait_for_selector(".chart .geo .countries path, .chart .geo .land path", timeout=30_000)
        assert any(u.endswith("/static/topojson/world_110m.json") for u in page.requested)
        assert page.locator(".chart .scattergeo .point").count() > 0
    _shot(page, path.strip("/"))
    _offline(page, live)


def test_hostile_article_is_text_and_runs_nothing(page, live):
    page.goto(live + f"/documents/{hostile_article().document.id}")
    page.wait_for_load_state("load")
    assert page.evaluate("() => window.__xss") is None
    assert page.title() != "pwned"
    text = page.locator("#article-text").inner_text()
    assert SCRIPT in text and "onerror=" in text and "javascript:" in text
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    _shot(page, "hostile-article")
    _offline(page, live)
