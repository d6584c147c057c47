"""Shapes of the fifty-eighth set (docs/reader-corpora/fiftyeighth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import saved_sheet

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _read(tmp_path: Path, name: str, text: str) -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


_INDICATORS = ["一级指标,二级指标,三级指标,年度指标值,实际完成值,标准分,自评分,扣分说明",
               "产出指标,数量指标,维修泵站数量,≥6座,6座,30,30,",
               "产出指标,质量指标,维修验收合格率,100%,100%,20,20,",
               "效益指标,社会效益指标,受益农户数,≥1500户,1420户,30,27,部分泵站通电较晚，扣3分",
               "满意度指标,服务对象满意度指标,用水农户满意度,≥90%,92%,20,20,",
               "合计,,,,,100,97,"]


def test_report_written_down_a_sheet_and_saved_as_csv(tmp_path: Path) -> None:
    """A report written down a sheet's first column, saved as CSV: its paragraphs one-field rows (those holding a
    comma quoted), its tables rows of their own widths (before, prose lines outnumbered the rows: nothing was cut)."""
    rows = ["某县泵站管理所2025年度单位整体支出绩效自评报告", "一、单位基本情况", "本所负责全县排灌泵站的运行维护。",
            "二、预算执行情况",
            '"2025年年初预算1,200,000.00元，全年预算1,260,000.00元，全年执行1,234,800.00元，预算执行率98.00%。"',
            "三、绩效自评表", *_INDICATORS, "经自评，本所自评得分97分。", "四、存在的问题", "泵站通电协调较慢。"]
    evaluation = _read(tmp_path, "report.csv", "\ufeff" + "\r\n".join(rows) + "\r\n")
    scored = {i.name: (i.weight, i.stated_score) for i in evaluation.indicators}
    assert scored["受益农户数"] == (Decimal(30), Decimal(27))
    assert len(scored) == 4
    assert evaluation.budget.executed == Decimal("123.48")


def test_prose_with_unquoted_figures_in_yuan_beside_rows_is_no_csv() -> None:
    """Beside a quoted paragraph, one whose separators stand outside quotes next to its full stop is prose: the text is
    left as it is."""
    from jixiao.readers.csv_rows import csv_rows
    prose = ["一、基本情况", "本所负责泵站运行。", "二、预算执行", '"年初预算1,200,000.00元。"',
             "全年执行1,234,800.00元。", "三、自评表", "四、问题", "通电较慢。", "五、措施", "加快协调。"]
    text = "\n".join([*prose, *_INDICATORS]) + "\n"
    assert csv_rows(text) == text


def test_year_target_and_full_year_done_columns(tmp_path: Path) -> None:
    """标准分 | 自评分 | 年度目标 | 全年完成: the 全年完成 column the actual (before, no column held it)."""
    text = ("# 某市果树研究所2025年度绩效自评表\n\n"
            "| 一级指标 | 二级指标 | 三级指标 | 标准分 | 自评分 | 年度目标 | 全年完成 | 扣分说明 |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            "| 产出指标 | 数量指标 | 示范园建设数 | 50 | 45 | ≥4个 | 3个 | 一个示范园未验收，扣5分 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 种植户满意度 | 50 | 50 | ≥90% | 94% | |\n")
    evaluation = _read(tmp_path, "form.md", text)
    actual = {i.name: (i.actual.value if i.actual else None) for i in evaluation.indicators}
    assert actual == {"示范园建设数": Decimal(3), "种植户满意度": Decimal(94)}


def test_staff_table_by_kind_of_establishment_with_units_in_its_labels(tmp_path: Path) -> None:
    """编制类型 | 核定编制数（名） | 年末实有人数（人）, one kind over its 合计 and 编外聘用 under it: the total, the
    establishment and the one kind its whole (before, the bracketed units hid the labels)."""
    text = ("# 某县水质检测站2025年度整体支出绩效自评报告\n\n"
            "| 编制类型 | 核定编制数（名） | 年末实有人数（人） |\n| --- | --- | --- |\n"
            "| 自收自支 | 18 | 16 |\n| 合计 | 18 | 16 |\n| 编外聘用 | — | 9 |\n")
    unit = _read(tmp_path, "staff.md", text).unit
    assert (unit.staff_establishment, unit.staff_total) == (18, 16)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("自收自支", 16)]


_FORM = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "自评分", "扣分说明"],
         ["产出指标", "数量指标", "检测水样批次", "≥400批", "412批", 50, 50, None],
         ["满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", "87%", 50, 46, "回访不及时，扣4分"]]


def test_sheet_with_a_project_form_under_the_units_own(tmp_path: Path) -> None:
    """A sheet holding the unit's form, then a project's (title row, 项目名称 row, its own rows) in one grid: two
    forms, the unit's read (before, the project's rows were the unit's: four indicators against one total)."""
    rows: list[list[object]] = [["某县水质检测站2025年度单位整体支出绩效自评报告"], *_FORM,
                                ["合计", None, None, None, None, 100, 96, None], [],
                                ["附表1：管网水质抽检项目绩效自评表"], ["项目名称", "管网水质抽检项目"],
                                *_FORM[:2], ["效益指标", "社会效益指标", "抽检覆盖村数", "≥20个", "20个", 50, 50, None]]
    from jixiao.readers.report import read_report
    evaluation, _, forms = read_report(saved_sheet(tmp_path, rows))
    assert [i.name for i in evaluation.indicators] == ["检测水样批次", "用户满意度"]
    assert forms == ["整体支出表", "“管网水质抽检项目”"]


