"""One invented 项目支出绩效自评表 written out in every shape a reviewer receives it in: one cell per
line, web-copied cells ending in " |", the whole form on one line after a viewer's metadata, cells
run together, and a Word table with merged cells. Each shape must read to the same facts."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

TITLE = "项目支出绩效自评表"
YEAR_LINE = "（2024年度）"

# (cells, merged): cells of each row as the form prints them; "" is an empty cell. A cell repeated
# from the row above (a merged level cell) is written None and left out of flattened text.
ROWS: list[list[str | None]] = [
    ["项目名称", "农村饮水安全巩固提升工程"],
    ["主管部门", "临川县水利局", "实施单位", "临川县农村供水管理站"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "320.00", "356.40", "341.15", "10", "95.72%", "9.57"],
    ["其中：当年财政拨款", "300.00", "336.40", "321.15", "—", "95.47%", "—"],
    ["上年结转资金", "20.00", "20.00", "20.00", "—", "100.00%", "—"],
    ["其他资金", "", "", "", "—", "", "—"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    [None, "完成12处集中供水工程改造，保障1.2万人饮水安全。", "完成12处工程改造，受益人口1.23万人。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
     "偏差原因分析及改进措施"],
    [None, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处", "12处", "15", "15", ""],
    [None, None, "质量指标", "工程验收合格率", "100%", "100%", "15", "15", ""],
    [None, None, "时效指标", "工程按期完工率", "≥95%", "92%", "10", "9.68", "两处工程因雨季延期"],
    [None, None, "成本指标", "单处工程平均成本", "≤30万元", "28.5万元", "10", "10", ""],
    [None, "效益指标", "社会效益指标", "受益人口", "≥1.2万人", "1.23万人", "20", "20", ""],
    [None, None, "可持续影响指标", "工程运行维护机制", "健全", "基本健全", "10", "8", "管护制度尚需完善"],
    [None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "100", "97.25", "优"],
]

EXPECTED: dict[str, Any] = {
    "kind": "项目支出",
    "year": 2024,
    "project": {"name": "农村饮水安全巩固提升工程", "implementing_unit": "临川县农村供水管理站"},
    "unit": {"supervising_department": "临川县水利局"},
    "budget": {"initial": Decimal("320"), "adjusted": Decimal("356.4"), "executed": Decimal("341.15"),
               "stated_execution_rate": Decimal("95.72")},
    "stated_total": Decimal("97.25"),
    "stated_grade": "优",
    "indicators": [
        ("预算执行率", Decimal(10), Decimal("9.57")),
        ("改造集中供水工程数量", Decimal(15), Decimal(15)),
        ("工程验收合格率", Decimal(15), Decimal(15)),
        ("工程按期完工率", Decimal(10), Decimal("9.68")),
        ("单处工程平均成本", Decimal(10), Decimal(10)),
        ("受益人口", Decimal(20), Decimal(20)),
        ("工程运行维护机制", Decimal(10), Decimal(8)),
        ("受益群众满意度", Decimal(10), Decimal(10)),
    ],
}


def _cells(row: list[str | None]) -> list[str]:
    return [c for c in row if c is not None]


def one_cell_per_line(seed: int = 1) -> str:
    rng = random.Random(seed)
    out = [TITLE, YEAR_LINE]
    for row in ROWS:
        for cell in _cells(row):
            if cell:
                out.append(cell)
                if rng.random() < 0.3:
                    out.append("")
    return "\n".join(out) + "\n"


def web_cells(seed: int = 2) -> str:
    """Cells ending in " |", lone "|" for empty cells, "|||||||" row breaks, some rows on one line
    without a leading "|"."""
    rng = random.Random(seed)
    out = ["首页 > 信息公开 > 预算绩效", f"{TITLE}{YEAR_LINE} |", "|||||||"]
    for row in ROWS:
        cells = _cells(row)
        if rng.random() < 0.35 and all(cells):
            out.append(" | ".join(cells) + " |")
        else:
            out.extend(f"{cell} |" if cell else "|" for cell in cells)
        if rng.random() < 0.3:
            out.append("|||||||")
    out.append("分享到：")
    return "\n".join(out) + "\n"


def one_line(seed: int = 3) -> str:
    """A viewer's metadata, then the whole form on one line separated by single spaces."""
    meta = "lcsw 2024zx17 1 2025-03-10T08:21:05Z 2025-03-12T02:11:40Z 12.00 2052-11.1.0.14036 False False"
    cells = [c for row in ROWS for c in _cells(row) if c]
    return f"{meta} 附件: {TITLE} {YEAR_LINE} " + " ".join(cells) + "\n"


def fused(seed: int = 4) -> str:
    """Each row's cells run together, as a document viewer's text layer gives them."""
    out = [f"{TITLE}{YEAR_LINE}"]
    for row in ROWS:
        out.append("".join(c for c in _cells(row) if c))
    return "\n".join(out) + "\n"


def word(path: Path) -> Path:
    """The same form as a Word table with merged cells."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(YEAR_LINE)
    width = 9
    table = document.add_table(rows=len(ROWS), cols=width)
    table.style = "Table Grid"  # ruled, as the official forms are
    for r, row in enumerate(ROWS):
        filled = [c if c is not None else "" for c in row]
        if filled[0] == "总分":  # 总分 spans the label columns; full mark, total, grade sit under 分值, 得分, 偏差
            table.cell(r, 0).text = "总分"
            table.cell(r, 0).merge(table.cell(r, 5))
            for c, text in zip((6, 7, 8), filled[1:], strict=True):
                table.cell(r, c).text = text
            continue
        for c, text in enumerate(filled[:width]):
            table.cell(r, c).text = text
        last = len(filled) - 1
        if last < width - 1:
            table.cell(r, last).merge(table.cell(r, width - 1))
    for r, row in enumerate(ROWS):  # merged level cells: the cell above spans down
        if row[0] == "总分":
            continue
        for c, cell in enumerate(row):
            if cell is None and r > 0:
                above = r - 1
                while above > 0 and ROWS[above][c] is None:
                    above -= 1
                table.cell(above, c).merge(table.cell(r, c))
    document.save(str(path))
    return path


SHAPES = {"one_cell_per_line": one_cell_per_line, "web_cells": web_cells, "one_line": one_line, "fused": fused}

# What copying adds on the way (a web page, a viewer, an editor): each must leave the facts unchanged.
ARTEFACTS = {
    "indented": lambda text: "\n".join("    " + line if line.strip() else line for line in text.split("\n")),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing_spaces": lambda text: "\n".join(line + "   " for line in text.split("\n")),
    "blank_between_lines": lambda text: "\n\n".join(text.split("\n")),
    "no_break_spaces": lambda text: text.replace(" ", "\u00a0"),
    "ideographic_spaces": lambda text: text.replace(" ", "\u3000"),
    "zero_width": lambda text: text.replace("指标", "指\u200b标").replace("万元", "万\u200b元"),
    "half_width_brackets": lambda text: text.replace("（", "(").replace("）", ")").replace("：", ":"),
    "full_width_figures": lambda text: text.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％")),
}
