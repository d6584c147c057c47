"""Shapes of the sixty-sixth set (docs/reader-corpora/sixtysixth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved

from jixiao.readers.other_scripts import english_glossed, without_english_gloss


def _html(rows: list[list[str]], before: str = "", after: str = "") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<html><head><meta charset="utf-8"></head><body><p>{before}</p>'
            f'<table border="1">{cells}</table><p>{after}</p></body></html>')


def test_labels_and_headers_glossed_in_english(tmp_path: Path) -> None:
    """Label and header cells with an English gloss after the Chinese (项目名称<br>Project Name): read by their
    Chinese (before, the glossed labels and the 偏差原因 header were not recognised)."""
    rows = [["项目名称<br>Project Name", "2024年某县临时救助资金"],
            ["主管部门<br>Competent Department", "某县民政局", "实施单位<br>Implementing Unit", "某县民政局"],
            ["一级指标<br>Level 1", "二级指标<br>Level 2", "三级指标<br>Indicator", "年度指标值<br>Target",
             "实际完成值<br>Actual", "分值<br>Weight", "得分<br>Score", "偏差原因分析及改进措施<br>Deviation"],
            ["产出指标", "数量指标", "临时救助人次", "≥600人次", "575人次", "50", "46", "部分申请人不符合条件"],
            ["满意度指标", "服务对象满意度指标", "受助对象满意度", "≥90%", "94%", "50", "50", ""]]
    evaluation = read_saved(tmp_path, _html(rows, "某县临时救助资金项目支出绩效自评表 Self-evaluation Form"),
                            "report.html")
    assert evaluation.project is not None and evaluation.project.name == "2024年某县临时救助资金"
    assert evaluation.unit.supervising_department == "某县民政局"
    assert by_name(evaluation)["临时救助人次"].deviation_note == "部分申请人不符合条件"


def test_a_stray_english_word_is_no_gloss() -> None:
    """Acronyms and a single English word in a Chinese report stay: only a document glossing three times is
    bilingual."""
    assert not english_glossed(["采购 LED 显示屏两块", "PPP项目", "使用 Excel 汇总"])
    assert english_glossed(["分值 Weight", "得分 Score", "合计 Total"])
    assert without_english_gloss("项目资金（万元） Funds (10,000 yuan)") == "项目资金（万元）"
    assert without_english_gloss("采购 LED 显示屏") == "采购 LED 显示屏"


def test_grade_told_by_a_tick_in_the_band_table(tmp_path: Path) -> None:
    """No grade word beside the total; a band table under the form ticks the band the score falls in: that is the
    stated grade (before, none was read)."""
    form = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "某疫苗接种人次", "≥900人次", "880人次", "60", "52.5"],
            ["满意度指标", "服务对象满意度指标", "某群众满意度", "≥85%", "88%", "40", "40"],
            ["合计", "", "", "", "", "100", "92.5"]]
    bands = [["分数段", "等级", "本项目"], ["90（含）-100分", "优", ""], ["80（含）-90分", "良", "√"],
             ["60（含）-80分", "中", ""], ["60分以下", "差", ""]]
    page = _html(form, "某县卫生健康局2023年度某公共卫生项目支出绩效自评表").replace(
        "</body>", _html(bands).split("<body>")[1].replace("</body></html>", "") + "</body>")
    evaluation = read_saved(tmp_path, page, "report.html")
    assert evaluation.stated_total == Decimal("92.5")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "良"
