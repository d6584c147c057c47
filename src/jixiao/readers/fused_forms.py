"""An indicator form whose cells a document site or viewer ran together with no separator at all:
"…分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标20预算编审管理编制准确率
100%100%55政府采购管理…" (invented) — the header's words fused, then each block's head and weight ("管理指标20"), then
row after row: 二级 name, 三级 name, target, actual and the fused 分值 + 得分 ("55" is 5 and 5), a note glued on.

The form's own constraints split it: the header fixes the column order; a row ends at its fused weight and score
(score ≤ weight), and the weights of a block add up to the weight its head states; a target and an actual are
value-like (figures, comparison words); a row opens on a 二级 name of the templates or the template's "任务1:".
Every cell read this way is a guess (the table's cells are marked guessed); where the pairs of a block cannot be
told apart, the block gives no row, and where a name or a value cannot be cut, the row keeps what was read whole.

A form with no 分值 / 得分 columns ("…三级指标年度指标值全年完成值未完成原因和改进措施产出指标数量指标苗木培育率
100%100%苗圃面积20亩20亩…", invented) ends each row at its target and actual side by side instead: two figures of
one unit, a bare run whose halves are one figure ("00"), a figure and a none ("100%无"), a word said twice ("高高");
with no 总分 row, the template's closing 说明 / 注 rows end the form. A viewer's spaces inside the header's words
("二级 指标三级指标") are let be. A form whose 分值 / 得分 cells are merged over each block ("产出指标(40分)数量指标
受助人数2400240040质量指标…", invented: the block's 40 printed once, after its first row's target and actual) is read
the same way, no row's weight stated, each block's weight kept in its 一级 cell.

:func:`fused_form_lines` puts such a form on a line of its own (the page chunks a document site numbers "2、" /
"3、" joined back to it); :func:`fused_form_table` reads that line into a :class:`Table`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.document import Table
from jixiao.readers.fused_blocks import form_blocks
from jixiao.readers.fused_header import HEADER_KEY, header_of, header_start
from jixiao.readers.fused_pairs import RUN, SPLIT_PIECE
from jixiao.readers.fused_plain_rows import merged_cell_rows, plain_rows
from jixiao.readers.fused_rows import block_rows
from jixiao.readers.own_line_forms import forms_on_own_lines, position


def fused_form_lines(text: str) -> str:
    """``text`` with each run-together form that reads on a line of its own, its page chunks joined back to it up
    to the form's 总分 row (:func:`.own_line_forms.forms_on_own_lines`)."""
    if HEADER_KEY not in text and not ("三级" in text and _SPACED_KEY.search(text)):
        return text
    return forms_on_own_lines(text, lambda line: _spaced_header_start(line) if "三级" in line else None,
                              lambda form: _read(form) is not None, _form_end)


_SPACED_KEY = re.compile(r"二 *级 *指 *标 *三 *级 *指 *标")  # a viewer's spaces fall inside the header's words too
_CELL_GAP = re.compile(r"二级指标 +三级指标")


def _spaced_header_start(line: str) -> int | None:
    """Where the run-together header starts on ``line``, a viewer's spaces inside its words ("二级 指标") let be."""
    if HEADER_KEY in line:
        return header_start(line)
    key = _SPACED_KEY.search(line)
    # (a row of cells a space apart, "二级指标 三级指标 年度指标值 …", is no run-together form)
    if key is None or _CELL_GAP.fullmatch(key.group(0)) or line.count(" ") * 10 > len(line):
        return None
    start = header_start(line.replace(" ", ""))
    return position(line, start) if start is not None else None


def fused_form_table(line: str, where: str) -> Table | None:
    """The table of a run-together form that opens ``line`` (as :func:`fused_form_lines` leaves it), every cell
    below the header a guess; None when the line holds no such form or no row of it can be read."""
    if HEADER_KEY not in line:
        return None
    rows = _read(line.strip())
    if rows is None:
        return None
    origins = {(r, c): where for r, row in enumerate(rows) for c in range(len(row))}
    guessed = frozenset((r, c) for r, row in enumerate(rows) for c, cell in enumerate(row) if r > 0 and cell)
    return Table(rows, "", origins=origins, guessed=guessed)


