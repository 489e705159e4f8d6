"""Read one rating expression (`3.5/5`, `★★★½`, `B-`, `three out of four stars`) and normalize it.

This module knows what a rating *looks like* and how CONTRACT.md turns it into
a 0-100 score; it knows nothing about where a rating sits in a review (that is
`consensus.extract.ratings`). It exposes:

- the regex building blocks (`AMOUNT`, `STAR_GLYPHS`, ...) the document scanner reuses,
- `amount_value`, `normalize`, `letter_score`, `make_rating`,
- `parse_score_string` for a bare score string such as Rotten Tomatoes' `review_score`.
"""

from __future__ import annotations

import math
import re

from consensus.models import Rating

# --------------------------------------------------------------------------- the table in CONTRACT.md

LETTER_SCORES: dict[str, int] = {
    "A+": 100, "A": 100, "A-": 91,
    "B+": 83, "B": 75, "B-": 67,
    "C+": 58, "C": 50, "C-": 42,
    "D+": 33, "D": 25, "D-": 16,
    "F": 0, "F+": 0, "F-": 0,
}

# Scales critics actually use. A fraction over anything else (`1/3`, `2/7`, `50/50`) is not a rating.
SCALE_MAXIMA: frozenset[float] = frozenset({4.0, 5.0, 6.0, 10.0, 20.0, 100.0})

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "hundred": 100,
}

# --------------------------------------------------------------------------- regex building blocks

_SEP = r"(?:\s+|-)"
WORD_NUMBER = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)"
# `3`, `3.5`, `3,5`, `3½`, `3 1/2`, `½`, `three`, `three and a half`, `three-and-a-half`, `a half`, `half a`
AMOUNT = (
    r"(?:\d{1,3}(?:[.,]\d{1,2})?(?:\s*½|\s+1/2(?![\d/]))?"
    rf"|½|{WORD_NUMBER}(?:{_SEP}and{_SEP}(?:a{_SEP})?half)?|(?:a{_SEP})?half(?:{_SEP}a)?)"
)
FILLED_GLYPHS = "★⭐✭✮✪✯"
EMPTY_GLYPHS = "☆✩"
HALF_GLYPHS = "½⯪⯨"
# `★★★½`, `★★★★☆`, `★ ★ ★`, `★★★ 1/2`
STAR_GLYPHS = rf"(?:[{FILLED_GLYPHS}](?:\s?[{FILLED_GLYPHS}]){{0,9}}(?:\s*(?:[{HALF_GLYPHS}]|1/2))?(?:\s?[{EMPTY_GLYPHS}]){{0,9}}|[{HALF_GLYPHS}](?:\s?[{EMPTY_GLYPHS}]){{1,9}})"
# `***`, `* * *`, `***1/2`, `** ½`
ASTERISKS = r"(?:\*(?:\s?\*){0,4}(?:\s*(?:½|1/2))?)"
LETTER_GRADE = r"(?:[A-D](?:[-\s]?(?i:plus|minus)|[+\-−–])?|F)(?![\w+\-−–])"  # "B+", "B-minus", "A plus"
MAX_WORDS = r"(?:\d{1,3}|four|five|six|ten|twenty|hundred)"

_MAX_WORDS = {"four": 4.0, "five": 5.0, "six": 6.0, "ten": 10.0, "twenty": 20.0, "hundred": 100.0}
_DIGIT_AMOUNT = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(½|1/2)?")
_WORD_AMOUNT = re.compile(rf"({WORD_NUMBER})( and (?:a )?half)?")


def amount_value(text: str) -> float | None:
    """The number an AMOUNT match stands for: `3 1/2` -> 3.5, `three and a half` -> 3.5, `½` -> 0.5."""
    t = " ".join(text.lower().replace("-", " ").split())
    m = _DIGIT_AMOUNT.fullmatch(t)
    if m:
        return float(m.group(1).replace(",", ".")) + (0.5 if m.group(2) else 0.0)
    if t in ("½", "1/2", "half", "a half", "half a"):
        return 0.5
    m = _WORD_AMOUNT.fullmatch(t)
    if m:
        return NUMBER_WORDS[m.group(1)] + (0.5 if m.group(2) else 0.0)
    return None


def max_value(text: str) -> float | None:
    """The number a MAX_WORDS match stands for: `10`, `ten`, `hundred`."""
    t = text.strip().lower()
    if t.isdigit():
        return float(t)
    return _MAX_WORDS.get(t)


def glyph_stars(text: str) -> tuple[float, float | None]:
    """(value, stated maximum) of a star-glyph run: `★★★½` -> (3.5, None), `★★★★☆` -> (4.0, 5.0)."""
    filled = sum(text.count(g) for g in FILLED_GLYPHS)
    half = 0.5 if any(g in text for g in HALF_GLYPHS) or "1/2" in text else 0.0
    empty = sum(text.count(g) for g in EMPTY_GLYPHS)
    value = filled + half
    stated = filled + (1 if half else 0) + empty if empty else None
    return value, (float(stated) if stated else None)


def asterisk_stars(text: str) -> float:
    """The value of an asterisk run: `***1/2` -> 3.5."""
    return text.count("*") + (0.5 if ("½" in text or "1/2" in text) else 0.0)


