"""Polarity of unrated reviews: the opinion model alone, the verdict model alone, and the two joined as shipped.

    .venv/bin/python -m eval.eval_verdict              # all three parts (about 15 minutes on a free core)
    .venv/bin/python -m eval.eval_verdict --held-out   # parts 2 and 3 only (about a minute)

1. Cross-validation on the data the verdict model trains on (`train/train_verdict.py`), each fold refitting it
   with the held-out part left out:
   - review pages: the unrated pages of the development splits `dev*`, one split (one labeller) left out at a
     time; the opinion model never trained on pages, so its shipped scores are held-out scores;
   - Pang & Lee scale, one critic left out at a time; the opinion scores are `eval_opinion.critic_cv`'s (each
     critic scored by an opinion model trained without them), so no score here is in-sample.
   A page the opinion model refuses (too short, not English) is `mixed` for every method, as in `analyze`;
   a text under `verdict.MIN_VERDICT_WORDS` words, or one the refitted model's gate does not read as a page,
   keeps the opinion model's polarity in the joined rows, as in `analyze` (one row joins without the gate, as
   `analyze` did before the gate). The join reads the opinion score rounded to a whole number (`analyze` joins
   before rounding: at most half a point apart).
   The joining weight is varied over a grid on the same held-out probabilities: `verdict.WEIGHT` (0.7) and the
   model's C (`train_verdict.C`, 100) were chosen on these folds (the most right pages while Pang & Lee loses at
   most 2 points against the opinion model alone; the card has the grid), so its row is a development number,
   not a test.
2. Held out: the unrated pages of the `held_out*` splits, which no training step and no choice saw, read by
   the shipped models (`read_opinion` with and without the verdict).
3. Real critics' language at page length: the Rotten Tomatoes pull-quotes of `rt_critic_reviews` (never trained
   on by either model), those of one film and one verdict joined in a random order until a text holds 200 words
   (each quote used once). A Fresh text should read positive and a Rotten one negative. Concatenated quotes are
   not a review (every sentence is a verdict, by several critics), but they are real critics' words at the
   length the verdict model joins: the shipped models read them with the gate, without it, and the opinion
   model alone.

Baseline in the same run: VADER (mean compound of the sentences, score 50 + 50 m, CONTRACT.md's bands).
"""

from __future__ import annotations

import dataclasses
import random
import re
import sys
from collections import defaultdict

import numpy as np

from consensus.extract.bands import move_into_band, polarity_of_score
from consensus.extract.sentiment import read_opinion, tokens, word_count
from consensus.extract.verdict import (BAND_SIGMA, CLASSES, MIN_PAGE_LIKENESS, MIN_VERDICT_WORDS, WEIGHT, join,
                                       load_verdict_model)
from eval.eval_opinion import critic_cv, load_data, vader_means
from eval.eval_pages import SPLITS
from train.datasets import load_rt_reviews
from train.train_opinion import target_score
from train.train_verdict import Example, fit_verdict, load_scale_examples, load_unrated_pages

GRID = (0.0, 0.25, 0.5, 0.7, 1.0, 2.0, 100.0)
MIXED = CLASSES.index("mixed")


def _class_of(score: float | None) -> int:
    return MIXED if score is None else CLASSES.index(polarity_of_score(int(round(score))))


def _opinion_scores(examples: list[Example]) -> list[float | None]:
    """The shipped opinion model's score of each page (None where it refuses the text)."""
    return [read_opinion(e.text, join_verdict=False).score for e in examples]


