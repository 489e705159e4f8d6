"""Names in reviews written all in lower case: read as mentions, for the report to link to the film's credited people."""

from __future__ import annotations

from consensus.aggregate.aliases import merge_people
from consensus.extract.lowercase_names import is_lowercase_style, lowercase_mentions
from consensus.extract.people import read_people, sentences_of
from consensus.models import Document, Film, Person

POST = "ok so midnight pharmacy. lee sujin did it again!! choi woojin is so good as jaeho, and i cried at the end lol."


def test_a_review_in_lower_case_is_recognised_and_a_cased_one_is_not() -> None:
    assert is_lowercase_style(sentences_of(POST))
    assert not is_lowercase_style(sentences_of("Lee Soo-jin did it again. Choi Woo-jin is superb as Jae-ho."))


def test_lower_case_name_runs_are_mentions_and_chat_words_are_not() -> None:
    names = [m.name for m in lowercase_mentions(sentences_of(POST), set())]
    assert "lee sujin" in names and "choi woojin" in names and "jaeho" in names
    assert not {"lol", "ok", "pharmacy", "midnight"} & set(names)
    text = "park jihoon plays the lead. bong reyes too. i liked the park scenes."
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert "park jihoon" in names and "bong reyes" in names and "park" not in names
    text = "honestly maría josé echeverría lozano deserves every award. the ending wrecked me."
    assert "maría josé echeverría lozano" in [m.name for m in lowercase_mentions(sentences_of(text), set())]  # two given, two family


def test_lower_case_mentions_link_to_the_people_other_reviews_credit() -> None:
    document = Document(source="b", sha256="b", text=POST, lines=[POST])
    found = read_people(document, Film(title="Midnight Pharmacy"))
    credited = [
        Person(name="Lee Soo-jin", role="director"),
        Person(name="Choi Woo-jin", role="actor", character="Lee Jae-ho"),
    ]
    people, characters = merge_people([("a", credited), ("b", found.people)], [("b", found.mentions)])
    aliases = {p.name: p.aliases for p in people}
    assert "lee sujin" in aliases["Lee Soo-jin"] and "choi woojin" in aliases["Choi Woo-jin"]
    assert "jaeho" in characters[0].aliases


def test_reduplicated_chat_words_are_no_names() -> None:
    names = [m.name for m in lowercase_mentions(sentences_of("it was so-so, ha-ha. ah-wen was great though."), set())]
    assert names == ["ah-wen"]


def test_a_post_whose_period_is_followed_by_lower_case_and_possessives_is_read() -> None:
    post = ("ok so jun hae-rin's second feature is two hours of raking salt and i was sobbing by the end. park min-seok "
            "plays the grandson. Grandma's speech!!! lee ga-on's piano score is a bit much tho")
    assert is_lowercase_style(sentences_of(post))
    names = [m.name for m in lowercase_mentions(sentences_of(post), set())]
    assert {"jun hae-rin", "park min-seok", "lee ga-on"} <= set(names)


def test_a_family_name_before_two_short_syllables_and_a_short_given_name_alone_are_names() -> None:
    text = ("ok han so-ri did it again. park ji-ah as mi-ju had me crying and the grandpa (park seon-woo) is great. "
            "so-so ending, and the wi-fi at the co-op was down.")
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert {"han so-ri", "park ji-ah", "mi-ju", "park seon-woo"} <= set(names)
    assert not {"so-so", "wi-fi", "co-op"} & set(names)  # a short given name alone only after "as" or "("


def test_names_with_letters_of_any_latin_alphabet_are_read_whole() -> None:
    text = "ok so a winter in kars. ayşe demirel is unreal and tolga yılmaz made me cry, łukasz wróbel too lol"
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert {"ayşe demirel", "tolga yılmaz", "łukasz wróbel"} <= set(names)


def test_a_lower_case_run_past_a_credited_name_into_an_adjective_links_as_the_name_alone() -> None:
    post = "benedito cruz is so cozy. thiago nascimento shirtless fixing a boat for two hours, ok, no complaints lol"
    document = Document(source="b", sha256="b", text=post, lines=[post])
    found = read_people(document, Film(title="Benedito Cruz"))
    credited = [Person(name="Thiago Nascimento", role="actor", character="Caio")]
    people, _ = merge_people([("a", credited), ("b", found.people)], [("b", found.mentions)])
    assert [(p.name, p.aliases) for p in people] == [("Thiago Nascimento", ["thiago nascimento"])]


