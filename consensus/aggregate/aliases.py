"""Merge spellings of one name: romanizations, name order, given-name-only mentions, short forms.

Used inside one review (people.py groups what the review wrote) and across
reviews (the report groups what every review wrote). Rules, in order:

1. Same full name: the normalized keys of `names.py` are equal, in written order
   or with the family name moved to the other end ("Chung-Hyun Lee" =
   "Lee Chung-hyun", "Nguyen Van An" = "Van An Nguyen", "Jun Jong-seo" =
   "Jeon Jong-Seo", "Choi Minhee" = "Choi Min-hee").
2. Near-identical full name: same number of words, one word identical (the
   family name agrees), the other differing by one edit in a long, plain word
   ("Aleksandr" / "Alexander"). Syllable names ("Hye-soo" / "Hye-joo") never
   take this path: there one letter is another person.
3. Part of a name ("Jong-Seo", "Ok-ju", "Okju", "Jeon Jong", "Al-Rashid",
   "Sergei Orlov" for "Sergei Ivanovich Orlov"): merged into the one full name
   it fits, and only when exactly one fits, counting the names of the other kind
   (people vs characters) too, so "Choi" beside "Choi Pro" and "Choi Min-hee" stays apart.

Two full names that differ are never merged, and a caller's `veto` (e.g. two
characters played by different actors) is respected. The canonical spelling
is the most common full form: forms used where the name was credited first,
then the number of sources, then occurrences; remaining ties prefer accents
kept, mixed case, then alphabetical order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consensus.extract.names import HONORIFICS, fold, full_keys, joined, name_words, word_keys


@dataclass
class NameItem:
    """Spellings one source used for one entity, with how often and where it was credited."""

    forms: Counter[str]
    credited: Counter[str] = field(default_factory=Counter)
    labelled: set[str] = field(default_factory=set)  # spellings read from a credit line or block
    sources: dict[str, set[str]] = field(default_factory=dict)  # spelling -> sources using it
    payload: object = None


@dataclass
class NameCluster:
    canonical: str
    aliases: list[str]
    members: list[int]  # indices into the items given


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :])
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=16384)
def same_full_name(a: str, b: str) -> bool:
    """Rules 1 and 2: two spellings of one full name."""
    ka, kb = full_keys(a), full_keys(b)
    if not ka or not kb:
        return False
    if ka & kb:
        return True
    wa, wb = name_words(a), name_words(b)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    ja, jb = word_keys(a), word_keys(b)
    for order in (jb, jb[1:] + jb[:1]):
        shared = [x for x, y in zip(ja, order) if x == y]
        differ = [(x, y) for x, y in zip(ja, order) if x != y]
        if len(shared) >= 1 and len(differ) == 1:
            x, y = differ[0]
            wx = next(w for w, k in zip(wa, ja) if k == x)
            if len(wx) == 1 and min(len(x), len(y)) >= 6 and _edit_distance_at_most_one(x, y):
                return True
    return False


@lru_cache(maxsize=16384)
def full_name_buckets(name: str) -> frozenset[tuple[object, ...]]:
    """Keys two spellings share whenever `same_full_name` holds: their full keys, and each word key
    with the number of words (rule 2 needs one word in common). Used to compare only likely pairs."""
    words = word_keys(name)
    buckets: set[tuple[object, ...]] = {("full", k) for k in full_keys(name)}
    if len(words) >= 2:
        buckets |= {("word", len(words), w) for w in words}
    return frozenset(buckets)


@lru_cache(maxsize=16384)
def part_keys(name: str) -> frozenset[str]:
    return frozenset(_runs(name))


def _runs(name: str) -> set[str]:
    """Joined keys of the parts of a name a review may use alone (rule 3), the whole name excluded."""
    words = name_words(name)
    sylls = [s for w in words for s in w]
    bounds = {0}
    pos = 0
    for w in words:
        pos += len(w)
        bounds.add(pos)
    runs: set[str] = set()
    n = len(sylls)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if (i, j) == (0, n):
                continue
            if (i in bounds and j in bounds) or j - i >= 2:
                runs.add("".join(sylls[i:j]))
    keys = word_keys(name)
    if len(keys) >= 3:
        runs.add(keys[0] + keys[-1])
        runs.add(keys[-1] + keys[0])
    return runs


@lru_cache(maxsize=16384)
def is_part_of(part: str, full: str) -> bool:
    """`part` is a given name, family name, short form or middle-name-less form of `full`."""
    key = joined(part)
    if key not in part_keys(full):  # the cheap test first; the rest as documented
        return False
    if len(key) < 2 or len(name_words(part)) > len(name_words(full)) or all(fold(w).rstrip(".") in HONORIFICS for w in part.split()):
        return False
    return key not in full_keys(full)


def best_form(forms: Counter[str], credited: Counter[str], sources: dict[str, set[str]], labelled: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """The canonical spelling: the most common full form (see the module docstring for the order)."""
    full = [f for f in forms if not any(is_part_of(f, g) for g in forms if g != f)] or list(forms)

    def rank(form: str) -> tuple:
        has_accents = fold(form) != form.lower()
        return (
            -credited.get(form, 0),
            form not in labelled,
            -len(sources.get(form, ())),
            -forms[form],
            not has_accents,
            form.isupper(),
            sum(ch.isupper() for ch in form),
            form,
        )

    return min(full, key=rank)


class _Groups:
    """Union-find over item indices; a group's root is its smallest index, its members kept sorted."""

    def __init__(self, size: int, veto: Callable[[int, int], bool] | None) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}
        self.veto = veto

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join the groups of a and b unless the veto forbids any pair across them."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.veto is not None and any(self.veto(x, y) for x in self.members[ra] for y in self.members[rb]):
            return
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.members[low] = sorted(self.members[low] + self.members.pop(high))

    def roots(self) -> list[int]:
        return sorted(self.members)


