"""The roles of a flattened header run's cells settled: which columns it holds (targets and actuals, measured
targets), two 实际 columns of different years, reviewed scores, a share column, the levels' weights, a role
written twice, and a header in two tiers (the row below a spanning cell).
"""

from __future__ import annotations

import re

from jixiao.readers.extract.score_columns import own_score
from jixiao.readers.extract.table_columns import later_year, money_role

NUMBERED = "numbered_column"


def measured_targets(roles: list[str | None]) -> bool:
    """指标名称 | 计量单位 | 指标性质 | 指标值: a 绩效目标表 whose every row holds its name, its unit, its comparator
    and its value, each a cell the source ruled off: each row ends on a cell of its own, so it is read (targets
    only). A target column with neither unit nor comparator beside it stays out (see below)."""
    present = set(filter(None, roles))
    return {"name", "target", "measure_unit", "nature"} <= present and "actual" not in present


def numbered_targets(roles: list[str | None]) -> bool:
    """序号 | 三级指标 | 年度指标值 and nothing else: a numbered list of the goals' targets, its cells ruled off;
    each row opens on its own number, so the rows are cut there (no unnamed column can follow unseen)."""
    return set(filter(None, roles)) == {"number", "name", "target"}


def targets_and_actuals(roles: list[str | None]) -> bool:
    """一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值: a table of the indicators' targets and what was done,
    with no weight or score column; its levels, name, target and actual each a column (a 绩效目标表 has no
    actual column and stays out). Taken only when the source rules its cells off: cut from run-on text,
    such a header leaves a row no figure of its own to end on."""
    present = set(filter(None, roles))
    return {"name", "target", "actual"} <= present and bool({"level1", "level2"} & present)


