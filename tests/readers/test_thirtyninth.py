"""Shapes of the thirty-ninth set (docs/reader-corpora/thirtyninth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import by_name, read_docx, read_page_and_warnings


def test_a_the_rate_as_a_formula_in_words_and_a_spending_parts_rate_in_the_problems() -> None:
    """"预算执行率＝决算数÷调整后预算数×100%＝A÷B×100%＝R%": R is the rate (before, not read); "一是项目支出执行
    偏慢，执行率N%" later is the 项目支出's rate, not the unit's (before, taken for it: a false TEXT_TABLE_MISMATCH)."""
    page, warnings = read_page_and_warnings(
        "某县公安局某某分局2023年度部门整体支出绩效自评报告\n二、预算执行情况\n"
        "分局年初预算1,820.00万元，调整预算2,000.00万元，决算支出1,950.00万元。\n"
        "预算执行率＝决算数÷调整后预算数×100%＝1950.00÷2000.00×100%＝97.50%。\n"
        "五、存在问题\n一是项目支出执行偏慢，执行率88.40%，低于基本支出；二是装备更新滞后。\n")
    assert page.budget.stated_execution_rate == Decimal("97.50")
    assert not [w for w in warnings if "前后不一致" in w]


def test_a_a_spending_parts_rate_alone_is_still_read_as_a_guess() -> None:
    """With no other rate stated, the part's rate is what the page gives: taken, as a guess."""
    page, _ = read_page_and_warnings("某县司法局2024年度部门整体支出绩效自评报告\n二、预算执行情况\n"
                                     "项目支出执行较好，执行率96.10%。\n")
    assert page.budget.stated_execution_rate == Decimal("96.10")


def test_b_a_table_of_units_with_the_department_total_last(tmp_path: Path) -> None:
    """单位 | 调整后预算数（万元） | 决算数（万元） | 执行率 over 局机关 and a school's rows and "部门合计" last: the
    department's money is the 部门合计 row's, not 局机关's (before, 局机关's row was taken: a false
    TEXT_TABLE_MISMATCH against the sentence)."""
    page = read_docx(tmp_path, [
        "某县教育局2024年度部门整体支出绩效自评报告",
        "部门调整后预算3000.00万元，决算支出2940.00万元，预算执行率98.00%。",
        [["单位", "调整后预算数（万元）", "决算数（万元）", "执行率"],
         ["局机关", "1000.00", "990.00", "99.00%"], ["县第二中学", "2000.00", "1950.00", "97.50%"],
         ["部门合计", "3000.00", "2940.00", "98.00%"]]])
    b = page.budget
    assert (b.adjusted, b.executed, b.stated_execution_rate) == (Decimal("3000.00"), Decimal("2940.00"),
                                                                Decimal("98.00"))
    assert not errors(page)


