"""Names in reviews written all in lower case ("lee sujin is so good as mirae", Letterboxd and blog style).

The people rules read names by their capitals, so a review that uses none names nobody. In such a
review (`is_lowercase_style`: most sentences open in lower case), `lowercase_mentions` reads runs of
one to three lower-case words that are no English words ("kim dong-wook", "geum-ja", "rimjhim"); an
English word may open a run only when it is also a family name ("park jihoon", "lee sujin", "bong reyes").
They are returned as unattached mentions: the report links one to a person or character only when it
is a spelling or part of exactly one name the film's other reviews credit (`aggregate.aliases.link_mentions`),
so a lower-case word that names no one is never linked.
"""

from __future__ import annotations

import re

from consensus.extract.names import GENERATIONS, HONORIFICS, fold
from consensus.ingest.shapes import is_common_word
from consensus.models import NameMention

# Family names that are also English words, allowed to open a lower-case run before a word that is none.
_FAMILY_NAMES_ALSO_WORDS = frozenset("park lee song moon young sun bong gong long may hope chan ma ha".split())
# Short family names (Korean Oh, Cantonese Ng and Ho, Chinese Wu, Xu, Yu, Li, Lu, Yi, Ko), too short to be name words
# alone, open a run only before a given name of two syllables ("detective oh soo-min", "ng ka-yan"; not "oh nassar").
_SHORT_FAMILY_NAMES = frozenset("oh ng ho wu xu yu li lu yi ko".split())
# Chat words and abbreviations of casual reviews: no names, though no dictionary word either.
_CHAT_WORDS = frozenset(
    "lol lmao omg tbh ngl imo imho idk smh btw fyi irl af tho rn pls plz ok okay yeah yep nope gonna wanna gotta kinda "
    "sorta dunno lotta outta ya yall y'all bc cuz cos tho thru til ur u r k ppl bro sis fav fave faves rewatch rewatched "
    "letterboxd netflix vibes vibe cgi mcu dceu og bts kdrama k-drama jdrama cdrama rom-com romcom dvd bluray blu-ray "
    "aka etc vs hmm ugh wow ooh aww yikes meh hella lowkey highkey deadass fr istg ily tw cw bgm ost pov dop vfx".split()
)
# A title or kinship word before a one-word lower-case name is part of how the review names the character ("grandpa
# deok-bae", "old han", "pani halina"): the link to the credited character reads it (`aggregate.aliases`).
_TITLE_BEFORE = HONORIFICS | {"old", "little"}  # (the kinship words, "grandpa", "auntie", are honorifics too)
# Initials right before a run ("s. ", "m.s. "), not an abbreviation ("e.g. nassar", "p.s. murugan"); searched only in the
# few characters before the run.
_INITIALS_BEFORE = re.compile(r"(?<!\S)(?!(?:e\.g|i\.e|p\.s|a\.k\.a|n\.b)\.)((?:[a-z]\.\s?){1,3})$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters of any script ("ayşe", "yılmaz"); capitalised words are no part of a run
_SENTENCE_OPENING = re.compile(r"^[\W\d_]*(\w)")
_END_MARK = re.compile(r"(?<=[.!?])\s+")
_POSSESSIVE = re.compile(r"['’]s$")
MAX_LOWERCASE_MENTIONS = 20


def is_lowercase_style(sentences: list[str]) -> bool:
    """Whether the review is written in lower case: three in five of its sentences or more open on a lower-case
    letter (one sentence at least), and it writes "i" for "I" or has no capitalised word inside its sentences."""
    # Sentences cut at every end mark: a sentence splitter that waits for a capital after the period leaves "... the
    # end. park min-seok plays ..." as one.
    pieces = [piece for s in sentences for piece in _END_MARK.split(s)]
    openings = [m.group(1) for s in pieces if (m := _SENTENCE_OPENING.match(s)) and m.group(1).isalpha()]
    if not openings or sum(ch.islower() for ch in openings) < 0.6 * len(openings):
        return False
    text = " ".join(sentences)
    return " i " in f" {text} " or not re.search(r"(?<=[a-z,;] )[A-Z][a-z]", text)


def _is_name_word(word: str) -> bool:
    """A lower-case word that can be part of a name: no English or chat word, with a part of three letters or more
    ("ah-wen", not "so-so")."""
    bare = word.replace("’", "'")
    if not bare.islower() or bare in _CHAT_WORDS or len(bare.replace("-", "")) < 3 or "'" in bare:
        return False
    long_parts = [part for part in bare.split("-") if len(part) > 2]
    return bool(long_parts) and not any(is_common_word(part) for part in long_parts)  # not "so-so", "ha-ha"


def _is_syllable_pair(word: str) -> bool:
    """A hyphenated given name of two short, different syllables after a family name ("lee ga-on"; not "so-so")."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0] != parts[1] and all(2 <= len(part) <= 4 and part.isalpha() and part.islower() for part in parts)


# Where a short given name alone is read: after "as" or an opening bracket ("park ji-ah as ok-ju", "(mi-ju)").
_AS_A_PART_BEFORE = re.compile(r"(?:\bas|\()\s*$")


def _is_short_given_name(word: str) -> bool:
    """Two short syllables, not both English words: a given name or a character's ("ok-ju", "ji-ah"; not "so-so").
    Read alone only where a part is named (`_AS_A_PART_BEFORE`): "wi-fi" and "co-op" have the same shape."""
    return _is_syllable_pair(word) and not all(is_common_word(part) for part in word.split("-"))


def _opens_name(sentence: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether word `i` of the sentence (word, start, end) opens a lower-case name: a word that can be part of one, a
    short given name where a part is named ("as ok-ju"), or a family name that is also an English word before a name
    word or two short syllables ("park ji-ah", "park seon-woo")."""
    word, start, end = words[i]
    if _is_name_word(word) or _is_short_given_name(word) and _AS_A_PART_BEFORE.search(sentence[:start]) is not None:
        return True
    if word not in _FAMILY_NAMES_ALSO_WORDS and word not in _SHORT_FAMILY_NAMES or i + 1 >= len(words):
        return False
    after, after_start, _ = words[i + 1]
    fits = _is_syllable_pair(after) or word in _FAMILY_NAMES_ALSO_WORDS and _is_name_word(after)
    return fits and sentence[end:after_start] == " "


def lowercase_mentions(sentences: list[str], known: set[str]) -> list[NameMention]:
    """Lower-case name runs of a lower-case review, each once with its sentence; `known` are the folded names
    the review's other rules already found (not repeated)."""
    out: list[NameMention] = []
    seen: set[str] = set(known)
    for sentence in sentences:
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
        words = [(w[:-2], a, b - 2) if _POSSESSIVE.search(w) else (w, a, b) for w, a, b in words]  # "lee ga-on's score"
        i = 0
        while i < len(words):
            word, start, _ = words[i]
            if not _opens_name(sentence, words, i):
                i += 1
                continue
            j = i + 1
            while j < len(words) and j - i < 3 and sentence[words[j - 1][2] : words[j][1]] == " " and (
                _is_name_word(words[j][0])
                or j == i + 1 and (word in _FAMILY_NAMES_ALSO_WORDS or word in _SHORT_FAMILY_NAMES or _is_name_word(word))
                and _is_syllable_pair(words[j][0])
            ):
                j += 1
            if j == i + 1 and i > 0 and words[i - 1][0] in _TITLE_BEFORE and sentence[words[i - 1][2] : start] == " ":
                start = words[i - 1][1]  # (one name word only: "an old kim ki-duk film" is no "old kim")
            elif (initials := _INITIALS_BEFORE.search(sentence, max(0, start - 9), start)) is not None and initials.group(1).strip() != "i.":
                start = initials.start(1)  # "s. murugan", "m.s. ganesan": initials before the name
            end = words[j - 1][2]
            if j < len(words) and words[j][0] in GENERATIONS and sentence[end : words[j][1]] == " ":
                end = words[j][2]  # "rodrigo salas jr": the son, not the father
                j += 1
            name = sentence[start:end]
            i = j
            if fold(name) in seen:
                continue
            seen.add(fold(name))
            out.append(NameMention(name=name, evidence=sentence))
            if len(out) >= MAX_LOWERCASE_MENTIONS:
                return out
    return out
