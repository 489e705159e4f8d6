"""Turn raw bytes into a Document: refuse what is not text, decode, pull the main text out of HTML, drop boilerplate.

Decoding: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 (old
Windows text, e.g. 1,315 of the Pang & Lee reviews), else Latin-1; quoted-printable
plain text is unquoted first ("Dani=E8le" is "Danièle"). Bytes that
decode to mostly control characters or accented noise are refused as
undecodable rather than analyzed as garbage. Plain text gets a light Markdown
clean-up (headings, emphasis, links) so `.md` reviews read like text.
"""

from __future__ import annotations

import hashlib
import re

from consensus.ingest.boilerplate import archive_toolbar_end, joined_captions, strip_boilerplate, without_link_references
from consensus.ingest.errors import IngestError
from consensus.ingest.html import html_to_document_parts
from consensus.ingest.reflow import unwrapped
from consensus.ingest.screen import why_not_a_review
from consensus.models import Document

# A review page is tens of kilobytes; a file this large is not one review.
MAX_BYTES = 5 * 1024 * 1024
_SNIFF_BYTES = 8192
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|body|head|article|div|p)\b", re.IGNORECASE)
_MAGIC = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"{\\rtf": "an RTF document",
}
# Bytes that are not valid UTF-8 and decode to more than this share of accented noise are not cp1252 text either.
MAX_NON_ASCII_SHARE = 0.3
MAX_CONTROL_SHARE = 0.01


def _refuse_binary(raw: bytes, source: str) -> None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise IngestError(source, f"is {kind}, not a text review")
    if b"\x00" in raw[:_SNIFF_BYTES]:
        raise IngestError(source, "is a binary file (contains NUL bytes), not a text review")


_C0_CONTROLS = bytes([*range(0, 9), 11, *range(14, 32), 127])  # not tab, newline, form feed, carriage return
_HIGH_BYTES = bytes(range(128, 256))


def _bad_share(raw: bytes, utf8: bool) -> tuple[float, float]:
    """(share of control bytes, share of non-ASCII bytes) in the opening of the file, on bytes for speed.

    Non-ASCII is only counted when the bytes were not UTF-8 (the cp1252/Latin-1 guess).
    """
    sample = raw[:_SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _C0_CONTROLS))
    plain = utf8 or sample.isascii()
    if plain and not controls:
        return 0.0, 0.0  # the usual case, without counting spaces (the slow part)
    size = max(1, len(sample) - sample.count(b" ") - sample.count(b"\n"))
    if plain:
        return controls / size, 0.0
    return controls / size, (len(sample) - len(sample.translate(None, _HIGH_BYTES))) / size


# Quoted-printable, as mail and newsgroup archives keep a post: "Dani=E8le", "=3D" for "=", "=20" for a space ending a
# line, "=" at a line's end joining it to the next. Read only in a text with two escaped letters or more and a mark of
# the encoding besides ("=20", "=3D", a soft break), and no escaped letter running on into hex digits ("v=E8a1",
# "background=C0C0C0" are a link's and a style's values); a link's "?p=1042" and a "=====" rule are never escapes.
_QP_LETTER = re.compile(rb"=([89A-F][0-9A-F])")
_QP_NOT_LETTER = re.compile(rb"=[89A-F][0-9A-F][0-9A-Fa-f]{2}")
_QP_EQUALS = re.compile(rb"=3D")
_QP_SPACE_AT_END = re.compile(rb"=20(?=\r?\n)")
_QP_SOFT_BREAK = re.compile(rb"(?<=[^=\s])=\r?\n")
_QP_MARK = re.compile(rb"=20|=3D|" + _QP_SOFT_BREAK.pattern)


def _unquoted_printable(raw: bytes) -> bytes:
    """`raw` with its quoted-printable escapes read, when it is written so, else `raw`."""
    if len(_QP_LETTER.findall(raw)) < 2 or not _QP_MARK.search(raw) or _QP_NOT_LETTER.search(raw):
        return raw
    unescaped = _QP_LETTER.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
    if not _is_utf8(unescaped) and _is_utf8(raw):  # a UTF-8 file escaping cp1252 letters ("=E8"): each in UTF-8
        unescaped = _QP_LETTER.sub(lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace").encode(), raw)
    return _QP_EQUALS.sub(b"=", _QP_SOFT_BREAK.sub(b"", _QP_SPACE_AT_END.sub(b" ", unescaped)))


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(raw: bytes, source: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else cp1252, else Latin-1; IngestError for empty, binary or noise.
    Quoted-printable plain text (a mail or newsgroup archive's) is unquoted first."""
    if not raw.strip():
        raise IngestError(source, "file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(source, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    else:
        _refuse_binary(raw, source)
        if b"=" in raw and not looks_like_html(raw):  # ("width=20" is HTML's, not an escape)
            raw = _unquoted_printable(raw)
        try:
            text = raw.decode("utf-8-sig")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
        controls, non_ascii = _bad_share(raw, utf8)
        if controls > MAX_CONTROL_SHARE or (not utf8 and non_ascii > MAX_NON_ASCII_SHARE):
            raise IngestError(source, "undecodable bytes: not UTF-8, and not cp1252 or Latin-1 text either")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(raw: bytes) -> bool:
    return bool(_HTML_SNIFF.search(raw[:4096]))


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_BOLD = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])")
_MD_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\W_])([^*_\n]+?)(?<=[^\W_])\1(?![*\w])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")


def unmark(line: str) -> str:
    """Markdown to plain text for one line; star ratings ("***", "★★★½") and "*** out of ****" stay as written."""
    if not any(ch in line for ch in "#*_[>"):
        return line
    line = _MD_HEADING.sub("", line)
    line = _MD_QUOTE.sub("", line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_BOLD.sub(r"\2", line)
    return _MD_ITALIC.sub(r"\2", line)


def document_from_bytes(raw: bytes, source: str, is_html: bool | None = None) -> Document:
    """A Document from a file's bytes; `is_html=None` sniffs the content. IngestError for bad input."""
    if len(raw) > MAX_BYTES:
        raise IngestError(source, f"is {len(raw) / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one review")
    text = decode(raw, source)
    if is_html is None:
        is_html = looks_like_html(raw)
    sha = hashlib.sha256(raw).hexdigest()
    if is_html:
        main_text, lines, metadata = html_to_document_parts(text)
    else:
        plain = [unmark(line) for line in text.split("\n")]
        plain = plain[archive_toolbar_end(plain):]  # a Wayback Machine capture: the archived page only
        plain = without_link_references(plain)  # a text browser's dump: no "[12]" link markers, no list of URLs
        lines = [line.strip() for line in plain if line.strip()]
        # a video's timed captions read as one paragraph of speech, hard-wrapped paragraphs as paragraphs (the lines
        # stay as shown: a rating is read per line)
        main_text, metadata = "\n".join(unwrapped(joined_captions(plain))), {}
    main_text = strip_boilerplate(main_text)
    problem = why_not_a_review(main_text)
    if problem:
        raise IngestError(source, problem)
    return Document(source=source, sha256=sha, text=main_text, lines=lines, is_html=is_html, metadata=metadata)


def document_from_text(text: str, source: str = "posted text") -> Document:
    """A Document from text already in memory (the web API's analyze)."""
    return document_from_bytes(text.encode("utf-8"), source)
