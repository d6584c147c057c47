"""The finance bureau's outputs of a batch review, beside review.xlsx/json/html: a review letter per
report (``--letters``, Word, in ``letters/``) and the batch report (``--summary``, Word, and the same
content in the dashboard).

The runner feeds every result in as it arrives (:meth:`BureauOutputs.add`); workers hand back the
letter data (:mod:`jixiao.review.dossier`), spooled to disk. After the batch, the letters are written
from the spool with every finding the batch made, and the batch report from the same lists as
review.json.
"""

from __future__ import annotations

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
        self.spool = Spool() if options.letters else None
        self.extra: dict[str, list[dict[str, Any]]] = {}  # file → findings added by the batch itself

    def add(self, file: str, dossier: dict[str, Any] | None, findings: list[dict[str, Any]],
            batch_made: list[dict[str, Any]]) -> None:
        """One reviewed report: its worker's dossier, all its findings, and those among them that the
        batch made (a duplicate), which the worker's letter data does not hold."""
        self.notes.add(findings)
        if self.spool is not None and dossier is not None and "letter" in dossier:
            self.spool.add(file, "letter", dossier["letter"])
        if batch_made:
            self.extra.setdefault(file, []).extend(batch_made)

    def add_late(self, finding: dict[str, Any]) -> None:
        """A finding the batch made after the report was fed in (across reports)."""
        self.notes.add([finding])
        self.extra.setdefault(finding["file"], []).append(finding)

    def summary_report(self, header: dict[str, Any], reports: list[dict[str, Any]], counts: list[dict[str, Any]],
                       unreadable: list[dict[str, str]], pictures: bool) -> Report | None:
        if not self.options.summary:
            return None
        return build_summary(header, reports, counts, unreadable, self.notes, self.options.sender, pictures)

    def finish(self, summary: Report | None) -> dict[str, Path]:
        """Write the batch report's Word file and the letters (named like the reports' pages)."""
        from jixiao.writers.docx import write_docx

        paths: dict[str, Path] = {}
        if summary is not None:
            paths["summary"] = write_docx(summary, self.out_dir / SUMMARY_DOCX)
        if self.spool is not None:
            from jixiao.review.letters import build_letter, letter_name
            from jixiao.review.worker import page_name

            folder = self.out_dir / LETTERS_DIR
            folder.mkdir(parents=True, exist_ok=True)
            settings = self.options.sender
            for file, data in self.spool.items("letter"):
                letter = build_letter(data, settings, self.extra.get(file))
                write_docx(letter, folder / letter_name(page_name(file)))
            paths["letters"] = folder
            self.spool.close()
        return paths
