"""Text boxes from page pixels with RapidOCR (PP-OCRv6 small, onnxruntime CPU).

    page = ocr_image(pixels)            # pixels: HxWx3 uint8 RGB, any of 0/90/180/270 degrees
    page.rotation                        # quarter turns (np.rot90 k) that made the text upright
    page.boxes                           # TextBox(text, score, quad) in pixels of the upright image

The engine is built once per process on first use; rapidocr and onnxruntime are imported only
then, so a packet without scans pays nothing. Models come from the rapidocr wheel; nothing is
downloaded. `GRANTCHECK_OCR_THREADS` sets onnxruntime's intra-op threads (default 1) in the
sandboxed workers (`allow_threads`); elsewhere OCR uses one thread.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from ingest.ocr_budget import allow_threads, threads  # noqa: F401 - allow_threads: the OCR stack's API

DET_LIMIT_SIDE = 960  # det input long side; A4 body text stays ≥ 10 px high at this size
MAX_SIDE = 2000  # rec crops come from the page scaled to this long side (≈ 170 dpi for A4)
TEXT_SCORE = 0.5  # boxes recognised with less confidence are dropped
REC_BATCH = 1
# rec input is 48 px high; a line narrower than this many pixels is padded to it. RapidOCR's 320 pads a two-character
# label to the width of twelve characters, and rec time grows with width: 160 reads the same text 20% sooner.
REC_MIN_WIDTH = 160
SAMPLE_BOXES = 6  # boxes read in every candidate orientation to choose the page's rotation
VERTICAL_SHARE = 0.5  # more tall boxes than this: the page lies on its side
UPRIGHT_SCORE = 0.93  # upside-down text never reads this confidently over the sampled boxes
SEAL_SHARE = 0.02  # a box this much covered by red ink has a seal over it

CACHE_PAGES = 8  # the same page read twice (a licence in several packets of a batch) is OCR'd once

_lock = threading.Lock()


@dataclass(frozen=True)
class TextBox:
    text: str
    score: float
    quad: np.ndarray  # 4 x 2 pixel corners, clockwise from top-left


@dataclass(frozen=True)
class OcrPage:
    boxes: list[TextBox]
    rotation: int  # quarter turns counter-clockwise (np.rot90 k) applied to the input
    width: int  # upright image, pixels
    height: int
    gray: np.ndarray | None = None  # the upright image as read: grey, red removed
    timings: dict[str, float] = field(default_factory=dict)


_cache: OrderedDict[bytes, OcrPage] = OrderedDict()


@cache
def engine() -> Any:
    """The process's RapidOCR engine, built on first use."""
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    from rapidocr import RapidOCR

    count = threads()
    return RapidOCR(params={
        "Global.log_level": "error",
        "Global.use_cls": False,  # page orientation is decided once per page below
        "Global.text_score": TEXT_SCORE,
        "Global.max_side_len": MAX_SIDE,
        "Det.limit_side_len": DET_LIMIT_SIDE,
        "Det.limit_type": "max",
        # one line at a time: a batch pads every line to the widest one's width, which costs more than it saves
        "Rec.rec_batch_num": REC_BATCH,
        "Rec.rec_img_shape": [3, 48, REC_MIN_WIDTH],
        "EngineConfig.onnxruntime.intra_op_num_threads": count,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })


def red_pixels(pixels: np.ndarray) -> np.ndarray:
    """Where the image is strongly red (seal ink, red stamps): a boolean mask."""
    import cv2

    hsv = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    return ((hue <= 10) | (hue >= 160)) & (sat >= 70) & (val >= 90)


def text_pixels(pixels: np.ndarray) -> np.ndarray:
    """The image OCR reads: strongly red pixels (seals, red stamps) whitened, contrast stretched."""
    import cv2

    red = red_pixels(pixels)
    gray = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    gray[red] = 255
    low, high = np.percentile(gray[::4, ::4], (1, 99))
    if high - low >= 8 and (low > 40 or high < 215):
        # the stretch as a lookup table over the 256 grey values: the same pixels, without a float copy of the page
        levels = np.arange(256, dtype=np.float32)
        table = np.clip((levels - low) * (255.0 / (high - low)), 0, 255).astype(np.uint8)
        gray = cv2.LUT(gray, table)
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)


def _run(image: np.ndarray) -> list[TextBox]:
    with _lock:
        result = engine()(image, use_det=True, use_cls=False, use_rec=True)  # flags persist between calls
    if result is None or getattr(result, "boxes", None) is None or result.txts is None:
        return []
    return [TextBox(text=t, score=float(s), quad=np.asarray(b, dtype=np.float32))
            for t, s, b in zip(result.txts, result.scores, result.boxes, strict=False) if t.strip()]


def _read_crop(crop: np.ndarray) -> tuple[str, float]:
    with _lock:
        result = engine()(np.ascontiguousarray(crop), use_det=False, use_cls=False, use_rec=True)
    if not result or not getattr(result, "txts", None):
        return "", 0.0
    return result.txts[0], float(result.scores[0])


