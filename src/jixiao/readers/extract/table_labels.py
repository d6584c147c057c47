"""Label | value cells of a form (项目名称, 主管部门, 实施单位, 自评总分 …); its 年度总体目标 rows are
:mod:`.form_goal_rows`'."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import pattern
from jixiao.model import GRADE_SYNONYMS, SourceRef
from jixiao.numbers import to_decimal
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.form_goal_rows import distinct_after, goal_label, goal_row
from jixiao.readers.extract.staff import RETIRED
from jixiao.readers.extract.table_columns import cell_role, money_role
from jixiao.readers.extract.table_total_row import FIGURE_CELL, grade_in_total_row
from jixiao.readers.extract.totals import MAX_TOTAL, full_after, full_in_label, grade_word, grades_in
from jixiao.readers.extract.values import number_in
from jixiao.readers.flat_words import is_form_word, is_form_word_head
from jixiao.readers.label_fields import LABEL_FIELDS, label_field
from jixiao.readers.textnorm import HAN, compact, match_text
from jixiao.readers.ticked import ticked_grade
from jixiao.readers.wrapped_lines import is_page_mark

# "某县水利局（盖章）" / "（单位公章）" / "(签章)": a note for the stamp, not part of the name; so is a
# system export's note of what the name is, at its end ("某市自然资源局(部门)")
SEAL = re.compile(r"\s*[(（\[【]\s*(?:单位)?(?:盖章|公章|签章|印章|章|盖公章|签字|签名)[^)）\]】]{0,6}[)）\]】]\s*"
                   r"|\s*(?:盖章|公章)\s*$|\s*[(（]\s*(?:部门|单位)\s*[)）]\s*$"
                   # "某县发展和改革局本级", "某县司法局部门": a budget system's note of the level after a name
                   r"|(?<=[局委厅办院府署])(?:本级|部门)\s*$")


_INLINE_LABEL = re.compile(r"^([^:：]{2,14})[:：]\s*(\S.{0,40})$")


_DIGIT = re.compile(r"\d")
_STAFF = frozenset({"unit.staff_total", "unit.staff_establishment"})
_COUNT = re.compile(r"\d{1,6}[人名个]?")


def _labels_over_values(table: Table, r: int, row: list[str], facts: Facts) -> bool:
    """A row of staff labels with no figure in it (编制数 | 实有人数 | 其中：管理人员 …) over a row of counts
    (32 | 30 | 5 …): each label's count is the cell below it. True when the row was read so."""
    below = table.rows[r + 1] if r + 1 < len(table.rows) else []
    if not below or any(_DIGIT.search(cell) for cell in row) or any(label_field(cell) for cell in below):
        return False
    at = _total_row(table, r) if compact(below[0]) and not _DIGIT.search(below[0]) \
        and sum(label_field(cell) in _STAFF for cell in row) >= 2 else None
    categories = range(r + 1, at or r + 1)
    if at is not None:  # 类别 | 编制数 | 实有数 over 行政编制 | 48 | 45, 事业编制 …, 合计 | 54 | 50: the 合计 row's
        r, below = at - 1, table.rows[at]
    paths = [(c, label_field(cell)) for c, cell in enumerate(row)]
    found = [(c, path) for c, path in paths
             if path in _STAFF and c < len(below) and _COUNT.fullmatch(compact(below[c]))]
    if len(found) < 2:
        return False
    for c, path in found:
        put_labelled(facts, path, below[c].strip(), cell_ref(table, r + 1, c, below[c]))
        if path == "unit.staff_total":
            _staff_parts(table, categories, c, facts)
    return True


_NAMES = frozenset({"project.name", "unit.supervising_department", "project.implementing_unit", "unit.name"})


def _names_over_values(table: Table, r: int, row: list[str], facts: Facts) -> bool:
    """A two-row block of name labels with no figure in it (项目名称 | 主管部门 | 实施单位) over the names themselves,
    the table's last row: each label's name is the cell below it (two labels at least; a list of projects under such
    a head, several rows, is no such block). True when the row was read so."""
    if r + 2 != len(table.rows) or any(_DIGIT.search(cell) for cell in row):
        return False
    below = table.rows[r + 1]
    if any(label_field(cell) for cell in below):
        return False
    found = [(c, path) for c, cell in enumerate(row)
             if (path := label_field(cell)) in _NAMES and c < len(below) and HAN.search(below[c])]
    if len(found) < 2:
        return False
    for c, path in found:
        put_labelled(facts, path, below[c].strip(), cell_ref(table, r + 1, c, below[c]))
    return True


