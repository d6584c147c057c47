"""Rebuilding a form's tables from flattened text (cells from :mod:`jixiao.readers.flat_tokens`).

The standard forms are recognised by their vocabulary (``lexicon.yaml``): a run of header cells
fixes a block's columns (the money block 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; the
indicator block 一级指标 | … | 得分 | 偏差原因…, with its second header row); the cells after it are read
as a stream in that order, whatever the line breaks, and cut into rows by how well each candidate row
fits the columns (:func:`jixiao.readers.align.align`). Label cells (项目名称, 主管部门, 自评总分 …) pair
with the cell after them. The result is the same neutral :class:`Table` the docx/pdf/html readers
give, with each cell's source line and the cells whose place was a guess.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from jixiao.lexicon import lexicon, pattern, roles
from jixiao.readers.align import Alignment, WorkExceeded, align, charge, indicator_check, money_check, work_budget
from jixiao.readers.cells import Kind, fit, kind, splits
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, money_role
from jixiao.readers.extract.table_indicators import split_block_weight
from jixiao.readers.extract.table_labels import label_field
from jixiao.readers.flat_lead_level import with_lead_level
from jixiao.readers.flat_money_pairs import money_pairs
from jixiao.readers.flat_noted import noted_rows
from jixiao.readers.flat_tokens import Token, is_form_word
from jixiao.readers.flat_weighted import weighted_cell_rows
from jixiao.readers.textnorm import compact, match_text

_MONEY_ROLES = {"initial", "adjusted", "executed", "rate_weight", "rate", "rate_score", "money_note", "pooled",
                "net_budget", "received", "received_rate", "rate_deduction"}
_CAPTION = re.compile(r"^(项目资金|年度预算申请|年度预算数|预算执行情况|资金情况|预算资金|部门预算执行情况|年度预算"
                      r"|资金来源|预算执行|绩效指标|(?:年度)?绩效指标完成情况|项目资金情况|资金使用情况|项目|科目|类别|资金类别|资金性质|预算执行情况表|资金总额"
                      r"|资金投入情况)"
                      r"(?:\d+(?:\.\d+)?分|单位|万元|元|亿元)*$")  # "（万元）（20分）" in either order
_UNIT = re.compile(r"(亿元|万元|元)")
_BY_NATURE = re.compile(r"^按(收入|支出)性质分")
_VALUE_KINDS = {Kind.NUMBER, Kind.PERCENT, Kind.SLASH, Kind.EMPTY, Kind.FUSED, Kind.AMOUNT}
_TWO_SENTENCES = re.compile(r"([^。]{8,}。)\s*([^。]{8,}。?)")
_MAX_ROW = 14  # cells in one indicator row, fused ones counted once
_MAX_HEADER = 14  # characters in a header cell
_OCR_JUNK = re.compile(r"[A-Za-z|｜]{1,2}")
_STRAY = 2.5  # what leaving a cell of an indicator block out of every row costs
_HEADER_SPAN = 40  # tokens a header run (caption, units, blanks, header words) may span (real ones: ≤ 12)


@dataclass
class FlatTable:
    """A table rebuilt from tokens, and the tokens it used."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[list[int | None]] = field(default_factory=list)  # the source line of each cell
    guessed: set[tuple[int, int]] = field(default_factory=set)
    used: set[int] = field(default_factory=set)  # token indexes
    pairs: list[range] = field(default_factory=list)  # for a table of label pairs: each row's tokens

    def add(self, cells: Sequence[str], lines: Sequence[int | None], guessed: Sequence[int] = ()) -> None:
        r = len(self.rows)
        self.rows.append(list(cells))
        self.lines.append(list(lines))
        self.guessed.update((r, c) for c in guessed)

    def table(self, name: str, line_label: str = "第{}行", read_back: frozenset[int] = frozenset()) -> Table:
        """The neutral table; every cell from a line in ``read_back`` (its form words read back from an
        OCR misreading) is guessed."""
        origins = {(r, c): line_label.format(line + 1) for r, row in enumerate(self.lines)
                   for c, line in enumerate(row) if line is not None}
        guessed = self.guessed | {(r, c) for r, row in enumerate(self.lines) for c, line in enumerate(row)
                                  if line in read_back} if read_back else self.guessed
        return Table([list(r) for r in self.rows], name, origins=origins, guessed=frozenset(guessed))


@lru_cache(maxsize=8192)
def _header_role(text: str) -> str | None:
    key = compact(text)
    if len(key) > _MAX_HEADER or key.endswith("表"):  # a caption, a title (…得分表), a sentence holding 得分
        return None
    if _LABELLED_VALUE.search(text):  # "分值：10分", "得分：9.53分": a label with its value, not a column
        return None
    return cell_role(text) or money_role(text)


_LABELLED_VALUE = re.compile(r"[:：]\s*\d")


def _is_label(text: str) -> str | None:
    return label_field(text)


def _is_form_end(text: str) -> bool:
    key = compact(text)
    return bool(key) and bool(pattern("form_end").match(key))


def _is_goal(text: str) -> bool:
    key = compact(text)
    return bool(key) and bool(pattern("goal_row").match(key))


def _is_total(text: str) -> bool:
    key = compact(text)
    return bool(key) and bool(pattern("total_row").match(key))


def _structural(text: str) -> bool:
    """A cell that starts something else: a label, a goal row, the end of the form, a total row, the
    budget by nature (按收入性质分 …, read by :mod:`jixiao.readers.extract.by_nature`)."""
    return bool(_is_label(text) or _is_goal(text) or _is_form_end(text) or _is_total(text)
                or _BY_NATURE.match(compact(text)))


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


@lru_cache(maxsize=8192)
def _is_caption(text: str) -> bool:
    return bool(_CAPTION.match(compact(text)))


@lru_cache(maxsize=8192)
def _may_head(text: str) -> bool:
    """Whether a cell can start a header run (a caption, a unit, a header word): a quick test."""
    return len(text) <= 40 and bool(_is_caption(text) or _unit_cell(text) or _header_role(text))


