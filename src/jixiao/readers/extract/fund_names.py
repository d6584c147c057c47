"""A fund's name as a title's head gives it ("某某补助资金转移支付2022年度绩效自评报告")."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern

# "某某发展资金转移支付": the fund, 转移支付 its kind of money; also after the fund's bracketed purpose
# ("某某补助资金（某某示范）转移支付")
_TRANSFER_KIND = re.compile(r"((?:资金|经费)(?:[（(][^（）()]{1,30}[）)])?)转移支付$")
_PROVINCE_SHORT = pattern("province_short_name")
_PROVINCE_CENTRAL = pattern("province_before_central")  # "某省中央某某资金": the province the central fund went to


def fund_named(head: str) -> str:
    """A title's head that names a fund: "…资金转移支付" is the fund (转移支付 its kind of money, as after the year);
    then a province's short name before it ("广西…补助资金转移支付") is who publishes, no part of the fund's name."""
    name = without_transfer_kind(head)
    return head if name == head else without_province(name)


def without_transfer_kind(name: str) -> str:
    """A fund's ``name`` without the 转移支付 after its 资金 / 经费 word (or after that word's bracketed purpose): the
    kind of money, no part of the name ("某某发展资金转移支付" → 某某发展资金); "某某改革转移支付" keeps it."""
    return _TRANSFER_KIND.sub(r"\1", name)


def without_province(name: str) -> str:
    """A fund's ``name`` without a province's short name before it (who publishes it or was handed it: "广西某某资金"),
    or its full name before a central fund's ("某省中央某某资金"), unless the rest is too short to name a fund."""
    rest = _PROVINCE_SHORT.sub("", name)
    rest = _PROVINCE_CENTRAL.sub("", rest) if rest == name else rest
    return rest if len(rest) >= 4 else name
