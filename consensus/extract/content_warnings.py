"""Content warnings a viewer would want: from explicit warning lines and from what the review describes.

Two sources, both with their evidence:

* Explicit: a warning line ("Warning: Contains violence, strong language, ...",
  "Content warning: ...", "trigger warning"), a rating's reason ("Rated R for bloody
  violence and drug use", "Rated 15 for ...", "carries an R rating for ..."), or a
  "Contains ..." line right after a bare "Warning:" line. Every category named there
  counts; a cue inside a paragraph is read only in its own sentence.
* Described: phrases that say the film shows something, grouped per category with the
  stems that let a group skip sentences ("takes her own life" -> suicide, "sex
  trafficking" -> sexual violence, "snorting lines" -> drugs, "shot dead", "a knife
  fight" -> violence, "drinks himself into a stupor", "a bottle of vodka" -> alcohol,
  "chain-smokes" -> smoking, "the f-word" -> strong language, "a frank love scene" ->
  sexual content). A phrase is skipped when negated ("no gore", "nobody drinks", "more
  creepy than gory"; but "implies but does not show a rape" still counts), or when it is
  a known figure of speech or trade ("killer soundtrack", "smoking gun", "a violent shift
  in tone", "stabbed in the back", "shot on 35mm", "a wine critic").
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.extract.prefilter import TextIndex, casefree, has_any, word_trie
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
    "animal harm": r"animal\s+(?:harm|cruelty|abuse|deaths?|violence|death)|cruelty\s+to\s+animals|harm\s+to\s+animals",
    "frightening scenes": r"(?:frightening|scary|intense|disturbing|terrifying)\s+(?:scenes?|sequences?|images|imagery|moments?)|peril|threat"
                          r"|terror|jump\s+scares?|scares",
}
# Category -> groups of phrases that describe it in running text, each with its stems (see `prefilter`):
# every match of a group's regex contains one of the group's stems, lower-cased, so a group only runs on
# the sentences holding one of them. A phrase added to a group needs its stem beside it.
# A drink or tobacco named as a trade or a place ("a wine critic", "a tobacco farmer"), not as something drunk or smoked.
_TRADE = (r"critics?|cellars?|merchants?|country|region|tasting|barons?|compan(?:y|ies)|business|industry|farmers?|farms?|plantations?|fields?"
          r"|executives?|lobby|heir(?:ess)?|dynasty|empire|magnates?|tycoons?|estates?|importers?|makers?")
# A family member struck or beaten ("hits his wife across the face", "beats her children").
_FAMILY = r"(?:wife|husband|children|kids|son|daughter|girlfriend|boyfriend|partner|mother|father)"
# Animals whose harm viewers want to be warned of (pets, farm and wild animals), not a human "pig" or "rat".
_ANIMAL = (r"\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|ponies|pony|birds?|hawks?|animals?|pets?(?!\s+(?:project|theory|peeve|cause|subject|name))|rabbits?|deer|elks?|goats?|cows?|"
           r"calves|calf|donkeys?|monkeys?|wolf|wolves|bears?|foxes|fox|sheep|lambs?|owls?)\b")
_ANIMAL_STEMS = ("dog", "pupp", "cat", "kitten", "horse", "pon", "bird", "hawk", "animal", "pet", "rabbit", "deer", "elk", "goat", "cow",
                 "calf", "calv", "donkey", "monkey", "wol", "bear", "fox", "sheep", "lamb", "owl")
_DESCRIBED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "suicide": (
        # Not "career suicide", a "suicide mission", the "Suicide Squad", a "suicide bomber" (violence) or a car's "suicide doors".
        (r"(?<!career\s)(?<!political\s)(?<!commercial\s)(?<!professional\s)(?<!box-office\s)"
         r"(?:suicides?|suicidal)(?!\s+(?:squad|missions?|bomb\w*|runs?|doors?|attacks?)\b)", ("suicid",)),
        (r"(?:takes?|took|taking|ends?|ended|ending)\s+(?:her|his|their|its)\s+(?:own\s+)?li(?:fe|ves)\b(?!\s+in\s+(?:her|his|their|its)\s+hands)",
         ("life", "lives")),
        (r"kill(?:s|ed)?\s+(?:her|him|them)sel(?:f|ves)", ("kill",)),
        (r"\b(?:hangs?|hanged|hanging)\s+(?:him|her)self|\bhang(?:s|ed|ing)?\s+themselves", ("hang",)),
        (r"\b(?:shoots?|shot)\s+(?:him|her)self\b(?!\s+in\s+the\s+foot)", ("shoot", "shot")),
        (r"\bslits?\s+(?:his|her|their)\s+wrists|\bjump(?:s|ed)?\s+to\s+(?:his|her|their)\s+deaths?", ("wrist", "death")),
        (r"\b(?:threw|throws|throwing)\s+(?:her|him|them)sel(?:f|ves)\s+(?:from|off|under|in\s+front\s+of\s+(?:a|the|an)\s+(?:train|bus|car|truck|lorry|tram))\b",
         ("threw", "throw")),
    ),
    "sexual violence": (
        (r"sexually\s+(?:assault|abus|exploit)\w*|sex(?:ual)?\s+trafficking|sex\s+traffickers?|sexual\s+(?:abuse|assault|violence|blackmail|exploitation)"
         r"|forced\s+(?:in)?to\s+(?:sex|sexual)", ("sex",)),
        (r"\brape[sd]?\b|\braping\b", ("rap",)),
        (r"\bmolest\w*", ("molest",)),
    ),
    "drugs": (
        (r"drug\s+(?:trafficking|dealing|dealers?|use|abuse|addiction|lord|cartel)|using\s+drugs|drug(?:s|ged)?\s+(?:them|her|him|women|girls)|\bdrugs\b"
         r"|drug-(?:labs?|deals?|dealers?|runners?|mules?|dens?|rings?|fuell?ed|addled|induced|smuggling|addicts?|binges?|habits?)\b", ("drug",)),
        (r"cocaine|heroin|meth\b|overdose|narcotics|opiates|marijuana|cannabis|hashish|\bopium\b|opioids?|fentanyl|ketamine|amphetamines?|\blsd\b",
         ("cocaine", "heroin", "meth", "overdose", "narcotic", "opiate", "marijuana", "cannabis", "hashish", "opium", "opioid", "fentanyl",
          "ketamine", "amphetamine", "lsd")),
        (r"crack\s+(?:dens?|houses?|pipes?|addicts?)|acid\s+trips?|\bweed\b(?!\s+out)|\bkhat\b|\bmiraa\b", ("crack", "acid", "weed", "khat", "miraa")),
        (r"(?:hooked\s+on|addicted\s+to)\s+(?:painkillers|sleeping\s+pills|tranquil+i[sz]ers|opiates|speed)", ("hooked", "addicted")),
        # Pills as drugs, not "a bitter pill"; sports doping; high on something named (not "high on life", "the stakes get high").
        (r"(?<!bitter\s)(?<!chill\s)(?<!poison\s)\bpills\b|pill[-\s]popping|popping\s+pills", ("pill",)),
        (r"\bdop(?:ed|ing)\b", ("dop",)),
        (r"\b(?:takes?|took|taking|on)\s+ecstasy\b|\bsmok\w*\s+pot\b|\binject(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\b",
         ("ecstasy", "smok", "inject")),
        (r"\bhigh\s+on\s+(?:drugs|coke|cocaine|heroin|meth|pills|weed|glue|acid|ecstasy|mushrooms)", ("high",)),
        (r"\bsnort(?:s|ed|ing)?\s+(?:\w+\s+)?(?:coke|cocaine|lines?|powder|heroin|ketamine|pills)|lines\s+of\s+coke", ("snort", "coke")),
        (r"\bstoned\b(?!\s+(?:to\s+death|by))|\bstoners?\b", ("stone",)),
        (r"(?<!adrenaline\s)(?<!news\s)(?<!sugar\s)\bjunkies?\b", ("junkie",)),
        (r"\bjoints?\s+of\s+(?:weed|marijuana)|\b(?:smok\w*|roll\w*|pass\w*)\s+(?:a\s+)?joints?\b", ("joint",)),
    ),
    "violence": (
        (r"violence|violent", ("violen",)),
        (r"bloody|bloodshed|\bbloodbath", ("blood",)),
        (r"brutal(?:ity)?", ("brutal",)),
        (r"gunfights?|fight\s+scenes|\b(?:knife|fist|bar|pub|street|gun|sword|prison|cage|machete)[\s-]?fights?\b", ("fight",)),
        (r"shoot-?outs?|\bshoots?\s+(?:him|her|them)\s+(?:dead|in\s+the|point-blank|twice|repeatedly|down)|\b(?:mass|school|drive-by)\s+shootings?",
         ("shoot",)),
        (r"murders?|\bserial\s+killers?|\bkillings\b|killing\s+spree|\b(?:the|its|inventive|creative|gory|goofy|grisly)\s+kills\b",
         ("murder", "kill")),
        (r"stabbings?|\bstabbed\b(?!\s+in\s+the\s+back)|\bstabs\s+(?:him|her|them|the|his)\b|stab\s+wounds?", ("stab",)),
        # Blows described as events, not "story beats", "beat-up car", "beats him at chess".
        (r"beatings?|\bbeat(?:s|en|ing)?\s+(?:\w+\s+){0,2}?(?:to\s+death|to\s+a\s+pulp|senseless|unconscious|bloody)|\bbeat(?:s|en|ing)?\s+up\b"
         r"|\b(?:beats|beat|beating)\s+(?:his|her|their)\s+(?:wife|husband|children|kids|son|daughter|girlfriend|boyfriend|partner)\b(?!\s+at\b)",
         ("beat",)),
        (r"torture", ("torture",)),
        # Guns: not "shot on 35mm" or "shot in the back of a taxi".
        (r"\bgunfire|\bgunshots?|\bgun\s+battles?|\bgunned\s+down|\bgunm[ae]n\b|machine-gunned|\bat\s+gunpoint", ("gun",)),
        (r"firing\s+squads?", ("firing",)),
        (r"volleys?\s+of\s+(?:shots|gunfire|bullets)|\bhail\s+of\s+bullets", ("volley", "bullets")),
        (r"\bshot\s+(?:dead|and\s+killed|to\s+death|point-blank|in\s+the\s+(?:head|chest|face|stomach|gut|neck|leg|back)(?!\s+of))", ("shot",)),
        (r"\bstrangl(?:ed|es|ing|ation)\b|\bstrangulat(?:ion|ed|es|ing)\b", ("strangl", "strangul")),
        (r"\bbludgeon\w*", ("bludgeon",)),
        (r"\bslap(?:s|ped|ping)\s+(?:him|her|them|the\s+\w+|his\s+\w+)\b(?!\s+on\b)|\b(?:nasty|vicious|hard|sharp|stinging|brutal|violent)\s+(?:[\w-]+\s+)?slap\b",
         ("slap",)),
        (r"\bpunch(?:es|ed)\s+(?:him|her|them|(?:his|her|their)\s+(?:brother|sister|wife|husband|father|mother|son|daughter|boss|friend|rival))\b",
         ("punch",)),
        (rf"\b(?:strik(?:es|ing)|struck|hit(?:s|ting)?)\s+(?:his|her|their)\s+{_FAMILY}"
         r"\s+(?:across|in|on|with)\b(?!\s+(?:the\s+)?(?:news|question|truth|demand|request|idea|bill))", ("strik", "struck", "hit")),
        (r"\bkick(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:to\s+death|senseless|unconscious|bloody)", ("kick",)),
        # Killed by someone, not "killed off" by the writers, in a crash, or a project "killed in development".
        (r"\b(?:is|are|was|were|gets?|got|being|been)\s+(?:\w+\s+)?killed\b(?!\s+(?:off|in\s+an?\s+(?:car|plane|train|traffic|road)\s+(?:crash|accident)"
         r"|in\s+(?:development|pre-production|the\s+edit|committee)|by\s+(?:the\s+)?(?:studio|network|critics|censors|reviews|producers)))",
         ("kill",)),
        (r"\bopen(?:s|ed|ing)?\s+fire\b", ("fire",)),
        (r"\b(?:battle|combat)\s+(?:scenes|sequences)", ("battle", "combat")),
        (r"\b(?:dog|shark|bear|knife|acid|terror|terrorist)\s+attacks?\b", ("attack",)),
        (r"\bbrawl(?:s|ing)?\b", ("brawl",)),
        # Executions of people, not "the execution of the idea".
        (r"\bexecutes\s+(?:him|her|them)\b|(?:public|summary|mass|roadside|gangland|botched|street)\s+executions?|(?:summarily|publicly)\s+executed|execution-style"
         r"|\bexecutions?\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:family|prisoners?|hostages?|civilians?|villagers?|soldiers?|children"
         r"|women|men|man|woman|boy|girl|tsar|king|queen|traitors?|deserters?|captives?|rebels?)\b", ("execut",)),
        (r"\batrocit(?:y|ies)|\bmassacre[sd]?\b|\bgenocide|\bcarnage\b|\bassassinat\w*|\bmauled\b",
         ("atrocit", "massacre", "genocide", "carnage", "assassinat", "mauled")),
        (r"\bslashers?\b|\b(?:body|kill)[ -]count", ("slasher", "y count", "y-count", "l count", "l-count")),
        (r"\blynch(?:ed|ing|ings)\b|\blynch\s+mob", ("lynch",)),
        (r"\bat\s+knifepoint", ("knifepoint",)),
        (r"\bsuicide\s+bomb\w*|\bcar\s+bombs?|\bbombings?\b", ("bomb",)),
        (r"\bhit[ -]?m[ae]n\b", ("hitm", "hit m", "hit-m")),
    ),
    "gore": (
        (r"\bgore\b|\bgory\b|\bgorier\b|gruesome|\bgrisly\b|dismember\w*|disembowel\w*|splatter|decapitat\w*|\bbehead\w*|eviscerat\w*|\bentrails\b|\bviscera\b",
         ("gore", "gory", "gorier", "gruesome", "grisly", "dismember", "disembowel", "splatter", "decapitat", "behead", "eviscerat", "entrails", "viscera")),
        # Blood shown in quantity, not "bad blood" or "blood relatives".
        (r"\bblood\s+everywhere|\bblood-(?:soaked|spattered|splattered|drenched)"
         r"|\b(?:buckets|gallons|pools|geysers|sprays?|torrents|fountains|rivers|a\s+lot|lots|plenty)\s+of\s+blood\b"
         r"|\bblood\s+(?:flies|sprays|spurts|gushes|splatters)", ("blood",)),
        (r"\bsevered\s+(?:heads?|limbs?|hands?|fingers?|arms?|legs?|feet|ears?)", ("severed",)),
        (r"\bviolence\s+is\s+(?:\w+\s+){0,2}?(?:graphic|grisly)\b|\b(?:very|extremely|intensely|brutally|unflinchingly)\s+graphic\b"
         r"|(?<!non-)\bgraphic\s+(?:violence|deaths?|kills|killings|injur(?:y|ies)|wounds?|torture)"
         r"|\bin\s+(?:grisly|graphic|bloody|gruesome)\s+detail", ("graphic", "grisly", "detail")),
        (r"\bthroats?\s+(?:cut|slit|slashed)\b|\bslit(?:s|ting)?\s+(?:his|her|their|a\s+man's|a\s+woman's)\s+throats?", ("throat",)),
        # the match opens on "not" ("Definitely not for weak stomachs"), so the negation test does not read it as denied
        (r"\bnot\s+(?:\w+\s+){0,2}for\s+(?:the\s+squeamish|(?:the\s+)?(?:weak|queasy|sensitive)[\s-]stomach(?:ed|s)?)"
         r"|\b(?:weak|queasy|sensitive)\s+stomachs?\b|\bthe\s+squeamish\b", ("stomach", "squeamish")),
    ),
    "strong language": (
        (r"strong\s+language|\bbad\s+language", ("language",)),
        (r"profanit(?:y|ies)|f-bombs?|\bf-words?|\bc-words?|expletives?|(?<!anti-)obscenities|\ban\s+obscenity|four-letter\s+words?",
         ("profanit", "f-bomb", "f-word", "c-word", "expletive", "obscenit", "four-letter")),
        (r"\bcuss(?:es|ing|words?)?\b|\bcursing\b|foul[-\s]mouthed|potty[-\s]mouthed", ("cuss", "cursing", "mouthed")),
        (r"\b(?:salty|crude|coarse|vulgar|filthy|foul|colou?rful|obscene)\s+(?:language|dialogue|banter)"
         r"|\b(?:language|dialogue)\s+(?:is|was|gets|turns)\s+(?:\w+\s+)?(?:salty|crude|coarse|vulgar|filthy|foul|profane|obscene|rough|blue|ripe)\b",
         ("language", "dialogue", "banter")),
        # "swear" the verb of cursing, not of oaths ("swears revenge", "swear by").
        (r"swearing(?!-in)|swear\s*words?|\bswear(?:s|ing)?\s+(?:like|constantly|a\s+lot|profusely|incessantly|non-?stop|freely|a\s+blue\s+streak|at\s+each\s+other)"
         r"|\b(?:smoke|drink|curse|shout|spit)(?:s|ing)?\s+and\s+swear|\bswears\s+so\s+(?:constantly|much|often)", ("swear",)),
        (r"\bcurs(?:e|es|ing)\s+(?:like|constantly|a\s+lot|profusely|incessantly|non-?stop)|\b(?:everyone|everybody)\s+curses\b", ("curs",)),
        (r"\blanguage\s+that\s+would\s+make\s+(?:a|an)\s+(?:[\w-]+\s+)?blush", ("blush",)),
        (r"\bf-{1,2}k\b|\bs-{1,2}t\b|\bf\*+(?:c?k|ing)\b|\bsh\*+t\b", ("f-", "s-", "f*", "sh*")),
    ),
    "alcohol": (
        (r"(?<!non-)alcohol(?:ic|ism)?|\bdrunk(?:en|s|ards?)?\b|\bbooz(?:e|y|ing)\b|\btipsy\b|\bhungover\b|\bhangovers\b|\bliquor\b",
         ("alcohol", "drunk", "booz", "tipsy", "hungover", "hangover", "liquor")),
        # Drinking as a habit or a scene, not "drinking water" or "drinking in the view".
        (r"\b(?:binge|heavy|hard|underage|teen|constant|endless|excessive|all-night|daytime)\s+drinking\b"
         r"|\bdrinking\s+(?:problem|binges?|sessions?|buddies|games?|sprees?|contests?|bouts?)\b"
         r"|\b(?:lots?|amount|deal|plenty|bouts?|nights?)\s+of\s+drinking\b"
         r"|\b(?:heavy|hard|secret|problem|functioning|binge)\s+drinkers?\b"
         r"|\bdrink(?:s|ing)?\s+(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+way|heavily|too\s+much|all\s+(?:day|night)|to\s+forget"
         r"|and\s+(?:smok|swear|fight|danc|driv))", ("drink",)),
        # Named drinks; "root beer", "wine-dark" and the like are figures (`_FIGURES`).
        (r"\b(?:whiske?y|vodka|bourbon|tequila|schnapps|ouzo|cacha[cç]a|baijiu|soju|mezcal|absinthe|moonshine|sangria|champagne|beers?|wine"
         rf"|cocktails|lager|pints)\b(?![\s-](?:{_TRADE}))",
         ("whisk", "vodka", "bourbon", "tequila", "schnapps", "ouzo", "cacha", "baijiu", "soju", "mezcal", "absinthe", "moonshine", "sangria",
          "champagne", "beer", "wine", "cocktail", "lager", "pints")),
        (r"\b(?:pub|bar)\s+crawls?|\bhip\s+flasks?|\bdrink(?:s|ing)?\s+(?:\w+\s+)?from\s+(?:the\s+bottle|(?:a\s+|their\s+|his\s+|her\s+)?flasks?)",
         ("crawl", "flask", "drink")),
        (r"\b(?:aquavit|akvavit|rotgut|fernet|raki|rakia|rakija|arrack|palinka|pálinka|grappa|cognac|makgeolli|shochu|pisco|"
         r"slivovitz|horilka|samogon|aguardiente|toddy|koskenkorva)\b",
         ("aquavit", "akvavit", "rotgut", "fernet", "raki", "arrack", "palinka", "pálinka", "grappa", "cognac", "makgeolli",
          "shochu", "pisco", "slivovitz", "horilka", "samogon", "aguardiente", "toddy", "koskenkorva")),
        (r"\b(?:gin|rum|wine|whiske?y|vodka|booze|beer|sake|champagne|liquor)\s+flow(?:s|ed|ing)\b", ("flow",)),
        # Drinks whose names are also words or names ("Sherry", "ale", "gin trap"): only drunk or poured ("a can of cider", "drink cheap gin").
        (r"\b(?:drink(?:s|ing)?|drank|sip(?:s|ping)?|swig(?:s|ging)?|nurs(?:es|ing)|(?:glass(?:es)?|bottles?|pints?|shots?|flasks?|toasts?)\s+of|(?:cans?|lot) of)"
         r"\s+(?:[\w-]+\s+)?(?:gin|rum|cider|sherry|brandy|palm\s+wine|ale|stout|prosecco|martinis?|margaritas?|chacha)\b(?!-)",
         ("drink", "drank", "sip", "swig", "nurs", "glass", "bottle", "can of", "cans of", "pint", "shot", "flask", "lot of", "toast")),
    ),
    "smoking": (
        (r"\bsmoking\b|\bsmokes\b|chain[-\s]?smok\w*|pipe[-\s]smok\w*|\b(?:drink|swear|curse)(?:s|ing)?\s+and\s+smok"
         # "smoke" the verb, not the noun ("filmed in smoke", "smoke and mirrors").
         r"|\bsmoke[sd]?\s+(?:(?:a\s+)?pipes?|constantly|incessantly|heavily|endlessly|non-?stop|like\s+(?:a\s+)?chimneys?"
         r"|and\s+(?:swear|drink|curse|talk|argue|flirt|brood|hook))", ("smok",)),
        (rf"cigarettes?|\bcigars?\b|cigarillos?|tobacco(?![\s-](?:{_TRADE}))|\bvap(?:e|es|ing)\b|\bhookahs?\b|\bshisha\b", ("cigar", "tobacco", "vap", "hookah", "shisha")),
        (r"\bpuff(?:s|ed|ing)?\s+(?:on|at)\s+(?:a|an|his|her|their)\s+(?:pipe|vape|hookah)", ("puff",)),
    ),
    "self-harm": (
        (r"self[-\s]harm|self[-\s]injury|self-mutilat\w*", ("harm", "injury", "mutilat")),
        (r"\bburn(?:s|ed|ing)?\s+(?:her|him|them)sel(?:f|ves)\b(?!\s+out)", ("burn",)),
        (r"(?:cutting|cuts)\s+(?:her|him|them)sel(?:f|ves)\b(?!\s+(?:off|a|an|some|loose|free)\b)"
         r"|\bcut(?:s|ting)?\s+(?:at\s+|into\s+)?(?:her|his|their)\s+own\s+(?:skin|arms?|wrists?|flesh|legs?)", ("cut",)),
    ),
    "abuse": (
        (r"child\s+abuse|domestic\s+(?:abuse|violence)|\babusive\b(?!\s+language)|\babusers?\b"
         # "abuse" itself, not drug, substance, alcohol or sexual abuse (their own categories) nor "abuse of power".
         r"|(?<!drug\s)(?<!substance\s)(?<!alcohol\s)(?<!sexual\s)(?<!self-)\babuse[sd]?\b"
         r"(?!\s+(?:of\s+(?:power|authority|office|process|privilege|position|trust)|(?:his|her|their|its)\s+(?:power|position|authority)"
         r"|the\s+(?:word|term|phrase|system|format)|hurled|shouted|yelled|screamed|traded|heaped))",
         ("abus", "domestic")),
        (r"\b(?:verbal|emotional|psychological)\s+(?:cruelty|torment|bullying)", ("cruelty", "torment", "bullying")),
        (r"\block(?:s|ed|ing)?\s+(?:the|a|her|his|their)\s+(?:[\w-]+\s+)?(?:girl|boy|child|children|son|daughter|kids?|grandson|granddaughter)"
         r"\s+(?:in|into)\s+(?:the|a)\s+(?:cellar|basement|closet|cupboard|attic|room|shed|cage)", ("lock",)),
        (r"\bviolent\s+(?:towards?|with)\s+(?:his|her|their)\s+(?:wife|husband|children|kids|son|daughter|partner|girlfriend|boyfriend)\b", ("violent",)),
        (rf"\bbeat(?:s|ing)?\s+(?:his|her|their)\s+{_FAMILY}\b(?!\s+at\b)",
         ("beat",)),
        (r"\bgrooming\s+(?:of\s+)?(?:a\s+)?(?:child|children|minors?|teen\w*|young\s+(?:girls?|boys?))|\bmolest\w*", ("grooming", "molest")),
    ),
    "sexual content": (
        (r"\b(?:sex|nude|bedroom)\s+scenes?|nudity|\bnude\b|full[-\s]frontal|\btopless\b|explicit\s+sex|sexually\s+explicit"
         r"|\b(?:steamy|raunchy|graphic|frank|explicit)\s+(?:sex|bedroom)|\b(?:has|have|having)\s+sex\b|sexually\s+suggestive",
         ("sex", "nud", "bedroom", "frontal", "topless")),
        (r"\b(?:(?:a\s+)?(?:fair|good|great)\s+(?:amount|deal)\s+of|a\s+lot\s+of|lots\s+of|plenty\s+of|some)\s+sex\b(?!-)"
         r"(?!\s+(?:appeal|education|work|workers?|trafficking))", ("sex",)),
        # "love" is in most reviews: its phrases on their own.
        (r"\blove\s+scenes?|lovemaking|\b(?:steamy|raunchy|graphic|frank|explicit)\s+love|\bmak(?:e|es|ing)\s+love\b", ("love",)),
        # "hook up" without an object ("the teens hook up"), not "hooks up with a gang" or "hook up the generator".
        (r"\bsle(?:ep|eps|pt|eping)\s+together\b", ("together",)),
        (r"\bhook(?:s|ing)?[\s-]up\b(?!\s+(?:with|to|the|a|an|his|her|their)\b)|\bhookups?\b", ("hook",)),
        (r"\bsuggestive\s+(?:[\w-]+\s+)?(?:scenes?|dancing|dances?|content|material|moments?)", ("suggestive",)),
        (r"\berotic(?:a|ism)?\b|\borg(?:y|ies)\b(?!\s+of)|\bthreesomes?\b|\bstrip\s+clubs?|\bstrippers?\b", ("erotic", "orgy", "orgies", "threesome", "strip")),
    ),
    # An animal hurt or killed on screen: a harm verb before an animal, the animal's death or body, dog fights.
    # Every phrase names an animal, so the animals are the stems.
    "animal harm": (
        (r"\b(?:kill(?:s|ed|ing)?|shoots?|shot|shooting|kick(?:s|ed|ing)?|beat(?:s|en|ing)?|drown(?:s|ed|ing)?|tortur(?:es|ed|ing)"
         r"|poison(?:s|ed|ing)?|stab(?:s|bed|bing)?|crush(?:es|ed|ing)?|abus(?:es|ed|ing)|slaughter(?:s|ed|ing)?|butcher(?:s|ed|ing)?"
         rf"|run(?:s|ning)?\s+over|ran\s+over|hit(?:s|ting)?)\s+(?:an?|the|his|her|their|its|one|two|several)\s+(?:[\w-]+\s+)?{_ANIMAL}",
         _ANIMAL_STEMS),
        (rf"\b(?:death|killing|slaughter|shooting|drowning|torture|abuse|mistreatment)\s+of\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?{_ANIMAL}",
         _ANIMAL_STEMS),
        (rf"{_ANIMAL}\s+(?:is\s+|gets\s+|being\s+|was\s+)?(?:(?:killed|shot|kicked|beaten|drowned|tortured|poisoned|stabbed|crushed|slaughtered|"
         r"butchered|run\s+over|put\s+down|mauled)\b|dies\b)", _ANIMAL_STEMS),
        (rf"\b(?:dead|wounded|injured|dying|mutilated|maimed|skinned)\s+{_ANIMAL}|{_ANIMAL}['’]s\s+(?:body|corpse|carcass)", _ANIMAL_STEMS),
        # dog fights as a blood sport ("the dogfighting subplot", "a dog-fighting ring"), not air combat ("the dogfights")
        (r"\bdog[-\s]?fighting\b|\bcock[-\s]?fight(?:s|ing|ers?)?\b|\banimal\s+cruelty|cruelty\s+to\s+animals", ("dog", "cock", "animal")),
    ),
    # Scenes that frighten (what parents' guides call "scary moments" or "peril"): said of the film's scenes, or of
    # what they do to a young or sensitive viewer.
    "frightening scenes": (
        (r"\bjump[-\s]?scares?\b", ("jump",)),
        (r"\b(?:frightening|scary|terrifying|nightmarish|disturbing|harrowing|creepy)\s+(?:[\w-]+\s+)?(?:scenes?|sequences?|moments?|images|imagery|set[-\s]pieces?)\b",
         ("frightening", "scary", "terrifying", "nightmarish", "disturbing", "harrowing", "creepy")),
        (r"\b(?:will|may|might|could|would|can|did)\s+(?:\w+\s+)?(?:frighten|scare|terrify|traumati[sz]e|upset|spook)\s+(?:(?:the|very|some|more|most)\s+)?"
         r"(?:(?:young(?:er)?|small(?:er)?|little|sensitive)\s+)?(?:children|kids|viewers|ones|audiences|tots|toddlers|youngsters|watchers|under-\w+)\b",
         ("frighten", "scare", "terrify", "traumati", "upset", "spook")),
        (r"\b(?:too|very|quite|genuinely|properly|truly|really|seriously)\s+(?:scary|frightening|terrifying|intense)\s+for\s+(?:young(?:er)?\s+|small\s+|little\s+|sensitive\s+)?(?:children|kids|viewers|ones)\b"
         r"|\bgenuinely\s+(?:scary|frightening|terrifying)|\bproperly\s+(?:scary|frightening|terrifying)",
         ("scary", "frightening", "terrifying", "intense")),
        (r"\bnightmare\s+fuel\b|\b(?:give|gives|gave|giving)\s+(?:\w+\s+){0,2}nightmares\b|\bhid(?:e|es|ing)?\s+behind\s+(?:a|the|her|his|their|my)\s+(?:cushion|sofa|couch|pillow|hands|fingers)",
         ("nightmare", "hid")),
        (r"\b(?:mild|moderate|some|scenes?\s+of)\s+(?:peril|threat)\b", ("peril", "threat")),
    ),
}
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|free\s+of|lacks?|lacking|isn't|isn’t|wasn't|wasn’t|nor|neither|zero|little|hardly|barely|nobody|no\s+one|no-one|nothing)"
    r"\s+(?:\w+\s+){0,2}$"
    # A comparison that denies it: "more creepy than gory", "a title that promises more bloodshed than the film delivers".
    r"|\bmore\s+[\w-]+\s+than\s+$|\bthan\s+(?:in|on|about|with)\s+$|\b(?:promises|promised|suggests|suggested)\s+(?:far\s+|much\s+)?more\s+$",
    re.I,
)
# "implies but does not show a rape": the film has it, off screen; the "not" denies the showing, not the event.
_IMPLIED_NOT_SHOWN = re.compile(
    r"\b(?:impl(?:y|ies|ied)|suggests?|suggested|hints?\s+at)\s+(?:\w+\s+){0,2}?(?:but|though)\s+(?:does\s+not|doesn't|doesn’t|never|not)\s+"
    r"(?:show|depict)s?\s+(?:\w+\s+){0,2}$",
    re.I,
)
_GUIDE_HEADING = r"(?:sex|romance|nudity|drinking|drugs|smoking|language|violence|scariness|gore|alcohol|profanity|consumerism)"
_FIGURES = re.compile(
    r"killer\s+(?:soundtrack|score|cast|performance)|smoking\s+(?:gun|hot)|drunk\s+on|bloody\s+(?:good|great|brilliant|well|hell)|"
    r"violently\s+(?:funny|beautiful)|brutally\s+honest|brutal\s+honesty|"
    r"(?:root|ginger|small)\s+beer|wine[-\s](?:dark|red|colou?red)|wines?\s+and\s+dines?|champagne[-\s](?:problems|socialists?|colou?red)|"
    r"drunk\s+(?:the\s+kool-?aid|with\s+power)|molotov\s+cocktails|(?:like|as)\s+an?\s+(?:wounded|injured|dying|trapped)\s+animal|"
    r"(?:is|are|was|were)\s+murder\b|(?:slow|quiet|bureaucratic|structural|systemic)\s+violence|"
    r"kill(?:s|ed|ing)?\s+two\s+birds|beat(?:s|ing|en)?\s+a\s+dead\s+horse|"
    # a parents' guide heading names the categories it then describes ("Drinking, drugs & smoking: Teens drink beer")
    rf"^\s*{_GUIDE_HEADING}(?:\s*(?:,|&|and)\s*{_GUIDE_HEADING})*\s*:|"
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
# Each category's groups as one pattern, and all its stems (for the stem tests and callers that want the whole category).
_DESCRIBED_PATTERNS = {k: re.compile("|".join(f"(?:{p})" for p, _ in groups), re.I) for k, groups in _DESCRIBED.items()}
_DESCRIBED_STEMS: dict[str, tuple[str, ...]] = {k: tuple(dict.fromkeys(s for _, stems in groups for s in stems)) for k, groups in _DESCRIBED.items()}
_ALL_DESCRIBED_STEMS = frozenset(s for stems in _DESCRIBED_STEMS.values() for s in stems)
_SPACED_STEMS = frozenset(s for s in _ALL_DESCRIBED_STEMS if any(c.isspace() for c in s))
_WORD_STEMS = _ALL_DESCRIBED_STEMS - _SPACED_STEMS
# Any of the stems without whitespace (a trie: one scan finds the words that hold at least one).
_WORD_STEM_IN = re.compile(word_trie(_WORD_STEMS))
# The groups without re.I, for `casefree` text: the same matches at the same offsets, found faster.
_DESCRIBED_GROUPS_LOWER: dict[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = {
    k: tuple((re.compile(p), stems) for p, stems in groups) for k, groups in _DESCRIBED.items()
}
_FIGURES_LOWER = re.compile(_FIGURES.pattern)
_SEXUAL_OR_DOMESTIC_BEFORE = re.compile(r"sexual\s+$|domestic\s+$", re.I)
# In a warning list, "sexual abuse" and "sexual violence" are sexual violence only: not abuse or violence too.
_SEXUAL_BEFORE = re.compile(r"sexual\s+$", re.I)

# A line `_EXPLICIT` or `_BARE_WARNING` matches holds one of these.
_EXPLICIT_STEMS = ("warning", "contain", "rated", "rating", "certificate", "classification")


def _explicit(line: str) -> list[str]:
    """The categories a warning list names ("violence, sexual violence, language"); abuse and violence not when "sexual" comes before."""
    found: list[str] = []
    for category, pattern in _LIST_PATTERNS.items():
        for m in pattern.finditer(line):
            if category in ("abuse", "violence") and _SEXUAL_BEFORE.search(line[: m.start()]):
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

    `lowered` is `casefree(cleaned)` when the caller has it. Each group of phrases runs only when
    the sentence holds one of its stems: one large alternation tried at every character is what
    made the category patterns slow.
    """
    text = casefree(cleaned) if lowered is None else lowered
    for pattern, stems in _DESCRIBED_GROUPS_LOWER[category]:
        if not has_any(text, stems):
            continue
        for m in pattern.finditer(text):
            if _negated(cleaned, m.start()):
                continue
            if category == "violence" and _SEXUAL_OR_DOMESTIC_BEFORE.search(cleaned[: m.start()]):
                continue
            return True
    return False


