# ruff: noqa: E501
"""Reports u01–u08 of the forty-first set (4 整体支出, 4 项目支出), each returning (facts, ext, content). Every unit,
person, project and figure is invented (real provinces and counties, invented hospitals, colleges, centres, companies,
associations, projects and figures).

Builders and value helpers are the eighteenth, twentieth and twenty-fifth sets' (imported, not copied).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from corpus_build import items
from eighteenth_facts import D, Made, doc, docx_bytes, exec_fact, facts, r2, rate, table, wan_yuan
from twentieth_facts import money
from twentyfifth_project import project_of, project_unit

# (一级, 二级, 三级, 分值, 年度指标值, 实际完成值, 得分, 偏差原因 / 扣分原因); "T:" marks a text value
Ind = tuple[str, str, str, str, str, str, str, str]
_VALUE = re.compile(r"^(≥|≤|＞|＜|=)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)(?:（含）|完成)?$")
_SIGN = {"＞": ">", "＜": "<"}


def shown(v: str) -> str:
    return v.removeprefix("T:")


def value(text: str, *, actual: bool) -> dict[str, Any]:
    """A cell's expected value: text values as text; "≥95%（含）" is ≥ 95 %; "＞90%" is > 90 %; "100%完成" is 100 %."""
    if text.startswith("T:"):
        return {"text": text[2:]}
    m = _VALUE.match(text)
    assert m, text
    out: dict[str, Any] = {}
    if m.group(1) and not actual:
        out["comparator"] = _SIGN.get(m.group(1), m.group(1))
    out["value"] = D(m.group(2))
    out["unit"] = m.group(3)
    return out


def fact(r: Ind, *, levels: bool = True, with_l2: bool = True) -> dict[str, Any]:
    """The expected indicator; ``with_l2`` False where the document names no 二级 (bullets under 一级 headings)."""
    l1, l2, name, weight, target, actual, score, note = r
    f: dict[str, Any] = {"name": name}
    if levels:
        f.update({"level1": l1, **({"level2": l2} if with_l2 else {})})
    f.update({"weight": D(weight), "target": value(target, actual=False), "actual": value(actual, actual=True),
              "stated_score": D(score)})
    if note:
        f["deviation_note"] = note
    return f


def score_sum(rows: list[Ind]) -> Decimal:
    return sum((D(r[6]) for r in rows), D(0))


def weights(rows: list[Ind]) -> Decimal:
    return sum((D(r[3]) for r in rows), D(0))


def exec_row(l1: str, l2: str, rt: Decimal, weight: int = 10, target: str = "100%") -> Ind:
    return (l1, l2, "预算执行率", str(weight), target, f"{rt}%", str(r2(weight * rt / 100)), "")


def sentence(r: Ind) -> str:
    """One indicator as a bullet's sentence: "名称：年度目标X，实际完成Y，分值N分，得分M分（原因）。"."""
    _, _, name, weight, target, actual, score, note = r
    why = f"，{note}" if note else ""
    return f"{name}：年度目标{shown(target)}，实际完成{shown(actual)}，分值{weight}分，得分{score}分{why}。"


def by_block(rows: list[Ind], level: int = 0) -> dict[str, list[Ind]]:
    """The rows grouped by their 一级 (``level`` 0) or 二级 (1), in order."""
    out: dict[str, list[Ind]] = {}
    for r in rows:
        out.setdefault(r[level], []).append(r)
    return out


def one_decimal(score: str) -> str:
    return f"{D(score):.1f}"


