"""The critic's own rating of the reviewed film, as written, normalized to 0-100, with its line.

How it works, in one pass over the page's lines:

1. Every line is cut into clauses (sentences, `|`-separated header fields) and
   searched with a few precompiled patterns for anything shaped like a rating
   (`7/10`, `3 out of 4`, `★★★½`, `***`, `3 1/2 stars`, `Grade: B+`, `Score: 88`).
2. Each shape is checked against its context (`rating_context`): aggregate
   scores, other people's and other films' ratings, hypotheticals, jokes,
   legends, separators, counts, certificates and readers' comments are dropped.
3. What survives is ranked: a labelled verdict line (`Film Rating: 7/10`) beats a
   lone rating line (`(3/4)`), which beats the critic's voice in prose (`I give
   it 3 stars`), which beats a bare rating in a sentence. Position in the header
   block or near the end breaks ties.
4. The best candidate wins; if two equally good ones disagree, the answer is
   `None` with a warning, never a guess. schema.org `reviewRating` (in
   `document.metadata["schema_review"]`) outranks visible text, and a
   disagreement between the two is reported in `warnings`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

from consensus.extract import rating_context as ctx
from consensus.extract.critic import others_chat_lines
from consensus.extract.names import whole_word_starts
from consensus.extract.prefilter import casefree, has_any
from consensus.extract.rating_parse import (
    AMOUNT, ASTERISKS, EMPTY_GLYPHS, FILLED_GLYPHS, HALF_GLYPHS, LETTER_GRADE, MAX_WORDS, STAR_GLYPHS,
    amount_value, asterisk_stars, glyph_stars, make_rating, max_value, parse_score_string,
    scale_for_bare_number, valid_fraction,
)
from consensus.models import Document, Film, Rating


@dataclass(frozen=True)
class RatingResult:
    """The critic's rating (None when they gave none, or when it is ambiguous) and why, as sentences."""

    rating: Rating | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    """One rating the page states, with how strongly its context says it is the critic's verdict."""

    rating: Rating
    line_index: int
    priority: int
    aspect: bool = False           # `Acting: 8/10`: a score for one part of the film
    scale_guessed: bool = False    # `Rating: 8`: no scale stated


# --------------------------------------------------------------------------- patterns (compiled once)