def _pairs_sharing_a_bucket(names_per_item: Sequence[Iterable[str]]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, in order, whose spellings share a `full_name_buckets` key."""
    buckets: dict[tuple[object, ...], list[int]] = {}
    for i, names in enumerate(names_per_item):
        for key in {k for n in names for k in full_name_buckets(n)}:
            buckets.setdefault(key, []).append(i)
    pairs = {(a, b) for members in buckets.values() for x, a in enumerate(members) for b in members[x + 1 :]}
    return sorted(pairs)


class _NameIndex:
    """Names looked up by the keys `is_part_of` and `same_full_name` need in common, to test only likely pairs."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.by_part: dict[str, list[int]] = {}
        self.by_bucket: dict[tuple[object, ...], list[int]] = {}
        for i, name in enumerate(self.names):
            for key in part_keys(name):
                self.by_part.setdefault(key, []).append(i)
            for key in full_name_buckets(name):
                self.by_bucket.setdefault(key, []).append(i)

    def containing(self, part: str) -> list[int]:
        """Indices (in order) of the names `part` may be part of."""
        return self.by_part.get(joined(part), [])

    def same_name_candidates(self, name: str) -> list[int]:
        """Indices (in order) of the names that may be spellings of `name`'s full name."""
        return sorted({i for key in full_name_buckets(name) for i in self.by_bucket.get(key, ())})


def cluster_names(
    items: Sequence[NameItem],
    veto: Callable[[int, int], bool] | None = None,
    others: Iterable[str] = (),
) -> list[NameCluster]:
    """Group items naming one entity; `others` are names of the other kind, used only to detect ambiguity.

    Rules 1-2 compare every pair of items and rule 3 every pair of groups, but
    only pairs sharing a normalized key are tested (the rules cannot hold for
    the others); joins happen in the same order as a full pairwise scan.
    """
    groups = _Groups(len(items), veto)

    # Rules 1-2: full-name equality between any spellings.
    for i, j in _pairs_sharing_a_bucket([item.forms for item in items]):
        if groups.find(i) != groups.find(j) and any(same_full_name(a, b) for a in items[i].forms for b in items[j].forms):
            groups.union(i, j)

    # Rule 3: a group whose longest spelling is part of exactly one other group's name.
    def head(root: int) -> str:
        forms = [f for i in groups.members[root] for f in items[i].forms]
        return max(forms, key=lambda f: (len(joined(f)), f))

    roots = groups.roots()
    heads = {r: head(r) for r in roots}
    head_index = _NameIndex([heads[r] for r in roots])
    targets: dict[int, list[int]] = {}
    for r in roots:
        targets[r] = [t for t in (roots[k] for k in head_index.containing(heads[r])) if t != r and is_part_of(heads[r], heads[t])]
    other_index: _NameIndex | None = None
    for r in roots:
        fits = [t for t in targets[r] if not targets[t]]
        if len(fits) != 1:
            continue
        if other_index is None:
            other_index = _NameIndex(list(others))
        part, names = heads[r], other_index.names
        ambiguous = any(is_part_of(part, names[k]) for k in other_index.containing(part)) or any(
            same_full_name(part, names[k]) for k in other_index.same_name_candidates(part)
        )
        if not ambiguous:
            groups.union(r, fits[0])

    clusters: list[NameCluster] = []
    for root in groups.roots():
        members = groups.members[root]
        if len(members) == 1 and len(items[root].forms) == 1:  # one spelling: it is the canonical one
            clusters.append(NameCluster(canonical=next(iter(items[root].forms)), aliases=[], members=members))
            continue
        forms: Counter[str] = Counter()
        credited: Counter[str] = Counter()
        sources: dict[str, set[str]] = {}
        labelled: set[str] = set()
        for i in members:
            forms.update(items[i].forms)
            credited.update(items[i].credited)
            labelled |= items[i].labelled
            for f, s in items[i].sources.items():
                sources.setdefault(f, set()).update(s)
        canonical = best_form(forms, credited, sources, labelled)
        aliases = sorted((f for f in forms if f != canonical), key=lambda f: (-forms[f], f))
        clusters.append(NameCluster(canonical=canonical, aliases=aliases, members=members))
    return clusters


# --------------------------------------------------------------------------- across reviews

_CREDIT_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z /&.-]{1,30}:\s|\s\|\s")


