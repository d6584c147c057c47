# ruff: noqa: E501  (report lines are kept whole)
"""Twelfth corpus, reports as files: a Jiangxi hospital's Word form split over two tables at a page break with
the header row typed again (m03); a Guizhou agriculture workbook in 元 with merged level cells and a hidden
helper column (m04); a Zhejiang library's form with 指标性质 / 指标值 / 度量单位 columns printed to PDF (m05); a
Hubei town's saved web page with rowspans and "指标1：" names (m06); a Chongqing health centre's Word form whose
levels are full-width heading rows (m09)."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from twelfth_base import D, Ind, Report, docx_of, exec_ind, facts, money, num, pct, pdf_of, q, rate_of, sum_scores, t

IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def level_rows(inds: list[Ind], start: int) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """8-cell indicator rows from table row ``start``, with the merges of their 一级 / 二级 cells."""
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []
    for col, key in ((0, lambda i: i.l1), (1, lambda i: (i.l1, i.l2))):
        first = 0
        for k in range(1, len(inds) + 1):
            if k == len(inds) or key(inds[k]) != key(inds[first]):
                if k - first > 1:
                    merges.append((start + first, col, start + k - 1, col))
                first = k
    last = ("", "")
    for ind in inds:  # a merged cell shows its text once: the rows under its first are left blank before merging
        l1 = ind.l1 if ind.l1 != last[0] else ""
        l2 = ind.l2 if (ind.l1, ind.l2) != last else ""
        last = (ind.l1, ind.l2)
        rows.append([l1, l2, ind.name, ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), ind.note])
    return rows, merges


# ---------------------------------------------------------------- m03
def m03() -> Report:
    """Jiangxi: a county hospital's project form in Word; the table breaks at a page, the second table repeats
    the indicator header row and types 产出指标 again."""
    dept, unit, name = "赣州市于都县卫生健康委员会", "于都县人民医院", "县级公立医院综合改革补助资金"
    fa, fb, fe = D("620.00"), D("680.00"), D("663.24")
    rate = rate_of(fe, fb)
    es = D("9.75")
    inds = [
        q("开展新技术新项目", "产出指标", "数量指标", 10, "≥", 6, "项", 7, 10),
        q("紧缺专业人才培训", "产出指标", "数量指标", 10, "≥", 40, "人", 42, 10),
        t("公立医院绩效考核等级", "产出指标", "质量指标", 10, "B级及以上", "B+级", 10),
        q("医疗设备购置验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        t("设备购置完成时间", "产出指标", "时效指标", 10, "2023年9月底前", "2023年8月", 10),
        q("设备采购成本节约率", "产出指标", "成本指标", 5, "≥", 3, "%", 4.2, 5),
        q("县域内就诊率", "效益指标", "社会效益指标", 15, "≥", 90, "%", 89.1, 13.5, note="部分疑难病种仍需外转"),
        t("分级诊疗机制", "效益指标", "可持续影响指标", 5, "持续运行", "持续运行", 5),
        q("患者满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 92.8, 15),
    ]
    total = sum_scores(inds, es)
    head = [["项目名称", name, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)],
            IND_HEAD]
    rows1, m1 = level_rows(inds[:4], len(head))
    rows2, m2 = level_rows(inds[4:], 1)
    merges1 = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 3, 0), *m1]
    tail = [["总分", "", "", "", "", "100", num(total), ""]]
    grid2 = [IND_HEAD, *rows2, *tail]
    merges2 = [*m2, (len(grid2) - 1, 0, len(grid2) - 1, 4)]
    blocks: list[Any] = ["项目支出绩效自评表", "（2023年度）", (head + rows1, merges1), "\f",
                         "续表", (grid2, merges2), "自评等级：优", "填报人：钟晓岚　　联系电话：0797-6321458"]
    rest = facts("项目支出", 2023, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优")
    return Report("m03-jx-yudu-hospital-docx-split-table", ".docx", docx_of(blocks), rest,
                  note="Word form split at a page break, header row repeated in the second table")


# ---------------------------------------------------------------- m04
def m04() -> Report:
    """Guizhou: an agriculture project's workbook in 元 (caption 金额单位：元), level cells merged down, and a
    hidden helper column (完成比例) between the actual and the weight."""
    dept, unit, name = "黔东南州榕江县农业农村局", "榕江县农业技术推广站", "蔬菜保供基地建设补助资金"
    fa, fb, fe = D("2400000.00"), D("2650000.00"), D("2598372.45")
    rate = rate_of(fe, fb)
    es = D("9.81")
    inds = [
        q("新建蔬菜保供基地", "产出指标", "数量指标", 15, "≥", 1500, "亩", 1560, 15),
        q("推广绿色防控技术", "产出指标", "数量指标", 10, "≥", 3000, "亩", 3120, 10),
        q("蔬菜农残抽检合格率", "产出指标", "质量指标", 10, "≥", 98, "%", 99.2, 10),
        t("基地建设完成时间", "产出指标", "时效指标", 10, "2024年10月底前", "2024年10月", 10),
        q("亩均建设补助", "产出指标", "成本指标", 5, "≤", 1600, "元", 1580, 5),
        q("基地蔬菜年产量", "效益指标", "经济效益指标", 15, "≥", 6000, "吨", 5820, 14.5, note="7月洪涝影响部分批次"),
        q("带动农户就业", "效益指标", "社会效益指标", 10, "≥", 300, "人", 316, 10),
        q("受益农户满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 94, 15),
    ]
    total = sum_scores(inds, es)
    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    put = ws.append
    put(["项目支出绩效自评表（2024年度）"])
    put(["金额单位：元"])
    put(["项目名称", name, None, None, "实施单位", unit])
    put(["主管部门", dept])
    put(["资金情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    put(["年度资金总额", float(fa), float(fb), float(fe), 10, float(rate) / 100, float(es)])
    for col in "BCD":
        ws[f"{col}6"].number_format = "#,##0.00"
    ws["F6"].number_format = "0.00%"
    put(["一级指标", "二级指标", "三级指标", "辅助列", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    first = ws.max_row + 1
    for ind in inds:
        ratio = round(float(ind.av) / float(ind.tv), 2) if ind.cmp else 1
        put([ind.l1, ind.l2, ind.name, ratio, ind.target_text(), ind.actual_text(), float(ind.w), float(ind.sc), ind.note or None])
    # level cells merged down (the value stays in the group's first cell, as Excel keeps it)
    for col, key in ((1, lambda i: i.l1), (2, lambda i: (i.l1, i.l2))):
        start = 0
        for k in range(1, len(inds) + 1):
            if k == len(inds) or key(inds[k]) != key(inds[start]):
                if k - start > 1:
                    ws.merge_cells(start_row=first + start, start_column=col, end_row=first + k - 1, end_column=col)
                start = k
    put(["总分", None, None, None, None, None, 100, float(total)])
    put(["自评等级", "优"])
    ws.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    wb.save(out)
    rest = facts("项目支出", 2024, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa / 10000, "adjusted": fb / 10000, "executed": fe / 10000, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优")
    return Report("m04-gz-rongjiang-vegetables-xlsx-hidden-col", ".xlsx", out.getvalue(), rest,
                  note="xlsx in 元, merged level cells, hidden helper column")


# ---------------------------------------------------------------- m05
def m05() -> Report:
    """Zhejiang: a library's project form (指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分 / 未完成原因分析) in a
    landscape Word file printed to PDF; one-decimal scores; 绩效评价得分 and 等级：良好."""
    dept, unit, name = "丽水市庆元县文化和广电旅游体育局", "庆元县图书馆", "农家书屋提升工程补助资金"
    fa, fb, fe = D("128.00"), D("136.50"), D("118.42")
    rate = rate_of(fe, fb)
    es = D("8.7")
    inds = [
        q("提升改造农家书屋", "产出指标", "数量指标", 15, "≥", 60, "个", 62, 15),
        q("新增配送图书", "产出指标", "数量指标", 10, "≥", 3.5, "万册", 3.2, 9.1, note="部分图书采购合同延期履行"),
        q("书屋图书更新达标率", "产出指标", "质量指标", 10, "≥", 90, "%", 91.5, 10),
        t("图书配送完成时间", "产出指标", "时效指标", 10, "2024年11月底前", "2024年12月", 8, note="冬季配送路线调整"),
        q("单个书屋改造成本", "产出指标", "成本指标", 5, "≤", 1.8, "万元", 1.75, 5),
        q("书屋年接待读者", "效益指标", "社会效益指标", 15, "≥", 12, "万人次", 10.6, 12.5, note="部分书屋开放时间不足"),
        t("书屋管理员队伍", "效益指标", "可持续影响指标", 10, "稳定", "基本稳定", 8),
        q("读者满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 88.4, 13.5, note="借阅品种偏少"),
    ]
    total = sum_scores(inds, es)
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]
    grid = [["项目名称", name, "", "", "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""],
            ["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "", "", ""],
            ["总额（万元）", money(fa), money(fb), money(fe), pct(rate), "10", num(es), "", "", ""],
            head]
    for ind in inds:
        kind, value, unit_cell, done = (ind.cmp, num(ind.tv), ind.unit, num(ind.av)) if ind.cmp else ("定性", ind.tv, "", ind.av)
        grid.append([ind.l1, ind.l2, ind.name, kind, value, unit_cell, done, num(ind.w), num(ind.sc), ind.note])
    grid.append(["合计", "", "", "", "", "", "", "100", num(total), ""])
    merges = [(0, 1, 0, 9), (1, 1, 1, 4), (1, 6, 1, 9), (2, 7, 3, 9)]
    blocks: list[Any] = ["部门预算项目支出绩效自评表", "（二〇二四年度）", (grid, merges),
                         f"绩效评价得分：{num(total)}分；等级：良好"]
    # 完成值 carries no unit: the 度量单位 column gives it to both the target and the actual
    rest = facts("项目支出", 2024, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "良")
    stem = "m05-zj-qingyuan-library-pdf-xingzhi-cols"
    return Report(stem, ".pdf", pdf_of(docx_of(blocks, landscape=True), stem), rest,
                  note="Word → PDF, landscape; 指标性质/指标值/度量单位 columns; 等级：良好")


# ---------------------------------------------------------------- m06
def m06() -> Report:
    """Hubei: a town's whole-unit form as a saved web page: rowspans for the levels, every name numbered
    "指标1：" within its group, month targets (10月前 / 9月)."""
    unit = "十堰市竹山县宝丰镇人民政府"
    fa, fb, fe = D("2846.30"), D("3102.55"), D("3054.18")
    rate = rate_of(fe, fb)
    es = D("9.84")
    inds = [
        q("改造农村公路", "产出指标", "数量指标", 10, "≥", 12, "公里", 12.6, 10),
        q("完成农村户厕改造", "产出指标", "数量指标", 10, "≥", 800, "户", 826, 10),
        q("工程竣工验收合格率", "产出指标", "质量指标", 10, "≥", 95, "%", 100, 10),
        t("户厕改造验收完成时间", "产出指标", "时效指标", 10, "10月前", "9月", 10),
        q("公用经费控制", "产出指标", "成本指标", 10, "≤", 150, "万元", 146.2, 10),
        t("群众出行条件", "效益指标", "社会效益指标", 15, "明显改善", "明显改善", 15),
        t("农村人居环境长效管护机制", "效益指标", "可持续影响指标", 10, "建立", "已建立", 9, note="个别村管护人员未落实"),
        q("辖区群众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 94.5, 15),
    ]
    total = sum_scores(inds, es)
    td = "".join
    rows = []
    counts1 = {l1: sum(1 for i in inds if i.l1 == l1) for l1 in dict.fromkeys(i.l1 for i in inds)}
    counts2 = {k: sum(1 for i in inds if (i.l1, i.l2) == k) for k in dict.fromkeys((i.l1, i.l2) for i in inds)}
    seen1: set[str] = set()
    seen2: dict[tuple[str, str], int] = {}
    for ind in inds:
        cells = []
        if ind.l1 not in seen1:
            seen1.add(ind.l1)
            cells.append(f'<td rowspan="{counts1[ind.l1]}">{ind.l1}</td>')
        key = (ind.l1, ind.l2)
        if key not in seen2:
            cells.append(f'<td rowspan="{counts2[key]}">{ind.l2}</td>')
        seen2[key] = seen2.get(key, 0) + 1
        cells += [f"<td>指标{seen2[key]}：{ind.name}</td>", f"<td>{ind.target_text()}</td>", f"<td>{ind.actual_text()}</td>",
                  f"<td>{num(ind.w)}</td>", f"<td>{num(ind.sc)}</td>", f"<td>{ind.note}</td>"]
        rows.append("<tr>" + td(cells) + "</tr>")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{unit}2023年度部门整体支出绩效自评表_竹山县人民政府</title></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效评价</div>
<h2 style="text-align:center">{unit}2023年度部门整体支出绩效自评表</h2>
<p>发布时间：2024-05-20　来源：宝丰镇</p>
<table border="1" cellspacing="0">
<tr><td>部门名称</td><td colspan="4">{unit}</td><td>自评总分</td><td colspan="2">{num(total)}</td></tr>
<tr><td rowspan="2">预算资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>{money(fa)}</td><td>{money(fb)}</td><td>{money(fe)}</td><td>10</td><td>{pct(rate)}</td><td>{num(es)}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
{chr(10).join(rows)}
<tr><td colspan="5">合计</td><td>100</td><td>{num(total)}</td><td></td></tr>
</table>
<p>自评等级：优</p>
</body></html>
"""
    rest = facts("整体支出", 2023, {"name": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优")
    return Report("m06-hb-baofeng-town-html-numbered-names", ".html", html, rest,
                  note="web page with rowspans; 指标1： names; month targets")


# ---------------------------------------------------------------- m09
def m09() -> Report:
    """Chongqing: a community health centre's whole-unit Word form whose 一级 / 二级 indicators are full-width
    heading rows (一、产出指标（50分） / （一）数量指标) above six-cell indicator rows."""
    unit = "重庆市巫溪县柏杨街道社区卫生服务中心"
    fa, fb, fe = D("1268.40"), D("1395.72"), D("1371.06")
    rate = rate_of(fe, fb)
    es = D("9.82")
    inds = [
        q("家庭医生签约服务人数", "产出指标", "数量指标", 10, "≥", 8000, "人", 8215, 10),
        q("65岁以上老年人健康管理", "产出指标", "数量指标", 10, "≥", 3200, "人", 3106, 9.5, note="部分老人外出务工"),
        q("电子健康档案规范建档率", "产出指标", "质量指标", 15, "≥", 90, "%", 93.4, 15),
        t("基本公共卫生服务项目考核", "产出指标", "时效指标", 15, "按季度完成", "按季度完成", 15),
        q("高血压患者规范管理率", "效益指标", "社会效益指标", 15, "≥", 65, "%", 67.2, 15),
        q("传染病报告及时率", "效益指标", "社会效益指标", 10, "=", 100, "%", 100, 10),
        t("医联体协作机制", "效益指标", "可持续影响指标", 5, "持续运行", "持续运行", 5),
        q("辖区居民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.1, 10),
    ]
    total = sum_scores(inds, es)
    blocks_w = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    grid = [["单位名称", unit, "", "", "", ""],
            ["预算执行", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "得分（10分）"],
            ["", money(fa), money(fb), money(fe), pct(rate), num(es)],
            ["指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因"]]
    merges = [(0, 1, 0, 5), (1, 0, 2, 0)]
    l1 = l2 = ""
    n1 = n2 = 0
    for ind in inds:
        if ind.l1 != l1:
            l1, l2, n2 = ind.l1, "", 0
            grid.append([f"{'一二三'[n1]}、{l1}（{blocks_w[l1]}分）"] + [""] * 5)
            merges.append((len(grid) - 1, 0, len(grid) - 1, 5))
            n1 += 1
        if ind.l2 != l2:
            l2 = ind.l2
            grid.append([f"（{'一二三四'[n2]}）{l2}"] + [""] * 5)
            merges.append((len(grid) - 1, 0, len(grid) - 1, 5))
            n2 += 1
        grid.append([ind.name, ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), ind.note])
    grid.append(["总分", "", "", "100", num(total), ""])
    blocks: list[Any] = [f"{unit}2024年度部门整体支出绩效自评表", (grid, merges), "评价等级：优秀"]
    rest = facts("整体支出", 2024, {"name": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优")
    rest["stated_block_weights"] = {k: D(v) for k, v in blocks_w.items()}
    return Report("m09-cq-baiyang-health-docx-heading-rows", ".docx", docx_of(blocks), rest,
                  note="Word form with level heading rows spanning the table")


REPORTS = [m03, m04, m05, m06, m09]
