"""Second names a text ties to a name: `Chidubem ("Dubem" to his friends)`, `Pyotr, whom everyone calls Petya`,
`Niu Baoshan, known to everyone as Old Niu`.

Read by `extract.people` for a review's people and characters, and by `aggregate.aliases` for the names a review
only mentions (a tie between two mentions joins them where one of them links). Nicknames are never guessed.
"""

from __future__ import annotations

import re

from consensus.extract.names import fold, is_chinese_name_in_another_romanization, name_after, name_before

# The text itself ties a second name to a name: `Chidubem ("Dubem" to his friends)`, `Pyotr, whom everyone
# calls Petya`, `Niu Baoshan, known to everyone as Old Niu`. Nicknames are never guessed, only read from such ties.
# An apposition between a name and its tie: an article, then words without a clause break ("a debt collector the whole of X").
# ", his granddaughter, whom ...": a possessive opens it too, and a comma may close it.
_APPOSITION = r"(?:(?:a|an|the|his|her|their)\s+[^,;.()]{0,60}?,?\s)?"
_ADVERB = r"(?:(?:simply|just|only|affectionately|universally)\s+)?"
# Where a film's publicity names its people (not its opening titles, which may credit a part): `billed on the poster as`
_PUBLICITY = (r"(?:on|in)\s+(?:the|its|some|every)\s+(?:[\w-]+\s+)?(?:posters?|catalogue|programme|program|billboards?|"
              r"press\s+(?:notes|kit|materials)|trailers?)\s+")
# `audiences know X by his nickname, Ton`, `X (better known by her nickname, Ploy)`, `Hsu Chien-ming is better known by his
# English name, Jimmy Hsu`, `X, who signs his work with his nickname, Nok` (one of `_TIES`; below).
_BY_NAME = r"(?:by|with|under)\s+(?:his|her|their)\s+(?:nickname|pet\s+name|stage\s+name|(?:English|Christian|Western|screen|pen|professional)\s+name),?\s+"
_KNOWN_BY_NAME = re.compile(
    r"(?:\s*\(\s*(?:(?:better|also|best)\s+)?known|,\s+(?:(?:better|also|best)\s+)?known\s+(?:[\w-]+\s+){0,4}?[\w-]+"
    # `X, a photographer from Khon Kaen who signs his work with his nickname, Nok`, `X, who works under her stage name, Y`
    r"|,\s+(?:[^,;.()]{0,60}?\s)?who\s+(?:signs|works|goes|performs|writes|publishes|credits\s+(?:himself|herself))(?:\s+[a-z][\w-]*){0,3}?"
    r"|\s+(?:is|was)\s+(?:(?:better|also|best)\s+)?known(?:\s+[a-z][\w-]*){0,4}?)?"
    rf"\s+{_BY_NAME}(?P<nick>[A-Z])")
_TIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (  # (tie, stems: text it can match holds one)
    # the quoted name must be followed by words ("to his friends"): `Song Kang-ho ("Parasite")` cites a film
    (re.compile(r"\(\s*[\"“'‘](?P<nick>[^\"”'’()]{2,30})[\"”'’]\s+(?:to|as|for|among|in|on)\s"), ("(\"", "(“", "('", "(‘")),
    # after an apposition about the person too: `Ramiro Vega, a crane operator whom everyone on the site calls Chente`
    # and `Nipa Saetang, whom every Thai viewer knows simply as Nok` (a capitalised word in the caller's words)
    (re.compile(rf",\s+{_APPOSITION}(?:whom|who)\s+(?:[\w-]+\s+){{1,5}}?(?:calls?\s+|knows?\s+{_ADVERB}as\s+)(?P<nick>[A-Z])"), (" call", "knows ")),
    # and `Liang Zhihua, better known in Hong Kong as Leung Chi-wah`, `X, known to everyone in Sarajevo's music scene as Miki`
    (re.compile(rf",\s+{_APPOSITION}(?:(?:also\s+|better\s+)?known\s+(?:(?:to|in|on|among|across|throughout)\s+(?:[\w'’-]+\s+){{1,6}}?)?|(?:also|better|best)\s+known\s+(?:here|abroad|internationally|locally|professionally)\s+|knows?\s+(?:(?:him|her|them)\s+)?){_ADVERB}as\s+(?P<nick>[A-Z])"), ("known ", "knows ")),
    # `Huang Jiale (as the mainland distributor credits Wong Ka-lok)`, `Pao — as everyone in the industry calls Paolo Dela Cruz —`
    (re.compile(r"(?:\(|[—–]|--)\s*as\s+(?:[\w-]+\s+){1,5}?(?:credits|calls|spells|bills|lists|names)\s+(?P<nick>[A-Z])"),
     ("(as ", "— as ", "– as ", "-- as ")),
    # `Jang Ok-ju, the salt farmer the whole village calls "Auntie Salt"`, `Ivo, the cook everyone (still) calls Gigi`: no "whom"
    (re.compile(r",\s+(?:a|an|the|his|her|their)\s+[^,;.()\"“]{0,60}?\s+(?:everyone|everybody|the\s+(?:whole\s+)?[a-z]+)\s+(?:still\s+|always\s+|just\s+|simply\s+|only\s+|now\s+)?calls?\s+[\"“]?(?P<nick>[A-Z])"), (" call",)),
    # `Tobenna — everyone calls him Tobi —`, `Tobenna (his mother calls him Tobi)`: an aside that says what he is called
    # (`Federico (everyone in the Buenos Aires scene just calls him Fede)`: words between the callers and the call)
    (re.compile(r"(?:\(|[—–]|--)\s*(?:everyone|everybody|(?:the|his|her|their)\s+[a-z]+)(?:\s+[^()—–]{1,40}?)?\s+calls?\s+(?:him|her|them)\s+[\"“]?"
                r"(?!(?:Dad|Daddy|Mum|Mom|Mummy|Mommy|Papa|Mama|Pa|Ma|Grandpa|Grandma|Granny|Sir|Madam|Boss|Chief|Uncle|Auntie)\b)(?P<nick>[A-Z])"),
     ("calls him", "calls her", "call him", "call her", "calls them", "call them")),
    # `Maria Aparecida, "Dona Cida" to the whole market`
    (re.compile(r",\s+[\"“](?P<nick>[A-Z][^\"”,;()]{1,30})[\"”]\s+(?:to|for|among)\s+(?:the|his|her|their|everyone|everybody)\b"), (', "', ", “")),
    # `Selvan Ramaswamy, credited simply as Selvan, plays ...`
    # (after an apposition too, and in a language: `Ethan Liang, the heartthrob credited in Chinese as Liang Jiahao`; not
    # `Cate Blanchett, credited in the opening titles as Lydia Tár`, a part)
    (re.compile(rf",\s+{_APPOSITION}(?:credited|billed|listed)\s+(?:here\s+|on\s+screen\s+|in\s+(?:[A-Z][a-z]+\s+){{1,2}}|{_PUBLICITY})?{_ADVERB}as\s+(?P<nick>[A-Z])"),
     ("credited", "billed", "listed")),
    # `Somsak Wongsa (Ek to his fans)`: the unquoted form of the first tie, with a possessive after "to"
    # and `Kamala (Kamu to her mother, in the best scenes)`: a comment after a comma
    (re.compile(r"\((?P<nick>[A-Z][\w'’-]*)\s+to\s+(?:his|her|their)\s+[a-z]+[),]"), (" to his ", " to her ", " to their ")),
    # the full name a familiar one shortens: `Dimi (short for Dimitra)`
    (re.compile(r"\(\s*short\s+for\s+(?P<nick>[A-Z])"), ("short for",)),
    # `audiences know X by his nickname, Ton`, `X, nicknamed Ton`
    # (and `X (better known by her nickname, Ploy)`)
    # (and `Kittisak, known throughout the Thai industry by his nickname Golf`)
    # (and `Hsu Chien-ming is better known by his English name, Jimmy Hsu`)
    (_KNOWN_BY_NAME, ("nickname", "pet name", "stage name", " name")),
    # `Kittisak Thongchai, or Golf Kittisak as the Bangkok papers call him,`
    (re.compile(r",\s+or\s+(?=[A-Z][^,;.]{1,30}?\s+as\s+(?:[\w-]+\s+){1,4}?calls?\s+(?:him|her|them)\b)(?P<nick>[A-Z])"), (" call",)),
    (re.compile(r",?\s+nicknamed\s+(?P<nick>[A-Z])"), ("nicknamed",)),
    # the quoted name after a dash: `Phanuwat Srisombat — "Tong" to everyone in the Bangkok indie scene — has made`
    (re.compile(r"\s(?:[—–]|--)\s*[\"“](?P<nick>[^\"”()]{2,30})[\"”]\s+(?:to|for|among)\s"), ("—", "–", "--")),
    # the name someone was born with or goes by off screen: `Johan Salim, who was born Liem Tjoen Hok`, `Don Ciccio, real
    # name Francesco Iorio,` (not `X (born Kuala Lumpur)`, a place)
    (re.compile(r",\s+(?:who\s+was\s+born|real\s+name)\s+(?P<nick>[A-Z])"), ("born", "real name")),
    # the name a person goes by elsewhere: `X, whose real name is Y`, `Lai's Chinese name, which he uses in the Cantonese press, is Lai Tak-ming`
    (re.compile(r",\s+whose\s+(?:real|birth|legal|given|Chinese|English)\s+name\s+is\s+(?P<nick>[A-Z])"), (" name",)),
    (re.compile(r"['’]s\s+(?:real|birth|legal|Chinese|English|Korean|Japanese|Mandarin|Cantonese)\s+name(?:,\s+[^,;.()]{1,60},)?\s+is\s+"
                r"(?P<nick>[A-Z])"), (" name",)),
    # how the credits spell the same person: `X (billed in the Bengali credits as Y)`, `X (Y in the Taiwanese credits)`
    # (commas inside: `X (billed, as always, as Y)`)
    (re.compile(r"\((?:[a-z]+\s+){0,4}?(?:billed|credited|spelled|spelt|listed),?\s+(?:[\w-]+,?\s+){0,5}?as\s+(?P<nick>[A-Z])"), ("billed", "credited", "spelled", "spelt", "listed")),
    # (and `X (Y on some posters, which has caused confusion)`)
    (re.compile(r"\((?P<nick>[A-Z])[^()]{1,40}?\s+(?:in|on)\s+(?:the|its|some)\s+(?:[\w-]+\s+){0,2}(?:credits|subtitles|billing|posters?)\b[^()]{0,80}\)"),
     ("credits", "subtitles", "billing", "poster")),
)
# The other way round: `Yesi, as her friends call Yesenia`, `Mina, as everyone in the village calls Jasmina`,
# `Tong (as director Kittipong is known on every set in Bangkok)`.
_TIE_AS_CALL = re.compile(r",\s+as\s+(?:[a-z]+\s+){1,5}?calls?\s+(?P<name>[A-Z])|\(\s*as\s+(?:[a-z]+\s+){0,3}(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+is\s+(?:known|called)\b)(?P<name2>[A-Z])")
# Ties whose pattern opens on an optional group, so that `re` tries it at every position of a text (slow on a long
# review whose stems let it run), with the end every match holds: where the end is not found, the tie is not looked for.
_TIE_ENDS: dict[re.Pattern[str], re.Pattern[str]] = {_KNOWN_BY_NAME: re.compile(_BY_NAME + "[A-Z]")}
_ASIDE_STEM = "("  # `romanized_asides`: a name in parentheses
_TIE_STEMS = (*dict.fromkeys(stem for _, stems in _TIES for stem in stems), _ASIDE_STEM)


