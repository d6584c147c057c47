"""A report that reached the reviewer inside an e-mail reply or forward: the quoted message's lines carry "> " (or
"> > " for a quote inside a quote) before each line. Those lines are read as the lines they quote."""

from __future__ import annotations

import re

_MARKED = re.compile(r"^>(?:[ \t]|$)")  # a quote mark: ">" then a space, a tab or the line's end
_MARKS = re.compile(r"^(?:> ?)+")  # every level's mark with the one space after it (a tab after it is the row's own)
_WORDY = re.compile(r"^(?:> ?)+(?:$|[^\d.\s%])")  # a quoted line that is no figure (">95%" is a target, not a quote)
_RUN = 3  # quoted lines in a row: fewer is a stray ">" (a target typed ">= 90%" on a line of its own)


def unquoted(text: str) -> str:
    """``text`` with the quote marks taken off each run of at least three quoted lines, one of them words."""
    if not (text.startswith(">") or "\n>" in text):  # (most reports: no quoted line at all)
        return text
    lines = text.split("\n")
    start = None
    for i in range(len(lines) + 1):
        if i < len(lines) and _MARKED.match(lines[i]):
            start = i if start is None else start
            continue
        if start is not None and i - start >= _RUN and any(_WORDY.match(line) for line in lines[start:i]):
            lines[start:i] = [_MARKS.sub("", line, count=1) for line in lines[start:i]]
        start = None
    return "\n".join(lines)
