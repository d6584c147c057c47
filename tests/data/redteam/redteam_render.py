"""Rendering helpers for the red-team corpus: number formats, prose pieces, and the
docx / xlsx / markdown writers for the project score table (项目支出绩效自评表).

Facts are plain dicts whose keys follow ``jixiao.model`` (kind, year, unit, budget, indicators,
stated_total, stated_grade); money is ``Decimal`` in 万元. Nothing here imports jixiao.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

FULLWIDTH = str.maketrans("0123456789.%,:()", "０１２３４５６７８９．％，：（）")
CN_NUM = "一二三四五六七八九十"


def D(value: str | int) -> Decimal:
    return Decimal(str(value))


def fw(text: str) -> str:
    """Full-width digits and punctuation, as some hands type them."""
    return text.translate(FULLWIDTH)


def cn(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一."""
    if n <= 10:
        return CN_NUM[n - 1]
    return "十" + CN_NUM[n - 11]


def plain(value: Decimal) -> str:
    """Decimal without exponent or trailing zeros beyond what it has (5 → '5', 8.19 → '8.19')."""
    text = format(value, "f")
    return text


def money(wan: Decimal, unit: str = "万元", sep: bool = True, places: int = 2) -> str:
    """Amount stated in ``unit`` (the value is in 万元)."""
    if unit == "元":
        value = wan * 10000
        places = 2
    elif unit == "亿元":
        value = wan / 10000
        places = max(places, 4)
    else:
        value = wan
    text = f"{value:,.{places}f}" if sep else f"{value:.{places}f}"
    return text + unit


def pct(value: Decimal) -> str:
    return plain(value) + "%"


def target_text(target: dict[str, Any] | None, style: int = 0) -> str:
    """年度指标值 as written: ≥95% / 不低于95% / ≤0起 / 不超过3次 / =100%."""
    if not target:
        return ""
    comp, value, unit = target["comparator"], plain(target["value"]), target.get("unit", "")
    if style == 1:
        word = {"≥": "不低于", "≤": "不超过", "=": "达到", ">": "高于", "<": "低于"}[comp]
        return f"{word}{value}{unit}"
    return f"{comp}{value}{unit}"


def actual_text(actual: dict[str, Any] | None) -> str:
    if not actual or actual.get("value") is None:
        return (actual or {}).get("text", "")
    return plain(actual["value"]) + actual.get("unit", "")


NO_SPLIT = set("0123456789.,%")
NO_LINE_START = set("，。、；：）”％%")


def _cjk_wrap(para: str, width: int) -> list[str]:
    """Break a paragraph every ``width`` characters as a typesetter does: never inside a number,
    never with closing punctuation at a line start."""
    lines: list[str] = []
    while len(para) > width:
        cut = width
        while 0 < cut < len(para) and para[cut] in NO_SPLIT and para[cut - 1] in NO_SPLIT:
            cut -= 1
        while 0 < cut < len(para) and para[cut] in NO_LINE_START:
            cut += 1
        if cut <= 0:
            cut = width
        lines.append(para[:cut])
        para = para[cut:]
    lines.append(para)
    return lines


def pdf_like(text: str, width: int, title: str, lines_per_page: int = 26) -> str:
    """Break every paragraph at ``width`` characters (mid-sentence, as PDF copy does) and add a
    running header and a page footer '— n —' every ``lines_per_page`` lines."""
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(_cjk_wrap(para, width))
    pages: list[str] = []
    for i in range(0, len(out), lines_per_page):
        chunk = out[i:i + lines_per_page]
        page_no = i // lines_per_page + 1
        header = [title, ""] if page_no > 1 else []
        pages.append("\n".join(header + chunk + ["", f"— {page_no} —", ""]))
    return "\n".join(pages)


# ----------------------------------------------------------------------------------------------
# project score table rows (shared by docx, xlsx and markdown writers)

