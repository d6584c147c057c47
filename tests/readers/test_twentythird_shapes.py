"""Shapes of the twenty-third set (docs/reader-corpora/twentythird.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.readers import read_any

_ROWS = [("产出指标", "数量指标", "巡查河道里程", "10", "≥120公里", "126公里", "10", "10"),
         ("效益指标", "社会效益指标", "水质达标率", "20", "≥90%", "92%", "20", "20"),
         ("满意度指标", "服务对象满意度指标", "群众满意度", "60", "≥90%", "94%", "60", "{score}")]


def _wrap(element, placeholder: bool = False):  # type: ignore[no-untyped-def]
    """``element`` moved inside a content control (w:sdt / w:sdtContent) at its own place."""
    sdt = OxmlElement("w:sdt")
    props = OxmlElement("w:sdtPr")
    if placeholder:
        props.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(props)
    content = OxmlElement("w:sdtContent")
    element.addprevious(sdt)
    content.append(element)
    sdt.append(content)


# C. a template's content controls: rows of a table in repeating-section controls, a cell's text in a control,
# a control still showing its prompt
@pytest.mark.parametrize("score", ["57", "59.5"])
def test_c_content_controls(tmp_path: Path, score: str) -> None:
    d = docx.Document()
    d.add_paragraph("某县某中心某某项目2024年度项目支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    rows = [head] + [[r[0], r[1], r[2], r[4], r[5], r[3], r[7].format(score=score), ""] for r in _ROWS]
    t = d.add_table(rows=len(rows), cols=len(head))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    cell = t.cell(3, 7).paragraphs[0]
    run = cell.add_run("单击或点击此处输入文字。")
    _wrap(run._r, placeholder=True)
    trs = t._tbl.findall(qn("w:tr"))
    for tr in trs[1:]:
        _wrap(tr)
    _wrap(trs[2].findall(qn("w:tc"))[2])
    path = tmp_path / "controls.docx"
    d.save(str(path))
    got = _by_name(read_any(path).evaluation)
    assert set(got) == {"巡查河道里程", "水质达标率", "群众满意度"}
    assert got["水质达标率"].weight == 20
    assert got["群众满意度"].stated_score == Decimal(score)
    assert not got["群众满意度"].deviation_note


_MONEY = "年度资金总额"


def _csv(score: str) -> str:
    rows = [["某县某局某某项目2024年度项目支出绩效自评表", "", "", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            [_MONEY, '"1,200.00"', '"1,250.00"', '"1,225.00"', "10", "98.00%", "9.8", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    rows += [[r[0], r[1], r[2], r[4], r[5], r[3], r[7].format(score=score), '"已完成,无偏差"'] for r in _ROWS]
    return "\ufeff" + "\r\n".join(",".join(r) for r in rows) + "\r\n"


# A. a form saved as CSV text: rows padded with commas to the sheet width, quotes round fields holding a comma
@pytest.mark.parametrize("score", ["58", "60"])
def test_a_csv_export(score: str) -> None:
    ev = _read(_csv(score))
    assert ev.budget.adjusted == Decimal("1250.00")
    assert ev.budget.executed == Decimal("1225.00")
    got = _by_name(ev)
    assert got["群众满意度"].stated_score == Decimal(score)
    assert got["巡查河道里程"].target.value == Decimal("120")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_csv_file_is_read_as_its_rows(tmp_path: Path, encoding: str) -> None:
    # a finance system's export saved as .csv (Excel's "CSV UTF-8" with its BOM, or a Chinese Windows' GBK)
    path = tmp_path / "自评表.csv"
    path.write_bytes(_csv("60").lstrip("\ufeff").encode(encoding) if encoding == "gbk"
                     else _csv("60").encode(encoding))
    ev = read_any(path).evaluation
    assert ev.budget.adjusted == Decimal("1250.00")
    assert ev.budget.executed == Decimal("1225.00")
    assert _by_name(ev)["群众满意度"].stated_score == Decimal("60")


def test_a_csv_cell_with_line_breaks_stays_in_its_row() -> None:
    # Excel quotes a cell holding line breaks and writes the breaks as they are: the row goes on after them
    text = _csv("60").replace(",巡查河道里程,", ',"巡查河道\r\n里程",', 1)
    assert '"巡查河道\r\n里程"' in text
    ev = _read(text)
    assert ev.budget.adjusted == Decimal("1250.00")
    got = _by_name(ev)
    assert got["群众满意度"].stated_score == Decimal("60")
    assert got["巡查河道里程"].target.value == Decimal("120")
    assert len(got) == len(_by_name(_read(_csv("60"))))


def test_a_prose_with_commas_is_not_csv() -> None:
    text = "某某局2024年度部门整体支出绩效自评报告\n" + "全年收入1,234.56万元,支出1,200.00万元,结余34.56万元。\n" * 8
    assert _read(text).budget.adjusted is None


def _boxed(rows: list[list[str]], box: bool) -> str:
    bar, rule = ("│", "├" + "┼".join("─" * 4 for _ in rows[0]) + "┤") if box else ("|", "+" + "+".join(
        "-" * 10 for _ in rows[0]) + "+")
    lines = [rule]
    for row in rows:
        first = [c[:5] for c in row]
        rest = [c[5:] for c in row]
        lines.append(bar + bar.join(first) + bar)
        if any(rest):
            lines.append(bar + bar.join(rest) + bar)
        lines.append(rule)
    return "\n".join(lines)


# B, F. a table drawn with box characters, a pandoc grid table: a row's cells wrapped over two lines between rules
@pytest.mark.parametrize("box", [True, False])
def test_b_f_ruled_tables_with_wrapped_cells(box: bool) -> None:
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head] + [[r[0], r[1], r[2] + "（全县范围）", r[4], r[5], r[3], r[7].format(score="58")] for r in _ROWS]
    text = "某县某局2024年度部门整体支出绩效自评报告\n\n" + _boxed(rows, box) + "\n"
    got = _by_name(_read(text, "report.md" if not box else "report.txt"))
    assert set(got) == {"巡查河道里程（全县范围）", "水质达标率（全县范围）", "群众满意度（全县范围）"}
    assert got["水质达标率（全县范围）"].level2 == "社会效益指标"
    assert got["群众满意度（全县范围）"].stated_score == Decimal("58")


# D. an OA fill-in page saved with its controls: values in <input value>, notes in <textarea>, a chosen <option>
@pytest.mark.parametrize(("executed", "grade"), [("980.00", "优"), ("960.50", "良")])
def test_d_form_controls(tmp_path: Path, executed: str, grade: str) -> None:
    def box(value: str) -> str:
        return f'<input type="text" class="txt" value="{value}" readonly>'

    options = "".join(f'<option{" selected" if g == grade else ""}>{g}</option>' for g in ("优", "良", "中", "差"))
    page = f"""<html><body><div class="bar"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>