_SHAPES = re.compile(
    # `1/2 of a *`, `one half of a star`
    rf"(?P<halfstar>(?<![\w/])(?:1/2|½|one[\s-]half|a\s+half)\s+(?:of\s+)?an?\s+(?:\*|★|star\b)(?!\*))"
    # `*** out of ****`, `3 stars out of ****`
    rf"|(?P<outofstars>(?<![\w*])(?P<ox>{ASTERISKS}|{STAR_GLYPHS}|{AMOUNT})\s*(?:stars?\s*)?(?:/|out\s+of)\s*"
    rf"(?P<omax>\*{{2,5}}|[★☆]{{2,10}}))"
    # `7/10`, `8.5 / 10`, `3 1/2 out of 5`, `three and a half stars out of five`, `2½ out of 4 stars`
    rf"|(?P<frac>(?<![\w/.,])(?P<fx>{AMOUNT})\s*(?:stars?\s*)?(?:/|out\s+of)\s*(?P<fmax>{MAX_WORDS})"
    rf"(?![\d/]|[.,]\d|\w)(?:\s*stars?\b)?)"
    # `four kettles out of five`, `3 popcorn buckets out of 5`: a site's own unit (counted only after a rating cue)
    rf"|(?P<units>(?<![\w/.,])(?P<ux>{AMOUNT})\s+(?P<unit>(?:[a-z]{{3,}}\s+)?[a-z]{{3,}}s)\s+out\s+of\s+(?P<umax>{MAX_WORDS})"
    rf"(?![\d/]|[.,]\d|\w))"
    # `3 of 5 stars`
    rf"|(?P<ofstars>(?<![\w/.,])(?P<sx>{AMOUNT})\s+of\s+(?P<smax>{MAX_WORDS})\s+stars?\b)"
    # `★★★½`, `★★★★☆`, `★★★½ (out of 5)`
    rf"|(?P<glyph>(?P<glyphs>{STAR_GLYPHS})(?:\s*\(?\s*(?:/|out\s+of)\s*(?P<gmax>{MAX_WORDS})(?:\s*stars?)?\s*\)?)?)"
    # `***`, `** 1/2`, `*** (out of 5)`
    rf"|(?P<aster>(?<![*\w])(?P<asterisks>{ASTERISKS})(?![*\w])"
    rf"(?:\s*\(?\s*(?:/|out\s+of)\s*(?P<amax>{MAX_WORDS})(?:\s*stars?)?\s*\)?)?)"
    # `a single star`, `one whole star`
    rf"|(?P<onestar>(?<![\w/.,])(?:a|one)\s+(?:single|whole|lone|full)\s+(?:star\b|\*(?!\*)|★))"
    # `3.5 stars`, `3 1/2 stars`, `four stars`, `0 stars`, `3 1/2 stars (out of 4)`
    rf"|(?P<stars>(?<![\w/.,])(?P<sn>{AMOUNT})(?:\s+|-)?stars?\b(?:\s*\(\s*out\s+of\s+(?P<snmax>{MAX_WORDS})\s*\))?)",
    re.IGNORECASE,
)
# `Grade: B+`, `Score: 88`, `My score: 85%`, `Rating (0 to 10): 7`
_LABELLED = re.compile(
    rf"\b{ctx.LABEL_WORDS}\b(?:\s*\((?:(?:0|1|zero|one)\s*(?:to|-|–)\s*|out\s+of\s+|/\s*)(?P<lmax>\d{{1,3}})\))?"
    rf"\s*[:=\-–—]\s*(?:(?P<letter>(?-i:{LETTER_GRADE}))|(?P<pct>\d{{1,3}}(?:\.\d)?)\s*%"
    rf"|(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?![\d%]|[.,]\d|\s*(?:/|out\s+of|stars?\b|\*|½|1/2))"
    rf"(?:\s+of\s+(?P<ofmax>10|100|5|4|20)\b(?:\s+points)?)?)",  # `My rating: 3 of 10 points`
    re.IGNORECASE,
)
# `I give it a B+`, `it earns an A-`, `Grade B`, `a solid B- grade`
_GIVEN_LETTER = re.compile(
    rf"\b(?:give|gave|giving|gets?|got|earns?|earned|awards?|awarded|deserves?|merits?|rate|rated)\s+"
    rf"(?:(?:it|this(?:\s+(?:film|movie|one))?|the\s+(?:film|movie))\s+)?an?\s+(?:solid\s+|strong\s+|weak\s+)?"
    rf"(?P<letter>(?-i:{LETTER_GRADE}))"
    rf"|\bgrade\s+(?P<letter2>(?-i:{LETTER_GRADE}))",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(r"\s*\d")
# "A patient, devastating act": the article before a word; "A for ambition", "A in my book" keep the grade
_WORD_AFTER_ARTICLE = re.compile(r"\s+(?!(?:for|in|on|from|with|and|but|to|at|of|plus|minus|overall|grade)\b)[a-z]")
_LONE_LETTER = re.compile(r"^[(\[]?(?P<letter>[A-D][+\-−–])[)\]]?$")
_CLAUSE_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9*★])|\s+[|•·]\s+|\s+[/\\]{1,2}\s+|\s+[–—]\s+(?=[A-Z]\w*\s*:)"
)
_GLYPHS = FILLED_GLYPHS + EMPTY_GLYPHS + HALF_GLYPHS
_ANCHOR_CHARS = re.compile(rf"[\d*{_GLYPHS}]+")
_RATING_WORD = re.compile(r"\b(?:rating|rate|stars)\b", re.IGNORECASE)
_SCALE_RANGE_AFTER = re.compile(r"\s*(?:to|through|-|–|—)\s*[A-F][+-]?(?![\w+-])")  # "A+ to F", "A–F"
_RANGE_BEFORE = re.compile(r"\b(?:to|from|than|between)\s+$", re.IGNORECASE)
_CONTINUES_AMOUNT = frozenset("0123456789*./," + _GLYPHS)  # an anchor after one of these is inside a run
_WORDS_BEFORE = 5  # "three and a half stars": the amount starts at most this many words before `star`
# Words the labelled and letter-grade patterns start with (their regexes are tried only there).
_LABEL_HINTS = ("rating", "rate", "score", "grade", "verdict", "stars", "overall", "bottom")
_GIVE_HINTS = ("giv", "gave", "get", "got", "earn", "award", "deserv", "merit", "rate", "grade")
# Words after which a spelled-out amount may sit ("three and a half stars", "a single star").
_AMOUNT_HINTS = ("star", "out of", "half", "single", "whole")
_STANDALONE_NOISE = re.compile(
    rf"\b(?:{ctx.LABEL_WORDS}|my|our|film|movie|final|overall|the|total|i|give|it|rated|critic['’]?s?|stars?)\b"
    r"|[^\w\s]",
    re.IGNORECASE,
)
_FOUR_STAR_SCALE = re.compile(
    r"\b(?:four|4)[- ]star\s+(?:scale|system|rating)|\bout\s+of\s+(?:four|4)\s+stars\b|\bscale\s+of\s+(?:\*{4}|four\s+stars)",
    re.IGNORECASE,
)
_LONG_LINE = 200

# Ranking weights: what makes a candidate the critic's verdict.
_LABELLED_WEIGHT = 8
_STANDALONE_WEIGHT = 4
_OWN_VOICE_WEIGHT = 3
_PLACE_WEIGHT = 1
_ALTERNATIVE_PENALTY = 3


# --------------------------------------------------------------------------- public API


def find_rating(document: Document, film: Film, critic: str | None = None) -> RatingResult:
    """The critic's verdict as written, normalized to 0-100, with the line it came from.

    `critic` is the byline's name, when the page states it: "Al's rating: Three out of ten" on Alan Bewick's blog
    is his own verdict, where "Ebert's rating" on it would be another critic's."""
    lines = document.lines or [line.strip() for line in document.text.splitlines() if line.strip()]
    if critic and (others := others_chat_lines(lines, critic)):  # a chat export: the other members' messages are replies
        lines = [line for i, line in enumerate(lines) if i not in others]
    lines = ctx.without_thread_counters(lines)
    main_text = {line.strip() for line in document.text.splitlines()} if document.lines else set()
    own = _own_labels(lines, critic)
    visible, warnings = _best_visible([own[line].line if line in own else line for line in lines], film.title, main_text,
                                      ctx.comments_opening(document.metadata))
    if visible is not None and (label := next((o for o in own.values() if visible.evidence in o.line), None)):
        visible = visible.model_copy(update={"evidence": label.as_written(visible.evidence)})
    schema = _schema_rating(document.metadata)
    if schema is None:
        return RatingResult(visible, warnings)
    if visible is not None and visible.score != schema.score:
        warnings = [
            f"The page's schema.org markup rates it {schema.text} ({schema.score}) but the text says "
            f"'{visible.text}' ({visible.score}) in \"{visible.evidence}\"; kept the markup's rating."
        ]
        return RatingResult(schema, warnings)
    if visible is not None:  # same score: keep the rating as the critic wrote it
        return RatingResult(visible, [])
    return RatingResult(schema, [])


