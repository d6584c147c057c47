"""Several 自评表 in one file: a page or a PDF that publishes each project's form one after another
(or a whole-unit form with project forms appended). Read together, their figures would be mixed into
one evaluation (ten indicators summed against one total, two 执行数 called inconsistent), so the file
is cut into its forms and one of them is read.

A form starts at a 项目名称 label (a label | value row, or a "项目名称：…" line) naming a project other
than the current form's, once the current form has shown an indicator table, provided an indicator
table or a money block follows (in the label's own table, as in a Word form, or after it) before the next such
label: a table merely listing projects is no form. The form's title
lines just above (项目支出绩效自评表, （2024年度）, 附件2, 单位：万元) go with it.

A page that opens inside a form (an excerpt or a page cut after the previous form's title and labels:
its first blocks are that form's last indicator rows) holds no form there: the cut tail names nothing
and is not read (``Form.start`` of the first form is then past it; a warning says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from jixiao.lexicon import pattern
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.table_columns import indicator_headers, money_header
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

_NAME_LINE = re.compile(r"^\s*项目名称\s*[:：]\s*(\S.{0,60}?)\s*$")
_TITLE_LINE = re.compile(
    r"自评表|评价表|评分表|自评报告|^[（(]?\s*\d{4}\s*年度?\s*[)）]?$|^附[件表]\s*\d*|^(金额)?单位[:：]|^填报单位")
_TITLE_CHARS = 40
_INDICATOR_HEADING = re.compile(r"^\W{0,3}[一二三四五六七八九十\d]{0,2}\W{0,2}(?:绩效)?指标(?:完成|实现)情况\W{0,3}$")
_SEVERAL_FORMS = re.compile(r"本文件含 \d+ 张自评表（")
_FORM_WORDS = re.compile(r"自评|绩效|评价|项目|单位|部门|预算|资金")


@dataclass(frozen=True)
class Form:
    """One form of the file: its blocks' span and the project it names (None: a whole-unit form, with the unit its
    head line names when the file holds several units' forms)."""

    start: int
    end: int
    name: str | None
    head: Paragraph | None = None  # the line naming a whole-unit form's unit (its title, its 填报单位 line)

    @property
    def unit(self) -> str | None:
        return None if self.head is None else _unit_named(self.head)


def _named_project(block: Block) -> str | None:
    """The project a label row or line names, when the block is one."""
    if isinstance(block, Paragraph):
        match = _NAME_LINE.match(block.text) if "项目名称" in block.text else None
        return compact(match.group(1)) if match else None
    if not isinstance(block, Table):
        return None
    for row in block.rows[:4]:
        cells = [cell for cell in row if cell.strip()]
        if len(cells) >= 2 and label_field(cells[0]) == "project.name":
            value = next((cell for cell in cells[1:] if cell != cells[0]), "")
            if value and label_field(value) is None:
                return compact(value)
    return None


def _has_indicators(block: Block, prose: bool = False) -> bool:
    """An indicator table; with ``prose`` (a form opened by a "项目名称：…" line), also the heading of a prose
    report's indicator section ("二、绩效指标完成情况")."""
    if isinstance(block, Paragraph):
        return prose and len(block.text) <= _TITLE_CHARS and bool(_INDICATOR_HEADING.search(block.text))
    return isinstance(block, Table) and any(indicator_headers(row) for row in block.rows)


def _has_money_block(block: Block) -> bool:
    """A form's money block (项目资金 | 年初预算数 | … | 全年执行数): a form whose indicator table a cut or a dropped
    line lost is still a form of its own, its money never the form's above."""
    return isinstance(block, Table) and any(money_header(row) for row in block.rows)


_HEADLESS_CELLS = 5  # 一级 | 二级 | 三级 | a value | a weight at least


def _headless_rows(blocks: list[Block]) -> bool:
    """Two or more indicator rows left without their header (a copy's dropped line, a page break above them), still
    shown by their levels: "产出指标 | 数量指标 | 某某指标 | ≥10个 | 12个 | 10 | 10 |", 一级 then 二级 first."""
    rows = [cells for block in blocks for cells in _block_rows(block)]
    return sum(len(cells) >= _HEADLESS_CELLS and bool(pattern("levels.level1").fullmatch(compact(cells[0])))
               and bool(pattern("levels.level2").fullmatch(compact(cells[1]))) for cells in rows) >= 2


