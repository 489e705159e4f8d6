"""Aspect sentiment: what the critic says about the acting, the action, the music...

An aspect is reported for a sentence when a term of that aspect (lexicon
below) sits in a clause that judges something: the clause holds an
evaluative cue (`sentence_sentiment.evaluative_cues`) or reads as an opinion
to the sentence model. Plot summary ("Ok-ju finds her friend dead in the
bathtub") holds no judgement and yields nothing; nor do headings, credit lines,
production history, people named by their job or a story word that only frames
another thing (see `aspect_mentions`). A wish for more ("craving more depth",
"could have been sharper") is a complaint.

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
from functools import lru_cache
from typing import NamedTuple

from consensus.extract.aspect_mentions import (ROLE_TERMS, is_production_history, job_noun_aspects,
                                               mask_story_frames, not_prose)
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
             r"|storytelling|subplots?|twists?",
    "characters": r"characters?|characteri[sz]ations?|protagonists?|heroine|chemistry|(?:lead|main) (?:role|figure)",
    "action": rf"action(?![ -](?:{_GENRE_WORDS})\b)|fights?(?: scenes?| sequences?)?|fight choreography|choreograph(?:y|ed)"
              r"|stunts?(?:work)?|set[ -]pieces?|shootouts?|gunfights?|gun-fu|battles|chases?|car chases?|brawls?",
    "visuals": r"visual(?:s|ly)?|cinematography|imagery|images|colou?rs|colou?r palette|palette"
               r"|neon(?:-\w+)?|lighting|(?<!principal )photography|photographed|aesthetics?|cgi|special effects|visual effects"
               r"|vfx|shot compositions?|framing|look(?:s)? (?:gorgeous|stunning|great|beautiful)",
    "camera_editing": r"camera ?(?:work|movements?|angles?|moves)|cameras\b|(?:his|her|the) camera\b(?! (?:phone|crew))"
                      r"|steadicam|hand-?held|edit(?:ing|ed|s)\b|cuts\b|cutting|montages?|shaky[ -]cam\w*"
                      r"|long takes?|one-takes?|shots\b",
    "music": r"music(?:al)?|(?:film's |musical |original |the )score|soundtrack|songs?|compositions?"
             r"|melod(?:y|ies)",
    "sound": r"sound(?:s| design| effects| mix)?\b|audio|auditory|sonic",
    # "gets dragged into" is the plot, "the middle drags" the pacing
    "pacing": r"pac(?:e|ed|ing)|tempo|runtime|running time|drags?\b|dragging"
              r"|(?<!be )(?<!been )(?<!being )(?<!get )(?<!gets )(?<!got )(?<!is )(?<!was )(?<!were )(?<!are )dragged"
              r"|overlong|too long|momentum"
              r"|(?:slow|leisurely|sluggish|plodding|brisk) (?:start|beginning|opening|first (?:half|act)|build(?:-up)?)"
              r"|first half|second half|middle (?:section|act|stretch)",
    # "the direction of the story" is where it goes; job nouns ("the director") are in aspect_mentions.ROLE_TERMS
    "direction": r"direction(?! of (?:the|this|its|his|her|their) (?:story|plot|narrative|tale|series|franchise"
                 r"|career))|directing|directs|(?<!was )(?<!is )directed(?! by)|filmmaking|helmed|helms"
                 r"|mise-en-sc[eè]ne",
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
# Job nouns ("the director", "music director") are looked for in the same pass, under one label of their
# own placed first, so that "music director" is read as a job before "music" as a term.
_ROLE_LABEL = "job noun"
_ASPECT_MATCHER = TermMatcher({_ROLE_LABEL: "|".join(ROLE_TERMS.values()), **ASPECT_TERMS})

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
)  # searched in `casefree` text: the matches re.IGNORECASE finds in the sentence, at the same offsets, found faster
# Every _CONTRAST match holds one of these (lower-cased, see `prefilter.casefree`); most sentences hold none.
_CONTRAST_STEMS = (";", "–", "—", "but", "yet", "however", "though", "whereas", "while", "despite", "in spite of",
                   "even with", "except", "unfortunately", "regrettably", "sadly", "on the other hand", "still")
_CONCESSIVE = re.compile(r"^(?:yet,?\s+)?(?:despite|in spite of|although|though|even though|even with|while|whereas"
                         r"|for all)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|without|n't|nor)\b(?:\W+\w+){0,3}\W*$|n't(?:\W+\w+){0,3}\W*$")
# A wish for what the film lacks is a complaint, even when it names a virtue ("craving more depth",
# "could have been great", "could've further enriched"): the praise words in and just after it do not count.
_SHORTFALL = re.compile(
    r"(?P<counterfactual>\b(?:could|would|should|might)(?:\s+have|['’]ve)\s+(?:\w+\s+)?(?:been|used|benefit+ed"
    r"|enriched|improved|helped|done with|gone further|added)\b)"
    r"|\b(?:crav(?:e|es|ed|ing)|(?:left|leaves|leaving)\s+(?:\w+\s+){0,2}?(?:wanting|wishing|hungry for)"
    r"|wish(?:ed|ing)? for|need(?:s|ed)|could use)\s+(?:a (?:bit|little|lot|touch)\s+)?more\b"
    r"|\bif only\b", re.IGNORECASE)
_SHORTFALL_STEMS = ("ould", "might", "crav", "lef", "leav", "wish", "need", "if only")
_SHORTFALL_REACH = re.compile(r"(?:\W+[\w'’-]+){0,3}")  # the words after a shortfall that it governs
MODEL_WEIGHT = 1.0       # weight of the sentence model's log-odds in a clause's sentiment
CUE_WEIGHT = 2.0         # weight of each evaluative cue
POLAR_MARGIN = 0.3       # |combined score| below this is "mixed"
CUE_OPINION_MIN = 0.5    # evaluative weight that makes a clause an opinion


class Clause(NamedTuple):
    """A piece of a sentence; a concessive one ("despite the cast") takes the opposite of its main clause."""

    text: str
    concessive: bool


def split_clauses(sentence: str) -> list[Clause]:
    """Cut a sentence at contrast markers; a leading concessive clause ends at its first comma."""
    lowered = casefree(sentence)
    pieces: list[str] = []
    start = 0
    if has_any(lowered, _CONTRAST_STEMS):
        for match in _CONTRAST.finditer(lowered):  # never empty: the pieces `re.split` would give
            pieces.append(sentence[start:match.start()])
            start = match.end()
    pieces.append(sentence[start:])
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
    # A clause is its sentence cut at punctuation or before a contrast word, so a term found in a
    # clause is found in the whole sentence too: terms start at a word boundary, none starts with a
    # contrast word, and across a cut their lookarounds only see separators (no "was ", " by").
    # A sentence without any term therefore has no aspect, and most sentences have none.
    has_terms = _ASPECT_MATCHER.occurs_in_each([s.lower() for s in sentences])
    candidates = []
    for sentence in (s for s, has in zip(sentences, has_terms) if has):
        if not_prose(sentence):
            continue
        sentence_clauses = split_clauses(sentence)
        if any(_aspects_in(c.text) for c in sentence_clauses) and not is_production_history(sentence):
            candidates.append((sentence, sentence_clauses))
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
        # A job noun ("the director") stands for its craft only where an evaluative word judges it.
        lexical, roles = _terms_in(clause.text)
        for aspect in lexical + (roles if abs(cue_weight) >= CUE_OPINION_MIN else ()):
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
    cue_weight = evaluative_cues(clause.text)[0] + _shortfall(clause.text)
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


def _shortfall(text: str) -> float:
    """Cue weight of the wishes for more in `text`: -1 each, and the praise words they govern cancelled.

    A fault that only could have been ("what could have been a mess") was avoided: its cue is cancelled instead.
    """
    if not has_any(casefree(text), _SHORTFALL_STEMS):
        return 0.0
    weight = 0.0
    for match in _SHORTFALL.finditer(text):
        governed = _SHORTFALL_REACH.match(text, match.end())
        net, _ = evaluative_cues(text[match.start():governed.end() if governed else match.end()])
        weight += -net if net < 0 and match.group("counterfactual") else -1.0 - max(net, 0.0)
    return weight


@lru_cache(maxsize=8192)
def _terms_in(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(aspects whose lexicon terms occur in `text`, other aspects named only by a job noun such as "the director").

    Job nouns name an aspect only as `aspect_mentions.job_noun_aspects` allows (this film's crew,
    no name attached); story words that only frame another thing ("drives the narrative") are masked
    and the clause read again.
    """
    lowered = text.lower()
    found = _ASPECT_MATCHER.labels_in(lowered)
    if "story" in found:
        masked = mask_story_frames(lowered)
        if masked != lowered:
            found = _ASPECT_MATCHER.labels_in(masked)
    roles = job_noun_aspects(text) if _ROLE_LABEL in found else ()
    lexical = tuple(name for name in ASPECT_TERMS if name in found)
    return lexical, tuple(name for name in roles if name not in found)


def _aspects_in(text: str) -> tuple[str, ...]:
    """Every aspect `text` names, by a lexicon term or by a job noun."""
    lexical, roles = _terms_in(text)
    return lexical + roles


def _sentiment(value: float) -> Sentiment:
    if value >= POLAR_MARGIN:
        return "positive"
    if value <= -POLAR_MARGIN:
        return "negative"
    return "mixed"
