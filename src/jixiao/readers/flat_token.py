"""One cell of flattened text, as the flattened-table readers pass it around."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """One cell of flattened text: its text, the index of its line, and whether the source shows a
    row starting here (the first cell of a line of several cells, or after a "||||" row break)."""

    text: str
    line: int
    row_start: bool = False
    in_row: bool = False  # a cell of a line split at "|" or tabs: a table row as the source wrote it
    celled: bool = False  # from a line with a cell rule, even one cell ("二级 指标 |"): never a caption
    guessed: bool = False  # cut from a line whose form words were read back from an OCR misreading
    written: bool = False  # in a guessed line, a cell the text itself bounds (:class:`.fused_money.WrittenCell`)


def token_lines(tokens: Sequence[Token], i: int) -> Iterator[tuple[int, int, str]]:
    """From ``tokens[i]`` on, each line's first token index, the index after its last token and its cells' text
    joined, each stripped (a head the cutter split, "自评分" / "数", is one text); taken as they are asked for."""
    k = i
    while k < len(tokens):
        end = k + 1
        while end < len(tokens) and tokens[end].line == tokens[k].line:
            end += 1
        yield k, end, "".join(token.text.strip() for token in tokens[k:end])
        k = end


def spaced_pieces(tokens: Sequence[Token], i: int) -> Iterator[tuple[str, int]]:
    """The cells from ``tokens[i]`` on, each with its token's index, blank ones left out (blank lines and lone "|"
    cells are no cells). When ``tokens[i]`` holds single spaces (a table's heads run on one line, "序号 评价问题
    单位回答 分值 得分"), its rows were written so too: each token is then cut at its spaces (for tables whose cells
    hold none)."""
    spaced = len(tokens[i].text.split()) > 1
    return ((part, k) for k in range(i, len(tokens))
            for part in (tokens[k].text.split() if spaced else [tokens[k].text.strip()]) if part)
