"""The items of a 决算's 收入 / 支出 total told around it rather than after its 其中: the parts named before the total
("财政拨款A万元,事业收入B万元,本年总收入C万元"), or the split by nature with 基本支出's own parts between
("本年支出合计C万元,基本支出A万元,其中人员支出…,公用支出…。项目支出B万元"). Each is read only when its amounts add
up to the total exactly."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_figures import MONEY, tidy
from jixiao.readers.extract.budget_items import ITEM, ITEMS, NOT_AN_ITEM, item_amount

_BASIC = re.compile(r"基本支出\s*(?:为|是|:)?\s*" + MONEY)
_PROJECT = re.compile(r"(?<![^,;。\s])项目支出\s*(?:为|是|:)?\s*" + MONEY)
_SENTENCES_AFTER = 2  # the 项目支出 told in the sentence after 基本支出's parts, no further


def _amount(found: re.Match[str]) -> Decimal:
    return tidy(parse_matched_money(found)[0])


def split_by_nature_after(norm: str, at: int, total: Decimal) -> tuple[list[dict[str, Any]], int] | None:
    """基本支出 and 项目支出 named after a total at ``at`` (基本支出's own 其中 parts between them, the 项目支出 maybe
    in the next sentence), when they add up to it; with where the 项目支出 ends."""
    basic = _BASIC.search(norm, at)
    if basic is None or norm.count("。", at, basic.start()):
        return None
    stop = basic.end()
    for _ in range(_SENTENCES_AFTER):
        stop = norm.find("。", stop + 1)
        if stop < 0:
            stop = len(norm)
            break
    project = _PROJECT.search(norm, basic.end(), stop)
    if project is None or _amount(basic) + _amount(project) != tidy(total):
        return None
    return [{"name": "基本支出", "amount": _amount(basic)}, {"name": "项目支出", "amount": _amount(project)}], \
        project.end()


def items_before(norm: str, text: str, at: int, total: Decimal, names: re.Pattern[str]) -> tuple[
        list[dict[str, Any]], int] | None:
    """The named amounts right before a total at ``at`` in its sentence ("A收入X万元,B收入Y万元,本年总收入Z万元"),
    each name ending as ``names`` says, when there are two or more and they add up to it; with where they start."""
    start = max(norm.rfind("。", 0, at), norm.rfind(";", 0, at)) + 1
    found = list(ITEMS.finditer(norm, start, at))
    items: list[dict[str, Any]] = []
    for item in found:
        name = text[item.start(1): item.end(1)].strip(" ,，:：")
        if not name or len(name) > 20 or NOT_AN_ITEM.search(name) or not names.search(name):
            return None
        items.append({"name": name, "amount": tidy(item_amount(item))})
    whole = sum((item["amount"] for item in items), Decimal(0))
    if len(items) < 2 or norm[found[-1].end(): at].strip(" ,，") or whole != tidy(total):
        return None
    return items, found[0].start()


_FIELD_GAP = re.compile(r"\s{2,}|\t")


def items_after(norm: str, end: int, total: Decimal, names: re.Pattern[str]) -> tuple[list[dict[str, Any]], int] | None:
    """The "name：amount" fields right after a total ending at ``end``, spaces apart with no 其中 ("收入合计：A万元
    财政拨款收入：B万元  其他收入：C万元", a form's fields packed on one line), each name ending as ``names`` says,
    when there are two or more and they add up to it; with where they end."""
    if not norm[end: end + 2].isspace():
        return None
    items: list[dict[str, Any]] = []
    at = len(norm) - len(norm[end:].lstrip())
    for piece in _FIELD_GAP.split(norm[at:].rstrip()):
        item = ITEM.fullmatch(piece.strip())
        name = item.group(1).strip(" :") if item is not None else ""
        if item is None or len(name) > 20 or NOT_AN_ITEM.search(name) or not names.search(name):
            break
        items.append({"name": name, "amount": tidy(item_amount(item))})
        at = norm.index(piece, at) + len(piece)
    if len(items) < 2 or sum((item["amount"] for item in items), Decimal(0)) != tidy(total):
        return None
    return items, at
