"""A report closing on a score summary (一级指标 | 权重 | 得分) whose total row is 综合得分: the grade in a cell of its
own after the figures ("综合得分 | 100 | 91.35 | 良好" under an 等级 column) is the stated grade, and a row cut short of
its score column whose label states the full mark ("综合得分（满分100分） | 91.35") gives the total and the full mark —
its one figure stands under the weights, yet it is no weight. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers import read_any

_HEAD = """# 某县交通运输局2022年度农村公路管护经费绩效自评报告

项目年初预算200.00万元，全年预算210.00万元，全年执行205.80万元，执行率98.00%。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 管护农村公路里程 | ≥860公里 | 872公里 | 40 | 40 |  |
| 效益指标 | 社会效益指标 | 路况优良率 | ≥80% | 76% | 30 | 22.55 | 部分路段重载车辆多 |
| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 91% | 20 | 20 |  |

## 自评得分汇总

"""


def _read(tmp_path: Path, summary: str) -> Evaluation:
    path = tmp_path / "report.md"
    path.write_text(_HEAD + summary, encoding="utf-8")
    return read_any(path).evaluation


def test_a_grade_after_the_total_rows_figures_is_the_stated_grade(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, "| 一级指标 | 权重 | 得分 | 等级 |\n| --- | --- | --- | --- |\n"
                                 "| 产出指标 | 50 | 49.80 |  |\n| 效益指标 | 30 | 22.55 |  |\n"
                                 "| 满意度指标 | 20 | 20 |  |\n| 综合得分 | 100 | 92.35 | 优秀 |\n")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("92.35"), "优")


def test_several_grade_words_in_a_total_row_are_no_grade(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, "| 综合得分 | 92.35 | 优秀 | 良好 |\n| --- | --- | --- | --- |\n")
    assert evaluation.stated_grade is None


def test_a_short_total_row_labelled_with_its_full_mark_gives_the_total(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, "| 一级指标 | 权重 | 得分 |\n| --- | --- | --- |\n"
                                 "| 产出指标 | 50 | 49.80 |\n| 效益指标 | 30 | 22.55 |\n| 满意度指标 | 20 | 20 |\n"
                                 "| 综合得分（满分100分） | 92.35 |\n")
    assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("92.35"), Decimal(100))


def test_a_short_total_rows_lone_figure_equal_to_the_weights_sum_is_no_total(tmp_path: Path) -> None:
    """"合计（满分100分） | 90" under indicators weighted 40, 30 and 20 (the money block's 10 points apart) scored
    82.55: the 90 is the weights' sum, not a total (read as one, it accused the unit of a total its scores do not
    add up to)."""
    path = tmp_path / "report.md"
    path.write_text(_HEAD.split("\n## ")[0].rstrip() + "\n| 合计（满分100分） | 90 |\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert (evaluation.stated_total, evaluation.full_mark) == (None, Decimal(100))
    assert "TOTAL_MISMATCH" not in {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}
