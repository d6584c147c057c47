"""Fused rows whose cells the figures cut wrongly.

A row whose indicator name ends on a figure ("成本每年财政补助1000万元1000万元1000万元10": 二级 成本, the name
每年财政补助1000万元, target and actual 1000万元, score 10): cut at every figure, the row holds one value more than a
form of one target and one actual column can place, and the name's own figure is read as a value. The reading that
gives the first value back to the name (and cuts off a bare 二级 word the name opens on, the viewer having run the
level cell into it) is tried beside the plain one.

A row whose name holds a figure inside it ("0—6岁儿童健康管理人数", "村集体经济收入10万元以上村占比", "毕业生“1+X”
证书获取率"), its target opening on its comparison sign: cut at the name's figures, the row holds pieces of the name
before the target; the reading that joins them, from the levels to the target, is tried beside the plain one.

The first row of a 一级 block whose name opens on a bare 二级 word ("效益指标 | 社会效益服务患者人次 | …"): a block's
first row always names its 二级 (a merged 二级 cell never spans two 一级 blocks), so the word is cut off as the 二级.

Every cell such a reading moves is guessed."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind

_VALUE_ROLES = frozenset({"target", "target_adjusted", "target_midterm", "actual", "nature", "direction",
                          "measure_unit"})
_VALUES = (Kind.AMOUNT, Kind.PERCENT)  # a figure with its unit (a bare one is a score)
_LEVEL_WORD = (5, 4, 3, 2)  # lengths of a bare 二级 word (可持续影响, 经济效益, 数量 …), longest first


def _level_word(text: str) -> int:
    """The length of the bare 二级 word ``text`` opens on, with two characters at least after it; 0 when none."""
    return next((n for n in _LEVEL_WORD if len(text) - n >= 2 and pattern("levels.level2").fullmatch(text[:n])), 0)


def level_run_into_name(cells: tuple[str, ...], cols: tuple[str, ...]) -> tuple[tuple[str, ...], list[int]] | None:
    """The cells of a row opening on its 一级 with the bare 二级 word its name opens on cut off, and for each the
    index of the cell it came from; None when the row is not of that shape."""
    if "level2" not in cols or len(cells) < 3 or kind(cells[0]) is not Kind.LEVEL1 or kind(cells[1]) is not Kind.TEXT:
        return None
    cut = _level_word(cells[1])
    if not cut:
        return None
    return (cells[0], cells[1][:cut], cells[1][cut:], *cells[2:]), [0, 1, 1, *range(2, len(cells))]


def name_with_its_figure(cells: tuple[str, ...], cols: tuple[str, ...]) -> tuple[tuple[str, ...], list[int]] | None:
    """The row's cells with the name given back its figure, and for each the index of the cell it came from; None
    when the row is not of that shape (text, three values with units, a bare score, in a target | actual form)."""
    if len(cells) < 5 or _VALUE_ROLES.intersection(cols) != {"target", "actual"} or kind(cells[-1]) is not Kind.NUMBER:
        return None
    k = len(cells) - 5
    if kind(cells[k]) is not Kind.TEXT or any(kind(cell) not in _VALUES for cell in cells[k + 1: k + 4]):
        return None
    text = cells[k]
    cut = _level_word(text)
    head = [text[:cut], text[cut:]] if cut else [text]
    head[-1] += cells[k + 1]
    return (*cells[:k], *head, *cells[k + 2:]), [*range(k), *[k] * len(head), *range(k + 2, len(cells))]


_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)
_FIGURE_PIECES = (Kind.NUMBER, Kind.AMOUNT, Kind.SLASH)  # "10万元", "0" | "—" | "6", "1" inside a name
_NAME_PIECES = 5  # pieces of a name its figures cut: text, a figure, text (a period "0—6" three)
_PIECE = 16  # characters of a piece at most


def name_cut_at_figures(cells: tuple[str, ...], cols: tuple[str, ...]) -> tuple[tuple[str, ...], list[int]] | None:
    """The row's cells with the pieces of a name its figures cut ("村集体经济收入" | "10万元" | "以上村占比" | "≥60%",
    "0" | "—" | "6" | "岁儿童健康管理人数" | "≥2.1万人") joined into one name, and for each the index of the cell it
    came from; None when the row is not of that shape: after its level cells (one at least), at most five short
    pieces, text with no figure or a bare figure, an amount or a dash, a figure among them and text last, then a
    target that opens on its comparison sign and a value after it, under a header whose name column is followed by
    the target's."""
    if "name" not in cols or cols[cols.index("name") + 1: cols.index("name") + 2] != ("target",):
        return None
    first = next((k for k, cell in enumerate(cells) if kind(cell) not in _LEVELS), len(cells))
    target = next((k for k in range(first, min(len(cells), first + _NAME_PIECES + 1))
                   if kind(cells[k]) is Kind.COMPARED), None)
    if first == 0 or target is None or target - first < 2 or target + 1 >= len(cells):
        return None
    pieces = cells[first: target]
    kinds = [kind(piece) for piece in pieces]
    texts = [piece for k, piece in zip(kinds, pieces, strict=True) if k is Kind.TEXT]
    if kinds[-1] is not Kind.TEXT or not any(k in _FIGURE_PIECES for k in kinds) \
            or any(k is not Kind.TEXT and k not in _FIGURE_PIECES for k in kinds) \
            or any(len(piece) > _PIECE for piece in pieces) or any(c.isdecimal() for text in texts for c in text):
        return None
    return (*cells[:first], "".join(pieces), *cells[target:]), [*range(first), first, *range(target, len(cells))]