# u01 宁夏 county hospital (单位整体), .txt: 事业收入 many times the 财政拨款; 编外 staff beside 在编; the indicators as ◆
# bullets under "（一）产出指标（50分）" headings; "综合得分X分，评价等次：优" --------------------------------------------
U01: list[Ind] = [
    ("产出指标", "数量指标", "门诊诊疗人次", "10", "≥28万人次", "29.36万人次", "10", ""),
    ("产出指标", "数量指标", "出院患者人次", "10", "≥2.1万人次", "2.18万人次", "10", ""),
    ("产出指标", "质量指标", "三级及以上手术占比", "10", "≥30%", "28.6%", "9", "外科高年资医师外出进修，部分手术转诊上级医院"),
    ("产出指标", "时效指标", "急诊患者平均等候时间", "10", "≤15分钟", "12分钟", "10", ""),
    ("效益指标", "社会效益指标", "县域内住院人次占比", "10", "≥85%", "86.4%", "10", ""),
    ("效益指标", "社会效益指标", "药占比", "10", "≤28%", "27.1%", "10", ""),
    ("效益指标", "可持续影响指标", "医疗纠纷发生起数", "10", "≤3起", "2起", "10", ""),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", "20", "≥92%", "90.5%", "18", "部分病区陪护条件较差"),
]


def u01() -> Made:
    ini, adj, exe = "3860.00", "4216.80", "4108.52"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *U01]
    assert weights(rows) == 100
    tot = score_sum(rows)
    unit = "平罗县人民医院"
    blocks = by_block(rows)
    heads = {"产出指标": "（一）产出指标", "效益指标": "（二）效益指标", "满意度指标": "（三）满意度指标"}
    parts = []
    for l1, rs in blocks.items():
        parts.append(f"{heads[l1]}（{weights(rs)}分）")
        parts.extend(f"◆{sentence(r)}" for r in rs)
    text = f"""{unit}2024年度单位整体支出绩效自评报告

一、单位基本情况
县人民医院是县卫生健康局所属公益二类事业单位，为二级甲等综合医院，开放床位520张。医院内设医务科、护理部、院感科、财务科、信息科5个职能科室。核定编制420名，年末实有在编人员398人，另有编外聘用人员188人。

二、收支情况
2024年度收入合计36842.60万元，其中：财政拨款收入4216.80万元，事业收入31985.40万元，其他收入640.40万元。事业收入占收入合计的86.82%。
2024年度支出合计35917.25万元，其中：基本支出33406.15万元，项目支出2511.10万元。
财政拨款年初预算{ini}万元，调整后预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。

三、绩效指标完成情况
{chr(10).join(parts)}

四、自评结论
经自评，{unit}2024年度单位整体支出综合得分{tot}分，评价等次：优。

五、存在问题及改进措施
三级及以上手术占比未达目标，住院患者满意度偏低。2025年将选派12名骨干医师赴上级医院进修，并改造3个病区陪护设施。

{unit}
2025年3月12日
"""
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("36842.60"),
              "income_items": items(("财政拨款收入", "4216.80"), ("事业收入", "31985.40"), ("其他收入", "640.40")),
              "expenditure_total": D("35917.25"),
              "expenditure_items": items(("基本支出", "33406.15"), ("项目支出", "2511.10"))})
    u = {"name": unit, "staff_total": 398, "staff_establishment": 420,
         "internal_bodies": ["医务科", "护理部", "院感科", "财务科", "信息科"], "internal_bodies_count": 5}
    inds = [fact(r, with_l2=False) for r in rows]
    f = facts("整体支出", 2024, u, b, inds, tot, stated_grade="优")
    return f, "txt", text


