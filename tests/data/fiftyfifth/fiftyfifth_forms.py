# ruff: noqa: E501
"""Reports mj02, mj03, mj04, mj06 and mj07 of the fifty-fifth set, each returning (facts, ext, content): the
forms and prose a unit sends — an .ods form with its block weights in the 一级 cells, a WPS .et form headed by a
年度绩效指标完成情况 column with the template's empty 指标N rows, a .wps report of 年度目标值 / 全年实际值 sentences, a
.docx form parted into 共性指标 / 个性指标 rows, an .xls form in 元 with ¥ signs.
Every unit, person and figure is invented (a real city, invented bodies and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row, exec_fact, indicator_fact
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, table
from fiftyfifth_template import (
    BLOCKS,
    BUREAU,
    CITY,
    HEAD,
    YEAR,
    _cells,
    _exec_cells,
    _sheet_merges,
    _total,
    block_scores,
    block_weights,
    form_rows,
    inds,
    money_block,
    sheet,
    whole_budget,
)
from make_seventeenth import convert
from seventeenth_facts import yuan

# mj02 荆门市食品检验检测中心, .ods: the form as a sheet; each 一级 cell carries its block weight ("履职效能（50分）"),
# 编制数 / 实有人数 label cells under the unit's name -------------------------------------------------------------------
MJ02: list[Row] = [
    ("履职效能", "检验检测", "食品安全监督抽检检验批次", 15, "≥2600批次", "2714批次", "15", ""),
    ("履职效能", "检验检测", "检验报告按时出具率", 10, "≥98%", "99.2%", "10", ""),
    ("履职效能", "能力建设", "新增检验检测能力参数", 15, "≥60项", "52项", "13", "部分参数所需质谱设备到货延迟，已列入2026年计划"),
    ("履职效能", "能力建设", "能力验证结果满意率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "大型仪器设备使用率", 10, "≥80%", "86%", "10", ""),
    ("管理效率", "制度管理", "内部质量控制计划执行率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "检验数据差错率", 10, "≤0.5%", "0.2%", "10", ""),
    ("社会效应", "服务对象满意度", "委托单位满意度", 10, "≥95%", "97.5%", "10", ""),
]


def _weighted_levels(cells: list[list[str]], weights: dict[str, int]) -> list[list[str]]:
    return [[f"{c[0]}（{weights[c[0]]}分）", *c[1:]] for c in cells]


def mj02() -> Made:
    unit = f"{CITY}食品检验检测中心"
    money, spent = ("862.30", "915.60", "889.47"), ("612.35", "277.12")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ02, es)
    weights = block_weights(MJ02)
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 39, "staff_establishment": 42}, b, inds(MJ02, rt, es),
              tot, full_mark=100, planted=[], stated_block_weights=weights, stated_grade=EARNED)
    ind_rows = _weighted_levels(form_rows(MJ02, rt, es), weights)
    rows: list[list[Any]] = [
        ["部门（单位）整体支出绩效自评表"], [f"（{YEAR}年度）"],
        ["单位名称", "", unit, "", "", "主管部门", BUREAU, ""],
        ["编制数", "", "42", "", "", "实有人数", "39", ""],
        *money_block(money, spent, ("598.20", "620.40", "264.10", "295.20"), rt),
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "完成食品安全监督抽检检验2600批次以上，新增检验能力参数60项，检验报告按时出具率98%以上。", "", "",
         "完成抽检检验2714批次，新增能力参数52项，报告按时出具率99.2%。", "", "", ""],
        HEAD, *ind_rows, ["合计", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    n = len(rows)
    first = 12
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:E3", "G3:H3", "A4:B4", "C4:E4", "G4:H4", "A5:B5", "A6:A8",
              "A9:A10", "B9:D9", "E9:H9", "B10:D10", "E10:H10", f"A{n}:E{n}", *_sheet_merges(rows[:-1], first)]
    body = sheet(rows, merges)
    return f, "ods", convert(body, "mj02", "xlsx", "ods")


# mj03 荆门市特种设备检验检测所, WPS .et: the template as the finance bureau issued it, filled in — 三级 names led by
# "指标1：", the empty "指标2：" and "……" rows under each 二级 left standing, a 绩效指标 cell merged down column A --------
MJ03: list[Row] = [
    ("履职效能", "检验任务", "电梯定期检验台数", 10, "≥9800台", "10236台", "10", ""),
    ("履职效能", "检验任务", "锅炉压力容器检验台数", 10, "≥3200台", "3115台", "9.73", "部分企业停产，设备停用未报检"),
    ("履职效能", "检验质量", "检验报告合格率", 15, "≥99%", "99.6%", "15", ""),
    ("履职效能", "检验时效", "检验报告出具时限", 15, "≤10个工作日", "8个工作日", "15", ""),
    ("管理效率", "安全管理", "检验安全责任事故数", 10, "0起", "0起", "10", ""),
    ("管理效率", "资产管理", "检验设备检定校准率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "电梯困人故障平均救援时间", 10, "≤30分钟", "22分钟", "10", ""),
    ("社会效应", "服务对象满意度", "受检单位满意度", 10, "≥90%", "95.3%", "10", ""),
]


def _with_placeholders(cells: list[list[str]]) -> list[list[str]]:
    """"指标N：" before each name, counted within its 二级, and the template's "指标N+1：" / "……" rows after."""
    out: list[list[str]] = []
    for i, c in enumerate(cells):
        k = 1 + sum(1 for p in cells[:i] if p[:2] == c[:2])
        out.append([c[0], c[1], f"指标{k}：{c[2]}", *c[3:]])
        if i + 1 == len(cells) or cells[i + 1][:2] != c[:2]:
            out.append([c[0], c[1], f"指标{k + 1}：", "", "", "", "", ""])
            out.append([c[0], c[1], "……", "", "", "", "", ""])
    return out