def _staff_parts(table: Table, categories: range, col: int, facts: Facts) -> None:
    """The category rows over a staff table's 合计 row (行政编制 | 48 | 45, 事业编制 | 16 | 15): each one's 实有 count
    is a part of the staff, when they add up to the total (one category alone, 自收自支 | 45 | 41, its whole)."""
    names: list[str] = []
    counts: list[int] = []
    for k in categories:
        cells = table.rows[k]
        count = compact(cells[col]) if col < len(cells) else ""
        if not _COUNT.fullmatch(count) or not compact(cells[0]):
            return
        names.append(cells[0].strip())
        counts.append(int(count.rstrip("人名个")))
    if counts and sum(counts) == facts.get("unit.staff_total"):
        parts = [{"name": name, "count": count} for name, count in zip(names, counts, strict=True)]
        facts.put("unit.staff_parts", parts, cell_ref(table, categories.start, 0, table.rows[categories.start][0]))


# "在编小计": the 编外 row after it no part; a bare 小计 may be a group's (行政 + 事业, 工勤 after it), so it is the
# total only when no 合计 follows it
_TOTAL_CELL = re.compile(r"^(?:(?:在编|在职)?(?:合计|总计|共计)|(?:在编|在职)小计)$")
_CATEGORY_ROWS = 8  # how far below its labels a staff table's 合计 row may stand


def _total_at(cells: list[str]) -> int | None:
    """Which of a staff table's leading cells (a row's, or a column's down) is its total: the first 合计 (总计,
    在编小计 …), else the first bare 小计."""
    keys = [compact(cell) for cell in cells]
    return next((k for k, key in enumerate(keys) if _TOTAL_CELL.match(key)),
                next((k for k, key in enumerate(keys) if key == "小计"), None))


def _total_row(table: Table, r: int) -> int | None:
    """The 合计 row of a staff table by category under its label row ``r``, its rows between led by a category."""
    firsts: list[str] = []
    for k in range(r + 1, min(r + 2 + _CATEGORY_ROWS, len(table.rows))):
        first = compact(table.rows[k][0]) if table.rows[k] else ""
        if not first or _DIGIT.search(first):
            break
        firsts.append(first)
        if _TOTAL_CELL.match(first):
            break
    at = _total_at(firsts)
    return None if at is None else r + 1 + at


# a cell's paragraphs (a frame's lines around a nested form), or spaced, where the next opens another label: spaces
# inside a value ("项目名称：某某村道路  硬化工程", "主管部门：某  县  某  局") are the value's. A run of spaces is cut
# at its first space only, taken whole (one opening later in the run ends where that one does): a cell holding
# thousands of spaces is walked once, not once from each space
_CELL_LINES = re.compile(r"(?<!\s)(?:\s{2,}+|\u3000+)(?=[^:：\s]{2,14}[:：])")


def _inline_labels(table: Table, r: int, c: int, cell: str, facts: Facts) -> bool:
    """"总分：99分" in one cell, or several such lines in one ("填报单位：X   自评等级：优", a frame cell's
    paragraphs around the form nested in it): each label's value; whether any was read."""
    read = False
    for part in _CELL_LINES.split(cell.strip()):
        inline = _INLINE_LABEL.match(part)
        if inline is not None and (path := label_field(inline.group(1))) not in (None, "none"):
            put_labelled(facts, path, inline.group(2), cell_ref(table, r, c, cell))
            read = True
    return read


