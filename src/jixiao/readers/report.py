"""Reading a report file: pick the format reader by suffix, then extract the evaluation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.data import check_data
from jixiao.model import Evaluation, SourceRef
from jixiao.readers.document import Document, Paragraph
from jixiao.readers.extract import extract
from jixiao.readers.extract.forms import (
    cut_tail_warning,
    find_forms,
    form_document,
    form_label,
    second_report_at,
    several_forms_warning,
)
from jixiao.readers.joined_columns import split_joined_tables
from jixiao.readers.record_views import record_views
from jixiao.readers.textnorm import normalise_document


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


def _image(path: Path) -> Document:
    from jixiao.readers.source_image import read_image_document

    return read_image_document(path)


def _legacy(path: Path) -> Document:
    from jixiao.readers.source_legacy import read_legacy_document

    return read_legacy_document(path)


READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": _text, ".md": _text, ".markdown": _text, ".text": _text,
    ".docx": _docx, ".pdf": _pdf, ".xlsx": _xlsx, ".xlsm": _xlsx,
    ".doc": _legacy, ".wps": _legacy, ".rtf": _legacy, ".odt": _legacy,
    ".xls": _legacy, ".et": _legacy, ".ods": _legacy,
    ".html": _html, ".htm": _html, ".mhtml": _html, ".mht": _html,
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
        document = split_joined_tables(record_views(normalise_document(reader(path), doubling=reader is not _text)))
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


def _doubt_the_whole(evaluation: Evaluation, warnings: list[str], restart: Paragraph) -> None:
    """A second report may begin at ``restart`` (numbering restarting at 一、 after a conclusion) with nothing to cut
    it off by: the indicator list may hold two reports' indicators, so its sums (weights, total) only warn."""
    known = evaluation.provenance.get("indicators")
    evaluation.provenance["indicators"] = (known.model_copy(update={"guessed": True}) if known is not None else
                                           SourceRef(location=restart.location, text=restart.text, guessed=True))
    warnings.append(f"{restart.location}编号重新从“一、”开始，其前的报告已有结论：本文件可能含两份报告，"
                    "指标分值合计与综合得分只作提示，请人工核对")


def read_report(path: Path, form: int | None = None) -> tuple[Evaluation, list[str], list[str]]:
    """The evaluation the report states, the reading's warnings, and the names of the file's forms when
    it holds several 自评表 (then form ``form`` is read, from 1; the first by default, with a warning
    naming the others)."""
    document = read_document(path)
    if not any(getattr(b, "text", None) or getattr(b, "rows", None) for b in document.blocks):
        raise InputError(f"{path}：文件中没有可读取的文字")
    forms = find_forms(document)
    if form is not None and not 1 <= form <= len(forms):
        raise InputError(f"{path}：--form {form} 超出范围，本文件只有 {len(forms)} 张自评表")
    number = form or 1
    if len(forms) > 1 or forms[0].start > 0:
        document = form_document(document, forms, number)
    try:
        evaluation, warnings = extract(document)
        if len(forms) > 1:
            warnings.insert(0, several_forms_warning(forms, number))
        if forms[0].start > 0:
            warnings.insert(0, cut_tail_warning(forms[0]))
        if len(forms) == 1 and (restart := second_report_at(document)) is not None:
            _doubt_the_whole(evaluation, warnings, restart)
    except InputError:
        raise
    except (ValueError, ArithmeticError, IndexError, KeyError) as exc:
        raise InputError(f"{path}：无法从报告中读出评价内容（{type(exc).__name__}）") from None
    check_data(evaluation, str(path))  # what was read: indicators, digits, finiteness
    return evaluation, warnings, [form_label(f) for f in forms] if len(forms) > 1 else []
