"""Second names a review ties to a name: read only from what the text says, never guessed."""

from __future__ import annotations

from consensus.extract.ties import read_ties, romanized_asides, tie_stems_in


def test_a_quoted_name_followed_by_who_uses_it_is_a_nickname() -> None:
    assert read_ties('Obiora Nwachukwu ("Obi" to his cousins) runs the shop.') == [("Obiora Nwachukwu", "Obi")]


def test_a_quoted_film_title_in_parentheses_is_no_nickname() -> None:
    assert read_ties('Halvard Strand ("Fjordlight") returns as the ferryman.') == []


def test_whom_everyone_calls_and_known_as_tie_the_names() -> None:
    assert read_ties("Radoslav Mirkov, whom the whole village calls Rado, keeps bees.") == [("Radoslav Mirkov", "Rado")]
    assert read_ties("Ottilie Brandt, known to her pupils as Tilly, teaches piano.") == [("Ottilie Brandt", "Tilly")]


def test_short_for_and_credited_as_tie_the_names() -> None:
    assert read_ties("Vasia (short for Vasilisa) never sleeps.") == [("Vasia", "Vasilisa")]
    assert read_ties("Tomasz Wrona, credited simply as Wrona, plays the mayor.") == [("Tomasz Wrona", "Wrona")]


def test_as_her_friends_call_ties_the_nickname_to_the_name_after_it() -> None:
    assert read_ties("Lupe, as her sisters call Guadalupe, wants out.") == [("Guadalupe", "Lupe")]


def test_call_with_a_quoted_name_ties_it() -> None:
    assert read_ties('The dockers call Ingvar "Bear" behind his back.') == [("Ingvar", "Bear")]


def test_the_same_name_twice_or_a_sentence_without_ties_gives_nothing() -> None:
    assert read_ties("Marisol Quintero, known to everyone as Marisol Quintero, is tired.") == []
    assert read_ties("Nobody here has a nickname, and the film is long.") == []


def test_stems_are_found_once_per_text_and_can_be_passed_in() -> None:
    text = "Ottilie Brandt, known to her pupils as Tilly, teaches piano."
    stems = tie_stems_in(text)
    assert "known " in stems
    assert read_ties(text, stems_in_text=stems) == read_ties(text)
    assert read_ties(text, stems_in_text=frozenset()) == []


def test_a_description_everyone_calls_by_a_name_without_whom() -> None:
    assert read_ties('Kwon Mi-ja, the salt farmer the whole village calls "Auntie Salt", keeps going.') == [("Kwon Mi-ja", "Auntie Salt")]
    assert read_ties("Ivo Petrak, the cook everyone calls Gigi, burns the soup.") == [("Ivo Petrak", "Gigi")]
    assert read_ties("Tomás Ruiz, the friend everyone still calls Chalo, never left.") == [("Tomás Ruiz", "Chalo")]


def test_known_as_after_a_longer_phrase_of_who_knows_the_name() -> None:
    assert read_ties("Mirza Kovač, known to everyone in Sarajevo's music scene as Miki, plays the singer.") == [("Mirza Kovač", "Miki")]
    assert read_ties("Baraka Mwangi plays Otieno, known on the route as Kasuku, with endless patter.") == [("Otieno", "Kasuku")]


def test_a_quoted_name_and_who_uses_it_after_a_comma() -> None:
    assert read_ties('Maria Aparecida, "Dona Cida" to the whole market, refuses to sell.') == [("Maria Aparecida", "Dona Cida")]


def test_better_known_in_a_place_and_as_a_distributor_credits_tie_the_names() -> None:
    assert read_ties("Liang Zhihua, better known in Hong Kong as Leung Chi-wah, is a delight.") == [("Liang Zhihua", "Leung Chi-wah")]
    assert read_ties("Huang Jiale (as the mainland distributor credits Wong Ka-lok) delivers.") == [("Huang Jiale", "Wong Ka-lok")]


def test_a_dash_aside_saying_what_everyone_calls_someone_ties_the_names() -> None:
    assert read_ties("Pao — as everyone in the industry calls Paolo Dela Cruz — knows every button.") == [("Pao", "Paolo Dela Cruz")]


def test_an_aside_saying_what_everyone_calls_someone_ties_the_names() -> None:
    assert read_ties("His son Obinna (everyone calls him Obi) is played by a newcomer.") == [("Obinna", "Obi")]
    assert read_ties("Everyone calls him a fool, and Obinna laughs.") == []


def test_a_kinship_word_in_such_an_aside_is_no_nickname() -> None:
    assert read_ties("Obinna (his daughter calls him Dad) is tired.") == []


def test_a_spelling_on_the_posters_ties_the_names() -> None:
    text = "Hong Kong filmmaker Wong Ka-lok (Wong Kar-lok on some posters, which has caused confusion) returns."
    assert read_ties(text) == [("Wong Ka-lok", "Wong Kar-lok")]


def test_better_known_by_her_nickname_in_parentheses_ties_the_nickname() -> None:
    assert read_ties("Wanida Somboon (better known by her nickname, Noi) plays the cook.") == [("Wanida Somboon", "Noi")]


