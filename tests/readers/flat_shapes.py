"""Metamorphic test material for issue 10: any Word or Excel form of the committed corpora, taken as
paragraphs and tables of cells (merged cells marked), written out in each flattened shape a reviewer
receives a form in. The reading of the docx/xlsx is the reference; each shape must give its facts, raise no
error-level finding the reference does not (``FALSE ERR``: an accusation born of the flattening) and keep each of
the reference's errors whose facts it reads alike (``LOST ERR``).

A form is a list of blocks: a paragraph (``str``) or a table (rows of ``Cell``; ``None`` marks a grid slot
covered by a cell merged down from the row above, a cell merged across is one ``Cell`` with ``colspan``).
"""

from __future__ import annotations

import contextlib
import html
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus import DATA, compare_fields
from page_reading import facts_of

from jixiao.checks import run_checks
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.robust import get_path
from jixiao.model import Evaluation
from jixiao.readers import read_any


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


Row = list[Cell | None]
Block = str | list[Row]
Form = list[Block]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


# -- reading a form's blocks out of its file -------------------------------------------------------------

def docx_form(path: Path) -> Form:
    """Paragraphs and top-level tables of a Word file in document order (python-docx's XML)."""
    import docx

    from jixiao.readers.source_docx import (
        WORD_NS,
        box_children,
        controlled,
        numbering_id,
        paragraph_text,
        style_maps,
        with_nested,
    )

    word = docx.Document(str(path))
    _, numbered = style_maps(word)
    counters: dict[str, int] = {}
    blocks: Form = []
    for element in controlled(word.element.body, "p", "tbl"):
        if element.tag == f"{WORD_NS}p":
            boxes = box_children(element)  # a form set in a text box: its paragraphs and tables, read as the reader
            text = _squeeze(paragraph_text(element, boxed=bool(boxes)))  # does, after the paragraph's own text
            list_id = numbering_id(element, numbered)
            if text and list_id is not None:  # Word's automatic numbering, as a viewer's copy shows it
                counters[list_id] = counters.get(list_id, 0) + 1
                text = f"{counters[list_id]}. {text}"
            if text:
                blocks.append(text)
            for child in boxes:
                if child.tag == f"{WORD_NS}tbl":
                    blocks.extend(_docx_rows(_docx_grid(tbl)) for tbl in with_nested(child))
                elif box_text := _squeeze(paragraph_text(child)):
                    blocks.append(box_text)
            continue
        blocks.extend(_docx_rows(_docx_grid(tbl)) for tbl in with_nested(element))
    return blocks


def _docx_grid(tbl: Any) -> list[list[tuple[str, int, bool]]]:
    """Per row, per cell: its text, how many grid columns it spans, whether it continues the cell above."""
    from jixiao.readers.source_docx import WORD_NS, controlled, first_child, paragraph_text

    grid: list[list[tuple[str, int, bool]]] = []
    for tr in controlled(tbl, "tr"):
        row = []
        for tc in controlled(tr, "tc"):
            tcpr = first_child(tc, "tcPr")
            span, below = 1, False
            if tcpr is not None:
                grid_span = first_child(tcpr, "gridSpan")
                span = int(grid_span.get(f"{WORD_NS}val", "1")) if grid_span is not None else 1
                merge = first_child(tcpr, "vMerge")
                below = merge is not None and merge.get(f"{WORD_NS}val", "continue") == "continue"
            text = _squeeze(" ".join(paragraph_text(p) for p in controlled(tc, "p")))
            row.append((text, span, below))
        grid.append(row)
    return grid


def _docx_rows(grid: list[list[tuple[str, int, bool]]]) -> list[Row]:
    starts = [[sum(s for _, s, _ in row[:i]) for i in range(len(row))] for row in grid]
    rows: list[Row] = []
    for r, row in enumerate(grid):
        out: Row = []
        for (text, span, below), col in zip(row, starts[r], strict=True):
            if below:
                out.extend([None] * span)
                continue
            down = 1
            while r + down < len(grid) and any(c == col and b for (_, _, b), c in
                                               zip(grid[r + down], starts[r + down], strict=True)):
                down += 1
            out.append(Cell(text, down, span))
        rows.append(out)
    return rows


