"""Content warnings from explicit warning lines and from what the review describes, with negations and figures of speech ignored."""

from __future__ import annotations

from consensus.extract.content_warnings import find_content_warnings
from consensus.models import Document


def warnings_of(text: str) -> dict[str, str]:
    document = Document(source="t", sha256="t", text=text, lines=[l.strip() for l in text.splitlines() if l.strip()])
    sentences = [s for s in text.replace("\n", " \n").split(". ") if s.strip()]
    return {w.warning: w.evidence for w in find_content_warnings(document, sentences)}


def test_explicit_warning_list_after_a_bare_warning_line() -> None:
    found = warnings_of("Warning:\nContains violence, strong language, harmful substances, sexual violence, suicide, alcohol, and smoking.")
    assert set(found) == {"violence", "strong language", "drugs", "sexual violence", "suicide", "alcohol", "smoking"}
    assert found["suicide"].startswith("Warning:")


def test_described_content() -> None:
    found = warnings_of(
        "When Mi-rae takes her own life, her friend swears revenge. The villain runs a sex trafficking ring. "
        "He has a history of drug trafficking. The bloody fights are relentless."
    )
    assert {"suicide", "sexual violence", "drugs", "violence"} <= set(found)
    assert "takes her own life" in found["suicide"]


def test_negations_and_figures_of_speech_do_not_fire() -> None:
    found = warnings_of("There is no gore here and it is not violent. The killer soundtrack is bloody good, and the smoking gun arrives late.")
    assert not {"gore", "violence", "smoking"} & set(found)


def test_an_mpaa_reason_line_counts_as_explicit() -> None:
    assert {"violence", "strong language", "drugs"} <= set(warnings_of("Rated R for bloody violence, language throughout and drug use."))


def test_drinking_described_is_alcohol() -> None:
    for sentence in (
        "The widowed skipper drinks himself into a stupor every night.",
        "A heavy drinker, the detective keeps a flask in his glovebox.",
        "The brothers split a bottle of vodka on the ferry.",
        "Half the second act is people tipsy at a christening.",
        "There's a great deal of drinking at the reunion.",
        "She wakes up hungover in a stranger's caravan.",
    ):
        assert "alcohol" in warnings_of(sentence), sentence


def test_drink_words_that_are_not_alcohol_do_not_fire() -> None:
    for sentence in (
        "Nobody drinks, nobody swears, and the story still grips.",
        "The villagers queue for drinking water at dawn.",
        "She sits on the pier drinking in the view.",
        "The kids sip root beer and ginger beer at the fair.",
        "It sails a wine-dark sea of nostalgia.",
        "He only ever orders non-alcoholic cider.",
        "Her troubles are champagne problems.",
        "The rebels hurl molotov cocktails at the tanks.",
        "It is a film that has drunk the Kool-Aid of its own myth.",
        "The winemaker's swine escape in the second reel.",
    ):
        assert "alcohol" not in warnings_of(sentence), sentence


def test_smoking_described_by_the_verb() -> None:
    for sentence in (
        "The landlady chain-smokes through every scene.",
        "Grandpa smokes a pipe on the veranda.",
        "The cadets smoke constantly between drills.",
        "The lifeguards drink and smoke behind the kiosk.",
        "A cigar never leaves the mayor's mouth.",
    ):
        assert "smoking" in warnings_of(sentence), sentence


def test_smoke_the_noun_and_its_figures_are_not_smoking() -> None:
    for sentence in (
        "The battle is shot through thick smoke and ash.",
        "The plot is all smoke and mirrors.",
        "Smoke rises over the burning village.",
        "The detective finally finds the smoking gun.",
        "Close, but no cigar.",
    ):
        assert "smoking" not in warnings_of(sentence), sentence


def test_strong_language_described() -> None:
    for sentence in (
        "The coach drops the f-word at every timeout.",
        "Expect salty dialogue from the fishermen.",
        "The sergeant swears like a docker.",
        "The roadies spit and swear in the van.",
        "A foul-mouthed parrot steals the show.",
    ):
        assert "strong language" in warnings_of(sentence), sentence


