"""``review.json``: the same data as the workbook, for other programs.

Findings are streamed to a side file while the batch runs and copied into ``review.json`` line by
line at the end, so the batch never holds every finding in memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any


class ReviewJson:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.side = path.with_name(path.name + ".findings.part")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._out: IO[str] = self.side.open("w", encoding="utf-8")

    def add_finding(self, finding: dict[str, Any]) -> None:
        self._out.write(json.dumps(finding, ensure_ascii=False) + "\n")

    def close(self, header: dict[str, Any], reports: list[dict[str, Any]], counts: list[dict[str, Any]],
              unreadable: list[dict[str, str]], skipped: list[dict[str, str]],
              series: list[dict[str, Any]] | None = None) -> Path:
        """Write review.json; ``series``: the units reviewed over several years, with their figures by year."""
        self._out.close()
        tmp = self.path.with_name(self.path.name + ".part")
        with tmp.open("w", encoding="utf-8") as out, self.side.open(encoding="utf-8") as side:
            out.write("{\n")
            for key, value in header.items():
                out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
            out.write('  "reports": [')
            out.write(",".join("\n    " + json.dumps(r, ensure_ascii=False) for r in reports))
            out.write('\n  ],\n  "findings": [')
            first = True
            for line in side:
                out.write(("\n    " if first else ",\n    ") + line.rstrip("\n"))
                first = False
            out.write('\n  ],\n  "counts": ')
            out.write(json.dumps(counts, ensure_ascii=False))
            out.write(',\n  "unreadable": ')
            out.write(json.dumps(unreadable, ensure_ascii=False))
            out.write(',\n  "series": ')
            out.write(json.dumps(series or [], ensure_ascii=False))
            out.write(',\n  "skipped": ')
            out.write(json.dumps(skipped, ensure_ascii=False))
            out.write("\n}\n")
        tmp.replace(self.path)
        self.side.unlink()
        return self.path
