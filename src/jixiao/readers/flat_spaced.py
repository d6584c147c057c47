"""Cutting a line whose cells are separated by single spaces: a form's row, a score list, a header row,
with spaced dates kept whole and words split by a space rejoined.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.cells import AMOUNT_OR_RATE_KINDS, Kind, code_before, kind
from jixiao.readers.extract.joined_levels import joined_levels
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.flat_captions import is_caption
from jixiao.readers.flat_column_numbers import column_number
from jixiao.readers.flat_glued_scores import unglued_scores
from jixiao.readers.flat_worded_rows import worded_row
from jixiao.readers.flat_words import CLAUSE, MARKER, column_role, form_words, longest_word
from jixiao.readers.fused_money import GuessedCell
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import HAN, compact, match_text

_VALUE_CELL = re.compile(rf"(?:[≥≤><=]\s*)?[-−]?{WRITTEN_FIGURE}\s*(?:%|[^\d\s,.;:]{{1,4}})?|[—/\-]+")

_MARKED = re.compile(r"(?<=[^\s(（])[(（][A-Za-z][^()（）]{0,11}[)）]$")  # "（A）", "（D/C×100%）" ending a cell

_UNIT_CELL = re.compile(r"^[(（]\s*(万元|元|亿元|分|%)\s*[)）]$")

_WEIGHTED_NAME = re.compile(r"[\u4e00-\u9fff][(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")

# (a year's month, a month's day: "≤10月 9月" are a target and an actual, two cells)
SPACED_DATE = re.compile(r"(?<=(?:19|20)\d\d)\s+(?=年)|(?<=\d)\s+(?=[月日](?![\u4e00-\u9fff]))"
                          r"|(?<=年)\s+(?=\d{1,2}\s*月)|(?<=月)\s+(?=\d{1,2}\s*日)")


# a sign spaced off its figure ("100.00 %", "≥ 90 %"): one cell with the figure, never a cell of its own — unless
# the line writes its percents joined ("10 % 100 93.4 93.4%": the lone sign is the 计量单位 column's cell)
_SPACED_PERCENT = re.compile(r"(?<=\d)\s+(?=[%％](?:\s|$))")
_JOINED_PERCENT = re.compile(r"\d[%％]")
# ...but a sign spaced off a figure right after a joined percent is that figure's, a target and its actual ("≥90%
# 93 %": a row with a 计量单位 column writes neither with its sign)
_PAIRED_PERCENT = re.compile(r"(\d[%％]\s+[≥≤＞＜><=＝]?\d[\d.]*)\s+(?=[%％](?:\s|$))")
_SPACED_COMPARATOR = re.compile(r"((?:^|\s)[≥≤＞＜><=＝])\s+(?=\d)")
# a target and its actual in one cell joined by an arrow ("≥26项 → 27项" under "指标值→完成值"): one cell, the
# arrow never a cell of its own (extract/stacked_pairs cuts it there)
_SPACED_ARROW = re.compile(r"(?<=\S) +([→⟶]) +(?=\S)")
# a cell naming both levels with a mark between them ("产出指标 > 数量指标" under 指标层级): one cell, never three
# (extract/joined_levels cuts it there); only a 一级 before and a 二级 after the mark are joined. (A match opens
# where a word does, as the one before ends on a word's end: tried inside a long word, each start walked the word
# to its end, a 24,000-character word of a flattened row 6 s.)
_SPACED_PATH = re.compile(r"(?<!\S)(\S+) +([>＞›/\-]) +(\S+)")


def _level_path(match: re.Match[str]) -> str:
    joined = "".join(match.groups())
    return joined if len(joined_levels(joined)) == 2 else match.group()


def spaced_cells(text: str) -> list[str] | None:
    """A row or a whole form on one line, its cells separated by single spaces."""
    if len(text.split(None, 1)) < 2:
        # one part (most lines of prose): no score glued twice (each but the first after a space), nothing spaced off,
        # so one part still, and no row of one part is read so (below)
        return None
    text = unglued_scores(text)
    if (" %" in text or " ％" in text):
        text = _PAIRED_PERCENT.sub(r"\1", text) if _JOINED_PERCENT.search(text) else _SPACED_PERCENT.sub("", text)
    if "≥ " in text or "≤ " in text or "= " in text or "> " in text or "< " in text or "＞ " in text or "＜ " in text:
        text = _SPACED_COMPARATOR.sub(r"\1", text)
    if "→" in text or "⟶" in text:
        text = _SPACED_ARROW.sub(r"\1", text)
    if " > " in text or " ＞ " in text or " / " in text or " - " in text or " › " in text:
        text = _SPACED_PATH.sub(_level_path, text)
    parts = text.split()
    if len(parts) < 3:  # (no row of two cells or fewer is read so: most lines of prose, one part, stop here)
        return _goal_pair(parts)
    if len(parts) % 2 == 0 and len(parts) <= _PAIRS and _label_pairs(parts):
        return parts  # "主管部门及代码 [231]某镇人民政府 实施单位 某镇环卫所": labels, each with its value
    if "年" in text or "月" in text:  # a PDF text layer spaces its figures out: "2022 年市级…",
        parts = SPACED_DATE.sub("", text).split()  # "2023 年 3 月 9 日" (a line with no inner space has none)
    if CLAUSE.search(text):  # (a clause mark: a row's scoring sentence, or prose)
        criteria = _criteria_row(parts) or _weighted_criteria_row(parts) or _rule_first_row(parts)
        if criteria is not None:
            return criteria
    if text.endswith(("：", ":")) and EMPTY_SLOT.fullmatch(parts[-1]) \
            and all(kind(p) in (Kind.LEVEL1, Kind.LEVEL2) for p in parts[:-1]):
        return parts  # "项目效益（35分） 经济效益指标 指标1：": a template's empty slot under its levels
    worded = worded_row(parts, _VALUE_CELL)  # "质量指标 某某竞赛 提高普及率 稳步提升 6": words as target and actual
    if worded is not None:
        return worded
    four = len(parts) == 4 and all(_VALUE_CELL.fullmatch(match_text(p)) for p in parts[2:])
    if len(parts) < 5 and not four:  # four parts ending in two figures: a row whose name and level carry them
        return _short_row(parts)
    # a word with its column letter or formula counts ("全年预算数（A）", "预算执行（E/C×100%）")
    words = sum(1 for p in parts
                if form_words().fullmatch(compact(_MARKED.sub("", p))) or _UNIT_CELL.match(match_text(p)))
    # a header cell with its circled column number ("年中调整金额②", "支出实现率(%)⑤=④/③") counts too
    if _ANY_CIRCLED.search(text):
        words += sum(1 for p in parts if column_number(p) is not None)
    values = sum(1 for p in parts if _VALUE_CELL.fullmatch(match_text(p)))
    values += sum(1 for p in parts[1:3] if _WEIGHTED_NAME.search(p))  # "苗木出圃时间（10分）": a name and its weight
    # a row led by its level cells, a scoring note among its figures:
    # "项目决策（10分） 项目立项 立项依据 5 符合政策，得5分 5"
    led = values >= 2 and any(kind(p) in (Kind.LEVEL1, Kind.LEVEL2) for p in parts[:2])
    # a row of figures: "污水治理村数 ≥6个 6个 10 10 <a note, which may hold commas>"
    if words < 3 and not values and (_money_header(parts) or _money_upper_header(parts)):
        # "资金构成 年初预算 本年追加 … 执行数 执行率", "资金类别 预算资金（万元） 执行率 评分 备注"
        return _rejoin(parts)
    if words < 3 and not led and (values < 2 or any(CLAUSE.search(p) for p in parts[:-_notes(parts)])) \
            and not _listed_cells(parts, values):
        return parts if _list_header(parts) else None
    return _rejoin(parts)


def _notes(parts: list[str]) -> int:
    """How many parts end a row of figures as its notes, each of which may hold commas: the last, or the last two
    right after a figure where a form has both note columns (偏差原因 | 改进措施: "某指标 ≥1.2万亩 1.15万亩 7.5 7
    某原因，某情况 某措施，某时限")."""
    tail = parts[-3:]
    two = len(parts) >= 5 and _VALUE_CELL.fullmatch(match_text(tail[0])) is not None \
        and not any(_VALUE_CELL.fullmatch(match_text(p)) for p in tail[1:])
    return 2 if two else 1


_LISTED = 6  # characters of a short cell that lists words with a comma ("定时,到 位" of a 定性 target)
_STREAM = 6  # figures on a line of rows at least


def _listed_cells(parts: list[str], values: int) -> bool:
    """Rows run on one line whose clause marks sit only inside short cells ("清运 定时,到 位 4 定时,到 位 4"): a
    定性 target or actual listing two words, among ``_STREAM`` figures or more — rows, not a sentence."""
    clauses = [p for p in parts if CLAUSE.search(p)]
    return values >= _STREAM + 2 * len(clauses) and all(len(p) <= _LISTED for p in clauses)


_PAIRS = 8  # parts of a line of label and value pairs at most (a form's head: four labels a row)


def _label_pairs(parts: list[str]) -> bool:
    """Every other part a form's label (项目名称, 主管部门及代码, 实施单位 …) and each part after one its value (a
    count after a staff label: "编制数（人） 86 实有人数（人） 81"; a figure after a money label, each label whole:
    "执行率分值 10分 执行率得分 9.64分")."""
    fields = [label_field(label) or (_MONEY if money_role(label) else None) for label in parts[::2]]
    return None not in fields and not any(
        label_field(value) or (kind(value) is not Kind.TEXT
                               and not (field in _COUNTED and kind(value) is Kind.NUMBER)
                               and not (field == "year" and _YEAR.fullmatch(value))
                               and not (field == _MONEY and kind(value) in AMOUNT_OR_RATE_KINDS))
        for field, value in zip(fields, parts[1::2], strict=True))


_COUNTED = frozenset({"unit.staff_establishment", "unit.staff_total"})
_YEAR = re.compile(r"(?:19|20)\d{2}(?:年度?)?")  # a year label's value: "项目年份 2019"
_MONEY = "money"  # a key-value grid's money label, beside its figure ("年初预算数（万元） 420.00")


def money_pair(parts: list[str]) -> bool:
    """A money label and its figure, a line's two parts ("预算执行率 100%", "执行率分值 10"): a key-value list."""
    return len(parts) == 2 and kind(parts[1]) in AMOUNT_OR_RATE_KINDS and money_role(parts[0]) is not None


def _goal_pair(parts: list[str]) -> list[str] | None:
    """"年度总体目标 全镇26个行政村实现常态化保洁，…。": the goal row's label and its sentence (a clause: no column
    word such as 实际完成情况, which a goal table's header writes after it); else None."""
    if len(parts) == 2 and pattern("goal_row").match(compact(parts[0])) and CLAUSE.search(parts[1]):
        return parts
    return None


_POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?分?")
_REASON = 12  # characters in a short note after the points (已完成, 无偏差)
_LEAD = 3  # level and name cells before the values


def _criteria_row(parts: list[str]) -> list[str] | None:
    """An indicator row with its scoring sentence between the values and the points: "[一级 二级] 某指标 9个 9个
    本指标满分6分,…扣完为止。 6 6 [已完成]" — up to three name cells, a target and an actual (figures), the sentence
    (its clause marks; its own spaces kept), the weight and the score (score ≤ weight ≤ 100) and maybe a short note.
    A row the text's end cut inside its sentence keeps the cells it has. None for any other line."""
    at = next((v for v in range(1, min(_LEAD, len(parts) - 3) + 1)
               if all(_figure(p) for p in parts[v: v + 2])), None)
    if at is None or not _names(parts[:at]):
        return None
    body, note = _noted(parts[at + 2:], 4)
    points = body[-2:] if len(body) >= 3 and all(_POINTS.fullmatch(p) for p in body[-2:]) else []
    if points and Decimal(points[1].rstrip("分")) > Decimal(points[0].rstrip("分")):
        return None  # a score above its weight: no such row
    words = body[: len(body) - len(points)]
    sentence = " ".join(words)
    # (a figure opening or closing it: the points come before a note, "15 12.6 某原因，…", another shape)
    if len(sentence) < 8 or not CLAUSE.search(sentence) or (note and not points) \
            or any(_figure(p) or _POINTS.fullmatch(p) for p in {words[0], words[-1]}):
        return None
    return [*parts[: at + 2], sentence, *points, *note]


def _names(parts: list[str]) -> bool:
    """The level and name cells before a row's values: no figure, no clause, none longer than a name."""
    return not any(_figure(p) or CLAUSE.search(p) or len(p) > 40 for p in parts)


def _noted(rest: list[str], least: int) -> tuple[list[str], list[str]]:
    """The parts after a row's values and the short note ending them (已完成, 无偏差), when ``least`` parts or more
    are left and the last is such a note."""
    note = rest[-1:] if len(rest) >= least and len(rest[-1]) <= _REASON and not CLAUSE.search(rest[-1]) \
        and not _figure(rest[-1]) else []
    return rest[: len(rest) - len(note)], note


def _weighted_criteria_row(parts: list[str]) -> list[str] | None:
    """An indicator row whose weight comes before its values and its scoring sentence before its score (三级指标 |
    分值 | 年度指标值 | 全年实际值 | 得分计算方法 | 得分): "某指标 10 ≥95% 93.1% 完成值达到指标值，记满分；… 9.8"
    — up to three name cells, the weight (a bare figure), a target and an actual, the sentence, the score (within
    the weight) and maybe a short note. None for any other line."""
    at = next((v for v in range(1, min(_LEAD, len(parts) - 4) + 1)
               if _POINTS.fullmatch(parts[v]) and all(_figure(p) for p in parts[v + 1: v + 3])), None)
    if at is None or not _names(parts[:at]):
        return None
    body, note = _noted(parts[at + 3:], 3)
    if len(body) < 2 or not _POINTS.fullmatch(body[-1]) \
            or Decimal(body[-1].rstrip("分")) > Decimal(parts[at].rstrip("分")):
        return None  # no score, or a score above its weight: no such row
    words = body[:-1]
    sentence = " ".join(words)
    if len(sentence) < 8 or not CLAUSE.search(sentence) or any(_figure(p) for p in {words[0], words[-1]}):
        return None
    return [*parts[: at + 3], sentence, body[-1], *note]


def _rule_first_row(parts: list[str]) -> list[str] | None:
    """An indicator row whose scoring sentence comes between its weight and its values (三级指标 | 分值 | 评分标准 |
    年度指标值 | 实际完成值 | 得分): "某指标 5 达到目标值得满分，每低1个百分点扣0.5分 ≥95% 96.2% 5" — up to three name
    cells, the weight (a bare figure), the sentence (its clause marks; its own spaces kept), a target and an actual
    (both figures, or both short words: "合理 合理") and the score (within the weight). A sentence rejoined from
    several parts is a guess. None for any other line (a mixed pair, a note after the score: no reading or
    several)."""
    at = next((v for v in range(1, min(_LEAD, len(parts) - 5) + 1) if _POINTS.fullmatch(parts[v])), None)
    if at is None or not _names(parts[:at]):
        return None
    words, target, actual, score = parts[at + 1: -3], parts[-3], parts[-2], parts[-1]
    sentence = " ".join(words)
    if not _POINTS.fullmatch(score) or Decimal(score.rstrip("分")) > Decimal(parts[at].rstrip("分")) \
            or len(sentence) < 8 or not CLAUSE.search(sentence) or any(_figure(p) for p in {words[0], words[-1]}):
        return None
    figures = [_figure(target), _figure(actual)]
    if figures == [False, False]:
        if any(len(p) > _PAIR_WORD or CLAUSE.search(p) for p in (target, actual)):
            return None
    elif figures != [True, True]:
        return None  # a figure beside a word: the sentence's last word, or a value, no one reading
    cells = [*parts[: at + 1], sentence, target, actual, score]
    return [GuessedCell(cell) for cell in cells] if len(words) > 1 else cells


_PAIR_WORD = 6  # characters of a 定性 target or actual ("合理", "基本规范")


def _figure(part: str) -> bool:
    """A value cell with a figure: "9个", "≥95%", "100"."""
    return any(c.isdigit() for c in part) and _VALUE_CELL.fullmatch(match_text(part)) is not None


# the rate's points under a money block: "预算执行率分值 10 得分 9.84" (its label and weight, then the score's)
RATE_POINTS = re.compile(r"^(?:预算)?执行率(?:分值|权重|满分)$")
RATE_SCORE = re.compile(r"^(?:预算)?(?:执行率)?得分$")


def _short_row(parts: list[str]) -> list[str] | None:
    """A row label and its figures on a short line: two with an amount or a rate among them
    ("地方财政资金（万元） 3 6.400000", the rest of the row on the next line), three ("合计 100 100 96"),
    or two and a note ("立项程序 4 3 程序规范，缺少论证扣1分"); a numbered row of a score list
    ("3 三公经费控制率 10 10") with figures of any kind; a score list's header; the rate's points under a money
    block ("预算执行率分值 10 得分 9.84"): its cells; else None."""
    if len(parts) >= 3 and _list_header(parts):
        return parts
    if len(parts) == 4 and "执行率" in parts[0] and RATE_POINTS.match(parts[0]) and RATE_SCORE.match(parts[2]) \
            and _FIGURE_CELL.fullmatch(parts[1]) and _FIGURE_CELL.fullmatch(parts[3]):
        return parts
    numbered = _numbered(parts)
    label = parts[1:] if numbered else parts
    if len(label) < 3 or _VALUE_CELL.fullmatch(match_text(label[0])) or CLAUSE.search(label[0]):
        return None
    noted = len(label) == 4 and len(label[3]) > 3 and not _VALUE_CELL.fullmatch(match_text(label[3]))
    figures = [match_text(p) for p in label[1: 3 if noted else None]]
    placeholder = _TEMPLATE_NUMBERED.match(label[0]) is not None  # "指标1:全市安全度汛 10 10" under a wrapped level
    if all(_FIGURE_CELL.fullmatch(f) for f in figures) and (
            numbered or noted or placeholder or len(figures) >= 3 or any("." in f or "%" in f for f in figures)):
        return parts
    return None


_ROW_NUMBER = re.compile(r"[1-9]\d{0,2}")
_TEMPLATE_NUMBERED = re.compile(r"指标\s*\d{1,2}\s*[:：]\s*\S")  # the central template's "指标1：" before a name
EMPTY_SLOT = re.compile(r"指标\s*\d{1,2}\s*[:：]")  # the same "指标1：" with nothing after it: an empty slot
_FIGURE_CELL = re.compile(rf"{WRITTEN_FIGURE}%?")
_LIST_HEAD = 8  # characters in a header word of a score list (评价指标, 指标名称)


def _numbered(parts: list[str]) -> bool:
    return len(parts) >= 4 and _ROW_NUMBER.fullmatch(parts[0]) is not None


def spaced_row(cells: list[str]) -> bool:
    """A score list's header or numbered row cut at single spaces: one row, as the source wrote it."""
    if len(cells) < 3:
        return False
    return _list_header(cells) or (_numbered(cells) and _FIGURE_CELL.fullmatch(cells[-1]) is not None)


def _money_header(parts: list[str]) -> bool:
    """A money block's header whose words are not the form's own ("年初预算 本年追加 调整后预算 执行数"): short parts,
    an executed column and a budget column among them (lexicon money_columns)."""
    if any(len(p) > _LIST_HEAD + 4 for p in parts):
        return False
    found = {money_role(p) for p in parts}
    return "executed" in found and bool({"initial", "adjusted"} & found)


def _money_upper_header(parts: list[str]) -> bool:
    """The upper row of a money block's two-row header ("资金类别 预算资金（万元） 执行率 评分 备注", the amounts' own
    words on the row below): short parts, each a money caption or a money column, a caption and two columns among
    them."""
    if len(parts) < 4 or any(len(p) > _LIST_HEAD + 4 for p in parts):
        return False
    captions = sum(1 for p in parts if is_caption(p))
    columns = sum(1 for p in parts if not is_caption(p) and money_role(p) is not None)
    return captions >= 1 and columns >= 2 and captions + columns == len(parts)


def _list_header(parts: list[str]) -> bool:
    """"序号 评价指标 分值 得分": every part names an indicator column, a name column and a weight or
    score column among them (the columns of a bare score list)."""
    if any(len(p) > _LIST_HEAD for p in parts):
        return False
    found = [column_role(p) for p in parts]
    return None not in found and bool({"name", "name_weak"} & set(found)) and bool({"weight", "score"} & set(found))


def _rejoin(parts: list[str]) -> list[str]:
    """Spaces also sit inside cells: "一级 指标", "年度 总体 目标", "(万元)" after its caption, a table's number
    before its caption ("表1 产出指标完成情况", which would otherwise open the header as a column of actuals)."""
    out: list[str] = []
    words = form_words()
    whole = [bool(words.fullmatch(p)) for p in parts]  # each part tested once
    longest = longest_word()
    outline = _outline_numbers(parts)
    i = 0
    while i < len(parts):
        if i in outline:  # "1.1 预算执行": a level's or an indicator's outline number, one cell with its name
            out.append(f"{parts[i]} {parts[i + 1]}")
            i += 2
            continue
        joined = None
        for width in (4, 3, 2):
            if i + width > len(parts) or any(whole[i: i + width]):
                continue
            piece = "".join(parts[i: i + width])
            if len(piece) <= longest and words.fullmatch(piece):
                joined = (piece, width)
                break
        if joined:
            out.append(joined[0])
            i += joined[1]
            continue
        if TABLE_NUMBER.fullmatch(parts[i]) and i + 1 < len(parts) and not whole[i + 1] \
                and not _VALUE_CELL.fullmatch(match_text(parts[i + 1])):
            out.append(f"{parts[i]} {parts[i + 1]}")  # "表1 产出指标完成情况": a table's caption, not a column
            i += 2
            continue
        note = _split_note(parts, i)
        if note is not None:  # "得分 (20 分*执行率)": a bracketed note a space cut, back on its word
            if out and words.fullmatch(out[-1]):
                out[-1] += note[0]
            else:
                out.append(note[0])
            i += note[1]
            continue
        if parts[i] in _CIRCLED and i + 1 < len(parts) and not _VALUE_CELL.fullmatch(match_text(parts[i + 1])):
            out.append(parts[i] + parts[i + 1])  # "① 项目支出": a row's label after its circled number, one cell
            i += 2
            continue
        out.append(parts[i])
        i += 1
    return out


_OUTLINE = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){0,3}")


