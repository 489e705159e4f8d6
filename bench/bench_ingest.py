"""CPU time of ingest + which-film + byline per ~1,000-word text review (the part before the extractors).

    .venv/bin/python bench/bench_ingest.py [--n 1000]

Texts are Pang & Lee scale reviews (real, ~880 words on average) as UTF-8
bytes; each is decoded, cleaned of boilerplate, screened, then `find_film` and
`find_byline` run on it. Reports CPU time (process_time), so a busy machine
inflates it less than wall time. Goal: well under 1 ms per text file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

from consensus.extract.critic import find_byline
from consensus.extract.film import find_film
from consensus.ingest.boilerplate import clear_memos
from consensus.ingest.document import document_from_bytes
from consensus.ingest.errors import IngestError

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    with gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as fh:
        raws = [json.loads(line)["text"].encode("utf-8") for _, line in zip(range(args.n), fh)]
    words = sum(len(raw.split()) for raw in raws) / len(raws)
    clear_memos()  # nothing remembered from an earlier run in this process
    started = time.process_time()
    for i, raw in enumerate(raws):
        try:
            document = document_from_bytes(raw, f"bench/{i}.txt", is_html=False)
        except IngestError:
            continue
        find_film(document)
        find_byline(document)
    per_text = (time.process_time() - started) / len(raws)
    print(f"{len(raws)} texts of {words:.0f} words on average: {per_text * 1000:.3f} ms CPU per text "
          f"({1 / per_text:.0f} texts/s) for ingest + find_film + find_byline")


if __name__ == "__main__":
    main()
