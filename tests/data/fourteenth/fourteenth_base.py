"""Shared pieces of the fourteenth corpus: the tenth set's helpers (which bring the earlier sets' fact helpers),
imported, not copied, and the few flattenings this set adds (a PDF text layer laid out by column with cells
wrapped inside their column, a run-on viewer line, a saved MHTML page). No jixiao import."""

from __future__ import annotations

import base64
import quopri
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tenth"))

from tenth_base import (  # noqa: E402
    D,
    Ind,
    Report,
    cells_of,
    exec_score,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    pipe,
    q,
    r2,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "budget", "cells_of", "exec_score", "execution_indicator", "exp", "layout", "mhtml",
    "money", "num", "pct", "pipe", "project", "q", "r2", "rate_of", "sep", "sum_scores", "t", "whole_facts",
    "write_expected",
]


def project(year: int, dept: str, name: str, unit: str | None, rest: dict[str, Any]) -> dict[str, Any]:
    """A project report's expected facts (``unit`` None: no implementing unit is printed)."""
    proj = {"name": name} if unit is None else {"name": name, "implementing_unit": unit}
    return {"kind": "项目支出", "year": year, "unit": {"supervising_department": dept}, "project": proj, **rest}


def budget(initial: Any, adjusted: Any, executed: Any, **more: Any) -> dict[str, Any]:
    """The money block as expected facts: 年初 / 全年 / 执行 and the printed rate (``initial`` None: not printed)."""
    out: dict[str, Any] = {} if initial is None else {"initial": D(str(initial))}
    out |= {"adjusted": D(str(adjusted)), "executed": D(str(executed)),
            "stated_execution_rate": rate_of(executed, adjusted)}
    return out | more


def width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


def chunks(text: str, room: int) -> list[str]:
    """A cell's text cut to lines no wider than ``room`` (a PDF text layer wraps a cell inside its column)."""
    out, line = [], ""
    for c in text:
        if width(line + c) > room:
            out.append(line)
            line = ""
        line += c
    return [*out, line] if line or not out else out


def layout(rows: list[list[str]], widths: list[int]) -> list[str]:
    """Rows as ``pdftotext -layout`` prints them: each cell padded to its column, two spaces between columns,
    a long cell continued on the next line(s) in its own column."""
    lines: list[str] = []
    for row in rows:
        parts = [chunks(cell, w) for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(p) for p in parts)):
            cells = [(p[k] if k < len(p) else "") for p in parts]
            text = "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True))
            lines.append(text.rstrip())
    return lines


def mhtml(url: str, title: str, html: str) -> bytes:
    """A page saved by a browser as a single file (MHTML): the HTML part quoted-printable in UTF-8."""
    boundary = "----MultipartBoundary--Fk3q9ZpX2wLr8sT0vYb4nC6dEe1gHh7jJ5mN----"
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n"
            f"Subject: =?utf-8?B?{base64.b64encode(title.encode()).decode()}?=\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n')
    part = (f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n")
    body = quopri.encodestring(html.replace("\n", "\r\n").encode("utf-8"))
    body = body.replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
    return (head + part).encode("ascii") + body + f"\r\n\r\n--{boundary}--\r\n".encode("ascii")