def _outline_numbers(parts: list[str]) -> set[int]:
    """The parts that are outline numbers before a name ("1 产出指标 1.1 预算执行 1.1.1 预算执行率 …"): a number with
    two dots or more, or one the row's next numbered name extends ("1" before "1.1", "1.2" before "1.2.1"), or one
    extending the row's number before it; a template's code before a level or a name ("C1 数量指标 C1-2 某某场次",
    :func:`~jixiao.readers.cells.code_before`). A lone "9 一处古建筑雨季停工" (a score before its note) is none."""
    coded = {k for k in range(len(parts) - 1) if "A" <= parts[k][:1] <= "Z" and code_before(parts[k], parts[k + 1])}
    numbered = [k for k in range(len(parts) - 1) if parts[k][:1].isdigit() and _OUTLINE.fullmatch(parts[k])
                and HAN.match(parts[k + 1]) and not _VALUE_CELL.fullmatch(match_text(parts[k + 1]))]
    if not numbered:
        return coded
    out = coded | {k for k in numbered if parts[k].count(".") + parts[k].count("．") >= 2}
    for a, b in pairwise(numbered):
        if b == a + 2 and parts[b].replace("．", ".").startswith(parts[a].replace("．", ".") + "."):
            out |= {a, b}
    return out


_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩")
_ANY_CIRCLED = re.compile("[①-⑳]")
TABLE_NUMBER = re.compile(r"附?表\d{1,2}")


def _split_note(parts: list[str], i: int) -> tuple[str, int] | None:
    """A bracketed note cut by spaces ("(20" / "分*执行率)"): the note whole and the parts it takes."""
    if not parts[i].startswith(("(", "（")) or ")" in parts[i] or "）" in parts[i]:
        return None
    for width in (2, 3):
        piece = "".join(parts[i: i + width])
        if i + width <= len(parts) and MARKER.fullmatch(piece):
            return piece, width
    return None
