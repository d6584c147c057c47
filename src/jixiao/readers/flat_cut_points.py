"""Where fused cells are cut and how the cut cells are mended: the cut points at the form's words,
carried rows, sub-rows (其中), slash pairs, a name's unit before its nature, names that start with a
header word or name a unit.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_words import (
    GAP,
    MARKER,
    attainment_words,
    form_words,
    is_form_word,
    level_words,
    pattern_nature,
    plain_level2_words,
    weak_words,
)
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

_SUB_ROW = re.compile(r"^其中\s*:?\s*")
DIGIT_RUN = re.compile(r"\d+")


def slash_pairs(cells: list[str]) -> list[str]:
    """"项目实施单位/项目负责人某中心/张某": two labels sharing a cell and their values sharing the next, cut
    at the labels into "项目实施单位 | / | 项目负责人 | 某中心 | / | 张某": each label gets its own value."""
    if "/" not in cells:
        return cells
    out: list[str] = []
    i = 0
    while i < len(cells):
        window = cells[i: i + 6]
        if len(window) == 6 and window[1] == window[4] == "/" and is_form_word(window[0]) \
                and is_form_word(window[2]) and not is_form_word(window[3]) and not is_form_word(window[5]):
            out.extend([window[0], window[3], window[2], window[5]])
            i += 6
            continue
        out.append(cells[i])
        i += 1
    return out


def carried_rows(plain: str, hits: list[re.Match[str]] | None = None) -> bool:
    """A block's rows carried on from the line before: "412份20质量指标检测报告合格率20…时效指标…" (two
    level words and the rows' figures)."""
    if plain.count("指标") < 2:  # (two level words ending on 指标 hold it twice: most lines do not, and are not cut)
        return False
    found = cut_points(plain) if hits is None else hits
    return sum(1 for h in found if h.group(0).endswith("指标")) >= 2 and len(DIGIT_RUN.findall(plain)) >= 4


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,20}")


def named_after_header(word: str, rest: str) -> bool:
    """One of the form's words that is no label (绩效指标, 执行率, 分值 …) followed by Chinese text only, no
    figure and no other form word: a cell that begins with the word ("绩效指标明确性", a note "执行率略低"),
    not a header with its value run onto it (a value is a figure, "分值10", or follows a label,
    "项目名称X", "年度总体目标X")."""
    if not _CJK_RUN.fullmatch(rest):
        return False
    key = compact(word)
    return label_field(word) is None and not pattern("goal_row").match(key) and not pattern("form_end").match(key)


def names_a_unit(word: str) -> bool:
    """项目名称, 主管部门, 实施单位 …: a label whose value is a name (a name may hold figures and brackets)."""
    return label_field(word) in ("project.name", "unit.supervising_department", "project.implementing_unit",
                                 "unit.name", "unit.upper_supervisor")


def join_sub_rows(cells: list[str]) -> list[str]:
    """"其中" and the row label after it ("其中：本年财政拨款") are one cell."""
    out: list[str] = []
    for cell in cells:
        if out and re.fullmatch(r"其中\s*[:：]?", out[-1]):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def extend_cells(out: list[str], cells: list[str]) -> None:
    """Add the cells between two words; a bracketed note right after a word ("（分）") stays with it."""
    if out and cells and MARKER.fullmatch(cells[0]):
        out[-1] += cells.pop(0)
    out.extend(cells)


def cut_points(plain: str, start: int = 0) -> list[re.Match[str]]:
    """The form's words in a line, less the weak ones (执行率, 得分 …) that end indicator names
    ("政府采购执行率"): those cut a cell only where they touch another of the form's words. ``start``: where the
    first word of the line was found (none before it; the words are found left to right, so the same ones follow)."""
    hits = list(form_words().finditer(plain, start))
    weak = weak_words()
    keep: list[re.Match[str]] = []
    for index, hit in enumerate(hits):
        if _OPTION_AFTER.match(plain, hit.end()) and _OPTION_LABEL.fullmatch(hit.group(0)):
            continue  # "评价层次：项目承担单位绩效自评□ 主管部门绩效自评□": check-box options, no labels
        if hit.group(0) in weak:
            before = hits[index - 1] if index else None
            after = hits[index + 1] if index + 1 < len(hits) else None
            touches = (before is not None and GAP.fullmatch(plain[before.end(): hit.start()])) or (
                after is not None and GAP.fullmatch(plain[hit.end(): after.start()])) or hit.start() == 0
            if not touches:
                continue
        if keep and keep[-1].group(0) == "项目名称" and hit.group(0).startswith("项目主管"):
            # "项目名称某某补贴项目主管部门…": a project's name ends on 项目 more often than the next label opens on it
            hit = form_words().match(plain, hit.start() + 2) or hit
        keep.append(hit)
        remarks = _REMARKS.match(plain, hit.end()) if hit.group(0).endswith(_SCORE_HEADS) else None
        if remarks is not None:  # "…指标得分(分)说明天然…": the remarks column's header ends the header run
            keep.append(remarks)
    if "项目" in plain or "管理" in plain:
        keep = sorted([*keep, *_level_hits(plain, hits)], key=lambda hit: hit.start())
    if "预期" in plain:  # (the words below follow a worded attainment: a line without one is not looked at)
        keep = sorted([*keep, *_plain_level_hits(plain, keep)], key=lambda hit: hit.start())
    return keep


