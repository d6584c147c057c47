"""False errors born of damage: every committed corpus document (its text as the readers give it: a txt as is, any
other file's (docx, HTML page, sheet, PDF, legacy Word / WPS; not a scan) paragraphs with its tables as web-copied rows
``cell | cell |``) and every real page kept
under /work/pages/<set>/pNN.txt, damaged the way a site, a viewer or a search excerpt gives a page, then read
(``jixiao parse``'s path) and checked. Reported: each error-level finding the document's expected facts do not raise
(planted ones aside) and that the undamaged text's reading does not raise either (that one is a plain misreading,
``measure_pages.py``'s ``FALSE ERR``), unless the damaged text itself plainly states it (a dropped line of a
numbered list leaves the gap the text shows).

    PYTHONPATH=src:tests/readers .venv/bin/python tests/readers/perturb_checks.py [--only X] [--kind K] [-v] [--full]
        [--lost]

``--lost``: instead, each planted error that the undamaged text's reading raises and a damaged version's does not.

Kinds of damage: ``cut`` (the text cut after a line, as an excerpt ends), ``cut_mid`` (cut inside a line),
``drop`` (one line missing), ``drop_page`` (a page-sized run of lines missing), ``wrap`` (lines re-wrapped at a fixed
width, as a viewer does), ``join`` (every line joined with a space), ``furniture`` (a page header and page number line
repeated in the middle). A hurried clerk's or a viewer's damage to one line, at lines it changes (sampled the same
way): ``swap`` (a line and the one before it in each other's place), ``merge`` (two cells of a row run together, or a
line run onto the next with no separator), ``split_num`` (a figure split across two lines), ``no_unit`` (万元 struck
from a line), ``cn_num`` (a line's small whole numbers written in Chinese numerals); and to the whole text:
``wide`` (every digit, point and % full-width, as OCR gives them), ``no_weight`` (a table's 分值 / 权重 column lost
from its header and every row under it), ``no_total`` (every total row: 总分, 合计, 自评得分 … cut). And, to one row of
a table at a time: ``page_break`` (a page's footer with its number and the next page's header between two rows),
``shift`` (a row's cells after its first moved one column right, an empty cell before them), ``thousands`` (a
thousands separator read as a decimal point: "1,234.50" as "1.234.50", "12,500" as "12.500"), ``unit_swap``
(a header's 万元 read as 元, or 元 as 万元); and to a score table: ``cut_rows`` (its last indicator rows lost
before its total row, as a page cut gives it). And as OCR, a viewer or a hurried clerk gives a table: ``ocr``
(a line's figures with 0 read as O, 1 as l or a decimal point as 。, one confusion a line, in turn),
``drop_column`` (a column lost from a table's header and each row of as many cells), ``unit_lost``
(a header's （万元） or a 单位：元 line lost), ``swap_rows`` (a row and the one two below it of as many cells in each
other's place, no total row), ``dup_total`` (a total row said twice).
"""

from __future__ import annotations

import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus import DATA, errors, expected_evaluation, report_for

from jixiao.readers import read_any
from jixiao.readers.document import Paragraph, Table
from jixiao.readers.report import REPORT_SUFFIXES, read_document

