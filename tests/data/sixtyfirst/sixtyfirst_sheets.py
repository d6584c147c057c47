# ruff: noqa: E501
"""Reports sy03, sy06, sy07, sy08 of the sixty-first set, each returning (facts, ext, content): a Shanghai health
commission's whole-unit report as a wiki page's Markdown export (pipe tables, a breadcrumb and an edit line, <br> in
cells) with a 项目支出绩效自评结果汇总表 and a project's score in the prose; a Shanghai sports bureau's whole-unit form
as an .xls whose second sheet is the 汇总表; a Chongqing water bureau's project form as a system's .csv export with
targets ≥ ≤ ＞ ＜; a Beijing landscaping bureau's whole-unit form as an .ods with the 汇总表 (grades 中等 / 较差 written
out) on the same sheet above it.
Every unit, person and figure is invented (real districts, invented bodies and figures).
"""

from __future__ import annotations

import csv
import io
from typing import Any

import openpyxl
from corpus_build import Row
from eighteenth_facts import Made
from make_seventeenth import convert
from sixtyfirst_facts import (
    HEAD,
    WORD,
    YEAR,
    Project,
    cells,
    money_block,
    project_facts,
    summary_rows,
    whole_facts,
    whole_rows,
)


def _pipe(rows: list[list[str]]) -> list[str]:
    """A Markdown pipe table: the first row the header, an alignment row under it, "|" in a cell escaped."""
    out = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    out.insert(1, "|" + "|".join(":---" if k < 3 else "---:" for k in range(len(rows[0]))) + "|")
    return out


def _books(sheets: dict[str, list[list[str]]], name: str, target: str) -> bytes:
    """A workbook of ``sheets`` (empty cells left blank), saved as ``target`` (xls, ods)."""
    wb = openpyxl.Workbook()
    for k, (title, rows) in enumerate(sheets.items()):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                if v != "":
                    ws.cell(i, j, v).data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return convert(buf.getvalue(), name, "xlsx", target)


# sy03 上海 徐汇区, whole unit, .md: a wiki page exported as Markdown — breadcrumb, edit line, headings, the money and
# items in prose, the 汇总表 (grades 优 / 良) and the unit's form as pipe tables, a <br> inside a goal cell ----------------
SY03: list[Row] = [
    ("产出指标", "数量指标", "家庭医生签约服务人数", 10, "≥38万人", "39.6万人", "10", ""),
    ("产出指标", "数量指标", "65岁以上老年人健康管理人数", 10, "≥12万人", "12.4万人", "10", ""),
    ("产出指标", "质量指标", "电子健康档案规范建档率", 10, "≥90%", "93.5%", "10", ""),
    ("产出指标", "时效指标", "传染病网络直报及时率", 10, "100%", "99.8%", "9.5", "节假日个别病例报告延迟"),
    ("效益指标", "社会效益指标", "孕产妇系统管理率", 15, "≥95%", "96.8%", "15", ""),
    ("效益指标", "可持续影响指标", "社区卫生服务中心标准化建设达标率", 15, "≥85%", "80%", "12", "两家中心改造工程顺延"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "92.1%", "20", ""),
]
SY03_PROJECTS: list[Project] = [
    ("家庭医生签约服务补助", "4260.00", "4198.35", "94.60"),
    ("公共卫生服务项目", "7815.00", "7652.40", "92.30"),
    ("社区卫生服务中心改造", "3120.00", "2604.18", "81.50"),
    ("卫生应急物资储备", "560.00", "548.92", "96.00"),
]


