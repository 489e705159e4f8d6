"""Who wrote the review and where it was published, as the page states it; None otherwise, never a guess.

Critic, strongest signal first:

1. schema.org Review `author`, then `<meta name=author>` (HTML);
2. a byline line: `By X`, `Reviewed by X`, `Posted by X | date`, `Review by:
   X`, `Author: X`, `(Author: X)`, `Words by X`;
3. a name line right under the headline followed by a reading-time or date
   line (`Jeff Light` / `7 min read`);
4. the end of the review: a name in parentheses or after a dash closing it
   (`(Aluna)`, `— Jane Doe`), a bare name line followed by a short bio
   paragraph, a `Name: "Publication"` signature;
5. a copyright line naming a person (`Copyright 1998 James Berardinelli`).

A critic must look like a person's name (`consensus.ingest.shapes`): 2-4
capitalised tokens with at least one that is not an everyday word, so
"Final Thoughts" or "Memorable Scene" never pass; a single token only as a
closing `(Handle)`.

Outlet: schema.org `publisher`, og:site_name, a `<Site> logo` line in the
header, `By X for Outlet`, a `Name: "Outlet"` signature, a copyright line
naming a site (`© 2023 Site`), "originally published at Site".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consensus.extract.names import HONORIFICS, fold
from consensus.extract.rating_context import comments_opening, comments_start, related_list_lines
from consensus.extract.sentences import sentence_with
from consensus.ingest.boilerplate import PLATFORM_BAR, SKIP_LINK, is_boilerplate_line
from consensus.ingest.shapes import DATE, MAIL_FIELDS, MONTH, is_common_word, looks_like_name, title_case
from consensus.models import Document

HEADER_LINES = 10
MENU_AND_HEADER_LINES = 2 * HEADER_LINES  # the header when a menu of one-word lines comes first
SHORT_LINE_CHARS = 160  # signatures, copyright and "originally published" lines are short
_QUOTE_MARKS = "\"“”'’«»"  # a "— Name" line after a quotation attributes the quote, it is no byline
CLOSING_LINES = 4
PROSE_LINE_WORDS = 25  # a paragraph of the review (above a signature, below a byline) has this many words
FORUM_SIGNATURE_LINES = 3  # a forum's first post is signed in its last lines
NAME = r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)"
# Where a header line's cells part: "Farzaneh Karimi | March 3, 2024", "GULF STAR-TRIBUNE  |  WEEKEND  |  FRIDAY, ...",
# "Medium     Write   Sign up".
# (Every break opens on a space or a mark, checked first: for speed only, as `\s*` matches at every character.)
_CELLS = re.compile(r"(?=[\s|·•›»])(?:\s*[|·•›»]\s*|\s+>\s+|\s{2,})")
# ... and at a dash or tilde, in a byline ("Farid Haddad — 11 December 2024") or a masthead ("THE WEEKLY REEL — a newsletter
# about movies", "KINO KORNER ~ a little zine ~ issue 31").
_DASHED_CELLS = re.compile(rf"{_CELLS.pattern}|\s+[—–~]\s+")
_HANDLE_TOKEN = r"@\w[\w.-]*"  # "@sidmenon_films", "@marie.films.bsky.social", "@juniper-reels.bsky.social"
_HANDLE = re.compile(rf"\s+\(?{_HANDLE_TOKEN}\)?\s*$")  # "Siddharth Menon  @sidmenon_films": the critic's social handle after the name
# After the name: a handle, or the critic's job ("By X Staff film critic").
_AFTER_NAME = r"\s*(?:" + _HANDLE_TOKEN + r"\s*$|\s{2,}|(?:staff|chief|senior|contributing|film\s+critic|movie\s+critic)\b|(?:for|at)\s+(?P<outlet>[A-Z][\w&'’. -]{1,40}?)\s*(?:$|[|·•,–—(])|$|[|·•,–—(]|\s-\s|\bon\b|\bfor\b|\bat\b|\bin\b|\bupdated\b|\bpublished\b|\sà(?=[\s(])|\d|[★☆])"
# Blogger's and WordPress's "Posted by" in the site's language: "Publicada por X à(s) 21:40", "Publié par X".
_POSTED_BY_ABROAD = r"(?:publicad[ao]|postad[ao])\s+por|publi[ée]e?\s+par|pubblicato\s+da|ver[öo]ffentlicht\s+von|geplaatst\s+door"
_BYLINE = re.compile(
    rf"^(?:(?:written\s+and\s+)?reviewed\s+(?:for\s+(?:members|readers|subscribers)\s+)?by|review\s+by|posted\s+by|text(?=\s*:)|"
    rf"(?:festival\s+)?dispatch\s+by|(?:programme\s+|program\s+)?notes\s+by|essay\s+by|report\s+by|column\s+by|{_POSTED_BY_ABROAD}|words\s+by|article\s+by|written\s+by|text\s+by|story\s+by|filed\s+by"
    rf"|hosted\s+by|by|words|author|(?:(?:guest|staff|chief|senior|resident|visiting)\s+)?(?:critic|reviewer)(?:-in-residence)?|our\s+critic|(?:film|movie)\s+critic|(?:this\s+week['’]s|today['’]s|tonight['’]s)\s+critic)\s*(?::|\s[—–-])?\s+{NAME}{_AFTER_NAME}",
    re.IGNORECASE,
)
# A plain "By" abroad, then a cell after the name (a date, a section): "Par Simon Achterberg · Publié le 3 mars 2024"
# (not a headline: "Von Trier Returns", "Door Jamb Diaries").
_BY_ABROAD = re.compile(rf"^(?:Par|Por|Von|Door)(?:\s*/\s*[Bb]y)?\s+{NAME}\s*[·|•–—]\s*\S")  # "Von / by X · 16. September"
# "Critique en anglais par X (version française à venir)", "Crítica por X", "Kritik von X" (not "de"/"di": "Crítica de
# Emilia Pérez" is a review of the film)
_REVIEW_BY_ABROAD = re.compile(
    rf"^(?:(?:une\s+)?critique|cr[ií]tica|kritik|recensione|recensie|recenzja)(?:\s+en\s+\w+)?\s+(?:par|por|von|door)"
    rf"\s+{NAME}\s*(?:$|[(·|•–—,])", re.IGNORECASE)
# A transcript's speaker label that names the critic's part: "ONDŘEJ ŠŤASTNÝ (critic): Thank you, Klára."
_CRITIC_SPEAKS = re.compile(rf"^{NAME}\s*\((?:our\s+|guest\s+|the\s+)?(?:film\s+|movie\s+)?(?:critic|reviewer)\)\s*:", re.IGNORECASE)
_REVIEW_BY = re.compile(r"^(?:review(?:ed)?|written)\s+by\s", re.IGNORECASE)
_GUEST_CRITIC = re.compile(r"\b(?:guest|visiting|resident)\s+(?:film\s+)?(?:critic|reviewer)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_POSSESSIVE_REVIEW = re.compile(rf"^{NAME}['’]s\s+review\b", re.IGNORECASE)  # "Bae Ha-eun's review published on Cinelog:"
# What a site calls itself in its tagline ("A weekly letter about ...", "A blog on Korean cinema").
_PUBLICATION_KINDS = r"letter|newsletter|blog|zine|podcast|column|diary|journal|notebook"
# A newsletter's or blog's tagline that signs it: "A weekly letter about patient films, by Irina Bogdanova", after the
# site's name or issue: "THE BACK ROW — a film podcast with Rafael Quintero", "Issue #147 · Your weekly film fix, by X".
_SITE_THEN = r"^(?:[^—–|·]{2,40}\s[—–|·-]\s+)?"  # the site's name or issue before its tagline, when on the same line
_TAGLINE_BY = re.compile(
    rf"{_SITE_THEN}(?:an?|your|our)\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_PUBLICATION_KINDS}|fix|digest|round-?up)\b"
    rf"[^.!?]{{0,60}}?,?\s+(?:by|from)\s+{NAME}\s*$",
    re.IGNORECASE,
)
# ... and a podcast's host, where the tagline says what the show is ("a film podcast with X"; not "Our new podcast with X")
_TAGLINE_WITH = re.compile(
    rf"{_SITE_THEN}an?\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_PUBLICATION_KINDS})\b[^.!?]{{0,60}}?\s+with\s+{NAME}\s*$",
    re.IGNORECASE,
)
# A dispatch's byline: "Leonie Baptiste reports from the 59th Karlovy Vary International Film Festival".
_REPORTS_FROM = re.compile(rf"^{NAME}\s+(?-i:reports|writes|reporting|writing)\s+from\b", re.IGNORECASE)
# A section's byline that introduces the critic's text: "Marcus Oyelaran writes:", "SHOW NOTES — Marcus Oyelaran writes:".
_LETTERS_SECTION = re.compile(r"(?:(?:mail|post)bag|letters?|readers?|your)\b", re.IGNORECASE)  # "MAILBAG — X writes:": a letter
_NAME_WRITES = re.compile(rf"^(?:(?!{_LETTERS_SECTION.pattern})[\w ]{{2,30}}\s[—–-]\s+)?{NAME}\s+(?-i:writes)\s*:\s*$", re.IGNORECASE)
# A newsletter's or column's own account of its writer: "The Friday Reel is written by Hollis Marsh and read by 9,340 people".
_SITE_WRITTEN_BY = re.compile(
    rf"^(?P<outlet>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){{0,4}})\s+is\s+(?:written|edited|put\s+together)\s+by\s+{NAME}"
    r"(?=,?\s+(?:and\s+)?(?:read|sent|delivered|published)\s+(?:by|to|every|each|on)\b)")  # (not "Past Lives is written by X, who ...")
# "Posted on 11 March 2025 by X | 7 Comments | Filed under: Drama", "posted 2025-09-21 by X | tags: ..."
_POSTED_ON_BY = re.compile(
    rf"^(?:posted|published|publi[ée]e?|publicad[ao]|postad[ao])\s+(?:on\s+|le\s+|el\s+|em\s+)?.{{4,40}}?\s+(?:by|par|por)\s+{NAME}"
    r"(?:,\s*[^,·•|]{2,40}?)?\s*(?:[·•|].*)?$",  # (a job after the name: "by Defne Aksoy, Programmer · Category: ...")
    re.IGNORECASE,
)  # and in the blog's language: "Publié le 3 décembre 2025 par Bastien · 9 commentaires"
# A bio sentence: "Farzaneh Karimi is a contributing film critic at Sightline Weekly", "X is the Gulf Star-Tribune's film critic".
_BIO_SENTENCE = re.compile(
    r"^(?i:about\s+the\s+(?:author|writer|critic|reviewer)\s*[:—–-]\s*)?"  # an author box's label
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){1,3}?)\s+(?:"
    r"(?:has\s+been\s+)(?:reviewing|writing\s+about)\s+(?:films|movies|cinema)\b|"  # "X has been reviewing films since 2009"
    # "X is a former museum guide who now reviews period films from her flat"
    r"is\s+(?:a|an)\s+[^.;]{0,60}?\bwho\s+(?:now\s+|also\s+)?(?:reviews|writes\s+about)\s+(?:[\w-]+\s+)?(?:films|movies|cinema)\b|"
    r"(?:is|has\s+been)\s+(?:(?:the|a|an|our)\s+)?"
    r"(?:(?P<site>[A-Z][\w&'’. -]{1,40}?)['’]s\s+)?(?:[\w-]+,?\s+){0,3}?(?:film\s+|movie\s+)?"  # "a Donostia-born, Copenhagen-based writer"
    r"(?:critic|reviewer|writer|editor|journalist|contributor|correspondent|columnist|blogger)\b"
    r"(?:\s+(?:at|for|of)\s+(?P<outlet>[A-Z][\w&'’. -]{1,40}?)(?=\s*(?:[.,;]|$|\s+(?:since|and|who|based|in)\b)))?"
    # "Marisol Quintero writes Brightwater Blvd from a couch in Tucson", "X writes about film for The Y"
    r"|(?:writes|edits|runs)\s+(?:about\s+(?:film|films|movies|cinema)\s+)?(?:for\s+)?(?:[A-Z][\w&'’. -]{1,40}?)"
    r"(?=\s*(?:[.,;]|$|\s+(?:from|since|and|who|in|with|out\s+of)\b))"
    r"|has\s+(?:written|edited|run)\s+[A-Z][\w&'’. -]{1,40}?\s+since\s+(?:19|20)\d\d\b"  # "X has written The Sunday Grumble since 2009"
    # "Nadia Haddad reviews movies for The Saltmarsh Herald": the paper she works for
    r"|reviews\s+(?:films|movies|cinema)\s+for\s+(?P<employer>[A-Z][\w&'’. -]{1,40}?)(?=\s*(?:[.,;]|$|\s+(?:since|and|who|in)\b)))"
)
BIO_LINES = 30  # a closing bio may sit above sidebars, "Most read" lists and comments
_PAREN_BYLINE = re.compile(r"^\((?:author|reviewer|review by|reviewed by|written by|by)\s*:?\s*(?P<name>[^()]{2,60})\)$", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:[—–-]+\s*(?P<dash>[^—–-].*)|\((?P<paren>[^()]+)\))$")
_SIGNATURE = re.compile(r"^(?P<name>[^:,]{3,50}?)\s*[:,–—]\s*[“\"](?P<outlet>[^“”\"]{3,60})[”\"]\s*$")
_READ_STAMP = re.compile(r"^\d+\s*min(?:ute)?s?\s*read(?:\b|(?=[A-Z0-9]))|^(?:follow|published in)\b", re.IGNORECASE)
_LOGO = re.compile(r"^(?P<site>[^\W\d_][\w&'’.]*(?:\s+[\w&'’.]+){0,3}?)\s+logo$", re.IGNORECASE)
# Medium's publication line: "Published in Lagos Screen Notes", "Published in X · Essays and reviews on African cinema"
_PUBLISHED_IN = re.compile(r"^published\s+in\s+(?P<site>[A-Z][\w&'’. -]{1,40}?)\s*(?:[·|•]\s.*)?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:(?:©|\(c\)|copyright\b)\s*)+(?P<holder>.+)$", re.IGNORECASE)  # "© Copyright 2024 X"
# ... and the holder written first: "Threadwell, Inc. © 2026. All rights reserved."
_COPYRIGHT_AFTER = re.compile(r"^(?P<holder>[A-Z][\w&'’. ,-]{1,50}?)\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)
_A_SENTENCE = re.compile(r"\s(?:is|are|was|were)\s")


_STREET = r"\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place|Way|Drive|Quay|Row|Hill)\b"
_ADDRESS = re.compile(rf"{_STREET}|,[^,]+,")  # "14 Market Street", "Courier House, 14 Market Street,"


def _copyright_holder(line: str) -> str | None:
    """Who a copyright line names as the owner, as written (years and "all rights reserved" still in it)."""
    match = _COPYRIGHT.match(line) or _COPYRIGHT_AFTER.match(line)
    if match and match.re is _COPYRIGHT_AFTER and _A_SENTENCE.search(match["holder"]):
        return None  # a sentence before the mark: "The Back Row is an independent production. © 2024 Lena Hartigan"
    if match and match.re is _COPYRIGHT_AFTER and _ADDRESS.search(match["holder"]):
        # an address before the mark: "Evening Courier, Courier House, 14 Market Street. © 2020 Evening Courier Ltd."
        after = _COPYRIGHT.match(line[match.end("holder"):].strip())
        return after["holder"] if after and re.search(r"[^\W\d_]{2}", after["holder"]) else None
    return match["holder"] if match else None
# Where a mirrored review first ran: "originally published at X", "(as published in X, 12 October 2023)", "Read the
# full review at X →" (an aggregator quoting one critic).
_ORIGINALLY = re.compile(
    r"\b(?:(?i:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in)|(?i:as)\s+published\s+(?:in|by|at)"
    r"|(?i:read)\s+(?:the\s+)?(?:full|whole|complete|original)\s+review\s+(?:at|on|in)|(?i:read\s+at))"
    r"\s+(?P<outlet>[A-Z][\w&'’. -]{1,40}?)\s*(?:[.,;:→»›↗)·|•]|$|\s+on\s+(?=\d|[A-Z][a-z]+\s+\d)|\s+and\s+(?:is|was)\s+(?:re-?published|reproduced|syndicated|reposted)\b)"  # an aggregator's card:
    # "Read at The Northern Lantern ›", "Originally published in The Highveld Mercury on 10 October 2025 · Read at source"
)
_MIRROR_STEMS = re.compile(r"originally|first\s|published|full review|whole review|complete review|original review|read at\b", re.I)
_BIO_CUES = re.compile(r"\b(?:writer|critic|journalist|editor|contributor|enthusiast|lover|graduate|based|lives|founder|blogger|podcast|host|freelance|find me|follow me|my)\b", re.IGNORECASE)
_SITE_WORDS = re.compile(r"\b(?:reviews?|magazine|times|journal|news|post|media|online|daily|weekly|monthly|quarterly|herald|tribune|gazette|courier|chronicle|"
                         r"observer|standard|telegraph|dispatch|ledger|sentinel|examiner|bulletin|monitor|register|film|films|cinema|movies?|pictures|screen|studios?|entertainment|network|inc|llc|ltd|gmbh|press|web|blog|"
                         r"podcasts?|radio|channel|fm|tv|zine|newsletter|club|society|collective|letters|notes|digest|\.com|\.net|\.org)\b", re.IGNORECASE)


_CAMEL_OR_DOMAIN = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+|[\w-]+\.(?:com|net|org|co\.uk|de|fr|io)")  # AsianMovieWeb, filmsite.org


@dataclass(frozen=True)
class Byline:
    critic: str | None = None
    critic_evidence: str | None = None
    outlet: str | None = None
    outlet_evidence: str | None = None


def _person(raw: str, allow_single: bool = False) -> str | None:
    """`raw` as a person's name (shouting turned to Title Case), or None when it is not shaped like one."""
    name = " ".join(raw.strip().strip(".,;:").split())
    if name.isupper() and len(name) > 3:
        name = title_case(name)
    if len(name.split()) >= 3:
        name = _MEMBER_BADGE.sub("", name)  # "Yusuf Demir Patron": a diary site's badge after the member's name (not "Sylvie Patron")
    return name if looks_like_name(name, allow_single=allow_single) else None


