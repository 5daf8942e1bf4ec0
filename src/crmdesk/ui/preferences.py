"""Preferences kept in QSettings (interface only): the language, the automatic backups kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QWidget)

LANGUAGES = (("fr", "Français"), ("en", "English"))
BACKUPS_KEPT_DEFAULT = 7
BACKUPS_KEPT_RANGE = (1, 365)


def interface_language() -> str:
    value = str(QSettings().value("ui/language", "fr"))
    return value if value in dict(LANGUAGES) else "fr"


def backups_kept() -> int:
    """How many daily automatic backups are kept (the oldest beyond are deleted)."""
    try:
        value = int(str(QSettings().value("backup/kept", BACKUPS_KEPT_DEFAULT)))
    except ValueError:
        return BACKUPS_KEPT_DEFAULT
    low, high = BACKUPS_KEPT_RANGE
    return min(max(value, low), high)


class PreferencesDialog(QDialog):
    """Choose the interface language (applied at the next start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        form.addRow(self.tr("Langue de l'interface"), self.language)
        note = QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(note)
        self.backups = QSpinBox()
        self.backups.setRange(*BACKUPS_KEPT_RANGE)
        self.backups.setValue(backups_kept())
        self.backups.setSuffix(self.tr(" jours"))
        form.addRow(self.tr("Sauvegardes automatiques conservées"), self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        QSettings().setValue("backup/kept", self.backups.value())
        super().accept()
