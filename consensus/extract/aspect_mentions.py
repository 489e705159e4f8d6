"""Text that names an aspect without judging it, which the aspect finder must skip.

A review page is full of aspect words that carry no verdict:
- lines that are not sentences: headings ("The Plot: A Quest for Justice"),
  credit and fact lines ("Director: Jane Roe | Writer: Jane Roe", "Runtime: 1h 32m"),
  questions and quoted dialogue (`judges_nothing`);
- sentences about how the film was made ("Principal photography began in May"),
  unless they also judge something (`judges_nothing`);
- people named by their job ("director Jane Roe crafts a thriller", "writer/director
  Jane Roe"): a mention of a person, not a verdict on the direction or the script.
  A job noun of this film's crew without a name ("the director keeps it moving")
  may stand for its craft (`job_noun_aspects`; the aspect finder counts it only in
  a clause that judges); a bare or indefinite one ("filmmakers often ...", "a
  debutant music director") speaks of the trade or of someone in passing;
- the story as a mere object or frame ("her performance drives the narrative",
  "the villain of the story", "as the plot unfolds"): the verdict, if any, is on
  the other thing, so such story words are masked (`mask_story_frames`).

Every rule is a cheap substring pre-check followed, only where it can match, by
one regular expression.
"""

from __future__ import annotations

import re

from consensus.extract.prefilter import casefree, has_any
from consensus.extract.sentence_sentiment import evaluative_cues

__all__ = ["ROLE_TERMS", "is_production_history", "job_noun_aspects", "judges_nothing", "mask_story_frames",
           "not_prose"]

# ----------------------------------------------------------------------------- lines that are not opinions

_HEADING_WORDS = 5          # a line shorter than this without a full stop is a heading
_FACT_SEGMENT_WORDS = 6     # "Ballerina | 2023 | 1h 32m": every piece between pipes this short
_CLOSERS = " \"”’')]»"
# Words a title may leave in lower case; every other word of a title is capitalised.
_SMALL_WORDS = frozenset("a an the and or but nor yet so of in on at to for by with from as into onto over out off up "
                         "via per vs than that if not is are be it its".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_CREDIT_LABEL = re.compile(
    r"(?i:(?:directed|written|produced|edited|shot|scored|photographed|music|original music|score|screenplay"
    r"|story|cinematography|distributed|adapted)\s+by\b|starring\b"
    r"|(?:directors?|writers?|screenwriters?|screenplay|story|cast|starring|featuring|stars|genres?|country"
    r"|countries|languages?|run(?:ning)?[ -]?time|length|duration|music|original music|(?:original )?score"
    r"|soundtrack|composers?|cinematography|cinematographers?|director of photography|dop|editors?|(?:film )?editing"
    r"|(?:executive )?producers?|production(?: company| companies| design| designer)?|studios?|distributors?"
    r"|release(?: date)?|released|premiere|year|rating|rated|mpaa|certificate|classification|budget|box office"
    r"|costumes?(?: design(?:er)?)?|art direction|(?:visual|special) effects|vfx|sound(?: design)?|stunts?"
    r"|available on|streaming on|where to watch|platform|network|imdb|aka|also known as|original title|title)"
    r"\s*:)"
)
_CREDIT_REACH = 40  # a credit label ends within this many characters of the line's start

_PRODUCTION = re.compile(
    r"\b(?:principal photography|filming (?:began|started|wrapped|took place|commenced)|(?:began|started|wrapped)"
    r" (?:filming|shooting|production)|wrap-up|(?:world |global |its )premiere|premiered (?:at|on|in)"
    r"|announced (?:the|that|in|on)|release date|released (?:on|in) (?:theaters|theatres|cinemas|netflix|\d)"
    r"|box[ -]office (?:gross|receipts|takings)|grossed|green-?lit|greenlit|in development|production (?:began|started"
    r"|timeline|company|companies|history)|(?:was|were) (?:enlisted|hired|brought on|tapped)|signed on|joined the cast"
    r"|(?:was|were) cast (?:as|in))", re.IGNORECASE)
# Every _PRODUCTION match holds one of these (lower-cased); most sentences hold none.
_PRODUCTION_STEMS = ("photography", "filming", "shooting", "production", "wrap", "premiere", "announced", "release",
                     "box office", "box-office", "grossed", "greenlit", "green-lit", "development", "enlisted",
                     "hired", "brought on", "tapped", "signed on", "joined the cast", "cast as", "cast in")


def judges_nothing(sentence: str) -> bool:
    """Headings, credit and fact lines, questions, quoted dialogue and production history judge nothing."""
    return not_prose(sentence) or is_production_history(sentence)


def not_prose(sentence: str) -> bool:
    """Headings, credit and fact lines, questions and quoted dialogue: cheap checks on the line's shape.

    Each rule runs only past a substring check that a full sentence of prose rarely passes.
    """
    text = sentence.strip()
    if not text or text[-1] == "?":
        return True
    if "|" in text and _is_fact_line(text):
        return True
    if not _ends_sentence(text) and _is_heading(text):
        return True
    start = text[:_CREDIT_REACH]
    if (":" in start or " by " in start or text[0] in "Ss") and _is_credit_line(text):
        return True
    return text[0] in "\"“‘" and _is_quoted_dialogue(text)


def is_production_history(sentence: str) -> bool:
    """How the film was made ("principal photography began in June"), with no evaluative word."""
    if not has_any(casefree(sentence), _PRODUCTION_STEMS) or not _PRODUCTION.search(sentence):
        return False
    return not evaluative_cues(sentence)[1]


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "…")


