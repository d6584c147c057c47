"""A whole report run into one line with a space for each break (a viewer's copy of a Word report, its headings, its
paragraphs and its tables' cells one after another): a line of its own again for each paragraph (a full stop, then
the space), and for each short piece before a paragraph's first sentence (its headings, the cells of a table before
it), so the report is read as the document's paragraphs and its tables as cells one a line."""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_spaced import TABLE_NUMBER
from jixiao.readers.flat_words import is_form_word

_MIN_LENGTH = 300  # a line shorter than this is no run-on report
_MIN_BREAKS = 3  # paragraphs (a full stop, then a space or the line's end) a run-on report holds at least
_METADATA = re.compile(r"(?:\s*[^\s\u4e00-\u9fff]+(?=\s)){3,}")
_HEADING_LENGTH = 40
_LABEL_LENGTH = 60
_SENTENCE_MARK = re.compile(r"[，。！？,]")
_BREAK = re.compile(r"(?<=。)\s+")
_CLAUSE = re.compile(r"[，。；：！？]")
_FIGURE_END = re.compile(r"[\d.%]$")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[①-⑳]")
_SPLIT_UNIT = re.compile(r"[\u4e00-\u9fff%]{1,2}")
_OPENING = re.compile(r"[\u4e00-\u9fff“（(]|(?:19|20)\d\d年")  # a sentence opens on words or a year


def split_run_on_report(text: str) -> str:
    """``text`` with each run-on report line cut into its paragraphs and the pieces before them."""
    if "。 " not in text:  # (a cheap test: most texts hold no run-on report)
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        # (the last paragraph closes the line itself: "…评价等级为优秀。" is a break too)
        if len(line) < _MIN_LENGTH or line.count("。 ") + line.endswith("。") < _MIN_BREAKS:
            out.append(line)
            continue
        head = _METADATA.match(line)  # the document's metadata before its title ("admin 2025-03-10T08:21:05Z …")
        pieces = [_piece_lines(piece) for piece in _BREAK.split(line[head.end() if head else 0:].strip())]
        if any(cut is None for cut in pieces):  # a piece not cut cleanly: the line as it was (its sections are
            out.append(line)  # cut later, :mod:`.run_on_sections`), never half of it cut
            continue
        if head is not None:
            out.append(head.group(0).strip())
        out.extend(part for cut in pieces if cut is not None for part in cut)
    return "\n".join(out)


def _piece_lines(piece: str) -> list[str] | None:
    """A paragraph with what runs before it: each space-separated part before the first one holding a clause mark
    a line (an item's number with what follows it), then the sentence whole; None when a space may sit inside the
    sentence ("预算 300 万元，", "目标值为≥90%， 实际完成…") or between a figure and its unit ("2024 年 3 月")."""
    parts = _with_bars(piece.split())
    # (a heading closed by its bracket holds a colon: "一级指标：产出指标（50分） 二级指标…")
    # (and so does a label line before the paragraph: "主管部门：某局；实施单位：某中心", an addressee "某局、某局：")
    first = next((k for k, part in enumerate(parts) if _CLAUSE.search(part) and not (
        k < len(parts) - 1 and (_closed_heading(part) or _label_line(part)))), len(parts))
    if 0 < first < len(parts) and (_FIGURE_END.search(parts[first - 1])
                                   or not (_OPENING.match(parts[first]) or _ITEM_NUMBER.match(parts[first]))):
        return None  # (a sentence opens on words, a year or an item's number: "1、落实国家教育方针，…")
    if any(_CLAUSE.search(part) for part in parts[first + 1:]):
        return None
    if any(_SPLIT_UNIT.fullmatch(part) and _FIGURE_END.search(before) and not _row_opening(part)
           for before, part in pairwise(parts)):
        return None  # "2024 年 3 月 5 日", "300 万元": a figure and its unit a space apart, no cells
    lines = _captioned(parts[:first])
    return [*lines, " ".join(parts[first:])] if first < len(parts) else lines


def _row_opening(part: str) -> bool:
    """A level or a form's word after a row's last figure ("… 15 效益 社会效益 …", "… 20 合计 100"): the next
    row's first cell, no unit."""
    return kind(part) in (Kind.LEVEL1, Kind.LEVEL2) or is_form_word(part)


def _closed_heading(part: str) -> bool:
    return len(part) <= _HEADING_LENGTH and part.endswith((")", "）"))


def _label_line(part: str) -> bool:
    """A label and its value, or an addressee, written as a line of its own: a colon, no sentence's marks."""
    return len(part) <= _LABEL_LENGTH and ("：" in part or ":" in part) and not _SENTENCE_MARK.search(part)


def _captioned(parts: list[str]) -> list[str]:
    """The parts with a table's number and its caption one line ("表1 产出指标完成情况"), an item's number and its
    words ("1. 预算执行率（10分）")."""
    out: list[str] = []
    for part in parts:
        if out and (TABLE_NUMBER.fullmatch(out[-1]) or _ITEM_NUMBER.fullmatch(out[-1])):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _with_bars(parts: list[str]) -> list[str]:
    """The parts with each web-copied cell's closing "|" kept on the cell's line ("指标 |"): a bar is where a cell
    ends, no cell of its own; only a bar right after another ("15 | | 3") stands alone, the empty cell it is."""
    out: list[str] = []
    for part in parts:
        if part == "|" and out and not out[-1].endswith("|"):
            out[-1] += " |"
        else:
            out.append(part)
    return out
