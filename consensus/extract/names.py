"""What a person's or character's name looks like in running text, and keys to compare names.

Two jobs, both language-light and rule-based:

* Shape: `name_after(text)` / `name_before(text)` read the name-shaped run of
  words that starts / ends at a position ("Lee Chung-hyun", "Karim al Rashid",
  "A. R. Menon", "Dr. Rania"), refusing capitalised words that are not names
  (articles, months, countries, credit labels). ALL-CAPS names are title-cased.
* Keys: `name_words()` turns a name into comparable words: accents folded,
  lower-case, hyphens and particles joined ("Jong-seo" = "Jong Seo" = "Jongseo",
  "Al-Rashid" = "al Rashid"), and a light romanization table applied
  (eo~u, oo~u, yoo~yu, ee~i, iy~i, ks~x, and Korean initial ch/j, k/g, t/d, p/b),
  so spellings of one name reduce to one key. `aggregate/aliases.py` compares keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Lower-case words allowed inside a name ("Karim al Rashid", "Ludwig van Beethoven").
PARTICLES = frozenset(
    "al el ibn bin binti bint ben abu van von der den de del della da di du la le dos das ter ten y bo".split()
)
# Abbreviations that end in a period but do not end a name.
ABBREVIATIONS = frozenset("dr mr mrs ms st jr sr mx prof".split())

_MONTHS = "january february march april may june july august september october november december"
_NOT_NAMES = frozenset(
    (
        "the a an this that these those there here in on at of and but or so as if to by for from with "
        "his her their its it he she they we i you my our your me him them who what when where why how "
        "no not yes all also yet still then than both each every some many most more much one two three "
        "director directors writer writers screenwriter cast starring stars star co-starring music score "
        "composer cinematography cinematographer producer producers editor genre genres country runtime "
        "running time release released review reviews story synopsis plot film films movie movies "
        "cinema series season episode trailer poster screenshot netflix amazon prime hulu disney apple max "
        "imdb letterboxd rotten tomatoes metacritic youtube instagram facebook twitter tiktok korea korean "
        "hollywood bollywood oscar oscars festival international warning warnings spoiler spoilers "
        "read search home menu share comments comment post posted rating rate verdict final thoughts "
        "action thriller drama comedy horror romance crime mystery documentary animation noir "
        "act chapter part scene scenes character characters actor actress actors actresses lead "
        "however meanwhile overall still well yes ok okay sadly luckily thankfully perhaps maybe "
        "monday tuesday wednesday thursday friday saturday sunday " + _MONTHS
    ).split()
)
_COUNTRIES = frozenset(
    (
        "america american britain british china chinese england english france french germany german "
        "india indian italy italian japan japanese mexico mexican nigeria nigerian russia russian spain "
        "spanish taiwan taiwanese thailand thai vietnam vietnamese turkey turkish iran iranian egypt "
        "egyptian poland polish ukraine ukrainian canada canadian australia australian brazil brazilian "
        "argentina argentinian hong kong seoul tokyo beijing busan lagos mumbai paris london europe "
        "european asia asian africa african k-drama k-pop"
    ).split()
)

# Name syllables that are also English function words, allowed inside a name when Titlecase.
_NAME_SYLLABLES = frozenset({"an", "so", "no", "do", "my"})
_PREFIXED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|ben|d|l)[-'’][^\W\d_]", re.UNICODE)
_WORD = re.compile(r"\S+")
_LEAD_PUNCT = "\"“”‘'«(["
_TRAIL_PUNCT = "\"“”’'»)],;:!?…"
_STOP_AFTER = frozenset(",;:!?…)]\"“”")
_STOP_AFTER_OR_PERIOD = _STOP_AFTER | {"."}
_CAP_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=32768)
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents removed, letters without a decomposition mapped by hand."""
    if text.isascii():
        return text.lower()  # what the steps below give for ASCII, without them
    text = text.replace("’", "'").replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    text = text.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _is_name_word(word: str, first: bool) -> bool:
    """One word of a name: capitalised (Jong-seo, O'Brien, McKee), an initial (A.), or a particle inside."""
    if _INITIAL.match(word):
        return True
    bare = word.rstrip(".")
    if not bare or not _CAP_WORD.match(bare):
        return False
    if bare[0].islower() and bare.lower() in PARTICLES:
        return not first
    if _PREFIXED.match(bare):
        return True  # al-Zahra, d'Artagnan
    if not bare[0].isupper():
        return False
    low = fold(bare)
    if not first and low in _NAME_SYLLABLES and not bare.isupper():
        return True  # "Nguyen Van An": a name syllable that is also an English word
    if low in _NOT_NAMES or low in _COUNTRIES:
        return False
    if word.endswith(".") and low not in ABBREVIATIONS and len(bare) > 1:
        return True  # a name at the end of a sentence; the caller stops after it
    return True


