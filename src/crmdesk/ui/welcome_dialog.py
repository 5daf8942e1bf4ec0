"""The first-run welcome: load the training scenario, enter one's own company, or later."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.services.database import Database, StorageError
from crmdesk.services.demo import DemoCounts, load_demo
from crmdesk.ui.company_dialog import CompanyDialog
from crmdesk.ui.messages import plain_warning

CHOICE_DEMO = "demo"
CHOICE_COMPANY = "company"


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class WelcomeDialog(QDialog):
    """Shown on first run over an empty database.

    Attributes:
        choice: ``"demo"`` (scenario loaded), ``"company"`` (profile saved) or None (later).
        counts: what the scenario created (:class:`DemoCounts`), after ``choice == "demo"``.
        demo_button, company_button, later_button: the three ways out.
        error_box: the last message box shown for a refusal.

    Signals:
        demo_loaded(object): emitted with the DemoCounts once the scenario is in the database.
    """

    demo_loaded = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.choice: str | None = None
        self.counts: DemoCounts | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Bienvenue dans crmdesk"))

        title = _plain_label(self.tr("Bienvenue dans crmdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        about = _plain_label(self.tr(
            "crmdesk accompagne le suivi après-vente : connaître ses clients, facturer juste, "
            "les fidéliser et régler leurs réclamations."))
        scenario = _plain_label(self.tr(
            "Le scénario de formation reproduit celui du manuel : l'entreprise WORLD COMPAGNIE, "
            "son client SA Spirit et la facture n° 123, entourée d'une année de factures. "
            "Pour travailler sur votre propre entreprise, saisissez plutôt son profil."))

        self.demo_button = self._big_button(
            self.tr("Charger le scénario de formation"),
            self.tr("Remplit cette base vide avec WORLD COMPAGNIE, ses clients et ses factures."))
        self.company_button = self._big_button(
            self.tr("Saisir le profil de mon entreprise"),
            self.tr("Raison sociale, adresse, SIREN, banque : l'identité imprimée sur vos factures."))
        self.later_button = QPushButton(self.tr("Plus tard"))
        self.later_button.setAutoDefault(False)
        self.status_label = _plain_label()

        self.demo_button.clicked.connect(self._start_demo)
        self.company_button.clicked.connect(self._enter_company)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(scenario)
        layout.addSpacing(12)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.company_button)
        layout.addWidget(self.status_label)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignRight)
        self.demo_button.setDefault(True)
        self.setMinimumWidth(540)  # the paragraphs wrap at a readable width

    @staticmethod
    def _big_button(text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setMinimumHeight(48)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        button.setFont(font)
        return button

    def _set_busy(self, busy: bool) -> None:
        for button in (self.demo_button, self.company_button, self.later_button):
            button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _start_demo(self) -> None:
        """Say it is loading, let the label paint, then load (a few seconds)."""
        self.status_label.setText(self.tr("Chargement du scénario de formation…"))
        self._set_busy(True)
        QTimer.singleShot(0, self, self._load_demo)

    def _load_demo(self) -> None:
        try:
            counts = load_demo(self.db)
        except (DomainError, StorageError) as exc:
            self.status_label.setText("")
            self._show_error(str(exc))
            return
        finally:
            self._set_busy(False)
        self.counts = counts
        self.choice = CHOICE_DEMO
        self.demo_loaded.emit(counts)
        self.accept()

    def _enter_company(self) -> None:
        if self._open_company_dialog():
            self.choice = CHOICE_COMPANY
            self.accept()

    def _open_company_dialog(self) -> bool:
        """Run the company profile dialog; True when the profile was saved."""
        dialog = CompanyDialog(self.db, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _show_error(self, message: str) -> None:
        box = plain_warning(self, self.tr("Scénario non chargé"), self.tr(
            "Le scénario de formation n'a pas été chargé :\n\n%1").replace("%1", message))
        self.error_box = box
        box.open()

    def reject(self) -> None:
        """« Plus tard » or Escape: nothing is written (ignored while the scenario loads)."""
        if not self.later_button.isEnabled():
            return
        self.choice = None
        super().reject()
