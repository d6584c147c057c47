"""The cells of a form's money block (:mod:`.table_money`): the header's units, caption and weight, the columns
its label cells name, a row's cells by position or by content, a fund row's name as its cell lists it."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.align import align, money_check
from jixiao.readers.cells import fit
from jixiao.readers.document import Table
from jixiao.readers.extract.money_block_rows import AMOUNT_ROLES
from jixiao.readers.textnorm import compact, match_text

_YUAN_SIZED = Decimal(1_000_000)  # an amount of a million or more with no unit: 元 (a million 万元 is ten billion)
UNIT = re.compile(r"(亿元|万元|千元|元)")
CAPTION_WEIGHT = re.compile(r"\((?:满分|分值|权重)?\s*(\d+(?:\.\d+)?)\s*分\)")
# "（20分）" / "预算执行情况（万元）（20分）" on a line of its own right over a money block: the rate's weight
POINTS_LINE = re.compile(r"(?:预算|资金)?(?:执行情况|执行)?(?:\((?:单位[:：]?)?万元\))?"
                         r"\((?:满分|分值|权重)?\d+(?:\.\d+)?分\)")
AMOUNT_TEXT = re.compile(r"[￥¥]?[\d,.\s]+(万元|元|亿元|万)?")  # "150万": the cell's own unit


def caption_merged_down(table: Table, r: int, row: list[str], header: dict[str, int]) -> frozenset[str]:
    """A header with an empty corner over the labels, the block's caption in a first cell merged down its rows
    from the first of them ("| | 年初预算数 | …" over "项目资金（万元） | 年度资金总额 | …" and "项目资金（万元） |
    其中：…"): that caption, so that it is no part of a row's label; else nothing."""
    first_money = min(c for role, c in header.items() if role in AMOUNT_ROLES)
    lead = [compact(UNIT_NOTE.sub("", cell)) for cell in row[:first_money]]
    below = table.rows[r + 1] if r + 1 < len(table.rows) else []
    if len(lead) >= 2 and lead[0] and lead[1] and lead[0] != lead[1] and below[:1] == row[:1]:
        return frozenset({lead[0]})
    return frozenset()


UNIT_NOTE = re.compile(r"[(（]\s*(?:单位\s*[:：]?\s*)?(?:亿元|万元|千元|元)\s*[)）]")  # 中央财政资金（万元）
# "其他资金（包括以前年度结转资金）": what the source takes in, a note, no part of its name
INCLUDES_NOTE = re.compile(r"[(（]\s*(?:包括|包含|含)[^()（）]*[)）]")
NUMBERING = ("行次", "栏次", "列次")  # a column of row numbers, a row of column numbers


UNIT_COLUMN = re.compile(r"(?:预算|下属|所属|二级)?单位(?:名称)?|单位(?:及|/)?部门|部门(?:及|/)?单位")


PROJECT_COLUMN = re.compile(r"(?:重点)?项目名称")


def by_content(row: list[str], header: dict[str, int]) -> dict[str, tuple[str, int]]:
    """Each column's text and where it sits: by position when every cell fits its column, else by
    content (a row that lost an empty cell, "7.29 | 7.29 | 7.29 | 100%" under six columns)."""
    positional = {role: (row[col].strip(), col) for role, col in header.items() if col < len(row)}
    if all(fit(role, text) is not None for role, (text, _) in positional.items()):
        return positional
    first = min(header.values())
    seen: list[tuple[str, int]] = []
    for col in range(first, len(row)):
        text = row[col].strip()
        if text and (not seen or seen[-1][0] != text or col - seen[-1][1] > 1):
            seen.append((text, col))
    roles = [role for role, _ in sorted(header.items(), key=lambda item: item[1])]
    reading = align([text for text, _ in seen], roles, money_check)
    return {role: (text, seen[reading.origin[role]][1]) for role, text in reading.cells.items()}


def yuan_sized(raw: dict[str, tuple[Decimal, str | None, int]]) -> bool:
    """A block's first amounts, in a table that states no unit, written in 元: one of them, with no unit of its
    own, is a million or more ("3,724,055.00", invented; in 万元 it would be tens of billions)."""
    return any(own is None and value >= _YUAN_SIZED for value, own, _ in raw.values())


# a cell compacted but for its 、 (compact takes it out with the other punctuation)
_BUT_LISTING = re.compile(r"[\s\"“”'‘’()（）:：,，.。;；\-—%％]")


def listing_kept(row: list[str], name: str) -> str:
    """A fund row's ``name`` (compacted) as its cell writes it when the cell lists names with 、 ("其中：中央、省、市
    补助县级资金": the levels kept apart, as written); ``name`` itself otherwise."""
    for cell in row:
        listed = re.sub(r"^其中", "", _BUT_LISTING.sub("", match_text(cell)))
        if "、" in listed and listed.replace("、", "") == name:
            return listed
    return name

