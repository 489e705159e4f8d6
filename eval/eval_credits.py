"""People with roles and film facts on real reviews: the credit blocks two Pang & Lee critics wrote atop their reviews.

The Pang & Lee scale set (../shared/data/pang_lee_scale.jsonl.gz) keeps each review's
credit block as its critic typed it, in two house styles:

* Dennis Schwartz, a parenthesis after the title:
  ``TITLE (director/writer: A; cinematographer: B; cast: C (Role), D (Role), 1998-France)``
* James Berardinelli, one line of labels:
  ``Cast: C, D Director: A Producers: ... Screenplay: E and F Cinematography: B Music: G U.S. Distributor: ...``

The labels there are the gold: `gold_credits` reads them with a parser written for
these two styles only (not the product's reader). Every review then goes through
`consensus.pipeline.analyze` whole, exactly as `consensus analyze` reads a text
file, and its `people` are scored:

* director, writer, cinematographer, composer: precision and recall of
  (review, role, name) where the block states that role;
* cast: recall of the credited names as actors; precision over the decidable
  predictions (an actor that is credited, or that is a credited character or a
  crew-only name, which is wrong); an actor the critic's short cast list leaves
  out can be neither;
* character links (Schwartz's blocks only): credited (actor, character) pairs
  found as one person;
* family-name mentions (Schwartz's plot summaries, "Jake Nyman (Forster)"): recall of
  the family name among the credited actor's merged `mentions`;
* actors a full cast list does not name: of the actors read from a review whose block lists five actors or
  more, the share the block names nowhere (as actor, crew or part): an upper bound on invented people
  ("WHITE SQUALL", "Despite"), since an uncredited bit part or another film's actor also counts; lower is better;
* title (Schwartz's headline before the block; Steve Rhodes's closing line, "HOME FRIES runs 1:33. It is rated
  PG-13 ...", which also gives the runtime; case, punctuation and a catalogue
  order "THREAT, THE" ignored; a film known by another title counts as wrong);
* runtime, year and country (`Runtime: 93`, `Running Length: 1:28`, a block
  closing on `1998-France`, a line opening `United States, 1995`): the review's
  `facts.runtime_minutes`, `film.year` and `facts.country`, precision (right among
  those given) and recall (right among those labelled). A country the block
  abbreviates ("Fr./Ger.") is not scored.

Names compare on their letters only, case and accents ignored ("J.C. Brady" =
"J. C. Brady"). The set is split in two by a hash of the review id: `dev` is
studied (its misses may be printed), `test` is measured only.

    .venv/bin/python -m eval.eval_credits              # both halves
    .venv/bin/python -m eval.eval_credits --misses dev # the development half's misses, review by review
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from consensus.extract.facts import COUNTRIES
from consensus.extract.names import HONORIFICS
from consensus.ingest.document import document_from_bytes
from consensus.models import Person, Review
from consensus.pipeline import analyze

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"
CREW = ("director", "writer", "cinematographer", "composer")


@dataclass
class Credits:
    """What one review's credit block states: names per crew role, the cast, (actor, character) pairs."""

    crew: dict[str, list[str]] = field(default_factory=dict)
    cast: list[str] = field(default_factory=list)
    characters: list[tuple[str, str]] = field(default_factory=list)
    source_authors: list[str] = field(default_factory=list)  # "based on the novel by X": neither right nor wrong as writer
    # (actor, family name) where Schwartz's plot writes the family name alone in parentheses: "Jake Nyman (Forster)"
    family_mentions: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None  # Schwartz's headline, catalogue order undone ("THREAT, THE" is "The Threat")
    runtime: int | None = None  # minutes
    year: int | None = None
    country: str | None = None  # as `facts.country` names it; None where the block abbreviates it ("Fr./Ger.")


def _country(written: str) -> str | None:
    """The first of a block's countries ("United Kingdom/Germany"), named as `facts.country` names it."""
    return COUNTRIES.get(written.split("/")[0].strip().rstrip(".").lower())