def test_a_name_the_aside_says_someone_is_known_by_and_a_call_with_words_between() -> None:
    assert read_ties("Tong (as director Kittipong is known on every set in Bangkok) has made the sweetest film.") == [("Kittipong", "Tong")]
    assert read_ties("Federico (everyone in the Buenos Aires scene just calls him Fede) is better on screen.") == [("Federico", "Fede")]
    assert read_ties("Tong (as the poster has it) is fine.") == []


def test_known_somewhere_by_a_nickname_and_or_x_as_the_papers_call_him_tie_the_names() -> None:
    assert read_ties("Kittisak, known throughout the Thai industry by his nickname Golf, wrote it.") == [("Kittisak", "Golf")]
    assert read_ties("Kittisak Thongchai, or Golf Kittisak as the Bangkok papers call him, made it.") == [("Kittisak Thongchai", "Golf Kittisak")]


def test_a_crew_member_s_chinese_name_followed_by_its_other_romanization_is_one_person() -> None:
    text = "Director Chen Wenliang (Tan Boon Leong) returns. Dir./scr.: Chen Weiqiang (Raymond Chan). Music: Wu Jianwen (Ken Ng)."
    assert romanized_asides(text) == [("Chen Wenliang", "Tan Boon Leong"), ("Chen Weiqiang", "Raymond Chan"), ("Wu Jianwen", "Ken Ng")]
    assert ("Chen Wenliang", "Tan Boon Leong") in read_ties(text)


def test_a_part_in_parentheses_is_no_other_romanization() -> None:
    # A part, even one with the actor's family name in another spelling: an actor's parenthesis holds the part.
    assert romanized_asides("Cast: Tony Leung (Chow Mo-wan), Jackie Chan (Chan Ka-kui), Kim Ji-hoon (Kim Min-hee).") == []
    assert romanized_asides("Cast: Lin Jiadong (Jimmy Lam), Liu Jialing (Lulu Lau).") == []
    assert romanized_asides("Washed-up director Liu Jianhua (Andy Lau) tries one last comeback.") == []  # a character's job


def test_credited_known_and_english_name_ties_in_more_phrasings() -> None:
    assert read_ties("Ethan Liang, the heartthrob credited in Chinese as Liang Jiahao, is Lu Ping.") == [("Ethan Liang", "Liang Jiahao")]
    assert read_ties("Jung Dae-han, better known here as Daniel Jung, is charming as Sam.") == [("Jung Dae-han", "Daniel Jung")]
    assert read_ties("Hsu Chien-ming is better known by his English name, Jimmy Hsu.") == [("Hsu Chien-ming", "Jimmy Hsu")]
    assert read_ties("The film is known by its English name, Salt.") == []


def test_a_real_name_and_a_chinese_name_tie() -> None:
    assert read_ties("Sting, whose real name is Gordon Sumner, plays.") == [("Sting", "Gordon Sumner")]
    assert read_ties("Lai's Chinese name, which he uses in the Cantonese press, is Lai Tak-ming.") == [("Lai", "Lai Tak-ming")]
    # a birth place is no birth name: no tie reads "born"
    assert read_ties("Michelle Yeoh (born Kuala Lumpur) plays Evelyn.") == []


def test_prose_that_writes_a_part_before_its_player_ties_nothing() -> None:
    assert romanized_asides("Li Xiaojun (Leon Lai), a naive mainlander, arrives in Hong Kong in 1986.") == []
    assert romanized_asides("Wang Jing-wen (Faye Wong), the owner's daughter, writes to her lover.") == []


def test_a_quoted_name_after_a_dash_a_birth_name_a_real_name_and_a_poster_billing_tie_the_names() -> None:
    assert read_ties('Phanuwat Srisombat — "Tong" to everyone in the indie scene — makes shorts.') == [("Phanuwat Srisombat", "Tong")]
    assert read_ties("Engkong is played by Johan Salim, who was born Liem Tjoen Hok.") == [("Johan Salim", "Liem Tjoen Hok")]
    assert read_ties("Amendola's Don Ciccio, real name Francesco Iorio, is a great villain.") == [("Don Ciccio", "Francesco Iorio")]
    assert read_ties("Kwaku Ampofo, billed on the poster as Kweku, plays Fiifi.") == [("Kwaku Ampofo", "Kweku")]
    # a birthplace or date is no name; the opening titles may credit a part
    assert read_ties("Ngozi Eze, born in Lagos, stars. Kemi Ade, born March 1970, stars.") == []
    assert read_ties("Cate Blanchett, credited in the opening titles as Lydia Tár, is magnificent.") == []


def test_who_signs_or_works_under_a_nickname_ties_it() -> None:
    text = ("Chalermchai Thongdee, a photographer from Khon Kaen who signs his work with his nickname, Nok, has made a "
            "lovely documentary. Mali Srisuk, who works under her stage name, Ploy, is its narrator.")
    assert read_ties(text) == [("Chalermchai Thongdee", "Nok"), ("Mali Srisuk", "Ploy")]
    assert read_ties("Chalermchai Thongdee, who signs every frame, shot it in Khon Kaen.") == []
