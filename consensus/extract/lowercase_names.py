"""Names in reviews written all in lower case ("lee sujin is so good as mirae", Letterboxd and blog style).

The people rules read names by their capitals, so a review that uses none names nobody. In such a
review (`is_lowercase_style`: most sentences open in lower case), `lowercase_mentions` reads runs of
one to four lower-case words that are no English words ("kim dong-wook", "geum-ja", "rimjhim", "maría josé echeverría
lozano"); an English word may open a run only when it is also a family name ("park jihoon", "lee sujin", "bong reyes").
They are returned as unattached mentions: the report links one to a person or character only when it
is a spelling or part of exactly one name the film's other reviews credit (`aggregate.aliases.link_mentions`),
so a lower-case word that names no one is never linked.

The same runs, capitalised (`truecaser`), let the people rules read the review's own credits ("director
huỳnh bảo ngọc", "phan thanh tùng as khang", "music by tamer wahba"): a film whose only review is written
in lower case still has its director and cast, spelled as the review spelled them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consensus.extract.names import GENERATIONS, HONORIFICS, VIETNAMESE_FAMILY_NAMES, fold
from consensus.ingest.shapes import is_common_word
from consensus.models import NameMention

# Given names that are also English words ("grace adebayo", "joy mensah", "teddy ocampo"), allowed to open a lower-case run
# before a word that is none, as such family names are: only those a casual post seldom writes before a name as a word
# (not "guy", "will", "may", "mark", "jack" of `names.GIVEN_NAMES_ALSO_WORDS`: "the old guy shiba").
_GIVEN_NAMES_ALSO_WORDS = frozenset(
    "grace rose joy june april holly ivy lily daisy heather iris olive pearl crystal honey melody jean gene sue carol penny "
    "ruby amber ben bob steve monty woody victor sterling rusty buster buddy sunny ernest patience prudence constance "
    "teddy blessing precious".split())
# Family names that are also English words, allowed to open a lower-case run before a word that is none.
FAMILY_NAMES_ALSO_WORDS = frozenset("park lee song moon young sun bong gong long may hope chan ma ha".split())
# Short family names (Korean Oh, Cantonese Ng and Ho, Chinese Wu, Xu, Yu, Li, Lu, Yi, Ko), too short to be name words
# alone, open a run only before a given name of two syllables ("detective oh soo-min", "ng ka-yan"; not "oh nassar").
_SHORT_FAMILY_NAMES = frozenset("oh ng ho wu xu yu li lu yi ko im".split())
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


SHOUTED_SHARE = 0.6  # of a review's letters, this share in capitals or more: the review is shouted
MIN_SHOUTED_LETTERS = 40
PROSE_WORDS = 8
SHOUT_SAMPLE_SENTENCES = 12
_FIELD_LABEL = re.compile(r"^[^\W\d_][\w /&.-]{0,30}:")


def is_shouted_style(sentences: list[str]) -> bool:
    """Whether the review is written in capitals ("SLAVA IS A MASTERPIECE. DRAGAN PETROVIĆ AS BOJAN ..."): its names
    stand out no more than its verbs, so it is read as a lower-case review is, in lower case (`quietened`)."""
    # (its prose sentences: a page's credit lines in capitals, "DIRECTED BY WONG KA-FAI", shout no review; the letters of
    # its first ones tell: this runs on every review)
    prose = " ".join(s for s in sentences[:SHOUT_SAMPLE_SENTENCES] if len(s.split()) >= PROSE_WORDS and not _FIELD_LABEL.match(s))
    upper = sum(map(str.isupper, prose))
    lower = sum(map(str.islower, prose))  # (letters of scripts without case are neither)
    return upper + lower >= MIN_SHOUTED_LETTERS and upper >= SHOUTED_SHARE * (upper + lower)


def quietened(text: str) -> str:
    """`text` in lower case, letter for letter the same length (a letter whose lower case is longer stays as it is), so a
    name read in it is the review's own spelling at the same place (`spelled_as_written`)."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


_SHOUTED_WORD = re.compile(r"(?<![\w'’-])[^\W\d_a-z]{2,}(?:[-'’][^\W\d_a-z]+)*(?![\w'’-])")


def shouts_quietened(text: str) -> str:
    """A lower-case review with its shouted words in lower case too ("WINTER KIMJANG IS A MASTERPIECE AND YOON MAL-SOON
    SHOULD WIN"), letter for letter the same length; its capitalised words stay (a sentence still opens on one)."""
    return _SHOUTED_WORD.sub(lambda m: quietened(m.group()) if m.group().isupper() else m.group(), text)


