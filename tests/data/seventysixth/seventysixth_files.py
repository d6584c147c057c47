# ruff: noqa: E501
"""Reports nb02, nb04, nb06 of the seventy-sixth set, each returning (facts, ext, content): a county unit's Word report
printed to PDF with a running head in the page header and the page number in the footer, the 自评表 running over two
pages with its header row repeated (Word's 标题行重复). A Jilin county hospital's whole-unit report whose form carries
long 指标解释 and 评分标准 columns and its sign-off dated 2024.4.8; a Hebei county agriculture bureau's whole-unit report
whose table of its six projects (全年预算数（元） / 全年执行数（元） / 执行率 / 自评得分 / 自评等级) comes before its own form;
a Shandong primary school's project form with an 指标解释 column and its money block in 元 with 上年结转 and 其他资金
rows.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from eighteenth_facts import Made, doc, docx_bytes, table
from seventysixth_facts import NB02, NB02_TEXT, NB04, NB04_PROJECTS, NB06, NB06_TEXT, WORD, wan3
from sixtyfirst_facts import cells, exec_row, grade_of
from sixtyfourth_facts import project, whole, without_notes

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def printed(head: str, footer: str = "第 {PAGE} 页") -> Any:
    """A Word document whose page header holds ``head`` and whose footer holds ``footer`` with the page number as a
    PAGE field."""
    d = doc()
    section = d.sections[0]
    section.header.paragraphs[0].text = head
    par = section.footer.paragraphs[0]
    before, after = footer.split("{PAGE}")
    par.add_run(before)
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.text = " PAGE "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    par.add_run(after)
    par.alignment = 1
    return d


def repeat_header(d: Any) -> None:
    """The last table's first row repeated at the top of every page it runs onto."""
    trpr = d.tables[-1].rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def prose(d: Any, paragraphs: list[str]) -> None:
    for p in paragraphs:
        d.add_paragraph(p)


# nb02 吉林 农安, whole unit, .pdf: 指标解释 and 评分标准 columns, header row repeated, running head and page numbers -------------
def nb02() -> Made:
    unit = "农安县人民医院"
    money = ("286,450,000.00", "301,268,500.00", "294,735,812.64")
    f, rt, es, tot = whole(2023, unit, wan3(money), NB02, 4)
    without_notes(f)
    grid = [cells(r) for r in NB02]
    grid.insert(4, exec_row(NB02, 4, rt, es))
    d = printed(f"{unit}2023年度部门整体支出绩效自评报告", "— {PAGE} —")
    d.add_heading(f"{unit}2023年度部门整体支出绩效自评报告", level=1)
    prose(d, [
        "一、部门基本情况",
        f"{unit}是一所集医疗、教学、科研、预防保健于一体的县级综合医院，编制床位650张，设临床科室28个、医技科室9个，"
        "承担全县急危重症救治、县域医共体牵头和基层医疗机构业务指导等职责。",
        "二、部门预算执行情况",
        f"2023年部门年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}元，预算执行率为{rt}%。"
        "其中基本支出主要用于在职人员工资福利和日常运转，项目支出主要用于医疗设备购置、重点专科建设和公共卫生服务。",
        "三、绩效自评工作开展情况",
        "医院成立绩效自评工作小组，由院长任组长，财务科牵头，医务科、护理部、院感科、信息科等科室配合，"
        "对照年初绩效目标逐项核实完成情况，形成自评结果。",
        "四、部门整体支出绩效自评表",
    ])
    head = ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "年度指标值", "实际完成值", "得分"]
    rows = [[*c[:3], *NB02_TEXT[c[2]], c[5], c[3], c[4], c[6]] for c in grid]
    table(d, [head, *rows, ["合计", "", "", "", "", "100", "", "", str(tot)]])
    repeat_header(d)
    prose(d, [
        f"五、自评结论：经自评，本单位2023年度部门整体支出绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。",
        "六、存在问题及改进措施：出院患者人数和县域内就诊率略低于目标，下一步将加强重点专科建设，提升县域服务能力。",
        f"{unit}", "2024.4.8",
    ])
    return f, "pdf", docx_bytes(d)


