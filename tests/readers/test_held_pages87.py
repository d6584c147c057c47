"""Shapes the held-out pages of stop 87 showed (docs/reader-corpora/held-87.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.readers.flat_value_runs import cells_between

# a district's project form whose cells a document viewer ran together with no separator at all: its money by
# source (预算数(A) / 执行数(B) / 执行率(B/A)), then "年度绩效目标完成情况" over 一级 / 二级 / 三级指标 / 年初目标值 /
# 实际完成值 / 未完成原因及改进措施, no 分值 or 得分 column; the 二级 words printed without 指标 (产出数量, 社会效益)
# and most actuals worded as attainment ("达成预期指标")
_FUSED_FORM = ("2020年度区级河道保洁专项经费项目绩效自评表单位名称:某区水务局填报日期:2021年3月10日"
               "项目名称区级河道保洁专项经费主管部门区水务局项目实施单位区水务局"
               "预算执行情况(万元)资金来源预算数(A)执行数(B)执行率(B/A)一般预算内拨款484287.5%合计484287.5%"
               "年度绩效目标完成情况一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施"
               "产出指标产出数量保洁河道长度35公里36公里达成预期指标"
               "产出质量河面漂浮物清理率不低于90%达成预期指标"
               "产出时效保洁任务24小时内完成率不低于95%达成预期指标"
               "效益指标社会效益群众投诉件数小于5件达成预期指标"
               "生态效益河道水质是否明显改善是达成预期指标"
               "满意度指标服务对象满意度指标沿河居民满意度不低于85%达成预期指标\n")


def test_a_fused_form_with_worded_attainment_and_levels_without_their_zhibiao() -> None:
    """The fused form above: every row read with its levels, target and actual (before, no indicator at all: the
    section label and the whole 未完成原因及改进措施 were no cut words, "达成预期指标" was read back as 预期目标, the
    header of targets and actuals with no scores was refused on a fused line, and the rows' 二级 words and worded
    actuals ran into the names)."""
    read = _read(_FUSED_FORM)
    rows = {ind.name: ind for ind in read.indicators}
    assert list(rows) == ["保洁河道长度", "河面漂浮物清理率", "保洁任务24小时内完成率", "群众投诉件数",
                          "河道水质是否明显改善", "沿河居民满意度"]
    assert [(ind.level1, ind.level2) for ind in read.indicators] == [
        ("产出指标", "产出数量"), ("产出指标", "产出质量"), ("产出指标", "产出时效"), ("效益指标", "社会效益"),
        ("效益指标", "生态效益"), ("满意度指标", "服务对象满意度指标")]
    length = rows["保洁河道长度"]
    assert (length.target.value, length.target.unit) == (35, "公里")
    assert (length.actual.value, length.actual.unit) == (36, "公里")
    cleared = rows["河面漂浮物清理率"]
    assert (cleared.target.comparator, cleared.target.value, cleared.target.unit) == ("≥", 90, "%")
    assert cleared.actual.text == "达成预期指标"
    complaints = rows["群众投诉件数"].target
    assert (complaints.comparator, complaints.value, complaints.unit) == ("<", 5, "件")
    assert rows["河道水质是否明显改善"].target.text == "是"
    assert all(ind.weight is None and ind.stated_score is None for ind in read.indicators)


def test_a_fund_row_of_budget_appropriation_is_a_fund_row() -> None:
    """"一般预算内拨款" (the older name of the year's appropriation) under a form's money header is a fund row
    (before, the row was read as no part of the money)."""
    read = _read("项目支出绩效自评表\n项目名称 | 某某设备购置经费 |\n"
                 "预算执行情况(万元) | 资金来源 | 预算数(A) | 执行数(B) | 执行率(B/A) |\n"
                 "一般预算内拨款 | 48 | 42 | 87.5% |\n合计 | 48 | 42 | 87.5% |\n")
    assert [(row.name, row.adjusted, row.executed) for row in read.budget.fund_rows] == [("一般预算内拨款", 48, 42)]


def test_a_value_compared_in_words_is_cut_off_the_name_before_it() -> None:
    """"某某率不低于95%", "某某件数小于5件": the words open the value, not end the name; a count inside a name
    ("24小时内") stays the name's; a name's two values with units stay apart (guard)."""
    assert cells_between("河面漂浮物清理率不低于90%") == ["河面漂浮物清理率", "不低于90%"]
    assert cells_between("群众投诉件数小于5件") == ["群众投诉件数", "小于5件"]
    assert cells_between("保洁任务24小时内完成率不低于95%") == ["保洁任务24小时内完成率", "不低于95%"]
    assert cells_between("保洁河道长度35公里36公里") == ["保洁河道长度", "35公里", "36公里"]
