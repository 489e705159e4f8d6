"""Terminal presentation of Reviews and Film reports (Rich tables and bars)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from consensus.aggregate.report import normalize_title
from consensus.models import FilmReport, Review

BAND_STYLE = {
    "universal acclaim": "bold white on green",
    "generally favorable": "bold black on green3",
    "mixed or average": "bold black on yellow",
    "generally unfavorable": "bold white on red",
    "overwhelming dislike": "bold white on dark_red",
}


def select_reports(reports: list[FilmReport], title: str | None, year: int | None) -> list[FilmReport]:
    """Reports matching --film (title, ignoring case and punctuation) and --year."""
    wanted = normalize_title(title) if title else None
    return [
        r for r in reports
        if (wanted is None or normalize_title(r.film.title) == wanted) and (year is None or r.film.year == year)
    ]


def _film_label(title: str | None, year: int | None) -> str:
    return f"{title or '(unknown film)'}" + (f" ({year})" if year else "")


def print_reviews(console: Console, reviews: list[Review]) -> None:
    table = Table(title="Reviews", show_lines=False)
    for column in ("source", "film", "critic", "rating", "score", "polarity", "pull quote"):
        table.add_column(column, overflow="fold")
    for r in reviews:
        table.add_row(
            escape(r.source),
            escape(_film_label(r.film.title, r.film.year)),
            escape(r.critic or "—"),
            escape(r.rating.text if r.rating else "—"),
            f"{r.score}" + ("" if r.score_source == "rating" else "*") if r.score is not None else "—",
            r.polarity,
            escape((r.pull_quote or "")[:120]),
        )
    console.print(table)
    console.print("* inferred from the text (no rating given)")


def _bar(count: int, most: int, width: int = 30) -> str:
    return "█" * (round(width * count / most) if most else 0)


def print_report(console: Console, report: FilmReport) -> None:
    f = report.film
    console.rule(f"[bold]{escape(_film_label(f.title, f.year))}")
    score = "—" if report.metascore is None else str(report.metascore)
    style = BAND_STYLE.get(report.band or "", "bold")
    provisional = " (provisional: fewer than 4 reviews)" if report.provisional else ""
    console.print(f"[{style}] {score} [/] {escape(report.band or 'no score')}{provisional}")
    console.print(
        f"{report.reviews} reviews, {report.rated_reviews} rated by the critic; "
        f"{report.percent_positive if report.percent_positive is not None else '—'}% positive"
    )
    if report.consensus:
        console.print(f"\n[italic]{escape(report.consensus)}[/italic]\n")
    facts = [
        ("Director", ", ".join(report.credits.director)),
        ("Writer", ", ".join(report.credits.writer)),
        ("Music", ", ".join(report.credits.composer)),
        ("Cast", ", ".join(c.name + (f" as {c.character}" if c.character else "") for c in report.credits.cast)),
        ("Runtime", f"{f.runtime_minutes} min" if f.runtime_minutes else ""),
        ("Country", f.country or ""),
        ("Release", " on ".join(x for x in (f.release_date, f.platform) if x)),
        ("Premiere", f.premiere or ""),
        ("Genres", ", ".join(f.genres)),
        ("Content", ", ".join(report.content_warnings)),
        ("Compared to", ", ".join(c.title for c in report.compared_films)),
    ]
    for label, value in facts:
        if value:
            console.print(f"[bold]{label}:[/bold] {escape(value)}")
    if report.score_distribution:
        most = max(b.count for b in report.score_distribution)
        console.print("\n[bold]Score distribution[/bold]")
        for b in report.score_distribution:
            console.print(f"  {b.band:<22} {_bar(b.count, most)} {b.count}")
    if report.aspects:
        table = Table(title="What critics say", show_edge=False)
        for column in ("aspect", "+", "−", "~", "verdict"):
            table.add_column(column)
        for a in report.aspects:
            table.add_row(a.aspect, str(a.positive), str(a.negative), str(a.mixed), a.verdict)
        console.print(table)
    for d in report.disagreements:
        console.print(f"[bold]Split on {d.aspect}:[/bold] {escape(d.summary)}")
    table = Table(title="Reviews", show_edge=False)
    for column in ("critic", "rating", "score", "polarity", "pull quote"):
        table.add_column(column, overflow="fold")
    for item in report.review_list:
        table.add_row(
            escape(item.critic or item.source),
            escape(item.rating_text or "—"),
            "—" if item.score is None else f"{item.score}" + ("" if item.score_source == "rating" else "*"),
            item.polarity,
            escape(item.pull_quote or ""),
        )
    console.print(table)
