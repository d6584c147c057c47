# ruff: noqa: E501
"""Reports e01–e08 of the thirtieth set, each returning (facts, ext, content). Every unit, person, project and figure is
invented (real provinces and counties, invented towns, offices, associations, companies and projects).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from docx.shared import Cm
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, r2, shown, table
from twentieth_facts import indicators, money, scored
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import FORM_HEAD, form_rows, pipe_row


def _png() -> bytes:
    """A tiny grey PNG (the picture of a pasted form: its pixels carry nothing the reader could read)."""
    raw = b"".join(b"\x00" + b"\xc0" * 8 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# e01 江西 township government, .txt: the unit's total first, then THREE SMALL PROJECTS told one paragraph each with their
# own budget, spending, rate and score (none of them the unit's); the whole-unit form a pipe table -------------------------
E01: list[Row] = [
    ("产出指标", "数量指标", "村级道路硬化里程", 15, "≥6公里", "6.2公里", "15", ""),
    ("产出指标", "数量指标", "农村人居环境整治村数", 10, "≥14个", "14个", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "民生项目按期完成率", 10, "≥95%", "90%", "8", "一处饮水工程受汛期影响延期"),
    ("效益指标", "社会效益指标", "农村生活垃圾无害化处理率", 15, "≥90%", "93%", "15", ""),
    ("效益指标", "可持续影响指标", "村级集体经济收入5万元以上村占比", 10, "≥80%", "78.6%", "8", "两个村产业项目尚未见效"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥90%", "92%", "15", ""),
]


def e01() -> Made:
    ini, adj, exe = "2986.40", "3124.75", "3051.62"
    rt, es, tot = scored(exe, adj, E01)
    unit = "于都县青塘铺镇人民政府"
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(E01, rt, es), ["总分", "", "", "", "", "100", str(tot), "优"]])
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门基本情况
我镇内设党政综合办公室、经济发展办公室、社会事务办公室、综合治理办公室4个办公室，下辖14个行政村。核定编制62名，年末实有在职人员58人。

二、预算安排及执行情况
2024年全镇年初预算数为{ini}万元，年中追加防汛救灾及民生项目资金后，调整后预算数为{adj}万元；全年实际支出{exe}万元，预算执行率{rt}%。

三、重点项目实施情况
全年由镇级组织实施的小型项目3个，分述如下：
（一）村级道路硬化项目。项目预算186.00万元，实际支出181.35万元，执行率97.50%。完成硬化道路6.2公里，项目自评得分96分。
（二）人居环境整治项目。项目预算92.60万元，实际支出92.60万元，执行率100%。完成14个村环境整治，项目自评得分98分。
（三）农村安全饮水巩固项目。项目预算48.00万元，实际支出41.28万元，执行率86.00%。完成管网改造3.5公里，一处工程延期，项目自评得分88分。

四、整体绩效指标完成情况
{form}

五、自评结论
经自评，我镇2024年度部门整体支出绩效自评得分{tot}分，等级为优。

六、存在问题及下一步措施
个别项目受汛期影响进度滞后，部分村集体经济增收渠道单一。下一步将提早谋划项目，加强进度调度。
"""
    inds = indicators(rt, es, E01, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 58, "staff_establishment": 62,
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "综合治理办公室"], "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# e02 湖北 county disease-control centre, .txt: the spending told BY QUARTER (a tab table 季度 | 当季支出 | 累计支出 | 累计执行率
# whose first rows' rates are not the year's) after the budget sentence; the form tab-separated -----------------------------
E02: list[Row] = [
    ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种剂次", 15, "≥42000剂次", "43610剂次", "15", ""),
    ("产出指标", "数量指标", "重点人群结核病筛查人数", 10, "≥5600人", "5820人", "10", ""),
    ("产出指标", "质量指标", "法定传染病报告及时率", 15, "≥98%", "99.2%", "15", ""),
    ("产出指标", "时效指标", "突发公共卫生事件处置及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", 20, "≥95%", "96.4%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "受种者满意度", 20, "≥90%", "89%", "18", "接种高峰时段等候时间偏长"),
]


def e02() -> Made:
    ini, adj = "420.00", "436.80"
    quarters = [("第一季度", "62.15"), ("第二季度", "118.40"), ("第三季度", "126.72"), ("第四季度", "121.09")]
    exe = str(sum(D(q[1]) for q in quarters))
    rt, es, tot = scored(exe, adj, E02)
    dept, impl, proj = "房县卫生健康局", "房县疾病预防控制中心", "基本公共卫生服务重大传染病防控项目"
    run, rows = D(0), []
    for name, amount in quarters:
        run += D(amount)
        rows.append("\t".join([name, amount, f"{run:.2f}", f"{r2(run / D(adj) * 100)}%"]))
    quarter_lines = "\n".join(rows)
    form_rows = []
    for i, r in enumerate(E02):
        l1 = r[0] if i == 0 or E02[i - 1][0] != r[0] else ""
        form_rows.append("\t".join([l1, r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]))
    form = "\n".join(["\t".join(FORM_HEAD), "\t".join(["产出指标", "预算执行", "预算执行率", "", f"{rt}%", "10", str(es), ""]), *form_rows])
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
本项目年初预算{ini}万元，第三季度追加疫苗冷链运转经费16.80万元，全年预算{adj}万元。

二、预算执行情况
项目资金按季度执行，全年累计支出{exe}万元，预算执行率{rt}%。分季度支出情况如下（单位：万元）：
季度\t当季支出\t累计支出\t累计执行率
{quarter_lines}
第一季度为接种淡季，支出进度偏慢；下半年冷链设备运转及结核病筛查集中支出。

三、绩效指标完成情况
{form}
总分\t\t\t\t\t100\t{tot}\t

四、自评结论
本项目自评得分{tot}分，自评等级为优。
"""
    inds = indicators(rt, es, E02, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "txt", text


# e03 陕西 county water bureau, .docx: the standard Word form whose indicator table MERGES each 一级 cell down its block and
# writes each 二级 ONCE per block (the cells below it left empty, not merged); the money block a table of its own ----------
E03: list[Row] = [
    ("产出指标", "数量指标", "新建农村供水管网长度", 15, "≥42公里", "43.5公里", "15", ""),
    ("产出指标", "数量指标", "改造提升供水工程处数", 10, "≥8处", "8处", "10", ""),
    ("产出指标", "数量指标", "新增水质检测设备台数", 5, "≥6台", "6台", "5", ""),
    ("产出指标", "质量指标", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "质量指标", "农村供水水质达标率", 10, "≥92%", "90.8%", "9", "两处单村工程消毒设备运行不稳"),
    ("产出指标", "时效指标", "工程按期完工率", 10, "≥95%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 10, "≥95%", "96.2%", "10", ""),
    ("效益指标", "社会效益指标", "受益人口", 10, "≥2.6万人", "2.71万人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "93%", "10", ""),
]


def e03() -> Made:
    ini, adj, exe = "1280.00", "1346.50", "1318.72"
    rt, es, tot = scored(exe, adj, E03)
    dept, impl, proj = "洋县水利局", "洋县农村供水管理站", "农村供水保障工程项目"
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", ""],
              ["主管部门", dept, "", "实施单位", impl, "", ""],
              ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—"]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)])
    d.add_paragraph("")
    rows: list[list[str]] = [FORM_HEAD]
    for i, r in enumerate(E03):
        l2 = r[1] if i == 0 or E03[i - 1][:2] != r[:2] else ""
        rows.append([r[0], l2, r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]])
    rows.append(["总分", "", "", "", "", "100", str(tot), ""])
    table(d, rows, vmerge_cols=(0,))
    d.add_paragraph(f"自评得分：{tot}分    自评等级：优")
    d.add_paragraph("填报单位：洋县农村供水管理站    填报日期：2025年3月12日")
    inds: list[dict[str, Any]] = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es}]
    inds += [indicator_fact(r) for r in E03]
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# e04 河北 county transport bureau, .txt: results told as "计划…，实际…，完成率…" SENTENCES under 一级 headings with their
# points ("（一）产出指标（50分）"), each sentence led by its 二级 and closing with 分值 / 得分; planted TOTAL_MISMATCH (the
# stated total 3.00 below the scores' sum) ------------------------------------------------------------------------------
E04: list[Row] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", 15, "320公里", "326公里", "15", ""),
    ("产出指标", "数量指标", "危桥加固改造座数", 10, "6座", "5座", "8", ""),
    ("产出指标", "质量指标", "养护工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "养护资金拨付及时率", 5, "100%", "100%", "5", ""),
    ("效益指标", "社会效益指标", "农村公路优良中等路率", 20, "85%", "86.4%", "20", ""),
    ("效益指标", "可持续影响指标", "列养率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "90%", "91.5%", "20", ""),
]


def _done(r: Row) -> str:
    t, a = D(shown(r[4]).rstrip("公里座%")), D(shown(r[5]).rstrip("公里座%"))
    return f"{r2(a / t * 100)}%"


def e04() -> Made:
    ini, adj, exe = "1650.00", "1720.00", "1689.46"
    rt, es, tot = scored(exe, adj, E04)
    stated = tot - 3
    dept, impl, proj = "阜平县交通运输局", "阜平县农村公路管理所", "农村公路养护工程项目"
    blocks = []
    for n1, (block, points) in enumerate((("产出指标", 50), ("效益指标", 30), ("满意度指标", 20))):
        lines = [f"（{'二三四'[n1]}）{block}（{points}分）"]
        if block == "产出指标":
            points -= 10
            lines[0] = f"（{'二三四'[n1]}）{block}（{points}分）"
        for j, r in enumerate((r for r in E04 if r[0] == block), 1):
            lines.append(f"{j}.{r[1]}：{r[2]}计划{shown(r[4])}，实际{shown(r[5])}，完成率{_done(r)}。该指标分值{r[3]}分，得{r[6]}分。")
        blocks.append("\n".join(lines))
    body = "\n".join(blocks)
    text = f"""{proj}2024年度绩效自评报告

一、项目概况
本项目主管部门为{dept}，实施单位为{impl}。2024年项目年初预算{ini}万元，年中追加危桥改造资金70.00万元，调整后预算{adj}万元。

二、绩效目标完成情况
（一）预算执行（10分）
全年实际支出{exe}万元，预算执行率{rt}%，得{es}分。
{body}

三、自评结论
综上，本项目2024年度自评得分{stated}分，自评等级为优。

四、存在的问题
一座危桥因设计变更未能在年内完工，已列入2025年计划。
"""
    inds = indicators(rt, es, E04)
    for i in inds[1:]:
        i.get("target", {}).pop("comparator", None)
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, stated,
              project=project_of(proj, impl), stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# e05 陕西 county tax bureau (垂直管理), .docx: the staff in a Word table by category (类别 | 编制数 | 实有数 over 行政编制 /
# 事业编制 / 合计); the funds a 中央财政拨款 sentence; the form a Word table -------------------------------------------------
E05: list[Row] = [
    ("产出指标", "数量指标", "纳税人满意度调查覆盖户数", 10, "≥1200户", "1260户", "10", ""),
    ("产出指标", "数量指标", "税费政策宣传辅导场次", 10, "≥24场", "27场", "10", ""),
    ("产出指标", "质量指标", "税收收入预测准确率", 15, "≥95%", "96.1%", "15", ""),
    ("产出指标", "时效指标", "涉税事项按时办结率", 15, "≥99%", "99.6%", "15", ""),
    ("效益指标", "社会效益指标", "非接触式办税业务占比", 20, "≥85%", "88.2%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "纳税人缴费人满意度", 20, "≥90%", "87.5%", "17", "高峰期办税厅等候时间较长"),
]


def e05() -> Made:
    ini, adj, exe = "1865.30", "1942.18", "1920.44"
    rt, es, tot = scored(exe, adj, E05)
    unit = "国家税务总局镇坪县税务局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph(f"{unit}是国家税务总局安康市税务局的派出机构，实行以国家税务总局为主、与地方政府双重领导的管理体制。"
                    "内设办公室、法制股、税政股、征收管理股、纳税服务股5个股室，派出税务分局2个。人员情况如下：")
    table(d, [["类别", "编制数", "实有数"], ["行政编制", "48", "45"], ["事业编制", "6", "5"], ["合计", "54", "50"]])
    d.add_paragraph("二、预算安排及执行情况")
    d.add_paragraph(f"本局经费全部为中央财政拨款。2024年年初预算{ini}万元，年中上级追加办税服务厅改造经费后全年预算{adj}万元，"
                    f"全年支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [FORM_HEAD, *form_rows(E05, rt, es), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，本局2024年度部门整体支出绩效自评得分{tot}分，自评等级为优。")
    inds = indicators(rt, es, E05, level1="产出指标", level2="预算执行")
    u = {"name": unit, "staff_total": 50, "staff_establishment": 54,
         "internal_bodies": ["办公室", "法制股", "税政股", "征收管理股", "纳税服务股"], "internal_bodies_count": 5}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# e06 福建 county tea association (a 协会 receiving a subsidy), .txt: the indicators told in prose, each with its points and
# what was DEDUCTED ("分值15分，扣2分" / "未扣分"), no score stated outright; the total stated ---------------------------------
E06: list[Row] = [
    ("产出指标", "数量指标", "茶农技术培训人次", 15, "≥1500人次", "1620人次", "15", ""),
    ("产出指标", "数量指标", "茶园绿色防控示范面积", 15, "≥3000亩", "2700亩", "13", ""),
    ("产出指标", "质量指标", "参训茶农考核合格率", 10, "≥90%", "94%", "10", ""),
    ("效益指标", "经济效益指标", "示范区亩均增收", 20, "≥300元", "268元", "17", ""),
    ("效益指标", "社会效益指标", "区域公用品牌授权企业数", 10, "≥40家", "42家", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参训茶农满意度", 20, "≥90%", "93%", "20", ""),
]


def e06() -> Made:
    ini, adj, exe = "120.00", "120.00", "117.60"
    rt, es, tot = scored(exe, adj, E06)
    dept, impl, proj = "安溪县农业农村局", "安溪县茶业协会", "茶产业高质量发展补助资金项目"
    lines = []
    for j, r in enumerate(E06, 2):
        cut = r[3] - int(D(r[6])) if D(r[6]) == int(D(r[6])) else D(r[3]) - D(r[6])
        verdict = "未扣分" if not cut else f"扣{cut}分"
        lines.append(f"{j}.{r[2]}（{r[0]}—{r[1]}）：年度目标{shown(r[4])}，实际完成{shown(r[5])}。分值{r[3]}分，{verdict}。")
    cut_es = D(10) - es
    body = "\n".join(lines)
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
{impl}是经县民政局登记的社会团体，业务主管单位为{dept}。根据县财政局、县农业农村局下达的补助资金文件，协会承担茶农技术培训、绿色防控示范及区域公用品牌推广工作。
项目名称：{proj}
主管部门：{dept}
实施单位：{impl}
本项目全年预算{adj}万元（年初预算{ini}万元，年中未调整），全年支出{exe}万元，预算执行率{rt}%。

二、绩效指标完成情况（按扣分制自评）
1.预算执行率（产出指标—预算执行）：实际执行率{rt}%。分值10分，扣{cut_es}分。
{body}

三、自评结论
以上各项合计扣{D(100) - tot}分，本项目自评得分{tot}分，自评等级为优。
"""
    inds = indicators(rt, es, E06, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), inds, tot,
              project=project_of(proj, impl), stated_grade="优")
    return f, "txt", text


