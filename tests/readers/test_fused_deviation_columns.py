"""A fused indicator table with a 偏差 column of figures between the actual and the score (… | 分值 | 年度指标值 |
实际完成值 | 偏差（%） | 得分 | 偏差原因分析): the deviation runs into the score ("≥8个8个0.010"), and where the units
stand in the name the weight, the target and the actual run together too ("1010096.5-3.59.65"); the deviation, the
actual's departure from the target at its written decimals, cuts them (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers import flat_deviation_columns
from jixiao.readers.flat_deviation_columns import deviation_row, deviation_values
from jixiao.readers.flat_words import column_words
from jixiao.readers.fused_money import GuessedCell

_REST: list[str | None] = ["weight", "target", "actual", "deviation", "score", "deviation"]


def test_the_header_cell_of_deviation_score_and_note_is_cut() -> None:
    assert column_words("偏差（%）得分偏差原因分析") == ["偏差（%）", "得分", "偏差原因分析"]
    assert column_words("偏差（%）得分") == ["偏差（%）", "得分"]
    assert column_words("评分标准得分原因") == ["评分标准", "得分", "原因"]
    assert column_words("得分原因") == ["得分原因"]  # two words only: one column may be so named
    assert column_words("得分偏差原因") == ["得分偏差原因"]


def test_the_deviation_cuts_the_run() -> None:
    assert deviation_values("10≥8个8个0.010", _REST) == ["10", "≥8个", "8个", "0.0", "10"]
    assert deviation_values("1010096.5-3.59.65", _REST) == ["10", "100", "96.5", "-3.5", "9.65"]
    assert deviation_values("20≥9094.24.720", _REST) == ["20", "≥90", "94.2", "4.7", "20"]
    assert deviation_values("10≤4起3起-25.010", _REST) == ["10", "≤4起", "3起", "-25.0", "10"]
    # a note after the score, opening on a figure of its own
    assert deviation_values("10100%92.5%-7.582处选址调整", _REST) == ["10", "100%", "92.5%", "-7.5", "8", "2处选址调整"]
    # a note opening on a figure: 18 | "2处…" and 1 | "82处…" both within the weight
    assert deviation_values("20100%92.5%-7.5182处选址调整", _REST) is None
    # 2.1 | 10 and 2.11 | 0 both depart from 95 to 97 at their decimals: no reading
    assert deviation_values("10≥95972.110", _REST) is None
    # a score above the weight, no deviation that fits: no reading
    assert deviation_values("10≥9094.24.720", _REST) is None
    assert deviation_values("10≥8个8个5.010", _REST) is None


def test_a_form_with_a_deviation_column(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "项目支出绩效自评表（2024年度）",
        "项目名称某县村级道路养护项目",
        "一级指标二级指标三级指标分值年度指标值实际完成值偏差（%）得分偏差原因分析",
        "产出指标数量指标养护道路里程（公里）40≥4042.56.340",
        "维修桥涵座数（座）10≥880.010",
        "时效指标养护完成及时率（%）10100%92.5%-7.58部分路段选址调整",
        "效益指标社会效益指标道路通行事故起数（起）20≤43-25.020",
        "满意度指标服务对象满意度指标群众满意度（%）20≥9094.24.720",
        "合计10098",
    ])
    got = indicator_rows(evaluation, "name", "weight", "stated_score")
    assert got == [("养护道路里程（公里）", 40, 40), ("维修桥涵座数（座）", 10, 10), ("养护完成及时率（%）", 10, 8),
                   ("道路通行事故起数（起）", 20, 20), ("群众满意度（%）", 20, 20)]
    first = evaluation.indicators[0]
    assert first.target is not None and first.actual is not None
    assert (first.target.value, first.actual.value) == (Decimal("40"), Decimal("42.5"))
    assert evaluation.indicators[2].deviation_note == "部分路段选址调整"
    assert evaluation.provenance["indicators[0].stated_score"].guessed
    roles: list[str | None] = ["level1", "level2", "name", *_REST]
    row = deviation_row(["维修桥涵座数", "10≥8个8个0.010"], roles)
    assert row == ["维修桥涵座数", "10", "≥8个", "8个", "0.0", "10"]
    assert all(isinstance(cell, GuessedCell) for cell in row)


def test_a_run_of_more_digits_than_five_figures_hold_is_not_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    fits = flat_deviation_columns._fits
    monkeypatch.setattr(flat_deviation_columns, "_fits", lambda role, found, read: (
        tried.append(found.group(0)) is None and fits(role, found, read)))
    assert deviation_values("1" * 48, _REST) is None  # (weights and scores of 3 digits, three figures of 8)
    assert tried == []
    assert deviation_values("10100%93.3%-6.78某项延期", _REST) == ["10", "100%", "93.3%", "-6.7", "8", "某项延期"]
