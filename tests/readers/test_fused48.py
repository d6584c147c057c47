"""The fused shape (a row's cells run together, no separator), stop 48, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused48)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Comparator

_TITLE = "某区2024年度社区康养服务项目绩效自评表"
_HEADER = "一级指标二级指标三级指标年度指标值实际完成值分值得分扣分原因"


def test_a_full_width_sign_and_an_included_bound_open_and_close_the_target(tmp_path: Path) -> None:
    """"…学员结业率＞90%91.6%1010": the value runs knew ≥ ≤ > < = but not the full-width ＞ ＜, so the sign stayed
    on the name ("学员结业率＞") and the target lost its comparison; "…设备完好率≥95%（含）96.5%1010": the bracketed
    "（含）" after the target (the bound itself included) was a text cell of its own, taken for the row's name, and
    the row lost its name and target. Both are now the target's."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标康养培训人数≥500人520人2020",
            "质量指标康复设备完好率≥95%（含）96.5%1010",
            "效益指标社会效益指标学员结业率＞90%91.6%1010",
            "满意度指标服务对象满意度指标老人满意度≥90%95%1010",
            "合计5050"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    kit, passed = found["康复设备完好率"], found["学员结业率"]
    assert (kit.level2, kit.target.comparator, kit.target.value, kit.target.unit) == (
        "质量指标", Comparator.GE, Decimal("95"), "%")
    assert (kit.actual.value, kit.weight, kit.stated_score) == (Decimal("96.5"), 10, 10)
    assert (passed.target.comparator, passed.target.value, passed.actual.value) == (
        Comparator.GT, Decimal("90"), Decimal("91.6"))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_row_under_merged_level_cells_may_name_an_age_first(tmp_path: Path) -> None:
    """"65岁以上老人体检人数≥4.2万人4.5万人1010" under the merged level cells of the row above: the carried name was
    read up to its first figure, so a name opening on an age gave none and the row was lost. An age ("65岁", "0-6岁")
    may open the name."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标康养培训人数≥500人520人2020",
            "65岁以上老人体检人数≥4.2万人4.5万人1010",
            "满意度指标服务对象满意度指标老人满意度≥90%95%1010",
            "合计4040"]
    checked = by_name(read_saved_rows(tmp_path, rows))["65岁以上老人体检人数"]
    assert (checked.level1, checked.level2, checked.target.value, checked.target.unit) == (
        "产出指标", "数量指标", Decimal("4.2"), "万人")
    assert (checked.actual.value, checked.weight, checked.stated_score) == (Decimal("4.5"), 10, 10)
