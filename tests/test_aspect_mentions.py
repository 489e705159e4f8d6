"""What names an aspect without judging it: non-sentences, production history, people named by their job."""

from __future__ import annotations

import pytest

from consensus.extract.aspect_mentions import job_noun_aspects, judges_nothing, mask_story_frames


@pytest.mark.parametrize("line", [
    "Director: Jane Roe | Writer: Jane Roe",
    "Genre: Action, Thriller | Country: Norway",
    "Running time: 1h 48m",
    "Music by Tom Vale",
    "Starring Ada Lark, Ben Cole and Mia Stone",
    "Cast: Ada Lark, Ben Cole, Mia Stone.",
    "Night Harbor | 2021 | 1h 50m",
    "The Story: A Long Road Home",
    "Themes and Missed Chances: What Lies Beneath the Surface",
    "Great Music, Bad Script",
    "Was the ending really necessary?",
    "Principal photography began in March 2019 and wrapped in June.",
    "The studio announced the cast in May, and the film premiered at a festival in the autumn.",
])
def test_lines_that_judge_nothing(line: str) -> None:
    assert judges_nothing(line)


@pytest.mark.parametrize("line", [
    "The acting is superb and the score soars.",
    "Music: a pulsing synth score that lifts every fight.",
    "Verdict: a gripping story with superb acting",
    "a full-blooded, absorbing story",
    "Jeon Ada and Kim Ben are superb as Ok-ran and Choi-do",
    "The premiere was a triumph, and the film is a gripping, beautifully shot thriller.",
    "Shot on a shoestring, the film still looks gorgeous | a rare feat in the genre.",
])
def test_opinions_are_not_taken_for_headings_or_credits(line: str) -> None:
    assert not judges_nothing(line)


def test_a_job_noun_before_or_after_a_name_names_no_aspect() -> None:
    for clause in ("Writer/director Jane Roe has an auteur streak.", "Director Jane Roe crafts a thriller.",
                   "Jane Roe, the director, keeps it moving.", "The director, Jane Roe, keeps it moving."):
        assert job_noun_aspects(clause) == ()


def test_the_films_crew_names_its_craft_but_the_trade_does_not() -> None:
    assert job_noun_aspects("Still, the director keeps it moving.") == ("direction",)
    assert job_noun_aspects("The film's composer and its editor work wonders.") == ("music", "camera_editing")
    assert job_noun_aspects("Filmmakers too often forget the audience.") == ()
    assert job_noun_aspects("including a debutant music director") == ()


def test_story_words_that_only_frame_another_thing_are_masked() -> None:
    for clause in ("her performance drives the narrative.", "the villain of the story is menacing.",
                   "as the plot unfolds, the fights improve.", "the film tells the story of two sisters."):
        assert not any(word in mask_story_frames(clause) for word in ("story", "plot", "narrative"))
    assert mask_story_frames("the story is a mess.") == "the story is a mess."
