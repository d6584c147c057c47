"""Shapes of the seventy-first set (docs/reader-corpora/seventyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from page_reading import by_name, indicator_rows, read_saved, saved_sheet

from jixiao.readers import read_any
from jixiao.readers.export_records import exported_pairs

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [("产出指标", "数量指标", "新修田间道路", "≥8公里", "8.4公里", "40", "40", ""),
        ("效益指标", "社会效益指标", "受益农户数", "≥500户", "460户", "30", "27.6", "两个村组未通车"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", "20", "20", "")]
EXPECTED_ROWS = [(r[0], r[1], r[2], Decimal(r[5]), Decimal(r[6])) for r in ROWS]


def test_json_export_read_as_its_fields(tmp_path: Path) -> None:
    """A system's JSON export saved as text: Chinese keys, the money block an object of figures, the indicators an
    array of objects, "总分": 100 beside "自评得分" (before, nothing but a total of 100 was read)."""
    record = {"code": 0, "data": {
        "基本信息": {"项目名称": "某旗2023年田间道路项目", "主管部门": "某旗农牧局", "实施单位": "某旗农牧业服务中心"},
        "项目资金": {"年初预算数": 150.0, "全年预算数": 160.5, "全年执行数": 156.2, "分值": 10, "执行率": "97.32%",
                 "得分": 9.73},
        "绩效指标": [dict(zip(HEAD, r, strict=True)) for r in ROWS],
        "自评结果": {"总分": 100, "自评得分": 97.33, "自评等级": "优"}}}
    evaluation = read_saved(tmp_path, json.dumps(record, ensure_ascii=False, indent=2))
    assert evaluation.kind.value == "项目支出"
    assert (evaluation.project.name, evaluation.project.implementing_unit) == (
        "某旗2023年田间道路项目", "某旗农牧业服务中心")
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("150.0"), Decimal("160.5"), Decimal("156.2"))
    assert indicator_rows(evaluation)[-3:] == EXPECTED_ROWS
    assert by_name(evaluation)["受益农户数"].deviation_note == "两个村组未通车"
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal("97.33"))


def test_xml_export_read_as_its_fields(tmp_path: Path) -> None:
    """An XML export saved as text: the money row's figures as attributes, each indicator an element of child
    elements (before, the project's name kept its tags and nothing else was read)."""
    inds = "".join("<指标>" + "".join(f"<{h}>{v}</{h}>" if v else f"<{h}/>" for h, v in zip(HEAD, r, strict=True))
                   + "</指标>" for r in ROWS)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<自评表><基本信息><项目名称>某县2022年河道清淤项目</项目名称>'
            "<主管部门>某县水务局</主管部门><实施单位>某县河道管理所</实施单位></基本信息>"
            '<项目资金><资金 名称="年度资金总额" 年初预算数="80.00" 全年预算数="88.00" 全年执行数="85.36" 分值="10" '
            f'执行率="97%" 得分="9.7"/></项目资金><绩效指标>{inds}</绩效指标>'
            '<自评结果 总分="100" 自评得分="97.3" 自评等级="优"/></自评表>\n')
    evaluation = read_saved(tmp_path, text)
    assert (evaluation.project.name, evaluation.unit.supervising_department) == ("某县2022年河道清淤项目", "某县水务局")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("88.00"), Decimal("85.36"))
    assert indicator_rows(evaluation)[-3:] == EXPECTED_ROWS
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal("97.3"))


def test_xml_with_entities_is_never_parsed() -> None:
    """An XML text declaring entities is left as the text it is: no entity is expanded."""
    text = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "某某某">]><a><b>&x;&x;</b></a>'
    assert exported_pairs(text) == text


def test_braces_in_prose_stay_prose() -> None:
    """A report that only opens on a brace, or quotes a tag, is no export: unchanged."""
    for text in ("{注：金额单位万元}\n项目名称：某项目\n", "<注>见附件</注> 本项目年初预算80万元。\n"):
        assert exported_pairs(text) == text


def test_bare_total_label_beside_a_stated_score(tmp_path: Path) -> None:
    """"总分：100" over "自评得分：92.5" (a form's fields one a line): 100 is the full mark, 92.5 the total (before,
    the total was read as 100); "总分：96" alone is the total."""
    both = read_saved(tmp_path, "某局2024年度项目绩效自评\n总分：100\n自评得分：92.5\n自评等级：优\n")
    assert (both.full_mark, both.stated_total) == (Decimal(100), Decimal("92.5"))
    alone = read_saved(tmp_path, "某局2024年度项目绩效自评\n总分：96\n自评等级：优\n")
    assert alone.stated_total == Decimal(96)


