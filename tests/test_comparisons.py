"""Compared films: kept when the critic compares, dropped when it is the cast's earlier work, a person, or the film itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.extract.comparisons import find_compared_films
from consensus.ingest.document import document_from_bytes
from consensus.models import Document, Film


def compared(text: str, title: str = "Night Market") -> list[str]:
    return find_compared_films(Document(source="t", sha256="t", text=text, lines=text.splitlines()), Film(title=title))


def test_comparison_cues() -> None:
    assert compared("“Oldboy meets John Wick” is the pitch.") == ["Oldboy", "John Wick"]
    assert compared('There are no long stunt sequences like in "John Wick 4", for example.') == ["John Wick 4"]
    assert compared('Too many shootouts can bore you - one example would be "Carter".') == ["Carter"]
    assert compared("It ties this to films like I Spit On Your Grave, I Saw The Devil, or Lady Snowblood.") == [
        "I Spit On Your Grave", "I Saw The Devil", "Lady Snowblood"]
    assert compared("It is a racing film in the vein of Initial Racer.") == ["Initial Racer"]


def test_a_negated_comparison_is_still_a_reference() -> None:
    assert compared('Surprisingly, the style doesn\'t remind you of the obvious "John Wick".') == ["John Wick"]


def test_earlier_work_people_places_and_the_film_itself_are_not_comparisons() -> None:
    text = (
        "Lead actress Mina Park, star of “Burning” (2018), is great. Director Kim Ho (\"The Call\") returns. "
        "Victims come from surrounding countries like Mongolia or Vietnam. "
        "It is reminiscent of acclaimed director Wong Kar-wai's works. "
        "Like in Night Market, the lights glow. This will be overshadowed by the Wick spin-off of the same name."
    )
    assert compared(text) == []


def test_a_character_named_after_like_is_not_a_film() -> None:
    assert compared("The action is over the top, like Ok Ju facing off against large groups of criminals.") == []


@pytest.mark.seeds
def test_seed_comparisons(seeds_dir: Path) -> None:
    from tests.conftest import seed

    path = seed(seeds_dir, "004")
    document = document_from_bytes(path.read_bytes(), str(path))
    found = find_compared_films(document, Film(title="Ballerina", year=2023))
    assert {"Oldboy", "John Wick", "Lady Snowblood"} <= set(found)
    assert "Burning" not in found and "Ballerina" not in found
