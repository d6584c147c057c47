"""A self-evaluation form copied out of a PDF viewer with its columns interleaved, rebuilt as tables.

A PDF's text layer gives a form's cells in content-stream order: the money block's header run comes
first, then its figures in the header's order (the 执行率 cell often later, on its own); the
indicator header is followed by one group "年度指标值 实际完成值 分值 得分" per indicator and the
总分 row's two figures, and the names and levels come after all the numbers, in row order, their
cells split where the PDF wrapped them ("健身器材验收合格 率"). Everything here is paired by order,
so every cell read is marked guessed; where the counts (or the 分值 / 得分 sums against 总分)
disagree nothing is paired and the field stays unread.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.document import Table

_MONEY_LABELS = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
_LABELS = frozenset(
    {"项目名称", "主管部门", "实施单位", "年度资金总额", "项目资金", "资金", "预期目标", "年度", "总体", "目标",
     "实际完成情况", "一级指标", "二级指标", "三级指标", "指标值", "实际", "完成值", "年度指标值", "实际完成值",
     "上年结转资金", "其他资金", *_MONEY_LABELS})
_LEVEL1 = frozenset({"产出指标", "效益指标", "满意度指标", "成本指标"})
_NUMBER = re.compile(rf"^{WRITTEN_FIGURE}$")
_FIGURE = re.compile(rf"^(?:{WRITTEN_FIGURE}%?|[—–-]+)$")
_UNIT = re.compile(r"^[(（](万?元)[)）]$")
_PAGE = re.compile(r"^[-—–]\d{1,3}[-—–]$")
_TITLE_END = re.compile(r"年度?[)）]$")


def interleaved_tables(line: str, where: str) -> list[Table] | None:
    """The tables of the interleaved forms written on ``line`` (None when the line holds none); the
    real files print one form after another, each closing "总分 -N-"."""
    if len(line) < 120 or "年初预算数" not in line or "指标值" not in line or "总分" not in line:
        return None
    tokens = line.split()
    ends = [i + 1 for i in range(1, len(tokens)) if tokens[i - 1] == "总分" and _PAGE.match(tokens[i])]
    forms = [tokens[a:b] for a, b in pairwise([0, *ends, len(tokens)]) if "年初预算数" in tokens[a:b]]
    if not forms or not all(_values_under_headers(form) for form in forms):
        return None
    return [_located(table, where) for form in forms for table in _form(form)]


def _form(tokens: list[str]) -> list[list[list[str]]]:
    title = next((i + 1 for i, t in enumerate(tokens) if _TITLE_END.search(t)), None)
    money = _money(tokens)
    return [t for t in (_info(tokens, title), money, _indicators(tokens, money)) if t is not None]


def _values_under_headers(tokens: list[str]) -> bool:
    """The interleaving's mark: figures straight after the money header's run and after the indicator
    header's 得分, with no row label between (a form in reading order names its row first)."""
    if "一级指标" not in tokens:
        return False
    at = tokens.index("年初预算数")
    while at < len(tokens) and tokens[at] in _MONEY_LABELS:
        at += 1
    if not all(_FIGURE.match(t) for t in tokens[at:at + 3]):
        return False
    try:
        done = tokens.index("得分", tokens.index("一级指标"))
    except ValueError:
        return False
    group = tokens[done + 1:done + 5]
    return len(group) == 4 and _number(group[2]) is not None and _number(group[3]) is not None


def _located(rows: list[list[str]], where: str) -> Table:
    origins = {(r, c): where for r, row in enumerate(rows) for c in range(len(row))}
    guessed = frozenset((r, c) for r, row in enumerate(rows) for c, cell in enumerate(row) if r > 0 and cell)
    return Table(rows, "", origins=origins, guessed=guessed)


def _is_label(token: str) -> bool:
    return token in _LABELS or token.startswith("其中") or _UNIT.match(token) is not None


