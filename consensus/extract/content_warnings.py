"""Content warnings a viewer would want: from explicit warning lines and from what the review describes.

Two sources, both with their evidence:

* Explicit: a warning line ("Warning: Contains violence, strong language, ...",
  "Content warning: ...", "trigger warning", "Rated R for bloody violence and drug use"),
  or a "Contains ..." line right after a bare "Warning:" line. Every category named there counts.
* Described: phrases that say the film shows something ("takes her own life" ->
  suicide, "sex trafficking" -> sexual violence, "drug trafficking" -> drugs,
  "bloody fights" -> violence). A sentence is skipped for a category when the
  phrase is negated ("no gore", "not violent", "without any violence") or is a
  known figure of speech ("killer soundtrack", "smoking gun", "drunk on its style").
"""

from __future__ import annotations

import re

from consensus.extract.prefilter import TextIndex, casefree
from consensus.models import ContentWarning, Document

# Category -> phrases that name it in an explicit warning list.
_LIST_TERMS: dict[str, str] = {
    "sexual violence": r"sexual\s+violence|sexual\s+assault|rape|sexual\s+abuse",
    "violence": r"(?<!sexual\s)violence|violent|bloody|gunplay|fighting",
    "strong language": r"strong\s+language|language|profanity|swearing|coarse\s+language|crude\s+language",
    "drugs": r"drugs?|drug\s+use|harmful\s+substances|substance\s+(?:use|abuse)|narcotics",
    "alcohol": r"alcohol|drinking|drunkenness",
    "smoking": r"smoking|tobacco|cigarettes?",
    "suicide": r"suicide|suicidal",
    "self-harm": r"self[-\s]harm|self[-\s]injury",
    "gore": r"gore|gory|gruesome",
    "sexual content": r"sex(?:ual)?\s+(?:content|scenes?|references|situations|material)|sexuality|nudity|sex|sensuality",
    "abuse": r"(?:child|domestic)\s+abuse|abuse",
}
# Category -> phrases that describe it in running text.
_DESCRIBED: dict[str, str] = {
    "suicide": "|".join((
        # Not "career suicide", a "suicide mission", the "Suicide Squad", a "suicide bomber" (violence) or a car's "suicide doors".
        r"(?<!career\s)(?<!political\s)(?<!commercial\s)(?<!professional\s)(?<!box-office\s)"
        r"(?:suicides?|suicidal)(?!\s+(?:squad|missions?|bomb\w*|runs?|doors?|attacks?)\b)",
        r"(?:takes?|took|taking|ends?|ended|ending)\s+(?:her|his|their|its)\s+(?:own\s+)?life|kill(?:s|ed)?\s+(?:her|him|them)sel(?:f|ves)",
        r"\b(?:hangs?|hanged|hanging)\s+(?:him|her)self|\bhang(?:s|ed|ing)?\s+themselves",
        r"\b(?:shoots?|shot)\s+(?:him|her)self\b(?!\s+in\s+the\s+foot)|\bslits?\s+(?:his|her|their)\s+wrists|\bjump(?:s|ed)?\s+to\s+(?:his|her|their)\s+deaths?",
    )),
    "sexual violence": r"sexually\s+(?:assault|abus|exploit)\w*|sex(?:ual)?\s+trafficking|sex\s+traffickers?|sexual\s+(?:abuse|assault|violence|blackmail|exploitation)|\brape[sd]?\b|\braping\b|forced\s+(?:in)?to\s+(?:sex|sexual)",
    "drugs": "|".join((
        r"drug\s+(?:trafficking|dealing|dealers?|use|abuse|addiction|lord|cartel)|using\s+drugs|drug(?:s|ged)?\s+(?:them|her|him|women|girls)|\bdrugs\b",
        r"drug-(?:labs?|deals?|dealers?|runners?|mules?|dens?|rings?|fuell?ed|addled|induced|smuggling|addicts?|binges?|habits?)\b",
        r"cocaine|heroin|meth\b|overdose|narcotics|opiates|crack\s+(?:dens?|houses?|pipes?|addicts?)|acid\s+trips?|"
        r"(?:hooked\s+on|addicted\s+to)\s+(?:painkillers|sleeping\s+pills|tranquil+i[sz]ers|opiates|speed)|marijuana|cannabis|hashish|\bopium\b|opioids?|fentanyl|ketamine|amphetamines?|\blsd\b|\bweed\b(?!\s+out)",
        # Pills as drugs, not "a bitter pill"; sports doping; high on something named (not "high on life", "the stakes get high").
        r"(?<!bitter\s)(?<!chill\s)(?<!poison\s)\bpills\b|pill[-\s]popping|popping\s+pills|\bdop(?:ed|ing)\b",
        r"\bhigh\s+on\s+(?:drugs|coke|cocaine|heroin|meth|pills|weed|glue|acid|ecstasy|mushrooms)",
        r"\bsnort(?:s|ed|ing)?\s+(?:\w+\s+)?(?:coke|cocaine|lines?|powder|heroin|ketamine|pills)|lines\s+of\s+coke|\bstoned\b(?!\s+(?:to\s+death|by))|\bstoners?\b",
        r"(?<!adrenaline\s)(?<!news\s)(?<!sugar\s)\bjunkies?\b|\bjoints?\s+of\s+(?:weed|marijuana)|\b(?:smok\w*|roll\w*|pass\w*)\s+(?:a\s+)?joints?\b",
    )),
    "violence": "|".join((
        r"violence|violent|bloody|bloodshed|brutal(?:ity)?|gunfights?|shoot-?outs?|fight\s+scenes|murders?|stabbings?|beatings?|torture",
        # Guns: not "shot on 35mm" or "shot in the back of a taxi".
        r"\bgunfire|\bgunshots?|\bgun\s+battles?|\bgunned\s+down|\bgunm[ae]n\b|machine-gunned|firing\s+squads?|volleys?\s+of\s+(?:shots|gunfire|bullets)",
        r"\bshot\s+(?:dead|and\s+killed|to\s+death|point-blank|in\s+the\s+(?:head|chest|face|stomach|gut|neck|leg|arm|back)(?!\s+of))",
        r"\bshoots?\s+(?:him|her|them)\s+(?:dead|in\s+the|point-blank|twice|repeatedly|down)",
        # Blows and killings described as events, not "stabbed in the back", "a stab at", "story beats", "a strangled cry".
        r"\bstabbed\b(?!\s+in\s+the\s+back)|\bstabs\s+(?:him|her|them|the|his)\b|stab\s+wounds?",
        r"\bstrangl(?:ed|es|ing|ation)\b|\bbludgeon\w*|\bbeat(?:s|en|ing)?\s+(?:\w+\s+){0,2}?(?:to\s+death|to\s+a\s+pulp|senseless|unconscious|bloody)",
        r"\bbeat(?:s|en|ing)?\s+up\b|\b(?:beats|beat|beating)\s+(?:his|her|their)\s+(?:wife|husband|children|kids|son|daughter|girlfriend|boyfriend|partner)\b(?!\s+at\b)",
        r"\bslap(?:s|ped|ping)\s+(?:him|her|them|the\s+\w+|his\s+\w+)\b(?!\s+on\b)|\b(?:nasty|vicious|hard|sharp|stinging|brutal|violent)\s+(?:[\w-]+\s+)?slap\b",
        r"\bpunch(?:es|ed)\s+(?:him|her|them)\b|\b(?:knife|fist|bar|pub|street|gun|sword|prison|cage|machete)[\s-]?fights?\b|\bbrawl(?:s|ing)?\b",
        r"\bexecutes\s+(?:him|her|them)\b|(?:public|summary|mass|roadside|gangland|botched)\s+executions?|(?:summarily|publicly)\s+executed|execution-style",
        r"\bexecutions?\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:family|prisoners?|hostages?|civilians?|villagers?|soldiers?|children"
        r"|women|men|man|woman|boy|girl|tsar|king|queen|traitors?|deserters?|captives?|rebels?)\b",
        r"\batrocit(?:y|ies)|\bmassacre[sd]?\b|\bgenocide|\bkillings\b|killing\s+spree|\bserial\s+killers?|\bslashers?\b|\b(?:body|kill)\s+count",
        r"\b(?:the|its|inventive|creative|gory|goofy|grisly)\s+kills\b|\blynch(?:ed|ing|ings)\b|\blynch\s+mob",
        r"\bbloodbath|\bcarnage\b|\bassassinat\w*|\bat\s+(?:gun|knife)point|\bhail\s+of\s+bullets|\b(?:mass|school|drive-by)\s+shootings?",
        r"\bsuicide\s+bomb\w*|\bcar\s+bombs?|\bbombings?\b|\bhit\s*m[ae]n\b|\bmauled\b",
    )),
    "gore": "|".join((
        r"\bgore\b|\bgory\b|\bgorier\b|gruesome|dismember\w*|disembowel\w*|splatter|decapitat\w*|\bbehead\w*|eviscerat\w*|\bentrails\b|\bviscera\b",
        # Blood shown in quantity, not "bad blood" or "blood relatives".
        r"\bblood\s+everywhere|\bblood-(?:soaked|spattered|splattered|drenched)|\b(?:buckets|gallons|pools|geysers|sprays?|torrents|fountains|rivers)\s+of\s+blood",
        r"\bsevered\s+(?:heads?|limbs?|hands?|fingers?|arms?|legs?|feet|ears?)",
    )),
    "strong language": "|".join((
        r"strong\s+language|profanit(?:y|ies)|f-bombs?|\bf-words?|expletives?|swearing|swear\s*words?|obscenities|four-letter\s+words?",
        r"\bcuss(?:es|ing|words?)?\b|\bcursing\b|foul[-\s]mouthed|potty[-\s]mouthed",
        r"\b(?:salty|crude|coarse|vulgar|filthy|foul|colou?rful|obscene)\s+(?:language|dialogue|banter)",
        # "swear" the verb of cursing, not of oaths ("swears revenge", "swear by").
        r"\bswear(?:s|ing)?\s+(?:like|constantly|a\s+lot|profusely|incessantly|non-?stop|freely|a\s+blue\s+streak|at\s+each\s+other)",
        r"\b(?:smoke|drink|curse|shout|spit)(?:s|ing)?\s+and\s+swear|\bbad\s+language|\bc-words?",
        r"\b(?:language|dialogue)\s+(?:is|was|gets|turns)\s+(?:\w+\s+)?(?:salty|crude|coarse|vulgar|filthy|foul|profane|obscene)\b",
    )),
    "alcohol": "|".join((
        r"(?<!non-)alcohol(?:ic|ism)?|\bdrunk(?:en|s|ards?)?\b|\bbooz(?:e|y|ing)\b|\btipsy\b|\bhungover\b|\bhangovers\b|\bliquor\b",
        # Drinking as a habit or a scene, not "drinking water" or "drinking in the view".
        r"\b(?:binge|heavy|hard|underage|teen|constant|endless|excessive|all-night|daytime)\s+drinking\b",
        r"\bdrinking\s+(?:problem|binges?|sessions?|buddies|games?|sprees?|contests?|bouts?)\b",
        r"\b(?:lots?|amount|deal|plenty|bouts?|nights?)\s+of\s+drinking\b",
        r"\b(?:heavy|hard|secret|problem|functioning|binge)\s+drinkers?\b",
        r"\bdrink(?:s|ing)?\s+(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+way|heavily|too\s+much|all\s+(?:day|night)|to\s+forget"
        r"|and\s+(?:smok|swear|fight|danc|driv))",
        # Named drinks; "root beer", "wine-dark" and the like are figures (`_FIGURES`).
        r"\b(?:whiske?y|vodka|bourbon|tequila|schnapps|ouzo|cacha[cç]a|baijiu|soju|mezcal|absinthe|moonshine|sangria|champagne|beers?|wine"
        r"|cocktails|lager|pints|gin)\b(?![\s-](?:rummy|joint))|\b(?:pub|bar)\s+crawls?|\bhip\s+flasks?",
    )),
    "smoking": "|".join((
        r"\bsmoking\b|cigarettes?|\bsmokes\b|\bcigars?\b|cigarillos?|tobacco|\bvap(?:e|es|ing)\b|chain[-\s]?smok\w*|pipe[-\s]smok\w*",
        # "smoke" the verb, not the noun ("filmed in smoke", "smoke and mirrors").
        r"\bsmoke[sd]?\s+(?:(?:a\s+)?pipes?|constantly|incessantly|heavily|endlessly|non-?stop|like\s+(?:a\s+)?chimneys?"
        r"|and\s+(?:swear|drink|curse|talk|argue|flirt|brood|hook))",
        r"\b(?:drink|swear|curse)(?:s|ing)?\s+and\s+smok|\bhookahs?\b|\bshisha\b",
        r"\bpuff(?:s|ed|ing)?\s+(?:on|at)\s+(?:a|an|his|her|their)\s+(?:pipe|vape|hookah)",
    )),
    "self-harm": r"self[-\s]harm|self[-\s]injury|self-mutilat\w*|(?:cutting|cuts)\s+(?:her|him|them)sel(?:f|ves)\b(?!\s+off)",
    "abuse": "|".join((
        r"child\s+abuse|domestic\s+(?:abuse|violence)|\babusive\b(?!\s+language)|\babusers?\b",
        # "abuse" itself, not drug, substance, alcohol or sexual abuse (their own categories) nor "abuse of power".
        r"(?<!drug\s)(?<!substance\s)(?<!alcohol\s)(?<!sexual\s)(?<!self-)\babuse[sd]?\b"
        r"(?!\s+(?:of\s+(?:power|authority|office|process|privilege|position|trust)|(?:his|her|their|its)\s+(?:power|position|authority)))",
        r"\b(?:verbal|emotional|psychological)\s+(?:cruelty|torment|bullying)",
        r"\bbeat(?:s|ing)?\s+(?:his|her|their)\s+(?:wife|husband|children|kids|son|daughter|girlfriend|boyfriend|partner|mother|father)\b(?!\s+at\b)",
        r"\bgrooming\s+(?:of\s+)?(?:a\s+)?(?:child|children|minors?|teen\w*|young\s+(?:girls?|boys?))|\bmolest\w*",
    )),
    "sexual content": "|".join((
        r"\b(?:sex|love|nude|bedroom)\s+scenes?|nudity|\bnude\b|full[-\s]frontal|\btopless\b|explicit\s+sex|sexually\s+explicit|lovemaking",
        r"\b(?:steamy|raunchy|graphic|frank|explicit)\s+(?:sex|love|bedroom)|\b(?:has|have|having)\s+sex\b|\bmak(?:e|es|ing)\s+love\b",
        # "hook up" without an object ("the teens hook up"), not "hooks up with a gang" or "hook up the generator".
        r"\bhook(?:s|ing)?[\s-]up\b(?!\s+(?:with|to|the|a|an|his|her|their)\b)|\bhookups?\b",
        r"\berotic(?:a|ism)?\b|\borg(?:y|ies)\b|\bthreesomes?\b|\bstrip\s+clubs?|\bstrippers?\b|sexually\s+suggestive|\bsuggestive\s+(?:[\w-]+\s+)?(?:scenes?|dancing|dances?|content|material|moments?)",
    )),
}
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|free\s+of|lacks?|lacking|isn't|isn’t|wasn't|wasn’t|nor|zero|little|hardly|barely|nobody|no\s+one|no-one)"
    r"\s+(?:\w+\s+){0,2}$"
    # A comparison that denies it: "more creepy than gory", "a title that promises more bloodshed than the film delivers".
    r"|\bmore\s+[\w-]+\s+than\s+$|\b(?:promises|promised|suggests|suggested)\s+(?:far\s+|much\s+)?more\s+$",
    re.I,
)
# "implies but does not show a rape": the film has it, off screen; the "not" denies the showing, not the event.
_IMPLIED_NOT_SHOWN = re.compile(
    r"\b(?:impl(?:y|ies|ied)|suggests?|suggested|hints?\s+at)\s+(?:\w+\s+){0,2}?(?:but|though)\s+(?:does\s+not|doesn't|doesn’t|never|not)\s+"
    r"(?:show|depict)s?\s+(?:\w+\s+){0,2}$",
    re.I,
)
_FIGURES = re.compile(
    r"killer\s+(?:soundtrack|score|cast|performance)|smoking\s+(?:gun|hot)|drunk\s+on|bloody\s+(?:good|great|brilliant|well|hell)|"
    r"violently\s+(?:funny|beautiful)|brutally\s+honest|brutal\s+honesty|"
    r"(?:root|ginger|small)\s+beer|wine[-\s](?:dark|red|colou?red)|wines?\s+and\s+dines?|champagne[-\s](?:problems|socialists?|colou?red)|"
    r"drunk\s+(?:the\s+kool-?aid|with\s+power)|molotov\s+cocktails|"
    r"violent\s+(?:shifts?|swings?|lurch(?:es)?|changes?)\s+(?:in|of)\s+(?:tone|mood|register|gear)|"
    r"violence\s+(?:\w+\s+){0,2}?(?:is|was|stays|remains)\s+(?:all\s+|purely\s+|entirely\s+|strictly\s+)?"
    r"(?:verbal|emotional|psychological|in\s+the\s+(?:words|dialogue|language))",
    re.I,
)
# A rating's reason: "Rated R for ...", "rated 15 by the BBFC for ...", "carries an R rating for ...", "a 12A certificate for ...".
_RATING = r"(?:R|PG-13|PG|NC-17|TV-MA|TV-14|MA15\+|MA|M|12A|12|15|16|18|R18\+)(?![\w+-])"
_EXPLICIT = re.compile(
    r"\b(?:content|trigger)\s+warnings?\b|^\s*warnings?\s*[:：]|^\s*contains\b"
    rf"|\brated\s+{_RATING}[^.\n]{{0,40}}?\bfor\b|\b{_RATING}\s+(?:rating|certificate|classification)\s+for\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_BARE_WARNING = re.compile(r"^\s*(?:content\s+|trigger\s+)?warnings?\s*[:：]?\s*$", re.I)

_LIST_PATTERNS = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _LIST_TERMS.items()}
_DESCRIBED_PATTERNS = {k: re.compile(rf"(?:{v})", re.I) for k, v in _DESCRIBED.items()}
# The same patterns (and `_FIGURES`) without re.I, for `casefree` text: the same matches at the same offsets, found faster.
_DESCRIBED_LOWER = {k: re.compile(p.pattern) for k, p in _DESCRIBED_PATTERNS.items()}
_FIGURES_LOWER = re.compile(_FIGURES.pattern)
_SEXUAL_OR_DOMESTIC_BEFORE = re.compile(r"sexual\s+$|domestic\s+$", re.I)

