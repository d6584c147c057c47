"""Score sheets as published pages flatten them (invented units and figures): web-copied cells ending
in " |" with the header's cells wrapped onto lines of their own, a 指标解释 column beside the 评分标准
one and a "单位 |" label line above; one cell per line with a 分值 at every level under 项目绩效; the
central template's "指标1:" rows under a level wrapped onto two lines."""

from __future__ import annotations

from page_reading import read_page


def _indicators(text: str) -> dict[str, tuple[object, object, object, object]]:
    evaluation = read_page(text, "sheet.txt")
    # a space inside a wrapped cell ("绩效目标 合理性") is not part of the name's words
    return {i.name.replace(" ", ""): (i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators}


def test_web_cells_with_an_explanation_column_and_a_wrapped_header() -> None:
    text = ("2024年度部门整体支出绩效评价自评表\n单位 | |||||||\n序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n"
            "指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |\n"
            "1 | 决策 (20分) |\n"
            "目标设定 (8分) | 绩效目标 合理性 | 4 | 是否设置绩效目标。 | 设置目标得2分,依据充分得2分。 |\n"
            "3 |\n"
            "2 | 绩效目标 明确性 | 4 | 目标是否细化量化。 | 细化量化得4分。 | 4 | ||\n"
            "3 | 预算配置 (12分) | 在职人员 控制率 | 6 | 在职人数与编制数之比。 | 不超过100%得6分。 | 5 | |\n")
    found = _indicators(text)
    assert found["绩效目标合理性"] == ("决策", "目标设定", 4, 3)
    assert found["绩效目标明确性"] == ("决策", "目标设定", 4, 4)
    assert found["在职人员控制率"][2:] == (6, 5)


def test_one_cell_per_line_with_weights_at_every_level_under_project_performance() -> None:
    cells = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
             "项目决策", "20", "项目目标", "20", "目标内容", "20", "18",
             "项目管理", "25", "资金管理", "25", "资金使用", "25", "25",
             "项目绩效", "55", "项目产出", "55", "产出数量", "20", "20", "产出质量", "10", "10", "产出时效", "25", "24"]
    found = _indicators("某中心专项资金绩效自评表\n\n" + "\n\n".join(cells) + "\n")
    assert found["资金使用"] == ("项目管理", "资金管理", 25, 25)
    assert found["产出数量"] == ("项目绩效", "项目产出", 20, 20)  # "55" is the level's weight, never "5" and "5"
    # 产出质量 (a second-level word in other sheets) is a name here: no level's weight stands without its level
    assert found["产出质量"] == ("项目绩效", "项目产出", 10, 10)
    assert found["产出时效"] == ("项目绩效", "项目产出", 25, 24)


def test_template_numbered_rows_under_a_level_wrapped_onto_two_lines() -> None:
    text = ("    项目支出绩效自评表\n    (2023年度)\n    项目名称 堤防巡查经费\n"
            "    主管部门 某市水利局 实施单位 某市水利局\n    年度绩效指标完成情况 一级\n    指标\n"
            "    二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "    数量指标 指标1:巡查堤段数量 12 12 20 20\n"
            "    经济效益\n    指标\n    指标1:减少汛期损失 20 18\n"
            "    社会效益\n    指标\n    指标1:保障沿岸群众安全 20 20\n    总分 100 98\n")
    found = _indicators(text)
    assert found["减少汛期损失"][1:] == ("经济效益指标", 20, 18)
    assert found["保障沿岸群众安全"][1:] == ("社会效益指标", 20, 20)


def test_a_web_row_led_by_its_level_and_short_of_its_score_keeps_each_cell_in_its_column() -> None:
    text = ("| 2021年度项目支出绩效自评表 | ||||||||||\n"
            "| 项目名称 | 某镇垃圾清运补助经费 | ||||||||\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 "
            "| 偏差原因分析及改进措施 |\n"
            "| 产出指标 | 数量指标 | 清运垃圾量 | ≥ | 1200 | 吨 | 1260 | 40.00 | 40.00 | ||\n"
            "| 效益指标 | 社会效益指标 | 村庄保洁覆盖率 | ≥ | 95 | % | 96 | 50.00 | 48.00 | ||\n"
            "| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 90 | % | 93 | 10.00 |\n")
    evaluation = read_page(text, "sheet.txt")
    last = next(i for i in evaluation.indicators if i.name == "满意度")
    assert (last.weight, last.actual and last.actual.value, last.stated_score) == (10, 93, None)
    assert sum(i.weight for i in evaluation.indicators) == 100