# u02 江西 city vocational college (单位整体), .docx: 事业收入 (学费) beside 财政拨款 in a Word income table; the indicator
# table broken over a page with its header repeated ("续表"); a 扣分原因 column beside 得分; "≥95%（含）", "＞90%";
# a total in 80–90: "评价等次：良" ---------------------------------------------------------------------------------------
U02: list[Ind] = [
    ("产出指标", "数量指标", "全日制在校生人数", "10", "≥9800人", "10126人", "10", ""),
    ("产出指标", "数量指标", "“双师型”教师占比", "10", "≥55%", "52.4%", "8", "新进教师尚未取得职业资格证书"),
    ("产出指标", "质量指标", "毕业生“1+X”证书获取率", "10", "≥60%", "54.8%", "7", "部分专业证书考核延至次年"),
    ("产出指标", "质量指标", "实训设备完好率", "10", "≥95%（含）", "96.5%", "10", ""),
    ("产出指标", "时效指标", "国家助学金发放及时率", "10", "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "毕业生初次就业率", "10", "＞90%", "91.6%", "10", ""),
    ("效益指标", "社会效益指标", "面向社会开展职业技能培训人次", "10", "≥6000人次", "5120人次", "7.5", "企业订单培训减少"),
    ("效益指标", "可持续影响指标", "校企合作订单班数量", "10", "≥24个", "20个", "7", "两家合作企业停产"),
    ("满意度指标", "服务对象满意度指标", "在校生满意度", "10", "≥90%", "88.2%", "8", "学生宿舍条件有待改善"),
]


def u02() -> Made:
    ini, adj, exe = "8640.00", "9216.50", "8803.62"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *U02]
    assert weights(rows) == 100
    tot = score_sum(rows)
    assert 80 <= tot < 90, tot
    unit = "新余市工程职业技术学院"
    d = doc()
    d.add_heading(f"{unit}2024年度单位整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位概况")
    d.add_paragraph("学院为市属公办全日制高等职业院校，内设党政办公室、教务处、学生工作处、招生就业处、计划财务处5个职能处室，"
                    "下设机电工程学院、建筑工程学院、信息工程学院3个二级学院。核定编制560名，年末实有在编教职工534人。")
    d.add_paragraph("二、收入支出情况（单位：万元）")
    table(d, [["项目", "金额", "占比"],
              ["收入合计", "21460.30", "100%"],
              ["其中：财政拨款收入", "9216.50", "42.95%"],
              ["事业收入", "11385.60", "53.05%"],
              ["其他收入", "858.20", "4.00%"]])
    d.add_paragraph(f"2024年度财政拨款年初预算{ini}万元，调整后预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。"
                    "全年支出合计20872.46万元，其中基本支出15930.18万元，项目支出4942.28万元。")
    d.add_paragraph("三、绩效指标完成情况")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    body = [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], r[6], r[7]] for r in rows]
    table(d, [head, *body[:6]], vmerge_cols=(0, 1))
    d.add_page_break()
    d.add_paragraph("（续表）")
    table(d, [head, *body[6:], ["合计", "", "", "", "", "100", str(tot), ""]],
          merges=[(len(body) - 6 + 1, 0, len(body) - 6 + 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经综合评价，学院2024年度单位整体支出自评综合得分{tot}分，评价等次：良。")
    d.add_paragraph("五、存在问题及整改措施")
    d.add_paragraph("“双师型”教师占比和证书获取率未达目标，社会培训人次下降。2025年将把证书考核纳入专业教学计划，并新拓展5家合作企业。")
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("21460.30"),
              "income_items": items(("财政拨款收入", "9216.50"), ("事业收入", "11385.60"), ("其他收入", "858.20")),
              "expenditure_total": D("20872.46"),
              "expenditure_items": items(("基本支出", "15930.18"), ("项目支出", "4942.28"))})
    u = {"name": unit, "staff_total": 534, "staff_establishment": 560,
         "internal_bodies": ["党政办公室", "教务处", "学生工作处", "招生就业处", "计划财务处"], "internal_bodies_count": 5,
         "subordinate_bodies": ["机电工程学院", "建筑工程学院", "信息工程学院"], "subordinate_bodies_count": 3}
    f = facts("整体支出", 2024, u, b, [fact(r) for r in rows], tot, full_mark=100, stated_grade="良")
    return f, "docx", docx_bytes(d)


# u03 湖北 county state-owned bus company's 财政补贴 project, .txt: the money a label block in 元 with 预算安排数 for the
# 年初 figure and the prose in 万元; the indicators in "1 / 1.1 / 1.1.1" outline numbers; "≤3个工作日", "100%完成",
# "按期完成" ------------------------------------------------------------------------------------------------------------
U03: list[Ind] = [
    ("产出指标", "数量指标", "新能源公交运营线路", "10", "≥12条", "12条", "10", ""),
    ("产出指标", "数量指标", "年度公交运营里程", "10", "≥420万公里", "436.8万公里", "10", ""),
    ("产出指标", "质量指标", "公交车辆安全检测覆盖率", "10", "100%完成", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金拨付时限", "10", "≤3个工作日", "3个工作日", "10", ""),
    ("产出指标", "时效指标", "城乡公交一体化改造", "10", "T:2024年10月底前完成", "T:按期完成", "10", ""),
    ("效益指标", "社会效益指标", "城乡公交日均客运量", "10", "≥2.4万人次", "2.26万人次", "9", "城区两所学校搬迁，学生客流减少"),
    ("效益指标", "生态效益指标", "新能源公交车占比", "10", "≥90%", "92.5%", "10", ""),
    ("效益指标", "可持续影响指标", "公交票价执行政府定价", "10", "T:严格执行", "T:严格执行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "10", "≥90%", "91.3%", "10", ""),
]


def yuan(wan: str) -> str:
    return f"{D(wan) * 10000:,.2f}"


def u03() -> Made:
    ini, adj, exe = "420.00", "456.00", "448.35"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *U03]
    assert weights(rows) == 100
    tot = score_sum(rows)
    company, dept = "远安县城乡公共交通有限公司", "远安县交通运输局"
    proj = "2024年城乡公交运营财政补贴项目"
    lines = []
    for i, (l1, rs) in enumerate(by_block(rows).items(), 1):
        lines.append(f"{i} {l1}（{weights(rs)}分）")
        for j, (l2, rs2) in enumerate(by_block(rs, level=1).items(), 1):
            lines.append(f"{i}.{j} {l2}")
            for k, r in enumerate(rs2, 1):
                _, _, name, weight, target, actual, score, note = r
                why = f"（{note}）" if note else ""
                lines.append(f"{i}.{j}.{k} {name}：年度指标值{shown(target)}，实际完成值{shown(actual)}，分值{weight}分，得分{score}分{why}。")
    text = f"""{proj}绩效自评报告

一、项目基本情况
项目名称：{proj}
主管部门：{dept}
实施单位：{company}
单位性质：县属国有独资企业
项目内容：对承担城乡公交运营任务的县公交公司给予新能源车辆运营补贴和票价政策性亏损补贴，保障全县12条城乡公交线路正常运营。

二、项目资金情况
项目资金（元）
预算安排数：{yuan(ini)}
全年预算数：{yuan(adj)}
全年执行数：{yuan(exe)}
执行率：{rt}%

2024年县财政预算安排该项目补贴{ini}万元，年中因燃油价格联动追加{D(adj) - D(ini):.2f}万元，全年预算{adj}万元，实际拨付{exe}万元，执行率{rt}%。

三、绩效指标完成情况
{chr(10).join(lines)}

四、自评结论
项目自评得分{tot}分，自评等级为优。

五、存在问题及改进措施
城乡公交日均客运量未达目标。公司将于2025年上半年调整2条线路走向，新增学校专线1条。
"""
    b = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), b, [fact(r) for r in rows], tot,
              project=project_of(proj, company), stated_grade="优")
    return f, "txt", text


