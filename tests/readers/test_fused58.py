"""The fused shape (a row's cells run together, no separator), stop 50, fused58; each from an invented snippet
(invented units, figures and wording; docs/reader-corpora/fused-58.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
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
