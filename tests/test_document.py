"""From bytes to Document: encodings, Markdown, sha256, raw lines beside the cleaned text."""

from __future__ import annotations

import hashlib

import pytest

from consensus.ingest.document import decode, document_from_bytes, document_from_text, unmark
from consensus.ingest.errors import IngestError

REVIEW = (
    "Quarry Road is a tense, handsome thriller about a film crew stranded at a flooded quarry.\n\n"
    "The director keeps the camera low, the cast sweats convincingly, and the script only falters at the end.\n"
)


def test_utf8_with_and_without_bom_decode_the_same() -> None:
    text = "“Café Noir” – naïve, déjà vu"
    assert decode(text.encode("utf-8"), "x") == decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "x") == text


def test_cp1252_curly_quotes_are_read_as_curly_quotes() -> None:
    raw = "It\u2019s a \u201cfine\u201d film \u2013 really.".encode("cp1252")
    assert decode(raw, "x") == "It’s a “fine” film – really."


def test_latin1_bytes_that_cp1252_cannot_decode_fall_back_to_latin1() -> None:
    raw = "Ein schöner Film".encode("latin-1") + b"\x81"  # 0x81 is undefined in cp1252
    assert decode(raw, "x").startswith("Ein schöner Film")


def test_utf16_with_a_bom_is_text_not_binary() -> None:
    assert decode(REVIEW.encode("utf-16"), "x").startswith("Quarry Road")


def test_quoted_printable_text_of_a_mail_archive_is_unquoted() -> None:
    raw = b"Cast: Dani=E8le Dubroux (Marine), Genevi=E8ve Bujold (Libby), a long=\nline, =A9 1998=20\nThe end."
    assert decode(raw, "x") == "Cast: Dani\u00e8le Dubroux (Marine), Genevi\u00e8ve Bujold (Libby), a longline, \u00a9 1998 \nThe end."
    # in a UTF-8 file the escaped letters come out as letters, and the file's own letters stay
    assert decode("Bj\u00f6rk, Dani=E8le, Ren=E9e, 4 =3D good".encode(), "x") == "Bj\u00f6rk, Dani\u00e8le, Ren\u00e9e, 4 = good"


def test_equals_signs_that_are_no_escapes_stay_as_written() -> None:
    for text in ("In the n=20 sample, x=30 and y=45, nothing else.",
                 "Title\n=====\nSee ?p=1042 and ?id=3345, story=10, acting=09\n=====\nok",
                 "Dani=E8le once, and a rule\n====\n",
                 "Watch it at watch?v=E8a1 or v=C3b2, n=20 more",
                 "Styles: background=C0C0C0; border=DDDDDD; width=20"):
        assert decode(text.encode(), "x") == text
    html = b'<html><body><table width=20 height=30 border=10><tr><td>=E9 =E8</td></tr></table></body></html>'
    assert decode(html, "x") == html.decode()


def test_windows_and_old_mac_line_ends_become_newlines() -> None:
    assert decode(b"one\r\ntwo\rthree", "x") == "one\ntwo\nthree"


def test_a_document_keeps_every_raw_line_and_the_sha256_of_the_bytes() -> None:
    raw = ("Home | Reviews | About\n" + REVIEW + "\nPost a Comment\n").encode("utf-8")
    document = document_from_bytes(raw, "r.txt")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert "Post a Comment" in document.lines and "Home | Reviews | About" in document.lines
    assert "Post a Comment" not in document.text and "Home |" not in document.text
    assert document.text.startswith("Quarry Road is a tense")
    assert not document.is_html


def test_html_is_sniffed_when_the_caller_does_not_say() -> None:
    page = f"<html><body><article><p>{REVIEW}</p></article></body></html>".encode()
    assert document_from_bytes(page, "p").is_html
    assert not document_from_bytes(REVIEW.encode(), "t").is_html


def test_markdown_is_read_as_text_but_star_ratings_stay() -> None:
    assert unmark("# Quarry Road (2024)") == "Quarry Road (2024)"
    assert unmark("**Rating:** 7/10") == "Rating: 7/10"
    assert unmark("A *terrific* [debut](https://example.org)") == "A terrific debut"
    assert unmark("***1/2 out of ****") == "***1/2 out of ****"
    assert unmark("★★★½") == "★★★½"
    assert unmark("> quoted line") == "quoted line"


def test_posted_text_is_a_document_and_short_text_is_refused_with_its_source_name() -> None:
    assert document_from_text(REVIEW).source == "posted text"
    with pytest.raises(IngestError) as error:
        document_from_text("Loved it! 9/10", source="api")
    assert error.value.source == "api" and "too short" in error.value.reason


def test_a_one_sentence_capsule_review_is_accepted() -> None:
    capsule = "A gorgeous, heartfelt triumph that will leave you wrecked and grateful."
    assert document_from_text(capsule).text == capsule
