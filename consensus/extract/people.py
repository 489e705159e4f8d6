"""People a review credits and the roles it gives them: crew, cast and the characters they play.

Rules, not a model: critics credit people in a small number of regular
phrasings, and each rule below names one. Every person carries the line or
sentence it was read from.

* Labelled credit lines, anywhere on the page: `Director: X | Writer: Y`,
  `Cast: A, B, C`, `Music: X` (each segment between `|`, or after a sentence's
  period: `Director: X. Cast: A, B.`); in capitals without a colon,
  `DIRECTED BY X`, `CINEMATOGRAPHY X`, `WITH A, B`; abbreviated, `Dir. X. Wr. Y. With A, B.`,
  `Dir./scr.: X`.
* A bare credits block at the top of the page: three or more lines that are
  each just a name; the first is the director and the rest are the cast
  (the layout of film databases and many review sites). Read with a warning,
  because the labels are missing.
* Prose cues: `directed/written/shot/produced by X`, `music/score by X`,
  a role noun before the name (`director X`, `writer/director X`, `musician "X"`,
  `cinematographer X`, `actress X`), `X (director of T)`, `X, the director,`,
  `X directs`, `X's film` (weak: only when no other director is named),
  `stars/starring A, B and C`, `X as Y`, `Y (X)`, `Y, played/portrayed by X`,
  `X plays/playing/portraying Y`, `X's score`, `X ... create the score`,
  `with X to capture ... cinematography`, `the camera of X`, `X shot it` (weak),
  `With A, B, C.` (a sentence of names only), `X is [the tea merchant] Y`,
  `A and B as X and Y`, `Y, who is played by X`, `music by the newcomer X`,
  `X, who also wrote the script [with Y]`, `X co-wrote the film with his sister, Y` (a bare
  "X" then is the review's other X, not Y), `X's script, co-written with Y`, `X and her co-writer Y`,
  `X wrote and directed`, `X, writing and directing`, `the cinematographer is X`,
  `X turns up in a cameo`, `X shoots` (weak: a full name beside another director),
  `Actor (Character)` for a one-word part, `A and B are the couple, X and Y`, `A and B play X and Y`,
  `X plays the title character` (the film named for its hero), `The Film, by X,`, `X, the Yogyakarta director`,
  `X gives Y a stubborn dignity`, `X brings a puppyish energy to Y` (a quality of a performance, not a gun),
  `X directs his wife, Y` (Y acts), `A and his sister B play the twin supervisors`,
  `X's images/frames` (weak, like `X's camera`).
  Asides between the actor and the verb are skipped (`X, no relation, plays`, `X, gruff and magnificent, plays`,
  `X (no relation) is`, `X — no relation — is`, `X ("Other Film") plays`); `X plays Y's wife[, Z]` gives
  X the wife Z (or nothing), never Y.
* Second names the text itself ties to a name (`Chidubem ("Dubem" to his friends)`,
  `Pyotr, whom everyone calls Petya`, `X, known to everyone as Y`) are added to
  that person's or character's spellings; nicknames are never guessed.
* Not this film's people: a role noun qualified by a place or praise word
  ("Hong Kong director X", "legendary director X"), a name followed by "'s works"
  or "'s films", a character followed by `in <Title>` ("fame as Tokyo in Money
  Heist"), a `who plays` clause in a sentence about another series, asides set off
  by commas (", who gained fame as ...,"), and the film's own title.

Spellings are merged with `aggregate.aliases` (within the review here, across
reviews in the report); `mentions` lists every spelling the review used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from consensus.aggregate.aliases import KINSHIP_TITLES, RANK_TITLES, NameItem, best_form, cluster_names, has_character_title, is_part_of, part_keys, same_full_name
from consensus.extract.names import (
    CAPITAL,
    NAME_AHEAD,
    ABBREVIATIONS,
    GIVEN_NAMES_ALSO_WORDS,
    RANK_ABBREVIATIONS,
    GENERATIONAL,
    GENERATIONS,
    GIVEN_NAME_ABBREVIATIONS,
    PARTICLES,
    PRONOUN_FAMILY_NAMES,
    TITLES_ALSO_NAMES,
    fold,
    full_keys,
    is_demonym,
    is_initial,
    is_prefixed,
    joined,
    looks_like_full_name,
    may_hold_name,
    name_after,
    name_before,
    possessive_owners,
    pronoun_family_name,
    word_keys,
    word_tokens,
    whole_word_starts,
)
from consensus.extract.lowercase_names import (
    FAMILY_NAMES_ALSO_WORDS, is_lowercase_style, is_shouted_style, lowercase_mentions, quietened, shouts_quietened,
    spelled_as_written, truecaser,
)
from consensus.extract.prefilter import casefree, has_any
from consensus.extract.ties import read_ties, tie_stems_in, without_quoted_nicknames
from consensus.ingest.shapes import is_common_word
from consensus.models import Document, Film, NameMention, Person

ROLE_ORDER = ("director", "writer", "composer", "cinematographer", "producer", "actor", "other")

# Label of a credit field -> roles.
# Besides English, the labels of French, Spanish, Italian, Portuguese and German credits
# ("Réalisation", "Dirección", "Regia", "Regie"; "Image", "Kamera"; "Avec", "Reparto", "Besetzung").
_LABELS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"^(?:written\s+and\s+directed\s+by|(?:screen)?writer\s*[/&-]\s*director|director\s*[/&-]\s*(?:screen)?writer)$", re.I),
     ("director", "writer")),
    (re.compile(r"^(?:réalisation|r[ée]alisat(?:eur|rice)|direcci[óo]n|dire[çc][ãa]o|regia|regie)$", re.I), ("director",)),
    (re.compile(r"^(?:sc[ée]nario|gui[óo]n|roteiro|sceneggiatura|drehbuch)$", re.I), ("writer",)),
    (re.compile(r"^(?:musique|m[úu]sica|musiche|musik|mus\.?)$", re.I), ("composer",)),
    (re.compile(r"^(?:image|images|fotograf[íi]a|kamera)$", re.I), ("cinematographer",)),
    (re.compile(r"^(?:avec|reparto|elenco|interpr[ée]tation|besetzung|voice\s+cast|voices|voice\s+actors)$", re.I), ("actor",)),
    (re.compile(r"^(?:directors?\s+of\s+photography|cinematography|cinematographers?|dop|dp|photography|camera|(?:cinematography|photography|shot)\s+by)$", re.I), ("cinematographer",)),
    (re.compile(r"^(?:directors?|directed\s+by|dir\.?)$", re.I), ("director",)),
    (re.compile(r"^(?:writers?|screenplay|screenwriters?|written\s+by|script|screenplay\s+by|scr\.?|scrpl\.?|wr\.?)$", re.I), ("writer",)),
    (re.compile(r"^(?:music|music\s+by|score\s+by|composers?|score|original\s+music|original\s+score|soundtrack)$", re.I), ("composer",)),
    (re.compile(r"^(?:producers?|produced\s+by|prod\.?)$", re.I), ("producer",)),
    (re.compile(r"^(?:cast|starring|stars|main\s+cast|actors|with)$", re.I), ("actor",)),
]
# A credit line in capitals without a colon: "DIRECTED BY X", "SCREENPLAY BY X AND Y", "WITH A, B, C".
_CAPS_FIELD = re.compile(
    r"^\s*(WRITTEN\s+AND\s+DIRECTED\s+BY|DIRECTED\s+BY|WRITTEN\s+BY|SCREENPLAY\s+BY|MUSIC\s+BY|SCORE\s+BY|PRODUCED\s+BY|"
    r"CINEMATOGRAPHY(?:\s+BY)?|PHOTOGRAPHY(?:\s+BY)?|SHOT\s+BY|MUSIC|SCREENPLAY|STARRING|WITH)\s+(\S.*?)\s*$"
)
# Between two credit fields on one line: "Director: X | Cast: Y", "Director: X. Cast: A, B.", "Producer: X. With A, B."
# ("Dir./scr.: X" after "(South Korea, 138 min.)": a period closing a parenthesis ends a field too; a label's period
# comes before "/" or ":" only, so "Director: S. Ramesh. Cast: ..." breaks after "Ramesh.", not after "S.")
# Credit labels abbreviated with a period and no colon, in trade-paper credit lines: "Dir. X. Wr. Y. With A, B."
_ABBREVIATED_LABELS = ("Dir", "Wr", "Scr", "Mus", "Prod")
_ABBREVIATED_LABEL = "(?:" + "|".join(_ABBREVIATED_LABELS) + r")\."
_ABBREVIATED_LABEL_HINTS = tuple(f"{label}. " for label in _ABBREVIATED_LABELS)  # a line holding none has no such field
_SLASH_BEFORE_LABEL = r"\s/\s(?=[^\W\d_][\w .&-]{0,30}:)"  # "Director: X / Cast: A, B": a slash before the next field's label
_FIELD_BREAK = re.compile(
    r"\|\s*|\s[·•]\s|" + _SLASH_BEFORE_LABEL + r"|(?<=[.)])\s+(?=[A-Z](?:[A-Za-z /&-]|\.(?=[/:])){1,30}:|(?:With|WITH|Avec|Starring|Con|Mit)\s+[^\W\d_]|"
    + _ABBREVIATED_LABEL + r"\s+[A-Z])"
    # a dash between labelled fields: "TITLE — Dir: X — Script: Y, Z — Photography: W"
    + r"|\s[—–]\s(?=[A-Z][A-Za-z /&.-]{1,30}:)"
)
# "Title (2023) · Director: X · Rated 16 · 1h 53m", "Director: X / Cast: A, B / Cinematography: Y"
_CELLS = re.compile(rf"\||\s[·•]\s|{_SLASH_BEFORE_LABEL}")
_FIELD = re.compile(r"^\s*([^\W\d_][^\W\d_ /&.-]{0,29}(?:[ /&.,-]+[^\W\d_]+){0,3}?\.?)\s*[:：]\s*(.+?)\s*$")
# A credit sentence ending a field before a cast field: "Directed by X. With A, B." ("Screenplay by X and Y.").
_BY_CREDIT_END = re.compile(r"\b(?:directed|written|produced|screenplay|script|music|score|shot|photographed)\s+by\s+[^.]{2,80}\.\s*$", re.I)
# Labels of a credit line whose fields run on with no separator but a space, a ";" or an opening parenthesis
# (a table flattened by a scraper, a critic's house style): "Cast: A, B Director: X Screenplay: Y U.S. Distributor: Z",
# "TITLE (director/writer: X; cinematographer: Y; cast: A (Role), B (Role), 1998-France)". Fields that name no one
# ("Distributor", "Running time") are here too: they end the field before them.
_RUN_ON_LABELS = (
    "Cast", "Starring", "Featuring", "Directors?", "Directed by", "Writers?", "Written by", "Screenplay", "Screenwriters?",
    "Script", "Story", "Cinematography", "Cinematographers?", "Director of Photography", "Photography", "Music",
    "Composers?", "Original Music", "Score", "Editors?", "Editing", "Edited by", "Producers?", "Executive Producers?",
    "Produced by", "Production Design(?:er)?", "Costume Design(?:er)?", "Costumes", "(?:U\\.S\\. )?Distributor",
    "Released by", "Distributed by", "Studio", "Running (?:Time|Length)", "Runtime", "Rated", "Rating",
    "MPAA Classification", "Country", "Language", "(?:U\\.S\\. )?Release Date",
)
_RUN_ON_LABEL = "(?:" + "|".join(_RUN_ON_LABELS) + ")"
# Phrases that end a field with no colon of their own: "Music: X Released by Touchstone Pictures", "Songs by Y",
# "No U.S. Distributor", "In French and German with English subtitles".
_RUN_ON_PHRASE = (r"(?:Released|Re-released|Distributed|Songs) by\s|No U\.S\. [Dd]istribut|"
                  r"In [A-Z][a-z]+(?:(?:,| and) [A-Z][a-z]+)* with (?:[Ee]nglish )?[Ss]ubtitles")
# Before a label with its colon: after a space when the label is capitalized, after ";", "(" or a spaced "/" in any
# case (not the "/ " inside a joined label: "director/ writer:"); before a phrase of `_RUN_ON_PHRASE`.
# (Each label and phrase opens on a capital, checked first; the slash's look-behinds are tried after it, not at every
# character: both for speed only.)
_RUN_ON_BREAK = re.compile(
    rf"\s+(?=[A-Z])(?={_RUN_ON_LABEL}\s*[:：]|{_RUN_ON_PHRASE})"
    rf"|(?:[;(]|\s/|/(?<![Dd]irector/)(?<![Ww]riter/)(?<![Pp]roducer/)(?<![Ee]ditor/)\s)\s*(?=(?i:{_RUN_ON_LABEL}(?:\s*/\s*\w+)*)\s*[:：])")
# A field under an abbreviated label: "Dir. X.", "Wr. Y.".
_ABBREVIATED_FIELD = re.compile(r"^\s*(" + _ABBREVIATED_LABEL + r")\s+(?=[^\W\d_])(.+?)\s*$")
# A cast field without a colon between `|`s: "Director: X | Avec A, B | Image: Y".
_BARE_CAST_FIELD = re.compile(r"^\s*(?:With|WITH|Avec|Starring|Con|Mit)\s+(?=[^\W\d_])(.+?)\s*$")

# What a critic calls the film it says someone made: "a droll drama from X", "X has made a procedural".
_FILM_KINDS = r"film|movie|feature|picture|drama|comedy|thriller|documentary|western|musical|satire|melodrama|horror|noir|fable|fantasy|biopic|mystery|chiller|romp|tragedy"
# "..., co-written with Y" after a work that is not the film: "The score, co-written with Y", "her novel, co-written with Y"
_NOT_WORK_BEFORE = "".join(f"(?<!{w})" for w in ("score", "music", "song", "songs", "novel", "book", "soundtrack", "play", "memoir", "album"))
# First words of two-word countries and cities, never of a person's name: "from South Korea", "(Hong Kong, 2024)".
_PLACE_FIRST_WORDS = "South|North|East|West|New|Hong|Sri|Saudi|San|Los|Las|Costa|Puerto|Burkina|Sierra|Papua|United"
# A credit cell abbreviated: "Dir. Yuki Aramaki-Cole. 15. 112 mins.", "dir. Petra Vuković-Ames · 134 min", "(dir. X, 2025)".
_DIRECTOR_ABBREVIATED = re.compile(r"(?:^|(?<=[(\[,;·|/])|(?<=[(\[,;·|/]\s))\s*dir\.\s+(?=(?-i:" + CAPITAL + r"))", re.I)  # "2024 / dir. X / 96 min"
_BY_CUES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"\bwritten\s+and\s+directed\s+by\s+", re.I), ("director", "writer")),
    (re.compile(r"\b(?:directed|helmed)\s+by\s+|\b(?:a|the)\s+(?:(?:first|second|third|fourth|fifth|sixth|new|latest|debut|next)\s+)?"
                r"(?:(?:(?:19|20)\d\d\s+)?(?:feature|film|movie)\s+(?:from|by|of)|one\s+from|(?:directorial\s+|feature\s+)?debut\s+of)\s+(?=(?-i:" + CAPITAL + r"))"  # "the new one from X", "the 2022 film by X", "the new film of X", "the debut of X"
                r"(?!(?:[\w'’.-]+\s+){1,2}(?:director|filmmaker|writer-director|auteur)\b|[\w'’.]+-(?:born|based|raised|bred)\b)"  # "from Moroccan-British director X", "of Moscow-born, Riga-based director X": X comes later
                rf"|\bthe\s+(?:new|latest)\s+(?:[\w-]+\s+){{0,2}}?(?:{_FILM_KINDS})\s+of\s+(?=(?-i:" + CAPITAL + r"[\w'’.-]*\s+" + CAPITAL + r"))"  # "the new French musical of X"
                # "a droll, deadpan two-hander from X", "a stark Kurdish-language film from first-timer X", "the new space drama from X"
                rf"|\b(?:a|an|the)\s+(?:[\w-]+,?\s+){{1,3}}?(?:{_FILM_KINDS}|farce|romance|two-hander|chamber\s+piece|debut|co-?production)\s+from\s+"
                r"(?:(?:first-timer|newcomer|debutant|veteran|director)\s+)?(?=(?-i:" + CAPITAL + r"[\w'’.-]*\s+" + CAPITAL + r"))"
                rf"(?!(?:{_PLACE_FIRST_WORDS})\s)"
                r"(?![\w'’.-]+\s+(?:[A-Z][\w'’.-]*\s+)?(?:Studios?|Pictures|Films|Animations?|Productions|Entertainment|Bros\.?|Media)\b)",
                re.I), ("director",)),  # "the second feature from X"
    (_DIRECTOR_ABBREVIATED, ("director",)),  # "(dir. Fionnuala Brennan-Osei, 2025)" in a sentence
    (re.compile(r"\b(?:written|scripted)\s+by\s+|\b(?:screenplay|script),?\s+co-?written\s+with\s+|(?:^\s*|" + _NOT_WORK_BEFORE + r",\s+)co-?written\s+with\s+|\b(?:script|screenplay|writing),?\s+(?:is\s+|was\s+)?by\s+|"
                r"\bscreenplay\s+(?:s?he|they)\s+(?:co-)?wrote\s+with\s+(?:(?:his|her|their)\s+[a-z-]+\s+)?"
                r"|\b(?:co-)?writing\s+credit\s+(?:for|to)\s+|\bdialogues\s+(?:are\s+|were\s+)?by\s+", re.I), ("writer",)),  # "a co-writing credit for X"
    (re.compile(r"\b(?:music|score|soundtrack|songs),?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:by|from)\s+|\b(?:scored|composed)(?:\s+and\s+(?:arranged|conducted|performed|orchestrated))?\s+by\s+|"
                r"\b(?:songs|music|score)\b[^.;:]{0,40}?\b(?:are|is|were|was)\s+(?:all\s+)?by\s+|\b(?:songs|music|score|soundtrack),?\s+(?:(?:written|composed)\s+and\s+)?arranged\s+by\s+", re.I), ("composer",)),
    # "photographed with great affection by X", "shot in widescreen by X": a manner phrase between the verb and "by"
    (re.compile(r"\b(?:shot|lensed|photographed|filmed)\s+(?:(?:with|in|on)\s+(?:[\w-]+\s+){1,3}?)?by\s+|\bcamera,?\s+(?:operated|handled|wielded)\s+by\s+|\b(?:cinematography|camerawork|camera\s+work|photography),?\s+(?:is\s+|was\s+)?by\s+|"
                r"\bthe\s+(?:camera|camerawork|cinematography|lens)\s+of\s+", re.I), ("cinematographer",)),
    (re.compile(r"\bproduced\s+by\s+", re.I), ("producer",)),
]

_ROLE_NOUN = re.compile(
    r"\b(?P<noun>(?:screen)?writer\s*[/-]\s*director|director\s*[/-]\s*(?:screen)?writer|music\s+director|director\s+of\s+photography|"
    r"director|dir\.|filmmaker|helmer|screenwriter|writer|scripter|scribe|composer|musician|cinematographer|lenser|DoP|DP|"
    r"producer|lead\s+actress|lead\s+actor|actress|actor|co-star)(?P<comma>,)?\s+(?=\S)",
    re.I,
)
_NOUN_ROLES = {
    **{f"{a}{sep}{b}": ("director", "writer") for a, b in (("writer", "director"), ("screenwriter", "director"),
       ("director", "writer"), ("director", "screenwriter")) for sep in "/-"},
    "music director": ("composer",), "director of photography": ("cinematographer",),
    "director": ("director",), "dir.": ("director",), "filmmaker": ("director",), "helmer": ("director",),
    "screenwriter": ("writer",), "writer": ("writer",), "scripter": ("writer",), "scribe": ("writer",),  # the trade press's words
    "lenser": ("cinematographer",), "composer": ("composer",), "musician": ("composer",),
    "cinematographer": ("cinematographer",), "dop": ("cinematographer",), "dp": ("cinematographer",),
    "producer": ("producer",), "lead actress": ("actor",), "lead actor": ("actor",), "actress": ("actor",),
    "actor": ("actor",), "co-star": ("actor",),
}
# Crew nouns: a demonym before them does not make the crew member someone else's ("the Kannada cinematographer X").
_CREW_NOUNS = frozenset({"cinematographer", "composer", "dop", "dp", "director of photography", "music director"})
# Words before a role noun that make it someone else's ("legendary director X", "casting director X").
_OTHER_QUALIFIERS = frozenset(
    "acclaimed legendary famed famous fellow late great master another other former veteran celebrated "
    "renowned iconic casting art assistant action stunt second-unit martial arts associate executive pop k-pop rock".split()
)
_MUSIC_WORDS = re.compile(r"\b(?:music|score|soundtrack|song|songs|composition|composer)\b", re.I)
_OTHER_WORKS = re.compile(r"^\s*['’]s?\s+(?:\w+\s+){0,3}?(?:works|films|movies|oeuvre|filmography|classics|career)\b", re.I)

_CAST_CUE = re.compile(
    r"\b(?:stars|starring|co-stars|co-starring|(?:film|movie|cast|ensemble)\s+(?:\w+\s+)?featuring)\s+(?=\S)", re.I
)
# The pair goes on as the sentence's subject: an auxiliary or a verb in the third person ("is full of", "never
# condescends", "sparkles"), not a casting verb ("and Kim plays the lead": Kim acts).
_RUNS_ON_AFTER_PAIR = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|never|always|also|still|can|could|will|would)\b"
    r"|(?!(?:plays|stars|appears|co-stars|portrays|voices)\b)[a-z]+s\b)"
)
_LIST_SEPARATORS = r",\s*and\s+|,\s*&\s*|,|;|\s+and\s+|\s+&\s+"
_LIST_SPLIT = re.compile(rf"\s*(?:{_LIST_SEPARATORS})\s*", re.I)
# A credit field's list also splits at a slash: "Screenplay: Craig Ferguson/Mark Crowdy".
_LABELLED_LIST_SPLIT = re.compile(rf"\s*(?:{_LIST_SEPARATORS}|/)\s*", re.I)


# A credit list's item: a few capitalized words, and perhaps the part in parentheses.
_CREDITED_ITEM = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}(?:\s*\([^()]*\))?$")
# An item of a writing credit that names the film's source, not a screenwriter, and does not end the list: "from the
# play by X", "based on a story by X", "unpublished story by X", "from X's novel", "X novel" (in "Screenwriters: From
# the play by S.N. Behrman/Frances Goodrich/Albert Hackett" the two after it wrote the film).
# The source runs to the next slash: "based on the book by A and B "Title"/C" names C, a writer, after it. A bare
# "Story by X" is a writing credit of the film, not a source ("Written by: A, Story by A, B and C").
_SOURCE_WORKS = r"(?:novel|novella|book|play|biography|memoir|comic|article|poem)s?"
_SOURCE_CELL = re.compile(
    rf"(?:^|(?<=[,;/])|(?<=\sand\s)|(?<=&\s))\s*(?:(?:based\s+(?:on|upon)|inspired\s+by|adapted\s+from|suggested\s+(?:by|from)|from)\b"
    rf"|(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?{_SOURCE_WORKS}\s+by\b|(?:the|an?|[a-z-]+)\s+stor(?:y|ies)\s+by\b)[^/]*", re.I)
_CREDITED_BY = re.compile(r"(?:^|(?<=[,;/]))\s*(?:story|written|screenplay|script|scripted)\s+by\s+", re.I)
# What a writer's name may carry in a writing credit: "Jack Jevne adaptation", "John Huston (uncredited)".
_WRITING_NOTE = re.compile(r"^\s*(?:(?:adaptation|screenplay|dialogue|script)\b|\((?:uncredited|adaptation|screenplay|dialogue|story)\))")
_SOURCE_AFTER_NAME = re.compile(rf"^\s+(?:{_SOURCE_WORKS}|stor(?:y|ies))\b")


def _without_sources(credit: str) -> str:
    """A writing credit without the cells naming the film's source ("from the play by X", "based on the book by X and
    Y"), and without "story by" or "written by" before writers of the film: the names left wrote the film ("X novel"
    is for `_names_in_list` to skip)."""
    if has_any(credit.lower(), ("by", "from", "based")):
        credit = _CREDITED_BY.sub(" ", _SOURCE_CELL.sub("", credit))
    return credit


# A credited part in a cast list's parenthesis, read whole: "Samoan Crime Boss", "Sen. Rupert Hornbeck", "Nick the
# Greek", "Duchess of Alba", "Lola's Father" (capitalized words, a title's abbreviation, "the"/"of"/"de" between them).
_CREDITED_PART = re.compile(
    r"^[A-Z][a-z'’-]*\.?(?:\s+(?:(?:the|of|de|del|la|le|von|van)\s+)?[A-Z][a-z'’-]*(?:[A-Z][a-z'’-]+)?\.?){1,3}$")  # "Sen. Joe McCarthy"
# A part a common word or a nationality opens, described in lower-case words: "War veteran", "Popcorn girl", "Sioux chief".
_DESCRIBED_CREDITED_PART = re.compile(r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3}$")
_PLAIN_NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)$")  # "May", "Von", "E.": not "PG", "U.S.", "3D"


def _whole_credited_name(item: str, name: str | None) -> str | None:
    """The name a credit field's item holds: the whole item when it is two to four plain capitalized words, not all of
    them English words, though one reads as an English word elsewhere ("Max Von Sydow", "Joe May", "Richard English",
    "E. Max Frye"; not "Very Good", "Not Credited"); else `name`, as `name_after` read it."""
    whole = re.split(r"\s*\(|\s+as\s+", item, maxsplit=1)[0].strip()
    words = whole.split()
    if not 2 <= len(words) <= 4 or name == whole or name and not whole.startswith(name) or _reads_as_words(whole):
        return name
    if all(_PLAIN_NAME_WORD.match(w) and not _label_roles(w) and not _is_company_word(w) for w in words):
        return whole
    return name


def _split_outside_parentheses(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` split at `pattern`, except inside parentheses: "A (Landlord, Stella), B" is two items (a stray ")"
    closes nothing)."""
    items, start, depth, read = [], 0, 0, 0
    for m in pattern.finditer(text):
        for ch in text[read:m.start()]:
            depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        read = m.start()
        if depth == 0:
            items.append(text[start:m.start()])
            start = m.end()
    return items + [text[start:]]


