"""Films the critic compares this one to, kept apart from the cast's earlier work and from the film itself.

Critics mostly write a compared title without quotes ("the debt to The Others is obvious"),
so a title is read as a *title-shaped run* (capitalised words, with lower-case function words
inside: "Walk the Line", "Stand by Me", numbers: "12 Angry Men", "Friday the 13th") that a
comparison cue introduces. Cues come in kinds, by how much they vouch for what follows:

* strong cues name a film and little else: `reminiscent of`, `in the vein of`, `recalls`,
  `echoes`, `debt to`, `owes ... to`, `borrows ... from`, `similar to`, `closer to`,
  `comparisons to`, `straight out of`, `an answer to`, `its ancestor is`, `the best ... since`.
  Any continuation is accepted, unless the run modifies a lower-case noun
  ("reminiscent of Hong Kong cinema": a place, not a title);
* weak cues introduce many other things (`like`, `such as`, `than`, `isn't`): the run must end
  the phrase (`like Heat, ...`, not `like Ok Ju facing off ...`);
* light cues (`a whiff of`, `a touch of`, `studied`, `unlike`) and phrase openers at a clause start
  (`Think X with Y`, `It's basically X with Y`, `It's not X`, `the kind of premise X would ...`)
  need a run with title evidence of its own: quoted, opened by an article, in capitals, holding a
  digit, a lower-case function word or an opening English word ("Bad Santa", not "Mina Park");
  a bare `It's X` also needs a twist after it (`with`, `for the ... era`, `in a sharper suit`),
  since "It's 1962 in Lisbon," sets a scene. One word ending the clause is enough after "It's no" ("It's no Memento,
  but ...") and, when it is an English word and no given name, after what a viewer loved, saw or grew up on ("anyone
  who loved Arrival will ...");
* connectors join two titles (`X meets Y`, `X by way of Y`, `X crossed with Y`, `a cross between
  X and Y`), one of which at least reads as a title, and suffixes follow one (`a X knockoff`,
  `X-lite`, `X-style`, `X-level`, `X for the Instagram era`, `the X comparisons`, `in the X mould`, `X is the
  obvious touchstone`): the run is read backwards from the cue, without the words that open sentences ("It's",
  "However") and without a person owning the film ("Scorsese's Taxi Driver is the lodestar");
* `If X was ..., this is ...` sets the film against X; `since X` does after a superlative ("the best Korean thriller
  since X") or a never ("has rarely looked this sweet since X"; one word then only if an English word, and not after
  an actor's performance);
* a title opening its sentence before what it did or is to this film ("THE BIG CARNIVAL did this theme better",
  "CROCODILE DUNDEE this ain't", "Alien is the template", "Jaws gets a knowing nod", `_predicated`), and the film's own
  title in place of "It's" ("SPEED is DIE HARD with all of the slow parts taken out").

A title in quotes of any kind is vouched for: double, curly, straight single ('Local Hero') or Markdown italics (*Drive*).

A title of a real film the shipped list knows (`is_known_title`: 3,061 titles from the Rotten Tomatoes sets in
../shared/data, rebuilt by `train/film_titles.py`) reads as a title wherever a cue asks for a title's shape ("Heat is
the obvious touchstone", "Annie Hall did this better"); one known word is still no title before a suffix ("a
Dracula-esque turn": a character as often). A known title of two words or more is compared even without a cue, in a
sentence that measures the film against something (`_MEASURE_WORDS`: "sillier than anything in Forrest Gump"), unless its
clause makes it someone's work (`_WORK_BEFORE`, `_PART_IN`, `_CREDIT_AFTER`, brackets: "so brilliant in The American
President", "the Forrest Gump director", "(from The Rock)"), or the characters watch it ("are shown The Wizard of Oz").
In a post written in lower case, a known title with a cue just before or after it is read as the list writes it ("gull
season is basically jaws but ...", "the goonies meets stranger things": `_known_titles_cased`). What a weak cue lists
after someone's work is theirs ("appeared in films such as X", "Most of his films, like X"). The film's own title written
another way is no comparison ("McCabe & Mrs. Miller" for McCABE AND MRS. MILLER), nor is a title of several words named
three times or more when no title was read for the film.

Between a cue and its title a possessive and one adjective may stand ("akin to my beloved X",
"doesn't remind you of the obvious X"), but not an era adjective ("recalls early Spielberg":
a person's period, not a film). A film's maker vouches for its title, even a one-word one
("the shadow of Tarkovsky's Solaris hangs heavy"); so does a year after it ("it's basically Vertigo (1958)").

A negated comparison ("the style doesn't remind you of the obvious 'John Wick'",
"This is not X", "It's not X") is still kept: the critic is placing the film against that
reference, which is what a reader of the list wants.

Not comparisons: the cast's or director's earlier work (`star of "Burning"`,
`Jeon Jong-seo ("Burning")`, `fame as Tokyo in Money Heist`, `director X ("The Call")`,
`breakout in 2018's Burning`, `roles in movies like AIRPLANE`), the reviewed film's own title, a film sharing its
title ("the John Wick spin-off of the same name"), people ("Wong Kar-Wai's works", the review's
credited people), places, platforms, studios, festivals and days ("It's Christmas in Tokyo").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from consensus.extract.facts import COUNTRIES
from consensus.extract.names import GIVEN_NAMES_ALSO_WORDS, fold, looks_like_full_name
from consensus.extract.people import sentences_of, written_in_lower_case
from consensus.extract.prefilter import TextIndex, casefree
from consensus.ingest.shapes import is_common_word
from consensus.models import Document, Film

_Q = "\"“”‘’'"
_QUOTED = re.compile(r"[\"“‘]([^\"“”‘’]{2,60}?)[\"”’](?!\w)")
# Lower-case words inside a title ("Walk the Line", "Stand by Me"): as a set, with a few more for a quoted title's
# words (`_SMALL_SET`), and as a regex alternation in this order (`_SMALL`).
_SMALL_WORDS = tuple("of the a an on in from to and for with at by my your her his de la le du".split())
_TITLE_SMALL = frozenset(_SMALL_WORDS)
_SMALL_SET = _TITLE_SMALL | {"or", "but", "nor", "is", "as", "into", "up", "vs", "vs.", "v."}
_SMALL = r"(?:" + "|".join(_SMALL_WORDS) + ")"
# A colon inside a title ("Mad Max: Fury Road"), not one that ends it before lower-case words ("A Simple Plan: two ...").
_TITLE_WORD = r"[A-Z0-9](?:[\w'’.-]|:(?!\s*[a-z]))*"
# ("&" and "vs" join a title's words too: "Tucker & Dale vs Evil", "McCabe & Mrs. Miller")
_TITLE_RUN = re.compile(rf"(?:The\s+|A\s+)?{_TITLE_WORD}(?:\s+(?:(?:{_SMALL}|&|vs\.?)\s+)*{_TITLE_WORD}){{0,6}}")

# What may stand between "borrows"/"steals" and "from": adverbs ("so freely", "directly") or the thing taken, opened
# by a determiner ("its slow, watchful camera", "a page") - not any words ("a scene stealing show stopper from X").
_TAKEN = (
    r"(?:(?:(?:so|too|very|rather|quite|[a-z]+ly)\s+){1,2}|(?:its|his|her|their|a|the|some|much|more|most|plenty)\s+"
    r"(?:[a-z]+,?\s+){0,4}?(?:[a-z]+ly\s+)?)?"
)

# Cue kinds (see the module docstring).
STRONG, WEAK, LIGHT, OPENER, IT_IS, CONNECTOR, PAIR, SINCE, KIND_OF = (
    "strong", "weak", "light", "opener", "it is", "connector", "pair", "since", "kind of")

# Phrases that introduce a compared title (each followed by whitespace), with their kind. Order matters where
# phrases share a start ("like in" before "like"): the first that matches is taken.
_CUE_PHRASES: list[tuple[str, str]] = [
    (r"meets", CONNECTOR), (r"like\s+in", WEAK), (r"like", WEAK), (r"reminiscent\s+of", STRONG),
    (r"reminiscence\s+of", STRONG), (r"in\s+the\s+vein\s+of", STRONG), (r"akin\s+to", STRONG),
    (r"recall(?:s|ed|ing)?(?:\s+for\s+me)?", STRONG), (r"echo(?:es|ed|ing)?(?:\s+of)?", STRONG),
    (r"evok(?:es?|ed|ing)", STRONG), (r"shades\s+of", STRONG), (r"à\s+la", STRONG), (r"a\s+la", STRONG),
    (r"compared\s+(?:to|with)", STRONG), (r"comparisons?\s+(?:to|with)", STRONG),
    (r"remind(?:s|ed)?\s+(?:me|you|us|one|viewers|some|many|others|audiences|fans|anyone)\s+of", STRONG), (r"thinking\s+of", STRONG),
    (r"films?\s+like", WEAK), (r"movies?\s+like", WEAK), (r"such\s+as", WEAK), (r"example\s+would\s+be", WEAK),
    (r"the\s+likes\s+of", WEAK), (r"homage\s+to", STRONG), (r"nods?\s+to", WEAK), (r"something\s+like", WEAK),
    (r"more\s+akin\s+to", STRONG), (r"the\s+first", WEAK), (r"this\s+is\s+not", WEAK), (r"there\s+is\s+no", WEAK),
    (r"isn[’']t", WEAK), (r"unlike", LIGHT), (r"than\s+(?:with|to)", WEAK), (r"than", WEAK), (r"let\s+alone", WEAK),
    # Debts, borrowings and kinship: "the debt to X", "owes more than a little to X", "borrows its camera from X".
    (r"debt\s+to", STRONG), (r"indebted\s+to", STRONG), (r"ow(?:es?|ed|ing)\s+(?:[a-z]+\s+){0,4}?to", STRONG),
    *[(rf"{verb}\s+{_TAKEN}from", STRONG) for verb in (
        "borrow(?:s|ed|ing)?", "lift(?:s|ed|ing)", "st(?:eals?|ealing|ole|olen)", "crib(?:s|bed|bing)?",
        "pinch(?:es|ed)")],
    # Kinship: "has more in common with X", "the spiritual cousin of X", "shares DNA with X", "a poor man's X".
    *[(rf"{amount}\s+in\s+common\s+with", STRONG) for amount in ("more", "much", "a\\s+lot", "little", "plenty", "something")],
    (r"spiritual\s+(?:cousin|sibling|sister|brother|twin|heir|successor|sequel|companion|ancestor)\s+(?:of|to)", STRONG),
    *[(rf"{kin}\s+(?:of|to)", STRONG) for kin in ("cousin", "sibling")],
    (r"shar(?:es?|ing)\s+(?:more\s+|much\s+|some\s+|its\s+)?dna\s+with", STRONG), (r"poor\s+man[’']s", STRONG),
    (r"influence\s+of", LIGHT), (r"steeped\s+in", STRONG), (r"not\s+since", STRONG), (r"lineage\s+of", STRONG),
    (r"same\s+league\s+as", STRONG),
    # "The obvious reference point is X", "The closer model is X".
    *[(rf"{which}\s+(?:reference(?:\s+point)?|model|comparison|antecedent|precedent|touchstone)\s+(?:for\s+[^,.;]{{1,60}}?\s+)?(?:is|was|here\s+is)", STRONG)
      for which in ("closer", "closest", "obvious", "nearest", "clear", "real")],
    *[(rf"{verb}\s+the\s+(?:new|next)", STRONG) for verb in ("called", "dubbed", "hailed\\s+as", "billed\\s+as", "touted\\s+as")],
    (r"companion\s+(?:piece|film)\s+to", STRONG), (r"similar\s+to", STRONG), (r"closer\s+(?:in\s+(?:spirit|tone|feel)\s+)?to", STRONG),
    (r"close\s+in\s+(?:spirit|tone|feel)\s+to", STRONG), (r"kinship\s+with", STRONG),
    (r"straight\s+out\s+of", STRONG), (r"right\s+out\s+of", STRONG),
    (r"ripped\s+(?:straight\s+)?(?:out\s+of|from)", STRONG),
    (r"answer\s+to", STRONG), (r"antidote\s+to", STRONG), (r"riposte\s+to", STRONG), (r"throwback\s+to", STRONG),
    (r"in\s+the\s+(?:spirit|tradition|mould|mold)\s+of", STRONG), (r"resembl(?:es|ed|ing)", STRONG),
    (r"pale\s+imitation\s+of", STRONG), (r"imitation\s+of", STRONG), (r"knock-?off\s+of", STRONG),
    (r"rip-?off\s+of", STRONG),
    (r"retread\s+of", STRONG), (r"remad(?:e|ing)", STRONG), (r"riff\s+on", STRONG), (r"variation\s+on", STRONG), (r"clone\s+of", STRONG),
    (r"worshipp?(?:ing|ed|s)?(?:\s+at\s+the\s+altar\s+of)?", STRONG),
    # The film's forebear named: "her true ancestor is X", "its touchstone is X".
    *[(rf"{noun}s?\s+(?:is|are|was|would\s+be)", STRONG)
      for noun in ("ancestor", "forebear", "forerunner", "touchstone", "template", "blueprint", "godfather")],
    # A critic listing influences: "wears its influences — X, most visibly".
    (r"influences?\s*(?:[—–:]|--|,?\s+(?:include|including|are))", STRONG),
    # Light cues: what follows must read as a title by itself ("a whiff of X", "studied X").
    *[(rf"{noun}s?\s+of", LIGHT) for noun in ("whiff", "touch", "hint", "dash", "pinch", "trace", "splash", "flavou?r", "flicker", "glimmer")],
    (r"flash(?:es)?\s+of", LIGHT), (r"admirers\s+of", LIGHT), (r"in\s+the\s+way", LIGHT), (r"pure", LIGHT),
    (r"studied", LIGHT), (r"fans\s+of", LIGHT), (r"shadow\s+of", LIGHT), (r"ghost\s+of", LIGHT), (r"spectre\s+of", LIGHT),
    (r"expecting", LIGHT),
    # A film that wants to be another ("it wants so badly to be X"; the clause's subject is checked: `_FILM_SUBJECT`).
    *[(rf"{verb}\s+(?:(?:so|very|badly|desperately|hard)\s+){{0,2}}to\s+be", LIGHT)
      for verb in ("wants?", "wanted", "wanting", "tries", "tried", "trying")],
    (r"hoping\s+for\s+(?:another|a\s+new)", LIGHT), (r"you[’']ve\s+seen", LIGHT), (r"sounds?\s+like", LIGHT),
    (r"a\s+(?:sort|kind)\s+of", LIGHT), (r"same\s+(?:[a-z-]+\s+)?(?:energy|spirit|territory|ground|tone|feel|vibe|style|category|issues|themes|sensibility|"
     r"mood|atmosphere|texture)\s+as", LIGHT), *[(rf"{who}\s+(?:loved|liked|enjoyed|adored)", LIGHT) for who in ("who", "you")],
    (r"grew\s+up\s+(?:on|watching|loving)", LIGHT), (r"channel(?:s|ed|led|ing|ling)?", LIGHT),
    # Who the film will please: "audiences who turned out for X", "programmers who championed X", "territories that embraced X".
    (r"who\s+(?:championed|embraced)", LIGHT), (r"that\s+(?:championed|embraced)", LIGHT), (r"who\s+turned\s+out\s+for", LIGHT),
    # A film sold as a local version of another: "billed as a Korean Heat".
    *[(rf"{verb}\s+as", WEAK) for verb in ("billed", "sold", "marketed", "pitched", "touted")],
    (r"invites?\s+comparisons?\s+(?:to|with)", STRONG),
    # "the best Korean thriller since X": a superlative before it (`_SUPERLATIVE`).
    (r"since", SINCE),
    # Two titles joined: "X by way of Y", "X crossed with Y" (and "X meets Y", first above), "a cross between X and Y".
    (r"by\s+way\s+of", CONNECTOR), (r"crossed\s+with", CONNECTOR), (r"filtered\s+through", CONNECTOR),
    (r"cross\s+between", PAIR), (r"somewhere\s+between", PAIR), (r"halfway\s+between", PAIR), (r"mash-?up\s+of", PAIR), (r"hybrid\s+of", PAIR),
    # Phrase openers, at the start of a clause (`_CLAUSE_START`): "It's X with Y", "Think X with Y", "It's not X".
    # "the kind of premise X would burn through in 50 minutes": X does what this film does.
    (r"kind\s+of\s+[a-z-]+(?:\s+that)?", KIND_OF),
    (r"it[’']s\s+not", OPENER), (r"it\s+is\s+not", OPENER), (r"it[’']s\s+no", OPENER), (r"it\s+is\s+no", OPENER), (r"it[’']s", IT_IS), (r"it\s+is", IT_IS),
    (r"think", OPENER), (r"picture", OPENER), (r"imagine", OPENER),
]
_NEEDS_TITLE_SHAPE = frozenset({LIGHT, OPENER, IT_IS, KIND_OF})
_KINDS = [(re.compile(phrase + r"\s+"), kind) for phrase, kind in _CUE_PHRASES]


def _by_first_letter(phrases: list[str]) -> str:
    """The alternation of `phrases` with those sharing a first letter grouped ("a(?:kin|\\s+la)|...").

    Matches exactly what the plain alternation matches, faster: phrases starting with
    different letters can never both match at one place, so only their order within a
    group matters, and that is kept. Every phrase starts with a plain letter.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The cues as one case-insensitive alternation (the reference `_CUES_LOWER` must agree with, see tests/test_prefilter.py),
