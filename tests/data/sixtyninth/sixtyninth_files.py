# ruff: noqa: E501
"""Reports sn01, sn02, sn04, sn05 of the sixty-ninth set, each returning (facts, ext, content): a Shanxi culture and
tourism bureau's project form exported from a 预算管理一体化 system as .xlsx, the form's whole head (title, 项目名称,
money rows) printed again at the top of every page with a "第N页/共M页" row between, money as numbers in 元 shown with
thousands separators under "单位：元"; a Gansu sports bureau's project form (.docx) whose every value cell is a content
control wrapping the cell (w:sdt around w:tc), empty ones still showing their placeholder text; a Ningxia civil-affairs
bureau's project form in a landscape PDF of two text columns, the form in the left column and its 扣分情况说明 in the
right; a Xinjiang cultural centre's project form (.docx) whose 二级 and 三级 cells open with codes ("C1 数量指标",
"C1-2 送戏下乡演出场次").
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import openpyxl
from corpus_build import Row
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from eighteenth_facts import Made, doc, docx_bytes, table
from sixtyfirst_facts import HEAD, WORD, cells, money_block
from sixtyfourth_facts import deductions, project

_SIGN = "单位负责人：{0}　　财务负责人：{1}　　填表人：{2}"


def form_tail(tot: Decimal, grade: str) -> list[list[str]]:
    """The form's 合计 and 自评等级 rows."""
    return [["合计", "", "", "", "", "100", str(tot), ""], ["自评等级", "", "", "", "", "", WORD[grade], ""]]


def _head(d: Any, dept: str, unit: str, proj: str, money: tuple[str, str, str], rt: Decimal, es: Decimal) -> None:
    """The project form's head table: 项目名称, 主管部门 / 实施单位 and the 项目资金 block."""
    table(d, [["项目名称", "", proj, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", unit, ""],
              *money_block(money, rt, es)],
          merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (2, 0, 3, 0)])


