"""The term matcher finds exactly the labels one big `\\b(?P<label>...)|...` alternation would, only faster."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from consensus.extract.aspects import ASPECT_TERMS
from consensus.extract.term_matcher import TermMatcher, split_alternatives


def alternation_labels(terms: dict[str, str], text: str) -> set[str]:
    """The reference: one alternation with a named group per label, run with finditer."""
    pattern = re.compile("|".join(rf"\b(?P<{label}>{body})" for label, body in terms.items()))
    return {match.lastgroup for match in pattern.finditer(text)}


# Invented sentences that exercise the awkward terms: lookbehinds, leading groups, negative lookaheads,
# terms that share a first letter across aspects, and overlapping terms.
SENTENCES = [
    "the lead role suits her, and the lead performance is the best thing in it.",
    "principal photography ended in may; the photography itself is drab.",
    "it was directed by a newcomer who directed the actors with care.",
    "her on-screen presence and his screen presence carry the film.",
    "the cast out of town are fine, but the cast upon the island shine.",
    "an action-packed thriller whose action scenes are clumsy.",
    "his camera phone footage looks cheap; the camera work elsewhere is fluid.",
    "the film's score swells while the original score by the composer is reused.",
    "a slow start, a brisk build-up and a sluggish first half.",
    "the sets are lavish; its sets look expensive and the set pieces dazzle.",
    "the director of photography lights every frame; the directors disagree.",
    "nothing here: a man walks a dog along a river at dawn.",
    "",
]


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|x]|e\|f") == ["a", "b(?:c|d)", "[|x]", r"e\|f"]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_aspect_lexicon_gives_the_alternation_answer(text: str) -> None:
    assert TermMatcher(ASPECT_TERMS).labels_in(text) == alternation_labels(ASPECT_TERMS, text)


def test_leading_groups_optional_groups_and_lookbehinds_are_expanded_faithfully() -> None:
    terms = {
        "role": r"(?:her|his|the lead) roles?",
        "presence": r"(?:on-)?screen presence",
        "photo": r"(?<!principal )photography",
        "directed": r"(?<!was )(?<!is )directed(?! by)",
    }
    matcher = TermMatcher(terms)
    for text in ["the lead role", "his roles", "on-screen presence", "screen presence", "principal photography",
                 "the photography", "it was directed well", "well directed", "directed by him", "nothing at all"]:
        assert matcher.labels_in(text) == alternation_labels(terms, text), text


def test_an_earlier_label_wins_where_two_labels_match_at_the_same_place() -> None:
    terms = {"first": "cast", "second": "casting"}
    assert TermMatcher(terms).labels_in("the casting") == {"first"} == alternation_labels(terms, "the casting")


def test_a_term_that_cannot_be_grouped_by_first_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="does not start with"):
        TermMatcher({"bad": r"[ab]cd"})


def test_same_answer_as_the_alternation_on_real_review_sentences(data_dir: Path) -> None:
    with gzip.open(data_dir / "pang_lee_polarity.jsonl.gz", "rt", encoding="utf-8") as handle:
        lines = [line for record in list(handle)[:300] for line in json.loads(record)["text"].split("\n")]
    matcher = TermMatcher(ASPECT_TERMS)
    reference = re.compile("|".join(rf"\b(?P<{label}>{body})" for label, body in ASPECT_TERMS.items()))
    assert all(matcher.labels_in(text) == {m.lastgroup for m in reference.finditer(text)} for text in lines)


def test_one_scan_over_many_texts_finds_what_each_text_alone_would() -> None:
    matcher = TermMatcher(ASPECT_TERMS)
    texts = [*SENTENCES, "the cast", "upon the island", "it was directed", "by", "a line\nwith the score inside"]
    assert matcher.occurs_in_each(texts) == [matcher.occurs_in(text) for text in texts]
    assert matcher.occurs_in_each([]) == []


def test_terms_that_could_match_a_newline_are_scanned_text_by_text() -> None:
    matcher = TermMatcher({"gap": r"end.start", "word": "plain"})
    texts = ["the end", "start here", "end start", "plain"]
    assert matcher.occurs_in_each(texts) == [False, False, True, True]
