"""How close is our consensus sentence to the editors' Critics Consensus on Rotten Tomatoes?

Data: ../shared/data/rt_movies.csv.gz (the editors' `critics_consensus` and the
Tomatometer) and rt_critic_reviews.csv.gz (every critic's pull-quote for those
films). For each film with an editors' consensus, each pull-quote becomes a
Review through `consensus.pipeline.analyze` (a Document from
`document_from_text`; quotes shorter than the ingest screen's minimum are
wrapped in a Document directly) with the film title set from the row; then
`consensus.pipeline.aggregate` writes the film's consensus.

Systems, all measured in this run against the same references:
- ours (quotes only): the pipeline on the quote text alone (scores inferred);
- ours (+ critics' ratings): the same, with each critic's published `review_score`
  read by `parse_score_string` as the review's rating (as when a review states its rating);
- central pull-quote: the quote nearest the film's TF-IDF centroid (cosine);
- top-rated first sentence: the first sentence of the highest-rated review.

Metrics: ROUGE-1/2/L F1 (our own implementation below: lower-cased alphanumeric
tokens, no stemming, LCS for ROUGE-L: the `rouge-score` package's defaults without
its stemmer), averaged over films; and whether the sentence's polarity matches the
Tomatometer band (fresh >= 60), two ways: one judge for every sentence (the shipped
opinion model's polarity probability; also applied to the editors' own sentences to
show how far the judge can be trusted), and each system's own polarity (ours: the
tone the sentence was built with; a quote: its critic's Fresh/Rotten verdict).

Leakage: the aggregation (aspect consensus, disagreements, sentence templates) is
hand-written and fitted to no data. The opinion model is trained on the Pang & Lee
sets only (train/train_opinion.py), never on Rotten Tomatoes. Whether the aspect or
quote models saw these films is printed from their model cards under "notes".

Run: `.venv/bin/python -m eval.eval_consensus` (under a minute).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from consensus.aggregate.consensus_text import tone_of
from consensus.extract.rating_parse import parse_score_string
from consensus.extract.sentences import split_sentences
from consensus.extract.sentiment import load_model, polarity_of_score, terms
from consensus.ingest.document import document_from_text
from consensus.ingest.errors import IngestError
from consensus.models import Document, Film, Review
from consensus.pipeline import aggregate, analyze
from train.datasets import load_rt_movies, load_rt_reviews

RESOURCES = Path(__file__).resolve().parent.parent / "consensus" / "resources"
FRESH = 60

# --------------------------------------------------------------------------- ROUGE

_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: str, reference: str, n: int) -> float:
    """ROUGE-N F1: clipped n-gram overlap."""
    def grams(words: list[str]) -> dict[tuple[str, ...], int]:
        counts: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - n + 1):
            gram = tuple(words[i:i + n])
            counts[gram] = counts.get(gram, 0) + 1
        return counts

    cand, ref = grams(tokens(candidate)), grams(tokens(reference))
    overlap = sum(min(count, ref.get(gram, 0)) for gram, count in cand.items())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1: longest common subsequence of tokens."""
    a, b = tokens(candidate), tokens(reference)
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return _f1(previous[-1], len(a), len(b))


# --------------------------------------------------------------------------- films


@dataclass
class FilmCase:
    link: str
    title: str
    reference: str
    tomatometer: int
    rows: list[dict[str, str]] = field(default_factory=list)

    @property
    def fresh(self) -> bool:
        return self.tomatometer >= FRESH


def load_films() -> list[FilmCase]:
    """Films with an editors' consensus and at least two pull-quotes, in link order."""
    films = {
        m["rotten_tomatoes_link"]: FilmCase(m["rotten_tomatoes_link"], m["movie_title"], m["critics_consensus"].strip(),
                                           int(float(m["tomatometer_rating"])))
        for m in load_rt_movies() if m["critics_consensus"].strip() and m["tomatometer_rating"].strip()
    }
    for row in load_rt_reviews():
        if row["rotten_tomatoes_link"] in films and row["review_content"].strip():
            films[row["rotten_tomatoes_link"]].rows.append(row)
    return [f for _, f in sorted(films.items()) if len(f.rows) >= 2]


