"""Fused headers of column words the cutter does not cut at ("序号指标分值目标值实际值扣分得分扣分原因",
"指标年度目标值实际完成值分值得分偏差原因"), whose rows open on the name (``flat_words.header_words``,
``flat_named_rows``): a deduction and a score run together are cut where deduction + score = the weight; a level's
heading between the rows keeps them going."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_named_rows import named_row
from jixiao.readers.flat_words import header_words


def test_a_line_of_column_words_with_a_note_column_at_its_end_is_a_header() -> None:
    assert header_words("序号指标分值目标值实际值扣分得分扣分原因") == [
        "序号", "指标", "分值", "目标值", "实际值", "扣分", "得分", "扣分原因"]
    assert header_words("序号指标分值目标值实际值") is None  # no score column
    assert header_words("本单位严格按照指标要求开展工作") is None


def test_fused_rows_with_a_deduction_column_cut_where_deduction_and_score_make_the_weight(tmp_path: Path) -> None:
    # "1.513.5" is 1.5 | 13.5 of 15 (the value runs alone cut it 1.51 | 3.5); "015" is 0 | 15; a row whose target
    # and actual are words ("明显改善基本实现") admits several readings and gives no row
    rows = ["某区城管局2024年度部门整体支出绩效自评表",
            "序号指标分值目标值实际值扣分得分扣分原因",
            "1道路保洁面积15≥420万平方米430万平方米015",
            "2垃圾转运量15≥5200吨4680吨1.513.5部分车辆检修",
            "3市容环境改善10明显改善基本实现28未达年度目标",
            "4市民满意度10≥90%88.4%0.89.2投诉处置偏慢"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.number, i.name, i.weight, i.target.value if i.target else None, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        (1, "道路保洁面积", 15, Decimal(420), 15, None),
        (2, "垃圾转运量", 15, Decimal(5200), Decimal("13.5"), "部分车辆检修"),
        (4, "市民满意度", 10, Decimal(90), Decimal("9.2"), "投诉处置偏慢")]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(3) for field in ("name", "stated_score"))
    # a weight between the name and a comparison sign in a row of one cell a column is read as written; the first
    # row is short of its note cell, so its cells are placed by guess
    assert [evaluation.provenance[f"indicators[{k}].weight"].guessed for k in range(3)] == [True, False, False]


def test_a_fused_header_opening_on_a_bare_name_word_with_headings_between_its_rows(tmp_path: Path) -> None:
    # "指标年度目标值…": the bare 指标 is the name column (the cutter took 指标年度目标值 for one cell); the rows open
    # on the name, a figure first at most ("65岁以上…"), the weight and score run together ("109.5"); a level's
    # heading between them ("（二）质量指标") is no row and does not end them
    rows = ["某街道社区卫生服务中心2024年度部门整体支出绩效自评表",
            "指标年度目标值实际完成值分值得分偏差原因",
            "一、产出指标（40分）",
            "（一）数量指标",
            "慢病随访人次≥6000人次6120人次1515",
            "65岁以上老人体检人数≥2800人2710人109.5部分老人外出",
            "（二）质量指标",
            "健康档案规范率≥90%92.6%1515",
            "总分4039.5"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.stated_score) for i in evaluation.indicators] == [
        ("慢病随访人次", 15, Decimal(6000), Decimal(6120), 15),
        ("65岁以上老人体检人数", 10, Decimal(2800), Decimal(2710), Decimal("9.5")),
        ("健康档案规范率", 15, Decimal(90), Decimal("92.6"), 15)]
    assert evaluation.provenance["indicators[1].stated_score"].guessed


def test_fused_rows_under_a_header_with_the_level_after_the_name(tmp_path: Path) -> None:
    # "三级指标二级指标年度目标实际完成分值得分" (a group table under its 一级 caption): each row is the name, then its
    # 二级 level (the longest level word that ends the text before the first figure), then the values
    rows = ["某街道办事处2024年度部门整体支出绩效自评报告",
            "产出指标（共2项，分值30分，得分29.5分）：",
            "三级指标二级指标年度目标实际完成分值得分",
            "背街小巷整治条数数量指标≥36条38条1515",
            "12345工单按时办结率时效指标≥98%97.2%1514.5",
            "四、自评结论"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.weight, i.target.value if i.target else None, i.stated_score)
            for i in evaluation.indicators] == [
        ("数量指标", "背街小巷整治条数", 15, Decimal(36), 15),
        ("时效指标", "12345工单按时办结率", 15, Decimal(98), Decimal("14.5"))]


def test_fused_rows_under_a_duty_column_before_the_levels_keep_the_duty_out_of_the_name(tmp_path: Path) -> None:
    # "部门职责工作任务一级指标…": the text before a row's 一级 level is that column's cell, not the name's head; a row
    # under the merged duty opens on its levels as usual
    rows = ["某县民政局2024年度部门整体支出绩效自评表",
            "部门职责工作任务一级指标二级指标三级指标指标值实际值分值得分",
            "养老服务居家养老产出指标数量指标助餐点覆盖村数≥60个63个2020",
            "产出指标质量指标助餐服务投诉办结率100%100%1515",
            "殡葬管理惠民殡葬满意度指标服务对象满意度指标群众满意度≥90%91.5%1515",
            "合计5050"]
    evaluation = _read_rows(tmp_path, rows)
    assert indicator_rows(evaluation) == [
        ("产出指标", "数量指标", "助餐点覆盖村数", 20, 20),
        ("产出指标", "质量指标", "助餐服务投诉办结率", 15, 15),
        ("满意度指标", "服务对象满意度指标", "群众满意度", 15, 15)]


def test_a_deduction_column_with_no_score_column_leaves_the_row_as_its_values_give_it() -> None:
    # (the deduction and score re-cut needs a score column: without one the values stand, no error)
    roles: list[str | None] = ["number", "name", "weight", "target", "actual", "deduction", "deviation"]
    assert named_row("1巡查覆盖率10≥95%97%0.5部分路段漏巡", roles, 1) == [
        "1", "巡查覆盖率", "10", "≥95%", "97%", "0.5", "部分路段漏巡"]
