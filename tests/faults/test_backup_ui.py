"""What the user sees of backups: the copy made on close, the number kept (Préférences),
and Fichier → Restaurer une sauvegarde…"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.autobackup import automatic_backup, list_backups
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.preferences import PreferencesDialog, backups_kept
from crmdesk.ui.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "conf"))
    QSettings().clear()


def test_closing_the_window_makes_the_days_backup_and_keeps_the_preferred_number(
        qtbot: QtBot, seeded: tuple[Database, int], db_path: Path) -> None:
    db, _ = seeded
    for days_ago in (5, 4, 3):
        automatic_backup(db, keep=30, now=datetime.now() - timedelta(days=days_ago))
    assert backups_kept() == 7
    preferences = PreferencesDialog()
    qtbot.addWidget(preferences)
    preferences.backups.setValue(2)
    preferences.accept()
    assert backups_kept() == 2
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.close()
    kept = list_backups(db_path)
    assert len(kept) == 2 and kept[0].taken_at.date() == datetime.now().date()
    assert kept[1].taken_at.date() == (datetime.now() - timedelta(days=3)).date()


def test_the_menu_lists_the_copies_and_restores_the_chosen_one(
        qtbot: QtBot, seeded: tuple[Database, int], db_path: Path) -> None:
    db, _ = seeded
    old = automatic_backup(db, now=datetime(2026, 11, 30, 18, 5, 9))
    clients.create_client(db, ClientInput(name="Dupont SARL"))
    automatic_backup(db, now=datetime(2026, 12, 1, 18, 0, 0))
    clients.create_client(db, ClientInput(name="Martin et fils"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text() == "&Restaurer une sauvegarde…")
    asked: list[str] = []
    shown: list[RestoreDialog] = []

    class PickOldest(RestoreDialog):
        def confirm(self, text: str) -> bool:
            asked.append(text)
            return len(asked) > 1  # the first time the user says no

        def inform(self, text: str) -> None:
            asked.append(text)

        def exec(self) -> int:
            shown.append(self)
            self.table.selectRow(1)
            self.restore_selected()  # declined: nothing happens
            self.restore_selected()
            return int(self.result())

    window.make_restore_dialog = lambda path: PickOldest(path, window._release_database, window)  # type: ignore[method-assign]
    action.trigger()
    table = shown[0].table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "01/12/2026 18:00:00", "30/11/2026 18:05:09"]
    assert old is not None and table.item(1, 2).text() == old.name
    assert table.item(1, 1).text().endswith(("Kio", "KiB", "ko", "Ko"))
    assert "Remplacer la base « crmdesk.sqlite »" in asked[0] and len(asked) == 3
    assert "L'ancienne base est conservée" in asked[2]
    assert window.db is not None and window.db is not db
    assert clients.find_client_by_number(window.db, "456") is not None
    with contextlib.closing(sqlite3.connect(db_path)) as conn:  # the oldest copy: one client
        assert conn.execute("SELECT name FROM clients").fetchall() == [("SA Spirit",)]
    aside = [p for p in db_path.parent.iterdir() if ".avant-restauration-" in p.name
             and p.name.endswith(".sqlite")]
    assert len(aside) == 1


def test_a_restore_that_fails_says_so_and_reopens_the_base_unchanged(
        qtbot: QtBot, seeded: tuple[Database, int], db_path: Path, tmp_path: Path) -> None:
    db, _ = seeded
    bogus = tmp_path / "pas-une-sauvegarde.sqlite"
    bogus.write_bytes(b"rien" * 1000)
    window = MainWindow(db)
    qtbot.addWidget(window)
    errors: list[str] = []

    class PickBogus(RestoreDialog):
        def choose_file(self) -> Path | None:
            return bogus

        def confirm(self, text: str) -> bool:
            return True

        def show_error(self, text: str) -> None:
            errors.append(text)

        def exec(self) -> int:
            assert self.empty.isHidden() is False  # no automatic copy yet: said so
            self.restore_other()
            return int(self.result())

    window.make_restore_dialog = lambda path: PickBogus(path, window._release_database, window)  # type: ignore[method-assign]
    window.restore_backup()
    assert len(errors) == 1 and errors[0].startswith("La restauration n'a pas eu lieu")
    assert "illisible" in errors[0]
    assert window.db is not None and clients.find_client_by_number(window.db, "456") is not None
    assert not any(".avant-restauration-" in p.name for p in db_path.parent.iterdir())
