"""Merge spellings of one name: romanizations, name order, given-name-only mentions, short forms.

Used inside one review (people.py groups what the review wrote) and across
reviews (the report groups what every review wrote). Rules, in order:

1. Same full name: the normalized keys of `names.py` are equal, in written order
   or with the family name moved to the other end ("Dong-Kyu Lee" =
   "Lee Dong-kyu", "Pham Van Tam" = "Van Tam Pham", "Jun Hye-won" =
   "Jeon Hye-Won", "Choi Sunhee" = "Choi Sun-hee").
2. Near-identical full name: same number of words, one word identical (the
   family name agrees), the other differing by one edit in a long, plain word,
   romanized or as written ("Aleksandr" / "Alexander", "Hicham" / "Hisham");
   or equal once the Arabic article is dropped ("Lina El Sayegh" / "Lina Sayegh"). Syllable names ("Hye-soo" / "Hye-joo") never
   take this path: there one letter is another person. Also one name in several transliterations, each rule for
   names of one kind only: Russian and Ukrainian (`_slavic_key`: "Olga Gritsenko" / "Olha Hrytsenko"), Arabic and
   Persian (`_arabic_key`: "Tarek Fawzy" / "Tariq Fawzi"), Japanese Hepburn and Kunrei-shiki (`_japanese_key`: "Ren
   Tutiya" / "Tsuchiya Ren"); and an Iberian name with one of its two last names left out
   (`_one_family_name_dropped`: "Iñaki Etxeberria Goñi" / "Iñaki Etxeberria").
3. Part of a name ("Hye-Won", "Eun-ju", "Eunju", "Jeon Hye", "Al-Masri",
   "Ivan Belov" for "Ivan Petrovich Belov"): merged into the one full name
   it fits, and only when exactly one fits, counting the names of the other kind
   (people vs characters) too, so "Choi" beside "Choi Gang-il" and "Choi Sun-hee" stays apart.

   A title with a name ("Detective Seo", "Mrs. Hale") is a part of that name; when a part
   fits several names, the one that spells it letter for letter wins ("Lee" beside "Rhee").
4. Shortened given name with the same family name ("Tunde Akinwande" / "Babatunde Akinwande",
   "Montse Soler" / "Montserrat Soler"): merged when exactly one name fits.
5. Given names written as initials ("Anish V. Mathew" / "Anish Varghese Mathew", "J. P. Figueiredo" /
   "João Paulo Figueiredo"): merged when exactly one name fits; one initial alone ("J. Kim") never.

Across reviews a bare family or given name that fits two people (or a person and a
character) is dropped from every alias list (`_drop_shared_parts`), except where the
same actor settles it: two characters one actor plays, one part of the other
("Murugan" / "Inspector Murugan" beside an actress Lakshmi Murugan), are one
(`_join_one_actors_parts`). A mention with a title ("Uncle Prasert") links to the one
entity its untitled name is (`link_mentions`); a kinship, rank or trade title ("Uncle Tarek",
unlike "Mr. Obiora") names a character only, never a person.

Two full names that differ beyond these rules are never merged, and a caller's veto `marks` (e.g. two
characters played by different actors) is respected. Across reviews the only two players of one part are one
actor when their names share a word that is no very common family name (`_join_namesake_players`). The canonical spelling
is the most common full form: forms used where the name was credited first,
then the number of sources, then occurrences; remaining ties prefer accents
kept, mixed case, then alphabetical order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from consensus.ingest.shapes import ROMAN_NUMERAL, is_common_word
from consensus.extract.names import (
    ARTICLES,
    FAMILIAR_PREFIXES,
    FAMILY_NAME_FORMS,
    HONORIFIC_SUFFIXES,
    HONORIFICS,
    KOREAN_ADDRESS,
    PARTICLES,
    TITLES_ALSO_NAMES,
    family_name_class,
    family_name_forms_meet,
    fold,
    full_keys,
    gender_middle_names_differ,
    given_name_forms_meet,
    indic_given_key,
    is_clipped_given_name,
    is_demonym,
    is_familiar_given_name,
    is_initial,
    is_listed_given_name,
    is_suffixed_diminutive,
    joined,
    looks_like_full_name,
    name_words,
    possessive_owners,
    romanize_word,
    word_keys,
    whole_word_starts,
)
from consensus.extract.ties import read_ties, tie_stems_in, without_quoted_nicknames


@dataclass
class NameItem:
    """Spellings one source used for one entity, with how often and where it was credited."""

    forms: Counter[str]
    credited: Counter[str] = field(default_factory=Counter)
    labelled: set[str] = field(default_factory=set)  # spellings read from a credit line or block
    sources: dict[str, set[str]] = field(default_factory=dict)  # spelling -> sources using it
    payload: object = None


@dataclass
class NameCluster:
    canonical: str
    aliases: list[str]
    members: list[int]  # indices into the items given
    settled: set[str] = field(default_factory=set)  # aliases other evidence ties to this entity: never dropped as shared
    # aliases a review tied to this person where it named no one else they fit: dropped only for a character's sake
    settled_among_people: set[str] = field(default_factory=set)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :])
    return a[i:] == b[i + 1 :]


# Chinese 老 and 小 before a family name, written in pinyin or translated: "Lao Chen" = "Old Chen", "Xiao Wang" = "Little Wang".
_TRANSLATED_PREFIXES = {"old": "lao", "little": "xiao"}


def _untranslated(name: str) -> str:
    """The name with a translated Chinese prefix written in pinyin ("Old Chen" -> "Lao Chen")."""
    first, _, rest = name.partition(" ")
    return f"{_TRANSLATED_PREFIXES[first.lower()].title()} {rest}" if rest and " " not in rest and first.lower() in _TRANSLATED_PREFIXES else name


@lru_cache(maxsize=16384)
def same_full_name(a: str, b: str) -> bool:
    """Rules 1 and 2: two spellings of one full name."""
    a, b = _untranslated(a), _untranslated(b)
    if gender_middle_names_differ(a, b):
        return False
    ka, kb = full_keys(a), full_keys(b)
    if not ka or not kb:
        return False
    if ka & kb:
        return True
    if len(ka) > 1 and len(kb) > 1 and (_has_article(a) or _has_article(b)) and article_free_keys(a) & article_free_keys(b):
        return True  # "Lina El Sayegh" = "Lina Sayegh"
    if " " in a and " " in b:
        ga, gb = a.split(None, 1), b.split(None, 1)
        if (word_keys(ga[0]) == word_keys(gb[0]) or len(ga[0]) >= 4 and indic_given_key(ga[0]) == indic_given_key(gb[0])) and \
                family_name_forms_meet(ga[1], gb[1]):
            return True  # one family name in two traditions: "Tapas Banerjee" = "Tapas Bandyopadhyay", "Joydeep Basu" = "Jaydeep Bose"
        if (word_keys(ga[0]) == word_keys(gb[0]) or given_name_forms_meet(ga[0], gb[0])) and (
                (slavic := _slavic_key(ga[1])) is not None and slavic == _slavic_key(gb[1])):
            return True  # Russian and Ukrainian spellings: "Olga Gritsenko" = "Olha Hrytsenko", "Yulia Melnichuk" = "Yuliia Melnychuk"
    if (japanese := _japanese_key(a)) is not None and japanese == _japanese_key(b):
        return True  # Hepburn and Kunrei-shiki, long vowels written or not: "Ren Tutiya" = "Tsuchiya Ren"
    if (arabic := _arabic_key(a)) is not None and arabic == _arabic_key(b):
        return True  # "Tarek Fawzy" = "Tariq Fawzi", "Muhammad al-Sayyid" = "Mohamed El-Sayed"
    if _one_family_name_dropped(a, b) or _one_family_name_dropped(b, a):
        return True
    wa, wb = name_words(a), name_words(b)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if _one_word_one_edit_apart(word_keys(a), word_keys(b), wa, a, b):
        return True
    # the article joined or apart, and one letter apart elsewhere: "Yasmin al-Hakim" = "Yasmine El Hakim"
    return (_has_article(a) or _has_article(b)) and _one_word_one_edit_apart(_article_free_word_keys(a), _article_free_word_keys(b), wa)


# Words a name may end with that name a generation or a kinship, not a family: "Neves Filho" is no "Neves".
_NOT_FAMILY_NAMES = frozenset({"jr", "sr", "junior", "senior", "filho", "neto", "sobrinho", "ii", "iii", "iv"})


def _one_family_name_dropped(long_name: str, short_name: str) -> bool:
    """A name written with one of its two last names left out, as Iberian and Latin American names are: the maternal
    one after a single given name ("Iñaki Etxeberria Goñi" = "Iñaki Etxeberria"), either one after two given names
    ("João Pedro Cardoso Neves" = "João Pedro Neves", "Ana Beatriz Souza Lima" = "Ana Beatriz Lima"). Not a given name
    of syllables ("Tony Leung Ka-fai" is not "Tony Leung"), nor a middle name ("John Paul Reyes" is not "John Reyes")."""
    long, short = word_keys(long_name), word_keys(short_name)
    if len(long) != len(short) + 1 or len(short) < 2 or long[0] != short[0] or "-" in long_name or "-" in short_name:
        return False
    if any(len(w) < 3 for w in long) or short[-1] in _NOT_FAMILY_NAMES:
        return False  # (Korean and Chinese names of short syllables are read by the other rules)
    dropped = (len(long) - 1,) if len(short) == 2 else (len(long) - 1, len(long) - 2)
    return any(len(long[k]) >= 4 and long[k] not in _NOT_FAMILY_NAMES and long[:k] + long[k + 1:] == short for k in dropped)


_DOUBLED = re.compile(r"(.)\1+")  # any letter doubled, written once
_SILENT_E = re.compile(r"(?<=[^aeiou])e$")  # a French final e after a consonant ("Chahine")


# Endings of East Slavic family names, whose Russian and Ukrainian romanizations differ by g/h and i/y
# (Gritsenko/Hrytsenko, Melnichuk/Melnychuk).
_SLAVIC_ENDINGS = ("ko", "uk", "ov", "ova", "ev", "eva", "in", "ina", "sky", "skyi", "skiy", "ska", "skaya", "ych", "ich")


def _slavic_key(family: str) -> str | None:
    """One East Slavic family name's spelling across transliterations (g and h, i and y alike, doubled letters once);
    None for a name of one more word or another ending."""
    word = fold(family)
    if " " in word or not word.isalpha() or len(word) < 5 or not word.endswith(_SLAVIC_ENDINGS):
        return None
    return _DOUBLED.sub(r"\1", word.replace("g", "h").replace("y", "i"))


_EGYPTIAN_G = re.compile(r"g(?!h)")


@lru_cache(maxsize=16384)
def _arabic_word_key(word: str) -> str:
    """One folded word of an Arabic or Persian name across transliterations: romanized as every name word is
    (`names.romanize_word`: doubled letters once, Muhammad's and Yusuf's spellings), its vowels then read e as i and o as
    u, a w after the first letter as u and a final y as i; ch as sh and dj as j (the Maghreb's French spellings: Chahine,
    Djamel), Egypt's g as j (Gamal = Jamal, Hegazy = Hijazi; not the gh of Ghada), a French final e silent. "Tarek" =
    "Tariq", "Sayyid" = "Sayed", "Omar" = "Umar"; "Jamal" is not "Jamil"."""
    word = _SILENT_E.sub("", _EGYPTIAN_G.sub("j", word.replace("ch", "sh").replace("dj", "j")))
    w = romanize_word(word)
    w = w[0] + w[1:].replace("w", "u") if w else w
    return _DOUBLED.sub(r"\1", re.sub(r"y$", "i", w.replace("e", "i").replace("o", "u")))


_ARABIC_ARTICLES = frozenset({"al", "el", "ul", "ad", "as", "ash", "an", "ar", "at"})
# Common Arabic and Persian given names: a name opening on one is read by `_arabic_key`.
_ARABIC_MARKERS = frozenset(_arabic_word_key(w) for w in (
    "muhammad ahmad ali hassan hussein mahmoud mustafa omar youssef ibrahim khaled tariq karim abdel abdul abdullah reza "
    "sayyid fatima amir nour abbas hamid said salim hamza khalil jamal rashid walid yasser mahmud "
    "yasmin aisha faisal layla nadia samira salma mona hoda zeinab mariam khadija amina"
).split())


@lru_cache(maxsize=16384)
def _arabic_key(name: str) -> tuple[str, ...] | None:
    """An Arabic or Persian name's words across transliterations (`_arabic_word_key`), the article (al-, el-) left out;
    only for a name opening on a common Arabic name (`_ARABIC_MARKERS`): "Muhammad al-Sayyid" = "Mohamed El-Sayed",
    "Tarek Fawzy" = "Tariq Fawzi", but "Hassan" is not "Hussein", nor "Omar" "Amir"."""
    words = [w for w in re.split(r"[\s-]+", fold(name).replace("'", "").replace("’", "")) if w and w not in _ARABIC_ARTICLES]
    if len(words) < 2 or not all(w.isalpha() for w in words) or _arabic_word_key(words[0]) not in _ARABIC_MARKERS:
        return None
    return tuple(_arabic_word_key(w) for w in words)


# A word of Japanese in the Latin alphabet, in Hepburn or Kunrei-shiki, its long vowels written or not: every syllable a
# kana's ("Tsuchiya", "Tutiya", "Saitou", "Ohno", "Shunsuke", "Syunsuke").
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|y|w)?[aiueo](?:h(?![aiueo]))?|n(?![aiueoy])|([kstpc])(?=\1|h))+")
# Sequences only Kunrei-shiki writes (Hepburn writes sh, ch, j, ts for them): a word holding none is not converted, so
# pinyin "Hu", "Shi", "Du" and a name like "Dina" stay as written.
_KUNREI_ONLY = re.compile(r"sy|ty|zy|tu|ti|zi")
# Kunrei-shiki to Hepburn, and long vowels written short: what `_japanese_key` compares.
_KUNREI = tuple((re.compile(k), h) for k, h in (
    (r"sy", "sh"), (r"ty", "ch"), (r"[zd]y", "j"), (r"si", "shi"), (r"ti", "chi"), (r"tu", "tsu"), (r"[zd]i", "ji"), (r"du", "zu"),
    (r"(?<![sc])hu", "fu")))
_LONG_VOWEL = re.compile(r"(?<=o)[ou]|(?<=u)u|(?<=o)h(?![aiueo])")


@lru_cache(maxsize=16384)
def _japanese_key(name: str) -> tuple[str, ...] | None:
    """A Japanese name across romanizations, in either order: its words in Hepburn with long vowels written short
    ("Ren Tutiya" = "Tsuchiya Ren", "Ryou Saitou" = "Saitō Ryō", "Huzita Syunsuke" = "Fujita Shunsuke"); None for a name
    one of whose words no kana spell."""
    words = fold(name).replace("-", " ").split()
    if len(words) < 2 or not all(w.isalpha() and _ROMAJI.fullmatch(w) for w in words):
        return None
    keys = []
    # a name in Kunrei-shiki is so throughout: "Hayasi Tetuya" has the si of Hayashi beside the tu of Tetsuya
    kunrei_name = any(_KUNREI_ONLY.search(w) and not ("sh" in w or "ch" in w or "ts" in w) for w in words)
    for w in words:
        w = _LONG_VOWEL.sub("", w)
        if kunrei_name and not ("sh" in w or "ch" in w or "ts" in w):  # a word in Kunrei-shiki
            for kunrei, hepburn in _KUNREI:
                w = kunrei.sub(hepburn, w)
        keys.append(w)
    return tuple(sorted(keys))


def _article_free_word_keys(name: str) -> tuple[str, ...]:
    """`word_keys` with the Arabic article dropped from each word ("al-Hakim", "El Hakim" -> "hakim")."""
    return tuple("".join(w[1:] if len(w) > 1 and w[0] in ARTICLES else w) for w in name_words(name))


def _one_word_one_edit_apart(
    ja: tuple[str, ...], jb: tuple[str, ...], wa: tuple[tuple[str, ...], ...], a: str = "", b: str = ""
) -> bool:
    """Rule 2: the words of two names (`ja`, `jb`: keys, in written order or with the last word moved) are equal but
    one, a long word of one syllable (`wa`: the first name's `name_words`), one edit apart as keys or, for `a` and
    `b` given, as written before romanization."""
    if len(ja) != len(jb):
        return False
    for rotated in (False, True):
        order = jb[1:] + jb[:1] if rotated else jb
        differ = [k for k, (x, y) in enumerate(zip(ja, order)) if x != y]
        if len(differ) != 1 or len(wa[differ[0]]) != 1:
            continue
        k = differ[0]
        if min(len(ja[k]), len(order[k])) >= 6 and _edit_distance_at_most_one(ja[k], order[k]):
            return True
        if not a:
            continue
        fa, fb = _folded_words(a), _folded_words(b)  # one letter apart before romanization (Hicham/Hisham)
        if len(fa) == len(ja) and len(fb) == len(jb):
            y = (fb[1:] + fb[:1] if rotated else fb)[k]
            if min(len(fa[k]), len(y)) >= 6 and _edit_distance_at_most_one(fa[k], y):
                return True
    return False


def _has_article(name: str) -> bool:
    return any(len(w) > 1 and w[0] in ARTICLES for w in name_words(name))


@lru_cache(maxsize=16384)
def _folded_words(name: str) -> tuple[str, ...]:
    """The words of a name accent-folded but not romanized, particles joined as `name_words` joins them."""
    words: list[str] = []
    pending = ""
    for w in fold(name).replace("-", "").replace(".", " ").split():
        if w in PARTICLES:
            pending += w
            continue
        words.append(pending + w)
        pending = ""
    return tuple(words)


@lru_cache(maxsize=16384)
def article_free_keys(name: str) -> frozenset[str]:
    """`full_keys` of the name with the Arabic article dropped from its words ("El Sayegh" -> "Sayegh")."""
    words = name_words(name)
    if not any(len(w) > 1 and w[0] in ARTICLES for w in words):
        return full_keys(name)
    stripped = [w[1:] if len(w) > 1 and w[0] in ARTICLES else w for w in words]
    keys = ["".join(w) for w in stripped]
    return frozenset({"".join(keys), "".join(keys[1:] + keys[:1]), "".join(keys[-1:] + keys[:-1])})


@lru_cache(maxsize=16384)
def full_name_buckets(name: str) -> frozenset[tuple[object, ...]]:
    """Keys two spellings share whenever `same_full_name` holds: their full keys, each word key with the number of
    words (rule 2 needs one word in common), the first word with each of the last two (a last name left out), and
    the Arabic, Japanese and Slavic keys. Used to compare only likely pairs."""
    words = word_keys(name)
    buckets: set[tuple[object, ...]] = {("full", k) for k in article_free_keys(name) | full_keys(name)}
    if len(words) >= 2:
        buckets |= {("word", len(words), w) for w in words}
        buckets |= {("first and last", words[0], w) for w in words[max(1, len(words) - 2):]}  # `_one_family_name_dropped`
        if (arabic := _arabic_key(name)) is not None:
            buckets.add(("arabic", arabic))
        if (japanese := _japanese_key(name)) is not None:
            buckets.add(("japanese", japanese))
        parts = name.split(None, 1)
        if len(parts) == 2 and (slavic := _slavic_key(parts[1])) is not None:
            buckets.add(("slavic", slavic))
        if _has_article(name):
            buckets |= {("word", len(words), w) for w in _article_free_word_keys(name)}
        if len(parts) == 2 and (form := family_name_class(parts[1])) is not None:  # "Cathal O'Brien", "Cathal Ó Briain"
            buckets |= {("family form", word_keys(parts[0]), form), ("family form", indic_given_key(parts[0]), form)}
    return frozenset(buckets)


@lru_cache(maxsize=16384)
def part_keys(name: str) -> frozenset[str]:
    """Joined keys of the parts of a name (`_runs`); a name written with German umlauts also has the parts of its
    ae/oe/ue spelling, as `names.full_keys` has its whole ("Mueller" is part of "Jürgen Müller"), and a family name
    of `names.FAMILY_NAME_FORMS` its other forms."""
    runs = _runs(name)
    if not name.isascii() and (spelled := name.translate(_UMLAUTS)) != name:
        runs |= _runs(spelled) - full_keys(name)
    parts = name.split(None, 1)
    if len(parts) == 2 and (form := family_name_class(parts[1])) is not None:
        # the family name in its other tradition alone: "Mukherjee" of "Debjani Mukhopadhyay" (`names.FAMILY_NAME_FORMS`)
        runs |= {joined(f) for f in FAMILY_NAME_FORMS[form].split()} - full_keys(name)
    return frozenset(runs)


# Halves never used alone: the first half of a hyphenated Arabic family name ("Abdel" of "Abdel-Rahman"), and the
# halves of hyphenated French given names written last ("Marianne Jean-Baptiste").
_BOUND_HALVES = frozenset({"abdel", "abdul", "abdal", "jean", "marie", "pierre", "anne", "paul", "louis", "claude", "luc"})


def _double_barrel_halves(word: str) -> set[str]:
    """Keys of the halves of a double-barrelled family name, each a family name a review may use alone ("Wiśniewska"
    of "Małgorzata Wiśniewska-Zając", "Asante" of "Kwabena Asante-Darko"): two capitalised halves of five letters
    or more, so that the syllables of a hyphenated Korean or Chinese given name ("Young-Hoon", "Chan-Wook") are not halves."""
    halves = word.split("-")
    if len(halves) != 2 or not all(h[:1].isupper() and len(h) >= 5 for h in halves) or any(fold(h) in _BOUND_HALVES for h in halves):
        return set()
    return {joined(h) for h in halves}


def _runs(name: str) -> set[str]:
    """Joined keys of the parts of a name a review may use alone (rule 3), the whole name excluded."""
    words = name_words(name)
    sylls = [s for w in words for s in w]
    bounds = {0}
    pos = 0
    for w in words:
        pos += len(w)
        bounds.add(pos)
    runs: set[str] = set()
    n = len(sylls)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if (i, j) == (0, n):
                continue
            if (i in bounds and j in bounds) or j - i >= 2:
                runs.add("".join(sylls[i:j]))
    if (bare := without_title_suffix(name)) != name:
        runs.add(joined(bare))  # "Shimada" of "Shimada-oyakata", "Gyula" of "Gyula bácsi"
    if len(words) >= 2 and "-" in (last := name.split()[-1]):
        runs |= _double_barrel_halves(last)
    runs |= {"".join(w[1:]) for w in words if len(w) > 1 and w[0] in ARTICLES}  # "Sayegh" of "El Sayegh"
    if ("bin" in (low := name.lower()) or "ibn" in low) and any(len(w) > 1 and w[0] in PATRONYMIC for w in words):
        # "Hafiz Osman" of "Mohd Hafiz bin Osman": a name and the father's name without "bin" (Malay, Arabic usage)
        alt = ["".join(w[1:]) if len(w) > 1 and w[0] in PATRONYMIC else "".join(w) for w in words]
        runs |= {"".join(alt[i:j]) for i in range(len(alt)) for j in range(i + 2, len(alt) + 1)}
    if len(words) == 1 and len(sylls) == 2 and sylls[0] in FAMILIAR_PREFIXES:
        runs.add(sylls[1])  # "Kuen" of "Ah-Kuen"
    keys = word_keys(name)
    if len(keys) >= 3:
        runs.add(keys[0] + keys[-1])
        runs.add(keys[-1] + keys[0])
    runs |= _double_family_name_runs(name)
    return runs


def _double_family_name_runs(name: str) -> set[str]:
    """The given name with one half of a hyphenated double family name ("Neha Sethi", "Neha Kapoor" of "Neha
    Kapoor-Sethi", "Maricel Reyes" of "Maricel Santos-Reyes"): reviews drop either half. Only halves of two
    vowel groups or more each: the hyphenated syllables of an East Asian given name ("Jeon Jong-seo") are no halves."""
    written = name.split()
    if len(written) != 2 or written[1].count("-") != 1:
        return set()
    halves = written[1].split("-")
    if not all(h[:1].isupper() and len(_VOWEL_RUN.findall(fold(h))) >= 2 for h in halves):
        return set()
    given = joined(written[0])
    return {given + joined(h) for h in halves}


_VOWEL_RUN = re.compile(r"[aeiou]+")


# Titles after a name that are also family or given names: a title only when written lower-case
# ("Jackie Chan", "Wang Ji", "Kim San" end in a name; "Tanaka san", "Verma ji" in a title).
_SUFFIXES_ALSO_NAMES = frozenset({"chan", "ji", "san", "kun", "sama", "nim", "da", "di"})


def _cut_title_suffix(words: list[str]) -> list[str]:
    """`words` without a title written after the name (`names.HONORIFIC_SUFFIXES`): a word of its own after
    another word ("Gyula bácsi", "Nawaz Sahib"; lower-case only where it is also a name), or joined by a hyphen to a word of two syllables or more ("Shimada-oyakata";
    not "Min-ji", "Jae-chan": Korean given names). The same list when there is none."""
    suffix = fold(words[-1]).rstrip(".") if len(words) > 1 else ""
    if suffix in HONORIFIC_SUFFIXES and (words[-1][:1].islower() or suffix not in _SUFFIXES_ALSO_NAMES):
        return words[:-1]
    if words and "-" in words[-1]:
        stem, _, suffix = words[-1].rpartition("-")
        if fold(suffix) in HONORIFIC_SUFFIXES and len(_VOWEL_RUN.findall(fold(stem))) >= 2:
            return [*words[:-1], stem]
    return words


@lru_cache(maxsize=16384)
def without_title_suffix(name: str) -> str:
    """The name without a title written after it ("Shimada-oyakata" -> "Shimada"); titles before it are kept."""
    words = name.split()
    cut = _cut_title_suffix(words)
    return " ".join(cut) if cut is not words else name


# "son/daughter of", as a syllable of its own, as written and as `names.name_words` romanizes it (binti -> bindi)
PATRONYMIC = frozenset({"bin", "binti", "binte", "bint", "ibn", "bindi", "binde", "bind"})


@lru_cache(maxsize=16384)
def is_familiar_prefixed(name: str) -> bool:
    """The familiar prefix 阿 and one syllable, as one word ("Ah-Fen", "A-Lan") or two ("Ah Sing")."""
    words = name_words(name)
    if len(words) == 2 and words[0] in {(p,) for p in FAMILIAR_PREFIXES} and len(words[1]) == 1:
        return True
    return len(words) == 1 and len(words[0]) == 2 and words[0][0] in FAMILIAR_PREFIXES


@lru_cache(maxsize=16384)
def familiar_part_keys(name: str) -> frozenset[str]:
    """Keys of the familiar names of a full name: 阿 with one syllable of a syllable given name ("Ah-Fen" for
    "Chou Fen-ling", Chinese usage in Taiwan, Hong Kong and the south); only a name written with the prefix has them."""
    words = name_words(name)
    if len(words) < 2:
        return frozenset()
    return frozenset(prefix + s for w in words if len(w) > 1 for s in w for prefix in FAMILIAR_PREFIXES)


@lru_cache(maxsize=16384)
def without_honorifics(name: str) -> str:
    """The name without its leading titles ("Detective Seo" -> "Seo") and a title after it ("Gyula bácsi" ->
    "Gyula", "Shimada-oyakata" -> "Shimada": `_cut_title_suffix`); a name of titles only is kept whole."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and fold(words[k]).rstrip(".") in HONORIFICS:
        k += 1
    rest = words[k:]
    cut = _cut_title_suffix(rest)
    return " ".join(cut) if k or cut is not rest else name


@lru_cache(maxsize=16384)
def is_part_of(part: str, full: str) -> bool:
    """`part` is a given name, family name, short form or middle-name-less form of `full`,
    alone or after a title ("Detective Seo" for "Seo Jae-sik", "Mrs. Hale" for "Eleanor Hale")."""
    bare = without_patronymic(without_honorifics(part))
    key = joined(bare)
    if key not in part_keys(full):  # the cheap test first; the rest as documented
        return key in familiar_part_keys(full) and is_familiar_prefixed(bare) or _is_familiar_part(part, full)
    if _too_short(key, bare, part) or len(name_words(bare)) > len(name_words(full)) or _titles_only(bare, full):
        return False
    return key not in full_keys(full)


def _too_short(key: str, bare: str, part: str) -> bool:
    """A part of one letter names no one: a key of one letter is one, unless romanization shortened a written name
    of two letters or more that a title goes with ("Mr. Oh": Korean "Oh" romanizes to "o"; "Oh" alone may be a cry)."""
    if len(key) >= 2:
        return False
    return bare == part or len(_squashed(bare)) < 2


def _squashed(text: str) -> str:
    return fold(text).replace(" ", "").replace("-", "").replace(".", "")


# A Russian, Ukrainian or Belarusian woman's patronymic: "Pavlovna", "Sergeyevna", "Ilyinichna" (never a family name).
_PATRONYMIC = re.compile(r"^[A-ZÀ-Ž][a-zà-ž]+(?:ovna|evna|ichna)$")


@lru_cache(maxsize=16384)
def without_patronymic(name: str) -> str:
    """A given name with a woman's patronymic after it is the given name ("Yekaterina Pavlovna" -> "Yekaterina"):
    the polite form of address of the woman with that given name, not a family name."""
    words = name.split()
    return words[0] if len(words) == 2 and _PATRONYMIC.match(words[1]) else name


def _is_familiar_part(part: str, full: str) -> bool:
    """`part` is 阿 written as a word of its own before one syllable of `full`'s given name ("Ah Sing" for
    "Ko Lok-sing"): `without_honorifics` reads that "Ah" as a title, but with one syllable it is the familiar name."""
    return part != without_honorifics(part) and is_familiar_prefixed(part) and joined(part) in familiar_part_keys(full)


def _titles_only(bare: str, full: str) -> bool:
    """`bare` is titles alone ("Colonel"), no part of a name; a title that is also a name ("Baba", "Papa") is
    the family name of a `full` that ends with it ("Baba" of "Kofi Baba")."""
    if not all(fold(w).rstrip(".") in HONORIFICS for w in bare.split()):
        return False
    return not (fold(bare) in TITLES_ALSO_NAMES and word_keys(full)[-1:] == (joined(bare),) and " " in full.strip())


# Titles the press puts before a real person's name ("Mr. Obiora", "Ms. Al-Harbi", "Sir Ian"); the other
# titles of `names.HONORIFICS` (kinship, rank, trade, religion: "Uncle Tarek", "Detective Seo") name characters.
POLITE_TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame lady lord monsieur madame mademoiselle herr frau senor senora senhor senhora "
    "signor signora pani ustad direk".split()
)


def has_character_title(name: str) -> bool:
    """The name opens with a title only characters carry in a review ("Uncle Tarek", "Inspector Sethi"), or ends
    with a form of address the story gives them ("Chaudhry Sahib", "Tanaka-san" written apart, "Ahmet Bey")."""
    if " " not in name:
        return False
    words = name.split()
    first = fold(words[0]).rstrip(".")
    return first in HONORIFICS and first not in POLITE_TITLES or fold(words[-1]) in _ADDRESS_AFTER_NAME


# Forms of address after a name that a review gives a character ("the crime boss everyone calls Chaudhry Sahib"),
# not a credited person (a subset of names.HONORIFIC_SUFFIXES: no short syllable that may end a real name).
_ADDRESS_AFTER_NAME = frozenset("sahib saheb sahab ji san sama sensei bey efendi hanim khanum bacsi neni".split())


# Ranks and posts of police, army and bench: a job title before a name, never a form of address that is part of it.
RANK_TITLES = frozenset(
    "detective inspector officer sergeant constable commissioner superintendent captain colonel general major "
    "lieutenant agent judge".split()
)


# Kinship terms used as titles ("Uncle Branko", "Sister Hai", "Tía Rosa", "Mama Chinwe"): how a family or a street
# addresses someone, not part of who they are (unlike a title of office or respect: "Inspector Vetri", "Pak Sutrisno").
KINSHIP_TITLES = frozenset(
    "uncle aunt auntie sister brother grandma grandpa granny nana mama baba papa tia tio abuela abuelo nonna nonno "
    "inang amang oma opa kuya lolo".split()
) | KOREAN_ADDRESS


def without_kinship_title(name: str) -> str:
    """The name without one leading kinship title ("Uncle Branko" -> "Branko"); the name itself otherwise."""
    first, _, rest = name.partition(" ")
    return rest if rest and fold(first).rstrip(".") in KINSHIP_TITLES else name


@lru_cache(maxsize=16384)
def untitled_character_name(name: str) -> str:
    """A character credited with a rank before a full name ("Detective Kang Mi-sun", "Inspector Rohit
    Sethi") is that full name ("Kang Mi-sun"): the rank is the job, the name is who they are. The titled
    form stays a spelling. A rank before one word ("Detective Moon") and forms of address, which are part
    of how the film names them ("Dr. Noam Levin", "Don Evaristo Ramírez", "Uncle Sáu"), are kept as written."""
    words = name.split()
    if len(words) < 3 or fold(words[0]).rstrip(".") not in RANK_TITLES:
        return name
    bare = without_honorifics(name)
    return bare if len(name_words(bare)) >= 2 else name


@lru_cache(maxsize=16384)
def spelled_in(part: str, full: str) -> bool:
    """`part` (titles aside) is written letter for letter inside `full`, accents and hyphens aside:
    "Lee" is spelled in "Lee Dong-kyu" but only romanized in "Rhee Jae-won"."""
    squash = lambda text: fold(text).replace("-", "").replace(" ", "").replace(".", "")  # noqa: E731
    return squash(without_honorifics(part)) in squash(full)


@lru_cache(maxsize=16384)
def is_short_form(short: str, full: str) -> bool:
    """`short` is `full` with a shortened or familiar given name: same family name, and the one-syllable
    given name of `short` begins or ends the given name of `full`, which is longer by 2 letters or more
    ("Tunde Akinwande" for "Babatunde Akinwande", "Ife Olawale" for "Ifeoluwa Olawale": 3 letters or more),
    or is a familiar form of it in `names.GIVEN_NAME_FORMS` ("Avi Dahan" for "Avraham Dahan",
    "Keti Gelashvili" for "Ketevan Gelashvili"). A `full` with a middle name may be named by either given
    name ("Connie dela Paz" for "Maria Consuelo dela Paz"). Syllable names ("Min-ho") never take this path."""
    ws, wf = name_words(short), name_words(full)
    if len(ws) != 2 or len(wf) not in (2, 3):
        return False
    fs, ff = _folded_words(short), _folded_words(full)
    if len(fs) != 2 or len(ff) != len(wf):
        return False
    if len(wf) == 3:  # family name last, two given names before it; as with two words, a given name written
        # whole is no shortened one ("Maria Cruz" is the middle-name-less form of "Maria Consuelo Cruz": `is_part_of`)
        return (
            word_keys(short)[1] == word_keys(full)[2] and len(ws[0]) == 1
            and any(len(wf[k]) == 1 and fs[0] != ff[k] and _shortens(fs[0], ff[k]) for k in (0, 1))
        )
    for given in (0, 1):
        family = 1 - given
        if word_keys(short)[family] != word_keys(full)[family] or len(ws[given]) != 1 or len(wf[given]) != 1:
            continue
        if fs[given] != ff[given] and _shortens(fs[given], ff[given]):
            return True
    return False


def _shortens(short: str, full: str) -> bool:
    """A given name `short` that is `full` clipped or with a diminutive ending ("Paulita" of "Paula"), or a familiar
    form of the table (either way round)."""
    return is_clipped_given_name(short, full) or is_suffixed_diminutive(short, full) or given_name_forms_meet(short, full)


def _tied_nickname_form(short: str, full: str, nicknames: set[str]) -> bool:
    """Whether `short` is one of `nicknames` with the family name of `full`: "Bree Holloway" of "Brianna Holloway"
    when a review tied "Bree" to her ("Brianna Holloway — "Bree" in the press notes —")."""
    words, full_words = name_words(short), name_words(full)
    return len(words) == 2 == len(full_words) and "".join(words[0]) in {joined(n) for n in nicknames} and words[1] == full_words[1]


def _last_word(name: str) -> str:
    words = _folded_words(name)
    return words[-1] if words else ""


def _family_words(name: str) -> tuple[str, ...]:
    """The words an initialled form of `name` may end with (`is_initialled_form`): its last word, and the one before it
    for a name of three words or more, which ends the form that writes the family name's initial first (and a
    two-word name's long first word: "R. Selvakumar" for "Selvakumar Ramasamy")."""
    words = _folded_words(name)
    tamil = words[:1] if len(words) == 2 and len(words[0]) >= TAMIL_GIVEN_NAME_LETTERS else ()  # "Selvakumar Ramasamy"
    return tuple(dict.fromkeys(words[-1:] + (words[-2:-1] if len(words) >= 3 else ()) + tamil))


TAMIL_GIVEN_NAME_LETTERS = 7  # "Selvakumar", "Anbarasan"; a family name is usually shorter ("Kim", "Nguyen", "Okafor")


@lru_cache(maxsize=16384)
def is_initialled_form(short: str, full: str) -> bool:
    """`short` is `full` with given names written as initials: same number of words (3 or more), the same
    family name (the last word), and each other word equal or its initial ("Anish V. Mathew" for
    "Anish Varghese Mathew", "J. P. Figueiredo" for "João Paulo Figueiredo"), or the family name's initial
    first, as Telugu and Tamil names write it ("K. Venkat Rao" for "Venkat Rao Kothapalli"). One initial needs a
    whole given name beside it: "J. Kim" is not "Jisoo Kim". Two words meet only in Tamil usage, the father's name's
    initial before a long given name: "R. Selvakumar" for "Selvakumar Ramasamy"."""
    fs, ff = _folded_words(short), _folded_words(full)
    if len(fs) == len(ff) == 2 and len(fs[0]) == 1 and fs[1] == ff[0] and len(ff[0]) >= TAMIL_GIVEN_NAME_LETTERS:
        return ff[1].startswith(fs[0]) and len(ff[1]) > 1
    if len(fs) == len(ff) >= 3 and not _initialled_words(fs, ff, short, full) and len(fs[0]) == 1:
        # the family name's initial first, Telugu and Tamil usage: "K. Venkat Rao" for "Venkat Rao Kothapalli"
        return _initialled_words(fs, ff[-1:] + ff[:-1], short, " ".join(full.split()[-1:] + full.split()[:-1]))
    return _initialled_words(fs, ff, short, full)


def _initialled_words(fs: tuple[str, ...], ff: tuple[str, ...], short: str, full: str) -> bool:
    """`is_initialled_form` on the folded words of both names, in the order given."""
    if len(fs) != len(ff) or len(fs) < 3 or fs[-1] != ff[-1] and word_keys(short)[-1:] != word_keys(full)[-1:]:
        return False
    initials = whole = 0
    for x, y in zip(fs[:-1], ff[:-1]):
        if x == y:
            whole += 1
        elif len(x) == 1 and len(y) > 1 and y.startswith(x):
            initials += 1
        else:
            return False
    return initials >= 1 and (whole >= 1 or initials >= 2)




_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


# Vowel spellings of one family name in South Asian romanization: ai/ay/ei written e (Hossain/Hossen,
# Mainuddin/Menuddin). Other vowel changes make another name (Hassan/Hassoun, Salah/Saleh).
_VOWEL_ALTERNATIONS = str.maketrans({"y": "i"})
_DIPHTHONG_AS_E = re.compile(r"ai|ei")


def vowels_alternate(a: str, b: str) -> bool:
    """The family names of `a` and `b` (rule 6 pairs) differ only by vowels that romanizations of one name
    write differently: the same vowel groups once ai/ay/ei are read as e, or one group left out
    (Chaudhary/Chaudhry)."""
    def groups(name: str) -> list[str]:
        last = _folded_words(name)[-1].translate(_VOWEL_ALTERNATIONS)
        return _VOWEL_RUN.findall(_DIPHTHONG_AS_E.sub("e", last))

    ga, gb = groups(a), groups(b)
    if ga == gb:
        return True
    short, long_ = sorted((ga, gb), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=16384)
def vowel_free_key(name: str) -> tuple[object, ...] | None:
    """What spellings of a name that differ only in the vowels of its family name share (rule 6), or None for
    a name this rule does not read. The family name is the last of 2-4 words, one syllable-free word of 5
    letters or more (so "Sung-ho" / "Sung-hee", "Minh" / "Manh" never take this path), ending in a consonant;
    the key keeps its consonants in order, its first letter, its last letter and its first vowel(s):
    "Hossain" = "Hossen", "Chaudhary" = "Chaudhry", but "Hassan" is not "Hussein", nor "Minho" "Minhee"."""
    if " " not in name.strip():
        return None
    last_written = name.rsplit(None, 1)[-1]
    if len(last_written) < 5 or not last_written.isalpha() or last_written[-1] in "aeiouAEIOU":
        return None  # the cheap tests first: most names fail them
    words, folded = name_words(name), _folded_words(name)
    if not 2 <= len(words) <= 4 or len(folded) != len(words) or len(words[-1]) != 1:
        return None
    last = folded[-1]
    if len(last) < 5 or not last.isalpha() or last[-1] in "aeiou":
        return None
    vowels = _VOWEL_RUN.findall(last)
    return (word_keys(name)[:-1], _VOWEL_RUN.sub("", last), last[0], vowels[0] if vowels else "")


# A quoted nickname inside a name ("Babatunde 'Tunde' Akinwande"): a spelling, never the canonical one.
_QUOTED_WORD = re.compile(r"\s['‘“\"]\S")


_MCCUNE_REISCHAUER = re.compile(r"[ŏŭŎŬ]|[chktp]['’][aeiouwyŏŭ]")  # "Ch'oe Ŭn-jŏng": an older Korean romanization


def best_form(forms: Counter[str], credited: Counter[str], sources: dict[str, set[str]], labelled: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """The canonical spelling: the most common full form (see the module docstring for the order).

    Spellings that differ only by case, accents or romanization, in the same word
    order, are one form when counting ("Ōno Sayaka" and "Ohno Sayaka" against
    "Sayaka Ono"); inside the winning form the spelling used by most sources is
    kept, then the one with accents, then natural case (not ALL CAPS nor the
    title-casing of an ALL-CAPS spelling), then the most credited, then the first seen.
    """
    plain = [f for f in forms if not _QUOTED_WORD.search(f)] or list(forms)  # "Babatunde 'Tunde' Akinwande" is no canonical
    # "Kang Mi-sun" is the name of "Detective Kang Mi-sun", "Shimada" of "Shimada-oyakata", "Branko" of "Uncle Branko"
    # (a kinship title is how the family addresses someone), not a part of it
    full = [f for f in plain if not any(is_part_of(f, g) for g in plain if g != f and f not in (untitled_character_name(g), without_title_suffix(g), without_kinship_title(g)))] or plain
    # nor is a familiar form of a full name among them ("Katya" beside "Yekaterina Orlova", "Chucho" beside "Jesús Olvera")
    full = [f for f in full if " " in f or not any(" " in without_honorifics(g) and is_familiar_form(f, g) for g in full)] or full
    if len(full) == 1:
        return full[0]
    first_seen = {f: i for i, f in enumerate(forms)}
    family: dict[str, list[str]] = {}
    for f in full:
        family.setdefault(joined(f), []).append(f)

    def family_rank(members: list[str]) -> tuple:
        return (
            -sum(credited.get(f, 0) for f in members),
            not any(f in labelled for f in members),
            -len(set().union(*(sources.get(f, ()) for f in members))),
            -sum(forms[f] for f in members),
            min(first_seen[f] for f in members),
        )

    members = min(family.values(), key=family_rank)
    upper_titled = {f.title() for f in forms if f.isupper()}

    def rank(form: str) -> tuple:
        return (
            -len(sources.get(form, ())),
            fold(form) == form.lower() or _MCCUNE_REISCHAUER.search(form) is not None,  # no accents (MR's breves are no accents)
            form.isupper(),
            form in upper_titled,
            -credited.get(form, 0),
            form not in labelled,
            -forms[form],
            first_seen[form],
        )

    return min(members, key=rank)


def display_name(canonical: str, others: Sequence[str]) -> str:
    """The canonical spelling as a page shows it. A word in capitals among words that are not ("JEON Hye-rin",
    "Damilola COKER": the credit style of festival catalogues), or a name written all in lower case ("park ji-ah"),
    takes the case another spelling of the cluster gives that word ("Hye-rin Jeon"), else a capital at its start."""
    words = canonical.split()
    lower = canonical == canonical.lower()
    shouted = [_is_shouted(w) for w in words]
    if not (lower or any(shouted) and not all(shouted)):
        return canonical
    natural = {fold(w): w for other in others for w in other.split() if not w.isupper() and w != w.lower()}
    out = []
    for i, (word, loud) in enumerate(zip(words, shouted)):
        if (lower or loud) and i > 0 and word.lower() in PARTICLES:
            out.append(word.lower())  # "maría josé de la fuente" -> "María José de la Fuente", "Ludwig VAN BEETHOVEN"
        elif lower or loud:
            out.append(natural.get(fold(word)) or _capitalized(word))
        else:
            out.append(word)
    return " ".join(out)


def _is_shouted(word: str) -> bool:
    """A name word in capitals ("JEON", "HYE-RIN"), not an initial, a roman numeral ("III") or one letter."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and word.isupper() and all(ch.isalpha() or ch in "-'’" for ch in word) and not ROMAN_NUMERAL.fullmatch(word)


def _capitalized(word: str) -> str:
    """'JEON' -> 'Jeon', 'HYE-RIN' -> 'Hye-rin' (two syllables of an East Asian given name), 'JEAN-PIERRE' ->
    'Jean-Pierre', "o'brien" -> "O'Brien"."""
    parts = word.lower().split("-")
    syllables = len(parts) == 2 and all(len(p) <= 5 for p in parts) and len(parts[1]) <= 4
    parts = [p[:1].upper() + p[1:] if k == 0 or not syllables else p for k, p in enumerate(parts)]
    return re.sub(r"(?<=\b\w['’])\w", lambda m: m.group(0).upper(), "-".join(parts))


# A veto as data: each item's (scope, identity) marks. Two items may never share a group when they
# have the same scope with different identities ("the same review, another name"). Groups keep their
# marks indexed, so a join costs the smaller group's marks, not the product of the two groups' sizes
# (a film's 30,000 reviews that all name its director join one group).
Marks = Sequence[tuple[Hashable, Hashable]]


class _Groups:
    """Union-find over item indices; a group's root is its smallest index (members sorted by `sorted_members`)."""

    def __init__(self, size: int, marks: Sequence[Marks] | None) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}
        self.marks: dict[int, dict[Hashable, set[Hashable]]] | None = None
        if marks is not None:
            self.marks = {i: {scope: {identity} for scope, identity in item_marks} for i, item_marks in enumerate(marks)}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join the groups of a and b unless the marks forbid any pair across them."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        low, high = min(ra, rb), max(ra, rb)
        if self.marks is not None:
            small, large = sorted((self.marks[low], self.marks[high]), key=len)
            if any(scope in large and (ids != large[scope] or len(ids) > 1) for scope, ids in small.items()):
                return
            for scope, ids in small.items():
                large.setdefault(scope, set()).update(ids)
            del self.marks[high]
            self.marks[low] = large
        self.parent[high] = low
        short, long_ = sorted((self.members.pop(high), self.members[low]), key=len)
        long_ += short
        self.members[low] = long_

    def roots(self) -> list[int]:
        return sorted(self.members)

    def sorted_members(self, root: int) -> list[int]:
        return sorted(self.members[root])


def _pairs_sharing_a_bucket(names_per_item: Sequence[Iterable[str]]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, in order, whose spellings share a `full_name_buckets` key.

    Items with the same spellings are one name however many sources wrote it:
    only the first is paired with the others, and each later one with that first
    (a film's 30,000 reviews naming its director would otherwise make 450 million pairs).
    """
    buckets: dict[tuple[object, ...], list[int]] = {}
    first: dict[frozenset[str], int] = {}
    pairs: set[tuple[int, int]] = set()
    for i, names in enumerate(names_per_item):
        signature = frozenset(names)
        keys = {k for n in signature for k in full_name_buckets(n)}
        if not keys:
            continue
        if signature in first:
            pairs.add((first[signature], i))
            continue
        first[signature] = i
        for key in keys:
            buckets.setdefault(key, []).append(i)
    pairs.update((a, b) for members in buckets.values() for x, a in enumerate(members) for b in members[x + 1 :])
    return sorted(pairs)


class _NameIndex:
    """Names looked up by the keys `is_part_of` and `same_full_name` need in common, to test only likely pairs."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.by_part: dict[str, list[int]] = {}
        self._by_bucket: dict[tuple[object, ...], list[int]] | None = None  # built when first asked (rule 3 never asks)
        for i, name in enumerate(self.names):
            for key in part_keys(name):
                self.by_part.setdefault(key, []).append(i)
            for key in familiar_part_keys(name):
                self.by_part.setdefault("~" + key, []).append(i)

    @property
    def by_bucket(self) -> dict[tuple[object, ...], list[int]]:
        """The indices of the names with each `full_name_buckets` key."""
        if self._by_bucket is None:
            self._by_bucket = {}
            for i, name in enumerate(self.names):
                for key in full_name_buckets(name):
                    self._by_bucket.setdefault(key, []).append(i)
        return self._by_bucket

    def containing(self, part: str) -> list[int]:
        """Indices (in order) of the names `part` may be part of."""
        bare = without_patronymic(without_honorifics(part))
        found = self.by_part.get(joined(bare), [])
        for form in {bare, part}:  # "Ah-Sing", and "Ah Sing" whose "Ah" `without_honorifics` drops
            if is_familiar_prefixed(form) and (familiar := self.by_part.get("~" + joined(form))):
                found = sorted({*found, *familiar})
        return found

    def same_name_candidates(self, name: str) -> list[int]:
        """Indices (in order) of the names that may be spellings of `name`'s full name."""
        return sorted({i for key in full_name_buckets(name) for i in self.by_bucket.get(key, ())})


def cluster_names(
    items: Sequence[NameItem],
    marks: Sequence[Marks] | None = None,
    others: Iterable[str] = (),
) -> list[NameCluster]:
    """Group items naming one entity; `others` are names of the other kind, used only to detect ambiguity.

    Rules 1-2 compare every pair of items and rule 3 every pair of groups, but
    only pairs sharing a normalized key are tested (the rules cannot hold for
    the others), in pair order; an item spelled exactly like an earlier one is
    tested against that one alone (the same name, however many sources wrote it).
    """
    groups = _Groups(len(items), marks)

    # Rules 1-2: full-name equality between the items' full spellings (a bare "Kim" one source used
    # for its Kim is not a reason to join two items).
    full_forms = [
        list(item.forms) if len(item.forms) == 1 else [f for f in item.forms if not any(is_part_of(f, g) for g in item.forms if g != f)] or list(item.forms)
        for item in items
    ]
    for i, j in _pairs_sharing_a_bucket(full_forms):
        if groups.find(i) != groups.find(j) and any(same_full_name(a, b) for a in full_forms[i] for b in full_forms[j]):
            groups.union(i, j)

    # Rule 3: a group whose longest spelling is part of exactly one other group's name.
    def head(root: int) -> str:
        forms = [f for i in groups.members[root] for f in items[i].forms]
        return forms[0] if len(forms) == 1 else max(forms, key=lambda f: (len(joined(f)), f))

    roots = groups.roots()
    heads = {r: head(r) for r in roots}
    head_index = _NameIndex([heads[r] for r in roots])
    targets: dict[int, list[int]] = {}
    for r in roots:
        targets[r] = [t for t in (roots[k] for k in head_index.containing(heads[r])) if t != r and is_part_of(heads[r], heads[t])]
    other_index: _NameIndex | None = None
    for r in roots:
        fits = [t for t in targets[r] if not targets[t]]
        if len(fits) > 1:  # a part spelled letter for letter in one name only is that name's
            fits = [t for t in fits if spelled_in(heads[r], heads[t])]
        if len(fits) != 1:
            continue
        if other_index is None:
            other_index = _NameIndex(list(others))
        part, names = heads[r], other_index.names
        ambiguous = any(is_part_of(part, names[k]) for k in other_index.containing(part)) or any(
            same_full_name(part, names[k]) for k in other_index.same_name_candidates(part)
        )
        if not ambiguous:
            groups.union(r, fits[0])

    # Rule 4: a shortened given name with the family name, when exactly one group fits.
    roots = groups.roots()
    heads = {r: head(r) for r in roots}
    by_word: dict[str, list[int]] = {}  # two- and three-word heads by each word's key: a short form shares the family name
    for r in roots:
        if len(name_words(heads[r])) in (2, 3):
            for key in word_keys(heads[r]):
                by_word.setdefault(key, []).append(r)

    def nicknames(root: int) -> set[str]:
        """The one-word spellings of a group that are no part of its head: nicknames its reviews tied to it."""
        return {fold(f) for i in groups.members[groups.find(root)] for f in items[i].forms if " " not in f and not is_part_of(f, heads[root])}

    for r in sorted({r for members in by_word.values() if len(members) > 1 for r in members if len(name_words(heads[r])) == 2}):
        fits = sorted({t for key in word_keys(heads[r]) for t in by_word[key] if t != r and is_short_form(heads[r], heads[t])})
        if not fits:  # or the nickname a review tied to the full name, with its family name ("Bree" of "Brianna Holloway")
            fits = sorted({t for key in word_keys(heads[r]) for t in by_word[key] if t != r and _tied_nickname_form(heads[r], heads[t], nicknames(t))})
        if len(fits) != 1 or any(is_short_form(heads[r], o) for o in others):
            continue
        # and no other name is a short form of the one it fits ("Ife Akande" beside "Ifeoluwa" and "Ifeoma Akande"
        # is no reason to join "Ifeoluwa Akande" to it)
        t = fits[0]
        if not any(
            u not in (r, t) and (is_short_form(heads[u], heads[t]) or is_short_form(heads[t], heads[u]))
            for key in word_keys(heads[t]) for u in by_word[key]
        ):
            groups.union(r, t)

    # Rule 5: given names written as initials ("Anish V. Mathew"), when exactly one group fits.
    roots = groups.roots()
    heads = {r: head(r) for r in roots}
    initialled = [r for r in roots if "." in heads[r]]
    if initialled:
        by_family: dict[str, list[int]] = {}
        for r in roots:
            for family in _family_words(heads[r]):
                by_family.setdefault(family, []).append(r)
        for r in initialled:
            fits = [t for t in by_family.get(_last_word(heads[r]), ()) if t != r and is_initialled_form(heads[r], heads[t])]
            if len(fits) == 1 and not any(is_initialled_form(heads[r], o) for o in others):
                groups.union(r, fits[0])

    # Rule 6: a family name whose spellings differ in their vowels only ("Shafiq Hossain" / "Shafiq Hossen"), when
    # exactly two groups share the rest and no name of the other kind does.
    roots = groups.roots()
    by_vowels: dict[tuple[object, ...], list[int]] = {}
    for r in roots:  # rule 5's heads (a group it joined keeps one of its spellings: enough for this key)
        if (key := vowel_free_key(heads.get(r) or head(r))) is not None:
            by_vowels.setdefault(key, []).append(r)
    pairs = {key: rs for key, rs in by_vowels.items() if len(rs) == 2}
    if pairs:
        other_keys = {vowel_free_key(o) for o in others}
        for key, (a, b) in pairs.items():
            if key not in other_keys and vowels_alternate(heads.get(a) or head(a), heads.get(b) or head(b)):
                groups.union(a, b)

    clusters: list[NameCluster] = []
    for root in groups.roots():
        members = groups.sorted_members(root)
        if len(members) == 1 and len(items[root].forms) == 1:  # one spelling: it is the canonical one
            clusters.append(NameCluster(canonical=next(iter(items[root].forms)), aliases=[], members=members))
            continue
        clusters.append(_cluster_of(items, members))
    return clusters


def _cluster_of(items: Sequence[NameItem], members: list[int], settled: set[str] | None = None) -> NameCluster:
    """The cluster of `members`: its canonical spelling (`best_form`) and the others, most used first."""
    forms, credited, sources, labelled = _tally(items, members)
    canonical = best_form(forms, credited, sources, labelled)
    aliases = sorted((f for f in forms if f != canonical), key=lambda f: (-forms[f], f))
    return NameCluster(canonical, aliases, members, settled if settled is not None else set())


def _apply_joins(clusters: list[NameCluster], items: Sequence[NameItem], into: dict[int, int], settle: bool = False) -> list[NameCluster]:
    """`clusters` with each cluster `k` of `into` joined to cluster `into[k]`; with `settle`, the spellings credited
    to the joined clusters are settled aliases of the result (never dropped as shared)."""
    out: list[NameCluster] = []
    for k, cl in enumerate(clusters):
        if k in into:
            continue
        joined_in = [j for j, t in into.items() if t == k]
        if joined_in:
            members = sorted(cl.members + [i for j in joined_in for i in clusters[j].members])
            settled = {f for j in joined_in for i in clusters[j].members for f in items[i].credited} if settle else None
            cl = _cluster_of(items, members, settled)
        out.append(cl)
    return out


def _tally(items: Sequence[NameItem], members: Iterable[int]) -> tuple[Counter[str], Counter[str], dict[str, set[str]], set[str]]:
    """The spellings of a group of items with their counts, credits, sources and labelled forms."""
    forms: Counter[str] = Counter()
    credited: Counter[str] = Counter()
    sources: dict[str, set[str]] = {}
    labelled: set[str] = set()
    for i in members:
        forms.update(items[i].forms)
        credited.update(items[i].credited)
        labelled |= items[i].labelled
        for f, s in items[i].sources.items():
            sources.setdefault(f, set()).update(s)
    return forms, credited, sources, labelled


# --------------------------------------------------------------------------- across reviews

_CREDIT_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z /&.-]{1,30}:\s|\s\|\s")


def is_credit_line(evidence: str) -> bool:
    """Evidence that is a labelled credit line ("Director: X | Writer: Y") or a bare name line."""
    return bool(_CREDIT_LINE.search(evidence)) or "\n" not in evidence and len(evidence.split()) <= 5


@dataclass
class MergedPerson:
    """One person across a film's reviews."""

    name: str
    roles: list[str]
    aliases: list[str]
    sources: list[str]
    role_sources: dict[str, list[str]]
    character: str | None = None
    # Spellings linked from reviews that name the person without a role: (source, spelling, sentence).
    mention_evidence: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class MergedCharacter:
    name: str
    aliases: list[str]
    played_by: str | None
    sources: list[str]
    mention_evidence: list[tuple[str, str, str]] = field(default_factory=list)  # as in `MergedPerson`


def _settle_review_parts(
    clusters: Sequence[NameCluster], items: Sequence[NameItem], keys: Sequence[tuple[str, str]], reviews: Sequence[tuple[str, Sequence[object]]]
) -> None:
    """A part of a person's name ("Zhang") that a review gave that person, when the review names no one else it
    fits (no other person, no character: "Zhang" in a review naming only the director Zhang Li-hua, not the
    cinematographer Zhang Hao another review names), is settled among people: the review's reader can tell
    which of the film's people it means, so `_drop_shared_parts` keeps it even though the film has another
    Zhang. Not against a character that fits it: a bare name read beside an actor may be the actor's
    character ("Naveen's Gowda" is Inspector Gowda, not the producer Ramesh Gowda)."""
    by_source: dict[str, list[str]] = {}
    for source, people in reviews:
        names = by_source.setdefault(source, [])
        for p in people:
            names += [p.name, *p.mentions]  # type: ignore[attr-defined]
            if p.character:  # type: ignore[attr-defined]
                names += [p.character, *p.character_mentions]  # type: ignore[attr-defined]
    for cl in clusters:
        for i in cl.members:
            if len(items[i].forms) == 1:
                continue  # the credited name alone: no part to settle
            source, credited = keys[i]
            for part in (f for f in items[i].forms if f != credited and is_part_of(f, credited)):
                key, buckets = joined(without_honorifics(part)), full_name_buckets(part)
                rivals = (  # the review's other names the part may be part of or a spelling of (cheap key tests first)
                    n for n in by_source.get(source, ())
                    if n not in items[i].forms
                    and (key in part_keys(n) or key in familiar_part_keys(n) or not buckets.isdisjoint(full_name_buckets(n)))
                    and not same_full_name(n, credited)
                )
                if not any(is_part_of(part, n) or same_full_name(part, n) for n in rivals):
                    cl.settled_among_people.add(part)
    # two reviews that each gave "Sato" to their own Sato (Hiroshi, Kenji) settle nothing: it stays nobody's
    holders = Counter(joined(part) for cl in clusters for part in {joined(f): f for f in cl.settled_among_people}.values())
    for cl in clusters:
        cl.settled_among_people = {f for f in cl.settled_among_people if holders[joined(f)] == 1}


def _drop_shared_parts(people: list[NameCluster], characters: list[NameCluster]) -> None:
    """Remove an alias that is only part of its cluster's name (a bare family or given name) when it
    also fits another person or character: "Kim" beside Kim Tae-woo and Kim Tae-soo belongs to
    neither. A part spelled letter for letter in its own name only stays ("Lee" beside "Rhee").
    A title with a name ("Madame Ko") is a character's, so only other characters count against it."""
    clusters = [(cl, False) for cl in people] + [(cl, True) for cl in characters]
    spellings = [(c, n) for c, (cl, _) in enumerate(clusters) for n in (cl.canonical, *cl.aliases)]
    index = _NameIndex([n for _, n in spellings])
    current = [{cl.canonical, *cl.aliases} for cl, _ in clusters]  # spellings still held (earlier clusters drop some)
    for c, (cl, is_character) in enumerate(clusters):
        names = [cl.canonical, *cl.aliases]
        kept = []
        for alias in cl.aliases:
            own = [n for n in names if n != alias and is_part_of(alias, n)]
            if not own or alias in cl.settled:
                kept.append(alias)
                continue
            titled = without_honorifics(alias) != alias
            among_people = alias in cl.settled_among_people
            if titled and _carries_title_of(alias, names) and not any(
                _carries_title_of(alias, current[other]) for other in range(len(clusters)) if other != c
            ):
                kept.append(alias)  # "Detective Kang" of the one credited as "Detective Kang Mi-sun"
                continue
            rivals = [
                n
                for other, n in (spellings[k] for k in {*index.containing(alias), *index.same_name_candidates(alias)})
                if other != c and not (titled and is_character and not clusters[other][1]) and not (among_people and not clusters[other][1])
                and n in current[other] and (is_part_of(alias, n) or same_full_name(alias, n))
            ]
            if rivals and _untitled_is(alias, own) and all(_not_an_end_word(alias, n) for n in rivals):
                kept.append(alias)  # "Sani" of "Malam Sani", beside the middle name of "Abubakar Sani Danjuma"
                continue
            if rivals and (not any(spelled_in(alias, n) for n in own) or any(spelled_in(alias, n) for n in rivals)):
                continue
            kept.append(alias)
        cl.aliases = kept
        current[c] = {cl.canonical, *kept}


Linked = dict[int, list[tuple[str, str, str]]]  # cluster index -> (source, spelling, sentence)


# A Yoruba or Igbo given name called by its end, the prefix (a god's or a family's word) cut off: "Emeka" for
# Chukwuemeka, "Seun" for Oluwaseun, "Bayo" for Adebayo, "Tunde" for Babatunde. Only these prefixes: "Anna" is not
# Johanna, "Tina" not Martina.
MIN_END_CLIP_LETTERS = 4
CLIPPED_PREFIXES = ("chukwu", "oluwa", "olu", "ade", "baba", "ola", "ayo", "oye", "ife", "chi", "nna", "obi", "kayo")


class _Fits:
    """Which entities (lists of spellings) a name fits, by the rules `link_mentions` lists."""

    def __init__(self, entities: Sequence[Sequence[str]], n_people: int | None = None) -> None:
        self.names = [n for names in entities for n in names]
        self.owner = [k for k, names in enumerate(entities) for _ in names]
        self.index = _NameIndex(self.names)
        self.by_key: dict[str, list[int]] = {}
        self.by_untitled_key: dict[str, list[int]] = {}  # titled names by their key without the title ("Monsieur Lamy": "lami")
        for k, n in enumerate(self.names):
            self.by_key.setdefault(joined(n), []).append(k)
            if (bare := without_honorifics(n)) != n:
                self.by_untitled_key.setdefault(joined(bare), []).append(k)
        self.pairs: dict[tuple[int, str], list[int]] = {}  # (word position, word key) -> two- and three-word names
        for k, n in enumerate(self.names):
            if len(name_words(n)) == 2:
                for position, key in enumerate(word_keys(n)):
                    self.pairs.setdefault((position, key), []).append(k)
            elif len(name_words(n)) == 3:  # a middle name: the family name (last) is a two-word name's second word
                self.pairs.setdefault((1, word_keys(n)[2]), []).append(k)
        # people (the first `n_people` entities) only ever named by one word that is no very common family name
        n_people = len(entities) if n_people is None else n_people
        self.single_worded = [k < n_people and all(len(name_words(n)) == 1 for n in names)
                              and not {fold(n).lower() for n in names} & _COMMONEST_FAMILY_NAMES for k, names in enumerate(entities)]
        self.by_ending: dict[str, set[int]] = {}  # the endings a long name word is called by ("emeka" of Chukwuemeka)
        for k, n in enumerate(self.names):
            if len(words := _folded_words(n)) >= 2 and _japanese_key(n) is None:  # ("Haru" is no Chiharu)
                for word in words:
                    for prefix in CLIPPED_PREFIXES:
                        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_END_CLIP_LETTERS:
                            self.by_ending.setdefault(word[len(prefix):], set()).add(self.owner[k])
        self.by_last: dict[str, list[int]] = {}  # names of 3+ words by `_family_words`: given names as initials (rule 5)
        for k, n in enumerate(self.names):
            if len(_folded_words(n)) >= 3:
                for family in _family_words(n):
                    self.by_last.setdefault(family, []).append(k)

    def __call__(self, name: str, joined_names: bool = True) -> tuple[set[int], bool]:
        """The entities `name` names, and whether it is a whole name of one of them (not a part)."""
        found = self._fits(name)
        if found[0] or not joined_names or " " not in name:
            return found
        return self._second_name_with_part(name)

    def _second_name_with_part(self, name: str) -> tuple[set[int], bool]:
        """A second name the text tied to an entity, written with a part of its name ("Ek Wiroj", "Big Ears Lau"
        for Wiroj Thongdee known as Ek, Lau Chi-wai known as Big Ears): that entity, when both halves name it alone."""
        words = name.split()
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            (owners_l, whole_l), (owners_r, whole_r) = self._fits(left), self._fits(right)
            if len(owners_l) != 1 or owners_l != owners_r or whole_l == whole_r:
                continue
            second = left if whole_l else right
            (entity,) = owners_l
            spellings = [n for n, o in zip(self.names, self.owner) if o == entity]
            fulls = [n for n in spellings if len(name_words(n)) >= 2 and n != second]
            if fulls and not any(is_part_of(second, n) or same_full_name(second, n) for n in fulls):
                return {entity}, True
        return set(), False

    def _fits(self, name: str) -> tuple[set[int], bool]:
        names, owner = self.names, self.owner
        full = {owner[k] for k in self.index.same_name_candidates(name) if same_full_name(name, names[k])}
        part = {owner[k] for k in self.index.containing(name) if is_part_of(name, names[k])}
        longer = {  # not when the extra word is an everyday one ("Little Lee Na-yeon")
            owner[k] for key in part_keys(name) for k in self.by_key.get(key, ())
            if len(name_words(names[k])) >= 2 and is_part_of(names[k], name) and not is_common_word(name.split()[0])
        }
        if not full and not longer and len(name_words(name)) >= 2 and not is_common_word(name.split()[0]):
            # "Gennady Voronin" for a person credited only as "Voronin": their whole name, when one word of it is all
            # they were ever called (not a character: "Hassan Abdi Nur" is no name of his part "Abti"; nor a long one-word
            # name, a Tamil given name, unless shaped like a Slavic family name: "Arun Velmurugan" is not "Velmurugan")
            longer = {owner[k] for key in part_keys(name) for k in self.by_key.get(key, ())
                      if " " not in names[k].strip() and self.single_worded[owner[k]] and is_part_of(names[k], name)
                      and (len(names[k]) < TAMIL_GIVEN_NAME_LETTERS or _slavic_key(fold(names[k]).lower()))}
        if not full and not longer and len(keys := word_keys(name)) >= 2:
            # "Gérard Lamy" for "Monsieur Lamy": the family name a title went with, now after a given name (not
            # "Pilar Echevarría" for "Doña Pilar": there the title went with a given name)
            longer = {
                owner[k] for k in self.by_untitled_key.get(keys[-1], ())
                if len(name_words(names[k])) >= 2 and is_part_of(names[k], name) and not is_common_word(name.split()[0])
            }
        short = set()
        if len(name_words(name)) == 2:  # a short form keeps the family name: look up names sharing a word key
            keys = word_keys(name)
            short = {owner[k] for family in (0, 1) for k in self.pairs.get((family, keys[family]), ()) if is_short_form(name, names[k])}
        if "." in name and len(_folded_words(name)) >= 3:  # "Umaru I. Lawan" for Umaru Idris Lawan
            short |= {owner[k] for k in self.by_last.get(_last_word(name), ()) if is_initialled_form(name, names[k])}
        if "." in name and len(words := name.split()) >= 2 and all(is_initial(w) for w in words[:-1]):
            # "S. R. Muthukumar" for the one-word Muthukumar: initials before a name (South Indian usage) add no person
            short |= {owner[k] for k in self.by_key.get(joined(words[-1]), ()) if " " not in names[k]}
        titled = set()
        if not (full or longer) and (bare := without_honorifics(name)) != name:  # "Uncle Prasert" for Prasert
            titled = {owner[k] for k in self.index.same_name_candidates(bare) if same_full_name(bare, names[k])}
            titled |= {owner[k] for k in self.by_key.get(joined(bare), ())}
        clipped = set()
        if not (full or part or longer or short or titled) and len(words := _folded_words(name)) == 1 \
                and len(words[0]) >= MIN_END_CLIP_LETTERS and not is_common_word(name):
            clipped = self.by_ending.get(words[0], set())  # "Emeka" for Chukwuemeka Okonkwo, "Seun" for Oluwaseun
        return full | part | longer | short | titled | clipped, bool(full or longer or short or titled or clipped)


def link_mentions(
    mentions: Sequence[tuple[str, Sequence[object]]],
    people: Sequence[NameCluster],
    characters: Sequence[NameCluster],
    actors: Sequence[int] = (),
    performers: frozenset[int] = frozenset(),
    crew: Mapping[str, frozenset[int]] | None = None,
) -> tuple[Linked, Linked]:
    """Give each review's unattached name mentions (models.NameMention) to the one person or character they name.

    A mention is linked when it is a spelling of the full name (rules 1-2), a part of
    it (rule 3), a short form of it (rule 4), or that full name with more words ("Grace
    Kwok Siu-man" for "Grace Kwok"), for exactly one person or character of the film,
    counting every spelling each already has: a surname two people share, or a person
    and a character share, goes to no one, so an actor's name never becomes their
    character's. A part is not linked either when its own review also names someone
    else of whose name it is a part ("Kim" beside an unknown "Kim Jong-il"), nor when it
    was read as the end of a longer mention of the same sentence that links ("Mei" of
    "Ong Mei"). Linked spellings count for the mentions read after them (passes repeat
    until none links).

    A one-word mention that fits no one is linked to a character when it is a familiar form of the
    character's given name (`is_familiar_form`: "Tanya" for "Tatiana", "Drago" for "Dragomir") and its
    sentence names the character's actor ("Soler's Tomi", "Zimina makes Tanya the film's
    conscience") or the character's own name ("Tatiana grunts, and soon he is calling her Tanya"), for exactly
    one character; `actors` gives each character's person (an index into `people`). Without such a sentence it is
    linked when it is a familiar form of the given name of exactly one person or character of the film ("Pasha" for
    its one Pavel).

    A family name two people share goes to the one of them who acts (`performers`, indices into `people`) when its
    sentence has it act ("Moriyama, a veteran of a hundred yakuza pictures, plays frailty" beside a composer Aya
    Moriyama), and to the one with a crew role (`crew`: role -> indices into `people`) when its sentence has it do that
    job ("Svoboda directs", "Marchenko's score").
    """
    entities = [[cl.canonical, *cl.aliases] for cl in [*people, *characters]]
    found = [(source, m.name, m.evidence) for source, items in mentions for m in items]  # type: ignore[attr-defined]
    links: dict[int, int] = {}  # index in `found` -> entity
    verdicts: dict[int, tuple[set[int], bool]] = {}
    named_as_people: set[int] = set()  # mentions a film-maker's word settles as a person's ("the veteran Chen")
    while entities:
        fits = _Fits(entities, len(people))
        verdicts = {i: fits(name) for i, (_, name, _) in enumerate(found) if i not in links}
        for i, (owners, whole) in verdicts.items():
            titled = has_character_title(found[i][1]) and not _full_name_of_a_person(found[i][1], owners, entities, len(people))
            if owners and (titled or _after_possessive_pronoun(found[i][1], found[i][2])):
                # "Uncle Tarek", "his Tarek" (an actor's part) is no name of a composer Tarek Fawzi
                verdicts[i] = ({k for k in owners if k >= len(people)}, whole)
            elif len(owners) > 1 and _after_person_noun(found[i][1], found[i][2]):
                # "the veteran Chen" is the actor Chen Kuan-lin, not the character Chen Wen-jie
                verdicts[i] = ({k for k in owners if k < len(people)}, whole)
                named_as_people.add(i)
            if len(owners) > 1 and (same_title := {k for k in owners if _carries_title_of(found[i][1], entities[k])}):
                verdicts[i] = (same_title, whole)  # "Detective Kang" is the one credited as "Detective Kang Mi-sun"
            elif len(owners) > 1 and (untitled := _untitled_whole_over_middle(found[i][1], owners, entities)) is not None:
                verdicts[i] = ({untitled}, True)  # "Sani" is "Malam Sani", not the middle name of "Abubakar Sani Danjuma"
            if not owners and actors and " " not in without_honorifics(found[i][1]):  # "Kolya", "Auntie Halya"
                familiar = _familiar_character_beside_actor(found[i][1], found[i][2], entities, len(people), actors)
                if familiar is not None:
                    verdicts[i] = ({familiar}, True)
            if not verdicts[i][0] and " " not in found[i][1] and (familiar := _familiar_form_of_one(found[i][1], entities, len(people))) is not None:
                verdicts[i] = ({familiar}, True)  # "Pasha" of the film's one Pavel, "Paco" of its one Francisco
            if len(verdicts[i][0]) > 1 and " " not in found[i][1] and (one := _whole_family_name_of(found[i][1], verdicts[i][0], entities)) is not None:
                verdicts[i] = ({one}, whole)  # "Kowal" is Tomasz Kowal's family name, only half of Szymańska-Kowal's
                if one < len(people):
                    named_as_people.add(i)  # settled: the other's half does not take it back
            if len(verdicts[i][0]) > 1 and (exact := _spelled_exactly(found[i][1], verdicts[i][0], entities)) is not None:
                verdicts[i] = ({exact}, True)  # "bisi" is the character credited as "Bisi", not a part of "Mama Bisi"
            if performers and len(verdicts[i][0]) > 1 and all(k < len(people) for k in verdicts[i][0]):
                acting = {k for k in verdicts[i][0] if k in performers}
                if len(acting) == 1 and _acts_in(found[i][1], found[i][2]):
                    verdicts[i] = (acting, whole)
                    named_as_people.add(i)  # settled: the shared family name stays the actor's
            if crew and len(verdicts[i][0]) > 1 and all(k < len(people) for k in verdicts[i][0]) and (
                    role := _crew_role_of(found[i][1], found[i][2])) is not None:
                doing = {k for k in verdicts[i][0] if k in crew.get(role, ())}
                if len(doing) == 1:  # "Svoboda directs" beside a director Lukáš Svoboda and an actor Bohumil Svoboda
                    verdicts[i] = (doing, whole)
                    named_as_people.add(i)
            if actors and len(verdicts[i][0]) != 1:  # "Saxena's Masterji", "Zhang Dong's Old Zhao"
                owned = _part_of_possessor(found[i][1], found[i][2], verdicts[i][0], entities, len(people), actors)
                if owned is not None:
                    verdicts[i] = ({owned}, True)
        strangers: dict[str, list[str]] = {}  # source -> its full names that fit no one
        for i, (owners, _) in verdicts.items():
            if not owners and len(name_words(found[i][1])) >= 2:
                strangers.setdefault(found[i][0], []).append(found[i][1])
        new = {
            i: next(iter(owners))
            for i, (owners, whole) in verdicts.items()
            if len(owners) == 1 and (whole or not any(is_part_of(found[i][1], o) for o in strangers.get(found[i][0], ())))
        }
        if not new:
            break
        for i, k in new.items():
            links[i] = k
            entities[k].append(found[i][1])
    links.update(_tied_links(found, links, verdicts))
    # "Mei" read inside "Ong Mei" (a run opening a sentence gives both) is no spelling of its own when the whole links.
    wholes: dict[tuple[str, str], set[str]] = {}  # (source, sentence) -> the names linked from it
    for i in links:
        wholes.setdefault((found[i][0], found[i][2]), set()).add(found[i][1])
    for i in list(links):
        source, name, evidence = found[i]
        ending = [w for w in wholes[(source, evidence)] if w.endswith(" " + name)]
        # (unless the sentence writes it more often than those wholes: "for Luiza Pimentel, and you can tell: Pimentel is")
        if ending and len(whole_word_starts(name, evidence)) <= sum(len(whole_word_starts(w, evidence)) for w in ending):
            del links[i]
    for i in named_as_people & links.keys():
        people[links[i]].settled.add(found[i][1])  # the one person it fits, whatever a character is called
    for i, k in links.items():
        found[i] = (found[i][0], _without_lowercase_tail(found[i][1], entities[k]), found[i][2])
    linked_people: Linked = {}
    linked_characters: Linked = {}
    for i, k in sorted(links.items()):
        target, at = (linked_people, k) if k < len(people) else (linked_characters, k - len(people))
        target.setdefault(at, []).append(found[i])
    return linked_people, linked_characters


_ADJECTIVE_ENDING = re.compile(r"(?:less|ful|ness|ous|ish|able|ible)$")


def _without_lowercase_tail(name: str, spellings: Sequence[str]) -> str:
    """A mention in lower case that runs on past a full name the film credits, into a word shaped like an English
    adjective, keeps only that name: "thiago nascimento shirtless fixing a boat" (but "lucía ferrer quintana" is
    her full name)."""
    words = name.split()
    if name != name.lower() or not _ADJECTIVE_ENDING.search(words[-1]):
        return name
    for spelling in spellings:
        size = len(spelling.split())
        if 2 <= size < len(words) and fold(" ".join(words[:size])) == fold(spelling):
            return " ".join(words[:size])
    return name


def _tied_links(found: Sequence[tuple[str, str, str]], links: dict[int, int], verdicts: dict[int, tuple[set[int], bool]]) -> dict[int, int]:
    """Mentions the sentence ties to another mention that links (`extract.ties`: "Rosa Abad (billed, as usual, as
    Udding)", "Dimi (short for Dimitra)", "Kalpana (Kalu to her brother)"), given that one's entity: the text says
    both name one. Only for a mention that fits no other entity (`verdicts`: what each unlinked one fits)."""
    by_sentence: dict[tuple[str, str], list[int]] = {}
    for i, (source, _, evidence) in enumerate(found):
        by_sentence.setdefault((source, evidence), []).append(i)
    tied: dict[int, int] = {}
    for (_, evidence), members in by_sentence.items():
        if len(members) < 2 or all(i in links for i in members) or not any(i in links for i in members):
            continue
        nicknames = without_quoted_nicknames(evidence)[1]  # "Adebayo 'Bayo' Ogunleye"
        if not (stems := tie_stems_in(evidence)) and " call" not in evidence and not nicknames:
            continue
        for a, b in read_ties(evidence, nicknames, stems_in_text=stems):
            for mine, other in ((a, b), (b, a)):
                targets = {links[j] for j in members if j in links and fold(found[j][1]) == fold(other)}
                for i in members:
                    owners = verdicts.get(i, (set(), False))[0]
                    if i not in links and fold(found[i][1]) == fold(mine) and len(targets) == 1 and owners <= targets:
                        tied[i] = next(iter(targets))
    return tied


# "her" is also an object pronoun ("told her Maria would come"): possessive only after these words, at the start
# of a sentence, or after a clause stop ("and her Maria", "as her Maria", "is her Maria", "; her Maria").
_BEFORE_POSSESSIVE_HER = frozenset("and but or as with of in for is was than".split())
_PRONOUN_BEFORE = re.compile(r"(?:^|(?P<before>[\w'’]+|[,;:(—–-])\s+)(?P<pronoun>his|her|their|His|Her|Their)\s+$")


def _after_possessive_pronoun(name: str, sentence: str) -> bool:
    """Every time the sentence writes `name` (as whole words), a possessive pronoun comes just before it: "His
    Hassan calls every passenger by a nickname", "his Tư is a tyrant" (the actor's character, never a person of
    the crew). "her" is possessive only where it cannot be a verb's object (`_BEFORE_POSSESSIVE_HER`)."""
    found = whole_word_starts(name, sentence)
    return bool(found) and all(_possessive_before(sentence[:at]) for at in found)


# Words that say the name after them is someone who makes the film: "the veteran Chen", "newcomer Lin".
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:veteran|newcomer|actor|actress|star|director|filmmaker|composer|cinematographer)\s+$", re.I)


def _spelled_exactly(name: str, owners: set[int], entities: Sequence[Sequence[str]]) -> int | None:
    """The one of `owners` with a spelling that is `name` itself, in any case (the others only hold it as a part)."""
    folded = fold(name)
    exact = [k for k in owners if any(fold(spelling) == folded for spelling in entities[k])]
    return exact[0] if len(exact) == 1 else None


def _whole_family_name_of(name: str, owners: set[int], entities: Sequence[Sequence[str]]) -> int | None:
    """The one owner whose family name `name` is whole, when the others have it only as half of a double-barrelled
    family name ("Kowal": Tomasz Kowal, not Małgorzata Szymańska-Kowal)."""
    key, part = fold(name), joined(name)
    whole = {k for k in owners if any(" " in n and fold(n.split()[-1]) == key for n in entities[k])}
    halves = {k for k in owners if any(" " in n and part in _double_barrel_halves(n.split()[-1]) for n in entities[k])}
    return next(iter(whole)) if len(whole) == 1 and whole | halves == owners and not whole & halves else None


# What follows a name the sentence has act, after an aside set off by commas: "X plays", "X, a veteran of ..., stars".
_ACTING_AFTER = re.compile(
    r"(?:,[^,.;]{1,90},)?\s+(?:(?:plays|played)\b(?!\s+(?:with|on|the\s+(?:theme|piano|score|guitar|violin)))|stars|starred|portrays|portrayed|"
    r"(?:gives|delivers|turns\s+in)\s+(?:a|an|the|us)\s+(?:[\w-]+,?\s+){0,3}(?:performance|turn)\b|is\s+cast\b|was\s+cast\b)"
)


# What a crew member's name is followed by, by role: "Svoboda directs", "Marchenko's score", "Ortega's script".
_CREW_AFTER = {
    "director": re.compile(r"(?:['’]s\s+(?:direction|directing|staging|debut)|,?\s+(?:who\s+)?(?:directs|directed|helms|helmed|stages|staged))\b"),
    "writer": re.compile(r"(?:['’]s\s+(?:script|screenplay|writing|dialogue)|,?\s+(?:who\s+)?(?:writes|wrote|scripted|co-wrote))\b"),
    "composer": re.compile(r"(?:['’]s\s+(?:score|music|songs|soundtrack)|,?\s+(?:who\s+)?(?:scores|scored|composed|composes))\b"),
    "cinematographer": re.compile(r"(?:['’]s\s+(?:camera|cinematography|photography|lensing)|,?\s+(?:who\s+)?(?:lenses|lensed))\b"),
}


def _crew_role_of(name: str, sentence: str) -> str | None:
    """The crew role every writing of `name` in the sentence is followed by (`_CREW_AFTER`), or None."""
    found = whole_word_starts(name, sentence)
    if not found:
        return None
    roles = {role for role, after in _CREW_AFTER.items() if all(after.match(sentence, at + len(name)) for at in found)}
    return roles.pop() if len(roles) == 1 else None


def _acts_in(name: str, sentence: str) -> bool:
    """Every time the sentence writes `name`, an acting verb follows it (`_ACTING_AFTER`)."""
    found = whole_word_starts(name, sentence)
    return bool(found) and all(_ACTING_AFTER.match(sentence, at + len(name)) for at in found)


def _after_person_noun(name: str, sentence: str) -> bool:
    """Every time the sentence writes `name`, a word for a film-maker comes just before it (`_PERSON_NOUN_BEFORE`)."""
    found = whole_word_starts(name, sentence)
    return bool(found) and all(_PERSON_NOUN_BEFORE.search(sentence, max(0, at - 20), at) for at in found)


def _possessive_before(text: str) -> bool:
    """`text` ends with a possessive pronoun and a space: "his ", "Their ", "and her " (not "told her ")."""
    m = _PRONOUN_BEFORE.search(text)
    if not m:
        return False
    if m.group("pronoun") != "her":
        return True
    before = m.group("before")
    return before is None or not before[0].isalnum() or before.lower() in _BEFORE_POSSESSIVE_HER


def _full_name_of_a_person(name: str, owners: set[int], entities: Sequence[Sequence[str]], n_people: int) -> bool:
    """`name` is the full name of one of the people among `owners` (the first `n_people` entities): a title that is
    also a name opens it ("Papa Diallo" credited as the composer), so the mention is that person's too."""
    return any(k < n_people and any(same_full_name(name, n) for n in entities[k]) for k in owners)


def _familiar_character_beside_actor(
    name: str, sentence: str, entities: Sequence[Sequence[str]], n_people: int, actors: Sequence[int]
) -> int | None:
    """The one character (entity index) whose given name `name` is a familiar form of, when `sentence` names the
    character's actor beside `name` ("Arregi's Drago", "Zimina makes Tanya": `_named_beside`), names the
    character itself by another of its spellings ("Tatiana grunts, and soon he is calling her Tanya"), or writes
    `name` as what someone is called ("her brother calls her Tanya": `_called_so`), or None (see `link_mentions`)."""
    found = [
        n_people + j for j, actor in enumerate(actors)
        if any(is_familiar_form(name, n) for n in entities[n_people + j])
        and (
            any(_named_beside(n, name, sentence) for n in entities[actor])
            or any(_names_word_for_word(n, sentence) for n in entities[n_people + j] if n != name)
            or _called_so(name, sentence)
        )
    ]
    return found[0] if len(found) == 1 else None


def _familiar_form_of_one(name: str, entities: Sequence[Sequence[str]], n_people: int) -> int | None:
    """The one entity whose given name `name` is a familiar form of: a diminutive of `names.GIVEN_NAME_FORMS` ("Pasha"
    of "Pavel Zorin", "Paco" of "Francisco"), a Spanish or Portuguese diminutive ending ("Paulita"), or its first
    letters ("Vetri" of "Vetrimaaran"; not its last: "Anna" is no "Johanna"); None when none is or several are (see
    `link_mentions`). A person's given name is the first word of a full name ("Maikano" alone is a family name)."""
    if is_common_word(name) or is_demonym(name):
        return None  # "joy", "chinese"
    found = {k for k, spellings in enumerate(entities) for n in spellings
             if (words := without_honorifics(n).split()) and (len(words) > 1 or k >= n_people) and fold(words[0]) != fold(name)
             and (given_name_forms_meet(name, words[0]) or is_suffixed_diminutive(name, words[0])
                  or is_clipped_given_name(name, words[0]) and fold(words[0]).startswith(fold(name)))}
    return next(iter(found)) if len(found) == 1 else None


def _part_of_possessor(
    name: str, sentence: str, owners: set[int], entities: Sequence[Sequence[str]], n_people: int, actors: Sequence[int]
) -> int | None:
    """The character (entity index) `name` names when `sentence` writes it right after an actor's possessive
    ("Saxena's Masterji", "Wang Xiaoyu's Lingling", "Zhang Dong's Old Zhao"): an actor's possessive before a
    name is the part they play. Among `owners` (the entities the name fits) when it fits several, else the one
    character that actor plays; None when that leaves no single character."""
    if "'s " not in sentence and "’s " not in sentence:
        return None
    possessors = {owner.rstrip("'’") for owner in possessive_owners(name, sentence)}
    if not possessors:
        return None
    played = [n_people + j for j, actor in enumerate(actors) if any(_possessor_is(p, entities[actor]) for p in possessors)]
    if owners:
        played = [k for k in played if k in owners]
    return played[0] if len(set(played)) == 1 else None


def _possessor_is(possessor: str, spellings: Sequence[str]) -> bool:
    """Whether a possessive's owner is this person: a full name one of their spellings (not a namesake sharing the
    family name: "Yumi Tanaka's Kiko" beside Kei Tanaka), or one word ending in a word of their name ("Saxena's")."""
    words = possessor.split()
    if len(words) >= 2 and looks_like_full_name(tail := " ".join(words[-2:])):
        owner = fold(possessor)
        return any(
            " " in s and (owner == fold(s) or owner.endswith(" " + fold(s))) or same_full_name(tail, s) for s in spellings
        )  # ("Only Rajesh Bhatia's Sharmaji": the name ends the owner)
    return any(
        possessor.endswith(w) and (len(possessor) == len(w) or not possessor[-len(w) - 1].isalnum()) for w in _name_words_of_all(spellings)
    )


def _name_words_of_all(spellings: Sequence[str]) -> set[str]:
    """Every name word (`_name_words_of`) of every spelling of one person."""
    return {w for n in spellings for w in _name_words_of(n)}


# A calling verb writes a name as what someone is called: "calls her Nadya", "insists on calling him Petya",
# "Nadya (as the neighbours call her)", "Petya, as his mother insists on calling him".
_CALLING = r"call(?:s|ed|ing)?\s+(?:him|her)"
_CALLING_BEFORE = re.compile(rf"\b{_CALLING}\s+['‘“\"]?\Z")  # right before the name
_AS_CALLING_AFTER = re.compile(rf"\s*[,(]\s*as\s+(?:[\w'’]+\s+){{1,5}}?{_CALLING}\b")  # right after it


def _called_so(name: str, sentence: str) -> bool:
    """`sentence` writes `name` as what someone is called (`_CALLING`), right after the calling verb and its pronoun
    or right before an aside that says so: a familiar form that fits one character is then that character's."""
    if "call" not in sentence:
        return False
    return any(
        _CALLING_BEFORE.search(sentence, 0, at) or _AS_CALLING_AFTER.match(sentence, at + len(name))
        for at in whole_word_starts(name, sentence)
    )


# How far apart a mention and an actor's name may be and still be read together: "Arregi's Drago" (none
# between), "Zimina makes Tanya" (one word), "Tanya, played with grit by Zimina" (four), in one clause;
# an aside between commas does not count ("Zimina, heard more than seen, makes Tanya ...").
_MAX_WORDS_BETWEEN = 4
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]]")
_COMMA_ASIDE = re.compile(r",[^,]*,")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _named_beside(actor_name: str, mention: str, sentence: str) -> bool:
    """`sentence` writes one of `actor_name`'s name words (`_name_words_of`) and `mention`, as whole words, at most
    `_MAX_WORDS_BETWEEN` words apart (an aside between commas aside) and inside one clause (no sentence or clause
    stop between them)."""
    at_mention = [(at, at + len(mention)) for at in whole_word_starts(mention, sentence)]
    if not at_mention:
        return False
    for word in _name_words_of(actor_name):
        for word_start in whole_word_starts(word, sentence):
            word_end = word_start + len(word)
            for start, end in at_mention:
                between = sentence[min(end, word_end) : max(start, word_start)]
                if not _CLAUSE_BREAK.search(between) and len(_WORD.findall(_COMMA_ASIDE.sub(" ", between))) <= _MAX_WORDS_BETWEEN:
                    return True
    return False


