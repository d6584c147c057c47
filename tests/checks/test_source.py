"""Findings point into the source document when the evaluation was read from a report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.checks import Severity, run_checks
from jixiao.model import SourceRef
from jixiao.readers import read_any

REPORT = Path(__file__).resolve().parents[2] / "examples" / "daxing-2024.txt"


def test_finding_source_is_the_fields_provenance(example):
    example.stated_total = Decimal("95.19")
    example.provenance["stated_total"] = SourceRef(location="第42段", text="综合得分95.19分")
    [f] = [f for f in run_checks(example) if f.code == "TOTAL_MISMATCH"]
    assert f.source == SourceRef(location="第42段", text="综合得分95.19分")


def test_missing_field_points_at_its_indicator(example):
    example.provenance["indicators[0].name"] = SourceRef(location="第27行", text="预决算信息公开率（5分）")
    [f] = [f for f in run_checks(example) if f.location == "indicators[0].target"]
    assert f.source is not None and f.source.location == "第27行"


def test_no_provenance_no_source(example):
    assert all(f.source is None for f in run_checks(example))


def test_parsed_seed_report_gives_the_same_findings_with_sources(example):
    read = read_any(REPORT)
    parsed = [f for f in run_checks(read.evaluation) if f.severity is not Severity.INFO]
    from_data = [f for f in run_checks(example) if f.severity is not Severity.INFO]
    assert sorted((f.code, f.location) for f in parsed) == sorted((f.code, f.location) for f in from_data)
    assert all(f.source is not None for f in parsed)