PAGES = Path("/work/pages")
# every report format but a scan (an image's text is OCR's, not the file's): a sheet, a PDF or a legacy Word / WPS
# file is damaged in its text as read, paragraphs one a line and tables as web-copied rows, as a viewer shows it
DAMAGED_SUFFIXES = REPORT_SUFFIXES - {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SAMPLES = 3  # cut / drop points per document unless --full
PAGE_LINES = 40  # a page of a viewer's copy, in lines
WRAP_WIDTH = 38  # a narrow viewer's line, in characters
# a cell that is one figure, its comparator and unit around it ("≥360小时", "96.14%", "0次"); not a text holding one.
# (Marks only before the run's first digit: "[\d.,]*\d" would try every digit of a long run as that one, quadratic.)
_FIGURE = re.compile(r"[^\d\s]{0,2}\s*[.,]*\d[\d.,]*\s*[^\d\s]{0,4}")
_WIDE = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_SMALL_WHOLE = re.compile(r"(?<![\d.,])[1-9]\d?(?![\d.,])")  # (not a part of "2,980.00")
_LONG_FIGURE = re.compile(r"\d[\d.]{2,}\d")
_CN_DIGITS = "零一二三四五六七八九"
_WEIGHT_CELL = {"分值", "权重", "指标分值", "分值（分）", "分值(分)", "权重（分）", "指标权重"}
_TOTAL_ROW = re.compile(r"\s*\|?\s*(总分|合计|总计|自评得分|综合得分|自评总分)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_UNIT_CELL = re.compile(r"[（(]万?元[)）]")
_FIGURE_ROW = re.compile(r"\d")
CUT_ROWS = 2  # indicator rows lost before a score table's total row
# a figure OCR may confuse: digits with a point, a comma or % among them, two characters or more
_OCR_FIGURE = re.compile(r"(?<![\w.])\d[\d.,]*\d%?")
# a unit named in a header or a line of its own: （万元）, (单位：元), 单位：万元, 金额单位:万元
_UNIT_NAMED = re.compile(r"[（(]\s*(?:(?:金额)?单位[:：]\s*)?万?元\s*[)）]|(?:金额)?单位[:：]\s*万?元")


def document_text(path: Path) -> str:
    """The text of a report as its reader gives it: a text file as is; another file's paragraphs, one a line, and its
    tables as web-copied rows (a merged cell once per row)."""
    if path.suffix.lower() in {".txt", ".md"}:
        return path.read_text(encoding="utf-8")
    lines: list[str] = []
    for block in read_document(path).blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend("".join(f"{c} | " for c in web_cells(row)).rstrip() for row in block.rows)
    return "\n".join(lines) + "\n"


def web_cells(row: list[str]) -> list[str]:
    """A table row's cells as a web copy gives them: a merged cell (repeated in every cell it covers, as the readers
    give it) once. A cell that is a figure is always kept: side by side, equal figures are two cells (a target met
    exactly, a full score: "0次 | 0次 | 25 | 25"), and giving them once shortens the row."""
    return [c for i, c in enumerate(row) if i == 0 or c != row[i - 1] or _FIGURE.fullmatch(c.strip())]


def _points(count: int, full: bool) -> list[int]:
    """Line indexes from 1 to ``count - 1``: every one, or a few evenly spaced."""
    if count < 2:
        return []
    if full:
        return list(range(1, count))
    step = max(1, count // (SAMPLES + 1))
    return sorted({min(count - 1, step * k) for k in range(1, SAMPLES + 1)})


Damage = tuple[str, str, str]  # kind, where (for the listing), damaged text


def damages(text: str, full: bool = False) -> Iterator[Damage]:
    """Every damaged version of ``text`` of the harness's kinds."""
    lines = [line for line in text.splitlines() if line.strip()]
    n = len(lines)
    for k in _points(n, full):
        yield "cut", f"after line {k}", "\n".join(lines[:k]) + "\n"
        line = lines[k]
        if len(line) > 8:
            yield "cut_mid", f"inside line {k + 1}", "\n".join([*lines[:k], line[: len(line) // 2]]) + "\n"
        yield "drop", f"line {k + 1}", "\n".join(lines[:k] + lines[k + 1:]) + "\n"
    for start in range(PAGE_LINES // 2, n - 1, PAGE_LINES) if full else [n // 3] if n > PAGE_LINES else []:
        yield "drop_page", f"lines {start + 1}-{start + PAGE_LINES}", \
            "\n".join(lines[:start] + lines[start + PAGE_LINES:]) + "\n"
    wrapped = [part for line in lines for part in textwrap.wrap(line, WRAP_WIDTH) or [line]]
    yield "wrap", f"width {WRAP_WIDTH}", "\n".join(wrapped) + "\n"
    yield "join", "one line", " ".join(line.strip() for line in lines) + "\n"
    if n > 4:
        middle = n // 2
        yield "furniture", f"at line {middle + 1}", \
            "\n".join([*lines[:middle], "第 2 页 共 3 页", lines[0], *lines[middle:]]) + "\n"
    yield from _clerk_damages(lines, full)


def _chinese(whole: re.Match[str]) -> str:
    """1 … 99 in Chinese numerals (10 十, 25 二十五)."""
    tens, ones = divmod(int(whole.group()), 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


def _merged(line: str, following: str) -> str:
    """Two cells of a row run together (the row's middle separator gone), or, in a line of no cells, the line run
    onto the next."""
    bars = [i for i, c in enumerate(line.rstrip(" |")) if c == "|"]
    if not bars:
        return line.rstrip() + following.lstrip()
    at = bars[len(bars) // 2]
    return line[:at].rstrip() + line[at + 1:].lstrip()


def _split_number(line: str) -> str:
    """The line's first figure of four characters or more broken across two lines in its middle."""
    found = _LONG_FIGURE.search(line)
    assert found
    at = (found.start() + found.end()) // 2
    return line[:at] + "\n" + line[at:]


def _without_weight_column(lines: list[str]) -> list[str]:
    """Every table's 分值 / 权重 cell lost from its header line of cells, and the cell at that place from each row of
    at least as many cells under it (up to the next such header)."""
    out, column = [], -1
    for line in lines:
        cells = line.split("|")
        names = [c.strip() for c in cells]
        weight = next((i for i, c in enumerate(names) if c in _WEIGHT_CELL), -1)
        if weight >= 0:
            column = weight
        if column >= 0 and len(cells) > column + 1:
            line = "|".join(cells[:column] + cells[column + 1:])
        out.append(line)
    return out


def _text(parts: list[str]) -> str:
    """Lines as a text."""
    return "\n".join(parts) + "\n"


def _places(lines: list[str], changed: Callable[[int], bool], full: bool, stop: int) -> list[int]:
    """The line indexes from 1 up to ``stop`` that a damage changes: every one, or a few evenly spaced."""
    places = [k for k in range(1, stop) if changed(k)]
    return places if full else [places[i - 1] for i in _points(len(places) + 1, False)]


def _clerk_damages(lines: list[str], full: bool) -> Iterator[Damage]:
    """Damage to one line at a time (at sampled lines it changes) and to the whole text, as a clerk or a viewer
    gives it."""
    def at(changed: Callable[[int], bool]) -> list[int]:
        return _places(lines, changed, full, len(lines) - 1)

    for k in at(lambda k: lines[k] != lines[k - 1]):
        yield "swap", f"lines {k} and {k + 1}", _text([*lines[:k - 1], lines[k], lines[k - 1], *lines[k + 1:]])
    for k in at(lambda k: True):
        yield "merge", f"line {k + 1}", _text([*lines[:k], _merged(lines[k], lines[k + 1]), *lines[k + 2:]]
                                             if "|" not in lines[k].rstrip(" |") else
                                             [*lines[:k], _merged(lines[k], ""), *lines[k + 1:]])
    for k in at(lambda k: bool(_LONG_FIGURE.search(lines[k]))):
        yield "split_num", f"line {k + 1}", _text([*lines[:k], _split_number(lines[k]), *lines[k + 1:]])
    for k in at(lambda k: "万元" in lines[k]):
        yield "no_unit", f"line {k + 1}", _text([*lines[:k], lines[k].replace("万元", ""), *lines[k + 1:]])
    for k in at(lambda k: bool(_SMALL_WHOLE.search(lines[k]))):
        yield "cn_num", f"line {k + 1}", _text([*lines[:k], _SMALL_WHOLE.sub(_chinese, lines[k]), *lines[k + 1:]])
    yield "wide", "every figure", _text([line.translate(_WIDE) for line in lines])
    weightless = _without_weight_column(lines)
    if weightless != lines:
        yield "no_weight", "分值 column", _text(weightless)
    totalless = [line for line in lines if not _TOTAL_ROW.match(line)]
    if len(totalless) < len(lines):
        yield "no_total", "total rows", _text(totalless)
    yield from _table_damages(lines, full)


def _is_row(line: str) -> bool:
    """A line of two cells or more (a web-copied table row)."""
    return line.rstrip(" |").count("|") >= 1


def _swapped_unit(unit: re.Match[str]) -> str:
    return unit.group().replace("万", "") if "万" in unit.group() else unit.group()[0] + "万元" + unit.group()[-1]


def _table_damages(lines: list[str], full: bool) -> Iterator[Damage]:
    """Damage to a table's rows, one at a time, as a viewer, OCR or a clerk gives it."""
    def at(changed: Callable[[int], bool]) -> list[int]:
        return _places(lines, changed, full, len(lines))

    for k in at(lambda k: _is_row(lines[k]) and _is_row(lines[k - 1])):
        yield "page_break", f"before line {k + 1}", _text([*lines[:k], "- 2 -", lines[0], *lines[k:]])
    for k in at(lambda k: _is_row(lines[k])):
        first, _, rest = lines[k].partition("|")
        yield "shift", f"line {k + 1}", _text([*lines[:k], f"{first}|  |{rest}", *lines[k + 1:]])
    for k in at(lambda k: bool(_THOUSANDS.search(lines[k]))):
        yield "thousands", f"line {k + 1}", _text([*lines[:k], _THOUSANDS.sub(".", lines[k]), *lines[k + 1:]])
    for k in at(lambda k: bool(_UNIT_CELL.search(lines[k]))):
        yield "unit_swap", f"line {k + 1}", _text([*lines[:k], _UNIT_CELL.sub(_swapped_unit, lines[k]),
                                                  *lines[k + 1:]])
    for k in at(lambda k: bool(_TOTAL_ROW.match(lines[k])) and _is_row(lines[k])):
        rows = [i for i in range(max(0, k - CUT_ROWS), k) if _is_row(lines[i]) and _FIGURE_ROW.search(lines[i])]
        if len(rows) == CUT_ROWS:
            yield "cut_rows", f"lines {rows[0] + 1}-{k}", _text([*lines[:rows[0]], *lines[k:]])
    yield from _hurried_damages(lines, full)


def _ocr_confused(line: str, which: int) -> str:
    """The line's figures as OCR misreads them, one confusion a line (``which`` picks it): 0 as O, 1 as l, or a
    decimal point as 。."""
    def confused(figure: re.Match[str]) -> str:
        text = figure.group()
        if which == 0:
            return text.replace("0", "O")
        if which == 1:
            return text.replace("1", "l")
        return re.sub(r"(?<=\d)\.(?=\d)", "。", text)

    return _OCR_FIGURE.sub(confused, line)


def _cells(line: str) -> int:
    """The cells of a row, an empty last cell counted ("… | 15 |  |")."""
    return len(line.rstrip().removesuffix("|").split("|"))


def _even_tables(lines: list[str]) -> list[tuple[int, list[int]]]:
    """(cells, rows) of each table for each width three of its rows or more share, the first a header (no cell a
    figure): a header and its rows (a row of another width, its cells merged or shifted, kept out: where its cell
    of the header's column is cannot be told). A table is a run of lines of cells, cut where a row of no figure
    (another table's header) changes the width."""
    found, run = [], list[int]()
    for k, line in enumerate([*lines, ""]):
        if _is_row(line) and not (run and _cells(line) != _cells(lines[run[-1]]) and not _FIGURE_ROW.search(line)):
            run.append(k)
            continue
        for width, count in Counter(_cells(lines[i]) for i in run).items():
            rows = [i for i in run if _cells(lines[i]) == width]
            if count >= 3 and width >= 3 and not any(_FIGURE.fullmatch(c.strip()) for c in lines[rows[0]].split("|")):
                found.append((width, rows))
        run = [k] if _is_row(line) else []
    return found


def _without_column(lines: list[str], rows: list[int], column: int) -> list[str]:
    """``lines`` with the cell at ``column`` lost from each of the ``rows``."""
    out = list(lines)
    for k in rows:
        cells = lines[k].split("|")
        out[k] = "|".join(cells[:column] + cells[column + 1:])
    return out


def _hurried_damages(lines: list[str], full: bool) -> Iterator[Damage]:
    """OCR's, a viewer's or a hurried clerk's damage to a table: confused characters in a row's figures, a column
    lost from every row, a header's unit lost, two rows in each other's place, a total row said twice."""
    def at(changed: Callable[[int], bool]) -> list[int]:
        return _places(lines, changed, full, len(lines))

    for n, k in enumerate(at(lambda k: any(set(f) & set("01.") for f in _OCR_FIGURE.findall(lines[k])))):
        # one confusion a line, in turn (the next one when the line has nothing it confuses)
        damaged = next(d for w in (n % 3, (n + 1) % 3, (n + 2) % 3) if (d := _ocr_confused(lines[k], w)) != lines[k])
        yield "ocr", f"line {k + 1}", _text([*lines[:k], damaged, *lines[k + 1:]])
    for width, rows in _even_tables(lines):
        for column in range(1, width) if full else sorted({1, width // 2, width - 1} - {0}):
            yield "drop_column", f"column {column + 1} of lines {rows[0] + 1}-{rows[-1] + 1}", \
                _text(_without_column(lines, rows, column))
    for k in at(lambda k: bool(_UNIT_NAMED.search(lines[k]))):
        yield "unit_lost", f"line {k + 1}", _text([*lines[:k], _UNIT_NAMED.sub("", lines[k]), *lines[k + 1:]])
    for k in at(lambda k: k >= 2 and all(_is_row(lines[i]) and _FIGURE_ROW.search(lines[i])
                                         and not _TOTAL_ROW.match(lines[i]) for i in (k - 2, k))
                and _cells(lines[k]) == _cells(lines[k - 2]) and lines[k] != lines[k - 2]):
        yield "swap_rows", f"lines {k - 1} and {k + 1}", \
            _text([*lines[:k - 2], lines[k], lines[k - 1], lines[k - 2], *lines[k + 1:]])
    for k in at(lambda k: bool(_TOTAL_ROW.match(lines[k])) and _is_row(lines[k])):
        yield "dup_total", f"line {k + 1}", _text([*lines[:k + 1], lines[k], *lines[k + 1:]])


def _plainly_stated(kind: str, code: str) -> bool:
    """The damaged text itself states what the finding says: a dropped line of a numbered list leaves its gap."""
    return kind in {"drop", "drop_page"} and code == "NUMBERING_GAP"


@dataclass(frozen=True)
class Finding:
    """One false error: the document, the damage, and the check's code."""

    document: str
    kind: str
    where: str
    code: str


def sources(only: str | None = None, every: int = 1, offset: int = 0) -> list[tuple[str, Path, Path]]:
    """(name, report, expected facts) of every committed corpus document with text, and every real page (``every``:
    only each such one in so many, in order of name, starting at the ``offset``-th)."""
    found = []
    for expected in sorted(DATA.glob("*/*.expected.yaml")) + sorted(PAGES.glob("*/*.expected.yaml")):
        try:
            report = report_for(expected)
        except AssertionError:
            continue
        name = f"{expected.parent.name}/{report.name}"
        if report.suffix.lower() in DAMAGED_SUFFIXES and (not only or only in name):
            found.append((name, report, expected))
    return found[offset::every]


def _read_errors(text: str, folder: Path) -> set[str] | None:
    """The error-level finding codes of ``text`` read as a txt file (None: refused or crashed)."""
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return errors(read_any(path).evaluation)
    except Exception:  # a refused damaged page accuses nobody
        return None


def check_document(name: str, report: Path, expected: Path, folder: Path, full: bool = False,
                   kinds: set[str] | None = None) -> tuple[int, list[Finding]]:
    """How many damaged versions of one document were read, and their false errors."""
    try:
        truth, planted = expected_evaluation(expected)
        text = document_text(report)
    except Exception:  # a fixture the model rejects, a file the reader refuses: nothing to damage
        return 0, []
    allowed = errors(truth) | planted | (_read_errors(text, folder) or set())
    count, out = 0, []
    for kind, where, raised in _damaged_readings(text, folder, full, kinds):
        count += 1
        out.extend(Finding(name, kind, where, code) for code in sorted(raised - allowed)
                   if not _plainly_stated(kind, code))
    return count, out


def lost_planted(name: str, report: Path, expected: Path, folder: Path, full: bool = False,
                 kinds: set[str] | None = None) -> tuple[int, list[Finding]]:
    """How many damaged versions of a document with planted errors were read, and each planted error that the
    undamaged text's reading raises and a damaged version's does not (a true error lost under damage)."""
    try:
        _, planted = expected_evaluation(expected)
        text = document_text(report) if planted else ""
    except Exception:
        return 0, []
    raised = planted & (_read_errors(text, folder) or set()) if planted else set()
    count, out = 0, list[Finding]()
    for kind, where, damaged in _damaged_readings(text, folder, full, kinds) if raised else ():
        count += 1
        out.extend(Finding(name, kind, where, code) for code in sorted(raised - damaged))
    return count, out


def _damaged_readings(text: str, folder: Path, full: bool,
                      kinds: set[str] | None) -> Iterator[tuple[str, str, set[str]]]:
    """(kind, where, error-level codes) of each damaged version of ``text`` of the ``kinds`` asked for."""
    for kind, where, damaged in damages(text, full):
        if not kinds or kind in kinds:
            yield kind, where, _read_errors(damaged, folder) or set()


def run(only: str | None = None, full: bool = False, kinds: set[str] | None = None, every: int = 1,
        progress: Callable[[Finding], None] | None = None, offset: int = 0,
        check: Callable[..., tuple[int, list[Finding]]] = check_document) -> tuple[int, int, list[Finding]]:
    """Documents, damaged versions read, and every false error (``check=lost_planted``: every planted error lost),
    each told to ``progress`` as it is found."""
    total, found = 0, []
    docs = sources(only, every, offset)
    with tempfile.TemporaryDirectory() as folder:
        for name, report, expected in docs:
            count, false = check(name, report, expected, Path(folder), full, kinds)
            total += count
            found.extend(false)
            for finding in false if progress else []:
                progress(finding)
    return len(docs), total, found


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="false errors of damaged corpus documents and real pages")
    parser.add_argument("--only", help="only documents whose corpus/name holds this")
    parser.add_argument("--kind", action="append", help="only these kinds of damage")
    parser.add_argument("--full", action="store_true", help="every cut and drop point, not a sample")
    parser.add_argument("--every", type=int, default=1, help="only each document in so many (a quick sample)")
    parser.add_argument("--offset", type=int, default=0, help="with --every: start at this document (0 first)")
    parser.add_argument("--lost", action="store_true", help="planted errors lost under damage, not false errors")
    parser.add_argument("-v", action="store_true", help="list every finding")
    parser.add_argument("--samples", type=int, default=SAMPLES, help="cut / drop / damaged lines per document")
    args = parser.parse_args()
    globals()["SAMPLES"] = args.samples
    label = "LOST" if args.lost else "FALSE ERR"
    def listed(f: Finding) -> None:
        print(f"  {label} {f.kind} {f.document} ({f.where}) {f.code}", flush=True)

    docs, total, found = run(args.only, args.full, set(args.kind or []), args.every,
                             listed if args.v else None, args.offset, lost_planted if args.lost else check_document)
    print(f"{docs} documents, {total} damaged versions read, {len(found)} "
          f"{'planted errors lost' if args.lost else 'false errors'} on {len({f.document for f in found})} documents")
    by_kind = Counter(f.kind for f in found)
    by_code = Counter(f.code for f in found)
    print("by damage: " + ", ".join(f"{k} {v}" for k, v in by_kind.most_common()))
    print("by check:  " + ", ".join(f"{k} {v}" for k, v in by_code.most_common()))


if __name__ == "__main__":
    main()
