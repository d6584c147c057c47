# ruff: noqa: E501
"""Reports l06, l12 of the lure set (workbooks): each returns (facts, "xlsx", bytes).

Every unit, person and figure is invented. The workbook writer is the twenty-first set's.
"""

from __future__ import annotations

from typing import Any

from eighteenth_facts import D, Made, Row, shown
from lure_facts import clean, form_indicators
from twentieth_facts import indicators, money, scored
from twentyfirst_sheets import _book, _num

# l06 山东 culture and tourism bureau, whole unit, xlsx: the columns in an unusual order (三级指标 | 得分 | 权重 | 一级 | 二级
# | 目标 | 完成), scores to one decimal, a 总分 row giving the total before the full mark --------------------------------
L06: list[Row] = [
    ("产出指标", "数量指标", "公益性演出场次", 10, "≥180场", "186场", "10.0", ""),
    ("产出指标", "数量指标", "图书馆年接待读者人次", 10, "≥45万人次", "43.2万人次", "9.6", "馆舍维修闭馆一个月"),
    ("产出指标", "质量指标", "文物安全检查覆盖率", 10, "100%", "100%", "10.0", ""),
    ("产出指标", "时效指标", "旅游投诉处理及时率", 10, "≥98%", "99.3%", "10.0", ""),
    ("产出指标", "成本指标", "每场公益演出补助", 10, "≤1.5万元", "1.45万元", "10.0", ""),
    ("效益指标", "社会效益指标", "公共文化设施免费开放率", 15, "100%", "100%", "15.0", ""),
    ("效益指标", "经济效益指标", "旅游总收入增长率", 15, "≥8%", "7.1%", "13.3", "入境游客恢复慢于预期"),
    ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", 10, "≥90%", "92.8%", "10.0", ""),
]


def l06() -> Made:
    ini, adj, exe = "2260.00", "2400.00", "2328.00"
    rt, es, _ = scored(exe, adj, L06)
    es = D("9.7")
    tot = sum((D(r[6]) for r in L06), es)
    name = "临沂市兰山区文化和旅游局"
    rows: list[list[Any]] = [
        [f"{name}2024年度部门整体支出绩效自评表"],
        ["单位名称", name],
        ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", _num(ini), _num(adj), _num(exe), f"{rt}%"],
        ["序号", "三级指标", "得分", "权重", "一级指标", "二级指标", "年度目标值", "实际完成值", "偏差原因"],
        [1, "预算执行率", float(es), 10, "预算执行", "预算执行", "100%", f"{rt}%", None],
    ]
    for i, r in enumerate(L06, 2):
        rows.append([i, r[2], float(r[6]), r[3], r[0], r[1], shown(r[4]), shown(r[5]), r[7] or None])
    rows += [[None, "总分", float(tot), 100], [None, "自评等级", "优"]]
    unit = {"name": name}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L06)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "xlsx", _book(rows)


# l12 重庆 sports bureau, whole unit, xlsx: a total in the 80s graded 良好 in words; the total row written "总分（满分100分）"
# with the score in the 得分 column ----------------------------------------------------------------------------------
L12: list[Row] = [
    ("产出指标", "数量指标", "全民健身赛事活动场次", 10, "≥60场", "52场", "8.7", "两项赛事因天气取消"),
    ("产出指标", "数量指标", "新建社区健身点数量", 10, "≥40个", "40个", "10", ""),
    ("产出指标", "质量指标", "健身设施验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "体育场馆免费开放时长达标率", 10, "≥95%", "88%", "8", "场馆维修暂停开放"),
    ("产出指标", "成本指标", "单个健身点建设成本", 10, "≤8万元", "7.6万元", "10", ""),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", 15, "≥42%", "38.5%", "12.5", "农村地区参与率偏低"),
    ("效益指标", "可持续影响指标", "健身设施完好率", 15, "≥95%", "86%", "12", "部分早期器材老化"),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 10, "≥90%", "86.2%", "9", "场地开放时间不够灵活"),
]


def l12() -> Made:
    ini, adj, exe = "1560.00", "1688.40", "1596.82"
    rt, es, tot = scored(exe, adj, L12)
    name = "重庆市万州区体育局"
    rows: list[list[Any]] = [
        ["部门整体支出绩效自评表（2024年度）"],
        ["部门名称", name, None, "主管部门", "重庆市万州区人民政府"],
        ["项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "分值", "得分"],
        ["部门预算资金", _num(ini), _num(adj), _num(exe), f"{rt}%", 10, float(es)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ]
    last = ""
    for r in L12:
        rows.append([r[0] if r[0] != last else None, r[1], r[2], shown(r[4]), shown(r[5]), r[3], _num(r[6]), r[7] or None])
        last = r[0]
    rows += [["总分（满分100分）", None, None, None, None, 100, float(tot)], ["评价等级", "良好"]]
    unit = {"name": name, "supervising_department": "重庆市万州区人民政府"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, L12)
    assert 80 <= tot < 90
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade="良"), "xlsx", _book(rows)


SHEETS = {
    "l06-sd-lanshan-culture-whole-xlsx-odd-columns": l06,
    "l12-cq-wanzhou-sports-whole-xlsx-grade-words": l12,
}
