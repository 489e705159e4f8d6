"""Rebuild consensus/resources/film_titles.txt: titles of real films, to tell a compared film from a name.

    .venv/bin/python -m train.film_titles

Why: critics mostly write the films they compare one to without quotes ("wants very badly to be Heat", "Annie Hall
did this better"), and a capitalised run after a cue is as often a person or a place. A title this list knows reads as
a title (`consensus/extract/comparisons.py`), as a quoted one does; the cues still decide whether it is compared.

Data: the film titles of `cs109_critics.csv.gz` (Rotten Tomatoes, a 2013 pull: 2,771 films) and `rt_movies.csv.gz`
(55 films) in ../shared/data. A title's other names in brackets count too ("Das Boot (The Boat)": both). Left out:
titles that are a number alone ("1984" reads as a year) and one-word titles of three letters or fewer ("Up", "Her",
"It": pronouns and particles far more often than films). Only the titles ship. Deterministic: the list is sorted.
"""

from __future__ import annotations

import re

from train.datasets import REPO, load_cs109, load_rt_movies

OUT = REPO / "consensus" / "resources" / "film_titles.txt"
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
MIN_ONE_WORD_LETTERS = 4


def names_of(title: str) -> list[str]:
    """A dataset title and its other names in brackets: "Das Boot (The Boat)" -> ["Das Boot", "The Boat"]."""
    names = [_BRACKETED.sub("", title).strip(), *(m.strip() for m in _BRACKETED.findall(title))]
    return [n for n in names if n]


def keeps(name: str) -> bool:
    """Whether a title can stand in the list (`MIN_ONE_WORD_LETTERS`, no number alone)."""
    if not any(ch.isalpha() for ch in name):
        return False
    return " " in name or len(name) >= MIN_ONE_WORD_LETTERS


def main() -> None:
    raw = {row["title"] for row in load_cs109()} | {row["movie_title"] for row in load_rt_movies()}
    titles = sorted({name for title in raw if title for name in names_of(title) if keeps(name)})
    OUT.write_text("\n".join(titles) + "\n", encoding="utf-8")
    print(f"{len(titles)} titles from {len(raw)} films -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
