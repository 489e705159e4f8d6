"""The critics consensus: one or two sentences saying what the reviews agree on, and nothing more.

Built in two steps, so every word can be traced back:

1. `gather_evidence` decides what may be said: the overall tone (its direction
   from the percent of positive reviews, its intensity capped by the Metascore
   band), the strengths and weaknesses at least two reviews share, and
   the aspects critics dispute.
2. `write_consensus` says it, in the register of a Rotten Tomatoes critics
   consensus, choosing among several phrasings by a stable hash of the title so
   different films read differently while the same film always reads the same.

Honesty rules: praise only what at least two reviews praise (one critic's view
is said as "one critic ..."); the tone follows the numbers; too few reviews or
no shared aspects give a shorter sentence, never an invented one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

from consensus.aggregate.aspect_consensus import Stance, plain_name, stances_by_aspect
from consensus.aggregate.disagreements import number_word
from consensus.models import AspectSummary, Disagreement, Review

Tone = Literal["acclaim", "favorable", "mixed", "unfavorable", "dislike"]
TONES: tuple[Tone, ...] = ("dislike", "unfavorable", "mixed", "favorable", "acclaim")
MIN_SUPPORT = 2  # reviews needed before a strength or weakness is stated as the critics' view
MAX_STRENGTHS = 3
MAX_WEAKNESSES = 2


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True)
class Phrase:
    """A noun phrase for an aspect ('strong performances'), its number, and an adjective for the film ('well acted')."""

    text: str
    plural: bool = False
    adjective: str | None = None


PRAISE: dict[str, Phrase] = {
    "acting": Phrase("strong performances", True, "well acted"),
    "story": Phrase("an engaging story", False, "engagingly told"),
    "characters": Phrase("compelling characters", True),
    "action": Phrase("well-staged action", False, "well staged"),
    "visuals": Phrase("striking visuals", True, "visually striking"),
    "camera_editing": Phrase("assured camera work and editing", False, "well shot and edited"),
    "music": Phrase("an effective score", False, "well scored"),
    "sound": Phrase("effective sound design", False),
    "pacing": Phrase("well-judged pacing", False, "well paced"),
    "direction": Phrase("confident direction", False, "confidently directed"),
    "dialogue": Phrase("well-written dialogue", False, "well written"),
    "humor": Phrase("genuine laughs", True, "funny"),
    "ending": Phrase("a satisfying ending", False),
    "villain": Phrase("a memorable villain", False),
    "themes": Phrase("thoughtful themes", True, "thoughtful"),
    "production_design": Phrase("handsome production design", False, "handsomely mounted"),
}

FAULT: dict[str, Phrase] = {
    "acting": Phrase("unconvincing performances", True),
    "story": Phrase("a weak story", False),
    "characters": Phrase("underwritten characters", True),
    "action": Phrase("underwhelming action", False),
    "visuals": Phrase("unremarkable visuals", True),
    "camera_editing": Phrase("clumsy camera work and editing", False),
    "music": Phrase("an intrusive score", False),
    "sound": Phrase("weak sound design", False),
    "pacing": Phrase("uneven pacing", False),
    "direction": Phrase("unfocused direction", False),
    "dialogue": Phrase("clunky dialogue", False),
    "humor": Phrase("jokes that fall flat", True),
    "ending": Phrase("an unsatisfying ending", False),
    "villain": Phrase("a weak villain", False),
    "themes": Phrase("muddled themes", True),
    "production_design": Phrase("unconvincing production design", False),
}

# Vivid praise, used only when the critics' own words support it: every pattern
# must occur in the positive sentences of at least MIN_SUPPORT different reviews.
VIVID: dict[str, list[tuple[tuple[str, ...], Phrase]]] = {
    "action": [
        ((r"brutal", r"choreograph"), Phrase("brutally choreographed action", False, "brutally choreographed")),
        ((r"choreograph",), Phrase("well-choreographed action", False, "well choreographed")),
        ((r"brutal|visceral",), Phrase("visceral action", False, "visceral")),
        ((r"thrill|exhilarat|heart-pounding",), Phrase("thrilling action", False, "thrilling")),
        ((r"spectacular",), Phrase("spectacular action", False, "spectacular")),
    ],
    "visuals": [
        ((r"\bstyli[sz]|\bstylish",), Phrase("stylish visuals", True, "stylish")),
        ((r"gorgeous|beautiful|stunning|breathtaking|ravishing",), Phrase("stunning visuals", True, "visually stunning")),
    ],
    "acting": [
        ((r"charm",), Phrase("charming performances", True, "charming")),
        ((r"nuanc|subtle",), Phrase("nuanced performances", True)),
        ((r"intens|committed|fearless",), Phrase("committed performances", True)),
    ],
    "story": [
        ((r"grip|compelling|engross|riveting",), Phrase("a gripping story", False, "gripping")),
        ((r"moving|heartfelt|touching|poignant",), Phrase("an affecting story", False, "affecting")),
    ],
    "pacing": [((r"taut|tight|brisk",), Phrase("taut pacing", False, "taut"))],
    "humor": [((r"hilarious|laugh-out-loud",), Phrase("big laughs", True, "hilarious"))],
    "music": [((r"haunting",), Phrase("a haunting score", False))],
    "camera_editing": [((r"kinetic|dynamic",), Phrase("kinetic camera work", False, "kinetic"))],
}


def _supported(pattern: str, stances: list[Stance]) -> bool:
    """Whether the pattern occurs in praise from at least MIN_SUPPORT different reviews."""
    regex = re.compile(pattern, re.IGNORECASE)
    backers = {
        s.source for s in stances
        if any(m.sentiment == "positive" and regex.search(m.evidence) for m in s.mentions)
    }
    return len(backers) >= MIN_SUPPORT


def praise_phrase(aspect: str, stances: list[Stance]) -> Phrase:
    """How to praise an aspect: vividly when the critics' own words allow it, plainly otherwise."""
    for patterns, phrase in VIVID.get(aspect, []):
        if all(_supported(p, stances) for p in patterns):
            return phrase
    return PRAISE.get(aspect, Phrase("its " + plain_name(aspect).noun.removeprefix("the ")))


