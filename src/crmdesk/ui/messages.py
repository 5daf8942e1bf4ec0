"""The warning box every screen uses, and tooltips: plain text (user text is never markup)."""

from __future__ import annotations

from PySide6 import QtGui
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


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as typed.

    Qt guesses whether a tooltip is rich text (``Qt.mightBeRichText``): a client named
    ``<b>R&D</b>`` would be shown in bold and an ``<img>`` would be loaded. Text that could
    be taken for markup is converted to the HTML that displays it literally.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
