"""A form copied as "a | b |" rows whose header has both 三级指标 and a 指标内容 column after it: the content
column is a column of its own (it used to be taken for a caption over the names and dropped, shifting every
row's levels), and the name is the 三级指标 cell."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

FORM = "\n".join([
    "某县示范卫生院2024年度项目支出绩效自评表",
    "| 项目名称 | 某县示范胸痛救治单元建设 |  |  |  |  |  |  |  |",
    "| 一级指标 | 二级指标 | 三级指标 | 指标内容 | 年度指标值 | 实际完成值 | 分值 | 得分 | 扣分原因 |",
    "| 产出指标 | 数量指标 | 设备购置 | 购置监护设备 | 8台 | 8台 | 40 | 40 |  |",
    "|  | 质量指标 | 救治成功率 | 急症救治成功率 | ≥95% | 93% | 30 | 28.5 | 转诊延迟 |",
    "| 满意度指标 | 服务对象满意度指标 | 患者满意度 | 就诊患者满意度 | ≥90% | 94% | 30 | 30 |  |",
    "| 合计 |  |  |  |  |  | 100 | 98.5 |  |",
])


def test_the_content_column_stays_and_the_levels_keep_their_places() -> None:
    evaluation = read_page(FORM, "form.txt")
    rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [
        ("设备购置", "产出指标", "数量指标", Decimal(40), Decimal(40)),
        ("救治成功率", "产出指标", "质量指标", Decimal(30), Decimal("28.5")),
        ("患者满意度", "满意度指标", "服务对象满意度指标", Decimal(30), Decimal(30)),
    ]
    assert evaluation.indicators[1].deviation_note == "转诊延迟"