def _tidy(words: list[str]) -> str | None:
    while words and words[-1] in PARTICLES:
        words.pop()
    while words and words[0] in PARTICLES:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    if name.isupper() and len(name) > 3:
        name = name.title()  # "KIM MIN-JI" -> "Kim Min-Ji"
    return name


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)], True
    return word, False


@lru_cache(maxsize=16384)
def _token_after(raw: str, first: bool) -> tuple[str | None, bool]:
    """One whitespace-separated token read by `name_after`: (the name word, or None to stop before it; stop after it)."""
    word = raw.lstrip(_LEAD_PUNCT) if first else raw
    if not first and word[:1] in _LEAD_PUNCT:
        return None, True
    core = word.rstrip(_TRAIL_PUNCT)
    core, possessive = _strip_possessive(core)
    ends_sentence = core.endswith(".") and not _INITIAL.match(core) and fold(core.rstrip(".")) not in ABBREVIATIONS
    if ends_sentence:
        core = core.rstrip(".")
    if not core or not _is_name_word(core, first=first):
        return None, True
    return core, possessive or ends_sentence or core != word or raw[-1:] in _STOP_AFTER


def name_after(text: str, max_words: int = 5) -> str | None:
    """The name-shaped run of words at the start of `text` (quotes around it allowed), or None."""
    words: list[str] = []
    for i, match in enumerate(_WORD.finditer(text)):
        core, stop = _token_after(match.group(), i == 0)
        if core is None:
            break
        words.append(core)
        if stop or len(words) >= max_words:
            break
    return _tidy(words)


@lru_cache(maxsize=16384)
def _token_before(raw: str, last: bool) -> tuple[str | None, bool]:
    """One token read by `name_before`, from the end: (the name word, or None to stop before it; stop after it)."""
    if not last and raw[-1:] in _STOP_AFTER_OR_PERIOD and not _INITIAL.match(raw) and fold(raw.rstrip(".")) not in ABBREVIATIONS:
        return None, True
    core = raw.strip(_LEAD_PUNCT + _TRAIL_PUNCT) if last else raw.lstrip(_LEAD_PUNCT)
    core, _ = _strip_possessive(core)
    if last:
        core = core.rstrip(".") if not _INITIAL.match(core) else core
    if not core or not _is_name_word(core, first=False):
        return None, True
    return core, raw[:1] in _LEAD_PUNCT


def name_before(text: str, max_words: int = 5) -> str | None:
    """The name-shaped run of words at the end of `text`, or None."""
    # At most max_words words are read, from the end: split off only those (str.split's whitespace is \s).
    found = text.rsplit(None, max(1, max_words))
    words: list[str] = []
    for i, raw in enumerate(reversed(found)):
        core, stop = _token_before(raw, i == 0)
        if core is None:
            break
        words.insert(0, core)
        if stop or len(words) >= max_words:
            break
    return _tidy(words)


# Titles and honorifics: part of a character's name, never a name on their own.
HONORIFICS = frozenset(
    "mr mrs ms miss dr doctor father mother sister brother uncle aunt auntie grandma grandpa colonel captain "
    "general major sergeant lieutenant detective officer inspector agent professor prof lady lord sir madam "
    "king queen prince princess sor don dona senor senora alhaji alhaja chief judge mister master".split()
)


