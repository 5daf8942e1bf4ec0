"""Preferences kept in QSettings (interface only): the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

LANGUAGES = (("fr", "Français"), ("en", "English"))


def interface_language() -> str:
    value = str(QSettings().value("ui/language", "fr"))
    return value if value in dict(LANGUAGES) else "fr"


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        super().accept()
