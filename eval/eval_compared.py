"""Compared films of short review passages, against labels written blind.

The labelled set in tests/fixtures/compared (invented passages, see its README) was written by a
labeller who never read the extraction code, to the shapes critics compare films in: titles without
quotes, at the start of a sentence, of one word or shaped like a name, in capitals or in lower-case
posts, beside traps (a filmmaker's name, a TV series, the cast's earlier work). Two splits: `dev`
(studied: its failures' general causes are fixed) and `held_out` (never tuned on; `--misses` refuses it).

Every passage goes through `consensus.pipeline.analyze`, as `consensus analyze` reads a text file, and its `compared_films` are scored: precision and recall of the titles (case, accents, quotes,
punctuation and a leading article ignored, `eval_details.title_key`); `leaks` counts titles labelled as
*not* comparisons that came out compared. Baseline in the same run: every quoted or italicised title is a
comparison.

    .venv/bin/python -m eval.eval_compared                # both splits
    .venv/bin/python -m eval.eval_compared --misses dev   # what the dev split gets wrong, passage by passage

Real critics' reviews carry no compared-film labels, so on them this counts what `analyze` reads and shows a sample
for a person to judge (each title with the words around it; seeded, so the same sample every run):

    CONSENSUS_SHARED=../shared .venv/bin/python -m eval.eval_compared --real [SAMPLE]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from consensus.models import Document
from consensus.pipeline import analyze
from eval import eval_people
from eval.eval_details import title_key

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "compared"
SPLITS = ("dev", "held_out")
HELD_OUT = ("held_out",)
_HEADER = re.compile(r"^### passage: (?P<key>\S+) \| film: (?P<title>.+?) \((?P<year>\d{4})\)$")
_QUOTED_OR_ITALIC = re.compile(r"[\"“]([^\"”\n]{2,60}?)[,.]?[\"”]|(?<![\w*])\*([^*\n]{2,60})\*(?!\w)|(?<![\w_])_([^_\n]{2,60})_(?!\w)")


@dataclass
class Passage:
    """One labelled passage: its text, the film it reviews, and the titles compared and not compared."""

    key: str
    title: str
    year: int
    text: str = ""
    compared: list[str] = field(default_factory=list)
    not_compared: list[str] = field(default_factory=list)


def _titles(value: str) -> list[str]:
    return [] if value.strip() == "-" else [t.strip() for t in value.split("|") if t.strip()]


def load_passages(split: str) -> list[Passage]:
    """The passages of one split file, in order."""
    passages: list[Passage] = []
    lines: list[str] = []
    for line in (FIXTURES / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        if m := _HEADER.match(line):
            passages.append(Passage(m["key"], m["title"], int(m["year"])))
            lines = []
        elif line.startswith("=== compared:"):
            passages[-1].text = "\n".join(lines).strip()
            passages[-1].compared = _titles(line.split(":", 1)[1])
        elif line.startswith("=== not_compared:"):
            passages[-1].not_compared = _titles(line.split(":", 1)[1])
        else:
            lines.append(line)
    return passages


def compared_by_engine(passage: Passage) -> list[str]:
    """The compared films `analyze` reads in the passage, as from a text file (built directly: ingest turns away a
    passage too short to tell it is about a film)."""
    lines = [line.strip() for line in passage.text.splitlines() if line.strip()]
    return list(analyze(Document(source=f"{passage.key}.txt", sha256=passage.key, text=passage.text, lines=lines)).compared_films)


def compared_by_baseline(passage: Passage) -> list[str]:
    """Every quoted or italicised title in the passage."""
    return [next(g for g in m.groups() if g) for m in _QUOTED_OR_ITALIC.finditer(passage.text)]


@dataclass
class Tally(eval_people.Tally):
    """Precision and recall counts (`eval_people.Tally`), and the titles labelled as no comparison that came out."""

    leaks: int = 0

    def add_titles(self, got: list[str], passage: Passage) -> None:
        have, want = {title_key(t) for t in got}, {title_key(t) for t in passage.compared}
        self.add(have, want)
        self.leaks += len(have & {title_key(t) for t in passage.not_compared})


def score(passages: list[Passage]) -> tuple[Tally, Tally]:
    """(engine, baseline) tallies over the passages."""
    ours, baseline = Tally(), Tally()
    for passage in passages:
        ours.add_titles(compared_by_engine(passage), passage)
        baseline.add_titles(compared_by_baseline(passage), passage)
    return ours, baseline


def print_misses(split: str) -> None:
    """Each passage of a studied split whose compared films differ from its labels."""
    if split in HELD_OUT:
        sys.exit(f"{split} is held out: its failures are not read")
    for passage in load_passages(split):
        got = compared_by_engine(passage)
        have, want = {title_key(t): t for t in got}, {title_key(t): t for t in passage.compared}
        missing = [t for k, t in want.items() if k not in have]
        extra = [t for k, t in have.items() if k not in want]
        if missing or extra:
            print(f"{passage.key} ({passage.title}): missing {missing} extra {extra}")


@dataclass
class RealCount:
    """What `analyze` reads as compared films in one set of real reviews: the count and every (text, title) pair."""

    name: str
    reviews: int = 0
    found: list[tuple[str, str]] = field(default_factory=list)


def count_real(name: str, texts: list[str]) -> RealCount:
    """The compared films `analyze` reads in real review texts (read as text files are; a text ingest refuses counts as
    a review with none)."""
    from consensus.ingest.document import document_from_bytes
    from consensus.ingest.errors import IngestError

    counted = RealCount(name)
    for i, text in enumerate(texts):
        counted.reviews += 1
        try:
            document = document_from_bytes(text.encode(), f"{name}/{i}.txt", is_html=False)
        except IngestError:
            continue
        counted.found += [(text, title) for title in analyze(document).compared_films]
    return counted


def print_real(sample: int) -> None:
    """Compared films read in the Pang & Lee scale reviews (raw, with their site boilerplate) and the lower-cased
    polarity reviews of ../shared/data, with a seeded sample of each to read."""
    import random

    from train.datasets import load_polarity, load_scale

    for counted in (count_real("pang_lee_scale", [r.text for r in load_scale(clean=False)]),
                    count_real("pang_lee_polarity", [r.text for r in load_polarity()])):
        print(f"{counted.name}: {counted.reviews} reviews, {len(counted.found)} compared titles "
              f"in {len({id(t) for t, _ in counted.found})} of them")
        for text, title in random.Random(0).sample(counted.found, min(sample, len(counted.found))):
            flat = " ".join(text.split())
            at = flat.lower().find(title.lower())
            print(f"  {title} || {flat[max(0, at - 100):at + len(title) + 40] if at >= 0 else '(title not found as written)'}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--misses":
        print_misses(sys.argv[2])
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "--real":
        print_real(int(sys.argv[2]) if len(sys.argv) == 3 else 0)
        return
    table = Table(title="Compared films of review passages (labels written blind)")
    for column in ("split", "passages", "titles", "precision", "recall", "leaks", "baseline P", "baseline R"):
        table.add_column(column, justify="left" if column == "split" else "right")
    for split in SPLITS:
        passages = load_passages(split)
        ours, baseline = score(passages)
        table.add_row(split, str(len(passages)), str(sum(len(p.compared) for p in passages)), f"{ours.precision:.3f}",
                      f"{ours.recall:.3f}", str(ours.leaks), f"{baseline.precision:.3f}", f"{baseline.recall:.3f}")
    Console().print(table)
    print("leaks: titles labelled as no comparison (the film itself, the cast's earlier work, a series) that came out compared")
    print("baseline: every quoted or italicised title is a comparison")


if __name__ == "__main__":
    main()
