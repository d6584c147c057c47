"""The ``jixiao`` command: a thin shell over the pipeline functions.

Each command lives in its own module under :mod:`jixiao.commands` and exposes ``register(app)``.
User errors (:class:`~jixiao.errors.JixiaoError`) print one Chinese sentence and exit non-zero.
"""

from __future__ import annotations

import importlib
import os
import sys

import typer
from rich.console import Console

from jixiao import __version__
from jixiao.errors import JixiaoError

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


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="显示版本号"),
) -> None:
    """预算绩效自评系统。"""


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Entry point: run the app, turning user errors into one line on stderr and an exit code."""
    err_console = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        app()
    except JixiaoError as err:
        err_console.print(f"错误：{err}", markup=False)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        err_console.print("已中断。", markup=False)
        sys.exit(130)
    except Exception as err:  # a bug, not the user's fault: still one line unless debugging
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        err_console.print(f"内部错误：{type(err).__name__}: {err}（设置 JIXIAO_DEBUG=1 查看详情）", markup=False)
        sys.exit(3)


if __name__ == "__main__":
    main()
