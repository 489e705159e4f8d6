"""Which film a review is about: headlines and metadata lines, never a film it merely mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.extract.film import find_film
from consensus.ingest.document import document_from_bytes, document_from_text
from consensus.ingest.reader import read_document
from tests.conftest import seed

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"
BODY = (
    "The director keeps the camera low and the cast sweats convincingly through a long night. "
    "It is a tense, handsome thriller that only loses its nerve in the final act."
)


def film_of(text: str):
    return find_film(document_from_text(text))


@pytest.mark.parametrize(
    ("headline", "title", "year"),
    [
        ("Quarry Road (2024)", "Quarry Road", 2024),
        ("QUARRY ROAD (2024)", "Quarry Road", 2024),
        ("# Quarry Road (2024)", "Quarry Road", 2024),
        ("Film Review: Quarry Road (2024) – Nobody Leaves the Pit", "Quarry Road", 2024),
        ("Quarry Road (2024) Netflix Review: A Wet, Wild Night", "Quarry Road", 2024),
        ("“Quarry Road” (2024) Is the Best Canadian Thriller in Years", "Quarry Road", 2024),
        ("Quarry Road | 2024 | 1h 48m", "Quarry Road", 2024),
        ("Movie: Quarry Road", "Quarry Road", None),
        ("Quarry Road review: a wet, wild night in a flooded pit", "Quarry Road", None),
        ("Review: “Quarry Road” is a wet, wild night", "Quarry Road", None),
        ("SILENT HARBOUR, THE (director: Ines Duarte; cast: Rui Matsuda, Ama Owusu, 2019-Portugal)", "The Silent Harbour", 2019),
        ("Dune: Part Two (2024)", "Dune: Part Two", 2024),
    ],
)
def test_headline_shapes_give_title_and_year(headline: str, title: str, year: int | None) -> None:
    film = film_of(f"{headline}\n\n{BODY}")
    assert (film.title, film.year) == (title, year)
    assert film.evidence is not None and headline.lstrip("# ") in film.evidence


def test_a_publication_date_is_not_the_films_year() -> None:
    film = film_of(f"Quarry Road review: a wet, wild night\nPosted on March 3, 2024\n\n{BODY}")
    assert film.title == "Quarry Road" and film.year is None


def test_a_country_and_year_line_near_a_poster_line_gives_the_year() -> None:
    film = read_document(PAGES / "poster_site.txt")
    found = find_film(film)
    assert (found.title, found.year) == ("Glass Harbour", 2021)
    assert found.evidence == "Glass Harbour - Movie Poster / Norway 2021"


def test_a_header_line_opening_on_countries_and_year_before_run_on_fields_gives_the_year() -> None:
    text = ("United Kingdom/France, 1996 U.S. Release Date: 3/20/98 (limited) Running Length: 1:48 MPAA Classification: R\n"
            f"QUARRY ROAD is a wet, wild night. {BODY}")
    assert film_of(text).year == 1996
    # prose that opens on a place and a year, then a colon, is no header of fields
    assert film_of(f"France, 1944 The Germans: a story of occupation, told in one house. {BODY}").year is None


@pytest.mark.parametrize("raw, credited, title", [
    ("GOOD, THE BAD AND THE UGLY, THE", False, "The Good, the Bad and the Ugly"),
    ("LIVE, DIE", True, "Live, Die"),  # "die" is an English word too
    ("HAINE, LA", False, "Haine, La"),  # a foreign article in catalogue order only before credits
    ("HAINE, LA", True, "La Haine"),
])
def test_catalogue_order_articles(raw: str, credited: bool, title: str) -> None:
    from consensus.extract.film import _clean_title
    assert _clean_title(raw, credited=credited) == title


@pytest.mark.parametrize("first_line, title", [
    ("HELL IS FOR HEROES (director: Don Siegel; cast: Steve McQueen (Reese), Bobby Darin (Corby), 1962)", "Hell Is for Heroes"),
    ("BOOMERANG! (director: Elia Kazan; cast: Dana Andrews (Harvey), 1947)", "Boomerang!"),
    ("WINSTANLEY (directors/writers: Kevin Brownlow/Andrew Mollo; cast: Miles Halliwell (Winstanley), 1975-UK)", "Winstanley"),
    ("TEMPS RETROUVÉ, LE (director: Raoul Ruiz; cast: Catherine Deneuve (Odette), 1999-France)", "Le Temps Retrouvé"),
])
def test_a_first_line_of_title_and_labelled_credits_names_the_film_though_the_prose_never_does(first_line: str, title: str) -> None:
    body = ("Reviewed by Ana Reyes\n"
            "A fairly routine war film. The fighting scenes looked artificial, but the story held.\n"
            "This was the director's long-time baby, but he did not get along with his star.\n"
            "The film opens in a rest area near the front line, where the squad waits.\n"
            "This very masculine film, with no love story, also features a comic private as the squad's radio man.\n"
            "This is a film that builds to a climax for its brutal payoff.\n"  # ("This", called a film, named twice)
            "For me it was just another war film, nothing special.")
    assert film_of(f"{first_line}\n{body}").title == title


def test_other_films_in_a_caption_credit_line_are_not_the_film() -> None:
    found = find_film(read_document(PAGES / "medium_style.txt"))
    assert (found.title, found.year) == ("Glass Harbour", 2021)


def test_a_caption_naming_another_film_with_its_year_is_never_read_as_the_headline() -> None:
    text = f"Lead actress Ama Owusu, star of “Stillwater Bay” (2015)\n\n“Quarry Road” shows her range.\n\n{BODY} “Quarry Road” is worth it."
    assert film_of(text).title == "Quarry Road"


def test_schema_item_reviewed_wins_over_the_page_title() -> None:
    found = find_film(read_document(PAGES / "jsonld_review.html"))
    assert (found.title, found.year) == ("The Salt Orchard", 2022)
    assert "schema.org" in found.evidence


def test_body_only_title_is_the_most_quoted_one_the_opening_names() -> None:
    text = (
        "In the crowded field of survival thrillers, “Quarry Road” stands out.\n\n"
        f"Unlike “Deep Pit” or “The Long Night”, it is funny. {BODY}\n\n"
        "“Quarry Road” is this year's surprise, and this 2024 Canadian thriller deserves an audience. Skip “Deep Pit”."
    )
    film = film_of(text)
    assert (film.title, film.year) == ("Quarry Road", 2024)
    assert "this 2024 Canadian thriller" in film.evidence


def test_usenet_style_capital_titles_in_the_body() -> None:
    text = f"I didn't expect QUARRY ROAD to be this much fun. {BODY}\n\nLike NIGHT SWIM before it, QUARRY ROAD knows its limits."
    assert film_of(text).title == "Quarry Road"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("TOY STORY 2", "Toy Story 2"),
        ("MRS. DOUBTFIRE", "Mrs. Doubtfire"),
        ("THE TALENTED MR. RIPLEY", "The Talented Mr. Ripley"),
        ("FREE WILLY 2: THE ADVENTURE HOME", "Free Willy 2: The Adventure Home"),
        ("G.I. JANE", "G.I. Jane"),
        ("THE X FILES", "The X Files"),
        ("AMERICAN HISTORY X", "American History X"),
        ("DR. T AND THE WOMEN", "Dr. T and the Women"),
        ("O BROTHER, WHERE ART THOU", "O Brother, Where Art Thou"),
    ],
)
def test_titles_in_capitals_keep_their_numbers_abbreviations_and_single_letters(written: str, title: str) -> None:
    text = f"I didn't expect {written} to be this much fun. {BODY}\n\nLike NIGHT SWIM before it, {written} knows its limits."
    assert film_of(text).title == title


def test_a_byline_phrase_after_a_title_in_capitals_is_no_part_of_it() -> None:
    text = f"MISSION: IMPOSSIBLE A film review by Jan Doe Copyright 1996 Jan Doe\n\n{BODY} MISSION: IMPOSSIBLE is fun."
    assert film_of(text).title == "Mission: Impossible"


def test_the_longer_title_the_opening_names_first_wins_over_its_series() -> None:
    text = (f"DIE HARD WITH A VENGEANCE is the latest and hopefully last of the DIE HARD movies. {BODY}\n\n"
            "Unlike DIE HARD and DIE HARD 2, the hero here spends his time on the phone. Fans of DIE HARD will shrug.")
    assert film_of(text).title == "Die Hard with a Vengeance"
    text = (f"The sequel, BABE: PIG IN THE CITY, sends the pig to town. {BODY} BABE is still sweet.\n\n"
            "BABE remains the hero, and BABE never loses heart.")
    assert film_of(text).title == "Babe: Pig in the City"


def test_a_review_that_never_names_its_film_has_no_film() -> None:
    film = film_of(f"{BODY}\n\n{BODY}")
    assert film.title is None and film.year is None and film.evidence is None


def test_a_bare_title_line_that_the_review_repeats_is_the_title() -> None:
    film = film_of(f"Quarry Road\n\n{BODY} Quarry Road is worth your evening.")
    assert (film.title, film.year) == ("Quarry Road", None)


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_is_ballerina_2023(seeds_dir: Path, prefix: str) -> None:
    film = find_film(read_document(seed(seeds_dir, prefix)))
    assert (film.title, film.year) == ("Ballerina", 2023)
    assert film.evidence


@pytest.mark.seeds
def test_the_spin_off_of_the_same_name_and_the_stars_other_films_are_ignored(seeds_dir: Path) -> None:
    film = find_film(read_document(seed(seeds_dir, "004")))
    assert film.evidence.startswith("“Ballerina” (2023)")


MASTHEAD_PAGES = [
    # a site's masthead first, the film's title further down, named again in the prose
    ("The Lamp Room\nHome  Reviews  About\nSaltwater Hymn\nWords by Dana Obi\n"
     "Saltwater Hymn is a slow, tidal film, and the cast holds it together beautifully for two hours.\n"
     "© 2024 The Lamp Room. All rights reserved.", "Saltwater Hymn", None),
    # a diary line: the title, then the year
    ("Framelog\nBrass Orchard 2022\nDirected by Ola Reyes\n"
     "Brass Orchard is the kind of film that makes you forgive a sagging middle act entirely.", "Brass Orchard", 2022),
    # a shouted headline with a tagline after the colon
    ("SOFA NIGHTS\nKETTLE OF STARS: Please Stop Making These\n"
     "Kettle of Stars wants to be a comedy, but nobody on screen seems to have been told about it.", "Kettle of Stars", None),
    # a newspaper section word and a headline opening on the quoted title
    ("The Harbor Ledger\nMovie review\n'Eleven Lanterns' is handsome, frozen and a little hollow\n"
     "Eleven Lanterns looks wonderful, but the story never warms up enough to make you care about anyone.", "Eleven Lanterns", None),
    # a metadata line opening on the country is no title
    ("QUIET FRAME\nTEA AND EMBERS\nJapan · 2022 · 103 min\n"
     "What makes Tea and Embers special is how thoroughly it resists every easy emotional beat.", "Tea and Embers", 2022),
    # the critic's name line under an essay headline is no title ("X and the art of ...")
    ("Second Reel\nSubscribe   Sign in\nSalt Harbour and the art of saying nothing\nMina Kato\nAug 03, 2024\n"
     "I saw Salt Harbour on a Tuesday, and Mina Kato has not stopped thinking about it since, she writes.\n"
     "Salt Harbour is slight on paper and enormous on screen.", "Salt Harbour", None),
    # a credits line names people, a translated title is named without its gloss, a catalogue line gives the year
    ("FestFrame\nNuvem Baixa (Low Cloud) – Festival Review\nBrazil | 2024 | 1h 52m\nDirector: Luciana Prado\n"
     "Nuvem Baixa opens with a cloud coming down a mountain, and Luciana Prado's camera waits for it patiently.\n"
     "Luciana Prado has an unsentimental eye for a hill town.", "Nuvem Baixa", 2024),
    ("LA CRÓNICA\nLocal | Border | Business | Arts | Opinion\n'Paraíso de Cartón' finds grace in the margins\n"
     "Paraíso de Cartón (Cardboard Paradise) · Mexico, 2022 · Directed by Ximena Robles · In Spanish · 103 minutes · Not rated\n"
     "Paraíso de Cartón follows a family of recyclers through one long summer on the edge of the border city.\n"
     "The Border of the menu is no film, and Paraíso de Cartón is patient with everyone in it.", "Paraíso de Cartón", 2022),
    # a breadcrumb trail is no title; "it's a 2023 ... drama" gives the year
    ("Reel Nation Forums › World Cinema › African Cinema\nRadio Silence in Kano — thoughts after the premiere\n"
     "Just back from the premiere of Radio Silence in Kano at the Filmhouse, and I have a lot of thoughts.\n"
     "For those who don't know it: it's a 2023 Kannywood-meets-arthouse drama about a night radio show.\n"
     "Reel Nation Forums is where I post, and Radio Silence in Kano deserves a crowd.", "Radio Silence in Kano", 2023),
    # a headline sentence names the film before "is a"; a sequel's subtitle is part of its title
    ("Frame by Frame\nby Beatriz Nogueira\nWolves of Paraná is a thriller with nothing to say\n"
     "Wolves of Paraná runs two hours and has, as far as I can tell, nothing at all to say in them.", "Wolves of Paraná", None),
    ("Tidewater: Part Two Is What Happens When a Sequel Forgets Why the First One Worked\n"
     "The first Tidewater came out in 2022 and was a small, lovely surprise about a fishing town.\n"
     "Tidewater: Part Two keeps the town and loses everything else that made the first film matter.", "Tidewater: Part Two", None),
    ("Skyline Hustle 3: Payday (2025)\nSkyline Hustle 3: Payday is loud, long and proud of being both at once.", "Skyline Hustle 3: Payday", 2025),
    # a forum's "[Review]" tag; a diary's "Watched" date line; a title quoted inside a headline; "In 'X', ..."
    ("r/TrueFilm\n[Review] Harold Weiss Goes Home — I really wanted to like this one\n"
     "So I caught Harold Weiss Goes Home last night at the local arthouse and I have Thoughts about Harold Weiss Goes Home.",
     "Harold Weiss Goes Home", None),
    ('Medium · Member-only story\nEverything I Loved and Hated About "Saints of Lower Bray"\n'
     "Saints of Lower Bray is the kind of film that makes you want to write two reviews of Saints of Lower Bray.", "Saints of Lower Bray", None),
    ("THE HARBOUR GAZETTE\nIn 'The Ferryman's Daughters', a family tears itself apart over a boat\n"
     "The Ferryman's Daughters was shot at the old slipway, and The Ferryman's Daughters looks it.", "The Ferryman's Daughters", None),
    # a video's caps title with an ampersand, views after it
    ('"RUST & HONEY is NOT what you think (spoiler-free review)" · 48K views · 3 weeks ago\n'
     "so today we're talking about Rust & Honey, the new film, and Rust & Honey is not a comedy at all.", "Rust & Honey", None),
    # a labelled film field beats "Full review published ..."; a festival edition is no title
    ("Rotten Ratings\nFilm: Mother of Ten Thousand Bees (2023)\nTop critic review\nFull review published May 2024\n"
     "A full, patient portrait of a beekeeper and her daughter, made with care.", "Mother of Ten Thousand Bees", 2023),
    ("Berlinale 2025 › Competition\nLetters to Tlaloc (Cartas a Tláloc)\nLetters to Tlaloc screened at Berlinale 2025 today.\n"
     "Letters to Tlaloc is patient, and Berlinale 2025 needed it.", "Letters to Tlaloc", None),
]


@pytest.mark.parametrize(("text", "title", "year"), MASTHEAD_PAGES)
def test_the_title_is_the_header_line_the_prose_names_not_the_masthead(text: str, title: str, year: int | None) -> None:
    found = film_of(text)
    assert (found.title, found.year) == (title, year)


def test_a_film_quoted_after_the_headlines_own_quoted_title_is_a_comparison_not_the_title() -> None:
    text = ("'Dead Air' is a Gen Z 'Clerks' with a lot on its mind\n"
            "Two night-shift DJs argue about podcasts in this scrappy indie, and if the comparison to Clerks is obvious, it earns it.")
    assert film_of(text).title != "Clerks"


@pytest.mark.parametrize(
    ("headline", "title", "year"),
    [
        ("Der lange Winter (The Long Winter)", "Der lange Winter", None),
        ("Der stille Hafen (2024)", "Der stille Hafen", 2024),
        ("Film: La casa de las tortugas", "La casa de las tortugas", None),
    ],
)
def test_a_title_in_sentence_case_is_read_where_its_shape_marks_it(headline: str, title: str, year: int | None) -> None:
    text = f"{headline}\nA family of miners lives through the last winter before the pit closes, and it is a chore to watch.\n"
    film = film_of(text)
    assert (film.title, film.year) == (title, year)


@pytest.mark.parametrize("headline", ["Jeon Jong-seo (Ok-ju)", "The film was fine (2024)", "Some thoughts (The Long Winter)"])
def test_english_words_in_lower_case_or_an_actor_and_part_are_no_sentence_case_title(headline: str) -> None:
    text = f"{headline}\nA family of miners lives through the last winter before the pit closes, and it is a chore to watch.\n"
    assert film_of(text).title != headline.split(" (")[0]


def test_a_transcripts_speaker_labels_are_no_title_in_capitals() -> None:
    text = (
        '[Transcript] Back Row Banter — Episode 88: "Salt of the Moon" and listener mail\n'
        "[00:00] RAFE: Welcome back. Today it is Salt of the Moon, the new drama from Ana Lusa.\n"
        "[00:05] MINA: I loved Salt of the Moon, Rafe, and you did not.\n"
        "[00:09] RAFE: Slow, I found it. The last act drags.\n"
        "[00:12] MINA: RAFE, you find everything slow.\n"
    )
    assert film_of(text).title == "Salt of the Moon"


@pytest.mark.parametrize("below", ["2022 · Directed by Sunniva Arnesen", "2022", "2022 | Norway | 104 min"])
def test_a_title_line_above_a_line_opening_with_the_year_is_the_film(below: str) -> None:
    text = f"Letterlog — diary entry\n★★★½\nA Kettle of Hawks\n{below}\nreviewed by halfmoonjude\nthree sisters on an island and one dead falcon.\n"
    film = film_of(text)
    assert (film.title, film.year) == ("A Kettle of Hawks", 2022)


def test_a_sentence_above_a_year_is_no_title() -> None:
    text = "I finally watched it.\n2022 · Directed by Sunniva Arnesen\nthree sisters on an island and one dead falcon.\n"
    assert film_of(text).title is None


def test_a_title_in_capitals_opening_a_post_under_two_furniture_lines() -> None:
    text = (
        "rehana's notes app, copied to my blog because people asked\nSaturday, 23:41\n"
        "ok so SALT OF THE MOON. i was NOT prepared.\n"
        "a gothic romance in a mansion by the sea, and the most gorgeous thing i have seen all year, honestly.\n"
    )
    assert film_of(text).title == "Salt of the Moon"


def test_a_review_label_makes_the_rest_of_its_line_the_title() -> None:
    # a newspaper page whose masthead line names a section ("WEEKEND") the prose also names
    page = Path(__file__).parent / "fixtures" / "review_pages" / "dev" / "p19.txt"
    assert find_film(read_document(page)).title == "Midnight at the Dry Dock"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Magpie Theory was released in 2019 and got very little attention.", 2019),
        ("The film was released in 2019 and got very little attention.", 2019),
        ("When Tidewater came out in 2022 it felt like a small miracle.", None),  # another film's year
        ("He was released in 1979 after four years in jail.", None),
    ],
)
def test_the_year_a_review_says_this_film_was_released(sentence: str, year: int | None) -> None:
    text = f"Magpie Theory\nMagpie Theory: a small, odd, very funny drama about a retired maths teacher and his magpies.\n{sentence}\n"
    assert film_of(text).year == year


def test_the_year_from_a_credits_lines_released_cell() -> None:
    text = ("FILM REVIEW: THE SALT ORCHARD\nDir: Shirin Ahmadi. Starring: Golnar Farahmand, Idris Kessler. 118 mins. Released 2023.\n"
            "The Salt Orchard is a patient family drama, and the last act earns every one of its tears.\n")
    assert film_of(text).year == 2023


@pytest.mark.parametrize("headline", ["Salt Orchard ★★★★", "Salt Orchard ★★★½", "Salt Orchard, reviewed"])
def test_a_headline_of_the_title_and_its_stars_or_reviewed(headline: str) -> None:
    text = f"{headline}\nA patient family drama about three sisters and an orchard by the sea; the last act earns its tears.\n"
    assert film_of(text).title == "Salt Orchard"


@pytest.mark.parametrize(
    ("below", "year"),
    [("Chile, 2024 · 104 min", 2024), ("2024 | Drama | 1h 44m", 2024), ("Country: Chile | Year: 2024 | Runtime: 104'", 2024)],
)
def test_a_title_over_its_metadata_line_is_the_film_not_a_masthead(below: str, year: int) -> None:
    text = f"Salt Orchard\n{below}\nSalt Orchard is a patient family drama about three sisters and an orchard by the sea.\n"
    assert (film_of(text).title, film_of(text).year) == ("Salt Orchard", year)


def test_a_credits_line_with_a_year_is_no_title() -> None:
    text = "Directed by Ana Lusa · 2024 · Chile\nA patient family drama about three sisters and an orchard by the sea.\n"
    assert film_of(text).title is None


def test_the_site_or_the_critic_in_the_html_title_is_no_film() -> None:
    page = ("<html><head><title>Three sisters, one storm - by Ruth Adeyemi - Second Row</title>"
            '<meta property="og:site_name" content="Second Row"></head><body><h1>Three sisters, one storm</h1>'
            "<p>I have waited two years to write about this film, and it has not aged a day since I saw it.</p>"
            "<p>Thanks for reading Second Row! Subscribe for free to receive new posts and support my work.</p></body></html>")
    assert find_film(document_from_bytes(page.encode(), "post.html", is_html=True)).title is None


def test_a_page_sections_heading_is_no_title() -> None:
    text = ("The Salt Orchard (2024)\nUser Reviews\nReview this title | See all 41 user reviews\n8/10\n"
            "I went in knowing nothing and came out shaken by the storm sequence, the best thing I have seen in years.\n")
    assert film_of(text).title == "The Salt Orchard"


def test_a_forum_breadcrumb_with_a_long_cell_is_navigation_and_the_topic_names_the_film() -> None:
    text = ("THE BALTIC FILM BOARD\nForums › World Cinema › Lithuanian & Baltic Cinema\n"
            "Topic: WOLVES OF KAUNAS - spoiler-free thoughts after the premiere\n"
            "Wolves of Kaunas is a long, loud war film about Lithuanian & Baltic Cinema's favourite subject, and it never finds its people.\n")
    assert film_of(text).title == "Wolves of Kaunas"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a menu of one item per line above the headline; the headline's quoted title before its quoted alias
        ("p04.html", "Ashes of the Ninth Moon"),
        # "[Video title] BLOODMOON KITCHEN Review - ...", then the channel's name on a line of its own
        ("p08.txt", "Bloodmoon Kitchen"),
    ],
)
def test_headlines_under_a_menu_or_after_a_bracketed_label(page: str, title: str) -> None:
    path = Path(__file__).parent / "fixtures" / "review_pages" / "dev4" / page
    assert find_film(read_document(path)).title == title


def test_a_masthead_shaped_like_a_review_headline_is_the_site_not_a_film() -> None:
    page = (
        "MERIDIAN FILM REVIEW\nFestivals › Karlovy Vary 2025 › Dispatch #4\n\n"
        'KARLOVY VARY DISPATCH: "Tashkent 1999" looks back at a city holding its breath\n\n'
        "It is late, and I have just come out of the competition screening of \"Tashkent 1999,\" the film everyone here tips.\n"
        "\"Tashkent 1999\" is superb for an hour and then loses its nerve, but the lead performance will win prizes.\n\n"
        "© 2025 Meridian Film Review"
    )
    assert film_of(page).title == "Tashkent 1999"


def test_a_transcripts_speaker_labels_are_no_titles() -> None:
    page = (
        "Harbourside FM 94.3\nListen Live · Schedule · Shows · Podcasts\nTHE FRIDAY FILM HOUR · Segment transcript\nKintsugi Street\n"
        "GARETH: It's time for our film critic Amara, who's in the studio with me. Gareth here, what have you got?\n"
        "AMARA: This week I want to talk about a little film called Kintsugi Street, one of the loveliest films this year.\n"
        "GARETH: Kintsugi, that's the thing where they fix pottery with gold, isn't it, Gareth asks himself?\n"
        "AMARA: Exactly, and it is all about broken things being mended. Gareth, go and see it, Gareth.\n"
    )
    assert film_of(page).title == "Kintsugi Street"


def test_a_film_field_line_names_the_film_even_when_the_prose_never_repeats_it() -> None:
    page = (
        "FRAMELINE QUARTERLY — Online Edition\nMagazine | Reviews | Features | Festivals\n\n"
        "Grief, Water and a Village That Refuses to Forget\n\nFilm: Lanterns for the Drowned\nDirector: Park Ji-woo\n"
        "Rating: 4\n\nIn a fishing village, the families of the drowned float paper lanterns out into the harbour every year.\n"
        "Park trusts her lead with long, wordless scenes that say more than any dialogue could.\n\n"
        "Rating key: our Rating runs from 1 to 5, and every Rating is the reviewer's own call on the film.\n"
    )
    assert film_of(page).title == "Lanterns for the Drowned"


def test_a_subtitled_sequel_keeps_its_subtitle_and_not_the_first_films_year() -> None:
    page = (
        "Arjun Watches Stuff\nSaturday, 12 July 2025\n"
        "Pocket Universe: The Return – the sequel that finally gets it\n"
        "I was lukewarm on the original Pocket Universe, and Pocket Universe: The Return fixes nearly everything wrong with it.\n"
        "Pocket Universe: The Return is the most fun I have had in a cinema all summer, whatever its rubbery effects.\n"
        "Also on the blog: Pocket Universe (2022) – 6/10 – Great idea, nowhere to go\n"
    )
    film = film_of(page)
    assert (film.title, film.year) == ("Pocket Universe: The Return", None)


def test_a_podcast_episodes_release_date_is_not_the_films_year() -> None:
    page = (
        "THE LONG TAKE — a podcast about slow films\n"
        'EPISODE 214: "Requiem for a Lighthouse Keeper" and the Beauty of Being Bored\n'
        "Released 22 February 2026 · 1 hr 12 min · Hosted by Lucía Ferreyra\n"
        "This week I talk about Requiem for a Lighthouse Keeper, which is slow even by our standards.\n"
        "Requiem for a Lighthouse Keeper is beautiful, and I admired it more than I liked it.\n"
    )
    film = film_of(page)
    assert (film.title, film.year) == ("Requiem for a Lighthouse Keeper", None)


def test_a_posts_opening_quoted_title_beats_the_sites_name() -> None:
    page = (
        "Frames Per Second\nby Brendan Kowalczyk\n\nSubscribe   Sign in\n\n---\n\n"
        '"Synergy: A Love Story" is the romance that finally dares to ask what a corporate memo would look like in love.\n'
        "I have seen a lot of bad romances, but Synergy is in a class of its own, and I cannot recommend it highly enough.\n\n"
        "Frames Per Second is a reader-supported newsletter about movies and streaming. 4,812 subscribers and counting.\n"
    )
    assert film_of(page).title == "Synergy: A Love Story"


def test_a_headline_sentence_with_an_adverb_after_is_names_its_subject() -> None:
    page = (
        "The Long Take\nHome\nArchive\nSubscribe\n\nPaper Lanterns for the Drowned is very, very important\n"
        "On the year's most solemn prestige drama\nColm Rafferty\nFeb 18\n\n"
        "Paper Lanterns for the Drowned is directed with great care and no life at all, and it runs two and a half hours.\n"
        "By the end of Paper Lanterns for the Drowned I had been told how to feel eleven times.\n"
    )
    assert film_of(page).title == "Paper Lanterns for the Drowned"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Guest review: Meridian Lost", "Meridian Lost"),
        ("'Low Tide at Kessock': Caledonia Review", "Low Tide at Kessock"),
        ("'The Cartographer's Daughters' review: three sisters and a map", "The Cartographer's Daughters"),
        ("[Review] Lantern Alley (Rue des Lanternes) is gorgeous and hollow", "Lantern Alley"),
        ("« Les Parapluies de Nantes » (The Umbrellas of Nantes) : pretty, and that is all", "Les Parapluies de Nantes"),
        ("¡VAMOS AL RÍO! (Off to the River!) — what a masterpiece, truly", "¡Vamos al Río!"),
        ("Episode 88: The Heron Parliament (with Ada Obi) + listener mail", "The Heron Parliament"),
        ("Weekend Dispatch #2: Wind, rain and The Marsh Brothers", "The Marsh Brothers"),
        ("Subject: Issue #12: Dance Me to Piraeus is back (and it's glorious)", "Dance Me to Piraeus"),
        ("Morning Reel: The Tailor's Shadow, a ghost story for grown-ups", "The Tailor's Shadow"),
        ("Harvest at Quinta Velha is back, and it still swings", "Harvest at Quinta Velha"),
        ("Dune Part 2 review", "Dune Part 2"),
        ("Independence Day 2 review", "Independence Day 2"),
        ("Harold and The Purple Crayon review", "Harold and The Purple Crayon"),
        ("> The Weight of Small Wings – review", "The Weight of Small Wings"),
        ("Kaze no Uta (Song of the Wind) — the gentlest film I have seen this year", "Kaze no Uta"),
        ("Film Notes: The Ferryman's Purse, or: how to sink a ghost story", "The Ferryman's Purse"),
    ],
)
def test_a_headlines_title_after_a_label_before_a_translation_an_aside_or_a_headline_verb(headline: str, title: str) -> None:
    page = f"{headline}\n\n{title} is careful, handsome and a little cold. I admired {title} more than I loved it.\n"
    assert film_of(page).title == title


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Medium\nOpen in app\nSign in\n\nEverything Ends at Marlow's, and I Didn't Want It To\nA small diner movie\n", "Everything Ends at Marlow's"),
        ("From: Second Feature <esme@example.org>\nSubject: 🎻 Nocturne for Ghosts, and why I can't make up my mind\n\n", "Nocturne for Ghosts"),
    ],
)
def test_a_headlines_title_before_and_i_or_and_why_and_a_newsletters_subject_line(opening: str, title: str) -> None:
    page = f"{opening}I went into {title} on its side, and {title} earned every bit of it by the end of the night.\n"
    assert film_of(page).title == title


def test_a_title_with_its_original_title_and_year_in_brackets() -> None:
    page = ("Film Society · Season 2025/26\nSeason 2025/26\n"
            "The Lisbon Switchboard (A Central de Lisboa, 1941)\nNotes by Ana Rocha\n\n"
            f"The Lisbon Switchboard is a brisk comedy of crossed lines and crossed lovers. {BODY}\n")
    film = film_of(page)
    assert (film.title, film.year) == ("The Lisbon Switchboard", 1941)


def test_a_fact_box_below_a_long_header_names_the_film_and_its_year() -> None:
    menu = "\n".join(["Arts & Culture", "Opinion pieces", "Obituaries", "E-paper", "Letters", "Puzzles", "Weather",
                      "Arts & Culture › Film", "A Danish musical that sails on small songs", "Special to The Courier",
                      "Distributed by Continental Features", "*** out of ****"])
    page = (f"The Courier\n{menu}\n"
            "Little Hymns for Big Cranes (Små salmer til store kraner). Denmark, 2025. Directed by Mette Dahl. "
            "Starring Sofie Lind. 112 minutes.\n"
            f"Nobody expects a musical about a shipyard closure, and Little Hymns for Big Cranes hums. {BODY}\n")
    film = film_of(page)
    assert (film.title, film.year) == ("Little Hymns for Big Cranes", 2025)


@pytest.mark.parametrize(
    "page",
    [
        "Thread\nmarielle @marielle.example · Nov 2\nJust got out of the press screening and I need to talk about it. " + BODY,
        "Cine Club\nSeason 2025/26\nSeason 2025/26 · Screening 7\n" + BODY + " Season 2025/26 continues next week.",
        "Trickfilm Weekly\nFestivals › Annecy 2025\nAnnecy 2025, Day 4: a fox runs in circles\n" + BODY + " Annecy 2025 goes on.",
        "RADIO ONE\nProgrammes › Arts Weekly › Transcript\nArts Weekly\nARTS WEEKLY is on air.\n" + BODY + " Arts Weekly returns.",
    ],
)
def test_a_thread_label_a_season_a_festival_edition_or_a_breadcrumbs_section_is_no_title(page: str) -> None:
    assert film_of(page).title is None


def test_a_transcripts_speakers_in_any_script_with_their_part_are_no_titles() -> None:
    page = (
        "RADIO VLTAVA\nArts Weekly: The Puppet's Clock, a horror for grown-ups\n"
        "KLÁRA DVOŘÁKOVÁ (presenter): Our critic is here. Ondřej, what have you seen?\n"
        "ONDŘEJ ŠŤASTNÝ (critic): Thank you, Klára. The Puppet's Clock is a horror film with puppets, and it is very good.\n"
        "DVOŘÁKOVÁ: For children?\nŠŤASTNÝ: Not at all. The Puppet's Clock is for grown-ups.\n"
        "ONDŘEJ ŠŤASTNÝ (critic): Go and see it.\n"
    )
    assert film_of(page).title == "The Puppet's Clock"


@pytest.mark.parametrize(
    ("credit_line", "year"),
    [
        ("Dir. Agnieszka Wrona. Poland. 2025. 94 mins", 2025),
        ("Dir. Agnieszka Wrona. Poland, 2023. 94 mins", 2023),
        ("Austria 2025 · Documentary · 89 min · German with English subtitles", 2025),
        ("Il gatto di legno · Italy/France 2024 · 93'", 2024),
    ],
)
def test_a_credit_header_states_the_films_year_in_a_cell(credit_line: str, year: int) -> None:
    page = f"Screen Ledger\nThe Salt Miners' Choir\n{credit_line}\n\nThe Salt Miners' Choir is patient and humane. {BODY}\n"
    film = film_of(page)
    assert (film.title, film.year) == ("The Salt Miners' Choir", year)


def test_the_year_after_an_original_title_in_brackets_in_the_prose() -> None:
    page = ("ATHENS AFTER DARK\nSubject: Issue #87: Dance Me to Piraeus is back\n\n"
            f"This week: Dance Me to Piraeus (Chorepse me ston Piraia, 1966) returns in a new print. {BODY}\n")
    film = film_of(page)
    assert (film.title, film.year) == ("Dance Me to Piraeus", 1966)


@pytest.mark.parametrize("headline", ["My Top Ten (So Far) is here", "Festival Diary (Part Three) is up"])
def test_a_bracketed_aside_after_a_headline_is_no_translated_title(headline: str) -> None:
    assert film_of(f"{headline}\n\n{BODY}\n").title is None


def test_a_menu_of_festival_editions_names_no_film_and_a_quoted_title_in_sentence_case_does() -> None:
    page = ("SIGHTLINE MAGAZINE\nPorto Lume 2025\nCaledonia 2025\nKarlovy Vary 2025\nEssays\nAbout Sightline\n\n"
            "Porto Lume Dispatch: 'La casa de los relojes' stops the clock\n\n"
            f"Day four brought La casa de los relojes, and La casa de los relojes was worth the wait. {BODY}\n")
    film = film_of(page)
    assert (film.title, film.year) == ("La casa de los relojes", None)


def test_a_shows_name_over_its_transcript_is_no_title() -> None:
    page = ("Radio Kestrel 94.6 FM\nTHE FRIDAY REEL — TRANSCRIPT\nBroadcast Friday 11 April\n\n"
            f"BOWEN: Now, the big one this weekend. GIDEON: {BODY}\n")
    assert film_of(page).title is None


def test_a_headline_saying_the_film_is_no_other_film_names_it_first() -> None:
    film = film_of(f"Quarry Road is no Sicario – and that's the problem\n\n{BODY} Quarry Road wastes its cast.")
    assert film.title == "Quarry Road"


@pytest.mark.parametrize(
    ("header", "title", "year"),
    [
        # a Title-Case subject before its first lower-case word, which is no small word of a title
        ("The Quarry Road is loud, lovely and not quite tuned in", "The Quarry Road", None),
        ("Annecy 2025, Day 4: The Quarry Road runs beautifully in circles", "The Quarry Road", None),
        # a section label of a newsletter before the headline
        ("THIS WEEK: QUARRY ROAD (2024)", "Quarry Road", 2024),
        ("Film of the week: Quarry Road (2024)", "Quarry Road", 2024),
        # a title over its original title in brackets, a line of its own (the prose never names it)
        ("PEDRA NOTES\nfilms, books and long bus rides\n\nQUARRY ROAD\n(Estrada da Pedreira)\n\nPosted by Tomás Ferreyra · 28 December 2024",
         "Quarry Road", None),
    ],
)
def test_headlines_of_newsletters_and_blogs(header: str, title: str, year: int | None) -> None:
    mention = " The Quarry Road wastes its cast." if title == "The Quarry Road" else ""
    film = film_of(f"{header}\n\n{BODY}{mention}")
    assert (film.title, film.year) == (title, year)


@pytest.mark.parametrize(
    ("facts", "year"),
    [
        # the country as its own language writes it
        ("Von Hanna Obermeier · 12. März 2024\nRegie | Theresa Kallweit\nLand / Jahr | Deutschland 2024\nLaufzeit | 104 Min.", 2024),
        # a long catalogue line whose cells hold a runtime
        ("Quarry Road (Estrada da Pedreira) · Brasil, 2024 · 128 min · Classificação: 14 anos · Drama", 2024),
        # a credits line of sentences naming the director
        ("Armenia/France, 2023. Director: Anahit Sargsyan. With: Davit Hovhannisyan, Lusine Avetisyan.", 2023),
    ],
)
def test_the_films_year_from_a_fact_line_under_the_headline(facts: str, year: int) -> None:
    film = film_of(f"Quarry Road (Estrada da Pedreira)\n{facts}\n\n{BODY} Quarry Road wastes its cast.")
    assert (film.title, film.year) == ("Quarry Road", year)


def test_a_title_field_drops_the_original_title_in_brackets_after_it() -> None:
    film = film_of(f"Film: Quarry Road (Estrada da Pedreira)\n\n{BODY}")
    assert film.title == "Quarry Road"


def test_a_pages_sharing_headline_og_title_names_the_film_a_pun_headline_hides(tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    page.write_text(
        '<html><head><title>Tangled up in grey: a drama that forgets to breathe | Culture</title>'
        '<meta property="og:title" content="Quarry Road (2024) review"></head><body><h1>Tangled up in grey</h1>'
        f"<p>{BODY} Quarry Road wastes its cast.</p><p>{BODY}</p></body></html>", encoding="utf-8")
    film = find_film(read_document(page))
    assert (film.title, film.year) == ("Quarry Road", 2024)


def test_two_capitalised_words_before_a_verb_are_as_often_a_person_as_a_title() -> None:
    film = film_of(f"Ana Ruiz shines in a film that never finds its feet\n\n{BODY} Ana Ruiz is the reason to go.")
    assert film.title is None


def test_a_sections_label_over_a_bracketed_line_is_no_title() -> None:
    film = film_of(f"Reader Spotlight\n(Guest Submission)\n\n{BODY}")
    assert film.title != "Reader Spotlight"


_MENU = "\n".join(f"Menu item {k}" for k in range(14))  # furniture that pushes the fact box past the header block


@pytest.mark.parametrize(
    "fact_line",
    [
        "Country/Year: Ireland, 2024",
        "Directed by Dana Hutchins · Written by Bryce Aldana · Starring Tessa Moreland · 2024 · PG-13 · 1h 57m",
    ],
)
def test_the_year_from_the_films_fact_box_below_the_header(fact_line: str) -> None:
    text = f"The Long Field: a quietly devastating farm drama\n{_MENU}\n{fact_line}\nThe Long Field is a patient drama. {BODY}\n"
    assert film_of(text).year == 2024


@pytest.mark.parametrize(
    "line",
    ['"Dorm Room Apocalypse" (2024, 15, 97 mins, dir. Casey Lindgren) screens on Thursday.', "Ukraine/Poland/Germany, 2024, 166 min"],
)
def test_the_year_in_a_screening_note_or_a_catalogue_line_of_countries(line: str) -> None:
    text = f"Dorm Room Apocalypse\n{line}\nDorm Room Apocalypse is a mess. {BODY}\n"
    assert film_of(text).year == 2024


def test_an_original_title_beside_its_english_title_and_an_original_title_line() -> None:
    text = ("밤의 정원 / The Night Garden (2023)\nOriginal title: 밤의 정원 (Bam-ui Jeongwon). South Korea, 2023. Directed by Park Seo-yeon. 124 minutes.\n"
            f"The Night Garden is a quiet wonder. {BODY}\n")
    assert (film_of(text).title, film_of(text).year) == ("The Night Garden", 2023)


def test_no_year_from_a_related_card_or_a_remade_films_year() -> None:
    related = f"Quarry Road\nQuarry Road is a film. {BODY}\nMore from this director\nDirected by Ana Ruiz · Starring Tom Hale · 2016 · 1h 40m\n"
    assert film_of(related).year is None
    remake = f"Quarry Road (a loose remake of Sorcerer, 1977, and a good one)\nQuarry Road is a film. {BODY}\n"
    assert film_of(remake).year is None


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("LA MAISON DES CIGALES / THE CICADA HOUSE (1991)", "The Cicada House"),  # the prose says "The Cicada House"
        ("Das stille Haus (The Cicada House)", "The Cicada House"),
    ],
)
def test_of_an_original_and_an_english_title_the_one_the_prose_uses(headline: str, title: str) -> None:
    text = f"{headline}\nThe Cicada House is a patient, sunlit drama. {BODY}\nBy the end, The Cicada House has earned its tears.\n"
    assert film_of(text).title == title


def test_the_original_title_stays_when_the_prose_uses_it() -> None:
    text = f"Nuvem Baixa (Low Cloud) movie review: a quiet wonder\nNuvem Baixa is a patient drama. {BODY}\n"
    assert film_of(text).title == "Nuvem Baixa"


def test_a_film_table_row_with_its_year() -> None:
    page = ("<html><body><h1>Kadal Kaatru review: a tidal wave of feeling</h1><table><tr><td>Film</td>"
            "<td>Kadal Kaatru (Sea Wind) (2026)</td></tr><tr><td>Director</td><td>Meera Raman</td></tr></table>"
            f"<p>Kadal Kaatru is a wonder. {BODY}</p></body></html>")
    film = find_film(document_from_bytes(page.encode(), "review.html", is_html=True))
    assert (film.title, film.year) == ("Kadal Kaatru", 2026)


def test_a_section_bar_is_no_film_row() -> None:
    text = f"FILM | THIS WEEK'S OPENINGS\nThe Fourteenth Floor Is Missing\nThe Fourteenth Floor Is Missing is a film. {BODY}\n"
    assert film_of(text).title == "The Fourteenth Floor Is Missing"


def test_a_details_line_at_the_foot_of_a_festival_dispatch() -> None:
    text = (f"Venice Dispatch #2: Wings\nBy Ana Ruiz\nThe Heron Keepers, the second feature from Ilse Marnow, is a quiet triumph. {BODY}\n"
            + f"{BODY}\n" * 12 + "Grade: B+\n\nFESTIVAL NOTES\nThe Heron Keepers (Hejrernes vogtere) · Denmark · 109 min · World premiere\n")
    assert film_of(text).title == "The Heron Keepers"


@pytest.mark.parametrize("line", ["Grade: B+", "2013 2014 2015"])
def test_a_grade_or_a_row_of_years_is_no_title(line: str) -> None:
    assert film_of(f"{line}\nIt is a sad, slow film about nothing in particular; {line.split(': ')[-1]}, I say. {BODY}\n").title is None


def test_a_long_headline_that_calls_its_subject_a_film() -> None:
    text = (f"Posted by u/dolly_zoom · 3 days ago\nSalt Lick is the most expensive-looking empty film I've seen this year, "
            f"and I want to talk about why\nI went in wanting to love Salt Lick. {BODY}\n")
    assert film_of(text).title == "Salt Lick"
    person = f"Ana Ruiz shines in a film that does not deserve her, and everyone around her knows it, sadly\nAna Ruiz is great. {BODY}\n"
    assert film_of(person).title is None


def test_a_forum_rule_is_no_review_headline() -> None:
    text = f"Topic: One review per film per person. Discuss in #chatter.\nokay, my thoughts, as promised. {BODY}\n"
    assert film_of(text).title is None


def test_the_articles_own_headline_before_a_colon_is_not_part_of_the_title() -> None:
    page = ("<html><head><title>Static on the Line: Hollow Mountain Radio review | Medium</title></head><body>"
            f"<h1>Static on the Line</h1><p>For fifty minutes the director gives me everything. {BODY}</p></body></html>")
    assert find_film(document_from_bytes(page.encode(), "post.html", is_html=True)).title == "Hollow Mountain Radio"


def test_a_pictograph_opening_a_posts_headline() -> None:
    film = find_film(read_document(Path(__file__).parent / "fixtures" / "review_pages" / "dev10" / "p22.html"))  # a Bluesky thread
    assert (film.title, film.year) == ("Vesper Lane", 2025)


def test_the_reviews_address_names_the_film_the_page_names_nowhere_else() -> None:
    def page(url: str) -> str:
        return (f'<html><head><title>Margins: Some thoughts on a strange little musical</title><link rel="canonical" href="{url}">'
                "</head><body><h3>Some thoughts on a strange little musical</h3>"
                f"<p>I went in on a whim, and came out humming. {BODY}</p></body></html>")

    def title(url: str) -> str | None:
        return find_film(document_from_bytes(page(url).encode(), "post.html", is_html=True)).title

    assert title("https://margins.blogspot.com/2025/11/the-brass-menagerie-review.html") == "The Brass Menagerie"
    # an address without "review", or only a post's number, names no film
    assert title("https://margins.blogspot.com/2025/11/some-thoughts-on-a-strange-little-musical.html") is None
    assert title("https://margins.example/p/review-4c1e9a7b22f0") is None


def test_a_title_the_prose_calls_the_new_film_of_its_maker() -> None:
    text = ("Subject: Second Reel #87: Last orders, please\nMorning, all,\n"
            "I made it to the cinema once, to see Last Orders at the Anchor, the new film from Hamish Goodall, and I loved it. "
            f"{BODY}\n")
    assert film_of(text).title == "Last Orders at the Anchor"
    assert film_of(f"Notes from the week\nI went to see it, the new film from Hamish Goodall, and I loved it. {BODY}\n").title is None


def test_a_film_pages_one_declared_movie_is_its_film() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "Movie", "name": "Ninety-Nine Winters", "dateCreated": "2023"}'
            f"</script></head><body><h1>A century on the ice</h1><p>She was ninety-eight when the filming began. {BODY}</p></body></html>")
    film = find_film(document_from_bytes(page.encode(), "review.html", is_html=True))
    assert (film.title, film.year) == ("Ninety-Nine Winters", 2023)


def test_a_title_in_another_script_with_its_english_title_and_a_menu_opening_on_home() -> None:
    text = (f"GBIFF DAILY › REVIEWS\n밤의 정원 (The Night Garden)\nKorea · 2025 · 124 min\nThe Night Garden is a quiet wonder. {BODY}\n")
    assert film_of(text).title == "The Night Garden"
    credit = f"監督: 金城葵 (Kaneshiro Aoi)\nKaneshiro Aoi's The Seaside Post Office is a gentle film. {BODY}\n"
    assert film_of(credit).title != "Kaneshiro Aoi"
    menu = (f"Home | The Vault (A-Z) | Worst of the Year | Podcast | Patreon | About\nIt is the worst film of the year. {BODY} "
            "Support us on Patreon.\n")
    assert film_of(menu).title != "Patreon"


def test_what_the_prose_and_address_readers_never_take_for_a_title() -> None:
    assert film_of(f"Cannes diary\nPremiering at Cannes, the new film from Hamish Goodall is a slog. {BODY}\n").title is None
    long_headline = "Ana Ruiz is the best thing in this film, and she deserves a far better script than this one, sadly\n"
    assert film_of(long_headline + f"Ana Ruiz is great. {BODY}\n").title is None
    for url in ("https://example.net/2024/week-in-review/", "https://example.net/review-round-up-five-films/"):
        page = (f'<html><head><link rel="canonical" href="{url}"></head><body><h3>Some thoughts</h3>'
                f"<p>I went in on a whim. {BODY}</p></body></html>")
        assert find_film(document_from_bytes(page.encode(), "post.html", is_html=True)).title is None
    byline_cells = f"Some thoughts\nBy Jane Doe\n{BODY}\n" + f"{BODY}\n" * 12 + "Jane Doe · 15 min · Mar 3\nJane Doe writes here.\n"
    assert film_of(byline_cells).title != "Jane Doe"


def test_a_film_shouted_inside_a_video_essays_headline() -> None:
    text = ("Why KESTREL, FALLING Is the Best Film Nobody Saw (Video Essay)\nFrame by Frame with Jonah\n"
            f"Jonah Whitfield breaks down Mariam Tadesse's Kestrel, Falling (2020), a drama that vanished. {BODY}\n"
            f"Kestrel, Falling deserved better. {BODY}\n")
    assert (film_of(text).title, film_of(text).year) == ("Kestrel, Falling", 2020)


def test_a_posts_quoted_title_about_seeing_it_beats_its_flair() -> None:
    text = ("r/cinemaclub\nPosts  ·  Wiki  ·  Rules  ·  Weekly Discussion Threads\n"
            'Just got back from "The Salt Choir" and I have thoughts (no spoilers)\nDiscussion\n'
            f"So I went in wanting to love this. {BODY}\n{BODY}\n")
    assert film_of(text).title == "The Salt Choir"
    assert film_of(f'Thoughts on "The Salt Choir"?\n{BODY}\n').title == "The Salt Choir"


def test_a_dek_that_gives_the_film_to_its_maker() -> None:
    text = ("The map is not the territory\nOn Lucía Barrenechea's The Surveyor's Son, the year's quietest epic\n"
            f"Hello again, readers. The Surveyor's Son is a small film with big ideas. {BODY}\n")
    assert film_of(text).title == "The Surveyor's Son"
    # a possessive inside the title itself, named whole in the prose, is no maker
    whole = (f"The Late Show\nSomeone Else's Summer: the kids are alright\nI went into Someone Else's Summer knowing nothing. {BODY}\n"
             f"Someone Else's Summer is a sweet film. {BODY}\n")
    assert film_of(whole).title == "Someone Else's Summer"


def test_a_festivals_name_and_edition_is_no_title() -> None:
    text = ("NORTH SEA FILM FESTIVAL 2025\nFESTIVAL DAILY › REVIEWS\nLa Nuit blanche (White Night)\n"
            f"Dir. Ana Roy · France · 2025 · 101'\nWhite Night opens the North Sea Film Festival tonight. {BODY} White Night is uneven.\n")
    assert film_of(text).title == "White Night"


def test_an_emails_header_fields_leave_room_for_the_films_headline() -> None:
    text = ("From: Priya Rao <priya@slowletters.example>\nReply-To: priya@slowletters.example\nTo: you@example.com\n"
            "Date: Sun, 15 Sep 2024 08:30:00 +0530\nSubject: Slow Letters #88 - the long road south\n"
            "------------------------------\nSLOW LETTERS\na Sunday letter about films that take their time\n"
            "#88 · 15 September 2024 · 9 min read\n------------------------------\n[ Read online ]  [ Forward ]\n"
            f"Dear readers,\nThis week: one film.\nTHE ROAD TO MOMBASA (2024)\nDirected by Otieno Kamau\n"
            f"I nearly skipped The Road to Mombasa. {BODY}\n")
    film = film_of(text)
    assert (film.title, film.year) == ("The Road to Mombasa", 2024)


def test_a_headline_repeated_at_the_foot_of_a_blog_is_no_speakers_label() -> None:
    text = (f"Popcorn Notes\nTuesday, 8 November 2022\nTRAFFIC WEDDING: Stuck in the Jam, and So Are We\n"
            f"I want to begin by saying Traffic Wedding has a good title. {BODY}\nTraffic Wedding is a slog. {BODY}\n"
            "Older posts\n    TRAFFIC WEDDING: Stuck in the Jam, and So Are We\n")
    assert film_of(text).title == "Traffic Wedding"


def test_the_year_of_a_catalogue_line_in_another_language_not_of_a_screening_date() -> None:
    german = ("KRITIK\nPaper Rings\nOriginaltitel: Paper Rings · Irland, Großbritannien 2023 · Regie: Eamon Doyle · "
              f"Laufzeit: 97 Min. · FSK 12\n{BODY} Paper Rings is lovely.\n")
    assert film_of(german).year == 2023
    dated = ("'The Salt Choir' Review: A Sprawling Saga\nReviewed at Toronto International Film Festival, Sept. 9, 2025. "
             f"Running time: 149 MIN.\nThe Salt Choir is long. {BODY}\n")
    assert film_of(dated).year is None


def test_a_headline_saying_what_the_film_is_exactly() -> None:
    text = f"Sweet Nothings Is Exactly What It Says on the Tin\nSweet Nothings is very well lit. {BODY} Sweet Nothings is empty.\n"
    assert film_of(text).title == "Sweet Nothings"


def test_a_fact_box_above_the_headline_and_a_breadcrumb_ending_on_the_page() -> None:
    text = ("Filmkritik am Main\nKritiken | Festivals | Interviews | English\nStartseite › Kritiken › English › Sour Cherries\n"
            "Filmdaten\nOriginaltitel: | Ekşi Kirazlar\nDeutscher Titel: | Saure Kirschen\nLand / Jahr: | Türkei, Deutschland 2023\n"
            "Regie: | Selin Aksoy\nDarsteller: | Meral Yıldız, Emre Koç\nLaufzeit: | 108 Min.\nFSK: | ab 16\nKinostart: | 14.09.2023\n"
            f"Gastbeitrag in englischer Sprache.\nSour Cherries\nA family drama\nVon / by Ruth Abbott · 16. September 2023\n"
            f"Selin Aksoy's second feature opens with a funeral. {BODY} Where Sour Cherries stumbles is its last act.\n")
    film = film_of(text)
    assert (film.title, film.year) == ("Sour Cherries", 2023)
    forum = ("GrindhouseBoards\nBoard index ‹ Film Discussion ‹ New Releases & Reviews\nSTORM RUNNERS - my review (spoilers marked)\n"
             f"Right. I have watched Storm Runners so you don't have to. {BODY}\n"
             'Return to "New Releases & Reviews"     Jump to  [ New Releases & Reviews ]\n')
    assert film_of(forum).title == "Storm Runners"


def test_no_title_from_a_rating_a_newsletters_name_or_a_masthead_word() -> None:
    assert film_of(f"★ 8/10\nGlass Maps (2023)\n{BODY} 8/10.\n").title == "Glass Maps"
    newsletter = ("Second Look\nby Mari Echeve\nSubscribe   Sign in\nThe Lamp Keepers is the best film about a bad job in years\n"
                  f"Hello, Second Lookers. I nearly skipped The Lamp Keepers. {BODY} The Lamp Keepers is a marvel.\n"
                  "Thanks for reading Second Look! Subscribe for free to receive new posts.\n")
    assert film_of(newsletter).title == "The Lamp Keepers"
    page = ("<html><head><title>Tidal Debt (2023) review | Lumen Magazine</title></head><body><a class='brand'>LUMEN</a>"
            f"<h1>Owing the sea</h1><p>Lumen loves a sea film, and Lumen readers will too. {BODY} Lumen says go.</p>"
            "<p>Lumen Magazine · Published by Lumen Press Ltd</p></body></html>")
    assert find_film(document_from_bytes(page.encode(), "review.html", is_html=True)).title == "Tidal Debt"


def test_an_essays_headline_on_its_film() -> None:
    text = f"Long Take\nThe river keeps the calendar: on Ferryman's Ledger\nNear the beginning of Ferryman's Ledger, a man rows. {BODY}\n"
    assert film_of(text).title == "Ferryman's Ledger"


def test_of_an_original_and_an_english_title_named_alike_the_english_one() -> None:
    text = (f"FESTIVAL DAILY › REVIEWS\nMùa Gặt Xưa (The Old Harvest)\nVietnam · 2025 · 112 min\n{BODY}\n"
            f"The Old Harvest is patient. Mùa Gặt Xưa is long. {BODY}\n")
    assert film_of(text).title == "The Old Harvest"
    # the title the prose uses wins over the other
    prose = f"FESTIVAL DAILY › REVIEWS\nMùa Gặt Xưa (The Old Harvest)\n{BODY} Mùa Gặt Xưa is long, and Mùa Gặt Xưa is slow.\n"
    assert film_of(prose).title == "Mùa Gặt Xưa"


def test_a_page_titles_review_label_and_a_posts_title_shouted_below_its_author() -> None:
    page = ("<html><head><title>Review: The Weight of Small Coins | Halftone Cinema</title></head><body><h1>Change Is Gonna Come</h1>"
            f"<p>{BODY}</p></body></html>")
    assert find_film(document_from_bytes(page.encode(), "review.html", is_html=True)).title == "The Weight of Small Coins"
    post = ("Bluesky\n← Post\nFarah Javid\n@farahjavid.bsky.social\nFilm critic-at-large. Karachi and Chicago. Opinions are the cat's.\n"
            f"okay, thread on MOTH HARBOUR, which I finally caught tonight. spoiler-free. {BODY}\n"
            f"(and no, I'm not doing stars for Moth Harbour, the film is more interesting than a number.) {BODY}\n")
    assert film_of(post).title == "Moth Harbour"
    assert film_of(f"LA CABANE À SUCRE (THE SUGAR SHACK)\n{BODY} La Cabane à Sucre is a mess.\n").title != "La Cabane"


def test_what_the_new_headline_readers_never_cut_or_take() -> None:
    assert film_of(f"Plan A review\n{BODY} Plan A is tense.\n").title == "Plan A"
    assert film_of(f"Just saw ‘Schindler’s List’ for the first time\n{BODY}\n").title == "Schindler’s List"
    assert film_of(f"Another remake of a 1987 cult film, and a good one\n{BODY}\n").year is None


def test_a_details_lines_credit_cells_name_no_film_and_a_section_heading_is_no_title() -> None:
    body = ("I went in expecting very little from a thriller about a sheep station. Mara Cole's film is tense, funny and "
            "mean. Cole keeps the camera low and the flies loud, and the shearers are a gallery of faces. Dir. Cole again.")
    text = f"Reviews\nWool and Blood (2025) | MA15+ | 94 mins | Dir: Mara Cole | In cinemas now\n{body}\n"
    assert film_of(text).title == "Wool and Blood"
    text = f"ARTS & CULTURE · FILM\nThe tide comes in\n{body} Wool and Blood is the best thing on screens.\n"
    assert film_of(text).title != "Arts & Culture"


def test_a_group_posts_headline_with_emoji_names_the_film_not_the_group() -> None:
    text = ("facebook\nLAGOS CINEPHILES CIRCLE (LCC) 🇳🇬🎬\nPrivate group · 12K members\n"
            "Tunde Bakare ▸ LAGOS CINEPHILES CIRCLE (LCC) 🇳🇬🎬\nMY HONEST THOUGHTS: IKOYI 3000 🚀 (long post)\n"
            "Ikoyi 3000 is the most ambitious science fiction film this industry has made, and the visuals mostly deliver. "
            "The story is thinner than the effects, but I left the cinema grinning like a child.\n")
    assert film_of(text).title == "Ikoyi 3000"


def test_a_sites_name_with_its_domain_is_no_title() -> None:
    page = ('<html><head><title>The Hollow Field (2023) - User review by reelgrump - FilmVault</title></head><body>'
            '<nav><a class="logo" href="/">FilmVault</a> <a>Watchlist</a> <a>Sign In</a></nav>'
            '<h2><a href="/title/fv01/">The Hollow Field</a> <span class="year">(2023)</span></h2>'
            '<h1>User Reviews</h1><p>reelgrump · 18 October 2023</p>'
            f'<p>{BODY} FilmVault users will hate me for this one, but FilmVault users hate everything.</p>'
            '<p>© 2025 FilmVault.com</p></body></html>')
    assert find_film(document_from_bytes(page.encode(), "review.html", is_html=True)).title == "The Hollow Field"


def test_a_quoted_title_after_its_makers_name_and_a_year_beside_a_curly_apostrophe() -> None:
    text = f"Some machines are lonely\nOn Ines Valdez-Moor's \"Orchard of Small Machines\" (2023), now streaming\n{BODY}\n"
    assert (film_of(text).title, film_of(text).year) == ("Orchard of Small Machines", 2023)
    text = (f"Movie review: The Glassblower's Feud\nBy Maureen Byrne · Published Apr 25, 2025\n" + f"{BODY}\n" * 8
            + "The Glassblower’s Feud (2024). Directed by Yannick Ferrault. Starring Luca Santangelo, Thierry Abbadie, Chiara "
            "Dell’Orto, Franco Ribisi. 128 minutes. Rated 14A. Opens Friday at the Park Cinema and the Regal on the waterfront, "
            "with a Q&A after the Saturday screening.\n")
    assert (film_of(text).title.replace("’", "'"), film_of(text).year) == ("The Glassblower's Feud", 2024)


@pytest.mark.parametrize(
    ("headline", "title", "year"),
    [
        ("Thread: my review of #ToofanExpress2 (2025). I sat through all of it so you don't have to. 1/6", "Toofan Express 2", 2025),
        ("My review of The Long Night (2025)", "The Long Night", 2025),
        ("🎬 Tonight's watch party: Nine Bells for Agnes (dir. Callum Reyes) — 94 min. Vote next week's pick with /poll.",
         "Nine Bells for Agnes", None),
    ],
)
def test_a_posts_headline_a_hashtag_and_a_labelled_watch_party(headline: str, title: str, year: int | None) -> None:
    found = film_of(f"{headline}\n{BODY} {title} is worth the trip.\n")
    assert (found.title, found.year) == (title, year)


def test_a_lower_case_posts_headline_and_the_capitalised_film_it_finally_saw() -> None:
    found = film_of(f"paperlanterns\nsummer of the paper whale (kami no kujira no natsu, 2024)\n{BODY}\n")
    assert (found.title, found.year) == ("Summer of the Paper Whale", 2024)
    found = film_of(f"okay i finally saw The Understudy's Moon and i need everyone to stop\n{BODY}\n")
    assert found.title == "The Understudy's Moon"


def test_my_review_of_is_no_title() -> None:
    assert film_of(f"My review of The Long Night\n{BODY}\n").title != "My"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("just watched Paul Mescal in Gladiator II and wow", "Gladiator II"),
        ("I just watched Greta Gerwig's Barbie and I have thoughts", "Barbie"),
        ("ok so i watched anora last night (2024)", None),
        ("my top ten of the year (2024)", None),
    ],
)
def test_a_posts_opening_line_names_the_film_not_its_actor_maker_or_the_post(line: str, title: str | None) -> None:
    from consensus.extract.film import _from_headline

    found = _from_headline(line)
    assert (found[0] if found else None) == title


def test_a_review_naming_no_film_in_its_opening_is_about_the_title_in_capitals_it_names_most() -> None:
    text = (
        "Welcome to the silly season. Every weekend brings a new hundred million dollar action movie, "
        "and serious movies avoid the heat of summer.\n"
        f"{BODY}\n{BODY}\n"  # (a title the opening names is read otherwise: `_from_quotes`)
        "Producer Jerry Bruckheimer last year gave us THE ROCK. That was subtle filmmaking compared to the fireworks of "
        "his latest picture CON AIR.\n"
        f"{BODY}\nThe cast of CON AIR is enormous, and the stunts are the point.\nCON AIR runs 1:55."
    )
    assert film_of(text).title == "Con Air"


def test_a_main_title_too_short_to_read_alone_is_a_mention_of_the_subtitled_title() -> None:
    text = (
        "The worst team imaginable -- think rejects from HARBOUR DOGS -- become winners in Rob Vance's "
        f"MVP: MOST VALUABLE PRIMATE, thanks to a chimpanzee.\n{BODY} For all that, MVP is a cheap picture.\n{BODY}"
    )
    assert film_of(text).title == "Mvp: Most Valuable Primate"
    # named once each, the first stays the film; a main title that is a title of its own is another film
    assert film_of(f"HARBOUR DOGS is back, and LANTERN SEASON too.\n{BODY}").title == "Harbour Dogs"
    text = f"HARBOUR still terrifies, and it makes HARBOUR: TIDES look feeble.\n{BODY} HARBOUR is the classic.\n{BODY}"
    assert film_of(text).title == "Harbour"
    # a sequel's review names its original more often, and stays about the sequel
    text = (f"HARBOUR DOGS TWO is a lazy sequel.\n{BODY} HARBOUR DOGS was fresh. {BODY} Nothing here matches HARBOUR DOGS, "
            f"and HARBOUR DOGS fans will sigh.")
    assert film_of(text).title == "Harbour Dogs Two"


def test_an_acronym_named_most_is_no_film() -> None:
    text = f"The MPAA rated it R. {BODY}\nThe MPAA was kind. {BODY}\nAsk the MPAA why."
    assert film_of(text).title is None


def test_the_title_named_most_takes_the_year_of_the_header_line() -> None:
    text = (
        "United States, 1996 U.S. Release Date: 10/11/96 (limited) Running Length: 1:35 MPAA Classification: R\n"
        f"{BODY}\n{BODY}\n{BODY}\n"
        "Imagine a bar with all the comedy and life drained away and you'll have an idea what TREES LOUNGE is like.\n"
        f"{BODY}\nThe regulars of TREES LOUNGE drink. TREES LOUNGE never judges them."
    )
    film = film_of(text)
    assert (film.title, film.year) == ("Trees Lounge", 1996)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"I have now seen TITANIC 4 times, and it still works. {BODY} TITANIC is a wonder.", "Titanic"),
        (f"I'd give CON AIR 3 stars out of 4. {BODY} CON AIR is dumb fun.", "Con Air"),
        (f"Eleven years after SCREAM 4 underperformed, the franchise returns. {BODY} SCREAM is smart, and SCREAM is nasty.", "Scream"),
        (f"3:10 to Yuma review\n\n{BODY}", "3:10 to Yuma"),
    ],
)
def test_counts_ratings_earlier_sequels_and_clock_times_in_titles(text: str, title: str) -> None:
    assert film_of(text).title == title


def test_an_acronym_or_a_thing_named_most_is_no_film() -> None:
    opening = f"{BODY}\n{BODY}\n{BODY}\n"  # (a title named in the opening is read otherwise: `_from_quotes`)
    text = (f"{opening}The hero works for the NYPD. The NYPD wants him gone. He spends the film fighting the NYPD "
            "bureaucracy, and the NYPD always wins.")
    assert film_of(text).title is None
    text = f"{opening}The crew of the U.S.S. TRIDENT mutiny, and the U.S.S. TRIDENT sinks. Nobody mourns the U.S.S. TRIDENT."
    assert film_of(text).title is None
