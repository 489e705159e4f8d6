"""Shapes of short lines: does this look like a person's name, a heading, a date?

Bylines, author bios and image captions are recognised by their shape, not by
a list of known strings. The one resource is `common_words.txt` (English words
usually written in lower case, rebuilt by `train/common_words.py`): a line made
only of such words ("Final Thoughts", "Happy Ending") is a heading, while a
line with at least one token that is not an everyday word ("Jeff Light") can be
a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

# Lower-case particles allowed inside a name: "Guillermo del Toro", "Lars von Trier".
NAME_PARTICLES = frozenset("de del della der den di da das dos du la le van von bin al ibn y ten ter".split())
# Words that make a short capitalised line a heading or a label, never a person.
HEADING_WORDS = frozenset(
    """review reviews verdict rating ratings score summary conclusion thoughts final overall bottom line
    recommendation synopsis plot story cast credits crew trailer watch stream streaming ending scene scenes
    dialogue quotes quote spoiler spoilers warning notes note update edit comments comment share follow
    subscribe newsletter menu home search related more read about contact privacy terms cookie cookies
    advertisement sponsored movie movies film films tv series season episode news features interviews
    trending popular latest editor editors staff team admin guest contributor contributors editorial desk newsroom
    redaktion redacción redaccion redazione redakcja""".split()
)
_TOKEN_OK = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?$")
ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"  # case-insensitive patterns only
# The header fields of an e-mail saved as text (a newsletter), "Subject" apart: it is the letter's headline.
MAIL_FIELDS = r"from|to|cc|bcc|reply-to|date|sent|list-unsubscribe|message-id|mime-version|content-type"

DATE = re.compile(
    r"^(?:(?:posted|published|updated|last updated)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:\d{{1,2}}\s+)?{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}"
    r"|^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    text = files("consensus.resources").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_common_word(token: str) -> bool:
    return token.lower().strip(".'’") in common_words()


def name_tokens(text: str) -> list[str] | None:
    """The tokens of `text` if it is shaped like a personal name (1-4 capitalised words), else None."""
    if len(text) > 80:  # no name is this long; saves splitting paragraphs
        return None
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return None
    capitalised = 0
    for i, token in enumerate(tokens):
        if token.lower() in NAME_PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if not (_TOKEN_OK.match(token) or _INITIAL.match(token)) or not token[0].isupper():
            return None
        capitalised += 1
    return tokens if 1 <= capitalised <= 4 else None


def looks_like_name(text: str, allow_single: bool = False) -> bool:
    """True for "Jeff Light", "Lee Chung-hyun", "Guillermo del Toro"; false for "Final Thoughts".

    A name has 2-4 capitalised tokens (one when `allow_single`, for handles such
    as "(Aluna)"), no heading or label word, and at least one token that is not
    an everyday English word: a line of ordinary words is a heading.
    """
    tokens = name_tokens(text.strip())
    if tokens is None:
        return False
    words = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    if len(words) == 1 and not allow_single:
        return False
    if any(t.lower().strip(".") in HEADING_WORDS for t in words):
        return False
    if all(t.isupper() and len(t) > 2 for t in words):  # "ALL RIGHTS" shouting is not a byline
        return False
    return not all(is_common_word(_POSSESSIVE.sub("", t)) or _INITIAL.match(t) for t in words)  # "This Month's Report Card"


_POSSESSIVE = re.compile(r"['’]s$")


_LEADING_MARKS = re.compile(r"^[^\w]*\w")  # "¡todos" -> "¡Todos", "(part" -> "(Part"


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from", "vs", "vs."})
# Articles and prepositions of other languages, small only in a text of that language: "Les Nuits de la Ville Rouge",
# "¡Vamos al Río!", but "La La Land", "The Man from Le Havre", "Lee Van Cleef".
_FOREIGN_SMALL_WORDS = frozenset({"de", "del", "la", "le", "les", "des", "du", "el", "los", "las", "al", "der", "von", "van"})


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "G.I.", "L.A.", "U.S.": kept as written


def title_case(text: str) -> str:
    """"QUARRY ROAD" -> "Quarry Road"; keeps roman numerals ("II"), words with digits, initialisms ("G.I. JANE" -> "G.I.
    Jane") and "JFK" alone; a small word after a colon opens a subtitle and is capitalised ("FREE WILLY 2: THE ADVENTURE
    HOME"). Another language's articles are small when two of them, or one and a "¡" or "¿", say the text is in that
    language."""
    words = text.split()
    foreign = {w.lower() for w in words} & _FOREIGN_SMALL_WORDS
    small = _SMALL_WORDS | foreign if len(foreign) + ("¡" in text or "¿" in text) >= 2 else _SMALL_WORDS
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if ROMAN_NUMERAL.fullmatch(word) or any(ch.isdigit() for ch in word) or (len(words) == 1 and len(word) <= 3) \
                or _INITIALISM.fullmatch(word):
            out.append(word)
        elif i > 0 and lower in small and not words[i - 1].endswith(":"):  # ("Highlander: The Final Dimension")
            out.append(lower)
        else:
            out.append("-".join(_LEADING_MARKS.sub(lambda m: m.group(0).upper(), part, count=1) for part in lower.split("-")))
    return " ".join(out)
