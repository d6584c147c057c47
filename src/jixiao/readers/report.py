"""Reading a report file: pick the format reader by suffix, then extract the evaluation."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.data import check_data
from jixiao.model import Evaluation, Indicator, Reading, SourceRef
from jixiao.readers.captioned_levels import captioned_levels
from jixiao.readers.cut_figure import doubt_cut_figure
from jixiao.readers.document import Document, Paragraph
from jixiao.readers.extract import extract
from jixiao.readers.extract.forms import (
    Form,
    cut_tail_warning,
    find_forms,
    form_document,
    form_label,
    second_report_at,
    several_forms_warning,
    tables_apart,
)
from jixiao.readers.figure_cards import figure_cards
from jixiao.readers.joined_columns import split_joined_tables
from jixiao.readers.record_views import record_views
from jixiao.readers.sheet_layouts import field_tables
from jixiao.readers.textnorm import normalise_document
from jixiao.readers.total_picks import by_stated_total


def _text(path: Path) -> Document:
    from jixiao.readers.source_text import read_text_document

    return read_text_document(path)


def _docx(path: Path) -> Document:
    from jixiao.readers.source_docx import read_docx_document

    return read_docx_document(path)


def _pdf(path: Path) -> Document:
    from jixiao.readers.source_pdf import read_pdf_document

    return read_pdf_document(path)


def _xlsx(path: Path) -> Document:
    from jixiao.readers.source_xlsx import read_xlsx_document

    return read_xlsx_document(path)


def _html(path: Path) -> Document:
    from jixiao.readers.source_html import read_html_document

    return read_html_document(path)


def _ofd(path: Path) -> Document:
    from jixiao.readers.source_ofd import read_ofd_document

    return read_ofd_document(path)


def _image(path: Path) -> Document:
    from jixiao.readers.source_image import read_image_document

    return read_image_document(path)


def _legacy(path: Path) -> Document:
    from jixiao.readers.source_legacy import read_legacy_document

    return read_legacy_document(path)


READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": _text, ".md": _text, ".markdown": _text, ".text": _text, ".csv": _text,  # (CSV rows: csv_rows)
    ".docx": _docx, ".pdf": _pdf, ".xlsx": _xlsx, ".xlsm": _xlsx,
    ".doc": _legacy, ".wps": _legacy, ".rtf": _legacy, ".odt": _legacy,
    ".xls": _legacy, ".et": _legacy, ".ods": _legacy,
    ".html": _html, ".htm": _html, ".mhtml": _html, ".mht": _html, ".ofd": _ofd,
    ".png": _image, ".jpg": _image, ".jpeg": _image, ".tif": _image, ".tiff": _image,
}
REPORT_SUFFIXES = set(READERS)


def read_document(path: Path) -> Document:
    """The file's blocks, by its suffix's reader, within the input limits (:mod:`jixiao.limits`)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}：暂不支持读取 {path.suffix or '无扩展名'} 文件")
    limits.check_file(path)
    try:
        document = captioned_levels(split_joined_tables(record_views(figure_cards(normalise_document(
            field_tables(reader(path)), doubling=reader is not _text)))))
    except InputError:
        raise
    except MemoryError:
        raise InputError(f"{path}：内存不足：文件内容过大或过于复杂，无法读取") from None
    except RecursionError:
        raise InputError(f"{path}：文件结构嵌套过深，无法读取") from None
    except Exception as exc:  # a library choking on a damaged file: the user gets one sentence
        raise InputError(f"{path}：文件已损坏或格式不正确，无法读取（{type(exc).__name__}）") from None
    limits.check("blocks", len(document.blocks), str(path))
    longest = max((len(b.text) for b in document.blocks if isinstance(b, Paragraph)), default=0)
    limits.check("paragraph_chars", longest, str(path))
    return document


def _doubt_the_whole(evaluation: Evaluation, warnings: list[str], restart: SourceRef, why: str) -> None:
    """A second report may begin at ``restart`` with nothing to cut it off by: the indicator list may hold two
    reports' indicators, so its sums (weights, total) only warn. ``why`` says what suggests the second report."""
    known = evaluation.provenance.get("indicators")
    evaluation.provenance["indicators"] = (known.model_copy(update={"guessed": True}) if known is not None else
                                           restart.model_copy(update={"guessed": True}))
    warnings.append(f"{restart.location}{why}：本文件可能含两份报告，指标分值合计与综合得分只作提示，请人工核对")


def _form_unit(evaluation: Evaluation, form: Form) -> None:
    """One of several units' whole-unit forms in a file is the unit's its head line names (the file's own title
    names the body that compiled the forms: "某县财政局…自评结果汇总"); a name read in full is kept."""
    unit, known = form.unit, evaluation.unit.name
    if form.head is None or unit is None or (known and (unit in known or known in unit)):
        return
    if known and (source := evaluation.provenance.get("unit.name")) is not None:
        evaluation.alternatives.setdefault("unit.name", []).append(Reading(value=known, source=source))
    evaluation.unit.name = unit
    evaluation.provenance["unit.name"] = SourceRef(location=form.head.location, text=form.head.text.strip()[:60])


