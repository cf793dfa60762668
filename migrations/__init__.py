"""Alembic migrations: the only way Chronicle's schema is created or changed."""
