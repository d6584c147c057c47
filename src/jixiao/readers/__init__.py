"""Readers: files (yaml/json, txt/md, docx, pdf, xlsx, saved web pages) → an Evaluation plus what could not be read.

Public API::

    from jixiao.readers import read_any
    result = read_any(path)          # ReadResult; raises InputError (one Chinese sentence) for bad files
    result.evaluation                # the Evaluation, with evaluation.provenance filled for parsed reports
    result.warnings                  # list[str]: what could not be found, guesses, conflicting values
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jixiao import limits
from jixiao.errors import InputError
from jixiao.model import Evaluation, Reading, SourceRef
from jixiao.modelio import load_evaluation

EVALUATION_SUFFIXES = {".yaml", ".yml", ".json"}


@dataclass
class ReadResult:
    evaluation: Evaluation
    warnings: list[str] = field(default_factory=list)
    source_path: Path | None = None
    forms: list[str] = field(default_factory=list)  # a report holding several 自评表: each one's name


def read_any(path: str | Path, form: int | None = None) -> ReadResult:
    """Read an evaluation file or a self-evaluation report, by its suffix.

    Reports (.txt/.md/.csv, .docx, .pdf, .xlsx, .html/.htm/.mhtml/.mht, .ofd; .doc/.wps/.rtf/.odt/.xls/.et/.ods through
    LibreOffice) are parsed into an Evaluation whose ``provenance`` says where each fact was read; bad files raise
    InputError. ``form`` picks one of several 自评表 in a report (from 1; default the first).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in EVALUATION_SUFFIXES:
        limits.check_file(path)  # one wording for a missing, unreadable or oversized file in every command
        return ReadResult(load_evaluation(path), [], path)
    from jixiao.readers.report import REPORT_SUFFIXES, read_report

    if suffix in REPORT_SUFFIXES:  # read_report checks the file before anything else, in the same words
        evaluation, warnings, forms = read_report(path, form)
        return ReadResult(evaluation, warnings, path, forms)
    limits.check_file(path)
    raise InputError(f"{path}：暂不支持读取 {path.suffix or '无扩展名'} 文件")


def with_year(result: ReadResult, year: int) -> ReadResult:
    """The year the user gives (``--year``) over the one read: the read one, if different, is kept
    as an alternative reading and named in a warning; a warning about a missing year goes."""
    evaluation = result.evaluation
    warnings = [w for w in result.warnings if not w.startswith("找不到评价年度")]
    if evaluation.year is not None and evaluation.year != year:
        read_at = evaluation.provenance.get("year")
        where = read_at.location if read_at else "报告"
        warnings.append(f"评价年度：{where}为{evaluation.year}年，按 --year 采用{year}年")
        if read_at is not None:
            evaluation.alternatives.setdefault("year", []).append(Reading(value=str(evaluation.year), source=read_at))
    evaluation.year = year
    evaluation.provenance["year"] = SourceRef(location="命令行参数 --year", text=str(year))
    return ReadResult(evaluation, warnings, result.source_path)
