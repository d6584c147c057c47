"""Running ``jixiao`` on a hostile input: in this process (fast, for the test suite) or in a process
of its own under a time and memory cap (for the benchmark and the long fuzz profile)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import resource
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

GB = 1024 ** 3


@dataclass
class Run:
    command: str
    code: int
    stderr: str
    seconds: float
    peak_bytes: int = 0  # peak RSS of the process (0 when run in this process)
    cpu_seconds: float = 0.0  # user + system time of the process (a shared machine inflates ``seconds``)

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("错误：")]

    def problems(self) -> list[str]:
        """What makes this run a failure of the reliability rules (empty when it is fine)."""
        found = []
        if self.code not in (0, 1, 2):
            found.append(f"exit {self.code}")
        if "内部错误" in self.stderr or "Traceback" in self.stderr:
            found.append("internal error")
        if self.code == 2 and self.command != "review":
            if len(self.error_lines) != 1:
                found.append(f"{len(self.error_lines)} 错误： lines")
            if len(self.stderr.strip().splitlines()) != 1:
                found.append("more than one line on stderr")
        return found


def command_line(command: str, args: list[str], out: Path) -> list[str]:
    if command == "review":
        return ["review", *args, "--out", str(out / "review"), "--jobs", "2", "--no-pages"]
    if command == "parse":
        return ["parse", *args, "-o", str(out / "parsed.yaml")]
    return [command, *args]


def run_here(command: str, args: list[str], out: Path) -> Run:
    """``jixiao COMMAND ARGS`` through the real entry point, in this process (stdout discarded)."""
    from jixiao.cli import main

    argv, stderr = sys.argv, io.StringIO()
    levels = {name: logging.getLogger(name).level for name in ("pdfminer", "openpyxl", "pypdfium2")}
    started = time.perf_counter()
    code = 0
    with warnings.catch_warnings(), contextlib.redirect_stderr(stderr), \
            contextlib.redirect_stdout(io.StringIO()):
        sys.argv = ["jixiao", *command_line(command, args, out)]
        try:
            main()
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            sys.argv = argv
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)
    return Run(command, code, stderr.getvalue(), time.perf_counter() - started)


def _unprivileged() -> list[str]:
    """A prefix that runs a command without root's power to read any file (CAP_DAC_*), when root."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


def run_apart(command: str, args: list[str], out: Path, seconds: float = 30, memory: int = 6 * GB,
              unprivileged: bool = False) -> Run:
    """``jixiao COMMAND ARGS`` in a process of its own, killed after ``seconds`` or at ``memory`` bytes of
    address space; its peak RSS measured (children included: review's workers)."""
    prefix = _unprivileged() if unprivileged else []
    argv = [*prefix, sys.executable, "-m", "jixiao", *command_line(command, args, out)]

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    started = time.perf_counter()
    with open(out / f"{command}.stderr", "w+b") as err:
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=cap)
        while True:  # wait4 ourselves: its usage is this process's (and its reaped workers') peak RSS
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() - started > seconds:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                code = -9
                break
            time.sleep(0.02)
        process.returncode = code  # reaped here, not by Popen
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return Run(command, code, stderr, time.perf_counter() - started, usage.ru_maxrss * 1024,
               usage.ru_utime + usage.ru_stime)
