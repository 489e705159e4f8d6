"""The shipped sentence model: verdict polarity, opinion vs plot, evaluative cues with negation."""

from __future__ import annotations

from consensus.extract.sentence_sentiment import evaluative_cues, featurize_text, label, load_model


def test_praise_scores_above_a_pan() -> None:
    praise, pan = load_model().polarity(["A gripping, beautifully acted thriller.",
                                         "A dull, lifeless mess that wastes its cast."])
    assert praise > 0.6 > 0.4 > pan


def test_a_verdict_reads_more_like_opinion_than_a_synopsis() -> None:
    verdict, synopsis = load_model().opinion([
        "This is the most assured debut I have seen in years, a must-see.",
        "After her sister vanishes, Mara takes a job at the harbour and starts asking questions.",
    ])
    assert verdict > synopsis


def test_negation_marks_the_words_it_governs() -> None:
    assert featurize_text("It isn't good, but fun.") == "it is n't not_good , but fun ."


def test_negated_and_hedged_cues() -> None:
    assert evaluative_cues("The action is by no means bad.")[0] > 0
    assert evaluative_cues("The lead is not convincing.")[0] < 0
    assert evaluative_cues("Fans might be a bit disappointed.")[0] == -0.5


def test_faint_praise_counts_as_praise() -> None:
    weight, cues = evaluative_cues("It is a well done entry into the genre.")
    assert weight > 0 and cues == ("well-done",)


def test_plot_words_are_not_evaluative_cues() -> None:
    assert evaluative_cues("She finds her friend dead and swears revenge on the killer.") == (0.0, ())


def test_label_has_a_mixed_middle_band() -> None:
    assert [label(0.9), label(0.5), label(0.1)] == ["positive", "mixed", "negative"]


def test_empty_input_gives_empty_scores() -> None:
    polarity, opinion = load_model().score([])
    assert len(polarity) == len(opinion) == 0
