"""Opening the database a command or the window works on, migrated to the current revision."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from crmdesk.storage.db import Database, StorageError
from crmdesk.storage.migrate import upgrade

__all__ = ["Database", "StorageError", "default_database_path", "open_database"]


def default_database_path() -> Path:
    """Where the database lives when ``--db`` is not given (created on first use).

    Linux: ``~/.local/share/crmdesk/crmdesk.sqlite``; Windows: ``%LOCALAPPDATA%\\crmdesk``;
    macOS: ``~/Library/Application Support/crmdesk``.
    """
    return user_data_path("crmdesk", appauthor=False, ensure_exists=True) / "crmdesk.sqlite"


def open_database(db: str | Path | None = None) -> Database:
    """Open (creating if needed) and upgrade the database named by ``--db``.

    Raises:
        StorageError: with a French message when the file cannot be used.
    """
    database = Database(db if db is not None else default_database_path())
    try:
        upgrade(database)
    except StorageError:
        database.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError "file is not a database", permissions…
        database.dispose()
        raise StorageError(f"Impossible d'ouvrir « {database.label} » : {exc}") from exc
    return database