def _is_heading(text: str) -> bool:
    """A line (without a full stop) that is short, in title case, or a `Heading: subtitle` without a verdict."""
    if text[0].islower():  # a lower-case start is a fragment of prose, not a title
        return False
    if len(text.split(maxsplit=_HEADING_WORDS - 1)) < _HEADING_WORDS:
        return True
    if _is_title_case(text):
        return True
    head, colon, tail = text.partition(":")
    return bool(colon) and len(head.split()) <= _HEADING_WORDS and not evaluative_cues(tail)[1]


def _is_title_case(text: str) -> bool:
    """Every word but the small ones capitalised ("The Plot: A Quest for Justice")."""
    content = 0
    for word in _WORD.findall(text):
        if word[0].isupper():
            content += 1
        elif word not in _SMALL_WORDS:
            return False
    return content >= 2


def _is_credit_line(text: str) -> bool:
    """`Director: Jane Roe`, `Music by John Doe`, `Starring ...`: a credit label, then names or facts.

    The value is a list, not a sentence: no full stop or only a few words, and no evaluative word
    (`Music: a pulsing synth score that lifts every fight.` is a verdict under a label).
    """
    label = _CREDIT_LABEL.match(text)
    if not label:
        return False
    value = text[label.end():]
    short = len(value.split(maxsplit=_FACT_SEGMENT_WORDS)) <= _FACT_SEGMENT_WORDS
    return (short or not _ends_sentence(text)) and not evaluative_cues(value)[1]


def _is_fact_line(text: str) -> bool:
    """Pipe-separated facts (`Ballerina | 2023 | 1h 32m`): no full stop, or every piece short."""
    if "|" not in text:
        return False
    if not _ends_sentence(text):
        return True
    return all(len(piece.split()) <= _FACT_SEGMENT_WORDS for piece in text.split("|"))


def _is_quoted_dialogue(sentence: str) -> bool:
    """A sentence that opens with a quotation running over most of it (a line of dialogue)."""
    if sentence[:1] not in "\"“‘":
        return False
    close = max(sentence.rfind("”"), sentence.rfind('"', 1))
    return close < 0 or close > len(sentence) * 0.5


# ----------------------------------------------------------------------------- people named by their job

# Job nouns and the aspect each stands for. Compound jobs come first ("music director" is the composer).
ROLE_TERMS: dict[str, str] = {
    "music": r"composers?|music(?:al)? (?:directors?|supervisors?|producers?)",
    "visuals": r"cinematographers?|directors? of photography",
    "production_design": r"(?:art|production) directors?|production designers?",
    "action": r"(?:action|stunt|fight) (?:directors?|coordinators?|choreographers?)",
    "direction": r"(?:film[- ]?)?directors?|filmmakers?|film-makers?|helmers?|auteurs?",
    "story": r"(?:co-?|screen)?writers?|scribes?",
    "camera_editing": r"(?:film )?editors?",
}
# Searched in `casefree` text: the matches re.IGNORECASE finds in the clause, at the same offsets, found faster.
_ROLE = re.compile(r"\b(?:" + "|".join(f"(?P<{a}>{t})" for a, t in ROLE_TERMS.items()) + r")\b")
_ROLE_STEMS = ("compos", "direct", "cinematograph", "designer", "coordinator", "choreographer", "filmmak",
               "film-mak", "helmer", "auteur", "writer", "scribe", "editor", "supervisor", "producer")
