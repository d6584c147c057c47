"""An indicator table laid on its side, flattened: its row labels down the first column (三级指标 / 权重（分） /
年度目标 / 实际完成 / 自评得分), each followed by one cell per indicator ("自评得分 / 10 / 10 / 9.86"). Read as the
table it was, so that :func:`jixiao.readers.extract.transposed_indicators.upright` turns it upright; paired label by
label, its 自评得分 and first figure would be taken for the form's total."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.readers.extract.table_columns import cell_role, indicator_headers
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

LABEL_CHARS = 12  # characters of a row label at most
MOST_ACROSS = 12  # indicators across one table at most


def row_label(text: str) -> str | None:
    """The column role a short cell names (三级指标 → name, 自评得分 → score), or None."""
    return cell_role(text) if text and len(compact(text)) <= LABEL_CHARS else None


def _new_label(seen: set[str], label: str) -> bool:
    """Whether ``label`` was not among ``seen`` (it is added)."""
    key = compact(label)
    if key in seen:
        return False
    seen.add(key)
    return True


_LEVELS = frozenset({"level1", "level2"})


def side_table(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The side-on table opening at ``tokens[i]`` (a name label followed by the names, then every other label
    followed by as many cells; the 一级指标 / 二级指标 rows above the names too when each holds a level a name, as the
    sheet's reader takes them) and the index after it; None when the cells do not fall so."""
    if row_label(tokens[i].text) not in {"name", *_LEVELS}:
        return None
    rows: list[list[tuple[str, int]]] = []  # each row's cells: text and line
    seen: set[str] = set()  # the labels so far: one said twice is no such table (and a flood of labels ends here)
    named = 0  # the names row's place: the level rows above it are read to the next label
    k = end = i
    while k < len(tokens):
        width = len(rows[named - 1]) if named else MOST_ACROSS + 1  # the names row sets how many cells each label has
        spaced = tokens[k].text.split()
        if rows and len(spaced) == width and row_label(spaced[0]) is not None:  # "年度目标 ≥90%": one token
            rows.append([(cell, tokens[k].line) for cell in spaced])
            if not _new_label(seen, spaced[0]):
                return None
            k = end = k + 1
            continue
        if row_label(tokens[k].text) is None:
            break
        row, k = [(tokens[k].text.strip(), tokens[k].line)], k + 1
        while k < len(tokens) and len(row) < width:
            if tokens[k].text:
                if row_label(tokens[k].text) is not None:
                    break
                row.append((tokens[k].text.strip(), tokens[k].line))
            k += 1
        if (not named and len(row) > MOST_ACROSS) or (named and len(row) < width):
            break  # too many names for one table; a label short of cells (the table ended before it)
        if not named and len(row) < 2:
            return None  # a names or levels label with no cell after it
        rows.append(row)
        if not _new_label(seen, row[0][0]):
            return None
        named = named or (len(rows) if row_label(row[0][0]) == "name" else 0)
        end = k
    if not named or any(row_label(row[0][0]) not in _LEVELS or len(row) != len(rows[named - 1])
                        for row in rows[:named - 1]):
        return None  # no names row, or a level row beside names of another width (a level merged across them)
    labels = [row[0][0] for row in rows]
    found = indicator_headers(labels) if len(rows) >= 3 and len(rows[0]) >= 2 else []
    if not found or "name" not in found[0] or len(found[0]) < 3 or len(set(map(compact, labels))) < len(labels) \
            or not {"weight", "score"} & set(found[0]):
        return None
    table = FlatTable()
    for row in rows:
        table.add([text for text, _ in row], [line for _, line in row])
    table.used.update(range(i, end))
    return table, end
