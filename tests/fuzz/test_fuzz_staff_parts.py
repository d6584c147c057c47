"""The staff's parts ("其中：行政人员12人、工勤人员3人") read as before and in one pass over a long run of digits or
spaces: the part pattern is compared with the one it replaced on many short strings, then run at a size the old one
took minutes on, and through read_any on a report holding such a line."""

from __future__ import annotations

import random
import re
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.extract.staff import _PART

_OLD_PART = re.compile(r"([^,，、;；:：。]+?)\s*(?:人数)?\s*(?:为|有|:|共)?\s*(\d+)\s*(?:人|名)")


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.span(1), m.group(1), m.groups()[-1]) for m in pattern.finditer(text)]


def test_parts_read_as_before_on_many_strings() -> None:
    line = "其中：管理岗8人、专技岗 为 11名，工勤3人"
    assert _found(_PART, line) == _found(_OLD_PART, line)
    rng = random.Random(50)
    pieces = ["1", "27", " ", "  ", "\n", "人", "名", "人数", "为", "有", "共", ":", "：", "，", "、", "。", "管理",
              "岗", "a"]
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _found(_PART, text) == _found(_OLD_PART, text), text


def test_long_runs_of_digits_and_spaces_are_given_up_in_one_pass() -> None:
    # (the old pattern: 2,000 digits took about 2 minutes, 120 spaces 4 s; these, hours)
    assert _found(_PART, "1" * 200_000) == []
    assert _found(_PART, "某" + " " * 200_000 + "岗") == []
    assert _found(_PART, "中" * 200_000 + "，甲2人") == [((200_001, 200_004), (200_001, 200_002), "甲", "2")]


def test_a_report_with_a_long_run_of_digits_after_its_staff_reads(tmp_path: Path) -> None:
    path = tmp_path / "报告.txt"
    path.write_text("一、单位基本情况\n某某服务中心在职人员23人，其中：" + "7" * 50_000 + "\n"
                    "二、项目自评\n本项目自评得分90分。\n", encoding="utf-8")
    assert read_any(path).evaluation is not None
