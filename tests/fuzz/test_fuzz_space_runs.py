"""Patterns of the first round of stop 37 that crossed a run of spaces more than one way read the same and stay
linear: each is compared with the pattern it replaced on many short strings, then run at a size the old one could
not finish (the old 付款方 pattern split each space between two payers two ways: 2 ** 40 tries at 40 payers)."""

from __future__ import annotations

import random
import re

from jixiao.readers.extract.facts import _NO_BODY
from jixiao.readers.extract.listed_bodies import _COUNT_OVER_LINES
from jixiao.readers.extract.prose_indicator_heads import _GROUP_LABEL
from jixiao.readers.extract.prose_indicator_items import _BLOCK_SUMMARY
from jixiao.readers.extract.prose_level_lines import _ACTUAL_CLAUSE, _CLOSING, _ITEM, _LABEL
from jixiao.readers.extract.weighted_headings import SCORED_LEVEL_TAIL

_OLD_NO_BODY = re.compile(_NO_BODY.pattern.replace(r"\s*(?:[与和及、]\s*)?", r"\s*[与和及、]?\s*", 1))
_OLD_TAIL = re.compile(SCORED_LEVEL_TAIL.pattern.replace(r"(?<!\s)", "", 1))
_OLD_LABEL = re.compile(_GROUP_LABEL.pattern.replace(r"分\s*\)\s*)?", r"分\s*\))?\s*", 1))
_OLD_ACTUAL = re.compile(_ACTUAL_CLAUSE.pattern.replace(r"(?<!\s)", "", 1))
_OLD_COUNT_OVER = re.compile(_COUNT_OVER_LINES.pattern.replace(r"(?<!\s)", "", 1))
_OLD_LEVEL_LABEL = re.compile(r"\s*[①-⑳]?\s*([^:()\d,;。]{2,12}?指标)\s*(?:\(([^()]{2,16})\))?\s*"
                              r"(?:\d+\s*[个项条])?\s*:\s*")
_OLD_ITEM = re.compile(_ITEM.pattern.replace(r"\s*+", r"\s*"))
_OLD_CLOSING = re.compile(_CLOSING.pattern.replace(r"\s*(?:[。;]\s*)?", r"\s*[。;]?\s*", 1))
_OLD_SUMMARY = re.compile(r"(?:[^:;,。]{0,12}指标\s*:?\s*)?(?:共|合计|总共)?\s*(?:设置|设定|设有|设立|包含|包括)?了?"
                          r"\s*(?<=[共计置定有立含括了])\s*\d{1,3}\s*(?:个|项|条)")


def _strings(pieces: list[str], count: int = 20_000) -> list[str]:
    rng = random.Random(37)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_payers_joined_by_spaces_are_told_apart_from_a_name_in_one_pass() -> None:
    assert _NO_BODY.fullmatch("省 和 县财政 分别") is not None
    for text in _strings(["省", "县级", "财政", " ", "  ", "和", "、", "分别", "某局", "中央"]):
        assert bool(_NO_BODY.fullmatch(text)) == bool(_OLD_NO_BODY.fullmatch(text)), text
    assert _NO_BODY.fullmatch("省 " * 2_000 + "某") is None  # (20 payers took 2 s; each one more doubled it)


def test_an_achieved_clause_is_found_past_a_long_run_of_spaces_in_one_pass() -> None:
    assert _ACTUAL_CLAUSE.search("某某数量≥6架  , 实际布防6架").group(1) == "6架"  # type: ignore[union-attr]
    for text in _strings(["名称≥6架", " ", ",", "实际", "布防", "6架", "98%", "x"]):
        new, old = _ACTUAL_CLAUSE.search(text), _OLD_ACTUAL.search(text)
        assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1))), text
    assert _ACTUAL_CLAUSE.search("名称≥6架" + " " * 200_000 + "x") is None  # (4,000 spaces: 0.2 s; this, minutes)


