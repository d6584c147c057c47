"""A finding: one inconsistency a reviewer would note, with a stable code and its numbers."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from jixiao.model import SourceRef


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


class Finding(BaseModel):
    """``location`` is a field path in the evaluation (``indicators[3].stated_score``);
    ``source`` is where the fact sits in a parsed report, when known; ``numbers`` holds the
    figures the message quotes, formatted as the message shows them."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    title: str
    message: str
    location: str = ""
    source: SourceRef | None = None
    numbers: dict[str, str] = {}
