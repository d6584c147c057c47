# ruff: noqa: E501
"""Reports fs01–fs08 of the fifty-fourth set, each returning (facts, ext, content): eight 2025 self-evaluations in a
Jiangxi county finance bureau's inbox (江西 遂川县) from bodies no set wrote for — a .txt self-evaluation answered as a
questionnaire ("问1：" / "答："), a landscape .pdf form whose columns run over two pages (the 三级 column repeated on
the 续表 page), a .docx form whose every indicator takes two table rows (name, 分值 and 得分 over its 指标值 and
完成值), a whole-unit .docx in 千元, a whole-unit .docx questionnaire as a 评价问题 / 单位回答 table, an .rtf of
indicator cards under 【】 labels, an .htm form with a 小计 row closing each 一级 block and a total investment in 亿元,
and a whole-unit .txt whose 基本情况 packs several "label：value" pairs on each line.
Every unit, person and figure is invented (a real county, invented bodies, projects and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import Row, exec_fact, indicator_fact
from docx.enum.section import WD_ORIENT
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, r2, table
from fiftythird_reports import IND_HEAD, _c, _form_rows, _project_facts, val
from fortyeighth_reports import budget, scored
from make_seventeenth import convert

YEAR = 2025
COUNTY = "遂川县"


def _qa_indicator(r: Row) -> str:
    """One indicator answered in a sentence: its levels, its name in quotes, target, actual, 分值, 得分, a reason."""
    tail = f"，偏差原因：{r[7]}" if r[7] else ""
    return (f"{r[0]}—{r[1]}“{r[2]}”：年度指标值{_c(r[4])}，实际完成{_c(r[5])}，分值{r[3]}分，得分{r[6]}分{tail}。")


# fs01 遂川县殡葬管理所, project, .txt: the county's 绩效自评问卷 answered question by question ("问1：" / "答：") --------
FS01: list[Row] = [
    ("产出指标", "数量指标", "基本殡葬服务减免人数", 15, "≥1200人", "1268人", "15", ""),
    ("产出指标", "数量指标", "生态安葬奖补户数", 10, "≥80户", "74户", "9.25", "群众观念转变需要过程，已加大宣传"),
    ("产出指标", "质量指标", "减免资金发放准确率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "减免资金结算时限", 10, "≤15日", "10日", "10", ""),
    ("效益指标", "社会效益指标", "群众丧葬负担减轻程度", 15, "T:明显减轻", "T:明显减轻", "15", ""),
    ("效益指标", "生态效益指标", "火化率", 10, "≥98%", "98.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "逝者家属满意度", 15, "≥90%", "95.1%", "15", ""),
]


def fs01() -> Made:
    money = ("86.00", "93.60", "90.12")
    unit, dept, proj = f"{COUNTY}殡葬管理所", f"{COUNTY}民政局", "惠民殡葬基本服务补助资金"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FS01)
    del f["full_mark"]  # (no answer states the full mark)
    lines = [f"{unit}{YEAR}年度项目支出绩效自评问卷", "（按县财政局统一印发的自评问卷逐题作答）", "",
             "问1：项目名称是什么？由哪个部门主管、哪个单位实施？",
             f"答：项目名称为{proj}，主管部门为{dept}，实施单位为{unit}。", "",
             "问2：项目年初预算、全年预算和全年执行数各是多少？",
             f"答：年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%，"
             f"该项分值10分，得分{es}分。", "",
             "问3：项目年度总体目标是什么？完成得怎样？",
             "答：年度目标是为全县1200人以上减免基本殡葬服务费用，推进生态安葬；实际为1268人减免费用，生态安葬奖补74户。", "",
             "问4：各项绩效指标的年度指标值、实际完成值和得分是多少？",
             "答：逐项答复如下。",
             *(f"（{i}）{_qa_indicator(r)}" for i, r in enumerate(FS01, 1)), "",
             "问5：项目自评得分是多少？评价等级是什么？",
             f"答：本项目自评得分{tot}分，评价等级为“{f['stated_grade']}”。", "",
             "问6：存在哪些问题？下一步怎么改进？",
             "答：生态安葬推进较慢。下一步将把生态安葬纳入村规民约，提高奖补标准。", "",
             f"填报单位：{unit}　　填报人：刘某某　　填报日期：2026年3月12日", ""]
    return f, "txt", "\n".join(lines)


# fs02 遂川县森林消防大队, project, .pdf: a landscape form too wide for one page, printed as a spreadsheet prints it —
# the indicator columns up to 实际完成值 on the first page, then a 续表 page repeating the 三级 column beside 分值 /
# 得分 / 偏差原因 ---------------------------------------------------------------------------------------------------
FS02: list[Row] = [
    ("产出指标", "数量指标", "风力灭火机购置台数", 15, "40台", "40台", "15", ""),
    ("产出指标", "数量指标", "单兵防护装备配备套数", 10, "≥120套", "126套", "10", ""),
    ("产出指标", "质量指标", "装备验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "装备列装完成时间", 10, "T:10月底前", "T:9月28日", "10", ""),
    ("效益指标", "社会效益指标", "森林火灾24小时扑灭率", 15, "≥95%", "93.3%", "14.73", "一起山火地处高陡山地，扑救超过24小时"),
    ("效益指标", "可持续影响指标", "装备使用年限", 10, "≥5年", "5年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 15, "≥90%", "94%", "15", ""),
]


def fs02() -> Made:
    money = ("158.00", "158.00", "152.46")
    unit, dept, proj = f"{COUNTY}森林消防大队", f"{COUNTY}应急管理局", "森林消防装备购置经费"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FS02)
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph(f"{YEAR}年度项目支出绩效自评表")
    ini, adj, exe = money
    top = [["项目名称", proj, "", "", ""], ["主管部门", dept, "实施单位", unit, ""],
           ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
           ["年度资金总额", ini, adj, exe, f"{rt}%"],
           ["年度总体目标", "购置风力灭火机40台、单兵防护装备120套以上，提升专业扑火队伍装备水平。", "", "", ""],
           ["实际完成情况", "购置风力灭火机40台、单兵防护装备126套，9月底前全部列装。", "", "", ""],
           ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
           *([r[0], r[1], r[2], _c(r[4]), _c(r[5])] for r in FS02)]
    table(d, top, [(0, 1, 0, 4), (1, 3, 1, 4), (4, 1, 4, 4), (5, 1, 5, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("第 1 页，共 2 页")
    d.add_page_break()
    d.add_paragraph(f"{YEAR}年度项目支出绩效自评表（续表）")
    rest = [["预算执行率", "分值", "得分", "", ""], [f"{rt}%", "10", str(es), "", ""],
            ["三级指标", "分值", "得分", "偏差原因分析及改进措施", ""],
            *([r[2], str(r[3]), r[6], r[7], ""] for r in FS02),
            ["总分", "100", str(tot), f"自评等级：{f['stated_grade']}", ""]]
    table(d, [row[:4] for row in rest])
    d.add_paragraph("第 2 页，共 2 页")
    return f, "pdf", docx_bytes(d)


# fs03 遂川县茶叶产业发展中心, project, .docx: a narrow portrait form in which every indicator takes two rows — the
# 三级 name with 分值 and 得分 on the first, "指标值：" and "完成值：" under it on the second; no 偏差原因 column --------
FS03: list[Row] = [
    ("产出指标", "数量指标", "新建标准化生态茶园面积", 15, "≥3000亩", "3120亩", "15", ""),
    ("产出指标", "数量指标", "茶农技术培训人次", 10, "≥800人次", "860人次", "10", ""),
    ("产出指标", "质量指标", "茶叶农残抽检合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "补助资金兑付时限", 10, "T:11月30日前", "T:11月25日", "10", ""),
    ("效益指标", "经济效益指标", "茶农户均增收", 15, "≥2000元", "1840元", "13.8", "春茶期遭遇倒春寒，名优茶产量下降"),
    ("效益指标", "可持续影响指标", "茶叶区域公用品牌授权企业数", 10, "≥12家", "13家", "10", ""),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", 15, "≥90%", "92.7%", "15", ""),
]


def fs03() -> Made:
    money = ("240.00", "265.00", "259.70")
    unit, dept, proj = f"{COUNTY}茶叶产业发展中心", f"{COUNTY}农业农村局", "茶产业高质量发展专项资金"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FS03, note=False)
    d = doc()
    d.add_paragraph(f"{proj}{YEAR}年度绩效自评表")
    ini, adj, exe = money
    rows = [["项目名称", proj, "", ""], ["主管部门", dept, "实施单位", unit],
            ["资金（万元）", "年初预算数", "全年预算数", "全年执行数"], ["年度资金总额", ini, adj, exe],
            ["执行率", f"{rt}%", "分值／得分", f"10／{es}"],
            ["一级／二级指标", "三级指标", "分值", "得分"]]
    for r in FS03:
        rows.append([f"{r[0]}／{r[1]}", r[2], str(r[3]), r[6]])
        rows.append(["", f"指标值：{_c(r[4])}", f"完成值：{_c(r[5])}", ""])
    rows.append(["总分", "", "100", str(tot)])
    rows.append(["自评等级", f["stated_grade"], "", ""])
    table(d, rows, [(0, 1, 0, 3)])
    d.add_paragraph(f"填报单位（盖章）：{unit}　　　填报日期：2026年3月16日")
    return f, "docx", docx_bytes(d)


# fs04 遂川县地方志编纂中心, whole unit, .docx: every amount in 千元 — the prose, the 收支 table headed "单位：千元" and
# the form's money rows ---------------------------------------------------------------------------------------------
FS04: list[Row] = [
    ("产出指标", "数量指标", "年鉴编纂出版卷数", 15, "1卷", "1卷", "15", ""),
    ("产出指标", "数量指标", "地情资料征集条目数", 10, "≥1500条", "1620条", "10", ""),
    ("产出指标", "质量指标", "年鉴审读差错率", 15, "≤0.5‰", "0.3‰", "15", ""),
    ("产出指标", "时效指标", "年鉴出版时间", 10, "T:10月底前", "T:11月12日", "8", "印刷厂排期延后，出版晚于计划"),
    ("效益指标", "社会效益指标", "方志馆年接待参观人次", 15, "≥6000人次", "6480人次", "15", ""),
    ("效益指标", "可持续影响指标", "数字方志库累计入库字数", 10, "≥800万字", "830万字", "10", ""),
    ("满意度指标", "服务对象满意度指标", "读者满意度", 15, "≥90%", "93%", "15", ""),
]


def _qian(wan: str) -> str:
    """An amount in 万元 written in 千元 with a thousands separator and one decimal."""
    return f"{D(wan) * 10:,.1f}"


def fs04() -> Made:
    unit = f"{COUNTY}地方志编纂中心"
    ini, adj, exe = "318.60", "342.80", "336.52"
    rt, es, tot = scored(FS04, exe, adj)
    inc = [("财政拨款收入", "336.40"), ("其他收入", "6.40")]
    spent = [("基本支出", "231.84"), ("项目支出", "104.68")]
    bud = {**budget(ini, adj, exe, rt), "income_total": D(adj), "income_items": [{"name": n, "amount": D(a)} for n, a in inc],
           "expenditure_total": D(exe), "expenditure_items": [{"name": n, "amount": D(a)} for n, a in spent]}
    f = facts("整体支出", YEAR, {"name": unit}, bud, [exec_fact(10, rt, es), *(indicator_fact(r, value=val) for r in FS04)],
              tot, full_mark=100, planted=[], stated_grade=EARNED)
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("（本报告金额单位均为千元）")
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph(f"本中心为县政府直属公益一类事业单位，负责全县地方志、年鉴编纂和方志馆管理。{YEAR}年年初预算"
                    f"{_qian(ini)}千元，年中追加后全年预算{_qian(adj)}千元，全年支出{_qian(exe)}千元，预算执行率{rt}%。")
    d.add_paragraph("二、收支情况")
    table(d, [["项目", "金额（单位：千元）"], ["收入合计", _qian(adj)], *([n, _qian(a)] for n, a in inc),
              ["支出合计", _qian(exe)], *([n, _qian(a)] for n, a in spent)])
    d.add_paragraph("三、部门整体支出绩效自评表")
    rows = [["部门（单位）名称", unit, "", "", "", "", "", ""],
            ["年度预算资金（千元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", _qian(ini), _qian(adj), _qian(exe), "10", f"{rt}%", str(es)],
            IND_HEAD, *_form_rows(FS04), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    last = len(rows) - 1
    table(d, rows, [(0, 1, 0, 7), (1, 0, 2, 0), (last, 0, last, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。本中心{YEAR}年度部门整体支出自评得分{tot}分，等级“{f['stated_grade']}”。")
    return f, "docx", docx_bytes(d)


# fs05 遂川县图书馆, whole unit, .docx: the finance bureau's questionnaire as a table — 序号 / 评价问题 / 单位回答 /
# 分值 / 得分, each indicator a question naming it in quotes, the answer giving its target and actual -------------
FS05: list[Row] = [
    ("产出指标", "数量指标", "年图书外借册次", 15, "≥12万册次", "13.4万册次", "15", ""),
    ("产出指标", "数量指标", "新增馆藏图书册数", 10, "≥8000册", "8350册", "10", ""),
    ("产出指标", "质量指标", "免费开放天数", 15, "≥300天", "306天", "15", ""),
    ("产出指标", "时效指标", "流动图书点图书轮换周期", 10, "≤3个月", "3个月", "10", ""),
    ("效益指标", "社会效益指标", "年读者到馆人次", 15, "≥15万人次", "14.1万人次", "14.1", "馆舍局部维修闭馆一个月"),
    ("效益指标", "可持续影响指标", "数字资源访问量", 10, "≥20万次", "23.6万次", "10", ""),
    ("满意度指标", "服务对象满意度指标", "读者满意度", 15, "≥90%", "96%", "15", ""),
]


def fs05() -> Made:
    unit = f"{COUNTY}图书馆"
    ini, adj, exe = "204.30", "219.80", "214.05"
    rt, es, tot = scored(FS05, exe, adj)
    f = facts("整体支出", YEAR, {"name": unit, "staff_establishment": 18, "staff_total": 16},
              budget(ini, adj, exe, rt), [exec_fact(10, rt, es), *(indicator_fact(r, value=val) for r in FS05)],
              tot, full_mark=100, planted=[], stated_grade=EARNED)
    d = doc()
    d.add_paragraph(f"{COUNTY}{YEAR}年度部门整体支出绩效自评问卷")
    d.add_paragraph(f"填报单位：{unit}")
    qa = [["序号", "评价问题", "单位回答", "分值", "得分"],
          ["1", "单位编制数和年末实有人数各是多少？", "核定编制18名，年末实有在职人员16人。", "", ""],
          ["2", "年初预算、全年预算和全年执行数各是多少？预算执行率多少？",
           f"年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。", "10", str(es)]]
    for i, r in enumerate(FS05, 3):
        note = f"偏差原因：{r[7]}。" if r[7] else ""
        qa.append([str(i), f"{r[0]}下{r[1]}“{r[2]}”的年度指标值和实际完成值各是多少？",
                   f"年度指标值{_c(r[4])}，实际完成值{_c(r[5])}。{note}", str(r[3]), r[6]])
    qa.append(["", "合计", "", "100", str(tot)])
    table(d, qa)
    d.add_paragraph(f"自评结论：本馆{YEAR}年度部门整体支出自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    return f, "docx", docx_bytes(d)


# fs06 遂川县移民后期扶持服务中心, project, .rtf: the indicators as cards, one 【】 label a line ---------------------
FS06: list[Row] = [
    ("产出指标", "数量指标", "后期扶持直补人数", 15, "≥6350人", "6412人", "15", ""),
    ("产出指标", "数量指标", "移民村基础设施项目个数", 10, "≥18个", "18个", "10", ""),
    ("产出指标", "质量指标", "项目竣工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "直补资金发放时限", 10, "T:每季度末前", "T:按季发放", "10", ""),
    ("效益指标", "经济效益指标", "移民人均可支配收入增幅", 15, "≥6%", "5.4%", "13.5", "外出务工收入增速放缓"),
    ("效益指标", "社会效益指标", "移民信访事项办结率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "移民群众满意度", 15, "≥90%", "91.8%", "15", ""),
]


def fs06() -> Made:
    money = ("512.00", "548.30", "541.26")
    unit, dept, proj = f"{COUNTY}移民后期扶持服务中心", f"{COUNTY}水利局", "大中型水库移民后期扶持资金"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FS06)
    d = doc()
    d.add_paragraph(f"{proj}{YEAR}年度绩效自评报告")
    d.add_paragraph(f"主管部门：{dept}　　实施单位：{unit}")
    d.add_paragraph(f"一、资金情况。本项目年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，"
                    f"预算执行率{rt}%（分值10分，得分{es}分）。")
    d.add_paragraph("二、绩效指标完成情况（逐项列示）")
    for r in FS06:
        d.add_paragraph(f"【指标名称】{r[2]}")
        d.add_paragraph(f"【指标类别】{r[0]}／{r[1]}")
        d.add_paragraph(f"【年度指标值】{_c(r[4])}")
        d.add_paragraph(f"【实际完成值】{_c(r[5])}")
        d.add_paragraph(f"【分值】{r[3]}分　【得分】{r[6]}分")
        if r[7]:
            d.add_paragraph(f"【偏差原因】{r[7]}")
        d.add_paragraph("")
    d.add_paragraph(f"三、自评结论。本项目满分100分，自评得分{tot}分，等级为“{f['stated_grade']}”。")
    return f, "rtf", convert(docx_bytes(d), "fs06", "docx", "rtf")


# fs07 遂川县城乡供水服务中心, project, .htm: each 一级 block closed by a 小计 row; the project's total investment in 亿元
# in the prose beside the year's budget in 万元 ----------------------------------------------------------------------
FS07: list[Row] = [
    ("产出指标", "数量指标", "新铺设供水管网长度", 10, "≥42公里", "43.5公里", "10", ""),
    ("产出指标", "数量指标", "新增受益人口", 10, "≥2.6万人", "2.71万人", "10", ""),
    ("产出指标", "质量指标", "出厂水水质达标率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "管网工程完工时间", 15, "T:12月底前", "T:12月20日", "15", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥92%", "91.2%", "14.87", "部分山区散居户入户管线未完工"),
    ("效益指标", "可持续影响指标", "供水工程管护制度建立情况", 10, "T:健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "用水群众满意度", 15, "≥90%", "93.5%", "15", ""),
]


def _td(cells: list[str], spans: dict[int, int] | None = None) -> str:
    spans = spans or {}
    return "<tr>" + "".join(f"<td colspan=\"{spans[i]}\">{c}</td>" if i in spans else f"<td>{c}</td>"
                            for i, c in enumerate(cells)) + "</tr>"


def fs07() -> Made:
    money = ("1280.00", "1365.00", "1336.42")
    unit, dept, proj = f"{COUNTY}城乡供水服务中心", f"{COUNTY}水利局", "农村供水保障工程"
    f, rt, es, tot = _project_facts(unit, dept, proj, money, FS07)
    rows = [_td(["项目名称", proj], {1: 7}), _td(["主管部门", dept, "实施单位", unit], {1: 3, 3: 4}),
            _td(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
            _td(["", "年度资金总额", *money, "10", f"{rt}%", str(es)]), _td(IND_HEAD)]
    for level1 in ("产出指标", "效益指标", "满意度指标"):
        block = [r for r in FS07 if r[0] == level1]
        rows += [_td(r) for r in _form_rows(block)]
        rows.append(_td(["小计", "", "", "", "", str(sum(r[3] for r in block)), str(sum(Decimal(r[6]) for r in block)), ""]))
    rows.append(_td(["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]))
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + f"{proj}{YEAR}年度绩效自评</title></head>\n<body>\n"
            f"<h2>{unit}{YEAR}年度{proj}绩效自评报告</h2>\n"
            f"<p>{proj}为全县农村供水提标改造项目，概算总投资1.86亿元，分三年实施，{YEAR}年为第二年。"
            f"本年度年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。</p>\n"
            f"<p>本项目{YEAR}年度自评得分{tot}分，等级为{f['stated_grade']}。自评表如下。</p>\n"
            "<table border=\"1\">\n" + "\n".join(rows) + "\n</table>\n</body></html>\n")
    return f, "htm", html


# fs08 遂川县老年大学, whole unit, .txt: the 基本情况 as lines of several "label：value" pairs spaced apart, the
# indicators as a tab table ----------------------------------------------------------------------------------------
FS08: list[Row] = [
    ("产出指标", "数量指标", "开设专业班级数", 15, "≥36个", "38个", "15", ""),
    ("产出指标", "数量指标", "年招收学员人数", 15, "≥1800人", "1926人", "15", ""),
    ("产出指标", "质量指标", "学员结业率", 10, "≥90%", "94%", "10", ""),
    ("产出指标", "时效指标", "春秋两季开学时间", 10, "T:3月、9月上旬", "T:按期开学", "10", ""),
    ("效益指标", "社会效益指标", "学员参加社会公益活动人次", 15, "≥2000人次", "1850人次", "13.88", "部分活动因高温天气取消"),
    ("满意度指标", "服务对象满意度指标", "学员满意度", 15, "≥90%", "97%", "15", ""),
]


def fs08() -> Made:
    unit = f"{COUNTY}老年大学"
    ini, adj, exe = "96.40", "103.20", "101.18"
    rt = scored(FS08, exe, adj)[0]
    rt_w = 20  # the form's 预算执行率 weighs 20 here
    es = r2(rt * rt_w / 100)
    tot = es + sum(Decimal(r[6]) for r in FS08)
    inc = [("财政拨款收入", "98.60"), ("其他收入", "4.60")]
    bud = {**budget(ini, adj, exe, rt), "income_total": D(adj), "income_items": [{"name": n, "amount": D(a)} for n, a in inc]}
    f = facts("整体支出", YEAR, {"name": unit, "staff_establishment": 8, "staff_total": 7}, bud,
              [exec_fact(rt_w, rt, es), *(indicator_fact(r, value=val) for r in FS08)], tot, full_mark=100, planted=[], stated_grade=EARNED)
    tab = "\t"
    lines = [f"{unit}{YEAR}年度部门整体支出绩效自评报告", "", "一、基本情况",
             f"单位名称：{unit}　　单位性质：公益一类事业单位　　主管部门：{COUNTY}委老干部局",
             "编制人数：8人　　年末实有人数：7人　　退休人员：3人",
             f"年初预算：{ini}万元　　全年预算：{adj}万元　　全年执行：{exe}万元　　预算执行率：{rt}%",
             f"收入合计：{adj}万元　　财政拨款收入：{inc[0][1]}万元　　其他收入：{inc[1][1]}万元", "",
             "二、绩效指标完成情况", "",
             tab.join(IND_HEAD),
             tab.join(["过程指标", "预算执行", "预算执行率", "", f"{rt}%", str(rt_w), str(es), ""]),
             *(tab.join(r) for r in _form_rows(FS08)),
             tab.join(["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]), "",
             f"三、自评结论：{YEAR}年度本单位部门整体支出绩效自评得分{tot}分，自评等级为“{f['stated_grade']}”。", ""]
    f["indicators"][0] = exec_fact(rt_w, rt, es, level1="过程指标", level2="预算执行")
    return f, "txt", "\n".join(lines)


REPORTS = {
    "fs01-jx-suichuan-funeral-project-txt-questionnaire": fs01,
    "fs02-jx-suichuan-forest-fire-project-pdf-columns-over-two-pages": fs02,
    "fs03-jx-suichuan-tea-project-docx-two-rows-per-indicator": fs03,
    "fs04-jx-suichuan-gazetteer-whole-docx-thousand-yuan": fs04,
    "fs05-jx-suichuan-library-whole-docx-question-table": fs05,
    "fs06-jx-suichuan-resettlement-project-rtf-label-cards": fs06,
    "fs07-jx-suichuan-water-supply-project-htm-subtotal-rows": fs07,
    "fs08-jx-suichuan-senior-college-whole-txt-packed-labels": fs08,
}
