"""What scoring returns: every number with its receipt (inputs, formula, result, a Chinese sentence).

These types are the contract between scoring and everything downstream (checks, writers, the web
app); they are plain data and serialise to JSON.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from jixiao.model import Grade


class Receipt(BaseModel):
    """How one number was computed.

    ``formula`` has the numbers substituted (``15 × min(1, 93.55%) = 14.03``); ``sentence`` is the
    one Chinese sentence a report or a reviewer reads, e.g.
    ``预算执行率 93.55%（7,693.91 ÷ 8,224.00），按 15 × min(1, 93.55%) 计 14.03 分``.
    """

    model_config = ConfigDict(frozen=True)

    rule_id: str
    rule_title: str
    source: str
    inputs: dict[str, str]
    formula: str
    result: Decimal
    sentence: str


class IndicatorScore(BaseModel):
    """One indicator's stated and recomputed score.

    ``score`` is what counts toward the recomputed total: ``computed`` when the indicator could be
    recomputed, else the stated score (``uses_stated`` is then True and ``reason`` says why it
    could not be recomputed). ``problems`` lists rule violations found while scoring (e.g. a
    qualitative score outside its band), each one Chinese sentence.
    """

    index: int
    number: int | None
    name: str
    weight: Decimal | None  # None: the document states no weight, so no score could be computed
    rule_id: str | None
    stated: Decimal | None
    computed: Decimal | None
    score: Decimal
    uses_stated: bool
    reason: str | None = None
    receipt: Receipt | None = None
    problems: list[str] = []

    @property
    def differs(self) -> bool:
        """True when both a stated and a computed score exist and they differ."""
        return self.stated is not None and self.computed is not None and self.stated != self.computed


class EvaluationScore(BaseModel):
    """The whole evaluation scored under one rule pack."""

    pack_id: str
    pack_version: str
    indicators: list[IndicatorScore]
    total: Decimal
    grade: Grade
    total_receipt: Receipt
    stated_total: Decimal | None
    stated_grade: Grade | None
    cap_receipt: Receipt | None = None
    stated_grade_text: str | None = None  # a letter the report gives as its grade ("B"), kept as written: not compared

    @property
    def stated_grade_shown(self) -> str | None:
        """The stated grade for a reader: 优 / 良 / 中 / 差, else the letter as written and said not compared."""
        if self.stated_grade is not None:
            return self.stated_grade.value
        return f"“{self.stated_grade_text}”（非优良中差，未比对）" if self.stated_grade_text else None

    @property
    def total_differs(self) -> bool:
        return self.stated_total is not None and self.stated_total != self.total

    @property
    def grade_differs(self) -> bool:
        return self.stated_grade is not None and self.stated_grade != self.grade