# and the same for `casefree` text, grouped by first letter and searched without re.I: the same matches, faster.
_CUES = re.compile(r"\b(?:" + "|".join(p for p, _ in _CUE_PHRASES) + r")\s+", re.I)
_CUES_LOWER = re.compile(r"\b(?:" + _by_first_letter([p for p, _ in _CUE_PHRASES]) + r")\s+")
_QUOTED_MEETS = re.compile(r"[\"“]([^\"”]+?)\s+meets\s+([^\"”]+?)[\"”]")
_WHITESPACE = re.compile(r"\s+")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_EARLIER_WORK = re.compile(
    r"(?:star\s+of|known\s+for|fame\s+(?:as\s+\S+\s+)?in|breakout\s+in|debut\s+in|director\s+of|from\s+the\s+same|"
    r"also\s+from|(?:19|20)\d\d[’']s)\s*$",
    re.I,
)
# Words that may follow a title a weak cue introduced, ending the phrase (strong cues allow these and more).
_PHRASE_END_WORDS = tuple("with and or but in for from at as to which that where type style meets".split())
# What may follow a title a weak cue introduced: the end of the phrase.
_ENDS_PHRASE = re.compile(rf"^\s*(?:$|[,.;:!?)(\-–—]|(?:{'|'.join(_PHRASE_END_WORDS)})\b)")
# What may follow a title a strong cue introduced: anything but a lower-case content word the run would modify
# ("reminiscent of Hong Kong cinema"). Function words, verbs of being and adverbs in -ly are fine.
_AFTER_TITLE_WORDS = frozenset(_PHRASE_END_WORDS) | frozenset(
    "is are was were has had have does did "
    "would will can could might may should about without than so too a an the its his her their this these those who "
    "whose when while though although even if more less much nearly almost only just very all not no nor yet still "
    "because since into onto over under through throughout like on by via minus plus crossed lite here there again now then "
    "ever rather looms loomed hangs hung hovers hovered energy vibes vibe".split()
)
_NEXT_WORD = re.compile(r"^\s+([a-z][\w’'-]*)")
_FILM_NOUNS = "films|movies|flicks|thrillers|dramas|comedies|classics|pictures|entries|titles|actioners|westerns|ones"
# (not the verb of "it plays like X"; "looks like Adonis" is a face, not a film)
_NON_FILM_PLURAL = re.compile(rf"^(?!(?:{_FILM_NOUNS}|plays)$)[a-z]+s$")
_SAME_NAME = re.compile(r"^\s*(?:spin-?off|sequel|remake|film|movie)?\s*(?:spin-?off|sequel|remake)\s+of\s+the\s+same\s+name", re.I)
_NOT_TITLES = frozenset(
    "i you he she it we they this that the a an me him her us them most some one many all each his their our my "
    "these those there here what which who so then".split()
)
# Between a cue and its title: a possessive, and one adjective after it or after an article ("my beloved",
# "the obvious"), but not an era adjective, which dates a person's work ("early Spielberg", "his earlier X").
_ERA = (
    r"(?:early|late|later|vintage|peak|prime|young|younger|old|older|mid-period|late-period|classic|golden-age|"
    r"earlier|previous|last|latest|own|debut|first|next|new|recent)"
)
# One adjective right before the title: "beloved" in "my beloved X", "obvious" in "the obvious X".
_ADJECTIVE_BEFORE_TITLE = rf"(?!{_ERA}\b)[a-z][\w-]*\s+(?=[\"“A-Z0-9])"
# A nationality before a title after "like" makes it a local version of that film: "plays like a Taiwanese Before Sunrise"
# (after other cues it may open the title itself: "recalls An American Werewolf in London").
_NATIONAL_LEAD = r"an?\s+(?:" + "|".join(sorted((k.title() for k in COUNTRIES if k not in ("us", "uk", "usa")), key=len, reverse=True)) + r")\s+(?=[\"“A-Z0-9])"
_LEAD = re.compile(
    rf"^(?:(?:is|was)\s+)?"  # "the film it most recalls is X"
    rf"(?:(?:films?|movies?)\s+(?:like|such\s+as)\s+)?"  # "owes more to films like X"
    rf"(?:(?:my|his|her|their|our|your|its)\s+(?:{_ADJECTIVE_BEFORE_TITLE})?"
    rf"|the\s+(?:19|20)\d\d\s+(?=[\"“A-Z])"  # "the 2011 Tinker Tailor Soldier Spy"
    rf"|(?:the|a|an)\s+{_ADJECTIVE_BEFORE_TITLE})?"
)
# After a weak cue only a list opener or a nationality is skipped: "like a hyperactive 11-year-old", "like a young X" are
# not titles.
_LEAD_WEAK = re.compile(rf"^(?:(?:films?|movies?)\s+like\s+|the\s+likes\s+of\s+|{_NATIONAL_LEAD})?")
_SUPERLATIVE = re.compile(r"\b(?:best|worst|\w{2,}est|most\s+[a-z]+|first)\b(?:\s+[\w-]+){0,4}\s*$", re.I)
# "Paris has rarely looked this candy-coloured since X", "Nobody has done it like this since X": nothing like it since X.
_NEVER_BEFORE = re.compile(r"\b(?:never|rarely|seldom|nobody|no\s+one|nothing|not)\b[^,;:.!?]*$", re.I)
# "has not given a convincing performance since X": an actor's earlier work, no comparison.
_PERFORMANCE_SINCE = re.compile(r"\b(?:performances?|roles?|turns?|given|played)\b[^,;:.!?]*$", re.I)
# Where a phrase opener may stand: the start of the sentence or of a clause.
_CLAUSE_START = re.compile(r"(?:^[\s\"“‘'(]*|[,;:(—–]\s*|\b(?i:and|but|so|yet|while|though|although|because)\s+)$")
# Adverbs between an opener and its title: "it's basically X with Y".
_OPENER_ADVERB = re.compile(
    r"^(?:(?:basically|essentially|just|simply|really|quite|exactly|pretty\s+much|more\s+or\s+less|little\s+more\s+than|"
    r"nothing\s+more\s+than|like|kind\s+of|sort\s+of)\s+)?"
)
# What follows a title an opener introduced: "It's X with Y", "It's X for the TikTok era", "It's X compressed into".
_ENDS_OPENER = re.compile(
    r"^\s*(?:$|[,.;:!?)(\-–—]|(?:with|and|or|but|in|for|at|as|meets|without|minus|plus|by|crossed|on|via|only|told|set|"
    r"done|remade|retold)\b|[a-z]+ed\s+(?:into|as|for|with|in|through|by|to|from|on)\b)"
)
# What follows a title after a bare "It's" (no adverb): only a comparison's twist ("It's X with Y", "It's X for the
# TikTok era", "It's X in a sharper suit"), since "It's 1962 in Ohio," and "It's June the 6th," set a scene.
_ENDS_IT_IS = re.compile(
    r"^\s*(?:(?:with|for|meets|without|minus|plus|crossed|via|by\s+way\s+of|but\s+with|in\s+an?)\b|"
    r"[a-z]+ed\s+(?:into|as|for|with|in|through|by|to|from|on)\b)"
)
_ENDS_KIND_OF = re.compile(r"^\s+(?:would|could|might|will|used\s+to|(?:once\s+)?did)\b")
# Suffixes after a title: "a X knockoff", "X-lite"; `_SUFFIX_STEMS` is the cheap pre-check.
_SUFFIX_LOWER = re.compile(
    r"(?<=[\w”\"’])-(?:lite|esque|style|sized|level)\b|\s(?:knock-?offs?|rip-?offs?|clones?|wannabes?|copycats?|retreads?|imitations?|influence|template|playbook"
    # "the Reservoir Dogs comparisons are unavoidable", "in the Evil Dead mould"
    r"|comparisons|mould|mold|vibes)\b"
    # The film's model named first: "Memories of Murder is the obvious reference point", "... was the touchstone".
    r"|\s(?:is|was)\s+(?:the|its|their)\s+(?:(?:obvious|clear|real|closest|nearest|main|chief|true)\s+)?"
    r"(?:touchstone|reference(?:\s+point)?|template|blueprint|lodestar|model)\b"
)
_PHRASE_ARTICLE_SUFFIXES = frozenset({"influence", "comparisons", "mould", "mold"})
_SUFFIX_STEMS = ("-lite", "-esque", "-style", "-sized", "-level", "knock", "rip-off", "ripoff", "clone", "wannabe", "copycat", "retread",
                 "imitation", "influence", "template", "playbook", "comparisons", "mould", "mold", "touchstone", "reference",
                 "blueprint", "lodestar", "model", " vibes")
