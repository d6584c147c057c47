"""Form shapes of the eighth set (invented units and figures): a 中期指标值 column beside the year's
target, an OCR'd table whose vertical rules came out as "丨" with "。" for decimal points, a money table
with the fund sources as columns (or as rows under 资金来源), remarks inside value cells, money rows in
"150万" and a 收支 table, labels of a transfer-payment form, a policy report, rates "/10万"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
from page_reading import read_saved as _read

from jixiao.readers import read_any
from jixiao.readers.cells import without_note
from jixiao.readers.textnorm import ocr_rules


def test_a_midterm_target_column_is_not_the_year_target(tmp_path: Path) -> None:
    text = ("某县实验小学2024年度项目支出绩效自评报告\n| 项目名称 | 校舍维修改造资金 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 中期指标值（2024—2026年） | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 维修校舍面积 | ≥6000平方米 | ≥2200平方米 | 2350平方米 | 60 | 60 |\n"
            "|  | 质量指标 | 维修工程验收合格率 | =100% | =100% | 98% | 40 | 38 |\n"
            "| 总分 |  |  |  |  | 100 | 98 |\n")
    evaluation = _read(tmp_path, text)
    got = [(i.name, i.level2, i.target.value if i.target else None, i.actual.value if i.actual else None,
            i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("维修校舍面积", "数量指标", Decimal(2200), Decimal(2350), Decimal(60), Decimal(60)),
                   ("维修工程验收合格率", "质量指标", Decimal(100), Decimal(98), Decimal(40), Decimal(38))]
    assert evaluation.indicators[0].target is not None and evaluation.indicators[0].target.unit == "平方米"


OCR_FORM = """某县2024年度项目支出绩效
自评表
项目名称 丨 村级道路养护经费
主管部门 丨 某县交通运输局 丨 实施单位 丨 某县农村公路管理所
项目资金（万元） 丨 全年预算数 丨 全年执行数 丨 分值 丨 执行率 丨 得分
年度资金总额 丨 132.00 丨 127。38 丨 10 丨 96.50％ 丨 9.65
一级指标 丨 二级指标 丨 三级指标 丨 年度指标值 丨 实际完成值 丨 分值 丨 得分
产出指标 丨 数量指标 丨 养护村道里程 丨 ≥120公里 丨 121。5公里 丨 90 丨 90
合计 丨  丨  丨  丨  丨 100 丨 99.65
"""


def test_an_ocr_table_with_rules_read_as_a_cjk_stroke(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, OCR_FORM)
    assert evaluation.project is not None and evaluation.unit is not None and evaluation.budget is not None
    assert (evaluation.project.name, evaluation.unit.supervising_department, evaluation.project.implementing_unit) == (
        "村级道路养护经费", "某县交通运输局", "某县农村公路管理所")
    assert (evaluation.budget.adjusted, evaluation.budget.executed, evaluation.budget.stated_execution_rate) == (
        Decimal("132.00"), Decimal("127.38"), Decimal("96.50"))
    road = evaluation.indicators[-1]
    assert (road.name, road.weight, road.stated_score) == ("养护村道里程", Decimal(90), Decimal(90))
    assert road.actual is not None and road.actual.value == Decimal("121.5")
    assert evaluation.stated_total == Decimal("99.65")


def test_ocr_rules_leave_a_titles_lone_stroke_and_prose_full_stops() -> None:
    title = "要闻丨某县召开预算绩效管理工作会议\n会议要求，执行率达到95。2024年起全面推开。\n"
    assert ocr_rules(title) == (title, 0)
    links = "要闻丨某县召开绩效会议\n通知丨2024年度自评工作安排\n公告丨某局预算公开\n"
    assert ocr_rules(links) == (links, 0)
    fixed, count = ocr_rules(OCR_FORM)
    assert count == 7 and "丨" not in fixed and "127.38" in fixed and "121.5公里" in fixed
    assert "执行率达到95。2024" in ocr_rules(OCR_FORM + "执行率达到95。2024年起全面推开。\n")[0]


FUNDS_AS_COLUMNS = """某县耕地地力保护补贴政策2024年度绩效自评报告
二、资金安排及使用情况（单位：万元）
| 资金来源 | 中央 | 省级 | 县级 | 合计 |
| 年初预算 | 420.00 | 150.00 | 30.00 | 600.00 |
| 调整后预算 | 436.50 | 152.00 | 31.50 | 620.00 |
| 实际支出 | 430.10 | 150.40 | 28.50 | 609.00 |
| 执行率 | 98.53% | 98.95% | 90.48% | 98.23% |
"""

FUNDS_AS_ROWS = """某县耕地地力保护补贴政策2024年度绩效自评报告
二、资金安排及使用情况（单位：万元）
| 资金来源 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |
| 中央 | 420.00 | 436.50 | 430.10 | 98.53% |
| 省级 | 150.00 | 152.00 | 150.40 | 98.95% |
| 县级 | 30.00 | 31.50 | 28.50 | 90.48% |
| 合计 | 600.00 | 620.00 | 609.00 | 98.23% |
"""


def test_fund_sources_as_columns_or_as_rows_give_the_total_and_the_fund_rows(tmp_path: Path) -> None:
    for text in (FUNDS_AS_COLUMNS, FUNDS_AS_ROWS):
        budget = _read(tmp_path, text).budget
        assert budget is not None
        assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
            Decimal("600.00"), Decimal("620.00"), Decimal("609.00"), Decimal("98.23"))
        assert [(f.name, f.initial, f.adjusted, f.executed) for f in budget.fund_rows] == [
            ("中央", Decimal("420.00"), Decimal("436.50"), Decimal("430.10")),
            ("省级", Decimal("150.00"), Decimal("152.00"), Decimal("150.40")),
            ("县级", Decimal("30.00"), Decimal("31.50"), Decimal("28.50"))]


def test_remarks_inside_value_cells(tmp_path: Path) -> None:
    text = ("某县文化馆2024年度项目支出绩效自评表\n| 项目名称 | 送文化下乡经费 |\n"
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 备注 |\n"
            "| 年度资金总额 | 40.00 | 44.00 | 42.90 | 10 | 97.50%（按全年预算数计算） | 9.75 | 年中追加4.00万元 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 备注 |\n"
            "| 产出指标 | 数量指标 | 送戏下乡场次 | ≥60场（注：含线上） | 57场 | 45 | 42.7（扣2.3分） | 停演3场 |\n"
            "|  | 时效指标 | 演出按期完成率 | ≥95% | 96.5%（截至2024年12月31日） | 45 | 45 |  |\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.budget is not None
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed,
            evaluation.budget.stated_execution_rate) == (Decimal("40.00"), Decimal("44.00"), Decimal("42.90"),
                                                         Decimal("97.50"))
    got = [(i.name, i.level1, i.weight, i.actual.value if i.actual else None, i.stated_score)
           for i in evaluation.indicators]
    assert got == [("预算执行率", None, Decimal(10), Decimal("97.50"), Decimal("9.75")),
                   ("送戏下乡场次", "产出指标", Decimal(45), Decimal(57), Decimal("42.7")),
                   ("演出按期完成率", "产出指标", Decimal(45), Decimal("96.5"), Decimal(45))]


def test_a_unit_in_brackets_is_no_remark() -> None:
    assert without_note("1200（人次）") == "1200（人次）"
    assert without_note("42.7（扣2.3分）") == "42.7"
    assert without_note("已完工（剩余10%质保金未付）") == "已完工（剩余10%质保金未付）"


def test_a_money_row_in_wan_cells_whose_points_are_the_forms_full_mark(tmp_path: Path) -> None:
    text = ("| 项目支出绩效自评表 |\n| （2024年度） |\n| 项目名称 | 村级护林员补助 |\n"
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 年度资金总额 | 80万 | 80万 | 76.8万 | 100 | 96.00% | 99.2 |\n"
            "| 其中：当年财政拨款 | 80万 | 80万 | 76.8万 | — |  | — |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 预算执行率 | =100% | 96% | 20 | 19.2 |\n"
            "|  |  | 聘用护林员人数 | ≥64人 | 66人 | 80 | 80 |\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.budget is not None
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal(80), Decimal(80), Decimal("76.8"))
    assert [(f.name, f.executed) for f in evaluation.budget.fund_rows] == [("当年财政拨款", Decimal("76.8"))]
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("预算执行率", Decimal(20), Decimal("19.2")), ("聘用护林员人数", Decimal(80), Decimal(80))]
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal("99.2"))


def test_a_scoring_formula_column_and_code_and_tag_prefixes_in_a_word_form(tmp_path: Path) -> None:
    rule = "完成值达到指标值，记满分；未达到指标值，按B/A×该指标分值记分。"
    rows = [
        ["项目名称", "【跨年】社区老年食堂运营补贴", "", "", "", "", "", "", ""],
        ["主管部门及代码", "[318]某区民政局", "", "", "实施单位", "某区养老服务指导中心", "", "", ""],
        ["项目资金（万元）", "", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "执行率（B/A）", "得分",
         "得分计算方法", ""],
        ["", "年度资金总额：", "120.00", "117.60", "10", "98.00%", "9.8", "执行率×该指标分值", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值（A）", "全年实际值（B）", "得分计算方法", "得分",
         "未完成原因分析"],
        ["产出指标（60分）", "数量指标", "助餐服务人次", "60", "≥36000人次", "35200人次", rule, "58.67", ""],
        ["满意度指标（30分）", "服务对象满意度指标", "就餐老人满意度", "30", "≥90%", "95%", rule, "30", ""],
    ]
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2023年度）")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "form.docx"
    document.save(str(path))
    evaluation = read_any(path).evaluation
    assert evaluation.project is not None and evaluation.unit is not None
    assert (evaluation.project.name, evaluation.unit.supervising_department) == ("社区老年食堂运营补贴", "某区民政局")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("预算执行率", Decimal(10), Decimal("9.8")), ("助餐服务人次", Decimal(60), Decimal("58.67")),
        ("就餐老人满意度", Decimal(30), Decimal(30))]


def test_a_budget_only_in_an_income_and_spending_table(tmp_path: Path) -> None:
    page = """<html><head><meta charset="utf-8"><title>某县档案馆2024年度部门整体支出绩效自评报告</title></head><body>
