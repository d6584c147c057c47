"""Tables rebuilt from flattened text stay bounded on hostile text: the rebuilding stops at its work
budget, says so, and keeps every line as text; the cuts it makes are exact (a row with more cells than
columns has no reading)."""

from __future__ import annotations

from hostile import _INDICATOR_HEADER
from work_counted import grows_linearly

from jixiao.readers.align import align, indicator_check
from jixiao.readers.document import Paragraph, Table
from jixiao.readers.pipe_tables import PIPE_RULE
from jixiao.readers.source_text import text_to_document


def test_a_flood_of_cells_stops_the_table_rebuilding_with_a_warning_and_keeps_the_text() -> None:
    rows = "".join(f"| 完成率{i} | 1{i:04d}{i:04d} | 10 |\n" for i in range(3000))
    document = text_to_document("2024年度绩效自评表\n" + _INDICATOR_HEADER + rows, "flood.txt")
    assert any("工作量上限" in warning for warning in document.warnings), document.warnings
    text = "\n".join(block.text for block in document.blocks if isinstance(block, Paragraph))
    cells = {cell for block in document.blocks if isinstance(block, Table) for row in block.rows for cell in row}
    assert "完成率2999" in text or "完成率2999" in cells  # the last row is still there, as text or in a table


def test_a_real_sized_form_is_rebuilt_without_warnings() -> None:
    rows = "".join(f"| 产出指标 | 数量指标 | 完成率{i} | 10 | ≥95% | 96% | 10 | 无 |\n" for i in range(10))
    document = text_to_document("2024年度绩效自评表\n" + _INDICATOR_HEADER.replace(" | ", "\n") + rows, "form.txt")
    assert not any("工作量上限" in warning for warning in document.warnings)
    assert any(isinstance(block, Table) and any("完成率9" in cell for row in block.rows for cell in row)
               for block in document.blocks)


def test_a_row_with_more_cells_than_columns_has_no_reading() -> None:
    roles = ["name", "weight", "score"]
    assert align(["完成率", "10", "9", "无", "多余"], roles, indicator_check).score == float("-inf")
    reading = align(["完成率", "10", "9"], roles, indicator_check)
    assert reading.cells == {"name": "完成率", "weight": "10", "score": "9"}


def test_markdown_rules_are_matched_in_linear_time() -> None:
    for rule in ("|--|--|", "| --- | :---: |", "---", " | -- | -- | "):
        assert PIPE_RULE.match(rule), rule
    assert not PIPE_RULE.match("|--" + " " * 200_000 + "x")  # used to take minutes (two runs of spaces)
    assert not PIPE_RULE.match(" " * 200_000 + "x")


def test_brackets_blanked_once_a_line_read_as_blanking_each_prefix() -> None:
    import random

    from jixiao.readers.extract.budget_items import blank_brackets, blanked_before

    rng = random.Random(1)
    for _ in range(5000):
        norm = "".join(rng.choice("(a);。)b(") for _ in range(rng.randint(0, 30)))
        end = rng.randint(0, len(norm))
        assert blanked_before(norm, end, blank_brackets(norm))[:end] == blank_brackets(norm[:end]), (norm, end)


def test_a_flood_of_numbered_rows_between_rule_lines_is_rebuilt_in_linear_time() -> None:
    from jixiao.readers.bar_rows import bar_rows

    def flood(count: int) -> dict[int, list[str]]:
        head = ["序号", "三级指标", "分值", "得分", ""]
        rows = [cell for n in range(1, count + 1) for cell in (str(n % 1000 or 1), "名称", "2", "1", "")]
        return bar_rows("\n|\n".join(head * 2 + rows).splitlines())

    found = flood(40_000)
    assert 900 < sum(1 for cells in found.values() if cells) < 1100  # (the row numbers restart at 1000: the form ends)
    grows_linearly(flood, 3000)


