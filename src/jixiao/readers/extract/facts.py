"""Collecting facts with their sources: first statement wins, a different second one is a warning."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from jixiao.lexicon import field_label, pattern
from jixiao.model import Reading, SourceRef
from jixiao.readers.document import Table, low_confidence

_SNIPPET = 60


def _is_placeholder(value: str) -> bool:
    """The whole value is a template mark ("【待补充：主管部门】"): one that starts it (a match at 0, not a
    search through a long narrative for a leftmost mark that must start there anyway) and covers it."""
    mark = pattern("template_marks").match(value)
    return mark is not None and mark.end() >= len(value.strip().rstrip("。"))


# "项目单位（盖章） 2020年7月16日": the date under a stamp line is never a name
_DATE_ONLY = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*")
_NAMES = frozenset({"unit.name", "unit.supervising_department", "project.implementing_unit", "project.unit",
                    "project.name"})


# "退休人员不再由财政承担": who pays in general (财政, 社保, 个人), never a body's name; "增加投资由地方承担": a level
# of government alone (中央, 地方, 省级 …) names no body either, nor levels joined ("某某经费由省和县财政分别承担");
# the spaces between two payers are crossed one way only (two runs of spaces side by side in a repeated group split
# a space each way: "省 省 … 省某" of 20 payers took 2 s to be told apart)
_PAYER = r"(?:财政|政府|社保|社会|个人|单位|企业|家庭|中央|地方|国家|上级|本级|(?:省|市|县|区)级?)"
_NO_BODY = re.compile(rf"\s*{_PAYER}(?:\s*(?:[与和及、]\s*)?{_PAYER})*\s*(?:分别|共同|各自)?\s*")


# "某某彩票app下载_某某官网…林业局": a site's spam written over a body's name (Latin words, underscores): no body
# is named so, and no part of the text is the name (a project's name may hold a Latin word: "某某5G基站项目")
_SPAM = re.compile(r"_|[A-Za-z]{3}")


def _not_a_name(path: str, value: object) -> bool:
    return path in _NAMES and isinstance(value, str) \
        and (_DATE_ONLY.fullmatch(value) is not None or _NO_BODY.fullmatch(value) is not None
             or (path != "project.name" and _SPAM.search(value) is not None))


def ref(location: str, text: str, guessed: bool = False, complete: bool | None = None) -> SourceRef:
    """Where a fact was read; text that OCR read with low confidence makes the reading a guess."""
    guessed = guessed or ("扫描" in location and low_confidence(location))  # (most text was never scanned)
    text = text.strip()
    if len(text) > _SNIPPET:
        text = text[: _SNIPPET - 1] + "…"
    return _new_ref({"location": location, "text": text, "guessed": guessed, "complete": complete})


# the model's own validation without BaseModel.__init__'s overhead (a report makes a hundred references)
_new_ref = SourceRef.__pydantic_validator__.validate_python


def cell_ref(table: Table, row: int, col: int, text: str) -> SourceRef:
    """The source of a fact read from a table cell: where the cell sits (for a table rebuilt from
    flattened text, the line it was read from) and whether its place was a guess."""
    return ref(table.cell_location(row, col), text, guessed=(row, col) in table.guessed)


def cells_ref(table: Table, location: str, text: str, cells: Iterable[tuple[int, int]]) -> SourceRef:
    """The source of a fact made of several cells (a fund row's amounts): a guess when any of them was."""
    return ref(location, text, guessed=any(cell in table.guessed for cell in cells))


def shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, list):
        return "、".join(shown(v) for v in value)
    if isinstance(value, dict) and "name" in value:  # an income or spending item: its name and amount as written
        return " ".join(shown(v) for v in (value["name"], value.get("amount")) if v is not None)
    return str(getattr(value, "value", value))


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    return bool(a == b)


_AMOUNT_PATHS = frozenset({"budget.initial", "budget.adjusted", "budget.executed"})


