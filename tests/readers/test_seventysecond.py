"""Shapes of the seventy-second set (docs/reader-corpora/seventysecond.md), each rebuilt from an invented snippet of
the same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from page_reading import by_name, indicator_rows, read_docx, read_saved

from jixiao.readers import read_any
from jixiao.readers.csv_triples import csv_triples
from jixiao.readers.simple_tables import simple_table_rows

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [("产出指标", "数量指标", "巡查河道里程", "≥120公里", "126公里", "40", "40", ""),
        ("产出指标", "时效指标", "问题整改及时率", "≥95%", "90%", "30", "27", "汛期人手紧张"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "93%", "30", "30", "")]
EXPECTED = [("产出指标", "数量指标", "巡查河道里程", Decimal(40), Decimal(40)),
            ("产出指标", "时效指标", "问题整改及时率", Decimal(30), Decimal(27)),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", Decimal(30), Decimal(30))]


def test_csv_of_object_attribute_value_triples(tmp_path: Path) -> None:
    """A reporting system's "long" CSV export, one (对象, 属性, 值) line per cell of the form: each object's cells
    read as its labelled lines, each 指标 object one indicator, the money object the budget (before, the three-field
    lines were no table and no label line: nothing but the file name was read)."""
    lines = ["对象,属性,值", "项目,项目名称,某县2023年河道巡查保洁经费", "项目,主管部门,某县水利局",
             "项目,实施单位,某县河道管理所", "项目资金,年初预算数（万元）,60.00", "项目资金,全年预算数（万元）,64.00",
             "项目资金,全年执行数（万元）,62.40"]
    for n, row in enumerate(ROWS, 1):
        lines += [f"指标{n:02d},{h},{v}" for h, v in zip(HEAD, row, strict=True) if v]
    lines += ["汇总,满分,100", "汇总,自评得分,97"]
    evaluation = read_saved(tmp_path, "\ufeff" + "\r\n".join(lines) + "\r\n", "export.csv")
    assert indicator_rows(evaluation) == EXPECTED
    assert by_name(evaluation)["问题整改及时率"].deviation_note == "汛期人手紧张"
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("60.00"), Decimal("64.00"), Decimal("62.40"))
    assert (evaluation.project.name if evaluation.project else None) == "某县2023年河道巡查保洁经费"
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(97))


def test_three_column_csv_of_a_table_is_no_triple_export() -> None:
    """A CSV of three columns whose first column is no run of objects (a name, an amount, a rate a line) is left as it
    stands: its rows are a table's, not one object's cells."""
    text = "\n".join(["名称,金额,比例", *(f"项目{n},{n * 10}.00,{n}%" for n in range(1, 15))]) + "\n"
    assert csv_triples(text) == text


def test_datagrid_header_body_and_footer_tables_joined(tmp_path: Path) -> None:
    """A saved system page whose grid widget writes its column titles, its rows and its total as three tables, each
    in a div of its own: one table (before, the titles stood alone, the rows had no header and no indicator was
    read)."""
    def table(rows: list[list[str]]) -> str:
        return "<table>" + "".join("<tr>" + "".join(f"<td><div>{c}</div></td>" for c in r) + "</tr>" for r in rows) \
            + "</table>"

    body = [list(r) for r in ROWS]
    page = ("<html><body><h2>某县河道管理所2023年项目支出绩效自评表</h2>"
            f'<div class="grid-header">{table([HEAD])}</div><div class="grid-body">{table(body)}</div>'
            f'<div class="grid-footer">{table([["总分", "", "", "", "", "100", "97", ""]])}</div></body></html>')
    evaluation = read_saved(tmp_path, page, "page.html")
    assert indicator_rows(evaluation) == EXPECTED
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(97))


def test_target_and_actual_joined_by_an_arrow(tmp_path: Path) -> None:
    """A Word table whose one value column is headed "指标值→完成值" over cells "≥120公里 → 126公里": the target before
    the arrow, the actual after it (before, the whole cell was the target and no actual was read)."""
    grid = [["一级指标", "二级指标", "三级指标", "指标值→完成值", "分值", "得分"],
            *([r[0], r[1], r[2], f"{r[3]} → {r[4]}", r[5], r[6]] for r in ROWS)]
    evaluation = read_docx(tmp_path, ["某县河道管理所2023年项目支出绩效自评表", grid])
    river = by_name(evaluation)["巡查河道里程"]
    assert (river.target.comparator, river.target.value, river.actual.value) == ("≥", Decimal(120), Decimal(126))
    assert by_name(evaluation)["问题整改及时率"].actual.value == Decimal(90)


def test_weight_with_its_score_in_brackets(tmp_path: Path) -> None:
    """A column headed "分值（得分）" over cells "30（27）": the weight and, in brackets, the score; the total row's
    "100（97）" the full mark and the stated total (before, no row with such a cell was read as an indicator)."""
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值（得分）"],
            *([*r[:5], f"{r[5]}（{r[6]}）"] for r in ROWS), ["总分", "", "", "", "", "100（97）"]]
    evaluation = read_docx(tmp_path, ["某县河道管理所2023年项目支出绩效自评表", grid])
    assert indicator_rows(evaluation) == EXPECTED
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(97))


def test_levels_written_as_a_path(tmp_path: Path) -> None:
    """An 指标层级 column holding "产出指标 > 数量指标": the 一级 and the 二级 (before, neither was read)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["某县河道管理所2023年项目支出绩效自评表"])
    sheet.append(["指标层级", "三级指标", "指标值", "实际完成值", "分值", "得分"])
    for r in ROWS:
        sheet.append([f"{r[0]} > {r[1]}", r[2], r[3], r[4], int(r[5]), int(r[6])])
    path = tmp_path / "form.xlsx"
    book.save(path)
    assert indicator_rows(read_any(path).evaluation) == EXPECTED


