"""Shapes of the eighteenth set (docs/reader-corpora/eighteenth.md: ordinary authored reports in wordings and
layouts the earlier sets did not use), each rebuilt from an invented snippet of the same shape (invented units,
names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from corpus import errors as _errors
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _xlsx(tmp_path: Path, rows: list[list[Any]], merges: list[str]) -> Evaluation:
    book = openpyxl.Workbook()
    sheet = book.active
    for i, row in enumerate(rows, 1):
        for j, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(i, j, value)
    for span in merges:
        sheet.merge_cells(span)
    path = tmp_path / "form.xlsx"
    book.save(path)
    return read_any(path).evaluation


# A. the form's goal row with the indicator block's weight in its label: no indicator, no false WEIGHTS_NOT_100
@pytest.mark.parametrize("label", ["年度目标（90分）", "年度总体目标（80分）", "年度目标1"])
def test_a_goal_row_with_a_weight_is_no_indicator(tmp_path: Path, label: str) -> None:
    rows: list[list[Any]] = [
        ["项目支出绩效自评表（2023年度）"],
        ["项目名称", "乡村文化广场建设项目"],
        ["主管部门", "某县文化局", None, "实施单位", "某县文化中心"],
        ["预算执行情况（10分）", None, "全年预算数（A）", "执行数（B）", "执行率（B/A）", "得分（10分×执行率）"],
        ["项目资金总额", None, 800000, 760000, 0.95, 9.5],
        [label, "全年新建文化广场12个，方便群众开展文体活动。"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "分值", "得分"],
        [None, "产出指标", "数量指标", "新建文化广场数量", "≥12个", "12个", 60, 60],
        [None, "效益指标", "社会效益指标", "群众文体活动参与人次", "≥2万人次", "2.1万人次", 20, 20],
        [None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10],
        ["总分", None, None, None, None, None, 100, 99.5],
    ]
    merges = ["A1:H1", "B2:H2", "B3:C3", "E3:H3", "A4:B4", "A5:B5", "F4:H4", "F5:H5", "B6:H6", "A8:A10", "A11:F11"]
    evaluation = _xlsx(tmp_path, rows, merges)
    names = sorted(_by_name(evaluation))
    assert names == ["新建文化广场数量", "群众文体活动参与人次", "群众满意度", "预算执行率"]
    assert sum(i.weight for i in evaluation.indicators) == 100
    assert "WEIGHTS_NOT_100" not in _errors(evaluation)


def test_a_weighted_goal_words_inside_a_name_stay_an_indicator() -> None:
    text = ("某县某局2023年度项目支出绩效自评报告\n\n1.年度目标完成率（10分）：目标值≥95%，实际完成98%，得10分。\n"
            "2.群众满意度（10分）：目标值≥90%，实际完成92%，得10分。\n")
    assert "年度目标完成率" in _by_name(_read(text))


# C. prose items naming their 二级 in brackets after the name, a 扣分理由 after the score, "实际完成已建立"
_LEVEL_BRACKETS = """某县某中心2023年度乡村便民服务项目绩效自评报告

二、绩效目标完成情况
（一）产出指标（分值30分，得28.5分）
1.新建村级便民服务点（数量指标）：年度目标≥8个，实际完成8个，分值15分，得15分。
2.服务事项网上办结率（{level}）：年度目标≥95%，实际完成90%，分值15分，得13.5分。{label}：部分村网络信号不稳定。
（二）效益指标（分值20分，得20分）
3.便民服务长效机制（可持续影响指标）：年度目标建立，实际完成已建立，分值20分，得20分。
"""


@pytest.mark.parametrize(("level", "label"), [("质量指标", "扣分理由"), ("时效指标", "扣分说明"),
                                              ("质量指标", "失分原因")])
def test_c_level_in_brackets_after_the_name(level: str, label: str) -> None:
    found = _by_name(_read(_LEVEL_BRACKETS.format(level=level, label=label)))
    assert sorted(found) == ["便民服务长效机制", "新建村级便民服务点", "服务事项网上办结率"]
    first = found["新建村级便民服务点"]
    assert (first.level1, first.level2, first.weight, first.target.value) == ("产出指标", "数量指标", 15, 8)
    second = found["服务事项网上办结率"]
    assert second.deviation_note == "部分村网络信号不稳定"
    assert second.weight == 15
    assert second.level2 == level
    third = found["便民服务长效机制"]
    assert (third.level2, third.target.text, third.actual.text) == ("可持续影响指标", "建立", "已建立")


def test_c_a_bracket_that_names_no_level_stays_in_the_name() -> None:
    text = ("某县某局2023年度项目绩效自评报告\n\n"
            "1.村级文化室（含农家书屋）：年度目标≥12个，实际完成12个，分值10分，得10分。\n")
    assert list(_by_name(_read(text))) == ["村级文化室（含农家书屋）"]


# F. fund sources named in a sentence first, then in the form's rows with all three amounts
_FUNDS_TWICE = """# 某县某小学2023年校舍维修改造项目绩效自评报告

项目总投资{total}万元，其中中央资金120万元、省级资金{prov}万元、县级资金40万元。

| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 年度资金总额 | 200.00 | 220.00 | 209.00 | 10 | 95.00% | 9.5 |
| 其中：中央资金 | 120.00 | 120.00 | 120.00 | — | 100.00% | — |
| 省级资金 | 50.00 | 60.00 | 55.00 | — | 91.67% | — |
| 县级资金 | 30.00 | 40.00 | 34.00 | — | 85.00% | — |
"""


def test_f_form_rows_complete_the_fund_sources_a_sentence_named() -> None:
    rows = _read(_FUNDS_TWICE.format(total=220, prov=60), "report.md").budget.fund_rows
    assert [(r.name, r.initial, r.adjusted, r.executed) for r in rows] == [
        ("中央资金", 120, 120, 120), ("省级资金", 50, 60, 55), ("县级资金", 30, 40, 34)]


def test_f_a_form_row_that_disagrees_with_the_sentence_does_not_fill_it() -> None:
    rows = _read(_FUNDS_TWICE.format(total=230, prov=70), "report.md").budget.fund_rows
    province = next(r for r in rows if r.name == "省级资金")
    assert (province.initial, province.adjusted, province.executed) == (None, 70, None)


# B. a table of block scores beside the indicator table: the blocks' weights, never indicators
_BLOCK_TABLE = """# 某县某街道2023年老旧小区改造项目绩效自评报告

| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
| --- | --- | --- | --- | --- |
| 年度资金总额 | 300.00 | 320.00 | 304.00 | 95.00% |

| 评价内容 | 分值 | 得分 |
| --- | --- | --- |
| {money} | 10 | 9.5 |
| 产出指标 | 50 | 50 |
| 效益指标 | 30 | 28 |
| 满意度指标 | 10 | 10 |
| 合计 | 100 | 97.5 |

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 改造小区数量 | ≥6个 | 6个 | 50 | 50 |
| 效益指标 | 社会效益指标 | 居住条件 | 明显改善 | 有所改善 | 30 | 28 |
| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 93% | 10 | 10 |
"""


@pytest.mark.parametrize("money", ["预算执行率", "预算执行", "资金执行率"])
def test_b_block_score_table_gives_block_weights(money: str) -> None:
    evaluation = _read(_BLOCK_TABLE.format(money=money), "report.md")
    found = _by_name(evaluation)
    assert sorted(found) == ["居住条件", "居民满意度", "改造小区数量", "预算执行率"]
    assert evaluation.stated_block_weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    rate = found["预算执行率"]
    assert (rate.weight, rate.stated_score, rate.actual.value, rate.actual.unit) == (10, Decimal("9.5"), 95, "%")
    assert evaluation.stated_total == Decimal("97.5")
    assert not _errors(evaluation)


def test_b_a_short_table_of_named_indicators_stays_indicators() -> None:
    text = ("# 某县某局2023年项目绩效自评报告\n\n| 评价内容 | 分值 | 得分 |\n| --- | --- | --- |\n"
            "| 产出指标 | 50 | 48 |\n| 培训人次 | 40 | 40 |\n| 满意度指标 | 10 | 10 |\n| 合计 | 100 | 98 |\n")
    assert "培训人次" in _by_name(_read(text, "report.md"))


# G. the year's actual income and spending after the income budget in one paragraph
_INCOME_AFTER_BUDGET = ("某县某镇人民政府2023年度部门整体支出绩效自评报告\n\n"
                        "（二）预算收支情况。2023年初部门收入预算1,200.00万元，其中财政拨款预算1,100.00万元、"
                        "其他收入预算100.00万元；支出预算1,200.00万元。年中追加后全年预算1,350.00万元。"
                        "{actual}")


@pytest.mark.parametrize("owner", ["全年实际", "本年实际", "年度实际"])
def test_g_actual_income_after_the_income_budget(owner: str) -> None:
    budget = _read(_INCOME_AFTER_BUDGET.format(
        actual=f"{owner}收入1,350.00万元，其中一般公共预算财政拨款收入1,250.00万元、其他收入100.00万元；"
               f"{owner}支出1,300.00万元，其中基本支出700.00万元、项目支出600.00万元，预算执行率96.30%。")).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (1200, 1350, 1300)
    assert (budget.income_total, budget.expenditure_total) == (1350, 1300)
    assert [(i.name, i.amount) for i in budget.income_items] == [("一般公共预算财政拨款收入", 1250), ("其他收入", 100)]


def test_g_an_income_budget_alone_is_no_income_total() -> None:
    budget = _read(_INCOME_AFTER_BUDGET.format(actual="")).budget
    assert budget.initial == 1200
    assert (budget.income_total, budget.income_items) == (None, [])


# E. the text's short "由县某局主管" before the form's label cells that name the county
_SHORT_THEN_FULL = """# 2023年远程医疗建设项目绩效自评报告

远程医疗建设项目由{short_dept}主管、{short_unit}实施，项目年初预算100万元，全年执行95万元，预算执行率95.00%。

