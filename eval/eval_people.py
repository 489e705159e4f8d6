"""Precision and recall of people-with-role, character links and merged name clusters.

Runs `find_people` on every review of the labelled set in tests/fixtures/people
(invented films, see its README), merges across each film's reviews with
`aggregate.aliases.merge_people` (with each review's unattached name mentions,
as the report does), and scores against the labels, split by split. `dev` is
where the rules started. dev2 (45 films), blind (38) and blind2 to blind29 (40 each) were
each written by a labeller who never read the extraction code, scored once held out, then
studied and fixed, one after the other: all are development splits now (first-contact
numbers in the fixtures README). Held out: the test split, and the splits named in
`HELD_OUT_BLIND` (blind30, blind31, blind32 and blind33, each written blind after blind29 and never studied; a split is
skipped with a message if its file is missing).
The `all dev` rows sum the counts of every development split. Baseline in the same run: exact-string grouping (no variant merging) on the same
extracted people. Spellings are compared exactly, except that a predicted spelling with a formal
title the labels leave out ("Pani Halina", "Doña Elvira"; not a kinship word such as "Grandpa") matches the labelled spelling without it
("Halina", "Elvira"): the labellers' convention, stated in the fixtures README (since the fifth stop of
2026-12-06; before it such a spelling counted as a miss).

    .venv/bin/python -m eval.eval_people          # every split
    .venv/bin/python -m eval.eval_people --dev    # the development splits only (while fixing rules)
    .venv/bin/python -m eval.eval_people --dev-test   # the development splits and the test split
    .venv/bin/python -m eval.eval_people --misses blind8   # one development split's misses, film by film
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consensus.aggregate.aliases import KINSHIP_TITLES, MergedCharacter, MergedPerson, merge_people
from consensus.extract.names import HONORIFICS, fold
from consensus.extract.people import find_people, read_people
from consensus.models import Document, Film, NameMention, Person

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "people"


@dataclass
class Entity:
    role: str
    names: list[str]
    character: list[str] = field(default_factory=list)


@dataclass
class Case:
    title: str
    year: int | None
    reviews: list[str]
    expect: list[Entity]


# Held-out splits written blind (never tuned on), scored only when their file exists.
HELD_OUT_BLIND: tuple[str, ...] = ("blind30", "blind31", "blind32", "blind33")
DEVELOPMENT = ("dev", "dev2", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29")


def split_file(split: str) -> Path:
    # The test split's file is not named test*.txt: pytest would collect it as a doctest.
    return FIXTURES / f"{'held_out' if split == 'test' else split}.txt"


def split_exists(split: str) -> bool:
    return split_file(split).exists()


def load_cases(split: str) -> list[Case]:
    """Parse one split file of the labelled set (format in the fixtures README)."""
    cases: list[Case] = []
    text = split_file(split).read_text(encoding="utf-8")
    for block in re.split(r"^### film: ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        m = re.match(r"(.+?)\s*\((\d{4})\)\s*$", head.strip())
        title, year = (m.group(1), int(m.group(2))) if m else (head.strip(), None)
        reviews_part, _, expect_part = body.partition("=== expect")
        reviews = [r.strip() for r in reviews_part.split(">>> review") if r.strip()]
        expect: list[Entity] = []
        for line in expect_part.strip().splitlines():
            line = line.strip()
            if not line or line == "none":
                continue
            role, _, rest = line.partition(":")
            person, _, character = rest.partition(" as ")
            expect.append(
                Entity(role.strip(), [n.strip() for n in person.split("|")], [n.strip() for n in character.split("|") if n.strip()])
            )
        cases.append(Case(title, year, reviews, expect))
    return cases


def document_from_text(text: str, source: str) -> Document:
    """A Document for a fixture review, built directly (short fixtures would fail ingest's prose check)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Document(source=source, sha256=source, text=text, lines=lines)


def run_case(case: Case) -> tuple[list[MergedPerson], list[MergedCharacter]]:
    """The film's people as the report merges them: each review's people and its unattached name mentions."""
    film = Film(title=case.title, year=case.year)
    per_review: list[tuple[str, list[Person]]] = []
    mentions: list[tuple[str, list[NameMention]]] = []
    for i, text in enumerate(case.reviews):
        doc = document_from_text(text, source=f"{case.title}#{i}")
        found = read_people(doc, film)
        per_review.append((doc.source, found.people))
        mentions.append((doc.source, found.mentions))
    return merge_people(per_review, mentions)


def _entity_of(names: list[str], entities: list[list[str]]) -> int | None:
    for k, group in enumerate(entities):
        if any(n in group for n in names):
            return k
    for k, group in enumerate(entities):  # the labellers' convention: formal honorifics left out ("Pani Halina" is "Halina")
        if any(_without_formal_title(n) in group for n in names):
            return k
    return None


# Formal titles the labellers leave out of names; kinship words ("Grandpa Choi", "Auntie Fong") they keep as written.
_FORMAL_TITLES = HONORIFICS - KINSHIP_TITLES - {"old", "little"}


def _without_formal_title(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and fold(first).rstrip(".") in _FORMAL_TITLES else name


def _as_labelled(name: str, universe: set[str]) -> str:
    """A predicted spelling as the labels write it: itself, or without the formal title the labellers leave out."""
    if name in universe:
        return name
    bare = _without_formal_title(name)
    return bare if bare in universe else name


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def add_counts(self, other: "Tally") -> None:
        """Add another tally's counts (the `all dev` rows sum every development split)."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _pairs(groups: list[list[str]], universe: set[str]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(set(g) & universe), 2)}


@dataclass
class Judged:
    """One film's gold and predicted sets, in the terms every metric compares: entity groups, (person, role)
    and (person, character) pairs, merged-name pairs and canonical names. A predicted entity that matches no
    gold one is named `?name`."""

    gold_people: list[list[str]]
    gold_characters: list[list[str]]
    roles: tuple[set, set]
    links: tuple[set, set]
    pairs: tuple[set[frozenset[str]], set[frozenset[str]]]
    canonical: tuple[set[str], set[str]]


def judge(case: Case, people: Sequence[MergedPerson], characters: Sequence[MergedCharacter]) -> Judged:
    """Compare one film's merged people and characters with its labels (predicted first, gold second)."""
    gold_people: list[list[str]] = []
    for e in case.expect:
        k = _entity_of(e.names, gold_people)
        if k is None:
            gold_people.append(list(e.names))
        else:
            gold_people[k] += e.names
    gold_characters = [e.character for e in case.expect if e.character]

    def person(names: list[str], fallback: str) -> int | str:
        k = _entity_of(names, gold_people)
        return k if k is not None else f"?{fallback}"

    def character(names: list[str], fallback: str) -> int | str:
        j = _entity_of(names, gold_characters)
        return j if j is not None else f"?{fallback}"

    gold_roles = {(_entity_of(e.names, gold_people), e.role) for e in case.expect}
    predicted_roles = {(person([p.name, *p.aliases], p.name), role) for p in people for role in p.roles}
    gold_links = {(_entity_of(e.names, gold_people), _entity_of(e.character, gold_characters)) for e in case.expect if e.character}
    spellings = {p.name: [p.name, *p.aliases] for p in people}  # `played_by` names a merged person by its shown name
    predicted_links = {(person(spellings.get(c.played_by or "", [c.played_by or ""]), str(c.played_by)),
                        character([c.name, *c.aliases], c.name)) for c in characters}

    gold_groups = gold_people + gold_characters
    universe = {n for g in gold_groups for n in g}
    predicted_groups = [[_as_labelled(n, universe) for n in (p.name, *p.aliases)] for p in people]
    predicted_groups += [[_as_labelled(n, universe) for n in (c.name, *c.aliases)] for c in characters]

    gold_canonical = {e.names[0] for e in case.expect} | {e.character[0] for e in case.expect if e.character}
    predicted_canonical = {_as_labelled(p.name, universe) for p in people if _entity_of([p.name, *p.aliases], gold_people) is not None}
    predicted_canonical |= {_as_labelled(c.name, universe) for c in characters if _entity_of([c.name, *c.aliases], gold_characters) is not None}
    return Judged(
        gold_people, gold_characters, (predicted_roles, gold_roles), (predicted_links, gold_links),
        (_pairs(predicted_groups, universe), _pairs(gold_groups, universe)), (predicted_canonical, gold_canonical),
    )


def score(cases: list[Case], merge: bool = True) -> dict[str, Tally]:
    tallies = {"people-with-role": Tally(), "character links": Tally(), "merged clusters (pairs)": Tally(), "canonical names": Tally()}
    for case in cases:
        judged = judge(case, *(run_case(case) if merge else _unmerged(case)))
        tallies["people-with-role"].add(*judged.roles)
        tallies["character links"].add(*judged.links)
        tallies["merged clusters (pairs)"].add(*judged.pairs)
        tallies["canonical names"].add(*judged.canonical)
    return tallies


def _unmerged(case: Case) -> tuple[list[MergedPerson], list[MergedCharacter]]:
    """Baseline: the same extraction, grouped by exact spelling only."""
    film = Film(title=case.title, year=case.year)
    people: dict[str, MergedPerson] = {}
    characters: dict[str, MergedCharacter] = {}
    for i, text in enumerate(case.reviews):
        for p in find_people(document_from_text(text, f"{case.title}#{i}"), film):
            for m in dict.fromkeys([p.name, *p.mentions]):
                mp = people.setdefault(m, MergedPerson(m, [], [], [], {}))
                if p.role not in mp.roles:
                    mp.roles.append(p.role)
            if p.character:
                for m in dict.fromkeys([p.character, *p.character_mentions]):
                    characters.setdefault(m, MergedCharacter(m, [], p.name, []))
    return list(people.values()), list(characters.values())


def misses(case: Case) -> list[str]:
    """What the merged result of one film gets wrong, as lines: gold pairs not merged (MISS pair), pairs merged
    that are two entities (EXTRA pair), roles and character links missed or invented."""
    judged = judge(case, *run_case(case))
    person = lambda k: judged.gold_people[k][0] if isinstance(k, int) else str(k)  # noqa: E731
    character = lambda j: judged.gold_characters[j][0] if isinstance(j, int) else str(j)  # noqa: E731
    (predicted_pairs, gold_pairs), (predicted_roles, gold_roles), (predicted_links, gold_links) = judged.pairs, judged.roles, judged.links
    out = [f"MISS pair {sorted(p)}" for p in sorted(gold_pairs - predicted_pairs, key=sorted)]
    out += [f"EXTRA pair {sorted(p)}" for p in sorted(predicted_pairs - gold_pairs, key=sorted)]
    out += [f"MISS role {person(k)}: {r}" for k, r in sorted(gold_roles - predicted_roles, key=str)]
    out += [f"EXTRA role {person(k)}: {r}" for k, r in sorted(predicted_roles - gold_roles, key=str)]
    out += [f"MISS link {person(k)} as {character(j)}" for k, j in sorted(gold_links - predicted_links, key=str)]
    out += [f"EXTRA link {person(k)} as {character(j)}" for k, j in sorted(predicted_links - gold_links, key=str)]
    return out


def print_misses(split: str) -> None:
    """Each film's misses in one development split (never the test split, whose failures are not read)."""
    if split not in DEVELOPMENT:
        print(f"--misses takes a development split: {', '.join(DEVELOPMENT)}")
        return
    for case in load_cases(split):
        if found := misses(case):
            print(f"== {case.title}")
            print("\n".join("   " + line for line in found))


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="people, roles, characters and name variants (labelled invented films)")
    for col in ("split", "films", "metric", "precision", "recall", "baseline P", "baseline R"):
        table.add_column(col)
    args = sys.argv[1:]
    if "--misses" in args:
        print_misses(args[args.index("--misses") + 1] if args.index("--misses") + 1 < len(args) else "")
        return
    development = DEVELOPMENT
    if "--dev-test" in args:
        splits: tuple[str, ...] = (*development, "test")
    elif "--dev" in args:
        splits = development
    else:
        splits = (*development, "test", *HELD_OUT_BLIND)
    development_total: dict[str, tuple[Tally, Tally]] = {}
    development_films = 0
    for split in splits:
        if not split_exists(split):
            print(f"{split}: {FIXTURES / (split + '.txt')} not written yet, skipped")
            continue
        cases = load_cases(split)
        ours, base = score(cases), score(cases, merge=False)
        if split in DEVELOPMENT:
            development_films += len(cases)
        for metric, tally in ours.items():
            b = base[metric]
            table.add_row(split, str(len(cases)), metric, f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{b.precision:.3f}", f"{b.recall:.3f}")
            if split in DEVELOPMENT:
                total, base_total = development_total.setdefault(metric, (Tally(), Tally()))
                total.add_counts(tally)
                base_total.add_counts(b)
    for metric, (total, base_total) in development_total.items():  # every development split's counts summed
        table.add_row("all dev", str(development_films), metric, f"{total.precision:.3f}", f"{total.recall:.3f}",
                      f"{base_total.precision:.3f}", f"{base_total.recall:.3f}")
    Console(width=120).print(table)
    print("baseline: same extraction, names grouped by exact spelling (no variant merging)")


if __name__ == "__main__":
    main()