def sy03() -> Made:
    unit = "上海市徐汇区卫生健康委员会"
    money = ("21386.40", "22940.75", "22318.06")
    income = [("财政拨款收入", "22105.60"), ("其他收入", "212.46")]
    spent = [("基本支出", "6480.52"), ("项目支出", "15837.54")]
    f, rt, es, tot = whole_facts(unit, money, SY03, 0, income=income, spent=spent)
    lines = ["财务科空间 / 预算绩效管理 / 2023年度 / 部门整体自评", "",
             f"# {unit}{YEAR}年度部门整体支出绩效自评报告", "",
             "> 最后编辑：顾佳琪 · 2024-04-16 09:42 · 版本 7", "",
             "## 一、部门收支情况", "",
             f"{YEAR}年年初预算**{money[0]}万元**，调整后全年预算{money[1]}万元，全年支出{money[2]}万元，预算执行率{rt}%。",
             f"全年收入{f['budget']['income_total']}万元，其中" + "、".join(f"{n}{a}万元" for n, a in income)
             + f"；支出{f['budget']['expenditure_total']}万元，其中" + "、".join(f"{n}{a}万元" for n, a in spent) + "。", "",
             "## 二、项目支出自评结果", "",
             f"全委纳入自评项目{len(SY03_PROJECTS)}个。“{SY03_PROJECTS[2][0]}”项目因工程顺延，执行率{summary_rows(SY03_PROJECTS)[3][4]}，"
             f"自评得分{SY03_PROJECTS[2][3]}分，等级为良。", "",
             *_pipe(summary_rows(SY03_PROJECTS, words=False)), "",
             "## 三、部门整体支出绩效自评表", "",
             *_pipe([["部门名称", unit, "", "", "", "", "", ""],
                     ["年度总体目标", "做实家庭医生签约服务；<br>推进社区卫生服务中心标准化建设。", "", "", "", "", "", ""],
                     HEAD, *whole_rows(SY03, 0, rt, es),
                     ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]), "",
             "## 四、问题和改进", "",
             "- 社区卫生服务中心改造进度滞后；", "- 传染病报告及时性需进一步加强。", "",
             "_附件：自评佐证材料.zip（12.6 MB）_", ""]
    return f, "md", "\n".join(lines)


# sy06 上海 杨浦区, whole unit, .xls: sheet 1 the unit's form (自评得分 and 自评等级 as label / value pairs in its last
# row), sheet 2 the 项目支出绩效自评结果汇总表 (grades 优 / 良) -----------------------------------------------------------
SY06: list[Row] = [
    ("产出指标", "数量指标", "全民健身赛事活动场次", 10, "≥120场", "134场", "10", ""),
    ("产出指标", "数量指标", "新建改建市民益智健身苑点", 10, "≥25个", "25个", "10", ""),
    ("产出指标", "质量指标", "公共体育场馆安全检查覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "体育场馆免费低收费开放时长", 10, "≥2000小时", "2160小时", "10", ""),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", 15, "≥45%", "44.2%", "14", "冬季户外活动减少"),
    ("效益指标", "可持续影响指标", "青少年体育后备人才输送人数", 10, "≥30人", "27人", "9", "部分项目选材标准提高"),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 25, "≥90%", "93.4%", "25", ""),
]
SY06_PROJECTS: list[Project] = [
    ("全民健身赛事活动经费", "860.00", "842.15", "95.40"),
    ("健身设施新建改建", "1240.00", "1186.72", "93.10"),
    ("青少年业余训练补助", "520.00", "468.30", "84.20"),
]


def sy06() -> Made:
    unit = "上海市杨浦区体育局"
    money = ("6128.00", "6415.30", "6297.84")
    f, rt, es, tot = whole_facts(unit, money, SY06, 4)
    form = [[f"{YEAR}年度部门整体支出绩效自评表", "", "", "", "", "", "", ""],
            ["部门名称", unit, "", "", "", "金额单位：万元", "", ""],
            ["年度预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", ""],
            ["", money[0], money[1], money[2], f"{rt}%", "", "", ""],
            HEAD, *whole_rows(SY06, 4, rt, es),
            ["自评得分", "", "", "", "", "100", str(tot), ""], ["自评等级", f["stated_grade"], "", "", "", "", "", ""]]
    sheets = {"整体支出自评表": form, "项目自评汇总": [["项目支出绩效自评结果汇总表"], *summary_rows(SY06_PROJECTS, words=False)]}
    return f, "xls", _books(sheets, "sy06", "xls")


