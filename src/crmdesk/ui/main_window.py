"""The main window: four tabs (Clients, Factures, Fidélisation, Réclamations), menus, status bar.

Signals: none yet.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from crmdesk import __version__
from crmdesk.services.company import get_seller
from crmdesk.services.database import Database


def _placeholder(text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    return page


class MainWindow(QMainWindow):
    """The application window over one database."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        seller = get_seller(db)
        company = seller.legal_name or self.tr("Entreprise à renseigner")
        self.setWindowTitle(f"{company} — {db.label} — crmdesk")
        self.tabs = QTabWidget()
        self.tabs.addTab(_placeholder(self.tr(
            "Clients : la liste des clients, la recherche et la fiche client arrivent ici.")),
            self.tr("Clients"))
        self.tabs.addTab(_placeholder(self.tr(
            "Factures : l'éditeur de factures avec ses totaux en direct arrive ici.")),
            self.tr("Factures"))
        self.tabs.addTab(_placeholder(self.tr(
            "Fidélisation : connaître, informer, récompenser, impliquer — à venir.")),
            self.tr("Fidélisation"))
        self.tabs.addTab(_placeholder(self.tr(
            "Réclamations : l'assistant écouter, reformuler, trouver une solution, geste "
            "commercial — à venir.")), self.tr("Réclamations"))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Base : %1").replace("%1", db.label))
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = QAction(self.tr("À &propos"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("À propos de crmdesk"))
        box.setText(self.tr("crmdesk %1 — le suivi après-vente : clients, factures, fidélisation, "
                            "réclamations.").replace("%1", __version__))
        box.exec()

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.tabs.setCurrentIndex(int(settings.value("window/tab", 0)))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        super().closeEvent(event)
