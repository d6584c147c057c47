"""Look-alikes that could raise a false error (docs/reader-corpora/look-alikes-33.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors

from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.fraction_weights import fraction_weights
from jixiao.readers.pipe_tables import is_rule
from jixiao.readers.report import read_report


def _read(folder: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    """The evaluation and warnings read from ``text`` saved as ``name`` in ``folder``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    evaluation, warnings, _ = read_report(path)
    return evaluation, warnings


def _consistent(folder: Path, text: str):  # type: ignore[no-untyped-def]
    """The evaluation read from ``text``, asserting no fact was read with two values and no error was raised."""
    evaluation, warnings = _read(folder, text)
    assert not any("前后不一致" in warning for warning in warnings)
    assert not errors(evaluation)
    return evaluation


_SHARES_TABS = ("某县水务局2024年度部门整体支出绩效自评报告\n"
                "一、预算执行情况\n"
                "全年预算500.00万元，全年执行490.00万元，预算执行率98.00%。\n"
                "二、绩效指标完成情况\n"
                "一级指标\t二级指标\t三级指标\t权重(%)\t年度指标值\t实际完成值\t得分\n"
                "产出指标\t数量指标\t新建供水管网长度\t0.3\t≥12公里\t12.5公里\t30\n"
                "产出指标\t时效指标\t工程按期完工率\t0.2\t100%\t100%\t20\n"
                "效益指标\t社会效益指标\t农村自来水普及率\t0.3\t≥98%\t98.6%\t30\n"
                "满意度指标\t服务对象满意度指标\t群众对供水服务的评价\t0.2\t明显提升\t已实现\t20\n"
                "三、自评结论\n"
                "经自评，本单位2024年度整体支出绩效自评得分100分，等级为优。\n")


def test_a_share_weight_beside_a_score_in_points_keeps_its_row(tmp_path: Path) -> None:
    """权重(%) 0.2 beside 得分 20 on the last row, whose actual is a word ("已实现"): the row is one indicator
    (before, the score could not sit under a weight of 0.2, so the row was cut in two and "已实现" read as an
    indicator weighing 20: the shares no longer made the whole and were not converted — a false
    SCORE_OVER_WEIGHT)."""
    evaluation, _ = _read(tmp_path, _SHARES_TABS)
    assert [i.name for i in evaluation.indicators] == ["新建供水管网长度", "工程按期完工率", "农村自来水普及率",
                                                       "群众对供水服务的评价"]
    assert [i.weight for i in evaluation.indicators] == [30, 20, 30, 20]
    assert not errors(evaluation)


def test_shares_that_make_the_whole_alone_are_points_and_the_rest_a_guess() -> None:
    """Shares making the whole by themselves, beside a weight in points that would put the sum over (a misread cell
    read as one more indicator): the shares are points, and that weight is marked guessed, so the sum only warns."""
    drafts = []
    for name, weight in (("甲指标", "0.6"), ("乙指标", "0.4"), ("已实现", "30")):
        draft = IndicatorDraft()
        draft.put("name", name, ref("第5行", name))
        draft.put("weight", Decimal(weight), ref("第5行", weight))
        drafts.append(draft)
    facts = Facts()
    fraction_weights(drafts, facts)
    assert [d.fields["weight"] for d in drafts] == [60, 40, 30]
    assert [d.refs["weight"].guessed for d in drafts] == [False, False, True]


_SUB_UNIT = ("某县林业局2023年度部门整体支出绩效自评报告\n"
             "一、部门概况\n"
             "本局内设办公室等3个股室，下属县林业站1个事业单位。\n"
             "二、预算执行情况\n"
             "2023年年初预算860.00万元，调整后预算912.00万元，全年实际执行896.50万元，预算执行率98.30%。\n"
             "下属单位中，县林业站年初预算120.40万元，全年预算126.00万元，全年执行123.20万元，预算执行率97.78%。\n"
             "三、绩效指标完成情况\n"
             "1.指标名称：预算执行率；指标分值：20分；目标值：≥95%；实际值：98.30%；得分：20分。\n"
             "2.指标名称：森林防火巡查次数；指标分值：40分；目标值：≥300次；实际值：320次；得分：40分。\n"
             "3.指标名称：林农满意度；指标分值：40分；目标值：≥90%；实际值：93%；得分：40分。\n"
             "四、自评结论\n"
             "经自评，本局2023年度整体支出绩效自评得分100分，等级为优。\n")


def test_a_sub_units_budget_quoted_in_a_whole_unit_report_is_not_the_units(tmp_path: Path) -> None:
    """"下属单位中，某某站年初预算…": the sentence opens on a subordinate unit, so its figures and rate are that
    unit's (before, they were read as the department's stated again: a false TEXT_TABLE_MISMATCH)."""
    evaluation = _consistent(tmp_path, _SUB_UNIT)
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("860.00"), Decimal("912.00"), Decimal("896.50"))
    assert evaluation.budget.stated_execution_rate == Decimal("98.30")


