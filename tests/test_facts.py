"""Film facts one review states: runtime in every style, country, release date, platform, premiere, genres."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.extract.facts import find_facts
from consensus.extract.people import find_people
from consensus.ingest.document import document_from_bytes
from consensus.models import Document, Film


def facts_of(text: str):
    document = Document(source="t", sha256="t", text=text, lines=[l.strip() for l in text.splitlines() if l.strip()])
    return find_facts(document, find_people(document, Film()))


@pytest.mark.parametrize(
    "line, minutes",
    [
        ("The Salt Road | 2021 | 1h 32m", 92),
        ("Runtime: 92 min", 92),
        ("Running time: 1 hour 51 minutes", 111),
        ("2h 58m", 178),
        ("Runtime: 1:45", 105),
        ("The film runs 104 minutes and never drags.", 104),
        ("HOME FRIES runs 1:33. It is rated PG-13 for mature themes.", 93),
        ("GLADIATOR runs way too long at 2:30.", 150),
    ],
)
def test_runtime_styles(line: str, minutes: int) -> None:
    assert facts_of(line).runtime_minutes == minutes


@pytest.mark.parametrize("line", ["7 min read", "In the first 20 minutes nothing happens.", "The last 45 minutes are one long chase.",
                                  "The late show runs at 9:30 pm on Fridays.", "The trailer runs 2:30 and gives it all away.",
                                  "The story runs from 2:15 to 3:45 in the morning.", "Our hero runs a 4:10 mile."])
def test_durations_that_are_not_runtimes(line: str) -> None:
    assert facts_of(line).runtime_minutes is None


@pytest.mark.parametrize("line, minutes", [
    ("THE SALT ROAD (director: Amadou Diallo; cast: Claire Dumont (Odile); Runtime: 93; 2000-France)", 93),
    ("Running time: 104", 104), ("Running Length: 93", 93), ("Runtime: 100%", None), ("Runtime: 12", None),
    ("Run time: 110 pages of script, cut to ninety", None),
])
def test_a_runtime_label_before_a_bare_number_gives_minutes(line: str, minutes: int | None) -> None:
    assert facts_of(line).runtime_minutes == minutes


def test_a_credits_parenthesis_closing_on_year_and_country_gives_the_country() -> None:
    text = ("THE SALT ROAD (director: Amadou Diallo; cast: Claire Dumont (Odile), Karim Benali (Yusuf), 2000-France)\n"
            "Odile inherits a salt works.")
    assert facts_of(text).country == "France"
    assert facts_of("The film (set in 1999-Portugal) drags.").country is None  # not a block's closing cell
    assert facts_of("It is nothing like Mother (Bong Joon-ho, 2009-South Korea), which it apes.").country is None


def test_country_release_platform_premiere_and_genres_with_evidence() -> None:
    text = (
        "Directed by Amara Eze, this 2021 Nigerian crime drama is taut.\n"
        "It premiered at the 46th Toronto International Film Festival ahead of its global Netflix release on March 4, 2022."
    )
    facts = facts_of(text)
    assert facts.country == "Nigeria"
    assert facts.release_date == "2022-03-04"
    assert facts.platform == "Netflix"
    assert facts.premiere == "46th Toronto International Film Festival"
    assert facts.genres == ["crime", "drama"]
    assert facts.director == ["Amara Eze"]
    assert "Nigerian" in facts.evidence["country"] and "March 4, 2022" in facts.evidence["release_date"]


def test_credit_header_fields() -> None:
    facts = facts_of("Genre: One-person Army Action/Action/Thriller | Country: South Korea\nDirector: Kim Min-ji | Writer: Kim Min-ji")
    assert facts.genres == ["action", "thriller"]
    assert facts.country == "South Korea"
    assert facts.writer == ["Kim Min-ji"]


def test_a_post_date_is_not_a_release_date() -> None:
    assert facts_of("Jeff Light\n7 min readDec 5, 2023").release_date is None


@pytest.mark.seeds
def test_seed_header_facts(seeds_dir: Path) -> None:
    from tests.conftest import seed

    path = seed(seeds_dir, "002")
    document = document_from_bytes(path.read_bytes(), str(path))
    facts = find_facts(document, find_people(document, Film(title="Ballerina", year=2023)))
    assert facts.runtime_minutes == 92 and facts.country == "South Korea"


def test_a_platform_original_is_the_films_and_another_films_platform_is_not() -> None:
    assert facts_of("It is more than just another mediocre Netflix original.").platform == "Netflix"
    assert facts_of("Rourke, whose last vehicle is streaming on Netflix, has the jaw for it. In theaters April 11.").platform == "theaters"


def test_a_premiere_at_the_start_of_a_sentence_is_read() -> None:
    facts = facts_of("The Lantern Keepers is a quiet drama. Premiered at Cannes last spring, it now reaches cinemas.")
    assert facts.premiere == "Cannes"
    assert "Premiered at Cannes" in facts.evidence["premiere"]


def test_on_max_at_the_start_of_a_sentence_is_a_platform() -> None:
    facts = facts_of("The Lantern Keepers is a quiet drama. On Max from Friday, it is streaming now.")
    assert facts.platform == "Max"  # "HBO Max" is read as written


def test_on_max_needs_the_capitalised_name() -> None:
    assert facts_of("It is streaming on max volume all weekend.").platform is None


def test_the_pronoun_us_is_not_the_united_states() -> None:
    assert facts_of("This film gives us horror at its finest, and the new movie shows us comedy too.").country is None


def test_us_in_capitals_is_the_united_states() -> None:
    assert facts_of("This US drama follows two sisters across one winter.").country == "United States"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Lights opens in theatres across the country next month.",
        "It reaches Irish cinemas in the spring. Catch it in UK cinemas if you can.",
        "A tidy little chiller, in theaters this weekend.",
    ],
)
def test_cinemas_in_any_spelling_are_theaters(text: str) -> None:
    assert facts_of(text).platform == "theaters"


@pytest.mark.parametrize(
    "text, platform",
    [
        ("The Ferryman's Daughter comes to BBC iPlayer on Sunday night.", "BBC iPlayer"),
        ("A lean, nasty little creature feature. 79 minutes. Shudder.", "Shudder"),
        ("Title: Lowland\nPlatform: MUBI", "MUBI"),
        ("Streaming on Viaplay.", "Viaplay"),
        ("Rented this on Apple TV for a rainy Saturday.", "Apple TV"),
        ("Documentary | Turkey | 1h 32m | Streaming on HBO Max", "HBO Max"),
        ("watched this on netflix at 1am and honestly? loved it", "Netflix"),
        ("the paper crane express. streaming on crunchyroll.", "Crunchyroll"),
        ("Opens November 8, 2025, at area theaters.", "theaters"),
    ],
)
def test_streaming_services_and_bare_platform_cells(text: str, platform: str) -> None:
    assert facts_of(text).platform == platform


@pytest.mark.parametrize(
    "text",
    [
        "The heroine's only escape is a shudder of recognition.",
        "Shudder at the thought of a sequel.",
        "it made me shudder on and off for two hours.",
        "The cinema of Michael Mann looms over every frame.",
    ],
)
def test_platform_words_that_name_no_platform(text: str) -> None:
    assert facts_of(text).platform is None


@pytest.mark.parametrize(
    "line, minutes",
    [
        ("Danish drama. 88 mins.", 88),
        ('"The Lamplighter" (2019, Norway, 97 min.)', 97),
        ("A slow, strange ghost story. 103 minutes.", 103),
        ("Norwegian, 97 minutes, in cinemas from Friday.", 97),
        ("At three hours and four minutes, it asks a lot of its audience.", 184),
        ("The running time, an hour and a half, flies by.", 90),
        ("It is a lean 86-minute thriller with no fat on it.", 86),
        ("At a brisk 93 minutes, it never outstays its welcome.", 93),
        ("The camera stays in one kitchen for 95 minutes — its whole runtime.", 95),
    ],
)
def test_more_runtime_styles(line: str, minutes: int) -> None:
    assert facts_of(line).runtime_minutes == minutes


@pytest.mark.parametrize(
    "line",
    [
        "It runs just under two hours.",
        "It clocks in at nearly two hours and ten minutes.",
        "The film runs roughly 100 minutes.",
        "She waited 50 minutes for the bus.",
        "Two hours and ten minutes later, the police arrive.",
        "An hour and a half into the film, the power fails.",
        "At 70 minutes in, the twist lands.",
        "A 90-minute conversation sits at its heart.",
    ],
)
def test_approximate_or_narrative_durations_are_not_runtimes(line: str) -> None:
    assert facts_of(line).runtime_minutes is None


@pytest.mark.parametrize(
    "text, festival",
    [
        ("The Glass Orchard had its world premiere at the 2022 Rotterdam International Film Festival.", "Rotterdam International Film Festival"),
        ("It bowed at Karlovy Vary last summer to warm notices.", "Karlovy Vary"),
        ("The film premiered in the Panorama strand of the 71st Berlin International Film Festival.", "71st Berlin International Film Festival"),
        ("Hollow Ground debuted at Sheffield DocFest and arrives on streaming next week.", "Sheffield DocFest"),
        ("The Turkish drama played in competition at the Antalya Golden Orange Film Festival.", "Antalya Golden Orange Film Festival"),
        ("It won the jury prize at the Locarno Film Festival.", "Locarno Film Festival"),
        ("It screened at Tribeca, but it premiered at Sundance.", "Sundance"),
    ],
)
def test_festival_phrasings(text: str, festival: str) -> None:
    assert facts_of(text).premiere == festival


@pytest.mark.parametrize(
    "text",
    [
        "Her previous film won the Golden Lion at the Venice Film Festival.",
        "The original premiered at Cannes in 1974; this remake goes straight to streaming.",
        "The film premiered on Netflix last week.",
        "It played at the festival to a half-empty room.",
    ],
)
def test_festivals_of_other_films_or_unnamed_are_not_premieres(text: str) -> None:
    assert facts_of(text).premiere is None


@pytest.mark.parametrize(
    "text, date",
    [
        ("The Lark Ascending lands on Netflix in March 2023 after a long festival run.", "2023-03"),
        ("Coming to Hulu on 2 November 2022.", "2022-11-02"),
        ("A breezy caper. On Apple TV+ from 17 June 2021.", "2021-06-17"),
        ("It was released in 2018 to little fanfare.", "2018"),
        ("Tidewater (2017)\nA quiet fishing village keeps a secret in this moody chiller, which rewards patience.", "2017"),
        ("Dir. Ana Lucero | Peru | 2016 | 99 min.\nA quiet fishing village keeps a secret.", "2016"),
        ('"Stillwater Road" (Norway, 2020, 101 min.)\nA quiet fishing village keeps a secret.', "2020"),
        ("Tidewater (2017)\nIt opens in theaters on April 7, 2017.", "2017-04-07"),
    ],
)
def test_release_date_styles_and_partial_dates(text: str, date: str) -> None:
    assert facts_of(text).release_date == date


@pytest.mark.parametrize(
    "text",
    [
        "It opens on Friday in selected cinemas.",
        "In theaters July 4.",
        "The 1986 original was released in 1986 and is the better film.",
        "The archive footage from March 3, 2011 is the film's best material.",
        "It rivals Heat (1995) for sheer tension.\nThe film has many virtues and a few flaws, which the critic now explains at length.",
    ],
)
def test_no_release_date_without_a_year_or_for_another_film(text: str) -> None:
    assert facts_of(text).release_date is None


@pytest.mark.parametrize(
    "text, country",
    [
        ("The Peruvian production opens in Lima next week.", "Peru"),
        ("Premiering soon, this British folk horror follows a grieving music teacher to a village.", "United Kingdom"),
        ("An Aussie shocker that is a lesser cousin of It Follows, it opens in a supermarket.", "Australia"),
        ("Production: Mexico-U.S.\nA border drama.", "Mexico"),
        ("It is, at heart, a Welsh coming-of-age drama about two sisters.", "United Kingdom"),
        ("Estonian thriller. 101 mins.", "Estonia"),
        ("Swiss, 1h 44m, in cinemas now.", "Switzerland"),
        ("It's Hungarian, it's bleak, and it's brilliant.", "Hungary"),
        ("A spare chamber piece produced in Lithuania, it never raises its voice.", "Lithuania"),
        ("Dir. Tomas Vaitkus | Lithuania | 2021 | 95 min.", "Lithuania"),
        ('"Salt Wind" (Morocco, 2022, 96 min.)', "Morocco"),
        ("Quietly devastating, the Danish drama follows a ferry pilot through one winter.", "Denmark"),
        ("Watching this Cuban techno-thriller is a blast.", "Cuba"),
        ("I expected a sombre Korean family drama and got one.", "South Korea"),
        ("Tomas Wren's chilly Polish thriller takes place aboard a car ferry.", "Poland"),
        ("This Senegal-France co-production runs 1h 58m.", "Senegal"),
        ("It was a long night. 1h 41m, Finland, 2023.", "Finland"),
        ("It never comes close to either. Japan-France, 2h 58m.", "Japan"),
        ("It's a gleeful, nasty, Canadian drive-in throwback from Jess Tremaine.", "Canada"),
        ("Salt Wives is a Mongolian production with French minority funding.", "Mongolia"),
        ("It is a credits tail. Brazil, 2024.", "Brazil"),
        ("Thailand / 102 min / Netflix, 30/10/2025", "Thailand"),
        ("Iran/France.", "Iran"),
        ("United Kingdom/United States, 1997 U.S. Release Date: 12/19/97 (wide)", "United Kingdom"),
        ("Her American film is angry and meticulous.", "United States"),
        ("It opens with Tiago Amaral's Brazilian-produced portrait of a league.", "Brazil"),
        ("Argentina's latest crowd-pleaser opened on Thursday.", "Argentina"),
        ("A coach takes on a team of misfits in this scrappy Quebec sports drama.", "Canada"),
    ],
)
def test_country_from_nationality_of_the_production(text: str, country: str) -> None:
    assert facts_of(text).country == country


@pytest.mark.parametrize(
    "text",
    [
        "The film is set in a Mexican border town.",
        "Shot partly in Antwerp, the heist unfolds over one weekend.",
        "It's a remake of a Danish film from 2008.",
        "The Korean film industry has never been bolder.",
        "This Russian-language period drama moves at a crawl.",
        "A French cop and a Japanese gangster team up in Marseille.",
        "Iranian director Reza Karimi returns with a quiet film.",
        "Unlike most American comedies, it takes its time.",
        "The cast speaks English, and the Israeli-set war drama never feels foreign.",
        "Kieslowski's Polish films are better.",
        "His American films are worse.",
        "France.",
    ],
)
def test_settings_languages_and_other_films_give_no_country(text: str) -> None:
    assert facts_of(text).country is None


@pytest.mark.parametrize(
    "text, genres",
    [
        ("Quietly furious, the Estonian drama follows a lighthouse keeper.", ["drama"]),
        ('"Paper Moons," a glossy romantic comedy about two rival florists, is a delight.', ["romance", "comedy"]),
        ("It is, finally, a tender coming-of-age drama about twin brothers.", ["coming-of-age", "drama"]),
        ("Director Ines Kohl's Bavarian thriller concerns a missing priest.", ["thriller"]),
        ("Latvian comedy. 92 mins.", ["comedy"]),
        ("KITCHEN RUSH is a loud, very enjoyable Hong Kong action-comedy about a rider.", ["action", "comedy"]),
        ("Documentary.", ["documentary"]),
        ('DOCUMENTARY REVIEW: "Seven Pharmacies"', ["documentary"]),
        ("Mexico | 95 min | Horror", ["horror"]),
        ("A laundromat becomes an opera house in Dani Ruiz's charming no-budget musical, in which two fall in love.", ["musical"]),
        ("Chinatown review: Thabo Mokoena's Johannesburg drama is no relation to Polanski", ["drama"]),
        ("It's the best sports documentary since Hoop Dreams.", ["sports", "documentary"]),
        ("Based on a novel, this tidy espionage thriller stars Owen Carrick.", ["thriller"]),
        ("A Nordic family drama about an inheritance.", ["drama"]),
        ("Her new film is an animated family adventure film about a lost kite.", ["animation", "family", "adventure"]),
        ("This is the kind of courtroom drama that studios stopped making.", ["courtroom", "drama"]),
        ("A handsome, rather stiff period piece set in Vienna.", ["period"]),
        ("It is a war film about waiting. The Croatian drama won two prizes.", ["war", "drama"]),
        ("This lean Danish dramedy never overstays.", ["comedy", "drama"]),
    ],
)
def test_genres_of_phrases_classifying_the_film(text: str, genres: list[str]) -> None:
    assert facts_of(text).genres == genres


@pytest.mark.parametrize(
    "text",
    [
        "It is not a horror film, whatever the poster says.",
        "This isn't a comedy, though it has jokes.",
        "It owes more to a Hitchcock thriller than it admits, like a horror movie without the monster.",
        "Unlike the slasher films of the 1980s, it takes its time.",
        "Everyone gathers for a sprawling family wedding.",
        "Why it took ten years to make is a mystery to me.",
        "The animation is lovely and the drama teacher is a riot.",
        "Horror fans will find little here.",
    ],
)
def test_genre_words_that_do_not_classify_the_film(text: str) -> None:
    assert facts_of(text).genres == []


@pytest.mark.parametrize(
    "text",
    [
        "The script is based on a French movie of the same name.",
        "Although this is not an entirely Chinese movie, it feels like one.",
        "The impoverished Irish family moves to Boston.",
        "He is a hero of Scottish history, and the film knows it.",
    ],
)
def test_country_words_about_other_films_negated_or_not_naming_the_film(text: str) -> None:
    assert facts_of(text).country is None


def test_a_nationality_cell_before_a_genre_and_runtime() -> None:
    assert facts_of("Latvian action, 1 hour 40 minutes, on Netflix.").country == "Latvia"


@pytest.mark.parametrize("text", ["It opens in 1971 with a mock newsreel.", "The story arrives in 1984, when the mill closes."])
def test_a_story_opening_in_a_year_is_no_release(text: str) -> None:
    assert facts_of(text).release_date is None


def test_a_festival_city_in_a_title_is_no_festival() -> None:
    assert facts_of("The film plays like Death in Venice gone astray.").premiere is None


@pytest.mark.parametrize(
    "text",
    [
        "The musical numbers are the weakest part.",
        "The novelist later sold it as the basis for a horror picture.",
        "It walks a line between overblown melodrama and farce.",
    ],
)
def test_more_genre_words_that_do_not_classify_the_film(text: str) -> None:
    assert facts_of(text).genres == []


def test_a_musical_can_stand_alone() -> None:
    assert facts_of("It is a big, brassy musical about a travelling circus.").genres == ["musical"]


def test_a_month_abbreviation_before_a_day_ends_no_sentence() -> None:
    assert facts_of("Bonus points for the synth score. 88 min. On Shudder from Oct. 6, 2023.").release_date == "2023-10-06"


def test_a_nationality_between_in_and_cinemas_is_still_a_release() -> None:
    assert facts_of("Runtime: 2h 22m. In Norwegian cinemas from 15 September 2023.").release_date == "2023-09-15"


@pytest.mark.parametrize(
    "text",
    [
        "Period.",
        "It has been a drama since the day she left.",
        "It is set in Chicago's western suburbs.",
        "It was in her mother's romance novels.",
    ],
)
def test_words_that_name_no_genre_here(text: str) -> None:
    assert facts_of(text).genres == []


@pytest.mark.parametrize(
    "text, festival",
    [
        ("Reviewed at Karlovy Vary International Film Festival (Competition; world premiere), July 2, 2024.", "Karlovy Vary International Film Festival"),
        ("World premiere: Gdynia Film Festival, main competition.", "Gdynia Film Festival"),
        ("It had its world premiere at the Galway Film Fleadh in July.", "Galway Film Fleadh"),
        ("Reviewed at International Film Festival Rotterdam (Big Screen), where it had its world premiere.", "International Film Festival Rotterdam"),
        ("BERLINALE DISPATCH, DAY FOUR\nRelief came with Salt Wives, which had its world premiere here on Sunday.", "Berlinale"),
        ("SUNDANCE: 'Varzea' finds heaven\nThe competition opened with the world premiere of Varzea.", "Sundance"),
        ("Venue: Tallinn Black Nights Film Festival (Official Selection)\nA cold, handsome drama.", "Tallinn Black Nights Film Festival"),
        ("Karlovy Vary International Film Festival, 59th edition: Proxima Competition\nA cold drama.", "Karlovy Vary International Film Festival"),
        ("World premiere: CPH:DOX\nA patient documentary about a ferry.", "CPH:DOX"),
        ("Premiering at FrightFest before it hits Shudder, this folk horror follows a teacher to a village whose choir never dies.", "FrightFest"),
        ("BERLIN DISPATCH: A family drowns slowly\nOf everything I saw in the Panorama section of the 75th Berlin International "
         "Film Festival, this chamber drama lingered longest.", "75th Berlin International Film Festival"),
        ("SUNDANCE 2026: 'Agua Viva' makes waves\nOne of the highlights of the competition at this year's Sundance Film Festival "
         "is this coming-of-age romance.", "Sundance Film Festival"),
    ],
)
def test_premiere_phrasings_from_trade_lines_and_dispatches(text: str, festival: str) -> None:
    assert facts_of(text).premiere == festival


def test_a_dispatch_premiere_of_another_film_or_without_a_festival_headline_is_none() -> None:
    assert facts_of("Notes from the road\nIt had its world premiere here on Sunday.").premiere is None
    assert facts_of("CANNES DISPATCH\nHer previous film had its world premiere here in 2019.").premiere is None


@pytest.mark.parametrize(
    "line, minutes",
    [
        ("ok so only 84 min so it never outstays its welcome.", 84),
        ("Sverige/Sweden 2025 · 121 min · Streaming on Viaplay", 121),
        ("88 lean, nasty minutes.", 88),
        ("Runtime is 1 h 45, and the director keeps it moving.", 105),
        ("Ninety-three minutes of pure pleasure.", 93),
        ("Mongolia, 86' – Concorso internazionale (world premiere)", 86),
        ("It runs a brisk 88 minutes.", 88),
        ("At 118', the film tests patience in its middle stretch.", 118),
        ("FJORD PATROL (Norway) 97'.", 97),
        ("The film's 109 minutes include a few too many shots of maps.", 109),
    ],
)
def test_runtime_styles_from_blind_labels(line: str, minutes: int) -> None:
    assert facts_of(line).runtime_minutes == minutes


@pytest.mark.parametrize(
    "line", ["Just 20 minutes in, she dies.", "She waited just 90 minutes for the bus.", "In the '86 World Cup, it rained."]
)
def test_durations_in_the_story_are_no_runtime(line: str) -> None:
    assert facts_of(line).runtime_minutes is None


@pytest.mark.parametrize(
    "text",
    [
        "It opens on a quiet street. Germany, 1945. A family waits for news.",
        "It opens on a quiet street. Poland, 1943: a family hides in a cellar.",
        "It is a lavish Georgian costume drama about a duchess.",
        "China's film censors would never allow this.",
    ],
)
def test_story_datelines_and_other_senses_give_no_country(text: str) -> None:
    assert facts_of(text).country is None


@pytest.mark.parametrize(
    "line",
    [
        "Ninety minutes in, the plot finally kicks into gear.",
        "Sixty minutes later, the bomb goes off.",
        "45 excruciating minutes pass before anything happens.",
        "He has only 90 minutes to defuse the bomb.",
    ],
)
def test_story_times_are_no_runtime(line: str) -> None:
    assert facts_of(line).runtime_minutes is None


def test_release_platform_and_premiere_look_alikes() -> None:
    assert facts_of("The film, which premiered earlier this year, is now streaming on Netflix.").platform == "Netflix"
    assert facts_of("He ran projectors in rundown cinemas until 3 March 1999.").release_date is None
    assert facts_of("A lovers' tiff turns deadly\nThe film had its world premiere last spring in Poland.").premiere is None
    assert facts_of("After the premiere, Berlin audiences went wild.").premiere is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("THE LAST TRAIN TO HOSHIMACHI (Japan)\nAn anime about a lonely conductor.", "Japan"),
        ("LA CASA DE LAS MOSCAS\n(Mexico)\nA gothic horror film.", "Mexico"),
        ("LOW WATER\n(Portugal-Spain)\nA drama about fishermen.", "Portugal"),
        ("The Understudy's Understudy (France, 1h 39m) opens Friday at the Lumière.", "France"),
        ("This Swedish-Norwegian production was shot in Iceland and looks ravishing.", "Sweden"),
        ("This Irish-Luxembourgish animated film has real charm.", "Ireland"),
        ("Two DJs argue all night in this scrappy American indie.", "United States"),
    ],
)
def test_country_in_parentheses_and_joined_nationalities(text: str, country: str) -> None:
    assert facts_of(text).country == country


def test_a_place_in_parentheses_inside_the_prose_is_no_country() -> None:
    assert facts_of("She grew up near Lyon (France) and moved to Quebec in 1990, where the story begins.").country is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Running time 1 hr. 54 min. In theaters Friday, March 14, 2025.", 114),
        ("Running time: 1 HR. 31 MIN.", 91),
        ("This documentary runs an hour and three-quarters, and earns almost every minute.", 105),
        ("It runs an hour and a quarter, which is exactly right.", 75),
    ],
)
def test_hours_abbreviated_with_a_period_and_quarter_hours(text: str, minutes: int) -> None:
    assert facts_of(text).runtime_minutes == minutes
