"""The pull quote: the one sentence that states the review's verdict, as an editor would pick it.

An editor picks a strong evaluative sentence about the film as a whole, one
that agrees with the review's verdict, short enough to quote (8-40 words),
never plot summary, a heading, a question or a line of dialogue, and leans
on the closing paragraph, where critics sum up ("overall", "in short").
Each candidate is scored from:
- the sentence model's P(positive), in the direction of the review's polarity
  (for a `mixed` review: how balanced the sentence is);
- evaluative cues and the opinion score (a verdict, not a synopsis);
- talk about the film as a whole ("the film", "this movie", "a must-see");
- summing-up markers and position (later sentences weigh a little more).
The highest score wins; `None` when no sentence is an opinion at all.
"""

from __future__ import annotations

import re

from consensus.extract.prefilter import casefree, has_any
from consensus.extract.sentence_sentiment import evaluative_cues, load_model, score_sentences
from consensus.models import Polarity

MIN_WORDS, MAX_WORDS = 8, 40
STRONG_OPINION = 0.5  # a quote without any evaluative cue must read clearly as opinion
_WHOLE_FILM = re.compile(r"\b(?:the|this|a|an|its) (?:film|movie|picture|flick|thriller|drama|comedy|documentary"
                         r"|feature|effort|entry|debut|sequel|remake)\b|\bmust-(?:see|watch)\b|\brecommend",
                         re.IGNORECASE)
_SUMMING_UP = re.compile(r"^(?:overall|all in all|in short|in the end|ultimately|in sum|to sum up|in conclusion"
                         r"|bottom line|so,|in all)\b|\b(?:highly recommended|worth (?:watching|seeing|a look))\b",
                         re.IGNORECASE)
# Every match of the two patterns above holds one of these (lower-cased, see `prefilter.casefree`).
_WHOLE_FILM_STEMS = ("film", "movie", "picture", "flick", "thriller", "drama", "comedy", "documentary", "feature",
                     "effort", "entry", "debut", "sequel", "remake", "must-", "recommend")
_SUMMING_UP_OPENERS = ("overall", "all in all", "in short", "in the end", "ultimately", "in sum", "to sum up",
                       "in conclusion", "bottom line", "so,", "in all")
_SUMMING_UP_STEMS = ("highly recommended", "worth ")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|my|me)\b", re.IGNORECASE)
_NOT_A_QUOTE = re.compile(r"https?://|www\.|@|©|\b(?:subscribe|newsletter|follow us|click|rating:)", re.IGNORECASE)
# Every _NOT_A_QUOTE match holds one of these (lower-cased, see `prefilter.casefree`); most sentences hold none.
_NOT_A_QUOTE_STEMS = ("://", "www.", "@", "©", "subscribe", "newsletter", "follow us", "click", "rating:")
_QUOTE_ENDS = frozenset(".!…\"”'")


def pick_pull_quote(sentences: list[str], polarity: Polarity) -> str | None:
    """The sentence that best sums up the review's verdict, or None when nothing reads as a verdict."""
    candidates = [(i, s) for i, s in enumerate(sentences) if _quotable(s)]
    if not candidates:
        return None
    model = load_model()
    texts = [s for _, s in candidates]
    positive, opinion = score_sentences(texts)
    best, best_score = None, 0.0
    for (index, sentence), p, o in zip(candidates, positive, opinion):
        cue_weight, cues = evaluative_cues(sentence)
        if not cues and o < max(model.opinion_threshold, STRONG_OPINION):
            continue
        score = _agreement(float(p), cue_weight, polarity) + 0.8 * float(o) + 0.25 * min(len(cues), 3)
        score += 0.6 * _is_about_whole_film(sentence) + 0.8 * _sums_up(sentence)
        score += 0.5 * index / max(len(sentences) - 1, 1) - 0.1 * bool(_FIRST_PERSON.search(sentence))
        if best is None or score > best_score:
            best, best_score = sentence, score
    return best


def _is_about_whole_film(sentence: str) -> bool:
    """Talk about the film as a whole ("this movie", "a must-see"): `_WHOLE_FILM`, skipped when no stem is there."""
    return has_any(casefree(sentence), _WHOLE_FILM_STEMS) and bool(_WHOLE_FILM.search(sentence))


def _sums_up(sentence: str) -> bool:
    """A summing-up marker ("Overall", "highly recommended"): `_SUMMING_UP`, skipped when none can match."""
    lowered = casefree(sentence)
    maybe = lowered.startswith(_SUMMING_UP_OPENERS) or has_any(lowered, _SUMMING_UP_STEMS)
    return maybe and bool(_SUMMING_UP.search(sentence))


def _agreement(p_positive: float, cue_weight: float, polarity: Polarity) -> float:
    """How well the sentence's lean matches the review's verdict (about -2 to 2)."""
    lean = 2 * (p_positive - 0.5) + 0.3 * max(min(cue_weight, 2), -2)
    if polarity == "positive":
        return lean
    if polarity == "negative":
        return -lean
    return 1.0 - abs(lean)


def _quotable(sentence: str) -> bool:
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    last = sentence.rstrip()[-1:]
    if last not in _QUOTE_ENDS:  # also rules out "?"
        return False
    if sentence[:1] in "\"“‘" and last in "\"”’":
        return False
    return not (has_any(casefree(sentence), _NOT_A_QUOTE_STEMS) and _NOT_A_QUOTE.search(sentence))
