"""An indicator form whose cells a document site or viewer ran together with no separator at all:
"…分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标20预算编审管理编制准确率
100%100%55政府采购管理…" (invented) — the header's words fused, then each block's head and weight ("管理指标20"), then
row after row: 二级 name, 三级 name, target, actual and the fused 分值 + 得分 ("55" is 5 and 5), a note glued on.

The form's own constraints split it: the header fixes the column order; a row ends at its fused weight and score
(score ≤ weight), and the weights of a block add up to the weight its head states; a target and an actual are
value-like (figures, comparison words); a row opens on a 二级 name of the templates or the template's "任务1:".
Every cell read this way is a guess (the table's cells are marked guessed); where the pairs of a block cannot be
told apart, the block gives no row, and where a name or a value cannot be cut, the row keeps what was read whole.

A form with no 分值 / 得分 columns ("…三级指标年度指标值全年完成值未完成原因和改进措施产出指标数量指标苗木培育率
100%100%苗圃面积20亩20亩…", invented) ends each row at its target and actual side by side instead: two figures of
one unit, a bare run whose halves are one figure ("00"), a figure and a none ("100%无"), a word said twice ("高高");
with no 总分 row, the template's closing 说明 / 注 rows end the form. A viewer's spaces inside the header's words
("二级 指标三级指标") are let be.

:func:`fused_form_lines` puts such a form on a line of its own (the page chunks a document site numbers "2、" /
"3、" joined back to it); :func:`fused_form_table` reads that line into a :class:`Table`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.document import Table
from jixiao.readers.flat_words import column_role, form_words
from jixiao.readers.own_line_forms import forms_on_own_lines, position
from jixiao.readers.textnorm import HAN

HEADER_KEY = "二级指标三级指标"  # the run-together header's mark: a quick test before any other work
_ROW_ROLES = ("level2", "name", "target", "actual", "weight", "score")  # the order the split reads
_PLAIN_ROLES = _ROW_ROLES[:4]  # a form with no 分值 / 得分 columns: its rows end at their target and actual


@dataclass(frozen=True)
class _Header:
    start: int  # where the header's first word starts on its line
    end: int  # where the rows start
    roles: tuple[str, ...]


def fused_form_lines(text: str) -> str:
    """``text`` with each run-together form that reads on a line of its own, its page chunks joined back to it up
    to the form's 总分 row (:func:`.own_line_forms.forms_on_own_lines`)."""
    if HEADER_KEY not in text and not ("三级" in text and _SPACED_KEY.search(text)):
        return text
    return forms_on_own_lines(text, lambda line: _spaced_header_start(line) if "三级" in line else None,
                              lambda form: _read(form) is not None, _form_end)


_SPACED_KEY = re.compile(r"二 *级 *指 *标 *三 *级 *指 *标")  # a viewer's spaces fall inside the header's words too
_CELL_GAP = re.compile(r"二级指标 +三级指标")


def _spaced_header_start(line: str) -> int | None:
    """Where the run-together header starts on ``line``, a viewer's spaces inside its words ("二级 指标") let be."""
    if HEADER_KEY in line:
        return _header_start(line)
    key = _SPACED_KEY.search(line)
    # (a row of cells a space apart, "二级指标 三级指标 年度指标值 …", is no run-together form)
    if key is None or _CELL_GAP.fullmatch(key.group(0)) or line.count(" ") * 10 > len(line):
        return None
    start = _header_start(line.replace(" ", ""))
    return position(line, start) if start is not None else None


def fused_form_table(line: str, where: str) -> Table | None:
    """The table of a run-together form that opens ``line`` (as :func:`fused_form_lines` leaves it), every cell
    below the header a guess; None when the line holds no such form or no row of it can be read."""
    if HEADER_KEY not in line:
        return None
    rows = _read(line.strip())
    if rows is None:
        return None
    origins = {(r, c): where for r, row in enumerate(rows) for c in range(len(row))}
    guessed = frozenset((r, c) for r, row in enumerate(rows) for c, cell in enumerate(row) if r > 0 and cell)
    return Table(rows, "", origins=origins, guessed=guessed)


def fused_form_header(line: str) -> str:
    """The header of the run-together form that opens ``line``: what the rest of the text sees of the form."""
    header = _header(line.strip())
    return line.strip()[: header.end] if header is not None else line


