"""A whole form, or a form's rows, on one line: tab- or wide-space-separated rows, a run-on form after a
line of prose, a header run after prose, and the row seams between them.
"""

from __future__ import annotations

import itertools
import re

from jixiao.readers.flat_cut_points import DIGIT_RUN, cut_points
from jixiao.readers.flat_fused import FORM_TITLE, fused_cells
from jixiao.readers.flat_words import CLAUSE, GAP, MARKER, form_words, weak_words, word_start
from jixiao.readers.textnorm import clean_line, match_text

_TITLES = 10  # form titles in one line tried as the start of a form


def run_on_form(text: str) -> bool:
    """"…项目名称X主管部门Y…年度财政资金总额 200.00 190.00 95.00% 19年度绩效目标…一级指标二级指标三级指标…": a
    form a document viewer ran into one paragraph, single spaces only between some figures: a piece between
    the spaces holds labels run onto their values and a header run of three of the form's words touching."""
    for piece in text.split():
        if len(piece) < 12 or CLAUSE.search(piece):  # (a piece of prose is no run of cells: no word search)
            continue
        plain = match_text(piece)
        hits = cut_points(plain)
        touching = sum(1 for a, b in itertools.pairwise(hits) if GAP.fullmatch(plain[a.end(): b.start()]))
        if touching >= 2 and len(hits) >= 5:
            return True
    return False
_ROW_GAP = re.compile(r"[ \u00a0\u3000]{2,}")  # two spaces or more: rows of a tab-separated form on one line
# filled tab cells on one line past which it holds more than one row (the widest forms have 14 columns; a
# row copied out of Excel may trail many empty cells, which do not count)
_FORM_ROWS = 20


def tab_cells(line: str) -> list[str]:
    """Cells separated by tabs (copied from Excel or a web table); consecutive tabs are the empty cells of
    merged columns. A whole form pasted on one line keeps its rows apart by two spaces or by nothing:
    there a cell also holds the last cell of one row and the first of the next ("9.57  其中：当年财政拨款",
    "得分年度资金总额"), cut apart again at the spaces or at the form's word that ends it."""
    pieces = line.split("\t")
    if not whole_form(pieces):
        return [clean_line(p) for p in pieces]
    out: list[str] = []
    for piece in pieces:
        for part in _ROW_GAP.split(piece.strip()) if piece.strip() else [""]:
            out.extend(_row_seam(clean_line(part)))
    return out


def whole_form(pieces: list[str]) -> bool:
    return sum(1 for piece in pieces if piece.strip()) >= _FORM_ROWS


def _row_seam(cell: str) -> list[str]:
    """"农村饮水安全巩固提升工程主管部门" → the value and the label of the next row that ran onto it: a
    form's word (not a weak one such as 执行率), maybe with its unit ("项目资金（万元）"), ending the cell
    after something that is not one."""
    if len(cell) < 4 or not word_start().search(cell):
        return [cell]
    plain = match_text(cell)
    if len(plain) != len(cell) or form_words().fullmatch(plain):
        return [cell]
    ends = [hit for hit in form_words().finditer(plain) if hit.start() > 0 and (
        hit.end() == len(plain) or MARKER.fullmatch(plain[hit.end():]))]
    if not ends or ends[-1].group(0) in weak_words():
        return [cell]
    start = ends[-1].start()
    lead = re.search(r"其中\s*[:：]?\s*$", cell[:start])  # "9.57其中：当年财政拨款": the sub-row's label whole
    if lead is not None:
        start = lead.start()
    head = cell[:start].strip()
    return [head, cell[start:]] if head else [cell]


def form_after_prose(text: str) -> list[str] | None:
    """A text layer that runs a prose report straight into its form ("…改进措施…绩效目标自评表（2022年度）
    项目名称高标准…"): the prose stays one piece, the form from its title on is cut into cells."""
    plain = match_text(text)
    for title in itertools.islice(FORM_TITLE.finditer(plain), _TITLES):  # a flood of titles: the first few
        rest = plain[title.start(): title.start() + 400]
        hits = list(form_words().finditer(rest))
        touching = sum(1 for a, b in itertools.pairwise(hits) if GAP.fullmatch(rest[a.end(): b.start()]))
        if touching >= 2:
            cells = fused_cells(text[title.start():], force=True) or []
            return [text[: title.start()].strip(), *cells] if title.start() else cells
    return header_after_prose(text, plain)


_RUN = 3  # header words touching one another: where a form's table starts


def header_after_prose(text: str, plain: str) -> list[str] | None:
    """"…年度总体目标一是…（prose）…绩效指标一级指标二级指标三级指标分值…": a line whose prose runs into the
    header of the form's indicator block, no title between: the prose one piece, the block from its header."""
    hits = list(itertools.islice(form_words().finditer(plain), 400))
    for first in range(len(hits) - _RUN + 1):
        run = hits[first: first + _RUN]
        if all(GAP.fullmatch(plain[a.end(): b.start()]) for a, b in itertools.pairwise(run)):
            start = run[0].start()
            if start == 0 or not CLAUSE.search(plain[:start]):
                return None  # no prose before it: the line is a fused row, read as such
            cells = fused_cells(text[start:], force=True) or []
            return [text[:start].strip(), *cells]
    return None


# a row's last figures, its 是/否 (是否核心指标) and the next row's name, run together: "…100%22否资产管理…"
_MARKED_ROW = re.compile(r"\d[是否](?=[\u4e00-\u9fff“\"])")


def core_marked_rows(text: str) -> bool:
    """A whole-unit form's rows run together, its 是/否 core marks between them, carried onto a line with no
    level word or header ("3、预决算信息公开性高高100%11否资产管理安全好好100%22否…")."""
    return len(_MARKED_ROW.findall(text)) >= 2 and len(DIGIT_RUN.findall(text)) >= 6
