# ruff: noqa: E501
"""Write the PDF-text shapes: invented 自评表 forms as Word files, their PDFs (LibreOffice) and the PDFs' text
as `pdftotext -layout`, plain `pdftotext` and pdfplumber give it.

Run from the worktree root: .venv/bin/python tests/data/pdftext/make_pdftext.py
Every unit, person and figure is invented. Narrow columns make labels and cells wrap as published PDFs do.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FONTS = HERE.parents[2] / "src" / "jixiao" / "writers" / "fonts.conf"

Rows = list[list[str]]

# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
P1 = [
    ("产出指标", "数量指标", "农村公路养护里程", "≥260公里", "268公里", "10", "10", ""),
    ("产出指标", "数量指标", "危桥改造座数", "6座", "6座", "10", "10", ""),
    ("产出指标", "质量指标", "养护工程验收合格率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "养护资金拨付及时率", "≥95%", "92%", "10", "9.5", "部分标段结算资料报送滞后"),
    ("产出指标", "成本指标", "每公里养护成本", "≤1.2万元", "1.16万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "群众出行条件改善村数", "≥40个", "43个", "15", "15", ""),
    ("效益指标", "可持续影响指标", "公路优良中等路率", "≥85%", "87.3%", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.6%", "10", "10", ""),
]

P2 = [
    ("产出指标", "数量指标", "家庭医生签约服务覆盖人数", "≥4.2万人", "4.31万人", "10", "10", ""),
    ("产出指标", "数量指标", "慢性病患者规范管理人数", "≥6800人", "6912人", "10", "10", ""),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "61.8%", "10", "9", "山区患者随访次数不足"),
    ("产出指标", "时效指标", "补助资金按季度拨付率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "91.2%", "20", "20", ""),
    ("效益指标", "可持续影响指标", "乡镇卫生院服务能力达标率", "≥80%", "82%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "92.5%", "10", "10", ""),
]


def _doc() -> object:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


def _grid(d: object, rows: Rows, widths: list[float], merges: list[tuple[int, int, int, int]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(widths))  # type: ignore[attr-defined]
    t.style = "Table Grid"
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = Cm(widths[j])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            if v:
                cell.text = v
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(9)
    for r0, c0, r1, c1 in merges:
        text = rows[r0][c0]
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        m.text = text
        for run in m.paragraphs[0].runs:
            run.font.size = Pt(9)


def _form(title: str, year: str, name: str, dept: str, unit: str, money: list[str], rows: list[tuple[str, ...]],
          total: str, widths: list[float]) -> bytes:
    """One 10-column project form as the 2020 central template lays it out."""
    d = _doc()
    d.add_paragraph(title)
    d.add_paragraph(f"（{year}年度）")
    ini, adj, exe, rate, score = money
    grid: Rows = [
        ["项目名称", name, "", "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "", ""],
        ["", "年度资金总额", ini, adj, exe, "10", rate, score, "", ""],
        ["", "其中：当年财政拨款", ini, adj, exe, "—", "—", "—", "", ""],
        ["", "上年结转资金", "0", "0", "0", "—", "—", "—", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "", ""],
    ]
    merges = [(0, 1, 0, 9), (1, 1, 1, 4), (1, 6, 1, 9), (2, 0, 2, 1), (3, 0, 5, 0), (2, 7, 2, 9), (3, 7, 3, 9),
              (4, 7, 4, 9), (5, 7, 5, 9), (6, 7, 6, 9)]
    for r in rows:
        i = len(grid)
        grid.append([*r, "", ""])
        merges.append((i, 7, i, 9))
    i = len(grid)
    grid.append(["总分", "", "", "", "", "100", total, "", "", ""])
    merges += [(i, 0, i, 4), (i, 7, i, 9)]
    _grid(d, grid, widths, merges)
    buf = io.BytesIO()
    d.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


FORMS = {
    "p1-road-maintenance": lambda: _form(
        "项目支出绩效自评表", "2023", "农村公路日常养护及危桥改造项目", "青岚县交通运输局", "青岚县公路养护中心",
        ["318.60", "342.50", "327.14", "95.51%", "9.55"], P1, "99.05",
        [1.5, 1.7, 2.0, 1.5, 1.5, 1.1, 1.3, 1.4, 1.2, 1.2]),
    "p2-family-doctor": lambda: _form(
        "项目支出绩效自评表", "2024", "基层医疗卫生机构家庭医生签约服务补助项目", "石门河区卫生健康局", "石门河区基层卫生服务中心",
        ["86.40", "92.80", "90.35", "97.36%", "9.74"], P2, "98.74",
        [1.4, 1.4, 1.8, 1.3, 1.3, 1.0, 1.1, 1.3, 1.0, 1.0]),
}


def to_pdf(docx: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FONTCONFIG_FILE=str(FONTS)) if FONTS.exists() else None
        soffice = shutil.which("soffice")
        if soffice is None:
            raise SystemExit("soffice not found")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True, env=env)
    return out / (docx.stem + ".pdf")


def texts(pdf: Path) -> dict[str, str]:
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    plain = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    with pdfplumber.open(pdf) as doc:
        plumber = "\n".join(p.extract_text() or "" for p in doc.pages)
    return {"layout": layout, "plain": plain, "plumber": plumber}


KEPT = ("layout", "plumber")  # shapes kept as fixtures; plain pdftotext (text in column blocks) is not read yet


def main(out: Path = HERE) -> None:
    """Each form's .docx and text shapes into ``out`` (the fixtures' folder: the kept shapes only, no PDF)."""
    for name, make in FORMS.items():
        docx = out / f"{name}.docx"
        docx.write_bytes(make())
        with tempfile.TemporaryDirectory() as tmp:
            pdf = to_pdf(docx, Path(tmp) if out == HERE else out)
            for shape, text in texts(pdf).items():
                if shape in KEPT or out != HERE:
                    (out / f"{name}.{shape}.txt").write_text(text.replace("\f", "\n"), encoding="utf-8")


if __name__ == "__main__":
    import sys

    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