def _read(form: str) -> list[list[str]] | None:
    """The rows of a form that opens on its run-together header, the header's canonical row first."""
    header = _header(form)
    if header is None or header.start != 0:
        return None
    names = lexicon()["column_names"]
    rows = [[names[role] for role in header.roles]]
    stream = form[header.end:]
    total = _total().search(stream)
    blocks = _blocks(stream[: total.start() if total else _closing(stream)], "level1_weight" in header.roles)
    plain = "weight" not in header.roles
    for level1, weight, body in blocks:
        for cells in (_plain_rows(body) if plain else _block_rows(body, weight)):
            cells = {**cells, "level1": level1, "level1_weight": str(weight) if weight is not None else ""}
            rows.append([cells.get(role, "") for role in header.roles])
    if len(rows) < 3:
        return None
    weights = [weight for _, weight, _ in blocks if weight is not None]
    full = sum(weights, Decimal(0)) if weights and len(weights) == len(blocks) else Decimal(100)
    closing = _total_cells(total, stream, full) if total else None
    if closing is not None:
        rows.append([closing.get(role, "") for role in header.roles])
    return rows


# a grade after the total's figures, standing alone ("…10098中期…" holds none: another text goes on)
_GRADE = re.compile(r"(?:优秀|良好|合格|不合格|优|良|中|差)(?![\u4e00-\u9fff])")


def _form_end(form: str) -> int:
    """Where the form ends: after its 总分 row's figures and grade (another form may follow); its length when no
    total row is found."""
    total = _total().search(form)
    run = _RUN.search(form, total.end()) if total else None
    if run is None:
        return _closing(form) if total is None else len(form)
    grade = _GRADE.match(form, run.end())
    return grade.end() if grade else run.end()


# the template's closing rows of a form with no 总分 row: "说明…" before its "注：1、…" (what 其他资金 holds)
_CLOSING = re.compile(r"(?:说明[^:：]{0,30}?)?(?<!备)注[:：]")


def _closing(form: str) -> int:
    """Where a form with no 总分 row ends: at the template's closing 说明 / 注 rows; its length when there are none."""
    found = _CLOSING.search(form) if "注" in form else None
    return found.start() if found is not None else len(form)


@cache
def _total() -> re.Pattern[str]:
    """The total row's word ("总分10096优") where figures follow it, not inside a name ("总计划…")."""
    return re.compile(f"(?:{pattern('total_row').pattern})(?=\\s*[:：(（]?\\s*\\d)")


def _total_cells(total: re.Match[str], stream: str, full: Decimal) -> dict[str, str] | None:
    """The 总分 row: its word, the full mark and the total when they are fused ("10096": the full mark is the sum
    of the blocks' weights), or the total alone; whatever follows (a grade) in the last column."""
    run = _RUN.search(stream, total.end())
    if run is None:
        return None
    figures, mark = run.group(0), str(int(full)) if full == full.to_integral_value() else str(full)
    grade = _GRADE.match(stream, run.end())
    cells = {"level1": total.group(0), "deviation": grade.group(0) if grade else ""}
    if figures.startswith(mark) and _SPLIT_PIECE.fullmatch(figures[len(mark):]) \
            and Decimal(figures[len(mark):]) <= full:
        return {**cells, "weight": mark, "score": figures[len(mark):]}
    if _SPLIT_PIECE.fullmatch(figures) and Decimal(figures) <= full:
        return {**cells, "score": figures}
    return None


# ---------------------------------------------------------------------------------------------------------
# The header


def _header_start(line: str) -> int | None:
    """Where the run-together header around "二级指标三级指标" starts: with the words before it."""
    found = _header_before(line)
    return found[0] if found is not None else None


def _header_before(line: str) -> tuple[int, list[str]] | None:
    """The words before "二级指标三级指标" (一级 column, block weight): where they start, and their roles."""
    at = line.find(HEADER_KEY)
    if at < 0:
        return None
    before: list[str] = []
    start = at
    while len(before) < 2:  # 分解目标 | 自评权重 (or 一级指标 | 分值) before the 二级 column
        word = _word_ending(line, start)
        role = column_role(word) if word else None
        if word is None or role not in ("level1", "weight") or (role == "weight" and before):
            break
        before.insert(0, "level1_weight" if role == "weight" else "level1")
        start -= len(word)
    return (start, before) if before != ["level1_weight"] else None


