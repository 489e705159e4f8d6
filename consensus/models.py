"""The typed objects of the public contract (../shared/CONTRACT.md).

Field names here ARE the JSON contract: never rename or drop one, only add.
`Document` is the ingest result; `Review` is what `analyze` returns for one
document; `FilmReport` is what `aggregate` returns for one film.
Every value that was read from the text carries the line or sentence it came
from (`evidence`), so every claim on a film page can be traced back.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Polarity = Literal["positive", "mixed", "negative"]
Sentiment = Literal["positive", "negative", "mixed"]
Role = Literal["director", "writer", "composer", "cinematographer", "actor", "producer", "other"]
AspectName = Literal[
    "acting", "story", "characters", "action", "visuals", "camera_editing", "music", "sound",
    "pacing", "direction", "dialogue", "humor", "ending", "villain", "themes", "production_design",
]
ASPECTS: tuple[str, ...] = AspectName.__args__  # type: ignore[attr-defined]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- ingest


class Document(Model):
    """One input after ingest: the review's main text plus the raw lines of the page.

    `text` is what a reader would call the review (boilerplate removed).
    `lines` are all non-empty lines of the page as text, boilerplate included,
    because bylines, credit blocks and rating lines often live outside the
    main text (trafilatura drops them).
    `metadata` holds what the page declares about itself: schema.org Review
    markup, <title>, og:site_name, <meta name=author> (HTML only).
    """

    source: str
    sha256: str
    text: str
    lines: list[str]
    is_html: bool = False
    metadata: dict[str, object] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- review


class Film(Model):
    title: str | None = None
    year: int | None = None
    evidence: str | None = None


class Rating(Model):
    text: str
    value: float | str
    scale_max: float | None
    score: int
    evidence: str


class Aspect(Model):
    aspect: AspectName
    sentiment: Sentiment
    evidence: str


class Person(Model):
    name: str
    role: Role
    character: str | None = None
    mentions: list[str] = Field(default_factory=list)
    evidence: str | None = None
    # Added: the spellings the review used for `character` (merged across reviews in the report).
    character_mentions: list[str] = Field(default_factory=list)


class NameMention(Model):
    """A person-like name the review wrote without crediting anyone by it ("Matsumoto is a name to remember").

    Linked to a person or character of the film in the report when it fits exactly one.
    """

    name: str
    evidence: str


class Facts(Model):
    """Film facts one review states. Lists for credits, scalars for the rest."""

    director: list[str] = Field(default_factory=list)
    writer: list[str] = Field(default_factory=list)
    composer: list[str] = Field(default_factory=list)
    cinematographer: list[str] = Field(default_factory=list)
    runtime_minutes: int | None = None
    country: str | None = None
    release_date: str | None = None
    platform: str | None = None
    premiere: str | None = None
    genres: list[str] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)


class ContentWarning(Model):
    warning: str
    evidence: str


class Review(Model):
    source: str
    sha256: str
    film: Film
    critic: str | None = None
    outlet: str | None = None
    rating: Rating | None = None
    score: int | None = None
    score_source: Literal["rating", "inferred"] | None = None
    polarity: Polarity = "mixed"
    aspects: list[Aspect] = Field(default_factory=list)
    pull_quote: str | None = None
    people: list[Person] = Field(default_factory=list)
    facts: Facts = Field(default_factory=Facts)
    content_warnings: list[str] = Field(default_factory=list)
    compared_films: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # Added fields (allowed by the contract): provenance, and the confidence of an
    # inferred score (None when the critic gave a rating).
    critic_evidence: str | None = None
    outlet_evidence: str | None = None
    content_warning_evidence: list[ContentWarning] = Field(default_factory=list)
    confidence: float | None = None
    analyzer_version: str | None = None
    # Where the review can be read, when the input says so (records' `url` field).
    url: str | None = None
    # Name-like spellings not attached to any of `people` (linked across the film's reviews in the report).
    name_mentions: list[NameMention] = Field(default_factory=list)


# --------------------------------------------------------------------------- film report


class ReportFilm(Model):
    title: str | None
    year: int | None
    country: str | None = None
    runtime_minutes: int | None = None
    release_date: str | None = None
    platform: str | None = None
    premiere: str | None = None
    genres: list[str] = Field(default_factory=list)


class CastMember(Model):
    name: str
    character: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Credits(Model):
    director: list[str] = Field(default_factory=list)
    writer: list[str] = Field(default_factory=list)
    composer: list[str] = Field(default_factory=list)
    cinematographer: list[str] = Field(default_factory=list)
    producer: list[str] = Field(default_factory=list)
    cast: list[CastMember] = Field(default_factory=list)


class Character(Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    played_by: str | None = None


class ReportPerson(Model):
    name: str
    roles: list[str]
    aliases: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class EvidenceRef(Model):
    source: str
    sentence: str


class AspectSummary(Model):
    aspect: AspectName
    positive: int = 0
    negative: int = 0
    mixed: int = 0
    verdict: Sentiment | Literal["split"]
    evidence: list[EvidenceRef] = Field(default_factory=list)


class Disagreement(Model):
    aspect: AspectName
    positive: list[str]
    negative: list[str]
    summary: str
    mixed: list[str] = Field(default_factory=list)
    # Added: the sentences each side said (praise first, then fault).
    evidence: list[EvidenceRef] = Field(default_factory=list)


class ComparedFilm(Model):
    title: str
    mentions: int


class ReviewListItem(Model):
    source: str
    sha256: str | None = None
    critic: str | None = None
    outlet: str | None = None
    rating_text: str | None = None
    score: int | None = None
    score_source: Literal["rating", "inferred"] | None = None
    polarity: Polarity
    pull_quote: str | None = None


class FactVote(Model):
    """One film fact with the reviews that state it, and any conflicting values."""

    field: str
    value: object
    sources: list[str]
    conflicts: dict[str, list[str]] = Field(default_factory=dict)


class BandCount(Model):
    band: str
    count: int


class FilmReport(Model):
    film: ReportFilm
    credits: Credits
    characters: list[Character] = Field(default_factory=list)
    people: list[ReportPerson] = Field(default_factory=list)
    reviews: int
    rated_reviews: int
    metascore: int | None
    provisional: bool
    band: str | None
    percent_positive: int | None
    consensus: str | None
    aspects: list[AspectSummary] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    content_warnings: list[str] = Field(default_factory=list)
    compared_films: list[ComparedFilm] = Field(default_factory=list)
    review_list: list[ReviewListItem] = Field(default_factory=list)
    # Added fields.
    slug: str | None = None
    facts: list[FactVote] = Field(default_factory=list)
    score_distribution: list[BandCount] = Field(default_factory=list)
