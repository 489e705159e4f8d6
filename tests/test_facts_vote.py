"""Voting facts across reviews: majority wins, provenance kept, conflicts recorded, ties deterministic."""

from __future__ import annotations

from consensus.aggregate.facts_vote import vote_credits_and_facts, vote_facts
from consensus.aggregate.aliases import merge_people
from consensus.models import Facts, Film, Person, Review


def review(source: str, people: list[Person] | None = None, **facts: object) -> Review:
    evidence = {k: str(v) for k, v in facts.items()}
    return Review(source=source, sha256=source, film=Film(title="T"), people=people or [], facts=Facts(**facts, evidence=evidence))


def test_majority_wins_and_conflicts_are_recorded() -> None:
    reviews = [review("a", runtime_minutes=92), review("b", runtime_minutes=92), review("c", runtime_minutes=95)]
    [vote] = [v for v in vote_facts(reviews, []) if v.field == "runtime_minutes"]
    assert vote.value == 92 and vote.sources == ["a", "b"] and vote.conflicts == {"95": ["c"]}


def test_ties_prefer_a_credit_line_then_sort_order() -> None:
    reviews = [
        Review(source="a", sha256="a", film=Film(), facts=Facts(country="Japan", evidence={"country": "a Japanese-made film, honestly, that is what it is."})),
        Review(source="b", sha256="b", film=Film(), facts=Facts(country="South Korea", evidence={"country": "Country: South Korea"})),
    ]
    [vote] = [v for v in vote_facts(reviews, []) if v.field == "country"]
    assert vote.value == "South Korea" and vote.conflicts == {"Japan": ["a"]}


def test_credits_vote_on_merged_names() -> None:
    reviews = [
        review("a", [Person(name="Lee Chung-hyun", role="director")]),
        review("b", [Person(name="Chung-Hyun Lee", role="director"), Person(name="Chung-Hyun Lee", role="writer")]),
        review("c", [Person(name="Lee Chung-hyun", role="director")]),
        review("d", [Person(name="Wong Kar-wai", role="director")]),
        review("e", [Person(name="Lee Chung-hyun", role="director")]),
    ]
    voted = vote_credits_and_facts(reviews)
    assert voted.credits.director == ["Lee Chung-hyun"]
    assert voted.credits.writer == ["Lee Chung-hyun"]
    [director] = [v for v in voted.facts if v.field == "director"]
    assert director.conflicts == {"Wong Kar-wai": ["d"]}
    people, _ = merge_people([(r.source, r.people) for r in reviews])
    assert {p.name: p.roles for p in people}["Lee Chung-hyun"] == ["director", "writer"]


def test_genres_keep_well_supported_items() -> None:
    reviews = [review("a", genres=["action", "thriller"]), review("b", genres=["thriller", "action"]), review("c", genres=["comedy"])]
    [vote] = [v for v in vote_facts(reviews, []) if v.field == "genres"]
    assert vote.value == ["action", "thriller"] and vote.conflicts == {"comedy": ["c"]}


def test_a_release_known_to_the_year_counts_for_the_full_date_it_agrees_with() -> None:
    reviews = [review("a", release_date="2021"), review("b", release_date="2021"), review("c", release_date="2021-05-14"),
               review("d", release_date="2019")]
    [vote] = [v for v in vote_facts(reviews, []) if v.field == "release_date"]
    assert vote.value == "2021-05-14" and vote.sources == ["a", "b", "c"] and vote.conflicts == {"2019": ["d"]}
