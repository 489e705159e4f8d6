"""Read review files from disk into Documents: find files, check them, decode them.

Every problem with an input becomes an `IngestError` naming the file and the
problem in one sentence; callers report it and go on with the other files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from consensus.ingest.document import MAX_BYTES, document_from_bytes
from consensus.ingest.errors import IngestError
from consensus.models import Document

REVIEW_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class FoundFiles:
    files: list[Path]
    errors: list[IngestError]


# A folder's own documentation is not a review: examples/README.md describes the corpus.
DOC_STEMS = ("readme", "license", "licence", "changelog", "contributing", "authors", "copying")


def _is_review_file(path: Path, root: Path) -> bool:
    """A file with a review suffix found in a folder walk; not hidden, not in a hidden folder, not a README."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    documentation = path.stem.lower().startswith(DOC_STEMS)
    return not hidden and not documentation and path.suffix.lower() in REVIEW_SUFFIXES and path.is_file()


def find_review_files(paths: Iterable[str | Path]) -> FoundFiles:
    """Expand files and folders (recursively) into review files, sorted, each once."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            errors.append(IngestError(str(given), "no such file or folder"))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if _is_review_file(p, path))
            if not found:
                errors.append(IngestError(str(given), f"folder holds no review files ({', '.join(REVIEW_SUFFIXES)})"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(IngestError(str(given), "not a regular file or folder"))
    return FoundFiles(files=list(dict.fromkeys(files)), errors=errors)


def iter_review_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Like find_review_files, but streamed: yields paths and errors as folders are walked."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield IngestError(str(given), "no such file or folder")
        elif path.is_dir():
            any_found = False
            for p in sorted(path.rglob("*")):
                if _is_review_file(p, path) and p not in seen:
                    seen.add(p)
                    any_found = True
                    yield p
            if not any_found:
                yield IngestError(str(given), f"folder holds no review files ({', '.join(REVIEW_SUFFIXES)})")
        elif path.is_file():
            if path not in seen:
                seen.add(path)
                yield path
        else:
            yield IngestError(str(given), "not a regular file or folder")


def read_bytes(path: Path) -> bytes:
    """The raw bytes of a review file, refusing what cannot be one review."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # checked before reading: a 50 MB file is refused without loading it
            raise IngestError(source, f"file is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one review")
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # the file may have grown since stat()
        if len(raw) > MAX_BYTES:
            raise IngestError(source, f"file is over the {MAX_BYTES // 1024 // 1024} MB limit for one review")
        return raw
    except PermissionError:
        raise IngestError(source, "permission denied") from None
    except IsADirectoryError:
        raise IngestError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise IngestError(source, f"cannot be read ({exc.strerror or exc})") from None


def read_document(path: Path, source: str | None = None) -> Document:
    """Read one file into a Document, or raise IngestError saying what is wrong with it."""
    raw = read_bytes(path)
    is_html = path.suffix.lower() in (".html", ".htm")
    return document_from_bytes(raw, source or str(path), is_html=is_html)
