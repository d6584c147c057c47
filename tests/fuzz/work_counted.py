"""Work counted, not timed: the lines of jixiao's own code a call runs, counted by a tracer. A test says that twice
the input costs about twice the work, and no clock on a loaded machine decides it. Work done inside a regular
expression is not counted: a pattern that backtracks is tested at a size its quadratic reading would take minutes on."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

_OWN = "/jixiao/"


def lines_run(call: Callable[[], object]) -> int:
    """How many lines of jixiao's code ``call`` runs (a loop's line once a turn)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        count += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if _OWN in frame.f_code.co_filename.replace("\\", "/") else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def grows_linearly(call: Callable[[int], object], size: int) -> tuple[int, int]:
    """The lines run on ``size`` and on twice ``size``, asserted to grow by at most 2.5 times (a quadratic pass
    grows by 4)."""
    small, large = lines_run(lambda: call(size)), lines_run(lambda: call(2 * size))
    assert large <= 2.5 * small, (small, large)
    return small, large
