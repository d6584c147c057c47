# ruff: noqa: E501
"""Reports st01, st02, st05, st07 of the sixty-third set, each returning (facts, ext, content): an Inner Mongolia
banner water bureau's project self-evaluation as the plain-text body of an e-mail reply, the finance bureau's notice
quoted under it; a Gansu district water bureau's project report as a Markdown export whose pipe tables have no outer
pipes, centred alignment rows and escaped pipes inside cells; a Shaanxi county agriculture bureau's answers to a
self-evaluation questionnaire exported as CSV rows of 序号 / 问 / 答; a Gansu county rural-revitalisation bureau's page
with its towns' scores above its own form.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from corpus_build import Row
from eighteenth_facts import Made
from sixtythird_facts import HEAD, cells, money_block, project_facts

# st01 内蒙古 赤峰市 翁牛特旗, project, .txt: an e-mail reply (headers, a salutation, numbered points; each indicator a
# line "名称／分值／年度指标值／实际完成值／得分") with the finance bureau's notice quoted under "-----原始邮件-----" in
# "> " lines — the notice names the full mark, last year's rates and a deadline ----------------------------------------
ST01: list[Row] = [
    ("", "", "新建改造集中供水工程", 15, "≥12处", "12处", "15", ""),
    ("", "", "受益农牧户数", 15, "≥3600户", "3714户", "15", ""),
    ("", "", "水质检测合格率", 15, "≥95%", "96.8%", "15", ""),
    ("", "", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("", "", "农村牧区自来水普及率", 15, "≥88%", "86.5%", "12", "两处嘎查管网延伸工程因冻土期提前停工"),
    ("", "", "工程运行管护责任落实率", 10, "100%", "100%", "10", ""),
    ("", "", "受益群众满意度", 10, "≥90%", "93.2%", "10", ""),
]


def st01() -> Made:
    unit, dept = "翁牛特旗农村牧区供水管理站", "翁牛特旗水利局"
    proj = "2021年农村牧区供水保障工程"
    money = ("1460.00", "1538.60", "1492.35")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST01, levels=False)
    lines = ["发件人：翁牛特旗水利局规划计划股 <wntq_slj_jhg@example.cn>",
             "发送时间：2022年2月16日 星期三 10:42",
             "收件人：旗财政局预算绩效管理股",
             "主题：回复：关于报送2021年度项目支出绩效自评材料的通知",
             "",
             "绩效股：",
             "",
             "    按通知要求，现将我局2021年度农村牧区供水保障工程项目支出绩效自评情况报送如下，盖章的自评表随后报送纸质件。",
             "",
             f"    一、项目名称：{proj}；主管部门：{dept}；实施单位：{unit}。",
             f"    二、资金情况：年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%，"
             f"该项分值10分，得{es}分。",
             "    三、绩效指标完成情况（指标名称／分值／年度指标值／实际完成值／得分）："]
    for i, r in enumerate(ST01, 1):
        lines.append(f"    {i}. {r[2]}／{r[3]}分／{r[4]}／{r[5]}／{r[6]}分" + (f"（未达原因：{r[7]}）" if r[7] else ""))
    lines += [f"    四、自评结论：项目自评总分{tot}分，等级为“{f['stated_grade']}”。",
              "",
              "    如有疑问请联系规划计划股，电话0476-6321xxx。",
              "",
              "翁牛特旗水利局",
              "2022年2月16日",
              "",
              "-----原始邮件-----",
              "发件人：旗财政局预算绩效管理股",
              "发送时间：2022年1月20日 16:05",
              "收件人：各预算单位",
              "主题：关于报送2021年度项目支出绩效自评材料的通知",
              "",
              "> 各预算单位：",
              "> 根据自治区财政厅工作安排，请于2022年2月20日前报送2021年度项目支出绩效自评表及自评报告。",
              "> 自评满分为100分，其中预算执行率分值10分，产出、效益、满意度指标分值合计90分。",
              "> 2020年度自评中，部分单位预算执行率低于80%、自评得分普遍在95分以上，",
              "> 与实际完成情况不符，请各单位如实填报。",
              "> ",
              "> 旗财政局预算绩效管理股",
              ""]
    return f, "txt", "\n".join(lines)


# st02 甘肃 定西市 安定区, project, .md: a knowledge-base Markdown export; pipe tables with no outer pipes, centred
# alignment rows (:---:), a "|" inside a name and a note escaped as "\|"; the money as its own small table ------------
ST02: list[Row] = [
    ("产出指标", "数量指标", "高效节水灌溉面积（喷灌|滴灌）", 15, "≥1.2万亩", "1.26万亩", "15", ""),
    ("产出指标", "数量指标", "新建蓄水池", 10, "≥8座", "8座", "10", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工及时率", 10, "≥95%", "91%", "8", "两处田间管网|首部枢纽因雨季延期完工"),
    ("效益指标", "经济效益指标", "亩均节水量", 15, "≥60立方米", "64立方米", "15", ""),
    ("效益指标", "可持续影响指标", "工程设计使用年限", 15, "≥15年", "15年", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 15, "≥90%", "94%", "15", ""),
]


def _pipes(rows: list[list[str]]) -> list[str]:
    """A pipe table without outer pipes, every column centred (":---:"), "|" in a cell escaped."""
    out = [" | ".join(c.replace("|", "\\|") or " " for c in row) for row in rows]
    out.insert(1, " | ".join(":---:" for _ in rows[0]))
    return out


def st02() -> Made:
    unit, dept = "定西市安定区农田水利工作站", "定西市安定区水务局"
    proj = "2021年安定区高效节水灌溉项目"
    money = ("2260.00", "2318.50", "2241.76")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST02)
    body = ["---", "source: 知识库导出", "exported: 2022-03-08 09:14", "---", "",
            f"# {proj}绩效自评报告", "",
            "> 文档路径：项目库 / 2021年度 / 水利 / 绩效自评", "",
            "## 一、项目基本情况", "",
            f"项目名称：{proj}  ",
            f"主管部门：{dept}  ",
            f"实施单位：{unit}", "",
            "项目在鲁家沟、石泉等乡镇建设高效节水灌溉工程，配套蓄水池和田间管网。", "",
            "## 二、资金情况", "",
            *_pipes(money_block(money, rt, es)), "",
            "## 三、绩效指标完成情况", "",
            *_pipes([HEAD, *(cells(r) for r in ST02), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]), "",
            "## 四、存在问题及改进措施", "",
            "个别工程受雨季影响延期完工。下一步将提前谋划施工时序，加强管护。", ""]
    return f, "md", "\n".join(body)


# st05 陕西 榆林市 定边县, project, .csv: a self-evaluation questionnaire exported from an OA system, one row a
# question — 序号,问题,回答 — the facts told only in the answers (问：… 答：… as the columns) -------------------------
ST05: list[Row] = [
    ("产出指标", "数量指标", "马铃薯脱毒种薯推广面积", 15, "≥5万亩", "5.3万亩", "15", ""),
    ("产出指标", "数量指标", "培训种植户人次", 10, "≥2000人次", "2150人次", "10", ""),
    ("产出指标", "质量指标", "种薯质量抽检合格率", 10, "≥95%", "97.5%", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "亩均增收", 15, "≥150元", "138元", "13", "夏季干旱导致部分地块减产"),
    ("效益指标", "可持续影响指标", "良种覆盖率", 15, "≥80%", "82%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", 15, "≥90%", "92%", "15", ""),
]


def st05() -> Made:
    unit, dept = "定边县农业技术推广中心", "定边县农业农村局"
    proj = "2021年马铃薯良种繁育推广项目"
    money = ("860.00", "905.00", "873.66")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST05)
    del f["full_mark"]  # no answer names the full mark (corrected after the first run)
    qa = [("项目名称是什么？", proj),
          ("项目主管部门和实施单位？", f"主管部门为{dept}，实施单位为{unit}。"),
          ("项目资金预算及执行情况？", f"年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，执行率{rt}%。"),
          ("预算执行率得分？", f"预算执行率分值10分，得分{es}分。")]
    for r in ST05:
        answer = f"{r[0]}—{r[1]}：年度指标值{r[4]}，实际完成值{r[5]}，分值{r[3]}分，得分{r[6]}分。"
        qa.append((f"“{r[2]}”指标完成情况如何？", answer + (f"偏差原因：{r[7]}。" if r[7] else "")))
    qa += [("自评总分及等级？", f"自评得分{tot}分，自评等级{f['stated_grade']}。"),
           ("存在的问题及下一步措施？", "受旱情影响亩均增收未达目标，下一步推广抗旱品种，完善灌溉配套。")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["问卷名称", "2021年度项目支出绩效自评问卷", "", "导出时间", "2022-02-28 15:31"])
    w.writerow(["序号", "问题", "回答"])
    for i, (q, a) in enumerate(qa, 1):
        w.writerow([str(i), f"问：{q}", f"答：{a}"])
    return f, "csv", buf.getvalue()


# st07 甘肃 临夏州 东乡县, project, .htm: a county rural-revitalisation bureau's page — site furniture, a metadata
# table, a table of its towns' shares of the fund with their own rates, scores and grades and a 合计 row, then the
# county's own form (the towns' scores are not the form's) ---------------------------------------------------------
ST07: list[Row] = [
    ("产出指标", "数量指标", "支持产业发展项目个数", 10, "≥24个", "24个", "10", ""),
    ("产出指标", "数量指标", "带动脱贫户户数", 10, "≥5200户", "5386户", "10", ""),
    ("产出指标", "质量指标", "项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "资金拨付及时率", 10, "≥95%", "97%", "10", ""),
    ("产出指标", "成本指标", "项目成本控制率", 10, "≤100%", "98.6%", "10", ""),
    ("效益指标", "经济效益指标", "脱贫户人均纯收入增幅", 10, "≥10%", "9.2%", "9", "牛羊出栏价格下行"),
    ("效益指标", "社会效益指标", "防止返贫监测对象帮扶覆盖率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, "≥90%", "95.1%", "20", ""),
]
ST07_TOWNS = [("锁南镇", "312.00", "305.40", "96.50", "优"), ("达板镇", "268.00", "251.92", "88.00", "良"),
              ("那勒寺镇", "225.00", "225.00", "98.00", "优"), ("河滩镇", "196.00", "172.48", "79.50", "中")]


def _tr(row: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c or '&nbsp;'}</{tag}>" for c in row) + "</tr>"


def st07() -> Made:
    unit, dept = "东乡族自治县乡村振兴服务中心", "东乡族自治县乡村振兴局"
    proj = "2021年衔接推进乡村振兴补助资金（产业发展）"
    money = ("4210.00", "4386.00", "4265.30")
    f, rt, es, tot = project_facts(2021, unit, dept, proj, money, ST07)
    towns = [["序号", "乡镇", "下达资金（万元）", "支出金额（万元）", "执行率", "乡镇自评得分", "等级"]]
    for i, (name, got, spent, score, grade) in enumerate(ST07_TOWNS, 1):
        towns.append([str(i), name, got, spent, f"{float(spent) / float(got) * 100:.2f}%", score, grade])
    got = sum(float(t[1]) for t in ST07_TOWNS)
    spent = sum(float(t[2]) for t in ST07_TOWNS)
    towns.append(["合计", "4个乡镇", f"{got:.2f}", f"{spent:.2f}", f"{spent / got * 100:.2f}%", "—", "—"])
    form = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            *money_block(money, rt, es), HEAD, *(cells(r) for r in ST07),
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    html = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>东乡族自治县人民政府</title></head><body>',
            '<div class="top">无障碍 | 长者模式 | 繁体版 | 登录</div>',
            '<div class="nav"><a>首页</a> &gt; <a>政务公开</a> &gt; <a>财政资金</a> &gt; <a>绩效评价</a></div>',
            "<table class=\"meta\"><tr><td>索引号：</td><td>6229260-12/2022-0418</td><td>发文字号：</td><td></td></tr>",
            f"<tr><td>发布机构：</td><td>{dept}</td><td>发布日期：</td><td>2022-04-18</td></tr></table>",
            f"<h1>{dept}关于{proj}绩效自评情况的公示</h1>",
            f"<p>根据县财政局安排，{dept}对2021年{proj}开展了绩效自评，并汇总了各乡镇的资金使用自评结果。现将有关情况公示如下：</p>",
            "<p>一、各乡镇资金使用自评情况</p>",
            "<table border=\"1\">" + _tr(towns[0], "th") + "".join(_tr(r) for r in towns[1:]) + "</table>",
            "<p>二、项目支出绩效自评表</p>",
            "<table border=\"1\">" + "".join(_tr(r) for r in form) + "</table>",
            f"<p>三、自评结论：本项目自评总分{tot}分，等级为{f['stated_grade']}。</p>",
            "<p>公示期间如有异议，请向县乡村振兴局反映。</p>",
            '<div class="share">分享到：微信 微博</div>',
            '<div class="foot">主办：东乡族自治县人民政府办公室 网站标识码6229260012</div>',
            "</body></html>"]
    return f, "htm", "\n".join(html)


REPORTS: dict[str, Any] = {
    "st01-nm-wengniute-water-supply-project-txt-mail-reply": st01,
    "st02-gs-anding-irrigation-project-md-bare-pipes": st02,
    "st05-sn-dingbian-potato-project-csv-questionnaire": st05,
    "st07-gs-dongxiang-revitalisation-project-htm-town-scores": st07,
}
