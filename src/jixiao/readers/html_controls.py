"""An OA fill-in page saved with its form controls: what each control shows stands in for it, so a value typed into
``<input value="236.00">``, a note in ``<textarea>`` and the chosen ``<option selected>`` of a ``<select>`` read as the
cell's or the line's text. Buttons, hidden fields, check boxes and empty controls show nothing."""

from __future__ import annotations

from typing import Any

_SHOWN_INPUTS = frozenset({"", "text", "number", "date", "month", "tel", "email", "url", "datetime-local", "search"})


def _shown(control: Any) -> str | None:
    tag = control.tag if isinstance(control.tag, str) else ""
    if tag == "input":
        if (control.get("type") or "").strip().lower() not in _SHOWN_INPUTS:
            return None
        return (control.get("value") or "").strip() or None
    if tag == "textarea":
        return "".join(control.itertext()).strip() or None
    if tag == "select":
        for option in control.iter("option"):
            if option.get("selected") is not None:
                text = "".join(option.itertext()).strip()
                return text if (option.get("value") is None or option.get("value", "").strip()) and text else None
    return None


def show_controls(root: Any, markup: str) -> None:
    """Each control under ``root`` that shows a value replaced by a ``<span>`` of that value (its tail kept)."""
    if "value=" not in markup and "textarea" not in markup and "TEXTAREA" not in markup:  # most pages: no control
        return
    for control in list(root.iter("input", "textarea", "select")):
        text = _shown(control)
        if text is None:
            continue
        span = control.makeelement("span", {})
        span.text = text
        span.tail = control.tail
        parent = control.getparent()
        if parent is not None:
            parent.replace(control, span)
