"""Shapes the held-out pages of stop 49 showed (docs/reader-corpora/held-49.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


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
