"""An app factory with a fault injected, for the killed-server test: every transaction that writes
a saved version sleeps ``PAUSE_SECONDS`` after its writes and before its commit."""

from __future__ import annotations

import time
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.orm import Session

from jixiao.web.app import create_app
from jixiao.web.tables import VersionRow

PAUSE_SECONDS = 30.0


def _pause_saves(session: Session, _context: Any, _instances: Any) -> None:
    if any(isinstance(obj, VersionRow) and obj.note == "保存" for obj in session.new):
        session.info["pause"] = True


def _before_commit(session: Session) -> None:
    if session.info.pop("pause", False):
        time.sleep(PAUSE_SECONDS)


def paused_saves_app() -> FastAPI:
    event.listen(Session, "before_flush", _pause_saves)
    event.listen(Session, "before_commit", _before_commit)
    return create_app()
