"""The Factures tab: the invoice list with its filters, and the editor.

Signals:
    status_message(str): a short message for the window's status bar.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QDate,
                            QModelIndex, QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView,
                               QLineEdit, QPushButton, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from crmdesk.domain.invoice import PaymentStatus
from crmdesk.services.database import Database
from crmdesk.services.invoices import list_invoices
from crmdesk.services.values import InvoiceRow
from crmdesk.ui import fmt, labels
from crmdesk.ui.client_dialog import plain_label
from crmdesk.ui.invoice_editor import InvoiceEditor, from_qdate
from crmdesk.ui.read_only import set_writable
from crmdesk.ui.rows_model import RowsTableModel

if TYPE_CHECKING:
    from crmdesk.ui.pdf_batch import PdfBatch

Index = QModelIndex | QPersistentModelIndex
COLUMN_TITLES = (QT_TRANSLATE_NOOP("InvoiceListModel", "N°"), QT_TRANSLATE_NOOP("InvoiceListModel", "Client"),
           QT_TRANSLATE_NOOP("InvoiceListModel", "Date"), QT_TRANSLATE_NOOP("InvoiceListModel", "Échéance"),
           QT_TRANSLATE_NOOP("InvoiceListModel", "Statut"), QT_TRANSLATE_NOOP("InvoiceListModel", "Total HT"),
           QT_TRANSLATE_NOOP("InvoiceListModel", "TTC"), QT_TRANSLATE_NOOP("InvoiceListModel", "Payé"),
           QT_TRANSLATE_NOOP("InvoiceListModel", "Reste dû"))
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("InvoicesTab", "Tous les statuts"), None),
    (QT_TRANSLATE_NOOP("InvoicesTab", "À encaisser"), frozenset({PaymentStatus.UNPAID,
                                                                 PaymentStatus.PARTLY_PAID,
                                                                 PaymentStatus.OVERDUE})),
    (QT_TRANSLATE_NOOP("InvoicesTab", "En retard"), frozenset({PaymentStatus.OVERDUE})),
    (QT_TRANSLATE_NOOP("InvoicesTab", "Payées"), frozenset({PaymentStatus.PAID})),
    (QT_TRANSLATE_NOOP("InvoicesTab", "Brouillons"), frozenset({PaymentStatus.DRAFT})),
)


class InvoiceListModel(RowsTableModel[InvoiceRow]):
    """Frozen invoice rows (already filtered by the service)."""

    CONTEXT = "InvoiceListModel"
    HEADERS = COLUMN_TITLES

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number or QCoreApplication.translate("InvoiceListModel", "(brouillon)"),
                    row.client_name, fmt.day(row.issue_date), fmt.day(row.due_date),
                    labels.payment_status(row.status),
                    fmt.money(row.total_ht), fmt.money(row.ttc), fmt.money(row.paid),
                    fmt.money(row.amount_due))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is PaymentStatus.OVERDUE:
                return QBrush(QColor("#a31515"))
            if row.status is PaymentStatus.DRAFT:
                return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.BackgroundRole and row.status is PaymentStatus.OVERDUE:
            return QBrush(QColor("#fdecec"))
        return None


class InvoicesTab(QWidget):
    """List ↔ editor."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.stack = QStackedWidget()
        self.model = InvoiceListModel(self)
        self.status_filter = QComboBox()
        for label, _ in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("InvoicesTab", label))
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.client_filter = QLineEdit()
        self.client_filter.setPlaceholderText(self.tr("Client…"))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.textChanged.connect(self.refresh)
        today = date.today()
        self.date_from = QDateEdit(QDate(today.year - 1, 1, 1))
        self.date_to = QDateEdit(QDate(today.year, 12, 31))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self.refresh)
        new = self.new_button = QPushButton(self.tr("Nouvelle facture"))
        new.clicked.connect(lambda: self.new_invoice())
        print_all = QPushButton(self.tr("Tout imprimer en PDF…"))
        print_all.clicked.connect(self.print_all)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.client_filter, 1)
        filters.addWidget(plain_label(self.tr("du")))
        filters.addWidget(self.date_from)
        filters.addWidget(plain_label(self.tr("au")))
        filters.addWidget(self.date_to)
        filters.addWidget(new)
        filters.addWidget(print_all)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.open_invoice(self.model.rows[index.row()].id))
        self.view.activated.connect(lambda index: self.open_invoice(self.model.rows[index.row()].id))
        self.summary = plain_label()
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.summary)

        self.editor = InvoiceEditor(db, self)
        self.editor.status_message.connect(self.status_message)
        back = QPushButton(self.tr("← Retour à la liste"))
        back.clicked.connect(self.show_list)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch()
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.editor, 1)
        self.stack.addWidget(list_page)
        self.stack.addWidget(editor_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Invoices can still be opened, previewed and printed; nothing new is made."""
        set_writable([self.new_button], not read_only)
        self.editor.set_base_read_only(read_only)

    def refresh(self) -> None:
        statuses = STATUS_FILTERS[max(0, self.status_filter.currentIndex())][1]
        rows = list_invoices(self._db, client_search=self.client_filter.text(),
                             period=(from_qdate(self.date_from.date()), from_qdate(self.date_to.date())),
                             statuses=statuses)
        drafts = [r for r in rows if r.status is PaymentStatus.DRAFT]
        self.model.set_rows(drafts + [r for r in reversed(rows) if r.status is not PaymentStatus.DRAFT])
        due = sum((r.amount_due for r in rows if r.status is not PaymentStatus.DRAFT), Decimal("0.00"))
        overdue = sum(1 for r in rows if r.status is PaymentStatus.OVERDUE)
        self.summary.setText(self.tr("%1 document(s) — reste à encaisser : %2 — %3 en retard")
                             .replace("%1", str(len(rows))).replace("%2", fmt.money(due))
                             .replace("%3", str(overdue)))

    def print_all(self, folder: Path | None = None) -> PdfBatch | None:
        """Every issued invoice to PDF in ``folder`` (asked for when None), off the GUI thread."""
        from crmdesk.ui.pdf_batch import PdfBatch

        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Dossier des PDF"))
            if not name:
                return None
            folder = Path(name)
        batch = PdfBatch(self._db, folder, self)
        batch.done.connect(self.status_message)
        batch.start()
        return batch

    def new_invoice(self, client_id: int | None = None) -> None:
        self.editor.new_invoice(client_id)
        self.stack.setCurrentIndex(1)

    def open_invoice(self, invoice_id: int) -> None:
        self.editor.open_invoice(invoice_id)
        self.stack.setCurrentIndex(1)

    def show_list(self) -> None:
        self.editor.save_draft()
        self.refresh()
        self.stack.setCurrentIndex(0)
