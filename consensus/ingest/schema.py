"""schema.org `Review` markup of a web page, from JSON-LD or microdata.

Pages that declare their review (`"@type": "Review"` with `reviewRating`,
`author`, `itemReviewed`) say exactly what the critic rated and who they are.
The result is one flat dict with fixed keys (read by the ratings, film and
byline finders):

    {"rating_value", "best_rating", "worst_rating", "author", "item_name",
     "item_year", "item_director", "publisher", "evidence"}

Values are strings, numbers or None. `evidence` says where it was read, e.g.
`schema.org Review (JSON-LD): ratingValue 4, bestRating 5`. Small enough to
read here rather than pull in a general structured-data library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

REVIEW_TYPES = {"review", "criticreview"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TITLE_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>1[89]\d\d|20\d\d)\)\s*$")
KEYS = ("rating_value", "best_rating", "worst_rating", "author", "item_name", "item_year", "item_director", "publisher", "evidence")


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type") or node.get("type") or []
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].lower() for k in kinds}


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document, depth first (handles @graph and lists)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _name(value: Any) -> str | None:
    """A person's or organisation's name from a string, an object or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.strip().startswith(("http://", "https://")):
        return " ".join(value.split())
    return None


def _number(value: Any) -> float | str | None:
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return value.strip()  # a letter grade or "4 stars": the ratings reader parses it
        return int(number) if number.is_integer() else number
    return None


def _item(value: Any) -> tuple[str | None, int | None, str | None]:
    """(name, year, director) of the reviewed item; the year from its dates or a "Title (2023)" name."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        return None, None, None
    name = _name(value)
    year = None
    for key in ("dateCreated", "datePublished", "releaseDate", "copyrightYear", "startDate"):
        match = _YEAR.search(str(value.get(key) or ""))
        if match:
            year = int(match.group(1))
            break
    if name:
        titled = _TITLE_YEAR.match(name)
        if titled:
            name, year = titled["title"], year or int(titled["year"])
    return name, year, _name(value.get("director"))


def _evidence(kind: str, rating: dict[str, Any]) -> str:
    parts = [f"{key} {rating[key]}" for key in ("ratingValue", "bestRating", "worstRating") if rating.get(key) not in (None, "")]
    return f"schema.org Review ({kind}): " + (", ".join(parts) if parts else "no reviewRating")


def _from_object(review: dict[str, Any], kind: str, item: Any = None) -> dict[str, Any]:
    rating = review.get("reviewRating") or {}
    if isinstance(rating, list):
        rating = rating[0] if rating else {}
    if not isinstance(rating, dict):
        rating = {"ratingValue": rating}
    name, year, director = _item(review.get("itemReviewed") or item)
    return {
        "rating_value": _number(rating.get("ratingValue")),
        "best_rating": _number(rating.get("bestRating")),
        "worst_rating": _number(rating.get("worstRating")),
        "author": _name(review.get("author")),
        "item_name": name,
        "item_year": year,
        "item_director": director,
        "publisher": _name(review.get("publisher")),
        "evidence": _evidence(kind, rating),
    }


def _json_documents(tree: HtmlElement) -> Iterator[Any]:
    for script in tree.xpath('//script[contains(translate(@type, "JSON", "json"), "ld+json")]'):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            yield json.loads(raw)
        except ValueError:
            try:  # trailing commas are the commonest hand-written JSON-LD mistake
                yield json.loads(re.sub(r",\s*([}\]])", r"\1", raw))
            except ValueError:
                continue


def json_ld_nodes(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object the page declares in JSON-LD, in page order: read once, for the Review, the Movie and the
    article the page declares (`schema_review`, `page_movie`, `article_credits`)."""
    return [node for document in _json_documents(tree) for node in _walk(document)]