_ROW_END = re.compile(r"(?:\d|%|[(（]\d{1,3}(?:\.\d)?分[)）])$")
_NAME_NEXT = re.compile(r"[(（]?[\u4e00-\u9fff]")


def _level_hits(plain: str, hits: list[re.Match[str]]) -> list[re.Match[str]]:
    """An older framework's level words (项目决策, 投入管理, 项目实施 …) in a fused row, where they open a row: right
    after the row before it ends (a figure, a level's "(25分)") or after a header word, a name or a weight
    following; not where they open a name ("财务管理财务管理制度有效性": the second is the name's), nor right after
    a 二级 cell ("经济效益指标项目管理覆盖面": what follows a 二级 is the 三级's name)."""
    ends = {hit.end() for hit in hits}
    after_level2 = {hit.end() for hit in hits if kind(hit.group(0)) is Kind.LEVEL2}
    out = []
    for found in level_words().finditer(plain):
        if found.start() in after_level2 \
                or any(hit.start() < found.end() and found.start() < hit.end() for hit in hits):
            continue
        before = plain[:found.start()].rstrip()
        if (before and found.start() not in ends and not _ROW_END.search(before)) \
                or not _NAME_NEXT.match(plain, found.end()):
            continue
        out.append(found)
    return out


# a value's end: a figure, with a unit or a per-mille sign ("1000件", "0.9‰"), or a yes / no answer ("是")
_VALUE_END = re.compile(r"(?:\d(?:%|‰|[\u4e00-\u9fff]{1,2})?|[是否])$")
_ANSWER = re.compile(r"[是否]")


def _plain_level_hits(plain: str, hits: list[re.Match[str]]) -> list[re.Match[str]]:
    """Rows whose actual is worded as attainment ("…不低于95%达成预期指标产出时效某某率…"): the attainment ends its row
    where it follows a value, and a 二级 word printed without its 指标 (产出时效) opens the next one right after it; a
    yes / no question's name ("…是否明显提高") keeps its answer ("是") apart. Where no attainment is found, nothing
    is cut."""
    taken = [(hit.start(), hit.end()) for hit in hits]
    out: list[re.Match[str]] = []
    for found in attainment_words().finditer(plain):
        if any(a < found.end() and found.start() < b for a, b in taken) \
                or not _VALUE_END.search(plain[:found.start()]) or not _NAME_NEXT.match(plain, found.end()):
            continue
        answer = _ANSWER.match(plain, found.start() - 1)
        if answer is not None and "是否" in plain[max(0, found.start() - 40): answer.start()]:
            out.append(answer)
        out.append(found)
        level = plain_level2_words().match(plain, found.end())
        if level is not None and _NAME_NEXT.match(plain, level.end()):
            out.append(level)
    ends = {hit.end() for hit in hits}
    for level in plain_level2_words().finditer(plain):  # right after a header word or a level ("产出指标产出数量…")
        if level.start() in ends and _NAME_NEXT.match(plain, level.end()) \
                and not any(a < level.end() and level.start() < b for a, b in taken):
            out.append(level)
    return out


_SCORE_HEADS = ("得分", "得分(分)", "分值", "权重", "权重(分)")
_REMARKS = re.compile(r"说明|备注")


_OPTION_AFTER = re.compile(r"(绩效)?(自评|评价)(?!类型|方式|机构|层次|结论|结果|等级|得分|总分)")
_OPTION_LABEL = re.compile(r"(项目)?(承担|实施|主管|预算)?(单位|部门)")

