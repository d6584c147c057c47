"""A project form's money block beside the year before (资金情况（万元） | 2023年预算数 | 2023年执行数 |
2024年年初预算数 | 2024年全年预算数 | 2024年全年执行数 | 执行率 | 得分), flattened one cell a line, as spaced rows and
on one line: the earlier year's columns are read past and the year's own give the budget, as the Word table's
reader takes them. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_TABLE = [["资金情况（万元）", "2023年预算数", "2023年执行数", "2024年年初预算数", "2024年全年预算数",
           "2024年全年执行数", "执行率", "得分"],
          ["年度资金总额", "820.00", "801.50", "900.00", "936.00", "912.40", "97.48%", "9.75"]]
_HEAD = ["农村供水保障项目绩效自评表", "（2024年度）", "项目名称 农村供水保障项目",
         "主管部门 某县水利局 实施单位 某县供水站"]
_TAIL = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
         "产出指标 数量指标 新建供水管网长度 ≥40公里 42公里 40 40",
         "满意度指标 服务对象满意度指标 群众满意度 ≥90% 94% 50 50", "总分 100 99.75"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_years_own_columns_give_the_budget(tmp_path: Path, shape: str) -> None:
    budget = read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, _TAIL, shape)).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("900.00"), Decimal("936.00"), Decimal("912.40"), Decimal("97.48"))
