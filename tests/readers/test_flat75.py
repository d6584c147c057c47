"""Stop 63, flat75: an indicator table with two note columns (偏差原因分析 | 改进措施) flattened — a row whose levels
are merged down from the row above filling both notes, each with a comma; rows filling only the first — and a fused
row whose note after its last figure holds a comma. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.flat_spaced import spaced_cells

_TITLE = ["某某街道办事处2024年老旧小区改造项目绩效自评表"]
_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "改进措施"]
# levels merged down: the second row of a level writes none; notes left empty are dropped by a flattening
_ROWS = [["产出指标", "数量指标", "改造小区数量", "≥12个", "12个", "20", "20"],
         ["加装电梯部数", "≥30部", "26部", "20", "17", "两处楼栋业主意见未统一，暂缓施工", "逐户协商，次年加装"],
         ["质量指标", "竣工验收合格率", "=100%", "100%", "20", "20"],
         ["效益指标", "社会效益指标", "居民投诉办结率", "≥95%", "91%", "20", "18", "雨季管网改造工期延长"],
         ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "93%", "20", "20"],
         ["合计", "100", "95"]]
_INDICATORS = [("产出指标", "数量指标", "改造小区数量", Decimal(20), Decimal(20)),
               ("产出指标", "数量指标", "加装电梯部数", Decimal(20), Decimal(17)),
               ("产出指标", "质量指标", "竣工验收合格率", Decimal(20), Decimal(20)),
               ("效益指标", "社会效益指标", "居民投诉办结率", Decimal(20), Decimal(18)),
               ("满意度指标", "服务对象满意度指标", "小区居民满意度", Decimal(20), Decimal(20))]


@pytest.mark.parametrize("shape", ["spaced", "cells"])
def test_two_note_columns_flattened_read_each_row_and_its_note(tmp_path: Path, shape: str) -> None:
    """The row filling both notes, each with a comma, is a row of its own (a spaced row whose comma was not in its
    last part was taken for prose and run into the row above); a row's one note is its 偏差原因, the first of the
    two columns, not the 改进措施 after it."""
    evaluation = read_saved(tmp_path, "\n".join(flattened(_TITLE, [_HEAD, *_ROWS], [], shape)) + "\n")
    assert indicator_rows(evaluation) == _INDICATORS
    notes = [i.deviation_note for i in evaluation.indicators]
    assert notes == [None, "两处楼栋业主意见未统一，暂缓施工", None, "雨季管网改造工期延长", None]
    # which of the two columns a lone note sits in is a guess; the row filling both says so
    assert evaluation.provenance["indicators[3].deviation_note"].guessed  # type: ignore[attr-defined]
    assert not evaluation.provenance["indicators[1].deviation_note"].guessed  # type: ignore[attr-defined]
    assert not [f for f in run_checks(evaluation) if f.severity == Severity.ERROR]


def test_a_spaced_row_ends_on_two_notes_after_its_figures() -> None:
    """A row of figures whose last two parts, after a figure, are its notes: each may hold a comma."""
    assert spaced_cells(" ".join(_ROWS[1])) == _ROWS[1]
    # (a guard) a sentence spaced out, a comma before its last figure, stays prose
    assert spaced_cells("全年预算 120万元 实际支出 118万元，执行率 98.3% 较上年 提高") is None


_FUSED = "产出指标时效指标管网抢修时限≤24小时30小时8060两处管线埋深超标，已配置专用抢修设备"


def test_a_fused_rows_note_may_hold_a_comma(tmp_path: Path) -> None:
    """"…≤24小时30小时8060某原因，已…": a run-together row whose note after its last figure holds a comma was taken
    for prose and lost; the clause marks count only before the note. The row reads, its note whole."""
    assert fused_cells(_FUSED) == ["产出指标", "时效指标", "管网抢修时限", "≤24小时", "30小时", "8060",
                                   "两处管线埋深超标，已配置专用抢修设备"]
    head = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
    evaluation = read_saved(tmp_path, "\n".join([_TITLE[0], head, _FUSED,
                                                 "满意度指标服务对象满意度指标小区居民满意度≥90%93%2020"]) + "\n")
    rows = indicator_rows(evaluation, "name", "weight", "stated_score", "deviation_note")
    assert rows[0] == ("管网抢修时限", Decimal(80), Decimal(60), "两处管线埋深超标，已配置专用抢修设备")
    assert evaluation.provenance["indicators[0].weight"].guessed  # type: ignore[attr-defined]  # "8060" cut
    # (guards) a row of dates before its note is left to the dated rows' reader; a sentence opening on a form word,
    # its comma after an amount's unit, is no row
    assert fused_cells("时效指标路灯安装完成时间9月底前10月15日86施工单位进场推迟，已约谈") is None
    assert fused_cells("全年预算数1340万元，全年执行数1318.27万元") is None