@lru_cache(maxsize=16384)
def looks_like_full_name(text: str, min_words: int = 2, max_words: int = 5) -> bool:
    """A whole string that is a person's name: every word name-shaped, 2-5 words by default."""
    text = text.strip()
    if not text or any(ch.isdigit() for ch in text) or len(text) > 60:
        return False
    words = text.split()
    if not (min_words <= len(words) <= max_words):
        return False
    return name_after(text, max_words=max_words) == (text.title() if text.isupper() and len(text) > 3 else text)


# --------------------------------------------------------------------------- keys

# (rule, replacement, text the rule needs: skipped when absent, which saves a regex call per rule).
_ROMAN_RULES = [
    (re.compile(r"yoo"), "yu", "yoo"),
    (re.compile(r"oo"), "u", "oo"),
    (re.compile(r"eo"), "u", "eo"),
    (re.compile(r"ee"), "i", "ee"),
    (re.compile(r"iy\b|iy(?=[^aeiou])"), "i", "iy"),
    (re.compile(r"ks"), "x", "ks"),
    (re.compile(r"ou"), "u", "ou"),
    (re.compile(r"(.)\1"), lambda m: m.group(1), ""),  # a function: re expands "\\1" templates slowly
]
# Korean romanizations disagree on initial voicing (Park/Bak, Kim/Gim, Jo/Cho): only at syllable start.
_INITIAL_RULES = [
    (re.compile(r"^ch"), "j", "ch"),
    (re.compile(r"^k(?!h)"), "g", "k"),
    (re.compile(r"^t(?!h)"), "d", "t"),
    (re.compile(r"^p(?!h)"), "b", "p"),
]


@lru_cache(maxsize=16384)
def romanize(syllable: str) -> str:
    """One folded syllable reduced by the romanization-equivalence table."""
    s = syllable
    for rule, repl, start in _INITIAL_RULES:
        if s.startswith(start):
            s = rule.sub(repl, s)
    for rule, repl, needs in _ROMAN_RULES:
        if needs in s:
            s = rule.sub(repl, s)
    return s


SYLLABLE_BREAK = re.compile(r"[-']")


@lru_cache(maxsize=16384)
def word_tokens(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The tokens of one space-free word as `name_words` reads them: (folded token, its normalized syllables).

    Folding works character by character, so a name's tokens are its words' tokens
    in order; caching them per word makes new multi-word names cheap.
    """
    tokens = []
    for raw in fold(word).replace(".", " ").split():
        parts = SYLLABLE_BREAK.split(raw) if "-" in raw or "'" in raw else (raw,)
        tokens.append((raw, tuple(r for r in (romanize(s) for s in parts if s) if r)))
    return tuple(tokens)


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[tuple[str, ...], ...]:
    """A name as words of normalized syllables: 'Karim al-Rashid' -> (('karim',), ('al', 'rashid')).

    Particles join the following word; hyphens split syllables inside a word.
    """
    words: list[list[str]] = []
    pending: list[str] = []
    for raw, sylls in (token for word in name.split() for token in word_tokens(word)):
        if not sylls:
            continue
        if len(sylls) == 1 and sylls[0] in PARTICLES and raw not in ABBREVIATIONS:
            pending += sylls
            continue
        words.append(pending + list(sylls))
        pending = []
    if pending and words:
        words[-1] += pending
    return tuple(tuple(w) for w in words)


@lru_cache(maxsize=16384)
def word_keys(name: str) -> tuple[str, ...]:
    """Each word joined: 'Jeon Jong-seo' -> ('jun', 'jongsu')."""
    return tuple("".join(w) for w in name_words(name))


@lru_cache(maxsize=16384)
def syllables(name: str) -> tuple[str, ...]:
    return tuple(s for w in name_words(name) for s in w)


@lru_cache(maxsize=16384)
def full_keys(name: str) -> frozenset[str]:
    """Joined keys of the name in its written order and with the family name moved to the other end."""
    words = word_keys(name)
    if not words:
        return frozenset()
    keys = {"".join(words)}
    if len(words) > 1:
        keys.add("".join(words[1:] + words[:1]))
        keys.add("".join(words[-1:] + words[:-1]))
    return frozenset(keys)


@lru_cache(maxsize=16384)
def joined(name: str) -> str:
    return "".join(word_keys(name))
