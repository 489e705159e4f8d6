"""Read review files from disk into Documents: find files, check them, decode them.

Every problem with an input becomes an `IngestError` naming the file and the
problem in one sentence; callers report it and go on with the other files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
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


def has_review_suffix(path: Path) -> bool:
    return path.suffix.lower() in REVIEW_SUFFIXES


def walk(folder: Path, wanted: Callable[[Path], bool] = has_review_suffix,
         _seen: set[tuple[int, int]] | None = None) -> Iterator[Path]:
    """Files under `folder` that `wanted` accepts, depth first, each directory in name order.

    Streams one directory at a time, holding only that directory's names to
    sort them (about 100 bytes a file: a flat folder of a million reviews
    costs ~100 MB; subfolders or records files cost nothing). Hidden files and
    folders and a folder's own documentation (README, LICENSE...) are
    skipped. Symbolic links to folders are followed, each folder visited once
    (a link loop ends there).
    """
    seen = set() if _seen is None else _seen
    try:
        info = folder.stat()
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError:
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    for name in names:
        if name.startswith(".") or Path(name).stem.lower() in DOC_STEMS:
            continue
        path = folder / name
        try:
            mode = path.stat().st_mode  # follows links, as DirEntry.is_dir() and is_file() do
        except OSError:  # a broken link, or removed since it was listed
            continue
        if stat.S_ISDIR(mode):
            yield from walk(path, wanted, seen)
        elif stat.S_ISREG(mode) and wanted(path):
            yield path


def find_review_files(paths: Iterable[str | Path]) -> FoundFiles:
    """Expand files and folders (recursively) into review files, in walk order, each once."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            errors.append(IngestError(str(given), "no such file or folder"))
        elif path.is_dir():
            found = list(walk(path))
            if not found:
                errors.append(IngestError(str(given), f"folder holds no review files ({', '.join(REVIEW_SUFFIXES)})"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(IngestError(str(given), "not a regular file or folder"))
    return FoundFiles(files=list(dict.fromkeys(files)), errors=errors)


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