<h1>某县档案馆2024年度部门整体支出绩效自评报告</h1><p>二、预算收支情况（单位：万元）</p>
<table border="1">
<tr><th>项目</th><th>年初预算数</th><th>调整预算数</th><th>决算数</th><th>执行率</th></tr>
<tr><td>收入合计</td><td>312.40</td><td>336.80</td><td>336.80</td><td>100.00%</td></tr>
<tr><td>一般公共预算财政拨款收入</td><td>312.40</td><td>336.80</td><td>336.80</td><td>100.00%</td></tr>
<tr><td>支出合计</td><td>312.40</td><td>336.80</td><td>328.10</td><td>97.42%</td></tr>
<tr><td>基本支出</td><td>268.00</td><td>271.50</td><td>271.50</td><td>100.00%</td></tr>
<tr><td>项目支出</td><td>44.40</td><td>65.30</td><td>56.60</td><td>86.68%</td></tr>
</table></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    budget = read_any(path).evaluation.budget
    assert budget is not None
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("312.40"), Decimal("336.80"), Decimal("328.10"), Decimal("97.42"))
    assert budget.fund_rows == []


def test_a_transfer_payment_forms_labels(tmp_path: Path) -> None:
    text = ("首页 > 政务公开 > 财政资金\n某县2024年度林业改革发展资金区域绩效自评表\n"
            "| 中央对地方转移支付区域绩效自评表 |\n| （2024年度） |\n"
            "| 转移支付（项目）名称 | 林业改革发展资金 |  |  |\n"
            "| 中央主管部门 | 国家林业和草原局 | 地方主管部门 | 某市某县林业和草原局 |\n"
            "| 资金情况（万元） |  | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n"
            "|  | 年度资金总额 | 412.00 | 398.60 | 96.75% |\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.project is not None and evaluation.unit is not None
    assert (evaluation.kind.value if evaluation.kind else None, evaluation.project.name,
            evaluation.unit.supervising_department) == ("项目支出", "林业改革发展资金", "某市某县林业和草原局")


def test_a_policy_report_is_a_project_named_by_its_title(tmp_path: Path) -> None:
    text = ("西秀区农机购置与应用补贴政策2024年度绩效自评报告\n一、政策基本情况\n该政策由区农业农村局组织实施。\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 补贴机具台数 | ≥900台 | 936台 | 100 | 100 |\n"
            "安顺市西秀区农业农村局\n2025年4月8日\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.project is not None
    assert (evaluation.kind.value if evaluation.kind else None, evaluation.project.name,
            evaluation.project.implementing_unit) == ("项目支出", "农机购置与应用补贴政策", "安顺市西秀区农业农村局")


def test_rates_per_hundred_thousand(tmp_path: Path) -> None:
    text = ("某县卫生健康局2024年度部门整体支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 效益指标 | 社会效益指标 | 孕产妇死亡率 | ≤12/10万 | 0/10万 | 50 | 50 |\n"
            "|  |  | 新生儿死亡率 | ≤3‰ | 1.8‰ | 50 | 50 |\n")
    got = [(i.target.value, i.target.unit, i.actual.value, i.actual.unit)
           for i in _read(tmp_path, text).indicators if i.target and i.actual]
    assert got == [(Decimal(12), "/10万", Decimal(0), "/10万"), (Decimal(3), "‰", Decimal("1.8"), "‰")]


def test_a_project_form_naming_its_supervisor_project_supervising_unit(tmp_path: Path) -> None:
    for line in ("项目名称 道路保洁经费 项目实施单位 某区环卫所 项目主管单位 某区城市管理局 项目负责人 张某\n",
                 "项目名称 道路保洁经费 项目实施单位 某区环卫所 项目主管部门 某区城市管理局 项目负责人 张某\n"):
        # (not a cut word in run-together text: "…补贴项目主管部门…" is a name ending in 项目, then 主管部门)
        evaluation = _read(tmp_path, "2023年度项目支出绩效自评表\n" + line)
        assert evaluation.unit is not None and evaluation.unit.supervising_department == "某区城市管理局", line
        assert evaluation.project is not None and evaluation.project.implementing_unit == "某区环卫所"


def test_a_transfer_payment_form_run_together_names_the_local_supervisor(tmp_path: Path) -> None:
    text = ("某某推广项目绩效目标自评表(2023年度)项目名称某某推广项目项目实施单位/项目负责人某县农技站/王某"
            "自治区主管部门某自治区林业厅专项实施期2023年3月-2023年10月市县财政部门某县财政局市县主管部门某县林业局"
            "资金情况(万元)\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.unit is not None and evaluation.unit.supervising_department == "某县林业局"
    # two labels sharing a cell, their values the next: each label its value
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县农技站"