@dataclass(frozen=True)
class StatedScale:
    """The rating scale a page states in its key or legend: its maximum, its unit when named ("lamps"), the sentence."""

    top: float
    unit: str | None
    evidence: str


# "All ratings out of five", "Every film gets between 0 and 4 lamps", "Ratings run from 1 to 5", "on a scale of 0 to 10".
_STATED_SCALE = re.compile(
    rf"\b(?:all\s+|our\s+)?(?:ratings?|scores?|grades?)\s+(?:are\s+)?(?:out\s+of|on\s+a\s+scale\s+of\s+(?:0|1|zero|one)\s+to)\s+(?P<max1>{MAX_WORDS})\b"
    rf"|\bbetween\s+(?:0|1|zero|one)\s+and\s+(?P<max2>{MAX_WORDS})\s+(?P<unit>(?:[a-z]{{3,}}\s+)?[a-z]{{3,}}s)\b"
    rf"|\b(?:ratings?|scores?|grades?)\s+(?:run|runs|range|ranging|go|goes)\s+from\s+(?:0|1|zero|one)\s+to\s+(?P<max3>{MAX_WORDS})\b"
    rf"|\bon\s+a\s+(?:scale|range)\s+of\s+(?:0|1|zero|one)\s*(?:to|-|–)\s*(?P<max4>{MAX_WORDS})\s+(?P<unit4>[a-z]{{3,}}s)?"
    rf"|\bon\s+(?:a|an|our)\s+(?P<max5>{MAX_WORDS})[- ](?P<unit5>[a-z]{{3,}})\s+scale\b"  # "on a six-lantern scale"
    # "We rate every film out of five popcorn buckets", "X rates every film on a scale of four reels"
    rf"|\b(?:rate|rates|score|scores|grade|grades)\s+(?:every|each|all)\s+(?:films?|movies?|releases?)\s+(?:out\s+of|on\s+a\s+scale\s+of"
    r"|from\s+(?:0|1|zero|one)\s+to)"  # "We rate every film from 1 to 5 reels"
    rf"\s+(?P<max6>{MAX_WORDS})\s+(?P<unit6>(?:[a-z]{{3,}}\s+)?[a-z]{{3,}}s)\b",
    re.IGNORECASE,
)


_SCALE_STEMS = ("rating", "score", "grade", "between 0", "between 1", "between zero", "between one", "scale of", "range of", " scale",
                "rate every", "rates every", "rate each", "rates each", "rate all", "rates all")


def page_scale(lines: list[str]) -> StatedScale | None:
    """The one rating scale the page's key states, if it states exactly one: in words ("All ratings out of four") or
    as a legend of its steps ("0 Kellerlichter = total darkness" ... "4 Kellerlichter = masterpiece")."""
    found: dict[float, StatedScale] = {}
    steps: dict[str, dict[int, str]] = {}  # a legend's steps by unit: value -> the line stating it
    for line in lines:
        if "=" in line:
            in_line = [(int(m["n"]), (m["unit"] or "").strip().casefold()[:_UNIT_STEM]) for m in _LEGEND_STEP.finditer(line)]
            named = {unit for _, unit in in_line if unit}
            for n, unit in in_line:  # "5 buckets = ... · 4 = ... · 3 = ...": the unit named once counts for the line
                steps.setdefault(unit or (next(iter(named)) if len(named) == 1 else ""), {}).setdefault(n, line.strip())
        if not has_any(casefree(line), _SCALE_STEMS):
            continue
        for m in _STATED_SCALE.finditer(line):
            top = max_value(m["max1"] or m["max2"] or m["max3"] or m["max4"] or m["max5"] or m["max6"])
            if top and top >= 3:
                unit = (m["unit"] or m["unit4"] or (m["unit5"] and m["unit5"] + "s") or m["unit6"] or "").lower() or None
                found.setdefault(top, StatedScale(top, unit, line.strip()))
    for values in steps.values():
        if len(values) >= 3 and max(values) >= 3 and min(values) <= 1:
            found.setdefault(float(max(values)), StatedScale(float(max(values)), None, values[max(values)]))
    return next(iter(found.values())) if len(found) == 1 else None


_UNIT_STEM = 5  # a unit's steps are counted together in any number: "1 Kellerlicht", "4 Kellerlichter"
# One step of a rating legend: "4 Kellerlichter = masterpiece", "4 Tin Cans = go now", "5 = unmissable".
_LEGEND_STEP = re.compile(r"(?<![\w.,/])(?P<n>\d{1,2})\s*(?P<unit>(?:[^\W\d_]{3,}\s+)?[^\W\d_]{3,}\s*)?=\s*(?=[^\W\d_])")


