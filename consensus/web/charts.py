"""Geometry for the film page's two charts, drawn as inline SVG by the templates (no JavaScript).

Only numbers and fixed class names leave this module; labels are printed by
the template with autoescape.
"""

from __future__ import annotations

from dataclasses import dataclass

from consensus.models import AspectSummary, BandCount

BAND_CLASS = {
    "universal acclaim": "good",
    "generally favorable": "good",
    "mixed or average": "mixed",
    "generally unfavorable": "bad",
    "overwhelming dislike": "bad",
}


def score_class(score: int | None) -> str:
    """Metacritic's colours: green 61-100, yellow 40-60, red 0-39, grey when unknown."""
    if score is None:
        return "none"
    if score >= 61:
        return "good"
    if score >= 40:
        return "mixed"
    return "bad"


@dataclass
class Bar:
    label: str
    count: int
    y: float
    width: float  # percent of the plot width
    css: str


@dataclass
class DistributionChart:
    bars: list[Bar]
    height: int
    row: int = 28


def distribution_chart(bands: list[BandCount]) -> DistributionChart:
    """One horizontal bar per Metacritic band, longest = full width."""
    most = max((b.count for b in bands), default=0) or 1
    row = 28
    bars = [
        Bar(label=b.band, count=b.count, y=i * row, width=round(100 * b.count / most, 2), css=BAND_CLASS.get(b.band, "none"))
        for i, b in enumerate(bands)
    ]
    return DistributionChart(bars=bars, height=max(row * len(bars), row), row=row)


@dataclass
class AspectRow:
    aspect: str
    verdict: str
    positive: int
    negative: int
    mixed: int
    y: float
    # Diverging bars around the centre line, in percent of the plot width (each side is 50%).
    neg_x: float
    neg_w: float
    pos_w: float
    mix_w: float


@dataclass
class AspectChart:
    rows: list[AspectRow]
    height: int
    row: int = 30


def aspect_chart(aspects: list[AspectSummary]) -> AspectChart:
    """Negative mentions to the left of the centre, positive (then mixed) to the right."""
    row = 30
    most = max((max(a.negative, a.positive + a.mixed) for a in aspects), default=0) or 1
    rows = []
    for i, a in enumerate(aspects):
        neg_w = 50 * a.negative / most
        rows.append(AspectRow(
            aspect=a.aspect.replace("_", " & " if a.aspect == "camera_editing" else " "),
            verdict=a.verdict, positive=a.positive, negative=a.negative, mixed=a.mixed,
            y=i * row, neg_x=round(50 - neg_w, 2), neg_w=round(neg_w, 2),
            pos_w=round(50 * a.positive / most, 2), mix_w=round(50 * a.mixed / most, 2),
        ))
    return AspectChart(rows=rows, height=max(row * len(rows), row), row=row)