_MEMBER_BADGE = re.compile(r"(?<=\w)\s+(?:Patron|Pro|Supporter|Verified|Moderator|Admin|Member)$")


# A critic's job, written beside the name where a site's name could stand: "JANE OKAFOR | Film Critic".
JOB_TITLE = re.compile(
    r"(?:(?:senior|chief|staff|contributing|freelance|lead|associate|deputy|principal|guest|top)\s+)*"  # "Top Critic": a badge
    r"(?:(?:film|movie|arts?|culture|entertainment|features|cinema|tv|television|streaming|reviews|digital|managing|news)\s+)?"
    r"(?:critic|reviewer|writer|editor|correspondent|contributor|columnist|journalist)s?",
    re.IGNORECASE,
)


_ABOUT_NAME = re.compile(rf"^about\s+{NAME}\s*:\s", re.IGNORECASE)  # an author box: "About Jane Okafor: Jane has written ..."
# "Jane Okafor, Contributing Writer", "Jane Okafor — film critic, The Lagos Ledger".
_NAME_THEN_JOB = re.compile(
    rf"^{NAME}(?:\s+['’]\d\d)?\s*(?:,|\s[|·•–—-])\s*(?:(?:the|our)\s+)?(?:{JOB_TITLE.pattern})\b(?:\s*(?:,|\bat\b|\bfor\b)\s*(?P<outlet>[A-Z][\w&'’. -]{{1,40}}?))?\s*$",
    re.IGNORECASE,
)


def _outlet(raw: str) -> str | None:
    outlet = " ".join(raw.strip().strip(".,;:").split())
    outlet = _FESTIVAL_EDITION_YEAR.sub("", outlet)  # "Lakeshore International Film Festival 2024": the festival
    return outlet if 2 <= len(outlet) <= 60 and outlet[0].isupper() and not JOB_TITLE.fullmatch(outlet) else None