def test_a_level_label_and_a_scored_tail_cross_a_long_run_of_spaces_once_and_read_as_before() -> None:
    assert _OLD_LABEL.pattern != _GROUP_LABEL.pattern and _OLD_TAIL.pattern != SCORED_LEVEL_TAIL.pattern
    pieces = ["数量指标", " ", "  ", "(", ")", "10分", ":", "。", "方面", ",", "得", "自评", "扣1分", "9.5分"]
    for text in _strings(pieces):
        new, old = _GROUP_LABEL.match(text), _OLD_LABEL.match(text)
        assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups())), text
        assert SCORED_LEVEL_TAIL.sub("", text) == _OLD_TAIL.sub("", text), text
    spaces = " " * 200_000  # (a 50,000-space line under a level heading took minutes in the two old patterns)
    assert _GROUP_LABEL.match("名称" + spaces + "(10分)得10分。") is None
    assert SCORED_LEVEL_TAIL.sub("", "名称" + spaces + "(10分)得10分。") == "名称" + spaces + "(10分)得10分。"


def test_a_block_summary_crosses_a_long_run_of_spaces_once_and_reads_as_before() -> None:
    assert _BLOCK_SUMMARY.match("产出指标: 共设置 5 项,分值50分") is not None
    pieces = ["产出指标", " ", "  ", ":", "共", "合计", "总共", "设置", "包括", "了", "5", "12", "项", "个", ",", "x"]
    for text in _strings(pieces, 50_000):
        new, old = _BLOCK_SUMMARY.match(text), _OLD_SUMMARY.match(text)
        assert (new and new.span()) == (old and old.span()), text
    # (four \s* in a row: 400 spaces after "产出指标" took 200 s in the old pattern, each doubling 16 times more)
    assert _BLOCK_SUMMARY.match("产出指标" + " " * 200_000 + "(40分):") is None


def test_a_count_over_lines_is_searched_from_a_run_of_spaces_first_space_only_and_reads_as_before() -> None:
    assert _OLD_COUNT_OVER.pattern != _COUNT_OVER_LINES.pattern
    assert _COUNT_OVER_LINES.search("下属事业单位共 2 个:").group("count") == "2"  # type: ignore[union-attr]
    pieces = ["共", "有", " ", "  ", "\u3000", "5", "12", "三", "两", "个", ":", "机构", "x"]
    for text in _strings(pieces, 50_000):
        new, old = _COUNT_OVER_LINES.search(text), _OLD_COUNT_OVER.search(text)
        assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups())), text
    # (the old pattern crossed the rest of the run from each of its spaces: 20,000 took about 60 s in read_any)
    assert _COUNT_OVER_LINES.search("(一)产出指标" + " " * 200_000 + "(40分):") is None


def _same(new: re.Match[str] | None, old: re.Match[str] | None) -> bool:
    return (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


def test_a_level_led_line_crosses_a_long_run_of_spaces_once_and_reads_as_before() -> None:
    """"数量指标：名称 … 按期" (a level's label, an item with no figure after a long run of spaces): the label, the item
    and the closing rate's patterns each cross the run once (120 spaces took 12 s in read_page, 200 minutes)."""
    assert _OLD_LEVEL_LABEL.pattern != _LABEL.pattern and _OLD_ITEM.pattern != _ITEM.pattern
    assert _OLD_CLOSING.pattern != _CLOSING.pattern
    assert _ITEM.fullmatch("某某设备购置数 达到 ≥ 12台 ").group(3) == "≥ 12台"  # type: ignore[union-attr]
    pieces = ["数量指标", "①", " ", "  ", "(", ")", "社会效益", "3个", ":", "名称", "为", "达到", "目标值", "≥", "12",
              ".5", "%", "台", "/年", "。", ";", ",", "合格率", "x"]
    for text in _strings(pieces, 50_000):
        assert _same(_LABEL.match(text), _OLD_LEVEL_LABEL.match(text)), text
        assert _same(_ITEM.fullmatch(text), _OLD_ITEM.fullmatch(text)), text
        assert _same(_CLOSING.fullmatch(text), _OLD_CLOSING.fullmatch(text)), text
    spaces = " " * 200_000
    assert _LABEL.match("数量指标" + spaces + "x") is None
    assert _ITEM.fullmatch("某某设备购置数" + spaces + "按期") is None
    assert _ITEM.fullmatch("某某设备购置数≥12台" + spaces + "x") is None
    assert _CLOSING.fullmatch("质量指标。某某完成,合格率为100%" + spaces + "x") is None
