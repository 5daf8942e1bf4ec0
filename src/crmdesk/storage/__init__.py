"""Persistence: SQLAlchemy tables, the engine and its SQLite settings, Alembic migrations."""