def fused_form_header(line: str) -> str:
    """The header of the run-together form that opens ``line``: what the rest of the text sees of the form."""
    header = header_of(line.strip())
    return line.strip()[: header.end] if header is not None else line


def _read(form: str) -> list[list[str]] | None:
    """The rows of a form that opens on its run-together header, the header's canonical row first."""
    header = header_of(form)
    if header is None or header.start != 0:
        return None
    names = lexicon()["column_names"]
    roles = header.roles
    stream = form[header.end:]
    total = _total().search(stream)
    blocks = form_blocks(stream[: total.start() if total else _closing(stream)], "level1_weight" in roles)
    plain = "weight" not in roles
    read = [(level1, weight, plain_rows(body) if plain else block_rows(body, weight))
            for level1, weight, body in blocks]
    if not plain and not any(rows for _, _, rows in read):  # every block's 分值 / 得分 cells merged over its rows
        read = [(level1, weight, merged_cell_rows(body, weight) if weight is not None else [])
                for level1, weight, body in blocks]
        # no row states a weight: the form is read as one with no 分值 column, each block's weight in its 一级 cell
        roles = tuple(role for role in roles if role != "weight")
        read = [(f"{level1}({weight}分)" if weight is not None else level1, None, cells)
                for level1, weight, cells in read]
    rows = [[names[role] for role in roles]]
    for level1, weight, cells_of in read:
        for cells in cells_of:
            cells = {**cells, "level1": level1, "level1_weight": str(weight) if weight is not None else ""}
            rows.append([cells.get(role, "") for role in roles])
    if len(rows) < 3:
        return None
    weights = [weight for _, weight, _ in blocks if weight is not None]
    full = sum(weights, Decimal(0)) if weights and len(weights) == len(blocks) else Decimal(100)
    closing = _total_cells(total, stream, full) if total else None
    if closing is not None:
        rows.append([closing.get(role, "") for role in roles])
    return rows


# a grade after the total's figures, standing alone ("…10098中期…" holds none: another text goes on)
_GRADE = re.compile(r"(?:优秀|良好|合格|不合格|优|良|中|差)(?![\u4e00-\u9fff])")


def _form_end(form: str) -> int:
    """Where the form ends: after its 总分 row's figures and grade (another form may follow); its length when no
    total row is found."""
    total = _total().search(form)
    run = RUN.search(form, total.end()) if total else None
    if run is None:
        return _closing(form) if total is None else len(form)
    grade = _GRADE.match(form, run.end())
    return grade.end() if grade else run.end()


# the template's closing rows of a form with no 总分 row: "说明…" before its "注：1、…" (what 其他资金 holds)
_CLOSING = re.compile(r"(?:说明[^:：]{0,30}?)?(?<!备)注[:：]")


def _closing(form: str) -> int:
    """Where a form with no 总分 row ends: at the template's closing 说明 / 注 rows; its length when there are none."""
    found = _CLOSING.search(form) if "注" in form else None
    return found.start() if found is not None else len(form)


@cache
def _total() -> re.Pattern[str]:
    """The total row's word ("总分10096优") where figures follow it, not inside a name ("总计划…")."""
    return re.compile(f"(?:{pattern('total_row').pattern})(?=\\s*[:：(（]?\\s*\\d)")


def _total_cells(total: re.Match[str], stream: str, full: Decimal) -> dict[str, str] | None:
    """The 总分 row: its word, the full mark and the total when they are fused ("10096": the full mark is the sum
    of the blocks' weights), or the total alone; whatever follows (a grade) in the last column."""
    run = RUN.search(stream, total.end())
    if run is None:
        return None
    figures, mark = run.group(0), str(int(full)) if full == full.to_integral_value() else str(full)
    grade = _GRADE.match(stream, run.end())
    cells = {"level1": total.group(0), "deviation": grade.group(0) if grade else ""}
    if figures.startswith(mark) and SPLIT_PIECE.fullmatch(figures[len(mark):]) \
            and Decimal(figures[len(mark):]) <= full:
        return {**cells, "weight": mark, "score": figures[len(mark):]}
    if SPLIT_PIECE.fullmatch(figures) and Decimal(figures) <= full:
        return {**cells, "score": figures}
    return None
