"""What the thirty-first to thirty-fourth authored sets left (docs/reader-corpora/thirtyfourth.md, "after stop 34's
second round"), each cause rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name, read_page, read_page_and_warnings

from jixiao.readers.extract.outline import build_outline
from jixiao.readers.source_text import text_to_document


def test_a_numbered_item_whose_name_opens_on_a_figure_is_told_by_the_lists_own_numbering() -> None:
    """"2.65岁及以上…：年度目标…，得10分。" between items 1. and 3.: item 2 named "65岁及以上…" (before, the decimal
    2.65 and the item lost); the same line with no list around it keeps its figure."""
    page = read_page("某卫生院2024年度单位整体支出绩效自评报告\n三、绩效指标完成情况\n"
                     "（一）产出指标（共30分，得30分）\n"
                     "1.慢病随访人数：年度目标≥1500人，实际完成1562人，分值10分，得10分。\n"
                     "2.65岁及以上老年人体检人数：年度目标≥820人，实际完成846人，分值10分，得10分。\n"
                     "3.儿童预防接种建卡率：年度目标≥95%，实际完成97%，分值10分，得10分。\n"
                     "四、自评结论\n自评得分100分。\n")
    got = by_name(page)
    assert set(got) == {"慢病随访人数", "65岁及以上老年人体检人数", "儿童预防接种建卡率"}
    assert got["65岁及以上老年人体检人数"].target is not None
    assert got["65岁及以上老年人体检人数"].target.value == Decimal("820")
    alone = build_outline(text_to_document("一、项目资金情况\n2.65岁以上老人补助资金已全部发放到位。\n二、绩效\n",
                                           "x.txt")).lines
    assert [line.marker_kind for line in alone if line.norm.startswith("2.65")] == [None]


def test_bodies_under_the_unit_listed_with_no_count() -> None:
    """"…，下设某执法队、某服务中心。" / "所属事业单位有A、B。": the subordinate bodies (before, none read)."""
    page = read_page("某街道办事处2024年度部门整体支出绩效自评报告\n一、基本情况\n"
                     "办事处内设党政办公室、社会事务办公室，下设综合执法队、退役军人服务站。核定编制30名。\n")
    assert page.unit.subordinate_bodies == ["综合执法队", "退役军人服务站"]
    page = read_page("某县林业局2024年度部门整体支出绩效自评报告\n一、基本情况\n"
                     "县林业局内设办公室、营林科共2个科室，所属事业单位有县林业技术推广站、县国有林场。\n")
    assert page.unit.subordinate_bodies == ["县林业技术推广站", "县国有林场"]


def test_the_initial_budgets_parts_are_no_full_year_fund_rows() -> None:
    """"年初预算120万元，其中A100万元、B20万元；…全年预算130万元": the parts are the initial budget's (before, read
    as the full year's rows: a 全年预算数 inconsistency and a rows-sum warning)."""
    page, warnings = read_page_and_warnings(
        "某村道路硬化项目绩效自评报告\n项目名称：某村道路硬化项目\n一、项目资金情况\n"
        "该项目2024年年初预算120.00万元，其中衔接补助资金100.00万元、村集体自筹20.00万元；年中追加后，全年预算130.00万元。"
        "全年实际支出128.70万元，预算执行率99.00%。\n")
    assert (page.budget.initial, page.budget.adjusted) == (Decimal("120.00"), Decimal("130.00"))
    assert [(r.name, r.initial, r.adjusted) for r in page.budget.fund_rows] == [
        ("衔接补助资金", Decimal("100.00"), None), ("村集体自筹", Decimal("20.00"), None)]
    assert not any("全年预算数" in w for w in warnings)


def test_a_table_indicator_name_opening_on_a_decimal_keeps_its_figure() -> None:
    """"2.5米宽道路硬化长度" in a table's name cell: a figure, no template number "2." (before, "5米宽…")."""
    page = read_page("某村道路项目绩效自评表\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                     "| 产出指标 | 数量指标 | 2.5米宽道路硬化长度 | ≥3公里 | 3.2公里 | 50 | 50 |\n"
                     "| 产出指标 | 数量指标 | 1.路灯安装数量 | ≥40盏 | 42盏 | 50 | 50 |\n")
    assert set(by_name(page)) == {"2.5米宽道路硬化长度", "路灯安装数量"}


def test_a_title_alone_gives_the_project_its_name_without_the_year_evaluated() -> None:
    """"2024年某某项目绩效自评报告" with no 项目名称 label: the leading year is the year evaluated, as the real pages'
    and the corpora's readings of such titles have it (the thirty-first set's f05 expected file corrected to it);
    the body's own "2024年某某项目由…实施" keeps the year it writes (a convention pinned, not a change)."""
    page = read_page("2024年农村户厕改造项目绩效自评报告\n一、项目基本情况\n本项目由某镇人民政府实施。\n")
    assert page.project is not None and page.project.name == "农村户厕改造项目"
    page = read_page("某县2024年农村户厕改造项目绩效自评报告\n一、项目基本情况\n"
                     "2024年农村户厕改造项目由某镇人民政府实施，改造户厕300座。\n")
    assert page.project is not None and page.project.name == "2024年农村户厕改造项目"
