"""Fichier → Restaurer une sauvegarde… : choose a copy, confirm, see what was done.

The copies listed are the automatic ones of the database (newest first, with date and
size); « Autre fichier… » restores any copy made with « Sauvegarder une copie… ». The
window closes its connections only after the user has confirmed (``release``); the
service verifies the copy before anything is replaced and keeps the current file aside.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.services.autobackup import RestoreResult, backup_folder, list_backups, restore_backup
from crmdesk.ui.messages import plain_warning


class RestoreDialog(QDialog):
    """Restore the database at ``db_path`` from a copy; ``result_value`` says what was done."""

    def __init__(self, db_path: Path, release: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(640, 360)
        self._db_path = db_path
        self._release = release
        self.result_value: RestoreResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Sauvegardes automatiques de « %1 » (dossier « %2 ») :")
                       .replace("%1", db_path.name).replace("%2", str(backup_folder(db_path))))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Taille"), self.tr("Fichier")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Aucune sauvegarde automatique pour cette base : choisissez "
                                    "un fichier avec « Autre fichier… »."))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restaurer"))
        self.other_button = QPushButton(self.tr("&Autre fichier…"))
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self._backups = list_backups(self._db_path)
        locale = QLocale()
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            cells = (backup.taken_at.strftime("%d/%m/%Y %H:%M:%S"),
                     locale.formattedDataSize(backup.size), backup.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self._backups:
            self.table.selectRow(0)
        self.empty.setVisible(not self._backups)
        self.restore_button.setEnabled(bool(self._backups))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore_from(self._backups[rows[0].row()].path)

    def restore_other(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.restore_from(path)

    def restore_from(self, backup: Path) -> bool:
        """Confirm, release the database, restore; say what happened either way."""
        if not self.confirm(self.tr(
                "Remplacer la base « %1 » par la sauvegarde « %2 » ?\n\nLa sauvegarde est "
                "vérifiée avant tout remplacement, et la base actuelle est conservée à côté "
                "(nom en « .avant-restauration-… »).").replace("%1", self._db_path.name)
                .replace("%2", backup.name)):
            return False
        self._release()
        try:
            self.result_value = restore_backup(backup, self._db_path)
        except DomainError as exc:
            self.show_error(self.tr("La restauration n'a pas eu lieu ; la base actuelle n'a "
                                    "pas été modifiée.") + "\n\n" + str(exc))
            return False
        kept = self.result_value.kept_aside
        self.inform(self.tr("Base restaurée depuis « %1 ».").replace("%1", backup.name)
                    + ("\n" + self.tr("L'ancienne base est conservée sous « %1 ».")
                       .replace("%1", kept.name) if kept is not None else ""))
        self.accept()
        return True

    # --- overridable in tests -------------------------------------------------------------
    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une sauvegarde"), str(self._db_path.parent),
            self.tr("Bases crmdesk (*.sqlite *.db);;Tous les fichiers (*)"))
        return Path(name) if name else None

    def confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restaurer une sauvegarde"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restaurer une sauvegarde"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_error(self, text: str) -> None:
        plain_warning(self, self.tr("crmdesk"), text).exec()
