"""An error only when it holds under every plausible reading of the document.

A check states its error from the facts it rests on (``Finding.facts``). Before the error is
reported, this module looks for a plausible reading of the document under which it would not hold:

- a fact the reader marked as guessed (a fused cell split, a column mapped by position, a value
  derived rather than read): any other value is plausible;
- a list that may be partial (the document says so, or a parsed list not known to be whole) when
  items missing from it could close the gap the check found;
- another value the document states for one of the facts (``Evaluation.alternatives``: text vs
  table, two candidate totals), alone or together with the other facts' alternatives;
- an amount read without a written unit that, taken in 元 instead of 万元 (or the reverse), would
  make the figures agree;
- a list item that reads like a carry-over clause (…结转/结余…) rather than an item, or items that add
  up to the item before them (its breakdown read flat), when the figures agree without them;
- staff parts outside the establishment (临聘、编外、劳务派遣…), which a unit may list beside its 在职
  total rather than inside it, when the total agrees without them;
- a stated total equal to the full mark (总分100分 is the form's 满分, not a score);
- an indicator whose score equals the stated total (the total read as its score) — :mod:`jixiao.checks.total_as_score`;
- a fact whose quoted source cannot hold its kind of value, or any fact of an indicator row that was
  read shifted (its name is a value, or one of its cells is) — :mod:`jixiao.checks.misread`;
- a target whose comparison sign the document never wrote, read with another sign (≤ for a
  控制率 printed as a bare "100%").

For other stated values, other units, list items and other comparison signs the check itself
is run again on the evaluation read that other way. When any such reading removes the inconsistency,
the error becomes a warning that starts with 请人工核对 and shows each reading with its value, its
source quote and location. This is done here, once, for every check.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import yaml

from jixiao.checks.context import CheckContext, provenance_at
from jixiao.checks.explain import reading_text
from jixiao.checks.finding import REVIEW_PROMPT, Fact, Finding, OtherReading, Severity
from jixiao.checks.misread import MONEY_PATH, comparator_unstated, implausible_quote, shifted_row
from jixiao.checks.registry import Check
from jixiao.checks.total_as_score import total_taken_as_score
from jixiao.lexicon import field_label, pattern
from jixiao.model import Comparator, Evaluation, Reading, SourceRef
from jixiao.numbers import format_number

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_WRITTEN_UNIT = re.compile(r"元")
_WAN = Decimal(10000)
_MAX_COMBINATIONS = 64
_FIRST_DIGIT = re.compile(r"[-\d]")
_CARRY_OVER = re.compile(r"结转|结余|结存")
_STAFF_OUTSIDE = pattern("staff_outside")
_TARGET = re.compile(r"^indicators\[(\d+)\]\.target")
_HUNDRED = Decimal(100)


def parsed(evaluation: Evaluation) -> bool:
    """Read from a document (it has provenance or reading notes), not entered by hand."""
    return evaluation.reading is not None or bool(evaluation.provenance)


def _parts(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _TOKEN.findall(path)]


def _child(node: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return node[part] if isinstance(node, list) and part < len(node) else None
    if isinstance(node, dict):
        return node.get(part)
    return getattr(node, part, None)


def get_path(root: Any, path: str) -> Any:
    """The value at a field path (``budget.income_items[1].amount``, ``stated_block_weights.产出``),
    or None when absent."""
    node = root
    for part in _parts(path):
        node = _child(node, part)
        if node is None:
            return None
    return node


def _set_path(root: Any, path: str, value: Any) -> None:
    parts = _parts(path)
    node = root
    for part in parts[:-1]:
        node = _child(node, part)
    last = parts[-1]
    if isinstance(last, int):
        node[last] = type(node[last]).model_validate(value) if isinstance(value, dict) else value
    elif isinstance(node, dict):
        node[last] = Decimal(str(value))  # the one mapping of the model: 一级指标 → weight
    else:
        setattr(node, last, value)  # validate_assignment turns "93.19" into Decimal, etc.


def _as_value(text: str) -> Any:
    """A reading's text as a model value: structured text (a list written as YAML/JSON) is parsed."""
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            return yaml.safe_load(stripped)
        except yaml.YAMLError:
            return stripped
    return stripped


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(getattr(value, "value", value))


def _variant(evaluation: Evaluation, changes: list[tuple[str, Any]],
             swaps: tuple[tuple[str, int], ...] = ()) -> Evaluation | None:
    """A copy of ``evaluation`` with each (path, value) applied; None when a value does not fit its field.

    ``swaps`` (path, i) read the document the other way round: the field takes its i-th other stated
    value, and the value read first becomes that other statement (so a check comparing the two
    statements still sees both)."""
    copy = evaluation.model_copy(deep=True)
    try:
        for path, value in changes:
            _set_path(copy, path, value)
        for path, i in swaps:
            other = copy.alternatives[path][i]
            first = Reading(value=_text(get_path(copy, path)),
                            source=provenance_at(evaluation, path) or SourceRef(location=""))
            _set_path(copy, path, _as_value(other.value))
            copy.alternatives[path][i] = first
    except Exception:  # a reading that does not fit the field (text for a number) cannot be tried
        return None
    return copy


