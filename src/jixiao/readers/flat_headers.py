"""Recognising a run of header cells in flattened text: the block's caption and unit, its column roles,
a second header tier, and the money columns a garbled header still names (a money header's parts around its run,
the 序号 before it and the row of column numbers under it: :mod:`.flat_money_header_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from jixiao.lexicon import pattern
from jixiao.readers.align import charge
from jixiao.readers.cells import FIGURE_KINDS, VALUE_CELL_KINDS, Kind, kind
from jixiao.readers.extract.stacked_pairs import STACK_HEAD
from jixiao.readers.extract.table_columns import cell_role, goal_table, name_with_target
from jixiao.readers.flat_captions import is_caption, period_cell, spanning_caption, unit_cell, unit_of
from jixiao.readers.flat_column_numbers import column_number, column_words
from jixiao.readers.flat_header_roles import (
    NUMBERED,
    cumulative_money,
    dated_money,
    dedupe,
    earlier_actual,
    earlier_years,
    level_weights,
    measured_targets,
    merge_tiers,
    numbered_targets,
    reviewed_scores,
    share_column,
    spanned_money,
    spanning_tier,
    targets_and_actuals,
    tier_split,
)
from jixiao.readers.flat_money_header_parts import (
    MONEY_ROLES,
    money_role_of,
    names_rows,
    numbers_row,
    serial_before,
    two_money_columns,
)
from jixiao.readers.flat_table_cells import HEADER_SPAN, header_role
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_words import names_column
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact, match_text

# -- header runs --------------------------------------------------------------------------------

@dataclass
class Header:
    kind: str  # "money" or "indicator"
    roles: list[str]
    unit: str
    caption: str
    start: int
    end: int  # first token after the header
    numbered: bool = False  # a 行次 column: each row's first figure is its number, not an amount
    serial: bool = False  # a 序号 column before the label column: a row's leading whole number is its serial
    rate_in_percent: bool = False  # the 执行率 header states its unit ("执行率(%)"): its cells need no % of their own


@lru_cache(maxsize=8192)
def _may_head(text: str) -> bool:
    """Whether a cell can start a header run (a caption, a unit, a header word): a quick test."""
    return len(text) <= 40 and bool(is_caption(text) or unit_cell(text) or header_role(text) not in (None, "goal"))


def _cell_before(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the last cell with text before ``tokens[i]``, a web copy's empty cells ("|" lines of a row run
    into one line) skipped, three at most."""
    k = i - 1
    while k >= 0 and k >= i - 3 and kind(tokens[k].text) is Kind.EMPTY:
        k -= 1
    return k if k >= 0 and k >= i - 3 and kind(tokens[k].text) is not Kind.EMPTY else None




