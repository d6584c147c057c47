"""Shapes found on twelve real pages nobody had tuned the reader to (docs/reader-corpora/open-shapes-31.md),
each rebuilt from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name as _by_name
from page_reading import read_page as _read

_UNCLOSED = (
    "某县村道养护项目绩效自评报告\n\n"
    "一、投入(12分)\n\n"
    "(一)项目立项(7分):\n\n"
    "(1) 立项依据充分(3分)项目按规定程序申报,依据《某县道路养护办法(2021-2025年)》立项,自评得3分。\n\n"
    "(2) 预算编制合理性(4分 :依据《某县养护定额(2022年)》编制预算,测算依据充分,自评得4分。\n\n"
    "(二) 资金到位(5分 到位率100%,各级资金及时拨付到位,自评得5分。\n"
)


def test_an_item_weight_bracket_never_closed_still_reads() -> None:
    """"(4分 :" and "(5分 到位率…": the page left a space where the ")" was; the item still has its weight and score."""
    found = _by_name(_read(_UNCLOSED))
    assert (found["预算编制合理性"].weight, found["预算编制合理性"].stated_score) == (Decimal(4), Decimal(4))
    assert (found["资金到位"].weight, found["资金到位"].stated_score) == (Decimal(5), Decimal(5))
    assert found["资金到位"].level1 == "投入"


_SCORED_LEVEL2 = (
    "某县村道养护项目绩效自评报告\n\n"
    "二、过程(40分)\n\n"
    "(一)项目管理(12分)\n\n"
    "(1)制度健全(3分)单位制定了养护管理办法,自评得3分。\n\n"
    "(2)制度执行(4分)按制度开展巡查,自评得4分。\n\n"
    "(3)质量可控(5分)验收合格,自评得5分。\n"
)


def test_a_scored_heading_with_no_colon_under_a_level1_is_its_items_level2() -> None:
    """"(一)项目管理(12分)", named by no level word and no colon, over items adding up to its 12, under "二、过程":
    its items' 二级."""
    found = _by_name(_read(_SCORED_LEVEL2))
    assert [(found[n].level1, found[n].level2) for n in ("制度健全", "质量可控")] == [("过程", "项目管理")] * 2


def _ruled_row(*cells: str) -> str:
    """One row of a web page's table copied one cell a line: whitespace-padded "|" between cells, "||||" after."""
    return "|   " + "".join(f"{cell}\n        | \n     " for cell in cells[:-1]) + f"{cells[-1]}\n        | \n  ||||\n"


_TAIL = (
    "某县农业农村局2023年度项目支出绩效自评表\n\n"
    + _ruled_row("产出指标", "数量指标", "某某覆盖村数", "≥12个", "13个")
    + _ruled_row("产出指标", "质量指标", "道路验收合格率", "100%", "100%")
    + _ruled_row("", "时效指标", "完工及时率", "2023年", "2023年")
    + _ruled_row("项目完成指标", "成本指标", "30万", "30万", "30万")
    + _ruled_row("效益指标", "社会效益指标", "群众出行条件", "明显改善", "明显改善")
    + _ruled_row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "96%")
    + "\n\n2.其他说明。\n"
)


def test_a_table_tail_with_no_header_reads_by_its_level_words() -> None:
    """A table's last rows with its header cut away, no 分值 column, each row ended by a "||||" rule: the level
    words place the columns (一级 | 二级 | 三级 | 指标值 | 完成值), every cell guessed; "项目完成指标" is an older
    form's 一级."""
    read = _read(_TAIL)
    found = _by_name(read)
    assert len(read.indicators) == 6
    assert (found["某某覆盖村数"].level1, found["某某覆盖村数"].level2) == ("产出指标", "数量指标")
    assert (found["某某覆盖村数"].target.value, found["某某覆盖村数"].actual.value) == (Decimal(12), Decimal(13))
    assert (found["完工及时率"].level1, found["完工及时率"].level2) == ("产出指标", "时效指标")
    assert found["30万"].level1 == "项目完成指标"
    assert found["群众出行条件"].actual.text == "明显改善"
    assert found["受益群众满意度"].weight is None
    assert read.provenance["indicators[0].name"].guessed


_GRANT_PAID = (
    "某县民政局2023年度福彩公益金项目绩效自评报告\n\n一、项目基本情况\n\n"
    "2023年下达省级福彩公益金80万元,其中敬老院运营补贴30万元、互助幸福院建设资金50万元。\n\n"
    "1.敬老院运营补贴项目:2023年下达省级福彩公益金30万元,到位资金30万元,资金到位率100%。\n\n"
    "二、资金使用情况\n\n"
    "2023年共支付省级福利彩票公益金80万元,其中支付敬老院运营补贴30万元、互助幸福院50万元。执行率达100%。\n"
)

_RECEIVED_SPENT = (
    "某市交通运输局关于2023年度省级交通专项资金绩效自评报告\n\n一、基本情况\n\n"
    "纳入本次绩效自评资金为2023年度安排的省级交通专项资金(普通公路建设)合计950万元。\n\n"
    "二、自评情况\n\n(一)资金使用情况\n\n"
    "收到省级交通专项资金合计950万元,已支出412.5万元,资金支付率43.42%。\n"
)


def test_a_grant_handed_down_and_paid_in_prose_is_the_budget() -> None:
    """"2023年下达某某公益金80万元" / "2023年共支付某某公益金80万元": the project's budget and what it spent."""
    read = _read(_GRANT_PAID)
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == (
        Decimal(80), Decimal(80), Decimal(100))


def test_spent_with_its_payment_rate_is_what_was_spent() -> None:
    """"已支出412.5万元,资金支付率43.42%": what was spent, the rate beside it; the 安排 total's bracket names
    the fund."""
    read = _read(_RECEIVED_SPENT)
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == (
        Decimal(950), Decimal("412.5"), Decimal("43.42"))
