"""Stop 50's first review (docs/reader-corpora/review-50-first.md): what stop 49's second round and this stop's first
merges read on odd input, each as an invented snippet (invented units, indicators and figures, no page text)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_docx

_WIDE = 7


def _row(*cells: str) -> list[str]:
    return [*cells, *[""] * (_WIDE - len(cells))]


def test_a_total_over_a_numbered_row_takes_no_score_from_it(tmp_path: Path) -> None:
    """"总分 | 100" over an indicator row opening on its number ("1 | 产出指标 | …"): the row below gives no score of
    the total (before, its 1 was read as the stated total, the 100 as the full mark)."""
    rows = [_row("项目名称", "某某镇2023年灌渠清淤项目"), _row("实施单位", "某县某某镇人民政府"), _row("总分", "100"),
            _row("1", "产出指标", "数量指标", "清淤渠道长度", "≥12公里", "12.5公里", "20"),
            _row("2", "效益指标", "社会效益指标", "受益农田面积", "≥3000亩", "3100亩", "30")]
    evaluation = read_docx(tmp_path, ["某某镇2023年灌渠清淤项目绩效自评表", rows])
    assert evaluation.stated_total != Decimal(1)
    assert "第4行" not in evaluation.provenance["stated_total"].location
