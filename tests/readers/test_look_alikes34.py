"""Flattened readings that raised an error the form's own reading does not (``flat_shapes.py``'s FALSE ERR,
docs/reader-corpora/look-alikes-34.md), each as an invented snippet: invented units, projects and figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import by_name, read_saved_rows

_INDICATOR_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                   "偏差原因分析及改进措施"]


def test_a_rate_run_onto_more_figures_is_an_indicator_row_s_a_guess_not_the_budget_s_second_rate(
        tmp_path: Path) -> None:
    # the indicator table's row fused by a viewer: "预算执行率" then its target 100% and the other cells
    evaluation = read_saved_rows(tmp_path, [
        "某县林业局2024年度部门整体支出绩效自评报告",
        "2024年年初预算1520.00万元，全年预算1680.40万元，全年执行1631.28万元，预算执行率97.08%。",
        "一级指标二级指标三级指标年度指标值上年实际值本年实际值分值得分偏差原因",
        "预算执行预算执行预算执行率100%94.10%97.08%109.71",
        "产出指标数量指标苗木抚育面积≥3000亩2860亩3120亩1515",
        "总分10098.71",
    ])
    assert evaluation.budget.stated_execution_rate == Decimal("97.08")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
    for reading in evaluation.alternatives.get("budget.stated_execution_rate", []):
        assert reading.source.guessed  # "预算执行率100%94.10%…": cells run together, a guess


def test_a_block_subtotal_under_a_serial_column_is_no_indicator_in_a_cell_stream(tmp_path: Path) -> None:
    rows = ["某区城管局2024年度部门整体支出绩效自评表", "序号", "一级指标", "二级指标", "三级指标", "分值",
            "年度指标值", "实际完成值", "得分"]
    rows += ["1", "产出指标", "数量指标", "清扫保洁面积", "30", "≥80万平方米", "82万平方米", "30",
             "2", "产出指标", "质量指标", "道路保洁达标率", "30", "≥95%", "93%", "28",
             "产出指标小计", "60", "58",
             "3", "效益指标", "社会效益指标", "市容投诉办结率", "25", "≥90%", "96%", "25",
             "效益指标小计", "25", "25",
             "4", "满意度指标", "服务对象满意度指标", "市民满意度", "15", "≥85%", "90%", "15",
             "合计", "100", "98"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert not [name for name in by_name(evaluation) if "小计" in name]
    assert [i.weight for i in evaluation.indicators] == [30, 30, 25, 15]
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & errors(evaluation)


def test_a_money_header_under_a_project_name_head_lists_projects_not_the_budget_s_funds(tmp_path: Path) -> None:
    rows = ["某县水利局2024年度部门整体支出绩效自评报告", "各重点项目执行情况如下（单位：万元）：",
            "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分",
            "河道清淤项目", "820.00", "820.00", "100.00%", "96.40",
            "小型水库维修项目", "360.00", "318.60", "88.50%", "85.20",
            "2024年部门年初预算4210.00万元，全年预算4536.80万元，全年执行4452.31万元，预算执行率98.14%。",
            *_INDICATOR_HEAD,
            "预算执行", "预算执行", "预算执行率", "100%", "98.14%", "10", "9.81", "",
            "产出指标", "数量指标", "河道清淤长度", "≥12公里", "12.5公里", "90", "89.9", "",
            "总分", "100", "99.71"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert evaluation.budget.stated_execution_rate == Decimal("98.14")
    assert by_name(evaluation)["预算执行率"].stated_score == Decimal("9.81")
    assert not {"SCORE_OVER_WEIGHT", "TEXT_TABLE_MISMATCH", "TOTAL_MISMATCH"} & errors(evaluation)


def test_points_kept_whole_as_three_digits_in_a_fused_row_are_a_guess(tmp_path: Path) -> None:
    # 分值 10 and 扣分 0 run together ("…12.4万株100"): a weight of 100 read whole is a guess, no error rests on it
    evaluation = read_saved_rows(tmp_path, [
        "某县园林局2024年度部门整体支出绩效自评表",
        "一级指标二级指标三级指标年度指标值实际完成值分值扣分扣分原因",
        "产出指标数量指标新植行道树数量≥12万株12.4万株100",
        "数量指标公园养护面积≥300亩286亩20-1.2部分地块移交延后",
        "质量指标苗木成活率≥95%97%300",
        "满意度指标服务对象满意度指标市民满意度≥90%92%300",
        "扣分合计100-1.2",
        "自评得分98.8自评等级优",
    ])
    heavy = [i for i in evaluation.indicators if i.weight is not None and i.weight >= 100]
    assert all(evaluation.provenance[f"indicators[{evaluation.indicators.index(i)}].weight"].guessed for i in heavy)
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_a_total_row_short_of_the_full_mark_gives_way_to_the_total_a_label_states_below(tmp_path: Path) -> None:
    rows = ["某镇中心校2024年度项目支出绩效自评表", *_INDICATOR_HEAD[:3], "年度指标值", "实际完成值", "分值", "得分",
            "产出指标", "数量指标", "营养餐供应学生数", "≥1200人", "1236人", "45", "45",
            "效益指标", "社会效益指标", "学生体质达标率", "≥90%", "88%", "45", "43",
            "合计", "90", "88.00",
            "自评总分", "97.60",
            "自评等级", "优"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert evaluation.stated_total == Decimal("97.60")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_a_word_and_the_next_serial_read_as_a_row_of_their_own_are_a_guess(tmp_path: Path) -> None:
    # a cell stream under 序号: a row's target and actual both words ("基本需求得到保障", "已保障"), the second
    # then read with the next row's 序号 as a row of a name and a weight; its cells are guesses, no error rests on them
    rows = ["某区民政局2024年度部门整体支出绩效自评表", "序号", "三级指标", "分值", "年度指标值", "实际完成值",
            "1", "预算执行率", "20", "≥95%", "96.50%",
            "2", "特困人员供养人数", "30", "≥420人", "436人",
            "3", "困难群众基本生活", "30", "基本需求得到保障", "已保障",
            "4", "救助对象满意度", "20", "≥90%", "94.1%"]
    evaluation = read_saved_rows(tmp_path, rows)
    for i, indicator in enumerate(evaluation.indicators):
        if indicator.target is None and indicator.actual is None and indicator.weight is not None:
            assert evaluation.provenance[f"indicators[{i}].weight"].guessed
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_a_block_subtotal_whose_label_a_spaced_row_cuts_in_two_is_no_indicator(tmp_path: Path) -> None:
    # rows separated by single spaces, the subtotal's label cut into two cells ("满意度指标 小计") past empty cells
    head = ["序号", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"]
    rows = ["某街道办事处2024年度部门整体支出绩效自评表", " ".join(head),
            "1 产出指标 数量指标 背街小巷整治条数 40 ≥25条 27条 40",
            "2 产出指标 质量指标 整治验收合格率 30 100% 100% 30",
            "产出指标 小计 70 70",
            "3 满意度指标 服务对象满意度指标 居民满意度 30 ≥90% 93.4% 30",
            "满意度指标 小计 30 30",
            "合计 100 100"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert [i.name for i in evaluation.indicators] == ["背街小巷整治条数", "整治验收合格率", "居民满意度"]
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & set(errors(evaluation))


def test_a_template_s_empty_indicator_slot_ending_a_spaced_row_is_no_figure(tmp_path: Path) -> None:
    # the template's unfilled "指标1" after a second-level label: not a word fused to a weight of 1
    rows = ["某职业学校2024年度项目支出绩效自评表", " ".join(_INDICATOR_HEAD),
            "产出指标 数量指标 指标1实训设备采购台数 40 42 50 50 0", "指标2", "……",
            "效益指标 社会效益指标 指标1实训开出率 95 97 20 20 0", "指标2", "……",
            "生态效益指标 指标1", "指标2", "……",
            "可持续影响指标 指标1设备使用年限 8 8 30 30 0", "指标2", "……",
            "总分 100 100"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert [i.weight for i in evaluation.indicators if i.name != "预算执行率"] == [50, 20, 30]
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_a_score_heading_just_above_a_serial_header_is_no_column_of_it(tmp_path: Path) -> None:
    # one cell a line: the section heading "自评得分" right above "序号 | 指标 | 分值 …" is no first header cell
    rows = ["某县水利局2024年度部门整体支出绩效自评报告", "自评得分",
            "序号", "指标", "分值", "目标值", "实际值", "扣分", "得分", "扣分原因",
            "1", "预算执行率", "20", "≥95%", "96.10%", "0", "20",
            "2", "灌区渠道清淤长度", "40", "≥18公里", "15公里", "6", "34", "汛期推迟开工",
            "3", "受益群众满意度", "40", "≥90%", "93%", "0", "40"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("预算执行率", 20, 20), ("灌区渠道清淤长度", 40, 34), ("受益群众满意度", 40, 40)]
    assert "FULL_SCORE_BELOW_TARGET" not in errors(evaluation)


def test_a_serial_column_after_the_level_columns_keeps_them_in_the_header(tmp_path: Path) -> None:
    rows = ["某县交通运输局2024年度部门整体支出绩效自评表",
            "\t".join(["一级指标", "二级指标", "序号", "三级指标", "分值", "年度指标值", "实际完成值", "得分"]),
            "\t".join(["产出指标", "数量指标", "1", "桥梁检测座数", "50", "≥30座", "32座", "50"]),
            "\t".join(["满意度指标", "服务对象满意度指标", "2", "群众出行满意度", "50", "≥90%", "91%", "50"])]
    evaluation = read_saved_rows(tmp_path, rows)
    assert [(i.level1, i.name, i.weight) for i in evaluation.indicators] == [
        ("产出指标", "桥梁检测座数", 50), ("满意度指标", "群众出行满意度", 50)]
