# ruff: noqa: E501
"""Reports sw02, sw03, sw04, sw07, sw08 of the sixty-fifth set, each returning (facts, ext, content): a Fujian library's
whole-unit report as a PDF's text layer with the watermark and the seal's text in the flow; a Hainan stadium's project
form on a site page with a 备注 column holding the points lost; a Guangxi tourism promotion centre's project form as
web-copied cells with footnote marks on names and values and a page header and footer between indicator rows; a Hainan
sports school's whole-unit form on a saved page with target and actual stacked in one labelled cell; a Guangxi 文化馆's
project report as text whose table heads read 指标内容 / 目标值 / 实际值 / 权重分 / 实得分 / 差异说明.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row
from eighteenth_facts import Made
from fifth_shapes import html_table, paragraphs_html
from sixtyfirst_facts import HEAD, WORD, cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole, without_notes

# sw02 福建 福州, whole unit, .txt: a PDF's text layer; the cells of each row stand apart by runs of spaces, the
# watermark's words come as lines of their own between rows and the seal's text stands in the sign-off ------------
SW02: list[Row] = [
    ("产出指标", "数量指标", "年度图书采购入藏量", 10, "≥32000册", "33460册", "10", ""),
    ("产出指标", "数量指标", "全民阅读推广活动场次", 10, "≥180场", "196场", "10", ""),
    ("产出指标", "质量指标", "馆藏文献编目差错率", 10, "≤0.5%", "0.3%", "10", ""),
    ("产出指标", "时效指标", "新书上架周期", 10, "≤15天", "18天", "8", "采编人员不足，集中到货时上架延后"),
    ("效益指标", "社会效益指标", "年度读者到馆人次", 15, "≥85万人次", "91.2万人次", "15", ""),
    ("效益指标", "可持续影响指标", "数字资源年访问量", 10, "≥120万次", "112.6万次", "9", "部分数据库续订晚于计划"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", 25, "≥90%", "94.3%", "25", ""),
]
_MARK = "福州市鼓楼区图书馆 信息公开专用"


def _spaced(rows: list[list[str]]) -> list[str]:
    """Rows as a PDF's text layer gives them: each cell padded to its column, runs of spaces between."""
    widths = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(max(map(len, rows)))]
    return ["   ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]


def sw02() -> Made:
    unit = "福州市鼓楼区图书馆"
    money = ("1286.40", "1352.75", "1318.06")
    f, rt, es, tot = whole(2024, unit, money, SW02, 4)
    grid = [HEAD, *whole_rows(SW02, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]
    lines = _spaced(grid)
    table: list[str] = []
    for i, line in enumerate(lines):
        table.append(line)
        if i in (3, 7):
            table.append(_MARK if i == 3 else "信 息 公 开 专 用")
    body = [
        f"{unit}2024年度部门整体支出绩效自评报告", "",
        "一、部门基本情况",
        f"{unit}为区文化体育和旅游局所属公益一类事业单位，承担公共图书借阅、数字阅读服务和全民阅读推广等职责。", "",
        _MARK, "",
        "二、预算安排及执行情况",
        f"2024年年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。", "",
        "三、绩效指标完成情况", "部门整体支出绩效自评表",
        *table, "",
        "第 2 页 共 3 页", "",
        "四、自评结论",
        f"经自评，本单位2024年度部门整体支出绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。", "",
        "五、存在问题及改进措施",
        "采编力量与到书高峰不匹配，下一步将分批到货并加强临时采编力量。", "",
        _MARK,
        f"{unit}（盖章）", "福州市鼓楼区图书馆", "电子签章", "2025年4月16日",
        "签章验证：本文件已加盖电子印章，印章有效",
    ]
    return f, "txt", "\n".join(body) + "\n"


# sw03 海南 海口, project, .html: a site page; the indicator table has no 偏差原因 column but a 备注 column, "—" on a
# full score and "扣1.5分：…" where points were lost ----------------------------------------------------------------
SW03: list[Row] = [
    ("产出指标", "数量指标", "场馆全年开放天数", 10, "≥330天", "341天", "10", ""),
    ("产出指标", "数量指标", "承办市级以上赛事场次", 10, "≥12场", "14场", "10", ""),
    ("产出指标", "质量指标", "场馆设施设备完好率", 10, "≥95%", "93.8%", "8.5", "部分看台座椅老化待更换"),
    ("产出指标", "时效指标", "维修响应时限", 10, "≤24小时", "20小时", "10", ""),
    ("效益指标", "社会效益指标", "群众健身服务人次", 15, "≥60万人次", "66.4万人次", "15", ""),
    ("效益指标", "可持续影响指标", "低免开放机制运行", 10, "T:持续运行", "T:持续运行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 25, "≥90%", "92.7%", "25", ""),
]


def _remark(r: Row) -> str:
    lost = float(r[3]) - float(r[6])
    return f"扣{lost:g}分：{r[7]}" if lost else "—"


def sw03() -> Made:
    unit, dept = "海口市体育中心", "海口市旅游和文化广电体育局"
    proj = "2024年海口市体育中心场馆低免开放运营经费"
    money = ("360.00", "385.60", "372.48")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SW03)
    without_notes(f)
    head = [*HEAD[:7], "备注"]
    ind = [[*cells(r)[:7], _remark(r)] for r in SW03]
    form = "\n".join([
        html_table([["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
                    *money_rows(money, rt, es)]),
        html_table([head, *ind, ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]),
    ])
    html = "\n".join([
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>项目支出绩效自评表</title></head><body>',
        '<div class="top">无障碍 | 长者模式 | 繁体</div>',
        '<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 财政预决算</div>',
        f"<h2>{proj}绩效自评表</h2>",
        '<div class="info">发布时间：2025-05-08　来源：海口市体育中心　浏览次数：</div>',
        paragraphs_html([f"按照市财政局有关要求，现将{proj}绩效自评结果公开如下："]),
        "<p>项目支出绩效自评表（2024年度）</p>", form,
        "<p>注：备注栏填写扣分情况。</p>",
        '<div class="share">分享到：微信 微博</div>', "</body></html>"])
    return f, "html", html


# sw04 广西 南宁, project, .txt: a form copied off a page, cells ending " |"; names and values carry footnote marks
# (①, [1]) explained under the table, and the viewer's page header and footer fall between two indicator rows -----
SW04: list[Row] = [
    ("产出指标", "数量指标", "境内外旅游推介会场次", 10, "≥8场", "9场", "10", ""),
    ("产出指标", "数量指标", "新媒体宣传作品发布量", 10, "≥240条", "263条", "10", ""),
    ("产出指标", "质量指标", "宣传品内容审核合格率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "推介活动按期完成率", 10, "≥95%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "旅游总消费增长率", 10, "≥8%", "6.9%", "8", "入境客源恢复慢于预期"),
    ("效益指标", "社会效益指标", "城市旅游品牌网络曝光量", 10, "≥5000万次", "5870万次", "10", ""),
    ("效益指标", "可持续影响指标", "文旅宣传合作机制", 10, "T:稳定运行", "T:稳定运行", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游客及合作单位满意度", 20, "≥90%", "91.6%", "20", ""),
]
_NOTES = {1: "①", 4: "②"}  # rows whose name carries a note mark
_VALUE_NOTE = 5  # row whose actual carries "[1]"


def sw04() -> Made:
    unit, dept = "南宁市旅游推广中心", "南宁市文化广电和旅游局"
    proj = "2024年南宁旅游宣传推广专项经费"
    money = ("520.00", "548.00", "531.36")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SW04)
    rows: list[str] = []
    for i, r in enumerate(SW04):
        c = cells(r)
        c[2] += _NOTES.get(i, "")
        if i == _VALUE_NOTE:
            c[4] += "[1]"
        rows.append(" | ".join(c) + " |")
        if i == 3:
            rows += ["", "- 2 -", "", f"{unit}{proj}绩效自评报告", ""]
    lines = [
        f"{proj}绩效自评报告", "",
        "一、项目概况",
        f"项目名称：{proj}", f"主管部门：{dept}", f"实施单位：{unit}", "",
        "二、项目资金情况",
        *(" | ".join(r) + " |" for r in money_rows(money, rt, es)), "",
        "三、绩效目标完成情况", "项目支出绩效自评表",
        " | ".join(HEAD) + " |", *rows,
        " | ".join(["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]) + " |", "",
        "注：①按全网平台发布条数统计。②以全市旅游消费监测口径计算。[1]数据来源于第三方监测报告。", "",
        "四、自评结论",
        f"本项目自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。", "",
        f"{unit}", "2025年3月28日"]
    return f, "txt", "\n".join(lines) + "\n"


# sw07 海南 三亚, whole unit, .htm: a saved page whose indicator table stacks the target and the actual in one cell,
# each labelled ("目标：" / "完成："), under a head 年度指标值及完成情况 ----------------------------------------------
SW07: list[Row] = [
    ("产出指标", "数量指标", "在训运动员人数", 10, "≥260人", "274人", "10", ""),
    ("产出指标", "数量指标", "向省队输送运动员人数", 10, "≥12人", "13人", "10", ""),
    ("产出指标", "质量指标", "省级以上比赛获奖牌数", 10, "≥45枚", "41枚", "8.5", "部分项目主力伤病"),
    ("产出指标", "时效指标", "训练计划按期完成率", 10, "≥95%", "97%", "10", ""),
    ("效益指标", "社会效益指标", "青少年体育后备人才储备", 15, "T:有效提升", "T:有效提升", "15", ""),
    ("效益指标", "可持续影响指标", "文化课合格率", 10, "≥95%", "96.5%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 25, "≥90%", "93.1%", "25", ""),
]


def sw07() -> Made:
    unit = "三亚市体育运动学校"
    money = ("2146.30", "2258.90", "2207.74")
    f, rt, es, tot = whole(2024, unit, money, SW07, 4)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值及完成情况", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [[c[0], c[1], c[2], f"目标：{c[3]}\n完成：{c[4]}", c[5], c[6], c[7]] for c in whole_rows(SW07, 4, rt, es)]
    money_grid = money_rows(money, rt, None)
    html = "\n".join([
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>整体支出绩效自评表</title></head><body>',
        f"<p>{unit}2024年度部门整体支出绩效自评表</p>",
        "<p>单位名称：" + unit + "　　金额单位：万元</p>",
        html_table(money_grid),
        html_table([head, *rows, ["合计", "", "", "", "100", str(tot), ""]]),
        f"<p>自评等级：{WORD[f['stated_grade']]}</p>",
        "<p>填报人：符海燕　　审核人：王德明　　填报日期：2025年4月2日</p>",
        "</body></html>"])
    return f, "htm", html


# sw08 广西 柳州, project, .txt: a report whose table heads are 指标内容 / 目标值 / 实际值 / 权重分 / 实得分 / 差异说明,
# the levels headed 一级 / 二级, cells separated by tabs; the money told in a sentence ------------------------------
SW08: list[Row] = [
    ("产出指标", "数量指标", "组织群众文化活动场次", 15, "≥120场", "132场", "15", ""),
    ("产出指标", "数量指标", "公益艺术培训班期数", 10, "≥24期", "26期", "10", ""),
    ("产出指标", "质量指标", "培训学员结业率", 10, "≥90%", "88.5%", "9", "部分学员中途退出"),
    ("产出指标", "时效指标", "免费开放资金拨付及时率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "参与群众人次", 15, "≥8万人次", "8.6万人次", "15", ""),
    ("效益指标", "可持续影响指标", "基层文艺队伍数量", 10, "≥40支", "43支", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参与群众满意度", 20, "≥90%", "95.2%", "20", ""),
]


def sw08() -> Made:
    unit, dept = "柳州市城中区文化馆", "柳州市城中区文化体育和旅游局"
    proj = "2024年文化馆免费开放专项资金"
    money = ("40.00", "40.00", "38.72")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SW08)
    head = ["一级", "二级", "指标内容", "目标值", "实际值", "权重分", "实得分", "差异说明"]
    lines = [
        f"{unit}", f"{proj}绩效自评报告", "",
        "一、项目基本情况",
        f"项目名称：{proj}", f"主管部门：{dept}", f"实施单位：{unit}", "",
        "二、资金使用情况",
        f"本项目年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，"
        f"预算执行率{rt}%，分值10分，得分{es}分。", "",
        "三、指标完成情况",
        "\t".join(head), *("\t".join(cells(r)) for r in SW08),
        "\t".join(["合计", "", "", "", "", "90", str(tot - es), ""]), "",
        "四、自评结论",
        f"本项目综合自评得分{tot}分（满分100分），自评等级“{WORD[f['stated_grade']]}”。", "",
        f"{unit}", "2025年4月10日"]
    return f, "txt", "\n".join(lines) + "\n"


REPORTS: dict[str, Any] = {
    "sw02-fj-gulou-library-whole-txt-watermark-seal-in-flow": sw02,
    "sw03-hi-haikou-stadium-project-html-remark-column": sw03,
    "sw04-gx-nanning-tourism-project-txt-footnote-marks-page-header": sw04,
    "sw07-hi-sanya-sports-school-whole-htm-stacked-target-actual": sw07,
    "sw08-gx-liuzhou-culture-centre-project-txt-weight-points-heads": sw08,
}
