"""Renderers of the held-out reports: prose in several house styles, the central project table and a
whole-unit score table as grids (for markdown, Word and Excel), PDF-copy line breaking."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

D = Decimal
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
FULL = str.maketrans("0123456789.%()", "０１２３４５６７８９．％（）")


def num(x: Any) -> str:
    s = f"{D(str(x)).normalize():f}"
    return s


def money(x: Decimal, unit: str = "万元", sep: bool = False) -> str:
    v = D(str(x)) * (10000 if unit == "元" else 1)
    s = f"{v:,.2f}" if sep else f"{v:.2f}"
    return s + unit


def target_text(t: dict[str, Any] | None, style: str = "sym") -> str:
    if not t:
        return ""
    if "text" in t and t.get("value") is None:
        return str(t["text"])
    comp = t.get("comparator", "")
    if style == "words":
        comp = {"≥": "不低于", "≤": "不高于"}.get(comp, comp)
    return f"{comp}{num(t['value'])}{t['unit']}"


def actual_text(a: dict[str, Any]) -> str:
    if a.get("value") is None:
        return str(a["text"])
    return f"{num(a['value'])}{a['unit']}"


def pdf_copy(lines: list[str], width: int, header: str, footer: str, per_page: int = 28) -> list[str]:
    """Break every line at `width` characters (as copying from a PDF does) and insert page furniture."""
    broken: list[str] = []
    for line in lines:
        while len(line) > width:
            broken.append(line[:width])
            line = line[width:]
        broken.append(line)
    out: list[str] = []
    page = 1
    for i, line in enumerate(broken):
        if i % per_page == 0:
            if i:
                out.append(footer.format(page=page))
                page += 1
            out.append(header)
        out.append(line)
    out.append(footer.format(page=page))
    return out


# ---------- grids: list of rows of cells, plus merges (r0, c0, r1, c1), 0-based inclusive ----------

Grid = tuple[list[list[str]], list[tuple[int, int, int, int]]]


def project_grid(f: dict[str, Any], money_unit: str = "万元", title: bool = True) -> Grid:
    b, p = f["budget"], f["project"]
    ex = f["indicators"][0]
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []

    def add(cells: list[str], spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
        r = len(rows)
        rows.append(cells + [""] * (8 - len(cells)))
        for c0, c1 in spans:
            merges.append((r, c0, r, c1))

    if title:
        add([f"项目支出绩效自评表（{f['year']}年度）"], [(0, 7)])
    m = (lambda x: money(x, money_unit)[: -len(money_unit)]) if money_unit == "元" else (lambda x: num(x))
    add(["项目名称", p["name"]], [(1, 7)])
    add(["主管部门", f["unit"]["supervising_department"], "", "", "实施单位", p["implementing_unit"]], [(1, 3), (5, 7)])
    top = len(rows)
    add([f"项目资金（{money_unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    add(
        [
            "",
            "年度资金总额",
            m(b["initial"]),
            m(b["adjusted"]),
            m(b["executed"]),
            num(ex["weight"]),
            f"{num(ex['actual']['value'])}%",
            num(ex["stated_score"]),
        ]
    )
    add(
        [
            "",
            "其中：本年财政拨款",
            m(b["initial"]),
            m(b["adjusted"] - b.get("carry_over", 0)),
            m(b["executed"] - b.get("carry_over", 0)),
            "—",
            "",
            "—",
        ]
    )
    add(
        [
            "",
            "上年结转资金",
            "",
            m(b["carry_over"]) if b.get("carry_over") else "",
            m(b["carry_over"]) if b.get("carry_over") else "",
            "—",
            "",
            "—",
        ]
    )
    add(["", "其他资金", "", "", "", "—", "", "—"])
    merges.append((top, 0, len(rows) - 1, 0))
    g0 = len(rows)
    add(["年度总体目标", "预期目标", "", "", "实际完成情况"], [(1, 3), (4, 7)])
    add(["", p["goal_expected"], "", "", p["goal_actual"]], [(1, 3), (4, 7)])
    merges.append((g0, 0, g0 + 1, 0))
    add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    start = len(rows)
    for ind in f["indicators"][1:]:
        add(
            [
                ind["level1"],
                ind["level2"],
                ind["name"],
                target_text(ind.get("target")),
                actual_text(ind["actual"]),
                num(ind["weight"]),
                num(ind["stated_score"]),
                ind.get("deviation_note", ""),
            ]
        )
    _merge_runs(rows, merges, start, len(rows), 0)
    _merge_runs(rows, merges, start, len(rows), 1)
    add(["总分", "", "", "", "", "100", num(f["stated_total"]), ""], [(0, 4)])
    if f.get("_grade_row"):
        add(["自评等级", f["_grade_row"]], [(1, 7)])
    return rows, merges


def whole_grid(f: dict[str, Any]) -> Grid:
    """Whole-unit score table: 序号 | 一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因."""
    rows = [["序号", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因"]]
    merges: list[tuple[int, int, int, int]] = []
    for ind in f["indicators"]:
        rows.append(
            [
                str(ind["number"]),
                ind["level1"],
                ind["level2"],
                ind["name"],
                num(ind["weight"]),
                target_text(ind.get("target")),
                actual_text(ind["actual"]),
                num(ind["stated_score"]),
                ind.get("deviation_note", ""),
            ]
        )
    _merge_runs(rows, merges, 1, len(rows), 1)
    _merge_runs(rows, merges, 1, len(rows), 2)
    rows.append(["合计", "", "", "", "100", "", "", num(f["stated_total"]), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    return rows, merges


def _merge_runs(rows: list[list[str]], merges: list[tuple[int, int, int, int]], r0: int, r1: int, c: int) -> None:
    """Merge vertical runs of equal values in column c (blanking the repeated cells)."""
    i = r0
    while i < r1:
        j = i
        while j + 1 < r1 and rows[j + 1][c] == rows[i][c] and (c == 0 or rows[j + 1][c - 1] in ("", rows[i][c - 1])):
            j += 1
        if j > i:
            merges.append((i, c, j, c))
            for k in range(i + 1, j + 1):
                rows[k][c] = ""
        i = j + 1


def grid_md(grid: Grid) -> list[str]:
    rows, _ = grid
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out


def grid_docx(doc: Any, grid: Grid) -> None:
    rows, merges = grid
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r0, c0, r1, c1 in merges:
        keep = rows[r0][c0]
        cell = table.cell(r0, c0).merge(table.cell(r1, c1))
        cell.text = keep


def grid_xlsx(ws: Any, grid: Grid, numeric: bool = True, row0: int = 1) -> None:
    rows, merges = grid
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if not text:
                continue
            value: Any = text
            if numeric:
                try:
                    value = float(text) if "." in text else int(text)
                except ValueError:
                    value = text
            cell = ws.cell(row=row0 + r, column=c + 1, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # "=100%" typed as text, not a formula
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=row0 + r0, start_column=c0 + 1, end_row=row0 + r1, end_column=c1 + 1)


def write_docx(path: Path, paragraphs: list[str], grids: list[tuple[int, Grid]] = ()) -> None:  # type: ignore[assignment]
    """Paragraphs, with grids inserted after the paragraph index given (-1 = at the end)."""
    import docx

    doc = docx.Document()
    at = {i: g for i, g in grids}
    for i, text in enumerate(paragraphs):
        doc.add_paragraph(text)
        if i in at:
            grid_docx(doc, at[i])
    if -1 in at:
        grid_docx(doc, at[-1])
    doc.save(str(path))