def _header(line: str) -> _Header | None:
    """The run-together header around "二级指标三级指标": the words before it (一级 column, block weight) and after it
    (target, actual, weight, score, deviation), each word's role by the lexicon; None unless the roles after the
    name come in the order the split reads."""
    found = _header_before(line)
    if found is None:
        return None
    start, before = found
    roles = [*before, "level2", "name"]
    end = line.find(HEADER_KEY) + len(HEADER_KEY)
    words = form_words()
    while (word := words.match(line, end)) is not None and word.end() > end:
        role = column_role(word.group(0))
        if role is None:
            break
        roles.append(role)
        end = word.end()
    row_roles = tuple(r for r in roles if r in _ROW_ROLES)
    head = _block_head(line, end, "level1_weight" in roles)
    tail = line[end: head[0]] if head is not None else ""
    if 0 < len(tail) <= 12 and column_role(tail) == "deviation":  # 偏差及原因分析: a cell word of no list
        roles.append("deviation")
        end = head[0] if head is not None else end
    plain = row_roles == _PLAIN_ROLES and "level1_weight" not in roles
    if (row_roles != _ROW_ROLES and not plain) or len(roles) != len(set(roles)) \
            or (roles[-1] not in ("score", "deviation", "actual")) or (roles[-1] == "actual" and not plain) \
            or head is None or head[0] != end:
        return None
    return _Header(start, end, tuple(roles))


def _word_ending(line: str, end: int) -> str | None:
    """The longest form word (lexicon cell_words) that ends at ``end``."""
    for length in range(min(end, 8), 1, -1):
        word = line[end - length: end]
        if form_words().fullmatch(word):
            return word
    return None


# ---------------------------------------------------------------------------------------------------------
# Blocks: "管理指标30…", "出标产指25…" (a 一级 word whose characters the site scrambled), "效果指标35…"


@cache
def _level_pattern() -> re.Pattern[str]:
    return pattern("levels.level1")


def _level1(word: str) -> str | None:
    """``word`` as a 一级 name ending in 指标 ("产出指标"), its characters in any order (read back); or None."""
    if len(word) < 4 or "指" not in word or "标" not in word:
        return None
    if word.endswith("指标") and _level_pattern().fullmatch(word):
        return word
    rest = word.replace("指", "", 1).replace("标", "", 1)
    if len(rest) != 2:
        return None
    found = [w for w in (rest + "指标", rest[::-1] + "指标") if _level_pattern().fullmatch(w)]
    return found[0] if len(found) == 1 else None


_WEIGHT = re.compile(r"\d{1,3}(?:\.\d)?(?![\d.%])")


def _block_head(text: str, at: int, weighted: bool = True) -> tuple[int, int, str, Decimal | None] | None:
    """The first block head from ``at`` on: (start, end, 一级 name, weight or None); under a header with no block
    weight column, a 一级 word alone."""
    for start in range(at, len(text) - 3):
        for length in (4, 5):
            word = text[start: start + length]
            name = _level1(word) if HAN.match(word[-1:]) else None
            if name is None or _part_of_level2(text, start, length):
                continue
            weight = _WEIGHT.match(text, start + length)
            if weight is not None:
                return start, weight.end(), name, Decimal(weight.group(0))
            # "…满意度指标" cut off at the page's end: no weight; a 一级 word alone opens a block only before a 二级
            # name ("成本指标" is either: before an indicator's name it is the 二级 one)
            if start + length == len(text) or (not weighted and _level2_at(text, start + length)):
                return start, start + length, name, None
    return None


def _part_of_level2(text: str, start: int, length: int) -> bool:
    """"经济效益指标": the 一级 word 效益指标 closing a 二级 name."""
    return any(_level2_at(text, start - k) == k + length for k in range(1, 7) if start - k >= 0)


def _blocks(stream: str, weighted: bool) -> list[tuple[str, Decimal | None, str]]:
    """The form's blocks: (一级 name, its stated weight, the text of its rows)."""
    out: list[tuple[str, Decimal | None, str]] = []
    head = _block_head(stream, 0, weighted)
    while head is not None:
        nxt = _block_head(stream, head[1], weighted)
        body = stream[head[1]: nxt[0] if nxt is not None else len(stream)]
        if weighted and head[3] is None and body.strip():
            return []  # a block without the weight its column holds: not the form this reads
        out.append((head[2], head[3], body))
        head = nxt
    return out