def _name_words_of(name: str) -> list[str]:
    """The name and its words of 3 letters or more that are names: not a title ("Inspector", "Uncle", "Sahib":
    `without_honorifics`) nor a particle ("van", "del"), which a sentence may write about anyone. A title that
    is also a name is a name where `without_honorifics` keeps it ("Baba" of "Kofi Baba"). None for titles alone."""
    words = [w for w in without_honorifics(name).split() if len(w) >= 3 and fold(w).rstrip(".") not in _NOT_NAME_WORDS]
    return [name, *words] if words else []


_NOT_NAME_WORDS = (HONORIFICS - TITLES_ALSO_NAMES) | PARTICLES


def _names_word_for_word(name: str, sentence: str) -> bool:
    """The sentence names `name` or one of its name words (`_name_words_of`: the family name alone), as whole words."""
    return any(w in sentence and whole_word_starts(w, sentence) for w in _name_words_of(name))


def _untitled_whole_over_middle(name: str, owners: set[int], entities: Sequence[Sequence[str]]) -> int | None:
    """The one entity among `owners` with a titled spelling that is `name` once its title goes ("Sani" of "Malam
    Sani"), when `name` is only a middle word of every other owner's spellings ("Abubakar Sani Danjuma"): a name
    alone is seldom a middle name, while a given name after a title is the whole name. None otherwise (a first or
    last word, a family name two entities share, stays ambiguous)."""
    whole = [k for k in owners if _untitled_is(name, entities[k])]
    if len(whole) != 1 or " " in name:
        return None
    others = [n for k in owners - set(whole) for n in entities[k]]
    return whole[0] if all(_not_an_end_word(name, n) for n in others) else None