# Stems (see `prefilter`): every match of a category's pattern contains one of them, lower-cased.
# Kept beside `_DESCRIBED`: a phrase added there needs its stem here.
_DESCRIBED_STEMS: dict[str, tuple[str, ...]] = {
    "suicide": ("suicid", "life", "kill", "hang", "shoot", "shot", "wrist", "death"),
    "sexual violence": ("sex", "rap"),
    "drugs": ("drug", "cocaine", "heroin", "meth", "overdose", "marijuana", "cannabis", "hashish", "opium", "opioid", "fentanyl", "ketamine",
              "amphetamine", "lsd", "narcotic", "opiate", "crack", "acid", "hooked", "addicted", "weed", "pill", "dop", "high", "snort", "coke", "stone", "junkie", "joint"),
    "violence": ("violen", "blood", "brutal", "shoot", "fight", "murder", "stab", "beat", "torture", "gun", "firing", "volley", "shot",
                 "strangl", "bludgeon", "slap", "punch", "brawl", "execut", "atrocit", "massacre", "genocide", "kill", "slasher", "body",
                 "lynch", "carnage", "assassinat", "point", "bullets", "bomb", "hit", "mauled"),
    "gore": ("gore", "gory", "gorier", "gruesome", "dismember", "disembowel", "splatter", "decapitat", "behead", "eviscerat", "entrails", "viscera",
             "blood", "severed"),
    "strong language": ("language", "profanit", "f-bomb", "f-word", "expletive", "swear", "obscenit", "four-letter", "cuss", "cursing",
                        "mouthed", "dialogue", "banter", "c-word"),
    "alcohol": ("alcohol", "drunk", "booz", "tipsy", "hungover", "hangover", "liquor", "drink", "whisk", "vodka", "bourbon", "tequila",
                "schnapps", "ouzo", "cacha", "baijiu", "soju", "mezcal", "absinthe", "moonshine", "sangria", "champagne", "beer", "wine",
                "cocktail", "lager", "pints", "gin", "crawl", "flask"),
    "smoking": ("smok", "cigar", "tobacco", "vap", "hookah", "shisha", "puff"),
    "self-harm": ("harm", "injury", "mutilat", "cut"),
    "abuse": ("abus", "domestic", "cruelty", "torment", "bullying", "beat", "grooming", "molest"),
    "sexual content": ("sex", "love", "nud", "bedroom", "frontal", "topless", "hook", "suggestive", "erotic", "orgy", "orgies", "threesome", "strip"),
}
# A line `_EXPLICIT` or `_BARE_WARNING` matches holds one of these.
_EXPLICIT_STEMS = ("warning", "contain", "rated", "rating", "certificate", "classification")


