"""The fused shape (a row's cells run together, no separator), stop 52, fused60: a worded target and actual each
around a figure, a run of amounts with its 执行率 fused on, count units and a unit's staff labels the runs did not
know, each from an invented snippet (invented units, figures and wording; docs/reader-corpora/fused-60.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.flat_worded_targets import worded_target_actual
from jixiao.readers.fused_money import GuessedCell

_WORDED = ["某区文化馆2025年度项目支出绩效自评表",
           "一级指标二级指标三级指标年度指标值实际完成值分值得分扣分原因",
           "产出指标数量指标非遗宣讲场次开展不少于12场全年开展15场2020",
           "产出指标数量指标展板更新数量≥60块64块1010",
           "产出指标时效指标咨询回复时限控制在24小时以内平均18小时2020",
           "效益指标社会效益指标展馆参观人次参观不低于30万人次参观28.5万人次2019某月闭馆维修",
           "满意度指标服务对象满意度指标参观群众满意度≥90%94%3030",
           "总分10099"]


def test_a_worded_target_and_actual_around_their_figures_are_cut_as_cells() -> None:
    """"…开展不少于12场全年开展15场2020": the value runs cut the row at its figures and left the comparison words on the
    name, the actual's words a cell of their own; the row was lost. The target opens on its bound words (and on
    the words the actual's end on, where the name's text ends on them too), the actual is its words and figure."""
    assert fused_cells(_WORDED[2]) == ["产出指标", "数量指标", "非遗宣讲场次", "开展不少于12场", "全年开展15场", "2020"]
    assert fused_cells(_WORDED[4]) == ["产出指标", "时效指标", "咨询回复时限", "控制在24小时以内", "平均18小时", "2020"]
    assert fused_cells(_WORDED[5]) == ["效益指标", "社会效益指标", "展馆参观人次", "参观不低于30万人次",
                                       "参观28.5万人次", "2019", "某月闭馆维修"]


def test_the_worded_cut_is_a_guess_and_only_on_such_a_row() -> None:
    """Every cell the cut makes is marked guessed; cells with no figure and unit on both sides of the words, or with
    more than a note after the points, stay as they were cut."""
    cut = worded_target_actual(["某某场次开展不少于", "12场", "全年开展", "15场", "1010"])
    assert cut == ["某某场次", "开展不少于12场", "全年开展15场", "1010"]
    assert all(isinstance(cell, GuessedCell) for cell in cut[:3])
    assert worded_target_actual(["某某场次实际达到", "12场", "全年开展", "15场", "1010"])[0] == "某某场次实际达到"
    assert worded_target_actual(["某某场次开展不少于", "12", "全年开展", "15场", "1010"])[1] == "12"
    assert worded_target_actual(["某某场次不少于", "12场", "全年开展", "15场", "1010", "某原因", "某措施"])[0] \
        == "某某场次不少于"


def test_worded_rows_and_a_count_unit_read_row_by_row(tmp_path: Path) -> None:
    """The form above read whole: each row's target, actual and points ("≥60块64块": 块 was no unit of the lexicon,
    so the row was cut at it), and nothing accuses the unit."""
    page = read_saved_rows(tmp_path, _WORDED)
    assert [(i.name, i.target.comparator if i.target else None, i.target.value if i.target else None,
             i.actual.value if i.actual else None, i.weight, i.stated_score) for i in page.indicators] == [
        ("非遗宣讲场次", "≥", Decimal(12), Decimal(15), Decimal(20), Decimal(20)),
        ("展板更新数量", "≥", Decimal(60), Decimal(64), Decimal(10), Decimal(10)),
        ("咨询回复时限", "≤", Decimal(24), Decimal(18), Decimal(20), Decimal(20)),
        ("展馆参观人次", "≥", Decimal(30), Decimal("28.5"), Decimal(20), Decimal(19)),
        ("参观群众满意度", "≥", Decimal(90), Decimal(94), Decimal(30), Decimal(30))]
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_amounts_with_their_rate_fused_on_are_cut_at_the_rate() -> None:
    """"…2716.53104.23027.8897.54%": a sheet that drops trailing zeros (2716.5 | 3104.2 | 3027.88) with the 执行率 run
    on after a digit; the runs cut it at its decimals (2716.53 | 104.23 | 0 | 27.88 …). One split of the run gives
    the rate: that one, a guess; the points and a note to the line's end after it, the note one cell."""
    cells = fused_cells("年度资金总额2716.53104.23027.8897.54%10-0.25执行率未达100%")
    assert cells == ["年度资金总额", "2716.5", "3104.2", "3027.88", "97.54%", "10", "-0.25", "执行率未达100%"]
    assert all(isinstance(cell, GuessedCell) for cell in cells[1:5])
    # a completion rate with one point is no run of amounts ("100.00%" is not 10 | 0.0 | 0%)
    assert "100.00%" in fused_cells("产出指标数量指标某某完成率=100%100%100.00%15")


def test_staff_labels_cut_a_unit_line() -> None:
    """"单位名称某某局编制人数58实有人数55": 编制人数 was no cell word, so it stayed on the unit's name."""
    assert fused_cells("单位名称某县某局编制人数58实有人数55") == ["单位名称", "某县某局", "编制人数", "58", "实有人数",
                                                                "55"]
