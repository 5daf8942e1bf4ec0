"""Composition root of the window: paint first, then open the database and fill the tabs.

Only PySide6 and the window shell are imported before the first paint; SQLAlchemy,
Alembic and the services come after, so the user sees the window at once.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def install_translator(app: object, language: str) -> object | None:
    """Load the compiled translation for ``language`` (French is the source language).

    Qt's own texts (OK, Annuler, file dialogs) come from the ``qtbase`` translation that
    ships with PySide6.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else
                               QLocale.Language.English, QLocale.Country.France if language == "fr"
                               else QLocale.Country.UnitedKingdom))
    if app is not None:
        qt_own = QTranslator(app)  # type: ignore[arg-type]
        if qt_own.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)  # type: ignore[attr-defined]
    if language == "fr":
        return None
    translator = QTranslator(app)  # type: ignore[arg-type]
    qm = resources.files("crmdesk") / "translations" / f"crmdesk_{language}.qm"
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)  # type: ignore[attr-defined]
        return translator
    return None


def run_gui(db_arg: str | None) -> int:
    """Start the window on ``db_arg`` (default: the user's database, demo data on first run)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("crmdesk")
    app.setApplicationName("crmdesk")
    icon = resources.files("crmdesk") / "crmdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))

    from crmdesk.ui.preferences import interface_language

    install_translator(app, interface_language())

    from crmdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()

    def open_database() -> None:
        from crmdesk.services.database import (INTERACTIVE_BUSY_TIMEOUT_S, StorageError,
                                               default_database_path, open_database)

        path = Path(db_arg) if db_arg is not None and "://" not in db_arg else None
        default = default_database_path() if db_arg is None else None
        first_run = default is not None and not default.exists()
        try:
            db = open_database(db_arg if db_arg is not None else default,
                               busy_timeout_s=INTERACTIVE_BUSY_TIMEOUT_S)
            if first_run:
                from crmdesk.services.demo import load_demo

                load_demo(db)
        except StorageError as exc:  # damaged or foreign file: say so, offer a backup, write nothing
            window.open_failed(path if path is not None else default, str(exc))
            return
        if not window.attach_opened(db, path if path is not None else default):
            return
        if path is not None or db_arg is not None:
            window.welcome_if_empty()

    after_first_paint(window.tabs, open_database)
    return int(app.exec())


def after_first_paint(widget: object, callback: object, fallback_ms: int = 300) -> object:
    """Run ``callback`` once ``widget`` has been painted (or after ``fallback_ms`` at worst)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Once(QObject):
        def __init__(self) -> None:
            super().__init__(widget)  # type: ignore[arg-type]
            self.done = False
            QTimer.singleShot(fallback_ms, self.fire)

        def fire(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)  # type: ignore[attr-defined]
                QTimer.singleShot(0, callback)  # type: ignore[arg-type]

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.fire()
            return False

    once = _Once()
    widget.installEventFilter(once)  # type: ignore[attr-defined]
    return once