def _info(tokens: list[str], title: int | None) -> list[list[str]] | None:
    """项目名称 / 主管部门 / 实施单位 where the value stands on one side of its label only (before it
    only when the form's title bounds the run: the first label's value could run back into anything)."""
    rows = [["项目", "内容"]]
    start = title or 0
    for label in ("项目名称", "主管部门", "实施单位"):
        if label not in tokens[start:]:
            continue
        at = tokens.index(label, start)
        before = _run(tokens, at - 1, -1, start)
        after = _run(tokens, at + 1, 1, len(tokens))
        unbounded = title is None and before and at == len(before)  # the run reaches back to the line's start
        if bool(before) != bool(after) and not unbounded:
            value = "".join(before or after)
            if not _FIGURE.match(value):
                rows.append([label, value])
    return rows if len(rows) > 1 else None


def _run(tokens: list[str], at: int, step: int, stop: int) -> list[str]:
    out: list[str] = []
    while (at >= stop if step < 0 else at < stop) and not _is_label(tokens[at]) and not _FIGURE.match(tokens[at]):
        out.append(tokens[at])
        at += step
    return out[::-1] if step < 0 else out


def _money(tokens: list[str]) -> list[list[str]] | None:
    """The money header run and the figures following it in the header's order."""
    head = tokens.index("年初预算数")
    end = head
    while end < len(tokens) and tokens[end] in _MONEY_LABELS:
        end += 1
    header = tokens[head:end]
    stop = tokens.index("一级指标")
    figures = []
    while end < stop and _FIGURE.match(tokens[end]):
        figures.append(tokens[end])
        end += 1
    region = tokens[end:stop]
    if "执行率" not in header:
        return None
    row: list[str]
    if len(figures) >= len(header) and figures[header.index("执行率")].endswith("%"):
        row = figures[:len(header)]
    elif len(figures) >= len(header) - 1:
        rates = [t for t in region if t.endswith("%") and _FIGURE.match(t)]
        if len(rates) != 1:
            return None
        row = figures[:len(header) - 1]
        row.insert(header.index("执行率"), rates[0])
    else:
        return None
    if any("%" in cell for i, cell in enumerate(row) if header[i] != "执行率"):
        return None
    unit = next((m.group(1) for t in tokens[head:stop] if (m := _UNIT.match(t))), None)
    corner = f"项目资金（{unit}）" if unit else "项目资金"
    rest = figures[len(row) if row == figures[:len(row)] else len(row) - 1:]
    return [[corner, *header], ["年度资金总额", *row], *_fund_rows(rest, region, len(header))]


def _fund_rows(rest: list[str], region: list[str], width: int) -> list[list[str]]:
    """The fund rows: a label followed by its figures, and the figures right after the total row for
    the one fund label standing alone (its cell printed later in the stream)."""
    rows: list[list[str]] = []
    alone: list[str] = []
    at = 0
    while at < len(region):
        token = region[at]
        if not _is_fund(token):
            at += 1
            continue
        end = at + 1
        while end < len(region) and _FIGURE.match(region[end]):
            end += 1
        if end == at + 1:
            alone.append(token)
        elif end - at - 1 <= width:
            rows.append([token, *region[at + 1:end], *[""] * (width - (end - at - 1))])
        at = end
    if rest and len(alone) == 1 and len(rest) <= width:
        rows.insert(0, [alone[0], *rest, *[""] * (width - len(rest))])
    return rows


def _is_fund(token: str) -> bool:
    return token.startswith("其中") or (token.endswith(("资金", "拨款")) and token not in ("项目资金", "资金"))


def _number(text: str) -> Decimal | None:
    return to_decimal(text) if _NUMBER.match(text) else None


def _indicators(tokens: list[str], money: list[list[str]] | None) -> list[list[str]] | None:
    """The indicator rows: one group of four figures per row, then 总分's two, then names and levels."""
    first = tokens.index("一级指标")
    try:
        done = tokens.index("得分", first)
        close = tokens.index("总分", done)
    except ValueError:
        return None
    head = tokens[first:done + 1]
    joined = "".join(head)
    marks = [joined.find(w) for w in ("指标值", "完成值", "分值", "得分")]
    if min(marks) < 0 or marks != sorted(marks) or head[-2] != "分值":
        return None
    groups: list[list[str]] = []
    at = done + 1
    while at + 3 < close and _number(tokens[at + 2]) is not None and _number(tokens[at + 3]) is not None \
            and not any(_is_label(t) or t.endswith("指标") for t in tokens[at:at + 2]):
        groups.append(tokens[at:at + 4])
        at += 4
    if not groups or at + 1 >= close:
        return None
    full, total = _number(tokens[at]), _number(tokens[at + 1])
    if full is None or total is None or not _sums_agree(groups, full, total, money):
        return None
    names = _names(tokens, head, at + 2, close, len(groups))
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    if names is not None and len(names) == len(groups):
        levels = _levels(head, tokens[at + 2:close], len(groups))
        for index, group in enumerate(groups):
            l1, l2 = levels[index] if levels else ("", "")
            rows.append([l1, l2, names[index], *group])
    rows.append(["总分", "", "", "", "", tokens[at], tokens[at + 1]])
    return rows