# ---------------------------------------------------------------------------------------------------------
# Rows: each ends at its fused weight and score


_RUN = re.compile(r"\d+(?:\.\d+)*")
_SPLIT_PIECE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d)?")
_AFTER_VALUE = ("%", "‰", ":", "：", "、", ".")  # "100%", "任务1:": a value or a number, no weight
_BEFORE_VALUE = re.compile(r"(?:[≥≤<>=＞＜]|任务|指标|第|No\.?)$")  # "任务1:", "≥95": no weight


@cache
def units_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon()['value_units']})")


@dataclass(frozen=True)
class Pair:
    start: int
    end: int
    options: tuple[tuple[Decimal, Decimal, str, str], ...]  # (weight, score, weight text, score text)
    weak: bool  # a unit follows: the figures may be a value ("32个别档案…": 3 and 2 before a note, or 32 个)


def _pairs(body: str, block: Decimal | None) -> list[Pair]:
    """The runs of figures in ``body`` that may be a row's fused weight and score."""
    out: list[Pair] = []
    for run in _RUN.finditer(body):
        after, before = body[run.end(): run.end() + 2], body[max(0, run.start() - 3): run.start()]
        if len(run.group(0)) < 2 or after[:1] in _AFTER_VALUE or after.startswith(("以上", "以下", "以内")) \
                or _BEFORE_VALUE.search(before):
            continue
        options = splits(run.group(0), block)
        if options:
            out.append(Pair(run.start(), run.end(), options, units_pattern().match(body, run.end()) is not None))
    return out


def splits(run: str, block: Decimal | None) -> tuple[tuple[Decimal, Decimal, str, str], ...]:
    limit = block if block is not None else Decimal(100)
    out = []
    for cut in range(1, len(run)):
        weight, score = run[:cut], run[cut:]
        if not (_SPLIT_PIECE.fullmatch(weight) and _SPLIT_PIECE.fullmatch(score)):
            continue
        w, s = Decimal(weight), Decimal(score)
        if 0 < w <= limit and s <= w:
            out.append((w, s, weight, score))
    return tuple(out)


_MAX_PAIRS = 24  # candidates of one block looked at (a block holds a dozen rows at most)
_MAX_TRIES = 20_000  # partial choices tried before giving up (a block no real form makes that hard: no row)


def chosen_pairs(body: str, pairs: list[Pair], block: Decimal | None) -> list[tuple[Pair, int]] | None:
    """The pairs that end the block's rows, each with its split: the weights adding up to the block's weight,
    every pair without a unit after it taken and as few with one as may be, text between every two; the one
    such choice, or None (none, or several)."""
    if not pairs or len(pairs) > _MAX_PAIRS:
        return None
    if block is None:
        strong = [(p, 0) for p in pairs if not p.weak and len(p.options) == 1]
        return strong or None
    best: list[tuple[int, list[tuple[Pair, int]]]] = []
    tries = 0

    def walk(k: int, last_end: int, total: Decimal, cost: int, taken: list[tuple[Pair, int]]) -> None:
        nonlocal tries
        tries += 1
        if tries > _MAX_TRIES or (best and cost > best[0][0]) or (len(best) > 1 and cost == best[0][0]) \
                or total > block:
            return
        if k == len(pairs):
            if total == block and taken:
                if best and cost < best[0][0]:
                    best.clear()
                best.append((cost, list(taken)))
            return
        pair = pairs[k]
        if HAN.search(body[last_end: pair.start]):
            for index, option in enumerate(pair.options):
                taken.append((pair, index))
                walk(k + 1, pair.end, total + option[0], cost + pair.weak, taken)
                taken.pop()
        walk(k + 1, last_end, total, cost + (0 if pair.weak else 10), taken)

    walk(0, 0, Decimal(0), 0, [])
    if len(best) != 1 or tries > _MAX_TRIES:
        return None
    return best[0][1]