# u04 浙江 county 养老服务协会 undertaking a government-purchased service, .docx: the 绩效目标 as a numbered list, then the
# 完成情况 as a second numbered list in the same order, then a Word score table (序号 / 指标 / 分值 / 得分 / 扣分原因) -----
U04: list[Ind] = [
    ("", "", "居家老人上门助餐服务人次", "20", "≥36000人次", "38240人次", "20", ""),
    ("", "", "失能老人上门照护服务人数", "20", "≥420人", "406人", "18", "12名服务对象入住养老机构"),
    ("", "", "助老服务员持证上岗率", "15", "100%", "100%", "15", ""),
    ("", "", "服务投诉按时办结率", "15", "≥98%", "100%", "15", ""),
    ("", "", "服务记录电子化率", "10", "≥95%", "93.6%", "9", "部分山区村网络信号不稳定"),
    ("", "", "服务对象满意度", "20", "≥90%", "94.2%", "20", ""),
]


def u04() -> Made:
    ini, adj, exe = "168.00", "168.00", "164.92"
    rt = rate(exe, adj)
    assert weights(U04) == 100
    tot = score_sum(U04)
    assoc, dept = "松阳县养老服务协会", "松阳县民政局"
    proj = "2024年度政府购买居家养老服务项目"
    d = doc()
    d.add_heading(f"{assoc}{proj}绩效自评报告", level=1)
    d.add_paragraph("一、项目概况")
    d.add_paragraph(f"项目名称：{proj}")
    d.add_paragraph(f"购买主体：{dept}")
    d.add_paragraph(f"承接主体：{assoc}")
    d.add_paragraph("协会为县民政局主管的社会团体，2024年通过公开招标承接县民政局购买的居家养老服务，服务范围覆盖全县19个乡镇（街道）。")
    d.add_paragraph("二、资金情况")
    d.add_paragraph(f"项目合同金额{ini}万元，年初预算{ini}万元，全年预算{adj}万元，按合同约定分四期拨付，全年实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效目标")
    for i, r in enumerate(U04, 1):
        d.add_paragraph(f"{i}.{r[2]}：{shown(r[4])}")
    d.add_paragraph("四、绩效目标完成情况")
    for i, r in enumerate(U04, 1):
        d.add_paragraph(f"{i}.{r[2]}：{shown(r[5])}")
    d.add_paragraph("五、评分情况")
    table(d, [["序号", "指标", "分值", "得分", "扣分原因"],
              *([str(i), r[2], r[3], r[6], r[7]] for i, r in enumerate(U04, 1)),
              ["合计", "", "100", str(tot), ""]], merges=[(len(U04) + 1, 0, len(U04) + 1, 1)])
    d.add_paragraph(f"六、自评结论：项目自评最终得分{tot}分，评价等次：优。")
    d.add_paragraph(assoc)
    d.add_paragraph("2025年1月20日")
    b = money(ini, adj, exe, rt)
    inds = []
    for i, r in enumerate(U04, 1):
        x = fact(r, levels=False)
        inds.append({"number": i, **x})
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, assoc), full_mark=100,
              stated_grade="优")
    return f, "docx", docx_bytes(d)


