"""Build the report's document model once from an evaluation; every writer renders the result.

The evaluation's own text is used wherever it has some (narratives, sections); everything else is
generated from its data through the section templates (:mod:`jixiao.writers.templating`).
"""

from __future__ import annotations

from pathlib import Path

from jixiao.model import Evaluation, Kind
from jixiao.numbers import format_score
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.document import Block, Heading, Paragraph, Report
from jixiao.writers.facts import (
    Figures,
    ShownIndicator,
    actual_text,
    is_execution_indicator,
    shown_figures,
    target_text,
)
from jixiao.writers.scoretable import appendix_title, score_tables
from jixiao.writers.templating import paragraphs, render_text

_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99)."""
    if number < 10:
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


class _Builder:
    def __init__(self, evaluation: Evaluation, figures: Figures, templates_dir: str | Path | None) -> None:
        self.ev = evaluation
        self.figures = figures
        self.templates_dir = templates_dir
        self.blocks: list[Block] = []
        self.top = 0
        self.sub = 0

    def text(self, name: str, **context: object) -> list[str]:
        return paragraphs(render_text(self.templates_dir, name, ev=self.ev, unit=self.ev.unit,
                                      rate=self.figures.execution_rate, **context))

    def section(self, title: str) -> None:
        self.top += 1
        self.sub = 0
        self.blocks.append(Heading(1, f"{chinese_ordinal(self.top)}、{title}"))

    def subsection(self, title: str) -> None:
        self.sub += 1
        self.blocks.append(Heading(2, f"（{chinese_ordinal(self.sub)}）{title}"))

    def item(self, number: int, title: str) -> None:
        self.blocks.append(Heading(3, f"{number}. {title}"))

    def paras(self, lines: list[str]) -> None:
        self.blocks.extend(Paragraph(line) for line in lines)

    def own_or(self, own: str | None, template: str, **context: object) -> list[str]:
        """The evaluation's own text when it has some, else the template's."""
        if own and own.strip():
            return paragraphs(own)
        return self.text(template, **context)


def title_lines(evaluation: Evaluation, templates_dir: str | Path | None = None) -> list[str]:
    """The title, split after the unit's name as official reports set it (two lines)."""
    title = (evaluation.title or "").strip()
    if not title:
        title = render_text(templates_dir, "title.j2", ev=evaluation).strip()
    name = evaluation.unit.name.strip()
    if name and title.startswith(name) and len(title) > len(name):
        return [name, title[len(name):].strip()]
    return [title]


def _shortfalls(figures: Figures) -> list[ShownIndicator]:
    return [item for item in figures.indicators
            if item.score is not None and item.score < item.indicator.weight]


def build_report(evaluation: Evaluation, score: EvaluationScore,
                 templates_dir: str | Path | None = None) -> Report:
    """The whole report for ``evaluation``; ``score`` supplies scores the evaluation does not state."""
    figures = shown_figures(evaluation, score)
    b = _Builder(evaluation, figures, templates_dir)
    sections = evaluation.sections
    has_execution_indicator = any(is_execution_indicator(item.indicator) for item in figures.indicators)

    b.section("基本情况")
    if evaluation.kind == Kind.PROJECT and evaluation.project is not None:
        b.subsection("项目基本情况")
        b.paras(b.text("project.j2"))
        b.subsection("项目资金情况")
    else:
        b.subsection("单位基本情况")
        b.item(1, "职能职责")
        b.paras(list(evaluation.unit.duties) or b.text("duties.j2"))
        b.item(2, "单位构成")
        b.paras(b.text("composition.j2"))
        b.item(3, "人员编制情况")
        b.paras(b.text("staff.j2"))
        b.subsection("预算及支出情况")
    b.paras(b.text("budget.j2", show_execution=not has_execution_indicator))

    b.section("绩效评价基本情况")
    b.subsection("绩效评价目的")
    b.paras(b.own_or(sections.purpose, "purpose.j2"))
    b.subsection("绩效评价原则")
    b.paras(b.own_or(sections.principles, "principles.j2"))
    if sections.work and sections.work.strip():
        b.subsection("绩效自评工作情况")
        b.paras(paragraphs(sections.work))

    b.section("绩效评价情况及结论")
    b.subsection("绩效评价情况")
    for position, item in enumerate(figures.indicators, start=1):
        indicator = item.indicator
        b.item(indicator.number or position, f"{indicator.name}（{format_score(indicator.weight)}分）")
        b.paras(b.own_or(indicator.narrative, "indicator.j2", ind=indicator, score=item.score,
                         target=target_text(indicator.target), actual=actual_text(indicator.actual),
                         is_execution=is_execution_indicator(indicator)))
    if not figures.indicators:
        b.paras(["【待补充：绩效指标及其完成情况】。"])
    b.subsection("绩效评价结论")
    b.paras(b.text("conclusion.j2", total=figures.total, grade=figures.grade.value))

    shortfalls = _shortfalls(figures)
    b.section("主要经验及做法")
    b.paras(b.own_or(sections.experience, "experience.j2"))
    b.section("存在的问题")
    b.paras(b.own_or(sections.problems, "problems.j2", shortfalls=shortfalls))
    b.section("改进措施、建议")
    b.paras(b.own_or(sections.measures, "measures.j2", shortfalls=shortfalls))
    for other in sections.others:
        b.section(other.title.strip())
        b.paras(paragraphs(other.text))

    return Report(title_lines(evaluation, templates_dir), b.blocks,
                  appendix_title(evaluation), score_tables(evaluation, figures))
