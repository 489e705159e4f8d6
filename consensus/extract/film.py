"""Which film a review is about: title and year, read where pages state them.

Sources, strongest first:

1. schema.org `itemReviewed` (the page declares it);
2. the header block (first HEADER_LINES lines that are not site furniture):
   headlines and metadata lines shaped like `Title (2023)`, `Film Review: Title
   (2023) – tagline`, `“Title” (2023) Is ...`, `Title | 2023 | 1h 32m`,
   `TITLE (director: X; cast: ...; 1998)`, `Title: X`, `Title review`, a
   `Title - Movie Poster` image line, a bare short title line that the body
   repeats;
3. the HTML <title>;
4. the body: the most-mentioned quoted title (“X”) that also appears in the
   first lines.

A title must look like one (capitalised words, at most 12) and must open the
line: "star of “Burning” (2018)" in a caption names another film, so it is
never read. The year comes from the same line, or from where reviews state
the film's year: `Title (2023)` anywhere, a `South Korea 2023` or `Year: 2023`
line in the header block, "this 2023 South Korean thriller". Publication dates
are never read as the film's year. `Film.evidence` is the line the title came
from (and the year's line after " / " when it differs).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

from consensus.extract.critic import TIMESTAMP, Byline, find_byline, masthead
from consensus.extract.facts import COUNTRIES, ONE_NAME_FESTIVALS
from consensus.extract.names import fold, whole_word_starts
from consensus.extract.prefilter import casefree, has_any
from consensus.extract.sentences import sentence_with
from consensus.ingest.boilerplate import is_boilerplate_line, is_tail_start
from consensus.ingest.shapes import MAIL_FIELDS, is_common_word, looks_like_name, title_case
from consensus.models import Document, Film

HEADER_LINES = 12
MAX_TITLE_WORDS = 12
BODY_SCAN_CHARS = 8_000  # the most-mentioned title is clear within the first ~1,400 words
FACT_BOX_LINES = 60  # a fact box is read as the film's only within the page's first lines
HEADLINE_WORDS = 30  # a longer line is prose, not a headline or a metadata line
YEAR = r"(?:18[89]\d|19\d\d|20\d\d)"
# Small words a title writes in lower case: English, Romance and German articles, Japanese particles ("Kaze no Tegami").
_SMALL = frozenset("a an the of in on and or to for with at by from vs vs. de la le el du des der die das los las del il lo "
                   "no ni wa ga wo".split())
_QUOTES = "“”\"‘’'«»"
# Section words and places a headline pattern can catch that name no film: "Movie review", "Japan · 2022 · 103 min".
_PAGE_WORDS = frozenset(
    "movie movies film films review reviews cinema tv television streaming festival festivals home news arts "
    "entertainment culture opinion features essays interviews podcasts dispatches columns".split()
)
_NOT_TITLES = _PAGE_WORDS | frozenset("full quick short mini capsule spoiler-free thread category categories flair my our your".split()) \
    | frozenset(COUNTRIES) \
    | frozenset("mpaa nasa imax fbi cia nyc hbo mtv wwii dvd vhs readme".split())  # ("My" of "My review of ..."; acronyms)
# a dispatch's or a programme's label, the whole title or its last comma cell: "Season 2025/26", "Annecy 2025, Day 4"
_SEASON = re.compile(rf"(?i:season|series|week|day)\s+(?:{YEAR}(?:/\d\d)?|\d{{1,2}})")
# A page section's heading is no title: "User Reviews", "Critic Reviews", "Latest Film Reviews".
_SECTION_WORDS = _PAGE_WORDS | frozenset("user users critic critics latest recent more all our top new best your audience".split())
# A festival's edition, a section of festival coverage: "Berlinale 2025", "Cascade Film Festival 2024".
_FESTIVAL_EDITION = re.compile(rf"(?:(?i:festival)|{ONE_NAME_FESTIVALS})\s+(?:19|20)\d\d$")
_FESTIVAL_NAME = re.compile(r"\b(?:film|movie|cinema|documentary)\s+festival$|\bfilmfest(?:ival)?$", re.IGNORECASE)  # its edition's year cut
_FIELD_LABEL = re.compile(r"^(?:film|movie|title)\s*:\s*", re.IGNORECASE)  # "Film: X (2023)" read by a year pattern
_CREDIT_START = re.compile(r"(?:directed|written|produced|shot|edited|scored)\s+by\b|starring\b|dir\.", re.IGNORECASE)
_DIARY_WORDS = frozenset({"watched", "rewatched", "posted", "published", "updated", "seen"})  # "Watched 12 Feb 2025" is no title
_PREFIX = re.compile(
    r"^\[review\]\s*|^(?:(?:film|movie|tv|netflix|festival|capsule|dvd|blu-ray|streaming|guest|quick|mini|short|retro|reader)\s+)?review\s*(?:[:|–—-]\s*|\s+of\s+)"
    # a newsletter's or listing's section label: "THIS WEEK: HARVEST OF QUIET ENGINES (2025)", "Film of the week: X"
    r"|^(?:this\s+week(?:['’]s\s+(?:film|pick|review))?|(?:film|pick|movie)\s+of\s+the\s+(?:week|month)|now\s+(?:showing|streaming|playing)|in\s+cinemas)\s*:\s*",
    re.IGNORECASE,
)
# A title at the start of a headline followed by its year: `Ballerina (2023) ...`, `“Ballerina” (2023) Is ...`.
# "Samba at Midnight (1962)", and "The Budapest Telephone Girl (A pesti telefonkisasszony, 1936)" with its original title
_TITLE_PAREN_YEAR = re.compile(rf"^(?P<title>[^()\[\]{{}}|]{{1,120}}?)\s*[\(\[](?:[^()\[\]]{{1,60}},\s*)?(?P<year>{YEAR})[\)\]]")
# `Ballerina | 2023 | 1h 32m`, `Ballerina · 2023`.
_TITLE_BAR_YEAR = re.compile(rf"^(?P<title>[^|·•/]{{1,120}}?)\s*[|·•/]\s*(?P<year>{YEAR})\b")
# A diary line: `Hold That Thought 2024` (the title, a space, the year ending a short line).
_TITLE_SPACE_YEAR = re.compile(rf"^(?P<title>[^()\[\]{{}}|·•:]{{1,100}}?)\s+(?P<year>{YEAR})$")
# Dennis Schwartz style: `RUN LOLA RUN (LOLA RENNT)(director: Tom Tykwer; cast: ..., 1998-Ger.)`.
# a fact box: "Little Songs for Big Ships (Små sange til store skibe). Denmark, 2025. Directed by Mette Skovgaard. Starring ..."
_TITLE_FACTS = re.compile(
    rf"^(?P<title>[^().]{{1,120}}?)\s*(?:\([^()]*\)\s*)?\.\s+(?=[^.]{{0,60}}?\b(?P<year>{YEAR})\b[^.]{{0,30}}\.\s+(?i:(?:directed\s+by|director)\b|dir\.))"
)
_TITLE_CREDITS = re.compile(r"^(?P<title>[^()]{1,120}?)\s*(?:\([^()]*\)\s*)?\((?=[^)]*\b(?:(?:directors?|directed by)\b|dir\.))", re.IGNORECASE)
_FIELD = re.compile(rf"^(?:film|movie|title|film title|movie title|english title|topic|thread)\s*(?::|\|(?=\s.*\({YEAR}\)\s*$))\s*(?P<title>.+?)(?:\s*\((?P<year>{YEAR})\))?\s*$", re.IGNORECASE)
# ("One review per film per person" is a rule of a forum, no headline; "MISSION: IMPOSSIBLE A film review by X": the
# article opens the byline's phrase, not a word of the title)
_TITLE_REVIEW = re.compile(r"^(?P<title>.{1,120}?)(?:\s*[:–—-]\s*(?:my|a)\s+|\s+(?-i:my|a)\s+|\s+(?-i:My|A)\s+(?=(?-i:(?:Movie\s+|Film\s+)?Review|(?:movie|film)\s+review\b))|(?<=[.!?)\]])\s+(?-i:My|A)\s+|\s*[:–—-]?\s+)(?:movie\s+|film\s+)?review(?:\s*$|\s*[^\w\s]|\s+(?:by|from|at|in|of)\b)",
                           re.IGNORECASE)
# "My review of 'X'", and a post's title about seeing it: 'Just got back from "X" and ...', 'Thoughts on "X"'.
_REVIEW_OF = re.compile(
    r"^.{0,60}?\b(?:review\s+of|(?:got\s+back|home)\s+from|just\s+(?:saw|watched|finished|caught)|(?:thoughts|opinions?)\s+on"
    r"|finally\s+(?:saw|watched|caught))\s+(?:the\s+(?:new\s+)?(?:film|movie)\s+)?[“\"‘'](?P<title>[^“”\"]{1,100}?)[”\"’'](?![^\W\d_])",
    re.IGNORECASE)
# A post's opening line naming what the poster saw, capitalised in a lower-case post: "okay i finally saw The Understudy's Moon
# and i need everyone to stop", "just watched Salt Roads."
_CAPITALISED_TITLE = (  # capitalised words, small words inside (not "Greta Gerwig's Barbie and I", "Paul Mescal in Gladiator II")
    r"(?P<title>(?-i:[A-Z0-9])(?![\w-]*['’]s\b)[\w'’-]*"
    r"(?:\s+(?:(?-i:[A-Z0-9][\w'’-]+|[0-9])|(?:of|the|a|an|and|on|at|to|for|from|with)(?=(?:\s+(?:of|the|a|an))*\s+(?-i:[A-Z0-9][\w'’-]))))"
    r"{0,8})(?=\s+(?-i:[a-z])|[.,!?:;]|\s*$)")
_SAW_CAPITALISED = re.compile(r"^.{0,40}?\b(?:finally|just)\s+(?:saw|watched|caught|finished)\s+" + _CAPITALISED_TITLE, re.IGNORECASE)
_CAPITALISED_TITLE_AT = re.compile(_CAPITALISED_TITLE, re.IGNORECASE)
_ACTOR_IN = re.compile(r"\s+in\s+(?=[A-Z0-9])")  # "just watched Paul Mescal in Gladiator II"
_MAKERS = re.compile(r"(?P<maker>.+?)['’]s\s+(?=\S)")  # "Greta Gerwig's Barbie"
_REVIEW_OF_BARE = re.compile(r"\b(?:review|thoughts|verdict|take)\s+(?:of|on)\s+(?=[A-Z0-9])", re.IGNORECASE)  # ... then "Title (2025)"
_TITLE_STARS = re.compile(r"^(?P<title>[^★☆*|]{1,100}?)(?:\s*[★☆]{1,10}½?|,\s+reviewed)\s*$", re.IGNORECASE)  # "Salt Orchard ★★★★"
_POSTER = re.compile(r"^(?P<title>.{1,120}?)\s*[-–—|:]?\s*(?:(?:official|movie|film|theatrical|teaser|final)\s+)*poster\b", re.IGNORECASE)
_LEADING_QUOTE = re.compile(r"^[“\"‘'«](?P<title>[^“”\"«»]{1,100}?)[”\"’'»](?![^\W\d_])")  # not the ’s of "Cartographer’s"
_QUOTED = re.compile(r"[“\"«](?P<title>[^“”\"«»\n]{1,80}?)[”\"»]")
# Where a review states the film's year outside a headline.
_YEAR_LINE = re.compile(rf"^(?:[A-Z][\w.]*(?:[ ,/&-]+[A-Z][\w.]*){{0,4}})\s*[,:]?\s+(?P<year>{YEAR})$|^(?P<year2>{YEAR})\s*[,|/·-]\s*[A-Z][\w ]{{1,30}}$")
_YEAR_FIELD = re.compile(rf"^(?:(?:year|release year|released|release date|premiere|production year)\b\s*:?"
                         rf"|(?:(?:country|land|pays|pa[ií]s)\s*/\s*(?:year|jahr|ann[ée]e|a[ñn]o)|produktionsjahr|jahr|ann[ée]e|a[ñn]o)\s*[:|])"
                         rf"\s*\|?\s*.{{0,30}}?\b(?P<year>{YEAR})\b", re.IGNORECASE)  # ... and a fact box's "Land / Jahr: | Türkei, Deutschland 2023"
_THIS_YEAR = re.compile(rf"\b(?:this|it's a|it’s a|it is a) (?P<year>{YEAR})\b(?:[\s-]+[\w-]+){{0,5}}?\s+(?:film|movie|feature|picture|thriller|drama|comedy|documentary|horror|western|musical|romance|adventure|animation|epic|biopic|release|production)\b", re.IGNORECASE)


# Text each headline pattern needs (any one of), checked on the `casefree` line before the slower match.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _TITLE_PAREN_YEAR: ("(", "["),
    _TITLE_BAR_YEAR: ("|", "·", "•", "/"),
    _TITLE_SPACE_YEAR: ("18", "19", "20"),
    _FIELD: (":", "|"),
    _TITLE_CREDITS: ("dir",),
    _REVIEW_OF: ("review of", "back from", "home from", "just ", "thoughts on", "opinion", "finally "),
    _TITLE_REVIEW: ("review",),
    _POSTER: ("poster",),
    _TITLE_STARS: ("★", "☆", "reviewed"),
}

_CREDIT_FIELD = re.compile(r"^[A-Z][\w./ ]{1,30}:\s")  # "Cast: ...", "Director: ..."
# A credits or catalogue line names people and places, never the film: "Director: Luciana Prado", "Section: Competition";
# a rating's line names the rating: "Grade: B+".
_CREDIT_LINE = re.compile(
    r"^(?:dir(?:ector|ected by)?|writ(?:er|ers|ten by)|screenplay|cast|starring|stars|with|section|sidebar|countr(?:y|ies)"
    r"|genre|runtime|running time|language|music|composer|producers?|cinematography|dop|dp|editor|editing|sales"
    r"|category|competition|grade|rating|score|verdict"
    # a fact box abroad: "Regie:", "Darsteller:", "Land / Jahr:", "Réalisation :", "Reparto:", "Regia:"
    r"|regie|darsteller|drehbuch|kamera|musik|laufzeit|land(?:\s*/\s*jahr)?|jahr|fsk|kinostart|réalisation|scénario|avec|durée"
    r"|dirección|reparto|guion|duración|regia|interpreti|durata)\s*(?:\([^)]*\))?\s*:", re.IGNORECASE)
_NICKNAME = re.compile(r".*[A-Z][\w.]+\s+[\"“][A-Z][^\"”]{0,20}[\"”]\s+[A-Z]", re.DOTALL)  # Jermaine "Huggy" Hopkins
_NICKNAME_CORE = re.compile(r"[\"“][A-Z][^\"”]{0,20}[\"”]\s+[A-Z]")  # every `_NICKNAME` match holds one
# Usenet critics write titles in capitals: "I didn't expect GHOST IN THE MACHINE to be this bad".
# It opens with a character set (`\b` before it written as a look-behind after it), so `re` skips
# quickly to the capitals instead of trying every position.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # capitals of the Latin scripts (Extended-A's small letters too: words are checked whole)
# A word of a title in capitals: an abbreviation keeping its full stop ("MRS. DOUBTFIRE", "U.S. MARSHALS"); a word of two
# or more capitals or digits; one letter or digit, when it is "I", "O" ("O BROTHER, WHERE ART THOU?"), a sequel's number
# ("TOY STORY 2"; not a rating's or a count's: "HEAT 4/10", "CON AIR 3 stars", "TITANIC 4 times"), an "A" opening no
# lower-case phrase ("MISSION: IMPOSSIBLE A film review by ..." is no title's "A"), or any capital beside another word
# in capitals ("THE X FILES", "AMERICAN HISTORY X").
_CAPS_ABBREVIATION = rf"(?:(?:MRS?|MS|DR|ST|JR|SR|VS|MT|FT|LT|SGT|GEN|COL|CAPT)\.|(?:[{_UPPER}]\.){{2,}})(?=\s)"
_CAPS_WORD = (rf"(?:{_CAPS_ABBREVIATION}|[{_UPPER}0-9][{_UPPER}0-9'’&.-]*[{_UPPER}0-9]|[IÀO](?![/.,]?\d)"
              rf"|[0-9](?![/.,]?\d)(?!\s+(?:times?|stars?|out\s+of|of\s+\d|points?)\b)|A(?!\s+[a-z])"
              rf"|[{_UPPER}](?=[ :,]+[{_UPPER}0-9][{_UPPER}0-9'’&.-]*[{_UPPER}0-9])|(?<=[{_UPPER}0-9] )(?!A\s+[a-z])[{_UPPER}](?![\w'’.]))")
# "QUARRY ROAD", "¡VAMOS AL RÍO!": a run of words in capitals
_CAPS_TITLE = re.compile(
    rf"(?P<open>[¡¿])?(?<![\w.])(?:{_CAPS_WORD})"
    rf"(?:(?:[ :,]+|\s&\s)(?:{_CAPS_WORD}))*(?:(?<=\.)|\b)(?(open)[!?])(?=[^\w'’]|$)"
)
_LETTER_GRADE = re.compile(r"[A-F][+\-−–]")  # "B+" read off "Grade: B+" is no film
_INVERTED_ARTICLE = re.compile(r"^(?P<rest>.+),\s*(?P<article>the|a|an)$", re.IGNORECASE)
# A foreign article in catalogue order, read only before a title's credits: "TEMPS RETROUVÉ, LE (director: ...)"
# (not "die", an English word too: "LIVE, DIE" stays as it is).
_INVERTED_FOREIGN_ARTICLE = re.compile(r"^(?P<rest>.+),\s*(?P<article>le|la|les|el|los|las|il|der|das)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    title: str
    year: int | None
    evidence: str
    strength: int  # higher wins; ties go to the earlier line


_SEQUEL_NUMBER = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4})")  # what "SCREAM 4" adds to "SCREAM"
# "Running Length: 1:50 MPAA Classification": a runtime, no title (but "3:10 to Yuma" is one)
_CLOCK_TIME = re.compile(r"\d{1,2}:\d\d(?:\s+mpaa)?", re.IGNORECASE)


def _clean_title(raw: str, foreign_ok: bool = False, credited: bool = False) -> str | None:
    """The title as a reader would write it, or None when `raw` does not look like a film title.

    Every word is capitalised but small ones ("of", "the"); with `foreign_ok` (a shape that marks a title
    by itself: `X (2024)`, `Film: X`, `X (English Title)`), a lower-case word that is no English word passes
    too, for titles in sentence case ("Der lange Winter", "La casa de las tortugas"). A headline ending in "?" or
    "!" is a question or a cry, unless `credited`: a title before its credits ("BOOMERANG! (director: ...)")."""
    title = raw.strip().strip(_QUOTES).strip()
    title = _FIELD_LABEL.sub("", _PREFIX.sub("", title)).strip().strip(_QUOTES).strip(" -–—:|,")
    if " / " in title and len(parts := title.split(" / ")) == 2 and sum(map(_has_latin, parts)) == 1:
        title = next(p for p in parts if _has_latin(p)).strip()  # "밤의 정원 / The Night Garden": the title in Latin letters
    if not title or title.endswith(("?", "!")) and not title.startswith(("¿", "¡")) and not credited:
        return None  # a headline's question or exclamation, but "¡Todos a la Playa!" is a title
    # a possessive ends no title ("Nolan's" of "Nolan's latest"), except a place's: "Breakfast at Tiffany's"
    if title.endswith(("'s", "’s")) and not _AT_A_PLACE.search(title):
        return None
    inverted = _INVERTED_ARTICLE.match(title) or (_INVERTED_FOREIGN_ARTICLE.match(title) if credited else None)
    # (catalogue order: "MUSE, THE" is "THE MUSE")
    if inverted:
        title = f"{inverted['article']} {inverted['rest']}"
    words = title.split()
    if len(words) > MAX_TITLE_WORDS:
        return None
    for i, word in enumerate(words):
        head = word.lstrip(_QUOTES + "(¿¡")[:1]
        if not head:
            return None
        if not (head.isupper() or head.isdigit()) and not (i > 0 and (word.lower().strip(",:") in _SMALL or word in ("&", "+")
                                                                        or foreign_ok and not is_common_word(word))):
            return None
    # "2025" in "Berlinale 2025 › Competition", "8/10" under "★", "Movie review", "User Reviews", "Directed by Ana Lusa · 2024 · Chile"
    if not any(ch.isalpha() for ch in title) or _LETTER_GRADE.fullmatch(title) or _CLOCK_TIME.fullmatch(title) or title.lower() in _NOT_TITLES or words[0].lower() in _DIARY_WORDS or _FESTIVAL_EDITION.search(title) or _FESTIVAL_NAME.search(title) \
            or _SEASON.fullmatch(title.rsplit(",", 1)[-1].strip()) or all(w.lower() in _SECTION_WORDS or w.lower() in ("&", "and", "+") for w in words) \
            or _CREDIT_START.match(title):
        return None
    letters = [ch for ch in title if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        title = title_case(title)
    return title


def _has_latin(text: str) -> bool:
    return any("a" <= ch <= "z" for ch in fold(text))


_AT_A_PLACE = re.compile(r"\S\s+(?:at|to|from|in)\s+[A-Z][\w-]*['’]s$")
# "[Video title] ", "[Transcript] ", a newsletter's "Subject: 🎻 " (its subject line is the headline)
_BRACKET_LABEL = re.compile(r"^(?:\[[^\]]{1,25}\]|(?i:subject)\s*:(?:\s*[^\w\s\"“‘'«]{1,3})?)\s*")


def _unquote_prefix(line: str) -> str:
    # (">": a quoted headline; "🧵 VESPER LANE (2025, dir. X)": a pictograph opening a post)
    return _PREFIX.sub("", _BRACKET_LABEL.sub("", _LEADING_PICTOGRAPHS.sub("", line.strip().strip("*#_> ")))).strip()


_PICTOGRAPHS = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+"  # emoji, symbols, their joiners
_LEADING_PICTOGRAPHS = re.compile(rf"^{_PICTOGRAPHS}\s*")
_EMOJI = re.compile(rf"\s*{_PICTOGRAPHS}")  # anywhere: "KUMASI 2099 🚀🏙️"


# A quoted title closing the text before a year, after its maker's name: 'On X's "Orchard of Small Machines"' (not
# after other words: 'Lead actress X, star of "Burning" (2018)' names another film).
_QUOTED_AT_END = re.compile(r"(?<=['’]s\s)[\"“](?P<title>[^\"“”]{2,80})[\"”]$")


# Words of a post's own sentence, no lower-case title's: "ok so i watched anora last night (2024)", "my top ten (2024)".
_POST_WORDS = frozenset("i i'm im my me we our you ok okay so watched saw seen watching rewatched top ten best worst list "
                        "favourite favorite favourites favorites ranked ranking last night today tonight".split())


# A post's hashtag of a title in joined capitalised words: "#ToofanExpress2", "#NineBellsForAgnes".
_TITLE_HASHTAG = re.compile(r"#(?P<tag>[A-Z][a-z]+(?:[A-Z][a-z]+|\d+)+)\b")


def _hashtag_words(m: re.Match[str]) -> str:
    """A hashtag's joined words apart: "#ToofanExpress2" -> "Toofan Express 2"."""
    return " ".join(re.findall(r"[A-Z][a-z]+|\d+", m["tag"]))


