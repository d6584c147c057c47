"""Prose shapes of the thirteenth set (whole-unit and project reports; invented units and figures): a negative
actual, indicators chained in one paragraph per 一级, 2013-framework block headings scored in prose, "一级：二级——名称"
items, the budget-execution score in a sentence, and 扣分原因 at the end of a numbered item."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import read_page

from jixiao.model import Evaluation

_TITLE = "某省某县方志馆\n2023年度部门整体支出绩效自评报告\n二、绩效指标完成情况\n"


def _read(body: str, title: str = _TITLE) -> Evaluation:
    return read_page(title + body)


# O — a minus sign before an actual ---------------------------------------------------------------------------


@pytest.mark.parametrize(("stated", "value"), [("-4.2%", "-4.2"), ("－0.8%", "-0.8"), ("2.5%", "2.5")])
def test_a_negative_actual_keeps_its_sign(stated: str, value: str) -> None:
    body = ("1.在职人员控制率（5分）：目标值≤100%，实际93%，得5分。\n"
            f"2.“三公经费”变动率（5分）：“三公”经费变动率为{stated}，目标值≤0%，得5分。\n")
    evaluation = _read(body)
    change = evaluation.indicators[1]
    assert change.actual is not None and change.actual.value == Decimal(value)
    assert ("FULL_SCORE_BELOW_TARGET" in _errors(evaluation)) is (not value.startswith("-"))


def test_a_dash_between_two_figures_is_a_range_not_a_sign() -> None:
    body = "1.设备完好率（10分）：目标值≥95%，实际完成情况为95-98%，得10分。\n"
    actual = _read(body).indicators[0].actual
    assert actual is not None and actual.value is not None and actual.value > 0


# C — 2013-framework block headings scored in prose -----------------------------------------------------------


@pytest.mark.parametrize("tail", ["，扣1分，得19分。", "，不扣分，得20分。", "，得19分。", "；扣除1分，得分19分。"])
def test_a_scored_block_heading_groups_the_items_below_it(tail: str) -> None:
    body = (f"（一）投入（20分）{tail}\n"
            "1.在职人员控制率（10分）：标准≤100%，实际97%，不扣分，得10分。\n"
            "2.“三公经费”变动率（10分）：标准≤0%，实际上升1.2%，扣1分，得9分。\n"
            "（二）效果（80分），不扣分，得80分。\n"
            "3.业务办结率（80分）：标准≥95%，实际98%，得80分。\n"
            "经自评，本馆2023年度部门整体支出综合得分99分。\n")
    evaluation = _read(body)
    assert [(i.name, i.level1, i.weight) for i in evaluation.indicators] == [
        ("在职人员控制率", "投入", Decimal(10)), ("“三公经费”变动率", "投入", Decimal(10)),
        ("业务办结率", "效果", Decimal(80))]
    assert evaluation.stated_block_weights == {"投入": Decimal(20), "效果": Decimal(80)}
    assert "WEIGHTS_NOT_100" not in _errors(evaluation)


def test_a_scored_item_that_names_no_level_stays_an_indicator() -> None:
    body = ("（一）资金到位率（10分），扣1分，得9分。\n（二）群众满意度（90分），不扣分，得90分。\n")
    indicators = _read(body).indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators] == [
        ("资金到位率", Decimal(10), Decimal(9)), ("群众满意度", Decimal(90), Decimal(90))]


# E — "一级：二级——名称，…，得分N分（分值N分）", a total sentence after the items, a project part after the unit's ----


_SCHOOL = "某县第二小学\n2024年度部门整体和项目支出绩效自评报告\n"


@pytest.mark.parametrize("dash", ["——", "—", "-"])
def test_level_label_then_level2_dash_name(dash: str) -> None:
    body = ("（三）当年部门整体支出绩效目标完成情况\n"
            f"产出指标：数量指标{dash}在校学生数，年度目标≥800人，实际完成812人，得分 30 分（分值 30 分）。\n"
            f"效益指标：社会效益指标{dash}义务教育巩固率，年度目标≥99%，实际完成99.6%，得分30分（分值30分）。\n"
            f"满意度指标：服务对象满意度指标{dash}家长满意度，年度目标≥95%，实际完成96%，得分 40 分（分值 40 分）。\n"
            "综上，我校 2024 年度部门整体支出绩效自评得分 100 分，等级为优。\n")
    evaluation = _read(body, _SCHOOL)
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("在校学生数", "产出指标", "数量指标", Decimal(30), Decimal(30)),
        ("义务教育巩固率", "效益指标", "社会效益指标", Decimal(30), Decimal(30)),
        ("家长满意度", "满意度指标", "服务对象满意度指标", Decimal(40), Decimal(40))]
    assert evaluation.stated_total == Decimal(100)
    assert not _errors(evaluation)


def test_a_dash_inside_a_name_that_opens_on_no_level_word_stays() -> None:
    body = "1.校园网络—千兆升级完成率（100分）：目标值100%，实际完成100%，得100分。\n"
    assert [i.name for i in _read(body).indicators] == ["校园网络—千兆升级完成率"]


def test_a_wrapped_figure_is_no_indicator_name() -> None:
    body = ("产出指标：数量指标——在校学生数，年度目标≥800人，实际完成812人，得分60分（分值60分）。\n"
            "满意度指标：服务对象满意度指标——家长满意度，年度目标≥95%，实际完成\n"
            "96%，得分 40 分（分值 40 分）。\n")
    assert "96%" not in [i.name for i in _read(body, _SCHOOL).indicators]


def test_a_project_s_figures_in_the_projects_part_are_not_the_unit_s() -> None:
    body = ("一、部门基本情况\n"
            "2024年年初预算1,200.00万元，调整后预算1,260.00万元，决算支出1,250.00万元，执行率99.21%。\n"
            "二、项目支出绩效自评情况\n2024年我校实施项目2个：校舍维修项目，预算80.00万元，执行78.00万元，执行率97.5%，"
            "自评得分95分；课后服务项目，预算40.00万元，执行40.00万元，自评得分100分。\n")
    evaluation = _read(body, _SCHOOL)
    assert evaluation.budget is not None and evaluation.budget.executed == Decimal("1250.00")
    assert evaluation.budget.stated_execution_rate == Decimal("99.21")
    assert "TEXT_TABLE_MISMATCH" not in _errors(evaluation)


def test_a_project_report_s_own_figures_are_read() -> None:
    body = "二、项目实施情况\n校舍维修项目，全年预算80.00万元，执行78.00万元，预算执行率97.5%。\n"
    evaluation = _read(body, "某县第二小学\n2024年度校舍维修项目支出绩效自评报告\n")
    assert evaluation.budget is not None and evaluation.budget.executed == Decimal("78.00")


# B — indicators chained in one paragraph per 一级, joined by "；" --------------------------------------------------


@pytest.mark.parametrize(("target_word", "score_word"), [("目标", "得"), ("年度目标值", "得分"), ("目标为", "得")])
def test_indicators_chained_in_one_paragraph_per_level(target_word: str, score_word: str) -> None:
    body = (f"产出指标（60分）：图书借阅量{target_word}≥5万册，实际5.4万册，{score_word}30分（30分）；"
            f"流动服务点覆盖率{target_word}≥90%，实际88%，{score_word}28分（30分）。\n"
            f"效益指标（20分）：阅读推广活动{target_word}常态开展，实际常态开展，{score_word}20分（20分）。\n"
            f"满意度指标（20分）：读者满意度{target_word}≥92%，实际95%，{score_word}20分（20分）。\n")
    evaluation = _read(body)
    got = [(i.name, i.level1, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("图书借阅量", "产出指标", Decimal(30), Decimal(30)),
                   ("流动服务点覆盖率", "产出指标", Decimal(30), Decimal(28)),
                   ("阅读推广活动", "效益指标", Decimal(20), Decimal(20)),
                   ("读者满意度", "满意度指标", Decimal(20), Decimal(20))]
    coverage = evaluation.indicators[1]
    assert coverage.target is not None and coverage.target.value == Decimal(90)
    assert coverage.actual is not None and coverage.actual.value == Decimal(88)
    activity = evaluation.indicators[2]
    assert activity.target is not None and activity.target.text == "常态开展"
    assert evaluation.stated_block_weights == {"产出指标": Decimal(60), "效益指标": Decimal(20),
                                               "满意度指标": Decimal(20)}
    assert not _errors(evaluation)


# F — the budget-execution score in a sentence ----------------------------------------------------------------


@pytest.mark.parametrize("heading", ["（一）预算执行情况。", "（一）资金使用情况。"])
def test_an_execution_score_after_a_section_title_is_the_execution_indicator(heading: str) -> None:
    body = (f"{heading}全年预算数320.00万元，执行数310.40万元，预算执行率97.00%，该项分值10分，得9.7分。\n"
            "（二）产出情况。\n1.档案数字化页数（90分）：目标值≥20万页，实际完成21万页，得90分。\n")
    indicators = _read(body).indicators
    execution = indicators[0]
    assert (execution.name, execution.weight, execution.stated_score) == ("预算执行率", Decimal(10), Decimal("9.7"))
    assert execution.actual is not None and execution.actual.value == Decimal("97.00")
    assert [i.name for i in indicators] == ["预算执行率", "档案数字化页数"]


def test_an_execution_weight_and_score_refer_to_the_rate_stated_before() -> None:
    body = ("一、项目基本情况\n全年预算52.00万元，全年实际支出50.70万元，预算执行率97.50%。\n"
            "二、绩效目标完成情况\n预算执行率指标分值20分，按执行率计得19.5分。其余绩效指标完成情况见下表。\n")
    indicators = _read(body, "某县卫生健康局\n2022年度慢病防治项目支出绩效自评报告\n").indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators] == [("预算执行率", Decimal(20), Decimal("19.5"))]
    assert indicators[0].actual is not None and indicators[0].actual.value == Decimal("97.50")


def test_an_execution_rate_the_sentence_states_is_not_replaced_by_an_earlier_one() -> None:
    body = ("一、项目基本情况\n全年预算52.00万元，预算执行率97.50%。\n"
            "二、绩效目标完成情况\n资金执行率指标权重20分，年末执行率为98.00%，得19.6分。\n")
    indicators = _read(body, "某县卫生健康局\n2022年度慢病防治项目支出绩效自评报告\n").indicators
    assert indicators[0].actual is not None and indicators[0].actual.value == Decimal("98.00")


# K — 扣分原因 at the end of a numbered prose item ---------------------------------------------------------------


@pytest.mark.parametrize("word", ["扣分原因", "失分原因"])
def test_a_deduction_reason_closing_a_numbered_item_is_its_deviation_note(word: str) -> None:
    body = (f"（1）家庭医生签约人数：年度目标≥3000人，实际完成2760人，该项权重40分，自评得36.8分，"
            f"{word}：青壮年外出务工多。\n"
            "（2）居民满意度：年度目标≥90%，实际完成94%，该项权重60分，自评得60分。\n")
    indicators = _read(body).indicators
    assert [(i.name, i.deviation_note) for i in indicators] == [
        ("家庭医生签约人数", "青壮年外出务工多"), ("居民满意度", None)]
    assert indicators[0].stated_score == Decimal("36.8")


def test_a_scored_block_named_by_no_level_word_is_known_by_its_items_weights() -> None:
    body = ("（一）部门决策（20分），扣1分，得19分。\n"
            "1.绩效目标合理性（10分）：目标明确，得10分。\n"
            "2.预算编制科学性（10分）：标准≥95%，实际93%，扣1分，得9分。\n"
            "（二）部门履职效果（80分），不扣分，得80分。\n"
            "3.重点工作完成率（80分）：标准100%，实际100%，得80分。\n")
    evaluation = _read(body)
    assert [(i.name, i.level1) for i in evaluation.indicators] == [
        ("绩效目标合理性", "部门决策"), ("预算编制科学性", "部门决策"), ("重点工作完成率", "部门履职效果")]
    assert evaluation.stated_block_weights == {"部门决策": Decimal(20), "部门履职效果": Decimal(80)}
    assert not _errors(evaluation)


def test_a_scored_item_after_the_blocks_ends_the_block() -> None:
    body = ("（一）部门决策（20分），不扣分，得20分。\n1.绩效目标合理性（20分）：目标明确，得20分。\n"
            "（二）资金到位率（80分），扣1分，得79分。\n")
    indicators = _read(body).indicators
    assert [(i.name, i.level1, i.weight) for i in indicators] == [
        ("绩效目标合理性", "部门决策", Decimal(20)), ("资金到位率", None, Decimal(80))]
