"""Whose rating, of what: the context rules that tell a critic's verdict from every other number.

A review holds many things that look like ratings: aggregate scores (`IMDb: 6.3`),
ratings of other films (`I gave the first one 8/10`), other people's ratings
(`My son gave it ***`), jokes and hypotheticals (`5 stars for the cast, 1 for
the script?`), rating legends (`**** = A must see film`), separators (`***`),
counts and episode numbers (`3/4 of the film`, `Episode 3/10`). Each function
here looks at the text around one candidate and answers one question.

All regexes are compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from consensus.extract.prefilter import has_any
from consensus.ingest.boilerplate import RELATED_SECTION

# --------------------------------------------------------------------------- labels

# Words that announce the critic's verdict: `Rating:`, `My Rate:`, `Film Rating:`, `Grade:`, `Verdict:`, `Stars:`.
LABEL_WORDS = r"(?:rating|rate|score|grade|verdict|stars|overall|bottom\s+line)"
_LABEL_IN_PREFIX = re.compile(rf"\b{LABEL_WORDS}\b", re.IGNORECASE)
_PREFIX_ENDS_WITH_SEPARATOR = re.compile(r"[:=\-–—]\s*[(\[]?\s*$")
_WORDS = re.compile(r"[A-Za-z][\w'’]*")
# A per-aspect score (`Acting: 8/10`) is not the verdict on the film.
_FIELD_LABEL_END = r"[^:=\-–—|]{0,12}(?:[:=\-–—|]|\.{3,})\s*$"  # "Acting: ", "ACTING ......... ", a table's "Acting | "
_ASPECT_LABEL = re.compile(
    r"\b(?:acting|performances?|cast|story|plot|script|screenplay|writing|direction|directing|visuals?|"
    r"cinematography|music|soundtrack|sound|action|effects|fx|vfx|cgi|pacing|editing|entertainment|"
    r"enjoyment|fun|rewatchability|re-watchability|gore|scares?|horror|comedy|humou?r|characters?|"
    r"dialogue|ending|production|costumes?|choreography|fights?|stunts|originality|technical)\b"
    + _FIELD_LABEL_END,
    re.IGNORECASE,
)
# A disc's release, not the film, when the field opens with it: "AUDIO ......... ★★★★☆" (not "Our video verdict: 4/5").
_RELEASE_LABEL = re.compile(
    r"^\W*(?:video|audio|extras|bonus\s+features|special\s+features|transfer|packaging)\b" + _FIELD_LABEL_END, re.IGNORECASE
)
# A parents' guide's content meter, a table's first cell: "Violence | 1/5", "Sexual content | 0/5", "Scary/intense scenes | 3/5".
_CONTENT_METER = re.compile(
    r"^\W*(?:violence|language|profanity|sex|sexual\s+content|nudity|scary|intense|frightening|drugs|drinking|smoking|"
    r"consumerism|positive\s+messages|role\s+models)\b[^|:]{0,25}\|\s*$", re.IGNORECASE)
_ALTERNATIVE_LABEL = re.compile(r"\b(?:alternative|alternate|secondary|other)\s+scale\b", re.IGNORECASE)


def is_labelled(prefix: str) -> bool:
    """The clause before the rating names it as a verdict: `Film Rating: ` / `My rating is ` / `Verdict - `."""
    if not _LABEL_IN_PREFIX.search(prefix):
        return False
    if _PREFIX_ENDS_WITH_SEPARATOR.search(prefix):
        return True
    return len(_WORDS.findall(prefix)) <= 4


def is_aspect_label(prefix: str) -> bool:
    """`Acting: ` / `Story - ` right before the rating: a score for one part of the film (or of a disc release)."""
    return bool(_ASPECT_LABEL.search(prefix[-40:]) or _RELEASE_LABEL.match(prefix) or _CONTENT_METER.match(prefix))


def is_alternative_scale(prefix: str) -> bool:
    return bool(_ALTERNATIVE_LABEL.search(prefix))


# --------------------------------------------------------------------------- whose rating

_AGGREGATE = re.compile(
    r"\b(?:imdb|letterboxd|rotten\s*tomatoes|tomatometer|popcornmeter|rt|metacritic|metascore|"
    r"douban|tmdb|mubi|trakt|kinopoisk|allocin[eé]|audience|users?|readers?|viewers?|community|"
    r"members?|avg|average[sd]?|averaging|aggregate|consensus|critics['’]?|public|popular|crowd|fans?|fresh|rotten|"
    r"box\s*office)\b",
    re.IGNORECASE,
)
_AGGREGATE_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}(?:imdb|letterboxd|rotten\s*tomatoes|tomatometer|rt|metacritic|fresh|rotten|"
    r"audience|users?|readers?|avg|average)\b"
    r"(?!\s*[:=]?\s*\d)",  # "6/10 (IMDb: 7.1)": a site named with its own score labels that score, not this one
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]d|i['’]ll|i['’]m|i['’]ve|me|my|we|we['’]d|we['’]ll|our|us)\b", re.IGNORECASE)
_MPAA = re.compile(
    r"\b(?:mpaa|bbfc|certificate|certification|classification|age\s+(?:rating|limit|restriction)|"
    r"rated\s+(?:g|pg|pg-13|r|nc-17|x|m|ma))\b",
    re.IGNORECASE,
)
_GIVE_OR_LABEL = re.compile(
    rf"\b(?:gave|gives|give|giving|rated|rates|rate|rating|awarded|awards|award|awarding|scored|scores|{LABEL_WORDS})\b",
    re.IGNORECASE,
)
_OTHER_PERSON = re.compile(
    r"\b(?:(?i:he|she|they|son|daughter|wife|husband|friend|friends|kids?|children|boy|girl|"
    r"partner|colleague|companion|mother|father|mom|dad|brother|sister|cousins?|nephews?|nieces?|buddy|buddies|"
    r"grandson|granddaughter|twins?|pals?|mates?|girlfriend|boyfriend|grandma|grandpa|both|audience|crowd|viewers|readers|"
    r"users|fans|critic(?!['’]s)s?|everyone|everybody|people|others?|reviewers?)|(?!Critic['’]s)[A-Z][a-z]+['’]s)\b"
)  # ("Critic's rating:" labels the page's own critic's verdict)


# A listener's or buyer's stars for the show or the site itself: "★★★★★ 'Best podcast' – review on Apple Podcasts",
# "rate us 5 stars on Spotify".
_STORE_REVIEW = re.compile(
    r"\b(?:reviews?|ratings?|rate\s+us|stars?)\b[^.!?]{0,20}?\b(?:on|in|at)\s+(?:the\s+)?"
    r"(?:apple\s+podcasts|itunes|spotify|google\s+play|app\s+store|trustpilot|podchaser|audible|goodreads|yelp)\b",
    re.IGNORECASE,
)


def is_store_review(line: str) -> bool:
    """A line quoting a listener's or buyer's review of the show or site: its stars are not the critic's."""
    return bool(_STORE_REVIEW.search(line))


