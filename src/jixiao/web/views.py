"""Turning rows into the plain dicts both the API and the pages show."""

from __future__ import annotations

import json
from typing import Any

from jixiao.web.tables import EvaluationRow


def summary(row: EvaluationRow, unit_name: str) -> dict[str, Any]:
    return {
        "id": row.id, "unit_id": row.unit_id, "unit": unit_name, "year": row.year, "kind": row.kind,
        "title": row.title, "status": row.status, "version": row.version, "total": row.total,
        "grade": row.grade, "open_findings": row.open_findings,
        "updated_at": row.updated_at.isoformat(timespec="seconds"),
    }


def detail(row: EvaluationRow, unit_name: str) -> dict[str, Any]:
    return {
        **summary(row, unit_name),
        "evaluation": json.loads(row.data),
        "import_warnings": json.loads(row.import_warnings or "[]"),
    }