def _untitled_is(name: str, spellings: Sequence[str]) -> bool:
    """One of `spellings` is `name` with a title before or after it ("Malam Sani", "Sani-san" for "Sani")."""
    key = fold(name)
    return any(n != name and fold(without_honorifics(n)) == key for n in spellings)


def _not_an_end_word(name: str, spelling: str) -> bool:
    """`name` (one word) is neither the first nor the last word of `spelling`: absent, or a middle name."""
    words = fold(spelling).split()
    return fold(name) not in words or len(words) >= 3 and fold(name) not in (words[0], words[-1])


def _carries_title_of(name: str, spellings: Sequence[str]) -> bool:
    """`name` opens with a title and is a part of one of `spellings` that opens with the same title:
    "Detective Kang" of "Detective Kang Mi-sun" (her sister Kang Eun-bi, also a Kang, has no such title)."""
    if without_honorifics(name) == name:
        return False
    title = fold(name.split(None, 1)[0]).rstrip(".")
    return any(
        " " in n and fold(n.split(None, 1)[0]).rstrip(".") == title and n != name and is_part_of(without_honorifics(name), without_honorifics(n))
        for n in spellings
    )


def _add_linked(clusters: Sequence[NameCluster], items: Sequence[NameItem], linked: Linked) -> None:
    """Count linked spellings in their clusters (one use per review, as a review's own forms count) and re-pick the canonical."""
    for k, links in linked.items():
        cl = clusters[k]
        forms, credited, sources, labelled = _tally(items, cl.members)
        for source, name, _ in links:
            forms[name] += 1
            sources.setdefault(name, set()).add(source)
        cl.canonical = best_form(forms, credited, sources, labelled)
        cl.aliases = sorted((f for f in forms if f != cl.canonical), key=lambda f: (-forms[f], f))


