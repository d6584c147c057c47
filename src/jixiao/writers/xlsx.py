"""Excel writer: the score table with live formulas (openpyxl).

The total is a SUM of the score cells, each execution rate is executed ÷ budget, each subtotal a
SUM, and the header cells refer to those: a reviewer who edits a figure sees everything recompute.
Two layouts (domain §7): the whole-unit table (Chongqing layout) and the project table.
"""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.model import Evaluation, Kind
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.facts import Figures, actual_text, is_execution_indicator, shown_figures, target_text
from jixiao.writers.scoretable import MONEY_HEADER, appendix_title, indicator_groups

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
FONT = Font(name="仿宋_GB2312", size=11)
BOLD = Font(name="黑体", size=11)
TITLE = Font(name="方正小标宋简体", size=16)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
SCORE_FORMAT = "0.00"
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.00%"

INDICATOR_COLUMNS = {
    Kind.WHOLE_UNIT: ["一级指标", "二级指标", "三级指标", "年初指标值", "全年完成值", "指标权重", "指标得分",
                      "得分系数", "是否核心指标", "偏差原因分析"],
    Kind.PROJECT: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                   "得分率", "是否核心指标", "偏差原因分析及改进措施"],
}
WIDTHS = [14, 16, 26, 14, 20, 10, 10, 10, 12, 34]
LINE_HEIGHT = 15  # points per line of 11 pt text
MIN_ROW_HEIGHT = 22
LAST_COLUMN = len(WIDTHS)


