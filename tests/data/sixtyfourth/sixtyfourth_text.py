# ruff: noqa: E501
"""Reports sf01, sf03, sf07 of the sixty-fourth set, each returning (facts, ext, content): a Jiangsu court's project
report as plain text whose indicator table is written as numbered paragraphs, each giving 指标值、完成值、分值、得分 in
one sentence under a heading per 一级; an Anhui public security bureau's project form on a site page, three levels of
indicators with the 一级 and 二级 written again in every row; a Hubei procuratorate's project form as a .csv a document
viewer copied out of a Word table, each vertically merged label on the middle row of the rows it spans.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from corpus_build import Row
from eighteenth_facts import Made
from fifth_shapes import html_table, paragraphs_html
from sixtyfirst_facts import HEAD, WORD, cells
from sixtyfourth_facts import money_rows, project

# sf01 江苏 常州, project, .txt: the indicators as numbered paragraphs under （一）（二）（三） headings, each sentence
# giving the 二级, the name, 年度指标值, 实际完成值, 分值 and 得分, a reason after a lost point ---------------------------
SF01: list[Row] = [
    ("产出指标", "数量指标", "电子卷宗随案同步生成案件数", 15, "不少于5800件", "6127件", "15", ""),
    ("产出指标", "数量指标", "科技法庭运维数量", 10, "≥24个", "24个", "10", ""),
    ("产出指标", "质量指标", "信息系统故障修复及时率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "运维服务响应时间", 5, "≤2小时", "1.5小时", "5", ""),
    ("产出指标", "成本指标", "运维合同金额控制", 5, "≤238万元", "229.6万元", "5", ""),
    ("效益指标", "社会效益指标", "网上立案占比", 15, "≥60%", "57.3%", "13", "部分当事人年龄较大，仍选择窗口立案"),
    ("效益指标", "可持续影响指标", "智慧法院应用水平", 10, "T:持续提升", "T:达到省定标准", "10", ""),
    ("满意度指标", "服务对象满意度指标", "当事人及律师满意度", 20, "≥90%", "92.8%", "20", ""),
]
_CN = "一二三四五六七八九"


def _paragraphs(rows: list[Row]) -> list[str]:
    out: list[str] = []
    level1 = ""
    k = 0
    for r in rows:
        l1, l2, name, weight, _, _, score, dev = r
        tgt, act = cells(r)[3:5]
        if l1 != level1:
            level1, k = l1, 0
            out.append(f"（{_CN[len({x[0] for x in rows[:rows.index(r)]})]}）{l1}")
        k += 1
        line = f"{k}.{l2}“{name}”：年度指标值{tgt}，实际完成值{act}，分值{weight}分，得分{score}分。"
        out.append(line + (f"偏差原因：{dev}。" if dev else ""))
    return out


def sf01() -> Made:
    unit = "常州市金坛区人民法院"
    proj = "2024年智慧法院信息化运维项目"
    money = ("268.00", "286.50", "279.32")
    f, rt, es, tot = project(2024, unit, unit, proj, money, SF01)
    del f["full_mark"]  # the report never states its full mark
    lines = [f"{unit}", f"{proj}支出绩效自评报告", "",
             "一、项目基本情况",
             f"项目名称：{proj}", f"主管部门：{unit}", f"实施单位：{unit}",
             "本项目用于全院审判执行业务系统、科技法庭和诉讼服务平台的日常运维。", "",
             "二、项目资金使用情况",
             f"本项目年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，"
             f"预算执行率{rt}%，该项分值10分，得分{es}分。", "",
             "三、绩效指标完成情况",
             *_paragraphs(SF01), "",
             "四、自评结论",
             f"经逐项打分，本项目自评总分{tot}分，自评等级为“{WORD[f['stated_grade']]}”。", "",
             "五、下一步改进措施",
             "加大网上诉讼服务宣传和窗口引导力度，提升线上立案比例。", "",
             f"{unit}", "2025年3月14日"]
    return f, "txt", "\n".join(lines) + "\n"


# sf03 安徽 合肥, project, .html: a site page; the form's indicator table lists three levels and writes the 一级 and the
# 二级 again in every row (no merged cells), money in 万元 --------------------------------------------------------------
SF03: list[Row] = [
    ("产出指标", "数量指标", "视频监控点位运维数量", 12, "≥1650个", "1682个", "12", ""),
    ("产出指标", "数量指标", "前端设备巡检次数", 8, "≥12次", "12次", "8", ""),
    ("产出指标", "质量指标", "视频监控设备完好率", 10, "≥95%", "96.4%", "10", ""),
    ("产出指标", "时效指标", "故障设备修复时限", 10, "≤48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "单点位年运维成本", 5, "≤1200元", "1180元", "5", ""),
    ("效益指标", "社会效益指标", "视频监控协助破案数", 15, "≥300起", "286起", "13.5", "部分老旧点位画质不足"),
    ("效益指标", "可持续影响指标", "治安防控体系运行", 10, "T:长效稳定", "T:稳定运行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众安全感满意度", 20, "≥92%", "95.1%", "20", ""),
]


def sf03() -> Made:
    unit, dept = "合肥市公安局包河分局", "合肥市公安局"
    proj = "2024年社会治安视频监控系统运维项目"
    money = ("420.00", "436.80", "427.15")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SF03)
    form = "\n".join([
        html_table([["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
                    *money_rows(money, rt, es)]),
        html_table([HEAD, *(cells(r) for r in SF03), ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]),
    ])
    html = "\n".join([
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>包河分局2024年度项目支出绩效自评表</title></head><body>',
        '<div class="nav">首页 | 政务公开 | 财政资金 | 预算决算</div>',
        f"<h1>{proj}绩效自评表</h1>",
        '<div class="meta">发布日期：2025-04-22　信息来源：合肥市公安局包河分局　字号：[大 中 小]</div>',
        paragraphs_html(["根据区财政局统一部署，现将本单位项目支出绩效自评情况公开如下。"]),
        f"<p>{2024}年度项目支出绩效自评表</p>", form,
        "<p>填表人：汪德胜　　联系电话：0551-6338XXXX</p>",
        '<div class="foot">主办单位：合肥市公安局包河分局　网站标识码：XXXX000000</div>',
        "</body></html>"])
    return f, "html", html


# sf07 湖北 襄阳, project, .csv: a Word table copied out of a document viewer; every vertically merged cell gives its text
# on the middle row of the rows it spans, the others empty ------------------------------------------------------------
SF07: list[Row] = [
    ("产出指标", "数量指标", "组织检察听证案件数", 10, "≥80件", "93件", "10", ""),
    ("产出指标", "数量指标", "公益诉讼立案数", 10, "≥45件", "52件", "10", ""),
    ("产出指标", "质量指标", "诉前检察建议回复整改率", 10, "≥90%", "94.2%", "10", ""),
    ("产出指标", "时效指标", "案件审查办结及时率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "挽回国有财产损失", 10, "≥600万元", "548万元", "8.5", "个别案件执行周期长"),
    ("效益指标", "社会效益指标", "督促修复生态环境面积", 10, "≥120亩", "136亩", "10", ""),
    ("效益指标", "可持续影响指标", "公益保护长效机制", 10, "T:健全完善", "T:已建立", "10", ""),
    ("满意度指标", "服务对象满意度指标", "听证员及当事人满意度", 20, "≥90%", "93.5%", "20", ""),
]


def _centred(rows: list[list[str]], cols: tuple[int, ...]) -> list[list[str]]:
    """Rows with each run of equal cells in ``cols`` shown once, on the run's middle row."""
    out = [list(r) for r in rows]
    for c in cols:
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][c] == rows[i][c] and (c == 0 or rows[j + 1][c - 1] == rows[i][c - 1]):
                j += 1
            for k in range(i, j + 1):
                out[k][c] = rows[i][c] if k == (i + j) // 2 else ""
            i = j + 1
    return out


def sf07() -> Made:
    unit, dept = "襄阳市樊城区人民检察院", "襄阳市人民检察院"
    proj = "2024年检察听证和公益诉讼办案专项经费"
    money = ("156.00", "168.40", "161.27")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SF07)
    grid: list[list[str]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""], ["（2024年度）", "", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", "", ""],
        [*money_rows(money, rt, es)[0], ""], [*money_rows(money, rt, es)[1], ""], [*money_rows(money, rt, es)[2], ""],
        HEAD, *_centred([cells(r) for r in SF07], (0, 1)),
        ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(grid)
    return f, "csv", "\ufeff" + buf.getvalue()


REPORTS: dict[str, Any] = {
    "sf01-js-jintan-court-project-txt-numbered-indicator-sentences": sf01,
    "sf03-ah-baohe-police-project-html-levels-in-every-row": sf03,
    "sf07-hb-fancheng-procuratorate-project-csv-merged-label-mid-row": sf07,
}
