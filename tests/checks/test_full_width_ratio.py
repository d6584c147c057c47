"""A check's side of the look-alikes of docs/reader-corpora/look-alikes-36.md: an invented snippet, no text of
any page."""

from __future__ import annotations

from pathlib import Path

from jixiao.checks import Severity, run_checks
from jixiao.readers.report import read_report

_FULL_WIDTH_RATIO = (
    "某镇文化站2023年度项目支出绩效自评表\n"
    "项目名称：乡村文化广场建设项目\n"
    "| 预算执行情况（万元） | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
    "| 年度资金 | ６００ | ８７ | ０．１ | ２ |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 新建文化广场数 | ≥２个 | １个 | ４０ | ２０ |\n"
    "| 效益指标 | 社会效益指标 | 群众文化活动场次 | ≥２０场 | ８场 | ３０ | １２ |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥９０％ | ９１％ | ２０ | ２０ |\n"
    "| 总分 |  |  |  |  | １００ | ５４ |\n"
)


def test_a_full_width_ratio_is_a_rate_to_its_written_digit(tmp_path: Path) -> None:
    """"０．１" under 执行率(B/A) (full-width figures) is 10 % written to one decimal of the ratio, as "0.1" is:
    87 ÷ 600 = 14.5 % agrees with it (before, only a half-width ratio was seen as one, and a false
    EXECUTION_RATE_MISMATCH was raised)."""
    path = tmp_path / "page.txt"
    path.write_text(_FULL_WIDTH_RATIO, encoding="utf-8")
    evaluation, _, _ = read_report(path)
    assert evaluation.budget.stated_execution_rate == 10
    assert not [f for f in run_checks(evaluation)
                if f.code == "EXECUTION_RATE_MISMATCH" and f.severity is Severity.ERROR]