# Words that open a sentence without being part of a title read backwards from a cue ("It's X meets Y").
_OPENER_WORDS = frozenset(
    "it's it’s that's that’s here's here’s there's there’s what's what’s this think imagine picture however so and "
    "but basically essentially yes well still now then also plus like as for following when if after before with "
    "without in on at from by of to a an he's he’s she's she’s they're they’re".split()
)
_POSSESSIVE_END = re.compile(r"['’]s\.?$")
_OWNER = re.compile(r"^((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)['’]s\s+")
# "and the"/"and a" stay inside: "An Officer and a Gentleman"; so does "&", which critics write inside titles, not between them
_AND = re.compile(r"\s+and\s+(?!(?:the|a|an)\b)")
_ADJECTIVE_SUFFIX = re.compile(r"(?:ian|ean|esque)$")
_NUMBER = re.compile(r"^[\d.,]+(?:s|th|st|nd|rd)?$")
# Directors a review likes to compare a film to: one word, no title ("a touch of Hitchcock"), and an owner who makes
# the title after it a film ("Tarkovsky's Solaris").
_DIRECTORS = frozenset(
    "hitchcock kubrick spielberg scorsese lynch tarantino ozu bergman fellini kurosawa welles godard truffaut haneke "
    "nolan fincher malick altman cronenberg coppola wilder capra chaplin antonioni tarkovsky bresson renoir lang "
    "murnau dreyer buñuel bunuel almodovar almodóvar sirk ford hawks huston kiarostami kieslowski fassbinder herzog "
    "wenders polanski lean peckinpah leone carpenter craven argento romero raimi cameron".split()
)
# Proper nouns a cue may introduce that are not films: places, platforms, studios, festivals, days.
_NOT_FILMS = frozenset(
    "netflix hulu amazon disney disney+ hbo mubi shudder peacock youtube tiktok pixar ghibli marvel dc dreamworks a24 "
    "blumhouse miramax hollywood bollywood nollywood tollywood broadway sundance cannes venice berlin berlinale toronto "
    "tiff sxsw tribeca telluride busan locarno rotterdam sitges london paris tokyo seoul rome madrid chicago beijing "
    "shanghai mumbai manhattan brooklyn vegas moscow istanbul cairo tehran lagos sydney monday tuesday wednesday "
    "thursday friday saturday sunday january february march april june july august september october november "
    "december christmas easter thanksgiving hanukkah ramadan diwali wales scotland england europe africa asia america "
    "god jesus satan bible mgm fox columbia tristar lionsgate universal paramount warner rko bbc itv pbs mtv "
    # Authors a review likes to compare a film to, whose one-word name is not a title.
    "shakespeare dickens austen kafka tolstoy spielberg's elvis".split()
) | _DIRECTORS | frozenset({"new york", "new york city", "los angeles", "hong kong", "las vegas", "studio ghibli", "apple tv+",
               "prime video", "amazon prime", "christmas eve", "new year", "new year's eve", "new year’s eve",
               # events a time phrase names ("never this tense since World War II")
               "world war i", "world war ii", "world war one", "world war two", "the second world war",
               "the first world war", "cold war", "the cold war", "great depression", "the great depression"})


# What `_clean` strips: a leading "first" or year ("1994's X"), a trailing year ("Sleeping Beauty in 1959"),
# a trailing "film"/"franchise" and a trailing "type"/"-style"/"-esque".
_FIRST_OR_DECADE_START = re.compile(r"^(?:the\s+first|first|(?:19|20)?['’]?\d\d['’]s)\s+", re.I)
_IN_YEAR_END = re.compile(r"\s+in\s+(?:19|20)\d\d$")
_FILM_WORD_END = re.compile(r"\s+(?:film|movie|franchise|series)s?$", re.I)
_STYLE_END = re.compile(r"(?:\s+(?:type|style)|-(?:style|esque|lite|like|level))$", re.I)


@dataclass(frozen=True)
class _Context:
    """What a candidate title is checked against: the film's own title and the review's people."""

    own: str
    people: frozenset[str]  # folded full names
    people_words: frozenset[str]  # folded words of those names (a surname alone: "Haneke")


def _clean(title: str) -> str | None:
    """The title without quotes, a leading "first" or year, a trailing year, "film" or "-style"; None for a non-title word."""
    title = title.strip(_Q + " ,.;:!?()")
    title = _FIRST_OR_DECADE_START.sub("", title)  # "1994's X"
    title = _IN_YEAR_END.sub("", title)  # "Sleeping Beauty in 1959"
    title = _FILM_WORD_END.sub("", title)
    title = _STYLE_END.sub("", title)
    if not title or fold(title) in _NOT_TITLES or fold(title) in COUNTRIES or not title[0].isupper() and not title[0].isdigit():
        return None
    return title


def _is_person(name: str, context: _Context) -> bool:
    """A credited person of the review, or one word of such a name ("Haneke")."""
    key = fold(name)
    return key in context.people or (" " not in key and key in context.people_words)


def _accept(title: str, context: _Context, vouched: bool = False) -> str | None:
    """The cleaned title if it can be a film: not a person (of the review, or a name that does not read as a title),
    a place, a platform, a number or an adjective."""
    cleaned = _clean(title)
    if cleaned is None:
        return None
    if not vouched and looks_like_full_name(cleaned) and not _reads_as_title(cleaned, vouched):
        return None  # "comparisons to Jimmy Stewart"
    if vouched and any(w.islower() and w not in _SMALL_SET for w in cleaned.split()):
        return None  # "reminded me of the so-called "Pizza wars"": a phrase, not a title
    key = fold(cleaned)
    first, _, others = key.partition(" ")
    if key in _NOT_FILMS or _NUMBER.match(key) or _is_person(cleaned, context):
        return None
    if first in _NOT_FILMS and _NUMBER.match(others or "x"):  # "October 31"
        return None
    if " " not in cleaned and _ADJECTIVE_SUFFIX.search(key):
        return None  # "Hitchcockian"
    return cleaned


def _is_word(word: str) -> bool:
    """An English word usually written in lower case and not also a given name ("Bad", not "Grace" or "Will")."""
    return is_common_word(word) and fold(word) not in GIVEN_NAMES_ALSO_WORDS


# Articles of other languages, which open titles ("La Haine", "Das Boot", "Il Postino", "La La Land") far more often than names.
# (not "Le", which opens family names as often: "Le Carré", "Le Pen")
_FOREIGN_ARTICLES = frozenset({"La", "Les", "Il", "El", "Los", "Las", "Das", "Der", "Die"})