class _Sheet:
    """A small cursor over the worksheet that styles every cell it writes."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.lines: dict[int, int] = {}  # row → lines its wrapped text needs

    def _measure(self, row: int, column: int, span: int, value: object) -> None:
        self.lines.setdefault(row, 1)
        if not isinstance(value, str) or value.startswith("="):
            return
        width = sum(WIDTHS[column - 1:column - 1 + span]) - 1.5
        text_width = sum(2 if ord(char) > 0x2E7F else 1 for char in value)
        self.lines[row] = max(self.lines.get(row, 1), math.ceil(text_width / max(width, 1)))

    def fit_rows(self) -> None:
        """Row heights for wrapped text (openpyxl does not measure text)."""
        for row, lines in self.lines.items():
            self.ws.row_dimensions[row].height = max(MIN_ROW_HEIGHT, LINE_HEIGHT * lines + 6)

    def put(self, row: int, column: int, value: object, *, fmt: str | None = None, bold: bool = False,
            header: bool = False, align: Alignment = CENTER, span: int = 1) -> str:
        self._measure(row, column, span, value)
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = BOLD if (bold or header) else FONT
        cell.alignment = align
        cell.border = BORDER
        if header:
            cell.fill = HEADER_FILL
        if fmt:
            cell.number_format = fmt
        if span > 1:
            for extra in range(column + 1, column + span):
                self.ws.cell(row=row, column=extra).border = BORDER
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + span - 1)
        return str(cell.coordinate)

    def headers(self, row: int, labels: list[str], start: int = 1) -> None:
        for offset, label in enumerate(labels):
            self.put(row, start + offset, label, header=True)


def _indicator_block(sheet: _Sheet, kind: Kind, figures: Figures,
                     start_row: int) -> tuple[int, str, str | None, str | None]:
    """Write the indicator header and rows from ``start_row``; returns (next row, total score cell,
    execution weight cell, execution score cell)."""
    sheet.headers(start_row, INDICATOR_COLUMNS[kind])
    row = start_row + 1
    groups = indicator_groups(figures)
    subtotal_cells: list[tuple[str, str]] = []
    first_data = row
    execution: tuple[str, str] | None = None
    for level1, items in groups:
        group_start = row
        for item in items:
            ind = item.indicator
            sheet.put(row, 1, ind.level1 or "")
            sheet.put(row, 2, ind.level2 or "")
            sheet.put(row, 3, ind.name, align=LEFT)
            sheet.put(row, 4, target_text(ind.target))
            sheet.put(row, 5, actual_text(ind.actual))
            weight = sheet.put(row, 6, ind.weight, fmt=SCORE_FORMAT)
            scored = sheet.put(row, 7, item.score, fmt=SCORE_FORMAT)
            sheet.put(row, 8, f"=IF({weight}>0,{scored}/{weight},\"\")", fmt=RATE_FORMAT)
            sheet.put(row, 9, "是" if ind.core else "否")
            sheet.put(row, 10, ind.deviation_note or "", align=LEFT)
            if execution is None and is_execution_indicator(ind):
                execution = (weight, scored)
            row += 1
        if len(groups) > 1 and level1:
            sheet.put(row, 1, f"{level1}小计", bold=True, span=5)
            weight = sheet.put(row, 6, f"=SUM(F{group_start}:F{row - 1})", fmt=SCORE_FORMAT, bold=True)
            scored = sheet.put(row, 7, f"=SUM(G{group_start}:G{row - 1})", fmt=SCORE_FORMAT, bold=True)
            sheet.put(row, 8, "", span=3)
            subtotal_cells.append((weight, scored))
            row += 1
    sheet.put(row, 1, "合计" if kind == Kind.WHOLE_UNIT else "总分", bold=True, span=5)
    if subtotal_cells and all(level1 for level1, _ in groups):
        weight_formula = "=" + "+".join(weight for weight, _ in subtotal_cells)
        score_formula = "=" + "+".join(scored for _, scored in subtotal_cells)
    else:
        last = max(row - 1, first_data)
        weight_formula = f"=SUM(F{first_data}:F{last})"
        score_formula = f"=SUM(G{first_data}:G{last})"
    sheet.put(row, 6, weight_formula, fmt=SCORE_FORMAT, bold=True)
    total = sheet.put(row, 7, score_formula, fmt=SCORE_FORMAT, bold=True)
    sheet.put(row, 8, "", span=3)
    return row + 1, total, execution[0] if execution else None, execution[1] if execution else None


def _rate(budget_cell: str, executed_cell: str) -> str:
    return f"=IF(N({budget_cell})>0,{executed_cell}/{budget_cell},\"\")"


def _whole_unit(sheet: _Sheet, evaluation: Evaluation, figures: Figures) -> int:
    budget = evaluation.budget
    sheet.put(2, 1, "单位名称", header=True)
    sheet.put(2, 2, evaluation.unit.name, span=4, align=LEFT)
    sheet.put(2, 6, "自评总分", header=True)
    sheet.put(2, 8, "评价等级", header=True)
    sheet.put(2, 9, figures.grade.value, span=2)
    sheet.headers(4, MONEY_HEADER, start=2)
    initial = sheet.put(5, 2, budget.initial, fmt=MONEY_FORMAT)
    adjusted = sheet.put(5, 3, budget.adjusted, fmt=MONEY_FORMAT)
    executed = sheet.put(5, 4, budget.executed, fmt=MONEY_FORMAT)
    base = adjusted if budget.adjusted is not None else initial
    sheet.put(5, 5, _rate(base, executed), fmt=RATE_FORMAT)
    sheet.put(4, 1, "预算执行", header=True)
    sheet.put(5, 1, "金额", header=True)
    header_row = 7
    _, total, weight, scored = _indicator_block(sheet, Kind.WHOLE_UNIT, figures, header_row)
    sheet.put(5, 6, f"={weight}" if weight else "", fmt=SCORE_FORMAT)
    sheet.put(5, 7, f"={scored}" if scored else "", fmt=SCORE_FORMAT)
    sheet.put(2, 7, f"={total}", fmt=SCORE_FORMAT, bold=True)
    return header_row


def _project(sheet: _Sheet, evaluation: Evaluation, figures: Figures) -> int:
    budget = evaluation.budget
    project = evaluation.project
    sheet.put(2, 1, "项目名称", header=True)
    sheet.put(2, 2, project.name if project else "", span=4, align=LEFT)
    sheet.put(2, 6, "自评总分", header=True)
    sheet.put(2, 8, "评价等级", header=True)
    sheet.put(2, 9, figures.grade.value, span=2)
    sheet.put(3, 1, "主管部门", header=True)
    sheet.put(3, 2, evaluation.unit.supervising_department or "", span=4, align=LEFT)
    sheet.put(3, 6, "实施单位", header=True)
    sheet.put(3, 7, (project.implementing_unit if project else None) or evaluation.unit.name, span=4, align=LEFT)
    sheet.headers(5, ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    rows = [("年度资金总额", budget.initial, budget.adjusted, budget.executed),
            ("其中：财政拨款", None, None, None), ("上年结转", None, None, None), ("其他资金", None, None, None)]
    for offset, (label, initial, adjusted, executed) in enumerate(rows):
        row = 6 + offset
        sheet.put(row, 1, label, align=LEFT)
        sheet.put(row, 2, initial, fmt=MONEY_FORMAT)
        budget_cell = sheet.put(row, 3, adjusted, fmt=MONEY_FORMAT)
        executed_cell = sheet.put(row, 4, executed, fmt=MONEY_FORMAT)
        sheet.put(row, 6, _rate(budget_cell, executed_cell), fmt=RATE_FORMAT)
    sheet.put(10, 1, "年度总体目标", header=True)
    sheet.put(10, 2, "预期目标", header=True, span=4)
    sheet.put(10, 6, "实际完成情况", header=True, span=5)
    sheet.put(11, 1, "")
    sheet.put(11, 2, (project.goal_expected if project else None) or "", span=4, align=LEFT)
    sheet.put(11, 6, (project.goal_actual if project else None) or "", span=5, align=LEFT)
    header_row = 13
    _, total, weight, scored = _indicator_block(sheet, Kind.PROJECT, figures, header_row)
    sheet.put(6, 5, f"={weight}" if weight else "", fmt=SCORE_FORMAT)
    sheet.put(6, 7, f"={scored}" if scored else "", fmt=SCORE_FORMAT)
    sheet.put(2, 7, f"={total}", fmt=SCORE_FORMAT, bold=True)
    return header_row


def write_xlsx(evaluation: Evaluation, score: EvaluationScore, out_path: Path) -> Path:
    """Write the score table of ``evaluation`` to ``out_path``."""
    figures = shown_figures(evaluation, score)
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = "绩效自评表"
    sheet = _Sheet(ws)
    ws.cell(row=1, column=1, value=appendix_title(evaluation)).font = TITLE
    ws.cell(row=1, column=1).alignment = CENTER
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=LAST_COLUMN)
    ws.row_dimensions[1].height = 30
    if evaluation.kind == Kind.PROJECT:
        header_row = _project(sheet, evaluation, figures)
    else:
        header_row = _whole_unit(sheet, evaluation, figures)
    sheet.fit_rows()
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    out_path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(str(out_path))
    return out_path
