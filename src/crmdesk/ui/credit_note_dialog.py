"""Issue a credit note (avoir) directly from an issued invoice: the whole invoice or an amount."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QRadioButton, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.services import credit_notes
from crmdesk.services.database import Database
from crmdesk.services.values import InvoiceView
from crmdesk.ui import fmt
from crmdesk.ui.client_dialog import ERROR_STYLE, plain_label


class CreditNoteDialog(QDialog):
    """After accept, ``number`` is the credit note's number."""

    def __init__(self, db: Database, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._view = db, view
        self.number: str | None = None
        self.setWindowTitle(self.tr("Avoir sur la facture n° %1").replace("%1", view.number or ""))
        form = QFormLayout(self)
        form.addRow(plain_label(self.tr(
            "Une facture émise ne se modifie pas : l'avoir la corrige, avec son propre numéro, et "
            "rappelle le numéro et la date de la facture. Il ne peut pas dépasser ce qui reste.")))
        self.whole = QRadioButton(self.tr("Toute la facture (%1)").replace("%1", fmt.money(view.totals.ttc)))
        self.partial = QRadioButton(self.tr("Un montant TTC"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.partial)
        self.amount = QLineEdit()
        self.rate = QComboBox()
        for part in view.totals.vat_by_rate:
            self.rate.addItem(fmt.rate(part.rate), part.rate)
        self.reason = QLineEdit()
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.whole)
        form.addRow(self.partial)
        form.addRow(self.tr("Montant TTC (€)"), self.amount)
        form.addRow(self.tr("Taux de TVA"), self.rate)
        form.addRow(self.tr("Motif"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Émettre l'avoir"))
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def issue(self) -> None:
        try:
            if self.whole.isChecked():
                self.number = credit_notes.credit_whole_invoice(self._db, self._view.id,
                                                                reason=self.reason.text())
            else:
                rate: Decimal = self.rate.currentData()
                credit_id = credit_notes.draft_credit_note(
                    self._db, self._view.id, amounts={rate: self.amount.text()},
                    reason=self.reason.text())
                self.number = credit_notes.issue_credit_note(self._db, credit_id)
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
