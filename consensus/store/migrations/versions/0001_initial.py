"""Initial schema: reviews, films, film_reports (maintained on write), pending_films.

Reports live in their own table so the film list and title search scan only
small rows (a 100k-review store: ~1 ms per search instead of 13 ms).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title_key", sa.Text, nullable=False),
        sa.Column("film_slug", sa.String(300), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("critic", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("score", sa.Integer),
        sa.Column("score_source", sa.String(16)),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("analyzer_version", sa.String(32), nullable=False),
        sa.Column("review", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_title_key", "reviews", ["title_key"])
    op.create_index("ix_reviews_film_slug", "reviews", ["film_slug"])
    op.create_index("ix_reviews_analyzer_version", "reviews", ["analyzer_version"])
    op.create_table(
        "films",
        sa.Column("slug", sa.String(300), primary_key=True),
        sa.Column("title_key", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("reviews", sa.Integer, nullable=False),
        sa.Column("metascore", sa.Integer),
        sa.Column("band", sa.String(32)),
    )
    op.create_index("ix_films_title_key", "films", ["title_key"])
    op.create_table(
        "film_reports",
        sa.Column("slug", sa.String(300), primary_key=True),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_table("pending_films", sa.Column("title_key", sa.Text, primary_key=True))


def downgrade() -> None:
    op.drop_table("pending_films")
    op.drop_table("film_reports")
    op.drop_index("ix_films_title_key", table_name="films")
    op.drop_table("films")
    op.drop_index("ix_reviews_analyzer_version", table_name="reviews")
    op.drop_index("ix_reviews_film_slug", table_name="reviews")
    op.drop_index("ix_reviews_title_key", table_name="reviews")
    op.drop_table("reviews")
