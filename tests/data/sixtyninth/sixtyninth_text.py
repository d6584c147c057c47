# ruff: noqa: E501
"""Reports sn03, sn06, sn07, sn08 of the sixty-ninth set, each returning (facts, ext, content): a Qinghai health
commission's 基本公共卫生服务 form forwarded twice by e-mail, its tab-separated cells quoted at the second level
("> > ") under a reply and a forwarding note; a Shanxi sports centre's whole-unit page whose 收支 table and form money
stand in 元 with thousands separators under a lone "单位：元" line; a Gansu civil-affairs bureau's whole-unit report typed
with full-width commas as thousands separators in 元 ("3，215，400.00元"); a Qinghai civil-affairs bureau's 养老服务 form
as a 预算管理一体化 system's CSV print export — quoted "1,234.00" figures under "单位：元", its column header repeated after
every "第N页 共M页" row.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from corpus_build import Row
from eighteenth_facts import Made
from fifth_shapes import esc, html_table, paragraphs_html
from sixtyfirst_facts import HEAD, WORD, cells, money_block, whole_rows
from sixtyfourth_facts import project, whole
from sixtyninth_files import form_tail


def yuan(wan: str, comma: str = ",") -> str:
    """万元 text as 元 with thousands separators (``comma`` the separator typed)."""
    return f"{Decimal(wan) * 10000:,.2f}".replace(",", comma)


def _tabs(rows: list[list[str]], prefix: str = "") -> list[str]:
    return [prefix + "\t".join(r) for r in rows]


def _form(rows: list[list[str]], tot: Decimal, grade: str) -> list[list[str]]:
    return [HEAD, *rows, *form_tail(tot, grade)]


# sn03 青海 海东, project, .txt: a mail chain — the county reply on top, a forwarding note quoted once, the original
# mail with its tab-separated form quoted twice ("> > "), every quoted line keeping its tabs ---------------------------
SN03: list[Row] = [
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", 15, "≥9800人", "10214人", "15", ""),
    ("产出指标", "数量指标", "高血压患者规范管理人数", 10, "≥6200人", "6075人", "9", "部分患者外出务工随访中断"),
    ("产出指标", "质量指标", "电子健康档案建档率", 10, "≥90%", "92.6%", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 15, "≥25%", "26.3%", "15", ""),
    ("效益指标", "可持续影响指标", "基层医疗机构服务能力", 10, "T:持续提升", "T:有所提升", "9", "村医队伍年龄偏大"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "94.1%", "20", ""),
]


def sn03() -> Made:
    unit = "乐都区卫生健康局"
    proj = "2024年基本公共卫生服务补助资金"
    money = ("1862.40", "1936.75", "1902.18")
    f, rt, es, tot = project(2024, unit, unit, proj, money, SN03)
    q2 = "> > "
    orig = ["发件人: 乐都区卫生健康局财务股 <cws_ldwj@example.cn>", "发送时间: 2025年3月18日 16:42",
            "收件人: 海东市卫生健康委员会规划财务科", f"主题: {proj}绩效自评表", "",
            "规划财务科：", f"现将我局{proj}绩效自评表报送如下，请审核。", "",
            f"{proj}绩效自评表", f"项目名称\t{proj}", f"主管部门\t{unit}\t实施单位\t{unit}",
            *_tabs(money_block(money, rt, es)), "",
            "年度总体目标\t完成65岁以上老年人、慢性病患者等重点人群健康管理，提升基层基本公共卫生服务均等化水平。",
            "实际完成情况\t重点人群健康管理任务基本完成，高血压患者规范管理人数略低于目标。",
            *_tabs(_form([cells(r) for r in SN03], tot, f["stated_grade"])), "",
            "乐都区卫生健康局财务股", "联系电话：0972-8612345"]
    lines = ["市卫健委规划财务科：", "", "乐都区报表已收到，经初审格式无误，转请科室复核。", "", "海东市卫生健康委员会绩效办", "",
             "> -------- 转发的邮件 --------", "> 发件人: 绩效办 <jxb_hdwjw@example.cn>", "> 日期: 2025年3月19日 09:15",
             f"> 主题: 转发: {proj}绩效自评表", "> ", "> 请各科室对照指标逐项核对。", "> ",
             *(q2 + line if line else q2.rstrip() for line in orig)]
    return f, "txt", "\n".join(lines) + "\n"


# sn06 山西 晋中, whole unit, .html: a site page; a lone "单位：元" line above the 收支 table and above the form's money
# rows, every figure in 元 with thousands separators, the indicators' money-free -------------------------------------
SN06: list[Row] = [
    ("产出指标", "数量指标", "承办市级以上体育赛事场次", 10, "≥12场", "14场", "10", ""),
    ("产出指标", "数量指标", "场馆免费低收费开放时长", 10, "≥2400小时", "2562小时", "10", ""),
    ("产出指标", "质量指标", "体育场馆设施完好率", 10, "≥95%", "97.2%", "10", ""),
    ("产出指标", "时效指标", "赛事保障任务按期完成率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "年度健身服务人次", 15, "≥48万人次", "45.6万人次", "13", "场馆西区改造停用两个月"),
    ("效益指标", "可持续影响指标", "社会体育指导员培训人数", 10, "≥300人", "326人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 25, "≥90%", "92.8%", "25", ""),
]
_SN06_IN = [("财政拨款收入", "1426.38"), ("事业收入", "318.50"), ("其他收入", "42.16")]
_SN06_OUT = [("基本支出", "1135.27"), ("项目支出", "612.84")]


def sn06() -> Made:
    unit = "晋中市体育中心"
    money = ("1380.00", "1426.38", "1389.91")
    f, rt, es, tot = whole(2024, unit, money, SN06, 4, income=_SN06_IN, spent=_SN06_OUT, staff=(58, 54))
    inc = [["项目", "金额"], *([n, yuan(a)] for n, a in _SN06_IN),
           ["收入合计", yuan(str(sum(Decimal(a) for _, a in _SN06_IN)))]]
    out = [["项目", "金额"], *([n, yuan(a)] for n, a in _SN06_OUT),
           ["支出合计", yuan(str(sum(Decimal(a) for _, a in _SN06_OUT)))]]
    mon = [["预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["年度资金总额", *(yuan(m) for m in money), f"{rt}%"]]
    grid = [HEAD, *whole_rows(SN06, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]
    title = f"{unit}2024年度部门整体支出绩效自评报告"
    body = "\n".join([
        f"<h2 style=\"text-align:center\">{esc(title)}</h2>",
        '<div class="info">发布时间：2025-04-16　来源：晋中市体育中心　浏览次数：<span>318</span></div>',
        paragraphs_html([f"{unit}为市体育局所属公益一类事业单位，核定事业编制58名，年末实有在编人员54名，负责全市大型体育场馆运营和群众体育赛事保障。",
                         "一、2024年度收支情况"]),
        '<p style="text-align:right">单位：元</p>', html_table([[(c, 1, 1) for c in r] for r in inc]),
        '<p style="text-align:right">单位：元</p>', html_table([[(c, 1, 1) for c in r] for r in out]),
        paragraphs_html(["二、部门整体支出绩效自评表"]),
        '<p style="text-align:right">单位：元</p>', html_table([[(c, 1, 1) for c in r] for r in mon]),
        html_table([[(c, 1, 1) for c in r] for r in grid]),
        paragraphs_html([f"经自评，{unit}2024年度部门整体支出绩效自评得分{tot}分，评价等级为{WORD[f['stated_grade']]}。"]),
        '<div class="footer">主办：晋中市体育局　技术支持：某某网络　晋ICP备00000000号</div>'])
    html = f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{esc(title)}</title></head><body>{body}</body></html>"
    return f, "html", html


# sn07 甘肃 天水, whole unit, .txt: figures in 元 typed with full-width commas as thousands separators, in prose and in
# the tab-separated money rows; staff and income items in sentences --------------------------------------------------
SN07: list[Row] = [
    ("产出指标", "数量指标", "城乡低保保障对象人数", 10, "≥18600人", "18942人", "10", ""),
    ("产出指标", "数量指标", "特困人员集中供养人数", 10, "≥820人", "836人", "10", ""),
    ("产出指标", "质量指标", "救助资金社会化发放率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "临时救助审批办结时限", 10, "≤10个工作日", "8个工作日", "10", ""),
    ("效益指标", "社会效益指标", "困难群众兜底保障覆盖率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养老服务机构等级评定覆盖率", 10, "≥80%", "76.5%", "8", "两家民办机构整改未完成"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 25, "≥90%", "93.4%", "25", ""),
]


def sn07() -> Made:
    unit = "天水市麦积区民政局"
    money = ("9216.50", "9678.32", "9544.06")
    f, rt, es, tot = whole(2025, unit, money, SN07, 4, staff=(36, 33))
    fw = "，"
    lines = [f"{unit}2025年度部门整体支出绩效自评报告", "",
             "一、部门基本情况",
             f"{unit}内设办公室、社会救助股、养老服务股等6个股室，核定行政编制36名，年末实有人员33名。", "",
             "二、预算执行情况",
             f"2025年年初预算数{yuan(money[0], fw)}元，全年预算数{yuan(money[1], fw)}元，全年执行数{yuan(money[2], fw)}元，预算执行率{rt}%。", "",
             "三、部门整体支出绩效自评表", "单位：元",
             "\t年初预算数\t全年预算数\t全年执行数\t执行率",
             f"年度资金总额\t{yuan(money[0], fw)}\t{yuan(money[1], fw)}\t{yuan(money[2], fw)}\t{rt}%",
             *_tabs([HEAD, *whole_rows(SN07, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]), "",
             "四、自评结论",
             f"综合评定，本部门2025年度整体支出绩效自评得分{tot}分，等级为{WORD[f['stated_grade']]}。", "",
             unit, "2026年2月26日"]
    return f, "txt", "\n".join(lines) + "\n"


# sn08 青海 西宁, project, .csv: a 预算管理一体化 system's print export — a title row, "单位：元", the money rows with
# quoted "1,234.00" figures, the indicator header repeated after each "第N页 共M页" row, a 打印时间 footer row --------------
SN08: list[Row] = [
    ("产出指标", "数量指标", "居家养老上门服务老年人数", 15, "≥2600人", "2718人", "15", ""),
    ("产出指标", "数量指标", "社区老年人日间照料中心运营数", 10, "≥24个", "24个", "10", ""),
    ("产出指标", "质量指标", "服务项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "运营补贴季度拨付及时率", 5, "100%", "91.7%", "4", "第四季度补贴因审计延后拨付"),
    ("产出指标", "成本指标", "人均上门服务补贴标准", 5, "≤1200元", "1150元", "5", ""),
    ("效益指标", "社会效益指标", "失能半失能老人照护覆盖率", 15, "≥60%", "63.2%", "15", ""),
    ("效益指标", "可持续影响指标", "养老服务长效运营机制", 10, "T:建立健全", "T:基本建立", "9", "社会资本参与度不高"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 20, "≥90%", "95.3%", "20", ""),
]


def sn08() -> Made:
    unit = "西宁市城东区民政局"
    proj = "2025年居家和社区养老服务补助资金"
    money = ("636.00", "684.50", "671.28")
    f, rt, es, tot = project(2025, unit, unit, proj, money, SN08)
    ini, adj, exe = (yuan(m) for m in money)
    rows: list[list[str]] = [
        [f"{proj}绩效自评表", "", "", "", "", "", "", ""], ["（2025年度）", "", "", "", "", "", "", ""],
        ["单位：元", "", "", "", "", "", "", ""],
        ["项目名称", proj, "", "", "", "", "", ""], ["主管部门", unit, "", "", "实施单位", unit, "", ""],
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""],
        ["其中：当年财政拨款", ini, adj, exe, "—", "—", "—", ""]]
    body = [cells(r) for r in SN08]
    for n, chunk in enumerate((body[:4], body[4:]), 1):
        rows += [HEAD, *chunk, [f"第{n}页 共2页", "", "", "", "", "", "", ""]]
    rows[-1:-1] = form_tail(tot, f["stated_grade"])
    rows.append(["打印时间：2026-03-05 15:22:41", "", "", "", "", "", "操作员：cdmz01", ""])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return f, "csv", buf.getvalue()


REPORTS: dict[str, Any] = {
    "sn03-qh-ledu-health-project-txt-nested-mail-quotes": sn03,
    "sn06-sx-jinzhong-sports-whole-html-yuan-lines": sn06,
    "sn07-gs-maiji-civil-affairs-whole-txt-fullwidth-commas": sn07,
    "sn08-qh-chengdong-elderly-project-csv-print-export": sn08,
}