def _finer_amount(path: str, old: Any, new: Any) -> bool:
    """A budget amount stated again more exactly: "全年预算688.46万元" in the prose, then the form's "6,884,563.20"
    元 (688.45632 万元) — ``new`` rounds to ``old`` at ``old``'s last decimal, so both state one amount and the form's
    is the exact one."""
    if path not in _AMOUNT_PATHS or not isinstance(old, Decimal) or not isinstance(new, Decimal):
        return False
    places = old.as_tuple().exponent
    if not isinstance(places, int) or not isinstance(new_places := new.as_tuple().exponent, int) \
            or new_places >= places:
        return False
    return new.quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP) == old


_REGION_END = re.compile(r"(?:省|市|县|区|州|盟|旗)$")


_UNIT_PATHS = ("unit.name", "unit.supervising_department", "project.implementing_unit")
_SHORT_REGION = "省市县区州盟旗"


def _fuller_name(path: str, old: Any, new: Any) -> bool:
    """"南阳市镇平县石佛寺镇人民政府" after "镇平县石佛寺镇人民政府": the same unit with its region in front, the
    name the form itself prints in full; "紫金县卫生健康局" after the text's "由县卫生健康局主管": the county named;
    "某镇人民政府" after "某镇政府"."""
    if path not in _UNIT_PATHS or not isinstance(old, str) or not isinstance(new, str) or len(old) < 4:
        return False
    if old.endswith("政府") and new == old[:-2] + "人民政府":
        return True  # "某镇人民政府" after a cover's "某镇政府": the government's full name
    if len(new) <= len(old) or not new.endswith(old):
        return False
    region = new[: len(new) - len(old)]
    return _REGION_END.search(region) is not None or (old[0] in _SHORT_REGION and len(region) >= 2
                                                       and re.fullmatch(r"[\u4e00-\u9fff]+", region) is not None)


