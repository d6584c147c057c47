"""Limits on evaluation data (YAML/JSON): nesting, YAML aliases, digits and finiteness of numbers,
text that is not valid Unicode, the number of indicators — all checked before the model sees it.

:func:`yaml_prepass` reads the YAML event stream (no recursion, no objects built) for nesting and
alias expansion; :func:`check_data` walks the loaded data once, iteratively, and names the first
offending field (``indicators[3].weight：数字位数 30 位，超过上限 20 位``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from pydantic import BaseModel

from jixiao.errors import InputError
from jixiao.limits import LimitError, current
from jixiao.model import SourceRef

_SURROGATE = re.compile("[\ud800-\udfff]")


def number_digits(value: Decimal | int) -> int:
    """Digits of a finite number written out in full: ``123.45`` → 5, ``1E+400`` → 401, ``0.001`` → 4."""
    if isinstance(value, int):
        magnitude = abs(value)
        if magnitude.bit_length() > 10_000:  # str() of a huge int is refused (and slow): estimate
            return int(magnitude.bit_length() * 0.30103) + 1
        return len(str(magnitude))
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return max(len(digits) + exponent, 1) + max(-exponent, 0)


def number_problem(value: Any) -> str | None:
    """Why a number may not enter arithmetic (not finite, too many digits); None when it may."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "必须是有限的数字（不能是无穷大或 NaN）"
        value = Decimal(repr(value))
    if isinstance(value, Decimal) and not value.is_finite():
        return "必须是有限的数字（不能是无穷大或 NaN）"
    digits = number_digits(value)
    limit = current().digits
    if digits > limit:
        return f"超过上限：数字位数 {digits:,} 位，上限 {limit} 位"
    return None


def parse_number(text: str) -> Decimal:
    """A number written in a file (YAML/JSON, a cell) as Decimal, refusing what :func:`number_problem`
    refuses before any arithmetic. Raises ValueError with the Chinese reason."""
    if len(text) > 4 * current().digits + 16:
        raise ValueError(f"超过上限：数字位数 {len(text):,} 位，上限 {current().digits} 位")
    try:
        value = Decimal(text.replace("_", "").strip())
    except InvalidOperation:
        raise ValueError(f"不是数字（收到 \"{text[:40]}\"）") from None
    problem = number_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _path(parts: tuple[Any, ...]) -> str:
    from jixiao.modelio import field_path

    return field_path(tuple(p if isinstance(p, int) else str(p) for p in parts))


_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}


def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """A model class's field names, looked up once per class (the walk meets hundreds of models)."""
    names = _FIELDS.get(model)
    if names is None:
        names = _FIELDS[model] = tuple(model.model_fields)
    return names


def check_data(data: Any, where: str) -> None:
    """Walk loaded YAML/JSON data or a model (iteratively) and raise InputError at the first value
    beyond the limits: nesting deeper than ``nesting_depth``, a number too long or not finite, text
    with invalid Unicode, more indicators than ``indicators``. ``where`` (the file) begins the message."""
    limits = current()
    prefix = f"{where}：" if where else ""
    indicators = data.get("indicators") if isinstance(data, dict) else getattr(data, "indicators", None)
    if isinstance(indicators, list) and len(indicators) > limits.indicators:
        raise LimitError(where, "indicators", len(indicators), subject="indicators")
    if _within_limits(data, limits.nesting_depth, limits.digits):
        return  # the common case, found in one quick pass; else the walk below names the first offence
    # (value, the path of its container, its key there): a leaf's path is only built to name it
    stack: list[tuple[Any, tuple[Any, ...], Any]] = [(data, (), None)]
    while stack:
        value, above, key = stack.pop()
        kind = type(value)
        if kind is str:
            found = _SURROGATE.search(value)
            if found:
                code = f"\\u{ord(found.group(0)):04x}"
                raise InputError(f"{prefix}{_path((*above, key))}：文字含有无效的 Unicode 字符（孤立的代理项 {code}）")
            continue
        if value is None or value is True or value is False:  # nothing to check
            continue
        parts = above if key is None and not above else (*above, key)
        if isinstance(value, (dict, list, BaseModel)):
            if len(parts) >= limits.nesting_depth:
                raise LimitError(where, "nesting_depth", len(parts) + 1, subject=_path(parts[:4]) + "…")
            if isinstance(value, BaseModel):  # a model's empty fields are not even stacked, nor its
                for name in _field_names(kind):  # clean text (most of a model is text)
                    item = getattr(value, name)
                    if item is not None and (type(item) is not str or _SURROGATE.search(item)):
                        stack.append((item, parts, name))
            elif isinstance(value, dict):
                for name, item in value.items():
                    if isinstance(name, str) and _SURROGATE.search(name):
                        raise InputError(f"{prefix}{_path(parts)}：字段名含有无效的 Unicode 字符（孤立的代理项）")
                    if type(item) is not str or _SURROGATE.search(item):
                        stack.append((item, parts, name))
            else:
                stack.extend([(item, parts, i) for i, item in enumerate(value)])
        elif isinstance(value, OverlongNumber):
            raise InputError(f"{prefix}{_path(parts)}：超过上限：数字位数 {value.digits:,} 位，上限 {limits.digits} 位")
        else:
            problem = number_problem(value)
            if problem is not None:
                raise InputError(f"{prefix}{_path(parts)}：{problem}")


_MODEL, _DICT, _LIST, _OTHER = range(4)
_SHAPES: dict[type, int] = {}