def _content(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


@lru_cache(maxsize=4096)  # the critic and the outlet searches read the same lines
def _byline_line(line: str) -> tuple[str, str | None] | None:
    """(critic, outlet or None) from an explicit byline."""
    # "★★★★  Review by X": a diary entry's stars, then its byline; "— a film diary by X —" between dashes
    text = line.strip().strip("*_ ").lstrip("—–-★☆½ ").rstrip("—– ")
    if (speaks := _CRITIC_SPEAKS.match(text)) and (name := _person(speaks["name"])):
        return name, None  # the critic's first words follow on the same line
    # prose, not a byline: a byline's first cell is short ("Posted by X at 11:02 AM    4 comments    [Share]")
    if len(re.split(r"[|·•]|\s{3,}", text, maxsplit=1)[0].split()) > 16:
        return None
    if text.startswith("(") and (match := _PAREN_BYLINE.match(text)):
        name = _person(match["name"], allow_single=True)
        return (name, None) if name else None
    for pattern in (_BYLINE, _BY_ABROAD, _POSTED_ON_BY, _POSSESSIVE_REVIEW, _REPORTS_FROM, _NAME_WRITES, _TAGLINE_BY, _TAGLINE_WITH, _NAME_THEN_JOB,
                    _ABOUT_NAME, _SITE_WRITTEN_BY, _REVIEW_BY_ABROAD):
        match = pattern.match(text)
        if match and (name := _person(match["name"])):
            outlet = match.groupdict().get("outlet") or _site_after_comma(text[match.end("name"):])
            return name, _outlet(outlet) if outlet else None
    return None


# A byline written in lower case, alone on its line: "by colm raftery" (not "by the way": a word no English word).
_LOWER_CASE_BYLINE = re.compile(r"^by\s+(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,2})$")
_POSTED_STAMP = re.compile(r"^(?:posted|published|updated)\b", re.IGNORECASE)


def _lower_case_byline(lines: list[str]) -> tuple[str, str] | None:
    """A blog's byline in lower case over its date line: "by colm raftery" / "posted 3 April 2023 in Reviews" (a director's
    "by celine song" under a title has no date line below it)."""
    for line, below in zip(lines, lines[1:]):
        lower = _LOWER_CASE_BYLINE.match(line.strip())
        if lower and lower["name"].islower() and not all(is_common_word(w) for w in lower["name"].split()) \
                and (DATE.match(below.strip()) or _POSTED_STAMP.match(below.strip())):
            if name := _person(title_case(lower["name"])):
                return name, line
    return None


def _site_after_comma(after_name: str) -> str | None:
    """ "By Jane Okafor, The Lagos Ledger": the site after the name's comma (a job, a date or a city is no site)."""
    cell = re.match(r",\s*([^,|·•]{3,60}?)\s*$", after_name)
    return cell.group(1) if cell and _named_site(cell.group(1)) else None


def _named_site(cell: str) -> bool:
    """A cell beside a critic's name that names a site: site-like, with a word of its own ("The Lagos Ledger"), not a
    section ("Film Reviews", "Arts & Culture") or a job ("Film Critic")."""
    return _site_like(cell) and not JOB_TITLE.fullmatch(cell) and not _JOB_AT_END.search(cell) \
        and not all(is_common_word(w) for w in re.findall(r"[A-Za-z]+", cell))


_JOB_AT_END = re.compile(rf"\s(?:{JOB_TITLE.pattern})$", re.IGNORECASE)  # "Sentinel film critic": a short name and a job


def _signed_site(line: str) -> str | None:
    """ "— Jane Okafor, The Lagos Ledger": a closing signature's site."""
    match = _CLOSING.match(line)
    raw = match and (match["dash"] or match["paren"])
    if not raw or "," not in raw:
        return None
    name, _, _ = raw.partition(",")
    return _site_after_comma(raw[len(name):]) if _person(name) else None


def _handle_byline(lines: list[str]) -> tuple[str, str] | None:
    """A byline naming a user by a handle ("Posted by u/quietlumen", "reviewed by halfmoonjude"), in a line or a cell."""
    for line in lines:
        for cell in _CELLS.split(line.strip().strip("*_ ").lstrip("—–- ")):
            if (match := _HANDLE_BYLINE.match(cell)) and _is_handle(match["handle"]):
                return match["handle"], line
    return None


# A byline naming a user by a handle: "Posted by u/quietlumen • 14h", "Original post by desi_projectionist (Member since
# 2011)", "Posted by GhoulishGwen » Sat Aug 16", "— posted by kofi.mensah.writes".
_HANDLE_BYLINE = re.compile(
    r"^(?:(?:original\s+)?post(?:ed)?\s+by|reviewed\s+by|(?:user\s+|member\s+)?review\s+by|written\s+by|words\s+by|by"
    r"|submitted\s+(?:[\w,]+\s+){0,4}?by)\s*:?\s+(?:u/|@)?"  # old Reddit: "submitted 5 days ago by marlowe_reads"
    r"(?P<handle>[A-Za-z][\w.]*\w)(?=\s*(?:$|[»|·•(,★☆]))",  # "Review by mara_vee ★★★½"
    re.IGNORECASE,
)


def _is_handle(word: str) -> bool:
    """A user name rather than a word: with a digit, an underscore or a dot, an inner capital, or a run of letters
    that is no English word ("halfmoonjude", "GhoulishGwen", "kofi.mensah.writes"; not "someone")."""
    if any(ch.isdigit() or ch in "_." for ch in word) or any(ch.isupper() for ch in word[1:]):
        return True
    return word.islower() and len(word) >= 6 and not is_common_word(word)


# A date line of its own without a year, as newsletters print this year's posts: "Feb 18", "18 February".
_YEARLESS_DATE = re.compile(rf"^(?:{MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})$", re.IGNORECASE)


def _under_headline(lines: list[str]) -> tuple[str, str] | None:
    """Medium-style: a name line followed by `7 min read` or a date ("Feb 18" on a newsletter), by the critic's job
    ("Streaming Editor"), or by the review's first paragraph when the name is written nowhere else and a headline stands
    above it (a film named for a person is named again in the prose; a first line is the headline itself)."""
    prose_above = False  # a paragraph above the line: the review has begun
    for i, (line, nxt) in enumerate(zip(lines[:MENU_AND_HEADER_LINES], lines[1 : MENU_AND_HEADER_LINES + 1])):
        bare = _HANDLE.sub("", line)
        dated = _READ_STAMP.match(nxt) or DATE.match(undated := _DATE_LABEL.sub("", nxt.strip())) or _YEARLESS_DATE.match(undated) \
            or JOB_TITLE.fullmatch(nxt.strip())
        opens_body = i > 0 and not prose_above and len(nxt.split()) >= PROSE_LINE_WORDS
        if (dated or opens_body) and not _DASHED_CELLS.search(bare) and (name := _person(bare)):
            if dated or not any(name in other for k, other in enumerate(lines) if k != i):
                return name, line  # (a line of cells over the date is a masthead: "Ghostlight Film Society — Members' Blog")
        prose_above = prose_above or len(line.split()) >= PROSE_LINE_WORDS
    return None


def _byline_cells(lines: list[str]) -> tuple[str, str] | None:
    """A header line of cells, one a labelled byline ("Film critic: X"), or one a person's name and another a date or
    a social handle."""
    # the header's lines of cells, however many one-item menu lines come first
    header = [line for line in lines[:MENU_AND_HEADER_LINES] if len(line.split()) > 3][:HEADER_LINES]
    for line in header:
        if "|" not in line and "·" not in line and "•" not in line and " — " not in line and " – " not in line or len(line) > SHORT_LINE_CHARS:
            continue
        cells = [c for c in _DASHED_CELLS.split(line.strip()) if c]
        if _LETTERS_SECTION.match(cells[0]):
            continue  # "MAILBAG — Tom Gallagher writes:"
        if labelled := next((found for c in cells[1:] if (found := _byline_line(c))), None):
            return labelled[0], line  # "Broadcast Friday 6 June · Presenter: X · Film critic: Y"
        if len(line) > 100:
            continue
        # a shouted cell is a masthead; a site's name ("The Lagos Ledger") is no person
        names = [n for c in cells if not c.isupper() and not _site_like(bare := _HANDLE.sub("", c)) and (n := _person(bare))]
        if len(names) == 1 and any(DATE.match(d := _DATE_LABEL.sub("", c)) or _YEARLESS_DATE.match(d) or c.startswith("@")
                                   or c.casefold() == "follow" for c in cells):
            return names[0], line
    return None


# "Updated: 17 Jan 2026", "written 2 December 2025, revised 4 December"
_DATE_LABEL = re.compile(r"^(?:(?:last\s+)?updated|published|posted|modified|written|filed)(?:\s+on)?\s*:?\s*", re.IGNORECASE)


def _name_run_into_date(lines: list[str]) -> tuple[str, str] | None:
    """An HTML header line where a byline link and a <time> element run together: "Priya Nair Fri 8 Mar 2024 06.00 GMT"."""
    for line in lines[:HEADER_LINES]:
        if (name := _name_before_date(line)) is not None:
            return name, line
    return None


def _name_before_date(line: str) -> str | None:
    """The person's name a short line opens with when a date follows it directly."""
    words = line.split()
    if not 3 <= len(words) <= 12 or not any(ch.isdigit() for ch in line):
        return None
    for cut in range(2, min(5, len(words) - 1)):
        if DATE.match(" ".join(words[cut:])) and not words[cut - 1].endswith((",", ":")):
            # no English word in it ("Berlinale Dispatch 12 Feb 2024" is a heading); text pages are not asked at all,
            # since a diary line there is a film and its date ("Sunflower Protocol 12 March 2024")
            return _person(" ".join(words[:cut])) if not any(is_common_word(w) for w in words[:cut]) else None
    return None


_FORUM_USER = re.compile(r"^@?(?P<user>[A-Za-z][\w.-]{2,30})$")
_FORUM_STATS = re.compile(r"(?:^|[|·•]\s*)(?:posts|joined|member since|registered|reputation|karma|messages)\b", re.IGNORECASE)
_FORUM_RANK = re.compile(r"^(?:(?:senior|junior|full|new|active|veteran|regular)\s+)?(?:member|moderator|admin|administrator|newbie|"
                         r"veteran|regular|contributor|lurker|guest|staff)$", re.IGNORECASE)
_THREAD_STARTER = re.compile(r"^(?:thread starter|(?:thread\s+|topic\s+)?started by|original poster)\s*:?\s*(?P<user>[^\s|·•,]+(?:\s[A-Z][\w'-]+)?)", re.IGNORECASE)
# A post's header: phpBB's "#1  Postby noirhound77 » Tue Jan 16" or "by madzia_n » Mon Mar 10", "Reply #2 — Bashir_Y (5 December)".
_POST_HEADER = re.compile(r"^(?:#\d+\s+)?(?:post(?:ed)?\s*)?by\s+(?P<user>[^\s»]+)\s*»|^(?:reply\s*#?\d+|re:)\s*[—–:-]?\s*(?P<reply>\S*)",
                          re.IGNORECASE)


_POST_NUMBER = re.compile(r"^#\d+\s+")


def _forum_poster(lines: list[str]) -> tuple[str, str] | None:
    """A forum thread's first poster: the name signing the first post ("— Magdalena Nowak · ...", "Bashir Yusuf"),
    else the user name heading it (`Thread starter: X`, a name over the forum's `Posts: 847 | Joined: 2019` line,
    `#1 Postby X » date`)."""
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        user = None
        if match := _THREAD_STARTER.match(line):
            user = _person(match["user"]) or _forum_user(match["user"])
        elif (match := _POST_HEADER.match(line)) and match["user"]:
            user = _person(match["user"]) or _forum_user(match["user"])
        elif _FORUM_STATS.search(nxt) or (_FORUM_RANK.match(nxt) and _FORUM_STATS.search(lines[i + 2] if i + 2 < len(lines) else "")):
            line = _POST_NUMBER.sub("", line)  # "#1  gravelord_77"
            user = None if _FORUM_RANK.match(line) else _person(line) or _forum_user(line)
        if user:
            return _first_post_signature(lines[i + 1:]) or (user, line)
    return None


def _first_post_signature(after_header: list[str]) -> tuple[str, str] | None:
    """A full name signing the first post, in its last lines before the first reply: "— Magdalena Nowak · "Kino to
    życie"", "Piotr Wasilewski | film nerd, Kraków", or a name line of its own."""
    post = [line for line in after_header if any(ch.isalpha() for ch in line)]
    first_prose = next((j for j, line in enumerate(post) if len(line.split()) >= 8), len(post))
    first_reply = next((j for j, line in enumerate(post) if j > first_prose and _POST_HEADER.match(line)), len(post))
    for line in reversed(post[max(0, first_reply - FORUM_SIGNATURE_LINES):first_reply]):
        first_cell = _CELLS.split(line.lstrip("—–- ").strip(), maxsplit=1)[0]
        if len(line.split()) <= 24 and (name := _person(first_cell)) and " " in name:
            return name, line
    return None


def _forum_user(line: str) -> str | None:
    """A user name such as `filmi_anjali` or `boxofficebarry` (one token, not a word of the page's furniture)."""
    match = _FORUM_USER.match(line)
    return match["user"] if match and not is_boilerplate_line(line) and not _FORUM_RANK.match(line) else None


def _bio_sentence(lines: list[str]) -> tuple[str, str, str | None] | None:
    """(critic, line, outlet or None) from a closing bio sentence naming the critic's job."""
    tail = lines[-BIO_LINES:]
    for i, line in enumerate(tail):
        # a printed page wraps its lines: "Lorcan Tierney is the Examiner's film" / "critic. He has covered ..."
        wrapped = i + 1 < len(tail) and not line.endswith((".", "!", "?")) and tail[i + 1][:1].islower()
        for text in (line, f"{line} {tail[i + 1]}") if wrapped else (line,):
            if (match := _BIO_SENTENCE.match(text)) and (name := _person(match["name"])):
                outlet = match["outlet"] or match["site"] or match["employer"]  # what a critic "writes" may be a column
                return name, text, _outlet(outlet) if outlet else None
    return None


_NAME_BESIDE_HANDLE = re.compile(r"^(?P<name>[^@|·•]{3,40}?)\s{2,}(?P<handle>@[\w.]{3,30})$")


def _name_over_own_handle(lines: list[str]) -> tuple[str, str] | None:
    """A diary site's entry header: the member's name, then their own handle ("Benedikt Sørlie" / "@benediktsorlie"),
    the handle spelling the name's letters."""
    for i, line in enumerate(lines[: min(len(lines) - 1, MENU_AND_HEADER_LINES - 1)]):
        handle = lines[i + 1].strip()
        name_line = line.strip()
        if beside := _NAME_BESIDE_HANDLE.match(name_line):  # "Sun-hee Park   @sunheewatches" on one line
            name_line, handle = beside["name"], beside["handle"]
        if handle.startswith("@") and " " not in handle and (name := _person(name_line)):
            if (letters := _letters(name)) and letters[:6] in _letters(handle):
                return name, line
    return None


# A social post's author line: the name, maybe an emoji, then the handle, maybe the date ("Nadia Kowalchuk 🎞️
# @nadiak.bsky.social · Feb 9"); or a group post's ("Kwabena Owusu-Ansah ▸ GHANA MOVIE LOVERS ASSOCIATION").
_POST_AUTHOR = re.compile(r"^(?P<name>[^@|·•▸]{3,40}?)[^\w@|·•▸]{1,12}(?P<handle>@[\w.]{3,40})(?:\s*·.*)?$")
_GROUP_POST_AUTHOR = re.compile(r"^(?P<name>[^@|·•▸]{3,40}?)\s+▸\s+(?=[A-Z0-9\W]{6})[^▸]+$")  # one ▸, a shouted group (no breadcrumb)


def _social_post_author(lines: list[str]) -> tuple[str, str] | None:
    """The author of a social post or thread: the name beside a handle that spells it, or beside the same handle over
    two posts or more (a thread: "Karan Sethi 🎬 @bollybhai_reviews"); the poster of a group's post."""
    header = [line.strip() for line in lines[:MENU_AND_HEADER_LINES]]
    for line in header:
        if (group := _GROUP_POST_AUTHOR.match(line)) and (name := _person(group["name"])):
            return name, line
        if not (post := _POST_AUTHOR.match(line)) or not (name := _person(post["name"])):
            continue
        handle = post["handle"]
        letters = _letters(name)
        if letters[:6] in _letters(handle) or sum(handle in other and other.startswith(post["name"]) for other in lines) >= 2:
            return name, line
    return None


def _letters(text: str) -> str:
    """The text's letters, folded to a-z: "Benedikt Sørlie" -> "benediktsorlie"."""
    return re.sub(r"[^a-z]", "", fold(text).casefold())


_ABOUT_THE_AUTHOR = re.compile(r"^about\s+the\s+(?:author|writer|critic|reviewer)\s*:?$", re.IGNORECASE)
_NAME_OPENS_BIO = re.compile(rf"^{NAME}\s+(?:is|was|has|writes|wrote|lives|teaches|grew|began|started|runs|edits)\b")


def _about_the_author(lines: list[str]) -> tuple[str, str] | None:
    """The person an "About the author" box's paragraph opens with: "ABOUT THE AUTHOR" / "Lucinda Marr has been
    writing about horror since she was fourteen ..." (wherever the box stands: related posts and comments may follow)."""
    for i, line in enumerate(lines[:-1]):
        if _ABOUT_THE_AUTHOR.match(line.strip()) and (match := _NAME_OPENS_BIO.match(lines[i + 1].strip())):
            if name := _person(match["name"]):
                return name, lines[i + 1]
    return None


def _closing(lines: list[str]) -> tuple[str, str] | None:
    """A name closing the review: `(Aluna)`, `— Jane Doe`, a name line above a bio, a bare last line."""
    tail: list[str] = []  # the last CLOSING_LINES lines that are not site furniture, in page order
    for line in reversed(lines):
        if len(tail) == CLOSING_LINES:
            break
        if not is_boilerplate_line(line) or _PAREN_BYLINE.match(line):
            tail.insert(0, line)
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i]
        after_quote = i > 0 and (tail[i - 1][:1] in _QUOTE_MARKS or tail[i - 1].rstrip()[-1:] in _QUOTE_MARKS)
        if match := _CLOSING.match(line):
            raw = _JOB_AFTER.sub("", match["dash"] or match["paren"])  # "— Reginald Achebe, Programme Secretary"
            if not after_quote and (name := _person(raw, allow_single=match["paren"] is not None)):
                return name, line
            continue
        if line.endswith((".", "!", "?", ":")):
            continue
        if (signed := _NAME_COMMA_SITE.match(line)) and _named_site(signed["site"]) and (name := _person(signed["name"])):
            return name, line  # "Noor Haddad, The Ashcombe Herald"
        is_last = i == len(tail) - 1
        followed_by_bio = i == len(tail) - 2 and _is_bio(tail[-1], line)
        in_a_list = i == 0 or _person(tail[i - 1]) is not None  # the last entry of a cast list is no signature
        signed_off = i > 0 and tail[i - 1].endswith(",") and len(tail[i - 1].split()) <= 6  # "See you next Sunday,"
        if (is_last or followed_by_bio or signed_off) and not in_a_list and (name := _person(line)):
            return name, line
    return None


