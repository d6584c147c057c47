"""A batch of synthetic reports on disk, with ``expected.json`` listing each report's true facts.

Deterministic for a seed: report ``i`` draws from its own random source seeded by ``(seed, i)``,
so the same report comes out whatever the formats or the batch size.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.model import Evaluation, Grade, Kind
from jixiao.numbers import format_number
from jixiao.synth import defects, docx_out, figures, wording

FORMATS = ("txt", "docx", "pdf", "scan")  # scan: the PDF printed, stamped and scanned (an image-only PDF)
GRADE_CYCLE = [Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR]
DEFECT_CODES = list(defects.PLANTERS)


def parse_formats(text: str) -> list[str]:
    """``"txt,docx"`` → ``["txt", "docx"]``; unknown formats raise InputError."""
    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise InputError(f"--formats 只能是 {'、'.join(FORMATS)} 的组合（收到 \"{text}\"）")
    return formats


def make_report(seed: int, index: int,
                defect_codes: Sequence[str] = ()) -> tuple[Evaluation, list[str], random.Random]:
    """Report ``index`` of the batch: a clean evaluation, then the first of ``defect_codes`` it can carry."""
    rng = random.Random(f"jixiao-synth-{seed}-{index}")
    kind = Kind.PROJECT if rng.random() < 0.3 else Kind.WHOLE_UNIT
    wanted = GRADE_CYCLE[index % 4] if index < 8 else rng.choice(figures.GRADE_CHOICES)
    evaluation = figures.make_evaluation(rng, kind, rng.choice([2021, 2022, 2023, 2024]), wanted)
    planted: list[str] = []
    for code in defect_codes:
        if defects.plant(evaluation, code, rng):
            planted.append(code)
            break
    return evaluation, planted, rng


def facts(evaluation: Evaluation) -> dict[str, Any]:
    """The facts a reader should find, in plain JSON (amounts in 万元, numbers as strings)."""
    b = evaluation.budget

    def num(value: object) -> str | None:
        return None if value is None else format_number(value)  # type: ignore[arg-type]

    return {
        "unit": evaluation.unit.name,
        "year": evaluation.year,
        "kind": evaluation.kind.value,
        "project": evaluation.project.name if evaluation.project else None,
        "budget": {
            "initial": num(b.initial), "adjusted": num(b.adjusted), "executed": num(b.executed),
            "stated_execution_rate": num(b.stated_execution_rate),
            "income_total": num(b.income_total), "income_items": {i.name: num(i.amount) for i in b.income_items},
            "expenditure_total": num(b.expenditure_total),
            "expenditure_items": {i.name: num(i.amount) for i in b.expenditure_items},
        },
        "staff_total": evaluation.unit.staff_total,
        "staff_parts": {p.name: p.count for p in evaluation.unit.staff_parts},
        "indicators": [
            {
                "number": ind.number, "name": ind.name, "weight": num(ind.weight),
                "target": (f"{ind.target.comparator.value}{num(ind.target.value)}{ind.target.unit}"
                           if ind.target else None),
                "actual": f"{num(ind.actual.value)}{ind.actual.unit}" if ind.actual else None,
                "stated_score": num(ind.stated_score),
            }
            for ind in evaluation.indicators
        ],
        "stated_total": num(evaluation.stated_total),
        "stated_grade": evaluation.stated_grade.value if evaluation.stated_grade else None,
    }


def _file_stem(index: int, evaluation: Evaluation) -> str:
    subject = evaluation.unit.name + (evaluation.project.name if evaluation.project else "")
    return f"{index + 1:04d}_{subject}_{evaluation.year}"


def _scan(reports: list[dict[str, Any]], pdf_dir: Path, out: Path, seed: int) -> None:
    """Each report's PDF printed, stamped with its unit's seal and scanned (``jixiao.synth.scan``)."""
    from jixiao.synth.scan import scan_report

    for index, report in enumerate(reports):
        pdf = pdf_dir / f"{report['stem']}.pdf"
        scan_report(pdf, out / report["files"]["scan"], seed=seed * 100_000 + index, seal_text=report["facts"]["unit"])
        if pdf_dir != out:
            pdf.unlink()
    if pdf_dir != out:
        pdf_dir.rmdir()


def generate_batch(n: int, out_dir: str | Path, *, seed: int = 0, formats: Sequence[str] = ("txt",),
                   defect_rate: float = 0.3, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Write ``n`` reports in each of ``formats`` into ``out_dir`` plus ``expected.json``; returns its data.

    About ``defect_rate`` of the reports carry one planted defect; the codes cycle so that a
    small batch still covers every code the generator can plant.
    """
    if n < 0:
        raise InputError(f"报告数量必须不小于 0（收到 {n}）")
    if not 0 <= defect_rate <= 1:
        raise InputError(f"--defect-rate 必须在 0 到 1 之间（收到 {defect_rate}）")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chooser = random.Random(f"jixiao-synth-{seed}")
    printed = "pdf" in formats or "scan" in formats
    reports: list[dict[str, Any]] = []
    docx_paths: list[Path] = []
    planted_so_far = dict.fromkeys(DEFECT_CODES, 0)
    for index in range(n):
        wanted: list[str] = []
        if chooser.random() < defect_rate:  # the least planted code first, so every code comes up early
            wanted = sorted(DEFECT_CODES, key=lambda c: (planted_so_far[c], DEFECT_CODES.index(c)))
        evaluation, planted, rng = make_report(seed, index, wanted)
        for code in planted:
            planted_so_far[code] += 1
        style = wording.choose_style(rng)
        blocks = wording.compose(evaluation, style, rng)
        stem = _file_stem(index, evaluation)
        files: dict[str, str] = {}
        if "txt" in formats:
            (out / f"{stem}.txt").write_text(wording.to_text(blocks), encoding="utf-8")
            files["txt"] = f"{stem}.txt"
        if "docx" in formats or printed:
            docx_dir = out if "docx" in formats else out / ".docx-for-pdf"
            docx_paths.append(docx_out.write_docx(blocks, docx_dir / f"{stem}.docx", rng))
            if "docx" in formats:
                files["docx"] = f"{stem}.docx"
        if "pdf" in formats:
            files["pdf"] = f"{stem}.pdf"
        if "scan" in formats:
            files["scan"] = f"{stem}.scan.pdf"
        report_facts = facts(evaluation)
        if style.deduction and style.scores_in_prose:  # the prose states deductions, not scores
            for fact, ind in zip(report_facts["indicators"], evaluation.indicators, strict=True):
                if ind.stated_score is not None and ind.stated_score <= figures.weight_of(ind):
                    fact["stated_deduction"] = format_number(figures.weight_of(ind) - ind.stated_score)
        reports.append({"stem": stem, "files": files, "facts": report_facts, "defects": planted,
                        "evaluation": json.loads(evaluation.model_dump_json(exclude_defaults=True))})
        if progress is not None:
            progress(index + 1)
    if printed and docx_paths:
        from jixiao.writers.pdf import docx_to_pdf_batch  # LibreOffice only when PDFs are wanted

        pdf_dir = out if "pdf" in formats else out / ".pdf-for-scan"
        pdf_dir.mkdir(exist_ok=True)
        for start in range(0, len(docx_paths), 50):
            docx_to_pdf_batch(docx_paths[start:start + 50], pdf_dir)
        if "docx" not in formats:
            for path in docx_paths:
                path.unlink()
            (out / ".docx-for-pdf").rmdir()
        if "scan" in formats:
            _scan(reports, pdf_dir, out, seed)
    expected = {"seed": seed, "count": n, "formats": list(formats), "defect_rate": defect_rate,
                "defect_codes": DEFECT_CODES, "reports": reports}
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    return expected
