"""Property tests: arbitrary text and damaged docx/pdf/xlsx bytes never raise anything but InputError."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from page_reading import read_page_and_warnings

from jixiao.errors import InputError
from jixiao.readers import read_any

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "daxing-2024.txt"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
DOCX = (REPORTS / "r03-haidian-school.docx").read_bytes()
PDF = (REPORTS / "r06-zhanggong-medical-aid.pdf").read_bytes()
XLSX = (REPORTS / "r07-longxi-street.xlsx").read_bytes()

_REPORTISH = st.sampled_from(
    ["一、", "（一）", "1.", "(1)", "①", "第一部分", "得分为", "扣", "分", "万元", "元", "亿元", "%", "％", "（", "）",
     "|", "2024年度", "权重", "满意度", "等级为", "优", "良", "：", "，", "。", "\n", "收入总计", "其中", "人",
     "１", "２", "．", "≥", "不低于", "控制在", "以内", "内设机构", "即：", "、"]
)
_TEXT = st.lists(st.one_of(_REPORTISH, st.text(max_size=8), st.integers(0, 10**6).map(str)), max_size=60).map("".join)


def _read_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"report{suffix}"
        path.write_bytes(data)
        try:
            read_any(path)
        except InputError as err:
            assert str(err).startswith(str(path)) and "\n" not in str(err)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_arbitrary_text_extracts_or_raises_input_error(text: str) -> None:
    with contextlib.suppress(InputError):
        read_page_and_warnings("2024年度报告\n" + text, "fuzz.txt")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, len(SEED_LINES) - 1), max_size=40), st.text(max_size=20))
def test_shuffled_and_mutated_seed_lines(picks: list[int], noise: str) -> None:
    text = "\n".join(SEED_LINES[i] + (noise if i % 3 == 0 else "") for i in picks)
    with contextlib.suppress(InputError):
        read_page_and_warnings(text, "fuzz.txt")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_as_text_file(data: bytes) -> None:
    _read_bytes(data, ".txt")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(DOCX, ".docx"), (PDF, ".pdf"), (XLSX, ".xlsx")]), st.floats(0, 1))
def test_truncated_files(original: tuple[bytes, str], share: float) -> None:
    data, suffix = original
    _read_bytes(data[: int(len(data) * share)], suffix)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(DOCX, ".docx"), (PDF, ".pdf"), (XLSX, ".xlsx")]),
       st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=20))
def test_corrupted_files(original: tuple[bytes, str], flips: list[tuple[float, int]]) -> None:
    data, suffix = original
    mutable = bytearray(data)
    for where, value in flips:
        mutable[min(len(mutable) - 1, int(len(mutable) * where))] = value
    _read_bytes(bytes(mutable), suffix)
