"""Bring a database to the newest schema with Alembic, from the migrations shipped in the package.

The store calls `upgrade(connection)` every time it opens, so a fresh file is
created and an old one migrated without a separate step. Developers can also
run `alembic upgrade head` with the repository's alembic.ini.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection) -> None:
    """Run every migration the database has not seen yet, inside the caller's transaction."""
    command.upgrade(alembic_config(connection), "head")
