"""Evaluation files: YAML and JSON in and out, lossless, with Chinese validation messages."""

from __future__ import annotations

import gc
import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.data import OverlongNumber, check_data, yaml_prepass
from jixiao.model import Comparator, Evaluation

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 20× faster


class DecimalLoader(_BaseLoader):
    """YAML loader that reads floats as Decimal, so 7693.91 stays exactly 7693.91; ``.inf``/``.nan``
    and numbers too long to convert are kept as markers for :func:`~jixiao.limits.data.check_data`."""


_SPECIAL_FLOATS = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}
_LONG = 4000  # digits past which Python refuses int(text) (its 4,300-digit guard)


def _construct_decimal(loader: Any, node: yaml.ScalarNode) -> Decimal | OverlongNumber:
    text = str(loader.construct_scalar(node)).replace("_", "")
    if len(text) > _LONG:
        return OverlongNumber(len(text))
    return Decimal(_SPECIAL_FLOATS.get(text.lower(), text))


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int | OverlongNumber:
    text = str(loader.construct_scalar(node))
    if len(text) > _LONG:
        return OverlongNumber(len(text))
    return int(yaml.constructor.SafeConstructor.construct_yaml_int(loader, node))


DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
DecimalLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # a value read once and used twice (a rate and its indicator) is written twice, not as &id001


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    tag = "tag:yaml.org,2002:int" if "." not in text else "tag:yaml.org,2002:float"
    return dumper.represent_scalar(tag, text)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(Decimal, _represent_decimal)
_Dumper.add_representer(str, _represent_str)


def field_path(loc: tuple[int | str, ...]) -> str:
    """``('indicators', 3, 'weight')`` → ``"indicators[3].weight"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "（根）"


_MESSAGES = {
    "missing": "缺少必填项",
    "extra_forbidden": "不是可识别的字段",
    "decimal_parsing": "必须是数字",
    "decimal_type": "必须是数字",
    "int_parsing": "必须是整数",
    "int_type": "必须是整数",
    "int_from_float": "必须是整数",
    "float_parsing": "必须是数字",
    "string_type": "必须是文字",
    "list_type": "必须是列表",
    "dict_type": "必须是键值表",
    "model_type": "必须是键值表",
    "model_attributes_type": "必须是键值表",
    "bool_parsing": "必须是 true 或 false",
    "greater_than_equal": "必须不小于 {ge}",
    "less_than_equal": "必须不大于 {le}",
    "greater_than": "必须大于 {gt}",
    "less_than": "必须小于 {lt}",
    "too_short": "至少要有 {min_length} 项",
    "literal_error": "只能是 {expected} 之一",
    "finite_number": "必须是有限的数字",
}


def validation_problem(error: Mapping[str, Any]) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a Chinese phrase without the
    field, e.g. ``必须是数字（收到 "abc"）``."""
    kind = error["type"]
    if kind == "value_error":
        problem = str(error.get("ctx", {}).get("error", error["msg"]))
    elif kind == "enum":
        problem = f"只能是 {error.get('ctx', {}).get('expected', '')} 之一"
    else:
        problem = _MESSAGES.get(kind, error["msg"]).format(**error.get("ctx", {}))
    if kind not in ("missing", "value_error") and "收到" not in problem:
        problem += f"（收到 \"{limits.shorten(limits.printable(str(error.get('input'))), 40)}\"）"
    return problem


def describe_validation_error(err: ValidationError) -> str:
    """The first problem as ``field.path：问题（收到 "值"）``, plus a count of further problems."""
    errors = err.errors()
    first = errors[0]
    more = f"（另有 {len(errors) - 1} 处问题）" if len(errors) > 1 else ""
    return f"{field_path(tuple(first['loc']))}：{validation_problem(first)}{more}"


def evaluation_from_data(data: Any, where: str = "") -> Evaluation:
    """Validate plain data into an Evaluation; raise InputError with one Chinese sentence."""
    prefix = f"{where}：" if where else ""
    if not isinstance(data, dict):
        raise InputError(f"{prefix}内容必须是一个键值表（评价对象），收到的是 {type(data).__name__}")
    check_data(data, where)
    try:
        evaluation = Evaluation.model_validate(data)
    except ValidationError as err:
        raise InputError(prefix + describe_validation_error(err)) from None
    check_data(evaluation, where)  # numbers that came in as text ("1e400") are Decimals now
    return evaluation