def test_f_subordinate_units_listed_before_their_count_of_second_level_budget_units() -> None:
    """"部门预算由局机关和A、B、C3个二级预算单位组成": the three are the subordinate bodies (before, only 二级单位
    opened such a list, 二级预算单位 did not)."""
    page, _ = read_page_and_warnings("某县民政局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                                     "县民政局部门预算由局机关和县光荣院、县救助站、县婚姻登记中心3个二级预算单位组成。\n")
    assert page.unit.subordinate_bodies == ["县光荣院", "县救助站", "县婚姻登记中心"]
    assert page.unit.subordinate_bodies_count == 3


def test_d_a_blocks_score_and_full_mark_after_its_numbered_items() -> None:
    """"产出指标得分X分，满分Y分。" closing the numbered items of a 一级: Y is that block's weight (before, not
    read)."""
    page, _ = read_page_and_warnings(
        "某县人社局2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n（一）产出指标\n1.数量指标\n"
        "①新增就业人数：目标≥800人，实际812人，分值30分，得30分。\n②培训人次：目标≥500人次，实际460人次，分值30分，得27分。\n"
        "产出指标得分57分，满分60分。\n（二）满意度指标\n1.服务对象满意度指标\n"
        "①群众满意度：目标≥90%，实际95%，分值40分，得40分。\n满意度指标得分40分，满分40分。\n")
    assert page.stated_block_weights == {"产出指标": Decimal(60), "满意度指标": Decimal(40)}
    assert len(page.indicators) == 3


def test_c_block_paragraphs_beside_an_appended_form_are_no_indicators() -> None:
    """A prose account per 一级 ("（一）产出指标。…，产出指标满分60分，得分57分。", "（二）满意度指标。群众满意度
    95%，满分40分，得分40分。") and the 自评表 appended after it: the indicators are the form's rows, each with the
    form's levels (before, the block paragraphs were one more indicator and the form's 群众满意度 took 满意度指标 for
    its 二级)."""
    page, _ = read_page_and_warnings(
        "某区农业农村局2024年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
        "（一）产出指标。全年建成高标准农田0.8万亩，培训农民500人次，补贴兑付及时率98%，产出指标满分60分，得分57分。\n"
        "（二）满意度指标。群众满意度95%，满分40分，得分40分。\n附件\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 农田建设面积 | ≥0.8万亩 | 0.8万亩 | 30 | 30 |\n"
        "| 产出指标 | 数量指标 | 农民培训人次 | ≥550人次 | 500人次 | 30 | 27 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 40 | 40 |\n"
        "| 总分 | | | | | 100 | 97 |\n")
    got = by_name(page)
    assert set(got) == {"农田建设面积", "农民培训人次", "群众满意度"}
    assert got["群众满意度"].level2 == "服务对象满意度指标"


def test_h_the_police_staff_count() -> None:
    """"核定政法专项编制120名，年末实有在编民警112人": 112 is the staff (before, 民警 was no staff word)."""
    page, _ = read_page_and_warnings("某市公安局某某分局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                                     "分局核定政法专项编制120名，年末实有在编民警112人。\n")
    assert (page.unit.staff_total, page.unit.staff_establishment) == (112, 120)


def test_e_the_reason_closing_an_items_score_sentence() -> None:
    """"（1）名称：目标100%，实际95%，分值7分，得6分，第四季度资金待考核后拨付。": the clause after the score is the
    reason (guessed); a clause after a full score, or one stating a result, is none."""
    page, _ = read_page_and_warnings(
        "某县卫生健康局2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n（一）产出指标\n1.时效指标\n"
        "（1）资金拨付及时率：目标100%，实际95%，分值50分，得45分，第四季度资金待考核后拨付。\n"
        "（2）报告及时率：目标100%，实际100%，分值30分，得30分，按时完成全部任务。\n"
        "（3）建档人数：目标≥900人，实际850人，分值20分，得18分，完成率94%。\n")
    got = by_name(page)
    assert got["资金拨付及时率"].deviation_note == "第四季度资金待考核后拨付"
    assert got["报告及时率"].deviation_note is None
    assert got["建档人数"].deviation_note is None


def test_g_bodies_under_the_unit_counted_not_named() -> None:
    """"内设A、B2个科室，下设司法所9个" / "下设9个司法所": 9 bodies under the unit (before, not read); the offices
    stay the internal bodies."""
    for said in ("下设司法所9个", "下设9个司法所"):
        page, _ = read_page_and_warnings("某区司法局2024年度部门整体支出绩效自评报告\n一、基本情况\n"
                                         f"区司法局内设办公室、法治调研科2个科室，{said}。\n")
        assert (page.unit.internal_bodies_count, page.unit.subordinate_bodies_count) == (2, 9)


def test_i_a_rate_per_ten_thousand() -> None:
    """"目标≤15/10万，实际0/10万": the unit is "/10万" for target and actual (before, the target had none and the
    actual no value)."""
    page, _ = read_page_and_warnings(
        "某县卫生健康局2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n（一）效益指标\n1.社会效益指标\n"
        "（1）孕产妇死亡率：目标≤15/10万，实际0/10万，分值100分，得100分。\n")
    rate = by_name(page)["孕产妇死亡率"]
    assert rate.target is not None and rate.actual is not None
    assert (rate.target.value, rate.target.unit, rate.actual.value, rate.actual.unit) == \
        (Decimal(15), "/10万", Decimal(0), "/10万")


def test_b_rows_adding_up_to_the_total_row_below_them() -> None:
    """The same units' table flattened, its label column's heading lost ("项目资金（万元） | 全年预算数 | 全年执行数 |
    执行率"): rows whose amounts add up, column by column, to the 部门合计 row below them are its parts, the 合计 row
    the department's money (before, 局机关's row: a false TEXT_TABLE_MISMATCH)."""
    page, warnings = read_page_and_warnings(
        "某县教育局2024年度部门整体支出绩效自评报告\n部门调整后预算3000.00万元，决算支出2940.00万元，预算执行率98.00%。\n"
        "| 项目资金（万元） | 全年预算数 | 全年执行数 | 执行率 |\n| 局机关 | 1000.00 | 990.00 | 99.00% |\n"
        "| 县第二中学 | 1200.00 | 1180.00 | 98.33% |\n| 县幼儿园 | 800.00 | 770.00 | 96.25% |\n"
        "| 部门合计 | 3000.00 | 2940.00 | 98.00% |\n")
    assert (page.budget.adjusted, page.budget.executed) == (Decimal("3000.00"), Decimal("2940.00"))
    assert not errors(page)
    assert not [w for w in warnings if "前后不一致" in w]
