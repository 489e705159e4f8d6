"""Sentence splitting that survives reviews: abbreviations, ratings, quotes, bullets, headings."""

from __future__ import annotations

from consensus.extract.sentences import split_sentences


def test_titles_and_abbreviations_do_not_end_a_sentence() -> None:
    text = "Dr. Vance and Mr. Okafor meet in the U.S. capital. It is a tense reunion."
    assert split_sentences(text) == ["Dr. Vance and Mr. Okafor meet in the U.S. capital.", "It is a tense reunion."]


def test_versus_and_number_abbreviations_hold() -> None:
    text = "Godzilla vs. Kong opened at No. 1 this weekend. Nobody was surprised."
    assert split_sentences(text) == ["Godzilla vs. Kong opened at No. 1 this weekend.", "Nobody was surprised."]


def test_ratings_decimals_and_runtimes_stay_whole() -> None:
    text = "I give it 8/10. It runs 1h 32m. Rated 3.5 out of 5 by our panel!"
    assert split_sentences(text) == ["I give it 8/10.", "It runs 1h 32m.", "Rated 3.5 out of 5 by our panel!"]


def test_a_sentence_can_end_inside_a_closing_quote() -> None:
    text = "She whispers, “Not tonight.” Then the lights go out."
    assert split_sentences(text) == ["She whispers, “Not tonight.”", "Then the lights go out."]


def test_ellipsis_splits_only_before_a_new_sentence() -> None:
    text = "I have a few quibbles… a couple of scenes drag. But it works... Mostly."
    assert split_sentences(text) == ["I have a few quibbles… a couple of scenes drag.", "But it works...", "Mostly."]


def test_bullets_are_sentences_of_their_own() -> None:
    text = "Trivia\n  • The lead did her own stunts\n  • The composer made his debut\n- Shot in 40 days"
    assert split_sentences(text) == ["Trivia", "The lead did her own stunts", "The composer made his debut",
                                     "Shot in 40 days"]


def test_headings_and_paragraphs_never_run_together() -> None:
    text = "Final Thoughts\nThe film earns its ending.\n\nA Tale of Two Cities\n\nThe cast is superb."
    assert split_sentences(text) == ["Final Thoughts", "The film earns its ending.", "A Tale of Two Cities",
                                     "The cast is superb."]


def test_hard_wrapped_lines_are_joined_back() -> None:
    text = "The picture was shot on a shoestring budget, and\nit shows in every frame. Still worth it."
    assert split_sentences(text) == ["The picture was shot on a shoestring budget, and it shows in every frame.",
                                     "Still worth it."]


def test_initials_do_not_end_a_sentence() -> None:
    assert split_sentences("J. R. Hollis wrote it. Good.") == ["J. R. Hollis wrote it.", "Good."]


def test_a_missing_space_after_a_full_stop_still_splits() -> None:
    assert split_sentences("It misses by a mile.This is a bad film.") == ["It misses by a mile.", "This is a bad film."]


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []
