"""Compared films: kept when the critic compares, dropped when it is the cast's earlier work, a person, or the film itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.extract.comparisons import find_compared_films
from consensus.ingest.document import document_from_bytes
from consensus.models import Document, Film


def compared(
    text: str, title: str = "Night Market", people: tuple[str, ...] = (), mentions: tuple[str, ...] = ()
) -> list[str]:
    document = Document(source="t", sha256="t", text=text, lines=text.splitlines())
    return find_compared_films(document, Film(title=title), people, mentions)


def test_comparison_cues() -> None:
    assert compared("“Oldboy meets John Wick” is the pitch.") == ["Oldboy", "John Wick"]
    assert compared('There are no long stunt sequences like in "John Wick 4", for example.') == ["John Wick 4"]
    assert compared('Too many shootouts can bore you - one example would be "Carter".') == ["Carter"]
    assert compared("It ties this to films like I Spit On Your Grave, I Saw The Devil, or Lady Snowblood.") == [
        "I Spit On Your Grave", "I Saw The Devil", "Lady Snowblood"]
    assert compared("It is a racing film in the vein of Initial Racer.") == ["Initial Racer"]


def test_one_word_after_think_but_and_a_name_shaped_title_joined_to_a_title() -> None:
    assert compared("Think Duel, but with a yellow school bus at the wheel.") == ["Duel"]
    assert compared("Think Gravity but with a sulky teenager and homework jokes.") == ["Gravity"]
    assert compared("John Wick meets Run Lola Run is exactly what it is.") == ["John Wick", "Run Lola Run"]
    assert compared("Think Paris, but with more rain.") == []
    assert compared("Kyle meets Rachel at a bar and nothing happens.") == []


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


def test_a_strong_cue_takes_an_unquoted_title_whatever_verb_follows() -> None:
    assert compared("The ending is reminiscent of Silent Harbour without ever copying it.") == ["Silent Harbour"]
    assert compared("Comparisons to Paper Lanterns are unavoidable.") == ["Paper Lanterns"]
    assert compared("The final chase recalls The Salt Road a little too closely.") == ["The Salt Road"]
    assert compared("Its structure echoes Gravel Saints without copying it.") == ["Gravel Saints"]


def test_a_run_before_a_lower_case_noun_is_a_modifier_not_a_title() -> None:
    assert compared("It is reminiscent of Tallinn street photography.") == []
    assert compared("The score recalls Baltic Sea folk songs.") == []


def test_a_possessive_and_one_adjective_may_stand_between_cue_and_title() -> None:
    assert compared("It is more akin to my beloved Silver Orchard than to anything this year.") == ["Silver Orchard"]
    assert compared("It echoes the underrated Glass Kettle in its pacing.") == ["Glass Kettle"]
    assert compared('It doesn\'t remind you of the obvious "Harbour Lights".') == ["Harbour Lights"]


def test_an_era_adjective_dates_a_persons_work_and_one_word_after_an_adjective_is_a_name() -> None:
    assert compared("The framing recalls early Brannigan.") == []
    assert compared("The chase recalls his earlier Copper Ridge, and that is no compliment.") == []
    assert compared("Compared to the technobrats Voss usually employs, the crew is tiny.") == []


def test_titles_joined_by_and_are_split_unless_they_read_as_one_title() -> None:
    assert compared("It is reminiscent of The Drowned Choir and Lanternfish, in the best way.") == [
        "The Drowned Choir", "Lanternfish"]
    assert compared("It echoes Pickle and Mabel in its warmth.") == ["Pickle and Mabel"]
    assert compared("It borrows heavily, and it recalls The Slow and the Restless throughout.") == [
        "The Slow and the Restless"]
    # two one-word titles around "and" stay one title even where films are named as a kind: "films like Sense and
    # Sensibility", "movies like Romeo and Juliet" are as common as "films like Heat and Thief"
    assert compared("It has the charm of films like Pickle and Mabel.") == ["Pickle and Mabel"]


def test_people_are_not_titles() -> None:
    assert compared("Comparisons to Osvald Brekke are fair.") == []
    assert compared("The scene recalls Lindgren at her most reckless.", people=("Tova Lindgren",)) == []
    assert compared("Brekke shot it, and the ending recalls Brekke at his best.", mentions=("Osvald Brekke",)) == []
    assert compared("The grief here recalls Henrika Vass in Cold Harbour, raw and quiet.") == ["Cold Harbour"]


def test_possessives_owner_dropped_when_a_person_kept_when_part_of_the_title() -> None:
    assert compared("It is reminiscent of Osvald Brekke's Winter Ledger.") == ["Winter Ledger"]
    assert compared('It is reminiscent of Brekke\'s "The Quiet Ledger", though looser.') == ["The Quiet Ledger"]
    assert compared("The courtroom scenes recall Tolliver's List, for better or worse.") == ["Tolliver's List"]
    assert compared("The colour recalls Brekke's films of the 1980s.") == []
    assert compared("It is reminiscent of Pickle and Mabel's picnic scenes rather than any thriller.") == [
        "Pickle and Mabel"]


def test_a_capitalised_cue_word_inside_a_title_is_no_cue() -> None:
    assert compared("The cast rewatched Dance Like Dolores before filming.") == []


def test_a_quoted_phrase_in_lower_case_is_no_title() -> None:
    assert compared('It reminded me of the so-called "Pudding riots" of the eighties.') == []


def test_debts_borrowings_and_kinship_introduce_titles() -> None:
    assert compared("The debt to Silent Harbour is plain in every frame.") == ["Silent Harbour"]
    assert compared("It owes more than a little to The Copper Bell in its flashbacks.") == ["The Copper Bell"]
    assert compared("It borrows its slow, watchful camera from Osvald Brekke's Winter Ledger.") == ["Winter Ledger"]
    assert compared("The chase is lifted from The Iron Orchard and Pale Riverside, and it shows.") == [
        "The Iron Orchard", "Pale Riverside"]
    assert compared("It steals so freely from Broken Compass that you expect a royalty notice.") == ["Broken Compass"]
    assert compared("It covers ground similar to Wolfsong, but with none of its tricks.") == ["Wolfsong"]
    assert compared("The tone is closer in spirit to Pickle and Mabel's picnic scenes than to any thriller.") == [
        "Pickle and Mabel"]
    assert compared("It is a setup straight out of Lucky Penny Lane, and it knows it.") == ["Lucky Penny Lane"]
    assert compared("It plays as a Danish answer to The Glass Tower.") == ["The Glass Tower"]
    assert compared("Her true ancestor is Come Back Tomorrow, whose faces she echoes.") == ["Come Back Tomorrow"]
    assert compared("It wears its influences — Tolliver's List, most visibly — openly.") == ["Tolliver's List"]
    assert compared("The film it most recalls is Quiet Orchard.") == ["Quiet Orchard"]
    assert compared("It is the best family comedy since Paper Moonbeams.") == ["Paper Moonbeams"]
    assert compared("He clearly grew up worshipping Kettlebell, and it shows.") == ["Kettlebell"]


def test_what_a_cue_word_also_says_is_not_taken_for_a_title() -> None:
    assert compared("She stole the ledger from Osvald Brekke, her old partner.") == []
    assert compared("They get a lift from Rita and Angie, two nurses on their way home.") == []
    assert compared("A scene-stealing turn from Brekke holds it together.") == []
    assert compared("It is their first meeting since Joe has taken the job.") == []
    assert compared("Things have been quiet since Tuesday.") == []
    assert compared("Characters such as Lucy and Alberta's landlord feel contrived.") == []
    assert compared("The score owes a debt to Tchaikovsky-era ballet.") == []
    assert compared("It shows a touch of Hitchcock in the staircase scene.") == []
    assert compared("She studied Law at Leiden before turning to film.") == []
    assert compared("The director has obviously studied A Quiet Divorce.") == ["A Quiet Divorce"]
    assert compared("It is a retread of 1994's Glass Kettle, minus the jokes.") == ["Glass Kettle"]


def test_connectors_join_two_titles_read_before_and_after_the_cue() -> None:
    assert compared("The plot is Silent Harbour by way of Paper Lanterns, but the cast is a delight.") == [
        "Silent Harbour", "Paper Lanterns"]
    assert compared("It's Kick It Like Kowalski meets Remember the Lighthouse, and it hits every beat.") == [
        "Kick It Like Kowalski", "Remember the Lighthouse"]
    assert compared("It wants badly to be Every Little Secret crossed with Black Heron.") == [
        "Every Little Secret", "Black Heron"]
    assert compared("The story turns into a cross between Pale Riverside and Wolfsong.") == ["Pale Riverside", "Wolfsong"]


def test_a_connector_between_people_is_no_comparison() -> None:
    assert compared("When Kyle meets the mysterious Rachel Munro, things change.") == []
    assert compared("However, Tova meets Osvald at the station.") == []


def test_phrase_openers_take_a_title_shaped_run_with_a_twist() -> None:
    assert compared("Think Bad Lantern with the meanness sanded off.") == ["Bad Lantern"]
    assert compared("Think The Quiet Orchard with more candlelight and less restraint.") == ["The Quiet Orchard"]
    assert compared("It's basically The Long Weekend with better accents.") == ["The Long Weekend"]
    assert compared("It's Walk the Plank in a sharper suit.") == ["Walk the Plank"]
    assert compared("It's Tuesday the 14th with a fish monster.") == ["Tuesday the 14th"]
    assert compared("It's 9 Quiet Women compressed into a single office.") == ["9 Quiet Women"]
    assert compared("Warm and funny, it's Cook Sleep Love Repeat for the TikTok era.") == ["Cook Sleep Love Repeat"]
    assert compared("It's not The Iron Knight, and it doesn't pretend to be.") == ["The Iron Knight"]


def test_phrase_openers_that_set_a_scene_or_name_a_person_are_no_comparison() -> None:
    assert compared("It's 1962 in Lisbon, and the factory is closing.") == []
    assert compared("It's Autumn in Vermont, and the leaves are turning.") == []
    assert compared("It's June the 6th, in Rome, at dawn.") == []
    assert compared("It's Mina Osei with a gun, and she is terrific.") == []
    assert compared("I think Tova Lindgren with her pipe steals the film.") == []
    assert compared("It is not Ghibli, and it does not try to be.") == []


def test_suffixes_follow_a_title_shaped_run() -> None:
    assert compared("The film is a Cold Instinct knockoff with none of its wit.") == ["Cold Instinct"]
    assert compared("It's Toy Parade-lite, and that's fine.") == ["Toy Parade"]
    assert compared("Expect some Hitchcock-style suspense and a Wes Andersen-style palette.") == []
    assert compared("Like SEVEN DOORS, COPYCAT KILLERS is about why, not who.") == ["SEVEN DOORS"]  # no suffix in capitals


def test_if_x_was_this_is_sets_the_film_against_x() -> None:
    assert compared("If Rainy Supper was a family portrait, this is a family group chat.") == ["Rainy Supper"]
    assert compared('If "Harbour Lights" is a symphony, then this one is a garage band.') == ["Harbour Lights"]
    assert compared("If Mina Osei was ever better, this is news to me.") == []
    assert compared("If the plot was thin, this is thinner.") == []


def test_the_kind_of_premise_x_would_use() -> None:
    assert compared("It's the kind of premise Black Lagoon would burn through in an hour.") == ["Black Lagoon"]
    assert compared("It's the kind of role Mina Osei would have played in her twenties.") == []
    assert compared("It's the kind of film Hollywood used to make every fall.") == []
    assert compared("It is the kind of story that Grandma Tova would tell.") == []


def test_kinship_influence_and_what_a_film_is_no_match_for() -> None:
    assert compared("It has more in common with The Copper Bell than with Salt Road Blues.") == [
        "The Copper Bell", "Salt Road Blues"]
    assert compared("I liked it more than with any other cast.") == []  # "than with" only ends a comparison already made
    assert compared("The film is the spiritual cousin of Quiet Lantern Bay, with its routines.") == ["Quiet Lantern Bay"]
    assert compared("It shares more DNA with The Drowned Choir and I, and with Varda.") == ["The Drowned Choir and I"]
    assert compared("This is a poor man's Silent Harbour, and it knows it.") == ["Silent Harbour"]
    assert compared("It wears the influence of My Neighbour Kettle proudly.") == ["My Neighbour Kettle"]
    assert compared("There's a heavy Glass Tower influence in the mirror imagery.") == ["Glass Tower"]
    assert compared("The Brekke influence is everywhere.") == []  # the article is the phrase's: a name, no title
    assert compared("He acts under the influence of Osvald Brekke's Harbour Master.") == []
    assert compared("It is so steeped in The Copper Bell and Quiet Lantern Bay that it trips over them.") == [
        "The Copper Bell", "Quiet Lantern Bay"]
    assert compared("It's no Paper Moonbeams, let alone Salt Road Blues, but it does the job.") == [
        "Paper Moonbeams", "Salt Road Blues"]
    assert compared("It will inevitably be called the new Glass Tower.") == ["Glass Tower"]
    assert compared("There are flashes of Only Kettles Forgive in the karaoke scenes.") == ["Only Kettles Forgive"]
    assert compared("Anyone who loved Silent Harbour will find something to cry at.") == ["Silent Harbour"]
    assert compared("It plays as if the Voss brothers had remade The Copper Bell as a farce.") == ["The Copper Bell"]
    assert compared("It is the best film of its kind since Paper Moonbeams.") == ["Paper Moonbeams"]
    assert compared("Not since Quiet Lantern Bay has a film about fishing been this alive.") == ["Quiet Lantern Bay"]
    assert compared("The spiritual leader of Tibet is a character here.") == []


def test_a_colon_ends_a_title_before_lower_case_words() -> None:
    assert compared("It has a touch of A Simple Ledger: two buddies find a bag of money.") == ["A Simple Ledger"]
    assert compared("It is reminiscent of Mad Kettle: Fury Lane in places.") == ["Mad Kettle: Fury Lane"]


def test_more_cues_from_blind_labels() -> None:
    assert compared("And while it's no Toy Kettle Story (the middle act sags), the chase is a delight.") == ["Toy Kettle Story"]
    assert compared("If you've seen Die Harder Still (1988), you've seen most of this.") == ["Die Harder Still"]
    assert compared("Those hoping for another My Octopus Kettle will be disappointed.") == ["My Octopus Kettle"]
    assert compared("It's not quite The Chasing Kind in terms of nerve.") == ["The Chasing Kind"]
    assert compared("Fans of Lady Kettle will feel right at home.") == ["Lady Kettle"]
    assert compared("Fans of Tomas Brekke will feel right at home.") == []  # a person, not a title
    assert compared("The shadow of The Girl with the Paper Kettle looms large.") == ["The Girl with the Paper Kettle"]
    assert compared("They grew up in the shadow of Mount Kettle.") == []
    assert compared("The love scenes will remind some of Call Me by Your Kettle.") == ["Call Me by Your Kettle"]
    assert compared("The obvious reference point is Claire's Kettle, right down to the sailing.") == ["Claire's Kettle"]
    assert compared("It isn't in the same league as Spirited Kettle Away.") == ["Spirited Kettle Away"]
    assert compared("It follows the Walk the Kettle template closely.") == ["Walk the Kettle"]
    assert compared("It's a heist comedy, a sort of Nine Kettles with a twist.") == ["Nine Kettles"]
    assert compared("It sits somewhere between Silver Apples and In Kettle Bruges in its mix.") == ["Silver Apples", "In Kettle Bruges"]
    assert compared("If that sounds like The Incredible Kettle Journey, that's because it is.") == ["The Incredible Kettle Journey"]
    assert compared("The second half plays like a Taiwanese Before Kettle Sunrise.") == ["Before Kettle Sunrise"]
    assert compared("He has studied the 2011 Tinker Tailor Kettle Spy closely.") == ["Tinker Tailor Kettle Spy"]
    assert compared("It crackles with the same street-level energy as Nairobi Half Kettle.") == ["Nairobi Half Kettle"]
    assert compared("Arriving on the same train as Will and Eleanor is a young man.") == []
    assert compared("Its camera is more restless than Brekke's.") == []


@pytest.mark.seeds
def test_seed_comparisons(seeds_dir: Path) -> None:
    from tests.conftest import seed

    path = seed(seeds_dir, "004")
    document = document_from_bytes(path.read_bytes(), str(path))
    found = find_compared_films(document, Film(title="Ballerina", year=2023))
    assert {"Oldboy", "John Wick", "Lady Snowblood"} <= set(found)
    assert "Burning" not in found and "Ballerina" not in found


def test_look_alikes_of_the_kinship_and_since_cues() -> None:
    assert compared("She plays the cousin of Elena, a nurse.") == []
    assert compared("Not since Watergate has a scandal felt so close.") == []
    assert compared("Not since Quiet Lantern Bay has a British film about fishing been this alive.") == ["Quiet Lantern Bay"]
    assert compared("It recalls An American Kettle in London.") == ["An American Kettle in London"]


def test_an_ampersand_or_vs_stays_inside_a_title() -> None:
    assert compared("What follows recalls Tucker & Dale vs Evil in its good-natured splatter.") == ["Tucker & Dale vs Evil"]
    assert compared("A western in the vein of McCabe & Mrs. Miller, and it earns the comparison.") == ["McCabe & Mrs. Miller"]


def test_picture_opens_a_comparison_like_think() -> None:
    assert compared("Picture The Full Monty with spandex masks and you'll know whether it's for you.") == ["The Full Monty"]
    assert compared("Picture this: a man walks into a bar.") == []


def test_a_companion_piece_and_imagine_name_the_films_it_is_like() -> None:
    assert compared("It is a companion piece to The Souvenir, quieter and sadder.") == ["The Souvenir"]
    assert compared("Imagine The Florida Project set in an orchard.") == ["The Florida Project"]
    assert compared("Imagine the sisters as children, years before.") == []


def test_a_famous_directors_possessive_makes_the_word_after_it_a_film() -> None:
    assert compared("The shadow of Tarkovsky's Solaris hangs heavy over the station.") == ["Solaris"]
    assert compared("The ghost of Nuri Bilge Ceylan's Winter Sleep hangs over this Turkish drama.") == ["Winter Sleep"]
    assert compared("The temperament is closer to the austerity of Miguel Gomes's Tabu.") == ["Tabu"]
    assert compared("It is a cross between Ozu's Late Spring and Don Siegel's Dirty Harry.") == ["Late Spring", "Dirty Harry"]
    assert compared("The ghost of his father hangs over every scene.") == []
    assert compared("The ghost of Princess Diana hangs over every frame.") == []
    assert compared("The villain's mask is a clear homage to Carpenter's Michael Myers.") == []
    assert compared("A touch of Hitchcock runs through it.") == []


def test_titles_opened_by_a_foreign_article_or_holding_an_ampersand_read_as_titles() -> None:
    assert compared("Tobi Adeyemi's Lagos Lullaby is the Nollywood answer to La La Land, and it knows it.") == ["La La Land"]
    assert compared("It will be compared to La Haine and The Visitor, and it holds up.") == ["La Haine", "The Visitor"]
    assert compared("Fans of Le Carré will feel at home in this chilly Cold War spy drama.") == []
    assert compared("It's no Marley & Me; nothing here will make you cry.") == ["Marley & Me"]
    assert compared("It's no Jane Kelly; the lead is wooden.") == []


def test_a_film_remade_for_new_viewers() -> None:
    assert compared("SILK ROPE is Basic Instinct for the Instagram era and it knows it.") == ["Basic Instinct"]
    assert compared("It is essentially a warm, scruffy Cinema Paradiso for the VHS generation.") == ["Cinema Paradiso"]
    assert compared("A Spanish The Full Monty for the pension crowd, it works.") == ["The Full Monty"]
    assert compared("Saw it at a festival and had a blast, solid 7/10 for a midnight crowd.") == []
    assert compared("Bob Dylan for the TikTok generation, he is not.") == []


def test_unlike_level_think_a_and_a_dated_title() -> None:
    assert compared("But unlike The Theory of Everything, it doesn't flinch.") == ["The Theory of Everything"]
    assert compared("Unlike Lily and Chloe, these two have their whole lives ahead of them.") == []
    assert compared("Unlike Captain America, the hero of this low-budget superhero film has no shield.") == []
    assert compared("The production has a Super Bowl-level budget and it shows.") == []
    assert compared("Like Grace Kelly (1956), the heroine marries into royalty.") == []
    assert compared("This animated film has Paddington 2-level charm and a witty script.") == ["Paddington 2"]
    assert compared("Think a Gen-Z Friday Night Lights told from the stands.") == ["Friday Night Lights"]
    assert compared("Think a young Meryl Streep with a gun.") == []
    assert compared("It's basically Vertigo (1958) relocated to a night market in Taipei.") == ["Vertigo"]
    assert compared("It's basically Marisol relocated to a night market in Taipei.") == []
    assert compared("It's basically Vertigo relocated to a night market in Taipei.") == ["Vertigo"]  # a title the list knows
    assert compared("The kids bring a dash of Stand by Me energy to the first act.") == ["Stand by Me"]


def test_an_abbreviation_in_a_title_in_capitals_ends_no_sentence() -> None:
    assert compared("Borrowing a page from MRS. PARKER AND THE VICIOUS CIRCLE, the scenes are told in flashback.") == [
        "MRS. PARKER AND THE VICIOUS CIRCLE"]


def test_films_an_actor_made_a_mark_in_are_earlier_work() -> None:
    assert compared("Michael Keaton has made his mark in films like MR. MOM, MY LIFE and MULTIPLICITY.") == []
    assert compared("Washington, whose best known roles came in films like GLORY, is superb.") == []
    assert compared("The tone owes more to films like THE MUSIC OF CHANCE than to anything else.") == ["THE MUSIC OF CHANCE"]


def test_one_word_after_a_negated_measure_is_a_title() -> None:
    """'It's no X,' measures the film against X: one word is enough when it ends the clause."""
    assert compared("It's no Kettleworks, let alone Salt Road Blues, but it does the job.") == ["Kettleworks", "Salt Road Blues"]
    assert compared("But it's no Moonbeams, and the twist can be seen coming.") == ["Moonbeams"]
    assert compared("It's no Hitchcock, but it tries.") == []  # a director
    assert compared("It's no Kettleworks sequel, whatever the poster says.") == []  # the word modifies a noun
    assert compared("It's not Kettleworks, and it doesn't pretend to be.") == []  # "not X" may set a scene: "It's not Texas"


def test_one_english_word_a_viewer_loved_or_saw_is_a_title() -> None:
    assert compared("But anyone who loved Arrival will find something to cry at here.") == ["Arrival"]
    assert compared("If you loved Cars, this is for you; if you loved Up, this is even more for you.") == ["Cars", "Up"]
    assert compared("Anyone who loved Grace will cry.") == []  # a given name
    assert compared("Fans who loved Brekke will cry.") == []  # no English word: a name as likely as a title
    assert compared("Anyone who loved Arrival in the eighties will like it.") == []  # not the end of the phrase


def test_a_clause_opened_by_a_capitalised_conjunction_takes_an_opener() -> None:
    assert compared("And it's basically The Copper Bell with mopeds.") == ["The Copper Bell"]


def test_comparisons_a_mould_and_a_model_named_before_the_film() -> None:
    assert compared("The triptych makes the Salt Road Blues comparisons unavoidable.") == ["Salt Road Blues"]
    assert compared("The Streep comparisons are lazy.") == []  # the article is the phrase's: one word, a name
    assert compared("A gory splatter-comedy in the Evil Kettle mould, made for pocket change.") == ["Evil Kettle"]
    assert compared("Memories of Kettles is the obvious reference point for this procedural.") == ["Memories of Kettles"]
    assert compared("Osvald Brekke's The Copper Bell is the lodestar here.") == ["The Copper Bell"]  # the owner is a person
    assert compared("Wong Kar-wai is the obvious touchstone here.") == []  # a person


def test_owe_pure_admirers_in_the_way_and_a_local_version() -> None:
    assert compared("The final ten minutes owe everything to Salt Road Blues.") == ["Salt Road Blues"]
    assert compared("You owe it to yourself to see this.") == []
    assert compared("The twist is pure The Copper Bell, and everyone saw it coming.") == ["The Copper Bell"]
    assert compared("It is pure Grand Guignol from start to finish.") == []  # a genre: a title's shape beyond English words
    assert compared("Admirers of The Copper Bell will find much to love.") == ["The Copper Bell"]
    assert compared("The hearing scenes are riveting in the way A Quiet Kettle was riveting.") == ["A Quiet Kettle"]
    assert compared("She moves in the way Marcus did.") == []  # one word: a name as likely as a title
    assert compared("It plays like a Korean Heat, with more rain.") == ["Heat"]  # a nationality and an English word
    assert compared("It plays like a Spanish Picasso, all angles.") == []  # no English word: a person


def test_a_cue_ending_inside_a_title_in_capitals_is_no_cue() -> None:
    assert compared("Caan, last seen as an aging crook in THE WAY OF THE GUN, is superb.") == []
    assert compared("We have a movie about the FIRST KID, the son of the president.") == []
    assert compared("It shares DNA with The Copper Bell, and with the playful Varda.") == ["The Copper Bell"]


