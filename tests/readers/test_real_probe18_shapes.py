"""Shapes found by the eighteenth real-page probe (docs/reader-corpora/real-probe-18.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def _bar_sheet(rows: list[list[str]]) -> str:
    """An OA system's table as text: each cell's lines, then a rule line "|" (an empty cell is a bare rule)."""
    out = []
    for row in rows:
        for cell in row:
            out.extend([*cell.split("\n"), "|"] if cell else ["|"])
    return "\n".join(out) + "\n"


_HEADER = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因"]
_SHEET_ROWS = [
    ["产 出\n(30分)", "数量\n(20分)", "宣传活动\n场次", "完成12场计8分;\n每少1场扣1分。", "8", "7", "少1场"],
    ["活动覆盖\n人数", "①覆盖800人以上,6分;\n②500-800人,4分;\n③不足500人不得分。", "6", "6", ""],
    ["培训\n人次", "达到计划计6分。", "6", "6", ""],
    ["质量\n(10分)", "活动合格率", "合格率100%计10分;\n每低1个百分点扣1分,\n扣完为止。", "10", "9", ""],
    ["效 益\n(20分)", "社会效益\n(20分)", "群众知晓率", "知晓率≥85%计20分;\n80%(含)-85%,计15分;\n70%(含)-80%,计10分;\n"
     "60%(含)-70%,计5分;\n低于60%不得分。", "20", "20", ""],
]


def test_a_score_sheet_one_cell_a_line_with_no_number_column() -> None:
    """An OA rendering prints every cell on its own lines with a rule line after it and no number column: the
    rows are found by their figures (a weight, then a score, then the columns right of them), merged level
    cells printed once are aligned to the right, a criteria cell wrapping over five lines is one cell."""
    read = _read(_bar_sheet([_HEADER, *_SHEET_ROWS]))
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in read.indicators]
    assert got == [
        ("宣传活动场次", "产出", "数量", Decimal(8), Decimal(7)),
        ("活动覆盖人数", "产出", "数量", Decimal(6), Decimal(6)),
        ("培训人次", "产出", "数量", Decimal(6), Decimal(6)),
        ("活动合格率", "产出", "质量", Decimal(10), Decimal(9)),
        ("群众知晓率", "效益", "社会效益", Decimal(20), Decimal(20)),
    ]
    assert read.stated_block_weights == {"产出": Decimal(30), "效益": Decimal(20)}


def test_a_rule_line_sheet_whose_rows_no_figure_fits_is_left_as_text() -> None:
    """Cells with no figure in the weight column (a roster, a contact list) are no score sheet."""
    roster = _bar_sheet([["姓名", "职务", "分值", "得分"], ["张某", "科员", "良好", "合格"],
                         ["李某", "科长", "优秀", "合格"], ["王某", "主任", "一般", "合格"]])
    assert _read("2023年度某中心考核情况\n" + roster).indicators == []


_BREADCRUMB_SECOND_LINE = (
    "当前位置:首页\n>> 信息公开 >> 重点领域 >> 社会事业\n"
    "某市某某中心2019年度整体支出绩效评价报告\n时间:2020-04-01 09:30 浏览次数: 信息来源: 某市政府\n\n"
    "  一、部门基本概况 \n\n"
    "  (一)主要职能:负责某某服务。内设5个职能科室办公室、业务一部、业务二部、财务室、某某研究室。 \n\n"
    "  (二)人员结构情况:2019年,市某某中心事业编制核定数 24 名。实有事业人员 21 名、离退休人员 9 名。 \n")


def test_a_breadcrumbs_second_line_and_a_centres_staff_written_with_spaces() -> None:
    """A breadcrumb's second line (">> A >> B >> C" under "当前位置:首页") is page furniture, never the start of
    the title under it; "事业编制核定数 24 名" is the establishment and "实有事业人员 21 名" the staff (retirees
    beside them, not counted); "内设5个职能科室办公室、…" counts the offices though the names run on."""
    read = _read(_BREADCRUMB_SECOND_LINE)
    assert read.unit.name == "某市某某中心"
    assert read.year == 2019
    assert (read.unit.staff_establishment, read.unit.staff_total) == (24, 21)
    assert read.unit.internal_bodies_count == 5


_CLAUSE_ESTABLISHMENT = (
    "某市某某局2022年度部门绩效自评工作情况总结\n(二)部门整体支出自评情况。\n"
    "某某局部门预算包括本级预算和1个下属单位预算,编制36个(其中:行政编20个,事业编16个),"
    "实有人数40人(其中:在职33人,退休7人)。\n"
    "局机关负责编制3个项目的绩效目标,编制2023年部门预算。\n")


def test_an_establishment_opening_a_clause_and_never_the_verb() -> None:
    """"…,编制36个(其中:…)" states the establishment; "编制3个项目的…" / "编制2023年…" use 编制 as a verb."""
    read = _read(_CLAUSE_ESTABLISHMENT)
    assert read.unit.staff_establishment == 36
    verb_only = _read(_CLAUSE_ESTABLISHMENT.replace("编制36个(其中:行政编20个,事业编16个),", ""))
    assert verb_only.unit.staff_establishment is None


_RUN_TOGETHER_2017 = (
    "1、项目支出绩效自评表(2017年度)           项目名称【公用】某某设备购置经费主管部门及代码某市某区某某街道办事处"
    "实施单位:某区某某街道社区服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法"
    "年度资金总额:82.436.121044%4.4按执行率乘以该项分值计。其中:本年一般公共预算拨款 82.436.12"
    "   其他资金     年度总体目标完成某某设备购置。\n")


def test_a_run_together_form_with_a_score_formula_column_and_a_dropped_zero() -> None:
    """An older form run together by a document site: "主管部门及代码" is one label; "得分计算方法" is one (notes)
    column after 得分, no second score; the fused figures "82.436.121044%4.4" hold a budget written with its
    trailing zero dropped (82.4 beside 36.12): the stated 44% leaves one split, read as a guess."""
    read = _read(_RUN_TOGETHER_2017)
    assert read.unit.supervising_department == "某市某区某某街道办事处"
    assert (read.budget.initial, read.budget.executed) == (Decimal("82.4"), Decimal("36.12"))
    assert read.budget.stated_execution_rate == Decimal(44)
    rate = next(i for i in read.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal(10), Decimal("4.4"))


def test_a_dropped_zero_is_allowed_only_beside_a_stated_rate() -> None:
    """Amounts of differing decimals split only when a 执行率 decides; "82.40" keeps its zero, so is no dropped one."""
    from jixiao.readers.fused_money import split_money_run

    roles = ["budget", "executed", "weight", "rate", "score"]
    assert split_money_run("82.436.121044%4.4", roles) == ["82.4", "36.12", "10", "44%", "4.4"]
    assert split_money_run("82.4036.121044%4.4", roles) == ["82.40", "36.12", "10", "44%", "4.4"]
    assert split_money_run("82.436.101044%4.4", roles) is None  # 36.10 keeps its zero: 82.4 dropped none


def test_a_budget_of_the_unit_and_its_subordinates_is_no_list_of_bodies() -> None:
    """"部门预算包括本级预算和1个下属单位预算,编制36个(…),实有人数40人(…)": the count of subordinate units stated
    before them; what follows 包括 here are counts, never the bodies' names."""
    read = _read(_CLAUSE_ESTABLISHMENT)
    assert read.unit.subordinate_bodies == []
    assert read.unit.subordinate_bodies_count == 1
    listed = _read("某某局2022年度部门整体支出绩效自评报告\n本局所属单位包括:某某服务中心(12人)、某某监测站(5人)。\n")
    assert listed.unit.subordinate_bodies == ["某某服务中心(12人)", "某某监测站(5人)"]


