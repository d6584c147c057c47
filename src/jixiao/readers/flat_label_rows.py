"""Reading a form's label cells (项目名称, 主管部门, 自评总分 …) from flattened text: each label pairs
with the cell after it, and a row of labels with the row of values under it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import VALUE_CELL_KINDS, Kind, kind, number
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.extract.totals import grade_word
from jixiao.readers.flat_captions import is_caption
from jixiao.readers.flat_goal_breaks import rejoined_goals
from jixiao.readers.flat_headers import header_at
from jixiao.readers.flat_table_cells import (
    HEADER_SPAN,
    FlatTable,
    header_role,
    is_goal,
    is_label,
    next_filled,
    structural,
)
from jixiao.readers.flat_token import Token
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import HAN, compact, match_text
from jixiao.readers.ticked import ticked_grade

_TWO_SENTENCES = re.compile(r"([^。]{8,}。)\s*([^。]{8,}。?)")


def labels_at(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """A label and the cell after it (项目名称 | X); a goal row with its sub-headers and texts."""
    text = tokens[i].text
    if is_goal(text):
        j = i + 1
        heads = [text]
        while j < len(tokens) and j - i < HEADER_SPAN and is_goal(tokens[j].text):
            heads.append(tokens[j].text)
            j += 1
        labelled = (len(heads) > 1 and pattern("goal_label").match(compact(heads[0])) is not None) \
            or _spans_goal_columns(heads)
        columns = heads[1:] if labelled else heads
        want = len(columns) if len(columns) > 1 else 2
        j = _past_points(tokens, j)
        values: list[Token] = []
        while j < len(tokens) and len(values) < want and not structural(tokens[j].text) \
                and header_at(tokens, j) is None:
            if tokens[j].text:
                values.append(tokens[j])
            j += 1
        if not values or _wrapped_heading(values):
            return i
        rejoined = False
        if want == 2 and len(values) == 2:  # two sentences a space broke apart, else goals numbered pair by pair
            read_to, j = j, rejoined_goals(tokens, j, values)
            rejoined = j > read_to
        if want == 2 and len(values) == 2 and not rejoined:
            j = _numbered_pairs(tokens, j, values)
        if want == 2 and len(values) == 2 and not rejoined:
            j = _numbered_columns(tokens, j, values)
        texts = [v.text for v in values]
        joined: list[int] = [1, 2] if rejoined else []
        if len(values) > want:  # goals numbered row by row: each column's texts joined in their order (a guess)
            texts = ["".join(v.text.strip() for v in values[c::want]) for c in range(want)]
            values, joined = values[:want], list(range(1, want + 1))
        both = _TWO_SENTENCES.fullmatch(texts[0]) if want == 2 and len(texts) == 1 else None
        if both is not None:  # the expected and the actual goal in one cell, one sentence each
            texts, values = [part.strip() for part in both.groups()], values * 2
        label = heads[0] if labelled or len(heads) == 1 else "年度总体目标"
        if len(columns) > 1:
            out.add([label, *columns], [tokens[i].line] * (len(columns) + 1))
        out.add([label, *texts], [tokens[i].line, *[v.line for v in values]], joined)
        out.used.update(range(i, j))
        out.pairs.extend([range(i, j)] * (len(out.rows) - len(out.pairs)))
        return j
    j = next_filled(tokens, i + 1)
    if j >= len(tokens) or structural(tokens[j].text) or header_at(tokens, j) is not None \
            or _SECTION_HEADING.match(tokens[j].text):  # "自评结果" over "一、自评结论": a title, then a heading
        return i
    if _column_heads(tokens, i, j) or _closes_record(tokens, i):
        return i
    below = _score_below_pairs(tokens, i, j)
    if below is not None:  # "自评得分 | 省级财政部门 | 某省财政厅 | 省级主管部门 | 某省某局 | 100"
        out.add([text.rstrip(":： "), tokens[below].text], [tokens[i].line, tokens[below].line], [1])
        out.used.update((i, below))
        out.pairs.append(range(i, i + 1))
        return i + 1
    end = _score_after_full_mark(tokens, i, j)
    if end is not None:  # "总分 | 100 | 99": the full mark and the score, both the total row's
        out.add([text.rstrip(":： "), tokens[j].text, tokens[end].text], [tokens[i].line, tokens[j].line,
                                                                            tokens[end].line])
        out.used.update(range(i, end + 1))
        out.pairs.append(range(i, end + 1))
        return end + 1
    out.add([text.rstrip(":： "), tokens[j].text], [tokens[i].line, tokens[j].line])
    out.used.update(range(i, j + 1))
    out.pairs.append(range(i, j + 1))
    return j + 1


_HEADING_SIZE = 12  # the longest goal column heading a sheet may wrap in two cells ("全年目标实际完成情况")


def _wrapped_heading(values: list[Token]) -> bool:
    """"总体目标 | 总体目标完 | 成情况": two cells after a goal row's label that make one column heading when joined
    (a sheet flattened in storage order wrapped the heading in two): the goal row's texts are elsewhere, none here."""
    for first, second in itertools.pairwise(values):
        joined = compact(first.text + second.text)
        if len(joined) <= _HEADING_SIZE and len(HAN.findall(joined)) == len(joined) and (
                is_goal(joined) or joined.endswith("完成情况")):
            return True
    return False