def test_nothing_like_it_since_a_film() -> None:
    assert compared("Paris has rarely looked this sweet since The Copper Bell, and the whimsy tips over.") == ["The Copper Bell"]
    assert compared("Nobody has done teenage melancholy like this since Moonlight, and the swim is devastating.") == ["Moonlight"]
    assert compared("I have not been this scared since Watergate.") == []  # one word, no English word: an event or a name
    assert compared("It has never been this tense since World War II.") == []
    assert compared("Voight has not given a convincing performance since Salt Road Blues.") == []  # an actor's earlier work


def test_a_film_that_wants_to_be_another() -> None:
    assert compared("Every heist thriller of the last thirty years has wanted to be Salt Road (1995), and this one too.") == [
        "Salt Road"]
    assert compared("It wants so badly to be The Copper Bell that you can hear it.") == ["The Copper Bell"]
    assert compared("She wants to be Miss Universe.") == []  # a person's wish
    assert compared("Her character in the movie is accused of trying to be Joan of Arc.") == []


def test_a_title_in_markdown_italics_reads_as_quoted() -> None:
    assert compared("It is what happens when someone remembers *Drive* only as a playlist, like _Collateral_.") == ["Collateral"]
    assert compared("There is a *Repulsion*-esque sequence with cracking plaster.") == ["Repulsion"]
    # a rating's stars, a bullet and words joined by underscores are no italics
    assert compared("Rating: *** out of ****\n* Runtime 92 min\nSee file_name_here, unlike my_other_file.") == []


