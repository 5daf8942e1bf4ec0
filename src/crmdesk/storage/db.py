"""Opening a crmdesk database: URL, SQLite settings, short units of work.

A database is a file path or a SQLAlchemy URL. On SQLite every connection gets
``foreign_keys=ON``, a busy timeout and full synchronous writes; the file is put
in WAL mode (by :func:`crmdesk.storage.migrate.upgrade`, once it is known to be a
crmdesk database) so readers never wait for a writer. Writes go through :meth:`Database.write`,
which starts ``BEGIN IMMEDIATE``: the write lock is taken before the first read, so
two processes that read-then-write (numbering) are serialised instead of failing
half-way. Reads use :meth:`Database.read` with a plain deferred transaction.

A file or folder that cannot be written is opened read-only (``mode=ro``). Inside a
unit of work, SQLite's lock, full-disk, read-only and damage errors become French
:class:`DatabaseFault` errors; the transaction is rolled back, so nothing is half-saved.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.domain.errors import DomainError

BUSY_TIMEOUT_S = 30


class StorageError(Exception):
    """The database cannot be opened or used; the message is in French."""


class DatabaseFault(StorageError, DomainError):
    """A unit of work failed for a reason outside the data; it was rolled back entirely.

    Also a :class:`DomainError`, so every form that already shows a rule's message
    (and keeps what was typed) shows this one the same way.
    """


class DatabaseBusy(DatabaseFault):
    """Another program holds the write lock longer than the busy timeout; retrying may work."""


class DiskFull(DatabaseFault):
    """SQLITE_FULL: no room left on the disk (or the file reached its size limit)."""


class ReadOnlyDatabase(DatabaseFault):
    """A write was attempted on a database opened read-only."""


class DatabaseDamaged(DatabaseFault):
    """The file is damaged or is not a SQLite database; it is never written to."""


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for ``path`` (quoted: spaces, ``#`` and ``?`` are legal in names)."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quote(str(path))}" + (f"?{query}" if query else "")


def read_only_params(path: Path) -> dict[str, str]:
    """``mode=ro``; plus ``immutable=1`` when the folder cannot hold the ``-shm`` file
    SQLite needs to read a WAL database, and no ``-wal`` is there to be read."""
    params = {"mode": "ro"}
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        params["immutable"] = "1"
    return params


def is_writable(path: Path) -> bool:
    """Can SQLite write ``path`` and create its ``-wal`` / ``-shm`` files beside it?"""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def translate_fault(exc: BaseException, label: str) -> DatabaseFault | None:
    """The French fault for a SQLite error (lock, full disk, read-only, damage), or None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(
            f"La base « {label} » est verrouillée par un autre programme. Rien n'a été "
            "enregistré et ce que vous avez saisi est conservé : réessayez dans un instant.")
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(
            "Le disque est plein : l'enregistrement n'a pas eu lieu. La base est restée dans "
            "son état précédent et ce que vous avez saisi est conservé. Libérez de la place, "
            "puis réessayez.")
    if primary == sqlite3.SQLITE_READONLY:
        return ReadOnlyDatabase(
            f"La base « {label} » est en lecture seule : aucune modification n'est possible. "
            "Ce que vous avez saisi n'a pas été enregistré.")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseDamaged(
            f"« {label} » est endommagée ou n'est pas une base crmdesk ({orig}). Elle n'a pas "
            "été modifiée : restaurez une sauvegarde (Fichier → Restaurer une sauvegarde…) "
            "ou ouvrez un autre fichier.")
    if primary == sqlite3.SQLITE_IOERR:
        return DatabaseFault(
            f"Le disque a refusé la lecture ou l'écriture de « {label} » ({orig}). Rien n'a été "
            "enregistré et ce que vous avez saisi est conservé.")
    return None


@contextmanager
def french_faults(label: str) -> Iterator[None]:
    """Turn SQLite's lock, full-disk, read-only and damage errors into French faults."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        fault = translate_fault(exc, label)
        if fault is None:
            raise
        raise fault from exc


def to_url(db: str | Path) -> URL:
    """A SQLAlchemy URL from what the user gave with ``--db``: a URL or a file path."""
    text = str(db)
    if "://" in text:
        try:
            return make_url(text)
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises several kinds here
            raise StorageError(f"Adresse de base de données invalide « {text} » : {exc}") from None
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_engine(url: URL, *, immediate: bool, busy_timeout_s: float = BUSY_TIMEOUT_S) -> Engine:
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One crmdesk database: engines and sessions; one short session per user action."""

    def __init__(self, db: str | Path | URL, *, read_only: bool | None = None,
                 busy_timeout_s: float = BUSY_TIMEOUT_S) -> None:
        """Engines for ``db``; a SQLite file that cannot be written is opened read-only.

        Args:
            read_only: None decides from the file and folder permissions; True forces the
                read-only mode (``mode=ro``), False never chooses it.
            busy_timeout_s: how long a write waits for another program's lock.
        """
        self.url = db if isinstance(db, URL) else to_url(db)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.read_only = False
        if self.is_sqlite:
            path = self.path
            if path is not None and not path.parent.exists():
                raise StorageError(f"Le dossier « {path.parent} » n'existe pas.")
            if path is not None and read_only is None:
                read_only = not is_writable(path)
            self.read_only = bool(read_only) and path is not None
            if path is not None and self.read_only and not path.exists():
                raise StorageError(f"Le dossier « {path.parent} » n'est pas accessible en "
                                   "écriture : la base ne peut pas y être créée.")
            url = self._read_only_url(path) if path is not None and self.read_only else self.url
            self.write_engine = _sqlite_engine(url, immediate=True, busy_timeout_s=busy_timeout_s)
            self.read_engine = _sqlite_engine(url, immediate=False, busy_timeout_s=busy_timeout_s)
        else:
            self.write_engine = self.read_engine = create_engine(self.url)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)

    @staticmethod
    def _read_only_url(path: Path) -> URL:
        return URL.create("sqlite+pysqlite", database=sqlite_uri(path),
                          query={**read_only_params(path), "uri": "true"})

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(str(self.url.database))

    @property
    def label(self) -> str:
        """What to show the user: the file name or the URL without its password."""
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes data: commits on success, rolls back on any error."""
        with french_faults(self.label), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads."""
        with french_faults(self.label), self._reader() as session, session.begin():
            yield session

    def checkpoint(self, mode: Literal["PASSIVE", "TRUNCATE"] = "PASSIVE") -> None:
        """Copy what the WAL holds into the main file.

        PASSIVE (before an automatic backup) never waits for readers, so the file's
        modification time afterwards dates the last real change; TRUNCATE also empties
        the log, so erased text is left nowhere but overwritten pages (anonymisation).
        """
        if self.path is None or self.read_only:
            return
        with french_faults(self.label):
            raw = self.write_engine.raw_connection()  # outside any transaction
            try:
                raw.cursor().execute(f"PRAGMA wal_checkpoint({mode})")
            finally:
                raw.close()

    def dispose(self) -> None:
        """Close every pooled connection (before a backup restore or at exit)."""
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()
