"""The dashboard in headless Chromium (Debian's, driven by Playwright) against a live server:
filters, the evidence of an event, drawn charts, untrusted article text, and no network."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import httpx
import numpy as np
from PIL import Image

from .conftest import TOKEN

#: colours of the QuadClass bars in charts.js (verbal/material cooperation and conflict)
QUAD_COLOURS = [(0x8C, 0xC7, 0xA9), (0x2F, 0x85, 0x5A), (0xF0, 0xA0, 0x50), (0xC5, 0x30, 0x30)]


def ready(page) -> None:
    page.wait_for_selector("body[data-state=ready]", timeout=30_000)


def updated(page, action) -> None:
    """Do `action` and wait until the page has finished the update it starts (the page
    counts its updates in ``data-runs``; waiting on a selector, not on a script, works
    under the page's content security policy)."""
    runs = int(page.get_attribute("body", "data-runs") or 0)
    action()
    page.wait_for_selector(f"body[data-runs='{runs + 1}'][data-state=ready]", timeout=30_000)


def open_dashboard(page, url: str) -> None:
    page.goto(url)
    ready(page)


def apply_filters(page, **values: str) -> None:
    for name, value in values.items():
        page.fill(f"#filters [name={name}]", value)
    updated(page, lambda: page.click("#apply"))


def test_filter_then_open_an_event_shows_its_evidence(page, live_server):
    open_dashboard(page, live_server + "/")
    apply_filters(page, text="attacked", source="RUS")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1
    assert "attacked" in rows.first.inner_text()
    assert page.inner_text("[data-count=events]") == "2 reports, 1 event"
    assert "text=attacked" in page.url  # the filter is in the address, to share or reload
    rows.first.click()
    dialog = page.locator("#event-dialog[open]")
    dialog.wait_for()
    assert page.inner_text("[data-count=event]") == "2 reports, 1 event"
    reports = page.locator("#event-reports li")
    assert reports.count() == 2
    for i in range(2):
        report = reports.nth(i)
        assert report.locator("mark.trigger").inner_text() == "attacked"
        assert report.locator("mark.source").inner_text() in ("Russian troops", "Russian forces")
        assert report.locator("mark.target").inner_text() == "Ukraine"
    links = dialog.locator("a.source-link")
    assert links.count() == 1
    assert links.first.get_attribute("href") == "https://example.org/kyiv-1"
    assert page.errors == []


def coloured_pixels(png: bytes) -> tuple[int, int]:
    """(pixels of the QuadClass colours, pixels that are not background) in a screenshot."""
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)
    near = [np.abs(pixels - colour).sum(axis=2) < 40 for colour in QUAD_COLOURS]
    quad = int(np.logical_or.reduce(near).sum())
    drawn = int((pixels.min(axis=2) < 235).sum())
    return quad, drawn


def test_the_timeline_chart_is_drawn(page, live_server):
    open_dashboard(page, live_server + "/")
    page.fill("#dyad [name=source]", "RUS")
    page.fill("#dyad [name=target]", "UKR")
    updated(page, lambda: page.click("#dyad button"))
    assert page.inner_text("[data-count=timeline]").startswith("RUS ⇄ UKR: ")
    chart = page.locator("#timeline svg")
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 100
    quad, drawn = coloured_pixels(chart.screenshot())
    # bars of QuadClass colours, and axes, labels and the Goldstein line besides
    assert quad > 500, f"{quad} pixels of bar colours"
    assert drawn > quad
    assert chart.locator("rect.quad4").count() >= 1  # the attack and the shelling
    assert chart.locator("path.gold-line").count() == 1
    # the same page, filtered to nothing, draws no bars
    apply_filters(page, start="1990-01-01", end="1990-12-31")
    assert page.locator("#timeline rect.bar").count() == 0
    assert "No events" in page.inner_text("#timeline")
    assert page.errors == []


def test_network_and_map_are_drawn(page, live_server):
    open_dashboard(page, live_server + "/")
    assert page.locator("#network svg .node").count() >= 3
    assert page.locator("#network svg line.edge").count() >= 2
    countries = page.locator("#map svg .land path").count()
    assert countries > 150  # Natural Earth's countries, shipped in the package
    assert page.locator("#map svg circle.place").count() >= 2
    _, drawn = coloured_pixels(page.locator("#map svg").screenshot())
    assert drawn > 10_000
    # clicking a node filters on it
    updated(page, lambda: page.locator("#network svg .node[data-node=UKR]").click())
    assert page.input_value("#filters [name=actor]") == "UKR"
    assert "actor=UKR" in page.url
    assert page.errors == []


def test_article_script_never_runs(browser, live_server):
    article = {
        "id": "hostile",
        "date": "2022-03-01",
        "source": "<b>Evil</b> Wire",
        "title": '<img src=x onerror="window.__xss=2">',
        "url": "javascript:window.__xss=3",
        "text": "Russian forces shelled Mariupol on Monday. <script>window.__xss=1</script> "
        '<img src=x onerror="window.__xss=2"> Ukraine condemned Russia on Monday.',
    }
    response = httpx.post(
        live_server + "/api/ingest",
        json={"documents": [article]},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=60,
    )
    assert response.status_code == 200 and response.json()["documents_new"] == 1
    # the page's content security policy would stop inline script on its own: switch it
    # off here, so that what is tested is that the text is never parsed as HTML
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_dashboard(page, live_server + "/?text=window.__xss")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    assert "<script>window.__xss=1</script>" in rows.first.inner_text()
    rows.first.click()
    page.locator("#event-dialog[open]").wait_for()
    shown = page.inner_text("#event-reports")
    assert "<script>window.__xss=1</script>" in shown
    assert '<img src=x onerror="window.__xss=2">' in shown
    assert "<b>Evil</b> Wire" in shown
    page.wait_for_timeout(300)  # an image error handler would have fired by now
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("document.scripts.length") == 2  # charts.js and app.js
    assert page.locator("img").count() == 0
    assert page.locator("b").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("#event-reports a").count() == 0  # no link: the URL is not the web
    assert errors == []
    context.close()


def test_the_dashboard_asks_nothing_of_another_host(page, live_server):
    open_dashboard(page, live_server + "/")
    origin = urlsplit(live_server).netloc
    assert page.requests and {urlsplit(u).netloc for u in page.requests} == {origin}
    assert page.errors == []


def test_the_api_docs_work_offline(page, live_server):
    blocked: list[str] = []

    def only_loopback(route):
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.goto(live_server + "/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    assert any("/api/ingest" in p for p in paths)  # this server has a token
    assert blocked == []
    assert page.errors == []