@lru_cache(maxsize=1)
def _title_lines() -> tuple[str, ...]:
    """The titles of real films in `resources/film_titles.txt` (rebuilt by `train/film_titles.py` from ../shared/data)."""
    text = files("consensus.resources").joinpath("film_titles.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def known_titles() -> frozenset[str]:
    """The shipped titles, folded."""
    return frozenset(fold(title) for title in _title_lines())


def is_known_title(title: str) -> bool:
    """Whether `title` is the title of a film the shipped list knows ("Heat", "Annie Hall"), in any case or accents."""
    return fold(title) in known_titles()


def _reads_as_title(title: str, quoted: bool, english_opening: bool = True, known_one_word: bool = True) -> bool:
    """Whether a run reads as a title by itself, not as a person's name.

    Quoted, a title of a real film (`is_known_title`: "Heat", "Annie Hall"), opened by an article (of any language: "La
    Haine"), in capitals, holding a digit, an ampersand ("Marley & Me") or a lower-case function word ("Walk the Line"),
    or opening with an English word ("Bad Santa", "Local Hero"; not "Mina Park", "Grace Kelly"), or with one
    second in a longer run ("Saving Private Ryan"). A single word never reads as a title by itself. Without
    `english_opening` the English words do not count: after cues that introduce people and things as often as films
    ("Unlike Captain America, the hero ...", "the ghost of Old Hollywood", "a Super Bowl-level budget").
    """
    words = title.split()
    if quoted or any(ch.isdigit() for ch in title) or words[0] in ("The", "A", "An"):
        return True
    if (known_one_word or len(words) > 1) and is_known_title(title):
        return True
    if len(words) < 2:
        return False
    if title.isupper() or any(w.islower() for w in words[1:]) or "&" in words or words[0] in _FOREIGN_ARTICLES:
        return True
    return english_opening and (_is_word(words[0]) or (len(words) > 2 and _is_word(words[1])))


def _split_and(run: str, pair: bool) -> list[str]:
    """The titles of a run joined by "and": "The Exorcist and Hereditary" is two, "Fanny and Alexander" one.

    Two single words around "and" are one title ("Harold and Maude") unless the cue asks for a pair
    ("a cross between X and Y"); "and the" stays inside a title ("The Fast and the Furious").
    """
    parts = _AND.split(run)
    if pair or len(parts) == 1:
        return parts
    titles: list[str] = []
    for part in parts:
        if titles and part == "I":
            titles[-1] += " and I"  # "The Gleaners and I", "Withnail and I": no title is "I"
        elif titles and " " not in part and " " not in titles[-1] and titles[-1] in parts:
            titles[-1] += " and " + part  # two single words: one title
        else:
            titles.append(part)
    return titles


def _ends_well(after: str, kind: str) -> bool:
    """Whether the text after a run lets it be a title the cue introduced (see `_ENDS_PHRASE`, `_AFTER_TITLE_WORDS`)."""
    if kind in (WEAK, SINCE):  # "since Joe has taken a picture": a clause, not a title
        return bool(_ENDS_PHRASE.match(after))
    if kind == OPENER:
        return bool(_ENDS_OPENER.match(after))
    if kind == IT_IS:
        return bool(_ENDS_IT_IS.match(after))
    if kind == KIND_OF:
        return bool(_ENDS_KIND_OF.match(after))
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return True
    word = nxt.group(1)
    return word in _AFTER_TITLE_WORDS or word.endswith("ly")


def _owner_is_not_title(owner: str, rest: str, context: _Context) -> bool:
    """Whether "<owner>'s <rest>" names the film `rest` of a person or studio, rather than one title.

    A full name, a person of the review or a studio owns the film ("Michael Haneke's Caché", "Disney's Toy Story");
    so does one word before a longer title ("Coppola's Apocalypse Now") or before a word that is no English
    word ("Haneke's Caché"). One word before one English word is a title ("Schindler's List", "Rosemary's Baby").
    """
    if looks_like_full_name(owner) or _is_person(owner, context) or fold(owner) in _NOT_FILMS:
        return True
    if " " in owner or fold(owner) in _NOT_TITLES:  # "There's Something About Mary"
        return False
    return " " in rest or not is_common_word(rest)


_PREPOSITION_CUT = re.compile(rf"(?:\s+{_SMALL})*?\s+(?:for|in|at|on|from|with|by|to)\s+")


def _shorter_end(rest: str, end: int, kind: str) -> int:
    """Where the run ending at `end` ends if it ran on into a phrase after the title ("Eat Drink Man Woman for the
    WeChat era" -> before "for"): the longest cut before a preposition whose continuation fits; `end` if none."""
    for cut in reversed(list(_PREPOSITION_CUT.finditer(rest, 0, end))):
        if _ends_well(rest[cut.start():], kind):
            return cut.start()
    return end


# A title of another language written as it writes titles, its words after the first in lower case: "La haine", "Le
# samouraï", "Los olvidados", "Il postino" (`_foreign_title_in_lower_case`).
_FOREIGN_LOWER_TITLE = re.compile(r"(?:La|Le|Les|Los|Las|El|Il|Lo|Das|Der|Die)(?:\s+[^\W\d_A-Z][\w'’-]*){1,5}")


def _foreign_title_in_lower_case(rest: str) -> tuple[str, int] | None:
    """(the title, where it ends) of a `_FOREIGN_LOWER_TITLE` opening `rest`, cut before its first English word ("Le
    samouraï until the tape wore thin" -> "Le samouraï"); None when the word after the article is English ("Die in")."""
    m = _FOREIGN_LOWER_TITLE.match(rest)
    if not m:
        return None
    words = m.group().split()
    kept = 1
    while kept < len(words) and not is_common_word(words[kept].strip("'’")):
        kept += 1
    if kept == 1:
        return None
    title = " ".join(words[:kept])
    return title, rest.find(words[kept - 1]) + len(words[kept - 1])


def _run_at(rest: str, kind: str, context: _Context) -> tuple[str, int, bool] | None:
    """The title run at the start of `rest`: (its text, where it ends, whether vouched for), or None.

    A quoted title, or one a person or studio owns ("Ridley Scott's Robin Hood"), is vouched for: it is
    a work even when it reads like a name.

    A possessive owner is dropped when it is a person ("Ridley Scott's Robin Hood" -> Robin Hood) and kept
    inside the title otherwise ("Schindler's List"); a possessive before a lower-case noun is a person's thing
    ("Wong Kar-Wai's works") unless the owner reads as a title ("Fanny and Alexander's Christmas scenes").
    """
    m = _QUOTED.match(rest)
    if m:
        if kind == IT_IS and not _ends_well(rest[m.end():], kind):
            return None  # "It's "The American West in 1905," and ...": a scene, not a title
        return m.group(1), m.end(), True
    if foreign := _foreign_title_in_lower_case(rest):
        return foreign[0], foreign[1], False
    m = _TITLE_RUN.match(rest)
    if not m:
        return None
    title, end = m.group(0), m.end()
    possessive = bool(_POSSESSIVE_END.search(title))
    if not possessive and not _ends_well(rest[end:], kind):
        end = _shorter_end(rest, end, kind)
        title = rest[:end]
        possessive = bool(_POSSESSIVE_END.search(title))
    if possessive and not _NEXT_WORD.match(rest[end:]):
        # "reminiscent of Kubrick's "The Killing"" (not after a weak cue: "like Elton John's "Song"" is no film)
        quoted = _QUOTED.match(rest[end:].lstrip()) if kind != WEAK else None
        if not quoted:
            return None
        return quoted.group(1), len(rest) - len(rest[end:].lstrip()) + quoted.end(), True
    if possessive:
        owner = title[:-2]
        if kind in (WEAK, IT_IS) or " " not in owner or looks_like_full_name(owner) or _is_person(owner, context):
            return None
        return owner, end, False  # the title's own possessive ends it: "Pickle and Mabel's picnic"
    owner_m = _OWNER.match(title)
    owned = False
    if owner_m and _owner_is_not_title(owner_m.group(1), title[owner_m.end():], context):
        # A person's film is a work even when name-shaped ("Ridley Scott's Robin Hood"); a title's character is not
        # ("SHINE's Peter Helfgott").
        owner = owner_m.group(1)
        owned = looks_like_full_name(owner) or _is_person(owner, context) or (
            fold(owner) in _DIRECTORS and not looks_like_full_name(title[owner_m.end():].strip(" .,;:!?")))  # (not "Carpenter's Michael Myers")
        title = title[owner_m.end():]
    if not _ends_well(rest[end:], kind):
        return None
    return title, end, owned


_ROLE_IN = re.compile(r"^((?:[A-Z][\w.-]*(?:['’]s?)?\s+){0,3}[A-Z][\w.-]*)\s+(?:in|from)\s+(?=[\"“A-Z0-9])")


def _after_role(rest: str, context: _Context) -> str:
    """`rest` without a person or character before "in"/"from" a title ("like Reeves in John Wick",
    "recalls Gena Rowlands' Mabel in X"): the film is compared, not the actor. A run that reads as a title
    stays ("like Midnight in Paris")."""
    m = _ROLE_IN.match(rest)
    if not m:
        return rest
    who = m.group(1)
    words = who.split()
    possessive = any(w.endswith(("'", "’", "'s", "’s")) and not is_common_word(w.rstrip("'’s")) for w in words[:-1])
    if possessive or _is_person(who, context) or (
        len(words) == 1 and not is_common_word(who)) or (looks_like_full_name(who) and not _reads_as_title(who, False)):
        return rest[m.end():]
    return rest


# What joins the titles of a list: ", X", ", or X", " and X", " meets X" (after an optional year: "X (1999), Y").
_LIST_NEXT = re.compile(r"^\s*(?:\(\d{4}\))?\s*(?:,\s*(?:or|and)?\s*|\s+(?:or|and)\s+|\s+meets\s+)")


# "closer to the austerity of Miguel Gomes's Tabu": a quality of a person's film, after a strong cue.
_QUALITY_OF_OWNED = re.compile(r"^the\s+[a-z]+\s+of\s+(?=(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+[\"“A-Z0-9])")
# Cues as likely to introduce people and things as films: what follows needs a title's shape beyond an English word.
_PEOPLE_TOO_CUES = frozenset({"unlike", "ghost", "spectre", "pure"})  # ("pure Grand Guignol", "pure Old Hollywood")
_NATIONAL = re.compile(_NATIONAL_LEAD)
_TWO_WORDS_AND = re.compile(r"^[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*$")  # "Lily and Chloe"
_YEAR_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\)")
# "Think a Gen-Z X", "Picture a Nigerian X": a lower-case article and one word before the title after think/picture/imagine.
_THINK_A = re.compile(r"^an?\s+[\w-]+\s+(?=[\"“A-Z0-9])")

# What follows the film in "Think X, but with ...", "Picture X but in Lisbon": the template makes even one word a title.
_BUT_AFTER = re.compile(r"^\s*,?\s+but\s+(?:with|in|for|set|about|on|without|make|if|the)\b")
# Cues after which one capitalised word can be a title by itself (`_one_word_title`): a negated measure ("It's no
# Memento, but ..."), and what a viewer loved, saw or grew up on ("anyone who loved Arrival will ...").
_NO_MEASURE_CUE = re.compile(r"^it(?:[’']s|\s+is)\s+no$")
OWN_IS = "<the film> is"  # the cue of "<the film's own title> is X with Y" (`find_compared_films`)
_VIEWERS_FILM_CUE = re.compile(r"^(?:(?:who|you)\s+(?:loved|liked|enjoyed|adored)|you[’']ve\s+seen|grew\s+up\s+(?:on|watching|loving)|fans\s+of"
                               r"|(?:who|that)\s+(?:championed|embraced)|who\s+turned\s+out\s+for)$")