def test_scattered_numbered_rows_are_read_in_linear_time() -> None:
    from jixiao.readers.scattered_rows import scattered_rows

    # (the first took 4 s at 5,000 rows when each name's token was found by a list scan: this size, minutes)
    floods = ["三级指标 " + "数量指标 指标1:某某经费全部纳入统 筹 100% 100% 15 15 " * 50_000,
              "指标1:某某 " * 50_000 + "(10分 " * 50_000,
              "产出指标(10分)" * 50_000 + " 指标1:甲甲 指标2:乙乙 指标3:丙丙"]
    for line in floods:
        scattered_rows(line, "第1行")


def test_floods_of_doubled_characters_form_titles_and_level_words_read_in_bounded_time() -> None:
    from jixiao.readers.doubled_figures import characters_once
    from jixiao.readers.repeated_forms import split_repeated_titles

    assert characters_once("项项目目名名称称" * 250_000 + "某")[1] == 1
    assert characters_once("某某" * 1_000_000) == ("某某" * 1_000_000, 0)
    titles = " ".join(["某某项目支出绩效自评表 (2023 年度) 项目名称"] * 50_000)
    assert split_repeated_titles(titles).count("\n") == 49_999
    assert split_repeated_titles("自评表" * 500_000 + "（2023年度）") == "自评表" * 500_000 + "（2023年度）"
    assert text_to_document("2024年度绩效自评表\n" + "可持续影响指标\n长效\n" * 5000, "levels.txt").blocks
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + "可持续影响指标\n长效\n" * n, "levels.txt"), 300)


def test_dash_and_slash_rows_are_cut_in_linear_time() -> None:
    from jixiao.readers.dash_rows import dash_slash_rows

    head = "指标名称——年度目标值 / 实际完成值 / 分值 / 得分\n"
    spaces = " " * 300_000  # (20,000 took 6 s when spaces were matched on both sides of a lazy run: this, minutes)
    floods = ["某" + spaces + "—某——某 / 某", "某——某" + spaces + "某 / 某", "某——某 /" + spaces + "某"]
    for line in floods:
        assert dash_slash_rows(head + line) == head + line  # (no row of the header's width)
    row = "人均补助——≥300元/人 / 320元/人 / 10 / 10"
    assert dash_slash_rows(head + row).splitlines()[1] == "| 人均补助 | ≥300元/人 | 320元/人 | 10 | 10 |"


def test_a_merged_weight_block_of_many_figures_and_no_pair_is_read_in_linear_time() -> None:
    """"产出指标(40分)" over a body of figures, none a target and actual side by side, until the first row's
    "2400240040": each "40" is a place the block's weight might stand, and each was checked by a scan of the whole
    body from its start (4,000 characters: 28 s); now a scan near it, the body's first pair found once."""
    from decimal import Decimal

    from jixiao.readers.fused_plain_rows import merged_cell_rows

    def block(n: int) -> list[dict[str, str]]:
        return merged_cell_rows("受助人数" + "40名人数" * n + "2400240040质量指标合格率95%96%", Decimal(40))

    rows = block(30)
    assert [(row["target"], row["actual"]) for row in rows] == [("2400", "2400"), ("95%", "96%")]
    assert rows[1]["name"] == "合格率"
    grows_linearly(block, 60)


def test_a_run_of_money_lines_under_no_caption_is_not_taken_for_a_fund_head_from_each_line() -> None:
    # ("资金10万元" lines are a source's name each: the head was looked for from each, crossing the rest of the run;
    # 5,000 such lines took 10 s through jixiao parse, 20,000 more than 4 minutes)
    document = text_to_document("2024年度绩效自评表\n" + "资金10万元\n" * 3, "funds.txt")
    assert [block.text for block in document.blocks if isinstance(block, Paragraph)][1:] == ["资金10万元"] * 3
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + "资金10万元\n" * n, "funds.txt"), 400)


def test_a_run_of_captions_is_walked_as_a_fund_head_for_a_bounded_stretch_from_each_line() -> None:
    # ("资金来源" is a caption and a source's name: the head was walked from each line to the run's end; 4,000 such
    # lines took 9 s in read_any, each doubling four times more)
    document = text_to_document("2024年度绩效自评表\n" + "资金来源\n" * 3, "sources.txt")
    assert [block.text for block in document.blocks if isinstance(block, Paragraph)][1:] == ["资金来源"] * 3
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + "资金来源\n" * n, "sources.txt"), 400)


