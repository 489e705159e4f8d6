"""Polarity of unrated reviews: the opinion model alone, the verdict model alone, and the two joined as shipped.

    .venv/bin/python -m eval.eval_verdict              # both parts (about 15 minutes on a free core)
    .venv/bin/python -m eval.eval_verdict --held-out   # part 2 only (under a minute)

1. Cross-validation on the data the verdict model trains on (`train/train_verdict.py`), each fold refitting it
   with the held-out part left out:
   - review pages: the unrated pages of the development splits `dev*`, one split (one labeller) left out at a
     time; the opinion model never trained on pages, so its shipped scores are held-out scores;
   - Pang & Lee scale, one critic left out at a time; the opinion scores are `eval_opinion.critic_cv`'s (each
     critic scored by an opinion model trained without them), so no score here is in-sample.
   A page the opinion model refuses (too short, not English) is `mixed` for every method, as in `analyze`;
   a text under `verdict.MIN_VERDICT_WORDS` words keeps the opinion model's polarity in the joined rows, as
   in `analyze`. The join reads the opinion score rounded to a whole number (`analyze` joins before rounding:
   at most half a point apart).
   The joining weight is varied over a grid on the same held-out probabilities: `verdict.WEIGHT` (0.7) and the
   model's C (`train_verdict.C`, 100) were chosen on these folds (the most right pages while Pang & Lee loses at
   most 2 points against the opinion model alone; the card has the grid), so its row is a development number,
   not a test.
2. Held out: the unrated pages of the `held_out*` splits, which no training step and no choice saw, read by
   the shipped models (`read_opinion` with and without the verdict).

Baseline in the same run: VADER (mean compound of the sentences, score 50 + 50 m, CONTRACT.md's bands).
"""

from __future__ import annotations

import re
import sys

import numpy as np

from consensus.extract.bands import move_into_band, polarity_of_score
from consensus.extract.sentiment import read_opinion, tokens, word_count
from consensus.extract.verdict import BAND_SIGMA, CLASSES, MIN_VERDICT_WORDS, WEIGHT, join
from eval.eval_opinion import critic_cv, load_data, vader_means
from eval.eval_pages import SPLITS
from train.train_opinion import target_score
from train.train_verdict import Example, fit_verdict, load_scale_examples, load_unrated_pages

GRID = (0.0, 0.25, 0.5, 0.7, 1.0, 2.0, 100.0)
MIXED = CLASSES.index("mixed")


def _class_of(score: float | None) -> int:
    return MIXED if score is None else CLASSES.index(polarity_of_score(int(round(score))))


def _opinion_scores(examples: list[Example]) -> list[float | None]:
    """The shipped opinion model's score of each page (None where it refuses the text)."""
    return [read_opinion(e.text, join_verdict=False).score for e in examples]


def held_out_probabilities(examples: list[Example], others: list[Example]) -> np.ndarray:
    """P(class) of each example from a verdict model fitted, per group, on everything but that group."""
    probabilities = np.zeros((len(examples), len(CLASSES)))
    groups = np.array([e.group for e in examples])
    for group in sorted(set(groups.tolist())):
        inside = groups == group
        model = fit_verdict([e for e, keep in zip(examples, ~inside) if keep] + others)
        for i in np.flatnonzero(inside):
            probabilities[i] = model.probabilities(examples[i].text)
        print(f"  {group}: {inside.sum()} held out", flush=True)
    return probabilities


def long_enough(examples: list[Example]) -> list[bool]:
    """Whether `read_opinion` joins the verdict model for each text (its word count, `MIN_VERDICT_WORDS`)."""
    return [word_count(tokens(e.text)) >= MIN_VERDICT_WORDS for e in examples]


def joined_classes(probabilities: np.ndarray, scores: list[float | None], joins: list[bool], weight: float) -> np.ndarray:
    """The class `read_opinion` gives each text: mixed when refused, the joined class when long enough, else the score's."""

    def one(p: np.ndarray, score: float | None, long: bool) -> int:
        if score is None or not long:
            return _class_of(score)
        return int(np.argmax(join(p, score, weight, BAND_SIGMA)))

    return np.array([one(p, s, long) for p, s, long in zip(probabilities, scores, joins)])


