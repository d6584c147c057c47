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


def test_b_a_block_heading_with_its_points_and_score_and_an_unnumbered_first_item() -> None:
    """"（一）产出指标（共40分，得39分）" / "（二）满意度指标（60分，得58分）" over items told one a line: the
    heading is the items' 一级 (before, it was read as an indicator named "产出指标（共"), and the unnumbered first
    item "预算执行率：年度目标…，实际完成…，分值10分，得9.8分。" is read like the numbered ones (before, lost)."""
    page = read_page("某中心2024年度单位整体支出绩效自评报告\n三、绩效指标完成情况\n"
                     "（一）产出指标（共40分，得39.8分）\n"
                     "预算执行率：年度目标100%，实际完成98%，分值10分，得9.8分。\n"
                     "1.慢病随访人次：年度目标≥5000人次，实际完成5120人次，分值30分，得30分。\n"
                     "（二）满意度指标（60分，得58分）\n"
                     "1.患者满意度：年度目标≥90%，实际完成91%，分值60分，得58分。\n"
                     "四、自评结论\n自评得分97.8分，等级为优秀。\n")
    got = by_name(page)
    assert set(got) == {"预算执行率", "慢病随访人次", "患者满意度"}
    levels = [got[n].level1 for n in ("预算执行率", "慢病随访人次", "患者满意度")]
    assert levels == ["产出指标", "产出指标", "满意度指标"]
    assert (got["预算执行率"].weight, got["预算执行率"].stated_score) == (Decimal("10"), Decimal("9.8"))


def test_d_the_establishment_by_kind_then_its_sum_named_again() -> None:
    """"行政编制18名、事业编制41名，合计编制59名": the establishment is the sum (before, the first kind's 18)."""
    page = read_page("某区农业农村局2024年度部门整体支出绩效自评报告\n一、部门概况\n"
                     "全局行政编制18名、事业编制41名，合计编制59名；2024年末在职人员56人。\n")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (59, 56)
