"""False errors that damage makes and trust40 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from corpus import errors
from page_reading import read_page

# a report copied as one line: the section heading "二、绩效指标完成情况" and every indicator's clause after it run
# together, so the heading looks like an item whose text states several items' weights and scores
JOINED_RESULTS = (
    "某县2024年度农村寄递物流项目绩效自评报告 一、项目基本情况 项目名称：农村寄递物流项目 "
    "项目年初预算120.00万元，全年执行118.20万元，预算执行率98.50%，得分9.85分（分值10分）。 "
    "二、绩效指标完成情况 产出指标 数量指标｜新建村级寄递点：目标≥20个，完成21个（分值10分，得10分） "
    "时效指标｜补助资金拨付及时率：目标100%，完成100%（分值10分，得10分） "
    "效益指标 经济效益指标｜农产品寄递量增长率：目标≥15%，完成12.4%（分值15分，得12.4分） "
    "满意度指标 服务对象满意度：目标≥90%，完成93%（分值15分，得15分） "
    "三、自评结论 项目自评得分96.25分，等级为优。\n"
)


def test_a_heading_run_into_its_items_clauses_is_sure_of_no_score() -> None:
    assert "SCORE_OVER_WEIGHT" not in errors(read_page(JOINED_RESULTS))


# a markdown list of indicators, each "- **名称**（N分）：…得M分；", joined into one line: the first item's text runs
# on over the others' weights and scores
JOINED_BULLETS = (
    "某县文化馆2024年度部门整体支出绩效自评报告 ## 一、基本情况 - 年初预算500.00万元，执行480.00万元，执行率96.00%。 "
    "## 二、绩效指标完成情况 - **预算执行率**（10分）：实际96.00%，得9.6分； - **文化下乡场次**（30分）：目标≥60场，"
    "实际64场，得30分； - **群众满意度**（60分）：目标≥90%，实际92%，得60分。 ## 三、自评结论 **综合得分：99.6分**\n"
)


def test_a_bullet_run_on_over_the_next_items_weights_is_sure_of_no_score() -> None:
    assert "SCORE_OVER_WEIGHT" not in errors(read_page(JOINED_BULLETS))


# a markdown report joined into one line: a 一级 block's heading with its points ("### 产出指标（60分）") runs into
# its first indicator's clause and is read as an indicator of 60 points beside the indicators it sums
JOINED_BLOCKS = (
    "某区2024年度社区养老服务项目绩效自评报告 ## 一、资金使用情况 - 预算批复：300.00万元 - 实际支出：291.00万元 - "
    "执行率：97.00%（得分9.7分，满分10分） ## 二、绩效指标完成情况 ### 产出指标（60分） - **助餐点建设数**（数量指标，"
    "30分）：目标 ≥12个，完成 12个，得 30 分。 - **服务人次**（数量指标，30分）："
    "目标 ≥5000人次，完成 5200人次，得 30 分。 "
    "### 满意度指标（30分） - **老人满意度**（服务对象满意度指标，30分）：目标 ≥90%，完成 94%，得 30 分。 "
    "## 三、自评结论 自评得分99.7分，等级为优。\n"
)


def test_a_level1_heading_run_into_its_items_is_no_sure_weight() -> None:
    assert "WEIGHTS_NOT_100" not in errors(read_page(JOINED_BLOCKS))
