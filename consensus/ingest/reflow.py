"""Hard-wrapped text joined back into paragraphs.

Mail, Usenet posts, text-browser and print dumps break every paragraph into lines of one width ("... a copy of Radu
Petrescu's The Gravedigger's" / "Almanac. Region-free Blu-ray ..."). Read line by line, a title, a name or a sentence
broken across two lines is lost; this module joins each wrapped line to the one that continues it, on pages whose
long lines mostly end near one width. Short lines (headings, bylines, credits, list items) are never joined.
"""

from __future__ import annotations

import re

MIN_LONG = 40  # a line this long (or longer) is prose that may have been wrapped
MAX_WRAP_WIDTH = 160  # wider lines are paragraphs as written, not wrapped ones
SLACK = 15  # a wrapped line ends within this many characters of the width
MIN_WRAPPED_SHARE = 0.4  # of the long lines, at least this share end near the width on a hard-wrapped page ...
MIN_WRAPPED_LINES = 5  # ... and at least this many

# A line that starts something of its own: a list item, a numbered line, a labelled field, a quote's attribution.
_OWN_START = re.compile(r"^\s*(?:[-*•·+>#|]\s|\d{1,3}[.)]\s|\[\d+\]|[A-Z][\w /&.-]{1,30}:\s|[—–]\s|-{2,}|={2,}|_{2,})")


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when its long lines do not end near one width."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= MIN_LONG)
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(n >= width - SLACK for n in lengths)
    if width > MAX_WRAP_WIDTH or near < MIN_WRAPPED_LINES or near < MIN_WRAPPED_SHARE * len(lengths):
        return None
    return width


def unwrapped(lines: list[str]) -> list[str]:
    """`lines` with each wrapped line joined to the line that continues its paragraph; unchanged when not hard-wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    previous = ""  # the line above as written (not as joined): its length tells whether it was wrapped
    for line in lines:
        if (previous.strip() and line.strip() and len(previous.rstrip()) >= width - SLACK
                and not _OWN_START.match(line) and not line.strip().isupper()):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        previous = line
    return out