def _block_rows(block: Block) -> list[list[str]]:
    """A block's rows of non-empty cells: a table's, or a web-copied row's left as a line of text."""
    rows = block.rows if isinstance(block, Table) else [block.text.split("|")] if isinstance(block, Paragraph) else []
    return [[cell for cell in row if cell.strip()] for row in rows]


def _title_start(blocks: list[Block], at: int, floor: int) -> int:
    """``at`` moved up over the form's own title lines (never past ``floor``)."""
    while at > floor:
        block = blocks[at - 1]
        if not (isinstance(block, Paragraph) and len(block.text.strip()) <= _TITLE_CHARS
                and _TITLE_LINE.search(block.text.strip())):
            break
        at -= 1
    return at


_SECTION_REACH = 3  # paragraphs a form's section heading may stand above its title (the section's own prose)


def _section_start(blocks: list[Block], at: int, floor: int, name: str) -> int:
    """``at`` moved up to the heading of the form's own section, when one of the few paragraphs just above (no
    table between) names the form's project ("（二）某某项目", then that project's prose, then its form): the
    section's prose states that project's figures, not the form's before it."""
    for k in range(at - 1, max(floor, at - _SECTION_REACH) - 1, -1):
        block = blocks[k]
        if not isinstance(block, Paragraph):
            break
        if name in compact(block.text):
            return k
    return at


def tables_apart(document: Document) -> Document:
    """``document`` with each table that holds several forms one under another (a sheet on which a whole-unit form
    is followed by each project's: one grid, a 项目名称 label row after an indicator header and before another)
    cut into one table a form, each project's title row above its label row going with it."""
    blocks: list[Block] = []
    for block in document.blocks:
        blocks += _table_forms(block) if isinstance(block, Table) else [block]
    return document if len(blocks) == len(document.blocks) else replace(document, blocks=blocks)


def _table_forms(table: Table) -> list[Block]:
    cuts: list[int] = []
    headed = False  # an indicator header above, in the current part
    for r, row in enumerate(table.rows):
        if headed and _named_project(Table([row], table.name)) is not None \
                and any(indicator_headers(later) for later in table.rows[r + 1:]):
            above = r - 1 if r - 1 > (cuts[-1] if cuts else 0) and _title_row(table.rows[r - 1]) else r
            cuts.append(above)
            headed = False
        headed = headed or bool(indicator_headers(row))
    if not cuts:
        return [table]
    bounds = [0, *cuts, len(table.rows)]
    return [rows_of(table, a, b) for a, b in pairwise(bounds)]


def rows_of(table: Table, a: int, b: int) -> Table:
    """Rows ``a`` … ``b`` of ``table`` as a table of their own, each cell keeping where it was read."""
    return replace(table, rows=table.rows[a:b], row_offset=table.row_offset + a,
                   origins={(r - a, c): where for (r, c), where in table.origins.items() if a <= r < b},
                   guessed=frozenset((r - a, c) for r, c in table.guessed if a <= r < b),
                   confidences=None if table.confidences is None else table.confidences[a:b],
                   unread_before=frozenset(r - a for r in table.unread_before if a <= r < b))


def _title_row(row: list[str]) -> bool:
    """A row holding one short title cell (附表2：某某项目绩效自评表)."""
    cells = {cell.strip() for cell in row if cell.strip()}
    return len(cells) == 1 and bool(_TITLE_LINE.search(next(iter(cells)))) and len(next(iter(cells))) <= _TITLE_CHARS