def xlsx_form(path: Path) -> Form:
    """Each sheet of an Excel file as a table, values as the sheet displays them, merged ranges kept."""
    import openpyxl

    from jixiao.readers.source_xlsx import Formulas, cell_text, formula_text

    book = openpyxl.load_workbook(str(path), data_only=True)
    written = openpyxl.load_workbook(str(path), data_only=False)
    blocks: Form = []
    for sheet, formulas in zip(book.worksheets, written.worksheets, strict=True):
        if sheet.sheet_state != "visible":
            continue
        height, width = sheet.max_row, sheet.max_column
        text = [[cell_text(sheet.cell(r, c).value, sheet.cell(r, c).number_format) for c in range(1, width + 1)]
                for r in range(1, height + 1)]
        values = Formulas(sheet, formulas)
        for (r, c), cell in formulas._cells.items():
            if isinstance(cell.value, str) and cell.value.startswith("=") and not text[r - 1][c - 1]:
                with contextlib.suppress(Exception):  # a formula the reader cannot compute stays blank there too
                    text[r - 1][c - 1] = formula_text(cell.value, values.value(r, c),
                                                       sheet.cell(r, c).number_format)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        below: set[tuple[int, int]] = set()  # slots under a merged range's top row
        across: set[tuple[int, int]] = set()  # slots right of a merged range's first column, on its top row
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row, merged.min_col
            spans[(top, left)] = (merged.max_row - top + 1, merged.max_col - left + 1)
            below |= {(r, c) for r in range(top + 1, merged.max_row + 1) for c in range(left, merged.max_col + 1)}
            across |= {(top, c) for c in range(left + 1, merged.max_col + 1)}
        hidden_rows = {r for r, dim in sheet.row_dimensions.items() if dim.hidden}
        rows: list[Row] = []
        for r in range(1, height + 1):
            if r in hidden_rows:  # blank to the reader too (hidden columns it reads: so does the copy here)
                continue
            row: Row = []
            for c in range(1, width + 1):
                if (r, c) in below:
                    row.append(None)
                elif (r, c) not in across:
                    rowspan, colspan = spans.get((r, c), (1, 1))
                    row.append(Cell(_squeeze(text[r - 1][c - 1]), rowspan, colspan))
            rows.append(row)
        rows = [row for row in rows if any(cell is None or cell.text for cell in row)]
        if rows:
            blocks.append(rows)
    return blocks


def form_of(path: Path) -> Form:
    return docx_form(path) if path.suffix == ".docx" else xlsx_form(path)


# -- the shapes ----------------------------------------------------------------------------------------------

def _cells(row: Row) -> list[str]:
    """The cells a flattening keeps of a row: merged-down slots left out, a merged-across cell once."""
    return [cell.text for cell in row if cell is not None]


def _lines(form: Form, row_line: Callable[[list[str]], list[str]]) -> list[str]:
    out: list[str] = []
    for block in form:
        if isinstance(block, str):
            out.append(block)
        else:
            for row in block:
                out.extend(row_line(_cells(row)))
    return out


def one_cell_per_line(form: Form, seed: int = 1) -> str:
    return "\n".join(_lines(form, lambda cells: [c for c in cells if c])) + "\n"