def reviews_from_json_ld(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every schema.org Review (or a Movie's nested review) among a page's JSON-LD objects (`json_ld_nodes`), in order."""
    for node in nodes:
        types = _types(node)
        if types & REVIEW_TYPES:
            yield _from_object(node, "JSON-LD")
        elif "review" in node and types & {"movie", "film", "tvseries", "creativework"}:
            nested = node["review"][0] if isinstance(node["review"], list) and node["review"] else node["review"]
            if isinstance(nested, dict):
                yield _from_object(nested, "JSON-LD", item=node)


MOVIE_TYPES = {"movie", "film"}


def page_movie(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The film a page declares in JSON-LD (`json_ld_nodes`) without a Review of it (`"@type": "Movie"`, its name, year
    and director), when it declares exactly one: a film page's own film, not a list of them. Its aggregateRating is the
    site's."""
    movies = [node for node in nodes if _types(node) & MOVIE_TYPES]
    if len(movies) != 1:
        return None
    name, year, director = _item(movies[0])
    if not name:
        return None
    return {"item_name": name, "item_year": year, "item_director": director, "evidence": "schema.org Movie (JSON-LD)"}


ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
                 "reviewnewsarticle", "socialmediaposting"}


def article_credits(nodes: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """(author, publisher) of the page's schema.org article (`NewsArticle`, `BlogPosting`, ...) among its JSON-LD objects
    (`json_ld_nodes`): a news page that declares no Review still names its writer and its publication there."""
    for node in nodes:
        if _types(node) & ARTICLE_TYPES:
            return _name(node.get("author")), _name(node.get("publisher"))
    return None, None


# --------------------------------------------------------------------------- microdata


def _itemtype(element: HtmlElement) -> str:
    return (element.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def _props(scope: HtmlElement) -> dict[str, list[HtmlElement]]:
    """itemprop elements that belong to `scope` itself (not to nested itemscopes)."""
    found: dict[str, list[HtmlElement]] = {}
    stack = list(scope)
    while stack:
        element = stack.pop(0)
        if not isinstance(element.tag, str):
            continue
        for prop in (element.get("itemprop") or "").split():
            found.setdefault(prop, []).append(element)
        if element.get("itemscope") is None:
            stack[0:0] = list(element)
    return found


def _value(element: HtmlElement) -> Any:
    """A microdata property value: a nested item as a dict, else content/datetime/text."""
    if element.get("itemscope") is not None:
        return {key: _value(values[0]) for key, values in _props(element).items()} | {"@type": _itemtype(element)}
    for attribute in ("content", "datetime", "value"):
        if element.get(attribute) is not None:
            return element.get(attribute)
    return " ".join(element.text_content().split())


def reviews_from_microdata(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every element with itemtype schema.org/Review (or CriticReview), read as JSON-LD would be, in page order."""
    for element in tree.xpath("//*[@itemscope][@itemtype]"):
        if _itemtype(element) in REVIEW_TYPES:
            yield _from_object(_value(element), "microdata")


def schema_review(tree: HtmlElement, nodes: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """The page's own Review: JSON-LD first (the more common and the more precise), then microdata. A page that marks
    up reviews of several films (a sidebar of "recent reviews") has one of its own only if the page's <title> names
    that film; otherwise none of them is taken for the page's. `nodes` are the page's JSON-LD objects when the caller
    has read them (`json_ld_nodes`)."""
    reviews = list(reviews_from_json_ld(json_ld_nodes(tree) if nodes is None else nodes)) or list(reviews_from_microdata(tree))
    items = {str(r["item_name"]).casefold() for r in reviews if r.get("item_name")}
    if len(items) <= 1:  # (a Movie's nested review is also walked as a Review of its own, without the item)
        return next((r for r in reviews if r.get("item_name")), reviews[0] if reviews else None)
    title = (tree.findtext(".//title") or "").casefold()
    named = [r for r in reviews if r.get("item_name") and str(r["item_name"]).casefold() in title]
    return named[0] if len(named) == 1 else None