def find_forms(document: Document) -> list[Form]:
    """The forms of ``document`` in order; one form spanning everything when it holds fewer than two."""
    blocks = document.blocks
    anchors = [(i, name) for i, block in enumerate(blocks) if (name := _named_project(block)) is not None]
    starts, names = [0], [None if not anchors else anchors[0][1]]
    current: str | None = None
    seen = False  # the current form has shown its indicator table
    scanned = 0
    prose = False  # the current form was opened by a "项目名称：…" line (a prose report: its indicators may be prose)
    for position, (at, name) in enumerate(anchors):
        seen = seen or any(_has_indicators(b, prose) for b in blocks[scanned:at]) or _headless_rows(blocks[scanned:at])
        scanned = at
        if not seen:
            prose = prose if current else isinstance(blocks[at], Paragraph)
            current = current or name
            continue
        following = anchors[position + 1][0] if position + 1 < len(anchors) else len(blocks)
        line = isinstance(blocks[at], Paragraph)
        if name == current or not any(_has_indicators(b, prose and line) or _has_money_block(b)
                                      for b in blocks[at:following]):
            continue
        prose = line
        if len(starts) == 1 and current is None:
            names[0] = None  # a whole-unit form first, project forms appended
        starts.append(_section_start(blocks, _title_start(blocks, at, starts[-1] + 1), starts[-1] + 1, name))
        names.append(name)
        current, seen, scanned = name, False, at
    # (several units' forms before forms retitled: both cut at each title, the first also gives each form its unit)
    if len(starts) == 1 and (titled := _titled_forms(blocks) or _unit_forms(blocks) or _retitled_forms(blocks)
                             or _restarted_reports(blocks)) is not None:
        return titled
    ends = [*starts[1:], len(blocks)]
    forms = [Form(start, end, name) for start, end, name in zip(starts, ends, names, strict=True)]
    if len(forms) > 1 and forms[0].name is None and _cut_tail(blocks[:forms[0].end]):
        return forms[1:]
    return forms


def _cut_tail(blocks: list[Block]) -> bool:
    """True when a span opens on indicator rows with nothing naming a form above them: the end of a
    form whose head was cut off (a whole-unit form first has its title, labels or budget block)."""
    first = next((i for i, block in enumerate(blocks) if _has_indicators(block)), None)
    if first is None:
        return False
    return not any(isinstance(block, Table) or _FORM_WORDS.search(block.text)
                   for block in blocks[:first] if isinstance(block, (Paragraph, Table)))


def cut_tail_warning(form: Form) -> str:
    return (f"文件开头的 {form.start} 段是上一张自评表被截断的末尾（没有标题和项目名称），未读取；"
            "读取的是其后完整的自评表")


def form_document(document: Document, forms: list[Form], number: int) -> Document:
    """The document cut to form ``number`` (from 1); the publication's metadata stays with every form."""
    form = forms[number - 1]
    return replace(document, blocks=document.blocks[form.start:form.end], warnings=list(document.warnings))


def form_label(form: Form) -> str:
    if form.name:
        return f"“{form.name}”"
    return f"“{form.unit}”整体支出表" if form.unit else "整体支出表"


def is_several_forms_warning(text: str) -> bool:
    """Whether ``text`` is :func:`several_forms_warning`'s (the web words its own, naming no option)."""
    return bool(_SEVERAL_FORMS.match(text))


def several_forms_warning(forms: list[Form], number: int) -> str:
    names = "、".join(form_label(form) for form in forms)
    return (f"本文件含 {len(forms)} 张自评表（{names}），只读取了第 {number} 张；"
            f"其余各表请分别读取（命令行 --form 1…{len(forms)}）")


_FORM_TITLE = re.compile(r"^\s*([\u4e00-\u9fff]{2,24}自评表)\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]")
_LINE_AT = re.compile(r"第(\d+)行")


def _line_of(block: Block) -> int | None:
    """The first line of the text a block was read from (a text file's blocks), or None."""
    where = [block.location] if isinstance(block, Paragraph) else list(block.origins.values())
    lines = [int(found.group(1)) for text in where if (found := _LINE_AT.search(text))]
    return min(lines) if lines else None


def _titled_forms(blocks: list[Block]) -> list[Form] | None:
    """Forms each written as one line of a text (:mod:`jixiao.readers.repeated_forms` cut them apart), the later
    ones opening on the same title ("某某项目支出绩效自评表 (2022 年度)"), each span naming a project (项目名称) and its
    money (年初预算数 …): a form spans the blocks read from its line on (the tables cut from a line stand before
    what is left of it). None unless two or more such spans."""
    titled = [(line, found.group(1)) for b in blocks if isinstance(b, Paragraph) and "自评表" in b.text
              and (found := _FORM_TITLE.match(b.text)) and (line := _line_of(b)) is not None]
    if not titled or len({compact(title) for _, title in titled}) != 1:
        return None
    lines = [_line_of(b) for b in blocks]
    starts = [0]
    for at, _ in titled:
        start = next((i for i, line in enumerate(lines) if line is not None and line >= at), len(blocks))
        if start > starts[-1]:
            starts.append(start)
    if len(starts) < 2:
        return None
    ends = [*starts[1:], len(blocks)]
    forms: list[Form] = []
    for k, (start, end) in enumerate(zip(starts, ends, strict=True), 1):
        span = blocks[start:end]
        words = "".join(b.text if isinstance(b, Paragraph) else "".join(c for row in b.rows for c in row)
                        for b in span)
        if "项目名称" not in words or not _MONEY_WORDS.search(words):
            return None
        name = next((named for b in span if (named := _named_project(b)) is not None), None)
        forms.append(Form(start, end, name or f"第{k}张{titled[0][1]}"))
    return forms


