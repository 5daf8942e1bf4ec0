"""Grey out what writes while the database is open read-only.

A button that can only end in « la base est en lecture seule » is disabled up front, with a
tooltip saying why, so nobody fills a form for nothing. What only reads (search, view,
PDF, export, copies) is never passed here and stays enabled.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

# Where a widget keeps its own tooltip while the read-only one is shown.
_OWN_TIP = "crmdesk_writable_tooltip"


def read_only_tip() -> str:
    return QCoreApplication.translate("ReadOnly", "Base en lecture seule")


def set_writable(items: Iterable[QWidget | QAction], writable: bool) -> None:
    """Enable ``items`` (restoring their own tooltip) or disable them with « Base en lecture
    seule » as tooltip. Calling it again with the same flag changes nothing."""
    for item in items:
        item.setEnabled(writable)
        if writable:
            own = item.property(_OWN_TIP)
            if own is not None:
                item.setToolTip(str(own))
                item.setProperty(_OWN_TIP, None)
        else:
            if item.property(_OWN_TIP) is None:
                item.setProperty(_OWN_TIP, _own_tip(item))
            item.setToolTip(read_only_tip())


def _own_tip(item: QWidget | QAction) -> str:
    """The tooltip to give back; a QAction without one reports its text, which is not kept."""
    if isinstance(item, QAction) and item.toolTip() == item.iconText():
        return ""
    return item.toolTip()