# sy07 重庆 江北区, project, .csv: a performance system's export — a section line before each part, the form's cells
# quoted, targets ≥ ≤ ＞ ＜, the grade a word in its own field ---------------------------------------------------------
SY07: list[Row] = [
    ("产出指标", "数量指标", "河道清淤疏浚长度", 15, "≥18公里", "18.6公里", "15", ""),
    ("产出指标", "数量指标", "山坪塘整治座数", 10, "＞40座", "43座", "10", ""),
    ("产出指标", "质量指标", "水质监测断面达标率", 10, "≥90%", "87.5%", "8", "一处断面受上游来水影响"),
    ("产出指标", "时效指标", "汛前隐患整改时限", 10, "＜30天", "26天", "10", ""),
    ("产出指标", "成本指标", "每公里清淤成本", 5, "≤42万元", "40.8万元", "5", ""),
    ("效益指标", "生态效益指标", "河道水域岸线完好率", 15, "≥95%", "96.2%", "15", ""),
    ("效益指标", "社会效益指标", "汛期因洪涝受灾人口", 10, "≤200人", "0人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿河居民满意度", 15, "≥85%", "82%", "12", "部分河段施工期间影响出行"),
]


def sy07() -> Made:
    unit, dept = "重庆市江北区河库管理事务中心", "重庆市江北区水务局"
    proj = "2023年江北区中小河流综合治理及山坪塘整治"
    money = ("3650.00", "3842.50", "3651.08")
    f, rt, es, tot = project_facts(unit, dept, proj, money, SY07)
    rows = [["【基本信息】"], ["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["【项目资金】"], *money_block(money, rt, es), ["【绩效指标】"], HEAD, *(cells(r) for r in SY07),
            ["【自评结果】"], ["总分", "", "", "", "", "100", str(tot), ""], ["自评等级", WORD[f["stated_grade"]]],
            ["导出时间", "2024-03-27 15:06:41", "导出人", "admin_jbsw"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return f, "csv", buf.getvalue()


# sy08 北京 大兴区, whole unit, .ods: one sheet — the 项目支出绩效自评结果汇总表 (grades 优秀 / 良好 / 中等 / 较差) first,
# then the unit's form; the form's indicators with 不低于 / 控制在…以内 targets -----------------------------------------
SY08: list[Row] = [
    ("产出指标", "数量指标", "新增造林绿化面积", 15, "不低于3200亩", "3360亩", "15", ""),
    ("产出指标", "数量指标", "林木有害生物防治面积", 10, "≥8.5万亩", "8.7万亩", "10", ""),
    ("产出指标", "质量指标", "新植苗木成活率", 10, "不低于90%", "92.6%", "10", ""),
    ("产出指标", "质量指标", "林业有害生物成灾率", 10, "控制在1‰以内", "0.6‰", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 15, "T:较上年提高0.3个百分点", "T:较上年提高0.32个百分点", "15", ""),
    ("效益指标", "社会效益指标", "公园绿地500米服务半径覆盖率", 10, "≥90%", "88.5%", "8.5", "两处口袋公园未建成"),
    ("满意度指标", "服务对象满意度指标", "市民对园林绿化满意度", 20, "≥90%", "91.3%", "20", ""),
]
SY08_PROJECTS: list[Project] = [
    ("平原生态林养护", "5860.00", "5792.40", "96.10"),
    ("新一轮百万亩造林绿化", "12400.00", "12108.66", "92.80"),
    ("口袋公园建设", "1380.00", "946.25", "74.60"),
    ("林业有害生物防控", "690.00", "512.20", "58.50"),
]


def sy08() -> Made:
    unit = "北京市大兴区园林绿化局"
    money = ("27650.30", "29416.80", "28804.57")
    f, rt, es, tot = whole_facts(unit, money, SY08, 4)
    rows = [[f"{unit}{YEAR}年度绩效自评结果", "", "", "", "", "", "", ""],
            ["一、项目支出绩效自评结果汇总表"], *summary_rows(SY08_PROJECTS), [],
            ["二、部门整体支出绩效自评表"],
            ["部门名称", unit, "", "", "", "", "", ""],
            ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", ""],
            ["年度资金总额", *money, f"{rt}%", "", "", ""],
            HEAD, *whole_rows(SY08, 4, rt, es),
            ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]
    return f, "ods", _books({"绩效自评": rows}, "sy08", "ods")


REPORTS: dict[str, Any] = {
    "sy03-sh-xuhui-health-whole-md-wiki-export": sy03,
    "sy06-sh-yangpu-sports-whole-xls-summary-sheet": sy06,
    "sy07-cq-jiangbei-water-project-csv-system-export": sy07,
    "sy08-bj-daxing-landscaping-whole-ods-summary-above-form": sy08,
}
