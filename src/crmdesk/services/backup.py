"""Consistent copies of a SQLite database through SQLite's online backup API.

A file copy of a live WAL database can miss committed pages or catch a
half-written one; the backup API copies a consistent snapshot while other
connections keep working. The copy is written beside its target, verified
(``PRAGMA integrity_check``, a crmdesk revision, ``crmdesk check``), and only
then moved into place, so a failed backup never leaves a broken file behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from crmdesk.domain.errors import DomainError
from crmdesk.storage.db import Database, read_only_params, sqlite_uri, translate_fault


def backup_database(db: Database, target: Path, *, overwrite: bool = False) -> Path:
    """Write a verified copy of ``db`` to ``target`` and return its path.

    Raises:
        DomainError: not a SQLite file, target exists, or the copy failed its checks.
    """
    source = db.path
    if source is None:
        raise DomainError("La sauvegarde par l'API SQLite ne concerne qu'un fichier SQLite ; "
                          "pour un serveur, utilisez ses outils (pg_dump…).")
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise DomainError("La sauvegarde ne peut pas remplacer la base elle-même.")
    if target.exists() and not overwrite:
        raise DomainError(f"« {target} » existe déjà : choisissez un autre nom de fichier.")
    if not target.parent.is_dir():
        raise DomainError(f"Le dossier « {target.parent} » n'existe pas.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".crmdesk-backup-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise DomainError(f"La copie n'a pas pu être écrite dans « {target.parent} » : "
                          f"{exc.strerror or exc}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy(source, tmp, target)
        verify_backup(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _copy(source: Path, tmp: Path, target: Path) -> None:
    """The backup API's copy of ``source`` into ``tmp``; a full disk or a lock said in French."""
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri(source, **read_only_params(source)),
                                                uri=True, timeout=30)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except sqlite3.Error as exc:
        fault = translate_fault(exc, str(target))
        raise (fault or DomainError(f"La copie n'a pas pu être écrite : {exc}.")) from exc


def verify_backup(path: Path) -> None:
    """Refuse a copy that is damaged, not a crmdesk database, made by a newer crmdesk, or
    failing ``crmdesk check`` (which includes the tamper-evidence chain)."""
    from crmdesk.services.database import known_revision
    from crmdesk.services.integrity import check_database

    if not path.is_file():
        raise DomainError(f"La copie « {path} » n'existe pas.")
    with contextlib.closing(sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)) as conn:
        try:
            status = [r for (r,) in conn.execute("PRAGMA integrity_check")]
            revision = conn.execute(
                "SELECT version_num FROM alembic_version" if _has_revision_table(conn)
                else "SELECT NULL WHERE 0").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DomainError(f"La copie ne passe pas le contrôle d'intégrité : elle est illisible "
                              f"ou endommagée ({exc}).") from exc
    if status != ["ok"]:
        raise DomainError(f"La copie ne passe pas le contrôle d'intégrité : {'; '.join(status[:3])}")
    if revision is None:
        raise DomainError("La copie ne contient pas de base crmdesk.")
    copy = Database(path, read_only=True)
    try:
        if not known_revision(copy, str(revision[0])):
            raise DomainError(f"La copie a été faite par une version plus récente de crmdesk "
                              f"(révision {revision[0]}) : mettez crmdesk à jour.")
        report = check_database(copy)
    finally:
        copy.dispose()
    if not report.ok:
        raise DomainError("La copie ne passe pas la vérification :\n" + report.summary())


def _has_revision_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'alembic_version'").fetchone() is not None
