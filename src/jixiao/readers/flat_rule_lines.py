"""Lines between the rows of a score form copied as text that hold no cell of a row: a dash alone (the empty
未完成原因 or 得分计算方法 cell a web page printed on a line of its own), a 一级 cell that kept only its weight
("(40分)", a block weight with no name to hold it), and the 得分计算方法 column's rule sentences
("定量指标计算：完成值达到指标值，记满分；…", "执行率*该指标分值…") under the row they were printed beside. The
flattened-table reader leaves them out of the cells it cuts into rows (a dash read as the next cell took a row's
未完成原因 or split the row); they stay text."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern, roles
from jixiao.readers.extract.table_columns import cell_role

_DASH = re.compile(r"[-－—–]{1,2}")
_BLOCK_WEIGHT = re.compile(r"[(（]\d{1,3}(?:\.\d{1,2})?分[)）]")  # a 一级 cell that kept only its weight
_RULE_WORDS = re.compile(r"计算|记分|计分|分值|满分|扣分|得分")
_RULE_SENTENCE = re.compile(r"[:：*×]|。$")
_RULE_COLUMN = next(found for role, found in roles("indicator_columns") if role == "scoring_rule")


def _words_anywhere(words: re.Pattern[str]) -> re.Pattern[str]:
    """A plain list of words (``A|B|^C$``) without its words that must be a whole cell: the pre-test of a whole text.
    Such a word (no space in it) matches no header line, which holds four cells at least; kept, it stops a search from
    skipping to the other words' first characters, and the search tries every word at every place of the text (five
    times slower)."""
    if any(mark in words.pattern for mark in "()[]\\ "):
        return words
    return re.compile("|".join(word for word in words.pattern.split("|")
                               if not (word.startswith("^") and word.endswith("$"))))


_RULE_IN_TEXT = _words_anywhere(_RULE_COLUMN)
_ROW_CELLS = 4  # a line of a row written with spaces between its cells holds this many cells at least
_BLOCK_LINES = 120  # lines a form's indicator block may span after its header


def rule_lines(lines: list[str]) -> set[int]:
    """Indexes of the dash and rule lines after each rows-of-cells block headed by a row naming a 得分计算方法
    (or other scoring-rule) column; none when the text has no such header."""
    out: set[int] = set()
    if _RULE_IN_TEXT.search("\n".join(lines)) is None:  # (one search of the text, not one a line)
        return out
    index = 0
    while index < len(lines):
        if _rule_header(lines[index]):
            index = _block(lines, index + 1, out)
        else:
            index += 1
    return out


def _rule_header(line: str) -> bool:
    if _RULE_COLUMN.search(line) is None:  # most lines: no need to look at their cells
        return False
    cells = line.split()
    if len(cells) < _ROW_CELLS or len(cells) > 16:
        return False
    found = [cell_role(cell) for cell in cells]
    return "scoring_rule" in found and len({role for role in found if role}) >= 3


def _block(lines: list[str], start: int, out: set[int]) -> int:
    after_row = False
    total, end = pattern("total_row"), pattern("form_end")
    for index in range(start, min(len(lines), start + _BLOCK_LINES)):
        cells = lines[index].split()
        if not cells:
            continue
        if total.fullmatch(cells[0]) or end.match(cells[0].rstrip(":：")) or _rule_header(lines[index]):
            return index
        if len(cells) >= _ROW_CELLS:
            after_row = True
        elif len(cells) == 1 and after_row and (_DASH.fullmatch(cells[0]) or _BLOCK_WEIGHT.fullmatch(cells[0])
                                                   or _is_rule(cells[0])):
            out.add(index)
        else:
            after_row = False
    return start + _BLOCK_LINES


def _is_rule(text: str) -> bool:
    """A scoring rule's sentence: long, with a colon, a product sign or a full stop, in the words of scoring."""
    return len(text) >= 10 and _RULE_SENTENCE.search(text) is not None and _RULE_WORDS.search(text) is not None