def tie_stems_in(text: str) -> frozenset[str]:
    """The `_TIE_STEMS` the text holds: each looked for once in the whole text (a tie's stems may be another's too)."""
    return frozenset(stem for stem in _TIE_STEMS if stem in text)


def read_ties(text: str, ties: list[tuple[str, str]] | None = None, stems_in_text: frozenset[str] | None = None) -> list[tuple[str, str]]:
    """The (name, second name) pairs the review ties (see `_TIES`), after `ties` already read (quoted nicknames).
    `stems_in_text`: `tie_stems_in(text)`, when the caller has it."""
    ties = list(ties or [])
    present = tie_stems_in(text) if stems_in_text is None else stems_in_text
    for tie, stems in _TIES:
        if present.isdisjoint(stems) or (end := _TIE_ENDS.get(tie)) is not None and not end.search(text):
            continue
        for m in tie.finditer(text):
            if pair := _tied_pair(text, m, "nick"):
                ties.append(pair)
    for m in _TIE_AS_CALL.finditer(text) if " call" in text or "(as " in text else ():
        if pair := _tied_pair(text, m, "name" if m["name"] else "name2"):
            ties.append(pair[::-1])  # the nickname comes first here
    for m in _CALL_NAME.finditer(text) if " call" in text else ():
        if pair := _called_quoted(text, m.end()):
            ties.append(pair)
    if _ASIDE_STEM in present:
        ties += romanized_asides(text)
    return ties


