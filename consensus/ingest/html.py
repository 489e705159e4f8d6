"""HTML pages: the review's main text through trafilatura, plus every visible line and what the page declares.

trafilatura finds the article body well but drops bylines, rating boxes and
credit tables, which is why the visible lines of the whole page are kept too
(one line per block element, scripts and styles removed). The page's own
declarations go to `metadata`: `title` (<title>), `og_title` (og:title, when it differs), `site_name` (og:site_name, or a
journal's citation_journal_title), `author` (<meta name=author> or a journal's citation_author,
else a rel=author link), `comments_opening` (the first
line of the readers' comments block) and `schema_review` (schema.org Review markup, see
`consensus.ingest.schema`).
"""

from __future__ import annotations

import re

import trafilatura
from trafilatura.metadata import extract_author
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from consensus.ingest.schema import article_credits, json_ld_nodes, page_movie, schema_review

BLOCK_TAGS = frozenset(
    """address article aside blockquote body br dd details div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul option
    caption title""".split()
)
CELL_TAGS = frozenset({"td", "th"})
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "button", "select"})
# An image's alt text that states a rating: "4 out of 5 stars", "Rating: 3.5/5", "★★★½".
_RATING_ALT = re.compile(r"\d(?:[.,]\d)?\s*(?:/|out\s+of)\s*\d|\b(?:stars?|rating|grade)\b|[★☆]", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def parse(page: str) -> HtmlElement | None:
    """An lxml tree, or None when lxml cannot make sense of the page."""
    try:
        return lxml_html.fromstring(page.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _runs_together(before: str, text: str) -> bool:
    """Two inline elements whose texts would run a word into a number ("verdict" + "5/10"): a box's parts."""
    return bool(before) and (before[-1].isalpha() and text[0].isdigit() or before[-1].isdigit() and text[0].isalpha())


def visible_lines(tree: HtmlElement) -> list[str]:
    """The page's text as a reader sees it: one line per block element, table cells joined by " | ", and the alt text of
    an image that draws a rating."""
    parts: list[str] = []
    hidden = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in HIDDEN_TAGS or element.get("hidden") is not None:
                hidden += 1
            elif hidden == 0:
                if tag == "dd" and _follows_term(element):
                    pass  # on the line of its term ("Director: Henrik Aalto")
                elif tag in BLOCK_TAGS:
                    parts.append("\n")
                elif tag in CELL_TAGS:
                    parts.append(" | ")
                elif tag in ("img", "amp-img") and (alt := " ".join((element.get("alt") or "").split())) and _RATING_ALT.search(alt):
                    parts.append(f" {alt} ")  # a rating drawn as a picture: its alt text says it ("Rating: 1.5 out of 5 reels")
                if element.text and isinstance(element.tag, str):
                    if parts and _runs_together(parts[-1], element.text):
                        parts.append(" ")  # "<span>Final verdict</span><span>5/10</span>" reads "Final verdict 5/10"
                    parts.append(element.text)
        else:
            if tag in HIDDEN_TAGS or element.get("hidden") is not None:
                hidden -= 1
            elif hidden == 0 and tag == "dt" and _follows_term(element.getnext()):
                written = next((part.rstrip() for part in reversed(parts) if part.strip()), "")
                parts.append(" " if written.endswith(":") else ": ")  # a definition list's term and its value on one line
            elif hidden == 0 and tag in BLOCK_TAGS:
                parts.append("\n")
            if hidden == 0 and element.tail:
                parts.append(element.tail)
    lines = []
    for raw in "".join(parts).split("\n"):
        line = _SPACES.sub(" ", raw).strip().strip("|").strip()
        if line:
            lines.append(line)
    return lines


def _follows_term(element: HtmlElement | None) -> bool:
    """A definition list's value (<dd>) right after its term (<dt>)."""
    if element is None or not isinstance(element.tag, str) or element.tag.lower() != "dd":
        return False
    before = element.getprevious()
    return before is not None and isinstance(before.tag, str) and before.tag.lower() == "dt" and bool(before.text_content().strip())


# class or id tokens of the block that holds a page's readers' comments (WordPress, Disqus, most CMS themes)
_COMMENTS_BLOCK = re.compile(
    r"^(?:comments?|comment[-_]?(?:list|section|area|thread|s)|comments[-_](?:area|section|list|wrap|wrapper|container|block)|"
    r"disqus_thread|reader[-_]comments|user[-_]comments|responses|replies)$",
    re.IGNORECASE,
)
_COMMENT_BLOCK_TAGS = frozenset({"div", "section", "aside", "ol", "ul"})


def comments_opening(tree: HtmlElement) -> str | None:
    """The first visible line of the block the page marks as its readers' comments (`<div class="comments">`,
    `<ol class="comment-list">`, `<div id="disqus_thread">`), or None. A comment that rates the film
    ("10/10 would watch again") or signs a name is a reader's, not the critic's, even with no "Comments" heading."""
    for element in tree.iter(*_COMMENT_BLOCK_TAGS):
        tokens = (element.get("class") or "").split() + (element.get("id") or "").split()
        if any(_COMMENTS_BLOCK.match(token) for token in tokens) and (lines := visible_lines(element)):
            return lines[0]
    return None


def _meta(tree: HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for element in tree.xpath(f'//meta[@property="{key}" or @name="{key}"]'):
            content = " ".join((element.get("content") or "").split())
            if content:
                return content
    return None


_FAMILY_COMMA_GIVEN = re.compile(r"^(?P<family>[^\W\d_][\w'’-]*(?: [\w'’-]+)?), (?P<given>[^\W\d_][\w.'’-]*(?: [\w.'’-]+)?)$")


def page_metadata(tree: HtmlElement) -> dict[str, object]:
    """title, url, site_name, author and schema_review, each only when the page states it (site_name and author from
    the page's schema.org article when its meta tags do not give them)."""
    metadata: dict[str, object] = {}
    title = tree.findtext(".//title")
    if title and title.strip():
        metadata["title"] = " ".join(title.split())
    shared = _meta(tree, "og:title", "twitter:title")  # the headline a page gives for sharing, often the film's own title
    if shared and shared != metadata.get("title"):
        metadata["og_title"] = shared
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    url = canonical[0].strip() if canonical and canonical[0].strip() else _meta(tree, "og:url")
    if url:
        metadata["url"] = url  # the page's own address: a review's address often names its film ("/the-brass-menagerie-review.html")
    site = _meta(tree, "og:site_name", "application-name", "citation_journal_title")
    if site:
        metadata["site_name"] = site
    author = _meta(tree, "author", "article:author", "byl", "parsely-author", "sailthru.author")
    if author is None and (cited := _meta(tree, "citation_author", "DC.creator")):
        inverted = _FAMILY_COMMA_GIVEN.match(cited)  # a journal's citation tag: "Achebe-Kohl, Miriam"
        author = f"{inverted['given']} {inverted['family']}" if inverted else cited
    if author is None:
        linked = tree.xpath('//a[@rel="author"]//text()')
        author = " ".join(" ".join(linked).split()) or None
    if author and not author.startswith(("http://", "https://")):
        metadata["author"] = re.sub(r"^by\s+", "", author, flags=re.IGNORECASE)
    elif marked := extract_author(tree):  # an element the page marks as its author's (class="author", itemprop="author")
        metadata["marked_author"] = marked
    if opening := comments_opening(tree):
        metadata["comments_opening"] = opening
    nodes = json_ld_nodes(tree)
    review = schema_review(tree, nodes)
    if review:
        metadata["schema_review"] = review
    elif movie := page_movie(nodes):
        metadata["schema_movie"] = movie  # no Review, one Movie: its name, year and director, read like a Review's item
    elif "site_name" not in metadata or "author" not in metadata:
        author, publisher = article_credits(nodes)
        if publisher:
            metadata.setdefault("site_name", publisher)
        if author:
            metadata.setdefault("author", author)
    return metadata


def html_to_document_parts(page: str) -> tuple[str, list[str], dict[str, object]]:
    """(main text, all visible lines, metadata) of an HTML page."""
    tree = parse(page)
    if tree is None:
        return "", [], {}
    lines = visible_lines(tree)
    metadata = page_metadata(tree)
    try:
        main = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True) or ""
    except Exception:  # trafilatura gives up on some malformed pages; the visible lines still hold the review
        main = ""
    if not main.strip():
        main = "\n\n".join(lines)
    return main, lines, metadata