# e07 浙江 county culture bureau, .docx: the 自评表 PASTED AS A PICTURE (an image with only its caption text under it:
# "图1 …绩效自评表（自评得分…）"); the budget, a few results and the total told in the prose -----------------------------
def e07() -> Made:
    ini, adj, exe = "260.00", "275.00", "268.95"
    rt = r2(D(exe) / D(adj) * 100)
    tot = D("94.5")
    dept, impl, proj = "松阳县文化和广电旅游体育局", "松阳县图书馆", "乡镇公共文化服务提升项目"
    d = doc()
    d.add_heading(f"{proj}2024年度绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"本项目主管部门为{dept}，实施单位为{impl}。2024年项目年初预算{ini}万元，调整后全年预算{adj}万元，"
                    f"全年实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效目标完成情况")
    d.add_paragraph("全年完成乡镇图书分馆图书更新5.2万册，开展流动文化服务进村168场次，乡镇综合文化站免费开放率100%。"
                    "各项指标完成情况见下图。")
    d.add_picture(__import__("io").BytesIO(_png()), width=Cm(15))
    d.add_paragraph(f"图1 {proj}绩效自评表（2024年度，自评得分{tot}分）")
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经自评，本项目2024年度绩效自评得分{tot}分，自评等级为优。")
    budget = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), budget, [], tot, project=project_of(proj, impl), stated_grade="优")
    return f, "docx", docx_bytes(d)


