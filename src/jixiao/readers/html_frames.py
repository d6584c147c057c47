"""Frames of a saved page put in place: a browser saving a page whose content sits in an ``<iframe>`` or
``<frame>`` (an OA system's detail view, a site's embedded form) writes each frame as its own HTML part of the
archive and points the frame's ``src`` at it (``cid:frame-…@mhtml.blink`` or the frame's address). A reader shows the
frame's page where the frame stands; so is it read here, each frame's ``<body>`` in place of the element."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

# Frames inside frames are followed this deep; each part is put in place once at most, however many names its
# frames give it (a ``cid:`` and an address, "p.htm" and "./p.htm"), so a page cannot grow past the archive's own size.
MAX_FRAME_DEPTH = 4

_FRAME = re.compile(r"<(i?frame)\b([^>]*)>(?:[^<]*</\1\s*>)?", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_FRAMESET = re.compile(r"<(/?)frameset\b[^>]*>", re.IGNORECASE)


def frame_source(attributes: str) -> str | None:
    """The ``src`` of a frame element's attribute text, unescaped."""
    m = _SRC.search(attributes)
    return html.unescape(next(g for g in m.groups() if g is not None)).strip() if m else None


def inline_frames(text: str, load: Callable[[str], str | None]) -> str:
    """``text`` with every frame whose source ``load`` gives (the decoded HTML of that part, or None) replaced by
    that page's body; a frame ``load`` does not know stays as it is."""
    used: set[str] = set()
    placed: set[str] = set()  # the pages put in place, by their text: one part under another name is no new page

    def put(page: str, depth: int) -> str:
        def swap(m: re.Match[str]) -> str:
            src = frame_source(m.group(2))
            if src is None or src in used or depth >= MAX_FRAME_DEPTH:
                return m.group(0)
            inner = load(src)
            if inner is None or inner in placed:
                return m.group(0)
            used.add(src)
            placed.add(inner)
            body = _BODY.search(inner)
            return f"<div>{put(body.group(1) if body else inner, depth + 1)}</div>"

        return _FRAME.sub(swap, page)

    out = put(text, 0)
    return _FRAMESET.sub(lambda m: f"<{m.group(1)}div>", out) if used else out
