"""A money header's parts in flattened text, around the run of its column words: the money roles a column can have
and a cell's role among them, the 序号 cell (or the line's own number) before it and the label column's head it
leaves, a header of two money columns with the figures right after it, and the row of column numbers under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from jixiao.readers.cells import Kind, kind
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.flat_token import Token
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

MONEY_ROLES = frozenset({"initial", "adjusted", "executed", "rate_weight", "rate", "rate_score", "money_note", "pooled",
                         "net_budget", "received", "received_rate", "rate_deduction", "progress", "change",
                         "numbered_column"})

# a 序号 cell before the header's label cell ("序号各" where the word cut left 各单位名称's first character behind)
_SERIAL_BEFORE = re.compile(r"(?:序号|编号)各?$")


def serial_before(tokens: Sequence[Token], i: int) -> tuple[bool, str]:
    """Whether a 序号 cell (or the header line's own number) stands just before the money header (the rows then
    open on their serial numbers), and the label column's own header cell between them that the header run did not
    take ("序号 | 项目名称 | 年初预算数 …": the table's caption, which tells a list of projects or units from a fund's
    rows)."""
    if i > 0 and _SERIAL_BEFORE.search(compact(tokens[i - 1].text)):
        return True, ""
    if i > 0 and tokens[i - 1].row_start and tokens[i - 1].line == tokens[i].line \
            and re.fullmatch(r"\d{1,3}", tokens[i - 1].text):
        return True, ""  # "2 | 项目资金（万元） | 年初预算数 …": a form numbered line by line
    if i > 1 and kind(tokens[i - 1].text) is Kind.TEXT and len(compact(tokens[i - 1].text)) <= 8 \
            and _SERIAL_BEFORE.search(compact(tokens[i - 2].text)):
        return True, tokens[i - 1].text
    return False, ""


def _names_projects(text: str) -> bool:
    """A label column's head naming projects (项目名称): its rows are projects, not the budget's funds."""
    return len(text) <= 12 and label_field(compact(text)) == "project.name"


def names_rows(text: str) -> bool:
    """A label column's head naming projects or units (项目名称, 单位, 单位名称): its rows are no budget's funds."""
    return _names_projects(text) or (len(text) <= 12 and (compact(text) == "单位"
                                                          or label_field(compact(text)) == "unit.name"))


def two_money_columns(money: list[str | None], tokens: Sequence[Token], k: int) -> bool:
    """"全年预算数(A) 全年执行数(B) 820.50 801.20 其中:…": a money header of two columns, the budget's and
    what was spent, with the block's figures right after it (a sheet whose merged label cell came later)."""
    return len(money) == 2 and money[-1] == "executed" and money[0] in ("initial", "adjusted") \
        and k + 1 < len(tokens) and all(kind(tokens[n].text) is Kind.NUMBER for n in (k, k + 1))


def numbers_row(tokens: Sequence[Token], k: int) -> int:
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


@lru_cache(maxsize=8192)
def money_role_of(text: str) -> str | None:
    role = money_role(text)
    return role if role in MONEY_ROLES else None