# A score followed by how many people gave it: "7.1/10 12,403 ratings", "3.2/5 (from 41 votes)", "6.1/10 (14K)".
_COUNT_OF_RATERS_AFTER = re.compile(
    r"^\W{0,5}(?:\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\W{0,3})?"  # "★★★★ 3.9/5 (212 votes)", "★★★★½ 4.4 from 203 readers": stars for the average
    r"(?:on\s+[A-Z][\w+.]*(?:\s+[A-Z][\w+.]*){0,2}\s*\()?"  # "★★★★★ 4.8 on Apple Podcasts (1,140 ratings)"
    r"(?:(?:from|based\s+on|of)\s+)?\d[\d,.]*[kK]?\+?\s+(?:user\s+|member\s+|critic\s+)?"
    r"(?:ratings|votes|reviews|readers|users|viewers|members|voters|listeners|votos|voti|stimmen|bewertungen|avis|"
    r"avaliações|valoraciones|calificaciones)\b"
    # "6.1/10 (14K)", "4.2/5 (1,204)": a count alone (not "(4K)", the disc's format)
    r"|^\s*\((?:\d{2,}(?:[.,]\d+)?\s*[kKmM]|\d+[.,]\d+\s*[kKmM]|\d{1,3}(?:,\d{3})+)\)",
    re.IGNORECASE,
)


def counts_raters(rest_of_line: str) -> bool:
    """What follows a score on its line, past its clause, says how many gave it: "★ 7.1/10 · 48,302 votes"."""
    return bool(_COUNT_OF_RATERS_AFTER.search(rest_of_line))


def is_aggregate(prefix: str, suffix: str) -> bool:
    """`IMDb: 6.3`, `Letterboxd avg: 3.8`, `94% fresh`, `7.1 on IMDb`, `7.1/10 12,403 ratings`: a crowd's or a site's score."""
    if _AGGREGATE_AFTER.search(suffix) or counts_raters(suffix):
        return True
    hits = list(_AGGREGATE.finditer(prefix))
    if not hits:
        return False
    # "Unlike the IMDb crowd, I give it 8/10" and "my average rating of **" are still the critic's own.
    return not (_FIRST_PERSON.search(prefix[hits[-1].end():]) or _FIRST_PERSON.search(_subclause(prefix)))


def is_certificate(prefix: str) -> bool:
    return bool(_MPAA.search(prefix))


_OTHER_SUBJECT_AFTER = re.compile(
    r"^\W{0,3}(?:and\s+)?(?:he|she|they|my\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)\s+(?:said|says|liked|loved|thought|"
    r"felt|found|complained|added|explained|hated|enjoyed|commented)\b",
    re.IGNORECASE,
)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|for|with|of|than|like|about|from|by|on|at|as|in|among|unlike|despite)\s+(?:the\s+|all\s+|most\s+)?$",
    re.IGNORECASE,
)


def is_someone_elses(prefix: str, suffix: str = "") -> bool:
    """`My son Jeffrey, age 10, gave it ***`, `Ebert's rating: ***`: another person's verdict.

    The person nearest before the verb or label decides: "I liked it more than my
    wife, and I give it 4 stars" is still the critic's. A rating inside someone's quoted words
    is theirs: `Mrs Pemberton thought it "a solid four out of five"`, `comment from my cousin: "a solid 6 out of 10"`.
    """
    if _in_reported_speech(prefix) or _USER_SAYS.match(prefix):
        return True
    if _OTHER_SUBJECT_AFTER.search(suffix) and re.match(r"\s*(?:giving|gave|rating)\b", prefix, re.IGNORECASE):
        return True  # "Giving it just **, he liked ..."
    anchors = list(_GIVE_OR_LABEL.finditer(prefix))
    if not anchors:
        return False
    window = prefix[: anchors[-1].start()]
    if _NAMED_SUBJECT.search(window) and anchors[-1].group(0).lower() in ("gave", "gives", "rated", "rates", "awarded"):
        return True  # "Steven gave the picture ***"
    # An object ("I recommend it to everyone") is not the one giving the rating.
    others = [m.end() for m in _OTHER_PERSON.finditer(window) if not _PREPOSITION_BEFORE.search(window[: m.start()])]
    if not others:
        return False
    mine = [m.end() for m in _FIRST_PERSON.finditer(window) if m.group(0).lower() not in ("my", "our")]
    return not mine or max(others) > max(mine)


