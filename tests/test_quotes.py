"""The pull quote: the sentence an editor would put on the poster."""

from __future__ import annotations

from pathlib import Path

from consensus.extract.quotes import pick_pull_quote
from consensus.extract.sentences import split_sentences

FIXTURE = Path(__file__).parent / "fixtures" / "aspects" / "invented_review.txt"


def test_picks_the_summing_up_verdict_of_a_positive_review() -> None:
    sentences = split_sentences(FIXTURE.read_text(encoding="utf-8"))
    assert pick_pull_quote(sentences, "positive") == (
        "All in all, this is a gripping, beautifully made thriller and the most assured debut of the year.")


def test_a_negative_review_gets_a_negative_quote() -> None:
    sentences = [
        "Tom Reyes plays a night-shift nurse who finds a stranger bleeding in the car park.",
        "The cast does what it can, and the opening minutes hold some promise for the film.",
        "In the end, this is a dull, muddled and lifeless thriller that wastes every good idea it has.",
        "Would a second draft have helped?",
    ]
    assert pick_pull_quote(sentences, "negative") == sentences[2]


def test_never_a_heading_a_question_or_plot_summary() -> None:
    sentences = ["Final Thoughts", "Is this the best thriller of the year, or merely a very good one?",
                 "Mara finds her brother dead in the garage and swears revenge on the gang that did it."]
    assert pick_pull_quote(sentences, "positive") is None


def test_too_short_or_too_long_sentences_are_not_quoted() -> None:
    long = "A triumph " + "and a wonder " * 30 + "."
    assert pick_pull_quote(["A triumph.", long], "positive") is None


def test_no_sentences_no_quote() -> None:
    assert pick_pull_quote([], "mixed") is None
