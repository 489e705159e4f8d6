"""Find which labelled term lists occur in a text, fast, with the exact answer of one big regex.

`aspects.py` keeps its lexicon as readable regex alternations, one per aspect,
and asks which aspects occur in a clause. The direct way is one alternation
with a named group per label, `\\b(?P<acting>...)|\\b(?P<story>...)|...`, run
with `finditer`. Python's regex engine then tries all ~200 terms at every
word start, which costs about a microsecond per word.

`TermMatcher` gives the same answer several times faster. It regroups the
terms by their first letter (`\\b(?:a(?:cting|cted|...)|c(?:ast|...)|...)`), so
at each word start the engine rejects every other letter with one character
comparison; named groups would defeat that skip, so the label of a match is
found afterwards by trying, in order, the labels that have a term with that
first letter. Terms keep their order inside each letter, and terms with
different first letters never match at the same place, so the engine picks
the same term at the same place as the single alternation would: the set of
labels is identical.

To be regrouped, every term must start with a plain letter or digit once
leading non-capturing groups are expanded (`(?:her|his) roles?` ->
`her roles?`, `his roles?`; an optional group gives both forms) and leading
lookbehinds are moved past the first character (`(?<!was )directed` ->
`d(?<!(?:was )d)irected`). Anything else is refused when the matcher is built.
The terms must be lower case and the text must be lower-cased by the caller.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

import re

# Regex pieces that can match a newline (`.`, `\s`, `[^...]`...) or tell it from the edge of a text
# (`^`, `$`, `\A`, `\Z`); terms without any cannot run from one text into the next when joined by newlines.
_NEWLINE_AWARE = re.compile(r"(?<!\\)(?:\\\\)*(?:[.^$]|\\[sSWDnAZ])")

__all__ = ["TermMatcher", "split_alternatives"]


class TermMatcher:
    """The labels (keys of `terms`) whose regex terms occur in a lower-case text."""

    def __init__(self, terms: dict[str, str]) -> None:
        by_letter: dict[str, dict[str, list[str]]] = {}
        for label, pattern in terms.items():
            for term in split_alternatives(pattern):
                for first, rest in _letter_led(term):
                    by_letter.setdefault(first, {}).setdefault(label, []).append(rest)
        self._finder = re.compile(r"\b(?:" + "|".join(
            f"{first}(?:{'|'.join(rest for rests in labels.values() for rest in rests)})"
            for first, labels in by_letter.items()) + ")")
        self._newline_safe = not _NEWLINE_AWARE.search(self._finder.pattern)
        self._labels_by_letter = {
            first: [(label, re.compile(f"{first}(?:{'|'.join(rests)})")) for label, rests in labels.items()]
            for first, labels in by_letter.items()
        }

    def occurs_in(self, text: str) -> bool:
        """Whether any term occurs in the lower-case `text` (`labels_in(text)` is then non-empty)."""
        return self._finder.search(text) is not None

    def occurs_in_each(self, texts: Sequence[str]) -> list[bool]:
        """`occurs_in` of each lower-case text, found in one scan over the texts joined by newlines.

        The joined scan finds the same thing: no term can match a newline (checked when the matcher
        is built; otherwise each text is scanned alone), and `\\b` and the terms' lookarounds see a
        newline just as they see the edge of a text.
        """
        if not self._newline_safe:
            return [self.occurs_in(text) for text in texts]
        joined = "\n".join(texts)
        ends = list(accumulate(len(text) + 1 for text in texts))  # where each text's newline ends
        found = [False] * len(texts)
        match = self._finder.search(joined)
        while match:
            index = bisect_right(ends, match.start())
            found[index] = True
            match = self._finder.search(joined, ends[index])  # on to the next text
        return found

    def labels_in(self, text: str) -> set[str]:
        """Labels of the terms `re.finditer` would find in `text`, left to right, without overlaps."""
        found: set[str] = set()
        for match in self._finder.finditer(text):
            start = match.start()
            for label, term in self._labels_by_letter[text[start]]:
                if term.match(text, start):
                    found.add(label)
                    break
        return found


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each `(`, `)` and `|` in `pattern` from `start`.

    Escapes and character classes are stepped over: their parentheses and bars are literal.
    """
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (`a|b(?:c|d)` -> `a`, `b(?:c|d)`)."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _letter_led(term: str, lookbehinds: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """`term` as an ordered list of (first letter, rest) pairs that together match what it matches."""
    if term.startswith(("(?<!", "(?<=")):
        end = _group_end(term, 0)
        return _letter_led(term[end + 1:], (*lookbehinds, term[:end + 1]))
    if term.startswith("(?:"):
        end = _group_end(term, 0)
        rest = term[end + 1:]
        optional = rest.startswith("?") and not rest.startswith("??")
        if optional:
            rest = rest[1:]
        elif rest[:1] in ("*", "+", "{", "?"):
            raise ValueError(f"term {term!r}: a repeated leading group cannot be regrouped by first letter")
        branches = split_alternatives(term[3:end])
        expanded = [pair for branch in branches for pair in _letter_led(branch + rest, lookbehinds)]
        return expanded + (_letter_led(rest, lookbehinds) if optional else [])
    first = term[:1]
    if not (first.isascii() and first.isalnum() and not first.isupper()):
        raise ValueError(f"term {term!r} does not start with a lower-case letter or digit")
    # A lookbehind before the first letter, checked just after it, must also see that letter.
    moved = "".join(f"{behind[:4]}(?:{behind[4:-1]}){first})" for behind in lookbehinds)
    return [(first, moved + term[1:])]


def _group_end(pattern: str, start: int) -> int:
    """Index of the parenthesis that closes the group opening at `start`."""
    for i, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced parentheses in {pattern!r}")

def _class_end(pattern: str, start: int) -> int:
    """Index of the `]` closing the character class opening at `start` (a leading `]` or `^]` is literal)."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i