# A full name alone in parentheses: `Liu Zijian (Sammy Lau)`.
_NAME_ASIDE = re.compile(r"\((?P<aside>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\)")


def romanized_asides(text: str) -> list[tuple[str, str]]:
    """(name, the same name in another romanization) for each crew member's Chinese name the text follows with its other
    spelling in parentheses, as translated press and credits do: "Director Chen Wenliang (Tan Boon Leong)", "Dir./scr.:
    Chen Weiqiang (Raymond Chan)", "Music: Wu Jianwen (Ken Ng)" (`names.is_chinese_name_in_another_romanization`).
    After an actor's name it is the part, even with the actor's family name (`_CREW_BEFORE`)."""
    pairs = []
    for m in _NAME_ASIDE.finditer(text) if "(" in text else ():
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        name, aside = name_before(before[-80:]), m.group("aside")
        if not name or not before.endswith(name) or name_after(aside) != aside or not is_chinese_name_in_another_romanization(name, aside):
            continue
        if _CREW_BEFORE.search(before[: len(before) - len(name)]):
            pairs.append((name, aside))
    return pairs


# A crew member's label or job noun right before the name, opening its clause: a crew member plays no part, so a name in
# parentheses after theirs is theirs ("Washed-up director Liu Jianhua (Andy Lau)" is a part and its player). A cast
# list's or an actor's parenthesis is the part, even with the actor's family name ("Cast: Lin Jiadong (Jimmy Lam)",
# "Starring: Andy Lau (Lau Kin-ming)"), and so is one in prose ("Li Xiaojun (Leon Lai) arrives").
_CREW_BEFORE = re.compile(
    r"(?:^|[\n.;:,]\s*|\band\s+)(?:director|directed\s+by|dir\.(?:/scr\.)?|producer|produced\s+by|prod\.|writer|written\s+by|"
    r"screenwriter|screenplay(?:\s+by)?|composer|music(?:\s+by)?|cinematographer|cinematography(?:\s+by)?|"
    r"photography(?:\s+by)?|editor|edited\s+by)\s*:?\s+$", re.I)


# `the children call Lasse "Bullen"`: the name, then the quoted name it is called by.
_CALL_NAME = re.compile(r"\bcall(?:s|ed|ing)?\s+(?=[A-Z])")
_QUOTED_AFTER = re.compile(r"\s*[\"“‘'](?P<nick>[^\W\d_][^\"”’'\n]{0,24}?)[\"”’']")


