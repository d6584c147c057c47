"""A budget's items ("其中：基本支出A万元；项目支出B万元") read as before and in one pass over a long run of spaces: the
item pattern is compared with the one it replaced on many short strings, then run at a size the old one took
minutes on (a name, 1,000 spaces and no amount took about 6 s; the old pattern was cubic in the run)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.budget_figures import MONEY
from jixiao.readers.extract.budget_items import ITEM, ITEMS

_OLD_ITEM = re.compile(r"([^,，、;；:：。](?P<longer>[^,，、;；:：。]+?)??)\s*(?:为|是|:|共|就)?\s*(?(longer)(?<!\d))"
                       + MONEY)
_OLD_ITEMS = re.compile(r"(?<![^,，、;；:：。元万亿])" + _OLD_ITEM.pattern)


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_items_read_as_before_on_many_strings() -> None:
    line = "其中：基本支出 为 120.5万元，项目支出  1,200万元、其他3亿"
    assert _found(ITEMS, line) == _found(_OLD_ITEMS, line)
    rng = random.Random(49)
    pieces = ["1", "27", "3.5", ",", "1,200", " ", "  ", "\n", "\t", "万元", "元", "亿元", "万", "亿", "为", "是", "共",
              "就", ":", "：", "，", "、", "。", "经费", "支出", "a", "其中"]
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _found(ITEM, text) == _found(_OLD_ITEM, text), text
        assert _found(ITEMS, text) == _found(_OLD_ITEMS, text), text


def test_a_long_run_of_spaces_with_no_amount_is_given_up_in_one_pass() -> None:
    # (the old pattern: 1,000 spaces took about 6 s; 200,000, far longer than any test run)
    assert _found(ITEMS, "某" + " " * 200_000 + "岗") == []
    assert _found(ITEMS, "某" + " " * 200_000 + "，甲2万元") == [((200_002, 200_006), ("甲", None, "2", "万元"))]
