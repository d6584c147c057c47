"""Look-alikes that could raise a false error (docs/reader-corpora/look-alikes-31.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import DATA, errors
from page_reading import read_page

from jixiao.readers import read_any
from jixiao.readers.report import read_report

_UNIT_BUDGET = ("# 某县实验小学2024年度部门整体支出绩效自评报告\n\n## 二、部门预算执行情况\n\n"
                "| 项目 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |\n"
                "|:---|---:|---:|---:|:---:|\n"
                "{total}"
                "| 基本支出 | 820.5 | 850.20 | 846.10 | 99.52% |\n"
                "| 项目支出 | 96 | 140.30 | 131.60 | 93.80% |\n"
                "{below}\n"
                "## 三、绩效指标完成情况\n\n"
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |\n"
                "|---|---|---|---|---|---|---|\n"
                "| 预算执行 | 预算执行率 | 预算执行率 | ≥95% | 98.51% | 10 | 9.85 |\n")
_TOTAL = "| 合计 | 916.5 | 990.50 | 977.70 | 98.71% |\n"


def test_spending_by_nature_without_its_total_row_is_no_total() -> None:
    """基本支出 and 项目支出 rows with the 合计 row left out: neither is the unit's budget (before, 基本支出's figures
    were read as the total's, a false EXECUTION_RATE_MISMATCH against the indicator's 98.51 %)."""
    evaluation = read_page(_UNIT_BUDGET.format(total="", below=""), "unit.md")
    assert evaluation.budget.executed is None
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)


def test_spending_by_nature_over_its_total_row_reads_the_total() -> None:
    evaluation = read_page(_UNIT_BUDGET.format(total="", below=_TOTAL), "unit.md")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("990.50"), Decimal("977.70"))


def test_spending_by_nature_under_its_total_row_unchanged() -> None:
    evaluation = read_page(_UNIT_BUDGET.format(total=_TOTAL, below=""), "unit.md")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("990.50"), Decimal("977.70"))


_FUND_RATES = ("某县林业局2022年度林业改革发展资金绩效自评报告\n"
               "一、项目资金情况\n"
               "下达我局资金36.80万元，已全面拨付使用。\n"
               "二、绩效目标完成情况\n"
               "全县自2005年起实施生态效益补偿制度，工作顺利实施。中央财政补助资金全年共20.30万元，拨付使用了20.30万元，"
               "预算执行率100%。\n"
               "天然林管护补助资金全年共16.50万元，当年未使用，预算执行率0%。\n")


def test_two_named_funds_rates_are_not_the_budgets() -> None:
    """Two sentences each opening on a different named fund, each with its own rate: neither is the budget's rate
    stated twice (before, a false TEXT_TABLE_MISMATCH 100 ≠ 0)."""
    evaluation = read_page(_FUND_RATES)
    assert evaluation.budget.stated_execution_rate is None
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_the_whole_budgets_rate_beside_a_named_funds_is_read() -> None:
    """部门预算资金 names the whole: its rate is the budget's, the named fund's beside it that fund's own."""
    text = _FUND_RATES.replace("中央财政补助资金全年共20.30万元，拨付使用了20.30万元",
                               "部门预算资金全年共36.80万元，拨付使用了36.80万元")
    evaluation = read_page(text)
    assert evaluation.budget.stated_execution_rate == Decimal("100")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_one_named_funds_rate_is_still_read() -> None:
    evaluation = read_page(_FUND_RATES.replace("天然林管护补助资金全年共16.50万元，当年未使用，预算执行率0%。\n", ""))
    assert evaluation.budget.stated_execution_rate == Decimal("100")


_PROSE_REPORT = ("某县交通运输局2023年度{name}项目支出绩效自评报告\n"
                 "项目名称：{name}\n"
                 "主管部门：某县交通运输局\n"
                 "一、项目基本情况\n"
                 "本项目年初预算300.00万元，全年调整预算280.00万元，全年执行266.00万元。\n"
                 "二、绩效指标完成情况\n"
                 "1. 预算执行率（权重10分）：预算执行率95.00%，得9.50分。\n"
                 "2. 道路养护里程（权重50分）：年度目标40公里，实际完成40公里，得50分。\n"
                 "3. 群众满意度（权重40分）：满意度93%，得40分。\n"
                 "三、评价结论\n"
                 "本项目绩效自评综合得分为99.50分，评价等级为优。\n")


def test_two_prose_reports_in_one_file_are_two_forms(tmp_path: Path) -> None:
    """Two projects' prose reports one after the other: each is a form, one is read (before, both reports'
    indicators were read as one list: a false WEIGHTS_NOT_100 and TOTAL_MISMATCH)."""
    path = tmp_path / "two.txt"
    path.write_text(_PROSE_REPORT.format(name="农村公路养护") + "\n" + _PROSE_REPORT.format(name="县乡道路安保工程"),
                    encoding="utf-8")
    evaluation, _, forms = read_report(path)
    assert len(forms) == 2
    assert len(evaluation.indicators) == 3
    assert evaluation.project is not None and evaluation.project.name == "农村公路养护"
    assert not {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"} & set(errors(evaluation))


@pytest.mark.parametrize("name", ["reports/r09-yuelu-culture.txt", "reports/r15-wujiang-canal.txt"])
def test_no_error_stands_on_guessed_facts_alone(name: str) -> None:
    """The checks' side: every error-level finding names the facts it rests on, so when the reader marks every fact
    guessed none stays an error (each becomes a 请人工核对 warning)."""
    evaluation = read_any(DATA / name).evaluation
    assert errors(evaluation)
    evaluation.provenance = {path: ref.model_copy(update={"guessed": True})
                             for path, ref in evaluation.provenance.items()}
    assert errors(evaluation) == set()
