"""Vote a film's facts across its reviews, keeping which reviews state each value and what they disagree on.

* Scalar facts (runtime, country, release date, platform, premiere): the value
  stated by the most reviews wins; ties go to the value read from a credit line
  or header ("Runtime: 92 min", "Country: South Korea"), then to the smallest
  value in sort order, so the result never depends on input order. Every other
  value is kept in `FactVote.conflicts` with the reviews that state it. A release
  date known only to the year or month counts for the fuller date it agrees with.
* List facts (genres, and the credits director/writer/composer/cinematographer/
  producer): each item is voted on its own and kept when more than half as many
  reviews state it as state the best-supported item; the rest are conflicts.
  Credits are voted on merged people (`aliases.merge_people`), so spellings of
  one name count as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from consensus.aggregate.aliases import MergedPerson, merge_people
from consensus.models import CastMember, Character, Credits, FactVote, ReportPerson, Review

SCALAR_FIELDS = ("runtime_minutes", "country", "release_date", "platform", "premiere")
CREDIT_ROLES = ("director", "writer", "composer", "cinematographer", "producer")
_CREDIT_STYLE = re.compile(r"^\s*[A-Za-z][A-Za-z /&.-]{1,30}\s*[:：]|\s\|\s|^[^.!?]{0,60}$")


def _vote_scalar(field: str, reviews: Sequence[Review]) -> FactVote | None:
    sources: dict[object, list[str]] = {}
    credit_style: dict[object, bool] = {}
    for r in reviews:
        value = getattr(r.facts, field)
        if value is None:
            continue
        sources.setdefault(value, []).append(r.source)
        evidence = r.facts.evidence.get(field, "")
        credit_style[value] = credit_style.get(value, False) or bool(_CREDIT_STYLE.search(evidence))
    if not sources:
        return None
    if field == "release_date":
        _merge_partial_dates(sources, credit_style)
    ranked = sorted(sources, key=lambda v: (-len(sources[v]), not credit_style[v], str(v)))
    winner = ranked[0]
    return FactVote(
        field=field,
        value=winner,
        sources=sorted(set(sources[winner])),
        conflicts={str(v): sorted(set(sources[v])) for v in ranked[1:]},
    )


def _merge_partial_dates(sources: dict[object, list[str]], credit_style: dict[object, bool]) -> None:
    """Count a date known only to the year or month ("2023", "2023-10") for the fuller date it agrees with.

    A header "(2023)" and a sentence "on Netflix on October 6, 2023" state one release: the fuller date wins with
    both reviews behind it. A partial date that fits several fuller ones goes to the fullest of them (then the
    best-supported, then the smallest), and stays its own value when none fits.
    """
    for partial in sorted((v for v in sources if len(str(v)) < 10), key=lambda v: -len(str(v))):
        fuller = [v for v in sources if v != partial and str(v).startswith(f"{partial}-")]
        if not fuller:
            continue
        target = min(fuller, key=lambda v: (-len(str(v)), -len(sources[v]), str(v)))
        sources[target].extend(sources.pop(partial))
        credit_style[target] = credit_style[target] or credit_style.pop(partial)


def _vote_items(field: str, support: dict[str, list[str]]) -> FactVote | None:
    if not support:
        return None
    best = max(len(set(s)) for s in support.values())
    ranked = sorted(support, key=lambda v: (-len(set(support[v])), v))
    kept = [v for v in ranked if 2 * len(set(support[v])) > best]
    dropped = [v for v in ranked if v not in kept]
    return FactVote(
        field=field,
        value=kept,
        sources=sorted({s for v in kept for s in support[v]}),
        conflicts={v: sorted(set(support[v])) for v in dropped},
    )


def vote_facts(reviews: Sequence[Review], people: Sequence[MergedPerson]) -> list[FactVote]:
    """One FactVote per fact some review states, in a fixed field order."""
    votes: list[FactVote] = []
    for role in CREDIT_ROLES:
        support = {p.name: p.role_sources[role] for p in people if role in p.role_sources}
        if (vote := _vote_items(role, support)) is not None:
            votes.append(vote)
    for field in SCALAR_FIELDS:
        if (vote := _vote_scalar(field, reviews)) is not None:
            votes.append(vote)
    genre_support: dict[str, list[str]] = {}
    for r in reviews:
        for g in dict.fromkeys(r.facts.genres):
            genre_support.setdefault(g, []).append(r.source)
    if (vote := _vote_items("genres", genre_support)) is not None:
        votes.append(vote)
    return votes


def voted_value(votes: Sequence[FactVote], field: str) -> object:
    """The winning value of `field`, or None when no review states it."""
    return next((v.value for v in votes if v.field == field), None)


@dataclass
class VotedCredits:
    """Everything the report needs from people and facts, voted across the reviews."""

    film_fields: dict[str, object]
    credits: Credits
    characters: list[Character]
    people: list[ReportPerson]
    facts: list[FactVote]


def vote_credits_and_facts(reviews: Sequence[Review]) -> VotedCredits:
    """Merge names across reviews, vote credits and film facts, and shape them for the report."""
    people, characters = merge_people([(r.source, r.people) for r in reviews], [(r.source, r.name_mentions) for r in reviews])
    votes = vote_facts(reviews, people)
    film_fields = {
        field: voted_value(votes, field) for field in SCALAR_FIELDS if voted_value(votes, field) is not None
    }
    film_fields["genres"] = voted_value(votes, "genres") or []
    credit_lists = {role: list(voted_value(votes, role) or []) for role in CREDIT_ROLES}  # type: ignore[call-overload]
    cast = [
        CastMember(name=p.name, character=p.character, aliases=p.aliases)
        for p in people
        if "actor" in p.roles
    ]
    return VotedCredits(
        film_fields=film_fields,
        credits=Credits(cast=cast, **credit_lists),
        characters=[Character(name=c.name, aliases=c.aliases, played_by=c.played_by) for c in characters],
        people=[ReportPerson(name=p.name, roles=p.roles, aliases=p.aliases, sources=p.sources) for p in people],
        facts=votes,
    )