def _shape(kind: type) -> int:
    """What a type is to the walk, looked up once per type (an isinstance test on a model class is slow)."""
    shape = _SHAPES.get(kind)
    if shape is None:
        shape = _SHAPES[kind] = (_MODEL if issubclass(kind, BaseModel) else _DICT if issubclass(kind, dict)
                                 else _LIST if issubclass(kind, list) else _OTHER)
    return shape


def _short_plain(text: str, digit_limit: int) -> bool:
    """A Decimal written without an exponent in at most ``digit_limit`` characters: its digits, which are
    all written out, are within the limit."""
    return len(text) <= digit_limit and "E" not in text


def _within_limits(data: Any, depth_limit: int, digit_limit: int) -> bool:
    """True when :func:`check_data` would find nothing: the same walk without the paths, its text searched
    once at the end. False may also be a false alarm (the full walk then decides). The walk goes one depth
    at a time, so a value needs no depth of its own."""
    texts: list[str] = []
    level: list[Any] = [data]  # the values at one depth (the length of their paths)
    depth = 0
    while level:
        below: list[Any] = []
        for value in level:
            kind = type(value)
            if kind is SourceRef and depth < depth_limit:  # (a hundred a parsed report): two texts, two flags
                texts.append(value.location)
                texts.append(value.text)
                continue
            if kind is Decimal:  # its text, when plain and short, bounds its digits (no tuple of them is built)
                if not value.is_finite() or (not _short_plain(str(value), digit_limit)
                                             and number_digits(value) > digit_limit):
                    return False
                continue
            if kind is int:
                if number_digits(value) > digit_limit:
                    return False
                continue
            shape = _SHAPES.get(kind)
            if shape is None:
                shape = _shape(kind)
            if shape == _OTHER:
                if kind is str:  # the data itself
                    texts.append(value)
                elif value is not None and not isinstance(value, bool) and (
                        isinstance(value, OverlongNumber) or number_problem(value) is not None):
                    return False
                continue
            if depth >= depth_limit:
                return False
            if shape == _MODEL:
                items: Any = value.__dict__.values()  # every field's value (the order does not matter here)
            elif shape == _DICT:
                texts.extend([name for name in value if isinstance(name, str)])
                items = value.values()
            else:
                items = value
            for item in items:  # text and empty values are settled here, not kept for the next depth
                if type(item) is str:
                    texts.append(item)
                elif item is not None and item is not True and item is not False:
                    below.append(item)
        level, depth = below, depth + 1
    return _encodable("".join(texts))


def _encodable(text: str) -> bool:
    """No surrogate code point in ``text`` (what :data:`_SURROGATE` finds): exactly the text that UTF-8
    encodes, a test at C speed, several times quicker than searching for one."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class OverlongNumber:
    """A number too long to convert (YAML ints past Python's 4,300-digit guard): kept as its length."""

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<{self.digits} 位数字>"


class _Frame:
    """An open YAML collection in :func:`yaml_prepass`: its anchor, nodes so far, and for a mapping
    whether the next scalar is a key. ``name`` is its key in the top-level map (``indicators``)."""

    __slots__ = ("anchor", "expect_key", "items", "key", "mapping", "name", "nodes")

    def __init__(self, anchor: str | None, name: str | None, mapping: bool = False) -> None:
        self.anchor, self.name, self.mapping = anchor, name, mapping
        self.nodes, self.items, self.expect_key = 1, 0, True
        self.key: str | None = None

    def child(self, nodes: int, value: str | None = None) -> None:
        self.nodes += nodes
        self.items += 1
        if self.mapping:
            if self.expect_key:
                self.key = value
            self.expect_key = not self.expect_key
        elif self.name == "indicators" and self.items > current().indicators:
            raise LimitError("", "indicators", None, subject="indicators")


def yaml_prepass(text: str, where: str) -> None:
    """Read the YAML event stream once, without building anything, and refuse nesting deeper than
    ``nesting_depth`` and aliases that would expand to more than ``yaml_alias_nodes`` nodes (a
    "billion laughs" document is tiny on disk and exponential in memory). Syntax errors are left
    to the loader, which names the line. ``where`` (the file) begins the message."""
    limits = current()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    stack: list[_Frame] = [_Frame(None, None)]
    sizes: dict[str, int] = {}
    added = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.ScalarEvent):
                stack[-1].child(1, event.value)
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(stack) > limits.nesting_depth:
                    raise LimitError(where, "nesting_depth", len(stack),
                                     note=f"（第 {event.start_mark.line + 1} 行）" if event.start_mark else "")
                parent = stack[-1]
                name = parent.key if parent.mapping and not parent.expect_key and len(stack) == 2 else None
                stack.append(_Frame(event.anchor, name, isinstance(event, yaml.MappingStartEvent)))
            elif isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame.anchor:
                    sizes[frame.anchor] = frame.nodes
                stack[-1].child(frame.nodes)
            elif isinstance(event, yaml.AliasEvent):
                nodes = sizes.get(event.anchor or "", 1)
                added += nodes
                stack[-1].child(nodes)
                if added > limits.yaml_alias_nodes:
                    raise LimitError(where, "yaml_alias_nodes", None,
                                     note="（评价文件不需要锚点 & 和别名 *，请写出完整内容）")
    except yaml.YAMLError as exc:
        if "nesting depth" in str(getattr(exc, "problem", "") or ""):  # libyaml's own guard, past ours
            raise LimitError(where, "nesting_depth", None) from None
    except LimitError as err:
        if err.key != "indicators":
            raise
        raise LimitError(where, "indicators", None, subject="indicators") from None


__all__ = ["OverlongNumber", "check_data", "number_digits", "number_problem", "parse_number", "yaml_prepass"]
