"""A fused indicator table whose level and name cells open on their outline numbers ("1 产出指标1.1 预算执行1.1.1
预算执行率94.38%109.44", then "1.2 数量指标1.2.1 某某村数≥6个6个1515", "1.2.2 某某面积≥4800平方米…"): each number
says which column its cell is (one part: the 一级 level, two: the 二级, three: the name) and whose child it is
("1.2.1" under "1.2" under "1"), so the numbers cut the level cells however the words run, and a row opening on a
deeper number carries its levels from the rows above. A number that does not continue the outline (a "1.3" with no
"1" before it, a "2.1.1" after "1.2") is no such row. The name's values are cut as a row under merged level cells
(:func:`.flat_named_rows.continued_row`); a row they do not fit gives no row (its levels still carry on). Every cell
is a guess: no separator was written.
"""

from __future__ import annotations

import re

from jixiao.readers.flat_continued_rows import continued_row
from jixiao.readers.flat_named_rows import named_row
from jixiao.readers.flat_row_reading import serial_level
from jixiao.readers.fused_money import GuessedCell

# an outline number ("2", "1.2", "1.2.1") before its cell's first character, at the line's start or after a word
_NUMBER = re.compile(r"(?:^|(?<=[\u4e00-\u9fff）)]))([1-9]\d?(?:\.[1-9]\d?){0,2}) ?(?=[\u4e00-\u9fff])")
_LEVELS = ("level1", "level2")


def outline_roles(roles: list[str | None]) -> bool:
    """Whether a header of ``roles`` (:func:`.flat_named_rows.level_head`) opens on its two level columns and the
    name, the columns an outline numbers."""
    return roles[:3] == [*_LEVELS, "name"]


class OutlineRows:
    """The rows of one such table, read in order: the level cells each outline number has opened."""

    def __init__(self) -> None:
        self.opened: dict[str, str] = {}  # an outline number of a level → its cell

    def row(self, text: str, roles: list[str | None]) -> list[str] | None:
        """The cells of ``text`` (一级 | 二级 | name | values as ``roles`` place them; levels carried from the rows
        above), [] for a row whose values no reading fits, or None when the line does not open on an outline number
        that continues the outline."""
        numbers = list(_NUMBER.finditer(text))
        if not numbers or numbers[0].start() != 0:
            return None
        depth = numbers[0].group(1).count(".") + 1
        parts = numbers[0].group(1).split(".")
        if depth > 1 and ".".join(parts[:-1]) not in self.opened:
            return None  # a deeper number whose level no row above opened
        cut: list[tuple[str, int]] = []  # each number's depth and where its cell starts
        last = numbers[0].group(1)
        cut.append((last, numbers[0].end()))
        for m in numbers[1:]:
            if last.count(".") == 2:
                break
            if m.group(1).rsplit(".", 1)[0] != last or "." not in m.group(1):
                break  # (a figure inside the name: no number of the outline)
            last = m.group(1)
            cut.append((last, m.end()))
        if last.count(".") != 2:
            return None  # no name's number: a line of levels alone, or no outline
        cells: list[str] = []
        for k, (number, start) in enumerate(cut[:-1]):
            end = numbers[k + 1].start()
            cells.append(text[start:end])
            self.opened[number] = text[start:end]
        row = continued_row(text[cut[-1][1]:], roles)
        if not row:
            return []
        level1 = self.opened.get(last.split(".")[0])
        level2 = self.opened.get(last.rsplit(".", 1)[0])
        if level1 is None or level2 is None:
            return []
        return [GuessedCell(level1), GuessedCell(level2), *row]

    def serial_row(self, text: str, roles: list[str | None]) -> list[str] | None:
        """Under a header whose rows open on a 序号 and then the name (:func:`.flat_named_rows.named_head`), a 序号
        numbering an outline ("1产出指标", "1.1数量指标", "1.1.1某某人数≥150人158人2020"): a level's row (its
        number and its level, as a table's 序号 column gives them) or an indicator's row (its number, then the cells
        :func:`.flat_named_rows.named_row` cuts); [] for an indicator's row no reading fits; None when the line opens
        on no number continuing the outline, or a whole one that opens no level (a plain numbered row)."""
        found = _NUMBER.match(text)
        if found is None or found.start() != 0:
            return None
        number = found.group(1)
        parent = number.rsplit(".", 1)[0] if "." in number else None
        if parent is not None and parent not in self.opened:
            return None  # "2.1" with no "2" above: a figure, no outline
        rest = text[found.end():]
        # (a level's row holds no figure: "6服务对象满意度2020" is an indicator's row whose name opens like a 二级)
        if number.count(".") < 2 and not any(c.isdecimal() for c in rest) and serial_level([number, rest]) is not None:
            self.opened[number] = rest
            return [GuessedCell(number), GuessedCell(rest)]
        if parent is None:
            return None
        row = named_row(rest, roles[1:], 0)
        return None if row is None else [GuessedCell(number), *row] if row else []
