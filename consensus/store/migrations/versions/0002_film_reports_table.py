"""Move film reports out of `films` into `film_reports`.

The film list and title search scan `films`; with the report JSON inline
every scan read it too (a 100k-review store: 13 ms per search instead of ~1).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A development checkpoint shipped 0001 with film_reports already split out: accept both shapes.
    inspector = sa.inspect(op.get_bind())
    if "film_reports" not in inspector.get_table_names():
        op.create_table(
            "film_reports",
            sa.Column("slug", sa.String(300), primary_key=True),
            sa.Column("report", sa.Text, nullable=False),
        )
    if "report" in {column["name"] for column in inspector.get_columns("films")}:
        op.execute("INSERT INTO film_reports (slug, report) SELECT slug, report FROM films")
        with op.batch_alter_table("films") as batch:
            batch.drop_column("report")


def downgrade() -> None:
    with op.batch_alter_table("films") as batch:
        batch.add_column(sa.Column("report", sa.Text, nullable=False, server_default="{}"))
    op.execute("UPDATE films SET report = (SELECT report FROM film_reports WHERE film_reports.slug = films.slug)")
    op.drop_table("film_reports")
