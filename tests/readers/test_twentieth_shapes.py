"""Shapes of the twentieth set (docs/reader-corpora/twentieth.md), each rebuilt from an invented snippet of the same
shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract import extract
from jixiao.readers.extract.values import parse_target
from jixiao.readers.pdf_grids import split_fused_grids

# A. prose items "名称（二级）（指标值：…；完成值：…），分值N分，得M分"
_BRACKETED_VALUES = """某区民政局2024年度部门整体支出绩效自评报告
三、绩效指标完成情况
（一）产出指标
1.低保对象保障人数（数量指标）（指标值：≥{target}人；完成值：{actual}人），分值10分，得10分。
2.救助资金发放准确率（质量指标）（指标值：≥98%；完成值：{rate}%），分值10分，得{score}分。
（二）满意度指标
3.救助对象满意度（服务对象满意度指标）（指标值：100%；完成值：96%），分值10分，得9.6分。偏差原因：个别对象对审批时限不满意。
（三）预算执行
4.预算执行率（指标值：100%；完成值：97.40%），分值10分，得9.74分。
"""


@pytest.mark.parametrize(("target", "actual", "rate", "score"), [("1200", "1246", "99.2", "10"),
                                                                  ("860", "812", "96.5", "9.85")])
def test_a_items_with_bracketed_level_and_values(target: str, actual: str, rate: str, score: str) -> None:
    found = _by_name(_read(_BRACKETED_VALUES.format(target=target, actual=actual, rate=rate, score=score)))
    assert set(found) == {"低保对象保障人数", "救助资金发放准确率", "救助对象满意度", "预算执行率"}
    item = found["低保对象保障人数"]
    assert (item.level1, item.level2, item.weight) == ("产出指标", "数量指标", Decimal(10))
    assert item.target.value == Decimal(target) and item.actual.value == Decimal(actual)
    rated = found["救助资金发放准确率"]
    assert rated.actual.value == Decimal(rate) and rated.actual.unit == "%"
    assert rated.stated_score == Decimal(score)
    satisfied = found["救助对象满意度"]
    assert satisfied.level2 == "服务对象满意度指标" and satisfied.target.value == Decimal(100)
    assert satisfied.deviation_note == "个别对象对审批时限不满意"
    assert found["预算执行率"].actual.value == Decimal("97.40")


@pytest.mark.parametrize(("labels", "mark"), [(("目标值", "实际值"), "，"), (("年度指标值", "实际完成值"), "；"),
                                             (("目标", "完成值"), "；")])
def test_a_other_value_labels_in_the_bracket(labels: tuple[str, str], mark: str) -> None:
    text = ("某县文化馆2024年度项目支出绩效自评报告\n（一）产出指标\n"
            f"1.送戏下乡场次（数量指标）（{labels[0]}：≥60场{mark}{labels[1]}：62场），分值10分，得10分。\n"
            f"2.演出场地达标率（{labels[0]}：100%{mark}{labels[1]}：98%），分值10分，得9.8分。\n")
    found = _by_name(_read(text))
    assert list(found) == ["送戏下乡场次", "演出场地达标率"]
    assert found["送戏下乡场次"].level2 == "数量指标" and found["送戏下乡场次"].actual.value == Decimal(62)
    assert found["演出场地达标率"].actual.value == Decimal(98)


def test_a_a_bracket_that_is_no_value_label_stays_in_the_name() -> None:
    text = ("某县文化馆2024年度项目支出绩效自评报告\n（一）产出指标\n"
            "1.送戏下乡场次（含广场演出）：年度目标≥60场，实际完成62场，分值10分，得10分。\n")
    assert list(_by_name(_read(text))) == ["送戏下乡场次（含广场演出）"]


# B. an indicator table broken by a page break: header repeated, the block's 一级 cells left empty
_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _split_form(between: list[str]) -> Document:
    first = Table([_HEAD, ["产出指标", "数量指标", "维修水渠长度", "≥12公里", "12.5公里", "20", "20"],
                   ["", "质量指标", "验收合格率", "100%", "100%", "20", "20"]], "表1")
    second = Table([_HEAD, ["", "时效指标", "完工时间", "10月底前", "10月20日", "20", "20"],
                    ["", "", "资金拨付及时率", "100%", "100%", "10", "10"],
                    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "30", "30"]], "表2")
    blocks = [Paragraph("某镇2024年度水渠维修项目绩效自评表", "第1段"), first,
              *[Paragraph(text, f"第{k + 2}段") for k, text in enumerate(between)], second]
    return Document("form.docx", blocks)


@pytest.mark.parametrize("between", [[], [""], ["", "续表"]])
def test_b_second_half_takes_the_levels_of_the_first(between: list[str]) -> None:
    found = _by_name(extract(_split_form(between))[0])
    assert (found["完工时间"].level1, found["完工时间"].level2) == ("产出指标", "时效指标")
    assert (found["资金拨付及时率"].level1, found["资金拨付及时率"].level2) == ("产出指标", "时效指标")
    assert found["群众满意度"].level1 == "满意度指标"


def test_b_text_between_the_tables_breaks_the_chain() -> None:
    evaluation = extract(_split_form(["二、其他项目自评情况如下"]))[0]
    where = next(k for k, i in enumerate(evaluation.indicators) if i.name == "完工时间")
    found = evaluation.indicators[where]
    # not carried from the first table as read: at most its 二级's template block, marked guessed
    assert found.level2 == "时效指标" and (
        found.level1 is None or evaluation.provenance[f"indicators[{where}].level1"].guessed)


# C. 得分 before 满分 in the money block's header: 满分 is the rate's weight
@pytest.mark.parametrize("order", [("得分", "满分"), ("满分", "得分")])
def test_c_full_mark_column_of_the_money_block(order: tuple[str, str]) -> None:
    values = {"得分": "9.62", "满分": "10"}
    money = Table([["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", *order],
                   ["年度资金总额", "500.00", "520.00", "500.24", "96.20%", *(values[h] for h in order)]], "表1")
    evaluation = extract(Document("form.docx", [Paragraph("某县医院2024年度整体支出绩效自评报告", "第1段"), money]))[0]
    rate = _by_name(evaluation)["预算执行率"]
    assert (rate.weight, rate.stated_score) == (Decimal(10), Decimal("9.62"))


# F. a deadline counted from a month or a quarter that is not named
@pytest.mark.parametrize("cell", ["次月15日前", "每月10日前", "每季度末", "次年3月底前", "当月"])
def test_f_relative_deadline_is_text(cell: str) -> None:
    assert parse_target(cell) == {"text": cell}


@pytest.mark.parametrize(("cell", "value", "unit"), [("每年2次", "2", "次"), ("≥15日", "15", "日")])
def test_f_a_count_per_period_stays_a_number(cell: str, value: str, unit: str) -> None:
    target = parse_target(cell)
    assert target is not None and (target["value"], target["unit"]) == (Decimal(value), unit)


# G. a PDF table's 合计 row, merged over the label columns, extracted as a table of its own
def test_g_lone_total_row_after_the_indicator_table() -> None:
    form = Table([["序号", *_HEAD], ["1", "产出指标", "数量指标", "新建泊位", "≥300个", "318个", "60", "60"],
                  ["2", "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "88%", "40", "39.1"]], "表1")
    total = Table([["合计", "100", "99.1", ""]], "表2")
    evaluation = extract(Document("form.pdf", [Paragraph("某街道2024年度部门整体支出绩效自评报告", "第1页"),
                                               form, Paragraph("", "第1页"), total]))[0]
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal("99.1"))


def test_g_lone_total_row_without_an_indicator_table_before_it_is_not_a_form_total() -> None:
    money = Table([["项目", "金额"], ["基本支出", "80.00"]], "表1")
    total = Table([["合计", "100", "99.1", ""]], "表2")
    evaluation = extract(Document("form.pdf", [Paragraph("某街道2024年度部门整体支出绩效自评报告", "第1页"),
                                               money, total]))[0]
    assert evaluation.full_mark is None


# E. a 事业单位's department in prose, and 年初预算 named right after 其中
@pytest.mark.parametrize("word", ["所属", "下属", "直属"])
def test_e_department_a_public_institution_belongs_to(word: str) -> None:
    text = ("某市文化馆2024年度整体支出绩效自评报告\n一、单位概况\n"
            f"某市文化馆为某市文化广电和旅游局{word}公益一类事业单位，核定编制15名。\n")
    assert _read(text).unit.supervising_department == "某市文化广电和旅游局"


def test_e_a_kind_of_institution_names_no_department() -> None:
    text = ("某市文化馆2024年度整体支出绩效自评报告\n一、单位概况\n"
            "某市文化馆为全额拨款公益一类事业单位，核定编制15名。\n")
    assert _read(text).unit.supervising_department is None


@pytest.mark.parametrize(("sentence", "initial"), [
    ("全年预算655.80万元，其中年初预算612.50万元、年中追加43.30万元；全年执行649.27万元。", "612.50"),
    ("全年预算655.80万元，其中：年初预算600.00万元，年中追加55.80万元；全年执行649.27万元。", "600.00"),
])
def test_e_initial_budget_right_after_qizhong(sentence: str, initial: str) -> None:
    budget = _read(f"某馆2024年度整体支出绩效自评报告\n二、预算执行\n{sentence}\n").budget
    assert (budget.initial, budget.adjusted) == (Decimal(initial), Decimal("655.80"))


def test_e_a_part_named_after_qizhong_keeps_its_budget() -> None:
    text = ("某局2024年度项目支出绩效自评报告\n二、预算执行\n"
            "共有3个项目，其中，办公楼维修经费年初预算数6万元，全年执行6万元。\n")
    assert _read(text).budget.initial is None


# Variants of the set's shapes in other containers (found by probing after the set was fixed)
# H. "权重/得分" cells in tab-separated text whose rows dropped their empty last cell
_SLASH_TABS = ("某县图书馆2024年度整体支出绩效自评报告\n三、绩效自评表\n"
               "一级指标\t二级指标\t三级指标\t指标值\t完成值\t完成率\t权重/得分\t偏差原因\n"
               "产出指标\t数量指标\t年接待读者人次\t≥32万人次\t33.6万人次\t105%\t{first}\t\n"
               "产出指标\t质量指标\t图书编目准确率\t≥98%\t97%\t98.98%\t30/29.5\t个别编目差错\n"
               "满意度指标\t服务对象满意度指标\t读者满意度\t≥95%\t97.3%\t102.42%\t50/50\t\n"
               "合计\t\t\t\t\t\t100/{total}\t\n")


@pytest.mark.parametrize(("first", "total"), [("20/20", "99.5"), ("20/18.5", "98")])
def test_h_slash_cells_in_rows_without_their_last_cell(first: str, total: str) -> None:
    evaluation = _read(_SLASH_TABS.format(first=first, total=total))
    found = _by_name(evaluation)
    assert list(found) == ["年接待读者人次", "图书编目准确率", "读者满意度"]
    weight, score = first.split("/")
    assert (found["年接待读者人次"].weight, found["年接待读者人次"].stated_score) == (Decimal(weight), Decimal(score))
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(total))


# I. a text form's 合计 row under 得分 | 满分: the first figure is the score
@pytest.mark.parametrize(("head", "row", "total"), [("得分\t满分", "98.12\t100", "98.12"),
                                                    ("满分\t得分", "100\t98.12", "98.12")])
def test_i_total_row_follows_the_column_order(head: str, row: str, total: str) -> None:
    scores = {"得分": ("40", "48.5"), "满分": ("40", "50")}
    first, second = head.split("\t")
    text = ("某县医院2024年度整体支出绩效自评报告\n三、绩效自评表\n"
            f"一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t{head}\t偏差原因\n"
            f"产出指标\t数量指标\t年门诊人次\t≥18万人次\t18.9万人次\t{scores[first][0]}\t{scores[second][0]}\t\n"
            f"满意度指标\t服务对象满意度指标\t患者满意度\t≥92%\t90%\t{scores[first][1]}\t{scores[second][1]}\t候诊时间长\n"
            f"合计\t\t\t\t\t{row}\t\n")
    evaluation = _read(text)
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(total))
    assert _by_name(evaluation)["患者满意度"].weight == Decimal(50)


# J. a deadline behind the label of a prose item's bracket, and the bracket's close after the actual's words
def test_j_labelled_deadline_and_words_in_a_value_bracket() -> None:
    text = ("某县民政局2024年度部门整体支出绩效自评报告\n（一）产出指标\n"
            "1.资金发放时限（时效指标）（指标值：次月10日前；完成值：按月发放），分值10分，得10分。\n"
            "2.档案管理（质量指标）（指标值：规范；完成值：基本规范（个别缺页）），分值10分，得9分。\n")
    found = _by_name(_read(text))
    item = found["资金发放时限"]
    assert (item.target.text, item.actual.text) == ("次月10日前", "按月发放")
    assert found["档案管理"].actual.text == "基本规范（个别缺页）"


# K. an unnumbered item named before its value bracket, alone under its block heading
def test_k_unnumbered_item_before_its_value_bracket() -> None:
    text = ("某县水利局2024年度项目支出绩效自评报告\n三、绩效指标完成情况\n（一）产出指标（50分）\n"
            "1.新建渠道长度（数量指标）（指标值：≥12公里；完成值：12.5公里），分值50分，得50分。\n"
            "（二）满意度指标（10分）\n受益群众满意度（指标值：≥90%；完成值：93%），分值10分，得9.5分。\n")
    found = _by_name(_read(text))
    assert list(found) == ["新建渠道长度", "受益群众满意度"]
    item = found["受益群众满意度"]
    assert (item.level1, item.weight, item.stated_score) == ("满意度指标", Decimal(10), Decimal("9.5"))
    assert item.actual.value == Decimal(93)


def test_k_a_sentence_with_a_value_bracket_but_no_weight_is_no_item() -> None:
    text = ("某县水利局2024年度项目支出绩效自评报告\n（二）满意度指标（10分）\n"
            "群众满意度调查（目标值：≥90%；实际值：93%）已于12月完成。\n")
    assert "群众满意度调查" not in _by_name(_read(text))


# L. a money table and the indicator table right under it, found in a PDF as one grid of both tables' columns
def test_l_two_stacked_tables_found_as_one_grid_are_cut_apart() -> None:
    raw: list[list[str | None]] = [
        ["年度预算资金", None, "年初预算数", None, "全年执行数", None, "执行率", None],
        ["年度资金总额", None, "100.00", None, "98.00", None, "98%", None],
        ["一级指标", "三级指标", None, "分值", None, "得分", None, "偏差原因"],
        ["产出指标", "巡查次数", None, "50", None, "50", None, ""],
        [None, "满意度", None, "50", None, "48", None, "个别投诉"]]
    parts = split_fused_grids(raw)
    assert [at for at, _ in parts] == [0, 2]
    assert parts[0][1][1] == ["年度资金总额", "100.00", "98.00", "98%"]
    assert parts[1][1][1] == ["产出指标", "巡查次数", "50", "50", ""]
    assert parts[1][1][2] == [None, "满意度", "50", "48", "个别投诉"]


def test_l_merged_cells_inside_one_table_keep_it_whole() -> None:
    raw: list[list[str | None]] = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["产出指标", "数量指标", "巡查次数", "50", "50"],
        [None, "质量指标", None, "20", "20"],  # a vertical merge, and the name merged into the level's cell
        ["总分", None, None, "100", "98"],  # the label merged over three columns
        ["满意度指标", "满意度", "群众满意度", "30", "28"]]
    assert split_fused_grids(raw) == [(0, raw)]
