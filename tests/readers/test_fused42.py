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