# "as" / "plays" after whitespace (read with `_after_space`: `\s+as\s+`, `\s+(?:plays|...)\s+...`).
_AS_WORD = re.compile(r"(?:as|in\s+the\s+(?:role|part)\s+of)\s+")  # "in the role of X" casts as "as X" does
_PLAYS_WORD = re.compile(r"(?:plays|played|playing|portrays|portraying|essays|essaying|voices|voicing)\s+(?:the\s+role\s+of\s+)?")
# A manner phrase may stand between the verb and "by": "Ah-Kuen, a sailor played with a lot of charm by X".
# A description set off after the character's name, before "played by": ", a hydrologist from Buenos Aires".
# A relative clause closing the text before "played by": ", who left for Los Angeles and has come back with money".
_TRAILING_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;()]{1,100}$")
# Before "(X)": the part's name, then a description with a capitalised word or not ("Marcel, a French anarchist (X)").
_DESCRIBED_BEFORE_PAREN = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Z][\w-]*\s+)?[a-z][^,;.()\[\]]{0,60}$")
_TRAILING_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,;.()\[\]]{0,90}$")
# A part described, not named, before "played by": "a Danish bookkeeper, played by X", "The bookkeeper is played by X".
_DESCRIBED_PART = re.compile(r"\b(?:a|an|the|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*$", re.I)
_PLAYED_BY = re.compile(r"[,(]?\s*(?:as\s+|(?:who\s+)?(?:is|was)\s+)?(?:played|portrayed|essayed|voiced)\s+(?:with\s+[^,;.()]{1,60}?\s+)?by\s+")
_PAREN = re.compile(r"\(([^()]{2,60})\)")
# After "played by": an article and a few describing words before the actor ("the veteran character actor X").
_RELATIVE = (r"(?:son|daughter|father|mother|dad|mum|mom|brother|sister|wife|husband|nephew|niece|uncle|aunt|cousin|grandson|"
             r"granddaughter|grandmother|grandfather|partner)")
# A relative named before the name ("his real son, X", "the director's sister, X", "his wife, X"): by-cues skip it.
_RELATIVE_BEFORE_NAME = re.compile(
    rf"(?:his|her|their|the\s+[a-z]+[’']s)\s+(?:[a-z-]+\s+){{0,2}}?{_RELATIVE}(?:\s+in\s+(?:real\s+)?life|\s+off\s+screen)?,?\s+(?=[^\W\d_])")
_DESCRIBED_ACTOR = re.compile(
    r"(?:the|a|an)\s+(?:[a-z-]+\s+){1,3}(?=[^\W\d_])"
    # "played by his son in life, X", "by his real daughter, X", "by the director's brother X": a relative, then the name
    rf"|{_RELATIVE_BEFORE_NAME.pattern}")
# The player named in a part's parenthesis after a description: "(mainland star Zhou Xinyi)", "(the newcomer X)".
# Describing words only: "(son of star Will Smith)", "(a part written for actor Francis Ng)" name someone else.
# (A nationality or a known work may describe the player too: "(Danish star Mads Mikkelsen)", "(Hannibal star X)".)
_DESCRIBED_PLAYER_INSIDE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:mainland|local|young|child|teenage|teen|rising|former|popular|beloved|celebrated|acclaimed|"
    r"legendary|great|late|first-time|real-life|screen|stage|tv|television|soap|pop|comedy|character|[A-Z][a-z]+)\s+){0,2}"
    r"(?:[a-z]+-turned-)?(?:star|actor|actress|newcomer|veteran|comedian|singer|heartthrob|idol|rapper)\s+(?=[A-Z])")
_CREATES_SCORE = re.compile(
    r"\b(?:create|creates|created|compose|composes|composed|write|writes|wrote|craft|crafts|crafted|provide|provides|"
    r"provided|deliver|delivers|delivered|lay\s+down|lays\s+down)\b[^.]{0,30}\b(?:score|soundtrack|music)\b",
    re.I,
)
# "X is Y", "X is a sly Y", "X is the tea merchant Y", "X is her brother-in-law Y", "X is the ferry's captain, Y",
# "X is Levi's aunt, Y",
# "X is the block's unofficial mayor, known to everyone as Y", "X is old Mr. Y" (a describing word, no article).
# "is" after whitespace (read with `_after_space`: `\s+is\s+...`).
_IS_NAMED = re.compile(
    r"is\s+(?:(?P<words>(?:a|an|the|his|her|their|that|[A-Z][\w-]*['’]s)\s+(?:[a-z'’-]+,?\s+){1,3})"
    r"(?:(?<=,\s)known\s+(?:to\s+(?:[a-z-]+\s+){1,4}?)?(?:simply\s+|only\s+|just\s+)?as\s+)?|(?:old|young|little)\s+)?" + NAME_AHEAD
    # "X is the retired stationmaster she calls Grandpa Tomi", "X is the cook everyone calls Gigi"
    + r"|is\s+(?P<called>(?:the|a|an|his|her|their)\s+[a-z][^,.;]{0,50}?\s+(?:she|he|they|everyone|everybody|the\s+[a-z]+)\s+"
    r"(?:still\s+|only\s+|just\s+)?calls?\s+)" + NAME_AHEAD
)
# Words that make "X is the <words> Y" something other than casting ("X is the director Y", "X is a friend of Y").
_NOT_CASTING_WORDS = frozenset(
    "director writer screenwriter composer cinematographer producer filmmaker actor actress star co-star editor "
    "real real-life off-screen to of in for with by from on at into about than".split()
)
# "A and B play [the sisters] X and Y": each actor with the character in the same place.
_PLAY_PAIR = re.compile(r"^(?P<actors>.+?)\s+play\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?P<characters>[A-Z].*)$")
# "As X, Y gives ...": the character first, then the actor.
_AS_FIRST = re.compile(r"^As\s+")
# "X plays the driver" / "X plays him": acting without a named character.
_PLAYS_UNNAMED = re.compile(r"^(?:the|a|an|his|her|its|their|him|them|it|that|this)\b")
# "played by Argentine actor X": a nationality or language and a role noun before the actor.
_NATIONAL_ROLE = re.compile(r"^([A-Z][\w-]+)\s+(?:actor|actress|star|singer|comedian|newcomer|veteran)\s+(?=[^\W\d_])")
# "X plays him/her": the character is the name the sentence opened with (`_subject_played`).
_PRONOUN_OBJECT = re.compile(r"^(?:him|her)(?=\s*(?:[,.;:!?)]|$)|\s+(?:with|as|like|at|in|for|to|so|too|very|all|\w+ly)\b)")
# What joins "Y is ..." to "X plays him": "Y is a stock villain, but X plays him with relish".
_JOINED_CLAUSE_END = re.compile(r"(?:,\s*|\s)(?:and|but|though|although|yet)\s*$|[,;]\s*$")


_ROLE_WORDS = frozenset(
    "director writer screenwriter composer cinematographer producer filmmaker actor actress star co-star editor".split()
)


def _subject_played(sentence: str, before: str, actor: str) -> str | None:
    """`Y is a stock villain, but X plays him` / `Y, her ex, is the weak point, though X plays him`: Y, the name that
    opens the sentence as its subject (followed by "is", "was" or a comma), when X's clause is joined to it."""
    at = sentence.find(actor)
    if at <= 0 or not _JOINED_CLAUSE_END.search(sentence[:at]):
        return None
    subject = name_after(sentence.lstrip())
    if not subject or same_full_name(subject, actor) or is_part_of(subject, actor) or is_part_of(actor, subject):
        return None
    rest = _rest_after(sentence.lstrip(), subject)
    if not rest.startswith((",", " is ", " was ")):
        return None
    # "Maria Lopez is the director, and X plays her ...": a person of the film, not a character; "Bergman is the
    # touchstone, but X plays him ...": a name the review compares the film with, not a character
    opening = [w.strip(",.") for w in rest.lower().split()[:6]]
    return None if any(w in _ROLE_WORDS or w in _COMPARISON_WORDS for w in opening) else subject


_PARENTHESIS = re.compile(r"\([^()]*\)")
# "X plays him with gruff warmth" opening a sentence: the part is the one the sentence before introduced.
_PLAYS_PRONOUN_AT_START = re.compile(r"\s+(?:plays|played|portrays|portrayed)\s+(?:him|her)\b")


def _part_named_before(candidates: list[Candidate], sentences: Sequence[str], title_key: str, title_words: frozenset[str]) -> None:
    """Give an actor read from "X plays him/her ..." opening a sentence, with no part, the part the sentence before
    introduced: its one full name (two words or more) that no candidate credits or casts, the film's title, owners
    of other works ("Y's Les Brumes") and parentheses aside ("a retired teacher, Hasan Bey, runs the last spice shop. X plays
    him with gruff warmth"). None when that sentence names no such name, or more than one."""
    for c in candidates:
        if c.role != "actor" or c.character or " play" not in c.evidence and " portray" not in c.evidence:
            continue
        if not c.evidence.startswith(c.name) or not _PLAYS_PRONOUN_AT_START.match(c.evidence, len(c.name)):
            continue
        k = next((i for i, s in enumerate(sentences) if s == c.evidence), 0)
        if k == 0:
            continue
        previous = _PARENTHESIS.sub(" ", sentences[k - 1])  # "Les Heures Creuses (Off-Peak Hours)": a title's translation
        known = [n for o in candidates for n in (o.name, o.character) if n]
        found = {
            n for run in _capitalized_runs(previous) for n in _names_in_run(run, False)
            if len(n.split()) >= 2 and not _is_title(n, title_key, title_words) and not previous.startswith(("'s", "’s"), previous.find(n) + len(n))
            and not any(same_full_name(n, o) or is_part_of(o, n) or is_part_of(n, o) for o in known)
        }
        if len(found) == 1:
            c.character = found.pop()


# "Everybody calls Fung's detective Uncle Fat": an actor's part (a possessive, one or two lower-case words), named.
_CALLS_OWNERS_PART = re.compile(r"\bcall(?:s|ed)?\s+(?P<owner>[A-Z][^,;.]{0,40}?)['’]s\s+(?P<part>(?:[a-z-]+\s+){1,2})" + NAME_AHEAD)


def _called_owners_part(sentence: str) -> list[Candidate]:
    """`everybody calls X's detective Y`: X plays Y (the owner a name, the part a lower-case noun, then a name)."""
    out: list[Candidate] = []
    for m in _CALLS_OWNERS_PART.finditer(sentence):
        if any(w in _THE_FILM or w in _WORK_NOUNS for w in m.group("part").split()):
            continue  # "calls Chen's film Big Trouble": a work's title
        actor, character = name_after(m.group("owner")), _character_name_after(sentence[m.end():])
        if actor == m.group("owner") and character and not same_full_name(actor, character):
            out.append(Candidate(actor, "actor", sentence, character, 0))  # weak: the owner may be a part (`_confirm_weak`)
    return out


# "X is the driver, whose real name we hear once; everybody calls him Y": an unnamed part, then what all call it.
_PART_EVERYONE_CALLS = re.compile(
    r"\s(?:is|plays)\s+the\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+,[^.;]{0,80}?[;,]\s+(?:and\s+)?(?:everyone|everybody)\s+"
    r"(?:[a-z]+\s+){0,2}?calls\s+(?:him|her)\s+" + NAME_AHEAD
)


def _part_everyone_calls(sentence: str) -> list[Candidate]:
    """`X is the driver, ...; everybody calls him Y`: X (a full name opening the clause) plays Y."""
    out: list[Candidate] = []
    for m in _PART_EVERYONE_CALLS.finditer(sentence):
        actor, character = name_before(sentence[: m.start()]), name_after(sentence[m.end():])
        if actor and character and len(actor.split()) >= 2 and not same_full_name(actor, character):
            out.append(Candidate(actor, "actor", sentence, character, 1))
    return out


# What a review calls a name it measures a film or a performance against: the model, not a part in the film.
_COMPARISON_WORDS = frozenset(
    "touchstone influence influences model reference benchmark template inspiration comparison comparisons "
    "precedent forebear forebears ancestor godfather patron yardstick homage debt lodestar blueprint".split()
)


# "X is very funny; his character's name, Y, is a joke": the character the sentence's subject plays.
_OWN_CHARACTER = re.compile(r"(?:;|,\s+and|\s+and)\s+(?:his|her|their)\s+character(?:['’]s\s+name)?,?\s+(?:is\s+)?" + NAME_AHEAD)


def _subjects_character(sentence: str) -> list[Candidate]:
    """`X, all tweed and suspicion, is very funny; his character's name, Y, ...`: X plays Y, when the sentence opens
    with X as its subject (a name followed by "is", "was" or a comma) and a later clause gives "his/her character" a name."""
    m = _OWN_CHARACTER.search(sentence)
    subject = name_after(sentence.lstrip()) if m else None
    if not subject or not _rest_after(sentence.lstrip(), subject).startswith((",", " is ", " was ")):
        return []
    character = name_after(sentence[m.end():])
    if not character or same_full_name(subject, character):
        return []
    return [Candidate(subject, "actor", sentence, character, 1)]


# "plays the widow on the top floor whom everyone calls Y", "plays the driver, whom everyone in the market calls Y",
# "plays the captain, the man everyone calls Y", "plays the owner, a widow the street calls Y": the description's name
# follows.
_CALLED = re.compile(
    r"^(?:the|a|an|his|her|their)\s+[^.,;]{0,50}?(?:\s+(?:whom|who)\s+|,\s+(?:whom\s+|(?:the|a)\s+[a-z-]+\s+)|\s+(?=every))"
    r"(?:everyone|everybody|all|(?:the|his|her|their)\s+[a-z-]+)\b[^.,;]{0,40}?\s+calls?\s+" + NAME_AHEAD +
    # "as a retired customs officer the crew call X", "as an old man whom the driver calls only X"
    r"|^(?:a|an|the)\s+[^.,;]{0,50}?\s+(?:whom\s+)?(?:the|his|her|their)\s+[a-z-]+\s+(?:\w+\s+)?calls?\s+(?:\w+ly\s+|only\s+|just\s+)?" + NAME_AHEAD +
    # "plays that man, known in the neighbourhood as El Chato"
    r"|^(?:the|a|an|that|this|its|his|her|their)\s+[^.,;]{0,40}?,?\s+(?:better\s+|also\s+)?known\s+"
    r"(?:(?:to|in|around|on|among|across|throughout)\s+(?:[\w'’-]+\s+){1,5}?)?(?:only\s+|simply\s+|just\s+)?as\s+" + NAME_AHEAD +
    # "plays its owner, known to everyone as Auntie Dede", "is the patient, a former shipyard worker named Bogdan"
    r"|^(?:the|a|an|that|this|its|his|her|their)\s+[^.,;]{0,40}?(?:,\s+(?:a|an|the)\s+[^.,;]{0,40}?)?\s+(?:named|called)\s+" + NAME_AHEAD
)
_WITH_DP = re.compile(r"\bwith\s+(?=\S)")
_DP_TAIL = re.compile(r"^\s+to\s+(?:capture|shoot|create|craft|paint|give)\b[^.]{0,90}\b(?:cinematography|photography|images|imagery|visuals)\b", re.I)
# Asides set off by commas: ", who gained fame as Tokyo in Money Heist," / ", also from the same series,".
_ASIDE = re.compile(
    r",\s+(?:who|whose|which|also|best\s+known|known|fresh\s+off|last\s+seen|star\s+of|a\s+veteran\s+of|"
    r"famous|previously|formerly|on\s+a\s+real\s+run)\b[^,;]*,"
)
# ...but not one saying what everyone calls the part: ", known to everyone as Auntie Dede,".
_KNOWN_TO_ALL = re.compile(r",\s+known\s+to\s+(?:everyone|everybody|all)\b[^,;]*\s+as\s+[^,;]*,$")
_OTHER_WORK_CLAUSE = re.compile(r"\b(?:fame|famous|known|previously|formerly|earlier|breakout|rose\s+to|star\s+of|also\s+from|veteran\s+of|fresh\s+off|last\s+seen)\b", re.I)
_SERIES_WORDS = re.compile(r"\b(?:series|show|sitcom|franchise|sequel|prequel|same\s+series)\b", re.I)
_IN_TITLE = re.compile(r"^\s+in\s+(?:the\s+)?[\"“‘A-Z]")
# Before "as": the actor has a part, described but not named ("X, the director's son, has a small but memorable role as a
# checkpoint policeman").
_HAS_A_ROLE = re.compile(r"\s(?:has|had|gets|got|makes|made)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,4}?(?:role|part|turn|cameo)\s*$")
_SKIP_BEFORE_CHARACTER = frozenset("the a an his her their its our my this that titular".split())
_NO_SKIP = frozenset("to of in for with by from on at into about than opposite alongside beside against".split())  # "played opposite X"
# A sentence holding none of these (nor opening with "As ") has no character cue: plain `in` tests, faster than a regex.
_CHARACTER_TRIGGERS = (" as ", "play", "portray", "essay", "voic", "(", "role of", "part of")
# Clauses of a sentence: after ";", "while", "whereas", and "but" after a comma or before a name ("a small but
# memorable role" is one clause).
_CLAUSE_SPLIT = re.compile(r";|\s+(?:while|whereas)\s+|(?<=,)\s+but\s+|\s+but\s+" + NAME_AHEAD)
# After "music by": a role noun or a describing word before the name ("the director X", "the newcomer X", "the great X").
_ROLE_NOUN_AT_START = re.compile(
    r"^(?:the\s+)?(?i:director|writer|composer|cinematographer|musician|producer)\s+|^the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){1,2}" + NAME_AHEAD
)  # "music by the Marseille rapper X": a place before the describing words
_WHO_AT_END = re.compile(r"\bwho\s*$")
_WHO_CLAUSE_AT_END = re.compile(r"\bwho\b[^,]*$")
_IS_AFTER_NOUN = re.compile(r"(?:is|was)\s+(?=[^\W\d_])")
_ENDS_CLAUSE = re.compile(r"^\s*(?:[,.;]|and\b|$)")
# How a comma-set aside between a name and its verb opens ("no relation", "the director's niece", "so fierce in ...").
# An apposition opening with an article is an aside too ("X, a stand-up comedian making his debut, plays Y").
_ASIDE_OPENER = re.compile(
    r"(?:no\s+(?:relation|kin)\b|unrelated\b|one\s+of\b"
    r"|(?!(?:and|but|or|while|then|yet|so|who|as)\b)[a-z-]+(?:\s+(?:and\s+)?[a-z-]+)?$"  # "wonderful", "gruff and magnificent"
    r"|(?:better\s+|best\s+|also\s+)?known\s|credited\s|billed\s|who\s|whom\s|whose\s|the\s|(?:his|her|their)\s+\w+|so\s|as\s+ever|an?\s|fresh\s|once\s|still\s|now\s|never\s|always\s|often\s"
    r"|all\s+[a-z]+(?:\s+and\s+[a-z]+)?$"  # "X, all cheekbones and bluster, plays Y"
    # "X, ninety-one and a veteran of the northern stage, is Y": an age
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\s+and\s|[a-z]+(?:-[a-z]+)?\s+years\s+old\b"
    r"|(?:cast|playing)\s+against\s+type|in\s+(?:his|her|their)\s+(?:first|screen|feature|film)\b"  # "X, cast against type, is Y"
    r"|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:role|part|turn)\b"  # "X, in a small but luminous role, is Y"
    r"|in\s+what\s"  # "X, in what may be the performance of her career, plays Y"
    # "X, as the press calls her, is Y" (not "Ina, as the industry knows Maria Ocampo, is Y": that aside names the actor)
    r"|as\s+(?:[\w'’-]+\s+){1,5}?(?:calls?|knows?|credits?|bills?|styles?|spells?|lists?)(?:\s+[a-z][\w'’-]*){0,3}$)"
)
# Words before a name that describe the person, not part of the name ("Ten-year-old X", "Young X", "Real-life sisters X").
_DESCRIPTOR = re.compile(r"^(?:[\w]+-year-old|[\w]+-born|young|little|real-life|veteran|newcomer|teenage|teenaged|baby|little-known)$", re.I)
# A company, not a person: "Lotus Pictures", "Cole & Barrow Films", "Northwind Animation".
_COMPANY_WORD = re.compile(r"\b(?:Pictures|Films|Studios?|Productions?|Entertainment|Animation|Media|Releasing|Distribution)\b")
_COMPANY_HEAD = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+(?:(?:&|and)\s+)?){1,4}$")
_COMPANY_WORDS = ("Pictures", "Films", "Studio", "Production", "Entertainment", "Animation", "Media", "Releasing", "Distribution")
# Saying how someone is named, not casting: "X, as the festival catalogue spells him", "X, as Y insists on calling her".
_NAMING_VERB = re.compile(r"^[^,;.]{0,40}?\b(?:spells?|spelling|call(?:s|ing)?|puts?\s+it|says?|lists?|credits?|bills?|names?|knows?|"
                          r"romani[sz](?:es|ing)|transliterat(?:es|ing)|renders?)\b")  # "as the Taipei catalogue romanises her name"
# "X (billed in the Bengali credits as Y)", "X, credited here as Y": the same person's other spelling, not a role.
# (and "credit the cinematographer as Y": a job, not an actor, before "as"; "the credits list Kevin Spacey as John Doe" casts)
_NAMED_BEFORE_AS = re.compile(r"\b(?:billed|credited|spelled|spelt|listed|written|known|knows?|called|named|name|address(?:es|ed)?|refers?\s+to\s+\w+|referred\s+to\s+\w+)\b[^,;.()]{0,40}$"
                              r"|\b(?:credit|bill|list|spell)s?\s+(?:the|its|his|her|their)\s+[a-z-]+\s*$"
                              # the list goes on: "list the director as X, the young lead as Y", "is listed under X, its
                              # lead actress as Y"
                              r"|\b(?:(?:credit|bill|list|spell)s?\s+(?:the|its|his|her|their)\s+[a-z-]+\s+as|(?:listed|credited|billed)\s+"
                              r"(?:under|as))\s+[^;.()]{1,80},\s*(?:and\s+)?(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$")

# Stems (see `prefilter`): a sentence a cue can match holds one of them, lower-cased.
_ROLE_NOUN_STEMS = (
    "dir", "filmmaker", "helmer", "writer", "scripter", "scribe", "composer", "musician", "cinematographer", "lenser", "dop", "dp", "producer",
    "actor", "actress", "co-star",
)
_BY_CUE_STEMS = (  # one per `_BY_CUES` entry
    ("directed",),
    ("directed", "helmed", "feature", "film", "movie", "from", "new", "latest", "debut"),
    ("dir.",),
    ("written", "script", "screenplay", "writing", "dialogues"),
    ("music", "score", "soundtrack", "composed", "songs"),
    ("shot", "lensed", "photographed", "filmed", "cinematography", "camera", "photography", "lens"),
    ("produced",),
)
_SELF = frozenset({"himself", "herself", "themselves", "itself"})


@dataclass
class Candidate:
    name: str
    role: str
    evidence: str
    character: str | None = None
    strength: int = 1  # 2: labelled credit, 1: prose cue, 0: weak (used only to confirm)
    apart: str | None = None  # a name the text says is someone else ("X co-wrote it with his sister, Y")
    beside_a_director: bool = False  # weak, and kept only when the review credits someone else as director


@dataclass
class PeopleResult:
    people: list[Person]
    warnings: list[str] = field(default_factory=list)
    mentions: list[NameMention] = field(default_factory=list)  # names not attached to `people`


# --------------------------------------------------------------------------- small readers


# "plays the neighbour who helps with the boat, Semyon;": a part described by a relative clause, then named.
_PART_WHO_THEN_NAME = re.compile(r"^(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:who|that)\s+[a-z][^,;.()\"“]{0,50},\s+" + NAME_AHEAD)
# Words that end a part's description: a relative pronoun, a conjunction, and "it", which ends a clause ("as the
# festival printed it, Western-style" names no part; other pronouns may open a relative clause without "who": "plays
# the man she marries, Tomás").
_ENDS_DESCRIPTION = frozenset("who whom whose which that and or but it".split())
_NAME_ENDS_CLAUSE = re.compile(r"^\s*(?:[,;.!?)]|$)")


# Subject pronouns: after "as" they open a clause ("as he learns ..."), after "and" a new subject ("and she is ...").
_SUBJECTS = frozenset("he she it they we I you".split())