| 项目名称 | 远程医疗建设项目 | | |
| --- | --- | --- | --- |
| 主管部门 | {full_dept} | 实施单位 | {full_unit} |
"""


@pytest.mark.parametrize(("short_dept", "full_dept", "short_unit", "full_unit"), [
    ("县卫生健康局", "青岗县卫生健康局", "县人民医院", "青岗县人民医院"),
    ("市卫生健康委员会", "白水市卫生健康委员会", "县疾病预防控制中心", "白水市青岗县疾病预防控制中心"),
])
def test_e_the_form_names_the_county_the_text_left_out(short_dept: str, full_dept: str, short_unit: str,
                                                      full_unit: str) -> None:
    evaluation = _read(_SHORT_THEN_FULL.format(short_dept=short_dept, full_dept=full_dept, short_unit=short_unit,
                                               full_unit=full_unit), "report.md")
    assert evaluation.unit.supervising_department == full_dept
    assert evaluation.project.implementing_unit == full_unit


def test_e_another_unit_that_ends_the_same_is_not_taken_for_the_same() -> None:
    evaluation = _read(_SHORT_THEN_FULL.format(short_dept="县卫生健康局", full_dept="青岗县卫生健康局",
                                               short_unit="县人民医院", full_unit="青岗县第二人民医院"), "report.md")
    assert evaluation.project.implementing_unit == "县人民医院"


# H. 编制 after the body the sentence opens on; bodies listed after 下辖 with their count
@pytest.mark.parametrize("subject", ["镇机关及所属事业单位", "局机关", "中心"])
def test_h_establishment_after_its_body(subject: str) -> None:
    text = (f"某县某镇人民政府2023年度部门整体支出绩效自评报告\n\n（二）人员情况。{subject}编制36名，实有在职人员33人，"
            "其中行政人员20人、事业人员13人。\n")
    unit = _read(text).unit
    assert (unit.staff_establishment, unit.staff_total) == (36, 33)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("行政人员", 20), ("事业人员", 13)]


def test_h_a_kind_of_establishment_after_qi_zhong_is_a_part() -> None:
    text = "某县某局2023年度部门整体支出绩效自评报告\n\n在职人员42人，其中行政编制35人、事业编制7人。\n"
    unit = _read(text).unit
    assert unit.staff_establishment is None
    assert unit.staff_total == 42


def test_h_bodies_listed_after_xia_xia() -> None:
    text = ("某县某镇人民政府2023年度部门整体支出绩效自评报告\n\n镇机关设党政办公室、经济发展办公室2个内设机构，"
            "下辖便民服务中心、农业综合服务中心、文化站3个事业单位。\n")
    unit = _read(text).unit
    assert unit.internal_bodies == ["党政办公室", "经济发展办公室"]
    assert unit.subordinate_bodies == ["便民服务中心", "农业综合服务中心", "文化站"]
    assert unit.subordinate_bodies_count == 3


# I. the Sichuan form's goal cells: "项目年度目标 | 年度目标完成情况" over the two texts
@pytest.mark.parametrize("done_label", ["年度目标完成情况", "目标完成情况", "年度总体目标完成情况"])
def test_i_goal_texts_under_their_labels(tmp_path: Path, done_label: str) -> None:
    from docx import Document

    goal, done = "完成村级道路硬化8公里，惠及群众1200户。", "完成村级道路硬化8.2公里，惠及群众1260户。"
    document = Document()
    document.add_paragraph("某县交通运输局2023年村道硬化项目支出绩效自评报告")
    rows = [["项目名称", "村道硬化项目", "", ""],
            ["主管部门", "某县交通运输局", "实施单位（盖章）", "某县农村公路中心"],
            ["项目年度目标", "", done_label, ""], [goal, "", done, ""]]
    table = document.add_table(rows=4, cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for r, c1, c2 in ((0, 1, 3), (2, 0, 1), (2, 2, 3), (3, 0, 1), (3, 2, 3)):
        table.cell(r, c1).merge(table.cell(r, c2)).text = rows[r][c1]
    path = tmp_path / "goals.docx"
    document.save(str(path))
    project = read_any(path).evaluation.project
    assert project is not None
    assert (project.goal_expected, project.goal_actual) == (goal, done)


# D. labels after a heading's full stop on the same line: "（一）项目概况。项目名称：X；主管部门：Y；…"
def test_d_labels_after_a_heading_sentence() -> None:
    text = ("某县融媒体中心\n2023年度应急广播建设项目绩效自评报告\n\n一、项目基本情况\n"
            "（一）项目概况。项目名称：2023年应急广播建设项目；主管部门：中共某县委宣传部；实施单位：某县融媒体中心。"
            "项目建设县乡村三级应急广播网络。\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.name == "2023年应急广播建设项目"
    assert evaluation.unit.supervising_department == "中共某县委宣传部"


def test_d_a_sentence_before_a_colon_that_names_no_field_gives_nothing() -> None:
    text = "某县某局2023年度部门整体支出绩效自评报告\n\n全年工作有序推进。主要做法：一是加强领导，二是细化分工。\n"
    evaluation = _read(text)
    assert evaluation.project is None or not evaluation.project.name.startswith("一是")
    assert evaluation.unit.name == "某县某局"
