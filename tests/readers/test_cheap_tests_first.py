"""Passes a prose report cannot need, skipped by a cheap test first, with every reading unchanged: the English
gloss search on texts holding no capital letter, the figure-card run tried only from a paragraph that is one
figure, no table made for a text cell alone on its line, and drafts compared field by field only when their name is
one of the tables' 一级."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import flat_tables, other_scripts
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.merge import merge_indicators
from jixiao.readers.figure_cards import _cards, figure_cards
from jixiao.readers.flat_tables import layout
from jixiao.readers.flat_tokens import tokenize

# pieces of invented cells and lines: Chinese, an English gloss in either case, acronyms, brackets, colons, breaks
_GLOSS_PIECES = st.sampled_from(["项目名称", "分值", "某某局", " ", "\t", " Project Name", " project name", " Weight",
                                 " PPP", " LED灯", "（万元）", " Funds (10,000 yuan)", "：", ":", "\n", "Level 1",
                                 " level", "）", "Self-evaluation Report", "98%", "x"])


def _glossed_unguarded(texts: list[str]) -> bool:
    """What english_glossed said before its capital-letter test: three glosses or more, counted text by text."""
    return sum(1 for text in texts for _ in other_scripts._glosses(text)) >= other_scripts._GLOSSED


@given(st.lists(st.lists(_GLOSS_PIECES, max_size=8).map("".join), max_size=6))
@settings(max_examples=300, deadline=None)
def test_the_gloss_test_agrees_with_the_search_it_skips(texts: list[str]) -> None:
    assert other_scripts.english_glossed(texts) == _glossed_unguarded(texts)


def test_texts_with_no_capital_are_not_searched_for_glosses(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(_: str) -> None:
        raise AssertionError("searched a text that holds no capital letter")

    monkeypatch.setattr(other_scripts, "_glosses", never)
    assert not other_scripts.english_glossed(["项目名称 project name", "分值 weight:", "某某局"])


def test_a_bilingual_form_is_still_glossed() -> None:
    assert other_scripts.english_glossed(["项目名称 Project Name", "分值 Weight", "得分 Score：9"])


_CARD_TEXTS = st.sampled_from(["860.50", "97.63%", "¥320万元", "12", "年初预算数（万元）", "全年预算数", "全年执行数",
                               "预算执行率", "分值", "某某站年内完成水质监测任务", "说明：见批复文件。"])


def _cards_unguarded(blocks: list[Block]) -> list[Block]:
    """figure_cards' loop as it was: a run tried from every block."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = _cards(blocks, i)
        if len(run) >= 3:
            out.extend(replace(label, text=f"{label.text.strip()}：{figure.text.strip()}") for figure, label in run)
            i += 2 * len(run)
            continue
        out.append(blocks[i])
        i += 1
    return out


@given(st.lists(st.one_of(_CARD_TEXTS.map(lambda text: Paragraph(text, "第1行")),
                          st.just(Table([["全年预算数", "860.50"]], "表1"))), max_size=12))
@settings(max_examples=300, deadline=None)
def test_figure_cards_read_as_when_every_block_was_tried(blocks: list[Block]) -> None:
    assert figure_cards(Document("某.txt", blocks)).blocks == _cards_unguarded(blocks)


def test_lines_of_prose_make_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell of text alone on its line opens no headless rows: only the rebuild's own table of labels is made."""
    made: list[object] = []

    class Counted(flat_tables.FlatTable):
        def __init__(self) -> None:
            made.append(self)
            super().__init__()

    monkeypatch.setattr(flat_tables, "FlatTable", Counted)
    lines = ["二、某某中心基本情况", "本中心年内完成水质监测任务，覆盖率达到98%。",
             "全年共开展巡查活动120次，整改问题15个。"]
    flat = layout(tokenize(lines, set()))
    assert (flat.tables_at, flat.leftover, len(made)) == ({}, {}, 1)


def test_a_level_cell_alone_still_opens_the_rows_under_it() -> None:
    """A form whose header was cut away, one cell a line from its level cell on: still a table."""
    lines = ["某某站设备购置项目", "产出指标", "数量指标", "某某设备购置数", "≥10台", "12台", "10", "10",
             "质量指标", "设备验收合格率", "100%", "100%", "10", "10"]
    assert layout(tokenize(lines, set())).tables_at


def _draft(name: str, **fields: object) -> IndicatorDraft:
    draft = IndicatorDraft()
    for field, value in {"name": name, **fields}.items():
        draft.put(field, value, ref("第1行", str(value)))
    return draft


def test_drafts_are_compared_only_under_a_tables_level1(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(self: IndicatorDraft, other: object) -> bool:
        raise AssertionError("a draft compared with no 一级 in the tables")

    monkeypatch.setattr(IndicatorDraft, "__eq__", never)
    prose = [_draft("某某设备购置数", weight=10), _draft("产出指标", weight=50)]
    merged = merge_indicators(prose, [_draft("设备验收合格率", weight=10)], [])
    assert [d.name for d in merged] == ["某某设备购置数", "产出指标", "设备验收合格率"]


def test_a_block_summary_beside_its_tables_rows_is_still_dropped() -> None:
    """"（一）产出指标…满分50分，得分48分" in prose beside table rows under 产出指标: the block's summary, no item."""
    prose = [_draft("产出指标", weight=50, stated_score=48)]
    merged = merge_indicators(prose, [_draft("某某设备购置数", level1="产出指标", weight=10)], [])
    assert [d.name for d in merged] == ["某某设备购置数"]
