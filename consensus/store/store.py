"""The store: Reviews and maintained film reports in SQLite or PostgreSQL, one code path.

Writes are one transaction each: a batch of reviews and the film reports it
changes are stored together or not at all. Film reports are recomputed on
write with `consensus.pipeline.aggregate` and kept as JSON, so a film page is
one primary-key lookup however many reviews the store holds.

Grouping matches `consensus.aggregate.report.group_by_film`, which only ever
relates reviews with the same normalized title (a year-less review joins the
one year known for its title). So a write regroups exactly the titles it
touches: every review with one of those title keys, nothing else.

A batch ingest splits that work: `save_rows` takes rows serialized where the
reviews were analyzed, `compute_films` recomputes queued titles from a
read-only connection (on a Dask worker), and `write_films` stores the result,
recomputing here any title whose reviews changed in between.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from consensus import ANALYZER_VERSION
from consensus.aggregate.report import normalize_title
from consensus.models import FilmReport, Review
from consensus.store import migrate
from consensus.store.rows import FilmUpdate, ReviewRow, film_updates, review_row
from consensus.store.schema import film_reports, films, pending_films, reviews

# Bound parameters per IN (...) query: well under SQLite's and PostgreSQL's limits.
CHUNK = 500
# Titles whose reports are recomputed together: bounds a refresh's memory to their reviews.
REFRESH_CHUNK = 200
# ... and at most about this many reviews (a bigger film is recomputed alone): a worker's memory, and even work for each.
REFRESH_REVIEWS = 2000

FILM_FIELDS = ("slug", "title", "year", "reviews", "metascore", "band")


class StoreError(Exception):
    """The store cannot be opened or used; the message says which store and why."""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _film_order(row: Any) -> tuple[str, int, str]:
    """Films in group_by_film's order (title key, then year), sorted in Python: collations differ by back end."""
    return (row.title_key, row.year or 0, row.slug)


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Connection) -> None:
        # A deferred transaction that later writes can fail at once with "database is locked";
        # BEGIN IMMEDIATE waits (busy timeout) for the write lock instead.
        immediate = conn.get_execution_options().get("consensus_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass(frozen=True, slots=True)
class FilmBatch:
    """Films recomputed for some title keys, and what their reviews looked like when read (to detect a change)."""

    keys: tuple[str, ...]
    updates: list[FilmUpdate]
    marks: dict[str, tuple[int, Any]]  # title key -> (reviews, latest stored_at)


def compute_films(source: str | Engine, keys: Sequence[str]) -> FilmBatch:
    """Recompute the films of these title keys from the store at `source` (a URL or an engine), reading only.

    Runs on a Dask worker during a batch ingest, so the client only writes
    the result (`Store.write_films`); the worker opens the store read-only.
    """
    engine = source if isinstance(source, Engine) else _reader(source)
    with engine.connect() as conn:
        rows = list(_film_rows(conn, keys))
    marks: dict[str, tuple[int, Any]] = {}
    for key, _, _, stored_at in rows:
        count, latest = marks.get(key, (0, stored_at))
        marks[key] = (count + 1, max(latest, stored_at))
    return FilmBatch(tuple(keys), film_updates(keys, rows), marks)


def can_read(url: str) -> bool:
    """Whether this process can open the store at `url` read-only (asked of each Dask worker)."""
    try:
        with _reader(url).connect() as conn:
            conn.scalar(select(func.count()).select_from(pending_films))
        return True
    except (SQLAlchemyError, OSError):
        return False


_READERS: dict[str, Engine] = {}


def _reader(url: str) -> Engine:
    """A read-only engine for `url`, one per process (an SQLite file is opened with mode=ro: never created)."""
    if url not in _READERS:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            path = Path(parsed.database or ":memory:").expanduser().resolve().as_uri()
            _READERS[url] = create_engine(
                "sqlite://", creator=lambda: sqlite3.connect(f"{path}?mode=ro", uri=True, timeout=30), poolclass=NullPool
            )
        else:
            _READERS[url] = create_engine(url, pool_pre_ping=True)
    return _READERS[url]


def _film_rows(conn: Connection, keys: Sequence[str]) -> Iterator[Any]:
    """(title_key, film_slug, review JSON, stored_at) of every review with one of these title keys."""
    for chunk in _chunks(list(keys)):
        query = select(reviews.c.title_key, reviews.c.film_slug, reviews.c.review, reviews.c.stored_at).where(
            reviews.c.title_key.in_(chunk)
        )
        yield from conn.execute(query)


def _marks(conn: Connection, keys: Sequence[str]) -> dict[str, tuple[int, Any]]:
    """(reviews, latest stored_at) per title key, as `compute_films` saw them if nothing changed since."""
    marks: dict[str, tuple[int, Any]] = {}
    for chunk in _chunks(list(keys)):
        query = select(reviews.c.title_key, func.count(), func.max(reviews.c.stored_at)).where(
            reviews.c.title_key.in_(chunk)
        ).group_by(reviews.c.title_key)
        marks.update({key: (count, latest) for key, count, latest in conn.execute(query)})
    return marks


# How a stored report holds its review list: empty, the entries live in the review rows (`consensus.store.rows`).
_EMPTY_REVIEW_LIST = '"review_list":[]'


def _with_review_list(conn: Connection, slug: str, report: str) -> str:
    """A stored report's JSON with its `review_list` put back from the film's review rows, in the report's order.

    The key cannot occur inside a JSON string (every quote there is escaped), so finding it is exact.
    """
    at = report.find(_EMPTY_REVIEW_LIST)
    if at < 0:
        return report  # a report stored whole, before revision 0002
    query = select(reviews.c.source, reviews.c.sha256, reviews.c.list_entry).where(reviews.c.film_slug == slug)
    rows = sorted(conn.execute(query), key=lambda row: (row[0], row[1]))  # review_list_order, in Python: collations differ
    return f'{report[:at]}"review_list":[{",".join(row[2] for row in rows)}]{report[at + len(_EMPTY_REVIEW_LIST):]}'


class Store:
    """Reviews and film reports behind an SQLAlchemy URL (`sqlite:///...`, `postgresql+psycopg://...`)."""

    def __init__(self, url: str) -> None:
        self.url = url
        shown = self._safe_url(url)
        try:
            self.engine = _make_engine(url)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise StoreError(f"{url!r} is not a usable database URL ({exc})") from exc
        try:
            with self._write() as conn:
                migrate.upgrade(conn)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the store at {shown}: {str(exc.orig).strip()}") from exc
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the store at {shown}: {exc}") from exc

    @staticmethod
    def _safe_url(url: str) -> str:
        try:
            return make_url(url).render_as_string(hide_password=True)
        except (ArgumentError, ValueError):
            return repr(url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(consensus_write=True)
            with conn.begin():
                yield conn

    # ------------------------------------------------------------------ writing

    def stored_shas(self, shas: Iterable[str]) -> set[str]:
        """Which of these sha256 are stored by the current analyzer (others need analyzing)."""
        wanted = list(dict.fromkeys(shas))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(wanted):
                # The version is checked here, not in SQL: given both conditions, SQLite picks the index
                # on analyzer_version (one value for the whole table) and scans every review per chunk.
                query = select(reviews.c.sha256, reviews.c.analyzer_version).where(reviews.c.sha256.in_(chunk))
                found.update(sha for sha, version in conn.execute(query) if version == ANALYZER_VERSION)
        return found

    def save_reviews(self, items: Sequence[tuple[Review, str]], refresh: bool = True) -> int:
        """Store (review, cleaned text) pairs in one transaction; how many rows were inserted or replaced.

        Upsert by sha256: a review already stored is left alone unless it was
        stored by an older analyzer, then it is replaced. With `refresh` the
        affected film reports are recomputed in the same transaction; without
        it their titles are queued in `pending_films` and recomputed by
        `refresh_films()` or by the next read (a batch ingest refreshes once
        at the end instead of after every batch).
        """
        return self.save_rows([review_row(review, text) for review, text in items], refresh=refresh)

    def save_rows(self, rows: Sequence[ReviewRow], refresh: bool = True) -> int:
        """`save_reviews` for rows already made by `consensus.store.rows.review_row` (on a Dask worker, say)."""
        latest: dict[str, ReviewRow] = {row["sha256"]: row for row in rows}
        if not latest:
            return 0
        now = datetime.now(timezone.utc)
        with self._write() as conn:
            stored: dict[str, tuple[str, str]] = {}
            for chunk in _chunks(list(latest)):
                query = select(reviews.c.sha256, reviews.c.analyzer_version, reviews.c.title_key).where(
                    reviews.c.sha256.in_(chunk)
                )
                stored.update({row.sha256: (row.analyzer_version, row.title_key) for row in conn.execute(query)})
            fresh, replaced, touched = [], [], set()
            for sha, row in latest.items():
                if sha in stored:
                    old_version, old_key = stored[sha]
                    if old_version == ANALYZER_VERSION or old_version == row["analyzer_version"]:
                        continue
                    replaced.append(sha)
                    touched.add(old_key)
                touched.add(row["title_key"])
                fresh.append({**row, "stored_at": now})
            for chunk in _chunks(replaced):
                conn.execute(delete(reviews).where(reviews.c.sha256.in_(chunk)))
            if fresh:
                conn.execute(insert(reviews), fresh)
            if touched:
                if refresh:
                    self._refresh(conn, touched)
                else:
                    self._queue(conn, touched)
        return len(fresh)

    def _queue(self, conn: Connection, title_keys: set[str]) -> None:
        keys = sorted(title_keys)
        queued: set[str] = set()
        for chunk in _chunks(keys):
            queued.update(conn.scalars(select(pending_films.c.title_key).where(pending_films.c.title_key.in_(chunk))))
        fresh = [{"title_key": k} for k in keys if k not in queued]
        if fresh:
            conn.execute(insert(pending_films), fresh)

    def refresh_films(self) -> int:
        """Recompute the film reports queued by `save_reviews(..., refresh=False)`; how many titles.

        One transaction per step of REFRESH_CHUNK titles: memory holds one step's
        reviews, and an interrupted refresh resumes where it stopped.
        """
        done = 0
        while True:
            with self._write() as conn:
                keys = list(conn.scalars(
                    select(pending_films.c.title_key).order_by(pending_films.c.title_key).limit(REFRESH_CHUNK)
                ))
                if not keys:
                    return done
                self._refresh(conn, set(keys))
            done += len(keys)

    def refresh_titles(self, keys: Sequence[str]) -> None:
        """Recompute the films of these title keys now, in one transaction."""
        with self._write() as conn:
            self._refresh(conn, set(keys))

    def pending_titles(self, size: int = REFRESH_CHUNK, max_reviews: int = REFRESH_REVIEWS) -> Iterator[list[str]]:
        """The title keys queued for a film refresh in key order, in groups of at most `size` titles and
        about `max_reviews` reviews (a title with more is a group of its own), read page by page."""
        after: str | None = None
        while True:
            query = select(pending_films.c.title_key).order_by(pending_films.c.title_key).limit(size)
            if after is not None:
                query = query.where(pending_films.c.title_key > after)
            with self.engine.connect() as conn:
                keys = list(conn.scalars(query))
                counts = {key: count for key, (count, _) in _marks(conn, keys).items()}
            if not keys:
                return
            group: list[str] = []
            reviews_in_group = 0
            for key in keys:
                if group and reviews_in_group + counts.get(key, 0) > max_reviews:
                    yield group
                    group, reviews_in_group = [], 0
                group.append(key)
                reviews_in_group += counts.get(key, 0)
            yield group
            after = keys[-1]

    def write_films(self, computed: FilmBatch) -> None:
        """Store films computed elsewhere (`compute_films` on a Dask worker) in one transaction.

        A title whose reviews changed since they were read (another writer)
        is recomputed here instead, so a stale report is never stored.
        """
        with self._write() as conn:
            now = _marks(conn, computed.keys)
            changed = {key for key in computed.keys if now.get(key) != computed.marks.get(key)}
            fresh = [u for u in computed.updates if u.title_key not in changed]
            if changed:
                fresh += film_updates(changed, _film_rows(conn, sorted(changed)))
            fresh.sort(key=lambda u: u.title_key)  # film_updates' order: the same slugs however computed
            self._write_films(conn, computed.keys, fresh)

    def _refresh(self, conn: Connection, title_keys: set[str]) -> None:
        """Regroup every review of these titles and rewrite their film rows, inside `conn`'s transaction.

        Titles are done REFRESH_CHUNK at a time so memory is bounded by one step's reviews.
        """
        for chunk in _chunks(sorted(title_keys), REFRESH_CHUNK):
            keys = list(chunk)
            self._write_films(conn, keys, film_updates(keys, _film_rows(conn, keys)))

    def _write_films(self, conn: Connection, keys: Sequence[str], updates: list[FilmUpdate]) -> None:
        """Replace the film rows of these title keys by `updates` (in title key order) and move reviews to their films."""
        for chunk in _chunks(list(keys)):
            old_slugs = select(films.c.slug).where(films.c.title_key.in_(chunk))
            conn.execute(delete(film_reports).where(film_reports.c.slug.in_(old_slugs)))
            conn.execute(delete(films).where(films.c.title_key.in_(chunk)))
            conn.execute(delete(pending_films).where(pending_films.c.title_key.in_(chunk)))
        slugs = self._unique_slugs(conn, [(u.title_key, u.slug) for u in updates])
        film_rows, report_rows, renames, moves = [], [], [], []
        for update_, slug in zip(updates, slugs):
            report = update_.report
            if slug != update_.slug:  # another title owns the film's own slug
                report = FilmReport.model_validate_json(report).model_copy(update={"slug": slug}).model_dump_json()
                renames.append({"b_key": update_.title_key, "b_own": update_.slug, "b_slug": slug})
            film_rows.append({
                "slug": slug, "title_key": update_.title_key, "title": update_.title, "year": update_.year,
                "reviews": update_.reviews, "metascore": update_.metascore, "band": update_.band,
            })
            report_rows.append({"slug": slug, "report": report})
            moves.extend({"b_sha": sha, "b_slug": slug} for sha in update_.moved)
        if film_rows:
            conn.execute(insert(films), film_rows)
            conn.execute(insert(film_reports), report_rows)
        if renames:  # the reviews already under the film's own slug; a review of another film among them is moved next
            conn.execute(
                update(reviews)
                .where(reviews.c.title_key == bindparam("b_key"), reviews.c.film_slug == bindparam("b_own"))
                .values(film_slug=bindparam("b_slug")),
                renames,
            )
        if moves:
            conn.execute(
                update(reviews).where(reviews.c.sha256 == bindparam("b_sha")).values(film_slug=bindparam("b_slug")),
                moves,
            )

    @staticmethod
    def _unique_slugs(conn: Connection, wanted: list[tuple[str, str]]) -> list[str]:
        """Each film's slug (title key, slug), unless another title owns it ("Ballerina 2023" vs Ballerina of 2023)."""
        taken: set[str] = set()
        for chunk in _chunks(sorted({slug for _, slug in wanted})):
            taken.update(conn.scalars(select(films.c.slug).where(films.c.slug.in_(chunk))))
        slugs = []
        for key, slug in wanted:
            if slug in taken:
                slug = f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
            taken.add(slug)
            slugs.append(slug)
        return slugs

    # ------------------------------------------------------------------ reading

    def _settle(self) -> None:
        """Finish queued film refreshes (left by a deferred or interrupted batch ingest) before reading."""
        with self.engine.connect() as conn:
            pending = conn.scalar(select(pending_films.c.title_key).limit(1))
        if pending is not None:
            self.refresh_films()

    def films(self, q: str | None = None) -> list[dict]:
        """The film list of CONTRACT.md, filtered by title (case, accents and punctuation ignored) when `q` is given."""
        self._settle()
        query = select(films.c.title_key, *(films.c[name] for name in FILM_FIELDS))
        if q and q.strip():
            conditions = [func.lower(films.c.title).contains(q.strip().lower(), autoescape=True)]
            key = normalize_title(q)
            if key:
                conditions.append(films.c.title_key.contains(key, autoescape=True))
            query = query.where(or_(*conditions))
        with self.engine.connect() as conn:
            rows = sorted(conn.execute(query), key=_film_order)
        return [{name: row._mapping[name] for name in FILM_FIELDS} for row in rows]

    def film_report_json(self, slug: str) -> str | None:
        """The FilmReport JSON of one film (the API serves it without re-parsing), its review list put back."""
        self._settle()
        with self.engine.connect() as conn:
            report = conn.scalar(select(film_reports.c.report).where(film_reports.c.slug == slug))
            return _with_review_list(conn, slug, report) if report is not None else None

    def film_report(self, slug: str) -> FilmReport | None:
        raw = self.film_report_json(slug)
        return FilmReport.model_validate_json(raw) if raw is not None else None

    def film_reports(self) -> list[FilmReport]:
        self._settle()
        query = select(films.c.title_key, films.c.year, films.c.slug, film_reports.c.report).join(
            film_reports, film_reports.c.slug == films.c.slug
        )
        with self.engine.connect() as conn:
            rows = sorted(conn.execute(query), key=_film_order)
            return [FilmReport.model_validate_json(_with_review_list(conn, row.slug, row.report)) for row in rows]

    def reviews_of(self, slug: str) -> list[Review]:
        """The film's Reviews in the order of its report (source, then sha256)."""
        self._settle()
        query = select(reviews.c.review).where(reviews.c.film_slug == slug).order_by(reviews.c.source, reviews.c.sha256)
        with self.engine.connect() as conn:
            return [Review.model_validate_json(raw) for raw in conn.scalars(query)]

    def review(self, sha256: str) -> Review | None:
        with self.engine.connect() as conn:
            raw = conn.scalar(select(reviews.c.review).where(reviews.c.sha256 == sha256))
        return Review.model_validate_json(raw) if raw is not None else None

    def review_text(self, sha256: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(reviews.c.text).where(reviews.c.sha256 == sha256))

    def film_slug_of(self, sha256: str) -> str | None:
        """The slug of the film a stored review belongs to."""
        self._settle()
        with self.engine.connect() as conn:
            return conn.scalar(select(reviews.c.film_slug).where(reviews.c.sha256 == sha256))

    def stale_shas(self) -> list[str]:
        """Reviews stored by an older analyzer: re-read and re-analyze them."""
        query = select(reviews.c.sha256).where(reviews.c.analyzer_version != ANALYZER_VERSION).order_by(reviews.c.sha256)
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def count_reviews(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(reviews)) or 0