# A line a user of the site wrote: "top comment, u/marginalia_k (48 points): I'd go 4/5", "@wanjiru_reviews 6 is generous".
_USER_SAYS = re.compile(r"^\W*(?:(?:top\s+)?(?:comment|reply)\b[^:]{0,20}?[,:]?\s*)?(?:u/|@)\w+", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:thought|thinks|said|says|called|calls|told|tells|reckons?|reckoned|insists?|insisted|wrote|writes|"
    r"comment(?:ed|s)?\s+from|according\s+to)\b", re.IGNORECASE)


def _in_reported_speech(prefix: str) -> bool:
    """The rating follows an opening quotation mark that another person's reporting verb introduced."""
    curly = prefix.rfind("“")
    opening = curly if curly > prefix.rfind("”") else (prefix.rfind('"') if prefix.count('"') % 2 else -1)
    if opening < 0:
        return False
    before = prefix[max(0, opening - 60) : opening]
    return bool(_REPORTED.search(before)) and not re.search(r"\bI\b", before)


_NAMED_SUBJECT = re.compile(r"\b(?!I\b)[A-Z][a-z]+\s+(?:(?:also|then|just|only|both)\s+)?$")


# --------------------------------------------------------------------------- which film

_OTHER_FILM = re.compile(
    r"\b(?:the|its|that|his|her|their)\s+(?:very\s+)?(?:first|original|previous|earlier|last|prior|older|other|1st|"
    r"second|third)\s+(?:one|film|movie|entry|instal+ment|chapter|part|outing|season|picture|feature)\b"
    r"|\bpredecessor\b|\bprequel\b|\bthe\s+original\b|\blast\s+year['’]s\b|\bpart\s+(?:one|1|i)\b"
    r"|^\W*that\s+(?:film|movie)\s+(?:is|was|gets|got|earns|earned)\b",  # "That film is a 2/10": the one just named, not this
    re.IGNORECASE,
)
# A rating given long ago, in the same sentence: "I wrote about it here at the time and gave it 4/5" (a sequel's review).
# ... or a season or year ago: "Last autumn, X's debut crept into cinemas ... a comedy that I gave four stars".
_PAST_RATING = re.compile(
    r"\bat\s+the\s+time\b(?!\s+of)|\bback\s+then\b|\bwhen\s+it\s+(?:first\s+)?came\s+out\b"
    r"|\b(?:last\s+(?:year|autumn|fall|spring|summer|winter)(?!['’]s)|years\s+ago|back\s+in\s+(?:19|20)\d\d)\b[^;]*\b(?:gave|rated|awarded)\s+(?:it\s+)?$",
    re.IGNORECASE,
)
# "I gave it four stars in these pages", "... 8/10 at the time": a rating given before, to an earlier film or cut.
_PAST_RATING_AFTER = re.compile(
    r"^[^.;!?]{0,40}?\b(?:in\s+these\s+(?:pages|columns)|in\s+this\s+(?:column|space)|at\s+the\s+time\b(?!\s+of)|back\s+then"
    r"|when\s+it\s+(?:first\s+)?came\s+out|in\s+my\s+(?:original|earlier|first)\s+review"
    r"|on\s+this\s+(?:very\s+)?(?:blog|site|channel|podcast|page|show)(?!['’]))\b"  # "I gave it a 6/10 on this very blog"
    r"|^\s*then\s*(?:[;)]|,\s*(?:but|and)\b)",  # "(I called it a 9/10 then; I'd go higher now)"
    re.IGNORECASE,
)
# An earlier review of the column, named with its film and rating: "Last week's review: The Salt Harvest, 4/5".
_EARLIER_REVIEW = re.compile(
    r"\b(?:last|previous)\s+(?:week|month|issue|episode)['’]s\s+(?:review|pick|film|movie|column)\s*:[^.;!?]*$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:gave|rated|awarded|scored|called)\b", re.IGNORECASE)
_OTHER_FILM_AFTER = re.compile(
    r"^\W{0,3}(?:for|to)\s+(?:the\s+|its\s+)?(?:first|original|previous|predecessor|prequel|last\s+one)\b",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"(?P<subject>(?:[\w'’:.\-]+\s+){1,6})(?:got|gets|earned|earns|received|receives|scored|scores|"
    r"deserved|deserves|merited|merits)\s+(?:a|an|just|only|a\s+solid|a\s+full)?\s*$",
    re.IGNORECASE,
)
# The critic's rating of a film they name, when this film's name is known (and replaced by "this film"): "I gave Midsommar".
_GAVE_NAMED = re.compile(r"\b(?:gave|give|rated|awarded)\s+(?!(?:it|this|that|them)\b)(?-i:[A-Z][\w'’:.\-]*(?:\s+(?:of|the|and|[A-Z0-9][\w'’:.\-]*)){0,5})\s+(?:a\s+|an\s+)?$",
                         re.IGNORECASE)
_THIS_FILM = re.compile(r"\b(?:it|this|that|film|movie|one|sequel|picture|remake|flick|show|series)\b", re.IGNORECASE)


def _without_title(text: str, title: str | None) -> str:
    if not title:
        return text
    return re.sub(re.escape(title), " this film ", text, flags=re.IGNORECASE)


_SUBCLAUSE_BOUNDARY = re.compile(
    r"[,;:—–]\s|\s(?:but|while|whereas|and|so|because|since|although|though|yet)\s", re.IGNORECASE
)
_RELATIVE_START = re.compile(r"^\s*(?:which|that|who|where)\b", re.IGNORECASE)