def _header_at(tokens: Sequence[Token], i: int) -> Header | None:
    if not _may_head(tokens[i].text):
        return None
    caption, unit = "", ""
    j = i
    numbered = i > 0 and tokens[i - 1].text in _NUMBERING
    stop = min(len(tokens), i + _HEADER_SPAN)  # called at every token: a bounded look ahead keeps it linear
    while j < stop and (_is_caption(tokens[j].text) or kind(tokens[j].text) is Kind.EMPTY
                        or _unit_cell(tokens[j].text) or tokens[j].text in _NUMBERING):
        if _is_caption(tokens[j].text):
            caption = caption or tokens[j].text
        numbered = numbered or tokens[j].text in _NUMBERING
        unit = unit or _unit_of(tokens[j].text)
        j += 1
    run: list[tuple[int, str, str]] = []  # (token index, text, role)
    k = j
    while k < stop:
        text = tokens[k].text
        if kind(text) is Kind.EMPTY:
            k += 1
            continue
        marked = k + 1 < stop and _column_mark(tokens[k + 1].text)
        role = _header_role(text + tokens[k + 1].text) if marked else _header_role(text)
        if role is None and not _unit_cell(text):
            role = _garbled_actual(tokens, k, stop, [r for _, _, r in run])
            if role is None:
                break
        if run and tokens[k].in_row and tokens[k].line != tokens[run[-1][0]].line \
                and not tokens[run[-1][0]].in_row and not tokens[run[-1][0]].celled:
            break  # a caption line ("评分表") above a header row written as one line is not part of it
        if role is not None:
            run.append((k, text + tokens[k + 1].text if marked else text, role))
        unit = unit or _unit_of(text)
        k += 2 if marked else 1
    charge(k - i)  # tried at every token: a flood of header words spends the work budget
    if run and run[0][2] == "measure_unit" and len(run) > 1 and tokens[run[1][0]].line != tokens[run[0][0]].line:
        return None  # "单位 |" (a form's unit-name label) on the line above: the header starts after it
    if len(run) < 3 and (len(run) != 2 or not _two_money_columns([_money_role_of(t) for _, t, _ in run], tokens, k)):
        return None
    money = [_money_role_of(text) for _, text, _ in run]
    if "executed" in money and ("initial" in money or "adjusted" in money):
        if i > 0 and pattern("task_column").fullmatch(compact(tokens[i - 1].text)):
            return None  # 重点工作任务 | 预算数 | 执行数: the year's tasks, each with its money, not the budget
        ordered = [r for r in money if r]
        end = _numbers_row(tokens, k)
        return Header("money", _dedupe(ordered), unit, caption, i, end, numbered or end > k)
    indicator = _level_weights([cell_role(text) for _, text, _ in run])
    names = {"name", "name_weak", "level1", "level2"}
    present = set(filter(None, indicator))
    ruled = all(tokens[at].celled for at, _, _ in run)  # cells the source ruled off ("目标值 |"), not cut from prose
    if names & present and ({"weight", "score"} & present or (ruled and _targets_and_actuals(indicator))):
        roles = [r for r in indicator if r]
        tier = _tier_split(roles)
        found = _merge_tiers(roles[:tier], roles[tier:]) if tier else _dedupe(roles)
        if "name" in found and "name_weak" in found and found.index("name_weak") < found.index("name"):
            found.remove("name_weak")  # "年度绩效指标" over 一级 | 二级 | 三级指标: a caption
        # (三级指标 | 指标内容: the content column after the name is a column of its own)
        header = _second_tier(tokens, Header("indicator", found, unit, caption, i, k))
        if "name" not in header.roles and "name_weak" in header.roles:  # "序号 评价指标 分值 得分": the names
            header.roles[header.roles.index("name_weak")] = "name"
        return header
    return None


def _targets_and_actuals(roles: list[str | None]) -> bool:
    """一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值: a table of the indicators' targets and what was done,
    with no weight or score column; its levels, name, target and actual each a column (a 绩效目标表 has no
    actual column and stays out). Taken only when the source rules its cells off: cut from run-on text,
    such a header leaves a row no figure of its own to end on."""
    present = set(filter(None, roles))
    return {"name", "target", "actual"} <= present and bool({"level1", "level2"} & present)


def _two_money_columns(money: list[str | None], tokens: Sequence[Token], k: int) -> bool:
    """"全年预算数(A) 全年执行数(B) 820.50 801.20 其中:…": a money header of two columns, the budget's and
    what was spent, with the block's figures right after it (a sheet whose merged label cell came later)."""
    return len(money) == 2 and money[-1] == "executed" and money[0] in ("initial", "adjusted") \
        and k + 1 < len(tokens) and all(kind(tokens[n].text) is Kind.NUMBER for n in (k, k + 1))


def _garbled_actual(tokens: Sequence[Token], k: int, stop: int, roles: list[str]) -> str | None:
    """An OCR-garbled header cell (全年完成值, its characters out of order) between the target and the
    weight columns: the standard order puts the 完成值 column there, so the run goes on with that role (its
    cells are placed by fit)."""
    text = compact(tokens[k].text)
    following = _header_role(tokens[k + 1].text) if k + 1 < stop else None
    if 2 <= len(text) <= 8 and "target" in roles and "actual" not in roles and "值" in text \
            and following in ("weight", "score", "coefficient"):
        return "actual"
    return None


_NUMBERING = ("行次", "栏次")  # the header of a column of row numbers
_COLUMN_MARK = re.compile(r"[(（]\s*[A-Z](?:\s*[/+\-×*]\s*[A-Z])*(?:\s*[×*]\s*100\s*%)?\s*[)）]")


@lru_cache(maxsize=8192)
def _column_mark(text: str) -> bool:
    """"（A）", "（D/C×100%）": a header cell's column letter or formula, wrapped onto its own line."""
    return len(text) <= 16 and bool(_COLUMN_MARK.fullmatch(match_text(text).strip()))


