"""The evaluation model: plain data, no I/O, no document libraries.

Names follow the glossary of the domain notes (kind, unit, budget, indicator, weight, target,
actual, stated score, deviation note, total, grade). Money is Decimal in 万元; percentages are
Decimal percentages (``93.55`` means 93.55%).
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

NonNegative = Annotated[Decimal, Field(ge=0)]


def _empty_list() -> Any:
    """An empty list default made afresh for each model (pydantic deep-copies a shared ``[]`` default on every
    construction, for every model a parse builds); the schema still shows ``"default": []``."""
    return Field(default_factory=list, json_schema_extra={"default": []})


def _empty_dict() -> Any:
    """An empty dict default made afresh for each model (see :func:`_empty_list`)."""
    return Field(default_factory=dict, json_schema_extra={"default": {}})


class Kind(StrEnum):
    """整体支出 (whole-unit) or 项目支出 (project) self-evaluation."""

    WHOLE_UNIT = "整体支出"
    PROJECT = "项目支出"


class Comparator(StrEnum):
    GE = "≥"
    LE = "≤"
    EQ = "="
    GT = ">"
    LT = "<"


class Tier(StrEnum):
    """Qualitative outcome of an indicator."""

    ACHIEVED = "达成"
    PARTIAL = "部分达成"
    NOT_ACHIEVED = "未达成"


class Grade(StrEnum):
    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"


GRADE_SYNONYMS: dict[str, Grade] = {
    "优": Grade.EXCELLENT, "优秀": Grade.EXCELLENT,
    "良": Grade.GOOD, "良好": Grade.GOOD,
    "中": Grade.FAIR, "中等": Grade.FAIR, "合格": Grade.FAIR, "一般": Grade.FAIR,
    "差": Grade.POOR, "较差": Grade.POOR, "不合格": Grade.POOR,
}

# a grade written as a letter ("等级为B", "评价等级：A", "A级"): no 优 / 良 / 中 / 差 unless the report says which.
# GRADE_LETTERS (a character class's body) and LETTER_MARK are the letters and the mark after one that a report's text
# is read for (readers/extract/letter_grade); a grade given as a value (a file's or a form's field) may be a small
# letter too ("b")
GRADE_LETTERS = "A-DＡ-Ｄ"
LETTER_MARK = r"\s*[级等档]?"
LETTER_GRADE = re.compile(rf"[{GRADE_LETTERS}a-d]{LETTER_MARK}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


class NamedAmount(_Model):
    """An income or expenditure item, e.g. 一般公共预算财政拨款收入 6,796.13 万元."""

    name: str
    amount: Decimal


class StaffPart(_Model):
    name: str
    count: Annotated[int, Field(ge=0)]


class Unit(_Model):
    name: str = ""
    region: str | None = None
    supervising_department: str | None = None
    duties: list[str] = _empty_list()
    internal_bodies: list[str] = _empty_list()
    subordinate_bodies: list[str] = _empty_list()
    staff_total: Annotated[int, Field(ge=0)] | None = None
    staff_parts: list[StaffPart] = _empty_list()
    staff_establishment: Annotated[int, Field(ge=0)] | None = None  # 编制数
    internal_bodies_count: Annotated[int, Field(ge=0)] | None = None  # the count the text states ("设5个股室")
    subordinate_bodies_count: Annotated[int, Field(ge=0)] | None = None


class Project(_Model):
    """Header of a project self-evaluation (项目名称, 实施单位, 年度总体目标)."""

    name: str = ""
    implementing_unit: str | None = None
    goal_expected: str | None = None
    goal_actual: str | None = None


class FundRow(_Model):
    """A 其中 row of a money block (当年财政拨款 / 上年结转资金 / 其他资金 …), in 万元; the block's
    total row (年度资金总额) is the budget's own ``initial`` / ``adjusted`` / ``executed``."""

    name: str
    initial: Decimal | None = None
    adjusted: Decimal | None = None
    executed: Decimal | None = None


