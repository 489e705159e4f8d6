"""The store keeps Reviews and film reports on SQLite and PostgreSQL with the same behaviour.

Every test runs on both back ends (PostgreSQL when $CONSENSUS_TEST_PG names a
server, as in CI). Reviews are the invented ones of tests/fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from consensus import ANALYZER_VERSION
from consensus.models import Film, Review
from consensus.pipeline import aggregate_all
from consensus.store import Store, StoreError, default_url, open_store
from tests.fixtures.databases import BACKENDS, fresh_database
from tests.fixtures.invented_reviews import all_reviews, glass_reviews, paper_reviews

FILM_KEYS = {"slug", "title", "year", "reviews", "metascore", "band"}


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with open_store(url) as opened:
        yield opened


def reviews_only(items: list[tuple[Review, str]]) -> list[Review]:
    return [review for review, _ in items]


def simple(sha: str, title: str | None, year: int | None, score: int, version: str = ANALYZER_VERSION) -> Review:
    return Review(source=f"{sha[:6]}.txt", sha256=sha * (64 // len(sha)), film=Film(title=title, year=year),
                  score=score, score_source="rating", polarity="positive" if score > 60 else "negative",
                  analyzer_version=version)


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


# ---------------------------------------------------------------- reading what was written


def test_film_reports_are_the_pipelines_reports(store: Store) -> None:
    items = all_reviews()
    assert store.save_reviews(items) == len(items)
    expected = aggregate_all(reviews_only(items))
    assert [r.model_dump() for r in store.film_reports()] == [r.model_dump() for r in expected]


def test_a_report_is_stored_without_its_review_list_and_read_with_it(store: Store) -> None:
    """The list grows with the film (10 MB for 30,000 reviews): each review row holds its own line of it instead."""
    items = paper_reviews()
    store.save_reviews(items)
    [expected] = aggregate_all(reviews_only(items))
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT report FROM film_reports")).scalar_one()
    assert '"review_list":[]' in stored
    assert store.film_report_json(expected.slug) == expected.model_dump_json()


def test_a_store_of_revision_0001_reads_the_same_after_its_rows_get_their_list_entries(url: str) -> None:
    from alembic import command

    from consensus.store.migrate import alembic_config

    items = all_reviews()
    expected = aggregate_all(reviews_only(items))
    with open_store(url) as store:
        store.save_reviews(items)
        whole = expected[0].model_dump_json()
        with store.engine.begin() as conn:  # back to 0001: rows without their line, and one report stored whole
            command.downgrade(alembic_config(conn), "0001")
            conn.execute(text("UPDATE film_reports SET report = :whole WHERE slug = :slug"), {"whole": whole, "slug": expected[0].slug})
    with open_store(url) as store:  # opening migrates
        assert [r.model_dump() for r in store.film_reports()] == [r.model_dump() for r in expected]
        assert store.film_report_json(expected[0].slug) == whole


def test_films_lists_the_contract_fields_in_title_order(store: Store) -> None:
    store.save_reviews(all_reviews())
    films = store.films()
    assert all(set(f) == FILM_KEYS for f in films)
    assert [f["slug"] for f in films] == ["glass-harbor-2021", "night-owls-2022", "paper-comets-2019"]
    glass = films[0]
    assert (glass["title"], glass["year"], glass["reviews"]) == ("Glass Harbor", 2021, 3)
    report = store.film_report("glass-harbor-2021")
    assert report is not None and (glass["metascore"], glass["band"]) == (report.metascore, report.band)


def test_search_ignores_case_punctuation_and_wildcards(store: Store) -> None:
    store.save_reviews(all_reviews())
    assert [f["slug"] for f in store.films("GLASS")] == ["glass-harbor-2021"]
    assert [f["slug"] for f in store.films("paper-comets")] == ["paper-comets-2019"]
    assert store.films("%") == [] and store.films("_") == []
    assert len(store.films("  ")) == 3


def test_reviews_and_texts_round_trip(store: Store) -> None:
    items = glass_reviews()
    store.save_reviews(items)
    review, text_ = items[0]
    assert store.review(review.sha256) == review
    assert store.review_text(review.sha256) == text_
    assert store.film_slug_of(review.sha256) == "glass-harbor-2021"
    assert sorted(r.sha256 for r in store.reviews_of("glass-harbor-2021")) == sorted(r.sha256 for r, _ in items)
    assert store.review("0" * 64) is None and store.review_text("0" * 64) is None
    assert store.film_report("no-such-film") is None and store.reviews_of("no-such-film") == []


# ---------------------------------------------------------------- idempotence and re-analysis


def test_saving_the_same_reviews_twice_stores_them_once(store: Store) -> None:
    items = all_reviews()
    store.save_reviews(items)
    before = store.films()
    assert store.save_reviews(items) == 0
    assert store.save_reviews(items[:2] + items[:2]) == 0
    assert count(store, "reviews") == len(items)
    assert store.films() == before


def test_a_batch_with_one_review_twice_stores_it_once(store: Store) -> None:
    review, body = glass_reviews()[0]
    assert store.save_reviews([(review, body), (review, body)]) == 1
    assert count(store, "reviews") == 1


def test_stored_shas_are_those_of_the_current_analyzer(store: Store) -> None:
    old = simple("a", "Glass Harbor", 2021, 80, version="0-old")
    new = simple("b", "Glass Harbor", 2021, 60)
    store.save_reviews([(old, "old text"), (new, "new text")])
    assert store.stored_shas([old.sha256, new.sha256, "c" * 64]) == {new.sha256}
    assert store.stale_shas() == [old.sha256]


def test_reanalysis_replaces_a_review_stored_by_an_older_analyzer(store: Store) -> None:
    old = simple("a", "Glass Harbor", 2021, 20, version="0-old")
    store.save_reviews([(old, "old text")])
    fresh = old.model_copy(update={"score": 90, "polarity": "positive", "analyzer_version": ANALYZER_VERSION})
    assert store.save_reviews([(fresh, "new text")]) == 1
    assert count(store, "reviews") == 1
    assert store.stale_shas() == []
    assert store.review(old.sha256) == fresh and store.review_text(old.sha256) == "new text"
    assert store.films()[0]["metascore"] == 90


def test_reanalysis_that_changes_the_title_moves_the_review(store: Store) -> None:
    old = simple("a", "Glass Harbour", 2021, 20, version="0-old")
    store.save_reviews([(old, "t")])
    fresh = old.model_copy(update={"film": Film(title="Paper Comets", year=2019), "analyzer_version": ANALYZER_VERSION})
    store.save_reviews([(fresh, "t")])
    assert [f["slug"] for f in store.films()] == ["paper-comets-2019"]


# ---------------------------------------------------------------- grouping like group_by_film


def test_a_review_without_a_year_joins_the_only_year_known_for_its_title(store: Store) -> None:
    store.save_reviews([(simple("a", "Ballet Noir", 2023, 80), "t")])
    store.save_reviews([(simple("b", "Ballet Noir", None, 60), "t")])
    assert [(f["slug"], f["reviews"]) for f in store.films()] == [("ballet-noir-2023", 2)]


def test_a_second_year_splits_the_year_less_review_off_as_group_by_film_does(store: Store) -> None:
    items = [(simple("a", "Ballet Noir", 2023, 80), "t"), (simple("b", "Ballet Noir", None, 60), "t")]
    store.save_reviews(items)
    later = (simple("c", "Ballet Noir", 2025, 30), "t")
    store.save_reviews([later])
    expected = aggregate_all(reviews_only([*items, later]))
    assert [(f["slug"], f["reviews"]) for f in store.films()] == [(r.slug, r.reviews) for r in expected]
    assert [f["slug"] for f in store.films()] == ["ballet-noir", "ballet-noir-2023", "ballet-noir-2025"]
    assert store.film_slug_of("b" * 64) == "ballet-noir"


def test_two_titles_with_one_slug_get_two_films(store: Store) -> None:
    store.save_reviews([(simple("a", "Ballet Noir", 2023, 80), "t"), (simple("b", "Ballet Noir 2023", None, 40), "t")])
    films = store.films()
    assert len(films) == 2 and len({f["slug"] for f in films}) == 2
    for film in films:
        assert [r.sha256 for r in store.reviews_of(film["slug"])] != []


def test_deferred_refresh_is_finished_by_the_next_read(store: Store) -> None:
    store.save_reviews(paper_reviews(), refresh=False)
    assert count(store, "films") == 0
    assert [f["slug"] for f in store.films()] == ["paper-comets-2019"]
    assert count(store, "pending_films") == 0
    store.save_reviews(glass_reviews(), refresh=False)
    assert store.refresh_films() == 1
    assert len(store.film_reports()) == 2


def _tables(store: Store) -> tuple[list, list, list]:
    """Everything a reader can see: review rows (but when they were stored), film rows, report JSON."""
    with store.engine.connect() as conn:
        reviews = sorted(tuple(r) for r in conn.execute(text(
            "SELECT sha256, source, title_key, film_slug, title, year, critic, outlet, score, score_source, "
            "polarity, analyzer_version, review, list_entry, text FROM reviews")))
        films = sorted(tuple(r) for r in conn.execute(text("SELECT * FROM films")))
        reports = sorted(tuple(r) for r in conn.execute(text("SELECT * FROM film_reports")))
    return reviews, films, reports


def test_rows_made_elsewhere_are_stored_as_the_reviews_they_come_from(tmp_path: Path, store: Store) -> None:
    from consensus.store.rows import review_row

    items = all_reviews() + [(simple("a", "Ballet Noir", 2023, 80), "t"), (simple("b", "Ballet Noir 2023", None, 40), "t")]
    assert store.save_rows([review_row(review, body) for review, body in items]) == len(items)
    with open_store(f"sqlite:///{tmp_path / 'by-reviews.sqlite'}") as other:
        other.save_reviews(items)
        assert _tables(store) == _tables(other)


def test_films_computed_by_a_reader_and_written_by_the_writer_are_those_of_a_refresh(url: str, tmp_path: Path) -> None:
    from consensus.store.store import compute_films

    items = all_reviews() + [(simple("a", "Ballet Noir", 2023, 80), "t"), (simple("b", "Ballet Noir 2023", None, 40), "t")]
    with open_store(url) as store, open_store(f"sqlite:///{tmp_path / 'refreshed.sqlite'}") as other:
        for target in (store, other):
            target.save_reviews(items, refresh=False)
        other.refresh_films()
        for keys in store.pending_titles(size=2):
            store.write_films(compute_films(url, keys))
        assert count(store, "pending_films") == 0
        assert _tables(store) == _tables(other)


def test_the_writer_recomputes_nothing_when_no_title_changed_since_the_read(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import consensus.store.store as store_module

    with open_store(url) as store:
        store.save_reviews(all_reviews(), refresh=False)
        computed = [store_module.compute_films(url, keys) for keys in store.pending_titles()]
        recomputed: list[object] = []
        monkeypatch.setattr(store_module, "film_updates", lambda *args: recomputed.append(args) or [])
        for batch in computed:
            store.write_films(batch)
        assert recomputed == [], "the writer redid the reader's work"
        assert count(store, "films") == sum(len(batch.updates) for batch in computed) > 0


def test_a_title_changed_after_its_films_were_computed_is_recomputed_by_the_writer(url: str) -> None:
    from consensus.store.store import compute_films

    with open_store(url) as store:
        store.save_reviews(paper_reviews(), refresh=False)
        [keys] = list(store.pending_titles())
        computed = compute_films(url, keys)
        late = simple("c", "Paper Comets", 2019, 10)
        store.save_reviews([(late, "t")], refresh=False)  # another writer, between the read and the write
        store.write_films(computed)
        [film] = store.films()
        assert film["reviews"] == len(paper_reviews()) + 1
        assert late.sha256 in {r.sha256 for r in store.reviews_of(film["slug"])}


def test_pending_titles_come_in_key_order_page_by_page_while_they_are_written(store: Store) -> None:
    titles = ["Delta", "Alpha", "Charlie", "Bravo", "Echo"]
    store.save_reviews([(simple(f"{i}", t, 2001, 70), "t") for i, t in enumerate(titles)], refresh=False)
    pages = []
    for keys in store.pending_titles(size=2):
        pages.append(keys)
        store.refresh_titles(keys)
    assert pages == [["alpha", "bravo"], ["charlie", "delta"], ["echo"]]
    assert count(store, "pending_films") == 0 and count(store, "films") == 5


def test_pending_titles_are_grouped_by_how_many_reviews_they_hold(store: Store) -> None:
    counts = {"Alpha": 3, "Bravo": 1, "Charlie": 5, "Delta": 1, "Echo": 1}
    items = [(simple(f"{t}{i}", t, 2001, 70), "t") for t, n in counts.items() for i in range(n)]
    store.save_reviews(items, refresh=False)
    groups = list(store.pending_titles(size=10, max_reviews=4))
    assert groups == [["alpha", "bravo"], ["charlie"], ["delta", "echo"]], "a title bigger than a group is alone"


def test_a_reader_never_creates_a_store(tmp_path: Path) -> None:
    from consensus.store.store import can_read

    missing = tmp_path / "nothing.sqlite"
    assert not can_read(f"sqlite:///{missing}")
    assert not missing.exists()
    with open_store(f"sqlite:///{tmp_path / 'there.sqlite'}"):
        assert can_read(f"sqlite:///{tmp_path / 'there.sqlite'}")


# ---------------------------------------------------------------- transactions


def test_a_failing_batch_stores_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_reviews(paper_reviews())

    def broken(_reviews: object) -> None:
        raise RuntimeError("aggregation crashed")

    monkeypatch.setattr("consensus.pipeline.aggregate", broken)
    with pytest.raises(RuntimeError):
        store.save_reviews(glass_reviews())
    monkeypatch.undo()
    assert count(store, "reviews") == 2
    assert [f["slug"] for f in store.films()] == ["paper-comets-2019"]
    assert store.stored_shas(r.sha256 for r, _ in glass_reviews()) == set()


def test_a_database_error_mid_batch_stores_nothing(store: Store) -> None:
    good, body = glass_reviews()[0]
    clash = simple("d", "Paper Comets", 2019, 50).model_copy(update={"source": None})  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        store.save_reviews([(good, body), (clash, "t")])  # source is NOT NULL
    assert count(store, "reviews") == 0 and count(store, "films") == 0


# ---------------------------------------------------------------- opening


def test_reopening_keeps_the_data_and_the_schema_at_head(url: str) -> None:
    with open_store(url) as first:
        first.save_reviews(paper_reviews())
    with open_store(url) as second:
        assert [f["slug"] for f in second.films()] == ["paper-comets-2019"]
        tables = set(inspect(second.engine).get_table_names())
        assert {"reviews", "films", "film_reports", "pending_films", "alembic_version"} <= tables
        with second.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == _head_revision()


def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    from consensus.store.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_default_store_follows_consensus_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSENSUS_DB", f"sqlite:///{tmp_path / 'mine.sqlite'}")
    assert default_url() == f"sqlite:///{tmp_path / 'mine.sqlite'}"
    with open_store() as opened:
        assert opened.url == default_url()
    assert (tmp_path / "mine.sqlite").exists()
    monkeypatch.delenv("CONSENSUS_DB")
    assert default_url().startswith("sqlite:///") and default_url().endswith("consensus.sqlite")


def test_a_bad_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="not a usable database URL"):
        open_store("nosuchdb://here")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as opened, opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_the_skip_check_looks_reviews_up_by_their_sha256_and_never_scans_them(tmp_path: Path) -> None:
    """An ingest asks `stored_shas` once per chunk: a plan that scans the reviews makes ingests quadratic."""
    from sqlalchemy import event

    with open_store(f"sqlite:///{tmp_path / 's.sqlite'}") as opened:
        opened.save_reviews([(simple(c, "Glass Harbor", 2021, 70), "t") for c in "abc"])
        statements: list[tuple[str, object]] = []
        event.listen(opened.engine, "before_cursor_execute", lambda c, cur, sql, params, *_: statements.append((sql, params)))
        asked = ["a" * 64] + [f"{i:064x}" for i in range(499)]  # a chunk's worth: the planner's choice depends on it
        assert opened.stored_shas(asked) == {"a" * 64}
        selects = [(sql, params) for sql, params in statements if sql.lstrip().upper().startswith("SELECT")]
        assert selects
        with opened.engine.connect() as conn:
            for sql, params in selects:
                plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                assert "sqlite_autoindex_reviews_1 (sha256=?)" in plan, plan
