"""Facts for the fresh corpus (helper G3): seeded indicator pools and consistent budgets. No jixiao import."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = Decimal

# name, unit, comparator, target value (None: qualitative text target), level1, level2
POOLS: dict[str, list[tuple[str, str, str, Any, str, str]]] = {
    "street": [
        ("网格员入户走访户数", "户", "≥", 12000, "产出指标", "数量指标"),
        ("老旧小区改造栋数", "栋", "≥", 36, "产出指标", "数量指标"),
        ("城市管理案件结案率", "%", "≥", 95, "产出指标", "质量指标"),
        ("民生实事按期完成率", "%", "≥", 90, "产出指标", "时效指标"),
        ("辖区环境卫生状况", "", "", "持续改善", "效益指标", "社会效益指标"),
        ("居民群众满意度", "%", "≥", 90, "满意度指标", "服务对象满意度指标"),
    ],
    "water": [
        ("河道巡查里程", "公里", "≥", 1800, "产出指标", "数量指标"),
        ("水质监测达标率", "%", "≥", 95, "产出指标", "质量指标"),
        ("防汛物资储备到位时间", "天", "≤", 30, "产出指标", "时效指标"),
        ("农村供水保障人口", "万人", "≥", 12.5, "效益指标", "社会效益指标"),
        ("水土流失治理面积", "平方公里", "≥", 8, "效益指标", "生态效益指标"),
        ("受益群众满意度", "%", "≥", 85, "满意度指标", "服务对象满意度指标"),
    ],
    "school": [
        ("在校学生人数", "人", "≥", 2400, "产出指标", "数量指标"),
        ("教师培训参训率", "%", "≥", 95, "产出指标", "质量指标"),
        ("学生体质健康达标率", "%", "≥", 92, "产出指标", "质量指标"),
        ("校舍安全隐患整改时限", "天", "≤", 15, "产出指标", "时效指标"),
        ("教育教学质量", "", "", "稳步提升", "效益指标", "社会效益指标"),
        ("家长满意度", "%", "≥", 90, "满意度指标", "服务对象满意度指标"),
    ],
    "market": [
        ("食品抽检批次", "批次", "≥", 1500, "产出指标", "数量指标"),
        ("特种设备定期检验率", "%", "≥", 98, "产出指标", "质量指标"),
        ("投诉举报按时办结率", "%", "≥", 95, "产出指标", "时效指标"),
        ("重大食品安全事故", "起", "=", 0, "效益指标", "社会效益指标"),
        ("市场经营主体增长率", "%", "≥", 5, "效益指标", "经济效益指标"),
        ("经营主体满意度", "%", "≥", 90, "满意度指标", "服务对象满意度指标"),
    ],
    "civil": [
        ("低保对象救助人次", "人次", "≥", 5600, "产出指标", "数量指标"),
        ("养老服务设施覆盖率", "%", "≥", 80, "产出指标", "质量指标"),
        ("救助资金发放及时率", "%", "=", 100, "产出指标", "时效指标"),
        ("困难群众基本生活", "", "", "得到有效保障", "效益指标", "社会效益指标"),
        ("殡葬改革火化率", "%", "≥", 98, "效益指标", "社会效益指标"),
        ("救助对象满意度", "%", "≥", 90, "满意度指标", "服务对象满意度指标"),
    ],
    "traffic": [
        ("农村公路养护里程", "公里", "≥", 650, "产出指标", "数量指标"),
        ("公路优良路率", "%", "≥", 85, "产出指标", "质量指标"),
        ("桥梁定期检测完成率", "%", "=", 100, "产出指标", "时效指标"),
        ("道路交通事故死亡人数", "人", "≤", 3, "效益指标", "社会效益指标"),
        ("群众出行条件", "", "", "明显改善", "效益指标", "社会效益指标"),
        ("沿线群众满意度", "%", "≥", 88, "满意度指标", "服务对象满意度指标"),
    ],
}


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def clean(x: Decimal) -> Decimal:
    """Drop trailing zeros so YAML shows 95 not 95.00."""
    return x.normalize() if x != x.to_integral_value() else x.quantize(D("1"))


def grade_of(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def budget(seed: int, base: int, rate_target: float) -> dict[str, Any]:
    rnd = random.Random(seed)
    initial = D(base) + r2(D(rnd.randint(0, 9999)) / 100)
    adjusted = r2(initial * D(str(1 + rnd.randint(2, 15) / 100)))
    executed = r2(adjusted * D(str(rate_target)) + D(rnd.randint(-50, 50)) / 100)
    rate = r2(executed / adjusted * 100)
    return {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": rate}


def indicators(pool: str, weights: list[int], seed: int, rate: Decimal, band: str) -> list[dict[str, Any]]:
    """The execution-rate indicator first (weight weights[0]), then the pool's indicators."""
    rnd = random.Random(seed)
    out: list[dict[str, Any]] = []
    w0 = weights[0]
    out.append(
        {
            "number": 1,
            "name": "预算执行率",
            "weight": w0,
            "target": {"comparator": "≥", "value": 95, "unit": "%"},
            "actual": {"value": rate, "unit": "%"},
            "stated_score": min(D(w0), r2(D(w0) * rate / 100)),
            "level1": "产出指标",
            "level2": "成本指标",
        }
    )
    miss = {"high": 0.1, "mid": 0.45, "low": 0.8}[band]
    for i, (name, unit, cmp, tv, l1, l2) in enumerate(POOLS[pool][: len(weights) - 1]):
        w = weights[i + 1]
        ind: dict[str, Any] = {"number": i + 2, "name": name, "weight": w, "level1": l1, "level2": l2}
        short = rnd.random() < miss
        if unit == "":
            ind["target"] = {"text": tv}
            ind["actual"] = {"text": "基本实现" if short else "已实现"}
            score = D(w) - (D(2) if short else 0)
        else:
            t = D(str(tv))
            if cmp == "≥":
                a = r2(t * D(str(rnd.uniform(0.6, 0.95)))) if short else r2(t * D(str(rnd.uniform(1.0, 1.06))))
                if unit == "%":
                    a = min(a, D(100))
                if unit in ("户", "栋", "人", "批次", "人次"):
                    a = a.quantize(D("1"))
                score = D(w) if a >= t else r2(D(w) * a / t)
            elif cmp == "≤":
                a = (t + rnd.randint(1, 5)) if short else max(D(0), t - rnd.randint(0, 2))
                score = D(w) if a <= t else r2(D(w) * D("0.6"))
            else:
                a = t if not short else (t + 1 if t == 0 else r2(t * D("0.97")))
                score = D(w) if a == t else r2(D(w) * D("0.5"))
            ind["target"] = {"comparator": cmp, "value": clean(t), "unit": unit}
            ind["actual"] = {"value": clean(a), "unit": unit}
        ind["stated_score"] = clean(score)
        out.append(ind)
    return out


def total(inds: list[dict[str, Any]]) -> Decimal:
    return clean(sum((D(str(i["stated_score"])) for i in inds), D(0)))
