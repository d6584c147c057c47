"""Shapes the real pages still below 90 % showed at stop 37's second round (docs/reader-corpora/left-pages-43.md),
each as an invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a document site's run-together project form: the money row's 分值 10, 执行率 80% and 得分 8, and a 时效指标 row
# of the same name 预算执行率 with its own target and actual (100%, 100%); 分值 / 得分 merged over each block
_TWO_RATES = ("1、2022年度项目支出绩效自评表项目名称某某学校运转补助资金主管部门某某市教育局实施单位某某职业学校"
              "项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额200.00200.00160.001080%8"
              "其中:当年财政拨款200.00200.00160.00上年结转资金其他资金年度总体 目标预期目标实际完成情况"
              "保障学校正常运转按时足额拨付绩 效 指 标一级指标二级指标三级指标年度 指标值实际 完成值分值得分"
              "偏差原因分析 及改进措施产出指标(40 分)数量指标受助学生人数1200120040质量指标技能鉴定合格率"
              "95%96%时效指标预算执行率100%100%效益指标(40 分)社会效益指标家庭经济负担减轻率90%92%40"
              "可持续影响指标资助政策知晓率85%90%\n")


def test_a_money_rows_rate_and_a_table_row_of_the_same_name_stating_another_rate_are_two_indicators() -> None:
    """The money row's 预算执行率 (分值 10, 80 %, 得分 8) and a "时效指标 | 预算执行率 | 100% | 100%" row: before,
    the row was merged into the money row's indicator, its actual 100 % lost (80 % kept, a warning of the two)."""
    rates = [i for i in _read(_TWO_RATES).indicators if i.name == "预算执行率"]
    assert len(rates) == 2
    money = next(i for i in rates if i.level2 is None)
    row = next(i for i in rates if i.level2 == "时效指标")
    assert money.actual is not None and money.actual.value == Decimal(80)
    assert (money.weight, money.stated_score) == (Decimal(10), Decimal(8))
    assert row.level1 == "产出指标"
    assert row.target is not None and row.target.value == Decimal(100)
    assert row.actual is not None and row.actual.value == Decimal(100)
    assert row.weight is None



def test_a_table_row_of_the_rate_stating_its_own_weight_is_the_money_rows_indicator() -> None:
    """"产出指标 | 时效指标 | 预算执行率 | 100% | 90% | 10 | 9 |" under a money row of 80 %: a row with its own 分值 and
    得分 is the money row's indicator placed in the table, one indicator as before (the merge's warning stands)."""
    read = _read("2022年度项目支出绩效自评表\n项目名称 | 某某公共自行车运维 |\n"
                 "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
                 "年度资金总额 | 300.00 | 300.00 | 240.00 | 10 | 80.00% | 8 |\n"
                 "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                 "产出指标 | 时效指标 | 预算执行率 | 100% | 90% | 10 | 9 |\n"
                 "产出指标 | 数量指标 | 新增站点 | 20个 | 20个 | 20 | 20 |\n")
    rates = [i for i in read.indicators if i.name == "预算执行率"]
    assert len(rates) == 1 and rates[0].level2 == "时效指标" and rates[0].weight == Decimal(10)

def test_a_page_label_left_empty_takes_no_label_after_it_for_its_value() -> None:
    """"访问次数: 信息来源:区某某新区管委会" in a page's metadata line, the text saying 我单位: the empty 访问次数 is no
    label of "信息来源:…", so the source names the unit (its district's 区 dropped); before, 访问次数 took it and no
    unit was read."""
    read = _read("2023年度新增专项债券项目绩效评价情况\n\n"
                 "发布日期:2024-05-10 09:30 访问次数: 信息来源:区青溪新区管委会\n\n"
                 "我单位2023年新增专项债券项目1个,争取债券资金1.20亿元。我单位对该项目进行绩效自评,评价结果如下:\n")
    assert read.unit.name == "青溪新区管委会"


_UNTITLED = ("青州市民政局认真落实社会救助政策,保障困难群众基本生活。青州市民政局开展临时救助专项项目,目的是"
             "及时救助遭遇急难的群众。\n项目资金30.00万元,支出30.00万元,执行率100%。\n")


def test_an_untitled_text_opening_on_a_body_it_names_again_gives_the_unit() -> None:
    """A page cut before its title, opening "某市某局认真落实…" and opening a later sentence on the same body
    ("…。某市某局开展…"): the unit, as a guess (the longest such opening, not "某市某局" cut short); before, none."""
    assert _read(_UNTITLED).unit.name == "青州市民政局"


def test_a_body_the_text_opens_on_but_names_no_more_is_no_unit() -> None:
    """The same text whose later sentence opens on another body: the opening alone names no unit."""
    other = _UNTITLED.replace("。青州市民政局开展", "。青州市财政局开展")
    assert _read(other).unit.name != "青州市民政局"
