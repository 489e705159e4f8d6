"""Turn raw bytes into a Document: decode, pull the main text out of HTML, drop boilerplate."""

from __future__ import annotations

import hashlib
import re

from consensus.ingest.boilerplate import strip_boilerplate
from consensus.ingest.errors import IngestError
from consensus.ingest.html import html_to_document_parts
from consensus.models import Document

_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|body|head|article|div|p)\b", re.IGNORECASE)


def decode(raw: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else cp1252, else Latin-1; refuse binary content."""
    if not raw.strip():
        raise IngestError(source, "file is empty")
    head = raw[:8192]
    if b"\x00" in head:
        raise IngestError(source, "binary file (contains NUL bytes), not a text review")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 8192):
        raise IngestError(source, "binary or undecodable content (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(raw: bytes) -> bool:
    return bool(_HTML_SNIFF.search(raw[:4096]))


def document_from_bytes(raw: bytes, source: str, is_html: bool | None = None) -> Document:
    """A Document from a file's bytes; `is_html=None` sniffs the content."""
    text = decode(raw, source)
    if is_html is None:
        is_html = looks_like_html(raw)
    sha = hashlib.sha256(raw).hexdigest()
    if is_html:
        main_text, lines, metadata = html_to_document_parts(text)
    else:
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        main_text, metadata = text, {}
    main_text = strip_boilerplate(main_text)
    if not main_text.strip():
        raise IngestError(source, "no review text found")
    return Document(source=source, sha256=sha, text=main_text, lines=lines, is_html=is_html, metadata=metadata)


def document_from_text(text: str, source: str = "posted text") -> Document:
    """A Document from text already in memory (the web API's analyze)."""
    return document_from_bytes(text.encode("utf-8"), source)
