# ruff: noqa: E501
"""Reports dz01, dz02, dz04, dz06, dz07 of the seventy-fifth set, each returning (facts, ext, content): a Beijing street
office's whole-unit report (.docx) whose 自评表 sits in an appendix after the prose and its 自评结论, scores with two
decimals and a 扣分原因 column; a Shanghai community health centre's project report printed from Word (.pdf), targets
mixing words and figures ("签约人数达到3.2万人"); a Chongqing district culture-and-tourism commission's WPS sheet (.xlsx),
numbers as numeric cells shown with two decimals (planted: the 总分 one point below its rows); a Hangzhou disabled
persons' federation's WPS report (.docx), the appendix form under a two-row header (绩效指标 over 一级 / 二级 / 三级) with
自评得分 and 扣分原因; a Beijing community health centre's whole-unit report printed from Word (.pdf), the form in an
appendix (planted: the stated execution rate three points above its amounts).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import xlsx_bytes
from eighteenth_facts import Made, doc, docx_bytes, table
from seventyfifth_facts import DZ01, DZ02, DZ04, DZ06, DZ07, WORD, fix_mixed
from sixtyfirst_facts import cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]


# dz01 北京 朝阳, whole unit, .docx: prose, 自评结论, then 附件 with the form; 扣分原因; scores with two decimals ------------
def dz01() -> Made:
    unit = "北京市朝阳区望京东街道办事处"
    money = ("6215.40", "6893.72", "6702.18")
    f, rt, es, tot = whole(2023, unit, money, DZ01, 4)
    fix_mixed(f, DZ01)
    d = doc()
    d.add_heading(f"{unit}2023年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门基本情况",
        f"{unit}承担辖区党建、社区治理、城市管理、平安建设和民生保障等职责，内设8个科室，下辖14个社区。",
        f"2023年部门年初预算{money[0]}万元，全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
        "二、绩效目标完成情况",
        "全年开展社区文化活动26场，整治背街小巷30条，接诉即办响应率100%，辖区居民满意度93.2%。",
        "三、存在的问题",
        "部分背街小巷整治涉及产权单位，协调周期较长；历史遗留诉求解决难度大。",
        "四、自评结论",
        f"经自评，本单位2023年度部门整体支出绩效自评得分{tot:.2f}分，评价等级为“{f['stated_grade']}”。",
        f"{unit}", "2024年3月26日",
        f"附件：{unit}2023年度部门整体支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, money_rows(money, rt, None))
    grid = [HEAD, *([*c[:6], c[6] if "." in c[6] else f"{Decimal(c[6]):.2f}", c[7]] for c in whole_rows(DZ01, 4, rt, es))]
    grid.append(["合计", "", "", "", "", "100", f"{tot:.2f}", ""])
    table(d, grid, vmerge_cols=(0, 1))
    return f, "docx", docx_bytes(d)


# dz02 上海 浦东, project, .pdf: prose, 自评结论 naming the grade, the form last, targets mixing words and figures ---------
def dz02() -> Made:
    unit, dept = "上海市浦东新区花木社区卫生服务中心", "上海市浦东新区卫生健康委员会"
    proj = "2022年家庭医生签约服务项目"
    money = ("865.00", "912.50", "887.36")
    f, rt, es, tot = project(2022, unit, dept, proj, money, DZ02)
    fix_mixed(f, DZ02)
    d = doc()
    d.add_heading(f"{proj}绩效自评报告", level=1)
    for p in [
        f"（一）项目概况。{proj}由{unit}实施，主管部门为{dept}，资金用于家庭医生团队签约服务费和健康管理。",
        f"（二）资金使用情况。项目年初预算{money[0]}万元，调整后预算{money[1]}万元，实际支出{money[2]}万元，执行率{rt}%。",
        f"（三）自评结论。本项目自评总分{tot}分，自评结论为“{WORD[f['stated_grade']]}”。",
        "附件：项目支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["项目名称", proj, "", "", ""], ["主管部门", dept, "", "实施单位", unit]], merges=[(0, 1, 0, 4)])
    table(d, money_rows(money, rt, es))
    table(d, [HEAD, *(cells(r) for r in DZ02), ["总分", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    return f, "pdf", docx_bytes(d)


# dz04 重庆 渝中, project, .xlsx (WPS): numeric cells, 扣分原因, the 总分 one point below its rows (planted) ----------------
def dz04() -> Made:
    unit, dept = "重庆市渝中区文化旅游服务中心", "重庆市渝中区文化和旅游发展委员会"
    proj = "2024年母城文旅消费季活动经费"
    money = ("380.00", "420.00", "409.63")
    f, rt, es, tot = project(2024, unit, dept, proj, money, DZ04)
    fix_mixed(f, DZ04)
    del f["stated_grade"]  # the sheet states its total, no grade
    f["stated_total"], f["planted"] = tot - 1, ["TOTAL_MISMATCH"]

    def num(text: str) -> float:
        return float(Decimal(text))

    rows: list[list[object]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["（2024年度）", "", "", "", "", "", "", "单位：万元"],
        ["项目名称", proj, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", num(money[0]), num(money[1]), num(money[2]), 10, f"{rt}%", num(str(es))],
        ["", "其中：财政拨款", num(money[0]), num(money[1]), num(money[2]), "—", f"{rt}%", "—"],
        HEAD,
        *([*cells(r)[:5], r[3], num(r[6]), r[7]] for r in DZ04),
        ["总分", "", "", "", "", 100, num(str(tot - 1)), ""],
        ["填表人：周某某", "", "", "联系电话：023-6388xxxx", "", "", "", ""],
    ]
    merges = [(0, 0, 0, 7), (1, 0, 1, 6), (2, 1, 2, 7), (3, 1, 3, 3), (3, 5, 3, 7), (4, 0, 6, 0)]
    return f, "xlsx", xlsx_bytes([("Sheet1", rows, merges)])


# dz06 浙江 杭州 西湖, whole unit, .docx (WPS): the appendix form under a two-row header, 自评得分 and 扣分原因 -------------
def dz06() -> Made:
    unit = "杭州市西湖区残疾人联合会"
    money = ("3128.60", "3410.25", "3356.90")
    f, rt, es, tot = whole(2025, unit, money, DZ06, 5)
    d = doc()
    d.add_heading(f"{unit}2025年度部门整体绩效自评报告", level=1)
    for p in [
        "一、部门概况",
        f"{unit}负责全区残疾人康复、教育、就业、托养和权益维护工作，内设3个科室，下属残疾人服务中心1家。",
        "二、部门预算执行情况",
        f"2025年年初预算{money[0]}万元，全年预算调整为{money[1]}万元，全年执行{money[2]}万元，预算执行率为{rt}%。",
        "三、自评结论",
        f"根据部门整体支出绩效评价指标体系，本部门2025年度自评得分为{tot}分，自评等级：{f['stated_grade']}。",
        "四、下一步改进措施",
        "进一步加强辅助器具适配需求摸底，优化租赁和适配服务衔接。",
        "附件",
        "部门整体支出绩效自评表",
    ]:
        d.add_paragraph(p)
    grid = [["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "自评得分", "扣分原因"],
            ["一级指标", "二级指标", "三级指标", "", "", "", "", ""],
            *whole_rows(DZ06, 5, rt, es),
            ["自评总分", "", "", "", "", "100", str(tot), ""]]
    table(d, grid, merges=[(0, 0, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)])
    return f, "docx", docx_bytes(d)


# dz07 北京 海淀, whole unit, .pdf: the form in an appendix; the stated rate three points above its amounts (planted) --------
def dz07() -> Made:
    unit = "北京市海淀区学院路社区卫生服务中心"
    money = ("4862.00", "5236.80", "4897.41")
    f, rt, es, tot = whole(2024, unit, money, DZ07, 4)
    stated = rt + 3
    f["budget"]["stated_execution_rate"], f["planted"] = stated, ["EXECUTION_RATE_MISMATCH"]
    next(i for i in f["indicators"] if i["name"] == "预算执行率")["actual"]["value"] = stated
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、基本情况",
        f"{unit}承担辖区基本医疗和基本公共卫生服务，下设6个社区卫生服务站，在职职工186人。",
        f"2024年本中心年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{stated}%。",
        "二、绩效自评结论",
        f"本中心2024年度整体支出绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。",
        "三、附件：部门整体支出绩效自评表",
    ]:
        d.add_paragraph(p)
    table(d, [["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
              ["年度资金总额", *money, f"{stated}%"]])
    rows = whole_rows(DZ07, 4, rt, es)
    rows[4][4] = f"{stated}%"
    table(d, [HEAD, *rows, ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    return f, "pdf", docx_bytes(d)


REPORTS = {
    "dz01-bj-chaoyang-street-office-whole-docx-appendix-deductions": dz01,
    "dz02-sh-pudong-community-health-project-pdf-mixed-targets": dz02,
    "dz04-cq-yuzhong-culture-tourism-project-xlsx-wps-numeric": dz04,
    "dz06-zj-xihu-disabled-federation-whole-docx-two-row-header": dz06,
    "dz07-bj-haidian-community-health-whole-pdf-appendix-rate": dz07,
}
