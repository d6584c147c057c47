"""The red-team reports' facts, gathered: ``ALL`` maps r01…r31 to their fact builders; ``expected``
turns facts into the expected-facts YAML view (model field names only)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from redteam_batch3 import FACTS as BATCH3
from redteam_facts_a import r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16
from redteam_facts_b import r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30, r31

ALL = {f.__name__: f for f in (
    r01, r02, r03, r04, r05, r06, r07, r08,
    r09, r10, r11, r12, r13, r14, r15, r16,
    r17, r18, r19, r20, r21, r22, r23, r24,
    r25, r26, r27, r28, r29, r30, r31,
)} | BATCH3

RENDER_ONLY = {"name_cell", "level1_cell", "desc", "evidence_text", "target_cell", "actual_cell", "deviation_note",
               "actual_lead",
               "actual_text", "core"}


def expected(facts: dict[str, Any]) -> dict[str, Any]:
    """The expected-facts view: model field names only, Decimal → int/float for YAML."""

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()
                    if k not in RENDER_ONLY and k != "project" and v is not None}
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        return value

    out = clean(facts)
    if "project" in facts:
        out["project"] = {k: v for k, v in facts["project"].items() if k in ("name", "implementing_unit")}
    return out
