"""The registry of review checks: each check is a small function registered with a stable code.

A check module declares its checks with :func:`check`; adding a check is adding a module (or a
function to a family's module), never editing a central list. :data:`CHECKS` maps each code to its
:class:`Check`, in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jixiao.checks.finding import Finding, Severity
from jixiao.model import Evaluation

if TYPE_CHECKING:
    from jixiao.checks.context import CheckContext

CheckFunction = Callable[[Evaluation, "CheckContext"], list[Finding]]


@dataclass(frozen=True)
class Check:
    """One review check: its stable ``code``, the ``severity`` of what it finds, a Chinese
    ``title``, the ``reason`` (rule or source) it rests on, and the function that runs it.

    A check that cannot run for lack of data reports an info-level finding under its own code.
    """

    code: str
    severity: Severity
    title: str
    reason: str
    run: CheckFunction


CHECKS: dict[str, Check] = {}


def check(code: str, severity: Severity, title: str, reason: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check ``code``."""

    def register(func: CheckFunction) -> CheckFunction:
        if code in CHECKS:
            raise ValueError(f"检查代码重复：{code}")
        CHECKS[code] = Check(code=code, severity=severity, title=title, reason=reason, run=func)
        return func

    return register


@dataclass(frozen=True)
class BatchCheck:
    """A check over several reports at once (``jixiao check`` of several files, ``jixiao review``):
    its stable ``code``, ``severity``, Chinese ``title`` and ``reason``. Its function lives in its module."""

    code: str
    severity: Severity
    title: str
    reason: str


BATCH_CHECKS: dict[str, BatchCheck] = {}


def batch_check(code: str, severity: Severity, title: str, reason: str) -> BatchCheck:
    """Register the batch check ``code``."""
    if code in CHECKS or code in BATCH_CHECKS:
        raise ValueError(f"检查代码重复：{code}")
    BATCH_CHECKS[code] = BatchCheck(code=code, severity=severity, title=title, reason=reason)
    return BATCH_CHECKS[code]
