"""What the sixty-first set's reports share: 2023 self-evaluations of Beijing, Shanghai, Tianjin and Chongqing district
commissions and bureaus — the targets' wording (不低于 / 不超过 / 控制在…以内 / 较上年提高, ＞ ＜), grades written out
(优秀 / 良好 / 中等 / 较差), the 项目支出绩效自评结果汇总表 a whole-unit report carries beside its own form, and the
expected facts of a whole-unit or a project form.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, value_fact
from eighteenth_facts import EARNED, D, facts, r2
from fortyeighth_reports import budget, scored

YEAR = 2023
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
WORD = {"优": "优秀", "良": "良好", "中": "中等", "差": "较差"}
# (项目名称, 全年预算数, 全年执行数, 自评得分) in 万元; the rate and the grade follow
Project = tuple[str, str, str, str]


_WORDS = {"不低于": "≥", "不少于": "≥", "不超过": "≤", "不高于": "≤", "＞": ">", "＜": "<"}


def val(text: str, *, actual: bool) -> dict[str, Any]:
    """A cell's expected value: "控制在3%以内" a bound ≤ 3 %, 不低于 / 不少于 / 不超过 a bound, ＞ / ＜ as > / <, a
    relative target (较上年提高…) text, else the sets' common reading."""
    m = re.fullmatch(r"控制在([0-9.]+)(.*)以内", text)
    if m and not actual:
        return {"comparator": "≤", "value": D(m.group(1)), "unit": m.group(2)}
    word = next((w for w in _WORDS if text.startswith(w)), None)
    if word and not actual:
        return {**value_fact(text.removeprefix(word), actual=True), "comparator": _WORDS[word]}
    return value_fact(text, actual=actual)


def cells(r: Row) -> list[str]:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因."""
    return [r[0], r[1], r[2], r[4].removeprefix("T:"), r[5].removeprefix("T:"), str(r[3]), r[6], r[7]]


def summary_rows(projects: list[Project], *, words: bool = True) -> list[list[str]]:
    """The 项目支出绩效自评结果汇总表: 序号 / 项目名称 / 全年预算数 / 全年执行数 / 执行率 / 自评得分 / 自评等级,
    a 合计 row last; ``words`` writes the grades 优秀 / 良好, else 优 / 良."""
    out = [["序号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"]]
    for i, (name, adj, exe, score) in enumerate(projects, 1):
        g = grade_of(D(score))
        out.append([str(i), name, adj, exe, f"{r2(D(exe) / D(adj) * 100)}%", score, WORD[g] if words else g])
    adj = sum((D(p[1]) for p in projects), D(0))
    exe = sum((D(p[2]) for p in projects), D(0))
    out.append(["合计", f"共{len(projects)}个项目", f"{adj:.2f}", f"{exe:.2f}", f"{r2(exe / adj * 100)}%", "—", "—"])
    return out


def grade_of(t: Decimal) -> str:
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def whole_facts(unit: str, money: tuple[str, str, str], rows: list[Row], exec_at: int, *,
                income: list[tuple[str, str]] | None = None, spent: list[tuple[str, str]] | None = None,
                staff: tuple[int, int] | None = None, exec_weight: int = 10,
                **extra: Any) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    """A whole-unit form's expected facts, the 预算执行率 row (scored out of ``exec_weight``) at ``exec_at`` among the
    rows; ``income`` / ``spent`` the items told in the report, ``staff`` (编制, 实有); also the rate, its score and the
    total."""
    ini, adj, exe = money
    rt, _, _ = scored(rows, exe, adj)
    es = r2(exec_weight * rt / 100)
    tot = sum((D(r[6]) for r in rows), es)
    bud = budget(ini, adj, exe, rt)
    if income:
        bud["income_total"] = sum((D(a) for _, a in income), D(0))
        bud["income_items"] = [{"name": n, "amount": D(a)} for n, a in income]
    if spent:
        bud["expenditure_total"] = sum((D(a) for _, a in spent), D(0))
        bud["expenditure_items"] = [{"name": n, "amount": D(a)} for n, a in spent]
    inds = [indicator_fact(r, value=val) for r in rows]
    inds.insert(exec_at, exec_fact(exec_weight, rt, es, level1=rows[0][0] if exec_at == 0 else rows[exec_at - 1][0],
                                   level2="预算执行", target={"value": D(100), "unit": "%"}))
    who: dict[str, Any] = {"name": unit}
    if staff:
        who["staff_establishment"], who["staff_total"] = staff
    f = facts("整体支出", YEAR, who, bud, inds, tot, full_mark=100, planted=[], **{"stated_grade": EARNED, **extra})
    return f, rt, es, tot


def exec_row(rows: list[Row], exec_at: int, rt: Decimal, es: Decimal, weight: int = 10) -> list[str]:
    """The whole-unit form's 预算执行率 row as cells, in the block of the row before it."""
    l1 = rows[0][0] if exec_at == 0 else rows[exec_at - 1][0]
    return [l1, "预算执行", "预算执行率", "100%", f"{rt}%", str(weight), str(es), ""]


def whole_rows(rows: list[Row], exec_at: int, rt: Decimal, es: Decimal) -> list[list[str]]:
    out = [cells(r) for r in rows]
    out.insert(exec_at, exec_row(rows, exec_at, rt, es))
    return out


def project_facts(unit: str, dept: str, proj: str, money: tuple[str, str, str], rows: list[Row],
                  **extra: Any) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    """A project form's expected facts, its execution rate scored out of 10 in the money block; also the rate, its
    score and the total."""
    rt, es, tot = scored(rows, money[2], money[1])
    inds = [exec_fact(10, rt, es), *(indicator_fact(r, value=val) for r in rows)]
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], **extra)
    return f, rt, es, tot


def money_block(money: tuple[str, str, str], rt: Decimal, es: Decimal, unit: str = "万元") -> list[list[str]]:
    ini, adj, exe = money
    return [[f"项目资金（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]]
