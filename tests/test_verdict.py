"""The verdict of an unrated review (`consensus.extract.verdict`): a TF-IDF model joined with the opinion score.

Accuracy is measured by `python -m eval.eval_verdict` (cross-validated and on held-out pages), not here; these
tests pin what the module promises: scikit-learn's features reproduced exactly, the join's arithmetic, a score
that always agrees with its polarity, the shipped model reading the labelled pages' mixed reviews as mixed, and
its gate leaving real critics' reviews to the opinion model.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from consensus.extract.bands import BAND_EDGES, polarity_of_score
from consensus.extract.sentiment import read_opinion, tokens, word_count
from consensus.extract.verdict import (CLASSES, MIN_PAGE_LIKENESS, MIN_VERDICT_WORDS, MODEL_PATH, VerdictModel, decide,
                                       join, load_verdict_model, ngrams)
from consensus.ingest.reader import read_document
from eval.eval_verdict import quote_texts
from train.train_verdict import export, load_unrated_pages

OPINION = Path(__file__).resolve().parent / "fixtures" / "opinion"
FILES = sorted(OPINION.glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in FILES]


def words_in(text: str) -> int:
    return word_count(tokens(text))


def words(name: str) -> int:
    return words_in((OPINION / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def small_model() -> tuple[TfidfVectorizer, LogisticRegression, VerdictModel]:
    """A verdict model fitted on the opinion fixtures, labelled by their file names."""
    labels = [0 if p.name.startswith("negative") else 2 if p.name.startswith("positive") else 1 for p in FILES]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), binary=True)
    classifier = LogisticRegression(C=10.0, max_iter=1000).fit(vectorizer.fit_transform(TEXTS), labels)
    return vectorizer, classifier, export(vectorizer, classifier, {"test": True})


@pytest.fixture(scope="module")
def gated_model(small_model) -> tuple[TfidfVectorizer, LogisticRegression, VerdictModel]:
    """The small model with a gate that calls every other fixture a page (an arbitrary split)."""
    vectorizer, classifier, _ = small_model
    is_page = [i % 2 == 0 for i in range(len(FILES))]
    gate = LogisticRegression(C=10.0, max_iter=1000).fit(vectorizer.transform(TEXTS), is_page)
    return vectorizer, gate, export(vectorizer, classifier, {"test": True}, gate)


def test_terms_are_scikit_learns_word_uni_and_bigrams() -> None:
    analyzer = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    for text in [*TEXTS, "Don't MISS it: 8/10, café-au-lait, naïve — it's x y z!", ""]:
        assert ngrams(text) == analyzer(text)


def test_probabilities_are_the_fitted_pipelines_exactly(small_model) -> None:
    vectorizer, classifier, model = small_model
    texts = [*TEXTS, "A film with words the fixtures never used: zebra quantum.", "qqzx vvkw", "", "8/10 !!"]
    expected = classifier.predict_proba(vectorizer.transform(texts))
    got = np.array([model.probabilities(t) for t in texts])
    assert np.allclose(got, expected, atol=1e-9)


def test_the_gate_is_the_fitted_logistic_regression_exactly(gated_model) -> None:
    vectorizer, gate, model = gated_model
    texts = [*TEXTS, "A film with words the fixtures never used: zebra quantum.", "qqzx vvkw", ""]
    expected = gate.predict_proba(vectorizer.transform(texts))[:, 1]
    assert np.allclose([model.page_likeness(t) for t in texts], expected, atol=1e-9)


@pytest.mark.parametrize("fixture", ["small_model", "gated_model"])
def test_a_saved_model_loads_back_the_same(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    model = request.getfixturevalue(fixture)[2]
    model.save(tmp_path / "verdict.npz")
    loaded = VerdictModel.load(tmp_path / "verdict.npz")
    assert loaded.vocabulary == model.vocabulary and loaded.meta == {"test": True}
    for text in TEXTS:
        assert np.allclose(loaded.probabilities(text), model.probabilities(text), atol=1e-6)
        assert loaded.page_likeness(text) == pytest.approx(model.page_likeness(text), abs=1e-6)


def test_a_model_without_a_gate_reads_every_text_as_a_page(small_model) -> None:
    assert all(small_model[2].page_likeness(text) == 1.0 for text in [*TEXTS, ""])


def test_a_text_the_gate_does_not_read_as_a_page_is_left_to_the_opinion_model(gated_model) -> None:
    model = gated_model[2]
    for text in TEXTS:
        if words_in(text) < MIN_VERDICT_WORDS:
            continue
        opinion_alone = read_opinion(text, join_verdict=False)
        if model.page_likeness(text) < MIN_PAGE_LIKENESS:
            assert decide(text, 50.0, model) is None
            assert read_opinion(text, verdict_model=model) == opinion_alone
        else:
            assert decide(text, 50.0, model) is not None


def test_a_text_with_no_known_term_gets_the_class_priors(small_model) -> None:
    _, classifier, model = small_model
    expected = np.exp(classifier.intercept_) / np.exp(classifier.intercept_).sum()
    assert np.allclose(model.probabilities("qqzx vvkw"), expected)


def test_with_no_weight_the_verdict_model_decides_and_with_a_huge_one_the_opinion_score() -> None:
    says_mixed = np.array([0.1, 0.8, 0.1])
    assert np.allclose(join(says_mixed, 90.0, weight=0.0), says_mixed)
    assert np.argmax(join(says_mixed, 90.0, weight=100.0)) == CLASSES.index("positive")
    assert np.argmax(join(says_mixed, 90.0, weight=0.5)) == CLASSES.index("mixed")


@pytest.mark.parametrize("opinion_score", [0.0, 25.0, 39.4, 39.6, 50.0, 60.6, 75.0, 100.0])
def test_the_score_is_moved_into_the_chosen_band(small_model, opinion_score: float) -> None:
    _, _, model = small_model
    for text in TEXTS:
        verdict = decide(text, opinion_score, model)
        low, high = BAND_EDGES[verdict.polarity]
        assert low <= verdict.score <= high
        assert polarity_of_score(verdict.score) == verdict.polarity
        if low <= round(opinion_score) <= high:
            assert verdict.score == round(opinion_score)


# --------------------------------------------------------------------------- the shipped model


def test_the_shipped_model_is_small_and_records_its_training_data() -> None:
    assert MODEL_PATH.is_file(), "verdict model not built: python -m train.train_verdict"
    model = load_verdict_model()
    assert MODEL_PATH.stat().st_size < 10_000_000
    assert model.meta["pages"] >= 200 and model.meta["scale_reviews"] > 3000
    assert all(split.startswith("dev") for split in model.meta["page_splits"])


@pytest.mark.parametrize(("name", "polarity"), [("mixed_ferry.txt", "mixed"), ("negative_static.txt", "negative"),
                                                ("positive_kiln.txt", "positive")])
def test_an_unrated_reviews_polarity_is_the_joined_verdict(name: str, polarity: str) -> None:
    assert words(name) >= MIN_VERDICT_WORDS
    opinion = read_opinion((OPINION / name).read_text(encoding="utf-8"))
    assert opinion.polarity == polarity
    assert polarity_of_score(opinion.score) == polarity


def test_a_pan_the_opinion_model_alone_calls_mixed_is_negative() -> None:
    text = (OPINION / "negative_static.txt").read_text(encoding="utf-8")
    assert read_opinion(text, join_verdict=False).polarity == "mixed"
    assert read_opinion(text).polarity == "negative"


class _NeverCalled(VerdictModel):
    def probabilities(self, text: str) -> np.ndarray:
        raise AssertionError("the verdict model read a text shorter than MIN_VERDICT_WORDS")


def test_a_text_shorter_than_the_verdict_models_pages_is_read_by_the_opinion_model_alone() -> None:
    assert 25 < words("mixed_glass.txt") < MIN_VERDICT_WORDS
    text = (OPINION / "mixed_glass.txt").read_text(encoding="utf-8")
    never = _NeverCalled({}, np.zeros(0), np.zeros((3, 0)), np.zeros(3))
    assert read_opinion(text, verdict_model=never) == read_opinion(text, join_verdict=False)


def test_the_gate_reads_held_out_labelled_pages_as_pages() -> None:
    """Pages of the held-out splits, which no training step saw, are the kind the verdict model learned from."""
    model = load_verdict_model()
    pages = load_unrated_pages(re.compile(r"held_out\d*"))
    assert len(pages) >= 50
    assert all(model.page_likeness(page.text) >= MIN_PAGE_LIKENESS for page in pages)


def test_the_gate_leaves_real_critics_reviews_to_the_opinion_model(seeds_dir: Path) -> None:
    model = load_verdict_model()
    for path in sorted(seeds_dir.iterdir()):
        assert model.page_likeness(read_document(path).text) < MIN_PAGE_LIKENESS, path.name


def test_the_gate_leaves_real_critics_pull_quotes_at_page_length_to_the_opinion_model(data_dir: Path) -> None:
    """Rotten Tomatoes pull-quotes (never trained on), a film's Fresh or Rotten ones joined into 200-word texts."""
    model = load_verdict_model()
    texts = [text for _, text in quote_texts()]
    assert len(texts) > 100
    assert sum(model.page_likeness(text) >= MIN_PAGE_LIKENESS for text in texts) <= len(texts) // 50