def _unit_labelled(lines: list[str], scale: StatedScale, title: str | None, comments_opening: str | None) -> Rating | None:
    """The verdict line in the page's own unit: "Lamps: 🕯 1" on a page of "between 0 and 4 lamps", "Rating: Two reels"
    and "Grandpa's Rocket: 3 popcorn buckets" (the film's own title as the label) on pages that rate in reels or buckets."""
    unit = re.escape((scale.unit or "").rstrip("s"))
    own = rf"|{re.escape(title)}" if title else ""
    label = rf"(?:(?:(?:our|my|the)\s+)?(?:{unit}s?(?:\s+(?:rating|verdict|score))?|rating|verdict|score){own})"  # never empty
    pattern = re.compile(rf"^{label}\s*:\s*\W{{0,12}}?(?P<n>\d(?:[.,]5)?|{_UNIT_COUNT_WORDS})(?:\s+{unit}s?)?\s*$", re.IGNORECASE)
    hits = [(line, m) for line in lines[: ctx.comments_start(lines, comments_opening)] if (m := pattern.match(line.strip()))]
    if len(hits) != 1:
        return None
    line, m = hits[0]
    value = amount_value(m["n"].replace(",", "."))
    written = line.strip()[m.start("n"):]  # "Two reels", "3 popcorn buckets"
    return make_rating(written, value, scale.top, line.strip()) if value is not None and value <= scale.top else None


_UNIT_COUNT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten"


_MY_LABEL_WORD = "My"


@dataclass(frozen=True)
class _OwnLabel:
    """A line whose verdict label names the critic ("Al's rating: 3/10"), read as "My rating: 3/10"."""

    line: str  # the line as read
    possessive: str  # "Al's", as written (or "Isabel Moreno-Ruiz gives", read as "I give")
    at: int  # where "My" stands in `line`
    word: str = _MY_LABEL_WORD  # what stands for `possessive` in `line`

    def as_written(self, evidence: str) -> str:
        """`evidence` (the read line or a clause of it) with the critic's possessive back in place of "My"."""
        start = self.line.find(evidence)
        cut = self.at - start
        if not 0 <= cut < len(evidence):
            return evidence
        return evidence[:cut] + self.possessive + evidence[cut + len(self.word):]


def _own_labels(lines: list[str], critic: str | None) -> dict[str, _OwnLabel]:
    """Lines labelling a verdict with the critic's own name ("Al's rating:", "Rafa's verdict:"), by the line as written."""
    if not critic or not has_any(casefree("\n".join(lines)), _POSSESSIVE_LABEL_STEMS + _GIVES_STEMS):
        return {}
    words = [w.casefold() for w in critic.split()]
    named_gives = re.compile(rf"(?<![\w'’-]){re.escape(critic)}\s+(?:gives|awards)(?=\s+(?:it|this|the\s+film)\b)", re.IGNORECASE)
    own: dict[str, _OwnLabel] = {}
    for line in lines:
        # "Isabel Moreno-Ruiz gives it two and a half stars": the critic, named, rating in the third person
        if (gives := named_gives.search(line)) is not None:
            own[line] = _OwnLabel(line[: gives.start()] + _I_GIVE + line[gives.end():], gives.group(0), gives.start(), _I_GIVE)
            continue
        if not has_any(casefree(line), _POSSESSIVE_LABEL_STEMS):
            continue
        for m in _POSSESSIVE_LABEL.finditer(line):
            name = m["name"].casefold()
            if name in words or len(name) >= 2 and words[0].startswith(name):  # "Al" for Alan Bewick
                own[line] = _OwnLabel(line[: m.start()] + _MY_LABEL_WORD + line[m.end("possessive"):], m.group("possessive"), m.start())
                break
    return own


_GIVES_STEMS = (" gives it", " gives this", " gives the film", " awards it")
_I_GIVE = "I give"
_POSSESSIVE_LABEL_STEMS = tuple(f"{mark}s {word}" for mark in "'’" for word in ("rating", "verdict", "score", "grade", "stars", "final", "overall", "bottom"))
_POSSESSIVE_LABEL = re.compile(rf"(?P<possessive>\b(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s)(?=\s+(?i:(?:final\s+|overall\s+)?{ctx.LABEL_WORDS})\b)")


# --------------------------------------------------------------------------- schema.org


def _schema_rating(metadata: Mapping[str, object]) -> Rating | None:
    """schema.org `reviewRating`: ratingValue over bestRating (default 5)."""
    review = metadata.get("schema_review")
    if not isinstance(review, Mapping):
        return None
    raw = review.get("rating_value")
    if raw is None or str(raw).strip() == "":
        return None
    evidence = str(review.get("evidence") or "schema.org reviewRating")
    try:
        value = float(str(raw).replace(",", "."))
    except ValueError:
        parsed = parse_score_string(str(raw))
        return parsed.model_copy(update={"evidence": evidence}) if parsed else None
    try:
        best = float(str(review.get("best_rating") or 5).replace(",", "."))
    except ValueError:
        best = 5.0
    if best <= 0 or not 0 <= value <= best:
        return None
    return make_rating(f"{_fmt(value)}/{_fmt(best)}", value, best, evidence)


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# --------------------------------------------------------------------------- the visible text