# u05 四川 township health centre (单位整体), .txt: the indicators as ▲ 一级 headings with ※ items; 基本公卫 money beside
# 医疗收入; planted EXECUTION_RATE_MISMATCH (the stated 执行率 1.5 points above 执行 ÷ 调整后预算) ----------------------
U05: list[Ind] = [
    ("产出指标", "数量指标", "辖区65岁及以上老年人健康管理人数", "10", "≥1850人", "1912人", "10", ""),
    ("产出指标", "数量指标", "高血压患者规范管理人数", "10", "≥960人", "985人", "10", ""),
    ("产出指标", "质量指标", "居民电子健康档案规范建档率", "10", "≥90%", "88.4%", "9", "外出务工人员档案更新不及时"),
    ("产出指标", "时效指标", "传染病疫情报告及时率", "10", "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "家庭医生签约覆盖率", "15", "≥45%", "47.2%", "15", ""),
    ("效益指标", "可持续影响指标", "基层首诊率", "15", "≥65%", "61.5%", "13", "部分慢病患者直接到县级医院就诊"),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "20", "≥90%", "92.8%", "20", ""),
]


def u05() -> Made:
    ini, adj, exe = "486.20", "532.60", "510.74"
    rt = rate(exe, adj)
    said = rt + D("1.5")
    rows = [exec_row("产出指标", "成本指标", said), *U05]
    assert weights(rows) == 100
    tot = score_sum(rows)
    unit = "苍溪县白驿镇卫生院"
    parts = []
    for l1, rs in by_block(rows).items():
        parts.append(f"▲{l1}（{weights(rs)}分）")
        parts.extend(f"※{sentence(r)}" for r in rs)
    text = f"""{unit}
2024年度单位整体支出绩效自评报告

一、基本情况
我院为镇人民政府举办、县卫生健康局业务管理的公益一类事业单位，承担辖区6个村、2.3万人的基本医疗和基本公共卫生服务。内设综合办公室、医疗组、公共卫生组3个组室。核定编制28名，年末实有在编人员26人，聘用乡村医生11人。

二、收支情况
2024年收入合计812.46万元，其中财政拨款收入532.60万元，医疗收入271.30万元，其他收入8.56万元。
2024年财政拨款年初预算{ini}万元，调整后预算{adj}万元，全年支出{exe}万元，预算执行率{said}%。

三、绩效指标完成情况
{chr(10).join(parts)}

四、自评结论
经自评，我院2024年度整体支出绩效自评得分{tot}分，自评等级：优。

五、存在问题及整改措施
基层首诊率偏低。2025年将开设慢病长处方门诊，每周邀请县医院专家坐诊1次。
"""
    b = money(ini, adj, exe, said)
    b.update({"income_total": D("812.46"),
              "income_items": items(("财政拨款收入", "532.60"), ("医疗收入", "271.30"), ("其他收入", "8.56"))})
    u = {"name": unit, "staff_total": 26, "staff_establishment": 28,
         "internal_bodies": ["综合办公室", "医疗组", "公共卫生组"], "internal_bodies_count": 3}
    f = facts("整体支出", 2024, u, b, [fact(r, with_l2=False) for r in rows], tot, stated_grade="优",
              planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# u06 山东 county 不动产登记中心 (单位整体), .docx: 事业收入 (登记费) beside 财政拨款; the form a Word table whose scores
# carry one decimal ("10.0", "9.5") while the prose gives the total with two ("93.50分") ---------------------------------
U06: list[Ind] = [
    ("产出指标", "数量指标", "不动产登记办件量", "15", "≥2.6万件", "2.84万件", "15", ""),
    ("产出指标", "质量指标", "登记错误率", "15", "≤0.5%", "0.3%", "15", ""),
    ("产出指标", "时效指标", "一般登记办结时限", "10", "≤3个工作日", "2.5个工作日", "10", ""),
    ("产出指标", "时效指标", "抵押登记办结时限", "10", "≤1个工作日", "1个工作日", "10", ""),
    ("效益指标", "社会效益指标", "“一窗受理”业务占比", "15", "≥95%", "91.5%", "12.5", "部分银行网点未接入线上抵押系统"),
    ("效益指标", "可持续影响指标", "登记档案数字化率", "10", "≥98%", "96.2%", "8", "历史纸质档案扫描进度滞后"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", "15", "≥95%", "97.3%", "15", ""),
]


def u06() -> Made:
    ini, adj, exe = "612.40", "655.80", "641.37"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    rows = U06
    assert weights(rows) == 90
    tot = score_sum(rows) + es
    shown_tot = f"{tot:.2f}"
    unit = "莒南县不动产登记中心"
    d = doc()
    d.add_heading(f"{unit}2024年度单位整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph("中心为县自然资源和规划局所属公益一类事业单位，内设综合科、登记受理科、权籍调查科、档案信息科4个科室。"
                    "核定编制36名，年末实有在编人员33人。")
    d.add_paragraph("二、收支情况")
    d.add_paragraph(f"2024年度收入合计748.26万元，其中财政拨款收入{adj}万元，事业收入92.46万元。年初预算{ini}万元，"
                    f"调整后预算{adj}万元，全年支出{exe}万元，其中基本支出512.08万元，项目支出129.29万元，预算执行率{rt}%。")
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经自评，中心2024年度单位整体支出绩效综合得分{shown_tot}分，评价等次：优。")
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("“一窗受理”尚未覆盖全部银行网点，历史档案数字化滞后。2025年6月底前完成剩余11家银行网点接入。")
    d.add_paragraph("附件：单位整体支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    grid = [["单位名称", unit, "", "", "", "", "", ""],
            ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
            head,
            *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), one_decimal(r[3]), one_decimal(r[6]), r[7]] for r in rows),
            ["总分", "", "", "", "", "100.0", shown_tot, ""]]
    table(d, grid, merges=[(0, 1, 0, 7), (len(grid) - 1, 0, len(grid) - 1, 4)], vmerge_cols=(0, 1))
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D("748.26"),
              "income_items": items(("财政拨款收入", adj), ("事业收入", "92.46")),
              "expenditure_total": D(exe),
              "expenditure_items": items(("基本支出", "512.08"), ("项目支出", "129.29"))})
    u = {"name": unit, "staff_total": 33, "staff_establishment": 36,
         "internal_bodies": ["综合科", "登记受理科", "权籍调查科", "档案信息科"], "internal_bodies_count": 4}
    inds = [exec_fact(10, rt, es), *(fact(r) for r in rows)]
    f = facts("整体支出", 2024, u, b, inds, tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# u07 安徽 county 灌区 renovation project, .txt: the indicators as ● bullets under "一级（N分）" headings; the money in a
# sentence; "最终得分"; planted TOTAL_MISMATCH (the stated 最终得分 2.00 above the bullets' sum) -------------------------
U07: list[Ind] = [
    ("产出指标", "数量指标", "渠道衬砌长度", "10", "≥18.5公里", "18.9公里", "10", ""),
    ("产出指标", "数量指标", "新建改造渠系建筑物", "10", "≥64座", "61座", "9", "2座节制闸因征地未完成缓建"),
    ("产出指标", "质量指标", "单元工程质量合格率", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "汛前主体工程完工", "10", "T:2024年5月底前", "T:已完成", "10", ""),
    ("效益指标", "经济效益指标", "新增节水能力", "10", "≥620万立方米", "655万立方米", "10", ""),
    ("效益指标", "社会效益指标", "改善灌溉面积", "10", "≥4.2万亩", "4.35万亩", "10", ""),
    ("效益指标", "可持续影响指标", "灌区管护责任落实率", "10", "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "灌区受益群众满意度", "20", "≥90%", "88%", "18", "部分支渠未纳入本期改造"),
]


def u07() -> Made:
    ini, adj, exe = "2860.00", "3124.50", "3068.21"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *U07]
    assert weights(rows) == 100
    said = score_sum(rows) + D("2.00")
    proj, dept, impl = "霍邱县淠东灌区续建配套与节水改造项目", "霍邱县水利局", "霍邱县淠东灌区管理所"
    parts = []
    for l1, rs in by_block(rows).items():
        parts.append(f"{l1}（{weights(rs)}分）")
        parts.extend(f"●{sentence(r)}" for r in rs)
    text = f"""{proj}
2024年度绩效自评报告

一、项目概况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
淠东灌区设计灌溉面积12.6万亩，本年度实施干支渠衬砌、渠系建筑物改造和量测水设施建设。

二、资金投入和使用情况
2024年年初下达中央和省级水利发展资金{ini}万元，年中追加县级配套资金{D(adj) - D(ini):.2f}万元，全年预算{adj}万元，截至12月31日支出{exe}万元，预算执行率{rt}%。

三、绩效目标完成情况
{chr(10).join(parts)}

四、自评结论
经自评，该项目最终得分{said}分，评价等次：优。

五、问题及建议
2座节制闸因征地缓建，部分支渠未纳入本期改造。建议将剩余支渠纳入2025年度实施计划。
"""
    b = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), b, [fact(r, with_l2=False) for r in rows], said, project=project_of(proj, impl),
              stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# u08 广西 county surveying project (实景三维 / 地籍测绘), .docx: the template form as a Word table with the money in 元 and
