"""A damaged file, or one that is not a crmdesk base: refused in French, never written,
never recreated, and the window offers to restore a backup."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.autobackup import automatic_backup, backup_folder, list_backups
from crmdesk.services.database import Database, DatabaseDamaged, StorageError, open_database
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.restore_dialog import RestoreDialog


def mutate(path: Path, how: str) -> None:
    """One member of the damaged-file set, written over the closed base at ``path``."""
    data = path.read_bytes()
    noise = random.Random(8).randbytes
    if how == "empty":
        path.write_bytes(b"")
    elif how == "random":
        path.write_bytes(noise(len(data)))
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "header":
        path.write_bytes(noise(16) + data[16:])
    elif how == "foreign":
        path.unlink()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE recettes (nom TEXT, temps INTEGER)")
            conn.commit()
    elif how == "newer":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        raise AssertionError(how)


def page_of(path: Path, table: str) -> tuple[int, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return (root - 1) * size, size


@pytest.fixture
def closed_base(seeded: tuple[Database, int], db_path: Path) -> Path:
    seeded[0].dispose()
    return db_path


@pytest.mark.parametrize(("how", "expected"), [
    ("empty", "vide"), ("random", "pas un fichier SQLite"), ("truncated", "tronqué"),
    ("header", "en-tête est endommagé"), ("foreign", "n'est pas une base crmdesk"),
    ("newer", "version plus récente")])
def test_a_bad_file_is_refused_in_french_and_left_byte_identical(
        closed_base: Path, how: str, expected: str) -> None:
    mutate(closed_base, how)
    before = closed_base.read_bytes()
    with pytest.raises(StorageError, match=expected) as caught:
        open_database(closed_base)
    assert "n'a pas été modifiée" in str(caught.value)
    assert closed_base.read_bytes() == before
    assert sorted(p.name for p in closed_base.parent.iterdir()) == [closed_base.name]


def test_a_damaged_page_is_reported_when_read_and_nothing_is_written(closed_base: Path) -> None:
    before = scramble_page(closed_base, "clients")
    db = open_database(closed_base)  # the header and schema are sound: the damage is deeper
    try:
        with pytest.raises(DatabaseDamaged, match="endommagée") as caught:
            clients.find_client_by_number(db, "456")
        assert "Restaurer une sauvegarde" in str(caught.value)
    finally:
        db.dispose()
    assert closed_base.read_bytes() == before


class _Answers:
    def __init__(self) -> None:
        self.seen: list[str] = []


def test_the_window_offers_a_backup_and_restores_it(qtbot: QtBot, seeded: tuple[Database, int],
                                                   db_path: Path) -> None:
    db, _ = seeded
    assert automatic_backup(db) is not None
    db.dispose()
    mutate(db_path, "random")
    damaged = db_path.read_bytes()
    answers = _Answers()

    class AutoRestore(RestoreDialog):
        def confirm(self, text: str) -> bool:
            answers.seen.append(text)
            return True

        def inform(self, text: str) -> None:
            answers.seen.append(text)

        def exec(self) -> int:  # the user picks the newest copy and confirms
            self.restore_selected()
            return int(self.result())

    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_after_open_failure = lambda text: answers.seen.append(text) or "restore"  # type: ignore[method-assign]
    window.make_restore_dialog = lambda path: AutoRestore(path, window._release_database, window)  # type: ignore[method-assign]
    assert window._open(db_path) is False
    assert "Impossible d'ouvrir" in answers.seen[0] and "restaurez une sauvegarde" in answers.seen[0]
    assert "Base restaurée" in answers.seen[-1]
    assert window.db is not None and window.db.path == db_path  # reopened on the restored copy
    assert clients.find_client_by_number(window.db, "456") is not None
    kept = [p for p in db_path.parent.iterdir() if ".avant-restauration-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_declining_leaves_the_damaged_file_alone(qtbot: QtBot, closed_base: Path) -> None:
    mutate(closed_base, "truncated")
    before = closed_base.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []
    window.ask_after_open_failure = lambda text: seen.append(text) or "close"  # type: ignore[method-assign]
    assert window._open(closed_base) is False
    assert len(seen) == 1 and "tronqué" in seen[0]
    assert window.db is None and closed_base.read_bytes() == before


def scramble_page(path: Path, table: str) -> bytes:
    """Random bytes over the root page of ``table``; returns the damaged file's bytes."""
    offset, size = page_of(path, table)
    data = bytearray(path.read_bytes())
    data[offset:offset + size] = random.Random(5).randbytes(size)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_met_while_filling_the_window_is_explained(qtbot: QtBot, closed_base: Path) -> None:
    damaged = scramble_page(closed_base, "clients")
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []
    window.ask_after_open_failure = lambda text: seen.append(text) or "close"  # type: ignore[method-assign]
    assert window._open(closed_base) is False
    assert len(seen) == 1 and "endommagée" in seen[0] and "Restaurer une sauvegarde" in seen[0]
    assert window.db is None
    assert closed_base.read_bytes() == damaged


def test_a_failed_automatic_backup_is_said_and_replaces_no_copy(
        qtbot: QtBot, seeded: tuple[Database, int], db_path: Path) -> None:
    db, _ = seeded
    earlier = automatic_backup(db, now=datetime.now() - timedelta(days=1))
    assert earlier is not None
    good_copy = earlier.read_bytes()
    db.dispose()
    scramble_page(db_path, "payments")  # a table the window does not read when it opens
    window = MainWindow()
    qtbot.addWidget(window)
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]
    assert window._open(db_path)
    window.close()
    assert len(errors) == 1 and errors[0].startswith("La sauvegarde automatique a échoué")
    assert "intégrité" in errors[0]
    assert [b.path for b in list_backups(db_path)] == [earlier] and earlier.read_bytes() == good_copy
    assert not [p for p in backup_folder(db_path).iterdir() if p.name.startswith(".")]
