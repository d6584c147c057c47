"""Build the report's document model once from an evaluation; every writer renders the result.

The unit's own text is printed wherever the evaluation has some (duties, narratives, budget notes,
project goals, sections), in the place the official outline gives it. Connective text that only
restates the evaluation's data (amounts, targets, actual values, scores) is generated through the
section templates (:mod:`jixiao.writers.templating`). A required part with no content is a visible
placeholder (:mod:`jixiao.writers.placeholders`); nothing the unit did not state is claimed.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.model import Evaluation, Kind
from jixiao.numbers import format_score
from jixiao.scoring.packs import RulePack
from jixiao.scoring.receipt import EvaluationScore
from jixiao.writers.document import Block, Heading, Paragraph, Report
from jixiao.writers.facts import (
    Figures,
    ScoreMode,
    actual_text,
    difference_note,
    is_execution_indicator,
    shown_figures,
    target_text,
)
from jixiao.writers.placeholders import (
    MissingPart,
    adjustment_needs_note,
    missing_parts,
    placeholder,
    placeholder_for,
    unspent_needs_note,
    weight_shown,
)
from jixiao.writers.prose import money_in_wan, restate_score
from jixiao.writers.scoretable import appendix_title, score_tables
from jixiao.writers.templating import paragraphs, render_text
from jixiao.writers.titles import break_title

_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99)."""
    if number < 10:
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


class _Builder:
    def __init__(self, evaluation: Evaluation, figures: Figures, missing: list[MissingPart],
                 templates_dir: str | Path | None) -> None:
        self.ev = evaluation
        self.figures = figures
        self.missing = {part.path for part in missing}
        self.templates_dir = templates_dir
        self.blocks: list[Block] = []
        self.top = 0
        self.sub = 0

    def text(self, name: str, **context: object) -> list[str]:
        return paragraphs(render_text(self.templates_dir, name, ev=self.ev, unit=self.ev.unit,
                                      rate=self.figures.execution_rate, todo=self.todo, **context))

    def todo(self, path: str) -> str:
        """The placeholder of ``path`` when that part is missing, else an empty string."""
        return placeholder_for(path) if path in self.missing else ""

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
        self.blocks.extend(Paragraph(money_in_wan(line)) for line in lines)

    def own(self, text: str | None, path: str) -> list[str]:
        """The unit's own text, else the placeholder of ``path``."""
        if text and text.strip():
            return paragraphs(text)
        return [placeholder_for(path)]


def title_lines(evaluation: Evaluation, templates_dir: str | Path | None = None) -> list[str]:
    """The title broken between its meaningful parts (see :func:`jixiao.writers.titles.break_title`)."""
    title = (evaluation.title or "").strip()
    if not title:
        title = render_text(templates_dir, "title.j2", ev=evaluation, todo=placeholder).strip()
    subject = evaluation.unit.name.strip()
    if not (subject and title.startswith(subject)) and evaluation.project is not None:
        subject = evaluation.project.name.strip()
    return break_title(title, subject)


def _indicators(b: _Builder) -> None:
    figures = b.figures
    for position, item in enumerate(figures.indicators, start=1):
        indicator = item.indicator
        index = position - 1
        points = "分" if indicator.weight is not None else ""
        b.item(indicator.number or position, f"{indicator.name}（{weight_shown(indicator, index)}{points}）")
        score_text = format_score(item.score) if item.score is not None else placeholder_for(
            f"indicators[{index}].stated_score")
        if indicator.narrative and indicator.narrative.strip():
            lines = paragraphs(indicator.narrative)
            if item.score is not None:
                lines[-1] = restate_score(lines[-1], indicator.stated_score, item.score)
            else:
                lines[-1] = f"{lines[-1]}（得分{score_text}）"
            b.paras(lines)
            continue
        execution = is_execution_indicator(indicator)
        b.paras(b.text("indicator.j2", ind=indicator, score=score_text, variant=index % 4,
                       target=target_text(indicator.target),
                       actual=actual_text(indicator.actual) or b.todo(f"indicators[{index}].actual"),
                       actual_is_words=bool(indicator.actual is not None and indicator.actual.value is None
                                            and actual_text(indicator.actual)),
                       is_execution=execution,
                       deviation=indicator.deviation_note or b.todo(f"indicators[{index}].deviation_note")))
    if not figures.indicators:
        b.paras([placeholder_for("indicators")])


def _conclusion(b: _Builder) -> list[str]:
    figures = b.figures
    lines = b.text("conclusion.j2",
                   total=figures.total if figures.total is not None else placeholder("综合得分"),
                   grade=figures.grade.value if figures.grade is not None else placeholder("评价等级"))
    note = difference_note(figures)
    if note:
        lines.append(f"需要说明的是，{note}")
    return lines


def build_report(evaluation: Evaluation, score: EvaluationScore, templates_dir: str | Path | None = None, *,
                 mode: ScoreMode | str = ScoreMode.COMPUTED, pack: RulePack | None = None) -> Report:
    """The whole report for ``evaluation``: scores, total and grade as ``mode`` decides (see
    :mod:`jixiao.writers.facts`), missing parts as placeholders."""
    figures = shown_figures(evaluation, score, mode, pack)
    missing = missing_parts(evaluation, pack, [item.score for item in figures.indicators])
    b = _Builder(evaluation, figures, missing, templates_dir)
    sections = evaluation.sections
    budget_context = {"needs_adjustment_note": adjustment_needs_note(evaluation, pack),
                      "has_unspent": unspent_needs_note(evaluation, pack)}

    b.section("基本情况")
    if evaluation.kind == Kind.PROJECT:
        b.subsection("项目基本情况")
        b.paras(b.text("project.j2"))
        b.subsection("项目资金情况")
        b.paras(b.text("budget.j2", **budget_context))
    else:
        b.subsection("单位基本情况")
        b.item(1, "职能职责")
        b.paras(list(evaluation.unit.duties) or [placeholder_for("unit.duties")])
        b.item(2, "单位构成")
        b.paras(b.text("composition.j2"))
        b.item(3, "人员编制情况")
        b.paras(b.text("staff.j2"))
        b.subsection("预算及支出情况")
        b.paras(b.text("budget.j2", **budget_context))

    b.section("绩效评价基本情况")
    b.subsection("绩效评价目的")
    b.paras(b.own(sections.purpose, "sections.purpose"))
    if sections.principles and sections.principles.strip():
        b.subsection("绩效评价原则")
        b.paras(paragraphs(sections.principles))
    if sections.work and sections.work.strip():
        b.subsection("绩效自评工作情况")
        b.paras(paragraphs(sections.work))

    b.section("绩效评价情况及结论")
    b.subsection("绩效评价情况")
    _indicators(b)
    b.subsection("绩效评价结论")
    b.paras(_conclusion(b))

    b.section("主要经验及做法")
    b.paras(b.own(sections.experience, "sections.experience"))
    b.section("存在的问题")
    b.paras(b.own(sections.problems, "sections.problems"))
    b.section("改进措施、建议")
    b.paras(b.own(sections.measures, "sections.measures"))
    for other in sections.others:
        b.section(other.title.strip())
        b.paras(paragraphs(other.text))

    return Report(title_lines(evaluation, templates_dir), b.blocks, appendix_title(evaluation),
                  score_tables(evaluation, figures), unit=evaluation.unit.name.strip(), signed=True)
