"""The store's tables (SQLAlchemy Core), shared by the code and the Alembic migrations.

`reviews` holds one row per distinct input (sha256 of the raw bytes) with the
whole Review as JSON plus the columns the queries filter on. `films` holds one
small row per film (the film list and search scan it), and `film_reports` its
FilmReport as JSON, recomputed whenever one of its reviews changes, so reading
a film page is one primary-key lookup plus its reviews' `list_entry` (the
report is stored without its review list, which grows with the film).
`pending_films` lists title keys whose film rows still need recomputing (a
batch ingest may defer that work to its end; any reader finishes it).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

reviews = Table(
    "reviews",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    # normalize_title(film title): the grouping key of consensus.aggregate.report.group_by_film.
    Column("title_key", Text, nullable=False),
    Column("film_slug", String(300), nullable=False),
    Column("title", Text),
    Column("year", Integer),
    Column("critic", Text),
    Column("outlet", Text),
    Column("score", Integer),
    Column("score_source", String(16)),
    Column("polarity", String(16), nullable=False),
    Column("analyzer_version", String(32), nullable=False),
    Column("review", Text, nullable=False),  # the Review as JSON
    Column("list_entry", Text),  # its line of the film report's review_list, as JSON (null: stored before 0002)
    Column("text", Text, nullable=False),  # the cleaned document text the evidence points into
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Index("ix_reviews_title_key", "title_key"),
    Index("ix_reviews_film_slug", "film_slug"),
    Index("ix_reviews_analyzer_version", "analyzer_version"),
)

films = Table(
    "films",
    metadata,
    Column("slug", String(300), primary_key=True),
    Column("title_key", Text, nullable=False),
    Column("title", Text),
    Column("year", Integer),
    Column("reviews", Integer, nullable=False),
    Column("metascore", Integer),
    Column("band", String(32)),
    Index("ix_films_title_key", "title_key"),
)

film_reports = Table(
    "film_reports",
    metadata,
    Column("slug", String(300), primary_key=True),
    Column("report", Text, nullable=False),  # the FilmReport as JSON
)

pending_films = Table(
    "pending_films",
    metadata,
    Column("title_key", Text, primary_key=True),
)
