"""The pre-checks that let rules skip text: lower-casing as re.I compares, stems every match holds, word tries.

The stem tables live beside the regexes they guard (content warnings, credits,
comparisons, facts); the property tests below generate text each regex matches
and check that the match holds one of its stems, so a phrase added to a regex
without a stem fails here instead of being silently skipped.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.extract import comparisons, content_warnings, facts, people
from consensus.extract.prefilter import TextIndex, casefree, has_any, minimal_stems, word_trie


def test_casefree_lowers_like_re_ignorecase_and_keeps_offsets() -> None:
    text = "İstanbul ſtar KELVIN ıris Ünal"
    folded = casefree(text)
    assert len(folded) == len(text)
    assert folded == "istanbul star kelvin iris ünal"
    assert casefree("Plain ASCII") == "plain ascii"


def test_has_any_and_minimal_stems() -> None:
    assert has_any("a bloody fight", ("gore", "blood"))
    assert not has_any("a quiet film", ("gore", "blood"))
    assert minimal_stems(["thrillers", "thriller", "War", "warfare"]) == ("war", "thriller")


def test_word_trie_matches_exactly_the_words() -> None:
    words = ["war", "warm", "western", "sci-fi"]
    pattern = re.compile(rf"\b(?:{word_trie(words)})\b")
    assert [m.group() for m in pattern.finditer("a warm war western, sci-fi; wart warmer")] == ["warm", "war", "western", "sci-fi"]


def test_text_index_finds_the_texts_a_regex_matches_as_if_searched_one_by_one() -> None:
    texts = ["Runs 1h", "45m of it", "a 92 min film", "NONE here", "92\nmin"]
    index = TextIndex(texts)
    shape = re.compile(r"\d\s*[hm]")  # `\s` cannot run from one text into the next
    assert index.matching(shape) == [i for i, t in enumerate(texts) if shape.search(t.lower())] == [0, 1, 2, 4]
    assert index.matching(re.compile(r"\bhere\b")) == [3]
    assert index.matching(re.compile("NONE"), lowered=False) == [3]
    assert index.lowered_text(3) == "none here"


def test_text_index_finds_the_texts_holding_a_stem_in_order() -> None:
    index = TextIndex(["Directed by Ana Ruiz.", "A quiet film.", "The DIRECTOR returns.", "director"])
    assert index.having(("director", "directed")) == [0, 2, 3]
    assert index.having(("gore",)) == []
    assert index.has(("quiet",))


# (regex, stems every match of it holds); the regex is searched in generated text.
GUARDED: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    *((f"described {k}", p, content_warnings._DESCRIBED_STEMS[k]) for k, p in content_warnings._DESCRIBED_PATTERNS.items()),
    *((f"described {k} group {j}", p, stems) for k, groups in content_warnings._DESCRIBED_GROUPS_LOWER.items() for j, (p, stems) in enumerate(groups)),
    ("explicit warning line", content_warnings._EXPLICIT, content_warnings._EXPLICIT_STEMS),
    ("bare warning line", content_warnings._BARE_WARNING, content_warnings._EXPLICIT_STEMS),
    ("role noun", people._ROLE_NOUN, people._ROLE_NOUN_STEMS),
    *((f"by cue {i}", p, stems) for i, ((p, _), stems) in enumerate(zip(people._BY_CUES, people._BY_CUE_STEMS))),
    *((f"before-name cue {i}", p, stems) for i, (p, _, _, stems) in enumerate(people._BEFORE_NAME_CUES)),
    *((f"platform {name}", p, tuple(l.lower() for l in literals)) for name, p, literals in facts._PLATFORMS),
    ("country field", facts._COUNTRY_FIELD, facts._COUNTRY_FIELD_STEMS),
]


@pytest.mark.parametrize("name, pattern, stems", GUARDED, ids=[g[0] for g in GUARDED])
def test_every_match_of_a_guarded_regex_holds_one_of_its_stems(name: str, pattern: re.Pattern[str], stems: tuple[str, ...]) -> None:
    @settings(max_examples=80, deadline=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert has_any(casefree(match.group()), stems), (name, match.group())

    check()


def test_the_lower_case_twins_of_case_insensitive_regexes_agree() -> None:
    text = "This South Korean THRILLER is an action film; Netflix's latest. Like Heat, à la Mann, it RECALLS Thief."
    assert facts._COUNTRY_WORD_LOWER.search(casefree(text)) and facts._COUNTRY_WORD.search(text)
    assert facts._GENRE_WORD_LOWER.search(casefree(text)) and facts._GENRE_IN.search(text)
    assert [m.span() for m in comparisons._CUES_LOWER.finditer(casefree(text))] == [m.span() for m in comparisons._CUES.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["like", "like in", "the first", "the likes of", "than", "a la", "à la", "Heat", " ", "\t", "films like",
                                 "reminds me of the obvious", "isn't", "x"]), max_size=12))
def test_the_grouped_cue_regex_matches_exactly_where_the_plain_one_does(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in comparisons._CUES_LOWER.finditer(casefree(text))] == [m.span() for m in comparisons._CUES.finditer(text)]