def _subclause(prefix: str) -> str:
    """The part of the sentence the rating belongs to: `..., but this one gets` -> `this one gets`."""
    parts = _SUBCLAUSE_BOUNDARY.split(prefix)
    tail = parts[-1]
    if len(parts) > 1 and _RELATIVE_START.match(tail):
        tail = parts[-2] + " " + tail  # "the first one, which got 8/10": the relative clause's antecedent
    return tail


# A capitalised name (lower-case joining words inside it), then a "which" clause about a film holding the rating: "... for
# Harvest of Moths, which is still my favourite film so far (9/10". Not a place or a platform the critic watched it at or
# on ("at the Prince Charles Cinema, which made it an easy 9/10", "on Netflix, which is why it gets a 7/10").
_NAMED_FILM_WHICH = re.compile(
    r"(?:^|(?<=\s))(?P<before>[a-z]+\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|in|on|a|an|to|at|[A-Z][\w'’-]*)){0,6},"
    r"\s+which\s+(?:is|was|remains)\b[^,;:.!?]*\b(?:film|movie|picture|favou?rite)\b[^,;:.!?]*$"
)
_WATCHED_AT = frozenset({"at", "on", "in", "via", "to", "from", "into"})


def _named_film_which(prefix: str) -> bool:
    """`_NAMED_FILM_WHICH`, not after "at", "on", "in" ... (a cinema, a platform, a festival)."""
    if ", which" not in prefix:
        return False
    m = _NAMED_FILM_WHICH.search(prefix)
    return m is not None and (m["before"] or "").strip() not in _WATCHED_AT


# A line naming another film before its rating, as related-review lists write them: "The Copper Road — Grade: B",
# "The Orchard Keeper (2022) — 8/10", "- The Spring Term review – school drama earns its tears ★★★★☆".
_TITLE_WORD = r"[A-Z0-9][\w'’:&.,-]*"
# Another film's title opening a line or a rating's prefix, with its year or a "review – tagline" headline after it.
_OTHER_TITLE = (
    r"^[\s\-–—•*#>]*(?i:review\s*:\s*)?[“\"‘']?"
    rf"(?P<run>{_TITLE_WORD}(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|at|by|with|&)\s+)*{_TITLE_WORD}){{0,8}})"
    r"[”\"’']?\s*(?:\((?:19|20)\d\d\)\s*)?"
)
# ... as a rating's whole prefix, up to an optional label: "The Copper Road — Grade: ", or with the rating in brackets
# after the title or its tagline: "Review: Ocean of Stars (", "The Salt Road (reviewed: ", '"Hotel Azadi": a promising mess ('.
_OTHER_HEADLINE = re.compile(
    _OTHER_TITLE + r"(?:(?:review\b[^—–:|]*?)?\s*[—–:|-]+\s*(?:[^—–:|]{0,60}?\s+)?(?i:(?:grade|score|rating|verdict)\s*:?\s*)?"
    r"|(?:[—–:|-]+\s*[^—–:|()]{0,60}?)?\s*\(\s*(?i:(?:reviewed|rated|grade|score|rating|verdict)\s*:?\s*)?)$"
)
# ... opening a line read whole, before a dash or bar: "Juniper Road (1987) — 3/10".
_OTHER_LINE = re.compile(_OTHER_TITLE + r"(?:review\b[^—–|]*?)?\s*[—–|]\s")
# Words of a rating's own label ("Final Verdict", "Score Score", "Our Rating"): a run of them names no film.
# ("My Rate: 7/10" is the critic's label, not a film called "My Rate")
_LABEL_WORDS = frozenset("verdict rating ratings rate rated score grade overall final total stars star my our the film movie review "
                         "critic's critic’s reviewer's reviewer’s editor's editor’s".split())  # "Critic's Rating: ★★★★½"
# ... and the same labels abroad ("Wertung: 6/10", "Nota: 4/5", "Note : 3/5", "Betyg: 4/5", "Ocena: 7/10")
_LABEL_WORDS |= frozenset("wertung bewertung gesamtwertung fazit note notre nota notas puntuación puntuacion calificación calificacion "
                          "valoración valoracion voto valutazione giudizio betyg karakter ocena beoordeling cijfer arvosana "
                          "cote nossa nuestra unsere unser".split())


def _names_another_film(m: re.Match[str] | None) -> bool:
    """An `_OTHER_HEADLINE` or `_OTHER_LINE` match whose run is a title, neither a label, a site's branded label
    ("CINEMETRIC SCORE:", "FINAL PURGATORY SCORE:") nor this film."""
    if not m:
        return False
    words = m["run"].lower().rstrip(",:").split()
    # a masthead's shout: "CINEMETRIC SCORE:", "FINAL PURGATORY SCORE:" (one word that is no label word)
    branded = words[-1] in _BRANDED_LABEL_ENDS and m["run"].isupper() and len(set(words) - _LABEL_WORDS) == 1
    return not set(words) <= _LABEL_WORDS and not branded and "this film" not in m.group(0)


_BRANDED_LABEL_ENDS = frozenset({"score", "rating", "grade", "verdict"})


def rates_other_film(line: str, title: str) -> bool:
    """A related-review line rating another film: "The Copper Road — Grade: B", "Juniper Road (1987) — 3/10"."""
    return _names_another_film(_OTHER_LINE.match(_without_title(line, title)))


