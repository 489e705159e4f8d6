"""HTML pages rendered with Jinja2: the film index, film page, review page, and a standalone report.

Autoescape is on for every template and no template marks review data safe:
review text is untrusted (it is scraped from the web). The only `Markup` is
the package's own stylesheet inlined into the standalone report.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from consensus.models import FilmReport, Review
from consensus.web import charts, highlight

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

# Review cards per film page and films per index page; more page through (?page=2).
CARDS_PER_PAGE = 60
FILMS_PER_PAGE = 120


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["score_class"] = charts.score_class
    env.filters["pretty"] = lambda name: str(name).replace("_", " ")
    return env


def _render(template: str, **context: object) -> str:
    context.setdefault("standalone", False)
    return environment().get_template(template).render(**context)


def render_index(films: list[dict], q: str | None = None, page: int = 1) -> str:
    pages = max(1, math.ceil(len(films) / FILMS_PER_PAGE))
    page = min(max(page, 1), pages)
    shown = films[(page - 1) * FILMS_PER_PAGE : page * FILMS_PER_PAGE]
    return _render("index.html", films=shown, total=len(films), q=q or "", page=page, pages=pages)


def render_film(report: FilmReport, page: int = 1) -> str:
    return _render("film.html", **film_context(report, page))


def film_context(report: FilmReport, page: int = 1) -> dict[str, object]:
    """What the film template needs: the report, chart geometry, one page of review cards."""
    pages = max(1, math.ceil(len(report.review_list) / CARDS_PER_PAGE))
    page = min(max(page, 1), pages)
    cards = report.review_list[(page - 1) * CARDS_PER_PAGE : page * CARDS_PER_PAGE]
    return {
        "report": report,
        "distribution": charts.distribution_chart(report.score_distribution),
        "aspect_chart": charts.aspect_chart(report.aspects),
        "cards": cards,
        "page": page,
        "pages": pages,
        # disagreements name their reviews by source; link them when the review is known
        "sha_of": {item.source: item.sha256 for item in report.review_list if item.sha256},
    }


def render_review(review: Review, text: str | None, film_slug: str | None) -> str:
    facts = highlight.facts_of(review)
    parts = highlight.segments(text or "", facts)
    return _render("review.html", review=review, facts=facts, segments=parts, film_slug=film_slug, has_text=text is not None)


def render_error(status: int, message: str) -> str:
    return _render("error.html", status=status, message=message)


def render_report_html(reports: list[FilmReport]) -> str:
    """One self-contained HTML document with every report (`consensus report --format html`)."""
    css = Markup((STATIC / "style.css").read_text(encoding="utf-8"))  # our own file, not review data
    films = [film_context(report, page=1) | {"cards": report.review_list} for report in reports]
    return _render("report.html", films=films, inline_css=css, standalone=True)
