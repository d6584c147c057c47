"""Traditional characters (OpenCC) and pinyin copied after characters, normalised once for every
reader's Document."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_any
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.report import read_document
from jixiao.readers.textnorm import has_traditional, normalise_document, strip_ruby, to_simplified


@pytest.mark.parametrize(("text", "expected"), [
    ("項(xiàng)目預(yù)算", "項目預算"),
    ("績（jì）效", "績效"),
    ("項目資金(xiàng mù zī jīn)", "項目資金"),
    ("萬(wàn)元", "萬元"),
    ("導(dǎo)讀", "導讀"),
])
def test_pinyin_after_a_character_is_dropped(text: str, expected: str) -> None:
    assert strip_ruby(text) == expected


@pytest.mark.parametrize("text", [
    "项目资金(2021年)", "资金(万元)", "（一）基本情况", "指标(PPP)", "的(de)", "A(xiàng)", "GDP(ǎ", "合计(xiàng"])
def test_real_brackets_stay(text: str) -> None:
    assert strip_ruby(text) == text


def test_traditional_only_characters_decide_not_shared_ones() -> None:
    assert has_traditional("項目預算萬元績效")
    assert not has_traditional("乾县人民政府著作权")  # 乾 and 著 are simplified text too
    assert not has_traditional("某县卫生健康委员会2024年度≥95% •")
    assert to_simplified("乾县人民政府") == "乾县人民政府"  # never run through the converter
    assert to_simplified("乾縣人民政府項目預算萬元") == "乾县人民政府项目预算万元"


def test_one_pass_over_paragraphs_cells_and_metadata() -> None:
    document = Document("x.html", [Paragraph("項(xiàng)目支出績效自評報告", "第1段"),
                                   Table([["年初預算數", "(萬元)", "乾县"]], "表1")],
                        metadata={"發布機構": "某縣財政局"})
    out = normalise_document(document)
    assert out.blocks == [Paragraph("项目支出绩效自评报告", "第1段"), Table([["年初预算数", "(万元)", "乾县"]], "表1")]
    assert out.metadata == {"发布机构": "某县财政局"}
    assert out.warnings == ["x.html：文中有繁体字，已按 OpenCC 转为简体后读取（5处）"]


def test_simplified_document_is_returned_untouched() -> None:
    document = Document("x.txt", [Paragraph("乾县项目支出绩效自评报告（2024年度）", "第1行")])
    assert normalise_document(document) is document


def test_a_traditional_text_report_reads_like_the_simplified_one(tmp_path: Path) -> None:
    body = ("某縣衛生健康委員會2024年度部門整體支出績(jì)效自評報告\n一、基本情況\n"
            "2024年度全年預(yù)算1,200.00萬(wàn)元，全年執行1,150.00萬元，預算執行率95.83%。\n"
            "二、績效指標完成情況\n1.疫苗接種率（20分）：年度指標值≥95%，實際完成97%，得20分。\n"
            "經自評，綜合得分95分，評價等級為優。\n")
    path = tmp_path / "fanti.txt"
    path.write_text(body, encoding="utf-8")
    result = read_any(path)
    evaluation = result.evaluation
    assert evaluation.unit.name == "某县卫生健康委员会"
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("1200.00"), Decimal("1150.00"))
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [("疫苗接种率", 20, 20)]
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal(95), "优")
    assert any("繁体字" in w for w in result.warnings)
    assert read_document(path).paragraphs[0].text == "某县卫生健康委员会2024年度部门整体支出绩效自评报告"
