"""Field-level accuracy of the reader on twenty-three corpora of realistic reports, written by different
hands at different times: ``redteam`` (35 reports; the reader was tuned on it), then ``holdout``
(22), ``fresh`` (24), ``fourth`` (18), ``fifth`` (30, in the shapes real published reports take),
``sixth`` (17), ``seventh`` (15), ``eighth`` (16), ``ninth`` (10), ``tenth`` (8 whole-unit reports), ``eleventh``
(10 project reports), ``twelfth`` (12), ``thirteenth`` (10 prose-led reports), ``fourteenth`` (11 flattened
real-style forms; the last nine in shapes none of the earlier sets covered, each run once before any fix: 69.03 %,
70.67 %, 83.85 %, 73.55 %, 97.16 %, 98.86 %, 82.67 %, 74.54 % and 88.90 %), ``fifteenth`` (10 authored reports
by a fresh hand, first run 89.72 %), ``sixteenth`` (12 ordinary authored reports by a fresh hand, first run
87.33 %), ``seventeenth`` (10 ordinary authored reports by a fresh hand, first run 96.62 %), ``eighteenth``
(12 ordinary authored reports by a fresh hand, first run 95.73 %; fixed by the same hand from its write-up's causes
after the first run was committed) and ``nineteenth`` (10 ordinary authored reports by a fresh hand, first run
90.26 %; fixed the same way) and ``twentieth`` (12 authored reports by a fresh hand in shapes none of the others
uses, first run 96.47 %; fixed the same way) and ``twentyfirst`` (12 authored reports by a fresh hand in shapes
none of the twenty uses, first run 58.81 %; fixed the same way) and ``twentysecond`` (12 authored reports by a
fresh hand in shapes none of the twenty-one uses, first run 64.05 %; fixed the same way) and ``twentythird`` (12
authored reports by a fresh hand in shapes none of the twenty-two uses, first run 62.64 %; fixed by the same hand
from its write-up's causes after the first run was committed) and ``twentyfourth`` (12 authored reports by a fresh
hand in shapes none of the twenty-three uses, first run 95.68 %; fixed the same way) and ``twentyfifth`` (12
authored prose reports by a fresh hand in a finance office's wordings, first run 59.05 %; fixed the same way) and
``twentysixth`` (12 authored reports by a fresh hand in the 自评表 variants provinces and years use, first run
90.34 %; fixed the same way) and ``twentyseventh`` (12 authored reports by a fresh hand in shapes none of the
twenty-six uses, eight formats, first run 83.37 % with one false error-level finding; fixed the same way) and
``twentyeighth`` (14 authored reports by a fresh hand written in prose and table styles none of the twenty-seven
uses, first run 91.70 % with two false error-level findings; fixed the same way) and ``twentyninth`` (8 authored
reports by a fresh hand in letter, table-per-二级 and score-summary styles, first run 90.49 %; fixed the same way) and
``thirtieth`` (8 authored reports by a fresh hand: small projects in a town's report, spending by quarter or month,
计划 / 实际 sentences, a staff table by category, 扣分 sentences, a form as a picture; first run 89.23 %; fixed the same
way) and ``thirtyfirst`` (8 authored reports by a fresh hand in prose-heavy styles: indicators as clauses, label
lines, 一是 / 二是, actual first, several funding sources; first run 79.40 %; fixed the same way) and ``thirtysecond``
(8 authored reports by a fresh hand in table and form styles: merged 一级 and 二级 with 权重 in %, 收入 / 支出 blocks,
a table split at a page break, 按收入 / 按支出性质分 rows; first run 90.97 %; fixed the same way) and ``thirtythird``
(8 authored reports by a fresh hand in other formats and regional templates: a workbook with the conclusion sheet
first, wrapped PDF cells, a finance bureau page, numbered outlines and cells, two years side by side; first run 85.57
% with three false error-level findings; fixed the same way) and ``thirtyfourth`` (8 authored reports by a fresh hand
of the seed's kind, as other units write them: 同比 clauses, sections merged or reordered, blocks told in prose with
their points, the score table in an annex; first run 94.67 % with one false error-level finding; fixed the same way)
and ``thirtyfifth`` (8 authored whole-unit reports by a fresh hand: a court, a CDC, a hospital, a township …, the
履职效能 / 管理效率 / 社会效应 / 可持续发展 frame, 上年 / 本年 columns, 三公 / 政府采购 figures; first run 96.16 % with
six false error-level findings; fixed the same way)
and ``thirtysixth`` (8 authored project reports by a fresh hand, of project kinds none of the others has: repair works,
a purchased service, subsidies to persons, a bond project over several years; a unit column, fund levels, 扣分
clauses, a signer; first run 87.73 %, no false error-level finding; fixed the same way)
and ``thirtyseventh`` (8 authored reports by a fresh hand, written by a consultancy or a supervising 财政局 for a
unit, and by towns: a 评分表 with 评分标准 in every row, per-一级 summary tables, 元 with separators; first run 99.06 %
with one false error-level finding; fixed the same way)
and ``thirtyeighth`` (6 authored plain-Word reports by a fresh hand: staff tables, units in brackets after the 三级,
a 偏差（%） column, "自评得分：X分（满分100分）"; first run 86.35 %, no false error-level finding; fixed the same way)
and ``thirtyninth`` (8 authored whole-unit reports by a fresh hand: a 公安分局, a 人社局, 部门 over their 二级单位;
full-width digits, 亿元, nested indicator paragraphs, an appended 自评表; first run 97.33 % with two false error-level
findings; fixed the same way)
and ``fortieth`` (8 authored project reports by a fresh hand: an Excel form pasted as tabs, funds by level as columns,
an 指标方向 column, the 10 and the 90 stated apart, a 结转-only project; first run 98.33 % with two false error-level
findings; fixed the same way)
and ``fortyfirst`` (8 authored reports by a fresh hand: a hospital, a college, a 卫生院, a 国企 subsidy, a 协会's
purchased service; ◆ / ▲ / ※ / ● indicator bullets, a split Word table, two numbered lists; first run 83.49 %, no false
error; fixed the same way)
and ``fortysecond`` (8 authored whole-unit reports of the seed's family by a fresh hand: 收支 as category tables,
the seed's numbered prose, prose and a 附表; first run 95.58 %, no false error-level finding; fixed the same way)
and ``fortythird`` (8 authored whole-unit reports of the seed's family by a fresh hand: a finance bureau's cover sheet,
the 自评 inside a 决算, indicators as "名称——目标 / 实际" lines or in tables on their side, bodies and 收支 parts in
brackets; first run 80.28 % with one false error-level finding; fixed the same way)
and ``fortyfourth`` (8 authored project reports by a fresh hand in publishing shapes: tab cells, the Sichuan workbook,
a Word file saved as HTML, a key-value budget grid, a phone article's indicator cards, a two-row money header, a form in
元, two sheets; first run 89.09 %, no false error-level finding; fixed the same way)
and ``fortyfifth`` (8 authored project and whole-unit reports by a fresh hand in the formats a bureau receives: .doc,
.xls, .odt, .mhtml, a photo of a score table, a PDF with a table over two pages; a department's project summary, 元
with 千分位 commas, a 权重 column; first run 99.22 % with one false error-level finding; fixed the same way)
and ``fortysixth`` (8 authored reports a consultancy wrote for eight clients: an .xlsx form on its second sheet, an .rtf
with the scores in prose, a GBK .txt in 元, a nested Word form numbered 1.1.1, a site page with two forms, a scanned
PDF, a 得分率 column; first run 96.17 %, no false error-level finding; fixed the same way)
and ``fortyseventh`` (8 authored reports of a finance bureau's mailbox: a `<div>` grid form with 权重（%）, an .ods of
bounds written every way, a UTF-16 .txt with two years, an .xlsx per project in 元, an .mhtml 自评结论 table, a Word
form on tab stops, a two-column PDF with footnotes, an .odt with no rate; first run 75.41 %, no false error-level
finding; fixed the same way)
and ``lure`` (14 clean authored reports, each built around a shape that can lure a reader or a check into a false
error, first run 96.22 % with eight false error-level findings; none may raise one), each written later in styles the
earlier sets did not use; their failures were fixed from descriptions of the causes, not by reading the files. Run
with ``-s`` to see every mismatch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import (
    ERROR_CODES,
    FROM_THE_DOCUMENT,
    accuracy_report,
    cases,
    errors,
    expected_evaluation,
    load_expected,
    raised,
    report_for,
)

from jixiao.readers import read_any

# corpus → (at least this many reports, minimum field accuracy)
CORPORA = {"redteam": (15, 0.98), "holdout": (20, 0.98), "fresh": (20, 0.98), "fourth": (18, 0.98), "fifth": (30, 0.98),
           "sixth": (17, 0.98), "seventh": (15, 0.98), "eighth": (16, 0.98),
           "ninth": (10, 0.98), "tenth": (8, 0.98), "eleventh": (10, 0.98), "twelfth": (12, 0.98),
           "thirteenth": (10, 0.98), "fourteenth": (11, 0.98), "fifteenth": (10, 0.98), "sixteenth": (12, 0.98),
           "seventeenth": (10, 0.98), "eighteenth": (12, 0.98), "nineteenth": (10, 0.98),
           "twentieth": (12, 0.98), "twentyfirst": (12, 0.98), "twentysecond": (12, 0.98),
           "twentythird": (12, 0.98), "twentyfourth": (12, 0.98), "twentyfifth": (12, 0.98),
           "twentysixth": (12, 0.98), "twentyseventh": (12, 0.98), "twentyeighth": (14, 0.98), "twentyninth": (8, 0.98),
           "thirtieth": (8, 0.98), "thirtyfirst": (8, 0.98), "thirtysecond": (8, 0.98), "thirtythird": (8, 0.98),
           "thirtyfourth": (8, 0.98), "thirtyfifth": (8, 0.98), "thirtysixth": (8, 0.98), "thirtyseventh": (8, 0.98),
           "thirtyeighth": (6, 0.98), "thirtyninth": (8, 0.98), "fortieth": (8, 0.98), "fortyfirst": (8, 0.98),
           "fortysecond": (8, 0.98), "fortythird": (8, 0.98), "fortyfourth": (8, 0.98),
           "fortyfifth": (8, 0.98), "fortysixth": (8, 0.98), "fortyseventh": (8, 0.98),
           "fortyeighth": (8, 0.98), "fortyninth": (8, 0.98), "fiftieth": (8, 0.98), "fiftyfirst": (8, 0.98),
           "fiftysecond": (8, 0.98), "fiftythird": (8, 0.98), "fiftyfourth": (8, 0.98), "fiftyfifth": (8, 0.98),
           "fiftysixth": (8, 0.98), "fiftyseventh": (8, 0.98), "fiftyeighth": (8, 0.98), "fiftyninth": (8, 0.98),
           "sixtieth": (8, 0.98),
           "sixtyfirst": (8, 0.98),
           "sixtysecond": (8, 0.98),
           "sixtythird": (8, 0.98),
           "sixtyfourth": (8, 0.98),
           "sixtyfifth": (8, 0.98),
           "sixtysixth": (8, 0.98),
           "sixtyseventh": (8, 0.98),
           "sixtyeighth": (8, 0.98),
           "sixtyninth": (8, 0.98),
           "seventieth": (8, 0.98),
           "seventyfirst": (8, 0.98),
           "seventysecond": (8, 0.98),
           "seventythird": (8, 0.98),
           "seventyfourth": (8, 0.98),
           "seventyfifth": (8, 0.98),
           "seventysixth": (8, 0.98),
           "seventyseventh": (8, 0.98),
           "seventyeighth": (8, 0.98),
           "seventyninth": (8, 0.98),
           "lure": (14, 0.98)}
# the formats each set must hold: the fifth is real published forms as a reviewer receives them (flattened
# text, saved web pages), the others authored documents
FORMATS = {"fifth": {".txt", ".html", ".htm", ".mhtml"}, "sixth": {".txt", ".docx", ".xlsx", ".html", ".pdf"},
           "seventh": {".txt", ".docx", ".xlsx", ".html", ".pdf"},
           "eighth": {".txt", ".docx", ".xlsx", ".html", ".pdf"}, "ninth": {".txt", ".docx", ".md"},
           "tenth": {".txt", ".xlsx", ".docx", ".html"}, "eleventh": {".txt", ".docx", ".pdf"},
           "twelfth": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "thirteenth": {".txt", ".docx", ".pdf", ".md"},
           "fourteenth": {".txt", ".html", ".htm", ".mhtml", ".pdf"},
           "fifteenth": {".txt", ".docx", ".xlsx", ".pdf", ".md", ".html"},
           "sixteenth": {".txt", ".md", ".docx", ".xlsx", ".pdf"},
           "seventeenth": {".txt", ".md", ".docx", ".xlsx", ".pdf"},
           "eighteenth": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "nineteenth": {".txt", ".docx", ".pdf"},
           "twentieth": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "twentyfirst": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "twentysecond": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "twentythird": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"},
           "twentyfourth": {".txt", ".md", ".docx", ".doc", ".xlsx", ".pdf", ".html", ".mht"},
           "twentyfifth": {".txt", ".md", ".docx", ".pdf", ".html"},
           "twentysixth": {".txt", ".docx", ".xlsx", ".pdf", ".html"},
           "twentyseventh": {".txt", ".docx", ".xlsx", ".xls", ".pdf", ".html", ".mhtml", ".rtf", ".odt"},
           "twentyeighth": {".txt", ".docx", ".xlsx", ".pdf"},
           "twentyninth": {".txt", ".docx"}, "thirtieth": {".txt", ".docx"},
           "thirtyfirst": {".txt", ".docx"}, "thirtysecond": {".txt", ".docx"},
           "thirtythird": {".txt", ".docx", ".xlsx", ".pdf", ".html"},
           "thirtyfourth": {".txt", ".docx"}, "thirtyfifth": {".txt", ".docx"},
           "thirtysixth": {".txt", ".docx"}, "thirtyseventh": {".txt", ".docx"},
           "thirtyeighth": {".txt", ".docx"}, "thirtyninth": {".txt", ".docx"},
           "fortieth": {".txt", ".docx"}, "fortyfirst": {".txt", ".docx"}, "fortysecond": {".txt", ".docx"},
           "fortythird": {".txt", ".docx", ".pdf"}, "fortyfourth": {".txt", ".docx", ".xlsx", ".html"},
           "fortyfifth": {".doc", ".xls", ".pdf", ".odt", ".mhtml", ".png", ".txt", ".docx"},
           "fortysixth": {".xlsx", ".rtf", ".txt", ".pdf", ".docx", ".html"},
           "fortyseventh": {".htm", ".ods", ".txt", ".xlsx", ".mhtml", ".docx", ".pdf", ".odt"},
           "fortyeighth": {".pdf", ".xls", ".rtf", ".md", ".mht", ".docx", ".txt", ".odt"},
           "fortyninth": {".et", ".wps", ".ods", ".doc", ".docx", ".rtf", ".mht", ".pdf"},
           "fiftieth": {".et", ".odt", ".csv", ".htm", ".xlsx", ".doc", ".wps", ".pdf"},
           "fiftyfirst": {".txt", ".html", ".htm"},
           "fiftysecond": {".odt", ".rtf", ".txt", ".mhtml", ".csv", ".xls", ".docx", ".pdf"},
           "fiftythird": {".docx", ".txt", ".pdf", ".htm", ".odt", ".xlsx", ".rtf"},
           "fiftyfourth": {".docx", ".txt", ".pdf", ".htm", ".rtf"},
           "fiftyfifth": {".mht", ".ods", ".et", ".wps", ".txt", ".docx", ".xls", ".html"},
           "fiftysixth": {".ods", ".doc", ".wps", ".mht", ".odt", ".xls", ".csv", ".et"},
           "fiftyseventh": {".rtf", ".htm", ".xls", ".wps", ".doc", ".mhtml", ".ods", ".et"},
           "fiftyeighth": {".xls", ".et", ".rtf", ".mht", ".csv", ".wps", ".ods", ".doc"},
           "fiftyninth": {".mht", ".csv", ".et", ".ods", ".wps", ".pdf", ".doc", ".mhtml"},
           "sixtieth": {".docx", ".htm", ".txt", ".ods", ".csv", ".et", ".wps", ".mht"},
           "sixtyfirst": {".docx", ".pdf", ".md", ".rtf", ".odt", ".xls", ".csv", ".ods"},
           "sixtysecond": {".txt", ".pdf", ".xlsx", ".docx", ".html", ".odt", ".xls", ".mhtml"},
           "sixtythird": {".txt", ".md", ".pdf", ".docx", ".csv", ".rtf", ".htm", ".ods"},
           "sixtyfourth": {".txt", ".xlsx", ".html", ".pdf", ".doc", ".docx", ".csv", ".odt"},
           "sixtyfifth": {".ofd", ".txt", ".html", ".docx", ".htm"},
           "sixtysixth": {".txt", ".html", ".docx", ".xlsx"},
           "sixtyseventh": {".pdf", ".mhtml", ".xlsx", ".docx"},
           "sixtyeighth": {".txt", ".htm", ".docx", ".ofd", ".xlsx", ".pdf"},
           "sixtyninth": {".xlsx", ".docx", ".txt", ".pdf", ".html", ".csv"},
           "seventieth": {".md", ".txt", ".odt", ".html", ".xlsx"},
           "seventyfirst": {".txt", ".pdf", ".html", ".xlsx", ".md", ".docx"},
           "seventysecond": {".txt", ".csv", ".html", ".xlsx", ".docx", ".pdf", ".odt"},
           "seventythird": {".docx", ".pdf", ".html", ".xlsx", ".txt", ".htm"},
           "seventyfourth": {".docx", ".html", ".txt", ".xlsx", ".htm", ".odt", ".md", ".pdf"},
           "seventyfifth": {".docx", ".pdf", ".html", ".xlsx", ".txt", ".htm"},
           "seventysixth": {".txt", ".pdf"},
           "seventyseventh": {".docx", ".xlsx"},
           "seventyeighth": {".docx", ".txt"},
           "seventyninth": {".docx", ".txt", ".xlsx"},
           "lure": {".txt", ".md", ".docx", ".xlsx", ".pdf", ".html"}}
ALL_CASES = [path for corpus in CORPORA for path in cases(corpus)]


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.removesuffix('.expected.yaml')}"


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_is_complete(corpus: str) -> None:
    found = cases(corpus)
    assert len(found) >= CORPORA[corpus][0]
    assert FORMATS.get(corpus, {".txt", ".md", ".docx", ".pdf", ".xlsx"}) <= {report_for(p).suffix for p in found}


@pytest.mark.parametrize("corpus", CORPORA)
def test_field_accuracy(corpus: str) -> None:
    accuracy, listing = accuracy_report(corpus)
    print(listing)
    threshold = CORPORA[corpus][1]
    assert accuracy >= threshold, f"{corpus} field accuracy {accuracy:.2%} < {threshold:.0%}"


@pytest.mark.parametrize("path", ALL_CASES, ids=_case_id)
def test_expected_facts_raise_exactly_the_planted_errors(path: Path) -> None:
    """The fixtures themselves: checks on the true facts raise every planted code and no other
    error-level sum/grade/numbering finding (so a planted inconsistency is the only one)."""
    evaluation, planted = expected_evaluation(path)
    codes = raised(evaluation)
    planted -= FROM_THE_DOCUMENT  # what only the document shows (its text, its other readings), not its facts
    assert planted <= codes, f"planted {planted - codes} not raised on the true facts"
    assert (codes & ERROR_CODES) - planted == set(), f"unplanted errors {(codes & ERROR_CODES) - planted}"


@pytest.mark.parametrize("path", [p for p in ALL_CASES if load_expected(p).get("planted")], ids=_case_id)
def test_planted_inconsistencies_found_in_parsed_report(path: Path) -> None:
    planted = set(load_expected(path)["planted"])
    codes = raised(read_any(report_for(path)).evaluation)
    assert planted <= codes, f"planted {sorted(planted - codes)} not found; raised {sorted(codes)}"


@pytest.mark.parametrize("path", ALL_CASES, ids=_case_id)
def test_no_false_error_in_parsed_report(path: Path) -> None:
    """An error-level finding on a parsed report is one the document holds: planted, or raised by the same checks
    on the report's true facts. A misread may lose a field; it must never accuse the unit of an inconsistency."""
    truth, planted = expected_evaluation(path)
    parsed = errors(read_any(report_for(path)).evaluation)
    false = parsed - planted - errors(truth)
    assert not false, f"error-level findings the document does not hold: {sorted(false)}"


@pytest.mark.parametrize("path", cases("lure"), ids=_case_id)
def test_clean_report_raises_no_error(path: Path) -> None:
    """A lure report is clean by construction (no planted inconsistency, none on its true facts): its parsed reading
    raises no error-level finding at all, whatever shape it is built around."""
    truth, planted = expected_evaluation(path)
    assert not planted and errors(truth) == set()
    assert errors(read_any(report_for(path)).evaluation) == set()
