"""The fused shape (a row's cells run together, no separator), stop 50, fused58; each from an invented snippet
(invented units, figures and wording; docs/reader-corpora/fused-58.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_value_recuts import worded_pair
from jixiao.readers.flat_value_runs import cells_between

_HEAD = ["某县园林绿化所2025年度项目支出绩效自评表", "项目名称某某公园绿化提升项目"]
_DATED = ["一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
          "产出指标数量指标新植乔木株数≥800株812株3030",
          "产出指标时效指标绿化工程完工时间2025年10月31日前2025年11月20日2017.5秋季干旱，栽植延后",
          "效益指标社会效益指标新增绿地面积≥3公顷3.2公顷3030",
          "满意度指标服务对象满意度指标周边居民满意度≥90%94%2020",
          "总分10097.5"]


def test_a_dated_row_whose_note_holds_a_clause(tmp_path: Path) -> None:
    """"…完工时间2025年10月31日前2025年11月20日2017.5秋季干旱，栽植延后": a time target and outcome (dates, no row
    tail of figures with units reads them), the points, then a note holding a comma. Read before as one cell, the
    row lost."""
    page = read_saved_rows(tmp_path, [*_HEAD, *_DATED])
    assert [(i.name, i.weight, i.stated_score) for i in page.indicators] == [
        ("新植乔木株数", Decimal(30), Decimal(30)), ("绿化工程完工时间", Decimal(20), Decimal("17.5")),
        ("新增绿地面积", Decimal(30), Decimal(30)), ("周边居民满意度", Decimal(20), Decimal(20))]
    late = page.indicators[1]
    assert (late.target.text, late.actual.text, late.deviation_note) == (
        "2025年10月31日前", "2025年11月20日", "秋季干旱，栽植延后")
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_the_note_is_cut_only_after_the_row_s_points() -> None:
    """The note opens on a word right after a bare run of points, with a name and two values before it; a figure
    whose unit or date word opens the clause is the sentence's own, and a sentence stays one cell."""
    assert cells_between("某某完工时间2025年6月底前2025年7月9日54雨季延误，已整改") == [
        "某某完工时间", "2025年6月底前", "2025年7月9日", "54", "雨季延误，已整改"]
    assert cells_between("某某工程于2025年7月9日完工，已验收") == ["某某工程于2025年7月9日完工，已验收"]
    assert cells_between("全年完成投资1200万元，较上年增长") == ["全年完成投资1200万元，较上年增长"]


_CRITERIA = ["某街道办事处2025年度部门整体支出绩效自评表",
             "一级指标二级指标三级指标分值评分标准年度指标值实际完成值得分",
             "决策目标设定绩效目标明确性6目标清晰得满分，每缺一项扣2分明确明确6",
             "过程资产管理资产登记完整性8账卡一致得满分，每发现一处不一致扣1分完整基本完整7",
             "产出数量指标社区活动开展场次40完成目标值得满分，未完成的按比例计分≥24场26场40",
             "满意度服务对象满意度指标居民满意度46满意度≥85%得满分，每低1个百分点扣1分≥85%88%46",
             "合计10099"]


def test_a_worded_target_and_actual_after_the_criteria(tmp_path: Path) -> None:
    """"…每缺一项扣2分明确明确6" and "…扣1分完整基本完整7": under a header whose criteria column stands before the
    target and the actual, those two written as words (the same words twice, or the word then the word after a degree
    word) after the criteria's own figures. Read before as no row (values were read as figures with units only); the
    row's 二级 level, cut before the name, is not cut again from the name ("绩效目标明确性", not 绩效目标 |
    明确性)."""
    page = read_saved_rows(tmp_path, _CRITERIA)
    worded = page.indicators[:2]
    assert [(i.level2, i.name, i.weight, i.target.text, i.actual.text, i.stated_score) for i in worded] == [
        ("目标设定", "绩效目标明确性", Decimal(6), "明确", "明确", Decimal(6)),
        ("资产管理", "资产登记完整性", Decimal(8), "完整", "基本完整", Decimal(7))]
    assert [i.name for i in page.indicators][2:] == ["社区活动开展场次", "居民满意度"]
    assert page.provenance["indicators[0].name"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_the_worded_pair_ending_a_criteria_text() -> None:
    assert worded_pair("每缺一项扣2分明确明确") == ("明确", "明确")
    assert worded_pair("每发现一处扣1分完整基本完整") == ("完整", "基本完整")
    assert worded_pair("按完成比例计分") is None


_DUTIES = ["某乡人民政府2025年度部门整体支出绩效自评表",
           "一级指标二级指标三级指标分值评分标准年度指标值实际完成值得分",
           "决策预算配置在职人员控制率20每超1个百分点扣0.5分≤100%97%20",
           "产出民生实事农村道路养护里程40完成目标值得满分，未完成的按比例计分≥35公里36公里40",
           "满意度服务对象满意度指标群众满意度40每低1个百分点扣1分≥90%92%40",
           "合计100100"]


def test_an_unknown_second_level_after_a_short_first_level(tmp_path: Path) -> None:
    """"产出民生实事农村道路养护里程40…": a framework's short 一级 word without its 指标, then a 二级 the lexicon does
    not know: taken as the next four characters, as after a long 一级 word (each cell a guess). Read before as no
    level, the name "产出民生实事农村道路养护里程"."""
    page = read_saved_rows(tmp_path, _DUTIES)
    duty = page.indicators[1]
    assert (duty.level1, duty.level2, duty.name, duty.weight, duty.stated_score) == (
        "产出", "民生实事", "农村道路养护里程", Decimal(40), Decimal(40))
    assert page.provenance["indicators[1].level2"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
