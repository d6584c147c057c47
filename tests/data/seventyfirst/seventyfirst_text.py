# ruff: noqa: E501
"""Reports sf01, sf02, sf06 of the seventy-first set, each returning (facts, ext, content): a Hebei water bureau's
project self-evaluation as a provincial system's JSON export saved as text (Chinese keys, figures as JSON numbers,
the indicators an array of objects); a Liaoning ecology branch's project self-evaluation as an XML export saved as
text (the money block as attributes, the indicators as elements); a Heilongjiang extension centre's project report as
a Markdown page whose indicators are a task list ("- [x]" met, "- [ ]" not met) under "一级 · 二级" headings.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import quoteattr

from eighteenth_facts import Made
from fifth_shapes import esc
from seventyfirst_facts import HEAD, SF01, SF02, SF06
from sixtyfirst_facts import WORD, cells
from sixtyfourth_facts import project


def number(text: str) -> Any:
    """A figure as the JSON number a system writes (312.00 → 312.0, 10 → 10), other text as text."""
    try:
        d = Decimal(text)
    except ArithmeticError:
        return text
    return int(d) if d == d.to_integral_value() and "." not in text else float(d)


# sf01 河北 承德 隆化, project, .txt: a system's JSON export --------------------------------------------------------------
def sf01() -> Made:
    unit, dept = "隆化县农村供水管理站", "隆化县水务局"
    proj = "隆化县2022年农村供水工程维修养护项目"
    money = ("312.00", "338.50", "326.84")
    f, rt, es, tot = project(2022, unit, dept, proj, money, SF01)
    record = {
        "code": 200, "message": "查询成功",
        "data": {
            "导出信息": {"系统名称": "预算管理一体化系统绩效模块", "导出时间": "2023-03-02 10:15:22", "操作员": "lhsw_cw01"},
            "项目基本信息": {"项目名称": proj, "主管部门": dept, "实施单位": unit, "评价年度": 2022, "项目类型": "项目支出"},
            "项目资金": {"金额单位": "万元", "年初预算数": number(money[0]), "全年预算数": number(money[1]),
                     "全年执行数": number(money[2]), "分值": 10, "执行率": f"{rt}%", "得分": number(str(es))},
            "年度总体目标": {"预期目标": "完成全县农村集中供水工程维修养护，更换老化管网，保障农村群众饮水安全。",
                       "实际完成情况": "完成48处工程维修养护，更换入户管网22.3公里，全县农村供水保障水平稳步提升。"},
            "绩效指标": [dict(zip(HEAD, [*c[:5], number(c[5]), number(c[6]), c[7]], strict=True)) for c in (cells(r) for r in SF01)],
            "自评结果": {"总分": 100, "自评得分": number(str(tot)), "自评等级": f["stated_grade"]},
        },
    }
    return f, "txt", json.dumps(record, ensure_ascii=False, indent=2) + "\n"


# sf02 辽宁 铁岭 昌图, project, .txt: an XML export ----------------------------------------------------------------------
def sf02() -> Made:
    unit, dept = "铁岭市生态环境局昌图分局", "铁岭市生态环境局"
    proj = "昌图县2020年农村环境综合整治项目"
    money = ("450.00", "472.60", "455.18")
    f, rt, es, tot = project(2020, unit, dept, proj, money, SF02)
    ini, adj, exe = money
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- 绩效自评数据交换文件，由系统自动生成，请勿手工修改 -->',
             '<绩效自评表 类型="项目支出" 版本="2.0" 生成时间="2021-03-15T09:30:00">',
             "  <基本信息>", f"    <项目名称>{esc(proj)}</项目名称>", f"    <主管部门>{esc(dept)}</主管部门>",
             f"    <实施单位>{esc(unit)}</实施单位>", "    <评价年度>2020</评价年度>", "  </基本信息>",
             '  <项目资金 单位="万元">',
             f'    <资金 名称="年度资金总额" 年初预算数="{ini}" 全年预算数="{adj}" 全年执行数="{exe}" 分值="10" 执行率="{rt}%" 得分="{es}"/>',
             f'    <资金 名称="其中：当年财政拨款" 年初预算数="{ini}" 全年预算数="{adj}" 全年执行数="{exe}"/>',
             "  </项目资金>", "  <绩效指标>"]
    for n, c in enumerate((cells(r) for r in SF02), 1):
        lines.append(f'    <指标 序号="{n}">')
        lines += [f"      <{h}>{esc(v)}</{h}>" if v else f"      <{h}/>" for h, v in zip(HEAD, c, strict=True)]
        lines.append("    </指标>")
    lines += ["  </绩效指标>",
              f"  <自评结果 总分=\"100\" 自评得分=\"{tot}\" 自评等级={quoteattr(WORD[f['stated_grade']])}/>",
              "</绩效自评表>"]
    return f, "txt", "\n".join(lines) + "\n"


# sf06 黑龙江 绥化 望奎, project, .md: the indicators a task list -----------------------------------------------------------
def sf06() -> Made:
    unit, dept = "望奎县农业技术推广中心", "望奎县农业农村局"
    proj = "望奎县2023年玉米大豆带状复合种植技术推广项目"
    money = ("168.00", "175.50", "171.32")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SF06)
    del f["full_mark"]  # the page prints no full mark
    out = [f"# {proj}绩效自评", "",
           f"**主管部门**：{dept}  ", f"**实施单位**：{unit}  ", "**评价年度**：2023年度", "",
           "## 一、资金情况", "",
           f"- 年初预算：{money[0]}万元", f"- 全年预算：{money[1]}万元",
           f"- 全年执行：{money[2]}万元（执行率{rt}%，分值10分，得分{es}分）", "",
           "## 二、绩效指标完成情况", "",
           "> 说明：[x] 为已达到年度指标值，[ ] 为未达到。", ""]
    heading = ""
    for r in SF06:
        c = cells(r)
        if f"{c[0]} · {c[1]}" != heading:
            heading = f"{c[0]} · {c[1]}"
            out += ["", f"### {heading}", ""]
        mark = "x" if Decimal(c[6]) == Decimal(c[5]) else " "
        line = f"- [{mark}] **{c[2]}**：目标{c[3]}，完成{c[4]}；分值{c[5]}分，得分{c[6]}分"
        out.append(line + (f"（{c[7]}）" if c[7] else ""))
    out += ["", "## 三、自评结论", "",
            f"项目自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。补贴兑付时间未达目标，下一年度将提前开展面积核查。", "",
            "---", "*最后更新：2024-02-26 · 编辑：推广中心综合股*", ""]
    return f, "md", "\n".join(out)


REPORTS = {
    "sf01-he-longhua-rural-water-project-txt-json-export": sf01,
    "sf02-ln-changtu-village-environment-project-txt-xml-export": sf02,
    "sf06-hl-wangkui-strip-intercropping-project-md-task-list": sf06,
}