def _character_after(text: str, title_words: frozenset[str]) -> str | None:
    """The character named at the start of `text`, after articles and a few descriptive words, or after a
    described part ("the neighbour who helps with the boat, Semyon;") when the name ends the clause."""
    if (described := _PART_WHO_THEN_NAME.match(text)) and (name := _character_name_after(text[described.end():])):
        if _NAME_ENDS_CLAUSE.match(_rest_after(text[described.end():], name)):
            return name
    words = text.split(None, 12)  # at most 4 skipped words (6 over a second description) and a 5-word name are read
    skipped, most = 0, 4
    while words and skipped < most:
        w = words[0].strip(",")
        if w.lower() in _NO_SKIP or w.lower() in _SELF or skipped and w.lower() in _ENDS_DESCRIPTION or not skipped and w in _SUBJECTS:
            # ("as he learns that Victor ...": "as" opens a clause, no part)
            # "plays the man who loves Maria", "X as the accountant and Y as ...": the name is someone else
            # ("plays that trader, X" names X)
            return None
        if w[:1].islower() and (w.lower() in _SKIP_BEFORE_CHARACTER or skipped > 0 or w.isalpha()):
            if words[0].endswith((",", ";", ":")) and not (len(words) > 1 and words[1][:1].isupper()):
                if not (words[0].endswith(",") and len(words) > 1 and (words[1] in _SKIP_BEFORE_CHARACTER or _NEXT_DESCRIBING.match(words[1]))):
                    return None
                most = 6  # "plays the press's owner, the widow X", "plays the twins' mild, bewildered father, X": the name after
            words.pop(0)
            skipped += 1
            continue
        break
    rest = " ".join(words)
    name = _character_name_after(rest)
    if not name and skipped and words and is_demonym(words[0]) and (described := _DESCRIBED_TAIL.match(rest[len(words[0]):])):
        # "plays his Lebanese daughter-in-law Rasha": the nationality describes; the name comes after.
        return name_after(rest[len(words[0]) + described.end():])
    if not name:
        return None
    after = _rest_after(rest, name)
    if after.startswith(("'s", "’s")):  # "plays Yaw's wife": someone else's relative, named only after a comma
        tail = _RELATIVE_TAIL.match(after[2:])
        name = name_after(after[2 + tail.end():]) if tail else None
        if not name:
            return None
    elif skipped and (named := _NAMED_TAIL.match(after)) and (named_name := name_after(after[named.end():])):
        name = named_name  # "as a São Paulo influencer named Bruna": the place describes; the name comes after "named"
    elif skipped and " " not in name and (described := _DESCRIBED_TAIL.match(after)):
        # "plays his Lebanese daughter-in-law Rasha": the capitalised word describes; the name comes after.
        if not any(w in _NO_SKIP or w in _NOT_DESCRIBING for w in described.group().split()):
            name = name_after(after[described.end():]) or name
    return name if len(name.split()) > 1 or name.lower() not in PARTICLES else None  # not a bare "De" or "Van"; "Abu Samir" is a name


# A describing word after a comma inside a part's description ("mild, bewildered father"), not a new clause's first word.
_NEXT_DESCRIBING = re.compile(r"(?!(?:and|or|but|nor|who|which|whose|whom|while|when|where|though|although|if|as|so|yet|then)\b)"
                              r"[a-z][a-z-]*(?:ed|ful|ous|ish|less|y|ic|al|ive|ent|ant|le|id|ild|ld|ght|ne|re)$")  # (not "watching")


_PRAISE_COMPOUND = re.compile(r"-(?:worthy|winning|nominated|level|ready|calibre|caliber|grade)$", re.IGNORECASE)


# Months that are also given names: after a casting cue ("plays June Alvarado", "is April Moss") the name.
_MONTH_GIVEN_NAMES = frozenset("april may june august".split())


def _character_name_after(text: str) -> str | None:
    """`name_after`, where a casting cue precedes `text`: there a month that is also a given name, before a
    family name, opens the character's name ("June Alvarado"), and is the name alone before a description
    ("June, a respiratory therapist"); elsewhere "June" is the month."""
    name = name_after(text)
    if name and _PRAISE_COMPOUND.search(name):
        return None  # "X, quietly devastating, is Oscar-worthy": praise, not a part
    first, _, rest = text.partition(" ")
    if name or fold(first.rstrip(",")) not in _MONTH_GIVEN_NAMES or not first[:1].isupper() or first.isupper():
        return name
    if first.endswith(",") and rest.startswith(("a ", "an ", "the ")):
        return first[:-1]  # "X is June, a respiratory therapist": the part, described
    family = name_after(rest)
    return f"{first} {family}" if family and rest.startswith(family) else None


# After "plays X's": "long-suffering wife, " before the character's own name.
_RELATIVE_TAIL = re.compile(r"^\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}[a-zß-öø-ÿ-]+,?\s+" + NAME_AHEAD)  # accents too: "useless fiancé"
# After a capitalised describing word: one or two lower-case nouns, then the name ("Lebanese daughter-in-law Rasha").
_DESCRIBED_TAIL = re.compile(r"^\s+(?:[a-z-]+\s+){1,2}" + NAME_AHEAD)
# After a capitalised describing word or two: a noun, then "named" or "called" and the name ("influencer named Bruna").
_NAMED_TAIL = re.compile(r"^\s+(?:[a-z-]+\s+){1,2}(?:named|called)\s+" + NAME_AHEAD)
_NOT_DESCRIBING = frozenset("and or opposite alongside against as than but who whom which that".split())


_TRAILING_PAREN = re.compile(r"\s*\(([^()]{1,80})\)\s*$")


def _without_trailing_aside(text: str) -> str:
    """`text` without a parenthetical aside at its end, lower-case or a quoted title: "Ito Mei (no relation to the
    director)" -> "Ito Mei", "Song Kang-ho ("Parasite")" -> "Song Kang-ho".
    A parenthesis holding a name stays ("Ah-Fen (Wu Pei-jun)" is the character rule's)."""
    if not text.endswith(")") and not text.rstrip().endswith(")"):
        return text.rstrip()
    m = _TRAILING_PAREN.search(text)
    if not m:
        return text.rstrip()
    inside = m.group(1)
    # "(no relation)", "("Parasite")", "(Ek to his fans)": an aside; "(Wu Pei-jun)" alone is a name.
    aside = inside[:1].islower() or inside[:1] in "\"“'‘" or name_after(inside) != inside.strip()
    return text[: m.start()].rstrip() if aside else text.rstrip()


_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "this", "that", "its"})


def _actor_before(text: str) -> str | None:
    """The actor named at the end of `text`, skipping a short verb phrase ("is superb", "'s performance")
    and a parenthetical aside ("X (no relation) plays Y")."""
    text = _without_trailing_aside(text)
    words = text.rsplit(None, 13)  # at most 6 skipped words and a 5-word name are read; the rest stays one piece
    skipped, nearest = 0, ""
    passed: list[str] = []  # the lower-case words skipped, nearest last
    while words and skipped < 6:
        last = words[-1]
        if last.endswith(")"):
            # "X (Bee to his fans) is likable": the aside reached after the skipped words
            joined_words = " ".join(words)
            if (stripped := _without_trailing_aside(joined_words)) != joined_words.rstrip():
                words = stripped.rsplit(None, 13)
                continue
        if last[:1].isupper() and last.endswith(",") and (tied := _name_before_aside(" ".join(words))):
            return tied  # "X, credited simply as Vel, plays": the name before the aside
        if last[:1].isupper() or last.endswith(("’s", "'s")) and last not in _SKIPPED_POSSESSIVES or is_prefixed(last):
            break  # a name's end: "Kim Ji-ho", "X's", "Reem al-Sayed" (a lower-case prefixed family name)
        if last.endswith((",", ";", ":")):
            tied = _name_before_aside(" ".join(words)) if last.endswith(",") else None
            if tied or not (last.endswith(",") and skipped and last[:1].islower() and len(words) > 2 and words[-2].lower() in _SKIP_BEFORE_CHARACTER):
                return tied
            nearest = words.pop()  # "X has a small, devastating role as Y": a comma between two describing words
            skipped += 1
            continue
        if last[:1].islower():
            nearest = words.pop()
            passed.append(nearest)
            skipped += 1
            continue
        break
    if not words or skipped and nearest.strip(",;:") in _FAMILY_GROUPS:
        return None  # "The Holm sisters are a delight": a family, not one actor
    new_subject = len(passed) >= 2 and passed[-1] in _CLAUSE_JOINERS
    if new_subject and passed[-2] in _NEW_SUBJECT_OPENERS:
        return None  # "X is sweet as Yaw, and the old-timer playing Papa Kojo", "set in London, and it opens as": a new subject
    head = " ".join(words)
    name = name_before(head)
    if new_subject and passed[-2] in _SUBJECTS and name and " " not in name and _PLACE_PREPOSITION_BEFORE.search(head[: _name_start(head, name)]):
        return None  # "set in Boston, and she is wonderful as Kate" (but "Tom Hardy, and he is ...", "is Cher, and she is ...")
    if name and _is_owned(head[: _name_start(head, name)]):
        return None  # "Zhang Yuhan's Dust Road played ...", "whose Dust Road played ...": a film, not an actor
    if name and _THE_BEFORE.search(head[: _name_start(head, name)]):
        return None  # "a star in the Northeast, and he plays Biu": a place, not the actor
    return name


_THE_BEFORE = re.compile(r"(?:^|\s)the\s+$")
_NEW_SUBJECT_OPENERS = _DETERMINERS | {"it"}  # after "and", these open a new subject that is no actor's name
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:in|at|to|from|of|near|across|around|through)\s+$", re.I)


def _name_start(text: str, name: str) -> int:
    """Where `name`, read at the end of `text`, starts in it ("Georgi Georgiev": not at the "Georgi" inside
    "Georgiev"); the last occurrence of its first word when `text` does not end with it; -1 when it has none."""
    stripped = text.rstrip()
    return len(stripped) - len(name) if stripped.endswith(name) else stripped.rfind(name.split()[0])


# Lower-case possessives an actor's verb phrase may hold: "X is the film's conscience as Y".
_SKIPPED_POSSESSIVES = frozenset("film's film’s movie's movie’s story's story’s picture's picture’s".split())
_FAMILY_GROUPS = frozenset("sisters brothers twins siblings cousins family brothers-in-law sisters-in-law".split())


def _is_owned(before: str) -> bool:
    """A possessive or "whose" just before a name: what follows is owned (a film), not a person."""
    before = before.rstrip()
    return before.endswith(("'s", "’s")) or before.endswith("whose") and not before[-6:-5].isalpha()


def _name_before_aside(text: str) -> str | None:
    """The name before a comma-set aside that ends `text`: "Kim Ji-ho, no relation," -> "Kim Ji-ho".

    The aside is a short lower-case phrase ("no relation to the director", "the
    director's niece", "so fierce in her last film"); the name must open the clause.
    """
    body = text.rstrip().rstrip(",")
    cut = body.rfind(",")
    if cut < 0:
        return None
    aside, head = body[cut + 1 :].strip(), body[:cut]
    if (inner := head.rfind(",")) >= 0 and _DESCRIBING_WORD_BEFORE_COMMA.match(head[inner + 1 :]) and _PERFORMER_NOUN.search(aside):
        # "X, the big, bearded star of a dozen hits,": one aside, about a player (not "Mollie, the quiet, watchful heiress,")
        aside, head = body[inner + 1 :].strip(), head[:inner]
    longest = 20 if aside.startswith(("who ", "whom ", "whose ")) else 12  # a relative clause runs longer
    if not aside[:1].islower() or len(aside.split()) > longest or not _ASIDE_OPENER.match(aside):
        return None
    name = name_before(head)
    if not name:
        return None
    start = _name_start(head, name)
    opening = head[:start].strip().lower() if start >= 0 else "x"
    # the name opens the clause, or follows a role noun ("The veteran actor X, who has ..., plays Y")
    # (or follows an opening phrase: "In a nice bit of casting, X, no relation to the character, plays Y"),
    # or a describing word ("The veteran X, who like many actors of his generation uses one name, plays Y")
    return name if not opening or opening.endswith(("and", ";", ":", ",")) or opening.split()[-1] in _BEFORE_ASIDE_NAME or (
        len(opening.split()) <= 2 and _DESCRIPTOR.match(opening.split()[-1])
    ) else None


_DESCRIBING_WORD_BEFORE_COMMA = re.compile(r"^\s*(?:(?:the|a|an)\s+)?[a-z][a-z-]*$")
_PERFORMER_NOUN = re.compile(r"\b(?:star|actor|actress|veteran|newcomer|comedian|singer|heartthrob|idol|performer|lead|player)s?\b")
_BEFORE_ASIDE_NAME = frozenset("and while but actor actress star newcomer veteran comedian singer great legendary".split())


# The part in parentheses after a credited name, which may hold parentheses of its own: "Mehmet (Memo)", "Karl (after)".
_PART_IN_PARENTHESES = re.compile(r"^\s*\(((?:[^()]|\([^()]*\))+)\)")
_INNER_PARENTHESES = re.compile(r"\s*\([^()]*\)")


# A nickname in quotes before a credited name: '"Beat" Takeshi Kitano'.
_LEADING_NICKNAME = re.compile(r"^[\"“'‘](?P<nickname>[^\"“”'‘’]{1,30})[\"”'’]\s+(?=[A-Z])")
# After the name a credited part opens with: a possessive, or a place phrase after a common noun, makes it a described part.
_POSSESSIVE_DESCRIBED = re.compile(r"^['’]s\s+[a-z]")
_PLACE_DESCRIBED = re.compile(r"^\s+(?:in|on|at|of|from)\s+\S")
_THE_TRADE_DESCRIBED = re.compile(r"^\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")  # "Fritz the gravedigger", "Mike the sound guy"


def _is_described_part(part: str, name: str) -> bool:
    """`part`, a credited part that opens with `name`, describes someone: "Novalee's dysfunctional mother" (not Novalee),
    "Fritz the gravedigger", "Man in Red", "War veteran"; not "Allie in old age" or "Grace as a teen" (Allie and Grace
    are names)."""
    rest = _rest_after(part, name)
    if _POSSESSIVE_DESCRIBED.match(rest) or _THE_TRADE_DESCRIBED.match(rest):
        return True  # (the name stays a spelling of the part: "Fritz" is part of "Fritz the gravedigger")
    noun = (is_common_word(name.lower()) and fold(name) not in GIVEN_NAMES_ALSO_WORDS) or is_demonym(name)
    return noun and bool(_PLACE_DESCRIBED.match(rest) or _DESCRIBED_CREDITED_PART.match(part))


def _names_in_list(text: str, labelled: bool = False, writing: bool = False) -> list[tuple[str, str | None]]:
    """`A, B (Char), C as Char and D` -> [(A, None), (B, Char), (C, Char), (D, None)].

    Stops at the first item that is not a name. In prose only the first item may
    run on into the sentence ("directed by X, this film ..."); later items must be
    a whole name (optionally with its character), so "X, Winter Station stars Y"
    does not make Y a director.
    """
    out: list[tuple[str, str | None]] = []
    if writing:
        text = _without_sources(text)  # "from the play by X" names the source, not a writer; the list goes on
    for item in _split_outside_parentheses(_LABELLED_LIST_SPLIT if labelled else _LIST_SPLIT, text.strip()):
        item = item.strip()
        if labelled and (nickname := _LEADING_NICKNAME.match(item)):
            # '"Beat" Takeshi Kitano (Murakawa)' is Takeshi Kitano; '"Weird Al" Yankovic' is Weird Al Yankovic
            after = item[nickname.end():]
            item = after if len(after.split("(")[0].split()) >= 2 else f"{nickname.group('nickname')} {after}"
        last_word = item[:-1].split()[-1:]
        if item.endswith(".") and not (last_word and fold(last_word[0]) in GENERATIONAL):  # "Quirino Abad Jr." keeps it
            item = item.rstrip(".")
        if not item:
            continue
        if item.lower() in {"more", "others", "etc", "many more"}:
            break
        name = _whole_credited_name(item, name_after(item)) if labelled else name_after(item)
        if not name:
            bare = item[len("the "):] if item.startswith("the ") else item  # "the Nicholas Brothers (Dancers)"
            if labelled and bare[:1].isupper() and _CREDITED_ITEM.match(bare):
                continue  # one credit this reader cannot read ("Max Von Sydow (The Baron)"): the list goes on
            break
        character = None
        at = item.find(name)
        rest = item[at + len(name):] if at >= 0 else _rest_after(item, name)
        if writing and _SOURCE_AFTER_NAME.match(rest):
            continue  # "James M. Cain novel": the source's author
        if writing and _WRITING_NOTE.match(rest):
            out.append((name, None))  # "Jack Jevne adaptation": a writer, and the list goes on
            continue
        paren = _PART_IN_PARENTHESES.match(rest)
        as_match = re.match(r"^\s+as\s+(.+)$", rest)
        if paren:
            inside = _INNER_PARENTHESES.sub("", paren.group(1)).strip()  # "Mehmet (Memo)": the part is Mehmet
            character = inside if labelled and _CREDITED_PART.match(inside) else name_after(inside)
            if labelled and character and _is_described_part(inside, character):
                character = inside  # "Novalee's dysfunctional mother", "Man in Red", "War veteran": a described part
        elif as_match:
            character = _character_after(as_match.group(1), frozenset())
        pure = not rest.strip(" .") or bool(paren) or bool(as_match)
        if out and not pure and not labelled and not (len(out) == 1 and _RUNS_ON_AFTER_PAIR.match(rest)):
            break  # but "the script by Dimaculangan and Salonga is full of details": a pair's second name runs on
        out.append((name, character))
        if not pure:
            break
    return out


# --------------------------------------------------------------------------- rules


def _field_candidates(line: str) -> list[Candidate]:
    out: list[Candidate] = []
    caps = _CAPS_FIELD.match(line) if line.isupper() and ":" not in line else None
    run_on = None if caps else _run_on_fields(line)
    if caps:
        segments = [f"{caps.group(1)}: {caps.group(2)}"]
    else:
        segments = [cell for field in (run_on or [line]) for cell in _cells_of(field)]
    for k, segment in enumerate(segments):
        # an abbreviated label opens a line of cells too ("Dir. Wren Halloway · USA · 101 min")
        m = _FIELD.match(segment) or (_ABBREVIATED_FIELD.match(segment) if (k or len(segments) > 1) and "." in segment else None)
        if not m:
            # a cast field without a label between fields: after a `|`, or after a labelled field's period
            previous = segments[k - 1] if k else ""
            labelled_before = _FIELD.match(previous) or _ABBREVIATED_FIELD.match(previous) or _BY_CREDIT_END.search(previous)
            bare = _BARE_CAST_FIELD.match(segment) if "|" in line or labelled_before else None
            if bare:
                out += [Candidate(name, "actor", line.strip(), character, 2) for name, character in _names_in_list(bare.group(1), labelled=True)]
            continue
        roles = _label_roles(m.group(1).strip())
        if not roles and k == 0 and _FIELD.match(m.group(2)):
            out += _field_candidates(m.group(2))  # a heading's label first: "Crew: Director: X. Screenplay: Y."
            continue
        names = _names_in_list(m.group(2), labelled=True, writing="writer" in roles) if roles else []
        if run_on and len(names) == 1 and _reads_as_words(names[0][0]):
            continue  # a line of verdicts read as fields: "Story: Weak Music: Very Good Cast: Solid"
        for name, character in names:
            for role in roles:
                out.append(Candidate(name, role, line.strip(), character if role == "actor" else None, 2))
    return out


# A credit label closing its line, its list below it: "Cast:", "(director: X; cast:".
_LABEL_AT_END = re.compile(r"(?:^|[;(|]\s*)([^\W\d_][^\W\d_ /&.-]{0,29})\s*[:：]\s*$")


def _with_list_below(line: str, below: str) -> str:
    """`line` with the next line joined to it when it ends on a credit label and the next line holds no label:
    "Cast:" over "A, B, C" is one field."""
    label = _LABEL_AT_END.search(line) if line.rstrip().endswith((":", "：")) else None
    if label is None or not _label_roles(label.group(1).strip()) or ":" in below:
        return line
    return f"{line} {below}"


def _reads_as_words(name: str) -> bool:
    """Every word of `name` is an English word, and the first is no given name too ("Very Good", "Solid"; not
    "Guy Green", "Mark Strong")."""
    words = name.split()
    return all(map(is_common_word, words)) and fold(words[0]) not in GIVEN_NAMES_ALSO_WORDS


def _cells_of(field: str) -> list[str]:
    """A credit field's cells: parted by sentence breaks before labels and dashes, or by bars and dots."""
    return _FIELD_BREAK.split(field) if ". " in field or " — " in field or " – " in field else _CELLS.split(field)


def _run_on_fields(line: str) -> list[str] | None:
    """The fields of `line` when two labelled credit fields or more run on in it (`_RUN_ON_BREAK`), else None: one
    break after a field that opens the line ("Director: X Music: Y"), two after anything else ("TITLE (director: X;
    cast: A (Role), ...)")."""
    if ":" not in line:
        return None
    fields = _RUN_ON_BREAK.split(line)
    if len(fields) > 2:
        return fields
    opening = _FIELD.match(line) if len(fields) == 2 else None
    return fields if opening is not None and _label_roles(opening.group(1).strip()) else None


# An editor's label joined to others gives no role of its own (the contract has none): "director/writer/editor: X".
_EDITOR_LABEL = re.compile(r"^(?:editors?|editing|edited\s+by|ed\.)$", re.I)


def _label_roles(label: str) -> tuple[str, ...]:
    """The roles a credit field's label gives ("Directed by" -> director), () for a label that is no credit.
    Labels joined by a slash, a comma, "&", "and" or a hyphen give all their roles ("Dir./scr.", "Dir., scr.",
    "Dir.-scr.", "Dir-scr" -> director and writer), when each is a label."""
    for pattern, roles in _LABELS:
        if pattern.match(label):
            return roles
    parts = _LABEL_JOIN.split(label)
    if len(parts) > 1:
        found = [_label_roles(part.strip()) for part in parts]
        if all(roles or _EDITOR_LABEL.match(part.strip()) for roles, part in zip(found, parts)) and any(found):
            return tuple(dict.fromkeys(role for roles in found for role in roles))
    return ()


_LABEL_JOIN = re.compile(r"\s*(?:/|,|&|\band\b|-)\s*", re.I)


def _credit_block(lines: list[str], title: str | None) -> tuple[list[Candidate], list[str]]:
    """A run of bare name lines at the top of the page: director first, then cast."""
    head: list[str] = []
    for line in lines:
        if len(line) > 160:
            break
        head.append(line)
    title_key = fold(title or "")
    best: list[str] = []
    run: list[str] = []
    for line in head + [""]:
        if looks_like_full_name(line) and fold(line) != title_key:
            run.append(line)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(best) < 3:
        return [], []
    out = [Candidate(best[0], "director", best[0], None, 1)]
    out += [Candidate(n, "actor", n, None, 1) for n in best[1:]]
    warning = f"credits block without labels read as director {best[0]} and cast {', '.join(best[1:])}"
    return out, [warning]


def _strip_asides(sentence: str) -> str:
    """Drop comma-set asides about other work (", who gained fame as Tokyo in Money Heist,"); not one saying what
    everyone calls the part (", known to everyone as Auntie Dede,")."""
    return _ASIDE.sub(lambda m: " " if (_OTHER_WORK_CLAUSE.search(m.group()) or _SERIES_WORDS.search(m.group()))
                      and not _KNOWN_TO_ALL.match(m.group()) else m.group(), sentence)


def _is_credit_field(sentence: str) -> bool:
    """The sentence opens with a credit label and a colon ("Cast: A (Char), B (Char)."), or runs credit fields on
    ("TITLE (director: X; cast: A (Char), B (Char))")."""
    m = _FIELD.match(sentence) if ":" in sentence[:32] else None
    return (bool(m) and bool(_label_roles(m.group(1).strip()))) or _run_on_fields(sentence) is not None


# What a credit noun may belong to and still be the film's: "the film's director", "the movie's composer".
_THE_FILM = frozenset("film movie picture feature project production series show documentary".split())


def _owned_by_another_thing(word: str) -> bool:
    """A lower-case possessive of a noun that is not the film ("factory's", "school's", "band's"): the role noun
    after it is a trade inside the story ("the factory's director"), never a credit of the film."""
    if not word.endswith(("'s", "’s")) or not word[:1].islower():
        return False
    return word[:-2].lower() not in _THE_FILM


def _role_noun_candidates(sentence: str, lowered: str | None = None) -> list[Candidate]:
    """`director X`, `writer/director X`, `musician "X"`, `actress X` (not "legendary director X")."""
    out: list[Candidate] = []
    lowered = casefree(sentence) if lowered is None else lowered
    if not has_any(lowered, _ROLE_NOUN_STEMS):
        return out
    for m in _role_noun_matches(sentence, lowered):
        noun = re.sub(r"\s+", " ", m.group("noun")).lower()
        if noun.startswith("director") and re.match(r"\s*of\s", sentence[m.end("noun"):]) and noun != "director of photography":
            continue
        if sentence[m.start() - 1 : m.start()] == "-" and not sentence[: m.start()].lower().endswith(("co-", " co-")):
            continue  # "letter-writer", "song-writer": a trade, not a credit ("co-writer" is one)
        before = sentence[: m.start()].split()
        prev = before[-1].strip("“\"(") if before else ""
        if _owned_by_another_thing(prev):
            continue  # "the factory's director, X": a character's trade in the story, not a credit
        # (a capitalised word before the noun qualifies it, "the Hong Kong director X", unless a comma ends its clause:
        # "after the original Overclocked, director X returns")
        if prev and (fold(prev) in _OTHER_QUALIFIERS or (prev[:1].isupper() and not prev.endswith(",") and len(before) > 1
                                                         and not before[-2].endswith((".", ":")))):
            place_opens = all(w[:1].isupper() for w in before) and len(before) <= 3  # "Hong Kong filmmaker X" opening the sentence
            crew_by_nationality = noun in _CREW_NOUNS and is_demonym(prev) and not any(fold(w) in _OTHER_QUALIFIERS for w in before[-3:])
            if not _THIS_FILMS_MAKER.search(sentence, 0, m.start()) and not crew_by_nationality and not (
                place_opens and noun in ("director", "filmmaker") and _MAKES_THIS.match(_without_leading_aside(sentence[m.end():], name_after(sentence[m.end():])))
            ):
                # ("the Kannada cinematographer X shoots the water": a crew member is rarely named for comparison;
                # "Hong Kong filmmaker X returns to the triad genre": the subject's verb makes this film)
                continue  # "the Hong Kong director X": someone else ("the debut of Riga-based director X" is this film's)
        rest = sentence[m.end():]
        name = name_after(rest)
        if not name and prev.lower() == "the" and not m.group("comma") and (linked := _IS_AFTER_NOUN.match(rest)):
            # "The cinematographer is Dejan Marković.": only a name that ends the clause ("... is Kim's nephew" is not one)
            name = name_after(rest[linked.end():])
            if name and not _ENDS_CLAUSE.match(_rest_after(rest[linked.end():], name)):
                name = None
        if not name:
            continue
        after = rest[rest.find(name.split()[-1]) + len(name.split()[-1]):] if name.split()[-1] in rest else ""
        if _OTHER_WORKS.match(after):
            continue
        key = re.sub(r"\s*([/-])\s*", r"\1", " ".join(noun.lower().split()))  # "writer / director" -> "writer/director"
        roles = _NOUN_ROLES.get(key, ())
        if noun == "musician" and not _MUSIC_WORDS.search(sentence):
            continue
        for role in roles:
            out.append(Candidate(name, role, sentence, None, 1))
    return out


