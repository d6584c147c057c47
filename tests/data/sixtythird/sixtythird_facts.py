"""What the sixty-third set's reports share: project self-evaluations of 2020–2021 by county bureaus and townships of
Inner Mongolia, Shaanxi, Gansu and Qinghai — the expected facts of a project form (its execution rate scored out of 10
in the money block), the form's rows as cells, and figures written in Chinese numerals.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, value_fact
from eighteenth_facts import D, facts
from fortyeighth_reports import budget, scored

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
Money = tuple[str, str, str]  # 年初预算数, 全年预算数, 全年执行数 in 万元


def project_facts(year: int, unit: str, dept: str, proj: str, money: Money, rows: list[Row], *,
                  levels: bool = True, **extra: Any) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    """A project form's expected facts; also its execution rate, the rate's score out of 10 and the total."""
    rt, es, tot = scored(rows, money[2], money[1])
    inds = [exec_fact(10, rt, es), *(indicator_fact(r, levels=levels, value=value_fact) for r in rows)]
    f = facts("项目支出", year, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], **extra)
    return f, rt, es, tot


def cells(r: Row) -> list[str]:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因."""
    return [r[0], r[1], r[2], r[4].removeprefix("T:"), r[5].removeprefix("T:"), str(r[3]), r[6], r[7]]


def money_block(money: Money, rt: Decimal, es: Decimal) -> list[list[str]]:
    ini, adj, exe = money
    return [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]]


_DIGITS = "零一二三四五六七八九"


def _small(n: int) -> str:
    """0 < n < 10000 in Chinese numerals (一千零五, 十二 for 12 at the head)."""
    out, zero = "", False
    for value, mark in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out += "零"
            out += ("" if (mark == "十" and d == 1 and not out) else _DIGITS[d]) + mark
            zero = False
        elif out:
            zero = True
    return out


def cn(x: Decimal | str | int) -> str:
    """A figure in Chinese numerals: 1282000 一百二十八万二千, 94.96 九十四点九六."""
    text = str(x)
    whole, _, frac = text.partition(".")
    n = int(whole)
    if n == 0:
        head = "零"
    else:
        high, low = divmod(n, 10000)
        gap = "零" if high and low < 1000 else ""
        head = (_small(high) + "万" if high else "") + (gap + _small(low) if low else "")
    frac = frac.rstrip("0")
    return head + ("点" + "".join(_DIGITS[int(c)] for c in frac) if frac else "")


def money_cn(wan: str) -> str:
    """An amount in 万元 written out in 元 as Chinese numerals: 128.2 → 一百二十八万二千元."""
    yuan = int((D(wan) * 10000).to_integral_value())
    return cn(yuan) + "元"


_FIGURE_UNIT = re.compile(r"([0-9.]+)(.*)")


def cn_value(text: str, bounds: dict[str, str]) -> str:
    """A target or actual cell in Chinese numerals, ≥ / ≤ as ``bounds`` words: "≥12公里" → 不少于十二公里, "100%" →
    百分之百, "96%" → 百分之九十六."""
    head = bounds.get(text[0], "")
    found = _FIGURE_UNIT.fullmatch(text[1:] if head else text)
    assert found is not None, text
    num, unit = found.groups()
    if unit == "%":
        return head + ("百分之百" if num == "100" else "百分之" + cn(num))
    return head + cn(num) + unit
