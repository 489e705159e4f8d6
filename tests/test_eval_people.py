"""The labelled people sets parse, and the splits written blind are large and well formed."""

from __future__ import annotations

import pytest

from eval.eval_people import load_cases

ROLES = {"director", "writer", "composer", "cinematographer", "producer", "actor"}


@pytest.mark.parametrize("split, films", [("dev2", 40), ("blind", 30), ("blind2", 38), ("blind3", 38), ("blind4", 38), ("blind5", 38)])
def test_blind_written_split_parses(split: str, films: int) -> None:
    cases = load_cases(split)
    assert len(cases) >= films
    assert all(case.year is not None for case in cases)
    assert all(1 <= len(case.reviews) <= 4 for case in cases)
    assert sum(len(case.reviews) >= 2 for case in cases) >= 0.9 * len(cases)  # names vary across reviews


@pytest.mark.parametrize("split", ["dev", "dev2", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"])
def test_labels_use_known_roles_and_spellings_from_the_reviews(split: str) -> None:
    for case in load_cases(split):
        text = "\n".join(case.reviews)
        for entity in case.expect:
            assert entity.role in ROLES, (case.title, entity.role)
            for name in entity.names + entity.character:
                assert name in text, (case.title, name)


@pytest.mark.parametrize("split", ["dev2", "blind", "blind2", "blind3", "blind5"])
def test_blind_written_split_has_films_that_name_nobody(split: str) -> None:
    empty = [case.title for case in load_cases(split) if not case.expect]
    assert len(empty) >= 3


def test_a_held_out_split_not_yet_written_is_skipped_with_a_message(tmp_path, monkeypatch, capsys) -> None:
    import eval.eval_people as ev

    monkeypatch.setattr(ev, "FIXTURES", tmp_path)
    monkeypatch.setattr(ev, "HELD_OUT_BLIND", ("blind99",))
    (tmp_path / "held_out.txt").write_text("### film: Invented (2020)\n>>> review\nNobody here.\n=== expect\nnone\n", encoding="utf-8")
    for split in ev.DEVELOPMENT:
        (tmp_path / f"{split}.txt").write_text((tmp_path / "held_out.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert not ev.split_exists("blind99")
    monkeypatch.setattr("sys.argv", ["eval_people"])
    ev.main()
    assert "blind99" in capsys.readouterr().out


def test_misses_are_printed_for_development_splits_only(monkeypatch, capsys) -> None:
    import eval.eval_people as ev

    monkeypatch.setattr("sys.argv", ["eval_people", "--misses", "test"])
    ev.main()
    assert "development split" in capsys.readouterr().out


def test_the_held_out_blind_split_is_no_development_split() -> None:
    import eval.eval_people as ev

    assert not set(ev.HELD_OUT_BLIND) & set(ev.DEVELOPMENT)
    assert "blind7" in ev.DEVELOPMENT


def test_a_spelling_with_a_formal_honorific_the_labels_leave_out_matches_the_labelled_one() -> None:
    import eval.eval_people as ev

    universe = {"Halina", "Halina Mazur"}
    assert ev._as_labelled("Pani Halina", universe) == "Halina"
    assert ev._as_labelled("Halina", universe) == "Halina"
    assert ev._as_labelled("Pani Jadwiga", universe) == "Pani Jadwiga"  # no labelled spelling without it: a miss
