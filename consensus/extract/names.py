"""What a person's or character's name looks like in running text, and keys to compare names.

Two jobs, both language-light and rule-based:

* Shape: `name_after(text)` / `name_before(text)` read the name-shaped run of
  words that starts / ends at a position ("Lee Dong-kyu", "Samir al Masri",
  "T. V. Kurup", "Dr. Farida"), refusing capitalised words that are not names
  (articles, months, countries, credit labels). ALL-CAPS names are title-cased.
* Keys: `name_words()` turns a name into comparable words: accents folded,
  lower-case, hyphens and particles joined ("Hye-won" = "Hye Won" = "Hyewon",
  "Al-Masri" = "al Masri"), and a light romanization table applied
  (eo~u, oo~u, yoo~yu, ee~i, iy~i, ks~x, and Korean initial ch/j, k/g, t/d, p/b),
  so spellings of one name reduce to one key. `aggregate/aliases.py` compares keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from consensus.ingest.shapes import is_common_word

# Lower-case words allowed inside a name ("Samir al Masri", "Ludwig van Beethoven").
PARTICLES = frozenset(
    "al el ibn bin binti bint ben abu van von der den de del della da di do du la le dos das ter ten y bo "
    # Spanish and Filipino articles after "de" or alone ("de los Santos", "Connie dela Paz", "delos Reyes").
    "los las dela delos "
    # Swedish nobility's "af" ("Ulrika af Klercker"), Welsh "ap"/"ab" (son of: "Rhys ap Gwilym"), Malay "binte"
    # (daughter of, Singapore's spelling: "Nurul Huda binte Ismail")
    "af ap ab binte".split()
)
# Generational suffixes: their period is part of the name ("Quirino Abad Jr.").
GENERATIONAL = frozenset({"jr", "sr"})
# A generation closing a name, folded, as one spelling each: "Jr." and "Junior" are one son.
GENERATIONS = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii"}
# Where a name starts, as a regex lookahead: a capital, accented ones too ("Živojin", "Ōta", "Łukasz"); a letter
# of another script passes as well (any letter that is no ASCII or Latin-1 small letter). Not for a pattern compiled
# with re.IGNORECASE, where the class would refuse every Latin letter: there, write it inside `(?-i:...)`.
CAPITAL = r"[^\W\d_a-zß-ÿ]"
NAME_AHEAD = rf"(?={CAPITAL})"
# Abbreviations that end in a period but do not end a name.
# Given names that are also English words ("Grace Kelly", "Guy Green", "Mark Strong"), and words that open a
# character's name: a run opening on one still reads as a name.
GIVEN_NAMES_ALSO_WORDS = frozenset(
    "grace will rose hope joy mark bill frank ray guy pat art bud dean faith june may april august sandy dawn summer "
    "rich chase drew grant hunter lance miles norman penny ruby amber holly ivy lily daisy heather iris olive pearl "
    "crystal honey melody jean gene sue carol kit nick rob jack don ben sky river storm patience prudence constance "
    "grandma grandpa granny uncle aunt auntie mr mrs ms dr bob steve monty woody van von de del della la le st "
    "earnest ernest victor sterling rusty buster buddy sunny".split()
)
# Ranks abbreviated before a name: "Sgt. Alfred", "Capt. Alidos", "Lt. Dan".
RANK_ABBREVIATIONS = frozenset("sgt capt lt col gen insp supt det cpl pvt maj".split())
# Abbreviations a name goes on after ("Dr. Bamford", "Sgt. Alfred"): their period ends no sentence.
ABBREVIATIONS = frozenset("dr mr mrs ms mme st jr sr mx prof".split()) | RANK_ABBREVIATIONS
# Given names abbreviated before another given name: Filipino "Ma." for María ("Ma. Teresa Reyes").
GIVEN_NAME_ABBREVIATIONS = frozenset({"ma"})

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
        "monday tuesday wednesday thursday friday saturday sunday " + _MONTHS + " "
        # Role nouns that open a sentence before a name ("Writer-director Oh Sung-min structures ...").
        "writer-director writer/director director-writer director-screenwriter screenwriter-director filmmaker helmer "
        "co-star newcomer musician voice dir scr wr dp dop scripter co-scripter scribe lenser "
        # Imperatives that open a sentence ("Think of it as X"), and contractions ("the best actor I've seen").
        "think imagine picture consider i've i’ve i'm i’m i'd i’d i'll i’ll "
    ).split()
)
# Credit labels of French, Spanish, Italian, Portuguese and German film pages ("Réalisation: X | Avec A, B"),
# folded: written with their accents, they are still not names.
_LABEL_WORDS = frozenset(
    "realisation realisateur realisatrice scenario musique avec distribution direccion guion reparto musica "
    "fotografia regia sceneggiatura musiche direcao roteiro elenco regie drehbuch kamera musik besetzung".split()
)
_NOT_NAMES = _NOT_NAMES | _LABEL_WORDS
_COUNTRIES = frozenset(
    (
        "america american britain british china chinese england english france french germany german "
        "india indian italy italian japan japanese mexico mexican nigeria nigerian russia russian spain "
        "spanish taiwan taiwanese thailand thai vietnam vietnamese turkey turkish iran iranian egypt "
        "egyptian poland polish ukraine ukrainian canada canadian australia australian brazil brazilian "
        "argentina argentinian argentine seoul tokyo beijing busan lagos mumbai paris london europe "
        # languages a film is shot or dubbed in ("shot in Tamil as Iravu Kaavalan") and demonyms before "actor"
        "tamil telugu malayalam kannada bengali marathi hindi urdu punjabi gujarati cantonese mandarin hokkien "
        "tagalog filipino indonesian malay arabic persian farsi hebrew kurdish armenian georgian greek irish "
        "swahili yoruba igbo hausa zulu xhosa afrikaans chilean peruvian colombian cuban venezuelan "
        "european asia asian africa african k-drama k-pop "
        # Country names that are nobody's given name (not Jordan, Georgia, India, Israel, Chad, Kenya).
        "iceland finland norway sweden denmark netherlands belgium austria switzerland portugal greece hungary romania "
        "bulgaria latvia lithuania estonia slovakia slovenia croatia serbia bosnia albania ukraine belarus moldova "
        "mongolia kazakhstan nepal bangladesh pakistan afghanistan iraq syria lebanon morocco algeria tunisia libya "
        "ethiopia somalia sudan cameroon uganda tanzania zimbabwe zambia angola mozambique peru colombia venezuela "
        "bolivia ecuador uruguay paraguay argentina canada australia singapore malaysia indonesia "
        "philippines cambodia laos myanmar burma "
        # and their peoples' adjectives ("the Scottish DP Fraser McAllister"; not "Danish", a given name in Pakistan)
        "scottish welsh icelandic finnish norwegian swedish dutch belgian austrian swiss portuguese hungarian "
        "romanian bulgarian latvian lithuanian estonian slovak slovenian croatian serbian bosnian albanian belarusian "
        "mongolian kazakh nepali nepalese bangladeshi pakistani afghan iraqi syrian lebanese moroccan algerian tunisian "
        "libyan ethiopian somali sudanese cameroonian ugandan tanzanian kenyan ghanaian senegalese zimbabwean zambian "
        "angolan mozambican bolivian ecuadorian uruguayan paraguayan singaporean malaysian cambodian burmese israeli "
        "palestinian jordanian saudi emirati czech"
    ).split()
)

# Place names of two words whose words are also personal names ("Hong", "Kong"): refused as a pair only.
_TWO_WORD_PLACES = frozenset({("hong", "kong")})

# Name syllables that are also English function words, allowed inside a name when Titlecase.
_NAME_SYLLABLES = frozenset({"an", "so", "no", "do", "my", "than"})
# A Chinese family name that is an English pronoun (He: 何), a name word only right before a one-word given name:
# the pronoun "He" never stands right before a capitalised word that is no English word ("He Jun", not "He Said").
PRONOUN_FAMILY_NAMES = frozenset({"he"})
_PREFIXED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|ben|d|l)[-'’][^\W\d_]", re.UNICODE)


def is_initial(word: str) -> bool:
    """An initial or run-together initials with their periods: "A.", "K.S." (not "U.S.", "L.A." ...)."""
    return bool(_INITIAL.match(word))


def is_prefixed(word: str) -> bool:
    """A lower-case particle joined to a name by a hyphen or apostrophe: "al-Qahtani", "d'Souza"."""
    return bool(_PREFIXED.match(word))

_LEAD_PUNCT = "\"“”‘'«(["
_TRAIL_PUNCT = "\"“”’'»)],;:!?…"
_STOP_AFTER = frozenset(",;:!?…)]\"“”")
_STOP_AFTER_OR_PERIOD = _STOP_AFTER | {"."}
_CAP_WORD = re.compile(r"^[^\W\d_][\w'’.\-\u0300-\u036f]*$")  # combining marks inside a word: Yoruba "Ògúnlànà" in NFD
# "A." and run-together initials "G.V." (not the usual abbreviations "U.S.", "L.A." ...).
# (Also a two-letter initial without a vowel, as South Indian names abbreviate a family or place name: "Ch. Venkata Ramana".)
_INITIAL = re.compile(
    r"^(?!(?:U\.[SKN]|U\.S\.A|E\.U|A\.I|T\.V|P\.S|D\.C|L\.A|N\.Y)\.$)(?:(?:[A-Z]\.){1,3}|(?!(?:Dr|Mr|Ms|St|Jr|Sr|Wr|Mt|Ft|Vs|Rd|Pt|Sq|Bd|Hr|Pr|Nr)\.)[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]\.)$"
)


# Letters NFKD does not decompose into a base letter and marks (Serbo-Croatian đ, Polish ł, Nordic ø,
# Turkish dotless ı, Icelandic ð/þ...): their usual ASCII spelling. Serbian "Dj" (Djordje) is handled by the keys.
_NO_DECOMPOSITION = str.maketrans(
    {"’": "'", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
     "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
     # McCune-Reischauer Korean: its ŏ and ŭ are Revised Romanization's eo and eu ("Sŏ-yŏn" = "Seo-yeon")
     "ŏ": "eo", "Ŏ": "Eo", "ŭ": "eu", "Ŭ": "Eu"}
)
# McCune-Reischauer's mark of an aspirated consonant ("Ch'oe", "T'ae-ho", "P'yo"): no letter of the name.
_ASPIRATION_MARK = re.compile(r"(?<=[chktp])'(?=[aeiouwy])")  # (read on folded, lower-case text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the characters `re` calls \w


def whole_word_starts(word: str, text: str, not_after: str = "") -> list[int]:
    """Where `word` stands in `text` as whole words: no word character (nor one of `not_after`) just before it
    and none just after. The same as `re.finditer(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", text)`, without
    compiling a pattern for every name a review mentions (which cost more than the search)."""
    starts: list[int] = []
    if not word:
        return starts
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else ""
        if (not before or not (_is_word_char(before) or before in not_after)) and (end == len(text) or not _is_word_char(text[end])):
            starts.append(at)
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return starts


def possessive_owners(name: str, sentence: str) -> list[str]:
    """The text before each possessive the sentence writes right before `name` (as whole words), "'s" cut off:
    "Wang Xiaoyu's Lingling is sweet" -> ["Wang Xiaoyu"] for "Lingling". Empty when no possessive comes before it."""
    owners = []
    for at in whole_word_starts(name, sentence):
        before = sentence[:at].rstrip()
        if before.endswith(("'s", "’s")):
            owners.append(before[:-2])
    return owners


@lru_cache(maxsize=32768)
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents removed, letters without a decomposition mapped by hand."""
    if text.isascii():
        return text.lower() if "'" not in text else _ASPIRATION_MARK.sub("", text.lower())  # (the steps below, for ASCII)
    text = text.translate(_NO_DECOMPOSITION)
    text = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _ASPIRATION_MARK.sub("", folded) if "'" in folded else folded


