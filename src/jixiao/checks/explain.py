"""Findings in words for people: each fact with where it was read, each other reading, the field and
its place in the source, all in Chinese field names (never a path such as ``unit.name``)."""

from __future__ import annotations

from jixiao.checks.finding import Fact, Finding, OtherReading
from jixiao.model import SourceRef


def source_text(ref: SourceRef | None, mark_guess: bool = True) -> str:
    """``第34行「年初预算5,504.00万元」（推测）``, or ``""``."""
    if ref is None:
        return ""
    quote = f"「{ref.text}」" if ref.text else ""
    return f"{ref.location}{quote}{'（推测）' if ref.guessed and mark_guess else ''}"


def fact_text(fact: Fact) -> str:
    """``年初预算数 5,504.00万元（第34行「年初预算5,504.00万元」）``."""
    where = source_text(fact.source)
    return f"{fact.label} {fact.value}" + (f"（{where}）" if where else "")


def reading_text(reading: OtherReading) -> str:
    """``自评总分原文另有数值：96.19（表1第12行第3列「96.19」）``."""
    where = source_text(reading.source, mark_guess=False)
    return f"{reading.label}{reading.why}：{reading.value}" + (f"（{where}）" if where else "")


def where_text(finding: Finding) -> str:
    """``字段：指标4 得分；原文：第34行（推测）``, or ``""``."""
    parts = []
    if finding.location:
        parts.append(f"字段：{finding.field}")
    if finding.source is not None:
        guess = "（推测）" if finding.source.guessed else ""
        parts.append(f"原文：{finding.source.location}{guess}")
    return "；".join(parts)
