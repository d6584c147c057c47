"""Alembic environment: the URL comes from the config built in :func:`jixiao.web.db.alembic_config`."""

from __future__ import annotations

from alembic import context

from jixiao.web.db import make_engine
from jixiao.web.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