def is_demonym(word: str) -> bool:
    """A country, nationality or language word ("Kannada", "Korean", "Polish")."""
    return fold(word) in _COUNTRIES


# Words of _NOT_NAMES that open compound family names after a given name ("Many Horses", "Two Rivers", "One Feather").
_COMPOUND_FAMILY_OPENERS = frozenset({"many", "two", "one", "three", "four"})


# Cities that are family names too, read as one after a given name ("Jack London", "Fernanda Lagos"; not "London" alone).
_CITIES_ALSO_FAMILY_NAMES = frozenset({"london", "paris", "lagos"})


def _is_name_word(word: str, first: bool) -> bool:
    """One word of a name: capitalised (Hye-won, O'Brien, McKee), an initial (A.), or a particle inside."""
    if _INITIAL.match(word):
        return True
    bare = word.rstrip(".")
    if not bare or not _CAP_WORD.match(bare):
        return False
    if bare[0].islower() and bare.lower() in PARTICLES:
        return not first
    if bare[0].islower() and fold(bare) in HONORIFIC_SUFFIXES:
        return not first  # a title after the name, written lower-case: "Gyula bácsi", "Sharma ji"
    if _PREFIXED.match(bare):
        return True  # al-Zahra, d'Artagnan
    if not bare[0].isupper():
        return False
    low = fold(bare)
    if not first and low in _NAME_SYLLABLES and not bare.isupper():
        return True  # "Pham Van An": a name syllable that is also an English word
    if not first and low in _COMPOUND_FAMILY_OPENERS:
        return True  # Lakota and other compound family names: "Darlene Many Horses", "Daniel Two Rivers"
    if (low in _NOT_NAMES or low in _COUNTRIES and (first or low not in _CITIES_ALSO_FAMILY_NAMES)) and (bare.isascii() or low in _LABEL_WORDS):
        return False  # an accented word is no English word: Vietnamese "Thế" is not "the", Spanish "Germán" not "German"
    if "-" in low and bare.isascii() and all(part.rstrip(".") in _NOT_NAMES for part in low.split("-")):
        return False  # credit labels joined: "Director-producer", "Dir.-scr."
    if word.endswith(".") and low not in ABBREVIATIONS and len(bare) > 1:
        return True  # a name at the end of a sentence; the caller stops after it
    return True


def _without_places(words: list[str]) -> list[str]:
    """The longer side of a two-word place name inside the words ("Hong Kong" in "Hong Kong Lee Seo-jun")."""
    for i in range(len(words) - 1):
        if (fold(words[i]), fold(words[i + 1])) in _TWO_WORD_PLACES:
            before, after = words[:i], words[i + 2 :]
            return _without_places(before if len(before) >= len(after) else after)
    return words


def _tidy(words: list[str]) -> str | None:
    if len(words) > 1:
        words = _without_places(words)
    while words and words[-1] in PARTICLES:
        words.pop()
    while words and words[0] in PARTICLES:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    if name.isupper() and len(name) > 3 and not any(ch.isdigit() for ch in name):
        name = name.title()  # "KIM MIN-JI" -> "Kim Min-Ji" (not a stage name with digits: "MC5ive" stays)
        if "'" in name or "’" in name:
            name = _APOSTROPHE_ENDING.sub(lambda m: m.group(0).lower(), name)  # "O'Connor", but "Craven's", not "Craven'S"
    return name


_APOSTROPHE_ENDING = re.compile(r"(?<=['’])[A-Z]\b")


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)], True
    return word, False


# ng' (ŋ) ending a word in Luo, Swahili and Kikuyu spelling ("Achieng'", "Oding'"): its apostrophe is a letter.
_NG_APOSTROPHE = ("ng'", "ng’")


@lru_cache(maxsize=16384)
def _token_after(raw: str, first: bool) -> tuple[str | None, bool]:
    """One whitespace-separated token read by `name_after`: (the name word, or None to stop before it; stop after it)."""
    word = raw.lstrip(_LEAD_PUNCT) if first else raw
    if not first and word[:1] in _LEAD_PUNCT:
        return None, True
    if word.endswith(_NG_APOSTROPHE) and _is_name_word(word, first=first):
        return word, False  # "Achieng' Odhiambo": East African ng' is a letter, not a closing quote
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
    # At most max_words words are read, lower-case particles not counted ("Ana Sofía de la Garza Treviño" is five):
    # split off only those (str.split's whitespace is \s; the rest stays one piece, never read).
    raws = text.split(None, max(1, max_words + _MAX_PARTICLES))
    for i, raw in enumerate(raws[: max(1, max_words + _MAX_PARTICLES)]):
        if i == 0 and len(raws) > 1 and _name_opening_word(word := raw.lstrip(_LEAD_PUNCT), raws[1]):
            words.append(word)  # "He Lei", "Ma. Teresa"
            continue
        core, stop = _token_after(raw, i == 0 and not _syllable_before_syllable_name(raws))
        if core is None:
            break
        words.append(core)
        if stop or _counted(words) >= max_words:
            break
    return _tidy(words)


_MAX_PARTICLES = 3  # lower-case particles a name may hold beyond its counted words ("de la", "van der")


def _counted(words: list[str]) -> int:
    """The words of a name that count toward its length: lower-case particles do not."""
    return sum(1 for w in words if w not in PARTICLES)


def _syllable_before_syllable_name(raws: list[str]) -> bool:
    """The first word is a family name that is also an English word ("So", "An", "Do", "No") before a hyphenated
    syllable given name: "So Mei-kuen", "An Ji-woo" (Chinese, Korean, Vietnamese family names)."""
    if len(raws) < 2 or fold(raws[0]) not in _NAME_SYLLABLES or not raws[0][:1].isupper() or raws[0].isupper():
        return False
    given = raws[1].rstrip(_TRAIL_PUNCT + ".")
    return bool(_SYLLABLE_NAME.match(given))


def _name_opening_word(word: str, given: str) -> bool:
    """`word` opens a name before `given` though alone it reads as no name word: "He" of "He Lei", "Ma." of "Ma. Teresa",
    the Balinese "I" of "I Wayan Sudarsana", "I Gusti Ayu Ratih" (before a birth-order name or a caste title)."""
    if word == "I":
        return fold(given.rstrip(_TRAIL_PUNCT)) in _BALINESE_AFTER_I
    return pronoun_family_name(word, given) or _abbreviated_given_name(word, given)


# Balinese birth-order names and titles that follow the male prefix "I" ("Made" is left out: "I Made" is as often English).
_BALINESE_AFTER_I = frozenset("wayan nyoman ketut putu kadek komang gede gusti nengah".split())


def _abbreviated_given_name(word: str, given: str) -> bool:
    """`word` is an abbreviated given name with its period (`GIVEN_NAME_ABBREVIATIONS`: "Ma.") before `given`, a
    capitalised given name ("Ma. Teresa")."""
    if not (word[:1].isupper() and word.endswith(".") and fold(word[:-1]) in GIVEN_NAME_ABBREVIATIONS):
        return False
    given = given.rstrip(_TRAIL_PUNCT + ".")
    return given[:1].isupper() and given[1:2].islower() and _is_name_word(given, first=False)


def pronoun_family_name(word: str, given: str) -> bool:
    """`word` is a family name that is also an English pronoun ("He") and `given` (the next word, read as a name
    word) a one-word given name: capitalised letters that are no everyday English word ("He Jun", "He Lei"; not
    "He Said", "He Will"), or a hyphenated syllable name ("He Mei-ling")."""
    if word != word.title() or fold(word) not in PRONOUN_FAMILY_NAMES:
        return False
    given, _ = _strip_possessive(given.rstrip(_TRAIL_PUNCT + "."))
    if _SYLLABLE_NAME.match(given):
        return True
    return given.isalpha() and given[:1].isupper() and given[1:].islower() and not is_common_word(given)


# A hyphenated syllable given name: "Mei-kuen", "Ji-woo" (capitalised, a hyphen between two short syllables).
_SYLLABLE_NAME = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")


@lru_cache(maxsize=16384)
def _token_before(raw: str, last: bool) -> tuple[str | None, bool]:
    """One token read by `name_before`, from the end: (the name word, or None to stop before it; stop after it)."""
    if not last and raw[-1:] in _STOP_AFTER_OR_PERIOD and not _INITIAL.match(raw) and fold(raw.rstrip(".")) not in ABBREVIATIONS:
        return None, True
    if not last and raw.endswith(_NG_APOSTROPHE) and _is_name_word(raw, first=False):
        return raw, False  # "Achieng' Odhiambo": ng' is a letter
    core = raw.strip(_LEAD_PUNCT + _TRAIL_PUNCT) if last else raw.lstrip(_LEAD_PUNCT)
    core, possessive = _strip_possessive(core)
    if possessive and not last:
        return None, True  # "Kim's Convenience Store": a possessive ends a name, the words after it are not its
    if last and not _INITIAL.match(core) and fold(core[:-1]) not in GENERATIONAL:
        core = core.rstrip(".")
    if not core or not _is_name_word(core, first=False):
        return None, True
    return core, raw[:1] in _LEAD_PUNCT