# The verb after a film-maker who opens the sentence when the sentence is about this film: "X returns with ...".
_MAKES_THIS = re.compile(r"\s*(?:returns|makes|made|directs|directed|delivers|brings|crafts|offers|follows|turns|is\s+back|debuts)\b")
_LEADING_ASIDE = re.compile(r"\s*(?:\([^()]{0,120}\)|[—–]\s[^—–]{0,120}\s[—–]|,\s(?:[a-z]+ing|fresh|back)\s[^,;:.()]{1,120},)")


def _without_leading_aside(rest: str, name: str | None) -> str:
    """What follows `name`, read at the start of `rest`, past an aside in parentheses or dashes ("X (Y on posters)
    returns") or a participle's between commas ("X, working in China for the first time, brings"; not "X, whose The
    Killer is the model here, made", "X, the hero's idol, turns up": someone the film is about)."""
    after = _rest_after(rest, name) if name else ""
    aside = _LEADING_ASIDE.match(after)
    return after[aside.end():] if aside else after


# Before a qualified role noun, words that make it this film's maker: "the second feature from Mexican director X",
# "the debut of Moscow-born, Riga-based director X".
# "Tiger Lily, from the 27-year-old Singaporean director X, is ...", "It comes from the Singaporean director X".
_THIS_FILMS_MAKER = re.compile(r"\b(?:feature|film|debut|movie|picture)\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w-]+,?\s+){1,3}$"
                               r"|(?:^|,\s+|\bcomes\s+)(?i:from)\s+(?:the\s+)?(?:[\w-]+,?\s+){1,3}$")


# The first word of every noun `_ROLE_NOUN` reads, lower-case. Plain letters open each, so `re` skips ahead
# fast to where one starts; `_ROLE_NOUN` itself (case-insensitive, opening with `\b`) tries every position.
_ROLE_NOUN_START = re.compile(
    r"writer|music|director|dir\.|filmmaker|helmer|screenwriter|scripter|scribe|composer|musician|cinematographer|lenser|dop|dp|producer|lead|"
    r"actress|actor|co-star"
)


def _role_noun_matches(sentence: str, lowered: str) -> list[re.Match[str]]:
    """`_ROLE_NOUN.finditer(sentence)`, tried only where `_ROLE_NOUN_START` finds a noun's first word in `lowered`
    (`casefree(sentence)`): every match starts there, and no such word holds the start of another."""
    matches: list[re.Match[str]] = []
    end = 0
    for start in _ROLE_NOUN_START.finditer(lowered):
        if start.start() >= end and (m := _ROLE_NOUN.match(sentence, start.start())):
            matches.append(m)
            end = m.end()
    return matches


# One capitalised word with a possessive, then a capitalised name: "Malaysia's Mohd Hafiz", "Kyiv's Olexandr Bondar".
_OWNER_BEFORE_NAME = re.compile(r"^[A-Z][\w-]+['’]s\s+(?=[^\W\d_][\w'’.-]*\s+[^\W\d_])")  # capitals with accents too: "Ľubomír"


def _by_candidates(sentence: str, lowered: str | None = None) -> list[Candidate]:
    """`directed by X`, `music by X`, `shot by X` ..., with a list of names after the cue."""
    out: list[Candidate] = []
    lowered = casefree(sentence) if lowered is None else lowered
    if " by " not in lowered and " from " not in lowered and " with " not in lowered and " of " not in lowered and "dir." not in lowered:
        return out
    for (pattern, roles), stems in zip(_BY_CUES, _BY_CUE_STEMS):
        if has_any(lowered, stems):
            out += [c for m in pattern.finditer(sentence) for c in _names_after_cue(sentence, m, roles)]
    return out


_PAIRED_VERB = re.compile(r"\s+(?:play|are|portray)\s+")
_PAIRED_JOIN = re.compile(r",?\s+and\s+$")
# "Natsuki, the elder, a Tokyo lawyer, and ", "Emre, the son who stayed and kneads the dough, and ": each "and" in turn
_PAIRED_AND = re.compile(r",?\s+and\s+")
_PAIRED_DESCRIPTION = re.compile(r"(?:,[^;.]{1,120})?")
_PAIRED_PARTS_END = re.compile(r"\s*(?:[,.;:!?)]|$|\s*respectively\b)")  # not "play Mario Kart and Twister all night"


def _paired_cast(sentence: str) -> list[Candidate]:
    """`A and B play X and Y` (`are`, `portray`; a description may follow X: "play Natsuki, the elder, ..., and Haru"):
    A plays X and B plays Y, respectively."""
    for verb in _PAIRED_VERB.finditer(sentence):
        left, right = sentence[: verb.start()], sentence[verb.end():]
        second = name_before(left)
        if not second or not left.endswith(second):
            continue
        joined = _PAIRED_JOIN.search(left[: len(left) - len(second)])
        first = name_before(left[: len(left) - len(second)][: joined.start()]) if joined else None
        part_x = name_after(right)
        if not first or not part_x or not right.startswith(part_x):
            continue
        after_x = right[len(part_x):]
        for m in _PAIRED_AND.finditer(after_x):
            if not _PAIRED_DESCRIPTION.fullmatch(after_x[: m.start()]):
                break
            part_y = name_after(after_x[m.end():])
            tail = after_x[m.end() + len(part_y or ""):]
            if part_y and after_x[m.end():].startswith(part_y) and len({first, second, part_x, part_y}) == 4 \
                    and " " in first and " " in second and _PAIRED_PARTS_END.match(tail):
                return [Candidate(first, "actor", sentence, part_x, 1), Candidate(second, "actor", sentence, part_y, 1)]
    return []


# (not when the part's own name follows: "stars X as the title character, Lu Guoqiang"; nor another film's: "played the title
# role in Tár")
_TITLE_ROLE = re.compile(r"\s+(?:plays|played|playing|is|as)\s+the\s+title\s+(?:character|role|part)\b(?!,?\s+[A-Z]|\s+(?:in|of)\s)")


def _with_whole_casts(found: list[Candidate], sentence: str, lowered: str, title: str | None) -> list[Candidate]:
    """A sentence's part readings, where a reading of the whole sentence casts the same actors instead: "A and B play X
    and Y" (each their own part, not B as X), "X plays the title character" (the film's namesake, not a word of the
    description after it)."""
    for cast in ((_paired_cast(sentence) if " play " in sentence or " are " in sentence or " portray " in sentence else []),
                 (_title_role_candidates(sentence, title) if title and "title " in lowered else [])):
        if cast:
            actors = {c.name for c in cast}
            found = [c for c in found if c.name not in actors] + cast
    return found


def _title_role_candidates(sentence: str, title: str) -> list[Candidate]:
    """`X plays the title character`: X plays the part the film is named for ("Gisela Hartmann", "Auntie Esi"), when the
    title is shaped like a name."""
    m = _TITLE_ROLE.search(sentence)
    if not m or not name_after(title) == title:
        return []
    actor = _actor_before(sentence[: m.start()])
    return [Candidate(actor, "actor", sentence, title, 1)] if actor and actor != title else []


def _title_by_candidates(sentence: str, title: str) -> list[Candidate]:
    """`The Rice Stairs, by Maria Teresa Bautista, spends a year ...`: the film's own title, then "by" and its maker."""
    m = re.match(r"\W{0,2}" + re.escape(title) + r"[”\"’']?,\s+by\s+", sentence, re.IGNORECASE)  # not "her film of Hamnet, by ..."
    if not m:
        return []
    rest = sentence[m.end():]
    return [Candidate(name, "director", sentence, None, 1) for name, _ in _names_in_list(rest[:100])[:1]
            if _is_person_name(name, _rest_after(rest, name))]


_EARLIER_WORK_BEFORE = re.compile(
    r"\bthe\s+(?:original(?:\s+(?:film|version|movie))?|(?:19|20)\d\d\s+(?:film|version|original|movie)"
    r"|earlier\s+(?:film|version)|old\s+version)\s*,\s*(?:which\s+was\s+|that\s+was\s+)?$", re.IGNORECASE)


def _names_after_cue(sentence: str, cue: re.Match[str], roles: tuple[str, ...]) -> list[Candidate]:
    """The names listed after one credit cue of `sentence`, each with the cue's roles."""
    out: list[Candidate] = []
    if roles[0] in ("director", "writer") and _EARLIER_WORK_BEFORE.search(sentence, max(0, cue.start() - 60), cue.start()):
        return out  # "the 1978 film, directed by the late Harold Brisk": the original a remake remakes, not this film
    rest = _ROLE_NOUN_AT_START.sub("", sentence[cue.end():])
    if rest.startswith("and ") and rest is not sentence[cue.end():]:
        rest = rest[4:]  # "Screenplay by the director and X": X, and the director (`_director_co_wrote`)
    if (owner := _OWNER_BEFORE_NAME.match(rest)) and name_after(rest[owner.end():]):
        rest = rest[owner.end():]  # "produced by Malaysia's Mohd Hafiz bin Osman": a place's or company's person
    elif (relative := _RELATIVE_BEFORE_NAME.match(rest)) and name_after(rest[relative.end():]):
        rest = rest[relative.end():]  # "produced by his wife, Ngozi Anozie", "photographed by his sister, X"
    found = [(name, c) for name, c in _names_in_list(rest[:200]) if _is_person_name(name, _rest_after(rest, name))]
    for name, _ in found:
        for role in roles:
            out.append(Candidate(name, role, sentence, None, 1))
    if found and roles in (("writer",), ("composer",)) and (co := _WROTE_WITH.match(tail := _rest_after(rest, found[-1][0]))):
        if partner := name_after(tail[co.end():]):  # "co-written by X with the novelist Y", "score is by X with the pianist Y"
            out.append(Candidate(partner, roles[0], sentence, None, 1))
    if found and roles == ("director",) and _OWN_SCRIPT.match(_rest_after(rest, found[-1][0])):
        out.append(Candidate(found[-1][0], "writer", sentence, None, 1))
    return out


def _abbreviated_director_candidates(line: str) -> list[Candidate]:
    """`_DIRECTOR_ABBREVIATED` on a short line of the page: the sentence splitter cuts "Dir. X. 15. 112 mins." after "Dir."."""
    return [c for m in _DIRECTOR_ABBREVIATED.finditer(line) for c in _names_after_cue(line, m, ("director",))]


# A cast credit in prose without a label word: "With A, B and C." opening a sentence, or "...; with A, B."
_WITH_LIST = re.compile(r"(?:^|;\s*)[Ww]ith\s+" + NAME_AHEAD)


def _with_list_candidates(sentence: str) -> list[Candidate]:
    """`With A, B, C.` / `Directed by X; with A, B`: a cast list only when the names fill the rest of the sentence."""
    out: list[Candidate] = []
    for m in _WITH_LIST.finditer(sentence):
        rest = sentence[m.end():].strip().rstrip(".")
        items = [i for i in _LIST_SPLIT.split(rest) if i.strip()]
        found = _names_in_list(rest, labelled=True)
        if len(items) >= 2 and len(found) == len(items) and all(n == i.strip() for (n, _), i in zip(found, items)):
            out += [Candidate(name, "actor", sentence, None, 1) for name, _ in found]
    return out


def _cast_candidates(sentence: str, title_words: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    if "ith " in sentence and (sentence.startswith("With ") or "; with " in sentence):
        out += _with_list_candidates(sentence)
    if "star" not in sentence.lower() and "featuring" not in sentence:
        return out
    for m in _CAST_CUE.finditer(sentence):
        for name, character in _names_in_list(sentence[m.end():][:400]):
            out.append(Candidate(name, "actor", sentence, character, 1))
    return out


def _is_other_work(sentence: str, clause_before: str, character_rest: str) -> bool:
    """The cast the cue reads belongs to another work: "X, famous for playing Y in ...", "X, star of Foo, as Y".
    An aside closed by its comma or parenthesis before the cue says where the actor is known from, not where the part is:
    "X, a veteran of the national cinema, plays Y" casts this film."""
    if _IN_TITLE.match(character_rest):
        return True
    if _OTHER_WORK_CLAUSE.search(_CLOSED_ASIDE_AT_END.sub(" ", clause_before)[-60:]):
        return True
    return bool(_WHO_AT_END.search(clause_before.strip()[-10:] + " ") or _WHO_CLAUSE_AT_END.search(clause_before)) and bool(
        _SERIES_WORDS.search(sentence)
    )


# An aside between commas or in parentheses just before the cue: "X, a veteran of Y, plays": ", a veteran of Y, ";
# "X (the star of Y, which I did not like) plays": "(the star of Y, which I did not like) ".
_CLOSED_ASIDE_AT_END = re.compile(r"(?:,[^,;()]{1,80},|\([^()]{1,120}\))\s*$")


def _after_preposition(text: str, name: str) -> bool:
    """`text` ends with `name` right after a preposition: "a hydrologist from Buenos Aires" (a place, or someone
    else: "a friend of Ana Lopez"), not the name of the one described."""
    before = text[: len(text) - len(name)].split() if text.endswith(name) else []
    return bool(before) and before[-1].lower() in _NO_SKIP


def _rest_after(text: str, name: str) -> str:
    last = name.split()[-1]
    at = text.find(last)
    return text[at + len(last):] if at >= 0 else ""


def _character_candidates(original: str, title_words: frozenset[str], title_key: str = "") -> list[Candidate]:
    """`X as Y`, `X plays Y`, `Y, played by X`, `Y (X)` in one sentence."""
    out: list[Candidate] = []
    if not (has_any(original, _CHARACTER_TRIGGERS) or original.startswith("As ")):
        return out
    sentence = _strip_asides(original)
    clauses = _CLAUSE_SPLIT.split(sentence) if has_any(sentence, (";", "but", "while", "whereas")) else [sentence]
    for clause in clauses:
        for cue, stems in ((_AS_WORD, ("as", "role of", "part of")), (_PLAYS_WORD, ("play", "portray", "essay", "voic"))):
            if not has_any(clause, stems):
                continue
            for start, m in _after_space(cue, clause):
                before, after = clause[:start], clause[m.end():]
                if cue is _AS_WORD and (played := _as_actor_plays_him(before, after)):
                    out.append(Candidate(played[0], "actor", original, played[1], 1))
                    continue
                character = _character_after(after, title_words)
                called = _CALLED.match(after) if cue is _AS_WORD else None
                if called:
                    # "as a retired officer the crew call Selim Bey", "as the patriarch everyone calls Uncle Sáu"
                    character = name_after(after[called.end():]) or character
                if not character and cue is _AS_WORD:
                    if (part := _HAS_A_ROLE.search(before)) and (actor := _actor_before(before[: part.start()])):
                        out.append(Candidate(actor, "actor", original, None, 1))  # "X has a small role as a policeman"
                    continue  # "as well as", "such as": no character, so no need to read an actor
                actor = _actor_before(before)
                if actor and not character and cue is _PLAYS_WORD and _PLAYS_UNNAMED.match(after) and not _is_other_work(original, before, ""):
                    plain = name_before(before) or (_name_before_aside(before) if before.rstrip().endswith(",") else None)
                    if plain == actor and (before.rstrip().endswith(plain.split()[-1]) or before.rstrip().endswith(",")):
                        called = _CALLED.match(after)  # "plays the widow upstairs whom everyone calls Pani Jadwiga"
                        named = name_after(after[called.end():]) if called else None
                        if not named and _PRONOUN_OBJECT.match(after):
                            named = _subject_played(original, before, actor)  # "Y is a stock villain, but X plays him"
                        out.append(Candidate(actor, "actor", original, named, 1))  # "X plays the driver"
                    continue
                if not actor or not character or same_full_name(actor, character):
                    continue
                if cue is _AS_WORD and (pairs := _as_pairs(before, after, actor, character)):
                    out += [Candidate(a, "actor", original, c, 1) for a, c in pairs]
                    continue
                if _is_other_work(original, before, _rest_after(after, character)) or (
                    cue is _AS_WORD and not called and (_NAMING_VERB.match(after) or _NAMED_BEFORE_AS.search(before))
                ):
                    continue
                out.append(Candidate(actor, "actor", original, character, 1))
        if " play " in clause:
            out += _play_pairs(clause, original)
        if clause.startswith("As "):
            character = name_after(clause[3:])
            rest = _rest_after(clause[3:], character) if character else ""
            actor = name_after(rest[1:]) if rest.startswith(",") else None
            if actor and character and not same_full_name(actor, character):
                out.append(Candidate(actor, "actor", original, character, 1))
        for m in _PLAYED_BY.finditer(clause) if has_any(clause, ("played", "portrayed", "essayed", "voiced")) else ():
            head = clause[: m.start()].rstrip(" ,(")
            character = name_before(head)
            described = _TRAILING_APPOSITION.search(head) or _TRAILING_WHO_CLAUSE.search(head)
            if described and (not character or _after_preposition(head, character) or described.re is _TRAILING_WHO_CLAUSE):
                # ("his brother Suren, who left for Los Angeles, is played by X": Suren, not Los Angeles)
                # "Ah-Kuen, a drunk former sailor, played by X"; "Federico, a hydrologist from Buenos Aires, played by X"
                # (not "Mary, the daughter of the shop owner Thomas, who is played by X": Thomas names the owner)
                character = name_before(head[: described.start()]) or character
            after = clause[m.end():]
            if after[:1].islower() and (described := _DESCRIBED_ACTOR.match(after)):
                after = after[described.end():]  # "played by the veteran character actor X"
            elif after[:1].islower() and _DESCRIPTOR.match(after.split(None, 1)[0]) and " " in after:
                after = after.split(None, 1)[1]  # "played by newcomer X"
            elif (national := _NATIONAL_ROLE.match(after)) and name_after(national.group(1)) is None:
                after = after[national.end():]  # "played by Argentine actor X"
            actor = name_after(after)
            if actor and not character and _DESCRIBED_PART.search(head) and not _MUSIC_WORDS.search(head):
                out.append(Candidate(actor, "actor", original, None, 1))  # "a Danish bookkeeper, played by X": an unnamed part
            if actor and character and not same_full_name(actor, character):
                listed = head[: head.rfind(character)].rstrip()
                if listed.endswith(" and"):  # "A and B, played by X and Y": A by X, B by Y
                    out += [Candidate(a, "actor", original, c, 1) for a, c in _played_by_pairs(listed, character, clause[m.end():], actor)]
                    continue
                out.append(Candidate(actor, "actor", original, character, 1))
    # In a labelled cast list ("Cast: A (Character), B (Character)") the parenthesis holds the character:
    # the credit line's reading (`_field_candidates`) has it.
    for m in _PAREN.finditer(original) if "(" in original and not _is_credit_field(original) else ():
        inside = m.group(1).strip()  # "Da-eun (Baek Ji-ah)"
        if inside.startswith("as ") and (actor := name_before(original[: m.start()])):
            if _NAMING_VERB.match(inside[3:]):
                continue  # "X (as the mainland distributor credits Y)": the same person's other name (`extract.ties`)
            character = _character_after(inside[3:], title_words)
            if character and not _rest_after(inside, character).strip(" ,.;") and not same_full_name(actor, character):
                out.append(Candidate(actor, "actor", original, character, 1))  # "X (as the grandson, Ti)", the name closing it
            continue
        if "," in inside and (comment := inside.split(",", 1)[1].strip()) and comment[:1].islower():
            inside = inside.split(",", 1)[0].strip()  # "Wei Zhiming (Guo Lan, superb)": a word on the actor after the comma
        if _CREW_VERB_AFTER.match(original, m.end()) or _credits_the_name_before(original[: m.start()]):
            continue  # "X (Blue Harbour Road) directs", "director X (Con Air)", "director X's (Live Bait) second feature"
        if described_actor := _DESCRIBED_PLAYER_INSIDE.match(inside):
            inside = inside[described_actor.end() :]  # "Xiao Yu, a design student (mainland star Zhou Xinyi)"
        if not looks_like_full_name(inside):
            actor = name_before(original[: m.start()])
            if (one := _one_word_part(inside)) and actor and len(actor.split()) >= 2 and not has_character_title(actor):
                out.append(Candidate(actor, "actor", original, one, 1))  # "Veselina Dimitrova (Radka)": the actor first
            continue
        outside = name_before(original[: m.start()])
        if not outside and (described := _DESCRIBED_BEFORE_PAREN.search(original, 0, m.start())) and original[described.start() - 1 : described.start()].isalpha():
            outside = name_before(original[: described.start()])  # "Marcel, a French anarchist (Julien Marchand)"
        if outside and title_key and fold(outside) == title_key and all(
            is_common_word(w) for w in inside.replace("-", " ").split()
        ):
            continue  # the title's translation: "Kaaval Nilam (Guarded Land)"
        character = outside if outside and not same_full_name(outside, inside) else None
        if character and has_character_title(inside) and not has_character_title(character):
            out.append(Candidate(character, "actor", original, inside, 1))  # "X (Uncle Sau)": a title names the part
            continue
        out.append(Candidate(inside, "actor", original, character, 1))
    return out


# Words that open sentences and are never a name ("Whatever the order, she is superb as ..."): pronouns,
# conjunctions and sentence adverbs. A closed list: an everyday noun may well be a name ("Gray, known for his music").
_NEVER_NAMES = frozenset(
    "whatever however whoever whichever wherever whenever meanwhile nevertheless nonetheless otherwise still yet also "
    "even only perhaps maybe sometimes here there then now later elsewhere overall finally instead indeed besides "
    "unfortunately fortunately luckily sadly happily honestly frankly clearly surely certainly admittedly ultimately "
    # Conjunctions and prepositions that open a clause ("Despite continually playing a man, Shu is ...", "Considering
    # how good she is as Vivian, ...", "After portraying a hero in X, Denzel Washington ...").
    "despite because after before during while although though unlike considering so since until unless whether "
    "when once given granted taken actually equally be".split()
)


def _is_never_a_name(c: Candidate) -> bool:
    """`c` is one word of `_NEVER_NAMES`, a kinship word and a name read as a player ("the dad (Uncle Sáu)": a part),
    or a title the review writes in capitals ("Balthazar Getty (WHITE SQUALL)"), read by a prose cue: no name."""
    if c.strength >= 2:
        return False
    if _title_in_capitals(c.name, c.evidence):
        return True
    if " " not in c.name:
        return c.name.lower() in _NEVER_NAMES
    return c.role == "actor" and c.name.count(" ") == 1 and c.name.split()[0].lower() in _KINSHIP_NOT_GIVEN_NAMES


def _without_opening_word(c: Candidate) -> Candidate:
    """`c` read by a prose cue without a clause-opening word read into its name ("While Ricci's performance in X" ->
    Ricci), and without a part that is a title in capitals ("Alec Baldwin as THE SHADOW": the film, no part)."""
    if c.strength >= 2:
        return c
    if c.character is not None and _title_in_capitals(c.character, c.evidence):
        c = replace(c, character=None)
    first, _, rest = c.name.partition(" ")
    if not rest or first.lower() not in _CLAUSE_OPENERS or not rest[:1].isupper():
        return c
    return replace(c, name=rest)


# The words `_without_opening_word` cuts from a name: not "So", a Korean family name too ("So Ji-sub plays a hitman").
_CLAUSE_OPENERS = _NEVER_NAMES - {"so"}


# A parenthesis in capitals after a word that is not ("Balthazar Getty (WHITE SQUALL)", "the noir thriller (BLOOD
# SIMPLE)"): critics who write titles in capitals cite a person's or a genre's film so.
_CAPITALS_ASIDE = re.compile(r"(?P<before>\S+)\s*\(\s*(?P<inside>[^()a-z]+?)\s*[),]")


def _title_in_capitals(name: str, evidence: str) -> bool:
    """Whether `name` is a film title the review writes in capitals in a sentence of lower-case prose: every word of it an
    English word ("RIDICULE", "TWIN PEAKS", "WINGS OF DESIRE"), or standing in a parenthesis after a word that is not in
    capitals ("Amy Irving (CROSSING DELANCEY)"). A name shouted in a shouted post, or in capitals of its own
    ("HWANG IN-PYO as CHA"), is still a name."""
    upper = name.upper()
    if upper == name.lower() or upper not in evidence or sum(map(str.islower, evidence)) < sum(map(str.isupper, evidence)):
        return False
    if name != upper and whole_word_starts(name, evidence):
        return False  # also written as a name: "MAVERICK is a western, and Mel Gibson plays Maverick"
    for m in _CAPITALS_ASIDE.finditer(evidence):
        if m.group("inside").strip() == upper and not m.group("before").isupper():
            return True
    words = upper.split()
    if not any(len(w) > 1 for w in words) or not all(
            is_common_word(w.lower()) or w.lower() in ("of", "the", "a", "an", "in", "on", "and", "to", "for") for w in words):
        return False
    # written as whole words, no apostrophe on either side ("RIDICULE", not "RIDICULE'S")
    return any(evidence[at + len(upper): at + len(upper) + 1] not in ("'", "’")
               for at in whole_word_starts(upper, evidence, not_after="'’"))


# Kinship words that are no given names (not "Nana Komatsu", "Tia Carrere", "Mama Sita"): "the dad (Uncle Sáu)", "Tatay
# Ernesto" are parts.
_KINSHIP_NOT_GIVEN_NAMES = KINSHIP_TITLES - TITLES_ALSO_NAMES - {"tia", "tio", "oma", "opa"}


# "Anjana Pillai and Arjun Radhakrishnan are the couple, Anu and Sreejith, whose ...": two actors, two parts, in order.
_PAIR_ARE_THE_PARTS = re.compile(
    r"(?:^|[;,]\s+|\band\s+)(?P<a>[A-Z][^,;()]{2,40}?)\s+and\s+(?P<b>[A-Z][^,;()]{2,40}?)\s+are\s+(?:the|two)\s+[a-z][a-z -]{1,30},\s+"
    r"(?P<x>[A-Z][^,;().]{0,30}?)\s+and\s+(?P<y>[A-Z][^,;().]{0,30}?)(?=\s*[,;.]|\s+(?:who|whose)\b)"
)


def _pair_are_the_parts(sentence: str) -> list[Candidate]:
    """`A and B are the couple, X and Y`: A plays X and B plays Y, when all four are names as written."""
    out: list[Candidate] = []
    for m in _PAIR_ARE_THE_PARTS.finditer(sentence):
        a, b, x, y = (m.group(g).strip() for g in ("a", "b", "x", "y"))
        if all(name_after(n) == n for n in (a, b, x, y)) and len(a.split()) >= 2 and len(b.split()) >= 2:
            out += [Candidate(a, "actor", sentence, x, 1), Candidate(b, "actor", sentence, y, 1)]
    return out


# What an actor gives a part, as critics say it: "X gives Mannoubia the regal swagger of a sultana", "X gives Dam a sullen
# charm", "X brings a puppyish energy to Dul". Only a quality of a performance: "X gives Min-hee a gun" is the plot.
_PERFORMANCE_QUALITIES = (
    "charm|dignity|swagger|menace|warmth|gravity|gravitas|weight|edge|intensity|vulnerability|sweetness|presence|energy|"
    "depth|humanity|soul|bite|spark|authority|melancholy|sadness|pathos|tenderness|humou?r|wit|poise|grace|intelligence|"
    "weariness|ferocity|fragility|steel|sincerity|decency|innocence|mischief|sparkle|nobility|stillness|sensitivity|"
    "toughness|calm|fury|gentleness|elegance|sorrow|exasperation|confidence|complexity|resilience|cunning|bravado|"
    "brittleness|glamou?r|pride|shrewdness|loneliness|ambiguity|texture|nuance|shading|conviction|irony|playfulness|"
    "cheek|watchfulness|solidity|heft|magnetism|bluster|pomposity|vanity|wistfulness|grit|radiance|"
    "mystery|ache|rage|anguish|quiet|stoicism|exuberance|zest|lightness|fierceness|spirit|flair|panache|gusto|impatience|"
    "restlessness|tenacity"
)
_GIVES_A_QUALITY = re.compile(
    r"\s+(?:gives|lends)\s+(?P<part>[A-Z][^,;.()]{1,40}?),?\s+(?:a|an|the|his|her)\s+(?:[a-z'’-]+\s+){0,3}?"
    rf"(?:{_PERFORMANCE_QUALITIES})\b"
    r"|\s+brings\s+(?:(?:a|an|the|his|her)\s+)?(?:[a-z'’-]+\s+){0,3}?"
    rf"(?:{_PERFORMANCE_QUALITIES})(?:\s+and\s+[a-z]+)?\s+to\s+(?P<brought>[A-Z][^,;.()]{{1,40}}?)(?=[,;.]|\s+(?:and|but|that|who|which)\b|$)"
)


def _gives_a_quality(sentence: str) -> list[Candidate]:
    """`X gives Y a stubborn dignity`, `X brings a puppyish energy to Y`: X plays Y, both names as written."""
    out: list[Candidate] = []
    for m in _GIVES_A_QUALITY.finditer(sentence):
        part = (m.group("part") or m.group("brought")).strip()
        actor = _actor_before(sentence[: m.start()])
        if actor and name_after(part) == part and not same_full_name(actor, part):
            out.append(Candidate(actor, "actor", sentence, part, 1))
    return out


# "Grigory Belov directs his wife, Natalya Belova": the relative plays in the film (the director is read elsewhere).
_DIRECTS_A_RELATIVE = re.compile(rf"\bdirects\s+(?:his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?{_RELATIVE},?\s+(?=[^\W\d_])")
# "Peter Hudák and his real-life sister Lenka Hudáková play the brigade's twin supervisors": both act, their parts unnamed.
_PAIR_PLAY_UNNAMED = re.compile(
    rf"\s+and\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?{_RELATIVE},?\s+)?(?P<b>[A-Z][^,;.()]{{1,40}}?)\s+play\s+(?:the|a|an|two)\s")


def _relatives_cast(sentence: str) -> list[Candidate]:
    """`X directs his wife, Y` (Y acts); `A and his sister B play the twin supervisors` (A and B act, unnamed parts)."""
    out: list[Candidate] = []
    for m in _DIRECTS_A_RELATIVE.finditer(sentence):
        if name := name_after(sentence[m.end():]):
            out.append(Candidate(name, "actor", sentence, None, 1))
    for m in _PAIR_PLAY_UNNAMED.finditer(sentence):
        a, b = name_before(sentence[: m.start()]), m.group("b").strip()
        if a and " " in a and name_after(b) == b and " " in b and not same_full_name(a, b):
            out += [Candidate(a, "actor", sentence, None, 1), Candidate(b, "actor", sentence, None, 1)]
    return out


def _one_word_part(inside: str) -> str | None:
    """The one capitalised name word a parenthesis holds ("Radka", "Mama Dayo" is not one word), or None."""
    word = inside.strip()
    return word if " " not in word and word[:1].isupper() and not word.isupper() and name_after(word) == word and not is_common_word(word) else None


# After "X (Y)": a crew verb makes Y a work of X's ("X (Blue Harbour Road) directs with ..."), not X's actor.
_CREW_VERB_AFTER = re.compile(r"\s*(?:directs|directed|co-directs|co-directed|helms|helmed|writes|wrote|co-wrote|scores|scored|shoots|shot)\b")
# A crew noun or a credit before the name a parenthesis follows (`_credits_the_name_before`).
_CREW_NOUNS_BEFORE = r"(?:director|filmmaker|film-maker|helmer|writer-director|writer|screenwriter|cinematographer|composer|producer)"
_CREW_NOUN_BEFORE_NAME = re.compile(rf"\b{_CREW_NOUNS_BEFORE}\s+$", re.I)
_CREDIT_BEFORE_NAME = re.compile(r"\b(?:(?:directed|written|shot|scored|produced)\s+by|(?:documentary|film|movie|feature)\s+by)\s+$", re.I)
_ARTICLE_BEFORE_CREW_NOUN = re.compile(
    rf"\b(?:the|a|an|his|her|their|its)\s+(?:(?!(?:of|from|by|with|to|for|and)\s)[\w-]+\s+){{0,2}}{_CREW_NOUNS_BEFORE}\s+$", re.I)


def _credits_the_name_before(text: str) -> bool:
    """`text` ends with a crew member's name (or its possessive) that a credit introduces: a parenthesis after it holds
    their earlier film ("director Danny Boyle (Trainspotting)", "the return of director X (Y)", "directed by X (Y)",
    "director X's (Y) second feature"); not a job with an article, which describes a character ("the struggling
    screenwriter Joe Gillis (William Holden)", "the film director Guido (Marcello Mastroianni)")."""
    stripped = re.sub(r"['’]s$", "", text.rstrip())
    name = name_before(stripped)
    if not name:
        return False
    before = stripped[: _name_start(stripped, name)]
    if _CREDIT_BEFORE_NAME.search(before):
        return True
    return bool(_CREW_NOUN_BEFORE_NAME.search(before)) and not _ARTICLE_BEFORE_CREW_NOUN.search(before)


# "Kohei, as Ryo Nagase plays him, is ...": after "as", the actor and a pronoun for the character before it.
_PLAYS_PRONOUN = re.compile(r"^\s+(?:plays|played|portrays|portrayed|voices|voiced|renders|rendered)\s+(?:him|her|them)\b")


def _after_space(pattern: re.Pattern[str], text: str) -> list[tuple[int, re.Match[str]]]:
    """What `finditer` gives for `\\s+` followed by `pattern`: (where the whitespace starts, the match of `pattern`).

    `pattern` opens with a word, so `re` skips ahead to it fast; with `\\s+` in front, `re` tries every position.
    """
    found: list[tuple[int, re.Match[str]]] = []
    end = pos = 0
    while m := pattern.search(text, pos):
        at = m.start()
        if at > end and text[at - 1].isspace():  # `str.isspace` is `\s`
            start = at - 1
            while start > end and text[start - 1].isspace():
                start -= 1
            found.append((start, m))
            end = pos = m.end()
        else:
            pos = at + 1
    return found


def _as_actor_plays_him(before: str, after: str) -> tuple[str, str] | None:
    """`Y, as X plays him`: (X, Y); None when `after` is not "X plays him|her|them"."""
    actor = name_after(after)
    if not actor or not _PLAYS_PRONOUN.match(_rest_after(after, actor)):
        return None
    head = before.rstrip()
    if not head.endswith(","):
        return None
    character = name_before(head[:-1])
    return (actor, character) if character and not same_full_name(actor, character) else None


def _played_by_pairs(listed: str, character: str, after: str, actor: str) -> list[tuple[str, str | None]]:
    """`A and B, played by X and Y`: [(X, A), (Y, B)]; the actors alone when the two lists do not pair up."""
    first_character = name_before(listed[:-4])
    tail = _rest_after(after, actor)
    second_actor = name_after(tail[5:]) if tail.startswith(" and ") else None
    if first_character and second_actor:
        return [(actor, first_character), (second_actor, character)]
    return [(actor, None)] + ([(second_actor, None)] if second_actor else [])


def _as_pairs(before: str, after: str, actor: str, character: str) -> list[tuple[str, str]]:
    """`A and B as X and Y`: A plays X and B plays Y ("casts the sisters A and B as X and Y"); [] otherwise."""
    head = before.rstrip()
    head = head[: head.rfind(actor.split()[0])].rstrip() if actor.split()[0] in head else ""
    rest = _rest_after(after, character)
    if not head.endswith(" and") or not rest.startswith(" and "):
        return []
    first, second = name_before(head[:-4]), name_after(rest[5:])
    if not first or not second or same_full_name(first, second) or same_full_name(first, actor):
        return []
    return [(first, character), (actor, second)]


# "A and her sister B play ...": a kinship apposition inside a list of actors.
_AND_KIN = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:real-life\s+|younger\s+|older\s+|elder\s+|twin\s+)?"
    r"(?:sister|brother|wife|husband|son|daughter|father|mother|twin|cousin|partner|niece|nephew),?\s+(?=[^\W\d_])"
)


