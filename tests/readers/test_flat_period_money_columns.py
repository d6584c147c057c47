"""A multi-year project's money table headed in two rows (资金来源 | 2024年度 | 2021—2024年累计 over 年初预算数 |
全年预算数 | 全年执行数 | 总预算数 | 累计执行数), funds by source as its rows, flattened one cell a line, as spaced rows
and on one line: the year's columns give the budget and the fund rows, the whole span's columns are read past, as
the Word table's reader takes them. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_TABLE = [["资金来源", "2024年度", "2021—2024年累计"],
          ["年初预算数", "全年预算数", "全年执行数", "总预算数", "累计执行数"],
          ["合计", "900.00", "960.00", "931.20", "3100.00", "2876.40"],
          ["中央补助资金", "500.00", "500.00", "492.10", "1800.00", "1710.30"],
          ["市级资金", "250.00", "290.00", "281.60", "800.00", "731.50"],
          ["区级资金", "150.00", "170.00", "157.50", "500.00", "434.60"]]
_HEAD = ["某区2021—2024年污水管网改造工程2024年度绩效自评报告", "主管部门：某区住房和城乡建设局",
         "二、资金情况（单位：万元）"]
_TAIL = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
         "产出指标 数量指标 改造污水管网长度 ≥12公里 12.4公里 50 50",
         "满意度指标 服务对象满意度指标 沿线居民满意度 ≥90% 93% 50 50", "总分 100 100"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_years_columns_give_the_budget_and_its_funds(tmp_path: Path, shape: str) -> None:
    budget = read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, _TAIL, shape)).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("900.00"), Decimal("960.00"), Decimal("931.20"))
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("中央补助资金", Decimal("500.00"), Decimal("500.00"), Decimal("492.10")),
        ("市级资金", Decimal("250.00"), Decimal("290.00"), Decimal("281.60")),
        ("区级资金", Decimal("150.00"), Decimal("170.00"), Decimal("157.50"))]