def _from_headline(line: str) -> tuple[str, int | None, int] | None:
    """(title, year, strength) when the line opens with a title in a headline or metadata shape."""
    text = _unquote_prefix(_TITLE_HASHTAG.sub(_hashtag_words, line) if "#" in line else line)
    long_line = line.count(" ") >= HEADLINE_WORDS
    if long_line:  # only a credits line is that long and still opens with the title
        if "dir" not in text[:300].lower():
            return None
        patterns = ((_TITLE_CREDITS, 4),)
    else:
        patterns = ((_TITLE_PAREN_YEAR, 5), (_TITLE_BAR_YEAR, 5), (_FIELD, 5), (_TITLE_SPACE_YEAR, 5), (_TITLE_CREDITS, 4), (_REVIEW_OF, 4))
    quoted = _LEADING_QUOTE.match(text)
    low = casefree(text)
    for pattern, strength in patterns:
        match = pattern.match(text) if has_any(low, _NEEDS[pattern]) else None
        if match:
            raw = match["title"]
            if quoted and len(quoted.group(0)) <= len(raw) + 1:
                raw = quoted["title"]
            elif sum(map(raw.count, '"“”')) == 2 and (ending := _QUOTED_AT_END.search(raw.rstrip())):
                raw = ending["title"]  # 'On Ingrid Vasquez-Thorne's "Orchard of Small Machines" (2023)': the quoted title
                # (the maker's name before it is `_MAKERS_TITLE`'s case, here with quotes and a year)
            if pattern is _FIELD and (gloss := _TRAILING_GLOSS.match(raw)) and not any(ch.isdigit() for ch in raw[len(gloss["title"]):]):
                raw = gloss["title"]  # "Film: The Lampuki Season (Staġun il-Lampuki)": the title, then its original
            title = _clean_title(raw, foreign_ok=strength == 5 and pattern is not _TITLE_SPACE_YEAR, credited=pattern is _TITLE_CREDITS)
            if title is None and pattern is _TITLE_PAREN_YEAR and (about := _REVIEW_OF_BARE.search(raw)):
                title = _clean_title(raw[about.end():], foreign_ok=True)  # "Thread: my review of Toofan Express 2 (2025)"
            if title is None and pattern is _TITLE_CREDITS and ": " in raw:
                # "🎬 Tonight's watch party: Nine Bells for Agnes (dir. Callum Reyes)": the title after the label
                title = _clean_title(_EMOJI.sub("", raw.rsplit(": ", 1)[1]))
            year = match.groupdict().get("year")
            if pattern is _TITLE_CREDITS:
                years = re.findall(YEAR, line)
                year = years[-1] if years else None
            if pattern is _TITLE_SPACE_YEAR and (len(line.split()) > 9 or not title or title.split()[-1].lower() in _SMALL):
                continue
            if title:
                return title, int(year) if year else None, strength
    if long_line:
        return None
    if (gloss := _TRAILING_GLOSS.match(text) or _LEADING_GLOSS.match(text)) and (title := _glossed_title(gloss)):
        return title, None, 4  # "Singing Cat Street (Rue des Chats Chantants) is gorgeous": a title and its translation
    if _PREFIX.match(line.strip().strip("*#_ ")) and (title := _clean_title(_SITE_CELL_AFTER.split(text, maxsplit=1)[0])):
        return title, None, 4  # "FILM REVIEW: MIDNIGHT AT THE DRY DOCK", "Review: X | Halftone Cinema": the label says what follows
    for pattern, strength in ((_TITLE_REVIEW, 4), (_TITLE_STARS, 4), (_POSTER, 3)):
        match = pattern.match(text) if has_any(low, _NEEDS[pattern]) else None
        # "'Ashes of the Ninth Moon' ('Las cenizas de la novena luna') Review: ...": when the whole is no title, the quoted one
        # ... and "'Low Tide at Kessock': Caledonia Review": the quoted title, not the festival after it
        if match and quoted and quoted.end() < match.end("title") and (title := _clean_title(quoted["title"])):
            return title, None, strength
        if match and (title := _clean_title(match["title"]) or (quoted and quoted.end() <= match.end("title") and _clean_title(quoted["title"]))):
            return title, None, strength
    if quoted and text is not line.strip() and (title := _clean_title(quoted["title"])):
        return title, None, 4  # "Review: “Title” is a ..."
    if title := _title_seen(text):
        return title, None, 3
    if text.islower() and (match := _TITLE_PAREN_YEAR.match(text)) and 2 <= len(match["title"].split()) <= 6 \
            and not set(match["title"].split()) & _POST_WORDS \
            and (title := _clean_title(title_case(match["title"].upper()), foreign_ok=True)):
        return title, int(match["year"]), 4  # a lower-case post's headline: "summer of the paper whale (kami no ..., 2024)"
    return None


