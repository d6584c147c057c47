"""Field-by-field comparison of parsed facts with expected facts (a YAML file listing only what
the document states)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from page_reading import facts_of

from jixiao.model import Evaluation
from jixiao.modelio import DecimalLoader


def load_expected(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=DecimalLoader)
    assert isinstance(data, dict)
    return data


def leaves(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Expected leaves: dicts and lists of dicts are walked; a list of plain values is one leaf."""
    if isinstance(data, dict):
        out: list[tuple[str, Any]] = []
        for key, value in data.items():
            out.extend(leaves(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        out = []
        for i, value in enumerate(data):
            out.extend(leaves(value, f"{prefix}[{i}]"))
        out.append((f"{prefix}#len", len(data)))
        return out
    return [(prefix, data)]


def lookup(data: Any, path: str) -> Any:
    if path.endswith("#len"):
        value = lookup(data, path[:-4])
        return len(value) if isinstance(value, list) else None
    current = data
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit():
            current = current[int(part)] if int(part) < len(current) else None
        else:
            return None
    return current


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, (int, Decimal)) and not isinstance(expected, bool):
        try:
            return actual is not None and Decimal(str(actual)) == Decimal(str(expected))
        except Exception:
            return False
    if isinstance(expected, str):
        return isinstance(actual, str) and " ".join(actual.split()) == " ".join(expected.split())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(actual) == len(expected) and all(
            _same(e, a) for e, a in zip(expected, actual, strict=True))
    return bool(expected == actual)


def compare(evaluation: Evaluation, expected: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(path, expected, actual) for every expected leaf that differs."""
    actual = facts_of(evaluation, "json")
    return [(path, want, lookup(actual, path)) for path, want in leaves(expected)
            if not _same(want, lookup(actual, path))]