def _check_size(text: str, where: str) -> None:
    """YAML/JSON text within ``evaluation_bytes`` (UTF-8), before any parsing."""
    limit = limits.current().evaluation_bytes
    if len(text) * 3 > limit:  # only long texts are measured exactly
        limits.check("evaluation_bytes", len(text.encode("utf-8", "surrogatepass")), where)


def load_yaml(text: str, where: str) -> object:
    """YAML text → plain data with floats as Decimal; a syntax error raises InputError naming
    ``where`` (a prefix such as ``"bad.yaml："``) and the line. Size, nesting and alias expansion are
    checked first (:mod:`jixiao.limits`)."""
    label = where.removesuffix("：")
    _check_size(text, label)
    yaml_prepass(text, label)
    collecting = gc.isenabled()
    gc.disable()  # building many small objects: the collector's passes would make it quadratic
    try:
        return yaml.load(text, Loader=DecimalLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"第 {mark.line + 1} 行" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "无法解析"
        raise InputError(f"{where}{line} YAML 格式错误（{problem}）") from None
    except (ValueError, ArithmeticError, RecursionError) as exc:  # a scalar no constructor can read
        raise InputError(f"{where}YAML 内容无法读取（{type(exc).__name__}）") from None
    finally:
        if collecting:
            gc.enable()


_JSON_CONSTANTS = {"NaN": Decimal("NaN"), "Infinity": Decimal("Infinity"), "-Infinity": Decimal("-Infinity")}


def _json_int(text: str) -> int | OverlongNumber:
    return OverlongNumber(len(text)) if len(text) > _LONG else int(text)


def _json_float(text: str) -> Decimal | OverlongNumber:
    return OverlongNumber(len(text)) if len(text) > _LONG else Decimal(text)


def load_json(text: str, where: str) -> object:
    """JSON text → plain data with numbers as int/Decimal; like :func:`load_yaml` for errors and limits."""
    label = where.removesuffix("：")
    _check_size(text, label)
    try:
        return json.loads(text, parse_float=_json_float, parse_int=_json_int, parse_constant=_JSON_CONSTANTS.get)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}第 {exc.lineno} 行第 {exc.colno} 列 JSON 格式错误（{exc.msg}）") from None
    except RecursionError:
        raise limits.LimitError(label, "nesting_depth", None) from None


def parse_evaluation_text(text: str, fmt: str, where: str = "") -> Evaluation:
    """Parse YAML or JSON text (``fmt`` is ``"yaml"`` or ``"json"``) into an Evaluation."""
    prefix = f"{where}：" if where else ""
    data = load_json(text, prefix) if fmt == "json" else load_yaml(text, prefix)
    return evaluation_from_data(data, where)


def load_evaluation(path: str | Path) -> Evaluation:
    """Read an evaluation from a ``.yaml``/``.yml``/``.json`` file."""
    path = Path(path)
    data = limits.read_bytes(path, "evaluation_bytes")
    where = limits.printable(str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where}：文件不是 UTF-8 编码的文本") from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return parse_evaluation_text(text, fmt, where)


def evaluation_to_data(evaluation: Evaluation) -> dict[str, Any]:
    """Plain data (Decimals kept) without empty defaults, for writing YAML."""
    data = evaluation.model_dump(mode="python", exclude_defaults=True)
    return {"kind": evaluation.kind, **_with_comparators(data)}


def _with_comparators(data: dict[str, Any]) -> dict[str, Any]:
    """Every numeric target with its comparator, the default ≥ too: "≥600人" written as ``value: 600`` alone reads
    as a bare figure to whoever opens the file (loading it back gives ≥ either way)."""
    for indicator in data.get("indicators", []):
        target = indicator.get("target")
        if target is not None and target.get("value") is not None and "comparator" not in target:
            indicator["target"] = {"comparator": Comparator.GE.value, **target}
    return data


def dump_yaml(evaluation: Evaluation) -> str:
    data = _plain(evaluation_to_data(evaluation))
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


def dump_json(evaluation: Evaluation) -> str:
    data = _with_comparators(json.loads(evaluation.model_dump_json(exclude_defaults=True)))
    return json.dumps({"kind": evaluation.kind.value, **data}, ensure_ascii=False, indent=2)


def save_evaluation(evaluation: Evaluation, path: str | Path) -> None:
    """Write an evaluation as YAML or JSON, by the file's suffix."""
    path = Path(path)
    text = dump_json(evaluation) if path.suffix.lower() == ".json" else dump_yaml(evaluation)
    path.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")


def _plain(value: Any) -> Any:
    """Enums → their values, so the YAML holds plain scalars."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and value.__class__.__module__ == "jixiao.model":
        return value.value
    return value
