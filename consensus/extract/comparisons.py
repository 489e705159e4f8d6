"""Films the critic compares this one to, kept apart from the cast's earlier work and from the film itself.

A title counts when a comparison cue introduces it: `"A meets B"`, `like (in) "X"`,
`reminiscent of`, `in the vein of`, `akin to`, `recalls`, `echoes of`, `shades of`,
`à la`, `compared to`, `reminds (me|you) of`, `thinking of`, `films like A, B, or C`,
`one example would be "X"`, `something like X`, `the first X film`, `like <actor> in X`.
A negated comparison ("the style doesn't remind you of the obvious 'John Wick'",
"This is not X", "There is no X type finale") is still kept: the critic is placing
the film against that reference, which is what a reader of the list wants.

Not comparisons: the cast's or director's earlier work (`star of "Burning"`,
`Jeon Jong-seo ("Burning")`, `fame as Tokyo in Money Heist`, `director X ("The Call")`,
`breakout in 2018's Burning`), the reviewed film's own title, a film sharing its
title ("the John Wick spin-off of the same name"), people ("Wong Kar-Wai's works").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from consensus.extract.facts import COUNTRIES
from consensus.extract.names import fold
from consensus.extract.people import sentences_of
from consensus.extract.prefilter import TextIndex
from consensus.models import Document, Film

_Q = "\"“”‘’'"
_QUOTED = re.compile(r"[\"“‘]([^\"“”‘’]{2,60}?)[\"”’](?!\w)")
_SMALL = r"(?:of|the|a|an|on|in|from|to|and|for|with|at|by|my|your|her|his|de|la|le|du)"
_TITLE_RUN = re.compile(rf"(?:The\s+|A\s+)?[A-Z0-9][\w'’:.-]*(?:\s+(?:{_SMALL}\s+)*[A-Z0-9][\w'’:.-]*){{0,6}}")
# Phrases that introduce a compared title (each followed by whitespace). Order matters where
# phrases share a start ("like in" before "like"): the first that matches is taken.
_CUE_PHRASES = [
    r"meets", r"like\s+in", r"like", r"reminiscent\s+of", r"reminiscence\s+of", r"in\s+the\s+vein\s+of", r"akin\s+to",
    r"recalls?", r"recalling", r"echoes\s+of", r"echoing", r"evokes?", r"evoking", r"shades\s+of", r"à\s+la", r"a\s+la",
    r"compared\s+to", r"comparisons?\s+(?:to|with)", r"reminds?\s+(?:me|you|us|one|viewers)\s+of(?:\s+the\s+obvious)?",
    r"remind\s+you\s+of(?:\s+the\s+obvious)?", r"thinking\s+of", r"films?\s+like", r"movies?\s+like", r"such\s+as",
    r"example\s+would\s+be", r"the\s+likes\s+of", r"homage\s+to", r"nods?\s+to", r"something\s+like",
    r"more\s+akin\s+to(?:\s+my\s+beloved)?", r"the\s+first", r"this\s+is\s+not", r"there\s+is\s+no", r"isn[’']t", r"than",
]
_CUES = re.compile(r"\b(?:" + "|".join(_CUE_PHRASES) + r")\s+", re.I)


def _by_first_letter(phrases: list[str]) -> str:
    """The alternation of `phrases` with those sharing a first letter grouped ("a(?:kin|\\s+la)|...").

    Matches exactly what the plain alternation matches, faster: phrases starting with
    different letters can never both match at one place, so only their order within a
    group matters, and that is kept. Every phrase starts with a plain letter.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# `_CUES` without re.I, for `casefree` text: the same matches at the same offsets, found faster.
_CUES_LOWER = re.compile(r"\b(?:" + _by_first_letter(_CUE_PHRASES) + r")\s+")
_QUOTED_MEETS = re.compile(r"[\"“]([^\"”]+?)\s+meets\s+([^\"”]+?)[\"”]")
_WHITESPACE = re.compile(r"\s+")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_EARLIER_WORK = re.compile(
    r"(?:star\s+of|known\s+for|fame\s+(?:as\s+\S+\s+)?in|breakout\s+in|debut\s+in|director\s+of|from\s+the\s+same|"
    r"also\s+from|(?:19|20)\d\d[’']s)\s*$",
    re.I,
)
_ENDS_PHRASE = re.compile(r"^\s*(?:$|[,.;:!?)(\-–—]|(?:with|and|or|but|in|for|from|at|as|to|which|that|where|type|style|meets)\b)")
_FILM_NOUNS = "films|movies|flicks|thrillers|dramas|comedies|classics|pictures|entries|titles|actioners|westerns|ones"
_NON_FILM_PLURAL = re.compile(rf"^(?!(?:{_FILM_NOUNS})$)[a-z]+s$")
_SAME_NAME = re.compile(r"^\s*(?:spin-?off|sequel|remake|film|movie)?\s*(?:spin-?off|sequel|remake)\s+of\s+the\s+same\s+name", re.I)
_NOT_TITLES = frozenset(
    "i you he she it we they this that the a an me him her us them most some one many all each his their our my "
    "these those there here what which who so then".split()
)


