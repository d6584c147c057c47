"""Differences between two versions of an evaluation, field by field (``indicators[3].weight``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.numbers import format_number


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": [1]}}`` → ``{"a.b[0]": "1"}``; empty containers and None are left out."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
    elif value is not None and value != "":
        out[prefix] = _plain(value)
    return out


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def _plain(value: Any) -> str:
    """Numbers compare by value: ``5504.00`` and ``5504`` are the same figure."""
    text = str(value)
    if not isinstance(value, bool) and _NUMBER.match(text):
        return format_number(Decimal(text))
    return text


def diff(old_json: str | None, new_json: str) -> list[Change]:
    old = flatten(json.loads(old_json)) if old_json else {}
    new = flatten(json.loads(new_json))
    changes = []
    for key in sorted(set(old) | set(new), key=_natural):
        if old.get(key) != new.get(key):
            changes.append(Change(key, old.get(key, ""), new.get(key, "")))
    return changes


def _natural(key: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", key)]
