"""The banner shown above the tabs while the database is open read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class ReadOnlyBanner(QLabel):
    """A visible, plain-text strip: why nothing can be changed and what to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #664d03; border-bottom: 1px solid #e0c36c;"
                           " padding: 6px 10px; font-weight: bold;")
        self.hide()

    def show_for(self, label: str) -> None:
        """Show the banner for the database ``label`` (a file name or path)."""
        self.setText(self.tr("Lecture seule : le fichier « %1 » ou son dossier n'est pas "
                             "modifiable. Vous pouvez consulter, imprimer et sauvegarder une "
                             "copie, mais aucune modification ne sera enregistrée.")
                     .replace("%1", label))
        self.show()