def cells_with_blank_lines(form: Form, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for line in _lines(form, lambda cells: [c for c in cells if c]):
        out.append(line)
        out.extend([""] * rng.choice((0, 1, 1, 2)))
    return "\n".join(out) + "\n"


def web_cells(form: Form, seed: int = 2) -> str:
    """Cells ending in " |", lone "|" for empty cells, "|||||||" row breaks, some whole rows on one line
    without a leading "|"; a site's breadcrumb above and share line below."""
    rng = random.Random(seed)

    def row_line(cells: list[str]) -> list[str]:
        lines = [" | ".join(cells) + " |"] if rng.random() < 0.35 and all(cells) else \
            [f"{cell} |" if cell else "|" for cell in cells]
        return lines + (["|||||||"] if rng.random() < 0.3 else [])

    return "\n".join(["首页 > 信息公开 > 预算绩效", *_lines(form, row_line), "分享到："]) + "\n"


_META = "admin 2024zx17 1 2025-03-10T08:21:05Z 2025-03-12T02:11:40Z 12.00 2052-11.1.0.14036 False False"


def rows_spaced(form: Form, seed: int = 3) -> str:
    """A viewer's metadata block, then each row on one line, its cells separated by single spaces."""
    return "\n".join([_META, *_lines(form, lambda cells: [" ".join(c for c in cells if c)])]) + "\n"


def one_line(form: Form, seed: int = 3) -> str:
    """A viewer's metadata, then the whole form on one line separated by single spaces."""
    return " ".join([_META, *_lines(form, lambda cells: [" ".join(c for c in cells if c)])]) + "\n"


def fused(form: Form, seed: int = 4) -> str:
    """Each row's cells run together, as a document viewer's text layer gives them."""
    return "\n".join(_lines(form, lambda cells: ["".join(cells)])) + "\n"


# a few characters' readings, as a site that prints pinyin above characters gives them inline
_PINYIN = {"項": "xiàng", "預": "yù", "算": "suàn", "資": "zī", "金": "jīn", "標": "biāo", "萬": "wàn"}


def traditional(form: Form, seed: int = 5) -> str:
    """One cell per line in traditional characters (OpenCC s2t), some characters followed by their pinyin."""
    import opencc

    text = opencc.OpenCC("s2t").convert(one_cell_per_line(form))
    rng = random.Random(seed)
    return re.sub("[" + "".join(_PINYIN) + "]",
                  lambda m: m.group() + (f"({_PINYIN[m.group()]})" if rng.random() < 0.5 else ""), text)


def page_html(form: Form, seed: int = 6) -> str:
    """The form as a government site's saved page: navigation, an accessibility bar, the metadata block,
    the tables with rowspan/colspan, a share line and a footer."""
    body: list[str] = []
    for block in form:
        if isinstance(block, str):
            body.append(f"<p>{html.escape(block)}</p>")
            continue
        body.append('<table border="1">')
        for row in block:
            tds = "".join(f"<td{f' rowspan={cell.rowspan}' if cell.rowspan > 1 else ''}"
                          f"{f' colspan={cell.colspan}' if cell.colspan > 1 else ''}>{html.escape(cell.text)}</td>"
                          for cell in row if cell is not None)
            body.append(f"<tr>{tds}</tr>")
        body.append("</table>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>信息公开</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/xxgk\">信息公开</a> <a href=\"#\">无障碍</a>"
            " <a href=\"#\">适老化</a></div>"
            "<div class=\"meta\"><span>索引号：000000/2025-00017</span><span>发布日期：2025-03-12</span></div>"
            "<div class=\"content\">" + "\n".join(body) + "</div>"
            "<div class=\"share\">分享到：微信 微博</div><div class=\"footer\">版权所有 网站标识码 0000000000</div>"
            "</body></html>\n")


SHAPES: dict[str, tuple[str, Callable[[Form, int], str]]] = {
    "cells": (".txt", one_cell_per_line),
    "cells_blank": (".txt", cells_with_blank_lines),
    "web": (".txt", web_cells),
    "rows_spaced": (".txt", rows_spaced),
    "one_line": (".txt", one_line),
    "fused": (".txt", fused),
    "html": (".html", page_html),
    "traditional": (".txt", traditional),
}


# -- the harness ---------------------------------------------------------------------------------------------

def sources() -> list[Path]:
    """Every Word and Excel report of the committed corpora."""
    return sorted(p for ext in ("docx", "xlsx") for p in DATA.glob(f"*/*.{ext}"))


def _stated(value: Any) -> Any:
    """The facts a reading holds: empty, None and default-false values left out."""
    if isinstance(value, dict):
        kept = {k: _stated(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, {}, [], "", False)}
    if isinstance(value, list):
        return [_stated(v) for v in value]
    return value


def facts(path: Path) -> dict[str, Any]:
    return _stated(facts_of(read_any(path).evaluation, "json"))


def read_shape(form: Form, shape: str, folder: Path, seed: int = 0) -> Evaluation | None:
    """The reading of one shape of the form (None: refused or crashed)."""
    suffix, write = SHAPES[shape]
    path = folder / f"{shape}{suffix}"
    path.write_text(write(form, seed), encoding="utf-8")
    try:
        return read_any(path).evaluation
    except Exception:  # a refused or crashing shape reads no field
        return None


def compare_shape(reference: dict[str, Any], form: Form, shape: str, folder: Path,
                  seed: int = 0) -> list[tuple[str, Any, Any]]:
    """The reference's fields compared with the reading of one shape of the form."""
    got = read_shape(form, shape, folder, seed)
    return compare_fields(reference, facts_of(got, "json") if got is not None else {}, "")


def error_findings(evaluation: Evaluation) -> dict[str, list[Finding]]:
    """The error-level findings of a reading, by code."""
    out: dict[str, list[Finding]] = {}
    for finding in run_checks(evaluation):
        if finding.severity is Severity.ERROR:
            out.setdefault(finding.code, []).append(finding)
    return out


def _facts_read(finding: Finding, reference: Evaluation, got: Evaluation) -> bool:
    """Every fact the form's own finding rests on is read the same in the shape."""
    paths = [fact.path for fact in finding.facts] or [finding.location]
    return all(get_path(got, path) == get_path(reference, path) for path in paths if path)


@dataclass
class ShapeResult:
    """One shape of one form: its fields against the form's reading, the error-level findings it raises that
    the form's reading does not (``false``), and the form's own errors it loses although it reads the facts
    they rest on (``lost``)."""

    fields: list[tuple[str, Any, Any]]
    false: list[str]
    lost: list[str]


def check_shape(reference: Evaluation, errors: dict[str, list[Finding]], form: Form, shape: str,
                folder: Path) -> ShapeResult:
    got = read_shape(form, shape, folder)
    fields = compare_fields(_stated(facts_of(reference, "json")), facts_of(got, "json") if got else {}, "")
    if got is None:
        return ShapeResult(fields, [], [])
    raised = error_findings(got)
    lost = [code for code, found in errors.items()
            if code not in raised and all(_facts_read(f, reference, got) for f in found)]
    return ShapeResult(fields, sorted(set(raised) - set(errors)), sorted(lost))


def measure(paths: list[Path], shapes: list[str], folder: Path) -> dict[str, dict[str, ShapeResult]]:
    """Per shape, per source file: the reference's fields and error-level findings against the shape's."""
    out: dict[str, dict[str, ShapeResult]] = {shape: {} for shape in shapes}
    for path in paths:
        reference, form = read_any(path).evaluation, form_of(path)
        errors = error_findings(reference)
        for shape in shapes:
            out[shape][path.parent.name + "/" + path.name] = check_shape(reference, errors, form, shape, folder)
    return out


def main() -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description="each flattened shape of every Word/Excel form against its file")
    parser.add_argument("-v", action="store_true", help="list every missed field")
    parser.add_argument("--shape", action="append", help="only these shapes")
    parser.add_argument("--only", help="only sources whose path holds this")
    args = parser.parse_args()
    paths = [p for p in sources() if not args.only or args.only in str(p)]
    with tempfile.TemporaryDirectory() as folder:
        results = measure(paths, args.shape or list(SHAPES), Path(folder))
    for shape, per_form in results.items():
        ok = sum(got == "OK" for r in per_form.values() for _, _, got in r.fields)
        total = sum(len(r.fields) for r in per_form.values())
        whole = sum(all(got == "OK" for _, _, got in r.fields) for r in per_form.values())
        false = sum(len(r.false) for r in per_form.values())
        lost = sum(len(r.lost) for r in per_form.values())
        print(f"{shape}: {ok}/{total} fields = {ok / max(total, 1):.2%}; {whole}/{len(per_form)} forms at 100 %; "
              f"{false} false errors; {lost} lost errors")
        for name, r in per_form.items():
            print("".join(f"  FALSE ERR {shape} {name} {code}\n" for code in r.false)
                  + "".join(f"  LOST ERR {shape} {name} {code}\n" for code in r.lost), end="")
            missed = [(p, w, g) for p, w, g in r.fields if g != "OK"]
            if args.v and missed:
                print(f"  {name}: {len(r.fields) - len(missed)}/{len(r.fields)}")
                for p, w, g in missed:
                    print(f"      {p}: expected {str(w)[:60]!r}, got {str(g)[:60]!r}")

if __name__ == "__main__":
    main()
