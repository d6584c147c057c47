"""Parts of the flat reader that a text cannot need are not run, and skipping them changes no reading: the
placing of tables when none was rebuilt, and the search for rows opening on a bar when no line holds one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import flat_tables, flat_tokens
from jixiao.readers.flat_tables import layout
from jixiao.readers.flat_tokens import tokenize

# pieces of invented report lines: prose, headings, labels, figures, tabs and bars (a drawn text may hold a table)
_PIECES = st.sampled_from(["一、", "（二）", "1. ", "某镇某某站", "年度资金总额", "项目名称", "主管部门", "某某局",
                           "产出指标", "数量指标", "某某覆盖率", "（10分）", "≥95%", "98%", "120.50", "10", "9.5",
                           "，", "。", " ", "\t", " | ", "|", "｜", "得分", "全年预算数", "全年执行数", "执行率"])
_LINES = st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=8)


def _placed(lines: list[str]) -> tuple[object, ...]:
    flat = layout(tokenize(lines, set()))
    return (sorted((line, [(t.rows, t.origins, t.guessed) for t in tables]) for line, tables in flat.tables_at.items()),
            sorted(flat.leftover.items()), flat.warnings)


@given(_LINES)
@settings(max_examples=150, deadline=None)
def test_a_text_without_bars_has_no_bar_led_rows(lines: list[str]) -> None:
    """The search tokenize skips on a text with no bar finds nothing on any such text."""
    if not any("|" in line or "｜" in line for line in lines):
        assert flat_tokens._bar_led_rows(lines) == set()


@given(_LINES)
@settings(max_examples=150, deadline=None)
def test_a_text_whose_tokens_rebuild_no_table_is_laid_out_empty(lines: list[str]) -> None:
    """Whatever the text, when the rebuild finds no table with rows the layout places nothing and leaves no line."""
    tokens = tokenize(lines, set())
    if not any(t.rows for t in flat_tables.rebuild_tables(flat_tables.join_wrapped(tokens))):
        flat = layout(tokens)
        assert (flat.tables_at, flat.leftover) == ({}, {})


def test_prose_is_laid_out_without_placing_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["二、某某中心基本情况", "本中心年内完成水质监测任务，覆盖率达到98%。", "（一）某某站运行情况"]

    def never(*_: object) -> None:
        raise AssertionError("placing a table in a text that has none")

    monkeypatch.setattr(flat_tables, "_keep_whole_rows", never)
    monkeypatch.setattr(flat_tokens, "_bar_led_rows", never)
    flat = layout(tokenize(lines, set()))
    assert (flat.tables_at, flat.leftover, flat.warnings) == ({}, {}, [])


def test_a_flattened_table_is_still_placed() -> None:
    lines = ["某某站设备购置项目说明", "项目名称", "某某站设备购置", "主管部门", "某县某某局",
             "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |", "| 产出指标 | 数量指标 | 某某设备数 | 10 | 9 |"]
    placed = _placed(lines)
    assert placed[0], "the form's cells make a table"
    assert placed == _placed(list(lines))  # (the same on a second reading: nothing kept between calls)