def _without_figures(sentence: str, lowered: str) -> str:
    """The sentence with figures of speech ("killer soundtrack") blanked out; `lowered` is its `casefree` form."""
    return _FIGURES.sub(" ", sentence) if _FIGURES_LOWER.search(lowered) else sentence


@lru_cache(maxsize=16384)
def _stems_in(word: str) -> tuple[str, ...]:
    """The stems (without whitespace) one word holds; words repeat across reviews, so the answer is cached."""
    return tuple(stem for stem in _WORD_STEMS if stem in word)


def _present_stems(lowered: str) -> set[str]:
    """The described stems the lower-cased text holds, looked for in its distinct words that hold one.

    A stem without whitespace occurs in the text exactly when it occurs in one of the text's
    whitespace-separated words. One `_WORD_STEM_IN` scan of the distinct words (shorter than a
    review: its "the", "and" and names come once) finds a match in every word holding a stem,
    since no match can cross the space between words; the ~150 stems are then looked for in
    those few words only. The few stems with a space ("hit m", "y count") are looked for in
    the text itself.
    """
    words = " ".join(set(lowered.split()))
    present: set[str] = set()
    word_end = -1
    for m in _WORD_STEM_IN.finditer(words):
        if m.start() < word_end:
            continue  # this word's stems are in already
        word_end = words.find(" ", m.end())
        word_end = len(words) if word_end < 0 else word_end
        word = words[words.rfind(" ", 0, m.start()) + 1 : word_end]
        present.update(_stems_in(word))
    present.update(stem for stem in _SPACED_STEMS if stem in lowered)
    return present


def _first_described(sentences: list[str]) -> dict[str, int]:
    """Each described category -> the index of the first sentence describing it.

    Same result as running every category's phrases on every sentence (figures of
    speech blanked), but a category only looks at the sentences holding one of its stems.
    """
    index = TextIndex(sentences)
    present = _present_stems(index.lowered)
    cleaned: dict[int, tuple[str, str]] = {}  # sentence index -> (cleaned, its casefree form)
    first: dict[str, int] = {}
    for category, stems in _DESCRIBED_STEMS.items():
        found = [stem for stem in stems if stem in present]
        for i in index.having(found) if found else ():
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
