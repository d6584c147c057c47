"""What the sixty-fourth set's reports share: 2023–2024 self-evaluations of courts, procuratorates, public security
bureaus, emergency management bureaus and fire rescue detachments of Jiangsu, Zhejiang, Anhui and Hubei — the expected
facts of a project or a whole-unit form (the sixty-first set's, dated), the 项目资金 block in 万元, and the
扣分情况说明 table some of them carry beside the form.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row
from sixtyfirst_facts import project_facts, whole_facts

Made4 = tuple[dict[str, Any], Decimal, Decimal, Decimal]
DEDUCT_HEAD = ["序号", "扣分指标", "分值", "得分", "扣分", "扣分原因"]


def dated(made: Made4, year: int) -> Made4:
    """The sixty-first set's facts, dated ``year``."""
    f, rt, es, tot = made
    f["year"] = year
    return f, rt, es, tot


def project(year: int, unit: str, dept: str, proj: str, money: tuple[str, str, str], rows: list[Row],
            **extra: Any) -> Made4:
    return dated(project_facts(unit, dept, proj, money, rows, **extra), year)


def whole(year: int, unit: str, money: tuple[str, str, str], rows: list[Row], exec_at: int, **extra: Any) -> Made4:
    return dated(whole_facts(unit, money, rows, exec_at, **extra), year)


def without_notes(f: dict[str, Any]) -> dict[str, Any]:
    """The facts of a form with no 偏差原因 column: its reasons stand only in a 扣分情况说明 table beside it."""
    for ind in f["indicators"]:
        ind.pop("deviation_note", None)
    return f


def deductions(rows: list[Row]) -> list[list[str]]:
    """The 扣分情况说明 table: each indicator scored below its weight, its weight, score, points lost and why."""
    out = [DEDUCT_HEAD]
    for r in rows:
        lost = Decimal(r[3]) - Decimal(r[6])
        if lost:
            out.append([str(len(out)), r[2], str(r[3]), r[6], f"{lost:g}", r[7]])
    return out


def money_rows(money: tuple[str, str, str], rt: Decimal, es: Decimal | None) -> list[list[str]]:
    """A 项目资金（万元） block: 年度资金总额 and 其中：财政拨款; ``es`` None leaves out 分值 / 得分 (a whole-unit form
    scores its rate in the indicator table)."""
    ini, adj, exe = money
    if es is None:
        return [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                ["年度资金总额", ini, adj, exe, f"{rt}%"], ["其中：财政拨款", ini, adj, exe, f"{rt}%"]]
    return [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["其中：财政拨款", ini, adj, exe, "—", f"{rt}%", "—"]]