def _staff_across(table: Table, r: int, row: list[str], facts: Facts) -> bool:
    """A staff label leading a row of counts under a row of categories with a total among them (项目 | 行政编 |
    事业编 | 工勤 | 在编合计 | 编外 over 核定编制（名） | 38 | 41 | 4 | 83 | —): the label's figure is the total
    column's, and the 实有 row's categories before it are the staff's parts when they add up to it (a column after
    the total, 编外, is none). True when the row was read so."""
    path = label_field(row[0]) if row else None
    if path not in _STAFF:
        return False
    head = next((table.rows[k] for k in range(r - 1, max(r - 3, -1), -1)
                 if table.rows[k] and label_field(table.rows[k][0]) not in _STAFF), None)
    total = _total_at(head[1:]) if head is not None and not any(_DIGIT.search(cell) for cell in head) else None
    if head is None or total is None or total + 1 >= len(row) or not _COUNT.fullmatch(compact(row[total + 1])) \
            or any(RETIRED.search(cell) for cell in head[1: total + 1]):  # 在职 | 离退休 | 合计: no staff total
        return False
    total += 1  # (enumerate from the second cell)
    put_labelled(facts, path, row[total].strip(), cell_ref(table, r, total, row[total]))
    counts = [compact(cell) for cell in row[1:total]]
    if path == "unit.staff_total" and counts and all(_COUNT.fullmatch(count) for count in counts) \
            and sum(int(count.rstrip("人名个")) for count in counts) == facts.get("unit.staff_total"):
        parts = [{"name": head[c].strip(), "count": int(counts[c - 1].rstrip("人名个"))} for c in range(1, total)]
        facts.put("unit.staff_parts", parts, cell_ref(table, r, 1, row[1]))
    return True


def key_values(table: Table, r: int, row: list[str], facts: Facts) -> None:
    if _labels_over_values(table, r, row, facts) or _names_over_values(table, r, row, facts) or _list_head(row) \
            or _staff_across(table, r, row, facts):
        return
    for c, cell in enumerate(row):
        key = compact(cell)
        if goal_label(row, c):  # (the section's and the label's cells out)
            goal_row(table, r, row if c == 0 else ["", "", *row[2:]], facts)
            return
        if _CONCLUSION.match(key):  # "评价结论：综合评分96.85分，评价等级为“优”。" in one cell
            _conclusion(table, r, c, cell, facts)
            continue
        path = label_field(cell)
        if path is None and _inline_labels(table, r, c, cell, facts):  # "总分：99分" in one cell
            continue
        if path is None or path == "none":
            continue
        value = distinct_after(row, c)
        scored = _score_after_full_mark(table, r, c) if path == "stated_total" else None
        if scored is not None:  # "总分 | 100 | 99": the full mark, then the score
            (full, (fr, fc)), (score, (sr, sc)) = scored
            put_labelled(facts, path, score, cell_ref(table, sr, sc, score).model_copy(update={"guessed": True}))
            full_ref = cell_ref(table, fr, fc, full).model_copy(update={"guessed": True})
            facts.put("full_mark", number_in(full), full_ref)
        elif value:
            where = cell_ref(table, r, c + 1, value)
            if path == "stated_total" and _figures_apart(row, c):  # "自评得分 | 10 | 20": maybe a row of scores
                where = where.model_copy(update={"guessed": True})
            put_labelled(facts, path, value, where)
        if path == "stated_total" and (full_mark := full_in_label(cell)) is not None:  # "总分（100分）"
            facts.put("full_mark", full_mark, cell_ref(table, r, c, cell))
        if path == "stated_total":
            grade_in_total_row(table, r, c, facts)


def _list_head(row: list[str]) -> bool:
    """A list's header row, 序号 first ("序号 | 项目名称 | 债券性质 | 债券规模 | 自评分数"): column names, no label
    beside its value (项目名称 is no label whose value is 债券性质)."""
    filled = [cell for cell in row if cell.strip()]
    return len(filled) >= 3 and bool(pattern("column_names.number").fullmatch(compact(filled[0]))) \
        and not any(_DIGIT.search(cell) for cell in filled)


_Placed = tuple[str, tuple[int, int]]  # a cell's text and its (row, column)


def _score_after_full_mark(table: Table, r: int, col: int) -> tuple[_Placed, _Placed] | None:
    """A total row whose header is not in sight ("总分" then "100" then "99"): the first figure is the full mark
    the form prints (100), the next, lower one the score — never the full mark read as the total. The score may
    stand after a label of its own, in the row ("总分 | 100 | 自评得分 | 99") or, the 总分 label's figure alone
    in its row, in the row below ("总分 | 100" over "自评得分 | 99": a flattened row's label pairs)."""
    row = table.rows[r]
    after = [(cell.strip(), (r, c)) for c, cell in enumerate(row) if c > col and cell.strip() and cell != row[col]]
    below = len(after) == 1 and r + 1 < len(table.rows) and not _SCORED.search(compact(row[col]))
    if below:
        after += [(cell.strip(), (r + 1, c)) for c, cell in enumerate(table.rows[r + 1]) if cell.strip()]
    labelled = len(after) >= 3 and _SCORED.search(compact(after[1][0])) and label_field(after[1][0]) == "stated_total"
    if labelled:
        del after[1]  # the score's own label (自评得分) between the full mark and the score
    elif below:
        return None  # the row below opens on no score's label ("1 | 产出指标 | …"): its figure is no score of the total
    figures = after[:2]
    if len(figures) < 2 or not all(FIGURE_CELL.match(match_text(f)) for f, _ in figures):
        return None
    full, score = (number_in(f) for f, _ in figures)
    return (figures[0], figures[1]) if full == 100 and score is not None and score < full else None