def _spans_goal_columns(heads: list[str]) -> bool:
    """"年度目标完成情况 | 预期目标 | 目标实际完成情况": a row's heading over its expected and its actual column."""
    keys = [compact(head) for head in heads]
    return len(keys) == 3 and "预期" in keys[1] and "实际" in keys[2]


def _past_points(tokens: Sequence[Token], j: int) -> int:
    """Past a bare figure after a goal row's headings (the row's points, "20"): no goal's text."""
    k = next_filled(tokens, j)
    return k + 1 if k + 1 < len(tokens) and kind(tokens[k].text) is Kind.NUMBER \
        and kind(tokens[k + 1].text) is Kind.TEXT else j


_GOAL_NUMBER = re.compile(r"^\s*(?:目标|任务)?\s*[(（]?(\d{1,2})[)）.、:：]")


def _numbered_pairs(tokens: Sequence[Token], j: int, values: list[Token]) -> int:
    """A goal row one cell a line whose goals are numbered and each written in the expected column, then in the
    actual one ("目标1:…" / "目标1:…" / "目标2:…" / "目标2:…"): the pairs after the first one, read into ``values``
    while each pair's two cells carry the next number; the index after the last pair taken."""
    numbers = [_GOAL_NUMBER.match(v.text) for v in values]
    if numbers[0] is None or numbers[1] is None or numbers[0].group(1) != numbers[1].group(1):
        return j
    expect = int(numbers[0].group(1)) + 1
    while True:
        pair: list[Token] = []
        k = j
        while k < len(tokens) and len(pair) < 2 and not structural(tokens[k].text) and header_at(tokens, k) is None:
            if tokens[k].text:
                pair.append(tokens[k])
            k += 1
        marks = [_GOAL_NUMBER.match(t.text) for t in pair]
        if len(pair) < 2 or any(m is None or int(m.group(1)) != expect for m in marks):
            return j
        values.extend(pair)
        j, expect = k, expect + 1


def _numbered_columns(tokens: Sequence[Token], j: int, values: list[Token]) -> int:
    """A goal row one cell a line whose expected column lists every goal, then its actual column every result, each
    numbered from 1 ("目标1:…" / "目标2:…" / "1.…" / "2.…"): the numbered cells after the first two read, and
    ``values`` put in row order (goal 1, result 1, goal 2, result 2 …) when the numbering starts again at 1 and both
    columns count alike; the index after the last cell taken."""
    if [int(m.group(1)) if (m := _GOAL_NUMBER.match(v.text)) else None for v in values] != [1, 2]:
        return j
    run, marks, end, k = list(values), [1, 2], j, j
    while k < len(tokens) and not structural(tokens[k].text) and header_at(tokens, k) is None:
        if tokens[k].text:
            mark = _GOAL_NUMBER.match(tokens[k].text)
            if mark is None:
                break
            run.append(tokens[k])
            marks.append(int(mark.group(1)))
            end = k + 1
        k += 1
    half = len(run) // 2
    if len(run) % 2 or marks[:half] != list(range(1, half + 1)) or marks[half:] != marks[:half]:
        return j
    values[:] = [cell for pair in zip(run[:half], run[half:], strict=True) for cell in pair]
    return end


_HEAD_CELL = 16  # characters of a column's heading


