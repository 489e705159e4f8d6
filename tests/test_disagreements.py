"""Specification of disagreements: which aspects critics split on, who is on each side, the one-line summary."""

from __future__ import annotations

import json

from consensus.aggregate.disagreements import find_disagreements, summarize
from consensus.models import Aspect, Film, Review
from tests.conftest import FIXTURES


def review(source: str, *aspects: tuple[str, str, str]) -> Review:
    """An invented review of an invented film: (aspect, sentiment, sentence) triples."""
    return Review(
        source=source, sha256=source, film=Film(title="Harbour Lights", year=2030),
        aspects=[Aspect(aspect=a, sentiment=s, evidence=e) for a, s, e in aspects],
    )


def lantern_keeper() -> list[Review]:
    data = json.loads((FIXTURES / "consensus" / "lantern_keeper.json").read_text())
    return [Review(**r) for r in data["reviews"]]


def test_an_even_split_names_the_aspect_and_who_is_on_each_side():
    reviews = [
        review("a.txt", ("camera_editing", "positive", "The editing is crisp.")),
        review("b.txt", ("camera_editing", "negative", "The shaky camera ruins the fights.")),
        review("c.txt", ("camera_editing", "positive", "Fluid camerawork.")),
        review("d.txt", ("camera_editing", "negative", "Choppy cutting.")),
    ]
    [split] = find_disagreements(reviews)
    assert split.aspect == "camera_editing"
    assert split.positive == ["a.txt", "c.txt"]
    assert split.negative == ["b.txt", "d.txt"]
    assert split.summary == "Critics split on the camera work and editing: two praise it, two fault it."
    said = {(e.source, e.sentence) for e in split.evidence}
    assert ("b.txt", "The shaky camera ruins the fights.") in said and ("a.txt", "The editing is crisp.") in said


def test_mixed_reviews_that_voice_a_fault_side_against_a_praising_majority():
    reviews = [
        review("a.txt", ("acting", "positive", "The lead is superb in the fights.")),
        review("b.txt", ("acting", "positive", "A committed performance.")),
        review("c.txt", ("acting", "positive", "Her acting is strong."), ("acting", "negative", "She is not convincing as a fighter.")),
    ]
    [split] = find_disagreements(reviews)
    assert split.aspect == "acting"
    assert split.positive == ["a.txt", "b.txt"] and split.negative == [] and split.mixed == ["c.txt"]
    assert split.summary == "Most critics praise the performances, but one has reservations."
    assert ("c.txt", "She is not convincing as a fighter.") in {(e.source, e.sentence) for e in split.evidence}


def test_a_mixed_review_with_praise_sides_against_a_faulting_majority():
    reviews = [
        review("a.txt", ("story", "negative", "The plot is thin.")),
        review("b.txt", ("story", "negative", "A muddled script.")),
        review("c.txt", ("story", "positive", "The premise is clever."), ("story", "negative", "It goes nowhere.")),
    ]
    [split] = find_disagreements(reviews)
    assert split.summary == "Most critics fault the story, though one finds something to like."


def test_no_disagreement_when_everyone_agrees_or_only_one_review_is_torn():
    agree = [review("a.txt", ("music", "positive", "Lovely score.")), review("b.txt", ("music", "positive", "Great score."))]
    torn = [review("a.txt", ("music", "positive", "Lovely score."), ("music", "negative", "Too loud."))]
    assert find_disagreements(agree) == []
    assert find_disagreements(torn) == []
    assert find_disagreements([]) == []


def test_a_lone_dissenter_among_many_is_not_a_split():
    reviews = [review(f"{i:02}.txt", ("visuals", "positive", "Gorgeous.")) for i in range(9)]
    reviews.append(review("10.txt", ("visuals", "negative", "Ugly.")))
    assert find_disagreements(reviews) == []
    assert len(find_disagreements(reviews[-3:])) == 1  # one against two is a real disagreement


def test_summaries_agree_in_number_and_count_the_mixed():
    assert summarize("acting", 1, 2, 0, 0, 0) == "Critics split on the performances: one praises them, two fault them."
    assert summarize("pacing", 2, 1, 1, 1, 0) == "Critics split on the pacing: two praise it, one faults it, one is mixed."
    assert summarize("villain", 1, 0, 1, 1, 0) == "Critics are divided on the villain: one praises it, one has reservations."


def test_the_most_evenly_split_aspect_comes_first():
    reviews = lantern_keeper()
    found = find_disagreements(reviews)
    assert [d.aspect for d in found][:2] == ["camera_editing", "acting"]
    assert found == find_disagreements(list(reversed(reviews)))
