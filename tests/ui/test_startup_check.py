"""The window runs ``crmdesk check`` when it opens a database, off the GUI thread, and shows it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from forgery import rewrite_consistently
from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from pytestqt.qtbot import QtBot
from scenario import seed_draft

from crmdesk.services import invoices
from crmdesk.services.database import Database
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.startup_check import read_outcome


@pytest.fixture
def three_invoices(seeded: tuple[Database, int], tmp_path: Path) -> Database:
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    db, client_id = seeded
    for _ in range(3):
        invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    return db


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(db)
    return window


def test_sound_database_gets_a_discreet_mark(qtbot: QtBot, three_invoices: Database) -> None:
    window = _window(qtbot, three_invoices)
    check = window.startup_check
    qtbot.waitUntil(lambda: check.outcome is not None, timeout=30000)
    assert check.mark.text() == "✓ Base vérifiée : documents émis intacts"
    assert check.mark.toolTip().startswith("Base saine : intégrité SQLite ok, 3 document(s)")
    assert check.banner.isHidden()


def test_altered_invoice_is_named_in_a_red_banner(qtbot: QtBot, three_invoices: Database) -> None:
    assert three_invoices.path is not None
    rewrite_consistently(three_invoices.path, "2", "61")
    three_invoices.dispose()
    window = _window(qtbot, three_invoices)
    check = window.startup_check
    qtbot.waitUntil(check.banner.isVisible, timeout=30000)
    text = check.banner.text()
    assert "facture n° 2 : contenu modifié hors de l'application (scellement invalide)" in text
    assert "facture n° 1 " not in text and "facture n° 3 " not in text
    assert check.mark.text() == "⚠ Base altérée"
    assert "#b3261e" in check.banner.styleSheet()


def test_check_runs_in_a_child_process_while_the_window_is_up(qtbot: QtBot,
                                                             three_invoices: Database) -> None:
    window = _window(qtbot, three_invoices)  # returns while the check is running
    check = window.startup_check
    assert check.mark.text() == "Vérification de la base…" and check.outcome is None
    assert window.clients_tab is not None
    assert check.process is not None
    assert check.process.processId() not in (0, os.getpid())
    qtbot.waitUntil(lambda: check.outcome is not None, timeout=30000)
    assert check.outcome is not None and check.outcome.ok
    assert check.process is None


def test_a_check_that_cannot_finish_is_itself_reported(qtbot: QtBot, three_invoices: Database) -> None:
    window = _window(qtbot, three_invoices)
    check = window.startup_check
    qtbot.waitUntil(lambda: check.outcome is not None, timeout=30000)
    check._show(read_outcome(three_invoices, 1, b"", b"Traceback...\nMemoryError\n"))
    assert check.mark.text() == "⚠ Base altérée"
    assert "la vérification n'a pas pu aller au bout (MemoryError)" in check.banner.text()
    assert not read_outcome(three_invoices, 0, b"{not json", b"").ok


def test_closing_the_database_stops_a_running_check(qtbot: QtBot, three_invoices: Database) -> None:
    window = _window(qtbot, three_invoices)
    process = window.startup_check.process
    assert process is not None
    window.startup_check.stop()
    assert window.startup_check.process is None
    assert process.state() == QProcess.ProcessState.NotRunning
    qtbot.wait(200)
    assert window.startup_check.outcome is None  # the stopped check reports nothing
