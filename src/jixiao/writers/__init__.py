"""Writers: an evaluation → the report (docx, pdf, html, md) and the score table (xlsx).

A layer of its own over the model: document libraries are imported here, never in the model,
scoring or checks. The report's content is built once (:func:`build_report`) and every format
renders that same document model.

Public API::

    from jixiao.writers import render, render_all, docx_to_pdf_batch
    render(evaluation, "docx", Path("out/report.docx"))
    docx_to_pdf_batch([a_docx, b_docx, ...], Path("out/pdf"))   # one LibreOffice call for all
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from jixiao.checks import run_checks
from jixiao.checks.finding import Finding
from jixiao.errors import InputError
from jixiao.model import Evaluation
from jixiao.scoring import score_evaluation
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.content import build_report
from jixiao.writers.html import write_html
from jixiao.writers.markdown import write_markdown
from jixiao.writers.pdf import docx_to_pdf, docx_to_pdf_batch, find_soffice

FORMATS = ("docx", "pdf", "xlsx", "html", "md")

__all__ = ["FORMATS", "build_report", "docx_to_pdf_batch", "find_soffice", "render", "render_all"]


def _check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"不支持的输出格式 {fmt}（可选：{'、'.join(FORMATS)}）")
    return fmt


def render(evaluation: Evaluation, fmt: str, out_path: str | Path, *, score: EvaluationScore | None = None,
           findings: list[Finding] | None = None, templates_dir: str | Path | None = None) -> Path:
    """Write ``evaluation`` as ``fmt`` (docx, pdf, xlsx, html, md) to ``out_path``; returns the path.

    ``score`` defaults to :func:`jixiao.scoring.score_evaluation`; indicators show their stated
    score when they have one. ``findings`` (HTML and Markdown only) default to
    :func:`jixiao.checks.run_checks`. ``templates_dir`` overrides the section templates.
    """
    fmt = _check_format(fmt)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if score is None:
        score = score_evaluation(evaluation)
    if fmt == "xlsx":
        from jixiao.writers.xlsx import write_xlsx

        return write_xlsx(evaluation, score, out)
    if fmt == "pdf":
        find_soffice()  # fail before building anything when LibreOffice is missing
    report = build_report(evaluation, score, templates_dir)
    if fmt == "docx":
        from jixiao.writers.docx import write_docx

        return write_docx(report, out)
    if fmt == "pdf":
        from jixiao.writers.docx import write_docx

        with tempfile.TemporaryDirectory(prefix="jixiao-render-") as tmp:
            docx = write_docx(report, Path(tmp) / f"{out.stem}.docx")
            return docx_to_pdf(docx, out)
    if findings is None:
        findings = run_checks(evaluation, score=score)
    if fmt == "html":
        return write_html(evaluation, report, score, findings, out, templates_dir)
    return write_markdown(evaluation, report, score, findings, out)


def render_all(evaluation: Evaluation, out_dir: str | Path, *, stem: str = "report",
               formats: Sequence[str] = FORMATS, score: EvaluationScore | None = None,
               findings: list[Finding] | None = None, templates_dir: str | Path | None = None) -> list[Path]:
    """Write every format into ``out_dir`` as ``<stem>.<fmt>``, scoring and checking once."""
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    formats = [_check_format(fmt) for fmt in formats]
    if "pdf" in formats:
        find_soffice()
    if score is None:
        score = score_evaluation(evaluation)
    if findings is None and ({"html", "md"} & set(formats)):
        findings = run_checks(evaluation, score=score)
    paths: list[Path] = []
    for fmt in formats:
        target = directory / f"{stem}.{fmt}"
        if fmt == "pdf" and "docx" in formats:
            paths.append(docx_to_pdf(directory / f"{stem}.docx", target))  # reuse the Word file just written
            continue
        paths.append(render(evaluation, fmt, target, score=score, findings=findings, templates_dir=templates_dir))
    return paths