def test_short_family_names_open_a_run_before_a_given_name() -> None:
    text = "ok so han river ghosts. kim jiah as detective oh soo-min is so cool lol. ng ka-yan too. oh well, the end drags"
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert {"oh soo-min", "ng ka-yan"} <= set(names)
    assert not any(n.startswith("oh well") for n in names)
    # only before a given name of two syllables, and no abbreviation is initials
    names = [m.name for m in lowercase_mentions(sentences_of("ok so. oh nassar is fine. e.g. nassar again lol, i cried"), set())]
    assert "oh nassar" not in names and "e.g. nassar" not in names


def test_a_title_or_kinship_word_before_a_lower_case_name_stays_with_it() -> None:
    text = "ok so the persimmon thief lol. choi gyeong-su as grandpa deok-bae is so cute and auntie wadad too, i was crying"
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert {"grandpa deok-bae", "auntie wadad"} <= set(names)
    names = [m.name for m in lowercase_mentions(sentences_of("ok so it has an old kim ki-duk film vibe lol, i cried"), set())]
    assert "kim ki-duk" in names  # a title word goes with a one-word name only


def test_initials_before_and_a_generation_after_a_lower_case_name_are_part_of_it() -> None:
    text = ("uppu is brutal. s. murugan as sekar, you want to hate him. m.s. ganesan is great. arul selvan bgm in the "
            "strike scene lol. rodrigo salas jr as tomás is fine. i loved it")
    names = [m.name for m in lowercase_mentions(sentences_of(text), set())]
    assert {"s. murugan", "m.s. ganesan", "arul selvan", "rodrigo salas jr"} <= set(names)


def _people(text: str, title: str = "The Ferry") -> dict[tuple[str, str], str | None]:
    found = read_people(Document(source="t", sha256="t", text=text, lines=[text]), Film(title=title))
    return {(p.role, p.name): p.character for p in found.people}


def test_a_review_in_lower_case_credits_its_people_as_it_spells_them() -> None:
    text = (
        "the ferry is the most fun i had all year lol. director trần minh châu shot the whole thing on a real boat. "
        "phan quốc bảo as lâm is so funny and lê thu hằng as mỹ steals every scene. music by tamer haddad is gorgeous. 8/10"
    )
    people = _people(text)
    assert people[("director", "trần minh châu")] is None
    assert people[("actor", "phan quốc bảo")] == "lâm"
    assert people[("actor", "lê thu hằng")] == "mỹ"  # a short family name and a two-letter part, both with diacritics
    assert people[("composer", "tamer haddad")] is None  # a given name that is an English word, after "music by"


def test_capitalising_a_lower_case_review_stops_at_english_words_and_shouting() -> None:
    people = _people("kola bello as chief adisa spraying money at the wedding?? i screamed. de vries as griet 👌 loved it")
    assert people[("actor", "kola bello")] == "chief adisa"  # not "chief adisa spraying": an English word with an ending
    assert ("actor", "de vries") in people  # the particle belongs to the family name
    found = read_people(Document(source="t", sha256="t", text="just saw it and han mirae DESTROYED me. go see it", lines=[]), Film(title="X"))
    assert "han mirae" in [m.name for m in found.mentions]


def test_a_short_family_name_opens_a_name_only_before_a_given_name() -> None:
    names = [m.name for m in lowercase_mentions(sentences_of("ok im mid-way through it. im ga-eun as soo-ah is great lol"), set())]
    assert "im ga-eun" in names and not any(n.startswith("im mid") for n in names)


def test_english_words_after_by_or_as_are_no_names_in_a_lower_case_review() -> None:
    text = ("this is by far chalamet's best performance and as usual zimmer's score is deafening. as always villeneuve makes "
            "the desert feel enormous. a long drawn-out ending in the harbour. 8/10")
    found = read_people(Document(source="t", sha256="t", text=text, lines=[text]), Film(title="Dune"))
    names = {p.name for p in found.people} | {p.character for p in found.people if p.character} | {m.name for m in found.mentions}
    assert not {"far chalamet", "usual zimmer", "always villeneuve", "long drawn-out", "Deafening", "Harbour"} & names
    assert not found.people


def test_a_short_given_name_anywhere_is_a_mention_but_no_credit() -> None:
    text = "ok the salt pond sisters destroyed me. eun-bi just knows when da-bi is lying. the wi-fi in the cinema was down lol"
    found = read_people(Document(source="t", sha256="t", text=text, lines=[text]), Film(title="The Salt Pond Sisters"))
    assert {"eun-bi", "da-bi"} <= {m.name for m in found.mentions} and "wi-fi" not in {m.name for m in found.mentions}
    assert not found.people