def test_oaths_and_clean_dialogue_are_not_strong_language() -> None:
    for sentence in (
        "The widow swears revenge on the whole village.",
        "Fans swear by the director's earlier work.",
        "There is no crude language and not a single curse word.",
        "The family curse haunts three generations.",
        "Her dialogue is colourless and stiff.",
    ):
        assert "strong language" not in warnings_of(sentence), sentence


def test_sexual_content_described() -> None:
    for sentence in (
        "There is a long love scene in the lighthouse.",
        "Brief nudity in the sauna sequence.",
        "The campers drink, smoke and hook up.",
        "A sexually suggestive tango closes the first act.",
        "The couple make love in the hayloft.",
    ):
        assert "sexual content" in warnings_of(sentence), sentence


def test_romance_and_other_hooks_are_not_sexual_content() -> None:
    for sentence in (
        "He hooks up with a gang of smugglers.",
        "The engineers hook up the generator.",
        "It is a love story, chaste and sweet.",
        "Its style is suggestive of Fassbinder.",
        "The poster shows nothing but a loveseat.",
    ):
        assert "sexual content" not in warnings_of(sentence), sentence


def test_drugs_described() -> None:
    for sentence in (
        "The bassist is high on pills for the whole tour.",
        "They snort lines in the stadium toilets.",
        "The cyclists were doping for years.",
        "The hostel is a fog of weed and cheap beer.",
        "Her brother runs a drug-lab in the garage.",
        "The roommates are high on mushrooms at the wedding.",
    ):
        assert "drugs" in warnings_of(sentence), sentence


def test_figurative_highs_and_pills_are_not_drugs() -> None:
    for sentence in (
        "The ending is a bitter pill to swallow, and the coach tells him to take a chill pill.",
        "The script gets high marks from me, and the stakes get high.",
        "The adulteress is stoned by the mob.",
        "The hero is high on life and an adrenaline junkie.",
        "The editor should weed out the flashbacks.",
        "The heretic is stoned to death in the square.",
        "The horse snorts and stamps in the stable.",
    ):
        assert "drugs" not in warnings_of(sentence), sentence


def test_abuse_described() -> None:
    for sentence in (
        "The boarding school's headmaster is abusive to the youngest boys.",
        "The documentary lets the survivors talk about the abuse.",
        "The trawlerman beats his wife when the catch is poor.",
        "The chaplain's grooming of a teenager is handled with care.",
        "The stepmother's verbal cruelty is relentless.",
    ):
        assert "abuse" in warnings_of(sentence), sentence


def test_other_abuses_are_not_the_abuse_category() -> None:
    for sentence in (
        "The senator's abuse of power is the real subject.",
        "Her drug abuse is depicted with care.",
        "He beats his father at chess every Sunday.",
        "The critics hurled abusive language at the premiere, then praised it.",
        "Grooming the horses takes up the first reel.",
        "The film contains no abuse.",
    ):
        assert "abuse" not in warnings_of(sentence), sentence


def test_violent_events_described() -> None:
    for sentence in (
        "The ferryman is shot dead on the jetty.",
        "Two deserters are gunned down in the snow.",
        "A drunk lodger is stabbed in the stairwell.",
        "The foreman strangles the clerk with a phone cord.",
        "A prisoner is beaten to death by the guards.",
        "The landlady slaps the lodger twice.",
        "The execution of the hostages is filmed in one take.",
        "The film does not flinch from war atrocities.",
        "A knife fight breaks out in the ferry's galley.",
        "The kills are inventive and the body count is high.",
    ):
        assert "violence" in warnings_of(sentence), sentence


def test_film_craft_and_figures_are_not_violence() -> None:
    for sentence in (
        "It was shot on 35mm in the back of a moving van.",
        "He feels stabbed in the back by his partner.",
        "The director takes a stab at screwball comedy.",
        "The execution of the idea is flawless.",
        "Every story beat lands, and she slaps the title on the last frame.",
        "The comedian's timing kills.",
        "The new cut shoots for the moon.",
    ):
        assert "violence" not in warnings_of(sentence), sentence


def test_tonal_figures_and_denying_comparisons_are_not_warnings() -> None:
    for sentence in (
        "The comedy takes a violent swing in tone after the funeral.",
        "No one lays a finger on anyone; the violence is purely verbal.",
        "It is more eerie than gory.",
        "The poster promises more bloodshed than this gentle drama has to offer.",
    ):
        assert not {"violence", "gore"} & set(warnings_of(sentence)), sentence


