# ruff: noqa: E501
"""Reports cc01, cc06, cc07, cc08 of the fifty-sixth set, each returning (facts, ext, content): forms a provincial
finance department's 2025 spot check (抽查) drew — a Heilongjiang county project form as an .ods in the 决策 / 过程 /
产出 / 效益 frame with 指标解释 and 评分标准 columns (cells broken over lines), a Hainan county .xls whose second sheet
holds the spot check's 复核 scores beside the 自评 ones, a Ningxia county .csv export in bracketed sections under the
spot check's 2025 header, a Jilin county .et whose counts are written in Chinese numerals.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, xlsx_bytes
from eighteenth_facts import EARNED, D, Made, facts, grade, rate
from fiftyfifth_template import _sheet_merges
from fortyeighth_reports import budget, scored
from make_seventeenth import convert
from seventeenth_facts import shown
from twentyfirst_sheets import _book

YEAR = 2024
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _money_rows(money: tuple[str, str, str], rt: Decimal, es: Decimal) -> list[list[str]]:
    return [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", *money, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", *money, "—", f"{rt}%", "—"]]


def _cells(r: Row) -> list[str]:
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def _project(unit: str, dept: str, proj: str, money: tuple[str, str, str], rows: list[Row],
             full_mark: int | None = 100) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
    rt, es, tot = scored(rows, money[2], money[1])
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in rows)]
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=full_mark, planted=[], stated_grade=EARNED)
    return f, rt, es, tot


# cc01 黑龙江 逊克县, project, .ods: the 决策 / 过程 / 产出 / 效益 frame as a self-evaluation form, 指标解释 and 评分标准
# columns between the names and the figures (cells broken over lines), the execution rate a 过程 row, a money block with
# no score ---------------------------------------------------------------------------------------------------------------
# (一级, 二级, 三级, 指标解释, 评分标准, 分值, 年度指标值, 实际完成值, 得分, 扣分原因)
CC01: list[tuple[str, ...]] = [
    ("决策", "项目立项", "立项依据充分性", "项目立项是否符合法律法规、\n相关政策和发展规划", "依据充分得满分；\n每缺一项依据扣1分", "3", "T:依据充分", "T:依据充分", "3", ""),
    ("决策", "项目立项", "立项程序规范性", "是否按规定程序申请设立", "程序规范得满分，\n否则酌情扣分", "3", "T:程序规范", "T:程序规范", "3", ""),
    ("决策", "绩效目标", "绩效目标合理性", "目标是否与实际工作内容相关", "合理得满分", "3", "T:目标合理", "T:目标合理", "3", ""),
    ("决策", "绩效目标", "绩效指标明确性", "指标是否细化、量化", "每有一项未量化扣0.5分", "3", "T:细化量化", "T:两项未量化", "2", "两项效益指标未量化，2025年已补充"),
    ("决策", "资金投入", "预算编制科学性", "预算是否经过科学论证", "论证充分得满分", "3", "T:编制科学", "T:编制科学", "3", ""),
    ("过程", "资金管理", "资金到位率", "实际到位资金/\n计划投入资金×100%", "到位率100%得满分，\n每低1个百分点扣0.1分", "4", "100%", "100%", "4", ""),
    ("过程", "资金管理", "资金使用合规性", "是否符合财务管理制度", "合规得满分，\n发现一处违规扣1分", "4", "T:合规", "T:合规", "4", ""),
    ("过程", "组织实施", "管理制度健全性", "是否制定项目管理制度", "健全得满分", "3", "T:健全", "T:健全", "3", ""),
    ("过程", "组织实施", "制度执行有效性", "是否按制度执行", "有效得满分", "3", "T:有效", "T:有效", "3", ""),
    ("产出", "产出数量", "保护性耕作实施面积", "全年完成保护性耕作作业面积", "完成得满分，\n按完成比例计分", "12", "≥12万亩", "12.6万亩", "12", ""),
    ("产出", "产出数量", "秸秆还田面积", "全年完成秸秆翻埋、\n碎混还田面积", "按完成比例计分", "8", "≥8万亩", "7.6万亩", "7.6", "部分低洼地块积水，无法机械作业"),
    ("产出", "产出质量", "作业质量抽检合格率", "抽检合格地块/抽检地块×100%", "≥95%得满分", "8", "≥95%", "97.2%", "8", ""),
    ("产出", "产出时效", "秋季作业完成时限", "秋季作业完成时间", "按期完成得满分", "6", "T:11月15日前", "T:11月10日", "6", ""),
    ("产出", "产出成本", "亩均作业补助标准", "每亩补助金额", "不超标准得满分", "6", "≤40元", "40元", "6", ""),
    ("效益", "项目效益", "耕地土壤有机质含量提升", "项目区耕层有机质含量较上年提升幅度", "达到目标得满分", "8", "≥0.1个百分点", "0.12个百分点", "8", ""),
    ("效益", "项目效益", "项目区亩均增产", "项目区较非项目区亩均增产", "按完成比例计分", "7", "≥30公斤", "32公斤", "7", ""),
    ("效益", "满意度", "项目区农户满意度", "抽样调查农户满意程度", "≥90%得满分", "10", "≥90%", "93.5%", "10", ""),
]
CC01_EXEC = ("过程", "资金管理", "预算执行率", "实际支出资金/\n实际到位资金×100%", "≥95%得满分，\n每低1个百分点扣0.2分", "6", "≥95%")


def cc01() -> Made:
    money = ("860.00", "918.50", "893.27")
    unit, dept, proj = "逊克县农业技术推广中心", "逊克县农业农村局", "2024年黑土地保护利用项目"
    rt = rate(money[2], money[1])
    es = D(6)
    rows = [*CC01[:6], (*CC01_EXEC, f"{rt}%", str(es), ""), *CC01[6:]]
    tot = sum((D(r[8]) for r in rows), D(0))
    inds = []
    for r in rows:
        row: Row = (r[0], r[1], r[2], D(r[5]), r[6], r[7], r[8], r[9])
        inds.append(indicator_fact(row))
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], stated_grade=EARNED)
    sheet: list[list[Any]] = [
        [f"{YEAR}年度项目支出绩效自评表"],
        ["项目名称", proj, "", "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", "", ""],
        ["", "年度资金总额", *money, f"{rt}%", "", "", "", ""],
        ["", "其中：当年财政拨款", *money, f"{rt}%", "", "", "", ""],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""],
        ["", "完成保护性耕作12万亩、秸秆还田8万亩，项目区耕地质量稳步提升。", "", "", "",
         "完成保护性耕作12.6万亩、秸秆还田7.6万亩，有机质含量提升0.12个百分点。", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "年度指标值", "实际完成值", "得分", "扣分原因"],
        *([r[0], r[1], r[2], r[3], r[4], int(r[5]), shown(r[6]), shown(r[7]), float(r[8]) if "." in r[8] else int(r[8]), r[9]] for r in rows),
        ["总分", "", "", "", "", 100, "", "", float(tot), f["stated_grade"]],
        ["填报单位（盖章）：" + unit, "", "", "", "", "填报日期：2025年3月26日"],
    ]
    first = 9  # the first indicator row (0-based)
    merges = ["A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:B4", "A7:A8", "B7:E7", "F7:J7", "B8:E8", "F8:J8",
              *_sheet_merges(sheet, first + 1)]
    last = first + len(rows) + 1
    merges.append(f"A{last}:E{last}")
    body = _book(sheet, merges)
    return f, "ods", convert(body, "cc01", "xlsx", "ods")


# cc06 海南 琼中黎族苗族自治县, project, .xls: the 自评表 on its first sheet, the spot check's 复核 on a second sheet
# (自评得分 | 复核得分 | 复核说明, a 复核总分 and 复核等级 that differ from the unit's own) ---------------------------------
CC06: list[Row] = [
    ("产出指标", "数量指标", "改造提升村庄道路里程", 15, "≥18公里", "18.4公里", "15", ""),
    ("产出指标", "数量指标", "新建农村生活污水处理设施", 10, "≥6座", "6座", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 5, "T:2024年11月底前", "T:2024年12月20日", "4", "雨季施工受阻，完工延后20天"),
    ("产出指标", "成本指标", "每公里道路改造成本", 10, "≤42万元", "41.6万元", "10", ""),
    ("效益指标", "社会效益指标", "受益农户数", 15, "≥1200户", "1236户", "15", ""),
    ("效益指标", "生态效益指标", "生活污水治理率提升", 15, "≥5个百分点", "5.5个百分点", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益村民满意度", 10, "≥90%", "92.6%", "10", ""),
]
CC06_REVIEW = {"工程完工时间": ("2", "延期未履行调整程序"), "生活污水治理率提升": ("12", "佐证材料不足"),
               "受益村民满意度": ("8", "问卷样本量不足")}


def cc06() -> Made:
    money = ("1260.00", "1318.40", "1275.96")
    unit, dept, proj = "琼中黎族苗族自治县乡村振兴服务中心", "琼中黎族苗族自治县农业农村局", "2024年美丽乡村建设项目"
    f, rt, es, tot = _project(unit, dept, proj, money, CC06)
    self_rows = [["项目支出绩效自评表"], [f"（{YEAR}年度）"],
                 ["项目名称", proj], ["主管部门", dept, "", "", "实施单位", unit],
                 *_money_rows(money, rt, es),
                 ["年度总体目标", "预期目标", "", "", "实际完成情况"],
                 ["", "改造村庄道路18公里，新建污水处理设施6座，受益农户1200户以上。", "", "",
                  "改造道路18.4公里，新建污水处理设施6座，受益农户1236户。"],
                 HEAD, *(_cells(r) for r in CC06),
                 ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    review_tot = tot - sum((D(r[6]) - D(CC06_REVIEW[r[2]][0]) for r in CC06 if r[2] in CC06_REVIEW), D(0))
    review = [[f"{YEAR}年度项目绩效自评抽查复核表"], ["被抽查单位", unit, "抽查批次", "2025年第二批"],
              ["三级指标", "分值", "自评得分", "复核得分", "复核说明"],
              *([r[2], str(r[3]), r[6], CC06_REVIEW.get(r[2], (r[6], ""))[0], CC06_REVIEW.get(r[2], ("", "无调整"))[1]] for r in CC06),
              ["复核总分", "", str(tot), str(review_tot), f"复核等级：{grade(review_tot)}"],
              ["复核人：省财政厅绩效评价处", "", "", "复核日期：2025年6月18日"]]
    return f, "xls", convert(xlsx_bytes([("自评表", self_rows, []), ("抽查复核", review, [])]), "cc06", "xlsx", "xls")


# cc07 宁夏 西吉县, project, .csv: a budget system's export in bracketed sections (【基本信息】 label rows, 【资金情况】,
# 【绩效指标】, 【自评结论】) under the spot check's own header lines (2025年度…抽查, 抽查编号), UTF-8 with a BOM --------
CC07: list[Row] = [
    ("产出指标", "数量指标", "新建改造供水管网长度", 15, "≥46公里", "47.2公里", "15", ""),
    ("产出指标", "数量指标", "更换智能水表户数", 10, "≥3500户", "3380户", "9.66", "部分农户常年外出，入户安装推迟"),
    ("产出指标", "质量指标", "农村自来水水质达标率", 15, "≥95%", "96.8%", "15", ""),
    ("产出指标", "时效指标", "工程完工及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥98%", "98.6%", "15", ""),
    ("效益指标", "可持续影响指标", "工程运行管护机制建立", 15, "T:建立", "T:已建立", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "94%", "10", ""),
]


def _csv(cells: list[str]) -> str:
    return ",".join(f'"{c}"' if ("," in c or "，" in c or '"' in c) else c for c in cells)


def cc07() -> Made:
    money = ("1486.00", "1530.80", "1497.35")
    unit, dept, proj = "西吉县农村供水管理站", "西吉县水务局", "2024年农村供水保障工程"
    f, rt, es, tot = _project(unit, dept, proj, money, CC07, full_mark=None)  # (the export states no full mark)
    lines = [["2025年度自治区本级转移支付绩效自评抽查材料"], ["抽查编号", "NXCZ-JX-2025-031"], ["被抽查地区", "固原市西吉县"],
             ["材料类型", "项目支出绩效自评（系统导出）"], [],
             ["【基本信息】"], ["项目名称", proj], ["主管部门", dept], ["实施单位", unit], ["评价年度", f"{YEAR}年度"], [],
             ["【资金情况】", "单位：万元"],
             ["资金类别", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["年度资金总额", *money, "10", f"{rt}%", str(es)],
             ["其中：当年财政拨款", *money, "", f"{rt}%", ""], [],
             ["【年度总体目标】"], ["预期目标", "新建改造供水管网46公里，更换智能水表3500户，农村自来水普及率稳定在98%以上。"],
             ["实际完成情况", "新建改造管网47.2公里，更换智能水表3380户，普及率98.6%。"], [],
             ["【绩效指标】"], HEAD, *(_cells(r) for r in CC07), [],
             ["【自评结论】"], ["自评总分", str(tot)], ["自评等级", f["stated_grade"]], [],
             ["导出人", "马**"], ["导出时间", "2025-05-12 10:31:05"]]
    text = "\ufeff" + "\r\n".join(_csv(line) for line in lines) + "\r\n"
    return f, "csv", text


# cc08 吉林 抚松县, project, .et: a form whose counts are written in Chinese numerals in the target and actual cells
# ("不少于三十场", "三十二场", "两个"), the other figures in digits -------------------------------------------------------
CC08: list[tuple[str, str, str, int, str, str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = [
    ("产出指标", "数量指标", "送戏下乡演出场次", 15, "不少于三十场", "三十二场", "15", "",
     {"comparator": "≥", "value": D(30), "unit": "场"}, {"value": D(32), "unit": "场"}),
    ("产出指标", "数量指标", "新建村级文化广场", 10, "两个", "两个", "10", "",
     {"value": D(2), "unit": "个"}, {"value": D(2), "unit": "个"}),
    ("产出指标", "数量指标", "非遗传承培训班期数", 10, "≥四期", "四期", "10", "",
     {"comparator": "≥", "value": D(4), "unit": "期"}, {"value": D(4), "unit": "期"}),
    ("产出指标", "质量指标", "文化设施验收合格率", 10, "100%", "100%", "10", "", None, None),
    ("产出指标", "时效指标", "资金拨付及时率", 5, "≥95%", "100%", "5", "", None, None),
    ("效益指标", "社会效益指标", "参与群众人次", 15, "≥1.5万人次", "1.38万人次", "13.8", "冬季低温取消两场户外演出", None, None),
    ("效益指标", "可持续影响指标", "村级文化志愿者人数", 15, "不少于一百二十人", "一百三十六人", "15", "",
     {"comparator": "≥", "value": D(120), "unit": "人"}, {"value": D(136), "unit": "人"}),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "95.2%", "10", "", None, None),
]


def cc08() -> Made:
    money = ("236.00", "251.50", "244.87")
    unit, dept, proj = "抚松县文化馆", "抚松县文化广播电视和旅游局", "2024年公共文化服务体系建设补助资金"
    rows: list[Row] = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in CC08]
    rt, es, tot = scored(rows, money[2], money[1])
    inds: list[dict[str, Any]] = [exec_fact(10, rt, es)]
    for r in CC08:
        base: Row = (r[0], r[1], r[2], r[3], "T:x" if r[8] else r[4], "T:x" if r[9] else r[5], r[6], r[7])
        fact = indicator_fact(base)
        if r[8]:
            fact["target"] = r[8]
        if r[9]:
            fact["actual"] = r[9]
        inds.append(fact)
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], stated_grade=EARNED)
    sheet: list[list[Any]] = [[f"项目支出绩效自评表（{YEAR}年度）"], ["项目名称", proj], ["主管部门", dept, "", "", "实施单位", unit],
                              *_money_rows(money, rt, es),
                              ["年度总体目标", "预期目标", "", "", "实际完成情况"],
                              ["", "全年送戏下乡三十场以上，建成村级文化广场两个，培育村级文化志愿者一百二十人以上。", "", "",
                               "送戏下乡三十二场，建成文化广场两个，文化志愿者一百三十六人。"],
                              HEAD, *([r[0], r[1], r[2], r[4], r[5], r[3], float(r[6]) if "." in r[6] else int(r[6]), r[7]] for r in CC08),
                              ["总分", "", "", "", "", 100, float(tot), f["stated_grade"]]]
    last = len(sheet)
    merges = ["A1:H1", "B2:H2", "B3:D3", "F3:H3", "A4:A6", "A7:A8", "B7:D7", "E7:H7", "B8:D8", "E8:H8", f"A{last}:E{last}"]
    return f, "et", convert(_book(sheet, merges), "cc08", "xlsx", "xls")


REPORTS = {
    "cc01-hl-xunke-black-soil-project-ods-decision-process-frame": cc01,
    "cc06-hi-qiongzhong-village-project-xls-review-sheet": cc06,
    "cc07-nx-xiji-rural-water-project-csv-export-sections": cc07,
    "cc08-jl-fusong-culture-project-et-chinese-numeral-counts": cc08,
}
