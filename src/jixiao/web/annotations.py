"""Notes shown beside the editor's fields: where an imported fact came from (and whether it was a
guess), the reader's warnings that concern the field, and the reviewers' comments on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jixiao.model import Evaluation

_INDICATOR = re.compile(r"^indicators\[(\d+)\]")


@dataclass(frozen=True)
class Note:
    kind: str  # source | guess | warning | comment
    text: str
    detail: str = ""


def field_key(path: str) -> str:
    """Indicator paths collapse onto their row (``indicators[3].weight`` → ``indicators[3]``)."""
    match = _INDICATOR.match(path)
    return match.group(0) if match else path


def field_notes(evaluation: Evaluation, warnings: list[str], comments: list[dict[str, Any]]) -> tuple[
    dict[str, list[Note]], list[str]
]:
    """Notes by field key, and the warnings no field could be found for (shown in a general box)."""
    notes: dict[str, list[Note]] = {}
    for path, ref in evaluation.provenance.items():
        kind = "guess" if ref.guessed else "source"
        text = f"推测自 {ref.location}" if ref.guessed else f"来源 {ref.location}"
        notes.setdefault(field_key(path), []).append(Note(kind, text, ref.text[:200]))
    names = [(f"indicators[{i}]", ind.name) for i, ind in enumerate(evaluation.indicators) if ind.name]
    unplaced = []
    for warning in warnings:
        keys = [key for key in _paths_in(warning)] or [key for key, name in names if name in warning]
        for key in keys:
            notes.setdefault(key, []).append(Note("warning", warning))
        if not keys:
            unplaced.append(warning)
    for comment in comments:
        if comment.get("field"):
            label = f"{comment['author']}：{comment['text']}"
            notes.setdefault(field_key(comment["field"]), []).append(Note("comment", label, comment["created_at"]))
    return notes, unplaced


def _paths_in(text: str) -> list[str]:
    found = re.findall(r"\b((?:indicators\[\d+\])|(?:[a-z_]+\.[a-z_]+)|stated_total|stated_grade)", text)
    return sorted({field_key(path) for path in found})