@lru_cache(maxsize=16384)
def is_familiar_form(short: str, full: str) -> bool:
    """`short` (titles aside, one word) is a familiar form of the given name of `full` (titles aside: the whole
    of a one-word name, the first word of a longer one): a diminutive of `names.GIVEN_NAME_FORMS` ("Volodya"
    for "Vladimir", "Zé" for "Seu José"), the name clipped ("Drago" for "Dragomir", "Mina" for "Jasmina") or
    with a diminutive ending ("Paulita" for "Paula").
    A licence only: `_join_one_actors_parts` uses it for two characters one actor plays. One way only: the
    longer name is no familiar form of its clipped form ("Dragomir" is not a familiar form of "Drago")."""
    a, b = without_honorifics(short).split(), without_honorifics(full).split()
    if len(a) != 1 or not b or a[0] == b[0]:
        return False
    return _shortens(a[0], b[0]) or _endearing_clip(short, a[0], b[0])


# Japanese endearing suffixes, written after a given name cut to its first syllables ("Hide-chan" for Hideo).
_ENDEARING_SUFFIXES = ("-chan", "-kun")


def _endearing_clip(short: str, stem: str, given: str) -> bool:
    """`short` is `stem` with an endearing suffix (`_ENDEARING_SUFFIXES`), and `stem` the first letters of `given`,
    two or more, one letter or more cut off: "Hide-chan" for "Hideo", "Tomo-chan" for "Tomoko"."""
    s, g = fold(stem), fold(given)
    return short.lower().endswith(_ENDEARING_SUFFIXES) and len(s) >= 2 and len(g) > len(s) and g.startswith(s)