def test_comparisons_that_affirm_still_count() -> None:
    assert "violence" in warnings_of("The siege is more violent than anything in the director's earlier films.")
    assert "gore" in warnings_of("The finale is gorier than the original, with gruesome effects.")
    assert "violence" in warnings_of("The film takes a violent turn when the bailiffs arrive.")


def test_gore_described() -> None:
    for sentence in (
        "By the finale there is blood everywhere.",
        "The raiders leave severed heads on the fence posts.",
        "Buckets of blood drench the prom queen.",
        "A blood-soaked chainsaw hangs in the barn.",
    ):
        assert "gore" in warnings_of(sentence), sentence


def test_blood_without_gore_is_not_gore() -> None:
    for sentence in (
        "There is bad blood between the brothers.",
        "Her blood relatives arrive for the reading of the will.",
        "The union has severed ties with the studio.",
        "Thankfully there is no blood everywhere, just one nosebleed.",
    ):
        assert "gore" not in warnings_of(sentence), sentence


def test_implied_but_not_shown_still_happens() -> None:
    assert "sexual violence" in warnings_of("The script implies but never shows a rape in the barracks.")
    assert "violence" in warnings_of("The camera suggests but does not show the torture in the cellar.")
    assert "violence" not in warnings_of("The film does not show any violence at all.")
    assert "suicide" not in warnings_of("It hints at grief, never at suicide.")


def test_rating_reasons_in_their_common_forms() -> None:
    assert {"violence", "strong language"} <= set(warnings_of("Rated R for violence and strong language throughout."))
    assert {"sexual content", "drugs"} <= set(warnings_of("Rated 15 for strong sex and drug misuse."))
    assert {"violence", "alcohol"} <= set(warnings_of("The film carries an R rating for bloody violence and teen drinking."))
    assert "smoking" in warnings_of("It earned a 12A certificate for smoking and mild threat.")


def test_a_rating_reason_is_read_only_in_its_own_sentence() -> None:
    found = warnings_of("Shot in the Welsh language, it is rated PG-13 for violence. The drinking song in the finale is lovely.")
    assert "violence" in found
    assert not {"strong language", "alcohol"} & set(found)
    assert not warnings_of("This underrated gem was rated highly for its language and its sex appeal by everyone.")


def test_suicide_and_self_harm_described() -> None:
    assert "suicide" in warnings_of("In the last reel the lighthouse keeper hangs himself.")
    assert "suicide" in warnings_of("The disgraced banker shot himself in his study.")
    assert "suicide" in warnings_of("A suicide pact binds the two poets.")
    assert "self-harm" in warnings_of("The teenager cuts herself in the school toilets.")


def test_figurative_suicide_and_cutting_off_are_not_warnings() -> None:
    for sentence in (
        "Casting a comedian was career suicide for the producer.",
        "The heist crew sets off on a suicide mission.",
        "It borrows its villains from Suicide Squad.",
        "The minister shoots himself in the foot at every press conference.",
        "She cuts herself off from her family.",
        "The campaign hangs itself on a single slogan.",
    ):
        assert not {"suicide", "self-harm"} & set(warnings_of(sentence)), sentence
    assert "violence" in warnings_of("A suicide bomber targets the market in the opening scene, a brutal start.")
    assert "suicide" not in warnings_of("A suicide bomber targets the market in the opening scene, a brutal start.")


def test_more_violent_events_and_sexual_assault() -> None:
    for sentence in (
        "The wedding ends in a bloodbath.",
        "The cashier is held at gunpoint.",
        "A hit man stalks the jury.",
        "The embassy bombing opens the film.",
    ):
        assert "violence" in warnings_of(sentence), sentence
    assert "sexual violence" in warnings_of("The nurse is sexually assaulted on the night shift.")


def test_hits_and_points_are_not_violence() -> None:
    for sentence in (
        "The soundtrack is full of hits, and the point of view shifts.",
        "The film bombed at the box office.",
        "Her performance is the hit of the festival.",
    ):
        assert "violence" not in warnings_of(sentence), sentence