def test_a_title_opening_its_sentence_before_what_the_critic_measures_it_by() -> None:
    assert compared("THE BIG CARNIVAL did this theme better, as long ago as 1951.") == ["THE BIG CARNIVAL"]
    assert compared("Underwater did this better only a few years ago.") == ["Underwater"]
    assert compared("CROCODILE DUNDEE this ain't. Everything in it is hackneyed.") == ["CROCODILE DUNDEE"]
    assert compared("Alien is the template, obviously: a small crew, a dark outpost.") == ["Alien"]
    assert compared("Erin Brockovich is the film everyone will mention, and this one courts it.") == ["Erin Brockovich"]
    # an adverb, a quality, a vocative, a person, a denial that goes on, a thing that influences are no titles
    for text in ("Yet, it isn't a masterpiece.", "Although it isn't a disaster, it drags.", "Subtle it is not.",
                 'No Theodora, it isn\'t, and therein lies the problem.', "Grace did it first, and Tom did it better.",
                 "Wong Kar-wai is the obvious touchstone here.", "Money is the main influence on everyone in it."):
        assert compared(text) == [], text


def test_the_film_named_as_it_is_another_with_a_twist() -> None:
    assert compared("MOUSEHUNT is HOME ALONE with a rodent in the place of Macaulay Culkin.", title="Mousehunt") == ["HOME ALONE"]
    assert compared("Night Market is Heat with better food.") == ["Heat"]
    assert compared("Night Market is basically Heat in a food court.") == ["Heat"]
    # no twist, a place, a given name: no title
    for text in ("Night Market is Heat.", "Night Market is Seoul at night with a camera.", "Night Market is Grace with a gun."):
        assert compared(text) == [], text


