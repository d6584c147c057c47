# ruff: noqa: E501
"""Reports pd01–pd08 of the fifty-eighth set, each returning (facts, ext, content): whole-unit 2025 self-evaluations of
eight public institutions (事业单位) — a county hospital, a vocational school, a research institute, a broadcast
station, a water-supply centre, an archive, a sports school and a farm-machinery station — with 收支 split into
基本支出 / 项目支出 / 经营支出 / 上缴上级支出, staff by 编制类型 (参公 / 全额拨款 / 差额拨款 / 自收自支, 编外聘用 beside
them), money in 元 with thousands separators, score columns 标准分 / 自评分 / 扣分说明, the unit's own indicator table
followed by one table per project (the projects' tables are no part of the unit's indicators), grades 良好 / 合格 / 较好.
Every unit, person and figure is invented (real provinces and counties, invented bodies and figures).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from corpus_build import Row, indicator_fact, items, value_fact
from eighteenth_facts import D, Made, facts, r2, rate, wan_yuan
from fiftyeighth_render import Block, export_csv, page, sheet, word
from fortyeighth_reports import budget
from seventeenth_facts import shown

YEAR = 2025
Money = list[tuple[str, str]]  # (name, amount in 元 with separators)


def _sum(pairs: Money) -> str:
    return f"{sum((D(a.replace(',', '')) for _, a in pairs), D(0)):,.2f}"


def _head(style: str) -> list[str]:
    return {"a": ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "自评分", "扣分说明"],
            "b": ["一级指标", "二级指标", "三级指标", "标准分", "年度指标值", "实际完成值", "扣分说明", "自评分"],
            "c": ["一级指标", "二级指标", "三级指标", "标准分", "自评分", "年度目标", "全年完成", "扣分说明"]}[style]


def _cells(r: Row, style: str) -> list[str]:
    l1, l2, name, w, t, a, s, note = r
    return {"a": [l1, l2, name, shown(t), shown(a), str(w), s, note],
            "b": [l1, l2, name, str(w), shown(t), shown(a), note, s],
            "c": [l1, l2, name, str(w), s, shown(t), shown(a), note]}[style]


def _grid(rows: list[Row], style: str, tot: Decimal | None, sparse: bool = False) -> list[list[str]]:
    """The header and the rows; ``sparse`` writes a 一级 / 二级 once per group, as a merged cell reads when flattened."""
    out = [_head(style)]
    prev: Row | None = None
    for r in rows:
        shown_row = r
        if sparse and prev is not None:
            same1 = r[0] == prev[0]
            shown_row = ("" if same1 else r[0], "" if same1 and r[1] == prev[1] else r[1], *r[2:])  # type: ignore[assignment]
        out.append(_cells(shown_row, style))
        prev = r
    if tot is not None:
        cells = _cells(("合计", "", "", 100, "", "", str(tot), ""), style)
        out.append(cells)
    return out


def _staff_text(est: int, parts: list[tuple[str, int, int]], extra: int, nature: str) -> str:
    est_parts = "、".join(f"{n}{e}名" for n, e, _ in parts)
    real = "、".join(f"{n}{c}人" for n, _, c in parts)
    tot = sum(c for _, _, c in parts)
    return (f"本单位为{nature}，核定编制{est}名（{est_parts}），年末实有在编人员{tot}人，其中{real}；"
            f"另有编外聘用人员{extra}人，不计入在编人数。")


def _staff_table(est: int, parts: list[tuple[str, int, int]], extra: int) -> list[list[str]]:
    tot = sum(c for _, _, c in parts)
    return [["编制类型", "核定编制数（名）", "年末实有人数（人）"], *([n, str(e), str(c)] for n, e, c in parts),
            ["合计", str(est), str(tot)], ["编外聘用", "—", str(extra)]]


def _money_text(inc: Money, out: Money) -> list[str]:
    return [f"{YEAR}年度收入合计{_sum(inc)}元，其中：" + "，".join(f"{n}{a}元" for n, a in inc) + "。",
            f"{YEAR}年度支出合计{_sum(out)}元，其中：" + "，".join(f"{n}{a}元" for n, a in out) + "。"]


def _money_columns(inc: Money, out: Money) -> list[Block]:
    """One table: the income's labels over their amounts, then the spending's, the shorter rows padded."""
    rows = [["收入合计", *(n for n, _ in inc)], [_sum(inc), *(a for _, a in inc)],
            ["支出合计", *(n for n, _ in out)], [_sum(out), *(a for _, a in out)]]
    width = max(len(r) for r in rows)
    return ["收支情况表（单位：元）", [r + [""] * (width - len(r)) for r in rows]]


def _project(i: int, pname: str, money: tuple[str, str, str], rows: list[Row], style: str,
             sparse: bool) -> list[Block]:
    ini, adj, exe = money
    score = sum((D(r[6]) for r in rows), D(0))
    return [f"附表{i}：{pname}绩效自评表",
            [["项目名称", pname, "", "", "", "", "", ""],
             ["项目资金（元）", "年初预算数", ini, "全年预算数", adj, "全年执行数", exe, ""],
             *_grid(rows, style, None, sparse)],
            f"该项目自评得分{score}分（本表满分{sum(int(r[3]) for r in rows)}分）。"]


def _value(text: str, *, actual: bool) -> dict[str, Any]:
    """A target or actual cell's expected value, a leading minus sign kept on the figure (-3.2% a value of -3.2)."""
    if not text.startswith("-"):
        return value_fact(text, actual=actual)
    fact = value_fact(text[1:], actual=actual)
    return {**fact, "value": -fact["value"]}