_SUB_UNIT_RATE = ("某县教育局2024年度部门整体支出绩效自评报告\n"
                  "一、部门预算执行情况\n"
                  "2024年年初预算5200.00万元，调整后预算5600.00万元，全年支出决算5488.00万元，预算执行率98.00%。\n"
                  "下属单位中，县教师进修学校年初预算210.00万元，全年预算230.00万元，全年执行218.50万元，"
                  "预算执行率95.00%。\n"
                  "二、绩效指标完成情况\n"
                  "预算执行率指标满分10分，得9.8分。\n"
                  "1.指标名称：义务教育巩固率；指标分值：50分；目标值：≥99%；实际值：99.5%；得分：50分。\n"
                  "2.指标名称：家长满意度；指标分值：40分；目标值：≥90%；实际值：94%；得分：40分。\n"
                  "三、自评结论\n"
                  "经自评，本局2024年度整体支出绩效自评得分99.8分，等级为优。\n")


def test_a_sub_units_rate_is_not_the_execution_indicators_actual(tmp_path: Path) -> None:
    """"预算执行率指标满分10分，得9.8分" after the unit's rate and then a subordinate unit's: its actual is the unit's
    rate (before, the rate stated last, the sub-unit's, was taken: a false EXECUTION_RATE_MISMATCH on a page)."""
    evaluation, _ = _read(tmp_path, _SUB_UNIT_RATE)
    execution = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert execution.actual is not None and execution.actual.value == Decimal("98.00")
    assert not errors(evaluation)


_PROJECT = ("某县文旅局2024年度乡村文化活动项目绩效自评报告\n"
            "一、项目概况\n"
            "2024年年初预算80.00万元，全年预算80.00万元，全年执行78.40万元，预算执行率98.00%。\n"
            "二、绩效指标完成情况\n"
            "1.指标名称：预算执行率；指标分值：10分；目标值：≥95%；实际值：98%；得分：10分。\n"
            "2.指标名称：送戏下乡场次；指标分值：50分；目标值：≥60场；实际值：64场；得分：50分。\n"
            "3.指标名称：群众满意度；指标分值：40分；目标值：≥90%；实际值：94%；得分：40分。\n"
            "三、自评结论\n"
            "经自评，该项目2024年度自评得分100分，等级为优。\n"
            "\n附件2\n"
            "{year}年度项目支出绩效自评表\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 72.00 | 72.00 | 69.12 | 10 | 96.00% | 9.6\n")


def test_last_years_form_appended_is_not_this_years(tmp_path: Path) -> None:
    """A report on 2024 with last year's form appended under its own title ("2023年度项目支出绩效自评表"): that
    form's figures are 2023's, left unread with a warning (before, each "disagreed" with the report's: a false
    TEXT_TABLE_MISMATCH)."""
    evaluation, warnings = _read(tmp_path, _PROJECT.format(year=2023))
    assert (evaluation.budget.initial, evaluation.budget.executed) == (Decimal("80.00"), Decimal("78.40"))
    assert any("2023年度的自评表" in warning for warning in warnings)
    assert not errors(evaluation)


def test_this_years_form_appended_is_read(tmp_path: Path) -> None:
    """The same form under the report's own year is this year's statement: its disagreeing figures stay an error."""
    evaluation, warnings = _read(tmp_path, _PROJECT.format(year=2024))
    assert not any("年度的自评表" in warning for warning in warnings)
    assert "TEXT_TABLE_MISMATCH" in errors(evaluation)


_SHARE_AND_POINTS = ("某县人社局2024年度就业补助项目绩效自评表\n"
                     "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
                     "年度资金总额 | 200.00 | 200.00 | 196.00 | 10 | 98.00% | 9.8\n"
                     "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 分值 | 得分\n"
                     "产出指标 | 数量指标 | 职业技能培训人次 | ≥800人次 | 812人次 | 40% | 40 | 40\n"
                     "产出指标 | 质量指标 | 培训合格率 | ≥85% | 83.6% | 20% | 20 | 19.2\n"
                     "效益指标 | 社会效益指标 | 培训后就业率 | ≥60% | 66% | 20% | 20 | 20\n"
                     "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 94% | 10% | 10 | 10\n"
                     "总分 | | | | | | 100 | 99\n")


def test_a_share_column_beside_the_points_column_keeps_the_columns_in_place(tmp_path: Path) -> None:
    """权重 (40%) and 分值 (40) side by side: the share is read past, so the scores stay in their column (before,
    the second weight column was dropped from the header and every column after it moved one left: the 分值 read as
    scores, 19.2 lost — a false TOTAL_MISMATCH)."""
    evaluation, _ = _read(tmp_path, _SHARE_AND_POINTS)
    named = {i.name: (i.weight, i.stated_score) for i in evaluation.indicators}
    assert named["培训合格率"] == (20, Decimal("19.2"))
    assert not errors(evaluation)


