"""A reader's path through the app in a real browser: index, search, film page, review page.

Also proves review text is inert: markup, event handlers and javascript:
links in a review are shown as text and never run. Screenshots (desktop and
phone, light and dark) go to test-output/e2e/.
"""

from __future__ import annotations

import re

import httpx
import pytest

from tests.e2e.conftest import screenshot
from tests.fixtures.invented_reviews import glass_reviews, hostile_review

pytestmark = pytest.mark.browser

BADGE_COLOURS = {"good": "rgb(0, 206, 122)", "mixed": "rgb(255, 189, 63)", "bad": "rgb(255, 104, 116)"}


def test_index_search_film_and_review(page, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator(".film-tile").count() == 3
    screenshot(page, "index")

    page.fill("input[name=q]", "harbor")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"\?q=harbor"))
    tiles = page.locator(".film-tile")
    assert tiles.count() == 1 and "Glass Harbor" in tiles.inner_text()

    tiles.first.locator("a").click()
    page.wait_for_url(base_url + "/films/glass-harbor-2021")
    report = httpx.get(base_url + "/api/films/glass-harbor-2021").json()

    badge = page.locator(".film-head .badge")
    assert badge.inner_text() == str(report["metascore"])
    assert badge.evaluate("el => getComputedStyle(el).backgroundColor") == BADGE_COLOURS["good"]
    assert page.locator("#percent-positive").inner_text() == f"{report['percent_positive']}%"
    consensus = page.locator("#consensus").inner_text()
    assert consensus == (report["consensus"] or "Not enough agreement to write one yet.")

    bars = page.locator("#score-chart g.bar")
    assert bars.count() == 5
    counts = [int(bars.nth(i).locator("text.count").text_content()) for i in range(5)]
    assert counts == [band["count"] for band in report["score_distribution"]]
    assert page.locator("#score-chart rect").first.bounding_box()["width"] >= 0
    assert page.locator("#aspect-chart .aspect-row").count() == len(report["aspects"])

    cards = page.locator(".review-card")
    assert cards.count() == len(report["review_list"]) == 3
    assert sorted(cards.locator(".critic").all_inner_texts()) == ["Mira Quell", "Pelle Arkwright", "Tessa Lindqvist"]
    screenshot(page, "film")

    quell = cards.filter(has_text="Mira Quell")
    assert quell.locator(".rating").inner_text() == "4/5"
    quell.get_by_role("link", name="Read the review").click()
    sha = glass_reviews()[0][0].sha256
    page.wait_for_url(f"{base_url}/reviews/{sha}")
    rating = page.locator("mark.hl-rating")
    assert rating.first.inner_text() == "Rating: 4/5"
    assert page.locator("mark.hl-aspect-negative").first.inner_text() == "The ending drags a little, but it hardly matters."
    assert page.locator("mark.hl-person").count() >= 3
    assert page.locator(".fact").count() == page.locator(".fact a").count()  # every fact was found in the text
    page.locator(".fact a", has_text="rating 4/5").click()
    assert page.url.endswith("#fact-0")
    screenshot(page, "review")
    assert page.dialogs == []


def test_a_hostile_review_renders_as_text(page, base_url: str) -> None:
    review, _ = hostile_review()
    for path in ("/", "/films/night-owls-2022", f"/reviews/{review.sha256}"):
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None
        assert page.locator("script").count() == 0
        assert page.locator("main img, main b, main [onerror], main [onmouseover]").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
    assert "<script>window.__xss = 1; alert('xss-script')</script>" in page.locator(".review-text").inner_text()
    assert page.locator(".review-text mark").count() >= 2
    page.goto(base_url + "/films/night-owls-2022")
    assert "<img src=x onerror=" in page.locator(".review-card .critic").inner_text()
    screenshot(page, "hostile-film")
    assert page.dialogs == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_film_page_fits_a_phone(browser, base_url: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "/films/glass-harbor-2021")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page scrolls sideways on a phone"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(18, 19, 23)") == (scheme == "dark")
    screenshot(page, f"film-phone-{scheme}")
    page.goto(f"{base_url}/reviews/{glass_reviews()[1][0].sha256}")
    screenshot(page, f"review-phone-{scheme}")
    context.close()
