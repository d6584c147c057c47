"""A money label whose bracket holds the unit, its amounts bare: "资金情况（万元）：年初预算85.00；全年预算92.60；
全年执行90.38；执行率97.60%" — each bare amount after the colon is in the label's unit."""

from __future__ import annotations

import re

from jixiao.numbers import WRITTEN_FIGURE

# the label (a money word, then the unit in brackets) and its colon, at the start of the line (normalised text)
_LABEL = re.compile(r"^[^:;。]{0,16}?(?:资金|预算|金额|经费|收支|支出|收入)[^:;。(]{0,8}\((亿元|万元|元)\)\s*:")
# a bare amount: not part of a longer number, not followed by a unit, %, 分 or a count's word
_BARE = re.compile(rf"(?<![\d.,])({WRITTEN_FIGURE})(?![\d.,]|\s*[%％分万元亿个人次项年月日天户家所名台套件座处条km])")


def with_label_unit(norm: str) -> str | None:
    """``norm`` with the label's unit written after each bare amount of the line ("年初预算85.00" →
    "年初预算85.00万元"), or None when the line opens on no such label. Positions shift: a caller cites the
    whole line."""
    found = _LABEL.match(norm) if "元)" in norm else None  # (every unit in its bracket ends so)
    if found is None:
        return None
    unit = found.group(1)
    rest = _BARE.sub(lambda m: m.group(1) + unit, norm[found.end():])
    return norm[: found.end()] + rest


# a heading line naming the unit of the label lines below it: "资金情况（万元）", "预算执行情况（单位：万元）"
_HEADING = re.compile(r"^[^:;。\d]{0,16}?(?:资金|预算|金额|经费|收支|支出|收入)[^:;。(\d]{0,8}"
                      r"\((?:单位:?)?(亿元|万元|元)\)$")
# a label line of one bare amount: "年初预算数:415.00"
_BARE_LINE = re.compile(rf"^[^:;。\d]{{2,16}}:\s*{WRITTEN_FIGURE}$")


def heading_unit(norm: str) -> str | None:
    """The unit a heading line names for the label lines below it ("资金情况(万元)" → 万元), or None."""
    found = _HEADING.match(norm) if "元)" in norm else None
    return found.group(1) if found else None


def with_heading_unit(norm: str, unit: str) -> str | None:
    """A label line of one bare amount under a heading naming its unit, that amount in the unit
    ("年初预算数:415.00" → "年初预算数:415.00万元"); None for any other line (the heading's lines end there)."""
    return norm + unit if _BARE_LINE.match(norm) else None