def name_before(text: str, max_words: int = 5) -> str | None:
    """The name-shaped run of words at the end of `text`, or None."""
    # At most max_words words are read from the end, lower-case particles not counted: split off only those.
    found = text.rsplit(None, max(1, max_words + _MAX_PARTICLES))
    words: list[str] = []
    for i, raw in enumerate(reversed(found[-max(1, max_words + _MAX_PARTICLES) :])):
        core, stop = _token_before(raw, i == 0)
        if core is None and words:
            word = raw.lstrip(_LEAD_PUNCT)
            if len(words) == 1 and pronoun_family_name(word, words[0]) or len(words) >= 2 and _abbreviated_given_name(word, words[0]) \
                    or word == "I" and len(words) >= 2 and _name_opening_word(word, words[0]):
                core, stop = word, True  # "and He Lei", "and Ma. Teresa Reyes", "and I Wayan Sudarsana"
        if core is None:
            break
        words.insert(0, core)
        if stop or _counted(words) >= max_words:
            break
    return _tidy(words)


# Korean forms of address, written before or after a name ("Ahjumma Oh", "Halmeoni Kim", "Bok-soon halmeoni",
# "Ji-hye unnie", "Min-ho hyung"); kinship words, like "Uncle" (`aggregate.aliases.KINSHIP_TITLES`).
KOREAN_ADDRESS = frozenset(
    "ahjumma ajumma ahjussi ajusshi ajeossi halmeoni halmoni harabeoji samchon unnie eonni oppa hyung hyeong noona nuna".split()
)
# Titles and honorifics: part of a character's name, never a name on their own.
HONORIFICS = frozenset(
    "mr mrs ms miss dr doctor father mother sister brother uncle aunt auntie grandma grandpa colonel captain "
    "general major sergeant lieutenant detective officer inspector agent professor prof lady lord sir madam "
    "king queen prince princess sor don dona senor senora alhaji alhaja chief judge mister master "
    # Religious titles, polite titles (Polish pani, German frau/herr, French, Italian), and family titles used
    # as forms of address in many languages (German and Dutch oma/opa, Italian nonna,
    # Portuguese dona/senhor/tia, Spanish tía/abuela, Hausa malam, Malay/Indonesian pak/bu, Batak inang/amang).
    "pastor reverend rev imam sheikh haji hajiya hadj hadja hajj hajja malam mallam nonna nonno senhor senhora tia tio abuela abuelo "
    "granny nana pak bu ibu bapak inang amang pani frau herr monsieur mademoiselle signora signor oma opa "
    # The Chinese familiar prefix 阿 (Mandarin, Cantonese, Hokkien "Ah Kuen"); never a surname, unlike 小 Xiao or 老 Lao
    # (nor is their English "Old": "Old Zhao" is the elder of the Zhaos, whichever Zhao it is). Forms of address for a
    # teacher, a master (Urdu/Hindi ustad), a director (Filipino direk), a man (Portuguese seu: "Seu Chico"), and
    # parents' titles used for elders (Mama, Baba, Papa); Greek kyria/kyrios (Mrs./Mr.: "Kyria Eleni").
    "ah teacher ustad direk seu mama baba papa kyria kyrios "
    # a conductor's or composer's title of respect (Italian, Spanish, Portuguese: "Maestro Rangel's music")
    "maestro maestra "
    # Thai khun (Mr./Ms.) and Burmese daw (Mrs., for an older woman: "Daw Khin Than Nu"); Korean forms of address
    # before a family or given name (`KOREAN_ADDRESS`, and sunbae/seonbae, a senior colleague).
    "khun daw sunbae seonbae "
    # Filipino forms of address: mang and aling (an older man, woman: "Mang Ising"), manong and manang, and the
    # kinship words kuya (elder brother) and lolo (grandfather); not lola, tito and tita, given names too ("Lola Kirke").
    "mang aling manong manang kuya lolo".split()
) | KOREAN_ADDRESS
# Parents' titles that are also given or family names (Senegalese "Papa", Yoruba and Hausa "Baba", Akan "Nana";
# "Kofi Baba", "Nana Mensah"): one of them is a name, not a title, when it is the whole name or the family name.
TITLES_ALSO_NAMES = frozenset("mama baba papa nana".split())
# Titles written after the name: Japanese -san, -sama, -kun, -chan, -sensei, -senpai, -dono, -oyakata (a sumo
# stablemaster), Korean -ssi, -nim, Hindi/Urdu -ji, sahib/saheb, Hungarian bácsi/néni (uncle/aunt after a given
# name), Persian khanum/khanom ("lady", after a woman's given name), as a word of their own ("Gyula bácsi", "Malik
# Sahib", "Parvin khanum") or joined by a hyphen ("Shimada-oyakata", "Parvin-khanum"); Turkish bey, hanım and
# efendi after a given name ("Selim Bey", "Ayşe Hanım"), usta ("master", of a craftsman: "Kemal Usta"), hoca (teacher:
# "Kemal Hoca") and the family words abla, abi, teyze, amca (elder sister, elder brother, aunt, uncle); Bengali -da and
# -di (elder brother, elder sister: "Tarun-da", "Mitali-di"), joined by a hyphen, and Bengali kinship words after a
# given name (mashi, pishi: aunts; kaku, jethu: uncles; boudi: elder brother's wife: "Tuku-mashi", "Rina boudi"); Korean
# forms of address after a given name (`KOREAN_ADDRESS`, imo: aunt, sunbae/seonbae).
HONORIFIC_SUFFIXES = frozenset(
    "san sama kun chan sensei senpai dono oyakata ssi nim ji sahib saheb sahab bacsi neni khanum khanom khanoum "
    "bey hanim efendi usta hoca hocam abla abi teyze amca da di mashi pishi kaku jethu boudi imo sunbae seonbae".split()
) | KOREAN_ADDRESS


# Where a lower-case name word may start anywhere in a text: a prefixed word ("al-Zahra", "d'Souza", `_PREFIXED`
# not anchored) or a title written after a name ("Sharma ji", `HONORIFIC_SUFFIXES`). Used by `may_hold_name`.
_PREFIXED_ANYWHERE = re.compile(r"(?<!\w)" + _PREFIXED.pattern.removeprefix("^"))
_SUFFIX_WORD = re.compile(r"\b(?:" + "|".join(sorted(HONORIFIC_SUFFIXES)) + r")\b")


def may_hold_name(text: str) -> bool:
    """Whether `name_after` or `name_before` may read a name anywhere in `text`; False only when they cannot.

    A name holds a name word that is not a particle: a capitalised word or an initial, or one of the
    lower-case name words (a prefixed word, a title after a name). Checked for ASCII text whose words
    after the first are all lower-case and whose first word is letters only: then the first word reads
    the same wherever a rule starts (`name_after` / `name_before` of it alone tell whether it is a name
    word), and the lower-case ones are found by `_PREFIXED_ANYWHERE` and `_SUFFIX_WORD`. Any other text
    may hold a name. Lets a caller skip the many sentences that name no one ("The plot is thin.").
    Kept in step with `_is_name_word`: a new lower-case name word there must be found here too.
    """
    if not text.isascii():
        return True
    parts = text.split(None, 1)
    if len(parts) < 2 or not parts[1].islower() or not parts[0].isalpha():
        return True
    if name_after(parts[0]) is not None or name_before(parts[0]) is not None:
        return True
    return bool(_PREFIXED_ANYWHERE.search(text) or _SUFFIX_WORD.search(text))


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

# The familiar prefix 阿 joined to a one-word name ("Ah-Kuen", "A-Lan"), as `romanize` spells it: the rest is the name.
FAMILIAR_PREFIXES = frozenset({"a"})

