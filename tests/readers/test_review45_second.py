"""Review of stop 45's second merges, auth60 and left56 (docs/reader-corpora/review-45-second.md): each cause an
invented snippet (invented units, places, figures and wording), no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page

from jixiao.readers import read_any


def test_a_filled_csvs_target_and_actual_alike_keep_both(tmp_path: Path) -> None:
    """A CSV whose merges were filled, an indicator's target and actual the same words ("合格,合格") under a header
    naming their columns apart: two values, not a merge (before, the actual was blanked as one)."""
    rows = [",".join(["某乡2024年度项目支出绩效自评表"] * 7),
            ",".join(["项目名称"] * 2 + ["某乡村级道路养护项目"] * 5),
            "项目资金（万元）,项目资金（万元）,年初预算数,全年预算数,全年执行数,执行率,得分",
            "项目资金（万元）,年度资金总额,42.00,45.00,44.10,98.00%,9.80",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
            "产出指标,数量指标,养护里程,≥18公里,19公里,30,30",
            "产出指标,质量指标,养护验收结论,合格,合格,30,30",
            "效益指标,社会效益指标,村民通行条件,改善,改善,30,30",
            "总分,总分,总分,总分,总分,100,99.8"]
    path = tmp_path / "form.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    read = {i.name: i for i in read_any(path).evaluation.indicators}
    assert [read[name].actual.text if read[name].actual else None for name in ("养护验收结论", "村民通行条件")] \
        == ["合格", "改善"]


# a fund's report: the money applied for, then what became of the application
_APPLIED = "\n".join([
    "2023年项目支出绩效评价自评报告(2023年区级古树保护专项资金)",
    "一、项目概况",
    "(一)资金申请及批复情况经我站向区政府申请,用于古树复壮、巡护等方面资金58万元,{}",
])


def test_money_applied_for_and_refused_or_not_yet_approved_is_no_budget() -> None:
    """"申请…资金A万元,未获批准" / "不予批准" / "待…研究同意后": the application not approved in the sentence (before,
    A was read as the budget, as an approved one is)."""
    for tail in ("未获区政府批准。", "区政府不予批准。", "待区政府研究同意后实施。", "尚未经常务会议审定通过。"):
        assert read_page(_APPLIED.format(tail)).budget.adjusted is None, tail
    assert read_page(_APPLIED.format("经区政府常务会议审议通过。")).budget.adjusted == Decimal(58)


def test_money_applied_for_and_approved_at_another_amount_is_not_the_applied_one() -> None:
    """"申请…资金A万元,经审核批准B万元": B was approved, not A (before, A was read as the budget)."""
    assert read_page(_APPLIED.format("经区政府审核批准40万元。")).budget.adjusted != Decimal(58)


def test_a_named_funds_part_of_a_planned_use_is_its_budget() -> None:
    """"计划使用资金A万元,其中某某资金B万元": the fund's part of a plan, its budget B (left56's rule for the fund's
    part of what was paid took it for spending: before, no budget)."""
    text = "\n".join(["某镇2024年塘堰清淤奖补资金绩效自评报告", "一、基本情况",
                      "项目计划使用资金36万元,其中2024年塘堰清淤奖补资金28万元、村集体自筹8万元。"])
    assert read_page(text).budget.adjusted == Decimal(28)


def test_a_long_fused_row_of_scoring_notes_is_read_without_a_crash() -> None:
    """A fused row whose figures and scoring notes alternate a thousand times and more: each note one cell, cut in a
    loop (before, one recursion a note: RecursionError out of read_page)."""
    row = "数量指标是否完成清运量" + "6.56.56.5完成目标的,得满分;未完成的,按比例计分。" * 1200 + "6.5 产出指标(30分)"
    text = "\n".join(["某社区垃圾清运经费项目支出绩效自评表(2020年度)",
                      "一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分", row])
    assert read_page(text).title.startswith("某社区垃圾清运经费项目支出绩效自评表(2020年度)")
