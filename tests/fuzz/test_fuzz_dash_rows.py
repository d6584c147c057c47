"""A legend row's bracketed note ("…／96%（原因：部分站点延期）") is found where the pattern as written found it, in one
pass over a long run of spaces: a search tried each place of the run and read it again from each (8,000 spaces
with no note after them took about 0.4 s, quadratic). Compared with the old pattern on many short strings, then run
at a size the old one took minutes on, and through ``read_any`` on a report holding such a row."""

from __future__ import annotations

import random
import re
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.dash_rows import _NOTE

_OLD_NOTE = re.compile(r"\s*[（(]\s*(?:未达|偏差|扣分)?原因\s*[:：]\s*([^（）()]+)[）)]\s*[。；;]?$")
_PIECES = [" ", "  ", "\t", "\n", "（", "）", "(", ")", "原因", "未达", "偏差", "扣分", "：", ":", "延期", "。", "；",
           ";", "96%", "乙", "原", "因"]


def _found(pattern: re.Pattern[str], text: str) -> object:
    found = pattern.search(text)
    return found and (found.span(), found.groups())


def _note_like(rng: random.Random) -> str:
    """Random pieces around a note's parts, each part dropped now and then (so most strings come close to one)."""
    said = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 3)))
    parts = [" " * rng.randint(0, 3), rng.choice("（("), " " * rng.randint(0, 2), rng.choice(["", "未达", "偏差"]),
             "原因", rng.choice(" \t"), rng.choice("：:"), said, rng.choice("）)"), rng.choice(["", " ", "。", "；"])]
    parts = [part for part in parts if rng.random() > 0.1]
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 5))) + "".join(parts) + \
        "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 2)))


def test_a_note_is_found_where_the_search_found_it() -> None:
    rng = random.Random(53)
    for _ in range(40_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert _found(_NOTE, text) == _found(_OLD_NOTE, text), text
        text = _note_like(rng)
        assert _found(_NOTE, text) == _found(_OLD_NOTE, text), text


def test_a_long_run_of_spaces_is_given_up_in_one_pass() -> None:
    # (the old pattern: 8,000 spaces took about 0.4 s; 400,000, about 20 minutes)
    assert _NOTE.search("甲" + " " * 400_000 + "乙") is None
    assert _found(_NOTE, "甲" + " " * 400_000 + "（原因：延期）") == ((1, 400_008), ("延期",))


def test_a_report_with_such_a_row_reads(tmp_path: Path) -> None:
    path = tmp_path / "报告.txt"
    path.write_text("一、项目自评\n产出指标（指标名称／指标值／完成值）\n验收合格率／100%／98%（原因：个别整改）\n"
                    "覆盖人数／500人／甲" + " " * 100_000 + "乙\n本项目自评得分90分。\n", encoding="utf-8")
    assert read_any(path).evaluation is not None