def _title_seen(text: str) -> str | None:
    """The capitalised film a post opens on having seen ("okay i finally saw The Understudy's Moon and ..."): after a
    maker's possessive, the maker's film ("Greta Gerwig's Barbie"); after an actor, the film they are in ("Paul Mescal in
    Gladiator II")."""
    if not (saw := _SAW_CAPITALISED.match(text)):
        return None
    raw = saw["title"]
    if (owner := _MAKERS.match(raw)) and " " in owner["maker"] and not raw.startswith("The ") and looks_like_name(owner["maker"]):
        raw = raw[owner.end():]  # (not "The Understudy's Moon")
    if (actor_in := _ACTOR_IN.match(text, saw.end())) and (film_in := _CAPITALISED_TITLE_AT.match(text, actor_in.end())):
        raw = film_in["title"]
    return _clean_title(raw)


# " | Halftone Cinema" after a page title's headline, or a dash before a site's name (not "Godzilla - King of the Monsters")
_SITE_CELL_AFTER = re.compile(r"\s+\|\s+|\s+[-–—]\s+(?=(?:[\w'’&.]+\s+){0,3}(?i:cinema|films?|magazine|reviews?|times|journal|blog|daily|weekly"
                              r"|online|news|post|quarterly|monthly)\s*$)")
_SHOW_TRANSCRIPT = re.compile(r"^.{2,60}?\s+[—–|-]\s+(?:full\s+|episode\s+)?transcript$", re.IGNORECASE)  # "THE FRIDAY REEL — TRANSCRIPT"
_NAME_AND_YEAR = re.compile(rf"[A-Z][\w .'’-]{{1,40}}\s+(?P<year>{YEAR})")


def _in_edition_menu(header: list[str], index: int) -> bool:
    """Whether the line at `index` is one of a run of "Name YYYY" lines of the same year: a menu of festival editions."""
    if not (own := _NAME_AND_YEAR.fullmatch(header[index].strip())):
        return False
    return any(0 <= k < len(header) and (m := _NAME_AND_YEAR.fullmatch(header[k].strip())) and m["year"] == own["year"]
               for k in (index - 1, index + 1))


_ORIGINAL_TITLE_LABEL = re.compile(r"^\s*original\s+title\s*:", re.IGNORECASE)


# A film's details line anywhere on the page, its cells a title, then a runtime among places and dates:
# "The Weight of Swans (Svanernes vægt) · Denmark/Sweden · 109 min · World premiere".
_DETAILS_LINE = re.compile(r"^(?P<title>[^·•|]{2,120}?)\s+[·•|]\s+(?:[^·•|]{1,60}\s+[·•|]\s+){0,3}\d{2,3}\s*min(?:ute)?s?\.?(?:\s+[·•|]\s|$)")


DETAILS_LINE_CHARS = 300
_DETAILS_COUNTRIES = tuple(fold(c) for c in COUNTRIES if len(c) > 3)
_DETAILS_CELL_MARKS = ("·", "•", "|")


