"""Shapes found by the eighth real-page probe (docs/reader-corpora/real-probe-8.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

_TARGETS_AND_ACTUALS = (
    "2022年度某某助学补助项目自评结果\n一、自评结论\n经过自评,综合评价得分为 97.5分。\n"
    "具体完成情况如下表:\n"
    "一级指标 |\n二级指标 |\n指标名称 |\n目标值 |\n实际完成值 |\n|\n"
    "产出指标 |\n质量指标 |\n补助政策知晓率 |\n100% |\n98% |\n|\n"
    "产出指标 |\n数量指标 |\n受补助学生人数 |\n1200 |\n1350 |\n"
    "效益指标 |\n服务对象满意度指标 |\n受助学生满意度 |\n95% |\n96% |\n"
    "(三)存在的问题和原因\n")


def test_a_ruled_table_of_targets_and_actuals_gives_its_indicators() -> None:
    """一级 | 二级 | 指标名称 | 目标值 | 实际完成值, one ruled cell a line, no weight or score column: each row
    is an indicator with its levels, target and actual (weights and scores stay unstated)."""
    read = _read(_TARGETS_AND_ACTUALS)
    rows = [(i.name, i.level1, i.level2, i.target.value if i.target else None,
             i.actual.value if i.actual else None) for i in read.indicators]
    assert rows == [
        ("补助政策知晓率", "产出指标", "质量指标", Decimal("100"), Decimal("98")),
        ("受补助学生人数", "产出指标", "数量指标", Decimal("1200"), Decimal("1350")),
        ("受助学生满意度", "效益指标", "服务对象满意度指标", Decimal("95"), Decimal("96"))]
    assert all(i.weight is None and i.stated_score is None for i in read.indicators)


def test_targets_and_actuals_cut_from_run_on_text_are_guessed() -> None:
    """The same header run together with its rows (no cell rules): no row ends on a figure of its own, so where
    each row ends is read from its content (the worded actual "达成预期指标" ends it, held-87): the rows are read,
    and every cell of them is a guess. (Until stop 87 they stayed text.)"""
    text = ("某某专项经费项目绩效自评表一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施"
            "产出指标数量指标设备配备率100%800件达成预期指标系统维护率100%4个达成预期指标\n")
    page = _read(text)
    assert [(i.name, i.target.value, i.actual.value) for i in page.indicators] == [
        ("设备配备率", Decimal("100"), Decimal("800")), ("系统维护率", Decimal("100"), Decimal("4"))]
    assert all(page.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(2) for field in ("name", "target", "actual"))


def test_a_project_report_s_spending_in_prose() -> None:
    """实际总支出 X 万元 / 已拨付某某资金 X 万元 / 实际到位数 X 万元,支出 Y 万元: what the project spent."""
    total = _read("2021年度某某奖补项目绩效自评报告\n一、执行率情况\n"
                  "2021年某某奖补项目实际下达预算1300万元,全年度实际总支出1298.40 万元,项目预算执行率99%。\n")
    assert (total.budget.adjusted, total.budget.executed) == (Decimal("1300"), Decimal("1298.40"))
    paid = _read("某县2020年度中央财政某某防治专项资金转移支付绩效自评报告\n"
                 "按照工程进度已拨付中央财政某某防治资金420万元,专项资金执行率为70%。\n")
    assert paid.budget.executed == Decimal("420")
    arrived = _read("财政支出项目绩效评价自评报告\n(某某办工作经费)\n(三)资金情况\n"
                    "区级财政每年安排40万元。2019年实际到位数40万元,支出31.25万元。\n")
    assert arrived.budget.executed == Decimal("31.25")


def test_a_run_on_money_block_keeps_each_column_s_formula() -> None:
    """预算数(A)执行数(B)执行率(B/A)合计4848100%: the (B/A) after 执行率 is that header cell's own, so the
    three columns stand and the fused total row splits into budget, spent and rate (a guessed split)."""
    text = ("2021年度区级某某专项经费项目绩效自评表单位名称:某区某某局项目名称区级某某专项经费主管部门区某某局"
            "预算执行情况(万元)资金来源预算数(A)执行数(B)执行率(B/A)一般预算内拨款4848100%合计4848100%"
            "年度绩效目标完成情况\n")
    budget = _read(text).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("48"), Decimal("48"), Decimal("100"))


def test_money_written_as_label_and_value_pairs_one_a_line() -> None:
    """"预算数:" / "3.60" / "执行数:" / "3.20", and a cover's "计划安排资金" / "(万元)" / "40" / "实际支出" / "(万元)" /
    "38": each figure is its label's column, the year's total."""
    form = _read("某某补助资金区域绩效目标自评表\n\n专项名称\n\n某某补助资金\n\n预算执行情况\n\n"
                 "预算数:\n\n3.60\n\n执行数:\n\n3.20\n\n20\n\n年度目标完成情况\n").budget
    assert (form.adjusted, form.executed) == (Decimal("3.60"), Decimal("3.20"))
    cover = _read("某县财政支出项目绩效评价自评报告\n\n项目名称    某某专项\n\n一、项目基本概况\n\n"
                  "计划安排资金\n\n(万元)\n\n40\n\n实际到位资金\n\n(万元)\n\n40\n\n实际支出\n\n(万元)\n\n38\n\n"
                  "结余(万元)\n\n2\n\n二、项目支出明细情况\n").budget
    assert (cover.adjusted, cover.executed) == (Decimal("40"), Decimal("38"))


def test_a_lone_money_label_and_figure_is_no_money_block() -> None:
    """"执行数:" / "3.20" alone (no budget beside it) names no block: nothing is read from it as the budget."""
    budget = _read("某某补助资金绩效自评表\n\n执行数:\n\n3.20\n\n年度目标完成情况\n").budget
    assert budget.adjusted is None


def test_a_viewer_s_page_number_before_a_unit_s_run_on_form_title() -> None:
    """"1、某局2023年度部门整体绩效自评表主管部门…": the viewer's "1、" is no part of the unit's name."""
    read = _read("1、某市某某区某某局2023年度部门整体绩效自评表主管部门某市某某区某某局部门联系人张某联系电话"
                 "自评总分(分)95.10年初预算数全年(调整)预算数全年执行数执行率\n")
    assert read.unit.name == "某市某某区某某局"


def test_a_rate_written_as_a_cut_fraction_accuses_no_one() -> None:
    """执行率 0.958 for 27.8 ÷ 29 = 0.95862…: the fraction is 95.8 % as written (cut, not rounded), so the
    rate check finds nothing wrong (read as 95.800 % it claimed a precision the page never wrote)."""
    read = _read("某某专项经费绩效自评表(2022年度)\n项目名称 某某专项经费\n主管部门 某区某某局   实施单位 某区某某局\n"
                 "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                 "(万元) 年度资金总额 29 29 27.8 9 0.958 8\n")
    assert read.budget.stated_execution_rate == Decimal("95.8")
    assert "EXECUTION_RATE_MISMATCH" not in _errors(read)


def test_a_spaced_header_whose_narrow_cells_wrapped_to_the_next_line() -> None:
    """"一级指标 二级指标 三级指标 年度 实际 分值 得分 …" over "指标值 完成值": the pieces complete 年度指标值 and
    实际完成值, so the rows keep their weights and scores."""
    text = ("某某专项经费绩效自评表(2022年度)\n项目名称 某某专项经费\n"
            "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值\n"
            "产出指标 数量指标 指标1:修缮面积 4000平方米 4000平方米 8 8\n"
            "质量指标 指标1:验收通过率 100% 96% 6 5\n")
    rows = [(i.name, i.weight, i.stated_score) for i in _read(text).indicators]
    assert rows == [("修缮面积", Decimal("8"), Decimal("8")), ("验收通过率", Decimal("6"), Decimal("5"))]


def test_a_transfer_s_region_form_under_a_site_banner_names_no_unit() -> None:
    """"政府信息公开" (the site's column) over "某某补助资金区域绩效目标自评表": neither the banner nor the fund's
    区域 form is the unit; the fund is the project."""
    read = _read("政府信息公开\n\n某某监管补助资金区域绩效目标自评表\n\n来源:某区某某局 发布时间:2022-08-15\n\n"
                 "某某监管补助资金区域绩效目标自评表\n\n专项名称\n\n某某监管补助资金\n\n中央主管部门\n\n某某总局\n")
    assert read.unit.name == ""
    assert read.project.name == "某某监管补助资金"


def test_prose_naming_the_project_s_implementing_body() -> None:
    """"该项目以一年为实施周期,实施主体为某区某某局。": the 实施主体 is the implementing unit; a pronoun is none."""
    text = ("某某专项经费绩效自评报告\n一、项目基本情况\n该项目以一年为实施周期,实施主体为某某开发区某某服务中心。\n")
    assert _read(text).project.implementing_unit == "某某开发区某某服务中心"
    assert _read(text.replace("某某开发区某某服务中心", "我局")).project.implementing_unit is None


def test_an_amount_provided_by_the_year_s_initial_budget() -> None:
    """"市级财政每年安排35万元,由每年年初预算批复下达": the amount is the project's initial budget; without
    the 年初预算 clause the amount stays unread as initial."""
    text = ("2021年度某某工作经费项目支出绩效自评报告\n一、项目基本情况\n"
            "市级财政每年安排35万元,由每年年初预算批复下达至我中心。"
            "2021年实际到位数35万元,支出30.5万元。\n")
    read = _read(text)
    assert read.budget.initial == Decimal("35")
    assert _read(text.replace(",由每年年初预算批复下达至我中心", "")).budget.initial is None


def test_a_row_whose_target_and_actual_are_yes() -> None:
    """A one-cell-a-line form's row "某某流程是否规范 | 是 | 是 |": 是 is its target and its actual, so the row
    is kept with its levels (it was dropped, its cells fitting no column)."""
    cells = ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值", "",
             "产出指标", "数量指标", "培训人次", "300人次", "320人次", "",
             "效益指标", "社会效益指标", "审核流程是否规范", "是", "是", "",
             "满意度指标", "服务对象满意度指标", "参训人员满意度", "90%", "93%"]
    text = "2022年度某某培训经费项目支出绩效自评报告\n" + "".join(f"{c} |\n" for c in cells)
    rows = {i.name: (i.level1, i.level2) for i in _read(text).indicators}
    assert rows.get("审核流程是否规范") == ("效益指标", "社会效益指标")
    assert len(rows) == 3
