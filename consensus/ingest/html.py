"""HTML pages: main text through trafilatura, raw lines and schema.org metadata kept (provisional)."""

from __future__ import annotations

import trafilatura
from lxml import html as lxml_html


def html_to_document_parts(page: str) -> tuple[str, list[str], dict[str, object]]:
    """(main text, all visible lines, metadata) of an HTML page."""
    main = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True) or ""
    try:
        tree = lxml_html.fromstring(page)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        visible = tree.text_content()
    except Exception:  # lxml refuses some malformed pages; the main text is still usable
        visible = main
    lines = [line.strip() for line in visible.split("\n") if line.strip()]
    return main, lines, {}
