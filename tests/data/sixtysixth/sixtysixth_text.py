# ruff: noqa: E501
"""Reports ss02, ss03, ss06 of the sixty-sixth set, each returning (facts, ext, content): a Guizhou civil-affairs
bureau's 城乡低保 report as tab-separated text with a 资金分项汇总表 of its sub-funds (低保金 / 特困供养金 / 临时救助金 /
工作经费, a 合计 row) above the form; a Xinjiang civil-affairs bureau's 残疾人两项补贴 form on a site page whose headings
and label cells carry an English gloss beside the Chinese ("项目名称 Project Name"); a Ningxia civil-affairs bureau's
养老服务补贴 report whose money table gives 2021, 2022 and 2023 side by side with a 三年合计 column, the report being
2023's.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row
from eighteenth_facts import Made
from fifth_shapes import html_table, paragraphs_html
from sixtyfirst_facts import HEAD, WORD, cells, money_block
from sixtyfourth_facts import project


def _tabs(rows: list[list[str]]) -> list[str]:
    return ["\t".join(r) for r in rows]


def _form(rows: list[Row], tot: Decimal, grade: str) -> list[list[str]]:
    return [HEAD, *(cells(r) for r in rows), ["合计", "", "", "", "", "100", str(tot), ""],
            ["自评等级", "", "", "", "", "", WORD[grade], ""]]


# ss02 贵州 六盘水, project, .txt (tabs): the 城乡低保 fund's sub-funds in a 资金分项汇总表 above the form — four rows and
# a 合计 whose figures are the form's; the form's money block follows ----------------------------------------------
SS02: list[Row] = [
    ("产出指标", "数量指标", "城乡低保保障对象人数", 15, "≥21500人", "21873人", "15", ""),
    ("产出指标", "质量指标", "低保对象动态调整复核率", 10, "100%", "100%", "10", ""),
    ("产出指标", "质量指标", "低保金社会化发放率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "低保金按月发放及时率", 10, "≥98%", "96.5%", "9", "两个乡镇10月因系统切换延迟发放"),
    ("产出指标", "成本指标", "农村低保月人均补助水平", 5, "≥390元", "402元", "5", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障水平", 15, "T:稳步提高", "T:有所提高", "14", "物价上涨抵消部分提标效果"),
    ("效益指标", "可持续影响指标", "兜底保障长效机制", 10, "T:持续健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "低保对象满意度", 15, "≥90%", "93.6%", "15", ""),
]
_SS02_PARTS = [("城乡低保金", "8120.00", "8344.60", "8301.25"), ("特困人员供养金", "1460.00", "1512.30", "1498.86"),
               ("临时救助金", "380.00", "415.00", "402.17"), ("低保工作经费", "65.00", "65.00", "61.40")]


def _sum(i: int) -> str:
    return f"{sum(Decimal(p[i]) for p in _SS02_PARTS):.2f}"


def ss02() -> Made:
    unit = "六枝特区民政局"
    proj = "2022年城乡最低生活保障资金"
    money = (_sum(1), _sum(2), _sum(3))
    f, rt, es, tot = project(2022, unit, unit, proj, money, SS02)
    parts = [["序号", "资金分项", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"]]
    for i, (name, ini, adj, exe) in enumerate(_SS02_PARTS, 1):
        parts.append([str(i), name, ini, adj, exe, f"{Decimal(exe) / Decimal(adj) * 100:.2f}%"])
    parts.append(["合计", "", *money, f"{rt}%"])
    lines = [f"{unit}{proj}绩效自评报告", "",
             "一、项目概况",
             f"{proj}由中央、省、市、特区四级财政共同安排，用于城乡低保对象、特困供养人员基本生活保障及临时救助。",
             "资金分项汇总表", *_tabs(parts), "",
             "二、项目支出绩效自评表",
             f"项目名称\t{proj}", f"主管部门\t{unit}\t实施单位\t{unit}",
             *_tabs(money_block(money, rt, es)), "",
             *_tabs(_form(SS02, tot, f["stated_grade"])), "",
             "三、自评结论",
             f"本项目自评得分{tot}分，等级为{WORD[f['stated_grade']]}。", "",
             f"{unit}", "2023年4月11日"]
    return f, "txt", "\n".join(lines) + "\n"


# ss03 新疆 喀什, project, .html: a county site's page; every heading and label cell carries an English gloss after the
# Chinese, on the same line or under it ----------------------------------------------------------------------------
SS03: list[Row] = [
    ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", 15, "≥3150人", "3208人", "15", ""),
    ("产出指标", "数量指标", "重度残疾人护理补贴发放人数", 15, "≥2480人", "2519人", "15", ""),
    ("产出指标", "质量指标", "补贴对象资格审核准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴按季度发放及时率", 10, "100%", "97%", "9", "第三季度部分乡镇银行卡信息变更"),
    ("效益指标", "社会效益指标", "残疾人生活质量", 15, "T:有效改善", "T:有效改善", "15", ""),
    ("效益指标", "可持续影响指标", "残疾人福利补贴制度", 10, "T:长期实施", "T:长期实施", "10", ""),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", 15, "≥90%", "95.2%", "15", ""),
]
_EN = {"一级指标": "Level 1", "二级指标": "Level 2", "三级指标": "Indicator", "年度指标值": "Target",
       "实际完成值": "Actual", "分值": "Weight", "得分": "Score", "偏差原因分析及改进措施": "Deviation and Measures"}


def ss03() -> Made:
    unit = "伽师县民政局"
    proj = "2023年困难残疾人生活补贴和重度残疾人护理补贴"
    money = ("1268.00", "1322.40", "1296.75")
    f, rt, es, tot = project(2023, unit, unit, proj, money, SS03)
    ini, adj, exe = money
    grid: list[list[Any]] = [
        [("项目名称<br>Project Name", 2, 1), (proj, 6, 1)],
        [("主管部门<br>Competent Department", 2, 1), (unit, 2, 1), ("实施单位<br>Implementing Unit", 2, 1), (unit, 2, 1)],
        [("项目资金（万元）<br>Funds (10,000 yuan)", 2, 1), "年初预算数<br>Initial Budget", "全年预算数<br>Adjusted Budget",
         "全年执行数<br>Executed", "分值<br>Weight", "执行率<br>Rate", "得分<br>Score"],
        [("年度资金总额 Total", 2, 1), ini, adj, exe, "10", f"{rt}%", str(es)],
        [("其中：当年财政拨款 Fiscal Appropriation", 2, 1), ini, adj, exe, "—", "—", "—"],
        [f"{h}<br>{_EN[h]}" for h in HEAD],
        *(cells(r) for r in SS03),
        [("合计 Total", 5, 1), "100", str(tot), ""],
        [("自评等级 Grade", 6, 1), WORD[f["stated_grade"]], ""],
    ]
    table = html_table([[c.replace("<br>", "\n") if isinstance(c, str) else (c[0].replace("<br>", "\n"), c[1], c[2])
                         for c in row] for row in grid])
    body = paragraphs_html([
        "首页 > 政务公开 > 财政信息 > 绩效评价",
        f"{proj}项目支出绩效自评报告",
        "Self-evaluation Report on Project Expenditure Performance",
        "一、项目基本情况 Project Overview",
        f"本项目由{unit}组织实施，补贴资金通过“一卡通”按季度发放至补贴对象账户。",
        "二、项目支出绩效自评表 Self-evaluation Form",
    ])
    tail = paragraphs_html([f"三、自评结论 Conclusion：本项目自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。",
                            "打印本页　关闭窗口", "主办：伽师县人民政府办公室　技术支持：县融媒体中心"])
    html = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{proj}绩效自评报告</title></head>'
            f"<body>{body}\n{table}\n{tail}</body></html>")
    return f, "html", html


# ss06 宁夏 固原, project, .txt: the money table gives the 2021, 2022 and 2023 budgets of the same subsidy side by side
# with a 三年合计 column; the report is 2023's and its form scores 2023's rate -------------------------------------
SS06: list[Row] = [
    ("产出指标", "数量指标", "高龄津贴发放人数", 15, "≥4600人", "4718人", "15", ""),
    ("产出指标", "数量指标", "经济困难失能老年人护理补贴人数", 10, "≥620人", "588人", "9", "部分老人年内去世或迁出"),
    ("产出指标", "质量指标", "补贴对象信息核准率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金按月发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "老年人获得感", 15, "T:明显增强", "T:明显增强", "15", ""),
    ("效益指标", "可持续影响指标", "养老服务补贴制度", 10, "T:持续实施", "T:持续实施", "10", ""),
    ("满意度指标", "服务对象满意度指标", "享受补贴老年人满意度", 20, "≥92%", "94.8%", "20", ""),
]
_YEARS = {2021: ("702.00", "715.50", "698.30"), 2022: ("736.00", "752.80", "741.06")}


def ss06() -> Made:
    unit = "彭阳县民政局"
    proj = "2023年养老服务补贴资金"
    money = ("768.00", "791.20", "776.44")
    f, rt, es, tot = project(2023, unit, unit, proj, money, SS06)
    years = {**_YEARS, 2023: money}
    head = ["项目", "2021年", "2022年", "2023年", "三年合计"]
    labels = ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）"]
    table = [head]
    for i, label in enumerate(labels):
        vals = [years[y][i] for y in (2021, 2022, 2023)]
        table.append([label, *vals, f"{sum(Decimal(v) for v in vals):.2f}"])
    table.append(["执行率", *(f"{Decimal(years[y][2]) / Decimal(years[y][1]) * 100:.2f}%" for y in (2021, 2022, 2023)), ""])
    lines = [f"{unit}", f"{proj}绩效自评报告", "",
             "一、项目基本情况",
             "本补贴自2021年起连续实施，对全县80周岁以上老年人发放高龄津贴，对经济困难的失能老年人发放护理补贴。",
             "近三年资金安排及使用情况如下：", *_tabs(table), "",
             "二、2023年度绩效自评表",
             f"项目名称\t{proj}", f"主管部门\t{unit}\t实施单位\t{unit}",
             *_tabs(money_block(money, rt, es)), "",
             *_tabs(_form(SS06, tot, f["stated_grade"])), "",
             "三、存在问题及改进措施",
             "失能老年人护理补贴对象动态管理不够及时，下一步将每季度与卫健、公安部门比对数据。", "",
             f"{unit}", "2024年3月26日"]
    return f, "txt", "\n".join(lines) + "\n"


REPORTS: dict[str, Any] = {
    "ss02-gz-liuzhi-subsistence-project-txt-subfund-summary": ss02,
    "ss03-xj-jiashi-disability-project-html-english-gloss": ss03,
    "ss06-nx-pengyang-elderly-project-txt-three-year-money": ss06,
}
