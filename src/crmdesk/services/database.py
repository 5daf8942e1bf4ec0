"""Opening the database a command or the window works on, migrated to the current revision.

A file that cannot be a crmdesk base (empty, not SQLite, truncated, foreign, made by a
newer crmdesk) is refused before anything is written to it; a file or folder that
cannot be written is opened read-only (docs/faults.md lists every fault handled).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from crmdesk.storage.db import (BUSY_TIMEOUT_S, Database, DatabaseBusy, DatabaseDamaged,
                                DatabaseFault, DiskFull, ReadOnlyDatabase, StorageError,
                                translate_fault)
from crmdesk.storage.migrate import HEAD, alembic_config, current_revision, upgrade

__all__ = ["INTERACTIVE_BUSY_TIMEOUT_S", "Database", "DatabaseBusy", "DatabaseDamaged",
           "DatabaseFault", "DiskFull", "ReadOnlyDatabase", "StorageError", "check_file_header",
           "default_database_path", "known_revision", "open_database"]

SQLITE_MAGIC = b"SQLite format 3\x00"

#: How long the window waits for another program's write lock before saying so (a
#: command waits :data:`BUSY_TIMEOUT_S`): the window is frozen while it waits.
INTERACTIVE_BUSY_TIMEOUT_S = 5.0


def default_database_path() -> Path:
    """Where the database lives when ``--db`` is not given (created on first use).

    Linux: ``~/.local/share/crmdesk/crmdesk.sqlite``; Windows: ``%LOCALAPPDATA%\\crmdesk``;
    macOS: ``~/Library/Application Support/crmdesk``.
    """
    return user_data_path("crmdesk", appauthor=False, ensure_exists=True) / "crmdesk.sqlite"


def open_database(db: str | Path | None = None, *,
                  busy_timeout_s: float = BUSY_TIMEOUT_S) -> Database:  # ok-float: seconds
    """Open (creating if needed) and upgrade the database named by ``--db``.

    Raises:
        StorageError: with a French message when the file cannot be used.
    """
    database = Database(db if db is not None else default_database_path(),
                        busy_timeout_s=busy_timeout_s)
    try:
        if database.path is not None:
            check_file_header(database.path)
        if database.read_only:
            _check_read_only_revision(database)
        else:
            _refuse_newer_revision(database)
            upgrade(database)
    except StorageError:
        database.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError "file is not a database", permissions…
        database.dispose()
        fault = translate_fault(exc, database.label)
        if fault is not None:
            raise fault from exc
        raise StorageError(f"Impossible d'ouvrir « {database.label} » : {exc}") from exc
    return database


def check_file_header(path: Path) -> None:
    """Refuse, before SQLite touches it, an existing file that cannot be a crmdesk database.

    An empty file would otherwise become a brand-new empty database (a damaged file
    silently recreated), and a file shorter than the page count its header declares has
    been truncated. Reading 100 bytes costs nothing at start-up; deeper damage is found
    by SQLite when a damaged page is read, and reported as :class:`DatabaseDamaged`.
    """
    if not path.exists():
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    advice = ("Elle n'a pas été modifiée : restaurez une sauvegarde (Fichier → Restaurer une "
              "sauvegarde…) ou ouvrez un autre fichier.")
    if not header:
        raise DatabaseDamaged(f"Impossible d'ouvrir « {path} » : le fichier est vide (0 octet), "
                              "ce n'est pas une base crmdesk. " + advice)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseDamaged(f"Impossible d'ouvrir « {path} » : ce n'est pas une base crmdesk "
                              "(pas un fichier SQLite), ou son en-tête est endommagé. " + advice)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_valid = header[24:28] == header[92:96]  # SQLite's own rule for trusting the count
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0  # an interrupted checkpoint is redone
    if size_valid and not pending and pages and path.stat().st_size < pages * page_size:
        raise DatabaseDamaged(f"Impossible d'ouvrir « {path} » : le fichier est tronqué, plus "
                              "court que ce que déclare son en-tête. " + advice)


def known_revision(database: Database, revision: str) -> bool:
    """Is ``revision`` one of this crmdesk's migrations (an older one is upgraded on open)?"""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(database)).get_revision(revision) is not None
    except CommandError:
        return False


def _refuse_newer_revision(database: Database) -> None:
    """A base made by a newer crmdesk is left alone (Alembic is loaded only when not current)."""
    try:
        revision = current_revision(database)
    except Exception:  # noqa: BLE001 - the file's own errors are reported by upgrade()
        return
    if revision is not None and revision != HEAD and not known_revision(database, revision):
        raise StorageError(f"« {database.label} » a été créée par une version plus récente de "
                           f"crmdesk (révision {revision}) : mettez crmdesk à jour. Elle n'a pas "
                           "été modifiée.")


def _check_read_only_revision(database: Database) -> None:
    """A read-only file cannot be created nor migrated: it must already be current."""
    revision = current_revision(database)
    if revision is None:
        raise StorageError(f"« {database.label} » est en lecture seule et ne contient pas de "
                           "base crmdesk. Elle n'a pas été modifiée.")
    if revision != HEAD:
        raise StorageError(f"« {database.label} » est en lecture seule et doit être mise à jour "
                           f"(révision {revision}, attendue {HEAD}) : rendez le fichier modifiable "
                           "puis rouvrez-le.")