# What may follow such a one-word title: the end of the clause, "let alone", or the verb of "who loved X will ...".
_ONE_WORD_END = re.compile(
    r"^\s*(?:$|[,.;:!?)]|(?:and|or|but|let\s+alone)\b|(?:will|would|should|may|might|can|must)\s+[a-z])")


def _without_owner(title: str, context: _Context) -> str:
    """A title of a pair without the person owning it ("Don Siegel's DIRTY HARRY" -> DIRTY HARRY)."""
    owner = _OWNER.match(title)
    return title[owner.end():] if owner and _owner_is_not_title(owner.group(1), title[owner.end():], context) else title


def _one_word_title(part: str, cue: str, after: str) -> bool:
    """Whether one capitalised word after a light or opener cue is a title although it has no title's shape.

    After "It's no" it is, when it ends the clause ("It's no Memento, but ...": the critic measures the film against
    another; "It's no Hitchcock" names a director, which `_accept` refuses). After the film's own title and "is", an
    English word that is no given name is, before a twist ("Whistler's Drop is Cliffhanger with better knots"). After
    "who loved", "you've seen", "grew up on" or "fans of" only an English word that is no given name is ("anyone who
    loved Arrival will ...", "if you loved Cars, ..."; not "who loved Grace" nor "fans of Beyoncé", who may be people)."""
    if " " in part or not part[:1].isupper():
        return False
    if cue == OWN_IS:  # "Whistler's Drop is Cliffhanger with better knots": a twist must follow
        return _is_word(part) and bool(_ENDS_IT_IS.match(after))
    if not _ONE_WORD_END.match(after):
        return False
    if _NO_MEASURE_CUE.match(cue):
        return True
    return bool(_VIEWERS_FILM_CUE.match(cue)) and _is_word(part)


def _titles_after(text: str, kind: str, context: _Context, cue: str = "") -> list[str]:
    """Titles at the start of `text`: a quoted title or a title-shaped run, then `, X, or Y` lists. `cue` is the cue,
    lower-cased with single spaces: after "think"/"picture"/"imagine" an article and one word may stand before the
    title ("Think a Gen-Z X"); after `_PEOPLE_TOO_CUES` the title needs a title's shape beyond an opening English word;
    after some cues one word is a title (`_one_word_title`)."""
    cue_word = cue.split(" ", 1)[0]
    titles: list[str] = []
    lead = {WEAK: _LEAD_WEAK, OPENER: _OPENER_ADVERB, IT_IS: _OPENER_ADVERB}.get(kind, _LEAD).match(text)
    rest = text[lead.end():] if lead else text
    if kind == OPENER and cue_word in ("think", "picture", "imagine") and (a := _THINK_A.match(rest)):
        rest = rest[a.end():]
    elif kind == STRONG and (quality := _QUALITY_OF_OWNED.match(rest)):
        rest = rest[quality.end():]
    if kind == IT_IS and lead and lead.group(0):
        kind = OPENER  # "it's basically X, ...": the adverb makes it a comparison
    adjective = bool(lead and kind not in (OPENER, IT_IS) and len(lead.group(0).split()) > 1)
    for _ in range(4):
        rest = _after_role(rest, context)
        found = _run_at(rest, kind, context)
        if found is None:
            break
        run, end, vouched = found
        # "Vertigo (1958)": a dated work (not "Grace Kelly (1956)", a person in a year)
        vouched = vouched or bool(_YEAR_AFTER.match(rest[end:])) and not looks_like_full_name(run)
        if adjective and not vouched and " " not in run and not (_NATIONAL.match(text) and _is_word(run)):
            break  # "compared to the technobrats Bruckheimer employs": one word after an adjective is a name (but an
            # English word after a nationality is a local version of a film: "plays like a French Hereditary")
        if cue_word in _PEOPLE_TOO_CUES and not vouched and (
                not _reads_as_title(run, False, english_opening=False) or _TWO_WORDS_AND.match(run)):
            break  # "Unlike Captain America, the hero ...", "Unlike Lily and Chloe", "the ghost of Princess Diana": people
        parts = [run] if vouched and kind != PAIR else [_without_owner(p, context) for p in _split_and(run, kind == PAIR)]
        if kind == PAIR and not any(_reads_as_title(part, vouched) for part in parts):
            break  # "a cross between Hercule and Poirot": one side at least must read as a title
        for part in parts:
            if kind in _NEEDS_TITLE_SHAPE and not _reads_as_title(part, vouched) and not (
                kind == OPENER and len(parts) == 1 and _BUT_AFTER.match(rest[end:])
            ) and not (len(parts) == 1 and _one_word_title(part, cue, rest[end:])):
                continue  # "a touch of Hitchcock", "studied Law" (but "Think Gravity, but with a sulky teenager")
            title = _accept(part, context, vouched)
            if title:
                titles.append(title)
        nxt = _LIST_NEXT.match(rest[end:])
        if not nxt:
            break
        rest = rest[end + nxt.end():]
    return titles


def _cues_by_sentence(index: TextIndex) -> dict[int, list[tuple[int, int]]]:
    """Sentence index -> the spans of its cue matches, found by one scan of the whole review (see `TextIndex`)."""
    found: dict[int, list[tuple[int, int]]] = {}
    starts = [index.start(i) for i in range(len(index.texts))]
    for m in _CUES_LOWER.finditer(index.lowered):
        i = bisect_right(starts, m.start()) - 1
        found.setdefault(i, []).append((m.start() - starts[i], m.end() - starts[i]))
    return found


@lru_cache(maxsize=1024)
def _kind_of(cue: str) -> str:
    """The kind of a matched cue (lower-cased, with its trailing whitespace): that of the first phrase it is."""
    for pattern, kind in _KINDS:
        if pattern.fullmatch(cue):
            return kind
    return WEAK


def _context(film: Film, people: Sequence[str], mentions: Sequence[str]) -> _Context:
    """The checks' context from the film, the names of the review's credited people and the family names of the
    full names it mentions ("Michael Haneke ... Haneke's touch"; a mentioned title's last word blocks only that word)."""
    names = frozenset(fold(p) for p in people if p)
    words = {w for n in names for w in n.split()}
    words |= {fold(m).split()[-1] for m in mentions if " " in m.strip()}
    return _Context(own=fold(film.title or ""), people=names, people_words=frozenset(words))


_QUOTED_AT_END = re.compile(r"[\"“‘]([^\"“”‘’]{2,60})[\"”’]\s*$")


def _ends_quoted(before: str) -> bool:
    """Whether `before` ends on a closing quote: the run read back from it is a quoted title."""
    return before.rstrip()[-1:] in "”\"’"


def _title_before(before: str) -> str | None:
    """The title-shaped run that ends `before` (read backwards from a cue: "the plot is Local Hero" -> Local Hero).

    Capitalised words and the function words between them; a run reaching the start of the sentence loses the
    words that open sentences ("It's Bend It Like Beckham" -> Bend It Like Beckham, "However"). A quote opens it; a
    quoted title ending `before` is read whole.
    """
    if quoted := _QUOTED_AT_END.search(before):
        return quoted.group(1)  # '"Repulsion"-esque'
    words = before.rstrip().split(" ")
    run: list[str] = []
    reached_start = True
    for word in reversed(words):
        if not word or word[-1] in ",;:!?)(”\"—–":
            if not run:
                return None  # "Like SEVEN, COPYCAT": the cue does not follow a title
            reached_start = not word and not any(words[: len(words) - len(run) - 1])
            break
        opened = word[0] in "\"“‘"
        word = word.lstrip("\"“‘")
        if word[:1].isupper() or word[:1].isdigit() or (run and (word in _TITLE_SMALL or word == "&")):
            run.insert(0, word)
        else:
            reached_start = False
            break
        if opened or len(run) > 8:
            reached_start = False
            break
    while run and run[0] in _TITLE_SMALL:
        run.pop(0)
    while reached_start and run and fold(run[0]) in _OPENER_WORDS:
        run.pop(0)
    return " ".join(run) or None


def _connected(before: str, tail: str, kind: str, context: _Context) -> list[str]:
    """Both titles a connector joins ("X meets Y", "X by way of Y"), or none: one side at least must read as a title
    by itself ("Local Hero by way of X"), so that "Kyle meets Rachel" is no comparison."""
    first = _title_before(before)
    after = _titles_after(tail, kind, context)
    if not first or not after:
        return []
    after_reads = _reads_as_title(after[0], False)
    # "John Wick meets Run Lola Run": a name-shaped run joined to a title is a title too (not a person of the review)
    title = _accept(first, context, vouched=after_reads and not any(w.islower() for w in first.split()))
    if not title or not (_reads_as_title(first, False) or after_reads):
        return []
    return [title, *after]


_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


def _title_read_back(before: str, context: _Context, adjust: Callable[[str], str | None] | None = None,
                     english_opening: bool = True, known_one_word: bool = False) -> str | None:
    """The film a cue after `before` follows: the title-shaped run ending `before` (`_title_before`), set right by
    `adjust` (None: no title), when it reads as a title (`_reads_as_title`; one known word only with `known_one_word`)
    and can be a film (`_accept`); None after the cast's earlier work ("star of X-lite")."""
    if _EARLIER_WORK.search(before):
        return None
    run = _title_before(before)
    if run and adjust is not None:
        run = adjust(run)
    quoted = _ends_quoted(before)
    if run and not quoted:
        run = _without_owner(run, context)  # "Scorsese's Taxi Driver is the lodestar here"
    if not run or not _reads_as_title(run, quoted, english_opening=english_opening, known_one_word=known_one_word):
        return None
    return _accept(run, context)


def _suffixed(sentence: str, context: _Context) -> list[str]:
    """Titles before a suffix cue: "a Basic Instinct knockoff", "it's Toy Story-lite" (read backwards)."""
    titles: list[str] = []
    for m in _SUFFIX_LOWER.finditer(casefree(sentence)):
        if not sentence[m.start() : m.end()].islower():
            continue  # "Like SEVEN, COPYCAT isn't ...": a title, not a suffix
        # "The Kaurismäki influence", "the Streep comparisons", "in the Evil Dead mould": the article is the phrase's, not a
        # title's; "a Super Bowl-level budget": a measure of anything, so a title's shape beyond an English word
        adjust = (lambda run: _ARTICLE.sub("", run)) if m.group().strip() in _PHRASE_ARTICLE_SUFFIXES else None
        # (one known word before a word suffix: "the Juno comparisons", "Heat vibes"; not before a hyphen, where it is a
        # character or a tale as often: "Dracula-esque", "a Cinderella-style win")
        if title := _title_read_back(sentence[: m.start()], context, adjust, english_opening=m.group() != "-level",
                                     known_one_word=not m.group().startswith("-")):
            titles.append(title)
    return titles


