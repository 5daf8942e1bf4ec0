"""The Clients tab: search as you type, the lazily loaded list, and the client actions.

Signals:
    status_message(str): a short message for the window's status bar.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.services import clients
from crmdesk.services.database import Database
from crmdesk.ui.client_dialog import ClientDialog, plain_label
from crmdesk.services.client_directory import COUNT_CAP
from crmdesk.ui import fmt
from crmdesk.ui.clients_model import ClientListModel
from crmdesk.ui.messages import plain_warning
from crmdesk.ui.read_only import set_writable


COUNT_DELAY_MS = 150
WRITE_BUTTONS = ("new", "edit", "archive", "import")


class ClientsTab(QWidget):
    """Any client in a keystroke."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = False
        self.model = ClientListModel(db, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Rechercher un client : nom, numéro, ville, e-mail, téléphone, SIREN… (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.archived = QCheckBox(self.tr("Afficher les clients archivés"))
        self.archived.toggled.connect(self._archived_toggled)
        self.count = plain_label()
        self._elapsed: float | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(lambda: self._update_count(self._elapsed))
        self.view = QTableView()
        self.view.setModel(self.model)
        # Indicator first: enabling sorting then asks for the order the model already has.
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((70, 280, 150, 140, 240, 110, 120)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_file(self._id_at(index)))
        self.view.activated.connect(lambda index: self.open_file(self._id_at(index)))

        buttons = QHBoxLayout()
        # The buttons by name; those in WRITE_BUTTONS are greyed out on a read-only base.
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("new", self.tr("Nouveau client…"), self.new_client),
                                 ("edit", self.tr("Modifier…"), self.edit_selected),
                                 ("file", self.tr("Fiche client"), self.open_selected),
                                 ("archive", self.tr("Archiver / restaurer"), self.toggle_archive_selected),
                                 ("import", self.tr("Importer CSV…"), self.import_csv),
                                 ("export", self.tr("Exporter CSV…"), self.export_csv)):
            button = self.buttons[name] = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addLayout(buttons)
        layout.addLayout(bottom)
        self._update_count()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        set_writable([self.buttons[name] for name in WRITE_BUTTONS], not read_only)

    # --- search ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        started = time.perf_counter()
        self.model.set_search(text)
        self._elapsed = time.perf_counter() - started
        # The count is not needed to paint the list: it follows once typing pauses.
        self._count_timer.start()

    def _archived_toggled(self, checked: bool) -> None:
        self.model.set_include_archived(checked)
        self._update_count()

    def _update_count(self, seconds: float | None = None) -> None:
        total = self.model.total
        text = self.tr("%n client(s)", "", total)
        if self.model.total_is_capped:
            text = self.tr("Plus de %1 clients").replace("%1", fmt.number(COUNT_CAP))
        if seconds is not None:
            text += self.tr(" — trouvé(s) en %1 ms").replace("%1", str(round(seconds * 1000)))
        self.count.setText(text)

    # --- selection ---------------------------------------------------------------
    def _id_at(self, index: QModelIndex) -> int | None:
        return self.model.client_id(index.row()) if index.isValid() else None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self._id_at(rows[0]) if rows else None

    def select(self, client_id: int) -> None:
        row = self.model.row_of(client_id)
        if row is not None:
            self.view.selectRow(row)

    # --- actions -----------------------------------------------------------------
    def new_client(self) -> None:
        self._run_client_dialog(ClientDialog(self._db, parent=self))

    def edit_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            self.edit(client_id)

    def edit(self, client_id: int) -> None:
        self._run_client_dialog(ClientDialog(self._db, clients.get_client(self._db, client_id), self))

    def _run_client_dialog(self, dialog: ClientDialog) -> None:
        dialog.exec()
        if dialog.saved_id is not None:
            self.model.refresh()
            self._update_count()
            self.select(dialog.saved_id)
            self.status_message.emit(self.tr("Client enregistré."))
        elif dialog.open_existing_id is not None:
            self.open_file(dialog.open_existing_id)

    def open_selected(self) -> None:
        self.open_file(self.selected_id())

    def open_file(self, client_id: int | None) -> None:
        if client_id is None:
            return
        from crmdesk.ui.client_file_dialog import ClientFileDialog  # loyalty, privacy: when opened

        dialog = ClientFileDialog(self._db, client_id, self)
        dialog.set_read_only(self._read_only)
        dialog.edit_requested.connect(lambda cid: (self.edit(cid), dialog.reload()))
        dialog.exec()
        self.model.refresh()

    def toggle_archive_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is None:
            return
        try:
            current = clients.get_client(self._db, client_id)
            clients.set_archived(self._db, client_id, not current.archived)
        except DomainError as exc:
            self._error(str(exc))
            return
        self.model.refresh()
        self._update_count()
        self.status_message.emit(self.tr("Client restauré.") if current.archived
                                 else self.tr("Client archivé (rien n'est supprimé)."))

    def import_csv(self) -> None:
        from crmdesk.ui.csv_import_dialog import CsvImportDialog
        from pathlib import Path

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Importer des clients"), "",
                                              self.tr("Fichiers CSV (*.csv);;Tous les fichiers (*)"))
        if not name:
            return
        try:
            dialog = CsvImportDialog(self._db, Path(name), self)
        except DomainError as exc:
            self._error(str(exc))
            return
        if dialog.exec():
            self.model.refresh()
            self._update_count()

    def export_csv(self) -> None:
        from crmdesk.services.clients_csv import export_clients_csv
        from pathlib import Path

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les clients"), "clients.csv",
                                              self.tr("Fichiers CSV (*.csv)"))
        if not name:
            return
        try:
            count = export_clients_csv(self._db, Path(name))
        except (DomainError, OSError) as exc:
            self._error(str(exc))
            return
        self.status_message.emit(self.tr("%1 clients exportés.").replace("%1", str(count)))

    def _error(self, text: str) -> None:
        plain_warning(self, self.tr("crmdesk"), text).exec()