def _parts_played(
    clusters: Sequence[NameCluster], keys: Sequence[tuple[str, str]], reviews: Sequence[tuple[str, Sequence[object]]]
) -> list[tuple[int, str]]:
    """(cluster, joined key of the part) for every part a review gives a person, in the reviews' order."""
    cluster_of = {i: k for k, cl in enumerate(clusters) for i in cl.members}
    index = {key: i for i, key in enumerate(keys)}
    return [(cluster_of[index[(source, p.name)]], joined(without_honorifics(p.character)))  # type: ignore[attr-defined]
            for source, people in reviews for p in people if p.character]  # type: ignore[attr-defined]


def _join_familiar_players(
    clusters: list[NameCluster], items: Sequence[NameItem], keys: Sequence[tuple[str, str]], reviews: Sequence[tuple[str, Sequence[object]]]
) -> list[NameCluster]:
    """Join an actor credited by one given name alone ("Pepe") to the one other actor who plays the same character
    ("José Quintero" as Evaristo) when the name is that actor's given name or a familiar form of it (`names.
    GIVEN_NAME_FORMS`, clipping): the shared part is the context the bare name lacks. A one-word name no table lists
    joins the part's only other player whatever it is: a nickname ("Ton" for Thanawat Phromma, both as Daeng). Never two
    names of one review."""
    plays: dict[int, set[str]] = {}  # cluster -> joined keys of the characters its items play
    for k, part in _parts_played(clusters, keys, reviews):
        plays.setdefault(k, set()).add(part)
    into: dict[int, int] = {}
    for k, cl in enumerate(clusters):
        if " " in cl.canonical or k not in plays or any(" " in a for a in cl.aliases):
            continue
        players = [t for t in range(len(clusters)) if t != k and plays.get(t, set()) & plays[k]]
        fits = [
            t for t in players if " " in clusters[t].canonical
            and (fold(clusters[t].canonical.split()[0]) == fold(cl.canonical) or is_familiar_given_name(cl.canonical, clusters[t].canonical.split()[0]))
        ]
        if not fits and len(players) == 1 and " " in clusters[players[0]].canonical and not is_listed_given_name(cl.canonical):
            # "Ton" as Daeng, "Thanawat Phromma" as Daeng: a nickname no table lists, the part's only other player (a
            # listed form of another given name, "Toño" beside Jesús Arriaga, is someone else)
            fits = players
        sources = {keys[i][0] for i in cl.members}
        if len(fits) == 1 and not sources & {keys[i][0] for i in clusters[fits[0]].members} and fits[0] not in into:
            into[k] = fits[0]
    return _joined_under_full_names(clusters, items, into)


