"""The ``jixiao`` command: a thin shell over the pipeline functions.

Each command lives in its own module under :mod:`jixiao.commands` and exposes ``register(app)``.
User errors (:class:`~jixiao.errors.JixiaoError`) print one Chinese sentence and exit non-zero.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import warnings

import typer

from jixiao import __version__
from jixiao.errors import JixiaoError
from jixiao.limits import printable

COMMAND_MODULES = [
    "jixiao.commands.schema",
    "jixiao.commands.score",
    "jixiao.commands.init",
    "jixiao.commands.check",
    "jixiao.commands.render",
    "jixiao.commands.serve",
    "jixiao.commands.db",
    "jixiao.commands.user",
    "jixiao.commands.synth",
    "jixiao.commands.scan",
    "jixiao.commands.review",
    "jixiao.commands.parse",
]

app = typer.Typer(
    name="jixiao",
    help="预算绩效自评系统：评分、复核、读写自评报告。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jixiao {__version__}")
        raise typer.Exit()


# Libraries that log or warn about the files they read (a damaged PDF, an odd workbook): quiet on the
# user's terminal, where every failure is one line; shown with --verbose.
QUIET_LOGGERS = ("pdfminer", "pdfplumber", "openpyxl", "pypdfium2", "docx", "PIL", "fontTools", "rapidocr",
                 "onnxruntime", "multipart")


def quiet_libraries(verbose: bool) -> None:
    """Silence library warnings and logging unless ``verbose``."""
    if verbose:
        warnings.simplefilter("default")
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
        return
    warnings.simplefilter("ignore")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="显示版本号"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="显示所用程序库的警告和日志（默认不显示）"),
) -> None:
    """预算绩效自评系统。"""
    quiet_libraries(verbose or bool(os.environ.get("JIXIAO_VERBOSE")))


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def _say(line: str) -> None:
    """One line on stderr: control characters, line breaks and undecodable bytes escaped."""
    sys.stderr.write(printable(line) + "\n")
    sys.stderr.flush()


def main() -> None:
    """Entry point: run the app, turning user errors into one line on stderr and an exit code."""
    quiet_libraries(bool(os.environ.get("JIXIAO_VERBOSE")))  # until the options are read
    try:
        app()
    except JixiaoError as err:
        _say(f"错误：{err}")
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _say("已中断。")
        sys.exit(130)
    except MemoryError:
        _say("错误：内存不足：文件内容过大或过于复杂，无法处理")
        sys.exit(2)
    except Exception as err:  # a bug, not the user's fault: still one line unless debugging
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        _say(f"内部错误：{type(err).__name__}: {str(err)[:300]}（设置 JIXIAO_DEBUG=1 查看详情）")
        sys.exit(3)


if __name__ == "__main__":
    main()
