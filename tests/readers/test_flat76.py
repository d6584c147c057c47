"""Stop 63, flat76: an indicator table whose header spans two rows flattened — 指标值 over 中期指标值 | 年度指标值,
the second row written after the whole first. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_TITLE = ["某某县水利局2024年小型水库除险加固项目绩效自评表"]
_HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
_SUB = ["中期指标值", "年度指标值"]
_ROWS = [["产出指标", "数量指标", "除险加固水库座数", "≥24座", "≥9座", "9座", "30", "30"],
         ["产出指标", "质量指标", "主体工程验收合格率", "=100%", "=100%", "100%", "30", "30"],
         ["效益指标", "社会效益指标", "下游受保护人口", "≥3.6万人", "≥1.2万人", "1.1万人", "20", "18",
          "一座水库汛期停工"],
         ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%", "94%", "20", "20"]]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_a_mid_term_and_a_year_target_under_one_header_word(tmp_path: Path, shape: str) -> None:
    """指标值 spanning 中期指标值 | 年度指标值 on the row below: flattened, the second row comes after the whole first,
    and its two words take the spanning word's place, so each row's target is the year's, not the mid-term's."""
    evaluation = read_saved(tmp_path, "\n".join(flattened(_TITLE, [_HEAD, _SUB, *_ROWS], [], shape)) + "\n")
    assert indicator_rows(evaluation) == [(r[0], r[1], r[2], Decimal(r[6]), Decimal(r[7])) for r in _ROWS]
    assert [(i.target.value, i.actual.value) for i in evaluation.indicators if i.target and i.actual] == [
        (Decimal(9), Decimal(9)), (Decimal(100), Decimal(100)), (Decimal("1.2"), Decimal("1.1")),
        (Decimal(90), Decimal(94))]
    assert [i.deviation_note for i in evaluation.indicators] == [None, None, "一座水库汛期停工", None]
    assert not [f for f in run_checks(evaluation) if f.severity == Severity.ERROR]