def _play_pairs(clause: str, original: str) -> list[Candidate]:
    """`A and B play [the sisters] X and Y`: A plays X, B plays Y (without characters when the counts differ)."""
    if " and " in clause and ("his " in clause or "her " in clause or "their " in clause):
        clause = _AND_KIN.sub(" and ", clause)
    m = _PLAY_PAIR.match(clause)
    if not m:
        return []
    actors = _names_in_list(m.group("actors").split(",")[-1] if "," in m.group("actors") and " and " in m.group("actors").split(",")[-1] else m.group("actors"))
    if len(actors) < 2:
        tail = name_before(m.group("actors"))
        head = m.group("actors")[: m.group("actors").rfind(tail)] if tail else ""
        first = _actor_before(head.rstrip()[:-4]) if head.rstrip().endswith(" and") else None
        actors = [(first, None), (tail, None)] if first and tail else []
    if len(actors) < 2:
        return []
    characters = _names_in_list(m.group("characters"))
    if len(characters) != len(actors):
        characters = [(None, None)] * len(actors)
    return [Candidate(a, "actor", original, c, 1) for (a, _), (c, _) in zip(actors, characters)]


# After "directed by X": the director wrote the script too ("..., from a screenplay she wrote with ...").
_OWN_SCRIPT = re.compile(r"^,?\s+(?:from|on|with)\s+(?:a|an|the|her|his|their)\s+(?:own\s+)?(?:screenplay|script)\s+(?:s?he|they)\s+(?:co-)?wrote\b", re.I)
_WORK_NOUNS = (
    "film", "movie", "feature", "picture", "drama", "thriller", "comedy", "fable", "mystery", "western",
    "horror", "romance", "satire", "documentary", "debut", "epic", "tale", "adaptation",
    "direction",  # "X's direction is confident": the film's director's work
)
# Describing words between "X's" and the work noun: "X's warm, rambling Malayalam comedy", "X's Hausa-language drama";
# not words that make the work someone else's part in it ("X's turn in the film", "X's role in this drama").
# "physical comedy" is a way of acting, not a work: "X's physical comedy is a delight" praises an actor.
# A noun the work noun only describes: "The Sunday Dispatch's chief film critic", "the city's film festival".
_NOT_A_WORK_AFTER = (r"(?:critics?|editors?|festivals?|section|writers?|reviewers?|programmers?|society|club|school|desk|page|"
                     r"magazine|blog|podcast|columnist|buff|nerd|awards?)\b")
_WORK_DESCRIBERS = r"(?:(?!(?:performance|turn|role|roles|part|parts|work|scenes?|character|in|as|with|of|and|is|was|has|had|to|physical|the|a|an|gets|got)\b)[\w-]+,?\s+){0,3}"
# (cue, role, strength, stems): the stems are the `prefilter` check before the cue's regex runs.
# A cue opens with one character set where it can (`\s\s*`, not `\s+`), so that `re` skips ahead fast.
# What plays music inside the story: "Fela's music blares from the bus radio" credits no composer.
_PLAYING_DEVICE = r"(?:radio|jukebox|stereo|speakers?|loudspeakers?|record\s+player|boombox|cassette|tape\s+deck|gramophone|turntable|television|TV)\b"

# Between ", " and a crew noun in apposition: "the", "its", the film's or director's, and a word of habit ("regular").
_CREW_APPOSITION = (
    r"(?:the|its|our)\s+(?:(?:film|movie|picture|director)['’]s\s+)?"
    r"(?:(?:regular|usual|longtime|long-time|frequent|trusted|veteran)\s+)?"
)

_BEFORE_NAME_CUES: list[tuple[re.Pattern[str], str, int, tuple[str, ...]]] = [
    (re.compile(r"[\s(](?:(?<=\()|\s*\()(?:the\s+)?(?:writer[-/ ]?)?director\s+of\b", re.I), "director", 1, ("director",)),
    (re.compile(r",\s+(?:the|its|our)\s+director\b(?!['’])", re.I), "director", 1, ("director",)),
    # "X, the Yogyakarta director who ...", "X, the young Lagos director," (not an art, casting or music director)
    (re.compile(r",\s+the\s+(?:young\s+|veteran\s+)?[A-Z][a-z][\w-]*\s+(?:[a-z-]+\s+)?(?<!festival\s)(?<!artistic\s)"
                r"(?<!managing\s)(?<!executive\s)(?<!technical\s)(?<!programme\s)(?<!program\s)director\b(?!['’]|\s+of\b)"),
     "director", 1, ("director",)),
    # "X, the writer,", "X, the director's regular cameraman,", "X, the film's composer,"
    (re.compile(rf",\s+{_CREW_APPOSITION}writer\b", re.I), "writer", 1, ("writer",)),
    (re.compile(rf",\s+{_CREW_APPOSITION}composer\b", re.I), "composer", 1, ("composer",)),
    (re.compile(rf",\s+{_CREW_APPOSITION}(?:cinematographer|camera(?:man|woman)|director\s+of\s+photography)\b", re.I),
     "cinematographer", 1, ("cinematographer", "camera", "photography")),
    (re.compile(r"\s(?<!,\s)\s*(?:directs|directed|helms|helmed|co-directs|co-directed)\b(?!\s+by\b)"), "director", 1, ("direct", "helm")),
    # ("X's neo-western", "X's ensemble piece about ...")
    (re.compile(rf"['’]s?\s+{_WORK_DESCRIBERS}(?:[a-z]+-)?(?:{'|'.join(_WORK_NOUNS)}|(?:ensemble|chamber|period|mood)\s+piece)\b"
                rf"(?!\s+{_NOT_A_WORK_AFTER})"), "director", 0, (*_WORK_NOUNS, "piece")),
    # "X, back in the director's chair with ...", "X, making her feature debut after ..."
    (re.compile(r",\s+(?:back\s+in\s+the\s+director['’]s\s+chair|making\s+(?:his|her|their)\s+(?:feature|directorial|directing)\s+debut)\b",
                re.I), "director", 1, ("director", "debut")),
    # (not music heard in the story: "Fela's music blares from the bus radio"; a score is the film's wherever it plays)
    (re.compile(
        r"['’]s?\s+(?:(?!(?:film|movie|picture|feature|has|had|is|was|with|more|less|and)\b)[\w-]+,?\s+){0,3}?(?:score|soundtrack|composer\s+credit|(?:music|songs|arrangements)\b"
        rf"(?![^.;]{{0,40}}\b(?:from|on|over|out\s+of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?{_PLAYING_DEVICE}))\b",
        re.I,
    ), "composer", 1, ("score", "soundtrack", "music", "songs", "composer", "arrangements")),
    # "X (no relation to the star) contributes a score that mixes gnawa rhythms with strings": the name before the verb
    (re.compile(r"\s\s*(?:contributes|contributed)\s+(?:a|an|the|his|her|their)\s+[^.;]{0,30}?\b(?:score|soundtrack)\b"),
     "composer", 1, ("contribute",)),
    (re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:cinematography|photography|camerawork|lensing)\b", re.I), "cinematographer", 1, ("cinematography", "photography", "camerawork", "lensing")),
    (re.compile(r"['’]s?\s+(?:(?:handheld|hand-held|roving|restless|patient|gliding|prowling|static|unblinking)\s+)?camera\b(?!\s*work)", re.I), "cinematographer", 0, ("camera",)),
    # "X's wide, wind-scoured images of the steppe", "X's night-black frames": the look of the film, a weak cue (a
    # director's images are their direction: `_confirm_weak`). Not "compositions" (a composer's too), "light" ("X's light,
    # jazzy score", "X's touch is light"), "framing" or "lighting" ("loves Roy Andersson's deadpan framing", "Hopper's lighting")
    (re.compile(r"['’]s\s+(?:(?!(?:film|movie|picture|feature|story|script|own|is|was|are|has|had)\b)[\w-]+,?\s+){0,3}?"
                r"(?:images|imagery|frames)\b", re.I),
     "cinematographer", 0, ("images", "imagery", "frames")),
    # "X has made a Calcutta film that ...", "X has made a small, salty film", "X has made the prettiest Bengali film of
    # the year" (after "the", a describing word: "made the film bearable" is no making): the film's maker, a weak cue
    # (`_confirm_weak`), as "X's film" is.
    (re.compile(r"\s\s*(?:has\s+)?made\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+,?\s+){0,3}?|the\s+(?:[\w-]+,?\s+){1,3}?)"
                rf"(?:{_FILM_KINDS}|procedural)\b"),
     "director", 0, ("made",)),
    (re.compile(r"\s\s*(?:shot|lensed|photographed)\s+(?:it|the\s+(?:film|picture|movie))\b"), "cinematographer", 0, ("shot", "lensed", "photographed")),
    # "X shoots.", "X shoots the fights in long takes", "X photographs the waterfront in flat light", "X shoots the
    # traffic from inside the jeep" (a word of the camera's after it: "X shoots the guard" is the story): weak, a full
    # name only, and only beside another director the review credits (a director shoots their film too: `_confirm_weak`)
    (_SHOOTS := re.compile(
        r"\s\s*(?:shoots|photographs|lenses|frames)(?=\s*[.;,]|\s+(?:it|the\s+(?:film|movie|picture))\b|\s+(?:in|with)\s"
        r"|\s+[^.;]{0,60}?\b(?:takes|shots|lights?|frames|widescreen|close-ups?|handheld|colou?rs?|black-and-white|monochrome|palette|lens"
        r"|blues?|greens?|gr[ae]ys?|golds?|browns?|ochres?|amber|silver|sepia|neon|tones|images|imagery|compositions|backdrop|watercolou?r"
        r"|beautifully|gorgeously|handsomely|lovingly|exquisitely|superbly"
        r"|16mm|35mm|70mm|grain|grainy|haze|mist|dawn|dusk|twilight|from\s+(?:inside|above|below)"
        r"|with\s+(?:[a-z]+\s+)?(?:beauty|grandeur|menace|poetry|tenderness|precision|intimacy|elegance|clarity|restraint|patience))\b)"
    ), "cinematographer", 0, ("shoots", "photographs", "lenses", "frames")),
    (re.compile(
        r"[\s'’](?:(?<=\s)\s*(?:is|was)\s+(?:superb|terrific|magnificent|wonderful|luminous|excellent|radiant|extraordinary|a\s+delight|"
        r"the\s+discovery|the\s+reason\s+to)\b|(?<=\s)\s*(?:has|had)\s+(?:never|rarely)\s+been\s+better\b|"
        r"(?<=\s)\s*(?:carries|carried|holds|held)\s+(?:the\s+(?:whole\s+)?(?:film|picture|movie|thing)|nearly\s+every|every)\b|"
        r"(?<=\s)\s*(?:has|had)\s+the\s+star\s+quality\b|(?<=['’])s?\s+performance\b)"
    ), "actor", 0, ("superb", "terrific", "magnificent", "wonderful", "luminous", "excellent", "radiant", "extraordinary", "delight",
                    "discovery", "reason", "better", "carrie", "hold", "held", "quality", "performance")),
    (re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:script|screenplay)\b", re.I), "writer", 0, ("script", "screenplay")),
    # "X turns up in a cameo", "X appears as himself", "X makes a cameo": an actor with no part to name
    (re.compile(
        r"\s\s*(?:(?:turns|turned|shows|showed|pops|popped)\s+up|appears|appeared|has|had|makes|made)\s+(?:briefly\s+)?"
        r"(?:(?:in\s+)?(?:a|an)\s+(?:[\w-]+\s+)?cameo|as\s+(?:himself|herself))\b"
    ), "actor", 1, ("cameo", "himself", "herself")),
    # "X, who adapted the script from a story by Y": X wrote the screenplay
    (re.compile(r"(?:,\s+who)?\s+(?:also\s+)?(?:co-?)?adapted\s+(?:the\s+|its\s+)?(?:script|screenplay)\b"), "writer", 1, ("adapted",)),
    (re.compile(r"\s\s*(?:co-)?produced(?:\s+(?:it|the\s+film|the\s+picture))?\s*(?=[.,;]|\s+on\b|\s+with\b)"), "producer", 1, ("produced",)),
    # "X directs and co-stars in ...": X acts in it too
    (re.compile(r"\s\s*(?:directs|directed|writes|wrote)\s+and\s+(?:co-?)?stars\b"), "actor", 1, ("stars",)),
    # "X, a former assistant to Y, makes his feature debut with ...": X directed it
    (re.compile(r"\s\s*makes\s+(?:his|her|their)\s+(?:feature(?:-film)?|directorial)\s+debut\b"), "director", 1, ("debut",)),
    # "Ottar Brennhovd, directing his second feature, holds on ...": X directed it
    (re.compile(r",\s+(?:here\s+)?directing\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:feature|film|movie)\b"), "director", 1, ("directing",)),
    # "X directs from her own script": the director wrote it too
    (re.compile(r"\s\s*(?:directs|directed)\s+from\s+(?:his|her|their)\s+own\s+(?:script|screenplay)\b"), "writer", 1, ("script", "screenplay")),
]
# Writing credits before the name: run only on sentences holding "wr" (wrote, writing, written, co-writer).
_WRITER_CUES: list[tuple[re.Pattern[str], str, int, tuple[str, ...]]] = [
    # "X, who also wrote the script", "X co-wrote the film with ...", "X wrote and directed": the film's writer.
    (_WROTE_IT := re.compile(r"(?:,\s+who)?\s+(?:also\s+)?(?:co-?)?wrote\s+(?:the\s+|its\s+)?(?:script|screenplay|film|movie)\b(?!\s+(?:of|for)\s+[\"“‘A-Z][^,;.]*['’]s\b)"), "writer", 1, ("wrote",)),
    # "X, who also wrote it, ...": the film (a clause that ends there), not a song or a book named after "it".
    (re.compile(r",\s+who\s+(?:also\s+)?(?:co-?)?wrote\s+it(?=\s*[,.;])"), "writer", 1, ("wrote",)),
    # "X, who co-wrote with Y", "X co-wrote with Y", "X, who wrote it with Y", "X co-wrote this one with Y": X wrote
    # the film, and Y with them.
    (_WROTE_IT_WITH := re.compile(
        r"(?:,\s+who)?\s+(?:also\s+)?(?:co-?wrote(?:\s+(?:it|this\s+one|the\s+(?:script|screenplay|film)))?"
        r"|wrote\s+(?:it|the\s+(?:script|screenplay|film)|its\s+(?:script|screenplay)))(?=\s+with\s)"
    ), "writer", 1, ("wrote",)),
    (_WROTE_DIRECTED := re.compile(r"(?:,\s+who)?\s+(?:also\s+)?(?:co-?)?wrote\s+and\s+(?:co-?)?directed\b"), "writer", 1, ("wrote",)),
    (_WROTE_DIRECTED, "director", 1, ("wrote",)),
    (_WRITING_DIRECTING := re.compile(r",\s+(?:writing\s+and\s+directing|directing\s+and\s+writing)\b"), "writer", 1, ("writing",)),
    (_WRITING_DIRECTING, "director", 1, ("writing",)),
    # "X's script, co-written with Y": X wrote it too; "X and her co-writer Y": both wrote it.
    (_SCRIPT_WRITTEN_WITH := re.compile(r"['’]s?\s+(?:script|screenplay|dialogue),?\s+\(?(?:co-?written|written)(?=\s+with\b)"), "writer", 1, ("written",)),
    (re.compile(r"\s\s*and\s+(?:his|her|their)\s+co-?writers?\b"), "writer", 1, ("writer",)),
]
_ALL_BEFORE_NAME_CUES = _BEFORE_NAME_CUES + _WRITER_CUES
# The cues that open with an apostrophe (`X's film`, `X' score`): a sentence without one skips their stems.
_APOSTROPHE_CUES = frozenset(pattern for pattern, *_ in _ALL_BEFORE_NAME_CUES if pattern.pattern.startswith("['’]"))
# The cues `_other_prose_candidates` tries, by (the sentence holds "wr", it holds an apostrophe): chosen once per
# sentence, not cue by cue (testing a pattern's membership in a set hashes its compiled code every time).
_CUES_TO_TRY = {
    (writes, apostrophe): [cue for cue in (_ALL_BEFORE_NAME_CUES if writes else _BEFORE_NAME_CUES) if apostrophe or cue[0] not in _APOSTROPHE_CUES]
    for writes in (False, True) for apostrophe in (False, True)
}


