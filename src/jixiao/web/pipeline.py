"""The web app's only door to the pipeline: scoring, checks, readers, writers and the ``init``
starters. Nothing here computes a score or renders a document; it calls the same functions the CLI
does, and turns their absence or failure into one Chinese sentence."""

from __future__ import annotations

import functools
import importlib
import multiprocessing
import queue
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jixiao.errors import InputError, JixiaoError
from jixiao.model import Evaluation
from jixiao.modelio import parse_evaluation_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jixiao.web.custom_packs import PackSource

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

    score: Any = None
    findings: list[Any] = field(default_factory=list)
    error: str | None = None

    @property
    def open_findings(self) -> int:
        return sum(1 for f in self.findings if str(getattr(f, "severity", "")) in ("error", "warning"))


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def pack_source(db: Session | None, evaluation: Evaluation) -> PackSource | None:
    """The stored custom pack the evaluation names (None: a shipped pack); InputError when the name
    is unknown or deactivated. Only shipped names and database packs are used, never a file path."""
    from jixiao.web.custom_packs import source_for

    return source_for(db, evaluation.rule_pack)


def assess(evaluation: Evaluation, source: PackSource | None = None) -> Assessment:
    """Score the evaluation and run the review checks on it (both from their own packages), under
    the custom pack ``source`` when given, else the shipped pack the evaluation names."""
    scoring = _module("jixiao.scoring")
    if scoring is None or not hasattr(scoring, "score_evaluation"):
        return Assessment(error="评分模块尚不可用")
    result = Assessment()
    pack = None
    try:
        if source is None:
            pack_source(None, evaluation)  # a name neither shipped nor resolved: refuse, never read a path
        else:
            from jixiao.web.custom_packs import pack_of

            pack = pack_of(source)
        result.score = scoring.score_evaluation(evaluation, pack)
    except JixiaoError as err:
        return Assessment(error=str(err))
    except Exception as err:  # a pipeline bug must not lose the user's page
        return Assessment(error=f"评分出错：{type(err).__name__}: {err}")
    checks = _module("jixiao.checks")
    if checks is not None and hasattr(checks, "run_checks"):
        try:
            result.findings = list(checks.run_checks(evaluation, pack=pack, score=result.score))
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


def rule_ids(source: PackSource | None = None) -> tuple[str, ...]:
    """The rule ids of a custom pack, else of the default pack, for the editor's rule selector
    (empty when unavailable)."""
    if source is not None:
        from jixiao.web.custom_packs import pack_of

        try:
            return tuple(sorted(pack_of(source).rules))
        except JixiaoError:
            return ()
    return _default_rule_ids()


@functools.lru_cache(maxsize=1)
def _default_rule_ids() -> tuple[str, ...]:
    scoring = _module("jixiao.scoring")
    if scoring is None or not hasattr(scoring, "load_pack"):
        return ()
    try:
        pack = scoring.load_pack(None)
    except Exception:
        return ()
    rules = getattr(pack, "rules", {})
    return tuple(sorted(rules.keys() if isinstance(rules, dict) else [getattr(r, "id", str(r)) for r in rules]))


def packs() -> list[tuple[str, str]]:
    """(name, YAML text) of every rule pack shipped with the scoring package."""
    scoring = _module("jixiao.scoring.packs")
    if scoring is None or not hasattr(scoring, "PACKS_DIR"):
        return []
    folder = Path(scoring.PACKS_DIR)
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))]


def starters() -> list[tuple[str, str]]:
    """(name, title) of every ``jixiao init`` starter template."""
    module = _module("jixiao.starters")
    if module is None or not hasattr(module, "list_templates"):
        return []
    return list(module.list_templates().items())


def from_starter(name: str) -> Evaluation:
    """The evaluation of starter template ``name`` (InputError naming the known ones otherwise)."""
    from jixiao.starters import template_text

    return parse_evaluation_text(template_text(name), "yaml", f"模板 {name}")


def _read_worker(path: str, out: Any) -> None:
    try:
        from jixiao.readers import read_any

        result = read_any(path)
        out.put(("ok", result.evaluation.model_dump_json(), list(result.warnings)))
    except JixiaoError as err:
        out.put(("error", str(err), []))
    except Exception as err:
        out.put(("error", f"无法读取该文件（{type(err).__name__}）", []))


def read_report(path: Path, timeout: float) -> tuple[Evaluation, list[str]]:
    """Read an uploaded report in a separate process that is killed after ``timeout`` seconds."""
    ctx = multiprocessing.get_context("spawn")
    out: Any = ctx.Queue()
    proc = ctx.Process(target=_read_worker, args=(str(path), out), daemon=True)
    proc.start()
    try:
        status, payload, warnings = out.get(timeout=timeout)
    except queue.Empty:
        proc.kill()
        proc.join(5)
        raise InputError(f"文件 {path.name} 解析超时（超过 {timeout:g} 秒），已放弃") from None
    proc.join(5)
    if status != "ok":
        raise InputError(payload)
    return Evaluation.model_validate_json(payload), warnings


def export(evaluation: Evaluation, fmt: str, out_dir: Path, assessment: Assessment | None = None) -> Path:
    """Render through the writers package; raises JixiaoError when it is unavailable or fails."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"不支持的导出格式 {fmt}（可选 {'、'.join(EXPORT_FORMATS)}）")
    writers = _module("jixiao.writers")
    if writers is None or not hasattr(writers, "render"):
        raise JixiaoError("导出模块尚不可用")
    name = (evaluation.title or f"{evaluation.unit.name}{evaluation.year}年度绩效自评").replace("/", "_")
    kwargs: dict[str, Any] = {}
    if assessment is not None and assessment.score is not None:
        kwargs = {"score": assessment.score, "findings": assessment.findings}
    return Path(writers.render(evaluation, fmt, out_dir / f"{name}.{fmt}", **kwargs))