def test_a_family_name_that_is_an_english_word_right_before_the_part() -> None:
    people = _people("austin butler as feyd-rautha is terrifying. nour shines as the lead. kim again as the villain lol", "Dune")
    assert people == {("actor", "austin butler"): "feyd-rautha"}  # "shines", "again" are no family names


def test_a_review_shouted_in_capitals_credits_its_people_as_it_spelled_them() -> None:
    text = ("SLAVA IS A MASTERPIECE AND I WILL HEAR NO ARGUMENT. ŽARKO ILIĆ AS DEDA RADOMIR BROKE ME, THE TOAST SCENE!!! "
            "MILICA PETROVIĆ AS JELENA IS PERFECT. DIRECTED BY NEMANJA JOVANOVIĆ, WHO CLEARLY GREW UP AT A TABLE LIKE THIS ONE.")
    people = read_people(Document(source="s", sha256="s", text=text, lines=[text]), Film(title="Slava")).people
    cast = {(p.name, p.role, p.character) for p in people}  # credited capitalised, the shout kept as a spelling
    assert ("Žarko Ilić", "actor", "Deda Radomir") in cast and ("Milica Petrović", "actor", "Jelena") in cast
    assert ("Nemanja Jovanović", "director", None) in cast
    assert {"ŽARKO ILIĆ", "MILICA PETROVIĆ"} <= {m for p in people for m in p.mentions}


def test_a_name_shouted_in_a_lower_case_review_is_read_too() -> None:
    text = ("WINTER KIMJANG IS A MASTERPIECE AND YOON MAL-SOON SHOULD WIN EVERYTHING. that's it that's the post. "
            "ok fine: the cabbage montage is better than most fight scenes and i cried. yoon mal-soon as grandma geum-ja is every grandma.")
    people = read_people(Document(source="s", sha256="s", text=text, lines=[text]), Film(title="Winter Kimjang")).people
    assert [(p.name, p.role, p.character) for p in people] == [("Yoon Mal-soon", "actor", "grandma geum-ja")]
    assert "YOON MAL-SOON" in people[0].mentions


def test_a_review_in_a_script_with_lower_case_letters_is_not_shouted() -> None:
    from consensus.extract.lowercase_names import is_shouted_style

    russian = "Это медленная, холодная драма о человеке, который потерял всё. Андрей Звягинцев снимает её без спешки и без жалости."
    assert not is_shouted_style(sentences_of(russian))
    assert is_shouted_style(sentences_of(russian.upper()))


def test_a_part_of_two_short_syllables_that_are_english_words_apart_after_as() -> None:
    names = [m.name for m in lowercase_mentions(sentences_of("ok wow. lee da-eun as ha-na is such a sweetheart lol."), set())]
    assert "ha-na" in names
    assert "so-so" not in [m.name for m in lowercase_mentions(sentences_of("ok wow. the ending was so-so lol."), set())]


def test_a_particle_between_name_words_stays_in_the_name_but_never_ends_it() -> None:
    def names(text: str) -> list[str]:
        return [m.name for m in lowercase_mentions(sentences_of(text), set())]

    assert "farida el masry" in names("ok farida el masry runs that café like a general. i screamed.")
    assert "joão batista dos santos" in names("honestly joão batista dos santos deserves every award lol.")
    assert "tariq bin hamdan" in names("the film by tariq bin hamdan is slow but i loved it.")
    assert not any(" el" in n or n.startswith("el ") for n in names("we watched it in el paso and i cried lol."))
    assert "okonkwo" in names("okonkwo de. that's all i have to say lol.")  # a particle at the end is no part of the name


def test_two_particles_inside_a_lower_case_name_keep_it_whole() -> None:
    text = ("watched it on the plane and honestly?? delightful. lotte van den broeck is so funny as marieke. "
            "pieter van der meer directed it and i looked him up. the ending is van der sloot energy tbh")
    found = {m.name for m in lowercase_mentions(sentences_of(text), set())}
    assert {"lotte van den broeck", "pieter van der meer"} <= found
    assert not any(name.startswith(("van ", "den ", "der ")) for name in found)  # particles never open a name


def test_a_given_name_that_is_an_english_word_opens_a_lower_case_name_before_a_name_word() -> None:
    text = "the song at the end by teddy ocampo is stuck in my head. grace adebayo is a star. the old guy shiba is funny lol"
    found = {m.name for m in lowercase_mentions(sentences_of(text), set())}
    assert {"teddy ocampo", "grace adebayo", "shiba"} <= found and "guy shiba" not in found
