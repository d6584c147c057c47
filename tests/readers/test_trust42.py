"""False errors that damage makes and trust41 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from corpus import errors
from page_reading import read_page

# a form with a 中期指标值 column whose 得分 cells are empty, copied as web rows on one line: a row writes one empty
# cell fewer, so its 实际完成值 0.71 sits under 分值 and its 分值 15 under 得分 (beside weights of 10 to 25)
SHIFTED_ROW = (
    "某县2024年度小型水库除险加固项目绩效自评表 项目资金：年初预算300.00万元，全年执行294.00万元，执行率98.00%。 "
    "一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 | "
    "产出指标 | 数量指标 | 除险加固水库数量 | ≥12座 | ≥4座 | 4座 | 25 |  | "
    "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 100% | 20 |  | "
    "产出指标 | 时效指标 | 年度工程完工率 | ≥90% | ≥90% | 92% | 15 |  | "
    "效益指标 | 生态效益指标 | 灌区渠系水利用系数 | ≥0.72 | ≥0.70 | 0.71 | 15 |  | "
    "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | ≥90% | 94% | 25 |  | "
    "总分 |  | 100 | 98.50 |  自评等级：优\n"
)


def test_a_weight_under_one_point_beside_whole_point_weights_is_no_sure_weight() -> None:
    assert "SCORE_OVER_WEIGHT" not in errors(read_page(SHIFTED_ROW))


# a report joined into one line: the lead "各项指标分值及得分如下（…分值10分，得9.5分）：" after the targets' table and
# before the numbered items is read as an item of the first item's points beside the items it leads to
JOINED_LEAD = (
    "# 某县学前教育资助经费 2024年度项目支出绩效自评报告 **主管部门**：某县教育局 "
    "## 一、项目资金使用情况 全年预算200.00万元，实际使用资金190.00万元，执行率95.00%。 "
    "## 二、项目绩效情况 绩效目标及完成情况见下表。 | 一级指标 | 二级指标 | 三级指标 | 年度目标 | 实际完成 | "
    "|---|---|---|---|---| | 产出指标 | 数量指标 | 资助幼儿人次 | ≥800人次 | 812人次 | "
    "| 产出指标 | 质量指标 | 资助对象认定准确率 | 100% | 100% | "
    "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% | 95% | "
    "各项指标分值及得分如下（预算执行率分值10分，得9.5分）： 1. 资助幼儿人次：分值30分，得分30分。 "
    "2. 资助对象认定准确率：分值30分，得分30分。 3. 家长满意度：分值30分，得分29分。 "
    "## 三、评价结论 综合得分98.5分，等级为优。\n"
)


def test_a_lead_to_the_items_after_it_is_no_item() -> None:
    assert "WEIGHTS_NOT_100" not in errors(read_page(JOINED_LEAD))
