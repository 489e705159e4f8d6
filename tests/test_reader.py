"""Reading files and folders: what is found, what is refused, and how the refusal reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.ingest.document import MAX_BYTES
from consensus.ingest.errors import IngestError
from consensus.ingest.reader import find_review_files, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
REVIEW = (FIXTURES / "pages" / "shouting_headline.txt").read_bytes()


def test_a_folder_is_read_recursively_for_review_suffixes_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(REVIEW)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.MD").write_bytes(REVIEW)
    (tmp_path / "sub" / "c.htm").write_bytes(REVIEW)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_bytes(REVIEW)
    found = find_review_files([tmp_path])
    assert [p.name for p in found.files] == ["a.txt", "b.MD", "c.htm"]
    assert found.errors == []


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(REVIEW)
    assert find_review_files([path, tmp_path]).files == [path]


def test_a_missing_path_and_an_empty_folder_are_errors_naming_them(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    found = find_review_files([tmp_path / "nope.txt", tmp_path / "empty"])
    assert found.files == []
    reasons = {Path(e.source).name: e.reason for e in found.errors}
    assert reasons["nope.txt"] == "no such file or folder"
    assert "no review files" in reasons["empty"]


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(IngestError) as error:
        read_document(big)
    assert error.value.source == str(big)
    assert "50.0 MB" in error.value.reason and "limit" in error.value.reason
    assert MAX_BYTES < 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n \t ", "file is empty"),
        (b"\x00\x01\x02binary\x00stuff" * 50, "binary file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 a pdf", "PDF"),
        (b"PK\x03\x04" + b"docx" * 20, "ZIP"),
        (bytes(range(128, 256)) * 40, "undecodable"),
    ],
)
def test_bad_files_give_one_line_naming_the_file_and_the_problem(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert reason in error.value.reason
    assert str(error.value).startswith(f"{path}: ")
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("name", ["shopping_list.txt", "source_code.txt", "lorem_ipsum.txt", "recipe.txt"])
def test_files_that_are_not_reviews_are_refused(name: str) -> None:
    with pytest.raises(IngestError) as error:
        read_document(FIXTURES / "not_reviews" / name)
    assert error.value.reason.startswith("not a review")


def test_html_suffix_means_html_and_the_page_source_is_kept_as_given(tmp_path: Path) -> None:
    page = tmp_path / "page.HTML"
    page.write_bytes((FIXTURES / "pages" / "jsonld_review.html").read_bytes())
    document = read_document(page, source="as/given.html")
    assert document.is_html
    assert document.source == "as/given.html"


def test_a_folder_walk_skips_documentation_but_not_titles_that_start_like_it(tmp_path: Path) -> None:
    for name in ("README.md", "LICENSE.txt", "license-to-kill.txt", "authors-anonymous.html", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    found = find_review_files([tmp_path])
    assert [p.name for p in found.files] == ["authors-anonymous.html", "license-to-kill.txt"]


def test_a_user_review_page_naming_its_film_and_year_is_a_review() -> None:
    from consensus.ingest.screen import why_not_a_review

    page = ("The Salt Orchard (2024)\nUser Reviews\n8/10\nA slow burn with a storm worth waiting for\n"
            "I went in knowing nothing and came out shaken. The first hour is slow, the sisters argue a lot and I nearly "
            "gave up on it. But what comes after is one of the best things I have seen in years, and the eldest sister is "
            "incredible. Stick with it, and do not read anything about it before you go, because the less you know the better.")
    assert why_not_a_review(page) is None
    recipe = " ".join(["Whisk the eggs with the sugar until pale, then fold in the flour and bake it for twenty minutes."] * 6)
    assert why_not_a_review(recipe) is not None


def test_a_text_page_drawn_with_rules_of_symbols_is_a_review_not_code(tmp_path: Path) -> None:
    rule = "=" * 62
    body = ("The sequel swaps real horses for computer ones, and the herd looks like a video game. "
            "The script is all wisecracks and speeches, and the new lead cannot ride. ") * 3
    page = tmp_path / "western.txt"
    page.write_text(f"{rule}\n   SADDLE & SCREEN  --  Westerns since 1999\n{rule}\n [Home]  [Reviews]  [Links]\n"
                    f"{'-' * 62}\n RETURN TO RED MESA (2024)\n{'-' * 62}\n{body}\n{rule}\n{'_' * 62}\n{rule}\n", encoding="utf-8")
    assert "video game" in read_document(page).text
