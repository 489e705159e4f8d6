"""Boilerplate removal by line shape: furniture goes, the review stays."""

from __future__ import annotations

import pytest

from consensus.ingest.boilerplate import is_boilerplate_line, strip_boilerplate

PARAGRAPH = (
    "The film is a patient, beautiful study of grief, and its lead performance is the best I have seen this year. "
    "The director trusts silence, the score is spare, and the last scene is devastating in the quietest way."
)


@pytest.mark.parametrize(
    "line",
    [
        "Home | Reviews | Interviews | About | Contact",
        "Skip to content",
        "Share this:",
        "Share on Facebook",
        "Facebook",
        "FOLLOW US on our socials and tell us what you think: FACEBOOK | TWITTER (X) | INSTAGRAM",
        "Follow us on Instagram",
        "Post a Comment",
        "Home > Movie Discussion > Reviews & First Impressions",
        "Leave a Reply",
        "3 Comments",
        "0 Comments",
        "Your email address will not be published. Required fields are marked *",
        "Buy this movie:",
        "Buy tickets at your local cinema",
        "Read | The Twelve Best Festival Films of the Spring",
        "Related: Our Interview with the Director",
        "Related Posts",
        "You may also like",
        "Stay tuned for more festival news! Meanwhile, check out these other articles:",
        "Search Northlight Cinema",
        "Northlight Cinema logo",
        "Glass Harbour - Film Screenshot 3",
        "Filmroll Glass Harbour - Film Screenshot 2 Glass Harbour - Film Screenshot 3 Filmroll",
        "Glass Harbour - Shopsite Shopsite Logo",
        "Photo: Courtesy of the festival",
        "Efua Boateng in a scene from The Salt Orchard",
        "The two leads in the promotional posters for Glass Harbour",
        "6 min read·Mar 2, 2022",
        "5 min read",
        "By Ingrid Okafor | 14 September 2022",
        "Posted by Mei-Lin Zhou | March 3, 2022",
        "(Author: Halvard Lunde)",
        "March 3, 2022",
        "Advertisement",
        "© 2022 Northlight Cinema. All rights reserved.",
        "We use cookies to improve your experience. Accept all cookies",
        "Tags: drama, festival, Ghana",
    ],
)
def test_site_furniture_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPH,
        "Rating: 7/10",
        "★★★½ (out of 5)",
        "***",
        "Quarry Road | 2024 | 1h 48m",
        "Director: Daniel Achebe",
        "Cast: Jonas Berg, Sigrid Nilsen, Halvor Dahl",
        "Directed by Noor Haddad",
        "By the end, the film has earned its tears.",
        "Final Thoughts",
        "Worth a Watch",
        "The poster promised a horror film; what we got is a melancholy romance.",
        "Share the popcorn, not your phone screen: this one deserves your full attention and a big screen.",
        "Review:",
    ],
)
def test_review_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_tail_of_related_posts_and_comments_is_cut_after_the_review() -> None:
    text = "\n\n".join([PARAGRAPH, PARAGRAPH, "Stay tuned for more reviews!", "Ten Quiet Films for Autumn", "An Interview With Noor Haddad"])
    assert strip_boilerplate(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_forum_replies_after_the_first_post_are_cut() -> None:
    text = "\n\n".join([PARAGRAPH, PARAGRAPH, "----", "Re: Salt Road (2021) - my thoughts", "boxofficebarry", "I gave it 8/10 on my blog."])
    assert strip_boilerplate(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n----"


def test_a_comment_section_word_early_in_the_page_does_not_cut_the_review() -> None:
    text = "\n\n".join(["Comments (2)", PARAGRAPH, PARAGRAPH])
    assert strip_boilerplate(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_a_name_line_and_a_third_person_bio_at_the_end_are_removed() -> None:
    bio = "Ama is a film critic based in Accra who writes about African cinema and, on weekends, about football."
    text = "\n\n".join([PARAGRAPH, "Rating: 8/10", "Ama Owusu", bio])
    assert strip_boilerplate(text) == f"{PARAGRAPH}\n\nRating: 8/10"


def test_a_first_person_bio_after_the_name_is_removed_too() -> None:
    bio = "Cinephile and night-bus poet, wandering my way around Lisbon. Find me on Letterboxd."
    assert strip_boilerplate("\n\n".join([PARAGRAPH, "Rui Matsuda", bio])) == PARAGRAPH


def test_a_closing_signature_is_removed_but_a_closing_verdict_heading_stays() -> None:
    assert strip_boilerplate(f"{PARAGRAPH}\n\n(Aroha)") == PARAGRAPH
    assert strip_boilerplate(f"{PARAGRAPH}\n\n— Samira Haddad") == PARAGRAPH
    assert strip_boilerplate(f"{PARAGRAPH}\n\nVerdict:\n\nWorth a Watch").endswith("Worth a Watch")


def test_a_byline_name_over_a_reading_time_line_is_removed() -> None:
    text = "\n".join(["“Glass Harbour” (2021) Finds Grace in the Fog", "Priya Raman", "6 min read·Mar 2, 2022", PARAGRAPH])
    assert strip_boilerplate(text) == f"“Glass Harbour” (2021) Finds Grace in the Fog\n{PARAGRAPH}"


def test_blank_lines_between_paragraphs_collapse_to_one() -> None:
    assert strip_boilerplate(f"{PARAGRAPH}\n\n\nAdvertisement\n\n\n{PARAGRAPH}") == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_remembered_verdicts_stay_bounded_and_agree(monkeypatch) -> None:
    from consensus.ingest import boilerplate

    monkeypatch.setattr(boilerplate, "_MEMO_SIZE", 3)
    boilerplate.clear_memos()
    lines = ["Share on Facebook", "Home | Reviews | About", "The quiet ending lands.", "12 Comments", "Read more: x", "Leave a Reply"]
    first = [is_boilerplate_line(line) for line in lines]
    assert len(boilerplate._MEMO) <= 3
    assert [is_boilerplate_line(line) for line in lines] == first == [True, True, False, True, True, True]
    boilerplate.clear_memos()
    assert not boilerplate._MEMO


WAYBACK = """The Wayback Machine - http://web.archive.org/web/20170312044120/http://example.blogspot.com/2016/11/x.html
INTERNET ARCHIVE  Wayback Machine   http://example.blogspot.com/2016/11/x.html   [Go]
142 captures
12 Jan 2016 - 9 Aug 2022
FEB   MAR   APR
◄     12    ►
2016  2017  2018
About this capture
COLLECTED BY
Organization: Archive Team
Formed in 2009, the Archive Team is a rogue archivist collective dedicated to saving copies of dying websites.
TIMESTAMPS
The Wayback Machine - http://web.archive.org/web/20170312044120/
Midnight Notes
Bone Orchard (2016)""".split("\n")


def test_the_wayback_machines_toolbar_is_no_part_of_the_archived_page() -> None:
    from consensus.ingest.boilerplate import archive_toolbar_end

    assert WAYBACK[archive_toolbar_end(WAYBACK)] == "Midnight Notes"
    # the archived page's own lines after the toolbar stay, link-shaped or not
    page = [*WAYBACK, "By Ann Lee", "Image: https://web.archive.org/web/2017/http://example.blogspot.com/still.jpg", "Who are you"]
    assert page[archive_toolbar_end(page):][:2] == ["Midnight Notes", "Bone Orchard (2016)"]
    assert archive_toolbar_end(["Bone Orchard (2016)", "142 captures of the moon, and the film sees none of them."]) == 0


def test_a_wayback_toolbar_copied_with_several_of_its_pieces_on_a_line() -> None:
    from consensus.ingest.boilerplate import archive_toolbar_end

    toolbar = ["INTERNET ARCHIVE  Wayback Machine   http://www.example.net/reviews/thief.html   [Go]",
               "32 captures  11 Jun 2014 - 03 Feb 2021        MAY  JUN  JUL", "2013 2014 2015",
               "About this capture · COLLECTED BY Organization: Alexa Crawls · Collection: alexa_ac", "CELLULOID ANNEX"]
    assert toolbar[archive_toolbar_end(toolbar)] == "CELLULOID ANNEX"


def test_a_text_browsers_link_markers_and_references_are_dropped() -> None:
    from consensus.ingest.boilerplate import without_link_references

    dump = ["   [4]CINEMAPHILE MONTHLY", "   The Quiet Harbour [2023]", "   A review with a [5]link in it.", "References",
            "   1. https://a.example/", "   2. https://a.example/feed/", "   3. mailto:?subject=x", "   4. https://a.example/reviews/",
            "   5. https://a.example/link/"]
    assert without_link_references(dump) == ["   CINEMAPHILE MONTHLY", "   The Quiet Harbour [2023]", "   A review with a link in it."]
    # a list cut short still numbers its links up to its last one; a number glued to its link's text is a link's; the
    # first line listing the page's feeds is no line of the page
    cut = ["#[1]Ticket - Atom [2]Ticket - RSS", "   [7]About Me", "   Powered by [37]Blogger.", "   The Quiet Harbour [2023]",
           "References", "   1. https://a.example/feed", "   2. https://a.example/rss", "   3. https://a.example/#main", "   11. https://a.example/x"]
    assert without_link_references(cut) == ["   About Me", "   Powered by Blogger.", "   The Quiet Harbour [2023]"]
    essay = ["References", "1. Bazin, What Is Cinema?", "2. Kracauer, Theory of Film"]
    assert without_link_references(essay) == essay  # a list of books is no browser's list of links


@pytest.mark.parametrize("line", ["[Blogger navbar] Next Blog» Create Blog Sign In", "This week's best films", "Also opening this week"])
def test_platform_bars_and_lists_of_other_films_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


def test_timed_captions_are_read_as_one_paragraph_of_speech() -> None:
    from consensus.ingest.boilerplate import joined_captions

    captions = ["Transcript", "0:00", "today we are talking about Gutter Saints directed by Rhett", "0:04", "Calloway which a lot of you",
                "0:08", "asked me to review", "0:12", "so here we go", "0:16", "it is a mess", "Comments"]
    assert joined_captions(captions) == ["Transcript", "today we are talking about Gutter Saints directed by Rhett Calloway which a lot of "
                                         "you asked me to review so here we go it is a mess", "Comments"]
    assert joined_captions(["0:00 intro", "0:45 the premise"]) == ["0:00 intro", "0:45 the premise"]


def test_a_subheading_that_says_also_on_is_no_related_list() -> None:
    from consensus.ingest.boilerplate import is_tail_start

    assert not is_tail_start("Also on the Lido")
    assert is_tail_start("ALSO ON THE EKO MIRROR")
