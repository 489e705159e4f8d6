"""Is this text a film review at all? A cheap, documented screen run on every input.

Three tests, in order; the first that fails names the problem:

1. length: at least MIN_WORDS words ("8/10" or "Loved it!" alone is not a
   review; a one-sentence capsule is);
2. prose: few code symbols, and English running text has many function words
   ("the", "of", "is"). Source code, data files, shopping lists, placeholder
   text (lorem ipsum) and texts in other languages fail here. A text shorter
   than SUBJECT_MIN_WORDS that names a film subject may be terse ("Swords
   clank, star-crossed lovers yearn" capsules) and passes;
3. subject: a text of SUBJECT_MIN_WORDS words or more has at least one word of
   film vocabulary (film, movie, director, cast, scene, actor, plot, thriller,
   ...). A real review of that length always says what it is about; a recipe,
   a news story or a product review does not.

Measured by `python -m eval.eval_ingest`: no full review in the Pang & Lee
sets is refused; the refused Rotten Tomatoes pull quotes are fragments under
MIN_WORDS or not in English.
"""

from __future__ import annotations

import re
from itertools import filterfalse

MIN_WORDS = 8
# A text this long that never says film, movie, cast, scene... is about something else;
# a shorter one may be a capsule or pull quote ("A gorgeous, heartfelt triumph.").
SUBJECT_MIN_WORDS = 60
SAMPLE_CHARS = 6_000  # the tests read the opening (about 1,000 words): enough to judge, bounded cost
WORD_SAMPLE_CHARS = 2_500  # function words are counted on the first ~400 words
MIN_FUNCTION_WORD_SHARE = 0.12
MAX_CODE_SYMBOL_SHARE = 0.06

_FUNCTION_WORDS = frozenset(
    """the a an of to in on at for with from by about as into than then and or but if so that this these those
    it its it's is are was were be been being has have had do does did not no there their they them he she his
    her him we our you your i me my what which who whom whose when where why how all any some more most very
    just also only even much can could will would should may might must""".split()
)
_CODE_SYMBOLS = b"{}[]<>=;_\\$#@^~`|"
_RULE = re.compile(r"([=_#~*<>^`|.+-])\1{3,}")  # a line drawn with one symbol
_FILM = re.compile(
    r"\b(?:films?|filmmak\w*|movies?|cinem\w*|director\w*|direct(?:ed|s|ing)|screen\w*|script\w*|cast|casting|"
    r"actors?|actress\w*|acting|performances?|perform\w*|starr?(?:ing|ed|s)|roles?|plots?|scenes?|sequels?|"
    r"prequels?|remakes?|trailers?|theat(?:er|re)s?|box office|premiere\w*|festival|documentar\w*|animat\w*|"
    r"thrillers?|comed(?:y|ies)|dramas?|horror|westerns?|musicals?|biopics?|blockbusters?|franchise|"
    r"cinematograph\w*|soundtracks?|villains?|protagonists?|heroine|characters?|subtitle\w*|netflix|hbo|"
    r"hollywood|bollywood|oscars?|rated (?:g|pg|pg-13|r|nc-17)|runtime|running time|camera\w*|editing|"
    r"dialogue|storytelling|narrative|audiences?|viewers?|moviegoers|spoilers?|cameos?|sci-fi|"
    r"watched|rewatch\w*|sequences?|storyline)\b"
    r"|(?-i:[A-Z][\w'’]*)\s+\((?:19|20)\d\d\)",  # "The Salt Orchard (2024)": a film's title with its year
    re.IGNORECASE,
)


def _too_many_symbols(sample: str, tokens: list[str]) -> bool:
    """Code symbols make up more than MAX_CODE_SYMBOL_SHARE of the sample's visible characters.

    `tokens` are the lower-cased, split opening of the sample: in ASCII text their letters are
    visible characters, a lower bound that usually settles the question without counting spaces.
    """
    symbols = _symbol_count(sample)
    if not symbols:
        return False
    if sample.isascii() and symbols <= MAX_CODE_SYMBOL_SHARE * sum(map(len, tokens)):
        return False
    if symbols <= MAX_CODE_SYMBOL_SHARE * _visible(sample):
        return False
    # Rules drawn with a repeated symbol ("=====" under a masthead, "-----" between posts) are decoration, not code.
    undecorated = _RULE.sub(" ", sample)
    return _symbol_count(undecorated) > MAX_CODE_SYMBOL_SHARE * _visible(undecorated)


def _symbol_count(text: str) -> int:
    encoded = text.encode("utf-8", "ignore")
    return len(encoded) - len(encoded.translate(None, _CODE_SYMBOLS))


def _visible(text: str) -> int:
    return max(1, len(text) - text.count(" ") - text.count("\n"))


def why_not_a_review(text: str) -> str | None:
    """None when `text` reads as a film review; else the reason it does not, as a short phrase."""
    sample = text[:SAMPLE_CHARS]
    tokens = sample[:WORD_SAMPLE_CHARS].lower().split()
    # Words are tokens that start or end with a letter ("1998" and "--" are not); a token of letters only is one.
    words = len(tokens) - sum(1 for w in filterfalse(str.isalpha, tokens) if not (w[0].isalpha() or w[-1].isalpha()))
    if words < MIN_WORDS:
        return f"too short to be a review ({words} words; at least {MIN_WORDS} needed)"
    if _too_many_symbols(sample, tokens):
        return "not a review: looks like source code or data (too many symbols such as { } = ; < >)"
    # Every function word is a word, so counting them among all tokens counts them among the words.
    # ("the," is missed: a slight, harmless undercount.)
    function_words = sum(map(_FUNCTION_WORDS.__contains__, tokens))
    about_film = _FILM.search(text) is not None
    terse = words < SUBJECT_MIN_WORDS and about_film  # "Writer-director X proves there's a reason ..."
    if function_words < MIN_FUNCTION_WORD_SHARE * words and not terse:
        return "not a review: does not read as English prose (a list, placeholder text, or another language)"
    if words >= SUBJECT_MIN_WORDS and not about_film:
        return "not a review: nothing in it is about a film (no word such as film, movie, director, cast or scene)"
    return None