# Family names so common that sharing one says nothing about two actors (Korea's, Vietnam's, China's, India's most common).
_COMMONEST_FAMILY_NAMES = frozenset(
    "kim lee yi park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song nguyen tran le pham hoang "
    "huynh phan vu vo dang bui do wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin he gao luo "
    "singh kumar sharma khan patel das".split())


def _join_namesake_players(
    clusters: list[NameCluster], items: Sequence[NameItem], keys: Sequence[tuple[str, str]], reviews: Sequence[tuple[str, Sequence[object]]]
) -> list[NameCluster]:
    """Join the only two actors who play one part when their names share a word and no review names both: "Ng Ka-man"
    as Fanny in one review, "Karmen Ng" as Fanny in another, are one actor under her Chinese and her English name.
    (Two players of one part who share no word or only a very common family name, or a part three people play, stay apart:
    a child and an adult.)"""
    players: dict[str, set[int]] = {}  # a part's joined key -> the clusters that play it
    for k, part in _parts_played(clusters, keys, reviews):
        players.setdefault(part, set()).add(k)
    sources = [{keys[i][0] for i in cl.members} for cl in clusters]
    into: dict[int, int] = {}
    for pair in players.values():
        if len(pair) != 2:
            continue
        k, t = sorted(pair)
        words_k = {fold(w) for form in clusters[k].aliases + [clusters[k].canonical] for w in form.split()}
        words_t = {fold(w) for form in clusters[t].aliases + [clusters[t].canonical] for w in form.split()}
        shared = words_k & words_t - _COMMONEST_FAMILY_NAMES  # (two Parks playing a part young and old are two actors)
        if shared and not sources[k] & sources[t] and k not in into and t not in into and t not in into.values():
            into[t] = k
    return _apply_joins(clusters, items, into, settle=True)


