"""Persistent storage of Reviews and film reports (SQLite by default, PostgreSQL by URL).

    store = open_store()              # $CONSENSUS_DB, else an SQLite file in the user data folder
    store.save_reviews([(review, document.text)])
    store.films(); store.film_report("ballerina-2023")
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from consensus.store.store import Store, StoreError

__all__ = ["Store", "StoreError", "default_url", "open_store"]


def default_url() -> str:
    """$CONSENSUS_DB, else `consensus.sqlite` in the user's data folder."""
    env = os.environ.get("CONSENSUS_DB", "").strip()
    if env:
        return env
    return f"sqlite:///{Path(platformdirs.user_data_dir('consensus')) / 'consensus.sqlite'}"


def open_store(url: str | None = None) -> Store:
    """Open (creating or migrating as needed) the store at an SQLAlchemy URL."""
    return Store(url or default_url())
