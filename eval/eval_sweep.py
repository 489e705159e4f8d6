"""Every text in ../shared/data through ingest, `analyze` and `aggregate_all`: nothing may raise.

Bad input must get a clear refusal, never a traceback (issue 3). The labelled sets test the
shapes we thought of; this sweep runs the real texts we have, 34,707 of them (Pang & Lee scale
and polarity reviews, Rotten Tomatoes and cs109 pull quotes), exactly as `consensus analyze`
reads a text file, and counts what ingest refused (with its reasons), what was analyzed, and
what raised; then `aggregate_all` builds the film report of every film the reviews name (the
untitled ones, mostly pull quotes, would make one group of thousands: that scale is `bench/`'s). Two real sentences once crashed `analyze` ("Farnese and Gavin play Southern
mumblers which ..."); this is how such a thing is found.

    CONSENSUS_SHARED=../shared .venv/bin/python -m eval.eval_sweep    # about 3 minutes
"""

from __future__ import annotations

import os
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rich.progress import track

from consensus.ingest.document import document_from_bytes
from consensus.ingest.errors import IngestError
from consensus.models import Review
from consensus.pipeline import aggregate_all, analyze
from train.datasets import load_cs109, load_polarity, load_rt_reviews, load_scale

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"
SHOWN_FAILURES = 5


def texts() -> Iterator[tuple[str, str]]:
    """(source name, text) of every review and pull quote in ../shared/data, as the datasets' loaders read them."""
    yield from ((f"pang_lee_scale.jsonl.gz/{r.review_id}", r.text) for r in load_scale(DATA, clean=False))
    yield from ((f"pang_lee_polarity.jsonl.gz/{r.id}", r.text) for r in load_polarity(DATA))
    yield from ((f"rt_critic_reviews.csv.gz/{i}", row["review_content"] or "") for i, row in enumerate(load_rt_reviews(DATA)))
    yield from ((f"cs109_critics.csv.gz/{i}", row["quote"] or "") for i, row in enumerate(load_cs109(DATA)))


def main() -> None:
    if not (DATA / "pang_lee_scale.jsonl.gz").exists():
        print(f"skipped: {DATA} not found (set CONSENSUS_SHARED to ../shared)")
        return
    everything = list(texts())
    refused: Counter[str] = Counter()
    raised: list[tuple[str, str]] = []
    reviews: list[Review] = []
    for source, text in track(everything, description="ingest + analyze"):
        try:
            document = document_from_bytes(text.encode("utf-8"), f"{source}.txt", is_html=False)
        except IngestError as error:
            refused[error.reason.split(" (")[0].split(":")[0]] += 1
            continue
        try:
            reviews.append(analyze(document))
        except Exception:  # the point of the sweep: anything that escapes is a bug
            raised.append((source, traceback.format_exc(limit=-3)))
    titled = [r for r in reviews if r.film.title]  # (the pull quotes name no film: one group of thousands, minutes to merge)
    try:
        reports = len(aggregate_all(titled))
        aggregate_error = None
    except Exception:
        reports, aggregate_error = 0, traceback.format_exc(limit=-3)
    print(f"texts: {len(everything)}; refused by ingest: {sum(refused.values())}; analyzed: {len(reviews)}; "
          f"raised in analyze: {len(raised)}; film reports: {reports} from {len(titled)} reviews naming their film"
          f"{' (aggregate raised)' if aggregate_error else ''}")
    for reason, count in refused.most_common():
        print(f"  refused, {reason}: {count}")
    for source, trace in raised[:SHOWN_FAILURES]:
        print(f"--- {source}\n{trace}")
    if aggregate_error:
        print(f"--- aggregate_all\n{aggregate_error}")
    if raised or aggregate_error:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
