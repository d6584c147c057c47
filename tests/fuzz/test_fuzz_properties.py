"""Property fuzzing of the input limits: the text reader, the YAML/JSON loader and zip/XML containers,
and mutations of the writers' own outputs. Anything may be refused, with one ``InputError`` sentence;
nothing may raise anything else.

``make test`` runs a fast profile; ``make fuzz`` sets ``JIXIAO_FUZZ_EXAMPLES`` for a long one.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hostile import ROOT, SEED_TEXT, SEED_YAML, Member, member, repeated, write_zip, zip_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.zips import check_container
from jixiao.modelio import load_evaluation, parse_evaluation_text
from jixiao.readers import read_any
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

EXAMPLES = int(os.environ.get("JIXIAO_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
MB = limits.MB


def refused_or_read(action: Callable[[], object]) -> None:
    """``action`` either succeeds or raises InputError with one line; nothing else."""
    try:
        action()
    except InputError as err:
        assert "\n" not in limits.printable(str(err)) and str(err).strip()


# ---------------------------------------------------------------- the text reader

_MARKUP = st.sampled_from([
    "<table>", "</table>", "<tr>", "<td>", "</td>", "<span>", "</span>", "<div>", "<br>", "<b", "<p>", "|", " | ",
    "|---|---|", "\t", "# ", "## ", "###### ", "- ", "* ", "**", "__", "一、", "（一）", "1.", "①", "第一部分",
    "得分为", "分值", "权重", "万元", "%", "2024年度", "\n", "\n\n", "— 1 —", "第 3 页", "[bookmark", "]", "<", ">",
    "项目名称：", "合计", "。", "，", "≥", "95%", "10分", "绩效评价得分为8.19分",
])
_LINE = st.lists(st.one_of(_MARKUP, st.text(max_size=12), st.integers(0, 10 ** 25).map(str)), max_size=40)


@FUZZ
@given(st.lists(_LINE.map("".join), max_size=60), st.integers(0, 3), st.integers(1, 400))
def test_text_with_markup_is_read_or_refused(lines: list[str], repeat: int, width: int) -> None:
    text = "2024年度部门整体支出绩效自评报告\n" + "\n".join(lines) * (1 + repeat)
    if width < 80:  # hard-wrapped, as text copied out of a PDF
        text = "\n".join(text[i:i + width] for i in range(0, len(text), width))
    refused_or_read(lambda: extract(text_to_document(text, "fuzz.md")))


@FUZZ
@given(st.integers(1, 5), st.sampled_from(["<span>", "<table><tr><td>", "<div>", "<b>"]), st.integers(100, 3000))
def test_deep_html_in_markdown_is_refused_not_expanded(copies: int, tag: str, depth: int) -> None:
    text = "2024年度报告\n<table><tr><td>" + tag * depth + "得分" + "</td></tr></table>\n" * copies
    refused_or_read(lambda: extract(text_to_document(text, "deep.md")))


# ---------------------------------------------------------------- the YAML/JSON loader

_HUGE = "HUGEINT"  # replaced by a 5,000-digit integer in the file's text (hypothesis cannot print one)
_NUMBERS = st.one_of(
    st.integers(-10 ** 30, 10 ** 30), st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1e400"), Decimal("1e999999999"), Decimal("-0"), 0.1, float("inf"), _HUGE]),
)
_STRINGS = st.one_of(st.text(max_size=30), st.sampled_from(["\ud800", "\udfff", "a\x00b", "x" * 5000, "1e400"]))
_VALUES = st.recursive(st.one_of(_NUMBERS, _STRINGS, st.booleans(), st.none()),
                       lambda inner: st.one_of(st.lists(inner, max_size=5),
                                               st.dictionaries(st.text(max_size=8), inner, max_size=5)),
                       max_leaves=40)
_FIELDS = st.sampled_from(["title", "year", "unit", "budget", "indicators", "rule_params", "stated_total", "kind"])


def _to_json(data: Any) -> str:
    def default(value: object) -> object:
        return str(value) if isinstance(value, Decimal) else repr(value)
    return json.dumps(data, default=default, ensure_ascii=False)


@FUZZ
@given(st.dictionaries(_FIELDS, _VALUES, max_size=6), st.lists(st.dictionaries(
    st.sampled_from(["name", "weight", "rule", "rule_params", "target", "actual", "stated_score", "extra"]),
    _VALUES, max_size=6), max_size=4))
def test_arbitrary_evaluation_data_is_loaded_or_refused(top: dict[str, Any], indicators: list[dict[str, Any]]) -> None:
    from jixiao.scoring import score_evaluation

    data = {"year": 2024, **top, "indicators": indicators}

    def load_and_score(fmt: str) -> None:
        text = _to_json(data)
        if fmt == "yaml":
            text = yaml.safe_dump(json.loads(text, parse_float=str), allow_unicode=True)
        text = text.replace(f'"{_HUGE}"', "9" * 5000).replace(_HUGE, "9" * 5000)
        evaluation = parse_evaluation_text(text, fmt, f"fuzz.{fmt}")
        score_evaluation(evaluation)  # numbers that passed the limits are safe for arithmetic

    refused_or_read(lambda: load_and_score("json"))
    refused_or_read(lambda: load_and_score("yaml"))


_YAML_NOISE = st.sampled_from(["&a ", "*a", "[", "]", "{", "}", ": ", "- ", "!!python/object:os.system ", "!!binary ",
                               "\t", "'", '"', "\\ud800", ".inf", "1e400", "<<: *a", "? ", "|", ">", "%YAML 1.1\n",
                               "---\n", "\x00", "\ufeff"])


@FUZZ
@given(st.lists(st.tuples(st.floats(0, 1), _YAML_NOISE), min_size=1, max_size=12))
def test_mutated_yaml_is_loaded_or_refused(edits: list[tuple[float, str]]) -> None:
    text = SEED_YAML.read_text(encoding="utf-8")
    for where, noise in edits:
        at = int(len(text) * where)
        text = text[:at] + noise + text[at:]
    refused_or_read(lambda: parse_evaluation_text(text, "yaml", "mutated.yaml"))


@FUZZ
@given(st.integers(1, 12), st.integers(2, 12))
def test_any_alias_fanout_stays_within_the_budget(levels: int, width: int) -> None:
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    text = "anchors:\n" + "\n".join("  " + line for line in lines) + f"\nyear: 2024\ntitle: *a{levels - 1}\n"
    refused_or_read(lambda: parse_evaluation_text(text, "yaml", "aliases.yaml"))


# ---------------------------------------------------------------- zip containers and XML

_NAMES = st.one_of(st.sampled_from(["word/document.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml",
                                    "../evil.xml", "a.txt", "a.txt/b.txt", "长" * 120]),
                   st.binary(min_size=1, max_size=40))


@st.composite
def _members(draw: st.DrawFn) -> Member:
    name = draw(_NAMES)
    kind = draw(st.sampled_from(["plain", "zeros", "bzip2", "lzma", "encrypted", "lying", "stored", "deep-xml"]))
    data = draw(st.binary(max_size=200))
    if kind == "zeros":
        return repeated(name if isinstance(name, str) else "z.bin", b"", bytes(1024), draw(st.integers(1, 20_000)))
    if kind == "deep-xml":
        depth = draw(st.integers(1, 3000))
        return member(name, b"<a>" * depth + b"</a>" * depth)
    if kind == "bzip2":
        return member(name, data, zipfile.ZIP_BZIP2, claim=draw(st.integers(0, 0xFFFFFFFF)))
    if kind == "lzma":
        return Member(name if isinstance(name, bytes) else name.encode(), data, len(data), 0, zipfile.ZIP_LZMA)
    if kind == "encrypted":
        return member(name, data, flags=0x1)
    if kind == "lying":
        return member(name, data, claim=draw(st.integers(0, 0xFFFFFFFF)))
    return member(name, data, zipfile.ZIP_STORED if kind == "stored" else zipfile.ZIP_DEFLATED,
                  flags=draw(st.sampled_from([0, 0x800, 0x8])))


@FUZZ
@given(st.lists(_members(), max_size=8), st.sampled_from([".docx", ".xlsx"]))
def test_arbitrary_containers_are_measured_or_refused(tmp_path_factory: Any, members: list[Member],
                                                      suffix: str) -> None:
    path = write_zip(tmp_path_factory.mktemp("zip") / f"fuzz{suffix}", members)
    refused_or_read(lambda: check_container(path, "Word"))
    refused_or_read(lambda: read_any(path))


# ---------------------------------------------------------------- the writers' outputs, mutated


@cache
def _written(fmt: str) -> bytes:
    """The example evaluation as the writers write it (docx, xlsx, md, html, yaml, json); a PDF
    LibreOffice wrote from a report (the fixture: no LibreOffice run here)."""
    import tempfile

    from jixiao.writers import render

    if fmt == "pdf":
        return (ROOT / "tests" / "data" / "reports" / "r05-shipai-street.pdf").read_bytes()
    if fmt in ("yaml", "json"):
        from jixiao.modelio import dump_json, dump_yaml

        evaluation = load_evaluation(SEED_YAML)
        return (dump_json(evaluation) if fmt == "json" else dump_yaml(evaluation)).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"example.{fmt}"
        render(load_evaluation(SEED_YAML), fmt, target)
        return target.read_bytes()


_MUTATIONS = st.lists(st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("cut"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("drop"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("twice"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("bomb"), st.floats(0, 1), st.integers(1, 300)),
), min_size=1, max_size=6)


def _mutate(data: bytes, suffix: str, mutations: list[tuple[str, float, int]]) -> bytes:
    if suffix in (".docx", ".xlsx") and any(kind in ("drop", "twice", "bomb") for kind, _, _ in mutations):
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [member(info.filename, zf.read(info)) for info in zf.infolist()]
        for kind, where, size in mutations:
            index = min(len(members) - 1, int(len(members) * where)) if members else 0
            if kind == "drop" and members:
                members.pop(index)
            elif kind == "twice" and members:
                members.insert(index, members[index])
            elif kind == "bomb" and members:
                name = members[index].name.decode("utf-8", "replace")
                members[index] = repeated(name, b"<a>", b"<b/>" * 256, size * 1024, b"</a>")
        data = zip_bytes(members)
    mutable = bytearray(data)
    for kind, where, value in mutations:
        if not mutable:
            break
        at = min(len(mutable) - 1, int(len(mutable) * where))
        if kind == "flip":
            mutable[at] = value
        elif kind == "cut":
            del mutable[at:]
    return bytes(mutable)


@FUZZ
@given(st.sampled_from(["docx", "xlsx", "md", "html", "yaml", "json", "pdf"]), _MUTATIONS)
def test_mutated_writer_outputs_are_read_or_refused(tmp_path_factory: Any, fmt: str,
                                                     mutations: list[tuple[str, float, int]]) -> None:
    suffix = {"html": ".txt"}.get(fmt, f".{fmt}")  # a saved page is read as text with HTML in it
    path = tmp_path_factory.mktemp("mutated") / f"report{suffix}"
    path.write_bytes(_mutate(_written(fmt), suffix, mutations))
    refused_or_read(lambda: read_any(path))


def test_the_seed_itself_reads() -> None:
    assert read_any(SEED_TEXT).evaluation.year == 2024