def _is_name_word(word: str) -> bool:
    """A lower-case word that can be part of a name: no English or chat word, with a part of three letters or more
    ("ah-wen", not "so-so")."""
    bare = word.replace("’", "'")
    if not bare.islower() or bare in _CHAT_WORDS or len(bare.replace("-", "")) < 3 or "'" in bare:
        return False
    long_parts = [part for part in bare.split("-") if len(part) > 2]
    return bool(long_parts) and not any(is_common_word(part) for part in long_parts)  # not "so-so", "ha-ha"


def _is_syllable_pair(word: str) -> bool:
    """A hyphenated given name of two short, different syllables after a family name ("lee ga-on", "choi seung-woo";
    not "so-so")."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0] != parts[1] and all(
        part.isalpha() and part.islower() and (2 <= len(part) <= 4 or len(part) == 5 and _LONG_SYLLABLE.search(part)) for part in parts
    )


# A romanized syllable of five letters ("seung", "jeong", "chung", "hyeon"), not an English word's part ("drawn-out").
_LONG_SYLLABLE = re.compile(r"ng$|eo|eu|yu|ye|wo|ae|oe")


# Where a short given name alone is read: after "as" or an opening bracket ("park ji-ah as ok-ju", "(mi-ju)").
_AS_A_PART_BEFORE = re.compile(r"(?:\bas|\()\s*$")


def _is_short_given_name(word: str) -> bool:
    """Two short syllables, not both English words: a given name or a character's ("ok-ju", "ji-ah"; not "so-so").
    Alone, a mention only ("wi-fi" has the same shape): the report links it when the film credits the name, and the
    truecaser capitalises it only where a name is due ("as ok-ju")."""
    return _is_syllable_pair(word) and not all(is_common_word(part) for part in word.split("-"))


# Words that end a lower-case Vietnamese name run though short and plain like its syllables ("hoàng long is").
_FUNCTION_WORDS = frozenset(
    "a an the and or but as at by for from in of on to with is are was were be been has had have its it his her "
    "their our my your he she they we i you who that this not no so if plays played said says does did do can will".split()
)


def _is_vietnamese_syllable(word: str) -> bool:
    """A word that can be a syllable of a Vietnamese name: short, one piece, no function word ("long", "bay", "trâm")."""
    return word.isalpha() and len(word) <= 5 and word not in _FUNCTION_WORDS and word not in _CHAT_WORDS


# Credit words before "by" that make a name due after it ("music by tamer wahba"; "by far", "by hope" alone are no credit).
_CREDITED_BY = frozenset(
    "music score scored songs soundtrack directed written script screenplay shot photographed photography cinematography "
    "edited produced composed lensed designed choreographed".split()
)


def _names_due_before(two_before: str, before: str) -> bool:
    """Whether a name is due after `before`: "by" after a credit word ("music by"), or "as" after a name word (a player's
    name, then their part: "el-sayed as am fathy"; not "and as usual", "deafening. as always")."""
    if before == "by":
        return two_before in _CREDITED_BY
    return before == "as" and _is_name_word(two_before)


# Hyphenated words of two short syllables that are no names (most are English words: `_is_short_given_name`).
_SYLLABLE_WORDS = frozenset("wi-fi sci-fi hi-fi lo-fi co-op k-pop j-pop re-up".split())


def _opens_name(sentence: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether word `i` of the sentence (word, start, end) opens a lower-case name: a word that can be part of one, a
    short given name ("da-bi"), two letters with a diacritic where a part is named ("as mỹ"), an English word where a
    name is due before a name word ("music by tamer wahba", `_names_due_before`), a Vietnamese family name ("lê ngọc
    trâm"), or a family name that is also an English word before a name word or two short syllables ("park ji-ah")."""
    word, start, end = words[i]
    if _is_name_word(word):
        return True
    if _is_short_given_name(word) and word not in _SYLLABLE_WORDS:
        return True  # "when da-bi is lying": a mention only, linked if the film credits the name ("wi-fi" never is)
    if (len(word) == 2 and not word.isascii() or _is_syllable_pair(word) and word not in _SYLLABLE_WORDS
            and all(len(part) <= 2 for part in word.split("-"))) and _AS_A_PART_BEFORE.search(sentence[:start]) is not None:
        return True  # "as mỹ", "as ha-na" (two syllables of two letters, English words apart, where a part is named; not "as low-key")
    if (
        1 < i < len(words) - 1 and _names_due_before(words[i - 2][0], words[i - 1][0]) and word.isalpha()
        and word not in _FUNCTION_WORDS and _is_name_word(words[i + 1][0]) and sentence[end : words[i + 1][1]] == " "
        and sentence[words[i - 2][2] : words[i - 1][1]] == " "  # one phrase: not "deafening. as always villeneuve"
    ):
        return True  # "music by tamer wahba", "el-sayed as am fathy": a given name that is also an English word, where a name is due
    if fold(word) in VIETNAMESE_FAMILY_NAMES and i + 1 < len(words) and sentence[end : words[i + 1][1]] == " ":
        after = words[i + 1][0]  # "lê ngọc trâm", "vo thi sau": the family name short, or an English word
        return (not word.isascii() or not after.isascii()) and _is_vietnamese_syllable(after) or _is_name_word(after) and len(word) > 2
    if word not in FAMILY_NAMES_ALSO_WORDS and word not in _SHORT_FAMILY_NAMES and word not in _GIVEN_NAMES_ALSO_WORDS \
            or i + 1 >= len(words):
        return False
    after, after_start, _ = words[i + 1]
    if word in FAMILY_NAMES_ALSO_WORDS or word in _GIVEN_NAMES_ALSO_WORDS:
        fits = _is_syllable_pair(after) or _is_name_word(after)
    else:  # a short family name before two English syllables is a word: "oh well-made", "im mid-way" (for "I'm")
        fits = _is_short_given_name(after)
    return fits and sentence[end:after_start] == " "


