"""Rule packs: versioned YAML files of named rules, defaults, grade bands, rounding and thresholds.

A pack is data. ``load_pack(None)`` gives the default pack ``central-2020``; a name loads a pack
shipped in ``scoring/packs/``; anything else is read as a path to a YAML file. A malformed pack
raises :class:`~jixiao.errors.InputError` with one Chinese sentence naming the pack field.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from jixiao.errors import InputError
from jixiao.lexicon import is_budget_rate_name
from jixiao.limits.data import check_data
from jixiao.model import Comparator, Evaluation, Grade, Indicator, Kind
from jixiao.modelio import describe_validation_error, load_yaml

PACKS_DIR = Path(__file__).resolve().parent / "packs"
DEFAULT_PACK = "central-2020"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RuleSpec(_Data):
    """A named rule of a pack: a rule type, its parameters, a Chinese title and its source."""

    id: str = ""
    type: str
    title: str
    source: str
    params: dict[str, Any] = {}


class DefaultMatch(_Data):
    """Chooses ``rule`` for an indicator that names none. Every given condition must hold; the
    first matching default of the pack wins."""

    rule: str
    name_pattern: str | None = None
    comparators: list[Comparator] | None = None
    kinds: list[Kind] | None = None
    target_units: list[str] | None = None
    target_value: Decimal | None = None
    qualitative: bool | None = None
    note: str | None = None

    @field_validator("name_pattern")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"不是有效的正则表达式（{exc}）") from None
        return value

    def matches(self, indicator: Indicator, kind: Kind | None) -> bool:
        """Every given condition holds (checked cheapest first, stopping at the first that fails)."""
        target = indicator.target
        if self.kinds is not None and kind not in self.kinds:
            return False
        if self.comparators is not None and (target is None or target.comparator not in self.comparators):
            return False
        if self.target_units is not None and (target is None or target.unit not in self.target_units):
            return False
        if self.target_value is not None and (target is None or target.value != self.target_value):
            return False
        if self.qualitative is not None and is_qualitative(indicator) != self.qualitative:
            return False
        return self.name_pattern is None or re.search(self.name_pattern, indicator.name) is not None


def is_qualitative(indicator: Indicator) -> bool:
    """A qualitative indicator: its actual is a tier (达成/部分达成/未达成) or its target is text only."""
    if indicator.actual is not None and indicator.actual.tier is not None:
        return True
    target = indicator.target
    return target is not None and target.value is None and bool(target.text)


class GradeBand(_Data):
    grade: Grade
    min: Decimal


class OtherBanding(_Data):
    """A banding in local use besides the pack's own (``bands``, high to low) and where it is seen. A
    stated grade that one of them gives the stated total is not an error while the pack's own bands are
    unverified and the report does not state its own."""

    bands: list[GradeBand] = Field(min_length=1)
    source: str = ""

    @model_validator(mode="after")
    def _sorted(self) -> OtherBanding:
        self.bands = sorted(self.bands, key=lambda band: band.min, reverse=True)
        return self


class QualitativeBands(_Data):
    """Lower bounds, in percent of the weight, of 达成 and 部分达成 (80/50 by default; 80/60 in
    Sichuan and Anhui). Also accepts the short form ``"80/60"``."""

    achieved: Decimal = Decimal(80)
    partial: Decimal = Decimal(50)

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = value.split("/")
            if len(parts) != 2:
                raise ValueError(f"应写成“达成下限/部分达成下限”，如 80/60（收到 \"{value}\"）")
            return {"achieved": parts[0].strip(), "partial": parts[1].strip()}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> QualitativeBands:
        if not Decimal(0) < self.partial < self.achieved <= Decimal(100):
            raise ValueError(f"须满足 0 < 部分达成下限 < 达成下限 ≤ 100（收到 {self.achieved}/{self.partial}）")
        return self


class Thresholds(_Data):
    tolerance: Decimal = Decimal("0.01")
    large_adjustment_percent: Decimal = Decimal(20)
    low_execution_percent: Decimal = Decimal(90)
    over_achievement_percent: Decimal = Decimal(130)
    output_execution_percent: Decimal = Decimal(50)  # outputs all done while less than this was spent
    qualitative: QualitativeBands = QualitativeBands()


class CapBand(_Data):
    """When the execution rate is below ``below_rate`` (percent), the total is at most ``max_total``."""

    below_rate: Decimal
    max_total: Decimal


class TotalCap(_Data):
    """Optional cap of the total by the execution rate (one platform's manual); off by default."""

    enabled: bool = False
    source: str = ""
    denominator: Literal["adjusted", "initial"] = "adjusted"
    bands: list[CapBand] = []


class Rounding(_Data):
    decimals: int = Field(default=2, ge=0, le=6)
    mode: Literal["half_up"] = "half_up"
    source: str = ""


class RulePack(_Data):
    """A versioned set of named rules, defaults, grade bands, rounding, thresholds and the total cap."""

    id: str
    version: str
    title: str
    source: str
    grade_bands: list[GradeBand] = Field(min_length=1)
    grade_source: str = ""
    grade_bands_elsewhere: list[OtherBanding] = []
    rounding: Rounding = Rounding()
    rules: dict[str, RuleSpec] = Field(min_length=1)
    defaults: list[DefaultMatch] = []
    total_cap: TotalCap = TotalCap()
    thresholds: Thresholds = Thresholds()

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float | Decimal) else value

    @model_validator(mode="after")
    def _consistent(self) -> RulePack:
        from jixiao.scoring.rules import RULE_TYPES

        for key, spec in self.rules.items():
            spec.id = key
            if spec.type not in RULE_TYPES:
                known = "、".join(RULE_TYPES)
                raise ValueError(f"rules.{key}.type：未知的规则类型 \"{spec.type}\"（可用：{known}）")
            try:
                RULE_TYPES[spec.type].params_model.model_validate(spec.params)
            except ValidationError as err:
                raise ValueError(f"rules.{key}.params.{describe_validation_error(err)}") from None
        for i, default in enumerate(self.defaults):
            if default.rule not in self.rules:
                raise ValueError(f"defaults[{i}].rule：规则包中没有名为 \"{default.rule}\" 的规则")
        self.grade_bands = sorted(self.grade_bands, key=lambda band: band.min, reverse=True)
        return self

    @property
    def grade_bands_verified(self) -> bool:
        """The pack's grade bands were read in a published source (``grade_source`` tagged [seen], not
        [unverified])."""
        return "[seen" in self.grade_source and "[unverified" not in self.grade_source

    def round(self, value: Decimal) -> Decimal:
        """Round half-up to the pack's decimals (2 by default)."""
        return value.quantize(Decimal(1).scaleb(-self.rounding.decimals), rounding=ROUND_HALF_UP)

    def rule_for(self, indicator: Indicator, evaluation: Evaluation | None = None) -> RuleSpec | None:
        """The rule the indicator names, else the first matching default; None when none applies. A default
        execution-rate rule takes only the rate of the budget evaluated itself (a name such as 政府采购预算执行率
        matches its pattern but measures a part: :func:`~jixiao.lexicon.is_budget_rate_name`)."""
        if indicator.rule:
            return self.rules.get(indicator.rule)
        kind = evaluation.kind if evaluation is not None else None
        for default in self.defaults:
            if default.matches(indicator, kind) and (
                    self.rules[default.rule].type != "execution_rate"
                    or is_budget_rate_name(indicator.name, None if kind is None else kind == Kind.PROJECT)):
                return self.rules[default.rule]
        return None


