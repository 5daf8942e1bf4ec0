"""The Réclamations tab: the list of claims with filters, and the wizard to open or resume one.

Signals:
    status_message(str): a short message for the window's status bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from crmdesk.domain.claims import ClaimStatus, ClaimType
from crmdesk.services import claims
from crmdesk.services.database import Database
from crmdesk.ui import fmt
from crmdesk.ui.claim_wizard import ClaimWizard
from crmdesk.ui.client_dialog import plain_label
from crmdesk.ui.read_only import set_writable
from crmdesk.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMN_TITLES = (QT_TRANSLATE_NOOP("ClaimListModel", "N°"), QT_TRANSLATE_NOOP("ClaimListModel", "Date"),
           QT_TRANSLATE_NOOP("ClaimListModel", "Client"), QT_TRANSLATE_NOOP("ClaimListModel", "Facture"),
           QT_TRANSLATE_NOOP("ClaimListModel", "Type"), QT_TRANSLATE_NOOP("ClaimListModel", "Statut"),
           QT_TRANSLATE_NOOP("ClaimListModel", "Étape"), QT_TRANSLATE_NOOP("ClaimListModel", "Âge (jours)"))


class ClaimListModel(RowsTableModel[claims.ClaimRow]):
    """Claims (already filtered by the service); old open ones stand out."""

    CONTEXT = "ClaimListModel"
    HEADERS = COLUMN_TITLES

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number, fmt.day(row.opened_on), row.client_name, row.invoice_number or "—",
                    row.type.label, row.status.label, str(row.step), str(row.age_days))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.waiting_too_long:
            return QBrush(QColor("#a31515"))
        if role == Qt.ItemDataRole.BackgroundRole and row.waiting_too_long:
            return QBrush(QColor("#fdecec"))
        if role == Qt.ItemDataRole.ToolTipRole and row.waiting_too_long:
            return QCoreApplication.translate("ClaimListModel", "En attente depuis trop longtemps")
        return None


class ClaimsTab(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._read_only = False
        self.model = ClaimListModel(self)
        self.status = QComboBox()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in ClaimStatus:
            self.status.addItem(status.label, status.value)
        self.type = QComboBox()
        self.type.addItem(self.tr("Tous les types"), None)
        for kind in ClaimType:
            self.type.addItem(kind.label, kind.value)
        self.limit = QSpinBox()
        self.limit.setRange(1, 365)
        self.limit.setValue(15)
        self.limit.setSuffix(self.tr(" j"))
        self.limit.setToolTip(self.tr("Une réclamation ouverte depuis plus longtemps ressort en rouge."))
        for widget in (self.status, self.type):
            widget.currentIndexChanged.connect(self.refresh)
        self.limit.valueChanged.connect(self.refresh)
        new = self.new_button = QPushButton(self.tr("Nouvelle réclamation…"))
        new.clicked.connect(lambda: self.open_wizard())
        resume = QPushButton(self.tr("Ouvrir / reprendre…"))
        resume.clicked.connect(self.resume_selected)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addWidget(self.type)
        top.addWidget(plain_label(self.tr("Délai d'alerte :")))
        top.addWidget(self.limit)
        top.addStretch()
        top.addWidget(new)
        top.addWidget(resume)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.open_wizard(self.model.rows[index.row()].id))
        self.summary = plain_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        rows = claims.list_claims(self.db, status=self.status.currentData(), type=self.type.currentData(),
                                  waiting_limit_days=self.limit.value())
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.waiting_too_long)
        self.summary.setText(self.tr("%1 réclamation(s), dont %2 en attente depuis trop longtemps")
                             .replace("%1", str(len(rows))).replace("%2", str(late)))

    def set_read_only(self, read_only: bool) -> None:
        """A claim can still be opened and read; none is opened or saved."""
        self._read_only = read_only
        set_writable([self.new_button], not read_only)

    def resume_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_wizard(self.model.rows[rows[0].row()].id)

    def open_wizard(self, claim_id: int | None = None, *, client_id: int | None = None,
                    invoice_id: int | None = None) -> ClaimWizard:
        wizard = ClaimWizard(self.db, claim_id, client_id=client_id, invoice_id=invoice_id, parent=self)
        wizard.set_read_only(self._read_only)
        wizard.claim_saved.connect(lambda _id: self.refresh())
        wizard.finished.connect(lambda _result: self.refresh())
        wizard.open()
        return wizard