_SCORED = re.compile("得分")  # a label naming the score itself (自评得分), not the whole's 总分


def _figures_apart(row: list[str], col: int) -> bool:
    """Whether the label at ``col`` is followed by two or more different figures ("自评得分 | 10 | 20"): the label
    may head a row of indicators' scores in a table on its side, not the total."""
    figures = {number_in(cell) for cell in row[col + 1:] if FIGURE_CELL.match(match_text(cell.strip()))}
    return len(figures) >= 2


_COUNT_CELL = re.compile(r"\D{0,3}\d")
_SCORE = re.compile(r"\s*\d+(?:\.\d+)?\s*分?")
_CONCLUSION = re.compile(r"^(评价结论|自评结论|评价结果|自评结果|绩效评价结论)\S{4,}")


def _conclusion(table: Table, r: int, c: int, cell: str, facts: Facts) -> None:
    """The grade a conclusion cell states in its sentence."""
    norm = match_text(cell)
    found = grades_in(norm)
    if found:
        facts.put("stated_grade", GRADE_SYNONYMS[found[0].group(1)].value, cell_ref(table, r, c, cell))


_FULL_MARK_CELL = re.compile(r"\d+(?:\.0+)?分?")
_FULL_MARK = 100
_BARE_TOTAL = "总分"


def put_labelled(facts: Facts, path: str, value: str, source: SourceRef, weak: bool = False, label: str = "") -> None:
    """A label's value as its field holds it: a score, a count, a grade, or the text (``weak``: a text
    that gives way to another label's; ``label``: the label as written, when the caller has it)."""
    if path == "project.unit":  # 项目单位: the implementing unit on most covers, the supervisor on some
        path, weak = "project.implementing_unit", True
    if path == "unit.upper_supervisor":  # 自治区主管部门: the supervisor only when the form names no other
        if facts.has("unit.supervising_department"):
            return
        path, weak, source = "unit.supervising_department", True, source.model_copy(update={"guessed": True})
    if path == "stated_total":  # "3.部门整体支出…" is a heading; "-1-" a page's number
        number = None if _NUMBERED_HEADING.match(value) or is_page_mark(value) else number_in(value)
        if number is not None and number < MAX_TOTAL:  # above 100 is kept as stated: the checks flag it
            if number == _FULL_MARK and compact(label) == _BARE_TOTAL:
                # "总分：100" beside "自评得分：96.5" (an export's fields): the form's full mark under its 总分 label; a
                # total only until another label states one, and the full mark a guess
                facts.put("full_mark", number, source.model_copy(update={"guessed": True}), weak=True)
                weak = True
            facts.put(path, number, source, weak=weak)
            norm = match_text(value)  # "自评得分：96.5分（满分100分）": the full mark beside it
            full = full_after(norm, stated.end()) if (stated := _SCORE.match(norm)) else None
            if full is not None and number <= to_decimal(full.group(1)) and not facts.has("full_mark"):
                facts.put("full_mark", to_decimal(full.group(1)), source)
    elif path == "full_mark":  # "满分：100": a bare figure, the standard forms' full mark (an indicator's 满分 is
        number = number_in(value) if _FULL_MARK_CELL.fullmatch(compact(value)) else None  # its weight: no label)
        if number == _FULL_MARK:
            facts.put(path, number, source)
    elif path in ("unit.staff_total", "unit.staff_establishment"):
        # the count opens its cell ("128", "共21人"); "人员编制" over "某局现有人员186人，其中…" is a heading
        number = number_in(value) if _COUNT_CELL.match(compact(value)) else None
        if number is not None and number == number.to_integral_value() and number >= 0:
            facts.put(path, int(number), source)
    elif path == "year":
        year = _YEAR.fullmatch(value.strip())
        if year:
            facts.put(path, int(year.group(1)), source)
    elif path == "filed":  # a report's date (报告日期 2022年8月): the year after the one evaluated, a guess
        year = _YEAR.match(value.strip())
        if year:
            facts.put("year", int(year.group(1)) - 1, source.model_copy(update={"guessed": True}), weak=True)
    elif path == "stated_grade":
        word = grade_word(value) or ticked_grade(value)  # "□优 ☑良 □中 □差": the ticked one
        if word:
            facts.put(path, GRADE_SYNONYMS[word].value, source)
    elif not (path == "unit.name" and _NO_UNIT.search(value)) and _fits_text_field(path, value):
        seal = SEAL.search(value) if path in _NAME_FIELDS else None
        if seal is not None and seal.start() >= 2:  # "某局（公章）项目": the stamp's note ends the name
            value = value[: seal.start()]
        if path in _NAME_FIELDS and value.find("。") >= 2:  # "实施单位：某医院。项目主要用于…": a name ends there
            value = value[: value.index("。")]
        if path in BODY_FIELDS:
            value = without_next_label(value)
        facts.put(path, SEAL.sub("", _SYSTEM_CODE.sub("", value)).strip(" ，,。；;*:："), source, weak=weak)