def _explicit(line: str) -> list[str]:
    found: list[str] = []
    for category, pattern in _LIST_PATTERNS.items():
        for m in pattern.finditer(line):
            if category == "abuse" and re.search(r"sexual\s+$", line[: m.start()], re.I):
                continue
            if category == "violence" and re.search(r"sexual\s+$", line[: m.start()], re.I):
                continue
            found.append(category)
            break
    return found


def _negated(cleaned: str, start: int) -> bool:
    """Whether the phrase at `start` is denied ("no gore", "nobody drinks"), not merely kept off screen ("implies but does not show")."""
    if not _NEGATION.search(cleaned[max(0, start - 40) : start]):
        return False
    return not _IMPLIED_NOT_SHOWN.search(cleaned[max(0, start - 70) : start])


def _explicit_part(line: str) -> str | None:
    """The part of a line that is a warning list: the whole line when it opens with the cue ("Warning: ...",
    "Contains ..."), else the cue's own sentence ("... It is rated R for violence."), so that the
    list terms ("language", "drinking") are not read in the rest of a paragraph. None when no cue."""
    m = _EXPLICIT.search(line)
    if m is None:
        return None
    if not line[: m.start()].strip():
        return line
    end = _SENTENCE_END.search(line, m.end())
    return line[m.start() : end.end() if end else len(line)]