def _signed_with_date(lines: list[str]) -> tuple[str, str] | None:
    """ "Clara Vogt-Mensah, 12.03.2024" right under the review's last paragraph: its signature and date, though a
    readers' rating widget and other sections follow."""
    for i in range(1, len(lines)):
        if len(lines[i]) <= SHORT_LINE_CHARS and (match := _NAME_COMMA_DATE.match(lines[i].strip())) \
                and DATE.match(match["date"]) and len(lines[i - 1].split()) >= PROSE_LINE_WORDS \
                and lines[i - 1].rstrip().endswith((".", "!", "?")) and not is_common_word(match["name"].split()[0].lower()) \
                and (name := _person(match["name"])):  # (not a dateline: "New York, March 3", "Opening Friday, March 8")
            return name, lines[i]
    return None


_NAME_COMMA_DATE = re.compile(r"^[—–-]?\s*(?P<name>[^\W\d_][^,|·\d]{2,40}?),\s+(?P<date>\S.{5,30})$")


_RULE = re.compile(r"^[=_*~-]{5,}$")


def _signed_above_rule(lines: list[str]) -> tuple[str, str] | None:
    """ "— Nell Adair" over a rule ("=====") that parts the review from the page's other sections: the review's
    signature, though those sections follow it. Not a quotation's source: the line above ends a sentence of prose."""
    for i in range(1, len(lines) - 1):
        if (_RULE.match(lines[i + 1].strip()) and (match := _CLOSING.match(lines[i].strip())) and match["dash"]
                and lines[i - 1].rstrip().endswith((".", "!", "?", ".)")) and lines[i - 1][:1] not in _QUOTE_MARKS
                and (name := _person(_JOB_AFTER.sub("", match["dash"])))):
            return name, lines[i]
    return None


