"""The header words of a money block run into one line before its fused figures ("年初预算数全年预算数全年执行数
执行率…年度资金总额64.864.864.8100%"): the block's columns in order, in the vocabulary of
:func:`.fused_money.split_money_run`. Apart from that module so that it, which the flat readers and the aligner
share, reads no column of the extract package's.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.flat_captions import names_a_fund
from jixiao.readers.fused_money import SPLIT_ROLE


def _column_role(word: str) -> str | None:
    """The role of a money block's header word ("全年执行数(B)" → "executed") by the lexicon, or None."""
    return SPLIT_ROLE.get(money_role(word) or "")


ROW_LABEL = re.compile(r"(?:其中[:：]?)?(?:年度资金总额|资金总额|年度总金额|总金额|合计|当年财政拨款|财政拨款"
                       r"|上年结转资金|上年结转|其他资金)")
# "其中：财政资金420.00436.50421.1796.49%//", "总额320.00…108.39年中追加…": a money row's label, its run of figures,
# then the blank cells' marks or a note; or the marks around the row's own rate ("其中：财政拨款132.00140.50136.21—
# 96.95%—": the 分值 and 得分 cells blank, the 执行率 written)
_MARKS = r"[—\-－/／\s]*"
_MONEY_ROW = re.compile(r"((?:其中[:：]?)?[\u4e00-\u9fff]{1,12})[:：]?(\d[\d.,%]*)"
                        rf"({_MARKS}|(?<!%){_MARKS}\d{{1,3}}(?:\.\d{{1,2}})?%{_MARKS}|[\u4e00-\u9fff].*)")
_RATE_BETWEEN = re.compile(r"(\d{1,3}(?:\.\d{1,2})?%)")  # (the rate cut out of its marks, a cell of its own)
_ONE_RATE = re.compile(r"\d{1,3}(?:\.\d+)?%")  # "执行率95%达到…": one figure, a sentence's, no run of a row's
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # "2,865.403,102.76": fused amounts' thousands separators
_COLUMN_GAP = 6  # characters between two header words of one run (a column's "(B/A)", an OCR's ",A、")


def money_roles(words: list[re.Match[str]], k: int) -> list[str]:
    """The money block's columns, in order, whose header words come just before the ``k``-th of ``words``
    (the figures' run starts there), a row label ("年度资金总额") between them and the run allowed."""
    j = k - 1
    while j >= 0 and ROW_LABEL.fullmatch(words[j].group(0)):  # (a fund row's run after the total's row: the
        j -= 1  # block's header is the one before the total's label)
    if j >= 0 and money_role(words[j].group(0)) == "money_note":  # "…得分 | 得分计算方法": a notes column, no figure
        j -= 1
    columns: list[tuple[str, re.Match[str]]] = []
    while j >= 0:
        role = _column_role(words[j].group(0))
        if role is None:
            break
        columns.insert(0, (role, words[j]))
        if j == 0 or words[j].start() - words[j - 1].end() > _COLUMN_GAP:
            break
        j -= 1
    roles = [role for role, _word in columns]
    if roles.count("rate") > 1:  # "执行率 | 执行率权重 | 执行率得分" cut into 执行率 + 权重 …: each pair one column
        roles = [role for k, (role, word) in enumerate(columns)
                 if not (role == "rate" and k + 1 < len(columns) and columns[k + 1][0] in ("weight", "score")
                         and columns[k + 1][1].start() == word.end())]
    return roles if len(roles) >= 3 else []


def money_row_cells(text: str) -> list[str] | None:
    """A row of a money block run together with no word of the form in it: a fund row ("其中：财政资金
    420.00436.50421.1796.49%//", "财政专户管理资金0000%//") or a total row with a note after its figures ("总额
    320.00356.00298.5083.85%108.39年中追加…"): its label, its run of figures (split, as any money row's, by the
    block's header: a guess), and the marks of its blank cells or its note. None unless the label is a total's
    (``fund_rows.total``), opens on 其中, or names a source of funds of the lexicon (``fund_rows.parts``) and ends
    as such a name does (资金, 拨款 …); a note follows only a run of several figures (two decimal points or a rate),
    not one amount ("合计320.00万元…") nor one rate ("其中财政资金执行率95%达到…")."""
    row = _MONEY_ROW.fullmatch(text)
    if row is None:
        return None
    label, run, rest = row.group(1), THOUSANDS.sub("", row.group(2)), row.group(3).strip()
    if not (pattern("fund_rows.total").match(label) or label.startswith("其中")
            or names_a_fund(label)):
        return None
    if rest[:1] >= "\u4e00" and ((run.count(".") < 2 and "%" not in run) or _ONE_RATE.fullmatch(run)):
        return None
    tail = [piece.strip() for piece in _RATE_BETWEEN.split(rest)] if "%" in rest and rest[:1] < "\u4e00" else [rest]
    return [cell for cell in (label, run, *tail) if cell]