def mj03() -> Made:
    unit = f"{CITY}特种设备检验检测所"
    money, spent = ("1268.00", "1312.40", "1290.55"), ("946.21", "344.34")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ03, es)
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ03, rt, es), tot, full_mark=100, planted=[], stated_grade=EARNED)
    cells = _with_placeholders(form_rows(MJ03, rt, es))
    rows: list[list[Any]] = [
        [f"{YEAR}年度部门（单位）整体支出绩效自评表"],
        ["填报单位（盖章）：", "", unit],
        *money_block(money, spent, ("921.40", "955.60", "346.60", "356.80"), rt),
        ["年度绩效指标完成情况", *HEAD], *(["", *c] for c in cells),
        ["总分", "", "", "", "", "", "100", str(tot), f["stated_grade"]],
        ["填表人：张晓岚　　联系电话：0724-2351186　　填报日期：2026年3月28日"]]
    n = len(rows)
    first = 8  # the first indicator row (1-based)
    merges = ["A1:I1", "A2:B2", "C2:I2", "A3:B3", "A4:A6", f"A{first - 1}:A{n - 2}", f"A{n - 1}:F{n - 1}", f"A{n}:I{n}",
              *_sheet_merges([r[1:] for r in rows[:n - 2]], first, "BC")]
    body = sheet(rows, merges)
    return f, "et", convert(body, "mj03", "xlsx", "xls")


# mj04 荆门市标准化和质量发展中心, WPS .wps: a prose report — 部门职责 / 机构设置 / 人员 paragraphs, the money in a
# sentence, each 一级 a heading with its weight and score, each indicator a sentence "年度目标值…，全年实际值…，分值…，
# 得分…" with its 偏差 in a sentence after it -------------------------------------------------------------------------
MJ04: list[Row] = [
    ("履职效能", "标准化工作", "地方标准制修订数量", 10, "≥6项", "7项", "10", ""),
    ("履职效能", "标准化工作", "团体标准培育数量", 10, "≥10项", "12项", "10", ""),
    ("履职效能", "质量发展", "质量提升示范企业培育数", 15, "≥8家", "8家", "15", ""),
    ("履职效能", "质量发展", "区域公用品牌认证企业数", 15, "≥20家", "17家", "12.75", "三家企业的认证现场评审延至2026年一季度"),
    ("管理效率", "财务管理", "项目资金支付进度", 10, "≥95%", "97.6%", "10", ""),
    ("管理效率", "制度建设", "内控制度完善情况", 10, "T:健全", "T:健全", "10", ""),
    ("社会效应", "社会效益", "企业标准自我声明公开数", 10, "≥300项", "346项", "10", ""),
    ("社会效应", "服务对象满意度", "服务企业满意度", 10, "≥90%", "94%", "10", ""),
]
CN_NUM = "一二三四五六七八九十"