def test_restructuredtext_simple_table(tmp_path: Path) -> None:
    """A reStructuredText simple table: rules of "=" runs, cells padded to the display width of Chinese text, a row
    whose first column is blank going on the row above; read as the table it draws (before, the money rows under the
    rule were left as prose and no budget row was read)."""
    rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "60.00", "64.00", "62.40", "97.5%"]]
    text = "\n".join([
        "某县2023年河道巡查保洁经费绩效自评报告", "",
        "================  ==========  ==========  ==========  ======",
        "项目资金（万元）  年初预算数  全年预算数  全年执行数  执行率",
        "================  ==========  ==========  ==========  ======",
        "年度资金总额      60.00       64.00       62.40       97.5%",
        "================  ==========  ==========  ==========  ======", ""]) + "\n"
    assert simple_table_rows(text).splitlines()[2:4] == ["| " + " | ".join(r) + " |" for r in rows]
    wrapped = "\n".join(["====  ======  ====", "名称  指标值  分值", "====  ======  ====", "巡查  ≥120    40",
                         "      公里", "保洁  =100%   60", "====  ======  ===="]) + "\n"
    assert simple_table_rows(wrapped).splitlines()[1] == "| 巡查 | ≥120公里 | 40 |"
    budget = read_saved(tmp_path, text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("60.00"), Decimal("64.00"), Decimal("62.40"))


def test_heading_underline_is_no_simple_table() -> None:
    """A title under a single rule of "=" (a heading's underline) and a lone row between rules stay as they are."""
    text = "某局绩效自评报告\n================\n\n====  ====\n名称  分值\n====  ====\n"
    assert simple_table_rows(text) == text


def test_name_labels_over_their_names(tmp_path: Path) -> None:
    """A two-row table of name labels over the names (项目名称 | 主管部门 | 实施单位 over three names): each label's
    name is the cell below it (before, none of the three was read and the title's words stood for the project)."""
    evaluation = read_docx(tmp_path, [
        "某县项目支出绩效自评表",
        [["项目名称", "主管部门", "实施单位"], ["某县2023年河道巡查保洁经费", "某县水利局", "某县河道管理所"]],
        [HEAD, *(list(r) for r in ROWS)]])
    assert evaluation.project is not None
    project = evaluation.project
    assert (project.name, project.implementing_unit) == ("某县2023年河道巡查保洁经费", "某县河道管理所")
    assert evaluation.unit.supervising_department == "某县水利局"


def test_list_of_projects_under_name_labels_is_no_name_block(tmp_path: Path) -> None:
    """A summary table of several projects under 项目名称 | 实施单位 gives no project name: it is a list."""
    evaluation = read_docx(tmp_path, [
        "某县水利局2023年度部门整体支出绩效自评报告",
        [["项目名称", "实施单位"], ["某县河道巡查保洁经费", "某县河道管理所"],
         ["某县水库维修养护经费", "某县水库管理站"]]])
    names = {"某县河道巡查保洁经费", "某县水库维修养护经费"}
    assert evaluation.project is None or evaluation.project.name not in names
