"""A page break inside a table typed as rows of cells (ruled, or a PDF's columns once joined as tab-separated rows):
"…| 0.27 | 9.73 |" / "第 2 页 共 3 页" / the report's title
repeated (the next page's running header) / "2 | 道路维修里程 | 15 |…"; or inside a form's record typed one label a
line ("分值：10" / "第 2 页 共 3 页" / "某系统 > 查看" / "得分：10"). The page mark, and a line right after it that says
again a line of the text above (the running title), are the page's furniture, no row of the table nor a field of
the record: read as part of it they run the rows on either side together and shift their cells, or end the record
early and shift its fields into the next. Their lines are left blank, so every line keeps its number."""

from __future__ import annotations

import re

from jixiao.readers.run_on_page_marks import PAGE_MARK

# "第 2 页 共 3 页", "第3页", "— 2 —": a page mark no cell and no sentence is (a bare "2" may be a wrapped cell)
_MARK = re.compile(PAGE_MARK)
_CELLS = 3  # rules on a line of cells at least ("1 | 预算执行率 | 10 |")
_FIELD = re.compile(r"[^\s:：|]{1,12}\s*[:：]\s*\S")  # a record's label line: "分值：10", "得分：9.5"


def _cells(line: str) -> bool:
    """A row of cells (ruled, or tab-separated as a PDF's columns are joined: ``pdf_layout_rows``), or a record's
    field."""
    return line.count("|") >= _CELLS or line.count("\t") >= _CELLS or _FIELD.match(line.strip()) is not None


def without_row_page_headers(text: str) -> str:
    """``text`` with the page furniture between two lines of cells blanked (see the module)."""
    if "页" not in text and "—" not in text and "-" not in text:
        return text
    lines = text.split("\n")
    changed = False
    seen: set[str] = set()  # the lines above the one looked at, as they stand (a line above is blanked no more)
    told = 0  # the lines put into seen
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line or len(line) > 16 or _MARK.fullmatch(line) is None:
            continue
        before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        after = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if after is None or not _cells(before):
            continue
        title = lines[after].strip()
        repeated = "|" not in title and not _cells(title)  # (a running title holds no cell: "小计 | 20 | 20" said
        # again after the mark is a row, one more block's like the one above)
        if repeated:  # (a set of all the lines above made anew at each mark was n² steps)
            seen.update(other.strip() for other in lines[told:index])
            told = index
            repeated = title in seen
        below = next((i for i in range(after + 1, len(lines)) if lines[i].strip()), None) if repeated else after
        if below is None or not (_cells(lines[below]) or (not repeated and "|" in lines[below])):
            continue
        lines[index] = ""
        if repeated:
            lines[after] = ""
        changed = True
    return "\n".join(lines) if changed else text
