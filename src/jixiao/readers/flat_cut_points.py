"""Where fused cells are cut and how the cut cells are mended: the cut points at the form's words,
carried rows, sub-rows (其中), slash pairs, a name's unit before its nature, names that start with a
header word or name a unit.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.flat_words import _GAP, _MARKER, _weak_words, _words, is_form_word, pattern_nature
from jixiao.readers.textnorm import compact

_SUB_ROW = re.compile(r"^其中\s*:?\s*")
_DIGIT_RUN = re.compile(r"\d+")


def _slash_pairs(cells: list[str]) -> list[str]:
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


def _carried(plain: str, hits: list[re.Match[str]] | None = None) -> bool:
    """A block's rows carried on from the line before: "412份20质量指标检测报告合格率20…时效指标…" (two
    level words and the rows' figures)."""
    if plain.count("指标") < 2:  # (two level words ending on 指标 hold it twice: most lines do not, and are not cut)
        return False
    found = _cut_points(plain) if hits is None else hits
    return sum(1 for h in found if h.group(0).endswith("指标")) >= 2 and len(_DIGIT_RUN.findall(plain)) >= 4


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _named_after_header(word: str, rest: str) -> bool:
    """One of the form's words that is no label (绩效指标, 执行率, 分值 …) followed by Chinese text only, no
    figure and no other form word: a cell that begins with the word ("绩效指标明确性", a note "执行率略低"),
    not a header with its value run onto it (a value is a figure, "分值10", or follows a label,
    "项目名称X", "年度总体目标X")."""
    if not _CJK_RUN.fullmatch(rest):
        return False
    from jixiao.readers.extract.table_labels import label_field  # here: the extract package imports this module

    key = compact(word)
    return label_field(word) is None and not pattern("goal_row").match(key) and not pattern("form_end").match(key)


def _names_a_unit(word: str) -> bool:
    """项目名称, 主管部门, 实施单位 …: a label whose value is a name (a name may hold figures and brackets)."""
    from jixiao.readers.extract.table_labels import label_field  # here: the extract package imports this module

    return label_field(word) in ("project.name", "unit.supervising_department", "project.implementing_unit",
                                 "unit.name", "unit.upper_supervisor")


def _join_sub_rows(cells: list[str]) -> list[str]:
    """"其中" and the row label after it ("其中：本年财政拨款") are one cell."""
    out: list[str] = []
    for cell in cells:
        if out and re.fullmatch(r"其中\s*[:：]?", out[-1]):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _extend(out: list[str], cells: list[str]) -> None:
    """Add the cells between two words; a bracketed note right after a word ("（分）") stays with it."""
    if out and cells and _MARKER.fullmatch(cells[0]):
        out[-1] += cells.pop(0)
    out.extend(cells)


def _cut_points(plain: str) -> list[re.Match[str]]:
    """The form's words in a line, less the weak ones (执行率, 得分 …) that end indicator names
    ("政府采购执行率"): those cut a cell only where they touch another of the form's words."""
    hits = list(_words().finditer(plain))
    weak = _weak_words()
    keep = []
    for index, hit in enumerate(hits):
        if _OPTION_AFTER.match(plain, hit.end()) and _OPTION_LABEL.fullmatch(hit.group(0)):
            continue  # "评价层次：项目承担单位绩效自评□ 主管部门绩效自评□": check-box options, no labels
        if hit.group(0) in weak:
            before = hits[index - 1] if index else None
            after = hits[index + 1] if index + 1 < len(hits) else None
            touches = (before is not None and _GAP.fullmatch(plain[before.end(): hit.start()])) or (
                after is not None and _GAP.fullmatch(plain[hit.end(): after.start()])) or hit.start() == 0
            if not touches:
                continue
        keep.append(hit)
    return keep


_OPTION_AFTER = re.compile(r"(绩效)?(自评|评价)(?!类型|方式|机构|层次|结论|结果|等级|得分|总分)")
_OPTION_LABEL = re.compile(r"(项目)?(承担|实施|主管|预算)?(单位|部门)")

_NAME_UNIT = re.compile(r"^(.{2,}?)(%|‰|个|人|次|元|万元|篇|件|户|所|项|家|台|套|座|处|场|天|小时|万人|人次|公里"
                        r"|平方米|亩|吨)$")


def _split_unit_before_nature(cells: list[str]) -> list[str]:
    """"资金使用率%" before "定量指标": the indicator's name and its 计量单位 run together; a 是/否 of
    the row before ("否“三公”经费变动率") run onto the next name."""
    out: list[str] = []
    for index, cell in enumerate(cells):
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
        if unit and (pattern_nature(nxt) or (_named_percent(cell) and _percent(nxt)) or _counted_in(unit, nxt)):
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


def _named_percent(text: str) -> bool:
    """"公用经费节支率%": an indicator's name (two Chinese characters at least) with its 计量单位 % run on."""
    return len(text) >= 3 and text.endswith("%") and bool(re.search(r"[\u4e00-\u9fff]{2}", text))


def _percent(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:\.\d+)?%", text))


def _natures_follow(cells: list[str], index: int) -> bool:
    return any(pattern_nature(c) for c in cells[index + 1: index + 3])


def _lead(plain: str) -> int:
    """Where a row's first word may start: after a "其中：" that introduces a sub-row."""
    lead = _SUB_ROW.match(plain)
    return lead.end() if lead else 0