def fault_phrase(aspect: str) -> Phrase:
    return FAULT.get(aspect, Phrase("a weak " + plain_name(aspect).noun.removeprefix("the ")))


# --------------------------------------------------------------------------- what may be said


@dataclass(frozen=True)
class Point:
    """An aspect the sentence may mention, with how many reviews back it."""

    aspect: str
    phrase: Phrase
    support: int

    @property
    def noun(self) -> str:
        return plain_name(self.aspect).noun


@dataclass(frozen=True)
class ConsensusEvidence:
    """Everything the consensus sentence may say, and nothing else (also what an LLM rewrite is given)."""

    title: str | None
    reviews: int
    tone: Tone | None
    positive_reviews: int = 0
    negative_reviews: int = 0
    metascore: int | None = None
    percent_positive: int | None = None  # among reviews with a score (see decided_percent_positive)
    strengths: list[Point] = field(default_factory=list)
    weaknesses: list[Point] = field(default_factory=list)
    disputes: list[str] = field(default_factory=list)  # aspects critics split on
    lone_praise: list[str] = field(default_factory=list)  # aspects one critic praised
    lone_faults: list[str] = field(default_factory=list)  # aspects one critic faulted

    @property
    def divided(self) -> bool:
        """Whether the reviews themselves split: at least a third positive and a third negative."""
        return min(self.positive_reviews, self.negative_reviews) * 3 >= self.reviews > 0


def _level_of_score(score: int) -> int:
    return 4 if score >= 81 else 3 if score >= 61 else 2 if score >= 40 else 1 if score >= 20 else 0


def _level_of_percent(percent: int) -> int:
    return 4 if percent >= 90 else 3 if percent >= 60 else 2 if percent >= 40 else 1 if percent >= 15 else 0


