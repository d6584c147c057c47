"""Wrong readings no expected file counted (misread-40): invented snippets, each failing on the reader before."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

from jixiao.readers import cells

# a 基本支出 split by economic class after its own amount: the classes are its parts, not the year's items
BASIC_SPENDING_PARTS = """某县某某服务中心2023年度部门整体支出绩效自评报告
一、部门整体支出管理及使用情况
2023年度预算收入300.00万元，预算支出300.00万元。
2023年基本支出260万元，其中：工资福利支出210.50万元，商品和服务支出45.20万元，对个人和家庭补助支出4.30万元。
"""


def test_economic_classes_after_a_basic_spending_amount_are_its_parts() -> None:
    evaluation = read_page(BASIC_SPENDING_PARTS)
    assert evaluation.budget.expenditure_items == []
    assert evaluation.budget.adjusted == Decimal("300.00")


def test_a_split_by_nature_after_the_years_spending_is_still_read() -> None:
    text = BASIC_SPENDING_PARTS.replace(
        "2023年基本支出260万元，其中：工资福利支出210.50万元，商品和服务支出45.20万元，对个人和家庭补助支出4.30万元。",
        "2023年实际支出300万元，其中：基本支出260万元，项目支出40万元。")
    names = [item.name for item in read_page(text).budget.expenditure_items]
    assert names == ["基本支出", "项目支出"]


def _project_name(title: str) -> str | None:
    evaluation = read_page(f"{title}\n一、基本情况\n2022年全年预算数100万元，执行数90万元。\n")
    return evaluation.project.name if evaluation.project else None


def test_a_provinces_short_name_and_the_transfer_word_are_no_part_of_the_funds_name() -> None:
    assert _project_name("广西某某民生补助资金转移支付2022年度绩效自评报告") == "某某民生补助资金"
    assert _project_name("云南某某产业发展资金转移支付2023年度绩效自评报告") == "某某产业发展资金"


def test_a_place_with_its_level_word_stays_and_a_transfer_without_a_fund_word_keeps_its_name() -> None:
    assert _project_name("某某市危房改造转移支付2022年度绩效自评报告") == "某某市危房改造转移支付"
    assert _project_name("某某省某某民生补助资金转移支付2022年度绩效自评报告") == "某某省某某民生补助资金"


def test_who_approves_everywhere_names_no_supervising_department() -> None:
    text = ("某市某某局2021年某某资金区域绩效自评报告\n一、基本情况\n"
            "各县（市、区）资金使用和项目实施由各地某某部门和某某主管部门负责审批、组织实施、监督检查。\n")
    assert read_page(text).unit.supervising_department is None


def test_a_named_department_that_supervises_is_still_read() -> None:
    text = "某县某某中心2021年度部门整体支出绩效自评报告\n一、基本情况\n本中心由某县某某局主管，为公益一类事业单位。\n"
    assert read_page(text).unit.supervising_department == "某县某某局"


# the item's score, then its parts after 其中: the score is 12 (over its weight 10, a true error)
PARTS_AFTER_SCORE = """某街道办事处2024年度部门整体支出绩效自评报告
一、绩效指标完成情况
1. 预算执行率（20分）
2024年度，全年预算820.00万元，全年执行800.00万元，预算执行率97.56%，该指标得分19.51分。
2. 居民培训人次（10分）
2024年度目标≥600人次，实际达到650人次，该指标得分12分。其中线上培训得分8分，线下培训得分4分。
3. 居民满意度（20分）
2024年度目标≥90%，实际达到92%，该指标得分20分。
"""


def test_scores_after_qizhong_are_parts_of_the_items_score() -> None:
    evaluation = read_page(PARTS_AFTER_SCORE)
    item = evaluation.indicators[1]
    assert (item.name, item.weight, item.stated_score) == ("居民培训人次", 10, 12)
    assert not evaluation.provenance["indicators[1].stated_score"].guessed
    assert "SCORE_OVER_WEIGHT" in errors(evaluation)


def test_a_long_numbered_cell_is_weighed_in_linear_time() -> None:
    # 60,000 characters of "1. ": the old value-and-note pattern backtracked over each digit to every end
    # (about 5 s at 5,000 characters, minutes here)
    cell = "1. " * 20000
    assert cells.fit("number", cell) is None
    assert cells.without_note(cell + "(备注)") == cell + "(备注)"
    assert cells.without_note("14.1（扣0.9分）") == "14.1"