_JOB_AFTER = re.compile(r",\s+(?:[A-Z][\w'’-]*\s*){1,4}$")
_NAME_COMMA_SITE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?P<site>[A-Z][\w&'’. -]{2,50})$")


def _is_bio(paragraph: str, name_line: str) -> bool:
    """A bio paragraph under a name line, or the name's job alone ("Film critic")."""
    first = name_line.split()[0]
    words = paragraph.split()
    return 3 <= len(words) <= 160 and (first in words[:3] or bool(_BIO_CUES.search(paragraph))) or bool(JOB_TITLE.fullmatch(paragraph.strip(" .")))


def _critic(document: Document, lines: list[str], bio: tuple[str, str, str | None] | None) -> tuple[str, str] | None:
    review = document.metadata.get("schema_review")
    if isinstance(review, dict) and isinstance(review.get("author"), str):
        if name := _person(review["author"], allow_single=True):
            return name, str(review.get("evidence") or "schema.org Review author")
    author = document.metadata.get("author")
    if isinstance(author, str):
        explicit = next(((found[0], line) for line in lines if _REVIEW_BY.match(line) and (found := _byline_line(line))), None)
        if explicit and explicit[0].casefold() != author.casefold():
            return explicit  # "Review by Graham Okoye" over the meta author, a web producer who posted it
        if name := _person(author):
            return name, f'<meta name="author" content="{author}">'
    deferred = None
    for line in lines:
        if found := _byline_line(line):
            if _EDITOR_SIGN_OFF.search(line):
                deferred = deferred or (found[0], line)  # "— Eleni Papadaki, editor" handing over to "by Nikos Theodorou"
                continue
            return found[0], line
    if deferred:
        return deferred
    if found := _given_name_byline(lines) or _about_the_author(lines):
        return found
    for read in (_under_headline, _byline_cells, _forum_poster, _handle_byline, _name_over_own_handle, _social_post_author,
                 _lower_case_byline):
        if found := read(lines):
            return found
    if document.is_html and (found := _name_run_into_date(lines)):
        return found
    above_comments = lines[: comments_start(lines, comments_opening(document.metadata))]  # readers sign comments with their own names
    if isinstance(marked := document.metadata.get("marked_author"), str) and (found := _marked_author(marked, above_comments)):
        return found
    related = related_list_lines(above_comments)  # "Also on the site" lists other articles, not the signature
    if found := _closing([line for i, line in enumerate(above_comments) if i not in related]):
        return found
    if found := _signed_above_rule(above_comments) or _signed_with_date(above_comments):
        return found
    if bio:
        return bio[0], bio[1]
    for line in lines[:MENU_AND_HEADER_LINES]:  # show notes: "Host X is joined by returning guest critic Amara Nwosu"
        if (guest := _GUEST_CRITIC.search(line)) and (name := _person(guest["name"])):
            return name, line
    short = [line for line in reversed(lines) if len(line) <= SHORT_LINE_CHARS]
    for line in short:
        if ('"' in line or "“" in line) and (match := _SIGNATURE.match(line)):
            if name := _person(match["name"]):
                return name, line
    for line in short:
        if (held := _copyright_holder(line)) and not _site_like(holder := _holder(held)) and (name := _person(holder)):
            return name, line  # "© 2024 Jane Okafor": a personal blog's owner
    return None


_EDITOR_SIGN_OFF = re.compile(r",\s+(?:the\s+)?(?:editor|editor-in-chief|managing\s+editor)\s*$", re.IGNORECASE)


def _given_name_byline(lines: list[str]) -> tuple[str, str] | None:
    """A byline with a given name only ("Posted by Vlad at 8:42 PM", "Publié le 3 décembre par Bastien") and the one
    full name on the page that opens with it: the blog's profile ("About me / Vlad Munteanu") or the post's signature."""
    for line in lines:
        text = line.strip()
        match = _BYLINE.match(text) or _POSTED_ON_BY.match(text)
        given = match["name"].split()[0] if match else None
        if not given or not given[0].isupper() or is_common_word(given):
            continue
        full = {name for other in lines if len(other) <= SHORT_LINE_CHARS and (name := _person(other)) and len(name.split()) >= 2
                and name.split()[0].casefold() == given.casefold()}
        if len(full) == 1:
            return full.pop(), line
        return None
    return None


_COMPANY_REGISTRATION = re.compile(r"\bregistered\s+(?:in|office)\b|\bcompany\s+(?:no\b|number|reg)", re.IGNORECASE)


def _site_like(raw_holder: str) -> bool:
    """A copyright holder that names a site or a company ("The Lagos Ledger", "Fringeline Media Ltd.", "reelgram.com"),
    not a person."""
    holder = _site_name(raw_holder)
    if _SITE_WORDS.search(holder) or _CAMEL_OR_DOMAIN.fullmatch(holder):
        return True
    if holder.split()[:1] == ["The"] and _person(holder) is None:
        return True  # "The Rio Reel": no person's name
    if holder != raw_holder.strip(" .") and _COMPANY_TAIL.search(raw_holder.split(".")[0] + "."):
        return True  # "Fringeline Media Ltd."
    return bool(_COMPANY_REGISTRATION.search(raw_holder))  # "Boxline. Registered in England and Wales, company no. 01845532"


def _holder(raw: str) -> str:
    """The owner named by a copyright line, without years, "by" or "all rights reserved"."""
    holder = re.sub(r"\ball rights reserved\b\.?", "", raw, flags=re.IGNORECASE)
    holder = re.sub(r"\b(?:18|19|20)\d\d\b(?:\s*[-–]\s*(?:18|19|20)\d\d)?|^\s*by\b|[©]|\(c\)", "", holder, flags=re.IGNORECASE)
    return holder.strip(" .,|-–")


# A company's legal tail after a site's name ("Paper Lantern Magazine Ltd", "The Northern Courier and Media Ltd"),
# and where a copyright line's holder ends ("The Rio Reel. Independent film journalism").
_COMPANY_TAIL = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:media|ltd|limited|inc|llc|fz-?llc|fze|llp|gmbh|plc|(?-i:S\.?A|S\.?R\.?L|B\.?V)|pty|group|publishing|publications|holdings|newspapers?|communications|corp|corporation)\.?)+$", re.IGNORECASE)
_HOLDER_END = re.compile(r"\.\s+(?=[A-Z])|\s+[|·•]\s+|\s+[–—-]\s+")
MASTHEAD_WORDS = 7
MASTHEAD_LINES = 4  # a masthead stands above or just below the headline and the byline
FOOTER_LINES = 5
# A newspaper's or magazine's name: a word no film title is likely to end a masthead line with.
_PRESS_NAME = re.compile(r"\b(?:times|journal|herald|tribune|gazette|courier|chronicle|telegraph|dispatch|ledger|sentinel|examiner|"
                         r"bulletin|register|magazine|weekly|quarterly|monthly|newsletter|zine)$", re.IGNORECASE)
# A blog platform's footer: the page's first line is the blog's name ("Powered by Blogger.", "Proudly powered by WordPress").
_POWERED_BY = re.compile(r"\bpowered by (?:blogger|wordpress|ghost|tumblr)\b", re.IGNORECASE)
# a year or runtime cell: "2024 | Drama | 1h 44m", "Ukraine/Poland, 2024, 166 min"
_FILM_CELL = re.compile(r"(?:^|[|·•,])\s*(?:(?:19|20)\d\d|\d+\s*h(?:\s*\d+\s*m)?|\d+\s*min)\s*(?:[|·•,]|$)")
# A cell that only a site's masthead carries: a tagline in lower case, an issue or edition, a section.
_SITE_CELL = re.compile(r"(?:an?|the|notes|films?|movies?|reviews?)\s+[a-z]+(?:\s+\S+)+$|(?i:(?:\w+\s+)?(?:issue|edition)\b.*|arts\b.*|culture\b.*"
                        r"|.*\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[89]|20)\d\d\b.*)$")  # "... since 2009", "Est. 1887"
# Companies whose copyright line closes the video and audio pages they host: never the channel's or the show's outlet.
# (A post's platform, "Reddit" or "Tumblr", stays: readers name a post by where it was published.)
_HOSTING_COMPANIES = frozenset({"google", "youtube", "tiktok", "bytedance", "vimeo", "twitch", "spotify", "apple"})
_PLATFORMS = frozenset({"medium", "substack", "blogger", "blogspot", "wordpress", "wordpress.com", "tumblr", "ghost"})  # hosts of publications
_NAVIGATION = frozenset({"home", "menu", "search", "navigation", "main menu", "skip to content", "log in", "sign in", "subscribe", "back",
                         "follow", "dashboard", "sign up", "open in app", "write"})
_EDITION_AFTER = re.compile(r"\s(?:[|·•–—»]|-)\s+(?:[\w-]+\s+)?(?i:edition)\s*$")
_PAGE_TITLE_SITE = re.compile(r"\s(?:[|·•–—»]|-)\s+(?P<site>[^|·•–—»]{2,60})$")


def _site_name(holder: str) -> str:
    """A copyright holder or masthead as the site's name: its first sentence, without a company's legal tail."""
    name = _HOLDER_END.split(holder.strip(), maxsplit=1)[0]
    name = _PARENT_COMPANY.sub("", name.strip())  # "Harlow Examiner, a Lakeshore Media company"
    name = _COMPANY_TAIL.sub("", name.strip()).strip(" .,")  # ("The Evening Ledger Ltd 2025.": its year already cut)
    # a charity that publishes it: "The Ashbury Review Trust" (not "The Film Foundation": a name of its own)
    owner = _OWNER_TAIL.sub("", name)
    return owner if len([w for w in owner.split() if w.lower() != "the"]) >= 2 and _SITE_WORDS.search(owner) else name


_OWNER_TAIL = re.compile(r"\s+(?:trust|foundation|charity|cic)$", re.IGNORECASE)


_FESTIVAL_EDITION_YEAR = re.compile(r"(?:(?<=festival)|(?<=biennale)|(?<=berlinale))\s+(?:19|20)\d\d$", re.IGNORECASE)
_PARENT_COMPANY = re.compile(r",\s+(?:a|an|part\s+of)\s+[^,]{2,50}?(?:\s+(?:company|group|title|publication|brand))?$"
                             r"|,\s+(?:published|owned|operated)\s+by\s.*$"  # "The Connacht Sentinel, published by ... Ltd"
                             rf"|,\s+(?:P\.?\s?O\.?\s+Box\s|{_STREET}).*$", re.IGNORECASE)  # "The Friday Reel, PO Box 4471, Bristol"


_SITE_TAGLINE = re.compile(r"\b(?:(?:film|movie)\s+reviews?|newsletter|magazine|zine|blog|podcast)\b", re.IGNORECASE)
# A tagline line under a masthead saying what the site is: "A weekly letter about patient films, by X", "A blog on
# Korean cinema".
_TAGLINE_LINE = re.compile(
    rf"^(?:an?\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_PUBLICATION_KINDS}|magazine|site|website)"
    r"|(?:film|movie)\s+reviews?)\s+(?:about|on|for|of|by|from)\b",  # "Film reviews from Hamburg"
    re.IGNORECASE,
)
_ISSUE_LINE = re.compile(r"^(?:(?:issue|no\.|vol\.|volume|edition)\s*#?\s*\d|(?:print|digital|weekend|online)\s+edition\b)", re.IGNORECASE)


def _prose_lines(lines: list[str], besides: str) -> list[str]:
    """The page's lines of prose, where a film's title would be named (not `besides`, a footer or a copyright line)."""
    return [line for line in lines if line != besides and len(line.split()) >= 8 and "©" not in line and not _COPYRIGHT.match(line)]


def _times_named(forms: tuple[str, ...], prose: list[str]) -> int:
    """How often the prose names a name, counting each line's most frequent written form."""
    return sum(max(line.count(form) for form in forms) for line in prose)


def _menu_or_issue(line: str) -> bool:
    """A site's menu or breadcrumb of three or more short cells ("Things to do · Food & Drink · Music · Film",
    "Forums › World Cinema › Lithuanian & Baltic Cinema"), or an issue line ("Issue #87: ..."), under a masthead."""
    if _ISSUE_LINE.match(line):
        return True
    cells = [c for c in _CELLS.split(line) if c.strip()]
    return len(cells) >= 3 and ":" not in line and not _FILM_CELL.search(line) and all(len(c.split()) <= 4 for c in cells)


def _furniture_follows(line: str) -> bool:
    """What follows a site's masthead: a menu ("Films  Diary  Lists", "Subscribe  Sign in"), a byline, or a tagline
    ("notes on European cinema, mostly from the back row")."""
    if _FILM_CELL.search(line):
        return False  # "2024 | Drama | 1h 44m", "Chile, 2024 · 104 min": the film's metadata under its title
    cells = [c for c in _CELLS.split(line) if c]
    menu = len(cells) >= 2 and ":" not in line and all(len(c.split()) <= 3 for c in cells)  # "Genre: Thriller | ..." is the film's
    if is_boilerplate_line(line) or menu or _byline_line(line):
        return True
    words = line.split()
    return len(words) <= 14 and line[-1] not in ".!?" and any(w.islower() for w in words[1:])