# Particles inside a full name, read as part of a lower-case run only between name words ("mona el sherbiny",
# "joão batista dos santos", "khalid bin saleh"), never at its ends.
_INNER_PARTICLES = frozenset("el al bin ibn de del da das dos di du van von".split())


# Particles that follow another inside a name ("van der meer", "van den broeck", "de la cruz", "de los santos").
_SECOND_PARTICLES = frozenset("der den de des la le los las ter ten".split())


def _particle_inside(sentence: str, words: list[tuple[str, int, int]], j: int) -> bool:
    """Word `j` is a name particle between the run's name words: a particle ("van"), or a second one after it ("van der"),
    a name word following one space on, after one more second particle at most ("pieter van der meer")."""
    word = words[j][0]
    if word not in _INNER_PARTICLES and not (j > 0 and words[j - 1][0] in _INNER_PARTICLES and word in _SECOND_PARTICLES):
        return False
    k = j + 1
    if k < len(words) and words[k][0] in _SECOND_PARTICLES and word in _INNER_PARTICLES:
        k += 1
    return k < len(words) and _is_name_word(words[k][0]) and all(
        sentence[words[n][2] : words[n + 1][1]] == " " for n in range(j, k))


def _family_name_before_part(sentence: str, words: list[tuple[str, int, int]], j: int) -> bool:
    """Word `j` is a plain word between a name word and "as" or "plays" ("austin butler as feyd-rautha"): the name's end."""
    if j + 1 >= len(words):
        return False
    word, start, end = words[j]
    return (word.isalpha() and word not in _FUNCTION_WORDS and word not in _NO_FAMILY_NAMES and not word.endswith(_VERB_ENDINGS)
            and words[j + 1][0] in ("as", "plays") and sentence[words[j - 1][2] : start] == " " and sentence[end : words[j + 1][1]] == " ")


# Words between a name and "as" that are no family name: a verb ("kim shines as", "nour returned as"), an adverb or a
# reflexive ("kim again as", "nour herself as").
_VERB_ENDINGS = ("s", "ed", "ing", "ly")
_NO_FAMILY_NAMES = frozenset("again also too herself himself themselves itself now then here there later once still even".split())


def lowercase_mentions(sentences: list[str], known: set[str], limit: int = MAX_LOWERCASE_MENTIONS) -> list[NameMention]:
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
            vietnamese = fold(word) in VIETNAMESE_FAMILY_NAMES
            while j < len(words) and j - i < 4 and sentence[words[j - 1][2] : words[j][1]] == " " and (
                _is_name_word(words[j][0])
                or _particle_inside(sentence, words, j)
                or vietnamese and _is_vietnamese_syllable(words[j][0]) and (j - i < 3 or not is_common_word(words[j][0]))
                or j == i + 1 and (word in FAMILY_NAMES_ALSO_WORDS or word in _SHORT_FAMILY_NAMES or _is_name_word(word))
                and _is_syllable_pair(words[j][0])
            ):
                j += 1
            if j == i + 1 and _is_name_word(word) and _family_name_before_part(sentence, words, j):
                j += 1  # "austin butler as feyd-rautha": a family name that is an English word, right before the part
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
            if len(out) >= limit:
                return out
    return out


