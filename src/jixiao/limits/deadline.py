"""The time bound on one file in a batch review, and the extra time a long document earns.

A batch worker sets a SIGALRM for each file (``jixiao review --timeout``), and the batch's parent
kills a worker still busy a little after that bound. Work that is slow by nature (each scanned page
read by OCR) calls :func:`extend`, which pushes back the pending alarm and tells whoever listens (the
worker, which passes it on to the parent), so that neither cuts a long scan off for being a scan.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

_listener: Callable[[int], None] | None = None


def listen(callback: Callable[[int], None] | None) -> None:
    """Call ``callback(seconds)`` on every extension from now on (``None``: stop)."""
    global _listener
    _listener = callback


def extend(seconds: int) -> None:
    """Push back a pending per-file alarm by ``seconds``; nothing when no alarm is pending."""
    if threading.current_thread() is not threading.main_thread():
        return
    remaining = signal.alarm(0)
    if not remaining:
        return
    signal.alarm(remaining + seconds)
    if _listener is not None:
        _listener(seconds)
