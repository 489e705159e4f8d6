"""Hard-wrapped paragraphs are joined back; other text, and short lines anywhere, stay as written."""

from __future__ import annotations

from consensus.ingest.reflow import unwrapped, wrap_width

WRAPPED = """\
GRAVEDIGGER NOTES
by bogdan.ilie

So after three years of you lot nagging me, I finally tracked down a copy of Radu Petrescu's The Gravedigger's
Almanac. Region-free Blu-ray from a Hungarian label, subtitles occasionally in a language I can only describe as
"hopeful English". Here are my thoughts, for what they are worth, and they are worth about what you paid for them.

Premise, for those who haven't seen it: a village gravedigger in the Maramures region keeps a private almanac of
every burial, and the film is the year he decides to stop. It is slow, and it is funny, and the last scene is a
wonder of patience and light that I will not spoil here, except to say that it made the whole room go quiet.
 - The almanac itself, as a prop and an idea.
 - The light.
Rating: 6 out of 10
""".split("\n")


def test_a_hard_wrapped_paragraph_is_one_line_again() -> None:
    assert wrap_width(WRAPPED) is not None
    joined = unwrapped(WRAPPED)
    assert any("Radu Petrescu's The Gravedigger's Almanac. Region-free" in line for line in joined)
    # headings, bylines, list items and labelled fields keep their own lines
    for line in ("GRAVEDIGGER NOTES", "by bogdan.ilie", " - The almanac itself, as a prop and an idea.", "Rating: 6 out of 10"):
        assert line in joined


def test_paragraphs_written_as_lines_are_not_wrapped_text() -> None:
    paragraphs = [("It is slow, and it is funny. " * (3 + i % 7)).strip() for i in range(8)]
    assert wrap_width(paragraphs) is None and unwrapped(paragraphs) == paragraphs


def test_short_lines_after_a_joined_paragraph_keep_their_own_lines() -> None:
    wrapped = WRAPPED[:9] + ["end of the second paragraph.", "A third, short.", "Nell Adair", "Posted in Reviews"]
    assert wrap_width(wrapped) is not None
    joined = unwrapped(wrapped)
    assert "Nell Adair" in joined and "Posted in Reviews" in joined and "A third, short." in joined