def _numbers_row(tokens: Sequence[Token], k: int) -> int:
    """After a header, its row of column numbers ("列次 0 1 2 … 7", maybe with sub-headers after them on
    the line): part of the header; the index of the first token after it (``k`` when there is none)."""
    if k >= len(tokens) or tokens[k].text not in ("列次", "栏次"):
        return k
    end, expected = k + 1, None
    while end < len(tokens) and (not tokens[end].text or (
            tokens[end].text.isdigit() and expected in (None, int(tokens[end].text)))):
        expected = int(tokens[end].text) + 1 if tokens[end].text else expected
        end += 1
    line = tokens[end - 1].line
    while end < len(tokens) and tokens[end].line == line and kind(tokens[end].text) is Kind.TEXT:
        end += 1
    return end


def _level_weights(roles: list[str | None]) -> list[str | None]:
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分: a 分值 right of a level is that level's weight."""
    if roles.count("weight") < 2:
        return roles
    return [f"{before}_weight" if role == "weight" and before in ("level1", "level2") else role
            for before, role in zip([None, *roles], roles, strict=False)]


@lru_cache(maxsize=8192)
def _money_role_of(text: str) -> str | None:
    role = money_role(text)
    return role if role in _MONEY_ROLES else None


def _dedupe(found: list[str]) -> list[str]:
    """Each role once, but text columns read past may come twice (指标解释 | 指标说明及评分标准), and so may
    the nature (指标性质 正向 | 指标方向 大于等于: the direction, then the comparison)."""
    out: list[str] = []
    for role in found:
        if role not in out or role in ("scoring_rule", "nature"):
            out.append(role)
    return out


@lru_cache(maxsize=8192)
def _unit_cell(text: str) -> bool:
    """"（万元）", "单位：元", "(%)", "（分）": a header cell's unit written apart from it."""
    return bool(re.fullmatch(r"[(（]?\s*(?:单位[:：]?)?\s*(万元|元|亿元|%|分)\s*[)）]?", match_text(text).strip()))


@lru_cache(maxsize=8192)
def _unit_of(text: str) -> str:
    found = _UNIT.search(match_text(text))
    return found.group(1) if found else ""


_REFINES = {"name_weak": {"level1", "level2", "name"}, "target": {"nature", "target", "measure_unit"},
            "name": {"level1", "level2", "name"}}


def _second_tier(tokens: Sequence[Token], header: Header) -> Header:
    """绩效指标 | 年度指标值 | … over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位: one header."""
    k = header.end
    sub: list[str] = []
    while k < min(len(tokens), header.end + _HEADER_SPAN):
        text = tokens[k].text
        if kind(text) is Kind.EMPTY:
            k += 1
            continue
        role = _header_role(text) and cell_role(text)
        if role is None or (role in header.roles and role not in ("target", "name")):
            break
        sub.append(role)
        k += 1
    if len(sub) < 2:
        return header
    return Header(header.kind, _merge_tiers(header.roles, sub), header.unit, header.caption, header.start, k)


def _tier_split(roles: list[str]) -> int:
    """Where a header run holds two rows (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 then 一级指标 |
    二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位): the index the second row starts at, else 0."""
    for s in range(2, len(roles) - 1):
        top = roles[:s]
        if ({"weight", "score"} & set(top)) and any(p in top for p in ("name_weak", "target")) \
                and all(r in _REFINES["name_weak"] | _REFINES["target"] for r in roles[s:]) \
                and {"level1", "level2", "name"} & set(roles[s:]) and "name" not in top:
            return s
    return 0


def _merge_tiers(top: list[str], sub: list[str]) -> list[str]:
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


# -- blocks -------------------------------------------------------------------------------------

def _money_rows(tokens: Sequence[Token], header: Header, out: FlatTable) -> int:
    cols = ["label", *header.roles]
    names = lexicon()["column_names"]
    caption = header.caption or "项目资金"
    if header.unit and not _unit_of(caption):  # "资金来源 | 下达预算数（元）…": the unit stays with the block
        caption += f"（{header.unit}）"
    out.add([caption, *[names[r] for r in header.roles]], [tokens[header.start].line] + [None] * len(header.roles))
    out.used.update(range(header.start, header.end))
    i = header.end
    while i < len(tokens):
        label = tokens[i].text
        # the header's own first cell labels the row under it ("资金总额 | 年初预算数 … " over "| 2856.40 …")
        unlabeled = i == header.end and kind(label) in _VALUE_KINDS and kind(label) is not Kind.EMPTY
        # an OCR's junk for the label cell ("O", "Il") right under the header: the header's total row, guessed
        junk = i == header.end and _OCR_JUNK.fullmatch(label) is not None
        if not unlabeled and (kind(label) in _VALUE_KINDS or _header_at(tokens, i)
                              or (_structural(label) and not _fund_row(label))):
            break
        first_value = i if unlabeled else i + 1
        numbered = header.numbered and first_value < len(tokens) and re.fullmatch(r"\d{1,3}", tokens[first_value].text)
        j = _row_end(tokens, first_value + 1 if numbered else first_value, header)
        values = [t.text for t in tokens[first_value: j]]
        if numbered:
            values[0] = ""  # the row's 行次, not an amount
        if not any(kind(v) in (Kind.NUMBER, Kind.PERCENT, Kind.FUSED, Kind.AMOUNT, Kind.SLASH) for v in values) \
                and not _fund_row(label):
            break
        reading = align(["年度资金总额" if unlabeled or junk else label, *values], cols, money_check)
        if reading.score == float("-inf"):
            break
        _put_row(out, cols, reading, tokens, first_value - 1, j)
        if junk:
            out.guessed.add((len(out.rows) - 1, 0))
        i = j
    return i


def _row_end(tokens: Sequence[Token], first: int, header: Header) -> int:
    """The end of a money row's values: its figures and, under a 原因/说明 column, one note."""
    j = first
    noted = False
    while j < len(tokens):
        text = tokens[j].text
        if kind(text) not in _VALUE_KINDS:
            beside = tokens[j].line == tokens[j - 1].line or tokens[j - 1].line != tokens[j - 2].line
            if noted or "money_note" not in header.roles or kind(text) is not Kind.TEXT or _fund_row(text) \
                    or j == first or not beside or _structural(text) or _header_at(tokens, j):
                break
            noted = True
        j += 1
    return j


def _fund_row(text: str) -> bool:
    key = compact(text)
    return bool(pattern("fund_rows.total").match(key) or pattern("fund_rows.parts").search(key)) and len(key) <= 20


