# ruff: noqa: E501
"""The fifty-fifth set's 2025 whole-unit template (部门整体): 一级 blocks 履职效能 / 管理效率 / 社会效应, columns 年度目标值 /
全年实际值, the 预算执行率 a row opening 管理效率, a money block (年度资金总额, 其中：基本支出, 项目支出) with a rate and no
score; its rows as cells, DOM rows and sheet rows, and their expected facts. Every unit and figure is invented.
"""

from __future__ import annotations

import html as html_lib
import re
from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact
from eighteenth_facts import D
from fortyeighth_reports import budget
from seventeenth_facts import shown
from twentyfirst_sheets import _book

YEAR = 2025
CITY = "荆门市"
BUREAU = f"{CITY}市场监督管理局"
HEAD = ["一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分", "偏差原因分析及改进措施"]
BLOCKS = ("履职效能", "管理效率", "社会效应")


def _cells(r: Row) -> list[str]:
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def _exec_cells(rt: Decimal, es: Decimal) -> list[str]:
    return ["管理效率", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]


def form_rows(rows: list[Row], rt: Decimal, es: Decimal) -> list[list[str]]:
    """The indicator rows in the template's order, the 预算执行率 row opening the 管理效率 block."""
    out: list[list[str]] = []
    for block in BLOCKS:
        if block == "管理效率":
            out.append(_exec_cells(rt, es))
        out += [_cells(r) for r in rows if r[0] == block]
    return out


def inds(rows: list[Row], rt: Decimal, es: Decimal, *, note: bool = True) -> list[dict[str, Any]]:
    """The expected indicators in the form's order."""
    out: list[dict[str, Any]] = []
    for block in BLOCKS:
        if block == "管理效率":
            out.append(exec_fact(10, rt, es, level1="管理效率", level2="预算执行",
                                 target={"value": D("100"), "unit": "%"}))
        out += [indicator_fact(r, note=note) for r in rows if r[0] == block]
    return out


def block_weights(rows: list[Row]) -> dict[str, int]:
    return {b: sum(int(r[3]) for r in rows if r[0] == b) + (10 if b == "管理效率" else 0) for b in BLOCKS}


def block_scores(rows: list[Row], es: Decimal) -> dict[str, Decimal]:
    return {b: sum((D(r[6]) for r in rows if r[0] == b), es if b == "管理效率" else D("0")) for b in BLOCKS}


def whole_budget(money: tuple[str, str, str], spent: tuple[str, str]) -> tuple[dict[str, Any], Decimal, Decimal]:
    """The budget facts with 基本支出 / 项目支出 as the year's items, the rate and its score."""
    ini, adj, exe = money
    assert D(spent[0]) + D(spent[1]) == D(exe)
    rt = (D(exe) / D(adj) * 100).quantize(D("0.01"))
    es = (10 * rt / 100).quantize(D("0.01"))
    b = {**budget(ini, adj, exe, rt), "expenditure_total": D(exe),
         "expenditure_items": [{"name": "基本支出", "amount": D(spent[0])}, {"name": "项目支出", "amount": D(spent[1])}]}
    return b, rt, es


def _total(rows: list[Row], es: Decimal) -> Decimal:
    return sum((D(r[6]) for r in rows), es)


def money_block(money: tuple[str, str, str], spent: tuple[str, str], plan: tuple[str, str, str, str],
                rt: Decimal, unit: str = "万元") -> list[list[str]]:
    """The 2025 template's money block: 年度资金总额 and its 基本支出 / 项目支出 rows (``plan``: their 年初 / 全年
    figures), a rate and no score."""
    ini, adj, exe = money
    r1 = (D(spent[0]) / D(plan[1]) * 100).quantize(D("0.01"))
    r2_ = (D(spent[1]) / D(plan[3]) * 100).quantize(D("0.01"))
    return [[f"年度预算执行情况（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""],
            ["", "年度资金总额", ini, adj, exe, f"{rt}%", "", ""],
            ["", "其中：基本支出", plan[0], plan[1], spent[0], f"{r1}%", "", ""],
            ["", "项目支出", plan[2], plan[3], spent[1], f"{r2_}%", "", ""]]


def _dom_form(cells: list[list[str]], *, spaced: bool = False) -> str:
    """Indicator rows as DOM rows, 一级 and 二级 cells merged down their runs with rowspan."""
    out = []
    for i, row in enumerate(cells):
        tds = []
        for col in (0, 1):
            if i and cells[i - 1][col] == row[col] and (col == 0 or cells[i - 1][0] == row[0]):
                continue
            n = 1
            while i + n < len(cells) and cells[i + n][col] == row[col] and (col == 0 or cells[i + n][0] == row[0]):
                n += 1
            span = f' rowspan="{n}"' if n > 1 else ""
            tds.append(f"<td{span}>{_sp(row[col]) if spaced else row[col]}</td>")
        tds += [f"<td>{html_lib.escape(c)}</td>" for c in row[2:]]
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out)


def _sp(label: str) -> str:
    """A label letter-spaced as a site's editor pads it: an ideographic space between its characters."""
    return "　".join(label) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", label) else label


def _row_html(cells: list[str], *, tag: str = "td", spaced: bool = False) -> str:
    return "<tr>" + "".join(f"<{tag}>{_sp(c) if spaced else html_lib.escape(c)}</{tag}>" for c in cells) + "</tr>"


def _sheet_merges(rows: list[list[Any]], first: int, cols: str = "AB") -> list[str]:
    """Merge each run of equal 一级 (and, inside it, 二级) cells from sheet row ``first`` (1-based)."""
    out = []
    for k, col in enumerate(cols):
        start = first
        for i in range(first + 1, len(rows) + 2):
            same = i <= len(rows) and rows[i - 1][k] == rows[start - 1][k] and rows[i - 1][0] == rows[start - 1][0]
            if not same:
                if i - 1 > start:
                    out.append(f"{col}{start}:{col}{i - 1}")
                start = i
    return out


def sheet(rows: list[list[Any]], merges: list[str]) -> bytes:
    """An .xlsx of ``rows`` (empty cells left blank) with ``merges``."""
    return _book([[v if v != "" else None for v in row] for row in rows], merges)