def mj04() -> Made:
    unit = f"{CITY}标准化和质量发展中心"
    money, spent = ("486.20", "512.80", "498.36"), ("322.40", "175.96")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ04, es)
    bodies = ["综合科", "标准化研究科", "质量发展科", "品牌培育科"]
    weights, scores = block_weights(MJ04), block_scores(MJ04, es)
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 18, "staff_establishment": 20, "internal_bodies": bodies,
                                 "internal_bodies_count": len(bodies)}, b, inds(MJ04, rt, es), tot, planted=[],
              stated_block_weights=weights, stated_grade=EARNED)  # (no 总分 row, no 满分: the full mark is not stated)
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph(f"根据{CITY}财政局关于开展{YEAR}年度预算绩效自评工作的通知要求，我中心对{YEAR}年度部门整体支出开展了绩效自评，现将有关情况报告如下。")
    d.add_paragraph("一、部门（单位）概况")
    d.add_paragraph("（一）部门职责。承担全市地方标准的立项论证和技术审查，组织实施质量提升行动，开展品牌培育和质量基础设施“一站式”服务。")
    d.add_paragraph(f"（二）机构设置。中心为{BUREAU}所属公益一类事业单位，内设{'、'.join(bodies)}{len(bodies)}个科室。")
    d.add_paragraph("（三）人员情况。核定事业编制20名，年末实有在编人员18人，另有编外聘用人员3人。")
    ini, adj, exe = money
    d.add_paragraph("二、部门预算执行情况")
    d.add_paragraph(f"{YEAR}年年初预算{ini}万元，年中追加后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。"
                    f"其中基本支出{spent[0]}万元，项目支出{spent[1]}万元。")
    d.add_paragraph("三、绩效指标完成情况")
    for i, block in enumerate(BLOCKS):
        d.add_paragraph(f"（{CN_NUM[i]}）{block}（{weights[block]}分，得分{scores[block]}分）")
        cells = [c for c in form_rows(MJ04, rt, es) if c[0] == block]
        for k, c in enumerate(cells, 1):
            d.add_paragraph(f"{k}.{c[2]}（{c[1]}）。年度目标值{c[3]}，全年实际值{c[4]}，分值{c[5]}分，得分{c[6]}分。"
                            + (f"偏差原因：{c[7]}。" if c[7] else ""))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"综上，我中心{YEAR}年度部门整体支出绩效自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("五、下一步工作")
    d.add_paragraph("加快品牌认证评审进度，提前谋划2026年度标准制修订计划。")
    d.add_paragraph(unit)
    d.add_paragraph("2026年4月9日")
    return f, "wps", convert(convert(docx_bytes(d), "mj04", "docx", "odt"), "mj04", "odt", "doc")