def test_sentence_rows_of_a_sheet_are_paragraphs(tmp_path: Path) -> None:
    """A report written down a sheet's first column: a sentence row after the form ("…等级为“良好”。") a paragraph
    of its own, its grade read (before, it was a row of the form's table)."""
    rows: list[list[object]] = [["某县水质检测站2025年度单位整体支出绩效自评报告"], *_FORM,
                                ["经自评，本站2025年度整体支出绩效自评得分86分，自评等级为“良好”。"],
                                ["存在的问题：回访机制不健全。"]]
    from jixiao.readers.report import read_report
    evaluation = read_report(saved_sheet(tmp_path, rows))[0]
    assert evaluation.stated_grade == "良"


def test_caption_row_with_the_unit_heads_the_sheet_table_under_it(tmp_path: Path) -> None:
    """"收支情况表（单位：元）" on a row of its own after the form: the caption of the table under it, whose amounts are
    in 元 (before, it was a row of the sheet's one table and the amounts were taken for 万元)."""
    rows: list[list[object]] = [["某县水质检测站2025年度单位整体支出绩效自评报告"], *_FORM, [],
                                ["收支情况表（单位：元）"],
                                ["收入合计", "财政拨款收入", "经营收入", None],
                                ["2,450,000.00", "850,000.00", "1,600,000.00", None],
                                ["支出合计", "基本支出", "经营支出", "上缴上级支出"],
                                ["2,400,000.00", "900,000.00", "1,400,000.00", "100,000.00"]]
    from jixiao.readers.report import read_report
    budget = read_report(saved_sheet(tmp_path, rows))[0].budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("245"), Decimal("240"))
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("90")), ("经营支出", Decimal("140")), ("上缴上级支出", Decimal("10"))]


def test_numbered_notes_of_a_sheet_stay_its_own(tmp_path: Path) -> None:
    """A 填报说明 block on the sheet ("2.示例：全年预算数100.00，…执行率95.00%。") is no paragraph of the report: its
    example rate is not the form's."""
    rows: list[list[object]] = [["填报说明"], ["1.金额单位为万元。"],
                                ["2.示例：全年预算数100.00，全年执行数95.00，执行率95.00%。"],
                                ["项目支出绩效自评表"], ["项目名称", "某县村庄保洁项目"],
                                ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                                ["年度资金总额", "80.00", "80.00", "78.40", "98.00%"], *_FORM]
    from jixiao.readers.report import read_report
    budget = read_report(saved_sheet(tmp_path, rows))[0].budget
    assert (budget.executed, budget.stated_execution_rate) == (Decimal("78.40"), Decimal("98.00"))
