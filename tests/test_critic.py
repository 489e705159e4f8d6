"""Who wrote the review and where: stated bylines only, null when not stated, never a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.extract.critic import find_byline
from consensus.ingest.document import document_from_bytes, document_from_text
from consensus.ingest.reader import read_document
from tests.conftest import seed

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"
BODY = (
    "Quarry Road is a tense, handsome thriller about a film crew stranded at a flooded quarry. "
    "The director keeps the camera low, the cast sweats convincingly, and only the last act disappoints."
)


def byline_of(text: str):
    return find_byline(document_from_text(text))


@pytest.mark.parametrize(
    ("line", "critic"),
    [
        ("By Ama Owusu", "Ama Owusu"),
        ("BY: Ama Owusu", "Ama Owusu"),
        ("Reviewed by Rui Matsuda", "Rui Matsuda"),
        ("Posted by Mei-Lin Zhou | March 3, 2024", "Mei-Lin Zhou"),
        ("Posted on March 3, 2024 by Mei-Lin Zhou", "Mei-Lin Zhou"),
        ("Posted on 11 March 2025 by Tomasz Wierzbicki | 7 Comments | Filed under: Drama, World Cinema", "Tomasz Wierzbicki"),
        ("posted 2025-09-21 by Hiroshi Ueda | tags: food films, romance", "Hiroshi Ueda"),
        ("Posted by Benedikt Šimek at 10:12 PM   6 comments   [M] [B] [X] [f] [P]", "Benedikt Šimek"),
        ("Publicada por Paulo Henrique Macedo à(s) 21:40", "Paulo Henrique Macedo"),
        ("Publié par Anaïs Lefèvre", "Anaïs Lefèvre"),
        ("★★★★  Review by Bui Thanh Hà", "Bui Thanh Hà"),
        ("This week's critic: Gideon Marsh", "Gideon Marsh"),
        ("Hosted by Tamsin Achebe-Ward · Produced and edited by Lou Ferris", "Tamsin Achebe-Ward"),
        ("Jordan Pike '27, Staff Writer", "Jordan Pike"),
        ("A weekly letter about films, from Esme Kowalczyk", "Esme Kowalczyk"),
        ("Review by Theo Lindgren-Park ★½", "Theo Lindgren-Park"),
        ("Review by: Tomás Herrera", "Tomás Herrera"),
        ("Author: Guillermo de la Vega", "Guillermo de la Vega"),
        ("(Author: Halvard Lunde)", "Halvard Lunde"),
        ("Words by Aroha Ngata", "Aroha Ngata"),
        ("Text by Aroha Ngata", "Aroha Ngata"),
        ("Filed by Aroha Ngata", "Aroha Ngata"),
        ("Author — Aroha Ngata", "Aroha Ngata"),
        ("Our critic Aroha Ngata", "Aroha Ngata"),
        ("Film critic Aroha Ngata", "Aroha Ngata"),
        ("Critic-in-residence: Amara Nwachukwu-Holm · Day 4 · 3 November 2024", "Amara Nwachukwu-Holm"),
        ("Guest critic: Aroha Ngata", "Aroha Ngata"),
        ("Published 3 March 2024 by Aroha Ngata", "Aroha Ngata"),
        ("Aroha Ngata, Contributing Writer", "Aroha Ngata"),
    ],
)
def test_byline_forms(line: str, critic: str) -> None:
    byline = byline_of(f"{line}\n\n{BODY}")
    assert byline.critic == critic and byline.critic_evidence == line


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("AROHA NGATA | Film Critic", None), ("Aroha Ngata – Senior Film Editor", None),
     ("Aroha Ngata — film critic, The Wellington Reel", "The Wellington Reel")],
)
def test_a_critics_job_beside_the_name_is_no_outlet(line: str, outlet: str | None) -> None:
    byline = byline_of(f"{line}\n\n{BODY}")
    assert (byline.critic, byline.outlet) == ("Aroha Ngata", outlet)


def test_by_name_for_outlet_gives_both() -> None:
    byline = byline_of(f"By Ama Owusu for The Accra Reel\n\n{BODY}")
    assert (byline.critic, byline.outlet) == ("Ama Owusu", "The Accra Reel")


def test_prose_starting_with_by_is_no_byline() -> None:
    assert byline_of(f"By the end, you will be exhausted.\n\n{BODY}").critic is None


def test_a_closing_name_in_parentheses_may_be_a_single_handle() -> None:
    byline = byline_of(f"{BODY}\n\n(Aroha)\n\nPost a Comment\n\n0 Comments")
    assert byline.critic == "Aroha" and byline.critic_evidence == "(Aroha)"


def test_a_closing_heading_in_parentheses_is_no_name() -> None:
    assert byline_of(f"{BODY}\n\n(End of Spoilers)\n\n{BODY}\n\n(Final Thoughts)").critic is None


def test_a_dash_signature_closes_the_review_but_a_quote_attribution_does_not() -> None:
    assert byline_of(f"{BODY}\n\n— Samira Haddad").critic == "Samira Haddad"
    quoted = f'{BODY}\n\n"Cinema is a matter of what is in the frame and what is out."\n- Famous Auteur Person'
    assert byline_of(quoted).critic is None


def test_a_dash_signature_above_a_rule_before_the_pages_other_sections() -> None:
    text = f"{BODY}\n\n— Nell Adair\n==========\nGRADING POLICY: A = a must-see; B = worth your time.\nTHIS MONTH'S REPORT CARD\n"
    assert byline_of(text).critic == "Nell Adair"
    quoted = f'{BODY}\n\n"Cinema is a matter of what is in the frame."\n— Famous Auteur Person\n==========\nMore\n'
    assert byline_of(quoted).critic is None


def test_a_name_cell_beside_an_updated_date_cell() -> None:
    text = f"THE DECCAN LEDGER\nKadal Kaatru movie review: a tidal wave\nMeghna Iyer | Updated: 17 Jan 2026, 10:42 AM IST\n{BODY}\n"
    assert byline_of(text).critic == "Meghna Iyer"


def test_a_display_name_beside_a_hyphenated_handle_and_a_date() -> None:
    text = f"Home Search Notifications Chat Feeds\nPost\nJuniper Osei @juniper-reels.bsky.social · Mar 2\n{BODY}\n"
    assert byline_of(text).critic == "Juniper Osei"


def test_a_publication_named_in_a_cell_of_the_authors_bar() -> None:
    text = f"Static on the Line\nJonah Feld · Follow · Published in Frame by Frame · 8 min read · Oct 30, 2025\n{BODY}\n"
    assert byline_of(text).outlet == "Frame by Frame"


def test_a_name_line_under_the_headline_with_a_reading_time() -> None:
    byline = find_byline(read_document(PAGES / "medium_style.txt"))
    assert byline.critic == "Priya Raman"


def test_a_bare_name_above_a_bio_at_the_end() -> None:
    bio = "Ama is a film critic based in Accra who writes about African cinema and football."
    assert byline_of(f"{BODY}\n\nRating: 8/10\n\nAma Owusu\n\n{bio}").critic == "Ama Owusu"


def test_headings_are_not_names() -> None:
    byline = find_byline(read_document(PAGES / "headings_no_byline.txt"))
    assert byline.critic is None and byline.outlet is None


def test_an_unsigned_review_has_no_critic_and_no_outlet() -> None:
    byline = byline_of(f"{BODY}\n\n{BODY}")
    assert byline == type(byline)()


def test_schema_author_and_publisher_and_og_site_name() -> None:
    byline = find_byline(read_document(PAGES / "jsonld_review.html"))
    assert (byline.critic, byline.outlet) == ("Ingrid Okafor", "Northlight Cinema")
    assert "schema.org" in byline.critic_evidence


def test_microdata_author_without_publisher_leaves_the_outlet_null() -> None:
    byline = find_byline(read_document(PAGES / "microdata_review.html"))
    assert (byline.critic, byline.outlet) == ("Tomás Herrera", None)


def test_a_site_logo_line_in_the_header_names_the_outlet() -> None:
    byline = find_byline(read_document(PAGES / "poster_site.txt"))
    assert (byline.critic, byline.outlet) == ("Halvard Lunde", "CineNorth")
    assert byline.outlet_evidence == "CineNorth logo"


def test_a_copyright_line_names_a_site_or_else_its_critic() -> None:
    site = byline_of(f"{BODY}\n\n© 2024 FilmDispatch. All rights reserved.")
    assert (site.critic, site.outlet) == (None, "FilmDispatch")
    person = byline_of(f"{BODY}\n\nCopyright 2024 Ines Duarte")
    assert (person.critic, person.outlet) == ("Ines Duarte", None)


def test_a_name_and_quoted_publication_signature() -> None:
    byline = byline_of(f'{BODY}\n\nInes Duarte: "Lisbon Night Screenings"')
    assert (byline.critic, byline.outlet) == ("Ines Duarte", "Lisbon Night Screenings")


@pytest.mark.seeds
@pytest.mark.parametrize(
    ("prefix", "critic", "outlet"),
    [
        ("000", "Andrew Laoudas", None),
        ("001", None, None),
        ("002", "Aluna", None),
        ("003", "Manfred Selzer", "AsianMovieWeb"),
        ("004", "Jeff Light", None),
    ],
)
def test_seed_bylines(seeds_dir: Path, prefix: str, critic: str | None, outlet: str | None) -> None:
    byline = find_byline(read_document(seed(seeds_dir, prefix)))
    assert (byline.critic, byline.outlet) == (critic, outlet)


BODY_LINES = f"{BODY}\n\n{BODY}\n"


@pytest.mark.parametrize(
    ("header", "critic"),
    [
        ("Review by Isa Duarte  @isaduarte\nWatched 02 Jun 2024", "Isa Duarte"),
        ("Siddharth Menon  @sidmenon_films\nFriday 15 December 2023, 6:00am", "Siddharth Menon"),
        ("Rhiannon Pryce\nThu 7 Mar 2024 18.00 GMT", "Rhiannon Pryce"),
        ("Farzaneh Karimi | March 3, 2024", "Farzaneh Karimi"),
        ("posted 2023.05.14 by Yoon Da-eun · 4 comments", "Yoon Da-eun"),
        ("By Agnieszka Wróbel Staff film critic", "Agnieszka Wróbel"),
        ("Bae Ha-eun's review published on Cinelog:", "Bae Ha-eun"),
        ("Review by Park Min-seo  ☆ Pro", "Park Min-seo"),
        ("Farid Haddad — 11 December 2024", "Farid Haddad"),
        ("Kofi Mensah-Bonsu (@kofi_reels) | 19 January 2023", "Kofi Mensah-Bonsu"),
    ],
)
def test_bylines_with_handles_dates_and_jobs(header: str, critic: str) -> None:
    assert byline_of(f"Salt Orchard review\n{header}\n\n{BODY_LINES}").critic == critic


@pytest.mark.parametrize(
    ("header", "critic"),
    [
        ("marlow_reads\nPosts: 212 | Joined: 2020 | Mood: sleepy", "marlow_reads"),
        ("reelpinoy\nMember · Joined Mar 2016 · Messages 2,318", "reelpinoy"),
        ("Thread starter: reelpinoy   ·   Start date: Aug 22, 2024   ·   Replies: 7", "reelpinoy"),
        ("Dana Okafor\nPosts: 12 | Joined: 2023", "Dana Okafor"),
        ("madzia_n\nModerator\nPosts: 3,412", "madzia_n"),  # a rank under the name is no name
        ("#1  Postby noirhound77 » Tue Jan 16, 2024 10:41 pm", "noirhound77"),
    ],
)
def test_a_forum_threads_first_poster_is_the_critic(header: str, critic: str) -> None:
    assert byline_of(f"Salt Orchard (2024) - my thoughts\n{header}\n\n{BODY_LINES}").critic == critic


def test_a_full_name_signing_the_first_post_beats_the_user_name() -> None:
    page = (f"Salt Orchard (2024) - my thoughts\nBashir_Y\nMember · Joined Mar 2019 · Posts: 1,284\n{BODY_LINES}"
            "Bashir Yusuf\n\"Film is the radio of the eyes\"\nReply #1 — Zainab.K (5 December 2023)\nThanks for this Bashir Adamu!\n")
    assert byline_of(page).critic == "Bashir Yusuf"
    page = f"Salt Orchard - my review\n#1  Postby noirhound77 » Tue Jan 16\n{BODY_LINES}--\nPiotr Wasilewski | film nerd, Kraków\n"
    assert byline_of(page).critic == "Piotr Wasilewski"


def test_a_closing_signature_is_read_above_the_readers_comments() -> None:
    page = f"Salt Orchard review\n{BODY_LINES}\n— Sebastián Ortega\nComments (3)\ngearhead_92: 6/10 easy.\nLeah Tan\n"
    assert byline_of(page).critic == "Sebastián Ortega"


def test_a_bio_naming_the_papers_short_name_keeps_the_papers_full_name() -> None:
    page = (f"The East Coast Herald\nNews  Sport  Culture\n{BODY_LINES}\nAmina Said is the Herald's entertainment editor.\n"
            "© 2024 The East Coast Herald. All rights reserved.\n")
    assert (byline_of(page).critic, byline_of(page).outlet) == ("Amina Said", "The East Coast Herald")
    page = f"{BODY_LINES}\nOlumide Bakare has been The Sunday Dispatch's chief film critic since 2019.\n© Sunday Dispatch Newspapers Ltd 2025.\n"
    assert (byline_of(page).critic, byline_of(page).outlet) == ("Olumide Bakare", "The Sunday Dispatch")


def test_a_closing_bio_sentence_names_the_critic_and_the_outlet() -> None:
    byline = byline_of(f"{BODY_LINES}\nFarzaneh Karimi is a contributing film critic at Sightline Weekly. She lives in Toronto.\n")
    assert (byline.critic, byline.outlet) == ("Farzaneh Karimi", "Sightline Weekly")


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a masthead followed by a menu, a tagline or a byline
        (f"KINO NOTEBOOK\nnotes on European cinema, mostly from the back row\nSalt Orchard\n{BODY_LINES}", "Kino Notebook"),
        (f"Framelog\nFilms  Diary  Lists  Members\nSalt Orchard 2024\n{BODY_LINES}", "Framelog"),
        (f"Projection Booth Notes\nby Hannah Goldfarb\n{BODY_LINES}", "Projection Booth Notes"),
        # a forum's name over a breadcrumb trail
        (f"Popcorn Parliament Forums\nHome > Movie Discussion > Reviews\n{BODY_LINES}", "Popcorn Parliament Forums"),
        # a copyright holder without its legal tail or the sentence after it
        (f"{BODY_LINES}\n© 2024 The Northern Courier and Media Ltd. All rights reserved.", "The Northern Courier"),
        (f"{BODY_LINES}\n© 2023 The Rio Reel. Independent film journalism.", "The Rio Reel"),
        (f"{BODY_LINES}\n© Copyright 2024 The Prairie Sentinel. All rights reserved.", "The Prairie Sentinel"),
        (f"{BODY_LINES}\n© The Evening Ledger Ltd 2025. Reader support: 0330 123 4567", "The Evening Ledger"),
        # Medium's publication line
        (f"Salt Orchard Is Loud and Long\nPublished in Ninth Row\n{BODY_LINES}", "Ninth Row"),
        # a blog's first line, with a tagline sentence under it, on a page a blog platform powers
        (f"The Midnight Reel\nBad movies, good movies, and the ones in between.\nSalt Orchard\n{BODY_LINES}BLOG ARCHIVE\n"
         "Powered by Blogger.", "The Midnight Reel"),
        # ... under the platform's own bar
        (f"Blogger · Create Blog · Sign In\nMarginalia & Matinees\nNotes in the margins of films and books.\n{BODY_LINES}"
         "Powered by Blogger.", "Marginalia & Matinees"),
        # ... under a link to skip to the content, the platform named above the sidebar's archive
        (f"Skip to main content\nThe Midnight Reel\nCheap seats, late shows.\nSalt Orchard\n{BODY_LINES}Powered by Blogger.\n"
         "Blog Archive\n2025 (48)\nMay (6)\nApril (11)\n2024 (93)\nMarch (9)", "The Midnight Reel"),
        # a masthead below a breadcrumb, or below the headline and byline, with a section or a founding year
        (f"HOME › FILM › REVIEWS\nThe Harwick Courier — Arts\nSalt Orchard\n{BODY_LINES}", "The Harwick Courier"),
        (f"Berlin Diary, Day 3: the long and the short\nBy Ines Okafor\nScreen Boulevard — festival coverage since 2011\n"
         f"{BODY_LINES}", "Screen Boulevard"),
    ],
)
def test_the_outlet_from_a_masthead_a_copyright_line_or_a_publication_line(page: str, outlet: str) -> None:
    assert byline_of(page).outlet == outlet


def test_a_film_title_or_metadata_line_opening_the_page_is_no_masthead() -> None:
    assert byline_of(f"Salt Orchard\nA drama in three acts\nSalt Orchard is long. {BODY}\nSalt Orchard ends well. {BODY}").outlet is None
    assert byline_of(f"Salt Orchard | 2024 | 1h 48m\nGenre: Drama | Country: Chile\n{BODY_LINES}").outlet is None
    # a lower-case post opens on prose, not on a site's name
    assert byline_of(f"watched this last night with my sister\na film about grief, mostly\n{BODY_LINES}").outlet is None
    # under a menu line, a headline and its standfirst are no masthead either
    assert byline_of(f"Second Reel · Subscribe · Sign in\nSalt Orchard\nA drama that takes its time and earns it\n{BODY_LINES}").outlet != "Salt Orchard"


@pytest.mark.parametrize("link", ["Read full review at Bombay Ink →", "Read the complete review in Bombay Ink."])
def test_a_mirror_links_to_where_the_review_ran_with_or_without_the(link: str) -> None:
    page = f"CritiCombine — critic review mirror\nSALT ORCHARD (2023)\nSunil Batra — Bombay Ink\n{BODY_LINES}{link}\n"
    assert byline_of(page).outlet == "Bombay Ink"


def test_an_aggregator_quoting_one_critic_gives_the_critic_and_where_the_review_ran() -> None:
    page = ("CritiCombine\nMovies · TV · Critics\nSALT ORCHARD (2023)\nCritics Score: 62%\nCRITIC SPOTLIGHT\n"
            "Sunil Batra · Bombay Ink\nOriginal score: 3/5\nFull review excerpt (as published in Bombay Ink, 12 October 2023):\n"
            f"{BODY_LINES}Read the full review at Bombay Ink →\n© 2024 CritiCombine Inc. Scores are aggregated.\n")
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == ("Sunil Batra", "Bombay Ink")


@pytest.mark.parametrize(
    ("opening", "critic", "outlet"),
    [
        ("[Auto-generated transcript]\n0:00\nhey everybody, Kenji here, welcome back to Cine Ramen, the channel where we "
         "talk about movies.", "Kenji", "Cine Ramen"),
        ("[Transcript] SALT ORCHARD Review | Reel Talk with Jomo\nReel Talk with Jomo · 48.2K subscribers · 31,044 views\n"
         "Description: Honest movie reviews from Nairobi, hosted by Jomo Kariuki.\n0:03 hey hey, welcome back to Reel Talk, "
         "I'm Jomo, and today we are talking about Salt Orchard.", "Jomo Kariuki", "Reel Talk with Jomo"),
        # a channel's handle on the platform, without timestamps
        ('@reelmarta — YouTube video transcript (auto-generated)\n"SALT ORCHARD is a mess" · 12K views · 2 days ago\n'
         "hey guys, welcome back to the channel", "reelmarta", "YouTube"),
        # two hosts who never say which of them reviews: the show, and no critic
        ("[00:00] RAFE: Welcome back to Back Row Banter, the podcast where two friends argue about films.\n"
         "[00:05] MINA: And I'm Mina Osei.", None, "Back Row Banter"),
    ],
)
def test_a_video_transcripts_host_and_channel(opening: str, critic: str, outlet: str) -> None:
    byline = byline_of(f"{opening}\n\n{BODY_LINES}")
    assert (byline.critic, byline.outlet) == (critic, outlet)


@pytest.mark.parametrize(
    ("page", "critic"),
    [
        (f"r/TrueFilm  •  Posted by u/quietlumen  •  14h\n{BODY_LINES}", "quietlumen"),
        (f"Letterlog — diary entry\nreviewed by halfmoonjude\n{BODY_LINES}", "halfmoonjude"),
        (f"Original post by desi_projectionist (Member since 2011, 4,812 posts)\n{BODY_LINES}", "desi_projectionist"),
        (f"{BODY_LINES}\nwritten by Birgitta Sólveigsdóttir\n", "Birgitta Sólveigsdóttir"),
        (f"{BODY_LINES}\n— Reviewed by Graham Pettigrew\n", "Graham Pettigrew"),
        (f"{BODY_LINES}\n— Reginald Achebe, Programme Secretary\n", "Reginald Achebe"),
        (f"{BODY_LINES}\nSee you next Sunday,\nJoaquim Pereira\n", "Joaquim Pereira"),
        (f"Salt Orchard\nNiamh Gallagher-Osei · Follow\n{BODY_LINES}", "Niamh Gallagher-Osei"),
        (f"Ghostlight Film Society — Members' Blog\nPosted 18 October 2024\n{BODY_LINES}", None),
    ],
)
def test_handles_signatures_and_sign_offs_name_the_critic(page: str, critic: str | None) -> None:
    assert byline_of(page).critic == critic


def test_a_signature_of_a_name_and_a_site_and_mastheads_with_a_tagline_or_a_company() -> None:
    byline = byline_of(f"{BODY_LINES}\nSamir Haddad | The Corner Man Film Diary\n")
    assert (byline.critic, byline.outlet) == ("Samir Haddad", "The Corner Man Film Diary")
    assert byline_of(f"THE WEEKLY REEL — a newsletter about movies, sent Sundays\nIssue #147\n{BODY_LINES}").outlet == "The Weekly Reel"
    assert byline_of(f"{BODY_LINES}\n© 2025 Fringeline Media Ltd.\n").outlet == "Fringeline"


def test_a_blogs_name_in_lower_case_is_its_outlet_when_the_html_title_names_it() -> None:

    page = (
        "<html><head><title>somewhere between frames — Salt Orchard</title></head><body>"
        "<nav>Follow · Dashboard</nav><header><h1>somewhere between frames</h1><p>movies, mostly. sometimes cats.</p></header>"
        f"<article><h2>Salt Orchard</h2><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    assert find_byline(document_from_bytes(page.encode(), "tumblr.html", is_html=True)).outlet == "somewhere between frames"


@pytest.mark.parametrize(
    "bio",
    ["About the author: Marisol Quintero writes Brightwater Blvd from a very uncomfortable couch in Tucson.",
     "Marisol Quintero writes about film for The Tucson Lantern."],
)
def test_an_author_box_saying_who_writes_names_the_critic(bio: str) -> None:
    assert byline_of(f"Salt Orchard\n{BODY_LINES}{bio}\n").critic == "Marisol Quintero"


@pytest.mark.parametrize(
    "closing",
    ["Aroha Ngata\nFilm critic", "Aroha Ngata has been reviewing films since 2009.",
     "About Aroha Ngata: Aroha has written for The Wellington Reel since 2015."],
)
def test_a_closing_name_with_its_job_or_an_about_box_names_the_critic(closing: str) -> None:
    assert byline_of(f"Salt Orchard\n{BODY_LINES}{closing}\n").critic == "Aroha Ngata"


@pytest.mark.parametrize(
    ("page", "critic", "outlet"),
    [
        (f"The Lagos Ledger\nSalt Orchard (2024)\nBy Jane Okafor\n{BODY_LINES}", "Jane Okafor", "The Lagos Ledger"),
        (f"Home » Film » Reviews\nTHE LAGOS LEDGER\nSalt Orchard (2024)\n{BODY_LINES}", None, "The Lagos Ledger"),
        (f"Salt Orchard (2024)\nBy Jane Okafor, The Lagos Ledger\n{BODY_LINES}", "Jane Okafor", "The Lagos Ledger"),
        (f"Salt Orchard (2024)\nJane Okafor | The Lagos Ledger | March 3, 2024\n{BODY_LINES}", "Jane Okafor", "The Lagos Ledger"),
        (f"Salt Orchard (2024)\n{BODY_LINES}— Jane Okafor, The Lagos Ledger", "Jane Okafor", "The Lagos Ledger"),
        (f"Salt Orchard (2024)\n{BODY_LINES}Originally published in The Lagos Ledger, March 2024.", None, "The Lagos Ledger"),
        # a copyright holder that is a site is no critic
        (f"Salt Orchard (2024)\n{BODY_LINES}Copyright The Lagos Ledger 2024", None, "The Lagos Ledger"),
        # a section, a city or a date beside the name is no outlet
        (f"Salt Orchard (2024)\nJane Okafor | Film Reviews | March 3, 2024\n{BODY_LINES}", "Jane Okafor", None),
        (f"Salt Orchard (2024)\nBy Jane Okafor, Lagos\n{BODY_LINES}", "Jane Okafor", None),
    ],
)
def test_a_newspapers_name_beside_the_byline_or_over_the_page(page: str, critic: str | None, outlet: str | None) -> None:
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == (critic, outlet)


HTML_BODY = "<p>" + " ".join([BODY] * 3) + "</p>"


@pytest.mark.parametrize(
    "marked",
    ['<span class="author">Jane Okafor</span>', '<div class="byline">Jane Okafor</div>', '<span itemprop="author">Jane Okafor</span>',
     '<address class="author">Jane Okafor</address>', '<p class="byline">Jane Okafor; Film critic; Published March 3</p>',
     '<span class="byline-name">JANE OKAFOR</span>'],
)
def test_the_element_an_html_page_marks_as_its_authors(marked: str) -> None:

    page = f"<html><body><h1>Quarry Road</h1>{marked}{HTML_BODY}</body></html>"
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).critic == "Jane Okafor"


def test_a_commenters_marked_name_is_not_the_critic() -> None:

    page = (f"<html><body><h1>Quarry Road</h1>{HTML_BODY}{HTML_BODY}<h3>2 Comments</h3><div class='comment-list'>"
            "<div class='comment-author'>Kevin Moss</div><p>Great review, I agree.</p></div></body></html>")
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).critic is None


@pytest.mark.parametrize(
    ("page_title", "outlet"),
    [("Quarry Road review | The Lagos Ledger", "The Lagos Ledger"), ("Quarry Road (2024) review » The Lagos Ledger", "The Lagos Ledger"),
     ("The Lagos Ledger: Quarry Road review", "The Lagos Ledger"), ("Quarry Road review | Film", None),
     ("Quarry Road review | Jane Okafor", None),
     ("Quarry Road sings loud | El Observador de Antioquia – English Edition", "El Observador de Antioquia")],
)
def test_the_site_the_html_title_names_after_the_headline_and_the_film_opening_the_page_is_no_site(page_title: str, outlet: str | None) -> None:

    page = f"<html><head><title>{page_title}</title></head><body><h1>Quarry Road</h1><p>By Jane Okafor</p>{HTML_BODY}</body></html>"
    byline = find_byline(document_from_bytes(page.encode(), "review.html", is_html=True))
    assert (byline.critic, byline.outlet) == ("Jane Okafor", outlet)


def test_an_html_byline_link_run_into_its_date() -> None:

    page = (f"<html><body><h1>The Salt Orchard review – three sisters and a storm</h1><div class='meta'>"
            f"<a class='contributor' href='/profile/priya-nair'>Priya Nair</a> <time>Fri 8 Mar 2024 06.00 GMT</time></div>{HTML_BODY}</body></html>")
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).critic == "Priya Nair"


def test_a_text_diary_line_of_a_film_and_a_date_is_no_byline() -> None:
    assert byline_of(f"Sunflower Protocol 12 March 2024\n{BODY_LINES}").critic is None


def test_a_diary_review_by_a_handle_followed_by_its_stars() -> None:
    assert byline_of(f"Sign in · Create account · Films\nReview by mara_vee ★★★½\nThe Salt Orchard 2024\n{BODY_LINES}").critic == "mara_vee"


def test_a_thread_starter_followed_by_the_date() -> None:
    page = f"Reel Talk Forums › Film Discussion › Reviews\nThe Salt Orchard (2024) - my thoughts\nStarted by dune_walker, March 10, 2024\n{BODY_LINES}"
    assert byline_of(page).critic == "dune_walker"


@pytest.mark.parametrize(
    "opening",
    ["METRO WEEKEND GUIDE\nThings to do · Food & Drink · Music · Film · Theatre", "The Matinee Letter\nIssue #87: The undertakers are all right",
     "SIGNAL & NOISE — independent film reviews"],
)
def test_a_masthead_over_a_menu_an_issue_line_or_a_site_tagline_even_when_the_page_names_it_again(opening: str) -> None:
    name = opening.split("\n")[0].split(" — ")[0]
    page = (f"{opening}\nSalt Orchard\n{BODY_LINES}Thanks for reading {name}, every week since 2019.\n"
            f"{name} is supported by its readers and nobody else.\n")
    assert byline_of(page).outlet is not None and byline_of(page).outlet.casefold() == name.casefold()


def test_a_podcasts_copyright_line_names_the_show_not_a_critic() -> None:
    page = f"THE BACK SEAT PODCAST\nEpisodes | About\n\n{BODY}\n\n© 2026 The Back Seat Podcast. All rights reserved."
    assert byline_of(page).critic is None


def test_the_masthead_beats_the_footers_longer_legal_name() -> None:
    page = f"ASHGROVE REVIEW\nEssays and criticism, est. 2009\n\nBy Tariq Mansour\n\n{BODY}\n\n© 2026 Ashgrove Review Foundation. All rights reserved."
    assert byline_of(page).outlet == "Ashgrove Review"


@pytest.mark.parametrize(
    ("line", "critic"),
    [
        ("Leonie Baptiste-Nakamura reports from the 59th Karlovy Vary International Film Festival", "Leonie Baptiste-Nakamura"),
        ("Thread started by lowbudgetlarry · 22 Nov 2025 · 14 replies · 1,893 views", "lowbudgetlarry"),
        ("Festival dispatch by Katrin Lindqvist · 12 June 2025", "Katrin Lindqvist"),
        ("Notes by Zuzana Horáková", "Zuzana Horáková"),
        ("Text: Linnea Berg · 28 October 2025", "Linnea Berg"),
    ],
)
def test_a_dispatchs_reporter_a_threads_starter_and_a_notes_or_text_credit(line: str, critic: str) -> None:
    assert byline_of(f"{line}\n\n{BODY}").critic == critic


def test_a_closing_bio_naming_the_critic_a_correspondent() -> None:
    page = f"{BODY}\n\nAdaeze Nnamdi is The Reel Dispatch's European correspondent."
    assert byline_of(page).critic == "Adaeze Nnamdi"


def test_a_labelled_cell_in_a_broadcast_line_names_the_critic_not_the_presenter() -> None:
    line = "Broadcast Friday 6 June 2025, 11:20am · Presenter: Gareth Lloyd-Obi · Film critic: Amara Diallo"
    assert byline_of(f"Kintsugi Street\n{line}\n\n{BODY}").critic == "Amara Diallo"


def test_a_newsletter_under_its_email_header_signed_by_its_tagline() -> None:
    page = (
        "From: Slow Cinema Letters <irina@example.org>\nSubject: Letter No. 212 — \"Vasilisa\"\nDate: Thu, 16 Oct 2025\n"
        "View this email in your browser\nSLOW CINEMA LETTERS\nA weekly letter about patient films, by Irina Bogdanova\n\n"
        f"{BODY}\n\nYou are receiving Slow Cinema Letters because you signed up for Slow Cinema Letters at our site."
    )
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == ("Irina Bogdanova", "Slow Cinema Letters")


def test_a_copyright_line_with_the_holder_first_names_the_site() -> None:
    page = f"{BODY}\n\nThreadwell, Inc. © 2026. All rights reserved. User Agreement · Privacy Policy"
    assert byline_of(page).outlet == "Threadwell"


def test_an_aggregators_critic_card_gives_the_critic_and_the_original_publication() -> None:
    page = (
        "ReviewVault\nMovies · TV · Critics · Top Rated · Sign in\nWinter Tenants (2025)\nCritics Score 58% (based on 41 reviews)\n"
        "Critic review\nFiona Mbeki-Carr Top Critic\nThe Northern Lantern\nOriginal score: B-\n"
        "The following review is reproduced in full with permission. Read at The Northern Lantern ›\n"
        f"{BODY}\n\n© 2026 ReviewVault Inc. · Terms · Privacy"
    )
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == ("Fiona Mbeki-Carr", "The Northern Lantern")


def test_a_long_header_line_of_cells_under_a_one_item_per_line_menu() -> None:
    menu = "\n".join(["Home", "This Season", "Members' Reviews", "Membership", "Volunteer", "Find Us", "Contact", "Shop"])
    line = ("Screened Thursday 6 March · Reviewed for members by Hattie Lomax-Fenn · Season programme notes compiled by "
            "Geoffrey Tillotson, Programme Secretary")
    page = f"Eastbrook Film Society\n{menu}\nNext screening: Thursday 7.30pm, St Aidan's Hall.\nGloria in the Rearview\n{line}\n\n{BODY}"
    assert byline_of(page).critic == "Hattie Lomax-Fenn"


def test_a_newsletters_name_line_over_a_date_without_a_year() -> None:
    page = (
        "The Long Take\nHome\nArchive\nSubscribe\nSign in\n\nPaper Lanterns for the Drowned is very, very important\n"
        "On the year's most solemn prestige drama\nColm Rafferty\nFeb 18\n♡ 41   💬 12   ↻ Share\n\n" + BODY
    )
    assert byline_of(page).critic == "Colm Rafferty"


def test_a_dash_signature_above_an_also_on_the_site_list_and_counted_comments() -> None:
    page = (
        f"{BODY}\n\n— Ros Nyquist\n\nALSO ON THE SITE\n▸ Mapmakers: a little gem about cartographer mice (★★★★)\n"
        "▸ Ranking every Pixar short, from worst to best\n▸ Interview: the storyboard artist behind Lanternfish\n\n"
        "READER COMMENTS (3)\ncartoon_dad_79: My kids loved it, so four stars from the under-tens in my house."
    )
    assert byline_of(page).critic == "Ros Nyquist"


def test_a_closing_bio_of_someone_who_now_reviews_films() -> None:
    page = f"{BODY}\n\nOttoline Reyes is a former costume-museum guide who now reviews period films from her flat in Bath."
    assert byline_of(page).critic == "Ottoline Reyes"


def test_a_syndicated_reviews_name_and_paper_line() -> None:
    page = (
        "ReviewHub\nSixteen Winters\nThis review originally appeared in The Ashcombe Herald. Read it at the source.\n"
        f"'Sixteen Winters' review: a love story that forgets to fall in love\nNoor Haddad, The Ashcombe Herald\n{BODY}"
    )
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == ("Noor Haddad", "The Ashcombe Herald")


def test_a_parent_company_after_the_copyright_holder_is_not_the_outlet() -> None:
    page = f"{BODY}\n\nCopyright © 2025 Harlow Examiner, a Lakeshore Media company. All rights reserved."
    assert byline_of(page).outlet == "Harlow Examiner"


def test_a_masthead_under_a_film_reviews_tagline_is_the_outlet() -> None:
    page = (
        "KINOBLICK\nFilm reviews from Hamburg — in English, so please forgive my grammar!\n\nStart\nReviews\nTop Lists\n\n"
        f"{BODY}\n\nKinoblick is written by one person with too many DVDs. Kinoblick has no ads, and Kinoblick never will."
    )
    assert byline_of(page).outlet == "Kinoblick"


def test_a_bio_naming_the_paper_by_its_short_name_gives_the_masthead() -> None:
    page = (
        f"THE WESTMARCH GAZETTE\nYour county, your paper — since 1902\n\nNews | Sport | Arts & Culture | Weekend\n\n"
        f"By Oona Fairweather, Film Critic\n\n{BODY}\n\nOona Fairweather has been the Gazette's film critic since 2009.\n\n"
        "© 2025 Westmarch Newspapers Ltd. All rights reserved."
    )
    assert byline_of(page).outlet == "The Westmarch Gazette"


_MENU = "\n".join(["Subscribe", "Sign in", "Home", "Notes", "Archive", "Reviews", "Restorations", "About"])


@pytest.mark.parametrize(
    ("page", "critic"),
    [
        pytest.param(f"Midnight Notes\nA letter about old films.\n{_MENU}\n\nA Restored Musical Swings Again\n"
                     f"The colour, the nerve and the third act intact\nLuiza Prado\nNov 02, 2025 ∙ Paid\n\n{BODY}",
                     "Luiza Prado", id="a name over a dated line below a long menu"),
        pytest.param(f"THE CRYPT BOARDS\nForums › Film Talk\nThread: [REVIEW] The Salt Hymn\n\n#1  gravedigger_77\n"
                     f"Senior Member · Posts: 4,112 · Joined: Mar 2011\nPosted 12 October 2025, 03:41\n\n{BODY}",
                     "gravedigger_77", id="a numbered first post over the forum's stats line"),
        pytest.param(f"RADIO ONE INTERNATIONAL\nArts Weekly: The Puppet's Clock\nKLÁRA NOVÁ: Our critic is here.\n"
                     f"ONDŘEJ KRÁL (critic): Thank you, Klára. {BODY}\nNOVÁ: Thank you.\n",
                     "Ondřej Král", id="a transcript's speaker labelled critic"),
    ],
)
def test_the_critic_in_a_newsletters_a_forums_and_a_transcripts_header(page: str, critic: str) -> None:
    assert byline_of(page).critic == critic


def test_a_social_post_header_with_a_dotted_handle_and_a_yearless_date() -> None:
    page = (f"Home\nExplore\nNotifications\nProfile\n\nThread\n\nMarie Dubé @marie.films.bsky.social · Nov 2\n{BODY}\n"
            f"Marie Dubé @marie.films.bsky.social · Nov 2\n{BODY}")
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == ("Marie Dubé", None)


def test_an_editorial_account_is_no_critic_and_a_free_zone_companys_tail_is_no_part_of_the_outlet() -> None:
    page = (f"GULF SCREEN NOW\nBy Ekran Editorial\n\n{BODY}\n\n© 2025 Gulf Screen Now FZ-LLC. All rights reserved.")
    byline = byline_of(page)
    assert (byline.critic, byline.outlet) == (None, "Gulf Screen Now")


def test_a_medium_publication_line_with_its_tagline_below_the_platforms_menu_is_the_outlet() -> None:
    page = ("Medium\nOpen in app\nSign up\nSign in\nWrite\nSearch\n\nLagos Reel Notes\n"
            "Published in Lagos Reel Notes · Essays and reviews on African cinema\n\n"
            f"A Nollywood sequel that forgets to be scary\nChidinma Eze\nFollow\n7 min read · Sep 9, 2025\n\n{BODY}")
    assert byline_of(page).outlet == "Lagos Reel Notes"


def test_a_guest_critic_named_in_a_podcasts_show_notes() -> None:
    page = ("POPCORN & PARADOX\nAn English-language film podcast\nEpisode 212: The Raven Hall + listener mail\n\n"
            "Show notes\nHost Daan Vos is joined by returning guest critic Amara Obi to dig into The Raven Hall.\n\n"
            f"{BODY}")
    assert byline_of(page).critic == "Amara Obi"


@pytest.mark.parametrize(
    ("byline", "closing", "critic"),
    [("Posted by Vlad at 8:42 PM", "About me\nVlad Munteanu\nIași, Romania. Horror fan since childhood.", "Vlad Munteanu"),
     ("Publié le 3 décembre 2025 par Bastien · 9 commentaires", "Bastien Leclerc\nLyon, December 2025", "Bastien Leclerc")],
)
def test_a_given_name_byline_is_the_full_name_the_page_gives_for_it(byline: str, closing: str, critic: str) -> None:
    page = f"Horror Blog\n\nA Review of Something\n{byline}\n\n{BODY}\n\n{closing}\n"
    assert byline_of(page).critic == critic


def test_a_given_name_byline_with_no_full_name_for_it_names_no_critic() -> None:
    assert byline_of(f"Horror Blog\n\nA Review of Something\nPosted by Vlad at 8:42 PM\n\n{BODY}\n").critic is None


def test_an_editors_sign_off_handing_over_to_a_guest_critic_is_not_the_byline() -> None:
    page = ("ATHENS AFTER DARK\nThe weekly letter of the Screen Society\n\nHi friends, I handed the review this week to our "
            "guest critic Nikos Petrou, who has seen it more times than anyone I know.\n— Eleni Kara, editor\n\n"
            f"MAIN FEATURE\nDance Me to Piraeus (1966)\nby Nikos Petrou\n\n{BODY}")
    assert byline_of(page).critic == "Nikos Petrou"
    assert byline_of(f"THE LETTER\n\n{BODY}\n— Eleni Kara, editor\n").critic == "Eleni Kara"  # alone, the editor signs


def test_a_posted_on_by_line_with_the_posters_job_after_the_name() -> None:
    page = f"Notes from the Vault\n\nKara Ev (1968)\nPosted on 4 November 2025 by Defne Aksu, Programmer · Category: Restorations\n\n{BODY}"
    assert byline_of(page).critic == "Defne Aksu"


def test_a_video_hosts_copyright_is_not_the_channels_outlet() -> None:
    page = ("YouTube\nHAVELI REVIEW | Better than the first?? | Cinema Chai\n312K views · 3 weeks ago\nCinema Chai\n\nTranscript\n"
            f"Namaste doston, welcome back to Cinema Chai, I'm Arjun, and today we talk about Haveli. {BODY}\n\n© 2025 Google LLC")
    assert byline_of(page).outlet == "Cinema Chai"


def test_a_video_channels_name_over_its_subscriber_count_is_the_outlet() -> None:
    page = ("Deadbolt 4: Reckoning — Is The Trilogy Finally Unlocked? (Spoiler-Free Review)\nFrame Rate Frida\n218K subscribers\n"
            f"184,302 views  5 days ago\n\n[00:04] Hey everyone. {BODY}\n")
    assert byline_of(page).outlet == "Frame Rate Frida"


def test_an_explicit_review_byline_beats_the_meta_author_who_posted_it() -> None:

    page = ('<html><head><meta name="author" content="Kelsey Marsh"><title>Movie review: Palisade rides tall - Tidewater Beacon'
            '</title></head><body><h1>Palisade rides tall</h1><p>Posted by Kelsey Marsh, Web Producer · Sept. 5</p>'
            f'<p>Review by <strong>Graham Okafor</strong>, Beacon film critic</p>{HTML_BODY}</body></html>')
    byline = find_byline(document_from_bytes(page.encode(), "review.html", is_html=True))
    assert (byline.critic, byline.outlet) == ("Graham Okafor", "Tidewater Beacon")


def test_the_papers_name_in_its_title_beats_its_legal_name_without_the_papers_kind() -> None:

    page = ("<html><head><title>Baby Steps is the comedy of the century — Outlook Weekly</title></head><body>"
            f"<h1>Baby Steps is the comedy of the century</h1><p>By Nell Farrow</p>{HTML_BODY}"
            "<p>© 2025 Outlook Media LLC. All rights reserved.</p></body></html>")
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).outlet == "Outlook Weekly"


def test_a_lower_case_blog_name_written_again_in_its_footer_is_the_outlet() -> None:
    page = (f"slow fade\na film diary by Ji-woo Han\n\n[home] [reviews] [about]\n\nTin Crown (2026)\n\n{BODY}\n\n"
            "© slow fade · built with a text editor and spite\n")
    assert byline_of(page).outlet == "slow fade"
    # a lower-case first line the page never writes again is a post's opening, not a site
    assert byline_of(f"slow fade\na film diary by Ji-woo Han\n\nTin Crown (2026)\n\n{BODY}\n").outlet is None


def test_a_closing_bio_may_describe_the_writer_with_a_comma_list_and_wrap_across_printed_lines() -> None:
    listed = byline_of(f"{BODY_LINES}\nAbout the author\nXabier Lund is a Donostia-born, Copenhagen-based writer who runs Northbound Projector.\n")
    assert listed.critic == "Xabier Lund"
    wrapped = byline_of(f"{BODY_LINES}\nLorcan Tierney is the Examiner's film\ncritic. He has covered Karlovy Vary since 2009.\n")
    assert wrapped.critic == "Lorcan Tierney"


def test_a_blogger_footer_byline_with_its_cells_spaced_out() -> None:
    page = f"{BODY_LINES}\nPosted by Theo Marangos at 11:02 AM    4 comments    [Email This] [BlogThis!] [Share to X] [Share to Facebook]\n"
    assert byline_of(page).critic == "Theo Marangos"


def test_a_user_review_by_a_handle() -> None:
    assert byline_of(f"Salt Orchard (2024)\nUser Review by cinephage_81\n{BODY_LINES}").critic == "cinephage_81"


def test_the_sites_name_beats_its_publishers_company_named_by_a_word_of_it() -> None:
    page = (f"KIOSK WEEKLY  ·  Arts & Culture for the Central Mediterranean\nHome · Film · Music · Books\n{BODY_LINES}"
            "Subscribe to Kiosk Weekly in print and online.\n© 2024 Kiosk Media Ltd, Valletta. All rights reserved.\n")
    assert byline_of(page).outlet == "Kiosk Weekly"


def test_a_podcasts_one_host_introducing_themself_after_the_welcome_is_the_critic() -> None:
    solo = ("[00:00:14] HOLLIS: Hello and welcome to The Second Reel, the podcast that watches the film twice. "
            "I'm Hollis Brannagh, and I'm on my own this week.\n")
    assert byline_of(f"{solo}{BODY_LINES}").critic == "Hollis Brannagh"
    two = ("[00:00] JONAH: Welcome back to Two Seats Back, the podcast where two people argue. I'm Jonah Feld.\n"
           "[00:04] AMARA: And I'm Amara Nwosu. Episode two-twelve.\n")
    assert byline_of(f"{two}{BODY_LINES}").critic is None  # two hosts: whose verdict it is, the page does not say


def test_a_tumblr_blogs_handle_signs_its_post() -> None:
    page = (f"tumblr\nLog in\nVelvet & Celluloid\nvelvetcinephile\nfilms, feelings, screenshots. she/her.\n"
            f"velvetcinephile\n{BODY_LINES}kitsune-cinema reblogged this from velvetcinephile\n"
            "→ velvetcinephile: \"ranking every film i saw in march\"\n")
    assert byline_of(page).critic == "velvetcinephile"
    assert byline_of(f"tumblr\nLog in\nsomeone\n{BODY_LINES}").critic is None


def test_a_tumblr_pages_title_names_the_blog() -> None:
    document = document_from_text(f"tumblr\n{BODY_LINES}").model_copy(
        update={"metadata": {"title": "lanternmouth on Tumblr: moth regatta thoughts (long, sorry)", "site_name": "Tumblr"}})
    assert find_byline(document).critic == "lanternmouth"


def test_a_chat_exports_member_who_wrote_most_of_it_is_the_critic() -> None:
    chat = ("[08-Mar-25 09:12 PM] Mossgrave (mod)\nWeekly pick thread is open!! Rate it if you want.\n"
            "[08-Mar-25 09:15 PM] beanbagcinema\n7/10 for me, really fun, ending was weird\n"
            f"[08-Mar-25 09:33 PM] okapi_jones\n{BODY}\n[08-Mar-25 09:36 PM] okapi_jones\n{BODY}\n")
    assert byline_of(chat).critic == "okapi_jones"


def test_an_aggregators_mirror_names_the_outlet_before_a_date_and_the_critic_in_its_title() -> None:
    page = (f"ReviewHub\nEvery critic. Every film. One place.\nThe Dark Farm (2025)\n"
            f"Critic review · Originally published in The Highveld Mercury on 10 October 2025 · Read at source\n{BODY_LINES}")
    document = document_from_text(page).model_copy(
        update={"metadata": {"title": "The Dark Farm (2025) – Thandiwe Mokoena, The Highveld Mercury – ReviewHub"}})
    byline = find_byline(document)
    assert (byline.critic, byline.outlet) == ("Thandiwe Mokoena", "The Highveld Mercury")


def test_a_user_review_sites_name_ends_its_page_title_after_hyphens() -> None:
    page = (f"MovieBase uses cookies and similar technologies to personalise your visit.\nMovieBase\nMenu\n{BODY_LINES}"
            "Get the MovieBase App · Help · Site Index · MovieBase Pro · Advertising · Jobs · Conditions of Use\n")
    document = document_from_text(page).model_copy(
        update={"metadata": {"title": "The Weeping Canal (2025) - User review by xochi_nocturna - MovieBase"}})
    assert find_byline(document).outlet == "MovieBase"


def test_a_standfirst_naming_the_critic_but_never_an_actor_of_the_prose() -> None:
    page = f"Ottoline Marsh\nDeclan Ferrity finds much to admire and little to love in a handsome adaptation\n{BODY_LINES}"
    assert byline_of(page).critic == "Declan Ferrity"
    actor = f"Ottoline Marsh\nAna Ruiz finds her best role yet in a handsome adaptation\n{BODY_LINES}Ruiz is superb as the poet.\n"
    assert byline_of(actor).critic is None


def test_a_masthead_under_a_rule_of_dashes_and_a_chat_exports_header_field() -> None:
    page = f"{'-' * 40}\nMidnight Matinee Notes\nHorror, exploitation and other things your mother warned you about\nHome | Reviews | About\nBone Orchard (2016)\n{BODY}\n"
    assert byline_of(page).outlet == "Midnight Matinee Notes"
    chat = f"{'=' * 40}\nGuild: Midnight Matinee\nChannel: film-club\n{'=' * 40}\n[08-Mar-25 09:12 PM] okapi\n{BODY}\n"
    assert byline_of(chat).outlet is None


def test_a_medium_posts_publication_is_its_outlet() -> None:
    body = "\n".join([BODY] * 30)  # the publication's line comes after the post, far below the header
    page = f"Medium   Search   Write   Sign in\nWhy \"Quarry Road\" Fails\n9 min read · Feb 3, 2024\n{body}\nPublished in The Projector Room\nWritten by Keziah Oduya\n"
    assert byline_of(page).outlet == "The Projector Room"


def test_footers_a_sentence_before_the_copyright_mark_and_a_registered_company() -> None:
    podcast = f"Quarry Road (2024)\n{BODY}\nThe Back Row is an independent production. © 2024 Lena Hartigan.\n"
    assert byline_of(podcast).outlet is None
    trade = f"News | Box Office | Reviews | Festivals | Awards\n'Quarry Road': Review\n{BODY}\n© 2024 Boxline. All rights reserved. Registered in England and Wales, company no. 01845532.\n"
    assert byline_of(trade).outlet == "Boxline"


@pytest.mark.parametrize(
    ("top", "critic"),
    [
        ("Par Simon Achterberg · Publié le 3 mars 2024 · Critiques", "Simon Achterberg"),  # "By" abroad
        ("by colm raftery\nposted 3 April 2023 in Reviews", "Colm Raftery"),  # a blog's lower-case byline over its date
        ("Benedikt Sørlie\n@benediktsorlie\n★★½   ↻ Rewatched", "Benedikt Sørlie"),  # a diary entry's member and handle
        ("submitted 5 days ago by marlowe_reads", "marlowe_reads"),  # old Reddit
    ],
)
def test_bylines_abroad_in_lower_case_over_a_handle_and_on_old_reddit(top: str, critic: str) -> None:
    assert byline_of(f"Quarry Road (2024)\n{top}\n{BODY}\n").critic == critic


def test_by_the_way_in_lower_case_is_no_byline() -> None:
    assert byline_of(f"Quarry Road (2024)\nby the way\n{BODY}\n").critic is None


def test_an_about_the_author_box_names_the_critic_even_above_related_posts_and_comments() -> None:
    page = (f"Quarry Road (2024)\n{BODY}\nABOUT THE AUTHOR\nLucinda Marr has been writing about horror since she was fourteen.\n"
            "YOU MAY ALSO LIKE\nReview: The Bell Ringers (2023)\n4 COMMENTS\nMark T · October 28, 2023\nOne skull. Too slow.\n")
    assert byline_of(page).critic == "Lucinda Marr"


def test_a_hosts_welcome_without_a_comma_before_their_name() -> None:
    page = f"Quarry Road is a MESS\nReel Talk with Dev\n286K subscribers\nTranscript\n0:00\nhey everybody welcome back to Reel Talk I'm Devan Mistry and today\n0:04\n{BODY}\n"
    assert byline_of(page).critic == "Devan Mistry"


def test_a_mirrored_review_that_originally_appeared_in_a_paper_and_is_republished() -> None:
    page = f"Quarry Road (2024)\nThis review originally appeared in The Halbrook Courier and is republished on FlickFeed.\nBy Dale Prentiss\n{BODY}\n"
    assert byline_of(page).outlet == "The Halbrook Courier"


@pytest.mark.parametrize(
    "page",
    [
        f"Von Trier Returns\n{BODY}\n",
        f"past lives (2023)\nby celine song\n{BODY}\n",
        f"Quarry Road (2024)\nPublished in The New Yorker in 1997, the story was a slim thing.\n{BODY}\n",
        f"Quarry Road (2024)\nThe film first appeared in Venice and was bought by Netflix.\n{BODY}\n",
    ],
)
def test_headlines_directors_and_prose_are_no_bylines_or_mirrors(page: str) -> None:
    found = byline_of(page)
    assert found.critic in (None, "") and found.outlet not in ("Venice", "The New Yorker in 1997")


def test_a_diary_sites_page_title_names_the_reviews_writer() -> None:
    page = ("<html><head><title>Saint Jude of the Motorway (2024) review by Cass Mendel • Reelgazer</title></head><body>"
            "<h1>Saint Jude of the Motorway</h1><p>No rating</p>"
            "<p>A road movie that never leaves the lay-by, and somehow that is its genius. The lorries hum all night long.</p>"
            "</body></html>")
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).critic == "Cass Mendel"


def test_a_newsletters_sender_and_its_name_in_the_numbered_subject_line() -> None:
    text = ("From: Fern Aldous <fern@secondreel.news>\nTo: you\nDate: Thu, 19 Feb 2026 07:30:04 +0000\n"
            f"Subject: Second Reel #87: Last orders, please\nMorning, all,\n{BODY}\n")
    byline = byline_of(text)
    assert (byline.critic, byline.outlet) == ("Fern Aldous", "Second Reel")
    # a sender that is a site is no critic
    assert byline_of(f"From: Slow Cinema Letters <hello@slowcinema.example>\nSubject: This week\n{BODY}\n").critic is None


def test_a_name_line_over_a_written_on_date() -> None:
    text = f"FILM NOTES, no. 118\nOttilie Brandauer\nwritten 2 December 2025, revised 4 December\n-----\nTHE LONG DROWNING (2025)\n{BODY}\n"
    assert byline_of(text).critic == "Ottilie Brandauer"


def test_a_newsletter_sent_under_its_own_name_is_the_outlet_not_the_critic() -> None:
    text = f"From: Cinema Sunday <hello@cinemasunday.news>\nTo: you\nSubject: The little film that could\n{BODY}\n"
    byline = byline_of(text)
    assert (byline.critic, byline.outlet) == (None, "Cinema Sunday")
    personal = f"From: Theo Marsh <theo@theomarsh.example>\nTo: you\nSubject: Seen this week\n{BODY}\n"
    assert byline_of(personal).critic == "Theo Marsh"


def test_a_hyphenated_name_in_a_page_titles_review_by() -> None:
    page = ("<html><head><title>Saint Jude (2024) review by Jean-Luc Dubois • Reelgazer</title></head><body>"
            "<p>A road movie that never leaves the lay-by, and somehow that is its genius. The lorries hum all night.</p></body></html>")
    assert find_byline(document_from_bytes(page.encode(), "review.html", is_html=True)).critic == "Jean-Luc Dubois"


def test_a_festivals_edition_year_is_no_part_of_its_name() -> None:
    from consensus.extract.critic import _outlet

    assert _outlet("Lakeshore International Film Festival 2024") == "Lakeshore International Film Festival"
    assert _outlet("Cinema 2024") == "Cinema 2024"


def test_a_section_that_introduces_the_critics_text() -> None:
    text = f"SECOND LOOK — a podcast about films\nEPISODE 12: SALT ROAD (2023)\nSHOW NOTES — Marcus Oyewole writes:\n{BODY}\n"
    assert byline_of(text).critic == "Marcus Oyewole"


def test_a_signature_with_its_date_under_the_last_paragraph() -> None:
    text = (f"KINOWELT.DE\nKRITIK\nQuarry Road\n{BODY} {BODY}\n{BODY} {BODY}\nClara Vogt-Mensah, 12.03.2024\n"
            "LESERWERTUNG\n★★★½☆ 3,5/5 (214 Stimmen)   [Jetzt bewerten]\nKOMMENTARE (9)\n  Jens_K: Toll, 4/5!\n")
    assert byline_of(text).critic == "Clara Vogt-Mensah"


def test_a_tagline_between_dashes_signs_a_diary() -> None:
    assert byline_of(f"Waiting for the Credits\n— a film diary by Tariq Suleman —\n{BODY}\n").critic == "Tariq Suleman"


def test_a_weather_line_and_a_news_sites_sections_are_no_masthead() -> None:
    text = ("You have 2 free articles remaining this month.\nCalder Falls · 54°F Cloudy\nThe Calder Falls Times\n"
            "Local · Business · Sports · Arts & Entertainment · Obituaries · Opinion\nARTS | MOVIES\n"
            f"Swipe left on 'Quarry Road'\nBy Amara Okafor, Times Film Critic\n{BODY}\n"
            "© 2026 The Calder Falls Times, a Ridgeline Media company. All rights reserved.\n")
    from consensus.extract.critic import masthead

    assert byline_of(text).outlet == "The Calder Falls Times"
    assert (masthead(document_from_text(text)) or ("",))[0] != "Local"  # a menu's first section is no site's name


def test_a_diary_entrys_name_beside_its_own_handle() -> None:
    text = f"boxdiary\nFilms  Lists  Members\nSun-hee Park   @sunheewatches\nSeoul -> Toronto.\nEleven Winters  2021\n{BODY}\n"
    assert byline_of(text).critic == "Sun-hee Park"


def test_a_podcasts_tagline_names_its_host() -> None:
    assert byline_of(f"THE BACK ROW — a film podcast with Rafael Quintana\nEPISODE 142\n{BODY}\n").critic == "Rafael Quintana"


def test_the_site_behind_an_address_a_charity_and_a_bylines_cells() -> None:
    address = f"By Priya Raman\n{BODY}\nEvening Courier, Courier House, 14 Market Street. © 2020 Evening Courier Ltd. Registered in England.\n"
    assert byline_of(address).outlet == "Evening Courier"
    charity = f"By Farhan Siddiqui\n{BODY}\n© 2020 The Ashbury Review Trust. Registered charity no. 1182204.\n"
    assert byline_of(charity).outlet == "The Ashbury Review"
    categories = f"Dust Psalm\nBy Tevita Fifita · 27 July 2021 · Reviews, Australian cinema · 3 comments\n{BODY}\n"
    assert byline_of(categories).outlet != "Reviews, Australian cinema"
    review_by = f"VELVET ROAD (2024)\nReview by Marisol Eche · posted 2 May 2024 · 6 min read\n{BODY}\n"
    assert byline_of(review_by).outlet is None


def test_a_masthead_over_a_tagline_and_a_menu_but_not_a_menu_itself() -> None:
    text = (f"THE POPCORN LEDGER\nhonest reviews, measured in snacks\nReviews | The Index Explained | Podcast | Shop\n"
            f"VELVET ROAD (2024)\n{BODY} Every film on The Popcorn Ledger gets a score.\n"
            "About Mari: the founding editor of The Popcorn Ledger, a film writer in Chicago.\n")
    assert byline_of(text).outlet == "The Popcorn Ledger"
    menu = f"Reviews Interviews Lists Podcast About\nThe Understudy\nReview by Kwame Asante · 3 March 2026 · Comedy, Drama\n{BODY}\n"
    assert byline_of(menu).outlet != "Reviews Interviews Lists Podcast About"


def test_a_newsletters_tagline_in_its_issue_line_and_its_sign_off() -> None:
    text = ("From: The Friday Spool <hello@fridayspool.email>\nTo: you@example.com\nDate: Fri, 18 Mar 2022 07:01:33 +0000\n"
            "Subject: A Fine Mess in Tangier\nList-Unsubscribe: <https://fridayspool.email/unsubscribe>\nView this email in your browser\n"
            "=====================\nTHE FRIDAY SPOOL\nIssue #147 · Your weekly film fix, by Dana Whitfield\n=====================\n"
            f"Morning, Spoolers!\n{BODY}\n")
    byline = byline_of(text)
    assert (byline.critic, byline.outlet) == ("Dana Whitfield", "The Friday Spool")
    sign_off = f"The Lamp Keepers\nby Mari Echeve\n{BODY}\nThanks for reading Second Look! Subscribe for free to receive new posts.\n"
    assert byline_of(sign_off).outlet == "Second Look"


def test_a_print_editions_masthead_and_a_german_byline() -> None:
    text = f"THE NORTHERN PAGE\nPrint edition · Friday 7 June 2024 · Section C: Weekend Arts · Page C4\nFILM\nMarguerite Oko\nBy Sunniva Berg\n{BODY}\n"
    assert byline_of(text).outlet == "The Northern Page"
    assert byline_of(f"Saure Kirschen\nVon / by Ruth Abbott · 16. September 2023\n{BODY}\n").critic == "Ruth Abbott"


def test_a_name_over_its_job_or_over_the_first_paragraph_and_a_contributor_note() -> None:
    job = f"HOME / STREAMING / REVIEWS\nOverclocked review: a romance\nArjun Mehta\nStreaming Editor\nUpdated: Feb 20, 2026\n{BODY}\n"
    assert byline_of(job).critic == "Arjun Mehta"
    long_body = " ".join([BODY] * 2)
    above_body = f"CELLULOID QUARTERLY · ISSUE 31\nThe Weight of Small Birds\nA second feature, and a great one\nIbrahim Dialo\n{long_body}\n"
    assert byline_of(above_body).critic == "Ibrahim Dialo"
    note = f"Crown of Wasps\n{long_body}\nNadia Hadad reviews movies for The Saltmarsh Herald. Reach her at nh@saltmarsh.example.\n"
    byline = byline_of(note)
    assert (byline.critic, byline.outlet) == ("Nadia Hadad", "The Saltmarsh Herald")


def test_what_the_new_byline_and_outlet_readers_never_take() -> None:
    long_body = " ".join([BODY] * 2)
    assert byline_of(f"Quarry Road\n{long_body}\nNew York, March 3, 2024\n").critic is None
    assert byline_of(f"Quarry Road\n{BODY}\nMAILBAG — Tom Gallagher writes:\nI loved it.\n").critic is None
    assert byline_of(f"Our new podcast with Celine Sung\n{BODY}\n").critic is None
    assert byline_of(f"By Ama Owusu\n{BODY}\nReel 22 Reviews © 2024\n").outlet == "Reel 22 Reviews"


def test_a_social_posts_author_beside_their_handle_and_a_group_posts_author() -> None:
    thread = (f"Bluesky\nIfeoma Chukwu 🎥 @ifeomawatches.bsky.social\nFilm nerd in Enugu. Opinions mine.\n---\n"
              f"Ifeoma Chukwu 🎥 @ifeomawatches.bsky.social · Mar 3\n{BODY}\n")
    assert byline_of(thread).critic == "Ifeoma Chukwu"
    # a thread's author line, repeated over each post, names the critic whatever the handle spells
    x_thread = (f"X\nPost\nRohan Mehta 🎬 @filmywala_reviews\nThread: my review. 🧵 1/3\n{BODY}\n"
                f"Rohan Mehta 🎬 @filmywala_reviews\nThe second half drags. 2/3\n")
    assert byline_of(x_thread).critic == "Rohan Mehta"
    group = f"facebook\nSearch Facebook\nAma Boateng ▸ ACCRA FILM CIRCLE 🎬\nTop contributor · 2d\n{BODY}\n"
    assert byline_of(group).critic == "Ama Boateng"


def test_a_forum_threads_first_poster_in_a_post_by_header() -> None:
    text = (f"Board index ‹ Film Talk ‹ New Releases\nHOLLOW BELL (2024) - my thoughts\nPost by Kestrel » Sun Oct 13, 2024 "
            f"10:48 pm\n{BODY}\nPost by MoorlandMatt » Sun Oct 13, 2024 11:20 pm\nGreat write-up. I was kinder - 7/10 for me.\n")
    assert byline_of(text).critic == "Kestrel"


def test_a_newsletter_that_says_who_writes_it_and_a_copyright_holders_address() -> None:
    text = (f"From: The Tuesday Frame <hello@thetuesdayframe.news>\nSubject: Issue #88: a quiet masterpiece\n{BODY}\n"
            "The Tuesday Frame is written by Imogen Achterberg and read by 4,100 people.\n"
            "© 2025 The Tuesday Frame, PO Box 118, Leeds LS1 4AP\n")
    found = byline_of(text)
    assert (found.critic, found.outlet) == ("Imogen Achterberg", "The Tuesday Frame")


def test_a_columnists_bio_and_a_publisher_after_the_papers_name() -> None:
    text = (f"THE MIDLAND ECHO\nARTS › FILM › THE MONDAY MOAN\nThe Monday Moan: a sequel nobody asked for\n{BODY}\n"
            "Declan Fitzgerald-Ahern has written The Monday Moan since 2012. He lives in Tralee with a very old dog.\n"
            "© 2025 The Midland Echo, published by Midland Echo Newspapers Ltd. Registered in Ireland.\n")
    found = byline_of(text)
    assert (found.critic, found.outlet) == ("Declan Fitzgerald-Ahern", "The Midland Echo")


def test_a_diary_sites_member_badge_is_no_part_of_the_name() -> None:
    text = f"Saint Jude (2024)\nReview by Yusuf Demir Patron\n★★★½\n{BODY}\n"
    assert byline_of(text).critic == "Yusuf Demir"


def test_a_byline_abroad_naming_the_review() -> None:
    assert byline_of(f"Le Phare des Anges\nCritique en anglais par Harriet Olsen (version française à venir)\n{BODY}\n").critic \
        == "Harriet Olsen"
    assert byline_of(f"El faro\nCrítica por Lucía Ferrer · 3 de mayo\n{BODY}\n").critic == "Lucía Ferrer"
    # "de" is "of": a review of the film, whose title may look like a name
    assert byline_of(f"Crítica de Emilia Pérez\nBy Sofía Martel\n{BODY}\n").critic == "Sofía Martel"


def test_lines_that_look_like_this_stops_new_bylines_but_are_not() -> None:
    assert byline_of(f"Reviews\nPast Lives is written by Celine Song, who also directed it.\n{BODY}\n").outlet != "Past Lives"
    assert byline_of(f"Jane Holloway | Film Critic, 1001 Movies Club\n{BODY}\n").critic == "Jane Holloway"
    text = f"From: The Reverend Paul Oyelaran <paul@oyelaran.example>\nSubject: Sunday at the pictures\n{BODY}\n"
    assert byline_of(text).outlet != "The Reverend Paul Oyelaran"
    assert byline_of(f"Tideline\nBy Sylvie Patron\n{BODY}\n").critic == "Sylvie Patron"
    text = f"Christopher Nolan ▸ Oppenheimer ▸ Review\n{BODY}\n— Jane Holloway\n"
    assert byline_of(text).critic != "Christopher Nolan"


def test_a_whatsapp_exports_main_writer_is_the_critic() -> None:
    text = ("12/01/25, 9:14 pm - Meera Pillai created group \"Pillai Family\"\n"
            "12/01/25, 9:15 pm - Lakshmi: did you all go for Thunder Road today?\n"
            "12/01/25, 9:31 pm - Meera Pillai: Yes we went. Full house. I am typing, wait.\n"
            f"12/01/25, 9:52 pm - Meera Pillai: OK. {BODY}\n{BODY}\n"
            "12/01/25, 10:01 pm - Karthik Bala: For me 10/10 mass!!!\n")
    assert byline_of(text).critic == "Meera Pillai"