def test_further_described_terms() -> None:
    cases = {
        "alcohol": "The best men go on a pub crawl through Leeds.",
        "smoking": "The professor puffs on his pipe between lectures.",
        "strong language": "The dialogue is often filthy, and the bad language never lets up.",
        "sexual content": "It is an erotic thriller set in a strip club.",
        "drugs": "The drummer is hooked on painkillers and lives in a crack house.",
    }
    for category, sentence in cases.items():
        assert category in warnings_of(sentence), sentence


def test_lookalikes_of_the_further_terms_do_not_fire() -> None:
    for sentence in (
        "The grandparents play gin rummy all afternoon.",
        "The cracks in the marriage show, and the acid wit helps.",
        "The organ music swells as the strip of coast comes into view.",
        "A puff of smoke, and the magician is gone.",
        "The dialogue is sharp and the language is lyrical.",
    ):
        assert not warnings_of(sentence), sentence


def test_trades_misuses_and_figures_do_not_fire() -> None:
    for sentence in (
        "She plays a wine critic who never touches a glass.",
        "Her father, a beer baron, owns half the town.",
        "He grew up on a tobacco farm in Kentucky.",
        "The pacing is a shot in the arm for the genre.",
        "The critic abused the term masterpiece.",
        "The finale is an orgy of colour.",
        "The swearing-in ceremony is staged with pomp.",
        "She cuts herself a slice of wedding cake.",
    ):
        assert not warnings_of(sentence), sentence
    assert "alcohol" in warnings_of("She drinks a glass of wine before the verdict.")
    assert "smoking" in warnings_of("The old sailor chews tobacco and spits.")


def test_event_verbs_across_categories() -> None:
    cases = [
        ("violence", "Two night watchmen are killed in the raid."),
        ("violence", "The militia opens fire on the marchers."),
        ("violence", "The thugs kick him senseless behind the chip shop."),
        ("drugs", "The roadies smoke pot in the tour bus."),
        ("sexual content", "The rivals sleep together after the wake."),
        ("sexual violence", "The priest molested the altar boys."),
        ("strong language", "The fishwives curse like sailors."),
        ("abuse", "The farmer is violent towards his children."),
        ("self-harm", "The girl burns herself with a lighter."),
    ]
    for category, sentence in cases:
        assert category in warnings_of(sentence), sentence


def test_lookalikes_of_the_event_verbs_do_not_fire() -> None:
    for sentence in (
        "The hero is killed off in the sequel's first scene.",
        "The project was killed in development.",
        "The chef burns herself out before the final service.",
        "The bear attacked the picnic basket in a cartoon.",
        "The crew sleep in shifts, never together in one room.",
        "The gangsters open a pot of coffee and fire off jokes.",
    ):
        assert not warnings_of(sentence), sentence


def test_stems_are_found_in_the_distinct_words_exactly_as_in_the_text() -> None:
    from consensus.extract.content_warnings import _ALL_DESCRIBED_STEMS, _present_stems

    text = "the hit man drinks vodka.\0then a body count\nrises; the begin-\ning is slow, whisky-soaked"
    assert _present_stems(text) == {s for s in _ALL_DESCRIBED_STEMS if s in text}
    assert "gin" not in _ALL_DESCRIBED_STEMS  # "gin" is in "beginning", "original", "engine": too common a stem to keep


def test_animal_harm_described() -> None:
    for text in (
        "The second half includes the death of the family dog, shown on screen.",
        "I could have done without a scene in which a character kicks a dog.",
        "A hunter shoots an elk in the opening scene.",
        "We see a cat's body in a shoebox.",
        "Director Ruiz even borrows the dogfighting subplot, though the fights happen off screen.",
        "There is a horse shot out from under its rider.",
        "Warning: animal cruelty, violence.",
    ):
        assert "animal harm" in warnings_of(text), text


def test_animals_in_figures_and_unharmed_are_not_animal_harm() -> None:
    for text in (
        "He reacts like a wounded animal trying to survive.",
        "The dog steals every scene it is in.",
        "No animals were harmed, and the cat lives.",
    ):
        assert "animal harm" not in warnings_of(text), text


