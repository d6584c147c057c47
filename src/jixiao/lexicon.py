"""The domain's vocabulary, one data file (``lexicon.yaml``): Chinese names of fields and, for the
readers, the labels and phrasings of every fact. Everything that shows a field to a user names it
through :func:`field_label`, never by its path."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from jixiao.numbers import to_halfwidth

_INDEX = re.compile(r"\[(\d+)\]")
# "{levels.level1_names}" in a pattern: that entry's own pattern (one list of words several patterns read)
_REFERENCE = re.compile(r"\{([a-z][\w.]*)\}")


@cache
def lexicon() -> dict[str, Any]:
    """The parsed ``lexicon.yaml`` (read once per process)."""
    text = resources.files("jixiao").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


@cache
def qualitative_values() -> frozenset[str]:
    """The words a qualitative 年度指标值 / 实际完成值 is written with ("达标", "显著", "较好" …)."""
    return frozenset(lexicon()["qualitative_values"])


def field_label(path: str) -> str:
    """``indicators[3].weight`` → ``指标4 分值``; ``unit.name`` → ``单位名称``; a path the lexicon does
    not know keeps its last known parent's name (``budget.foo`` → ``预算``)."""
    fields: dict[str, str] = lexicon()["fields"]
    positions = [int(n) for n in _INDEX.findall(path)]
    generic = _INDEX.sub("[]", path)
    label = fields.get(generic)
    while label is None and generic:
        cut = max(generic.rfind("."), generic.rfind("["))
        generic = generic[:cut] if cut > 0 else ""
        label = fields.get(generic)
    if label is None:
        return path
    if not positions:
        return label
    listed = path.split("[", 1)[0]
    item = fields.get(listed + "[]")
    prefix = f"{item}{positions[0] + 1}" if item else f"{fields.get(listed, listed)}第{positions[0] + 1}项"
    return prefix if label == item else f"{prefix} {label}"


@cache
def roles(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """An ordered list section (``indicator_columns``, ``money_columns``, ``labels``) as (role or
    field, compiled pattern) pairs; a reference to another entry (``{total_score}``) holds that entry's pattern."""
    return tuple((entry.get("role") or entry["field"], alternatives(entry["match"])) for entry in lexicon()[section])


@cache
def pattern(path: str) -> re.Pattern[str]:
    """A single pattern of the lexicon by its dotted path (``levels.level1``, ``natures``); a list of
    alternatives (``project_allocation``) is joined with | into one, and a reference to another entry
    (``{levels.level1_names}``) holds that entry's pattern."""
    node: Any = lexicon()
    for part in path.split("."):
        node = node[part]
    assert isinstance(node, (str, list)), path
    return alternatives(node)


def alternatives(node: str | list[str]) -> re.Pattern[str]:
    """A pattern written in the lexicon, or a list of alternatives joined with | into one, each reference to
    another entry (``{levels.level1_names}``) holding that entry's pattern."""
    text = "|".join(node) if isinstance(node, list) else node
    return re.compile(_REFERENCE.sub(lambda reference: pattern(reference.group(1)).pattern, text))


_WHOLE_WORDS = re.compile(r"\^\(([^\\.^$*+?{}\[\]()]+)\)\$")  # "^(a|b|…)$" of plain words, no reference


@cache
def whole_words(path: str) -> frozenset[str] | None:
    """The words of an entry written as a whole key, one of a list of plain words (``^(存在问题|改进措施|…)$``):
    a set whose membership test answers as the pattern's ``match`` does on a key with no line break (no regular
    expression run per key), or None for an entry written otherwise (its pattern then does)."""
    node = lexicon()
    for part in path.split("."):
        node = node[part]
    whole = _WHOLE_WORDS.fullmatch(node) if isinstance(node, str) else None
    return frozenset(whole.group(1).split("|")) if whole else None


def is_page_furniture(text: str) -> bool:
    """A line of a web page's or a viewer's furniture: one of ``page_furniture``'s words anywhere in it, or a
    metadata line's opening (``page_furniture_start``, tried at the line's start only)."""
    return bool(pattern("page_furniture").search(text) or pattern("page_furniture_start").match(text))


def is_budget_rate_name(name: str, project: bool | None) -> bool:
    """``name`` is the execution rate of the budget evaluated itself (``budget_rate``): 预算执行率, 全年资金执行率, a
    unit's 部门预算执行率 (``project`` False), a project's 项目预算执行率 (True; None when the kind is unknown: either);
    not a part's (政府采购预算执行率, 专项资金预算执行率, 上年预算执行率)."""
    kinds = ("project",) if project else ("whole_unit",) if project is False else ("whole_unit", "project")
    name = _SPACES.sub("", to_halfwidth(name))  # ("（一）预算执行率", "预 算 执 行 率": a form's spacing and marks)
    return any(pattern(f"budget_rate.{kind}").match(name) for kind in kinds)


_SPACES = re.compile(r"\s+")
