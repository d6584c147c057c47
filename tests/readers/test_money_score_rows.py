"""The rate's score on a row of its own under a flattened money block ("得分 | 9.8", the score cell merged across the
block): the row's words and its one figure are the reading, whichever amount column the rebuilt row put the figure
under. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers import read_any

_MONEY = ["部门整体支出绩效自评表（2024年度）", "部门名称", "某县农业农村局",
          "资金情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值",
          "年度资金总额", "1200", "1300", "1274", "98%", "10",
          "其中：财政拨款", "1100", "1200", "1176", "其他资金", "100", "100", "98"]
_INDICATORS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "产出指标", "数量指标", "农机补贴户数", "≥500户", "520户", "40", "40",
               "效益指标", "社会效益指标", "耕地保护面积", "≥3000亩", "3100亩", "30", "30",
               "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", "20", "18"]


def _read(tmp_path: Path, cells: list[str]):  # type: ignore[no-untyped-def]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    return read_any(path).evaluation


def test_the_score_row_under_the_block_is_read_as_written(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, [*_MONEY, "得分", "9.8", *_INDICATORS, "总分", "100", "99.8"])
    rate = evaluation.indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal(10), Decimal("9.8"))
    assert not evaluation.provenance["indicators[0].stated_score"].guessed


def test_a_total_that_is_not_the_scores_sum_is_an_error(tmp_path: Path) -> None:
    # 9.8 + 40 + 30 + 18 = 97.8, the form states 99.8: every figure is read as written, so the mismatch stands
    evaluation = _read(tmp_path, [*_MONEY, "得分", "9.8", *_INDICATORS, "总分", "100", "99.8"])
    found = [f for f in run_checks(evaluation) if f.code == "TOTAL_MISMATCH"]
    assert [f.severity for f in found] == [Severity.ERROR]
