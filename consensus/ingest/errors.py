"""The one error type of ingest."""

from __future__ import annotations


class IngestError(Exception):
    """An input that cannot be analyzed: `source` is the path as given, `reason` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
