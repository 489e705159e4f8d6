"""Train the verdict model shipped as `consensus/resources/verdict_model.npz` (see `consensus/extract/verdict.py`).

Data:
- our labelled review pages, `tests/fixtures/review_pages/dev*/` (never the held-out splits): every page whose
  critic gives no rating, with the polarity its labeller wrote it to have, read as `consensus analyze` reads it
  (`read_document(...).text`), weight 1 each;
- Pang & Lee scale v1.0 from ../shared/data (3,279 reviews by three critics, the dataset's 3 classes), weight
  `SCALE_WEIGHT` each, so the older critics' idiom is known without drowning the pages.

Model: scikit-learn `TfidfVectorizer(ngram_range=(1, 2), min_df=2, binary=True)` and a multinomial
`LogisticRegression(C=100)`, exported to plain arrays (`export`), with its gate: a binary
`LogisticRegression(C=1, class_weight="balanced")` on the same features telling the pages from the scale reviews
(`verdict.VerdictModel.page_likeness`; C fixed before any run, no search). C, the scale weight and the joining weight
of `verdict.py` were chosen by `eval/eval_verdict.py` (one page labeller left out at a time, one critic left
out at a time); the card `verdict_model.md` has the grid and the numbers.

Run: `.venv/bin/python -m train.train_verdict` (deterministic, under a minute).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from consensus.extract.verdict import CLASSES, MODEL_PATH, VerdictModel
from consensus.ingest.errors import IngestError
from consensus.ingest.reader import read_document
from train.datasets import REPO, load_scale

PAGES = REPO / "tests" / "fixtures" / "review_pages"
DEVELOPMENT_SPLIT = re.compile(r"dev\d*")
C = 100.0
SCALE_WEIGHT = 0.1
MIN_DF = 2
GATE_C = 1.0


@dataclass(frozen=True)
class Example:
    group: str       # the page split (one labeller each) or the scale set's critic
    text: str
    label: int       # index into CLASSES
    weight: float
    is_page: bool    # one of our labelled pages (not a working critic's review): the gate's positive class


def load_unrated_pages(splits: re.Pattern[str] = DEVELOPMENT_SPLIT, pages: Path = PAGES) -> list[Example]:
    """Unrated pages of the splits whose folder name `splits` matches (the development splits unless told), as the
    pipeline reads them; a page ingest refuses is left out, as `analyze` never reads it."""
    examples = []
    for folder in sorted(p for p in pages.iterdir() if p.is_dir() and splits.fullmatch(p.name)):
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if label["score"] is not None:
                continue
            try:
                text = read_document(folder / label["file"]).text
            except IngestError:
                continue
            examples.append(Example(folder.name, text, CLASSES.index(label["polarity"]), 1.0, True))
    return examples


def load_scale_examples(weight: float = SCALE_WEIGHT) -> list[Example]:
    """Pang & Lee scale reviews with the dataset's 3 classes (0 negative, 1 mixed, 2 positive, as CLASSES)."""
    return [Example(r.author, r.text, r.label_3class, weight, False) for r in load_scale()]


def fit_verdict(examples: list[Example], c: float = C) -> VerdictModel:
    """The TF-IDF + logistic regression pair fitted on the examples (weighted), as a `VerdictModel`, with its gate
    (pages against critics' reviews, each class weighted to the same total) when the examples hold both."""
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, binary=True)
    x = vectorizer.fit_transform([e.text for e in examples])
    classifier = LogisticRegression(C=c, max_iter=5000)
    classifier.fit(x, [e.label for e in examples], sample_weight=[e.weight for e in examples])
    is_page = [e.is_page for e in examples]
    gate = None
    if len(set(is_page)) == 2:
        gate = LogisticRegression(C=GATE_C, max_iter=5000, class_weight="balanced").fit(x, is_page)
    return export(vectorizer, classifier, {"C": c, "min_df": MIN_DF, "gate_C": GATE_C}, gate)


def export(vectorizer: TfidfVectorizer, classifier: LogisticRegression, meta: dict,
           gate: LogisticRegression | None = None) -> VerdictModel:
    """The fitted scikit-learn models as plain arrays (classes must be 0, 1, 2 in CLASSES order; the gate's
    positive class is the pages)."""
    assert list(classifier.classes_) == [0, 1, 2], classifier.classes_
    vocabulary = {term: int(column) for term, column in vectorizer.vocabulary_.items()}
    gate_weights = {}
    if gate is not None:
        assert list(gate.classes_) == [False, True], gate.classes_
        gate_weights = {"gate_coef": gate.coef_[0].copy(), "gate_intercept": float(gate.intercept_[0])}
    return VerdictModel(vocabulary, vectorizer.idf_.copy(), classifier.coef_.copy(), classifier.intercept_.copy(), meta,
                        **gate_weights)


def main() -> None:
    started = time.perf_counter()
    pages, scale = load_unrated_pages(), load_scale_examples()
    model = fit_verdict(pages + scale)
    counts = {name: sum(e.label == i for e in pages) for i, name in enumerate(CLASSES)}
    model.meta.update(pages=len(pages), page_splits=sorted({e.group for e in pages}), page_classes=counts,
                      scale_reviews=len(scale), scale_weight=SCALE_WEIGHT)
    model.save(MODEL_PATH)
    print(f"unrated pages: {len(pages)} {counts}; scale reviews: {len(scale)} (weight {SCALE_WEIGHT})")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB, {len(model.vocabulary)} terms) in "
          f"{time.perf_counter() - started:.0f} s; metrics: `.venv/bin/python -m eval.eval_verdict`")


if __name__ == "__main__":
    main()