def test_who_a_film_will_please_and_what_it_is_sold_as() -> None:
    assert compared("Fans of Boyhood will love it.") == ["Boyhood"]
    assert compared("Fans of Beyoncé will love the soundtrack.") == []
    assert compared("Older audiences who turned out for THE LADY IN THE VAN will be the core demographic.") == ["THE LADY IN THE VAN"]
    assert compared("Billed as a Korean Heat, it is really a character study.") == ["Heat"]
    assert compared("It invites comparison with TOUKI BOUKI, and holds up.") == ["TOUKI BOUKI"]


def test_a_title_in_straight_single_quotes_reads_as_quoted() -> None:
    assert compared("It is far closer to 'Local Hero': gentle and wry.") == ["Local Hero"]
    assert compared("'Monsieur Hulot's Holiday' is the real model here.") == ["Monsieur Hulot's Holiday"]
    assert compared("The boys' summer curdles, and don't you forget it.") == []  # apostrophes, no quotes


def test_vibes_after_a_title_and_no_fans_after_a_name() -> None:
    assert compared("There are some Fast & Furious vibes in the speeches.") == ["Fast & Furious"]
    assert compared("New York Knicks fans will find solace. Even Basinger fans will shrug.") == []


def test_a_title_of_another_language_in_its_own_case() -> None:
    assert compared("There are nods to La haine, too, in the flashbacks.") == ["La haine"]
    assert compared("It owes everything to Le samouraï until the tape wore thin.") == ["Le samouraï"]


