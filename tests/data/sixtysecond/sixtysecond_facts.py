"""What the sixty-second set's reports share: 2022 self-evaluations of Shandong, Hebei, Shanxi and Liaoning hospitals,
CDCs, schools and universities as a provincial 预算管理一体化 system prints or exports them — the indicator table with
指标性质 / 指标方向 / 度量单位 columns (the comparator and the unit in columns of their own, the figures bare, '——' or
'N/A' in the cells that do not apply), money in 元 with separators, the export's furniture (打印时间, 操作员, 第N页),
and the expected facts of a whole-unit or a project form (the sixty-first set's, for 2022).

Every unit, person and figure here is invented.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from corpus_build import Row
from eighteenth_facts import yuan
from sixtyfirst_facts import cells, exec_row, project_facts, whole_facts

YEAR = 2022
SYS_HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "度量单位", "年度指标值", "实际完成值", "分值",
            "得分", "偏差原因分析及改进措施"]
_SPLIT = re.compile(r"^(≥|≤|=|＞|<)?([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$")


def sys_cells(c8: list[str], empty: str = "——") -> list[str]:
    """An indicator row of the 8-column form as the system prints it: 定量 rows split into 指标方向 (≥ ≤ =), 度量单位
    and bare figures, 定性 rows with ``empty`` in the direction and unit cells; an empty 偏差原因 as ``empty``."""
    l1, l2, l3, tgt, act, w, s, dev = c8
    t, a = _SPLIT.match(tgt), _SPLIT.match(act)
    if t and a and t.group(3) == a.group(3):
        return [l1, l2, l3, "定量", t.group(1) or "=", t.group(3), t.group(2), a.group(2), w, s, dev or empty]
    return [l1, l2, l3, "定性", empty, empty, tgt, act, w, s, dev or empty]


def project_rows(rows: list[Row], empty: str = "——") -> list[list[str]]:
    return [sys_cells(cells(r), empty) for r in rows]


def whole_sys_rows(rows: list[Row], exec_at: int, rt: Decimal, es: Decimal, empty: str = "——") -> list[list[str]]:
    """A whole-unit form's rows in the system's columns, its 预算执行率 row at ``exec_at``."""
    out = [cells(r) for r in rows]
    out.insert(exec_at, exec_row(rows, exec_at, rt, es))
    return [sys_cells(c, empty) for c in out]


def of_year(made: tuple[dict[str, Any], Decimal, Decimal, Decimal]) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    """The sixty-first set's facts, dated 2022."""
    f, rt, es, tot = made
    f["year"] = YEAR
    return f, rt, es, tot


def project(unit: str, dept: str, proj: str, money: tuple[str, str, str], rows: list[Row],
            **extra: Any) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    return of_year(project_facts(unit, dept, proj, money, rows, **extra))


def whole(unit: str, money: tuple[str, str, str], rows: list[Row], exec_at: int,
          **extra: Any) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    return of_year(whole_facts(unit, money, rows, exec_at, **extra))


def yuan_money(money: tuple[str, str, str], rt: Decimal, es: Decimal | None, na: str = "N/A") -> list[list[str]]:
    """A project's money block in 元 with separators: 年度资金总额 and 当年财政拨款 carry the figures, 上年结转 and
    其他资金 ``na``; ``es`` None leaves out the 分值 / 得分 columns (a whole-unit form scores the rate below)."""
    ini, adj, exe = (yuan(m) for m in money)
    if es is None:
        head = ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "执行率"]
        return [head, ["年度资金总额", ini, adj, exe, f"{rt}%"], ["其中：当年财政拨款", ini, adj, exe, f"{rt}%"],
                ["上年结转资金", na, na, na, na], ["其他资金", na, na, na, na]]
    head = ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    return [head, ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["其中：当年财政拨款", ini, adj, exe, "——", "——", "——"],
            ["上年结转资金", na, na, na, "——", "——", "——"], ["其他资金", na, na, na, "——", "——", "——"]]


def printed(operator: str, when: str, page: int, pages: int, province: str) -> str:
    """The system's running line on a printed page."""
    return f"{province}预算管理一体化系统    打印时间：{when}    操作员：{operator}    第{page}页/共{pages}页"
