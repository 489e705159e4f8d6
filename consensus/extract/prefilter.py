"""Cheap, exact pre-checks that let the rule modules skip text their regexes cannot match.

Python's `re` spends tens of nanoseconds per character on a pattern that does
not start with a fixed string, and case-insensitive alternations of many words
are the slowest of all. Most sentences of a review hold none of the words a
rule needs ("directed", "suicide", "premiere"), so the rule modules first ask
which sentences contain one of a rule's *stems* (plain substrings every match
must contain) and run the rule only there. `str.find` over the lower-cased
text is far faster than any regex scan.

The pre-check never changes a result: a stem is chosen so that the rule can
only match text containing it, and the text is lower-cased the way `re.I`
compares letters (`casefree`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

# Characters `re.I` matches with an ASCII letter although `str.lower()` does not map them to it
# (and "İ", the one character whose lower case is two characters long).
_RE_I_FIXES = {"İ": "i", "ı": "i", "ſ": "s", "K": "k"}


def casefree(text: str) -> str:
    """`text` lower-cased as `re.I` compares letters, with the same length (offsets stay valid)."""
    if not text.isascii():
        for char, letter in _RE_I_FIXES.items():
            if char in text:
                text = text.replace(char, letter)
    return text.lower()


def has_any(lowered: str, stems: Iterable[str]) -> bool:
    """Whether the lower-cased text contains one of the stems."""
    for stem in stems:
        if stem in lowered:
            return True
    return False


class TextIndex:
    """Texts (sentences or lines) joined once, lower-cased, to find which of them contain a stem or a match.

    The texts are joined with NUL ("\\0"), a character none of the rule regexes can match
    (it is neither a letter, a digit, `\\s` nor punctuation), so a regex searched over the joined
    text finds exactly the matches it finds in each text alone: no match can run from one text
    into the next, and `\\b` sees NUL as it sees the edge of a text.
    """

    SEPARATOR = "\0"

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.joined = self.SEPARATOR.join(self.texts)
        self.lowered = casefree(self.joined)
        self._starts: list[int] = []
        pos = 0
        for text in self.texts:
            self._starts.append(pos)
            pos += len(text) + 1

    def has(self, stems: Iterable[str]) -> bool:
        """Whether any text contains one of the stems (or a stem spans two texts: a harmless false alarm)."""
        return has_any(self.lowered, stems)

    def having(self, stems: Iterable[str]) -> list[int]:
        """Indices, in order, of the texts containing one of the stems."""
        found: set[int] = set()
        lowered, starts = self.lowered, self._starts
        for stem in stems:
            at = lowered.find(stem)
            while at >= 0:
                index = bisect_right(starts, at) - 1
                found.add(index)
                # Jump to the next text: this one is already in.
                next_start = starts[index + 1] if index + 1 < len(starts) else len(lowered)
                at = lowered.find(stem, max(at + 1, next_start))
        return sorted(found)

    def matching(self, pattern: re.Pattern[str], lowered: bool = True) -> list[int]:
        """Indices, in order, of the texts where `pattern` finds a match (searched once over all of them).

        Exact when the pattern cannot match the separator or the empty string and uses no `^`, `$`,
        `\\A`, `\\Z` or look-behind (then a text's first match is where a search of that text alone finds it).
        `lowered` searches the `casefree` text (for a pattern written in lower case, without re.I).
        """
        found: list[int] = []
        starts = self._starts
        text = self.lowered if lowered else self.joined
        at = 0
        while (m := pattern.search(text, at)) is not None:
            index = bisect_right(starts, m.start()) - 1
            found.append(index)
            # Jump to the next text: this one is already in.
            if index + 1 >= len(starts):
                break
            at = starts[index + 1]
        return found

    def start(self, index: int) -> int:
        """Where text `index` starts in `joined` and `lowered`."""
        return self._starts[index]

    def lowered_text(self, index: int) -> str:
        """Text `index`, as `casefree` gives it."""
        start = self._starts[index]
        return self.lowered[start : start + len(self.texts[index])]


def minimal_stems(words: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased words that contain no other of the words: text holding any word holds one of these."""
    lowered = sorted({w.lower() for w in words}, key=lambda w: (len(w), w))
    stems: list[str] = []
    for word in lowered:
        if not any(stem in word for stem in stems):
            stems.append(word)
    return tuple(stems)


def word_trie(words: Iterable[str]) -> str:
    """A regex source matching exactly the given words, as a trie ("war|warm" -> "war(?:m)?").

    `re` tries an alternation's branches one by one at every position; a trie
    tries each first letter once. Use for "is any of these words here" checks,
    where which alternative matches first does not matter.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + source(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return source(tree)
