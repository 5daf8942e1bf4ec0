"""The window opens on a database with its four tabs, in French, and remembers its tab."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from crmdesk.services.database import Database
from crmdesk.ui.main_window import MainWindow


def test_window_title_and_tabs(qtbot: QtBot, seeded: tuple[Database, int], tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    db, _ = seeded
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "WORLD COMPAGNIE — crmdesk.sqlite — crmdesk"
    assert db.label in window.statusBar().currentMessage()
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert labels == ["Clients", "Factures", "Fidélisation", "Réclamations"]
    window.tabs.setCurrentIndex(2)
    window.close()
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
