"""A form written as "label：value" lines (an OA system's detail view, a form printed one field a
line) → the neutral :class:`Table` the other readers give, so the table extractors read it.

A run of such lines whose labels are the form's column headers (年初预算数：… 全年执行数：… 执行率：…;
序号：… 三级指标：… 分值：… 得分：…) is a table row written vertically: its labels are the header, its
values one row. A label seen again in the same record (or a rule line between records) starts
the next row, so records between dashed rules, records a blank line apart and records that only
repeat their first label all give one row each. Lines whose labels name no column (填报单位：…,
自评总分：…) stay paragraphs for the label readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.prose_indicator_heads import level_caption, levels_after
from jixiao.readers.extract.table_columns import cell_role, indicator_header, money_header, money_role
from jixiao.readers.extract.transposed_indicators import upright, upright_parts
from jixiao.readers.label_fields import label_field
from jixiao.readers.labelled_value_rows import labelled_value_rows
from jixiao.readers.question_tables import question_table

# one pair: a short label of Chinese words (units in brackets allowed), a colon, the value
_PAIR = re.compile(r"^([\u4e00-\u9fff（）()%％]{2,16})\s*[：:]\s*(.*)$")
_CHEAP = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}\s*[：:]", re.MULTILINE)
_RULE = re.compile(r"^[-—─━═=_＿－·.*\s]{3,}$")
# "分值：10    得分：9.78" / "分值：10 得分：9.78": two pairs on one line (a space before the next label)
_SPLIT = re.compile(r"\s+(?=[\u4e00-\u9fff（）()]{2,16}\s*[：:])")
_NUMBERED = re.compile(r"^表\d+$")
# "分值/得分：10/9.5": two column labels sharing one field, their values in the same order
_JOINED_PAIR = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[/／]\s*([\u4e00-\u9fff]{2,8})\s*[：:]"
                          r"\s*([^/／\s]+)\s*[/／]\s*([^/／\s]+)$")
# a record's fields on one line ("指标名称：…  年度目标：…  分值：15  得分：15"): "label：value" pairs two spaces (or a
# tab) apart, each field opening on its label
_RECORD_FIELD = re.compile(r"[\u4e00-\u9fff（）()%％]{2,16}\s*[：:]\s*\S")
_RECORD_GAP = re.compile(r"\t|\s{2,}")
_RECORD_PAIRS = 3
# "【指标名称】某某率" / "【分值】15分　【得分】15分": a column label in 【】 stands where "label：" would (a report's
# indicator cards, one bracketed label a line)
_BRACKETED = re.compile(r"(^|\s)【\s*([\u4e00-\u9fff（）()%％]{2,16})\s*】\s*")
_MIN_PAIRS = 4  # lines holding a column label before the pass runs at all
_MIN_RUN = 3  # labelled lines that make one table


@dataclass(frozen=True)
class _Pair:
    label: str
    value: str
    at: int  # index of its block
    location: str


def record_views(document: Document) -> Document:
    """``document`` with every run of column-label lines turned into a table (unchanged when none)."""
    swaps: dict[int, list[Block]] = {}  # block index → what stands in its place
    for index, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            inline = inline_money(block)
            if inline is not None:
                swaps[index] = [inline]
        elif (asked := question_table(block)) is not None:
            swaps[index] = asked
        elif (stacked := labelled_value_rows(block)) is not None:
            swaps[index] = [stacked]
        elif (vertical := _pair_table(block)) is not None:
            swaps[index] = vertical
    paragraphs = [_colon_labels(b.text) for b in document.blocks
                  if isinstance(b, Paragraph) and ("：" in b.text or ":" in b.text or "【" in b.text)]
    if len(paragraphs) >= _MIN_PAIRS and len(_CHEAP.findall("\n".join(paragraphs))) >= _MIN_PAIRS:
        lines: list[list[_Pair] | None] = [_pairs(b, i) for i, b in enumerate(document.blocks)]
        _titled_records(document.blocks, lines)
        for segment in _segments(document.blocks, lines):
            table = _table(segment)
            if table is not None:
                swaps.update({p.at: [] for p in segment})
                swaps[segment[0].at] = [table]
    if not swaps:
        return document
    blocks: list[Block] = []
    for index, block in enumerate(document.blocks):
        blocks.extend(swaps.get(index, [block]))
    count = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            count += 1
            if not block.name or _NUMBERED.match(block.name):  # the text reader's 表N: numbered again in order
                blocks[index] = replace(block, name=f"表{count}")
    return replace(document, blocks=blocks)


def is_record_line(raw: str) -> bool:
    """Whether ``raw`` is one record's fields (three "label：value" pairs at least, each opening a field): left to
    :func:`record_views`, never cells of a table laid out in columns."""
    if raw.count("：") + raw.count(":") < _RECORD_PAIRS:  # (the cheap test first: most lines stop here)
        return False
    fields = [f for f in _RECORD_GAP.split(raw.strip()) if f]
    return len(fields) >= _RECORD_PAIRS and all(_RECORD_FIELD.match(f) for f in fields)


def _pair_table(table: Table) -> list[Block] | None:
    """A table of label | value rows (a web page's detail view: 序号 | 1, 三级指标 | …, 分值 | 10; also
    label | value | label | value) read the same way: its records as tables, its other rows kept. One record whose
    labels run down the first column, none twice, is an indicator table on its side: turned upright whole (its
    自评得分 is the record's score there, not the form's total)."""
    parts = upright_parts(table)  # an indicator block on its side under upright rows: the block alone turned
    if parts is not None:
        return list(parts)
    turned = upright(table)
    if turned is not table:
        return [turned]
    cells = [_distinct(row) for row in table.rows]
    if sum(1 for c in cells if len(c) >= 2 and _kind(c[0][1]) is not None) < _MIN_RUN:
        return None
    pseudo: list[Block] = []
    lines: list[list[_Pair] | None] = []
    for r, row in enumerate(cells):
        texts = [text for _, text in row]
        pseudo.append(Paragraph(" ".join(texts), table.row_location(r)))
        paired = len(row) >= 2 and not len(row) % 2 and all(_kind(label) for _, label in row[::2])
        lines.append([_Pair(label, value, r, table.cell_location(r, col))
                      for (_, label), (col, value) in zip(row[::2], row[1::2], strict=True)] if paired else None)
    out: list[Block] = []
    used: set[int] = set()
    records: dict[int, Table] = {}
    for segment in _segments(pseudo, lines):
        made = _table(segment)
        if made is not None:
            records[segment[0].at] = made
            used.update(p.at for p in segment)
    if not records:
        return None
    rest: list[int] = []
    for r in range(len(table.rows) + 1):
        if rest and (r in used or r == len(table.rows)):
            out.append(Table([table.rows[k] for k in rest], table.name, origins={
                (i, c): table.cell_location(k, c) for i, k in enumerate(rest) for c in range(len(table.rows[k]))}))
            rest = []
        if r in records:
            out.append(records[r])
        elif r < len(table.rows) and r not in used:
            rest.append(r)
    return out


def _distinct(row: list[str]) -> list[tuple[int, str]]:
    """A row's non-empty cells with their columns, a merged cell's repeats dropped."""
    out: list[tuple[int, str]] = []
    for col, cell in enumerate(row):
        text = cell.strip()
        if text and (not out or out[-1][1] != text):
            out.append((col, text))
    return out


def _pairs(block: Block, index: int) -> list[_Pair] | None:
    """The labelled pairs a paragraph holds when each is labelled by a column header, else None."""
    if not isinstance(block, Paragraph):
        return None
    text = _colon_labels(block.text)
    if "：" not in text and ":" not in text:
        # "【产出指标 · 数量指标】" over its items' records: ends the record before it, gives the next its levels
        caption = level_caption(block.text)
        if caption is None:
            return None
        return [_Pair("", "", index, block.location), _Pair("一级指标", caption[0], index, block.location),
                _Pair("二级指标", caption[1], index, block.location)]
    out: list[_Pair] = []
    for part in _SPLIT.split(text.strip()):
        joined = _JOINED_PAIR.match(part) if "/" in part or "／" in part else None
        if joined is not None and _kind(joined.group(1)) is not None and _kind(joined.group(2)) is not None:
            out += [_Pair(joined.group(1), joined.group(3), index, block.location),
                    _Pair(joined.group(2), joined.group(4), index, block.location)]
            continue
        found = _PAIR.match(part)
        if found is None or _kind(found.group(1)) is None:
            return None
        label, value = found.group(1).strip(), found.group(2).strip()
        levels = levels_after(value) if cell_role(label) == "name" else None
        if levels is not None:  # "指标名称：某某率（产出指标／数量指标）": the record's levels, then its name
            out += [_Pair("一级指标", levels[1], index, block.location),
                    _Pair("二级指标", levels[2], index, block.location)]
            value = levels[0]
        out.append(_Pair(label, value, index, block.location))
    return out


_TITLE = re.compile(r"^[^：:。；;，,]{2,40}$")


def _titled_records(blocks: list[Block], lines: list[list[_Pair] | None]) -> None:
    """A short unlabelled line heading a record whose labels name no indicator (a web page's card: its title, then
    一级指标：… 年度指标值：… 分值：… 得分：…) is the record's name: read as its 三级指标 pair, in place."""
    for index, block in enumerate(blocks[:-1]):
        if lines[index] is not None or not isinstance(block, Paragraph) or not _TITLE.match(block.text.strip()):
            continue
        run: list[_Pair] = []
        for pairs in lines[index + 1:]:
            if pairs is None or not pairs[0].label:  # (a level caption opens records of its own: no title's)
                break
            run += pairs
        roles = {cell_role(p.label) for p in run}
        if len(run) >= _MIN_RUN and "name" not in roles and roles & {"target", "actual", "level1", "level2"}:
            lines[index] = [_Pair("三级指标", block.text.strip(), index, block.location)]