PROJECT_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                  "偏差原因分析及改进措施"]


def project_rows(facts: dict[str, Any], money_unit: str = "万元") -> dict[str, Any]:
    """The cells of a central-layout project table, as lists of strings (merges done by writers)."""
    b = facts["budget"]
    execution = facts["indicators"][0]

    def m(v: Decimal | None) -> str:
        if v is None:
            return ""
        if money_unit == "元":
            return f"{v * 10000:,.2f}"
        if -v.as_tuple().exponent > 2:
            return f"{v:.4f}"
        return f"{v:.2f}"

    money_rows = [
        ["年度资金总额", m(b["initial"]), m(b["adjusted"]), m(b["executed"]),
         plain(execution["weight"]), pct(b["stated_execution_rate"]), plain(execution["stated_score"])],
        ["其中：当年财政拨款", m(b["initial"]), m(b["adjusted"] - b.get("carry_over", D(0))),
         m(b["executed"] - b.get("carry_over", D(0))), "—", "", "—"],
        ["上年结转资金", "", m(b.get("carry_over")), m(b.get("carry_over")), "—", "", "—"],
        ["其他资金", "", "", "", "—", "", "—"],
    ]
    ind_rows = []
    for ind in facts["indicators"][1:]:
        ind_rows.append([
            ind.get("level1_cell") or ind.get("level1", ""), ind["level2"], ind.get("name_cell") or ind["name"],
            ind.get("target_cell") or target_text(ind.get("target")),
            ind.get("actual_cell") or actual_text(ind.get("actual")),
            plain(ind["weight"]), plain(ind["stated_score"]), ind.get("deviation_note", ""),
        ])
    return {"money": money_rows, "indicators": ind_rows}


def docx_project_table(document: Any, facts: dict[str, Any], money_unit: str = "万元") -> None:
    """Append the central project table to a python-docx document, with merged cells."""
    rows = project_rows(facts, money_unit)
    project = facts["project"]
    n_ind = len(rows["indicators"])
    total_rows = 4 + 1 + len(rows["money"]) + 2 + 1 + n_ind + 1
    table = document.add_table(rows=total_rows, cols=9)
    table.style = "Table Grid"
    r = 0

    def put(row: int, col: int, text: str) -> None:
        table.cell(row, col).text = text

    title_cell = table.cell(r, 0).merge(table.cell(r, 8))
    title_cell.text = f"项目支出绩效自评表\n（{facts['year']}年度）"
    r += 1
    put(r, 0, "项目名称")
    table.cell(r, 1).merge(table.cell(r, 8)).text = project["name"]
    r += 1
    put(r, 0, "主管部门")
    table.cell(r, 1).merge(table.cell(r, 4)).text = facts["unit"]["supervising_department"]
    put(r, 5, "实施单位")
    table.cell(r, 6).merge(table.cell(r, 8)).text = project["implementing_unit"]
    r += 1
    money_top = r
    head = ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for c, text in enumerate(head[1:], start=1):
        if c == 1:
            continue
        put(r, c, text)
    r += 1
    for row in rows["money"]:
        put(r, 1, row[0])
        for c, text in enumerate(row[1:], start=2):
            put(r, c, text)
        r += 1
    label = table.cell(money_top, 0).merge(table.cell(r - 1, 0))
    label.text = f"项目资金\n（{money_unit}）"
    # the 8th column of the money block is unused: merge it into 得分
    for rr in range(money_top, r):
        table.cell(rr, 7).merge(table.cell(rr, 8))
    goal_top = r
    put(r, 1, "预期目标")
    table.cell(r, 2).merge(table.cell(r, 8)).text = "实际完成情况"
    r += 1
    put(r, 1, project["goal_expected"])
    table.cell(r, 2).merge(table.cell(r, 8)).text = project["goal_actual"]
    r += 1
    table.cell(goal_top, 0).merge(table.cell(r - 1, 0)).text = "年度总体目标"
    ind_top = r
    for c, text in enumerate(PROJECT_HEADER, start=1):
        put(r, c, text)
    r += 1
    start = r
    for row in rows["indicators"]:
        for c, text in enumerate(row, start=1):
            put(r, c, text)
        r += 1
    # merge runs of equal 一级 / 二级 cells
    for col in (1, 2):
        run_start = start
        for rr in range(start + 1, r + 1):
            same = rr < r and rows["indicators"][rr - start][col - 1] == rows["indicators"][run_start - start][col - 1]
            if not same:
                if rr - 1 > run_start:
                    text = rows["indicators"][run_start - start][col - 1]
                    merged = table.cell(run_start, col).merge(table.cell(rr - 1, col))
                    merged.text = text
                run_start = rr
    table.cell(ind_top, 0).merge(table.cell(r - 1, 0)).text = "绩效指标"
    table.cell(r, 0).merge(table.cell(r, 5)).text = "总分"
    put(r, 6, "100")
    put(r, 7, plain(facts["stated_total"]))
    put(r, 8, facts.get("table_grade_cell", ""))


