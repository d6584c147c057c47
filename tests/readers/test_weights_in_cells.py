"""A score sheet with no 分值 column whose level and indicator cells print their weights ("相关性（5 分）",
Hunan's 2018 部门整体支出绩效评价得分表), flattened by a forum copy of a PDF or as a table (invented
units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page

from jixiao.readers import read_any

_ROWS = [("绩效目标合理性", "部门管理", "目标设定", 6, 6), ("指标明确性", "部门管理", "目标设定", 6, 5),
         ("人员控制率", "部门管理", "预算配置", 8, Decimal("7.5")), ("活动开展场次", "部门履职", "履职效果", 50, 48),
         ("群众满意度", "部门履职", "履职效果", 30, 28)]


def _read(text: str) -> tuple[list[tuple[object, ...]], object, dict[str, Decimal]]:
    evaluation = read_page(text)
    rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    return rows, evaluation.stated_total, evaluation.stated_block_weights


def test_a_pdf_copy_puts_each_score_before_the_next_row_and_splits_words_and_brackets() -> None:
    text = ("某县文化旅游广电局2018年度部门整体支出绩效自评报告\n一、部门概况. 本局负责全县文化旅游工作。\n"
            "2018 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门管 理(20 分) 目标设定(12 分) "
            "绩效目标合理性(6 分)\n6 指标明确性(6 分)\n5 预算配置(8 分) 人员控制率(8 分)\n7.5 部门履 职(\n"
            "80 分) 履职效果(80 分) 活动开展场次(50 分)\n48 群众满意度(30 分)\n28 总分\n94.5\n"
            "二、结果应用. 自评结果已公开。\n")
    rows, total, blocks = _read(text)
    assert rows == _ROWS
    assert total == Decimal("94.5")
    assert blocks == {"部门管理": 20, "部门履职": 80}


def test_the_same_sheet_as_a_table_with_weights_only_in_the_cells(tmp_path: Path) -> None:
    body = [("部门管理（20分）", "目标设定（12分）", "绩效目标合理性（6分）", "6"),
            ("部门管理（20分）", "目标设定（12分）", "指标明确性（6分）", "5"),
            ("部门管理（20分）", "预算配置（8分）", "人员控制率（8分）", "7.5"),
            ("部门履职（80分）", "履职效果（80分）", "活动开展场次（50分）", "48"),
            ("部门履职（80分）", "履职效果（80分）", "群众满意度（30分）", "28"), ("总分", "", "", "94.5")]
    lines = ["| 一级指标 | 二级指标 | 三级指标 | 得分 |", *("| " + " | ".join(row) + " |" for row in body)]
    title = "# 某县文化旅游广电局2018年度部门整体支出绩效自评报告\n\n"
    markdown = tmp_path / "sheet.md"
    markdown.write_text(title + "\n".join([lines[0], "| --- | --- | --- | --- |", *lines[1:]]) + "\n", encoding="utf-8")
    for text in (markdown.read_text(encoding="utf-8"), title + "\n".join(lines) + "\n"):  # a table; web-copied rows
        rows, total, blocks = _read(text)
        assert rows == _ROWS
        assert total == Decimal("94.5")
        assert blocks == {"部门管理": 20, "部门履职": 80}
    assert len(read_any(markdown).evaluation.indicators) == 5


def test_a_sheet_whose_scores_exceed_the_printed_weights_is_not_read_that_way() -> None:
    text = ("某县文化旅游广电局2018年度部门整体支出绩效自评报告\n"
            "一级指标 二级指标 三级指标 得分 部门管理(20 分) 目标设定(12 分) 绩效目标合理性(6 分)\n"
            "9 指标明确性(6 分)\n8 预算配置(8 分) 人员控制率(8 分)\n7.5 总分\n24.5\n")
    rows, _, _ = _read(text)
    assert ("绩效目标合理性", "部门管理", "目标设定", 6, 9) not in rows


def test_weights_without_fen_scores_with_fen_and_a_total_after_the_full_mark() -> None:
    sheet = ("某县文化旅游广电局2018年度部门整体支出绩效自评报告\n一级指标 二级指标 三级指标 得分\n"
             "部门管理（20） 目标设定（12） 绩效目标合理性（6） 6分\n指标明确性（6） 5分\n"
             "预算配置（8） 人员控制率（8） 7.5分\n"
             "部门履职（80） 履职效果（80） 活动开展场次（50） 48分\n群众满意度（30） 28分\n{}\n二、结果应用。\n")
    for total in ("总分 100 94.5", "总分(100分) 94.5", "合计\n94.5"):
        rows, stated, blocks = _read(sheet.format(total))
        assert rows == _ROWS
        assert stated == Decimal("94.5")
        assert blocks == {"部门管理": 20, "部门履职": 80}


def test_a_column_after_the_score_is_read_as_each_row_s_note() -> None:
    """扣分原因 (or 备注) after 得分: a row's note when it has one, nothing when it is blank."""
    cells = ["一级指标", "二级指标", "三级指标", "得分", "扣分原因",
             "部门管理(20分)", "目标设定(12分)", "绩效目标合理性(6分)", "6",
             "指标明确性(6分)", "5", "部分指标未细化量化",
             "预算配置(8分)", "人员控制率(8分)", "7.5", "超编1人",
             "部门履职(80分)", "履职效果(80分)", "活动开展场次(50分)", "48", "两场活动因天气取消",
             "群众满意度(30分)", "28", "总分", "94.5"]
    title = "某县文化旅游广电局2018年度部门整体支出绩效自评报告\n"
    for text in (title + "\n".join(cells) + "\n", title + " ".join(cells) + "\n"):  # one cell a line; one line
        evaluation = read_page(text)
        rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
        assert rows == _ROWS
        assert [i.deviation_note for i in evaluation.indicators] == [
            None, "部分指标未细化量化", "超编1人", "两场活动因天气取消", None]
        assert evaluation.stated_total == Decimal("94.5")


def test_a_pdf_copy_with_a_note_column_after_the_score() -> None:
    """The note runs into the next row's first cell ("部分指标未细化量化 预算配置(8 分)"); a row without a
    note leaves the next cell whole even when the copy split its word ("部门履 职(")."""
    head = ("某县文化旅游广电局2018年度部门整体支出绩效自评报告\n"
            "2018 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 扣分原因 "
            "部门管 理(20 分) 目标设定(12 分) 绩效目标合理性(6 分)\n6 指标明确性(6 分)\n"
            "5 部分指标未细化量化 预算配置(8 分) 人员控制率(8 分)\n")
    tail = ("80 分) 履职效果(80 分) 活动开展场次(50 分)\n48 两场活动因天气取消 群众满意度(30 分)\n28 总分\n94.5\n"
            "二、结果应用. 自评结果已公开。\n")
    for middle, note in (("7.5 超编1人 部门履 职(\n", "超编1人"), ("7.5 部门履 职(\n", None)):
        evaluation = read_page(head + middle + tail)
        rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
        assert rows == _ROWS
        assert [i.deviation_note for i in evaluation.indicators] == [
            None, "部分指标未细化量化", note, "两场活动因天气取消", None]
        assert evaluation.stated_total == Decimal("94.5")
