"""Where an indicator block of flattened text stops: the cell that ends its rows (a total, the form's end, a
label, a sign-off, the next header, a section heading after a row, a sentence under web rows), a total row's
number before it, and a heading right before the next block that the rows leave as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.readers.cells import FIGURE_KINDS, Kind, kind
from jixiao.readers.extract.table_indicator_cells import split_block_weight
from jixiao.readers.extract.tables import level_row, list_header
from jixiao.readers.flat_headers import header_at
from jixiao.readers.flat_row_reading import OUTLINE, heading_level
from jixiao.readers.flat_table_cells import (
    is_form_end,
    is_goal,
    is_label,
    is_sign_off,
    is_stated_total,
    is_total,
)
from jixiao.readers.flat_token import Token


def numbered_total(tokens: Sequence[Token], start: int, end: int) -> int:
    """1 when the block's stop is a total row opening on its number (序号 "10", then 合计 on the same line), else 0."""
    if end >= len(tokens) or end - 1 <= start or not is_total(tokens[end].text):
        return 0
    number = tokens[end - 1]
    same_line = number.row_start and number.line == tokens[end].line
    return 1 if same_line and re.fullmatch(r"\d{1,3}", number.text) else 0


_TABLE_CAPTION = re.compile(r"^附?表\s*\d{1,2}(?!\d)")


# "2.质量指标": a level's heading numbered in figures (the next group's, over its own table)
_NUMBERED_LEVEL = re.compile(r"^\d{1,2}[、.．](?!\d)")


def heading_after_rows(tokens: Sequence[Token], i: int) -> bool:
    """An outline heading, a level's heading numbered in figures ("2.质量指标") or a numbered table caption ("表2
    效益指标完成情况") alone on its line right before the next block, after a row the source wrote as a line of cells
    or one cell a line."""
    token = tokens[i]
    text = token.text
    return (not token.in_row and tokens[i - 1].line != token.line
            and (OUTLINE.match(text) is not None or _TABLE_CAPTION.match(text) is not None
                 or (_NUMBERED_LEVEL.match(text) is not None and level_row([text]) is not None)))


_SECTION = 16  # characters in a report's section heading at most ("四、自评结论")


def block_stop(tokens: Sequence[Token], i: int) -> bool:
    """Whether the cell at ``i`` ends an indicator block's rows (nothing from it on is one of its rows)."""
    text = tokens[i].text
    if text.endswith("。") and _text_under_rows(tokens, i):
        return True
    if len(text) <= _SECTION and OUTLINE.match(text) and _section_after_row(tokens, i):
        return True
    if is_goal(text) and _level2_in_row(tokens, i):
        return False
    if is_total(text) or is_form_end(text) or is_goal(text) or is_label(text) or is_stated_total(text) \
            or is_sign_off(text):
        return True
    if tokens[i].row_start and list_header([t.text for t in tokens[i:i + 12] if t.line == tokens[i].line]):
        return True  # "序号 | 支出内容 | 金额": another table's header (the rows' 总分 lost above it)
    return header_at(tokens, i) is not None


def _section_after_row(tokens: Sequence[Token], i: int) -> bool:
    """"四、自评结论" alone on its line right after a row's last figure: the report's next section, not the row's note
    (a level's heading, "（二）效益指标", is the table's own)."""
    return i > 0 and not tokens[i].in_row and tokens[i].line != tokens[i - 1].line \
        and kind(tokens[i - 1].text) in FIGURE_KINDS and heading_level(tokens[i].text) is None \
        and not weighted_group(tokens[i].text)


def weighted_group(text: str) -> bool:
    """"二、个性指标（70分）": a group of indicators with its share of the points, the table's own group row (a
    report's section heading carries no points) though the lexicon names no such level."""
    name, weight = split_block_weight(text)
    return weight is not None and name.endswith("指标")


def _text_under_rows(tokens: Sequence[Token], i: int) -> bool:
    """"以上为本项目自评情况。" on a line of its own right after a row written on its line with cell separators (a
    web copy's "| … |") and ending on a figure: a sentence under the table, not the row's missing last cell (the row
    may lack its score and note where the page ends)."""
    return i > 0 and not tokens[i].in_row and tokens[i - 1].in_row and tokens[i].line != tokens[i - 1].line \
        and kind(tokens[i - 1].text) in FIGURE_KINDS


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
    return len(ahead) == 2 and ahead[0] == Kind.TEXT and len(tokens[i + 1].text) <= 20 and ahead[1] in FIGURE_KINDS