def _colon_labels(text: str) -> str:
    """``text`` with each 【】-bracketed column label written "label：" (other bracketed words kept)."""
    if "【" not in text:
        return text
    return _BRACKETED.sub(lambda m: f"{m.group(1)}{m.group(2)}：" if _kind(m.group(2)) else m.group(0), text)


def _kind(label: str) -> str | None:
    """"money" / "indicator" for a label only one block's header has, "both" for 分值 / 得分; None for a
    label of the whole form (自评得分 / 自评总分: the total, not a column)."""
    if label_field(label) == "stated_total":
        return None
    money, indicator = money_role(label) is not None, cell_role(label) is not None
    if money and indicator:
        return "both"
    return "money" if money else ("indicator" if indicator else None)


def _segments(blocks: list[Block], lines: list[list[_Pair] | None]) -> list[list[_Pair]]:
    """Runs of consecutive labelled lines, cut where a label only the other block has begins (the
    money block's 得分 followed by the first record's 序号). A rule line between records is kept as
    an empty pair so the record ends there."""
    segments: list[list[_Pair]] = []
    current: list[_Pair] = []
    kind = "both"
    for index, block in enumerate(blocks):
        pairs = lines[index]
        if pairs is None:
            if current and isinstance(block, Paragraph) and _RULE.match(block.text):
                current.append(_Pair("", "", index, block.location))
                continue
            segments.append(current)
            current, kind = [], "both"
            continue
        for pair in pairs:
            own = _kind(pair.label) if pair.label else "both"  # (a caption's record break: either block's)
            if own != "both" and kind not in ("both", own):
                segments.append(current)
                current = []
            if own != "both":
                kind = own or kind
            current.append(pair)
    segments.append(current)
    return [s for s in segments if sum(1 for p in s if p.label) >= _MIN_RUN]


