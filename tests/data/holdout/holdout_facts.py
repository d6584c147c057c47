"""Facts of the held-out reports (helper G2). Every report's facts are built here from a seed, a unit
and an indicator pool; the renderers in make_holdout.py write them in one style each. Money in 万元.
Nothing here imports jixiao (the reader under test)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = Decimal


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


# (level1, level2, name, comparator or None (no comparator written) or "Q" (qualitative), value, unit)
WHOLE_POOL = [
    ("产出指标", "数量指标", "重点工作任务完成率", "≥", "95", "%"),
    ("产出指标", "质量指标", "政府采购执行率", "≥", "100", "%"),
    ("产出指标", "时效指标", "资金支付及时率", "≥", "98", "%"),
    ("产出指标", "成本指标", "“三公”经费控制率", "≤", "100", "%"),
    ("效益指标", "社会效益指标", "矛盾纠纷调处化解率", "≥", "90", "%"),
    ("效益指标", "社会效益指标", "安全生产事故发生次数", "≤", "5", "次"),
    ("效益指标", "可持续影响指标", "制度建设完善情况", "Q", "持续完善", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", "90", "%"),
]
HEALTH_POOL = [
    ("产出指标", "数量指标", "家庭医生签约人数", "≥", "12000", "人"),
    ("产出指标", "数量指标", "65岁以上老年人健康管理率", "≥", "70", "%"),
    ("产出指标", "质量指标", "传染病报告及时率", "=", "100", "%"),
    ("产出指标", "时效指标", "疫苗接种任务完成时限", "Q", "按时完成", ""),
    ("产出指标", "成本指标", "药品耗材采购成本降低率", "≥", "3", "%"),
    ("效益指标", "社会效益指标", "孕产妇系统管理率", "≥", "90", "%"),
    ("效益指标", "社会效益指标", "医疗纠纷发生次数", "≤", "5", "次"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥", "85", "%"),
]
EDU_POOL = [
    ("产出指标", "数量指标", "资助学生人数", "≥", "860", "人次"),
    ("产出指标", "数量指标", "维修改造校舍面积", "≥", "3200", "平方米"),
    ("产出指标", "质量指标", "工程验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "资助资金发放及时率", "≥", "100", "%"),
    ("产出指标", "成本指标", "生均公用经费标准", "≥", "800", "元"),
    ("效益指标", "社会效益指标", "适龄儿童入学率", "≥", "99", "%"),
    ("效益指标", "可持续影响指标", "校园安全事故发生次数", "≤", "2", "次"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%"),
]
AGRI_POOL = [
    ("产出指标", "数量指标", "高标准农田建设面积", "≥", "1.2", "万亩"),
    ("产出指标", "数量指标", "培训高素质农民人数", "≥", "300", "人"),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥", "98", "%"),
    ("产出指标", "时效指标", "补贴资金兑付及时率", "≥", "95", "%"),
    ("产出指标", "成本指标", "亩均建设成本", "≤", "3000", "元"),
    ("效益指标", "经济效益指标", "带动农户增收", "≥", "500", "元/户"),
    ("效益指标", "生态效益指标", "农药化肥使用量减少率", "≥", "2", "%"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "%"),
]
POLICE_POOL = [
    ("产出指标", "数量指标", "110接处警数量", None, "26000", "起"),
    ("产出指标", "质量指标", "刑事案件破案率", "≥", "60", "%"),
    ("产出指标", "时效指标", "城区接警到达现场时间", "≤", "10", "分钟"),
    ("产出指标", "成本指标", "公用经费控制率", "≤", "100", "%"),
    ("效益指标", "社会效益指标", "重大道路交通事故起数", "≤", "3", "起"),
    ("效益指标", "社会效益指标", "群众安全感指数", "≥", "95", "%"),
    ("满意度指标", "服务对象满意度指标", "群众对公安工作满意度", "≥", "90", "%"),
]
CULTURE_POOL = [
    ("产出指标", "数量指标", "送戏下乡场次", "≥", "120", "场"),
    ("产出指标", "数量指标", "公共文化场馆免费开放天数", "≥", "300", "天"),
    ("产出指标", "质量指标", "文物安全检查覆盖率", "=", "100", "%"),
    ("产出指标", "时效指标", "非遗传承人补助发放及时率", "≥", "100", "%"),
    ("效益指标", "经济效益指标", "接待游客人次", "≥", "350", "万人次"),
    ("效益指标", "社会效益指标", "文化市场执法检查次数", "≥", "60", "次"),
    ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥", "90", "%"),
]
FINANCE_POOL = [
    ("产出指标", "数量指标", "预决算公开单位数", "≥", "86", "个"),
    ("产出指标", "质量指标", "国库集中支付差错率", "≤", "0.5", "%"),
    ("产出指标", "时效指标", "预算批复及时率", "=", "100", "%"),
    ("产出指标", "成本指标", "“三公”经费控制率", "≤", "100", "%"),
    ("效益指标", "社会效益指标", "财政评审审减率", "≥", "8", "%"),
    ("效益指标", "可持续影响指标", "预算绩效管理覆盖率", "≥", "100", "%"),
    ("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥", "90", "%"),
]
POOLS = {
    "whole": WHOLE_POOL,
    "health": HEALTH_POOL,
    "edu": EDU_POOL,
    "agri": AGRI_POOL,
    "police": POLICE_POOL,
    "culture": CULTURE_POOL,
    "finance": FINANCE_POOL,
}

BANDS = {"优": (0.9, 1.0), "良": (0.72, 0.9), "中": (0.5, 0.75), "差": (0.3, 0.55)}


def _actual(comp: str | None, value: Decimal, unit: str, f: float, rng: random.Random) -> Decimal:
    if comp in ("≤", "<"):
        if f >= 0.999:
            return r2(value * D(str(rng.choice([0.8, 0.9, 1.0])))) if value > 10 else value - (1 if value >= 1 else 0)
        return r2(value / D(str(f)))
    if comp == "=":
        return value if f >= 0.999 else r2(value * D(str(f)))
    if f >= 0.999:
        bump = D(str(rng.choice([1.0, 1.0, 1.02, 1.05])))
        out = r2(value * bump)
        return min(out, D(100)) if unit == "%" else out
    return r2(value * D(str(f)))


def indicators(
    pool: str,
    weights: list[int],
    band: str,
    seed: int,
    exec_weight: int = 0,
    exec_rate: Decimal | None = None,
    levels: bool = True,
) -> list[dict[str, Any]]:
    """Indicator facts whose total falls in the grade band asked for (seeds tried in a fixed order)."""
    for k in range(200):
        out = _indicators(pool, weights, band, seed + 7919 * k, exec_weight, exec_rate, levels)
        if grade_of(total(out)) == band:
            return out
    raise AssertionError(f"no seed gives band {band}")


def _indicators(
    pool: str, weights: list[int], band: str, seed: int, exec_weight: int, exec_rate: Decimal | None, levels: bool
) -> list[dict[str, Any]]:
    """The execution indicator first (when exec_weight), then len(weights) from the pool (its last
    row, the satisfaction indicator, always among them)."""
    rng = random.Random(seed)
    lo, hi = BANDS[band]
    rows = [*list(POOLS[pool])[: len(weights) - 1], POOLS[pool][-1]]
    out: list[dict[str, Any]] = []
    if exec_weight:
        assert exec_rate is not None
        ind: dict[str, Any] = {
            "name": "预算执行率",
            "weight": exec_weight,
            "target": {"comparator": "≥", "value": D(95), "unit": "%"},
            "actual": {"value": exec_rate, "unit": "%"},
            "stated_score": r2(exec_weight * min(D(1), exec_rate / 100)),
        }
        if levels:
            ind["level1"], ind["level2"] = "过程指标", "预算执行"
        out.append(ind)
    for w, row in zip(weights, rows, strict=False):
        l1, l2, name, comp, value, unit = row
        f = 1.0 if rng.random() < 0.2 else rng.uniform(lo, hi)
        if band == "优":
            f = 1.0 if rng.random() < 0.7 else rng.uniform(0.9, 1.0)
        ind = {"name": name, "weight": w}
        if levels:
            ind["level1"], ind["level2"] = l1, l2
        if comp == "Q":
            ind["target"] = {"text": value}
            ind["actual"] = {"text": "已完成" if f > 0.8 else "部分完成"}
            f = 1.0 if f > 0.8 else 0.7
        else:
            v = D(value)
            ind["target"] = (
                {"value": v, "unit": unit} if comp is None else {"comparator": comp, "value": v, "unit": unit}
            )
            a = _actual(comp, v, unit, f, rng)
            if unit in ("人", "人次", "场", "天", "次", "个", "起") or (unit == "%" and a > 100):
                a = D(int(a)) if unit != "%" else D(100)
            ind["actual"] = {"value": a, "unit": unit}
        ind["stated_score"] = r2(D(w) * D(str(round(f, 4))))
        out.append(ind)
    for i, ind in enumerate(out, 1):
        ind["number"] = i
    return out


def total(inds: list[dict[str, Any]]) -> Decimal:
    return sum((D(str(i["stated_score"])) for i in inds), D(0))


def grade_of(t: Decimal) -> str:
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def budget(
    initial: str,
    adjusted: str,
    executed: str,
    carry: str | None = None,
    income: list[tuple[str, str]] | None = None,
    expend: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    b: dict[str, Any] = {
        "initial": D(initial),
        "adjusted": D(adjusted),
        "executed": D(executed),
        "stated_execution_rate": r2(D(executed) / D(adjusted) * 100),
    }
    if carry:
        b["carry_over"] = D(carry)
    if income:
        b["income_items"] = [{"name": n, "amount": D(a)} for n, a in income]
        b["income_total"] = sum((D(a) for _, a in income), D(0))
    if expend:
        b["expenditure_items"] = [{"name": n, "amount": D(a)} for n, a in expend]
        b["expenditure_total"] = sum((D(a) for _, a in expend), D(0))
    return b