class Budget(_Model):
    """Amounts in 万元; ``source_unit`` remembers the unit the source wrote them in."""

    source_unit: str = "万元"
    initial: Decimal | None = None
    adjusted: Decimal | None = None
    executed: Decimal | None = None
    stated_execution_rate: Decimal | None = None
    income_total: Decimal | None = None
    income_items: list[NamedAmount] = _empty_list()
    expenditure_total: Decimal | None = None
    expenditure_items: list[NamedAmount] = _empty_list()
    carry_over: Decimal | None = None  # 结转结余 as stated; the 年末 one (carried out) when the 年初 one is stated too
    opening_balance: Decimal | None = None  # 年初结转和结余 / 上年结转: the balance brought into the year
    fund_rows: list[FundRow] = _empty_list()
    adjustment_note: str | None = None
    execution_note: str | None = None

    @field_validator("source_unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        if value not in ("元", "万元", "亿元"):
            raise ValueError(f"金额单位只能是 元、万元 或 亿元（收到 \"{value}\"）")
        return value


class Target(_Model):
    """年度指标值: a comparator and a value with its unit, or a qualitative text (value None)."""

    comparator: Comparator = Comparator.GE
    value: Decimal | None = None
    unit: str = ""
    text: str | None = None
    # a range's upper end ("85%-90%", "3-5个", "≥95%且≤100%"): value is then its lower end, the comparator ≥ or >
    upper: Decimal | None = None

    @property
    def is_qualitative(self) -> bool:
        return self.value is None

    def within(self, actual: Decimal) -> bool | None:
        """Whether ``actual`` lies inside the range this target writes (None: no range)."""
        if self.upper is None or self.value is None:
            return None
        return (actual > self.value if self.comparator is Comparator.GT else actual >= self.value) \
            and actual <= self.upper


class Actual(_Model):
    """实际完成值: a value with its unit, or a qualitative tier with a description."""

    value: Decimal | None = None
    unit: str = ""
    tier: Tier | None = None
    text: str | None = None
    comparator: Comparator | None = None  # a comparison sign written into the actual ("≥95%"): the target copied


class Evidence(_Model):
    """What backs an actual value, e.g. a survey of 50 people."""

    sample_size: Annotated[int, Field(ge=0)] | None = None
    description: str | None = None


class Indicator(_Model):
    """绩效指标. ``stated_score`` is the score the document states; for qualitative and manual
    rules it is the score a person assigned. ``rule`` names a rule of the active rule pack
    (None: the pack's defaults choose); ``rule_params`` override that rule's parameters."""

    number: int | None = None
    name: str
    level1: str | None = None
    level2: str | None = None
    weight: NonNegative | None  # None: the document states no weight (a 得分-only form); the key is still required
    target: Target | None = None
    actual: Actual | None = None
    evidence: Evidence | None = None
    rule: str | None = None
    rule_params: dict[str, Any] = _empty_dict()
    stated_score: Decimal | None = None
    stated_deduction: Decimal | None = None
    score_reason: str | None = None
    core: bool = False
    narrative: str | None = None
    deviation_note: str | None = None

    @field_validator("weight", mode="before")
    @classmethod
    def _weight_message(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = Decimal(str(value).strip())
        except Exception:
            raise ValueError(f"分值必须是非负数（收到 \"{value}\"）") from None
        if not number.is_finite() or number < 0:
            raise ValueError(f"分值必须是非负数（收到 \"{value}\"）")
        return number


class NamedText(_Model):
    title: str
    text: str


class Sections(_Model):
    """Free-text sections of the report."""

    purpose: str | None = None
    principles: str | None = None
    work: str | None = None
    experience: str | None = None
    problems: str | None = None
    measures: str | None = None
    others: list[NamedText] = _empty_list()


class SourceRef(_Model):
    """Where a parsed fact came from: ``location`` (e.g. 第12段, 表1 R3C5, 第2页第7行) and the text span.

    ``guessed``: the reading rests on a guess (a fused cell split, a column mapped by position, a unit
    inherited from elsewhere, a value derived rather than read); a check may then only warn.
    ``complete`` (lists only): True when the document shows the list is whole, False when it is
    partial by its own words ("其中…", "等"), None when unknown."""

    location: str
    text: str = ""
    guessed: bool = False
    complete: bool | None = None


class Reading(_Model):
    """Another value the document states for a fact already read (text vs table, two candidate
    totals): ``value`` as the model would hold it, written as text, and where it was read."""

    value: str
    source: SourceRef


class ReadingNotes(_Model):
    """What the reader could not understand, for a parsed report (None for an evaluation file)."""

    looks_like_report: bool = True  # the document uses self-evaluation vocabulary
    tables_not_understood: list[SourceRef] = _empty_list()  # tables with form vocabulary that gave no facts
    template_text: list[SourceRef] = _empty_list()  # placeholders left in the text (≥**, XX, （单位名称）, 【待补充】)
    blank_cells: list[SourceRef] = _empty_list()  # required cells of a standard form left empty


class StatedGradeBand(_Model):
    """A grade band the report states for its own total ("80-89分为良"): the grade and the lowest total that
    gets it; ``min_inclusive`` None when the wording leaves open whether that total itself does ("90分以上")."""

    grade: Grade
    min: Decimal
    min_inclusive: bool | None = True
    max: Decimal | None = None  # the band's stated top ("80-89分"), None when open ("90分以上")


class Evaluation(_Model):
    """One self-evaluation: a unit's (or a project's) year, its budget, indicators and report text."""

    kind: Kind = Kind.WHOLE_UNIT
    year: Annotated[int, Field(ge=1990, le=2100)] | None = None  # None: the report states no year
    title: str | None = None
    unit: Unit = Unit()
    project: Project | None = None
    budget: Budget = Budget()
    indicators: list[Indicator] = _empty_list()
    stated_total: Decimal | None = None
    stated_grade: Grade | None = None
    stated_grade_text: str | None = None  # the grade as written when it is no 优/良/中/差 word ("B"): not compared
    stated_grade_bands: list[StatedGradeBand] = _empty_list()  # the report's own grade rule, when it states one
    full_mark: Decimal | None = None  # 满分 / the 分值 of the total row (100), never the stated total
    stated_block_weights: dict[str, Decimal] = _empty_dict()  # 一级指标 weights the form prints ("产出指标（50分）")
    sections: Sections = Sections()
    rule_pack: str | None = None
    provenance: dict[str, SourceRef] = _empty_dict()
    alternatives: dict[str, list[Reading]] = _empty_dict()  # field path → the other values stated for it
    reading: ReadingNotes | None = None

    @field_validator("stated_grade", mode="before")
    @classmethod
    def _grade_synonyms(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip() in GRADE_SYNONYMS:
            return GRADE_SYNONYMS[value.strip()]
        return value

    @property
    def unkeyed_grade(self) -> str | None:
        """The letter the report gives as its grade ("B") when it states no 优 / 良 / 中 / 差: never compared."""
        return self.stated_grade_text if self.stated_grade is None else None

    @property
    def stated_grade_written(self) -> str | None:
        """The grade as the report gives it: 优 / 良 / 中 / 差, else a letter kept as written, else None."""
        return self.stated_grade.value if self.stated_grade is not None else self.stated_grade_text

    @model_validator(mode="before")
    @classmethod
    def _letter_grade(cls, data: Any) -> Any:
        """A letter given as the grade ("B", from a file or a form) is kept as written in ``stated_grade_text``,
        never turned into 优 / 良 / 中 / 差 by a guess, nor refused."""
        grade = data.get("stated_grade") if isinstance(data, dict) else None
        if isinstance(grade, str) and LETTER_GRADE.fullmatch(grade.strip()):
            return {**data, "stated_grade": None, "stated_grade_text": data.get("stated_grade_text") or grade.strip()}
        return data
