"""Aspect sentiment against sentences we labelled ourselves (tests/fixtures/aspects/labelled.jsonl).

The labelled file holds references (dataset file, record id, sentence index)
and labels only; the text is read from ../shared/data. Records are split dev
(about a third, by record id) and test; lexicon and thresholds were looked at
on dev only, and the table reports test.

Measures, for `consensus` and a baseline that uses the same aspect lexicon but
scores each sentence with VADER (compound >= 0.05 positive, <= -0.05
negative, else mixed) and no opinion filter:
- aspect detection precision / recall / F1 over (sentence, aspect) pairs, and macro-F1 over aspects;
- sentiment accuracy on correctly detected aspects;
- accuracy on sentences labelled as having no aspect (plot summary and general verdicts) yielding none.

Run: `.venv/bin/python -m eval.eval_aspects`
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared")) / "data"
LABELLED = REPO / "tests" / "fixtures" / "aspects" / "labelled.jsonl"

Pairs = set[tuple[str, str]]  # (aspect, sentiment)


@dataclass(frozen=True)
class Labelled:
    ref: str
    split: str
    text: str
    opinion: bool
    aspects: dict[str, str]


def _texts(dataset: str, data: Path) -> Callable[[str, int], str]:
    """A lookup (record id, sentence index) -> text for one dataset file."""
    path = data / dataset
    if dataset == "pang_lee_polarity.jsonl.gz":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            records = {r["id"]: r["text"].split("\n") for r in map(json.loads, handle)}
        return lambda record, index: records[record][index].strip()
    if dataset == "cs109_critics.csv.gz":
        csv.field_size_limit(sys.maxsize)
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            quotes = [row["quote"] for row in csv.DictReader(handle)]
        return lambda record, index: quotes[int(record)].strip()
    raise ValueError(f"{LABELLED}: unknown dataset {dataset!r}")


def load_labelled(path: Path = LABELLED, data: Path = DATA) -> list[Labelled]:
    """The labelled sentences with their text read from the datasets."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lookups = {name: _texts(name, data) for name in {r["dataset"] for r in rows}}
    return [
        Labelled(
            ref=f"{r['dataset']}:{r['record']}:{r['sentence']}", split=r["split"],
            text=lookups[r["dataset"]](r["record"], r["sentence"]), opinion=r["opinion"],
            aspects={a["aspect"]: a["sentiment"] for a in r["aspects"]},
        )
        for r in rows
    ]


def consensus_aspects(text: str) -> dict[str, str]:
    from consensus.extract.aspects import find_aspects
    from consensus.extract.sentences import split_sentences

    return {a.aspect: a.sentiment for a in find_aspects(split_sentences(text))}


def vader_aspects(text: str) -> dict[str, str]:
    """Baseline: the same aspect lexicon, VADER's sentence sentiment, no opinion filter."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from consensus.extract.aspects import _aspects_in

    global _VADER
    if _VADER is None:
        _VADER = SentimentIntensityAnalyzer()
    compound = _VADER.polarity_scores(text)["compound"]
    sentiment = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "mixed"
    return {aspect: sentiment for aspect in _aspects_in(text)}


_VADER = None


def score(items: list[Labelled], system: Callable[[str], dict[str, str]]) -> dict[str, float]:
    """Detection P/R/F1 (micro), macro-F1 over aspects, sentiment accuracy on hits, no-aspect accuracy."""
    tp = fp = fn = 0
    per_aspect: dict[str, list[int]] = {}
    sentiment_hits = sentiment_total = 0
    empty_right = empty_total = 0
    for item in items:
        predicted = system(item.text)
        for aspect in set(predicted) | set(item.aspects):
            counts = per_aspect.setdefault(aspect, [0, 0, 0])
            if aspect in predicted and aspect in item.aspects:
                tp += 1
                counts[0] += 1
                sentiment_total += 1
                sentiment_hits += predicted[aspect] == item.aspects[aspect]
            elif aspect in predicted:
                fp += 1
                counts[1] += 1
            else:
                fn += 1
                counts[2] += 1
        if not item.aspects:
            empty_total += 1
            empty_right += not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1s = [2 * a / (2 * a + b + c) for a, b, c in per_aspect.values() if a + c]
    return {
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "sentiment_acc": sentiment_hits / sentiment_total if sentiment_total else 0.0,
        "hits": float(sentiment_total),
        "no_aspect_acc": empty_right / empty_total if empty_total else 0.0,
    }


def table(split: str, items: list[Labelled]) -> str:
    rows = [("consensus (clauses + sentence model + cues)", score(items, consensus_aspects)),
            ("baseline: same lexicon + VADER sentence", score(items, vader_aspects))]
    n_aspects = sum(len(i.aspects) for i in items)
    lines = [f"aspect sentiment, {split} split: {len(items)} sentences, {n_aspects} labelled aspects "
             f"(goal: sentiment accuracy on detected aspects >= 0.80)",
             f"{'system':45} {'P':>6} {'R':>6} {'F1':>6} {'macroF1':>8} {'sent.acc':>9} {'hits':>5} {'no-asp':>7}"]
    for name, m in rows:
        lines.append(f"{name:45} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['macro_f1']:8.3f} "
                     f"{m['sentiment_acc']:9.3f} {int(m['hits']):5d} {m['no_aspect_acc']:7.3f}")
    return "\n".join(lines)


def main() -> None:
    if not DATA.is_dir():
        sys.exit(f"eval_aspects: the datasets are not here ({DATA} is absent)")
    items = load_labelled()
    split = sys.argv[1] if len(sys.argv) > 1 else "test"
    print(table(split, [i for i in items if i.split == split]))


if __name__ == "__main__":
    main()
