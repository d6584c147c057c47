"""A flattened money block's caption cell (项目资金, 资金来源, 单位名称 …) and a header cell's amount unit."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import compact, match_text

CAPTION = re.compile(r"^(项目资金|年度预算申请|年度预算数|预算执行情况|资金情况|预算资金|部门预算执行情况|年度预算"
                     r"|资金来源|预算执行|绩效指标|(?:年度)?绩效(?:指标|目标)完成情况|项目资金情况|资金使用情况|项目|科目|类别|资金类别|资金性质|预算执行情况表|资金总额"
                     r"|资金投入情况|经费控制情况)"
                     r"(?:\d+(?:\.\d+)?分|单位|万元|元|亿元)*$")  # "（万元）（20分）" in either order
_UNIT = re.compile(r"(亿元|万元|千元|元)")
FUND_NAME_END = ("资金", "拨款", "补助", "预算", "收入")  # how a fund row's name ends


def names_a_fund(label: str) -> bool:
    """A fund row's whole name ("县级资金", "其中：当年财政拨款"): it ends as such a name does (资金, 拨款 …) and
    names a source of funds of the lexicon (``fund_rows.parts``)."""
    return label.endswith(FUND_NAME_END) and bool(pattern("fund_rows.parts").search(label))


# the label column of a money block listing a department's units (单位 | 年初预算数 …): kept as its caption
_UNIT_NAME_CAPTION = re.compile(r"(?:预算|下属|所属|二级)?单位名称|预算单位|单位(?:及|/)?部门|部门(?:及|/)?单位")


@lru_cache(maxsize=8192)
def is_caption(text: str) -> bool:
    return bool(CAPTION.match(compact(text)) or _UNIT_NAME_CAPTION.fullmatch(compact(text)))


@lru_cache(maxsize=8192)
def unit_cell(text: str) -> bool:
    """"（万元）", "单位：元", "(%)", "（分）": a header cell's unit written apart from it."""
    return bool(re.fullmatch(r"[(（]?\s*(?:单位[:：]?)?\s*(万元|千元|元|亿元|%|分)\s*[)）]?", match_text(text).strip()))


@lru_cache(maxsize=8192)
def unit_of(text: str) -> str:
    """A header cell's amount unit: any 元 in it (a cell of the form's words names no place, and flattening may have
    lost its bracket: "全年预算数元"), unlike a caption's in extract.tables, where a place's 元 (庆元县) is no unit."""
    found = _UNIT.search(match_text(text))
    return found.group(1) if found else ""


_PERIOD = re.compile(r"(?:19|20)\d{2}(?:[—\-~至到]*(?:19|20)\d{2})?年度?(?:累计)?")


@lru_cache(maxsize=4096)
def period_cell(text: str) -> bool:
    """"2024年度", "2022—2024年累计": a first header row's cell spanning the money columns of a period (the second
    row names them: 年初预算数 | 全年预算数 | 全年执行数 | 总预算数 | 累计执行数)."""
    return len(text) <= 16 and bool(_PERIOD.fullmatch(compact(text)))


def spanning_caption(text: str) -> str:
    """"资金来源 2024年度 2022—2024年累计" (a two-row header's first row written as one spaced line): its label
    column's caption, when every other word is a period cell; else ""."""
    words = text.split()
    return words[0] if len(words) > 1 and is_caption(words[0]) and all(map(period_cell, words[1:])) else ""
