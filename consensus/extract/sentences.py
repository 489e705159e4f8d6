"""Sentence splitting that survives reviews.

Reviews are not clean prose: they hold abbreviations (`Dr.`, `vs.`, `U.S.`,
`No. 1`), ratings and numbers (`8/10`, `3.5`, `1h 32m`), quotations that end
a sentence inside the closing quote, ellipses, bullet lists, headings and
credit lines without any punctuation. The rules here are plain regular
expressions (fast enough for hundreds of reviews a second):

1. Paragraphs (blank lines) never run into each other.
2. Inside a paragraph, every line is its own unit (bullets, headings, credit
   lines), except a hard-wrapped line, which is joined to the next one when the
   next line starts in lower case or the line ends mid-phrase (comma, hyphen).
3. Inside a unit, a sentence ends at `.`, `!`, `?` or an ellipsis (optionally
   followed by closing quotes or brackets) when the next word starts a new
   sentence (capital letter, digit, opening quote) and the period does not
   close an abbreviation or an initial.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_TERMINALS = frozenset(".!?…:;")
_CLOSERS = "\"”’')]"
_JOINS_NEXT = re.compile(r"[,\-–—(/&]$|\b(?:and|or|but|the|a|an|of|to|in|with|for|that)$", re.IGNORECASE)
_JOINS_NEXT_REACH = 6  # the longest ending _JOINS_NEXT looks at ("that"), plus the character before it

# A sentence boundary candidate: terminal punctuation, closing quotes/brackets, space,
# then something that can open a sentence.
# (The leading lookahead changes nothing but lets `re` skip quickly to the next stop.)
_BOUNDARY = re.compile(r"(?=[.!?…])(?:[.!?]+|…|\.\s?\.\s?\.)[\"”’'»)\]]*"
                       r"(?=\s+(?P<next>[\"“‘'«(\[]?[A-Z0-9À-Ý]))")
# "mile.This is" (missing space after a full stop, frequent in scraped text).
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,}\b)")
_GLUED_HINT = re.compile(r"[.!?][A-Z]")  # every _GLUED place has this; most units have none

_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof st sr jr mt ft gen col lt sgt capt cmdr gov sen rep rev hon pres
    vs v etc e.g i.e cf al approx ca fig figs vol vols ch chap pp p ed eds inc ltd co corp bros
    jan feb mar apr jun jul aug sep sept oct nov dec dept univ est no nos min mins hr hrs sec secs
    u.s u.k u.n a.m p.m b.c a.d d.c l.a n.y""".split()
)
# Abbreviations that only hold before a number ("No. 1", "Vol. 2", "p. 12").
_BEFORE_NUMBER = frozenset({"no", "nos", "vol", "vols", "p", "pp", "ch", "fig", "figs", "sec"})
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.*$")
_WORD_REACH = 40  # characters before a period searched for the word it may abbreviate
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def sentence_with(line: str, needle: str) -> str:
    """The sentence of a long line that holds `needle` (any case): evidence a reader can check at a glance."""
    for sentence in _END_THEN_SPACE.split(line.strip()):
        if needle.lower() in sentence.lower():
            return sentence
    return line.strip()


_END_THEN_SPACE = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str) -> list[str]:
    """Split review text into sentences; paragraphs, bullets and headings are units of their own."""
    sentences: list[str] = []
    for unit in _units(text):
        sentences.extend(_split_unit(unit))
    return sentences


def _units(text: str) -> list[str]:
    """Lines of the text, with hard-wrapped lines joined back and blank lines as hard breaks."""
    units: list[str] = []
    pending = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            if pending:
                units.append(pending)
            pending = ""
            continue
        if pending and _continues(pending, line):
            pending = f"{pending} {line}"
            continue
        if pending:
            units.append(pending)
        pending = line
    if pending:
        units.append(pending)
    return [_BULLET.sub("", u, count=1).strip() if _BULLET.match(u) else u for u in units]


def _continues(previous: str, line: str) -> bool:
    """True when `line` is the wrapped continuation of `previous`, not a new unit."""
    if _BULLET.match(line) or _ends_sentence(previous):
        return False
    # Only the end of `previous` can match, and the slice keeps enough of it for `\b`.
    return line[0].islower() or bool(_JOINS_NEXT.search(previous[-_JOINS_NEXT_REACH:]))


def _ends_sentence(line: str) -> bool:
    """True when `line` ends in terminal punctuation, optionally followed by closing quotes or brackets."""
    return line.rstrip(_CLOSERS)[-1:] in _TERMINALS


def _split_unit(unit: str) -> list[str]:
    if _GLUED_HINT.search(unit):
        unit = _GLUED.sub(" ", unit)
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(unit):
        if _is_abbreviation(unit, match):
            continue
        piece = unit[start:match.end()].strip()
        if piece:
            pieces.append(piece)
        start = match.end()
    rest = unit[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _is_abbreviation(unit: str, match: re.Match[str]) -> bool:
    """True when the period of `match` closes an abbreviation or an initial, not a sentence."""
    if not match.group().startswith(".") or match.group().startswith(".."):
        return False
    window = unit[max(0, match.start() - _WORD_REACH): match.start()]
    # The word is made of letters and dots only, so it lies after the window's last space.
    found = _WORD_BEFORE.search(window, window.rfind(" ") + 1)
    if not found:
        return False
    word = found.group(1)
    lowered = word.lower()
    if lowered in _BEFORE_NUMBER:
        return match.group("next")[:1].isdigit()  # the first character after the spaces
    if lowered in _ABBREVIATIONS:
        return True
    # Initials: "J. R. R. Tolkien", "U.S.", "P.H. Moriarty".
    return len(word) == 1 and word.isupper() or ("." in word and bool(_INITIALS.fullmatch(word)))
