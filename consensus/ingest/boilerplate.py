"""Remove site boilerplate from review text: keep what a reader would call the review.

Scraped review pages carry menus, share buttons, comment prompts, shop links,
image captions, reading-time stamps, author bios and related-post lists. They
are recognised by the shape of the line, not by a list of known strings:

- a line made of navigation or social-network words ("Home | Reviews | About",
  "FOLLOW US ... FACEBOOK | TWITTER"), or of comment, commerce, newsletter,
  cookie or advertising vocabulary ("Post a Comment", "0 Comments", "Buy this
  movie:", "Advertisement");
- link-like lines that point elsewhere ("Read | ...", "Related: ...",
  "Search <Site>", "<Site> logo") and image lines ("X - Film Screenshot 3",
  "Photo: ...", "... in a scene from ...");
- byline furniture ("By X", "(Author: X)", "7 min read", a bare date);
- a tail that starts with a comment section, a related-posts list or an
  "about the author" box, when it comes after the bulk of the review;
- a bare name line followed by a short bio paragraph at the very end, or a
  name closing the review on its own line ("(Aluna)", "— Jane Doe").

Long prose lines are never dropped by the per-line rules, so a sentence that
happens to mention Facebook or a poster stays. The raw lines stay in
`Document.lines` for the byline, credit and rating finders.
"""

from __future__ import annotations

import re

from consensus.ingest.shapes import DATE, looks_like_name

# A line longer than this is prose: per-line rules leave it alone.
PROSE_WORDS = 40
PROSE_CHARS = 400  # cheap first cut: no furniture line is this long
# A tail section (comments, related posts) is cut only after this share of the words.
TAIL_AFTER = 0.5
BIO_MAX_WORDS = 160

SOCIAL = r"facebook|twitter|instagram|pinterest|reddit|whatsapp|linkedin|tumblr|tiktok|youtube|telegram|threads|bluesky|mastodon|letterboxd|rss|e-?mail"
_SOCIAL = re.compile(rf"\b(?:{SOCIAL})\b", re.IGNORECASE)
_NAV_WORDS = frozenset(
    """home menu news reviews features interviews about contact us subscribe login log in sign up register search
    privacy policy terms of use service cookie cookies advertise sitemap archives archive categories tags movies
    tv shows streaming festivals podcasts podcast videos trailers lists blog shop store donate support faq help
    share tweet pin print email reply next previous older newer posts post page top skip to content main close
    open toggle navigation more all the and our account profile settings follow dashboard""".split()
)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|»|›|/|\u2022|\s{3,})\s*")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# The header of a list of other articles: "Related posts", "Also reviewed this week", "Most read", "More reviews by X".
RELATED_SECTION = (
    r"related (?:posts?|articles?|reviews?|stories)|you (?:may|might) also like|more (?:from|reviews|stories)\b.*|read next"
    r"|more in [\w&]+(?: [\w&]+){0,2}"  # "More in Film", "More in Arts & Culture"
    r"|related|recommended (?:for you|from [\w.]+(?: [\w.]+){0,2})|trending(?: now| this week| reviews| stories)?|popular posts|also on (?:the|this) (?:site|blog)"
    r"|(?-i:ALSO ON (?:THE\s+)?[A-Z0-9&'’.]+(?:\s+[A-Z0-9&'’.]+){0,3})"  # a site's shouted heading: "ALSO ON THE EKO MIRROR"
    r"|(?:most (?:read|popular|viewed)|also (?:read|reviewed|watched|seen|showing|playing|screening|opening|in cinemas|out)"
    r"|elsewhere in (?:cinemas|theaters|theatres|competition|the festival|the programme|the program|the lineup))(?: this week| today| this month| recently)?"
    r"|(?:recent|latest|other|more) (?:film |movie )?reviews(?: (?:by|from|on|in) .{1,60})?"
    r"|read also|see also|(?:à )?lire aussi|leia tamb[ée]m|lee tambi[ée]n|leggi anche|lesen sie auch"
    r"|(?:weitere|mehr|andere) kritiken|autres critiques|m[aá]s cr[ií]ticas|altre recensioni"  # "Weitere Kritiken"
    r"|(?:this|last|next|the) week['’]s (?:best |top |new |other )?(?:films|movies|releases|reviews|openings)"  # "This week's best films"
    r"|(?:last|previous|next) (?:week['’]s )?(?:episode|issue|pick|film|movie|review)s?"  # a podcast's "LAST WEEK'S EPISODE"
    r"|(?:best|top|new) (?:films|movies|releases) (?:this|of the) week"
    r"|(?:also|elsewhere|more) (?:this|next|last) week"  # "Also this week": the other films reviewed
    r"|(?:[\w.-]+['’]s )?recent (?:activity|diary|reviews|watches)|recently (?:watched|reviewed)"  # a diary's "Ama's recent activity"
)

