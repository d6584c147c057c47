"""Run ``jixiao serve`` in a subprocess on a free loopback port, for tests and the benchmark."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from webpg import free_port

JIXIAO = Path(sys.executable).parent / "jixiao"
HERE = Path(__file__).resolve().parent


class LiveServer:
    def __init__(
        self, database_url: str, cwd: Path, workers: int = 1, env: dict[str, str] | None = None,
        factory: str | None = None,
    ) -> None:
        """``factory`` (``module:function`` importable from tests/web) serves another app factory
        through uvicorn directly, e.g. one with a fault injected; the schema must be up to date."""
        self.database_url = database_url
        self.factory = factory
        self.cwd = cwd
        self.workers = workers
        self.extra_env = env or {}
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        env = {**os.environ, "JIXIAO_DATABASE_URL": self.database_url, **self.extra_env}
        log = (self.cwd / f"server-{self.port}.log").open("ab")
        command = [str(JIXIAO), "serve", "--port", str(self.port), "--workers", str(self.workers)]
        if self.factory:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
            command = [sys.executable, "-m", "uvicorn", self.factory, "--factory", "--port", str(self.port),
                       "--workers", str(self.workers), "--log-level", "warning"]
        self.proc = subprocess.Popen(
            command, cwd=self.cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {(self.cwd / f'server-{self.port}.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not start in 60 s")

    def kill(self) -> None:
        """SIGKILL the server and its workers (its own process group), as a crash would."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
