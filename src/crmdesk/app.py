"""Composition root of the window: opens the database, builds the services' window, runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_arg: str | None) -> int:
    """Start the window on ``db_arg`` (default: the user's database, demo data on first run)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("crmdesk")
    app.setApplicationName("crmdesk")

    from crmdesk.services.database import StorageError, default_database_path, open_database

    path = db_arg if db_arg is not None else default_database_path()
    first_run = db_arg is None and not Path(path).exists()
    try:
        db = open_database(path)
        if first_run:
            from crmdesk.services.demo import load_demo

            load_demo(db)
    except StorageError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "crmdesk", str(exc))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 1

    from crmdesk.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    code = app.exec()
    db.dispose()
    return int(code)
