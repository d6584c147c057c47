"""``jixiao serve``: the web application (FastAPI + uvicorn), after bringing the schema up to date."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help="监听地址"),
        port: int = typer.Option(8000, "--port", help="监听端口"),
        workers: int = typer.Option(1, "--workers", min=1, help="工作进程数（多进程请使用 PostgreSQL）"),
    ) -> None:
        """启动网页应用（启动前自动升级数据库结构）。数据库由 JIXIAO_DATABASE_URL 指定，默认 ./data/jixiao.db。"""
        import uvicorn

        from jixiao.web.config import database_url
        from jixiao.web.db import upgrade

        url = database_url()
        upgrade(url)
        typer.echo(f"数据库：{url.split('@')[-1]}；访问 http://{host}:{port}/ （API 文档 /docs）")
        uvicorn.run("jixiao.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False)
