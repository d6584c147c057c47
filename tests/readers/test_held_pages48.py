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


# Stop 49's held-out pages (docs/reader-corpora/held-49.md), each shape as an invented snippet.

def test_a_numbered_target_list_one_cell_a_line_gives_the_indicators_targets() -> None:
    """A report's goals table "序号 | / 三级指标 | / 年度指标值 |" copied one cell a line, then each row's number,
    name and target: each row an indicator with its target (no weight, score or actual is stated), read when nothing
    else states the indicators."""
    cells = ["序号", "三级指标", "年度指标值", "1", "宣讲活动场次", "4场", "2", "专题简报", "12期", "3", "宣传覆盖面",
             "扩大", "4", "培训合格率", "100%"]
    read = _read("某省某某协会某某宣传经费项目2019年度绩效自评报告\n项目单位:某省某某协会\n"
                 "(二)绩效目标情况\n表1:某某宣传经费项目绩效目标\n" + "".join(f"{cell} |\n" for cell in cells))
    assert [(i.name, i.weight, i.target.value if i.target else None, i.target.unit if i.target else None,
             i.target.text if i.target else None) for i in read.indicators] == [
        ("宣讲活动场次", None, Decimal("4"), "场", None), ("专题简报", None, Decimal("12"), "期", None),
        ("宣传覆盖面", None, None, "", "扩大"), ("培训合格率", None, Decimal("100"), "%", None)]


# a transfer payment's report with no title: the money handed to two recipients, then the fund's whole
_TRANSFER = (
    "一、基本情况\n"
    "(一)转移支付概况\n"
    "2022年,《某省财政厅关于下达2022年某某保护资金预算的通知》下达我市某县某馆某某保护补助30万元,"
    "下达我市某区某某传承人补助-某某(某氏某某)3万元。\n"
    "二、综合评价结论\n"
    "自评得分91.5,综合评价结果为:优。\n"
    "三、绩效目标完成情况分析\n"
    "2022年我市某某保护资金下达33万元,资金到位率100%,截至目前,传承人补助已及时划拨,资金使用率100%;"
    "某馆某某保护项目资金使用254300元,资金使用率84.77%。\n"
)


def test_a_transfer_payments_overview_heading_makes_a_project_report() -> None:
    """"(一)转移支付概况" heading an untitled report: a transfer payment's self-evaluation, a project's (not the
    whole-unit default)."""
    assert _read(_TRANSFER).kind.value == "项目支出"


def test_the_fund_is_what_the_parts_handed_out_add_up_to_and_no_parts_rate_is_the_whole() -> None:
    """"下达…补助30万元,下达…补助-某某(…)3万元" then "某某保护资金下达33万元": the budget is 33 (the parts' whole),
    never the first part; "资金使用率100%" then another part's "资金使用率84.77%" are the parts' rates, not the
    fund's."""
    read = _read(_TRANSFER)
    assert read.budget.adjusted == Decimal("33")
    assert read.budget.stated_execution_rate is None


def test_a_covers_labels_run_together_with_colons() -> None:
    """"项目名称:X项目单位:Y主管部门:Y评价机构:Y2017年7月目录…" (a viewer ran the cover's label cells into one line):
    the project's name and the implementing unit end where the next label begins."""
    read = _read("某市市级财政项目支出绩效评价报告\n"
                 "1、某市市级财政项目支出绩效评价报告项目名称:某某事业费项目单位:某市某某委员会主管部门:某市某某委员会"
                 "评价机构:某市某某委员会2017年7月目录摘要 概述某市某某委根据市政府授权,负责…\n")
    assert (read.project.name, read.project.implementing_unit) == ("某某事业费", "某市某某委员会")


def test_a_sharing_sites_first_chunk_runs_the_title_into_its_chinese_numeral_date() -> None:
    """"1、某省某某研究院财政支出项目绩效自评报告二0一五年四月十日目 录…" (a sharing site's first chunk): the title
    ends where the cover's date begins; its unit is the body before 财政支出项目, which names no project."""
    pages = "".join(f"财政支出项目绩效自评报告_第{n}页\n" for n in range(1, 6))
    read = _read(pages + "已阅读5页,还剩9页未读 继续免费阅读\n\n下载本文档\n\n"
                 "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介\n\n"
                 "1、某省某某研究院财政支出项目绩效自评报告二0一五年四月十日目 录财政支出项目绩效自评报告1一、项目概况1"
                 "二、项目资金使用及管理情况4根据某省财政厅的通知精神,成立了2014年预算项目绩效自评工作小组,认真开展自评\n")
    assert read.unit.name == "某省某某研究院"
    assert read.project is None or read.project.name is None
