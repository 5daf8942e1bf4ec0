"""Automatic backups (one per day at most, made when the window closes) and restoring one.

Where: a ``sauvegardes`` folder beside the database, so the copies follow the file when
the user moves its folder and each database has its own; names are
``<name>-AAAAMMJJ-HHMMSS.sqlite`` (local time). When: on close, if no copy of today
exists, or if today's copy is older than the last change to the database (it is then
replaced: still one copy per day). So the ``keep`` copies kept cover ``keep`` different
days, and a damage noticed a week later can still be undone. Only files matching the
name pattern of this database are ever deleted.

Every copy goes through :func:`crmdesk.services.backup.backup_database` (SQLite's backup
API, verified, written atomically): a database that fails its checks never replaces a
good copy, and older copies are pruned only after a new one has been written.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmdesk.domain.errors import DomainError
from crmdesk.services.backup import backup_database, verify_backup
from crmdesk.storage.db import Database, DatabaseBusy, is_writable

FOLDER_NAME = "sauvegardes"
DEFAULT_KEEP = 7
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    """One automatic copy: where, when it was taken (from its name), its size in bytes."""

    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """The database now holds the copy; the file it replaced was moved to ``kept_aside``."""

    database: Path
    restored_from: Path
    kept_aside: Path | None


def backup_folder(db_path: Path) -> Path:
    """The folder of the automatic copies of ``db_path``."""
    return db_path.parent / FOLDER_NAME


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(db_path.stem) + r"-(\d{8}-\d{6})\.sqlite")


def list_backups(db_path: Path) -> list[BackupFile]:
    """The automatic copies of ``db_path``, newest first (other files are ignored)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            taken_at = datetime.strptime(match.group(1), STAMP)
        except ValueError:  # 20261399-…: matches the digits, not a date; not ours
            continue
        found.append(BackupFile(entry, taken_at, entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def changed_since(db_path: Path, backup: BackupFile) -> bool:
    """Has the database been written after ``backup`` was taken (file or non-empty WAL)?"""
    taken = backup.path.stat().st_mtime_ns
    wal = db_path.with_name(db_path.name + "-wal")
    stamps = [db_path.stat().st_mtime_ns]
    if wal.exists() and wal.stat().st_size > 0:
        stamps.append(wal.stat().st_mtime_ns)
    return max(stamps) > taken


def automatic_backup(db: Database, keep: int = DEFAULT_KEEP,
                     now: datetime | None = None) -> Path | None:
    """The backup made when the window closes; returns the new copy, or None if none was due.

    None for a server database, a read-only one (it cannot have changed), or when today's
    copy already holds the latest change.

    Raises:
        DomainError: the copy could not be written or failed its checks (the older copies
            are then all kept).
    """
    path = db.path
    if path is None or db.read_only or not path.exists():
        return None
    now = now or datetime.now()
    db.checkpoint()
    today = [b for b in list_backups(path) if b.taken_at.date() == now.date()]
    if today and not changed_since(path, today[0]):
        return None
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise DomainError(f"Impossible de créer le dossier des sauvegardes « {folder} » : "
                          f"{exc.strerror or exc}") from exc
    target = folder / f"{path.stem}-{now.strftime(STAMP)}.sqlite"
    try:
        written = backup_database(db, target, overwrite=True)
    except DomainError as exc:  # not written (full disk…) or failed its checks: say both
        raise DomainError(f"{exc}\nLes sauvegardes précédentes sont conservées. Si la base est "
                          "endommagée, restaurez-en une (Fichier → Restaurer une sauvegarde…)."
                          ) from exc
    for older in today:
        if older.path != written:
            older.path.unlink(missing_ok=True)
    prune(path, keep)
    return written


def prune(db_path: Path, keep: int) -> list[Path]:
    """Delete the automatic copies of ``db_path`` beyond the ``keep`` newest; returns them."""
    keep = max(1, keep)
    removed = [b.path for b in list_backups(db_path)[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def aside_name(db_path: Path, now: datetime) -> Path:
    """Where the replaced database is kept: ``<name>.avant-restauration-<stamp>.sqlite``."""
    return db_path.with_name(f"{db_path.stem}.avant-restauration-{now.strftime(STAMP)}.sqlite")


def restore_backup(backup: Path, db_path: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by the copy ``backup``, keeping the current file.

    The caller first closes its own connections (:meth:`Database.dispose`). Order: the copy
    is verified (integrity, crmdesk revision known, ``crmdesk check``), then copied beside
    the database; only then is the current file (with its ``-wal`` / ``-shm``) moved aside
    and the copy renamed into place. Any failure before the moves leaves everything as it was.

    Raises:
        DomainError: the copy is unusable, the database is in use by another program, or
            the folder cannot be written.
    """
    backup, db_path = backup.expanduser().resolve(), db_path.expanduser().resolve()
    if backup == db_path:
        raise DomainError("Choisissez une sauvegarde, pas la base elle-même.")
    if not is_writable(db_path):
        raise DomainError(f"Le dossier ou le fichier « {db_path} » n'est pas modifiable : "
                          "impossible de restaurer ici.")
    verify_backup(backup)
    _refuse_if_in_use(db_path)
    now = now or datetime.now()
    staged = _stage_copy(backup, db_path)
    try:
        aside = _move_aside(db_path, aside_name(db_path, now)) if db_path.exists() else None
        os.replace(staged, db_path)
    finally:
        staged.unlink(missing_ok=True)
    _sync_folder(db_path.parent)
    return RestoreResult(db_path, backup, aside)


def _refuse_if_in_use(db_path: Path) -> None:
    """Take the write lock for an instant: another program holding it must be closed first."""
    if not db_path.exists():
        return
    conn = sqlite3.connect(db_path, timeout=1, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if (exc.sqlite_errorcode & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseBusy(f"« {db_path.name} » est utilisée par un autre programme : "
                               "fermez-le, puis recommencez la restauration.") from exc
    except sqlite3.DatabaseError:
        pass  # a damaged file: exactly what a restore is for
    finally:
        conn.close()


def _stage_copy(backup: Path, db_path: Path) -> Path:
    """A flushed byte copy of ``backup`` beside ``db_path`` (same disk: the rename is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restore", dir=db_path.parent)
    staged = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, backup.open("rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise DomainError(f"La sauvegarde n'a pas pu être copiée ({exc.strerror or exc}) : "
                          "la base actuelle n'a pas été touchée.") from exc
    return staged


def _move_aside(db_path: Path, aside: Path) -> Path:
    """Rename the database and its ``-wal`` / ``-shm`` together, so the set stays openable."""
    for suffix in ("-wal", "-shm", ""):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
    return aside


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