def is_credit_line(evidence: str) -> bool:
    """Evidence that is a labelled credit line ("Director: X | Writer: Y") or a bare name line."""
    return bool(_CREDIT_LINE.search(evidence)) or "\n" not in evidence and len(evidence.split()) <= 5


@dataclass
class MergedPerson:
    """One person across a film's reviews."""

    name: str
    roles: list[str]
    aliases: list[str]
    sources: list[str]
    role_sources: dict[str, list[str]]
    character: str | None = None


@dataclass
class MergedCharacter:
    name: str
    aliases: list[str]
    played_by: str | None
    sources: list[str]


def merge_people(reviews: Sequence[tuple[str, Sequence[object]]]) -> tuple[list[MergedPerson], list[MergedCharacter]]:
    """Merge every review's `Person`s (models.Person) into people and characters, each once.

    Two names from one review are never merged here: the review already kept them apart.
    A character is never merged with a person (separate pools), and two characters
    played by different people are never merged.
    """
    person_keys: list[tuple[str, str]] = []
    person_items: list[NameItem] = []
    person_roles: list[dict[str, None]] = []
    index: dict[tuple[str, str], int] = {}
    for source, people in reviews:
        for p in people:
            key = (source, p.name)  # type: ignore[attr-defined]
            if key not in index:
                index[key] = len(person_items)
                forms = Counter({m: 1 for m in [p.name, *p.mentions]})  # type: ignore[attr-defined]
                person_items.append(
                    NameItem(
                        forms=forms,
                        credited=Counter({p.name: 1}),  # type: ignore[attr-defined]
                        sources={f: {source} for f in forms},
                        labelled={p.name} if is_credit_line(p.evidence or "") else set(),  # type: ignore[attr-defined]
                    )
                )
                person_keys.append(key)
                person_roles.append({})
            person_roles[index[key]][p.role] = None  # type: ignore[attr-defined]

    character_items: list[NameItem] = []
    character_actor: list[int] = []
    seen_characters: dict[tuple[str, str], int] = {}
    for source, people in reviews:
        for p in people:
            if not p.character:  # type: ignore[attr-defined]
                continue
            key = (source, p.character)  # type: ignore[attr-defined]
            if key in seen_characters:
                continue
            seen_characters[key] = len(character_items)
            forms = Counter({m: 1 for m in [p.character, *p.character_mentions]})  # type: ignore[attr-defined]
            character_items.append(NameItem(forms=forms, credited=Counter({p.character: 1}), sources={f: {source} for f in forms}))  # type: ignore[attr-defined]
            character_actor.append(index[(source, p.name)])  # type: ignore[attr-defined]

    all_character_forms = [f for item in character_items for f in item.forms]
    all_person_forms = [f for item in person_items for f in item.forms]
    person_clusters = cluster_names(
        person_items,
        veto=lambda a, b: person_keys[a][0] == person_keys[b][0] and person_keys[a][1] != person_keys[b][1],
        others=all_character_forms,
    )
    cluster_of_item = {i: ci for ci, cl in enumerate(person_clusters) for i in cl.members}
    character_source = [next(iter(next(iter(item.sources.values())))) for item in character_items]
    character_clusters = cluster_names(
        character_items,
        veto=lambda a, b: character_source[a] == character_source[b]
        or cluster_of_item[character_actor[a]] != cluster_of_item[character_actor[b]],
        others=all_person_forms,
    )

    merged_characters: list[MergedCharacter] = []
    character_of_person: dict[int, Counter[str]] = {}
    for cl in character_clusters:
        actors = Counter(cluster_of_item[character_actor[i]] for i in cl.members)
        actor = sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        sources = sorted({s for i in cl.members for ss in character_items[i].sources.values() for s in ss})
        merged_characters.append(
            MergedCharacter(cl.canonical, cl.aliases, person_clusters[actor].canonical, sources)
        )
        character_of_person.setdefault(actor, Counter())[cl.canonical] += len(cl.members)

    merged_people: list[MergedPerson] = []
    for ci, cl in enumerate(person_clusters):
        role_sources: dict[str, list[str]] = {}
        for i in cl.members:
            for role in person_roles[i]:
                role_sources.setdefault(role, []).append(person_keys[i][0])
        roles = [r for r in ("director", "writer", "composer", "cinematographer", "producer", "actor", "other") if r in role_sources]
        chars = character_of_person.get(ci)
        merged_people.append(
            MergedPerson(
                name=cl.canonical,
                roles=roles,
                aliases=cl.aliases,
                sources=sorted({person_keys[i][0] for i in cl.members}),
                role_sources={r: sorted(set(s)) for r, s in role_sources.items()},
                character=sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if chars else None,
            )
        )
    merged_people.sort(key=lambda p: (-len(p.sources), p.name))
    merged_characters.sort(key=lambda c: (-len(c.sources), c.name))
    return merged_people, merged_characters