_MONEY_WORDS = re.compile(r"年初预算|全年预算|全年执行|预算数|执行数")
_TITLE_REACH = 4  # blocks from a form's title line to its money block (the year, the label rows)


def _retitled_forms(blocks: list[Block]) -> list[Form] | None:
    """Forms one after another, each under a title line ("项目支出绩效自评表", "某某项目绩效自评表": the same or each
    its own) with its money block right below and its indicator table after, when a later form's 项目名称 row was lost
    (a dropped line, a label run into its value): without the label the forms would be read as one, the later one's
    money and indicators the first's. A form spans its title (and a numbered heading just above it) to the next
    title. None unless two or more."""
    titles = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and len(text := compact(b.text)) <=
              _TITLE_CHARS and text.endswith("自评表") and any(_has_money_block(later)
                                                                 for later in blocks[i + 1:i + 1 + _TITLE_REACH])]
    if len(titles) < 2:
        return None
    if not all(any(_has_indicators(b) for b in blocks[a:z]) for a, z in pairwise([*titles, len(blocks)])):
        return None
    starts = [0] + [at - 1 if _TOP_HEADING.match(_paragraph_text(blocks[at - 1])) else at for at in titles[1:]]
    ends = [*starts[1:], len(blocks)]
    forms: list[Form] = []
    for k, (start, end, title) in enumerate(zip(starts, ends, titles, strict=True), 1):
        name = next((named for b in blocks[start:end] if (named := _named_project(b)) is not None), None)
        forms.append(Form(start, end, name or f"第{k}张{compact(_paragraph_text(blocks[title]))}"))
    return forms


_UNIT_LABEL = re.compile(r"^\s*([^:：\s]{2,12})\s*[:：]\s*([^\s:：,，;；。]{2,40})")
_YEAR_TITLE = re.compile(r"^(\S{2,30}?)(?:19|20)\d{2}\s*年度?.{0,20}整体.{0,12}自评表$")


def _unit_named(block: Block) -> str | None:
    """The unit a whole-unit form's head line names: its title ("某局2024年度部门整体支出绩效自评表") or its
    unit label ("填报单位：某局　　金额单位：元"); None when the line is neither or names no body."""
    text = _paragraph_text(block)
    if not text or len(text) > _TITLE_CHARS * 2:
        return None
    titled = _YEAR_TITLE.match(compact(text))
    if titled:
        name = titled.group(1)
    elif (labelled := _UNIT_LABEL.match(text)) and label_field(labelled.group(1)) == "unit.name":
        name = labelled.group(2)
    else:
        return None
    return name if names_a_body(name) else None


def _unit_forms(blocks: list[Block]) -> list[Form] | None:
    """Several units' whole-unit forms one after another (a finance bureau's compilation, a department's own form
    with its 下属单位' after it), each opened by a line naming another unit — its title or its 填报单位 line — with
    its money block right below and its indicator table before the next: read together, one unit's figures would
    be called inconsistent with the next unit's. A form spans its head line (and the title lines just above it, 附表2)
    to the next. None unless two or more."""
    heads = [(i, name) for i, b in enumerate(blocks) if (name := _unit_named(b)) is not None
             and any(_has_money_block(later) for later in blocks[i + 1:i + 1 + _TITLE_REACH])]
    if len(heads) < 2:
        return None
    starts, lines = [0], [heads[0]]
    for at, name in heads[1:]:
        if name == lines[-1][1] or not any(_has_indicators(b) for b in blocks[starts[-1]:at]):
            continue
        starts.append(_title_start(blocks, at, starts[-1] + 1))
        lines.append((at, name))
    if len(starts) < 2 or not any(_has_indicators(b) for b in blocks[starts[-1]:]):
        return None
    ends = [*starts[1:], len(blocks)]
    return [Form(start, end, None, _head(blocks[at])) for start, end, (at, _) in zip(starts, ends, lines, strict=True)]


