"""A unit with a bracketed word after it ("万头（只）", "人（次）") in cells a viewer ran together: the bracket is the
unit's, not a cell of its own that shifts the row's columns (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_value_runs import cells_between


def test_a_units_bracketed_word_stays_with_its_figure() -> None:
    assert cells_between("≥52万头（只）53.6万头（只）1010") == ["≥52万头（只）", "53.6万头（只）", "1010"]
    assert cells_between("≥300人(次)288人(次)108") == ["≥300人(次)", "288人(次)", "108"]


def test_a_row_with_bracketed_units_opening_on_its_level(tmp_path: Path) -> None:
    rows = ["某县畜牧兽医站2024年度项目支出绩效自评表",
            "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
            "产出指标数量指标春季免疫数量≥52万头（只）53.6万头（只）2020",
            "质量指标免疫密度≥90%94%2020",
            "满意度指标服务对象满意度指标养殖户满意度≥90%91%1010",
            "合计5050"]
    evaluation = _read_rows(tmp_path, rows)
    first = evaluation.indicators[0]
    assert (first.level2, first.name, first.weight, first.stated_score) == ("数量指标", "春季免疫数量", 20, 20)
    assert first.target is not None and first.actual is not None
    assert (first.target.value, first.target.unit, first.actual.value) == (Decimal(52), "万头(只)", Decimal("53.6"))
    assert [i.name for i in evaluation.indicators] == ["春季免疫数量", "免疫密度", "养殖户满意度"]