def _best_visible(
    lines: list[str], title: str | None, main_text: Collection[str], comments_opening: str | None = None
) -> tuple[Rating | None, list[str]]:
    """The winning candidate of the page's lines, or None and why."""
    candidates = list(_scan(lines, title, main_text, comments_opening))
    overall = [c for c in candidates if not c.aspect]
    if not overall and (stated := page_scale(lines)) and stated.unit and (unit := _unit_labelled(lines, stated, title, comments_opening)):
        return unit, [f"Read \"{unit.evidence}\" on the page's own scale: \"{stated.evidence}\"."]
    if not overall:
        if candidates:
            return None, ["Only per-aspect ratings were found (e.g. "
                          f"\"{candidates[0].rating.evidence}\"), no overall rating of the film."]
        return None, []
    top = max(c.priority for c in overall)
    best = [c for c in overall if c.priority == top]
    scores = {c.rating.score for c in best}
    if len(scores) > 1:
        listed = "; ".join(f"\"{c.rating.evidence}\" ({c.rating.score})" for c in best[:4])
        return None, [f"Several ratings on the page disagree and none is clearly the critic's verdict: {listed}."]
    chosen = best[-1]
    warnings = []
    if chosen.scale_guessed and (stated := page_scale(lines)) and chosen.rating.value is not None and chosen.rating.value <= stated.top:
        r = chosen.rating  # "Rating: 3" on a page whose key says "All ratings out of four"
        chosen = Candidate(make_rating(r.text, r.value, stated.top, r.evidence), chosen.line_index, chosen.priority)
        warnings.append(f"The rating \"{r.evidence}\" states no scale; read as {r.text} out of {_fmt(stated.top)}, the scale "
                        f"the page states: \"{stated.evidence}\".")
    elif chosen.scale_guessed:
        r = chosen.rating
        warnings.append(f"The rating \"{r.evidence}\" states no scale; read as {r.text} out of {_fmt(r.scale_max or 0)}.")
    rivals = [c for c in overall if c.rating.score != chosen.rating.score and c.priority >= _LABELLED_WEIGHT
              and c.rating.evidence != chosen.rating.evidence]  # (not the same rating read on the page's stated scale)
    if rivals:
        warnings.append(
            f"Kept \"{chosen.rating.evidence}\" ({chosen.rating.score}) over \"{rivals[0].rating.evidence}\" "
            f"({rivals[0].rating.score})."
        )
    return chosen.rating, warnings


def _scan(
    lines: list[str], title: str | None, main_text: Collection[str] = (), comments_opening: str | None = None
) -> Iterator[Candidate]:
    """Every plausible critic's rating on the page, in page order.

    A line that is part of the review's main text (not a sidebar, menu or
    related-posts list) ranks one step higher.
    """
    joined = "\n".join(lines)
    low = joined.lower()
    legend = _legend_lines(lines)
    star_scale = _star_scale(lines, legend, low)
    hints = _hints(lines, joined, low)
    n = len(lines)
    elsewhere = legend | ctx.related_list_lines(lines)
    title_low = title.lower() if title and len(title) > 3 else None  # named as whole words ("Rust" is not in "trust")
    for i in range(ctx.comments_start(lines, comments_opening)):  # readers' comments follow; their ratings are not the critic's
        line = lines[i]
        if i in elsewhere or i not in hints or ctx.is_separator(line):
            continue
        place = _PLACE_WEIGHT if (i < 12 or i >= n - max(6, 0.3 * n)) else 0
        place += _PLACE_WEIGHT if line in main_text else 0
        place += _PLACE_WEIGHT if _EDITED.match(line) else 0  # "EDIT: ... Final answer 7.5/10": the verdict revised
        place += _PLACE_WEIGHT if title_low and whole_word_starts(title_low, line.lower()) else 0  # "I'm giving Tin Saints a three"
        place += _LABELLED_WEIGHT if i and len(line) <= 30 and _LONE_LABEL.match(lines[i - 1]) else 0  # "Rating:" above "★★★★☆"
        yield from _in_line(line, hints[i], i, place, star_scale, title)


# A rating's label alone on its line, the rating on the next: "Rating:" / "★★★★☆".
_LONE_LABEL = re.compile(r"^\W{0,3}(?:(?:our|my|the|final|overall)\s+)?(?:rating|verdict|score|grade|stars)\s*:?\W{0,3}$", re.IGNORECASE)
_EDITED = re.compile(r"^\W{0,3}(?:edit|update|upd)\s*\d*\s*[:\-–—]", re.IGNORECASE)  # a post's own later addition


@dataclass
class _Hints:
    """Where in one line each pattern is worth trying (found by plain substring search)."""

    labelled: list[int] = field(default_factory=list)
    letter: list[int] = field(default_factory=list)
    shape: list[int] = field(default_factory=list)
    words_before: list[int] = field(default_factory=list)  # `star` / `out of`: the amount is in the words before