def _from_details_line(line: str) -> str | None:
    """The title opening a film's details line (`_DETAILS_LINE`), without its original title in brackets."""
    match = _DETAILS_LINE.match(line.strip())
    if not match:
        return None
    raw = match["title"]
    folded = fold(line)
    if not (re.search(YEAR, line) or any(country in folded for country in _DETAILS_COUNTRIES)):
        return None  # a byline or a genre's cells ("Jane Doe · 15 min", "Drama | 109 min"): a film's have a year or a country
    gloss = _TRAILING_GLOSS.match(raw)
    return _clean_title(gloss["title"] if gloss else raw, foreign_ok=True)


def _from_fact_box(line: str) -> tuple[str, int | None] | None:
    """(title, year) from a fact box line: "Little Songs for Big Ships (Små sange). Denmark, 2025. Directed by …"."""
    match = _TITLE_FACTS.match(line.strip())
    if match and _ORIGINAL_TITLE_LABEL.match(match["title"]):
        return None  # "Original title: 밤의 정원 (...). South Korea, 2023. Directed by ...": the original, not the title in use
    title = _clean_title(match["title"], foreign_ok=True) if match else None
    return (title, int(match["year"])) if match and title else None


def _glossed_title(gloss: re.Match[str]) -> str | None:
    """`Der lange Winter (The Long Winter)`: an original title, then its English title in brackets (a `_TRAILING_GLOSS`
    or `_LEADING_GLOSS` match). Not an aside: "My Top Ten (So Far)", "Festival Diary (Part Three)"."""
    bracket = gloss.group(0)[gloss.end("title"):].strip(" ()")
    english = _clean_title(bracket)
    if not english or len(english.split()) < 2 or bracket.split()[0].lower() in _ASIDE_OPENERS:
        return None  # "Jeon Jong-seo (Ok-ju)" is an actor and a part
    if not _has_latin(gloss["title"]):  # "밤의 정원 (The Night Garden)": the title in Latin letters (not "監督: 金城葵 (Kaneshiro Aoi)")
        return english if ":" not in gloss["title"] and not looks_like_name(english) else None
    return _clean_title(gloss["title"], foreign_ok=True)


# A diary's or catalogue's line under the title: "2022", "2022 · Directed by Sunniva Arnesen", "2019 | Norway | 104 min".
_YEAR_UNDER_TITLE = re.compile(rf"^(?P<year>{YEAR})(?:\s*[·|•]\s*(?:dir(?:ected\s+by|\.)|\d+\s*(?:min|h)\b|[A-Z]).*)?$")


def _above_year_line(line: str, below: list[str]) -> tuple[str, int | None, int] | None:
    """A short title line right above a line that opens with the film's year (a diary entry, a catalogue card)."""
    year = _YEAR_UNDER_TITLE.match(below[0].strip()) if below else None
    if year and (title := _short_title_line(line)):
        return title, int(year["year"]), 4
    return None


def _short_title_line(line: str) -> str | None:
    """A line short enough and unpunctuated enough to be a title alone, as a title."""
    if len(line.split()) <= MAX_TITLE_WORDS and not re.search(r"[.!?,;:]$", line.strip()):
        return _clean_title(line)
    return None


_GLOSS_LINE = re.compile(r"^\((?P<gloss>[^()]{2,60})\)$")


def _above_gloss_line(line: str, below: list[str]) -> tuple[str, int | None, int] | None:
    """A short title line right above its original or translated title in brackets, a line of its own:
    "SONG FOR A BORROWED LLAMA" over "(Mañakusqa Llamapaq Taki)"."""
    gloss = _GLOSS_LINE.match(below[0].strip()) if below else None
    # (one of the two in another language: "Reader Spotlight" over "(Guest Submission)" is a section's label)
    if (gloss and not any(ch.isdigit() for ch in gloss["gloss"])
            and not all(is_common_word(w.lower()) for w in re.findall(r"[^\W\d_]+", f"{line} {gloss['gloss']}"))
            and (title := _short_title_line(line))):
        return title, None, 3
    return None


def _header(document: Document) -> list[str]:
    """The first lines that are not site furniture (poster image lines kept: they name the film)."""
    header: list[str] = []
    lines = document.lines
    in_body = False
    fields = 0
    for i, line in enumerate(lines):
        if _in_menu_run(lines, i):
            continue
        if in_body and is_tail_start(line):
            break  # the review is over: "Also watched this week", "Related", "Comments" list other films
        in_body = in_body or len(line.split()) >= PROSE_WORDS
        if _MAIL_HEADER.match(line) or not any(ch.isalnum() for ch in line):
            continue  # an e-mail's "From:", "To:", "Date:" (its "Subject:" may name the film); a rule of dashes
        if not is_boilerplate_line(line) or (has_any(casefree(line), _NEEDS[_POSTER]) and _POSTER.match(line.strip())):
            header.append(line)
            fields += bool(_CREDIT_LINE.match(line.strip()))  # a fact box's fields leave room for the headline below it
            if len(header) == HEADER_LINES + min(fields, HEADER_LINES):
                break
    return header


_MAIL_HEADER = re.compile(rf"^(?:{MAIL_FIELDS}):\s", re.IGNORECASE)
MENU_RUN = 4  # a page's menu as one item per line: this many short lines in a row ("Film", "TV", "Box Office", ...)


def _in_menu_run(lines: list[str], i: int) -> bool:
    """Whether line `i` is one of MENU_RUN or more consecutive lines of one or two words without a digit."""
    def item(k: int) -> bool:
        text = lines[k].strip()
        return 0 < len(text.split()) <= 2 and not any(ch.isdigit() or ch in ".!?:" for ch in text)
    first = max(0, i - MENU_RUN + 1)
    return any(all(item(k) for k in range(start, start + MENU_RUN))
               for start in range(first, min(i, len(lines) - MENU_RUN) + 1))


def _bare_title(line: str, index: int, text: str) -> tuple[str, int | None, int] | None:
    """A short first line that is only a title, which the review then repeats: "Quarry Road"."""
    if index > 1 or re.search(r"[.!?,;]$", line) or len(line.split()) > 8 or _is_navigation(line):
        return None
    title = _clean_title(line)
    if title and title.isascii() and casefree(text).count(casefree(title)) < 2:
        return None  # fewer than two mentions, whatever the case (the regex below would count the same)
    if title and len(re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.IGNORECASE)) >= 2:
        return title, None, 2  # (as whole words: "Second Reel" is not named again by "Hello, Second Reelers")
    return None


# Where a headline splits into title and tagline: "CUPID'S LAST INVOICE: Please Stop Making These", "Concrete Saints,
# or how to waste a great cast", "Whalefall Summer and the art of saying almost nothing", "Letters to Tlaloc — Festival Dispatch", "Cascade Film Festival 2024: Feral Psalms".
_SEGMENT_BREAK = re.compile(
    r"\s*[:|–—]\s*|\s+-\s+|,\s+or:?\s+|,\s+and\s+(?=(?:the|I|why|how|what)\s)|\s+and\s+(?=the\s+[a-z])|\s+›\s+"
    r"|\s+\+\s+"  # "Episode 212: The Raven Assembly + listener mail"
    r"|,\s+(?:a|an)\s+(?=[a-z])"  # "The Clockmaker's Ghost, a puppet horror for grown-ups"
)
_LAST_OF_A_LIST = re.compile(r",[^,]*?\s+and\s+(?P<title>The\s+[A-Z].*)$")
_SEGMENT_BREAK_BUT_COLON = re.compile(_SEGMENT_BREAK.pattern.replace("[:|–—]", "[|–—]"))
# A headline sentence: "Wolves of Paraná is a thriller with nothing to say", "Tidewater: Part Two Is What Happens When".
_HEADLINE_VERB = re.compile(
    r"\s+(?:is|Is|was|Was)\s+(?=(?:(?:not|NOT)\s+)?(?:a|an|the|what|no|A|An|The|What|No)\s"
    r"|(?i:very|so|too|quite|really|pretty|deeply|utterly|simply|just|still|finally|far|much|frankly|genuinely|back|here|exactly"
    r"|everything|worth|more\s+than|less\s+than)\b)"
)
# Words that open a sentence-case headline's clause, not a title: "Where I Stand on ...", "My Favourite ...".
_NOT_A_TITLES_START = frozenset(
    "Where What Why How When Who Which This That These Those It Its My Our Your His Her Their We You They He She "
    "Here There If".split()
)


_IS_A_FILM_HINT = re.compile(r"\s(?:is|was)\s")  # what `_IS_A_FILM` needs, found fast
# ("Ana Ruiz is the best thing in this film" calls a person the best thing in it: no preposition before the noun)
_IS_A_FILM = re.compile(r"(?:is|was)\s+(?:not\s+)?(?:a|an|the)\s+(?:(?!(?:in|of|on|at|for|with|this|that|about)\b)[\w'’-]+,?\s+){0,4}?"
                        r"(?:film|movie|picture|documentary|western|thriller)s?\b")


def _title_case_subject(text: str, called_a_film: bool = False) -> str | None:
    """The Title-Case words opening a sentence-case headline, up to its first lower-case word that is no small word
    of a title: "Static Over Laventille is loud, lovely and ...", "The Amber Fox runs beautifully in circles",
    "Six Funerals and a Tuba is no ..." (a title holding "Is" writes it in capitals: "Patient Zero Is Dancing").
    Two capitalised words at least besides small ones, and three words or an article first; None when no such
    lower-case word follows. With `called_a_film`, only a subject the headline calls a film ("... is a western")."""
    words = text.split()
    for i, word in enumerate(words):
        if word[:1].islower() and word.lower() not in _SMALL:
            subject = words[:i]
            while subject and subject[-1].lower() in _SMALL:
                subject.pop()
            content = [w for w in subject if w.lower() not in _SMALL]
            # (three words, or an article first: two capitalised words alone are as often a person, "Ana Ruiz shines in";
            # not when the headline says what they are: "Salt Lick is the most expensive-looking empty film")
            is_a_film = _IS_A_FILM.match(" ".join(words[i:])) is not None
            if called_a_film and not is_a_film:
                return None
            if (len(content) >= 2 and (len(subject) >= 3 or subject[0].lower() in ("the", "a", "an") or is_a_film)
                    and subject[0][:1].isupper() and all(w[:1].isupper() for w in content)
                    and "I" not in content and subject[0] not in _NOT_A_TITLES_START):
                return " ".join(subject).rstrip(",;:")
            return None
        if not word[:1].isupper() and word.lower() not in _SMALL:
            return None  # a number, a quote, a symbol: no plain headline
    return None