def _put_row(out: FlatTable, cols: list[str], reading: Alignment, tokens: Sequence[Token], start: int,
             end: int) -> None:
    cells = [reading.cells.get(c, "") for c in cols]
    where: list[int | None] = [tokens[start + reading.origin[c]].line if c in reading.origin and cell else None
                               for c, cell in zip(cols, cells, strict=True)]
    out.add(cells, where, [c for c, role in enumerate(cols) if role in reading.guessed])
    out.used.update(range(start, end))


def _indicator_rows(tokens: Sequence[Token], header: Header, out: FlatTable) -> int:
    names = lexicon()["column_names"]
    cols = with_lead_level(tokens, header.end, header.roles)
    out.add([names.get(r, r) for r in cols], [tokens[header.start].line] * len(cols))
    out.used.update(range(header.start, header.end))
    if "weight" not in cols:  # a sheet printing the weights in its cells: "相关性(5 分)"
        weighted = weighted_cell_rows(tokens, header.end, cols)
        if weighted is not None:
            rows, where, end = weighted
            for row, at in zip(rows, where, strict=True):
                out.add(row, [tokens[i].line if i is not None else None for i in at])
            out.used.update(range(header.end, end))
            return end
    end = header.end
    while end < len(tokens) and not _block_stop(tokens, end):
        end += 1
    while end - 1 > header.end and _heading_after_rows(tokens, end - 1):
        end -= 1  # "（三）满意度指标（20分）" after rows written one a line: the next group's heading, text
    noted = noted_rows(tokens, header.end, end, cols)
    if noted is not None:  # scoring notes between the cells: rows read by content, every cell guessed
        read, leveled = noted
        if leveled:  # the level cells between the rows: a column of their own
            out.rows[-1].insert(0, names["level1"])
            out.lines[-1].insert(0, out.lines[-1][0])
        for row, at, span in read:  # the notes between the rows stay text
            out.add(row, at, [c for c, cell in enumerate(row) if cell])
            out.used.update(span)
    else:
        _segment(tokens, header.end, end, cols, out)
    if len(out.rows) == 1:  # a header over nothing this reader can cut into rows: leave it to others
        out.rows.clear()
        out.used.clear()
        return header.start + 1
    if end < len(tokens) and _is_total(tokens[end].text):
        end = _total_row(tokens, end, cols, out)
    return end


_OUTLINE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])")


def _heading_after_rows(tokens: Sequence[Token], i: int) -> bool:
    """An outline heading alone on its line right after a row the source wrote as a line of cells."""
    token = tokens[i]
    return (not token.in_row and tokens[i - 1].in_row and tokens[i - 1].line != token.line
            and _OUTLINE.match(token.text) is not None)


def _block_stop(tokens: Sequence[Token], i: int) -> bool:
    text = tokens[i].text
    if _is_goal(text) and _level2_in_row(tokens, i):
        return False
    if _is_total(text) or _is_form_end(text) or _is_goal(text) or _is_label(text):
        return True
    return _header_at(tokens, i) is not None


_FIGURE_KINDS = (Kind.NUMBER, Kind.PERCENT, Kind.AMOUNT, Kind.COMPARED)


def _level2_in_row(tokens: Sequence[Token], i: int) -> bool:
    """"绩效目标" is also the 决策 block's 二级 (项目立项 / 绩效目标 / 资金投入): inside the indicator table, after
    its 一级 cell or within a row of cells, it is a level cell, not the goal row that starts another block."""
    if kind(tokens[i].text) != Kind.LEVEL2:
        return False
    if tokens[i].in_row and not tokens[i].row_start:
        return True
    if i > 0 and kind(tokens[i - 1].text) == Kind.LEVEL1:
        return True
    # one cell a line: a short name and then a figure follow, as in the rows around it (a goal row holds prose)
    ahead = [kind(t.text) for t in tokens[i + 1: i + 3]]
    return len(ahead) == 2 and ahead[0] == Kind.TEXT and len(tokens[i + 1].text) <= 20 and ahead[1] in _FIGURE_KINDS


