"""The fused shape (a row's cells run together, no separator), stop 42, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused42)."""

from __future__ import annotations

from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_HEAD = ["某县某局2024年度部门整体支出绩效自评报告", "四、绩效指标完成情况"]
_TAIL = ["总分10097", "五、存在问题", "某某问题。"]


def test_prior_year_actual_column_run_together_is_read_past() -> None:
    """"…年度指标值上年实际值本年实际值分值得分偏差原因": the two actual columns stayed one cell (no cut word), so the
    header had a column fewer than its rows and no row was read. Cut, the earlier year's column is read past and
    the row's actual is this year's; the weight and score run together ("1010") are a guess."""
    rows = ["一级指标二级指标三级指标年度指标值上年实际值本年实际值分值得分偏差原因",
            "产出指标数量指标某设施维修处数≥20处17处22处1010",
            "质量指标某工程验收合格率100%96%100%1010",
            "效益指标社会效益指标某服务覆盖率≥90%88%87%2017某某原因"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某设施维修处数", 10, 10), ("某工程验收合格率", 10, 10), ("某服务覆盖率", 20, 17)]
    assert [(i.target.value, i.actual.value) for i in page.indicators] == [(20, 22), (100, 100), (90, 87)]
    assert [i.level2 for i in page.indicators] == ["数量指标", "质量指标", "社会效益指标"]
    assert all(page.provenance[f"indicators[{k}].stated_score"].guessed for k in range(3))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_levels_column_with_no_level_word_heads_rows_opening_on_their_level() -> None:
    """"指标类别指标名称权重目标值完成值自评分备注": the level column is 指标类别 (one column naming the levels, no 级
    in the line), so neither the levelled header (asked only of a line holding 级) nor the named one (rows opening on
    the name) took it, and no row was read. Rows opening on their 一级 and rows under its merged cell are read."""
    rows = ["指标类别指标名称权重目标值完成值自评分备注",
            "产出指标某设施建成数20≥12个12个20",
            "某业务办结率20100%98%19",
            "效益指标某某覆盖率30≥90%93%30",
            "满意度指标服务对象满意度30≥90%92%28"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某设施建成数", 20, 20), ("某业务办结率", 20, 19), ("某某覆盖率", 30, 30), ("服务对象满意度", 30, 28)]
    assert [i.level1 for i in page.indicators] == ["产出指标", "产出指标", "效益指标", "满意度指标"]
    assert [(i.target.value, i.actual.value) for i in page.indicators][:2] == [(12, 12), (100, 98)]
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
