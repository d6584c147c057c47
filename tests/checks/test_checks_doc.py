"""docs/checks.md documents every registered check, and only those."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.checks import BATCH_CHECKS, CHECKS

EVERY = {**CHECKS, **BATCH_CHECKS}  # per report, and across reports (duplicates)

DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"


def sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### ([A-Z0-9_]+)\s*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def test_every_registered_check_is_documented():
    assert sorted(EVERY) == sorted(sections())


def test_the_summary_table_lists_every_check():
    rows = re.findall(r"^\| ([A-Z0-9_]+) \| (\w+) \| (.+?) \|$", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert sorted(rows) == sorted((c.code, c.severity.value, c.title) for c in EVERY.values())


@pytest.mark.parametrize("code", sorted(EVERY))
def test_section_matches_the_registry(code):
    section = sections().get(code, "")
    registered = EVERY[code]
    assert f"- severity: {registered.severity.value}\n" in section
    assert f"- title: {registered.title}\n" in section
    assert f"- reason: {registered.reason}\n" in section
    assert re.search(r"^- example .*`.+`", section, re.MULTILINE), f"{code} has no example message"


def test_every_check_has_tests():
    # each code is exercised by name in this folder's tests (a passing and a failing case)
    here = Path(__file__).resolve().parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in here.glob("test_*.py") if p.name != "test_docs.py")
    missing = [code for code in EVERY if f'"{code}"' not in text]
    assert missing == []
