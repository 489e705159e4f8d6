"""The critic's own rating: every style critics write, every number that only looks like one.

The labelled cases live in tests/fixtures/rating_cases.jsonl, one invented
review snippet per line with the expected 0-100 score (or null: no rating of
the critic's own) and `why`, the style or the trap it covers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consensus.extract.rating_parse import parse_score_string
from consensus.extract.ratings import find_rating
from consensus.ingest.document import document_from_bytes
from consensus.models import Document, Film

from conftest import FIXTURES, seed

CASES = [json.loads(line) for line in (FIXTURES / "rating_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def doc(text: str, metadata: dict[str, object] | None = None) -> Document:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Document(source="case.txt", sha256="0" * 64, text=text, lines=lines, metadata=metadata or {})


def test_the_labelled_set_is_large_and_covers_both_sides() -> None:
    rated = [c for c in CASES if c["score"] is not None]
    unrated = [c for c in CASES if c["score"] is None]
    assert len(CASES) >= 100
    assert len(rated) >= 40 and len(unrated) >= 40
    assert len({c["id"] for c in CASES}) == len(CASES), "case ids must be unique"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_labelled_case(case: dict[str, object]) -> None:
    result = find_rating(doc(str(case["review"])), Film(title=case.get("title")))  # type: ignore[arg-type]
    got = result.rating
    if case["score"] is None:
        assert got is None, f"{case['why']}: read {got and got.text!r} from {got and got.evidence!r}"
        return
    assert got is not None, f"{case['why']}: no rating found (warnings: {result.warnings})"
    assert got.score == case["score"], case["why"]
    assert got.text == case["as_written"], case["why"]
    assert got.evidence in str(case["review"]).splitlines() or got.evidence in str(case["review"])


# --------------------------------------------------------------------------- what a rating carries


def test_rating_keeps_value_scale_and_evidence_line() -> None:
    rating = find_rating(doc("A lean, mean thriller.\nFilm Rating: 7/10\nStream it."), Film()).rating
    assert rating is not None
    assert (rating.text, rating.value, rating.scale_max, rating.score) == ("7/10", 7.0, 10.0, 70)
    assert rating.evidence == "Film Rating: 7/10"


def test_letter_grade_value_is_the_letter_and_scale_is_null() -> None:
    rating = find_rating(doc("Grade: B+"), Film()).rating
    assert rating is not None
    assert (rating.value, rating.scale_max, rating.score) == ("B+", None, 83)


def test_long_paragraph_evidence_is_the_sentence_not_the_paragraph() -> None:
    paragraph = ("The film wanders for an hour before it finds its feet, and the supporting cast is wasted. " * 4
                 + "Still, I give it 3 stars. The score is lovely.")
    rating = find_rating(doc(paragraph), Film()).rating
    assert rating is not None and rating.evidence == "Still, I give it 3 stars."


def test_unscaled_number_is_read_with_a_warning() -> None:
    result = find_rating(doc("Rating: 8"), Film())
    assert result.rating is not None and result.rating.score == 80
    assert any("no scale" in w for w in result.warnings)


def test_ambiguity_gives_none_and_says_why() -> None:
    result = find_rating(doc("Rating: 3/5\nA muddled caper.\nRating: 4/5"), Film())
    assert result.rating is None
    assert result.warnings and "disagree" in result.warnings[0]


def test_document_without_lines_falls_back_to_text() -> None:
    document = Document(source="x.txt", sha256="0" * 64, text="Good fun.\nRating: 4/5", lines=[])
    rating = find_rating(document, Film()).rating
    assert rating is not None and rating.score == 80


# --------------------------------------------------------------------------- schema.org


def schema(value: object, best: object = None) -> dict[str, object]:
    return {"schema_review": {"rating_value": value, "best_rating": best, "worst_rating": None,
                              "author": "A. Critic", "evidence": "reviewRating 4 / 5"}}


def test_schema_rating_is_the_critics_rating_with_default_best_of_five() -> None:
    result = find_rating(doc("A handsome film.", schema("4")), Film())
    assert result.rating is not None and result.rating.score == 80 and result.rating.scale_max == 5.0
    assert result.warnings == []


def test_schema_rating_normalized_by_best_rating() -> None:
    rating = find_rating(doc("A handsome film.", schema(7, 10)), Film()).rating
    assert rating is not None and (rating.value, rating.scale_max, rating.score) == (7.0, 10.0, 70)


def test_schema_and_text_that_agree_keep_the_rating_as_written() -> None:
    result = find_rating(doc("Verdict: ★★★★☆", schema(4, 5)), Film())
    assert result.rating is not None and result.rating.text == "★★★★☆" and result.warnings == []


def test_schema_wins_over_contradicting_text_with_a_warning() -> None:
    result = find_rating(doc("Rating: 3/5", schema(4, 5)), Film())
    assert result.rating is not None and result.rating.score == 80
    assert len(result.warnings) == 1 and "3/5" in result.warnings[0] and "4/5" in result.warnings[0]


def test_broken_schema_values_are_ignored() -> None:
    assert find_rating(doc("No stars here.", schema("n/a")), Film()).rating is None
    assert find_rating(doc("No stars here.", schema(9, 5)), Film()).rating is None


# --------------------------------------------------------------------------- bare score strings


@pytest.mark.parametrize(
    ("text", "score"),
    [("3.5/5", 70), ("2.5/4", 63), ("B-", 67), ("7/10", 70), ("3/5", 60), ("A", 100), ("4", 80), ("0/5", 0),
     ("42/100", 42), ("2.75/4", 69), ("0.1/5", 2), ("5/6", 83), ("F", 0), ("D-", 16), ("85%", 85),
     ("★★★½", 70), ("*** out of ****", 75), ("3 1/2 stars", 70), ("8.5", 85), (" 7/10 ", 70)],
)
def test_parse_score_string(text: str, score: int) -> None:
    rating = parse_score_string(text)
    assert rating is not None and rating.score == score


@pytest.mark.parametrize("text", ["", "24/7", "9/11", "1/3", "6/5", "G", "PG-13", "great", "11/10", "150"])
def test_parse_score_string_refuses_non_ratings(text: str) -> None:
    assert parse_score_string(text) is None


# --------------------------------------------------------------------------- the seeds


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "score"), [("000", 70), ("001", None), ("002", 70), ("003", None), ("004", None)])
def test_seed_ratings(seeds_dir: Path, prefix: str, score: int | None) -> None:
    path = seed(seeds_dir, prefix)
    document = document_from_bytes(path.read_bytes(), str(path))
    rating = find_rating(document, Film()).rating
    if score is None:
        assert rating is None, f"read {rating and rating.text!r} from {rating and rating.evidence!r}"
    else:
        assert rating is not None and rating.score == score and rating.text == "7/10"


@pytest.mark.seeds
def test_seed_002_ignores_the_imdb_line(seeds_dir: Path) -> None:
    path = seed(seeds_dir, "002")
    rating = find_rating(document_from_bytes(path.read_bytes(), str(path)), Film()).rating
    assert rating is not None and "IMDB" not in rating.evidence


@pytest.mark.parametrize(
    "text",
    ["I give it *** 1/2 and 7/10.", "Rating: 3½ stars (12**3)", "★★★☆ and ٣/٥ in Arabic digits", "café 4/5 ½", "", "no numbers"],
)
def test_anchor_runs_agree_with_the_anchor_pattern(text: str) -> None:
    from consensus.extract import ratings

    expected = [(m.start(), m.group(0).isdigit()) for m in ratings._ANCHOR_CHARS.finditer(text)]
    assert ratings._anchor_runs(text) == expected


def test_related_review_lines_rating_other_films_are_not_the_verdict() -> None:
    text = (
        "Hymn for the Last Ferry\nGrade: A-\n"
        "A slow, luminous film about a ferry crossing and the people who work it, patiently made.\n"
        "Also opening this week\nThe Copper Road — Grade: B\nWren and the Whale — Grade: C+\n"
        "Forgotten Slashers, Part 2: Juniper Road (1987) — 3/10\n"
    )
    result = find_rating(doc(text), Film(title="Hymn for the Last Ferry"))
    assert result.rating is not None and (result.rating.text, result.rating.score) == ("A-", 91)


@pytest.mark.parametrize("header", ["Also reviewed", "Most read this week", "More reviews by Ilse Brandt", "Latest film reviews:",
                                    "ALSO READ", "Trending reviews", "Elsewhere in competition", "ALSO ON THE EKO MIRROR"])
def test_a_list_of_other_articles_rates_nothing_even_when_the_film_is_unknown(header: str) -> None:
    text = (
        "A family of miners lives through the last winter before the pit closes, and the film never finds its drama.\n"
        "The palette is grey-blue and monotonous, the pacing glacial, the ending long foreseen by everyone watching.\n"
        f"{header}\nKinder der Elbe — 8/10\nFive stars for the new Ibsen at the Playhouse\n"
    )
    assert find_rating(doc(text), Film()).rating is None


def test_a_verdict_after_a_related_list_still_counts() -> None:
    text = (
        "The Quiet Pit\nA family of miners lives through the last winter before the pit closes.\n"
        "Most read\nCouncil approves new cycle lanes\n"
        "The rest of the film is better than its opening suggests, patient and well acted by the whole cast.\n"
        "Rating: 7/10\n"
    )
    result = find_rating(doc(text), Film())
    assert result.rating is not None and result.rating.score == 70


def test_the_films_own_headline_with_its_stars_is_the_verdict() -> None:
    text = "Bright Little Liars review – a teen thriller with no teeth ★★☆☆☆\nThe cast is wasted on a thin mystery.\n"
    result = find_rating(doc(text), Film(title="Bright Little Liars"))
    assert result.rating is not None and result.rating.score == 40


def test_a_rating_given_to_a_film_the_critic_names_is_that_films_when_this_ones_title_is_known() -> None:
    from consensus.extract import rating_context as ctx

    assert ctx.is_other_film("for context I gave Midsommar ", " and Barbarian four", "Fever Dream Motel")
    assert not ctx.is_other_film("I gave Fever Dream Motel ", "", "Fever Dream Motel")
    assert not ctx.is_other_film("I gave Midsommar ", "", None)  # with no title known, the named film may be this one


def test_going_with_a_rating_is_the_critics_own_voice() -> None:
    from consensus.extract import rating_context as ctx

    assert ctx.in_own_voice("this one... I'm going ", " out of five.")
    assert ctx.in_own_voice("so we're going with ", ".")


def test_a_verdict_labelled_with_the_critics_own_name_is_theirs() -> None:
    text = (
        "Kingfisher Protocol is a dull, cheap action film with one good chase.\n"
        "Al's rating: Three out of ten. One point for the causeway chase.\n"
    )
    assert find_rating(doc(text), Film(title="Kingfisher Protocol")).rating is None  # whose name it is, unknown
    rating = find_rating(doc(text), Film(title="Kingfisher Protocol"), critic="Alan Bewick").rating
    assert rating is not None and rating.score == 30
    assert rating.evidence.startswith("Al's rating")  # evidence as written
    assert find_rating(doc(text.replace("Al's", "Ebert's")), Film(title="Kingfisher Protocol"), critic="Alan Bewick").rating is None


def test_a_long_line_in_capitals_is_read_quickly() -> None:
    """A shouted line of many capitalised words once made the 'which' rule backtrack for seconds (no timing here: the
    test only reads it; the pytest run's own timeout catches a return of the backtracking)."""
    line = "I WENT IN WITH LOW HOPES AND CAME OUT OF THE CINEMA " * 6 + "AT THE END OF THE DAY IT IS A 10/10"
    assert find_rating(doc(line), Film(title="Quarry Road")).rating is not None


def test_in_a_chat_export_only_the_critics_own_messages_rate_the_film() -> None:
    text = ("[22/02/2026 22:43] gravelvoice\nmy thoughts: the crew are sidelined and the action is cut too fast.\n"
            "[22/02/2026 22:53] gravelvoice\nnot giving it a number because I'd just be angry at a number\n"
            "[22/02/2026 22:55] reelgirl_ren\noof. I actually kind of liked it?? like a 6.5/10 for me.\n")
    assert find_rating(doc(text), Film(), critic="gravelvoice").rating is None
    mine = text + "[22/02/2026 23:04] gravelvoice\nfine: 3/10\n"
    rating = find_rating(doc(mine), Film(), critic="gravelvoice").rating
    assert rating is not None and rating.score == 30


def test_in_a_whatsapp_export_another_members_rating_is_theirs() -> None:
    text = ("12/01/25, 9:52 pm - Meera Pillai: Interval block is good, the rest is long and loud. Wait for OTT.\n"
            "12/01/25, 10:01 pm - Karthik Bala: For me 10/10 mass!!!\n")
    assert find_rating(doc(text), Film(), critic="Meera Pillai").rating is None


def test_in_a_forum_thread_only_the_first_posters_messages_rate_the_film() -> None:
    text = ("Post by Kestrel » Sun Oct 13, 2024 10:48 pm\nHandsome, cold and twenty minutes too long. No score from me.\n"
            "Post by MoorlandMatt » Sun Oct 13, 2024 11:20 pm\nGreat write-up. I was less kind - 5/10 for me.\n")
    assert find_rating(doc(text), Film(), critic="Kestrel").rating is None


def test_a_newsletters_letters_page_rates_nothing() -> None:
    text = ("The landlady is a wonder, all brisk kindness and bottled-up fury.\nThe son's storyline is a slab of soap opera.\n"
            "So it's a mixed pint: the first hour is warm, the rest a slog. No stars from me this week.\nFrom the postbag\nPriti in Leeds: \"Please review Quiet Hours!\" Done, it's in the archive: I gave it ★★★★ back in November.\n")
    assert find_rating(doc(text), Film(title="Last Orders at the Anchor")).rating is None


def test_the_critic_named_in_the_third_person_gives_the_rating() -> None:
    text = "A syndicated review.\nIsabel Moreno gives it two and a half stars out of five.\nAverage critic score: 6.1/10"
    rating = find_rating(doc(text), Film(), critic="Isabel Moreno").rating
    assert rating is not None and (rating.score, rating.evidence) == (50, "Isabel Moreno gives it two and a half stars out of five.")
    assert find_rating(doc("Roger Eldon gives it four stars out of five."), Film(), critic="Isabel Moreno").rating is None