def is_other_film(prefix: str, suffix: str, title: str | None) -> bool:
    """`I gave the first one 8/10`, `John Wick 4 got 4 stars from me`, `8/10 for the original`, and, when the film's
    title is known, a related-review line naming another film (`The Copper Road — Grade: B`)."""
    prefix = _without_title(prefix, title)
    if title and _names_another_film(_OTHER_HEADLINE.match(prefix)):
        return True
    if title and _GAVE_NAMED.search(_subclause(prefix)):
        return True  # "I gave Midsommar five stars" on a page about another film
    if _OTHER_FILM.search(_subclause(prefix)) or _OTHER_FILM_AFTER.search(suffix) or _PAST_RATING.search(prefix) \
            or _EARLIER_REVIEW.search(prefix) \
            or _PAST_RATING_AFTER.search(suffix) and _PAST_VERB.search(prefix):
        return True
    if title and _named_film_which(prefix):
        return True  # "Harvest of Moths, which is still my favourite of the festival (9/10)" on another film's page
    m = _SUBJECT_VERB.search(prefix)
    if not m:
        return False
    subject = m.group("subject")
    if _THIS_FILM.search(subject):
        return False
    # A capitalised name that is not this film's title ("John Wick 4 got ...").
    return any(w[0].isupper() and w != "I" for w in _WORDS.findall(subject))


# --------------------------------------------------------------------------- jokes, hypotheticals, parts

_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(
    r"\b(?:wish|imagine|pretend|hypothetically|would\s+have|could\s+have|should\s+have|might\s+have|"
    r"would['’]ve|could['’]ve|\w+['’]d(?:\s+have|['’]ve)\s+(?:given|rated|scored|awarded|gone|put|bumped|called))\b",  # "I'd have given it 9/10"
    re.IGNORECASE,
)
_FOR_A_PART = re.compile(
    r"^\W{0,3}for\s+(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:acting|performances?|cast|story|plot|script|"
    r"screenplay|writing|direction|visuals?|cinematography|music|soundtrack|sound|action|effects|pacing|"
    r"editing|characters?|dialogue|ending|costumes?|fights?|stunts|lead|star|villain|score)\b"
    # ... or for anything else named in lower case, or for doing something: "Ten out of ten for the goat",
    # "ten out of ten for making me seasick" (the film itself is "this film", "the movie", "the whole thing")
    # (not "for the best thriller of the year", "for being the funniest film of 2024": the film itself, praised)
    r"|^\W{0,3}for\s+(?:(?:the|its|his|her|their|that)\s+(?!(?:film|movie|picture|flick|feature|documentary|sequel|remake|"
    r"whole|entire|overall|effort|experience|thing|one|ages|year|price|money|record|most|[a-z]+est)\b)(?-i:[a-z])"
    r"|(?!being\b)(?-i:[a-z]+ing)\b(?!\s+(?:it|this)\b))",
    re.IGNORECASE,
)


_CONDITION_AFTER = re.compile(
    r"^\s*(?:if|unless|were|had)\b|^\s*or\s+(?:less|more|lower|higher|better|worse|so)\b", re.IGNORECASE
)
_NEGATION = re.compile(
    r"\b(?:not|never|hardly|no\s+more\s+than|nothing\s+like|don['’]t|doesn['’]t|didn['’]t|isn['’]t|can['’]t|"
    r"cannot|won['’]t|wouldn['’]t|shouldn['’]t)\b(?!\s+(?:only|just|quite\s+bring|bring|recommend))",
    re.IGNORECASE,
)


# "If I were twelve, ...", "If this were a student film, I'd give it a B", "If the script had been ..."
_UNREAL_IF = re.compile(r"\bif\s+(?!you\b|they\b|people\b)(?:[\w'’]+\s+){1,3}(?:were|had\s+been)\b|\bif\s+[^,;]{1,60}\b(?:alone|by\s+itself|on\s+its\s+own)\s*,\s*$", re.IGNORECASE)


def is_hypothetical(prefix: str, suffix: str) -> bool:
    """`if I could give it 11/10`, `I would give it an A if ...`, `5 stars for the cast, 1 for the script?`."""
    # Only a comma closes an if-clause: "If you like action, I give it 4 stars" is a verdict,
    # "if you see it and give it ****" is not.
    if _CONDITIONAL.search(re.split(r"[,;:—–]\s", prefix)[-1]) or _COUNTERFACTUAL.search(_subclause(prefix)):
        return True
    if _UNREAL_IF.search(prefix):
        return True  # "If I were rating the score alone, 10/10": a counterfactual, or one part of the film
    if _CONDITION_AFTER.search(suffix):
        return True
    return "?" in suffix


def is_negated(prefix: str) -> bool:
    """`I don't think it deserves *1/2`, `it is not a 7/10`: a rating denied, not given."""
    return bool(_NEGATION.search(_subclause(prefix)))


_GRADE_COMPOUND = re.compile(
    r"^[-\s]*(?:movies?|films?|pictures?|flicks?|list(?:er)?s?|level|grade|side|team|plot|student|actors?|"
    r"actress(?:es)?|stars?|cast|material|story|horror|western|thriller|handshake|cup|minor|major|sharp|flat|"
    r"art|detective|noir|production|programmers?|pic|feature|budget|quality)\b",
    re.IGNORECASE,
)


def is_grade_compound(suffix: str) -> bool:
    """`a grade B detective story`, `a B movie`, `an A-list cast`: a kind of film, not a grade given."""
    return bool(_GRADE_COMPOUND.search(suffix))


def in_quotation(prefix: str) -> bool:
    """The match sits inside an open quotation (dialogue quoted from the film)."""
    return (prefix.count('"') % 2 == 1) or prefix.count("“") > prefix.count("”")


def is_for_a_part(suffix: str) -> bool:
    """`5 stars for the cast`: a score for one part of the film, not for the film."""
    return bool(_FOR_A_PART.search(suffix))


# --------------------------------------------------------------------------- counts, episodes, fractions in prose

