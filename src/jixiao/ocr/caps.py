"""Size caps for scanned input, checked before a page is decoded or rendered.

Local until the shared ``jixiao.limits`` module lands; then these names move there.
"""

from __future__ import annotations

MAX_PAGE_PIXELS = 80_000_000  # one page image: A3 at 600 dpi is 70 million pixels
MAX_SCANNED_PAGES = 100  # pages read by OCR in one file (≈ 5 minutes on two cores)
