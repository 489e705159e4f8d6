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


def test_a_character_dragged_somewhere_is_plot_not_pacing() -> None:
    assert aspects_of("She gets dragged into the gang's feud, which is a terrible mess for her.") == {}
    assert aspects_of("The second half dragged badly.") == {"pacing": "negative"}


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


def test_credit_and_fact_lines_yield_nothing() -> None:
    assert aspects_of("Director: Jane Roe | Writer: Jane Roe", "Music by Tom Vale", "Runtime: 1h 48m",
                      "Starring Ada Lark, Ben Cole and Mia Stone", "Cast: Ada Lark, Ben Cole, Mia Stone.",
                      "Night Harbor | 2021 | 1h 50m | Thriller", "Running time: 1h 48m | Genre: Action, Thriller",
                      "Screenplay by Tom Vale and Ada Lark, from a story by Mia Stone") == {}


def test_a_verdict_under_a_label_still_counts() -> None:
    assert aspects_of("Music: a pulsing synth score that lifts every fight.")["music"] == "positive"
    assert aspects_of("Verdict: a gripping story with superb acting") == {"story": "positive", "acting": "positive"}


def test_title_case_headings_yield_nothing() -> None:
    assert aspects_of("The Story: A Long Road Home", "Themes and Missed Chances: What Lies Beneath the Surface",
                      "The Star-Studded Cast: A Gathering of Talent") == {}


def test_a_job_noun_that_introduces_a_name_is_a_mention_not_a_verdict() -> None:
    assert aspects_of("Writer/director Jane Roe has something of an auteur streak.",
                      "Director Jane Roe crafts a brutal revenge thriller about two sisters.") == {}
    found = aspects_of("Despite a young crew, including a first-time music director, the cast is commendable.")
    assert "music" not in found and "direction" not in found


def test_the_crew_counts_for_its_craft_only_when_judged() -> None:
    assert aspects_of("The director keeps the tension superbly tight.") == {"direction": "positive"}
    assert aspects_of("Jane Roe is a superb director of action.")["direction"] == "positive"
    assert aspects_of("The writer gives the heroine nothing to do, which is a waste.")["story"] == "negative"
    assert "direction" not in aspects_of("Too often filmmakers treat revenge as a simple thing, and it is tiresome.")


def test_direction_judged_in_its_own_words_still_counts() -> None:
    assert aspects_of("The direction is assured and the script is sharp.") == {"direction": "positive",
                                                                             "story": "positive"}
    assert aspects_of("Roe directs with remarkable flair.") == {"direction": "positive"}


def test_production_history_yields_nothing() -> None:
    assert aspects_of("Principal photography began in March 2019 and wrapped in June, bringing the story to "
                      "the screen.", "The studio announced the cast in May, and the film premiered at a festival "
                      "in the autumn.") == {}


def test_a_story_that_only_frames_another_thing_is_not_judged() -> None:
    assert aspects_of("Her superb performance drives the narrative with intensity.") == {"acting": "positive"}
    assert aspects_of("The villain of the story is superbly menacing.") == {"villain": "positive"}
    assert aspects_of("As the plot unfolds, the fights grow more and more inventive.") == {"action": "positive"}


def test_a_wish_for_more_is_a_complaint() -> None:
    assert aspects_of("The subplot leaves you craving more depth in the storyline.") == {"story": "negative"}
    assert aspects_of("A few more fight scenes could have further enriched the experience.") == {"action": "negative"}
    assert aspects_of("The script could have been much sharper.") == {"story": "negative"}
    assert aspects_of("What could have been a dull slog is a gripping thriller with superb action.") == {
        "action": "positive"}


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