def _hints(lines: list[str], joined: str, low: str) -> dict[int, _Hints]:
    """Hint positions for every line, searched once over the whole page (a regex per line would be slower).

    `joined` is the lines joined by newlines, `low` the same lower-cased.
    """
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    hints: dict[int, _Hints] = {}

    def put(kind: str, pos: int) -> None:
        i = bisect_right(offsets, pos) - 1
        getattr(hints.setdefault(i, _Hints()), kind).append(pos - offsets[i])

    found = {word: _positions(low, (word,)) for word in {*_LABEL_HINTS, *_GIVE_HINTS, *_AMOUNT_HINTS}}
    for kind, words in (("labelled", _LABEL_HINTS), ("letter", _GIVE_HINTS), ("words_before", _AMOUNT_HINTS)):
        for word in words:
            for pos in found[word]:
                put(kind, pos)
    for pos, digits_only in _anchor_runs(joined):
        if pos and joined[pos - 1] in _CONTINUES_AMOUNT:
            continue
        # A number starts a rating shape only if a slash, a half, `out of` or `star` follows closely.
        if digits_only and not any(w in low[pos: pos + 16] for w in ("/", "½", "out", "star")):
            continue
        put("shape", pos)
    lone = [i for i, line in enumerate(lines) if len(line) <= 6 and _LONE_LETTER.match(line)]
    for i in lone:
        hints.setdefault(i, _Hints())
    return hints


# The anchor characters below U+0100: any other character of such a text is no anchor.
_NARROW_ANCHORS = "0123456789*½"


def _anchor_runs(joined: str) -> list[tuple[int, bool]]:
    """(start, made only of digits) of every run of digits, asterisks and star glyphs (`_ANCHOR_CHARS`).

    In a text of Latin-1 characters (nearly every review) the only anchor characters are the
    ten ASCII digits, `*` and `½`: finding each of them (a memchr each) beats a regex trying
    every position. Other texts may hold other digits and glyphs, and take the regex.
    """
    if not joined.isascii():
        try:
            joined.encode("latin-1")
        except UnicodeEncodeError:
            return [(m.start(), m.group(0).isdigit()) for m in _ANCHOR_CHARS.finditer(joined)]
    found: list[int] = []
    for char in _NARROW_ANCHORS:
        at = joined.find(char)
        while at != -1:
            found.append(at)
            at = joined.find(char, at + 1)
    found.sort()
    runs: list[tuple[int, bool]] = []
    end = -1  # where the current run ends (exclusive)
    for at in found:
        digit = "0" <= joined[at] <= "9"
        if at == end:  # the run goes on
            if not digit:
                runs[-1] = (runs[-1][0], False)
        else:
            runs.append((at, digit))
        end = at + 1
    return runs


def _in_line(line: str, hints: _Hints, index: int, place: int, star_scale: float,
             title: str | None) -> Iterator[Candidate]:
    """The candidates of one line, each pattern tried only at its hint positions."""
    found: list[tuple[str, re.Match[str]]] = []
    found += [("labelled", m) for m in _matches_at(_LABELLED, line, hints.labelled)]
    found += [("letter", m) for m in _matches_at(_GIVEN_LETTER, line, hints.letter)]
    found += [("shape", m) for m in _matches_at(_SHAPES, line, _shape_starts(line, hints))]
    lone = _LONE_LETTER.match(line) if len(line) <= 6 else None
    if lone:
        found.append(("lone", lone))
    if not found or title and ctx.rates_other_film(line, title) or ctx.is_star_icon(line) or ctx.is_store_review(line):
        return
    clauses = _clauses(line)
    taken: list[tuple[int, int]] = []
    for kind, m in found:
        if _overlaps(m.span(), taken):
            continue
        start = next(a for a, b in clauses if a <= m.start() < b or b == len(line))
        end = next(b for a, b in clauses if m.end() <= b)  # "★ 4.2 / 5 from 1,204 readers": the match spans a " / "
        if end < len(line) and ctx.counts_raters(line[m.end():]):
            continue  # "MOVIEBASE RATING ★ 7.1/10 · 48,302 votes": the count in the next cell makes it the site's average
        clause = _Clause(line, start, end, m)
        evidence = line if len(line) <= _LONG_LINE else line[start:end].strip()
        candidate = _KINDS[kind](clause, evidence, index, place, star_scale, title)
        if candidate is not None:
            taken.append(m.span())
            yield candidate


def _positions(low: str, words: tuple[str, ...]) -> list[int]:
    """Where each of `words` occurs in the lower-cased text: a plain substring search, much faster than a regex."""
    found = []
    for word in words:
        at = low.find(word)
        while at != -1:
            found.append(at)
            at = low.find(word, at + 1)
    return found


def _shape_starts(line: str, hints: _Hints) -> list[int]:
    """Where a rating shape can begin: digit and star runs, and the few words before `star` / `out of`."""
    starts = list(hints.shape)
    for pos in hints.words_before:
        at = pos
        for _ in range(_WORDS_BEFORE):
            at = line.rfind(" ", 0, max(0, at - 1))
            starts.append(at + 1)
            if at == -1:
                break
    return sorted(set(starts))


def _matches_at(pattern: re.Pattern[str], line: str, positions: list[int]) -> list[re.Match[str]]:
    """Matches of a pattern tried only at the given positions (in order, never overlapping)."""
    matches: list[re.Match[str]] = []
    for at in sorted(positions):
        if matches and at < matches[-1].end():
            continue
        m = pattern.match(line, at)
        if m:
            matches.append(m)
    return matches


