"""Cleaning a page before recognition: red seals vanish, print stays, tinted paper turns white,
any resolution becomes 200 dpi; and the geometry that turns a page upright."""

from __future__ import annotations

import numpy as np
import pytest

from jixiao.ocr import orient
from jixiao.ocr.preprocess import TARGET_DPI, page_dpi, prepare, rescale


def yellowed_page_with_seal() -> np.ndarray:
    page = np.full((400, 300, 3), (240, 228, 196), dtype=np.uint8)  # yellowed paper
    page[100:110, 40:260] = (20, 20, 20)  # a printed stroke
    yy, xx = np.mgrid[0:400, 0:300]
    seal = (yy - 105) ** 2 + (xx - 150) ** 2 < 60**2
    page[seal] = (page[seal] * np.array([0.85, 0.15, 0.15])).astype(np.uint8)  # red ink multiplies
    return page


def test_red_seal_vanishes_and_print_under_it_stays_black() -> None:
    gray = prepare(yellowed_page_with_seal(), TARGET_DPI)
    assert gray[60, 150] > 230  # seal ink on paper → paper
    assert gray[105, 150] < 80  # the stroke under the seal is still ink
    assert gray[300, 40] > 240  # yellowed paper → white
    assert gray[105, 50] < 80


@pytest.mark.parametrize(("stated", "expected"), [(300, 300.0), (None, 2339 / (297 / 25.4)), (5, 2339 / (297 / 25.4))])
def test_resolution_from_the_file_or_from_a4(stated: float | None, expected: float) -> None:
    assert page_dpi(1654, 2339, stated) == pytest.approx(expected)


def test_rescale_to_200_dpi() -> None:
    assert rescale(np.zeros((3000, 2000), dtype=np.uint8), 600).shape == (1000, 667)
    assert rescale(np.zeros((1000, 800), dtype=np.uint8), 200).shape == (1000, 800)


def quad(x0: float, y0: float, x1: float, y1: float) -> list[list[float]]:
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def test_a_page_lying_on_its_side_has_tall_lines() -> None:
    wide = np.array([quad(100, 100 + 60 * i, 900, 140 + 60 * i) for i in range(5)], dtype=np.float32)
    tall = np.array([quad(100 + 60 * i, 100, 140 + 60 * i, 900) for i in range(5)], dtype=np.float32)
    assert not orient.lies_on_side(wide)
    assert orient.lies_on_side(tall)


def test_skew_is_the_median_slope_of_long_lines_and_straightening_levels_them() -> None:
    angle = 1.5
    slope = np.tan(np.radians(angle))
    quads = np.array([[[100, 100 + 60 * i], [900, 100 + 60 * i + 800 * slope],
                       [900, 140 + 60 * i + 800 * slope], [100, 140 + 60 * i]] for i in range(5)], dtype=np.float32)
    assert orient.skew(quads) == pytest.approx(angle, abs=0.01)
    level = orient.straighten_quads(quads, 1000, 1400, angle)
    assert np.abs(level[:, 1, 1] - level[:, 0, 1]).max() < 0.5


def test_turning_boxes_over_keeps_their_corner_order() -> None:
    quads = np.array([quad(100, 200, 500, 240)], dtype=np.float32)
    turned = orient.turn_quads_180(quads, 1000, 1400)
    assert turned[0].tolist() == [[499, 1159], [899, 1159], [899, 1199], [499, 1199]]


def test_skew_of_a_page_without_long_lines_from_its_rows_of_ink() -> None:
    page = np.full((800, 600), 255, dtype=np.uint8)
    for y in range(100, 700, 60):  # a ruled table: its horizontal rules
        page[y:y + 2, 50:550] = 0
    tilted = orient.straighten(page, -1.5)  # tilt by 1.5°: straightening must turn it back by 1.5°
    assert orient.profile_skew(tilted) == pytest.approx(1.5, abs=0.1)