def test_page_marks_between_rows_of_cells_are_looked_up_against_the_lines_above_in_linear_time() -> None:
    from jixiao.readers.row_page_headers import without_row_page_headers

    page = "| 1 | 巡查次数 | 10 |\n第 2 页 共 9 页\n某区2024年度项目自评表\n"
    text = "某区2024年度项目自评表\n" + page * 3  # (the running title said again after each mark: blanked with it)
    assert without_row_page_headers(text).split("\n")[1:7] == ["| 1 | 巡查次数 | 10 |", "", ""] * 2
    grows_linearly(lambda n: without_row_page_headers(page * n), 2000)
    # (a set of every line above was made at each mark: 60,000 pages, minutes; now a set grown as the lines pass)
    assert without_row_page_headers(page * 60_000).count("第 2 页") == 2  # (the first's title is new, the last ends)


def test_a_long_line_of_level_words_is_asked_for_a_run_together_side_table_by_its_first_characters() -> None:
    # (the line's text from each of its cells on was joined to ask whether it opens on a name row's label: 10,000
    # "数量指标" on one line, 7 s in read_any; the first characters decide it, and only they are joined now)
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + "数量指标" * n + "\n", "levels.txt"), 400)


def test_a_long_line_of_name_labels_is_refused_as_a_run_together_side_table_by_the_lines_labels() -> None:
    # (a line of "三级指标" opens on a name row's label from each of its cells, and the line's text from each on was
    # joined before the rows below were asked for: 10,000 on one line, 9 s through jixiao parse; the labels of the
    # lines, read from their first characters, refuse it first)
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + "三级指标" * n + "\n", "names.txt"), 400)
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + ("三级指标" * n + "\n") * 3, "names.txt"), 400)


def test_a_long_tail_of_cells_after_a_header_is_asked_for_a_cut_last_row_in_linear_time() -> None:
    # (the cells' texts were made anew for each cell when the template's "指标1:" was looked for: an HTML page of
    # 5,000 <p>s holding a tab-parted cell under a tabbed header took 3.2 s in read_any, 1,250 1 s)
    header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    grows_linearly(lambda n: text_to_document("2024年度绩效自评表\n" + header + "甲\n" * n, "tail.txt"), 600)


def test_parts_sections_are_found_in_linear_time() -> None:
    from jixiao.readers.extract.outline import build_outline
    from jixiao.readers.extract.part_sections import part_sections

    section = "（一）局机关\n| 年初预算数 | 10 |\n本年支出情况如下。\n（二）县某某执法队\n| 年初预算数 | 12 |\n"
    outline = build_outline(text_to_document("2024年度部门整体支出绩效自评报告\n" + section, "parts.txt"))
    assert part_sections(outline, None).tables == {index for index, _ in outline.tables}
    # (each heading's end, its tables and its lines were each found over the whole outline: 4,000 sections 7.7 s
    # in read_any, each doubling four times more; now 2.3 s)
    outlines = {n: build_outline(text_to_document(section * n, "parts.txt")) for n in (300, 600)}
    grows_linearly(lambda n: part_sections(outlines[n], None), 300)


def test_parts_sections_are_found_once_a_parse_and_read_per_unit_name() -> None:
    from importlib import import_module
    from unittest import mock

    from jixiao.readers.extract import extract
    from jixiao.readers.extract.outline import build_outline

    part_sections = import_module("jixiao.readers.extract.part_sections")

    section = "（一）局机关\n| 年初预算数 | 10 |\n编制10名，实有9人。\n（二）县某某执法队\n| 年初预算数 | 12 |\n"
    document = text_to_document("2024年度某县某局部门整体支出绩效自评报告\n" + section, "parts.txt")
    # (the staff's pass and the tables' asked for the sections each, the whole outline walked twice a parse)
    with mock.patch.object(part_sections, "_part_spans", wraps=part_sections._part_spans) as spans:
        extract(document)
    assert spans.call_count == 1
    outline = build_outline(document)
    assert part_sections.part_sections(outline, None).tables == {index for index, _ in outline.tables}
    assert not part_sections.part_sections(outline, "某县某局局机关").tables & {outline.tables[0][0]}