def _head(block: Block) -> Paragraph | None:
    return block if isinstance(block, Paragraph) else None


_REPORT_TITLE = re.compile(r"(?:自评|评价)(?:报告|表)\s*$")


def _report_title(text: str) -> bool:
    """A title line of a report ("…绩效自评报告", "…评价表"); its ending tested first (most paragraphs end
    otherwise, and a search would try the pattern at each 自 and 评 of the paragraph)."""
    return text.rstrip().endswith(("报告", "表")) and _REPORT_TITLE.search(text) is not None


_FIRST_HEADING = re.compile(r"^\s*一\s*[、.．]")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
_STATED_TOTAL = re.compile(r"(?:自评|评价|综合)得分(?:为|是|[:：])?\s*\d{2,3}(?:\.\d+)?\s*分")


def _paragraph_text(block: Block) -> str:
    return block.text.strip() if isinstance(block, Paragraph) else ""


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "".join(cell for row in block.rows for cell in row)
    return _paragraph_text(block)


def _conclusion(blocks: list[Block]) -> int | None:
    """Where a report in ``blocks`` concludes: its stated total ("自评得分N分") after a later section's heading
    (二、 …), not a summary at the report's head. None when nothing concluded."""
    later = False
    for i, block in enumerate(blocks):
        text = _paragraph_text(block)
        later = later or bool(_TOP_HEADING.match(text) and not _FIRST_HEADING.match(text))
        if later and "得分" in (whole := _block_text(block)) and _STATED_TOTAL.search(whole):
            return i
    return None


def second_report_at(document: Document) -> Paragraph | None:
    """Where a second report seems to begin in a file read as one (its numbering restarting at 一、 after a concluded
    report, with no title line to cut at): the whole's sums (weights, total) may then mix two reports. None when
    not."""
    end = _conclusion(document.blocks)
    if end is None:
        return None
    return next((block for block in document.blocks[end + 1:]
                 if isinstance(block, Paragraph) and _FIRST_HEADING.match(block.text)), None)


def _restarted_reports(blocks: list[Block]) -> list[Form] | None:
    """Prose reports one after another in one file (a consultancy's file of several reports): a later title line of
    the same kind ("…绩效自评报告") with the report before it concluded (its stated total "自评得分N分" in a later
    section) and, after it, the numbering restarting at 一、 before a stated total of its own. A page header that
    repeats the title is no such start: the numbering goes on after it, or nothing before it concluded.
    None unless two or more such reports."""
    titles = [i for i, b in enumerate(blocks) if len(text := _paragraph_text(b)) <= _TITLE_CHARS
              and _report_title(text)]
    if len(titles) < 2:
        return None
    starts = [0]
    for at in titles[1:]:
        if _conclusion(blocks[starts[-1]:at]) is None:
            continue
        total = next((i for i in range(at + 1, len(blocks)) if _STATED_TOTAL.search(_block_text(blocks[i]))), None)
        if total is None or not any(_FIRST_HEADING.match(_paragraph_text(b)) for b in blocks[at + 1:total]):
            continue
        starts.append(_repeated_head(blocks, starts[-1], at))
    if len(starts) < 2:
        return None
    ends = [*starts[1:], len(blocks)]
    forms: list[Form] = []
    for start, end in zip(starts, ends, strict=True):
        span = blocks[start:end]
        name = next((named for b in span if (named := _named_project(b)) is not None), None)
        title = next(compact(text) for b in span if _report_title(text := _paragraph_text(b)))
        forms.append(Form(start, end, name or title))
    return forms


def _repeated_head(blocks: list[Block], previous: int, at: int) -> int:
    """``at`` (a report's title) moved up over the lines that stood above the previous report's title too (the
    unit's name heading each report)."""
    first = next(i for i in range(previous, at) if _report_title(_paragraph_text(blocks[i])))
    head = [_paragraph_text(b) for b in blocks[previous:first]]
    start = at
    while start > previous and head and _paragraph_text(blocks[start - 1]) == head[-1]:
        head.pop()
        start -= 1
    return start
