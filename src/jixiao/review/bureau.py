"""The finance bureau's side of a batch review, beside review.xlsx/json/html: the checks across reports
(year over year for each unit, copied text between units), a review letter per report
(``--letters``, Word, in ``letters/``) and the batch report (``--summary``, Word, and the same content
in the dashboard).

The runner feeds every result in as it arrives (:meth:`BureauOutputs.add`); workers hand back each
report's record for the checks across reports (:mod:`jixiao.across`) and, with ``--letters``, its
letter data (:mod:`jixiao.review.dossier`), both spooled to disk. After the batch the checks across
reports run over the spool (:meth:`BureauOutputs.cross_findings`), then the letters are written with
every finding the batch made, and the batch report from the same lists as review.json.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jixiao.review.letter_settings import LetterSettings, letter_settings
from jixiao.review.spool import Spool
from jixiao.review.summary import BatchNotes, build_summary
from jixiao.writers.document import Report

LETTERS_DIR = "letters"
SUMMARY_DOCX = "复核情况报告.docx"


@dataclass(frozen=True)
class BureauOptions:
    """``letters``: write a letter per report; ``summary``: write the batch report; ``settings``: the
    sender, date and deadline (default: none given, today, no deadline)."""

    letters: bool = False
    summary: bool = False
    settings: LetterSettings | None = None

    @property
    def sender(self) -> LetterSettings:
        return self.settings or letter_settings()


class BureauOutputs:
    def __init__(self, out_dir: Path, options: BureauOptions) -> None:
        self.out_dir, self.options = out_dir, options
        self.notes = BatchNotes()
        self.spool = Spool()
        self.series: dict[str, list[str]] = defaultdict(list)  # a unit (and project) → its reports' files
        self.years: dict[str, set[int]] = defaultdict(set)
        self.extra: dict[str, list[dict[str, Any]]] = {}  # file → findings the batch made (for the letters)

    def add(self, file: str, dossier: dict[str, Any] | None, findings: list[dict[str, Any]],
            batch_made: list[dict[str, Any]]) -> None:
        """One reviewed report: its worker's dossier, all its findings, and those among them that the
        batch made (a duplicate), which the worker's letter data does not hold."""
        from jixiao.across.record import ReportRecord

        self.notes.add(findings)
        if dossier is not None:
            if "letter" in dossier and self.options.letters:
                self.spool.add(file, "letter", dossier["letter"])
            if "record" in dossier:
                self.spool.add(file, "record", dossier["record"])
                series = ReportRecord.from_data(dossier["record"]).series
                if series:
                    self.series[series].append(file)
                    self.years[series].add(dossier["record"]["year"])
        if batch_made:
            self.extra.setdefault(file, []).extend(batch_made)

    def _records(self) -> Any:
        from jixiao.across.record import ReportRecord

        for _, data in self.spool.items("record"):
            yield ReportRecord.from_data(data)

    def _series(self, files: list[str]) -> list[Any]:
        from jixiao.across.record import ReportRecord

        return [ReportRecord.from_data(self.spool.get(file, "record") or {}) for file in files]

    def cross_findings(self) -> list[dict[str, Any]]:
        """The findings across reports (:mod:`jixiao.across`), as finding rows of the review's outputs."""
        from jixiao.across import batch_findings, series_findings

        found = batch_findings(self._records())
        for series, files in self.series.items():
            if len(self.years[series]) > 1:
                found += series_findings(self._series(files))
        units = {key: unit for key, unit in self._units(found)}
        rows = []
        for file, finding in found:
            source = finding.source
            letter = {"code": finding.code, "severity": finding.severity.value, "title": finding.title,
                      "message": finding.message, "location": finding.location,
                      "where": source.location if source else "", "quote": source.text if source else "",
                      "guessed": bool(source and source.guessed)}
            self.extra.setdefault(file, []).append(letter)
            rows.append({"file": file, "unit": units.get(file, ""), "code": finding.code,
                         "severity": finding.severity.value, "title": finding.title, "message": finding.message,
                         "location": finding.location, "source": source.location if source else ""})
        self.notes.add(rows)
        return rows

    def _units(self, found: list[Any]) -> list[tuple[str, str]]:
        files = {file for file, _ in found}
        return [(file, data["unit"]) for file, data in self.spool.items("record") if file in files]

    def unit_years(self) -> list[dict[str, Any]]:
        """Each unit (and project) with reports of several years: its scores, rates and grades by year."""
        from jixiao.across import unit_years

        out = []
        for series, files in self.series.items():
            if len(self.years[series]) > 1:
                records = self._series(files)
                first = records[0]
                out.append({"unit": first.unit, "kind": first.kind, "project": first.project,
                            "years": unit_years(records)})
        return sorted(out, key=lambda s: (s["unit"], s["project"] or ""))

    def summary_report(self, header: dict[str, Any], reports: list[dict[str, Any]], counts: list[dict[str, Any]],
                       unreadable: list[dict[str, str]], pictures: bool) -> Report | None:
        if not self.options.summary:
            return None
        return build_summary(header, reports, counts, unreadable, self.notes, self.options.sender, pictures)

    def finish(self, summary: Report | None, series: list[dict[str, Any]]) -> dict[str, Path]:
        """Write the batch report's Word file and the letters (named like the reports' pages); ``series``
        is :meth:`unit_years`, shown in the letters of units reviewed over several years."""
        from jixiao.writers.docx import write_docx

        paths: dict[str, Path] = {}
        if summary is not None:
            paths["summary"] = write_docx(summary, self.out_dir / SUMMARY_DOCX)
        if self.options.letters:
            from jixiao.review.letters import build_letter, letter_name
            from jixiao.review.worker import page_name

            years = {row["report"]: s["years"] for s in series for row in s["years"]}
            folder = self.out_dir / LETTERS_DIR
            folder.mkdir(parents=True, exist_ok=True)
            settings = self.options.sender
            for file, data in self.spool.items("letter"):
                letter = build_letter(data, settings, self.extra.get(file), years.get(file))
                write_docx(letter, folder / letter_name(page_name(file)))
            paths["letters"] = folder
        self.spool.close()
        return paths