def _name_before_cue(before: str, crew: bool = False) -> str | None:
    """The name a cue after it credits: the name ending `before`, or the one before an aside set off by commas or
    parentheses ("X, whose comedies are loved in Israel, has made ...": X, not Israel; "X (credited as Y) has made").
    Before a `crew` cue a parenthesis of capitalised words is an aside too: "X (Blue Harbour Road) directs" cites
    X's earlier film (before an actor's cue, "Ah-Fen (Wu Pei-jun) is superb", it names the actor)."""
    text = _without_trailing_aside(before)
    if crew and text.endswith(")") and (paren := _TRAILING_PAREN.search(text)) and name_before(text[: paren.start()]):
        text = text[: paren.start()].rstrip()
    if text.endswith(","):
        return _name_before_aside(text)
    return name_before(text if text != before.rstrip() else before)


# "<Name> and " before the name a crew cue credits: the pair share the credit.
_PAIRED_BEFORE = re.compile(r"^(.*[^\s,])\s+and\s+$", re.DOTALL)  # (not ", and": the next clause's subject)


def _partner_before(before: str, name: str) -> str | None:
    """The full name paired with `name` at the end of `before` as the clause's subject ("Emre Koç and Murat Koç directed
    it"): nothing but the clause's opening or a comma before it, or the two share a family name (not "X stars opposite
    Tom Hardy and Michael Mann directs")."""
    if not before.endswith(name) or not (pair := _PAIRED_BEFORE.search(before[: -len(name)])):
        return None
    partner = name_before(pair.group(1))
    if not partner or " " not in partner:
        return None
    lead = pair.group(1)[: len(pair.group(1)) - len(partner)].rstrip() if pair.group(1).endswith(partner) else pair.group(1)
    return partner if not lead or lead.endswith((",", ";", ":")) or fold(partner.split()[-1]) == fold(name.split()[-1]) else None


# A correction right after a weak cue: "X's camera, or rather ...".
_OR_RATHER = re.compile(r",?\s+or,?\s+rather\b")
# After "X wrote the script": "with [her father, ][the novelist ]Y" names a co-writer
# ("the Kurdish novelist Y": a nationality may come first)
# ("with his longtime collaborator Gao Yan": up to two describing words before "his" word)
_WROTE_WITH = re.compile(r"\s+with\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+)?(?:(?:the|a)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){1,2})?(?=[^\W\d_])")
# A sentence that holds none of these words (casefree), nor "with " nor " is ", has no prose credit: each cue needs one.
_PROSE_TRIGGER_WORDS = (
    "director", "directs", "directed", "helm", "'s", "’s", "wr", "composer", "cinematographer", "score", "soundtrack", "music",
    "produced", "made", "better", "carrie", "hold", "held", "performance", "quality", "shot", "lensed", "photographed", "adapted",
    "cameo", "himself", "herself", "shoots", "lenses", "photographs", "frames", "debut", "arrangements", "contribute",
)
_WITH_SPACE = re.compile(r"with\s")


# Before "X's road movie": another film the review compares this one to, not the maker of this one.
_COMPARED_WITH = re.compile(
    r"(?:\b(?:comparisons?\s+(?:with|to)|compared\s+(?:with|to)|recalls|echoes|evokes|reminiscent\s+of|in\s+the\s+vein\s+of"
    r"|nods\s+to|homage\s+to|shades\s+of|à\s+la|more\s+than|less\s+than|(?:feels|looks|plays|sounds|just|rather)\s+like)"
    r"|,\s+like)\s+$", re.IGNORECASE)


def _other_prose_candidates(sentence: str, lowered: str | None = None) -> list[Candidate]:
    """`X (director of T)`, `X, the director,`, `X directs`, `X's film` (weak), `X's score`, `X ... create the score`, DP, `X is Y`."""
    out: list[Candidate] = []
    lowered = casefree(sentence) if lowered is None else lowered
    if " is " not in sentence and not (has_any(lowered, _PROSE_TRIGGER_WORDS) or _WITH_SPACE.search(lowered)):
        return out
    apostrophe = "'" in lowered or "’" in lowered
    for pattern, role, strength, stems in _CUES_TO_TRY["wr" in lowered, apostrophe]:
        for stem in stems:  # `has_any`, inlined: this loop runs for every sentence and cue
            if stem in lowered:
                break
        else:
            continue
        for m in pattern.finditer(sentence):
            if not strength and _OR_RATHER.match(sentence, m.end()):
                continue  # "X's camera, or rather that of his cinematographer Y": the writer takes it back
            before = sentence[: m.start()]
            if before.endswith(("'", "’")):
                before = before[:-1]
            name = _name_before_cue(before, crew=role != "actor")
            if pattern is _SHOOTS:
                if name and " " in name:  # "Zhang shoots the river in long takes": the director, named short
                    out.append(Candidate(name, role, sentence, None, strength, beside_a_director=True))
                continue
            co_writer = None
            if (pattern is _WROTE_IT or pattern is _WROTE_IT_WITH or pattern is _SCRIPT_WRITTEN_WITH) and (co := _WROTE_WITH.match(sentence, m.end())):
                if co_writer := name_after(sentence[co.end():]):
                    out.append(Candidate(co_writer, "writer", sentence, None, 1))
            if name and (strength or not _OTHER_WORKS.match(sentence[m.start():])
                         and not _COMPARED_WITH.search(before[: max(0, before.rfind(name))][-40:])):
                out.append(Candidate(name, role, sentence, None, strength, apart=co_writer))
                if strength and role != "actor" and not sentence.startswith(("'", "’"), m.start()) and (partner := _partner_before(before, name)):
                    out.append(Candidate(partner, role, sentence, None, strength))  # "Emre Koç and Murat Koç directed it"
    for start, m in _after_space(_IS_NAMED, sentence):
        described = (m.group("words") or m.group("called") or "").lower().split()[1:]
        if any(w.strip(",") in _NOT_CASTING_WORDS and not (k and _owned_by_another_thing(described[k - 1])) for k, w in enumerate(described)):
            continue  # "X is the director, Y" credits no part; "X is the factory's director, Y" casts one
        before = _without_trailing_aside(sentence[:start])
        name = name_before(before) if not before.endswith(",") else _name_before_aside(before)
        if not name or len(name.split()) < 2:
            continue
        character = _character_name_after(sentence[m.end():])
        tail = _rest_after(sentence[m.end():], character) if character else ""
        if character and _ENDS_CLAUSE.match(tail) and not same_full_name(name, character):
            out.append(Candidate(name, "actor", sentence, character, 1))
    if has_any(lowered, ("score", "soundtrack", "music")):
        plain = _strip_asides(sentence)
        if _CREATES_SCORE.search(plain):
            first = name_after(plain.lstrip())
            if first:
                out.append(Candidate(first, "composer", sentence, None, 1))
    for m in _WITH_DP.finditer(sentence) if has_any(lowered, ("cinematography", "photography", "image", "visuals")) else ():
        name = name_after(sentence[m.end():])
        if name and _DP_TAIL.match(_rest_after(sentence[m.end():], name)):
            out.append(Candidate(name, "cinematographer", sentence, None, 1))
    return out


# --------------------------------------------------------------------------- assembly


# Combining marks (U+0300-036F) count as letters: "Adébáyọ̀" written with a dot below and a grave on one o.
_WORD_SEQUENCE = re.compile(r"(?:[^\W\d_][\w'’\-.\u0300-\u036f]*)(?:[ \t]+[^\W\d_][\w'’\-.\u0300-\u036f]*)*")


# Abbreviated titles written before a name ("Mrs. Noh", "Dr. Farida"), not "Jr." or "St." that may end a sentence.
_NAME_TITLES = ABBREVIATIONS - GENERATIONAL - {"st"} | GIVEN_NAME_ABBREVIATIONS


@lru_cache(maxsize=65536)
def _run_word(word: str) -> tuple[str, bool, bool, bool]:
    """One word as `_capitalized_runs` reads it: (core, capitalised, particle, ends a run).

    The core drops trailing punctuation and a possessive; a word whose core
    differs from it (a trailing period, comma or possessive) ends its run.
    Words repeat across reviews, so the reading is cached.
    """
    if word[-1:] == "." and (word[:-1].lower() in _NAME_TITLES or is_initial(word)):
        return word, True, False, False  # "Mrs. Noh", "K.S. Venkat": a title's or an initial's period ends no run
    if word[-1:] == "." and word[:-1].lower() in GENERATIONAL:
        return word, True, False, True  # "Santiago Jr.": the period is the name's, and ends the run
    core = word.rstrip(".,;:!?")
    for suffix in ("’s", "'s"):
        if core.endswith(suffix):
            core = core[: -len(suffix)]
    return core, core[:1].isupper() or core[:1].islower() and is_prefixed(core), core.lower() in PARTICLES, core != word


def _capitalized_runs(text: str, sentence_starts: set[int] | None = None) -> list[str]:
    """Runs of name-shaped words in running text: capitalised words, with particles inside a run.

    A run starts at a capitalised word, takes capitalised words and particles,
    and ends before any other word or after a word with a trailing period or
    possessive; runs never cross punctuation between words. The indices of the
    runs that open a sentence are added to `sentence_starts` when it is given
    (their first word is capitalised for the sentence, maybe not for a name).
    """
    runs: list[str] = []
    for m in _WORD_SEQUENCE.finditer(text):
        sequence = m.group()
        if sequence.islower():
            continue  # no capital, no run
        words = sequence.split()
        i, n = 0, len(words)
        while i < n:
            word = words[i]
            i += 1
            if not word[0].isupper() and not (word.startswith(("al-", "el-")) and is_prefixed(word)):
                continue  # a word's first letter is its core's; an Arabic family name opens a run too ("and al-Masri steals")
            if sentence_starts is not None and (
                words[i - 2].endswith(_SENTENCE_STOPS) if i > 1 else _opens_sentence(text, m.start())
            ):
                sentence_starts.add(len(runs))
            core, _, _, ends = _run_word(word)
            current = [core]
            while not ends and i < n:
                core, capitalised, particle, ends = _run_word(words[i])
                if not (capitalised or particle) or _shouted_prose_between(current[-1], core):
                    break
                current.append(core)
                i += 1
            runs.append(" ".join(current))
    return runs


_SENTENCE_STOPS = (".", "!", "?", "…", ":")


def _is_shouted(word: str) -> bool:
    """A word written in capitals, two letters or more ("KOO", "MIN-SEOK"; not "I" or "A")."""
    return len(word) >= 2 and word.isupper()


def _is_shouted_word_of_prose(word: str) -> bool:
    """A shouted word that is an English word ("IS", "PLEASE", "DESERVES"), not a name's."""
    return _is_shouted(word) and is_common_word(word) and word.lower() not in PARTICLES | FAMILY_NAMES_ALSO_WORDS


def _shouted_prose_between(before: str, word: str) -> bool:
    """Whether a run of capitalised words breaks between these two: before a shouted English word after a shouted word
    ("KOO MIN-SEOK IS THE REAL DEAL"; not "BANG Eun-chae", a catalogue's family name in capitals), and at "I" and "A"
    beside a shouted word ("I WILL FIGHT", "MAKE A SEQUEL"; not "John A Smith"). Not after a shouted English word: the
    word list holds given names too ("JULIEN MARCHAND", "GRACE ADEBAYO")."""
    if before in ("A", "I") or word in ("A", "I"):
        return _is_shouted(word) or _is_shouted(before)
    return _is_shouted(before) and _is_shouted_word_of_prose(word)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence: only spaces and opening quotes since a stop or a line break."""
    before = text[max(0, at - 4) : at].rstrip(" \t\"“‘'([")
    return not before or before.endswith(_SENTENCE_STOPS) or before.endswith("\n")


@lru_cache(maxsize=16384)
def _token_keys(word: str) -> tuple[str, ...]:
    """The joined romanized syllables of each token of one word, as `names.name_words` reads them."""
    return tuple("".join(syllables) for _, syllables in word_tokens(word))


def _key_haystack(names: list[str]) -> str:
    """Every key a mention of these names can have is a substring of this string (see `_count_mentions`)."""
    parts: list[str] = []
    for name in names:
        whole = joined(name)
        parts.append(whole + whole)  # every rotation of the words (full keys) and every run of syllables (part keys)
        words = word_keys(name)
        if len(words) >= 3:
            parts.append(words[0] + words[-1] + words[0])  # "Ivan Belov" for "Ivan Petrovich Belov"
    return "\0".join(parts)


@dataclass
class _Runs:
    """A text's capitalised runs, each as its first 12 words, the runs each word is in, and each word's token keys."""

    words: list[list[str]]
    runs_with: dict[str, list[int]]
    keys: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, text: str, runs: list[str] | None = None) -> _Runs:
        words = [run.split()[:12] for run in (_capitalized_runs(text) if runs is None else runs)]
        runs_with: dict[str, list[int]] = {}
        for i, run in enumerate(words):
            for word in run:
                runs_with.setdefault(word, []).append(i)
        return cls(words, runs_with, {word: _token_keys(word) for word in runs_with})


def _count_mentions(runs: _Runs, names: list[str], others: list[str]) -> list[Counter[str]]:
    """How often each spelling of each name (full or, when unique, partial) occurs in the text.

    Each run is read left to right, longest span (up to 5 words) first. A word
    whose tokens' keys are in no name's keys cannot be inside a matching span,
    so only runs holding a word that fits are read, spans holding a word that
    does not fit are not tried, and each distinct span is matched once.
    """
    if not names:
        return []
    counts: list[Counter[str]] = [Counter() for _ in names]
    full_index: dict[str, int] = {}
    part_index: dict[str, set[int]] = {}
    for i, n in enumerate(names):
        for k in full_keys(n):
            full_index.setdefault(k, i)
        for k in part_keys(n):
            part_index.setdefault(k, set()).add(i)
    other_keys = {k for o in others for keys in (full_keys(o), part_keys(o)) for k in keys}
    haystack = _key_haystack(names)
    matched: dict[str, int | None] = {}

    def match(sub: str) -> int | None:
        hits = [full_index[k] for k in full_keys(sub) if k in full_index]
        if hits:
            return min(hits)  # the first-listed name: deterministic whatever the set order
        key = joined(sub)
        if len(sub) <= 2 or key in other_keys or key not in part_index:
            return None
        parts = [i for i in part_index[key] if is_part_of(sub, names[i])]
        return parts[0] if len(parts) == 1 else None

    fitting = {  # most words are one token: one `in` test, without building an `all(map(...))`
        word for word, keys in runs.keys.items() if (keys[0] in haystack if len(keys) == 1 else all(map(haystack.__contains__, keys)))
    }
    for run in sorted({i for word in fitting for i in runs.runs_with[word]}):
        words = runs.words[run]
        if len(words) == 1:  # most runs are one word, and this one fits (the run was chosen for it): its one span
            sub = words[0]
            if sub not in matched:
                matched[sub] = match(sub)
            if (found := matched[sub]) is not None:
                counts[found][sub] += 1
            continue
        fits = [w in fitting for w in words]
        pos, end = 0, len(words)
        while pos < end:
            if not fits[pos]:
                pos += 1
                continue
            longest, limit = 1, min(5, end - pos)  # the longest span from pos whose every word may match
            while longest < limit and fits[pos + longest]:
                longest += 1
            for size in range(longest, 0, -1):
                sub = " ".join(words[pos : pos + size])
                if sub not in matched:
                    matched[sub] = match(sub)
                found = matched[sub]
                if found is not None:
                    counts[found][sub] += 1
                    pos += size
                    break
            else:
                pos += 1
    return counts


# A sentence ends after . ! ? or … (not an initial, "Dr.", "Mr." ...) before a capital or digit, or at a line break.
# The punctuation or line break is matched first (one fixed character set, not alternatives, lets `re` skip
# ahead fast); the punctuation stays with its sentence.
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*|(?<![\s.(\[\"“‘'][A-Z]\.)(?<!^[A-Z]\.)(?<![\s(\[\"“‘'][B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]\.)"
    r"(?<!^[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bJr\.)"
    r"(?<!\bDR\.)(?<!\bMR\.)(?<!\bMRS\.)(?<!\bJR\.)"  # (a title in capitals: "MRS. PARKER AND THE VICIOUS CIRCLE")
    r"(?!(?<=\bMa\.)\s+[A-Z][a-z]+\s+[A-Z])"  # Filipino "Ma." (María) before a given name and a family name
    + "".join(rf"(?!(?<=\b{month}\.)\s+\d)" for month in _MONTH_ABBREVIATIONS)  # "from Oct. 6, 2023"
    + r"(?!(?<=\b[Hh][Rr]\.)\s+\d)(?!(?<=\b[Hh][Rr][Ss]\.)\s+\d)"  # "Running time 1 hr. 54 min."
    + r"[\"”’)]*\s+(?=[\"“‘(\[]?[A-Z0-9]))"
)


# (An initial ends no sentence, after a space, a period, or an opening bracket or quote: "Kumaresan (R. Senthil) has".)


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[str, ...]:
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        cut = m.start() if text[m.start()] == "\n" else m.start() + 1
        pieces.append(text[start:cut])
        start = m.end()
    pieces.append(text[start:])
    return tuple(s.strip() for s in pieces if s and s.strip() and len(s) < 3000)


def sentences_of(text: str) -> list[str]:
    """A light sentence split (line breaks and sentence punctuation) for the credit rules.

    People, facts and comparisons all split the same text: the split is cached.
    """
    return list(_sentences(text))


@lru_cache(maxsize=16)
def written_in_lower_case(text: str) -> bool:
    """Whether the text is written in lower case (`lowercase_names.is_lowercase_style` of its `sentences_of` split),
    cached as the split is: people and comparisons both ask of one review."""
    return is_lowercase_style(list(_sentences(text)))


# An aside set off by a pair of dashes inside one sentence: "Mori Tatsuya — no relation to the director — plays Kōzō".
# (Not labelled credit fields between dashes: "TITLE — Dir: X — Script: Y".)
_DASH_ASIDE = re.compile(r"\s[—–]\s([^—–.!?\n:]{1,160}?)\s[—–]\s|\s--\s([^-.!?\n:]{1,160}?)\s--\s")


# An aside after a dash inside parentheses: "Zbyszek (Tomasz Kowal — the director's husband)".
_DASH_IN_PARENTHESES = re.compile(r"\(([^()—–\n]{1,60}?)\s[—–]\s([^()—–\n]{1,100})\)")


def _dash_asides_as_parentheses(text: str) -> str:
    """`text` with each aside between two dashes written in parentheses, as the rules read asides: "X — the director's
    cousin — plays Y" reads as "X (the director's cousin) plays Y", and a dash inside parentheses as a comma ("Y (X —
    the director's husband)" as "Y (X, the director's husband)"). The evidence keeps the text as written."""
    if "—" not in text and "–" not in text and "--" not in text:
        return text
    return _DASH_IN_PARENTHESES.sub(r"(\1, \2)", _DASH_ASIDE.sub(lambda m: f" ({m.group(1) or m.group(2)}) ", text))


def read_people(document: Document, film: Film) -> PeopleResult:
    """Everyone the review credits, each once per role, with the spellings it used."""
    sentences = sentences_of(document.text)
    lowercase = written_in_lower_case(document.text)
    # a review in capitals is read in lower case, like one written so; a lower-case review with its shouted names too
    lower = quietened if is_shouted_style(sentences) else shouts_quietened if lowercase else None
    if lower is not None and (capitalise := truecaser(quiet_sentences := sentences_of(lower(document.text)))) is not None:
        return _read_lowercase_review(document, film, capitalise, quiet_sentences, lower)
    return _read_people(document, film, lowercase)


def _read_lowercase_review(document: Document, film: Film, capitalise: Callable[[str], str], sentences: list[str],
                           lower: Callable[[str], str]) -> PeopleResult:
    """A review written in lower case ("director huỳnh bảo ngọc ... phan thanh tùng as khang"), read with its name
    runs capitalised (`lowercase_names.truecaser`), every name and sentence then given back as the review wrote it; its
    other lower-case runs stay mentions ("mirae fixing that kite", for the report to link). `lower` is what made the
    `sentences` lower case from the review's text, letter for letter (`quietened`, `shouts_quietened`)."""
    quiet_text = lower(document.text)
    capitalised = document.model_copy(update={
        "text": capitalise(quiet_text), "lines": [capitalise(lower(line)) for line in document.lines]})
    found = _read_people(capitalised, film, lowercase=None)

    def written(text: str) -> str:
        return spelled_as_written(text, capitalised.text, document.text)

    def written_name(name: str) -> str:
        spelled = written(name).split(" ")
        if len(spelled) > 1 and spelled[0].islower() and spelled[-1].isupper():
            spelled = spelled[: next(k for k, word in enumerate(spelled) if word.isupper())]  # "han sora DESTROYED me"
        return " ".join(spelled)

    def credited(name: str) -> str:  # a shouted name is credited capitalised ("Dragan Petrović"), its shout a spelling
        spelled = written_name(name)
        return name if spelled.isupper() and len(spelled) > 3 else spelled

    for p in found.people:
        p.mentions = list(dict.fromkeys([*(written_name(m) for m in p.mentions), written_name(p.name)]))
        p.name = credited(p.name)
        if p.character:
            p.character_mentions = list(dict.fromkeys([*(written_name(m) for m in p.character_mentions), written_name(p.character)]))
            p.character = credited(p.character)
        else:
            p.character_mentions = list(dict.fromkeys(written_name(m) for m in p.character_mentions))
        p.evidence = written(p.evidence) if p.evidence else p.evidence
    for m in found.mentions:
        m.name, m.evidence = written_name(m.name), written(m.evidence)
    known = {fold(n) for p in found.people for n in (p.name, *p.mentions, *p.character_mentions, p.character or "")}
    more = lowercase_mentions(sentences, known | {fold(m.name) for m in found.mentions})
    for m in more:  # read in the quietened text: each mention as the review wrote it
        m.name, m.evidence = spelled_as_written(m.name, quiet_text, document.text), spelled_as_written(m.evidence, quiet_text, document.text)
    found.mentions += more
    return found