<h2>项目支出绩效自评表</h2><p>（{box("2024")}年度）</p>
<table><tr><th>项目名称</th><td>{box("某某设备购置项目")}</td><th>实施单位</th><td>{box("某县某某中心")}</td></tr></table>
<table><tr><th>项目资金（万元）</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th></tr>
<tr><td>年度资金总额</td><td>{box("900.00")}</td><td>{box("1000.00")}</td><td>{box(executed)}</td></tr></table>
<table><tr><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th></tr>
<tr><td>{box("购置设备台数")}</td><td>{box("≥12台")}</td><td>{box("12台")}</td><td>{box("90")}</td><td>{box("90")}</td>
<td><textarea rows="2">无偏差</textarea></td></tr></table>
<p><label>自评等级：</label><select><option value="">请选择</option>{options}</select></p>
<input type="hidden" name="token" value="9f8e7d"><input type="submit" value="提交"></body></html>"""
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    ev = read_any(path).evaluation
    assert ev.project is not None and ev.project.name == "某某设备购置项目"
    assert ev.budget.adjusted == Decimal("1000.00") and ev.budget.executed == Decimal(executed)
    assert _by_name(ev)["购置设备台数"].target.value == Decimal("12")
    assert ev.stated_grade == grade


def _sheet(tmp_path: Path, rows: list[list[object]], name: str = "sheet.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value not in (None, ""):
                ws.cell(r, c, value)
    path = tmp_path / name
    wb.save(str(path))
    return path


# E. a system's long export: one row per indicator, the project's and the money's facts repeated on every row
@pytest.mark.parametrize(("executed", "money_score"), [(485.0, 9.7), (450.0, 9.0)])
def test_e_long_export(tmp_path: Path, executed: float, money_score: float) -> None:
    head = ["年度", "单位名称", "项目名称", "主管部门", "全年预算数（万元）", "全年执行数（万元）", "执行率分值",
            "执行率得分", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "自评总分"]
    total = 90 + money_score
    rows: list[list[object]] = [head]
    for r in _ROWS:
        rows.append([2024, "某县某某服务中心", "某某设施维护项目", "某县某局", 500.0, executed, 10, money_score,
                     r[0], r[1], r[2], r[4], r[5], int(r[3]), int(r[7].format(score=r[3])) if r[3] != "60" else 60,
                     total])
    ev = read_any(_sheet(tmp_path, rows)).evaluation
    assert ev.year == 2024 and ev.kind.value == "项目支出"
    assert ev.project is not None and ev.project.name == "某某设施维护项目"
    assert ev.project.implementing_unit == "某县某某服务中心"
    assert ev.budget.adjusted == Decimal("500") and ev.budget.executed == Decimal(str(executed))
    got = _by_name(ev)
    assert got["水质达标率"].stated_score == Decimal("20")
    assert ev.stated_total == Decimal(str(total))


# H. two tables side by side on one sheet, an empty column between
def test_h_side_by_side(tmp_path: Path) -> None:
    left = [["单位名称", "某县某局"], ["编制人数", 40], ["实有人数", 37], ["全年预算数", 800.0], ["全年执行数", 760.0]]
    right = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    right += [[r[0], r[1], r[2], r[4], r[5], int(r[3]), int(r[3])] for r in _ROWS]
    rows: list[list[object]] = [["某县某局2024年度部门整体支出绩效自评表"]]
    for i in range(max(len(left), len(right))):
        rows.append([*(left[i] if i < len(left) else ["", ""]), "", *(right[i] if i < len(right) else [""] * 7)])
    ev = read_any(_sheet(tmp_path, rows)).evaluation
    assert ev.unit.staff_total == 37 and ev.unit.staff_establishment == 40
    assert ev.budget.executed == Decimal("760")
    assert set(_by_name(ev)) == {"巡查河道里程", "水质达标率", "群众满意度"}


# G. target and actual stacked in one cell by a line break, under a header that stacks their names
@pytest.mark.parametrize("actual", ["126公里", "118公里"])
def test_g_stacked_target_and_actual(actual: str) -> None:
    text = f"""# 某县某局2024年度部门整体支出绩效自评报告