_INCOME_WITH_OPENING_BALANCE = (
    "某市某某馆2019年度整体支出绩效评价报告\n一、部门基本概况\n"
    "(三)年度财政收支:全年实际收入812.40万元,其中财政拨款收入700.15万元,上年结转结余112.25万元;"
    "全年实际支出790.30万元,其中基本支出600.1万元,项目支出190.2万元。\n")


def test_an_opening_balance_among_the_income_parts_when_the_sum_says_so() -> None:
    """"收入A,其中财政拨款收入B,上年结转结余C" with B + C = A: the balance brought in is one of the parts the total
    holds; when the parts do not add up to the total it stays out (the carry-over is no income of the year)."""
    read = _read(_INCOME_WITH_OPENING_BALANCE)
    assert [(i.name, i.amount) for i in read.budget.income_items] == [
        ("财政拨款收入", Decimal("700.15")), ("上年结转结余", Decimal("112.25"))]
    off = _read(_INCOME_WITH_OPENING_BALANCE.replace("812.40", "710.40"))
    assert [i.name for i in off.budget.income_items] == ["财政拨款收入"]


def test_a_score_sheets_last_row_cut_before_its_reason_cell() -> None:
    """An excerpt cut right after the last row's score (its reason cell and rule never printed) keeps that row."""
    cut = _bar_sheet([_HEADER, *_SHEET_ROWS]).removesuffix("|\n|\n")
    assert cut.endswith("20\n|\n20\n")
    read = _read(cut)
    assert [(i.name, i.weight, i.stated_score) for i in read.indicators][-1] == ("群众知晓率", Decimal(20), Decimal(20))
    assert len(read.indicators) == 5