def _read_people(document: Document, film: Film, lowercase: bool | None) -> PeopleResult:
    """`read_people` on a review whose names are capitalised; `lowercase` is whether its text is written in lower case
    (`lowercase_names.is_lowercase_style`), None to judge it here."""
    original = document
    unquoted, nickname_ties = without_quoted_nicknames(document.text)
    dashed = _dash_asides_as_parentheses(unquoted)
    rewritten = bool(nickname_ties) or dashed != unquoted
    if rewritten:
        document = document.model_copy(update={
            "text": dashed,
            "lines": [_dash_asides_as_parentheses(without_quoted_nicknames(line)[0]) for line in document.lines],
        })
        lowercase = None  # (judged on the text read, without its quoted nicknames)
    title_words = frozenset(fold(w) for w in (film.title or "").split() if len(w) > 2)
    title_key = fold(film.title or "")
    candidates: list[Candidate] = []
    warnings: list[str] = []
    for line, below in zip(document.lines, [*document.lines[1:], ""]):
        if (":" in line or line.isupper() or has_any(line, _ABBREVIATED_LABEL_HINTS)) and len(line) < 2000:
            candidates += _field_candidates(_with_list_below(line, below))
        elif len(line) < 300 and _CELLS.search(line) and has_any(lowered := casefree(line), ("directed by", "written by")):
            candidates += _by_candidates(line, lowered)  # a page's fact box, outside the main text: "Directed by X · Drama · 1h 52m"
        if len(line) < 300 and "dir." in line.lower():
            candidates += _abbreviated_director_candidates(line)
    review = document.metadata.get("schema_review") or document.metadata.get("schema_movie")
    if isinstance(review, dict) and review.get("item_director"):  # the page's schema.org Review (or Movie) names the director
        evidence = f"schema.org itemReviewed director: {review['item_director']}"
        candidates += [Candidate(name, "director", evidence, None, 2) for name, _ in _names_in_list(str(review["item_director"]), labelled=True)]
    block, block_warnings = _credit_block(document.lines, film.title)
    candidates += block
    warnings += block_warnings
    sentences = sentences_of(document.text)
    title_lower = casefree(film.title or "")
    title = film.title if film.title and len(film.title) > 2 else None
    for sentence in sentences:
        if "|" in sentence and _FIELD.match(sentence):
            continue
        if not may_hold_name(sentence):
            continue  # every rule below reads a name in the sentence
        lowered = casefree(sentence)
        candidates += _role_noun_candidates(sentence, lowered)
        candidates += _by_candidates(sentence, lowered)
        if title and " by " in lowered and title_lower in lowered:
            candidates += _title_by_candidates(sentence, title)
        candidates += _cast_candidates(sentence, title_words)
        candidates += _with_whole_casts(_character_candidates(sentence, title_words, title_key), sentence, lowered, title)
        if "character" in sentence:
            candidates += _subjects_character(sentence)
        if " call" in sentence and ("'s " in sentence or "’s " in sentence):
            candidates += _called_owners_part(sentence)
        if " calls h" in sentence:
            candidates += _part_everyone_calls(sentence)
        if " first feature " in sentence:
            candidates += _subjects_first_feature(sentence)
        if " are " in sentence:
            candidates += _pair_are_the_parts(sentence)
        if has_any(sentence, (" gives ", " lends ", " brings ")):
            candidates += _gives_a_quality(sentence)
        if " directs " in sentence or " play " in sentence:
            candidates += _relatives_cast(sentence)
        candidates += _other_prose_candidates(sentence, lowered)
        if title is not None and title_lower in lowered:
            candidates += _title_owner_candidates(sentence, title)
    candidates = [_without_descriptor(c) for c in candidates if not _is_title(c.name, title_key, title_words) and not _is_company(c.name)]
    candidates = [_without_opening_word(c) for c in candidates if not _is_never_a_name(c)]
    # "Ana Valadares's Sertão de Vidro (Glass Backlands)": a maker's film and its translated title, no one cast
    candidates = [c for c in candidates if not (title is not None and c.character == title and _owned_title_then(c.evidence, title, c.name))]
    for c in candidates:
        if c.character and title_key and fold(c.character).startswith(title_key + " "):
            # The whole title before a name is an epithet ("the lonely Nightjar Sun-hee" in *Nightjar*).
            c.character = c.character.split(None, len(film.title.split()))[-1]
        if c.character and _is_title(c.character, title_key, title_words) and (
            fold(c.character) == title_key or title is not None and c.character not in _without_title(c.evidence, title)
        ) and not _casts_the_title(c.character, c.evidence if title is None or fold(c.character) == title_key else _without_title(c.evidence, title)):
            if title is not None and c.role == "actor" and _title_then_name(c.evidence, title, c.name):
                # "The Pho Seller's Son (Lê Minh Khoa)": the film and its maker, no part; the maker, weakly, its director
                c.role, c.strength = "director", 0
            c.character = None
    _resolve_apart(candidates)
    _part_named_before(candidates, sentences, title_key, title_words)
    candidates = _confirm_weak(candidates)
    candidates = _without_story_titled_makers(_crew_as_credited(candidates))
    candidates += _director_co_wrote(candidates, sentences)
    candidates = _drop_characters_read_as_actors(candidates)
    candidates = _credited_pairs_read_backwards(candidates)
    text = document.text
    if title is not None:
        text = _without_title(text, title)
    if has_any(text, _COMPANY_WORDS):
        text = _blank_companies(text)
    starts: set[int] = set()
    runs = _capitalized_runs(text, starts)
    tie_stems = tie_stems_in(document.text) if candidates else frozenset()
    ties = read_ties(document.text, nickname_ties, tie_stems) if candidates and (nickname_ties or tie_stems) else []
    people = _assemble(candidates, text, warnings, runs, ties) if candidates else []
    if people and ties:
        _add_tied_names(people, ties)
        people = _joined_by_ties(people)
    lowercase = written_in_lower_case(document.text) if lowercase is None else lowercase
    mentions = _unattached_mentions(runs, starts, people, sentences, lowercase)
    if people and mentions:
        mentions = _full_names_of_family_names(people, mentions)
        if ties:  # a name that has just become a person's full name is tied like the rest ("X, or Y as the papers call him")
            _add_tied_names(people, ties)
    if nickname_ties and mentions:
        mentions += _quoted_nickname_mentions(mentions, nickname_ties)
    if rewritten:  # each piece of evidence as the review wrote it
        written = dict(zip(document.lines, original.lines)) | dict(zip(sentences, sentences_of(original.text)))
        for item in [*people, *mentions]:
            item.evidence = written.get(item.evidence, item.evidence)
    _with_shouted_spellings(people, mentions, original.text)
    return PeopleResult(people, warnings, mentions)


def _with_shouted_spellings(people: list[Person], mentions: list[NameMention], text: str) -> None:
    """Names the review wrote in capitals ("SEO HA-EUN. Remember the name.") are read as "Seo Ha-Eun" (`names._tidy`);
    the spelling as written is one more of the person's spellings, and an unattached mention keeps it."""
    if not any(word.isupper() and len(word) > 2 for word in text.split()):
        return
    for p in people:
        shouted = [n.upper() for n in (p.name, *p.mentions) if " " in n and n.upper() != n and n.upper() in text and n not in text]
        p.mentions = list(dict.fromkeys([*p.mentions, *shouted]))
    for m in mentions:
        if " " in m.name and m.name.upper() != m.name and m.name not in text and m.name.upper() in text:
            m.name = m.name.upper()


def _full_names_of_family_names(people: list[Person], mentions: list[NameMention]) -> list[NameMention]:
    """A person credited by a family name alone ("I gave Almada's fishermen film an A") is the one full name the
    review writes ending in it ("Pedro Almada is a Portuguese director"), when the review writes exactly one such
    name and credits no one else by that word. That name is then the person's, no longer an unattached mention.
    Only a name ending in the word: where the family name comes first ("Park Yu-rim", "Park Hyoung-soo"), a
    family name alone is shared too often to say whose it is ("Song's screenplay ... Song Kang-ho is nowhere near
    this kind of film"; "Fans of Park Chan-wook will like it. Park's script, though, ...")."""
    for person in people:
        word = fold(person.name)
        if " " in word:
            continue
        fulls = {m.name for m in mentions if " " in m.name and fold(m.name).split()[-1] == word}
        if len(fulls) != 1 or any(word in fold(p.name).split() for p in people if p is not person):
            continue
        full = fulls.pop()
        person.mentions = list(dict.fromkeys([full, *person.mentions]))
        person.name = full
        mentions = [m for m in mentions if m.name != full]
    return mentions


def _add_tied_names(people: list[Person], ties: list[tuple[str, str]]) -> None:
    """Give a person, or an actor's character, the other name of each tie the review writes. A tie between an actor's
    name and their part ("Tae-oh Lim, as the driver the regulars call Uncle Bong") is misread: a player is not called
    by the part's name."""
    for a, b in ties:
        tied = {fold(a), fold(b)}
        for p in people:
            if tied & {fold(n) for n in (p.name, *p.mentions)} and tied & {fold(n) for n in (p.character or "", *p.character_mentions)}:
                continue
            for names, target in ((p.character_mentions, "character"), (p.mentions, "person")):
                if not names or target == "character" and not p.character:
                    continue
                known = {fold(n) for n in names}
                for mine, other in ((a, b), (b, a)):
                    if fold(mine) in known and fold(other) not in known:
                        names.append(other)


def _quoted_nickname_mentions(mentions: list[NameMention], nickname_ties: list[tuple[str, str]]) -> list[NameMention]:
    """The quoted nickname of a name the review only mentions ("Adebayo 'Bayo' Ogunleye made his name on YouTube"),
    and the name as written with it: mentions of their own, in the same sentence, which the report ties to the name
    (`aliases`, `_tied_links`)."""
    evidence = {fold(m.name): m.evidence for m in mentions}
    known = set(evidence)
    out = []
    for full, other in nickname_ties:
        as_written = _QUOTE_IN_NAME.search(other) is not None  # "Adebayo 'Bayo' Ogunleye"
        if (" " not in other or as_written) and fold(full) in evidence and fold(other) not in known:
            known.add(fold(other))
            out.append(NameMention(name=other, evidence=evidence[fold(full)]))
    return out


_QUOTE_IN_NAME = re.compile(r"\s['‘’\"“”]")


def _joined_by_ties(people: list[Person]) -> list[Person]:
    """People of one role that a tie has given the same full name are one: "Brianna Holloway — "Bree" in the press
    notes — plays Kayleigh ... Bree Holloway carries the film" (a tie gives "Bree Holloway", whose "Bree" is the
    nickname, the name "Brianna Holloway"). The one with the part keeps its name."""
    out: list[Person] = []
    for p in sorted(people, key=lambda p: p.character is None):
        full = {fold(n) for n in (p.name, *p.mentions) if " " in n}
        same = next((q for q in out if q.role == p.role and full & {fold(n) for n in (q.name, *q.mentions) if " " in n}), None)
        if same is None or p.character and same.character and fold(p.character) != fold(same.character):
            out.append(p)
            continue
        same.mentions = list(dict.fromkeys([*same.mentions, p.name, *p.mentions]))
        same.character_mentions += [n for n in p.character_mentions if n not in same.character_mentions]
        same.character = same.character or p.character
    order = {id(p): i for i, p in enumerate(people)}
    return sorted(out, key=lambda p: order[id(p)])


# At most this many unattached names are kept per review (the first ones, each spelling once).
MAX_MENTIONS = 40


def _unattached_mentions(runs: list[str], starts: set[int], people: list[Person], sentences: list[str], lowercase: bool) -> list[NameMention]:
    """The review's person-like names that none of its people was given, each with its sentence.

    The names are read from the capitalised runs of the text (`_names_in_run`), and in a review written in lower
    case from its lower-case runs (`lowercase_names.lowercase_mentions`); a run
    holding a name the review's people already have gives none ("Ong Mei" opening a
    sentence is not a mention "Mei" when Ong Mei is credited). The report links them
    to the film's people (`aliases.link_mentions`).
    """
    attached = {fold(f) for p in people for f in (p.name, *p.mentions, *p.character_mentions, p.character or "")}
    # Words of the review's full names: one of them alone is a name even when short or common ("Xu" after
    # "Zihan Xu", "Sun" opening a sentence after "Yutong Sun").
    name_words_seen = {w for f in attached if " " in f for w in f.split()}
    seen: set[str] = set()
    seen_alone: set[str] = set()
    possessed: set[str] = set()
    out: list[NameMention] = []
    at = 0  # runs come in text order: the sentence of a run is this one or a later one
    for k, run in enumerate(runs):
        names = _names_in_run(run, k in starts)
        if not names and " " not in run and fold(run) in name_words_seen and run[:1].isupper() and len(run) >= 2 and not (
            k in starts and fold(run) in PRONOUN_FAMILY_NAMES  # "He is wonderful" beside an attached "He Lei"
        ):
            names = (run,)
        if not names or fold(names[0]) in attached:
            continue
        if len(names) > 1 and any(fold(n) in attached for n in names[1:]):
            # The run's end is credited ("Ong Mei" opening a sentence, "Mei" credited): no mention, unless the
            # whole run opens with a particle ("De Marco" beside a credited "Marco Ferri").
            if fold(names[0].split()[0]) not in PARTICLES:
                continue
            names = names[:1]
        for name in names:
            # by spelling: "Adam Szabo" after "Ádám Szabó" is one more spelling to link; but a name first read only
            # as the end of a longer run ("Orozco" of "Memo Orozco" opening a sentence) is read again standing alone
            if name in seen and (len(names) > 1 or name in seen_alone):
                # once more where an actor's possessive names it ("Wang Xiaoyu's Lingling"): that sentence says whose part it is
                if name in possessed or (sentence := _sentence_holding(run, sentences, at)) is None or not _after_possessive(name, sentence):
                    continue
                possessed.add(name)
                out.append(NameMention(name=name, evidence=sentence))
                continue
            seen.add(name)
            if len(names) == 1:
                seen_alone.add(name)
            if " " in name:
                name_words_seen.update(fold(name).split())
            at = _sentence_of(run, sentences, at)
            evidence = sentences[at] if at < len(sentences) else run
            out.append(NameMention(name=_with_particles_before(name, evidence), evidence=evidence))
        if len(out) >= MAX_MENTIONS:
            break
    out = out[:MAX_MENTIONS]
    if lowercase:  # "lee sujin is so good as mirae": names without capitals (`lowercase_names`)
        out += lowercase_mentions(sentences, attached | {fold(m.name) for m in out})
    return out


# Lower-case particles that open a family name in running text ("von Stetten's control", "and dos Reis").
_PARTICLES_BEFORE = re.compile(r"(?<![\w'’])((?:(?:van|von|de|da|do|dos|das|del|della|di|du|der|den|ter|ten|la|le|los|las)\s+){1,2})$")


def _with_particles_before(name: str, sentence: str) -> str:
    """A family name read alone from its capitalised run, with the lower-case particles the sentence writes just before
    it ("von Stetten", "dos Reis", "de la Garza"): in running text a particle is not capitalised, yet it is part of
    the name. The name itself when the sentence writes it otherwise too, or without them."""
    if " " in name or name not in sentence:
        return name
    found = {m.group(1) for k in _occurrences(name, sentence) if (m := _PARTICLES_BEFORE.search(sentence[max(0, k - 20) : k]))}
    return f"{found.pop().strip()} {name}" if len(found) == 1 and all(
        _PARTICLES_BEFORE.search(sentence[max(0, k - 20) : k]) for k in _occurrences(name, sentence)
    ) else name


def _occurrences(name: str, sentence: str) -> list[int]:
    return whole_word_starts(name, sentence, not_after="'’")


def _sentence_holding(run: str, sentences: list[str], first: int) -> str | None:
    """The first sentence from `first` that holds `run`, or None."""
    return next((sentence for sentence in sentences[first:] if run in sentence), None)


def _after_possessive(name: str, sentence: str) -> bool:
    """`sentence` writes `name` right after a capitalised possessive: "Wang Xiaoyu's Lingling", "Saxena’s Masterji"."""
    return any(owner.rsplit(None, 1)[-1][:1].isupper() for owner in possessive_owners(name, sentence) if owner.strip())


def _sentence_of(run: str, sentences: list[str], first: int = 0) -> int:
    """The index of the first sentence from `first` where `run` stands as a whole run (no name word
    just before or after it); else of the first sentence holding it; else `len(sentences)`."""
    for index in range(first, len(sentences)):
        sentence = sentences[index]
        at = sentence.find(run)
        while at >= 0:
            before, after = sentence[:at], sentence[at + len(run) : at + len(run) + 1]
            last = before[-1:]
            previous = before.rsplit(None, 1)[-1] if before.strip() else ""
            joined_before = bool(last) and (
                last.isalnum() or last in "-'’" or last == " " and previous[:1].isupper() and (previous[-1].isalnum() or is_initial(previous))
            )  # "Lawan" inside "Umaru I. Lawan" does not stand alone
            following = sentence[at + len(run) : at + len(run) + 2]
            joined_after = after.isalnum() or after == "-" or following[:1] == " " and following[1:].isupper()  # "Zhou" of "Zhou Bo"
            if not joined_before and not joined_after:
                return index
            at = sentence.find(run, at + 1)
    return next((i for i, s in enumerate(sentences) if run in s), len(sentences))


@lru_cache(maxsize=16384)
def _names_in_run(run: str, opens_sentence: bool) -> tuple[str, ...]:
    """The person-like names a capitalised run may be: read by `names.name_after` (so role words,
    places and the like are not names) after opening words that are not name words ("The",
    "Director", "Ten-year-old"). A common English word opening a sentence may be a name's first
    word or not: "Ong Mei" gives "Ong Mei" and "Mei", "Watching Matsumoto" gives
    "Watching Matsumoto" and "Matsumoto" (only a whole name of the film's people links), and
    alone it is no name ("Will she ..."). A single word needs 3 letters (2 with an accent: "Tư"); a run of
    more than 6 words is a headline."""
    if " " not in run:  # one word, the common case
        # two accented letters are no English word: Vietnamese "Tư", "Út" are names
        name = None if opens_sentence and is_common_word(run) or _is_shouted_word_of_prose(run) or len(run) < 3 and (run.isascii() or len(run) < 2) \
            else name_after(run)
        return (name,) if name else ()
    words = run.split()
    found: list[str] = []
    if opens_sentence and is_common_word(words[0]):
        if len(words) > 1 and not _DESCRIPTOR.match(words[0]):
            whole = name_after(run)
            if whole and len(whole.split()) == len(words) <= 5:
                found.append(whole)
        words = words[1:]
    while words and (name_after(words[0]) is None or len(words) > 1 and _DESCRIPTOR.match(words[0])):
        if len(words) > 1 and pronoun_family_name(words[0], words[1]):
            break  # "He Lei": the family name is no English word here
        words = words[1:]
    if not words or len(words) > 6:
        return tuple(found)
    name = name_after(" ".join(words))
    if name and (" " in name or len(name) >= 3 or len(name) == 2 and not name.isascii()):
        found.append(name)
    return tuple(found)


_CREW_ROLES = ("director", "writer", "composer", "cinematographer")
# Titles before a name that make it a character in the story, never the film's director or writer (not "Mr.":
# "Mr. Altman directs"; not a title that is a given name too: Akan "Nana Yaw", Indonesian "Bu").
_STORY_TITLES = RANK_TITLES | RANK_ABBREVIATIONS | frozenset("dr doctor aunt auntie uncle".split())


