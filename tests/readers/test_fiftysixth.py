"""Shapes of the fifty-sixth set (docs/reader-corpora/fiftysixth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.other_scripts import without_other_script


def _read(tmp_path: Path, name: str, text: str) -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_system_csv_export_in_sections_of_their_own_widths(tmp_path: Path) -> None:
    """A budget system's CSV export: label rows of two fields, bracketed section lines, a money table of seven and an
    indicator table of eight fields, no row padded to one width (before, no width held most rows: nothing was read)."""
    rows = ["【基本信息】", "项目名称,某某灌区维修工程", "主管部门,某县水利局", "实施单位,某县灌区管理所", "",
            "【资金情况】,单位：万元", "资金类别,年初预算数,全年预算数,全年执行数,分值,执行率,得分",
            "年度资金总额,200.00,210.00,205.80,10,98.00%,9.80", "",
            "【绩效指标】", "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施",
            "产出指标,数量指标,维修渠道长度,≥12公里,12.5公里,30,30,",
            "产出指标,质量指标,工程验收合格率,100%,100%,20,20,",
            "效益指标,社会效益指标,改善灌溉面积,≥0.8万亩,0.78万亩,30,29.25,部分渠段未通水",
            "满意度指标,服务对象满意度指标,灌区农户满意度,≥90%,93%,10,10,",
            "总分,,,,,100,99.05,优", "", "【自评结论】", "自评总分,99.05", "导出时间,2025-05-12 10:31:05"]
    evaluation = _read(tmp_path, "export.csv", "\ufeff" + "\r\n".join(rows) + "\r\n")
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县灌区管理所"
    assert (evaluation.budget.initial, evaluation.budget.executed) == (Decimal("200.00"), Decimal("205.80"))
    scored = {i.name: i.stated_score for i in evaluation.indicators}
    assert scored["改善灌溉面积"] == Decimal("29.25")
    assert evaluation.stated_total == Decimal("99.05")


def test_prose_with_figures_in_yuan_is_no_csv() -> None:
    """Prose whose amounts carry separators ("1,234.50万元") keeps its lines: a full stop outside quotes is prose."""
    from jixiao.readers.csv_rows import csv_rows
    text = "\n".join(["年初预算1,234.50万元，全年预算1,300.00万元，执行1,288.10万元，执行率99.08%。"] * 6)
    assert csv_rows(text) == text


def test_translation_beside_the_chinese_is_left_out() -> None:
    """A bilingual cell or line: the Uyghur, Tibetan or Korean words are dropped, a line wholly in them too; the
    Chinese and its figures stay ("2025년 3월 2일　2025年3月2日" keeps its Chinese date)."""
    assert without_other_script("年度指标值\nيىللىق كۆرسەتكۈچ") == "年度指标值"
    assert without_other_script("优　ئەلا") == "优"
    assert without_other_script("གཅིག  གཞི་རྩའི་གནས་ཚུལ།\n一、基本情况") == "一、基本情况"
    assert without_other_script("2025년 3월 2일　　2025年3月2日") == "2025年3月2日"
    assert without_other_script("某某局2024年度绩效自评报告") == "某某局2024年度绩效自评报告"


def test_bilingual_label_cells_of_a_saved_page(tmp_path: Path) -> None:
    """A page whose header cells carry the Uyghur under the Chinese ("年度指标值<br>…"): the columns are the
    form's and the grade cell "优　ئەلا" is 优 (before, the grade went unread; on the set's page every target did
    too)."""
    uy = "<br/><span dir=\"rtl\">{}</span>"
    head = [("一级指标", "بىرىنچى"), ("二级指标", "ئىككىنچى"), ("三级指标", "ئۈچىنچى"),
            ("年度指标值", "يىللىق قىممەت"),
            ("实际完成值", "ئەمەلىي قىممەت"), ("分值", "نومۇر"), ("得分", "ئالغان نومۇر"),
            ("偏差原因分析及改进措施", "پەرق سەۋەبى")]
    rows = ["<tr>" + "".join(f"<td>{c}{uy.format(u)}</td>" for c, u in head) + "</tr>",
            "<tr><td>产出指标</td><td>数量指标</td><td>新修便民桥座数</td><td>≥6座</td><td>6座</td><td>50</td><td>50</td>"
            "<td></td></tr>",
            "<tr><td>效益指标</td><td>社会效益指标</td><td>受益群众人数</td><td>≥3000人</td><td>2900人</td><td>50</td>"
            "<td>48.33</td><td>两个村未通路</td></tr>",
            f"<tr><td colspan=\"5\">总分{uy.format('ئومۇمىي نومۇر')}</td><td>100</td><td>98.33</td>"
            "<td>优　<span dir=\"rtl\">ئەلا</span></td></tr>"]
    html = ("<html><head><meta charset=\"utf-8\"></head><body><h1>某县某某中心2024年度便民桥建设项目绩效自评表</h1>"
            "<h2 dir=\"rtl\">ناھىيەلىك مەركەز 2024-يىللىق دوكلات</h2><table border=\"1\">" + "".join(rows)
            + "</table></body></html>")
    evaluation = _read(tmp_path, "page.html", html)
    target = {i.name: i.target for i in evaluation.indicators}["新修便民桥座数"]
    assert target is not None and target.value == Decimal("6") and target.unit == "座"
    assert evaluation.stated_grade == "优"


def test_staff_traits_after_the_total_are_no_parts(tmp_path: Path) -> None:
    """"实有在职人员27人，其中少数民族干部19人、女性干部10人": traits counted across the staff, which overlap; no
    parts, and no staff sum to find wrong (before, three parts summing to 31 raised STAFF_SUM_MISMATCH)."""
    evaluation = _read(tmp_path, "report.txt", (
        "某县某某局2024年度部门整体支出绩效自评报告\n一、基本情况\n"
        "本局核定编制30名，年末实有在职人员27人，其中少数民族干部19人、女性干部10人、援藏干部2人。\n"
        "二、预算执行情况\n2024年年初预算500.00万元，全年预算520.00万元，全年支出509.60万元，预算执行率98.00%。\n"))
    assert evaluation.unit.staff_total == 27
    assert evaluation.unit.staff_parts == []
    assert "STAFF_SUM_MISMATCH" not in {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}


def test_parts_that_add_up_stay_parts(tmp_path: Path) -> None:
    """"其中男性15人、女性12人" adds up to the 27: a split of the staff, kept."""
    evaluation = _read(tmp_path, "report.txt", (
        "某县某某局2024年度部门整体支出绩效自评报告\n"
        "本局年末实有在职人员27人，其中男性15人、女性12人。\n"
        "2024年年初预算500.00万元，全年预算520.00万元，全年支出509.60万元，预算执行率98.00%。\n"))
    assert [p.count for p in evaluation.unit.staff_parts] == [15, 12]


def test_counts_spelled_in_words_in_value_cells() -> None:
    """A form's value cells writing their counts in words ("不少于二十场", "二十三场", "两个"): read as figures with
    their bound and unit (before, no value at all); words that are no count ("一流", "百年") stay text."""
    from jixiao.readers.extract.values import parse_actual, parse_target
    assert parse_target("不少于二十场") == {"comparator": "≥", "value": Decimal("20"), "unit": "场"}
    assert parse_actual("二十三场") == {"value": Decimal("23"), "unit": "场"}
    assert parse_actual("两个") == {"value": Decimal("2"), "unit": "个"}
    assert parse_target("不少于一百五十人")["value"] == Decimal("150")  # type: ignore[index]
    assert parse_actual("一流") == {"text": "一流"}
    assert parse_target("百年") == {"text": "百年"}
