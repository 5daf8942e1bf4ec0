"""Real fault mechanisms: a second connection holding the lock, a page limit for a full
disk, a file or folder that cannot be written (even by root), a database made small."""

from __future__ import annotations

import array
import contextlib
import fcntl
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import event

from crmdesk.services.database import Database

FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, FS_IMMUTABLE_FL = 0x80086601, 0x40086602, 0x10


@contextlib.contextmanager
def lock_held(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program writing: a second connection inside ``BEGIN EXCLUSIVE``."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield other
        other.execute("ROLLBACK")
    finally:
        other.close()


@contextlib.contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """Every new write connection may not grow the file by a single page (SQLITE_FULL)."""
    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    db.write_engine.dispose()
    event.listen(db.write_engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(db.write_engine, "connect", limit)
        db.write_engine.dispose()


def _set_immutable(path: Path, on: bool) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        flags = array.array("l", [0])
        fcntl.ioctl(fd, FS_IOC_GETFLAGS, flags, True)
        flags[0] = flags[0] | FS_IMMUTABLE_FL if on else flags[0] & ~FS_IMMUTABLE_FL
        fcntl.ioctl(fd, FS_IOC_SETFLAGS, flags, True)
    finally:
        os.close(fd)


@contextlib.contextmanager
def not_writable(path: Path) -> Iterator[None]:
    """Make ``path`` (a file or a folder) impossible to write for this process.

    An ordinary user gets the permission bits removed; root ignores those, so for root
    the file gets the kernel's immutable attribute (what ``chattr +i`` sets), which
    refuses writes to everyone. Either way SQLite meets a real refusal.
    """
    if os.geteuid() == 0:
        _set_immutable(path, True)
        try:
            yield
        finally:
            _set_immutable(path, False)
    else:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield
        finally:
            path.chmod(mode)
    assert os.access(path, os.W_OK)  # restored: tmp_path can be cleaned up