_NAME_UNIT = re.compile(r"^(.{2,}?)(%|‰|个|人|次|元|万元|篇|件|户|所|项|家|台|套|座|处|场|天|小时|万人|人次|公里"
                        r"|平方米|万亩|亩|吨)$")


def split_unit_before_nature(cells: list[str]) -> list[str]:
    """"资金使用率%" before "定量指标": the indicator's name and its 计量单位 run together; a 是/否 of
    the row before ("否“三公”经费变动率") run onto the next name."""
    out: list[str] = []
    skip = 0
    for index, cell in enumerate(cells):
        if skip:
            skip -= 1
            continue
        nxt = cells[index + 1] if index + 1 < len(cells) else ""
        unit_led = _named_percent(cell[1:]) and _percent(nxt)  # "否公用经费节支率%" before "100%"
        after_figures = index > 0 and cells[index - 1].isdigit()  # "…100% | 22 | 否资产管理安全 | 好"
        if len(cell) >= 4 and cell[0] in "是否" and cell[1] not in "是否" \
                and (_natures_follow(cells, index) or unit_led or after_figures):
            out.append(cell[0])
            cell = cell[1:]
        if len(cell) >= 6 and cell[-4:] != (word := _unscrambled(cell[-4:])):  # "健全性性标定指": 定性指标
            out.extend([cell[:-4], word])  # the word as meant: the column only tells its kind
            continue
        unit = _NAME_UNIT.match(cell)
        if unit and nxt == "/" and _per_unit(cells, index):  # "某设备成本元" | / | 件 | 3万元: the name, its
            out.append(GuessedCell(unit.group(1)))  # 计量单位 per unit cut at the slash (the figures carry their units)
            skip = 2
            continue
        if unit and (pattern_nature(nxt) or (_named_percent(cell) and _percent(nxt)) or _counted_in(unit, nxt)
                     or (_figure_run(nxt) and re.search(r"[\u4e00-\u9fff]{2}$", unit.group(1)) is not None)):
            out.extend([unit.group(1), unit.group(2)])
            continue
        out.append(cell)
    return out


_NATURE_WORDS = {"".join(sorted(word)): word for word in ("定性指标", "定量指标", "正向指标", "反向指标")}


def _unscrambled(text: str) -> str:
    """A 指标性质 word whose characters a viewer printed out of order ("性标定指" is 定性指标), else ``text``."""
    return _NATURE_WORDS.get("".join(sorted(text)), text) if "指" in text else text


def _counted_in(unit: re.Match[str], nxt: str) -> bool:
    """"培训次数次" before "26次": a count's name (…数 / …量) with its 计量单位 run on, the unit its figures carry."""
    return unit.group(1).endswith(("数", "量")) and bool(re.fullmatch(r"\d+(?:\.\d+)?" + unit.group(2), nxt))


def _figure_run(text: str) -> bool:
    """"951010010": a row's figures run together with no unit between them (target, weight, actual, score), after
    a name whose 计量单位 ran onto it ("巡护面积万亩")."""
    return len(text) >= 5 and bool(re.fullmatch(r"\d+(?:\.\d+)*", text))


def _named_percent(text: str) -> bool:
    """"公用经费节支率%": an indicator's name (two Chinese characters at least) with its 计量单位 % run on."""
    return len(text) >= 3 and text.endswith("%") and bool(re.search(r"[\u4e00-\u9fff]{2}", text))


def _percent(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:\.\d+)?%", text))


def _natures_follow(cells: list[str], index: int) -> bool:
    return any(pattern_nature(c) for c in cells[index + 1: index + 3])


def row_lead(plain: str) -> int:
    """Where a row's first word may start: after a "其中：" that introduces a sub-row."""
    lead = _SUB_ROW.match(plain)
    return lead.end() if lead else 0


_FIGURE_START = re.compile(r"^[≥≤><=＝]?\d")


def _per_unit(cells: list[str], index: int) -> bool:
    """Whether ``cells[index]`` (a name ending on a unit) and the two after it are a 计量单位 per unit cut at its
    slash ("元/件", "万元/个"), a figure after them."""
    after = cells[index + 2: index + 4]
    return len(after) == 2 and _NAME_UNIT.match("某某" + after[0]) is not None and len(after[0]) <= 3 \
        and _FIGURE_START.match(after[1]) is not None
