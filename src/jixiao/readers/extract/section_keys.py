"""What a heading means: the section keys a heading title maps to."""

from __future__ import annotations

import re
from functools import lru_cache

# Ordered: the first key whose pattern matches a heading title wins.
_KEYS: list[tuple[str, re.Pattern[str]]] = [
    # what a reviewer (or this program's own output) appends: not part of the unit's report
    ("review", re.compile(r"^(评分依据|复核发现|复核意见|审核意见|复核结果|复核情况)$")),
    ("work", re.compile(r"(自评|评价)工作|工作开展情况|组织实施情况|自评(工作)?过程|自评组织|评价过程")),
    ("purpose", re.compile(r"目的")),
    ("principles", re.compile(r"原则")),
    ("duties", re.compile(r"职能职责|主要职责|主要职能|职责职能|^职责$|^职能$|职责范围|单位职能")),
    ("bodies", re.compile(r"单位构成|机构设置|组织架构|机构构成|内设机构|单位组成|机构情况")),
    ("staff", re.compile(r"人员编制|人员情况|编制情况|人员构成|人员结构|人员基本情况")),
    ("budget", re.compile(r"预算及支出|收支情况|预算.*情况|资金.*情况|决算情况|支出情况|收入情况")),
    ("experience", re.compile(r"经验|做法|主要成效|亮点")),
    ("problems", re.compile(r"问题|不足")),
    ("measures", re.compile(r"改进|措施|建议|整改|下一步")),
    ("results_use", re.compile(r"结果(的)?应用|应用情况")),
    ("other_notes", re.compile(r"其他(需要?|应)?说明|其它(需要?)?说明|其他事项|其它事项")),
    ("conclusion", re.compile(r"结论|自评结果|评价结果|综合评价|总体评价")),
    ("evaluation", re.compile(r"评价情况|评分情况|指标完成|目标完成|目标实现|绩效情况|指标.*分析|得分情况|评价指标")),
    ("basic", re.compile(r"基本情况|单位概况|项目概况|概况")),
]
TEXT_KEYS = ("purpose", "principles", "work", "experience", "problems", "measures")
OTHER_KEYS = ("results_use", "other_notes")


@lru_cache(maxsize=4096)
def section_key(title: str) -> str | None:
    """The section a heading title introduces, or None."""
    title = title.strip()
    if not title:
        return None
    for key, pattern in _KEYS:
        if pattern.search(title):
            return key
    return None


def is_section_title(title: str) -> bool:
    return section_key(title) is not None