# A nickname in quotes inside or before a credited name: "Randall "Tex" Cobb", "Danilo 'Bata' Stojkovic", '"Beat" Takeshi'.
_QUOTED_NICKNAME = re.compile(r"(?:^|(?<=\s))[\"'“‘][^\"'“”‘’]{1,30}[\"'”’](?:\s+|$)")


def key(name: str) -> str:
    """A name's letters and digits only, lower-cased, accents dropped ("J.C. Brady" = "J. C. Brady"), without a nickname
    in quotes ("Randall "Tex" Cobb" = "Randall Cobb": `analyze` keeps the nickname as a mention, not in the name)."""
    folded = unicodedata.normalize("NFKD", _QUOTED_NICKNAME.sub(" ", name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _untitled(name: str) -> str:
    """The name without a title before it ("Inspector Tony Pope" -> "Tony Pope")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower().rstrip(".") in HONORIFICS else name


def _word_keys(name: str) -> set[str]:
    return {key(w) for w in _untitled(name).split()} - {""}


def same_character(predicted: str, credited: str) -> bool:
    """The credited character, with or without a title on either side ("Inspector Tony Pope" = "Tony Pope"), or in a
    fuller spelling the prose gives, holding every credited word ("Jake Nyman" for the list's "Jake")."""
    credited_words = _word_keys(credited)
    return key(_untitled(predicted)) == key(_untitled(credited)) or bool(credited_words) and credited_words <= _word_keys(predicted)


def _names(value: str) -> list[str]:
    """The names of a crew field: "A, B and C", "A & B", "A/B" (not "others")."""
    parts = (p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*", value.strip().rstrip(".;")))
    return [p for p in parts if key(p) and p.lower() not in {"others", "and others"}]


# Words of a writing credit that name its source, not a screenwriter: "from the novel by C", "story by D", "E novel"
# (lower-case, or "From" opening it: "Rob Story" is a name).
_SOURCE_WORDS = re.compile(r"\b(?:based|inspired|suggested|adapted|from|From|novel|novella|story|book|play|biography|by)\b")


def _written_and_source(value: str) -> tuple[list[str], list[str]]:
    """A writing credit's writers, and the authors of its source ("A and B based on the novel by C"); a source's
    authors are neither right nor wrong as writers. A slash parts the credit's cells, and a cell naming the source
    does not make the cells after it sources: in "from the novel of Jane Hamilton/Peter Hedges/Polly Platt" Hedges and
    Platt wrote the film."""
    writers: list[str] = []
    authors: list[str] = []
    for cell in re.split(r"\s*/\s*(?![^(]*\))", value):
        cell_writers, cell_authors = _written_and_source_cell(cell)
        writers += cell_writers
        authors += cell_authors
    return writers, authors


def _written_and_source_cell(value: str) -> tuple[list[str], list[str]]:
    """`_written_and_source` of one cell of a credit."""
    written = re.split(r"\s*[,/;]?\s*\b(?:based\s+(?:on|upon)|inspired\s+(?:by|from)|from\s+(?:the|a|an|his|her)\s|adapted\s+from)", value, maxsplit=1)[0]
    source = value[len(written):]
    authors = _names(re.sub(r"^.*?\bby\s+", "", source)) if " by " in source else []
    writers = []
    for name in _names(re.sub(r"\s*\(.*?\)", "", written)):
        if _SOURCE_WORDS.search(name) or '"' in name:
            authors.append(re.sub(r"^.*\bby\s+", "", name))
        else:
            writers.append(name)
    return writers, authors


def _top_level_split(text: str, sep: str) -> list[str]:
    """`text` split on `sep` outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


# Schwartz's field labels, misspellings included, to the contract's roles ("editor", "runtime" and the like are not read).
_SCHWARTZ_ROLES = {"director": "director", "directors": "director", "writer": "writer", "writers": "writer",
                   "written": "writer", "screenwriter": "writer", "screenwriters": "writer", "screenplay": "writer",
                   "screeenwriter": "writer", "screewriter": "writer", "screenply": "writer",
                   "cinematographer": "cinematographer", "cinematographers": "cinematographer",
                   "cinematography": "cinematographer", "cinematograper": "cinematographer",
                   "cinamatographer": "cinematographer", "music": "composer", "composer": "composer"}
_SCHWARTZ_OPEN = re.compile(r"\(\s*(?:directors?|writers?|screenwriters?)\b[^:()]{0,60}:", re.I)


def _schwartz(text: str) -> Credits | None:
    opening = _SCHWARTZ_OPEN.search(text[:400])
    if opening is None:
        return None
    depth, end = 0, None
    for i in range(opening.start(), len(text)):
        depth += text[i] == "("
        depth -= text[i] == ")"
        if depth == 0:
            end = i
            break
    if end is None:  # a parenthesis the critic left open: the block ends with its line
        newline = text.find("\n", opening.start())
        end = newline if newline >= 0 else len(text)
    credits = Credits()
    if headline := re.match(r"\s*([^(\n]+?)\s*\(", text):
        credits.title = re.sub(r"^(.+?),\s*(the|a|an|le|la|les|el|il|der|die|das)$", r"\2 \1", headline[1], flags=re.I)
    block = text[opening.start() + 1:end]
    if closing := re.search(r"[,;]\s*((?:18|19|20)\d\d)(?:\s*-\s*([^,;()]*))?\s*$", block):  # "..., 1998-France)"
        credits.year, credits.country = int(closing[1]), _country(closing[2] or "")
    for part in _top_level_split(block, ";"):
        label, colon, value = part.partition(":")
        if not colon or ":" in value:  # (a field the critic closed with ":" instead of ";" is no gold)
            continue
        label = label.strip().lower()
        if label == "runtime" and value.strip().isdigit():
            credits.runtime = int(value)
        if label == "cast":
            for item in (piece for part in _top_level_split(value, ",") for piece in _top_level_split(part, "&")):
                item = item.strip()
                if not item or re.search(r"\d", item):  # "1998-France" closes the list
                    continue
                name, _, character = item.partition("(")
                name, character = name.strip(), character.rstrip(") ").strip()
                if key(name):
                    credits.cast.append(name)
                    # one part, named (not "homeless man"), as typed (not a parenthesis the critic left open)
                    if character[:1].isupper() and not re.search(r'voice|[/",()]', character, re.I):
                        credits.characters.append((name, character))
            continue
        names, authors = _written_and_source(value)
        credits.source_authors += authors
        for word in re.split(r"\s*/\s*|\s+and\s+", label):
            if (role := _SCHWARTZ_ROLES.get(word)) is not None:
                credits.crew.setdefault(role, []).extend(n for n in names if n not in credits.crew.get(role, []))
    plot = text[end + 1:]
    credits.family_mentions = [(name, name.split()[-1]) for name in credits.cast
                               if len(name.split()) > 1 and f"({name.split()[-1]})" in plot]
    return credits


_BERARDINELLI_LABELS = re.compile(
    r"\b(Cast|Starring|Directors?|Producers?|Executive Producers?|Screenplay|Written by|Cinematography|Music|Editor|"
    r"U\.S\. Distributor|Distributor):\s?"
    # (and phrases without a colon that end a field)
    r"|\b(Featuring|(?i:no u\.s\. distribut\w*|u\.s\. distribution|distribution|(?:re-)?released by|songs by)"
    r"|In [A-Z][a-z]+(?:(?:,| and) [A-Z][a-z]+)* with (?i:english )?(?i:subtitles))\b\s?")
_BERARDINELLI_ROLES = {"Director": "director", "Directors": "director", "Screenplay": "writer", "Written by": "writer",
                       "Cinematography": "cinematographer", "Music": "composer"}


def _berardinelli(text: str) -> Credits | None:
    credits = Credits()
    if length := re.search(r"^.*\bRunning (?:Length|Time):\s*(\d):(\d\d)\b", text, re.M):
        credits.runtime = int(length[1]) * 60 + int(length[2])
        # on the same line, or the one before it: "United States, 1995 U.S. Availability: 9/29/95 (wide) Running Length: ..."
        lines = text[: length.end()].split("\n")[-2:]
        if opening := next((m for ln in lines if (m := re.match(r"\s*([A-Z][^,:\n]{1,60}), ((?:19|20)\d\d)(?=\s+[A-Z][\w. ]{0,30}:|\s*$)", ln))), None):
            credits.year, credits.country = int(opening[2]), _country(opening[1])
    line = next((ln for ln in text.split("\n") if re.match(r"\s*(Cast|Starring):", ln) and " Director" in ln), "")
    labels = list(_BERARDINELLI_LABELS.finditer(line))
    for here, after in zip(labels, labels[1:] + [None]):
        value = line[here.end(): after.start() if after else len(line)]
        label = here.group(1) or here.group(2)
        if label in ("Cast", "Starring", "Featuring"):
            credits.cast = [n for n in _names(re.sub(r"\bvoices? of\s+", "", value)) if len(n.split()) > 1]
        elif (role := _BERARDINELLI_ROLES.get(label)) is not None:
            names, authors = _written_and_source(value)
            credits.crew.setdefault(role, []).extend(names)
            credits.source_authors += authors
    return credits


# Steve Rhodes closes a review on its title in capitals and running time: "HOME FRIES runs 1:33. It is rated PG-13 ...",
# "GLADIATOR runs way too long at 2:30."
_RHODES_CLOSING = re.compile(r"\n([A-Z0-9][A-Z0-9 ,.:'&!?-]+[A-Z0-9!?.)]) (?:runs|is|has a running time)\b[^\n]{0,40}?\b(\d):(\d\d)\b")


def _rhodes(text: str) -> Credits | None:
    closing = _RHODES_CLOSING.search(text)
    if closing is None:
        return None
    return Credits(title=closing[1].strip(), runtime=int(closing[2]) * 60 + int(closing[3]))


def gold_credits(author: str, text: str) -> Credits | None:
    """The credit block of one Pang & Lee review (Steve Rhodes: his closing title-and-runtime line), or None when its
    critic's house style is not there."""
    if author == "Dennis Schwartz":
        return _schwartz(text)
    if author == "James Berardinelli":
        return _berardinelli(text)
    if author == "Steve Rhodes":
        return _rhodes(text)
    return None


def split_of(author: str, review_id: str) -> str:
    """`dev` or `test`, by a stable hash of the review."""
    return "dev" if hashlib.sha256(f"{author}/{review_id}".encode()).digest()[0] % 2 == 0 else "test"


@dataclass
class Item:
    """One review with a credit block, and the block's gold."""

    review_id: str
    author: str
    text: str
    gold: Credits


def load_items() -> dict[str, list[Item]]:
    """The reviews whose critic wrote a credit block, by half (`dev`, `test`)."""
    halves: dict[str, list[Item]] = {"dev": [], "test": []}
    with gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold = gold_credits(row["author"], row["text"])
            if gold is not None and (gold.crew or gold.cast or gold.runtime or gold.year or gold.title):
                item = Item(row["review_id"], row["author"], row["text"], gold)
                halves[split_of(item.author, item.review_id)].append(item)
    return halves


@dataclass
class Score:
    """Counts for one measure: right among predicted (precision), found among labelled (recall)."""

    right: int = 0
    predicted: int = 0
    labelled: int = 0
    found: int = 0

    def precision(self) -> float | None:
        return self.right / self.predicted if self.predicted else None

    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None


FACTS = ("title", "runtime", "year", "country")
ROWS = (*CREW, "cast", "character links", "family-name mentions", *FACTS)


def score_review(review: Review, gold: Credits, scores: dict[str, Score], misses: list[str]) -> None:
    """Add one review's predictions to `scores`, and a line per error to `misses`."""
    _score_facts(review, gold, scores, misses)
    _score_crew(review.people, gold, scores, misses)
    actors = {key(p.name): p for p in review.people if p.role == "actor"}
    _score_cast(actors, gold, scores["cast"], misses)
    _score_links(actors, gold, scores["character links"], misses)
    _score_family_mentions(actors, gold, scores["family-name mentions"], misses)
    _score_unnamed_actors(actors, gold, scores[UNNAMED], misses)


UNNAMED = "actors a full cast list does not name"
FULL_CAST = 5  # a block listing this many actors or more is taken as the whole cast


def _score_unnamed_actors(actors: dict[str, Person], gold: Credits, score: Score, misses: list[str]) -> None:
    """Actors read from a review whose block lists a full cast, and how many of them the block names nowhere (as actor,
    crew or part): an upper bound on invented people ("WHITE SQUALL", "Despite"), since an uncredited bit part or
    another film's actor the prose names also counts. Counted in `right` of `predicted`; lower is better."""
    if len(gold.cast) < FULL_CAST:
        return
    named = _named_in_block(gold)
    unnamed = [p.name for k, p in actors.items() if k not in named]
    score.predicted += len(actors)
    score.right += len(unnamed)
    misses += [f"actor named nowhere in the block: {name}" for name in unnamed]


def _named_in_block(gold: Credits) -> set[str]:
    """The keys of every name the block gives: its cast, its crew and the parts it credits."""
    return ({key(n) for n in gold.cast} | {key(n) for names in gold.crew.values() for n in names}
            | {key(c) for _, c in gold.characters})


def _score_facts(review: Review, gold: Credits, scores: dict[str, Score], misses: list[str]) -> None:
    """Title, runtime, year, country: one value each where the block states it."""
    predicted = {"title": review.film.title, "runtime": review.facts.runtime_minutes, "year": review.film.year,
                 "country": review.facts.country}
    for fact in FACTS:
        wanted, got = getattr(gold, fact), predicted[fact]
        if wanted is None:
            continue
        right = got is not None and (key(got) == key(wanted) if fact == "title" else got == wanted)
        score = scores[fact]
        score.labelled += 1
        score.predicted += got is not None
        score.right += right
        score.found += right
        if not right:
            misses.append(f"{fact}: {wanted} (got {got})")


def _score_crew(people: list[Person], gold: Credits, scores: dict[str, Score], misses: list[str]) -> None:
    """Each crew role the block states: (role, name) against the review's people with that role."""
    ignored = {key(n) for n in gold.source_authors}
    for role in CREW:
        if role not in gold.crew:
            continue
        wanted = {key(n) for n in gold.crew[role]}
        got = {key(p.name) for p in people if p.role == role} - ignored
        score = scores[role]
        score.labelled += len(wanted)
        score.found += len(wanted & got)
        score.predicted += len(got)
        score.right += len(got & wanted)
        misses += [f"{role} missed: {n}" for n in gold.crew[role] if key(n) not in got]
        misses += [f"{role} wrong: {p.name}" for p in people if p.role == role and key(p.name) in got - wanted]


def _score_cast(actors: dict[str, Person], gold: Credits, score: Score, misses: list[str]) -> None:
    """Credited names found as actors; precision over the decidable actors (credited, or a part or crew-only name)."""
    cast = {key(n) for n in gold.cast}
    decidable = actors.keys() & _named_in_block(gold)  # (a credited part or a crew-only name read as an actor is wrong)
    score.labelled += len(cast)
    score.found += len(cast & actors.keys())
    score.predicted += len(decidable)
    score.right += len(decidable & cast)
    misses += [f"cast missed: {n}" for n in gold.cast if key(n) not in actors]
    misses += [f"cast wrong: {actors[k].name}" for k in sorted(decidable - cast)]


def _score_links(actors: dict[str, Person], gold: Credits, score: Score, misses: list[str]) -> None:
    """Credited (actor, part) pairs found as one person; precision over credited actors given a part."""
    truth = {key(a): c for a, c in gold.characters}
    score.labelled += len(gold.characters)
    for actor, character in gold.characters:
        person = actors.get(key(actor))
        if person is not None and person.character and same_character(person.character, character):
            score.found += 1
        else:
            misses.append(f"link missed: {actor} as {character} (got {person.character if person else 'no such actor'})")
    linked = [p for k, p in actors.items() if k in truth and p.character]
    score.predicted += len(linked)
    score.right += sum(same_character(p.character or "", truth[key(p.name)]) for p in linked)


def _score_family_mentions(actors: dict[str, Person], gold: Credits, score: Score, misses: list[str]) -> None:
    """A family name the plot writes alone ("Jake Nyman (Forster)") among the credited actor's merged mentions."""
    for actor, family in gold.family_mentions:
        person = actors.get(key(actor))
        merged = person is not None and family in person.mentions
        score.labelled += 1
        score.found += merged
        if not merged:
            misses.append(f"mention missed: {family} of {actor}")


def evaluate(half: list[Item], show_misses: bool = False) -> dict[str, Score]:
    """The scores of one half; with `show_misses`, each review's errors printed."""
    scores = {name: Score() for name in (*ROWS, UNNAMED)}
    for item in half:
        review = analyze(document_from_bytes(item.text.encode(), f"pang_lee/{item.review_id}.txt", is_html=False))
        misses: list[str] = []
        score_review(review, item.gold, scores, misses)
        if show_misses and misses:
            print(f"--- {item.author} {item.review_id}: {item.text[:160]!r}")
            for miss in misses:
                print("   ", miss)
    return scores


def _cell(score: Score) -> str:
    """ "precision / recall  (n=labelled)", a dash where there is nothing to divide."""
    p, r = score.precision(), score.recall()
    return f"{'-' if p is None else f'{p:.3f}'} / {'-' if r is None else f'{r:.3f}'}  (n={score.labelled})"


def main(argv: list[str] | None = None) -> None:
    """Both halves' table, or (`--misses dev`) the development half's errors."""
    argv = sys.argv[1:] if argv is None else argv
    if not (DATA / "pang_lee_scale.jsonl.gz").exists():
        print(f"skipped: {DATA / 'pang_lee_scale.jsonl.gz'} not found (set CONSENSUS_SHARED to ../shared)")
        return
    if argv[:1] == ["--misses"]:
        if argv[1:2] != ["dev"]:
            raise SystemExit("--misses reads the dev half only: the test half is never studied")
        evaluate(load_items()["dev"], show_misses=True)
        return
    halves = load_items()
    results = {split: evaluate(half) for split, half in halves.items()}
    table = Table(title="People and facts on real credit blocks (Pang & Lee scale): precision / recall")
    table.add_column("measure")
    for split in results:
        table.add_column(f"{split} (held out)" if split == "test" else split)
    for name in ROWS:
        table.add_row(name, *(_cell(scores[name]) for scores in results.values()))
    table.add_row(f"{UNNAMED} (share, lower is better)",
                  *(f"{scores[UNNAMED].precision() or 0:.3f}  ({scores[UNNAMED].right} of {scores[UNNAMED].predicted})"
                    for scores in results.values()))
    Console().print(table)
    print(f"reviews with a credit block (or Rhodes's closing line): dev {len(halves['dev'])}, test {len(halves['test'])}")


if __name__ == "__main__":
    main()