# A title opening its sentence, then what the critic says of it as this film's measure: "THE BIG CARNIVAL did this theme
# better", "Underwater did this better", "the wicker man did the pagan-village thing first", "CROCODILE DUNDEE this
# ain't", "Alien is the template", "Erin Brockovich is the film everyone will mention", "Memories of Murder is the
# inevitable reference point", "2046 hovers over every frame". Read backwards (`_predicated`). (`_suffixed` reads the
# commonest of these nouns after a title-shaped run anywhere in the sentence; here the run opens it, and a one-word title
# is read before a deed or a work.)
_PREDICATE = re.compile(
    r",?\s(?P<deed>did|does|has\s+done|had\s+done)\s+(?:this|it|that|the\s+(?:[\w-]+\s+){1,4}?thing)\b(?=[^.;]{0,30}?\b(?:better|first|already|before|earlier)\b)"
    # (then the clause ends: "Although it isn't a masterpiece" denies something else; not after a comma: "No Theodora, it
    # isn't" answers someone)
    r"|\s(?P<denied>(?:this|it)\s+(?:is\s+not|isn[’']t|ain[’']t))(?=\s*(?:[.;!?]|,\s+(?:but|and|though|although)\b|\s(?:but|though)\b))"
    r"|\s(?:is|was)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:model|influence|inspiration|ancestor|lodestar|touchstone|"
    r"reference(?:\s+point)?|forebear|comparison|precursor|antecedent|forerunner"
    # (what only a work is: a name before it is a title's, "Mildred Pierce is the template"; a person may be a touchstone)
    r"|(?P<work>template|blueprint|benchmark|yardstick))\b"
    r"|\s(?:is|was)\s+the\s+(?P<film>film|movie)\s+(?:everyone|everybody|critics|people|reviewers)\s+will\s+(?:mention|cite|reach\s+for|compare)"
    r"|\s(?:hovers?|looms?|hangs?)\s+over\s+(?:every|each|the\s+whole)\b"
    # what a film did for this one: "Jaws gets a knowing nod", "Knives Out set the template", "X cast a long shadow",
    # "X covered similar ground"
    r"|\s(?P<nod>(?:gets|got|earns|earned)\s+an?\s+(?:[a-z]+\s+)?nod|(?:set|sets)\s+the\s+template|(?:cast|casts)\s+a\s+long\s+shadow"
    r"|(?:covered|covers|trod|treads)\s+(?:similar|the\s+same)\s+ground)\b"
    # what a film is to this one: "La Strada is so obviously the model", "Heat is an unavoidable comparison", "Gravity is the
    # film Tether will be compared to", "Rashomon is name-checked", "Persona is impossible not to think of"
    r"|\s(?:is|was)\s+(?:so\s+)?(?:obviously|clearly|plainly)\s+(?:the|its)\s+(?P<obvious>model|template|blueprint|reference(?:\s+point)?)\b"
    r"|\s(?:is|was)\s+an?\s+(?:unavoidable|inevitable|obvious)\s+(?P<unavoidable>comparison|reference(?:\s+point)?)\b"
    r"|\s(?:is|was)\s+the\s+(?P<compared>film|movie)\s+[^,.;]{1,40}?\s+will\s+be\s+compared\s+to\b"
    r"|\s(?:is|was)\s+(?P<named>name-?checked|impossible\s+not\s+to\s+think\s+of)\b"
)
_PREDICATE_STEMS = ("did ", "does ", "done ", "this is not", "it is not", "this isn", "it isn", "this ain", "it ain", "model",
                    "influence", "inspiration", "ancestor", "lodestar", "touchstone", "reference", "forebear", "comparison",
                    "precursor", "antecedent", "forerunner", "template", "blueprint", "benchmark", "yardstick", "will mention",
                    "will cite", "will reach", "will compare", "hover", "loom", "hang", " nod", "shadow", " ground", "compared to",
                    "name-check", "namecheck", "think of")
# What may open the sentence before such a title: quotes, "But", "And", "Sure".
# (or a clause after a colon closing words in lower case, a semicolon or a dash: "Fair enough: Lady Bird is clearly the model",
# not the colon inside "2001: A Space Odyssey"; and a maker's possessive:
# "Tsai Ming-liang's "Goodbye, Dragon Inn" is the other touchstone")
_SENTENCE_OPENING = re.compile(r"^(?:.*?(?:[a-z]:|[;—–])\s*)?[\s\"“‘'(]*(?:(?:But|And|Sure|Still|Yes|Of\s+course),?\s+)?"
                               r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+[\"“‘']?)?$")


def _predicated(sentence: str, context: _Context) -> list[str]:
    """The title opening the sentence before a `_PREDICATE` ("Alien is the template"): quoted, shaped like a title, one
    English word that is no given name ("Memento this is not"; not "Grace did it first"), or any name before what only
    a work is ("Erin Brockovich is the film everyone will mention"; not one of the review's people)."""
    titles: list[str] = []
    for m in _PREDICATE.finditer(sentence):
        before = sentence[: m.start()]
        run = _title_before(before)
        if not run:
            continue
        at = before.rstrip(" ”\"’'").rfind(run)
        if at < 0 or not _SENTENCE_OPENING.match(before[:at]):
            continue
        quoted = _ends_quoted(before)
        if not quoted:
            run = _without_owner(run, context)  # "Fernando Meirelles's City of God is the template"
        work = bool(m.group("work") or m.group("film") or m.group("compared") or m.group("named"))
        # (one English word is a title only before a deed or a work: "Subtle it is not", "Money is the main influence")
        deed = any(m.group(g) for g in ("deed", "nod", "obvious", "unavoidable"))
        if quoted or work or _reads_as_title(run, False) or (" " not in run and _is_word(run) and deed):
            if title := _accept(run, context, vouched=quoted or work and " " in run):
                titles.append(title)
    return titles


# "X for the Instagram era", "a scruffy X for the VHS generation": a film remade for new viewers (read backwards).
_FOR_NEW_VIEWERS = re.compile(
    r"\s+for\s+(?:the|a|an|today[’']s)\s+(?:[\w’'+-]+\s+){0,3}?(?:era|generation|age|crowd|set)\b"
)
_INNER_THE = re.compile(r"^.+?\s(?=The\s)")


def _without_remake_lead(run: str) -> str | None:
    """The title of a remade film's run: without a lead before an inner "The" ("A Spanish The Full Monty"); None for a
    run with no letter ("solid 7/10 for a midnight crowd")."""
    run = _INNER_THE.sub("", run)
    return run if any(ch.isalpha() for ch in run) else None


def _remade_for(sentence: str, context: _Context) -> list[str]:
    """Titles before "for the ... era/generation/crowd": "Basic Instinct for the Instagram era", "A Spanish The Full
    Monty for the pension crowd"."""
    found = (_title_read_back(sentence[: m.start()], context, _without_remake_lead) for m in _FOR_NEW_VIEWERS.finditer(sentence))
    return [title for title in found if title]


# "If X was a family portrait, this is a group chat": the film set against X. The title is read by `_if_then`.
_IF_THEN = re.compile(
    r"^[\s\"“‘']*If\s+(?P<rest>[^,;]{2,140}?)\s+(?:was|is|were)\s+[^,;]{1,100},\s*(?:then\s+)?"
    r"(?:this|it|that|the\s+new\s+one)(?:\s+(?:one|film|movie|picture))?\s+is\b"
)


def _if_then(sentence: str, context: _Context) -> list[str]:
    """The title of "If X was ..., this is ...", when X is a title-shaped run that reads as a title by itself."""
    m = _IF_THEN.match(sentence)
    if not m:
        return []
    rest = m.group("rest")
    run = _TITLE_RUN.fullmatch(rest) or _QUOTED.fullmatch(rest)
    if not run:
        return []
    quoted = run.re is _QUOTED
    title = run.group(1) if quoted else run.group(0)
    if not _reads_as_title(title, quoted):
        return []
    accepted = _accept(title, context, quoted)
    return [accepted] if accepted else []


# What comes before "films like" when the films are an actor's: "known roles came in films like X", "his mark in movies like".
_ACTING_IN = re.compile(
    r"\b(?:roles?|performances?|appearances?|turns?|mark|starred|appeared|cameos?|parts?)(?:\s+(?:came|coming|have|has|had))?\s+in\s+(?:[a-z]+\s+){0,2}$")
_HAS_A_FILM = re.compile(
    r"\s+(?:has|have|had)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:film|movie|picture|thriller|drama|comedy|horror|"
    r"documentary|western|musical|romance|debut|feature|sequel|adaptation|biopic|animation|cast|director)\b"
)
# What before a weak cue ("like", "such as") makes the films after it someone's own work: "starred in films such as",
# "gave us good films like", "responsible for classic thrillers like", "Most of his films, like", "Black's previous work,
# such as".
_MAKERS_WORK_BEFORE = re.compile(
    r"\b(?:starred|starring|appeared|helmed|gave\s+us|blessed\s+us|responsible\s+for|filmography|career|r[eé]sum[eé]|"
    r"(?:his|her|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+,?\s+){0,4}?(?:films?|movies?|work|pictures?|roles?|hits?|successes|credits))\b"
    r"[^;:.!?()]{0,40}$")
_LOOMS = re.compile(r"\s+(?:looms|loomed|hangs|hung|hovers|hovered|falls|fell|lies|lay)\b")
# Cues that need more than their phrase, by the cue's first word. What may not come just before the cue: "plays the
# cousin of Elena" (a character's kin; "a close cousin of X" is a film's), "under the influence of" (a state).
_NOT_AFTER = {"cousin": "the ", "sibling": "the ", "influence": "under the "}
# What must follow the title: "the shadow of X looms large" (not "from the shadow of Independence Hall"), "Not since X
# has a British film been ..." (not "Not since Watergate has a scandal ...").
_MUST_FOLLOW = {"shadow": _LOOMS, "ghost": _LOOMS, "spectre": _LOOMS, "not": _HAS_A_FILM}
# "every crime picture has wanted to be Heat (1995)", "it's trying to be 2001: A Space Odyssey": a film wants to be
# another (not "she wants to be Miss Universe"). The cue's first words, and the film that must be the clause's subject.
_WANTS_TO_BE = frozenset({"want", "wants", "wanted", "wanting", "tries", "tried", "trying"})
_FILM_SUBJECT = re.compile(
    r"\b(?:it|this(?:\s+one)?|film|movie|picture|thriller|drama|comedy|satire|horror|musical|western|feature|debut|sequel|"
    r"remake|documentary|romance|epic|plot|story|script|screenplay|premise|finale|ending)(?:[’']s)?\s+(?:(?:of|from|in|since)\s+(?:[\w-]+\s+){1,5}?)?"  # "thriller of the last 30 years"
    r"(?:(?:has|have|had|is|was|that|which|really|clearly|so|badly|"
    r"desperately|just|also|obviously|plainly)\s+){0,3}$", re.I)


def _titles_of_cue(sentence: str, lowered: str, start: int, end: int, context: _Context) -> list[str]:
    """The titles one cue match in a sentence introduces (none when the cue stands in a non-comparison)."""
    before = sentence[:start]
    if _EARLIER_WORK.search(before):
        return []
    if sentence[start].isupper() and before.strip(_Q + " ") and before.rstrip()[-1:] not in (":", "—", "–", "("):
        return []  # a capitalised cue word inside a title or a credit: "Bend It Like Beckham", "Channel Four Films"
    if len(last := sentence[start:end].split()[-1]) > 1 and last.isupper() and not sentence.isupper():
        return []  # a cue ending inside a title in capitals: "a crook in THE WAY OF THE GUN" (not "shares DNA with")
    cue = lowered[start:end]
    kind = _kind_of(cue)
    if kind == WEAK and _WHITESPACE.sub(" ", cue.strip()) in ("like", "such as"):
        noun = _LAST_WORD.search(before)
        if noun and _NON_FILM_PLURAL.match(noun.group(1)):
            return []  # "surrounding countries like Mongolia": not films
    if cue.split()[1:2] in (["with"], ["to"]) and cue.startswith("than") and not any(
        _kind_of(m.group()) == STRONG for m in _CUES_LOWER.finditer(lowered[:start])
    ):
        return []  # "than with Y" ends a comparison already made ("more in common with X than with Y"), else it is none
    first_word = cue.split()[0]
    if first_word in ("film", "films", "movie", "movies") and _ACTING_IN.search(before):
        return []  # "known roles in films like GLORY", "performances in terrible movies like X": the cast's earlier work
    if kind == WEAK and _MAKERS_WORK_BEFORE.search(before):
        return []  # "the man that starred in films such as X", "Most of his films, like X": someone's own work
    if (not_after := _NOT_AFTER.get(first_word)) and lowered[:start].endswith(not_after):
        return []  # "plays the cousin of Elena", "under the influence of"
    never_since = kind == SINCE and not _SUPERLATIVE.search(before)
    if never_since and not _NEVER_BEFORE.search(before):
        return []  # "since 2019", "ever since Tuesday": time, not a comparison
    if never_since and _PERFORMANCE_SINCE.search(before):
        return []  # "has not given a convincing performance since X": the actor's earlier work
    if first_word in _WANTS_TO_BE and not _FILM_SUBJECT.search(before):
        return []  # "she wants to be Miss Universe": a person's wish, not a film's model
    if kind in (OPENER, IT_IS) and not _CLAUSE_START.search(before):
        return []  # "I think X", "what it is X"
    tail = sentence[end:]
    found = (_connected(before, tail, kind, context) if kind == CONNECTOR
             else _titles_after(tail, kind, context, _WHITESPACE.sub(" ", cue.strip())))
    titles: list[str] = []
    for title in found:
        at = tail.find(title)
        if at >= 0 and _SAME_NAME.match(tail[at + len(title):]):
            continue
        if (must_follow := _MUST_FOLLOW.get(first_word)) and not (at >= 0 and must_follow.match(tail[at + len(title):])):
            continue  # "the shadow of X looms large", "Not since X has a British film ..."
        if never_since and " " not in title and not _is_word(title):
            continue  # "never this tense since Watergate": one word that is no English word may be an event or a name
        titles.append(title)
    return titles


# A title in Markdown's italics, as .md reviews and some scraped pages write it ("*Drive*", "_2046_"): read as quoted.
# Not a rating's stars ("***"), a bullet ("* item") or a word joined by underscores ("snake_case").
# (Each branch opens on its mark, the look-behind after it: `re` then jumps from mark to mark.)
_ITALICS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]{1,80}?)(?<=[^\s*])\*(?![\w*])|_(?<![\w_]_)(?=[^\s_])([^_\n]{1,80}?)(?<=[^\s_])_(?![\w_])")


