# ruff: noqa: E501
"""Reports sv03, sv07, sv08 of the fifty-seventh set, each returning (facts, ext, content): sheets in a provincial
finance department reviewer's 2025 inbox of county transfer-payment (转移支付) self-evaluations — an Inner Mongolia
banner's .xls whose targets and actuals stand in different units (万人次 / 人次, 万元 / 元, 公顷 / 亩), a Shaanxi
county bureau's whole-unit .ods with a 偏差率 column between the actual and the weight, a Shanxi county .et whose
money block splits the year's funds into 中央 / 省级 / 市县 rows and whose indicator table carries a 偏差率 column.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row, exec_fact, indicator_fact
from eighteenth_facts import EARNED, D, Made, facts
from fiftyfifth_template import _sheet_merges
from fiftysixth_forms import _project
from fortyeighth_reports import budget, scored
from make_seventeenth import convert
from seventeenth_facts import r2, shown
from twentyfirst_sheets import _book

YEAR = 2024


def deviation(target: str, actual: str) -> str:
    """The 偏差率 a form states: (actual − target) ÷ target when both are figures of one unit, else "—"."""
    t, a = (s.lstrip("≥≤") for s in (target, actual))
    num_t, num_a = (s.rstrip("%人次户个所家场亩公顷里元万天") for s in (t, a))
    try:
        tv, av = D(num_t), D(num_a)
    except Exception:  # a text target
        return "—"
    if t[len(num_t):] != a[len(num_a):] or tv == 0:
        return "—"
    return f"{r2((av - tv) / tv * 100)}%"


# sv03 内蒙古 赤峰 翁牛特旗, project, .xls: targets and actuals in different units (万人次 vs 人次, 万元 vs 元, 公顷 vs
# 亩), each cell stating its own ---------------------------------------------------------------------------------------
SV03: list[Row] = [
    ("产出指标", "数量指标", "牧民转移就业技能培训", 15, "≥0.3万人次", "3126人次", "15", ""),
    ("产出指标", "数量指标", "退化草原改良面积", 15, "≥800公顷", "12150亩", "15", ""),
    ("产出指标", "质量指标", "培训合格率", 10, "≥90%", "92.6%", "10", ""),
    ("产出指标", "成本指标", "人均培训补助标准", 10, "≤0.12万元", "1150元", "10", ""),
    ("效益指标", "经济效益指标", "参训牧民年人均增收", 10, "≥0.2万元", "1860元", "9.3", "部分参训人员外出务工时间短，增收未达预期"),
    ("效益指标", "生态效益指标", "项目区草原植被盖度", 15, "≥55%", "56.2%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "参训牧民满意度", 15, "≥90%", "94%", "15", ""),
]


def sv03() -> Made:
    unit, dept, proj = "翁牛特旗农牧民培训服务中心", "翁牛特旗农牧局", "2024年牧区人才培养及草原改良转移支付项目"
    money = ("436.00", "458.70", "449.92")
    f, rt, es, tot = _project(unit, dept, proj, money, SV03)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows: list[list[Any]] = [
        ["项目支出绩效自评表", "", "", "", "", "", "", ""],
        [f"（{YEAR}年度）", "", "", "", "", "", "", ""],
        ["项目名称", "", proj, "", "", "", "", ""],
        ["主管部门", "", dept, "", "实施单位", "", unit, ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", *money, "10", f"{rt}%", str(es)],
        head,
        *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in SV03),
        ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]],
        ["注：年度指标值按下达的区域绩效目标填列，实际完成值按统计口径填列，二者计量单位不一致的未作换算。", "", "", "", "", "", "", ""],
    ]
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "C4:D4", "E4:F4", "G4:H4", "A5:B5",
              f"A{len(rows) - 1}:E{len(rows) - 1}", f"A{len(rows)}:H{len(rows)}", *_sheet_merges(rows[:-2], 8)]
    return f, "xls", convert(_book(rows, merges), "sv03", "xlsx", "xls")


# sv07 陕西 汉中 城固县, whole unit, .ods: the 部门整体支出 form with a 偏差率 column between 实际完成值 and 分值 ------------
SV07: list[Row] = [
    ("产出指标", "数量指标", "文化惠民演出场次", 15, "≥120场", "126场", "15", ""),
    ("产出指标", "数量指标", "公共图书馆年接待读者", 10, "≥8万人次", "7.4万人次", "9.25", "馆舍维修闭馆一个月"),
    ("产出指标", "质量指标", "A级旅游景区安全检查覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "非遗保护资金拨付及时率", 10, "≥95%", "96.5%", "10", ""),
    ("效益指标", "社会效益指标", "文旅活动群众参与人次", 15, "≥25万人次", "27.3万人次", "15", ""),
    ("效益指标", "经济效益指标", "全县旅游综合收入增长率", 10, "≥8%", "6.9%", "8.63", "汛期景区关闭时间长"),
    ("满意度指标", "服务对象满意度指标", "群众文化服务满意度", 20, "≥90%", "93.1%", "20", ""),
]


def sv07() -> Made:
    unit = "城固县文化和旅游局"
    money = ("1286.40", "1352.90", "1318.62")
    rt, es, tot = scored(SV07, money[2], money[1])
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in SV07)]
    f = facts("整体支出", YEAR, {"name": unit}, budget(*money, rt), inds, tot, full_mark=100, planted=[], stated_grade=EARNED)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差率", "分值", "得分", "偏差原因分析及改进措施"]
    rows: list[list[Any]] = [
        [f"{YEAR}年度部门（单位）整体支出绩效自评表", "", "", "", "", "", "", "", ""],
        ["部门（单位）名称", "", unit, "", "", "", "", "", ""],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "偏差率", "分值", "执行率", "得分"],
        ["", "年度资金总额", *money, "—", "10", f"{rt}%", str(es)],
        head,
        *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), deviation(r[4], r[5]), str(r[3]), r[6], r[7]] for r in SV07),
        ["总分", "", "", "", "", "", "100", str(tot), f["stated_grade"]],
    ]
    merges = ["A1:I1", "A2:B2", "C2:I2", "A3:B3", f"A{len(rows)}:F{len(rows)}", *_sheet_merges(rows, 6)]
    return f, "ods", convert(_book(rows, merges), "sv07", "xlsx", "ods")


# sv08 山西 忻州 五台县, project, .et: the money block splits the year's funds into 中央 / 省级 / 市县 rows; a 偏差率 column
# ------------------------------------------------------------------------------------------------------------------------
SV08: list[Row] = [
    ("产出指标", "数量指标", "农村公路养护里程", 15, "≥420公里", "436公里", "15", ""),
    ("产出指标", "数量指标", "危桥改造座数", 10, "8座", "7座", "8.75", "一座危桥因汛期停工顺延至2025年"),
    ("产出指标", "质量指标", "养护工程验收合格率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "资金拨付时限", 5, "T:收到资金30日内", "T:25日内拨付", "5", ""),
    ("效益指标", "社会效益指标", "农村公路优良中等路率", 15, "≥80%", "82.4%", "15", ""),
    ("效益指标", "可持续影响指标", "管养长效机制覆盖行政村比例", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "≥90%", "91.7%", "20", ""),
]


def sv08() -> Made:
    unit, dept, proj = "五台县农村公路养护中心", "五台县交通运输局", "2024年农村公路养护省级转移支付项目"
    parts = [("中央资金", "320.00", "320.00", "318.46"), ("省级资金", "180.00", "205.00", "199.30"),
             ("市县资金", "60.00", "72.50", "70.12")]
    money = tuple(str(sum((D(p[k]) for p in parts), D(0))) for k in (1, 2, 3))
    f, rt, es, tot = _project(unit, dept, proj, money, SV08)  # type: ignore[arg-type]
    f["budget"]["fund_rows"] = [{"name": n, "initial": D(i), "adjusted": D(a), "executed": D(e)} for n, i, a, e in parts]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差率", "分值", "得分", "偏差原因分析及改进措施"]
    rows: list[list[Any]] = [
        [f"{YEAR}年度转移支付项目绩效自评表", "", "", "", "", "", "", "", ""],
        ["项目名称", "", proj, "", "", "", "", "", ""],
        ["主管部门", "", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["", "年度资金总额", *money, "10", f"{rt}%", str(es), ""],
        *(["", f"其中：{n}" if k == 0 else n, i, a, e, "—", f"{r2(D(e) / D(a) * 100)}%", "—", ""]
          for k, (n, i, a, e) in enumerate(parts)),
        head,
        *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), deviation(r[4], r[5]), str(r[3]), r[6], r[7]] for r in SV08),
        ["总分", "", "", "", "", "", "100", str(tot), f["stated_grade"]],
    ]
    first = 10
    merges = ["A1:I1", "A2:B2", "C2:I2", "A3:B3", "C3:E3", "G3:I3", "A4:B4", "A5:A8",
              f"A{len(rows)}:F{len(rows)}", *_sheet_merges(rows, first)]
    return f, "et", convert(_book(rows, merges), "sv08", "xlsx", "xls")


REPORTS = {
    "sv03-nm-wengniute-herder-training-project-xls-mixed-units": sv03,
    "sv07-sn-chenggu-culture-whole-ods-deviation-rate": sv07,
    "sv08-sx-wutai-rural-roads-project-et-fund-tiers": sv08,
}
