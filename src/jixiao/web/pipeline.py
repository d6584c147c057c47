"""The web app's only door to the pipeline: scoring, checks, readers, writers and the ``init``
starters. Nothing here computes a score or renders a document; it calls the same functions the CLI
does, and turns their failure into one Chinese sentence."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from jixiao import starters as starter_files
from jixiao import writers
from jixiao.checks import Finding, Severity, run_checks
from jixiao.errors import InputError, JixiaoError
from jixiao.model import Evaluation
from jixiao.modelio import parse_evaluation_text
from jixiao.scoring import EvaluationScore, load_pack, score_evaluation
from jixiao.scoring.packs import PACKS_DIR
from jixiao.web import sandbox
from jixiao.web.custom_packs import PackSource, pack_of, source_for
from jixiao.writers.office import warm_office

EXPORT_FORMATS = {"docx": "Word 报告", "pdf": "PDF 报告", "xlsx": "Excel 自评表", "html": "网页报告"}
EXPORT_MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}


@dataclass
class Assessment:
    """What the scoring and checks say about one evaluation (``error`` when they could not run)."""

    score: EvaluationScore | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    @property
    def open_findings(self) -> int:
        return sum(1 for f in self.findings if f.severity in (Severity.ERROR, Severity.WARNING))


def pack_source(db: Session | None, evaluation: Evaluation) -> PackSource | None:
    """The stored custom pack the evaluation names (None: a shipped pack); InputError when the name
    is unknown or deactivated. Only shipped names and database packs are used, never a file path."""
    return source_for(db, evaluation.rule_pack)


def assess(evaluation: Evaluation, source: PackSource | None = None) -> Assessment:
    """Score the evaluation and run the review checks on it (both from their own packages), under
    the custom pack ``source`` when given, else the shipped pack the evaluation names."""
    result = Assessment()
    pack = None
    try:
        if source is None:
            pack_source(None, evaluation)  # a name neither shipped nor resolved: refuse, never read a path
        else:
            pack = pack_of(source)
        result.score = score_evaluation(evaluation, pack)
    except JixiaoError as err:
        return Assessment(error=str(err))
    except Exception as err:  # a pipeline bug must not lose the user's page
        return Assessment(error=f"评分出错：{type(err).__name__}: {err}")
    try:
        result.findings = list(run_checks(evaluation, pack=pack, score=result.score))
    except Exception as err:
        result.error = f"复核检查出错：{type(err).__name__}: {err}"
    return result


def assess_in(db: Session | None, evaluation: Evaluation) -> Assessment:
    """Assess with the pack the evaluation names, custom packs read through ``db``."""
    try:
        source = pack_source(db, evaluation)
    except JixiaoError as err:
        return Assessment(error=str(err))
    return assess(evaluation, source)


@functools.lru_cache(maxsize=512)
def _parsed(data: str) -> Evaluation:
    return parse_evaluation_text(data, "json", "数据库中的评价")


@functools.lru_cache(maxsize=512)
def _assessed(data: str, source: PackSource | None) -> Assessment:
    return assess(_parsed(data), source)


def assess_stored(data: str, db: Session | None = None) -> tuple[Evaluation, Assessment]:
    """The evaluation stored as ``data`` (JSON) and its assessment, cached by content and by the
    custom pack's stored revision (read from ``db`` each time, so every worker sees re-uploads and
    deactivations). Callers must not modify the returned objects."""
    evaluation = _parsed(data)
    try:
        source = pack_source(db, evaluation)
    except JixiaoError as err:
        return evaluation, Assessment(error=str(err))
    return evaluation, _assessed(data, source)


def rule_choices(source: PackSource | None = None) -> list[tuple[str, str]]:
    """(rule id, Chinese title) of a custom pack's rules, else of the default pack's, for the
    editor's rule selector (empty when a custom pack cannot be parsed)."""
    if source is None:
        return _default_rule_choices()
    try:
        pack = pack_of(source)
    except JixiaoError:
        return []
    return sorted(((rule_id, spec.title) for rule_id, spec in pack.rules.items()), key=lambda c: c[0])


@functools.lru_cache(maxsize=1)
def _default_rule_choices() -> list[tuple[str, str]]:
    pack = load_pack(None)
    return sorted(((rule_id, spec.title) for rule_id, spec in pack.rules.items()), key=lambda c: c[0])


def packs() -> list[tuple[str, str]]:
    """(name, YAML text) of every rule pack shipped with the scoring package."""
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(PACKS_DIR.glob("*.yaml"))]


def starters() -> list[tuple[str, str]]:
    """(name, title) of every ``jixiao init`` starter template."""
    return list(starter_files.list_templates().items())


def from_starter(name: str) -> Evaluation:
    """The evaluation of starter template ``name`` (InputError naming the known ones otherwise)."""
    return parse_evaluation_text(starter_files.template_text(name), "yaml", f"模板 {name}")


def read_report(path: Path, timeout: float, memory_bytes: int) -> tuple[Evaluation, list[str]]:
    """Read an uploaded report in a child process capped at ``memory_bytes`` and ``timeout``
    seconds; a refusal is an InputError with one sentence (the limit it hit, or the reader's)."""
    data, warnings = sandbox.run_limited(
        sandbox.read_report_json, (str(path),), timeout=timeout, memory_bytes=memory_bytes
    )
    return Evaluation.model_validate_json(data), warnings


def export(evaluation: Evaluation, fmt: str, out_dir: Path, assessment: Assessment | None = None) -> Path:
    """Render through the writers package; raises JixiaoError when it fails."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"不支持的导出格式 {fmt}（可选 {'、'.join(EXPORT_FORMATS)}）")
    name = (evaluation.title or f"{evaluation.unit.name}{evaluation.year}年度绩效自评").replace("/", "_")
    out = out_dir / f"{name}.{fmt}"
    converter = warm_office() if fmt == "pdf" else None  # this server process's long-lived LibreOffice
    if assessment is not None and assessment.score is not None:
        return writers.render(evaluation, fmt, out, score=assessment.score, findings=assessment.findings,
                              pdf_converter=converter)
    return writers.render(evaluation, fmt, out, pdf_converter=converter)