_THOUSANDS = ("某县中医院2024年度部门整体支出绩效自评报告\n"
              "一、预算执行情况\n"
              "2024年全年预算865.30万元，全年执行852.10万元，预算执行率98.47%。\n"
              "附表：部门整体支出绩效自评表\n"
              "| 预算执行 | 全年预算数（千元） | 全年执行数（千元） | 执行率 | 分值 | 得分 |  |\n"
              "|  | 8653.00 | 8521.00 | 98.47% | 10 | 9.85 |  |\n")


_SPANNING = ("某县司法局2023年度法律援助项目绩效自评报告\n"
             "2023年年初预算36.00万元，调整后预算40.00万元，全年支出39.20万元，预算执行率98.00%。\n"
             "预算执行情况（10分） | 年度预算数（千元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 "
             "| 得分 ||\n"
             "总额 | 360.00 | 400.00 | 392.00 | 98.00% | 10 | 9.8 ||\n")


@pytest.mark.parametrize("text", [_THOUSANDS, _SPANNING], ids=["header-cells", "spanning-caption"])
def test_a_flat_tables_thousands_of_yuan_are_thousands(tmp_path: Path, text: str) -> None:
    """千元 in the header cells of a table rebuilt from flattened text (before, written 元 in the rebuilt header:
    8653.00 千元 became 0.8653 万元), or in a caption spanning the amounts, "年度预算数（千元）" over 年初预算 |
    调整后预算数 | 预算执行数 (before, lost: 360 read in 万元 against the text's 36): both a false
    TEXT_TABLE_MISMATCH."""
    _consistent(tmp_path, text)


_TWO_PROJECTS = ("某县农业农村局2023年度项目支出绩效自评报告\n"
                 "一、项目基本情况\n"
                 "耕地保护项目年初预算300.00万元，全年预算320.00万元，全年执行310.40万元，预算执行率97.00%。\n"
                 "二、绩效指标完成情况\n"
                 "1.指标名称：预算执行率；指标分值：10分；目标值：≥95%；实际值：97%；得分：9.70分。\n"
                 "2.指标名称：耕地保护面积；指标分值：40分；目标值：≥2000亩；实际值：2050亩；得分：40分。\n"
                 "3.指标名称：耕地质量达标率；指标分值：30分；目标值：≥90%；实际值：92%；得分：30分。\n"
                 "4.指标名称：农户满意度；指标分值：20分；目标值：≥90%；实际值：95%；得分：20分。\n"
                 "三、自评结论\n"
                 "经自评，该项目自评得分99.70分，等级为优。\n"
                 "附：良种推广项目\n"
                 "1.指标名称：预算执行率；指标分值：10分；目标值：≥95%；实际值：90%；得分：9.00分。\n"
                 "2.指标名称：良种推广面积；指标分值：{weight}分；目标值：≥3000亩；实际值：3100亩；得分：{weight}分。\n"
                 "3.指标名称：良种补贴发放及时率；指标分值：20分；目标值：100%；实际值：100%；得分：20分。\n"
                 "4.指标名称：种植户满意度；指标分值：20分；目标值：≥90%；实际值：93%；得分：20分。\n"
                 "经自评，该项目自评得分{total}分，等级为优。\n")


def test_a_bare_second_block_of_indicators_makes_the_sums_warnings(tmp_path: Path) -> None:
    """A second report with neither a title line nor a numbering restart at 一、: the file states two totals and the
    list parts into two runs each making the full mark, so the sums, the stated total and the second run's facts
    only warn (before: false WEIGHTS_NOT_100, TOTAL_MISMATCH, EXECUTION_RATE_MISMATCH, TEXT_TABLE_MISMATCH)."""
    evaluation, warnings = _read(tmp_path, _TWO_PROJECTS.format(weight=50, total=99))
    assert len(evaluation.indicators) == 8
    assert any("可能含两份报告" in warning for warning in warnings)
    assert not errors(evaluation)


def test_one_list_that_does_not_part_into_two_full_marks_keeps_its_errors(tmp_path: Path) -> None:
    """The same file whose second run weighs 105 (50 → 55): no reading makes two whole reports of it, so the weights'
    sum stays an error."""
    evaluation, warnings = _read(tmp_path, _TWO_PROJECTS.format(weight=55, total=104))
    assert not any("可能含两份报告" in warning for warning in warnings)
    assert "WEIGHTS_NOT_100" in errors(evaluation)


def test_a_row_break_with_one_dash_cell_is_no_rule() -> None:
    """"| --- ||||||" (a 序号 cell over a row break of empty cells) stays a row break; a rule that lost one cell
    ("|---|  |---:|") is still the rule (look-alikes-32)."""
    assert not is_rule("| --- ||||||||")
    assert not is_rule("|---|||||")
    assert is_rule("|---|  |---:|")
    assert is_rule("| --- | --- | --- |")
