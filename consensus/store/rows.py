"""What the store writes, computed without a database: review rows and film rows, ready to insert.

These are pure functions, so they run wherever is cheapest: a batch ingest
serializes each review on the Dask worker that analyzed it (`review_row`)
and recomputes film reports there too (`film_updates`), and the client,
the one writer, only inserts strings. `Store` uses the same functions, so
every path stores the same bytes.

A film report is stored without its `review_list`: each review row carries
its own line of that list (`list_entry`), and the store puts the list back
when the report is read (`Store.film_report_json`). So what a film refresh
writes stays small however many reviews the film has (a film with 30,000
reviews has a 10 MB list), and the writer's memory does not grow with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from consensus import ANALYZER_VERSION
from consensus.aggregate.report import group_by_film, normalize_title, review_list_item, slugify
from consensus.models import Review

# A review row as `reviews` stores it, every column but `stored_at` (set when the batch is written).
ReviewRow = dict[str, Any]


def review_row(review: Review, text: str) -> ReviewRow:
    """The `reviews` row of one review and the cleaned text its evidence points into."""
    return {
        "sha256": review.sha256,
        "source": review.source,
        "title_key": normalize_title(review.film.title),
        "film_slug": slugify(review.film.title, review.film.year),  # settled by the film refresh
        "title": review.film.title,
        "year": review.film.year,
        "critic": review.critic,
        "outlet": review.outlet,
        "score": review.score,
        "score_source": review.score_source,
        "polarity": review.polarity,
        "analyzer_version": review.analyzer_version or ANALYZER_VERSION,
        "review": review.model_dump_json(),
        "list_entry": review_list_item(review).model_dump_json(),
        "text": text,
    }


@dataclass(frozen=True, slots=True)
class FilmUpdate:
    """One film (title key + year group) recomputed from its reviews, as JSON ready to store.

    `slug` is the film's own slug; the writer may have to change it when
    another title already owns it (then it re-dumps `report` with the new one,
    and moves the reviews stored under `slug` too). `moved` are the sha256 of
    its reviews stored under another film's slug now, which the writer moves
    to this film's.
    """

    title_key: str
    slug: str
    title: str | None
    year: int | None
    reviews: int
    metascore: int | None
    band: str | None
    report: str  # the FilmReport as JSON, with `slug` and an empty `review_list` (see the module's docstring)
    moved: tuple[str, ...]


def film_updates(keys: Iterable[str], rows: Iterable[tuple[str, str, str]]) -> list[FilmUpdate]:
    """The films of these title keys from their stored reviews (title_key, film_slug, review JSON, ...), in key order.

    Grouping is `group_by_film`'s, per title key; reports are `aggregate`'s.
    """
    from consensus.pipeline import aggregate  # imported here: a client that only writes never loads the analyzer

    by_key: dict[str, list[tuple[str, Review]]] = {key: [] for key in keys}
    for title_key, film_slug, raw, *_ in rows:
        by_key.setdefault(title_key, []).append((film_slug, Review.model_validate_json(raw)))
    updates: list[FilmUpdate] = []
    for key in sorted(by_key):
        current = {review.sha256: slug for slug, review in by_key[key]}
        for group in group_by_film(review for _, review in by_key[key]).values():
            report = aggregate(group)
            slug = report.slug or "untitled"
            report = report.model_copy(update={"slug": slug, "review_list": []})
            updates.append(FilmUpdate(
                title_key=key, slug=slug, title=report.film.title, year=report.film.year,
                reviews=report.reviews, metascore=report.metascore, band=report.band,
                report=report.model_dump_json(), moved=tuple(r.sha256 for r in group if current[r.sha256] != slug),
            ))
    return updates