_COUNTER_BEFORE = re.compile(
    r"\b(?:episode|ep|part|chapter|season|book|volume|vol|issue|round|day|week|page|step|game|number|no|"
    r"question|level|track|disc|disk|act|scene|shot|take|top|rank|ranked|screenshot|image|photo|slide|"
    r"figure|fig|item|list|minute|hour|age|aged|chance|odds|ratio|vote|votes|poll)\.?\s*#?\s*$|#\s*$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"^\s*(?:of|people|persons|times|men|women|kids|children|critics|viewers|fans|films|movies|cases|scenes|"
    r"minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|episodes?|pages?|games?|matches|"
    r"wins|losses|chance|odds|vision|hindsight|split|ratio|votes|respondents|dentists|doctors|americans|"
    r"attacks|bombings|coverage|service|support|access|am|pm|a\.m|p\.m|mph|km|miles?|inches|feet|ft|cm|mm|"
    r"kg|lbs?|ml|cups?|tbsp|tsp|scale)\b",
    re.IGNORECASE,
)
# After `x out of y` in prose only these words may follow: `8 out of 10 from me`, `3 out of 5 stars`.
_OUT_OF_FOLLOWERS = frozenset(
    """stars star points from for and but overall is it its it's i me my on in at with which that because as so
    though although while whereas or to this the a an — – - . , ! ; : ) ( would will""".split()
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|your|both|these|those|two|three|four|five|many|several|young|big|"
    r"film['’]s|movie['’]s|show['’]s|of)\s*$",
    re.IGNORECASE,
)


def is_counter(prefix: str) -> bool:
    """`Episode 3/10`, `top 10`, `Screenshot 10`, `age 10`: a number that counts or ranks."""
    return bool(_COUNTER_BEFORE.search(prefix[-24:]))


def is_count_phrase(suffix: str) -> bool:
    """`3/4 of the film`, `9/10 people`, `5/10 minutes`: a fraction or count in prose."""
    return bool(_COUNT_AFTER.search(suffix))


def follower_allowed(suffix: str) -> bool:
    """`8 out of 10 from me` yes; `nine out of ten critics` no."""
    m = re.match(r"\s*([^\s]+)", suffix)
    if not m:
        return True
    word = m.group(1).lower().strip(".,!;:)(\"'”’")
    return word == "" or word in _OUT_OF_FOLLOWERS


def has_determiner_before(prefix: str) -> bool:
    """`the film's two stars`, `its 2 stars`: stars as in actors."""
    return bool(_DETERMINER_BEFORE.search(prefix))


# --------------------------------------------------------------------------- the critic's own voice

_OWN_VOICE = re.compile(
    r"\b(?:i|we)(?:['’]d|['’]ll|['’]m|\s+would|\s+will|\s+am|\s+have\s+to|\s+must|\s+can(?:\s+only)?|\s+do|"
    r"\s+(?:happily|gladly|reluctantly|only|still|now|solidly|easily|comfortably|generously|confidently))?\s+"
    r"(?:give|gave|giving|rate|rated|rating|award|awarded|score|scored|grade|graded)\b"
    # "give it ***", "rate the picture ***", "award METRO **", "give the film a mild thumbs up and ** 1/2"
    r"|\b(?:give|gave|giving|award|awarded|awarding|rate|rated|rating)\s+(?:[\w'’]+,?\s+){0,8}$"
    r"|\b(?:it|this(?:\s+(?:film|movie|one|sequel|picture))?)\s+(?:gets|earns|deserves|merits|scores)\b"
    r"|\bmy\s+(?:rating|score|grade|verdict|rate)\b"
    r"|\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are|['’]ll|\s+will)\s+(?:go|going)\s+(?:with\s+)?$"  # "I'm going two and a half stars"
    r"|\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:(?:still|now|somewhere)\s+)?at\s+$"  # "As a grown-up, I'm at two and a half stars"
    r"|\b(?:i|we)\s+(?:land|landed|settle|settled|end\s+up|ended\s+up)\s+(?:on|at)\s+$",
    re.IGNORECASE,
)
_OWN_AFTER = re.compile(r"^\W{0,3}(?:from\s+me|in\s+my\s+book|on\s+my\s+scale|for\s+me|by\s+me)\b", re.IGNORECASE)
_TOP_RATING = re.compile(
    r"\b(?:top|highest|maximum|max|perfect|full)\s+(?:rating|score|grade|marks?|stars?)\s+(?:of\s+)?(?:a\s+full\s+)?$",
    re.IGNORECASE,
)


def in_own_voice(prefix: str, suffix: str) -> bool:
    """`I give it`, `I'd rate it`, `it gets`, `my rating`, `... from me`: the critic speaking."""
    return bool(_OWN_VOICE.search(prefix[-80:]) or _OWN_AFTER.search(suffix))


def is_top_rating(prefix: str) -> bool:
    """`my top rating of ****`: the value is also the scale's maximum."""
    return bool(_TOP_RATING.search(prefix))


# --------------------------------------------------------------------------- page structure

_LEGEND_EQUALS = re.compile(r"(?:\*{1,5}|[★☆]{1,10}|(?<![\w.])\d(?:\.5)?(?:\s*stars?)?)\s*=\s*[\w\"'“(]")
_LEGEND_LINE_START = re.compile(r"^\s*(?:[\\|>\-•]\s*)?(?P<stars>\*{1,5}|[★☆½]{1,10})(?:\s*(?:1/2|½))?\s+[A-Za-z\"“(]")
_LEGEND_WORD_STEPS = re.compile(r"(?<![\w.])(\d)\s+stars?\s*[–—:-]\s*[A-Za-z]", re.IGNORECASE)
_STAR_WORDS = ("star", "Star", "STAR")  # what `_LEGEND_WORD_STEPS` needs, found without lower-casing every line
_STAR_RUN = re.compile(r"(?<![*\w])\*{1,5}(?![*\w])|[★]{1,10}")
_SEPARATOR_ONLY = re.compile(r"^[\s*•·~\-_=#]+$")
# "9 commentaires", "12 Kommentare": a comment count in the languages of the outlets we read.
_COMMENTS_ABROAD = r"commentaires?|kommentare?|comentarios?|commenti|coment[aá]rios?|komentarzy|komentarze|reacties|kommentarer"
_COMMENT_MARKER = re.compile(
    rf"^(?:post\s+a\s+comment|leave\s+a\s+(?:reply|comment)|add\s+a\s+comment|\d+\s+(?:comments?|{_COMMENTS_ABROAD})|(?:top\s+)?comments?(?:\s*\(\d+\)|\s*[·:]?\s+\d[\d,.]*[kK]?)?|replies|(?:{_COMMENTS_ABROAD})|"
    r"join\s+the\s+(?:discussion|conversation)|readers?['’]?\s+comments|\d+\s+(?:responses?|replies)(?:\s+to\b.*)?|"
    r"responses(?:\s*\(\d+\))?|what\s+do\s+you\s+think\??|discussion|re:\s.+|reply\s*#\d+\b.*"  # a forum reply's header
    r"|#\d+\s+\S+|@\w[\w.]*\s+\d+\s+(?:minute|hour|day|week|month|year)s?\s+ago\b.*"  # "#4  Tadas_K", "@jess 2 days ago"
    r"|friends|friends\s+who\s+(?:watched|rated|liked)\b.*|(?:popular\s+|recent\s+)?reviews\s+from\s+friends|popular\s+reviews"  # a diary site's friends' ratings
    r"|reblogs|\d[\d,.]*[kK]?\s+notes"  # a Tumblr post's reblogs
    r"|(?:from\s+)?(?:the\s+)?(?:postbag|mailbag|mail\s*bag|letters\s+page)|(?:your|readers?['’]?)\s+(?:letters|mail)"  # a newsletter's letters
    r"|sort\s+(?:comments\s+)?by\s*:?\s*(?:best|top|new|newest|old|oldest|controversial|popular)\b.*)"  # a thread's replies
    r"(?:\s*\(\d+\))?\s*:?$",  # "READER COMMENTS (3)"
    re.IGNORECASE,
)
# A post's action bar with its comment count among other cells: "▲ 412 ▼ · 188 comments · Share · Save · Report".
_COMMENT_COUNT_CELL = re.compile(r"(?:^|[·|•]\s*)\d[\d.,]*[kK]?\s+comments?\s*(?:[·|•]|$)", re.IGNORECASE)


def legend_stars(line: str) -> int | None:
    """If the line is (part of) a rating legend, the largest star count it defines; else None.

    `**** = A must see film. *** = Excellent show.` and Rhodes-style
    `\\ ***** Perfection \\ \\ **** Good` define a scale; they rate nothing.
    """
    if has_any(line, _STAR_WORDS) and len(steps := _LEGEND_WORD_STEPS.findall(line)) >= 3:
        return max(int(step) for step in steps)  # "5 stars – essential · 4 stars – great · 3 stars – good"
    if "*" not in line and "★" not in line:
        return None
    if _LEGEND_EQUALS.search(line):
        runs = [len(r.group(0)) for r in _STAR_RUN.finditer(line)]
        return max(runs) if runs else 0
    # a legend's steps in order, each once ("***** Perfection **** Good *** Fair"); not members' ratings in a row
    # ("ole_w ★★★★   mariam ★★   jun ★★★   kz ★★")
    runs = [len(r.group(0)) for r in _STAR_RUN.finditer(line)]
    if len(set(runs)) >= 3 and len(set(runs)) == len(runs) and runs in (sorted(runs), sorted(runs, reverse=True)):
        return max(runs)
    return None


def legend_entry_stars(line: str) -> int | None:
    """`**** Excellent` on a line of its own: one entry of a legend laid out one per line."""
    m = _LEGEND_LINE_START.match(line)
    return len(m.group("stars").replace("½", "")) if m else None


# A star used as an icon before a site's section or badge: "★ Diary entry", "☆ Pro", "★ Favourites".
_STAR_ICON = re.compile(r"^\s*[★☆*]\s+(?:diary|journal|favou?rites?|watchlist|likes?|lists?|reviews?|featured|popular|pro|patron|"
                        r"members?|top\s+\d+|new)\b", re.IGNORECASE)


def is_star_icon(line: str) -> bool:
    """A lone star marking a menu item or a member's badge ("★ Diary entry", "☆ Pro"): it rates nothing."""
    return bool(_STAR_ICON.match(line))


def is_separator(line: str) -> bool:
    """`***`, `* * *`, `~ * ~`: a section break."""
    return bool(_SEPARATOR_ONLY.match(line))


def comments_opening(metadata: Mapping[str, object]) -> str | None:
    """The first line of the block an HTML page marks as its readers' comments (metadata `comments_opening`), if any."""
    opening = metadata.get("comments_opening")
    return opening if isinstance(opening, str) else None


# A thread's post counter closing a post: "Moth Season, a thread. 1/9", "... the greenhouse (3/9)".
_THREAD_COUNTER = re.compile(r"\s\(?(?P<k>\d{1,2})/(?P<n>\d{1,2})\)?(?:\s*\((?i:end|fin)\b[^)]{0,20}\))?\s*$")  # "10/10 (end of thread)"


def without_thread_counters(lines: list[str]) -> list[str]:
    """The lines with a thread's post counters cut off their ends: posts closing on "1/4", "2/4", "3/4" number the
    thread's posts (two or more counters of one total, each no more than it); they rate nothing."""
    found = [(i, m) for i, line in enumerate(lines) if "/" in line[-30:] and (m := _THREAD_COUNTER.search(line))
             and len(line[: m.start()].split()) >= _POST_WORDS and int(m["k"]) <= int(m["n"]) and not line[: m.start()].rstrip().endswith(":")]
    by_total: dict[str, list[int]] = {}
    for _, m in found:
        by_total.setdefault(m["n"], []).append(int(m["k"]))
    # the thread's numbering: 1, 2, 3 ... from its first post, on a page that calls itself a thread or closes the count
    # ("Acting: 9/10", "Story: 5/10" are no posts; nor "... drags: 1/5", "... lovely: 3/5", "... verdict: 4/5")
    numbered = {n: ks for n, ks in by_total.items() if len(ks) >= 2 and ks == list(range(1, len(ks) + 1))}
    if not numbered:
        return lines
    threaded = any(_THREAD_WORD.search(line) for line in lines)
    totals = {n for n, ks in numbered.items() if threaded or ks[-1] == int(n)}
    if not totals:
        return lines
    cut = {i: m.start() for i, m in found if m["n"] in totals}
    return [line[: cut[i]] if i in cut else line for i, line in enumerate(lines)]


_POST_WORDS = 3  # a post's words before its counter
_THREAD_WORD = re.compile(r"\bthread\b|🧵", re.IGNORECASE)


def comments_start(lines: list[str], opening: str | None = None) -> int:
    """Where the page's readers' comments begin (a marker line in its last three fifths, or past half its characters:
    one near the top is a menu item), or len(lines): their ratings and signatures are not the critic's. `opening` is the first line of the
    block an HTML page marks as its comments (metadata `comments_opening`), which needs no marker line."""
    first = min(-(-2 * len(lines) // 5), _half_the_text(lines))
    marked = next(
        (i for i in range(first, len(lines))
         if len(lines[i]) < 60 and is_comment_marker(lines[i]) or _RESPONSES_TO.match(lines[i]) or lines[i] == opening),
        len(lines),
    )
    # a thread's second post, wherever the first one ends: "#1  Sat Mar 22, 11:47 pm" ... "#2  Sun Mar 23, 12:15 am"
    first_post = next((i for i in range(min(first, marked)) if _FIRST_POST.match(lines[i])), None)
    if first_post is None:
        return marked
    return next((i for i in range(first_post + 1, marked) if _LATER_POST.match(lines[i]) and len(lines[i]) < 60), marked)


def _half_the_text(lines: list[str]) -> int:
    """The first line past half the page's characters: a page of a few long paragraphs puts its comments there even
    when most of its lines come after them."""
    half, seen = sum(map(len, lines)) / 2, 0
    for i, line in enumerate(lines):
        seen += len(line)
        if seen > half:
            return i + 1
    return len(lines)


# a blog's comments header naming the post, however long its title: '2 responses to “A Basque shepherd, ...”'
_RESPONSES_TO = re.compile(r"^\s*\d+\s+(?:responses?|replies|comments?|thoughts)\s+(?:to|on)\s+[\"“‘'«]", re.IGNORECASE)
_FIRST_POST = re.compile(r"^#1\s")
_LATER_POST = re.compile(r"^#(?:[2-9]|[1-9]\d+)\s")


_RELATED_HEADER = re.compile(rf"(?:{RELATED_SECTION})(?:\s*/\s*(?:{RELATED_SECTION}))?(?:\s*\([^)]{{0,60}}\))?"  # "(our ratings, out of 5)"
                             r"(?:,?\s+in\s+(?:brief|short))?\s*:?", re.IGNORECASE)  # "ALSO SEEN THIS WEEK, IN BRIEF:"
RELATED_ITEM_WORDS = 18  # a longer line ends a related-articles list: the review (or another section) goes on
_LIST_BULLET = re.compile(r"^\s*(?:[·•▪◦*›»–-]|\d{1,2}[.)])\s")


def related_list_lines(lines: list[str]) -> set[int]:
    """The lines of each "Also reviewed" / "Most read" / "More reviews" list, header included: their ratings
    ("Kinder der Elbe — 8/10", "Five stars for the new Ibsen") belong to other articles."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) < 80 and _RELATED_HEADER.fullmatch(line.strip().strip("*_#> ")):
            found.add(i)
            for j in range(i + 1, min(len(lines), i + 16)):
                # (a bulleted item may carry its author, read time and date; the first item may be a sentence about it)
                words = len(lines[j].split())
                if words > RELATED_ITEM_WORDS and not (words <= 2 * RELATED_ITEM_WORDS and (j == i + 1 or _LIST_BULLET.match(lines[j]))):
                    break
                found.add(j)
    return found


def is_comment_marker(line: str) -> bool:
    """`Post a Comment`, `Leave a Reply`, `💬 12 Comments`, `Re: <thread title>`, `Reply #2 — user`, `#4  user`, `@user 2 days
    ago`, a diary's `Friends:`, a post's bar of spaced cells with one such marker (`♥ 88 likes   Comments (4)`): readers'
    comments (or their ratings) follow."""
    stripped = line.strip().lstrip("💬🗨•·*> ").strip()  # "💬 3 comments"
    if _COMMENT_MARKER.match(stripped) or ("·" in stripped or "|" in stripped) and _COMMENT_COUNT_CELL.search(stripped):
        return True
    # a post's bar of cells spaced apart: "♥ 88 likes       Comments (4)"
    return "   " in stripped and any(_COUNTED_COMMENTS.fullmatch(cell) for cell in _SPACED_CELLS.split(stripped)[1:])


_SPACED_CELLS = re.compile(r"\s{3,}")
_COUNTED_COMMENTS = re.compile(r"comments?\s*\(\d+\)|\d+\s+comments?", re.IGNORECASE)
