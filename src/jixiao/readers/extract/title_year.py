"""The year evaluated when a report's title names none: read from its first lines ("XXXX年度…绩效自评" first, then any
year that is no filing date, no cited notice's and no year compared with), else from a table's cells."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.title_lines import YEAR
from jixiao.readers.textnorm import compact, match_text

_FILED = re.compile(r"(?:填报|报告|编制|报送|提交|打印|完成)?(?:日期|时间)\s*:|\d{4}\s*年\s*\d{1,2}\s*月")
# a year alone on a line ("2025年" under "某市财政局制"): a cover's date, as a filing date is, not the year evaluated
_COVER_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
# a whole year's period ("2023年1月1日—12月31日", "2021年1月1日至2021年12月31日"): the year evaluated, no filing date
# (a period that ends before 12月31日, "2024年1月1日至1月20日", may be the evaluation's own work: a date as before)
_PERIOD = re.compile(r"(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?(?:至|到|[—–~～-])"
                     r"\s*(?:\1\s*年\s*)?12\s*月\s*31\s*日")
_EVALUATED = re.compile(r"(20\d{2})\s*年度?[^。;]{0,30}?(?:绩效|自评|评价|预算|决算)")


def year_from_text(outline: Outline, facts: Facts) -> None:
    """The evaluated year when the title has none: "XXXX年度…绩效自评" first, then any year that is
    not a filing date; a cover's 填报日期 alone (the year after the one evaluated) gives a marked guess, and with
    none of these, the first year a table's cell names does."""
    head = outline.lines[:40]
    filed: tuple[int, Line] | None = None
    # a year in a cited document's title ("根据《关于报送2020年预算…和2019年度…自评报告的通知》") is the notice's,
    # and one in a sentence comparing with last year ("与上年相比，2023年…") the year compared with: each taken only
    # when the text states no other
    remark = False  # a year passed over in a data row's remark cell
    for year_pattern, cited in ((_EVALUATED, False), (YEAR, False), (_EVALUATED, True), (YEAR, True)):
        if cited and remark and _year_in_tables(outline, facts):
            return  # the year the tables' cells name ("完成2021年某某培训任务") before the remark's
        for line in head:
            for match in year_pattern.finditer(line.norm):
                if not cited and ("《" in line.norm or "关于" in line.norm) \
                        and _in_cited_title(line.norm, match.start()):
                    continue
                if not cited and _COMPARED_YEAR.search(_sentence_before(line.norm, match.start())):
                    continue  # "与上年相比，2023年预算执行率为85%": the year compared with, not the one evaluated
                if not cited and "|" in line.norm and _after_row_figures(line.norm, match.start()):
                    remark = True  # "1 | 某校 | 2600 | 842 | 218.92 | 在2020年度…": a remark after a row's figures
                    continue
                if pattern("founding_clause").match(line.norm, match.end()):
                    continue
                dated = _FILED.search(line.norm, max(0, match.start() - 8), match.end() + 6) \
                    or _COVER_YEAR.fullmatch(line.norm.strip())  # "某市财政局制 / 2025年": the cover's date
                if dated is not None and not match.group(0).rstrip().endswith("年度") \
                        and not _PERIOD.match(line.norm, match.start()):
                    filed = filed or (int(match.group(1)), line)
                    continue
                facts.put("year", int(match.group(1)), ref(line.location, line.text, guessed=True))
                return
    if filed is not None:
        facts.put("year", filed[0] - 1, ref(filed[1].location, filed[1].text, guessed=True))
    else:  # no year in the text's lines: a form's cell naming one ("中心2021年较好地完成了履职任务"), a guess
        _year_in_tables(outline, facts, undated=True)


def _year_in_tables(outline: Outline, facts: Facts, undated: bool = False) -> bool:
    """The first year (with its 年) a table's cell names, a guess; whether one was found. ``undated``: passing over a
    cell holding a date ("报告日期:2022年8月22日": a filing date, which a cover's label reading settles) or a founding
    year ("成立时间 | 1998年", "2015年建成并投入使用")."""
    for _index, table in outline.tables:
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                found = YEAR.search(match_text(cell)) if "年" in cell else None
                if found is not None and undated and (_FILED.search(match_text(cell)) is not None
                                                      or _founded(row, c, match_text(cell), found)):
                    continue
                if found is not None:
                    facts.put("year", int(found.group(1)), ref(table.cell_location(r, c), cell, guessed=True))
                    return True
    return False


def _founded(row: list[str], c: int, text: str, found: re.Match[str]) -> bool:
    """The year ``found`` in the ``c``-th cell of ``row`` is when the unit or a facility began: a founding clause after
    it, or a label cell before it that names such a time."""
    return pattern("founding_clause").match(text, found.end()) is not None \
        or (c > 0 and pattern("founding_label").match(compact(row[c - 1])) is not None)


_FIGURE_CELL = re.compile(rf"\s*{WRITTEN_FIGURE}\s*")
_ROW_FIGURES = 3  # the fewest figures before a cell that make it a data row's remark


def _after_row_figures(norm: str, at: int) -> bool:
    """Whether ``at`` stands in a cell after three figures or more of a row of " | " cells (a 备注 cell, whose year
    tells of something else than the year the row's figures are for)."""
    cells = norm[:at].split("|")[:-1]
    return sum(1 for cell in cells if _FIGURE_CELL.fullmatch(cell)) >= _ROW_FIGURES


_COMPARED_YEAR = re.compile(r"上一?年度?|去年|同比|较\s*\d{4}\s*年")


def _sentence_before(norm: str, at: int) -> str:
    return norm[norm.rfind("。", 0, at) + 1:at]


def _in_cited_title(norm: str, at: int) -> bool:
    """Whether ``at`` lies inside a 《…》 (a cited document's title), or inside one cited bare, its number after it
    ("根据某省财政厅关于2021年某某事项的通知(某财预〔2021〕88号)")."""
    return norm.count("《", 0, at) > norm.count("》", 0, at) \
        or (_BARE_CITED_HEAD.search(norm, 0, at) is not None and _BARE_CITED_TAIL.match(norm, at) is not None)


_BARE_CITED_HEAD = re.compile(r"关于[^。;《》]{0,30}$")
_BARE_CITED_TAIL = re.compile(r"[^。;《》]{0,50}?的(?:通知|意见|办法|批复|规定)"
                              r"\s*\(?[^。;()\d]{1,12}[(〔\[]\d{4}[)〕\]]\s*\d+\s*号")
