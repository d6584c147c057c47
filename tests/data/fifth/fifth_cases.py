"""A project report on the central 2020 form whose whole budget sits in one 其中 row: the figures,
the form and the expected facts derived from one definition."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fifth_facts import (
    D,
    Ind,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    grade_of,
    num,
    pct,
    project_facts,
    rate_of,
    sum_scores,
)
from fifth_forms import central_project, standard_money
from fifth_shapes import Grid

BLOCKS = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}


@dataclass
class CentralCase:
    year: int
    name: str
    dept: str
    unit: str
    a: Decimal
    b: Decimal
    e: Decimal
    goal: tuple[str, str]
    inds: list[Ind]
    first: str = "其中：当年财政拨款"

    @property
    def rate(self) -> Decimal:
        return rate_of(self.e, self.b)

    @property
    def es(self) -> Decimal:
        return exec_score(10, self.rate)

    @property
    def total(self) -> Decimal:
        return sum_scores(self.inds, self.es)

    @property
    def grade(self) -> str:
        return grade_of(self.total)

    def grid(self, grade: bool = False) -> Grid:
        """The form; ``grade`` prints the grade in the 总分 row."""
        return central_project(f"（{self.year}年度）", self.name, self.dept, self.unit,
                               standard_money(self.a, self.b, self.e, self.first), ("10", pct(self.rate), num(self.es)),
                               self.goal, self.inds, num(self.total), BLOCKS, grade=self.grade if grade else None)

    def facts(self, grade: bool = False) -> dict[str, Any]:
        """Expected facts; ``grade`` when the document states the grade somewhere."""
        row = {"name": self.first.removeprefix("其中："), "initial": self.a, "adjusted": self.b, "executed": self.e}
        rest: dict[str, Any] = {
            "budget": {"initial": self.a, "adjusted": self.b, "executed": self.e, "stated_execution_rate": self.rate,
                       "fund_rows": [row]},
            "indicators": [execution_indicator(10, self.rate, self.es), *(expected_indicator(i) for i in self.inds)],
            "stated_total": self.total, "full_mark": D(100), "stated_block_weights": blocks_of(BLOCKS)}
        if grade:
            rest["stated_grade"] = self.grade
        return project_facts(self.year, self.dept, self.name, self.unit, rest)
