"""Whole-review opinion (`consensus.extract.sentiment`): polarity, inferred 0-100 score, and honesty.

The reviews read here are invented (tests/fixtures/opinion/); the shipped model was trained on the
Pang & Lee sets and cs109 pull-quotes. Accuracy on held-out data is measured by `python -m eval.eval_opinion`, not here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from consensus.extract.sentiment import (
    MODEL_PATH,
    OpinionModel,
    load_model,
    polarity_of_score,
    TAIL_MARK,
    read_opinion,
    terms,
    tokens,
    _tail_start,
)

OPINION = Path(__file__).resolve().parent / "fixtures" / "opinion"


def opinion_of(name: str):
    return read_opinion((OPINION / name).read_text(encoding="utf-8"), [])


# --------------------------------------------------------------------------- contract cut-offs


@pytest.mark.parametrize(
    ("score", "polarity"),
    [(0, "negative"), (39, "negative"), (40, "mixed"), (50, "mixed"), (60, "mixed"), (61, "positive"), (100, "positive")],
)
def test_polarity_follows_the_contract_cut_offs(score: int, polarity: str) -> None:
    assert polarity_of_score(score) == polarity


# --------------------------------------------------------------------------- the shipped model


def test_the_shipped_model_loads_once_and_is_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 5_000_000
    model = load_model()
    assert model is load_model()
    assert len(model.vocabulary) == len(model.nb_ratio) == len(model.polarity_coef)
    assert {"great", "boring"} <= model.opinion_terms


def test_calibration_is_monotone_and_stays_within_0_100() -> None:
    model = load_model()
    raw = np.linspace(-500, 500, 2001)
    calibrated = model.calibrate(raw)
    assert calibrated.min() >= 0 and calibrated.max() <= 100
    assert np.all(np.diff(calibrated) >= 0)


def test_the_model_survives_a_save_load_round_trip(tmp_path: Path) -> None:
    model = load_model()
    model.save(tmp_path / "copy.npz")
    copy = OpinionModel.load(tmp_path / "copy.npz")
    text = (OPINION / "mixed_glass.txt").read_text(encoding="utf-8")
    assert copy.score_text(text) == pytest.approx(model.score_text(text))


# --------------------------------------------------------------------------- reading reviews


@pytest.mark.parametrize("name", ["positive_lantern.txt", "positive_orchard.txt"])
def test_a_clearly_positive_review_is_positive(name: str) -> None:
    opinion = opinion_of(name)
    assert opinion.polarity == "positive"
    assert opinion.score >= 61
    assert opinion.confidence > 0.5


@pytest.mark.parametrize("name", ["negative_quarry.txt", "negative_signal.txt"])
def test_a_clearly_negative_review_is_negative(name: str) -> None:
    opinion = opinion_of(name)
    assert opinion.polarity == "negative"
    assert opinion.score <= 39
    assert opinion.confidence > 0.5


def test_a_review_praising_the_images_and_damning_the_script_is_middling_not_confidently_positive() -> None:
    # It ends on "frustrating, tedious ... not for much else": a mixed-to-negative verdict, read near the
    # 40 band edge (41 by the one-view model, 39 with the tail view); neither a rave nor a confident pan.
    opinion = opinion_of("mixed_glass.txt")
    assert opinion.polarity != "positive"
    assert 35 <= opinion.score <= 60
    assert opinion.confidence < 0.9


def test_scores_order_reviews_from_praise_to_pan() -> None:
    positive, mixed, negative = (opinion_of(n).score for n in ("positive_lantern.txt", "mixed_glass.txt", "negative_quarry.txt"))
    assert positive > mixed > negative


def test_the_same_review_always_gets_the_same_reading() -> None:
    assert opinion_of("mixed_glass.txt") == opinion_of("mixed_glass.txt")


def test_saying_the_same_thing_twice_does_not_change_the_reading() -> None:
    for name in ("positive_lantern.txt", "mixed_ferry.txt"):  # shorter and longer than the verdict model's MIN_WORDS
        text = (OPINION / name).read_text(encoding="utf-8").strip()
        assert read_opinion(text + "\n" + text, [], join_verdict=False) == read_opinion(text, [], join_verdict=False)
    # Joined with the verdict model, only the bigram across the seam is new: the same polarity and score.
    text = (OPINION / "mixed_ferry.txt").read_text(encoding="utf-8").strip()
    once, twice = read_opinion(text, []), read_opinion(text + "\n" + text, [])
    assert (twice.polarity, twice.score) == (once.polarity, once.score)


def test_web_text_and_tokenized_text_read_alike() -> None:
    raw = "It wasn't funny, and the plot's twists are DULL!"
    tokenized = "it wasn't funny , and the plot's twists are dull !"
    assert terms(raw) == terms(tokenized)


def test_negation_marks_the_words_it_governs_until_the_clause_ends() -> None:
    found = terms("The film is not funny at all, but it is good.")
    assert "not_funny" in found and "good" in found and "not_good" not in found


def test_the_last_three_sentences_are_read_again_as_the_verdict() -> None:
    found = terms("The plot is thin. The cast is strong. It drags. Skip it!")
    tail = [t[len(TAIL_MARK):] for t in found if t.startswith(TAIL_MARK)]
    assert "strong" in tail and "drags" in tail and "skip it" in tail
    assert "thin" in found and "thin" not in tail


def test_a_text_of_fewer_sentences_is_all_tail() -> None:
    found = terms("A tender, funny film")
    assert [t for t in found if t.startswith(TAIL_MARK)] == [TAIL_MARK + t for t in found if not t.startswith(TAIL_MARK)]


@pytest.mark.parametrize("text", [
    "The film is not funny at all, but it is good. Never, not once, dull! Is it bad? No. Hardly great; not bad.",
    "not not never good ! no . good ! ? not",
    "It isn't bad, it's \"not\" (never) good. Great. Fine! Ok? Ok",
    "A tender, funny film",
    "",
    (OPINION / "mixed_glass.txt").read_text(encoding="utf-8"),
])
def test_the_term_index_finds_the_columns_of_the_term_strings(text: str) -> None:
    model = load_model()
    words = tokens(text)
    expected = sorted({model.vocabulary[t] for t in terms(text) if t in model.vocabulary})
    assert model.term_index.columns(words, _tail_start(words)).tolist() == expected


# --------------------------------------------------------------------------- honesty on thin evidence


@pytest.mark.parametrize("text", ["", "   \n ", "Great film!", "A film by Ana Ruiz. 2024. 98 minutes."])
def test_too_little_text_gives_no_score_and_says_why(text: str) -> None:
    opinion = read_opinion(text, [])
    assert opinion.score is None
    assert opinion.polarity == "mixed"
    assert any("too little review text" in w for w in opinion.warnings)


def test_plot_summary_without_opinion_words_gives_no_confident_score() -> None:
    opinion = opinion_of("plot_only.txt")
    assert opinion.score is None or opinion.confidence < 0.5
    assert opinion.warnings


def test_mostly_quoted_dialogue_is_flagged_and_not_scored_confidently() -> None:
    opinion = opinion_of("mostly_quoted.txt")
    assert any("quoted dialogue" in w for w in opinion.warnings)
    assert opinion.score is None or opinion.confidence < 0.5


def test_non_english_text_is_flagged_and_not_scored() -> None:
    opinion = opinion_of("german.txt")
    assert opinion.score is None
    assert any("English" in w for w in opinion.warnings)


def test_confidence_is_a_probability() -> None:
    for path in sorted(OPINION.glob("*.txt")):
        opinion = read_opinion(path.read_text(encoding="utf-8"), [])
        assert opinion.confidence is None or 0.0 <= opinion.confidence <= 1.0
        assert (opinion.score is None) == (opinion.confidence is None)