# the 年初 column headed 预算安排数, the prose in 万元; "≤3个工作日", "100%完成", "已完成" / "按期完成"; a total in
# 80–90 with "评价等次：良" ---------------------------------------------------------------------------------------------
U08: list[Ind] = [
    ("产出指标", "数量指标", "农村宅基地地籍补充调查宗数", "15", "≥8600宗", "8120宗", "12", "部分外出农户无法到场指界"),
    ("产出指标", "数量指标", "1:500地形图测绘面积", "10", "≥12平方公里", "12.4平方公里", "10", ""),
    ("产出指标", "质量指标", "成果质量检查合格率", "10", "100%完成", "100%", "10", ""),
    ("产出指标", "时效指标", "成果汇交时间", "10", "T:2024年11月30日前", "T:按期完成", "10", ""),
    ("产出指标", "时效指标", "外业问题整改时限", "5", "≤3个工作日", "5个工作日", "3", "雨季外业返工集中"),
    ("效益指标", "社会效益指标", "宅基地确权登记发证率", "15", "≥85%", "78.6%", "11", "权属争议宗地调处进度慢"),
    ("效益指标", "可持续影响指标", "调查成果入库", "10", "T:全部入库", "T:已完成", "10", ""),
    ("满意度指标", "服务对象满意度指标", "权利人满意度", "15", "≥90%", "86.5%", "12", "部分农户对界址认定有异议"),
]


