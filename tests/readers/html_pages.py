"""The saved-page fixtures of ``tests/data/html`` and what they are built from.

``qinghe-refuse-project.html`` holds the project form below (项目支出绩效自评表, invented unit and
figures) as a DOM table with rowspan/colspan, in the furniture of a county government site: an
accessibility bar, banner, menu, breadcrumb, metadata table, share and font-size tools,
previous/next links, related links and a 备案 footer. ``…-fanti.html`` is the same page as a site's
繁體版, with pinyin copied after some characters. ``songlin-town-gbk.htm`` is an older table-layout
site in GBK with a whole-unit prose report. This module builds the same form as a Word file and
wraps pages into MHTML archives the way Chrome (quoted-printable) and IE (base64) save them.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import docx

HTML_DIR = Path(__file__).resolve().parents[1] / "data" / "html"
PROJECT_PAGE = HTML_DIR / "qinghe-refuse-project.html"
TRADITIONAL_PAGE = HTML_DIR / "qinghe-refuse-project-fanti.html"
GBK_PAGE = HTML_DIR / "songlin-town-gbk.htm"

TITLE = "青禾县环境卫生服务中心2023年度城乡生活垃圾分类收运补助项目支出绩效自评表"
SUBTITLE = "2023年度城乡生活垃圾分类收运补助项目支出绩效自评表"
AFTER_FORM = ["填报单位（盖章）：青禾县环境卫生服务中心 填报日期：2024年4月20日",
              "附件：青禾县环境卫生服务中心2023年度项目支出绩效自评表.xlsx"]

# The form as the page writes it: (text, rowspan, colspan) per cell; "\n" is a line break in a cell.
FORM: list[list[tuple[str, int, int]]] = [
    [("项目支出绩效自评表", 1, 9)],
    [("（2023年度）", 1, 9)],
    [("项目名称", 1, 2), ("城乡生活垃圾分类收运补助项目", 1, 7)],
    [("主管部门", 1, 2), ("青禾县城市管理局", 1, 3), ("实施单位", 1, 1), ("青禾县环境卫生服务中心", 1, 3)],
    [("项目资金\n（万元）", 5, 1), ("", 1, 1), ("年初预算数", 1, 1), ("全年预算数", 1, 1), ("全年执行数", 1, 1),
     ("分值", 1, 1), ("执行率", 1, 1), ("得分", 1, 2)],
    [("年度资金总额", 1, 1), ("320.00", 1, 1), ("356.40", 1, 1), ("341.15", 1, 1), ("10", 1, 1), ("95.72%", 1, 1),
     ("9.57", 1, 2)],
    [("其中：当年财政拨款", 1, 1), ("300.00", 1, 1), ("336.40", 1, 1), ("321.15", 1, 1), ("—", 1, 1), ("—", 1, 1),
     ("—", 1, 2)],
    [("上年结转资金", 1, 1), ("20.00", 1, 1), ("20.00", 1, 1), ("20.00", 1, 1), ("—", 1, 1), ("—", 1, 1), ("—", 1, 2)],
    [("其他资金", 1, 1), ("0.00", 1, 1), ("0.00", 1, 1), ("0.00", 1, 1), ("—", 1, 1), ("—", 1, 1), ("—", 1, 2)],
    [("年度总体目标", 2, 1), ("预期目标", 1, 4), ("实际完成情况", 1, 4)],
    [("完成全县12个乡镇生活垃圾分类收运体系建设，\n购置分类收运车辆12辆。", 1, 4),
     ("建成12个乡镇分类收运体系，购置车辆12辆，\n分类收运覆盖率达到96%。", 1, 4)],
    [("绩效指标", 9, 1), ("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 1), ("年度指标值", 1, 1),
     ("实际完成值", 1, 1), ("分值", 1, 1), ("得分", 1, 1), ("偏差原因分析及改进措施", 1, 1)],
    [("产出指标", 5, 1), ("数量指标", 2, 1), ("购置分类收运车辆", 1, 1), ("≥12辆", 1, 1), ("12辆", 1, 1), ("15", 1, 1),
     ("15", 1, 1), ("", 1, 1)],
    [("建设乡镇分类收运站点", 1, 1), ("≥12个", 1, 1), ("12个", 1, 1), ("15", 1, 1), ("15", 1, 1), ("", 1, 1)],
    [("质量指标", 1, 1), ("车辆验收合格率", 1, 1), ("100%", 1, 1), ("100%", 1, 1), ("10", 1, 1), ("10", 1, 1),
     ("", 1, 1)],
    [("时效指标", 1, 1), ("补助资金拨付及时率", 1, 1), ("≥95%", 1, 1), ("92%", 1, 1), ("5", 1, 1), ("4.5", 1, 1),
     ("个别乡镇申报材料滞后，\n下年提前组织申报", 1, 1)],
    [("成本指标", 1, 1), ("单车购置成本", 1, 1), ("≤18万元", 1, 1), ("17.6万元", 1, 1), ("5", 1, 1), ("5", 1, 1),
     ("", 1, 1)],
    [("效益指标", 2, 1), ("社会效益指标", 1, 1), ("生活垃圾分类收运覆盖率", 1, 1), ("≥95%", 1, 1), ("96%", 1, 1),
     ("20", 1, 1), ("20", 1, 1), ("", 1, 1)],
    [("生态效益指标", 1, 1), ("垃圾无害化处理率", 1, 1), ("≥98%", 1, 1), ("97%", 1, 1), ("10", 1, 1), ("9", 1, 1),
     ("部分偏远村组清运频次不足，\n将增加清运班次", 1, 1)],
    [("满意度指标", 1, 1), ("服务对象满意度指标", 1, 1), ("群众满意度", 1, 1), ("≥90%", 1, 1), ("93%", 1, 1),
     ("10", 1, 1), ("10", 1, 1), ("", 1, 1)],
    [("总分", 1, 6), ("100", 1, 1), ("98.07", 1, 1), ("优", 1, 1)],
]


def placed(form: list[list[tuple[str, int, int]]]) -> list[tuple[int, int, int, int, str]]:
    """Each cell as (row, column, rowspan, colspan, text), columns counted past cells merged from above."""
    taken: set[tuple[int, int]] = set()
    cells = []
    for r, row in enumerate(form):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            cells.append((r, c, rowspan, colspan, text))
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
    return cells


def form_grid() -> list[list[str]]:
    """The grid every reader should give: each merged cell's text in every cell it covers, a line
    break inside a cell read as a space."""
    width = max(c + cs for _, c, _, cs, _ in placed(FORM))
    grid = [[""] * width for _ in FORM]
    for r, c, rowspan, colspan, text in placed(FORM):
        for dr in range(rowspan):
            for dc in range(colspan):
                grid[r + dr][c + dc] = text.replace("\n", " ")
    return grid


def form_docx(path: Path) -> Path:
    """The same page content as a Word file: title, subtitle, the form with merged cells, the lines after it."""
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(SUBTITLE)
    table = document.add_table(rows=len(FORM), cols=len(form_grid()[0]))
    for r, c, rowspan, colspan, text in placed(FORM):
        cell = table.cell(r, c)
        if rowspan > 1 or colspan > 1:
            cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
        first, *more = text.split("\n")
        cell.paragraphs[0].text = first
        for line in more:
            cell.add_paragraph(line)
    for line in AFTER_FORM:
        document.add_paragraph(line)
    document.save(str(path))
    return path


_BOUNDARY = "----MultipartBoundary--Qh7Kx0bTgW2mNnZ3eS8yV1cR5dLfA9uJ----"
_URL = "http://www.qinghe.example/zwgk/czyjs/202404/t20240428_0087.html"
_PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode("ascii")


def chrome_mhtml(html: bytes) -> bytes:
    """An archive as Chrome saves it: the page quoted-printable (no charset on the part, the page's own
    meta says it), then its stylesheet and a picture."""
    page = quopri.encodestring(html).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {_URL}\r\n"
        "Subject: =?utf-8?Q?=E9=9D=92=E7=A6=BE=E5=8E=BF?=\r\n"
        "Date: Sun, 28 Apr 2024 10:12:03 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        "\ttype=\"text/html\";\r\n"
        f"\tboundary=\"{_BOUNDARY}\"\r\n\r\n\r\n"
        f"--{_BOUNDARY}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-7D1B0C5E@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {_URL}\r\n\r\n"
        f"{page}\r\n"
        f"--{_BOUNDARY}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: http://www.qinghe.example/css/common.css\r\n\r\n"
        "@charset \"utf-8\";\r\n.zoom p { line-height: 2; }\r\n"
        f"--{_BOUNDARY}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.qinghe.example/images/logo.png\r\n\r\n"
        f"{_PNG}\r\n"
        f"--{_BOUNDARY}--\r\n"
    ).encode("ascii")


def ie_mht(html: bytes, charset: str) -> bytes:
    """An archive as Internet Explorer saves it: the page base64-encoded, its charset on the MIME part."""
    body = base64.encodebytes(html).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_NextPart_000_0000_01DA9A1C.5E2B7F40"
    return (
        "From: <Saved by Windows Internet Explorer 8>\r\n"
        "Subject: \r\n"
        "Date: Wed, 12 Jun 2024 16:40:11 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{boundary}\r\n"
        f"Content-Type: text/html;\r\n\tcharset=\"{charset}\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.songlin.example/zwgk/jxpj/2024/0612/123.html\r\n\r\n"
        f"{body}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")
