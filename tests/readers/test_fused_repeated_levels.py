"""Level cells that repeat the name's words, run together in a fused row ("预算执行预算执行预算执行率100%97.2%109.72"
under 一级指标 | 二级指标 | 三级指标): each cell opens the next, and one cut only makes it so (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_continued_rows import continued_row
from jixiao.readers.flat_repeated_levels import repeated_levels, with_repeated_levels

_ROLES: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score"]


def test_each_cell_opens_the_next() -> None:
    assert repeated_levels("预算执行预算执行预算执行率", 3) == ["预算执行", "预算执行", "预算执行率"]
    assert repeated_levels("预算执行预算执行率预算执行率", 3) == ["预算执行", "预算执行率", "预算执行率"]
    assert repeated_levels("资金管理资金管理制度健全性", 2) == ["资金管理", "资金管理制度健全性"]
    assert repeated_levels("河道保洁长度", 2) is None  # no cell repeats
    assert repeated_levels("预算执行预算执行率", 3) is None  # two cells, not three


def test_a_rows_cells_get_the_levels_they_lack() -> None:
    cells = ["产出指标", "预算执行预算执行率", "97.2%", "109.72"]
    assert with_repeated_levels(cells, _ROLES) == ["产出指标", "预算执行", "预算执行率", "97.2%", "109.72"]
    full = ["产出指标", "数量指标", "保洁河道长度", "≥36公里", "36.5公里", "3030"]
    assert with_repeated_levels(full, _ROLES) == full
    assert with_repeated_levels(cells, ["name", "target", "actual", "weight", "score"]) == cells  # no level column


def test_a_form_whose_budget_row_repeats_its_levels(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "部门整体支出绩效自评表（2024年度）",
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
        "预算执行预算执行预算执行率100%97.2%109.72",
        "产出指标数量指标巡查河道长度≥120公里126公里4545",
        "满意度指标服务对象满意度指标群众满意度≥90%93%4545",
        "总分10099.72",
    ])
    first = evaluation.indicators[0]
    assert (first.level1, first.level2, first.name, first.weight, first.stated_score) == \
        ("预算执行", "预算执行", "预算执行率", 10, Decimal("9.72"))
    assert evaluation.provenance["indicators[0].level2"].guessed
    assert [i.name for i in evaluation.indicators] == ["预算执行率", "巡查河道长度", "群众满意度"]


def test_a_row_under_the_merged_first_level_gets_its_second_level() -> None:
    cells = ["资金管理资金管理规范性", "5", "规范", "规范", "55"]
    assert with_repeated_levels(cells, _ROLES) == ["资金管理", "资金管理规范性", "5", "规范", "规范", "55"]
    plain = ["培训人次", "≥60人次", "62人次", "55"]
    assert with_repeated_levels(plain, _ROLES) == plain


def test_a_criteria_row_whose_second_level_repeats_the_names_words() -> None:
    roles: list[str | None] = ["level1", "level2", "name", "weight", "scoring_rule", "target", "actual", "score"]
    row = continued_row("资金管理资金管理规范率10达到目标值得满分，每低1个百分点扣0.5分≥95%96%10", roles)
    assert row == ["资金管理", "资金管理规范率", "10", "达到目标值得满分，每低1个百分点扣0.5分", "≥95%", "96%", "10"]
