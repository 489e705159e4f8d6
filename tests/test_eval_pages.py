"""The whole-page evaluation reads its labelled pages and scores fields the way its docstring says."""

from __future__ import annotations

import pytest

from eval.eval_details import title_key as text_key
from eval.eval_pages import FIXTURES, SPLITS, load_labels, matches


@pytest.mark.parametrize("split", SPLITS)
def test_every_label_names_a_page_and_every_page_is_labelled(split: str) -> None:
    labels = load_labels(split)
    pages = {p.name for p in (FIXTURES / split).iterdir() if p.suffix in (".txt", ".html")}
    assert len(labels) == 40 and {label["file"] for label in labels} == pages
    for label in labels:
        assert label["polarity"] in ("positive", "mixed", "negative")
        assert (label["rating_text"] is None) == (label["score"] is None)


def test_titles_and_names_match_without_case_accents_or_a_leading_article() -> None:
    assert text_key("The Rio Reel") == text_key("rio reel") and text_key("Agnieszka Wróbel") == "agnieszka wrobel"
    assert matches("title", "Amber & Ash", "AMBER & ASH") and not matches("title", "Amber & Ash", "Amber")
    assert matches("director", "Ines Carvalho", ["Ines Carvalho"]) and not matches("score", 40, None)
