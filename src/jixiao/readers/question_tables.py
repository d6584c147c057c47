"""A self-evaluation answered as a questionnaire in a table (序号 | 评价问题 | 单位回答 | 分值 | 得分) → what the
other readers read: each question naming an indicator in quotes ("产出指标下数量指标“某某率”的年度指标值和实际完成值各是
多少？" | "年度指标值≥95%，实际完成值96%。" | 10 | 10) a row of an indicator table, the row answering with the
budget's 预算执行率 and scored that indicator's row, the 合计 row the table's total row, every other question and its
answer a paragraph for the prose readers (the budget, the staff)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Block, Paragraph, Table
from jixiao.readers.extract.prose_indicator_heads import level_prefix
from jixiao.readers.extract.table_columns import cell_role

_QUESTION = pattern("questionnaire_columns.question")
_ANSWER = pattern("questionnaire_columns.answer")
_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
# the question's words up to the indicator's name in quotes, the levels before it
_NAMED = re.compile(r"^(.{0,30}?[“\"][^“”\"]{2,40}[”\"])")
_TARGET = re.compile(r"(?:年度)?(?:指标值|目标值)\s*(?:为|是)?\s*[:：]?\s*([^，,；;。]+)")
_ACTUAL = re.compile(r"(?:实际)?完成(?:值|数)?\s*(?:为|是)?\s*[:：]?\s*([^，,；;。]+)")
_REASON = re.compile(r"偏差原因\s*[:：]\s*([^。]+)")
_RATE = re.compile(r"预算执行率\s*(?:为|是|达)?\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%％])")
# the total row's question cell: a sum row's word or 总分, bare (not total_row's longer words: a question may hold them)
_TOTAL = re.compile(rf"^(?:{pattern('sum_row').pattern}|总分)$")
_MARKED = re.compile(r"^(?:问|答)\s*[:：]\s*")  # "问：…" / "答：…" as a questionnaire's cells open
_SAID_WEIGHT = re.compile(r"(?:分值|权重)\s*(?:为|是)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分")
_SAID_SCORE = re.compile(r"(?:自评)?得分\s*(?:为|是)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分")
_ANSWER_LEVELS = re.compile(r"^\s*([^\s:：，,。“”]{4,20})\s*[:：]")
# "项目名称是什么？" / "主管部门？": a question asking for a label's value, its label
_CLAUSE = re.compile(r"[，,。；;：:]")
_ASKED_LABEL = re.compile(r"^(.{2,16}?)(?:是什么|是多少|是哪个单位|是谁|为何|有哪些)?\s*[?？]$")


def _asked_label(asked: str, said: str) -> str:
    """A question and its answer as one paragraph; a question asking for a label's value, answered by one value
    (no clause), as "label：answer" ("项目名称是什么？" "某某项目" → "项目名称：某某项目"), so the label readers
    read it."""
    label = _ASKED_LABEL.match(asked) if said and not _CLAUSE.search(said) else None
    return f"{label.group(1)}：{said}" if label else f"{asked}{said}"


def question_table(table: Table) -> list[Block] | None:
    """The blocks a questionnaire table stands for, else None (no 问题 and 回答 columns in its first row)."""
    head = table.rows[0] if table.rows else []
    question = next((c for c, cell in enumerate(head) if _QUESTION.search(cell.strip())), None)
    answer = next((c for c, cell in enumerate(head) if _ANSWER.search(cell.strip())), None)
    if question is None or answer is None:
        return None
    roles = {cell_role(cell): c for c, cell in enumerate(head) if c not in (question, answer)}
    weight, score = roles.get("weight"), roles.get("score")
    out: list[Block] = []
    rows: list[list[str]] = [_HEAD]
    origins: dict[tuple[int, int], str] = {}
    guessed: set[tuple[int, int]] = set()  # a flattened row's marks placed by guess stay guessed
    for r, row in enumerate(table.rows[1:], 1):
        row = [*row, *[""] * (len(head) - len(row))]  # a row cut short of the header (a note in its first cells)
        asked, said = _MARKED.sub("", row[question].strip()), _MARKED.sub("", row[answer].strip())
        marks = [row[c].strip() if c is not None and c < len(row) else "" for c in (weight, score)]
        if weight is None and score is None:  # no mark columns: the answer states them ("分值15分，得分13分")
            marks = [m.group(1) if (m := pattern.search(said)) else "" for pattern in (_SAID_WEIGHT, _SAID_SCORE)]
        made = _indicator_row(asked, said, marks)
        if (made is None or made[2] == "预算执行率") and (asked or said):  # (the rate's answer states the budget)
            out.append(Paragraph(_asked_label(asked, said), table.row_location(r)))
        if made is None:
            continue
        origins.update({(len(rows), c): table.cell_location(r, answer) for c in range(len(_HEAD))})
        guessed.update((len(rows), at) for at, c in ((5, weight), (6, score)) if (r, c) in table.guessed)
        rows.append(made)
    if len(rows) > 1:
        out.append(Table(rows, table.name, origins=origins, guessed=frozenset(guessed)))
    return out


def _indicator_row(asked: str, said: str, marks: list[str]) -> list[str] | None:
    """The indicator-table row a question and its answer make (levels, name, target, actual, 分值, 得分, reason),
    else None."""
    if _TOTAL.match(asked) and any(marks):
        return [asked, "", "", "", "", *marks, ""]
    named = _NAMED.match(asked)
    if named is not None:
        levels, name = level_prefix(named.group(1))
        target, actual = _TARGET.search(said), _ACTUAL.search(said)
        if name and (target or actual):
            led = _ANSWER_LEVELS.match(said)  # "产出指标—数量指标：年度指标值…": the levels head the answer
            bare = name.strip("“”\"")
            found = dict(levels or (level_prefix(f"{led.group(1)}“{bare}”")[0] if led else []))
            reason = _REASON.search(said)
            return [found.get("level1", ""), found.get("level2", ""), name.strip("“”\""),
                    target.group(1).strip() if target else "", actual.group(1).strip() if actual else "", *marks,
                    reason.group(1).strip() if reason else ""]
    rate = _RATE.search(said)
    if rate is not None and all(marks):
        return ["", "", "预算执行率", "", rate.group(1), *marks, ""]
    return None
