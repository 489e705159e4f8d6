"""Runtime, release date/year, genres and cast parsed from the Rotten Tomatoes film rows.

The film rows in ../shared/data/rt_movies.csv.gz carry checkable fields (runtime,
original_release_date, genres, actors) and a synopsis (`movie_info`). For every
row this script writes credit lines in the styles critics and sites use, built
from the row's own fields, and checks that `extract.facts` recovers the value;
it parses `movie_info` for the cast (`Character (Actor)`) and checks names against
the `actors` column; and it reports the countries read from `movie_info` (the
rows have no country column, so those are listed, not scored). Naive baselines
run on the same inputs.

    .venv/bin/python -m eval.eval_facts
"""

from __future__ import annotations

import csv
import gzip
import re
from datetime import date
from pathlib import Path

from consensus.extract.facts import _release_date, _runtime, find_facts, genres_in
from consensus.extract.people import find_people
from consensus.models import Document, Film

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "rt_movies.csv.gz"

_NAIVE_MINUTES = re.compile(r"(\d+)\s*(?:min|minutes|m)\b")
_NAIVE_DATE = re.compile(r"(\w+) (\d{1,2}), (\d{4})")


def runtime_lines(minutes: int, title: str, year: str) -> list[str]:
    h, m = divmod(minutes, 60)
    return [
        f"{title} | {year} | {h}h {m}m",
        f"Runtime: {minutes} min",
        f"Running time: {h} hour{'s' if h != 1 else ''} {m} minutes",
        f"Runtime: {h}:{m:02d}",
        f"The film runs {minutes} minutes and never drags.",
        f"{h} hr {m} min",
    ]


DISTRACTORS = [
    "In the first 20 minutes nothing happens.",
    "7 min read",
    "The last 45 minutes are a chase.",
]


def date_lines(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [
        f"It was released on {d.strftime('%B')} {d.day}, {d.year}.",
        f"Release date: {iso}",
        f"The film opened in theaters {d.day} {d.strftime('%B')} {d.year}.",
    ]


def _doc(text: str) -> Document:
    return Document(source="rt", sha256="rt", text=text, lines=[l for l in text.splitlines() if l.strip()])


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    rows = list(csv.DictReader(gzip.open(DATA, "rt", encoding="utf-8")))
    stats: dict[str, list[int]] = {}

    def tally(name: str, ok: bool) -> None:
        stats.setdefault(name, [0, 0])
        stats[name][0] += ok
        stats[name][1] += 1

    countries: dict[str, int] = {}
    cast_tp = cast_fp = cast_total = 0
    for row in rows:
        year = (row["original_release_date"] or "")[:4]
        if row["runtime"].isdigit():
            minutes = int(row["runtime"])
            for line in runtime_lines(minutes, row["movie_title"], year):
                tally("runtime (ours)", _runtime(line) == minutes)
                naive = _NAIVE_MINUTES.search(line)
                tally("runtime (baseline: first 'N min')", bool(naive) and int(naive.group(1)) == minutes)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", row["original_release_date"] or ""):
            iso = row["original_release_date"]
            for line in date_lines(iso):
                got = _release_date(line)
                tally("release date (ours)", got == iso)
                tally("year (ours)", bool(got) and got[:4] == iso[:4])
                naive = _NAIVE_DATE.search(line)
                tally("year (baseline: first 'Month d, yyyy')", bool(naive) and naive.group(3) == iso[:4])
        if row["genres"]:
            expected = set(genres_in(row["genres"]))
            if expected:
                got = set(find_facts(_doc(f"Genre: {row['genres']}"), []).genres)
                tally("genres from 'Genre:' line (ours)", got == expected)
        info = row["movie_info"] or ""
        facts = find_facts(_doc(info), [])
        if facts.country:
            countries[facts.country] = countries.get(facts.country, 0) + 1
        actors = {a.strip() for a in (row["actors"] or "").split(",") if a.strip()}
        if info and actors:
            people = [p for p in find_people(_doc(info), Film(title=row["movie_title"])) if p.role == "actor"]
            for p in people:
                if p.name in actors or any(m in actors for m in p.mentions):
                    cast_tp += 1
                else:
                    cast_fp += 1
            cast_total += sum(1 for a in actors if a in info)
    for line in DISTRACTORS:
        tally("distractors rejected (ours)", _runtime(line) is None)
        naive = _NAIVE_MINUTES.search(line)
        tally("distractors rejected (baseline)", naive is None)

    table = Table(title=f"facts from Rotten Tomatoes film rows ({len(rows)} films)")
    for col in ("check", "correct", "of", "accuracy"):
        table.add_column(col)
    for name, (ok, n) in stats.items():
        table.add_row(name, str(ok), str(n), f"{ok / n:.3f}" if n else "-")
    precision = cast_tp / (cast_tp + cast_fp) if cast_tp + cast_fp else 1.0
    recall = cast_tp / cast_total if cast_total else 1.0
    table.add_row("cast from movie_info: precision", str(cast_tp), str(cast_tp + cast_fp), f"{precision:.3f}")
    table.add_row("cast from movie_info: recall of actors named there", str(cast_tp), str(cast_total), f"{recall:.3f}")
    Console(width=120).print(table)
    print("countries read from movie_info (no gold column; listed for inspection):", dict(sorted(countries.items())))


if __name__ == "__main__":
    main()
