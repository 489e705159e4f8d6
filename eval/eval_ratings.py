"""How well the rating reader reads critics' ratings, and how rarely it reads one that is not there.

Three measurements, each beside a naive baseline run on the same inputs:

1. Rotten Tomatoes `review_score` strings (../shared/data/rt_critic_reviews.csv.gz):
   every non-empty one through `parse_score_string`, checked against an
   independent expectation (plain fraction arithmetic or the letter table
   written out again below) and against the review's Fresh/Rotten label as a
   sanity signal (score >= 60 vs Fresh). Unparsed strings are grouped by reason.
2. Critic ratings in other styles (written here, not taken from any dataset),
   each as a short review through `find_rating`.
3. Pang & Lee scale texts (../shared/data/pang_lee_scale.jsonl.gz): the critics'
   ratings were removed but legends, separators and some real ratings remain.
   How many texts get a rating, whether those agree with the dataset's own
   normalized rating, and how many were read from a legend, a separator or
   someone else's verdict (should be none). Plus the speed of `find_rating`.

    .venv/bin/python -m eval.eval_ratings
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import os
import re
import time
from collections import Counter
from pathlib import Path

from consensus.extract import rating_context as ctx
from consensus.extract.rating_parse import parse_score_string
from consensus.extract.ratings import find_rating
from consensus.models import Document, Film

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parent.parent.parent / "shared")) / "data"

# The letter table of CONTRACT.md, written out again so the check does not reuse the code it checks.
CONTRACT_LETTERS = {"A+": 100, "A": 100, "A-": 91, "B+": 83, "B": 75, "B-": 67, "C+": 58, "C": 50, "C-": 42,
                    "D+": 33, "D": 25, "D-": 16, "F": 0}
_FRACTION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*$")
_NAIVE_FRACTION = re.compile(r"(\d+(?:\.\d+)?)/(\d+)")  # baseline: a bare "x/y" search, nothing else

# Ratings in styles the RT strings do not show: (line as a critic writes it, expected 0-100 score).
OTHER_STYLES: list[tuple[str, int]] = [
    ("Film Rating: 7/10", 70), ("My Rate: 7/10", 70), ("Rating: 4/5", 80), ("Score: 88/100", 88),
    ("★★★½ (out of 5)", 70), ("Verdict: ★★★★☆", 80), ("★★½", 50), ("Stars: ★★★★★", 100),
    ("*** out of ****", 75), ("Rating: *** 1/2", 70), ("I give it 3 1/2 stars.", 70), ("3.5 stars", 70),
    ("4 stars", 80), ("I'll give it three and a half stars out of five.", 70), ("2½ out of 4", 63),
    ("A solid 7 out of 10.", 70), ("(3/4)", 75), ("8.5/10", 85), ("Rating: 0/5", 0), ("Grade: B+", 83),
    ("Grade: A-", 91), ("Grade: C+", 58), ("I give it a B-.", 67), ("The film earns a C.", 50),
    ("My score: 85%", 85), ("RATING (0 to 10): 7", 70), ("Final score: 6.5/10", 65), ("Overall: 9/10", 90),
    ("It gets 4 stars from me.", 80), ("3 of 5 stars", 60), ("Rating: 16/20", 80), ("Rating: ★★★☆☆", 60),
    ("MY RATING: 8/10", 80), ("Rating - 7/10", 70), ("Verdict: 3/5 - worth a stream", 60),
    ("I'd give it 7/10.", 70), ("Rating: 2.5/4", 63), ("4.5/5", 90), ("Three stars out of five.", 60),
    ("Our rating: ★★", 40),
]


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5 + 1e-9))


def expected_score(raw: str) -> int | None:
    """What CONTRACT.md says a score string is worth, computed without the parser."""
    s = raw.strip()
    if s in CONTRACT_LETTERS:
        return CONTRACT_LETTERS[s]
    m = _FRACTION.match(s)
    if m and float(m.group(2)) > 0 and float(m.group(1)) <= float(m.group(2)):
        return _round_half_up(100 * float(m.group(1)) / float(m.group(2)))
    return None


def why_unparsed(raw: str) -> str:
    s = raw.strip()
    m = _FRACTION.match(s)
    if m:
        if float(m.group(1)) > float(m.group(2)):
            return "value above its maximum"
        return f"unusual scale (/{m.group(2)})"
    if re.fullmatch(r"[A-Za-z][+-]?", s):
        return "not a letter grade"
    return "unrecognized shape"


def rt_scores() -> None:
    rows = list(csv.DictReader(gzip.open(DATA / "rt_critic_reviews.csv.gz", "rt", encoding="utf-8")))
    scored = [r for r in rows if r["review_score"].strip()]
    parsed = unparsed = right = wrong = naive = 0
    reasons: Counter[str] = Counter()
    wrong_examples: list[str] = []
    fresh_agree = fresh_total = 0
    by_style: Counter[str] = Counter()
    by_style_agree: Counter[str] = Counter()
    for row in scored:
        raw = row["review_score"]
        rating = parse_score_string(raw)
        if _NAIVE_FRACTION.search(raw):
            naive += 1
        if rating is None:
            unparsed += 1
            reasons[why_unparsed(raw)] += 1
            continue
        parsed += 1
        expected = expected_score(raw)
        if expected == rating.score:
            right += 1
        else:
            wrong += 1
            wrong_examples.append(f"{raw!r} -> {rating.score} (expected {expected})")
        if row["review_type"] in ("Fresh", "Rotten"):
            style = "letter" if rating.scale_max is None else f"/{rating.scale_max:g}"
            agree = (rating.score >= 60) == (row["review_type"] == "Fresh")
            fresh_total += 1
            fresh_agree += agree
            by_style[style] += 1
            by_style_agree[style] += agree

    print(f"Rotten Tomatoes review_score strings: {len(rows)} reviews, {len(scored)} with a score string")
    print(f"  {'parser':<34}{'parsed':>8}{'right':>8}{'wrong':>8}{'unparsed':>10}")
    print(f"  {'parse_score_string':<34}{parsed:>8}{right:>8}{wrong:>8}{unparsed:>10}")
    print(f"  {'baseline: naive x/y regex':<34}{naive:>8}{'':>8}{'':>8}{len(scored) - naive:>10}")
    if reasons:
        print("  unparsed, by reason: " + ", ".join(f"{k}: {v}" for k, v in reasons.most_common()))
    else:
        print("  unparsed, by reason: none")
    for example in wrong_examples[:5]:
        print(f"  wrong: {example}")
    pct = 100 * fresh_agree / fresh_total if fresh_total else 0.0
    print(f"  sanity: score >= 60 agrees with the Fresh/Rotten label on {fresh_agree}/{fresh_total} ({pct:.1f}%)")
    print("  " + ", ".join(f"{s}: {100 * by_style_agree[s] / n:.0f}% of {n}" for s, n in by_style.most_common()))


def other_styles() -> None:
    right = 0
    misses = []
    for line, expected in OTHER_STYLES:
        document = Document(source="style", sha256="0", text=line, lines=[line])
        rating = find_rating(document, Film()).rating
        if rating is not None and rating.score == expected:
            right += 1
        else:
            misses.append(f"{line!r} -> {rating.score if rating else None} (expected {expected})")
    naive = sum(1 for line, expected in OTHER_STYLES if _naive_line_score(line) == expected)
    print(f"\nCritic ratings in other styles (written for this evaluation): {len(OTHER_STYLES)}")
    print(f"  find_rating right: {right}/{len(OTHER_STYLES)};  baseline naive x/y regex right: {naive}/{len(OTHER_STYLES)}")
    for miss in misses:
        print(f"  miss: {miss}")


def _naive_line_score(line: str) -> int | None:
    m = _NAIVE_FRACTION.search(line)
    if not m or float(m.group(2)) == 0:
        return None
    return _round_half_up(100 * float(m.group(1)) / float(m.group(2)))


_THIRD_PARTY = re.compile(r"\b(?:son|friend|buddy|cousins?|wife|he|she|they)\b[^.]*\b(?:gave|giving|rated)\b", re.IGNORECASE)
_FIRST_PERSON_STARS = re.compile(
    r"\b(?:I|we)\b[^.!?]{0,80}?\b(?:give|gave|giving|award|awarded|awarding|rate|rated)\b[^.!?]{0,80}?"
    r"(?:\*|\bstars?\b)", re.IGNORECASE,
)


def pang_lee() -> None:
    records = [json.loads(line) for line in gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8")]
    documents = [Document(source=r["review_id"], sha256="0", text=r["text"],
                          lines=[line.strip() for line in r["text"].split("\n") if line.strip()]) for r in records]
    film = Film()
    rated = []
    started = time.process_time()
    results = [find_rating(d, film) for d in documents]
    elapsed = time.process_time() - started
    for record, result in zip(records, results):
        if result.rating is not None:
            rated.append((record, result.rating))
    by_author = Counter(r["author"] for r, _ in rated)
    legend = sum(1 for _, rt in rated if ctx.legend_stars(rt.evidence) is not None or ctx.is_separator(rt.evidence))
    third = sum(1 for _, rt in rated if _THIRD_PARTY.search(rt.evidence) and not re.search(r"\bI\b", rt.evidence))
    errors = [abs(rt.score - 100 * r["rating_norm"]) for r, rt in rated]
    within = sum(1 for e in errors if e <= 20)
    with_legend = sum(1 for r in records if "**** =" in r["text"] or "\\ ****" in r["text"])
    # Baseline: any asterisk run or "N stars" anywhere counts as a rating.
    naive = sum(1 for r in records if re.search(r"(?<![*\w])\*{1,5}(?![*\w])|\b\d(?:\.5)?\s+stars?\b", r["text"]))
    # A rough recall proxy: texts where the critic writes "I give/award/rate ... * or stars" in one sentence.
    voiced = [i for i, r in enumerate(records) if _FIRST_PERSON_STARS.search(r["text"])]
    voiced_found = sum(1 for i in voiced if results[i].rating is not None)

    print(f"\nPang & Lee scale texts (ratings removed by the dataset authors; legends and some ratings remain): {len(records)}")
    print(f"  texts with a rating legend: {with_legend}")
    print(f"  {'reader':<44}{'texts given a rating':>22}")
    print(f"  {'find_rating':<44}{len(rated):>22}")
    print(f"  {'baseline: any *** run or N stars':<44}{naive:>22}")
    print("  by critic: " + ", ".join(f"{a}: {n}" for a, n in by_author.most_common()))
    print(f"  read from a legend or separator line: {legend}; from someone else's verdict (son, friend...): {third}")
    if errors:
        mae = sum(errors) / len(errors)
        print(f"  agreement with the dataset's rating_norm: within 20 points {within}/{len(errors)}, mean abs diff {mae:.1f}")
    print(f"  recall proxy: texts with an 'I give/award/rate ... * / stars' sentence: {len(voiced)}, rated: {voiced_found}")
    outliers = sorted(rated, key=lambda p: -abs(p[1].score - 100 * p[0]["rating_norm"]))[:5]
    for record, rating in outliers:
        print(f"  largest gap: id {record['review_id']} norm {record['rating_norm']} read {rating.text!r} "
              f"({rating.score}) from {rating.evidence[:90]!r}")
    print(f"  all {len(documents)} texts read in {elapsed:.1f} s of CPU time")
    speed(documents)


_TOKENS = re.compile(r"\w+")


def speed(documents: list[Document]) -> None:
    """CPU time of find_rating on ~1,000-word reviews (best of 5 runs), beside a plain word tokenization."""
    sample = [d for d in documents if 900 <= len(d.text.split()) <= 1100][:200]
    film = Film()
    best_rating = best_tokens = float("inf")
    for _ in range(5):
        started = time.process_time()
        for d in sample:
            find_rating(d, film)
        best_rating = min(best_rating, (time.process_time() - started) / len(sample))
        started = time.process_time()
        for d in sample:
            _TOKENS.findall(d.text)
        best_tokens = min(best_tokens, (time.process_time() - started) / len(sample))
    print(f"  speed on {len(sample)} reviews of 900-1,100 words (CPU time, best of 5): find_rating "
          f"{1000 * best_rating:.3f} ms per review; baseline: a \\w+ tokenization of the same text "
          f"{1000 * best_tokens:.3f} ms")


def main() -> None:
    if not DATA.is_dir():
        print(f"The public datasets are not here ({DATA}); nothing to evaluate.")
        return
    rt_scores()
    other_styles()
    pang_lee()


if __name__ == "__main__":
    main()
