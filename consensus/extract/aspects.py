"""Aspect sentiment: what the critic says about the acting, the action, the music...

An aspect is reported for a sentence when a term of that aspect (lexicon
below) sits in a clause that judges something: the clause holds an
evaluative cue (`sentence_sentiment.evaluative_cues`) or reads as an opinion
to the sentence model. Plot summary ("Ok-ju finds her friend dead in the
bathtub") holds no judgement and yields nothing.

One sentence can praise one aspect and fault another ("the choreography was
impressive, but the rapid cuts ruined the elevator scene"), so sentences are
cut into clauses at contrast and concession markers (but, yet, however,
although, despite, even with...) and each aspect takes the sentiment of its
own clause. A concessive clause ("despite the remarkable choreography")
that is not clearly polar on its own takes the opposite of its main clause.
Each sentiment blends the sentence model (trained on Rotten Tomatoes
pull-quotes) with the evaluative cues, and a few craft-specific terms whose
polarity critics agree on (shaky camera, rapid cuts, a slow start).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from consensus.extract.prefilter import casefree, has_any
from consensus.extract.sentence_sentiment import evaluative_cues, load_model, score_sentences
from consensus.extract.term_matcher import TermMatcher
from consensus.models import Aspect, Sentiment

_GENRE_WORDS = (r"thrillers?|movies?|films?|flicks?|genre|heroe?s?|heroines?|stars?|cinema|fans?|comed(?:y|ies)|"
                r"drama|franchises?|pictures?|fare|director|icons?|junkies?|lovers?|entr(?:y|ies)|-packed|packed|"
                r"-filled|filled|oriented")

ASPECT_TERMS: dict[str, str] = {
    "acting": r"acting|acted|performances?|performers?|performs|performed|cast\b(?! (?:upon|aside|out))|casting"
              r"|miscast|ensemble cast|actors?|actress(?:es)?|portrayals?|(?:her|his|their|the lead|title|supporting|leading) roles?|turn as|(?:on-)?screen presence"
              r"|star-making|sells? (?:it|the role|the part)|with (?:her|his|their) eyes|voice(?:-overs?| work)",
    "story": r"story(?:line)?|stories|plot(?:ting|s)?|narratives?|script(?:ed)?|screenplay|writing|premise"
             r"|storytelling|subplots?|twists?|writers?",
    "characters": r"characters?|characteri[sz]ations?|protagonists?|heroine|chemistry|(?:lead|main) (?:role|figure)",
    "action": rf"action(?![ -](?:{_GENRE_WORDS})\b)|fights?(?: scenes?| sequences?)?|fight choreography|choreograph(?:y|ed)"
              r"|stunts?(?:work)?|set[ -]pieces?|shootouts?|gunfights?|gun-fu|battles|chases?|car chases?|brawls?",
    "visuals": r"visual(?:s|ly)?|cinematography|cinematographer|imagery|images|colou?rs|colou?r palette|palette"
               r"|neon(?:-\w+)?|lighting|(?<!principal )photography|photographed|aesthetics?|cgi|special effects|visual effects"
               r"|vfx|shot compositions?|framing|look(?:s)? (?:gorgeous|stunning|great|beautiful)",
    "camera_editing": r"camera ?(?:work|movements?|angles?|moves)|cameras\b|(?:his|her|the) camera\b(?! (?:phone|crew))"
                      r"|steadicam|hand-?held|edit(?:ing|ed|s)\b|editor|cuts\b|cutting|montages?|shaky[ -]cam\w*"
                      r"|long takes?|one-takes?|shots\b",
    "music": r"music(?:al)?|(?:film's |musical |original |the )score|soundtrack|songs?|composer|compositions?"
             r"|melod(?:y|ies)",
    "sound": r"sound(?:s| design| effects| mix)?\b|audio|auditory|sonic",
    "pacing": r"pac(?:e|ed|ing)|tempo|runtime|running time|drags?|dragged|overlong|too long|momentum"
              r"|(?:slow|leisurely|sluggish|plodding|brisk) (?:start|beginning|opening|first (?:half|act)|build(?:-up)?)"
              r"|first half|second half|middle (?:section|act|stretch)",
    "direction": r"direction|directing|directs|(?<!was )(?<!is )directed(?! by)|directors?\b(?! of photography)"
                 r"|filmmak(?:ers?|ing)|helm(?:er|ed|s)|auteur|mise-en-sc[eè]ne",
    "dialogue": r"dialog(?:ue)?s?|one-liners?|banter|lines of dialogue|exchanges|conversations",
    "humor": r"humou?r(?:ous)?|jokes?|gags?|comic(?:al)? (?:moments?|relief|beats?|timing)|comedic|funny|laughs?|wit\b|witty",
    "ending": r"endings?|finale|final (?:scene|act|confrontation|showdown|shot|minutes|reel|sequence)|climax"
              r"|conclusion|last act|third act|resolution|denouement|closing (?:scene|moments?)",
    "villain": r"villains?|villainous|antagonists?|bad guys?|baddies?|big bad|nemesis",
    "themes": r"themes?|thematic(?:ally)?|message|subtext|allegor(?:y|ical)|metaphors?|commentary",
    "production_design": r"production design|set design|costumes?|costume design|make-?up|locations"
                         r"|art direction|props|production values|(?:the|its|lavish|elaborate|impressive) sets\b",
}
# Which aspects occur in a lower-cased text: the answer of one alternation with a named group per
# aspect, `\b(?P<acting>...)|\b(?P<story>...)|...`, computed several times faster (see term_matcher).
_ASPECT_MATCHER = TermMatcher(ASPECT_TERMS)

# Craft terms whose polarity critics agree on, counted only for their own aspect.
_CRAFT_POLARITY: dict[str, list[tuple[re.Pattern[str], float]]] = {
    "camera_editing": [
        (re.compile(r"\b(?:shaky|wobbly|blurry|frenetic|choppy|jittery|incoherent)\b|\b(?:rapid|quick|fast|hyper)[ -]?"
                    r"(?:cuts?|cutting|editing)|\bover-?edited", re.I), -1.0),
    ],
    "pacing": [
        (re.compile(r"\b(?:slow|leisurely|sluggish|plodding|glacial|meandering|overlong|bloated)\b|\bdrags?\b"
                    r"|\btoo long\b", re.I), -1.0),
        (re.compile(r"\b(?:brisk|tight(?:ly)?|fast-paced|well-paced|breakneck|propulsive|taut)\b", re.I), 1.0),
    ],
}

_CONTRAST = re.compile(
    r"(?:[,;:–—-]\s*|\s)(?=(?:but|yet|however|although|though|even though|whereas|while|despite|in spite of"
    r"|even with|except|unfortunately|regrettably|sadly|on the other hand|still)\b)|;\s*|\s[–—]\s",
    re.IGNORECASE,
)
# Every _CONTRAST match holds one of these (lower-cased, see `prefilter.casefree`); most sentences hold none.
_CONTRAST_STEMS = (";", "–", "—", "but", "yet", "however", "though", "whereas", "while", "despite", "in spite of",
                   "even with", "except", "unfortunately", "regrettably", "sadly", "on the other hand", "still")
_CONCESSIVE = re.compile(r"^(?:yet,?\s+)?(?:despite|in spite of|although|though|even though|even with|while|whereas"
                         r"|for all)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|without|n't|nor)\b(?:\W+\w+){0,3}\W*$|n't(?:\W+\w+){0,3}\W*$")
_HEADING_WORDS = 5
MODEL_WEIGHT = 1.0       # weight of the sentence model's log-odds in a clause's sentiment
CUE_WEIGHT = 2.0         # weight of each evaluative cue
POLAR_MARGIN = 0.3       # |combined score| below this is "mixed"
CUE_OPINION_MIN = 0.5    # evaluative weight that makes a clause an opinion


@dataclass(frozen=True)
class Clause:
    text: str
    concessive: bool


def split_clauses(sentence: str) -> list[Clause]:
    """Cut a sentence at contrast markers; a leading concessive clause ends at its first comma."""
    pieces = _CONTRAST.split(sentence) if has_any(casefree(sentence), _CONTRAST_STEMS) else [sentence]
    parts = [p.strip(" ,;:–—-") for p in pieces]
    clauses: list[Clause] = []
    for part in (p for p in parts if p):
        concessive = bool(_CONCESSIVE.match(part))
        if concessive and "," in part:
            head, tail = part.split(",", 1)
            clauses.append(Clause(head.strip(), True))
            if tail.strip():
                clauses.append(Clause(tail.strip(), False))
        else:
            clauses.append(Clause(part, concessive))
    return clauses or [Clause(sentence, False)]


def find_aspects(sentences: list[str]) -> list[Aspect]:
    """Every opinion sentence about an aspect of the film, with its sentiment; one entry per (aspect, sentence)."""
    candidates = [(s, split_clauses(s)) for s in sentences if _may_judge(s)]
    clauses = [c for _, cs in candidates for c in cs if _aspects_in(c.text)]
    if not clauses:
        return []
    model = load_model()
    polarity, opinion = score_sentences([c.text for c in clauses])
    scored = {c: (p, o) for c, p, o in zip(clauses, polarity, opinion)}

    found: list[Aspect] = []
    for sentence, sentence_clauses in candidates:
        found += _sentence_aspects(sentence, sentence_clauses, scored, model.opinion_threshold)
    return found


def _sentence_aspects(sentence: str, clauses: list[Clause], scored: dict[Clause, tuple[float, float]],
                      opinion_threshold: float) -> list[Aspect]:
    values = {c: _clause_value(c, scored) for c in clauses if c in scored}
    main = [v for c, v in values.items() if not c.concessive and abs(v[0]) >= POLAR_MARGIN]
    main_value = main[0][0] if main else 0.0
    by_aspect: dict[str, tuple[bool, Sentiment]] = {}
    for clause, (value, cue_weight, craft) in values.items():
        _, opinion = scored[clause]
        judged = abs(cue_weight) >= CUE_OPINION_MIN or craft
        if not judged and (opinion < opinion_threshold or abs(value) < POLAR_MARGIN):
            continue  # no evaluative word, and the model sees neither an opinion nor a lean
        if clause.concessive and abs(value) < 2 * POLAR_MARGIN and main_value:
            value = -main_value
        for aspect in _aspects_in(clause.text):
            craft_value = _craft_value(aspect, clause.text)
            sentiment = _sentiment(value + CUE_WEIGHT * craft_value)
            previous = by_aspect.get(aspect)
            if previous is None or (previous[0] and not clause.concessive):
                by_aspect[aspect] = (clause.concessive, sentiment)
            elif previous[0] == clause.concessive and previous[1] != sentiment:
                by_aspect[aspect] = (clause.concessive, "mixed")
    return [Aspect(aspect=a, sentiment=s, evidence=sentence) for a, (_, s) in by_aspect.items()]


def _clause_value(clause: Clause, scored: dict[Clause, tuple[float, float]]) -> tuple[float, float, bool]:
    """(combined sentiment score, evaluative cue weight, has a craft term) of one clause."""
    probability, _ = scored[clause]
    cue_weight, _ = evaluative_cues(clause.text)
    logit = math.log(max(probability, 1e-6) / max(1 - probability, 1e-6))
    craft = any(_craft_value(a, clause.text) for a in _aspects_in(clause.text))
    return MODEL_WEIGHT * logit + CUE_WEIGHT * cue_weight, cue_weight, craft


def _craft_value(aspect: str, text: str) -> float:
    """Polarity of the aspect's craft terms in `text`; a negator just before one flips it."""
    value = 0.0
    for pattern, weight in _CRAFT_POLARITY.get(aspect, []):
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 30):match.start()].lower()
            value += -weight if _NEGATED.search(before) else weight
    return value


@lru_cache(maxsize=8192)
def _aspects_in(text: str) -> tuple[str, ...]:
    found = _ASPECT_MATCHER.labels_in(text.lower())
    return tuple(name for name in ASPECT_TERMS if name in found)


def _sentiment(value: float) -> Sentiment:
    if value >= POLAR_MARGIN:
        return "positive"
    if value <= -POLAR_MARGIN:
        return "negative"
    return "mixed"


def _may_judge(sentence: str) -> bool:
    """Headings, questions and quoted dialogue judge nothing."""
    short = len(sentence.split(maxsplit=_HEADING_WORDS - 1)) < _HEADING_WORDS
    if short and not sentence.endswith((".", "!", ".\n", "!\n")):  # as `re.search(r"[.!]$", sentence)`
        return False
    if sentence.rstrip().endswith("?"):
        return False
    return not _is_quoted_dialogue(sentence)


def _is_quoted_dialogue(sentence: str) -> bool:
    """A sentence that opens with a quotation running over most of it (a line of dialogue)."""
    if sentence[:1] not in "\"“‘":
        return False
    close = max(sentence.rfind("”"), sentence.rfind('"', 1))
    return close < 0 or close > len(sentence) * 0.5
