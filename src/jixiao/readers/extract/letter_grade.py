"""A grade written as a letter ("自评等级为B", "评价等级：A", "绩效等级 | B级 |").

The model's grade is 优 / 良 / 中 / 差. A letter is read as one of them only where the document itself says what
the letter means ("A（优秀）", "B级为良", "良好（B）"); otherwise it is kept as written (``stated_grade_text``) and
the reader warns: no letter scale is assumed (some rules run A–D from 优 down, others A–E or A+…). A form's table is
read as its rows' cells joined by " | " ("评价等级 | A" over a "注：…A为优…" row keying the letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.model import GRADE_LETTERS, GRADE_SYNONYMS, LETTER_MARK
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import match_text

_WORDS = "|".join(sorted(GRADE_SYNONYMS, key=len, reverse=True))
# the grade's label, then the letter alone (not the start of a word: "等级为ABC项目", "等级：Apple")
# ("信用等级为A" or "年度考核等级为A" is no self-evaluation's grade: the label names the evaluation, or opens the line)
_STATED = re.compile(r"(?:(?:自评|评价|绩效|评定)[\u4e00-\u9fff]{0,3}?(?:等级|等次|评级|结果)|^\s*(?:等级|等次))"
                     r"\s*(?:为|是|:|评定为|确定为|被评为)?\s*\|?\s*"
                     rf"[\"“「『【\[(]?\s*([{GRADE_LETTERS}]){LETTER_MARK}(?![A-Za-zＡ-Ｚａ-ｚ0-9])")

_CUE = re.compile(r"等|结果|评级")  # (a quick test: most lines state no grade)


def _meaning(letter: str) -> re.Pattern[str]:
    """The document's own key for ``letter``: "A（优）", "A级为优秀", "A=优", "优秀（A）", "良好(B级)"; the grade word
    ends there ("A:中央财政" keys nothing)."""
    word = rf"({_WORDS})(?![\u4e00-\u9fff](?<![级等档次]))"
    return re.compile(rf"(?<![A-Za-z]){letter}{LETTER_MARK}\s*[(（=＝:：为即—-]\s*[\"“]?\s*{word}"
                      rf"|(?<![\u4e00-\u9fff]){word}\s*[(（]\s*{letter}{LETTER_MARK}\s*[)）]")


def _texts(outline: Outline) -> Iterator[tuple[str, str, str]]:
    """Each line's matching text, text and place, then each table row's cells (a merged cell once) joined by " | "."""
    for line in outline.lines:
        yield line.norm, line.text, line.location
    for _, table in outline.tables:
        for r, row in enumerate(table.rows):
            cells = [cell.strip() for c, cell in enumerate(row) if cell.strip() and (c == 0 or cell != row[c - 1])]
            if cells:
                text = " | ".join(cells)
                yield match_text(text), text, table.cell_location(r, 0)


def letter_grade(outline: Outline, facts: Facts) -> None:
    """When no grade word was read: a grade stated as a letter, as its grade where the document keys the letter,
    else kept as written and warned."""
    if facts.has("stated_grade"):
        return
    for norm, text, location in _texts(outline):
        stated = _STATED.search(norm) if _CUE.search(norm) else None
        if stated is None:
            continue
        letter = stated.group(1).translate(str.maketrans("ＡＢＣＤ", "ABCD"))
        source = ref(location, text[stated.start():stated.end()])
        for key, _, _ in _texts(outline):
            said = _meaning(letter).search(key)
            if said is not None:
                word = said.group(1) or said.group(2)
                facts.put("stated_grade", GRADE_SYNONYMS[word].value, source, "评价等级")
                return
        facts.put("stated_grade_text", letter, source)
        facts.warn(f"评价等级写作“{letter}”，报告未写明该字母对应的优、良、中、差，按原文保留，未换算")
        return
