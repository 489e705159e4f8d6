"""The unrated-page polarity report: only unrated pages are scored, each split's map fitted on the other splits."""

from __future__ import annotations

from eval.eval_unrated import Page, confusion, refit_accuracy


def test_only_unrated_pages_the_model_reads_are_counted() -> None:
    pages = [Page("a", "positive", None, 3.0, "positive"), Page("a", "negative", 20, -3.0, "negative"),
             Page("a", "mixed", None, None)]
    counts = confusion(pages)
    assert sum(counts.values()) == 1 and counts[("positive", "positive")] == 1


def test_a_splits_unrated_pages_are_scored_by_a_map_fitted_on_the_other_splits() -> None:
    # split b's rated pages put every log-odds at 80 (positive); split a's own rated pages would put it at 20
    pages = [Page("a", "positive", None, 0.5), Page("a", "negative", 20, 0.4), Page("a", "negative", 20, 0.6),
             Page("b", "positive", 80, 0.4), Page("b", "positive", 80, 0.6)]
    _, refitted, n = refit_accuracy(pages)
    assert n == 1 and refitted == 1.0