# A title in straight single quotes, as British reviews write it ("far closer to 'Local Hero'", "'Monsieur Hulot's
# Holiday' is invoked"): read as quoted. An apostrophe inside a word is no quote ("Hulot's", "don't"; "the boys' summer").
_SINGLE_QUOTED = re.compile(r"'(?<![\w'’]')([A-Z0-9](?:[^'\n]|'(?=[a-z])){1,60}?)'(?!\w)")


# Nouns for a person's own films ("his latest film", "Russell's debut feature").
_OWN_FILM_NOUNS = (r"(?:films?|movies?|pictures?|efforts?|features?|masterpieces?|debut|outings?|comedies|dramas|thrillers|hits?|"
                   r"classics?|successes)")
# What before a known title makes it the cast's or crew's earlier work, not a comparison ("who starred in Heat", "her
# debut, Amadeus", "director of Fargo"): searched in the clause before the title.
_WORK_BEFORE = re.compile(
    r"\b(?:star(?:red|ring|s)?|appear(?:s|ed|ing)?|play(?:s|ed|ing)?|roles?|parts?|debut|previous(?:ly)?|earlier|last|latest|"
    r"made|makes|directed|directs|directing|helmed|helms|wrote|written|writes|produced|shot|scored|edited|known|fame|famous|"
    r"breakout|career|r[eé]sum[eé]|"
    r"works?|credits?|filmography|creator|director|helmer|screenwriter|writer|composer|cinematographer|also|"
    r"adapted|adaptation|novel|book|play|series|episode|season|festival|award|oscars?|nominated|won|"
    r"winner|cast|alumn\w*|veteran|best\s+known|belt|noted|associated?|shows?|performances?|version\s+of\s+the|behind)\b[^,;:.!?()]*$"
    # the maker's or the actor's own films: "Most of his films, like X", "her good, but older, films like X"
    r"|\b(?:his|her|their|its\s+director[’']s|the\s+director[’']s)\s+[^;:.!?()]{0,30}?\b" + _OWN_FILM_NOUNS + r"\b[^;:.!?()]{0,40}$",
    re.I,
)
# "Russell's debut feature, X": a film the review's credited person owns (`_owned_by_a_person_of_the_review`).
_OWNED_FILM_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+[^;:.!?()]{0,30}?\b" + _OWN_FILM_NOUNS + r"\b[^;:.!?()]{0,40}$")
_AN_BEFORE = re.compile(r"\b(?:a|an)\s+$")
# A film the characters watch or handle is part of the story, not a comparison: "are shown The Wizard of Oz every Sunday",
# "smuggles prints of Casablanca", "rents a copy of Home Alone" (but "it is like watching Lawrence of Arabia" compares).
_SHOWN_BEFORE = re.compile(r"(?<!like\s)\b(?:watch(?:es|ed|ing)?|shown|shows|screens|screened|screening\s+of|prints?\s+of|tapes?\s+of|"
                           r"cop(?:y|ies)\s+of|rents|rented|renting)\s+(?:(?:a|an|the|his|her|their|old|battered)\s+)?$")
# The titles of a list before the last one: "appearances in CLEAN, SHAVEN, PULP FICTION, and X" (`_before_the_list`).
_LIST_SEPARATOR_END = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# Words of a sentence that sets the film beside another: a known title is read anywhere only in such a sentence.
_MEASURE_WORDS = re.compile(
    r"\b(?:like|unlike|than|as\s+in|as\s+\w+\s+as|reminiscent|remind\w*|recall\w*|echo\w*|evok\w*|homage|nods?|shades|"
    r"similar\w*|version|variety|compar\w*|resembl\w*|influenc\w*|inspir\w*|borrow\w*|owes?|owing|debts?|touchstone|template|"
    r"model(?:led|ed)?|blueprint|ancestor|forebear|cousin|descendant|riff\w*|cop(?:y|ies|ied)|knock-?offs?|rip-?offs?|clones?|since|"
    r"meets|par|league|coming|tradition|vein|mou?ld|territory|(?:wants?|tries|trying)\s+to\s+be|better|worse|superior|"
    r"inferior|equal|match\w*|rival\w*|outdo\w*|recreat\w*|updat\w*|remak\w*|redo|retread|imitat\w*|pastiche|"
    r"parod\w*|spoof\w*|lift\w*|steal\w*|stole|ghost|shadow|spirit|dna|mashup|cross|crossed|hybrid|"
    r"successor|answer\s+to|heir|throwback|tribute|reference\w*|allusion\w*|wink\w*|quot\w*|sleeve|cite[sd]?|"
    r"remake|sequel|prequel|spin-?off)\b",
    re.I,
)
# A known title after these is an actor's earlier part: "so brilliant in THE WINSLOW BOY", "as she was in X".
_PART_IN = re.compile(r"\b(?:was|were|is|are|been|be|brilliant|good|great|wonderful|superb|terrific|excellent|memorable|"
                      r"seen|best|fine|funny|amazing|memorably|last|first|also|appearing|playing|cast)\s+(?:as\s+)?in\s+$"
                      # "a small part in X", "one of the two female leads in X", "her serious roles as in X", "his serious
                      # parts, as in X"
                      r"|\b(?:parts?|roles?|leads?|turns?|stints?|cameos?|appearances?|performances?)\b[^;:.!?()]{0,20}?\s+(?:as\s+|like\s+)?in\s+$"
                      # "his LETHAL WEAPON series": a person's own film; "my favourite of his, X"; "so impressive in X"
                      r"|\b(?:his|her|their)\s+$|\bof\s+(?:his|hers|theirs),?\s+$|\bso\s+[a-z]+\s+in\s+$", re.I)
# A known title before these is a credit: "from THE FUGITIVE director Andrew Davis", "the TRAINSPOTTING team".
_CREDIT_AFTER = re.compile(r"^\s*(?:director|team|star|co-?star|producer|(?:screen)?writer|helmer|creator|scribe|filmmaker|auteur|composer|"
                           r"actor|actress|alum|veteran)s?\b", re.I)
# A title's words after a comma ("Paris, Texas", "Crouching Tiger, Hidden Dragon"): tried with the run before it.
_COMMA_TITLE_TAIL = re.compile(r",\s" + _TITLE_RUN.pattern)
# A known title here: a run of title words (`_TITLE_RUN`) or, inside a longer run, from its article on ("Jacques Demy's
# The Umbrellas of Cherbourg is ...").
_INNER_ARTICLE = re.compile(r"(?<=\s)(?:The|A|An)\s")


def _before_the_list(before: str) -> str:
    """The text before a list of titles `before` ends in ("appearances in CLEAN, SHAVEN, PULP FICTION, and " ->
    "appearances in "): what says whose films they are stands before the first."""
    while (separator := _LIST_SEPARATOR_END.search(before)) is not None:
        head = before[: separator.start()].rstrip()
        run = _title_before(head)
        if not run or not head.endswith(run):
            break
        before = head[: len(head) - len(run)]
    return before


def _owned_by_a_person_of_the_review(before: str, context: _Context) -> bool:
    """Whether `before` ends in a film of one of the review's credited people ("Russell's debut feature, ")."""
    owner = _OWNED_FILM_BEFORE.search(before)
    return owner is not None and _is_person(owner.group(1), context)


