"""OCR results are cached by file hash; a damaged entry is read again, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.ocr import cache
from jixiao.ocr.result import Glyph, PageScan, Rule, TextBox


def scan() -> PageScan:
    box = TextBox("预算执行率", 10, 20, 210, 60, 0.98, (Glyph("预", 10, 50, 0.97),))
    return PageScan(width=1654, height=2339, dpi=200, rotation=180, skew=-0.7, boxes=[box],
                    horizontal=[Rule(5, 0, 100)], vertical=[Rule(7, 0, 50)])


def test_round_trip_in_the_chosen_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.ENV, raising=False)
    cache.use(tmp_path / "ocr")
    assert cache.folder() == tmp_path / "ocr"
    cache.store("abc123-pdf0", scan())
    assert cache.load("abc123-pdf0") == scan()
    assert cache.load("abc123-pdf1") is None


def test_a_damaged_entry_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    cache.store("ff00-image0", scan())
    [entry] = tmp_path.rglob("*.json")
    entry.write_text('{"width": 1', encoding="utf-8")
    assert cache.load("ff00-image0") is None


def test_default_folder_is_under_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.folder() == tmp_path / "jixiao" / "ocr"


def test_file_hash_is_the_content_hash(tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(b"same")
    b.write_bytes(b"same")
    assert cache.file_hash(a) == cache.file_hash(b) != ""
