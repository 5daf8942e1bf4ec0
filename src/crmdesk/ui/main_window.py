"""The main window: four tabs, the Fichier / Édition / Aide menus, a status bar.

The window is built and painted before the database is opened: :meth:`attach` then
fills the tabs. Heavy modules (SQLAlchemy, the services) are imported there, not at
start-up, so the user sees a window at once.

Signals:
    database_changed(str): another database file was opened; its label.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget,
                               QVBoxLayout, QWidget)

from crmdesk import __version__
from crmdesk.ui.messages import plain_warning
from crmdesk.ui.read_only import set_writable
from crmdesk.ui.read_only_banner import ReadOnlyBanner
from crmdesk.ui.startup_check import StartupCheck

if TYPE_CHECKING:
    from crmdesk.services.database import Database
    from crmdesk.ui.clients_tab import ClientsTab
    from crmdesk.ui.claims_tab import ClaimsTab
    from crmdesk.ui.loyalty_tab import LoyaltyTab
    from crmdesk.ui.invoices_tab import InvoicesTab
    from crmdesk.ui.restore_dialog import RestoreDialog

TAB_CLIENTS, TAB_INVOICES, TAB_LOYALTY, TAB_CLAIMS = range(4)


def placeholder(text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #555; font-size: 12pt;")
    layout.addWidget(label)
    return page


class MainWindow(QMainWindow):
    """The application window over one database."""

    database_changed = Signal(str)

    def __init__(self, db: Database | None = None) -> None:
        super().__init__()
        self.db: Database | None = None
        self.clients_tab: ClientsTab | None = None
        self.invoices_tab: InvoicesTab | None = None
        self.claims_tab: ClaimsTab | None = None
        self.loyalty_tab: LoyaltyTab | None = None
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(placeholder(self.tr("Ouverture de la base…")), self.tr("Clients"))
        self.tabs.addTab(placeholder(self.tr("Ouverture de la base…")), self.tr("Factures"))
        self.tabs.addTab(placeholder(self.tr("Ouverture de la base…")), self.tr("Fidélisation"))
        self.tabs.addTab(placeholder(self.tr("Ouverture de la base…")), self.tr("Réclamations"))
        self.read_only_banner = ReadOnlyBanner()
        self.startup_check = StartupCheck(self)  # `crmdesk check` at each opening, off the GUI thread
        self._failed_path: Path | None = None  # a file that could not be opened (restore target)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.startup_check.banner)
        central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.startup_check.mark)
        self.tabs.currentChanged.connect(self._build_tab)
        self.setWindowTitle("crmdesk")
        self._build_menus()
        self._restore()
        if db is not None:
            self.attach(db)

    # --- database --------------------------------------------------------------------
    def attach(self, db: Database) -> None:
        """Show ``db`` in the window (replacing any database shown before)."""
        from crmdesk.services.company import get_seller
        from crmdesk.ui.clients_tab import ClientsTab

        if db is not self.db:
            self.startup_check.start(db)
        if self.db is not None and self.db is not db:
            self.db.dispose()
        self.db = db
        self._failed_path = None
        if db.read_only:
            self.read_only_banner.show_for(db.label)
        else:
            self.read_only_banner.hide()
        seller = get_seller(db)
        company = seller.legal_name or self.tr("Entreprise à renseigner")
        self.setWindowTitle(f"{company} — {Path(db.label).name} — crmdesk")
        tab = ClientsTab(db, self)
        tab.status_message.connect(self._status)
        tab.set_read_only(db.read_only)
        current = self.tabs.currentIndex()
        self._put_tab(TAB_CLIENTS, tab, self.tr("Clients"))
        # The other tabs are built the first time they are shown: the client list is
        # painted sooner, and a tab never opened costs no memory.
        self.invoices_tab, self.claims_tab, self.loyalty_tab = None, None, None
        for index, title in ((TAB_INVOICES, self.tr("Factures")), (TAB_LOYALTY, self.tr("Fidélisation")),
                             (TAB_CLAIMS, self.tr("Réclamations"))):
            self._put_tab(index, placeholder(self.tr("Ouverture…")), title)
        for stack in list(self.undo_group.stacks()):
            self.undo_group.removeStack(stack)
        self.clients_tab = tab
        self.tabs.setCurrentIndex(current)
        self._build_tab(self.tabs.currentIndex())
        self.statusBar().showMessage(self.tr("Base : %1").replace("%1", db.label))
        for action in self._db_actions:
            action.setEnabled(True)
        set_writable(self.write_actions, not db.read_only)
        self.database_changed.emit(db.label)

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _put_tab(self, index: int, widget: QWidget, title: str) -> None:
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.blockSignals(False)

    def _build_tab(self, index: int) -> None:
        """Build the Factures, Fidélisation or Réclamations tab the first time it is shown."""
        if self.db is None:
            return
        current = self.tabs.currentIndex()
        if index == TAB_INVOICES and self.invoices_tab is None:
            from crmdesk.ui.invoices_tab import InvoicesTab

            self.invoices_tab = InvoicesTab(self.db, self)
            self.invoices_tab.status_message.connect(self._status)
            self.invoices_tab.set_read_only(self.db.read_only)
            self._put_tab(TAB_INVOICES, self.invoices_tab, self.tr("Factures"))
            self.undo_group.addStack(self.invoices_tab.editor.undo)
            self.undo_group.setActiveStack(self.invoices_tab.editor.undo)
        elif index == TAB_CLAIMS and self.claims_tab is None:
            from crmdesk.ui.claims_tab import ClaimsTab

            self.claims_tab = ClaimsTab(self.db, self)
            self.claims_tab.status_message.connect(self._status)
            self.claims_tab.set_read_only(self.db.read_only)
            self._put_tab(TAB_CLAIMS, self.claims_tab, self.tr("Réclamations"))
        elif index == TAB_LOYALTY and self.loyalty_tab is None:
            from crmdesk.ui.loyalty_tab import LoyaltyTab

            self.loyalty_tab = LoyaltyTab(self.db, self)
            self.loyalty_tab.status_message.connect(self._status)
            self.loyalty_tab.set_read_only(self.db.read_only)
            self._put_tab(TAB_LOYALTY, self.loyalty_tab, self.tr("Fidélisation"))
        elif index == TAB_LOYALTY and self.loyalty_tab is not None:
            self.loyalty_tab.refresh()  # invoices and surveys may have changed elsewhere
        self.tabs.setCurrentIndex(current)

    # --- menus -------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                needs_db: bool = False) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if needs_db:
            action.setEnabled(False)
            self._db_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._db_actions: list[QAction] = []
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        file_menu.setToolTipsVisible(True)  # « Base en lecture seule » on what is greyed out
        file_menu.addAction(self._action(self.tr("&Nouvelle base…"), self.new_database))
        file_menu.addAction(self._action(self.tr("&Ouvrir une base…"), self.open_database,
                                         QKeySequence(QKeySequence.StandardKey.Open)))
        file_menu.addSeparator()
        company = self._action(self.tr("&Profil de l'entreprise…"), self.edit_company, needs_db=True)
        file_menu.addAction(company)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Sauvegarder une copie…"), self.backup, needs_db=True))
        file_menu.addAction(self._action(self.tr("&Restaurer une sauvegarde…"), self.restore_backup))
        file_menu.addAction(self._action(self.tr("&Exporter (JSON)…"), self.export, needs_db=True))
        import_ = self._action(self.tr("&Importer (JSON) dans une nouvelle base…"), self.import_)
        file_menu.addAction(import_)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Pré&férences…"), self.preferences))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quitter"), self.close,
                                         QKeySequence(QKeySequence.StandardKey.Quit)))
        edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        edit_menu.setToolTipsVisible(True)
        undo = self.undo_group.createUndoAction(self, self.tr("&Annuler"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_group.createRedoAction(self, self.tr("&Rétablir"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Rechercher un client"), self.find_client,
                                         QKeySequence(QKeySequence.StandardKey.Find), needs_db=True))
        new_client = self._action(self.tr("Nouveau &client…"), self.new_client,
                                  QKeySequence(QKeySequence.StandardKey.New), needs_db=True)
        edit_menu.addAction(new_client)
        # What writes into the open base: greyed out while it is read-only (see attach).
        self.import_action = import_  # into a new file: available on a read-only base too
        self.write_actions = [company, new_client]
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        help_menu.addAction(self._action(self.tr("À &propos de crmdesk"), self.about))

    # --- actions -----------------------------------------------------------------------
    def find_client(self) -> None:
        if self.clients_tab is not None:
            self.tabs.setCurrentIndex(TAB_CLIENTS)
            self.clients_tab.focus_search()

    def new_client(self) -> None:
        if self.clients_tab is not None:
            self.tabs.setCurrentIndex(TAB_CLIENTS)
            self.clients_tab.new_client()

    def edit_company(self) -> None:
        from crmdesk.ui.company_dialog import CompanyDialog

        if self.db is not None and CompanyDialog(self.db, self).exec():
            self.attach(self.db)

    def _ask_path(self, title: str, save: bool, pattern: str, default: str = "") -> Path | None:
        folder = str(QSettings().value("files/last_folder", str(Path.home())))
        start = str(Path(folder) / default) if default else folder
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, start, pattern)
        if not name:
            return None
        QSettings().setValue("files/last_folder", str(Path(name).parent))
        return Path(name)

    def _open(self, path: Path) -> bool:
        from crmdesk.services.database import INTERACTIVE_BUSY_TIMEOUT_S, StorageError, open_database

        try:
            db = open_database(path, busy_timeout_s=INTERACTIVE_BUSY_TIMEOUT_S)
        except StorageError as exc:
            self.open_failed(path, str(exc))
            return False
        return self.attach_opened(db, path)

    def attach_opened(self, db: Database, path: Path | None) -> bool:
        """:meth:`attach` a base just opened; damage met while filling the tabs (a page that
        cannot be read) is explained like a file that cannot be opened."""
        from crmdesk.services.database import StorageError

        try:
            self.attach(db)
        except StorageError as exc:
            if self.db is db:
                self.db = None
            self.startup_check.stop()
            db.dispose()
            self.open_failed(path, str(exc))
            return False
        return True

    def open_failed(self, path: Path | None, text: str) -> None:
        """Say why ``path`` could not be opened; for an existing file, offer to restore a
        backup or to open another file. The file itself is never written."""
        if path is None or not path.exists():
            self.show_error(text)
            return
        self._failed_path = path
        choice = self.ask_after_open_failure(text)
        if choice == "restore":
            self.restore_backup()
        elif choice == "open":
            self.open_database()

    def ask_after_open_failure(self, text: str) -> str:
        """« restore », « open » or « close » (overridable in tests)."""
        box = plain_warning(self, self.tr("crmdesk"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        restore = box.addButton(self.tr("&Restaurer une sauvegarde…"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("&Ouvrir une autre base…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            return "restore"
        return "open" if box.clickedButton() is other else "close"

    def restore_backup(self) -> None:
        """Fichier → Restaurer une sauvegarde… on the open database (or the one that failed)."""
        path = self.db.path if self.db is not None else self._failed_path
        if path is None:
            self.show_error(self.tr("La restauration concerne une base enregistrée dans un "
                                    "fichier : ouvrez d'abord la base à restaurer."))
            return
        self.make_restore_dialog(path).exec()
        if self.db is None:  # released for the restore (done or not): reopen what is there now
            self._open(path)

    def make_restore_dialog(self, path: Path) -> RestoreDialog:
        """Overridable in tests."""
        from crmdesk.ui.restore_dialog import RestoreDialog

        return RestoreDialog(path, self._release_database, self)

    def _release_database(self) -> None:
        """Save the draft being typed, then close every connection (before a restore)."""
        if self.invoices_tab is not None:
            self.invoices_tab.editor.save_draft()
        if self.db is not None:
            self.startup_check.stop()
            self.db.dispose()
            self.db = None
            for action in self._db_actions:
                action.setEnabled(False)

    def new_database(self) -> None:
        path = self._ask_path(self.tr("Nouvelle base crmdesk"), True,
                              self.tr("Bases crmdesk (*.sqlite)"), "crmdesk.sqlite")
        if path is None:
            return
        if path.exists():
            self.show_error(self.tr("Ce fichier existe déjà : choisissez « Ouvrir une base »."))
            return
        if self._open(path):
            self.welcome_if_empty()

    def open_database(self) -> None:
        path = self._ask_path(self.tr("Ouvrir une base crmdesk"), False,
                              self.tr("Bases crmdesk (*.sqlite *.db);;Tous les fichiers (*)"))
        if path is not None:
            self._open(path)

    def welcome_if_empty(self) -> None:
        """On an empty database, offer the training scenario or the company profile."""
        from crmdesk.services.company import is_empty

        if self.db is not None and is_empty(self.db):
            from crmdesk.ui.welcome_dialog import WelcomeDialog  # the demo's code: only when used

            WelcomeDialog(self.db, self).exec()
            self.attach(self.db)

    def backup(self) -> None:
        from crmdesk.domain.errors import DomainError
        from crmdesk.services.backup import backup_database

        path = self._ask_path(self.tr("Sauvegarder une copie"), True,
                              self.tr("Bases crmdesk (*.sqlite)"), "sauvegarde-crmdesk.sqlite")
        if path is None or self.db is None:
            return
        try:
            written = backup_database(self.db, path, overwrite=path.exists())
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(self.tr("Copie vérifiée : %1").replace("%1", str(written)), 8000)

    def export(self) -> None:
        from crmdesk.domain.errors import DomainError
        from crmdesk.services.exchange import write_export

        path = self._ask_path(self.tr("Exporter la base"), True, self.tr("JSON (*.json)"),
                              "export-crmdesk.json")
        if path is None or self.db is None:
            return
        try:
            count = write_export(self.db, path)
        except (DomainError, OSError) as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(self.tr("%1 enregistrements exportés.").replace("%1", str(count)), 8000)

    def import_(self) -> None:
        from crmdesk.domain.errors import DomainError
        from crmdesk.services.database import StorageError, open_database
        from crmdesk.services.exchange import import_document, read_import

        source = self._ask_path(self.tr("Importer un export crmdesk"), False, self.tr("JSON (*.json)"))
        if source is None:
            return
        target = self._ask_path(self.tr("Nouvelle base qui recevra l'import"), True,
                                self.tr("Bases crmdesk (*.sqlite)"), source.with_suffix(".sqlite").name)
        if target is None:
            return
        if target.exists():
            self.show_error(self.tr("L'import se fait dans une nouvelle base : ce fichier existe déjà."))
            return
        try:
            document = read_import(source)
            db = open_database(target)
            try:
                count = import_document(db, document)
            except DomainError:
                db.dispose()
                target.unlink(missing_ok=True)
                raise
        except (DomainError, StorageError, OSError) as exc:
            self.show_error(str(exc))
            return
        self.attach(db)
        self.statusBar().showMessage(self.tr("%1 enregistrements importés.").replace("%1", str(count)), 8000)

    def preferences(self) -> None:
        from crmdesk.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def about(self) -> None:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("À propos de crmdesk"))
        box.setText(self.tr("crmdesk %1\n\nLe suivi après la commande : connaître ses clients, "
                            "les facturer juste, les fidéliser et régler leurs réclamations.")
                    .replace("%1", __version__))
        box.exec()

    def show_error(self, text: str) -> None:
        plain_warning(self, self.tr("crmdesk"), text).exec()

    # --- settings ------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.tabs.setCurrentIndex(int(settings.value("window/tab", 0)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        if self.db is not None:
            self.startup_check.stop()
            self.automatic_backup()
            self.db.dispose()
        super().closeEvent(event)

    def automatic_backup(self) -> Path | None:
        """The backup made on close (one a day at most; see services/autobackup.py)."""
        from crmdesk.domain.errors import DomainError
        from crmdesk.services.autobackup import automatic_backup
        from crmdesk.ui.preferences import backups_kept

        if self.db is None:
            return None
        try:
            return automatic_backup(self.db, backups_kept())
        except DomainError as exc:
            self.show_error(self.tr("La sauvegarde automatique a échoué ; la base elle-même "
                                    "n'est pas touchée.") + "\n\n" + str(exc))
            return None