def _related(key: str, path: str) -> bool:
    """An alternative stated for ``key`` bears on the fact at ``path`` (the same field, a part of it,
    or the list it belongs to)."""
    return key == path or key.startswith((path + ".", path + "[")) or path.startswith((key + ".", key + "["))


def _maybe_partial(evaluation: Evaluation, fact: Fact) -> bool:
    if fact.complete is not None:
        return not fact.complete
    ref = provenance_at(evaluation, fact.path)
    if ref is not None and ref.complete is not None:
        return not ref.complete
    return parsed(evaluation)  # a parsed list not known to be whole may have lost an item


class _Rerun:
    """Runs one check again on another reading of the evaluation and says whether the error remains."""

    def __init__(self, check: Check, finding: Finding, ctx: CheckContext) -> None:
        self.check, self.finding, self.ctx = check, finding, ctx

    def holds(self, evaluation: Evaluation | None) -> bool:
        if evaluation is None:
            return False  # a reading that cannot be tried is not ruled out
        from jixiao.scoring import score_evaluation

        try:
            score = score_evaluation(evaluation, self.ctx.pack)
        except Exception:
            score = None
        ctx = CheckContext(evaluation=evaluation, pack=self.ctx.pack, score=score, limits=self.ctx.limits)
        try:
            found = self.check.run(evaluation, ctx)
        except Exception:
            return False
        return any(f.severity is Severity.ERROR and _identity(f) == _identity(self.finding) for f in found)


def _identity(finding: Finding) -> tuple[str, str, str]:
    """What makes two findings the same inconsistency under two readings: the code, the field and the
    message up to its first figure (the subject: 一级指标“产出”…, 指标4“预算执行率”…)."""
    return finding.code, finding.location, _FIRST_DIGIT.split(finding.message, maxsplit=1)[0]


def _stated_alternatives(evaluation: Evaluation, facts: list[Fact]) -> Iterator[tuple[tuple[str, int], OtherReading]]:
    for key, readings in evaluation.alternatives.items():
        if any(_related(key, fact.path) for fact in facts):
            for i, reading in enumerate(readings):
                yield (key, i), OtherReading(path=key, label=field_label(key), value=reading.value,
                                             why="原文另有数值", source=reading.source)


def _written_unit(ref: SourceRef) -> str:
    return "万元" if "万元" in ref.text else "元" if _WRITTEN_UNIT.search(ref.text) else ""


def _mixed_units(evaluation: Evaluation, facts: list[Fact]) -> set[str]:
    """The places (a form's block) whose amounts of this finding were read under both 元 and 万元: one form never
    mixes them, so one of its unit labels is misread (a header's （元） that should read （万元））."""
    units: dict[str, set[str]] = {}
    for fact in facts:
        ref = provenance_at(evaluation, fact.path) if MONEY_PATH.match(fact.path) else None
        if ref is not None and _written_unit(ref):
            units.setdefault(ref.location, set()).add(_written_unit(ref))
    return {location for location, found in units.items() if len(found) > 1}


def _unit_alternatives(evaluation: Evaluation, facts: list[Fact]) -> Iterator[tuple[str, Decimal, OtherReading]]:
    """An amount read from a cell or phrase that writes no unit, or under a unit its form's other amounts do not
    share, taken in the other unit."""
    mixed = _mixed_units(evaluation, facts)
    for fact in facts:
        if not MONEY_PATH.match(fact.path):
            continue
        ref = provenance_at(evaluation, fact.path)
        value = get_path(evaluation, fact.path)
        if ref is None or not isinstance(value, Decimal) or (_written_unit(ref) and ref.location not in mixed):
            continue
        for other, why in ((value / _WAN, "若原文金额以元计"), (value * _WAN, "若原文金额以万元计而非元")):
            yield fact.path, other, OtherReading(path=fact.path, label=fact.label,
                                                 value=f"{format_number(other)}万元", why=why, source=ref)