# The model's grade for each grade word the reports write (较好 has none: the expected facts leave it out)
MODEL_GRADE = {"优秀": "优", "良好": "良", "合格": "中", "不合格": "差"}


def _grade(tot: Decimal) -> str:
    return "优秀" if tot >= 90 else "良好" if tot >= 80 else "合格" if tot >= 60 else "不合格"


Spec = dict[str, Any]


def _report(s: Spec) -> tuple[dict[str, Any], list[Block]]:
    """The expected facts and the blocks of one unit's report from its spec."""
    unit, inc, out = s["unit"], s["income"], s["spend"]
    ini, adj = s["budget"]
    exe = _sum(out)
    w_ini, w_adj, w_exe = (wan_yuan(x) for x in (ini, adj, exe))
    rt = rate(str(w_exe), str(w_adj))
    es = r2(10 * rt / 100)
    rows: list[Row] = [(s.get("exec_l1", "预算执行"), s.get("exec_l2", ""), "预算执行率", 10, "100%", f"{rt}%", str(es), ""), *s["rows"]]
    tot = sum((D(r[6]) for r in rows), D(0))
    grade = s.get("grade_word", _grade(tot))
    est, parts, extra = s["staff"]
    unit_facts: dict[str, Any] = {"name": unit, "staff_establishment": est, "staff_total": sum(c for _, _, c in parts),
                                  "staff_parts": [{"name": n, "count": c} for n, _, c in parts]}
    bud = budget(str(w_ini), str(w_adj), str(w_exe), rt)
    bud.update(income_total=wan_yuan(_sum(inc)), income_items=items(*((n, str(wan_yuan(a))) for n, a in inc)),
               expenditure_total=w_exe, expenditure_items=items(*((n, str(wan_yuan(a))) for n, a in out)))
    f = facts("整体支出", YEAR, unit_facts, bud, [indicator_fact(r, value=_value) for r in rows], tot, full_mark=100,
              planted=[], stated_grade=MODEL_GRADE.get(grade, grade))
    if grade not in MODEL_GRADE:
        del f["stated_grade"]  # a grade word the model has no band for (较好): visible, not counted
    style = s["style"]
    staff: list[Block] = ([_staff_text(est, parts, extra, s["nature"])] if s["staff_shape"] == "text"
                          else [f"本单位为{s['nature']}，人员编制及实有人数如下：", _staff_table(est, parts, extra)])
    money: list[Block] = (_money_text(inc, out) if s["money_shape"] == "text" else _money_columns(inc, out))
    blocks: list[Block] = [f"{unit}{YEAR}年度单位整体支出绩效自评报告", "一、单位基本情况", s["duty"], *staff,
                           "二、单位收支情况", *money,
                           "三、预算执行情况",
                           f"{YEAR}年本单位年初预算{ini}元，年中调整后全年预算{adj}元，全年执行{exe}元，预算执行率{rt}%。",
                           "四、单位整体支出绩效自评表", _grid(rows, style, tot, s.get("sparse", False)),
                           f"经自评，本单位{YEAR}年度整体支出绩效自评得分{tot}分，自评等级为“{grade}”。",
                           "五、项目支出绩效自评情况",
                           f"本单位{YEAR}年实施项目{len(s['projects'])}个，逐项开展了自评，各项目自评表附后。"]
    for i, (pname, money3, prow) in enumerate(s["projects"], 1):
        blocks.extend(_project(i, pname, money3, prow, style, s.get("sparse", False)))
    blocks.extend(["六、存在的问题及改进措施", s["problem"], unit, f"{YEAR + 1}年3月{s['day']}日"])
    return f, blocks