def test_what_an_earlier_film_did_for_this_one_or_is_to_it() -> None:
    for text, title in [("Jaws gets a knowing nod in the score.", "Jaws"), ("Knives Out set the template so recently.", "Knives Out"),
                        ("La Strada is so obviously the model that the film knows it.", "La Strada"),
                        ("Heat is an unavoidable comparison: the heist, the diner.", "Heat"),
                        ("Gravity is the film Night Market will be compared to.", "Gravity"),
                        ("The obvious touchstone for Night Market is Chinatown.", "Chinatown")]:
        assert compared(text) == [title], text
    assert compared("Grace gets a knowing nod from the waiter.") == []  # a given name


def test_a_title_the_shipped_list_knows_reads_as_a_title() -> None:
    from consensus.extract.comparisons import is_known_title

    assert is_known_title("Annie Hall") and is_known_title("ANNIE HALL") and is_known_title("rear window")
    assert not is_known_title("Margo at the Window")
    # one word after a cue that needs a title's shape, and a name-shaped title before what a film did
    assert compared("Heat is the obvious touchstone, though the heist runs an hour shorter.") == ["Heat"]
    assert compared("Annie Hall did this better, with fewer jokes about air conditioners.") == ["Annie Hall"]


def test_a_known_title_of_two_words_is_compared_anywhere_a_sentence_measures() -> None:
    assert compared("The finale is sillier than anything in Forrest Gump, and twice as long.") == ["Forrest Gump"]
    assert compared("The courtyard scenes borrow the voyeur's patience of Rear Window.") == ["Rear Window"]
    # no measure in the sentence: a title named in passing is no comparison
    assert compared("The hero's mother watches Rear Window every Sunday.") == []


def test_a_known_title_that_is_someones_earlier_work_is_not_compared() -> None:
    assert compared("Dreyfuss, so brilliant in The American President, is better here.") == []
    assert compared("Most of his films, Forrest Gump among them, were hits; this one is better.") == []
    assert compared("Danny Cohen, played by a veteran (from The Rock), steals scenes better than anyone.") == []
    assert compared("It comes from the Forrest Gump director, and it is worse than you would hope.") == []


