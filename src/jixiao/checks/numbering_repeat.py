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
STYLES = {
    "1.": re.compile(_START + r"(\d{1,2})\s*[、.．](?!\d)"),
    "（1）": re.compile(r"[（(](\d{1,2})[）)]"),
    "（一）": re.compile(r"[（(]([一二三四五六七八九十]{1,3})[）)]"),
    "一、": re.compile(_START + r"([一二三四五六七八九十]{1,3})、"),
    "一是": re.compile(r"(?:^|(?<=[\n。；;：:，,]))\s*([一二三四五六七八九十]{1,3})是"),
    "①": re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
}


def _repeats(markers: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """(number, marker) for each marker that repeats the number right before it in the same style."""
    for (before, _), (number, marker) in itertools.pairwise(markers):
        if number == before:
            yield number, marker


def _markers(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(chinese_numeral(m.group(1)), m.group(0).strip()) for m in pattern.finditer(text)]


def _lists(evaluation: Evaluation) -> Iterator[tuple[str, str, list[tuple[int, str]]]]:
    """(path, style, markers) per text, and per list of texts (duties, other sections' headings)."""
    for path, text in texts(evaluation):
        for style, pattern in STYLES.items():
            yield path, style, _markers(pattern, text)
    for path, items in (("unit.duties", evaluation.unit.duties),
                        ("sections.others", [o.title for o in evaluation.sections.others])):
        for style, pattern in STYLES.items():
            leading = [m for item in items for m in _markers(pattern, item)[:1] if item.lstrip().startswith(m[1])]
            yield path, style, leading


def _indicator_numbers(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    places: dict[int, list[int]] = defaultdict(list)
    for i, ind in enumerate(evaluation.indicators):
        if ind.number is not None:
            places[ind.number].append(i)
    findings = []
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
    for path, style, markers in _lists(evaluation):
        for number, marker in _repeats(markers):
            label = field_label(path)
            shown = "、".join(m for _, m in markers)
            findings.append(ctx.finding(
                CODE, f"{label}中编号“{marker}”连续出现两次（编号依次为：{shown}）", path,
                {"number": str(number), "style": style, "sequence": shown},
                facts=[ctx.fact(path, shown)]))
            break
    return findings