def test_long_field_sheet(tmp_path: Path) -> None:
    """A sheet of 对象 | 属性 | 值 | 计量单位 rows, one row a field: the project, the money and each indicator its own
    object (before, no money and no indicator was read)."""
    rows: list[list[object]] = [
        ["序号", "对象", "属性", "值", "计量单位"], [1, "项目", "项目名称", "某旗2021年草原围栏项目", ""],
        [2, "项目", "主管部门", "某旗林草局", ""], [3, "项目资金", "年初预算数", 200, "万元"],
        [4, "项目资金", "全年预算数", 210, "万元"], [5, "项目资金", "全年执行数", 204.75, "万元"]]
    for n, r in enumerate(ROWS, 1):
        rows += [[len(rows), f"指标{n}", h, float(v) if h in ("分值", "得分") else v, ""]
                 for h, v in zip(HEAD, r, strict=True) if v]
    rows += [[len(rows), "自评结果", "自评得分", 97.1, ""]]
    evaluation = read_any(saved_sheet(tmp_path, rows)).evaluation
    assert (evaluation.budget.initial, evaluation.budget.executed) == (Decimal(200), Decimal("204.75"))
    assert indicator_rows(evaluation)[-3:] == EXPECTED_ROWS
    assert evaluation.stated_total == Decimal("97.1")


def test_wide_export_row(tmp_path: Path) -> None:
    """One wide row of a batch export: the project's columns, then "指标1三级指标", "指标1分值" … per indicator, the
    total last (before, one indicator of the whole row was read, with a false SCORE_OVER_WEIGHT)."""
    head: list[object] = ["项目名称", "主管部门", "实施单位", "年初预算数（万元）", "全年预算数（万元）",
                          "全年执行数（万元）", "执行率"]
    row: list[object] = ["某区2020年造林项目", "某区林草局", "某区林草局", 300, 320, 310.4, "97%"]
    for n, r in enumerate(ROWS, 1):
        head += [f"指标{n}{h}" for h in HEAD]
        row += [float(v) if h in ("分值", "得分") else v for h, v in zip(HEAD, r, strict=True)]
    evaluation = read_any(saved_sheet(tmp_path, [[*head, "自评得分"], [*row, 97.3]])).evaluation
    assert (evaluation.project.name, evaluation.budget.executed) == ("某区2020年造林项目", Decimal("310.4"))
    assert indicator_rows(evaluation)[-3:] == EXPECTED_ROWS
    assert evaluation.stated_total == Decimal("97.3")


def test_word_report_with_embedded_workbook(tmp_path: Path) -> None:
    """A Word report whose form is an Excel object pasted into the text (its picture shown, its cells only in the
    embedded workbook): the workbook's form read in its place (before, no indicator was read)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    book = Workbook()
    for r in [HEAD, *ROWS, ["总分", "", "", "", "", "100", "97.6", ""]]:
        book.active.append(list(r))
    blob = io.BytesIO()
    book.save(blob)
    document = docx.Document()
    document.add_paragraph("某县水务局2022年度部门整体支出绩效自评报告")
    document.add_paragraph("三、绩效指标完成情况见下表。")
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob.getvalue(),
                document.part.package)
    rid = document.part.relate_to(part, RELATIONSHIP_TYPE.PACKAGE)
    document.add_paragraph().add_run()._r.append(parse_xml(
        '<w:object xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="{rid}"/></w:object>'))
    path = tmp_path / "report.docx"
    document.save(path)
    evaluation = read_any(path).evaluation
    assert indicator_rows(evaluation) == EXPECTED_ROWS
    assert evaluation.stated_total == Decimal("97.6")


def test_markdown_task_list_under_level_captions(tmp_path: Path) -> None:
    """Indicators as a Markdown task list ("- [x]" met, "- [ ]" not) under "### 产出指标 · 数量指标" headings: the box
    no part of the name, both levels from the heading (before, the name kept "[x] " and no level was read)."""
    text = "\n".join([
        "# 某县2023年农机深松作业补助项目绩效自评", "", "## 绩效指标完成情况", "",
        "### 产出指标 · 数量指标", "",
        "- [x] **深松作业面积**：目标≥5万亩，完成5.2万亩；分值50分，得分50分",
        "", "### 满意度指标 · 服务对象满意度指标", "",
        "- [ ] **农户满意度**：目标≥95%，完成92%；分值40分，得分38分（宣传不到位）", ""])
    evaluation = read_saved(tmp_path, text, "report.md")
    assert indicator_rows(evaluation) == [
        ("产出指标", "数量指标", "深松作业面积", Decimal(50), Decimal(50)),
        ("满意度指标", "服务对象满意度指标", "农户满意度", Decimal(40), Decimal(38))]


def test_figure_cards_over_their_labels(tmp_path: Path) -> None:
    """A slide's figure cards, each amount on the line above its label ("860.50" over "全年预算数（万元）"), three
    pairs or more: the money block's row (before, no amount was read)."""
    text = "\n".join(["某县林草局2024年度部门整体支出绩效自评汇报", "汇报单位：某县林草局", "预算执行",
                      "800.00", "年初预算数（万元）", "860.50", "全年预算数（万元）", "840.12", "全年执行数（万元）",
                      "97.63%", "预算执行率", "自评得分：96分"]) + "\n"
    evaluation = read_saved(tmp_path, text)
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("800.00"), Decimal("860.50"), Decimal("840.12"))
    assert evaluation.unit.name == "某县林草局"