def truecaser(sentences: list[str]) -> Callable[[str], str] | None:
    """What capitalises a lower-case review's name runs ("director huỳnh bảo ngọc", "phan thanh tùng as khang" ->
    "Huỳnh Bảo Ngọc", "Phan Thanh Tùng as Khang"), so that the people rules, which read names by their capitals,
    credit them; None when the review has no such run. Letter for letter the same length: a name read in the
    capitalised text is the review's own spelling at the same place (`spelled_as_written`)."""
    runs = {run for m in lowercase_mentions(sentences, set(), limit=10_000) if (run := _without_english_tail(m.name))}
    if not runs:
        return None
    # A full name is capitalised wherever it stands; one word only where a name is due ("as khang", "(mirae)",
    # "director senthilnathan", "plays nour", "maja as lorna", "de smet"): a word the dictionary lacks ("deafening",
    # "harbour") is no name elsewhere.
    full = sorted((run for run in runs if " " in run), key=len, reverse=True)
    single = sorted((run for run in runs if " " not in run), key=len, reverse=True)
    end = r"(?=['’]s\b|[^\w'’-]|$)"
    alternatives = []
    if full:
        alternatives.append(r"(?<![\w'’-])" + _PARTICLES + "(?:" + "|".join(map(re.escape, full)) + ")" + end)
    if single:
        words = "(?:" + "|".join(map(re.escape, single)) + ")"
        alternatives.append(_NAME_DUE + _PARTICLES + words + end)
        alternatives.append(r"(?<![\w'’-])" + _PARTICLE + words + end)  # a particle marks a name: "de smet", "van dijk"
        alternatives.append(r"(?<![\w'’-])" + words + r"(?=\s+(?:as|plays)\s)")  # a player before their part: "maja as lorna"
    pattern = re.compile("|".join(alternatives))
    return lambda text: pattern.sub(lambda m: _capitalised(m.group()), text)


# Where one lower-case word is read as a name: after "as", "plays", "director", a credit's "by", an opening bracket.
_NAME_DUE = (r"(?:(?<=\bas )|(?<=\bplays )|(?<=\bplayed by )|(?<=\bdirector )|(?<=\bdirected by )|(?<=\bmusic by )|"
             r"(?<=\bscore by )|(?<=\bstarring )|(?<=\()|(?<=\( ))")


# Endings of English words the word list has only in their plain form ("spraying", "screamed", "aunties").
_INFLECTIONS = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", ""))
_REPEATS = re.compile(r"(\w)\1{2,}")


def _is_english_form(word: str) -> bool:
    """An English word with an ending ("spraying", "stopped"), or a chat word drawn out ("lmaooo")."""
    if _REPEATS.sub(r"\1", word) in _CHAT_WORDS:
        return True
    for ending, plain in _INFLECTIONS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and (
            is_common_word(stem + plain) or ending in ("ing", "ed") and stem[-1] == stem[-2] and is_common_word(stem[:-1])
        ):
            return True
    return False


def _without_english_tail(run: str) -> str:
    """A lower-case run without the English words that end it ("alade spraying" -> "alade"); "" if all are."""
    words = run.split(" ")
    while words and _is_english_form(words[-1]):
        words.pop()
    return " ".join(words)


# Particles before a family name, capitalised with it ("de smet as griet" -> "De Smet as Griet", one name).
_PARTICLE = r"(?:(?:van|von|de|del|della|di|du|dos|das)\s+(?:(?:der|den|la|le|los|las)\s+)?)"
_PARTICLES = _PARTICLE + "?"


def _capitalised(run: str) -> str:
    """Each word of a run with a capital first letter ("min-ji" -> "Min-ji", "s. murugan" -> "S. Murugan")."""
    return " ".join(word[:1].upper() + word[1:] if len(word[:1].upper()) == 1 else word for word in run.split(" "))


def spelled_as_written(name: str, capitalised: str, written: str) -> str:
    """`name`, read in the `capitalised` text, as the `written` text spells it at the same place."""
    at = capitalised.find(name)
    return written[at : at + len(name)] if at >= 0 else name
