"""Unit facts stated in prose: internal and subordinate bodies, staff total and its parts."""

from __future__ import annotations

import re

from jixiao.numbers import chinese_numeral
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_COUNT = r"(\d+|[一二三四五六七八九十两]{1,3})\s*(?:个|家|所)"
_INTERNAL = re.compile(r"内设(?:机构|科室|股室|处室|部门)?|设有?(?:科室|股室|处室)|职能(?:科室|股室)")
_SUBORDINATE = re.compile(r"下属|所属|直属|下设|二级单位|下辖(?:事业)?单位")
_NONE = re.compile(r"(无|没有)(下属|所属|直属|二级)")
_LIST_START = re.compile(r"(?:即|分别为|分别是|包括|具体为|为)?\s*:|分别为|分别是|包括|即")
_STAFF_TOTAL = re.compile(
    r"(?:在职(?:在编)?(?:干部)?职工|在职(?:在编)?人员|在编(?:在岗)?人员|实有(?:在职)?人员|现有(?:在职)?(?:职工|人员)|"
    r"干部职工|职工|实有人数|在职人数|工作人员|实有)"
    r"(?:总数|人数)?\s*(?:共计|合计|总计|共有|共|有)?\s*(?:为|是|:)?\s*(\d+)\s*(?:人|名)"
)
_STAFF_PART = re.compile(r"([^,，、;；:：。]+?)\s*(?:人数)?\s*(?:为|有|:|共)?\s*(\d+)\s*(?:人|名)")


def _split_list(text: str) -> list[str]:
    items: list[str] = []
    depth, current = 0, ""
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、,，;；":
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    cleaned = []
    for item in items:
        item = re.sub(r"^(和|及|以及|与)", "", item.strip())
        item = re.sub(r"(等)$", "", item.strip(" 。.；;"))
        if item:
            cleaned.append(item)
    return cleaned


def _count(text: str) -> int | None:
    match = re.search(_COUNT, text)
    if not match:
        return None
    try:
        return chinese_numeral(match.group(1))
    except ValueError:
        return None


_INLINE_LIST = re.compile(
    r"(?:内设|下设|下属|所属|直属)(?:机构|科室|股室|处室|部门|单位|事业单位)?(?:有)?(?P<list>[^,:;。]+?、[^,:;。]+?)(?:等)?\s*"
    r"(?:共)?(?P<count>\d+|[一二三四五六七八九十两]{1,3})\s*个"
)


def _bodies_in(line: Line, sentence_norm: str, offset: int, facts: Facts, path: str, label: str) -> None:
    inline = _INLINE_LIST.search(sentence_norm)
    start = _LIST_START.search(sentence_norm)
    if inline and (not start or inline.start() < start.start()):
        names = _split_list(line.text[offset + inline.start("list"): offset + inline.end("list")])
        source = ref(line.location, line.text[offset + inline.start(): offset + inline.end()])
        if facts.put(path, names, source, label):
            stated = _count(inline.group("count") + "个")
            if stated is not None and stated != len(names):
                facts.warn(f"{label}：{line.location}称有 {stated} 个，但列出了 {len(names)} 个")
        return
    if not start:
        return
    original = line.text[offset + start.end(): offset + len(sentence_norm)]
    names = _split_list(original)
    if not names or any(len(n) > 30 for n in names):
        return
    if facts.put(path, names, ref(line.location, line.text[offset: offset + len(sentence_norm)]), label):
        stated = _count(sentence_norm[: start.start()])
        if stated is not None and stated != len(names):
            facts.warn(f"{label}：{line.location}称有 {stated} 个，但列出了 {len(names)} 个")


_SENTENCE_END = re.compile(r"(?<=[。;])")
_SECOND_LIST = re.compile(r",(?=[^,]*(?:下设|下属|所属|直属))")


def _sentences(line: Line) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _SENTENCE_END.split(line.norm):
        if part.strip():
            out.append((pos, part.rstrip("。;")))
        pos += len(part)
    return out


def _parts(sentence: str) -> list[tuple[int, str]]:
    """A sentence split where a second list of bodies begins ("…4个机构,下设…2个事业单位")."""
    cuts = [m.start() for m in _SECOND_LIST.finditer(sentence)]
    cuts = [c for c in cuts if _INTERNAL.search(sentence[:c])]
    if not cuts:
        return [(0, sentence)]
    cut = cuts[0]
    return [(0, sentence[:cut]), (cut + 1, sentence[cut + 1:])]


def extract_unit_facts(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        for offset, sentence in _sentences(line):
            if _NONE.search(sentence):
                continue
            for part_offset, part in _parts(sentence):
                if _INTERNAL.search(part) and (_LIST_START.search(part) or _INLINE_LIST.search(part)):
                    _bodies_in(line, part, offset + part_offset, facts, "unit.internal_bodies", "内设机构")
                elif _SUBORDINATE.search(part) and (_LIST_START.search(part) or _INLINE_LIST.search(part)):
                    _bodies_in(line, part, offset + part_offset, facts, "unit.subordinate_bodies", "下属机构")
            _staff(line, sentence, offset, facts)


def _staff(line: Line, sentence: str, offset: int, facts: Facts) -> None:
    match = _STAFF_TOTAL.search(sentence)
    if not match:
        return
    source = ref(line.location, line.text[offset: offset + len(sentence)])
    if not facts.put("unit.staff_total", int(match.group(1)), source, "在职人数"):
        return
    rest = sentence[match.end():]
    other = rest.find("其中")
    if other < 0:
        return
    parts = []
    base = offset + match.end() + other + 2
    segment = rest[other + 2:]
    for part in _STAFF_PART.finditer(segment):
        name = line.text[base + part.start(1): base + part.end(1)].strip()
        name = re.sub(r"^(其中|包括|含)\s*", "", name)
        name = re.sub(r"(人数|共|有|为)$", "", name).strip()
        if name:
            parts.append({"name": name, "count": int(part.group(2))})
    facts.put("unit.staff_parts", parts, source, "人员构成")