def earlier_actual(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """上年实际值 | 本年实际值 (or 2023年完成值 | 2024年完成值): two actual columns naming years; the earlier year's
    is read past (the year evaluated is the later one, as the table reader takes it), so the row keeps a cell for it."""
    actuals = [col for col, role in enumerate(roles) if role == "actual"]
    if len(actuals) != 2:
        return roles
    first, second = actuals
    if later_year(texts[first], texts[second]):
        earlier = first
    elif later_year(texts[second], texts[first]):
        earlier = second
    else:
        return roles
    return [("prior_actual" if col == earlier else role) for col, role in enumerate(roles)]


def reviewed_scores(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """县级评分 | 市级评分: the score column that is not the unit's own is a reviewer's, read past; when the
    words do not tell (评分 | 评分), the first is taken and the others are only "other" scores, so the table's
    header still shows the choice was a guess."""
    scores = [col for col, role in enumerate(roles) if role == "score"]
    if len(scores) < 2:
        return roles
    own, guessed = own_score(texts, scores)
    other = "other_score" if guessed else "review_score"
    return [other if role == "score" and col != own else role for col, role in enumerate(roles)]


def share_column(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """权重 | 分值 (or 分值 | 权重) over one indicator's figures: the 权重 column holds its share of the whole
    (10%), the 分值 column its points; the share is a figure column read past, so the columns after it keep their
    places (with the words not telling, the second column is taken as the share)."""
    weights = [col for col, role in enumerate(roles) if role == "weight"]
    if len(weights) < 2:
        return roles
    share = next((col for col in weights if "权重" in texts[col]), weights[-1])
    if all("权重" in texts[col] for col in weights):
        share = weights[-1]
    return ["coefficient" if col == share else role for col, role in enumerate(roles)]


def level_weights(roles: list[str | None]) -> list[str | None]:
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分: a 分值 right of a level is that level's weight."""
    if roles.count("weight") < 2:
        return roles
    return [f"{before}_weight" if role == "weight" and before in ("level1", "level2") else role
            for before, role in zip([None, *roles], roles, strict=False)]


def dedupe(found: list[str]) -> list[str]:
    """Each role once, but text columns read past may come twice (指标解释 | 指标说明及评分标准), and so may
    the nature (指标性质 正向 | 指标方向 大于等于: the direction, then the comparison; the second, right after the
    first, is the ``direction`` column, so a row's two words are two cells, not one); a second name column
    (三级指标 | 自评分 | 具体指标) holds the indicator's particulars: a text column read past; a second note column
    right after the first (原因 | 改进措施) holds the measures: read past (the first holds the row's note)."""
    out: list[str] = []
    for role in found:
        if role == "name" and role in out:
            out.append("scoring_rule")
        elif role == "nature" and out and out[-1] == "nature":  # 指标性质 | 指标方向: two words a row
            out.append("direction")
        elif role == "deviation" and out and out[-1] == "deviation":  # 原因 | 改进措施: the note split in two columns
            out.append("remedy")
        elif role not in out or role in ("scoring_rule", "nature", "goal", "progress", "change", NUMBERED):
            out.append(role)
    return out


_REFINES = {"name_weak": {"level1", "level2", "name"}, "target": {"nature", "direction", "target", "measure_unit"},
            "name": {"level1", "level2", "name"}}


def tier_split(roles: list[str]) -> int:
    """Where a header run holds two rows (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 then 一级指标 |
    二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位): the index the second row starts at, else 0."""
    for s in range(2, len(roles) - 1):
        top = roles[:s]
        if ({"weight", "score"} & set(top)) and any(p in top for p in ("name_weak", "target")) \
                and all(r in _REFINES["name_weak"] | _REFINES["target"] for r in roles[s:]) \
                and {"level1", "level2", "name"} & set(roles[s:]) and "name" not in top:
            return s
    return 0


# the parts a first-row cell spanning them may have in the row below: the values' (指标值 over 年度指标值 | 实际完成值,
# or over 中期指标值 | 年度指标值) and the points' (评分 over 分值 | 得分)
_SPANNED_PARTS = ({"target", "target_adjusted", "target_midterm", "actual", "completion"},
                  {"weight", "score", "deduction"})


def spanning_tier(roles: list[str]) -> list[str] | None:
    """一级指标 | 二级指标 | 三级指标 | 指标值 | 评分 | 偏差原因 over 年度指标值 | 实际完成值 | 分值 | 得分: cells of
    the first row (指标值, 评分) span the columns the second row names, and a copy written cell by cell gives the
    second row after the whole first: each spanning cell's place goes to its parts. Taken only when the first row
    ends on a cell of no part (the second row then starts anew), every part below goes to a cell of its own kind
    above, and some cell spans two or more. None when the run holds no such tier."""
    parts = set().union(*_SPANNED_PARTS)
    s = len(roles)
    while s > 0 and roles[s - 1] in parts:
        s -= 1
    top, sub = roles[:s], roles[s:]
    if len(sub) < 2 or len(set(sub)) < len(sub) or not top or top[-1] in parts:
        return None
    merged: list[str] = []
    placed: list[str] = []
    spanning = 0
    for role in top:
        family = next((f for f in _SPANNED_PARTS if role in f), None)
        if family is None:
            merged.append(role)
            continue
        own = [r for r in sub if r in family and r not in placed]
        merged.extend(own or [role])  # a cell with no parts below it is a column of its own (分值 | 得分)
        placed.extend(own)
        spanning += bool(own)
    if len(placed) != len(sub) or len(placed) <= spanning or len(set(merged)) < len(merged) \
            or "actual" not in merged or not {"weight", "score"} & set(merged):
        return None
    return merged


_AMOUNTS = ("initial", "adjusted", "executed")


_POINTS = frozenset({"rate_weight", "rate_score", "rate_deduction"})


def spanned_money(roles: list[str]) -> list[str] | None:
    """资金类别 | 预算资金（万元） | 执行率 | 评分 | 备注 over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 得分, the
    second row after the whole first: the caption spans the amounts, 评分 its points. The amounts first, then the
    first row with each spanning cell's place given to its parts. Taken only when the first row names no amount and
    ends on a cell of no part, and the second row's cells each once, each placed. None otherwise."""
    first = next((at for at, role in enumerate(roles) if role in _AMOUNTS), 0)
    top, sub = roles[:first], roles[first:]
    if not top or top[-1] in _POINTS or top[-1] == "rate" or len(set(sub)) < len(sub) \
            or any(role not in _AMOUNTS and role not in _POINTS for role in sub):
        return None
    merged = [r for r in sub if r in _AMOUNTS]
    for role in top:
        own = [r for r in sub if r in _POINTS and r not in merged] if role in _POINTS else []
        merged.extend(own or [role])
    if len(set(merged)) < len(merged) or not set(sub) <= set(merged):
        return None
    return merged


def merge_tiers(top: list[str], sub: list[str]) -> list[str]:
    """Each spanning cell of the first row replaced by the parts the second row names."""
    merged: list[str] = []
    if not {"name_weak", "name"} & set(top):  # the names' spanning cell (绩效指标) was taken for a caption
        merged = [r for r in sub if r in _REFINES["name_weak"]]
    for role in top:
        refined = [r for r in sub if r in _REFINES.get(role, set())]
        if refined:
            merged.extend(r for r in refined if r not in merged)
        elif role not in merged:
            merged.append(role)
    merged.extend(r for r in sub if r not in merged)
    if "name" not in merged and "name_weak" in merged:
        merged[merged.index("name_weak")] = "name"
    # the levels and the name in their order, where the first of them stands ("一级 指标" wrapped above
    # a row 二级指标 | 三级指标 | …: its 一级 must not follow the others)
    group = [r for r in ("level1", "level2", "name") if r in merged]
    first = min((merged.index(r) for r in group), default=0)
    rest = [r for r in merged if r not in group]
    return rest[:first] + group + rest[first:]



def earlier_years(texts: list[str], roles: list[str | None]) -> list[str | None]:
    """A money header's columns of an earlier year than another of its columns (2023年预算数 | 2023年执行数 |
    2024年年初预算数 | 2024年全年预算数 | 2024年全年执行数): columns read past, as the Word table's reader takes the
    year's own (a row keeps a cell for each)."""
    dated = [text for text in texts if _YEAR.search(text)]
    if len(dated) < 2:
        return roles
    return [NUMBERED if text in dated and any(later_year(text, other) for other in dated) else role
            for text, role in zip(texts, roles, strict=True)]


_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def dated_money(text: str) -> bool:
    """"2023年预算数": a money column of a named year whose words alone name no role in a header (the Word table's
    reader takes no role from it either): a column read past, as :func:`earlier_years` reads past the earlier
    years' other columns."""
    year = _YEAR.match(text.strip())
    return year is not None and money_role(text.strip()[year.end():]) is not None


_SPAN_WORD = re.compile(r"(?:累计|总)")


def cumulative_money(text: str) -> bool:
    """"总预算数", "累计执行数" (under "2022—2024年累计", beside the year's 年初预算数 | 全年预算数 | 全年执行数): the
    money of the project's whole span, not the year's; after the year's amounts it is a column read past (the Word
    table's reader takes the year's own), so a row keeps a cell for it."""
    word = _SPAN_WORD.match(text.strip())
    return word is not None and money_role(text.strip()[word.end():]) is not None
