"""Record a payment: date, amount (the amount due by default), method."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from crmdesk.domain.invoice import PAYMENT_METHODS
from crmdesk.domain.money import format_money_fr
from crmdesk.ui import labels


class PaymentDialog(QDialog):
    def __init__(self, amount_due: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enregistrer un paiement"))
        form = QFormLayout(self)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy")
        self.amount = QLineEdit(format_money_fr(amount_due, currency=False).replace("\u202f", " "))
        self.method = QComboBox()
        for code in PAYMENT_METHODS:
            self.method.addItem(labels.payment_method(code), code)
        form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Montant (€)"), self.amount)
        form.addRow(self.tr("Mode"), self.method)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[date, str, str]:
        d = self.when.date()
        return date(d.year(), d.month(), d.day()), self.amount.text(), str(self.method.currentData())