def u08() -> Made:
    ini, adj, exe = "236.00", "248.60", "241.85"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    assert weights(U08) == 90
    tot = score_sum(U08) + es
    assert 80 <= tot < 90, tot
    proj, dept, impl = "2024年农村宅基地地籍调查及地形测绘项目", "融水苗族自治县自然资源局", "融水苗族自治县测绘地理信息中心"
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    d.add_paragraph(f"一、项目基本情况。该项目由{impl}组织实施，主要开展农村宅基地地籍补充调查和重点乡镇1:500地形图测绘。")
    d.add_paragraph(f"二、资金情况。项目预算安排{ini}万元，调整后全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、项目支出绩效自评表")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    grid = [["项目名称", proj, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（元）", "", "预算安排数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["项目资金（元）", "年度资金总额", yuan(ini), yuan(adj), yuan(exe), "10", f"{rt}%", str(es)],
            ["项目资金（元）", "其中：财政拨款", yuan(ini), yuan(adj), yuan(exe), "—", "", "—"],
            ["项目资金（元）", "其他资金", "", "", "", "—", "", "—"],
            head,
            *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], r[6], r[7]] for r in U08),
            ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, grid, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (len(grid) - 1, 0, len(grid) - 1, 4)],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。项目综合得分{tot}分，评价等次：良。")
    d.add_paragraph("五、存在问题和改进措施。部分外出农户无法到场指界，权属争议调处较慢。2025年将采用远程视频指界并会同乡镇开展集中调处。")
    b = money(ini, adj, exe, rt)
    b["fund_rows"] = [{"name": "财政拨款", "initial": wan_yuan(yuan(ini)), "adjusted": wan_yuan(yuan(adj)),
                       "executed": wan_yuan(yuan(exe))}]
    inds = [exec_fact(10, rt, es), *(fact(r) for r in U08)]
    f = facts("项目支出", 2024, project_unit(dept), b, inds, tot, project=project_of(proj, impl), full_mark=100,
              stated_grade="良")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "u01-nx-pingluo-hospital-whole-txt-diamond-bullets-income": u01,
    "u02-jx-xinyu-college-whole-docx-split-table-kouyuanyin": u02,
    "u03-hb-yuanan-bus-soe-project-txt-outline-yuan-form": u03,
    "u04-zj-songyang-association-project-docx-two-lists": u04,
    "u05-sc-cangxi-health-centre-whole-txt-triangle-planted": u05,
    "u06-sd-junan-registry-whole-docx-one-decimal-form": u06,
    "u07-ah-huoqiu-irrigation-project-txt-dot-bullets-planted": u07,
    "u08-gx-rongshui-survey-project-docx-yuan-form-liang": u08,
}
