"""The labelled compared-films passages parse, their splits are disjoint, and the scorer counts what it says."""

from __future__ import annotations

import pytest

from eval.eval_compared import Passage, Tally, compared_by_baseline, load_passages, print_misses


@pytest.mark.parametrize("split", ["dev", "held_out"])
def test_each_split_has_150_passages_with_their_film_and_labels(split: str) -> None:
    passages = load_passages(split)
    assert len(passages) == 150
    for p in passages:
        assert p.title and 1900 < p.year < 2100 and len(p.text.split()) >= 40, p.key
        assert all(t in p.text for t in p.compared + p.not_compared), p.key  # every label is written in its passage
    assert sum(bool(p.compared) for p in passages) >= 100


def test_splits_share_no_passage_or_film() -> None:
    dev, held_out = load_passages("dev"), load_passages("held_out")
    assert not {p.key for p in dev} & {p.key for p in held_out}
    assert not {p.title for p in dev} & {p.title for p in held_out}


def test_the_tally_counts_titles_without_case_or_article_and_leaks() -> None:
    passage = Passage("p1", "Own Film", 2024, "text", compared=["Heat", "The Birds"], not_compared=["Own Film"])
    tally = Tally()
    tally.add_titles(["heat", "Own Film", "Thief"], passage)
    assert (tally.tp, tally.fp, tally.fn, tally.leaks) == (1, 2, 1, 1)


def test_the_baseline_reads_quoted_and_italicised_titles() -> None:
    passage = Passage("p1", "X", 2024, 'Like "Heat," and *Thief*, or _Ran_ but not snake_case_names.')
    assert compared_by_baseline(passage) == ["Heat", "Thief", "Ran"]


def test_the_held_out_split_refuses_to_show_its_failures() -> None:
    with pytest.raises(SystemExit):
        print_misses("held_out")


def test_real_reviews_are_counted_with_every_title_kept_beside_its_text() -> None:
    from eval.eval_compared import count_real

    texts = ["The film is reminiscent of Heat, with a lovely score, a patient heist and two leads I would follow anywhere. "
             "The director keeps the tension high and the dialogue sharp, and the final shootout is a marvel of staging.", ""]
    counted = count_real("t", texts)
    assert counted.reviews == 2  # the empty text is refused by ingest and counts as a review with none
    assert counted.found == [(texts[0], "Heat")]