def document_of(text: str, source: str) -> Document:
    """The quote as a Document; one too short for the ingest screen is wrapped directly."""
    try:
        return document_from_text(text, source)
    except IngestError:
        raw = text.encode("utf-8")
        return Document(source=source, sha256=hashlib.sha256(raw).hexdigest(), text=text, lines=[text.strip()])


def reviews_of(film: FilmCase, with_ratings: bool) -> list[Review]:
    reviews = []
    for i, row in enumerate(film.rows):
        source = f"{film.link}#{i:03d}"
        review = analyze(document_of(row["review_content"], source))
        update: dict[str, object] = {"film": Film(title=film.title)}
        rating = parse_score_string(row["review_score"]) if with_ratings and row["review_score"].strip() else None
        if rating is not None:
            update |= {"rating": rating, "score": rating.score, "score_source": "rating",
                       "polarity": polarity_of_score(rating.score)}
        reviews.append(review.model_copy(update=update))
    return reviews


# --------------------------------------------------------------------------- baselines


def central_quote(film: FilmCase) -> int:
    """Index of the pull-quote nearest the film's TF-IDF centroid (cosine); first in file order on ties."""
    quotes = [row["review_content"] for row in film.rows]
    matrix = TfidfVectorizer().fit_transform(quotes)
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()) * (np.linalg.norm(centroid) or 1.0)
    cosine = (matrix @ centroid) / np.where(norms == 0, 1.0, norms)
    return int(np.argmax(cosine))


def top_rated(film: FilmCase) -> int:
    """Index of the highest-rated review; without any rating, of the first Fresh one (else the first)."""
    scored = [(parse_score_string(r["review_score"]), i) for i, r in enumerate(film.rows) if r["review_score"].strip()]
    scored = [(rating.score, i) for rating, i in scored if rating is not None]
    if scored:
        index = min(scored, key=lambda si: (-si[0], si[1]))[1]
    else:
        index = next((i for i, r in enumerate(film.rows) if r["review_type"] == "Fresh"), 0)
    return index


def first_sentence(text: str) -> str:
    return (split_sentences(text) or [text])[0]


# --------------------------------------------------------------------------- scoring


def judged_polarity(sentence: str) -> str:
    """The shipped opinion model's call on one sentence: positive when P(positive) >= 0.5.

    `read_opinion` abstains on text this short, so the judge reads the model's
    polarity probability directly (a binary call, no 'mixed').
    """
    model = load_model()
    if model is None:
        return "mixed"
    index, values = model.vector(terms(sentence))
    return "positive" if model.polarity_logit(index, values) >= 0 else "negative"


def verdict_polarity(row: dict[str, str]) -> str:
    """A pull-quote's own polarity: its critic's Fresh/Rotten verdict."""
    return {"Fresh": "positive", "Rotten": "negative"}.get(row["review_type"], "mixed")


def agrees(polarity: str, fresh: bool) -> bool:
    return polarity == ("positive" if fresh else "negative")


def tone_polarity(tone: str | None) -> str:
    return {"acclaim": "positive", "favorable": "positive", "unfavorable": "negative", "dislike": "negative"}.get(
        tone or "", "mixed")


@dataclass
class Row:
    name: str
    rouge1: list[float] = field(default_factory=list)
    rouge2: list[float] = field(default_factory=list)
    rougel: list[float] = field(default_factory=list)
    judged: list[bool] = field(default_factory=list)
    built: list[bool] = field(default_factory=list)

    def add(self, sentence: str, film: FilmCase, own: str | None = None, rouge: bool = True) -> None:
        """Score one film's sentence; `own` is the polarity the system itself gives it (None: not applicable)."""
        if rouge:
            self.rouge1.append(rouge_n(sentence, film.reference, 1))
            self.rouge2.append(rouge_n(sentence, film.reference, 2))
            self.rougel.append(rouge_l(sentence, film.reference))
        self.judged.append(agrees(judged_polarity(sentence), film.fresh))
        if own is not None:
            self.built.append(agrees(own, film.fresh))