def _block_rows(body: str, block: Decimal | None) -> list[dict[str, str]]:
    chosen = chosen_pairs(body, _pairs(body, block), block)
    if chosen is None:
        return []
    rows: list[dict[str, str]] = []
    level2 = ""
    at = 0
    for k, (pair, index) in enumerate(chosen):
        text = body[at: pair.start]
        if rows:  # the text after the row before: its note, up to where this row opens
            opens = _row_start(text)
            if opens:
                rows[-1]["deviation"] = _note(text[:opens])
            text = text[opens:]
        cells = _row_cells(text)
        level2 = cells.get("level2") or level2
        weight, score = pair.options[index][2:]
        rows.append({**cells, "level2": level2, "weight": weight, "score": score})
        at = pair.end
        if k == len(chosen) - 1:
            rows[-1]["deviation"] = _note(body[at:])
    return rows


_TASK = re.compile(r"(?:任务|指标)\s*\d{1,2}\s*[:：、.]?")


@cache
def _unit_level2() -> re.Pattern[str]:
    return pattern("levels.unit_level2")


def _level2_at(text: str, at: int) -> int:
    """The length of the 二级 name that opens ``text`` at ``at`` (one ending in 指标 by the lexicon's 二级 words,
    or a whole-unit form's 管理 name), the longest; 0 when none does."""
    for length in range(min(10, len(text) - at), 3, -1):
        word = text[at: at + length]
        if (word.endswith("指标") and pattern("levels.level2").fullmatch(word)) or _unit_level2().fullmatch(word):
            return length
    return 0


def _row_start(text: str) -> int:
    """Where the row opens in the text after the row before (before it: that row's deviation note): at a 二级 name
    or the template's "任务2:"; 0 when neither (no note can be told from the row)."""
    for at in range(len(text)):
        if _level2_at(text, at) or _TASK.match(text, at):
            return at
    return 0


# where a row's value starts after its name: a figure, a comparison, a word of how much or how well
_VALUE_START = re.compile(r"[≥≤<>=＞＜\d]|(?:按规定|按时|按期|不超|不低于|不高于|不少于|不多于|小于|大于|高于|低于|"
                          r"超上年度|超上年|超过|增加|减少|提高|降低|下降|达到|达成|全部|良好|(?<=[率性度数量])无)(?![率度性])")
_NAME_END = "率性度数量"
_ACTUAL_START = re.compile(r"已|全部|达成|完成|实际")


def _row_cells(text: str) -> dict[str, str]:
    """A row's text without its weight and score: 二级 name, 三级 name, target, actual."""
    cells: dict[str, str] = {}
    while True:  # "指标2:时效指标指标1:指标2:成本指标…": the template's empty rows before the row, its 二级 the last
        length = _level2_at(text, 0)
        if length:
            cells["level2"], text = text[:length], text[length:]
            continue
        task = _TASK.match(text)
        if task is None:
            break
        text = text[task.end():]
    twice = _TWICE.search(text, 2)
    if twice is not None and twice.start() >= 2:  # "…验收合格合格": the same words as target and actual
        return {**cells, "name": text[: twice.start()], "target": twice.group(1), "actual": twice.group(1)}
    value = _VALUE_START.search(text, 2)
    if value is None:
        return {**cells, "name": text}
    name, rest = _restated(text[: value.start()], text[value.start():])
    cells["name"] = _measure_tail().sub("", name)
    cells.update(_target_actual(rest))
    return cells


_TWICE = re.compile(r"([\u4e00-\u9fff]{2,8})\1$")


@cache
def _measure_tail() -> re.Pattern[str]:
    """"购置成本台/台": a measure unit column's cell left on the name."""
    units = lexicon()["value_units"]
    return re.compile(f"(?<=[\\u4e00-\\u9fff])(?:{units})/(?:{units})$")


def _note(text: str) -> str:
    """A deviation note without the template's empty rows ("指标2:") left in it, nor a column's word closing it (the
    text of the form's tall first cell, "绩效指标", that a viewer put in the middle of the rows it spans)."""
    note = _TASK.sub("", text).strip()
    word = _word_ending(note, len(note)) if note else None
    return note[: -len(word)] if word is not None and column_role(word) == "name_weak" else note


def _restated(name: str, value: str) -> tuple[str, str]:
    """A value that opens by restating the name's word ("道路、照明" + "道路平整…", "…老年人体检率" + "建档率提高2%"):
    the word goes to the value."""
    for length in (2, 3, 4):
        word, rest = name[-length:], name[:-length]
        if len(rest) < 2 or not all(HAN.match(c) for c in word):
            continue
        listed = word != rest and any(item.startswith(word) for item in rest.split("、"))
        if listed or (word.endswith("率") and rest[-1] in _NAME_END and set(word[:-1]) <= set(rest)):
            return rest, word + value
    return name, value


