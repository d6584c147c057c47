"""A document-sharing viewer's text in numbered chunks ("1、…" / "2、…" / "3、…"): the site cuts the document's text
every few hundred characters and numbers the pieces, wherever the cut falls — inside a row, inside a word. A
chunk's number at the start of a line whose previous chunk is long and stops mid-sentence is the viewer's, not the
document's: the piece the cut left at the end of the previous chunk (after its last sentence mark or form word)
goes to the front of the next one, the number dropped, each chunk keeping its own line."""

from __future__ import annotations

import re

from jixiao.readers.flat_words import form_words
from jixiao.readers.textnorm import HAN, match_text

_CHUNK = re.compile(r"^(\d{1,2})、")
_LONG = 200  # a chunk holds a few hundred characters; a document's own numbered item is rarely that long unbroken
_SENTENCE_END = "。；;！!？?"
_MARK = re.compile(r"[。；;！!？?，,、:：]")
_IN_CELL = "、，,"  # marks that go on inside a cell ("桌椅、" / "2、柜架…"): a cut right after one leaves its cell open
_PIECE = 40  # the longest piece a cut leaves: a row's first cells or a word's first half
_ITEM = re.compile(r"\s*[(（]\d{1,2}[)）]")  # a numbered item's mark right after a sentence: "(2)"


def join_viewer_chunks(text: str) -> str:
    """Lines "k、…" (k ≥ 2) following chunk k-1 — a line "(k-1)、…" of at least ``_LONG`` characters that does
    not end a sentence — take the cut piece of the line before them, their number dropped."""
    if "2、" not in text or "1、" not in text:
        return text
    lines = text.splitlines()
    titled = _titled_first_chunk(lines)  # (decided before the numbers of later chunks are dropped)
    changed = False
    last = 0  # the number of the chunk the last non-blank line began (0: none)
    for i, line in enumerate(lines):
        found = _CHUNK.match(line)
        if found is None:
            last = 0 if line.strip() else last
            continue
        number, before = int(found.group(1)), i - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        head = lines[before].rstrip() if before >= 0 else ""
        last, chained = number, number == last + 1
        if not (chained and number >= 2 and len(head) >= _LONG and head[-1:] not in _SENTENCE_END):
            continue
        cut = _piece_start(head)
        if cut is None:
            continue
        lines[before], lines[i] = head[:cut], head[cut:] + line[found.end():]
        changed = True
    if titled is not None:
        found = _TITLE_RUN_ON.match(lines[titled])
        if found is not None:
            lines[titled: titled + 1] = [found.group(1), lines[titled][found.end():]]
            changed = True
    if not changed:
        return text
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")


# "1、某某局某某项目绩效自评报告一、项目概况…": the first chunk opens on the document's title, its first heading run on
# (the page's own number may stand run into the title's year: "1、12018年度…", the 1 no part of it; the title may close
# on a bracket naming the fund: "…自评报告(2021年某某专项资金)一、…")
_TITLE_RUN_ON = re.compile(r"^1、\s*(?:\d(?=(?:19|20)\d{2}\s*年))?(.{6,80}?(?:自评报告|评价报告|绩效报告|自评表)"
                           r"(?:\s*[(（][^()（）]{2,40}[)）])?)\s*(?=[一二三四五六七八九十]、)")


def _titled_first_chunk(lines: list[str]) -> int | None:
    """The line of the viewer's "1、" before the document's title, its first heading on the title's line (the title
    then goes on a line of its own, the number dropped); only when a chunk "2、" follows, so the numbers are the
    viewer's."""
    first = next((i for i, line in enumerate(lines) if line.startswith("1、")), None)
    if first is None or not _TITLE_RUN_ON.match(lines[first]) \
            or not any(line.startswith("2、") for line in lines[first + 1:]):
        return None
    return first


def _piece_start(head: str) -> int | None:
    """Where the piece the cut left begins: after the last sentence mark or at the last word of the form, within
    ``_PIECE`` characters of the end; None when neither is that near."""
    tail_at = len(head) - _PIECE
    tail = match_text(head[tail_at:])
    marks = [m.end() for m in _MARK.finditer(tail)]
    # (a word is the end of its cell's run of Chinese: "1.5预算执行率" — the piece starts at 预, not at 执)
    words = [_run_start(tail, m.start()) for m in form_words().finditer(tail)]
    if tail[-1:] in _IN_CELL:  # the cut fell right after a list mark inside a cell: the piece is the cell so far
        marks = [end for end in marks if end < len(tail)]
    ends = [at for at in marks if tail[at - 1] in _SENTENCE_END]
    item = _ITEM.match(tail, ends[-1]) if ends else None
    if item is not None:  # "…。(2) 某某-某某率实": a numbered item begun right after the last sentence, the cut
        words = [at for at in words if at < item.start()]  # inside it: the item is the piece, its words its own
        marks = [at for at in marks if at <= item.start()]
    best = max([*marks, *words], default=None)
    if best is None or best >= len(tail):
        return None
    return tail_at + best


_HEAD = 4  # characters of a name's head before a form word inside it ("预算" of 预算执行率) at most


def _run_start(tail: str, at: int) -> int:
    """Where the run of Chinese characters that reaches ``at`` begins, when it begins ``_HEAD`` characters before it
    or fewer after a character that is none (a figure, a space: "1.5预算执行率"); else ``at`` (a long run is words
    run together, "…原因分析数量指标…", the form word one of them; a run from the tail's start may be one too)."""
    start = at
    while start > 0 and at - start < _HEAD and HAN.match(tail[start - 1]):
        start -= 1
    return start if start > 0 and not HAN.match(tail[start - 1]) else at
