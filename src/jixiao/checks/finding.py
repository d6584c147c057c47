"""A finding: one inconsistency a reviewer would note, with a stable code, its numbers, the facts it
rests on (each with where it was read) and its arithmetic."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from jixiao.lexicon import field_label
from jixiao.model import SourceRef


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
REVIEW_PROMPT = "请人工核对"


class Fact(BaseModel):
    """One figure a finding rests on: its field ``path`` (``label`` is its Chinese name), the value the
    check used as the message shows it, and where it was read (``source``: location, quote, guessed).

    ``gap`` is for a list summed by the check (items, staff parts, indicators): the amount that items
    missing from the list would have to add for the inconsistency to disappear (positive: a missing
    item could explain it; None or ≤ 0: it could not). ``complete`` overrides what the reader says about
    the list's completeness when the check can prove it (indicators whose weights make the full mark)."""

    model_config = ConfigDict(frozen=True)

    path: str
    label: str
    value: str
    source: SourceRef | None = None
    is_list: bool = False
    gap: Decimal | None = Field(default=None, exclude=True)
    gap_unit: str = Field(default="", exclude=True)
    complete: bool | None = Field(default=None, exclude=True)


class OtherReading(BaseModel):
    """A plausible reading of the document under which the inconsistency would not hold: the fact it
    concerns, the value under that reading, why it is plausible, and where it comes from."""

    model_config = ConfigDict(frozen=True)

    path: str
    label: str
    value: str
    why: str
    source: SourceRef | None = None


class Finding(BaseModel):
    """``location`` is a field path in the evaluation (``indicators[3].stated_score``), ``field`` its
    Chinese name; ``source`` is where the fact sits in a parsed report, when known; ``numbers`` holds
    the figures the message quotes, formatted as the message shows them; ``facts`` the figures the
    finding rests on with where each was read; ``arithmetic`` the computation, in words.

    ``readings`` is not empty when the check found an error that does not hold under every plausible
    reading of the document (a guessed fact, a list that may be partial, another value the document
    states): the finding is then a warning whose message starts with 请人工核对."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    title: str
    message: str
    location: str = ""
    source: SourceRef | None = None
    numbers: dict[str, str] = {}
    facts: list[Fact] = []
    arithmetic: str = ""
    readings: list[OtherReading] = []

    @property
    def field(self) -> str:
        """The Chinese name of ``location`` (``指标4 得分``), or ``""``."""
        return field_label(self.location) if self.location else ""

    @property
    def needs_review(self) -> bool:
        """An error under one reading of the document, not under every plausible one."""
        return bool(self.readings)
