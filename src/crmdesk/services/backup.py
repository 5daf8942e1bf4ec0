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
from crmdesk.storage.db import Database


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
    fd, tmp_name = tempfile.mkstemp(prefix=".crmdesk-backup-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True,
                                                timeout=30)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        verify_backup(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def verify_backup(path: Path) -> None:
    """Refuse a copy that is damaged, not a crmdesk database, or fails ``crmdesk check``."""
    from crmdesk.services.integrity import check_database

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            status = [r for (r,) in conn.execute("PRAGMA integrity_check")]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DomainError(f"La copie « {path.name} » est illisible : {exc}") from exc
    if status != ["ok"]:
        raise DomainError(f"La copie ne passe pas le contrôle d'intégrité : {'; '.join(status[:3])}")
    if revision is None:
        raise DomainError("La copie ne contient pas de base crmdesk.")
    copy = Database(path)
    try:
        report = check_database(copy)
    finally:
        copy.dispose()
    if not report.ok:
        raise DomainError("La copie ne passe pas la vérification :\n" + report.summary())