def _target_actual(value: str) -> dict[str, str]:
    """A target and an actual run together: cut where the value restates its first word ("建档率提高2%…建档率…"), after
    a figure with the rest going on, or before an actual's word (已公开, 全部达成); a value that cannot be cut is a
    target when it holds no figure, else left out (its figure could be either's)."""
    for length in (3, 2):
        word = value[:length]
        again = value.find(word, length) if all(HAN.match(c) for c in word) else -1
        if again > 0:
            return {"target": value[:again], "actual": value[again:]}
    figure = re.compile(rf"[≥≤<>=＞＜]?\d+(?:\.\d+)?(?:%|‰|{units_pattern().pattern})?(?:及?以上|及?以下|以内)?")
    found = figure.search(value)
    if found is not None and found.end() < len(value):
        return {"target": value[: found.end()], "actual": value[found.end():]}
    actual = _ACTUAL_START.search(value, 2)
    if actual is not None:
        return {"target": value[: actual.start()], "actual": value[actual.start():]}
    return {"target": value} if not re.search(r"\d", value) else {}


# ---------------------------------------------------------------------------------------------------------
# Rows of a form with no 分值 / 得分 columns: each ends at its target and actual, side by side


_QUALITY = "高|低|好|优|良|中|强|是|否|有|无|合格|达标|完成|良好|优秀|较好|满意"
_DOUBLED = re.compile(rf"({_QUALITY}|[\u4e00-\u9fff]{{2,6}})\1")  # "高高", "按时完成按时完成": target and actual
_NOTHING = re.compile(r"无|未完成|未达标")  # after a figure: an actual of none ("100%无")


@cache
def _figure() -> re.Pattern[str]:
    units = lexicon()["value_units"]
    return re.compile(rf"([≥≤<>=＞＜]?)(\d+(?:\.\d+)?)((?:{units})?)((?:及?以上|及?以下|以内)?)")


def _value_pair(body: str, at: int) -> tuple[int, str, str] | None:
    """A target and an actual side by side at ``at``: (where they end, target, actual). Two figures of one unit
    ("100%100%", "0起0起"), a bare run whose halves are the same figure ("00"), a figure and a none ("100%无"), a
    word said twice ("高高")."""
    if at and (body[at - 1].isdigit() or body[at - 1] in ".≥≤<>=＞＜"):
        return None
    first = _figure().match(body, at)
    if first is None:
        twice = _DOUBLED.match(body, at)
        return (twice.end(), twice.group(1), twice.group(1)) if twice is not None else None
    second = _figure().match(body, first.end())
    if first.group(3) and second is not None and second.group(3) == first.group(3) \
            and not body[second.end(): second.end() + 1].isdigit():
        return second.end(), first.group(0), second.group(0)
    if first.group(3) in ("%", "‰") and (none := _NOTHING.match(body, first.end())) is not None:
        return none.end(), first.group(0), none.group(0)
    digits = first.group(2)
    half = len(digits) // 2
    if not first.group(1) and not first.group(3) and "." not in digits and len(digits) % 2 == 0 \
            and digits[:half] == digits[half:]:
        return first.end(), digits[:half], digits[half:]
    return None


def _plain_rows(body: str) -> list[dict[str, str]]:
    """The rows of a block of a form with no weight and score columns: a row ends at its target and actual side
    by side (:func:`_value_pair`); the text after the last pair is that row's note."""
    rows: list[dict[str, str]] = []
    level2 = ""
    at = start = 0
    while at < len(body):
        pair = _value_pair(body, at) if at - start >= 2 else None
        if pair is None:
            at += 1
            continue
        text = body[start:at]
        if rows:  # the text after the row before: its note, up to where this row opens
            opens = _row_start(text)
            if opens:
                rows[-1]["deviation"] = _note(text[:opens])
            text = text[opens:]
        while length := _level2_at(text, 0):
            level2, text = text[:length], text[length:]
        if len(text) >= 2 and HAN.search(text):
            rows.append({"level2": level2, "name": text, "target": pair[1], "actual": pair[2]})
        at = start = pair[0]
    if rows:
        rows[-1]["deviation"] = _note(body[start:])
    return rows
