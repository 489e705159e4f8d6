"""The shipped sentence model: verdict polarity, opinion vs plot, evaluative cues with negation."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from consensus.extract import sentence_sentiment
from consensus.extract.sentence_sentiment import (
    N_FEATURES,
    evaluative_cues,
    featurize_text,
    hashed_counts,
    label,
    load_model,
    score_sentences,
    term_counts,
    weigh,
)


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


def test_negation_reaches_three_words_and_stops_at_a_clause_end() -> None:
    assert featurize_text("Not very good at all.") == "not not_very not_good not_at all ."
    assert featurize_text("Never dull; never, ever boring.") == "never not_dull ; never , ever boring ."
    assert featurize_text("No, not never good") == "no , not not_never not_good"


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


# Invented sentences: negation, curly apostrophes, dashes, digits, accents, repeats, nothing to featurize.
TRICKY = [
    "A gripping, beautifully acted thriller.",
    "It isn’t good — it isn't even bad; it's nothing, nothing, nothing.",
    "Not once, not twice: never did the 2 leads (or the 3rd) convince me...",
    "Café society à la mode, naïve but never dull!",
    "",
    "...",
    "the the the the the",
]


def test_fast_scores_equal_the_scikit_learn_pipeline_they_were_trained_on() -> None:
    model = load_model()
    x = weigh(term_counts(TRICKY), model.idf)
    reference_polarity = 1 / (1 + np.exp(-(x @ model.polarity_coef + model.polarity_bias)))
    reference_opinion = 1 / (1 + np.exp(-(x @ model.opinion_coef + model.opinion_bias)))
    polarity, opinion = model.score(TRICKY)
    assert np.allclose(polarity, reference_polarity, rtol=0, atol=1e-9)
    assert np.allclose(opinion, reference_opinion, rtol=0, atol=1e-9)


def test_hashed_counts_are_the_hashing_vectorizer_counts() -> None:
    vectorizer = HashingVectorizer(n_features=N_FEATURES, token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
                                   alternate_sign=False, norm=None)
    expected = vectorizer.transform([featurize_text(t) for t in TRICKY])
    counts = hashed_counts(TRICKY)
    assert counts.shape == expected.shape and (counts != expected).nnz == 0 and counts.has_sorted_indices


def test_remembered_scores_stay_right_when_the_memo_fills_up(monkeypatch) -> None:
    monkeypatch.setattr(sentence_sentiment, "_MEMO_SIZE", 3)
    sentence_sentiment.clear_memos()
    expected = load_model().score(TRICKY)
    for start in range(len(TRICKY)):  # each call mixes remembered and new texts
        polarity, opinion = score_sentences(TRICKY[: start + 2])
        assert np.allclose(polarity, expected[0][: start + 2]) and np.allclose(opinion, expected[1][: start + 2])
    assert len(sentence_sentiment._MEMO) <= 3 + len(TRICKY)