def overall_tone(metascore: int | None, percent_positive: int | None) -> Tone | None:
    """The tone the sentence may take, as a critics consensus sets it.

    The direction follows the percent of positive reviews, as Rotten Tomatoes'
    editors follow the Tomatometer (60 and up reads positive, under 40 negative);
    the Metascore band caps the intensity (acclaim, or outright dislike, needs
    both numbers) and turns the tone mixed when it points the other way.
    """
    if percent_positive is None:
        return None if metascore is None else TONES[_level_of_score(metascore)]
    level = _level_of_percent(percent_positive)
    if metascore is None:
        return TONES[level]
    band = _level_of_score(metascore)
    if (level > 2 and band < 2) or (level < 2 and band > 2):
        return "mixed"
    if level == 4 and band < 4:
        return "favorable"
    if level == 0 and band > 0:
        return "unfavorable"
    return TONES[level]


def decided_percent_positive(reviews: list[Review]) -> int | None:
    """Percent positive among the reviews that carry a verdict (a score, rated or inferred).

    A review with no score is 'mixed' only because nothing could be read from
    it; counting it would make the sentence sound colder than the critics are.
    None when no review has a score.
    """
    decided = [r for r in reviews if r.score is not None]
    if not decided:
        return None
    return int(100 * sum(1 for r in decided if r.polarity == "positive") / len(decided) + 0.5)


def tone_of(reviews: list[Review], metascore: int | None) -> Tone | None:
    """The tone of a film's consensus: its Metascore band and the percent positive of its decided reviews."""
    return overall_tone(metascore, decided_percent_positive(reviews))


def gather_evidence(
    title: str | None,
    reviews: list[Review],
    aspects: list[AspectSummary],
    disagreements: list[Disagreement],
    metascore: int | None,
    by_aspect: dict[str, list[Stance]] | None = None,
) -> ConsensusEvidence:
    """What the reviews jointly support: tone, shared strengths and weaknesses, disputes, lone views.

    `by_aspect` is `stances_by_aspect(reviews)` when the caller already has it."""
    stances = stances_by_aspect(reviews) if by_aspect is None else by_aspect
    by_praise = sorted(aspects, key=lambda a: (-a.positive, a.aspect))
    by_fault = sorted(aspects, key=lambda a: (-a.negative, a.aspect))
    strengths = [
        Point(a.aspect, praise_phrase(a.aspect, stances.get(a.aspect, [])), a.positive)
        for a in by_praise if a.verdict == "positive" and a.positive >= MIN_SUPPORT
    ]
    weaknesses = [
        Point(a.aspect, fault_phrase(a.aspect), a.negative)
        for a in by_fault if a.verdict == "negative" and a.negative >= MIN_SUPPORT
    ]
    claimed = {p.aspect for p in strengths + weaknesses}
    return ConsensusEvidence(
        title=title,
        reviews=len(reviews),
        tone=tone_of(reviews, metascore),
        positive_reviews=sum(1 for r in reviews if r.polarity == "positive"),
        negative_reviews=sum(1 for r in reviews if r.polarity == "negative"),
        metascore=metascore,
        percent_positive=decided_percent_positive(reviews),
        strengths=strengths[:MAX_STRENGTHS],
        weaknesses=weaknesses[:MAX_WEAKNESSES],
        disputes=[d.aspect for d in disagreements if d.aspect not in claimed],
        lone_praise=[a.aspect for a in by_praise if a.positive == 1 and a.verdict == "positive"],
        lone_faults=[a.aspect for a in by_fault if a.negative == 1 and a.verdict == "negative"],
    )


# --------------------------------------------------------------------------- saying it


def _pick(options: list[str], title: str | None, salt: str) -> str:
    """A stable choice among phrasings: the same film always gets the same one."""
    digest = hashlib.sha256(f"{(title or '').lower()}|{salt}".encode()).digest()
    return options[int.from_bytes(digest[:8], "big") % len(options)]


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _agree(points: list[Point], singular: str, plural: str) -> str:
    """Verb agreement for a subject made of these points."""
    return plural if len(points) > 1 or points[0].phrase.plural else singular


