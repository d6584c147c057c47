"""What the sixtieth set's reports share: the indicator table's header, a row's cells, the money block of a
special-bond or government-fund project (年度资金总额 over its 其中 rows: 债券资金 / 配套资金 / 自筹资金 …) and the
expected facts of a project form whose execution rate is scored in that block.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, total
from eighteenth_facts import EARNED, D, facts, r2, rate
from seventeenth_facts import shown

YEAR = 2024
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
Funds = list[tuple[str, str, str, str]]  # (fund, 年初预算数, 全年预算数, 全年执行数), in 万元


def cells(r: Row) -> list[str]:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因."""
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def money(funds: Funds) -> tuple[str, str, str]:
    """The 年度资金总额 row: the funds' sums."""
    return tuple(f"{sum((D(f[k]) for f in funds), D(0)):.2f}" for k in (1, 2, 3))  # type: ignore[return-value]


def money_block(funds: Funds, total_row: tuple[str, str, str], rt: Decimal, es: Decimal) -> list[list[str]]:
    """项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, the total row, then each fund
    as 其中."""
    return [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", *total_row, "10", f"{rt}%", str(es)],
            *(["", ("其中：" if i == 0 else "") + f[0], f[1], f[2], f[3], "—", "—", "—"]
              for i, f in enumerate(funds))]


def project_facts(unit: str, dept: str, proj: str, funds: Funds, rows: list[Row], *, full_mark: int | None = 100,
                  **extra: Any) -> tuple[dict[str, Any], tuple[str, str, str], Decimal, Decimal, Decimal]:
    """The expected facts of a project form whose money block scores the execution rate out of 10, with the block's
    total row and fund rows; also the total row, the rate, its score and the form's total."""
    total_row = money(funds)
    rt = rate(total_row[2], total_row[1])
    es = r2(10 * rt / 100)
    tot = total(rows, es)
    budget = {"initial": D(total_row[0]), "adjusted": D(total_row[1]), "executed": D(total_row[2]),
              "stated_execution_rate": rt,
              "fund_rows": [{"name": f[0], "initial": D(f[1]), "adjusted": D(f[2]), "executed": D(f[3])}
                            for f in funds]}
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in rows)]
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget, inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=full_mark, planted=[],
              **{"stated_grade": EARNED, **extra})
    return f, total_row, rt, es, tot