# Romanization equivalence: each syllable (a hyphen-free piece of a word) is rewritten so that the
# usual spellings of one sound meet. The rules are ordered and each runs only when the text it needs
# is in the syllable (`str` tests are much cheaper than regex calls). Sources of the logic:
# * Korean (Revised Romanization vs McCune-Reischauer vs popular spellings): eo/u (Jeon/Jun),
#   oo/u (Yoo/Yu), the syllable woo/wu/u (Hyun-woo/Hyeon-u), ee/i (Jee/Ji), and voicing ch/j, k/g, t/d, p/b (Chung/Jung, Kyu/Gyu, Park/Bak).
# * Chinese (Wade-Giles vs pinyin), at syllable start: ch/zh/j (Chou/Zhou, Chia/Jia), hs/x (Hsu/Xu),
#   ts/c (Tsai/Cai); k/g, t/d, p/b as above; Wade -eh is pinyin -e (Hsieh/Xie), -ien -ian (Hsien/Xian), yen yan, i yi.
# * Japanese long vowels: macrons fold away (Ōno = Ono) and "oh" before a consonant is the same ō (Ohno);
#   likewise a silent h after any vowel and before a consonant (not w or y, which start a syllable: Do-hyun = Dohyun) or the end (Korean -ah, Wade -eh).
# * Slavic transliteration (Russian/Ukrainian via English, French, German habits): ks/x
#   (Aleksandr/Alexandr), ou/u (Kouznetsov/Kuznetsov), y/i after a consonant (Ilya/Ilia, Dmitry/Dmitri,
#   Kateryna/Katerina), -iy/-i (Dmitriy), -iya/-ia (Yuliya/Yulia), Ukrainian -ii/-iy (Andrii/Andriy),
#   initial ye/e (Yevgeny/Evgeny), Ukrainian h for Russian g after
#   l or r before a vowel (Olha/Olga, Serhiy/Sergiy: an extra key of `full_keys`, not a rewrite, because lh and rh
#   join syllables elsewhere: Persian Amirhossein = Amir-Hossein, Korean Chulho = Chul-ho); Serbo-Croatian đ written dj (Đorđe/Djordje, đ already folded to d).
# * Arabic given names: the vowels of Muhammad vary (Mohammed, Mohamed, Muhammad, Mohamad), and
#   "Abd" + article is written Abdel, Abdul, Abdal or Abd al- (the article is dropped after "abd").
# * Russian ё after a consonant, written yo or e (Kovalyov/Kovalev, Pyotr/Petr); Arabic ق written q or k
#   (Sadiq/Sadik; not before i or u, where q is pinyin's); Greek γι before a vowel written gi or y (Giorgos/Yorgos).
# * Any language: a doubled letter is one letter (Youssef/Yousef, Abdallah/Abdalah).
# * Basque and Catalan tx, written ch in Spanish (Etxeberria/Echeverría, Txema/Chema); with rule 2 of
#   aggregate/aliases.py (one letter apart in a long word) the Basque k for c and b for v follow.
# Two full names merge only when every syllable meets, so one rule never merges two different people
# who differ elsewhere.
_Rule = tuple[str, "re.Pattern[str]", object]  # (text the rule needs, pattern, replacement)
_INITIAL_RULES: list[_Rule] = [  # at syllable start; at most one applies
    ("zh", re.compile(r"^zh"), "j"),
    ("hs", re.compile(r"^hs"), "x"),
    ("ts", re.compile(r"^ts"), "c"),
    ("yen", re.compile(r"^yen$"), "yan"),  # a Wade-Giles syllable (Hsiao-yen/Xiaoyan), before Russian ye below
    ("ye", re.compile(r"^ye(?!o)"), "e"),
    ("gi", re.compile(r"^gi(?=[aeou])"), "y"),  # Greek γι: Giorgos/Yorgos, Giannis/Yannis
]
_ROMAN_RULES: list[_Rule] = [
    # Voicing anywhere in the syllable, not only at its start: "Dong-kyu" and "Dongkyu" are one word,
    # and a syllable boundary inside an unhyphenated word cannot be seen.
    ("tx", re.compile(r"tx"), "ch"),  # Basque and Catalan tx is Spanish ch: Etxeberria/Echeverría, Goikoetxea/Goicoechea
    ("q", re.compile(r"q(?![iu])"), "k"),  # Arabic ق: Sadiq/Sadik, Tariq/Tarik, Qasim/Kasim (not pinyin qi/qu)
    ("ks", re.compile(r"ksh?"), "x"),  # and Indian ksh/x (Lakshmi/Laxmi)
    ("", re.compile(r"ch|k(?!h)|t(?![hs])|p(?!h)"), lambda m: _VOICED[m.group()]),  # one pass: ch/j k/g t/d p/b
    ("yoo", re.compile(r"yoo"), "yu"),
    ("oo", re.compile(r"oo"), "u"),
    ("wu", re.compile(r"^wu$"), "u"),  # Korean 우 written u (Revised) or woo/wu (popular): Hyeon-u/Hyun-woo
    ("eo", re.compile(r"eo"), "u"),
    ("yo", re.compile(r"(?<=[^aeiouy])yo"), "e"),  # Russian ё after a consonant: Kovalyov/Kovalev, Fyodor/Fedor
    ("ee", re.compile(r"ee"), "i"),
    ("iy", re.compile(r"iy(?![aeiou])"), "i"),
    ("iya", re.compile(r"iya"), "ia"),  # Russian -ия written -iya or -ia: Yuliya/Yulia, Mariya/Maria
    ("ii", re.compile(r"ii$"), "i"),  # Ukrainian -ий written -ii (the 2010 national system) or -iy: Andrii/Andriy
    ("ou", re.compile(r"ou"), "u"),
    ("h", re.compile(r"(?<=[aeiou])h(?![aeiouwy])"), ""),  # a silent h after a vowel: Ohno, Ha-ah, Hsieh
    ("dj", re.compile(r"dj"), "d"),
    ("y", re.compile(r"(?<=[^aeiouy])y"), "i"),
    ("iev", re.compile(r"(?<=[^aeiouy])iev"), "ev"),  # Russian ьев written -iev or -yev (after y -> i): Vorobiev/Vorobyov
    # Wade-Giles -ien, yen and a syllable i alone are pinyin -ian, yan, yi: Hsiao-hsien/Xiaoxian, Hsiao-yen/Xiaoyan, I-ting/Yiting
    ("ien", re.compile(r"(?<=[^aeiouy])ien$"), "ian"),
    ("i", re.compile(r"^i$"), "yi"),
]
_VOICED = {"ch": "j", "k": "g", "t": "d", "p": "b"}
_DOUBLE = re.compile(r"([^aeiou])\1")  # doubled vowels are the rules' business (ee, oo)
_MUHAMMAD = re.compile(r"^m[ou]h[ae]m[ae]d(?=$|[a-z]{3})")  # alone, or opening a Persian compound: Mohammadreza
_ABD = re.compile(r"^abd(?:[aeiou]l)?")
_ABD_ASSIMILATED = re.compile(r"^abd[aeiou]ll")

# Whole one-syllable words (family names, mostly Korean) whose spellings no letter rule joins:
# 이 Lee/Yi/Rhee/Rhie/Ri/Li/I, 박 Park/Pak/Bak/Bahk, 전 Jeon/Jun/Chun/Chon, 최 Choi/Choe/Chwe,
# 오 Oh/O, 노 Noh/Roh/No/Ro, 임 Lim/Im/Rim, 서 Seo/Suh, 백 Baek/Paek/Paik, 안 Ahn/An, 신 Shin/Sin;
# the Russian, Polish and Czech Пётр Pyotr/Piotr/Petr;
# and Arabic given names whose vowels the English and French transcriptions write differently
# (يوسف Yusuf/Youssef/Yousef/Yousif, عثمان Uthman/Othman/Osman/Usman, مهدی Mehdi/Mahdi; Malay Mohd and Muhd
# abbreviate Muhammad), as whole words only.
# Each maps to one spelling of its class, which then goes through the rules like any syllable.
_WORD_CLASSES: dict[str, str] = {
    spelling: classes.split()[0]
    for classes in ("lee yi rhee rhie ri rhi li i yee", "park pak bak bahk", "jeon jun chun chon",
                    "choi choe chwe", "oh o", "noh roh no ro", "lim im rim", "seo suh", "baek paek paik baik", "ahn an", "shin sin",
                    "pyotr piotr petr",
                    "yusuf youssef yousef yusef yousif yusif youssif", "mehdi mahdi", "muhammad mohd muhd",
                    "uthman othman osman usman", "leila leyla layla laila")
    for spelling in classes.split()
}


@lru_cache(maxsize=32768)
def romanize(syllable: str) -> str:
    """One folded syllable reduced by the romanization-equivalence rules above."""
    s = syllable
    if s.startswith("abd") and _ABD_ASSIMILATED.match(s):
        s = "abd" + s[5:]  # "Abdellateef" = "Abdel-Lateef": the article's l before the name's l is not a double letter
    if len(s) > 2 and _DOUBLE.search(s):  # first, so that a double a rule makes stays ("Dongkyu" -> "donggiu")
        s = _DOUBLE.sub(lambda m: m.group(1), s)  # a function: re expands "\\1" templates slowly
    for needs, rule, repl in _INITIAL_RULES:
        if s.startswith(needs):
            s = rule.sub(repl, s)  # type: ignore[arg-type]
            break
    for needs, rule, repl in _ROMAN_RULES:
        if needs in s:
            s = rule.sub(repl, s)  # type: ignore[arg-type]
    if s.startswith("m") and (muhammad := _MUHAMMAD.match(s)):
        return "muhamad" + s[muhammad.end():]
    if s.startswith("abd"):
        s = _ABD.sub("abd", s)
    return s


@lru_cache(maxsize=32768)
def romanize_word(word: str) -> str:
    """A whole hyphen-free folded word: its class spelling if it has one, then `romanize`."""
    return romanize(_WORD_CLASSES.get(word, word))


SYLLABLE_BREAK = re.compile(r"[-']")
# The most common Vietnamese family names, folded (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ,
# Ngô, Dương, Lý ... cover most of the population); the family name comes first.
VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh luong truong trinh doan lam mai cao "
    "chau kieu ta".split()
)
ARTICLES = frozenset({"al", "el", "ul"})  # the Arabic article, as a syllable of its own