def _unit_statements(evaluation: Evaluation, facts: list[Fact]) -> Iterator[tuple[Evaluation, OtherReading]]:
    """Another stated amount (a table's beside the text's) whose cell writes no unit, taken in the other unit: a
    header's （万元） that should read （元）, or the reverse, puts the whole column 10,000 times off."""
    for key, readings in evaluation.alternatives.items():
        if not MONEY_PATH.match(key) or not any(_related(key, fact.path) for fact in facts):
            continue
        for i, reading in enumerate(readings):
            try:
                value = Decimal(reading.value)
            except ArithmeticError:
                continue
            if _written_unit(reading.source):
                continue
            for other, why in ((value / _WAN, "若原文金额以元计"), (value * _WAN, "若原文金额以万元计而非元")):
                # (only the statements differ: a shallow copy with its own mapping, the checks read and never write)
                others = [*readings[:i], Reading(value=_text(other), source=reading.source), *readings[i + 1:]]
                copy = evaluation.model_copy(update={"alternatives": {**evaluation.alternatives, key: others}})
                yield copy, OtherReading(path=key, label=field_label(key), value=f"{format_number(other)}万元",
                                         why=why, source=reading.source)


def plausible_readings(finding: Finding, check: Check, ctx: CheckContext) -> list[OtherReading]:
    """The plausible readings of the document under which ``finding`` (an error) would not hold."""
    evaluation: Evaluation = ctx.evaluation
    facts = finding.facts or [Fact(path=finding.location, label=finding.field, value="",
                                   source=finding.source)]
    found: list[OtherReading] = []
    for fact in facts:
        ref = fact.source if fact.source is not None else provenance_at(evaluation, fact.path)
        if ref is not None and ref.guessed:
            found.append(OtherReading(path=fact.path, label=fact.label, value=fact.value,
                                      why="为推测读取", source=ref))
        doubt = implausible_quote(evaluation, fact.path) or shifted_row(evaluation, fact.path)
        if doubt is not None:
            found.append(OtherReading(path=fact.path, label=fact.label, value=fact.value,
                                      why=f"读取存疑（{doubt}）", source=ref))
        if fact.is_list and fact.gap is not None and fact.gap > ctx.limits.tolerance \
                and _maybe_partial(evaluation, fact):
            found.append(OtherReading(path=fact.path, label=fact.label,
                                      value=f"{format_number(fact.gap)}{fact.gap_unit}",
                                      why="可能不完整，未列出的项目可补足差额", source=ref))
    rerun = _Rerun(check, finding, ctx)
    stated = list(_stated_alternatives(evaluation, facts))
    for swap, reading in stated:
        if not rerun.holds(_variant(evaluation, [], (swap,))):
            found.append(reading)
    for path, value, reading in _unit_alternatives(evaluation, facts):
        if not rerun.holds(_variant(evaluation, [(path, value)])):
            found.append(reading)
    for variant, reading in _unit_statements(evaluation, facts):
        if not rerun.holds(variant):
            found.append(reading)
    for fact in facts:
        found.extend(_carry_over_items(evaluation, fact, rerun))
        found.extend(_outside_staff(evaluation, fact, rerun))
        found.extend(_nested_items(evaluation, fact, rerun))
        found.extend(_other_comparators(evaluation, fact, rerun))
    found.extend(_full_mark_as_total(evaluation, facts))
    if parsed(evaluation):
        found.extend(total_taken_as_score(evaluation, facts, rerun.holds))
    if not found:
        found.extend(_combined(stated, evaluation, rerun))
    return _unique(found)


def _carry_over_items(evaluation: Evaluation, fact: Fact, rerun: _Rerun) -> Iterator[OtherReading]:
    """A parsed list item named like a carry-over (年末结转…) that the figures do without."""
    items = get_path(evaluation, fact.path) if fact.is_list and parsed(evaluation) else None
    if not isinstance(items, list):
        return
    for i, item in enumerate(items):
        name = getattr(item, "name", "")
        if not isinstance(name, str) or not _CARRY_OVER.search(name):
            continue
        if not rerun.holds(_variant(evaluation, [(fact.path, [x for j, x in enumerate(items) if j != i])])):
            yield OtherReading(path=f"{fact.path}[{i}]", label=fact.label, value=f"不含“{name}”",
                               why="中的结转结余可能是说明而非明细项目，按此读法",
                               source=provenance_at(evaluation, fact.path))


def _outside_staff(evaluation: Evaluation, fact: Fact, rerun: _Rerun) -> Iterator[OtherReading]:
    """Parsed staff parts named as workers outside the establishment (临聘2人、再就业援助1人), which the
    total may leave out, when the figures agree without them."""
    parts = evaluation.unit.staff_parts if fact.path == "unit.staff_parts" and parsed(evaluation) else []
    outside = [part for part in parts if _STAFF_OUTSIDE.search(part.name)]
    if not outside or len(outside) == len(parts):
        return
    if not rerun.holds(_variant(evaluation, [(fact.path, [part for part in parts if part not in outside])])):
        names = "、".join(f"“{part.name}”" for part in outside)
        yield OtherReading(path=fact.path, label=fact.label, value=f"不含{names}",
                           why=f"中{names}为编外人员，可能另列而不计入总数，按此读法",
                           source=provenance_at(evaluation, fact.path))