def _segment(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> None:
    """Cut tokens[start:end] into rows: the cut whose rows fit the columns best (a dynamic programme
    over row ends; a row starting where the source starts a line of several cells earns a bonus)."""
    if _by_lines(tokens, start, end, cols, out):
        return
    n = end - start
    best: list[float] = [float("-inf")] * (n + 1)
    choice: list[tuple[int, Alignment] | None] = [None] * (n + 1)
    best[0] = 0.0
    texts = [t.text for t in tokens[start:end]]
    marks = ("weight", "score") if {"weight", "score"} & set(cols) else ("actual",)  # no marks: targets and actuals
    for a in range(n):
        if best[a] == float("-inf"):
            continue
        charge(3 * _MAX_ROW)  # rows tried from here (readings cached or not)
        if best[a] - _STRAY > best[a + 1]:  # a cell no row can hold ("经济效益指标" over an empty group)
            best[a + 1], choice[a + 1] = best[a] - _STRAY, None
        sub_row = texts[a].startswith("其中")  # "其中羊养殖数量 | 240只 | 240只": ends on its actual value
        for b in range(a + 1, min(n, a + _MAX_ROW) + 1):
            if not _may_end(texts, b - 1) and not (sub_row and kind(texts[b - 1]) is Kind.AMOUNT):
                continue
            reading = _row_reading(tuple(texts[a:b]), tuple(cols))
            if reading.score == float("-inf") or "name" not in reading.cells or not (
                    any(m in reading.cells for m in marks)
                    or reading.cells["name"].startswith("其中")) \
                    or _column_word(reading.cells["name"]):  # a sub-row (其中…) holds values only, never an indicator
                continue
            bonus = (0.8 if tokens[start + a].row_start else 0.0) + (
                0.8 if b == n or tokens[start + b].row_start else 0.0)
            total = best[a] + reading.score + bonus
            if total > best[b]:
                best[b], choice[b] = total, (a, reading)
    b = n
    rows: list[tuple[int, int, Alignment]] = []
    while b > 0:
        step = choice[b]
        if step is None:
            b -= 1
            continue
        a, reading = step
        rows.append((a, b, reading))
        b = a
    for a, b, reading in reversed(rows):
        _put_row(out, cols, reading, tokens, start + a, start + b)


@lru_cache(maxsize=4096)
def _column_word(text: str) -> bool:
    """"绩效指标" (the whole-unit sheet's side cell, repeated after a page break) names a column, never an
    indicator: a cell no row takes for its name."""
    key = compact(text)
    return any(role == "name_weak" and found.fullmatch(key) for role, found in roles("indicator_columns"))


def _by_lines(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> bool:
    """Rows the source wrote one a line ("| 1 | 办结率 | 10 | ≥95% | 96% | 10 |"): each line is a row,
    read by content; no cutting needed. False when the block's cells are not written that way."""
    lines: list[list[int]] = []
    headings: set[int] = set()  # "一、产出指标（50分）" / "（一）数量指标" alone on a line: rows of their own
    carried: list[int] = []  # level cells alone on their lines ("质量指标 | |||||"): the next row's first cells
    # a score sheet (分值 after every level) copied with spaces: its lines of several cells are its rows
    spaced = Counter(t.line for t in tokens[start:end]) if {"level1_weight", "level2_weight"} & set(cols) else None
    for index in range(start, end):
        token = tokens[index]
        if not token.in_row and token.text and not (spaced and spaced[token.line] >= 3):
            level = kind(token.text)
            if level in (Kind.LEVEL1, Kind.LEVEL2) and len(carried) < 4:  # the row's reading drops empty groups
                carried.append(index)
                continue
            if _PLACEHOLDER.fullmatch(compact(token.text)):  # the template's empty "……" / "指标2：" row
                continue
            if not carried and _level_heading(token.text):
                headings.add(index)
                lines.append([index])
                continue
            return False
        if lines and tokens[lines[-1][-1]].line == token.line and not carried:
            lines[-1].append(index)
        else:
            lines.append([*carried, index])
            carried = []
    rows = []
    for indexes in lines:
        if indexes[0] in headings:
            continue
        cells = tuple(tokens[i].text for i in indexes)
        reading = _in_place(cells, cols) if tokens[indexes[0]].in_row else None
        reading = reading or _row_reading(cells, tuple(cols))
        if reading.score == float("-inf") or "name" not in reading.cells:
            return False  # a line that is no row (a continuation, a note): let the cutter decide
        rows.append((indexes[0], indexes[-1] + 1, reading))
    if not rows:
        return False
    placed = {first: (after, reading) for first, after, reading in rows}
    for indexes in lines:
        if indexes[0] in headings:  # the level and its block weight, in the first column (the reader carries it down)
            blank = len(cols) - 1
            out.add([tokens[indexes[0]].text] + [""] * blank, [tokens[indexes[0]].line] + [None] * blank)
            out.used.add(indexes[0])
        elif indexes[0] in placed:
            _put_row(out, cols, placed[indexes[0]][1], tokens, indexes[0], placed[indexes[0]][0])
    return True


def _level_heading(text: str) -> bool:
    """"一、产出指标（50分）" / "（一）数量指标": an outline number before a level's name (and its block weight)."""
    number = _OUTLINE.match(text)
    if number is None:
        return False
    return kind(split_block_weight(text[number.end():])[0]) in (Kind.LEVEL1, Kind.LEVEL2)


def _in_place(cells: tuple[str, ...], cols: list[str]) -> Alignment | None:
    """A ruled row that starts with empty cells ("| | | 项目效益 | 35 | 受益人数 | 35 | 33 |": the cells
    merged with the rows above), or with its first level and short of its last cells ("| 满意度指标 | 服务对象
    满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10 |", no score written): each cell in its column, when every one fits
    there (the short row: fits well); else None."""
    led = bool(cells[0]) and cols[0] == "level1" and (fit("level1", cells[0]) or 0.0) >= 2.0 and len(cells) < len(cols)
    if (cells[0] and not led) or len(cells) > len(cols) or not any(cells):
        return None
    fits = [fit(role, cell) for role, cell in zip(cols, cells, strict=False)]
    if any(f is None for f in fits) or (led and any(f < _WELL for f, cell in zip(fits, cells, strict=False)
                                                    if f is not None and cell.strip())):
        return None
    placed = {role: (cell, c) for c, (role, cell) in enumerate(zip(cols, cells, strict=False)) if cell.strip()}
    return Alignment({role: cell for role, (cell, _) in placed.items()}, set(),
                     sum(f for f in fits if f is not None), {role: c for role, (_, c) in placed.items()})


_PLACEHOLDER = re.compile(r"…+|\.{3,}|指标\d{1,2}")
_WELL = 0.15  # a cell that fits its column only as a last resort (a level outside the frameworks' words) does not


def _may_end(texts: list[str], i: int) -> bool:
    """A row ends on a number (its score), a blank, or the text after a number (its deviation note)."""
    cell = kind(texts[i])
    if cell in (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.PERCENT, Kind.YESNO):
        return True
    return i > 0 and kind(texts[i - 1]) in (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.YESNO)


_ROW_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], Alignment] = {}


def _row_reading(cells: tuple[str, ...], cols: tuple[str, ...]) -> Alignment:
    key = (cells, cols)
    if key not in _ROW_CACHE:
        if len(_ROW_CACHE) > 20000:
            _ROW_CACHE.clear()
        _ROW_CACHE[key] = align(cells, cols, indicator_check)
    return _ROW_CACHE[key]


_POINTS = re.compile(r"\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*")