_TRAILING_GLOSS = re.compile(r"^(?P<title>.+?)\s+\([^()]{2,60}\)$")  # "Nuvem Baixa (Low Cloud)": a title and its translation
# A title, then brackets, then more: "Singing Cat Street (Rue des Chats Chantants) is gorgeous" (a translation, read by
# `_glossed_title`), "The Raven Assembly (with Amara Nwosu) + listener mail" (an aside: a headline segment, named in the prose).
_LEADING_GLOSS = re.compile(r"^(?P<title>[^()]{2,100}?)\s*\([^()]{2,60}\)")
_ASIDE_OPENERS = frozenset("so part with and or feat ft aka vol episode season day no video spoiler spoilers explained "
                           "essay analysis breakdown trailer recap".split())  # ("... (Video Essay)": what the video is)
SEGMENT_LINE_WORDS = 16  # a longer header line is prose, whose capitalised fragments are no headline
PROSE_WORDS = 8  # a line of at least this many words is prose where the review names its film


_INNER_QUOTE = re.compile(r"(?<=\s)(?:[“\"](?P<title>[^“”\"]{2,60})[”\"]|[‘'](?P<single>[A-Z][^‘\n]{1,60}?)[’'](?=[\s,.:;!?]|$))")
_META_CELLS_AFTER = re.compile(r"\s+[·•]\s+")  # cells parted by middle dots: "· 48K views", "Posts · Wiki · Rules"
_BREADCRUMB_CHARS = "›»‹«"
_NAV_CELLS = re.compile(rf"\s*[|{_BREADCRUMB_CHARS}]\s*|\s+[<>]\s+")
_BREADCRUMB_MARK = re.compile(rf"[{_BREADCRUMB_CHARS}]|\s[<>]\s")
_NAV_CELL_MARKS = (*"|<>", *_BREADCRUMB_CHARS)  # every `_NAV_CELLS` break holds one


def _ends_on_a_page(line: str) -> bool:
    """A breadcrumb whose last cell names the page, not a section ("› Bitter Almonds", not "› New Releases & Reviews")."""
    return bool(_BREADCRUMB_MARK.search(line)) and not any(
        word.casefold() in _SECTION_WORDS for word in re.findall(r"\w+", _NAV_CELLS.split(line.strip())[-1]))


def _is_navigation(text: str) -> bool:
    """A breadcrumb trail ("Reel Nation Forums › World Cinema › African Cinema") or a menu of sections
    ("Local | Border | Business | Arts"): short cells without a number (a metadata line has a year or a runtime)."""
    if not has_any(text, _NAV_CELL_MARKS):
        return False  # no `_NAV_CELLS` break, so one cell at most: neither a trail nor a menu (most lines: a fast exit)
    cells = [c for c in _NAV_CELLS.split(text) if c.strip()]
    breadcrumb = bool(_BREADCRUMB_MARK.search(text)) and len(cells) >= 2
    # (a menu that opens on "Home" may hold a longer item: "Home | The Vault (A-Z) | Worst of the Year | Podcast | About")
    words = 4 if breadcrumb or cells and cells[0].strip().lower() in ("home", "menu") else 3
    return (breadcrumb or len(cells) >= 4) and not any(ch.isdigit() for ch in text) and all(len(c.split()) <= words for c in cells)


# One match per whitespace-separated word holding a letter or a digit: the match opens at the word's first letter or
# digit (`[^\W_]` is exactly `str.isalnum`) and runs to the word's end (`\s` is exactly `str.isspace`, what `split` splits on).
_COUNTED_WORD = re.compile(r"[^\W_]\S*")


def _has_more_words(text: str, limit: int) -> bool:
    """Whether `text` has more than `limit` words, not counting punctuation ("« Les Valises »" is two words).
    Counts no further than needed: the header reader asks it of every line, paragraphs included."""
    for count, _ in enumerate(_COUNTED_WORD.finditer(text), 1):
        if count > limit:
            return True
    return False


# A details line's cell labelled with a credit or a fact: its value names a person or a fact, never the film.
_LABELLED_CELL = re.compile(
    r"(?:^|(?<=[|·•]))\s*(?:dir|director|directed\s+by|cert|certificate|rated|starring|cast|writer|written\s+by|music|"
    r"runtime|running\s+time|genre|country|language|producer|cinematography|dop)\s*[:.]\s*[^|·•]*(?=[|·•]|$)", re.IGNORECASE)


def _segment_titles(line: str) -> list[str]:
    """Titles a short header line may hold: its leading quoted title ("'Bird of No Country' Is a Slow-Burn Marvel"),
    and each piece between title/tagline breaks that looks like a title."""
    text = _unquote_prefix(line)
    if _has_more_words(text, SEGMENT_LINE_WORDS):
        text = _META_CELLS_AFTER.split(text, maxsplit=1)[0]  # a headline, then "· 48K views · 3 weeks ago"
    if _has_more_words(text, SEGMENT_LINE_WORDS):  # a long headline names its film only as what it says the film is
        if _has_more_words(text, HEADLINE_WORDS) or not _IS_A_FILM_HINT.search(text) or _CREDIT_LINE.match(text):
            return []
        said = _title_case_subject(text, called_a_film=True)
        return [said] if said else []
    if _CREDIT_LINE.match(text) or _is_navigation(text) or TIMESTAMP.match(text):
        return []
    text = _LABELLED_CELL.sub(" | ", text)  # "Shearing Season (2025) | 94 mins | Dir: Tahnee Brooks": a director's no film
    text = _EMOJI.sub("", text)  # "KUMASI 2099 🚀🏙️": a post's emoji are no part of a title
    out = []
    if quoted := _LEADING_QUOTE.match(text):
        out.append(quoted["title"])  # the headline's subject: "'Dead Air' is a Gen Z 'Clerks'" compares it to another
    else:
        out += [m["title"] or m["single"] for m in _INNER_QUOTE.finditer(text)]  # 'Everything I Loved About "Saints of Lower Bray"'
    in_quotes = set(out)  # quotes mark a title: one in sentence case passes ("Dispatch: 'La casa de las horas' stops")
    subject = _HEADLINE_VERB.split(text, maxsplit=1)
    if len(subject) == 2:
        out.append(subject[0])
    for part in subject:
        for piece in _SEGMENT_BREAK.split(part):
            if said := _title_case_subject(piece.strip()):
                out.append(said)  # "Static Over Laventille is loud, lovely ...", "Day 4: The Amber Fox runs beautifully ..."
            if gloss := _TRAILING_GLOSS.match(piece.strip()) or _LEADING_GLOSS.match(piece.strip()):
                out.append(gloss["title"])
            if listed := _LAST_OF_A_LIST.search(piece):
                out.append(listed["title"])  # "Rain, fog and The Fog Sisters" (not "Harold and The Purple Crayon")
            if piece.strip().lower().startswith("on "):
                out.append(piece.strip()[3:])  # an essay's "The river keeps the calendar: on Ferryman's Almanac"
            out.append(piece)
        # a subtitled title whole ("Pocket Universe: The Return – the sequel that gets it"), for the prose to confirm
        out += [piece for piece in _SEGMENT_BREAK_BUT_COLON.split(part) if ":" in piece and len(piece.split(":")) == 2]
    titles = (_clean_title(raw, foreign_ok=raw in in_quotes) for raw in out if raw.strip())
    return list(dict.fromkeys(t for t in titles if t and t.split()[-1].lower() not in _SMALL))


def _prose_mentions(title: str, prose: list[str], prose_lower: str, own_line: str) -> int:
    """How often the prose names `title` (any case, whole words), outside the line it was read from.

    `prose_lower` is the prose lines joined and lower-cased: a title it does not hold is named nowhere, and most
    candidates are ruled out by that one substring test before any pattern is built.
    """
    if title.lower() not in prose_lower:
        return 0
    # any case ("KETTLE OF STARS" is "Kettle of Stars"), but a one-word title as written ("Full" is not "full")
    any_case = " " in title
    pattern: re.Pattern[str] | None = None
    count = 0
    for line in prose:
        if line.strip() == own_line:
            continue
        if title.isascii() and line.isascii():
            count += len(whole_word_starts(title.lower() if any_case else title, line.lower() if any_case else line))
        else:  # (lower-casing outside ASCII may change a text's length; the pattern reads it as written)
            pattern = pattern or re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)", re.IGNORECASE if any_case else 0)
            count += len(pattern.findall(line))
    return count


# A credits block's labelled field after the title: "HELL IS FOR HEROES (director: Don Siegel; cast: ...)",
# "X (ALTERNATE TITLE) (writer/director: Y; ...)".
_LABELLED_CREDITS_AFTER = re.compile(r"\((?:[^()]*\)\s*\()?\s*(?:directors?|writers?|screenwriters?|dir\.)(?:\s*/\s*\w+)*\s*:", re.IGNORECASE)


def _credits_line(document: Document) -> str | None:
    """The page's first line when it is a title before a parenthesis of labelled credits: a title read from it is as
    explicit as a field, whether or not the prose names the film again."""
    first = document.lines[0].strip() if document.lines else ""
    return first if _LABELLED_CREDITS_AFTER.search(first[:300]) and _TITLE_CREDITS.match(first) else None


def _is_field(found: "_Found") -> bool:
    """Read from a labelled field line ("Film: Lanterns for the Drowned"), its label's value as the title."""
    field = _FIELD.match(found.evidence) if found.strength == 5 else None
    return bool(field) and _clean_title(field["title"]) == found.title


def _prose(document: Document) -> list[str]:
    """The page's prose lines (copyright and rights lines and menus are site furniture, not prose)."""
    return [line for line in document.lines
            if len(line.split()) >= PROSE_WORDS and not _COPYRIGHT_LINE.match(line) and not _is_menu(line)]


def _is_menu(line: str) -> bool:
    """A menu or breadcrumb line, its cells parted by bars, arrows or middle dots ("Posts · Wiki · Rules")."""
    return has_any(line, _MENU_MARKS) and _is_navigation(_META_CELLS_AFTER.sub(" | ", line.strip()))


_MENU_MARKS = (*"|·•", *_BREADCRUMB_CHARS, " > ", " < ")


_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)|.*\ball rights reserved\b", re.IGNORECASE)


def _site_of(document: Document) -> str | None:
    """The site's own name, as the byline reader finds it in a masthead (casefolded): a page's masthead is no title."""
    found = masthead(document)
    return found[0].casefold() if found else None


_OPENING_WORDS = 6  # a line of the review's opening has this many words (a profile's name or handle line has fewer)


