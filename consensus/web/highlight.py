"""Find each extracted fact's evidence in a review's text and cut the text into highlighted segments.

The page template prints each segment with Jinja's autoescape and wraps it in
<mark> itself, so review text is always escaped before any markup is added;
nothing here produces HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consensus.models import Review

# Evidence longer than this is matched by its start only (a regex per sentence stays cheap).
MAX_EVIDENCE = 600


@dataclass
class Fact:
    """One extracted value and the text it was read from."""

    id: int
    kind: str  # css class: rating, critic, outlet, film, aspect-positive, person, fact, warning, quote
    label: str  # what was extracted, e.g. "rating 7/10 → 70"
    evidence: str
    found: bool = False


@dataclass
class Segment:
    text: str
    facts: list[Fact] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # ids of facts whose first segment this is

    @property
    def kinds(self) -> str:
        return " ".join(dict.fromkeys(f"hl-{f.kind}" for f in self.facts))

    @property
    def title(self) -> str:
        return "; ".join(f.label for f in self.facts)


def facts_of(review: Review) -> list[Fact]:
    """Every extracted value of a review that carries evidence, in reading order of the page's side list."""
    found: list[tuple[str, str, str | None]] = []
    if review.rating:
        found.append(("rating", f"rating {review.rating.text} → {review.rating.score}/100", review.rating.evidence))
    if review.critic:
        found.append(("critic", f"critic: {review.critic}", review.critic_evidence))
    if review.outlet:
        found.append(("outlet", f"outlet: {review.outlet}", review.outlet_evidence))
    if review.film.title:
        year = f" ({review.film.year})" if review.film.year else ""
        found.append(("film", f"film: {review.film.title}{year}", review.film.evidence))
    for aspect in review.aspects:
        found.append((f"aspect-{aspect.sentiment}", f"{aspect.aspect.replace('_', ' ')}: {aspect.sentiment}", aspect.evidence))
    for person in review.people:
        role = person.role + (f" as {person.character}" if person.character else "")
        found.append(("person", f"{person.name}, {role}", person.evidence or (person.mentions[0] if person.mentions else person.name)))
    for name, line in review.facts.evidence.items():
        value = getattr(review.facts, name, None)
        shown = ", ".join(value) if isinstance(value, list) else value
        found.append(("fact", f"{name.replace('_', ' ')}: {shown}", line))
    for warning in review.content_warning_evidence:
        found.append(("warning", f"content warning: {warning.warning}", warning.evidence))
    if review.pull_quote:
        found.append(("quote", "pull quote", review.pull_quote))
    return [Fact(id=i, kind=kind, label=label, evidence=evidence or "") for i, (kind, label, evidence) in enumerate(found)]


def _pattern(evidence: str) -> re.Pattern[str] | None:
    """The evidence as a regex that tolerates any whitespace between its words."""
    words = evidence[:MAX_EVIDENCE].split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def segments(text: str, facts: list[Fact]) -> list[Segment]:
    """Cut `text` at every evidence boundary; each segment lists the facts that cover it.

    Marks `fact.found` for evidence located in the text; the rest (e.g. a
    rating line from the page's header, outside the main text) is listed by
    the page without a highlight.
    """
    spans: list[tuple[int, int, Fact]] = []
    for fact in facts:
        pattern = _pattern(fact.evidence)
        match = pattern.search(text) if pattern else None
        if match and match.end() > match.start():
            fact.found = True
            spans.append((match.start(), match.end(), fact))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    result: list[Segment] = []
    anchored: set[int] = set()
    for start, end in zip(cuts, cuts[1:]):
        covering = [fact for s, e, fact in spans if s <= start and end <= e]
        anchors = [f.id for f in covering if f.id not in anchored]
        anchored.update(anchors)
        result.append(Segment(text=text[start:end], facts=covering, anchors=anchors))
    return result