def held_out_probabilities(examples: list[Example], others: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    """P(class) and the gate's page-likeness of each example, from a verdict model fitted, per group, on
    everything but that group."""
    probabilities = np.zeros((len(examples), len(CLASSES)))
    likeness = np.zeros(len(examples))
    groups = np.array([e.group for e in examples])
    for group in sorted(set(groups.tolist())):
        inside = groups == group
        model = fit_verdict([e for e, keep in zip(examples, ~inside) if keep] + others)
        for i in np.flatnonzero(inside):
            probabilities[i], likeness[i] = model.read(examples[i].text)
        print(f"  {group}: {inside.sum()} held out, {(likeness[inside] >= MIN_PAGE_LIKENESS).sum()} read as pages "
              "by the gate", flush=True)
    return probabilities, likeness


def long_enough(examples: list[Example]) -> list[bool]:
    """Whether each text is long enough for `read_opinion` to join the verdict model (`MIN_VERDICT_WORDS`)."""
    return [word_count(tokens(e.text)) >= MIN_VERDICT_WORDS for e in examples]


def gated(long: list[bool], likeness: np.ndarray) -> list[bool]:
    """Whether `read_opinion` joins the verdict model for each text: long enough and read as a page by the gate."""
    return [is_long and like >= MIN_PAGE_LIKENESS for is_long, like in zip(long, likeness)]


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
    page_p, page_likeness = held_out_probabilities(pages, scale)
    print(" opinion scores of the scale set, each critic by a model trained without them (eval_opinion.critic_cv):")
    data = load_data()
    scale_scores = critic_cv(data)
    print(" verdict model refitted per critic (pages always in training):")
    scale_p, scale_likeness = held_out_probabilities(scale, pages)
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
    page_long, scale_long = long_enough(pages), long_enough(scale)
    page_joins, scale_joins = gated(page_long, page_likeness), gated(scale_long, scale_likeness)
    print(f" opinion model alone in the joined rows: texts under {MIN_VERDICT_WORDS} words "
          f"({page_long.count(False)} pages, {scale_long.count(False)} scale reviews); long texts the gate does not "
          f"read as pages ({page_joins.count(False) - page_long.count(False)} pages, "
          f"{scale_joins.count(False) - scale_long.count(False)} scale reviews)")
    rows = [(f"joined, weight {WEIGHT:g}, no gate (before)", WEIGHT, page_long, scale_long)]
    rows += [(f"joined, weight {weight:g}" + (" (shipped)" if weight == WEIGHT else ""), weight, page_joins, scale_joins)
             for weight in GRID]
    for name, weight, page_rows, scale_rows in rows:
        pages_joined = joined_classes(page_p, page_scores, page_rows, weight)
        scale_joined = joined_classes(scale_p, list(scale_scores), scale_rows, weight)
        mae = np.abs(moved_scores(scale_joined, scale_scores) - truth_score).mean()
        print(f" {name:38}{(pages_joined == truth_pages).mean():>10.3f}{(scale_joined == truth_scale).mean():>12.3f}"
              f"{mae:>10.2f}")


def held_out() -> None:
    splits = [s for s in SPLITS if s.startswith("held_out")]
    print(f"\n2. held out: unrated pages of {', '.join(splits)}, shipped models")
    print(f" {'split':12}{'pages':>7}{'read as pages by the gate':>27}{'opinion alone':>15}{'joined':>10}")
    pages = load_unrated_pages(re.compile("|".join(splits)))
    model = load_verdict_model()
    totals = np.zeros(4, dtype=int)
    for split in splits:
        right = np.zeros(4, dtype=int)
        for page in (p for p in pages if p.group == split):
            label = CLASSES[page.label]
            right += (1, model.page_likeness(page.text) >= MIN_PAGE_LIKENESS,
                      read_opinion(page.text, join_verdict=False).polarity == label, read_opinion(page.text).polarity == label)
        totals += right
        print(f" {split:12}{right[0]:>7}{right[1]:>27}{right[2]:>15}{right[3]:>10}")
    print(f" {'all':12}{totals[0]:>7}{totals[1]:>27}{totals[2] / totals[0]:>15.3f}{totals[3] / totals[0]:>10.3f}")


def quote_texts(words: int = 200, seed: int = 0) -> list[tuple[str, str]]:
    """(verdict, text) pairs: each film's Fresh (or Rotten) pull-quotes joined in a seeded random order until a
    text holds `words` words; a film's last, shorter remainder is dropped."""
    quotes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in load_rt_reviews():
        if (quote := (row["review_content"] or "").strip()) and row["review_type"] in ("Fresh", "Rotten"):
            quotes[(row["rotten_tomatoes_link"], row["review_type"])].append(quote)
    rng, texts = random.Random(seed), []
    for (_, verdict), film_quotes in sorted(quotes.items()):
        rng.shuffle(film_quotes)
        chunk: list[str] = []
        count = 0
        for quote in film_quotes:
            chunk.append(quote)
            count += len(quote.split())
            if count >= words:
                texts.append((verdict, " ".join(chunk)))
                chunk, count = [], 0
    return texts


def real_quotes() -> None:
    texts = quote_texts()
    print(f"\n3. real critics' language at page length: {len(texts)} texts of Rotten Tomatoes pull-quotes "
          f"(200 words or more, one film and one verdict each; {sum(v == 'Fresh' for v, _ in texts)} Fresh)")
    model = load_verdict_model()
    ungated = dataclasses.replace(model, gate_coef=None)
    want = {"Fresh": "positive", "Rotten": "negative"}
    right: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(4, dtype=int))
    pages = 0
    for verdict, text in texts:
        pages += model.page_likeness(text) >= MIN_PAGE_LIKENESS
        readings = (read_opinion(text, join_verdict=False), read_opinion(text, verdict_model=ungated),
                    read_opinion(text))
        right[verdict] += (1, *(r.polarity == want[verdict] for r in readings))
    print(f" the gate reads {pages} of {len(texts)} as pages")
    print(f" {'verdict':10}{'texts':>7}{'opinion alone':>15}{'joined, no gate':>17}{'shipped':>10}")
    for verdict in ("Fresh", "Rotten"):
        n, *hits = right[verdict]
        print(f" {verdict:10}{n:>7}" + "".join(f"{h / n:>{w}.3f}" for h, w in zip(hits, (15, 17, 10))))
    n, *hits = right["Fresh"] + right["Rotten"]
    print(f" {'all':10}{n:>7}" + "".join(f"{h / n:>{w}.3f}" for h, w in zip(hits, (15, 17, 10))))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "--held-out" not in args:
        cross_validation()
    held_out()
    real_quotes()


if __name__ == "__main__":
    main()