def _known_mentioned(sentence: str, context: _Context) -> list[str]:
    """Films of the shipped list (`is_known_title`) the sentence names in their title case, anywhere, when nothing before
    them in their clause makes them someone's earlier work (`_WORK_BEFORE`) and no bracket holds them (an actor's credit,
    "Jeon Jong-seo (Burning)"). Titles of two words or more only: one word is as often a name or a word ("Jeffrey",
    "Splash"), a title only where a cue makes it one."""
    titles: list[str] = []
    measured: bool | None = None  # (the sentence's measure words are looked for once a known title is found: most have none)
    for m in _TITLE_RUN.finditer(sentence):
        run = m.group(0)
        comma = _COMMA_TITLE_TAIL.match(sentence, m.end()) if sentence.startswith(",", m.end()) else None
        if " " not in run and comma is None:
            continue
        candidates = [(run, m.start())]
        if comma is not None:
            candidates.insert(0, (sentence[m.start():comma.end()], m.start()))  # "Paris, Texas", "Goodbye, Mr. Chips"
        owner = _OWNER.match(run)
        if owner:
            candidates.append((run[owner.end():], m.start() + owner.end()))
        candidates += [(run[a.start():], m.start() + a.start()) for a in _INNER_ARTICLE.finditer(run)]
        # "cites 8½ and Rear Window", "Raging Bull and Goodfellas": the titles an "and" inside the run joins
        for a in _AND.finditer(run):
            candidates += [(run[: a.start()], m.start()), (run[a.end():], m.start() + a.end())]
        for candidate, at in candidates:
            candidate = _POSSESSIVE_END.sub("", candidate).rstrip(".:")
            if " " not in candidate or not is_known_title(candidate):
                continue  # (one word is as often a name or a word, "Jeffrey", "Splash": only a cue makes it a title)
            if measured is None:
                measured = bool(_MEASURE_WORDS.search(sentence))
            if not measured:
                return titles
            if _AN_BEFORE.search(sentence, 0, at) or _SHOWN_BEFORE.search(sentence, 0, at):
                break  # "acts like a Peeping Tom": a figure of speech; "are shown The Wizard of Oz": the story's film
            before = _before_the_list(sentence[:at])
            if _WORK_BEFORE.search(before) or _PART_IN.search(before) or before.count("(") > before.count(")") or \
                    _owned_by_a_person_of_the_review(before, context) or \
                    _CREDIT_AFTER.match(sentence[at + len(candidate):].lstrip("'’s")):
                break  # "who starred in Heat", "so brilliant in Heat", "(Heat, Ronin)", "the Heat director": someone's work
            if title := _accept(candidate, context):
                titles.append(title)
            break
    return titles


_TITLE_NOISE = re.compile(r"[^\w\s]")


def _title_words(folded: str) -> list[str]:
    """A folded title's words, "&" read as "and", punctuation and a leading article dropped."""
    words = _TITLE_NOISE.sub(" ", folded.replace("&", " and ")).split()
    return words[1:] if len(words) > 1 and words[0] in ("the", "a", "an") else words


def _is_own_title(key: str, own: str) -> bool:
    """Whether a folded title is the reviewed film's own (`own`, folded) written another way: "&" for "and", without
    its article or punctuation ("McCabe & Mrs. Miller" of "McCABE AND MRS. MILLER"), or cut short after two words or more
    before a function word ("Midnight in the Garden" of "Midnight in the Garden of Good and Evil"; not "The Dark Knight" of
    "The Dark Knight Rises", an earlier film)."""
    if not own:
        return False
    if key == own:
        return True
    words, own_words = _title_words(key), _title_words(own)
    if not words or words == own_words:
        return bool(words)
    # cut before a function word: a shortening, not an earlier instalment ("The Dark Knight" of "The Dark Knight Rises")
    return len(words) >= 2 and len(own_words) > len(words) and own_words[: len(words)] == words and own_words[len(words)] in _SMALL_SET


@lru_cache(maxsize=1)
def _known_titles_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Folded first word -> (folded words, title as the list writes it) of every known title, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for title in _title_lines():
        words = tuple(_LOWER_WORD.findall(fold(title)))
        if words:
            index.setdefault(words[0], []).append((words, title))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


_LOWER_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?")
_CUE_ENDING = re.compile(r"(?:" + _CUES_LOWER.pattern + r")$")
# What may follow a compared title in a lower-case post: a connector or a suffix ("the goonies meets ...", "practical magic
# vibes", "four weddings and a funeral it isn't", "the wicker man did ... first").
_CUE_AFTER_LOWER = re.compile(
    r"\s*(?:meets\b|vibes\b|energy\b|-(?:lite|esque|style)\b|(?:it|this)\s+(?:is\s+not|isn[’']t|ain[’']t)\b|did\b|"
    r"for\s+(?:the|a|an)\b|but\s+(?:in|with|for|the|a|an|they|it|set)\b|with\s+(?:a|an|the|more|less|better)\b)")
_OWN_IS_LOWER = r"\s+is\s+(?:basically\s+|literally\s+|just\s+|simply\s+|essentially\s+)?$"
_IS_BEFORE_LOWER = re.compile(r"\b(?:is|it[’']s)\s+(?:basically\s+|literally\s+|just\s+|simply\s+|essentially\s+)?$")
# "... is basically jaws but ...", "it's literally lost in translation": whatever the subject, the adverb makes it a likeness
_IS_BASICALLY_BEFORE = re.compile(r"\b(?:is|it[’']s)\s+(?:basically|literally|just|simply|essentially)\s+$")


def _known_titles_cased(text: str, own: str) -> str:
    """A lower-case post with the known titles it compares written as the list writes them, where a cue stands just
    before them ("straight out of jaws"), a connector or suffix just after ("the goonies meets stranger things"), or
    the film's own title and "is" before them ("gull season is basically jaws but ..."): the rules then read them as
    they read a capitalised title. Elsewhere a lower-case run of words is left alone ("the birds line up"), and a title of
    one or two everyday words needs a strong cue, the own title or a suffix ("than telling you", "than meets the eye")."""
    index = _known_titles_by_first_word()
    words = list(_LOWER_WORD.finditer(text))
    own_is = re.compile(re.escape(own) + _OWN_IS_LOWER) if own else None
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        found = None
        for title_words, title in index.get(fold(words[i].group()), ()):
            k = len(title_words)
            if i + k <= len(words) and tuple(fold(w.group()) for w in words[i : i + k]) == title_words and all(
                    words[n].end() + 1 == words[n + 1].start() for n in range(i, i + k - 1)):
                found = (k, title)
                break
        if found is None:
            i += 1
            continue
        k, title = found
        start, end = words[i].start(), words[i + k - 1].end()
        before = text[max(0, start - 60):start].lower()
        cue = _CUE_ENDING.search(before)
        # a title of one or two everyday words ("the eye", "closure", "telling you") only after a strong cue, the film's
        # own title and "is", or before a suffix: "than telling you what to see", "more than meets the eye" are idioms
        everyday = k < 3 and all(is_common_word(w.group()) for w in words[i : i + k])
        if cue is not None and everyday and _kind_of(cue.group().lstrip()) != STRONG:
            cue = None
        after = _CUE_AFTER_LOWER.match(text, end)
        is_before = _IS_BEFORE_LOWER.search(before) is not None
        if after is not None and everyday and after.group().strip().startswith("meets") and not is_before:
            after = None  # (but "... is the craft meets desperate housewives")
        after_own = own_is is not None and own_is.search(before) is not None
        if (cue or after or after_own or not everyday and _IS_BASICALLY_BEFORE.search(before)) and text[start:end].islower():
            out += [text[last:start], title]
            last = end
        i += k
    return "".join(out) + text[last:] if out else text


OWN_TITLE_MENTIONS = 3  # a title of several words named this often by a review whose film has no title read is its own


def find_compared_films(
    document: Document, film: Film, people: Sequence[str] = (), mentions: Sequence[str] = ()
) -> list[str]:
    """Films named as comparisons, each once, in order of first mention.

    `people` are the names of the review's credited people and `mentions` the other names it mentions
    (`read_people`): a run that is one of those people, or the family name of a mentioned full name
    ("Hitchcock" after "Alfred Hitchcock"), is a person, not a title.
    """
    context = _context(film, people, mentions)
    found: list[str] = []
    text = document.text
    # (rewritten only where a quote is found: the same text keeps `sentences_of`'s cached split)
    if ("*" in text or "_" in text) and _ITALICS.search(text):
        text = _ITALICS.sub(lambda m: f"“{m.group(1) or m.group(2)}”", text)
    if "'" in text and _SINGLE_QUOTED.search(text):
        text = _SINGLE_QUOTED.sub(r"“\1”", text)
    sentences = sentences_of(text)
    if written_in_lower_case(text) and (cased := _known_titles_cased(text, fold(film.title or ""))) != text:
        text = cased
        sentences = sentences_of(text)
    index = TextIndex(sentences)
    cues = _cues_by_sentence(index)
    suffixed = set(index.having(_SUFFIX_STEMS))
    remade = set(index.having(("for the ", "for a ", "for an ", "for today")))
    predicated = set(index.having(_PREDICATE_STEMS))
    # "Whistler's Drop is Cliffhanger with better knots": the film named as "It's" names it (`IT_IS`: a twist must follow)
    own_is = set(index.having((f"{casefree(film.title)} is ",))) if film.title and len(film.title) > 2 else set()
    own_is_at = re.compile(rf"(?<![\w'’]){re.escape(film.title or '')}\s+is\s+", re.I) if own_is else None
    for i, sentence in enumerate(sentences):
        quoted_meets = _QUOTED_MEETS.search(sentence) if "meets" in sentence else None
        if quoted_meets:
            found += [t for t in (_clean(quoted_meets.group(1)), _clean(quoted_meets.group(2))) if t]
        if sentence.lstrip(_Q + " ").startswith("If "):
            found += _if_then(sentence, context)
        if i in suffixed:
            found += _suffixed(sentence, context)
        if i in remade:
            found += _remade_for(sentence, context)
        if i in predicated:
            found += _predicated(sentence, context)
        if own_is_at is not None and i in own_is:
            found += [t for m in own_is_at.finditer(sentence) for t in _titles_after(sentence[m.end():], IT_IS, context, OWN_IS)]
        spans = cues.get(i)
        if spans:
            lowered = index.lowered_text(i)
            for start, end in spans:
                found += _titles_of_cue(sentence, lowered, start, end, context)
        found += _known_mentioned(sentence, context)
    out: list[str] = []
    seen: set[str] = set()
    lowered = fold(text) if not context.own else ""
    for title in found:
        key = fold(title)
        if _is_own_title(key, context.own) or key in seen or len(title) > 60:
            continue
        if not context.own and " " in key and lowered.count(key) >= OWN_TITLE_MENTIONS:
            continue  # the film a review names this often, when no title was found for it, is the film itself
        seen.add(key)
        out.append(title)
    return out