def _from_quotes(document: Document) -> tuple[str, str] | None:
    """The most-mentioned quoted (“X”) or upper-case (X MARKS THE SPOT) title that the opening also names."""
    opening_text = document.text[:BODY_SCAN_CHARS]
    body = [line for line in opening_text.split("\n")
            if line.strip() and not _CREDIT_FIELD.match(line.strip()) and not _SHOW_TRANSCRIPT.match(line.strip())
            and not _is_menu(line)]
    text = "\n".join(body)
    counts = Counter(m["title"].strip() for m in _QUOTED.finditer(text) if not _is_nickname(text, m))
    quoted = set(counts)
    caps = Counter(m.group(0).strip(" :,") for m in _CAPS_TITLE.finditer(text))
    speakers = _speakers(body)
    counts.update({c: n for c, n in caps.items() if sum(ch.isalpha() for ch in c) >= 4 and c.split(":")[0] not in speakers})  # not "I", "TV", "PG-13"
    # a main title too short to be read alone names its subtitled title: "MVP: MOST VALUABLE PRIMATE ... MVP" is two
    # mentions (but "ALIEN ... ALIEN: COVENANT" are two films, each named as written)
    counts.update({raw: caps[head] for raw in list(counts)
                   if ":" in raw and (head := raw.split(":")[0].strip()) in caps and head not in counts})
    opening = " ".join(body[:3])[:600]
    found = next(((raw, title) for raw, count in counts.most_common()
                  if (title := _clean_title(raw)) and raw in opening and (count >= 2 or raw in opening[:200])), None)
    if found is None:  # a post's opening below its author's name lines: a title quoted twice, or shouted and written as a title later
        later = " ".join([line for line in body if len(line.split()) >= _OPENING_WORDS][:3])[:600]
        prose = [line for line in body if len(line.split()) >= PROSE_WORDS]
        found = next(((raw, title) for raw, count in counts.most_common() if raw in later and (title := _clean_title(raw))
                      and (count >= 2 or raw not in quoted and any(whole_word_starts(title, line) for line in prose if raw not in line))), None)
    if found is None:
        return None
    raw, title = found
    # "DIE HARD WITH A VENGEANCE is the latest of the DIE HARD movies", "BABE: PIG IN THE CITY ... BABE": the longer title
    # (or the title with its subtitle) the opening names first
    longer = [r for r in counts if r.startswith((raw + " ", raw + ":")) and r in opening and opening.find(r) <= opening.find(raw)
              and not _SEQUEL_NUMBER.fullmatch(r[len(raw):])]  # ("after SCREAM 4 underperformed, SCREAM returns")
    if longer and (longer_title := _clean_title(longer[0])):
        raw, title = longer[0], longer_title
    return title, next((sentence_with(line, raw) for line in document.lines if raw in line), raw)


# A title in the prose that an apposition calls the film: "to see Last Orders at the Anchor, the new film from Hamish
# Goodall" (a run of capitalised words, small words of a title inside it, right before the comma).
_TITLE_WORD = r"(?:[A-Z0-9][\w'’&.-]*|of|the|a|an|and|at|in|on|to|for|from|with)"
_CALLED_THE_FILM = re.compile(
    rf"(?<![\w'’])(?P<title>[A-Z0-9][\w'’&.-]*(?:\s+{_TITLE_WORD}){{0,8}}?),\s+(?:the|a|an)\s+(?:(?:new|latest|first|second|third|fourth|fifth|"
    r"debut|long-awaited|\w+-language)\s+)?(?:feature|film|movie|documentary|drama|comedy|thriller|musical)\s+(?:from|by)\s+[A-Z]")


# A headline or dek that gives the film to its maker: "On Lucía Barrenechea's The Cartographer's Daughter, the year's ...".
_MAKERS_TITLE = re.compile(
    rf"(?<![\w'’])(?!(?:The|A|An|This|That|My|Our)\s)(?:[A-Z][\w.-]+\s+){{1,3}}?(?P<owner>[A-Z][\w-]+['’]s)\s+(?P<title>[A-Z0-9][\w'’&.-]*(?:\s+{_TITLE_WORD}){{0,8}}?)"
    r"(?=\s*(?:[,;:]|\s[-–—]\s|$)|\s+(?:is|was|proves|makes|offers|turns)\b)")


def _from_possessive(header: list[str], prose: list[str], prose_lower: str) -> tuple[str, str] | None:
    """The title a short header line gives to its maker ("On X's The Cartographer's Daughter, ..."), named in the prose."""
    found: list[tuple[int, str, str]] = []  # (prose mentions, title, line)
    for line in header:
        if "s " not in line or _has_more_words(line, HEADLINE_WORDS):
            continue
        for m in _MAKERS_TITLE.finditer(line.strip()):
            if (title := _clean_title(m["title"])) and (named := _prose_mentions(title, prose, prose_lower, line.strip())) \
                    and named > _prose_mentions(f"{m['owner']} {title}", prose, prose_lower, line.strip()):
                found.append((named, title, line.strip()))  # (named alone, not only in "Somebody Else's Summer")
    if not found:
        return None
    _, title, line = max(found, key=lambda f: f[0])
    return title, line


_NOT_TITLE_OPENERS = frozenset("in at on after before since during from for with by to of".split())


def _from_apposition(document: Document) -> tuple[str, str] | None:
    """The title the opening's prose calls the film in an apposition ("X, the new film from Y"), named again or not."""
    for line in document.text[:BODY_SCAN_CHARS].split("\n"):
        if ", " not in line or not (" from " in line or " by " in line):
            continue  # (what the pattern needs, found fast)
        for m in _CALLED_THE_FILM.finditer(line):
            first = m["title"].split()[0].lower()
            if first.endswith("ing") or first in _NOT_TITLE_OPENERS:
                continue  # "Premiering at Cannes, the new film from X": the sentence's opening, no title
            if (title := _clean_title(m["title"])) and m["title"].split()[-1][:1].isupper():
                return title, sentence_with(line, m["title"])
    return None


# A transcript's turn: "[00:04] AMARA: And I'm ...", "JONAH: Welcome back".
# "GARETH:", "ONDŘEJ ŠŤASTNÝ (critic):": a name in capitals (any script's), maybe with its part, opening a transcript's line
_SPEAKER = re.compile(r"(?P<name>[^\W\d_][\w .'’-]{1,30}?)(?:\s+\([\w ]{1,20}\))?:\s")


def _speakers(lines: list[str]) -> set[str]:
    """Names that open two or more lines as a speaker's label: a transcript's hosts, not a title in capitals."""
    labels = Counter(m["name"].strip() for line in dict.fromkeys(line.strip() for line in lines)  # (a headline repeated is one)
                     if (m := _SPEAKER.match(TIMESTAMP.sub("", line))) and m["name"].isupper())
    repeated = {name for name, count in labels.items() if count >= 2}
    # a speaker named in full once, then by one name: "ANGHARAD BOWEN: ..." then "BOWEN: ..."
    return repeated | {name for name in labels if " " in name and set(name.split()) & repeated}


def _is_nickname(text: str, quoted: re.Match[str]) -> bool:
    """The quotation is a nickname inside a name (Jermaine "Huggy" Hopkins), judged on 30 characters each side."""
    start, end = max(0, quoted.start() - 30), quoted.end() + 30
    # `_NICKNAME` backtracks over the whole window; its quoted core is a cheap first test.
    return _NICKNAME_CORE.search(text, start, end) is not None and _NICKNAME.match(text, start, end) is not None


