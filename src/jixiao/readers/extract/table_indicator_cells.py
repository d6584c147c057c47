"""An indicator row's cells read by their column and what they write beside their values: the template's
numbering and marks on a name, a unit in its bracket, a block's weight in its level, the comparison a nature
column writes, a target and an actual in one cell, a note's deduction, the required cells left blank, a header's
row of column numbers."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.cells import INDICATOR_CODE, OUTLINE_NUMBER, Kind, kind, without_outline_number
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, ref
from jixiao.readers.extract.scores import note_deduction
from jixiao.readers.extract.table_columns import goal_table
from jixiao.readers.extract.values import UNIT_WORDS, UNITS, number_in
from jixiao.readers.textnorm import compact, match_text


def row_cell(row: list[str], header: dict[str, int], role: str) -> str:
    col = header.get(role)
    return row[col].strip() if col is not None and col < len(row) else ""


def noted_deduction(draft: IndicatorDraft, table: Table, r: int, col: int, note: str) -> None:
    """"扣2分，3座山塘蓄水不足" in the 偏差原因 cell of a row scored 13 of 15: the loss the note states is the row's
    stated deduction, when the row's weight less its score is that loss (a loss the figures do not give is left in
    the note)."""
    deduction, match = note_deduction(note)
    weight, score = draft.fields.get("weight"), draft.fields.get("stated_score")
    if match is None or "stated_deduction" in draft.fields or weight is None or score is None:
        return
    if weight - score == deduction:
        draft.put("stated_deduction", deduction, cell_ref(table, r, col, match.group(0)))


def unit_after_name(name: str, row: list[str], header: dict[str, int]) -> str:
    """"公里" of "新建道路里程（公里）" over bare values ("≥12" | "12.6"): the bracket is the values' unit, as a
    计量单位 cell would be (the name stays as written); none for values that carry their own unit or a bracket that
    is no unit."""
    match = _NAME_UNIT.match(name) if name.endswith((")", "）")) else None
    if match is None or not any(_BARE_NUMBER.fullmatch(match_text(row_cell(row, header, role)).replace(" ", ""))
                                for role in ("target", "actual")):
        return ""
    return UNIT_WORDS.get(match.group(2), match.group(2))


# the template's numbering left on a name: "指标1：", "1、", "指标2工程验收合格率", "一、"
BRACKETED_TARGET = re.compile(r"^(.+?)\s*[（(]([^（）()]+)[)）]\s*$")  # "名称（≥200人次）"
# (a dot before a digit is a decimal's: "2.5米宽道路硬化" keeps its figure)
# (a colon before a figure is a scale or a ratio, "1:500地形图", not a list number)
TEMPLATE_NUMBER = re.compile(rf"^(?:{OUTLINE_NUMBER}|{INDICATOR_CODE}"
                              r"|(?:指标)?\s*\d{1,2}\s*(?:[:：](?!\s*\d)|、|[.．](?!\d))\s*"
                              r"|指标\s*\d{1,2}(?=[\u4e00-\u9fff])"
                              r"|[一二三四五六七八九十]{1,3}\s*[、．]\s*)")  # "二、名称" over "1、名称" sub-items
_NAME_UNIT = re.compile(rf"^(.+?)\s*[（(]\s*({UNITS}|％)\s*[)）]$")  # "患者满意度（%）", "购置设备台数（台）"
_BARE_NUMBER = re.compile(rf"[≥≤<>=]?-?{WRITTEN_FIGURE}")
CORE_MARK = re.compile(r"^\s*[★☆※]+\s*")
CROSS_REFERENCE = pattern("name_cross_reference")  # "预算执行率（见“资金情况”表）": the name, then a pointer
NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[①-⑳]$")  # "婴儿死亡率②" over a note "②2023年为3.6‰。"
# "某某补助。": a sentence's full stop typed after a name in its cell, no part of the name
NAME_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[。．]$")
UNSTATED = re.compile(r"^【待补充[:：]?\s*(?:分值|权重)?】$")  # the placeholder a report prints for no weight
# both values in one cell, apart by a comma or stacked on two lines ("目标：≥60人" / "完成：64人"). A value opens and
# ends on a non-space, or is one space (a blank value) only where a space or two end the run; "\s*(?::\s*)?" is
# ":?" between spaces written once: the same matches as "\s*:?\s*" and "[^,;:]+?", in time linear in a run of
# spaces (those took 3½ minutes on a cell of "目标" and 500 spaces)
_CELL_VALUE = r"[^,;:\s](?:[^,;:]*?[^,;:\s])??|\s(?!\s\s)"
TARGET_AND_ACTUAL = re.compile(rf"(?:年度|年初)?目标(?:值)?\s*(?::\s*)?(?P<target>{_CELL_VALUE})(?:\s*[,;]\s*|\s+)"
                                rf"(?:全年)?(?:实际)?完成(?:值|情况)?\s*(?::\s*)?(?P<actual>{_CELL_VALUE})\s*。?$")
# a note's mark after a value ("5870万次[1]", "96%[注2]"): the note is under the table, the value is the cell's
VALUE_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff%‰\d])\s*[\[［](?:注\s*)?\d{1,2}[\]］]$")


# (a 反向 indicator is lower-is-better: its target is an upper bound)
_SIGNS = {"≥": "≥", "≤": "≤", ">": ">", "<": "<", "=": "=", "大于等于": "≥", "小于等于": "≤", "大于": ">",
          "小于": "<", "等于": "=", "反向": "≤", "反向指标": "≤"}


def comparison(row: list[str], header: dict[str, int]) -> str:
    """The comparison a nature column writes ("≥", or in words "大于等于"); a form with two such columns
    (指标性质 正向 | 指标方向 大于等于) writes it in the second, which no other role claims, right after the first
    or after the 度量单位 column between them (指标性质 | 度量单位 | 指标方向)."""
    col = header.get("nature")
    if col is None:
        return ""
    taken = set(header.values())
    for at in (col, col + 1, col + 2):
        if at < len(row) and (at == col or at not in taken):
            sign = _SIGNS.get(compact(match_text(row[at])))
            if sign:
                return sign
    return ""


def weightless_row(row: list[str], header: dict[str, int]) -> bool:
    """A row of a form with a 得分 column and no 分值 column (三级指标 | 年初目标值 | 实际完成值 | 得分): an
    indicator when it states a score, or both a target and an actual. A table of targets and actuals with
    neither column (一级 | 二级 | 指标名称 | 目标值 | 实际完成值): an indicator when it states both. A goal table's row
    (指标类型 | 指标名称 | 绩效目标): an indicator by its name alone, nothing scored. A qualitative row graded in its
    actual (优 / 良 …) whose target cell is blank (its grading scale no target) states its result too."""
    if goal_table(header):
        return True
    if not ({"target", "target_adjusted", "actual"} & set(header)):
        return False
    if "score" not in header and not ("actual" in header and {"level1", "level2"} & set(header)):
        return False
    if number_in(row_cell(row, header, "score")) is not None:
        return True
    actual = row_cell(row, header, "actual")
    return bool(actual) and bool(row_cell(row, header, "target") or row_cell(row, header, "target_adjusted")
                                 or kind(actual) is Kind.GRADE)


# a column's number under its header: "3", "（3）", "③", or with the formula it is computed by ("5=3÷2", "⑤=③/②")
_COLUMN_NUMBER = re.compile(r"[(（]?(\d{1,2})[)）]?(?:\s*=\s*[\d()（）+\-*/×÷\s]{3,20})?"
                            r"|([①-⑳])(?:\s*=\s*[①-⑳+\-*/×÷\s]{3,20})?")


def column_numbers_row(row: list[str]) -> bool:
    """A printed form's row of column numbers under its header (1 | 2 | 3 | … | 8, maybe after a 栏次 / 列次 label):
    four cells or more numbered one after another, no indicator."""
    cells = [match_text(c).strip() for c in row if c.strip()]
    if cells and compact(cells[0]) in ("栏次", "列次", "行次"):
        cells = cells[1:]
    numbers = []
    for cell in cells:
        m = _COLUMN_NUMBER.fullmatch(cell)
        if m is None:
            return False
        numbers.append(int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1)
    return len(numbers) >= 4 and all(b == a + 1 for a, b in pairwise(numbers))


def cell_is_header(text: str) -> bool:
    return compact(text) in ("三级指标", "指标名称", "绩效指标")


_REQUIRED_CELLS = {"actual": "实际完成值", "score": "得分"}


def note_blanks(table: Table, r: int, row: list[str], header: dict[str, int], facts: Facts) -> None:
    """A form's required cells left empty in this row, noted where the row's indicator is named (the
    checks tell a blank the document shows from a value the reader missed)."""
    for role, label in _REQUIRED_CELLS.items():
        if role in header and not row_cell(row, header, role):
            facts.blank.append(ref(table.cell_location(r, header["name"]), f"{label}为空"))


_BLOCK_WEIGHT = re.compile(r"\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$")
# a block a 续表 page carries on writes its level again with a continuation mark: "产出指标（续）", "效益指标(续)"
_CONTINUED = re.compile(r"[(（]续[)）]$")


def reason_column(table: Table, r: int, col: int) -> bool:
    """Whether the note column's head, the nearest cell above naming it, asks for reasons (偏差原因分析…: a "0"
    there is a template's no deviation, no note), not a bare 偏差 column (where "0" is how far off: a fact)."""
    for above in range(r - 1, -1, -1):
        text = compact(table.rows[above][col]) if col < len(table.rows[above]) else ""
        if "偏差" in text or "原因" in text:
            return "原因" in text
    return False


def split_block_weight(text: str) -> tuple[str, Decimal | None]:
    """"产出指标（50分）" → ("产出指标", 50): a level's name and the weight the form prints for its block; a 续表's
    "产出指标（续）" is the block it carries on."""
    name = _CONTINUED.sub("", re.sub(r"\s+", "", without_outline_number(text)))
    found = _BLOCK_WEIGHT.search(match_text(name))
    if found is None:
        return name, None
    return name[: found.start()], Decimal(found.group(1))
