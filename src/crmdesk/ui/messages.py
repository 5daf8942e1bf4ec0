"""The warning box every screen uses: plain text (user text is never markup), one OK button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Build (not show) a warning box; the caller chooses ``exec()`` or ``open()``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
