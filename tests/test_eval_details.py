"""The labelled review-details set parses, its splits are disjoint, and the scorer matches at the label's precision."""

from __future__ import annotations

import pytest

from eval.eval_details import LIST_FIELDS, SCALAR_FIELDS, festival_words, load_cases, main, scalar_matches, title_key


@pytest.mark.parametrize("split", ["dev", "held_out"])
def test_each_split_has_forty_labelled_reviews_with_every_field(split: str) -> None:
    cases = load_cases(split)
    assert len(cases) == 40
    for case in cases:
        assert set(case.lists) == set(LIST_FIELDS), case.key
        assert set(case.scalars) == set(SCALAR_FIELDS), case.key
        assert len(case.text.split()) >= 40, case.key  # short reviews are real too


def test_splits_share_no_review() -> None:
    dev, held_out = load_cases("dev"), load_cases("held_out")
    assert not {c.key for c in dev} & {c.key for c in held_out}
    assert not {c.text for c in dev} & {c.text for c in held_out}


def test_titles_compare_without_case_quotes_accents_or_leading_article() -> None:
    assert title_key("“The Others”") == title_key("others") == "others"
    assert title_key("Amélie") == title_key("AMELIE")
    assert title_key("A Separation") != title_key("Separation Anxiety")


def test_a_release_labelled_to_the_month_matches_any_day_in_it() -> None:
    assert scalar_matches("release", "2024-01", "2024-01-19")
    assert not scalar_matches("release", "2024-01-19", "2024-01")
    assert not scalar_matches("release", "2024-02", "2024-01-19")


def test_festivals_match_on_their_distinctive_words() -> None:
    assert festival_words("Berlinale") == festival_words("Berlin International Film Festival")
    assert scalar_matches("premiere", "74th Berlin International Film Festival", "Berlin International Film Festival")
    assert not scalar_matches("premiere", "Venice Film Festival", "Toronto International Film Festival")


def test_runtime_matches_exact_minutes_only() -> None:
    assert scalar_matches("runtime", "92", "92")
    assert not scalar_matches("runtime", "92", "93")


def test_the_held_out_splits_failures_are_not_printed() -> None:
    with pytest.raises(SystemExit, match="not read"):
        main(["--misses", "held_out"])