# A newsletter's e-mail header lines above its masthead: "From: Slow Cinema Letters", "Subject: ...", "View this email in
# your browser".
_EMAIL_HEADER = re.compile(rf"^(?:(?:{MAIL_FIELDS}|subject)\s*:\s|view (?:this|it|the) (?:e-?mail|newsletter|issue) in (?:your|a|the) browser)", re.IGNORECASE)


_PLATFORM_BAR = re.compile(PLATFORM_BAR, re.IGNORECASE)  # "[Blogger navbar] Next Blog» Create Blog Sign In"
_LABELLED_FIELD = re.compile(r"^[A-Z][a-z]+:\s+\S")


_SKIP_LINK = re.compile(rf"^{SKIP_LINK}$", re.IGNORECASE)


_WEATHER = re.compile(r"-?\d{1,3}\s?°\s?[CF]\b")


def masthead(document: Document) -> tuple[str, str] | None:
    """The site's name opening the page ("KINO NOTEBOOK", "The Harbor Ledger"), when the page confirms it is the
    site: the page names it again outside its prose (a footer, the HTML title), or menus and a tagline follow it.
    A name the prose uses twice is not the site's (a film title opening a page is named in the review).
    Below the first line (a breadcrumb, a headline, a byline), only a line with a site's own cell ("The Westmarch
    Courier — Arts", "Screen Riviera — festival coverage since 2009") is a masthead.
    Most pages open on no masthead: their first lines are judged before the rest of the page is read."""
    # (a rule of dashes or a platform's bar above the masthead is no line)
    # (nor is a link to skip to the content, "Skip to main content", above the site's name)
    opening = (stripped for stripped in map(str.strip, document.lines) if any(ch.isalnum() for ch in stripped)
               and not (_EMAIL_HEADER.match(stripped) or _PLATFORM_BAR.match(stripped) or _SKIP_LINK.match(stripped)))
    content_above = False
    for index, line in zip(range(MASTHEAD_LINES), opening):
        if is_boilerplate_line(line) or _WEATHER.search(line):
            continue  # (a weather widget, "Calder Valley · 54°F Cloudy", is no content above a masthead)
        if _LABELLED_FIELD.match(line):  # "Guild: Midnight Matinee" (a chat export's header): a field, no masthead
            content_above = True
            continue
        if found := _masthead_line(document, line, below_first=index > 0, below_content=content_above):
            return found
        content_above = True
    return None


def _masthead_line(document: Document, first: str, below_first: bool, below_content: bool) -> tuple[str, str] | None:
    cells = [c for c in _DASHED_CELLS.split(first) if c]
    name = cells[0] if cells else ""
    words = name.split()
    if not name or len(words) > MASTHEAD_WORDS or any(ch.isdigit() for ch in name) or name[-1] in ".!?:,;" or DATE.match(name) \
            or name.lower() in _NAVIGATION or _FILM_CELL.search(first):
        return None
    if len(cells) > 1 and name.lower() in _SECTION_NAMES:
        return None  # "News | Box Office | Reviews | Festivals": a menu's first section, no site
    if len(words) >= 3 and all(w.lower() in _MENU_WORDS for w in words):
        return None  # "Reviews Interviews Lists Podcast About": a menu whose cells lost their separators
    lower_case = name.islower()  # "somewhere between frames": only the page's HTML title can confirm it
    if not lower_case and not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&", "a", "on", "in", "for", "by", "at", "to", "with")
                                  for w in words):
        return None
    if any(JOB_TITLE.fullmatch(c.strip()) for c in cells[1:]):
        return None  # "AROHA NGATA | Film Critic": a byline
    site_cell = any(_SITE_CELL.match(c) for c in cells[1:])
    press_name = bool(_PRESS_NAME.search(name))  # "The Lagos Ledger", "THE WESTMARCH COURIER"
    if below_first and not site_cell and not ((lower_case or press_name) and not below_content):
        return None
    lines = _content(document.lines)
    key = name.casefold()
    after = lines.index(first) + 1
    # A menu of three or more cells or an issue line under it, or a tagline saying what the site is, makes it a site
    # however often the page names it; otherwise a name the prose uses twice is a film title opening the page.
    # (a short tagline may stand between: "THE POPCORN INDEX" / "honest reviews, measured in snacks" / "Reviews | Podcast | Shop")
    declared = after < len(lines) and (_menu_or_issue(lines[after]) or bool(_TAGLINE_LINE.match(lines[after]))
                                       or after + 1 < len(lines) and len(lines[after].split()) <= 8 and _menu_or_issue(lines[after + 1])) \
        or any(_SITE_TAGLINE.search(c) for c in cells[1:])
    prose = _prose_lines(lines, first)
    # a title is written capitalised in prose ("Frame by Frame", not "frame by frame"); a bio names the site once
    if not declared and _times_named((name, title_case(name)), prose) >= 2:
        return None
    page_title = document.metadata.get("title")
    site_in_title = isinstance(page_title, str) and (
        bool((m := _PAGE_TITLE_SITE.search(page_title)) and m["site"].strip().casefold() == key)
        or re.match(rf"{re.escape(name)}\s*[:|–—-]\s", page_title) is not None  # Blogger's "Site: Post title"
    )
    in_prose = set(prose)
    named_again = site_in_title or any(key in line.casefold() for line in lines if line != first and line not in in_prose)
    # "Quarry Road | 2024 | 1h 48m" is the film's; "KINO KORNER ~ a little zine about big movies ~ issue 31" the site's
    # (after a dash only a tagline, issue or section says so: "Letters to Tlaloc — Festival Dispatch" is a headline)
    menu_cells = len(_CELLS.split(first)) > 1 and not any(ch.isdigit() for ch in first) or site_cell
    if lower_case:  # under menus only (a lower-case line under a headline or a byline is prose), and named by the HTML title
        # or written again, as it is, in a short line outside the prose ("© slow dissolve · built with a text editor")
        # (a tagline under it is not enough: measured, it let a lower-case post's first line through)
        written_again = not below_first and any(name in line for line in lines[after:]
                                                if len(line) <= SHORT_LINE_CHARS and line not in in_prose and line != first)
        return (name, first) if (site_in_title or written_again) and not below_content and len(words) <= 5 else None
    elif not (named_again or menu_cells or press_name or declared or after < len(lines) and _furniture_follows(lines[after])
              or not below_first and any(_POWERED_BY.search(line) for line in lines if len(line) <= SHORT_LINE_CHARS)):
        return None
    outlet = title_case(name) if name.isupper() and len(name) > 3 else name
    return (outlet, first) if (outlet := _outlet(_site_name(outlet))) else None


_SECTION_NAMES = frozenset("film films movie movies review reviews cinema arts art culture entertainment news home blog features tv "
                           "local world business sports sport opinion politics lifestyle obituaries".split())
_MENU_WORDS = _SECTION_NAMES | frozenset("interviews lists podcast podcasts about contact shop archive archives search subscribe "
                                          "newsletter festivals streaming games music books events video videos".split())
_TITLE_LEAD_SITE = re.compile(r"^(?P<site>[^:|–—»]{2,60}):\s+(?=.*\breview\b)", re.IGNORECASE)  # Blogger: "Site: Title review"


_MENU_CELL_BREAK = re.compile(r"\s[·|•]\s")


def _page_title_site(document: Document, lines: list[str], critic: str | None) -> tuple[str, str] | None:
    """The site's name as the HTML <title> gives it after the headline ("Quarry Road review | The Lagos Ledger"), or
    before it on Blogger ("The Lagos Ledger: Quarry Road review"): not a section ("Film", "Reviews"), not the critic,
    not a name the prose uses twice (a film's title)."""
    page_title = document.metadata.get("title")
    if not isinstance(page_title, str):
        return None
    page_title = _EDITION_AFTER.sub("", page_title)  # "... | El Observador de Antioquia – English Edition"
    match = _PAGE_TITLE_SITE.search(page_title) or _TITLE_LEAD_SITE.match(page_title)
    # the last cell after hyphens too: "The Weeping Canal (2025) - User review by xochi - MovieBase"
    site = match and _site_name(match["site"].rsplit(" - ", 1)[-1])
    if not site or "review" in site.lower() or set(re.findall(r"[a-z]+", site.lower())) <= _SECTION_NAMES or (
        critic is not None and site.casefold() == critic.casefold()
    ):
        return None
    # footers count here ("© The Lagos Ledger ..."); a menu of links or a cookie notice does not ("Get the MovieBase App · Help")
    prose_like = [line for line in lines if len(line.split()) >= 8 and len(_MENU_CELL_BREAK.findall(line)) < 2 and "cookie" not in line.lower()]
    if _times_named((site,), prose_like) >= 2:
        return None
    return (outlet, f"<title>{page_title}</title>") if (outlet := _outlet(site)) else None


def _outlet_of(document: Document, lines: list[str], critic: str | None, bio: tuple[str, str, str | None] | None) -> tuple[str, str] | None:
    review = document.metadata.get("schema_review")
    if isinstance(review, dict) and isinstance(review.get("publisher"), str) and (outlet := _outlet(review["publisher"])):
        return outlet, str(review.get("evidence") or "schema.org Review publisher")
    if mirrored := _mirrored_from(lines):
        return mirrored  # the page reproduces a review: its outlet is where the review ran, not the mirror site
    site = document.metadata.get("site_name")
    if isinstance(site, str) and site.casefold() not in _PLATFORMS and (outlet := _outlet(site)):
        return outlet, f'<meta property="og:site_name" content="{site}">'
    for index, line in enumerate(lines):  # a logo near the top; a Medium post's "Published in X" line anywhere
        match = (_LOGO.match(line) if index < MENU_AND_HEADER_LINES else None) or _PUBLISHED_IN.match(line) or (
            "published in" in line.lower() and next(  # a cell of the author's bar: "Jonah Feld · Published in X · 8 min read"
                (m for cell in _CELLS.split(line) if (m := _PUBLISHED_IN.match(cell.strip()))), None))
        if match and (outlet := _outlet(match["site"])):
            return outlet, line
    if isinstance(site, str) and (outlet := _outlet(site.capitalize() if site.isalpha() and site.islower() else site)):
        return outlet, f'<meta property="og:site_name" content="{site}">'  # the platform, when no publication on it is named ("reddit")
    for line in lines:
        if (found := _byline_line(line)) and found[1]:
            return found[1], line
    closing = _closing_outlet(lines, critic)
    brand = masthead(document) or _page_title_site(document, lines, critic)
    # the name the site goes by beats its legal name in the footer: "Metro Lens", not "© Metro Lens Digital Ltd.", and
    # "Overlook Weekly" (its <title>), not "© Overlook Media LLC"
    same_name = brand and closing and (closing[0].casefold().startswith(brand[0].casefold() + " ") or (
        brand[0].casefold().startswith(closing[0].casefold() + " ")  # the legal name without the paper's kind
        and len(brand[0].split()) == len(closing[0].split()) + 1 and _PRESS_NAME.search(brand[0]) is not None))
    # ... and its publisher's company, named by a word of it: "Kiosk Weekly" over "© Kiosk Media Ltd, Valletta"
    same_name = same_name or bool(brand and closing and _COMPANY.search(closing[0]) and _shared_name_word(brand[0], closing[0]))
    stated = brand if same_name else closing or brand
    if bio and bio[2] and (critic is None or bio[0] == critic):  # "X is The Sunday Dispatch's chief film critic"
        for named in (stated, brand):  # "the Herald's film critic" on The East Coast Herald
            if named and re.search(rf"(?<!\w){re.escape(bio[2])}(?!\w)", named[0], re.IGNORECASE):
                return named
        return bio[2], bio[1]
    return stated


