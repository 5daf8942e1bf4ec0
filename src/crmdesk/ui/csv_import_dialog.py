"""The "import clients from a CSV file" dialog: a preview with per-line errors, then one import.

Nothing is written before the user clicks "Importer N clients"; then the valid lines go
in one transaction (:func:`crmdesk.services.clients_csv.import_clients`), error lines
are left out. A file that cannot be read at all shows its French message in place of
the preview. Every text coming from the file is shown as plain text.

Attributes:
    imported_count: how many clients were written (0 until the dialog is accepted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.services.clients_csv import CsvPreview, CsvRow, import_clients, parse_clients_csv
from crmdesk.services.database import Database
from crmdesk.ui.messages import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_ERROR_BACKGROUND = QColor("#fde2e2")
_ERROR_FOREGROUND = QColor("#8b0000")


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CsvPreviewModel(QAbstractTableModel):
    """Read-only table of the rows of a :class:`CsvPreview`; error rows in red."""

    def __init__(self, rows: list[CsvRow] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CsvRow] = list(rows or [])
        self._headers = [self.tr("Ligne"), self.tr("Numéro"), self.tr("Nom"), self.tr("Ville"),
                         self.tr("SIREN"), self.tr("État")]

    def set_rows(self, rows: list[CsvRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: CsvRow, column: int) -> str:
        if column == 0:
            return str(row.line)
        if column == 5:
            return " ".join(row.errors) if row.errors else self.tr("OK")
        client, cells = row.client, row.cells
        if column == 1:
            number = client.number if client else cells.get("Numéro", "").strip()
            return number or self.tr("(nouveau numéro)")
        if column == 2:
            return client.name if client else cells.get("Nom", "")
        if column == 3:
            return client.billing_city if client else cells.get("Ville", "")
        return client.siren if client else cells.get("SIREN", "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if not row.errors:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_ERROR_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(row.errors))
        return None


class CsvImportDialog(QDialog):
    """Preview a client CSV file and import its valid lines into ``db``."""

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._path = Path(path)
        self._preview: CsvPreview | None = None
        self.imported_count = 0
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Importer des clients depuis un fichier CSV"))
        self.file_label = _plain_label(self.tr("Fichier : %1").replace("%1", self._path.name))
        self.format_label = _plain_label()
        self.warnings_label = _plain_label()
        self.model = CsvPreviewModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.summary_label = _plain_label()
        buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._import)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.file_label, self.format_label, self.warnings_label, self.table,
                       self.summary_label, buttons):
            layout.addWidget(widget)
        self.resize(820, 480)
        self._load()

    @property
    def preview(self) -> CsvPreview | None:
        """What was read from the file, or None when it could not be read."""
        return self._preview

    def _load(self) -> None:
        try:
            self._preview = parse_clients_csv(self._path, self._db)
        except DomainError as exc:
            self._preview = None
            self.model.set_rows([])
            self.format_label.setText("")
            self.warnings_label.setVisible(False)
            self.summary_label.setText(str(exc))
            self._set_import_count(0)
            return
        preview = self._preview
        separator = self.tr("point-virgule") if preview.separator == ";" else self.tr("virgule")
        self.format_label.setText(self.tr("Encodage : %1 — séparateur : %2")
                                  .replace("%1", preview.encoding).replace("%2", separator))
        self.warnings_label.setText("\n".join(preview.warnings))
        self.warnings_label.setVisible(bool(preview.warnings))
        self.model.set_rows(preview.rows)
        self.table.resizeColumnsToContents()
        self.summary_label.setText(self._summary(len(preview.valid_rows),
                                                 len(preview.error_rows)))
        self._set_import_count(len(preview.valid_rows))

    def _summary(self, valid: int, errors: int) -> str:
        if valid + errors == 0:
            return self.tr("Le fichier ne contient aucun client.")
        if valid == 0:
            first = self.tr("Aucune ligne valide")
        elif valid == 1:
            first = self.tr("1 ligne valide")
        else:
            first = self.tr("%1 lignes valides").replace("%1", str(valid))
        if errors == 0:
            second = self.tr("aucune ligne en erreur.")
        elif errors == 1:
            second = self.tr("1 ligne en erreur : elle ne sera pas importée.")
        else:
            second = self.tr("%1 lignes en erreur : elles ne seront pas importées.").replace(
                "%1", str(errors))
        return f"{first}, {second}"

    def _set_import_count(self, count: int) -> None:
        if count == 0:
            self.import_button.setText(self.tr("Importer"))
        elif count == 1:
            self.import_button.setText(self.tr("Importer 1 client"))
        else:
            self.import_button.setText(self.tr("Importer %1 clients").replace("%1", str(count)))
        self.import_button.setEnabled(count > 0)

    def _import(self) -> None:
        if self._preview is None or not self._preview.valid_rows:
            return
        try:
            count = import_clients(self._db, self._preview)
        except DomainError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import impossible"), "",
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(str(exc))
            if self.error_box is not None:
                self.error_box.deleteLater()
            self.error_box = box
            box.open()
            self._load()  # the database changed since the preview: show what is true now
            return
        self.imported_count = count
        self.accept()
