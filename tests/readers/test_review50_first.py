"""Stop 50's first review (docs/reader-corpora/review-50-first.md): what stop 49's second round and this stop's first
merges read on odd input, each as an invented snippet (invented units, indicators and figures, no page text)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_docx, read_page

from jixiao.readers.extract.values import parse_actual

_WIDE = 7


def _row(*cells: str) -> list[str]:
    return [*cells, *[""] * (_WIDE - len(cells))]


def test_a_total_over_a_numbered_row_takes_no_score_from_it(tmp_path: Path) -> None:
    """"总分 | 100" over an indicator row opening on its number ("1 | 产出指标 | …"): the row below gives no score of
    the total (before, its 1 was read as the stated total, the 100 as the full mark)."""
    rows = [_row("项目名称", "某某镇2023年灌渠清淤项目"), _row("实施单位", "某县某某镇人民政府"), _row("总分", "100"),
            _row("1", "产出指标", "数量指标", "清淤渠道长度", "≥12公里", "12.5公里", "20"),
            _row("2", "效益指标", "社会效益指标", "受益农田面积", "≥3000亩", "3100亩", "30")]
    evaluation = read_docx(tmp_path, ["某某镇2023年灌渠清淤项目绩效自评表", rows])
    assert evaluation.stated_total != Decimal(1)
    assert "第4行" not in evaluation.provenance["stated_total"].location


@pytest.mark.parametrize("cell", ["约4-6天", "≤4-6天"])
def test_a_range_done_after_a_sign_is_no_figure(cell: str) -> None:
    """"约4-6天" as the actual: a range after a word or a sign is no one figure, as "4-6天" is not (before, 4 of a unit
    "-" was read)."""
    assert parse_actual(cell) == {"text": cell}


@pytest.mark.parametrize("words", ["所有改建工程", "上级转移支付", "其他维修改造", "全部新建道路", "下属学校维修"])
def test_a_bodys_projects_taken_together_by_a_longer_phrase_name_none(words: str) -> None:
    """"2022年我局所有改建工程项目资金共…": the body's projects taken together, four characters or more before 项目,
    name no project (before, the words were read as the project's name, a guess)."""
    text = "2022年项目支出绩效自评报告\n一、项目概况\n2022年我局" + words + "项目资金共64.8万元。\n"
    evaluation = read_page(text)
    assert evaluation.project is None or evaluation.project.name is None


def test_a_project_named_by_its_own_words_in_a_total_is_a_guessed_share() -> None:
    """"…共获得上级资金1800万元,其中桥梁加固项目240万元,…" in the report of "某县危桥桥梁加固项目": the part named by
    the words the project's name ends on is read as its budget, marked guessed (本项目 / 该项目 say it plainly)."""
    head = "2022年庚县危桥桥梁加固项目支出绩效自评报告\n一、项目概况\n"
    named = read_page(head + "2022年,我局共获得上级补助资金1800万元,其中桥梁加固项目240万元,路面修复项目900万元。\n")
    assert named.budget.adjusted == Decimal(240)
    assert named.provenance["budget.adjusted"].guessed
    plain = read_page(head + "2022年,我局共获得上级补助资金1800万元,其中本项目240万元。\n")
    assert plain.budget.adjusted == Decimal(240)
    assert not plain.provenance["budget.adjusted"].guessed


@pytest.mark.parametrize("tail", ["（2025年） 单位：万元", "（2025年度） 单位（元）", "（2025年度） 金额单位（万元）"])
def test_the_amounts_unit_beside_a_titles_year_written_otherwise_is_no_part_of_it(tail: str) -> None:
    """"…自评表（2025年） 单位：万元" / "…（2025年度） 单位（元）": the amounts' unit a flattened row left beside the
    year is dropped from the title, as "（2025年度） 单位：万元" is (before, it stayed in the title)."""
    head = "某某街道2025年老旧小区排水改造项目绩效自评表"
    text = head + tail + "\n项目名称 某某街道2025年老旧小区排水改造项目\n主管部门 某区住房和城乡建设局\n"
    assert read_page(text).title == head + tail.split(" ")[0]


@pytest.mark.parametrize("parts", ["其中新建工程项目300万元,维修养护项目500万元",
                                   "其中东片供水项目300万元,西片供水项目500万元"])
def test_a_total_with_no_subject_split_into_projects_stays_the_budget(parts: str) -> None:
    """"下达某某补助资金800万元,其中新建工程项目…,维修养护项目…": a sentence naming no body as its subject splits the
    project's own money into kinds of work or sub-projects; the total stays its budget (before, none was read)."""
    text = ("2022年己县农村饮水安全补助项目支出绩效自评报告\n一、项目概况\n2022年,上级下达农村饮水安全补助资金800万元,"
            + parts + "。\n")
    assert read_page(text).budget.adjusted == Decimal(800)
