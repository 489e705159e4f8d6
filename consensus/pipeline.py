"""The whole flow of `consensus`, readable top to bottom.

    ingest -> extract -> aggregate -> store -> present

`analyze(document) -> Review` and `aggregate(reviews) -> FilmReport` are the
two functions the CLI, the web app, the Dask runner and the evaluation
scripts call. Both are deterministic and do no I/O: reading files lives in
`consensus.ingest`, storing in `consensus.store`, presenting in `consensus.cli`
and `consensus.web`.
"""

from __future__ import annotations

from collections.abc import Iterable

from consensus import ANALYZER_VERSION
from consensus.aggregate.report import build_report, group_by_film
from consensus.extract.aspects import find_aspects
from consensus.extract.comparisons import find_compared_films
from consensus.extract.content_warnings import find_content_warnings
from consensus.extract.critic import find_byline
from consensus.extract.facts import find_facts
from consensus.extract.film import find_film
from consensus.extract.people import read_people
from consensus.extract.quotes import pick_pull_quote
from consensus.extract.ratings import find_rating
from consensus.extract.sentences import split_sentences
from consensus.extract.sentiment import polarity_of_score, read_opinion
from consensus.models import Document, FilmReport, Review


def analyze(document: Document) -> Review:
    """Read one review the way an editor would: which film, who wrote it, what they think."""
    sentences = split_sentences(document.text)
    warnings = list(document.warnings)

    byline = find_byline(document)
    film = find_film(document, byline)
    rating = find_rating(document, film, byline.critic)
    warnings += rating.warnings

    opinion = read_opinion(document.text, sentences)
    warnings += opinion.warnings
    if rating.rating is not None:
        score, score_source = rating.rating.score, "rating"
        polarity, confidence = polarity_of_score(score), None
    else:
        score, polarity, confidence = opinion.score, opinion.polarity, opinion.confidence
        score_source = "inferred" if score is not None else None

    people_read = read_people(document, film)
    people = people_read.people
    warnings += people_read.warnings
    facts = find_facts(document, people)
    content = find_content_warnings(document, sentences)

    return Review(
        source=document.source,
        sha256=document.sha256,
        film=film,
        critic=byline.critic,
        critic_evidence=byline.critic_evidence,
        outlet=byline.outlet,
        outlet_evidence=byline.outlet_evidence,
        rating=rating.rating,
        score=score,
        score_source=score_source,
        polarity=polarity,
        confidence=confidence,
        aspects=find_aspects(sentences),
        pull_quote=pick_pull_quote(sentences, polarity),
        people=people,
        name_mentions=people_read.mentions,
        facts=facts,
        content_warnings=sorted({c.warning for c in content}),
        content_warning_evidence=content,
        compared_films=find_compared_films(
            document, film, [n for p in people for n in (p.name, p.character) if n], [m.name for m in people_read.mentions]
        ),
        warnings=warnings,
        analyzer_version=ANALYZER_VERSION,
    )


def aggregate(reviews: Iterable[Review]) -> FilmReport:
    """One film's page from its reviews: voted facts, merged names, score, consensus."""
    return build_report(list(reviews))


def aggregate_all(reviews: Iterable[Review]) -> list[FilmReport]:
    """A report per film (title + year), in a stable order."""
    return [aggregate(group) for group in group_by_film(reviews).values()]
