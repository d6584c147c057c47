"""Bodies enumerated one a clause after their count: "下设2个事业单位，一是某中心；二是某站。" or "下属事业单位有2个,
一个是某中心,一个是某站"."""

from __future__ import annotations

import re

from jixiao.readers.extract.body_lists import LEADING_NUMBER, body_kind, count_figure, record_bodies
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line

# "下设2个事业单位，一是某中心；二是某站。": the items follow 一是 / 二是 …, one a clause; "下属事业单位有2个,
# 一个是某中心,一个是某站,…": each item a clause after 一个是 (另一个是), as many as the count, the sentence going on
_ENUMERATED = re.compile(rf"(?P<count>{LEADING_NUMBER})\s*个[^,:;。]{{0,10}}[,:]\s*(?:一是|(?P<each>一个(?:是|为)))")
_NEXT_ITEM = re.compile(r"[,;]\s*[二三四五六七八九十]是")
_NEXT_EACH = re.compile(r"[,;]\s*(?:另)?一个(?:是|为)")


def enumerated_bodies(line: Line, facts: Facts) -> range:
    """The bodies listed as 一是… ；二是… (or 一个是…,一个是…) in one sentence of the line; the span read (empty:
    none)."""
    match = _ENUMERATED.search(line.norm)
    if not match:
        return range(0)
    head = line.norm[: match.start()].rsplit("。", 1)[-1]
    path, label = body_kind(head)
    end = line.norm.find("。", match.end())
    end = len(line.norm) if end < 0 else end
    each = match.group("each") is not None
    nexts = (_NEXT_EACH if each else _NEXT_ITEM).finditer(line.norm, match.end(), end)
    cuts = [match.end(), *(p for m in nexts for p in m.span()), end]
    names = [line.text[a:b].strip(" ;,；，") for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    if each:  # the last item ends at its clause's end; the count says how many there are
        names[-1] = re.split(r"[,;，；]", names[-1], maxsplit=1)[0]
        if len(names) != count_figure(match.group("count")):
            return range(0)
        end = cuts[-2] + len(names[-1])
    if not path or not names or any(not n or len(n) > 30 for n in names):
        return range(0)
    record_bodies(facts, path, label, names, count_figure(match.group("count")), False,
                  ref(line.location, line.text[match.start() - len(head): end]))
    return range(match.start() - len(head), end)