def test_one_known_word_needs_a_cue_and_is_no_character_before_a_suffix() -> None:
    assert compared("Jeffrey is better than his brother at every job.") == []
    assert compared("Pacino's Dracula-esque method stands out.") == []


def test_the_films_own_title_written_another_way_is_no_comparison() -> None:
    assert compared("It is no Heat, and McCabe & Mrs. Miller is an antiwestern western.", title="McCabe and Mrs. Miller") == ["Heat"]
    long_title = "Midnight in the Garden of Good and Evil"
    assert compared("In many ways, Midnight in the Garden reminded me of Chinatown.", title=long_title) == ["Chinatown"]
    assert compared("It is reminiscent of The Dark Knight.", title="The Dark Knight Rises") == ["The Dark Knight"]


def test_a_known_title_in_a_list_of_someones_work_or_owned_by_a_person_of_the_review_is_not_compared() -> None:
    people = ("David O. Russell", "Val Kilmer", "Peter Greene")
    assert compared("Kilmer is only slightly better than in his atrocious performances in The Island of Dr. Moreau and "
                    "The Saint.", people=people) == []
    assert compared("It is not as corrosive as Russell's debut feature, Spanking the Monkey, but just as wild.",
                    people=people) == []
    assert compared("Greene, typecast after appearances in Clean, Shaven, Pulp Fiction, and Under Siege 2, is better here.",
                    people=people) == []
    assert compared("Mena Suvari, so impressive in American Beauty, seems lost next to anyone else.") == []
    assert compared("He was hilarious in my personal favorite of his, Blast from the Past, and worse here.") == []
    assert compared("He acts like a Peeping Tom, hovering around her van.") == []
    # a list the sentence measures against is compared, each title
    assert compared("It is gentler than Raging Bull and Pulp Fiction.") == ["Raging Bull", "Pulp Fiction"]


def test_a_lower_case_post_compares_the_known_titles_a_cue_stands_beside() -> None:
    post = ("ok so gull season is basically jaws but the shark is a flock of seagulls. the mayor refusing to close the "
            "boardwalk is straight out of jaws. it's the goonies meets stranger things in places. the birds line up on the "
            "wires and i screamed")
    assert compared(post, title="Gull Season") == ["Jaws", "The Goonies"]  # written as the list writes them
    # the same words without a cue beside them are no comparison
    assert compared("ok so the birds line up on the wires. my jaws dropped. i loved it", title="Gull Season") == []
    # one or two everyday words need more than a weak cue: idioms, not titles
    assert compared("i realize it is better than telling you what to see. more going on than meets the eye", title="Gull Season") == []


def test_films_a_weak_cue_lists_as_someones_own_work_are_not_compared() -> None:
    assert compared("Serbedzija, who appeared in films such as Before the Rain and Broken English, plays the uncle.") == []
    assert compared("Hughes was responsible for the likes of Sixteen Candles and Pretty in Pink.") == []
    assert compared("Most of his films, like Romancing the Stone, were hits.") == []
    assert compared("It plays like Romancing the Stone with fewer jokes.") == ["Romancing the Stone"]


def test_a_film_the_characters_watch_is_part_of_the_story() -> None:
    assert compared("The children are shown The Wizard of Oz every Sunday, and the ward is never more alive than then.") == []
    assert compared("Enjoying it is like watching Lawrence of Arabia with a precocious child.") == ["Lawrence of Arabia"]


def test_a_title_named_again_and_again_by_a_review_of_an_unnamed_film_is_the_film_itself() -> None:
    text = ("Suicide Kings is a smart caper, more fun than Pulp Fiction. Suicide Kings has a great cast. "
            "By the end, Suicide Kings earns its twist.")
    assert compared(text, title="") == ["Pulp Fiction"]


def test_a_title_opening_a_clause_after_a_colon_or_owned_by_its_maker_is_read_before_its_predicate() -> None:
    assert compared("Fair enough: Lady Bird is clearly the model, down to the Catholic school.") == ["Lady Bird"]
    assert compared("Tsai Ming-liang's “Goodbye, Dragon Inn” is the other touchstone: empty spaces, rain.") == ["Goodbye, Dragon Inn"]
    assert compared("2001: A Space Odyssey gets a respectful nod in the opening waltz.") == ["2001: A Space Odyssey"]
    assert compared("The plot wants to be “Collateral”, and nobody seems to care.") == ["Collateral"]


def test_one_known_word_before_a_word_suffix_is_a_title() -> None:
    assert compared("Sometimes it tries to be a Beetlejuice clone, and it is tiresome.") == ["Beetlejuice"]
    assert compared("Pacino's Dracula-esque method stands out.") == []  # (not before a hyphen)