_COMPANY = re.compile(r"\b(?:Media|Group|Publishing|Publications|Newspapers|Holdings|Communications|Ltd|Limited|LLC|Inc|GmbH|Company)\b")


def _shared_name_word(brand: str, company: str) -> bool:
    """A word of the site's name, not a common one, is a word of the company's: "The Malta Courier", "Courier Media Ltd"."""
    own = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]+", brand) if len(w) > 3 and not is_common_word(w.lower())}
    return bool(own & {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]+", company)})


# A video or podcast transcript: its host names themself and the channel ("Kenji here, welcome back to Cine Ramen",
# "welcome back to Reel Talk, I'm Jomo", a description "hosted by Jomo Kariuki", "Reel Talk with Jomo · 48.2K subscribers").
TIMESTAMP = re.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s|$)")  # "[00:04] ", "12:31 "
_HOSTED_BY = re.compile(r"\b(?:hosted|presented)\s+by\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_HOST_HERE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+here,\s+(?:and\s+)?welcome\s+(?:back\s+)?to\s+(?P<channel>[A-Z][\w&'’ -]{1,40}?)[,.!]"
    r"|\b[Ww]elcome\s+(?:back\s+)?to\s+(?P<channel2>[A-Z][\w&'’ -]{1,40}?),?\s+I['’]m\s+(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
    r"|\b[Ww]elcome\s+(?:back\s+)?to\s+(?P<channel3>[A-Z][\w&'’ -]{1,40}?),\s+the\s+(?:\w+\s+)?(?:podcast|show|channel)\b"
)
# ... or the host's full name in the next sentence of the welcome: "welcome to The Second Reel, the podcast that ... I'm Hollis Brannagh"
_WELCOME_THEN_IM = re.compile(r"\b[Ww]elcome\s+(?:back\s+)?to\s+[A-Z][^.!?]{1,120}[.!?]\s+(?P<intro>I['’]m\s+(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))")
_I_AM_NAME = re.compile(r"\bI['’]m\s+[A-Z][\w'’-]+\s+[A-Z]")
_SUBSCRIBER_COUNT = r"[\d.,]+[KkMm]?\s+subscribers\b"  # "218K subscribers"
_SUBSCRIBERS = re.compile(rf"^{_SUBSCRIBER_COUNT}")
_CHANNEL_CELLS = re.compile(rf"^(?P<channel>[^·|•—]{{2,40}}?)\s*[·|•]\s*{_SUBSCRIBER_COUNT}")
# "@cinemaniaque_lou — YouTube video transcript": the channel's handle, then the platform that hosts it.
_HANDLE_ON = re.compile(r"^@(?P<handle>\w[\w.]{2,30})\s*[—–|·:-]\s*(?P<platform>YouTube|TikTok|Twitch|Vimeo|Instagram)\b")
_VIDEO_PAGE = re.compile(r"\btranscript\b|[\d.,]+[KkMm]?\s+(?:views|subscribers)\b", re.IGNORECASE)


def _video_host(lines: list[str]) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(critic, outlet) of a video or podcast transcript: the host and the channel, as the host or the page names them."""
    if not any(TIMESTAMP.match(line) for line in lines[:40]) and not any(_VIDEO_PAGE.search(line) for line in lines[:3]):
        return None, None
    critic = outlet = None
    one_host = sum(len(_I_AM_NAME.findall(line)) for line in lines[:40]) == 1  # ("I'm Jonah Feld." / "And I'm Amara Nwosu.": two)
    for index, line in enumerate(lines[:40]):
        if outlet is None and index + 1 < len(lines) and _SUBSCRIBERS.match(lines[index + 1]) and (channel := _outlet(line)):
            outlet = channel, line  # the channel's name over its subscriber count
        if critic is None and outlet is None and (m := _HANDLE_ON.match(line)):
            critic, outlet = (m["handle"], line), (m["platform"], line)
        if critic is None and (m := _HOSTED_BY.search(line)) and (name := _person(m["name"])):
            critic = name, line
        if critic is None and one_host and (m := _WELCOME_THEN_IM.search(line)) and (name := _person(m["name"])):
            critic = name, sentence_with(line, m["intro"])  # "... welcome to X, the podcast ... I'm Y"
        if (m := _HOST_HERE.search(line)):
            if critic is None and (m["name"] or m["name2"]) and (name := _person(m["name"] or m["name2"], allow_single=True)):
                critic = name, sentence_with(line, m.group(0))
            if outlet is None and (channel := _outlet(m["channel"] or m["channel2"] or m["channel3"])):
                outlet = channel, sentence_with(line, m.group(0))
        if outlet is None and (m := _CHANNEL_CELLS.match(line)) and (channel := _outlet(m["channel"])):
            outlet = channel, line
    return critic, outlet


# A standfirst naming its critic: "Declan Ferrity finds much to admire and little to love in a handsomely mounted ...".
_STANDFIRST_CRITIC = re.compile(
    rf"^{NAME}\s+(?:finds|found|reviews|watches|weighs\s+up|admires|applauds|salutes|laments|wonders|reckons|is\s+won\s+over|"
    r"is\s+left\s+cold|is\s+unmoved|is\s+bowled\s+over)\b"
)
STANDFIRST_LINES = 12


def _standfirst_critic(lines: list[str]) -> tuple[str, str] | None:
    """The critic a standfirst under the headline names, when the review itself never names them again (an actor in a
    standfirst, "Ana Ruiz finds her best role", is named in the prose)."""
    for line in lines[:STANDFIRST_LINES]:
        if (m := _STANDFIRST_CRITIC.match(line)) and (name := _person(m["name"])):
            if not any(name.split()[-1] in other for other in lines if other != line):
                return name, line
    return None


# A Tumblr page's <title>: "lanternmouth on Tumblr: moth regatta thoughts".
_ON_TUMBLR = re.compile(r"^(?P<handle>[A-Za-z0-9][\w-]{2,40}) on Tumblr\b")


def _blog_handle(document: Document, lines: list[str]) -> tuple[str, str] | None:
    """The blog's handle on a Tumblr page, which signs its posts: from the page's title ("lanternmouth on Tumblr: ..."),
    or a handle line under the site's bar that the page writes again ("velvetcinephile" over the post, "→ velvetcinephile:
    ..." in its list of posts)."""
    title = document.metadata.get("title")
    if isinstance(title, str) and (m := _ON_TUMBLR.match(title)):
        return m["handle"], title
    if not lines or lines[0].casefold() != "tumblr":
        return None
    for line in lines[1:12]:
        if " " not in line and _is_handle(line) and sum(bool(re.search(rf"(?<![\w-]){re.escape(line)}(?![\w-])", other)) for other in lines) >= 3:
            return line, line
    return None


# A chat export's message header: "[08-Mar-25 09:33 PM] okapi_jones", "[2025-03-08 21:33] okapi_jones (mod)".
_CHAT_HEADER = re.compile(r"^\[[\w/.:, -]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\]\s+(?P<user>[^\s\[\]]{2,40})(?:\s+\([^()]{1,20}\))?$")


# A phone chat export's message, its sender on the line: WhatsApp's "12/01/25, 9:31 pm - Ramesh Iyer: Yes we went." or
# "[12/01/2025, 21:31:05] Ramesh Iyer: Yes we went." (a system line has no "Name:": "... - Ramesh Iyer created group").
_CHAT_MESSAGE = re.compile(r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?\]?\s*[-–]?\s*"
                           r"(?P<user>[^:\[\]]{2,40}?):\s(?P<text>.*)$")


def _chat_line(line: str) -> tuple[str, str | None] | None:
    """(sender, text on the line) of a line opening a chat message: a header line of its own (text None) or a phone
    export's message line."""
    if m := _CHAT_HEADER.match(line):
        return m["user"], None
    return (m["user"].strip(), m["text"]) if (m := _CHAT_MESSAGE.match(line)) else None


def _chat_author(lines: list[str]) -> tuple[str, str] | None:
    """The member who wrote most of a chat export (Discord, Slack, WhatsApp), when they wrote more than half its words:
    the review spread over their messages; the others' one-liners are replies."""
    words: dict[str, int] = {}
    first: dict[str, str] = {}
    user = None
    for line in lines:
        if opened := _chat_line(line):
            user, text = opened
            first.setdefault(user, line)
            if text is not None:
                words[user] = words.get(user, 0) + len(text.split())
        elif user is not None:
            words[user] = words.get(user, 0) + len(line.split())
    if len(words) < 2:
        return None
    top = max(words, key=words.__getitem__)
    return (top, first[top]) if words[top] > sum(words.values()) / 2 else None


def others_chat_lines(lines: list[str], author: str) -> set[int]:
    """In a chat export or a forum thread, the indices of the lines (headers included) of messages by members other than
    `author`: their "like a 6.5/10 for me" is theirs. Empty when `author` opens no message (no chat export or thread, or
    another author)."""
    if not any(_message_author(line) == author for line in lines):
        return set()
    others: set[int] = set()
    user = None
    for i, line in enumerate(lines):
        user = _message_author(line) or user
        if user is not None and user != author:
            others.add(i)
    return others


def _message_author(line: str) -> str | None:
    """The member opening a message with this line: a chat export's header or message line, a forum's "Post by X » date"."""
    if opened := _chat_line(line):
        return opened[0]
    return m["user"] if (m := _POST_HEADER.match(line)) else None


def _mirrored_from(lines: list[str]) -> tuple[str, str] | None:
    """Where a review the page reproduces first ran: "Read the full review at X", "(as published in X, ...)"."""
    for line in lines:
        if len(line) <= SHORT_LINE_CHARS and _MIRROR_STEMS.search(line) and (m := _ORIGINALLY.search(line)) \
                and (outlet := _outlet(m["outlet"])):
            return outlet, line
    return None


