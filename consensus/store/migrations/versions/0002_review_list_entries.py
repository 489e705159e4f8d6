"""Each review row carries its line of the film report's review_list; reports are stored without the list.

A film refresh then writes a report whose size does not grow with the film's
review list (the list of a 30,000-review film is 10 MB). Existing rows get
their line here, read from their Review JSON; reports stored whole stay as
they are (the store serves them unchanged) until their film is refreshed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    op.add_column("reviews", sa.Column("list_entry", sa.Text, nullable=True))
    reviews = sa.table("reviews", sa.column("sha256", sa.String), sa.column("review", sa.Text), sa.column("list_entry", sa.Text))
    fill = sa.update(reviews).where(reviews.c.sha256 == sa.bindparam("b_sha")).values(list_entry=sa.bindparam("b_entry"))
    conn = op.get_bind()
    after = ""
    while True:  # page by page in key order: memory holds one page of reviews
        page = conn.execute(
            sa.select(reviews.c.sha256, reviews.c.review).where(reviews.c.sha256 > after).order_by(reviews.c.sha256).limit(BATCH)
        ).all()
        if not page:
            return
        conn.execute(fill, [{"b_sha": sha, "b_entry": _list_entry(json.loads(raw))} for sha, raw in page])
        after = page[-1][0]


def _list_entry(review: dict[str, Any]) -> str:
    """A Review's line of its film's review_list, as `report.review_list_item` writes it at this revision."""
    rating = review.get("rating") or {}
    entry = {
        "source": review["source"], "sha256": review["sha256"], "critic": review.get("critic"), "outlet": review.get("outlet"),
        "rating_text": rating.get("text"), "score": review.get("score"), "score_source": review.get("score_source"),
        "polarity": review["polarity"], "pull_quote": review.get("pull_quote"),
    }
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def downgrade() -> None:
    op.drop_column("reviews", "list_entry")