@dataclass
class Facts:
    """Scalar and list facts by field path (``budget.initial``, ``unit.duties``), each with its source."""

    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, SourceRef] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    offers: int = 0  # facts offered so far, kept or not (did a table give anything?)
    alternatives: dict[str, list[Reading]] = field(default_factory=dict)  # other values stated for a fact
    blank: list[SourceRef] = field(default_factory=list)  # required cells of a form left empty
    weak: set[str] = field(default_factory=set)  # paths whose value a label may still replace
    # paths (by their start) whose values are not the document's while a part of it is read: a sub-unit's own
    # budget table in a department's report (:mod:`jixiao.readers.extract.part_sections`). One rule for every
    # write: ``put``, ``put_entry``, ``replace`` and ``drop`` leave a muted path as it is
    muted: tuple[str, ...] = ()
    money_total_read: bool = False  # a money table's total row read (a later one may be another form's)

    def _is_muted(self, path: str) -> bool:
        return bool(self.muted) and path.startswith(self.muted)

    def put(self, path: str, value: Any, source: SourceRef, label: str = "", weak: bool = False) -> bool:
        """Record ``value`` for ``path`` unless already known; warn when a second value differs. A
        ``weak`` value (a name cut out of a title) gives way to a value a label states, a weak guess to a weak value
        read for sure (a title's unit over the body a sentence places under it)."""
        if value is None or value == [] or value == "" or (isinstance(value, str) and _is_placeholder(value)) \
                or _not_a_name(path, value):
            return False  # 【待补充：主管部门】 is a form's blank, no value (the template note names it)
        self.offers += 1
        if self._is_muted(path):
            return False
        gives_way = path in self.weak and (not weak or (self.refs[path].guessed and not source.guessed))
        if path in self.values and gives_way and not same_value(self.values[path], value):
            old_source = self.refs[path]
            self.alternatives.setdefault(path, []).append(Reading(value=shown(self.values[path]), source=old_source))
            self.drop(path)
        if path in self.values and _fuller_name(path, self.values[path], value):
            earlier = Reading(value=shown(self.values[path]), source=self.refs[path])
            self.alternatives.setdefault(path, []).append(earlier)
            self.replace(path, value, source)
            return True
        if path in self.values and _finer_amount(path, self.values[path], value):
            self.alternatives.setdefault(path, []).append(Reading(value=shown(self.values[path]),
                                                                  source=self.refs[path]))
            self.replace(path, value, source)
            return True
        if path in self.values:
            old = self.values[path]
            if not same_value(old, value) and not _finer_amount(path, value, old):
                self.alternatives.setdefault(path, []).append(Reading(value=shown(value), source=source))
                where = self.refs[path].location
                name = label or field_label(path)
                self.warnings.append(
                    f"{name}前后不一致：{where}为“{shown(old)}”，{source.location}为“{shown(value)}”，采用前者")
            return False
        self.values[path] = value
        self.refs[path] = source
        if weak:
            self.weak.add(path)
        return True

    def replace(self, path: str, value: Any, source: SourceRef, weak: bool | None = None) -> None:
        """Put ``value`` in place of ``path``'s fact, read from ``source``: the value, its source (and with it
        the guessed mark) and, when ``weak`` is given, the weak mark change together, so the fact's source
        is always the statement its value was read from — the same one for a cut or cleaned reading of it
        (pass ``facts.refs[path]``), another fact's for a value taken from that fact. None keeps the mark."""
        if self._is_muted(path):
            return
        self.values[path] = value
        self.refs[path] = source
        if weak is True:
            self.weak.add(path)
        elif weak is False:
            self.weak.discard(path)

    def put_entry(self, path: str, key: str, value: Any, source: SourceRef) -> bool:
        """One entry of a dict fact (``stated_block_weights``: a 一级's name → the weight printed for it), kept
        unless ``key`` has one: the entry's source at ``path.key``; the first entry's also at ``path``."""
        if self._is_muted(path):
            return False
        entries = self.values.get(path)
        if entries is None:
            entries = self.values[path] = {}
        if key in entries:
            return False
        entries[key] = value
        self.refs[f"{path}.{key}"] = source
        self.refs.setdefault(path, source)
        return True

    def drop(self, path: str) -> SourceRef | None:
        """Forget ``path``'s fact: its value, its source and its weak mark go together (the other values the
        document stated for it stay in ``alternatives``). Returns the source it had, if any."""
        if self._is_muted(path):
            return None
        self.values.pop(path, None)
        self.weak.discard(path)
        return self.refs.pop(path, None)

    def has(self, path: str) -> bool:
        return path in self.values

    def get(self, path: str, default: Any = None) -> Any:
        return self.values.get(path, default)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


# a template 一级 named by the heading that tells it ("产出指标完成情况", "效益方面"): the 一级 itself
_LEVEL1_TOLD = re.compile(r"^\s*(产出|效益|满意度|成本)(?:指标)?(?:完成情况|情况|方面)\s*$")


@dataclass
class IndicatorDraft:
    """One indicator being assembled from prose and tables; fields use the model's names."""

    fields: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, SourceRef] = field(default_factory=dict)
    placed: bool = True  # False: read outside the indicator table (a money block's 预算执行率), where it stands unknown
    goal: bool = False  # read from a goal table (what is to be done, nothing scored): gives way to any scored reading
    # a prose mention's target, actual and evidence, read only when a drafted indicator takes it (see complete())
    pending: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    def complete(self) -> None:
        """Read what was left to read when it was needed (a mention's values), once."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending()

    @property
    def name(self) -> str:
        return str(self.fields.get("name", ""))

    def put(self, name: str, value: Any, source: SourceRef) -> None:
        if value is None or value == "":
            return
        if name == "level1" and isinstance(value, str):
            value = _LEVEL1_TOLD.sub(r"\1指标", value)
        if name not in self.fields:
            self.fields[name] = value
            self.refs[name] = source
