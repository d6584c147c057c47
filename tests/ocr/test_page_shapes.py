"""Odd pages never crash or blow up: blank, tiny, a thin strip, a single line of pixels."""

from __future__ import annotations

import numpy as np
import pytest

from jixiao.ocr.page import scan_page


@pytest.mark.parametrize("shape", [(1100, 800, 3), (3, 3, 3), (1, 5000), (20000, 10), (200, 6000), (64, 64)])
def test_blank_pages_of_any_shape_read_as_empty(shape: tuple[int, ...]) -> None:
    scan = scan_page(np.full(shape, 250, dtype=np.uint8))
    assert scan.boxes == []
    assert scan.width * scan.height <= 2339 * 2339 * 3  # never enlarged beyond a page at 200 dpi