def _maker(code: str, s: Spec, ext: str) -> Callable[[], Made]:
    def make() -> Made:
        f, blocks = _report(s)
        title = str(blocks[0])
        if ext == "mht":
            return f, ext, page(blocks, title)
        if ext == "csv":
            return f, ext, export_csv(blocks)
        if ext in ("et", "ods", "xls"):
            return f, ext, sheet(blocks, code, ext)
        return f, ext, word(blocks, code, ext)
    return make


# pd01 湖南 桃江县人民医院, .xls: 差额拨款 staff in a table with 编外聘用 under its 合计 row, 收支 as columns in 元 -----
PD01: Spec = {
    "unit": "桃江县人民医院", "nature": "公益二类差额拨款事业单位", "staff": (420, [("全额拨款", 36, 34), ("差额拨款", 384, 371)], 268),
    "staff_shape": "table", "money_shape": "columns", "style": "a", "day": 18,
    "duty": "医院为二级甲等综合医院，承担全县基本医疗、急危重症救治和公共卫生服务任务，开放床位620张。",
    "income": [("财政拨款收入", "46,382,150.00"), ("事业收入", "312,640,883.62"), ("其他收入", "2,418,306.15")],
    "spend": [("基本支出", "287,150,442.80"), ("项目支出", "51,936,208.44"), ("上缴上级支出", "1,200,000.00")],
    "budget": ("338,600,000.00", "352,480,000.00"),
    "rows": [
        ("产出指标", "数量指标", "门急诊服务人次", 10, "≥42万人次", "44.6万人次", "10", ""),
        ("产出指标", "数量指标", "出院患者人次", 10, "≥2.6万人次", "2.71万人次", "10", ""),
        ("产出指标", "质量指标", "三四级手术占比", 10, "≥35%", "31.8%", "7", "新开展术式准入进度滞后，扣3分"),
        ("产出指标", "时效指标", "平均住院日", 10, "≤8天", "7.6天", "10", ""),
        ("效益指标", "社会效益指标", "县域内就诊率", 15, "≥90%", "88.2%", "12", "部分重症患者外转，扣3分"),
        ("效益指标", "可持续影响指标", "医疗服务收入占比", 15, "≥35%", "33.1%", "12", "药品耗材占比仍偏高，扣3分"),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", 10, "≥90%", "91.5%", "10", ""),
        ("满意度指标", "服务对象满意度指标", "门诊患者满意度", 10, "≥85%", "83.0%", "8", "候诊时间较长，扣2分"),
    ],
    "projects": [
        ("县域医疗共同体建设项目", ("6,500,000.00", "6,500,000.00", "6,124,380.00"), [
            ("产出指标", "数量指标", "远程会诊覆盖乡镇卫生院数", 40, "22个", "22个", "40", ""),
            ("效益指标", "社会效益指标", "基层首诊率", 40, "≥65%", "61.2%", "34", "村级首诊宣传不足，扣6分"),
            ("满意度指标", "服务对象满意度指标", "乡镇卫生院满意度", 20, "≥90%", "92%", "20", ""),
        ]),
        ("公立医院设备购置项目", ("12,000,000.00", "14,300,000.00", "13,862,415.60"), [
            ("产出指标", "数量指标", "购置医疗设备台（套）数", 50, "38台（套）", "38台（套）", "50", ""),
            ("产出指标", "质量指标", "设备验收合格率", 30, "100%", "100%", "30", ""),
            ("效益指标", "社会效益指标", "设备使用率", 20, "≥85%", "80%", "15", "两台设备调试延后，扣5分"),
        ]),
    ],
    "problem": "医疗服务收入占比和县域内就诊率未达目标。下一步将推进新术式准入，压缩候诊时间，规范耗材管理。",
}

