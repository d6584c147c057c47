"""Level heading rows inside an indicator table ("一、产出指标（50分）" over "（一）数量指标", each one cell or one cell
merged across the row): the 一级 and 二级 of the rows below, and the 一级's block weight."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_FORM = "\n".join([
    "某县某镇卫生院2023年度项目支出绩效自评表",
    "指标\t年度目标值\t实际完成值\t分值\t得分\t偏差原因",
    "一、产出指标（60分）",
    "（一）数量指标",
    "慢病随访人次\t≥5000人次\t5120人次\t30\t30",
    "（二）质量指标",
    "随访记录合格率\t≥95%\t96.2%\t30\t30",
    "二、满意度指标（40分）",
    "（一）服务对象满意度指标",
    "患者满意度\t≥90%\t91%\t40\t38\t候诊时间偏长",
    "",
])


def test_heading_rows_give_the_levels_below_them() -> None:
    evaluation = read_page(_FORM, "x.txt")
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("慢病随访人次", "产出指标", "数量指标", Decimal("30"), Decimal("30")),
        ("随访记录合格率", "产出指标", "质量指标", Decimal("30"), Decimal("30")),
        ("患者满意度", "满意度指标", "服务对象满意度指标", Decimal("40"), Decimal("38")),
    ]
    assert evaluation.stated_block_weights == {"产出指标": Decimal("60"), "满意度指标": Decimal("40")}