def _clean(title: str) -> str | None:
    title = title.strip(_Q + " ,.;:!?()")
    title = re.sub(r"^(?:the\s+first|first)\s+", "", title, flags=re.I)
    title = re.sub(r"\s+(?:film|movie|franchise|series)s?$", "", title, flags=re.I)
    title = re.sub(r"\s+(?:type|style|-style|-esque)$", "", title, flags=re.I)
    if not title or fold(title) in _NOT_TITLES or fold(title) in COUNTRIES or not title[0].isupper() and not title[0].isdigit():
        return None
    return title


def _titles_after(text: str) -> list[str]:
    """Titles at the start of `text`: a quoted title, or a Capitalized run, then `, X, or Y` lists."""
    titles: list[str] = []
    rest = text
    for _ in range(4):
        rest = re.sub(r"^(?:the\s+obvious|my\s+beloved|films?\s+like|the\s+likes\s+of)\s+", "", rest, flags=re.I)
        m = _QUOTED.match(rest)
        if m:
            title, end = m.group(1), m.end()
        else:
            m = _TITLE_RUN.match(rest)
            if not m:
                break
            title, end = m.group(0), m.end()
            people_in = re.match(r"^([A-Z][\w'’-]+)\s+in\s+(?=[\"“A-Z])", rest)
            if people_in:  # "like Reeves in John Wick": the film, not the actor
                return _titles_after(rest[people_in.end():])
            if re.match(r"^['’]s\b", rest[end:]):
                break  # "Wong Kar-Wai's works": a person's, not a title
            owner = re.match(r"^(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+", title)
            if owner:  # "Ridley Scott's Robin Hood" -> Robin Hood
                title = title[owner.end():]
            if not _ENDS_PHRASE.match(rest[end:]):
                break  # "like Ok Ju facing off ...": a name in a clause, not a title
        cleaned = _clean(title)
        if cleaned:
            titles.append(cleaned)
        nxt = re.match(r"^\s*(?:\(\d{4}\))?\s*(?:,\s*(?:or|and)?\s*|\s+(?:or|and)\s+|\s+meets\s+)", rest[end:])
        if not nxt:
            break
        rest = rest[end + nxt.end():]
    return titles


def _cues_by_sentence(index: TextIndex) -> dict[int, list[tuple[int, int]]]:
    """Sentence index -> the spans of its `_CUES` matches, found by one scan of the whole review (see `TextIndex`)."""
    found: dict[int, list[tuple[int, int]]] = {}
    starts = [index.start(i) for i in range(len(index.texts))]
    for m in _CUES_LOWER.finditer(index.lowered):
        i = bisect_right(starts, m.start()) - 1
        found.setdefault(i, []).append((m.start() - starts[i], m.end() - starts[i]))
    return found


def find_compared_films(document: Document, film: Film) -> list[str]:
    """Films named as comparisons, each once, in order of first mention."""
    own = fold(film.title or "")
    found: list[str] = []
    sentences = sentences_of(document.text)
    cues = _cues_by_sentence(TextIndex(sentences))
    for i, sentence in enumerate(sentences):
        quoted_meets = _QUOTED_MEETS.search(sentence) if "meets" in sentence else None
        if quoted_meets:
            found += [t for t in (_clean(quoted_meets.group(1)), _clean(quoted_meets.group(2))) if t]
        for start, end in cues.get(i, ()):
            before = sentence[:start]
            if _EARLIER_WORK.search(before):
                continue
            if _WHITESPACE.sub(" ", sentence[start:end].strip().lower()) in ("like", "such as"):
                noun = _LAST_WORD.search(before)
                if noun and _NON_FILM_PLURAL.match(noun.group(1)):
                    continue  # "surrounding countries like Mongolia": not films
            for title in _titles_after(sentence[end:]):
                tail = sentence[end:]
                at = tail.find(title)
                if at >= 0 and _SAME_NAME.match(tail[at + len(title):]):
                    continue
                found.append(title)
    out: list[str] = []
    seen: set[str] = set()
    for title in found:
        key = fold(title)
        if key == own or key in seen or len(title) > 60:
            continue
        seen.add(key)
        out.append(title)
    return out