def moved_scores(classes: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Each score moved into its class's band (what `verdict.decide` ships)."""
    return np.array([move_into_band(s, CLASSES[c]) for c, s in zip(classes, scores)])


def cross_validation() -> None:
    pages, scale = load_unrated_pages(), load_scale_examples()
    truth_pages = np.array([e.label for e in pages])
    truth_scale = np.array([e.label for e in scale])
    print(f"1. cross-validation: {len(pages)} unrated development pages, {len(scale)} Pang & Lee scale reviews")
    page_scores = _opinion_scores(pages)
    print(" verdict model refitted per page split (scale reviews always in training):")
    page_p = held_out_probabilities(pages, scale)
    print(" opinion scores of the scale set, each critic by a model trained without them (eval_opinion.critic_cv):")
    data = load_data()
    scale_scores = critic_cv(data)
    print(" verdict model refitted per critic (pages always in training):")
    scale_p = held_out_probabilities(scale, pages)
    refused = sum(s is None for s in page_scores)
    vader_pages = np.array([_class_of(None if s is None else 50 + 50 * m)
                            for s, m in zip(page_scores, vader_means([e.text for e in pages]))])
    vader_scale = np.array([_class_of(50 + 50 * m) for m in vader_means([e.text for e in scale])])
    opinion_pages = np.array([_class_of(s) for s in page_scores])
    opinion_scale = np.array([_class_of(s) for s in scale_scores])
    verdict_pages = np.where([s is None for s in page_scores], MIXED, page_p.argmax(1))
    truth_score = target_score(np.array([r.rating for r in data.scale]))

    print(f"\n 3-class accuracy on held-out folds ({refused} refused pages count as mixed for every method)")
    print(f" {'method':38}{'pages':>10}{'P&L scale':>12}{'P&L MAE':>10}")
    print(f" {'VADER':38}{(vader_pages == truth_pages).mean():>10.3f}{(vader_scale == truth_scale).mean():>12.3f}{'':>10}")
    print(f" {'opinion model alone':38}{(opinion_pages == truth_pages).mean():>10.3f}"
          f"{(opinion_scale == truth_scale).mean():>12.3f}{np.abs(scale_scores - truth_score).mean():>10.2f}")
    print(f" {'verdict model alone (TF-IDF + LR)':38}{(verdict_pages == truth_pages).mean():>10.3f}"
          f"{(scale_p.argmax(1) == truth_scale).mean():>12.3f}{'':>10}")
    page_joins, scale_joins = long_enough(pages), long_enough(scale)
    print(f" texts under {MIN_VERDICT_WORDS} words (opinion model alone in the joined rows): "
          f"{page_joins.count(False)} pages, {scale_joins.count(False)} scale reviews")
    for weight in GRID:
        pages_joined = joined_classes(page_p, page_scores, page_joins, weight)
        scale_joined = joined_classes(scale_p, list(scale_scores), scale_joins, weight)
        mae = np.abs(moved_scores(scale_joined, scale_scores) - truth_score).mean()
        name = f"joined, weight {weight:g}" + (" (shipped)" if weight == WEIGHT else "")
        print(f" {name:38}{(pages_joined == truth_pages).mean():>10.3f}{(scale_joined == truth_scale).mean():>12.3f}"
              f"{mae:>10.2f}")


def held_out() -> None:
    splits = [s for s in SPLITS if s.startswith("held_out")]
    print(f"\n2. held out: unrated pages of {', '.join(splits)}, shipped models")
    print(f" {'split':12}{'pages':>7}{'opinion alone':>15}{'joined':>10}")
    pages = load_unrated_pages(re.compile("|".join(splits)))
    totals = np.zeros(3, dtype=int)
    for split in splits:
        right = np.zeros(3, dtype=int)
        for page in (p for p in pages if p.group == split):
            label = CLASSES[page.label]
            right += (1, read_opinion(page.text, join_verdict=False).polarity == label, read_opinion(page.text).polarity == label)
        totals += right
        print(f" {split:12}{right[0]:>7}{right[1]:>15}{right[2]:>10}")
    print(f" {'all':12}{totals[0]:>7}{totals[1] / totals[0]:>15.3f}{totals[2] / totals[0]:>10.3f}")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "--held-out" not in args:
        cross_validation()
    held_out()


if __name__ == "__main__":
    main()