def xlsx_project_sheet(ws: Any, facts: dict[str, Any], money_unit: str = "元") -> None:
    """The same table in a worksheet, merged header cells included."""
    rows = project_rows(facts, money_unit)
    project = facts["project"]
    ws.append([f"项目支出绩效自评表（{facts['year']}年度）"])
    ws.merge_cells("A1:I1")
    ws.append(["项目名称", project["name"]])
    ws.merge_cells("B2:I2")
    ws.append(["主管部门", facts["unit"]["supervising_department"], None, None, None, "实施单位",
               project["implementing_unit"]])
    ws.merge_cells("B3:E3")
    ws.merge_cells("G3:I3")
    ws.append([f"项目资金（{money_unit}）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    first = ws.max_row
    for row in rows["money"]:
        ws.append([None, *row])
    ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append(["年度总体目标", "预期目标", "实际完成情况"])
    ws.merge_cells(start_row=ws.max_row, start_column=3, end_row=ws.max_row, end_column=9)
    ws.append([None, project["goal_expected"], project["goal_actual"]])
    ws.merge_cells(start_row=ws.max_row, start_column=3, end_row=ws.max_row, end_column=9)
    ws.merge_cells(start_row=ws.max_row - 1, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append(["绩效指标", *PROJECT_HEADER])
    head = ws.max_row
    start = head + 1
    for row in rows["indicators"]:
        cells: list[Any] = [None, *row]
        for i in (5, 6):  # 分值, 得分 as numbers, like a real sheet
            cells[i + 1] = float(row[i]) if row[i] else None
        ws.append(cells)
    end = ws.max_row
    ws.merge_cells(start_row=head, start_column=1, end_row=end, end_column=1)
    for col in (2, 3):
        run = start
        for rr in range(start + 1, end + 2):
            if rr > end or ws.cell(rr, col).value != ws.cell(run, col).value:
                if rr - 1 > run:
                    ws.merge_cells(start_row=run, start_column=col, end_row=rr - 1, end_column=col)
                run = rr
    ws.append(["总分", None, None, None, None, None, 100, float(facts["stated_total"])])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    if facts.get("table_grade_cell"):
        ws.append(["自评等级", facts["table_grade_cell"]])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=9)


def md_project_table(facts: dict[str, Any]) -> str:
    """A pipe-table rendering of the indicator block (一级/二级 repeated, as markdown has no merges)."""
    rows = project_rows(facts)
    lines = ["| " + " | ".join(PROJECT_HEADER) + " |", "|" + "---|" * len(PROJECT_HEADER)]
    for row in rows["indicators"]:
        lines.append("| " + " | ".join(row) + " |")
    lines.append(f"| 总分 | | | | | 100 | {plain(facts['stated_total'])} | |")
    return "\n".join(lines)
