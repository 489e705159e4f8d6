"""The web app and JSON API (FastAPI TestClient over a temporary SQLite store of invented reviews).

The API mirrors CONTRACT.md; pages escape review text (it is untrusted) and
send a strict Content-Security-Policy; bad requests get clear 4xx JSON.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from consensus.models import AspectSummary, BandCount, FilmReport
from consensus.store import Store, open_store
from consensus.web import charts, highlight, pages
from consensus.web.app import MAX_BODY_BYTES, create_app
from tests.fixtures.invented_reviews import all_reviews, glass_reviews, hostile_review

ANALYZABLE = (
    "Lantern Moths (2020) review. By Ilse Varga. Rating: 7/10. "
    "Lantern Moths is a gentle, funny and moving little film, and its two leads are wonderful together. "
    "The story sags in the middle, but the final scene is lovely and the music is warm throughout."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'web.sqlite'}") as opened:
        opened.save_reviews(all_reviews())
        yield opened


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


# ---------------------------------------------------------------- JSON API


def test_api_films_is_the_store_list_and_filters_by_title(client: TestClient, store: Store) -> None:
    assert client.get("/api/films").json() == store.films()
    assert [f["slug"] for f in client.get("/api/films", params={"q": "comets"}).json()] == ["paper-comets-2019"]
    assert client.get("/api/films", params={"q": "nothing like it"}).json() == []


def test_api_film_report_is_the_stored_report(client: TestClient, store: Store) -> None:
    response = client.get("/api/films/glass-harbor-2021")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert FilmReport.model_validate(response.json()) == store.film_report("glass-harbor-2021")
    for key in ("film", "credits", "metascore", "band", "percent_positive", "consensus", "review_list"):
        assert key in response.json()


def test_api_film_reviews_and_one_review(client: TestClient) -> None:
    reviews = client.get("/api/films/glass-harbor-2021/reviews").json()
    assert sorted(r["sha256"] for r in reviews) == sorted(r.sha256 for r, _ in glass_reviews())
    first = glass_reviews()[0][0]
    assert client.get(f"/api/reviews/{first.sha256}").json() == first.model_dump(mode="json")


@pytest.mark.parametrize("path", ["/api/films/no-such-film", "/api/films/no-such-film/reviews", f"/api/reviews/{'0' * 64}"])
def test_unknown_films_and_reviews_are_404_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "no " in response.json()["detail"]


def test_analyze_returns_a_review_and_stores_nothing(client: TestClient, store: Store) -> None:
    before = store.count_reviews()
    response = client.post("/api/analyze", json={"text": ANALYZABLE, "source": "posted.txt"})
    assert response.status_code == 200
    review = response.json()
    assert review["source"] == "posted.txt"
    assert review["sha256"] == hashlib.sha256(ANALYZABLE.encode()).hexdigest()
    assert review["polarity"] in {"positive", "mixed", "negative"}
    assert store.count_reviews() == before and store.review(review["sha256"]) is None


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": 42}, {"source": "x"}])
def test_analyze_rejects_a_bad_body_with_422(client: TestClient, body: dict) -> None:
    response = client.post("/api/analyze", json=body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][:1] == ["body"]


def test_analyze_rejects_text_that_is_no_review_with_422(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "   \n  "})
    assert response.status_code == 422 and response.json()["detail"]


def test_a_body_over_the_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "word " * (MAX_BODY_BYTES // 4)})
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_a_streamed_body_over_the_limit_is_413_too(client: TestClient) -> None:
    def chunks():  # no Content-Length: the server has to count
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"word " * 13107
        yield b'"}'

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_openapi_documents_the_contract_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/films", "/api/films/{slug}", "/api/films/{slug}/reviews", "/api/reviews/{sha256}", "/api/analyze"):
        assert route in paths
    assert "post" in paths["/api/analyze"]


# ---------------------------------------------------------------- pages


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/films/glass-harbor-2021", "/api/films"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe-inline" not in csp


def test_index_lists_and_searches_films(client: TestClient) -> None:
    html = client.get("/").text
    assert html.count('class="film-tile"') == 3
    html = client.get("/", params={"q": "glass"}).text
    assert html.count('class="film-tile"') == 1 and 'href="/films/glass-harbor-2021"' in html
    assert "No film matches" in client.get("/", params={"q": "zzz"}).text


def test_film_page_shows_badge_consensus_charts_and_cards(client: TestClient, store: Store) -> None:
    report = store.film_report("glass-harbor-2021")
    assert report is not None
    html = client.get("/films/glass-harbor-2021").text
    badge = re.search(r'<span class="badge (\w+) big"[^>]*>(\d+)</span>', html)
    assert badge and badge.groups() == (charts.score_class(report.metascore), str(report.metascore))
    assert 'id="score-chart"' in html and html.count('<g class="bar ') == 5
    assert html.count('class="aspect-row ') == len(report.aspects)
    assert html.count('class="review-card ') == 3
    for item in report.review_list:
        assert f'href="/reviews/{item.sha256}"' in html
    if report.consensus:
        assert pages.environment().filters["e"](report.consensus) in html


def test_unknown_pages_are_html_404(client: TestClient) -> None:
    response = client.get("/films/no-such-film")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "No film called" in response.text


def test_review_page_highlights_evidence_inside_marks(client: TestClient) -> None:
    review = glass_reviews()[0][0]
    html = client.get(f"/reviews/{review.sha256}").text
    assert re.search(r'<mark class="[^"]*hl-rating[^"]*"[^>]*>Rating: 4/5</mark>', html)
    assert re.search(r'<mark class="[^"]*hl-aspect-negative[^"]*"[^>]*>The ending drags a little, but it hardly matters.</mark>', html)
    assert 'href="/films/glass-harbor-2021"' in html


def test_hostile_review_is_rendered_as_text_everywhere(client: TestClient) -> None:
    review, _ = hostile_review()
    for path in ("/", "/films/night-owls-2022", f"/reviews/{review.sha256}"):
        html = client.get(path).text
        assert "<script>" not in html.split("</header>", 1)[1]
        assert "<img" not in html and "onerror=\"" not in html and 'href="javascript:' not in html
        assert "<b onmouseover" not in html
    page = client.get(f"/reviews/{review.sha256}").text
    assert "&lt;script&gt;window.__xss = 1" in page


# ---------------------------------------------------------------- page parts


@pytest.mark.parametrize(("score", "css"), [(100, "good"), (61, "good"), (60, "mixed"), (40, "mixed"), (39, "bad"), (0, "bad"), (None, "none")])
def test_badge_colours_follow_metacritic(score: int | None, css: str) -> None:
    assert charts.score_class(score) == css


def test_highlight_segments_cover_the_text_and_tolerate_whitespace() -> None:
    review, body = glass_reviews()[0]
    facts = highlight.facts_of(review)
    parts = highlight.segments(body, facts)
    assert "".join(p.text for p in parts) == body
    assert all(f.found for f in facts)
    spaced = highlight.segments("a  Rating:\n4/5 b", [highlight.Fact(0, "rating", "r", "Rating: 4/5")])
    assert [p.text for p in spaced if p.facts] == ["Rating:\n4/5"]


def test_evidence_outside_the_text_is_listed_not_highlighted() -> None:
    fact = highlight.Fact(0, "rating", "r", "Film Rating: 9/10")
    parts = highlight.segments("No rating line here.", [fact])
    assert not fact.found and all(not p.facts for p in parts)


def test_charts_scale_to_the_largest_count() -> None:
    dist = charts.distribution_chart([BandCount(band="generally favorable", count=4), BandCount(band="mixed or average", count=2)])
    assert [b.width for b in dist.bars] == [100, 50]
    aspects = charts.aspect_chart([AspectSummary(aspect="acting", positive=2, negative=1, verdict="positive")])
    row = aspects.rows[0]
    assert (row.pos_w, row.neg_w, row.neg_x) == (50, 25, 25)


def test_standalone_report_html_inlines_its_style(store: Store) -> None:
    html = pages.render_report_html(store.film_reports())
    assert html.startswith("<!doctype html>") and "<style>" in html and "/static/style.css" not in html
    assert html.count('<article class="film"') == 3


def test_a_long_index_pages_through_the_films(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "FILMS_PER_PAGE", 2)
    client = TestClient(create_app(store))
    first, second = client.get("/").text, client.get("/", params={"page": 2}).text
    assert first.count('class="film-tile"') == 2 and second.count('class="film-tile"') == 1
    assert 'href="?page=2"' in first and "page 2 of 2" in second
