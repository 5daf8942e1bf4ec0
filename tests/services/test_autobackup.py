"""Automatic backups (one a day, refreshed when the base changed, the last N kept) and restore."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmdesk.domain.errors import DomainError
from crmdesk.services import clients
from crmdesk.services.autobackup import (automatic_backup, backup_folder, list_backups, prune,
                                         restore_backup)
from crmdesk.services.database import Database, DatabaseBusy, open_database
from crmdesk.services.values import ClientInput

NOON = datetime(2026, 12, 4, 12, 0, 0)


def client_names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM clients ORDER BY name")]


def test_backup_on_close_is_a_verified_copy_beside_the_database(seeded: tuple[Database, int],
                                                                   db_path: Path) -> None:
    db, _ = seeded
    written = automatic_backup(db, keep=7, now=NOON)
    assert written == db_path.parent / "sauvegardes" / "crmdesk-20261204-120000.sqlite"
    assert client_names(written) == ["SA Spirit"]
    with contextlib.closing(sqlite3.connect(written)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [b.path for b in list_backups(db_path)] == [written]
    assert list_backups(db_path)[0].size == written.stat().st_size > 0


def test_at_most_one_backup_a_day_unless_the_base_changed(seeded: tuple[Database, int],
                                                          db_path: Path) -> None:
    db, _ = seeded
    first = automatic_backup(db, keep=7, now=NOON)
    assert automatic_backup(db, keep=7, now=NOON + timedelta(hours=2)) is None  # unchanged
    db.dispose()  # closed and reopened without a change: still nothing to copy
    assert automatic_backup(db, keep=7, now=NOON + timedelta(hours=2)) is None
    clients.create_client(db, ClientInput(name="Dupont SARL"))
    refreshed = automatic_backup(db, keep=7, now=NOON + timedelta(hours=3))
    assert refreshed is not None and refreshed != first
    assert [b.path for b in list_backups(db_path)] == [refreshed]  # still one for the day
    assert client_names(refreshed) == ["Dupont SARL", "SA Spirit"]
    tomorrow = automatic_backup(db, keep=7, now=NOON + timedelta(days=1))
    assert tomorrow is not None
    assert [b.path for b in list_backups(db_path)] == [tomorrow, refreshed]


def test_only_the_last_n_days_are_kept_and_other_files_are_never_touched(
        seeded: tuple[Database, int], db_path: Path) -> None:
    db, _ = seeded
    folder = backup_folder(db_path)
    folder.mkdir()
    foreign = [folder / "notes.txt", folder / "autre-20200101-120000.sqlite",
               folder / "crmdesk-manuelle.sqlite", folder / "crmdesk-20201399-120000.sqlite"]
    for path in foreign:
        path.write_bytes(b"pas a nous")
    written = [automatic_backup(db, keep=3, now=NOON + timedelta(days=day)) for day in range(5)]
    assert [b.path for b in list_backups(db_path)] == written[:1:-1]  # days 4, 3, 2
    assert all(path.read_bytes() == b"pas a nous" for path in foreign)
    assert prune(db_path, keep=1) == [written[3], written[2]]
    assert [b.path for b in list_backups(db_path)] == [written[4]]


def test_no_automatic_backup_of_a_read_only_or_memory_database(seeded: tuple[Database, int],
                                                               db_path: Path) -> None:
    seeded[0].dispose()
    read_only = Database(db_path, read_only=True)
    try:
        assert automatic_backup(read_only, now=NOON) is None
    finally:
        read_only.dispose()
    assert automatic_backup(Database("sqlite://"), now=NOON) is None
    assert not backup_folder(db_path).exists()


def test_restore_puts_the_copy_back_and_keeps_the_current_file_aside(
        seeded: tuple[Database, int], db_path: Path) -> None:
    db, _ = seeded
    copy = automatic_backup(db, now=NOON)
    assert copy is not None
    clients.create_client(db, ClientInput(name="Ajouté après la sauvegarde"))
    db.dispose()
    result = restore_backup(copy, db_path, now=NOON + timedelta(hours=1))
    assert result.kept_aside == db_path.with_name("crmdesk.avant-restauration-20261204-130000.sqlite")
    assert client_names(db_path) == ["SA Spirit"]
    assert client_names(result.kept_aside) == ["Ajouté après la sauvegarde", "SA Spirit"]
    reopened = open_database(db_path)  # a restored file is an ordinary crmdesk base again
    reopened.dispose()
    assert copy.exists()  # the copy itself is left as it was


@pytest.fixture
def closed_copy(seeded: tuple[Database, int]) -> Path:
    """Today's automatic copy of the seeded base, the base then closed."""
    copy = automatic_backup(seeded[0], now=NOON)
    assert copy is not None
    seeded[0].dispose()
    return copy


@pytest.mark.parametrize("damage", ["truncated", "random", "foreign", "newer"])
def test_restore_refuses_a_bad_copy_before_touching_anything(
        closed_copy: Path, db_path: Path, damage: str) -> None:
    copy = closed_copy
    if damage == "truncated":
        copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    elif damage == "random":
        copy.write_bytes(bytes(range(256)) * 64)
    elif damage == "foreign":
        copy.unlink()
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            conn.execute("CREATE TABLE recettes (nom TEXT)")
            conn.commit()
    else:
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()
    before = db_path.read_bytes()
    expected = {"truncated": "illisible|intégrité", "random": "illisible", "foreign": "crmdesk",
                "newer": "plus récente"}[damage]
    with pytest.raises(DomainError, match=expected):
        restore_backup(copy, db_path, now=NOON)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == ["crmdesk.sqlite"]


def test_restore_waits_for_the_other_program_to_let_go(closed_copy: Path, db_path: Path) -> None:
    copy = closed_copy
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusy, match="autre programme"):
            restore_backup(copy, db_path, now=NOON)
        assert not any(p.name.startswith("crmdesk.avant-") for p in db_path.parent.iterdir())
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert restore_backup(copy, db_path, now=NOON).kept_aside is not None


def test_a_damaged_database_is_restored_and_kept_byte_for_byte(closed_copy: Path,
                                                               db_path: Path) -> None:
    copy = closed_copy
    garbage = b"\x00\xffpas une base" * 500
    db_path.write_bytes(garbage)
    result = restore_backup(copy, db_path, now=NOON)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == garbage
    assert client_names(db_path) == ["SA Spirit"]
    assert re.fullmatch(r"crmdesk\.avant-restauration-\d{8}-\d{6}\.sqlite", result.kept_aside.name)


def test_the_restore_command(closed_copy: Path, db_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    db_path.write_bytes(b"abime" * 100)
    assert main(["restore", str(closed_copy), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Base restaurée depuis" in out and ".avant-restauration-" in out
    assert client_names(db_path) == ["SA Spirit"]
    assert main(["restore", str(db_path.parent / "absente.sqlite"), "--db", str(db_path)]) == 1
    assert "n'existe pas" in capsys.readouterr().err


def test_a_backup_that_cannot_be_written_keeps_the_older_ones(seeded: tuple[Database, int],
                                                              db_path: Path) -> None:
    from faults.faultkit import not_writable

    db, _ = seeded
    first = automatic_backup(db, now=NOON)
    assert first is not None
    clients.create_client(db, ClientInput(name="Dupont SARL"))
    with not_writable(backup_folder(db_path)), \
            pytest.raises(DomainError, match="(?s)n'a pas pu être écrite.*précédentes sont conservées"):
        automatic_backup(db, now=NOON + timedelta(days=1))
    assert [b.path for b in list_backups(db_path)] == [first]
    assert client_names(first) == ["SA Spirit"]
