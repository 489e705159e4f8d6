"""Disagreements: the aspects critics argue about, who is on each side, said in one line.

An aspect is disputed when one review praises it and a different review faults
it. Praising means a positive stance on the aspect; faulting means a negative
stance, or a mixed one that voices a fault (a reservation). The symmetric case
(most fault it, someone finds something to like) counts too. With many reviews
a lone dissenter is noise rather than a split, so the smaller side must also be
at least MIN_DISSENT_SHARE of the reviews that discuss the aspect.
"""

from __future__ import annotations

from consensus.aggregate.aspect_consensus import (
    Stance,
    WordSpread,
    plain_name,
    representative_sentence,
    stances_by_aspect,
)
from consensus.models import Disagreement, EvidenceRef, Review

MIN_DISSENT_SHARE = 0.15
EVIDENCE_PER_SIDE = 2

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int) -> str:
    """'one', 'two', ... 'ten', then digits."""
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _verb(n: int, singular: str, plural: str) -> str:
    """'one praises', 'two praise'."""
    return f"{number_word(n)} {singular if n == 1 else plural}"


def summarize(aspect: str, praise: int, fault: int, mixed: int, reservations: int, warm: int) -> str:
    """The one-line summary of a disagreement, naming the aspect in plain words.

    `praise`/`fault` count reviews positive/negative on the aspect, `mixed` the
    mixed ones, of which `reservations` voice a fault and `warm` voice praise.
    """
    name = plain_name(aspect)
    it = name.it
    if praise and fault:
        line = f"Critics split on {name.noun}: {_verb(praise, 'praises', 'praise')} {it}, {_verb(fault, 'faults', 'fault')} {it}"
        return line + (f", {_verb(mixed, 'is', 'are')} mixed." if mixed else ".")
    if praise:
        if praise > reservations:
            return f"Most critics praise {name.noun}, but {_verb(reservations, 'has', 'have')} reservations."
        return (
            f"Critics are divided on {name.noun}: {_verb(praise, 'praises', 'praise')} {it}, "
            f"{_verb(reservations, 'has', 'have')} reservations."
        )
    if fault > warm:
        return f"Most critics fault {name.noun}, though {_verb(warm, 'finds', 'find')} something to like."
    return (
        f"Critics are divided on {name.noun}: {_verb(fault, 'faults', 'fault')} {it}, "
        f"{_verb(warm, 'finds', 'find')} something to like."
    )


def sides(stances: list[Stance]) -> tuple[list[Stance], list[Stance]]:
    """The reviews praising the aspect and those faulting it.

    Mixed reviews join the minority side when they voice it: a mixed review
    with a complaint sides against a positive majority, one with praise sides
    against a negative majority.
    """
    positive = [s for s in stances if s.sentiment == "positive"]
    negative = [s for s in stances if s.sentiment == "negative"]
    mixed = [s for s in stances if s.sentiment == "mixed"]
    praising = positive + ([s for s in mixed if s.praises] if negative and not positive else [])
    faulting = negative + ([s for s in mixed if s.faults] if positive and not negative else [])
    return praising, faulting


def _side_evidence(side: list[Stance], sentiment: str, spread: WordSpread) -> list[EvidenceRef]:
    """One sentence per review on this side: its most typical sentence voicing `sentiment`."""
    refs = []
    for stance in side[:EVIDENCE_PER_SIDE]:
        voiced = tuple(m for m in stance.mentions if m.sentiment == sentiment) or stance.mentions
        focused = Stance(stance.source, stance.sentiment, voiced)
        refs.append(EvidenceRef(source=stance.source, sentence=representative_sentence(focused, spread, author=stance)))
    return refs


def disagreement_on(aspect: str, stances: list[Stance]) -> Disagreement | None:
    """The disagreement on one aspect, or None when the reviews that discuss it do not split."""
    praising, faulting = sides(stances)
    if not praising or not faulting:
        return None
    if min(len(praising), len(faulting)) < MIN_DISSENT_SHARE * len(stances):
        return None
    mixed = [s for s in stances if s.sentiment == "mixed"]
    spread = WordSpread(stances)
    return Disagreement(
        aspect=aspect,  # type: ignore[arg-type]
        positive=[s.source for s in stances if s.sentiment == "positive"],
        negative=[s.source for s in stances if s.sentiment == "negative"],
        mixed=[s.source for s in mixed],
        summary=summarize(
            aspect,
            praise=sum(1 for s in stances if s.sentiment == "positive"),
            fault=sum(1 for s in stances if s.sentiment == "negative"),
            mixed=len(mixed),
            reservations=sum(1 for s in mixed if s.faults),
            warm=sum(1 for s in mixed if s.praises),
        ),
        evidence=_side_evidence(praising, "positive", spread) + _side_evidence(faulting, "negative", spread),
    )


def find_disagreements(reviews: list[Review], by_aspect: dict[str, list[Stance]] | None = None) -> list[Disagreement]:
    """Every disputed aspect: the most evenly split first (outright splits before reservations),
    then the most discussed, then by name. `by_aspect` is `stances_by_aspect(reviews)` when known."""
    found = []
    for aspect, stances in (stances_by_aspect(reviews) if by_aspect is None else by_aspect).items():
        disagreement = disagreement_on(aspect, stances)
        if disagreement is not None:
            praising, faulting = sides(stances)
            outright = bool(disagreement.positive and disagreement.negative)
            found.append(((-min(len(praising), len(faulting)), not outright, -len(stances), aspect), disagreement))
    return [d for _, d in sorted(found, key=lambda item: item[0])]
