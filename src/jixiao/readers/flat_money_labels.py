"""The label of a money block's row, flattened: a fund's (年度资金总额, 其中：当年财政拨款, 上年结转资金 …), a
category's or a unit's, and a row whose label a viewer ran onto its figures ("中央补助资金540.00560.00548.8098.00%")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.extract.name_ends import names_a_body_or_section
from jixiao.readers.flat_fund_columns import FUND_NAME
from jixiao.readers.flat_token import Token
from jixiao.readers.fused_money import RATE
from jixiao.readers.fused_money_columns import THOUSANDS
from jixiao.readers.textnorm import compact


def fund_row(text: str) -> bool:
    """A fund row's label: the total's word or a source of funds of the lexicon (``fund_rows``), short."""
    key = compact(text)
    return bool(pattern("fund_rows.total").match(key) or pattern("fund_rows.parts").search(key)) and len(key) <= 20


def labelled_run(tokens: Sequence[Token], i: int) -> list[str] | None:
    """A row a viewer ran into one cell with its figures ("中央补助资金540.00560.00548.8098.00%", "基本支出1,820.40
    1,956.181,949.0299.63%"), alone on its line: its label (a total's word, a source's name as
    :data:`.flat_fund_columns.FUND_NAME` reads one, or a category's or a unit's name: a few words, no figure) and
    the run of figures, its thousands separators out, which the aligner splits by the block's constraints, or, with
    no rate in it, the money reader within the total above (a guess either way); None for any other cell."""
    text = tokens[i].text.strip()
    if (not text[-1:].isdecimal() and not text.endswith("%")) \
            or (i + 1 < len(tokens) and tokens[i + 1].line == tokens[i].line):
        return None
    text = THOUSANDS.sub("", text)
    start = len(text.rstrip("0123456789.%"))
    run = text[start:]
    label = text[:start]
    if not label or not run[:1].isdecimal() or run.count("%") > 1 \
            or not (fund_row(label) or FUND_NAME.fullmatch(label) or _named_row(tokens, i, label, run)):
        return None
    return [label, run]


def _named_row(tokens: Sequence[Token], i: int, label: str, run: str) -> bool:
    """A category's or a unit's row run onto its figures: a few words opening the line, and more figures than a
    rate (a note "预算执行率未达100%" closing a spaced row is no row)."""
    return _row_name(label) and (i == 0 or tokens[i - 1].line != tokens[i].line) \
        and RATE.fullmatch(run) is None


# a money row's label that names no fund: a category (基本支出, 人员经费), a project (某某项目) or a body (某某中心,
# 局机关, 某局本级), a few words ending as such a name ends — not any words ("某某说明", "预算执行得分" are no row's)
_ROW_WORDS = re.compile(r"[\u4e00-\u9fff（）()]{1,20}")
_ROW_ENDS = tuple(lexicon()["money_row_name_ends"])


def _row_name(label: str) -> bool:
    return _ROW_WORDS.fullmatch(label) is not None and (label.endswith(_ROW_ENDS) or names_a_body_or_section(label))


def weighed_alone(lead: list[str]) -> bool:
    """A row's run of amounts with no rate that the aligner weighs: a fund's, its decimal points fixing most cuts.
    A category's or a unit's is read only with its 执行率 or under a total (amounts alone have several cuts)."""
    return lead[1].count(".") >= 2 and (fund_row(lead[0]) or FUND_NAME.fullmatch(lead[0]) is not None)