@lru_cache(maxsize=16384)
def word_tokens(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The tokens of one space-free word as `name_words` reads them: (folded token, its normalized syllables).

    Folding works character by character, so a name's tokens are its words' tokens
    in order; caching them per word makes new multi-word names cheap.
    """
    tokens = []
    for raw in fold(word).replace(".", " ").split():
        if "-" in raw or "'" in raw:
            sylls = tuple(r for r in (romanize(s) for s in SYLLABLE_BREAK.split(raw) if s) if r)
        else:
            sylls = (romanize_word(raw),) if raw else ()
        tokens.append((raw, sylls))
    return tuple(tokens)


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[tuple[str, ...], ...]:
    """A name as words of normalized syllables: 'Karim al-Rashid' -> (('karim',), ('al', 'rashid')).

    Particles join the following word; hyphens split syllables inside a word. Arabic "Abd"
    (Abd, Abdel, Abdul) joins the following word too, without its article: "Abd al-Hamid" =
    "Abdel Hamid" = "Abdelhamid".
    """
    words: list[list[str]] = []
    pending: list[str] = []
    written = name.split()
    if len(written) > 1 and not name.isupper():
        written = [_spread_initials(w) for w in written]
    tokens = [token for word in written for token in word_tokens(word)]
    # A Vietnamese name of three words or more has no particles: "Do Van Quang", "Le Thi Hoa" ("Van", "Le" are names).
    vietnamese = len(tokens) >= 3 and tokens[0][0] in VIETNAMESE_FAMILY_NAMES
    for raw, sylls in tokens:
        if not sylls:
            continue
        if pending and pending[-1] == "abd" and len(sylls) > 1 and sylls[0] in ARTICLES:
            sylls = sylls[1:]
        if len(sylls) == 1 and (raw in PARTICLES and not vietnamese or sylls[0] == "abd") and raw not in ABBREVIATIONS:
            pending += sylls
            continue
        words.append(pending + list(sylls))
        pending = []
    if pending and words:  # a "particle" ending a name is a name word of its own ("Zhou Bo", "Li Da"); "abd" joins
        if len(pending) == 1 and pending[0] != "abd":
            words.append(pending)
        else:
            words[-1] += pending
    return tuple(tuple(w) for w in words)


# Initials run together without periods ("KS Ravikumaran", "GV Prakash"): two or three capitals and no vowel, in a
# name not written all in capitals ("LI Na", "HO Wing-sze" write family names so). "NG" is a syllable (Cantonese Ng).
_RUN_TOGETHER_INITIALS = re.compile(r"^[B-DF-HJ-NP-TV-Z]{2,3}$")


def _spread_initials(word: str) -> str:
    """A word of run-together initials with its periods ("KS" -> "K.S."), read as "K. S." is; any other word as is."""
    if not _RUN_TOGETHER_INITIALS.match(word) or word == "NG":
        return word
    return "".join(f"{letter}." for letter in word)


@lru_cache(maxsize=16384)
def word_keys(name: str) -> tuple[str, ...]:
    """Each word joined: 'Jeon Hye-won' -> ('jun', 'hiewon')."""
    return tuple("".join(w) for w in name_words(name))


@lru_cache(maxsize=16384)
def syllables(name: str) -> tuple[str, ...]:
    return tuple(s for w in name_words(name) for s in w)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=16384)
def full_keys(name: str) -> frozenset[str]:
    """Joined keys of the name in its written order and with the family name moved to the other end.

    A name written with German umlauts also has the keys of its ae/oe/ue spelling
    ("Jörg Köhler" = "Joerg Koehler"; "Jorg Kohler" matches the plain keys).
    """
    words = word_keys(name)
    if not words:
        return frozenset()
    keys = _in_both_orders(words)
    if not name.isascii() and (spelled := name.translate(_UMLAUTS)) != name:
        keys |= full_keys(spelled)
    if ("dj" in (low := fold(name)) or "tj" in low or "oe" in low) and (modern := _old_indonesian(name)) != name:
        keys |= full_keys(modern)  # Djoko Santoso = Joko Santoso, Soeharto = Suharto
    if "-" in name and (unhyphenated := _HYPHEN_IN_WORD.sub("", name)) != name:
        keys |= full_keys(unhyphenated)  # the syllables run together: "Chih-wei" = "Chihwei", "Ahmadi-Nejad" = "Ahmadinejad"
    for pattern, spelling, needs in _OTHER_SPELLINGS:
        if any(piece in name for piece in needs) and (other := pattern.sub(spelling, name)) != name:
            keys |= full_keys(other)
    if len(words) > 1 and (readings := wade_giles_readings(name)):
        for reading in readings:  # Hsu Chien-hung = Xu Jianhong, Tseng Shu-fen = Zeng Shufen
            keys |= _in_both_orders(word_keys(reading))
    if len(words) > 1 and (readings := mandarin_readings(name)):
        for reading in readings:  # Wong Chi-keung = Huang Zhiqiang, Chan Ka-ming = Chen Jiaming (no reading read again)
            keys |= _in_both_orders(word_keys(reading))
    if any(len(w) >= _THAI_WORD for w in words) and _THAI_PIECES.search(low) and (thai := _thai_spelling(name)) != name:
        keys |= full_keys(thai)  # Apichart Wongsakulchai = Aphichat Wongsakunchai, Chartchai = Chatchai, Natthaphong = Nattapong
    if any("lh" in w or "rh" in w for w in words):  # Ukrainian h for Russian g, inside a word: Olha = Olga (see the rules above)
        keys |= _in_both_orders(tuple(_UKRAINIAN_H.sub("g", w) for w in words))
    if (somali := somali_reading(name)) is not None:  # Xasan Cabdi = Hassan Abdi, Maxamed Yuusuf = Mohamed Yusuf
        keys |= _in_both_orders(word_keys(somali))
    return frozenset(keys)


# Somali names in the national orthography and in English spellings: x writes ḥ (Xasan = Hassan), c the ʿayn (Cabdi =
# Abdi, Cali = Ali, Sacdiya = Sadia), doubled vowels long ones (Xaawo = Hawo, Yuusuf = Yusuf); Maxamed is Mohamed. Read
# (`somali_reading`) only in a name with an x beside a vowel or one of the commonest names written with the c (a doubled
# vowel is no mark: Turkish writes Kaan, Finnish Kaarina).
_SOMALI_MARK = re.compile(r"[aeiou]x|x[aeiou]|(?:^|\s)(?:cabd|cali\b|cumar|cismaan|ciise|caasha|cawo\b|cawil)")
_SOMALI_MUHAMMAD = re.compile(r"^max[ae]m[ae]d$")
_SOMALI_AYN = re.compile(r"^c(?=[aiu])|(?<=[aeiou])c(?=[^aeiouh])")
_SOMALI_LONG_VOWEL = re.compile(r"([aeiou])\1")


@lru_cache(maxsize=16384)
def somali_reading(name: str) -> str | None:
    """The English spelling of a name written in Somali orthography (folded: "Xasan Cabdi" -> "hasan abdi"), or None for
    a name with no mark of it (`_SOMALI_MARK`) or one the reading leaves as it is."""
    low = fold(name)
    if not _SOMALI_MARK.search(low):
        return None
    words = []
    for word in low.split():
        word = _SOMALI_MUHAMMAD.sub("mohamed", word).replace("x", "h")
        words.append(_SOMALI_LONG_VOWEL.sub(r"\1", _SOMALI_AYN.sub("", word)))
    reading = " ".join(words)
    return reading if reading != low else None


def _in_both_orders(words: tuple[str, ...]) -> set[str]:
    """A name's word keys joined as written and with the family name moved to the other end."""
    keys = {"".join(words)}
    if len(words) > 1:
        keys.add("".join(words[1:] + words[:1]))
        keys.add("".join(words[-1:] + words[:-1]))
    return keys


# Spellings one transcription habit writes for another, kept as extra keys of the name written the first way (not
# rewrites; for the letters, never from the plain spelling, which other languages use: Moussa, Kaan, Lou): a Japanese ō also
# written ou (Shō = Shou, and Shō = Sho by folding), a Danish or Norwegian å written aa (Pål = Paal), and German or
# Polish J for Russian Ю before l or r (Julia = Yulia, Juri = Yuri); pinyin ü typed yu or v (Lü = Lyu = Lv).
_GENDER_MIDDLE_NAMES = frozenset({"thi", "van"})  # Vietnamese: Thị for a woman, Văn for a man


def _vietnamese_family_name(word: str) -> bool:
    """A Vietnamese family name written as a name is (`VIETNAMESE_FAMILY_NAMES`): "Nguyễn", "Tran" (not "TRAN", "tran")."""
    return word[:1].isupper() and word[1:].islower() and fold(word) in VIETNAMESE_FAMILY_NAMES


def gender_middle_names_differ(a: str, b: str) -> bool:
    """Two Vietnamese names with different gender middle names (Nguyễn Văn Minh, Nguyễn Thị Minh): a brother and a sister,
    whatever the keys the spelling without the middle name gives them."""
    middles = []
    for name in (a, b):
        words = fold(name).split()
        middles.append(words[1] if len(words) >= 3 and words[1] in _GENDER_MIDDLE_NAMES else None)
    return None not in middles and middles[0] != middles[1]


# Hong Kong (Cantonese) romanizations of the syllables of Chinese names and the Mandarin (pinyin) readings of the usual
# characters behind them, so that one person credited both ways meets: 黃志強 Wong Chi-keung = Huang Zhiqiang, 陳嘉明 Chan
# Ka-ming = Chen Jiaming, 張詠詩 Cheung Wing-sze = Zhang Yongshi. A syllable may stand for several characters, hence several
# readings; a name is read only when its family name and every given syllable are in the tables.
def _readings_table(*entries: str) -> dict[str, tuple[str, ...]]:
    """ "syllable:reading/reading ..." entries as a table, the readings of a syllable listed twice joined."""
    table: dict[str, tuple[str, ...]] = {}
    for pair in " ".join(entries).split():
        syllable, readings = pair.split(":")
        table[syllable] = tuple(dict.fromkeys((*table.get(syllable, ()), *readings.split("/"))))
    return table


_CANTONESE_FAMILY_NAMES = _readings_table(
    "chan:chen wong:huang/wang cheung:zhang lau:liu leung:liang ng:wu ho:he lam:lin tse:xie tang:deng chow:zhou yip:ye "
    "kwok:guo lo:luo/lu yeung:yang chu:zhu siu:xiao kwan:guan/jun mak:mai cheng:zheng tsang:zeng fung:feng law:luo tam:tan "
    "tsui:xu/cui hui:xu/hui choi:cai yuen:yuan au:ou mok:mo ma:ma lai:li/lai sin:xian so:su tong:tang poon:pan pang:peng "
    "koo:gu ko:gao kong:jiang shek:shi shum:cen kam:jin/gan wan:yun/wen hung:hong/xiong chiu:zhao tsoi:cai lee:li szeto:situ "
    "chau:zhou cheuk:zhuo kwong:kuang/guang leng:ling lui:lei/lu luk:lu man:wen/min/man pun:pan sit:xue wu:hu "
    "yau:you/qiu yim:yan yiu:yao yung:rong/weng chung:zhong/cong sze:si/shi",
)
_CANTONESE_GIVEN_NAMES = _readings_table(
    "ka:jia ming:ming wing:yong/rong sze:shi/si wah:hua chi:zhi/zi/chi keung:qiang fan:fen/fan wai:wei/hui mei:mei "
    "ling:ling lok:le/luo on:an suk:shu yee:yi/yu yi:yi kin:jian kit:jie fai:hui chun:jun/zhen/chun kei:ji/qi yan:yin/ren/en "
    "yin:yan/xian kiu:qiao lun:lun tak:de tung:dong/tong shing:cheng/sheng sing:sheng/xing hin:xian hei:xi lung:long "
    "long:lang po:bao pui:pei tsz:zi wa:hua chuen:quan fong:fang hoi:kai/hai hon:han kai:qi/jia lap:li lin:lian "
    "mui:mei nam:nan ngai:yi/wei oi:ai pak:bai/bo shan:shan shu:shu sum:sen/xin tai:da/tai tim:tian ting:ting tsun:jun/zun "
    "yat:yi yuk:yu chak:ze kwun:guan/kun hang:heng/xing hok:xue/he kuen:quan/juan king:jing/qing kwai:gui kong:gang "
    "chiu:chao fu:fu hau:hou him:qian ip:ye kau:jiu/qiu ki:qi/ji mo:mao "
    "ngan:yan ping:ping sau:xiu shuk:shu siu:shao tat:da tin:tian wang:hong/wang "
    "yu:yu/ru yue:yu/ru man:wen/min/man kwan:jun/qun yung:rong/yong chung:zhong/cong hung:hong/xiong wan:yun/wen lai:li/lai "
    "sin:xian yau:you/qiu kam:jin/gan lam:lin ho:hao/he ying:ying wong:wang/huang shek:shi siu:xiao kwok:guo leung:liang "
    "cheung:xiang/chang tse:zi/xie fung:feng",
)
# Family names also written so in pinyin ("Chan", "Tang", "Ma"): a name opening with one is read as Cantonese only
# with a hyphenated given name ("Chan Ka-ming", not "Tang Yi"); the others ("Wong", "Cheung", "Ng") are no pinyin.
_PINYIN_TOO = frozenset("chan tang lai chu ma tong pang wan man wu cheng hui kong lo so".split())
_MAX_READINGS = 12  # (the product of every syllable's readings, cut here: a name has few syllables)


@lru_cache(maxsize=8192)
def mandarin_readings(name: str) -> tuple[str, ...]:
    """The pinyin spellings of a name written in Hong Kong romanization, family name first ("Wong Chi-keung" -> "Huang
    Zhi-qiang", ...); none when the first word is no Cantonese family name of the table, a later syllable no given-name
    syllable of it, or the name could be pinyin already ("Tang Yi", "Wang Yu", "Lin Mei")."""
    folded = fold(name)
    words = [SYLLABLE_BREAK.split(word) for word in folded.split()]
    if len(words) == 3 and len(words[0]) == 1 and "-" in name.split()[2] and _cantonese_name(words[1], words[2:], name):
        # an English given name before the Chinese name, as Hong Kong credits write it: "Peggy Tsang Wai-yee"
        folded = " ".join(folded.split()[1:])
        words = words[1:]
    if len(words) < 2:
        return ()
    if _cantonese_name(words[0], words[1:], name):
        family, given, family_last = words[0][0], words[1:], False
    elif "-" in name and _cantonese_name(words[-1], words[:-1], name):  # given name first: "Wai-ming Cheung"
        family, given, family_last = words[-1][0], words[:-1], True
    else:
        return ()
    readings = [""]
    for word in given:
        for k, syllable in enumerate(word):
            readings = [f"{r}{'-' if k else ' '}{pinyin}" for r in readings for pinyin in _CANTONESE_GIVEN_NAMES[syllable]][:_MAX_READINGS]
    families = _CANTONESE_FAMILY_NAMES[family]
    readings = [f"{r.strip()} {f}" if family_last else f"{f}{r}" for r in readings for f in families][:_MAX_READINGS]
    return tuple(r for r in readings if r != folded)


def _cantonese_name(family: list[str], given: list[list[str]], name: str) -> bool:
    """A family name of the table (a one-syllable word; one also written so in pinyin only beside a hyphenated given name)
    and given syllables all in the table."""
    return len(family) == 1 and family[0] in _CANTONESE_FAMILY_NAMES and (family[0] not in _PINYIN_TOO or "-" in name) \
        and all(syllable in _CANTONESE_GIVEN_NAMES for word in given for syllable in word)


# Southern Chinese family names as Singapore, Malaysia, Indonesia and the Philippines spell them (Hokkien, Teochew,
# Hakka; 陳 Tan, 林 Lim, 黃 Ooi, 邱 Khoo) and in Wade-Giles (張 Chang, 許 Hsu), with their pinyin readings: one person
# is credited "Chen Weijie" by the Chinese-language press and "Melvin Tan" by everyone else.
_SOUTHERN_FAMILY_NAMES = _readings_table(
    "tan:chen chin:chen lim:lin lum:lin ng:huang/wu wee:huang ooi:huang oei:huang khoo:qiu khu:qiu hew:qiu teo:zhang "
    "teoh:zhang tio:zhang chong:zhang/zhuang goh:wu gouw:wu ong:wang heng:wang yeo:yang yeoh:yang yong:yang koh:xu "
    "khor:xu chua:cai chuah:cai lee:li low:liu liew:liu tay:zheng teh:zheng tee:zheng quek:guo kuek:guo kwek:guo "
    "sim:shen chia:xie cheah:xie neo:liang leong:liang seah:she soh:su phua:pan ang:hong chew:zhou chiew:zhou foo:fu "
    "loh:luo/lu siow:xiao yap:ye gan:yan toh:du/zhuo",
    "chang:zhang hsu:xu tsai:cai chou:zhou hsieh:xie kuo:guo yeh:ye chiang:jiang chao:zhao chu:zhu chien:qian "
    "tsao:cao teng:deng tseng:zeng hsiao:xiao chi:ji chin:jin",
)
# Pinyin family names, each its own reading (the readings of the tables above, and a few more).
_PINYIN_FAMILY_NAMES = frozenset(
    {r for table in (_CANTONESE_FAMILY_NAMES, _SOUTHERN_FAMILY_NAMES) for readings in table.values() for r in readings}
    | set("sun song han cao tian dong ren yao dai bai qin shen jin fang du wei lu ding".split())
)


def chinese_family_readings(word: str) -> frozenset[str]:
    """The pinyin readings of a Chinese family name as written in any of the tables ("Lau" -> {"liu"}, "Tan" ->
    {"chen"}, "Liu" -> {"liu"}); none for a word that is no Chinese family name of them."""
    key = fold(word)
    readings = {*_CANTONESE_FAMILY_NAMES.get(key, ()), *_SOUTHERN_FAMILY_NAMES.get(key, ())}
    if key in _PINYIN_FAMILY_NAMES:
        readings.add(key)
    return frozenset(readings)


def is_chinese_name_in_another_romanization(name: str, aside: str) -> bool:
    """Whether the full name `aside`, written in parentheses after the Chinese name `name` (family name first), is the
    same person in another romanization, as translated press and credits write it: an English name with the same family
    name, spelled alike or in another dialect ("Ma Guorong (Edison Ma)", "Liu Yongxin (Ivy Lau)", "Chen Weijie (Melvin
    Tan)", "Zhang Kaixin (Vivian Cheung)"), or a Hokkien name of three words ("Chen Wenliang (Tan Boon Leong)", "Qiu
    Wenfu (Khoo Boon Hock)"). A part is written otherwise: after an English name ("Faye Wong (Wang Jing-wen)", "Jackie
    Chan (Chan Ka-kui)"), with a title ("Lam Ka-tung (Inspector Lam)"), or family name first in two words ("Huang
    Xiaoming (Wong Leung)"), and two Korean names are two people ("Kim Ji-hoon (Kim Min-hee)")."""
    words, aside_words = name.split(), aside.split()
    family = chinese_family_readings(words[0]) if len(words) == 2 and "-" not in words[0] else frozenset()
    if not family or not 2 <= len(aside_words) <= 3 or fold(aside_words[0]) in HONORIFICS:
        return False
    aside_family = chinese_family_readings(aside_words[0])
    if not aside_family and "-" not in aside_words[0]:  # an English given name first
        return bool(family & chinese_family_readings(aside_words[1])) and (len(aside_words) == 2 or "-" in aside_words[2])
    # a Hokkien name, family name first, three one-syllable words ("Tan Boon Leong"), its family name spelled otherwise
    return (len(aside_words) == 3 and "-" not in aside and fold(aside_words[0]) != fold(words[0])
            and bool(family & aside_family) and fold(aside_words[0]) in _SOUTHERN_FAMILY_NAMES)


# Thai names in the Royal General System and the spellings people choose: aspirated ph, th, kh written p, t, k; a silent
# r after a vowel (Chartchai/Chatchai, Arkhom/Akhom); a syllable's final l said n (Wongsakul/Wongsakun). An extra key of
# names with a long word, as Thai names have (`_THAI_WORD` letters or more in a word's key).
_THAI_WORD = 8
# Pieces Thai names are made of ("-chai", "-phong", "-sak", "Wongsa-", "-porn"): a name with none is read as written.
_THAI_PIECES = re.compile(r"chai|cha[r]?t|pho?ng|sak|wong|pho?rn|kh?un|kul|rat|wat|sri|siri|suk|thip|thong|nan|kiat|sawat|rung|ratana|"
                          r"anan|wit|phan|ph?ai|thai|chon|korn|nop|pol")
_THAI_RULES = (
    (re.compile(r"(?<=[PpTtKk])h"), ""),
    (re.compile(r"(?<=[aeiouAEIOU])r(?=[^\W\daeiouy])"), ""),
    (re.compile(r"(?<=[aeiouAEIOU])l(?=[^\W\daeiouyl])"), "n"),
)


def _thai_spelling(name: str) -> str:
    """The name as the other Thai romanization habit writes it (`_THAI_RULES`): "Apichart" -> "Apichat"."""
    for pattern, spelling in _THAI_RULES:
        name = pattern.sub(spelling, name)
    return name


# Each pattern comes with the pieces of text one of which every match holds: a name holding none of them is not
# searched (most names hold none, and full_keys runs for every new name a review writes).
def _letter_written(letter: str, spelling: str) -> tuple[re.Pattern[str], object, tuple[str, ...]]:
    """An `_OTHER_SPELLINGS` entry: the lower-case `letter` and its capital written `spelling`, in the letter's case."""
    capital = letter.upper()
    return (re.compile(f"[{letter}{capital}]"), lambda m: spelling if m.group() == letter else spelling.capitalize(), (letter, capital))


_OTHER_SPELLINGS: tuple[tuple[re.Pattern[str], object, tuple[str, ...]], ...] = (
    _letter_written("ō", "ou"),
    _letter_written("å", "aa"),
    # the Danish and Norwegian ø and æ written oe and ae (Øvrebø = Oevreboe, Kjær = Kjaer)
    _letter_written("ø", "oe"),
    _letter_written("æ", "ae"),
    # Azerbaijani and Turkish letters in English spellings: ə as a, ç as ch, ş as sh (Elçin Məmmədov = Elchin Mammadov)
    _letter_written("ə", "a"),
    _letter_written("ç", "ch"),
    _letter_written("ş", "sh"),
    (re.compile(r"\b([Jj])u(?=[lr][aeiouy])"), lambda m: ("Y" if m.group(1) == "J" else "y") + "u", ("Ju", "ju")),
    # pinyin ü after l or n, typed yu or v where the letter is missing (Lü = Lyu = Lv; Lu by folding)
    (re.compile(r"(?<=[LlNn])ü"), "yu", ("ü",)),
    (re.compile(r"(?<=[LlNn])ü"), "v", ("ü",)),
    # a Vietnamese name without its gender middle name, as English writes it given name first: Nguyễn Thị Lan Anh =
    # Lan Anh Nguyen (through the key with the family name moved to the end)
    (re.compile(r"^([^\W\d_]+) (?:Thị|Văn|Thi|Van) (?=[^\W\d_])"), lambda m: f"{m.group(1)} " if _vietnamese_family_name(m.group(1)) else m.group(),
     (" Th", " V")),
    # the Arabic "father of" and its article, apart or run together: Abou el Hosn = Aboul Hosn = Abu al-Hosn = Abul Hosn
    (re.compile(r"\b([Aa])b(?:ou|u)[\s-]+(?:[Ee]l|[Aa]l)[\s-]+"), r"\1bul ", ("bu", "bou")),
    (re.compile(r"\b([Aa])bou?l(?=[\s-])"), r"\1bul", ("bol", "boul")),
    # the Dutch ij written y in English (van Dijk = van Dyk, Rijnders = Rynders), inside a word
    (re.compile(r"(?<=[^\W\d_])ij"), "y", ("ij",)),
)
# A hyphen between two letters of a word: romanized syllable by syllable, the word may not meet its run-together
# spelling (the silent h of Wade-Giles "Chih" is no longer silent before "w" in "Chihwei"), so both are keys.
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_UKRAINIAN_H = re.compile(r"(?<=[lr])h(?=[aeiou])")
# Indonesian spelling before 1972 (Dutch-based): dj for j, tj for c, oe for u. Names keep both spellings in use.
# (oe only inside a longer word, "Soeharto", never a word's end: Korean "Choe" is not "Chu".)
_OLD_INDONESIAN = re.compile(r"[Dd]j|[Tt]j|(?<=[^\W\d_])oe(?=[^\W\d_]{2})")
_NEW_LETTERS = {"Dj": "J", "dj": "j", "Tj": "C", "tj": "c", "oe": "u"}


def _old_indonesian(name: str) -> str:
    return _OLD_INDONESIAN.sub(lambda m: _NEW_LETTERS[m.group()], name)


# Wade-Giles, the romanization of Chinese names from Taiwan and older credits, read as pinyin: -ung is -ong (Chien-hung =
# Jianhong, Hsiung = Xiong), -ih is -i (Chih = Zhi), -ueh is -ue (Hsueh = Xue), j is r (Jen = Ren), and ts, tz and ch,
# whose aspiration mark is mostly left out, stand for two pinyin initials each (Tseng = Zeng, Tsai = Cai; Chiang = Jiang
# or Qiang). Only for a name whose family name Wade-Giles writes so and no Korean spelling does ("Hsu", "Tseng", "Kuo";
# not "Chang", "Chung", "Yang"), or whose given name holds a syllable only Wade-Giles writes (hs-, ts-, -ih, -ien, -ueh,
# -iang): Korean "Jung-ho" and "Jong-ho" stay two names.
_WADE_GILES_FAMILY_NAMES = frozenset(
    "hsu hsieh hsiao hsueh huang kao kuo ku lin liu liang liao lu lo tsai tsao tseng tsou tsui chen chou chiang chien "
    "teng tu tung yeh hung weng shih su pan peng tang wu fang fu hu kuan chao chu chi tai tien ting tsang".split()
)
_WADE_GILES_GIVEN = re.compile(r"^(?:hs|ts|tz)|(?:ih|ien|ueh|iang)$")
_WADE_GILES_SPELLINGS = ((re.compile(r"ung$"), "ong"), (re.compile(r"ih$"), "i"), (re.compile(r"ueh$"), "ue"), (re.compile(r"^j"), "r"))
_WADE_GILES_INITIALS = (re.compile(r"^(?:ts|tz)"), ("z", "c")), (re.compile(r"^ch(?=[iy])"), ("j", "q"))
_MAX_WADE_GILES_READINGS = 8


@lru_cache(maxsize=16384)
def wade_giles_readings(name: str) -> tuple[str, ...]:
    """The pinyin spellings of a Chinese name written in Wade-Giles, family name first, given syllables hyphenated or
    run together as the name writes them ("Hsu Chien-hung" -> "xu jian-hong", "xu qian-hong"); none for a name not so
    written."""
    words = fold(name).replace("'", "").replace("’", "").split()
    if len(words) != 2 or not words[1].replace("-", "").isalpha():
        return ()
    family, given = words[0], words[1].split("-")
    if family not in _WADE_GILES_FAMILY_NAMES and not any(_WADE_GILES_GIVEN.search(s) for s in given):
        return ()
    readings = [""]
    for k, syllable in enumerate([family, *given]):
        for pattern, pinyin in _WADE_GILES_SPELLINGS:
            syllable = pattern.sub(pinyin, syllable)
        options = (syllable,)
        for pattern, initials in _WADE_GILES_INITIALS:
            if pattern.match(syllable):
                options = tuple(pattern.sub(i, syllable) for i in initials)
                break
        sep = " " if k == 1 else "-" if k > 1 else ""
        readings = [f"{r}{sep}{o}" for r in readings for o in options][:_MAX_WADE_GILES_READINGS]
    return tuple(r for r in readings if r != fold(name))


@lru_cache(maxsize=16384)
def joined(name: str) -> str:
    return "".join(word_keys(name))


# --------------------------------------------------------------------------- given-name forms

# Familiar forms of common given names that no spelling rule reaches (Volodya for Vladimir, Zé for José,
# Pepe for José, Avi for Avraham, Keti for Ketevan), one class a line: the formal name(s), then the
# familiar forms (diminutives, hypocorisms) people are called by. Source: the usual diminutives of each
# language's naming customs, only the standard, widely recognised ones, about a dozen classes per
# language; never a form that is a common given name of its own in the same culture (Ana, Ian, Hans),
# and no one-off nicknames. Folded (no accents), lower-case. A form may belong to several classes
# (Beto: Roberto, Alberto). A class is a merge *licence*, never a merge on its own: two names meet
# through it only when the family name agrees, or the same actor plays both characters
# (aggregate/aliases.py), and only when one name alone fits.
GIVEN_NAME_FORMS = (
    # Russian, Ukrainian, Belarusian
    "aleksandr alexander oleksandr aliaksandr sasha sanya shura", "aleksei alexei alexey oleksii oleksiy alyosha lyosha",
    "dmitri dmitry dmitriy dmytro dzmitry dima mitya", "ekaterina yekaterina kateryna katya",
    "evgeny yevgeny yevhen zhenya", "ivan vanya", "maria mariya masha", "mikhail mykhailo misha",
    "natalia natalya nataliya natasha", "nikolai nikolay mykola mikalai kolya", "pavel pavlo pasha",
    "pyotr petr petro petya", "sergei sergey serhiy serhii siarhei seryozha serezha",
    "vladimir volodymyr uladzimir volodya vova", "tatiana tatyana tetiana tanya", "darya daria dasha", "halyna galina halya galya",
    "anna anya anechka annushka nyura", "stepan styopa stiopa", "konstantin kostya", "grigory grigori grisha", "yuri yury yura",
    "boris borya", "andrei andrey andriy andryusha", "anastasia nastya", "olga olha olya", "irina iryna ira", "viktor vitya",
    "vasily vasili vasya", "fyodor fedor fedya", "semyon syoma", "yakov yasha", "anatoly anatoli tolya", "nadezhda nadya",
    "ksenia kseniya ksyusha", "yulia yuliya yuliia yulya", "elizaveta yelizaveta liza", "lyubov lyuba", "svetlana sveta",
    # Polish
    "jan janek jasiek", "katarzyna kasia", "malgorzata gosia malgosia", "wojciech wojtek", "aleksandra ola",
    "aleksander olek", "agnieszka aga", "tomasz tomek", "joanna asia", "krzysztof krzys krzysiek",
    "stanislaw stas staszek", "zbigniew zbyszek", "barbara basia", "elzbieta ela", "grzegorz grzes grzesiek",
    # Czech, Slovak
    "jan honza jenda", "vaclav vasek", "josef jozef pepa pepik", "jiri jirka", "katerina katarina katka",
    "frantisek franta fero", "jaroslav jarda", "miroslav mirek", "stanislav standa", "vojtech vojta",
    "zdenek zdenda", "jindrich jindra", "ladislav laco",
    # Serbian, Croatian, Bulgarian
    "aleksandar aca sasho", "petar pera pero pesho", "dimitar mitko", "georgi gosho zhoro", "todor tosho",
    "nikolay kolyo", "ivan vanyo", "jovan jova", "dusan dule", "svetlana ceca", "stjepan stipe", "josip joza",
    "ljubomir ljuba", "hristo itso",
    # Hungarian
    "jozsef jozsi", "istvan pista pisti", "janos jani jancsi", "ferenc feri", "laszlo laci", "gyorgy gyuri",
    "sandor sanyi", "mihaly misi", "andras andris bandi", "erzsebet erzsi bozsi", "katalin kati kata",
    "zsuzsanna zsuzsa zsuzsi", "imre imi", "gyula gyuszi", "ilona ilus",
    # Spanish (Spain, Latin America)
    "jose pepe chepe", "francisco paco pancho curro", "jesus chucho chuy",
    "guillermo memo", "rosario chayo charo", "guadalupe lupe lupita", "dolores lola", "concepcion concha conchita",
    "consuelo chelo connie", "ignacio nacho", "enrique quique", "manuel manolo", "roberto beto", "alberto beto",
    "eduardo lalo", "luis lucho", "antonio tono", "pilar pili", "montserrat montse", "federico fede", "mercedes merche",
    "rafael rafa", "fernando nando", "santiago santi", "refugio cuca", "asuncion chon",
    # Portuguese, Brazilian
    "jose ze zeca zezinho", "francisco chico chiquinho", "antonio tonho toninho", "sebastiao tiao",
    "manuel manoel manel", "joaquim quim", "eduardo dudu", "eduarda duda", "gustavo guga", "alexandre xande",
    "jorge jorginho", "beatriz bia",
    # Italian
    "giuseppe peppe beppe peppino pino", "giuseppina pina peppina", "giovanni gianni nanni", "salvatore toto turi",
    "francesco checco cecco", "domenico mimmo", "domenica mimma", "luigi gigi", "raffaele lello", "filippo pippo",
    "beatrice bice", "emanuele lele", "calogero lillo",
    # French
    "elisabeth babette", "emmanuel manu", "emmanuelle manu", "henri riri", "jacques jacky", "jacqueline jacky",
    "joseph jojo", "alexandre sacha", "gerard gege", "madeleine mado",
    # German, Dutch
    "friedrich fritz", "wilhelm willi", "josef sepp seppl", "elisabeth liesl lisl", "margarete margarethe grete gretel",
    "katharina kathi", "alexander sascha", "cornelis kees", "jacobus jacob jaap koos", "hendrik henk",
    "wilhelmus willem wim", "adrianus aad", "petrus pieter piet", "johannes joop", "antonius toon teun",
    # Scandinavian
    "lars lasse", "nils nisse", "per pelle", "karl carl kalle", "olof olov olle", "jan janne", "hans hasse",
    "magnus manne", "gustav gustaf gurra", "katarina kajsa", "joakim jocke", "mikael micke", "margareta maggan",
    # English
    "william bill billy", "robert bob bobby", "richard dick rick ricky", "elizabeth liz beth betty",
    "margaret maggie peggy meg", "james jim jimmy", "thomas tom tommy", "edward ted ned eddie",
    "catherine katherine kathryn kate katie kathy cathy", "michael mike mikey", "charles chuck charlie",
    "anthony tony", "joseph joe", "rebecca becky", "patricia tricia trish patty", "nicholas nick nicky",
    # Irish
    "padraig patrick paddy paudie", "micheal michael mick mickey", "brid brighid brigid bridget bridie biddy",
    "sean seanie", "diarmuid dermot", "donnchadh donncha donagh", "fionnuala finola nuala", "mairead peig",
    "eibhlin eileen",
    # Greek
    "georgios giorgos yorgos", "konstantinos kostas dinos", "dimitrios dimitris", "ioannis giannis yannis",
    "nikolaos nikos", "panagiotis panos", "aikaterini katerina", "vasileios vasilis", "athanasios thanasis thanos",
    "charalampos charalambos babis", "evangelos vangelis", "emmanouil manolis", "stylianos stelios",
    "eleftherios lefteris", "panagiota giota",
    # Hebrew
    "avraham avi", "yosef yossi yosi", "yitzhak itzik", "binyamin benny beni", "shmuel shmulik", "yaakov kobi koby",
    "mordechai motti moti", "yehoshua shuki", "yonatan yehonatan yoni", "shoshana shoshi", "yisrael srulik",
    # Arabic
    "muhammad mohammed mohamed mohammad hamada", "abdallah abdullah abdo", "hassan hassouna", "zeinab zaynab zouzou",
    # Persian
    "mohammad mamad mammad", "fatemeh fati", "ebrahim ebi",
    # Turkish
    "mehmet memo", "ibrahim ibo", "abdullah apo",
    # Georgian, Armenian
    "ketevan keti", "ekaterine eka", "tamar tamuna", "aleksandre sandro", "giorgi gia goga", "davit dato",
    "ioseb soso", "konstantine kote", "teimuraz temo", "tinatin tiko", "mikheil misha",
    "hovhannes hovik", "sargis sako",
    # Yoruba
    "babatunde tunde", "adebayo bayo ade", "abimbola bimbo", "olanrewaju lanre", "oluwafunmilayo funmilayo funmi",
    "oluwatobiloba tobi", "temitope tope", "oluwaseun seun", "ayodele ayo dele", "olufemi femi", "oluwatoyin toyin",
    # Igbo
    "chukwuemeka emeka", "adaeze ada", "chiamaka amaka", "chinedu nedu", "nkechinyere nkechi", "uchechukwu uche",
    "chinonso nonso", "ifeoma ify", "ifeyinwa ify", "chukwudi chudi",
    # Hausa
    "muhammadu mamman", "fatima fatimatu fati",
    # Indian
    "venkatesh venky", "subramanian subramaniam subrahmanyam subbu", "srinivas srinivasan seenu cheenu",
    "ramakrishnan ramki",
    # Filipino
    "corazon cory", "concepcion conching", "rodrigo digong",
    # Malay
    "abdullah dollah", "sulaiman leman",
)


def _form_classes(lines: tuple[str, ...]) -> dict[str, frozenset[int]]:
    """Each form of the table, with the numbers of every class (line) it belongs to."""
    classes: dict[str, set[int]] = {}
    for k, line in enumerate(lines):
        for form in line.split():
            classes.setdefault(form, set()).add(k)
    return {form: frozenset(ks) for form, ks in classes.items()}


_FORM_CLASSES = _form_classes(GIVEN_NAME_FORMS)


def is_listed_given_name(name: str) -> bool:
    """Whether `name` is a given name or a familiar form `GIVEN_NAME_FORMS` lists ("Toño", "Sergei")."""
    return fold(name) in _FORM_CLASSES


def given_name_forms_meet(a: str, b: str) -> bool:
    """Two given names of one class of `GIVEN_NAME_FORMS` ("Seryozha" and "Sergei"), accents aside."""
    ca, cb = _FORM_CLASSES.get(fold(a)), _FORM_CLASSES.get(fold(b))
    return bool(ca and cb and ca & cb)


def is_clipped_given_name(short: str, full: str) -> bool:
    """`short` is `full` cut to its first letters, at least 3 of them ("Ife" of "Ifeoluwa", "Yesi" of "Yesenia"),
    or to its last letters, at least 4 of them ("Mina" of "Jasmina", "Tino" of "Agostino"), with 2 or more
    cut off; one word each. Three letters at a name's end are too often a name of their own ("Ian" ends
    "Julian", "Ana" ends "Juliana") to tell a clipped form from another person."""
    s, f = fold(short).replace("-", ""), fold(full).replace("-", "")
    if " " in s or " " in f or not s.isalpha() or not f.isalpha():
        return False
    if len(s) < 3 or len(f) - len(s) < 2:
        return False
    return f.startswith(s) or (len(s) >= 4 and f.endswith(s))


# Spanish and Portuguese diminutive endings (Paula: Paulita, Juan: Juanito, Carmen: Carmencita, Joana: Joaninha).
_DIMINUTIVE_ENDINGS = ("ita", "ito", "cita", "cito", "inha", "inho", "zinha", "zinho")


def is_suffixed_diminutive(short: str, full: str) -> bool:
    """`short` is `full` with a Spanish or Portuguese diminutive ending (`_DIMINUTIVE_ENDINGS`), in place of its
    final vowel or after its last letter: "Paulita" of "Paula", "Juanito" of "Juan", "Joaninha" of "Joana". One
    word each; `full` of 4 letters or more ("Benita" is no diminutive of "Ben")."""
    s, f = fold(short), fold(full)
    if " " in s or " " in f or not s.isalpha() or not f.isalpha() or len(f) < 4:
        return False
    stems = {f, f[:-1]} if f[-1] in "aoe" else {f}
    return any(s == stem + ending for stem in stems for ending in _DIMINUTIVE_ENDINGS)


def is_familiar_given_name(a: str, b: str) -> bool:
    """One given name is a familiar form of the other: a diminutive of the table, a clipped form, or a Spanish or
    Portuguese diminutive ending."""
    return (
        given_name_forms_meet(a, b) or is_clipped_given_name(a, b) or is_clipped_given_name(b, a)
        or is_suffixed_diminutive(a, b) or is_suffixed_diminutive(b, a)
    )


# --------------------------------------------------------------------------- family-name forms

# One family name in two traditions no spelling rule joins, one class a line (folded, spaces and apostrophes
# removed): the Sanskritised Bengali surnames and their anglicised forms (Bandyopadhyay/Banerjee,
# Chattopadhyay/Chatterjee, Mukhopadhyay/Mukherjee, Gangopadhyay/Ganguly), and Irish surnames in Irish and
# in English (Ó Murchú/Murphy, Ó Briain/O'Brien). A licence only: `aggregate/aliases.same_full_name`
# joins two names through it when their given names are the same.
FAMILY_NAME_FORMS = (
    "bandyopadhyay bandopadhyay banerjee banerji", "chattopadhyay chatterjee chatterji", "mukhopadhyay mukherjee mukherji",
    "gangopadhyay ganguly ganguli", "bhattacharya bhattacharyya bhattacharjee", "chowdhury chaudhury choudhury chaudhuri chowdhry",
    "osuilleabhain osullivan", "obriain obrien", "oconaill oconnell", "odomhnaill odonnell", "maccarthaigh mccarthy",
    "ocinneide okennedy kennedy", "omurchu murphy omurphy",
    # Bengali surnames written the colonial way and the modern way (Ghose/Ghosh, Bose/Basu, Dutt/Dutta, Mitter/Mitra,
    # Tagore/Thakur, Sen Gupta/Sengupta by the removed spaces)
    "ghose ghosh", "bose basu", "dutt dutta", "mitter mitra", "tagore thakur",
    # Bengali v said b, Hindi and Urdu spellings with and without the h of sh or the u of qui
    "chakraborty chakravarty chakravarti chakrabarti chakraborti chakrabarty", "mishra misra", "siddiqui siddiqi",
)
_FAMILY_CLASSES: dict[str, int] = {form: k for k, line in enumerate(FAMILY_NAME_FORMS) for form in line.split()}


_NOT_LETTERS = str.maketrans("", "", " '’-.")


def _squashed(text: str) -> str:
    return fold(text).translate(_NOT_LETTERS)


@lru_cache(maxsize=16384)
def family_name_class(family: str) -> int | None:
    """The class of `FAMILY_NAME_FORMS` a family name (one or more words) is in, or None."""
    return _FAMILY_CLASSES.get(_squashed(family))


def family_name_forms_meet(a: str, b: str) -> bool:
    """Two family names (one or more words: "Ó Briain") of one class of `FAMILY_NAME_FORMS`."""
    ka, kb = family_name_class(a), family_name_class(b)
    return ka is not None and ka == kb


# How Bengali and other North Indian given names are spelled in English, each written one way: sh and s (Tanushree,
# Tanusree), ee and i, oo and u, ou and au (Koushik, Kaushik), oy and ay (Joydeep, Jaydeep), v said b, and o for a
# inside the word (Bengali says a as o; a final o or a marks another name, Subhro or Subhra). Read only beside family
# names of one class of `FAMILY_NAME_FORMS` (`aggregate/aliases.same_full_name`).
_INDIC_SPELLINGS = ((re.compile(r"sh"), "s"), (re.compile(r"ee"), "i"), (re.compile(r"oo"), "u"), (re.compile(r"ou"), "au"),
                    (re.compile(r"oy"), "ay"), (re.compile(r"v"), "b"), (re.compile(r"o(?=.)"), "a"), (re.compile(r"(.)\1"), r"\1"))


@lru_cache(maxsize=16384)
def indic_given_key(given: str) -> str:
    """One given name (`_INDIC_SPELLINGS`) as its spellings share it: "Joydeep" and "Jaydeep" -> "jaydep"."""
    key = fold(given)
    for pattern, spelling in _INDIC_SPELLINGS:
        key = pattern.sub(spelling, key)
    return key