def _join_initialled_crew(
    clusters: list[NameCluster], items: Sequence[NameItem], keys: Sequence[tuple[str, str]], roles: Sequence[dict[str, None]]
) -> list[NameCluster]:
    """Join a person credited as initials and a family name ("S. Kumaran", "JB Lemaire") to the one other person of
    the film with that family name and given names of those initials ("Senthil Kumaran", "Jean-Baptiste Lemaire"),
    when both hold the same role. `is_initialled_form` never takes one initial alone ("J. Kim" could be any Kim); the
    shared role in one film is the context it lacks. Never two names of one review, nor when two full names fit."""
    def initial_and_family(name: str) -> tuple[str, str] | None:
        words = name.split()
        if len(words) != 2:
            return None
        if is_initial(words[0]) and len(words[0].rstrip(".")) == 1:
            return fold(words[0])[0], fold(words[-1])
        if _RUN_TOGETHER_INITIALS.fullmatch(words[0]):  # "JB", "J.B.": the initials of a given name of two parts
            return fold(words[0]).replace(".", ""), fold(words[-1])
        return None

    def given_initials(name: str) -> str:
        """The initials of the given names, one per part ("Jean-Baptiste Lemaire" -> "jb")."""
        return "".join(fold(part)[0] for word in name.split()[:-1] for part in word.split("-") if part)

    role_sets = _role_sets(clusters, roles)
    sources = [{keys[i][0] for i in cl.members} for cl in clusters]
    into: dict[int, int] = {}
    for k, cl in enumerate(clusters):
        short = initial_and_family(cl.canonical)
        if short is None or any(initial_and_family(a) != short for a in cl.aliases if " " in a):
            continue
        fits = [
            t for t, other in enumerate(clusters)
            if t != k and initial_and_family(other.canonical) is None and len(words := _folded_words(other.canonical)) >= 2
            and short in ((words[0][0], words[-1]), (given_initials(other.canonical), words[-1]))
        ]
        if len(fits) == 1 and role_sets[k] & role_sets[fits[0]] and not sources[k] & sources[fits[0]] and fits[0] not in into:
            into[k] = fits[0]
    return _joined_under_full_names(clusters, items, into)


