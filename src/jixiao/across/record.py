"""What the checks across reports read of one report: small plain data, built from an evaluation
(and its score) wherever it lives — a worker of a batch review, or the web app's store — and
serialisable to JSON so a batch can spool it to disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.model import Evaluation, Indicator, SourceRef
from jixiao.numbers import percent_of, round2, to_halfwidth
from jixiao.scoring.receipt import EvaluationScore

# The narrative sections compared across years and between units. 评价目的 and 评价原则 are left out:
# they are legitimately the same boilerplate every year and in every unit.
COMPARED_SECTIONS = ("work", "experience", "problems", "measures")
_NAME_NOISE = re.compile(r"[\s，,。．.：:；;“”\"'‘’（）()、\-—]+")
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """An indicator's or unit's name as compared across reports: half-width, without spaces and punctuation."""
    return _NAME_NOISE.sub("", to_halfwidth(name))


def text_key(text: str) -> str:
    """A narrative as compared across reports: half-width, without white space (line breaks differ by format)."""
    return _SPACE.sub("", to_halfwidth(text))


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _str(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


@dataclass(frozen=True)
class Place:
    """Where a fact sits in the report: ``path`` (the field), ``where`` (e.g. 第27行) and the quoted text."""

    path: str
    where: str = ""
    quote: str = ""
    guessed: bool = False

    def source(self) -> SourceRef | None:
        return SourceRef(location=self.where, text=self.quote, guessed=self.guessed) if self.where else None


@dataclass(frozen=True)
class Figures:
    """One indicator's target and actual, as compared across years."""

    index: int
    name: str
    comparator: str | None
    target: Decimal | None
    target_unit: str
    actual: Decimal | None
    actual_unit: str
    place: Place

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass(frozen=True)
class Narrative:
    """A narrative section: ``field`` (``problems`` … or ``others:<title>``), its ``title`` and ``text``."""

    field: str
    title: str
    text: str
    place: Place


@dataclass(frozen=True)
class ReportRecord:
    """One report, as the checks across reports see it. ``key`` names it in the batch or the store
    (the file, or the evaluation's id); ``series`` groups the years of one unit (and project)."""

    key: str
    unit: str
    kind: str
    year: int | None  # None: the report states no year (it joins no series)
    project: str | None = None
    indicators: tuple[Figures, ...] = ()
    narratives: tuple[Narrative, ...] = ()
    stated_total: Decimal | None = None
    total: Decimal | None = None
    stated_grade: str | None = None
    grade: str | None = None
    execution_rate: Decimal | None = None

    @property
    def series(self) -> str:
        """The unit (and project) across years; empty when the report names no unit."""
        unit = name_key(self.unit)
        if not unit:
            return ""
        return f"{self.kind}|{unit}|{name_key(self.project or '')}"

    @property
    def subject(self) -> str:
        """``重庆市璧山区大兴镇人民政府`` or ``某单位（某项目）``, for messages."""
        return self.unit + (f"（{self.project}）" if self.project else "")

    def to_data(self) -> dict[str, Any]:
        return {
            "key": self.key, "unit": self.unit, "kind": self.kind, "year": self.year, "project": self.project,
            "indicators": [[f.index, f.name, f.comparator, _str(f.target), f.target_unit, _str(f.actual),
                            f.actual_unit, *_place(f.place)] for f in self.indicators],
            "narratives": [[n.field, n.title, n.text, *_place(n.place)] for n in self.narratives],
            "stated_total": _str(self.stated_total), "total": _str(self.total), "stated_grade": self.stated_grade,
            "grade": self.grade, "execution_rate": _str(self.execution_rate),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ReportRecord:
        indicators = tuple(Figures(i[0], i[1], i[2], _dec(i[3]), i[4], _dec(i[5]), i[6], Place(*i[7:11]))
                           for i in data["indicators"])
        narratives = tuple(Narrative(n[0], n[1], n[2], Place(*n[3:7])) for n in data["narratives"])
        return cls(key=data["key"], unit=data["unit"], kind=data["kind"], year=data["year"], project=data["project"],
                   indicators=indicators, narratives=narratives, stated_total=_dec(data["stated_total"]),
                   total=_dec(data["total"]), stated_grade=data["stated_grade"], grade=data["grade"],
                   execution_rate=_dec(data["execution_rate"]))


def _place(place: Place) -> list[Any]:
    return [place.path, place.where, place.quote, place.guessed]


def _place_of(evaluation: Evaluation, path: str, *fallbacks: str) -> Place:
    for candidate in (path, *fallbacks):
        ref = evaluation.provenance.get(candidate)
        if ref is not None:
            return Place(path, ref.location, ref.text, ref.guessed)
    return Place(path)


def _figures(index: int, indicator: Indicator, evaluation: Evaluation) -> Figures:
    target, actual = indicator.target, indicator.actual
    base = f"indicators[{index}]"
    return Figures(
        index=index, name=indicator.name,
        comparator=target.comparator.value if target is not None and target.value is not None else None,
        target=target.value if target is not None else None, target_unit=(target.unit if target else "") or "",
        actual=actual.value if actual is not None else None, actual_unit=(actual.unit if actual else "") or "",
        place=_place_of(evaluation, f"{base}.target", f"{base}.name", f"{base}.number"))


def _narratives(evaluation: Evaluation) -> list[Narrative]:
    from jixiao.lexicon import field_label

    out = []
    sections = evaluation.sections
    for name in COMPARED_SECTIONS:
        text = getattr(sections, name)
        if text and text.strip():
            path = f"sections.{name}"
            out.append(Narrative(name, field_label(path), text.strip(), _place_of(evaluation, path)))
    for i, other in enumerate(sections.others):
        if other.text.strip():
            path = f"sections.others[{i}].text"
            out.append(Narrative(f"others:{name_key(other.title)}", other.title.strip(), other.text.strip(),
                                 _place_of(evaluation, path, f"sections.others[{i}]")))
    return out


def execution_rate(evaluation: Evaluation) -> Decimal | None:
    """The execution rate recomputed from the amounts (executed ÷ adjusted budget), else the stated one."""
    budget = evaluation.budget
    if budget.executed is not None and budget.adjusted:
        return percent_of(budget.executed, budget.adjusted)
    return round2(budget.stated_execution_rate) if budget.stated_execution_rate is not None else None


def record_of(evaluation: Evaluation, score: EvaluationScore | None, key: str) -> ReportRecord:
    """The record of one evaluation (``score`` under the review's rule pack, or None)."""
    return ReportRecord(
        key=key, unit=evaluation.unit.name.strip(), kind=evaluation.kind.value, year=evaluation.year,
        project=evaluation.project.name.strip() if evaluation.project and evaluation.project.name else None,
        indicators=tuple(_figures(i, ind, evaluation) for i, ind in enumerate(evaluation.indicators)),
        narratives=tuple(_narratives(evaluation)),
        stated_total=evaluation.stated_total, total=score.total if score is not None else None,
        stated_grade=evaluation.stated_grade.value if evaluation.stated_grade else None,
        grade=score.grade.value if score is not None else None, execution_rate=execution_rate(evaluation))