def _nested_items(evaluation: Evaluation, fact: Fact, rerun: _Rerun) -> Iterator[OtherReading]:
    """Items right after an item that add up to it (基本支出 421.06, then 人员经费 356.20 and 公用经费
    64.86) are its breakdown, read into the list as if they were items of their own."""
    items = get_path(evaluation, fact.path) if fact.is_list and parsed(evaluation) else None
    if not isinstance(items, list) or not all(isinstance(getattr(x, "amount", None), Decimal) for x in items):
        return
    tolerance = Decimal("0.01")
    for i, item in enumerate(items):
        running = Decimal(0)
        for end in range(i + 1, len(items)):
            running += items[end].amount
            if end > i + 1 and abs(running - item.amount) <= tolerance:
                parts = items[i + 1:end + 1]
                kept = items[:i + 1] + items[end + 1:]
                if not rerun.holds(_variant(evaluation, [(fact.path, kept)])):
                    names = "、".join(f"“{x.name}”" for x in parts)
                    yield OtherReading(path=f"{fact.path}[{i}]", label=fact.label, value=f"不含{names}",
                                       why=f"中{names}合计等于“{item.name}”，是其细目而非并列项目，按此读法",
                                       source=provenance_at(evaluation, fact.path))
                    return
                break
            if running > item.amount:
                break


def _other_comparators(evaluation: Evaluation, fact: Fact, rerun: _Rerun) -> Iterator[OtherReading]:
    """A target printed without a comparison sign, read with another sign."""
    match = _TARGET.match(fact.path)
    if match is None or int(match.group(1)) >= len(evaluation.indicators):
        return
    index = int(match.group(1))
    target = evaluation.indicators[index].target
    if target is None or target.value is None or not comparator_unstated(evaluation, index):
        return
    path = f"indicators[{index}].target"
    for sign in (Comparator.LE, Comparator.EQ, Comparator.GE):
        # a limit written as a range ("3-4天") is met up to its upper end: under ≤ that end is the value
        limit = target.upper if sign is Comparator.LE and target.upper is not None else target.value
        changes: list[tuple[str, Any]] = [(f"{path}.comparator", sign)]
        if limit != target.value:
            changes += [(f"{path}.value", limit), (f"{path}.upper", None)]
        if sign is not target.comparator and not rerun.holds(_variant(evaluation, changes)):
            yield OtherReading(path=f"{path}.comparator", label=field_label(path),
                               value=f"{sign.value}{format_number(limit)}{target.unit}",
                               why="未写比较符，按另一比较符", source=provenance_at(evaluation, path))
            return


def _full_mark_as_total(evaluation: Evaluation, facts: list[Fact]) -> Iterator[OtherReading]:
    """A parsed stated total equal to the full mark may be the 满分 (总分100分), not the unit's score."""
    total = evaluation.stated_total
    if total is None or not parsed(evaluation) or not any(f.path == "stated_total" for f in facts):
        return
    if total == (evaluation.full_mark or _HUNDRED):
        yield OtherReading(path="stated_total", label=field_label("stated_total"), value=format_number(total),
                           why="可能是满分而非自评得分", source=provenance_at(evaluation, "stated_total"))


def _combined(stated: list[tuple[tuple[str, int], OtherReading]], evaluation: Evaluation,
              rerun: _Rerun) -> list[OtherReading]:
    """Alternatives of several facts taken together (each fact: its read value or one of its others)."""
    by_key: dict[str, list[tuple[tuple[str, int], OtherReading] | None]] = {}
    for swap, reading in stated:
        by_key.setdefault(swap[0], [None]).append((swap, reading))
    if len(by_key) < 2:
        return []
    choices = list(itertools.product(*by_key.values()))
    if len(choices) > _MAX_COMBINATIONS:
        return []
    for combo in choices:
        picked = [c for c in combo if c is not None]
        if len(picked) < 2:
            continue
        if not rerun.holds(_variant(evaluation, [], tuple(swap for swap, _ in picked))):
            return [reading for _, reading in picked]
    return []


def _unique(readings: list[OtherReading]) -> list[OtherReading]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for reading in readings:
        key = (reading.path, reading.value, reading.why)
        if key not in seen:
            seen.add(key)
            out.append(reading)
    return out


def settle(findings: list[Finding], check: Check, ctx: CheckContext) -> list[Finding]:
    """``findings`` of ``check`` with every error that does not hold under each plausible reading
    turned into a warning to be checked by a person."""
    out = []
    for finding in findings:
        if finding.severity is Severity.ERROR:
            readings = plausible_readings(finding, check, ctx)
            if readings:
                shown = "；".join(reading_text(r) for r in readings)
                finding = finding.model_copy(update={
                    "severity": Severity.WARNING, "readings": readings,
                    "message": f"{REVIEW_PROMPT}：{finding.message}。按另一种读法未必不符：{shown}"})
        out.append(finding)
    return out
