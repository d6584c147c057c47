"""What every generated evaluation set shares: writing its reports and expected facts (``build``, or ``build_set``
for the sets whose modules hand ``write_set`` a table of makers) and the fixtures' self-check on the true facts
(``self_check``). Each set's ``make_<set>.py`` names its modules."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def build(here: Path, modules: Sequence[ModuleType], prefix: str,
          write_expected: Callable[[Any, Path], None]) -> None:
    """Write every report of ``modules`` (their ``REPORTS`` makers) and its NAME.expected.yaml into ``here``,
    after removing the set's old reports (``prefix``: the letter its report names start with)."""
    reports = sorted((make() for module in modules for make in module.REPORTS), key=lambda r: r.name)
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report names"
    for old in here.glob(f"{prefix}[0-9][0-9]-*"):
        old.unlink()
    for report in reports:
        path = here / (report.name + report.suffix)
        if isinstance(report.body, bytes):
            path.write_bytes(report.body)
        else:
            path.write_text(report.body, encoding="utf-8", newline="")
        write_expected(report, here)
        print(f"{report.name}{report.suffix}: {path.stat().st_size:,} bytes  planted={report.planted}")


def self_check(corpus: str) -> int:
    """On the TRUE facts of each report of ``corpus`` the checks raise every planted code at error level
    and no other error code; 1 when a report fails that."""
    sys.path.insert(0, str(ROOT / "tests" / "readers"))
    from corpus import ERROR_CODES, cases, expected_evaluation, raised

    bad = 0
    for path in cases(corpus):
        evaluation, planted = expected_evaluation(path)
        codes = raised(evaluation)
        missing, extra = planted - codes, (codes & ERROR_CODES) - planted
        bad += bool(missing or extra)
        print(f"{path.name.removesuffix('.expected.yaml')}: planted {sorted(planted)} "
              f"missing {sorted(missing)} unplanted errors {sorted(extra)}")
    print("self-check:", "FAILED" if bad else "passed")
    return 1 if bad else 0


def build_set(here: Path, helpers: Sequence[str], tables: Sequence[str]) -> int:
    """Write the set in ``here`` from its ``tables`` ("module:NAME", each a dict of report name → maker returning
    (facts, extension, content)) with the seventeenth set's ``write_set``, the earlier sets named in ``helpers``
    importable, then self-check it; the exit status."""
    for folder in (here, *(here.parent / h for h in helpers), here.parent / "seventeenth", here.parent):
        sys.path.insert(0, str(folder))
    from make_seventeenth import write_set

    reports: dict[str, Any] = {}
    for spec in tables:
        module, name = spec.split(":")
        reports.update(getattr(importlib.import_module(module), name))
    write_set(here, dict(sorted(reports.items())))
    return self_check(here.name)