# --------------------------------------------------------------------------- normalization


def round_half_up(x: float) -> int:
    """Round .5 up (2.5/4 is 63, as Metacritic shows it); Python's round() would give 62."""
    return int(math.floor(x + 0.5 + 1e-9))


def normalize(value: float, scale_max: float) -> int:
    """CONTRACT.md: round(100 * x / max)."""
    return round_half_up(100.0 * value / scale_max)


def letter_key(text: str) -> str:
    """`b+` / `B–` / `B−` / `B-minus` / `B plus` -> `B+` / `B-` (the keys of LETTER_SCORES)."""
    key = text.strip().upper().replace("–", "-").replace("−", "-")
    return _GRADE_WORD.sub(lambda m: "+" if m[1] == "PLUS" else "-", key)


_GRADE_WORD = re.compile(r"[-\s]?(PLUS|MINUS)$")


def letter_score(text: str) -> int | None:
    return LETTER_SCORES.get(letter_key(text))


def valid_fraction(value: float | None, scale_max: float | None) -> bool:
    """A value on a scale critics use, not above its maximum."""
    return (
        value is not None and scale_max is not None and scale_max in SCALE_MAXIMA and 0 <= value <= scale_max
    )


def make_rating(text: str, value: float | str, scale_max: float | None, evidence: str) -> Rating:
    """A Rating in the contract's shape; a letter grade has `value` = the letter and `scale_max` None."""
    if isinstance(value, str):
        key = letter_key(value)
        return Rating(text=text.strip(), value=key, scale_max=None, score=LETTER_SCORES[key], evidence=evidence)
    assert scale_max is not None
    return Rating(
        text=text.strip(), value=float(value), scale_max=float(scale_max),
        score=normalize(value, scale_max), evidence=evidence.strip(),
    )


def scale_for_bare_number(value: float) -> float | None:
    """The scale a number with no stated maximum is most likely on: stars (5), tenths (10) or percent (100)."""
    if value <= 5:
        return 5.0
    if value <= 10:
        return 10.0
    if value <= 100:
        return 100.0
    return None


# --------------------------------------------------------------------------- bare score strings

_BARE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("letter", re.compile(rf"^(?P<letter>{LETTER_GRADE})$")),
    ("fraction", re.compile(
        rf"^(?P<x>{AMOUNT})\s*(?:stars?\s*)?(?:/|out\s+of|of)\s*(?P<max>{MAX_WORDS})(?:\s*stars?)?$", re.IGNORECASE)),
    ("glyphs", re.compile(
        rf"^(?P<glyphs>{STAR_GLYPHS})\s*(?:\(?\s*(?:/|out\s+of)\s*(?P<max>{MAX_WORDS})\s*\)?)?$", re.IGNORECASE)),
    ("asterisks", re.compile(
        rf"^(?P<aster>{ASTERISKS})\s*(?:(?:/|out\s+of)\s*(?P<astmax>\*{{2,5}}|{MAX_WORDS}))?$", re.IGNORECASE)),
    ("stars", re.compile(rf"^(?P<x>{AMOUNT})[\s-]*stars?$", re.IGNORECASE)),
    ("percent", re.compile(r"^(?P<pct>\d{1,3}(?:\.\d)?)\s*%$")),
    ("number", re.compile(r"^(?P<num>\d{1,3}(?:[.,]\d{1,2})?)$")),
]


def parse_score_string(text: str) -> Rating | None:
    """A bare score string as a Rating (`3.5/5` -> 70, `2.5/4` -> 63, `B-` -> 67), or None if it is not one.

    A number with no scale (`4`, `8.5`, `85`) is read as stars out of 5 up to 5,
    out of 10 up to 10, out of 100 above: the conventions of score fields.
    """
    s = " ".join(text.split())
    if not s:
        return None
    for kind, pattern in _BARE_PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        if kind == "letter":
            return make_rating(s, m.group("letter"), None, s)
        if kind == "fraction":
            value, top = amount_value(m.group("x")), max_value(m.group("max"))
            return make_rating(s, value, top, s) if valid_fraction(value, top) else None  # type: ignore[arg-type]
        if kind == "glyphs":
            value, stated = glyph_stars(m.group("glyphs"))
            top = max_value(m.group("max")) if m.group("max") else stated or 5.0
            return make_rating(s, value, top, s) if valid_fraction(value, top) else None
        if kind == "asterisks":
            value = asterisk_stars(m.group("aster"))
            raw_max = m.group("astmax")
            top = (float(raw_max.count("*")) if raw_max and "*" in raw_max else max_value(raw_max)) if raw_max else 5.0
            return make_rating(s, value, top, s) if valid_fraction(value, top) else None
        if kind == "stars":
            value = amount_value(m.group("x"))
            return make_rating(s, value, 5.0, s) if valid_fraction(value, 5.0) else None  # type: ignore[arg-type]
        if kind == "percent":
            value = float(m.group("pct"))
            return make_rating(s, value, 100.0, s) if value <= 100 else None
        if kind == "number":
            value = float(m.group("num").replace(",", "."))
            top = scale_for_bare_number(value)
            return make_rating(s, value, top, s) if top else None
    return None