NUMERALS = frozenset("0123456789〇零一二三四五六七八九十")


def numerals_restored(read: str, again: str, surer: bool) -> bool:
    """`again` is `read` with numerals added, or (`surer`: read more confidently) some characters replaced by as
    many numerals, and nothing else changed."""
    from difflib import SequenceMatcher

    ops = [op for op in SequenceMatcher(None, read, again, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops or not all(set(again[j0:j1]) <= NUMERALS for _, _, _, j0, j1 in ops):
        return False
    return all(op == "insert" or (surer and op == "replace" and i1 - i0 == j1 - j0) for op, i0, i1, j0, j1 in ops)


def _under_seal(boxes: list[TextBox], pixels: np.ndarray) -> list[TextBox]:
    """Boxes with numerals a seal lies over, read again with the seal's ink left in: whitening the ink also
    whitens the strokes beneath it, so a date under its seal loses a digit ("2022年月8日") or reads another
    ("2022年7月6日"). The second reading is taken only where it restores numerals and changes nothing else (a
    replaced character only when it reads more confidently); the seal's own words never pass for them."""
    import cv2

    out = []
    for box in boxes:
        crop = _crop(pixels, box)
        if crop.size == 0 or not NUMERALS & set(box.text) or red_pixels(crop).mean() < SEAL_SHARE:
            out.append(box)
            continue
        gray = cv2.cvtColor(cv2.cvtColor(np.ascontiguousarray(crop), cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
        text, score = _read_crop(gray)
        if score >= TEXT_SCORE and numerals_restored(box.text, text, score > box.score):
            box = TextBox(text=text, score=min(score, box.score), quad=box.quad)
        out.append(box)
    return out


def _is_tall(box: TextBox) -> bool:
    width = np.linalg.norm(box.quad[1] - box.quad[0])
    height = np.linalg.norm(box.quad[3] - box.quad[0])
    return height > 1.5 * width


def _crop(image: np.ndarray, box: TextBox) -> np.ndarray:
    x0, y0 = np.floor(box.quad.min(axis=0)).astype(int)
    x1, y1 = np.ceil(box.quad.max(axis=0)).astype(int)
    return image[max(0, y0):y1, max(0, x0):x1]


def _orientation_score(image: np.ndarray, boxes: list[TextBox], k: int) -> float:
    """How well the sampled boxes read after `k` quarter turns: confident characters."""
    total = 0.0
    for box in boxes:
        crop = _crop(image, box)
        if crop.size == 0:
            continue
        text, score = _read_crop(np.rot90(crop, k))
        total += score * len(text.strip()) if score >= TEXT_SCORE else 0.0
    return total


def _sample(boxes: list[TextBox]) -> list[TextBox]:
    def area(box: TextBox) -> float:
        span = box.quad.max(axis=0) - box.quad.min(axis=0)
        return float(span[0] * span[1])

    return sorted(boxes, key=area, reverse=True)[:SAMPLE_BOXES]


def _best_turn(image: np.ndarray, boxes: list[TextBox]) -> int:
    """Quarter turns that make the page upright, tried on a few large boxes only."""
    if not boxes:
        return 0
    tall = sum(_is_tall(b) for b in boxes) / len(boxes)
    sample = _sample(boxes)
    if tall > VERTICAL_SHARE:
        scores = {k: _orientation_score(image, sample, k) for k in (1, 3)}
    else:  # upright as read already; only upside down is left to try
        if np.mean([b.score for b in sample]) >= UPRIGHT_SCORE:
            return 0
        scores = {0: sum(b.score * len(b.text.strip()) for b in sample if b.score >= TEXT_SCORE),
                  2: _orientation_score(image, sample, 2)}
    candidates = tuple(scores)
    best = max(candidates, key=lambda k: scores[k])
    return best if scores[best] > 0 else 0


def ocr_image(pixels: np.ndarray) -> OcrPage:
    """Every text box of one page image, read in the orientation that reads best."""
    digest = hashlib.blake2b(np.ascontiguousarray(pixels).data, digest_size=16)
    digest.update(repr(pixels.shape).encode())
    key = digest.digest()
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    page = _ocr_image(pixels)
    with _lock:
        _cache[key] = page
        while len(_cache) > CACHE_PAGES:
            _cache.popitem(last=False)
    return page


def _ocr_image(pixels: np.ndarray) -> OcrPage:
    import time

    started = time.perf_counter()
    image = text_pixels(pixels)
    boxes = _run(image)
    first = time.perf_counter()
    turn = _best_turn(image, boxes)
    if turn:
        image = np.ascontiguousarray(np.rot90(image, turn))
        boxes = _run(image)
    boxes = _under_seal(boxes, np.rot90(pixels, turn) if turn else pixels)
    done = time.perf_counter()
    height, width = image.shape[:2]
    return OcrPage(boxes=boxes, rotation=turn, width=width, height=height, gray=image[:, :, 0],
                   timings={"first": first - started, "total": done - started})
