"""Two forms run into one line: a PDF text layer or a viewer that writes each form as one line of cells, the next
form's title ("某某项目支出绩效自评表 (2022 年度)") following the last cell of the one before. Each form is given its
own line, cut before the title's word, so the forms can be told apart (:mod:`.extract.forms`) and no figure of one is
read for the other. Only a line holding the same title twice or more is cut: one title in a line is its head."""

from __future__ import annotations

import re

from jixiao.readers.textnorm import compact

# the form's name as one run of characters, then its year in brackets
_TITLE = re.compile(r"(?:(?<=\s)|^)[\u4e00-\u9fff]{2,24}自评表\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]")


def split_repeated_titles(text: str) -> str:
    """``text`` with each line that holds one form title twice or more cut before every title after its first."""
    if text.count("自评表") < 2:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.count("自评表") < 2:
            continue
        found = list(_TITLE.finditer(line))
        if len(found) < 2 or len({compact(m.group()) for m in found}) != 1:
            continue
        cuts = [m.start() for m in found[1:]]
        pieces = [line[a:b].rstrip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        lines[k] = "\n".join(piece for piece in pieces if piece.strip())
    return "\n".join(lines)