# pd02 安徽 舒城县职业教育中心, .et: 全额拨款 and 编外聘用 in a sentence, 经营支出 for its practice workshops, 一级 / 二级
# written once per group ---------------------------------------------------------------------------------------------
PD02: Spec = {
    "unit": "舒城县职业教育中心", "nature": "公益一类全额拨款事业单位", "staff": (186, [("全额拨款", 186, 179)], 42),
    "staff_shape": "text", "money_shape": "text", "style": "b", "sparse": True, "day": 21,
    "duty": "学校开设机电技术应用、电子商务、护理等8个专业，全日制在校生4,126人。",
    "income": [("财政拨款收入", "58,714,620.30"), ("事业收入", "6,382,400.00"), ("经营收入", "1,946,210.75")],
    "spend": [("基本支出", "42,688,157.26"), ("项目支出", "21,904,336.18"), ("经营支出", "1,738,902.40")],
    "budget": ("61,250,000.00", "67,400,000.00"),
    "rows": [
        ("产出指标", "数量指标", "全日制在校生人数", 10, "≥4000人", "4126人", "10", ""),
        ("产出指标", "数量指标", "社会培训人次", 10, "≥3000人次", "2640人次", "8", "培训计划调减一期，扣2分"),
        ("产出指标", "质量指标", "职业技能等级证书获取率", 15, "≥80%", "84.6%", "15", ""),
        ("产出指标", "质量指标", "省级技能大赛获奖数", 10, "≥6项", "4项", "7", "获奖数少于目标，扣3分"),
        ("效益指标", "社会效益指标", "毕业生就业率", 15, "≥95%", "96.2%", "15", ""),
        ("效益指标", "可持续影响指标", "校企合作企业数", 15, "≥30家", "26家", "11", "新签合作企业不足，扣4分"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", 15, "≥90%", "88%", "12", "食堂和宿舍条件意见较多，扣3分"),
    ],
    "projects": [
        ("现代职业教育质量提升计划资金", ("8,600,000.00", "9,200,000.00", "8,947,216.00"), [
            ("产出指标", "数量指标", "新建实训室数量", 40, "4个", "4个", "40", ""),
            ("产出指标", "质量指标", "实训设备验收合格率", 30, "100%", "100%", "30", ""),
            ("满意度指标", "服务对象满意度指标", "实训学生满意度", 30, "≥90%", "86%", "26", "部分设备操作培训不足，扣4分"),
        ]),
    ],
    "problem": "社会培训人次、技能大赛获奖数和校企合作企业数未达目标。下一步将拓展合作企业，提前编排培训计划。",
}

# pd03 甘肃 天水市林果研究所, .rtf: 差额拨款 and 自收自支 staff in prose, 经营支出 and 上缴上级支出, 自评分 right after
# 标准分, a total in 合格 ----------------------------------------------------------------------------------------
PD03: Spec = {
    "unit": "天水市林果研究所", "nature": "公益二类事业单位", "staff": (64, [("差额拨款", 52, 47), ("自收自支", 12, 9)], 15),
    "staff_shape": "text", "money_shape": "text", "style": "c", "day": 26,
    "duty": "研究所承担苹果、花椒等林果品种选育、栽培技术研究与推广任务，管理试验示范基地420亩。",
    "income": [("财政拨款收入", "9,836,412.00"), ("事业收入", "2,104,850.60"), ("经营收入", "1,380,226.00"), ("其他收入", "96,318.44")],
    "spend": [("基本支出", "8,214,633.95"), ("项目支出", "3,402,880.00"), ("经营支出", "1,163,540.27"), ("上缴上级支出", "150,000.00")],
    "budget": ("12,480,000.00", "13,650,000.00"),
    "rows": [
        ("产出指标", "数量指标", "新品种（系）选育数", 10, "≥3个", "2个", "6", "一个品系区试未完成，扣4分"),
        ("产出指标", "数量指标", "技术培训人次", 10, "≥1500人次", "1620人次", "10", ""),
        ("产出指标", "质量指标", "核心期刊论文数", 10, "≥8篇", "5篇", "5", "论文发表滞后，扣5分"),
        ("产出指标", "时效指标", "科研项目按期结题率", 10, "≥90%", "75%", "6", "两个项目延期结题，扣4分"),
        ("效益指标", "经济效益指标", "技术推广面积", 15, "≥3万亩", "2.4万亩", "11", "推广面积少于目标，扣4分"),
        ("效益指标", "可持续影响指标", "科技成果转化数", 15, "≥4项", "2项", "9", "成果转化不足，扣6分"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", 20, "≥90%", "87%", "17", "技术服务到村不够及时，扣3分"),
    ],
    "projects": [
        ("林果良种繁育基地建设项目", ("2,200,000.00", "2,600,000.00", "2,318,460.00"), [
            ("产出指标", "数量指标", "繁育良种苗木数量", 50, "≥30万株", "26万株", "42", "春季冻害致出苗减少，扣8分"),
            ("效益指标", "经济效益指标", "苗木供应带动增收", 50, "T:有所增加", "T:有所增加", "50", ""),
        ]),
    ],
    "problem": "新品种选育、成果转化和论文发表滞后于目标。下一步将完善科研考核，加快区域试验和成果转化。",
}

# pd04 江西 万载县广播电视台, .mht: 全额拨款 and 差额拨款 in a staff table, 收支 as columns with 经营支出 and 上缴上级支出
# ----------------------------------------------------------------------------------------------------------------
PD04: Spec = {
    "unit": "万载县广播电视台", "nature": "公益一类事业单位", "staff": (58, [("全额拨款", 46, 44), ("差额拨款", 12, 10)], 23),
    "staff_shape": "table", "money_shape": "columns", "style": "a", "day": 12,
    "duty": "电视台负责县级广播电视节目制作播出、应急广播运行维护和县融媒体平台内容供给。",
    "income": [("财政拨款收入", "14,268,300.00"), ("经营收入", "3,412,760.48"), ("其他收入", "128,400.00")],
    "spend": [("基本支出", "9,842,615.70"), ("项目支出", "4,310,228.36"), ("经营支出", "2,968,104.15"), ("上缴上级支出", "300,000.00")],
    "budget": ("16,850,000.00", "18,120,000.00"),
    "rows": [
        ("产出指标", "数量指标", "自办新闻节目播出时长", 10, "≥360小时", "372小时", "10", ""),
        ("产出指标", "数量指标", "应急广播终端在线数", 10, "≥1200个", "1136个", "8", "部分村终端老化离线，扣2分"),
        ("产出指标", "质量指标", "安全播出事故次数", 15, "0次", "0次", "15", ""),
        ("产出指标", "时效指标", "重大突发事件信息发布时限", 10, "≤30分钟", "25分钟", "10", ""),
        ("效益指标", "社会效益指标", "县融媒体平台用户数", 15, "≥12万户", "10.4万户", "11", "用户增长低于预期，扣4分"),
        ("效益指标", "可持续影响指标", "广告及技术服务收入增长率", 15, "≥5%", "-3.2%", "9", "广告市场萎缩，扣6分"),
        ("满意度指标", "服务对象满意度指标", "群众收视满意度", 15, "≥90%", "91%", "15", ""),
    ],
    "projects": [
        ("应急广播体系建设项目", ("1,800,000.00", "1,800,000.00", "1,712,640.00"), [
            ("产出指标", "数量指标", "新建和更换应急广播终端数", 40, "180个", "180个", "40", ""),
            ("产出指标", "质量指标", "终端验收合格率", 30, "100%", "100%", "30", ""),
            ("效益指标", "社会效益指标", "行政村覆盖率", 30, "100%", "96%", "26", "四个村终端调试未完成，扣4分"),
        ]),
        ("县级融媒体中心运维项目", ("950,000.00", "1,150,000.00", "1,103,820.52"), [
            ("产出指标", "数量指标", "平台发稿量", 50, "≥6000条", "6352条", "50", ""),
            ("满意度指标", "服务对象满意度指标", "用户满意度", 50, "≥90%", "92%", "50", ""),
        ]),
    ],
    "problem": "应急广播终端在线率和经营收入未达目标。下一步将分批更换老化终端，拓展技术服务收入。",
}

# pd05 河北 故城县城乡供水服务中心, .csv: 自收自支 staff, 经营支出 the largest item and 上缴上级支出, a system's export --
PD05: Spec = {
    "unit": "故城县城乡供水服务中心", "nature": "自收自支事业单位", "staff": (45, [("自收自支", 45, 41)], 37),
    "staff_shape": "table", "money_shape": "text", "style": "b", "day": 9,
    "duty": "中心负责县城及22个乡镇集中供水工程运行管理、水质检测和供水设施维修养护。",
    "income": [("财政拨款收入", "3,650,000.00"), ("经营收入", "18,906,412.37"), ("其他收入", "214,880.00")],
    "spend": [("基本支出", "5,126,374.20"), ("项目支出", "3,402,115.00"), ("经营支出", "13,684,260.91"), ("上缴上级支出", "420,000.00")],
    "budget": ("21,600,000.00", "23,080,000.00"),
    "rows": [
        ("产出指标", "数量指标", "年供水量", 10, "≥860万立方米", "884万立方米", "10", ""),
        ("产出指标", "数量指标", "管网维修及时处置件数", 10, "≥300件", "326件", "10", ""),
        ("产出指标", "质量指标", "出厂水水质合格率", 15, "100%", "100%", "15", ""),
        ("产出指标", "质量指标", "管网漏损率", 10, "≤12%", "14.6%", "6", "老旧管网漏损偏高，扣4分"),
        ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥98%", "98.4%", "15", ""),
        ("效益指标", "可持续影响指标", "水费回收率", 15, "≥95%", "90.3%", "10", "部分乡镇欠费较多，扣5分"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", 15, "≥90%", "86%", "11", "停水通知不够及时，扣4分"),
    ],
    "projects": [
        ("农村供水管网改造项目", ("2,800,000.00", "3,300,000.00", "3,012,415.00"), [
            ("产出指标", "数量指标", "改造供水管网长度", 40, "≥45公里", "41.5公里", "36", "一段管线穿越河道审批延后，扣4分"),
            ("产出指标", "质量指标", "工程验收合格率", 30, "100%", "100%", "30", ""),
            ("效益指标", "社会效益指标", "受益人口", 30, "≥3.2万人", "3.26万人", "30", ""),
        ]),
    ],
    "problem": "管网漏损率、水费回收率和用户满意度未达目标。下一步将实施老旧管网分区计量，完善停水公告制度。",
}

# pd06 山东 莒南县档案馆, .wps: 参公 and 全额拨款 staff in prose, no 经营支出, the total in 良好 --------------------------
PD06: Spec = {
    "unit": "莒南县档案馆", "nature": "参照公务员法管理的事业单位", "staff": (24, [("参公", 18, 17), ("全额拨款", 6, 5)], 6),
    "staff_shape": "text", "money_shape": "columns", "style": "c", "sparse": True, "day": 16,
    "duty": "档案馆负责全县档案的接收、保管、整理、数字化和开发利用，馆藏档案14.2万卷。",
    "income": [("财政拨款收入", "7,426,815.40"), ("其他收入", "31,200.00")],
    "spend": [("基本支出", "4,918,637.25"), ("项目支出", "2,388,504.00")],
    "budget": ("6,980,000.00", "7,460,000.00"),
    "rows": [
        ("产出指标", "数量指标", "接收进馆档案数量", 15, "≥6000卷", "6480卷", "15", ""),
        ("产出指标", "数量指标", "馆藏档案数字化页数", 15, "≥120万页", "102万页", "11", "扫描外包合同签订较晚，扣4分"),
        ("产出指标", "质量指标", "档案数字化质检合格率", 10, "≥99%", "99.6%", "10", ""),
        ("产出指标", "时效指标", "查档利用办结时限", 10, "≤1个工作日", "1个工作日", "10", ""),
        ("效益指标", "社会效益指标", "档案查阅利用人次", 15, "≥8000人次", "7420人次", "12", "线上查档推广不足，扣3分"),
        ("效益指标", "可持续影响指标", "库房温湿度达标率", 10, "≥95%", "93%", "8", "一号库房除湿设备故障，扣2分"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", 15, "≥95%", "93%", "13", "查档预约渠道单一，扣2分"),
    ],
    "projects": [
        ("馆藏档案数字化项目", ("1,600,000.00", "1,600,000.00", "1,382,504.00"), [
            ("产出指标", "数量指标", "完成数字化页数", 60, "≥120万页", "102万页", "51", "扫描进度滞后，扣9分"),
            ("产出指标", "质量指标", "数据挂接准确率", 40, "≥99%", "99.5%", "40", ""),
        ]),
    ],
    "problem": "档案数字化进度滞后，线上查档推广不足。下一步将提前签订外包合同，开通网上查档预约。",
}

# pd07 云南 弥勒市少年儿童业余体育学校, .ods: 全额拨款 staff with 编外 coaches, the grade 较好 ---------------------------
PD07: Spec = {
    "unit": "弥勒市少年儿童业余体育学校", "nature": "公益一类全额拨款事业单位", "staff": (32, [("全额拨款", 32, 30)], 14),
    "staff_shape": "table", "money_shape": "text", "style": "a", "grade_word": "较好", "day": 24,
    "duty": "体校承担田径、举重、摔跤等7个项目的业余训练，常年在训运动员268人。",
    "income": [("财政拨款收入", "8,142,630.00"), ("事业收入", "426,800.00"), ("其他收入", "52,316.20")],
    "spend": [("基本支出", "5,604,188.35"), ("项目支出", "2,726,410.00")],
    "budget": ("7,900,000.00", "8,620,000.00"),
    "rows": [
        ("产出指标", "数量指标", "常年在训运动员人数", 15, "≥260人", "268人", "15", ""),
        ("产出指标", "数量指标", "向上级输送运动员人数", 15, "≥12人", "9人", "11", "输送人数少于目标，扣4分"),
        ("产出指标", "质量指标", "省级以上比赛获奖牌数", 15, "≥20枚", "23枚", "15", ""),
        ("产出指标", "时效指标", "训练计划完成率", 10, "100%", "95%", "9", "场馆维修停训两周，扣1分"),
        ("效益指标", "社会效益指标", "青少年体育培训覆盖学校数", 10, "≥30所", "27所", "8", "进校园活动覆盖不足，扣2分"),
        ("效益指标", "可持续影响指标", "运动员伤病发生率", 10, "≤5%", "4.1%", "10", ""),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", 15, "≥90%", "88%", "12", "伙食补助标准偏低，扣3分"),
    ],
    "projects": [
        ("青少年体育训练补助项目", ("1,500,000.00", "1,500,000.00", "1,476,210.00"), [
            ("产出指标", "数量指标", "补助运动员人数", 50, "268人", "268人", "50", ""),
            ("满意度指标", "服务对象满意度指标", "受助运动员满意度", 50, "≥90%", "93%", "50", ""),
        ]),
    ],
    "problem": "向上级输送运动员人数未达目标。下一步将加强选材，提高运动员伙食补助标准。",
}

# pd08 黑龙江 桦南县农业机械化技术推广站, .doc: 全额拨款 and 差额拨款 staff in prose, a 合格 total --------------------------
PD08: Spec = {
    "unit": "桦南县农业机械化技术推广站", "nature": "公益一类事业单位", "staff": (21, [("全额拨款", 15, 14), ("差额拨款", 6, 4)], 3),
    "staff_shape": "text", "money_shape": "text", "style": "b", "day": 30,
    "duty": "推广站负责全县农机新技术推广、农机购置补贴机具核验和农机安全生产监督。",
    "income": [("财政拨款收入", "4,862,410.80"), ("事业收入", "186,500.00")],
    "spend": [("基本支出", "2,748,362.17"), ("项目支出", "1,906,315.44"), ("上缴上级支出", "80,000.00")],
    "budget": ("4,650,000.00", "5,280,000.00"),
    "rows": [
        ("产出指标", "数量指标", "保护性耕作技术推广面积", 15, "≥40万亩", "33万亩", "9", "春季墒情差，部分地块改为常规耕作，扣6分"),
        ("产出指标", "数量指标", "农机购置补贴机具核验台数", 10, "≥900台", "946台", "10", ""),
        ("产出指标", "质量指标", "补贴机具核验准确率", 10, "100%", "100%", "10", ""),
        ("产出指标", "时效指标", "补贴资金兑付时限", 10, "≤60天", "75天", "5", "省级资金下达较晚，扣5分"),
        ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", 15, "≥98%", "97.2%", "11", "丘陵地块机收率偏低，扣4分"),
        ("效益指标", "可持续影响指标", "农机安全事故起数", 10, "0起", "1起", "4", "发生一起农机道路事故，扣6分"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", 20, "≥90%", "82%", "13", "补贴兑付不及时，扣7分"),
    ],
    "projects": [
        ("保护性耕作推广项目", ("1,200,000.00", "1,400,000.00", "1,246,315.44"), [
            ("产出指标", "数量指标", "实施面积", 60, "≥40万亩", "33万亩", "45", "墒情差，实施面积不足，扣15分"),
            ("满意度指标", "服务对象满意度指标", "实施主体满意度", 40, "≥90%", "88%", "36", "作业补助标准偏低，扣4分"),
        ]),
    ],
    "problem": "保护性耕作推广面积、补贴兑付时限和农户满意度未达目标。下一步将提前组织补贴资金申请，加强农机安全宣传。",
}

REPORTS: dict[str, Callable[[], Made]] = {
    "pd01-hn-taojiang-county-hospital-whole-xls-staff-table-yuan": _maker("pd01", PD01, "xls"),
    "pd02-ah-shucheng-vocational-school-whole-et-business-spending": _maker("pd02", PD02, "et"),
    "pd03-gs-tianshui-fruit-institute-whole-rtf-self-funded-staff": _maker("pd03", PD03, "rtf"),
    "pd04-jx-wanzai-broadcast-station-whole-mht-project-tables": _maker("pd04", PD04, "mht"),
    "pd05-he-gucheng-water-supply-whole-csv-self-supporting": _maker("pd05", PD05, "csv"),
    "pd06-sd-junan-archive-whole-wps-civil-service-managed": _maker("pd06", PD06, "wps"),
    "pd07-yn-mile-sports-school-whole-ods-grade-jiaohao": _maker("pd07", PD07, "ods"),
    "pd08-hl-huanan-farm-machinery-whole-doc-grade-hege": _maker("pd08", PD08, "doc"),
}