def _column_heads(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"项目名称" at a line's start, then "| 上级补助资金" / "| 资金计划" / "| 资金到位情况" one a line, each after its
    rule: a row of column headings (a money table's, its first column naming projects), no label and its value."""
    follow = tokens[j: j + 3]
    return not tokens[i].celled and len(follow) == 3 and len({t.line for t in follow}) == 3 and all(
        t.celled and kind(t.text) is Kind.TEXT and len(t.text) <= _HEAD_CELL and not is_label(t.text)
        for t in follow)


def _score_after_full_mark(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The token of a total's score written after its full mark ("总分", "100", "99" one cell a line), or None."""
    if label_field(tokens[i].text) != "stated_total" or number(tokens[j].text) != 100:
        return None
    k = next_filled(tokens, j + 1)
    score = number(tokens[k].text) if k < len(tokens) and kind(tokens[k].text) is Kind.NUMBER else None
    return k if score is not None and 0 <= score < 100 else None


_RECORD_CELL = 16  # characters of a record's "实际完成 93.5%" line


def _closes_record(tokens: Sequence[Token], i: int) -> bool:
    """A score label under an indicator's actual-value line ("实际完成93.5%" / "自评得分" / "15": one indicator's
    record, label by label): that indicator's score, not the form's total; or in the bracket right after a score on
    its line ("产出指标得分45分（总分50分）": that score's full mark, never the form's total)."""
    if label_field(tokens[i].text) != "stated_total":
        return False
    if i >= 2 and tokens[i - 1].text.strip() in ("(", "（") and tokens[i - 2].line == tokens[i].line \
            and _SCORE_CELL.fullmatch(match_text(tokens[i - 2].text)):
        return True
    before = next((t.text for t in reversed(tokens[max(0, i - 3): i]) if t.text), "")
    return len(before) <= _RECORD_CELL and cell_role(before) == "actual" and kind(before) is Kind.TEXT


_SCORE_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s*分\s*")


_PAIRS_BETWEEN = 3  # label | value pairs a score's cell may stand before its figure


def _score_below_pairs(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """A form's score label whose figure cell spans the rows beside it: the figure comes after those rows'
    label | value pairs, one of them a known label. The figure's token (its place a guess), or None."""
    if label_field(tokens[i].text) != "stated_total" or kind(tokens[j].text) is not Kind.TEXT:
        return None
    at, labelled = j, False
    for _ in range(_PAIRS_BETWEEN):
        if at + 1 >= len(tokens) or kind(tokens[at].text) is not Kind.TEXT \
                or kind(tokens[at + 1].text) is not Kind.TEXT:
            break
        labelled = labelled or is_label(tokens[at].text) is not None
        at += 2
    if at == j or not labelled or at >= len(tokens) or kind(tokens[at].text) is not Kind.NUMBER:
        return None
    figure = number(tokens[at].text)
    return at if figure is not None and 0 < figure <= 100 else None


_SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_NUMBER_FIELDS = frozenset(("stated_total", "unit.staff_total", "unit.staff_establishment"))


def _grade(text: str) -> bool:
    """Whether ``text`` can be a grade: a grade's word ("优", "良好") or a ticked box ("☑优 □良")."""
    return grade_word(text) is not None or ticked_grade(text) is not None


def _blank_rates(tokens: Sequence[Token], labels: list[int], values: list[int]) -> bool:
    """"编制数 | 实际在职人数 | 控制率" over "14 | 19" and the next block's caption: the rate the form leaves to be
    worked out left blank, the last labels' cells vanished — each label left is a rate's (…率), no value found a
    percent, and at least two values stand under the first labels."""
    return len(values) >= 2 and all(compact(tokens[label].text).endswith("率") for label in labels[len(values):]) \
        and not any("%" in tokens[value].text or "％" in tokens[value].text for value in values)


def label_row(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """A row of labels over a row of values ("编制数 | 实际在职人数 | 控制率" then "42 | 47 | 111.90%"):
    each label with the value under it."""
    labels: list[int] = []
    j = i
    while j < len(tokens) and j - i < HEADER_SPAN and (is_label(tokens[j].text) or not tokens[j].text):
        if tokens[j].text:
            labels.append(j)
        j += 1
    if len(labels) < 2:
        return i
    values: list[int] = []
    while j < len(tokens) and len(values) < len(labels):
        text = tokens[j].text
        if text:
            if structural(text) or kind(text) not in VALUE_CELL_KINDS | {Kind.TEXT} or len(text) > 40 \
                    or is_caption(text) or header_role(text) is not None:
                if _blank_rates(tokens, labels, values):
                    labels = labels[:len(values)]
                    break
                return i  # "主管部门 实施单位 X" / "项目资金" / "年初预算数": an empty value vanished
            values.append(j)
        j += 1
    if len(values) < len(labels):
        return i
    if tokens[values[0]].line == tokens[labels[-1]].line != tokens[values[-1]].line:
        return i  # "主管部门 实施单位 某县水利局" then the next line: a label whose value vanished, not a row of labels
    if any(label_field(tokens[label].text) in _NUMBER_FIELDS and kind(tokens[value].text) is Kind.TEXT
           for label, value in zip(labels, values, strict=True)):
        return i  # "实施单位 自评得分 98 财政审": a score under the score's label, so the first label's value vanished
    if any(label_field(tokens[label].text) == "stated_grade" and not _grade(tokens[value].text)
           for label, value in zip(labels, values, strict=True)):
        return i  # "序号 | 单位名称 | 自评得分 | 自评等级 | 1 | 某县某中心 | …": a list's header, no grade under it
    for label, value in zip(labels, values, strict=True):
        out.add([tokens[label].text, tokens[value].text], [tokens[label].line, tokens[value].line])
        out.pairs.append(range(label, label + 1))
    out.used.update(range(i, j))
    return j
