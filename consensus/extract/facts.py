"""Film facts one review states: runtime, country, release date, platform, premiere, genres, credits.

Rules over the page's lines (credit headers often sit outside the main text)
and the review's sentences, each value with the line it came from:

* runtime: `1h 32m`, `2h 58m`, `1 hr 45 min`, `1 hour 51 minutes`, `Runtime: 1:45`, `runs 1:33`,
  and `92 min` / `92 minutes` only on a credit-style line or after a runtime word
  ("runs", "clocking in at"), as a cell of a credit-style sentence ("Irish comedy. 94 mins.", "(2021, Denmark, 98 min.)"),
  or in a runtime phrasing ("a lean 86-minute thriller", "at a brisk 93 minutes"); spelled out ("two hours and eleven
  minutes"). "The first 20 minutes", "7 min read" and approximations ("just under two hours") are not runtimes.
* country: `Country: X`, a header line `South Korea 2023` or metadata cell ("Dir. X | Mexico | 2019",
  "(Turkey, 2023, 117 min.)"), or a demonym describing this film ("this 2023 South Korean action thriller",
  "The Mexican production premiered", "Irish comedy.", "Italian, 2h 11m.", "It's Portuguese,"), or "produced in
  Latvia". Not a language or setting ("Russian-language", "Israeli-set", "shot in Antwerp"), another film ("a remake
  of a Danish film"), the director's nationality, or a film industry ("the Korean film industry").
* release date: a date after a release word ("global Netflix release on October 6, 2023") or a platform
  ("On Prime Video from 9 May 2025"), as ISO; "January 2024" as `2024-01`; failing a date, a year ("released
  in 2019", a metadata cell "Dir. X | Mexico | 2019", the title line "The Salt House (2019)") as `2019`.
* platform: the streaming service (or "theaters", cinemas in any spelling) the film is released on;
  a bare credit cell ("Shudder.", "Platform: MUBI") names it too.
* premiere: the festival named after "premiere(d) at/in", "world premiere at", "bowed/debuted at"; failing
  those, one the film "screened/played/won ... at" (not in a sentence about another film: "her previous film").
* genres: `Genre: A/B/C` or a header line of genre words; else every phrase classifying this film ("a slow-burning
  horror film", "The Ukrainian drama won", "Irish comedy.", "a romantic comedy" -> romance, comedy; "a family drama"
  is a drama), not one negated ("not a horror movie"), compared ("like a horror film"), plural ("slasher films") or
  with a genre word used as a plain noun or adjective ("a family wedding", "is a mystery to me", "the drama teacher").
* director/writer/composer/cinematographer: from the people the review credits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import chain
from typing import TypeVar

from consensus.extract.people import sentences_of
from consensus.extract.prefilter import TextIndex, casefree, minimal_stems, word_trie
from consensus.models import Document, Facts, Person

MIN_RUNTIME, MAX_RUNTIME = 40, 300
T = TypeVar("T")

# Genre words as critics and databases write them -> the normalized genre.
GENRES: dict[str, str] = {
    "action": "action", "thriller": "thriller", "thrillers": "thriller", "suspense": "thriller",
    "drama": "drama", "dramas": "drama", "comedy": "comedy", "comedies": "comedy", "horror": "horror",
    "romance": "romance", "romantic": "romance", "crime": "crime", "mystery": "mystery", "mysteries": "mystery",
    "sci-fi": "science fiction", "science fiction": "science fiction", "science-fiction": "science fiction",
    "fantasy": "fantasy", "animation": "animation", "animated": "animation", "anime": "animation",
    "documentary": "documentary", "western": "western", "musical": "musical", "war": "war",
    "adventure": "adventure", "family": "family", "biopic": "biopic", "biography": "biopic",
    "biographical": "biopic", "history": "history", "historical": "history", "noir": "noir",
    "neo-noir": "noir", "martial arts": "martial arts", "kung fu": "martial arts", "revenge": "revenge",
    "sports": "sports", "teen": "teen", "satire": "comedy", "slasher": "horror", "psychological": "psychological",
    "biopics": "biopic", "christmas": "christmas", "period": "period", "erotic": "erotic", "courtroom": "courtroom",
    "coming-of-age": "coming-of-age", "superhero": "superhero", "wartime": "war", "melodrama": "drama",
    "techno-thriller": "thriller", "rom-com": "romance", "romcom": "romance", "dramedy": "comedy",
}
# A genre word that names two genres (the labels split compounds: "romantic comedy" -> romance | comedy).
_SECOND_GENRE = {"rom-com": "comedy", "romcom": "comedy", "dramedy": "drama"}
GENRE_WORDS = tuple(GENRES)
_PLURAL_GENRES = frozenset({"thrillers", "dramas", "comedies", "mysteries"})  # about a kind of film, not this one
# As a trie (`word_trie`): one branch per first letter is far faster than one per word under re.I.
_GENRE_IN = re.compile(rf"\b({word_trie(GENRES)})\b", re.I)


def genres_in(text: str) -> list[str]:
    """Normalized genres named in a genre field or phrase, in order, each once ("Action/Thriller" -> action, thriller).

    "family" before "drama" is what the drama is about, not a family film: "a family drama" is a drama.
    """
    found: list[str] = []
    matches = list(_GENRE_IN.finditer(text))
    for m, following in zip(matches, matches[1:] + [None]):
        word = m.group(1).lower()
        if word == "family" and following is not None and GENRES[following.group(1).lower()] == "drama" \
                and not text[m.end() : following.start()].strip():
            continue
        found.append(GENRES[word])
        if word in _SECOND_GENRE:
            found.append(_SECOND_GENRE[word])
    return list(dict.fromkeys(found))

_H_M = re.compile(r"\b(\d)\s*(?:h|hr|hrs|hour|hours)\.?\s*(?:and\s+)?(\d{1,2})\s*(?:m|min|mins|minutes?)\b(?!\s*read)", re.I)
# A word that labels a runtime: "Runtime: 2h", "Running time: 1:45", "Runtime is 1 h 45".
_RUNTIME_LABEL = r"\b(?:runtime|running\s+time|run\s+time|length|duration)"
_H_ONLY = re.compile(rf"{_RUNTIME_LABEL}\s*[:：]?\s*(\d)\s*(?:h|hr|hrs|hours?)\b(?!\s*\d)", re.I)
_CLOCK = re.compile(rf"{_RUNTIME_LABEL}\s*[:：]?\s*(\d):(\d{{2}})\b", re.I)
# "HOME FRIES runs 1:33.", "GLADIATOR runs way too long at 2:30", "The film runs 1:45": a clock time after the film's
# "runs" (a title in capitals, "the film", "it"); not a trailer's or a song's, nor a time of day ("runs from 2:15 to
# 3:45 in the morning", "runs at 9:30 pm", "runs a 4:10 mile").
_RUNS_CLOCK = re.compile(
    r"(?:\b(?i:the\s+(?:film|movie|picture|feature)|it)|\b[A-Z0-9][A-Z0-9'’&.!?:-]*(?:\s+[A-Z0-9][A-Z0-9'’&.!?:-]*)*)\s+runs\s+"
    r"(?!(?:at\s+|(?:[a-z]+\s+){0,4}?(?:from|down|to|a|an)\s+)\d)(?:[a-z]+\s+){0,4}?(\d):(\d{2})\b(?!\s*(?:[ap]\.?m\b|o[’']clock|\s+in\s+the))")
# "Runtime: 93": minutes without a unit, a whole field after a runtime label and its colon (not "1:45", "2.5 hours",
# "110 pages of script").
_LABELLED_MINUTES = re.compile(rf"{_RUNTIME_LABEL}\s*[:：]\s*(\d{{2,3}})(?=\s*(?:$|[;,)|·]|min))", re.I)
# "Runtime is 1 h 45": hours and minutes without the minutes' unit, after a runtime word.
_CUED_H_M = re.compile(rf"{_RUNTIME_LABEL}\s*(?:[:：]|is|of)?\s*(\d)\s*h(?:rs?)?\.?\s*(\d{{1,2}})\b(?!\s*[:.]?\d)", re.I)
# "88 lean, nasty minutes": one or two describing words between the number and "minutes".
_IN_STORY = r"(?!\s*(?:in\b|into|later|past|pass|go\s+by|before|after|of\s+(?:the|this|its)\b|to\s+\w|left|remain))"
_DESCRIBED_MINUTES = re.compile(rf"^\W*(\d{{2,3}})\s+(?:[a-z-]+,?\s+){{1,2}}minutes\b{_IN_STORY}", re.I)
# "Ninety-three minutes of pure pleasure.": a runtime spelled out, opening its sentence.
_SPELLED_MINUTES = re.compile(
    rf"^\W*(?P<tens>sixty|seventy|eighty|ninety)(?:[-\s](?P<ones>one|two|three|four|five|six|seven|eight|nine))?\s+minutes\b{_IN_STORY}", re.I
)
# "Mongolia, 86' – Competition": minutes written with a prime, as European festival catalogues do, in a line of cells.
_PRIME_MINUTES = re.compile(r"(?:^|[,·|()]\s*|\b[Aa]t\s+)(\d{2,3})\s*['’′](?=\s*(?:[–—|·,;).]|$))")  # "(Norway) 97'.", "At 118', ..."
_MINUTES = re.compile(r"\b(\d{2,3})\s*(?:-\s*)?(?:min|mins|minutes?|m)\b\.?(?!\s*read)", re.I)
_RUNTIME_CUE = re.compile(
    r"\b(?:runtime|running\s+time|run\s+time|runs|running|clocks?\s+in|clocking\s+in|lasts|length|duration|long"
    # "only 84 min so it never outstays its welcome", "a brisk 88 minutes": a word sizing the film up right before it
    r"|(?<!has\s)(?<!have\s)(?<!had\s)(?<!with\s)(?:only|lean|brisk|tight|trim|taut|compact|svelte|whopping|bloated|punishing|hefty)(?=\s*$))\b", re.I
)
# Spelled-out runtimes: "two hours and eleven minutes", "an hour and a half" (a runtime cue needed for the latter).
_NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split())
} | {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())} | {"a": 1, "an": 1}
_WORD_NUMBER = r"(?:(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|" \
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})"
_NUMBER_WORD_PARTS = re.compile(r"[-\s]+")  # "twenty-one", "twenty one" -> twenty, one
_WORD_H_M = re.compile(
    rf"\b(?P<h>an?|one|two|three)\s+hours?,?\s+(?:and\s+)?(?:(?P<m>{_WORD_NUMBER})\s+minutes?|(?P<half>a\s+half|a\s+quarter|three[\s-]quarters?))\b"
    r"(?!\s+(?:later|into|in|of|before|after|ago|left|earlier))",
    re.I,
)
# Words that make a duration approximate ("just under two hours"): an approximate runtime is no runtime.
_APPROXIMATE = re.compile(r"\b(?:under|over|nearly|almost|about|around|roughly|approximately|some|close\s+to|shy\s+of|more\s+than|less\s+than|north\s+of|upwards\s+of)\s+(?:just\s+)?$", re.I)
# Abbreviation dots that do not end a sentence, dropped before a line is judged credit-style ("94 mins.", "Dir. X").
_ABBREVIATION_DOT = re.compile(r"\b(?:min|mins|hr|hrs|dir|prod|approx)\.", re.I)
# A runtime that is a whole cell of a sentence: "82 minutes.", "A Danish drama, 98 minutes, in cinemas now."
_MINUTES_CELL = re.compile(r"(?:^|[,;(·]\s*)\d{2,3}\s*(?:min|mins|minutes)\.?\s*(?:[,;)·]|$)")
_CREDIT_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z /&.-]{1,30}\s*[:：]|\s[|·]\s|^[^.!?]{0,60}$")
# "104 minutes long", "100 minutes — its entire runtime": the words after the number say it is the runtime.
_RUNTIME_AFTER = re.compile(
    r"\s*(?:runtime|running\s+time|long)\b"
    r"|\s*[—–-]+\s*(?:its|the\s+film's|the\s+movie's)\s+(?:entire\s+|whole\s+|full\s+|total\s+)?(?:runtime|running\s+time|length)\b",
    re.I,
)
_NARRATIVE = re.compile(r"\b(?:first|last|final|opening|closing|after|every|few|within|over|nearly|almost)\s+(?:\w+\s+)?$", re.I)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
         "august aug", "september sep sept", "october oct", "november nov", "december dec"]
    )
    for m in names.split()
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE = re.compile(
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?\s+(?P<year2>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    rf"|(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<year3>(?:19|20)\d\d))"
)
_RELEASE_CUE = re.compile(
    r"\b(?:release[ds]?|releasing|premieres?|premiered|debuts?|debuted|arrives?|arrived|hits?|drops?|dropped|"
    r"streaming|available|opens?|opened|in\s+(?:(?:(?-i:[A-Z][\w-]+)|select(?:ed)?|local|some|most|many|all|more|(?:[\w-]+\s+)?IMAX)\s+)?"
    r"(?:theat(?:er|re)s|cinemas)|out|com(?:es|ing)\s+to|land(?:s|ed|ing)?)\b",
    re.I,
)
# "On Prime Video from 9 May 2025", "in UK cinemas from ...": a date right after a platform is its release.
_FROM_DATE = re.compile(r"\b(?:from|on)\s+$", re.I)
# A field line naming the release: "Release date: 6 October 2023", "Premiere: ...": any date on it is the release.
_RELEASE_FIELD = re.compile(r"^\s*(?:release(?:\s+date)?|released|premiere)\s*[:：]", re.I)
# A year said to be the release with no month or day: "released in 2019", "released in early 2024" ("opens in 1971"
# is where the story starts).
_RELEASE_YEAR = re.compile(
    r"\b(?:released|release)\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b(?![-/]|\s*(?:original|version))",
    re.I,
)
# A header line of film metadata carrying the year as a cell: "Dir. X | Mexico | 2019 | 104 min.",
# "(Turkey, 2023, 117 min.)", "South Korea 2023"; or the title line "The Salt House (2019)".
_YEAR_CELL = re.compile(r"(?:^|[|(,·]|\s\|)\s*(?P<year>(?:19|20)\d\d)\s*(?=$|[|),·])")
_TITLE_YEAR = re.compile(r"^[^()]{1,80}\((?P<year>(?:19|20)\d\d)\)")
# A line of metadata cells, where a bare year or country is a cell: "Dir. X | Mexico | 2019", "(Turkey, 2023, 117 min.)".
_METADATA_CELLS = re.compile(r"\s\|\s|\([^()]*\d[^()]*,[^()]*\)")
# The cells of a metadata line: "Netflix | Premiered May 9, 2025 | 94 min", "Thailand / 102 min / Netflix".
_CELL_SPLIT = re.compile(r"\s[|·/]\s")

# (platform, pattern, literals): a line the pattern matches holds one of the literals
# (as written for a case-sensitive pattern; lower-case, looked up in the `casefree` line, for re.I).
_PLATFORMS = [
    ("Netflix", re.compile(r"\bNetflix\b"), ("Netflix",)),
    ("Prime Video", re.compile(r"\b(?:Prime\s+Video|Amazon\s+Prime)\b"), ("Prime",)),
    ("Disney+", re.compile(r"\bDisney\s*(?:\+|Plus)"), ("Disney",)),
    ("Apple TV+", re.compile(r"\bApple\s*TV\s*(?:\+|Plus)"), ("Apple",)),
    ("Apple TV", re.compile(r"\bApple\s+TV\b"), ("Apple",)),  # its name since October 2025
    ("Hulu", re.compile(r"\bHulu\b"), ("Hulu",)),
    ("HBO Max", re.compile(r"\bHBO\s+Max\b"), ("Max",)),  # Max again since July 2025
    ("Max", re.compile(r"\b(?i:on)\s+Max\b"), ("Max",)),  # "On Max" opens a sentence
    ("Paramount+", re.compile(r"\bParamount\s*(?:\+|Plus)"), ("Paramount",)),
    ("Peacock", re.compile(r"\bPeacock\b"), ("Peacock",)),
    ("MUBI", re.compile(r"\bMUBI\b", re.I), ("mubi",)),
    ("Shudder", re.compile(r"\bShudder\b"), ("Shudder",)),
    ("BBC iPlayer", re.compile(r"\b(?:BBC\s+)?iPlayer\b"), ("iPlayer",)),
    ("Criterion Channel", re.compile(r"\bCriterion\s+Channel\b"), ("Criterion",)),
    ("Tubi", re.compile(r"\bTubi\b"), ("Tubi",)),
    ("Crunchyroll", re.compile(r"\bCrunchyroll\b", re.I), ("crunchyroll",)),
    ("Viaplay", re.compile(r"\bViaplay\b", re.I), ("viaplay",)),
    # Cinemas in any spelling are one value, "theaters", so reviews saying "in UK cinemas" and "in theatres" vote together.
    ("theaters", re.compile(
        r"\b(?:(?:in|at)\s+(?:(?-i:[A-Z]{2,3}|[A-Z][a-z]+)\s+|(?:select(?:ed)?|local|area|(?:[A-Za-z]+\s+)?IMAX)\s+)?"
        r"(?:theat(?:er|re)s|cinemas)|theatrical(?:ly)?\s+release[d]?|theatrical\s+run|at\s+the\s+cinema)\b", re.I),
     ("theat", "cinema")),
]
# A line that is a platform's name and nothing more ("Shudder.") or a `Platform:` field names where the film is.
_BARE_PLATFORM = re.compile(r"^\s*(?:(?:platform|where\s+to\s+watch|streaming|available\s+on)\s*[:：]\s*)?(?P<p>[^.:：]{2,20}?)\.?\s*$", re.I)
# A sentence saying the film is released or streaming on the platform: the one `find_facts` prefers.
_RELEASED_THERE = re.compile(r"\brelease|\bstreaming|\bnow\s+on\b|\boriginal\b", re.I)
_PLATFORM_CUE = re.compile(
    r"\b(?:releases?|released|streaming|stream|now\s+on|available|original|watch|watched|rented|premieres?|debuts?|arrives?|"
    r"exclusive|latest|on|comes?\s+to|coming\s+to|hits?|platform)\b", re.I
)

# A festival's name: an edition ("28th", a year, dropped), capitalized words, and a festival word ("Film Festival",
# "DocFest", "Biennale"); or a festival known by one name ("Sundance", "Karlovy Vary", "TIFF", "Toronto").
ONE_NAME_FESTIVALS = (r"(?:Sundance|Cannes|Venice|TIFF|SXSW|Tribeca|Telluride|Berlinale|Fantastic\s+Fest|Busan|Karlovy\s+Vary|Locarno|"
                       r"Rotterdam|IFFR|Sitges|San\s+Sebasti[aá]n|IDFA|Toronto|Berlin|Sheffield\s+DocFest|Hot\s+Docs|BFI\s+London|DOC\s+NYC|"
                       r"CPH:DOX|Annecy|Clermont-Ferrand|Sarajevo|Thessaloniki|Mar\s+del\s+Plata|Guadalajara|[A-Z][a-z]+Fest)")
_FESTIVAL = (
    r"(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?(?:(?:19|20)\d\d\s+)?(?:(?P<fest>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}"
    r"(?:International\s+)?(?:Film\s+Festival|Festival|Film\s+Fest|[A-Z]?\w*Fest|Biennale|Berlinale|Film\s+Fleadh))\b"
    rf"|(?P<named>{ONE_NAME_FESTIVALS})\b(?!\s+[A-Z]))"
)
# "premiere" in any case ("Premiered at ..." opens a sentence), "world premiere at", "bowed/debuted at", "premiered in the
# Forum section of ...": the festival where the film premiered.
_PREMIERE = re.compile(
    rf"\b(?i:premiere[sd]?|premiering|bowed|bows|debuted|debuts)\b(?:[^.;]{{0,60}}?\b(?:at|of|in)\s+|\s*[:：]\s*){_FESTIVAL}"
)
# The festival first: "Reviewed at X (Competition; world premiere)", "Opening the X with its world premiere gala".
_FESTIVAL_THEN_PREMIERE = re.compile(
    rf"{_FESTIVAL}[^.]{{0,80}}?\b(?i:world|international|north\s+american|european)[\s-](?i:premiere)"
)
# A premiere the review places "here" without naming the festival: a festival dispatch, whose headline names it
# ("BERLINALE DISPATCH" ... "had its world premiere here", "SUNDANCE: ..." ... "the world premiere of X").
_PREMIERE_HERE = re.compile(
    r"\b(?:world[\s-]premiere[ds]?(?!\s+(?:at|in)\s+(?-i:[A-Z])|\s+of\s+(?:his|her|their)\b)(?:\s+here)?|(?:had|has|have)\s+(?:its|their)\s+"
    r"(?:world\s+|international\s+)?premiere\s+here|premiered\s+here)\b",
    re.I,
)
# A one-name festival in a headline, as the headline writes it: in capitals ("SUNDANCE:", "BERLINALE DISPATCH") or with
# its own capital ("Cannes 2025:"), never a word that only looks like one ("a lovers' tiff").
_ONE_NAME_FESTIVALS_IN_CAPITALS = ONE_NAME_FESTIVALS.upper().replace("\\S", "\\s")  # (upper() turned \s into \S)
_HEADLINE_FESTIVAL = re.compile(rf"\b(?P<named>{ONE_NAME_FESTIVALS}|{_ONE_NAME_FESTIVALS_IN_CAPITALS})\b")
_FESTIVAL_SPELLINGS = {"TIFF": "TIFF", "SXSW": "SXSW", "IDFA": "IDFA", "IFFR": "IFFR", "BFI LONDON": "BFI London", "DOC NYC": "DOC NYC"}
# Weaker: the film screened, played or won a prize at a festival (read only when no review sentence says "premiered").
_FESTIVAL_SHOWING = re.compile(
    rf"\b(?i:screened|screens|screening|played|plays|won|wins|competed|competing|selected|selection|saw|seen|caught)\b[^.;]{{0,60}}?"
    rf"\b(?:at|of|in)\s+{_FESTIVAL}"
)
# A festival catalogue's or dispatch's header line: "Venue: Tallinn Black Nights Film Festival (Official Selection)",
# "World premiere: CPH:DOX", "Karlovy Vary International Film Festival, 59th edition: Proxima Competition".
_FESTIVAL_FIELD = re.compile(rf"^\s*(?:(?i:venue|festival|screened\s+at|seen\s+at|reviewed\s+at|world\s+premiere|premiere)\s*[:：]\s*)?{_FESTIVAL}")
# What every `_FESTIVAL` match holds (case-sensitive, so a fast scan): a festival word or a one-name festival's first letters.
_FESTIVAL_HINT = re.compile(r"Fest|Fleadh|DOC\s+NYC|CPH:DOX|IFFR|Biennale|Berlin|Sundance|Cannes|Venice|TIFF|SXSW|Tribeca|Telluride|Busan|Karlovy|Locarno|"
                            r"Rotterdam|Sitges|San\s+Sebasti|IDFA|Toronto|Sheffield|Hot\s+Docs|BFI")
# A sentence about another film of the cast or director: its platform is not this film's (a "Netflix original" is).
_ANOTHER_FILMS_PLATFORM = re.compile(r"\b(?:whose|previous|predecessor|(?:earlier|last)\s+(?:film|feature|movie|vehicle|work))\b", re.I)
# A sentence about another film (the director's last one, the original): its festival is not this film's.
_OTHER_FILM = re.compile(r"\b(?:whose|previous|earlier|predecessor|original|last\s+(?:film|feature|movie))\b", re.I)

# Demonym or country name -> country.
COUNTRIES: dict[str, str] = {
    "south korean": "South Korea", "south korea": "South Korea", "korean": "South Korea", "korea": "South Korea",
    "north korean": "North Korea", "japanese": "Japan", "japan": "Japan", "chinese": "China", "china": "China",
    "hong kong": "Hong Kong", "taiwanese": "Taiwan", "taiwan": "Taiwan", "thai": "Thailand", "thailand": "Thailand",
    "vietnamese": "Vietnam", "vietnam": "Vietnam", "indonesian": "Indonesia", "indonesia": "Indonesia",
    "filipino": "Philippines", "philippines": "Philippines", "indian": "India", "india": "India",
    "pakistani": "Pakistan", "iranian": "Iran", "iran": "Iran", "turkish": "Turkey", "turkey": "Turkey",
    "egyptian": "Egypt", "egypt": "Egypt", "saudi": "Saudi Arabia", "lebanese": "Lebanon", "israeli": "Israel",
    "nigerian": "Nigeria", "nigeria": "Nigeria", "south african": "South Africa", "south africa": "South Africa",
    "kenyan": "Kenya", "ghanaian": "Ghana", "senegalese": "Senegal", "american": "United States",
    "united states": "United States", "usa": "United States", "us": "United States", "canadian": "Canada",
    "canada": "Canada", "mexican": "Mexico", "mexico": "Mexico", "brazilian": "Brazil", "brazil": "Brazil",
    "argentine": "Argentina", "argentinian": "Argentina", "argentina": "Argentina", "chilean": "Chile",
    "colombian": "Colombia", "british": "United Kingdom", "uk": "United Kingdom", "united kingdom": "United Kingdom",
    "english": "United Kingdom", "irish": "Ireland", "ireland": "Ireland", "french": "France", "france": "France",
    "german": "Germany", "germany": "Germany", "italian": "Italy", "italy": "Italy", "spanish": "Spain",
    "spain": "Spain", "portuguese": "Portugal", "dutch": "Netherlands", "belgian": "Belgium", "danish": "Denmark",
    "denmark": "Denmark", "swedish": "Sweden", "sweden": "Sweden", "norwegian": "Norway", "norway": "Norway",
    "finnish": "Finland", "icelandic": "Iceland", "polish": "Poland", "poland": "Poland", "czech": "Czech Republic",
    "hungarian": "Hungary", "romanian": "Romania", "greek": "Greece", "russian": "Russia", "russia": "Russia",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "serbian": "Serbia", "croatian": "Croatia", "bosnian": "Bosnia and Herzegovina",
    "australian": "Australia", "australia": "Australia", "aussie": "Australia", "new zealand": "New Zealand",
    "singaporean": "Singapore", "singapore": "Singapore", "philippine": "Philippines", "malaysian": "Malaysia",
    "malaysia": "Malaysia", "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepali": "Nepal",
    "nepalese": "Nepal", "mongolian": "Mongolia", "kazakh": "Kazakhstan", "palestinian": "Palestine",
    "jordanian": "Jordan", "syrian": "Syria", "iraqi": "Iraq", "moroccan": "Morocco", "morocco": "Morocco",
    "tunisian": "Tunisia", "algerian": "Algeria", "ethiopian": "Ethiopia", "welsh": "United Kingdom",
    "scottish": "United Kingdom", "austrian": "Austria", "austria": "Austria", "swiss": "Switzerland",
    "switzerland": "Switzerland", "netherlands": "Netherlands", "belgium": "Belgium", "finland": "Finland",
    "iceland": "Iceland", "portugal": "Portugal", "greece": "Greece", "hungary": "Hungary", "romania": "Romania",
    "latvian": "Latvia", "latvia": "Latvia", "lithuanian": "Lithuania", "lithuania": "Lithuania",
    "estonian": "Estonia", "estonia": "Estonia", "bulgarian": "Bulgaria", "bulgaria": "Bulgaria",
    "slovak": "Slovakia", "slovenian": "Slovenia", "albanian": "Albania", "georgia": "Georgia",
    "chile": "Chile", "colombia": "Colombia", "peruvian": "Peru", "peru": "Peru", "cuban": "Cuba", "cuba": "Cuba",
    "venezuelan": "Venezuela", "uruguayan": "Uruguay", "bolivian": "Bolivia", "ecuadorian": "Ecuador",
    "israel": "Israel", "lebanon": "Lebanon", "kenya": "Kenya", "senegal": "Senegal", "pakistan": "Pakistan",
    "mongolia": "Mongolia", "quebec": "Canada", "québécois": "Canada", "quebecois": "Canada",
    "luxembourg": "Luxembourg", "luxembourgish": "Luxembourg", "uruguay": "Uruguay", "venezuela": "Venezuela",
    "bolivia": "Bolivia", "ecuador": "Ecuador", "armenian": "Armenia", "armenia": "Armenia", "cambodian": "Cambodia",
    "cambodia": "Cambodia", "burmese": "Myanmar", "myanmar": "Myanmar", "afghan": "Afghanistan",
    "afghanistan": "Afghanistan", "sudanese": "Sudan", "sudan": "Sudan", "somali": "Somalia", "somalia": "Somalia",
    "tanzanian": "Tanzania", "tanzania": "Tanzania", "ugandan": "Uganda", "uganda": "Uganda", "rwandan": "Rwanda",
    "rwanda": "Rwanda", "zimbabwean": "Zimbabwe", "zimbabwe": "Zimbabwe", "cameroonian": "Cameroon",
    "cameroon": "Cameroon", "congolese": "DR Congo", "ivorian": "Ivory Coast", "malian": "Mali", "angolan": "Angola",
    "angola": "Angola", "mozambican": "Mozambique", "mozambique": "Mozambique", "tunisia": "Tunisia",
    "algeria": "Algeria", "syria": "Syria", "iraq": "Iraq", "kazakhstan": "Kazakhstan", "kyrgyz": "Kyrgyzstan",
    "uzbek": "Uzbekistan", "uzbekistan": "Uzbekistan", "belarusian": "Belarus", "belarus": "Belarus",
    "macedonian": "North Macedonia", "cypriot": "Cyprus", "cyprus": "Cyprus", "maltese": "Malta", "malta": "Malta",
    "slovakia": "Slovakia", "slovenia": "Slovenia", "croatia": "Croatia", "serbia": "Serbia", "ethiopia": "Ethiopia",
    "ghana": "Ghana", "czechia": "Czech Republic", "czech republic": "Czech Republic",
}
# Countries as their own languages write them, on sites abroad ("Land / Jahr | Deutschland 2024", "Brasil, 2024").
ENDONYMS: dict[str, str] = {
    "brasil": "Brazil", "deutschland": "Germany", "españa": "Spain", "méxico": "Mexico", "italia": "Italy",
    "sverige": "Sweden", "norge": "Norway", "danmark": "Denmark", "suomi": "Finland", "polska": "Poland",
    "türkiye": "Turkey", "österreich": "Austria", "schweiz": "Switzerland", "suisse": "Switzerland",
    "belgique": "Belgium", "nederland": "Netherlands", "éire": "Ireland", "magyarország": "Hungary",
    "česko": "Czech Republic", "românia": "Romania", "perú": "Peru", "frankreich": "France", "italien": "Italy",
    "spanien": "Spain", "schweden": "Sweden", "norwegen": "Norway", "dänemark": "Denmark", "polen": "Poland",
    "allemagne": "Germany", "espagne": "Spain", "italie": "Italy", "suède": "Sweden", "norvège": "Norway",
    "alemanha": "Germany", "alemania": "Germany", "francia": "France", "frança": "France",
}
COUNTRIES |= ENDONYMS
# Demonyms only (a country's name after "produced in" is read from `COUNTRIES` too): "It's Portuguese, it's gorgeous."
DEMONYMS = frozenset(k for k, v in COUNTRIES.items() if casefree(v) != k and k not in ("usa", "us", "uk") and k not in ENDONYMS)
# Country names and demonyms in any case, but "US" only in capitals: "gives us horror" names no country.
_CAPITALS_ONLY = {"us": "(?-i:US)"}
_COUNTRY_ALT = "|".join(
    _CAPITALS_ONLY.get(k, re.escape(k)) for k in sorted(COUNTRIES, key=lambda k: len(re.escape(k)), reverse=True)
)
_COUNTRY_FIELD = re.compile(rf"\b(?:country|countries|origin|country\s+of\s+origin|production)\s*[:：]\s*(?P<c>{_COUNTRY_ALT})\b", re.I)
_COUNTRY_YEAR = re.compile(rf"^\s*(?P<c>{_COUNTRY_ALT})\s*[,/|·-]?\s*(?:19|20)\d\d\s*$", re.I)
_GENRE_ALT = word_trie(GENRE_WORDS)
# A header line of genre words only: "Drama / Thriller", "Horror, Comedy", "Action and Adventure" (`fullmatch` it).
_GENRE_LINE = re.compile(rf"\s*(?:(?:{_GENRE_ALT})\s*(?:[,/|&]\s*|\s+and\s+)?)+\s*", re.I)
# Genre words that name a genre only before another genre word or a film noun: "a family comedy", "a war film", not
# "a family wedding", "the war", "is a mystery to me", "the animation is lovely".
_MODIFIER_GENRES = frozenset({
    "action", "crime", "horror", "mystery", "fantasy", "animation", "animated", "anime", "war", "wartime", "adventure",
    "family", "biographical", "history", "historical", "martial arts", "kung fu", "revenge", "sports", "teen",
    "psychological", "romantic", "christmas", "period", "erotic", "courtroom", "superhero", "coming-of-age", "suspense",
    "science fiction", "sci-fi", "science-fiction", "neo-noir", "noir", "biography",
})
_FILM_HEADS = (r"film|movie|picture|feature|flick|story|tale|piece|entry|yarn|romp|saga|epic|offering|production|throwback|"
               r"co-production|sequel|remake|outing|effort|debut|chiller|caper|programmer|parable|fable|charmer|spectacle|offering|indie|shocker")
_STOP_WORDS = (r"and|or|but|not|of|that|which|who|with|for|to|in|on|at|by|from|as|than|is|was|it|its|his|her|their|this|the|an?|"
               r"between|about|into|over|under|through|after|before|during|without|against|among|like")
# The film described by a nationality: "this 2023 South Korean action thriller", "The Mexican production premiered",
# "a Polish wartime drama", "Irish comedy.", "Quiet and observant, the Japanese drama ...". The article opens the sentence
# or a clause, or follows "is"; "a"/"an" also anywhere but after a comparison ("a remake of a Danish film"). A demonym
# joined by a hyphen ("Russian-language", "Israeli-set") describes a language or a setting, not the production.
_DEMONYM_ALT = "|".join(re.escape(k) for k in sorted(DEMONYMS, key=len, reverse=True))
# A genre that can name the film on its own ends the phrase ("a Polish drama"); "Irish family", "Scottish history" do not.
_GENRE_SINGULAR_ALT = "|".join(sorted((re.escape(g) for g in GENRE_WORDS if g not in _PLURAL_GENRES and g not in _MODIFIER_GENRES),
                                      key=len, reverse=True))
_FILM_NOUN_ALT = rf"{_FILM_HEADS}|{_GENRE_SINGULAR_ALT}"
# Where "a"/"an" opens no phrase about this film: after a comparison or preposition ("a remake of a Danish film",
# "like a horror film", "than a comedy"). Shared by `_THIS_FILM_COUNTRY` and `_GENRE_LEAD`, each adding its own words.
_NOT_AFTER_COMPARISON_WORD = r"(?<!of\s)(?<!than\s)(?<!like\s)(?<!to\s)(?<!from\s)(?<!with\s)(?<!as\s)(?<!in\s)(?<!unlike\s)"
_THIS_FILM_COUNTRY = re.compile(
    r"(?:(?:\b(?:this|the\s+film\s+is\s+an?|is\s+an?|was\s+an?|[’']s\s+an?|latest|new|his|her|their)\s+|(?-i:\b[A-Z][\w-]+)[’']s\s+"
    r"|^\s*(?:an?|the)\s+|[,:;—–]\s*(?:an?|the)\s+"
    rf"|\b{_NOT_AFTER_COMPARISON_WORD}(?<!on\s)(?<!for\s)an?\s+)"
    rf"(?:(?:19|20)\d\d\s+)?(?:(?!(?:{_COUNTRY_ALT}|{_STOP_WORDS})\b)[a-z-]+,?\s+){{0,2}}|^\s*)(?P<c>{_COUNTRY_ALT})(?:-(?:{_COUNTRY_ALT}))*(?![-\w])"
    rf"\s+(?:(?!(?:{_GENRE_ALT})\b)[a-z]+(?:-[a-z]+)*\s+){{0,2}}(?:(?:{_GENRE_ALT})\s+)*(?:[a-z]+-)?(?:{_FILM_NOUN_ALT})\b"
    r"(?!\s+(?:industry|industries|scene|world|market|history|tradition|culture|canon|critics?|audiences?|directors?|"
    r"makers?|festival|fans?|buffs?|studios?|stars?|legends?|boom|new\s+wave|revival))",
    re.I,
)
# "this British folk horror follows ...": after "this", a genre that usually modifies a noun names the film on its own.
_THIS_COUNTRY_GENRE = re.compile(
    rf"\bthis\s+(?:(?:19|20)\d\d\s+)?(?P<c>{_COUNTRY_ALT})\s+(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted((re.escape(g) for g in _MODIFIER_GENRES), key=len, reverse=True))})\b"
    r"(?!\s+(?:film|movie|fans?|genre|industry|scene|tradition|cinema|directors?|makers?|icons?|legends?|stars?|classics?)\b)",
    re.I,
)
# A runtime as a metadata cell: "1h 41m", "118 min" ...
_RUNTIME_CELL = r"\d+\s*h(?:rs?)?\.?(?:\s*\d+\s*m(?:in)?\.?)?|\d+\s*min(?:utes|s)?\.?"
# ... or minutes with a prime, as European festival catalogues write them ("86'").
_RUNTIME_OR_PRIME_CELL = rf"(?:{_RUNTIME_CELL}|\d{{2,3}}\s*['’′])"
# Two countries or more, joined: "Senegal-France", "Iran/France" (the first is read).
_MORE_COUNTRIES = rf"(?:\s*[-–/]\s*(?:{_COUNTRY_ALT}))+"
_COUNTRIES_JOINED = rf"(?P<c>{_COUNTRY_ALT})(?:{_MORE_COUNTRIES})?"
# A sentence of metadata cells only, one a country: "1h 41m, Finland, 2023.", "Japan-France, 2h 58m." (a co-production's
# countries joined by hyphens or slashes: the first is the film's country, as Country fields list them).
_CELLS_SENTENCE = re.compile(
    rf"^\s*(?P<before>(?:(?:{_RUNTIME_CELL}|(?:19|20)\d\d)\s*[,;|·]\s*)*){_COUNTRIES_JOINED}"
    rf"(?P<after>(?:\s*[,;|·]\s*(?:{_RUNTIME_CELL}|(?:19|20)\d\d))*)\s*\.?\s*$",
    re.I,
)
# The country in parentheses: ending a header line ("THE LAST TRAIN TO HOSHIMACHI (Japan)", "(Portugal-Spain)"), or
# with a runtime or year cell anywhere ("The Understudy (France, 1h 39m) opens Friday").
_PAREN_COUNTRY = re.compile(
    rf"\({_COUNTRIES_JOINED}(?P<cells>(?:\s*[,;|·]\s*(?:{_RUNTIME_OR_PRIME_CELL}|(?:19|20)\d\d))+)?\s*\)(?P<end>\s*$)?", re.I
)
# A credits parenthesis closing on the year and the countries: "(director: X; cast: A (Role), B (Role), 1998-France)".
_YEAR_THEN_COUNTRY_CLOSING = re.compile(rf"[,;]\s*(?:19|20)\d\d\s*-\s*{_COUNTRIES_JOINED}\.?\s*\)", re.I)
# What makes it one, in the sentence that holds it (a credits block is often split into several): a labelled field,
# or two credited parts ("... Ken Campbell (Sgt. Alfred); Runtime: 93; 2000-UK)"); not "Mother (Bong Joon-ho,
# 2009-South Korea)" in the prose.
_CREDITS_BEFORE_CLOSING = re.compile(r"\b(?:cast|runtime|directors?|writers?|screenwriters?|cinematographer)\s*:|\)\s*,[^()]+\([^()]+\)\s*,", re.I)
# A line opening on the country, then a runtime or year cell: "Taiwan · 118 min · World premiere, Busan",
# "Thailand / 102 min / Netflix", "Mongolia, 86' – Competition"; or countries alone, joined: "Iran/France."
_COUNTRY_FIRST_CELL = re.compile(
    rf"^\s*{_COUNTRIES_JOINED}\s*(?:[,;|·]|\s/\s|\s[–—-]\s)\s*(?:{_RUNTIME_OR_PRIME_CELL}|(?:19|20)\d\d\b)"
    rf"|^\s*(?P<c2>{_COUNTRY_ALT}){_MORE_COUNTRIES}\s*\.?\s*$",
    re.I,
)
_MADE = r"-(?:produced|made|financed|backed)\b"
_MADE_SUFFIX = re.compile(_MADE)  # the cheap test before `_DEMONYM_PRODUCED`
# "Tiago Amaral's Brazilian-produced portrait": a nationality that made the film, joined to "produced".
_DEMONYM_PRODUCED = re.compile(rf"\b(?P<c>{_DEMONYM_ALT}){_MADE}", re.I)
# "Argentina's latest crowd-pleaser", "China's Lunar New Year box-office champion": the film as its country's.
_COUNTRYS_FILM = re.compile(
    rf"^\W*(?P<c>{_COUNTRY_ALT})[’']s\s+(?:[\w-]+\s+){{0,4}}?(?:latest|entry|submission|blockbuster|champion|crowd-pleaser|"
    rf"offering|contender)\b(?!\s+(?:censors?|industry|audiences?|critics?))",
    re.I,
)
_RECENT_YEAR = re.compile(r"\b20\d\d\b")
# Credit fields later on the line: "United States, 1995 U.S. Availability: 9/29/95 (wide) Running Length: 1:28 ...".
_CREDITS_AFTER = re.compile(r"\b(?:Running\s+(?:Length|Time)|Release\s+Date|Runtime|MPAA|Rated|Director|Cast)\b\s*[:：]|\b\d:\d\d\b")
_RUNTIME_CELL_IN = re.compile(_RUNTIME_OR_PRIME_CELL, re.I)
# "This Senegal-France co-production": the first of the countries that made it.
_CO_PRODUCTION = re.compile(rf"\b(?P<c>{_COUNTRY_ALT}){_MORE_COUNTRIES}\s+co-?productions?\b", re.I)
# "It's Portuguese, it's gorgeous": the film called by its nationality alone.
_IT_IS_COUNTRY = re.compile(rf"\b(?:it|the\s+film)(?:[’']s|\s+is)\s+(?:(?:very|proudly|thoroughly|unmistakably)\s+)?(?P<c>{_DEMONYM_ALT})\s*[,.;—–]", re.I)
# "a period drama produced in Latvia".
_PRODUCED_IN = re.compile(rf"\b(?:produced|made)\s+in\s+(?P<c>{_COUNTRY_ALT})\b", re.I)
# "Italian, 2h 11m.", "Thai action, 1 hour 49 minutes": a nationality cell opening a sentence of credits (a runtime or year follows).
_COUNTRY_CELL_START = re.compile(rf"^\s*(?P<c>{_DEMONYM_ALT})(?:\s+(?:{_GENRE_ALT}))*,\s*(?=[^.]*(?:\d|\bhours?\b))", re.I)
# A metadata cell that is a country: "Dir. X | Mexico | 2019 | 104 min.", "(Turkey, 2023, 117 min.)".
_COUNTRY_CELL = re.compile(rf"(?:^|[|(,·]|\s\|)\s*(?P<c>{_COUNTRY_ALT})\s*(?=$|[|),·])", re.I)
# "a lean 98-minute thriller", "at a brisk 97 minutes,": a runtime by its phrasing, not by a cue word.
_MINUTE_FILM = re.compile(
    rf"\b(\d{{2,3}})-minute\s+(?:[a-z-]+\s+){{0,2}}(?:film|movie|picture|feature|{_GENRE_ALT})\b"
    r"|\bat\s+(?:an?\s+)?(?:[a-z]+\s+)?(\d{2,3})\s*(?:min|mins|minutes)\b(?!\s*(?:in\b|into|mark|later|past|before|after|of\b))"
    r"|\b(?:film|movie)['’]s\s+(\d{2,3})\s+minutes\b",  # "the film's 109 minutes include ..."
    re.I,
)
_GENRE_FIELD = re.compile(r"\bgenres?\s*[:：]\s*(?P<g>[^|\n]+)", re.I)
# What opens a phrase classifying this film: "this", "is the kind of", a clause-opening "the", "a"/"an" but after a
# comparison ("like a horror film", "than a comedy"), "Director X's", "latest"/"new".
_GENRE_LEAD = (
    r"(?:\bthis\s+|\b(?:is|was|[’']s)\s+(?:the\s+)?(?:kind|sort|type)\s+of\s+(?:an?\s+)?|(?:^|[,:;—–]\s*)the\s+"
    r"|\b(?:is|was|[’']s)\s+the\s+(?:best|finest|worst|first|latest|strangest|funniest|scariest)\s+"
    rf"|\b{_NOT_AFTER_COMPARISON_WORD}(?<!any\s)(?<!for\s)an?\s+"
    # a possessive owner opening the sentence or a headline's part after a colon; after "in"/"of", a person's full name
    # ("in Mads Kjær's comedy", not "in Chicago's western suburbs")
    r"|(?:^|:\s+)(?:(?:[Dd]irector|[Ww]riter-director|[Ff]ilmmaker)\s+)?(?-i:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+"
    r"|\b(?:in|of)\s+(?-i:(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*)[’']s\s+"
    r"|\b(?:latest|new)\s+)"
)
_GENRE_PHRASE = (
    rf"(?:(?:19|20)\d\d\s+)?(?:(?!(?:{_GENRE_ALT}|{_STOP_WORDS})\b)[A-Za-z][\w’'-]*,?\s+){{0,5}}"
    rf"(?P<g>(?:(?:{_GENRE_ALT})(?:\s*[/-]\s*|\s+(?:and\s+|&\s+)?))*(?:{_GENRE_ALT}))\b"
    rf"(?P<head>\s+(?:{_FILM_HEADS})\b)?"
)
_THIS_FILM_GENRE = re.compile(_GENRE_LEAD + _GENRE_PHRASE, re.I)
# A credit sentence opening on a genre, after a nationality or before a runtime: "Irish comedy.", "Thai action, 1 hour 49 minutes".
# A sentence of genre words only ("Documentary."), a headline's "Documentary review:", and the genre cell of a metadata
# line ("Mexico | 95 min | Horror").
_GENRE_SENTENCE = re.compile(rf"^\s*(?P<g>(?:(?:{_GENRE_ALT})[\s/-]+)*(?:{_GENRE_ALT}))\s*\.?\s*$", re.I)
_GENRE_REVIEW_HEADLINE = re.compile(rf"^\s*(?P<g>(?:(?:{_GENRE_ALT})[\s/-]+)*(?:{_GENRE_ALT}))\s+review\s*[:：|–—-]", re.I)
_GENRE_CELL = re.compile(
    rf"^\s*(?:(?P<c>{_COUNTRY_ALT})\s+)?(?P<g>(?:(?:{_GENRE_ALT})[\s/-]+)*(?:{_GENRE_ALT}))\s*(?:[.,|]|$)", re.I
)
# After the genre: what follows a noun naming this film ("a drama about", "the Ukrainian drama won", "a comedy.").
_AFTER_GENRE = re.compile(
    r"\s*(?:$|[,.;:!?)(—–\"“”]|['’](?!s\b)|\s*(?:about|that|which|who|set|with|from|by|starring|where|whose|in|for|of|made|told|"
    r"following|centred|centered|based|adapted|directed|written|shot|than|and|but|is|was|has|had|will|can|never|does|doesn't|isn't|"
    r"won|wins|(?:since|stars)(?=\s+(?-i:[A-Z]))|\w+ed|(?!(?:numbers|sequences|scenes|elements|fans|conventions|tropes|beats|films|movies|genres|stars|"
    r"directors|sections|moments|segments|interludes|parts|bits|songs|tropes|fans)\b)\w+[^s']s)\b)",
    re.I,
)
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno|\bnor|\bhardly|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,2}$", re.I)


_COUNTRY_WORD = re.compile(rf"\b(?:{_COUNTRY_ALT})\b", re.I)

# Fast necessary conditions, run on `casefree` text without re.I (see `prefilter`): each matches
# wherever the case-insensitive pattern named beside it does (a part of it, or it loosened).
_GENRE_TRIE = word_trie(GENRES)
_COUNTRY_WORD_LOWER = re.compile(rf"\b(?:{word_trie(COUNTRIES)})\b")  # `_COUNTRY_WORD`, exactly
_COUNTRY_CAPITALIZED_TRIE = word_trie(
    {" ".join(w[:1].upper() + w[1:] for w in k.split()) for k in COUNTRIES if k != "us"} | {k.upper() for k in COUNTRIES}
)
# Countries and demonyms as written ("Mexican", "South Korea", "USA", "MEXICO"): a fact is read only from a text holding one.
# No leading `\b`: a pattern opening on a set of capitals is searched fast (the rules check the word's start).
_COUNTRY_CAPITALIZED = re.compile(
    rf"(?:{_COUNTRY_CAPITALIZED_TRIE})\b"
)
_COUNTRY_BEFORE_NOUN = re.compile(  # the end of `_THIS_FILM_COUNTRY`, opening on a capital: fast to search
    rf"(?:{_COUNTRY_CAPITALIZED_TRIE})(?:-(?:{_COUNTRY_CAPITALIZED_TRIE}))*(?i:\s+(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}(?:(?:{_GENRE_TRIE})\s+)*(?:[a-z]+-)?(?:{_FILM_NOUN_ALT})\b)"
)
_GENRE_WORD_LOWER = re.compile(rf"\b(?:{_GENRE_TRIE})\b")  # `_GENRE_IN`, exactly

# Stems (see `prefilter`): text a rule can read holds one of them, lower-cased.
_COUNTRY_FIELD_STEMS = ("countr", "origin", "production")  # `_COUNTRY_FIELD`
_PLATFORM_STEMS = minimal_stems(literal for _, _, literals in _PLATFORMS for literal in literals)  # `_platform`

_PREMIERE_STEMS = ("premier", "bow", "debut")  # `_PREMIERE`
_SHOWING_STEMS = ("screen", "play", "won", "wins", "compet", "select")  # `_FESTIVAL_SHOWING`

# Whole-review scans (`TextIndex.matching`): the texts where these match are the only ones a rule can read.
# `_runtime` reads a digit before an h/m unit (`_H_M`, `_H_ONLY`, `_MINUTES`), a clock time (`_CLOCK`) or a runtime
# label's bare number (`_LABELLED_MINUTES`). Searched in the `casefree` text, so written in lower case without re.I (a
# case-insensitive branch is what made this scan slow).
_RUNTIME_SHAPE = re.compile(r"\d\s*(?:-\s*)?[hm]|\d:\d|\d\s*['’′]|(?:time|length|duration)\s*[:：]\s*\d")
_YEAR = re.compile(r"(?:19|20)\d\d")  # `_DATE` needs a year or an ISO date


def _runtime(line: str) -> int | None:
    m = _H_M.search(line)
    if m:
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        return minutes if MIN_RUNTIME <= minutes <= MAX_RUNTIME else None
    m = _CLOCK.search(line) or _RUNS_CLOCK.search(line)
    if m:
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        return minutes if MIN_RUNTIME <= minutes <= MAX_RUNTIME else None
    m = _H_ONLY.search(line)
    if m:
        return int(m.group(1)) * 60
    m = _LABELLED_MINUTES.search(line)
    if m and MIN_RUNTIME <= int(m.group(1)) <= MAX_RUNTIME:
        return int(m.group(1))
    m = _CUED_H_M.search(line) or _DESCRIBED_MINUTES.match(line) or _PRIME_MINUTES.search(line)
    if m:
        minutes = int(m.group(1)) * 60 + int(m.group(2)) if m.re is _CUED_H_M else int(m.group(1))
        if MIN_RUNTIME <= minutes <= MAX_RUNTIME:
            return minutes
    m = _SPELLED_MINUTES.match(line)
    if m:
        return _NUMBER_WORDS[m.group("tens").lower()] + (_NUMBER_WORDS[m.group("ones").lower()] if m.group("ones") else 0)
    m = _WORD_H_M.search(line)
    if m and not _APPROXIMATE.search(line[: m.start()]) and (not m.group("half") or _RUNTIME_CUE.search(line)):
        minutes = _spelled_runtime(m)
        return minutes if minutes is not None and MIN_RUNTIME <= minutes <= MAX_RUNTIME else None
    m = _MINUTE_FILM.search(line)
    if m and not _APPROXIMATE.search(line[: m.start()]) and MIN_RUNTIME <= (value := int(next(g for g in m.groups() if g))) <= MAX_RUNTIME:
        return value
    credit_style = bool(_CREDIT_LINE.search(_ABBREVIATION_DOT.sub("", line)) or _MINUTES_CELL.search(line))
    for m in _MINUTES.finditer(line):
        value = int(m.group(1))
        before = line[: m.start()]
        if not MIN_RUNTIME <= value <= MAX_RUNTIME or _NARRATIVE.search(before):
            continue
        if m.group(0).strip().lower().rstrip(".").endswith("m") and not credit_style:
            continue
        if _APPROXIMATE.search(before):
            continue
        if credit_style or _RUNTIME_CUE.search(before[-60:]) or _RUNTIME_AFTER.match(line[m.end():]):
            return value
    return None


def _spelled_runtime(m: re.Match[str]) -> int | None:
    """Minutes of a `_WORD_H_M` match ("two hours and eleven minutes" -> 131), or None for a number it cannot read."""
    hours = _NUMBER_WORDS.get(m.group("h").lower())
    if m.group("half"):  # "an hour and a half", "... a quarter", "... three-quarters"
        fraction = m.group("half").lower()
        return None if hours is None else hours * 60 + (30 if "half" in fraction else 45 if "three" in fraction else 15)
    words = _NUMBER_WORD_PARTS.split(m.group("m").lower())
    parts = [int(w) if w.isdigit() else _NUMBER_WORDS.get(w) for w in words]
    if hours is None or any(p is None for p in parts):
        return None
    return hours * 60 + sum(p for p in parts if p is not None)


def _iso_date(m: re.Match[str]) -> str | None:
    if m.group("iso"):
        return m.group("iso")
    if m.group("month3"):
        return f"{int(m.group('year3')):04d}-{_MONTHS[m.group('month3').lower()]:02d}"
    month = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    year = m.group("year") or m.group("year2")
    number = _MONTHS.get(month.lower().rstrip("."))
    if not number or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{number:02d}-{int(day):02d}"


def _release_date(line: str) -> str | None:
    """The release date the line states after a release word or a platform, as ISO (`YYYY-MM` for "January 2024")."""
    for m in _DATE.finditer(line):
        before = line[max(0, m.start() - 80) : m.start()]
        if (
            _RELEASE_CUE.search(before)
            or _RELEASE_FIELD.match(line)
            or (_FROM_DATE.search(before) and any(pattern.search(before) for _, pattern, _ in _PLATFORMS))
        ):
            return _iso_date(m)
    return None


_TITLE_SMALL_WORDS = frozenset("a an the of in on and for to at by with from or vs".split())
_TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")


def _title_case(text: str) -> bool:
    """Whether every word is capitalized, a number or a small word: a title ("Film Review: The Salt House"), not a sentence."""
    words = _TITLE_WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)


def _release_year(line: str, header: bool, first: bool) -> str | None:
    """A release known only to the year: "released in 2019", or a metadata cell of a header line (or the title line's "(2019)").

    Read only when no line of the review gives a fuller date; a sentence about another film ("the 1986 original") gives none.
    """
    m = _RELEASE_YEAR.search(line)
    if m and not _OTHER_FILM.search(line):
        return m.group("year")
    if not header:
        return None
    if first and (m := _TITLE_YEAR.match(line)) and _title_case(line[: m.start("year") - 1]):
        return m.group("year")
    if (_METADATA_CELLS.search(line) or _COUNTRY_YEAR.match(line)) and (m := _YEAR_CELL.search(line)):
        return m.group("year")
    return None

def _platform(line: str, lowered: str) -> tuple[str, int] | None:
    """The first platform whose pattern matches the line (and, but for cinemas, with a release cue), and where the
    line names it; `lowered` is `casefree(line)`."""
    for name, pattern, literals in _PLATFORMS:
        if not any(literal in (lowered if literal.islower() else line) for literal in literals):
            continue
        m = pattern.search(line)
        if m and (name == "theaters" or _PLATFORM_CUE.search(line) or _bare_platform(line, pattern)):
            return name, m.start()
    if m := _WATCHED_ON.search(lowered):  # a casual post in lower case: "watched this on netflix at 1am"
        return _LOWER_CASE_PLATFORMS[" ".join(m["p"].split())], m.start("p")
    return None


# Platforms a casual post writes in lower case, after a viewing verb ("watched on shudder", "streaming on prime video").
# (every platform's name but "Max", a word too, and cinemas; and two other spellings)
_LOWER_CASE_PLATFORMS = {name.lower(): name for name, _, _ in _PLATFORMS if name not in ("Max", "theaters")} | {
    "amazon prime": "Prime Video", "disney plus": "Disney+"}
_LOWER_CASE_ALTERNATIVES = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _LOWER_CASE_PLATFORMS)
_WATCHED_ON = re.compile(
    r"\b(?:watch(?:ed|ing)?|stream(?:ed|ing)?|rent(?:ed)?|caught|saw)\s+(?:it\s+|this(?:\s+one)?\s+)?on\s+"
    rf"(?P<p>{_LOWER_CASE_ALTERNATIVES})(?![\w+])"
)


def _bare_platform(line: str, pattern: re.Pattern[str]) -> bool:
    """Whether the line is only the platform's name (a credit cell such as "Shudder." or "Platform: MUBI"), or the
    platform is a cell of a metadata line ("Netflix | Premiered May 9, 2025 | 94 min", "Thailand / 102 min / Netflix, ...")."""
    m = _BARE_PLATFORM.match(line)
    if m and pattern.fullmatch(m.group("p").strip()):
        return True
    cells = _CELL_SPLIT.split(line)
    return len(cells) >= 3 and any(pattern.fullmatch(cell.strip(" .,")) for cell in (c.split(",")[0] for c in cells))



def _country(line: str, header: bool) -> str | None:
    lowered = casefree(line)
    m = _COUNTRY_FIELD.search(line) if "countr" in lowered or "origin" in lowered or "production" in lowered else None
    if m:
        return COUNTRIES[m.group("c").lower()]
    if header:
        m = _COUNTRY_YEAR.match(line)
        if m:
            return COUNTRIES[m.group("c").lower()]
    if header and _METADATA_CELLS.search(line):
        m = _COUNTRY_CELL.search(line)
        if m:
            return COUNTRIES[m.group("c").lower()]
    # A country with a runtime (or, on a header line, a year) as cells: not a bare "France.", nor a story's dateline
    # ("Germany, 1945.", "Poland, 1943: a family hides ..."); a credits tail "Brazil, 2024." names a year of this
    # century, which a story's dateline seldom does.
    m = _CELLS_SENTENCE.match(line) if len(line) < 80 else None
    if m and (m.group("before") or m.group("after")) and (header or _RUNTIME_CELL_IN.search(m.group(0)) or _RECENT_YEAR.search(m.group(0))):
        return COUNTRIES[m.group("c").lower()]
    m = _COUNTRY_FIRST_CELL.match(line)
    if m and (m.group("c2") or header or _RUNTIME_CELL_IN.search(m.group(0)) or _CREDITS_AFTER.search(line, m.end())):
        return COUNTRIES[(m.group("c") or m.group("c2")).lower()]
    m = _PAREN_COUNTRY.search(line) if "(" in line else None
    if m and (m.group("cells") or header and m.group("end") is not None):
        return COUNTRIES[m.group("c").lower()]
    m = _YEAR_THEN_COUNTRY_CLOSING.search(line) if ")" in line and _CREDITS_BEFORE_CLOSING.search(line) else None
    if m:
        return COUNTRIES[m.group("c").lower()]
    for pattern in (_THIS_FILM_COUNTRY, _THIS_COUNTRY_GENRE, _IT_IS_COUNTRY, _PRODUCED_IN, _COUNTRY_CELL_START, _CO_PRODUCTION, _DEMONYM_PRODUCED, _COUNTRYS_FILM):
        if pattern is _THIS_FILM_COUNTRY and not _COUNTRY_BEFORE_NOUN.search(line):
            continue
        if pattern is _CO_PRODUCTION and "production" not in lowered or pattern is _DEMONYM_PRODUCED and not _MADE_SUFFIX.search(lowered):
            continue  # the cheap word test first: each pattern is a long alternation of countries
        m = pattern.search(line)
        if m and not _NEGATED.search(line[max(0, m.start("c") - 40) : m.start("c")]):  # "not an entirely Chinese movie"
            return COUNTRIES[m.group("c").lower()]
    return None


def _genres(line: str, header: bool) -> list[str]:
    """Genres a `Genre:` field, a header line of genre words, or the phrases classifying this film name (see `_classified`)."""
    lowered = casefree(line)
    m = _GENRE_FIELD.search(line) if "genre" in lowered else None
    if m:
        return genres_in(m.group("g"))
    if header and len(line) < 60 and _GENRE_LINE.fullmatch(line):
        return genres_in(line)
    return _classified(line)


def _phrases_at_genre_words(line: str) -> list[re.Match[str]]:
    """The `_THIS_FILM_GENRE` matches holding a genre word, in order.

    The pattern's many leads are costly to try at every position, so it is tried from the sentence start and from
    eight words before each genre word only (a lead, up to five words and a year fit in eight words).
    """
    found: dict[tuple[int, int], re.Match[str]] = {}
    end = -1
    for word in _GENRE_WORD_LOWER.finditer(casefree(line)):  # `_GENRE_IN`'s matches, found faster
        if word.start() < end or not _genre_tail_fits(line, word.start()):
            continue
        starts = [w.start() for w in _WORD_START.finditer(line, max(0, word.start() - 90), word.start())]
        first = starts[-8] if len(starts) >= 8 else max(0, word.start() - 90)
        stop = line.find(" ", word.end() + 30)  # room for the genre words and a film noun; cut at a space
        stop = len(line) if stop < 0 else stop
        for m in chain((_THIS_FILM_GENRE.match(line, 0, stop),), _THIS_FILM_GENRE.finditer(line, first, stop)):
            if m is None or m.start() > word.start():
                if m is not None:
                    break
                continue
            if m.start("g") <= word.start() < m.end("g"):
                found.setdefault(m.span(), m)
                end = m.end()
                break
    return [found[span] for span in sorted(found)]


_WORD_START = re.compile(r"(?<!\S)\S")
# From a genre word on: the genre words, then a film noun, or (for a genre that can stand alone) what `_AFTER_GENRE` allows.
_GENRE_TAIL = re.compile(
    rf"(?P<g>(?:(?:{_GENRE_ALT})(?:\s*[/-]\s*|\s+(?:and\s+|&\s+)?))*(?:{_GENRE_ALT}))\b(?P<head>\s+(?:{_FILM_HEADS})\b)?", re.I
)


def _genre_tail_fits(line: str, start: int) -> bool:
    """Whether the genre words at `start` could end a classifying phrase (a cheap test before looking for its lead)."""
    m = _GENRE_TAIL.match(line, start)
    if not m:
        return False
    if m.group("head"):
        return True
    last = _GENRE_IN.findall(m.group("g"))[-1].lower()
    return last not in _MODIFIER_GENRES and bool(_AFTER_GENRE.match(line, m.end()))


_DIGIT = re.compile(r"\d")


def _classified(line: str) -> list[str]:
    """Genres of the phrases that classify this film: "a slow-burning horror film", "The Ukrainian drama won", "Irish comedy.".

    A phrase needs a lead ("this", "a", a clause-opening "the", "X's"); one after "not" ("not a horror movie") or a
    comparison ("like a horror film") is skipped. A genre such as "family" or "war" needs a film noun or another genre
    after it; one that can name the film alone ("drama") must end the clause or be followed by a verb or preposition,
    so "a drama teacher" and "a family wedding" name no genre. A credit sentence may open on a genre ("Irish comedy.").
    """
    found: list[str] = []
    m = _GENRE_CELL.match(line)
    if m and (m.group("c") or _DIGIT.search(line)):
        found += genres_in(m.group("g"))
    if len(line) < 40 and (m := _GENRE_SENTENCE.match(line) or _GENRE_REVIEW_HEADLINE.match(line)):
        if _GENRE_IN.findall(m.group("g"))[-1].lower() not in _MODIFIER_GENRES:  # "Period." is a full stop said aloud
            found += genres_in(m.group("g"))
    if _METADATA_CELLS.search(line):
        found += [g for cell in _CELL_SPLIT.split(line) if (m := _GENRE_SENTENCE.match(cell)) for g in genres_in(m.group("g"))]
    for m in _phrases_at_genre_words(line):
        if _NEGATED.search(line[max(0, m.start() - 30) : m.start()]):
            continue
        last = _GENRE_IN.findall(m.group("g"))[-1].lower()
        if not m.group("head") and (last in _MODIFIER_GENRES or not _AFTER_GENRE.match(line, m.end())):
            continue
        found += genres_in(m.group("g"))
    return list(dict.fromkeys(found))


def _is_genre_field(line: str) -> bool:
    """Whether the line is a `Genre:` field or a header line of genre words only (its genres stand for the review's)."""
    return bool(_GENRE_FIELD.search(line)) or bool(
        len(line) < 60 and _GENRE_LINE.fullmatch(line))


def _header_lines(document: Document) -> list[str]:
    head: list[str] = []
    for line in document.lines:
        if len(line) > 160:
            break
        head.append(line)
    return head[:40]


def _first(candidates: Iterable[int], texts: list[str], read: Callable[[str], T | None]) -> tuple[T, str] | None:
    """The first value `read` finds (not None) among the candidate texts (indices, in order), with its text."""
    for i in candidates:
        value = read(texts[i])
        if value is not None:
            return value, texts[i]
    return None


def _festival(text: str, pattern: re.Pattern[str]) -> str | None:
    """The festival `pattern` (`_PREMIERE` or `_FESTIVAL_SHOWING`) names in the text, or None (also for a sentence about another film)."""
    m = pattern.search(text) if _FESTIVAL_HINT.search(text) else None
    if not m or _OTHER_FILM.search(text, 0, m.end()):  # "a village whose choir ..." after the festival is no other film
        return None
    if m.group("named") and re.search(rf"[A-Z][\w'’]*\s+(?:in|of)\s+{re.escape(m.group('named'))}\b", text):
        return None  # a place in a title ("plays like Death in Venice gone astray"), not a festival
    if m.group("fest") and (place := _PLACE_AFTER_GENERIC.match(text, m.end("fest"))) and _GENERIC_FESTIVAL.fullmatch(m.group("fest").strip()):
        return f"{m.group('fest').strip()} {place.group(1)}"  # "International Film Festival Rotterdam": the place comes last
    return (m.group("fest") or m.group("named")).strip()


_GENERIC_FESTIVAL = re.compile(r"(?:the\s+)?(?:International\s+)?Film\s+Festival|Festival", re.I)
_PLACE_AFTER_GENERIC = re.compile(r"\s+(?:of\s+)?([A-Z][\w'’-]+)")


def _premiere_in_dispatch(document: Document, texts: list[str], index: TextIndex) -> tuple[str, str] | None:
    """The festival a dispatch's headline (its first two lines) names, when a sentence places the premiere "here"."""
    headline = next((m for line in document.lines[:2] if (m := _HEADLINE_FESTIVAL.search(line))), None)
    if headline is None:
        return None
    name = " ".join(headline.group("named").split())
    name = _FESTIVAL_SPELLINGS.get(name.upper(), name.title() if name.isupper() else name)
    for i in index.having(("premier",)):
        if _PREMIERE_HERE.search(texts[i]) and not _OTHER_FILM.search(texts[i]):
            return name, texts[i]
    if _DISPATCH_HEADLINE.match(headline.string[headline.start():]):  # "BERLIN DISPATCH:", "SUNDANCE 2026:": seen there
        named_in_full = (_festival(t, _FESTIVAL_SHOWING_ANYWHERE) for t in texts)
        full = next((f for f in named_in_full if f and name.casefold() in f.casefold()), None)
        return full or name, headline.string.strip()
    return None


# A dispatch's headline opening on the festival: "BERLIN DISPATCH: ...", "SUNDANCE 2026: ...", "Cannes 2025 — ...".
_DISPATCH_HEADLINE = re.compile(r"^\S+(?:\s+\S+)?(?:\s+(?:19|20)\d\d)?(?:\s+(?i:dispatch|report|diary|notebook|journal))?\s*[:—–]")
# The festival named anywhere in a sentence (the dispatch's full name for the festival its headline shortens).
_FESTIVAL_SHOWING_ANYWHERE = re.compile(_FESTIVAL)


def find_facts(document: Document, people: list[Person]) -> Facts:
    """The facts this review states, each with the line or sentence it was read from.

    Each fact is the first line or sentence (header lines first) that states it;
    only texts holding a fact's stems (`prefilter`) are read for it.
    """
    facts = Facts()
    evidence: dict[str, str] = {}
    header = _header_lines(document)
    header_set = set(header)
    texts = list(dict.fromkeys(header + sentences_of(document.text)))
    index = TextIndex(texts)

    # Spelled-out runtimes ("two hours and eleven minutes") have no digit: texts with "hour" or "minute" are read too.
    found_runtime = _first(sorted(set(index.matching(_RUNTIME_SHAPE)) | set(index.having(("hour", "minute")))), texts, _runtime)
    if found_runtime:
        facts.runtime_minutes, evidence["runtime_minutes"] = found_runtime
    genre_texts = index.matching(_GENRE_WORD_LOWER)
    # A country is read from a `Country:` field, a header line, or a demonym before a film noun or genre.
    # Every rule needs a country word: the one scan finds the few texts holding one.
    found_country = _first(index.matching(_COUNTRY_CAPITALIZED, lowered=False), texts, lambda t: _country(t, t in header_set))
    if found_country:
        facts.country, evidence["country"] = found_country
    year_texts = index.matching(_YEAR, lowered=False)
    found_date = _first(year_texts, texts, lambda t: _release_date(t) or None)
    if not found_date:
        found_date = _first(year_texts, texts, lambda t: _release_year(t, t in header_set, t == texts[0]))
    if found_date:
        facts.release_date, evidence["release_date"] = found_date
    found_premiere = _first(
        index.having(_PREMIERE_STEMS), texts, lambda t: _festival(t, _PREMIERE) or _festival(t, _FESTIVAL_THEN_PREMIERE)
    ) or _first(
        index.having(_SHOWING_STEMS), texts, lambda t: _festival(t, _FESTIVAL_SHOWING))
    if not found_premiere:
        found_premiere = _first(range(len(header)), texts, lambda t: _festival(t, _FESTIVAL_FIELD)) or _premiere_in_dispatch(
            document, texts, index)
    if found_premiere:
        facts.premiere, evidence["premiere"] = found_premiere
    # Genres: a `Genre:` field or header line alone; else every phrase classifying the film, in order ("is a war film"
    # ... "The Ukrainian drama won" -> war, drama).
    genre_reads = [(texts[i], _genres(texts[i], texts[i] in header_set)) for i in genre_texts]
    genre_reads = [(text, genres) for text, genres in genre_reads if genres]
    fielded = next(((text, genres) for text, genres in genre_reads if text in header_set and _is_genre_field(text)), None)
    if fielded:
        facts.genres, evidence["genres"] = fielded[1], fielded[0]
    elif genre_reads:
        facts.genres = list(dict.fromkeys(g for _, genres in genre_reads for g in genres))
        evidence["genres"] = genre_reads[0][0]
    # The platform: prefer a sentence that says the film is released or streaming there.
    for i in index.having(_PLATFORM_STEMS):
        text = texts[i]
        if (found := _platform(text, index.lowered_text(i))) is None:
            continue
        platform, where = found
        if _ANOTHER_FILMS_PLATFORM.search(text, 0, where):
            continue  # "whose last vehicle Steel Harbor is streaming on Netflix": another film's platform
        facts.platform, evidence["platform"] = platform, text
        if _RELEASED_THERE.search(text):
            break

    for role in ("director", "writer", "composer", "cinematographer"):
        names = [p.name for p in people if p.role == role]
        if names:
            setattr(facts, role, list(dict.fromkeys(names)))
            first = next(p for p in people if p.role == role)
            if first.evidence:
                evidence[role] = first.evidence
    facts.evidence = evidence
    return facts