def _critic_beside_outlet(lines: list[str], outlet: str) -> tuple[str, str] | None:
    """ "Sunil Batra · Bombay Ink": a short line pairing a person's name with the outlet the page names; or, on an
    aggregator's critic card, the name line right above the outlet's own line ("Fiona Mbeki-Carr   Top Critic" over
    "The Northern Lantern")."""
    key = outlet.casefold()
    for i, line in enumerate(lines):
        cells = [c for c in _DASHED_CELLS.split(line) if c] if len(line.split()) <= 10 else []
        if len(cells) >= 2 and any(c.casefold() == key for c in cells):
            names = [n for c in cells if c.casefold() != key and (n := _signer(c))]
            if len(names) == 1:
                return names[0], line
        if (signed := _NAME_COMMA_SITE.match(line.strip())) and signed["site"].strip().casefold() == key and (name := _person(signed["name"])):
            return name, line  # "Noor Haddad, The Ashcombe Herald"
        if i and line.casefold().startswith(key) and len(line.split()) <= len(outlet.split()) + 3 and line.count(" ") < 12:
            above = [c for c in _DASHED_CELLS.split(lines[i - 1].strip()) if c]
            if above and len(above) <= 3 and (name := _signer(_JOB_AFTER_SPACE.sub("", above[0]))) and " " in name:
                return name, lines[i - 1]
    return None


def _critic_beside_outlet_in_title(document: Document, outlet: str) -> tuple[str, str] | None:
    """An aggregator's page title naming the critic with the outlet: "The Dark Farm (2025) – Thandiwe Mokoena, The
    Highveld Mercury – ReviewHub"."""
    title = document.metadata.get("title")
    if not isinstance(title, str):
        return None
    found = _critic_beside_outlet([cell.strip() for cell in _DASHED_CELLS.split(title)], outlet)  # its cells, as lines
    return (found[0], title) if found else None


_EMAIL_FROM = re.compile(r"^from\s*:\s*(?P<name>[^<>@]{3,60}?)\s*<[^<>\s]+@(?P<domain>[^<>\s.]+)[^<>\s]*>$", re.IGNORECASE)
# A newsletter's subject line: its name, then the issue's number ("Subject: Second Reel #87: Last orders, please").
_EMAIL_SUBJECT_ISSUE = re.compile(r"^subject\s*:\s*(?P<name>[A-Z][\w&'’. -]{1,40}?)\s*(?:#|no\.\s*|issue\s+)\d+\b", re.IGNORECASE)


def _email_from(lines: list[str]) -> re.Match[str] | None:
    """A newsletter e-mail's "From:" header among the page's first lines (`_EMAIL_FROM`)."""
    return next((m for line in lines[:MENU_AND_HEADER_LINES] if (m := _EMAIL_FROM.match(line.strip()))), None)


def _email_sender(lines: list[str]) -> tuple[str, str] | None:
    """A newsletter e-mail's sender, when it is a person: "From: Fern Aldous <fern@secondreel.news>"."""
    if (m := _email_from(lines)) and not _sender_is_site(m) and (name := _person(m["name"])):
        return name, m.string
    return None


def _sender_is_site(sender: re.Match[str]) -> bool:
    """An `_EMAIL_FROM` sender that is the newsletter, not its writer: a site's name, or everyday words its address spells
    ("Cinema Sunday <hello@cinemasunday.news>"; not "Theo Marsh <theo@theomarsh.example>")."""
    name = sender["name"]
    return _site_like(name) or name.lower().startswith("the ") and fold(name.split()[1]).lower().rstrip(".") not in HONORIFICS or (
        _letters(name) == _letters(sender["domain"]) and all(is_common_word(w.lower()) for w in name.split()))


def _newsletter_in_subject(lines: list[str]) -> tuple[str, str] | None:
    """A newsletter e-mail's name, from the subject line that numbers its issue, or from the sender when that is no
    person ("From: Cinema Sunday <hello@cinemasunday.news>")."""
    for line in lines[:MENU_AND_HEADER_LINES]:
        if (m := _EMAIL_SUBJECT_ISSUE.match(line.strip())) and (outlet := _outlet(m["name"])):
            return outlet, line.strip()
    if (m := _email_from(lines)) and (_sender_is_site(m) or _person(m["name"]) is None) and (outlet := _outlet(m["name"])):
        return outlet, m.string
    return None


_REVIEW_BY_IN_TITLE = re.compile(r"\breview\s+by\s+(?P<name>[^•|·]{3,60}?)\s*(?:\s[-–—]\s|[•|·]|$)", re.IGNORECASE)


def _reviewer_in_page_title(document: Document) -> tuple[str, str] | None:
    """A diary site's page title or sharing headline naming the review's writer: "Saint Jude (2024) review by Cass
    Mendel • Reelgazer"."""
    for key in ("title", "og_title"):
        title = document.metadata.get(key)
        if isinstance(title, str) and (m := _REVIEW_BY_IN_TITLE.search(title)) and (name := _person(m["name"], allow_single=True)):
            return name, title
    return None


_MARKED_CELLS = re.compile(r"\s*[;·•|»]\s*|\s{2,}|\s[—–-]\s|\s+(?=(?:updated|published|posted|follow)\b)", re.IGNORECASE)


def _marked_author(marked: str, above_comments: list[str]) -> tuple[str, str] | None:
    """The critic in the text of the HTML element the page marks as its author's (trafilatura's `extract_author`:
    class="author", "byline", itemprop="author"), which often holds the job, a date or a bio after the name:
    "Priya Raghunathan; Film critic; Published", "Hana Takeda · Nov 2", "Review by X"."""
    for cell in _MARKED_CELLS.split(marked.strip().lstrip("—–- ")):
        found = _byline_line(cell)
        name = found[0] if found else _person(_JOB_AFTER_SPACE.sub("", cell))
        if name and not JOB_TITLE.fullmatch(cell):
            # named above the readers' comments (a commenter's marked name is not the critic's), on a short line if any
            above = [line for line in above_comments if name.casefold() in line.casefold()]
            if not above:
                return None
            return name, next((line for line in above if len(line) <= SHORT_LINE_CHARS), marked)
    return None


_JOB_AFTER_SPACE = re.compile(rf"\s+(?:{JOB_TITLE.pattern})\s*$", re.IGNORECASE)  # "Agnieszka Wróbel Staff film critic"


def _outlet_beside_critic(line: str, critic: str) -> tuple[str, str] | None:
    """ "Jane Okafor | The Lagos Ledger | March 3, 2024": a site's name in a cell of the critic's byline line."""
    cells = [c.strip() for c in _DASHED_CELLS.split(line) if c.strip()] if len(line.split()) <= 14 else []
    # (not "Review by X", nor the post's categories: "Reviews, Australian cinema")
    sites = [c for c in cells if critic.casefold() not in _HANDLE.sub("", c).casefold() and _named_site(c)
             and c.split(",")[0].strip().casefold() not in _SECTION_NAMES]
    return (outlet, line) if len(cells) >= 2 and len(sites) == 1 and (outlet := _outlet(_site_name(sites[0]))) else None


def _signer(cell: str) -> str | None:
    """A person's name in a cell beside a site's, not a section of the site ("Members' Blog", "Film Diary")."""
    name = _person(cell)
    if name and (_SITE_WORDS.search(name) or all(is_common_word(w.strip("'’")) for w in name.split())):
        return None
    return name


def _name_and_site(lines: list[str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """A signature line of two cells, a person and a site ("Samir Haddad | The Corner Man Film Diary"), nearest the end."""
    for line in reversed(lines):
        cells = [c for c in _DASHED_CELLS.split(line) if c] if len(line.split()) <= 12 else []
        if len(cells) != 2:
            continue
        for name_cell, site_cell in (cells, cells[::-1]):
            site_like = _SITE_WORDS.search(site_cell) or site_cell.startswith("The ") and _person(site_cell) is None
            name = _signer(name_cell)
            if site_like and name and (site := _outlet(_site_name(site_cell))):
                return (name, line), (site, line)
    return None


_THANKS_FOR_READING = re.compile(r"^(?i:thanks\s+for\s+reading)\s+(?P<site>[A-Z][^!.?]{1,40}?)\s*[!.]\s+(?i:subscribe)\b")


def _closing_outlet(lines: list[str], critic: str | None) -> tuple[str, str] | None:
    """The outlet named near the page's end: a signature, a copyright holder that is a site, "originally published at"."""
    for line in reversed(lines):
        if len(line) > SHORT_LINE_CHARS:
            continue
        quoted = '"' in line or "“" in line  # a signature names its outlet in quotes
        if quoted and (match := _SIGNATURE.match(line)) and _person(match["name"]) and (outlet := _outlet(match["outlet"])):
            return outlet, line
        if line[:1] in "—–-(" and (site := _signed_site(line)) and (outlet := _outlet(site)):
            return outlet, line
        if (thanks := _THANKS_FOR_READING.match(line)) and (outlet := _outlet(thanks["site"])):
            return outlet, line  # a newsletter's sign-off: "Thanks for reading Second Reel! Subscribe for free ..."
        if held := _copyright_holder(line):
            raw_holder = _holder(held)
            holder = _site_name(raw_holder)
            is_critic = critic is not None and holder.lower() == critic.lower()
            if holder.casefold() in _HOSTING_COMPANIES:
                continue  # "© 2025 Google LLC" under a video: the host's, not the channel's
            if _site_like(raw_holder) and not is_critic and (outlet := _outlet(holder)):
                return outlet, line
    return None


def find_byline(document: Document) -> Byline:
    """The critic and outlet as stated by the page; None when not stated, never a guess."""
    lines = _content(document.lines)
    bio = _bio_sentence(lines)  # a closing bio names the critic and often the outlet
    critic = _critic(document, lines, bio)
    outlet = _outlet_of(document, lines, critic[0] if critic else None, bio)
    if critic is None and outlet is not None:
        critic = _critic_beside_outlet(lines, outlet[0]) or _critic_beside_outlet_in_title(document, outlet[0])
    if outlet is None and critic is not None:
        outlet = _outlet_beside_critic(critic[1], critic[0])
    if critic is None or outlet is None:
        host, channel = _video_host(lines)
        critic, outlet = critic or host, outlet or channel
    if critic is None and (signed := _name_and_site(lines)):
        critic, outlet = signed[0], outlet or signed[1]
    if critic is None:
        critic = (_blog_handle(document, lines) or _chat_author(lines) or _standfirst_critic(lines) or _reviewer_in_page_title(document)
                  or _email_sender(document.lines))
    if outlet is None:
        outlet = _newsletter_in_subject(document.lines)
    return Byline(
        critic=critic[0] if critic else None,
        critic_evidence=critic[1] if critic else None,
        outlet=outlet[0] if outlet else None,
        outlet_evidence=outlet[1] if outlet else None,
    )