def _labels_a_figure(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """The token at ``k`` opens a line whose next cell is a figure (an amount, or a rate: "预算执行率 | 100% |" under
    an indicator header is a row, though 执行率 may head a money column); empty cells before it on its line (a row
    whose level cells a sheet left blank: " |  | 预算执行率 | 100% |") open no line."""
    after = next((j for j in range(k + 1, stop) if kind(tokens[j].text) is not Kind.EMPTY), None)
    before = _cell_before(tokens, k)
    return after is not None and tokens[after].line == tokens[k].line \
        and kind(tokens[after].text) in FIGURE_KINDS and (before is None or tokens[before].line != tokens[k].line)


_RUN_HEAD = 5  # column words cut one after another from one line that make a header with no rule between them


def header_at(tokens: Sequence[Token], i: int) -> Header | None:
    if not _may_head(tokens[i].text):
        return None
    caption, unit = "", ""
    j = i
    numbered = i > 0 and tokens[i - 1].text in _NUMBERING
    stop = min(len(tokens), i + HEADER_SPAN)  # called at every token: a bounded look ahead keeps it linear
    while j < stop and (is_caption(tokens[j].text) or kind(tokens[j].text) is Kind.EMPTY
                        or unit_cell(tokens[j].text) or tokens[j].text in _NUMBERING
                        or (caption and period_cell(tokens[j].text))):  # 资金来源 | 2024年度 | 2022—2024年累计
        if is_caption(tokens[j].text):
            caption = caption or tokens[j].text
        numbered = numbered or tokens[j].text in _NUMBERING
        unit = unit or unit_of(tokens[j].text)
        j += 1
    run: list[tuple[int, str, str]] = []  # (token index, text, role)
    k = j
    while k < stop:
        text = tokens[k].text
        if kind(text) is Kind.EMPTY:
            k += 1
            continue
        marked = k + 1 < stop and _column_mark(tokens[k + 1].text)
        role = header_role(text + tokens[k + 1].text) if marked else header_role(text)
        if role == "goal" and "name" not in [r for _, _, r in run] and not (
                run and run[-1][2] == "level2" and k + 1 < stop and header_role(tokens[k + 1].text) == "name"):
            role = None  # 绩效目标 heads a goal table's column only after its 指标名称 (else a goal row, a 二级), or
            # between the 二级 and the 三级 it is the 二级's goal for
        if role is None and STACK_HEAD.match(compact(text)) and "name" in [r for _, _, r in run] \
                and k + 1 < stop and header_role(tokens[k + 1].text) == "target":
            role = "stack_kind"  # 三级指标 | 类别 | 指标值: each indicator's target and actual rows (flat_stacked_rows)
        if role is None and dated_money(text):  # "2023年预算数" (before 2024年年初预算数 …): a column read past
            role = NUMBERED
        if role in (None, "executed", "adjusted") and "executed" in [r for _, _, r in run] and cumulative_money(text):
            role = NUMBERED  # 全年执行数 | 总预算数 | 累计执行数: the whole span's money after the year's, read past
        if role is None and column_number(text) is not None:  # "年中调整金额②": a column known by its number
            role = _numbered_role(text, [r for _, _, r in run])
        if role is None and not unit_cell(text):
            role = _garbled_actual(tokens, k, stop, [r for _, _, r in run])
            if role is None:
                break
        if run and tokens[k].in_row and tokens[k].line != tokens[run[-1][0]].line \
                and not tokens[run[-1][0]].in_row and not tokens[run[-1][0]].celled:
            break  # a caption line ("评分表") above a header row written as one line is not part of it
        if run and tokens[k].line != tokens[run[-1][0]].line and _labels_a_figure(tokens, k, stop):
            break  # "项目 | 预算数 | 决算数" over "年初预算 | 318.60 |": a row's label and its amount, no header cell
        if role is not None:
            run.append((k, text + tokens[k + 1].text if marked else text, role))
        unit = unit or unit_of(text)
        k += 2 if marked else 1
    charge(k - i)  # tried at every token: a flood of header words spends the work budget
    # "… | 得分 | 偏差原因" over "绩效指标 | 预算执行 | …": the table's side cell (a left column merged down its rows,
    # printed once before the first row) is no column after the scores and notes; read past
    if len(run) > 2 and cell_role(run[-1][1]) == "name_weak" and cell_role(run[-2][1]) in ("score", "deviation"):
        run.pop()
    if _name_as_caption(tokens, i, j, run):  # "绩效指标 | 分值 | 年度指标值 …": the names' column, no caption
        run.insert(0, (j - 1, tokens[j - 1].text, "name_weak"))
        caption = ""
    if len(run) > 2 and tokens[run[1][0]].line != tokens[run[0][0]].line \
            and tokens[run[2][0]].line == tokens[run[1][0]].line \
            and run[0][2] in {r for at, _, r in run[1:] if tokens[at].line == tokens[run[1][0]].line}:
        return None  # "全年完成情况较好" (a goal row's result) over "…三级指标 | 年度指标值 | 实际完成值 …": the header
        # names that column itself on the next line, so the cell above is a row's, and the header starts after it
        # (the header's own line: a first row's "绩效指标" read on past it is no second naming)
    if _goal_heads(tokens, i, run):
        return None
    if run and run[0][2] == "measure_unit" and len(run) > 1 and tokens[run[1][0]].line != tokens[run[0][0]].line:
        return None  # "单位 |" (a form's unit-name label) on the line above: the header starts after it
    if len(run) < 3 and (len(run) != 2 or not two_money_columns([money_role_of(t) for _, t, _ in run], tokens, k)):
        return None
    money = [(None if role == NUMBERED and cumulative_money(text) else money_role_of(text))
             or (role if role == NUMBERED else None) for _, text, role in run]
    money = earlier_years([text for _, text, _ in run], money)  # 2023年执行数 before 2024年全年执行数: read past
    if "executed" in money and ("initial" in money or "adjusted" in money):
        if i > 0 and pattern("task_column").fullmatch(compact(tokens[i - 1].text)):
            return None  # 重点工作任务 | 预算数 | 执行数: the year's tasks, each with its money, not the budget
        ordered = [r for r in money if r]
        if run[0][2] == "measure_unit" and not caption:  # "单位 | 年初预算数 …": the label column names units
            caption = run[0][1]
        end = numbers_row(tokens, k)
        serial, label_head = serial_before(tokens, i)
        back = _cell_before(tokens, i)
        head = tokens[back].text.rsplit(" ", 1)[-1] if back is not None else ""  # (a run-on text's last words)
        if not (caption or label_head) and names_rows(head):
            label_head = head  # "项目名称 | 全年预算数 …" (no 序号): a list of projects, a row each;
            # "单位 | 调整后预算数 …" right before the header (a form's unit label is followed by its name): units
        serial = serial or any(role == "number" for _, _, role in run)  # "序号 | 全年预算数 …" under its caption
        start = i
        if not (caption or label_head) and i > 0 and tokens[i - 1].line != tokens[i].line \
                and (label_head := spanning_caption(tokens[i - 1].text)):
            start = i - 1  # "资金来源 2024年度 2022—2024年累计" on the line above: the header's first row
        found = spanned_money(ordered) or dedupe(ordered)
        if not unit and i > 0 and tokens[i - 1].line == tokens[i].line:  # "年度预算数（千元） | 年初预算 | …":
            unit = unit_of(tokens[i - 1].text)  # the unit of the caption spanning the amounts, just before them
        percent = any("%" in text for (_, text, _), role in zip(run, money, strict=True) if role == "rate")
        return Header("money", found, unit, caption or label_head, start, end, numbered or end > k, serial, percent)
    if run[0][2] == "score" and any(role == "number" for _, _, role in run[1:]):
        return None  # "自评得分 | 序号 | 指标 | 分值 …": a heading above the table (no header opens on its score)
    written = level_weights([cell_role(text) or (role if role == "stack_kind" else None) for _, text, role in run])
    if not {"name", "name_weak"} & set(written):  # "三级指标（年度指标值）": the names, each with its target
        written = ["name" if name_with_target(text) else role for (_, text, _), role in zip(run, written, strict=True)]
    if not {"name", "name_weak", "levels"} & set(written) and {"level1", "level2", "weight"} <= set(written):
        written = ["name" if role == "level2" else role for role in written]  # a 2-level form: the 二级 names it
    # 偏差 alone (no 原因 in it): how far the actual is off the target, a figure ("+62人", "0", "-1.5个百分点")
    written = ["deviation_figure" if role == "deviation" and _DEVIATION_FIGURE.fullmatch(compact(text)) else role
               for (_, text, _), role in zip(run, written, strict=True)]
    texts = [t for _, t, _ in run]
    indicator = earlier_actual(share_column(reviewed_scores(written, texts), texts), texts)
    names = {"name", "name_weak", "level1", "level2"}
    present = set(filter(None, indicator))
    # cells the source ruled off ("目标值 |") or wrote one a line, not cut from prose
    ruled = all(tokens[at].celled or _alone(tokens, at) for at, _, _ in run)
    # a goal table's header (指标类型 | 指标名称 | 绩效目标): its words alone (a record's "一级指标：产出指标" lines are
    # labels with their values); 一级 | 二级 | 三级 | 指标值 alone is no such header in flattened text, where a 完成值
    # column the run does not name may follow
    goals = ruled and "goal" in indicator and goal_table({role: col for col, role in enumerate(indicator) if role}) \
        and not any(":" in match_text(text) for _, text, _ in run)
    # (a line the tokenizer cut at its spaces as a header with no points, :mod:`.flat_pointless_rows`, is a row too)
    lined = all(tokens[at].in_row and tokens[at].line == tokens[run[0][0]].line for at, _, _ in run)
    # five column words or more cut from one line, one right after the other ("一级指标二级指标三级指标年初目标值实际
    # 完成值…" run together): a header, though no rule or space parted its cells (a record's labels have values between)
    lined = lined or (len(run) >= _RUN_HEAD and all(tokens[at].line == tokens[run[0][0]].line for at, _, _ in run)
                      and all(b[0] - a[0] == 1 for a, b in pairwise(run)))
    if names & present and ({"weight", "score"} & present or ((ruled or lined) and targets_and_actuals(indicator))
                            or goals
                            or (ruled and (measured_targets(indicator) or numbered_targets(indicator)))):
        roles = [r for r in indicator if r]
        tier = tier_split(roles)
        # (a spanning 评分 over 分值 | 得分 is no second score: the tier is looked for in the roles as written)
        found = merge_tiers(roles[:tier], roles[tier:]) if tier else \
            spanning_tier([r for r in written if r]) or dedupe(roles)
        if "name" in found and "name_weak" in found and found.index("name_weak") < found.index("name"):
            found.remove("name_weak")  # "年度绩效指标" over 一级 | 二级 | 三级指标: a caption
        # (三级指标 | 指标内容: the content column after the name is a column of its own)
        header = _second_tier(tokens, Header("indicator", found, unit, caption, i, _first_row_name(tokens, run,
                                                                                               indicator, k)))
        if ruled and "weight" not in found and "score" not in found:
            header = _unheaded_figure(tokens, header)
        if "name" not in header.roles and "name_weak" in header.roles:  # "序号 评价指标 分值 得分": the names
            header.roles[header.roles.index("name_weak")] = "name"
        return header
    return None


def _name_as_caption(tokens: Sequence[Token], i: int, j: int, run: list[tuple[int, str, str]]) -> bool:
    """Whether the caption cell right before a run of indicator columns that names no level or name column is
    the names' own column word ("绩效指标" over an outline of levels and names: 分值 | 年度指标值 | … follow it):
    a run of three columns at least, a target's or an actual's among them ("绩效指标得分（满分90分）：87.5" is a
    label and its figure)."""
    return j > i and len(run) >= 3 and run[0][0] == j and cell_role(tokens[j - 1].text) == "name_weak" \
        and names_column([role for _, _, role in run])


def _first_row_name(tokens: Sequence[Token], run: list[tuple[int, str, str]], roles: list[str | None],
                    k: int) -> int:
    """Where an indicator header ends: after its last cell that names a column of the table, when the cells after
    it name none and a value follows them ("指标名称 | … | 得分" over "预算执行率 | — | 96.50% | 10 | 9.65": the first
    row's name, a money column's word, is no header cell); else ``k``."""
    last = max((at for at, role in enumerate(roles) if role), default=len(run) - 1)
    if len(roles) != len(run) or last == len(run) - 1 or k >= len(tokens) \
            or kind(tokens[k].text) not in VALUE_CELL_KINDS:
        return k
    return run[last + 1][0]


def _goal_heads(tokens: Sequence[Token], i: int, run: list[tuple[int, str, str]]) -> bool:
    """"年度总体目标 | 中期目标 | 年度目标 | 实际完成情况" right over "一级指标 | … | 中期指标值 | 年度指标值 |
    实际完成值 …" (the goal's text between them lost): the cells after the goal's label head the goal's columns,
    each named again on the next line, so the header starts there."""
    line = tokens[i].line
    lines = [tokens[at].line for at, _, _ in run if tokens[at].line != line]
    if not lines:
        return False
    top = {role for at, _, role in run if tokens[at].line == line}
    below = {role for at, _, role in run if tokens[at].line == lines[0]}
    if len(below) <= len(top) or not top <= below:
        return False
    before = (t.text for t in reversed(tokens[max(0, i - HEADER_SPAN): i]) if t.line == line)
    return any(pattern("goal_label").match(compact(text)) for text in before)


def _numbered_role(text: str, roles: list[str]) -> str | None:
    """A header cell with its circled column number: the role its words name without the number and notes
    ("年初部门预算安排金额(含历年结余结转)①"), else, after a money column, a money column read past ("年中调整金额②",
    "本年度结余金额⑥=③-④": the row keeps a cell for it)."""
    role = header_role(column_words(text))
    if role is None and any(r in MONEY_ROLES for r in roles):
        return NUMBERED
    return role


def _unheaded_figure(tokens: Sequence[Token], header: Header) -> Header:
    """一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成指标值 then a bare figure ("50", the block's points)
    before the first row's level: a figure column whose heading the copy lost (each row ends with one, a weight
    or a score, which cannot be told). The column is kept so the rows are cut where they end; its figures are
    read past. A form whose header block heads that column 自评得分 (a 区域绩效目标自评表: 自评得分 over the form's
    total, each block's points under it) gives it its name: the figures are scores."""
    at = header.end
    if at + 1 >= len(tokens) or kind(tokens[at].text) is not Kind.NUMBER or not _alone(tokens, at):
        return header
    if kind(tokens[at + 1].text) not in (Kind.LEVEL1, Kind.LEVEL2, Kind.TEXT):
        return header
    role = "score" if _scores_headed(tokens, header.start) else "unheaded"
    return Header(header.kind, [*header.roles, role], header.unit, header.caption, header.start, at + 1)


def _scores_headed(tokens: Sequence[Token], before: int) -> bool:
    """Whether the unit's own total label (自评得分, 自评总分: a stated-total label with an own-score word) stands
    alone on its line above the table: the form's own score column heading."""
    own = pattern("score_columns.own")
    return any(_alone(tokens, n) and label_field(tokens[n].text) == "stated_total" and own.search(tokens[n].text)
               for n in range(before))


def _alone(tokens: Sequence[Token], at: int) -> bool:
    """Whether a cell is the whole of its line (a form copied one cell a line)."""
    line = tokens[at].line
    return (at == 0 or tokens[at - 1].line != line) and (at + 1 == len(tokens) or tokens[at + 1].line != line)


def _garbled_actual(tokens: Sequence[Token], k: int, stop: int, roles: list[str]) -> str | None:
    """An OCR-garbled header cell (全年完成值, its characters out of order) between the target and the
    weight columns: the standard order puts the 完成值 column there, so the run goes on with that role (its
    cells are placed by fit)."""
    text = compact(tokens[k].text)
    following = header_role(tokens[k + 1].text) if k + 1 < stop else None
    if 2 <= len(text) <= 8 and "target" in roles and "actual" not in roles and "值" in text \
            and following in ("weight", "score", "coefficient"):
        return "actual"
    return None


_DEVIATION_FIGURE = re.compile(r"偏差(?:值|度|情况)?")
_NUMBERING = ("行次", "栏次")  # the header of a column of row numbers
_COLUMN_MARK = re.compile(r"[(（]\s*[A-Z](?:\s*[/+\-×*]\s*[A-Z])*(?:\s*[×*]\s*100\s*%)?\s*[)）]")


@lru_cache(maxsize=8192)
def _column_mark(text: str) -> bool:
    """"（A）", "（D/C×100%）": a header cell's column letter or formula, wrapped onto its own line."""
    return len(text) <= 16 and bool(_COLUMN_MARK.fullmatch(match_text(text).strip()))


def _second_tier(tokens: Sequence[Token], header: Header) -> Header:
    """绩效指标 | 年度指标值 | … over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位: one header."""
    k = header.end
    sub: list[str] = []
    while k < min(len(tokens), header.end + HEADER_SPAN):
        text = tokens[k].text
        if kind(text) is Kind.EMPTY:
            k += 1
            continue
        role = header_role(text) and cell_role(text)
        if role is None or (role in header.roles and role not in ("target", "name")):
            break
        sub.append(role)
        k += 1
    if len(sub) < 2:
        return header
    return Header(header.kind, merge_tiers(header.roles, sub), header.unit, header.caption, header.start, k)