def _total_row(tokens: Sequence[Token], i: int, cols: list[str], out: FlatTable) -> int:
    """总分 | 100 | 96 | 优: the full mark in the weight column, the total in the score column."""
    j = i + 1
    numbers: list[int] = []
    grade: int | None = None
    while j < len(tokens) and len(numbers) + (grade is not None) < 4 and j < i + 12:
        cell = kind(tokens[j].text)
        if cell in (Kind.NUMBER, Kind.FUSED) or _POINTS.fullmatch(tokens[j].text):  # 总分 | 100分
            numbers.append(j)
        elif cell is Kind.GRADE:
            grade = j
        elif cell not in (Kind.EMPTY, Kind.SLASH):
            break
        j += 1
    cells = [""] * len(cols)
    lines: list[int | None] = [None] * len(cols)
    cells[0], lines[0] = tokens[i].text, tokens[i].line
    guessed: list[int] = []
    weight_col = cols.index("weight") if "weight" in cols else None
    score_col = cols.index("score") if "score" in cols else None
    weights = sum(_cell_number(row, weight_col) for row in out.rows[1:])
    scores = sum(_cell_number(row, score_col) for row in out.rows[1:])
    if len(numbers) >= 3 and {"level1_weight", "level2_weight"} & set(cols):
        numbers = numbers[-2:]  # 合计 | 100 | … | 100 | 96.5: the levels' weights first, then the full mark and total
    texts = [tokens[at].text for at in numbers]
    if len(texts) == 1 and weight_col is not None and (kind(texts[0]) is Kind.FUSED or (_number(texts[0]) or 0) > 100):
        split = _full_mark_and_total(texts[0], weights, scores)
        if split is not None:
            texts, numbers = list(split), numbers * 2
            guessed.extend([weight_col, score_col] if score_col is not None else [weight_col])
    if len(texts) >= 2 and weight_col is not None and score_col is not None:
        for col, text, at in ((weight_col, texts[0], numbers[0]), (score_col, texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) >= 2 and weight_col is not None and "deduction" in cols:  # 合计 | 100 | 3.26: 分值 and 扣分
        for col, text, at in ((weight_col, texts[0], numbers[0]), (cols.index("deduction"), texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) == 1 and score_col is not None:
        at = numbers[0]
        full = weight_col is not None and _number(texts[0]) == weights == 100 and scores != weights
        col = weight_col if full and weight_col is not None else score_col
        cells[col], lines[col] = texts[0], tokens[at].line
        guessed.append(col)
    if grade is not None:
        col = len(cols) - 1 if len(cols) - 1 not in (weight_col, score_col) else 0
        cells[col] = (cells[col] + " " + tokens[grade].text).strip() if col == 0 else tokens[grade].text
        lines[col] = tokens[grade].line
    out.add(cells, lines, guessed)
    out.used.update(range(i, j))
    return j


def _number(text: str) -> float | None:
    try:
        return float(match_text(text).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def _cell_number(row: list[str], col: int | None) -> float:
    value = _number(row[col]) if col is not None and col < len(row) else None
    return value or 0.0


def _full_mark_and_total(text: str, weights: float, scores: float) -> tuple[str, str] | None:
    """"10097.25" under 分值 and 得分: the full mark and the total run together."""
    best: tuple[float, tuple[str, str]] | None = None
    for first, second in splits(text, 2):
        full, total = _number(first), _number(second)
        if full is None or total is None or total > full or full not in (100.0, weights):
            continue
        distance = abs(total - scores)
        if best is None or distance < best[0]:
            best = (distance, (first, second))
    return best[1] if best else None


def _labels(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """A label and the cell after it (项目名称 | X); a goal row with its sub-headers and texts."""
    text = tokens[i].text
    if _is_goal(text):
        j = i + 1
        heads = [text]
        while j < len(tokens) and j - i < _HEADER_SPAN and _is_goal(tokens[j].text):
            heads.append(tokens[j].text)
            j += 1
        labelled = len(heads) > 1 and pattern("goal_label").match(compact(heads[0])) is not None
        columns = heads[1:] if labelled else heads
        want = len(columns) if len(columns) > 1 else 2
        values: list[Token] = []
        while j < len(tokens) and len(values) < want and not _structural(tokens[j].text) \
                and _header_at(tokens, j) is None:
            if tokens[j].text:
                values.append(tokens[j])
            j += 1
        if not values:
            return i
        texts = [v.text for v in values]
        both = _TWO_SENTENCES.fullmatch(texts[0]) if want == 2 and len(texts) == 1 else None
        if both is not None:  # the expected and the actual goal in one cell, one sentence each
            texts, values = [part.strip() for part in both.groups()], values * 2
        label = heads[0] if labelled or len(heads) == 1 else "年度总体目标"
        if len(columns) > 1:
            out.add([label, *columns], [tokens[i].line] * (len(columns) + 1))
        out.add([label, *texts], [tokens[i].line, *[v.line for v in values]])
        out.used.update(range(i, j))
        out.pairs.extend([range(i, j)] * (len(out.rows) - len(out.pairs)))
        return j
    j = i + 1
    while j < len(tokens) and kind(tokens[j].text) is Kind.EMPTY:
        j += 1
    if j >= len(tokens) or _structural(tokens[j].text) or _header_at(tokens, j) is not None \
            or _SECTION_HEADING.match(tokens[j].text):  # "自评结果" over "一、自评结论": a title, then a heading
        return i
    out.add([text.rstrip(":： "), tokens[j].text], [tokens[i].line, tokens[j].line])
    out.used.update(range(i, j + 1))
    out.pairs.append(range(i, j + 1))
    return j + 1


_SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_NUMBER_FIELDS = frozenset(("stated_total", "unit.staff_total", "unit.staff_establishment"))


def _label_row(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """A row of labels over a row of values ("编制数 | 实际在职人数 | 控制率" then "42 | 47 | 111.90%"):
    each label with the value under it."""
    labels: list[int] = []
    j = i
    while j < len(tokens) and j - i < _HEADER_SPAN and (_is_label(tokens[j].text) or not tokens[j].text):
        if tokens[j].text:
            labels.append(j)
        j += 1
    if len(labels) < 2:
        return i
    values: list[int] = []
    while j < len(tokens) and len(values) < len(labels):
        text = tokens[j].text
        if text:
            if _structural(text) or kind(text) not in _VALUE_KINDS | {Kind.TEXT} or len(text) > 40 \
                    or _is_caption(text):  # "主管部门 实施单位 X" / "项目资金": an empty value vanished
                return i
            values.append(j)
        j += 1
    if len(values) < len(labels):
        return i
    if tokens[values[0]].line == tokens[labels[-1]].line != tokens[values[-1]].line:
        return i  # "主管部门 实施单位 某县水利局" then the next line: a label whose value vanished, not a row of labels
    if any(label_field(tokens[label].text) in _NUMBER_FIELDS and kind(tokens[value].text) is Kind.TEXT
           for label, value in zip(labels, values, strict=True)):
        return i  # "实施单位 自评得分 98 财政审": a score under the score's label, so the first label's value vanished
    for label, value in zip(labels, values, strict=True):
        out.add([tokens[label].text, tokens[value].text], [tokens[label].line, tokens[value].line])
        out.pairs.append(range(label, label + 1))
    out.used.update(range(i, j))
    return j


_TOTAL_LABEL = "年度资金总额"  # the row of a money block written as label and value pairs
_WORK = 2_000_000  # alignment and header steps for all of a text's flattened tables (real forms: ≤ 340,000)


def rebuild_tables(tokens: Sequence[Token], stopped: list[int] | None = None) -> list[FlatTable]:
    """Every table the tokens hold, in order; tokens used by none stay text. Past the work budget
    (``_WORK``) the tables found so far are kept and the rest stays text; the index of the token
    where it stopped goes into ``stopped``."""
    tables: list[FlatTable] = []
    info = FlatTable()
    i = 0
    with work_budget(_WORK):
        try:
            while i < len(tokens):
                text = tokens[i].text
                header = _header_at(tokens, i) if text else None
                if header is not None:
                    if info.rows:
                        tables.append(info)
                        info = FlatTable()
                    block = FlatTable()
                    i = (_money_rows if header.kind == "money" else _indicator_rows)(tokens, header, block)
                    tables.append(block)
                    continue
                paired = money_pairs(tokens, i, _money_role_of, _unit_cell) \
                    if text and (_money_role_of(text) is not None or text.startswith("计划安排")) else None
                if paired is not None:  # "预算数:" / "2.38" / "执行数:" / "2.38": a money block of one row
                    roles_of, units, values, after = paired
                    names = lexicon()["column_names"]
                    block = FlatTable()
                    block.add([names["label"], *(names.get(r, r) + u for r, u in zip(roles_of, units, strict=True))],
                              [tokens[i].line] * (len(units) + 1))
                    block.add([_TOTAL_LABEL, *values], [tokens[i].line] * (len(values) + 1))
                    block.used.update(range(i, after))
                    tables.append(block)
                    i = after
                    continue
                if text and (_is_label(text) or _is_goal(text) or _is_form_end(text)):
                    j = _label_row(tokens, i, info)
                    if j == i:
                        j = _labels(tokens, i, info)
                    if j > i:
                        i = j
                        continue
                if info.rows and text and tokens[i].line != tokens[i - 1].line and len(text) > 60:
                    tables.append(info)
                    info = FlatTable()
                i += 1
        except WorkExceeded:
            if stopped is not None:
                stopped.append(i)
    if info.rows:
        tables.append(info)
    return tables


@dataclass
class FlatLayout:
    """Where the rebuilt tables go in a text: before which line each table sits, and what is left
    of each line whose cells a table used (None: nothing, the whole line was table cells)."""

    tables_at: dict[int, list[Table]] = field(default_factory=dict)
    leftover: dict[int, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _headed(text: str) -> str | None:
    """What a short cell is as a header: its role, "caption", or None."""
    if len(text) > 12:
        return None
    if _CAPTION.match(compact(text)):
        return "caption"
    return _header_role(text)


def join_wrapped(tokens: Sequence[Token]) -> list[Token]:
    """Header cells a narrow column wrapped over lines, one piece a line ("年初" / "预算数", "年度预" /
    "算申请" / "（万元）", "偏差原因" / "分析及" / "改进措施"), joined back into one cell: the pieces
    together are one of the form's words, or name a header that the first piece alone does not
    (and no later piece names another by itself). The lines a join empties keep an empty cell,
    which a header skips."""
    out = list(tokens)
    i = 0
    while i < len(out):
        if i + 1 < len(out) and " " in out[i].text:
            _rejoin_tail(out, i)
        if i > 0 and " " in out[i].text and len(out[i].text) <= 24:
            _second_header_line(out, i)
        width = _wrapped_width(out, i)
        if width:
            out[i] = Token("".join(t.text for t in out[i: i + width + 1]), out[i].line, out[i].row_start)
            for k in range(i + 1, i + width + 1):
                out[k] = Token("", out[k].line)
        if out[i].text and not out[i].in_row:
            _join_level_weight(out, i, i + width + 1)
        i += width + 1
    return out


def _rejoin_tail(tokens: list[Token], i: int) -> None:
    """A line ending on the first piece of a header word that the next line's first cell completes
    ("年度绩效指标完成情况 一级" / "指标" / "二级指标 三级指标 …"): the piece leaves its line and the word is
    whole in the next line's first cell."""
    token, after = tokens[i], tokens[i + 1]
    if token.in_row or after.in_row or after.line == token.line or len(token.text) > 40:
        return
    head, _, tail = token.text.rpartition(" ")
    word = tail + after.text
    if not head.strip() or len(tail) > 4 or is_form_word(tail) or not is_form_word(word) or _headed(word) is None:
        return
    tokens[i] = Token(head.strip(), token.line, token.row_start)
    tokens[i + 1] = Token(word, after.line, after.row_start)


def _second_header_line(tokens: list[Token], i: int) -> None:
    """A header line whose narrow cells wrapped ("… 三级指标 年度 实际 分值 得分 …" over "指标值 完成值"): the
    second line's pieces complete, in order, the cells above that are no header word alone (年度指标值, 实际完成值);
    the second line's cell is emptied."""
    token = tokens[i]
    parts = token.text.split()
    if token.in_row or not 2 <= len(parts) <= 4:
        return
    line = tokens[i - 1].line
    if line == token.line:
        return
    above = [k for k in range(i - 1, max(-1, i - 1 - _HEADER_SPAN), -1) if tokens[k].line == line][::-1]
    pieces = [k for k in above if 0 < len(tokens[k].text) <= 4 and not is_form_word(tokens[k].text)]
    if len(pieces) != len(parts) or sum(1 for k in above if _headed(tokens[k].text)) < 2:
        return
    words = [tokens[k].text + part for k, part in zip(pieces, parts, strict=True)]
    if not all(is_form_word(word) and _headed(word) for word in words):
        return
    for k, word in zip(pieces, words, strict=True):
        tokens[k] = Token(word, tokens[k].line, tokens[k].row_start, tokens[k].in_row, tokens[k].celled)
    tokens[i] = Token("", token.line)


_WEIGHT_PIECE = re.compile(r"^(?=.*[(（)）])[(（]?\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[)）]?$")


def _join_level_weight(tokens: list[Token], i: int, j: int) -> None:
    """A level cell whose block weight wrapped onto a line of its own ("产出指标" / "（50）", "满意度指标" /
    "（10分）"), or lost a bracket in the copy ("效益指标" / "30分）"): one cell, "产出指标（50分）"."""
    if kind(tokens[i].text) not in (Kind.LEVEL1, Kind.LEVEL2):
        return
    start = j  # the token after the level cell (and the pieces it was joined from)
    while j < len(tokens) and j - start < 2 and not tokens[j].text:
        j += 1
    if j >= len(tokens) or tokens[j].in_row or tokens[j].line == tokens[i].line \
            or (j + 1 < len(tokens) and tokens[j + 1].line == tokens[j].line):
        return
    weight = _WEIGHT_PIECE.match(match_text(tokens[j].text))
    if weight is not None:
        tokens[i] = Token(f"{tokens[i].text}（{weight.group(1)}分）", tokens[i].line, tokens[i].row_start)
        tokens[j] = Token("", tokens[j].line)


def _is_level(text: str) -> bool:
    key = compact(text)
    return bool(pattern("levels.level1").match(key) or pattern("levels.level2").match(key))


def _piece(token: Token) -> bool:
    text = token.text
    return (not token.in_row and 0 < len(text) <= 8 and not text.startswith(("(", "（"))
            and kind(text) in (Kind.TEXT, Kind.LEVEL1, Kind.LEVEL2))


_PIECE_GAP = 4  # lines from one piece of a wrapped header cell to the next: up to three blank lines between


def _wrapped_width(tokens: Sequence[Token], i: int) -> int:
    """How many tokens after ``i`` are the rest of its wrapped header cell (0: none)."""
    if not _piece(tokens[i]):
        return 0
    first = _headed(tokens[i].text)
    vertical = len(tokens[i].text) == 1  # a vertical cell, one character a line: "满/意/度/指/标"
    for width in (5, 4, 3, 2, 1) if vertical else (3, 2, 1):
        parts = tokens[i: i + width + 1]
        if width > 3 and any(len(p.text) != 1 for p in parts):
            continue
        if len(parts) <= width or any(
                b.line == a.line or b.line - a.line > _PIECE_GAP for a, b in itertools.pairwise(parts)):
            continue
        if not all(_piece(p) or (k == width and _unit_cell(p.text)) for k, p in enumerate(parts[1:], start=1)):
            continue
        joined = "".join(p.text for p in parts)
        whole = is_form_word(joined)
        role = _headed(joined)
        alone = [_headed(p.text) for p in parts[1:] if not _unit_cell(p.text)]
        if whole and not any(is_form_word(p.text) for p in parts[:-1]):
            return width
        if role is not None and first is None and all(a is None for a in alone[:-1]) \
                and (not alone or alone[-1] != role):  # the last piece alone says something else
            return width
        if _is_level(joined) and not (_is_level(parts[0].text) and _is_level(parts[-1].text)) \
                and not any(_is_level(p.text) for p in parts[1:-1]):  # "经济效" / "益指标", "服务对象" / "满意度"
            return width
    return 0


def layout(tokens: Sequence[Token], first_table: int = 1) -> FlatLayout:
    """The tables in ``tokens`` and the text left over, for a reader to place among its paragraphs."""
    read_back = frozenset(t.line for t in tokens if t.guessed)
    tokens = join_wrapped(tokens)
    result = FlatLayout()
    stopped: list[int] = []
    tables = rebuild_tables(tokens, stopped)
    if stopped:
        line = tokens[stopped[0]].line + 1 if stopped[0] < len(tokens) else tokens[-1].line + 1
        result.warnings.append(f"第{line}行起的表格单元格过多（超过识别表格的工作量上限），其后的内容按正文读取")
    _keep_whole_rows(tokens, tables)
    tables = [t for t in tables if t.rows]
    used: set[int] = set()
    for number, flat in enumerate(tables, start=first_table):
        used |= flat.used
        anchor = min(tokens[i].line for i in flat.used)
        result.tables_at.setdefault(anchor, []).append(flat.table(f"表{number}", read_back=read_back))
    by_line: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        by_line.setdefault(token.line, []).append(index)
    for line, indexes in by_line.items():
        taken = [i for i in indexes if i in used]
        if not taken:
            continue
        rest = [tokens[i].text for i in indexes if i not in used and tokens[i].text]
        result.leftover[line] = " ".join(rest) if rest else None
    return result


def _keep_whole_rows(tokens: Sequence[Token], tables: list[FlatTable]) -> None:
    """A label pair taken from the middle of a row of other cells ("| 三级指标 | X | 自评得分 | 75 |")
    would cut that row apart: such pairs go back, and the row stays whole for the table readers."""
    used = set().union(*(t.used for t in tables)) if tables else set()
    lines: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.text and token.in_row:
            lines.setdefault(token.line, []).append(index)
    broken = {line for line, indexes in lines.items()
              if len(indexes) >= 2 and any(i in used for i in indexes) and any(i not in used for i in indexes)}
    for table in tables:
        if not table.pairs:
            continue
        keep = [r for r, span in enumerate(table.pairs) if not any(tokens[i].line in broken for i in span)]
        if len(keep) == len(table.rows):
            continue
        for r, span in enumerate(table.pairs):
            if r not in keep:
                table.used.difference_update(span)
        table.rows = [table.rows[r] for r in keep]
        table.lines = [table.lines[r] for r in keep]
        table.pairs = [table.pairs[r] for r in keep]
