"""The HTML report in a real browser (Debian's Chromium): the font list reaches the styles, printing
opens every receipt and keeps headings with what follows them, and readers see no internal tags."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page

from jixiao.model import Evaluation
from jixiao.writers import render

pytestmark = pytest.mark.slow
INTERNAL = re.compile(r"\[(seen|unverified)|\b(indicators|budget|unit|project)(\[\d+\])?\.\w|\[[^\]]*\]"
                      r"|[A-Z]{3,}_[A-Z_]+")


def _open(page: Page, path: Path) -> None:
    problems: list[str] = []
    page.on("request", lambda r: None if r.url.startswith("file:") else problems.append(r.url))
    page.goto(path.as_uri())
    assert not problems


@pytest.fixture(scope="module")
def html_page(tmp_path_factory: pytest.TempPathFactory, seed_evaluation: Evaluation) -> Path:
    return render(seed_evaluation, "html", tmp_path_factory.mktemp("html") / "report.html")


def test_fonts_receipts_in_print_and_no_internal_tags(html_page: Path, page: Page, tmp_path: Path) -> None:
    _open(page, html_page)
    # The font list is a declaration the browser kept (an escaped list inside <style> is dropped).
    heading_font = page.eval_on_selector("section#report h2", "e => getComputedStyle(e).fontFamily")
    assert heading_font.startswith('"Noto Sans CJK SC"'), heading_font
    table_font = page.eval_on_selector("table.grid", "e => getComputedStyle(e).fontFamily")
    assert "Noto Sans CJK SC" in table_font
    # On screen a receipt is closed: its formula takes no room.
    formula = page.locator("#receipt-4 .formula")
    assert not formula.is_visible()
    visible = page.inner_text("main")
    assert not INTERNAL.findall(visible), INTERNAL.findall(visible)[:5]
    assert "中央部门预算绩效自评通用规则" in visible

    page.emulate_media(media="print")
    assert formula.is_visible()  # printed open
    breaks = page.eval_on_selector_all(
        "section#report h2, section#report h3", "els => els.map(e => getComputedStyle(e).breakAfter)")
    assert breaks and set(breaks) == {"avoid"}
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    compact = re.sub(r"\s+", "", text)
    assert "15×min(1,93.55%)=14.03" in compact  # the execution-rate receipt's formula, printed
    assert "[seen]" not in text and "indicators[" not in text