def _mean(values: list[float] | list[bool]) -> str:
    return f"{100 * sum(values) / len(values):5.1f}" if values else "    —"


def model_cards_notes() -> list[str]:
    """What the shipped model cards say about Rotten Tomatoes data, so leakage is visible in the output."""
    notes = []
    for card in sorted(RESOURCES.glob("*.md")):
        text = card.read_text(encoding="utf-8", errors="replace")
        mentions = [line.strip() for line in text.splitlines() if re.search(r"rotten|rt_critic|rt_movies|cs109", line, re.I)]
        notes.append(f"{card.name}: " + ("; ".join(mentions[:3]) if mentions else "no Rotten Tomatoes data named"))
    return notes or ["no model cards in consensus/resources"]


def main(examples: int = 3, show: Callable[[str], None] = print) -> None:
    films = load_films()
    rows = {name: Row(name) for name in (
        "ours (quotes only)", "ours (+ critics' ratings)", "central pull-quote", "top-rated first sentence",
        "editors' consensus (judge check)")}
    samples = []
    for film in films:
        for name, with_ratings in (("ours (quotes only)", False), ("ours (+ critics' ratings)", True)):
            reviews = reviews_of(film, with_ratings)
            report = aggregate(reviews)
            sentence = report.consensus or ""
            rows[name].add(sentence, film, own=tone_polarity(tone_of(reviews, report.metascore)))
            if with_ratings and len(samples) < examples:
                samples.append((film, sentence))
        central = film.rows[central_quote(film)]
        rows["central pull-quote"].add(central["review_content"], film, own=verdict_polarity(central))
        best = film.rows[top_rated(film)]
        rows["top-rated first sentence"].add(first_sentence(best["review_content"]), film, own=verdict_polarity(best))
        rows["editors' consensus (judge check)"].add(film.reference, film, rouge=False)

    fresh = sum(f.fresh for f in films)
    show(f"Critics consensus vs the editors' on Rotten Tomatoes: {len(films)} films "
         f"({fresh} fresh, {len(films) - fresh} rotten), {sum(len(f.rows) for f in films)} pull-quotes")
    show("")
    header = f"{'system':<34} {'ROUGE-1':>7} {'ROUGE-2':>7} {'ROUGE-L':>7} {'polarity=band (judge)':>22} {'(own)':>6}"
    show(header)
    show("-" * len(header))
    for row in rows.values():
        show(f"{row.name:<34} {_mean(row.rouge1):>7} {_mean(row.rouge2):>7} {_mean(row.rougel):>7} "
             f"{_mean(row.judged):>22} {_mean(row.built):>6}")
    show("")
    show("ROUGE: F1 x 100, mean over films. polarity=band: % of films whose sentence reads positive when the film is")
    show(f"fresh (Tomatometer >= {FRESH}) and negative when rotten. judge: the shipped opinion model's polarity")
    show("probability on the sentence (its accuracy on the editors' own sentences is the last row). own: the tone our")
    show("sentence was built with; for a quote, its critic's Fresh/Rotten verdict. A mixed sentence counts as a miss.")
    show("notes: aggregation rules are hand-written, fitted to no data; opinion model trained on Pang & Lee only.")
    for note in model_cards_notes():
        show(f"       {note}")
    for film, sentence in samples:
        show("")
        show(f"{film.title} ({film.tomatometer}%)")
        show(f"  editors: {film.reference}")
        show(f"  ours:    {sentence}")


if __name__ == "__main__":
    main()