VERDICT_NOUN: dict[Tone, list[str]] = {
    "acclaim": ["a standout", "a triumph", "an exceptional piece of filmmaking"],
    "favorable": ["a rewarding watch", "a satisfying watch", "a solid piece of filmmaking", "an engaging watch"],
    "mixed": ["a mixed bag", "an uneven affair", "a hit-and-miss affair"],
    "unfavorable": ["a disappointment", "a misfire", "a letdown"],
    "dislike": ["a failure on nearly every level", "a misfire", "a dispiriting misfire"],
}


def _reservation(evidence: ConsensusEvidence, salt: str, critics: str = "critics") -> str:
    """The 'even if ...' clause: a shared weakness, else a dispute, else nothing.

    `critics` is "they" when the sentence has already named the critics.
    """
    title = evidence.title
    if evidence.weaknesses:
        noun = evidence.weaknesses[0].noun
        return ", " + _pick([f"even if {critics} fault {noun}", f"though {critics} find fault with {noun}"], title, salt)
    if evidence.disputes:
        name = plain_name(evidence.disputes[0])
        divides = "divide" if name.plural else "divides"
        they = "them" if critics == "they" else critics
        return ", " + _pick(
            [f"even if {critics} disagree about {name.noun}", f"though {name.noun} {divides} {they}"], title, salt
        )
    return ""


def _positive(evidence: ConsensusEvidence, film: str) -> str:
    title, tone = evidence.title, evidence.tone or "favorable"
    verdict = _pick(VERDICT_NOUN[tone], title, "verdict")
    strengths = evidence.strengths
    reservation = _reservation(evidence, "reservation")
    if not strengths:
        opener = "Critics are full of praise for" if tone == "acclaim" else "Most critics come away pleased by"
        tail = _reservation(evidence, "reservation", critics="they") or ", though the reviews agree on no single strength"
        return f"{opener} {film}{tail}."
    nps = [p.phrase.text for p in strengths]
    adjectives = [p.phrase.adjective for p in strengths if p.phrase.adjective]
    templates = [f"With {join(nps)}, {film} is {verdict}{reservation}."]
    templates.append(f"Buoyed by {join(nps)}, {film} is {verdict}{reservation}.")
    templates.append(f"{film} is {verdict}, offering {join(nps)}{reservation}.")
    if len(strengths) >= 2:
        templates.append(f"{_cap(join(nps))} make {film} {verdict}{reservation}.")
    if len(adjectives) >= 2:
        templates.append(f"{_cap(join(adjectives[:2]))}, {film} is {verdict}{reservation}.")
    return _pick(templates, title, "positive")


def _mixed(evidence: ConsensusEvidence, film: str) -> str:
    title = evidence.title
    verdict = _pick(VERDICT_NOUN["mixed"], title, "verdict")
    praised = [p.noun for p in evidence.strengths]
    faulted = [p.noun for p in evidence.weaknesses]
    disputed = [plain_name(a).noun for a in evidence.disputes[:2]]
    if praised and faulted:
        return _pick(
            [
                f"{film} is {verdict}: critics praise {join(praised)} but fault {join(faulted)}.",
                f"Critics admire {join(praised)} in {film}, but {join(faulted)} leave it {verdict}.",
            ],
            title, "mixed",
        )
    if praised:
        dispute = f" and disagree about {join(disputed)}" if disputed else ""
        return f"{film} earns mixed reviews, though critics praise {join(praised)}{dispute}."
    if faulted:
        return f"{film} earns mixed reviews, with critics faulting {join(faulted)}."
    if evidence.divided:
        dispute = f", disagreeing about {join(disputed)}" if disputed else ""
        return (
            f"Critics are divided on {film}: {number_word(evidence.positive_reviews)} of "
            f"{number_word(evidence.reviews)} reviews are positive, {number_word(evidence.negative_reviews)} "
            f"negative{dispute}."
        )
    if disputed:
        return _pick(
            [f"{film} divides critics, who disagree about {join(disputed)}.",
             f"Critics are split on {film}, disagreeing about {join(disputed)}."],
            title, "divided",
        )
    return f"{film} earns mixed reviews, and the critics agree on no particular strength or flaw."


