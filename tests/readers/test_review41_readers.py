"""Review of the stop's first round of reader changes (rev12): invented snippets each of which the merged round
(bab92548) read wrong."""

from __future__ import annotations

from page_reading import read_page

from jixiao.readers.fused_money_columns import money_row_cells

# a list of problems whose last item ends on a comma, then the next section's numbered heading on a line of its own:
# the heading opens a block, no lazy continuation of the item (bab92548 joined it to the item: 改进措施 was lost)
ITEM_BEFORE_HEADING = """# 某县某某局2024年度部门整体支出绩效自评报告
## 一、绩效指标完成情况
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 公园绿地养护面积 | ≥50万平方米 | 52万平方米 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 93% | 50 | 50 |
| 总分 |  |  |  |  | 100 | 100 |
## 二、存在的问题
- 部分项目进度偏慢，
- 资金支付不及时，绩效监控不到位，
三、改进措施
下一步将加快项目进度，加强绩效监控。
"""


def test_a_heading_after_an_item_ending_on_a_comma_stays_a_heading() -> None:
    for name in ("page.md", "page.txt"):
        sections = read_page(ITEM_BEFORE_HEADING, name).sections
        assert sections.measures == "下一步将加快项目进度，加强绩效监控。"
        assert sections.problems is not None and "改进措施" not in sections.problems


def test_a_sentence_with_one_rate_is_no_money_row() -> None:
    # one rate and the words after it are a sentence ("其中…执行率95%达到…"), not a row's run of figures and its note
    assert money_row_cells("其中财政资金执行率95%达到序时进度要求") is None
    assert money_row_cells("财政拨款资金100%到位") is None
    assert money_row_cells("合计100.0098.00未完成") == ["合计", "100.0098.00", "未完成"]


# a whole unit's form with no year in its text: the founding year beside its label is the unit's history, not the
# year evaluated (bab92548 guessed 1998 from "成立时间 | 1998年"); the goal row's "2023年" is the guess
FOUNDED_FORM = """某某水库管理中心部门整体支出绩效自评表
| 单位名称 | 某某水库管理中心 | 成立时间 | 1998年 |
| 主管部门 | 某县水利局 | 人员编制 | 12 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 水库巡查次数 | ≥200次 | 230次 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 50 | 50 |
| 总分 |  |  |  |  | 100 | 100 |
| 年度总体目标完成情况 | 中心2023年较好地完成了水库管理任务 |
"""


def test_a_founding_year_in_a_forms_cell_is_no_evaluated_year() -> None:
    evaluation = read_page(FOUNDED_FORM, "page.md")
    assert evaluation.year == 2023
    assert evaluation.provenance["year"].guessed
    built = read_page(FOUNDED_FORM.replace("| 成立时间 | 1998年 |", "| 水库概况 | 2015年建成并投入使用 |"), "page.md")
    assert built.year == 2023
