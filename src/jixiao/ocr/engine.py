"""The OCR engine: RapidOCR's PP-OCR models (detection, direction, recognition), loaded once per process.

The models ship inside the ``rapidocr`` wheel and are named by path, so the engine never downloads
anything. The three steps are called one by one (not through ``RapidOCR.__call__``): detection runs
on a reduced page, recognition on crops of the full page, and the page's orientation is decided once
for the whole page rather than line by line. ``rapidocr`` and ``onnxruntime`` are pinned in
pyproject.toml because these step objects are the library's inner API.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.ocr.result import Glyph

DETECT_SIDE = 1024  # the detector's page: ≈ 90 dpi for A4 (a multiple of 32; its memory grows with the area)
_REC_BATCH = 3  # lines recognised at once: larger batches cost memory and gain no speed on CPU
_ENGINE: Any = None
_INHERITED: list[Any] = []  # sessions a forked worker inherited: kept, never used, never torn down


@dataclass(frozen=True)
class Recognised:
    text: str
    confidence: float
    glyphs: tuple[Glyph, ...]


def threads() -> int:
    """Inference threads: all cores in the main process; one in a worker (the workers share the cores)."""
    if multiprocessing.parent_process() is not None:
        return 1
    return max(1, os.cpu_count() or 1)


def engine() -> Any:
    """The process's RapidOCR object, built on first use (≈1 s: three ONNX sessions)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _build()
    return _ENGINE


def forget() -> None:
    """In a freshly forked worker: build new sessions rather than use the parent's."""
    global _ENGINE
    if _ENGINE is not None:
        _INHERITED.append(_ENGINE)
        _ENGINE = None


def _build() -> Any:
    import rapidocr
    from rapidocr import RapidOCR

    models = Path(rapidocr.__file__).resolve().parent / "models"
    params = {
        "Global.log_level": "error",
        "Global.text_score": 0.0,  # low-confidence lines are kept and marked, not dropped
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Det.limit_type": "max",  # never enlarge the page the detector sees (a thin strip would explode)
        "Det.limit_side_len": DETECT_SIDE,
        "Cls.model_path": str(models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
        "Rec.rec_batch_num": _REC_BATCH,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads(),
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "EngineConfig.onnxruntime.use_cuda": _gpu(),
    }
    built = RapidOCR(params=params)
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return built


def _gpu() -> bool:
    """Use CUDA when onnxruntime-gpu is installed and sees a device; nothing requires it."""
    try:
        import onnxruntime

        return "CUDAExecutionProvider" in onnxruntime.get_available_providers()
    except Exception:
        return False


def detect(image: np.ndarray) -> np.ndarray:
    """Text-line quadrilaterals (N × 4 × 2, clockwise from top left) in ``image`` (BGR)."""
    det = engine()._load_det_model()
    result = det(image)
    if result.boxes is None:
        return np.zeros((0, 4, 2), dtype=np.float32)
    return np.asarray(result.boxes, dtype=np.float32)


def upside_down(crops: list[np.ndarray]) -> list[float]:
    """For each line crop, the direction model's belief that it is upside down (0–1)."""
    if not crops:
        return []
    cls = engine()._load_cls_model()
    result = cls(crops)
    return [score if "180" in label else 1.0 - score for label, score in result.cls_res]


def crop(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The line under ``quad``, straightened."""
    from rapidocr.utils.process_img import get_rotate_crop_image

    return get_rotate_crop_image(image, quad.astype(np.float32).copy())


def recognise(crops: list[np.ndarray]) -> list[Recognised]:
    """Text, confidence and per-character positions (in crop pixels) of each line crop."""
    if not crops:
        return []
    from rapidocr.ch_ppocr_rec.typings import TextRecInput

    rec = engine()._load_rec_model()
    result = rec(TextRecInput(img=crops, return_word_box=True))
    out: list[Recognised] = []
    for index, (text, score) in enumerate(zip(result.txts, result.scores, strict=True)):
        glyphs: tuple[Glyph, ...] = ()
        info = result.word_results[index]
        if text and info is not None:
            glyphs = _glyphs(crops[index], text, info)
        out.append(Recognised(text, float(score), glyphs))
    return out


def _glyphs(crop_image: np.ndarray, text: str, info: Any) -> tuple[Glyph, ...]:
    """Single-character boxes from the recogniser's column positions (CalRecBoxes, in crop pixels)."""
    from rapidocr.cal_rec_boxes import CalRecBoxes

    h, w = crop_image.shape[:2]
    frame = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    try:
        words, boxes, confs = CalRecBoxes().cal_ocr_word_box(text, frame, info, True)
    except Exception:  # a geometry the helper cannot place: fall back to an even split
        words, boxes, confs = [], [], []
    if not words or len(words) != len(confs):
        step = w / max(1, len(text))
        score = float(np.mean(info.confs)) if getattr(info, "confs", None) else 0.0
        return tuple(Glyph(ch, i * step, (i + 1) * step, score) for i, ch in enumerate(text))
    return tuple(Glyph(word, float(min(p[0] for p in box)), float(max(p[0] for p in box)), float(conf))
                 for word, box, conf in zip(words, boxes, confs, strict=True))


def release_memory() -> None:
    """Give the memory freed after a page back to the system (glibc keeps it otherwise), so a worker
    reading many pages stays at one page's peak."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass
