"""Text shapes and prose readings left open at stop 41 (docs/reader-corpora/flat-shapes-30.md, text42), each from
an invented snippet (invented units, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_LISTS = ("某县某协会2024年度政府购买服务项目绩效自评报告\n一、项目概况\n项目名称：某助老服务项目\n"
          "购买主体：某县民政局\n承接主体：某县养老服务协会\n三、绩效目标\n1.上门服务人次：≥2400人次\n"
          "2.服务对象满意度：≥90%\n四、绩效目标完成情况\n1.上门服务人次：2516人次\n2.服务对象满意度：93%\n五、评分情况\n"
          "| 序号 | 指标 | 分值 | 得分 | 扣分原因 |\n| --- | --- | --- | --- | --- |\n"
          "| 1 | 上门服务人次 | 50 | 50 |  |\n| 2 | 服务对象满意度 | 50 | 48 | 回访样本偏少 |\n")


def test_a_listed_item_named_as_a_level2_is_an_item_with_its_value() -> None:
    """"2.服务对象满意度：≥90%" under 绩效目标 and "2.服务对象满意度：93%" under 完成情况: the name
    is also a 二级's, but a value after its colon makes the line an item (target, then actual), not a 二级
    heading over nothing."""
    page = read_page(_LISTS)
    item = {i.name: i for i in page.indicators}["服务对象满意度"]
    assert item.target is not None and item.actual is not None
    assert (item.target.comparator, item.target.value, item.actual.value) == ("≥", Decimal(90), Decimal(93))
    assert (item.weight, item.stated_score) == (Decimal(50), Decimal(48))


def test_a_level2_heading_with_its_points_still_groups_its_items() -> None:
    """Guard: "（一）数量指标：20分" is a 二级 with its points, not an item (its items keep the 二级)."""
    page = read_page("某县某中心2024年度某项目支出绩效自评报告\n三、绩效指标完成情况\n（一）数量指标：20分\n"
                     "1.培训人次（20分）：年度目标≥300人次，实际完成320人次，得20分。\n")
    assert [(i.name, i.level2) for i in page.indicators] == [("培训人次", "数量指标")]


def test_branch_companies_under_the_unit_are_counted() -> None:
    """"下设3个分公司": a company's branches are bodies under it, counted as 下设9个司法所 is."""
    page = read_page("某县某集团有限公司2024年度单位整体支出绩效自评报告\n一、基本情况\n"
                     "本公司内设综合部、财务部2个部门，下设3个分公司。\n")
    assert page.unit.subordinate_bodies_count == 3


_RUN_ON = ("admin 2025-03-10T08:21:05Z 2025-03-12T02:11:40Z 12.00 某县人民医院2024年度部门整体支出绩效自评报告 "
           "一、单位基本情况 某县人民医院是县卫生健康局所属二级综合医院，编制床位300张，实际开放床位320张；"
           "核定编制人数260人，年末实有在职职工281人。 二、预算执行情况 2024年医院年初预算9600.00万元，"
           "调整后全年预算9850.00万元，全年实际支出9652.30万元，预算执行率97.99%。 三、绩效指标完成情况 "
           "（一）产出指标 1.数量指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因 "
           "门急诊人次 ≥120000人次 126300人次 20 20 出院人次 ≥6000人次 6240人次 20 20 （二）满意度指标 "
           "1.服务对象满意度指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因 住院患者满意度 ≥90% 93.2% 20 20 "
           "四、自评结论 经综合评价，医院2024年度整体支出绩效自评得分98.00分，评价等级为优秀。\n")


def _levels(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {i.name: (i.level1, i.level2) for i in read_page(text).indicators}


def test_a_run_on_report_closing_on_its_last_sentence_is_cut() -> None:
    """A report run into one line with two "。 " breaks and its closing sentence ending the line: three paragraphs,
    so it is cut into lines, and each small table keeps the headings over it."""
    assert _levels(_RUN_ON) == {"门急诊人次": ("产出指标", "数量指标"), "出院人次": ("产出指标", "数量指标"),
                                "住院患者满意度": ("满意度指标", "服务对象满意度指标")}


def test_a_level_heading_after_a_flat_tables_last_row_heads_the_next_table() -> None:
    """Cells one a line: "（二）满意度指标" after the first table's last row, then "1.服务对象满意度指标" and the header
    again: the heading is the next table's 一级 (before, a row closing the first table, read as a 二级)."""
    head = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells = ["某县某中心2024年度部门整体支出绩效自评报告", "三、绩效指标完成情况", "（一）产出指标", "1.数量指标",
             *head,
             "培训人次", "≥300人次", "320人次", "20", "20", "（二）满意度指标", "1.服务对象满意度指标", *head,
             "学员满意度", "≥90%", "95%", "20", "20"]
    assert _levels("\n".join(cells) + "\n") == {"培训人次": ("产出指标", "数量指标"),
                                                "学员满意度": ("满意度指标", "服务对象满意度指标")}
