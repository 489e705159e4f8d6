"""Persistent storage of Reviews and film reports (SQLite by default, PostgreSQL by URL).

    store = open_store()              # $CONSENSUS_DB, else an SQLite file in the user data folder
    store.save_reviews([(review, document.text)])
    store.films(); store.film_report("ballerina-2023")
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from consensus.store.store import Store, StoreError

__all__ = ["Store", "StoreError", "default_url", "open_store"]


def default_url() -> str:
    """$CONSENSUS_DB, else `consensus.sqlite` in the user's data folder."""
    env = os.environ.get("CONSENSUS_DB", "").strip()
    if env:
        return env
    return f"sqlite:///{Path(platformdirs.user_data_dir('consensus')) / 'consensus.sqlite'}"


def open_store(url: str | None = None, create: bool = True) -> Store:
    """Open (creating or migrating as needed) the store at an SQLAlchemy URL.

    `create=False` is for commands that only read: an SQLite file that does
    not exist yet is an error, instead of an empty store made as a side effect.
    """
    url = url or default_url()
    if not create:
        try:
            parsed = make_url(url)
        except ArgumentError:
            parsed = None  # Store() reports the bad URL
        if parsed is not None and parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            if not Path(parsed.database).exists():
                raise StoreError(f"no store at {parsed.database}: run `consensus ingest PATH` first")
    return Store(url)
