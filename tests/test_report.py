"""Specification of the film report's consensus parts: filled in, and independent of the order of reviews."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.models import ASPECTS, Aspect, Film, Review
from consensus.pipeline import aggregate
from tests.conftest import FIXTURES

SENTIMENTS = ["positive", "negative", "mixed"]


def lantern_keeper() -> list[Review]:
    data = json.loads((FIXTURES / "consensus" / "lantern_keeper.json").read_text())
    return [Review(**r) for r in data["reviews"]]


def test_the_report_carries_aspects_disagreements_consensus_and_score_distribution():
    report = aggregate(lantern_keeper())
    assert report.consensus and "The Lantern Keeper" in report.consensus
    assert {a.aspect for a in report.aspects} >= {"visuals", "acting", "camera_editing", "story", "action"}
    assert "camera_editing" in {d.aspect for d in report.disagreements}
    assert sum(b.count for b in report.score_distribution) == 5
    assert [b.band for b in report.score_distribution][0] == "universal acclaim"


@st.composite
def films(draw: st.DrawFn) -> list[Review]:
    """Several invented reviews of one film: random polarity, score, and aspect sentences."""
    count = draw(st.integers(min_value=0, max_value=7))
    reviews = []
    for i in range(count):
        mentions = draw(st.lists(st.tuples(st.sampled_from(ASPECTS), st.sampled_from(SENTIMENTS)), max_size=5))
        score = draw(st.none() | st.integers(0, 100))
        reviews.append(
            Review(
                source=f"critic-{i}.txt",
                sha256=f"{i:064x}",
                film=Film(title="Harbour Lights", year=2030),
                polarity=draw(st.sampled_from(SENTIMENTS)),
                score=score,
                score_source=None if score is None else draw(st.sampled_from(["rating", "inferred"])),
                pull_quote=f"Quote {i}.",
                aspects=[
                    Aspect(aspect=a, sentiment=s, evidence=f"Critic {i} on {a}, sentence {j}.")
                    for j, (a, s) in enumerate(mentions)
                ],
            )
        )
    return reviews


@settings(max_examples=80, deadline=None)
@given(films(), st.randoms(use_true_random=False))
def test_shuffling_the_reviews_does_not_change_the_report(reviews, rnd):
    shuffled = list(reviews)
    rnd.shuffle(shuffled)
    assert aggregate(shuffled) == aggregate(reviews)


def test_the_invented_film_report_is_the_same_in_every_order():
    reviews = lantern_keeper()
    expected = aggregate(reviews).model_dump()
    for rotation in range(len(reviews)):
        assert aggregate(reviews[rotation:] + reviews[:rotation]).model_dump() == expected


def test_the_ballerina_seeds_get_verdicts_backed_by_two_reviews_and_their_real_disagreements(seeds_dir):
    from consensus.ingest.document import document_from_bytes
    from consensus.pipeline import analyze

    reviews = [analyze(document_from_bytes(p.read_bytes(), p.name)) for p in sorted(seeds_dir.glob("*.txt"))]
    report = aggregate(reviews)
    assert report.aspects
    assert report.consensus and "Ballerina" in report.consensus
    for summary in report.aspects:
        if summary.positive + summary.negative + summary.mixed >= 2:
            assert len({e.source for e in summary.evidence}) >= 2, summary
    disputed = {d.aspect for d in report.disagreements}
    assert "camera_editing" in disputed  # the fast editing and shaky camera in the fights
    assert disputed & {"acting", "action"}  # whether the lead is physically convincing in the action


def test_titles_in_other_scripts_keep_distinct_keys_and_get_url_safe_slugs() -> None:
    from consensus.aggregate.report import normalize_title, slugify

    assert normalize_title("기생충") != normalize_title("Сталкер") != ""
    assert normalize_title("The Amélie") == "amelie"
    for title in ("기생충", "Сталкер"):
        slug = slugify(title, 2019)
        assert slug.isascii() and slug.startswith("film-") and slug.endswith("-2019")
    assert slugify("기생충", 2019) != slugify("Сталкер", 2019)
    assert slugify(None, None) == "untitled"


def test_films_with_titles_in_other_scripts_are_not_grouped_together() -> None:
    from consensus.aggregate.report import group_by_film
    from consensus.models import Film, Review

    reviews = [
        Review(source=f"{i}.txt", sha256=str(i), film=Film(title=title, year=2019))
        for i, title in enumerate(["기생충", "Сталкер", "기생충"])
    ]
    assert sorted(len(group) for group in group_by_film(reviews).values()) == [1, 2]


def test_a_name_one_review_mentions_without_a_role_joins_the_person_another_review_credits():
    from consensus.models import NameMention, Person

    film = Film(title="The Glass Orchard", year=2021)
    credited = Review(source="a", sha256="a", film=film, people=[Person(name="Ngozi Okafor", role="actor", character="Ada")])
    mentioned = Review(
        source="b", sha256="b", film=film,
        name_mentions=[NameMention(name="Okafor", evidence="Okafor is a pleasure to watch."), NameMention(name="Ada", evidence="Ada sings.")],
    )
    report = aggregate([credited, mentioned])
    assert [(c.name, c.aliases) for c in report.credits.cast] == [("Ngozi Okafor", ["Okafor"])]
    assert [(c.name, c.played_by) for c in report.characters] == [("Ada", "Ngozi Okafor")]  # the character's name stays the character's


def test_the_ballerina_seed_report_has_the_facts_a_viewer_checks_first(seeds_dir):
    """Issue 5's evidence: voted facts, the cast with their characters, every variant merged, no wrong merge."""
    from consensus.ingest.document import document_from_bytes
    from consensus.pipeline import analyze

    report = aggregate(analyze(document_from_bytes(p.read_bytes(), p.name)) for p in sorted(seeds_dir.glob("*.txt")))
    film, credits = report.film, report.credits
    assert (film.title, film.year, film.runtime_minutes, film.country) == ("Ballerina", 2023, 92, "South Korea")
    assert (film.release_date, film.platform) == ("2023-10-06", "Netflix")
    assert film.premiere == "28th Busan International Film Festival"
    assert credits.director == ["Lee Chung-hyun"] and credits.composer == ["Gray"]
    cast = {member.name: member for member in credits.cast}
    assert {name: member.character for name, member in cast.items()} == {
        "Jeon Jong-seo": "Jang Ok-ju", "Kim Ji-hoon": "Choi Pro", "Park Yu-rim": "Choi Min-hee",
        "Shin Se-hwi": None, "Park Hyoung-soo": None,
    }
    assert {"Jun Jong-seo", "Jeon Jong-Seo", "Jeon Jong Seo"} <= set(cast["Jeon Jong-seo"].aliases)
    characters = {c.name: c for c in report.characters}
    assert {"Ok-ju", "Ok-Joo"} <= set(characters["Jang Ok-ju"].aliases)
    assert characters["Choi Min-hee"].played_by == "Park Yu-rim"
    assert not set(characters["Choi Min-hee"].aliases) & {"Choi Pro", "Choi"}
    assert not set(cast["Park Yu-rim"].aliases) & {"Park Hyoung-soo", "Park"}
