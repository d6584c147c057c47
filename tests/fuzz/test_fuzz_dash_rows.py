"""A legend closing a line ("…完成情况（指标名称／分值／年度指标值／实际完成值／得分）：") is read as the pattern as
written read it, in one scan (the pattern nested its heads' spaces in spaces and took exponential time on "ab  ／"
repeated: fourteen repeats took about 3.5 s, each two more about eight times longer), compared with the old pattern
on many short strings.

A legend row's bracketed note ("…／96%（原因：部分站点延期）") is found where the pattern as written found it, in one
pass over a long run of spaces: a search tried each place of the run and read it again from each (8,000 spaces
with no note after them took about 0.4 s, quadratic). Compared with the old pattern on many short strings, then run
at a size the old one took minutes on, and through ``read_any`` on a report holding such a row."""

from __future__ import annotations

import random
import re
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.dash_rows import _NOTE, _legend

_OLD_NOTE = re.compile(r"\s*[（(]\s*(?:未达|偏差|扣分)?原因\s*[:：]\s*([^（）()]+)[）)]\s*[。；;]?$")
_OLD_HEAD = r"[^（()）:：／/]{2,12}"
_OLD_LEGEND = re.compile(rf"^(.*?)[（(:：]\s*({_OLD_HEAD}(?:\s*[／/]\s*{_OLD_HEAD}){{2,}})\s*[）)]?\s*[:：]?\s*$")
_LEGEND_PIECES = [" ", "  ", "\t", "（", "）", "(", ")", "：", ":", "／", "/", "名称", "分值", "甲",
                  "得分乙丙丁戊己庚辛", "年度指标值"]
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


def _heads(found: tuple[str, str] | re.Match[str] | None) -> object:
    """What the reader takes of a legend: the words before it and its heads, split and stripped as it splits them."""
    if found is None:
        return None
    before, heads = (found.group(1), found.group(2)) if isinstance(found, re.Match) else found
    return before.strip(), [cell.strip() for cell in re.split(r"(?<=\s)/(?=\s)|／", heads)]


def _legend_like(rng: random.Random) -> str:
    """Words, an opening mark, three to five heads of one to fourteen characters with spaced slashes between, a
    closing mark and a colon, each part now and then dropped or doubled (so most strings come close to a legend)."""
    heads = ["".join(rng.choice(["甲", "乙", " ", "名称", "a"]) for _ in range(rng.randint(1, 7)))
             for _ in range(rng.randint(2, 5))]
    slashes = [" " * rng.randint(0, 2) + rng.choice("／/") + " " * rng.randint(0, 2) for _ in heads]
    body = "".join(head + slash for head, slash in zip(heads, slashes, strict=True))[: -len(slashes[-1])]
    parts = ["".join(rng.choice(_LEGEND_PIECES) for _ in range(rng.randint(0, 3))), rng.choice("（(:："), body,
             rng.choice(["", "）", ")", " ）"]), rng.choice(["", "：", ":", " : "])]
    if rng.random() < 0.2:
        parts.insert(rng.randint(0, len(parts)), rng.choice(_LEGEND_PIECES))
    return "".join(parts).strip()


def test_a_legend_is_read_as_the_pattern_read_it() -> None:
    rng = random.Random(50)
    for _ in range(40_000):
        text = "".join(rng.choice(_LEGEND_PIECES) for _ in range(rng.randint(0, 12))).strip()
        assert _heads(_legend(text)) == _heads(_OLD_LEGEND.match(text)), text
        text = _legend_like(rng)
        assert _heads(_legend(text)) == _heads(_OLD_LEGEND.match(text)), text
    line = "三、绩效指标完成情况（指标名称／分值／年度指标值／实际完成值／得分）："
    assert _heads(_legend(line)) == ("三、绩效指标完成情况", ["指标名称", "分值", "年度指标值", "实际完成值", "得分"])


def test_a_line_of_spaced_slashes_is_given_up_in_one_scan() -> None:
    # (the old pattern: 14 repeats of "ab  ／" about 3.5 s, 30 far longer than any test run; 20,000 now)
    assert _legend("（" + "ab  ／" * 20_000 + "x") is None
    assert _legend("产出指标:" + " " * 100_000 + "中／") is None