# e08 广西 county bus company (a 国有企业 receiving a fare subsidy), .txt: the subsidy paid MONTH BY MONTH (a pipe table
# 月份 | 拨付金额, then 合计); the form a pipe table; planted EXECUTION_RATE_MISMATCH (the stated rate 3 points below 执行 ÷ 预算) -
E08: list[Row] = [
    ("产出指标", "数量指标", "城乡公交运营线路条数", 15, "≥18条", "18条", "15", ""),
    ("产出指标", "数量指标", "老年人及学生免费乘车人次", 15, "≥96万人次", "101.3万人次", "15", ""),
    ("产出指标", "质量指标", "公交车辆准点率", 10, "≥92%", "93.5%", "10", ""),
    ("产出指标", "时效指标", "补贴资金按月拨付率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "建制村通公交率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", 20, "≥90%", "91.2%", "20", ""),
]


def e08() -> Made:
    months = ["52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "52.40", "46.80"]
    ini = adj = "640.00"
    exe = str(sum(D(m) for m in months))
    rt = r2(D(exe) / D(adj) * 100)
    stated_rt = rt - 3
    es = r2(10 * stated_rt / 100)
    tot = es + sum(D(r[6]) for r in E08)
    dept, impl, proj = "荔浦市交通运输局", "荔浦市公共交通有限责任公司", "城乡公交运营补贴项目"
    month_lines = "\n".join(pipe_row([f"{i}月", m]) for i, m in enumerate(months, 1))
    form = "\n".join(pipe_row(r) for r in [FORM_HEAD, *form_rows(E08, stated_rt, es), ["总分", "", "", "", "", "100", str(tot), ""]])
    text = f"""{proj}2024年度绩效自评报告

一、项目基本情况
{impl}为市属国有企业，承担城区及城乡公交线路运营。项目主管部门为{dept}，实施单位为{impl}。本项目年初预算{ini}万元，年内未调整，全年预算{adj}万元。

二、资金拨付及使用情况
补贴资金按月拨付至公司，各月拨付情况如下（单位：万元）：
| 月份 | 拨付金额 |
{month_lines}
| 合计 | {exe} |
全年执行{exe}万元，预算执行率{stated_rt}%。12月按实际运营里程结算，少拨5.60万元。

三、绩效指标完成情况
{form}

四、自评结论
本项目自评得分{tot}分，自评等级为优。
"""
    inds = indicators(stated_rt, es, E08, level1="产出指标", level2="预算执行")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, stated_rt), inds, tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


REPORTS: dict[str, Any] = {
    "e01-jx-yudu-town-whole-txt-small-projects-listed": e01,
    "e02-hb-fangxian-cdc-project-txt-quarterly-spending": e02,
    "e03-sn-yangxian-water-project-docx-merged-level1-level2-once": e03,
    "e04-he-fuping-roads-project-txt-plan-actual-rate-planted": e04,
    "e05-sn-zhenping-tax-whole-docx-staff-table": e05,
    "e06-fj-anxi-tea-association-project-txt-deductions": e06,
    "e07-zj-songyang-library-project-docx-form-as-picture": e07,
    "e08-gx-lipu-bus-company-project-txt-monthly-planted": e08,
}
