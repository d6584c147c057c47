# ruff: noqa: E501
"""Reports ss01, ss04, ss05, ss07, ss08 of the sixty-sixth set, each returning (facts, ext, content): a Yunnan
civil-affairs bureau's 养老服务补贴 form whose indicators are coded A1 / A2 / B1 … in a 指标编号 column with a 评分规则
column before the score (.docx); a Ningxia medical-security bureau's whole-unit form whose time targets are dates
("2022年6月30日前") beside a 医疗救助 prose (.xlsx); a Yunnan health bureau's 基本公共卫生服务 form whose grade is told
only by a tick in a 评价等级 band table under it (.docx); a Guizhou medical-security bureau's 医疗救助 form printed two
indicators to a row, 产出 on the left and 效益 / 满意度 on the right (.docx); a Xinjiang health commission's
基本公共卫生服务 form with a 上半年完成值 column before the 全年完成值 (.xlsx).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from corpus_build import Row
from eighteenth_facts import Made, doc, docx_bytes, table
from sixtyfirst_facts import HEAD, WORD, cells, money_block, whole_rows
from sixtyfourth_facts import money_rows, project, whole

_SIGN = "单位负责人：{0}　　财务负责人：{1}　　填表人：{2}"


def _xlsx(book: Any) -> bytes:
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _head(d: Any, unit: str, proj: str, money: tuple[str, str, str], rt: Any, es: Any) -> None:
    table(d, [["项目名称", "", proj, "", "", "", "", ""], ["主管部门", "", unit, "", "实施单位", "", unit, ""],
              *money_block(money, rt, es)],
          merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (2, 0, 3, 0)])


# ss01 云南 文山, project, .docx: a 指标编号 column (A1 … for 产出, B1 … for 效益, C1 for 满意度) before the levels and a
# 评分规则 column between the weight and the score ----------------------------------------------------------------
SS01: list[Row] = [
    ("产出指标", "数量指标", "高龄津贴发放人数", 15, "≥5200人", "5316人", "15", ""),
    ("产出指标", "数量指标", "养老服务补贴发放人数", 10, "≥860人", "842人", "9.5", "年中新增对象审核周期较长"),
    ("产出指标", "质量指标", "补贴资金发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金按季度发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "老年人基本生活保障水平", 15, "T:有效提升", "T:有效提升", "15", ""),
    ("效益指标", "可持续影响指标", "老年人福利政策落实", 15, "T:长效落实", "T:长效落实", "15", ""),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", 15, "≥90%", "92.4%", "15", ""),
]
_RULE = {"数量指标": "达到目标值得满分，每少1%扣0.5分", "质量指标": "达到100%得满分，每低1个百分点扣1分",
         "时效指标": "按期完成得满分，逾期一次扣2分", "社会效益指标": "达到预期得满分，部分达到酌情扣分",
         "可持续影响指标": "达到预期得满分，部分达到酌情扣分", "服务对象满意度指标": "≥90%得满分，每低1个百分点扣1分"}


def _codes(rows: list[Row]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for r in rows:
        letter = "ABC"[list(dict.fromkeys(x[0] for x in rows)).index(r[0])]
        seen[letter] = seen.get(letter, 0) + 1
        out.append(f"{letter}{seen[letter]}")
    return out


def ss01() -> Made:
    unit = "砚山县民政局"
    proj = "2021年高龄津贴及养老服务补贴"
    money = ("1486.00", "1532.70", "1509.18")
    f, rt, es, tot = project(2021, unit, unit, proj, money, SS01)
    d = doc()
    d.add_heading(f"{proj}项目支出绩效自评表", level=1)
    d.add_paragraph("（2021年度）")
    _head(d, unit, proj, money, rt, es)
    d.add_paragraph("")
    head = ["指标编号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "评分规则", "得分", "偏差原因分析及改进措施"]
    rows = [[code, *c[:6], _RULE[r[1]], c[6], c[7]] for code, r, c in zip(_codes(SS01), SS01, map(cells, SS01), strict=True)]
    table(d, [head, *rows, ["合计", "", "", "", "", "", "100", "", str(tot), ""],
              ["自评等级", "", "", "", "", "", "", "", WORD[f["stated_grade"]], ""]], vmerge_cols=(1, 2))
    d.add_paragraph(_SIGN.format("罗文祥", "陶丽", "王春燕"))
    return f, "docx", docx_bytes(d)


# ss04 宁夏 吴忠, whole unit, .xlsx: time targets given as dates ("2022年6月30日前") with the actual date of completion
SS04: list[Row] = [
    ("产出指标", "数量指标", "医疗救助人次", 10, "≥6800人次", "7125人次", "10", ""),
    ("产出指标", "数量指标", "资助参保人数", 10, "≥15600人", "15822人", "10", ""),
    ("产出指标", "质量指标", "救助对象身份核验准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "参保资助资金划拨", 10, "T:2022年6月30日前", "T:2022年6月21日", "10", ""),
    ("产出指标", "时效指标", "年度医疗救助资金清算", 10, "T:2022年12月31日前", "T:2023年1月12日", "8", "两家定点医院结算数据报送滞后"),
    ("效益指标", "社会效益指标", "困难群众因病返贫致贫", 15, "T:有效防止", "T:有效防止", "15", ""),
    ("效益指标", "可持续影响指标", "医疗保障兜底功能", 10, "T:持续增强", "T:持续增强", "10", ""),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 15, "≥90%", "94.1%", "15", ""),
]


def ss04() -> Made:
    unit = "同心县医疗保障局"
    money = ("2854.30", "3017.65", "2968.42")
    f, rt, es, tot = whole(2022, unit, money, SS04, 5)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "整体支出绩效自评表"
    ws.append(["2022年度部门整体支出绩效自评表"])
    ws.append(["单位名称：" + unit, "", "", "", "", "", "金额单位：万元"])
    for r in money_rows(money, rt, None):
        ws.append(r)
    ws.append(["年度总体目标", "全面落实医疗救助政策，资助困难群众参加城乡居民医保，减轻困难群众医疗费用负担。"])
    ws.append(HEAD)
    for c in whole_rows(SS04, 5, rt, es):
        ws.append([*c[:5], int(c[5]), float(c[6]), c[7]])
    ws.append(["合计", "", "", "", "", 100, float(tot), ""])
    ws.append(["自评等级", WORD[f["stated_grade"]]])
    ws.append(["填表人：马晓梅", "", "", "审核人：杨志强", "", "", "填报日期：2023年3月30日"])
    return f, "xlsx", _xlsx(book)


# ss05 云南 大理, project, .docx: no grade word beside the total; a 评价等级 table of bands under the form ticks the
# band the score falls in -----------------------------------------------------------------------------------------
SS05: list[Row] = [
    ("产出指标", "数量指标", "居民电子健康档案建档率", 10, "≥90%", "91.6%", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理率", 10, "≥62%", "63.8%", "10", ""),
    ("产出指标", "数量指标", "高血压患者规范管理率", 10, "≥62%", "58.7%", "8.5", "部分患者外出务工，随访不及时"),
    ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", 10, "≥90%", "96.3%", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "城乡居民公共卫生差距", 15, "T:不断缩小", "T:逐步缩小", "14", "山区村卫生室人员力量薄弱"),
    ("效益指标", "可持续影响指标", "基本公共卫生服务水平", 10, "T:持续提高", "T:持续提高", "10", ""),
    ("满意度指标", "服务对象满意度指标", "城乡居民满意度", 15, "≥85%", "89.5%", "15", ""),
]
_BANDS = [("90（含）-100分", "优"), ("80（含）-90分", "良"), ("60（含）-80分", "中"), ("60分以下", "差")]


def ss05() -> Made:
    unit = "弥渡县卫生健康局"
    proj = "2023年基本公共卫生服务项目"
    money = ("2346.00", "2418.90", "2387.16")
    f, rt, es, tot = project(2023, unit, unit, proj, money, SS05)
    d = doc()
    d.add_heading(f"{proj}支出绩效自评表", level=1)
    _head(d, unit, proj, money, rt, es)
    d.add_paragraph("")
    table(d, [HEAD, *(cells(r) for r in SS05), ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("评价等级（在相应等级栏内打“√”）")
    table(d, [["分数段", "等级", "本项目"], *([band, g, "√" if g == f["stated_grade"] else ""] for band, g in _BANDS)])
    d.add_paragraph(_SIGN.format("杨建华", "李琼", "字春梅"))
    return f, "docx", docx_bytes(d)


# ss07 贵州 铜仁, project, .docx: the indicator table printed two indicators to a row — 产出 on the left half, 效益 and
# 满意度 on the right — with no 偏差原因 column; the one reason is told in the prose under it ------------------------
SS07L: list[Row] = [
    ("产出指标", "数量指标", "重特大疾病医疗救助人次", 10, "≥1900人次", "1986人次", "10", ""),
    ("产出指标", "数量指标", "门诊救助人次", 10, "≥5400人次", "5512人次", "10", ""),
    ("产出指标", "质量指标", "政策范围内住院费用救助比例", 10, "≥70%", "71.5%", "10", ""),
    ("产出指标", "时效指标", "救助资金“一站式”结算率", 10, "≥95%", "92%", "8.5", ""),
    ("产出指标", "成本指标", "年度救助资金支出控制", 5, "≤1860万元", "1843.25万元", "5", ""),
]
SS07R: list[Row] = [
    ("效益指标", "社会效益指标", "困难群众医疗费用负担", 15, "T:有效减轻", "T:有效减轻", "15", ""),
    ("效益指标", "社会效益指标", "因病致贫返贫发生", 10, "T:有效遏制", "T:有效遏制", "10", ""),
    ("效益指标", "可持续影响指标", "医疗救助托底保障作用", 10, "T:持续发挥", "T:持续发挥", "10", ""),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 10, "≥90%", "93%", "10", ""),
]


def ss07() -> Made:
    unit = "印江自治县医疗保障局"
    proj = "2021年城乡医疗救助资金"
    money = ("1780.00", "1860.00", "1843.25")
    f, rt, es, tot = project(2021, unit, unit, proj, money, SS07L + SS07R)
    d = doc()
    d.add_heading(f"{proj}项目绩效自评表", level=1)
    _head(d, unit, proj, money, rt, es)
    d.add_paragraph("")
    half = HEAD[:7]
    body = []
    for i in range(max(len(SS07L), len(SS07R))):
        left = cells(SS07L[i])[:7] if i < len(SS07L) else [""] * 7
        right = cells(SS07R[i])[:7] if i < len(SS07R) else [""] * 7
        body.append([*left, *right])
    table(d, [[*half, *half], *body, ["合计", "", "", "", "", "100", str(tot), "自评等级", "", "", "", "", "", WORD[f["stated_grade"]]]],
          vmerge_cols=(0, 1, 7, 8))
    d.add_paragraph("偏差原因：部分县外就医人员未能在定点机构“一站式”结算，需回县手工报销，结算率低于目标。")
    d.add_paragraph(_SIGN.format("田茂林", "杨秀英", "吴晓"))
    for ind in f["indicators"]:
        ind.pop("deviation_note", None)
    return f, "docx", docx_bytes(d)


# ss08 新疆 巴音郭楞, project, .xlsx: a 上半年完成值 column between the target and the 全年完成值 ----------------------
SS08: list[Row] = [
    ("产出指标", "数量指标", "0-6岁儿童健康管理率", 10, "≥85%", "88.2%", "10", ""),
    ("产出指标", "数量指标", "孕产妇系统管理率", 10, "≥85%", "90.5%", "10", ""),
    ("产出指标", "数量指标", "2型糖尿病患者规范管理率", 10, "≥60%", "57.9%", "8.5", "牧区患者居住分散，随访难度大"),
    ("产出指标", "质量指标", "肺结核患者管理率", 10, "≥90%", "93.4%", "10", ""),
    ("产出指标", "时效指标", "资金下达及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 15, "≥22%", "23.6%", "15", ""),
    ("效益指标", "可持续影响指标", "基层医疗卫生机构服务能力", 10, "T:稳步提升", "T:稳步提升", "10", ""),
    ("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", 15, "≥85%", "90.2%", "15", ""),
]
_HALF = ["43.5%", "46.0%", "29.8%", "47.1%", "100%", "—", "T:稳步提升", "—"]


def ss08() -> Made:
    unit = "和硕县卫生健康委员会"
    proj = "2021年基本公共卫生服务补助资金"
    money = ("986.00", "1034.50", "1012.38")
    f, rt, es, tot = project(2021, unit, unit, proj, money, SS08)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "项目支出绩效自评表"
    ws.append([f"{proj}项目支出绩效自评表"])
    ws.append(["项目名称", "", proj])
    ws.append(["主管部门", "", unit, "", "实施单位", "", unit])
    for r in money_block(money, rt, es):
        ws.append(r)
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "上半年完成值", "全年完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for r, half in zip(SS08, _HALF, strict=True):
        c = cells(r)
        ws.append([*c[:4], half.removeprefix("T:"), c[4], int(c[5]), float(c[6]), c[7]])
    ws.append(["合计", "", "", "", "", "", 100, float(tot), ""])
    ws.append(["自评等级", WORD[f["stated_grade"]]])
    ws.append(["填表人：热依拉·买买提", "", "", "审核人：张建新", "", "", "填报日期：2022年4月8日"])
    return f, "xlsx", _xlsx(book)


REPORTS: dict[str, Any] = {
    "ss01-yn-yanshan-elderly-project-docx-lettered-rule-column": ss01,
    "ss04-nx-tongxin-medical-aid-whole-xlsx-date-targets": ss04,
    "ss05-yn-midu-public-health-project-docx-grade-band-tick": ss05,
    "ss07-gz-yinjiang-medical-aid-project-docx-two-per-row": ss07,
    "ss08-xj-heshuo-public-health-project-xlsx-half-year-column": ss08,
}
