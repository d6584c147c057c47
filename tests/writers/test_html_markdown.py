"""The HTML page (self-contained, receipts one click away, findings, two inline SVG charts) and the
Markdown report (the same content, plain)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from jixiao.checks.finding import Finding, Severity
from jixiao.model import SourceRef
from jixiao.writers import render


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_html_is_self_contained(rendered: dict[str, Path]) -> None:
    page = _parse(rendered["html"])
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe"), tag
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value or value.startswith("#"), (tag, name, value)
    source = rendered["html"].read_text(encoding="utf-8")
    assert "@import" not in source and "url(" not in source and "http" not in source.replace(
        "http://www.w3.org/2000/svg", "")
    assert "@media print" in source


def test_html_report_receipts_findings_and_charts(rendered: dict[str, Path], seed_score) -> None:
    page = _parse(rendered["html"])
    text = "".join(page.text)
    assert "本次绩效评价综合得分99.03分，绩效评价等级为“优”。" in text
    details = [attrs.get("id") for tag, attrs in page.tags if tag == "details"]
    assert len([d for d in details if d and d.startswith("receipt-") and d != "receipt-total"]) == 11
    receipt = next(s.receipt for s in seed_score.indicators if s.receipt is not None)
    assert receipt.formula in text
    svgs = [attrs for tag, attrs in page.tags if tag == "svg"]
    assert len(svgs) == 2
    assert "font-family" in (svgs[0].get("style") or "") and "Noto Sans CJK SC" in (svgs[0].get("style") or "")
    assert "各指标得分与分值" in text and "收入与支出结构" in text
    assert "一般公共预算财政拨款收入：6,796.13万元" in text
    # the receipts, findings and charts beside the report, not part of it (a reader of the page skips them)
    asides = {attrs.get("id") for tag, attrs in page.tags if tag == "aside"}
    assert {"receipts", "findings", "charts"} <= asides


def test_html_shows_given_findings(tmp_path: Path, seed_evaluation, seed_score) -> None:
    finding = Finding(code="T001", severity=Severity.ERROR, title="测试发现",
                      message="总分与各项得分之和不符（93.19 ≠ 90）", location="stated_total")
    path = render(seed_evaluation, "html", tmp_path / "r.html", score=seed_score, findings=[finding])
    text = "".join(_parse(path).text)
    assert "测试发现" in text and "总分与各项得分之和不符（93.19 ≠ 90）" in text and "错误" in text
    placed = Finding(code="T002", severity=Severity.WARNING, title="分值不符", message="指标4 分值与表中不同",
                     location="indicators[3].weight", source=SourceRef(location="第12段"))
    page = render(seed_evaluation, "html", tmp_path / "p.html", score=seed_score, findings=[placed])
    text = "".join(_parse(page).text)
    assert "（涉及指标4 分值，见原文第12段）" in text
    assert "indicators[3]" not in text and "T002" not in text and "[" not in text
    empty = render(seed_evaluation, "html", tmp_path / "e.html", score=seed_score, findings=[])
    assert "未发现问题" in empty.read_text(encoding="utf-8")


def test_markdown_same_content_plain(rendered: dict[str, Path], seed_text_lines: list[str]) -> None:
    text = rendered["md"].read_text(encoding="utf-8")
    assert text.startswith("# 重庆市璧山区大兴镇人民政府2024年度整体支出绩效自评报告\n")
    for heading in ("## 一、基本情况", "### （一）单位基本情况", "#### 4. 预算执行率（15分）", "## 六、改进措施、建议"):
        assert f"\n{heading}\n" in text
    # every indicator paragraph of the seed is in the Markdown verbatim, the recomputed score in place of 8.19
    for line in seed_text_lines:
        if "该指标绩效评价得分为" in line:
            assert "\n" + line.replace("得分为8.19分", "得分为14.03分") + "\n" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| ") and "预算执行率" in line]
    assert table_rows and re.search(r"\| 15 \| 14\.03 \|", table_rows[-1])
    assert "## 评分依据" in text and "## 复核发现" in text


def test_findings_are_computed_when_not_given(rendered: dict[str, Path], seed_evaluation, seed_score) -> None:
    from jixiao.checks import run_checks

    expected = run_checks(seed_evaluation, score=seed_score)
    html = rendered["html"].read_text(encoding="utf-8")
    markdown = rendered["md"].read_text(encoding="utf-8")
    for finding in expected:
        assert f'data-code="{finding.code}"' in html and finding.code in markdown


def test_rule_sources_lose_their_provenance_tags() -> None:
    from jixiao.writers.html import plain_source

    rule = "正向指标 得分 = 分值 × min(1, 实际值 ÷ 目标值)"
    assert plain_source(f"{rule} [seen]") == rule
    assert plain_source("各指标得分相加 [seen 某省预算绩效系统代码]") == "各指标得分相加（某省预算绩效系统代码）"
    assert plain_source("说明 [seen]；财预〔2020〕10号 [unverified]") == "说明；财预〔2020〕10号（原文未核实）"
