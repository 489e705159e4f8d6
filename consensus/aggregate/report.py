"""Assemble one film's report from its reviews."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from consensus.aggregate import scoring
from consensus.aggregate.aspect_consensus import aspect_consensus, stances_by_aspect
from consensus.aggregate.consensus_text import write_consensus
from consensus.aggregate.disagreements import find_disagreements
from consensus.aggregate.facts_vote import vote_credits_and_facts
from consensus.models import (
    ComparedFilm,
    FilmReport,
    ReportFilm,
    Review,
    ReviewListItem,
)

FilmKey = tuple[str, int | None]


def normalize_title(title: str | None) -> str:
    """A key that ignores case, accents, punctuation and a leading article.

    Titles in other scripts (기생충, Сталкер) keep their letters, case-folded:
    they must not all collapse to the same empty key.
    """
    if not title:
        return ""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    if not text:
        text = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", title).casefold()).strip()
    return re.sub(r"^(the|a|an) ", "", text)


def slugify(title: str | None, year: int | None) -> str:
    """URL-safe slug: ASCII words, or for titles in other scripts `film-` and a short hash of the title key."""
    key = normalize_title(title)
    if key and not key.isascii():
        base = "film-" + hashlib.sha1(key.encode()).hexdigest()[:8]
    else:
        base = re.sub(r"\s+", "-", key) or "untitled"
    return f"{base}-{year}" if year else base


def review_list_order(review: Review) -> tuple[str, str]:
    """The order of a report's `review_list` (and of the reviews everything else reads): source, then sha256."""
    return (review.source, review.sha256)


def review_list_item(review: Review) -> ReviewListItem:
    """One review's line in its film's `review_list` (built without re-validating: every field is the Review's own)."""
    return ReviewListItem.model_construct(
        source=review.source,
        sha256=review.sha256,
        critic=review.critic,
        outlet=review.outlet,
        rating_text=review.rating.text if review.rating else None,
        score=review.score,
        score_source=review.score_source,
        polarity=review.polarity,
        pull_quote=review.pull_quote,
    )


def group_by_film(reviews: Iterable[Review]) -> dict[FilmKey, list[Review]]:
    """Group reviews by film: same normalized title and year.

    A review that names the title but not the year joins the film of that
    title when exactly one year is known for it ("Ballerina" 2023 is not
    "Ballerina" 2025, so with two candidate years it stays on its own).
    """
    reviews = sorted(reviews, key=review_list_order)
    years: dict[str, set[int]] = defaultdict(set)
    for r in reviews:
        if r.film.year is not None:
            years[normalize_title(r.film.title)].add(r.film.year)
    groups: dict[FilmKey, list[Review]] = {}
    for r in reviews:
        title = normalize_title(r.film.title)
        year = r.film.year
        if year is None and len(years[title]) == 1:
            year = next(iter(years[title]))
        groups.setdefault((title, year), []).append(r)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)))


def _display_title(reviews: list[Review]) -> str | None:
    titles = Counter(r.film.title for r in reviews if r.film.title)
    if not titles:
        return None
    return sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _year(reviews: list[Review]) -> int | None:
    years = Counter(r.film.year for r in reviews if r.film.year)
    if not years:
        return None
    return sorted(years.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def build_report(reviews: list[Review]) -> FilmReport:
    """The film page: numbers from scoring, everything else voted across the reviews."""
    reviews = sorted(reviews, key=review_list_order)
    title, year = _display_title(reviews), _year(reviews)
    score = scoring.metascore(reviews)
    by_aspect = stances_by_aspect(reviews)  # read once; aspects, disagreements and the consensus share it
    aspects = aspect_consensus(reviews, by_aspect)
    disagreements = find_disagreements(reviews, by_aspect)
    compared = Counter(f for r in reviews for f in dict.fromkeys(r.compared_films))
    voted = vote_credits_and_facts(reviews)
    return FilmReport(
        slug=slugify(title, year),
        film=ReportFilm(title=title, year=year, **voted.film_fields),  # type: ignore[arg-type]
        credits=voted.credits,
        characters=voted.characters,
        people=voted.people,
        facts=voted.facts,
        reviews=len(reviews),
        rated_reviews=sum(1 for r in reviews if r.score_source == "rating"),
        metascore=score,
        provisional=len(reviews) < scoring.MIN_REVIEWS_FOR_FINAL,
        band=scoring.band_of(score),
        percent_positive=scoring.percent_positive(reviews),
        consensus=write_consensus(title, reviews, aspects, disagreements, score, by_aspect),
        aspects=aspects,
        disagreements=disagreements,
        content_warnings=sorted({w for r in reviews for w in r.content_warnings}),
        compared_films=[
            ComparedFilm(title=t, mentions=n)
            for t, n in sorted(compared.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        review_list=[review_list_item(r) for r in reviews],
        score_distribution=scoring.score_distribution(reviews),
    )