# A link to skip to the page's content ("Skip to main content"), above its menus.
SKIP_LINK = r"skip\s+to\s+(?:the\s+)?(?:main\s+)?content"

# A blog platform's own bar above the blog: "[Blogger navbar] Next Blog» Create Blog Sign In".
PLATFORM_BAR = r"(?:\[[^\]]{0,30}\]\s*)?(?:next\s+blog|blogger)\W*\s+create\s+blog\b"  # "... Next Blog» Create Blog", "Blogger · Create Blog"

# Whole-line shapes (matched from the start of the line), each one kind of site furniture.
_LINE_SHAPES = [
    # social and sharing
    rf"(?:share|tweet|pin|email|print)(?: (?:this|it|on|via|the \w+|article|post|review))?(?:\s*(?:on\s+)?(?:{SOCIAL}))?\s*:?",
    r"click to (?:share|print|email)\b.*",
    r"(?:follow|like|join|connect with|find) (?:us|me)\b.*",
    # comments
    r"\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)",
    r"(?:post|leave|add|write|submit|view|show|load|hide|no) (?:a |your |all )?(?:comments?|repl(?:y|ies)|responses?)\b.*",
    r"comments?(?:\s*\(\d+\))?\s*:?",
    r"(?:reply|cancel reply|loading\.*|like this:?|like loading\.*)",
    # commerce and ads
    r"(?:buy|rent|order|shop|pre-?order|purchase) (?:this|it|now|on|the|from|at|tickets)\b.*",
    r"(?:where to (?:watch|buy|stream)|available (?:on|at) (?:amazon|itunes|blu-?ray|dvd)).*",
    r"(?:advertisements?|sponsored(?: content)?|ad|ads|story continues below(?: advertisement)?)",
    # navigation and links elsewhere
    rf"(?:{SKIP_LINK}|toggle navigation|back to top|scroll to top|(?:open|close) menu|menu)",
    r"search\b(?:\s+\S+){0,3}",
    rf"{PLATFORM_BAR}.*",  # Blogger's navbar: "Next Blog» Create Blog Sign In"
    r"home\s*[>›»/]\s*\S.{0,120}",  # a breadcrumb trail: Home > Movie Discussion > Reviews
    r"(?:read|read more|read also|also read|see also|related|recommended|more|up next|read next|watch)\s*[|:»›>–-].*",
    r"(?:previous|next|older|newer) (?:article|post|story|review|entry|entries|posts)\b.*",
    r"(?:tags?|tagged|categories|category|filed under|posted in)\s*:?\s.*",
    rf"(?:{RELATED_SECTION})\s*:?",
    # image furniture
    r"(?:photo|image|still|picture|credit|courtesy)s?\s*(?::|by\b|via\b|courtesy\b|credit\b).*",
    # byline furniture (the name itself must be capitalised: "By the end, ..." is prose)
    r"\d+\s*min(?:ute)?s?\s*read(?:\b|(?=[A-Z0-9])).*",
    r"(?:by|written by|reviewed by|review by|posted by|words by|words)\s*:?\s*(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:\s*(?:[|·•,–—-]|\bon\b|\bfor\b|\bat\b).{0,80})?",
    r"\((?:author|reviewer|review by|reviewed by|written by|by)\s*:?[^)]{2,60}\)",
    r"(?:author|critic|reviewer)\s*:\s*\S.{0,60}",
    r"(?:posted|published|updated|last updated)\b.{0,60}",
    # copyright
    r"(?:©|\(c\)|copyright\b).*",
]
_LINE = re.compile("|".join(f"(?:{p})" for p in _LINE_SHAPES), re.IGNORECASE)
# Phrases that make a short line furniture wherever they stand in it.
_SHORT_LINE_PHRASES = re.compile(
    r"\b(?:your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|save my name, email"
    r"|affiliate (?:links?|commission)|(?:sign up|subscribe|join)\b.{0,40}\bnewsletter"
    r"|we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)"
    r"|stay tuned for more|check out (?:these|our|more|the|some) (?:other |more |related |latest )?(?:articles|posts|reviews|stories|features)"
    r"|(?:in|from) (?:a|the) (?:scene|still|clip|trailer|first look) (?:from|of)|promotional (?:posters?|stills?|images?|photos?)"
    r"|all rights reserved)\b|\blogo$",
    re.IGNORECASE,
)
_IMAGE_WORDS = re.compile(r"\b(?:screenshots?|stills|(?:a|the|film|movie|production|publicity|press)\s+still|posters?|filmroll|filmstrip|gallery|slideshow|thumbnails?|photos?|images?|pictures?)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…)”\"']\s*$")
_TAIL_START = re.compile(
    r"(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|(?:post|leave|add|write) (?:a |your )?(?:comment|reply)"
    r"|re:\s.+"  # a forum reply's subject line: the replies follow
    rf"|{RELATED_SECTION}"
    r"|about the (?:author|writer|critic|reviewer)|share this(?: article| post| review)?|.*\bstay tuned for more\b.*"
    r"|.*\bcheck out (?:these|our|more|the|some) (?:other |more |related |latest )?(?:articles|posts|reviews|stories)\b.*)\s*:?",
    re.IGNORECASE,
)
_BIO_CUES = re.compile(
    r"\b(?:writer|critic|journalist|editor|contributor|enthusiast|lover|fan of|graduate|lives in|based in|founder|"
    r"blogger|podcast|host|author of|freelance|find (?:me|him|her|them) on|follow (?:me|him|her|them)|my way)\b|-based\b",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(r"^(?:he|she|they|i|i'm|i’m|my)\b", re.IGNORECASE)
_READING_TIME = re.compile(r"\d+\s*min(?:ute)?s?\s*read(?:\b|(?=[A-Z0-9]))", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(?:[—–-]+\s*(?P<dash>.+)|\((?P<paren>[^()]+)\))$")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_menu(line: str, words: list[str], tokens: list[str] | None = None) -> bool:
    """Navigation: short segments made of navigation or social-network words.

    `tokens` (the line's `str.split()`, when the caller has it) lets a line of
    more than three words with no separator in it answer without the split.
    """
    if len(words) > 16:
        return False
    if len(words) > 3 and tokens is not None and not _may_have_separator(line, tokens):
        return False  # one segment of more than three words
    segments = [s for s in _SEPARATORS.split(line) if s.strip()]
    if len(segments) < 2 and len(words) > 3:
        return False
    navlike = sum(1 for s in segments if all(w.lower() in _NAV_WORDS or _SOCIAL.fullmatch(w) for w in _words(s)))
    return navlike / len(segments) >= 0.6


def _may_have_separator(line: str, tokens: list[str]) -> bool:
    """Whether `_SEPARATORS` can split the line: a separator character, or a run of 3+ whitespace characters.

    `tokens` is `line.split()`: when the whitespace between them adds up to one
    character per gap, no run of two or more exists.
    """
    if any(map(line.__contains__, _SEPARATOR_CHARS)):
        return True
    return len(line) - sum(map(len, tokens)) != len(tokens) - 1


_SEPARATOR_CHARS = "|·•»›/\u2022"
# Verdicts of `is_boilerplate_line` by stripped line: the ingest, film and byline steps ask about the same
# lines of a review. Bounded: emptied when full.
_MEMO: dict[str, bool] = {}
_MEMO_SIZE = 10_000


def clear_memos() -> None:
    """Forget remembered verdicts (benchmarks call this so no text is timed warm)."""
    _MEMO.clear()


def is_boilerplate_line(line: str) -> bool:
    """True when one line is site furniture wherever it stands (menus, share, comments, shop, image, byline)."""
    stripped = line.strip().strip("*_#> ")
    if not stripped or len(stripped) > PROSE_CHARS:
        return False
    verdict = _MEMO.get(stripped)
    if verdict is None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        verdict = _MEMO[stripped] = _is_furniture(stripped)
    return verdict


def _is_furniture(stripped: str) -> bool:
    """`is_boilerplate_line` for a non-empty, stripped line of at most PROSE_CHARS characters."""
    tokens = stripped.split()
    count = len(tokens)
    if count > PROSE_WORDS or not (stripped[0].isalnum() or any(map(str.isalnum, stripped[:40]))):
        return False  # prose, or a separator / star rating ("***", "★★★½")
    if _LINE.fullmatch(stripped):
        return True
    low = stripped.lower()
    # Cheap substring gates (`map` keeps the loop in C) before the slower phrase searches.
    if count <= 30 and any(map(low.__contains__, _PHRASE_GATES)) and _SHORT_LINE_PHRASES.search(stripped):
        return True
    if count <= 16 and _is_menu(stripped, _words(stripped), tokens):
        return True
    if any(map(low.__contains__, _SOCIAL_GATES)) and len(_SOCIAL.findall(stripped)) >= 2:
        return True
    if count <= 25 and any(map(low.__contains__, _IMAGE_GATES)) and _IMAGE_WORDS.search(stripped) and not _SENTENCE_END.search(stripped):
        return True
    return count <= 8 and bool(DATE.match(stripped))


_PHRASE_GATES = ("email", "required", "notify", "affiliate", "newsletter", "cookie", "stay tuned", "check out", "scene",
                 "still", "clip", "trailer", "first look", "promotional", "rights reserved", "logo")
_SOCIAL_GATES = tuple(SOCIAL.replace("e-?mail", "mail").split("|"))
_IMAGE_GATES = ("screenshot", "still", "poster", "filmroll", "filmstrip", "gallery", "slideshow", "thumbnail", "photo", "image", "picture")


def _is_stamp(line: str) -> bool:
    """A reading-time or date line, as under a byline ("7 min read", "Dec 5, 2023")."""
    return bool(_READING_TIME.match(line.strip()) or DATE.match(line.strip()))


def _is_bio(paragraph: str, name: str) -> bool:
    """A short paragraph about the author: names them, speaks of them, or uses bio vocabulary."""
    words = _words(paragraph)
    if not 3 <= len(words) <= BIO_MAX_WORDS:
        return False
    first = name.split()[0].strip("()")
    return first in words[:3] or bool(_PRONOUN_START.match(paragraph)) or bool(_BIO_CUES.search(paragraph))


def _is_signature(line: str) -> bool:
    """A name closing the review on its own line: "(Aluna)", "— Jane Doe", "Jane Doe"."""
    match = _SIGNATURE.match(line.strip())
    if match:
        return looks_like_name((match["dash"] or match["paren"]).strip(), allow_single=True)
    return looks_like_name(line.strip())


def _tail_start(lines: list[str], keep: list[bool]) -> int | None:
    """Index where a trailing comments/related/about-the-author section begins, if any."""
    # The few short lines shaped like a section start first; the word counts only when there is one.
    starts = [i for i, line in enumerate(lines) if is_tail_start(line)]
    if not starts:
        return None
    counts = [line.count(" ") + 1 if keep[i] and line.strip() else 0 for i, line in enumerate(lines)]
    total = sum(counts) or 1
    for i in starts:
        if sum(counts[: i + 1]) / total >= TAIL_AFTER:
            return i
    return None


def is_tail_start(line: str) -> bool:
    """A heading that opens a page's trailing section: comments, related posts, "Also watched", about the author."""
    stripped = line.strip().strip("*_#> ")
    return bool(stripped) and len(stripped) < 200 and _TAIL_START.fullmatch(stripped) is not None


# The Wayback Machine's toolbar above an archived page, as a text dump or a browser's copy carries it.
_ARCHIVE_NAME = r"(?:the\s+)?wayback\s+machine\b|internet\s+archive\b"
_ARCHIVE_MARK = re.compile(rf"\bweb\.archive\.org/web/|^(?:{_ARCHIVE_NAME})", re.IGNORECASE)
_ARCHIVE_TOOLBAR_LINE = re.compile(
    rf"^(?:.*\bweb\.archive\.org/web/.*|(?:{_ARCHIVE_NAME}).*|\d[\d,]*\s+captures?"
    r"|\d{1,2}\s+\w{3}\s+\d{4}\s*[-–]\s*\d{1,2}\s+\w{3}\s+\d{4}|about\s+this\s+capture|collected\s+by(?:\s+organi[sz]ation\s*:.*)?"
    r"|organi[sz]ation\s*:.*|collection\s*:.*|https?://\S+|\[\s*go\s*\]"
    r"|timestamps|formed\s+in\s+\d{4}.*|(?-i:[A-Z]{3}(?:\s+[A-Z]{3}){0,2})|\W\s*\d{1,2}\s*\W|(?:(?:19|20)\d\d\s+){2}(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_ARCHIVE_TOOLBAR_LINES = 40
_TOOLBAR_GAP = re.compile(r"\s{2,}|\s+·\s+")


def archive_toolbar_end(lines: list[str]) -> int:
    """How many lines at the top are the Wayback Machine's toolbar (its URL, "142 captures", "About this capture",
    "COLLECTED BY", the calendar), 0 for a page that is no archive capture: none of it is the archived review."""
    opening = [line.strip() for line in lines[:8] if line.strip()][:3]
    if not any(_ARCHIVE_MARK.search(line) for line in opening):
        return 0
    end = 0  # the toolbar's lines follow one another from the top; the archived page starts at the first other line
    for i, line in enumerate(lines[:_ARCHIVE_TOOLBAR_LINES]):
        # a line may hold several of the toolbar's pieces: "32 captures  11 Jun 2014 - 03 Feb 2021   MAY JUN JUL"
        stripped = line.strip()
        if stripped and not _ARCHIVE_TOOLBAR_LINE.match(stripped) and not all(
                _ARCHIVE_TOOLBAR_LINE.match(piece) for piece in _TOOLBAR_GAP.split(stripped) if piece):
            break
        end = i + 1
    return end


# A text browser's dump (lynx -dump): "[12]Reviews" link markers in the text, a "References" list of URLs at the end.
_LINK_MARKER = re.compile(r"\[(\d{1,4})\]")
_FEED_LINKS = re.compile(r"^#\s*\[\d+\].*\s-\s(?:atom|rss)$", re.IGNORECASE)
_REFERENCE_ITEM = re.compile(r"^\s*(?P<n>\d{1,4})\.\s+(?:https?://|mailto:|javascript:|file:)\S*\s*$")


def without_link_references(lines: list[str]) -> list[str]:
    """A text browser's dump as its reader saw it: without the "References" list of the page's URLs at the end and
    without the "[12]" marker before each link. Any other page as it is."""
    end = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip() == "References"), None)
    if end is None or sum(1 for line in lines[end + 1 : end + 6] if _REFERENCE_ITEM.match(line)) < 3:
        return lines
    listed = [int(m["n"]) for line in lines[end + 1 :] if (m := _REFERENCE_ITEM.match(line))]
    links = max(listed, default=0)  # a list cut short still numbers its links up to its last one

    def unmarked(line: str) -> str:  # only links' numbers: listed, or glued to the link's text ("[37]Blogger"); "[2023]" stays
        return _LINK_MARKER.sub(lambda m: "" if int(m.group(1)) <= links or line[m.end():m.end() + 1].isalpha() else m.group(0), line)

    # (its first line lists the page's feeds, "#[1]The Midnight Ticket - Atom [2]... - RSS": no line of the page)
    return [unmarked(line) for line in lines[:end] if not _FEED_LINKS.match(line.strip())]


# A video's transcript as the page shows it: a timestamp alone on its line, then the caption's words, cut mid-sentence.
_CAPTION_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
_MIN_CAPTIONS = 5


def joined_captions(lines: list[str]) -> list[str]:
    """A transcript of timed captions ("0:04" / "we are talking about Gutter Saints directed by Rhett" / "0:08" /
    "Calloway which ...") as one paragraph of running speech: a sentence, or a name, cut across two captions is read
    whole. The captions run from the first timestamp line to the caption after the last; any other page as it is."""
    times = [i for i, line in enumerate(lines) if _CAPTION_TIME.match(line)]
    # dense: a timestamp every line or two, not two screening-time lists far apart
    if len(times) < _MIN_CAPTIONS or len(times) < 0.4 * (times[-1] - times[0] + 1):
        return lines
    end = next((i for i in range(times[-1] + 1, len(lines)) if lines[i].strip()), times[-1]) + 1
    speech = " ".join(line.strip() for line in lines[times[0] : end] if line.strip() and not _CAPTION_TIME.match(line))
    return [*lines[: times[0]], speech, *lines[end:]]


def strip_boilerplate(text: str) -> str:
    """Drop menus, share buttons, comment prompts, bios and related-post lists; keep the review."""
    lines = text.split("\n")
    keep = [not is_boilerplate_line(line) for line in lines]
    cut = _tail_start(lines, keep)
    if cut is not None:
        keep[cut:] = [False] * (len(lines) - cut)
    content = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    # A name line right above a dropped reading-time or date line is the byline.
    for i, line in enumerate(lines[:-1]):
        if keep[i] and line.strip() and looks_like_name(line.strip()):
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if nxt is not None and not keep[nxt] and _is_stamp(lines[nxt]):
                keep[i] = False
    content = [i for i in content if keep[i]]
    # The end: a name line and a bio paragraph, or a closing signature.
    if len(content) >= 2:
        last, before = content[-1], content[-2]
        review_left = any(len(_words(lines[i])) >= 12 for i in content[:-2])  # a one-paragraph review is no bio
        if review_left and looks_like_name(lines[before].strip()) and _is_bio(lines[last].strip(), lines[before].strip()):
            keep[before] = keep[last] = False
        elif _is_signature(lines[last]):
            keep[last] = False
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        line = line.rstrip()
        if line or (kept and kept[-1]):  # at most one blank line between paragraphs
            kept.append(line)
    return "\n".join(kept).strip()
