"""Specification of the aspect consensus: counts per review, verdicts, evidence, order."""

from __future__ import annotations

import json

from consensus.aggregate.aspect_consensus import aspect_consensus, net_sentiment, plain_name, verdict_of
from consensus.models import Aspect, Film, Review

from tests.conftest import FIXTURES


def review(source: str, *aspects: tuple[str, str, str], polarity: str = "positive") -> Review:
    """An invented review of an invented film: (aspect, sentiment, sentence) triples."""
    return Review(
        source=source, sha256=source, film=Film(title="Harbour Lights", year=2030), polarity=polarity,
        aspects=[Aspect(aspect=a, sentiment=s, evidence=e) for a, s, e in aspects],
    )


def lantern_keeper() -> list[Review]:
    data = json.loads((FIXTURES / "consensus" / "lantern_keeper.json").read_text())
    return [Review(**r) for r in data["reviews"]]


def by_name(summaries):
    return {s.aspect: s for s in summaries}


def test_a_review_is_net_positive_when_two_thirds_of_what_it_says_is_praise():
    def m(sentiment: str) -> Aspect:
        return Aspect(aspect="acting", sentiment=sentiment, evidence="x")

    assert net_sentiment([m("positive"), m("positive"), m("negative")]) == "positive"
    assert net_sentiment([m("positive"), m("negative")]) == "mixed"
    assert net_sentiment([m("negative"), m("negative"), m("positive")]) == "negative"
    assert net_sentiment([m("mixed")]) == "mixed"
    assert net_sentiment([m("positive"), m("mixed")]) == "positive"


def test_a_review_counts_once_per_aspect_however_often_it_mentions_it():
    reviews = [
        review("a.txt", ("action", "positive", "Great fights."), ("action", "positive", "More great fights."),
               ("action", "negative", "One fight drags.")),
        review("b.txt", ("action", "negative", "The fights are dull.")),
    ]
    action = by_name(aspect_consensus(reviews))["action"]
    assert (action.positive, action.negative, action.mixed) == (1, 1, 0)


def test_verdict_is_split_only_when_neither_side_has_twice_the_other():
    assert verdict_of(2, 2, 0) == "split"
    assert verdict_of(3, 2, 1) == "split"
    assert verdict_of(2, 1, 0) == "positive"
    assert verdict_of(1, 4, 0) == "negative"
    assert verdict_of(0, 0, 3) == "mixed"
    assert verdict_of(2, 0, 2) == "mixed"  # a tie between praise and mixed feelings is not praise
    assert verdict_of(3, 0, 1) == "positive"


def test_evidence_is_one_sentence_per_review_from_the_verdict_side_first_up_to_three():
    reviews = [
        review("a.txt", ("music", "positive", "The score soars."), ("music", "positive", "The score soars again.")),
        review("b.txt", ("music", "positive", "A lovely score.")),
        review("c.txt", ("music", "negative", "The music is intrusive.")),
        review("d.txt", ("music", "positive", "The score is a delight.")),
        review("e.txt", ("music", "positive", "Wonderful music.")),
    ]
    music = by_name(aspect_consensus(reviews))["music"]
    assert music.verdict == "positive"
    assert len(music.evidence) == 3
    assert len({e.source for e in music.evidence}) == 3
    assert "c.txt" not in {e.source for e in music.evidence}


def test_a_split_shows_both_sides_in_its_evidence():
    reviews = [
        review("a.txt", ("pacing", "positive", "It moves briskly.")),
        review("b.txt", ("pacing", "positive", "Never a dull moment.")),
        review("c.txt", ("pacing", "negative", "It drags in the middle.")),
        review("d.txt", ("pacing", "negative", "Far too slow.")),
    ]
    pacing = by_name(aspect_consensus(reviews))["pacing"]
    assert pacing.verdict == "split"
    sides = [e.source for e in pacing.evidence]
    assert sides[:2] == ["a.txt", "c.txt"]


def test_the_evidence_sentence_of_a_review_states_its_own_stance():
    reviews = [
        review("a.txt", ("acting", "negative", "One scene is overplayed."), ("acting", "positive", "The cast is superb."),
               ("acting", "positive", "The lead is superb.")),
        review("b.txt", ("acting", "positive", "A superb cast.")),
    ]
    acting = by_name(aspect_consensus(reviews))["acting"]
    chosen = {e.source: e.sentence for e in acting.evidence}
    assert chosen["a.txt"] in {"The cast is superb.", "The lead is superb."}


def test_aspects_most_reviews_discuss_come_first_then_by_name():
    reviews = [
        review("a.txt", ("visuals", "positive", "Pretty."), ("acting", "positive", "Fine acting.")),
        review("b.txt", ("visuals", "positive", "Gorgeous."), ("story", "negative", "Thin plot.")),
        review("c.txt", ("visuals", "negative", "Murky."), ("acting", "negative", "Stiff.")),
    ]
    assert [s.aspect for s in aspect_consensus(reviews)] == ["visuals", "acting", "story"]


def test_no_reviews_or_no_aspects_give_no_summaries():
    assert aspect_consensus([]) == []
    assert aspect_consensus([review("a.txt"), review("b.txt")]) == []


def test_the_order_of_reviews_does_not_matter():
    reviews = lantern_keeper()
    assert aspect_consensus(reviews) == aspect_consensus(list(reversed(reviews)))


def test_invented_film_verdicts_rest_on_at_least_two_reviews_each_when_two_discuss_it():
    summaries = by_name(aspect_consensus(lantern_keeper()))
    assert summaries["visuals"].verdict == "positive" and summaries["visuals"].positive == 5 - 1
    assert summaries["camera_editing"].verdict == "split"
    assert summaries["story"].verdict == "negative"
    for summary in summaries.values():
        discussed = summary.positive + summary.negative + summary.mixed
        assert len({e.source for e in summary.evidence}) == min(discussed, 3)


def test_aspects_have_plain_names_for_sentences():
    assert plain_name("camera_editing").noun == "the camera work and editing"
    assert plain_name("acting").it == "them"
    assert plain_name("story").it == "it"
