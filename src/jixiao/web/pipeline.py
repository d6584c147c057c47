"""The web app's only door to the pipeline: scoring, checks, readers, writers and the ``init``
starters. Nothing here computes a score or renders a document; it calls the same functions the CLI
does, and turns their failure into one Chinese sentence."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from jixiao import starters as starter_files
from jixiao import writers
from jixiao.checks import Finding, Severity, run_checks
from jixiao.errors import InputError, JixiaoError
from jixiao.lexicon import field_label
from jixiao.model import Evaluation
from jixiao.modelio import dump_json, parse_evaluation_text
from jixiao.scoring import EvaluationScore, load_pack, score_evaluation
from jixiao.scoring.packs import PACKS_DIR
from jixiao.web import sandbox
from jixiao.web.archive_limits import ArchiveLimits
from jixiao.web.custom_packs import PackSource, pack_of, source_for
from jixiao.web.grade_hint import GradeHint, grade_hint
from jixiao.writers.office import warm_office
from jixiao.writers.placeholders import actual_missing

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
    hint: GradeHint | None = None  # what moves the grade (from the same engine and pack)
    blank: bool = False  # nothing the unit states is filled in yet: no score, no findings to show


    @property
    def open_findings(self) -> int:
        if self.blank:
            return 0
        return sum(1 for f in self.findings if f.severity in (Severity.ERROR, Severity.WARNING))

    @property
    def errors(self) -> list[Finding]:
        """The error-level findings (shown before 提交 and 标记为已复核)."""
        return [f for f in self.findings if f.severity == Severity.ERROR]


def pack_source(db: Session | None, evaluation: Evaluation) -> PackSource | None:
    """The stored custom pack the evaluation names (None: a shipped pack); InputError when the name
    is unknown or deactivated. Only shipped names and database packs are used, never a file path."""
    return source_for(db, evaluation.rule_pack)


def assess(evaluation: Evaluation, source: PackSource | None = None) -> Assessment:
    """Score the evaluation and run the review checks on it (both from their own packages), under
    the custom pack ``source`` when given, else the shipped pack the evaluation names."""
    result = Assessment(blank=is_blank(evaluation))
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
    try:  # the hint is an aid: when it cannot be worked out, the score and findings still show
        result.hint = grade_hint(evaluation, result.score, pack or load_pack(evaluation.rule_pack))
    except Exception:
        result.hint = None
    return result


def is_blank(evaluation: Evaluation) -> bool:
    """A fresh template: no actual value, no stated score and no budget amount yet."""
    budget = evaluation.budget
    return (
        all(actual_missing(i) and i.stated_score is None for i in evaluation.indicators)
        and all(v is None for v in (budget.initial, budget.adjusted, budget.executed))
        and evaluation.stated_total is None
    )


@functools.lru_cache(maxsize=512)
def parsed(data: str) -> Evaluation:
    """The evaluation stored as ``data`` (JSON), cached by content; callers must not modify it."""
    return parse_evaluation_text(data, "json", "数据库中的评价")


@functools.lru_cache(maxsize=512)
def _assessed(data: str, source: PackSource | None) -> Assessment:
    return assess(parsed(data), source)


def assess_stored(data: str, db: Session | None = None) -> tuple[Evaluation, Assessment]:
    """The evaluation stored as ``data`` (JSON) and its assessment, cached by content and by the
    custom pack's stored revision (read from ``db`` each time, so every worker sees re-uploads and
    deactivations). Callers must not modify the returned objects."""
    evaluation = parsed(data)
    try:
        source = pack_source(db, evaluation)
    except JixiaoError as err:
        return evaluation, Assessment(error=str(err))
    return evaluation, _assessed(data, source)


def submit_blockers(evaluation: Evaluation, assessment: Assessment, source: PackSource | None = None) -> list[str]:
    """What the report would still print as 【待补充：…】 (required parts left empty, placeholders
    typed into a field): an evaluation is submitted only when this is empty."""
    pack = pack_of(source) if source is not None else None
    found = writers.report_placeholders(evaluation, assessment.score, pack=pack)
    return list(dict.fromkeys(found))


def missing_for_submit(evaluation: Evaluation, score: EvaluationScore | None = None) -> list[str]:
    """What must be filled in before 提交, each named in Chinese: the unit, the year, the budget the
    execution rate needs, every indicator's actual value (or a stated score; not needed when ``score``
    shows it recomputed without one, as the execution rate from the budget), and any field still
    holding a 【待补充…】 placeholder. (The report's narrative gaps are shown, not enforced.)"""
    missing = [field_label(path) for path, empty in (
        ("unit.name", not evaluation.unit.name.strip()), ("year", not evaluation.year),
        ("indicators", not evaluation.indicators),
        ("budget.adjusted", evaluation.budget.adjusted is None and evaluation.budget.initial is None),
        ("budget.executed", evaluation.budget.executed is None),
    ) if empty]
    recomputed = {item.index for item in score.indicators if not item.uses_stated} if score is not None else set()
    for index, indicator in enumerate(evaluation.indicators):
        if actual_missing(indicator) and indicator.stated_score is None and index not in recomputed:
            missing.append(f"{field_label(f'indicators[{index}].actual')}（{indicator.name}）")
    for path, text in _texts(json.loads(dump_json(evaluation))):
        if "【待补充" in text:
            missing.append(f"{field_label(path)}（仍为“{text[:20]}”）")
    return missing


def _texts(value: object, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [t for key, item in value.items() for t in _texts(item, f"{path}.{key}" if path else key)]
    if isinstance(value, list):
        return [t for index, item in enumerate(value) for t in _texts(item, f"{path}[{index}]")]
    return [(path, value)] if isinstance(value, str) else []


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


def read_report(
    path: Path, timeout: float, memory_bytes: int, limits: ArchiveLimits | None = None, form: int | None = None
) -> tuple[Evaluation, list[str], list[str]]:
    """Read an uploaded report (its form ``form`` when it holds several 自评表) in a child process
    capped at ``memory_bytes`` and ``timeout`` seconds, an Office file's expansion checked against
    ``limits`` first: the evaluation, the reader's warnings and the names of the file's forms. A
    refusal is an InputError with one sentence (the limit it hit, or the reader's)."""
    data, warnings, forms = sandbox.run_limited(
        sandbox.read_report_json, (str(path), limits, form), timeout=timeout, memory_bytes=memory_bytes
    )
    return Evaluation.model_validate_json(data), warnings, forms


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
