"""A goal row written on one line whose texts a space breaks mid-sentence: "年度总体目标 预期目标 实际完成情况 本项目共
申请A元,其中甲B元,乙 C元。 .. …… 本项目共完成D元,其中甲E元,乙 F元。" (a document's cell wrapped at a space when it
was flattened, dotted filler between the two cells). The pieces are joined up to each sentence's 。 when that gives
exactly the two texts, each closed by its 。; the joins are guessed (where a cell ends rests on the punctuation)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.readers.flat_headers import header_at
from jixiao.readers.flat_table_cells import structural
from jixiao.readers.flat_token import Token

_SENTENCE_END = ("。", "；", ";", "！", "!", "？", "?")
_FILLER = re.compile(r"[.。…·・_\-—]+")  # a leader of dots or dashes a blank cell was filled with


def rejoined_goals(tokens: Sequence[Token], j: int, values: list[Token]) -> int:
    """The index after the goal row's last piece when ``values`` (its first two texts, read up to ``j``) are pieces
    of a line's two sentences and are replaced by them; else ``j``, ``values`` untouched."""
    line = values[0].line
    if values[1].line != line or values[0].text.rstrip().endswith(_SENTENCE_END):
        return j
    run, k = list(values), j
    while k < len(tokens) and tokens[k].line == line and not structural(tokens[k].text) \
            and header_at(tokens, k) is None:
        if tokens[k].text.strip() and not _FILLER.fullmatch(tokens[k].text.strip()):
            run.append(tokens[k])
        k += 1
    parts: list[list[Token]] = []
    for token in run:
        if parts and not parts[-1][-1].text.rstrip().endswith(_SENTENCE_END):
            parts[-1].append(token)
        else:
            parts.append([token])
    if len(parts) != 2 or not all(part[-1].text.rstrip().endswith("。") for part in parts):
        return j
    values[:] = [replace(part[0], text="".join(t.text.strip() for t in part), guessed=True) for part in parts]
    return k
