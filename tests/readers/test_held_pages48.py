"""Shapes the held-out pages of stop 48 showed (docs/reader-corpora/held-48.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a report opening on its conclusion, then each part's own score in the same words
_PARTS_SCORED = (
    "2023年度项目支出绩效自评报告\n"
    "(某某村某某合作社仓储设施建设项目)\n"
    "一、自评结论\n"
    "(一)自评得分\n"
    "县某某社对某某合作社的预算执行情况和年度绩效指标完成情况开展自查,绩效自评得分88.5分,自评等级为良。\n"
    "(二)绩效目标完成情况\n"
    "1. 预算执行完成情况:财政下达项目资金40万元,目前已拨付36万元,预算执行率为90%,绩效自评得分18分。\n"
    "2.产出指标完成情况:各项指标基本完成,绩效自评得分35.5分。\n"
    "3.效益指标完成情况:各项指标全面完成,绩效自评得分25分。\n"
    "4.满意度指标完成情况:综合测评达92%,绩效自评得分10分。\n"
)


def test_a_parts_score_under_its_name_is_not_the_total_stated_again() -> None:
    """"2.产出指标完成情况:…绩效自评得分35.5分" after the conclusion's "绩效自评得分88.5分": each part's score is
    its own, never the whole's total stated again (no contradiction between the text and itself)."""
    read = _read(_PARTS_SCORED)
    assert read.stated_total == Decimal("88.5")
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_the_budget_parts_score_is_the_execution_indicator_with_no_weight() -> None:
    """"1. 预算执行完成情况:…预算执行率为90%,绩效自评得分18分": the 预算执行率 indicator, actual 90 %, score 18, its
    weight not stated; the blocks' scores are no indicators."""
    read = _read(_PARTS_SCORED)
    assert [(i.name, i.weight, i.actual.value if i.actual else None, i.stated_score) for i in read.indicators] == [
        ("预算执行率", None, Decimal("90"), Decimal("18"))]


def test_a_published_whole_unit_title_under_a_metadata_block_given_twice() -> None:
    """"某某县委某某部2022年度部门整体绩效自评公开报告" (the version a unit publishes) under a site's metadata rows
    given twice, pairs then one label a line: the title gives the unit and the kind, never the hosting bureau (发布机构)
    or a sentence's "对每个项目进行了绩效自评"."""
    meta = ("[ 索引号 ] | 11500000000000000X/2023-00001 | [ 发文字号 ] | |\n"
            "[ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |\n"
            "[ 发布机构 ] | 某某县财政局 | ||\n"
            "[ 成文日期 ] | 2023-06-20 | [ 发布日期 ] | 2023-06-20 |\n")
    single = "".join(f"[ {label} ] | {value} |\n" for label, value in (
        ("索引号", "11500000000000000X/2023-00001"), ("发文字号", ""), ("主题分类", "财政"),
        ("体裁分类", "财政预算、决算"), ("发布机构", "某某县财政局"), ("有效性", ""), ("成文日期", "2023-06-20"),
        ("发布日期", "2023-06-20")))
    read = _read(meta + single + "中共某某县委某某部2022年度部门整体绩效自评公开报告\n"
                 "根据通知要求,我单位开展2022年预算绩效自评工作。2022年我单位纳入预算绩效自评9个,涉及资金120.5万元,"
                 "对每个项目进行了绩效自评。现将绩效自评公开如下:\n一、基本情况\n")
    assert (read.kind.value, read.unit.name) == ("整体支出", "中共某某县委某某部")
    assert read.project is None or read.project.name is None


def test_an_establishment_with_a_note_on_its_kind_in_brackets() -> None:
    """"现有事业编制(参公)7名,2021年底实有人员6人": the bracket notes the establishment's kind; 7 and 6."""
    read = _read("某团某县委2021年度项目支出绩效评价自评报告\n一、单位基本情况\n"
                 "某团某县委是参照公务员法管理的单位,内设办公室等两个部室。现有事业编制(参公)7名,2021年底实有人员6人。\n")
    assert (read.unit.staff_establishment, read.unit.staff_total) == (7, 6)


def test_goals_listed_then_results_listed_each_numbered_from_one() -> None:
    """A form a row a line: under "年度总体目标完成情况 预期目标 实际完成情况" the goals "目标1:…" / "目标2:…" one a
    line, then the results "1.…" / "2.…": the goals are the expected column's, the results the actual one's."""
    read = _read(
        "某市某某局2021年度某某项目支出绩效自评表\n项目支出绩效自评表\n(2021年度)\n"
        "项目名称 某某综合保障\n主管部门 某市某某局 实施单位 某市某某局\n项目资金\n(万元)\n"
        "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
        "年度资金总额: 30 30 30 10 100% 10\n 其中:本年财政拨款 30 30 30 - 100% -\n"
        "年度总体目标完成情况 预期目标 实际完成情况\n"
        "目标1:全市某某工作考核进入前三名。\n目标2:完成某某监测站点改造任务。\n"
        "1.全市某某工作考核位列第二名。\n2.某某监测站点改造全部完成。\n"
        "年度绩效指标完成情况\n一级\n指标\n二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "产出指标 数量指标 指标1:某某培训人数 100 120 10 10\n")
    assert read.project is not None
    assert (read.project.goal_expected, read.project.goal_actual) == (
        "目标1:全市某某工作考核进入前三名。目标2:完成某某监测站点改造任务。",
        "1.全市某某工作考核位列第二名。2.某某监测站点改造全部完成。")
