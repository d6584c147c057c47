"""Jinja2 set-up: filters and labels the templates share."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from jixiao.lexicon import field_label
from jixiao.model import Comparator, Grade, Kind, Tier
from jixiao.numbers import format_amount, format_number
from jixiao.starters import field_hints
from jixiao.web.auth import ROLE_LABELS
from jixiao.web.forms import MONEY_UNITS, SECTION_FIELDS, fund_lines, in_unit, indicator_extra, named_lines, text
from jixiao.web.pipeline import EXPORT_FORMATS
from jixiao.web.status import ACTION_LABELS, STATUS_LABELS

SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_number(value)
    return str(value)


def when(value: datetime | str | None) -> str:
    """The one timestamp format of the pages: ``2026-12-03 18:40`` (a datetime or its ISO text)."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.strftime("%Y-%m-%d %H:%M")


@pass_context
def query_with(context: Any, **changes: Any) -> str:
    """The current page's query string with ``changes`` (a value of "" drops the parameter)."""
    request = context["request"]
    params = dict(request.query_params)
    for key, value in changes.items():
        if value == "" or value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode(params)


def hint(path: str, unit: str | None = None) -> str:
    """The hint of a field (lexicon.yaml ``hints:``), shown as its ``placeholder``, never stored; an
    amount's hint names ``unit`` (the form's chosen 金额单位) instead of the lexicon's 万元."""
    text = field_hints().get(path, "")
    return text.replace("（万元）", f"（{unit}）") if unit else text


def setup_templates(templates: Jinja2Templates) -> Jinja2Templates:
    env = templates.env
    env.filters.update(num=_num, text=text, when=when, decimal=lambda v: Decimal(str(v)), label=field_label)
    env.filters.update( amount=lambda v: "" if v is None else format_amount(Decimal(str(v))))
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS, ACTION_LABELS=ACTION_LABELS, ROLE_LABELS=ROLE_LABELS,
        SECTION_FIELDS=SECTION_FIELDS, EXPORT_FORMATS=EXPORT_FORMATS, SEVERITY_LABELS=SEVERITY_LABELS,
        KINDS=[k.value for k in Kind], GRADES=[g.value for g in Grade], COMPARATORS=[c.value for c in Comparator],
        TIERS=[t.value for t in Tier], named_lines=named_lines, fund_lines=fund_lines, indicator_extra=indicator_extra,
        hint=hint, query_with=query_with,
        in_unit=in_unit, MONEY_UNITS=MONEY_UNITS,
    )
    return templates