_RUN_TOGETHER_INITIALS = re.compile(r"[A-Z]\.?[A-Z]\.?")


# Roles one filmmaker so often holds together that a review crediting one of them may mean the other's holder.
_AUTHORSHIP = frozenset({"director", "writer"})


def _join_parts_by_role(clusters: list[NameCluster], items: Sequence[NameItem], roles: Sequence[dict[str, None]]) -> list[NameCluster]:
    """Join a person credited only by one word ("Singh", of "Singh's songs") to the one person of the film whose name
    it is part of and who holds one of its roles (the composer Manpreet Singh, not the actor Harjit Singh nor the
    director Gurpreet Singh Sandhu): the role settles what the bare name leaves ambiguous. When none holds it, a
    writer so credited is the one director of those names, and a director the one writer."""
    role_sets = _role_sets(clusters, roles)
    into: dict[int, int] = {}
    for k, cl in enumerate(clusters):
        if " " in cl.canonical or any(" " in a for a in cl.aliases):
            continue
        fits = [t for t, other in enumerate(clusters) if t != k and " " in other.canonical and is_part_of(cl.canonical, other.canonical)]
        holding = [t for t in fits if role_sets[k] & role_sets[t]]
        if not holding:  # the writer "Nakamura" beside the director Aoi Nakamura and the actor Tetsuya Nakamura
            holding = [t for t in fits if _AUTHORSHIP & role_sets[k] and _AUTHORSHIP & role_sets[t]]
        if len(holding) == 1 and holding[0] not in into:
            into[k] = holding[0]
    # settled: the role, not the name, says whose it is ("Singh" stays Manjit Singh's beside the actor Harjot Singh)
    return _joined_under_full_names(clusters, items, into, settle=True)


def _joined_under_full_names(
    clusters: list[NameCluster], items: Sequence[NameItem], into: dict[int, int], settle: bool = False
) -> list[NameCluster]:
    """`clusters` with the joins of `into` (`_apply_joins`), each grown cluster keeping the canonical spelling of
    the cluster it was joined to: the full name a bare or initialled one joined stays the person's name."""
    if not into:
        return clusters
    full_name = {t: clusters[t].canonical for t in into.values()}
    kept = [k for k in range(len(clusters)) if k not in into]
    return [_with_canonical(cl, full_name[k]) if k in full_name else cl for k, cl in zip(kept, _apply_joins(clusters, items, into, settle))]


def _role_sets(clusters: Sequence[NameCluster], roles: Sequence[dict[str, None]]) -> list[set[str]]:
    """Each cluster's roles: every role any of its items was credited with."""
    return [{r for i in cl.members for r in roles[i]} for cl in clusters]


def _with_canonical(cl: NameCluster, canonical: str) -> NameCluster:
    """`cl` with `canonical` as its canonical spelling, the former canonical one of its aliases. An actor's full name
    stays the canonical of the person a bare given name ("Pepe") was joined to, however many reviews used the
    bare name and in whatever order they came."""
    if cl.canonical == canonical or canonical not in cl.aliases:
        return cl
    cl.aliases = [cl.canonical, *(a for a in cl.aliases if a != canonical)]
    cl.canonical = canonical
    return cl


def _join_one_actors_parts(
    clusters: list[NameCluster], items: Sequence[NameItem], actor_of_item: Sequence[int], source_of_item: Sequence[str],
    people: Sequence[NameCluster],
) -> list[NameCluster]:
    """Join two characters the same actor plays when one's name is part of the other's ("Murugan" and
    "Inspector Murugan", "Yaw" and "Pastor Yaw"), even when the part also fits a person ("Lakshmi
    Sundaram" in the cast), or a familiar form of its given name ("Volodya" and "Vladimir", "Drago" and
    "Dragomir": `is_familiar_form`): the shared actor settles what the names alone leave ambiguous. Only when
    the name fits exactly one of the actor's other characters, and never two characters of one review. Then an
    actor every review gives one part has all its characters joined, whatever the names share (`_join_all`), but for
    a "part" spelled like the actor's own name (`people`: "Cast: Ye Jiahui (Kelvin Yip)" read the cast list's way,
    Kelvin Yip being Ye Jiahui's English name): it is no second part to join the first to."""
    def actor(cl: NameCluster) -> int:
        return Counter(actor_of_item[i] for i in cl.members).most_common(1)[0][0]

    by_actor: dict[int, list[int]] = {}
    for k, cl in enumerate(clusters):
        by_actor.setdefault(actor(cl), []).append(k)
    two_parts = _actors_with_two_parts_in_one_review(actor_of_item, source_of_item)
    into: dict[int, int] = {}
    for a, ks in by_actor.items():
        for k in ks if len(ks) > 1 else ():
            names = [clusters[k].canonical, *clusters[k].aliases]
            fits = [
                t for t in ks
                if t != k
                and any(
                    is_part_of(n, g) or (a not in two_parts and is_familiar_form(n, g))
                    for n in names for g in (clusters[t].canonical, *clusters[t].aliases)
                )
            ]
            if len(fits) != 1 or fits[0] in into or k in into.values():
                continue
            sources = {source_of_item[i] for i in clusters[k].members}
            if sources & {source_of_item[i] for i in clusters[fits[0]].members}:
                continue
            into[k] = fits[0]
    parts = {n for cl in clusters for n in (cl.canonical, *cl.aliases)}
    for a, ks in by_actor.items():
        if a not in two_parts:  # (the actor's own names, not one a tie also gave a part: "Onkel Hüso")
            own = [n for n in (people[a].canonical, *people[a].aliases) if n not in parts]
            _join_all([k for k in ks if not _spelled_like_one_of(clusters[k], own)], into)
    return _apply_joins(clusters, items, into, settle=True) if into else clusters


def _spelled_like_one_of(cl: NameCluster, names: Sequence[str]) -> bool:
    """Whether a full name of `cl` is one of `names` or a part of one ("Kelvin Yip" of "Kelvin Yip Ka-fai")."""
    return any(" " in without_honorifics(n) and (same_full_name(n, g) or is_part_of(n, g)) for n in (cl.canonical, *cl.aliases) for g in names)


def _join_all(ks: Sequence[int], into: dict[int, int]) -> None:
    """Extend `into` so that every cluster of `ks` ends in one: the first of them not already joined elsewhere.
    For an actor every review gives one part: "Hanka" and "Hanna", "Styopa" and "Stepan Lukich", "Masterji"
    and "Ram Prakash" are what two reviews call that one part, whatever the names share."""
    roots = [k for k in ks if k not in into]
    for r in roots[1:]:
        for j, t in into.items():
            if t == r:
                into[j] = roots[0]
        into[r] = roots[0]


def _actors_with_two_parts_in_one_review(actor_of_item: Sequence[int], source_of_item: Sequence[str]) -> set[int]:
    """The actors some review credits with two characters (twins, a double, a dual role). For them a familiar
    form ("Ana" beside "Juliana", "Sasha" beside "Aleksandr") is no evidence that two characters are one: the
    actor has two parts, and either name may be the other part. An actor every review gives one part has one
    character, whatever name each review calls it by."""
    seen: set[tuple[str, int]] = set()
    twice: set[int] = set()
    for actor, source in zip(actor_of_item, source_of_item):
        if (source, actor) in seen:
            twice.add(actor)
        seen.add((source, actor))
    return twice


def _shown(cluster: NameCluster) -> tuple[str, list[str]]:
    """The cluster's name as shown (`display_name`) and its other spellings, the canonical one among them if it differs."""
    name = display_name(cluster.canonical, cluster.aliases)
    if name == cluster.canonical:
        return name, cluster.aliases
    return name, [cluster.canonical, *(a for a in cluster.aliases if a != name)]


def merge_people(
    reviews: Sequence[tuple[str, Sequence[object]]], mentions: Sequence[tuple[str, Sequence[object]]] = ()
) -> tuple[list[MergedPerson], list[MergedCharacter]]:
    """Merge every review's `Person`s (models.Person) into people and characters, each once.

    Two names from one review are never merged here: the review already kept them apart.
    A character is never merged with a person (separate pools), and two characters
    played by different people are never merged. `mentions` are each review's names
    not attached to its people (models.Review.name_mentions), linked by `link_mentions`.
    """
    person_keys: list[tuple[str, str]] = []
    person_items: list[NameItem] = []
    person_roles: list[dict[str, None]] = []
    index: dict[tuple[str, str], int] = {}
    for source, people in reviews:
        for p in people:
            key = (source, p.name)  # type: ignore[attr-defined]
            if key not in index:
                index[key] = len(person_items)
                forms = Counter({m: 1 for m in [p.name, *p.mentions]})  # type: ignore[attr-defined]
                person_items.append(
                    NameItem(
                        forms=forms,
                        credited=Counter({p.name: 1}),  # type: ignore[attr-defined]
                        sources={f: {source} for f in forms},
                        labelled={p.name} if is_credit_line(p.evidence or "") else set(),  # type: ignore[attr-defined]
                    )
                )
                person_keys.append(key)
                person_roles.append({})
            person_roles[index[key]][p.role] = None  # type: ignore[attr-defined]

    character_items: list[NameItem] = []
    character_actor: list[int] = []
    seen_characters: dict[tuple[str, str], int] = {}
    for source, people in reviews:
        for p in people:
            if not p.character:  # type: ignore[attr-defined]
                continue
            key = (source, p.character)  # type: ignore[attr-defined]
            if key in seen_characters:
                continue
            seen_characters[key] = len(character_items)
            forms = Counter({m: 1 for m in [p.character, *p.character_mentions]})  # type: ignore[attr-defined]
            credited = untitled_character_name(p.character)  # type: ignore[attr-defined]
            forms[credited] = 1
            character_items.append(NameItem(forms=forms, credited=Counter({credited: 1}), sources={f: {source} for f in forms}))
            character_actor.append(index[(source, p.name)])  # type: ignore[attr-defined]

    all_character_forms = [f for item in character_items for f in item.forms]
    all_person_forms = [f for item in person_items for f in item.forms]
    person_clusters = cluster_names(
        person_items,
        marks=[[(("review", source), name)] for source, name in person_keys],  # one review's two names are two people
        others=all_character_forms,
    )
    person_clusters = _join_familiar_players(person_clusters, person_items, person_keys, reviews)
    person_clusters = _join_namesake_players(person_clusters, person_items, person_keys, reviews)
    person_clusters = _join_initialled_crew(person_clusters, person_items, person_keys, person_roles)
    person_clusters = _join_parts_by_role(person_clusters, person_items, person_roles)
    cluster_of_item = {i: ci for ci, cl in enumerate(person_clusters) for i in cl.members}
    character_source = [next(iter(next(iter(item.sources.values())))) for item in character_items]
    character_clusters = cluster_names(
        character_items,
        # never two characters of one review, nor two played by different people
        marks=[[(("review", source), i), (("played by",), cluster_of_item[actor])] for i, (source, actor) in enumerate(zip(character_source, character_actor))],
        others=all_person_forms,
    )

    character_clusters = _join_one_actors_parts(
        character_clusters, character_items, [cluster_of_item[a] for a in character_actor], character_source, person_clusters
    )
    actors = [
        sorted(Counter(cluster_of_item[character_actor[i]] for i in cl.members).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for cl in character_clusters
    ]
    role_sets = _role_sets(person_clusters, person_roles)
    performers = frozenset(ci for ci, roles in enumerate(role_sets) if "actor" in roles)
    crew = {role: frozenset(ci for ci, roles in enumerate(role_sets) if role in roles) for role in _CREW_AFTER}
    linked_people, linked_characters = link_mentions(mentions, person_clusters, character_clusters, actors, performers, crew)
    _add_linked(person_clusters, person_items, linked_people)
    _add_linked(character_clusters, character_items, linked_characters)
    _settle_review_parts(person_clusters, person_items, person_keys, reviews)
    _drop_shared_parts(person_clusters, character_clusters)
    shown_people = [_shown(cl) for cl in person_clusters]
    merged_characters: list[MergedCharacter] = []
    character_of_person: dict[int, Counter[str]] = {}
    for ci, cl in enumerate(character_clusters):
        actors = Counter(cluster_of_item[character_actor[i]] for i in cl.members)
        actor = sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        sources = sorted({s for i in cl.members for ss in character_items[i].sources.values() for s in ss})
        name, aliases = _shown(cl)
        merged_characters.append(MergedCharacter(name, aliases, shown_people[actor][0], sources, linked_characters.get(ci, [])))
        character_of_person.setdefault(actor, Counter())[name] += len(cl.members)

    merged_people: list[MergedPerson] = []
    for ci, cl in enumerate(person_clusters):
        role_sources: dict[str, list[str]] = {}
        for i in cl.members:
            for role in person_roles[i]:
                role_sources.setdefault(role, []).append(person_keys[i][0])
        roles = [r for r in ("director", "writer", "composer", "cinematographer", "producer", "actor", "other") if r in role_sources]
        chars = character_of_person.get(ci)
        name, aliases = shown_people[ci]
        merged_people.append(
            MergedPerson(
                name=name,
                roles=roles,
                aliases=aliases,
                sources=sorted({person_keys[i][0] for i in cl.members}),
                role_sources={r: sorted(set(s)) for r, s in role_sources.items()},
                character=sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if chars else None,
                mention_evidence=linked_people.get(ci, []),
            )
        )
    merged_people.sort(key=lambda p: (-len(p.sources), p.name))
    merged_characters.sort(key=lambda c: (-len(c.sources), c.name))
    return merged_people, merged_characters
