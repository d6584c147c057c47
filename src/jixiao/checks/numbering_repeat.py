"""The same number used twice in one list of the report's text (1. 2. 2. 3.; 一是…二是…二是…)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.checks.texts import texts
from jixiao.lexicon import field_label
from jixiao.model import Evaluation
from jixiao.numbers import chinese_numeral

CODE = "NUMBERING_REPEAT"
_START = r"(?:^|(?<=[\n。；;：:]))\s*"
_CN = "[一二三四五六七八九十]{1,3}"
STYLES = {  # style → the pattern of one marker, its number captured
    "1.": _START + r"(\d{1,2})\s*[、.．](?!\d)",
    "（1）": r"[（(](\d{1,2})[）)]",
    "（一）": rf"[（(]({_CN})[）)]",
    "一、": _START + rf"({_CN})、",
    "一是": rf"(?:^|(?<=[\n。；;：:，,]))\s*({_CN})是",
    "①": r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])",
}
_NAMES = {f"s{i}": style for i, style in enumerate(STYLES)}
# one pass over a text finds the markers of every style (the alternative that matched names the style)
_MARKER = re.compile("|".join(f"(?P<s{i}>{pattern})" for i, pattern in enumerate(STYLES.values())))
_ANY_MARKER = re.compile(r"[（(]\s*[\d一二三四五六七八九十]|[①-⑳]|[一二三四五六七八九十][是、]|\d\s*[、.．](?!\d)")
_NUMBER = re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳]")

Marker = tuple[int, str]


def _repeats(markers: list[Marker]) -> Iterator[Marker]:
    """(number, marker) for each marker that repeats the number right before it in the same style."""
    for (before, _), (number, marker) in itertools.pairwise(markers):
        if number == before:
            yield number, marker


def _markers(text: str) -> dict[str, list[Marker]]:
    """The list markers of ``text``, by style, in order."""
    found: dict[str, list[Marker]] = defaultdict(list)
    if not _ANY_MARKER.search(text):
        return found  # most texts hold no list at all: one cheap scan instead of the full one
    for match in _MARKER.finditer(text):
        assert match.lastgroup is not None
        marker = match.group(0).strip()
        number = _NUMBER.search(marker)
        if number is not None:
            found[_NAMES[match.lastgroup]].append((chinese_numeral(number.group(0)), marker))
    return found


def _lists(evaluation: Evaluation) -> Iterator[tuple[str, list[Marker]]]:
    """(path, markers of one style) per text, and per list of texts (duties, other sections' headings)."""
    for path, text in texts(evaluation):
        for markers in _markers(text).values():
            yield path, markers
    for path, items in (("unit.duties", evaluation.unit.duties),
                        ("sections.others", [o.title for o in evaluation.sections.others])):
        leading: dict[str, list[Marker]] = defaultdict(list)
        for item in items:
            for style, markers in _markers(item).items():
                if item.lstrip().startswith(markers[0][1]):
                    leading[style].append(markers[0])
        for markers in leading.values():
            yield path, markers


def _numbered_lists(evaluation: Evaluation) -> list[list[int]]:
    """The numbered indicators' positions by the list their numbers count in: a list starts again where a 一级 or
    二级 block opens on the number 1 ("（一）产出指标 ①②③ （二）效益指标 ①②"; or 1–3, 4–5 counted on, then a block
    from 1 again); a block that counts on from the one before stays in its list."""
    lists: list[list[int]] = []
    block: tuple[str | None, str | None] | None = None
    for i, ind in enumerate(evaluation.indicators):
        if ind.number is None:
            continue
        here = (ind.level1, ind.level2)
        if not lists or (here != block and ind.number == 1):
            lists.append([])
        lists[-1].append(i)
        block = here
    return lists


def _indicator_numbers(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for numbered in _numbered_lists(evaluation):
        places: dict[int, list[int]] = defaultdict(list)
        for i in numbered:
            places[evaluation.indicators[i].number or 0].append(i)
        for number, where in sorted(places.items()):
            if len(where) < 2:
                continue
            names = "、".join(f"“{evaluation.indicators[i].name}”" for i in where)
            findings.append(ctx.finding(
                CODE, f"指标编号 {number} 用了 {len(where)} 次：{names}", f"indicators[{where[1]}].number",
                {"number": str(number), "count": str(len(where))},
                facts=[ctx.fact(f"indicators[{i}].number", str(number)) for i in where],
                arithmetic=f"编号 {number} 出现 {len(where)} 次"))
    return findings


@check(CODE, Severity.WARNING, "同一列表中编号重复",
       "同一列表的编号应逐个递增：指标序号用了两次（1、2、3、4、4、5…），或报告正文的列举（1. 2. 3.、（一）（二）、"
       "一是 二是、①②…）紧接着出现同一个编号，通常是漏改编号或重复列了一条。缺号由 NUMBERING_GAP 报告。")
def numbering_repeat(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = _indicator_numbers(evaluation, ctx)
    for path, markers in _lists(evaluation):
        for number, marker in _repeats(markers):
            label = field_label(path)
            shown = "、".join(m for _, m in markers)
            findings.append(ctx.finding(
                CODE, f"{label}中编号“{marker}”连续出现两次（编号依次为：{shown}）", path,
                {"number": str(number), "sequence": shown},
                facts=[ctx.fact(path, shown)]))
            break
    return findings
