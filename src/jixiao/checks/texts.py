"""Every piece of free text an evaluation holds, with its field path: for the checks that read words
(template leftovers, numbering inside paragraphs). Helpers only, no checks here."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.model import Evaluation


def texts(evaluation: Evaluation) -> Iterator[tuple[str, str]]:
    """(field path, text) for each non-empty text of the evaluation, in reading order."""
    unit, project, budget, sections = evaluation.unit, evaluation.project, evaluation.budget, evaluation.sections
    found: list[tuple[str, str | None]] = [("title", evaluation.title), ("unit.name", unit.name),
                                           ("unit.supervising_department", unit.supervising_department)]
    found += [(f"unit.duties[{i}]", d) for i, d in enumerate(unit.duties)]
    found += [(f"unit.internal_bodies[{i}]", d) for i, d in enumerate(unit.internal_bodies)]
    found += [(f"unit.subordinate_bodies[{i}]", d) for i, d in enumerate(unit.subordinate_bodies)]
    if project is not None:
        found += [("project.name", project.name), ("project.implementing_unit", project.implementing_unit),
                  ("project.goal_expected", project.goal_expected), ("project.goal_actual", project.goal_actual)]
    found += [("budget.adjustment_note", budget.adjustment_note), ("budget.execution_note", budget.execution_note)]
    for i, ind in enumerate(evaluation.indicators):
        found += [(f"indicators[{i}].name", ind.name), (f"indicators[{i}].narrative", ind.narrative),
                  (f"indicators[{i}].deviation_note", ind.deviation_note),
                  (f"indicators[{i}].score_reason", ind.score_reason),
                  (f"indicators[{i}].target.text", ind.target.text if ind.target else None),
                  (f"indicators[{i}].actual.text", ind.actual.text if ind.actual else None)]
    for name in ("purpose", "principles", "work", "experience", "problems", "measures"):
        found.append((f"sections.{name}", getattr(sections, name)))
    for i, other in enumerate(sections.others):
        found += [(f"sections.others[{i}].title", other.title), (f"sections.others[{i}].text", other.text)]
    for path, text in found:
        if text and text.strip():
            yield path, text