def without_next_label(value: str) -> str:
    """A body's name less the form's next label after a single space, its own cell left empty ("某局 项目类别") or
    cut where the text ends ("某局 项目类"): no part of the name."""
    head, space, last = value.rstrip().rpartition(" ")
    if space and head.strip() and (is_form_word(last) or is_form_word_head(last)):
        return head.rstrip()
    return value


BODY_FIELDS = frozenset(("unit.name", "unit.supervising_department", "project.implementing_unit"))
_NAME_FIELDS = frozenset(("unit.name", "unit.supervising_department", "project.name", "project.implementing_unit"))
# "评价层次：项目承担单位绩效自评□ 主管部门绩效自评□": a check-box option after a label word is no name
_OPTION = re.compile(r"^(绩效)?(自评|评价|考评)")
# "主管部门审核意见：" (a cover's line for the supervisor's opinion) split at the label: an opinion is no name
_OPINION = re.compile(r"(?:审核|复核|审批|审查|评审)?意见[:：]?")


def _fits_text_field(path: str, value: str) -> bool:
    """Whether a label's neighbour can be its value: in a flattened form whose cells came out of order
    (a PDF text layer) the cell after 主管部门 may be 年初预算数, after 实施单位 a fund row's 其中：当年财政拨款
    or a figure. A name holds two Chinese characters and is no label or column header."""
    if path not in _NAME_FIELDS:
        return True
    key = compact(value)
    if len(HAN.findall(key)) < 2 or key.startswith("其中") or label_field(key) is not None or _cut_label(key) \
            or _OPTION.match(key) or _OPINION.fullmatch(key):
        return False
    return not (len(key) <= 8 and (money_role(key) or cell_role(key)))


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """The lexicon's label words ("项目主管单位", "实施单位" …), read out of its patterns' alternations."""
    words: set[str] = set()
    for _, label in LABEL_FIELDS:
        group = re.match(r"\^\(([^()]*)\)", label.pattern)
        if group is not None:
            words.update(w for w in group.group(1).split("|") if re.fullmatch(r"[\u4e00-\u9fff、]+", w))
    return frozenset(words)


def _cut_label(key: str) -> bool:
    """"项目主管单" (a PDF text layer's "项目主管单 位"): a label cut before its last character or two."""
    return len(key) >= 4 and any(w.startswith(key) and 0 < len(w) - len(key) <= 2 for w in _label_words())


_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度?)?")
# "部门 | 预算执行情况" (a fused "部门预算执行情况" cut at 部门): a form's phrase is no unit's name
_NO_UNIT = re.compile(r"(?:执行|完成|开展|基本|使用)情况\s*$|执行率|指标\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff]{2}")
# "[411621023]某镇人民政府": an OA system's code of the unit before its name, not part of it
_SYSTEM_CODE = re.compile(r"^\s*[\[【(（]\s*[0-9A-Za-z][0-9A-Za-z.\-]{3,}\s*[\]】)）]\s*(?=\S)")