def list_packs() -> list[str]:
    """Names of the packs shipped with jixiao, the default first."""
    names = sorted(p.stem for p in PACKS_DIR.glob("*.yaml"))
    return sorted(names, key=lambda name: name != DEFAULT_PACK)


def load_pack(name_or_path: str | Path | None = None) -> RulePack:
    """Load a shipped pack by name (None → ``central-2020``) or a pack YAML file by path."""
    name = str(name_or_path) if name_or_path is not None else DEFAULT_PACK
    if name in list_packs():
        return _load_file(str(PACKS_DIR / f"{name}.yaml"), name).model_copy(deep=True)
    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise InputError(f"规则包文件 {path} 不存在")
        return _load_file(str(path.resolve()), str(path)).model_copy(deep=True)
    raise InputError(f"找不到名为 {name} 的规则包（可用：{'、'.join(list_packs())}，或给出 YAML 文件路径）")


@lru_cache(maxsize=32)
def _load_file(path: str, where: str) -> RulePack:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"规则包 {where}：文件不是 UTF-8 编码的文本") from None
    return parse_pack_text(text, where)


def parse_pack_text(text: str, where: str) -> RulePack:
    """The pack in YAML ``text``; a bad pack raises InputError with one Chinese sentence naming
    ``where`` and the field."""
    data = load_yaml(text.lstrip("\ufeff"), f"规则包 {where}：")
    if not isinstance(data, dict):
        raise InputError(f"规则包 {where}：内容必须是一个键值表")
    check_data(data, f"规则包 {where}")
    try:
        pack = RulePack.model_validate(data)
    except ValidationError as err:
        message = describe_validation_error(err).removeprefix("（根）：")
        raise InputError(f"规则包 {where}：{message}") from None
    check_data(pack, f"规则包 {where}")  # numbers given as text are Decimals now: digits, finiteness
    return pack
