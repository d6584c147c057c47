"""A money table on its side, flattened: the fund sources as columns (资金来源 | 合计 | 中央补助资金 | 县级配套资金)
and each money column as a row of its word and one figure per source (年初预算数 / 460.00 / 260.00 / 200.00,
全年执行数 …, 执行率 / 99.22% …), one cell a line, a row a spaced line, or the whole run on one line. No header
of the flat reader names it (its column words stand in the first column), so the cells stayed text; put back in
rows they are the table a Word file gives, which the table readers read on its side
(:func:`jixiao.readers.extract.table_amounts.transposed_funds`).

The head is a caption starting with 资金 (资金来源, 资金类别) and the sources' names (a total among them); each row
a money column's word and exactly one figure per source; the block ends at the first cell that does not fit. An
executed row and two rows at least, or no table. Run together by a viewer ("资金类别中央资金省级资金合计",
"年初预算数150.0060.00210.00"), the head is cut at the names' last words and each row's figures where the total's
column is the sum of the others (rates at their % signs): every such cut a guess, a row cut in no way or several
the block's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import AMOUNT_OR_RATE_KINDS, Kind, kind
from jixiao.readers.flat_captions import is_caption
from jixiao.readers.flat_money_header_parts import money_role_of
from jixiao.readers.flat_table_cells import FlatTable, spaced_row
from jixiao.readers.flat_token import Token
from jixiao.readers.fused_money import RATE, GuessedCell, split_summed
from jixiao.readers.textnorm import compact

FUND_HEAD = "资金"  # the caption's start (a cheap test before the block is looked for)
_ROLES = ("initial", "adjusted", "executed", "rate")
_NAME = 20  # characters in a source's name at most
_SOURCES = 30  # sources' names in a head at most (a form names a handful; a head of more has no rows to match it)


def _name(text: str) -> bool:
    return kind(text) is Kind.TEXT and len(text) <= _NAME and money_role_of(text) is None


def _head(tokens: Sequence[Token], i: int) -> tuple[list[str], list[int], int] | None:
    """The head's cells (the caption and the sources' names), their lines and the index after it."""
    parts = tokens[i].text.split()
    alone = i + 1 == len(tokens) or tokens[i + 1].line != tokens[i].line
    fused = _fused_head(parts[0]) if len(parts) == 1 and alone else None
    if fused is not None:
        cells, lines, end = fused, [tokens[i].line] * len(fused), i + 1
    elif len(parts) > 1:
        cells, lines, end = parts, [tokens[i].line] * len(parts), i + 1
    elif not is_caption(parts[0] if parts else ""):
        return None  # (asked first: a run of names such as "资金10万元" lines was crossed to its end from each line)
    else:
        end, stop = i + 1, min(len(tokens), i + 2 + _SOURCES)
        while end < stop and _name(tokens[end].text.strip()):
            end += 1
        if end - i - 1 > _SOURCES:
            return None  # (walked to its end, a run of n "资金来源" lines was crossed from each: n² steps)
        cells = [tokens[at].text.strip() for at in range(i, end)]
        lines = [tokens[at].line for at in range(i, end)]
    total = pattern("fund_rows.total")
    if len(cells) < 3 or not is_caption(cells[0]) or not all(_name(cell) for cell in cells[1:]) \
            or not any(total.match(compact(cell)) for cell in cells[1:]):
        return None
    return cells, lines, end


# a source's name run into the next in a fused head: up to its 资金 / 拨款 / 收入 / 自筹, or a total's word
FUND_NAME = re.compile(rf"合计|小计|总计|.{{1,{_NAME - 2}}}?(?:资金|拨款|收入|自筹)")


def _fused_head(text: str) -> list[str] | None:
    """"资金类别中央资金省级资金市级资金县级资金合计": the caption and the sources' names run together, cut after the
    caption at each name's last word (a name ends as a fund's does, or is a total); None when the rest is not
    such names throughout, or when more than one caption's end gives such names (no cut is then the form's). Every
    cut is a guess (the caption and the names are :class:`GuessedCell`)."""
    cuts = [[GuessedCell(text[:end]), *names] for end in range(2, min(len(text), 8) + 1)
            if is_caption(text[:end]) and (names := _fused_names(text, end))]
    return cuts[0] if len(cuts) == 1 else None


def _fused_names(text: str, at: int) -> list[str]:
    """The sources' names run together from text[at] to its end ([] when the rest is not such names throughout)."""
    names: list[str] = []
    while at < len(text):
        found = FUND_NAME.match(text, at)
        if found is None:
            return []
        names.append(GuessedCell(found.group(0)))
        at = found.end()
    return names


def _fused_row(run: str, cells: list[str], rate: bool) -> list[str] | None:
    """A money row's figures run together ("150.0060.0020.0030.00260.00"), one per source: rates cut at their %
    signs, amounts where the total's column is the sum of the others (:func:`.fused_money.split_summed`)."""
    total = pattern("fund_rows.total")
    at = next((k for k, cell in enumerate(cells[1:]) if total.match(compact(cell))), None)
    if rate:
        pieces = RATE.findall(run)
        fits = len(pieces) == len(cells) - 1 and "".join(pieces) == run
        return [GuessedCell(piece) for piece in pieces] if fits else None
    return split_summed(run, len(cells) - 1, at) if at is not None else None


def fund_columns(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The money table on its side whose head starts at tokens[i] and the index after its last row, or None."""
    head = _head(tokens, i)
    if head is None:
        return None
    cells, lines, j = head
    width = len(cells) - 1
    block = FlatTable()
    block.add(cells, lines, [k for k, cell in enumerate(cells) if isinstance(cell, GuessedCell)])
    roles: list[str] = []
    while j < len(tokens):
        parts = tokens[j].text.split()
        role = money_role_of(parts[0]) if parts else None
        if role not in _ROLES or role in roles:
            break
        if (whole := spaced_row(tokens[j], [AMOUNT_OR_RATE_KINDS] * width)) is not None:
            block.add(whole, [tokens[j].line] * len(whole))  # "执行率 99.22% 100.00% …": a spaced row left whole
            roles.append(role)
            j += 1
            continue
        run = tokens[j + 1].text.strip() if j + 1 < len(tokens) and tokens[j + 1].line == tokens[j].line \
            and (j + 2 == len(tokens) or tokens[j + 2].line != tokens[j].line) else ""
        split = _fused_row(run, cells, role == "rate") if len(parts) == 1 and run else None
        if split is not None:  # "年初预算数150.0060.00…": the figures run together, cut by the table's own sums
            block.add([parts[0], *split], [tokens[j].line] * (width + 1), range(1, width + 1))
            roles.append(role)
            j += 2
            continue
        end = j + 1 + width
        row = [t.text.strip() for t in tokens[j + 1: end]]
        if len(parts) != 1 or len(row) != width or not all(kind(cell) in AMOUNT_OR_RATE_KINDS for cell in row) \
                or (end < len(tokens) and kind(tokens[end].text.strip()) in AMOUNT_OR_RATE_KINDS):
            break
        block.add([parts[0], *row], [t.line for t in tokens[j: end]])
        roles.append(role)
        j = end
    if "executed" not in roles or len(roles) < 2:
        return None
    block.used.update(range(i, j))
    return block, j
