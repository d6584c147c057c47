"""Shapes of the forty-eighth set (docs/reader-corpora/fortyeighth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_page

from jixiao.readers import read_any

_FORM = ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
         "产出指标 | 数量指标 | 甲类培训人数 | ≥40人 | 40人 | 40 | 40\n"
         "产出指标 | 质量指标 | 乙类考核合格率 | 100% | 97% | 30 | 29.5\n"
         "效益指标 | 社会效益指标 | 丙类出动时间 | ≤1分钟 | 1.2分钟 | 30 | 29\n"
         "总分 | | | | | 100 | 98.5\n")


def test_a_a_consultancys_signature_is_not_the_unit() -> None:
    """A report whose title names the unit, signed at its foot by the firm that wrote it ("某某财务咨询有限公司" above
    the date): the unit stays the title's (before, the firm was read as the unit)."""
    evaluation = read_page("某县甲乙协会2024年度部门整体支出绩效自评报告\n"
                           "2024年年初预算100万元，全年预算120万元，全年支出118万元，预算执行率98.33%。\n"
                           + _FORM +
                           "某某景和财务咨询有限公司\n2025年4月18日\n")
    assert evaluation.unit.name == "某县甲乙协会"


def test_a_a_units_own_signature_still_names_it() -> None:
    """The unit's own signature above the date still names it when the title does not."""
    evaluation = read_page("2024年度部门整体支出绩效自评报告\n"
                           "2024年年初预算100万元，全年预算120万元，全年支出118万元，预算执行率98.33%。\n"
                           + _FORM + "某县甲乙协会\n2025年4月18日\n")
    assert evaluation.unit.name == "某县甲乙协会"


def test_b_an_initial_budget_of_nothing() -> None:
    """"该项目年初预算为0，…追加安排资金48.60万元" with the form's 年初预算数 a dash: the initial budget is 0 (before,
    none was read)."""
    evaluation = read_page("某某中心2024年某某终端建设项目绩效自评报告\n"
                           "该项目年初预算为0，2024年7月市财政局追加安排资金48.60万元。\n"
                           "项目全年预算48.60万元，实际支出47.35万元，预算执行率97.43%。\n"
                           "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
                           "年度资金总额 | — | 48.60 | 47.35 | 10 | 97.43% | 9.74\n")
    assert (evaluation.budget.initial, evaluation.budget.adjusted) == (Decimal(0), Decimal("48.60"))


def test_b_a_stated_initial_amount_is_not_zeroed() -> None:
    """"年初预算为0.5万元" is an amount, read as such; "年初预算为0" does not overrule a form's stated 年初预算数."""
    evaluation = read_page("某某中心2024年某某项目绩效自评报告\n"
                           "该项目年初预算为0.5万元，全年预算8万元，实际支出7.6万元，预算执行率95%。\n")
    assert evaluation.budget.initial == Decimal("0.5")


def test_c_deductions_named_in_a_deviation_section() -> None:
    """"1.乙类考核合格率指标扣0.5分，原因是…" in a 偏差 section after the form: the row's stated deduction and its
    reason (before, neither was read)."""
    evaluation = read_page("某市某大队2024年某某经费保障项目绩效自评报告\n"
                           "2024年年初预算100.00万元，全年支出98.00万元，预算执行率98%。\n" + _FORM +
                           "三、偏差情况及原因分析\n"
                           "1.乙类考核合格率指标扣0.5分，原因是2名队员补考。\n"
                           "2.丙类出动时间指标扣1分，原因是夜间出动偏慢。\n")
    assert indicator_rows(evaluation, "name", "stated_score", "stated_deduction") == [
        ("甲类培训人数", Decimal("40"), None), ("乙类考核合格率", Decimal("29.5"), Decimal("0.5")),
        ("丙类出动时间", Decimal("29"), Decimal("1"))]


def test_d_an_indicator_opening_on_suo_shu_lists_no_bodies() -> None:
    """"2.所属商会组织建设覆盖率（分值10分，得分10分）：年度目标≥85%，实际完成88%。": 所属 opens an indicator's name;
    the clauses after its colon are its target and actual, no bodies under the unit (before, they were listed)."""
    evaluation = read_page("某县某某联合会2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                           "机关内设办公室、会员部2个股室。\n三、绩效指标完成情况\n"
                           "2.所属商会组织建设覆盖率（分值10分，得分10分）：年度目标≥85%，实际完成88%。\n")
    assert evaluation.unit.subordinate_bodies == []
    assert evaluation.unit.internal_bodies == ["办公室", "会员部"]


def test_e_a_pages_title_said_again_under_the_sites_bar(tmp_path: Path) -> None:
    """A saved page whose <title> is the report's, a site's bar under it, then the same title as its <h1>: the title
    once, the bar no part of it (before, the three were joined into one title)."""
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>某县某某联合会2024年度部门整体支出绩效自评报告</title></head><body>\n"
                    "<div class=\"top\">某县人民政府门户网站　<a>首页</a> <a>政务公开</a></div>\n"
                    "<div class=\"meta\">索引号：000000-05-2025-0001　发布机构：某县某某联合会</div>\n"
                    "<h1>某县某某联合会2024年度部门整体支出绩效自评报告</h1>\n"
                    "<p>2024年年初预算100万元，全年预算120万元，全年实际支出118万元，预算执行率98.33%。</p>\n"
                    "<div class=\"foot\">主办：某县人民政府办公室</div>\n</body></html>\n", encoding="utf-8")
    evaluation = read_any(page).evaluation
    assert evaluation.title == "某县某某联合会2024年度部门整体支出绩效自评报告"
