"""Flattened shapes left open after the forty-third set (docs/reader-corpora/flat-shapes-30.md, flat43), each from an
invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation

_SIDE_TABLE = ["表2-1 产出指标完成情况", "三级指标", "统计调查任务完成数", "数据质量抽查合格率", "权重（分）",
               "30", "30", "年度目标", "≥12项", "≥98%", "实际完成", "12项", "97%", "自评得分", "30", "28"]
_ONE_INDICATOR = ["表2-2 满意度指标完成情况", "三级指标", "数据使用单位满意度", "权重（分）", "40", "年度目标", "≥90%",
                  "实际完成", "91%", "自评得分", "40"]
_HEAD = ["某区统计局2024年度部门整体支出绩效自评报告", "三、绩效指标完成情况"]
_TAIL = ["四、自评结论", "综合自评得分98分，等级为优。"]


def _errors(page: Evaluation) -> list[str]:
    return [f.code for f in run_checks(page) if f.severity == Severity.ERROR]


def test_side_on_table_one_cell_a_line_is_read_upright_and_its_score_row_is_no_total() -> None:
    """An indicator table on its side copied one cell a line: "自评得分" followed by a row of scores (30 / 28) is
    the score row of the indicators, not the form's total (before: 30 taken for the total against the text's 98,
    a false TEXT_TABLE_MISMATCH, and no indicator read)."""
    page = read_page("\n".join(_HEAD + _SIDE_TABLE + _ONE_INDICATOR + _TAIL))
    assert page.stated_total == Decimal("98")
    assert "stated_total" not in page.alternatives
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("统计调查任务完成数", Decimal("30"), Decimal("30")),
        ("数据质量抽查合格率", Decimal("30"), Decimal("28")),
        ("数据使用单位满意度", Decimal("40"), Decimal("40"))]
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_side_on_table_as_spaced_rows() -> None:
    """The same tables a row a line, cells spaced; the one-indicator table's "年度目标 ≥90%" a single piece."""
    lines = ["表2-1 产出指标完成情况", "三级指标 统计调查任务完成数 数据质量抽查合格率", "权重（分） 30 30",
             "年度目标 ≥12项 ≥98%", "实际完成 12项 97%", "自评得分 30 28",
             "表2-2 满意度指标完成情况", "三级指标 数据使用单位满意度", "权重（分） 40", "年度目标 ≥90%",
             "实际完成 91%", "自评得分 40"]
    page = read_page("\n".join(_HEAD + lines + _TAIL))
    assert page.stated_total == Decimal("98")
    assert [i.name for i in page.indicators] == ["统计调查任务完成数", "数据质量抽查合格率", "数据使用单位满意度"]
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_score_label_after_a_run_together_record_is_that_indicators_score() -> None:
    """A one-indicator record run together ("实际完成91%" then "自评得分" / "40"): the 40 is its score, not a second
    total beside the text's 98 (before: a false TEXT_TABLE_MISMATCH)."""
    lines = ["表2-2 满意度指标完成情况", "三级指标数据使用单位满意度", "权重（分）40", "年度目标≥90%", "实际完成91%",
             "自评得分", "40"]
    page = read_page("\n".join(_HEAD + lines + _TAIL))
    assert page.stated_total == Decimal("98")
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_a_form_total_after_its_rows_stays_the_total() -> None:
    """Guard: "自评得分" / "96" after a form's last row (a deviation note, no actual-value label) is the total."""
    lines = ["项目名称", "某某数据采集", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "采集样本数", "≥500份", "520份", "100", "96", "自评得分", "96"]
    page = read_page("\n".join(["某县统计局2024年度项目支出绩效自评表", *lines]))
    assert page.stated_total == Decimal("96")


def test_establishment_kinds_after_a_comma_sum_to_the_whole() -> None:
    """"核定行政编制18名，事业编制11名，共29名": the kinds joined by a comma, then their sum after 共 (before: 18, the
    first kind)."""
    page = read_page("某区某局2025年度部门整体支出绩效自评报告\n"
                     "本局核定行政编制18名，事业编制11名，共29名；实有在职人员27名。\n")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (29, 27)


def test_present_establishment_counted_in_ge() -> None:
    """"现有编制数33个，其中：…": the establishment counted in 个 (before: unread); "现有编制人员…" stays no 编制."""
    page = read_page("某镇2022年度部门整体支出绩效自评报告\n现有编制数33个，其中：行政编制20个，事业编制13个。"
                     "年末实有人数31人，其中：行政人员19人。\n")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (33, 31)
    page = read_page("某镇2022年度部门整体支出绩效自评报告\n现有编制人员61人。其中在职45人、退休16人。\n")
    assert page.unit.staff_establishment is None


def test_reason_after_a_target_and_result_sentence() -> None:
    """"权重10分，自评7分。年初目标≥4处，年末完成3处。未完成原因：1处因用地调整缓建。": the labelled reason is the note,
    not the target / result sentence between (before: that sentence, guessed)."""
    page = read_page("某镇2024年度部门整体支出绩效自评报告\n二、绩效指标完成情况\n"
                     "（一）新建村级停车场数。权重10分，自评7分。年初目标≥4处，年末完成3处。未完成原因：1处因用地调整缓建。\n"
                     "（二）道路保洁覆盖率。权重10分，自评9分。年初目标100%，年末完成96%。\n")
    assert [i.deviation_note for i in page.indicators] == ["1处因用地调整缓建", None]


def test_a_flood_of_indicator_labels_is_given_up_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a header line said 29,000 times: each 三级指标 opened a side-on table with no name after it that took every later
    # label as one more row (a label said again was only refused at the end), so the rebuild read the flood once a line
    from jixiao.readers import flat_side_tables
    from jixiao.readers.flat_token import Token

    looked: list[str] = []
    real = flat_side_tables.row_label

    def counting(text: str) -> str | None:
        looked.append(text)
        return real(text)

    monkeypatch.setattr(flat_side_tables, "row_label", counting)
    line = ["三级指标", "一级指标", "二级指标", "得分", "分值"]
    header_flood = [Token(text, n // 5) for n, text in enumerate(line * 2000)]
    assert flat_side_tables.side_table(header_flood, 0) is None
    assert len(looked) < 10
    looked.clear()
    names_then_labels = [Token(text, n) for n, text in enumerate(
        ["三级指标", "甲", "乙", "权重（分）", "10", "10"] + ["自评得分", "9", "8", "权重（分）", "10", "10"] * 1000)]
    assert flat_side_tables.side_table(names_then_labels, 0) is None
    assert len(looked) < 30