# sn01 山西 大同, project, .xlsx: the system's print export — the head (title, 单位：元, 项目名称 / 主管部门, the money
# rows as numbers in 元 shown "#,##0.00") printed again at the top of each of three pages, "第N页/共3页" rows between ---
SN01: list[Row] = [
    ("产出指标", "数量指标", "A级旅游景区提质改造数量", 15, "≥6个", "6个", "15", ""),
    ("产出指标", "数量指标", "旅游厕所新建改建座数", 10, "≥20座", "22座", "10", ""),
    ("产出指标", "质量指标", "改造项目竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 5, "T:2023年10月底前", "T:2023年11月中旬", "4", "雨季施工延误半个月"),
    ("效益指标", "经济效益指标", "景区门票及二次消费收入增长率", 10, "≥8%", "9.6%", "10", ""),
    ("效益指标", "社会效益指标", "接待游客人次", 15, "≥650万人次", "688万人次", "15", ""),
    ("效益指标", "可持续影响指标", "景区长效管护机制", 5, "T:健全", "T:健全", "5", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", 20, "≥90%", "92.5%", "20", ""),
]


def sn01() -> Made:
    unit = "大同市文化和旅游局"
    proj = "2023年A级旅游景区提升补助资金"
    money = ("2850.00", "3120.00", "3046.72")
    f, rt, es, tot = project(2023, unit, unit, proj, money, SN01)
    yuan = [float(Decimal(m) * 10000) for m in money]
    head: list[list[Any]] = [
        [f"{proj}绩效自评表", None, None, None, None, None, None, None],
        ["（2023年度）", None, None, None, None, None, "单位：元", None],
        ["项目名称", proj, None, None, None, None, None, None],
        ["主管部门", unit, None, None, "实施单位", unit, None, None],
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", None],
        ["年度资金总额", *yuan, 10, f"{rt}%", float(es), None],
        ["其中：当年财政拨款", *yuan, "—", "—", "—", None]]
    body = [cells(r) for r in SN01]
    pages = [[["年度总体目标", "完成6个A级景区提质改造和22座旅游厕所建设，提升游客接待能力。", *[None] * 6],
              ["实际完成情况", "景区改造全部完成，一处景区完工时间略有推迟。", *[None] * 6], HEAD, *body[:3]],
             [HEAD, *body[3:6]], [HEAD, *body[6:], *form_tail(tot, f["stated_grade"]),
                                  [_SIGN.format("王建国", "李淑芬", "赵敏"), *[None] * 7]]]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "绩效自评表"
    for n, page in enumerate(pages, 1):
        for row in (*head, *page):
            sheet.append(row)
            if row is head[5] or row is head[6]:
                for cell in sheet[sheet.max_row][1:4]:
                    cell.number_format = "#,##0.00"
        sheet.append([None] * 3 + [f"第{n}页/共{len(pages)}页"])
        sheet.append([])
    buf = io.BytesIO()
    book.save(buf)
    return f, "xlsx", buf.getvalue()


# sn02 甘肃 张掖, project, .docx: a template whose value cells are content controls wrapping the whole cell (w:sdt
# around w:tc); cells left empty keep the control's placeholder text, shown in grey -------------------------------
SN02: list[Row] = [
    ("产出指标", "数量指标", "新建全民健身路径数", 15, "≥40处", "43处", "15", ""),
    ("产出指标", "数量指标", "新建笼式多功能运动场数", 10, "≥8个", "8个", "10", ""),
    ("产出指标", "质量指标", "健身器材安装验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "场地设施建成投用及时率", 10, "≥95%", "87.5%", "8", "一个笼式场地因用地调整推迟投用"),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", 15, "≥38%", "39.2%", "15", ""),
    ("效益指标", "可持续影响指标", "设施维护管理责任落实率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", 20, "≥90%", "93%", "20", ""),
]
_PLACEHOLDER = "单击或点击此处输入文字。"


_LABELS = {*HEAD, "主管部门", "实施单位", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
           "得分", "年度资金总额", "其中：当年财政拨款", "合计", "自评等级"}


def _text(tc: Any) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t"))).strip()


def _controls(t: Any, first_row: int, first_col: int) -> None:
    """Wrap each value cell of ``t`` from ``first_row`` / ``first_col`` on (not its labels) in a cell-level content
    control; an empty cell shows the placeholder text."""
    for i, row in enumerate(t.rows):
        if i < first_row:
            continue
        for j, tc in enumerate(list(row._tr.tc_lst)):
            if j < first_col or _text(tc) in _LABELS:
                continue
            sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
            alias = OxmlElement("w:alias")
            alias.set(qn("w:val"), f"单元格{i}-{j}")
            pr.append(alias)
            tag = OxmlElement("w:tag")
            tag.set(qn("w:val"), f"c{i}_{j}")
            pr.append(tag)
            empty = not _text(tc)
            if empty:
                pr.append(OxmlElement("w:showingPlcHdr"))
                p = tc.findall(qn("w:p"))[0]
                r = OxmlElement("w:r")
                t_el = OxmlElement("w:t")
                t_el.text = _PLACEHOLDER
                r.append(t_el)
                p.append(r)
            pr.append(OxmlElement("w:text"))
            sdt.append(pr)
            tc.addprevious(sdt)
            content.append(tc)
            sdt.append(content)


def sn02() -> Made:
    unit = "张掖市甘州区文体广电和旅游局"
    proj = "2022年全民健身场地设施补助资金"
    money = ("760.00", "812.40", "789.65")
    f, rt, es, tot = project(2022, unit, unit, proj, money, SN02)
    d = doc()
    d.add_paragraph(f"{proj}绩效自评表").alignment = 1
    d.add_paragraph("（2022年度）").alignment = 1
    _head(d, unit, unit, proj, money, rt, es)
    _controls(d.tables[0], 0, 1)
    table(d, [HEAD, *(cells(r) for r in SN02), *form_tail(tot, f["stated_grade"])], vmerge_cols=(0, 1))
    _controls(d.tables[1], 1, 3)
    d.add_paragraph(_SIGN.format("马春林", "张晓霞", "刘洋"))
    return f, "docx", docx_bytes(d)


# sn04 宁夏 固原, project, .pdf: a landscape page of two text columns — the form in the left column, its 扣分情况说明
# table in the right — so the text layer holds lines of both side by side --------------------------------------------
SN04: list[Row] = [
    ("产出指标", "数量指标", "城乡低保对象保障人数", 15, "≥15200人", "15486人", "15", ""),
    ("产出指标", "数量指标", "临时救助人次", 10, "≥2300人次", "2158人次", "9", "救助需求较上年下降"),
    ("产出指标", "质量指标", "救助对象认定准确率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "救助资金按月发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "社会救助信息化核对覆盖率", 10, "≥95%", "92%", "8", "部分乡镇核对平台账号未开通"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 20, "≥90%", "94.6%", "20", ""),
]


def _fit(t: Any, widths_cm: tuple[float, ...]) -> None:
    """Give every cell of ``t`` its column's width, so the table fits its text column."""
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=False):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(w)
            for run in (r for p in cell.paragraphs for r in p.runs):
                run.font.size = Pt(8)


_MONEY_CM = (0.9, 2.2, 1.7, 1.7, 1.7, 0.8, 1.5, 1.0)
_FORM_CM = (1.3, 1.6, 2.7, 1.6, 1.6, 1.0, 1.1, 1.8)


def sn04() -> Made:
    unit = "固原市原州区民政局"
    proj = "2021年困难群众救助补助资金"
    money = ("5240.00", "5586.30", "5497.12")
    f, rt, es, tot = project(2021, unit, unit, proj, money, SN04)
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    sec._sectPr.append(cols)
    d.add_paragraph(f"{proj}绩效自评表（2021年度）")
    _head(d, unit, unit, proj, money, rt, es)
    table(d, [HEAD, *(cells(r) for r in SN04), *form_tail(tot, f["stated_grade"])])
    d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    d.add_paragraph("扣分情况说明")
    table(d, deductions(SN04))
    for t, widths in zip(d.tables, (_MONEY_CM, _FORM_CM, (0.8, 3.2, 1.0, 1.0, 1.0, 4.8)), strict=False):
        _fit(t, widths)
    d.add_paragraph(f"填报单位（盖章）：{unit}")
    d.add_paragraph("填报日期：2022年3月25日")
    return f, "pdf", docx_bytes(d)


# sn05 新疆 昌吉, project, .docx: 二级 cells open with a code ("C1 数量指标"), 三级 cells with the indicator's own code
# ("C1-2 送戏下乡演出场次"), as a provincial template numbers them ---------------------------------------------------
SN05: list[Row] = [
    ("产出指标", "数量指标", "公共文化活动举办场次", 10, "≥120场", "134场", "10", ""),
    ("产出指标", "数量指标", "送戏下乡演出场次", 10, "≥60场", "58场", "9", "两场演出因天气取消"),
    ("产出指标", "质量指标", "文化志愿者培训合格率", 10, "≥95%", "97%", "10", ""),
    ("产出指标", "时效指标", "活动资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "群众参与文化活动人次", 15, "≥8.5万人次", "9.1万人次", "15", ""),
    ("效益指标", "可持续影响指标", "基层文化阵地常态化开放率", 15, "≥90%", "93.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "参与群众满意度", 20, "≥90%", "95.2%", "20", ""),
]
_L1 = {"产出指标": "C", "效益指标": "D", "满意度指标": "E"}


def _coded(rows: list[Row]) -> list[list[str]]:
    out: list[list[str]] = []
    l2s: dict[str, str] = {}
    counts: dict[str, int] = {}
    for r in rows:
        letter = _L1[r[0]]
        code2 = l2s.setdefault(r[1], f"{letter}{sum(1 for k in l2s.values() if k[0] == letter) + 1}")
        counts[code2] = counts.get(code2, 0) + 1
        c = cells(r)
        c[1], c[2] = f"{code2} {r[1]}", f"{code2}-{counts[code2]} {r[2]}"
        out.append(c)
    return out


def sn05() -> Made:
    unit = "昌吉市文化馆"
    dept = "昌吉市文化体育广播电视和旅游局"
    proj = "2023年公共文化服务体系建设补助资金"
    money = ("418.00", "436.50", "428.37")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SN05)
    d = doc()
    d.add_paragraph(f"{proj}绩效自评表").alignment = 1
    d.add_paragraph("（2023年度）").alignment = 1
    _head(d, dept, unit, proj, money, rt, es)
    table(d, [HEAD, *_coded(SN05), *form_tail(tot, f["stated_grade"])], vmerge_cols=(0, 1))
    d.add_paragraph(_SIGN.format("阿不都热合曼", "周丽", "马晓燕"))
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "sn01-sx-datong-tourism-project-xlsx-repeated-heads": sn01,
    "sn02-gs-ganzhou-sports-project-docx-cell-controls": sn02,
    "sn04-nx-yuanzhou-civil-affairs-project-pdf-two-columns": sn04,
    "sn05-xj-changji-culture-project-docx-coded-levels": sn05,
}