def _negative(evidence: ConsensusEvidence, film: str) -> str:
    title, tone = evidence.title, evidence.tone or "unfavorable"
    verdict = _pick(VERDICT_NOUN[tone], title, "verdict")
    weaknesses = evidence.weaknesses
    despite = f", despite {join([p.phrase.text for p in evidence.strengths[:2]])}" if evidence.strengths else ""
    if not weaknesses:
        praise = f", though they credit its {join([p.noun.removeprefix('the ') for p in evidence.strengths[:2]])}" if evidence.strengths else ""
        tail = praise or ", though the reviews agree on no single flaw"
        return f"{film} fails to win over critics{tail}."
    nps = [p.phrase.text for p in weaknesses]
    templates = [
        f"{_cap(join(nps))} {_agree(weaknesses, 'leaves', 'leave')} {film} {verdict}{despite}.",
        f"{film} is undone by {join(nps)}{despite}.",
        f"Hampered by {join(nps)}, {film} is {verdict}{despite}.",
    ]
    return _pick(templates, title, "negative")


def _lone_view(evidence: ConsensusEvidence) -> str:
    """A hedged second sentence for a view only one critic holds, when the first says nothing specific."""
    if evidence.lone_praise:
        return f" One critic singles out {plain_name(evidence.lone_praise[0]).noun} for praise."
    if evidence.lone_faults:
        return f" One critic faults {plain_name(evidence.lone_faults[0]).noun}."
    return ""


def _single_review(review: Review, film: str) -> str:
    """'Too few reviews to form a consensus: the one critic ...' with what that critic said."""
    stance_of = {aspect: stances[0] for aspect, stances in stances_by_aspect([review]).items()}
    praised = sorted(a for a, s in stance_of.items() if s.sentiment == "positive")[:2]
    faulted = sorted(a for a, s in stance_of.items() if s.sentiment == "negative")[:2]
    feeling = {"positive": "likes", "negative": "dislikes", "mixed": "has mixed feelings about"}[review.polarity]
    details = []
    if praised:
        details.append("praising " + join([plain_name(a).noun for a in praised]))
    if faulted:
        details.append("faulting " + join([plain_name(a).noun for a in faulted]))
    detail = (", " + " but ".join(details)) if details else ""
    return f"Too few reviews to form a consensus: the one critic so far {feeling} {film}{detail}."


def write_consensus(
    title: str | None,
    reviews: list[Review],
    aspects: list[AspectSummary],
    disagreements: list[Disagreement],
    metascore: int | None,
    by_aspect: dict[str, list[Stance]] | None = None,
) -> str | None:
    """The critics consensus for a film, or None when there are no reviews (`by_aspect` as in `gather_evidence`)."""
    if not reviews:
        return None
    film = title or "this film"
    if len(reviews) == 1:
        return _cap(_single_review(reviews[0], film))
    evidence = gather_evidence(title, reviews, aspects, disagreements, metascore, by_aspect)
    return say(evidence)


def say(evidence: ConsensusEvidence) -> str:
    """Put gathered evidence into words (two or more reviews)."""
    film = evidence.title or "this film"
    if evidence.tone is None:
        sentence = f"The reviews of {film} give no clear verdict."
    elif evidence.tone in ("acclaim", "favorable"):
        sentence = _positive(evidence, film)
    elif evidence.tone == "mixed":
        sentence = _mixed(evidence, film)
    else:
        sentence = _negative(evidence, film)
    if not (evidence.strengths or evidence.weaknesses or evidence.disputes):
        sentence += _lone_view(evidence)
    return _cap(sentence)