def _called_quoted(text: str, at: int) -> tuple[str, str] | None:
    """(the name written at `at`, the quoted name right after it), when both are names and differ."""
    name = name_after(text[at : at + 80])
    if not name or not text.startswith(name, at):
        return None
    quoted = _QUOTED_AFTER.match(text, at + len(name))
    nick = name_after(quoted.group("nick")) if quoted else None
    return (name, nick) if nick and nick == quoted.group("nick") and fold(nick) != fold(name) else None


_CLOSING_QUOTE = re.compile(r"([^\"”\n]{1,30})[\"”]")


def _tied_pair(text: str, m: re.Match[str], group: str) -> tuple[str, str] | None:
    """(the name before the tie `m`, the name at its `group`), when both are names and differ."""
    before = name_before(text[max(0, m.start() - 80) : m.start()])
    at = m.start(group)
    if text[at - 1 : at] in ('"', "“") and (close := _CLOSING_QUOTE.match(text, at)):
        after = name_after(close.group(1)) and close.group(1)  # 'calls "Auntie Salt"': the quoted name whole
    else:
        after = name_after(text[at : at + 80])
    return (before, after) if before and after and fold(before) != fold(after) else None


# A nickname in quotes inside a name: "Babatunde 'Tunde' Akinwande", "Rodrigo “El Pelón” Benítez".
_QUOTED_NICKNAME = re.compile(r"(?<![\w'’])([^\W\d_][\w.’-]*)\s+(['‘“\"])([^\W\d_][^'‘’“”\"\n]{0,24}?)['’”\"]\s+(?=[^\W\d_])")


# What `_QUOTED_NICKNAME` needs from its opening quote on: a quote after a space, a short quoted name, a space,
# a word. Starting at the quote, it is found fast; most of a review is then never read by the slower pattern.
_NICKNAME_QUOTE = re.compile(r"['‘“\"](?<=\s.)[^\W\d_][^'‘’“”\"\n]{0,24}?['’”\"]\s+[^\W\d_]")


def without_quoted_nicknames(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with quoted nicknames taken out of names, and the ties they make.

    "Babatunde 'Tunde' Akinwande" reads as "Babatunde Akinwande", tied to the quoted form,
    "Tunde Akinwande" and "Tunde" (the text itself gives the nickname: `extract.people` gives a person both).
    """
    matches = _quoted_nickname_matches(text)
    if not matches:
        return text, []
    ties: list[tuple[str, str]] = []

    def cut(m: re.Match[str]) -> str:
        first, nick = m.group(1), m.group(3).strip()
        last = name_after(text[m.end() : m.end() + 60])
        if not (first[:1].isupper() and nick[:1].isupper() and last and name_after(first) == first and name_after(nick) == nick):
            return m.group()
        full = f"{first} {last}"
        ties.extend((full, other) for other in (m.group() + last, f"{nick} {last}", nick))
        return first + " "

    pieces: list[str] = []
    end = 0
    for m in matches:
        pieces += (text[end : m.start()], cut(m))
        end = m.end()
    return "".join(pieces) + text[end:], ties


def _quoted_nickname_matches(text: str) -> list[re.Match[str]]:
    """`_QUOTED_NICKNAME.finditer(text)`, read only where `_NICKNAME_QUOTE` finds an opening quote.

    Every match's opening quote starts a `_NICKNAME_QUOTE` match (and no such match holds
    another opening quote), so the slow pattern is searched only from the word before each
    of those quotes to the end of that match, past the end of the last match.
    """
    matches: list[re.Match[str]] = []
    end = 0
    for hit in _NICKNAME_QUOTE.finditer(text):
        start = hit.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.’-"):  # `[\w.’-]`, the word before
            start -= 1
        if m := _QUOTED_NICKNAME.search(text, max(start, end), hit.end()):
            matches.append(m)
            end = m.end()
    return matches
