# ruff: noqa: E501
"""Reports sv01, sv04, sv05 of the fifty-seventh set, each returning (facts, ext, content): Word-family reports in a
provincial finance department reviewer's 2025 inbox of county transfer-payment (转移支付) self-evaluations — a
Shaanxi county project .rtf whose money table puts 中央 / 省级 / 市县 in columns and 年初 / 全年 / 执行 in rows, a
Shaanxi county project .wps whose indicator table runs on in a 续表 with its header repeated, a Shanxi county project
.doc whose figures stand only in numbered notes at its foot (注①②③).
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row
from eighteenth_facts import D, Made, doc, docx_bytes, form_rows, table
from fiftysixth_forms import _project
from make_seventeenth import convert

YEAR = 2024
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _form(d: Any, rows: list[Row], es: Any, rt: Any, tot: Any, grade: str) -> None:
    body = [HEAD, ["预算执行", "", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(rows),
            ["总分", "", "", "", "", "100", str(tot), grade]]
    table(d, body, [(len(body) - 1, 0, len(body) - 1, 4)], vmerge_cols=(0, 1))


# sv01 陕西 榆林 定边县, project, .rtf: the money table with the three tiers of funds as columns (中央 | 省级 | 市县 |
# 合计) and 年初预算数 / 全年预算数 / 全年执行数 / 执行率 as rows ------------------------------------------------------------
SV01: list[Row] = [
    ("产出指标", "数量指标", "新建高效节水灌溉面积", 15, "≥2.2万亩", "2.26万亩", "15", ""),
    ("产出指标", "数量指标", "新建机井眼数", 10, "≥64眼", "64眼", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", 5, "T:2024年11月底前", "T:2024年11月18日", "5", ""),
    ("效益指标", "经济效益指标", "项目区亩均节水量", 15, "≥80立方米", "76立方米", "14.25", "当年降水偏多，灌溉次数减少"),
    ("效益指标", "可持续影响指标", "工程管护主体落实率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 20, "≥90%", "95.2%", "20", ""),
]


def sv01() -> Made:
    unit, dept, proj = "定边县农田水利工作站", "定边县水利局", "中央水利发展资金高效节水灌溉项目"
    tiers = {"中央": ("1260.00", "1260.00", "1241.35"), "省级": ("210.00", "236.00", "229.80"),
             "市县": ("84.00", "96.40", "93.07")}
    money = tuple(str(sum((D(v[k]) for v in tiers.values()), D(0))) for k in range(3))
    f, rt, es, tot = _project(unit, dept, proj, money, SV01)  # type: ignore[arg-type]
    d = doc()
    d.add_paragraph(f"{YEAR}年{proj}绩效自评报告")
    d.add_paragraph(f"实施单位：{unit}　　主管部门：{dept}")
    d.add_paragraph("一、项目概况")
    d.add_paragraph("项目由中央、省、县三级资金共同安排，在全县6个乡镇新建高效节水灌溉工程。")
    d.add_paragraph("二、资金安排及使用情况")
    d.add_paragraph("项目资金安排及执行情况见下表。")
    names = list(tiers)
    grid = [["项目资金（万元）", *(f"{n}资金" for n in names), "合计"],
            ["年初预算数", *(tiers[n][0] for n in names), money[0]],
            ["全年预算数", *(tiers[n][1] for n in names), money[1]],
            ["全年执行数", *(tiers[n][2] for n in names), money[2]],
            ["执行率", *(f"{(D(tiers[n][2]) / D(tiers[n][1]) * 100).quantize(D('0.01'))}%" for n in names), f"{rt}%"]]
    table(d, grid)
    d.add_paragraph("三、绩效自评情况")
    _form(d, SV01, es, rt, tot, f["stated_grade"])
    d.add_paragraph(f"经自评，该项目{YEAR}年度绩效自评得分{tot}分，等级为“{f['stated_grade']}”。")
    d.add_paragraph("四、存在问题及改进措施")
    d.add_paragraph("部分机井配套电力设施滞后。下一步协调供电部门加快接入。")
    return f, "rtf", convert(docx_bytes(d), "sv01", "docx", "rtf")


# sv04 陕西 延安 宜川县, project, .wps: the indicator table breaks after the 产出 rows and runs on under a “续表” line
# with its header row repeated; the 总分 row closes the second part --------------------------------------------------------
SV04: list[Row] = [
    ("产出指标", "数量指标", "苹果园提质增效改造面积", 15, "≥1.5万亩", "1.52万亩", "15", ""),
    ("产出指标", "数量指标", "新建防雹网面积", 10, "≥3200亩", "3050亩", "9.53", "两处地块土地流转未完成"),
    ("产出指标", "质量指标", "改造果园验收合格率", 10, "≥95%", "97%", "10", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", 5, "T:2024年12月底前", "T:2024年12月20日", "5", ""),
    ("效益指标", "经济效益指标", "改造果园亩均增收", 15, "≥600元", "640元", "15", ""),
    ("效益指标", "社会效益指标", "带动脱贫户增收户数", 10, "≥800户", "826户", "10", ""),
    ("效益指标", "生态效益指标", "果园化肥施用量减少", 5, "≥10%", "12%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "果农满意度", 20, "≥90%", "92.5%", "20", ""),
]


def sv04() -> Made:
    unit, dept, proj = "宜川县果业技术推广站", "宜川县农业农村局", "2024年苹果产业提质增效省级转移支付项目"
    money = ("860.00", "905.50", "887.21")
    f, rt, es, tot = _project(unit, dept, proj, money, SV04)
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph(f"（{YEAR}年度）")
    table(d, [["项目名称", proj, "", "", "", "", "", ""],
              ["主管部门", dept, "", "", "实施单位", unit, "", ""],
              ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              ["", "年度资金总额", *money, "10", f"{rt}%", str(es)]],
          [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)])
    first = [HEAD, ["预算执行", "", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(SV04[:4])]
    table(d, first, vmerge_cols=(0, 1))
    d.add_paragraph("续表")
    rest = [HEAD, *form_rows(SV04[4:]), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    table(d, rest, [(len(rest) - 1, 0, len(rest) - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"填报单位（盖章）：{unit}　　填报日期：2025年3月28日")
    return f, "wps", convert(convert(docx_bytes(d), "sv04", "docx", "odt"), "sv04", "odt", "doc")


# sv05 山西 临汾 吉县, project, .doc: the prose points at numbered notes (见注①) and the figures stand only in those
# notes under a rule at the report's foot ---------------------------------------------------------------------------------
SV05: list[Row] = [
    ("产出指标", "数量指标", "村级养老互助幸福院运营数", 15, "≥42个", "42个", "15", ""),
    ("产出指标", "数量指标", "居家养老上门服务人次", 10, "≥1.8万人次", "1.92万人次", "10", ""),
    ("产出指标", "质量指标", "服务质量抽查合格率", 10, "≥95%", "96.7%", "10", ""),
    ("产出指标", "成本指标", "每个互助幸福院运营补助", 5, "≤3万元", "3万元", "5", ""),
    ("效益指标", "社会效益指标", "农村留守老人关爱服务覆盖率", 20, "≥85%", "81.5%", "19.18", "山区村落分散，部分老人未纳入"),
    ("效益指标", "可持续影响指标", "互助幸福院持续运营率", 10, "≥95%", "97.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "服务老人满意度", 20, "≥90%", "93.8%", "20", ""),
]


def sv05() -> Made:
    unit, dept, proj = "吉县养老服务指导中心", "吉县民政局", "农村养老服务省级补助资金项目"
    money = ("236.00", "251.60", "244.37")
    f, rt, es, tot = _project(unit, dept, proj, money, SV05)
    d = doc()
    d.add_paragraph(f"{YEAR}年{proj}绩效自评报告")
    d.add_paragraph(f"{unit}")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"本项目由{dept}主管、{unit}具体实施，支持全县农村互助幸福院运营和居家养老上门服务。")
    d.add_paragraph("二、项目资金情况")
    d.add_paragraph("项目资金由省级下达、县级配套，年初预算及调整情况见注①，全年支出情况见注②，预算执行率见注③。"
                    "资金均按规定用途使用，未发现挤占挪用。")
    d.add_paragraph("三、绩效目标完成情况")
    d.add_paragraph("项目各项绩效指标完成情况见下表（预算执行率以注③为准）。")
    _form(d, SV05, es, rt, tot, f["stated_grade"])
    d.add_paragraph(f"四、自评结论：项目自评得分{tot}分，自评等级“{f['stated_grade']}”。")
    d.add_paragraph("五、存在问题：山区村落分散，关爱服务覆盖率未达目标。")
    d.add_paragraph("————————————")
    d.add_paragraph(f"注：①年初预算{money[0]}万元，年中追加后全年预算{money[1]}万元（省级资金220.00万元，县级配套31.60万元）。")
    d.add_paragraph(f"②截至2024年12月31日，全年支出{money[2]}万元。")
    d.add_paragraph(f"③预算执行率{rt}%（全年支出÷全年预算）。")
    return f, "doc", convert(docx_bytes(d), "sv05", "docx", "doc")


REPORTS = {
    "sv01-sn-dingbian-irrigation-project-rtf-tier-columns": sv01,
    "sv04-sn-yichuan-apple-project-wps-continued-table": sv04,
    "sv05-sx-jixian-elderly-care-project-doc-footnote-figures": sv05,
}