def _crew_as_credited(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the crew roles the review's own credit fields overrule: where a labelled field credits a
    crew role ("Director: X"), a name the prose alone gives that role is another film's maker or a character at work
    ("John Carpenter's 1978 classic", "the cruise director, Dr. Sudermann")."""
    credited = {role: [c for c in candidates if c.role == role and c.strength >= 2] for role in _CREW_ROLES}

    def overruled(c: Candidate) -> bool:
        if c.strength >= 2 or not credited.get(c.role):
            return False
        # kept: the credit line's own words ("Writer: X, co-written with Y"), and one of the credited family
        # under another given name ("Lourdes Agcaoili, credited as Lulu")
        return not any(c.evidence in o.evidence or _family_key(c.name) == _family_key(o.name) for o in credited[c.role])

    return [c for c in candidates if not overruled(c)]


def _family_key(name: str) -> str:
    """The comparison key of a name's last word."""
    keys = word_keys(name)
    return keys[-1] if keys else ""


def _without_story_titled_makers(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without a director or writer whose name opens with a rank or a doctor's or an aunt's title: a
    character at work, whatever the prose says ("Dr. Medford directs the cops to the nest")."""
    return [c for c in candidates if not (c.strength < 2 and c.role in ("director", "writer") and " " in c.name
                                          and fold(c.name.split()[0]).rstrip(".") in _STORY_TITLES)]


def _confirm_weak(candidates: list[Candidate]) -> list[Candidate]:
    """Weak cues, checked against the review's directors.

    `X's film` names the director only when no other director is named (or X is
    that director); "calls X's detective Y" casts X only when a strong cue credits X and
    X names no part; `X's camera` names the cinematographer only when X is not the
    director (a director's camera is their direction), `X's script` the writer always
    (a director's script is one they wrote: most labellers read it so, two did not);
    praise of a performance ("X is superb", "X has never been better") names an
    actor only when the review gives X no crew role. For those two checks a weak
    director counts too: "N's film ... N's camera" is one director's direction.
    """
    directors = [c.name for c in candidates if c.strength >= 1 and c.role == "director"]
    if not any(c.strength == 0 for c in candidates):
        return candidates
    # whose camera or script is a direction: the credited directors, else the weak ones ("N's film")
    directing = directors or [c.name for c in candidates if c.strength == 0 and c.role == "director"]

    def is_director(name: str, names: list[str]) -> bool:
        return any(same_full_name(name, n) or is_part_of(name, n) for n in names)

    kept = []
    for c in candidates:
        if c.strength > 0:
            kept.append(c)
        elif c.role == "actor" and c.character:  # "calls X's detective Y": X an actor the review credits, no part
            if _credited_not_cast(c.name, candidates):
                kept.append(c)
        elif c.role == "director":  # (not a part the review casts: "Muthu's romance with a schoolteacher")
            if (not directors or is_director(c.name, directors)) and not any(
                    o.character and same_full_name(c.name, o.character) for o in candidates):
                kept.append(c)
        elif c.beside_a_director:  # "Elif Sahin directs; Burak Demirtaş shoots": not one who shoots their own film
            if directing and not is_director(c.name, directing):
                kept.append(c)
        elif c.role == "writer":
            kept.append(c)  # "Lee's script": Lee wrote it, director or not
        elif c.role == "actor" and " " not in c.name and not any(is_part_of(c.name, o.name) for o in candidates if " " in o.name):
            continue  # "Subtitling is excellent": one word praised is an actor only as part of a name the review credits
        elif not is_director(c.name, directing) and not (c.role == "actor" and any(
            (same_full_name(c.name, o.name) or is_part_of(c.name, o.name)) and o.role != "actor" for o in candidates if o.strength > 0
        )):
            kept.append(c)
    return kept


def _credited_not_cast(name: str, candidates: list[Candidate]) -> bool:
    """`name` is (a part of) a name a strong cue credits, and no part's name."""
    def fits(n: str) -> bool:
        return same_full_name(name, n) or is_part_of(name, n)

    return any(o.strength > 0 and fits(o.name) for o in candidates) and not any(o.character and fits(o.character) for o in candidates)


# "The screenplay, co-written with Y": no owner is written, so the co-author is the film's author, its director.
# "The director, who also wrote the script", "Screenplay by the director and Y": the director named by their role alone.
_DIRECTOR_WROTE = re.compile(
    # (the comma first: twelve look-behinds tried at every character, before it, made this search slow)
    r"(?=,)(?<!screenplay)(?<!script)" + _NOT_WORK_BEFORE + r",\s+co-?written\s+with\b"  # "X's Barsaat Ke Baad, co-written with Y": the director's film
    r"|(?:^|[.;]\s+|\b(?:and|but)\s+)(?:the|its)\s+(?:(?:screenplay|script),?\s+co-?written\s+with\b"
    r"|director,?\s+(?:who\s+)?(?:also\s+)?(?:co-?)?wrote\s+(?:the\s+|its\s+)?(?:script|screenplay|film)\b)"
    r"|\b(?:screenplay|script|written)\s+by\s+the\s+director\s+and\b",
    re.I,
)


def _director_co_wrote(candidates: list[Candidate], sentences: Sequence[str]) -> list[Candidate]:
    """The review's one director as a writer when a sentence says "the screenplay, co-written with Y" (no one else
    named as its owner: co-written with someone means by the film's author) or "the director, who also wrote the
    script". Nothing when the review names no director, or several."""
    said = next((s for s in sentences if ("writ" in s or "wrote" in s or " by the director" in s) and _DIRECTOR_WROTE.search(s)), None)
    if said is None:
        return []
    directors = list(dict.fromkeys(c.name for c in candidates if c.role == "director" and c.strength >= 1))
    if len(directors) != 1 or any(c.role == "writer" and same_full_name(c.name, directors[0]) for c in candidates):
        return []
    return [Candidate(directors[0], "writer", said, None, 1)]


def _resolve_apart(candidates: list[Candidate]) -> None:
    """A bare name the text sets apart from another ("Rahimi co-wrote the film with his sister, Nasrin Rahimi")
    is the one other name of the review it is part of (Ali-Reza Rahimi), when exactly one fits."""
    for c in candidates:
        if c.apart is None or not is_part_of(c.name, c.apart):
            continue
        fits = {
            o.name for o in candidates
            if o.name != c.name and is_part_of(c.name, o.name) and not same_full_name(o.name, c.apart) and not is_part_of(o.name, c.apart)
        }
        if len(fits) == 1:
            c.name = fits.pop()


def _title_owner_candidates(sentence: str, title: str) -> list[Candidate]:
    """`X's <this film's title>`: X made it ("Ana Ruiz's The Long Tide is ...")."""
    out: list[Candidate] = []
    for start in _possessive_title_starts(sentence, title):
        name = name_before(sentence[:start])
        if name:
            out.append(Candidate(name, "director", sentence, None, 1))
    spans = _title_spans(sentence, title)
    # "Takeuchi Ren's hand-drawn Kappa Summer", "X's long-awaited second feature, Title": a described film
    for at, end in spans:
        if (described := _DESCRIBED_AFTER_POSSESSIVE.search(sentence, 0, at) or _REMAKE_AFTER_POSSESSIVE.search(sentence, 0, at)) \
                and (name := name_before(sentence[: described.start()])):
            out.append(Candidate(name, "director", sentence, None, 1))
        # "Wulandari's Sawah (Rice Field), which she wrote with her brother Bayu Santoso": the maker wrote it, with Y
        before = sentence[:at].rstrip("\"“‘' ")
        if (wrote := _WHICH_THEY_WROTE.match(sentence, end)) and before.endswith(("'s", "’s")) and (owner := name_before(before[:-2])):
            out.append(Candidate(owner, "writer", sentence, None, 1))
            if (co := _WROTE_WITH.match(sentence, wrote.end())) and (co_writer := name_after(sentence[co.end():])):
                out.append(Candidate(co_writer, "writer", sentence, None, 1))
    if (subject := _subject_whose_feature_is(sentence, title)) is not None:
        out.append(Candidate(subject, "director", sentence, None, 1))
    # "<Title>, Raphael Dunmore's chamber-horror-slash-period-drama": the apposition names whose film it is
    for _, end in spans:
        if (owner := _APPOSED_OWNER.match(sentence, end)) and (name := name_before(owner.group(0)[:-2].rstrip("'’"))):
            out.append(Candidate(name, "director", sentence, None, 1))
        # "THE NIGHT PHARMACIST (Youssef Amrani-Kessler, 2025)": a catalogue's maker and year after the title. Weak
        # (`_confirm_weak`: only when no other director is credited): "(Ivory Coast, 2025)" has the same shape.
        if (maker := _MAKER_AND_YEAR.match(sentence, end)) and (name := name_after(maker["name"])) == maker["name"].strip() \
                and _is_person_name(name, "") and all(w[:1].isupper() and not is_demonym(w) for w in name.split()):
            out.append(Candidate(name, "director", sentence, None, 0))  # (capitals only: not "(Samba da Meia-Noite, 1962)")
    return out


# After the title (and its bracketed translation): ", which she wrote", ", which he also co-wrote".
_WHICH_THEY_WROTE = re.compile(r"[\"”’']?\s*(?:\([^()]{1,60}\)\s*)?,\s+which\s+(?:s?he|they)\s+(?:also\s+)?(?:co-?)?wrote\b")

# The possessive and one to three lower-case words before a title: "'s hand-drawn ", "'s long-awaited second feature, "
# (no joining word: "Wei Zhongshan's river films, and The Ferryman's Ledger" is another maker's work beside this one;
# the last word describes a film: "Tilda Swinton's weathered face haunts Kappa Summer" names no maker)
_DESCRIBED_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?!(?:and|or|but|nor|to|in|of|from|with|than|like|as|after|before|films|movies|works)\b)[a-z][a-z-]*,?\s+){0,2}"
    rf"(?:[a-z]+-[a-z-]+|[a-z]+ed|{_FILM_KINDS}|feature|debut|new|latest|first|second|third|fourth|fifth|sophomore|silent|"
    r"beautiful|gorgeous|lovely|ambitious|remarkable|extraordinary|stunning|quiet|little|tender|bold|strange|haunting),?\s+$")


# "Esteban Villalobos's new version of The Widow's Lamp", "Henrik Aalto's remake, Vigil at Kestrel Point": the remake's maker
_REMAKE_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?:new|latest|own|upcoming)\s+(?:remake|version|reimagining|re-imagining|adaptation|retelling|update|take)\s+of"
    r"|(?:[a-z-]+\s+)?(?:remake|version|reimagining|re-imagining|adaptation|retelling|update|take),)\s+$")  # (not "X's remake of")


# (two words at least, neither a country nor a place: "(Kenya, 2024)", "(South Korea, 2023)" name where it was made)
# ... or the maker, the country and the year: "Orchard of Weights (Tamta Kvirikashvili, Georgia, 2023)"
_MAKER_AND_YEAR = re.compile(
    rf"[\"”’']?\s*\((?!(?:{_PLACE_FIRST_WORDS})\s)(?P<name>[^(),\d\s]+(?:\s+[^(),\d\s]+){{1,3}}),\s*"
    r"(?:[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3},\s*)?(?:19|20)\d\d\)")


# (a described work follows, in lower case: "In The Rain Tax, Tran Quoc Bao's Uncle Tu" names an actor's part)
_APPOSED_OWNER = re.compile(r"[\"”’']?,\s+(?:the\s+(?:new|latest)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}['’]s\s(?=[a-z])")


# "X has spent a decade making short films, and his first feature, TITLE, feels like ...": X made it.
_HIS_FEATURE = re.compile(r"\b(?:his|her|their)\s+(?:(?:first|second|third|new|latest|debut)\s+)?(?:feature|film|movie),?\s+$")


def _subject_whose_feature_is(sentence: str, title: str) -> str | None:
    """The name opening the sentence as its subject, when a later "his/her first feature, <this film's title>"
    says it is the subject's film: "X has spent a decade ..., and his first feature, T, feels like ..."."""
    at = sentence.find(title)
    if at <= 0 or not _HIS_FEATURE.search(sentence[:at]):
        return None
    return _opening_subject(sentence, _SUBJECT_VERB)


# What follows the name opening a sentence when it is the sentence's subject: "X, ...", "X has spent ...".
_SUBJECT_VERB = re.compile(r"(?:,|\s+(?:has|had|is|was|spent|spends|made|makes)\b)")
_SUBJECT_VERB_NOT_BE = re.compile(r"(?:,|\s+(?:has|had|spent|spends|made|makes)\b)")


def _opening_subject(sentence: str, verb: re.Pattern[str]) -> str | None:
    """The name opening the sentence, when `verb` (or a comma) follows it: the sentence's subject."""
    text = sentence.lstrip()
    subject = name_after(text)
    return subject if subject and verb.match(_rest_after(text, subject)) else None


# ", and his first feature has the looseness of ...": the film under review, in the present tense, is the subject's
_FIRST_FEATURE_NOW = re.compile(r",\s+and\s+(?:his|her|their)\s+first\s+feature\s+(?:has|is|feels|plays)\b")


def _subjects_first_feature(sentence: str) -> list[Candidate]:
    """`X has made a handful of shorts in Recife, and his first feature has the looseness of ...`: X, the name opening
    the sentence as its subject (as `_subject_whose_feature_is` reads it), directed the film under review."""
    if not _FIRST_FEATURE_NOW.search(sentence) or (subject := _opening_subject(sentence, _SUBJECT_VERB_NOT_BE)) is None:
        return []
    return [Candidate(subject, "director", sentence, None, 1)]


# Reviews name many films, so patterns built from a title are compiled once per title, and only for
# text outside ASCII: for ASCII text and title, case-insensitive matching of the literal title is
# `str.lower` and `str.find` (compiling a pattern per review cost more than the rest of its title checks).
@lru_cache(maxsize=256)
def _title_patterns(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title as a case-insensitive pattern, and `X's <title>` (matching from the apostrophe)."""
    escaped = re.escape(title)
    return re.compile(escaped, re.I), re.compile(r"['’]s?\s+[\"“‘«']?" + escaped, re.I)


def _title_spans(text: str, title: str) -> list[tuple[int, int]]:
    """Where each occurrence of the title, in any case, starts and ends in `text` (occurrences do not overlap)."""
    if not title:
        return []
    if not (text.isascii() and title.isascii()):
        return [m.span() for m in _title_patterns(title)[0].finditer(text)]
    lowered, key = text.lower(), title.lower()
    spans: list[tuple[int, int]] = []
    at = lowered.find(key)
    while at >= 0:
        spans.append((at, at + len(key)))
        at = lowered.find(key, at + len(key))
    return spans


def _without_title(text: str, title: str) -> str:
    """`text` with every occurrence of the title, in any case, replaced by a space."""
    pieces: list[str] = []
    start = 0
    for at, end in _title_spans(text, title):
        pieces += (text[start:at], " ")
        start = end
    return "".join(pieces) + text[start:] if pieces else text


def _possessive_title_starts(sentence: str, title: str) -> list[int]:
    """Where each `'s <title>` / `' <title>` / `'s "<title>"` (any case) starts in the sentence, at its apostrophe, in order."""
    if not (sentence.isascii() and title.isascii()):
        return [m.start() for m in _title_patterns(title)[1].finditer(sentence)]
    lowered, key = sentence.lower(), title.lower()
    starts: list[int] = []
    end = 0  # matches do not overlap: the next one starts at or after the end of the last
    at = lowered.find(key)
    while at >= 0:
        space = at - 1 if at > end and sentence[at - 1] in "\"“‘«'" else at  # a quoted title: Yusupova's "Tashkent 1999"
        while space > end and sentence[space - 1].isspace():
            space -= 1
        start = space - 1 if space < at and sentence[space - 1 : space] == "'" else (
            space - 2 if space < at and lowered[space - 2 : space] == "'s" else -1
        )
        if start >= end:
            starts.append(start)
            end = at + len(key)
            at = lowered.find(key, end)
        else:
            at = lowered.find(key, at + 1)
    return starts


def _without_descriptor(candidate: Candidate) -> Candidate:
    """Drop a describing first word from a person's name ("Ten-year-old Ana Ruiz", "Young Omar Said")."""
    words = candidate.name.split()
    if len(words) >= 3 and _DESCRIPTOR.match(words[0]):
        candidate.name = " ".join(words[1:])
    return candidate


def _blank_companies(text: str) -> str:
    """The text with company names blanked: "Cole & Barrow Films" holds no mention of an actress Cole."""
    for m in reversed(list(_COMPANY_WORD.finditer(text))):
        head = _COMPANY_HEAD.search(text[max(0, m.start() - 80) : m.start()])
        if head:
            start = m.start() - len(head.group())
            text = text[:start] + " " * (m.end() - start) + text[m.end():]
    return text


# Words that make a name a company's, wherever they stand in it ("Studio Kestrel", "Harlow Bros.", "Lantern Films").
_COMPANY_NAME_WORDS = frozenset(
    "pictures films studio studios productions production entertainment animation media releasing distribution "
    "bros company corporation corp inc ltd llc features".split()
)
# Company words that are everyday words too ("a Lee Min-soo film"): a company's only when capitalised ("Nordwind
# Film", Portuguese "Recife Filmes", the "Talkies" of Indian studios, Indonesian "Sinema").
_CAPITALISED_COMPANY_WORDS = frozenset("film filmes filmproduktion talkies sinema cinema".split())


def _is_company_word(word: str) -> bool:
    """A word of a company's name (`_COMPANY_NAME_WORDS`, or capitalised `_CAPITALISED_COMPANY_WORDS`)."""
    bare = fold(word).strip(".,;:")
    return bare in _COMPANY_NAME_WORDS or word[:1].isupper() and bare in _CAPITALISED_COMPANY_WORDS


def _is_company(name: str) -> bool:
    """A company, not a person: a company word anywhere in the name, or a digit ("A24" is a distributor)."""
    return any(ch.isdigit() for ch in name) or any(_is_company_word(w) for w in name.split())


def _is_person_name(name: str, after: str) -> bool:
    """`name`, read before the text `after`, names a person: not a company (`_is_company`, nor a name that a company
    word follows: "Kestrel" of "Kestrel Animation Studios"), and not initials alone ("J. K.": whose?)."""
    if _is_company(name) or all(is_initial(w) for w in name.split()):
        return False
    next_word = after.split(None, 1)[:1]
    return not (next_word and _is_company_word(next_word[0]))


def _drop_characters_read_as_actors(candidates: list[Candidate]) -> list[Candidate]:
    """An 'actor' with no character whose name is one of the review's characters is that character."""
    characters = {c.character for c in candidates if c.character}
    people = {c.name for c in candidates if c.character or c.role != "actor" or c.strength >= 2}

    def is_character(name: str) -> bool:
        if any(same_full_name(name, p) or is_part_of(name, p) for p in people):
            return False
        return any(same_full_name(name, ch) or is_part_of(name, ch) for ch in characters)

    return [c for c in candidates if c.character or c.role != "actor" or c.strength >= 2 or not is_character(c.name)]


def _credited_pairs_read_backwards(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with the prose pairs the review's labelled cast list shows the other way round set right. After
    "cast: Allen Garfield (Howard Klein), Robert Forster (Jake)", the plot's "Howard Klein (Garfield)" is no actor
    Howard Klein (a credited part is never an actor: dropped), and "Jake Nyman (Forster)", a credited actor's family
    name alone in the parenthesis, is Forster as Jake Nyman (turned round; a cast list without parts is enough:
    "Cast: ..., Vanessa Williams" and "Lee Cullen (Williams)"), as is a pair whose part is a credited actor's full
    name ("Buck Swope (Don Cheadle)" after "Cast: ..., Don Cheadle": "Don" read as a title turned it round)."""
    # (spelled as the list spells them, whole or in part: one critic's list and plot, so no variant matching is needed)
    parts = {_words_of(c.character) for c in candidates if c.strength >= 2 and c.role == "actor" and c.character}
    family_names = {fold(c.name.split()[-1]) for c in candidates if c.strength >= 2 and c.role == "actor" and " " in c.name}
    if not parts and not family_names:
        return candidates
    actors = {_words_of(c.name) for c in candidates if c.strength >= 2 and c.role == "actor"}
    kept = []
    for c in candidates:
        if c.strength < 2 and c.role == "actor" and not _within_any(c.name, actors):
            if c.character and (" " not in c.character and fold(c.character) in family_names
                                or " " in c.character and _within_any(c.character, actors)):
                if not _reads_as_a_part(c.name):
                    continue  # "Using all of his powers, Neeson ...", "They're Gus (Glover)": no part to give the actor
                c = replace(c, name=c.character, character=c.name)
            elif _within_any(c.name, parts):
                continue
        kept.append(c)
    return kept


def _reads_as_a_part(name: str) -> bool:
    """Whether a name read before an actor's parenthesis can be a part: not in capitals ("USA"), not opened by a
    clause's word ("Watching Axel Foley", "Using"), no contraction ("They're Gus")."""
    first = name.split()[0]
    return not (name.isupper() or first.lower() in _NEVER_NAMES or _CONTRACTION.search(name)
                or first.lower().endswith("ing") and is_common_word(first.lower()))


_CONTRACTION = re.compile(r"['’](?:re|ll|ve|d|m)\b", re.I)


def _words_of(name: str) -> frozenset[str]:
    return frozenset(fold(name).split())


def _within_any(name: str, groups: set[frozenset[str]]) -> bool:
    """Every word of `name` is in one of `groups` (the words of names a credit list spells)."""
    return any(_words_of(name) <= group for group in groups)


def _title_then_name(evidence: str, title: str, name: str) -> bool:
    """`evidence` writes the film's title and then `name` in parentheses: "The Pho Seller's Son (Lê Minh Khoa)"."""
    return f"{title.casefold()} ({name.casefold()})" in evidence.casefold()


def _owned_title_then(evidence: str, title: str, name: str) -> bool:
    """`evidence` writes a possessive, the film's title and `name` in parentheses: "X's Sertão de Vidro (Glass Backlands)"."""
    return bool(re.search(rf"['’]s?\s+{re.escape(title)}\s+\({re.escape(name)}\)", evidence, re.IGNORECASE))


def _casts_the_title(character: str, evidence: str) -> bool:
    """A film named for its hero, cast in so many words: "X plays Mirela", "X, as Mirela, ...", "Mirela (X)",
    "Mirela, played by X". Whole words only ("was Mirela" holds no "as Mirela", "plays Mirelas" no "plays
    Mirela"), and the parenthesis must open on a name ("Mirela (2024)" is the film and its year)."""
    if _TITLE_ROLE.search(evidence):
        return True  # "X plays the title character"
    if character not in evidence:
        return False
    name = re.escape(character)
    return bool(
        re.search(rf"(?<!\w)(?:plays|[Aa]s)\s+{name}(?!\w)|(?<!\w){name}\s+\((?=[^\W\d_])|(?<!\w){name},\s+played\s+by\b", evidence)
    )


def _is_title(name: str, title_key: str, title_words: frozenset[str]) -> bool:
    """The film's own title, or words of it, read as a name ("Mister Lu", "Sand" of "Sand and Salt")."""
    folded = fold(name)
    return folded == title_key or (bool(title_words) and all(w in title_words for w in folded.split())) or (
        " " in folded and _UMLAUT_SPELLED.sub(r"\1", folded) == _UMLAUT_SPELLED.sub(r"\1", title_key))  # "Der Schleusenwaerter"


_UMLAUT_SPELLED = re.compile(r"([aou])e")  # an umlaut written out (ä = ae), compared with the folded letter


def find_people(document: Document, film: Film) -> list[Person]:
    return read_people(document, film).people


def _given_name_marks(names: Sequence[str], candidates: Sequence[Candidate]) -> list[list[tuple[Hashable, Hashable]]]:
    """Two full names of one review sharing a family name, spelled with different given names and credited with
    different roles are two people: a writer who credits "Wanjiru Kamau" as director and "Wanjiku Kamau" as
    cinematographer means the twins, not one name twice. (A nickname in the same role, "Yossi" for "Yosef", still joins;
    romanizations of one given name share their `word_keys`: "Jeon Jong-seo" and "Jun Jong-seo".)"""
    roles: dict[str, set[str]] = {}
    for c in candidates:
        roles.setdefault(c.name, set()).add(c.role)
    keys = {n: word_keys(n) for n in names}
    two_word = [n for n in names if len(keys[n]) == 2 and roles.get(n)]
    apart = {
        n for n in two_word for m in two_word
        if keys[n][1] == keys[m][1] and keys[n][0] != keys[m][0] and not roles[n] & roles[m]
    }
    return [[(("given name", keys[n][1]), keys[n][0])] if n in apart else [] for n in names]


def _generation_marks(names: Sequence[str]) -> list[list[tuple[Hashable, Hashable]]]:
    """A name and the same name with a generation ("Rodrigo Salas", "Rodrigo Salas Jr.") credited by one review are the
    father and the son: each is marked with its generation, under the name without it."""
    generations = [_generation(n) for n in names]
    bases = {base for base, suffix in generations if suffix}
    return [[(("generation", base), suffix)] if base in bases and " " in base else [] for base, suffix in generations]


def _generation(name: str) -> tuple[str, str]:
    """(the folded name without a closing Jr./Sr./II/III, that suffix folded or "")."""
    words = fold(name).replace(",", " ").split()
    if len(words) > 1 and words[-1].rstrip(".") in GENERATIONS:
        return " ".join(words[:-1]), GENERATIONS[words[-1].rstrip(".")]
    return " ".join(words), ""


def _assemble(
    candidates: list[Candidate], text: str, warnings: list[str], text_runs: list[str] | None = None,
    ties: Sequence[tuple[str, str]] = (),
) -> list[Person]:
    person_names = list(dict.fromkeys(c.name for c in candidates))
    character_names = list(dict.fromkeys(c.character for c in candidates if c.character))
    apart = [a + b for a, b in zip(_given_name_marks(person_names, candidates), _generation_marks(person_names))]
    person_clusters = _join_tied(
        _cluster(person_names, candidates, others=character_names, credited_of=lambda c: c.name, marks=apart),
        [*ties, *_players_of_one_part(candidates)],
    )
    person_of = {n: ci for ci, cl in enumerate(person_clusters) for n in cl[1]}
    played_by = _actor_marks(character_names, candidates, person_of)
    character_clusters = _join_tied(
        _cluster(character_names, candidates, others=person_names, credited_of=lambda c: c.character, marks=played_by), ties
    )
    character_of = {n: ci for ci, cl in enumerate(character_clusters) for n in cl[1]}

    runs = _Runs.of(text, text_runs)
    person_counts = _count_mentions(runs, [c[0] for c in person_clusters], [c[0] for c in character_clusters])
    character_counts = _count_mentions(runs, [c[0] for c in character_clusters], [c[0] for c in person_clusters])

    roles: dict[tuple[int, str], list[Candidate]] = {}
    # How often each spelling was credited, per person and per character: one pass, not one per person.
    credited_as_person: dict[int, Counter[str]] = {}
    credited_as_character: dict[int, Counter[str]] = {}
    for c in candidates:
        roles.setdefault((person_of[c.name], c.role), []).append(c)
        credited_as_person.setdefault(person_of[c.name], Counter())[c.name] += 1
        if c.character:
            credited_as_character.setdefault(character_of[c.character], Counter())[c.character] += 1
    people: list[Person] = []
    for (ci, role), found in roles.items():
        _, forms = person_clusters[ci]
        mentions = _each_once_plus(forms, person_counts[ci])
        credited = credited_as_person[ci]
        canonical = best_form(mentions, credited, {})
        character = character_mentions = None
        if role == "actor":
            votes = Counter(character_of[c.character] for c in found if c.character)
            if votes:
                ranked = votes.most_common()
                if len(ranked) > 1:
                    warnings.append(f"{canonical} is given several characters ({', '.join(character_clusters[k][0] for k, _ in ranked)}); kept {character_clusters[ranked[0][0]][0]}")
                k = ranked[0][0]
                cm = _each_once_plus(character_clusters[k][1], character_counts[k])
                character = best_form(cm, credited_as_character[k], {})
                character_mentions = [f for f, _ in sorted(cm.items(), key=lambda kv: (-kv[1], kv[0]))]
        people.append(
            Person(
                name=canonical,
                role=role,  # type: ignore[arg-type]
                character=character,
                mentions=[f for f, _ in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))],
                character_mentions=character_mentions or [],
                evidence=max(found, key=lambda c: c.strength).evidence,
            )
        )
    people.sort(key=lambda p: (ROLE_ORDER.index(p.role), p.name))
    return people


def _each_once_plus(forms: list[str], counts: Counter[str]) -> Counter[str]:
    """`Counter({f: 1 for f in forms}) + counts` for distinct forms and positive counts, without two Counter
    constructions and an addition per person (the same keys in the same order)."""
    out: Counter[str] = Counter()
    for f in forms:
        out[f] = 1 + counts[f]
    for f, n in counts.items():
        if f not in out:
            out[f] = n
    return out


def _players_of_one_part(candidates: list[Candidate]) -> list[tuple[str, str]]:
    """(bare name, full name) pairs of actors the review casts as one same part, the bare name a part of the full
    one: "Ernesto (Gustavo Medina)" ... "Medina is marvellous as Ernesto" is one Medina, even beside a character
    "Señora Medina" that leaves a bare "Medina" ambiguous elsewhere."""
    cast: dict[str, set[str]] = {}
    for c in candidates:
        if c.character and c.role == "actor":
            cast.setdefault(fold(c.character), set()).add(c.name)
    pairs: list[tuple[str, str]] = []
    for names in cast.values():
        for bare in (n for n in names if " " not in n):
            fulls = [n for n in names if " " in n and is_part_of(bare, n)]
            if len(fulls) == 1:
                pairs.append((bare, fulls[0]))
    return pairs


def _join_tied(clusters: list[tuple[str, list[str]]], ties: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Join two of the review's names the text ties ("Pranee Kaewdee, whom everyone calls Nok" ... "Nok plays
    Dao"): one entity. A tied full name no cluster holds stands for the one cluster that spells it otherwise ("Karimi
    (credited as Mohamad Reza Karimi)" beside the director Mohammad-Reza Karimi). The joined cluster is named by its
    longest name (the full one, not the nickname)."""
    if not ties or len(clusters) < 2:
        return clusters
    clusters = [(canonical, list(names)) for canonical, names in clusters]
    for a, b in ties:
        where = {fold(a): -1, fold(b): -1}
        for k, (_, names) in enumerate(clusters):
            for n in names:
                if fold(n) in where:
                    where[fold(n)] = k
        i, j = (where[fold(side)] if where[fold(side)] >= 0 else _spelled_by_one(clusters, side) for side in (a, b))
        if i < 0 or j < 0 or i == j:
            continue
        (ca, na), (cb, nb) = clusters[i], clusters[j]
        clusters[min(i, j)] = (max(ca, cb, key=lambda n: (len(n.split()), n == ca)), na + nb)
        del clusters[max(i, j)]
    return clusters


def _spelled_by_one(clusters: list[tuple[str, list[str]]], name: str) -> int:
    """The one cluster with another spelling of the full name `name` ("Mohammad-Reza Karimi" for a tied "Mohamad Reza
    Karimi", which no credit names), or -1 (a one-word name, none or several)."""
    if " " not in name.strip():
        return -1
    found = {k for k, (_, names) in enumerate(clusters) for n in names if " " in n.strip() and same_full_name(n, name)}
    return found.pop() if len(found) == 1 else -1


def _actor_marks(character_names: list[str], candidates: list[Candidate], person_of: dict[str, int]) -> list[tuple[tuple[str, int], ...]]:
    """For each character name, the mark of the one actor (person cluster) the review casts in it, or no mark: two
    names cast with two different actors are two characters ("Grandpa Han" is not "Han Yu-jin", the heroine
    another actor plays), however much their names share."""
    actors: dict[str, set[int]] = {}
    for c in candidates:
        if c.character and c.role == "actor":
            actors.setdefault(c.character, set()).add(person_of[c.name])
    return [(("actor", next(iter(a))),) if len(a := actors.get(n, set())) == 1 else () for n in character_names]


def _cluster(
    names: list[str], candidates: list[Candidate], others: list[str], credited_of, marks: Sequence[Sequence[tuple[str, int]]] | None = None
) -> list[tuple[str, list[str]]]:
    times_credited = Counter(credited_of(c) for c in candidates)
    items = []
    for n in names:
        credited: Counter[str] = Counter()  # Counter({n: ...}) goes through Counter.update's slow generic path
        if times_credited[n]:
            credited[n] = times_credited[n]
        forms: Counter[str] = Counter()
        forms[n] = times_credited[n] or 1
        items.append(NameItem(forms=forms, credited=credited))
    clusters = cluster_names(items, marks=marks, others=others)
    return [(cl.canonical, [names[i] for i in cl.members]) for cl in clusters]