@dataclass(frozen=True)
class _Clause:
    """A match inside its clause: what comes before it and after it, up to the clause's ends."""

    line: str
    start: int
    end: int
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.line[self.start: self.end]

    @property
    def prefix(self) -> str:
        return self.line[self.start: self.match.start()]

    @property
    def suffix(self) -> str:
        return self.line[self.match.end(): self.end]

    def standalone(self, max_words: int = 1) -> int:
        """A rating alone on its line or field (`(3/4)`, `Verdict: ★★★★☆`) rather than inside prose.

        A fraction may carry a short tagline (`8.5/10 - a knockout`); looser shapes may not.
        """
        words = _STANDALONE_NOISE.sub(" ", self.prefix + " " + self.suffix).split()
        return _STANDALONE_WEIGHT if len(words) <= max_words else 0


def _clauses(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_BOUNDARY.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _legend_lines(lines: list[str]) -> set[int]:
    """Indices of lines that define a rating scale (`**** = A must see film`) instead of using it."""
    legend = {i for i, line in enumerate(lines) if ctx.legend_stars(line) is not None}
    # A legend laid out one entry per line: consecutive lines opening with star runs of different sizes.
    run: list[tuple[int, int]] = []
    for i, line in enumerate([*lines, ""]):
        stars = ctx.legend_entry_stars(line)
        if stars is not None:
            run.append((i, stars))
            continue
        if len(run) >= 2 and len({s for _, s in run}) >= 2:
            legend.update(j for j, _ in run)
        run = []
    return legend


def _star_scale(lines: list[str], legend: set[int], low: str) -> float:
    """Stars with no stated maximum are out of 5, unless the page says out of 4 (legend or wording)."""
    sizes = [ctx.legend_stars(lines[i]) or ctx.legend_entry_stars(lines[i]) or 0 for i in legend]
    if sizes and max(sizes) in (4, 5):
        return float(max(sizes))
    if any(w in low for w in ("four-star", "four star", "4-star", "4 star", "out of four", "out of 4", "scale of")) \
            and _FOUR_STAR_SCALE.search(low):
        return 4.0
    return 5.0


# --------------------------------------------------------------------------- one candidate


# A label that says the verdict is the critic's last word ("Final score:", "Overall:", "My verdict:"), over a
# label that only names a score ("CritiCounter score: 21%" in a fact box).
_OWN_VERDICT_LABEL = re.compile(r"\b(?:final|overall|verdict|my|our|bottom\s+line)\b", re.IGNORECASE)


def _labelled_candidate(c: _Clause, evidence: str, index: int, place: int, star_scale: float,
                        title: str | None) -> Candidate | None:
    """`Grade: B+` / `Score: 85%` / `Rating (0 to 10): 7` / `Rating: 8` (scale guessed)."""
    m = c.match
    value_start = min(m.start(g) for g in ("letter", "pct", "num") if m.group(g) is not None)
    prefix = c.line[c.start: value_start]
    if not _is_critics(prefix, c.suffix, title, numeric=m.group("num") is not None):
        return None
    guessed = False
    if m.group("letter"):
        if _SCALE_RANGE_AFTER.match(c.suffix):
            return None  # "How we grade: A+ to F": the scale, not a grade
        if m.group("letter") == "A" and _WORD_AFTER_ARTICLE.match(c.line, m.end("letter")):
            return None  # "Bottom line: A patient, devastating act of witness": an article
        rating = make_rating(m.group("letter"), m.group("letter"), None, evidence)
    elif m.group("pct"):
        value = float(m.group("pct"))
        if value > 100:
            return None
        rating = make_rating(m.group("pct") + "%", value, 100.0, evidence)
    else:
        value = float(m.group("num").replace(",", "."))
        stated = m.group("lmax") or m.group("ofmax")
        top = float(stated) if stated else scale_for_bare_number(value)
        guessed = not stated
        if top is None or value > top:
            return None
        if guessed and value > 10 and _RATING_WORD.search(m.group(0)):
            return None  # `Rating: 18`, `Rating: 12A`: an age certificate as often as a score

        written = f"{m.group('num')} of {m.group('ofmax')}" if m.group("ofmax") else m.group("num")
        rating = make_rating(written, value, top, evidence)
    priority = 2 + _LABELLED_WEIGHT + place + c.standalone(3) + (1 if _OWN_VERDICT_LABEL.search(prefix) else 0)
    if ctx.is_alternative_scale(prefix):
        priority -= _ALTERNATIVE_PENALTY
    return Candidate(rating, index, priority, aspect=ctx.is_aspect_label(prefix), scale_guessed=guessed)


def _letter_candidate(c: _Clause, evidence: str, index: int, place: int, star_scale: float,
                      title: str | None) -> Candidate | None:
    """`I give it a B-`, `The film earns a C`, `Grade B`."""
    m = c.match
    letter = m.group("letter") or m.group("letter2")
    if ctx.is_grade_compound(c.suffix) or ctx.in_quotation(c.prefix):
        return None  # `a grade B detective story`, `"I got a B once," he says`
    if not _is_critics(c.prefix + m.group(0)[: -len(letter)], c.suffix, title, numeric=False):
        return None
    rating = make_rating(letter, letter, None, evidence)
    return Candidate(rating, index, 2 + _OWN_VOICE_WEIGHT + place + c.standalone())


def _lone_letter_candidate(c: _Clause, evidence: str, index: int, place: int, star_scale: float,
                           title: str | None) -> Candidate | None:
    """`B+` alone on a line."""
    letter = c.match.group("letter")
    return Candidate(make_rating(letter, letter, None, evidence), index, 2 + _STANDALONE_WEIGHT + place)


def _shape_candidate(c: _Clause, evidence: str, index: int, place: int, star_scale: float,
                     title: str | None) -> Candidate | None:
    """One shape match, checked against its context and ranked; None when it is not the critic's rating."""
    m = c.match
    kind = m.lastgroup
    prefix, suffix, text = c.prefix, c.suffix, m.group(0)
    labelled = ctx.is_labelled(prefix)
    own = ctx.in_own_voice(prefix, suffix)
    standalone = c.standalone(3 if kind in ("frac", "units", "glyph", "outofstars") else 1)
    value, top, base = _value_and_scale(m, kind, star_scale)
    if value is None:
        return None
    if kind in ("aster", "glyph", "stars") and ctx.is_top_rating(prefix):
        top = value  # `my top rating of ****`
    if not valid_fraction(value, top):
        return None
    explicit_max = bool(m.group("omax") or m.group("fmax") or m.group("smax") or m.group("gmax") or m.group("amax") or m.group("umax"))
    # Shapes that need a cue before they count as a rating at all.
    if kind == "glyph" and len(text) == 1 and _NUMBER_AFTER.match(suffix):
        return None  # "★ 4.2 / 5": an icon before the number it decorates
    if kind in ("aster", "halfstar", "onestar") and not (labelled or own or explicit_max):
        return None  # `***` as a separator, a footnote, emphasis
    if kind == "units" and not (labelled or own):
        return None  # `two sisters out of three`
    if kind == "stars" and not (labelled or own or standalone):
        if not text[0].isdigit() or ctx.has_determiner_before(prefix):
            return None  # `the two stars share great chemistry`
        if re.search(r"-star$", text) and re.match(r"\s*[a-z]", suffix):
            return None  # `a five-star hotel`
    if kind in ("frac", "units", "ofstars", "stars", "outofstars") and (ctx.is_counter(prefix) or ctx.is_count_phrase(suffix)):
        return None
    if "out of" in text.lower() and not (labelled or standalone) and not ctx.follower_allowed(suffix):
        return None  # `nine out of ten critics`
    if not _is_critics(prefix, suffix, title, numeric=text[0].isdigit()):
        return None
    if kind in ("stars", "aster", "glyph") and _RANGE_BEFORE.search(prefix):
        return None  # `a scale from zero to four stars`, `more than 3 stars`
    if ctx.is_for_a_part(suffix) and not own:
        return None  # `5 stars for the cast`; but `I give it ** for the acting` gives a reason
    priority = base + place + standalone
    priority += _LABELLED_WEIGHT if labelled else 0
    priority += _OWN_VOICE_WEIGHT if own else 0
    if ctx.is_alternative_scale(prefix):
        priority -= _ALTERNATIVE_PENALTY
    rating = make_rating(text, value, top, evidence)  # type: ignore[arg-type]
    # a field's label may sit in a clause of its own: "AUDIO ........... ★★★★☆"
    aspect = (labelled or standalone > 0) and ctx.is_aspect_label(prefix or c.line[: m.start()])
    return Candidate(rating, index, priority, aspect=aspect)


_KINDS = {
    "labelled": _labelled_candidate,
    "letter": _letter_candidate,
    "lone": _lone_letter_candidate,
    "shape": _shape_candidate,
}


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _value_and_scale(m: re.Match[str], kind: str | None, star_scale: float) -> tuple[float | None, float | None, int]:
    """(value, scale maximum, base priority) of a shape match."""
    if kind == "outofstars":
        raw = m.group("ox")
        value = asterisk_stars(raw) if "*" in raw else glyph_stars(raw)[0] if re.search(r"[★⭐]", raw) else amount_value(raw)
        return value, float(len(m.group("omax"))), 2
    if kind == "frac":
        return amount_value(m.group("fx")), max_value(m.group("fmax")), 2
    if kind == "ofstars":
        return amount_value(m.group("sx")), max_value(m.group("smax")), 2
    if kind == "units":
        return amount_value(m.group("ux")), max_value(m.group("umax")), 2
    if kind == "glyph":
        value, stated = glyph_stars(m.group("glyphs"))
        top = max_value(m.group("gmax")) if m.group("gmax") else stated or star_scale
        return value, top, 2 if (stated or m.group("gmax") or "½" in m.group(0)) else 1
    if kind == "aster":
        top = max_value(m.group("amax")) if m.group("amax") else star_scale
        return asterisk_stars(m.group("asterisks")), top, 1
    if kind == "halfstar":
        return 0.5, star_scale, 1
    if kind == "onestar":
        return 1.0, star_scale, 1
    if kind == "stars":
        if m.group("snmax"):
            return amount_value(m.group("sn")), max_value(m.group("snmax")), 2
        return amount_value(m.group("sn")), star_scale, 1
    return None, None, 0


def _is_critics(prefix: str, suffix: str, title: str | None, numeric: bool) -> bool:
    """The context says this is the critic's own verdict on this film, not anyone's or anything else's."""
    if ctx.is_aggregate(prefix, suffix) or ctx.is_certificate(prefix):
        return False
    if ctx.is_someone_elses(prefix, suffix) or ctx.is_other_film(prefix, suffix, title):
        return False
    if ctx.is_hypothetical(prefix, suffix) or ctx.is_negated(prefix):
        return False
    return not (numeric and ctx.is_counter(prefix))
