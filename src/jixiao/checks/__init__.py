"""Review checks: every inconsistency a finance-bureau reviewer would note, each a small
registered function ``(evaluation, context) → list[Finding]`` with a stable code.

Public API::

    from jixiao.checks import run_checks, CHECKS
    findings = run_checks(evaluation)             # default pack: the evaluation's rule_pack or central-2020
    findings = run_checks(evaluation, pack, score)
    CHECKS["TOTAL_MISMATCH"].severity, .title, .reason

Every module of this package is imported on first use, so adding a check is adding a module that
decorates its function with :func:`jixiao.checks.registry.check`.
"""

from __future__ import annotations

import importlib
import os
import pkgutil

from jixiao.checks.context import CheckContext, Limits
from jixiao.checks.finding import SEVERITY_LABELS, Finding, Severity
from jixiao.checks.registry import BATCH_CHECKS, CHECKS, BatchCheck, Check, check
from jixiao.checks.robust import settle
from jixiao.errors import JixiaoError
from jixiao.model import Evaluation
from jixiao.scoring.packs import RulePack, load_pack
from jixiao.scoring.receipt import EvaluationScore

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


# The order in which reviewers read the families (sums, scores, budget, evidence and form); a module
# not listed here is still loaded, after these.
FAMILY_ORDER = ("coverage", "totals", "money", "staff", "grade", "score_range", "recompute", "qualitative", "targets",
                "deviation", "execution", "adjustment", "evidence", "numbering")


def _load_all() -> None:
    names = [module.name for module in pkgutil.iter_modules(__path__)]
    ranked = sorted(names, key=lambda name: (FAMILY_ORDER.index(name) if name in FAMILY_ORDER else len(FAMILY_ORDER),
                                             name))
    for name in ranked:
        importlib.import_module(f"{__name__}.{name}")


_load_all()


def _score(evaluation: Evaluation, pack: RulePack) -> EvaluationScore | None:
    from jixiao.scoring import score_evaluation

    try:
        return score_evaluation(evaluation, pack)
    except JixiaoError:
        return None  # the checks that need scores say they could not run


def run_checks(evaluation: Evaluation, pack: RulePack | str | None = None,
               score: EvaluationScore | None = None) -> list[Finding]:
    """Run every registered check; findings sorted errors first, then warnings, then infos
    (within a severity, in check registration order). An error that does not hold under every
    plausible reading of the document is reported as a warning to be checked by a person
    (:mod:`jixiao.checks.robust`).

    ``pack`` is a :class:`RulePack`, a pack name or path, or None (the evaluation's ``rule_pack``,
    else the default pack); ``score`` is the evaluation scored under that pack (computed when None).
    """
    if not isinstance(pack, RulePack):
        pack = load_pack(pack or evaluation.rule_pack)
    if score is None:
        score = _score(evaluation, pack)
    ctx = CheckContext(evaluation=evaluation, pack=pack, score=score, limits=Limits.from_pack(pack))
    findings: list[Finding] = []
    for registered in CHECKS.values():
        try:
            findings.extend(settle(registered.run(evaluation, ctx), registered, ctx))
        except Exception:  # one broken check must not hide the others' findings
            if os.environ.get("JIXIAO_DEBUG"):
                raise
            # (in Chinese, no exception's English name or text: JIXIAO_DEBUG=1 raises it for a developer)
            findings.append(ctx.cannot_run(registered.code, f"“{registered.title}”检查出错（程序内部错误）"))
    return sorted(findings, key=lambda finding: SEVERITY_ORDER[finding.severity])


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """``{"error": n, "warning": n, "info": n}``."""
    return {severity.value: sum(1 for f in findings if f.severity is severity) for severity in SEVERITY_ORDER}


__all__ = ["BATCH_CHECKS", "CHECKS", "SEVERITY_LABELS", "SEVERITY_ORDER", "BatchCheck", "Check", "CheckContext",
           "Finding", "Severity", "check", "count_by_severity", "run_checks"]