| 一级指标 | 二级指标 | 三级指标 | 年度指标值<br />实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 巡查河道<br />里程 | ≥120公里<br />{actual} | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%<br/>94% | 50 | 48 |
| 合计 |  |  |  | 100 | 98 |
"""
    got = _by_name(_read(text, "report.md"))
    river = next(i for n, i in got.items() if n.replace(" ", "") == "巡查河道里程")
    assert river.target.value == Decimal("120") and river.actual.value == Decimal(actual.removesuffix("公里"))
    assert got["群众满意度"].actual.value == Decimal("94")


# J. staff by columns: labels in one row, their figures in the row below
def test_j_staff_labels_over_figures(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("某县某馆2024年度部门整体支出绩效自评报告")
    t = d.add_table(rows=2, cols=5)
    for c, (label, value) in enumerate(zip(["编制数", "实有人数", "其中：管理人员", "专业技术人员", "工勤人员"],
                                           ["28", "26", "4", "19", "3"], strict=True)):
        t.cell(0, c).text, t.cell(1, c).text = label, value
    path = tmp_path / "staff.docx"
    d.save(str(path))
    ev = read_any(path).evaluation
    assert ev.unit.staff_establishment == 28 and ev.unit.staff_total == 26


# J. a 合计 row of the indicators' 90 points below a stated 100-point total: a subtotal, not the total restated
def test_j_subtotal_row_is_not_the_total() -> None:
    text = """某县某馆2024年度部门整体支出绩效自评报告

本馆2024年度自评得分96.5分（含预算执行得分9.5分）。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 44次 | 40 | 40 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 50 | 47 |
| 合计 |  |  |  |  | 90 | 87 |
"""
    ev = _read(text, "report.md")
    assert ev.stated_total == Decimal("96.5")
    assert "stated_total" not in ev.alternatives


class _Page:
    """Enough of a pdfplumber page for the note-mark filter: its characters, and filter()."""

    def __init__(self, chars: list[dict]) -> None:  # type: ignore[type-arg]
        self.chars = chars

    def filter(self, keep):  # type: ignore[no-untyped-def]
        return _Page([c for c in self.chars if keep(c)])


def _chars(text: str, marks: set[int]) -> list[dict]:  # type: ignore[type-arg]
    out, x = [], 0.0
    for i, ch in enumerate(text):
        size = 6.0 if i in marks else 10.0
        bottom = 96.0 if i in marks else 100.0
        out.append({"text": ch, "size": size, "x0": x, "x1": x + size * 0.6, "bottom": bottom})
        x += size * 0.6
    return out


# I. a raised note mark right after a figure ("1280.00¹", "97.22%³") is not a digit of the figure
@pytest.mark.parametrize(("text", "marks", "kept"), [("1280.001", {7}, "1280.00"), ("97.22%3万", {6}, "97.22%万"),
                                                     ("年度10", set(), "年度10")])
def test_i_note_marks(text: str, marks: set[int], kept: str) -> None:
    from jixiao.readers.pdf_note_marks import without_note_marks

    page = without_note_marks(_Page(_chars(text, marks)))
    assert "".join(c["text"] for c in page.chars) == kept


# I. the same on a page without rules (PDFium's character boxes: left, bottom, right, top, the y axis upwards)
@pytest.mark.parametrize(("text", "marks", "kept"), [("预算1356.402万元", {9}, "预算1356.40万元"),
                                                     ("执行率97.22%3。", {9}, "执行率97.22%。"),
                                                     ("编号2024", set(), "编号2024")])
def test_i_note_marks_on_unruled_pages(text: str, marks: set[int], kept: str) -> None:
    from jixiao.readers.source_pdf import without_marks

    chars, x = [], 0.0
    for i, ch in enumerate(text):
        small = i in marks
        height, bottom = (4.2, 103.5) if small else (7.3, 100.0)
        chars.append(((x, bottom, x + height * 0.7, bottom + height), ch))
        x += height * 0.7
    ordered = [(box[0], i, ch) for i, (box, ch) in enumerate(chars)]
    assert "".join(ch for _, _, ch in without_marks(ordered, chars)) == kept