def test_more_described_phrasings_from_blind_labels() -> None:
    assert "suicide" in warnings_of("One elderly couple choose to take their own lives together.")
    assert "violence" in warnings_of("A scene of strangulation during intercourse turns deadly.")
    assert "violence" in warnings_of("One scene shows him striking his daughter across the face.")
    assert "gore" in warnings_of("The violence is graphic and bloody: a throat cut with a broken bottle.")
    assert "gore" in warnings_of("There's a lot of blood.")
    assert "gore" in warnings_of("If you have a weak stomach, skip it.")
    assert "gore" not in warnings_of("Rated PG-13 for non-graphic violence.")
    assert "strong language" in warnings_of("Almost every line of dialogue contains an obscenity.")
    assert "strong language" not in warnings_of("The comic becomes the target of an anti-obscenity campaign.")
    assert "alcohol" in warnings_of("The guys drink koskenkorva from the bottle in every scene.")
    assert "alcohol" in warnings_of("The uncle sneaks a can of cider into his deckchair.")
    assert "alcohol" not in warnings_of("She does it for her son's sake, and Sherry Lane plays her sister.")
    assert "sexual content" in warnings_of("There's also a fair amount of sex, frank but not exploitative.")


def test_phrasings_from_the_blind3_labels() -> None:
    assert "alcohol" in warnings_of("The supra feast, with its endless toasts of chacha, is funny.")
    assert "alcohol" in warnings_of("The brothers drink aquavit at every opportunity.")
    assert "alcohol" in warnings_of("The gin flows from the first reel to the last.")
    assert "strong language" in warnings_of("Everyone drinks rotgut, everyone curses, and Waters steals every scene.")
    assert "strong language" in warnings_of('Language: Frequent "f--k" and "s--t," plus insults.')
    assert "suicide" in warnings_of("She keeps seeing a young woman who threw herself from the roof.")
    assert "violence" in warnings_of("A street execution is shown in full.")
    assert "gore" in warnings_of("The director doesn't skimp on the grisly: a morgue sequence with a split-open body.")
    assert "self-harm" in warnings_of("Her character cuts at her own skin with a razor.")
    assert "drugs" in warnings_of("Her brother spends most of the film chewing khat.")
    assert "abuse" in warnings_of("The grandmother punishes her by locking the girl in the cellar overnight.")


def test_figures_and_guide_headings_are_not_warnings() -> None:
    assert "violence" not in warnings_of("The traffic jams are murder, and the jokes mostly land.")
    assert "violence" not in warnings_of("There's only the slow violence of bureaucracy.")
    assert "abuse" not in warnings_of("The abuse hurled between rivals is relentless.")
    found = warnings_of("Drinking, drugs & smoking: Teens drink beer at a bonfire.")
    assert "alcohol" in found and "drugs" not in found and "smoking" not in found
    assert "sexual content" not in warnings_of("Sex, romance & nudity: Kissing only.")


def test_idioms_and_look_alikes_are_no_warning() -> None:
    for text in (
        "The script tries to kill two birds with one stone.",
        "By the third act the film is beating a dead horse.",
        "The dogfights in the final act are thrilling.",
        "It marks the death of his pet project.",
        "The underdog is crushed in the final.",
        "The climbers are taking their lives in their hands.",
        "She throws herself in front of the camera with gusto.",
        "He hits his wife with the news that he is leaving.",
        "The obscenity of wealth is the film's real subject.",
        "Everybody swears to keep the secret.",
        "Raju's chacha runs a tea stall.",
        "A lot of stout-hearted farmers save the day.",
        "There is some sex-positive humour.",
    ):
        assert warnings_of(text) == {}, text
    assert "gore" in warnings_of("Definitely not for weak stomachs.")
    assert "alcohol" in warnings_of("The feast, with its endless toasts of chacha, is funny.")


def test_frightening_scenes_described_or_listed() -> None:
    assert "frightening scenes" in warnings_of("Several jump scares with drowned spirits will frighten younger children.")
    assert "frightening scenes" in warnings_of("Rated PG for mild peril and some rude humor.")
    assert "frightening scenes" in warnings_of("The séance in the chapel is properly terrifying.")
    assert "frightening scenes" in warnings_of("My niece hid behind a cushion when the cat got into the shop.")


def test_scary_said_of_no_scene_or_denied_is_no_frightening_scene() -> None:
    assert "frightening scenes" not in warnings_of("The scary thing is how good the film is.")
    assert "frightening scenes" not in warnings_of("Parents can relax: nothing here will frighten small children.")
    assert "frightening scenes" not in warnings_of("It is more interested in bureaucracy than in jump scares.")
