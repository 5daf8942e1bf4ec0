"""Opening a crmdesk database: URL, SQLite settings, short units of work.

A database is a file path or a SQLAlchemy URL. On SQLite every connection gets
``foreign_keys=ON``, a busy timeout and full synchronous writes; the file is put
in WAL mode (by :func:`crmdesk.storage.migrate.upgrade`, once it is known to be a
crmdesk database) so readers never wait for a writer. Writes go through :meth:`Database.write`,
which starts ``BEGIN IMMEDIATE``: the write lock is taken before the first read, so
two processes that read-then-write (numbering) are serialised instead of failing
half-way. Reads use :meth:`Database.read` with a plain deferred transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_S = 30


class StorageError(Exception):
    """The database cannot be opened or used; the message is in French."""


def to_url(db: str | Path) -> URL:
    """A SQLAlchemy URL from what the user gave with ``--db``: a URL or a file path."""
    text = str(db)
    if "://" in text:
        try:
            return make_url(text)
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises several kinds here
            raise StorageError(f"Adresse de base de données invalide « {text} » : {exc}") from None
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_engine(url: URL, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One crmdesk database: engines and sessions; one short session per user action."""

    def __init__(self, db: str | Path | URL) -> None:
        self.url = db if isinstance(db, URL) else to_url(db)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = self.path
            if path is not None and not path.parent.exists():
                raise StorageError(f"Le dossier « {path.parent} » n'existe pas.")
            self.write_engine = _sqlite_engine(self.url, immediate=True)
            self.read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            self.write_engine = self.read_engine = create_engine(self.url)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)

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
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads."""
        with self._reader() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection (before a backup restore or at exit)."""
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()
