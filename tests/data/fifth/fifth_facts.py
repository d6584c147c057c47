"""Facts of the fifth corpus: indicators, budgets and the expected-facts YAML. No jixiao import.

Every report's facts are written once (in the ``reports_*`` modules) with these helpers; the
document text and ``NAME.expected.yaml`` are both made from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from jixiao.model import Tier

TIERS = {tier.value for tier in Tier}

D = Decimal


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def num(x: Any) -> str:
    """A number as a report prints it: no trailing zeros (95, 9.5, 96.25)."""
    v = D(str(x))
    if v == v.to_integral_value():
        return str(v.quantize(D(1)))
    return format(v.normalize(), "f")


def money(x: Any) -> str:
    """An amount in 万元 with two decimals (356.40)."""
    return format(r2(D(str(x))), "f")


def pct(x: Any) -> str:
    """A rate with two decimals and a percent sign (95.72%)."""
    return format(r2(D(str(x))), "f") + "%"


def grade_of(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


GRADE_WORD = {"优": "优秀", "良": "良好", "中": "中", "差": "差"}


@dataclass
class Ind:
    """One indicator row. ``cmp`` empty: a qualitative target (``tv`` and ``av`` are words).

    Rendering hints: ``act_cell`` overrides the printed actual (a copied target, a bare number);
    ``blank_actual`` prints an empty actual cell; ``tgt_cell`` overrides the printed target.
    ``expect_actual`` / ``expect_target`` False leave the field out of the expected facts (not visible
    or not readable by a careful human)."""

    name: str
    l1: str
    l2: str
    w: Any
    cmp: str
    tv: Any
    unit: str
    av: Any
    sc: Any
    note: str = ""
    number: int | None = None
    core: bool | None = None
    act_cell: str | None = None
    tgt_cell: str | None = None
    blank_actual: bool = False
    expect_actual: bool = True
    expect_target: bool = True
    actual_cmp: str = ""  # a comparison sign written into the actual cell
    actual_unit_shown: bool = True  # the actual cell carries its unit (or a unit column covers it)
    cmp_shown: bool = True  # the target cell prints its comparison sign
    alt_target: Any = None  # a 年初指标值 that the form's 调整指标值 (``tv``) replaced

    @property
    def weight(self) -> Decimal:
        return D(str(self.w))

    @property
    def score(self) -> Decimal:
        return D(str(self.sc))

    def target_text(self) -> str:
        if self.tgt_cell is not None:
            return self.tgt_cell
        if not self.cmp:
            return str(self.tv)
        return f"{self.cmp if self.cmp_shown else ''}{num(self.tv)}{self.unit}"

    def actual_text(self, with_unit: bool = True) -> str:
        if self.blank_actual:
            return ""
        if self.act_cell is not None:
            return self.act_cell
        if not self.cmp:
            return str(self.av)
        return f"{num(self.av)}{self.unit if with_unit else ''}"


def q(name: str, l1: str, l2: str, w: Any, cmp: str, tv: Any, unit: str, av: Any, sc: Any, **kw: Any) -> Ind:
    return Ind(name, l1, l2, w, cmp, tv, unit, av, sc, **kw)


def t(name: str, l1: str, l2: str, w: Any, tv: str, av: str, sc: Any, **kw: Any) -> Ind:
    return Ind(name, l1, l2, w, "", tv, "", av, sc, **kw)


def expected_indicator(ind: Ind, levels: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if ind.number is not None:
        out["number"] = ind.number
    out["name"] = ind.name
    if levels:
        out["level1"], out["level2"] = ind.l1, ind.l2
    out["weight"] = ind.weight
    if ind.expect_target:
        if ind.cmp:
            target: dict[str, Any] = {"comparator": ind.cmp} if ind.cmp_shown else {}
            out["target"] = {**target, "value": D(str(ind.tv)), "unit": ind.unit}
        else:
            out["target"] = {"text": ind.tv}
    if ind.expect_actual and not ind.blank_actual:
        if ind.cmp:
            actual: dict[str, Any] = {"value": D(str(ind.av))}
            if ind.actual_unit_shown:
                actual["unit"] = ind.unit
            if ind.actual_cmp:
                actual["comparator"] = ind.actual_cmp
            out["actual"] = actual
        else:  # a qualitative outcome word (达成 / 部分达成 / 未达成) is the model's tier, any other text is text
            out["actual"] = {"tier": ind.av} if ind.av in TIERS else {"text": ind.av}
    out["stated_score"] = ind.score
    if ind.core:
        out["core"] = True
    if ind.note:
        out["deviation_note"] = ind.note
    return out


def execution_indicator(weight: Any, rate: Decimal, score: Any) -> dict[str, Any]:
    """The money block's 分值/执行率/得分 read as the indicator 预算执行率 (the corpora's convention)."""
    return {"name": "预算执行率", "weight": D(str(weight)), "actual": {"value": rate, "unit": "%"},
            "stated_score": D(str(score))}


def exec_score(weight: int, rate: Decimal) -> Decimal:
    """分值 × 执行率, capped at the 分值 (the score a form prints for its money block)."""
    return r2(D(weight) * min(rate, D(100)) / 100)


def blocks_of(printed: dict[str, int]) -> dict[str, Decimal]:
    return {k: D(v) for k, v in printed.items()}


def items_of(cells: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Income or expenditure items from label：value cells ("其中：基本支出：" 905.32), blanks left out."""
    return [{"name": n.removeprefix("其中：").rstrip("："), "amount": v} for n, v in cells if v is not None]


def project_facts(year: int, dept: str, name: str, unit: str, rest: dict[str, Any]) -> dict[str, Any]:
    """The expected facts of a project report: header facts, then the rest (budget, indicators, totals)."""
    return {"kind": "项目支出", "year": year, "unit": {"supervising_department": dept},
            "project": {"name": name, "implementing_unit": unit}, **rest}


def rate_of(executed: Any, budget: Any) -> Decimal:
    return r2(D(str(executed)) / D(str(budget)) * 100)


def sum_scores(inds: list[Ind], extra: Any = 0) -> Decimal:
    return r2(sum((i.score for i in inds), D(str(extra))))


@dataclass
class Report:
    """One report: its file name (without suffix), suffix, text (or bytes) and expected facts."""

    name: str
    suffix: str
    body: str | bytes
    facts: dict[str, Any]
    note: str = ""  # the shape it exercises, for the write-up
    planted: list[str] = field(default_factory=list)


def plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    if isinstance(x, Decimal):
        v = x.normalize()
        return int(v) if v == v.to_integral_value() else float(v)
    return x


ORDER = ["kind", "year", "unit", "project", "budget", "indicators", "stated_total", "stated_grade",
         "full_mark", "stated_block_weights"]


def write_expected(report: Report, folder: Path) -> None:
    facts = {k: report.facts[k] for k in ORDER if k in report.facts}
    extra = set(report.facts) - set(ORDER)
    assert not extra, f"{report.name}: unknown fact keys {extra}"
    facts["planted"] = list(report.planted)
    head = (f"# Expected facts of {report.name}{report.suffix}: only what the document visibly states "
            "(money in 万元).\n")
    text = yaml.safe_dump(plain(facts), allow_unicode=True, sort_keys=False, width=200)
    (folder / f"{report.name}.expected.yaml").write_text(head + text, encoding="utf-8")