def _describes(cleaned: str, category: str, lowered: str | None = None) -> bool:
    """Whether a sentence (figures of speech already removed) describes the category, not negated.

    `lowered` is `casefree(cleaned)` when the caller has it.
    """
    for m in _DESCRIBED_LOWER[category].finditer(casefree(cleaned) if lowered is None else lowered):
        if _negated(cleaned, m.start()):
            continue
        if category == "violence" and _SEXUAL_OR_DOMESTIC_BEFORE.search(cleaned[: m.start()]):
            continue
        return True
    return False


def _without_figures(sentence: str, lowered: str) -> str:
    """The sentence with figures of speech ("killer soundtrack") blanked out; `lowered` is its `casefree` form."""
    return _FIGURES.sub(" ", sentence) if _FIGURES_LOWER.search(lowered) else sentence


def _first_described(sentences: list[str]) -> dict[str, int]:
    """Each described category -> the index of the first sentence describing it.

    Same result as running every category's pattern on every sentence (figures of
    speech blanked), but a pattern only runs on the sentences holding one of its stems.
    """
    index = TextIndex(sentences)
    cleaned: dict[int, tuple[str, str]] = {}  # sentence index -> (cleaned, its casefree form)
    first: dict[str, int] = {}
    for category, stems in _DESCRIBED_STEMS.items():
        for i in index.having(stems):
            if i not in cleaned:
                lowered = index.lowered_text(i)
                text = _without_figures(sentences[i], lowered)
                cleaned[i] = (text, lowered if text is sentences[i] else casefree(text))
            text, lowered = cleaned[i]
            if _describes(text, category, lowered):
                first[category] = i
                break
    return first


def find_content_warnings(document: Document, sentences: list[str]) -> list[ContentWarning]:
    """Each category once, with the first line or sentence that supports it (explicit lines first)."""
    found: dict[str, str] = {}
    lines = document.lines
    for i in TextIndex(lines).having(_EXPLICIT_STEMS):
        line = lines[i]
        if _BARE_WARNING.match(line) and i + 1 < len(lines):
            line = f"{line} {lines[i + 1]}"
        else:
            line = _explicit_part(line)
            if line is None:
                continue
        for category in _explicit(line):
            found.setdefault(category, line.strip())
    first = _first_described(sentences)
    order = list(_DESCRIBED_PATTERNS)
    for category in sorted(first, key=lambda c: (first[c], order.index(c))):
        found.setdefault(category, sentences[first[category]].strip())
    return [ContentWarning(warning=k, evidence=v) for k, v in found.items()]
