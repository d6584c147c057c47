"""``jixiao schema``: print the JSON Schema of an evaluation file."""

from __future__ import annotations

import json

import typer

from jixiao.model import Evaluation


def register(app: typer.Typer) -> None:
    @app.command("schema")
    def schema() -> None:
        """打印评价文件（YAML/JSON）的 JSON Schema。"""
        typer.echo(json.dumps(Evaluation.model_json_schema(), ensure_ascii=False, indent=2))
