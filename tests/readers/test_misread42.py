"""Readings the last stop left wrong (misread-42): invented snippets, each reading test failing on the reader
before; the others guard what must stay."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page, read_saved
from test_trust43 import HEAD, PART, PARTS

_PROJECT_HEAD = "某县某某局2023年度某某道路养护项目支出绩效自评报告\n一、项目基本情况\n"


def _budget(sentence: str) -> tuple[Decimal | None, Decimal | None]:
    read = read_page(_PROJECT_HEAD + sentence + "全年实际支出46.20万元，预算执行率95.06%。\n")
    return read.budget.initial, read.budget.adjusted


def test_an_addition_to_an_initial_budget_of_nothing_is_the_years_budget() -> None:
    assert _budget("该项目年初预算为0,年中追加安排资金48.60万元，") == (Decimal(0), Decimal("48.60"))
    read = read_page(_PROJECT_HEAD + "该项目年初预算为0,年中追加安排资金48.60万元，全年实际支出46.20万元。\n")
    assert read.provenance["budget.adjusted"].guessed


def test_no_initial_budget_arranged_is_an_initial_budget_of_nothing() -> None:
    assert _budget("该项目年初未安排预算，年中追加48.60万元，") == (Decimal(0), Decimal("48.60"))
    assert _budget("该项目年初未安排预算，2023年8月县财政局追加下达资金48.60万元，") == (Decimal(0), Decimal("48.60"))


def test_an_adjusted_budget_after_an_initial_budget_of_nothing_stays() -> None:
    assert _budget("该项目年初预算为0,调整预算48.60万元，") == (Decimal(0), Decimal("48.60"))


def test_an_addition_with_another_change_in_its_sentence_is_not_the_whole() -> None:
    initial, adjusted = _budget("该项目年初预算为0,年中追加安排资金48.60万元，年底收回2.00万元，")
    assert initial == Decimal(0) and adjusted != Decimal("48.60")
    initial, adjusted = _budget("该项目年初预算为0,年中追加安排资金30万元、年底追加18.60万元，")
    assert initial == Decimal(0) and adjusted != Decimal("30")


def test_projects_without_an_initial_budget_described_are_no_zero() -> None:
    read = read_page("某县某某局2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                     "2023年部门全年预算800万元,全年执行780万元。年初未安排预算的项目,年中追加安排50万元。\n")
    assert read.budget.initial is None and read.budget.adjusted == Decimal("800.00")


_FORM_ROWS = ["2023年度项目支出绩效自评表",
              "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
              "年度资金总额\t120.00\t120.00\t114.60\t10\t95.50%\t9.55",
              "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
              "产出指标\t数量指标\t养护道路里程\t≥80公里\t82公里\t50\t50",
              "效益指标\t社会效益指标\t通行条件改善\t明显改善\t明显改善\t40\t38",
              "总分\t\t\t\t\t100\t97.55"]
_CLOSING = ["存在的问题", "部分路段养护质量不稳", "改进措施", "加快建立巡查制度", "下一步工作打算", "继续做好养护工作"]


def _closing_report(closing: list[str]) -> list[str]:
    return ["某县公路养护中心2023年度某县农村道路养护项目支出绩效自评报告", "项目基本情况",
            "本项目由某县公路养护中心实施。", "绩效目标完成情况", *_FORM_ROWS, *closing]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_short_sections_under_bare_headings_after_a_form_are_kept(tmp_path: Path, suffix: str) -> None:
    """Bare 存在的问题 / 改进措施 lines after a form, each over one short unpunctuated line: the flat reader pairs
    each with its line as a form's closing row; such a row is the section's text, whatever its length."""
    lines = _closing_report(_CLOSING)
    text = "\n".join(lines) + "\n" if suffix == ".txt" else (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title></head><body>\n"
        + "\n".join(f"<p>{line}</p>" for line in lines) + "\n</body></html>\n")
    read = read_saved(tmp_path, text, "report" + suffix)
    assert (read.sections.problems, read.sections.measures) == ("部分路段养护质量不稳", "加快建立巡查制度")
    assert read.stated_total == Decimal("97.55")


def test_a_closing_label_over_another_label_is_no_section() -> None:
    read = read_page("\n".join(_closing_report(["存在的问题", "改进措施", "加快建立巡查制度"])) + "\n")
    assert read.sections.problems is None
    listed = read_page("\n".join(_closing_report(["整改清单", "存在问题 | 整改措施", "巡检记录不完整 | 建立巡检台账"]))
                       + "\n")  # (a 整改 list's header: no 存在问题 text "整改措施")
    assert listed.sections.problems is None


def _signed(signer: str, commission: str = "") -> tuple[str | None, bool]:
    read = read_page("2023年度某某道路养护项目支出绩效自评报告\n一、项目基本情况\n" + commission
                     + "项目全年预算50万元，实际支出48万元，预算执行率96%。\n二、自评结论\n自评得分92分。\n"
                     + signer + "\n2024年3月15日\n")
    source = read.provenance.get("unit.name")
    return read.unit.name, bool(source and source.guessed)


def test_an_audit_firms_branch_or_other_legal_form_signing_is_no_unit() -> None:
    assert not _signed("某某会计师事务所（特殊普通合伙）某某分所")[0]
    assert not _signed("某某会计师事务所有限责任公司")[0]
    assert not _signed("某某会计师事务所（特殊普通合伙）")[0]
    assert not _signed("某某工程咨询有限责任公司")[0]


_COMMISSIONED = "受某县财政局委托，我中心对该项目开展了绩效评价。\n"


@pytest.mark.parametrize("signer", ["某某工程咨询中心", "某某绩效评估中心", "某某财经研究院"])
def test_a_commissioned_centre_or_institute_signing_is_no_unit(signer: str) -> None:
    assert not _signed(signer, _COMMISSIONED)[0]


@pytest.mark.parametrize("signer", ["某某工程咨询中心", "某县农业科学研究院"])
def test_a_centre_or_institute_signing_with_no_commission_told_is_the_unit_guessed(signer: str) -> None:
    assert _signed(signer) == (signer, True)


def test_a_bureau_signing_is_still_its_unit_for_sure() -> None:
    assert _signed("某县水利局", _COMMISSIONED) == ("某县水利局", False)


def _sections_of_offices_and_a_station(title: str, offices: str) -> tuple[Decimal | None, int | None]:
    head = HEAD.replace("某县农业农村局2024", title + "2024")
    offices_part = PART.format(n="一", name=offices, staff=52, actual=49, initial="1310.00", adjusted="1388.40",
                               executed="1352.16", rate="97.39%")
    read = read_page(head + offices_part + PARTS[1] + "## 三、自评结论\n\n自评得分96.20分，等级为优。\n")
    return read.budget.adjusted, read.unit.staff_establishment


@pytest.mark.parametrize(("title", "offices"), [("某县农业农村局（本级）", "机关本级"),
                                                ("某县农业农村局本级", "机关本级"), ("某县农业农村局机关", "局机关")])
def test_the_own_offices_section_of_a_unit_that_is_its_offices_is_the_whole(title: str, offices: str) -> None:
    """The unit evaluated is the department's own offices (本级 / 机关 in its name): their section is the whole's
    (before, "机关本级" under "某局（本级）" was muted as a part's)."""
    assert _sections_of_offices_and_a_station(title, offices) == (Decimal("1388.40"), 52)


def test_the_own_offices_section_in_a_departments_report_is_still_a_part() -> None:
    """"某县农业农村局" told as 局机关 and a station, no whole's section: the offices are one part of the department;
    their figures state no department's budget."""
    assert _sections_of_offices_and_a_station("某县农业农村局", "局机关") == (None, None)


def _sections_as_pipe_tables(second: str, whole: str = "") -> tuple[Decimal | None, Decimal | None]:
    def table(initial: str, adjusted: str) -> str:
        return f"项目 | 年初预算数 | 全年预算数 | 全年执行数\n合计 | {initial} | {adjusted} | 300.00\n"

    read = read_page("某县某某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本局内设3个股室。\n"
                     "二、预算执行情况\n（一）局机关\n" + table("300.00", "320.00")
                     + f"（二）{second}\n" + table("100.00", "110.00")
                     + (f"（三）{whole}\n" + table("400.00", "430.00") if whole else "")
                     + "三、存在的问题\n支付偏慢。\n")
    return read.budget.initial, read.budget.adjusted


def test_a_numbered_part_heading_between_two_tables_of_one_header_is_no_piece_of_a_row() -> None:
    """"（二）某县某某站" between two tables opening on the same header: a heading over the second, no piece of a row
    a page break split (before, it went to the front of the second table's row, "（二）某县某某站合计", so no
    second part was seen and the offices' table gave the department's budget; with a "（三）部门合计" table the
    offices' figures were read over the whole's)."""
    assert _sections_as_pipe_tables("某县某某站") == (None, None)
    assert _sections_as_pipe_tables("某县某某站", "部门合计") == (Decimal("400.00"), Decimal("430.00"))


def test_the_bodies_told_together_are_a_part_beside_the_own_offices() -> None:
    assert _sections_as_pipe_tables("下属单位") == (None, None)


def _two_columns_over_a_form(left_last: str) -> list[tuple[int, str]]:
    from jixiao.readers.page_layout import Line
    from jixiao.readers.pdf_columns import set_columns

    def lines(texts: list[str], x0: float, x1: float, top: float) -> list[Line]:
        return [Line(text, x0, x1, top + 20 * k, (top + 20 * k) / 800, 12, 1, k) for k, text in enumerate(texts)]

    left = ["一、项目基本情况", "本项目由某县公路养护中心实", "施，全年预算120.00万元，",
            "主要用于农村道路日常养护，", "全年实际支出", left_last]
    right = ["二、绩效目标完成情况", "全年养护道路82公里，养护", "合格率96%，群众满意度92%，",
             "各项目标均已完成。", "三、存在的问题：无。"]
    page = (lines(left, 90, 290, 100) + lines(right, 317, 520, 100)
            + lines(["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
                     "产出指标 数量指标 养护道路里程 ≥80公里 82公里 50 50",
                     "效益指标 社会效益指标 通行条件改善 明显改善 明显改善 40 38"], 90, 520, 240))
    set_columns(page, 612)
    return [(line.column, line.text) for line in page]


def test_a_left_columns_last_line_ending_on_a_tables_mention_stays_in_its_column() -> None:
    """"…，详见下表" under the right column's last line goes on the left column's sentence ("全年实际支出" /
    "114.60万元，…"): no caption of the form below (before, it was read after the right column, its figures parted
    from their words)."""
    order = _two_columns_over_a_form("114.60万元，执行率95.50%，详见下表")
    texts = [text for _, text in order]
    assert texts.index("114.60万元，执行率95.50%，详见下表") == texts.index("全年实际支出") + 1


@pytest.mark.parametrize("caption", ["2023年度项目支出绩效自评表", "附表：项目支出绩效自评表", "表2 绩效指标完成情况"])
def test_a_forms_caption_under_the_columns_is_still_read_with_the_form(caption: str) -> None:
    order = _two_columns_over_a_form(caption)
    assert order[-4] == (3, caption)


def test_a_blocks_row_said_again_after_a_page_mark_is_no_running_title() -> None:
    """"小计 | 20 | 20" after "第 2 页 共 3 页", the same as the block's above: a row (before, it was blanked as the
    page's running title); the page mark is still blanked."""
    from jixiao.readers.row_page_headers import without_row_page_headers

    rows = ["| 决策 | 项目立项 | 立项依据充分性 | 10 | 10 |", "| 决策 | 绩效目标 | 绩效目标合理性 | 10 | 10 |",
            "小计 | 20 | 20", "| 过程 | 资金管理 | 预算执行率 | 10 | 10 |",
            "| 过程 | 组织实施 | 管理制度健全性 | 10 | 10 |", "第 2 页 共 3 页", "小计 | 20 | 20",
            "| 产出 | 产出数量 | 养护道路里程 | 40 | 38 |"]
    assert without_row_page_headers("\n".join(rows)).split("\n")[5:7] == ["", "小计 | 20 | 20"]
    titled = ["某县某某局绩效自评报告", *rows[:5], "第 2 页 共 3 页", "某县某某局绩效自评报告", *rows[7:]]
    assert without_row_page_headers("\n".join(titled)).split("\n")[6:8] == ["", ""]
