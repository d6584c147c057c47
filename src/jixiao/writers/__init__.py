"""Writers: an evaluation → the report (docx, pdf, html, md) and the score table (xlsx).

A layer of its own over the model: document libraries are imported here, never in the model,
scoring or checks. The report's content is built once (:func:`build_report`) and every format
renders that same document model; every number comes from one computed result
(:func:`jixiao.writers.facts.shown_figures`).

Public API::

    from jixiao.writers import render, render_all, docx_to_pdf_batch
    render(evaluation, "docx", Path("out/report.docx"))              # computed scores (the default)
    render(evaluation, "docx", Path("out/report.docx"), mode="stated")
    docx_to_pdf_batch([a_docx, b_docx, ...], Path("out/pdf"))   # one LibreOffice call for all
    missing_parts(evaluation)                                    # the 【待补充：…】 placeholders a report prints
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.errors import InputError
from jixiao.model import Evaluation
from jixiao.writers.facts import ScoreMode
from jixiao.writers.placeholders import MissingPart, missing_parts

if TYPE_CHECKING:
    from jixiao.checks.finding import Finding
    from jixiao.scoring.packs import RulePack
    from jixiao.scoring.receipt import EvaluationScore
    from jixiao.writers.document import Report

FORMATS = ("docx", "pdf", "xlsx", "html", "md")

__all__ = ["FORMATS", "MissingPart", "ScoreMode", "build_report", "docx_to_pdf_batch", "find_soffice",
           "missing_parts", "render", "render_all", "report_placeholders"]


def build_report(evaluation: Evaluation, score: EvaluationScore, templates_dir: str | Path | None = None, *,
                 mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None) -> Report:
    """The report's document model (see :func:`jixiao.writers.content.build_report`)."""
    from jixiao.writers.content import build_report as build

    return build(evaluation, score, templates_dir, mode=mode, pack=pack)


def docx_to_pdf_batch(docx_paths: Sequence[Path], out_dir: Path, *, timeout: float = 600) -> list[Path]:
    """Convert many Word files to PDF in one LibreOffice call (see :mod:`jixiao.writers.pdf`)."""
    from jixiao.writers.pdf import docx_to_pdf_batch as convert

    return convert(docx_paths, out_dir, timeout=timeout)


def find_soffice() -> str:
    from jixiao.writers.pdf import find_soffice as find

    return find()


def _check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"不支持的输出格式 {fmt}（可选：{'、'.join(FORMATS)}）")
    return fmt


def report_placeholders(evaluation: Evaluation, score: EvaluationScore | None = None, *,
                        mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None,
                        templates_dir: str | Path | None = None) -> list[str]:
    """Every 【待补充：…】 placeholder the report of ``evaluation`` would print (``render --final`` refuses
    while there is one)."""
    if score is None:
        from jixiao.scoring import score_evaluation

        score = score_evaluation(evaluation, pack)
    return build_report(evaluation, score, templates_dir, mode=mode, pack=pack).placeholders()


def render(evaluation: Evaluation, fmt: str, out_path: str | Path, *, score: EvaluationScore | None = None,
           findings: list[Finding] | None = None, templates_dir: str | Path | None = None,
           mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None,
           pdf_converter: object = None) -> Path:
    """Write ``evaluation`` as ``fmt`` (docx, pdf, xlsx, html, md) to ``out_path``; returns the path.

    ``score`` defaults to :func:`jixiao.scoring.score_evaluation` under ``pack``; ``mode`` chooses the
    scores the document shows (computed, the default, or stated; see :mod:`jixiao.writers.facts`).
    ``findings`` (HTML and Markdown only) default to :func:`jixiao.checks.run_checks`.
    ``templates_dir`` overrides the section templates. ``pdf_converter``: a callable
    ``(docx_path, pdf_path) -> Path`` (e.g. :func:`jixiao.writers.pdf.convert`, a warm LibreOffice);
    by default a LibreOffice process of its own.
    """
    from jixiao.scoring import score_evaluation

    fmt = _check_format(fmt)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if score is None:
        score = score_evaluation(evaluation, pack)
    if fmt == "xlsx":
        from jixiao.writers.xlsx import write_xlsx

        return write_xlsx(evaluation, build_report(evaluation, score, templates_dir, mode=mode, pack=pack), out)
    if fmt == "pdf":
        find_soffice()  # fail before building anything when LibreOffice is missing
    report = build_report(evaluation, score, templates_dir, mode=mode, pack=pack)
    if fmt in ("docx", "pdf"):
        from jixiao.writers.docx import write_docx

        if fmt == "docx":
            return write_docx(report, out)
        from jixiao.writers.pdf import docx_to_pdf

        convert = pdf_converter if callable(pdf_converter) else docx_to_pdf
        with tempfile.TemporaryDirectory(prefix="jixiao-render-") as tmp:
            docx = write_docx(report, Path(tmp) / f"{out.stem}.docx")
            return Path(convert(docx, out))
    if findings is None:
        from jixiao.checks import run_checks

        findings = run_checks(evaluation, pack, score=score)
    if fmt == "html":
        from jixiao.writers.html import write_html

        return write_html(evaluation, report, score, findings, out, templates_dir, mode=mode, pack=pack)
    from jixiao.writers.markdown import write_markdown

    return write_markdown(evaluation, report, score, findings, out)


def render_all(evaluation: Evaluation, out_dir: str | Path, *, stem: str = "report",
               formats: Sequence[str] = FORMATS, score: EvaluationScore | None = None,
               findings: list[Finding] | None = None, templates_dir: str | Path | None = None,
               mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None) -> list[Path]:
    """Write every format into ``out_dir`` as ``<stem>.<fmt>``, scoring and checking once."""
    from jixiao.scoring import score_evaluation

    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    formats = [_check_format(fmt) for fmt in formats]
    if "pdf" in formats:
        find_soffice()
    if score is None:
        score = score_evaluation(evaluation, pack)
    if findings is None and ({"html", "md"} & set(formats)):
        from jixiao.checks import run_checks

        findings = run_checks(evaluation, pack, score=score)
    paths: list[Path] = []
    for fmt in formats:
        target = directory / f"{stem}.{fmt}"
        if fmt == "pdf" and "docx" in formats:
            from jixiao.writers.pdf import docx_to_pdf

            paths.append(docx_to_pdf(directory / f"{stem}.docx", target))  # reuse the Word file just written
            continue
        paths.append(render(evaluation, fmt, target, score=score, findings=findings, templates_dir=templates_dir,
                            mode=mode, pack=pack))
    return paths
