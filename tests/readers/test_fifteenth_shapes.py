"""Shapes of the fifteenth set (docs/reader-corpora/fifteenth.md: authored reports by a fresh hand), each rebuilt
from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

from jixiao.readers.textnorm import pipe_cells

# E: indicator lines "指标N：名称（权重N%）。年度目标值：…；实际完成值：…；自评得分：N分。" under
# 二级 lines of their own
_ITEMS = ("丙县2024年度某某服务项目绩效自评报告\n"
          "二、绩效指标完成情况\n"
          "预算执行率（权重10%）：实际95%，得分9.5分。\n"
          "（一）产出指标\n"
          "数量指标\n"
          "指标1：服务人次（权重50%）。年度目标值：≥2000人次；实际完成值：2100人次；自评得分：50分。\n"
          "质量指标\n"
          "指标2：回访率（权重40%）。年度目标值：≥95%；实际完成值：93%；自评得分：{score}分。\n"
          "三、自评结论\n"
          "本项目自评总得分{total}分，自评等级：优。\n")


def test_an_indicator_s_own_score_is_never_the_report_s_total() -> None:
    evaluation = _read(_ITEMS.format(score="39", total="98.5"))
    assert evaluation.stated_total == Decimal("98.5")
    assert "TOTAL_MISMATCH" not in _errors(evaluation)  # 9.5 + 50 + 39 = 98.5: a consistent report


def test_a_labelled_score_beside_an_indicator_s_labels_is_not_the_total() -> None:
    for line in ("指标名称：回访率；自评得分：39分", "年度目标值：≥95%；实际完成值：93%；自评得分：39分",
                 "三级指标：回访率；权重：40%；自评得分：39分"):
        evaluation = _read("丙县2024年度某某服务项目绩效自评报告\n" + line + "\n")
        assert evaluation.stated_total is None, line
    evaluation = _read("丙县2024年度某某服务项目绩效自评报告\n项目名称：某某服务；自评得分：92分\n")
    assert evaluation.stated_total == Decimal("92")  # labels of the form, no indicator's: the total


def test_a_wrong_total_is_still_found() -> None:
    evaluation = _read(_ITEMS.format(score="39", total="97.5"))
    assert evaluation.stated_total == Decimal("97.5")
    assert "TOTAL_MISMATCH" in _errors(evaluation)


def test_second_level_names_on_lines_of_their_own_group_the_items_under_them() -> None:
    rows = {i.name: i for i in _read(_ITEMS.format(score="39", total="98.5")).indicators}
    assert (rows["服务人次"].level1, rows["服务人次"].level2) == ("产出指标", "数量指标")
    assert (rows["回访率"].level1, rows["回访率"].level2) == ("产出指标", "质量指标")
    assert (rows["回访率"].weight, rows["回访率"].stated_score) == (40, 39)


def test_a_heading_ends_a_second_level_line_s_group() -> None:
    text = _ITEMS.format(score="39", total="98.5").replace(
        "三、自评结论", "（二）满意度指标\n"
                    "指标3：群众满意度（权重10%）。年度目标值：≥90%；实际完成值：92%；自评得分：10分。\n三、自评结论")
    rows = {i.name: i for i in _read(text).indicators}
    assert (rows["群众满意度"].level1, rows["群众满意度"].level2) == ("满意度指标", None)


def test_a_second_level_line_holds_over_items_with_headings_of_their_own() -> None:
    text = ("丙县2024年度某某服务项目绩效自评报告\n二、绩效指标完成情况\n（一）产出指标\n数量指标\n"
            "1.服务人次（50分）\n年度目标值≥2000人次，实际完成2100人次，得50分。\n"
            "质量指标\n2.回访率（40分）\n年度目标值≥95%，实际完成93%，得39分。\n")
    rows = {i.name: i for i in _read(text).indicators}
    assert (rows["服务人次"].level1, rows["服务人次"].level2) == ("产出指标", "数量指标")
    assert (rows["回访率"].level1, rows["回访率"].level2, rows["回访率"].stated_score) == ("产出指标", "质量指标", 39)


# A: a 一级 block as one paragraph, its heading with the block's points and score, items led by their 二级
_CHAINED = ("甲镇人民政府2024年度部门整体支出绩效自评报告\n"
            "三、绩效指标完成情况\n"
            "（一）产出指标（分值20分，得分20分）。数量指标：1.整治村数，年度目标值≥5个，实际完成5个，分值10分，得分10分。"
            "质量指标：2.验收合格率，年度目标值=100%，实际完成100%，分值10分，得分10分。\n"
            "（二）满意度指标（权重80分，自评得分78分）。服务对象满意度指标：1.群众满意度，年度目标值≥90%，实际完成88%，"
            "分值80分，得分78分。\n"
            "四、自评结论\n"
            "综合得分98分，自评等级为“优”。\n")


def test_a_block_heading_with_its_points_and_score_is_no_indicator() -> None:
    evaluation = _read(_CHAINED)
    names = [i.name for i in evaluation.indicators]
    assert names == ["整治村数", "验收合格率", "群众满意度"]
    assert evaluation.stated_block_weights == {"产出指标": 20, "满意度指标": 80}
    assert evaluation.stated_total == Decimal("98")


def test_chained_items_keep_their_levels_and_figures() -> None:
    rows = {i.name: i for i in _read(_CHAINED).indicators}
    villages = rows["整治村数"]
    assert (villages.level1, villages.level2) == ("产出指标", "数量指标")
    assert (villages.weight, villages.stated_score) == (10, 10)
    assert villages.target is not None and (villages.target.value, villages.target.unit) == (5, "个")
    assert villages.actual is not None and villages.actual.value == 5
    satisfied = rows["群众满意度"]
    assert (satisfied.level1, satisfied.level2) == ("满意度指标", "服务对象满意度指标")
    assert (satisfied.weight, satisfied.stated_score) == (80, 78)
    assert satisfied.actual is not None and satisfied.actual.value == 88


def test_chained_items_without_second_level_labels() -> None:
    text = ("乙镇人民政府2024年度部门整体支出绩效自评报告\n"
            "（一）产出指标（分值30分，得分28分）。1.修缮道路，年度目标值≥3公里，实际完成3公里，分值15分，得分15分。"
            "2.路灯安装，年度目标值≥40盏，实际完成35盏，分值15分，得分13分。\n")
    rows = {i.name: i for i in _read(text).indicators}
    assert set(rows) == {"修缮道路", "路灯安装"}
    assert (rows["路灯安装"].level1, rows["路灯安装"].level2, rows["路灯安装"].stated_score) == ("产出指标", None, 13)


def test_a_block_heading_on_its_own_line_groups_the_items_under_it() -> None:
    text = ("乙镇人民政府2024年度部门整体支出绩效自评报告\n"
            "（一）产出指标（分值30分，得分28分）\n"
            "1.修缮道路（15分）：年度目标值≥3公里，实际完成3公里，得15分。\n"
            "2.路灯安装（15分）：年度目标值≥40盏，实际完成35盏，得13分。\n")
    evaluation = _read(text)
    rows = {i.name: i for i in evaluation.indicators}
    assert set(rows) == {"修缮道路", "路灯安装"}
    assert rows["修缮道路"].level1 == "产出指标"


def test_a_block_heading_opening_a_sentence_groups_the_items_under_it() -> None:
    text = ("乙镇人民政府2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n"
            "（一）产出指标（分值30分，得分28分）。本年度产出指标完成较好。\n"
            "1.修缮道路（15分）：年度目标值≥3公里，实际完成3公里，得15分。\n"
            "2.路灯安装（15分）：年度目标值≥40盏，实际完成35盏，得13分。\n"
            "（二）满意度指标（分值70分，得分70分）。群众满意。\n"
            "1.群众满意度（70分）：年度目标值≥90%，实际完成95%，得70分。\n")
    evaluation = _read(text)
    assert {i.name: i.level1 for i in evaluation.indicators} == {
        "修缮道路": "产出指标", "路灯安装": "产出指标", "群众满意度": "满意度指标"}
    assert evaluation.stated_block_weights == {"产出指标": 30, "满意度指标": 70}


# C: the 2023 variant money header (资金来源 column; 预算安排数 / 调整后预算数 / 实际支出数; 权重 / 评分)
def test_the_2023_variant_money_header() -> None:
    text = ("丁县2023年度某某维修项目绩效自评表\n"
            "项目名称\t某某维修\t\n"
            "项目资金（万元）\t资金来源\t预算安排数\t调整后预算数\t实际支出数\t权重\t执行率\t评分\n"
            "\t年度资金总额\t100\t120\t114\t10\t95%\t9.5\n"
            "一级指标\t二级指标\t三级指标\t预期指标值\t实际指标值\t权重\t评分\n"
            "产出指标\t数量指标\t维修处数\t≥40处\t40处\t90\t90\n"
            "合计\t\t\t\t\t100\t99.5\n")
    evaluation = _read(text)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (100, 120, 114, 95)
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (10, Decimal("9.5"))
    assert rate.actual is not None and rate.actual.value == 95


# D: the rate and its 分值 / 得分 pair in a row under the money row
def test_the_rate_and_its_points_in_a_row_under_the_money_row() -> None:
    for rate_row in ("执行率\t95%\t分值 / 得分\t10 / 9.5", "执行率\t95%\t分值\t得分\t10 / 9.5",
                     "预算执行率\t95%\t分值\t10\t得分\t9.5"):
        text = ("戊县2024年度某某项目绩效自评表\n"
                "项目名称\t某某项目\t\t\n"
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n"
                "年度资金总额\t100\t100\t95\n"
                f"{rate_row}\n"
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                "产出指标\t数量指标\t维修处数\t≥40处\t40处\t90\t90\n"
                "总分\t\t\t\t\t100\t99.5\n")
        evaluation = _read(text)
        assert evaluation.budget.stated_execution_rate == 95, rate_row
        rate = next((i for i in evaluation.indicators if i.name == "预算执行率"), None)
        assert rate is not None and (rate.weight, rate.stated_score) == (10, Decimal("9.5")), rate_row


def test_a_row_of_labels_without_their_values_gives_no_rate_indicator() -> None:
    text = ("戊县2024年度某某项目绩效自评表\n"
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n"
            "年度资金总额\t100\t100\t95\n"
            "执行率\t95%\t分值 / 得分\t\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t维修处数\t≥40处\t40处\t100\t99\n")
    assert not any(i.name == "预算执行率" for i in _read(text).indicators)


# F: an escaped pipe inside a Markdown cell
def test_an_escaped_pipe_stays_in_its_cell() -> None:
    assert pipe_cells(" a | 培训（国培\\|省培）人次 | 50 ") == [" a ", " 培训（国培|省培）人次 ", " 50 "]
    assert pipe_cells("a|b") == ["a", "b"]
    text = ("# 某校2024年度部门整体支出绩效自评报告\n\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "|:---:|:---:|:---|:---:|:---:|---:|---:|\n"
            "| 产出指标 | 数量指标 | 培训（国培\\|省培）人次 | ≥100人次 | 120人次 | 50 | 50 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 95% | 50 | 50 |\n"
            "| 合计 |  |  |  |  | 100 | 100 |\n")
    rows = {i.name: i for i in _read(text, "report.md").indicators}
    trained = rows["培训（国培|省培）人次"]
    assert (trained.level1, trained.level2, trained.weight, trained.stated_score) == ("产出指标", "数量指标", 50, 50)