def _sums_agree(groups: list[list[str]], full: Decimal, total: Decimal, money: list[list[str]] | None) -> bool:
    """The groups' 分值 and 得分 (with the money row's, when the form has one) add up to 总分's."""
    weights = sum((_number(g[2]) or Decimal(0) for g in groups), Decimal(0))
    scores = sum((_number(g[3]) or Decimal(0) for g in groups), Decimal(0))
    if money is not None:
        points = dict(zip(money[0], money[1], strict=True))
        weight, score = _number(points.get("分值", "")), _number(points.get("得分", ""))
        if weight is not None and score is not None and (weights + weight, scores + score) == (full, total):
            return True
    return (weights, scores) == (full, total)


def _names(tokens: list[str], head: list[str], start: int, close: int, count: int) -> list[str] | None:
    """The rows' 三级 names in row order: the first row's from the header, the rest after the numbers,
    a fragment the PDF wrapped off joined to the one before it while there are more than rows."""
    names: list[str] = []
    if "三级指标" in head:
        first = head[head.index("三级指标") + 1:]
        lead = []
        for t in first:
            if t in ("年度", "指标值", "年度指标值"):
                break
            lead.append(t)
        if lead:
            names.append("".join(lead))
    fragments: list[tuple[int, str]] = []
    tail = tokens[start:close]
    index = 0
    while index < len(tail):
        t = tail[index]
        if len(t) == 1 and index + 2 < len(tail) and len(tail[index + 1]) == 1 and len(tail[index + 2]) == 1:
            while index < len(tail) and len(tail[index]) == 1:  # a label spaced out letter by letter
                index += 1
            continue
        if not t.endswith("指标") and not _is_label(t):
            fragments.append((index, t))
        index += 1
    fragments = _one_character_ends(names, fragments)
    while len(names) + len(fragments) > count:
        joinable = [i for i in range(1, len(fragments)) if fragments[i][0] == fragments[i - 1][0] + 1]
        if not joinable:
            return None
        i = min(joinable, key=lambda j: len(fragments[j][1]))
        fragments[i - 1:i + 1] = [(fragments[i][0], fragments[i - 1][1] + fragments[i][1])]
    names += [t for _, t in fragments]
    return names if len(names) == count else None


def _one_character_ends(names: list[str], fragments: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A single character is no name but the end of one the PDF wrapped off ("与某某结算完成 率"): it joins the
    fragment right before it, or, first of the tail, the first row's name in the header (the numbers came between
    that name and its end)."""
    kept: list[tuple[int, str]] = []
    for index, text in fragments:
        if len(text) == 1 and kept and kept[-1][0] == index - 1:
            kept[-1] = (index, kept[-1][1] + text)
        elif len(text) == 1 and not kept and len(names) == 1:
            names[0] += text
        else:
            kept.append((index, text))
    return kept


def _levels(head: list[str], tail: list[str], count: int) -> list[tuple[str, str]] | None:
    """Each row's 一级 / 二级: the 二级 cells in row order (the first row's inside the header), each
    under the 一级 last named before it (the first 一级 for those named before any)."""
    level2: list[str] = []
    if "二级指标" in head and "三级指标" in head:
        level2 += [t for t in head[head.index("二级指标") + 1:head.index("三级指标")] if t.endswith("指标")]
    owners: list[str | None] = [None] * len(level2)
    current: str | None = None
    for t in tail:
        if t in _LEVEL1:
            current = t
        elif t.endswith("指标") and len(t) > 2:
            level2.append(t)
            owners.append(current)
    firsts = [t for t in tail if t in _LEVEL1]
    if len(level2) != count or not firsts:
        return None
    return [(owner or firsts[0], l2) for owner, l2 in zip(owners, level2, strict=True)]
