"""A disk spool for what workers hand back beside the summary row (letter data, cross-report records):
one SQLite file in a temporary folder, so a batch of any size keeps only small keys in memory.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class Spool:
    """``add(file, kind, data)`` as results arrive; read back by kind, in arrival order, or by file."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="jixiao-review-")
        self._db = sqlite3.connect(Path(self._dir.name) / "spool.db")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, file TEXT, kind TEXT, data TEXT)")
        self._db.execute("CREATE INDEX item_file ON item (file, kind)")
        self.count = 0

    def add(self, file: str, kind: str, data: Any) -> None:
        self._db.execute("INSERT INTO item (file, kind, data) VALUES (?, ?, ?)",
                         (file, kind, json.dumps(data, ensure_ascii=False)))
        self.count += 1

    def items(self, kind: str) -> Iterator[tuple[str, Any]]:
        """``(file, data)`` of every item of ``kind``, in arrival order, streamed."""
        cursor = self._db.execute("SELECT file, data FROM item WHERE kind = ? ORDER BY id", (kind,))
        for file, data in cursor:
            yield file, json.loads(data)

    def get(self, file: str, kind: str) -> Any | None:
        row = self._db.execute("SELECT data FROM item WHERE file = ? AND kind = ? ORDER BY id LIMIT 1",
                               (file, kind)).fetchone()
        return None if row is None else json.loads(row[0])

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()