# mj06 荆门市市场监管综合行政执法支队, .docx: a 基本情况 table (编制数 / 实有人数 / 内设机构), then the form whose
# indicators are parted by full-width heading rows "一、共性指标（30分）" and "二、个性指标（70分）" ----------------------
MJ06: list[Row] = [
    ("管理效率", "执法规范", "执法记录仪使用率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "执法车辆运行维护费控制率", 10, "≤100%", "94.6%", "10", ""),
    ("履职效能", "执法办案", "查办市场监管领域案件数", 15, "≥420件", "446件", "15", ""),
    ("履职效能", "执法办案", "案件按期结案率", 10, "≥95%", "97.3%", "10", ""),
    ("履职效能", "专项整治", "专项整治行动开展次数", 15, "≥12次", "12次", "15", ""),
    ("履职效能", "专项整治", "移送司法机关案件数", 10, "≥8件", "6件", "7.5", "部分线索经核查未达到刑事立案标准"),
    ("社会效应", "社会效益", "行政复议纠错率", 10, "≤3%", "1.2%", "10", ""),
    ("社会效应", "服务对象满意度", "执法对象满意度", 10, "≥85%", "88.7%", "10", ""),
]


def mj06() -> Made:
    unit = f"{CITY}市场监管综合行政执法支队"
    money, spent = ("1682.50", "1755.30", "1703.88"), ("1320.66", "383.22")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ06, es)
    bodies = ["综合科", "法制审核科", "执法一大队", "执法二大队", "执法三大队"]
    common = [_exec_cells(rt, es), *(_cells(r) for r in MJ06 if r[0] == "管理效率")]
    own = [_cells(r) for r in MJ06 if r[0] != "管理效率"]
    expected = [exec_fact(10, rt, es, level1="管理效率", level2="预算执行", target={"value": D("100"), "unit": "%"}),
                *(indicator_fact(r) for r in MJ06)]
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 52, "staff_establishment": 56, "internal_bodies": bodies},
              b, expected, tot, full_mark=100, planted=[], stated_grade=EARNED)  # (the bodies are listed, their count is not written)
    d = doc()
    d.add_paragraph(f"{unit}")
    d.add_paragraph(f"{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("一、基本情况")
    table(d, [["单位名称", unit, "", ""], ["编制数", "56", "实有人数", "52"],
              ["内设机构", "、".join(bodies), "", ""],
              ["主要职责", "统一行使全市市场监管领域行政处罚权及与之相关的行政检查、行政强制职能。", "", ""]],
          [(0, 1, 0, 3), (2, 1, 2, 3), (3, 1, 3, 3)])
    ini, adj, exe = money
    d.add_paragraph(f"{YEAR}年支队年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效自评表")
    m = money_block(money, spent, ("1288.40", "1342.10", "394.10", "413.20"), rt)
    rows = [*m, HEAD, ["一、共性指标（30分）", *[""] * 7], *common, ["二、个性指标（70分）", *[""] * 7], *own,
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    c1, c2, last = 5, 9, len(rows) - 1
    table(d, rows, [(0, 0, 0, 1), (1, 0, 3, 0), (0, 5, 0, 7), (1, 5, 1, 7), (2, 5, 2, 7), (3, 5, 3, 7),
                    (c1, 0, c1, 7), (c2, 0, c2, 7), (last, 0, last, 4)])
    d.add_paragraph(f"三、自评结论：{YEAR}年度支队部门整体支出绩效自评得分{tot}分，等级“{f['stated_grade']}”。")
    return f, "docx", docx_bytes(d)


# mj07 荆门市计量测试所, .xls: the form in 元 as a finance system prints it — "金额单位：元" over the table, every amount
# with a ¥ sign and separators ---------------------------------------------------------------------------------------
MJ07: list[Row] = [
    ("履职效能", "检定校准", "强制检定计量器具台件数", 15, "≥4.6万台件", "4.82万台件", "15", ""),
    ("履职效能", "检定校准", "社会公用计量标准建标数", 10, "≥3项", "3项", "10", ""),
    ("履职效能", "计量监督", "重点用能单位计量审查家数", 10, "≥40家", "36家", "9", "部分企业转产停产，审查对象减少"),
    ("履职效能", "计量监督", "加油机计量检定覆盖率", 15, "100%", "100%", "15", ""),
    ("管理效率", "质量管理", "计量标准考核合格率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "计量标准器具周期溯源率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "民生计量器具抽查合格率", 10, "≥96%", "97.4%", "10", ""),
    ("社会效应", "服务对象满意度", "送检客户满意度", 10, "≥90%", "96.2%", "10", ""),
]


def _yen(wan: str) -> str:
    return f"¥{yuan(wan)}"


def mj07() -> Made:
    unit = f"{CITY}计量测试所"
    money, spent = ("738.64", "776.20", "760.35"), ("521.28", "239.07")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ07, es)
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ07, rt, es), tot, full_mark=100, planted=[], stated_grade=EARNED)
    m = money_block(money, spent, ("508.30", "530.60", "230.34", "245.60"), rt, unit="元")
    for r in m[1:]:
        r[2:5] = [_yen(v) for v in r[2:5]]
    rows: list[list[Any]] = [
        [f"部门（单位）整体支出绩效自评表（{YEAR}年度）"], ["金额单位：元"],
        ["单位名称", "", unit], *m, HEAD, *form_rows(MJ07, rt, es),
        ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    n = len(rows)
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "A5:A7", f"A{n}:E{n}", *_sheet_merges(rows[:-1], 9)]
    body = sheet(rows, merges)
    return f, "xls", convert(body, "mj07", "xlsx", "xls")


REPORTS = {
    "mj02-hb-jingmen-food-testing-whole-ods-weighted-levels": mj02,
    "mj03-hb-jingmen-special-equipment-whole-et-template-rows": mj03,
    "mj04-hb-jingmen-standards-whole-wps-target-actual-prose": mj04,
    "mj06-hb-jingmen-enforcement-whole-docx-common-own": mj06,
    "mj07-hb-jingmen-metrology-whole-xls-yen-amounts": mj07,
}