_INDICATOR_AT = re.compile(r"indicators\[(\d+)\]")


def _doubt_the_second(evaluation: Evaluation, warnings: list[str], first: int) -> None:
    """The list may hold a second report's indicators from ``first`` on: the sums only warn, and so do the facts
    of those indicators (a second 预算执行率 against the first report's budget) and the stated total (two reports'
    totals are no one figure stated twice)."""
    start = evaluation.provenance.get(f"indicators[{first}].name") or SourceRef(location=f"指标{first + 1}")
    _doubt_the_whole(evaluation, warnings, start, "起的指标与其前的指标各自合计满分，且文中写有两个不同的综合得分")
    for path, source in list(evaluation.provenance.items()):
        if path == "stated_total" or ((at := _INDICATOR_AT.match(path)) is not None and int(at.group(1)) >= first):
            evaluation.provenance[path] = source.model_copy(update={"guessed": True})


def _full_run(first: list[Indicator], second: list[Indicator], full: Decimal) -> bool:
    """``second``'s weights make ``full``, or do with the weight of one of ``first``'s indicators it does not name."""
    gap = full - sum((ind.weight or 0 for ind in second), Decimal(0))
    names = {ind.name for ind in second}
    return gap == 0 or (gap > 0 and len(second) >= 2
                        and any(ind.weight == gap and ind.name not in names for ind in first))


def second_list_at(evaluation: Evaluation) -> int | None:
    """Where a second report's indicators seem to begin in a list read as one (a bare second block of indicators,
    no title line and no numbering restarting above it): the file states its total twice, with two values, and the
    list parts there into two runs whose weights each make the full mark (the second one with an indicator of the
    first that it lacks, as a project form's 预算执行率 read from its money block, not its list): the first
    indicator of the second run. None when not."""
    totals = evaluation.alternatives.get("stated_total", [])
    if evaluation.stated_total is None or not any(r.value.strip() != str(evaluation.stated_total) for r in totals):
        return None
    weights = [ind.weight for ind in evaluation.indicators]
    if len(weights) < 4 or any(w is None for w in weights):
        return None
    full = evaluation.full_mark or Decimal(100)
    run = Decimal(0)
    for k, weight in enumerate(weights[:-1]):
        run += weight or 0
        if run == full and _full_run(evaluation.indicators[: k + 1], evaluation.indicators[k + 1:], full):
            return k + 1
        if run > full:
            return None
    return None


def read_report(path: Path, form: int | None = None) -> tuple[Evaluation, list[str], list[str]]:
    """The evaluation the report states, the reading's warnings, and the names of the file's forms when
    it holds several 自评表 (then form ``form`` is read, from 1; the first by default, with a warning
    naming the others). A row read several ways is chosen by the form's stated total (:mod:`.total_picks`)."""
    return by_stated_total(lambda: _read_report(path, form))


def _read_report(path: Path, form: int | None) -> tuple[Evaluation, list[str], list[str]]:
    document = tables_apart(read_document(path))
    if not any(getattr(b, "text", None) or getattr(b, "rows", None) for b in document.blocks):
        raise InputError(f"{path}：文件中没有可读取的文字")
    forms = find_forms(document)
    if form is not None and not 1 <= form <= len(forms):
        raise InputError(f"{path}：--form {form} 超出范围，本文件只有 {len(forms)} 张自评表")
    number = form or 1
    whole = document
    if len(forms) > 1 or forms[0].start > 0:
        document = form_document(document, forms, number)
    try:
        evaluation, warnings = extract(document)
        if READERS[path.suffix.lower()] is _text:  # (a file of another kind is whole: it ends where it ends)
            doubt_cut_figure(whole, evaluation)
        if len(forms) > 1:
            _form_unit(evaluation, forms[number - 1])
            warnings.insert(0, several_forms_warning(forms, number))
        if forms[0].start > 0:
            warnings.insert(0, cut_tail_warning(forms[0]))
        if len(forms) == 1 and (restart := second_report_at(document)) is not None:
            _doubt_the_whole(evaluation, warnings, SourceRef(location=restart.location, text=restart.text),
                             "编号重新从“一、”开始，其前的报告已有结论")
        elif len(forms) == 1 and (second := second_list_at(evaluation)) is not None:
            _doubt_the_second(evaluation, warnings, second)
    except InputError:
        raise
    except (ValueError, ArithmeticError, IndexError, KeyError) as exc:
        raise InputError(f"{path}：无法从报告中读出评价内容（{type(exc).__name__}）") from None
    check_data(evaluation, str(path))  # what was read: indicators, digits, finiteness
    return evaluation, warnings, [form_label(f) for f in forms] if len(forms) > 1 else []
