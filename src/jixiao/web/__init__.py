"""The web application: a thin shell over the same pipeline functions the CLI uses.

``create_app()`` (in :mod:`jixiao.web.app`) builds the FastAPI application; the database is SQLite
by default (``./data/jixiao.db``) or PostgreSQL when ``JIXIAO_DATABASE_URL`` is set.
"""
