"""Forms copied from a web page whose header and level cells wrap over lines (invented units and
figures): the central project form as an indented page copy, its header row broken inside 一级指标."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_INDENTED = """某县农业农村局项目支出绩效自评

    项目支出绩效自评表
    （2022年度）
    项目名称 高标准农田建设补助
    主管部门 实施单位 某县农业农村局
    项目资金
    （万元）
    年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分
    年度资金总额： 820 820 790.5 10 9.64
     其中：本年财政拨款 820 820 790.5 - -
    年度绩效指标完成情况 一级
    指标
    二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施



    （50分）
    数量指标 指标1：建设高标准农田面积 2万亩 2.1万亩 20 20
    指标2：
    ……
    成本指标 指标1：亩均补助标准 15 15
    指标2：
    ……
    社会效益
    指标
    指标1：受益农户数 3000户 3120户 20 20
    指标2：
    ……
    总分 100 99.64
"""


def test_an_indented_page_copy_with_the_header_broken_inside_a_header_word() -> None:
    evaluation = read_page(_INDENTED, "x.txt")
    rows = [(i.name, i.level2, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.stated_score) for i in evaluation.indicators if i.name != "预算执行率"]
    assert rows == [("建设高标准农田面积", "数量指标", 20, 2, Decimal("2.1"), 20),
                    ("亩均补助标准", "成本指标", 15, None, None, 15),
                    ("受益农户数", "社会效益指标", 20, 3000, 3120, 20)]
    assert evaluation.stated_total == Decimal("99.64")


def test_an_empty_supervising_department_that_vanished_leaves_the_implementing_unit_its_value() -> None:
    evaluation = read_page(_INDENTED, "x.txt")
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某县农业农村局"
    assert evaluation.unit.supervising_department in (None, "")


_ONE_CELL_A_LINE = """某县水利局2022年度部门整体支出绩效自评表
一级指标
二级指标
三级指标
年度
指标值
实际
完成值
分值
得分
偏差原因
分析及
改进措施
产出指
标
（60）
数量
指标
堤防加固长度
8公里
8.5公里
30
30
成本
指标
维修补助
每公里20
每公里20
30
28
效益指
标
20分）
社会效
益指标
受益人口
3万人
3.2万人
20
20
满意度
指标
（20分）
服务对
象满意度
群众满意度
≥85%
93%
20
19
总分
100
97"""


def test_one_cell_a_line_with_wrapped_level_cells_and_their_weights_on_lines_of_their_own() -> None:
    text = "\n\n".join(_ONE_CELL_A_LINE.splitlines()) + "\n"  # a blank line between cells, as a web page gives
    evaluation = read_page(text, "x.txt")
    levels = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert levels == [("堤防加固长度", "产出指标", "数量指标", 30, 30), ("维修补助", "产出指标", "成本指标", 30, 28),
                      ("受益人口", "效益指标", "社会效益指标", 20, 20),
                      ("群众满意度", "满意度指标", "服务对象满意度", 20, 19)]
    # "（60）" without 分, "20分）" whose bracket the copy lost, "（20分）" on its own line
    assert evaluation.stated_block_weights == {"产出指标": 60, "效益指标": 20, "满意度指标": 20}
    assert evaluation.stated_total == 97


def test_a_vertical_level_cell_of_five_characters_one_a_line() -> None:
    text = ("某区妇幼保健院2022年度项目支出绩效自评表\n"
            "一级指标 二级指标 三级指标 分值 年初目标值（A） 实际完成值（B） 得分 偏差原因\n"
            "产\n出\n指\n标\n数量指标 筛查孕产妇人数 40 ≥1500人 1620人 40\n"
            "满\n意\n度\n指\n标\n服务对象满意度 孕产妇满意度 20 ≥90% 94% 20\n总分 60 60\n")
    evaluation = read_page(text, "x.txt")
    levels = [(i.name, i.level1, i.level2) for i in evaluation.indicators]
    assert levels == [("筛查孕产妇人数", "产出指标", "数量指标"), ("孕产妇满意度", "满意度指标", "服务对象满意度")]