def _year_of(document: Document, title: str, header: list[str]) -> tuple[int, str] | None:
    """The film's year where the review states it apart from the headline (`header`: the header lines, without a menu
    of festival editions, whose years are the festivals')."""
    for line in document.lines:
        match = _title_then(line, title, _OWN_YEAR_AFTER)
        if match:
            return int(match["year"]), line
    for line in header:
        stripped = line.strip()
        breaks = len(_CELL_BREAK.findall(stripped))
        # many cells, or cells with a runtime: a catalogue line, however long
        cells = breaks >= 2 and (len(stripped.split()) <= 16 or breaks >= 4 or breaks >= 3 and bool(_RUNTIME_CELL.search(stripped)))
        match = (_YEAR_FIELD.match(stripped) if not _EPISODE_LINE.search(stripped) else None) or (_YEAR_LINE.match(stripped) if len(stripped.split()) <= 6 else None) or (
            _YEAR_CELL.search(stripped) if cells else None
        )
        if match:
            return int(match["year"] if match.groupdict().get("year") else match["year2"]), line
        if (opening := _COUNTRY_YEAR_FIELDS.match(stripped)) and all(
                c.strip().lower() in COUNTRIES for c in opening["countries"].split("/")):
            return int(opening["year"]), line
        if cells or breaks and len(stripped.split()) <= 8:
            pieces = _CELL_BREAK.split(stripped)  # "Chile, 2024 · 104 min"
        elif len(stripped.split()) <= 16 and (_RUNTIME_CELL.search(stripped) or _DIRECTOR_CELL.search(stripped)):
            # "Dir. Agnieszka Wrona. Poland, 2025. 94 mins", "Armenia/France, 2023. Director: X. With: Y, Z."
            pieces = [cell for piece in _SENTENCE_CELL_BREAK.split(stripped) for cell in piece.split(", ")]  # "Ukraine/Poland, 2024, 166 min"
            # (not a date's year: "Reviewed at TIFF, Sept. 9, 2025. Running time: 149 MIN.")
            if year_cell := next((p for k, p in enumerate(pieces) if re.fullmatch(YEAR, p.strip(" ."))
                                  and not (k and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", pieces[k - 1]))), None):
                return int(year_cell.strip(" .")), line
        else:
            pieces = []
        catalogue = bool(pieces) and bool(_RUNTIME_CELL.search(stripped)) and bool(_DIRECTOR_CELL.search(stripped))
        for cell in pieces:
            # (the countries of a catalogue line with a director and a runtime, in any language: "Irland, Großbritannien 2023")
            if (country_year := _COUNTRY_YEAR.fullmatch(cell.strip(" ."))) and (
                    country_year["country"].lower() in COUNTRIES or catalogue and ":" not in cell):
                return int(country_year["year"]), line
    for line in document.lines:
        if is_tail_start(line):
            break  # related posts and comments below: their films' years
        if has_any(casefree(line), ("released", "year")) and len(line.split()) <= HEADLINE_WORDS and (match := _RELEASED_CELL.search(line)):
            return int(match["year"]), line
        # the film's details line below the header: "Directed by X · Written by Y · Starring Z · 2024 · PG-13 · 1h 57m"
        if len(_CELL_BREAK.findall(line)) >= 3 and _DIRECTOR_CELL.search(line) and (match := _YEAR_CELL.search(line)):
            return int(match["year"]), line
    this_year = has_any(casefree(document.text), ("this 1", "this 2", "s a 1", "s a 2"))  # what `_THIS_YEAR` needs
    for sentence_line in document.text.split("\n"):
        found = _title_then(sentence_line, title, _IS_A_YEAR_AFTER, word_start=True) or \
            _title_then(sentence_line, title, _RELEASED_IN_AFTER, word_start=True)
        if found:
            return int(found["year"]), sentence_with(sentence_line, found.string[found.pos - len(title): found.end()])
        if found := _THE_FILM_RELEASED_IN.search(sentence_line):
            return int(found["year"]), sentence_with(sentence_line, found.group(0))
        match = this_year and _THIS_YEAR.search(sentence_line)
        if match:
            return int(match["year"]), sentence_with(sentence_line, match.group(0))
    return None


# An episode's own line ("Released 22 February 2026 · 1 hr 12 min · Hosted by X"): its date is the episode's, not the film's.
_EPISODE_LINE = re.compile(r"\b(?:hosted\s+by|episode|listen\s+(?:on|now)|podcast|download)\b", re.IGNORECASE)
# A metadata line of cells, one of them the year alone: "Japan · 2022 · 103 min", "Poland / Czechia | 2022 | 1h 52m"
# (a dated cell, "FRIDAY, SEPTEMBER 13, 2024", is a publication date, not a year cell).
_CELL_BREAK = re.compile(r"\s[|·•/]\s|\s*[|·•]\s*")
_YEAR_CELL = re.compile(rf"(?:^|[|·•]|\s/)\s*(?P<year>{YEAR})\s*(?:[|·•]|/\s|$)")
# After the title: `Title (2023)`, `“Title” [2023]`; `Title is a 2023 ...`, `Title's was the 1999 ...`.
# a cell "Mexico, 2022", "Austria 2025", "Italy/France 2025"
_COUNTRY_YEAR = re.compile(rf"(?P<country>[A-Z][\w .'’-]{{1,30}}?)(?:(?:/|,\s*)[A-Z][\w .'’-]{{1,30}}?)*(?:,\s*|\s+)(?P<year>{YEAR})")
# A header line opening on the countries and the year, then labelled fields run on:
# "United States, 1995 U.S. Availability: 9/29/95 (wide) Running Length: 1:28 MPAA Classification: R".
_COUNTRY_YEAR_FIELDS = re.compile(
    rf"(?P<countries>[A-Z][\w .'’-]{{1,30}}?(?:/[A-Z][\w .'’-]{{1,30}}?)*),\s*(?P<year>{YEAR})\s+"
    r"(?=(?:U\.S\. )?(?:Release Date|Availability|Running (?:Length|Time)|Runtime|MPAA|Rated|Rating|Distributor|Director|Cast|Starring)\b[\w. ]{0,20}:)")
# "(1966)", "(Filise me, 1966)", "(2024, 15, 97 mins, dir. Casey Lindgren)": after the year, only credit cells (a runtime,
# a director), not "(a loose remake of Sorcerer, 1977, and a good one)"
_OWN_YEAR_AFTER = re.compile(
    rf"[”\"’']?\s*[\(\[](?:[^()\[\]]{{1,60}},\s*)?(?P<year>{YEAR})(?:,\s*(?=[^()\[\]]*\b(?:mins?|minutes|dir\.|directed)(?:\W|$))[^()\[\]]{{1,80}})?[\)\]]"
)
# A credits header of sentence-like cells with a runtime: "Dir. Agnieszka Wrona. Poland. 2025. 94 mins"
_RUNTIME_CELL = re.compile(r"(?:^|\s)\d{2,3}\s*(?:(?i:min|mins|minutes)|['’])(?:\.|\s|$)")
_SENTENCE_CELL_BREAK = re.compile(r"\.\s+")
# A director's cell, after a sentence's or a cell's break: "Dir. Agnieszka Wrona. Poland", "· Directed by Dana Hutchins ·".
_DIRECTOR_CELL = re.compile(r"(?:^|\.\s+|[|·•]\s*)(?i:directed\s+by|director:?|dir\.|regie:|réalisation\s*:|dirección\s*:|regia\s*:)\s*[A-Z]")
_IS_A_YEAR_AFTER = re.compile(rf"[’']?s? (?:is|was) (?:a|an|the) (?P<year>{YEAR})\b", re.IGNORECASE)
# A credits line's release or year cell: "Dir: Shirin Ahmadi. Starring: ... 118 mins. Released 2023.", "Country: Chile | Year: 2024",
# "Country/Year: Ireland, 2024".
_RELEASED_CELL = re.compile(
    rf"(?:^|[.|·•]\s+)(?:Released|(?:Country\s*/\s*)?Year|Release\s+year|Production\s+year):?\s+(?:in\s+|[A-Z][\w .'’-]{{1,30}},\s*)?"
    rf"(?P<year>{YEAR})\b(?!\s*[-/]\d)")
# `Title was released in 2020`, `Title came out in 2019`; `The film was released in 2019` (this film, however named).
_RELEASED_IN_AFTER = re.compile(
    rf"\s+(?:(?:was|is)\s+(?:first\s+|originally\s+)?released|came\s+out|premiered)\s+in\s+(?:(?:early|late|mid-?)\s*)?(?P<year>{YEAR})\b")
_THE_FILM_RELEASED_IN = re.compile(rf"(?:^|(?<=[.!?]\s))(?:The|This)\s+(?:film|movie|picture){_RELEASED_IN_AFTER.pattern}")
_WORD_START = re.compile(r"\b")


def _title_then(line: str, title: str, after: re.Pattern[str], word_start: bool = False) -> re.Match[str] | None:
    """The first mention of `title` (in any case) in `line` that `after` continues, as `after`'s match.

    The same as searching `re.escape(title) + after` with re.IGNORECASE (`\\b` first when
    `word_start`), without compiling a pattern per title: an ASCII title is found with
    `str.find` in the `casefree` line. The match's `pos` is where the title ends. A curly apostrophe is a straight one
    ("The Glassblower’s Feud (2025)" for "The Glassblower's Feud"; the same length, so positions hold).
    """
    line, title = line.replace("’", "'"), title.replace("’", "'")
    if not title.isascii():
        pattern = re.compile(("\\b" if word_start else "") + re.escape(title) + f"(?:{after.pattern})", re.IGNORECASE)
        found = pattern.search(line)
        return after.match(line, found.start() + len(title)) if found else None
    needle, low = casefree(title), casefree(line)
    at = low.find(needle)
    while at != -1:
        if not word_start or _WORD_START.match(line, at):
            match = after.match(line, at + len(needle))
            if match:
                return match
        at = low.find(needle, at + 1)
    return None


def _merge_prefixed(found: list[_Found]) -> list[_Found]:
    """ "Ananya Iyer's The Ninth Monsoon (2023)" and a headline "The Ninth Monsoon review" are one film:
    a title that another candidate ends with after a possessive is the title, and it takes that candidate's year.
    ("Skyline Hustle 3: Payday" is not "Payday": only a possessive is a maker's name before the title.)"""
    merged = []
    for candidate in found:
        shorter = next(
            (f for f in found if f is not candidate and len(f.title) < len(candidate.title)
             and candidate.title.lower().endswith(" " + f.title.lower())
             and candidate.title[: -len(f.title)].rstrip().endswith(("'s", "’s", "s'"))),
            None,
        )
        if shorter is not None:
            candidate = _Found(shorter.title, candidate.year or shorter.year, candidate.evidence, candidate.strength)
        merged.append(candidate)
    return merged


def _without_headline(found: list[_Found], header: list[str]) -> list[_Found]:
    """ "Static on the Line: Hollow Mountain Radio review" on a page headed "Static on the Line": the part before the
    colon is the article's own headline, the film is the rest."""
    lines = {line.strip().casefold() for line in header}
    out = []
    for candidate in found:
        head, colon, rest = candidate.title.partition(": ")
        if colon and head.casefold() in lines and candidate.evidence.casefold() != head.casefold() and (title := _clean_title(rest)):
            candidate = _Found(title, candidate.year, candidate.evidence, candidate.strength)
        out.append(candidate)
    return out


def _with_other_titles(found: list[_Found]) -> list[_Found]:
    """Each candidate followed by the other title its line gives it: "LE VOLEUR DU VERGER / THE ORCHARD THIEF (1987)",
    "Die gläserne Voliere (The Glass Aviary)". Both stand; the one the review's prose uses is the film's title."""
    out = []
    for candidate in found:
        out.append(candidate)
        if candidate.strength < 3:
            continue
        at = len(out) - 1
        parts = candidate.title.split(" / ")
        shouted = [m.group(0).strip(" :,") for m in _CAPS_TITLE.finditer(candidate.title)] if not candidate.title.isupper() else []
        if len(parts) == 2:
            others = parts
        elif len(shouted) == 1 and len(shouted[0].split()) >= 2 and shouted[0] != candidate.title:
            others = [shouted[0]]  # "Why KESTREL, FALLING Is the Best Film Nobody Saw": the film shouted in its headline
        else:
            gloss = re.search(re.escape(candidate.title) + r"\s*\((?P<other>[^()\d]{2,60})\)", candidate.evidence, re.IGNORECASE)
            bracket = gloss["other"].strip() if gloss else ""
            others = [bracket] if len(bracket.split()) >= 2 and bracket.split()[0].lower() not in _ASIDE_OPENERS else []
        for other in others:
            if title := _clean_title(other[:1].upper() + other[1:], foreign_ok=True):
                # the English title first: of two the prose names alike, an English-language review's reader knows that one
                english_first = _in_english(title) and not _in_english(candidate.title)
                out.insert(at if english_first else len(out), _Found(title, candidate.year, candidate.evidence, candidate.strength))
    return out


def _in_english(title: str) -> bool:
    """Most of the title's words are common English words ("The Silence of the Cicadas", not "Le Silence des Cigales")."""
    words = [w.strip(",:;!?'’").lower() for w in title.split()]
    return sum(is_common_word(w) for w in words if w) * 2 > len(words)


# A review's address: "/2025/11/the-brass-menagerie-review.html", "/reviews/review-the-brass-menagerie/".
_SLUG_END = re.compile(r"\.(?:s?html?|php|aspx?)$", re.IGNORECASE)
_SLUG_REVIEW = frozenset({"review", "reviews", "film", "movie"})


def _from_address(document: Document) -> Film | None:
    """The film a review's own address names when the page names it nowhere else: the last part of the path, when it
    ends on "review" after a title ("the-brass-menagerie-review"), in capitals."""
    url = document.metadata.get("url")
    if not isinstance(url, str):
        return None
    segment = _SLUG_END.sub("", urlparse(url).path.rstrip("/").rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[-_]+", segment.lower()) if w]
    if not words or words[-1] != "review":
        return None  # "the-brass-menagerie-review" (not "/week-in-review/", "/review-round-up-five-films/")
    while words and (words[-1] in _SLUG_REVIEW or words[-1].isdigit()):
        words.pop()
    if len(words) < 2 or {"review", "week", "roundup"} & set(words) or any(len(w) >= 8 and any(ch.isdigit() for ch in w) for w in words):
        return None
    title = _clean_title(title_case(" ".join(words).upper()))
    return Film(title=title, year=None, evidence=url) if title else None


# The kind of publication an outlet's name ends on: "LUMEN" is the site of "Lumen Magazine", no film.
_OUTLET_KIND = re.compile(r"\s+(?:magazine|mag|review|weekly|daily|journal|online|film\s+club|films|blog|zine|podcast)$"
                          r"|\.(?:com|net|org|co\.uk|com\.au|ca|in|ie|de|fr|io|news|blog)$", re.IGNORECASE)  # "MovieBase.com"


# A review that writes titles in capitals and names none in its opening names its film most ("CON AIR" three times, "THE
# ROCK" once): the most named title, named this often and more than any other. Not in a shouted review.
MIN_CAPITALS_MENTIONS = 3
MAX_SHOUTED_SHARE = 0.3  # of a review's letters in capitals


def _most_named(counts: Counter[str]) -> tuple[str, int] | None:
    """The run `counts` names most, `MIN_CAPITALS_MENTIONS` times or more and more than any other, and its count; not an
    acronym of four letters or fewer ("NYPD", "IMAX")."""
    ranked = Counter({raw: n for raw, n in counts.items() if sum(ch.isalpha() for ch in raw) >= (4 if " " in raw else 5)}).most_common(2)
    if not ranked or ranked[0][1] < MIN_CAPITALS_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0]


def _most_named_in_capitals(document: Document) -> Film | None:
    """The title in capitals the whole review names most, when no headline, field or opening names one."""
    text = document.text
    upper = sum(map(str.isupper, text))
    if upper > MAX_SHOUTED_SHARE * (upper + sum(map(str.islower, text))):
        return None
    lines = [line for line in text.split("\n") if not _CREDIT_FIELD.match(line.strip())]
    most = _most_named(Counter(m.group(0).strip(" :,") for line in lines for m in _CAPS_TITLE.finditer(line)))
    if most is None:
        return None
    raw, count = most
    title = _clean_title(raw)
    if title is None or 2 * len(re.findall(rf"\bthe\s+{re.escape(raw)}", text)) >= count:
        return None  # a thing most mentions call "the": "the U.S.S. TRIDENT"
    return Film(title=title, evidence=next((sentence_with(line, raw) for line in document.lines if raw in line), raw))


def _without_a_named_title(document: Document, header: list[str]) -> Film:
    """The film when no headline, field or opening names one: the page's address, or the title in capitals the review
    names most (with the year its header states); Film() when neither."""
    fallback = _from_address(document) or _most_named_in_capitals(document)
    if fallback is None:
        return Film()
    if fallback.year is None and fallback.title and (stated := _year_of(document, fallback.title, header)):
        return Film(title=fallback.title, year=stated[0], evidence=f"{fallback.evidence} / {stated[1]}")
    return fallback


def find_film(document: Document, byline: Byline | None = None) -> Film:
    """Title and year from headlines, metadata lines and schema.org markup; Film() when the review does not say.

    `byline` is the page's `find_byline` when the caller has it (the critic's name line is never the title);
    it is read here otherwise.
    """
    found: list[_Found] = []
    review = document.metadata.get("schema_review")
    if isinstance(review, dict) and review.get("item_name"):
        title = _clean_title(str(review["item_name"])) or str(review["item_name"]).strip()
        year = review.get("item_year")
        found.append(_Found(title, int(year) if year else None, str(review.get("evidence") or "schema.org itemReviewed"), 6))
    movie = document.metadata.get("schema_movie")  # a film page's one declared Movie: as sure as a headline shape
    if isinstance(movie, dict) and movie.get("item_name") and (title := _clean_title(str(movie["item_name"]), foreign_ok=True)):
        found.append(_Found(title, movie.get("item_year"), str(movie["evidence"]), 5))
    header = _header(document)
    editions = {index for index in range(len(header)) if _in_edition_menu(header, index)}
    for index, line in enumerate(header):
        if index in editions or _SHOW_TRANSCRIPT.match(line.strip()):
            continue  # "Porto Lume 2025 / Caledonia 2025 / Karlovy Vary 2025": a site's festival sections; a show's name
        below = header[index + 1: index + 2]
        hit = (_from_headline(line) or _above_year_line(line, below) or _above_gloss_line(line, below)
               or _bare_title(line.strip(), index, document.text))
        if hit:
            found.append(_Found(hit[0], hit[1], line.strip(), hit[2]))
        found += [_Found(title, None, line.strip(), 1) for title in _segment_titles(line) if not hit or title != hit[0]]
    if not any(f.strength >= 4 for f in found):  # a fact box below the headline: "Title (Original). Denmark, 2025. Directed by"
        found += [_Found(hit[0], hit[1], line.strip(), 4) for line in document.lines[:FACT_BOX_LINES]
                  if has_any(casefree(line), ("direct", "dir.")) and (hit := _from_fact_box(line))]
    byline = byline or find_byline(document)
    signed = {line.strip() for line in (byline.critic_evidence, byline.outlet_evidence)  # a byline line, not a prose one
              if line and not _has_more_words(line, SEGMENT_LINE_WORDS)}
    prose = [line for line in _prose(document) if line.strip() not in signed]  # "Kwabena Owusu-Ansah ▸ GHANA MOVIE LOVERS ..."
    prose_lower = "\n".join(prose).lower()
    if not any(f.strength >= 4 for f in found):  # a details line further down, its title named in the prose
        found += [_Found(title, None, line.strip(), 3) for line in document.lines
                  if len(line) < DETAILS_LINE_CHARS and "min" in line and has_any(line, _DETAILS_CELL_MARKS)
                  and (title := _from_details_line(line)) and _prose_mentions(title, prose, prose_lower, line.strip())]
    for key in ("title", "og_title"):  # the page's <title> and its headline for sharing (og:title)
        page_title = document.metadata.get(key)
        if isinstance(page_title, str):
            if hit := _from_headline(page_title):
                found.append(_Found(hit[0], hit[1], page_title, min(hit[2], 3)))
            found += [_Found(title, None, page_title, 1) for title in _segment_titles(page_title)]
    site = document.metadata.get("site_name")
    names_not = {(byline.critic or "").casefold(), (byline.outlet or "").casefold(), site.casefold() if isinstance(site, str) else "",
                 _OUTLET_KIND.sub("", byline.outlet or "").casefold()} - {""}  # ("LUMEN" on the page of Lumen Magazine)
    # (a site's name read as a bare title is no headline: "Frames Per Second" over a post opening on '"Synergy" is ...')
    if not any(f.strength > 1 and f.title.casefold() not in names_not for f in found) and (
            quoted := _from_quotes(document) or _from_apposition(document) or _from_possessive(header, prose, prose_lower)):
        found.append(_Found(quoted[0], None, quoted[1], 2))
    if not found:
        return _without_a_named_title(document, header)
    found = _with_other_titles(_without_headline(_merge_prefixed(found), header))
    # A title the review's prose names beats one it never names (a site's masthead, a section word); then the
    # strongest shape, then the most named; a title read only from a fragment of a headline must be named.
    named = {f: _prose_mentions(f.title, prose, prose_lower, f.evidence) for f in found}
    not_the_film = {_site_of(document)}
    # a fragment of a headline that is the critic's name or the site's ("Three sisters - by X - Second Row") is no film,
    # nor is anything read from a line that is only the site's name ("MERIDIAN FILM REVIEW" is no review of "Meridian")
    # "GARETH: So it's an anthology?" names no film (only a fragment, strength 1, can be read from a speaker's label)
    speakers = {name.casefold() for name in _speakers(document.lines)} if any(f.strength == 1 for f in found) else set()
    found = [f for f in found if (f.strength > 1 or f.title.casefold() not in names_not | speakers)
             and (f.strength >= 6 or f.evidence.strip().casefold() not in names_not)]
    # "Programmes › Arts Weekly › Transcript": a breadcrumb's cells are the site's sections, not films
    # (but a breadcrumb's last cell may be the page itself: "Startseite › Kritiken › English › Bitter Almonds", though not a
    # forum's section: "Board index ‹ Film Discussion ‹ New Releases & Reviews")
    sections = {cell.strip().casefold() for line in header if _is_navigation(line.strip())
                for cell in _NAV_CELLS.split(line.strip())[: -1 if _ends_on_a_page(line) else None]}
    found = [f for f in found if (f.strength > 1 or named[f]) and f.title.casefold() not in not_the_film
             and (f.strength > 1 or f.title.casefold() not in sections)]
    if not found:
        return _without_a_named_title(document, header)
    # "Tidewater: Part Two" over "Tidewater" or "Part Two" when the prose names it: the first film is named for comparison.
    subtitled = {part.strip().casefold() for g in found if named[g] and ":" in g.title for part in g.title.split(":")}
    # a labelled "Film: X" line is as explicit as markup, named in the prose or not
    credits_line = _credits_line(document)
    best = max(found, key=lambda f: (f.strength >= 6, _is_field(f) or f.evidence.strip() == credits_line, named[f] > 0, f.strength,
                                     f.title.casefold() not in subtitled,
                                     min(named[f], 3)))  # max keeps the earliest of equals
    year, evidence = best.year, best.evidence
    if year is None:
        same = [f for f in found if f.year and f.title.lower() == best.title.lower()]
        if same:
            year, evidence = same[0].year, f"{best.evidence} / {same[0].evidence}" if same[0].evidence != best.evidence else best.evidence
        elif stated := _year_of(document, best.title, [line for index, line in enumerate(header) if index not in editions]):
            year = stated[0]
            evidence = best.evidence if stated[1] == best.evidence else f"{best.evidence} / {stated[1]}"
    return Film(title=best.title, year=year, evidence=evidence)
