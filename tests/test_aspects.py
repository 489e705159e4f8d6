"""Aspect sentiment: each clause's aspects take that clause's sentiment; plot summary yields nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import seed
from consensus.extract.aspects import find_aspects, split_clauses
from consensus.extract.sentences import split_sentences


def aspects_of(*sentences: str) -> dict[str, str]:
    return {a.aspect: a.sentiment for a in find_aspects(list(sentences))}


def test_contrast_splits_two_aspects_with_opposite_sentiments() -> None:
    found = aspects_of("The choreography was impressive, but the rapid cuts ruined the rooftop scene.")
    assert found == {"action": "positive", "camera_editing": "negative"}


def test_a_concession_takes_the_opposite_of_its_main_clause() -> None:
    found = aspects_of("Yet, despite the remarkable choreography, I found it difficult to enjoy the shaky camera work.")
    assert found["action"] == "positive"
    assert found["camera_editing"] == "negative"


def test_plot_summary_yields_no_aspect() -> None:
    assert aspects_of("Mara finds her brother dead in the garage and swears revenge on the gang.",
                      "The story follows a retired boxer who returns to his home town.") == {}


def test_a_slow_beginning_faults_the_pacing() -> None:
    assert aspects_of("The payoff is strong, though it takes a while to get past the rather leisurely beginning.")[
        "pacing"] == "negative"


def test_negated_fault_is_praise() -> None:
    assert aspects_of("The acting is by no means bad, and the lead is often riveting.")["acting"] == "positive"


def test_headings_and_questions_yield_nothing() -> None:
    assert aspects_of("Great Music, Bad Script", "Was the ending really necessary?") == {}


def test_evidence_is_the_sentence_verbatim_and_each_aspect_once_per_sentence() -> None:
    sentence = "The score soars, the soundtrack is superb and the music never lets up."
    found = find_aspects([sentence])
    assert [(a.aspect, a.evidence) for a in found] == [("music", sentence)]


def test_genre_labels_are_not_the_action_aspect() -> None:
    assert "action" not in aspects_of("It is the best action thriller of the year, with a superb lead performance.")


def test_split_clauses_marks_the_concessive_part() -> None:
    clauses = split_clauses("Although the plot is thin, the cast is terrific.")
    assert [(c.text, c.concessive) for c in clauses] == [("Although the plot is thin", True),
                                                        ("the cast is terrific.", False)]


@pytest.mark.seeds
def test_seed_000_praises_action_music_ending_and_faults_the_camera(seeds_dir: Path) -> None:
    found = find_aspects(split_sentences(seed(seeds_dir, "000").read_text(encoding="utf-8")))
    sentiments = {(a.aspect, a.sentiment) for a in found}
    assert {("action", "positive"), ("music", "positive"), ("ending", "positive"),
            ("camera_editing", "negative")} <= sentiments
    faulted = [a.evidence for a in found if a.aspect == "camera_editing" and a.sentiment == "negative"]
    assert any("shaky camera" in e for e in faulted) and any("rapid cuts" in e for e in faulted)


@pytest.mark.seeds
def test_seed_003_faults_the_slow_start_and_the_fast_editing(seeds_dir: Path) -> None:
    found = find_aspects(split_sentences(seed(seeds_dir, "003").read_text(encoding="utf-8")))
    sentiments = {(a.aspect, a.sentiment) for a in found}
    assert {("pacing", "negative"), ("camera_editing", "negative"), ("villain", "positive"),
            ("visuals", "positive")} <= sentiments


@pytest.mark.seeds
def test_seed_004_praises_action_acting_and_soundtrack(seeds_dir: Path) -> None:
    found = find_aspects(split_sentences(seed(seeds_dir, "004").read_text(encoding="utf-8")))
    sentiments = {(a.aspect, a.sentiment) for a in found}
    assert {("action", "positive"), ("acting", "positive"), ("music", "positive")} <= sentiments


@pytest.mark.seeds
def test_plot_synopsis_of_a_seed_yields_no_aspect(seeds_dir: Path) -> None:
    text = seed(seeds_dir, "003").read_text(encoding="utf-8")
    synopsis = [s for s in split_sentences(text) if "bathtub" in s]
    assert synopsis and find_aspects(synopsis) == []