def _table(segment: list[_Pair]) -> Table | None:
    """The segment's records as a table (header row of labels, one row per record) when the labels
    make an indicator or money header, else None."""
    records: list[list[_Pair]] = [[]]
    for pair in segment:
        seen = {p.label for p in records[-1]}
        if (not pair.label or pair.label in seen) and records[-1]:
            records.append([])
        if pair.label:
            records[-1].append(pair)
    records = [r for r in records if r]
    header: list[str] = []
    for record in records:
        header.extend(p.label for p in record if p.label not in header)
    money = money_header(header) is not None and indicator_header(header) is None
    if not money and indicator_header(header) is None:
        return None
    if money and any(_TOLD.match(p.value) for record in records for p in record):
        return None  # "实际支出：4987.64万元，其中基本支出…": sentences with a label, read as the prose they are
    offset = 1 if money else 0  # a money block's rows start with their label (here none): amounts from column 2
    head = [""] * offset + header
    origins: dict[tuple[int, int], str] = {}
    rows = [head]
    for pair in records[0]:
        origins[0, header.index(pair.label) + offset] = pair.location
    for r, record in enumerate(records, start=1):
        row = [""] * len(head)
        for pair in record:
            col = header.index(pair.label) + offset
            row[col] = pair.value
            origins[r, col] = pair.location
        rows.append(row)
    return Table(rows, "", origins=origins)


_VALUE = re.compile(rf"^[￥¥]?{WRITTEN_FIGURE}(?:%|％|万元|元|亿元|分)?$")
# a money label's value that goes on after its figure ("5126.30万元（年中追加…）", "4987.64万元，其中基本支出…")
_TOLD = re.compile(rf"^[￥¥]?{WRITTEN_FIGURE}\s*(?:%|％|万元|元|亿元)\s*[，,；;（(][^)）]*[\u4e00-\u9fff]")


def inline_money(block: Paragraph) -> Table | None:
    """"项目资金（万元） 预算数 64.00 实际支出数 61.87 预算执行率 96.67%": a money block's header and
    its row written as label–value pairs on one line → the block as a table (the words before the
    first pair are its caption, which may say the unit)."""
    text = block.text
    if len(text) > 160 or "预算" not in text or ("执行" not in text and "支出" not in text):
        return None
    tokens = text.split()
    first = next((i for i, t in enumerate(tokens) if money_role(t) is not None and t[:1] not in "0123456789"), None)
    if first is None or first > 2 or (len(tokens) - first) % 2 or len(tokens) - first < 4:
        return None
    labels, values = tokens[first::2], tokens[first + 1::2]
    if any(money_role(label) is None for label in labels) or not all(_VALUE.match(v) for v in values):
        return None
    if money_header(labels) is None:
        return None
    caption = "".join(tokens[:first])
    return Table([[caption, *labels], ["", *values]], "",
                 origins={(r, c): block.location for r in (0, 1) for c in range(len(labels) + 1)})
