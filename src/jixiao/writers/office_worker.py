"""The warm converter's worker: run by a Python that has LibreOffice's ``uno`` module (Debian's
``python3-uno``, i.e. the system ``/usr/bin/python3``), never imported by jixiao itself.

It starts one headless LibreOffice listening on a private pipe, connects to it, prints
``{"ready": seconds}`` and then converts one Word file at a time: each line read on stdin is a job
``{"in": "/abs/a.docx", "out": "/abs/a.pdf"}``, answered by one line ``{"ok": seconds}`` or
``{"error": "…"}``. A job that kills LibreOffice ends the worker (exit 3) so that its parent starts
a fresh one. At the end of stdin (the parent closed it or died) or on SIGTERM, LibreOffice is shut
down with it.

Usage: ``python3 office_worker.py SOFFICE PROFILE_URL PIPE_NAME [START_TIMEOUT]``.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from contextlib import suppress
from typing import Any

import uno
from com.sun.star.beans import PropertyValue


def _prop(name: str, value: Any) -> Any:
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def _say(**message: Any) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _connect(office: subprocess.Popen[bytes], pipe: str, timeout: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception as err:  # NoConnectException until LibreOffice listens
            if office.poll() is not None:
                raise RuntimeError(f"LibreOffice 启动后即退出（退出码 {office.returncode}）") from err
            if time.monotonic() > deadline:
                raise RuntimeError(f"LibreOffice 在 {timeout:.0f} 秒内未能启动") from err
            time.sleep(0.05)


def _convert(desktop: Any, source: str, target: str) -> None:
    hidden = (_prop("Hidden", True), _prop("ReadOnly", True))
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, hidden)
    if document is None:
        raise ValueError("LibreOffice 无法打开该文件")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target), (_prop("FilterName", "writer_pdf_Export"),))
    finally:
        document.close(True)


def _alive(office: subprocess.Popen[bytes], desktop: Any) -> bool:
    if office.poll() is not None:
        return False
    try:
        desktop.getComponents()
    except Exception:  # the bridge is gone (DisposedException)
        return False
    return True


def main(argv: list[str]) -> int:
    soffice, profile, pipe = argv[:3]
    start_timeout = float(argv[3]) if len(argv) > 3 else 60.0
    started = time.monotonic()
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore", "--nologo",
         "--nodefault", "--nolockcheck", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(code: int = 0) -> None:
        if office.poll() is None:
            office.terminate()
            try:
                office.wait(10)
            except subprocess.TimeoutExpired:
                office.kill()
        sys.exit(code)

    signal.signal(signal.SIGTERM, lambda *_: stop())
    try:
        desktop = _connect(office, pipe, start_timeout)
    except RuntimeError as err:
        _say(error=str(err))
        stop(2)
    _say(ready=round(time.monotonic() - started, 3))
    for line in sys.stdin:
        job = json.loads(line)
        begun = time.monotonic()
        try:
            _convert(desktop, job["in"], job["out"])
        except Exception as err:
            if not _alive(office, desktop):
                _say(error=f"LibreOffice 在转换中退出：{err}", dead=True)
                office.kill()
                return 3
            _say(error=str(err) or type(err).__name__)
            continue
        _say(ok=round(time.monotonic() - begun, 3))
    with suppress(Exception):  # already gone
        desktop.terminate()
    stop()
    return 0  # not reached: stop() exits


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
