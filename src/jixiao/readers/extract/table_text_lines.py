"""Text that sits in a table, read as lines of the outline: a title row spanning the table, and a label beside a
passage or a list of bodies (a titled section)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.section_keys import TEXT_KEYS, section_key
from jixiao.readers.flat_captions import unit_cell
from jixiao.readers.textnorm import match_text


def table_text_lines(table: Table) -> list[tuple[str, str, int | None]]:
    """Text that sits in a table: a title row spanning the table (one value across the row), and
    rows holding a label and a passage ("评价结论 | 项目自评总分…") or a list of bodies, read as a titled section:
    each line's text, its location and its Markdown level (1 for a section, none for a title)."""
    out: list[tuple[str, str, int | None]] = []
    furniture = _flow_rows(table.rows)
    for r, row in enumerate(table.rows[furniture:], start=furniture):
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        if len(values) == 2 and _YEAR_CAPTION.match(values[0]) and unit_cell(values[1]):
            values = values[:1]  # "（2023年度） | 单位：元": the title's year, the amounts' unit beside it no text
        titled = len(row) > 1 or re.search(r"\d{4}\s*年度|报告|自评表", values[0] if values else "")
        if len(values) == 1 and r - furniture <= 1 and titled and (
                re.search(r"[\u4e00-\u9fff]{4}", values[0]) or _YEAR_CAPTION.match(values[0])) \
                and not _level_row(values):  # "一、产出指标" under the header: the rows' level, no title
            out.append((values[0], table.cell_location(r, 0), None))
        elif len(values) == 2 and len(values[0]) <= 12 and ((len(values[1]) >= 8 and (
                re.search("[。，]", values[1]) or ("、" in values[1] and _BODIES_LABEL.search(values[0]))))
                or _text_section_row(values)):
            if r > 0 and _GOAL_ROW.match(match_text(values[0]).replace(" ", "")) \
                    and any("实际" in cell for cell in table.rows[r - 1]):
                continue  # under "预期目标 | 实际完成情况": the goal and its actual (the table's reader parts them)
            text = f"{values[0]}：{values[1]}"
            out.append((text, table.cell_location(r, 1), 1))
    return out


def _text_section_row(values: list[str]) -> bool:
    """"存在的问题 | 部分路段养护质量不稳" / "改进措施 | 加快建立巡查制度": a form's closing label of a text section
    (the flat reader pairs such a heading on its own line with the line under it) beside words of its own, however
    short and unpunctuated: the section's text; not beside another label (a list's header "存在问题 | 整改措施")."""
    key, text = (match_text(value).replace(" ", "") for value in values)
    return _FORM_END.match(key) is not None and section_key(key) in TEXT_KEYS \
        and re.search(r"[\u4e00-\u9fff]{4}", text) is not None and _FORM_END.match(text) is None \
        and not (len(text) <= _LABEL_MAX and section_key(text) is not None)  # (a 整改 list's "存在问题 | 整改措施")


def _level_row(values: list[str]) -> bool:
    from jixiao.readers.extract.tables import level_row  # (the table readers import this module)

    return level_row(values) is not None


def _flow_rows(rows: list[list[str]]) -> int:
    """How many rows above the form of an OA export are its furniture ("流程名称：…" over "流水号：… | 发起人：… |
    打印时间：…"): the first rows whose every cell is a label and its value, one of them holding several (a lone
    "单位名称：某局" over the form is none); not its title rows."""
    count, several = 0, False
    for row in rows[:_FLOW_ROWS]:
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        if not values or not all(_FLOW_CELL.match(v) for v in values):
            break
        count, several = count + 1, several or len(values) > 1
    return count if several else 0


_FLOW_ROWS = 3
# "内设机构 | 办公室、某股、某股（3个）": a label cell over a list of the unit's bodies, read as the sentence it
# stands for
_BODIES_LABEL = re.compile(r"内设|下设|下属|所属|直属|二级单位")
_GOAL_ROW = lexicon_pattern("goal_row")  # a goal row's label (年度总体目标 …)
_FORM_END = lexicon_pattern("form_end")  # a form's closing labels (存在问题, 改进措施, 自评结论 …)
_LABEL_MAX = 6  # a label's length at most, beside another ("存在问题 | 整改措施": a list's header, no text)
_YEAR_CAPTION = re.compile(r"^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$")  # "（2023年度）" under a form's title
_FLOW_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")