# nb04 河北 阜平, whole unit, .pdf: a table of six projects in 元 before the bureau's own form, both over page breaks ---------
def nb04() -> Made:
    unit = "阜平县农业农村局"
    money = ("45,628,300.00", "48,915,760.00", "46,027,488.33")
    f, rt, es, tot = whole(2022, unit, wan3(money), NB04, 4)
    d = printed(f"{unit}2022年度部门整体支出绩效自评报告", "第 {PAGE} 页")
    d.add_heading(f"{unit}2022年度部门整体支出绩效自评报告", level=1)
    prose(d, [
        "一、部门概况",
        f"{unit}主要负责全县农业农村发展规划、粮食生产、农田建设、农产品质量安全监管、动物疫病防控和农村人居环境整治等工作，"
        "内设办公室、计划财务股、农田建设管理股等9个股室，下属农业技术推广中心等4个事业单位。",
        "二、部门预算及执行情况",
        f"2022年本部门年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}元，预算执行率{rt}%。",
        "三、项目支出绩效自评情况",
        f"本部门2022年纳入绩效自评的项目共{len(NB04_PROJECTS)}个，各项目自评结果如下表：",
        "项目支出绩效自评结果汇总表",
    ])
    summary = [["序号", "项目名称", "全年预算数（元）", "全年执行数（元）", "执行率", "自评得分", "自评等级"]]
    for i, (name, adj, exe, score) in enumerate(NB04_PROJECTS, 1):
        r = (Decimal(exe.replace(",", "")) / Decimal(adj.replace(",", "")) * 100).quantize(Decimal("0.01"))
        summary.append([str(i), name, adj, exe, f"{r}%", score, WORD[grade_of(Decimal(score))]])
    table(d, summary)
    repeat_header(d)
    prose(d, [
        "四、部门整体支出绩效自评情况",
        "对照年初设定的部门整体绩效目标，本部门从产出、效益和满意度三个方面开展自评，具体如下表：",
        "部门整体支出绩效自评表",
    ])
    grid = [cells(r) for r in NB04]
    grid.insert(4, exec_row(NB04, 4, rt, es))
    table(d, [HEAD, *grid, ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    repeat_header(d)
    prose(d, [
        f"五、自评结论：本部门2022年度整体支出绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。",
        "六、存在问题：个别乡镇惠农补贴面积核定滞后，农村人居环境整治奖补资金执行偏慢。",
        f"{unit}", "2023.3.28",
    ])
    return f, "pdf", docx_bytes(d)


# nb06 山东 沂南, project, .pdf: an 指标解释 column, money in 元 with 上年结转 / 其他资金 rows, header row repeated -----------------
def nb06() -> Made:
    unit, dept = "沂南县第二实验小学", "沂南县教育和体育局"
    proj = "2025年义务教育课后服务经费"
    money = ("1,326,000.00", "1,418,560.00", "1,392,744.80")
    f, rt, es, tot = project(2025, unit, dept, proj, wan3(money), NB06)
    d = printed(f"{unit}  {proj}绩效自评", "第 {PAGE} 页")
    d.add_heading(f"{proj}绩效自评报告", level=1)
    prose(d, [
        f"一、项目概况：{proj}由{unit}实施，主管部门为{dept}，用于课后服务教师补助、社团活动耗材和学生安全保障。",
        f"二、资金使用情况：项目年初预算{money[0]}元，全年预算{money[1]}元，全年执行{money[2]}元，执行率{rt}%。",
        "三、绩效目标完成情况：全年1862名学生参加课后服务，开设特色社团26个，参与率94.5%，家长满意度96.8%。",
        "四、项目支出绩效自评表",
    ])
    table(d, [["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, ""],
              ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["年度资金总额", *money, "10", f"{rt}%", str(es)],
              ["其中：当年财政拨款", *money, "—", "—", "—"],
              ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"],
              ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]],
          merges=[(0, 1, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6)])
    head = ["一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [[*c[:3], NB06_TEXT[c[2]], *c[3:]] for c in (cells(r) for r in NB06)]
    table(d, [head, *rows, ["总分", "", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    repeat_header(d)
    prose(d, [f"五、自评结论：本项目绩效自评得分{tot}分，自评等级为“{WORD[f['stated_grade']]}”。",
              "填报人：王振宇    审核人：孙红梅    填报日期：2026.3.15"])
    return f, "pdf", docx_bytes(d)


REPORTS = {
    "nb02-jl-nongan-hospital-whole-pdf-explanations-header": nb02,
    "nb04-he-fuping-agriculture-whole-pdf-project-summary": nb04,
    "nb06-sd-yinan-primary-school-project-pdf-explanation-column": nb06,
}
