"""What the review of stop 39's first round found in the extractors (docs/reader-corpora/review-39-extract.md), each
as an invented snippet: invented units and figures."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

from jixiao.readers.extract.values import parse_target

# a markdown list of indicators joined into one line, the second item's clause holding 其中 after its score: the
# third item's score (after its own weight) is no part of the second's
JOINED_WITH_PARTS = (
    "某县图书馆2024年度部门整体支出绩效自评报告 ## 一、基本情况 - 年初预算400.00万元，执行390.00万元。 "
    "## 二、绩效指标完成情况 - **预算执行率**（10分）：实际97.50%； - **流动借阅场次**（30分）：目标≥40场，"
    "实际44场，得30分，其中乡镇26场； - **读者满意度**（60分）：目标≥90%，实际93%，得60分。 "
    "## 三、自评结论 **综合得分：99.75分**\n"
)


def test_a_score_after_the_next_items_weight_is_no_part_of_a_run_on_item() -> None:
    """The run-on first item (10 points) holds the next items' scores 30 and 60; the 其中 after 30 does not make 60
    a part of 30 (a weight stands between): the score read is a guess and no sure 30 > 10 is raised."""
    evaluation = read_page(JOINED_WITH_PARTS)
    assert "SCORE_OVER_WEIGHT" not in errors(evaluation)
    assert evaluation.provenance["indicators[0].stated_score"].guessed


# a heading line lost between two items: the first item's text closes on a sentence opening with 其中 that states no
# score, then the next item's sentence states its own
LOST_HEADING_AFTER_PARTS = """某街道办事处2024年度部门整体支出绩效自评报告
一、绩效指标完成情况
1. 预算执行率（20分）
2024年度，全年预算600.00万元，全年执行590.00万元，预算执行率98.33%，该指标得分19.67分。
2. 社区讲座场次（10分）
2024年度目标≥30场，实际完成32场，该指标得分8分。其中线上讲座12场。
2024年度目标≥90%，实际达到94%，该指标得分20分。
"""


def test_a_score_in_a_later_sentence_than_qizhong_is_anothers() -> None:
    """其中 opens a sentence of no score: the 20 two sentences on is another item's (its heading lost), so the item's
    score is a guess."""
    evaluation = read_page(LOST_HEADING_AFTER_PARTS)
    item = evaluation.indicators[1]
    assert item.name == "社区讲座场次"
    assert evaluation.provenance["indicators[1].stated_score"].guessed


# a form whose indicators' scores add up to 100, then the whole's score said with its change or its full mark after 、
_FORM = ("某县2024年度某某培训项目支出绩效自评表\n"
         "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
         "| 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 520人次 | 50 | 50 |\n"
         "| 效益指标 | 社会效益指标 | 就业率 | ≥80% | 82% | 30 | 30 |\n"
         "| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 93% | 20 | 20 |\n")


def test_a_wholes_score_and_its_change_after_a_comma_of_listing_is_no_list() -> None:
    """"综合得分88分、较上年提高3分": one score and how it moved, no list of parts' scores (before, the 88 was left
    unread and the true TOTAL_MISMATCH against the rows' 100 was lost)."""
    evaluation = read_page(_FORM + "经自评，本项目综合得分88分、较上年提高3分，评价等级为良。\n")
    assert evaluation.stated_total == 88
    assert "TOTAL_MISMATCH" in errors(evaluation)


def test_a_wholes_score_beside_its_full_mark_is_no_list() -> None:
    """"自评得分88分、满分100分" / "满分100分、自评得分88分": the score and the full mark."""
    for sentence in ("本项目自评得分88分、满分100分，评价等级为良。", "本项目满分100分、自评得分88分，评价等级为良。"):
        assert read_page(_FORM + sentence + "\n").stated_total == 88


def test_a_lake_named_after_its_province_stays_in_the_funds_name() -> None:
    """"青海湖流域…补助资金转移支付": 青海 heads the lake's name here, no province publishing the fund (before, the fund
    was read "湖流域…补助资金")."""
    evaluation = read_page("青海湖流域湿地保护补助资金转移支付2023年度绩效自评报告\n一、基本情况\n")
    assert evaluation.project.name == "青海湖流域湿地保护补助资金"


def test_an_autonomous_county_named_after_a_province_stays_in_the_funds_name() -> None:
    """"河南蒙古族自治县…" is a county's name, not the province 河南 before a fund."""
    evaluation = read_page("河南蒙古族自治县牧区某某补助资金转移支付2023年度绩效自评报告\n一、基本情况\n")
    assert evaluation.project.name == "河南蒙古族自治县牧区某某补助资金"


def test_an_interval_from_zero_bounds_from_above() -> None:
    """"(0,3]" (有效投诉次数) is at most 3: before, it was read "> 0", and an actual 0 looked short of its target."""
    assert parse_target("(0,3]") == {"comparator": "≤", "value": Decimal("3"), "unit": "", "text": "(0,3]"}
    assert parse_target("[0,5%)") == {"comparator": "<", "value": Decimal("5"), "unit": "%", "text": "[0,5%)"}
