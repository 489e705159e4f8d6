"""Shapes of short strings: names, titles in capitals turned to title case."""

from __future__ import annotations

import pytest

from consensus.ingest.shapes import title_case


@pytest.mark.parametrize(
    ("shouted", "cased"),
    [
        ("QUARRY ROAD", "Quarry Road"),
        ("THE MAN FROM LE HAVRE", "The Man from Le Havre"),
        ("LA LA LAND", "La La Land"),
        ("LES NUITS DE LA VILLE ROUGE", "Les Nuits de la Ville Rouge"),
        ("¡VAMOS AL RÍO!", "¡Vamos al Río!"),
        ("JEAN DE LA FONTAINE", "Jean de la Fontaine"),
        ("LEE VAN CLEEF", "Lee Van Cleef"),
        ("ROCKY II", "Rocky II"),
        ("JFK", "JFK"),
    ],
)
def test_a_title_in_capitals_is_title_cased_and_another_languages_articles_are_small_only_in_that_language(
    shouted: str, cased: str
) -> None:
    assert title_case(shouted) == cased
