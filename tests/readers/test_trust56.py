"""A text whose end cuts the last row of a table per level (stop 47, trust56): each 二级 level has its own table of
" |" cells, so the cut row has only its level's header row above it, closed by its rule as the row is not. Its last
figure, set in a column only by how many cells are left, is a guess: a cut "67" (of 67.2%) is no sure weight and
supports no error. Invented snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

LEVEL_HEAD = "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |"
HEAD = [
    "某县某某卫生院2025年度部门整体支出绩效自评报告",
    "一、预算执行情况",
    "2025年年初预算2310.00万元，全年预算2456.40万元，全年支出2398.72万元，预算执行率97.65%。",
    "二、绩效指标完成情况",
    "（一）产出指标",
    "1.数量指标",
    LEVEL_HEAD,
    "家庭医生签约人数 | ≥6200人 | 6418人 | 15 | 15 |  |",
    "健康体检人次 | ≥3500人次 | 3622人次 | 10 | 10 |  |",
    "2.质量指标",
    LEVEL_HEAD,
    "慢病规范管理率 | ≥80% | 83.5% | 15 | 15 |  |",
    "（二）效益指标",
    "1.社会效益指标",
    LEVEL_HEAD,
]
LAST = "基层首诊率 | ≥65% | 67.2% | 20 | 20 |  |"


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _weights(tmp_path: Path, text: str) -> dict[Decimal | None, bool]:
    """Each indicator's weight, and whether its reading is a guess."""
    evaluation = read_saved(tmp_path, text)
    return {indicator.weight: evaluation.provenance[f"indicators[{i}].weight"].guessed
            for i, indicator in enumerate(evaluation.indicators) if f"indicators[{i}].weight" in evaluation.provenance}


def test_the_last_rows_weight_is_read_when_it_is_whole(tmp_path: Path) -> None:
    weights = _weights(tmp_path, _text(*HEAD, LAST))
    assert weights[Decimal("20")] is False
    assert "WEIGHTS_NOT_100" not in errors(read_saved(tmp_path, _text(*HEAD, LAST)))


def test_a_row_the_end_cuts_under_its_levels_header_is_no_sure_weight(tmp_path: Path) -> None:
    for cut in (LAST[: len(LAST) // 2], LAST[: LAST.index("| 20")], LAST[: LAST.index("| 20") + 3]):
        text = _text(*HEAD, cut.rstrip(" |"))
        weights = _weights(tmp_path, text)
        assert all(weights[figure] for figure in (Decimal("67"), Decimal("2")) if figure in weights), cut
        assert "WEIGHTS_NOT_100" not in errors(read_saved(tmp_path, text)), cut