_ROLE_JOIN = re.compile(r"\s*(?:/|-|&|\band\b)\s*")       # writer/director, writer-director, writer and director
_NAME = r"[A-ZÀ-Þ][\w'’.-]+"                              # a capitalised word of two or more characters
_NAME_AFTER = re.compile(rf",?\s+{_NAME}")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME}(?:\s+{_NAME})*),\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}$")
# "the director", "its composer" (this film's crew), or a verdict on someone as one ("Roe is a deft director").
_DEFINITE = re.compile(r"(?:\b(?:the|its|this|these|those|film's|movie's|film’s|movie’s|whose|our|their|his|her|both)"
                       r"|(?:\b(?:is|was|are|were|be|been|being|as|proves?|proved|remains?|makes?)|['’]s)\s+an?)"
                       r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BEFORE_REACH = 60


# ----------------------------------------------------------------------------- the story as object or frame

_STORY = r"(?:story(?:line)?|plot(?:line)?|narrative|tale)"
_STORY_WORD = re.compile(rf"\b{_STORY}\b")
_DET = r"(?:the|this|its|their|his|her|our|a|an|the film's|the movie's|the film’s|the movie’s)"
_STORY_FRAME = re.compile(
    # the thing that moves the story gets the verdict: "her performance drives the narrative"
    rf"\b(?:driv(?:e|es|ing)|drove|propel(?:s|led|ling)?|advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?"
    rf"|carr(?:y|ies|ied|ying)|serv(?:e|es|ed|ing)|bring(?:s|ing)?|brought|mov(?:e|es|ed|ing))"
    rf" {_DET} (?:[\w-]+ )?{_STORY}\b"
    # what the story is about, not how it is told: "tells the story of", "recounts a tale about"
    rf"|\b(?:tell(?:s|ing)?|told|recount(?:s|ed|ing)?|narrat(?:e|es|ed|ing)) {_DET} {_STORY} (?:of|about)\b"
    # a part or person of the story: "the villain of the story", "at this point in the plot"
    rf"|\b(?:protagonists?|heroe?s?|heroines?|villains?|antagonists?|characters?|figures?|heart|cent(?:re|er)|core"
    rf"|events?|course|world|setting|point|stage|moment|obstacles?) (?:of|in|to) {_DET} {_STORY}\b"
    # the story as a clock: "as the narrative reaches its climax", "as the plot unfolds"
    rf"|\b(?:as|when|once|while|until) {_DET} {_STORY} (?:unfolds|progresses|reaches|moves|develops|continues"
    rf"|builds|begins|starts|ends|proceeds|advances|winds|nears|heads|shifts|goes on)\b"
)
_STORY_STEMS = ("story", "plot", "narrative", "tale")


def job_noun_aspects(clause: str) -> tuple[str, ...]:
    """Aspects named by a job noun of this film's crew that introduces no name ("the director", "its composer")."""
    lowered = casefree(clause)
    matches = list(_ROLE.finditer(lowered)) if has_any(lowered, _ROLE_STEMS) else []
    chains: list[list[re.Match[str]]] = []
    for match in matches:  # "writer/director" is one chain of two job nouns
        previous = chains[-1][-1] if chains else None
        if previous and _ROLE_JOIN.fullmatch(clause, previous.end(), match.start()):
            chains[-1].append(match)
        else:
            chains.append([match])
    roles = [m.lastgroup for chain in chains if _stands_for_craft(clause, chain) for m in chain if m.lastgroup]
    return tuple(dict.fromkeys(roles))


def mask_story_frames(lowered: str) -> str:
    """The lower-cased clause with story words that only frame another thing replaced by `~`."""
    return _STORY_FRAME.sub(_mask_story, lowered) if has_any(lowered, _STORY_STEMS) else lowered


def _stands_for_craft(clause: str, chain: list[re.Match[str]]) -> bool:
    start, end = chain[0].start(), chain[-1].end()
    return _definite(clause, start) and not _names_a_person(clause, start, end)


def _names_a_person(clause: str, start: int, end: int) -> bool:
    """`director Jane Roe`, `Jane Roe, the director`: the job introduces a name."""
    if _NAME_AFTER.match(clause, end):
        return True
    before = _NAME_BEFORE.search(clause, max(0, start - _BEFORE_REACH), start)
    # A lone capitalised word opening the clause ("Still, the director ...") is not a name.
    return bool(before) and (" " in before.group("name") or before.start() > 0)


def _definite(clause: str, start: int) -> bool:
    """`the director`, `its composer`: this film's crew; `Roe is a deft director`: a verdict on one of them.
    A bare or other indefinite job noun speaks of the trade or of someone in passing ("filmmakers often
    fail", "including a debutant music director")."""
    return bool(_DEFINITE.search(clause, max(0, start - _BEFORE_REACH), start))


def _mask_story(match: re.Match[str]) -> str:
    """The matched phrase with its story word replaced by `~`."""
    return _STORY_WORD.sub("~", match.group(), count=1)
