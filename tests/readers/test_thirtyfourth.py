"""Shapes of the thirty-fourth set (docs/reader-corpora/thirtyfourth.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name, read_page


def test_a_block_summed_up_in_the_body_is_no_indicator() -> None:
    """"产出指标：共设置3项，分值60分，得分58分。" in the body before the annexed form: the 一级 block summed up, not an
    indicator named "共设置" (before, each such sentence was read as one, and the weights summed to 200: a false
    TOTAL_MISMATCH and WEIGHTS_NOT_100)."""
    page = read_page("某区林业局2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n"
                     "产出指标：共设置2项，分值60分，得分58分。\n满意度指标：共1项，分值40分，得分40分。\n"
                     "四、自评结论\n自评得分98分，评价等级为优。\n附件\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                     "| 产出指标 | 数量指标 | 造林面积 | ≥500亩 | 520亩 | 30 | 30 |\n"
                     "| 产出指标 | 质量指标 | 苗木成活率 | ≥90% | 86% | 30 | 28 |\n"
                     "| 满意度指标 | 服务对象满意度指标 | 林农满意度 | ≥90% | 95% | 40 | 40 |\n"
                     "| 总分 | | | | | 100 | 98 |\n")
    assert set(by_name(page)) == {"造林面积", "苗木成活率", "林农满意度"}
    assert sum(i.weight for i in page.indicators) == Decimal("100")