def test_one_figure_over_a_label_is_no_card(tmp_path: Path) -> None:
    """A lone figure over a money label (a flattened row's last cell before the next row's label) is not joined to
    it: the label's amount is not that figure."""
    text = "某局2024年度项目绩效自评\n分值\n10\n年初预算数\n说明：年初预算数见批复文件。\n"
    assert read_saved(tmp_path, text).budget.initial is None


def test_label_line_under_a_full_title_is_no_wrap() -> None:
    """A PDF title line reaching the right edge over a line opening on a form's label ("汇报单位：某局"): two
    paragraphs, not one wrapped line (before, the title and the label ran together); a line with no label under a
    full one is its wrap."""
    from jixiao.readers.document import Paragraph
    from jixiao.readers.page_layout import Line, assemble

    def line(text: str, top: float, n: int, x1: float = 760.0) -> Line:
        return Line(text, 40.0, x1, top, top / 595, 22.0, 1, n)

    title = line("2024年度部门整体支出绩效自评汇报", 60, 1)
    field = line("汇报单位：某县农业农村局", 92, 2, 400.0)
    blocks = assemble([title, field], [([title, field], [])])
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [title.text, field.text]
    wrapped = line("及整改情况", 92, 2, 400.0)
    joined = assemble([title, wrapped], [([title, wrapped], [])])
    assert [b.text for b in joined if isinstance(b, Paragraph)] == [title.text + wrapped.text]


def test_month_day_deadline_in_an_item(tmp_path: Path) -> None:
    """"目标10月底前，完成11月5日": a day of the year with no year is a deadline and a date done, both text (before,
    no target was read and the whole clause was taken for the actual)."""
    text = "\n".join(["# 某县2024年秸秆还田补助项目绩效自评", "", "### 产出指标 · 时效指标", "",
                      "- [ ] **补助发放完成时间**：目标10月底前，完成11月5日；分值20分，得分18分", "",
                      "### 满意度指标 · 服务对象满意度指标", "",
                      "- [x] **农户满意度**：目标≥90%，完成94%；分值70分，得分70分", ""])
    late = by_name(read_saved(tmp_path, text, "report.md"))["补助发放完成时间"]
    assert (late.target.text, late.actual.text) == ("10月底前", "11月5日")


def test_label_then_amount_lines_are_no_cards(tmp_path: Path) -> None:
    """A label | amount block flattened one cell a line ("年初预算数（万元）" / "320.00" / "全年预算数（万元）" / …):
    each amount stays with the label above it, never the one below (as figure cards would have it)."""
    text = "\n".join(["某县水务局2023年度项目绩效自评表", "年初预算数（万元）", "320.00", "全年预算数（万元）",
                      "356.40", "全年执行数（万元）", "341.15", "执行率", "95.72%", "自评得分：95分"]) + "\n"
    budget = read_saved(tmp_path, text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("320.00"), Decimal("356.40"), Decimal("341.15"))
