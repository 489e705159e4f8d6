"""Each review row carries its line of the film report's review_list; reports are stored without the list.

A film refresh then writes a report whose size does not grow with the film's
reviews (the list of a 30,000-review film is 10 MB). Rows stored before this
revision keep `list_entry` null and get it from their Review when read, and
reports stored whole are served as they are until their film is refreshed,
so nothing needs rewriting here.

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
    op.add_column("reviews", sa.Column("list_entry", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("reviews", "list_entry")
